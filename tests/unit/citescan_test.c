/* Unit tests for the citation recognizer behind vn_cite_spans
 * (lib/citescan.c, citehead.c, citename.c, citedate.c, nfctext.c). */
#include "check.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "buf.h"
#include "citescan.h"
#include "citetok.h"
#include "nfctext.h"

/* The spans found in `line`, written "[a] [b]" for easy comparison. */
static const char *
spans(const char *line)
{
	static struct vn_buf out;
	struct vn_cite_span sp[16];
	size_t n = vn_cite_spans(line, strlen(line), sp, 16);

	vn_buf_clear(&out);
	for (size_t i = 0; i < n && i < 16; i++) {
		if (i)
			vn_buf_putc(&out, ' ');
		vn_buf_putc(&out, '[');
		vn_buf_append(&out, line + sp[i].start, sp[i].end - sp[i].start);
		vn_buf_putc(&out, ']');
	}
	vn_buf_putc(&out, '\0');
	return out.data;
}

#define SPANS(line, want) CHECK(strcmp(spans(line), want) == 0, "%s -> %s (got %s)", line, want, spans(line))

/* Every precomposed letter of Latin-1, Latin Extended-A and Latin
 * Extended Additional (all Vietnamese letters and many more), decomposed,
 * composes back as utf8proc composes it: the first time and again when
 * each segment comes from the cache. */
static void
check_composition(void)
{
	struct vn_buf nfc = {0};
	struct vn_nfc_text t;
	char enc[4];

	for (int32_t cp = 0xC0; cp < 0x1EFA; cp = cp == 0x17F ? 0x1E00 : cp + 1) {
		vn_buf_append(&nfc, enc, (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)enc));
		vn_buf_putc(&nfc, cp % 7 ? 'x' : ' ');
	}
	vn_buf_putc(&nfc, '\0');
	char *nfd = (char *)utf8proc_NFD((const utf8proc_uint8_t *)nfc.data);
	char *want = (char *)utf8proc_NFC((const utf8proc_uint8_t *)nfd);
	vn_nfc_text_init(&t);
	for (int pass = 1; pass <= 2; pass++) {
		const char *got = vn_nfc_text_set(&t, nfd, strlen(nfd));
		CHECK(t.len == strlen(want) && memcmp(got, want, t.len) == 0,
		      "decomposed letters compose as utf8proc composes them (pass %d)", pass);
		CHECK(vn_nfc_text_source(&t, t.len) == strlen(nfd), "the end maps to the end (pass %d)", pass);
	}
	vn_nfc_text_free(&t);
	free(nfd);
	free(want);
	vn_buf_free(&nfc);
}

/* The case mapping of the recognizer is utf8proc's for every code point
 * below U+2000 (its fast paths included), apart from Ð, read as Đ. */
static void
check_case_mapping(void)
{
	int lower_ok = 1, upper_ok = 1;
	char enc[4], out[8];

	for (int32_t cp = 1; cp < 0x2000; cp++) {
		if (cp == 0xD0 || cp == 0xF0 || !utf8proc_codepoint_valid(cp))
			continue;
		size_t n = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)enc);
		int32_t want_lower = utf8proc_tolower(cp), want_upper = utf8proc_toupper(cp), got;
		lower_ok &= vn_tok_lower_cp((uint32_t)cp) == (uint32_t)want_lower;
		size_t k = vn_tok_upper(enc, n, 0, n, out, sizeof out);
		upper_ok &= k != (size_t)-1 &&
		            utf8proc_iterate((const utf8proc_uint8_t *)out, (utf8proc_ssize_t)k, &got) ==
		                    (utf8proc_ssize_t)k &&
		            got == want_upper;
	}
	int class_ok = 1;
	for (int32_t cp = 0x80; cp < 0x2000; cp++) {
		utf8proc_category_t c = utf8proc_category(cp);
		int upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
		class_ok &= vn_tok_is_upper((uint32_t)cp) == upper;
		class_ok &= vn_tok_is_lower((uint32_t)cp) == (c == UTF8PROC_CATEGORY_LL);
	}
	CHECK(class_ok, "capitals and small letters as utf8proc's categories below U+2000");
	CHECK(lower_ok, "lower case as utf8proc below U+2000");
	CHECK(upper_ok, "upper case as utf8proc below U+2000");
	CHECK(vn_tok_lower_cp(0xD0) == 0x111, "Ð reads as đ");
}

int
main(void)
{
	/* State numbering, with and without a year, with date and issuer. */
	SPANS("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa",
	      "[Nghị định số 61/2018/NĐ-CP ngày 23/4/2018]");
	SPANS("Sở ban hành Kế hoạch số 117/KH-SNV ngày 15 tháng 01 năm 2021.",
	      "[Kế hoạch số 117/KH-SNV ngày 15 tháng 01 năm 2021]");
	SPANS("theo văn bản số 1234/UBND-VX ngày 5-3-2021", "[văn bản số 1234/UBND-VX ngày 5-3-2021]");
	SPANS("căn cứ 2190/QĐ-UBND-KT của tỉnh", "[2190/QĐ-UBND-KT]");
	SPANS("Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP hướng dẫn thể thức",
	      "[Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP]");
	SPANS("Văn bản hợp nhất 07/VBHN-VPQH", "[Văn bản hợp nhất 07/VBHN-VPQH]");
	/* Laws: the National Assembly's code with its term. */
	SPANS("Luật số 80/2015/QH13 đã quy định", "[Luật số 80/2015/QH13]");
	SPANS("theo Luật Tổ chức chính quyền địa phương số 77/2015/QH13",
	      "[Luật Tổ chức chính quyền địa phương số 77/2015/QH13]");
	SPANS("Nghị quyết 1211/2016/UBTVQH13 về tiêu chuẩn", "[Nghị quyết 1211/2016/UBTVQH13]");
	/* Party numbering. */
	SPANS("Theo Chỉ thị 05-CT/TW của Bộ Chính trị", "[Chỉ thị 05-CT/TW]");
	SPANS("Quy định 08-QĐi/TW; Hướng dẫn 36-HD/VPTW.", "[Quy định 08-QĐi/TW] [Hướng dẫn 36-HD/VPTW]");
	SPANS("Quyết định 367-QĐ/TWĐTN-VP của Ban Bí thư", "[Quyết định 367-QĐ/TWĐTN-VP]");
	SPANS("Chương trình hành động số 15-CTr/TU ngày27-8-2010 của Tỉnh ủy",
	      "[Chương trình hành động số 15-CTr/TU ngày27-8-2010]");
	/* Standards. */
	SPANS("Áp dụng TCVN ISO 9001:2015 và ISO/IEC 27001:2013.", "[TCVN ISO 9001:2015] [ISO/IEC 27001:2013]");
	SPANS("phông chữ TCVN 6909:2001, nước thải theo TCVN 5945-1995", "[TCVN 6909:2001] [TCVN 5945-1995]");
	SPANS("hệ thống ISO9001:2008 tại xã", "[ISO9001:2008]");
	SPANS("theo tiêu chuẩn ISO 9001 tại xã", "");
	/* Short forms. */
	SPANS("Triển khai Nghị quyết 57 của Bộ Chính trị và Nghị định 178/2024 về sắp xếp.",
	      "[Nghị quyết 57] [Nghị định 178/2024]");
	SPANS("Nghị quyết 30c, Kết luận 126 và Đề án 06.", "[Nghị quyết 30c] [Kết luận 126] [Đề án 06]");
	SPANS("Dự án 1 và Kế hoạch 2024 chỉ là nhãn", "");
	/* Variants: spaces, underscores, case, document headers. */
	SPANS("Thực hiện Chỉ thị số 10-CT / TW và Quyết_định số 30 / 2020 / NĐ - CP.",
	      "[Chỉ thị số 10-CT / TW] [Quyết_định số 30 / 2020 / NĐ - CP]");
	SPANS("Số: 212/2025/QĐ-UBND", "[Số: 212/2025/QĐ-UBND]");
	SPANS("QUYẾT ĐỊNH SỐ 1291/QĐ-TTG NGÀY 07 THÁNG 10 NĂM 2019 CỦA THỦ TƯỚNG",
	      "[QUYẾT ĐỊNH SỐ 1291/QĐ-TTG NGÀY 07 THÁNG 10 NĂM 2019]");
	SPANS("theo quyết định số 2554 / QĐ - UB ngày 5/10/2000 của ubnd tỉnh .",
	      "[quyết định số 2554 / QĐ - UB ngày 5/10/2000]");
	SPANS("Quyết định số 15/qđ-ubnd ngày 3/3/2021", "[Quyết định số 15/qđ-ubnd ngày 3/3/2021]");
	SPANS("Quyết định số 15/Qđ-UBND", "[Quyết định số 15/Qđ-UBND]");
	/* Lists. */
	SPANS("Các Quyết định của UBND tỉnh: số 1120/QĐ-UBND ngày 12/5/2019 phê duyệt; số 1345/QĐ-UBND.",
	      "[số 1120/QĐ-UBND ngày 12/5/2019] [số 1345/QĐ-UBND]");
	SPANS("Quyết định 43/2008/QĐ-TTg và 48/2009/QĐ-TTg của Thủ tướng",
	      "[Quyết định 43/2008/QĐ-TTg] [48/2009/QĐ-TTg]");
	/* Not citations. */
	SPANS("Ngày 30/8/2016, có 12/16 xã; xếp thứ 05/19; lúc 14:47.", "");
	SPANS("Điều 5, khoản 2; Đoàn kiểm tra số 02; Hình 1; ĐT 0912.345.678; (024) 3825 1234", "");
	SPANS("Kế hoạch 5 năm giai đoạn 2016-2020 giảm từ 25-40% thời gian, 30km/h.", "");
	SPANS("nhà số 12/3A, hẻm 5/7 đường Lê Lợi, số 45/ngõ 3", "");
	/* Decomposed (NFD) text: found, and the offsets point into it. */
#define NFD_CITE "Quye\xCC\x82\xCC\x81t \xC4\x91i\xCC\xA3nh so\xCC\x82\xCC\x81 12/Q\xC4\x90-UBND nga\xCC\x80y 3/3/2021"
	SPANS("The\xCC\x82o " NFD_CITE ", xong.", "[" NFD_CITE "]");
	check_composition();
	check_case_mapping();
	/* Words too long for any head phrase before a head noun (a pasted
	 * token): the head is still found, and nothing is read past the
	 * phrase buffer. */
#define LONG_WORD "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	SPANS("Xem " LONG_WORD " " LONG_WORD " Quyết định số 57/QĐ-UBND của tỉnh",
	      "[Quyết định số 57/QĐ-UBND]");
	SPANS("Xem " LONG_WORD " " LONG_WORD " Quyết định 57 của Bộ", "[Quyết định 57]");
	/* cap: the count of all, the spans up to cap. */
	struct vn_cite_span one;
	const char *two = "Chỉ thị 05-CT/TW và Chỉ thị 10-CT/TW";
	CHECK(vn_cite_spans(two, strlen(two), &one, 1) == 2 && one.start == 0, "returns the total, writes cap");
	CHECK(vn_cite_spans("", 0, &one, 1) == 0, "empty line");
	return check_done();
}
