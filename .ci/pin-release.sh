#!/usr/bin/env bash
# Pins the SHA-256 of the deploytrack.jar a release will publish, before the release is tagged:
#   .ci/pin-release.sh 1.2.0 && git commit -am "Pin 1.2.0" && git tag v1.2.0
# Builds the jar as .github/workflows/release.yml does (versions:set to VERSION, then package) on a copy of the
# tracked files, and adds "VERSION SHA256" to bin/deploytrack.sha256. The build is reproducible
# (project.build.outputTimestamp), so the release workflow builds the same bytes, and it fails when they differ; the
# launcher in a clone of the tag downloads the jar and uses it only when its SHA-256 is this one.
set -euo pipefail
version=${1:?usage: .ci/pin-release.sh VERSION}
cd "$(dirname "$0")/.."
source_tree=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/deploytrack-pin.XXXXXX")
trap 'rm -rf "$work"' EXIT
# One tar reads the whole list (xargs would split a long list into several archives, and the reading tar stops at
# the end of the first).
git ls-files -z | tar --null --no-recursion -T - -cf - | tar -xf - -C "$work"
chmod +x "$work/mvnw"
(cd "$work" && ./mvnw -B -ntp -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false \
    -DprocessAllModules=true && ./mvnw -B -ntp -q -pl deploytrack-precommit -am package -DskipTests -Dinvoker.skip \
    -Dmaven.repo.local="$work/.m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
hash=$(sha256sum "$work/deploytrack-precommit/target/deploytrack.jar" | cut -d' ' -f1)
grep -v "^$version " "$source_tree/bin/deploytrack.sha256" > "$work/pins" || true
printf '%s %s\n' "$version" "$hash" >> "$work/pins"
cp "$work/pins" "$source_tree/bin/deploytrack.sha256"
echo "pinned deploytrack $version: $hash (bin/deploytrack.sha256)"
# The workflows and pipeline users copy download that jar and check it against the same pin.
for template in .github/workflows/agent-stage-gates.yml templates/github/*.yml templates/gitlab/.gitlab-ci.yml; do
  sed -i -E "s/^( *DEPLOYTRACK_VERSION: ).*/\1\"$version\"/; s/^( *DEPLOYTRACK_SHA256: ).*/\1\"$hash\"/" \
      "$source_tree/$template"
done
echo "and in the workflow and pipeline templates (DEPLOYTRACK_VERSION, DEPLOYTRACK_SHA256)"
