#!/usr/bin/env bash
# Runs 'validate --strict' on the public repositories of repos.tsv and counts findings per rule.
# Usage: bench/real-repos/run.sh DIR [JAR]. DIR holds one checkout per repository named owner+name (this script clones
# the listed commit there when one is missing); nothing of them is ever copied into this repository.
# A third column 'cursor-rules:SUBDIR' marks a collection of Cursor rules kept outside .cursor/rules (where Cursor does
# not load them): its SUBDIR/*.mdc are copied into DIR/owner+name.project/.cursor/rules, as a user installs them, and
# that project is validated instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: run.sh DIR [JAR]}
jar=${2:-$here/../../deploytrack-precommit/target/deploytrack.jar}
mkdir -p "$dir"
grep -v '^#' "$here/repos.tsv" | while IFS=$'\t' read -r repo commit layout; do
  checkout="$dir/${repo/\//+}"
  if [ ! -d "$checkout" ]; then
    git clone -q --filter=blob:none "https://github.com/$repo.git" "$checkout"
    git -C "$checkout" checkout -q "$commit"
  fi
  target=$checkout
  if [[ ${layout:-} == cursor-rules:* ]]; then
    target="$checkout.project"
    rm -rf "$target" && mkdir -p "$target/.cursor/rules"
    cp "$checkout/${layout#cursor-rules:}"/*.mdc "$target/.cursor/rules/"
  fi
  java -jar "$jar" validate --strict --format json "$target" > "$dir/${repo/\//+}.json" || true
  python3 - "$repo" "$dir/${repo/\//+}.json" <<'PY'
import collections, json, sys
repo, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
counts = collections.Counter((f['severity'], f['rule']) for f in report['findings'])
summary = report['summary']
print(f"{repo}: {summary['errors']} errors, {summary['warnings']} warnings in {summary['files']} files")
for (severity, rule), count in sorted(counts.items()):
    print(f"  {severity:8} {count:4}  {rule}")
PY
done
