#!/usr/bin/env bats
# vn-segment: accuracy on the held-out tenth of UD Vietnamese-VTB, scored
# with ../shared/tools/score-seg, and the trainer behind `make model`.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
	require_shared
	command -v python3 >/dev/null || skip "python3 is not installed (score-seg needs it)"
	VTB="$SHARED_DIR/corpus/ud-vtb"
	VTB_FILES=("$VTB/vi_vtb-ud-train.conllu" "$VTB/vi_vtb-ud-dev.conllu")
	SCORE="$SHARED_DIR/tools/score-seg"
	TRAIN="$VNPIPE_BIN/../gen/wordseg-train"
	# The sentences `make model` leaves out: numbers 0, 10, 20, ... of train+dev.
	awk 'BEGIN{RS="";ORS="\n\n"} (NR-1)%10==0' "${VTB_FILES[@]}" > heldout.conllu
}

f1() {
	tail -1 <<<"$1" | cut -d' ' -f2
}

@test "word F1 on held-out sentences is at least 0.955" {
	"$SCORE" input words heldout.conllu | vn-segment -w --lines > words.out
	run "$SCORE" words heldout.conllu words.out
	assert_success
	echo "$output"
	awk -v f="$(f1 "$output")" 'BEGIN { exit !(f >= 0.955) }'
}

@test "sentence F1 on held-out paragraphs is at least 0.99" {
	"$SCORE" input sents heldout.conllu | vn-segment > sents.out
	run "$SCORE" sents heldout.conllu sents.out
	assert_success
	echo "$output"
	awk -v f="$(f1 "$output")" 'BEGIN { exit !(f >= 0.99) }'
}

@test "the shipped model is what the trainer makes from the data (make model)" {
	model="$ROOT_DIR/data/vn-segment-words.model"
	args=$(sed -n 's/^MODEL_ARGS *= *//p' "$ROOT_DIR/Makefile")
	"$TRAIN" $args -l "$SHARED_DIR/lexicon/vnvocab/VnVocab.txt" "${VTB_FILES[@]}" > fresh.model 2>/dev/null
	cmp fresh.model <(grep -v '^#' "$model")
}

@test "the trainer learns from a small slice, reproducibly, and vn-segment uses the result" {
	head -2000 "$SHARED_DIR/lexicon/vnvocab/VnVocab.txt" > lexicon.txt
	awk 'BEGIN{RS="";ORS="\n\n"} NR<=200' "$VTB/vi_vtb-ud-train.conllu" > small.conllu
	run --separate-stderr "$TRAIN" -e 5 -s 7 -l lexicon.txt small.conllu
	assert_success
	[[ "$stderr" == *"200 sentences, 200 trained, 0 held out"* ]]
	printf '%s\n' "$output" > small.model
	"$TRAIN" -e 5 -s 7 -l lexicon.txt small.conllu > again.model 2>/dev/null
	cmp small.model again.model
	"$SCORE" input words heldout.conllu | vn-segment -w --lines --model small.model > small.out
	small=$(f1 "$("$SCORE" words heldout.conllu small.out)")
	# Far below the shipped model (0.97), well above taking every
	# syllable for a word (0.69 on this slice).
	"$SCORE" input words heldout.conllu > syllables.out
	baseline=$(f1 "$("$SCORE" words heldout.conllu syllables.out)")
	echo "small model $small, syllables $baseline"
	awk -v f="$small" -v g="$baseline" 'BEGIN { exit !(f >= 0.75 && f > g + 0.05) }'
}

@test "the trainer holds out what -k and -r say" {
	run --separate-stderr "$TRAIN" -k 10 -r 3 -l /dev/null "${VTB_FILES[@]}"
	assert_success
	[[ "$stderr" == *"2523 sentences, 2271 trained, 252 held out"* ]]
}
