#!/usr/bin/env python3
"""Merges the findings of every scanner run on the real-repository set into one file a person reviews, and counts
them per tool. Each finding is written with its tool, rule, file, line and the line itself with every reported value
masked (its first two characters and its length), so the review file never holds a secret in full.

    review.py ROOT OUT.tsv deploytrack.json gitleaks.json secretlint.json [detect-secrets.json]

Tools whose output file is missing are listed as not run. The review file is tab-separated: tool, rule, file, line,
column, a key for judging (file:line) and the masked excerpt; a person adds a verdict column when reading it.
"""
import collections
import json
import os
import re
import sys


def read_json(path):
    if not path or not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def deploytrack(data):
    for f in data.get("findings", []):
        if f.get("severity") != "error":
            continue
        m = re.search(r"\((\d+) characters\)", f.get("message", ""))
        yield ("deploytrack", f["rule"], f["path"], f["line"], f["column"], int(m.group(1)) if m else None, None)


def gitleaks(data):
    for f in data or []:
        yield ("gitleaks", f["RuleID"], f["File"].lstrip("./"), f["StartLine"], f["StartColumn"], None, f["Secret"])


def secretlint(data, root):
    for entry in data or []:
        path = os.path.relpath(entry["filePath"], root)
        for m in entry["messages"]:
            start, end = m["loc"]["start"], m["loc"]["end"]
            length = end["column"] - start["column"] if start["line"] == end["line"] else None
            yield ("secretlint", m["ruleId"].split("/")[-1], path, start["line"], start["column"] + 1, length, None)


def detect_secrets(data):
    for path, results in (data or {}).get("results", {}).items():
        for r in results:
            yield ("detect-secrets", r["type"], path, r["line_number"], None, None, None)


def main():
    root, out = sys.argv[1], sys.argv[2]
    outputs = sys.argv[3:]
    tools = {"deploytrack": deploytrack, "gitleaks": gitleaks, "secretlint": lambda d: secretlint(d, root),
             "detect-secrets": detect_secrets}
    findings = []
    ran = {}
    for name, path in zip(tools, outputs + [None] * (4 - len(outputs))):
        data = read_json(path)
        ran[name] = data is not None
        if data is not None:
            findings.extend(tools[name](data))
    # Mask every reported span of a line, whichever tool reported it, before any line is written.
    spans = collections.defaultdict(list)
    secrets = collections.defaultdict(list)
    for tool, rule, path, line, column, length, secret in findings:
        if column and length:
            spans[(path, line)].append((column - 1, column - 1 + length))
        if secret:
            secrets[(path, line)].append(secret)
    lines_cache = {}

    def text_of(path, line):
        if path not in lines_cache:
            try:
                with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
                    lines_cache[path] = f.read().splitlines()
            except OSError:
                lines_cache[path] = []
        lines = lines_cache[path]
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def masked(path, line):
        text = text_of(path, line)
        cuts = list(spans[(path, line)])
        for secret in secrets[(path, line)]:
            for m in re.finditer(re.escape(secret), text):
                cuts.append((m.start(), m.end()))
        cuts.sort()
        result, pos = [], 0
        for start, end in cuts:
            if end <= pos:
                continue
            start = max(start, pos)
            result.append(text[pos:start])
            value = text[start:end]
            result.append("<<%s..%d>>" % (value[:2], len(value)))
            pos = end
        result.append(text[pos:])
        excerpt = "".join(result).strip()
        return excerpt if len(excerpt) <= 240 else excerpt[:240] + "…"

    counts = collections.Counter()
    by_rule = collections.defaultdict(collections.Counter)
    with open(out, "w", encoding="utf-8") as f:
        f.write("tool\trule\tfile\tline\tcolumn\tkey\texcerpt\n")
        for tool, rule, path, line, column, length, secret in sorted(findings, key=lambda x: (x[2], x[3], x[0])):
            counts[tool] += 1
            by_rule[tool][rule] += 1
            f.write("%s\t%s\t%s\t%d\t%s\t%s:%d\t%s\n" % (tool, rule, path, line, column or "", path, line,
                                                     masked(path, line).replace("\t", " ")))
    for name in tools:
        if not ran[name]:
            print("%s: not run" % name)
        else:
            print("%s: %d findings (%s)" % (name, counts[name], ", ".join(
                "%s %d" % (r, c) for r, c in by_rule[name].most_common())))
    print("review file: %s" % out)


if __name__ == "__main__":
    main()
