#!/usr/bin/env bash
# Builds and runs deploytrack's JMH benchmarks, then prints medians and ratios. Not part of ./mvnw verify or CI.
#   bench/run-jmh.sh                  both benchmarks (about 6 minutes on 2 cores)
#   bench/run-jmh.sh TokenCount       only benchmarks matching a regular expression
#   JMH_ARGS="-f 1 -wi 2 -i 3" bench/run-jmh.sh    fewer forks and iterations (a quick look, not a result)
# Results (JMH JSON) go to bench/work/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -ntp -f bench/pom.xml package -DskipTests
mkdir -p bench/work
JAR=bench/jmh/target/benchmarks.jar
FILTER="${1:-}"
RESULT="bench/work/jmh-$(date +%Y%m%d-%H%M%S).json"
# shellcheck disable=SC2086
java -jar "$JAR" ${JMH_ARGS:-} -rf json -rff "$RESULT" ${FILTER:+"$FILTER"}
echo
echo "Medians ($RESULT):"
java -cp "$JAR" dev.deploytrack.bench.Medians "$RESULT"
