#!/usr/bin/env bats
# vn-segment -w and --conllu: words from the statistical model (issue 4).

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

words() {
	run --separate-stderr vn-segment -w < <(printf '%s\n' "$1")
	assert_success
	[ -z "$stderr" ]
}

@test "-w joins the syllables of a word with _ and splits punctuation off" {
	words 'Ủy ban nhân dân huyện chủ trì hội nghị về cải cách hành chính, thủ tục hành chính.'
	assert_line --index 0 --partial 'chủ_trì hội_nghị về cải_cách hành_chính , thủ_tục hành_chính .'
}

@test "-w keeps a person's name and a department's name together" {
	words 'Ông Nguyễn Văn Thắng, Giám đốc Sở Công Thương, phát biểu.'
	assert_line --index 0 --partial 'Nguyễn_Văn_Thắng'
	assert_line --index 0 --partial 'Sở_Công_Thương'
}

@test "-w keeps numbers, dates, times, codes and standards whole" {
	words 'Ngày 08/11/2011 lúc 14:30, theo Nghị quyết 30c/NQ-CP và Kế hoạch 08-CTr/TU, tỉnh có 19.853 hồ sơ, đạt 80,5% theo ISO 9001:2015.'
	for tok in 08/11/2011 14:30 30c/NQ-CP 08-CTr/TU 19.853 80,5 9001:2015; do
		[[ " $output " == *" $tok "* ]] || { echo "missing $tok in: $output"; return 1; }
	done
}

@test "-w keeps URLs, e-mail addresses and abbreviations whole" {
	words 'UBND tỉnh giao TTHC cho Sở Nội vụ (CCHC) tại TP.HCM, Đ/c Lan xem https://dichvucong.gov.vn/p/home hoặc gửi vanthu@sonoivu.gov.vn.'
	for tok in UBND TTHC CCHC TP.HCM Đ/c https://dichvucong.gov.vn/p/home vanthu@sonoivu.gov.vn; do
		[[ " $output " == *" $tok "* ]] || { echo "missing $tok in: $output"; return 1; }
	done
	assert_line --index 0 --partial '( CCHC )'
}

@test "-w never loses or changes a character" {
	text='Năm 2018, Sở đã giải quyết 19.853 hồ sơ (đạt 99,1%); 04 chi bộ “xuất sắc”… Đ/c Hiền-Phó Giám đốc nói: “Tốt!”'
	words "$text"
	[ "$(printf '%s' "$output" | tr -d ' _\n')" = "$(printf '%s' "$text" | tr -d ' ')" ]
}

@test "-w writes one sentence a line and a blank line after each paragraph" {
	run --separate-stderr vn-segment -w < <(printf 'Trời mưa. Đường trơn.\n\nXe chạy chậm.\n')
	assert_success
	assert_output "$(printf '%s\n' 'Trời mưa .' 'Đường trơn .' '' 'Xe chạy chậm .' '')"
}

@test "--conllu writes sent_id, text and one word a line with SpaceAfter=No" {
	run --separate-stderr vn-segment --conllu < <(printf 'Sở Tư pháp tiếp nhận 1.204 hồ sơ (đạt 98%%).\n')
	assert_success
	assert_line --index 0 '# sent_id = 1'
	assert_line --index 1 '# text = Sở Tư pháp tiếp nhận 1.204 hồ sơ (đạt 98%).'
	assert_line --index 2 "$(printf '1\tSở\t_\t_\t_\t_\t_\t_\t_\t_')"
	assert_line --index 3 "$(printf '2\tTư pháp\t_\t_\t_\t_\t_\t_\t_\t_')"
	assert_line --index 4 "$(printf '3\ttiếp nhận\t_\t_\t_\t_\t_\t_\t_\t_')"
	assert_line --index 7 "$(printf '6\t(\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No')"
	assert_line --index 11 "$(printf '10\t)\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No')"
	assert_line --index 12 "$(printf '11\t.\t_\t_\t_\t_\t_\t_\t_\t_')"
	[ "${#lines[@]}" -eq 13 ]
	# every token line has ten columns, and the sentence ends with an empty line
	run bash -c "printf 'Một câu. Hai câu.\n' | vn-segment --conllu | awk -F'\t' '/^[0-9]/ && NF != 10 {bad=1} END {exit bad}'"
	assert_success
	run bash -c "printf 'Một câu.\n' | vn-segment --conllu | tail -c 2 | od -An -c | tr -d ' '"
	assert_output '\n\n'
}

@test "--conllu numbers sentences per document and passes # newdoc through" {
	echo 'Câu một. Câu hai.' > a.txt
	echo 'Câu ba.' > b.txt
	run --separate-stderr vn-segment --conllu a.txt b.txt
	assert_success
	assert_line --index 0 '# newdoc id = a.txt'
	assert_line --index 1 '# sent_id = a.txt-1'
	assert_line --index 2 '# text = Câu một.'
	[[ "$output" == *'# sent_id = a.txt-2'* ]]
	[[ "$output" == *'# newdoc id = b.txt'*'# sent_id = b.txt-1'*'# text = Câu ba.'* ]]
}

@test "--conllu output is read back by score-seg as the same words as -w" {
	require_shared
	command -v python3 >/dev/null || skip "python3 is not installed"
	printf '%s\n' 'Chính phủ ban hành chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030.' > in.txt
	vn-segment --conllu in.txt > out.conllu
	vn-segment -w in.txt > out.words
	run "$SHARED_DIR/tools/score-seg" words out.conllu out.words
	assert_success
	assert_line --index 2 'F1 1.0000'
}

@test "--model reads another model; a bad model file is a clear error" {
	printf 'not a model\n' > bad.model
	run --separate-stderr vn-segment -w --model bad.model < <(echo 'Xin chào.')
	assert_failure 1
	[[ "$stderr" == *"bad.model: word model: bad line"* ]]
	run --separate-stderr vn-segment -w --model missing.model < <(echo 'Xin chào.')
	assert_failure 1
	[[ "$stderr" == *"missing.model: No such file or directory"* ]]
}

@test "sentence mode does not need the model" {
	run --separate-stderr vn-segment --model missing.model < <(echo 'Xin chào.')
	assert_success
	assert_output "$(printf '%s\n' 'Xin chào.' '')"
}
