#!/usr/bin/env bash
# The registry benchmark: one record-deployment against 10,000 projects and 100,000 history entries, in process
# (cold and warm) and as a whole command (java -jar and the bin/deploytrack launcher), with Jackson and a plain file
# copy as peers measured in the same run.
# Usage: bench/registry/run.sh   (from the repository root; builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=deploytrack-precommit/target/deploytrack.jar
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests -Dinvoker.skip
fi
mkdir -p bench/work/registry
java -Xms1g -Xmx2g -cp "$JAR" bench/registry/RegistryBenchmark.java bench/work/registry "$JAR" bin/deploytrack
