#!/usr/bin/env bats
# to-tsv: JSON Lines records to TSV (PIPELINE.md section 3).

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

cite='{"doc":"a.txt","line":3,"start":10,"end":29,"text":"Chỉ thị số 10-CT/TW","kind":"cite","id":"10-CT/TW","year":null}'

@test "writes a header from the first record's keys, then one row per record" {
	printf '%s\n%s\n' "$cite" '{"doc":"b.txt","line":1,"start":0,"end":3,"text":"x","kind":"cite","id":"y","year":2020}' > in.jsonl
	run --separate-stderr to-tsv in.jsonl
	assert_success
	assert_line --index 0 "$(printf 'doc\tline\tstart\tend\ttext\tkind\tid\tyear')"
	assert_line --index 1 "$(printf 'a.txt\t3\t10\t29\tChỉ thị số 10-CT/TW\tcite\t10-CT/TW\t')"
	assert_line --index 2 "$(printf 'b.txt\t1\t0\t3\tx\tcite\ty\t2020')"
	[ "${#lines[@]}" -eq 3 ]
	[ -z "$stderr" ]
}

@test "keeps number text exactly, with no float round trip" {
	run --separate-stderr to-tsv --no-header < <(echo '{"a":80.5,"b":19853,"c":0.1,"d":1.50,"e":1e3,"f":-2,"g":1500000000}')
	assert_success
	assert_output "$(printf '80.5\t19853\t0.1\t1.50\t1e3\t-2\t1500000000')"
}

@test "-f picks and orders columns; a missing field is an empty cell" {
	run --separate-stderr to-tsv -f id,kind,missing,line < <(echo "$cite")
	assert_success
	assert_line --index 0 "$(printf 'id\tkind\tmissing\tline')"
	assert_line --index 1 "$(printf '10-CT/TW\tcite\t\t3')"
}

@test "--no-header writes rows only" {
	run --separate-stderr to-tsv --no-header -f id < <(echo "$cite")
	assert_success
	assert_output '10-CT/TW'
}

@test "escapes tab, newline, CR and backslash inside values" {
	run --separate-stderr to-tsv --no-header < <(echo '{"t":"a\tb\nc\rd\\e"}')
	assert_success
	assert_output 'a\tb\nc\rd\\e'
}

@test "writes null as an empty cell and booleans as true/false" {
	run --separate-stderr to-tsv --no-header < <(echo '{"a":null,"b":true,"c":false,"d":"x"}')
	assert_success
	assert_output "$(printf '\ttrue\tfalse\tx')"
}

@test "writes nested objects and arrays as compact JSON" {
	run --separate-stderr to-tsv --no-header < <(echo '{"a": {"k": [1, 2.50, "x/y"]}, "b": []}')
	assert_success
	assert_output "$(printf '{"k":[1,2.50,"x/y"]}\t[]')"
}

@test "--excel-safe prefixes text cells that a spreadsheet would run" {
	run --separate-stderr to-tsv --no-header --excel-safe < <(echo '{"a":"=SUM(A1)","b":"+1","c":"-x","d":"@me","e":"ok","f":-2}')
	assert_success
	assert_output "$(printf "'=SUM(A1)\t'+1\t'-x\t'@me\tok\t-2")"
}

@test "without --excel-safe, formula-like text is left alone" {
	run --separate-stderr to-tsv --no-header < <(echo '{"a":"=SUM(A1)"}')
	assert_output '=SUM(A1)'
}

@test "a line that is not a JSON object is reported by line; the rest still converts" {
	printf '%s\nnot json\n[1,2]\n{"doc":"z"}\n' '{"doc":"a"}' > in.jsonl
	run --separate-stderr to-tsv in.jsonl
	assert_failure 1
	assert_output "$(printf 'doc\na\nz')"
	[[ "$stderr" == *"to-tsv: in.jsonl:2: invalid JSON"* ]]
	[[ "$stderr" == *"to-tsv: in.jsonl:3: not a JSON object"* ]]
}

@test "trailing garbage after an object is an error" {
	run --separate-stderr to-tsv < <(echo '{"a":1} x')
	assert_failure 1
	[[ "$stderr" == *"-:1:"* ]]
}

@test "skips blank lines" {
	run --separate-stderr to-tsv < <(printf '\n{"a":1}\n   \n{"a":2}\n\n')
	assert_success
	assert_output "$(printf 'a\n1\n2')"
}

@test "invalid UTF-8 inside a JSON string is an error naming the line" {
	run --separate-stderr to-tsv < <(printf '{"a":"ok"}\n{"a":"\xff"}\n')
	assert_failure 1
	assert_output "$(printf 'a\nok')"
	[[ "$stderr" == *"-:2: invalid JSON: invalid utf-8"* ]]
}

@test "an integer beyond 64 bits is an error, not a changed number" {
	run --separate-stderr to-tsv < <(echo '{"a":123456789012345678901234}')
	assert_failure 1
	[[ "$stderr" == *"out of 64-bit range"* ]]
	refute_output --partial 18446744073709551615
}

@test "reads several operands in order, one header, and - for stdin" {
	echo '{"a":1}' > one.jsonl
	echo '{"a":3}' > three.jsonl
	run --separate-stderr to-tsv one.jsonl - three.jsonl < <(echo '{"a":2}')
	assert_success
	assert_output "$(printf 'a\n1\n2\n3')"
}

@test "empty input gives empty output and exit 0" {
	run --separate-stderr to-tsv < /dev/null
	assert_success
	assert_output ''
}

@test "a final line without newline is still a record" {
	run --separate-stderr to-tsv < <(printf '{"a":1}')
	assert_success
	assert_output "$(printf 'a\n1')"
}

@test "CRLF line ends are accepted" {
	run --separate-stderr to-tsv < <(printf '{"a":1}\r\n{"a":2}\r\n')
	assert_success
	assert_output "$(printf 'a\n1\n2')"
}

@test "a NUL byte in a record line is an error, not a crash" {
	run --separate-stderr to-tsv < <(printf '{"a":1}\n{"a":"x\0y"}\n{"a":3}\n')
	assert_failure 1
	assert_output "$(printf 'a\n1\n3')"
	[[ "$stderr" == *"-:2:"* ]]
}

@test "an escaped NUL inside a string is written as \\0" {
	run --separate-stderr to-tsv --no-header < <(echo '{"a":"x\u0000y"}')
	assert_success
	assert_output 'x\0y'
}

@test "handles a 50 MB line" {
	{ printf '{"a":"'; head -c 50000000 /dev/zero | tr '\0' 'x'; printf '","b":2}\n'; } > big.jsonl
	run --separate-stderr to-tsv --no-header -f b big.jsonl
	assert_success
	assert_output '2'
}

@test "an unreadable operand is reported; the others are still converted" {
	echo '{"a":1}' > ok.jsonl
	run --separate-stderr to-tsv missing.jsonl ok.jsonl
	assert_failure 1
	assert_output "$(printf 'a\n1')"
	[[ "$stderr" == "to-tsv: missing.jsonl: No such file or directory" ]]
}

@test "a bad option is a usage error" {
	run --separate-stderr to-tsv --bogus
	assert_failure 2
	[[ "$stderr" == *"Try 'to-tsv --help'"* ]]
}

@test "--help prints the synopsis to stdout and exits 0" {
	run --separate-stderr to-tsv --help
	assert_success
	assert_line --index 0 --partial 'usage: to-tsv'
}

@test "a closed pipe ends quietly" {
	for i in $(seq 1 100000); do echo "{\"a\":$i}"; done > many.jsonl
	run bash -c 'to-tsv many.jsonl 2>err | head -1; cat err'
	assert_success
	assert_output 'a'
}

@test "a write error gives a message and exit 1" {
	echo '{"a":1}' > in.jsonl
	run bash -c 'to-tsv in.jsonl > /dev/full'
	assert_failure 1
	assert_output --partial 'write error'
}

@test "-v prints a summary line to stderr" {
	run --separate-stderr to-tsv -v < <(printf '{"a":1}\n{"a":2}\n')
	assert_success
	[[ "$stderr" =~ ^to-tsv:\ 1\ documents,\ 2\ lines,\ 2\ records ]]
}

@test "--align lines columns up by display width, Vietnamese and NFD included" {
	# "Hòa" written decomposed (o + combining grave) is 3 columns wide, not 4.
	printf '{"a":"Hòa","b":1}\n{"a":"Ho\xcc\x80a","b":2}\n{"a":"Đảng ủy xã","b":3}\n' > in.jsonl
	run --separate-stderr to-tsv --align in.jsonl
	assert_success
	assert_line --index 0 'a           b'
	assert_line --index 1 'Hòa         1'
	assert_line --index 2 "$(printf 'Ho\xcc\x80a         2')"
	assert_line --index 3 'Đảng ủy xã  3'
}

@test "ill-formed UTF-8 that json-c lets through is an error too" {
	# Overlong (C1 A3), surrogate (ED A0 80), past U+10FFFF (F5 ..): found
	# by tests/fuzz/fuzz_jsonrecord.c; they must not reach the TSV.
	run --separate-stderr to-tsv < <(printf '{"a":"ok"}\n{"a":"x\xc1\xa3"}\n{"a":"\xed\xa0\x80"}\n{"a":"\xf5\x80\x80\x80"}\n')
	assert_failure 1
	assert_output "$(printf 'a\nok')"
	[[ "$stderr" == *"-:2: invalid JSON: invalid utf-8"* ]]
	[[ "$stderr" == *"-:3: invalid JSON: invalid utf-8"* ]]
	[[ "$stderr" == *"-:4: invalid JSON: invalid utf-8"* ]]
}

@test "--align with no records prints nothing" {
	run --separate-stderr to-tsv --align < /dev/null
	assert_success
	assert_output ''
	[ -z "$stderr" ]
}

@test "--excel-safe leaves a text starting with U+0000 alone" {
	# strchr("=+-@", 0) finds the terminator; found by fuzz_jsonrecord.
	run --separate-stderr to-tsv --no-header --excel-safe < <(echo '{"a":"\u0000=x","b":"=y"}')
	assert_success
	assert_output "$(printf "\\\\0=x\t'=y")"
}
