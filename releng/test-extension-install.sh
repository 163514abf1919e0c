#!/usr/bin/env bash
# End-to-end test of installing a regional extension into a built product with the p2 director.
# It copies the national product, installs org.sipqm.example.region.feature from the built update
# site into the copy with the director application, headless, and checks with the copy's own
# `sipqm framework` command that the East Midlands criteria are there, marked with their origin.
# It also checks the East Midlands product, which has the extension built in, and its default
# preferences. The national product stays unchanged. Needs the products and the update site of ./mvnw verify; fails on any step.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"

product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
regional="$root/releng/org.sipqm.product.eastmidlands/target/products/org.sipqm.product.eastmidlands/linux/gtk/x86_64"
repository="$root/releng/org.sipqm.updatesite/target/repository"
feature=org.sipqm.example.region.feature.feature.group
region=org.sipqm.example.region
passed=0

fail() {
	echo "install-extension: $*" >&2
	echo "install-extension: $passed passed, 1 failed"
	exit 1
}

pass() {
	passed=$((passed + 1))
	echo "install-extension: ok: $*"
}

# Prints the output of `sipqm framework --schedule 4` of the product folder $1, or fails.
framework_of() {
	"$1/sipqm" framework --schedule 4 2>&1 || fail "'$1/sipqm framework --schedule 4' failed with status $?"
}

# Fails unless the framework output $1 of product $2 lists the two East Midlands criteria with their origin and no rejection.
expect_regional_criteria() {
	local criterion
	for criterion in 1.2.EM1 1.2.EM2; do
		grep -qF "$criterion [$region]" <<<"$1" || fail "$2: criterion $criterion [$region] is missing from 'sipqm framework':"$'\n'"$1"
	done
	if grep -q "Rejected framework contributions" <<<"$1"; then
		fail "$2: the framework registry rejected contributions:"$'\n'"$1"
	fi
}

[ -d "$product/plugins" ] || fail "no product under $product: run ./mvnw verify first."
[ -d "$regional/plugins" ] || fail "no East Midlands product under $regional: run ./mvnw verify first."
[ -f "$repository/artifacts.jar" ] || [ -f "$repository/artifacts.xml.xz" ] \
	|| fail "no update site under $repository: run ./mvnw verify first."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The sipqm script keeps its OSGi cache under XDG_CACHE_HOME; a fresh one per run keeps runs apart.
export XDG_CACHE_HOME="$scratch/cache"
copy="$scratch/product"
cp -a "$product" "$copy"

before=$(framework_of "$copy")
if grep -qF "[$region]" <<<"$before"; then
	fail "the copy of the national product lists East Midlands criteria before the install."
fi
pass "the national product has no East Midlands criteria"

profiles=("$copy"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile)
[ -d "${profiles[0]}" ] || fail "the product has no p2 profile under $copy/p2/org.eclipse.equinox.p2.engine/profileRegistry."
profile=$(basename "${profiles[0]}" .profile)
launchers=("$copy"/plugins/org.eclipse.equinox.launcher_*.jar)

started=$(date +%s%N)
if ! "$JAVA_HOME/bin/java" -jar "${launchers[0]}" -nosplash -consoleLog \
	-application org.eclipse.equinox.p2.director \
	-repository "file:$repository" -installIU "$feature" \
	-destination "$copy" -profile "$profile" >"$scratch/director.log" 2>&1; then
	cat "$scratch/director.log" >&2
	fail "the p2 director failed to install $feature."
fi
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
if ! grep -q "Operation completed" "$scratch/director.log"; then
	cat "$scratch/director.log" >&2
	fail "the p2 director did not report a completed operation."
fi
pass "the p2 director installed $feature into profile $profile in $elapsed_ms ms"

ls "$copy"/plugins/"$region"_*.jar >/dev/null 2>&1 || fail "the install left no $region jar in $copy/plugins."
grep -q "^$region," "$copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
	|| fail "the install did not add $region to the product's bundles.info."
pass "the copy's plugins folder and bundles.info hold $region"

expect_regional_criteria "$(framework_of "$copy")" "the national product after the install"
pass "'sipqm framework' of the copy lists 1.2.EM1 and 1.2.EM2 marked [$region]"

national=$(framework_of "$product")
grep -qF "[$region]" <<<"$national" && fail "the install changed the national product in $product."
pass "the national product itself is unchanged"

expect_regional_criteria "$(framework_of "$regional")" "the East Midlands product"
pass "'sipqm framework' of the East Midlands product lists its criteria marked [$region]"

# The regional rule with the regional default of plugin_customization.ini (maxWeeks=8, where the
# rule's own default is 12). The sample workspace has agreed actions due 8 to 12 weeks after the visit.
status=0
"$regional/sipqm" validate "$root/releng/sample-workspace" >"$scratch/validate.txt" 2>&1 || status=$?
[ "$status" -le 1 ] || { cat "$scratch/validate.txt" >&2; fail "'sipqm validate' of the East Midlands product failed with status $status."; }
grep -q "em.action-due-date: .* more than 8 weeks after the visit" "$scratch/validate.txt" \
	|| fail "the East Midlands product reported no em.action-due-date finding with its default of 8 weeks for releng/sample-workspace."
pass "the East Midlands product runs rule em.action-due-date with its default maxWeeks=8"

echo "install-extension: $passed passed, 0 failed"
