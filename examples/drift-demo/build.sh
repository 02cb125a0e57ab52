#!/usr/bin/env bash
# Builds the drift demo: a shop's repository (application and agents in one git history) whose agents in production
# are behind the code, with its deployment registry. A git history cannot be committed inside this repository, so
# this script builds it, with commit dates relative to now (or to NOW, seconds since the epoch): the ages drift
# reports read as they would on the day. The README's drift, request, checklist and history output come from it, and
# a test builds it and checks what each command finds.
#
#   examples/drift-demo/build.sh DIRECTORY [NOW]
#   cd DIRECTORY && java -jar deploytrack.jar drift
#
# The story, oldest first (D = days ago, H = hours ago):
#   12D  the app, the code-review skill 1.0.0 and the triage agent 1.0.0; deployed everywhere 11D-10D
#    9D  the release-notes skill 0.1.0: deployed to development, then staging, never to production
#    8D  docs only (never drift)
#    7D  a change to code-review, reverted two hours later (no drift)
#    6D  a branch makes code-review 1.1.0 in two commits; merged with a merge commit 3D ago
#    5D  a refactoring of the app (never drift)
#    1D  a branch makes triage 1.1.0 (now allowed to run Bash); squash-merged 6H ago
#    3H  the app again; the application alone was deployed to production 2H ago
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DIRECTORY [NOW]" >&2
  exit 2
fi
target=$1
now=${2:-$(date +%s)}
if [ -e "$target" ] && [ -n "$(ls -A "$target" 2>/dev/null)" ]; then
  echo "$target exists and is not empty; give a new directory" >&2
  exit 2
fi
mkdir -p "$target"
cd "$target"

at() { # seconds ago -> ISO 8601 UTC
  date -u -d "@$((now - $1))" +%Y-%m-%dT%H:%M:%SZ
}
D=86400
H=3600
git init -q -b main .
git config user.name "Shop Developer"
git config user.email "dev@shop.example"
git config commit.gpgsign false

commit() { # SECONDS_AGO MESSAGE
  GIT_AUTHOR_DATE="@$((now - $1)) +0000" GIT_COMMITTER_DATE="@$((now - $1)) +0000" \
    git commit -q -m "$2"
  git rev-parse HEAD
}

skill() { # DIRECTORY NAME VERSION DESCRIPTION BODY
  mkdir -p "$1"
  cat > "$1/SKILL.md" <<EOF
---
name: $2
description: $4
metadata:
  version: "$3"
---

$5
EOF
}

mkdir -p src/shop docs environments/production deployments .claude/agents
cat > deploytrack.yml <<'EOF'
# The shop's application and its agents live in one repository. The application deploys automatically; the agents
# are deployed by hand, and deploytrack drift says when they fall behind. Keys: docs/configuration.md, docs/drift.md.
registry:
  environments: [development, staging, production]
drift:
  environments:
    staging: {max-age: 1d}   # production: 1h by default
tokens:
  model: claude-sonnet-4-5
cost:
  model: claude-sonnet-4-5
  workload: {calls-per-run: 8, input-tokens-per-call: 2000, output-tokens-per-call: 300, cache-hit-ratio: 0.6}
  environments:
    production: {runs-per-day: 120}
request:
  risk:
    first-deployment: high
    cost-increase: {over: 10%, level: medium}
    write-tools: medium
    findings: high
EOF
cat > environments/production/budget-limits.yaml <<'EOF'
daily_limit_usd: 25
monthly_limit_usd: 600
alert_thresholds: [70, 90, 100]
EOF
cat > environments/production/model-overrides.yaml <<'EOF'
default_model: claude-sonnet-4-5
EOF
cat > AGENTS.md <<'EOF'
# Shop assistant agents

The code-review skill reviews pull requests; the triage agent sorts customer questions; release-notes writes the
notes of a release. The shop's application is in src/.
EOF
cat > src/shop/cart.py <<'EOF'
def total(items):
    return sum(item.price * item.quantity for item in items)
EOF
skill .claude/skills/code-review code-review 1.0.0 \
  "Reviews a change to the shop for bugs and missing tests. Use when asked to review a pull request." \
  "Read the diff, then the files it touches. Apply the rules in rules.md and report problems by severity."
cat > .claude/skills/code-review/rules.md <<'EOF'
- Money is never a float.
- Every change to checkout has a test.
EOF
cat > .claude/agents/triage.md <<'EOF'
---
name: triage
description: Sorts a customer question into orders, returns or account, and drafts the first answer.
version: 1.0.0
tools: Read, Grep
---

Read the question, find the order it is about, and route it.
EOF
git add -A
c_first=$(commit $((12 * D)) "Shop app with the code-review skill and the triage agent")

skill .claude/skills/release-notes release-notes 0.1.0 \
  "Writes the release notes of a shop release from its merged pull requests. Use when a release is tagged." \
  "List the merged pull requests since the last tag and group them by area."
git add -A
c_notes=$(commit $((9 * D)) "Add the release-notes skill")

cat > docs/checkout.md <<'EOF'
# Checkout

The cart's total is the sum of each item's price times its quantity.
EOF
git add -A
c_docs=$(commit $((8 * D)) "Docs: how checkout works")

sed -i 's/report problems by severity./report problems by severity, kindly./' .claude/skills/code-review/SKILL.md
git add -A
c_tone=$(commit $((7 * D)) "Try a friendlier review tone")
GIT_AUTHOR_DATE="@$((now - 7 * D + 2 * H)) +0000" GIT_COMMITTER_DATE="@$((now - 7 * D + 2 * H)) +0000" \
  git revert --no-edit "$c_tone" > /dev/null

git checkout -q -b strict-review
sed -i 's/version: "1.0.0"/version: "1.1.0"/' .claude/skills/code-review/SKILL.md
echo "- Inputs from the request are validated before use." >> .claude/skills/code-review/rules.md
git add -A
commit $((6 * D)) "Review: flag unchecked inputs" > /dev/null
mkdir -p .claude/skills/code-review/examples
printf 'A float for a price is reported as an error.\n' > .claude/skills/code-review/examples/money.md
git add -A
commit $((6 * D - H)) "Review: an example of a money finding" > /dev/null
git checkout -q main

cat > src/shop/cart.py <<'EOF'
from decimal import Decimal


def total(items):
    return sum((Decimal(item.price) * item.quantity for item in items), Decimal(0))
EOF
git add -A
commit $((5 * D)) "Refactor the cart" > /dev/null
GIT_AUTHOR_DATE="@$((now - 3 * D)) +0000" GIT_COMMITTER_DATE="@$((now - 3 * D)) +0000" \
  git merge -q --no-ff -m "Merge pull request #41 from shop/strict-review" strict-review
c_merge=$(git rev-parse HEAD)

git checkout -q -b triage-billing
sed -i 's/version: 1.0.0/version: 1.1.0/; s/tools: Read, Grep/tools: Read, Grep, Bash/' .claude/agents/triage.md
printf '\nQuestions about invoices and refunds go to billing.\n' >> .claude/agents/triage.md
git add -A
commit $((1 * D)) "triage: route billing questions" > /dev/null
printf 'Look the invoice up with ./bin/invoice before answering.\n' >> .claude/agents/triage.md
git add -A
commit $((1 * D - H)) "triage: look invoices up" > /dev/null
git checkout -q main
git merge -q --squash triage-billing > /dev/null
c_squash=$(commit $((6 * H)) "Triage billing questions (#42)")
git branch -q -D triage-billing strict-review

cat >> src/shop/cart.py <<'EOF'


def count(items):
    return sum(item.quantity for item in items)
EOF
git add -A
c_head=$(commit $((3 * H)) "Checkout: count the items")

# The registry, as the pipelines recorded it (record-deployment, record-deployment --component app, approve), written
# here with the times of the story. deploytrack reads it as any registry_version 2.0.0 file.
ci='{"kind": "ci", "identity": "github-actions"}'
entry() { # SECONDS_AGO ENVIRONMENT AGENT ACTION VERSION COMMIT [PREVIOUS]
  local previous=""
  [ -n "${7:-}" ] && previous=", \"previous_version\": \"$7\""
  printf '    {"timestamp": "%s", "project": "shop-assistant", "agent": "%s", "action": "%s", "version": "%s", "environment": "%s"%s, "actor": %s, "git_commit": "%s"}' \
    "$(at "$1")" "$3" "$4" "$5" "$2" "$previous" "$ci" "$6"
}
app() { # SECONDS_AGO ENVIRONMENT COMMIT
  printf '    {"timestamp": "%s", "project": "shop-assistant", "agent": null, "action": "component_deployed", "version": null, "environment": "%s", "actor": %s, "git_commit": "%s", "component": "app"}' \
    "$(at "$1")" "$2" "$ci" "$3"
}
agent() { # ID VERSION DEPLOYED_AGO ENVIRONMENT UPDATED_AGO COMMIT
  local updated=""
  [ -n "$5" ] && updated=", \"updated_at\": \"$(at "$5")\""
  printf '        {"id": "%s", "version": "%s", "deployed_at": "%s", "testimony_collected": false, "last_sync": null, "environment": "%s"%s, "git_commit": "%s"}' \
    "$1" "$2" "$(at "$3")" "$4" "$updated" "$6"
}
{
  echo '{'
  echo '  "registry_version": "2.0.0",'
  echo "  \"last_updated\": \"$(at $((2 * H)))\","
  echo '  "projects": ['
  echo '    {'
  echo '      "path": ".",'
  echo '      "name": "shop-assistant",'
  echo "      \"deployed_at\": \"$(at $((11 * D)))\","
  echo '      "agents": ['
  agent code-review 1.1.0 $((11 * D)) development $((2 * D)) "$c_merge"; echo ','
  agent triage 1.1.0 $((11 * D)) development $((5 * H)) "$c_squash"; echo ','
  agent release-notes 0.1.0 $((9 * D)) development "" "$c_notes"; echo ','
  agent code-review 1.0.0 $((11 * D - H)) staging "" "$c_first"; echo ','
  agent triage 1.0.0 $((11 * D - H)) staging "" "$c_first"; echo ','
  agent release-notes 0.1.0 $((8 * D - 4 * H)) staging "" "$c_docs"; echo ','
  agent code-review 1.0.0 $((10 * D)) production "" "$c_first"; echo ','
  agent triage 1.0.0 $((10 * D)) production "" "$c_first"; echo
  echo '      ]'
  echo '    }'
  echo '  ],'
  echo '  "deployment_history": ['
  app $((11 * D)) development "$c_first"; echo ','
  entry $((11 * D)) development code-review deployed 1.0.0 "$c_first"; echo ','
  entry $((11 * D)) development triage deployed 1.0.0 "$c_first"; echo ','
  app $((11 * D - H)) staging "$c_first"; echo ','
  entry $((11 * D - H)) staging code-review deployed 1.0.0 "$c_first"; echo ','
  entry $((11 * D - H)) staging triage deployed 1.0.0 "$c_first"; echo ','
  app $((10 * D)) production "$c_first"; echo ','
  entry $((10 * D)) production code-review deployed 1.0.0 "$c_first"; echo ','
  entry $((10 * D)) production triage deployed 1.0.0 "$c_first"; echo ','
  app $((9 * D)) development "$c_notes"; echo ','
  entry $((9 * D)) development release-notes deployed 0.1.0 "$c_notes"; echo ','
  app $((8 * D - 4 * H)) staging "$c_docs"; echo ','
  entry $((8 * D - 4 * H)) staging release-notes deployed 0.1.0 "$c_docs"; echo ','
  app $((2 * D)) development "$c_merge"; echo ','
  entry $((2 * D)) development code-review updated 1.1.0 "$c_merge" 1.0.0; echo ','
  app $((2 * D - 2 * H)) staging "$c_merge"; echo ','
  app $((5 * H)) development "$c_squash"; echo ','
  entry $((5 * H)) development triage updated 1.1.0 "$c_squash" 1.0.0; echo ','
  app $((2 * H)) production "$c_head"; echo
  echo '  ],'
  echo '  "approvals": ['
  printf '    {"timestamp": "%s", "project": "shop-assistant", "environment": "production", "agent": "code-review", "version": "1.0.0", "approver": {"kind": "human", "identity": "dana"}, "reason": "first release"},\n' "$(at $((10 * D + H)))"
  printf '    {"timestamp": "%s", "project": "shop-assistant", "environment": "production", "agent": "triage", "version": "1.0.0", "approver": {"kind": "human", "identity": "dana"}, "reason": "first release"}\n' "$(at $((10 * D + H)))"
  echo '  ],'
  echo '  "statistics": {'
  echo '    "total_projects": 1,'
  echo '    "total_deployments": 10,'
  echo '    "agents_deployed": 3,'
  echo '    "most_deployed_agent": "code-review",'
  echo '    "deployments_by_environment": {"development": 5, "staging": 3, "production": 2},'
  echo '    "deployments_by_agent": {"code-review": 4, "triage": 4, "release-notes": 2},'
  echo '    "projects_by_agent": {"code-review": 1, "release-notes": 1, "triage": 1}'
  echo '  }'
  echo '}'
} > deployments/registry.json
git add -A
commit $((1 * H)) "Record the deployments" > /dev/null
echo "built $target: $(git rev-list --count HEAD) commits; the application runs ${c_head:0:12} in production"
