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

# median_ms LABEL COMMAND...: runs COMMAND $runs times in the repository, prints the median wall time.
median_ms() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start=$(date +%s%N)
    (cd "$repo" && "$@" >/dev/null 2>&1) || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{a[NR]=$1} END {printf "%-40s median %4d ms  (min %d, max %d, %d runs)\n", label, a[int((NR+1)/2)], a[1], a[NR], NR}'
}

export DEPLOYTRACK_CACHE="$work/cache"
rm -rf "$DEPLOYTRACK_CACHE"
launcher="$root/bin/deploytrack"
echo "The hook's verdict on this commit:"; (cd "$repo" && "$launcher" pre-commit --verbose) || true

# Build the archives first (the launcher does it in the background on first use), then measure.
(cd "$repo" && "$launcher" pre-commit >/dev/null 2>&1 && JAVA_HOME="$jdk25" "$launcher" pre-commit >/dev/null 2>&1) || true
for _ in $(seq 100); do [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.jsa')" ] && [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.aot')" ] && break; sleep 0.2; done

r17=$(median_ms "deploytrack hook, JDK 17 + CDS archive" "$launcher" pre-commit)
r25=$(JAVA_HOME="$jdk25" median_ms "deploytrack hook, JDK 25 + AOT cache" "$launcher" pre-commit)
r17n=$(DEPLOYTRACK_CDS=0 median_ms "deploytrack hook, JDK 17, no archive" "$launcher" pre-commit)
rsl=$(median_ms "secretlint (Node 22) on the same files" "$work/node_modules/.bin/node" "$work/node_modules/.bin/secretlint" --secretlintrc "$work/.secretlintrc.json" $staged)
printf '%s\n' "$r17" "$r25" "$r17n" "$rsl"
m() { echo "$1" | sed -E 's/.*median +([0-9]+) ms.*/\1/'; }
awk -v a="$(m "$r17")" -v b="$(m "$r25")" -v s="$(m "$rsl")" 'BEGIN {printf "secretlint / deploytrack: %.1fx (JDK 17), %.1fx (JDK 25)\n", s/a, s/b}'
