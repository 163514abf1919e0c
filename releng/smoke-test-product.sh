#!/usr/bin/env bash
# Starts the materialized product on a copy of the sample workspace and checks that the workbench
# comes up: the navigator must show the loaded workspace within the time limit, and the log must
# hold no error entry. Prints the start-up times that the org.sipqm.ui/debug/startup trace option
# logs. Catches what the unit tests cannot see, such as a bundle missing from the product.
# Needs an X display (releng/test.sh provides one) and a product built by ./mvnw verify.
#
# SIPQM_STARTUP_LIMIT_MS sets the longest accepted time from JVM start until the navigator shows
# the workspace, in milliseconds (default 20000, generous for a loaded two-core machine).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
sample="$root/releng/sample-workspace"
timeout_seconds=60
limit_ms=${SIPQM_STARTUP_LIMIT_MS:-20000}

launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
if [ ! -f "${launchers[0]}" ]; then
	echo "No product under $product: run ./mvnw verify first." >&2
	exit 1
fi
if [ ! -f "$sample/organisation.xmi" ]; then
	echo "The sample workspace $sample has no organisation.xmi: restore it from git." >&2
	exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -R "$sample" "$scratch/sample-workspace"
printf 'org.sipqm.ui/debug/startup=true\n' > "$scratch/startup.options"

# -configuration keeps the product folder unchanged, so the smoke test can run repeatedly.
java -jar "${launchers[0]}" -data "$scratch/sample-workspace" -configuration "$scratch/configuration" \
	-consoleLog -debug "$scratch/startup.options" > "$scratch/console.log" 2>&1 &
workbench_pid=$!

shown=false
for _ in $(seq 1 $((timeout_seconds * 2))); do
	if grep -q 'Navigator shows the workspace' "$scratch/console.log"; then
		shown=true
		break
	fi
	kill -0 "$workbench_pid" 2>/dev/null || break
	sleep 0.5
done

# Give the workbench a moment to log anything that fails right after the workspace is shown.
sleep 2
kill "$workbench_pid" 2>/dev/null || true
wait "$workbench_pid" 2>/dev/null || true

# Equinox log entries with severity 4 (error) look like "!ENTRY <bundle> 4 ...".
errors=$(grep -c '^!ENTRY [^ ]* 4 ' "$scratch/console.log" || true)
navigator_ms=$(sed -n 's/.*Navigator shows the workspace .* \([0-9][0-9]*\) ms after the JVM started.*/\1/p' \
	"$scratch/console.log" | head -n 1)
in_time=false
if [ -n "$navigator_ms" ] && [ "$navigator_ms" -le "$limit_ms" ]; then
	in_time=true
fi

if [ "$shown" = true ] && [ "$in_time" = true ] && [ "$errors" -eq 0 ]; then
	grep -o 'Welcome part created.*' "$scratch/console.log" || true
	grep -o 'Navigator shows the workspace.*' "$scratch/console.log"
	echo "smoke: 1 passed, 0 failed"
	exit 0
fi

echo "The workbench did not start cleanly (navigator showed the workspace: $shown, after ${navigator_ms:-?} ms," \
	"limit $limit_ms ms; error entries: $errors). Console output:" >&2
cat "$scratch/console.log" >&2
echo "smoke: 0 passed, 1 failed"
exit 1
