#!/usr/bin/env python3
"""Writes a git fast-import stream (stdout) and the registry (argv[2]) of the drift benchmark's repository.

The shop of examples/drift-demo at scale: COMMITS commits on main over a year, AGENTS skills under
.claude/skills/agent-NN/, 500 application files and docs. 80% of the commits change application code, 10% docs, 10%
one skill (raising its version); every 200th commit is a merge of a two-commit branch. The registry deploys every agent
and the application to development, staging and production at commits 98%, 90% and 60% of the way through history
(each agent a little apart), so drift has a long range to read in production: the worst case of a team that forgot.

usage: make_repo.py COMMITS REGISTRY_FILE [AGENTS] > stream; git fast-import < stream
"""
import json
import random
import sys
import time

commits = int(sys.argv[1])
registry_file = sys.argv[2]
agents = int(sys.argv[3]) if len(sys.argv) > 3 else 50
rng = random.Random(12)
now = int(time.time())
start = now - 365 * 86400
step = (now - 3600 - start) // commits
versions = [0] * agents
out = sys.stdout.buffer
mark = 0
marks = []  # the mark of each main-line commit, in order
snapshots = []  # the agents' versions at each main-line commit


def data(text):
    raw = text.encode()
    out.write(b"data %d\n" % len(raw) + raw + b"\n")


def skill(i):
    return ("---\nname: agent-%02d\ndescription: Agent %d of the benchmark. Use when asked about area %d.\n"
            "metadata:\n  version: \"1.%d.0\"\n---\n\nDo the work of area %d carefully.\n" % (i, i, i, versions[i], i))


def commit(ref, when, message, files, parents):
    global mark
    mark += 1
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), mark))
    out.write(b"author Bench <bench@example.com> %d +0000\n" % when)
    out.write(b"committer Bench <bench@example.com> %d +0000\n" % when)
    data(message)
    if parents:
        out.write(b"from :%d\n" % parents[0])
        for parent in parents[1:]:
            out.write(b"merge :%d\n" % parent)
    for path, text in files:
        out.write(b"M 100644 inline %s\n" % path.encode())
        data(text)
    out.write(b"\n")
    return mark


def change(n):
    roll = rng.random()
    if roll < 0.8:
        f = rng.randrange(500)
        return "app: change %d" % n, [("src/module%03d.py" % f, "VALUE = %d\n" % n)]
    if roll < 0.9:
        return "docs: change %d" % n, [("docs/page%02d.md" % rng.randrange(40), "# Page\n\nRevision %d.\n" % n)]
    i = rng.randrange(agents)
    versions[i] += 1
    return "agent-%02d: change %d" % (i, n), [(".claude/skills/agent-%02d/SKILL.md" % i, skill(i))]


initial = [(".claude/skills/agent-%02d/SKILL.md" % i, skill(i)) for i in range(agents)]
initial += [("src/module%03d.py" % f, "VALUE = 0\n") for f in range(500)]
initial += [("deploytrack.yml", "registry:\n  environments: [development, staging, production]\n")]
marks.append(commit("refs/heads/main", start, "initial", initial, []))
snapshots.append(list(versions))
n = 1
while n < commits:
    when = start + n * step
    if n % 200 == 0 and n + 3 <= commits:
        b1 = commit("refs/heads/topic", when, *change(n), [marks[-1]])
        b2 = commit("refs/heads/topic", when + 1, *change(n + 1), [b1])
        marks.append(commit("refs/heads/main", when + 2, "Merge branch topic (%d)" % n, [], [marks[-1], b2]))
        snapshots.append(list(versions))
        n += 3
        continue
    marks.append(commit("refs/heads/main", when, *change(n), [marks[-1]]))
    snapshots.append(list(versions))
    n += 1
out.flush()

# fast-import numbers marks; the registry needs commit ids, so the caller passes them back through a marks file.
# Here the registry is written with mark numbers; run.sh replaces them with ids (git fast-import --export-marks).
def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


ci = {"kind": "ci", "identity": "bench"}
agents_rows, history = [], []
for env, share in (("development", 0.98), ("staging", 0.90), ("production", 0.60)):
    base = int(len(marks) * share)
    app_at = marks[min(len(marks) - 1, base + 5)]
    history.append({"timestamp": iso(start + (base + 5) * step), "project": "bench", "agent": None,
                    "action": "component_deployed", "version": None, "environment": env, "actor": ci,
                    "git_commit": ":%d" % app_at, "component": "app"})
    for i in range(agents):
        at = base - rng.randrange(20)
        when = iso(start + at * step + 60)
        version = "1.%d.0" % snapshots[at][i]
        agents_rows.append({"id": "agent-%02d" % i, "version": version, "deployed_at": when,
                            "testimony_collected": False, "last_sync": None, "environment": env,
                            "git_commit": ":%d" % marks[at]})
        history.append({"timestamp": when, "project": "bench", "agent": "agent-%02d" % i, "action": "deployed",
                        "version": version, "environment": env, "actor": ci, "git_commit": ":%d" % marks[at]})
history.sort(key=lambda e: e["timestamp"])
registry = {"registry_version": "2.0.0", "last_updated": iso(now - 3600),
            "projects": [{"path": ".", "name": "bench", "deployed_at": history[0]["timestamp"],
                          "agents": agents_rows}],
            "deployment_history": history, "approvals": []}
with open(registry_file, "w") as f:
    json.dump(registry, f, indent=1)
