#!/usr/bin/env bash
# Secret-scanning benchmark: deploytrack's scanner and secretlint (recommended preset, Node 22) on the same generated
# tree of about 200 MB in about 15,000 files with 46 planted secrets, in the same run, runs interleaved. Reports the
# median wall time, MB/s, peak RSS (/usr/bin/time) and whether each tool found exactly the planted secrets.
# deploytrack runs twice per round: as a user runs it, `java -jar` without any JVM option (JAVA_OPTS, empty by
# default), and with the settings for a short command-line run (TUNED_OPTS: C1 only, serial GC, 128 MB heap), since
# compiling with C2 costs more CPU than it saves in a run of a few seconds.
#
#   bench/secrets/run.sh            RUNS=5 SECRETLINT_RUNS=3 by default
#
# Needs: a JDK 17+, the build (done here if missing), bench/secrets/setup.sh (run here if missing), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
SECRETLINT_RUNS="${SECRETLINT_RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:-}"
TUNED_OPTS="${TUNED_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
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
: > "$WORK/deploytrack-tuned.times"
: > "$WORK/secretlint.times"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= RUNS; i++)); do
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.out" java $JAVA_OPTS -jar "$JAR" scan --format json \
      --output "$WORK/deploytrack.json" "$TREE" > /dev/null || true
  tail -1 "$WORK/time.out" >> "$WORK/deploytrack.times"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.out" java $TUNED_OPTS -jar "$JAR" scan --format json \
      --output "$WORK/deploytrack-tuned.json" "$TREE" > /dev/null || true
  tail -1 "$WORK/time.out" >> "$WORK/deploytrack-tuned.times"
  if ((i <= SECRETLINT_RUNS)); then
    (cd "$TREE" && /usr/bin/time -f "%e %M %U %S" -o ../time.out ../node_modules/.bin/node \
        ../node_modules/secretlint/bin/secretlint.js --secretlintrc ../.secretlintrc.json "**/*" \
        > ../secretlint.txt) || true
    tail -1 "$WORK/time.out" >> "$WORK/secretlint.times"
  fi
done

summary() { # tool file -> "median_s MBps max_rss_MB runs", and the median CPU time (user + system)
  sort -n "$2" | awk -v mb="$MB" -v tool="$1" '{t[NR] = $1; c[NR] = $3 + $4; if ($2 > rss) rss = $2}
    END {m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
         n = NR; for (i = 2; i <= n; i++) for (j = i; j > 1 && c[j - 1] > c[j]; j--) {x = c[j]; c[j] = c[j - 1]; c[j - 1] = x}
         cm = (n % 2) ? c[(n + 1) / 2] : (c[n / 2] + c[n / 2 + 1]) / 2;
         printf "%s: median %.2f s over %d runs (all: ", tool, m, NR;
         for (i = 1; i <= NR; i++) printf "%s%s", t[i], (i < NR ? " " : "");
         printf "), %.0f MB/s, peak RSS %.0f MB, median CPU %.2f s\n", mb / m, rss / 1024, cm}'
}
echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$WORK/bench.out"
summary "deploytrack (${JAVA_OPTS:-no JVM options})" "$WORK/deploytrack.times" | tee -a "$WORK/bench.out"
summary "deploytrack ($TUNED_OPTS)" "$WORK/deploytrack-tuned.times" | tee -a "$WORK/bench.out"
summary secretlint "$WORK/secretlint.times" | tee -a "$WORK/bench.out"
java -cp "$JAR" bench/secrets/Compare.java "$TREE.planted" "$WORK/deploytrack.json" "$WORK/secretlint.txt" "$TREE" \
  | tee -a "$WORK/bench.out"
cmp -s <(grep -v '"files"' "$WORK/deploytrack.json") <(grep -v '"files"' "$WORK/deploytrack-tuned.json") \
  && echo "both deploytrack settings reported the same findings" | tee -a "$WORK/bench.out"
