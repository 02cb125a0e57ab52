#!/usr/bin/env bash
# A long fuzzing run of every input kind deploytrack reads (SKILL.md, deploytrack.yml, MCP JSON, secrets baseline,
# budget files; the registry's own property tests live beside the registry's), in process and through the command
# line. The build runs a few hundred cases per kind; this runs as many as asked, from a fresh seed each time.
#
#   bench/fuzz/run.sh [CASES] [SEED]        e.g. bench/fuzz/run.sh 100000
#
# A failing input is written to deploytrack-core/target/fuzz-failures/ (or the command line's target/): add it to
# src/test/resources/dev/deploytrack/fuzz/KIND/ so every build replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-50000}
seed=${2:-$(date +%s)}
echo "fuzzing with $cases cases per kind, seed $seed"
start=$(date +%s)
./mvnw -B -ntp -q -pl deploytrack-core,deploytrack-precommit verify -DskipITs -Dinvoker.skip \
  -Dtest='InputFuzzTest,CommandFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddeploytrack.fuzz.cases="$cases" -Ddeploytrack.fuzz.seed="$seed"
echo "no failure in $(( $(date +%s) - start )) s (seed $seed)"
