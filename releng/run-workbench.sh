#!/usr/bin/env bash
# Starts the SIP QM Workbench product built under releng/org.sipqm.product/target, and builds it
# first when it is missing. Usage:
#   releng/run-workbench.sh [WORKSPACE_FOLDER] [WORKBENCH_ARGUMENTS...]
# WORKSPACE_FOLDER defaults to target/sample-workspace in this repository.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"

if [ -z "${DISPLAY:-}" ]; then
	echo "DISPLAY is not set: the workbench needs an X display (for a virtual one, see Xvfb)." >&2
	exit 1
fi

launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
if [ ! -f "${launchers[0]}" ]; then
	echo "No product under $product: building it without tests."
	(cd "$root" && ./mvnw -B -q verify -DskipTests)
	launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
fi

# TODO: default to a sample workspace with evaluations once the model bundles can write one.
workspace=${1:-$root/target/sample-workspace}
shift $(($# > 0 ? 1 : 0))
mkdir -p "$workspace"

exec java -jar "${launchers[0]}" -data "$workspace" -consoleLog "$@"
