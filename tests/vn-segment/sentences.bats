#!/usr/bin/env bats
# vn-segment: where sentences end and where they do not (issue 4).

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

# One paragraph in, the sentences out (without the paragraph's blank line).
split() {
	run --separate-stderr vn-segment < <(printf '%s\n' "$1")
	assert_success
	[ -z "$stderr" ]
}

@test "ends sentences at . ! ? and writes one per line, then a blank line" {
	split 'Huyện đã tiếp nhận 1.245 hồ sơ. Tỷ lệ đúng hạn đạt 98%! Vì sao còn chậm? Do thiếu cán bộ.'
	assert_output "$(printf '%s\n' 'Huyện đã tiếp nhận 1.245 hồ sơ.' 'Tỷ lệ đúng hạn đạt 98%!' 'Vì sao còn chậm?' 'Do thiếu cán bộ.' '')"
}

@test "keeps a run of marks and the closing quote or bracket with its sentence" {
	split 'Chủ đề năm nay là “Kỷ cương, trách nhiệm”. Ai cũng hỏi: “Bao giờ xong?!” Sở trả lời ngay (trong tuần này.) Mọi việc đã rõ...'
	assert_line --index 0 'Chủ đề năm nay là “Kỷ cương, trách nhiệm”.'
	assert_line --index 1 'Ai cũng hỏi: “Bao giờ xong?!”'
	assert_line --index 2 'Sở trả lời ngay (trong tuần này.)'
	assert_line --index 3 'Mọi việc đã rõ...'
}

@test "never splits inside numbers, dates, times or percentages" {
	split 'Ngày 15.3.2021 lúc 14.30, tỉnh giải quyết 12.408 hồ sơ, đạt 96,5% kế hoạch. Hết.'
	assert_line --index 0 'Ngày 15.3.2021 lúc 14.30, tỉnh giải quyết 12.408 hồ sơ, đạt 96,5% kế hoạch.'
	assert_line --index 1 'Hết.'
}

@test "never splits inside document codes, standards, URLs or e-mail addresses" {
	split 'Theo Quyết định 1291/QĐ-BNV và Kế hoạch 15-KH/TU, áp dụng TCVN ISO 9001:2015, xem tại dichvucong.gov.vn/p/home/dvc-trang-chu.html hoặc hỏi vanphong@sotp.hanoi.gov.vn. Xong.'
	assert_line --index 0 'Theo Quyết định 1291/QĐ-BNV và Kế hoạch 15-KH/TU, áp dụng TCVN ISO 9001:2015, xem tại dichvucong.gov.vn/p/home/dvc-trang-chu.html hoặc hỏi vanphong@sotp.hanoi.gov.vn.'
	assert_line --index 1 'Xong.'
}

@test "does not split after initials" {
	split 'Bà Trần T. H. Mai phát biểu. Ông Lê V. Nam ghi nhận.'
	assert_output "$(printf '%s\n' 'Bà Trần T. H. Mai phát biểu.' 'Ông Lê V. Nam ghi nhận.' '')"
}

@test "does not split after known abbreviations before a name" {
	split 'Đoàn do PGS.TS. Phạm Văn Khôi dẫn đầu, cùng ThS. Đỗ Hà và BS. Lý Long đến TP. Cần Thơ và Tp. Huế. Đ/c Hòa chủ trì.'
	assert_line --index 0 'Đoàn do PGS.TS. Phạm Văn Khôi dẫn đầu, cùng ThS. Đỗ Hà và BS. Lý Long đến TP. Cần Thơ và Tp. Huế.'
	assert_line --index 1 'Đ/c Hòa chủ trì.'
}

@test "TP.HCM and v.v. keep their full stops" {
	split 'Các quận của TP.HCM, Hà Nội, Đà Nẵng v.v. đều tham gia. Kết quả tốt.'
	assert_line --index 0 'Các quận của TP.HCM, Hà Nội, Đà Nẵng v.v. đều tham gia.'
	assert_line --index 1 'Kết quả tốt.'
}

@test "v.v. before a capital closes the sentence" {
	split 'Cần chuẩn bị sổ hộ khẩu, giấy khai sinh v.v. Sau đó nộp tại bộ phận một cửa.'
	assert_line --index 0 'Cần chuẩn bị sổ hộ khẩu, giấy khai sinh v.v.'
	assert_line --index 1 'Sau đó nộp tại bộ phận một cửa.'
}

@test "an ellipsis before a lower-case word does not end the sentence" {
	split 'Thủ tục còn rườm rà… nhưng đã giảm nhiều. Người dân hài lòng... Tháng sau tiếp tục.'
	assert_line --index 0 'Thủ tục còn rườm rà… nhưng đã giảm nhiều.'
	assert_line --index 1 'Người dân hài lòng...'
	assert_line --index 2 'Tháng sau tiếp tục.'
}

@test "splits sentences glued together without a space" {
	split 'Hội nghị tổng kết năm 2019.Chủ tịch UBND tỉnh phát biểu. Mục tiêu đến năm 2025…Trước mắt cần làm ngay.'
	assert_line --index 0 'Hội nghị tổng kết năm 2019.'
	assert_line --index 1 'Chủ tịch UBND tỉnh phát biểu.'
	assert_line --index 2 'Mục tiêu đến năm 2025…'
	assert_line --index 3 'Trước mắt cần làm ngay.'
}

@test "a list number at the start is not a sentence" {
	split '2. Kết quả thực hiện cải cách thủ tục hành chính.'
	assert_output "$(printf '%s\n' '2. Kết quả thực hiện cải cách thủ tục hành chính.' '')"
	split 'II. NHIỆM VỤ TRỌNG TÂM'
	assert_output "$(printf '%s\n' 'II. NHIỆM VỤ TRỌNG TÂM' '')"
}

@test "a question inside quotes followed by who asked stays one sentence" {
	split 'Bà con hỏi: “Bao giờ có sổ đỏ?” - ông Tư kể lại. Cán bộ ghi chép.'
	assert_line --index 0 'Bà con hỏi: “Bao giờ có sổ đỏ?” - ông Tư kể lại.'
	assert_line --index 1 'Cán bộ ghi chép.'
}

@test "space-tokenized text (as in the treebank) splits the same way" {
	split 'Ông Phan Văn Sáu ở TP . HCM cho biết : " Dân rất mừng ! " . Năm nay xã có 25 . 000 hộ .'
	assert_line --index 0 'Ông Phan Văn Sáu ở TP . HCM cho biết : " Dân rất mừng ! " .'
	assert_line --index 1 'Năm nay xã có 25 . 000 hộ .'
}

@test "a headline run into a dateline in capitals is split before it" {
	split 'Xã vùng cao đón điện lưới (LÀO CAI) Sáng qua, hơn 300 hộ đã có điện. Doanh nghiệp (DN) Việt Nam mở rộng.'
	assert_line --index 0 'Xã vùng cao đón điện lưới'
	assert_line --index 1 '(LÀO CAI) Sáng qua, hơn 300 hộ đã có điện.'
	assert_line --index 2 'Doanh nghiệp (DN) Việt Nam mở rộng.'
}
