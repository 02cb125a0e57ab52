#!/usr/bin/env bash
# Long single lines: `java -jar deploytrack.jar validate` (default JVM settings, as a user runs it) on a repository
# whose one SKILL.md body is a single line of 1, 3 and 9 MB, in several shapes (one letter repeated, random base64,
# random printable ASCII, words without a line break; and two non-ASCII shapes for the hidden-text rules: words with a
# bidirectional control every 9 bytes, and words with an HTML comment every 19 bytes). Work must grow linearly with the line: the 9 MB time should
# be about 3x the 3 MB time, not 9x. Prints the median wall time and peak RSS of RUNS runs per case,
# and one run of the same repository with -Xmx128m, to show the live heap stays small. The peer of a shape is
# the words case of the same size: a long line should cost what the same size of prose costs.
#
#   bench/hostile/long-lines.sh [RUNS]        (default 3; builds the jar if it is missing)
#   SHAPES="bidi comments" SIZES=10 JAR=/tmp/old.jar LIMIT=300 bench/hostile/long-lines.sh 3
#                                             (some shapes and sizes, another jar, another time limit per run)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
limit=${LIMIT:-600}
jar=${JAR:-deploytrack-precommit/target/deploytrack.jar}
[ -f "$jar" ] || [ -n "${JAR:-}" ] || ./mvnw -B -q -ntp package -DskipTests -Dinvoker.skip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo/skills/big"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-10s %6s %12s %12s %14s\n' shape MB "median s" "peak MB" "-Xmx128m s"
for shape in ${SHAPES:-letter base64 printable words bidi comments}; do
  for mb in ${SIZES:-1 3 9}; do
    python3 - "$shape" "$mb" "$work/repo/skills/big/SKILL.md" <<'PY'
import base64, os, random, string, sys
shape, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
n = mb * 1_000_000
random.seed(mb)
if shape == 'letter':
    body = 'a' * n
elif shape == 'base64':
    body = base64.b64encode(os.urandom(n * 3 // 4)).decode()
elif shape == 'printable':
    body = ''.join(random.choice(string.printable[:94]) for _ in range(n))
elif shape == 'bidi':
    unit = 'word \u202e'  # 9 bytes in UTF-8: a right-to-left override after every word
    body = unit * (n // len(unit.encode()))
elif shape == 'comments':
    unit = 'text <!-- do x --> '  # 19 bytes: an HTML comment the model reads and a reviewer does not see
    body = unit * (n // len(unit))
else:
    words = ['alpha', 'beta', 'use', 'when', 'pdf', 'x1', 'a=b', 'token:']
    body = ' '.join(random.choice(words) for _ in range(n // 5))[:n]
with open(path, 'w', encoding='utf-8') as f:
    f.write('---\nname: big\ndescription: A big skill. Use when testing long lines.\n---\n' + body)
PY
    times=(); peaks=()
    for _ in $(seq "$runs"); do
      # A run over LIMIT seconds (default 600) is stopped and shown as ">LIMIT": a quadratic case would not end.
      out=$( (/usr/bin/time -f '%e %M %x' timeout "$limit" java -jar "$jar" validate "$work/repo" 2>&1 >/dev/null \
        || true) | tail -1)
      if [ "$(echo "$out" | cut -d' ' -f3)" = 124 ]; then times+=(">$limit"); else times+=("$(echo "$out" | cut -d' ' -f1)"); fi
      peaks+=("$(echo "$out" | cut -d' ' -f2)")
    done
    small=$( (/usr/bin/time -f '%e %x' timeout "$limit" java -Xmx128m -jar "$jar" validate "$work/repo" 2>&1 \
      >/dev/null || true) | tail -1)
    if [ "${small#* }" = 124 ]; then small=">$limit"; else small=${small% *}; fi
    # runs stopped at the limit sort last: the median is ">LIMIT" when at least half of the runs were stopped
    median=$(printf '%s\n' "${times[@]}" | sed "s/^>.*/$limit.999/" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" \
      | sed "s/^$limit\.999\$/>$limit/")
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-10s %6s %12s %12s %14s\n' "$shape" "$mb" "$median" "$(( peak / 1024 ))" "$small"
  done
done
