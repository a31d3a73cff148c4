# Loaded by every bats suite: the freshly built tools first on PATH, a
# pinned locale, and the bats-assert / bats-support helpers from Debian.
bats_require_minimum_version 1.5.0
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

: "${VNPIPE_BIN:?run the suites through 'make test'}"
PATH="$VNPIPE_BIN:$PATH"
export LC_ALL=C.UTF-8
TESTS_DIR="$(cd "$(dirname "${BATS_TEST_FILENAME}")" && pwd)"
ROOT_DIR="$(cd "$TESTS_DIR/.." && while [ ! -f Makefile ]; do cd ..; done; pwd)"
SHARED_DIR="$ROOT_DIR/../shared"

# Skip the current test when ../shared (the project's data) is not beside
# the checkout.
require_shared() {
	[ -d "$SHARED_DIR/corpus" ] || skip "../shared is not present"
}

# Run each fixtures/<tool>/NAME.in through CMD and compare with NAME.out.
# Optional NAME.args holds extra arguments for that case.
check_fixtures() {
	local dir=$1 tool=$2 in want args
	for in in "$dir"/*.in; do
		want=${in%.in}.out
		args=()
		[ -f "${in%.in}.args" ] && read -r -a args < "${in%.in}.args"
		run --separate-stderr "$tool" "${args[@]}" "$in"
		if [ "$output" != "$(cat "$want")" ]; then
			echo "fixture $(basename "$in") differs:"
			diff <(printf '%s\n' "$output") "$want" || true
			return 1
		fi
	done
}
