#!/usr/bin/env bats
# Properties of cite-extract and metric-extract on random report text
# (gen-text.awk), from the contract (PIPELINE.md section 2): every record
# names a document and line that exist, its start/end (code points, end
# exclusive) slice exactly its `text` out of that line, and its keys start
# with the provenance and kind in order. Each test skips until its tool is
# built. VNPIPE_SEED=N reruns a failing seed (or "N M": several).

setup() {
	load 'property_helper'
}

# The lines of each document of the files a.txt and b.txt, as the reader
# counts them (PIPELINE.md section 1: a `# newdoc` line starts a document
# and is not counted; a CR before LF is not part of the line), as a jq
# object {doc: [line, ...]}; jq slices strings by code point.
documents_jq='
def docs($name):
	split("\n") | (if .[-1] == "" then .[:-1] else . end)
	| reduce .[] as $l ({cur: $name, docs: {($name): []}};
		if ($l | test("^# newdoc([ \t]|$)")) then
			.cur = ($l | sub("^# newdoc[ \t]*(id[ \t]*=[ \t]*)?"; "") | sub("[ \t]+$"; ""))
			| .docs[.cur] = []
		else
			.docs[.cur] += [$l | sub("\r$"; "")]
		end)
	| .docs;
(($a | docs("a.txt")) + ($b | docs("b.txt"))) as $docs
| inputs
| select(
	(keys_unsorted[0:6] != ["doc", "line", "start", "end", "text", "kind"])
	or (.start >= .end)
	or ($docs[.doc][.line - 1] == null)
	or ($docs[.doc][.line - 1][.start:.end] != .text))
'

# check_spans TOOL: run TOOL over two generated files; fail on any record
# whose span is not its text, or when no record came out at all.
check_spans() {
	local tool=$1 seed bad
	for seed in $(seeds); do
		awk -v seed="$seed" -v lines=200 -v nfd=1 -f "$TESTS_DIR/gen-text.awk" > a.txt
		awk -v seed="$((seed + 1))" -v lines=200 -v nfd=1 -f "$TESTS_DIR/gen-text.awk" > b.txt
		printf 'Tỷ lệ đạt 80,5%% theo Quyết định số 2057/QĐ-UBND.\r\n' >> b.txt
		"$tool" a.txt b.txt > out.jsonl 2> err || { echo "seed $seed: exit $?"; cat err; return 1; }
		[ -s out.jsonl ] || { echo "seed $seed: no records at all"; return 1; }
		bad=$(jq -nc --rawfile a a.txt --rawfile b b.txt "$documents_jq" < out.jsonl | head -n 5)
		[ -z "$bad" ] || { echo "seed $seed: records whose span is not their text:"; echo "$bad"; return 1; }
	done
}

@test "cite-extract: start/end slice each record's text out of its line" {
	require_tool cite-extract
	check_spans cite-extract
}

@test "metric-extract: start/end slice each record's text out of its line" {
	require_tool metric-extract
	check_spans metric-extract
}
