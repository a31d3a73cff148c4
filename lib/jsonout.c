#include "jsonout.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "utf8.h"

static int first_field;

void
vn_json_begin(void)
{
	vn_out_putc('{');
	first_field = 1;
}

void
vn_json_end(void)
{
	vn_out_write("}\n", 2);
}

/* `,"k":` (no comma before the first field) into buf, which has room for
 * a key of up to 48 bytes and a value of 40 more; returns its length, or
 * 0 when k is too long for it (key() then writes it piece by piece). */
enum { KEY_ROOM = 48, FIELD_ROOM = KEY_ROOM + 8 + 40 };
_Static_assert((int)FIELD_ROOM <= (int)VN_OUT_ROOM_MAX, "a field is built in the output's room");
/* ,"line":N,"start":N,"end":N,"text": */
enum { PROVENANCE_ROOM = 32 + 3 * VN_JSON_NUMBER_MAX };
_Static_assert((int)PROVENANCE_ROOM <= (int)VN_OUT_ROOM_MAX, "provenance is built in the output's room");

static size_t
key_into(char *buf, const char *k)
{
	size_t n = strlen(k), o = 0;

	if (n > KEY_ROOM)
		return 0;
	if (!first_field)
		buf[o++] = ',';
	first_field = 0;
	buf[o++] = '"';
	memcpy(buf + o, k, n);
	o += n;
	buf[o++] = '"';
	buf[o++] = ':';
	return o;
}

static void
key(const char *k)
{
	char *buf = vn_out_room(FIELD_ROOM);
	size_t o = key_into(buf, k);

	/* Built where it goes: records are small and many (a figure every
	 * few hundred bytes of text), so each copy and call adds up. */
	if (o) {
		vn_out_commit(o);
		return;
	}
	if (!first_field)
		vn_out_putc(',');
	first_field = 0;
	vn_out_putc('"');
	vn_out_str(k);
	vn_out_write("\":", 2);
}

/* A field with a short value (a number, null) in one write. */
static void
field(const char *k, const char *value, size_t n)
{
	char *buf = vn_out_room(FIELD_ROOM);
	size_t o = n <= 40 ? key_into(buf, k) : 0;

	if (!o) {
		key(k);
		vn_out_write(value, n);
		return;
	}
	memcpy(buf + o, value, n);
	vn_out_commit(o + n);
}

void
vn_json_write_string(const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;

	vn_out_putc('"');
	for (size_t i = 0; i < len; i++) {
		/* Eight bytes at a time while none needs escaping: none below
		 * 0x20 and no '"' or '\\' (word-parallel byte tests). */
		while (i + 8 <= len) {
			const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
			uint64_t w, q, b;
			memcpy(&w, s + i, 8);
			q = w ^ (ones * '"');
			b = w ^ (ones * '\\');
			if (((w - ones * 0x20) | (q - ones) | (b - ones)) & ~w & ~q & ~b & highs)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		vn_out_write(s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': vn_out_write("\\\"", 2); break;
		case '\\': vn_out_write("\\\\", 2); break;
		case '\n': vn_out_write("\\n", 2); break;
		case '\r': vn_out_write("\\r", 2); break;
		case '\t': vn_out_write("\\t", 2); break;
		case '\b': vn_out_write("\\b", 2); break;
		case '\f': vn_out_write("\\f", 2); break;
		default: {
			char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			vn_out_write(u, 6);
		}
		}
	}
	vn_out_write(s + run, len - run);
	vn_out_putc('"');
}

void
vn_json_str(const char *k, const char *s, size_t len)
{
	key(k);
	vn_json_write_string(s, len);
}

void
vn_json_cstr(const char *k, const char *s)
{
	if (!s)
		vn_json_null(k);
	else
		vn_json_str(k, s, strlen(s));
}

/* v in decimal at the end of num; returns where it starts. Digit by digit
 * from the end: every record has three or four integers, and snprintf
 * cost more than the rest of the record. */
static size_t
format_int(long long v, char num[24])
{
	size_t i = 24;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;

	do
		num[--i] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		num[--i] = '-';
	return i;
}

void
vn_json_write_int(long long v)
{
	char num[24];
	size_t i = format_int(v, num);

	vn_out_write(num + i, sizeof num - i);
}

void
vn_json_int(const char *k, long long v)
{
	char num[24];
	size_t i = format_int(v, num);

	field(k, num + i, sizeof num - i);
}

size_t
vn_json_format_double(double v, char out[VN_JSON_NUMBER_MAX])
{
	char num[40];
	int n = 0;

	if (!isfinite(v)) /* JSON has no NaN or infinity */
		return 0;
	if (v == floor(v) && fabs(v) < 9e15) {
		char digits[24];
		size_t i = format_int((long long)v, digits);
		memcpy(out, digits + i, sizeof digits - i);
		return sizeof digits - i;
	}
	for (int prec = 15; prec <= 17; prec++) {
		n = snprintf(num, sizeof num, "%.*g", prec, v);
		if (strtod(num, NULL) == v)
			break;
	}
	/* %.17g of a double is at most 24 bytes: -d.dddddddddddddddde-ddd */
	memcpy(out, num, (size_t)n);
	return (size_t)n;
}

void
vn_json_double(const char *k, double v)
{
	char num[VN_JSON_NUMBER_MAX];
	size_t n = vn_json_format_double(v, num);

	if (n)
		field(k, num, n);
	else
		vn_json_null(k);
}

size_t
vn_json_format_int(long long v, char out[VN_JSON_NUMBER_MAX])
{
	char digits[24];
	size_t i = format_int(v, digits);

	memcpy(out, digits + i, sizeof digits - i);
	return sizeof digits - i;
}

void
vn_json_null(const char *k)
{
	field(k, "null", 4);
}

/* The code-point offset of byte offset `byte` in the line. A line may be
 * 100 MB long with a figure every few words: counting from the line's
 * start for each record would take quadratic time, so count from where
 * the previous record of the same line (same reader serial) left off. */
static size_t
codepoint_offset(const struct vn_line *line, size_t byte)
{
	static unsigned long last_serial;
	static size_t last_byte, last_cp;
	size_t cp;

	if (line->serial == 0 || line->serial != last_serial)
		cp = vn_utf8_count(line->text, byte);
	else if (byte >= last_byte)
		cp = last_cp + vn_utf8_count(line->text + last_byte, byte - last_byte);
	else
		cp = last_cp - vn_utf8_count(line->text + byte, last_byte - byte);
	last_serial = line->serial;
	last_byte = byte;
	last_cp = cp;
	return cp;
}

/* lit, a string literal, at p + o; returns the offset after it. */
#define PUT_LIT(p, o, lit) (memcpy((p) + (o), lit, sizeof lit - 1), (o) + sizeof lit - 1)

void
vn_json_provenance(const struct vn_line *line, size_t start, size_t end)
{
	size_t cstart = codepoint_offset(line, start), cend = codepoint_offset(line, end);

	vn_json_cstr("doc", line->doc);
	/* line, start and end, and the key of text, built in place in one
	 * piece (every record has them: one call instead of four). */
	char *p = vn_out_room(PROVENANCE_ROOM);
	size_t o = PUT_LIT(p, 0, ",\"line\":");
	o += vn_json_format_int((long long)line->lineno, p + o);
	o = PUT_LIT(p, o, ",\"start\":");
	o += vn_json_format_int((long long)cstart, p + o);
	o = PUT_LIT(p, o, ",\"end\":");
	o += vn_json_format_int((long long)cend, p + o);
	o = PUT_LIT(p, o, ",\"text\":");
	vn_out_commit(o);
	vn_json_write_string(line->text + start, end - start);
}
