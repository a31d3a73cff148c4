/* Variants of a paragraph of Vietnamese text (see textvar.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "textvar.h"
#include "utf8.h"

/* Characters that render as a space and that crawled pages are full of:
 * NBSP from &nbsp;, narrow NBSP, figure and ideographic spaces, the
 * en/em-width spaces of word processors. */
static int
is_space_like(uint32_t c)
{
	return c < 0x20 || c == ' ' || c == 0x7F || c == 0xA0 || c == 0x202F ||
	       c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

/* Characters that render as nothing: zero-width space/joiners, word
 * joiner, BOM, soft hyphen. */
static int
is_invisible(uint32_t c)
{
	return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xAD;
}

/* Valid UTF-8 in, one plain space between words out. */
static void
squeeze_spaces(const char *s, size_t len, struct vn_buf *out)
{
	size_t start = out->len;
	int pending = 0;

	for (size_t i = 0; i < len;) {
		uint32_t c;
		size_t n = vn_utf8_decode(s + i, len - i, &c);
		if (n == 0) {
			c = VN_REPLACEMENT_CHAR;
			n = 1;
		}
		if (is_space_like(c)) {
			pending = 1;
		} else if (!is_invisible(c)) {
			if (pending && out->len > start)
				vn_buf_putc(out, ' ');
			pending = 0;
			vn_buf_append(out, s + i, n);
		}
		i += n;
	}
}

int
gen_starts_word(char c)
{
	unsigned char u = (unsigned char)c;
	return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0xC0;
}

/* Commas as careful writing has them: one, with a space before a word
 * (`vụ,, ý` and `vụ,ý` become `vụ, ý`). Periods are left alone: `TP.HCM`
 * and URLs glue them legitimately, and telling those apart is
 * vn-normalize's job, not the generator's. */
static void
tidy_commas(const char *s, size_t len, struct vn_buf *out)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ',' && i + 1 < len && s[i + 1] == ',')
			continue;
		vn_buf_putc(out, s[i]);
		if (s[i] == ',' && i + 1 < len && gen_starts_word(s[i + 1]))
			vn_buf_putc(out, ' ');
	}
}

void
gen_clean(const char *s, size_t len, struct vn_buf *out)
{
	struct vn_buf valid = {0}, spaced = {0}, tidy = {0};

	vn_utf8_repair(s, len, &valid);
	squeeze_spaces(valid.data, valid.len, &spaced);
	tidy_commas(spaced.data, spaced.len, &tidy);
	if (tidy.len > 0)
		gen_tone_style(tidy.data, tidy.len, 0, out);
	vn_buf_free(&valid);
	vn_buf_free(&spaced);
	vn_buf_free(&tidy);
}

/* The five Vietnamese tone marks as NFD combining characters: grave,
 * acute, tilde, hook above, dot below. */
static int
is_tone(int32_t c)
{
	return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323;
}

static int32_t
ascii_lower(int32_t c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Letters and combining marks both belong to a word in NFD text. */
static int
is_word_char(int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}

/* The open diphthongs whose tone mark the two styles place differently:
 * oa, oe, uy. */
static int
is_styled_pair(int32_t first, int32_t second)
{
	second = ascii_lower(second);
	return first == 'o' ? second == 'a' || second == 'e' : second == 'y';
}

/* In NFD text: the old style puts the tone after the first vowel of an
 * open oa/oe/uy (h o ` a), the new style after the second (h o a `). Only
 * at the end of a word (closed syllables such as hoàn agree in both
 * styles) and not after q, where u is part of the consonant (quý). */
static void
move_tones(int32_t *cp, size_t n, int to_new)
{
	for (size_t i = 0; i + 2 < n; i++) {
		int32_t v = ascii_lower(cp[i]);
		if (v != 'o' && v != 'u')
			continue;
		if (v == 'u' && i > 0 && ascii_lower(cp[i - 1]) == 'q')
			continue;
		if (i + 3 < n && is_word_char(cp[i + 3]))
			continue;
		int old_form = is_tone(cp[i + 1]) && is_styled_pair(v, cp[i + 2]);
		int new_form = is_styled_pair(v, cp[i + 1]) && is_tone(cp[i + 2]);
		if ((to_new && old_form) || (!to_new && new_form)) {
			int32_t t = cp[i + 1];
			cp[i + 1] = cp[i + 2];
			cp[i + 2] = t;
		}
	}
}

void
gen_tone_style(const char *s, size_t len, int to_new, struct vn_buf *out)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	int opts = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
	utf8proc_ssize_t n = utf8proc_decompose(u, (utf8proc_ssize_t)len, NULL, 0, opts);

	if (n < 0) {
		vn_buf_append(out, s, len);
		return;
	}
	/* utf8proc_reencode writes the UTF-8 (and a NUL) over the code
	 * points, hence one spare byte. */
	int32_t *cp = vn_xmalloc((size_t)n * sizeof *cp + 1);
	utf8proc_decompose(u, (utf8proc_ssize_t)len, cp, n, opts);
	move_tones(cp, (size_t)n, to_new);
	utf8proc_ssize_t m = utf8proc_reencode(cp, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (m >= 0)
		vn_buf_append(out, cp, (size_t)m);
	else
		vn_buf_append(out, s, len);
	free(cp);
}

void
gen_nfd(const char *s, size_t len, struct vn_buf *out)
{
	utf8proc_uint8_t *d = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &d,
	                                  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	if (n >= 0)
		vn_buf_append(out, d, (size_t)n);
	else
		vn_buf_append(out, s, len);
	free(d);
}

/* cp1252 bytes 0x80-0x9F. The five bytes cp1252 leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) come out as the C1 control of the same value,
 * as Windows' converter and browsers do; Vietnamese UTF-8 is full of them
 * (ề is E1 BB 81). */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void
gen_mojibake(const char *s, size_t len, struct vn_buf *out)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char)s[i];
		char enc[4];
		if (b < 0x80) {
			vn_buf_putc(out, (char)b);
			continue;
		}
		uint32_t c = b < 0xA0 ? cp1252_high[b - 0x80] : b;
		vn_buf_append(out, enc, vn_utf8_encode(c, enc));
	}
}

void
gen_detokenize(const char *s, size_t len, struct vn_buf *out)
{
	for (size_t i = 0; i < len; i++) {
		char next = i + 1 < len ? s[i + 1] : '\0';
		char after = i + 2 < len ? s[i + 2] : ' ';
		/* "word ," -> "word,": the mark stands alone as a token. */
		if (s[i] == ' ' && next && strchr(",.;:!?)]%", next) && after == ' ')
			continue;
		vn_buf_putc(out, s[i]);
		/* "( word" -> "(word". */
		if ((s[i] == '(' || s[i] == '[') && next == ' ')
			i++;
	}
}
