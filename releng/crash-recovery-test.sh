#!/usr/bin/env bash
# Kills the built product while an evaluation has unsaved typing and checks that the autosave
# journal brings the typing back. The script copies the sample workspace to a scratch folder and
# starts the product with -openEvaluation on a draft LA self-evaluation. It types a sentence into
# the first judgement's rationale with xdotool, waits for the journal entry and kills the product
# with SIGKILL. It then starts the product again, accepts the recovery dialogue, saves with Ctrl+S,
# exits cleanly and greps the saved file for the sentence. Every step that fails stops the script
# with a message.
# Needs an X display (releng/test.sh provides one), xdotool and a product built by ./mvnw verify.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/releng/java-home.sh"
product="$root/releng/org.sipqm.product/target/products/org.sipqm.product/linux/gtk/x86_64"
sample="$root/releng/sample-workspace"
# A draft, so that its editor is editable; //@judgements.0 is its first judgement.
evaluation="evaluations/la-831/2007-08/se-831-2007-08-summer.xmi"
typed="Recovered after a crash $(date +%s)"
timeout_seconds=90

fail() {
	echo "crash recovery: $*" >&2
	if [ -n "${console:-}" ] && [ -f "$console" ]; then
		echo "--- console output of the last run ($console) ---" >&2
		tail -n 60 "$console" >&2
	fi
	echo "crash-recovery: 0 passed, 1 failed"
	exit 1
}

launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
[ -f "${launchers[0]}" ] || fail "no product under $product: run ./mvnw verify first."
command -v xdotool >/dev/null || fail "xdotool is missing: install the Debian package xdotool."
[ -n "${DISPLAY:-}" ] || fail "DISPLAY is not set: run under xvfb-run or releng/test.sh."
[ -f "$sample/$evaluation" ] || fail "the sample workspace has no $evaluation: restore it from git."

scratch=$(mktemp -d)
workbench_pid=
cleanup() {
	if [ -n "$workbench_pid" ] && kill -0 "$workbench_pid" 2>/dev/null; then
		kill -9 "$workbench_pid" 2>/dev/null || true
	fi
	rm -rf "$scratch"
}
trap cleanup EXIT
cp -R "$sample" "$scratch/workspace"
workspace="$scratch/workspace"
journal="$workspace/.sipqm/journal"

# Starts the product; the console goes to $console. Arguments go to the application.
start_product() {
	console="$scratch/console-$1.log"
	shift
	java -jar "${launchers[0]}" -data "$workspace" -configuration "$scratch/configuration" -consoleLog \
		"$@" > "$console" 2>&1 &
	workbench_pid=$!
}

# Waits until the console log matches the pattern, failing with the message after the timeout.
wait_for_log() {
	local pattern=$1 what=$2
	for _ in $(seq 1 $((timeout_seconds * 2))); do
		grep -q -- "$pattern" "$console" && return 0
		kill -0 "$workbench_pid" 2>/dev/null || fail "the product exited while waiting until $what."
		sleep 0.5
	done
	fail "timed out after $timeout_seconds s waiting until $what."
}

# Prints the id of the visible window whose title matches, waiting for it.
wait_for_window() {
	local title=$1 what=$2 id
	for _ in $(seq 1 $((timeout_seconds * 2))); do
		id=$(xdotool search --all --onlyvisible --pid "$workbench_pid" --name "$title" 2>/dev/null | tail -n 1 || true)
		if [ -n "$id" ]; then
			echo "$id"
			return 0
		fi
		kill -0 "$workbench_pid" 2>/dev/null || fail "the product exited while waiting for $what."
		sleep 0.5
	done
	fail "timed out after $timeout_seconds s waiting for $what (a window titled '$title')."
}

# 1. Start, open the evaluation with the first judgement's rationale focused, and type.
start_product first -openEvaluation "$evaluation#//@judgements.0"
wait_for_log "given with -openEvaluation" "the evaluation $evaluation opened"
window=$(wait_for_window "SIP QM Workbench" "the workbench window")
xdotool windowfocus --sync "$window" || fail "could not focus the workbench window $window."
sleep 1
xdotool type --delay 40 " $typed" || fail "xdotool could not type into the workbench."

# 2. Wait for the journal entry that contains the typing, then kill the product without warning.
entry_found=false
for _ in $(seq 1 40); do
	if grep -qs -- "$typed" "$journal"/*.journal; then
		entry_found=true
		break
	fi
	sleep 0.5
done
[ "$entry_found" = true ] || fail "no journal entry under $journal contains the typed text 20 s after typing."
sleep 3
kill -9 "$workbench_pid"
wait "$workbench_pid" 2>/dev/null || true
workbench_pid=
grep -q -- "$typed" "$workspace/$evaluation" && fail "$evaluation contains the typed text before any save."
echo "crash recovery: killed the product with SIGKILL; journal entry kept: $(ls "$journal")"

# 3. Start again: the recovery dialogue lists the entry, and Apply recovers it into the editor.
start_product second
dialog=$(wait_for_window "Recover Unsaved Edits" "the recovery dialogue")
xdotool windowfocus --sync "$dialog" || fail "could not focus the recovery dialogue."
sleep 2
if [ -n "${SIPQM_CRASH_SCREENSHOT:-}" ]; then
	import -window root "$SIPQM_CRASH_SCREENSHOT" || true
fi
# Alt+A is the mnemonic of Apply; the table has the focus and keeps Return for itself.
xdotool key --clearmodifiers alt+a || fail "xdotool could not press Alt+A (Apply) in the recovery dialogue."
for _ in $(seq 1 20); do
	xdotool search --all --onlyvisible --pid "$workbench_pid" --name "Recover Unsaved Edits" >/dev/null 2>&1 || break
	sleep 0.5
done
xdotool search --all --onlyvisible --pid "$workbench_pid" --name "Recover Unsaved Edits" >/dev/null 2>&1 \
	&& fail "the recovery dialogue is still open after pressing Alt+A (Apply)."

# 4. Save with Ctrl+S and check the file, then exit cleanly and check that the entry is gone.
window=$(wait_for_window "SIP QM Workbench" "the workbench window after recovery")
xdotool windowfocus --sync "$window" || fail "could not focus the workbench window after recovery."
sleep 1
xdotool key --clearmodifiers ctrl+s || fail "xdotool could not press Ctrl+S."
saved=false
for _ in $(seq 1 20); do
	if grep -q -- "$typed" "$workspace/$evaluation"; then
		saved=true
		break
	fi
	sleep 0.5
done
[ "$saved" = true ] || fail "$evaluation does not hold the typed text '$typed' after recovery and Ctrl+S."
kill -TERM "$workbench_pid"
for _ in $(seq 1 40); do
	kill -0 "$workbench_pid" 2>/dev/null || break
	sleep 0.5
done
if kill -0 "$workbench_pid" 2>/dev/null; then
	fail "the product did not exit within 20 s of SIGTERM."
fi
wait "$workbench_pid" 2>/dev/null || true
workbench_pid=
remaining=$(find "$journal" -name '*.journal' 2>/dev/null | wc -l)
[ "$remaining" -eq 0 ] || fail "$remaining journal entries are left after saving: $(ls "$journal")."

echo "crash recovery: $evaluation contains '$typed' after kill -9, recovery and Ctrl+S"
echo "crash-recovery: 1 passed, 0 failed"
