#!/usr/bin/env bash
# The PostgreSQL registry benchmark: record-deployment in process (p50, p95) against 10,000 projects and 100,000
# history entries, and 50 concurrent writers (records per second), on a throwaway server started here
# (.ci/postgres.sh: a free loopback port, stopped on exit). See PostgresRegistryBenchmark.java.
# Usage: bench/registry/run-postgres.sh   (from the repository root; builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=deploytrack-precommit/target/deploytrack.jar
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests -Dinvoker.skip
fi
# shellcheck source=../../.ci/postgres.sh
source .ci/postgres.sh
start_postgres
CLASSES=bench/work/registry-classes
mkdir -p bench/work/registry-postgres "$CLASSES"
javac -d "$CLASSES" -cp "$JAR" bench/registry/RegistryBenchmark.java bench/registry/PostgresRegistryBenchmark.java
java -Xms1g -Xmx2g -cp "$JAR:$CLASSES" PostgresRegistryBenchmark "$DEPLOYTRACK_TEST_POSTGRES_URL" \
  bench/work/registry-postgres
