#!/usr/bin/env bats
# The benchmark's corpus generator (bench/gen): deterministic, and its
# corpora hold what bench/README.md says they hold. Speed is never tested
# here; bench/run.sh measures it.

setup() {
	load '../test_helper'
	GEN="$VNPIPE_BIN/../bench/gencorpus"
	SOURCE="$ROOT_DIR/bench/sentences.txt"
	cd "$BATS_TEST_TMPDIR"
}

# Byte patterns, matched with LC_ALL=C grep -a.
COMBINING=$'\xcc[\x80-\xbf]|\xcd[\x80-\xaf]' # U+0300-U+036F: only in NFD text
NBSP=$'\xc2\xa0'
# Open oa/oe/uy with the tone on the second vowel, at a word end, not
# after q (quý is the same in both styles).
NEW_STYLE='(^|[^qQ])(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)([^[:alpha:]]|$)'
OLD_STYLE='(òa|óa|ỏa|õa|ọa|òe|óe|ỏe|õe|ọe|ùy|úy|ủy|ũy|ụy)([^[:alpha:]]|$)'
MOJIBAKE='Ã|Ä|á»|áº' # UTF-8 lead bytes C3, C4, E1 BB, E1 BA read as cp1252

count() { # PATTERN FILE [grep options]: number of matching lines
	grep -c "${@:3}" -E -- "$1" "$2" || true
}

@test "the same seed gives byte-identical corpora, another seed different ones" {
	for kind in clean messy jsonl longtext longjson; do
		"$GEN" --kind "$kind" --size 200k "$SOURCE" > a
		"$GEN" --kind "$kind" --size 200k --seed 1 "$SOURCE" > b
		"$GEN" --kind "$kind" --size 200k --seed 2 "$SOURCE" > c
		cmp a b
		! cmp -s a c
	done
}

@test "a smaller size gives a prefix of a larger one, at a document boundary" {
	"$GEN" --kind clean --size 50k "$SOURCE" > small
	"$GEN" --kind clean --size 300k "$SOURCE" > large
	size=$(stat -c %s small)
	[ "$size" -ge 50000 ]
	cmp -n "$size" small large
	# The next line of the large file starts a document.
	tail -c +"$((size + 1))" large | head -n 1 | grep -q '^# newdoc id = bench-'
}

@test "clean corpus: documents of NFC text, plain spaces, the old tone style" {
	"$GEN" --kind clean --size 200k "$SOURCE" > clean
	size=$(stat -c %s clean)
	[ "$size" -ge 200000 ] && [ "$size" -lt 260000 ]
	head -n 1 clean | grep -qx '# newdoc id = bench-000001'
	[ "$(count '^# newdoc id = bench-[0-9]{6}$' clean)" -gt 10 ]
	# Every source paragraph is there, one per line, blank lines between.
	[ "$(count '^$' clean)" -gt 100 ]
	[ "$(LC_ALL=C count "$COMBINING" clean -a)" -eq 0 ]
	[ "$(LC_ALL=C count "$NBSP" clean -a)" -eq 0 ]
	[ "$(count "$NEW_STYLE" clean)" -eq 0 ]
	[ "$(count "$OLD_STYLE" clean)" -gt 10 ]
	[ "$(count "$MOJIBAKE" clean)" -eq 0 ]
	[ "$(count ',,|[[:alpha:]],[[:alpha:]]| ,' clean)" -eq 0 ]
	[ "$(count '  |^ | $' clean)" -eq 0 ]
	iconv -f UTF-8 -t UTF-8 clean > /dev/null
}

@test "clean corpus: sources in NFD and the new tone style come out NFC, old style" {
	{
		echo 'Tỉnh uỷ viên dự buổi hoà giải, chúc mọi người khoẻ; UỶ BAN phường Thuỷ Xuân.'
		echo 'Quý III hoàn thành kế hoạch xoá đói, giảm nghèo.'
		printf 'Đa\xcc\x89ng u\xcc\x89y kho\xcc\x81a XII\n'
	} > source.txt
	"$GEN" --kind clean --size 2k source.txt > clean
	grep -v '^# newdoc' clean | grep . | sort -u > got
	{
		echo 'Quý III hoàn thành kế hoạch xóa đói, giảm nghèo.'
		echo 'Tỉnh ủy viên dự buổi hòa giải, chúc mọi người khỏe; ỦY BAN phường Thủy Xuân.'
		echo 'Đảng ủy khóa XII'
	} | sort > want
	diff want got
}

@test "messy corpus: the same documents with each kind of damage it claims" {
	"$GEN" --kind clean --size 200k "$SOURCE" > clean
	"$GEN" --kind messy --size 200k "$SOURCE" > messy
	iconv -f UTF-8 -t UTF-8 messy > /dev/null
	# Line N of one is line N of the other: markers stand on the same lines.
	n=$(wc -l < messy)
	cmp <(grep -n '^# newdoc' messy) <(head -n "$n" clean | grep -n '^# newdoc')
	[ "$(LC_ALL=C count "$COMBINING" messy -a)" -gt 10 ]
	[ "$(LC_ALL=C count "$NBSP" messy -a)" -gt 10 ]
	# Both tone styles, often in one document.
	[ "$(count "$NEW_STYLE" messy)" -gt 10 ]
	[ "$(count "$OLD_STYLE" messy)" -gt 10 ]
	[ "$(count '[[:alpha:]],[[:alpha:]]' messy)" -gt 10 ]
	[ "$(count '[[:alpha:]] ,[[:alpha:]]' messy)" -gt 0 ]
	[ "$(count '[[:alpha:]],, ' messy)" -gt 0 ]
	[ "$(count '[[:alpha:]]\.[[:upper:]]' messy)" -gt 0 ]
	[ "$(count "$MOJIBAKE" messy)" -gt 3 ]
}

@test "messy corpus: a mojibake line is its clean line read as cp1252" {
	"$GEN" --kind clean --size 200k "$SOURCE" > clean
	"$GEN" --kind messy --size 200k "$SOURCE" > messy
	lines=$(grep -nE "$MOJIBAKE" messy | cut -d: -f1 | head -n 5)
	[ -n "$lines" ]
	for n in $lines; do
		# glibc's CP1252 has no mapping for the five bytes cp1252 leaves
		# undefined; the generator writes those as C1 controls. Compare
		# all the rest.
		sed -n "${n}p" clean | iconv -c -f CP1252 -t UTF-8 > want
		sed -n "${n}p" messy | LC_ALL=C sed $'s/\xc2[\x81\x8d\x8f\x90\x9d]//g' > got
		cmp want got
	done
}

@test "records: JSON Lines of cite and metric records in the contract's key order" {
	"$GEN" --kind jsonl --size 200k > records.jsonl
	n=$(wc -l < records.jsonl)
	[ "$n" -gt 500 ]
	run --separate-stderr to-tsv -f "$("$GEN" --fields)" records.jsonl
	assert_success
	[ "${#lines[@]}" -eq "$((n + 1))" ]
	run jq -rc 'keys_unsorted | join(",")' records.jsonl
	assert_success
	cite=doc,line,start,end,text,kind,id,system,type,type_code,number,year,issuer,date,issuer_name
	metric=doc,line,start,end,text,kind,value,low,high,of,from,to,unit,subject,year
	[ "$(printf '%s\n' "${lines[@]}" | sort -u | tr '\n' ' ')" = "$cite $metric " ]
	# Numbers are written as JSON numbers the way an extractor writes them.
	grep -qE '"value":[0-9]+\.[0-9],' records.jsonl
	grep -qE '"kind":"rank_change","value":-[0-9]' records.jsonl
}

@test "one-line corpora: a single line of the size asked, bare and as one JSON record" {
	"$GEN" --kind longtext --size 300k "$SOURCE" > long.txt
	[ "$(wc -l < long.txt)" -eq 1 ]
	[ "$(stat -c %s long.txt)" -ge 300000 ]
	"$GEN" --kind longjson --size 300k "$SOURCE" > long.jsonl
	[ "$(wc -l < long.jsonl)" -eq 1 ]
	run --separate-stderr to-tsv --no-header -f doc,text long.jsonl
	assert_success
	[ "${#lines[@]}" -eq 1 ]
	# The same paragraphs; each file stops at the first paragraph end
	# past the size, so one text is a prefix of the other.
	text=$(cat long.txt) cell=${lines[0]#bench-long$'\t'}
	[ "${#cell}" -gt 1000 ]
	[[ "$text " == "$cell "* || "$cell " == "$text "* ]]
}

@test "clean corpus from scraped pages: their NBSP, stray spaces and commas are tidied" {
	require_shared
	seeds=("$SHARED_DIR"/corpus/seeds/*.txt)
	# The raw pages have all of these; the clean corpus must have none.
	[ "$(cat "${seeds[@]}" | LC_ALL=C count "$NBSP" - -a)" -gt 0 ]
	[ "$(cat "${seeds[@]}" | count ',,|[[:alpha:]],[[:alpha:]]|  ' -)" -gt 0 ]
	"$GEN" --kind clean --size 100k "${seeds[@]}" > clean
	[ "$(LC_ALL=C count "$NBSP" clean -a)" -eq 0 ]
	[ "$(count ',,|[[:alpha:]],[[:alpha:]]|  |^ | $' clean)" -eq 0 ]
	[ "$(LC_ALL=C count "$COMBINING" clean -a)" -eq 0 ]
}

@test "CoNLL-U sources give their sentences as ordinary text" {
	require_shared
	"$GEN" --kind clean --size 100k "$SHARED_DIR"/corpus/ud-vtb/*.conllu > news
	[ "$(count '^# (text|sent_id)|	' news)" -eq 0 ]
	# Treebank tokens are spaced ("lắm !"); ordinary writing is not.
	[ "$(count ' [,.;:!?]( |$)' news)" -eq 0 ]
	[ "$(count '^[[:upper:]]' news)" -gt 100 ]
}

@test "bad size, unknown kind and unreadable sources are errors" {
	run "$GEN" --kind clean --size 12x "$SOURCE"
	[ "$status" -eq 2 ]
	assert_output --partial "bad size"
	run "$GEN" --kind tidy --size 1k "$SOURCE"
	[ "$status" -eq 2 ]
	run --separate-stderr "$GEN" --kind clean --size 1k no-such-file
	[ "$status" -eq 1 ]
	[[ $stderr == *no-such-file* ]]
	[ -z "$output" ]
}
