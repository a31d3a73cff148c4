#!/usr/bin/env bats
# vn-segment: the standard edge-case set (BRIEF.md), in every mode.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

@test "empty input gives empty output and exit 0, in every mode" {
	for mode in '' -w --conllu; do
		run --separate-stderr vn-segment $mode < /dev/null
		assert_success
		assert_output ''
		[ -z "$stderr" ]
	done
}

@test "a final line without newline is still read" {
	run --separate-stderr vn-segment < <(printf 'Câu cuối không có xuống dòng.')
	assert_success
	assert_output "$(printf '%s\n' 'Câu cuối không có xuống dòng.' '')"
}

@test "CRLF line ends are accepted and not copied into sentences" {
	run --separate-stderr vn-segment < <(printf 'Dòng một được\r\nngắt dòng.\r\n\r\nDòng ba.\r\n')
	assert_success
	assert_output "$(printf '%s\n' 'Dòng một được ngắt dòng.' '' 'Dòng ba.' '')"
	run --separate-stderr vn-segment -w < <(printf 'Cải cách hành chính.\r\n')
	assert_output "$(printf '%s\n' 'Cải_cách hành_chính .' '')"
}

@test "NFD input is segmented without losing its combining marks" {
	nfd=$(printf 'Ho\xcc\xa3p ba\xcc\x81o ca\xcc\x81o. Ke\xcc\x82\xcc\x81t thu\xcc\x81c.')
	run --separate-stderr vn-segment < <(printf '%s\n' "$nfd")
	assert_success
	[ "${#lines[@]}" -eq 2 ]
	[ "$(printf '%s' "$output" | tr -d ' \n')" = "$(printf '%s' "$nfd" | tr -d ' ')" ]
	run --separate-stderr vn-segment -w < <(printf '%s\n' "$nfd")
	assert_success
	[ "$(printf '%s' "$output" | tr -d ' _\n')" = "$(printf '%s' "$nfd" | tr -d ' ')" ]
}

@test "invalid and truncated UTF-8 become U+FFFD with a warning naming the line" {
	run --separate-stderr vn-segment < <(printf 'Dòng tốt.\nByte l\xff\xfe i.\nCắt c\xe1\xba\n')
	assert_success
	# (bats leaves the empty paragraph lines out of $lines)
	assert_line --index 1 'Byte l�� i.'
	assert_line --index 2 'Cắt c��'
	[[ "$stderr" == *"vn-segment: -:2: invalid UTF-8: 2 byte(s) replaced by U+FFFD"* ]]
	[[ "$stderr" == *"vn-segment: -:3: invalid UTF-8"* ]]
	run --separate-stderr vn-segment -w < <(printf 'Byte l\xff i.\n')
	assert_success
	assert_output "$(printf '%s\n' 'Byte l � i .' '')"
}

@test "--strict makes invalid UTF-8 an error, exit 1" {
	run --separate-stderr vn-segment --strict < <(printf 'Sai \xff.\n')
	assert_failure 1
	[[ "$stderr" == *"-:1: invalid UTF-8"* ]]
}

@test "NUL bytes pass through untouched" {
	printf 'Có\0byte rỗng. Câu sau.\n' > nul.txt
	run bash -c 'vn-segment nul.txt | od -An -c | tr -s " " | tr -d "\n"'
	assert_success
	[[ "$output" == *'\0'* ]]
	run bash -c 'vn-segment -w nul.txt | tr -d "\0 _\n" | wc -c'
	[ "$output" -eq "$(tr -d '\0 \n' < nul.txt | wc -c)" ]
}

@test "a very long line (tens of MB) is handled in every mode" {
	awk 'BEGIN { for (i = 0; i < 400000; i++) printf "Sở đã giải quyết %d hồ sơ đúng hạn. ", i; print "" }' > big.txt
	[ "$(wc -c < big.txt)" -gt 15000000 ]
	run bash -c 'vn-segment big.txt | grep -c .'
	assert_output 400000
	run bash -c 'vn-segment -w big.txt | tail -2 | head -1'
	assert_output 'Sở đã giải_quyết 399999 hồ_sơ đúng hạn .'
}

@test "a long run of abbreviations and full stops without a space ends (no look-back over it at each stop)" {
	# 3 MB: each stop used to look back to the start of the word, hours
	# for this line; it now takes a fraction of a second. The timeout only
	# catches a hang.
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "TP."; print "" }' > dots.txt
	run timeout 120 bash -c 'vn-segment -w dots.txt | tr -d " _\n" | wc -c'
	assert_success
	assert_output "$(tr -d '\n' < dots.txt | wc -c)"
}

@test "a long sentence with no punctuation is segmented in pieces, nothing lost" {
	awk 'BEGIN { for (i = 0; i < 40000; i++) printf "cải cách hành chính "; print "" }' > flat.txt
	run bash -c 'vn-segment -w flat.txt | head -1 | tr "_" " "'
	[ "$output" = "$(sed 's/ $//' flat.txt)" ]
	run bash -c 'vn-segment --conllu flat.txt | grep "^# text = " | sed "s/^# text = //" | tr "\n" " "'
	[ "$output" = "$(cat flat.txt)" ]
}

@test "- reads standard input among file operands" {
	echo 'Từ tệp.' > f.txt
	run --separate-stderr vn-segment f.txt - < <(echo 'Từ đầu vào chuẩn.')
	assert_success
	assert_output "$(printf '%s\n' '# newdoc id = f.txt' 'Từ tệp.' '' '# newdoc id = -' 'Từ đầu vào chuẩn.' '')"
}

@test "an unreadable operand is reported; the others are still segmented" {
	echo 'Vẫn chạy.' > ok.txt
	run --separate-stderr vn-segment missing.txt ok.txt
	assert_failure 1
	assert_output --partial 'Vẫn chạy.'
	[[ "$stderr" == "vn-segment: missing.txt: No such file or directory" ]]
}

@test "a bad option is a usage error, exit 2" {
	run --separate-stderr vn-segment --bogus
	assert_failure 2
	[[ "$stderr" == *"Try 'vn-segment --help'"* ]]
}

@test "--help prints the synopsis to stdout and exits 0; --version too" {
	run --separate-stderr vn-segment --help
	assert_success
	assert_line --index 0 --partial 'usage: vn-segment'
	run --separate-stderr vn-segment --version
	assert_success
	assert_output --partial 'vn-segment'
}

@test "a closed pipe ends quietly" {
	for i in $(seq 1 20000); do echo "Câu số $i đã xong. Câu tiếp theo."; done > many.txt
	for mode in '' -w --conllu; do
		run bash -c "vn-segment $mode many.txt 2>err | head -1; cat err"
		assert_success
		[ "${#lines[@]}" -eq 1 ]
	done
}

@test "a write error gives a message and exit 1" {
	echo 'Câu.' > in.txt
	for mode in '' -w --conllu; do
		run bash -c "vn-segment $mode in.txt > /dev/full"
		assert_failure 1
		assert_output --partial 'write error'
	done
}

@test "-v prints a summary line to stderr" {
	run --separate-stderr vn-segment -v < <(printf 'Một. Hai.\nBa.\n')
	assert_success
	[[ "$stderr" =~ ^vn-segment:\ 1\ documents,\ 2\ lines,\ 3\ records ]]
}

@test "a sentence that starts with a lone CR keeps its last character" {
	run --separate-stderr vn-segment < <(printf 'Xã Hòa Bình đạt chuẩn. \rkết quả rất tốt…\n')
	assert_success
	assert_line --index 0 'Xã Hòa Bình đạt chuẩn.'
	assert_line --index 1 'kết quả rất tốt…'
}
