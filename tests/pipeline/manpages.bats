#!/usr/bin/env bats
# Every tool has an mdoc man page with the sections users look for, and
# every option --help lists is documented there.

setup() {
	load '../test_helper'
}

tools() {
	ls "$VNPIPE_BIN"
}

@test "every tool has a man page with SYNOPSIS, DESCRIPTION, OPTIONS, EXIT STATUS, EXAMPLES" {
	for tool in $(tools); do
		page="$ROOT_DIR/man/$tool.1"
		[ -f "$page" ] || { echo "no man page for $tool"; return 1; }
		for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES; do
			grep -qx "\.Sh $section" "$page" || { echo "$tool.1 lacks $section"; return 1; }
		done
		grep -q "^\.Dt $(echo "$tool" | tr a-z A-Z) 1" "$page"
	done
}

@test "every option in --help is in the man page, and the other way round" {
	for tool in $(tools); do
		page="$ROOT_DIR/man/$tool.1"
		help=$("$tool" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
		# mdoc writes --foo as "Fl \-foo".
		man=$(sed -e 's/Fl \\-/--/g' -e 's/\\-/-/g' "$page" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
		missing=$(comm -23 <(echo "$help") <(echo "$man"))
		extra=$(comm -13 <(echo "$help") <(echo "$man"))
		[ -z "$missing" ] || { echo "$tool: in --help, not in $tool.1: $missing"; return 1; }
		[ -z "$extra" ] || { echo "$tool: in $tool.1, not in --help: $extra"; return 1; }
	done
}

@test "every tool's -v prints one summary line: documents, lines, records, seconds" {
	printf 'Năm 2023, tỉnh đạt 95%% hồ sơ đúng hạn theo Quyết định số 12/QĐ-UBND.\n' > "$BATS_TEST_TMPDIR/in.txt"
	for tool in $(tools); do
		input="$BATS_TEST_TMPDIR/in.txt"
		[ "$tool" = to-tsv ] && { cite-extract "$input" > "$BATS_TEST_TMPDIR/in.jsonl"; input="$BATS_TEST_TMPDIR/in.jsonl"; }
		run --separate-stderr "$tool" -v "$input"
		assert_success
		[[ "$stderr" =~ ^$tool:\ 1\ documents,\ 1\ lines,\ [0-9]+\ records,\ [0-9.]+\ s$ ]] ||
			{ echo "$tool -v said: $stderr"; return 1; }
	done
}
