#!/usr/bin/env bats
# vn-normalize --from: round trips through every legacy encoding (encode
# with the table of data/encodings/, decode, compare) and --from=auto.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
	fixtures="$ROOT_DIR/tests/fixtures/vn-normalize"
	data="$ROOT_DIR/data"
	# Every letter of the alphabet, in both cases, in words of its own
	# (followed by m, so that a VIQR mark never ends a word).
	awk -F'\t' '!/^#/ && $3 ~ /[aeiouy]/ {printf "%s%sm", n++ ? " " : "", $2} END {print ""}' \
		"$data/vi-letters.tsv" > letters.txt
	awk -F'\t' '!/^#/ && $3 ~ /[AEIOUY]/ {printf "%s%sM", n++ ? " " : "", $2} END {print ""}' \
		"$data/vi-letters.tsv" >> letters.txt
	echo 'đm Đm' >> letters.txt
}

# encode ENC TABLE PASSTHROUGH < text > bytes
encode() {
	LC_ALL=C awk -v passthrough="$3" -v viqr="$([ "$1" = viqr ] && echo 1 || echo 0)" \
		-v tcvn3="$([ "$1" = tcvn3 ] && echo 1 || echo 0)" \
		-f "$TESTS_DIR/legacy-encode.awk" "$data/vi-letters.tsv" "$data/encodings/$2.tsv" -
}

round_trip() {
	local enc=$1 table=$2 pass=$3
	cat "$fixtures/legacy-text.txt" letters.txt "$fixtures/legacy-caps.txt" > want.txt
	if [ "$enc" = tcvn3 ]; then
		# TCVN3 has no accented capitals: only words in capitals come back.
		cat "$fixtures/legacy-text.txt" "$fixtures/legacy-caps.txt" > want.txt
		sed -n 1p letters.txt >> want.txt
	fi
	encode "$enc" "$table" "$pass" < want.txt > bytes.txt
	! cmp -s bytes.txt want.txt # really encoded
	run --separate-stderr vn-normalize --from="$enc" bytes.txt
	assert_success
	[ -z "$stderr" ]
	diff want.txt <(printf '%s\n' "$output")
	run --separate-stderr vn-normalize -v --from=auto bytes.txt
	assert_success
	[[ "$stderr" == *"bytes.txt: --from=auto chose $enc "* ]]
	diff want.txt <(printf '%s\n' "$output")
}

@test "round trip through CP1258 (tones as combining marks)" {
	round_trip cp1258 cp1258_glibc-iconv 0
}

@test "round trip through VISCII (the glibc table)" {
	round_trip viscii viscii_glibc-iconv 0
}

@test "round trip through TCVN3/ABC, capitals in upper-case words" {
	round_trip tcvn3 tcvn3-abc_unikey 1
}

@test "round trip through VNI-Windows (letter + mark byte)" {
	round_trip vni vni-windows_unikey 1
}

@test "round trip through VIQR, escaped marks included" {
	round_trip viqr viqr_unikey 1
}

@test "TCVN3: title-case capitals cannot be told from the bytes and stay lower case" {
	printf '\xf1y ban nh\xa9n d\xa9n' > t.txt # "ủy ban nhân dân", typed for Ủy
	run --separate-stderr vn-normalize --from=tcvn3 t.txt
	assert_output 'ủy ban nhân dân'
}

@test "VIQR: punctuation after a word stays punctuation" {
	printf 'Ha` No^.i. Ba.n co\x27 kho\x27e kho^ng? Ddu+o+.c, ca\x27m o+n\\.\n' > v.txt
	run --separate-stderr vn-normalize --from=viqr v.txt
	assert_output 'Hà Nội. Bạn có khóe không? Được, cám ơn.'
}

@test "VIQR: a byte above ASCII is read as ISO-8859-1, never copied raw into the UTF-8" {
	printf 'Ha\xe0 No^.i \xff\n' > v.txt
	run --separate-stderr vn-normalize --from=viqr v.txt
	assert_success
	assert_output 'Haà Nội ÿ'
}

@test "a byte the encoding does not define is U+FFFD with a warning" {
	printf 'abc \x81 x\n' > b.txt
	run --separate-stderr vn-normalize --from=cp1258 b.txt
	assert_success
	assert_output 'abc � x'
	[[ "$stderr" == *"b.txt:1: bytes not defined in cp1258: 1 byte(s) replaced by U+FFFD"* ]]
}

@test "--from=auto chooses per document and keeps UTF-8 as UTF-8" {
	encode tcvn3 tcvn3-abc_unikey 1 < "$fixtures/legacy-text.txt" > tcvn3.txt
	encode vni vni-windows_unikey 1 < "$fixtures/legacy-text.txt" > vni.txt
	cp "$fixtures/legacy-text.txt" utf8.txt
	printf 'h\xff\n' >> utf8.txt # a stray byte does not make it legacy
	run --separate-stderr vn-normalize -v --from=auto tcvn3.txt utf8.txt vni.txt
	assert_success
	[[ "$stderr" == *"tcvn3.txt: --from=auto chose tcvn3"* ]]
	[[ "$stderr" == *"utf8.txt: --from=auto chose utf8"* ]]
	[[ "$stderr" == *"vni.txt: --from=auto chose vni"* ]]
	[ "$(grep -c 'Sở Kế hoạch và Đầu tư' <<<"$output")" -eq 3 ]
	[ "${#lines[@]}" -eq $((3 + 3 * 4 + 1)) ]
}

@test "--from=auto leaves plain ASCII and English alone" {
	printf "I'm sure it's fine. Don't worry? OK.\nNo marks here.\n" > en.txt
	run --separate-stderr vn-normalize -v --from=auto en.txt
	assert_output "$(cat en.txt)"
	[[ "$stderr" == *"chose utf8"* ]]
}
