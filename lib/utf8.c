#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

size_t
vn_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	if (len == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	/* Two- and three-byte sequences (all of Vietnamese) decoded here by
	 * the well-formed ranges of Unicode Table 3-7, without a call per
	 * character; four-byte ones go to utf8proc. */
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		if (len < 2 || (u[1] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		unsigned char lo = u[0] == 0xE0 ? 0xA0 : 0x80, hi = u[0] == 0xED ? 0x9F : 0xBF;
		if (len < 3 || u[1] < lo || u[1] > hi || (u[2] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	}
	utf8proc_int32_t c;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
	                                      (utf8proc_ssize_t)(len < 4 ? len : 4), &c);
	if (n <= 0 || c < 0)
		return 0;
	*cp = (uint32_t)c;
	return (size_t)n;
}

size_t
vn_utf8_encode(uint32_t cp, char *out)
{
	return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* Skip ASCII eight bytes at a time: most of the text is ASCII even in
 * Vietnamese (spaces, digits, unaccented letters). */
static size_t
ascii_run(const char *s, size_t len)
{
	size_t i = 0;

	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
	while (i < len && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

/* Is s[0..len) well-formed UTF-8 (RFC 3629: no overlong form, surrogate
 * or code point above U+10FFFF)? A DFA whose states are bit offsets: each
 * byte class has a row holding the next state of every state, so a byte
 * costs a table load and a shift, with no branch to mispredict on the mix
 * of one-, two- and three-byte characters Vietnamese text is. Every line
 * read is checked, and nearly all are valid. */
enum {
	U8_OK = 0, U8_NEED1 = 6, U8_NEED2 = 12, U8_NEED3 = 18, U8_E0 = 24, U8_ED = 30,
	U8_F0 = 36, U8_F4 = 42, U8_BAD = 48,
};

#define U8_ROW(ok, n1, n2, n3, e0, ed, f0, f4)                                                  \
	((uint64_t)(ok) << U8_OK | (uint64_t)(n1) << U8_NEED1 | (uint64_t)(n2) << U8_NEED2 |      \
	 (uint64_t)(n3) << U8_NEED3 | (uint64_t)(e0) << U8_E0 | (uint64_t)(ed) << U8_ED |         \
	 (uint64_t)(f0) << U8_F0 | (uint64_t)(f4) << U8_F4 | (uint64_t)U8_BAD << U8_BAD)

static const uint64_t u8_ascii = U8_ROW(U8_OK, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD);
/* Continuation bytes 80..8F, 90..9F, A0..BF: E0 needs A0.., ED ..9F, F0 90.., F4 ..8F. */
static const uint64_t u8_cont_80 = U8_ROW(U8_BAD, U8_OK, U8_NEED1, U8_NEED2, U8_BAD, U8_NEED1, U8_BAD, U8_NEED2);
static const uint64_t u8_cont_90 = U8_ROW(U8_BAD, U8_OK, U8_NEED1, U8_NEED2, U8_BAD, U8_NEED1, U8_NEED2, U8_BAD);
static const uint64_t u8_cont_a0 = U8_ROW(U8_BAD, U8_OK, U8_NEED1, U8_NEED2, U8_NEED1, U8_BAD, U8_NEED2, U8_BAD);
static const uint64_t u8_bad = U8_ROW(U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD);

static uint64_t
u8_lead(unsigned state_after_ok)
{
	return U8_ROW(state_after_ok, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD, U8_BAD);
}

static uint64_t u8_rows[256];
static int u8_rows_ready;

static void
u8_fill_rows(void)
{
	for (int b = 0; b < 256; b++) {
		uint64_t r = u8_bad;
		if (b < 0x80)
			r = u8_ascii;
		else if (b < 0x90)
			r = u8_cont_80;
		else if (b < 0xA0)
			r = u8_cont_90;
		else if (b < 0xC0)
			r = u8_cont_a0;
		else if (b >= 0xC2 && b <= 0xDF)
			r = u8_lead(U8_NEED1);
		else if (b == 0xE0)
			r = u8_lead(U8_E0);
		else if (b == 0xED)
			r = u8_lead(U8_ED);
		else if (b >= 0xE1 && b <= 0xEF)
			r = u8_lead(U8_NEED2);
		else if (b == 0xF0)
			r = u8_lead(U8_F0);
		else if (b >= 0xF1 && b <= 0xF3)
			r = u8_lead(U8_NEED3);
		else if (b == 0xF4)
			r = u8_lead(U8_F4);
		u8_rows[b] = r;
	}
	u8_rows_ready = 1;
}

static int
well_formed(const char *s, size_t len)
{
	uint64_t state = U8_OK;

	if (!u8_rows_ready)
		u8_fill_rows();
	for (size_t i = 0; i < len; i++)
		state = u8_rows[(unsigned char)s[i]] >> (state & 63);
	return (state & 63) == U8_OK;
}

size_t
vn_utf8_valid_prefix(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

	if (well_formed(s, len))
		return len;
	for (;;) {
		i += ascii_run(s + i, len - i);
		if (i >= len)
			return len;
		/* The commonest cases inline: Vietnamese letters are E1 BA..BB xx
		 * (U+1E00..U+1EFF) or two bytes (Latin-1, Latin Extended). */
		const unsigned char *u = (const unsigned char *)s + i;
		if (u[0] >= 0xE1 && u[0] <= 0xEC && len - i >= 3 && (u[1] & 0xC0) == 0x80 &&
		    (u[2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		if (u[0] >= 0xC2 && u[0] <= 0xDF && len - i >= 2 && (u[1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return i;
		i += n;
	}
}

size_t
vn_utf8_repair(const char *s, size_t len, struct vn_buf *out)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	size_t bad = 0;

	while (len > 0) {
		size_t ok = vn_utf8_valid_prefix(s, len);
		vn_buf_append(out, s, ok);
		s += ok;
		len -= ok;
		if (len > 0) {
			vn_buf_append(out, replacement, 3);
			bad++;
			s++;
			len--;
		}
	}
	return bad;
}

size_t
vn_utf8_count(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull;
	size_t n = 0, i = 0;

	/* Eight bytes at a time: a byte starts a code point unless it is a
	 * continuation byte 10xxxxxx, i.e. unless bit 7 is set and bit 6 is
	 * clear. Every record's offsets count from the start of its line. */
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t cont = (w >> 7) & ~(w >> 6) & ones;
		n += 8 - (size_t)((cont * ones) >> 56); /* the sum of the bytes */
	}
	for (; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}
