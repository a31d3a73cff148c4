#!/usr/bin/env bats
# vn-normalize on the project's data (../shared): Unicode's own cases,
# idempotence and line counts over every corpus file, and the seeds.

setup() {
	load '../test_helper'
	require_shared
	cd "$BATS_TEST_TMPDIR"
}

# Hex code points ("0061 0300") to UTF-8.
hex_to_utf8() {
	local cp out=
	for cp in $1; do out+=$(printf "\\U$(printf %08x "0x$cp")"); done
	printf '%s' "$out"
}

@test "Unicode NormalizationTest cases: each form of a letter comes out as its NFC" {
	local c1 c2 c3 rest n=0
	while IFS=';' read -r c1 c2 c3 rest; do
		[[ $c1 == \#* || -z $c1 ]] && continue
		for form in "$c1" "$c2" "$c3"; do
			hex_to_utf8 "$form" >> in.txt; echo >> in.txt
			hex_to_utf8 "$c2" >> want.txt; echo >> want.txt
		done
		n=$((n + 1))
	done < "$SHARED_DIR/corpus/unicode/NormalizationTest-vi-subset.txt"
	[ "$n" -gt 100 ]
	vn-normalize in.txt > got.txt
	diff want.txt got.txt
}

@test "every Vietnamese letter in every mark order composes to one letter" {
	local input nfc nfd ch n=0
	# The file's own NFC column, where NFC makes one code point; where it
	# cannot (a tone typed before the breve), the letter with the same marks.
	LC_ALL=C awk -F'\t' '!/^#/ {
		n = split($1, c, " "); key = c[1]
		m = ""; for (i = 2; i <= n; i++) m = m " " c[i]
		if (n == 3 && c[2] > c[3]) m = " " c[3] " " c[2]
		if ($2 !~ / /) letter[key m] = $2
		rows[++r] = $1 "\t" key m
	} END { for (i = 1; i <= r; i++) { split(rows[i], f, "\t"); print f[1] "\t" letter[f[2]] } }' \
		"$SHARED_DIR/corpus/unicode/vi-letters-nfc-nfd.tsv" > cases.tsv
	while IFS=$'\t' read -r input nfc; do
		[ -n "$nfc" ] || { echo "no composed letter for $input"; return 1; }
		hex_to_utf8 "$input" >> in.txt; echo >> in.txt
		hex_to_utf8 "$nfc" >> want.txt; echo >> want.txt
		n=$((n + 1))
	done < cases.tsv
	[ "$n" -gt 200 ]
	vn-normalize in.txt > got.txt
	diff want.txt got.txt
}

@test "idempotent and line-preserving on every file of ../shared/corpus" {
	local f n=0
	while IFS= read -r f; do
		for opts in "" "--tone=new --ascii-punct" "--fold"; do
			# shellcheck disable=SC2086
			vn-normalize $opts "$f" > once.txt 2> /dev/null
			# shellcheck disable=SC2086
			vn-normalize $opts once.txt > twice.txt
			cmp -s once.txt twice.txt || { echo "not idempotent ($opts): $f"; diff once.txt twice.txt | head; return 1; }
			[ "$(wc -l < once.txt)" -eq "$(sed -e '$a\' "$f" | wc -l)" ] ||
				{ echo "line count changed ($opts): $f"; return 1; }
		done
		n=$((n + 1))
	done < <(find "$SHARED_DIR/corpus" -type f | sort)
	[ "$n" -ge 8 ]
}

@test "the seeds: one tone style, no NBSP, fixed spacing, nothing else changed" {
	local seed nbsp=0 tones=0 punct=0
	for seed in "$SHARED_DIR"/corpus/seeds/*.txt; do
		vn-normalize "$seed" > out.txt
		# Every change is one the reference rules (written apart from the
		# tool, in sed) make; so nothing else changed.
		"$TESTS_DIR/seed-reference.sh" "$ROOT_DIR/data" < "$seed" > want.txt
		diff want.txt out.txt
		! grep -q $'\xc2\xa0' out.txt
		# One tone style: the new-style rules find nothing left to change.
		"$TESTS_DIR/seed-reference.sh" "$ROOT_DIR/data" < out.txt | cmp -s - out.txt
		! grep -Eq ' [,;:!?]|[,;:!?…][[:alpha:]]|,,' out.txt
		# Count what each kind of change did, to show the rules were used.
		nbsp=$((nbsp + $(grep -c $'\xc2\xa0' "$seed" || true)))
		tones=$((tones + $(diff <(tr ' ' '\n' < "$seed") <(tr ' ' '\n' < out.txt) | grep -c '^> .*\(ủy\|Ủy\|òa\|ỏe\|ủy\)' || true)))
		punct=$((punct + $(grep -Ec ' [,;:!?]|[,;:!?][[:alpha:]]|,,' "$seed" || true)))
	done
	echo "nbsp lines $nbsp, tone words $tones, punctuation lines $punct"
	[ "$nbsp" -gt 0 ] && [ "$tones" -gt 0 ] && [ "$punct" -gt 0 ]
	grep -q 'đạo đức công vụ, ý thức' <(vn-normalize "$SHARED_DIR"/corpus/seeds/*.txt)
}
