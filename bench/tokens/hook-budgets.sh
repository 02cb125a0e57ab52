#!/usr/bin/env bash
# What token budgets cost the pre-commit hook: median wall time of 'bin/deploytrack pre-commit' on the commit of
# bench/hook/make_commit.py (10 staged files, about 100 KB, a skill body of 6 KB) with budgets on (the defaults: the
# Agent Skills guidance, no vocabulary needed), with budgets off, and with the skill's body grown past the 5,000-token
# guidance (a count is needed: o200k_base loads). The three run interleaved, round after round, so that passing load
# on a shared machine hits them alike; JDK 17 with its CDS archive and JDK 25 with its AOT cache.
# Usage: bench/tokens/hook-budgets.sh [ROUNDS]   (default 21; builds the jar when it is missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-21}
work="$root/bench/work/hook-tokens"
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
launcher="$root/bin/deploytrack"
mkdir -p "$work"
[ -f "$root/deploytrack-precommit/target/deploytrack.jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests -Dinvoker.skip)

# Three repositories: the benchmark commit, the same with budgets off, the same with a skill over the guidance.
for variant in within off over; do
  python3 "$root/bench/hook/make_commit.py" "$work/$variant" >/dev/null
done
echo 'tokens: {enabled: false}' > "$work/off/deploytrack.yml"
skill="$work/over/.claude/skills/release-notes/SKILL.md"
for _ in $(seq 6); do sed -n '/^# Release notes/,$p' "$skill" | tail -n +2 >> "$skill.body"; done
cat "$skill.body" >> "$skill" && rm "$skill.body"
(cd "$work/over" && git add -A)

export DEPLOYTRACK_CACHE="$work/cache"
rm -rf "$DEPLOYTRACK_CACHE"
for variant in within off over; do
  echo "$variant: $(cd "$work/$variant" && "$launcher" pre-commit --verbose 2>&1 | tail -1)"
done
# Build the archives first (the launcher does it in the background on first use), then measure.
(cd "$work/within" && "$launcher" pre-commit >/dev/null 2>&1 && JAVA_HOME="$jdk25" "$launcher" pre-commit >/dev/null 2>&1) || true
for _ in $(seq 100); do [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.jsa')" ] && [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.aot')" ] && break; sleep 0.2; done

ms() { local start=$(date +%s%N); (cd "$work/$1" && "$launcher" pre-commit >/dev/null 2>&1) || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }
declare -A times
for _ in $(seq "$rounds"); do
  for jdk in 17 25; do
    for variant in within off over; do
      if [ $jdk = 25 ]; then t=$(JAVA_HOME="$jdk25" ms $variant); else t=$(ms $variant); fi
      times[$jdk-$variant]+="$t "
    done
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for jdk in 17 25; do
  w=$(median "${times[$jdk-within]}"); o=$(median "${times[$jdk-off]}"); v=$(median "${times[$jdk-over]}")
  printf 'JDK %s: budgets on %4d ms, budgets off %4d ms (on - off %+d ms), skill over the guidance %4d ms (%d rounds)\n' \
    "$jdk" "$w" "$o" $((w - o)) "$v" "$rounds"
done
