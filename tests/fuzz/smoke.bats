#!/usr/bin/env bats
# Short libFuzzer runs, part of `make test`: each harness on 2,000 inputs
# from seed 1, starting from its hand seeds, its regressions and the
# pieces of examples/ and ../shared/corpus/ (never from the corpus that
# `make fuzz` grows in build/fuzz/corpus), so that every run tries the same
# inputs and a failure stays until it is fixed. CI then fuzzes 20,000
# inputs a harness and the soak ten minutes (tests/FUZZING.md).
#
# Needs clang with libFuzzer (`make deps` installs it) and skips without
# it; under SANITIZE=1 it skips too, the libFuzzer build being sanitized
# already.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

have_libfuzzer() {
	printf 'int LLVMFuzzerTestOneInput(const char *d, long n) { return (int)(d[0] + n) * 0; }\n' |
		"${FUZZ_CC:-clang}" -x c -fsanitize=fuzzer,address,undefined -o /dev/null - 2>/dev/null
}

@test "every fuzz harness holds on 2,000 libFuzzer inputs from a fixed seed" {
	[[ $VNPIPE_BIN == */sanitize/* ]] && skip "the libFuzzer build is sanitized already"
	have_libfuzzer || skip "clang with libFuzzer is not installed (make deps)"
	run make -C "$ROOT_DIR" --no-print-directory FUZZ=1 fuzzers
	assert_success
	# A build directory of our own: the fuzzers, a fresh corpus.
	mkdir -p smoke
	ln -s "$ROOT_DIR/build/fuzz/fuzzers" smoke/fuzzers
	local names=() f
	for f in "$ROOT_DIR"/tests/fuzz/fuzz_*.c; do
		f=${f##*/}
		names+=("${f%.c}")
	done
	run env FUZZ_RUNS=2000 FUZZ_SEED=1 "$ROOT_DIR/tests/fuzz/run" "$PWD/smoke" 0 "${names[@]}"
	echo "$output" | grep -v '^vnpipe:' | tail -n 40
	assert_success
	# One summary line a harness, none failed.
	[ "$(grep -c ' runs ' <<<"$output")" -eq "${#names[@]}" ]
}
