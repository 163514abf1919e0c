#!/usr/bin/env bash
# Regenerates the EMF model code (bundles/org.sipqm.model/src-gen) and item providers
# (bundles/org.sipqm.model.edit/src-gen) from bundles/org.sipqm.model/model/sipqm.genmodel.
# Run it after changing an .ecore file; the build fails while src-gen is out of date.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
cd "$root"

rm -rf bundles/org.sipqm.model/src-gen bundles/org.sipqm.model.edit/src-gen
./mvnw -B -q -f releng/org.sipqm.modelgen/pom.xml compile exec:java -Dsipqm.modelgen.mode=--write "$@"
