#!/usr/bin/env python3
"""Reads a price table and projects a monthly cost."""
from decimal import Decimal
import csv, sys


def project(runs_per_day: int, calls: int, tokens: int, price_per_million: Decimal) -> Decimal:
    """Daily cost in USD."""
    total = Decimal(runs_per_day) * calls * tokens
    return total * price_per_million / Decimal(1_000_000)


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            print(f"{row['model']:<24} {project(200, 8, 3000, Decimal(row['input'])):>10.2f}")
	# a tab-indented comment
		if True:	pass
