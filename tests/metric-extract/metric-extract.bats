#!/usr/bin/env bats
# metric-extract: the figures of a report as JSON Lines (PIPELINE.md
# section 2, GUIDELINES.md "Metrics"). The sentences are written for these
# tests in the style of PAR Index news, district reform reviews and Party
# cell reports.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

# The numbers and unit of every record of one sentence, one per line:
# kind value low high of from to unit year
fields() {
	printf '%s\n' "$1" | metric-extract |
		jq -r '[.kind, .value, .low, .high, .of, .from, .to, .unit, .year] | map(. // "-") | join(" ")'
}

@test "writes the record fields in the contract's order, absent ones as null" {
	run --separate-stderr metric-extract < <(echo 'Năm 2021, huyện đã tiếp nhận 1.234 hồ sơ.')
	assert_success
	assert_output '{"doc":"-","line":1,"start":29,"end":40,"text":"1.234 hồ sơ","kind":"count","value":1234,"low":null,"high":null,"of":null,"from":null,"to":null,"unit":"hồ sơ","subject":"hồ sơ","year":2021}'
	[ -z "$stderr" ]
}

@test "percent: plain, spaced, decimal comma and 'phần trăm'" {
	run fields 'Có 97,5% hồ sơ đúng hạn, 80 % trực tuyến và trên 90 phần trăm người dân hài lòng.'
	assert_line --index 0 'percent 97.5 - - - - - % -'
	assert_line --index 1 'percent 80 - - - - - % -'
	assert_line --index 2 'percent 90 - - - - - % -'
	[ "${#lines[@]}" -eq 3 ]
}

@test "percent: ranges with a dash or 'từ … đến'" {
	run fields 'Thời gian giải quyết giảm 30-50%, chi phí giảm từ 20% đến 35%, đạt 60 – 70% kế hoạch.'
	assert_line --index 0 'percent - 30 50 - - - % -'
	assert_line --index 1 'percent - 20 35 - - - % -'
	assert_line --index 2 'percent - 60 70 - - - % -'
}

@test "count: digits, leading zeros, approximations and the counted noun" {
	run fields 'Chi bộ có 05 đảng viên, kết nạp thêm 2 quần chúng ưu tú; toàn huyện có hơn 300 cán bộ, công chức.'
	assert_line --index 0 'count 5 - - - - - đảng viên -'
	assert_line --index 1 'count 2 - - - - - quần chúng -'
	assert_line --index 2 'count 300 - - - - - cán bộ, công chức -'
}

@test "count: number words, including mốt, tư, lăm and linh" {
	run fields 'Hai đơn vị được khen thưởng, mười lăm cá nhân, hai mươi mốt hộ gia đình và một trăm linh năm hồ sơ.'
	assert_line --index 0 'count 2 - - - - - đơn vị -'
	assert_line --index 1 'count 15 - - - - - cá nhân -'
	assert_line --index 2 'count 21 - - - - - hộ gia đình -'
	assert_line --index 3 'count 105 - - - - - hồ sơ -'
}

@test "count: number words in capitals, capitalized, or partly decomposed" {
	# Headlines write figures in capitals; pasted text mixes NFC and NFD
	# (a decomposed ả in bảy, a precomposed ư with a decomposed ờ in mười).
	run fields "$(printf 'Toàn tỉnh có HAI MƯƠI MỐT xã, Mười lăm phường, ba\xcc\x89y thị trấn và m\xc6\xb0o\xcc\x9b\xcc\x80i hai huyện.')"
	assert_line --index 0 'count 21 - - - - - xã -'
	assert_line --index 1 'count 15 - - - - - phường -'
	assert_line --index 2 'count 7 - - - - - thị trấn -'
	assert_line --index 3 'count 12 - - - - - huyện -'
	[ "${#lines[@]}" -eq 4 ]
}

@test "count: scale words multiply" {
	run fields 'Cổng dịch vụ công đón 1,2 triệu lượt truy cập và 3 nghìn hồ sơ.'
	assert_line --index 0 'count 1200000 - - - - - lượt truy cập -'
	assert_line --index 1 'count 3000 - - - - - hồ sơ -'
}

@test "count: an acronym is a unit" {
	run fields 'Năm 2022, tỉnh đã cắt giảm 45 TTHC.'
	assert_output 'count 45 - - - - - TTHC 2022'
}

@test "ratio: a part of a whole, and a score out of 100" {
	run fields 'Có 14/15 xã đạt chuẩn; Chỉ số PAR của Sở đạt 88,35/100 điểm.'
	assert_line --index 0 'ratio 14 - - 15 - - xã -'
	assert_line --index 1 'ratio 88.35 - - 100 - - điểm -'
}

@test "rank: xếp thứ, đứng thứ, xếp hạng, đứng … trong and đứng đầu" {
	run fields 'Năm 2020, Sở Nội vụ xếp thứ 03/21 sở, ngành; huyện đứng thứ 2 toàn tỉnh.'
	assert_line --index 0 'rank 3 - - 21 - - sở, ngành 2020'
	assert_line --index 1 'rank 2 - - - - - - 2020'
	run fields 'Tỉnh xếp hạng 18/63 về Chỉ số SIPAS và Sở Tư pháp đứng 2 trong 20 cơ quan.'
	assert_line --index 0 'rank 18 - - 63 - - - -'
	assert_line --index 1 'rank 2 - - 20 - - cơ quan -'
	run fields 'Về Chỉ số cải cách hành chính, Văn phòng UBND tỉnh đứng đầu khối cơ quan.'
	assert_output 'rank 1 - - - - - - -'
}

@test "rank: ordinals in words after a ranking verb" {
	run fields 'Sở Tài chính xếp thứ nhất, Sở Công Thương xếp thứ hai.'
	assert_line --index 0 'rank 1 - - - - - - -'
	assert_line --index 1 'rank 2 - - - - - - -'
}

@test "rank_change: places gained are positive, places lost negative" {
	run fields 'Năm 2022, tỉnh tăng 07 bậc; Chỉ số SIPAS giảm 3 bậc và PCI tụt hai hạng.'
	assert_line --index 0 'rank_change 7 - - - - - - 2022'
	assert_line --index 1 'rank_change -3 - - - - - - 2022'
	assert_line --index 2 'rank_change -2 - - - - - - 2022'
}

@test "change: from one value to another, with its unit" {
	run fields 'Số phòng chuyên môn giảm từ 14 xuống còn 11 phòng; tỷ lệ hồ sơ trực tuyến tăng từ 42% lên 68%.'
	assert_line --index 0 'change - - - - 14 11 phòng -'
	assert_line --index 1 'change - - - - 42 68 % -'
	run fields 'Năm 2019, 12 đơn vị sự nghiệp (gồm 3 trường) giảm còn 8 đơn vị.'
	assert_output 'change - - - - 12 8 đơn vị 2019'
}

@test "change: the numbers of a change are not also counts" {
	run fields 'Biên chế giảm từ 120 người xuống còn 98 người.'
	assert_output 'change - - - - 120 98 người -'
}

@test "money: scale words and the currency's base unit" {
	run fields 'Tổng kinh phí là 2,5 tỷ đồng, trong đó 750.000.000 đồng từ ngân sách và 1 tỷ 200 triệu đồng xã hội hóa.'
	assert_line --index 0 'money 2500000000 - - - - - đồng -'
	assert_line --index 1 'money 750000000 - - - - - đồng -'
	assert_line --index 2 'money 1200000000 - - - - - đồng -'
}

@test "money: 'đồng chí' counts comrades" {
	run fields 'Hội nghị có 03 đồng chí vắng mặt.'
	assert_output 'count 3 - - - - - đồng chí -'
}

@test "duration: trong, rút ngắn còn, working days" {
	run fields 'Hồ sơ được giải quyết trong 10 ngày, rút ngắn còn 03 ngày làm việc so với quy định.'
	assert_line --index 0 'duration 10 - - - - - ngày -'
	assert_line --index 1 'duration 3 - - - - - ngày làm việc -'
}

@test "year: the nearest year before the number in the same sentence" {
	run fields 'Năm 2018, Sở tiếp nhận 500 hồ sơ; đến tháng 6/2019 đã tiếp nhận 900 hồ sơ. Đơn vị có 12 phòng.'
	assert_line --index 0 'count 500 - - - - - hồ sơ 2018'
	assert_line --index 1 'count 900 - - - - - hồ sơ 2019'
	assert_line --index 2 'count 12 - - - - - phòng -'
}

@test "year: one written after the number, in a period or in a document number does not count" {
	run fields 'Huyện có 6 nội dung trọng tâm trong năm 2023.'
	assert_output 'count 6 - - - - - nội dung -'
	run fields 'Giai đoạn 2016-2020, toàn tỉnh giảm 35 đầu mối.'
	assert_output 'count 35 - - - - - đầu mối -'
	run fields 'Theo Nghị định 61/2018/NĐ-CP, thời hạn giải quyết là 05 ngày.'
	assert_output 'duration 5 - - - - - ngày -'
}

@test "year: the baseline of a comparison is not the figure's year" {
	run fields 'Năm 2023, Chỉ số đạt 87,2%, tăng 2,3% so với năm 2022, xếp thứ 17/63 tỉnh.'
	assert_line --index 2 'rank 17 - - 63 - - tỉnh 2023'
}

@test "year: an index named with its year states it" {
	run fields 'Chỉ số SIPAS 2023 của huyện đạt 86,4%; PAR Index 2021 xếp thứ 9/22 đơn vị.'
	assert_line --index 0 'percent 86.4 - - - - - % 2023'
	assert_line --index 1 'rank 9 - - 22 - - đơn vị 2021'
	run fields 'Kho lưu trữ nhận 2024 hồ sơ.'
	assert_output 'count 2024 - - - - - hồ sơ -'
}

@test "a figure after a label and a colon counts; a time after a colon does not" {
	run fields 'Tỷ lệ: 92,5%. Tân Hòa: 12/12 xã hoàn thành. Kết quả: 1.234 hồ sơ đúng hạn.'
	assert_line --index 0 'percent 92.5 - - - - - % -'
	assert_line --index 1 'ratio 12 - - 12 - - xã -'
	assert_line --index 2 'count 1234 - - - - - hồ sơ -'
	run fields 'Cuộc họp bắt đầu lúc 14 : 30 tại hội trường.'
	assert_output ''
}

@test "a score after 'điểm' is a ratio with that unit; 'điểm 3' of a clause is a label" {
	run fields 'Năm 2023, huyện đạt điểm 91,25/100, theo điểm 3 khoản 2 của quy định.'
	assert_output 'ratio 91.25 - - 100 - - điểm 2023'
}

@test "count: teams and kinds (tổ, loại) are counted after a number, labels before one" {
	run fields 'Mỗi xã thành lập 2 tổ công nghệ số cộng đồng; Tổ 3 có 12 hộ; còn hai loại dịch vụ.'
	assert_line --index 0 'count 2 - - - - - tổ -'
	assert_line --index 1 'count 12 - - - - - hộ -'
	assert_line --index 2 'count 2 - - - - - loại -'
	assert_equal "${#lines[@]}" 3
}

@test "a table row's number (pdftotext) is no count; its figures are still read" {
	run fields '4 Tư pháp 215 210 97,7%'
	assert_output 'percent 97.7 - - - - - % -'
	run fields '3 Sở đạt 100 điểm.'
	assert_line --index 0 'count 3 - - - - - Sở -'
}

@test "rank: 'đứng đầu' in a sentence of places gained and lost is first place" {
	run fields 'Ở cấp xã, thị trấn Hòa Bình đứng đầu, xã Tân Lập tăng 3 bậc.'
	assert_line --index 0 'rank 1 - - - - - - -'
	assert_line --index 1 'rank_change 3 - - - - - - -'
}

@test "year: a date in a citation states a year" {
	run fields 'Quyết định số 1234/QĐ-UBND ngày 20/10/2022 công bố 135 thủ tục hành chính.'
	assert_output 'count 135 - - - - - thủ tục hành chính 2022'
}

@test "year: a line that goes on a sentence keeps its year" {
	run --separate-stderr metric-extract < <(printf 'Trong năm 2021, Trung tâm đã tiếp nhận và giải quyết\nđúng hạn 4.321 hồ sơ.\nTổ có 3 người.\n')
	assert_success
	assert_line --index 0 --partial '"value":4321,'
	assert_line --index 0 --partial '"year":2021}'
	assert_line --index 1 --partial '"year":null}'
}

@test "excludes years, periods, dates and times" {
	run fields 'Ngày 15/3/2022, lúc 8 giờ 30, tại hội nghị năm 2022 (giai đoạn 2021-2025) ngày 5 tháng 9 năm 2022 và sáng 19/9.'
	assert_output ''
	run fields 'Trong 6 tháng đầu năm 2023 và 9 tháng năm 2022, Trung tâm làm việc từ 7 giờ 30 đến 17 giờ.'
	assert_output ''
}

@test "excludes document and article numbers, citations and standards" {
	run fields 'Căn cứ Điều 5, khoản 2 Nghị định số 30/2020/NĐ-CP, Chỉ thị 10-CT/TW và Nghị quyết 57, Sở áp dụng TCVN ISO 9001:2015.'
	assert_output ''
}

@test "excludes the number of a short-form citation even when a noun follows it" {
	# "Nghị quyết 18" and "Thông tư số 01" cite documents; the words after
	# them are no counted nouns. Also with the head typed decomposed (NFD).
	run fields 'Thực hiện Nghị quyết 18 yêu cầu tinh gọn bộ máy, huyện đã giảm 3 phòng; Thông tư số 01 hướng dẫn rõ 40 thủ tục.'
	assert_line --index 0 'count 3 - - - - - phòng -'
	assert_line --index 1 'count 40 - - - - - thủ tục -'
	[ "${#lines[@]}" -eq 2 ]
	run fields "$(printf 'Thực hiện Nghi\xcc\xa3 quye\xcc\x82\xcc\x81t 18 yêu cầu tinh gọn bộ máy, huyện đã giảm 3 phòng.')"
	assert_output 'count 3 - - - - - phòng -'
}

@test "excludes labels after a noun" {
	run fields 'Chi bộ 3 phối hợp với các Chi bộ 1,2,4, Khu phố 4, Tổ dân phố 7 và Đoàn kiểm tra số 02; dịch vụ công mức độ 3, mức độ 4; Hình 1; Quý III.'
	assert_output ''
}

@test "excludes ordinals and idioms" {
	run fields 'Năm thứ hai, hội nghị lần thứ 5 nêu một số hạn chế; một trong các nguyên nhân là bộ phận một cửa làm việc một cách hình thức.'
	assert_output ''
}

@test "excludes a lone 'một' (the article) but keeps other number words" {
	run fields 'Đây là một nhiệm vụ trọng tâm của ba cơ quan.'
	assert_output 'count 3 - - - - - cơ quan -'
}

@test "excludes phone numbers and addresses" {
	run fields 'Liên hệ số 45 đường Trần Phú, phòng 203, điện thoại 0243.3821.123 hoặc 0912 345 678.'
	assert_output ''
}

@test "excludes 'người đứng đầu' (the head of an agency)" {
	run fields 'Người đứng đầu cơ quan chịu trách nhiệm về Chỉ số cải cách hành chính.'
	assert_output ''
}

@test "word-segmented input gives the same records" {
	plain='Năm 2021, Sở đã tiếp nhận 19.853 hồ sơ, trong đó 83% được giải quyết trực tuyến, xếp thứ 5/19 đơn vị.'
	seg='Năm 2021 , Sở đã tiếp_nhận 19.853 hồ_sơ , trong_đó 83 % được giải_quyết trực_tuyến , xếp thứ 5/19 đơn_vị .'
	run fields "$plain"
	want=$output
	run fields "$seg"
	assert_output "$want"
	assert_line --index 0 'count 19853 - - - - - hồ sơ 2021'
}

@test "tokenized text: dates, times and codes with spaces around / and : are no ratios" {
	run fields 'Ngày 02 / 8 / 2018 , theo văn bản 145 / SNV-CCHC , lúc 14 : 46 , có 12 / 16 xã đạt chuẩn .'
	assert_output 'ratio 12 - - 16 - - xã -'
}

@test "sentences inside a line bound the year" {
	run fields 'Năm 2020 Sở xếp thứ 9/19 cơ quan. Năm nay Sở có 8 phòng…Ban hành 22 kế hoạch.'
	assert_line --index 0 'rank 9 - - 19 - - cơ quan 2020'
	assert_line --index 1 'count 8 - - - - - phòng -'
	assert_line --index 2 'count 22 - - - - - kế hoạch -'
}

@test "provenance: code-point offsets and the text as written" {
	run --separate-stderr metric-extract < <(printf 'Tỷ lệ đạt 98,5%% hồ_sơ.\n')
	assert_success
	[ "$(jq -r '[.start, .end, .text, .unit] | @tsv' <<<"$output")" = "$(printf '10\t21\t98,5%% hồ_sơ\t%%')" ]
}

@test "scores F1 >= 0.95 with unit and year accuracy >= 0.9 on the seed gold" {
	require_shared
	metric-extract "$SHARED_DIR"/corpus/seeds/*.txt > out.jsonl
	run "$SHARED_DIR/tools/score" metrics "$SHARED_DIR/corpus/gold/metrics.jsonl" out.jsonl
	assert_success
	f1=$(awk '/^F1 /{print $2}' <<<"$output")
	acc=$(grep 'field accuracy' <<<"$output")
	unit=$(sed -E 's/.*unit ([0-9.]+).*/\1/' <<<"$acc")
	year=$(sed -E 's/.*year ([0-9.]+).*/\1/' <<<"$acc")
	echo "F1 $f1 unit $unit year $year"
	awk -v f="$f1" -v u="$unit" -v y="$year" 'BEGIN { exit !(f >= 0.95 && u >= 0.9 && y >= 0.9) }'
}

@test "scores the same on the seeds split one sentence per line" {
	require_shared
	for f in "$SHARED_DIR"/corpus/seeds/*.txt; do
		sed -E 's/([.!?]) +([[:upper:]])/\1\n\2/g; s/([0-9])%/\1 %/g; s/hồ sơ/hồ_sơ/g; s/chi bộ/chi_bộ/g' "$f" > "$(basename "$f")"
	done
	metric-extract ./*.txt > out.jsonl
	run "$SHARED_DIR/tools/score" metrics "$SHARED_DIR/corpus/gold/metrics.jsonl" out.jsonl
	f1=$(awk '/^F1 /{print $2}' <<<"$output")
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.95) }'
}

# --- documents and operands -------------------------------------------

@test "names each document: the file operand, or the # newdoc id" {
	echo 'Có 3 xã.' > a.txt
	echo 'Có 4 xã.' > b.txt
	run --separate-stderr metric-extract a.txt b.txt
	assert_success
	assert_line --index 0 --partial '"doc":"a.txt","line":1'
	assert_line --index 1 --partial '"doc":"b.txt","line":1'
	run --separate-stderr metric-extract < <(printf '# newdoc id = r1\nCó 3 xã.\n# newdoc id = r2\n\nCó 4 xã.\n')
	assert_line --index 0 --partial '"doc":"r1","line":1'
	assert_line --index 1 --partial '"doc":"r2","line":2'
}

@test "- reads standard input among file operands" {
	echo 'Có 3 xã.' > a.txt
	run --separate-stderr metric-extract a.txt - < <(echo 'Có 5 xã.')
	assert_success
	assert_line --index 1 --partial '"doc":"-","line":1'
	assert_line --index 1 --partial '"value":5'
}

@test "an unreadable operand is reported, the others still read, exit 1" {
	echo 'Có 3 xã.' > a.txt
	run --separate-stderr metric-extract missing.txt a.txt
	assert_failure 1
	assert_output --partial '"value":3'
	[[ "$stderr" == *"metric-extract: missing.txt:"* ]]
}

# --- the standard edge cases ------------------------------------------

@test "empty input gives no output and exit 0" {
	run --separate-stderr metric-extract < /dev/null
	assert_success
	assert_output ''
	[ -z "$stderr" ]
}

@test "a final line without newline is still read" {
	run --separate-stderr metric-extract < <(printf 'Có 7 xã')
	assert_success
	assert_output --partial '"text":"7 xã"'
}

@test "CRLF line ends: the CR is not part of the line" {
	run --separate-stderr metric-extract < <(printf 'Có 7 xã\r\nđạt 90%%\r\n')
	assert_success
	assert_line --index 0 --partial '"start":3,"end":7,"text":"7 xã"'
	assert_line --index 1 --partial '"line":2,"start":4,"end":7,"text":"90%"'
}

@test "NFD input is read like NFC" {
	printf 'Năm 2021, mười lăm cá nhân và 1.234 hồ sơ.\n' > nfc.txt
	python3 -c 'import sys, unicodedata; sys.stdout.write(unicodedata.normalize("NFD", open("nfc.txt").read()))' > nfd.txt 2>/dev/null ||
		skip "python3 is not available to make NFD text"
	run fields "$(cat nfd.txt)"
	assert_line --index 0 'count 15 - - - - - cá nhân 2021'
	assert_line --index 1 'count 1234 - - - - - hồ sơ 2021'
}

@test "invalid and truncated UTF-8 becomes U+FFFD with a warning; the rest is read" {
	run --separate-stderr metric-extract < <(printf 'Bad \xff byte, 12 xã.\nCut 30 xã \xe1\xbb\n')
	assert_success
	assert_line --index 0 --partial '"text":"12 xã"'
	assert_line --index 1 --partial '"text":"30 xã"'
	[[ "$stderr" == *"-:1: invalid UTF-8"* ]]
	[[ "$stderr" == *"-:2: invalid UTF-8"* ]]
}

@test "--strict makes invalid UTF-8 an error" {
	run --separate-stderr metric-extract --strict < <(printf 'Có 12 xã \xff\n')
	assert_failure 1
	[[ "$stderr" == *"invalid UTF-8"* ]]
}

@test "NUL bytes neither crash nor hide the figures after them" {
	run --separate-stderr metric-extract < <(printf 'Có\0 12 xã và 5\0 hồ sơ.\n')
	assert_success
	assert_output --partial '"text":"12 xã"'
	[ "${#lines[@]}" -eq 1 ]
}

@test "a very long line (tens of MB) is read with flat memory" {
	{ printf 'Có 12 xã. '; head -c 30000000 /dev/zero | tr '\0' 'a'; printf ' Có 15 xã.\n'; } > long.txt
	run --separate-stderr metric-extract long.txt
	assert_success
	assert_line --index 0 --partial '"value":12'
	assert_line --index 1 --partial '"value":15'
}

@test "a bad option is a usage error, exit 2" {
	run --separate-stderr metric-extract --no-such-option
	assert_failure 2
	[[ "$stderr" == *"Try 'metric-extract --help'"* ]]
}

@test "--help prints the usage to stdout; --version the version" {
	run --separate-stderr metric-extract --help
	assert_success
	assert_line --index 0 --partial 'usage: metric-extract'
	run --separate-stderr metric-extract --version
	assert_success
	assert_output --partial 'metric-extract (vnpipe)'
}

@test "a closed pipe ends the tool quietly" {
	yes 'Có 12 xã và 80% hồ sơ.' | head -200000 > many.txt
	run bash -c 'metric-extract many.txt | head -1; echo "status ${PIPESTATUS[0]}"'
	assert_line --index 0 --partial '"value":12'
	refute_output --partial 'error'
}

@test "a write error (/dev/full) is reported, exit 1" {
	run --separate-stderr bash -c 'echo "Có 12 xã." | metric-extract > /dev/full'
	assert_failure 1
	[[ "$stderr" == *"metric-extract:"* ]]
}

@test "-v prints a one-line summary to stderr" {
	run --separate-stderr metric-extract -v < <(echo 'Có 12 xã và 3 huyện.')
	assert_success
	[[ "$stderr" == *"metric-extract:"*"2 records"* ]]
}
