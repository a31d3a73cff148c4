/* Fuzz lib/utf8.c: decoding, the valid prefix, repair to U+FFFD, counting
 * and encoding, against a reference decoder written here from the Unicode
 * table of well-formed byte sequences, independently of utf8proc which
 * lib/utf8.c uses.
 * fuzz-seeds: text */
#include <string.h>

#include "fuzz.h"
#include "utf8.h"

/* The Unicode Standard, Table 3-7 "Well-Formed UTF-8 Byte Sequences":
 * no overlongs (E0 A0.., F0 90..), no surrogates (ED ..9F), nothing past
 * U+10FFFF (F4 ..8F). Returns the length, or 0 when ill-formed. */
static size_t
reference_decode(const uint8_t *s, size_t len, uint32_t *cp)
{
	uint8_t lo = 0x80, hi = 0xBF;
	uint32_t c;
	size_t n;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		c = s[0] & 0x0F;
		lo = s[0] == 0xE0 ? 0xA0 : 0x80;
		hi = s[0] == 0xED ? 0x9F : 0xBF;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		c = s[0] & 0x07;
		lo = s[0] == 0xF0 ? 0x90 : 0x80;
		hi = s[0] == 0xF4 ? 0x8F : 0xBF;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xBF))
			return 0;
		c = c << 6 | (s[i] & 0x3F);
	}
	*cp = c;
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = fuzz_bytes(data);
	struct vn_buf repaired = {0}, expected = {0};
	size_t prefix = size, bad = 0, cps = 0;
	char enc[4];

	/* Decoding agrees with the reference at every offset, and what
	 * decodes encodes back to the same bytes. */
	for (size_t i = 0; i < size; i++) {
		uint32_t got = 0, want = 0;
		size_t n = vn_utf8_decode(s + i, size - i, &got);
		size_t m = reference_decode(data + i, size - i, &want);
		FUZZ_ASSERT(n == m);
		if (n) {
			FUZZ_ASSERT(got == want);
			FUZZ_ASSERT(vn_utf8_encode(got, enc) == n && memcmp(enc, s + i, n) == 0);
		}
	}

	/* The reference's repair: each byte that does not start a
	 * well-formed sequence becomes U+FFFD, one for one. */
	for (size_t i = 0; i < size;) {
		uint32_t cp;
		size_t n = reference_decode(data + i, size - i, &cp);
		if (n) {
			vn_buf_append(&expected, s + i, n);
			cps++;
			i += n;
		} else {
			if (prefix == size)
				prefix = i;
			vn_buf_append(&expected, "\xEF\xBF\xBD", 3);
			bad++;
			cps++;
			i++;
		}
	}
	FUZZ_ASSERT(vn_utf8_valid_prefix(s, size) == prefix);
	FUZZ_ASSERT(vn_utf8_repair(s, size, &repaired) == bad);
	FUZZ_ASSERT(repaired.len == expected.len);
	FUZZ_ASSERT(size == 0 || memcmp(repaired.data, expected.data, repaired.len) == 0);
	FUZZ_ASSERT(fuzz_is_utf8(repaired.data, repaired.len));
	FUZZ_ASSERT(size == 0 || vn_utf8_count(repaired.data, repaired.len) == cps);
	vn_buf_free(&repaired);
	vn_buf_free(&expected);
	return 0;
}
