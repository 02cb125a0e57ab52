#!/usr/bin/env bash
# Optional check, not part of .ci/run: runs integration projects under src/it with Maven 3.6.3 (the oldest
# supported), the latest Maven 3.9 and Maven 4, through the invoker with each as its Maven home: the multi-module
# project (from the root, from a module directory, without a POM, and mvn site) and validate-failing. Downloads the
# three Mavens into $TMPDIR/deploytrack-maven-compat once. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${TMPDIR:-/tmp}/deploytrack-maven-compat
mkdir -p "$work"
projects=${DEPLOYTRACK_COMPAT_PROJECTS:-multi-module,validate-failing}
for version in 3.6.3 3.9.11 4.0.0-rc-4; do
  home="$work/apache-maven-$version"
  if [ ! -x "$home/bin/mvn" ]; then
    curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$version/apache-maven-$version-bin.tar.gz" \
      | tar xz -C "$work"
  fi
  log="$work/maven-$version.log"
  if ./mvnw -B -ntp verify -pl deploytrack-maven-plugin -am -DskipTests -Dinvoker.test="$projects" \
      -Dinvoker.mavenHome="$home" > "$log" 2>&1; then
    echo "Maven $version: $(grep -o 'Passed: [0-9]*, Failed: [0-9]*' "$log" | tail -1) ($projects)"
  else
    grep -E 'Assertion|assert |FAILED|ERROR' "$log" | head -40 >&2
    echo "Maven $version: the integration projects failed; see $log" >&2
    exit 1
  fi
done
