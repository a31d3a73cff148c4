#!/usr/bin/env bats
# vn-segment: lines into paragraphs, headings, lists, tables, --lines,
# and `# newdoc` markers (issue 4, PIPELINE.md section 1).

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

@test "joins a hard-wrapped paragraph back into its sentences" {
	printf '%s\n' \
		'Trong năm 2022, Sở Tư pháp đã rà soát 146 thủ tục hành chính, kiến nghị' \
		'đơn giản hóa 37 thủ tục và cắt giảm thời gian giải quyết của' \
		'Phòng Hành chính tư pháp. Người dân đánh giá cao kết quả này.' > wrapped.txt
	run --separate-stderr vn-segment wrapped.txt
	assert_success
	assert_output "$(printf '%s\n' 'Trong năm 2022, Sở Tư pháp đã rà soát 146 thủ tục hành chính, kiến nghị đơn giản hóa 37 thủ tục và cắt giảm thời gian giải quyết của Phòng Hành chính tư pháp.' 'Người dân đánh giá cao kết quả này.' '')"
}

@test "a blank line always ends a paragraph" {
	printf '%s\n' 'Đoàn kiểm tra làm việc tại xã' '' 'vào sáng thứ Hai.' > para.txt
	run --separate-stderr vn-segment para.txt
	assert_success
	assert_output "$(printf '%s\n' 'Đoàn kiểm tra làm việc tại xã' '' 'vào sáng thứ Hai.' '')"
}

@test "white space only lines (NBSP too) count as blank" {
	printf 'Câu thứ nhất.\n\xc2\xa0\n \t\nCâu thứ hai.\n' > nbsp.txt
	run --separate-stderr vn-segment nbsp.txt
	assert_success
	assert_output "$(printf '%s\n' 'Câu thứ nhất.' '' 'Câu thứ hai.' '')"
}

@test "--lines makes every input line a paragraph" {
	printf '%s\n' 'Chỉ số PAR Index của tỉnh tăng' 'năm bậc so với năm trước. Rất đáng mừng.' > lines.txt
	run --separate-stderr vn-segment --lines lines.txt
	assert_success
	assert_output "$(printf '%s\n' 'Chỉ số PAR Index của tỉnh tăng' '' 'năm bậc so với năm trước.' 'Rất đáng mừng.' '')"
}

@test "headings, list items and lines without final punctuation stand alone" {
	cat > report.txt <<-'TXT'
	BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
	Quý III năm 2023
	I. KẾT QUẢ ĐẠT ĐƯỢC
	1. Công tác chỉ đạo, điều hành
	a) Ban hành 12 văn bản chỉ đạo;
	b) Tổ chức 3 đoàn kiểm tra.
	- Tiếp nhận 4.512 hồ sơ trực tuyến;
	+ Trả kết quả đúng hạn 99,2%.
	• Không có hồ sơ quá hạn
	Điều 3. Hiệu lực thi hành
	TXT
	run --separate-stderr vn-segment report.txt
	assert_success
	assert_output "$(printf '%s\n\n' 'BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH' 'Quý III năm 2023' 'I. KẾT QUẢ ĐẠT ĐƯỢC' '1. Công tác chỉ đạo, điều hành' 'a) Ban hành 12 văn bản chỉ đạo;' 'b) Tổ chức 3 đoàn kiểm tra.' '- Tiếp nhận 4.512 hồ sơ trực tuyến;' '+ Trả kết quả đúng hạn 99,2%.' '• Không có hồ sơ quá hạn' 'Điều 3. Hiệu lực thi hành')"
}

@test "a wrapped list item keeps its continuation line" {
	printf '%s\n' '- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình' 'cho người dân và doanh nghiệp;' '- Số hóa hồ sơ.' > list.txt
	run --separate-stderr vn-segment list.txt
	assert_success
	assert_output "$(printf '%s\n\n' '- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình cho người dân và doanh nghiệp;' '- Số hóa hồ sơ.')"
}

@test "table rows are sentences of their own" {
	printf 'STT\tĐơn vị\tSố hồ sơ\n1\tSở Tư pháp\t1.204\n| 2 | Sở Y tế | 980 |\n' > table.txt
	run --separate-stderr vn-segment table.txt
	assert_success
	assert_output "$(printf 'STT\tĐơn vị\tSố hồ sơ\n\n1\tSở Tư pháp\t1.204\n\n| 2 | Sở Y tế | 980 |\n')"
}

@test "a caption without final punctuation is not joined to the next paragraph line" {
	printf '%s\n' 'Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị' 'Hội nghị đã thông qua nghị quyết.' > caption.txt
	run --separate-stderr vn-segment caption.txt
	assert_success
	assert_output "$(printf '%s\n\n' 'Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị' 'Hội nghị đã thông qua nghị quyết.')"
}

@test "# newdoc markers pass through and end the paragraph before them" {
	printf '# newdoc id = bao-cao-1\nCâu một. Câu hai\n# newdoc id = bao-cao-2\nCâu ba.\n' > docs.txt
	run --separate-stderr vn-segment docs.txt
	assert_success
	assert_output "$(printf '%s\n' '# newdoc id = bao-cao-1' 'Câu một.' 'Câu hai' '' '# newdoc id = bao-cao-2' 'Câu ba.' '')"
}

@test "two file operands get a # newdoc marker each" {
	echo 'Văn bản thứ nhất.' > a.txt
	echo 'Văn bản thứ hai.' > b.txt
	run --separate-stderr vn-segment a.txt b.txt
	assert_success
	assert_output "$(printf '%s\n' '# newdoc id = a.txt' 'Văn bản thứ nhất.' '' '# newdoc id = b.txt' 'Văn bản thứ hai.' '')"
}

@test "a paragraph that never ends keeps memory flat and loses nothing" {
	for i in $(seq 1 30000); do echo "dòng thứ $i của một đoạn rất dài, chưa hết câu"; done > long.txt
	echo 'và đây là dòng cuối.' >> long.txt
	run bash -c 'vn-segment long.txt | wc -l'
	assert_output 2
	run bash -c "vn-segment long.txt | tr -d ' \n' | wc -c"
	[ "$output" -eq "$(tr -d ' \n' < long.txt | wc -c)" ]
}
