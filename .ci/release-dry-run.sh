#!/usr/bin/env bash
# A dry run of the release (.github/workflows/release.yml) on a copy of this tree: the release profile builds and
# signs with a throwaway GPG key made here, and deploys to a local staging repository instead of the Central Portal
# (the 'central' profile is left out; its bundle has the same Maven repository layout). Then checks that the staging
# repository holds what Central requires for every published module: the POM, and for jars the jar,
# -sources.jar and -javadoc.jar, each with a valid .asc signature and its checksums.
# Needs gpg (Debian's gnupg). Run from anywhere; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
source_tree=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/deploytrack-release.XXXXXX")
trap 'gpgconf --homedir "$work/gnupg" --kill gpg-agent >/dev/null 2>&1 || true; [[ -n ${DEPLOYTRACK_KEEP:-} ]] || rm -rf "$work"' EXIT

for tool in gpg git; do
  command -v "$tool" >/dev/null 2>&1 || { echo "release dry run: $tool is not installed" >&2; exit 2; }
done

# The tracked files as they are in the working tree (a release builds from a clean checkout of the tag).
mkdir -p "$work/tree"
# One tar reads the whole list (xargs would split a long list into several archives, and the reading tar stops at
# the end of the first).
git ls-files -z | (cd "$source_tree" && tar --null --no-recursion -T - -cf -) | tar -xf - -C "$work/tree"
chmod +x "$work/tree/mvnw"

# A throwaway signing key, as the workflow imports the real one: with a passphrase given through the environment.
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
export MAVEN_GPG_PASSPHRASE="dry-run-$$"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
  --quick-generate-key "deploytrack release dry run <dry-run@deploytrack.invalid>" rsa3072 sign 1d
echo "allow-loopback-pinentry" > "$GNUPGHOME/gpg-agent.conf"

cd "$work/tree"
snapshot=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
version=${snapshot%-SNAPSHOT}
./mvnw -B -ntp -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true
# Never into the shared ~/.m2: what the build writes (the install step, the deploy's metadata) goes to a local
# repository of its own, which reads what it lacks from ~/.m2 first (maven.repo.local.tail, Maven 3.9).
./mvnw -B -ntp -Prelease deploy -DaltDeploymentRepository="dry-run::file://$work/staging" \
  -Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
  -DskipTests -Dinvoker.skip > "$work/deploy.log" 2>&1 \
  || { tail -60 "$work/deploy.log" >&2; echo "release dry run: the deploy failed" >&2; exit 1; }

bundle=$work/staging
[[ -d $bundle/dev ]] || { echo "release dry run: nothing was staged" >&2; exit 1; }

problems=0
need() {
  if [[ ! -s $1 ]]; then echo "missing from the bundle: ${1#"$bundle/"}" >&2; problems=$((problems + 1)); return; fi
  for suffix in .asc .md5 .sha1; do
    [[ -s $1$suffix ]] || { echo "missing from the bundle: ${1#"$bundle/"}$suffix" >&2; problems=$((problems + 1)); }
  done
  if [[ -s $1.asc ]] && ! gpg --batch --quiet --verify "$1.asc" "$1" 2>/dev/null; then
    echo "bad signature: ${1#"$bundle/"}.asc" >&2; problems=$((problems + 1))
  fi
}
base="$bundle/dev/deploytrack"
need "$base/deploytrack-parent/$version/deploytrack-parent-$version.pom"
for artifact in deploytrack-core deploytrack-maven-plugin deploytrack; do
  dir="$base/$artifact/$version"
  for file in "$artifact-$version.pom" "$artifact-$version.jar" "$artifact-$version-sources.jar" \
      "$artifact-$version-javadoc.jar"; do
    need "$dir/$file"
  done
done
# The executable jar under its own coordinates: runnable, with everything inside, and a POM that does not ask for
# what is inside (the shade plugin's dependency-reduced POM).
jar="$base/deploytrack/$version/deploytrack-$version.jar"
if [[ -s $jar ]]; then
  java -jar "$jar" --version | grep -q "deploytrack $version" \
    || { echo "dev.deploytrack:deploytrack:$version is not the executable jar" >&2; problems=$((problems + 1)); }
  # A test-scoped dependency (the core's test helpers) is not asked for by users; a compile or runtime one would be.
  if python3 - "$base/deploytrack/$version/deploytrack-$version.pom" <<'PY'
import sys, xml.etree.ElementTree as et
ns = {'m': 'http://maven.apache.org/POM/4.0.0'}
deps = et.parse(sys.argv[1]).getroot().findall('m:dependencies/m:dependency', ns)
sys.exit(0 if any(d.findtext('m:artifactId', '', ns) == 'deploytrack-core'
                  and d.findtext('m:scope', 'compile', ns) != 'test' for d in deps) else 1)
PY
  then
    echo "the executable jar's POM lists dependencies it already contains" >&2; problems=$((problems + 1))
  fi
fi
if (( problems > 0 )); then
  echo "release dry run: $problems problem(s) in $bundle" >&2
  exit 1
fi
echo "release dry run: $version bundled for Maven Central and signed: $(find "$bundle" -type f -name '*.asc' | wc -l) signatures verified"
