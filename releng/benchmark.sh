#!/usr/bin/env bash
# Runs a benchmark main class on the built product's bundles, outside OSGi, for example:
#   releng/benchmark.sh org.sipqm.core.internal.bench.LoadBenchmark
# Builds the product first when it is missing. Benchmarks print figures; none of them is a test.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"

if [ $# -lt 1 ]; then
	echo "Usage: releng/benchmark.sh <main class> [arguments]" >&2
	exit 2
fi

product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
if [ ! -d "$product/plugins" ]; then
	echo "Building the product first (./mvnw -B verify -DskipTests)..."
	(cd "$root" && ./mvnw -B -q verify -DskipTests)
fi

exec "$JAVA_HOME/bin/java" -Xmx4g -cp "$product/plugins/*" "$@"
