#!/usr/bin/env bash
# Starts the materialized product on an empty workspace and checks that the workbench window
# comes up: the Welcome part must be created within the time limit and the log must hold no
# error entry. Catches what the unit tests cannot see, such as a bundle missing from the product.
# Needs an X display (releng/test.sh provides one) and a product built by ./mvnw verify.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
timeout_seconds=60

launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
if [ ! -f "${launchers[0]}" ]; then
	echo "No product under $product: run ./mvnw verify first." >&2
	exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/workspace"
printf 'org.sipqm.ui/debug/startup=true\n' > "$scratch/startup.options"

# -configuration keeps the product folder unchanged, so the smoke test can run repeatedly.
java -jar "${launchers[0]}" -data "$scratch/workspace" -configuration "$scratch/configuration" \
	-consoleLog -debug "$scratch/startup.options" > "$scratch/console.log" 2>&1 &
workbench_pid=$!

started=false
for _ in $(seq 1 $((timeout_seconds * 2))); do
	if grep -q 'Welcome part created' "$scratch/console.log"; then
		started=true
		break
	fi
	kill -0 "$workbench_pid" 2>/dev/null || break
	sleep 0.5
done

# Give the workbench a moment to log anything that fails right after the part is created.
sleep 2
kill "$workbench_pid" 2>/dev/null || true
wait "$workbench_pid" 2>/dev/null || true

# Equinox log entries with severity 4 (error) look like "!ENTRY <bundle> 4 ...".
errors=$(grep -c '^!ENTRY [^ ]* 4 ' "$scratch/console.log" || true)
if [ "$started" = true ] && [ "$errors" -eq 0 ]; then
	grep -o 'Welcome part created.*' "$scratch/console.log"
	echo "smoke: 1 passed, 0 failed"
	exit 0
fi

echo "The workbench did not start cleanly (Welcome part created: $started, error entries: $errors). Console output:" >&2
cat "$scratch/console.log" >&2
echo "smoke: 0 passed, 1 failed"
exit 1
