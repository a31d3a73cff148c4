#!/usr/bin/env bats
# The fuzz harnesses (tests/fuzz/fuzz_*.c), built without libFuzzer by
# `make test`, replayed over their hand seeds, every crash the fuzzers
# ever found (tests/fuzz/regressions/NAME/), and pieces of examples/ and
# ../shared/corpus/. Deterministic: the time-boxed fuzzing is `make fuzz`.

setup() {
	load '../test_helper'
	REPLAY_DIR="$VNPIPE_BIN/../fuzz-replay"
}

harness_names() {
	local f
	for f in "$ROOT_DIR"/tests/fuzz/fuzz_*.c; do
		f=${f##*/fuzz_}
		echo "${f%.c}"
	done
}

# replay NAME FILE...: run the harness over the files; on failure, say
# which input broke which property.
replay() {
	local name=$1
	shift
	[ "$#" -gt 0 ] || return 0
	run "$REPLAY_DIR/fuzz_$name" "$@"
	if [ "$status" -ne 0 ]; then
		echo "fuzz_$name failed (exit $status) on:"
		printf '%s\n' "$output" | grep -v '^vnpipe:' | tail -n 30
		return 1
	fi
}

@test "every harness is built and has hand seeds" {
	local name
	for name in $(harness_names); do
		[ -x "$REPLAY_DIR/fuzz_$name" ] || { echo "fuzz_$name not built"; return 1; }
		compgen -G "$ROOT_DIR/tests/fuzz/seeds/$name/*" > /dev/null ||
			{ echo "tests/fuzz/seeds/$name/ is empty"; return 1; }
	done
}

@test "every harness holds on its hand seeds" {
	local name
	for name in $(harness_names); do
		replay "$name" "$ROOT_DIR"/tests/fuzz/seeds/"$name"/*
	done
}

@test "every crash the fuzzers found stays fixed (tests/fuzz/regressions)" {
	local name
	for name in $(harness_names); do
		[ -d "$ROOT_DIR/tests/fuzz/regressions/$name" ] || continue
		replay "$name" "$ROOT_DIR"/tests/fuzz/regressions/"$name"/*
	done
}

@test "every harness holds on pieces of examples/ and ../shared/corpus" {
	local name files
	for name in $(harness_names); do
		"$ROOT_DIR/tests/fuzz/seed-corpus" "$ROOT_DIR/tests/fuzz/fuzz_$name.c" "$BATS_TEST_TMPDIR/$name"
		files=("$BATS_TEST_TMPDIR/$name"/*)
		[ -e "${files[0]}" ] || continue
		replay "$name" "${files[@]}"
	done
}
