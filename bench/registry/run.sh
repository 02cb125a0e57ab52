#!/usr/bin/env bash
# The registry benchmark: one record-deployment against 10,000 projects and 100,000 history entries, in a fresh JVM
# and in a warm one, as whole commands (java -jar and the bin/deploytrack launcher), with a plain file copy + fsync and
# Jackson as peers measured in the same interleaved rounds. See RegistryBenchmark.java for what each line measures.
# Usage: bench/registry/run.sh   (from the repository root; builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=deploytrack-precommit/target/deploytrack.jar
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests -Dinvoker.skip
fi
CLASSES=bench/work/registry-classes
mkdir -p "${BENCH_WORK:-bench/work/registry}" "$CLASSES"
javac -d "$CLASSES" -cp "$JAR" bench/registry/RegistryBenchmark.java
java -Xms1g -Xmx2g ${BENCH_OPTS:-} -cp "$JAR:$CLASSES" RegistryBenchmark "${BENCH_WORK:-bench/work/registry}" "$JAR" bin/deploytrack "$CLASSES"
