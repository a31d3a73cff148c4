/* Unit tests for the citation fields, dates, code tables and the
 * per-document resolution (lib/citeparse.c, citedate.c, doctype.c,
 * citedoc.c). */
#include "check.h"

#include <string.h>

#include "citedate.h"
#include "citedoc.h"
#include "doctype.h"

static struct vn_cite_doc doc;

/* The records of a document made of the given lines. */
static void
read_doc(const char *const *lines)
{
	vn_cite_doc_start(&doc, "d");
	for (unsigned long i = 0; lines[i]; i++)
		vn_cite_doc_add_line(&doc, lines[i], strlen(lines[i]), i + 1);
	vn_cite_doc_resolve(&doc);
}

static int
eq(const char *got, const char *want)
{
	return want ? got && strcmp(got, want) == 0 : got == NULL;
}

static void
test_dates(void)
{
	struct vn_date d;
	const char *s;

	s = "08/11/2011 của";
	CHECK(vn_date_parse(s, strlen(s), 0, &d) == 10 && d.year == 2011 && d.month == 11 && d.day == 8,
	      "D/M/YYYY");
	s = "8 - 11 - 2011";
	CHECK(vn_date_parse(s, strlen(s), 0, &d) == strlen(s) && d.month == 11, "spaced dashes");
	s = "ngày27-8-2010";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) && d.year == 2010 && d.day == 27, "ngày glued to the day");
	s = "NGÀY 05 THÁNG 7 NĂM 2023";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) && d.month == 7 && d.day == 5, "in words, capitals");
	s = "ngày 30/2/2020";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) == 0, "no 30 February");
	s = "ngày 29/2/2020";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) != 0, "29 February of a leap year");
	s = "ngày 8/11";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) == 0, "no year, no date");
	s = "ngày 8/11-2011";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) == 0, "mixed separators");
	s = "ngày 8/11/20115";
	CHECK(vn_date_after_ngay(s, strlen(s), 0, &d) == 0, "five-digit year");
	char iso[11];
	d = (struct vn_date){2011, 11, 8};
	vn_date_iso(&d, iso);
	CHECK(strcmp(iso, "2011-11-08") == 0, "ISO 8601");
}

static void
test_tables(void)
{
	const struct vn_type_code *t = vn_type_code_find("qđi", strlen("qđi"), VN_SYS_PARTY);
	CHECK(t && strcmp(t->code, "QĐi") == 0 && strcmp(t->type, "Quy định") == 0, "qđi is Party QĐi");
	t = vn_type_code_find("TT", 2, VN_SYS_STATE);
	CHECK(t && strcmp(t->type, "Thông tư") == 0, "state TT is Thông tư");
	t = vn_type_code_find("TT", 2, VN_SYS_PARTY);
	CHECK(t && strcmp(t->type, "Thông tri") == 0, "Party TT is Thông tri");
	CHECK(vn_type_code_find("CTR", 3, VN_SYS_STATE) != NULL, "CTR in capitals is CTr");
	CHECK(vn_type_code_fits("Quy định", "QĐ", strlen("QĐ"), VN_SYS_PARTY), "Party Quy định may be QĐ");
	CHECK(!vn_type_code_fits("Kế hoạch", "QĐ", strlen("QĐ"), VN_SYS_STATE), "Kế hoạch is not QĐ");
	const struct vn_issuer *is = vn_issuer_find("qh13", 4);
	CHECK(is && strcmp(is->code, "QH") == 0 && is->has_term, "QH13 is the National Assembly");
	CHECK(vn_issuer_find("QH123", 5) == NULL, "a term has at most two digits");
	is = vn_issuer_find("TTG", 3);
	CHECK(is && strcmp(is->code, "TTg") == 0, "TTG is TTg");
	CHECK(vn_type_system("Nghị định") == VN_SYS_STATE, "Nghị định: state only");
	CHECK(vn_type_system("Thông tri") == VN_SYS_PARTY, "Thông tri: Party only");
	CHECK(vn_type_system("Nghị quyết") == VN_SYS_NONE, "Nghị quyết: both");
}

static void
test_fields(void)
{
	static const char *const lines[] = {
		"Căn cứ Nghị quyết số 30c/nq-cp ngày 08 tháng 11 năm 2011 của Chính phủ về chương trình.",
		"Các Quyết định của UBND tỉnh: số 12/QĐ-UBND ngày 1/2/2020; số 13/QĐ-UBND.",
		"Văn bản số 99/UBND-VP; ISO 9001:2015.",
		NULL,
	};
	read_doc(lines);
	CHECK(doc.n == 5, "five records (%zu)", doc.n);
	if (doc.n != 5)
		return;
	const struct vn_cite *c = &doc.v[0];
	CHECK(eq(c->id, "30c/NQ-CP") && eq(c->type, "Nghị quyết") && eq(c->type_code, "NQ") &&
	      eq(c->number, "30c") && c->year == 2011 && eq(c->issuer, "CP") &&
	      c->date.month == 11 && eq(c->issuer_name, "Chính phủ") && c->system == VN_SYS_STATE,
	      "state fields, code in official case");
	CHECK(c->line == 1 && c->start == 7 && c->end == 56, "code-point provenance");
	CHECK(eq(doc.v[1].type, "Quyết định") && eq(doc.v[1].issuer_name, "UBND tỉnh"),
	      "list intro gives type and issuer");
	CHECK(eq(doc.v[2].type, "Quyết định") && eq(doc.v[2].issuer_name, "UBND tỉnh") && doc.v[2].year == 0,
	      "to the second item too");
	CHECK(eq(doc.v[3].type, "Công văn") && eq(doc.v[3].type_code, NULL) && eq(doc.v[3].issuer, "UBND-VP"),
	      "công văn");
	CHECK(doc.v[4].system == VN_SYS_STANDARD && eq(doc.v[4].issuer, "ISO") && doc.v[4].year == 2015 &&
	      eq(doc.v[4].type, NULL), "standard");
}

static void
test_resolution(void)
{
	static const char *const lines[] = {
		"Chỉ thị 5 và Chỉ thị 05-CT/TU; Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
		"Nghị quyết 18 và Dự án 1.",
		"Dự án 2; Dự án số 2/DA-SKH.",
		NULL,
	};
	read_doc(lines);
	CHECK(doc.n == 6, "weak short form dropped, resolved one kept (%zu)", doc.n);
	if (doc.n != 6)
		return;
	CHECK(eq(doc.v[0].id, "05-CT/TU"), "nearest full form wins, leading zero aside");
	CHECK(eq(doc.v[3].id, "18") && eq(doc.v[3].type, "Nghị quyết") && doc.v[3].system == VN_SYS_NONE,
	      "unresolved short form keeps its number");
	CHECK(eq(doc.v[4].id, "2/DA-SKH") && eq(doc.v[4].type, "Dự án"), "a label resolves to its full form");

	vn_cite_doc_unique(&doc);
	CHECK(doc.n == 4, "unique: one record per citation (%zu)", doc.n);
	if (doc.n != 4)
		return;
	CHECK(doc.v[0].count == 2 && eq(doc.v[0].id, "05-CT/TU"), "counts mentions");
	CHECK(doc.v[1].count == 1 && doc.v[1].date.year == 2016, "keeps the date");
	CHECK(doc.v[3].count == 2 && eq(doc.v[3].id, "2/DA-SKH"), "a resolved short form counts for its id");
}

int
main(void)
{
	vn_cite_doc_init(&doc);
	test_dates();
	test_tables();
	test_fields();
	test_resolution();
	vn_cite_doc_free(&doc);
	return check_done();
}
