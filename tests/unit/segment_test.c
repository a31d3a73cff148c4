/* Unit tests for vn-segment's library: pre-tokenizer, abbreviations,
 * paragraph lines, sentence scanner, and the word model's text form. */
#include "check.h"

#include <stdlib.h>

#include "abbrev.h"
#include "paragraph.h"
#include "sentsplit.h"
#include "token.h"
#include "utf8.h"
#include "vnchar.h"
#include "wordseg.h"

/* The tokens of s joined by '|'. */
static const char *
tokens_of(const char *s)
{
	static char out[1024];
	static struct vn_tokens t;
	size_t o = 0;

	vn_tokenize(s, strlen(s), &t);
	for (size_t i = 0; i < t.n && o + t.v[i].len + 2 < sizeof out; i++) {
		if (i)
			out[o++] = '|';
		memcpy(out + o, s + t.v[i].start, t.v[i].len);
		o += t.v[i].len;
	}
	out[o] = '\0';
	return out;
}

/* The sentences of paragraph p joined by '|'. */
static const char *
sentences_of(const char *p)
{
	static char out[1024];
	size_t o = 0, pos = 0, s, e, next, n = strlen(p);

	while (vn_sentence_next(p, n, pos, &s, &e, &next)) {
		if (o)
			out[o++] = '|';
		memcpy(out + o, p + s, e - s);
		o += e - s;
		pos = next;
	}
	out[o] = '\0';
	return out;
}

static int
continues(const char *prev, const char *next)
{
	return vn_line_continues(prev, strlen(prev), next, strlen(next));
}

int
main(void)
{
	CHECK(strcmp(tokens_of("Ngày 02/8/2018, 19.853 hồ sơ (80,5%)."),
	             "Ngày|02/8/2018|,|19.853|hồ|sơ|(|80,5|%|)|.") == 0,
	      "numbers and dates stay whole, punctuation splits off");
	CHECK(strcmp(tokens_of("30c/NQ-CP 08-CTr/TU ISO 9001:2015 COVID-19"),
	             "30c/NQ-CP|08-CTr/TU|ISO|9001:2015|COVID-19") == 0,
	      "codes and standards stay whole");
	CHECK(strcmp(tokens_of("năm 2018.Phó Hiền-Đảng ủy"), "năm|2018|.|Phó|Hiền|-|Đảng|ủy") == 0,
	      "a glued sentence and words run together with a hyphen split");
	CHECK(strcmp(tokens_of("PGS.TS. Lê V. An, TP.HCM v.v..."), "PGS.TS.|Lê|V.|An|,|TP.HCM|v.v.|..") == 0,
	      "abbreviations and initials keep their full stop");
	CHECK(strcmp(tokens_of("xem https://a.gov.vn/x?y=1. hoặc ai@b.vn."),
	             "xem|https://a.gov.vn/x?y=1|.|hoặc|ai@b.vn|.") == 0,
	      "URLs and e-mail addresses stay whole without their final stop");
	CHECK(strcmp(tokens_of("...!!!"), "...|!!!") == 0, "a run of one mark is one token");

	CHECK(vn_abbrev_lookup("TS", 2) == VN_ABBREV_TITLE, "TS is a title");
	CHECK(vn_abbrev_lookup("PGS.TS", 6) == VN_ABBREV_TITLE, "a chain of titles is a title");
	CHECK(vn_abbrev_lookup("v.v", 3) == VN_ABBREV_ANY, "v.v may end a sentence");
	CHECK(vn_abbrev_lookup("năm", 4) == VN_ABBREV_NONE, "a word is no abbreviation");
	CHECK(vn_abbrev_lookup("PGS.năm", 8) == VN_ABBREV_NONE, "a chain must be all abbreviations");

	CHECK(vn_line_is_blank(" \t\xC2\xA0 ", 5), "NBSP is blank");
	CHECK(!vn_line_is_blank(" a ", 3), "a letter is not blank");
	CHECK(vn_list_marker_len("1. Nội dung", 12) == 3, "1. is a list marker");
	CHECK(vn_list_marker_len("a) Nội dung", 12) == 3, "a) is a list marker");
	CHECK(vn_list_marker_len("IV. KẾT LUẬN", 14) == 4, "IV. is a list marker");
	CHECK(vn_list_marker_len("- Nội dung", 11) == 2, "a dash is a bullet");
	CHECK(vn_list_marker_len("-5% so với", 11) == 0, "a minus sign is not");
	CHECK(vn_list_marker_len("Các đơn vị", 12) == 0, "a word is not");
	CHECK(vn_list_marker_len("2018 là năm", 12) == 0, "a year is not");
	CHECK(continues("Sở đã tiếp nhận", "hồ sơ của dân."), "a lower-case line continues");
	CHECK(continues("theo quy định của", "Bộ Nội vụ."), "a line ending in của continues");
	CHECK(continues("gồm Hà Nội,", "Huế và Cần Thơ."), "a line ending in a comma continues");
	CHECK(!continues("Hội nghị kết thúc.", "sau đó mọi người về."), "a finished sentence does not");
	CHECK(!continues("Sở tiếp nhận hồ sơ", "Hồ sơ được xử lý."), "a capital after a word does not");
	CHECK(!continues("Nội dung gồm:", "- Một là"), "a list item does not");
	CHECK(!continues("BÁO CÁO TỔNG KẾT", "năm 2023"), "a heading in capitals does not");

	CHECK(strcmp(sentences_of("Một. Hai! Ba? Bốn… Năm"), "Một.|Hai!|Ba?|Bốn…|Năm") == 0,
	      "ends at . ! ? and …");
	CHECK(strcmp(sentences_of("  Đầu.   Cuối.  "), "Đầu.|Cuối.") == 0, "trims white space");
	CHECK(strcmp(sentences_of("Anh nói: “Xong rồi!” Chị gật."), "Anh nói: “Xong rồi!”|Chị gật.") == 0,
	      "the closing quote goes with its sentence");
	CHECK(strcmp(sentences_of("Đạt 19.853 hồ sơ. TS. Lan và ông Nguyễn V. Bình đến."),
	             "Đạt 19.853 hồ sơ.|TS. Lan và ông Nguyễn V. Bình đến.") == 0,
	      "no split inside numbers, after titles or initials");
	CHECK(strcmp(sentences_of("năm 2018.Phó Bí thư nói."), "năm 2018.|Phó Bí thư nói.") == 0,
	      "splits a glued sentence");
	CHECK(strcmp(sentences_of("tại dichvucong.gov.vn.Xem"), "tại dichvucong.gov.vn.Xem") == 0,
	      "an address before a capital is not split");
	CHECK(strcmp(sentences_of("1. Mở đầu"), "1. Mở đầu") == 0, "a list number is no sentence");
	CHECK(strcmp(sentences_of(""), "") == 0 && strcmp(sentences_of("   "), "") == 0,
	      "no sentence in white space");

	struct vn_wordseg_model m;
	char err[128];
	static const char model[] = "# c\nvn-segment-wordseg 1\nvocab 2\ncải\ncách\nlexicon 1\n9 10\n"
	                            "scale 2\ntrans 0 0 0 0\nfeatures 1\n4000000600000001 -4 4\n";
	CHECK(vn_wordseg_model_load(&m, model, sizeof model - 1, err) == 0, "loads a model");
	struct vn_tokens t = {0};
	struct vn_wordseg_work w = {0};
	unsigned char starts[4];
	const char *s = "Cải cách nhanh";
	vn_tokenize(s, strlen(s), &t);
	vn_wordseg_tag(&m, s, &t, &w, starts);
	CHECK(t.n == 3 && starts[0] && !starts[1] && starts[2],
	      "joins a lexicon word through the exact-match feature");
	vn_wordseg_model_free(&m);
	CHECK(vn_wordseg_model_load(&m, "vocab 1\n", 8, err) == -1 && strstr(err, "bad line"),
	      "rejects a file that is no model");
	CHECK(vn_wordseg_model_load(&m, "vn-segment-wordseg 1\nvocab 1\n", 29, err) == -1,
	      "rejects a truncated model");
	vn_tokens_free(&t);
	vn_wordseg_work_free(&w);
	return check_done();
}
