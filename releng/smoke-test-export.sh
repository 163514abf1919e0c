#!/usr/bin/env bash
# Runs `sipqm export` from the built product once per format on the committed sample workspace
# and checks that each run exits 0 and writes files of that format. The export libraries are
# wrapped jars whose missing imports only show when they run, so only this product-level run
# proves that PDF, HTML, XLSX and CSV work inside the product's OSGi runtime.
# Needs a product built by ./mvnw verify; no display is needed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
if [ ! -x "$product/sipqm" ]; then
	echo "No product under $product: run ./mvnw verify first." >&2
	exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The command line keeps its OSGi cache under XDG_CACHE_HOME; a fresh one keeps this run apart.
export XDG_CACHE_HOME="$scratch/cache"

passed=0
failed=0
check() {
	local format=$1 signature=$2
	shift 2
	local output="$scratch/$format"
	if "$product/sipqm" export --format "$format" "$@" --output "$output" "$root/releng/sample-workspace" \
		> "$scratch/$format.log" 2>&1; then
		local files bad=0
		files=$(find "$output" -type f -name "*.$format" | wc -l)
		for file in "$output"/*."$format"; do
			head -c 5 "$file" | grep -q "$signature" || bad=$((bad + 1))
		done
		if [ "$files" -gt 0 ] && [ "$bad" -eq 0 ]; then
			echo "export $format: $files files"
			passed=$((passed + 1))
			return
		fi
		echo "export $format: $files files, $bad without the $format signature" >&2
	else
		echo "export $format failed:" >&2
	fi
	cat "$scratch/$format.log" >&2
	failed=$((failed + 1))
}

check pdf '%PDF-' --audience shared --la 831 --term spring
check html '<!DOC' --audience shared --la 831 --term spring
check xlsx 'PK' --audience internal
check csv 'Local' --audience shared

# Equinox writes a log file into the configuration area when anything failed.
if ls "$XDG_CACHE_HOME"/sipqm/cli-configuration/*.log > /dev/null 2>&1; then
	echo "The command line logged errors:" >&2
	cat "$XDG_CACHE_HOME"/sipqm/cli-configuration/*.log >&2
	failed=$((failed + 1))
fi

echo "smoke-export: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
