# Shared by the property suites: load the test helper, work in the test's
# own directory, skip until a tool is built, and draw the seeds.

load '../test_helper'
cd "$BATS_TEST_TMPDIR" || exit 1

require_tool() {
	[ -x "$VNPIPE_BIN/$1" ] || skip "$1 is not built yet"
}

# Three random seeds a run, or those in VNPIPE_SEED (one or several, as
# CI gives them).
seeds() {
	if [ -n "${VNPIPE_SEED:-}" ]; then
		printf '%s\n' $VNPIPE_SEED
	else
		for _ in 1 2 3; do echo "$RANDOM"; done
	fi
}
