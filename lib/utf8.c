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

size_t
vn_utf8_valid_prefix(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

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
