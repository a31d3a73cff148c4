# Random Vietnamese-like report text for the text-tool properties (POSIX
# awk; byte strings, so NFD and invalid bytes are written as octal).
#   awk -v seed=N -v lines=N [-v messy=1 [-v valid=1]] [-v nfd=1] -f gen-text.awk
# Sentences of real syllables with the figures, citations, dates, codes,
# abbreviations, URLs and punctuation of administrative reports; list
# items, headings, blank lines, `# newdoc` markers and an occasional long
# paragraph. nfd=1 mixes in decomposed words (valid UTF-8). messy=1 adds
# what vn-normalize must clean: NBSP, zero-width space, soft hyphen, BOM,
# tabs, doubled spaces and punctuation, space before commas, HTML
# entities, mojibake, misplaced tone marks, Icelandic Ð, CRLF, stray CRs
# and, unless valid=1, invalid bytes.
BEGIN {
	srand(seed)
	nsyl = split("của và các được trong hành chính cải cách thủ tục hồ sơ trực tuyến tỉnh huyện xã ủy ban nhân dân đảng bộ hòa hoà khỏe khoẻ thủy thuỷ quý già người năm tháng ngày điện tử một cửa dịch vụ công sở nội giải quyết tiếp nhận đơn vị cán bộ chỉ số hài lòng phục vụ kết quả thực hiện nghiêm túc kế hoạch triển khai đề án chuyển đổi số cơ quan hợp lý hóa tăng giảm xếp thứ đạt tỷ lệ phòng ban chi trung ương lãnh đạo Việt Nam Hà Nội Đà Nẵng Nguyễn Văn An Trần Thị Bình", syl, " ")
	nnum = split("19.853|80,5%|04|1,5 tỷ đồng|12/16 xã|xếp thứ 05/19|tăng 04 bậc|giảm từ 9 xuống còn 6 phòng|500.000 đồng|trong 15 ngày|100 %|25-40%|hai đơn vị|1.234,56|3 triệu", num, "|")
	ncite = split("Quyết định số 2057/QĐ-UBND ngày 08/11/2011|Nghị định 30/2020/NĐ-CP|Chỉ thị số 10-CT/TW|ISO 9001:2008|Kế hoạch số 42-KH/ĐUK|Luật số 80/2015/QH13|Thông tư liên tịch 55/2005/TTLT-BNV-VPCP|công văn 5744/UBND-NC|TCVN ISO 9001:2015|Nghị quyết 30c/NQ-CP", cite, "|")
	nmisc = split("ngày 02/8/2018|lúc 14:47|TP.HCM|TS.|v.v.|UBND|CCHC|PAR Index|https://dichvucong.gov.vn/p/home|vanphong@hanoi.gov.vn|(PCI)|“một cửa”|Điều 5|năm 2020|Quý III|mức độ 3", misc, "|")
	npunct = split(", |; |: | – ", punct, "|")
	nend = split(".|.|.|!|?|…|.”", endp, "|")
	nnfd = split("ho\314\200a|Nghi\314\243 \304\221i\314\243nh|quye\314\202\314\201t|\304\221a\314\243t|ti\314\211nh|\304\220a\314\211ng|ca\314\211i ca\314\201ch|U\314\211y ban", nfdw, "|")
	nmess = split("\302\240|\342\200\213|\302\255|\357\273\277|\t|  | ,|,,|;;|&agrave;|&#7897;|&nbsp;|&amp;|C\303\203\302\241c|ba\341\273\217|l\341\273\261\306\241ng|\303\220\341\272\243ng|\r", mess, "|")
	if (!valid)
		nmess = split(mess_joined() "|\377|\300\257|\341\273", mess, "|")
	for (i = 0; i < lines; i++)
		print_line()
}

function pick(n) { return 1 + int(rand() * n) }

function mess_joined(   s, i) {
	s = mess[1]
	for (i = 2; i <= nmess; i++)
		s = s "|" mess[i]
	return s
}

function word(   t) {
	t = rand()
	if (t < 0.08) return num[pick(nnum)]
	if (t < 0.13) return cite[pick(ncite)]
	if (t < 0.17) return misc[pick(nmisc)]
	if (nfd && t < 0.22) return nfdw[pick(nnfd)]
	if (messy && t < 0.27) return mess[pick(nmess)] syl[pick(nsyl)]
	return syl[pick(nsyl)]
}

function sentence(   s, n, j, w) {
	n = 3 + int(rand() * 15)
	w = word()
	s = toupper(substr(w, 1, 1)) substr(w, 2)
	for (j = 1; j < n; j++)
		s = s (rand() < 0.12 ? punct[pick(npunct)] : " ") word()
	return s endp[pick(nend)]
}

function print_line(   t, s, n, j) {
	t = rand()
	if (t < 0.06) { print ""; return }
	if (t < 0.08) { print "# newdoc id = d" int(rand() * 1000000); return }
	if (t < 0.11) { print "1. " sentence(); return }
	if (t < 0.13) { print "- " word() " " word() " " word(); return }
	if (t < 0.15) { print toupper("kết quả thực hiện"); return }
	n = t < 0.17 ? 30 : 1 + int(rand() * 4) # now and then a long paragraph
	s = sentence()
	for (j = 1; j < n; j++)
		s = s " " sentence()
	if (messy && rand() < 0.1)
		s = s "\r"
	print s
}
