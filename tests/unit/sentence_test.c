/* Unit tests for the sentences metric-extract scans inside a line:
 * vn_sentence_next (lib/sentsplit.c) on text vn-segment has not split,
 * vn_sentence_piece_end for a line with no sentence end, and
 * vn_ends_sentence (lib/paragraph.c) for a line that goes on. */
#include "check.h"

#include "paragraph.h"
#include "sentsplit.h"

/* End of the first sentence of s. */
static size_t
end_of(const char *s)
{
	size_t a, e, next;
	if (!vn_sentence_next(s, strlen(s), 0, &a, &e, &next))
		return 0;
	return e;
}

int
main(void)
{
	const char *a = "Năm 2020 đạt 90%. Năm 2021 đạt 95%.";
	CHECK(end_of(a) == strlen("Năm 2020 đạt 90%."), "ends after '. ' before a capital");
	CHECK(end_of("Đạt 54.9% hồ sơ.") == strlen("Đạt 54.9% hồ sơ."), "a decimal point is no end");
	CHECK(end_of("Tại TP. Hồ Chí Minh có 3 quận.") == strlen("Tại TP. Hồ Chí Minh có 3 quận."),
	      "TP. is an abbreviation");
	CHECK(end_of("Ông Nguyễn V. An nói.") == strlen("Ông Nguyễn V. An nói."), "an initial is no end");
	const char *e = "đến năm 2030…Dưới sự lãnh đạo";
	CHECK(end_of(e) == strlen("đến năm 2030…"), "an ellipsis touching a capital ends a sentence");
	CHECK(end_of("hồ sơ. vẫn tiếp") == strlen("hồ sơ. vẫn tiếp"), "a lower-case word goes on");
	CHECK(end_of("Xong.” Sau đó") == strlen("Xong.”"), "closing quotes stay with the sentence");
	CHECK(end_of("Huyện tiếp nhận hồ sơ trực tuyến! Xã đạt") == strlen("Huyện tiếp nhận hồ sơ trực tuyến!"),
	      "an exclamation mark far into the line ends a sentence");

	/* No end within VN_SENTENCE_MAX bytes: cut after the last space
	 * before the limit, or at a code point boundary when there is none. */
	static char big[VN_SENTENCE_MAX + 4000];
	size_t n = 0;
	while (n + 4 <= sizeof big) {
		memcpy(big + n, "xã ", 4); /* x, ã (2 bytes), space */
		n += 4;
	}
	size_t want = VN_SENTENCE_MAX;
	while (big[want - 1] != ' ')
		want--;
	CHECK(vn_sentence_piece_end(big, 0, n, VN_SENTENCE_MAX) == want,
	      "a long sentence is cut after its last space");
	CHECK(vn_sentence_piece_end(big, 0, 400, VN_SENTENCE_MAX) == 400, "a short one is whole");
	n = 0;
	while (n + 3 <= sizeof big) {
		memcpy(big + n, "\xE1\xBB\x87", 3); /* ệ */
		n += 3;
	}
	size_t cut = vn_sentence_piece_end(big, 0, n, VN_SENTENCE_MAX);
	CHECK(cut <= VN_SENTENCE_MAX && cut % 3 == 0 && cut > VN_SENTENCE_MAX - 3,
	      "a long word is cut at a code point boundary");
	CHECK(vn_ends_sentence("kết thúc.", strlen("kết thúc.")), "a full stop closes a line");
	CHECK(!vn_ends_sentence("và giải quyết", strlen("và giải quyết")), "a wrapped line is open");
	CHECK(vn_ends_sentence("”Tốt.”", strlen("”Tốt.”")), "quotes after the stop");
	return check_done();
}
