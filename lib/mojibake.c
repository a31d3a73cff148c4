#include "mojibake.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* windows-1252 bytes 0x80..0x9F and the characters they stand for. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The byte cp came from, or -1 when no windows-1252/Latin-1 byte gives it. */
static int
byte_of(uint32_t cp)
{
	if (cp < 0x100)
		return (int)cp; /* Latin-1, C1 controls included */
	for (int i = 0; i < 32; i++)
		if (cp1252_c1[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Map s back to the bytes it was decoded from; 0 when some character has
 * no byte or the line is plain ASCII. */
static int
to_bytes(const char *s, size_t len, struct vn_buf *bytes)
{
	int high = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = (unsigned char)s[i] < 0x80 ? 1 : vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (n == 1) {
			vn_buf_putc(bytes, s[i]);
		} else {
			int b = byte_of(cp);
			if (b < 0)
				return 0;
			vn_buf_putc(bytes, (char)b);
			high = 1;
		}
		i += n;
	}
	return high;
}

/* Check that b is UTF-8 with at least one well-formed multi-byte
 * character, letting a space stand for a lost A0 continuation byte; fix
 * those spaces in place. */
static int
valid_utf8_text(char *b, size_t len)
{
	size_t strict = 0;

	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
		if (need == 0 || i + need > len)
			return 0;
		int lenient = 0;
		for (size_t k = 1; k < need; k++) {
			if (b[i + k] == ' ' && i + k + 1 <= len) {
				b[i + k] = (char)0xA0;
				lenient = 1;
			}
		}
		uint32_t cp;
		if (vn_utf8_decode(b + i, need, &cp) != need)
			return 0;
		strict += !lenient;
		i += need;
	}
	return strict > 0;
}

static int
repair_once(const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf bytes;

	vn_buf_clear(&bytes);
	if (!to_bytes(s, len, &bytes) || !valid_utf8_text(bytes.data, bytes.len))
		return 0;
	vn_buf_append(out, bytes.data, bytes.len);
	return 1;
}

int
vn_mojibake_repair(const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf again;
	size_t start = out->len;

	if (!repair_once(s, len, out))
		return 0;
	for (int round = 0; round < 2; round++) {
		vn_buf_clear(&again);
		if (!repair_once(out->data + start, out->len - start, &again))
			break;
		out->len = start;
		vn_buf_append(out, again.data, again.len);
	}
	return 1;
}
