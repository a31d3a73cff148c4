#!/usr/bin/env bats
# vn-normalize --tone: both styles over the full generated set of syllables
# whose mark placement involves oa, oă, oe or uy, and the qu- syllables.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
	LC_ALL=C awk -f "$TESTS_DIR/gen-syllables.awk" "$ROOT_DIR/data/vi-letters.tsv" \
		"$ROOT_DIR/data/vi-onsets.txt" "$ROOT_DIR/data/vi-rimes.txt" > syllables.tsv
}

check_style() {
	local style=$1 column=$2
	cut -f1 syllables.tsv | vn-normalize --tone="$style" > got.txt
	cut -f"$column" syllables.tsv > want.txt
	diff want.txt got.txt | head -20
	cmp -s want.txt got.txt
}

@test "the generated set covers every onset, rime, tone, casing and mark place" {
	[ "$(wc -l < syllables.tsv)" -gt 20000 ]
	grep -q $'^hòa\thòa\thoà\thòa$' syllables.tsv
	grep -q $'^THUỶ\tTHỦY\tTHUỶ\tTHUỶ$' syllables.tsv
	grep -q $'^nghòan\tnghoàn\tnghoàn\tnghoàn$' syllables.tsv
	grep -q $'^qúy\tquý\tquý\tquý$' syllables.tsv
	grep -q $'^Khuỳnh\tKhuỳnh\tKhuỳnh\tKhuỳnh$' syllables.tsv
}

@test "--tone=old puts every mark where the old style wants it" {
	check_style old 2
}

@test "--tone=new puts every mark where the new style wants it" {
	check_style new 3
}

@test "--tone=keep keeps either style and repairs the rest" {
	check_style keep 4
}

@test "the default style is old" {
	cut -f1 syllables.tsv | vn-normalize | cmp -s - <(cut -f2 syllables.tsv)
}

@test "the same holds for the syllables inside sentences" {
	cut -f1 syllables.tsv | paste -d' ' - - - - - - - - | sed 's/ /, /3; s/$/./' > in.txt
	cut -f3 syllables.tsv | paste -d' ' - - - - - - - - | sed 's/ /, /3; s/$/./' > want.txt
	vn-normalize --tone=new in.txt | cmp -s - want.txt
}

@test "the output is stable: normalizing it again changes nothing" {
	for style in old new keep; do
		cut -f1 syllables.tsv | vn-normalize --tone="$style" > once.txt
		vn-normalize --tone="$style" once.txt | cmp -s - once.txt
	done
}
