#!/usr/bin/env bash
# Optional check, not part of .ci/run: runs the validate-failing integration project with Maven 3.6.3 (the oldest
# supported) and Maven 4, and expects each to fail the build with the finding in its log and the SARIF file written.
# Run after ./mvnw -B verify (which installs the plugin into deploytrack-maven-plugin/target/local-repo).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD/deploytrack-maven-plugin/target/local-repo
work=${TMPDIR:-/tmp}/deploytrack-maven-compat
mkdir -p "$work"
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" src/it/settings.xml > "$work/settings.xml"
for version in 3.6.3 4.0.0-rc-4; do
  home="$work/apache-maven-$version"
  if [ ! -d "$home" ]; then
    curl -fsSL "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$version/apache-maven-$version-bin.tar.gz" \
      | tar xz -C "$work"
  fi
  project="$work/project-$version"
  rm -rf "$project" && cp -r src/it/validate-failing "$project"
  sed -i "s/@project.groupId@/dev.deploytrack/; s/@project.artifactId@/deploytrack-maven-plugin/; s/@project.version@/$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)/" "$project/pom.xml"
  if (cd "$project" && "$home/bin/mvn" -B -Dmaven.repo.local="$repo" -s "$work/settings.xml" verify > build.log 2>&1); then
    echo "Maven $version: the build passed but must fail" >&2; exit 1
  fi
  grep -q "SKILL.md:2:7: error: skill name 'data-export'" "$project/build.log"
  test -f "$project/target/deploytrack/deploytrack-validate.sarif"
  echo "Maven $version: validate failed the build as expected and wrote SARIF"
done
