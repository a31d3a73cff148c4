/* Unit tests for lib/utf8.c and lib/buf.c. */
#include "check.h"

#include "buf.h"
#include "utf8.h"

int
main(void)
{
	uint32_t cp = 0;
	struct vn_buf b = {0};

	CHECK(vn_utf8_decode("\xE1\xBB\x87", 3, &cp) == 3 && cp == 0x1EC7, "decodes ệ");
	CHECK(vn_utf8_decode("\xE1\xBB", 2, &cp) == 0, "rejects a truncated sequence");
	CHECK(vn_utf8_decode("\xC0\xAF", 2, &cp) == 0, "rejects an overlong slash");
	CHECK(vn_utf8_decode("\xED\xA0\x80", 3, &cp) == 0, "rejects a surrogate");
	CHECK(vn_utf8_valid_prefix("C\xC3\xA1" "c x\xFF y", 9) == 6, "valid prefix stops at 0xFF");
	CHECK(vn_utf8_valid_prefix("Vi\xE1\xBB\x87t \xF0\x9F\x98\x80 \xEF\xBF\xBF", 15) == 15,
	      "three- and four-byte characters and U+FFFF are valid");
	CHECK(vn_utf8_valid_prefix("ab\xED\xA0\x80", 5) == 2, "a surrogate is invalid");
	CHECK(vn_utf8_valid_prefix("ab\xE0\x80\xAF", 5) == 2, "an overlong three-byte form is invalid");
	CHECK(vn_utf8_valid_prefix("ab\xF4\x90\x80\x80", 6) == 2, "a code point above U+10FFFF is invalid");
	CHECK(vn_utf8_valid_prefix("ab\xC3", 3) == 2, "a sequence cut at the end is invalid");
	CHECK(vn_utf8_valid_prefix("ab\xC3\xA1\xA1", 5) == 4, "a stray continuation byte is invalid");
	CHECK(vn_utf8_repair("a\xFF\xFE" "b", 4, &b) == 2, "counts two replaced bytes");
	CHECK_BYTES(b.data, b.len, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b", "replaces each bad byte by U+FFFD");
	vn_buf_clear(&b);
	CHECK(vn_utf8_repair("x\0y", 3, &b) == 0 && b.len == 3, "keeps NUL bytes");
	CHECK(vn_utf8_count("Vi\xE1\xBB\x87t Nam", 10) == 8, "counts code points");
	/* Every prefix of a mixed text, across the eight-byte steps. */
	static const char mixed[] = "Qu\xE1\xBA\xA3ng Tr\xE1\xBB\x8B: 19.853 h\xE1\xBB\x93 s\xC6\xA1, \xC4\x91\xE1\xBA\xA1t 98%";
	int prefixes_ok = 1;
	for (size_t len = 0; len < sizeof mixed; len++) {
		size_t want = 0;
		for (size_t i = 0; i < len; i++)
			want += ((unsigned char)mixed[i] & 0xC0) != 0x80;
		prefixes_ok &= vn_utf8_count(mixed, len) == want;
	}
	CHECK(prefixes_ok, "counts code points of every prefix, eight bytes at a time or not");
	char enc[4];
	CHECK(vn_utf8_encode(0x0110, enc) == 2 && memcmp(enc, "\xC4\x90", 2) == 0, "encodes Đ");
	vn_buf_free(&b);
	return check_done();
}
