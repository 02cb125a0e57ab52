#!/usr/bin/env python3
"""Generates N Agent Skills for the validate benchmark: mostly valid, every tenth with a known problem.

Usage: generate_skills.py OUT_DIR [N]   (default N = 1000). Deterministic: the same N gives the same tree.
Writes OUT_DIR/expected.txt with the number of skills that must fail strict validation.
"""
import os
import random
import shutil
import sys

PROBLEMS = [
    ("name-mismatch", lambda n: f"---\nname: {n}-x\ndescription: Does {n}. Use when {n} is needed.\n---\n"),
    ("unknown-field", lambda n: f"---\nname: {n}\ndescription: Does {n}.\nversion: 1.0\n---\n"),
    ("yaml-colon", lambda n: f"---\nname: {n}\ndescription: Does {n}. Use when: asked\n---\n"),
    ("no-description", lambda n: f"---\nname: {n}\n---\n"),
    ("uppercase", lambda n: f"---\nname: {n.upper()}\ndescription: Does {n}.\n---\n"),
]


def body(rng, lines):
    words = ["extract", "table", "review", "diff", "deploy", "schema", "migrate", "report", "summary", "agent"]
    out = ["# Instructions", ""]
    for i in range(lines):
        out.append(f"{i + 1}. " + " ".join(rng.choice(words) for _ in range(12)) + ".")
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(42)
    if os.path.exists(out):
        shutil.rmtree(out)
    failing = 0
    for i in range(count):
        name = f"skill-{i:04d}"
        directory = os.path.join(out, ".claude", "skills", name)
        os.makedirs(directory)
        if i % 10 == 9:
            _, make = PROBLEMS[(i // 10) % len(PROBLEMS)]
            text = make(name)
            failing += 1
        else:
            text = (f"---\nname: {name}\ndescription: Handles task {i} by extracting, reviewing and reporting. "
                    f"Use when the user asks for task {i}.\nlicense: Apache-2.0\nmetadata:\n  author: bench\n"
                    f"  version: \"1.{i % 7}\"\n---\n")
        with open(os.path.join(directory, "SKILL.md"), "w", encoding="utf-8") as f:
            f.write(text + body(rng, rng.randint(20, 120)))
    with open(os.path.join(out, "expected.txt"), "w") as f:
        f.write(f"{failing}\n")
    print(f"{count} skills in {out}, {failing} with a problem")


if __name__ == "__main__":
    main()
