#!/usr/bin/env bash
# deploytrack's registry in CI: the one script the CI templates call to read and write the registry (the stage-gate
# workflow, agent-post-deploy.yml, the GitLab pipeline). Copy it into your repository beside them, at the path their
# DEPLOYTRACK_REGISTRY_SCRIPT names (templates/deploytrack-registry.sh unless you change it).
#
#   bash deploytrack-registry.sh read   [OPTIONS] -- java -jar deploytrack.jar COMMAND [ARGS...]
#   bash deploytrack-registry.sh record [OPTIONS] -- java -jar deploytrack.jar record-deployment [ARGS...]
#
# A pipeline deploys the commit it validated, so its checkout is that commit, and the registry in it misses every
# record made since: the staging record made earlier in the same pipeline, a person's approval, another pipeline's
# deployment. Records live on the tip of a branch instead, and both modes work there:
#
#   read    runs a command that gates on the registry (record-deployment --dry-run, request, checklist, drift) with
#           --registry set to the registry at the branch's tip, fetched now, in a temporary worktree.
#   record  runs the record on the branch's tip in a temporary worktree, commits the registry and pushes it. When
#           another pipeline pushed first, it fetches, resets to the new tip and records again with the same
#           idempotency key (which records nothing twice), a bounded number of times; then it fails.
#
# The command itself runs in the current directory (the project in the checkout, possibly a subdirectory of the
# repository), so the agents and commits are the validated ones; only the registry comes from the tip.
#
# With DEPLOYTRACK_REGISTRY set (a PostgreSQL URL), both modes run the command as it is: every runner reads and writes
# that database, and nothing is fetched or pushed.
#
# Options:
#   --remote NAME|URL   where the records are fetched from and pushed to (default origin); never printed, so a URL
#                       with a token is safe here
#   --branch NAME       the branch the records live on (default main)
#   --file PATH         the registry, relative to the current directory (default deployments/registry.json)
#   --message TEXT      record: the commit message (default "Record a deployment")
#   --attempts N        record: pushes tried before failing (default 5)
#
# Exit status: the command's own (1 when the registry refuses: nothing is written, and a refusal is not retried),
# 0 when there was nothing new to push, 1 when the push failed every attempt, 2 for a usage error or a branch that
# cannot be fetched. No failure of the command, the commit or the push is hidden.
set -euo pipefail

usage() {
  echo "usage: deploytrack-registry.sh read|record [--remote NAME|URL] [--branch NAME] [--file PATH]" \
    "[--message TEXT] [--attempts N] -- COMMAND [ARGS...]" >&2
  exit 2
}

mode=${1:-}
case $mode in
  read | record) shift ;;
  *) usage ;;
esac
remote=origin
branch=main
file=deployments/registry.json
message="Record a deployment"
attempts=5
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  [ $# -ge 2 ] || usage
  case $1 in
    --remote) remote=$2 ;;
    --branch) branch=$2 ;;
    --file) file=$2 ;;
    --message) message=$2 ;;
    --attempts) attempts=$2 ;;
    *) usage ;;
  esac
  shift 2
done
[ $# -ge 2 ] || usage
shift
case $attempts in
  '' | *[!0-9]* | 0) usage ;;
esac

if [ -n "${DEPLOYTRACK_REGISTRY:-}" ]; then
  exec "$@"
fi

# The registry's path from the top of the repository (the project may be one of its subdirectories).
registry="$(git rev-parse --show-prefix)$file"
worktree=$(mktemp -d)
rmdir "$worktree"
trap 'git worktree remove --force "$worktree" >/dev/null 2>&1 || rm -rf "$worktree"' EXIT

# Prints the commit at the tip of the branch, fetched now.
tip() {
  if ! git fetch --quiet "$remote" "refs/heads/$branch"; then
    echo "deploytrack-registry: cannot fetch the branch $branch, where the registry lives; nothing was done" >&2
    exit 2
  fi
  git rev-parse --verify --quiet 'FETCH_HEAD^{commit}'
}

commit=$(tip)
git worktree add --quiet --detach "$worktree" "$commit"
# Says which registry the command's output is about: its path names the temporary worktree.
echo "deploytrack-registry: $file on $branch at ${commit:0:12}, fetched now" >&2

if [ "$mode" = read ]; then
  status=0
  "$@" --registry "$worktree/$registry" || status=$?
  exit "$status"
fi

directory=$(dirname "$registry")
for ((attempt = 1; attempt <= attempts; attempt++)); do
  if [ "$attempt" -gt 1 ]; then
    commit=$(tip)
    git -C "$worktree" reset --quiet --hard "$commit"
    git -C "$worktree" clean --quiet -fd -- "$directory"
  fi
  "$@" --registry "$worktree/$registry"
  # The registry and its per-project pages; never its lock file or backups.
  paths=("$registry")
  if [ -d "$worktree/$directory/by-project" ]; then paths+=("$directory/by-project"); fi
  git -C "$worktree" add -A -- "${paths[@]}"
  if git -C "$worktree" diff --cached --quiet; then
    echo "already recorded on $branch; nothing to push"
    exit 0
  fi
  git -C "$worktree" commit --quiet -m "$message"
  if git -C "$worktree" push --quiet "$remote" "HEAD:refs/heads/$branch"; then
    echo "recorded and pushed to $branch (attempt $attempt)"
    exit 0
  fi
  echo "$branch moved on; recording again on top of it" >&2
  sleep $((attempt + RANDOM % 3))
done
echo "could not push the registry to $branch in $attempts attempts" >&2
exit 1
