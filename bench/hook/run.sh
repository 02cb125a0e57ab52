#!/usr/bin/env bash
# Benchmark of the pre-commit hook: median wall time of 'bin/deploytrack pre-commit' on a commit of 10 staged files
# (about 100 KB) with JDK 17 and JDK 25 (archive built), next to secretlint on the same files in the same run.
# Usage: bench/hook/run.sh [RUNS]. Needs python3, git, npm; installs node@22 and secretlint under bench/work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-21}
work="$root/bench/work/hook"
repo="$work/repo"
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p "$work"
[ -f "$root/deploytrack-precommit/target/deploytrack.jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests -Dinvoker.skip)
python3 "$here/make_commit.py" "$repo"
staged=$(cd "$repo" && git diff --cached --name-only | tr '\n' ' ')

if [ ! -x "$work/node_modules/.bin/secretlint" ]; then
  [ -f "$work/package.json" ] || echo '{"private": true}' > "$work/package.json"
  (cd "$work" && npm install --silent --no-audit --no-fund node@22 secretlint @secretlint/secretlint-rule-preset-recommend >/dev/null 2>&1)
  printf '{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }\n' > "$work/.secretlintrc.json"
fi

# ms COMMAND...: runs COMMAND once in the repository (output discarded), prints its wall time in milliseconds.
ms() {
  local start=$(date +%s%N)
  (cd "$repo" && "$@" >/dev/null 2>&1) || true
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
# median LABEL TIMES...: the median and range of TIMES.
median() {
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '{a[NR]=$1} END {printf "%-40s median %4d ms  (min %d, max %d, %d runs)\n", label, a[int((NR+1)/2)], a[1], a[NR], NR}'
}

export DEPLOYTRACK_CACHE="$work/cache"
rm -rf "$DEPLOYTRACK_CACHE"
launcher="$root/bin/deploytrack"
echo "The hook's verdict on this commit:"; (cd "$repo" && "$launcher" pre-commit --verbose) || true

# Build the archives first (the launcher does it in the background on first use), then measure.
(cd "$repo" && "$launcher" pre-commit >/dev/null 2>&1 && JAVA_HOME="$jdk25" "$launcher" pre-commit >/dev/null 2>&1) || true
for _ in $(seq 100); do [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.jsa')" ] && [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.aot')" ] && break; sleep 0.2; done

# Rounds interleave the four, so that load coming and going on a shared machine hits them alike.
t17=(); t25=(); t17n=(); tsl=()
for _ in $(seq "$runs"); do
  t17+=($(ms "$launcher" pre-commit))
  t25+=($(JAVA_HOME="$jdk25" ms "$launcher" pre-commit))
  t17n+=($(DEPLOYTRACK_CDS=0 ms "$launcher" pre-commit))
  tsl+=($(ms "$work/node_modules/.bin/node" "$work/node_modules/.bin/secretlint" --secretlintrc "$work/.secretlintrc.json" $staged))
done
r17=$(median "deploytrack hook, JDK 17 + CDS archive" "${t17[@]}")
r25=$(median "deploytrack hook, JDK 25 + AOT cache" "${t25[@]}")
r17n=$(median "deploytrack hook, JDK 17, no archive" "${t17n[@]}")
rsl=$(median "secretlint (Node 22) on the same files" "${tsl[@]}")
printf '%s\n' "$r17" "$r25" "$r17n" "$rsl"
m() { echo "$1" | sed -E 's/.*median +([0-9]+) ms.*/\1/'; }
awk -v a="$(m "$r17")" -v b="$(m "$r25")" -v s="$(m "$rsl")" 'BEGIN {printf "secretlint / deploytrack: %.1fx (JDK 17), %.1fx (JDK 25)\n", s/a, s/b}'
