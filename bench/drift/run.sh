#!/usr/bin/env bash
# The drift benchmark: `deploytrack drift` for 50 agents x 3 environments on a repository of 10,000 commits (built by
# make_repo.py with git fast-import), as a whole command (JVM start included, as a user or a CI job runs it), against
# the peer a team would otherwise script: plain `git log DEPLOYED..HEAD -- PATHS`, once per agent and environment
# (150 git processes), in the same interleaved rounds. Also one single `git log` of the production range over every
# agent's paths: the floor of asking git at all. Medians; the load average before and after.
#
# Usage: bench/drift/run.sh [ROUNDS] [COMMITS] [AGENTS]   (from the repository root; builds the jar when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-11}
commits=${2:-10000}
agents=${3:-50}
JAR=$PWD/deploytrack-precommit/target/deploytrack.jar
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests -Dinvoker.skip
fi
work=${BENCH_WORK:-$PWD/bench/work/drift}
rm -rf "$work"
mkdir -p "$work"
repo=$work/repo
registry=$work/registry.json

echo "load before: $(uptime)"
git init -q -b main "$repo"
python3 bench/drift/make_repo.py "$commits" "$registry.marks" "$agents" \
  | git -C "$repo" fast-import --quiet --export-marks="$work/marks"
git -C "$repo" branch -q -D topic
git -C "$repo" reset -q --hard main
# The registry names commits by fast-import marks; put the commit ids in their place.
python3 - "$work/marks" "$registry.marks" "$registry" <<'PY'
import json, sys
ids = dict(line.split() for line in open(sys.argv[1]))
text = open(sys.argv[2]).read()
registry = json.loads(text)
for row in registry["projects"][0]["agents"] + registry["deployment_history"]:
    row["git_commit"] = ids[row["git_commit"]]
json.dump(registry, open(sys.argv[3], "w"), indent=1)
PY
echo "repository: $(git -C "$repo" rev-list --count HEAD) commits, $(git -C "$repo" ls-files | wc -l) files;" \
  "$agents agents x 3 environments; git $(git --version | cut -d' ' -f3); $(java -version 2>&1 | head -1)"

# The peer's input: each (agent, environment)'s deployed commit, from the same registry.
python3 - "$registry" > "$work/pairs" <<'PY'
import json, sys
for row in json.load(open(sys.argv[1]))["projects"][0]["agents"]:
    print(row["environment"], row["id"], row["git_commit"])
PY
production=$(python3 - "$registry" <<'PY'
import json, sys
rows = [r for r in json.load(open(sys.argv[1]))["projects"][0]["agents"] if r["environment"] == "production"]
print(min(rows, key=lambda r: r["deployed_at"])["git_commit"])
PY
)

# Each side as a script, so the timing loop below runs them alike.
cat > "$work/drift.sh" <<SH
cd "$repo" && java -jar "$JAR" drift --registry "$registry" --format json --output "$work/drift.json" > /dev/null
[ \$? -le 1 ]
SH
cat > "$work/launcher.sh" <<SH
cd "$repo" && "$PWD/bin/deploytrack" drift --registry "$registry" --format json --output "$work/launcher.json" > /dev/null
[ \$? -le 1 ]
SH
cat > "$work/git_per_pair.sh" <<SH
: > "$work/peer.txt"
while read -r env agent commit; do
  git -C "$repo" log --format="\$env \$agent %H %ct %s" "\$commit..HEAD" -- ".claude/skills/\$agent/" >> "$work/peer.txt"
done < "$work/pairs"
SH
cat > "$work/git_once.sh" <<SH
git -C "$repo" log --first-parent -m --format="%H %ct %s" --name-only "$production..HEAD" -- .claude/skills/ \
  > "$work/once.txt"
SH

# One run of each before timing: the page cache and the launcher's class archive are in place for all of them.
for side in drift launcher git_per_pair git_once; do bash "$work/$side.sh"; done
# What each found: the agent-environment pairs with changes not deployed.
found=$(python3 - "$work/drift.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(sum(1 for e in report["environments"] for a in e["agents"] if a["behind"]))
PY
)
peer_found=$(cut -d' ' -f1,2 "$work/peer.txt" | sort -u | wc -l)
echo "pairs behind: deploytrack $found, git log per pair $peer_found"

# Interleaved rounds; wall time and the CPU time (user + system) of each side's processes, which load moves less.
python3 - "$work" "$rounds" <<'PY'
import os, resource, statistics, subprocess, sys, time
work, rounds = sys.argv[1], int(sys.argv[2])
sides = {"drift": "deploytrack drift, java -jar (whole command, 150 pairs)",
         "launcher": "deploytrack drift, bin/deploytrack (class archive)",
         "git_per_pair": "git log DEPLOYED..HEAD -- PATH, per pair (150 processes)",
         "git_once": "one git log of the production range, all paths"}
wall = {side: [] for side in sides}
cpu = {side: [] for side in sides}
for _ in range(rounds):
    for side in sides:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run(["bash", os.path.join(work, side + ".sh")], check=True)
        wall[side].append((time.monotonic() - t0) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[side].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print("%d rounds, interleaved" % rounds)
print("| What | Median wall | Min-max | x deploytrack | Median CPU |")
print("| --- | ---: | --- | ---: | ---: |")
reference = statistics.median(wall["drift"])
for side, label in sides.items():
    m = statistics.median(wall[side])
    print("| %s | %.0f ms | %.0f-%.0f ms | %.2f | %.0f ms |" % (label, m, min(wall[side]), max(wall[side]),
                                                            m / reference, statistics.median(cpu[side])))
PY
echo "load after: $(uptime)"
