#!/usr/bin/env python3
"""Creates a git repository with a commit's worth of staged changes for the hook benchmark: 10 files, about 100 KB
(one AGENTS.md, one SKILL.md, one MCP JSON, code). Usage: make_commit.py REPO_DIR"""
import os
import random
import shutil
import subprocess
import sys

repo = sys.argv[1]
if os.path.exists(repo):
    shutil.rmtree(repo)
os.makedirs(repo)
rng = random.Random(7)
words = ["agent", "deploy", "review", "schema", "config", "token", "budget", "skill", "context", "release"]


def prose(n):
    return "\n".join(" ".join(rng.choice(words) for _ in range(14)) + "." for _ in range(n)) + "\n"


def code(n):
    lines = [f"def handler_{i}(event, context):\n    value = event.get('{rng.choice(words)}')\n"
             f"    return {{'status': 200, 'body': str(value) + '{rng.choice(words)}'}}\n" for i in range(n)]
    return "\n".join(lines)


files = {
    "AGENTS.md": "# Agents\n\n## Setup\n\nRun make setup.\n\n## Testing\n\n" + prose(40),
    ".claude/skills/release-notes/SKILL.md": "---\nname: release-notes\ndescription: Writes release notes from "
    "merged pull requests. Use when a release is tagged.\n---\n\n# Release notes\n\n" + prose(60),
    ".mcp.json": '{\n  "mcpServers": {\n    "github": {"command": "npx", "args": ["-y", '
    '"@modelcontextprotocol/server-github"], "env": {"GITHUB_TOKEN": "${GITHUB_TOKEN}"}}\n  }\n}\n',
}
for i in range(7):
    files[f"src/service_{i}.py"] = code(110)
for path, text in files.items():
    full = os.path.join(repo, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def git(*args):
    subprocess.run(["git", *args], cwd=repo, check=True, stdout=subprocess.DEVNULL)


git("init", "-q", "-b", "main")
git("config", "user.email", "bench@example.com")
git("config", "user.name", "bench")
git("add", ".")
total = sum(len(t.encode()) for t in files.values())
print(f"{len(files)} staged files, {total / 1024:.0f} KB in {repo}")
