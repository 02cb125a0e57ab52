#!/usr/bin/env bash
# Benchmark: validate 1,000 generated skills, in one JVM (warm median) and as a whole command (wall time), next to
# the npm port of the reference validator (skills-ref) on the same tree in the same run.
# Usage: bench/skills/run.sh [COUNT] [RUNS]. Needs python3, node and npm; installs skills-ref under bench/work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-1000}
runs=${2:-15}
work="$root/bench/work"
tree="$work/skills-$count"
jar="$root/deploytrack-precommit/target/deploytrack.jar"
mkdir -p "$work"

[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
python3 "$here/generate_skills.py" "$tree" "$count"

echo "== deploytrack, one JVM ($(java -version 2>&1 | head -1))"
java -cp "$jar" "$here/ValidateBench.java" "$tree" "$runs"

echo "== deploytrack, whole command (java -jar deploytrack.jar validate --strict --format json), $runs runs"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" validate --strict --format json "$tree" > "$work/validate-$count.json" || true
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "command: median %d ms (min %d, max %d)\n", a[int((NR+1)/2)], a[1], a[NR]}'
python3 - "$work/validate-$count.json" "$tree/expected.txt" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
failing = len({f["path"] for f in report["findings"] if f["severity"] == "error"})
expected = int(open(sys.argv[2]).read())
print(f"skills with errors: {failing} (expected {expected})")
sys.exit(0 if failing == expected else 1)
PY

echo "== peer: skills-ref 0.1.5 (npm), one Node process ($(node --version))"
if [ ! -d "$work/node_modules/skills-ref" ]; then
  [ -f "$work/package.json" ] || echo '{"private": true}' > "$work/package.json"
  (cd "$work" && npm install --silent --no-audit --no-fund skills-ref@0.1.5 >/dev/null 2>&1)
fi
cp "$here/skills_ref_peer.mjs" "$work/skills_ref_peer.mjs"
node "$work/skills_ref_peer.mjs" "$tree/.claude/skills" "$runs"
