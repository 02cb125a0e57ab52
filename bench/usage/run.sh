#!/usr/bin/env bash
# The usage benchmark: ingest generated Claude Code logs (default 1 GB) with deploytrack and, as the peer, ccusage
# (npm's ccusage, on the same files), recording wall time, records per second and peak memory (RSS, from GNU time);
# then a month's report over a generated store (default 10 million records). Run from the repository root after
# `./mvnw -B -ntp -pl deploytrack-precommit -am package -DskipTests`:
#
#   bash bench/usage/run.sh [MB] [RECORDS] [ROUNDS]
#
# Prints one line per measure and round, and `uptime` before and after (the machine is shared: compare ratios from
# the same run, not absolute times across runs).
set -euo pipefail
MB=${1:-1024}
RECORDS=${2:-10000000}
ROUNDS=${3:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$ROOT/deploytrack-precommit/target/deploytrack.jar
WORK=${BENCH_WORK:-$ROOT/bench/work/usage}
PARTS=${PARTS:-ingest,report}   # which parts to run
mkdir -p "$WORK" && cd "$WORK"
echo "work directory: $WORK"
uptime

measure() { # NAME COMMAND...: wall seconds and peak RSS in MB
  local name=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >"$log.out" 2>"$log" || { tail -n 20 "$log" "$log.out" >&2; return 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  echo "$name wall_s=$wall peak_rss_mb=$rss"
  tail -3 "$log.out" | sed "s/^/  $name: /"
  rm -f "$log" "$log.out"
}

if [[ $PARTS == *ingest* ]]; then
if [ ! -d "$WORK/claude/projects" ]; then
  java "$ROOT/bench/usage/GenerateClaudeLogs.java" "$WORK/claude" "$MB"
fi
du -sh "$WORK/claude/projects"

# The peer: ccusage from npm, pinned (20.0.26 has no linux-x64 native package on the registry).
CCUSAGE_VERSION=${CCUSAGE_VERSION:-20.0.24}
if [ ! -x "$WORK/npm/node_modules/.bin/ccusage" ]; then
  mkdir -p "$WORK/npm" && (cd "$WORK/npm" && npm init -y >/dev/null && npm install --silent "ccusage@$CCUSAGE_VERSION" >/dev/null)
fi
CCUSAGE=$WORK/npm/node_modules/.bin/ccusage
echo "ccusage $CCUSAGE_VERSION"

for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/repo" && mkdir -p "$WORK/repo"
  (cd "$WORK/repo" && measure "round=$round deploytrack-ingest" java -jar "$JAR" usage ingest "$WORK/claude/projects")
  (cd "$WORK/repo" && measure "round=$round deploytrack-ingest-again" java -jar "$JAR" usage ingest "$WORK/claude/projects")
  # The same ingest in a 128 MB heap: the input is 8 times that, the records 3 times: it streams.
  rm -rf "$WORK/repo-small" && mkdir -p "$WORK/repo-small"
  (cd "$WORK/repo-small" && measure "round=$round deploytrack-ingest-xmx128m" java -Xmx128m -jar "$JAR" usage ingest "$WORK/claude/projects")
  (cd "$WORK/repo" && measure "round=$round deploytrack-report" java -jar "$JAR" usage report --as-of 2026-11-30T23:00:00Z)
  CLAUDE_CONFIG_DIR="$WORK/claude" measure "round=$round ccusage-daily" sh -c "'$CCUSAGE' daily --json --offline | tail -n 12 | tr -d ' \n'; echo"
done
fi

if [[ $PARTS == *report* ]]; then
if [ ! -d "$WORK/big/deployments/usage/2026/11" ]; then
  java -Xmx4g "$ROOT/bench/usage/GenerateUsageStore.java" "$WORK/big" "$RECORDS"
fi
du -sh "$WORK/big/deployments/usage"
for round in $(seq 1 "$ROUNDS"); do
  (cd "$WORK/big" && measure "round=$round report-${RECORDS}-records" java -jar "$JAR" usage report --as-of 2026-11-30T23:00:00Z --format json --output /dev/null)
done
fi
uptime
