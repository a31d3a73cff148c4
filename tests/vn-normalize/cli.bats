#!/usr/bin/env bats
# vn-normalize: the standard edge cases, the line contract, options.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

@test "empty input gives empty output and exit 0" {
	run --separate-stderr vn-normalize < /dev/null
	assert_success
	assert_output ''
	[ -z "$stderr" ]
}

@test "a final line without newline is still a line, written with one" {
	printf 'Sở Nội vụ\nhoà giải' > in.txt
	vn-normalize in.txt > out.txt
	[ "$(cat out.txt)" = "$(printf 'Sở Nội vụ\nhòa giải')" ]
	[ "$(wc -l < out.txt)" -eq 2 ]
}

@test "CRLF line ends become LF" {
	printf 'một\r\nhai \r\nba\r' > in.txt
	vn-normalize in.txt > out.txt
	[ "$(od -An -c out.txt | tr -d ' \n')" = 'một\nhai\nba\n' ] || [ "$(cat out.txt)" = "$(printf 'một\nhai\nba')" ]
	! grep -q $'\r' out.txt
}

@test "invalid and truncated UTF-8 become U+FFFD with a FILE:LINE warning" {
	printf 'đúng\nsai \xff\xfe ở đây\ncắt cụt \xe1\xbb\n' > bad.txt
	run --separate-stderr vn-normalize bad.txt
	assert_success
	assert_line --index 1 'sai �� ở đây'
	assert_line --index 2 'cắt cụt ��'
	[[ "$stderr" == *"vn-normalize: bad.txt:2: invalid UTF-8: 2 byte(s) replaced by U+FFFD"* ]]
	[[ "$stderr" == *"vn-normalize: bad.txt:3: invalid UTF-8:"* ]]
}

@test "--strict makes invalid UTF-8 an error, exit 1, nothing lost" {
	printf 'a\n\xff\nb\n' > bad.txt
	run --separate-stderr vn-normalize --strict bad.txt
	assert_failure 1
	[ "${#lines[@]}" -eq 3 ]
	[[ "$stderr" == *"bad.txt:2: invalid UTF-8"* ]]
}

@test "NUL bytes are kept and do not end the line" {
	printf 'a\0b hoà\nc\n' > nul.txt
	vn-normalize nul.txt > out.txt
	[ "$(od -An -tx1 out.txt | tr -d ' \n')" = "$(printf 'a\0b hòa\nc\n' | od -An -tx1 | tr -d ' \n')" ]
}

@test "handles a 30 MB line with the line count intact" {
	{ printf 'đầu\n'; for i in $(seq 1 200000); do printf 'Tỉnh uỷ viên  , hoà giải cơ sở vụ việc trong năm 2022 và '; done; printf '\ncuối\n'; } > big.txt
	vn-normalize big.txt > out.txt
	[ "$(wc -l < out.txt)" -eq 3 ]
	[ "$(sed -n 3p out.txt)" = 'cuối' ]
	! grep -q 'uỷ' out.txt
	grep -q 'Tỉnh ủy viên, hòa giải' out.txt
}

@test "reads '-' as standard input among file operands, markers before each" {
	echo 'một' > a.txt
	run --separate-stderr vn-normalize a.txt - < <(echo 'hoà')
	assert_success
	assert_output "$(printf '# newdoc id = a.txt\nmột\n# newdoc id = -\nhòa')"
}

@test "an unreadable operand is reported; the others are still written" {
	echo 'hoà' > ok.txt
	run --separate-stderr vn-normalize missing.txt ok.txt
	assert_failure 1
	[[ "$stderr" == *"vn-normalize: missing.txt: No such file or directory"* ]]
	assert_line 'hòa'
}

@test "a bad option, encoding or tone style is a usage error" {
	run --separate-stderr vn-normalize --bogus
	assert_failure 2
	[[ "$stderr" == *"Try 'vn-normalize --help'"* ]]
	run --separate-stderr vn-normalize --from=latin9
	assert_failure 2
	[[ "$stderr" == *"unknown encoding"* ]]
	run --separate-stderr vn-normalize --tone=mixed
	assert_failure 2
}

@test "--help lists every option and exits 0; --version names the tool" {
	run --separate-stderr vn-normalize --help
	assert_success
	assert_line --index 0 --partial 'usage: vn-normalize'
	for opt in --from --tone --strict --ascii-punct --fold --report --no-repair-mojibake \
		--no-decode-entities --no-nfc --no-unicode-fixes --no-tone --no-spaces --no-punct; do
		[[ "$output" == *"$opt"* ]] || { echo "missing $opt"; return 1; }
	done
	run vn-normalize --version
	assert_success
	assert_output --partial 'vn-normalize (vnpipe)'
}

@test "the man page documents every option --help lists" {
	for opt in $(vn-normalize --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		sed 's/\\//g' "$ROOT_DIR/man/vn-normalize.1" | grep -q -- "Fl -${opt#--}" ||
			{ echo "man page lacks $opt"; return 1; }
	done
}

@test "a closed pipe ends quietly" {
	for i in $(seq 1 50000); do echo "Dòng $i: hoà giải , ý thức"; done > many.txt
	run bash -c 'vn-normalize many.txt 2>err | head -1; cat err'
	assert_success
	assert_output 'Dòng 1: hòa giải, ý thức'
}

@test "a write error gives a message and exit 1" {
	echo 'hoà' > in.txt
	run bash -c 'vn-normalize in.txt > /dev/full'
	assert_failure 1
	assert_output --partial 'write error'
}

@test "line N out is line N in, newdoc markers untouched" {
	printf '# newdoc id = a\n  \nhoà , x\n\n# newdoc id = b\n\xc2\xa0\xc2\xa0\nCÃ¡c\n' > in.txt
	run --separate-stderr vn-normalize in.txt
	assert_success
	assert_output "$(printf '# newdoc id = a\n\nhòa, x\n\n# newdoc id = b\n\nCác')"
	[ "$(vn-normalize in.txt | wc -l)" -eq "$(wc -l < in.txt)" ]
}

@test "a marker-like line with odd spacing passes through byte for byte" {
	printf '# newdoc id =  x\xc2\xa0 y  \nhoà\n' > in.txt
	[ "$(vn-normalize in.txt | head -1 | od -An -tx1)" = "$(head -1 in.txt | od -An -tx1)" ]
}

@test "-v prints what --from=auto chose and a summary line" {
	printf 'Vi\xd6t Nam\n' > tcvn.txt
	run --separate-stderr vn-normalize -v --from=auto tcvn.txt
	assert_success
	[[ "$stderr" == *"tcvn.txt: --from=auto chose"* ]]
	[[ "$stderr" =~ vn-normalize:\ 1\ documents,\ 1\ lines ]]
}

@test "every instruction set of the fast path gives the same output, in every style" {
	cat "$ROOT_DIR"/examples/texts/*.txt > clean.txt
	# the same made untidy, one kind of dirt to a line (so that each must be
	# seen on its own): a doubled comma, NBSP, the other tone style, a
	# decomposed letter, a space before a comma, no space after a stop; and
	# all of it as one line, which the fast path reads in many calls
	sed -e '2~7s/, /,, /' -e '3~7s/ /\xc2\xa0/3' -e '4~7s/òa/oà/g;4~7s/ủy/uỷ/g' \
	    -e '5~7s/ủ/u\xcc\x89/' -e '6~7s/, / ,/' -e '7~7s/\. \([A-Z]\)/.\1/' clean.txt > messy.txt
	{ tr '\n' ' ' < clean.txt; echo; tr '\n' ' ' < messy.txt; echo; } > long.txt
	[ "$(wc -c < long.txt)" -gt 20000 ]
	! cmp -s clean.txt messy.txt
	for opts in "" --tone=new --tone=keep --ascii-punct; do
		VNPIPE_SIMD=none vn-normalize $opts clean.txt messy.txt long.txt > want.txt
		for simd in ssse3 avx2 avx512; do
			VNPIPE_SIMD=$simd vn-normalize $opts clean.txt messy.txt long.txt > got.txt
			cmp want.txt got.txt
		done
	done
	VNPIPE_SIMD=none run vn-normalize --version
	assert_line --index 1 'fast path: none (a character at a time)'
	VNPIPE_SIMD=ssse3 run vn-normalize --version
	assert_line --index 1 --regexp '^fast path: (SSSE3|none .*)$' 
}
