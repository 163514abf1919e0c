#!/usr/bin/env bash
# Builds the whole repository, runs every test (./mvnw -B clean verify), then starts the built
# product once (releng/smoke-test-product.sh), kills it with unsaved typing and checks that the
# typing is recovered (releng/crash-recovery-test.sh), exports the sample workspace in every format with
# the product's command line (releng/smoke-test-export.sh) and installs the sample regional extension into a
# copy of it with the p2 director (releng/test-extension-install.sh). UI tests need an X
# display, so without DISPLAY this script runs itself again under xvfb-run. Extra arguments go
# to Maven, for example -o.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

if [ -z "${DISPLAY:-}" ]; then
	if ! command -v xvfb-run >/dev/null; then
		echo "DISPLAY is not set and xvfb-run is missing: install the Debian package xvfb, or run .ci/run." >&2
		exit 1
	fi
	exec xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" "$0" "$@"
fi

source "$root/releng/java-home.sh"
cd "$root"
./mvnw -B clean verify "$@"
releng/smoke-test-product.sh
releng/crash-recovery-test.sh
releng/smoke-test-export.sh
releng/test-extension-install.sh
