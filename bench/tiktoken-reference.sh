#!/usr/bin/env bash
# Regenerates the tiktoken reference counts of the token corpus that deploytrack's tests compare against:
#   deploytrack-core/src/test/resources/dev/deploytrack/tokens/corpus/expected-counts.json
# Installs the npm package tiktoken (the WASM build of OpenAI's tiktoken Rust core) into bench/work (gitignored).
# Needs Node 18 or later and the npm registry. Add a file to the corpus, run this, commit both.
set -euo pipefail
cd "$(dirname "$0")/.."

TIKTOKEN_VERSION=1.0.22
WORK=bench/work/tiktoken
CORPUS=deploytrack-core/src/test/resources/dev/deploytrack/tokens/corpus

mkdir -p "$WORK"
if [ ! -f "$WORK/node_modules/tiktoken/package.json" ] \
    || ! grep -q "\"version\": \"$TIKTOKEN_VERSION\"" "$WORK/node_modules/tiktoken/package.json"; then
  (cd "$WORK" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --save-exact "tiktoken@$TIKTOKEN_VERSION")
fi
node bench/tiktoken-reference.mjs "$WORK" "$CORPUS"
