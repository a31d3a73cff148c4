#!/usr/bin/env bats
# Properties of vn-normalize and vn-segment on random Vietnamese-like text
# (gen-text.awk), from the contract (PIPELINE.md section 1): normalize
# keeps line N on line N and is idempotent; segment never loses or adds a
# character other than white space (NBSP, zero-width space and BOM count
# as white space: segment may treat them so). Each test skips until its tool is
# built. Each run draws new seeds; a failure prints its seed, and
# VNPIPE_SEED=N reruns that one (or "N M": several).

setup() {
	load 'property_helper'
}

# generate SEED [awk -v settings...] > FILE
generate() {
	local seed=$1
	shift
	awk -v seed="$seed" -v lines=300 "$@" -f "$TESTS_DIR/gen-text.awk"
}

# Lines as the tools count them: a last line without LF is a line.
count_lines() {
	local n
	n=$(tr -dc '\n' < "$1" | wc -c)
	[ -s "$1" ] && [ "$(tail -c 1 "$1" | od -An -tx1 | tr -d ' ')" != 0a ] && n=$((n + 1))
	echo "$n"
}

# The characters of FILE other than white space (ASCII, NBSP, zero-width
# space, BOM) and whatever else is named, in order.
visible() {
	tr -d " \t\r\n$2" < "$1" | LC_ALL=C sed 's/\xc2\xa0//g; s/\xe2\x80\x8b//g; s/\xef\xbb\xbf//g'
}

# same_characters IN OUT [more to ignore]: fail, showing where, when OUT
# lost or added a character of IN.
same_characters() {
	local at
	visible "$1" "${3:-}" > in.visible
	visible "$2" "${3:-}" > out.visible
	at=$(cmp in.visible out.visible | sed -n 's/.* byte \([0-9]*\),.*/\1/p')
	if [ -n "$at" ] || ! cmp -s in.visible out.visible; then
		echo "first difference at byte ${at:-(one is a prefix of the other)} of the visible text:"
		echo "  in:  $(head -c "$((${at:-0} + 30))" in.visible | tail -c 70 | od -An -c | tr -s ' ' | tr -d '\n')"
		echo "  out: $(head -c "$((${at:-0} + 30))" out.visible | tail -c 70 | od -An -c | tr -s ' ' | tr -d '\n')"
		return 1
	fi
}

@test "vn-normalize: line N out is line N in, markers stay on their lines" {
	require_tool vn-normalize
	local seed
	for seed in $(seeds); do
		generate "$seed" -v messy=1 -v nfd=1 > in.txt
		printf 'Tỉnh\0 đạt 80,5%%\r\nkhông có LF ở cuối' >> in.txt
		vn-normalize in.txt > out.txt 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		[ "$(count_lines out.txt)" -eq "$(count_lines in.txt)" ] || {
			echo "seed $seed: $(count_lines in.txt) lines in, $(count_lines out.txt) out"
			return 1
		}
		diff <(grep -an '^# newdoc' in.txt | cut -d: -f1) \
			<(grep -an '^# newdoc' out.txt | cut -d: -f1) || { echo "seed $seed"; return 1; }
		iconv -f UTF-8 -t UTF-8 out.txt > /dev/null || { echo "seed $seed: invalid UTF-8 out"; return 1; }
	done
}

@test "vn-normalize is idempotent, whichever tone style, folded or not" {
	require_tool vn-normalize
	local seed opts
	for seed in $(seeds); do
		generate "$seed" -v messy=1 -v nfd=1 > in.txt
		for opts in '' --tone=new --tone=keep --fold --ascii-punct; do
			vn-normalize $opts in.txt > once.txt 2> /dev/null
			vn-normalize $opts once.txt > twice.txt 2> err ||
				{ echo "seed $seed $opts: exit $?"; cat err; return 1; }
			cmp -s once.txt twice.txt || {
				echo "seed $seed, options '$opts': a second pass changes:"
				diff once.txt twice.txt | head -n 10
				return 1
			}
		done
	done
}

@test "vn-segment never loses or adds a character other than white space" {
	require_tool vn-segment
	local seed
	for seed in $(seeds); do
		generate "$seed" -v messy=1 -v valid=1 -v nfd=1 > in.txt
		vn-segment in.txt > out.txt 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		same_characters in.txt out.txt || { echo "seed $seed"; return 1; }
	done
}

@test "vn-segment -w never loses or adds a character other than spaces and _" {
	require_tool vn-segment
	local seed
	for seed in $(seeds); do
		generate "$seed" -v messy=1 -v valid=1 -v nfd=1 > in.txt
		vn-segment -w in.txt > out.txt 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		same_characters in.txt out.txt _ || { echo "seed $seed"; return 1; }
	done
}

@test "vn-segment passes the output of vn-normalize through without loss" {
	require_tool vn-normalize
	require_tool vn-segment
	local seed
	for seed in $(seeds); do
		generate "$seed" -v messy=1 -v nfd=1 | vn-normalize 2> /dev/null > in.txt
		vn-segment in.txt > out.txt 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		same_characters in.txt out.txt || { echo "seed $seed"; return 1; }
	done
}
