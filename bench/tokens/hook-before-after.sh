#!/usr/bin/env bash
# The pre-commit hook of another checkout (before) against this one (after), interleaved: each round runs the hook of
# both on bench/hook/make_commit.py's commit with JDK 17 (CDS archive) and JDK 25 (AOT cache), then secretlint on the
# same files, so that load passing on a shared machine hits all of them. Prints medians and ratios.
# Usage: bench/tokens/hook-before-after.sh BEFORE_CHECKOUT [ROUNDS]
#   e.g. git worktree add /tmp/before main && (cd /tmp/before && ./mvnw -B -q package -DskipTests -Dinvoker.skip)
# Needs secretlint installed by bench/hook/run.sh (under bench/work/hook) and both jars built.
set -euo pipefail
before=$(cd "$1" && pwd)
rounds=${2:-21}
after=$(cd "$(dirname "$0")/../.." && pwd)
work="$after/bench/work/hook-before-after"
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
secretlint="$after/bench/work/hook"
[ -x "$secretlint/node_modules/.bin/secretlint" ] || { echo "run bench/hook/run.sh once first (installs secretlint)" >&2; exit 2; }
mkdir -p "$work"
ms() { local start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }
for side in before after; do
  python3 "$after/bench/hook/make_commit.py" "$work/$side-repo" >/dev/null
  export DEPLOYTRACK_CACHE="$work/$side-cache"
  rm -rf "$DEPLOYTRACK_CACHE"
  (cd "$work/$side-repo" && "${!side}/bin/deploytrack" pre-commit && JAVA_HOME="$jdk25" "${!side}/bin/deploytrack" pre-commit) >/dev/null 2>&1 || true
  for _ in $(seq 100); do [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.jsa')" ] && [ -n "$(find "$DEPLOYTRACK_CACHE" -name 'app.aot')" ] && break; sleep 0.2; done
done
staged=$(cd "$work/after-repo" && git diff --cached --name-only | tr '\n' ' ')
declare -A times
loads=""
for _ in $(seq "$rounds"); do
  for side in before after; do
    export DEPLOYTRACK_CACHE="$work/$side-cache"
    cd "$work/$side-repo"
    times[$side-17]+="$(ms "${!side}/bin/deploytrack" pre-commit) "
    times[$side-25]+="$(JAVA_HOME="$jdk25" ms "${!side}/bin/deploytrack" pre-commit) "
  done
  cd "$work/after-repo"
  # shellcheck disable=SC2086 # the staged paths are one argument each
  times[secretlint]+="$(ms "$secretlint/node_modules/.bin/node" "$secretlint/node_modules/.bin/secretlint" --secretlintrc "$secretlint/.secretlintrc.json" $staged) "
  loads+="$(cut -d' ' -f1 /proc/loadavg) "
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for key in before-17 after-17 before-25 after-25 secretlint; do echo "$key: median $(median "${times[$key]}") ms"; done
echo "load averages during the rounds: $loads"
awk -v s="$(median "${times[secretlint]}")" -v a="$(median "${times[after-17]}")" -v b="$(median "${times[after-25]}")" \
    -v c="$(median "${times[before-17]}")" -v d="$(median "${times[before-25]}")" \
    'BEGIN {printf "before / after: %.2fx (JDK 17), %.2fx (JDK 25); secretlint / after: %.2fx (JDK 17), %.2fx (JDK 25)\n", c/a, d/b, s/a, s/b}'
