#!/usr/bin/env bats
# to-tsv properties on random JSON Lines (gen-jsonl.awk): a row for every
# record whatever its strings hold, and cells that agree with jq's @tsv,
# which uses the same escaping. Each run draws new seeds; a failure
# prints its seed, and VNPIPE_SEED=N reruns that one.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

seeds() {
	if [ -n "${VNPIPE_SEED:-}" ]; then
		echo "$VNPIPE_SEED"
	else
		for _ in 1 2 3 4 5; do echo "$RANDOM"; done
	fi
}

generate() { # SEED [plain]
	awk -v seed="$1" -v records=400 -v plain="${2:-0}" -f "$TESTS_DIR/gen-jsonl.awk"
}

@test "one row per record, every row with the header's number of cells" {
	local seed records rows bad
	for seed in $(seeds); do
		generate "$seed" > in.jsonl
		# The generator's own check: jq reads every record.
		records=$(jq -c . in.jsonl | wc -l)
		[ "$records" -eq "$(grep -c '[^[:space:]]' in.jsonl)" ]
		to-tsv in.jsonl > out.tsv 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		rows=$(wc -l < out.tsv)
		[ "$rows" -eq $((records + 1)) ] || { echo "seed $seed: $records records, $rows rows"; return 1; }
		bad=$(awk '{ c = gsub(/\t/, "&") } NR == 1 { n = c } c != n { print NR; exit }' out.tsv)
		[ -z "$bad" ] || { echo "seed $seed: row $bad has another number of cells"; return 1; }
	done
}

@test "split over two files and stdin, still one row per record" {
	local seed records
	for seed in $(seeds); do
		generate "$seed" > in.jsonl
		records=$(jq -c . in.jsonl | wc -l)
		head -n 150 in.jsonl > a.jsonl
		sed -n '151,300p' in.jsonl > b.jsonl
		tail -n +301 in.jsonl > c.jsonl
		to-tsv --no-header a.jsonl - c.jsonl < b.jsonl > out.tsv
		[ "$(wc -l < out.tsv)" -eq "$records" ] || { echo "seed $seed"; return 1; }
	done
}

@test "cells of strings, null and booleans are what jq @tsv writes" {
	local seed
	for seed in $(seeds); do
		generate "$seed" plain > in.jsonl
		to-tsv --no-header -f k1,k2,k3,k4,k5 in.jsonl > got.tsv
		jq -r '[.k1, .k2, .k3, .k4, .k5] | @tsv' in.jsonl > want.tsv
		cmp -s got.tsv want.tsv || {
			echo "seed $seed: to-tsv and jq differ:"
			diff got.tsv want.tsv | head -n 10
			return 1
		}
	done
}
