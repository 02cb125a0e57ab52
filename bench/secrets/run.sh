#!/usr/bin/env bash
# Secret-scanning benchmark: deploytrack's scanner and secretlint (recommended preset, Node 22) on the same generated
# tree of about 200 MB in about 15,000 files with 46 planted secrets, in the same run, runs interleaved. Reports the
# median wall time, MB/s, peak RSS (/usr/bin/time) and whether each tool found exactly the planted secrets.
#
#   bench/secrets/run.sh            RUNS=5 SECRETLINT_RUNS=3 JAVA_OPTS=-Xmx128m by default
#
# Needs: a JDK 17+, the build (done here if missing), bench/secrets/setup.sh (run here if missing), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
SECRETLINT_RUNS="${SECRETLINT_RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m}"
WORK=bench/work
JAR=deploytrack-precommit/target/deploytrack.jar
TREE="$WORK/tree"

[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time; }
if [[ ! -f "$JAR" || ! -f deploytrack-core/target/test-classes/dev/deploytrack/secrets/FakeSecrets.class ]]; then
  ./mvnw -B -q -pl deploytrack-precommit -am package -DskipTests
  ./mvnw -B -q -pl deploytrack-core test-compile
fi
[[ -f "$WORK/node_modules/secretlint/bin/secretlint.js" ]] || bench/secrets/setup.sh
if [[ ! -d "$TREE" ]]; then
  java -cp deploytrack-core/target/test-classes:deploytrack-core/target/classes bench/secrets/GenerateTree.java "$TREE"
fi
BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
FILES=$(find "$TREE" -type f | wc -l)
MB=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}')
echo "tree: $FILES files, $MB MB; java $(java -version 2>&1 | head -1); node $("$WORK/node_modules/.bin/node" --version)"

: > "$WORK/deploytrack.times"
: > "$WORK/secretlint.times"
for ((i = 1; i <= RUNS; i++)); do
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" java $JAVA_OPTS -jar "$JAR" scan --format json \
      --output "$WORK/deploytrack.json" "$TREE" > /dev/null || true
  tail -1 "$WORK/time.out" >> "$WORK/deploytrack.times"
  if ((i <= SECRETLINT_RUNS)); then
    (cd "$TREE" && /usr/bin/time -f "%e %M" -o ../time.out ../node_modules/.bin/node \
        ../node_modules/secretlint/bin/secretlint.js --secretlintrc ../.secretlintrc.json "**/*" \
        > ../secretlint.txt) || true
    tail -1 "$WORK/time.out" >> "$WORK/secretlint.times"
  fi
done

summary() { # tool file -> "median_s MBps max_rss_MB runs"
  sort -n "$2" | awk -v mb="$MB" -v tool="$1" '{t[NR] = $1; if ($2 > rss) rss = $2}
    END {m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
         printf "%s: median %.2f s over %d runs (all: ", tool, m, NR;
         for (i = 1; i <= NR; i++) printf "%s%s", t[i], (i < NR ? " " : "");
         printf "), %.0f MB/s, peak RSS %.0f MB\n", mb / m, rss / 1024}'
}
summary deploytrack "$WORK/deploytrack.times" | tee "$WORK/bench.out"
summary secretlint "$WORK/secretlint.times" | tee -a "$WORK/bench.out"
java -cp "$JAR" bench/secrets/Compare.java "$TREE.planted" "$WORK/deploytrack.json" "$WORK/secretlint.txt" "$TREE" \
  | tee -a "$WORK/bench.out"
