#!/usr/bin/env bash
# Builds and runs deploytrack's JMH benchmarks, then prints medians and ratios. Not part of ./mvnw verify or CI.
#   bench/run-jmh.sh                  5 rounds of both benchmarks (about 7 minutes on 2 cores)
#   ROUNDS=2 bench/run-jmh.sh         fewer rounds (a quick look, not a result)
#   bench/run-jmh.sh TokenCount       only the benchmarks matching a regular expression
# Each round runs every benchmark in one fresh fork (the cold-start benchmark in three), one after the other, so
# rounds interleave the peers in time: on a shared machine, load that comes and goes hits both sides of a ratio
# instead of whichever ran during it. Medians pool all rounds. JMH JSON results go to bench/work/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-5}"
FILTER="${1:-}"
./mvnw -B -q -ntp -f bench/pom.xml package -DskipTests
mkdir -p bench/work
JAR=bench/jmh/target/benchmarks.jar
RUN="bench/work/jmh-$(date +%Y%m%d-%H%M%S)"
RESULTS=()
for round in $(seq 1 "$ROUNDS"); do
  for benchmark in TokenCountBenchmark ColdStartBenchmark; do
    if [ -n "$FILTER" ] && ! [[ "$benchmark" =~ $FILTER ]]; then
      continue
    fi
    forks=1
    [ "$benchmark" = ColdStartBenchmark ] && forks=3
    result="$RUN-$benchmark-$round.json"
    echo "== round $round of $ROUNDS: $benchmark ($forks fork(s))"
    java -jar "$JAR" "$benchmark" -f "$forks" -rf json -rff "$result" > "$result.log"
    RESULTS+=("$result")
  done
done
echo
echo "Medians over $ROUNDS rounds ($RUN-*.json):"
java -cp "$JAR" dev.deploytrack.bench.Medians "${RESULTS[@]}"
