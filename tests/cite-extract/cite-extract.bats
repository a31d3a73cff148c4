#!/usr/bin/env bats
# cite-extract: citations of numbered documents as JSON Lines
# (PIPELINE.md section 2, GUIDELINES.md "Citations").

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

# The fields of every record, one TSV line each (null as "-").
fields() {
	cite-extract "$@" | jq -r '[.text, .id, .system, .type, .type_code, .number, .year,
		.issuer, .date, .issuer_name] | map(if . == null then "-" else tostring end) | @tsv'
}

# One field of every record, one per line.
field() {
	local name=$1
	shift
	cite-extract "$@" | jq -r ".$name // \"-\""
}

@test "golden fixtures: state, Party, lists, short forms, variants, standards, non-citations" {
	cd "$TESTS_DIR/fixtures"
	check_fixtures . cite-extract
}

@test "scores F1 1.0 and every field 1.0 on the seed articles" {
	require_shared
	cite-extract "$SHARED_DIR"/corpus/seeds/*.txt > out.jsonl
	run "$SHARED_DIR/tools/score" cites "$SHARED_DIR/corpus/gold/cites.jsonl" out.jsonl
	assert_success
	assert_line 'F1 1.0000'
	assert_line 'field accuracy on matches: type 1.000, type_code 1.000, number 1.000, year 1.000, issuer 1.000, date 1.000, issuer_name 1.000, system 1.000'
}

@test "scores F1 1.0 on the seeds through vn-normalize and vn-segment" {
	require_shared
	command -v vn-normalize >/dev/null && command -v vn-segment >/dev/null ||
		skip "vn-normalize or vn-segment not built on this branch"
	vn-normalize "$SHARED_DIR"/corpus/seeds/*.txt | vn-segment | cite-extract > out.jsonl
	run "$SHARED_DIR/tools/score" cites "$SHARED_DIR/corpus/gold/cites.jsonl" out.jsonl
	assert_line 'F1 1.0000'
}

@test "writes the contract's fields in order, with provenance in code points" {
	printf 'Dòng đầu.\nSở thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa.\n' > a.txt
	run --separate-stderr cite-extract a.txt
	assert_success
	assert_output '{"doc":"a.txt","line":2,"start":13,"end":54,"text":"Nghị định số 61/2018/NĐ-CP ngày 23/4/2018","kind":"cite","id":"61/2018/NĐ-CP","system":"state","type":"Nghị định","type_code":"NĐ","number":"61","year":2018,"issuer":"CP","date":"2018-04-23","issuer_name":"Chính phủ"}'
	[ -z "$stderr" ]
}

@test "state numbering without a year: the year comes from the issue date" {
	run fields <<<'Căn cứ Quyết định số 4090/QĐ-UBND ngày 31/12/2021 của Chủ tịch UBND tỉnh.'
	assert_output "$(printf 'Quyết định số 4090/QĐ-UBND ngày 31/12/2021\t4090/QĐ-UBND\tstate\tQuyết định\tQĐ\t4090\t2021\tUBND\t2021-12-31\tChủ tịch UBND tỉnh')"
}

@test "issuer groups of a Sở and its unit stay in the issuer" {
	run fields <<<'Sở ban hành Quyết định số 27/QĐ-STP-VP ngày 02/02/2023.'
	assert_output "$(printf 'Quyết định số 27/QĐ-STP-VP ngày 02/02/2023\t27/QĐ-STP-VP\tstate\tQuyết định\tQĐ\t27\t2023\tSTP-VP\t2023-02-02\t-')"
}

@test "Party numbering: number-TYPE/ISSUER, leading zero kept, no year without a date" {
	run fields <<<'Quán triệt Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống lãng phí.'
	assert_output "$(printf 'Chỉ thị số 08-CT/TU\t08-CT/TU\tparty\tChỉ thị\tCT\t08\t-\tTU\t-\tBan Thường vụ Tỉnh ủy')"
}

@test "Party codes the state does not use: QĐi is Quy định, TT is Thông tri" {
	run field type <<<'Quy định 22-QĐi/TW và Thông tri số 15-TT/TW; 14-TT/TW.'
	assert_output "$(printf 'Quy định\nThông tri\nThông tri')"
}

@test "laws and National Assembly acts: type from the head noun, issuer with the term" {
	run fields <<<'Theo Luật Thanh tra số 11/2022/QH15 và Nghị quyết số 27/2022/UBTVQH15.'
	assert_line --index 0 "$(printf 'Luật Thanh tra số 11/2022/QH15\t11/2022/QH15\tstate\tLuật\t-\t11\t2022\tQH15\t-\t-')"
	assert_line --index 1 "$(printf 'Nghị quyết số 27/2022/UBTVQH15\t27/2022/UBTVQH15\tstate\tNghị quyết\t-\t27\t2022\tUBTVQH15\t-\t-')"
}

@test "joint documents keep every issuer" {
	run field issuer <<<'Thông tư liên tịch số 03/2015/TTLT-BNV-BTC hướng dẫn.'
	assert_output 'BNV-BTC'
}

@test "a công văn (agency-unit code, no type code) is type Công văn with no type_code" {
	run fields <<<'Thực hiện văn bản số 5744/UBND-NC của UBND tỉnh; Công văn 312/SNV-TCBC.'
	assert_line --index 0 "$(printf 'văn bản số 5744/UBND-NC\t5744/UBND-NC\tstate\tCông văn\t-\t5744\t-\tUBND-NC\t-\tUBND tỉnh')"
	assert_line --index 1 "$(printf 'Công văn 312/SNV-TCBC\t312/SNV-TCBC\tstate\tCông văn\t-\t312\t-\tSNV-TCBC\t-\t-')"
}

@test "standards: ISO, TCVN ISO, TCVN, with the year as written" {
	run fields <<<'Áp dụng ISO 9001:2015, TCVN ISO 9001:2015, TCVN 6909:2001 và ISO 9001 : 2008.'
	assert_line --index 0 "$(printf 'ISO 9001:2015\tISO 9001:2015\tstandard\t-\t-\t9001\t2015\tISO\t-\t-')"
	assert_line --index 1 "$(printf 'TCVN ISO 9001:2015\tTCVN ISO 9001:2015\tstandard\t-\t-\t9001\t2015\tTCVN ISO\t-\t-')"
	assert_line --index 2 "$(printf 'TCVN 6909:2001\tTCVN 6909:2001\tstandard\t-\t-\t6909\t2001\tTCVN\t-\t-')"
	assert_line --index 3 "$(printf 'ISO 9001 : 2008\tISO 9001:2008\tstandard\t-\t-\t9001\t2008\tISO\t-\t-')"
}

@test "a standard after a code's hanging dash is the standard, not an issuer" {
	run fields <<<'Quyết định 1057/QĐ- TCVN ISO 9001:2015 và 2057/QĐ- UBND.'
	assert_line --index 0 --partial "$(printf '1057/QĐ\tstate\tQuyết định\tQĐ\t1057')"
	assert_line --index 1 "$(printf 'TCVN ISO 9001:2015\tTCVN ISO 9001:2015\tstandard\t-\t-\t9001\t2015\tTCVN ISO\t-\t-')"
	assert_line --index 2 --partial "$(printf '2057/QĐ-UBND\tstate')"
}

@test "the head noun gives the type in any case, in capitals and word-segmented" {
	run field type <<<'QUYẾT ĐỊNH SỐ 12/QĐ-UBND; quyết định số 13/QĐ-UBND; Quyết_định số 14/QĐ-UBND; Quy định số 102-QĐ/TW.'
	assert_output "$(printf 'Quyết định\nQuyết định\nQuyết định\nQuy định')"
}

@test "without a head noun the type comes from the code, old codes included" {
	run field type <<<'Số: 15/2023/QĐ-UBND; số 27/KH-SNV; số 08/GT-UBND; số 11/TTh-BCT; số 3/UQ-SYT; số 9/VBHN-BTC.'
	assert_output "$(printf 'Quyết định\nKế hoạch\nGiấy giới thiệu\nBản thỏa thuận\nGiấy ủy quyền\nVăn bản hợp nhất')"
}

@test "a longer head noun whose first word fits the code names the type" {
	run fields <<<'Thông báo kết luận số 145-TB/TU và Chương trình hành động số 12-CTr/TU.'
	assert_line --index 0 --partial "$(printf 'Thông báo kết luận số 145-TB/TU\t145-TB/TU\tparty\tThông báo')"
	assert_line --index 1 --partial "$(printf 'Chương trình hành động số 12-CTr/TU\t12-CTr/TU\tparty\tChương trình')"
}

@test "numbers listed after one head noun take its type when their codes agree" {
	run field type <<<'Quyết định 15/2019/QĐ-UBND và 16/2019/QĐ-UBND, 61/2018/NĐ-CP; Luật số 80/2015/QH13 và 63/2020/QH14.'
	assert_output "$(printf 'Quyết định\nQuyết định\nNghị định\nLuật\nLuật')"
}

@test "a list intro gives its type and issuer to every number of the sentence" {
	run fields <<<'Các Kế hoạch của Sở Nội vụ: số 12/KH-SNV ngày 02/3/2022 về kiểm tra; số 15/KH-SNV ngày 9/3/2022 về tuyên truyền. Số 20/KH-SNV khác.'
	assert_line --index 0 "$(printf 'số 12/KH-SNV ngày 02/3/2022\t12/KH-SNV\tstate\tKế hoạch\tKH\t12\t2022\tSNV\t2022-03-02\tSở Nội vụ')"
	assert_line --index 1 "$(printf 'số 15/KH-SNV ngày 9/3/2022\t15/KH-SNV\tstate\tKế hoạch\tKH\t15\t2022\tSNV\t2022-03-09\tSở Nội vụ')"
	assert_line --index 2 "$(printf 'Số 20/KH-SNV\t20/KH-SNV\tstate\tKế hoạch\tKH\t20\t-\tSNV\t-\t-')"
}

@test "the issuer after the last of joined numbers names the ones with the same issuer code" {
	run field issuer_name <<<'Nghị định số 61/2018/NĐ-CP, Nghị định số 107/2021/NĐ-CP của Chính phủ; Quyết định số 09/2015/QĐ-TTg và Quyết định số 08/2021/QĐ-UBND của UBND tỉnh.'
	assert_output "$(printf 'Chính phủ\nChính phủ\n-\nUBND tỉnh')"
}

@test "issue dates in every written form become ISO dates" {
	run field date <<<'Quyết định số 1/QĐ-UBND ngày 08/11/2011; Quyết định số 2/QĐ-UBND ngày 8-11-2011; Quyết định số 3/QĐ-UBND ngày27-8-2010; Quyết định số 4/QĐ-UBND ngày 08 tháng 11 năm 2011; Quyết định số 5/QĐ-UBND ngày 5.1.2012; Quyết định số 6/QĐ-UBND (ngày 01/02/2023).'
	assert_output "$(printf '2011-11-08\n2011-11-08\n2010-08-27\n2011-11-08\n2012-01-05\n2023-02-01')"
}

@test "a date that is no calendar date is left out; the year of the code is kept" {
	run fields <<<'Nghị định số 61/2010/NĐ-CP ngày 31/4/2018 và Nghị định số 62/2010/NĐ-CP ngày 23/4/2018.'
	assert_line --index 0 "$(printf 'Nghị định số 61/2010/NĐ-CP\t61/2010/NĐ-CP\tstate\tNghị định\tNĐ\t61\t2010\tCP\t-\t-')"
	assert_line --index 1 --partial "$(printf '62/2010/NĐ-CP\tstate\tNghị định\tNĐ\t62\t2010\tCP\t2018-04-23')"
}

@test "the issuer's name ends where the title, a clause or the next citation starts" {
	cat > names.txt <<-'EOF'
	Quyết định số 1/QĐ-BNV của Bộ Nội vụ về việc ban hành quy chế.
	Quyết định số 2/QĐ-BNV của Bộ trưởng Bộ Nội vụ ban hành quy chế.
	Kế hoạch số 3/KH-UBND của UBND thành phố, các phòng triển khai.
	Kế hoạch số 4/KH-UBND của UBND huyện; Kế hoạch số 5/KH-UBND.
	Chỉ thị số 6-CT/TU của Tỉnh ủy và Kế hoạch số 7-KH/TU.
	Quyết định số 8/QĐ-BKHĐT của Bộ Kế hoạch và Đầu tư “về công tác”.
	Quyết định số 9/QĐ-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội (sau đây gọi tắt).
	Thông báo số 10/TB-VPCP của Văn phòng Chính phủ V/v kết luận.
	EOF
	run field issuer_name names.txt
	assert_output "$(printf 'Bộ Nội vụ\nBộ trưởng Bộ Nội vụ\nUBND thành phố\nUBND huyện\n-\nTỉnh ủy\n-\nBộ Kế hoạch và Đầu tư\nBộ Lao động - Thương binh và Xã hội\nVăn phòng Chính phủ')"
}

@test "issuer names written by a word segmenter get their spaces back" {
	run field issuer_name <<<'Chỉ_thị số 10-CT/TW của Ban_Chấp_hành Trung_ương về công_tác .'
	assert_output 'Ban Chấp hành Trung ương'
}

@test "a short form takes the fields of the full form later in the document" {
	printf 'Nghị quyết 57 và khoa học, công nghệ\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n' > d.txt
	run fields d.txt
	assert_line --index 0 "$(printf 'Nghị quyết 57\t57-NQ/TW\tparty\tNghị quyết\tNQ\t57\t2024\tTW\t2024-12-22\tBộ Chính trị')"
	assert_line --index 1 --partial "$(printf '\t57-NQ/TW\tparty\t')"
}

@test "a short form nearest a repeated full form takes the year with the borrowed date" {
	printf 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\nNghị quyết 57-NQ/TW mở ra cơ chế mới.\nNghị quyết 57 đi vào cuộc sống.\n' > d.txt
	run fields d.txt
	assert_line --index 1 "$(printf 'Nghị quyết 57-NQ/TW\t57-NQ/TW\tparty\tNghị quyết\tNQ\t57\t-\tTW\t-\t-')"
	assert_line --index 2 "$(printf 'Nghị quyết 57\t57-NQ/TW\tparty\tNghị quyết\tNQ\t57\t2024\tTW\t2024-12-22\tBộ Chính trị')"
}

@test "a short form with a year resolves only to the full form of that year" {
	run field id <<<'Nghị định số 30/2020/NĐ-CP; Nghị định 30/2020 và Nghị định 30/2019.'
	assert_output "$(printf '30/2020/NĐ-CP\n30/2020/NĐ-CP\n30/2019')"
}

@test "a short form of another type does not resolve; unresolved, its id is the number" {
	run fields <<<'Đề án 06 và Quyết định số 06/QĐ-TTg; Kết luận 126 của Bộ Chính trị.'
	assert_line --index 0 "$(printf 'Đề án 06\t06\t-\tĐề án\t-\t06\t-\t-\t-\t-')"
	# Kết luận are Party documents and inspection findings (KL-TTCP) alike.
	assert_line --index 2 "$(printf 'Kết luận 126\t126\t-\tKết luận\t-\t126\t-\t-\t-\tBộ Chính trị')"
}

@test "numbers listed after a short form share its head noun and issuer" {
	run fields <<<'Quán triệt Chỉ thị 15, 16 và 19 của Thủ tướng Chính phủ; Nghị quyết 57, 2 đơn vị và 3 xã.'
	assert_line --index 0 "$(printf 'Chỉ thị 15\t15\t-\tChỉ thị\t-\t15\t-\t-\t-\tThủ tướng Chính phủ')"
	assert_line --index 1 "$(printf '16\t16\t-\tChỉ thị\t-\t16\t-\t-\t-\tThủ tướng Chính phủ')"
	assert_line --index 2 "$(printf '19\t19\t-\tChỉ thị\t-\t19\t-\t-\t-\tThủ tướng Chính phủ')"
	assert_line --index 3 --partial "$(printf 'Nghị quyết 57\t57\t')"
	[ "${#lines[@]}" -eq 4 ]
}

@test "labels and years after a head noun count only when a full form resolves them" {
	run field id <<<'Dự án 1 hỗ trợ đất ở; Kế hoạch 2024 của Sở; Kế hoạch 5 năm; Báo cáo 15 và Báo cáo số 15/BC-UBND.'
	assert_output "$(printf '15/BC-UBND\n15/BC-UBND')"
}

@test "short forms resolve within their own document only" {
	printf '# newdoc id = a\nChỉ thị số 05-CT/TW ngày 15/5/2016.\n# newdoc id = b\nChỉ thị 05 tiếp tục được thực hiện.\n' > two.txt
	run field id two.txt
	assert_output "$(printf '05-CT/TW\n05')"
}

@test "codes are written in their official case in fields, as written in text" {
	run cite-extract <<<'Quyết định số 225/qđ-ttg và số 226/Qđ-Ttg; Chỉ thị 10-ct/tw; NQ 30c/nq-cp.'
	assert_success
	[ "$(jq -r .id <<<"$output" | tr '\n' ' ')" = '225/QĐ-TTg 226/QĐ-TTg 10-CT/TW 30c/NQ-CP ' ]
	[ "$(jq -r .text <<<"$output" | head -1)" = 'Quyết định số 225/qđ-ttg' ]
}

@test "Ð typed for Đ, and dashes for hyphens, are repaired in fields" {
	run field id <<<'Quyết định số 12/QÐ-UBND; Chỉ thị 05–CT/TW.'
	assert_output "$(printf '12/QĐ-UBND\n05-CT/TW')"
}

@test "spaces around slash and hyphen, and tokenized codes, give the canonical id" {
	run field id <<<'Chỉ thị 10-CT / TW; quyết định số 2554 / QĐ - UB ; Nghị_định số 30 / 2020 / NĐ - CP .'
	assert_output "$(printf '10-CT/TW\n2554/QĐ-UB\n30/2020/NĐ-CP')"
}

@test "no citation in dates, fractions, ranks, times, phones, articles, labels and addresses" {
	cat > none.txt <<-'EOF'
	Ngày 30/8/2016 lúc 14:47 (19/09/2019), có 12/16 xã đạt, xếp thứ 05/19, tăng 04 bậc.
	Theo Điều 5, khoản 2; Đoàn kiểm tra số 02; Hình 1; Chi bộ 3; Quý III năm 2022.
	Điện thoại 0237.3852.999, 024 3825 1234; nhà số 12/3A và số 5A/KP3; giai đoạn 2016-2020.
	Giảm từ 25-40% thời gian, đạt 98,5%; tốc độ 30km/h; năm học 2021-2022; ngày 15-16/3/2022.
	Luật Cán bộ, công chức và Nghị quyết Trung ương 4 khóa XII không ghi số.
	EOF
	run --separate-stderr cite-extract none.txt
	assert_success
	assert_output ''
}

@test "--unique writes one record per citation per document with its count" {
	printf '# newdoc id = a\nChương trình 08-CTr/TU và Chương trình số 08-CTr/TU ngày 2/5/2016.\nChương trình số 08-CTr/TU; ISO 9001:2008.\n# newdoc id = b\nChương trình số 08-CTr/TU.\n' > u.txt
	run cite-extract --unique u.txt
	assert_success
	[ "$(jq -r '[.doc, .id, .count, .date, .line] | @tsv' <<<"$output")" = "$(printf 'a\t08-CTr/TU\t3\t2016-05-02\t1\na\tISO 9001:2008\t1\t\t2\nb\t08-CTr/TU\t1\t\t1')" ]
	[ "$(head -1 <<<"$output" | jq -r 'keys_unsorted | last')" = count ]
}

@test "documents: # newdoc ids, file operands, and - for standard input" {
	echo 'Chỉ thị số 05-CT/TW.' > one.txt
	run field doc one.txt - < <(echo 'Kế hoạch số 05-KH/TU.')
	assert_output "$(printf 'one.txt\n-')"
	run field doc < <(printf '# newdoc id = bai-1\nx\nChỉ thị số 05-CT/TW.\n')
	assert_output 'bai-1'
	run field line < <(printf '# newdoc id = bai-1\nx\nChỉ thị số 05-CT/TW.\n')
	assert_output '2'
}

@test "empty input gives no records and exit 0" {
	run --separate-stderr cite-extract < /dev/null
	assert_success
	assert_output ''
	[ -z "$stderr" ]
}

@test "a final line without newline is read" {
	run field id < <(printf 'Chỉ thị số 05-CT/TW')
	assert_output '05-CT/TW'
}

@test "CRLF line ends are not part of the text" {
	run cite-extract < <(printf 'Kế hoạch số 12/KH-UBND ngày 1/2/2022\r\nChỉ thị 05-CT/TW\r\n')
	assert_success
	[ "$(jq -r '[.text, .end] | @tsv' <<<"$output")" = "$(printf 'Kế hoạch số 12/KH-UBND ngày 1/2/2022\t36\nChỉ thị 05-CT/TW\t16')" ]
}

@test "decomposed (NFD) text is found, and offsets point into it as written" {
	printf 'Theo Quye\xcc\x82\xcc\x81t \xc4\x91i\xcc\xa3nh so\xcc\x82\xcc\x81 12/Q\xc4\x90-UBND nga\xcc\x80y 3/3/2021 cu\xcc\x89a Chi\xcc\x81nh phu\xcc\x89.\n' > nfd.txt
	run --separate-stderr cite-extract nfd.txt
	assert_success
	[ "$(jq -r '[.start, .end, .type, .date, .issuer_name] | @tsv' <<<"$output")" = "$(printf '5\t49\tQuyết định\t2021-03-03\tChính phủ')" ]
	[ "$(jq -r .text <<<"$output")" = "$(printf 'Quye\xcc\x82\xcc\x81t \xc4\x91i\xcc\xa3nh so\xcc\x82\xcc\x81 12/Q\xc4\x90-UBND nga\xcc\x80y 3/3/2021')" ]
}

@test "invalid and truncated UTF-8 become U+FFFD with a warning; citations still found" {
	run --separate-stderr cite-extract < <(printf 'Chỉ thị \xff số 05-CT/TW\nKế hoạch số 12/KH-UBND \xe1\xbb\n')
	assert_success
	[ "$(jq -r .id <<<"$output" | tr '\n' ' ')" = '05-CT/TW 12/KH-UBND ' ]
	[[ "$stderr" == *"-:1: invalid UTF-8"* ]]
	[[ "$stderr" == *"-:2: invalid UTF-8"* ]]
}

@test "--strict makes invalid UTF-8 an error (exit 1)" {
	run --separate-stderr cite-extract --strict < <(printf 'Chỉ thị số 05-CT/TW \xff\n')
	assert_failure 1
	[[ "$stderr" == *"-:1: invalid UTF-8"* ]]
}

@test "NUL bytes in a line neither crash nor hide the citations around them" {
	run --separate-stderr cite-extract < <(printf 'Chỉ thị số 05-CT/TW\0 và Kế hoạch số 12/KH-UBND\n')
	assert_success
	[ "$(jq -r .id <<<"$output" | tr '\n' ' ')" = '05-CT/TW 12/KH-UBND ' ]
}

@test "a 30 MB line is read whole, with the citations at both ends" {
	{ printf 'Chỉ thị số 05-CT/TW '; head -c 30000000 /dev/zero | tr '\0' 'a'; printf ' Kế hoạch số 12/KH-UBND\n'; } > long.txt
	run --separate-stderr cite-extract long.txt
	assert_success
	[ "$(jq -r '[.id, .start] | @tsv' <<<"$output")" = "$(printf '05-CT/TW\t0\n12/KH-UBND\t30000021')" ]
}

@test "an unreadable operand is reported; the others are still read" {
	echo 'Chỉ thị số 05-CT/TW.' > ok.txt
	run --separate-stderr cite-extract missing.txt ok.txt
	assert_failure 1
	[ "$(jq -r .doc <<<"$output")" = ok.txt ]
	[ "$stderr" = "cite-extract: missing.txt: No such file or directory" ]
}

@test "a bad option is a usage error" {
	run --separate-stderr cite-extract --bogus
	assert_failure 2
	[[ "$stderr" == *"Try 'cite-extract --help'"* ]]
}

@test "--help prints the synopsis to stdout; --version the version" {
	run --separate-stderr cite-extract --help
	assert_success
	assert_line --index 0 'usage: cite-extract [-uv] [--strict] [FILE ...]'
	run --separate-stderr cite-extract --version
	assert_success
	assert_output --partial 'cite-extract (vnpipe)'
}

@test "a closed pipe ends quietly" {
	for i in $(seq 1 20000); do echo "Quyết định số $i/QĐ-UBND ngày 1/2/2020 của UBND tỉnh."; done > many.txt
	run bash -c 'cite-extract many.txt 2>err | head -1; cat err'
	assert_success
	assert_output --partial '"id":"1/QĐ-UBND"'
	[ "${#lines[@]}" -eq 1 ]
}

@test "a write error gives a message and exit 1" {
	echo 'Chỉ thị số 05-CT/TW.' > in.txt
	run bash -c 'cite-extract in.txt > /dev/full'
	assert_failure 1
	assert_output --partial 'write error'
}

@test "-v prints a summary line to stderr" {
	run --separate-stderr cite-extract -v < <(printf 'Chỉ thị số 05-CT/TW.\nKhông có gì.\n')
	assert_success
	[[ "$stderr" =~ ^cite-extract:\ 1\ documents,\ 2\ lines,\ 1\ records ]]
}
