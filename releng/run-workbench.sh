#!/usr/bin/env bash
# Starts the SIP QM Workbench product built under releng/org.sipqm.product/target, and builds it
# first when it is missing. Usage:
#   releng/run-workbench.sh [WORKSPACE_FOLDER] [WORKBENCH_ARGUMENTS...]
# Without WORKSPACE_FOLDER the workbench opens a working copy of the sample workspace
# releng/sample-workspace, copied on the first run to
# ${XDG_DATA_HOME:-$HOME/.local/share}/sipqm/sample-workspace so that the sample in the
# repository stays unchanged. Delete that folder to start again from the sample.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
sample="$root/releng/sample-workspace"
sample_copy="${XDG_DATA_HOME:-$HOME/.local/share}/sipqm/sample-workspace"

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

# Copies the sample workspace to the working copy's folder, through a temporary folder beside it
# so that an interrupted copy never looks like a workspace.
copy_sample() {
	local parent staging
	parent=$(dirname "$sample_copy")
	mkdir -p "$parent"
	staging=$(mktemp -d "$parent/.sample-workspace.XXXXXX")
	cp -R "$sample/." "$staging/"
	mv "$staging" "$sample_copy"
}

if [ $# -gt 0 ]; then
	workspace=$1
	shift
	mkdir -p "$workspace"
else
	workspace=$sample_copy
	if [ ! -e "$workspace" ]; then
		if [ ! -f "$sample/organisation.xmi" ]; then
			echo "The sample workspace $sample has no organisation.xmi. Restore it from git, or name a workspace folder." >&2
			exit 1
		fi
		copy_sample
		echo "Copied the sample workspace to $workspace. Delete that folder to start again from the sample."
	elif [ ! -f "$workspace/organisation.xmi" ]; then
		echo "$workspace exists but is not a workspace: organisation.xmi is missing. Delete the folder to copy the sample again, or name a workspace folder." >&2
		exit 1
	fi
	echo "Workspace: $workspace"
fi

exec java -jar "${launchers[0]}" -data "$workspace" -consoleLog "$@"
