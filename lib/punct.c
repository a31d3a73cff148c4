#include "punct.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ascii.h"
#include "utf8.h"
#include "vnletter.h"

static uint32_t
cp_at(const char *s, size_t len, size_t i, size_t *n)
{
	uint32_t cp;
	size_t k;

	if (i >= len) {
		*n = 0;
		return 0;
	}
	if ((unsigned char)s[i] < 0x80) {
		*n = 1;
		return (unsigned char)s[i];
	}
	k = vn_utf8_decode(s + i, len - i, &cp);
	if (k == 0) {
		*n = 1;
		return VN_REPLACEMENT_CHAR;
	}
	*n = k;
	return cp;
}

static int
is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return vn_ascii_letter(cp);
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int
is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return vn_ascii_lower(cp);
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

static int
is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return vn_ascii_upper(cp);
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static int
is_alnum(uint32_t cp)
{
	return is_letter(cp) || (cp < 0x80 ? vn_ascii_digit(cp) : utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND);
}

/* Punctuation that takes no space before it. */
static int
closes(uint32_t cp)
{
	return cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == ')' ||
	       cp == ']' || cp == 0x2026;
}

/* Punctuation after which a letter needs a space. */
static int
wants_space_after(uint32_t cp)
{
	return cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int
ascii_has_prefix_ci(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	if (len < n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) != prefix[i])
			return 0;
	return 1;
}

static int
mem_contains(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(s + i, needle, n) == 0)
			return 1;
	return 0;
}

/* host.name.tld: ASCII labels, a lower-case top-level label of 2-6 letters. */
static int
is_domain(const char *s, size_t len)
{
	size_t end = 0, dots = 0, last = 0;

	while (end < len && s[end] != '/' && s[end] != ':' && s[end] != '?' && s[end] != '#')
		end++;
	for (size_t i = 0; i < end; i++) {
		char c = s[i];
		if (c == '.') {
			if (i == 0 || s[i - 1] == '.')
				return 0;
			dots++;
			last = i + 1;
		} else if (!(vn_ascii_letter((unsigned char)c) || vn_ascii_digit((unsigned char)c) || c == '-')) {
			return 0;
		}
	}
	if (dots == 0 || end - last < 2 || end - last > 6)
		return 0;
	for (size_t i = last; i < end; i++)
		if (!vn_ascii_lower((unsigned char)s[i]))
			return 0;
	return 1;
}

static int
has_entity(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '&')
			continue;
		size_t j = i + 1;
		while (j < len && (vn_ascii_letter((unsigned char)s[j]) || vn_ascii_digit((unsigned char)s[j]) || s[j] == '#'))
			j++;
		if (j > i + 1 && j < len && s[j] == ';')
			return 1;
	}
	return 0;
}

/* A token (a run without spaces) that must be copied as it stands: a URL,
 * an e-mail address, a domain name, or one holding an HTML reference. */
static int
is_protected(const char *s, size_t len)
{
	/* Each of those holds ':' (://, mailto:), '.' (www., a domain, an
	 * e-mail address) or '&' (a reference): most words hold none, and
	 * are settled by this one look at their bytes. */
	size_t k = 0;
	while (k < len && s[k] != ':' && s[k] != '.' && s[k] != '&')
		k++;
	if (k == len)
		return 0;
	/* Brackets and sentence punctuation around the token do not count. */
	while (len > 0 && strchr("([\"'<", s[0]))
		s++, len--;
	while (len > 0 && strchr(".,;:!?)]\"'>", s[len - 1]))
		len--;
	if (len == 0)
		return 0;
	if (mem_contains(s, len, "://") || ascii_has_prefix_ci(s, len, "www.") ||
	    ascii_has_prefix_ci(s, len, "mailto:"))
		return 1;
	const char *at = memchr(s, '@', len);
	if (at && at > s && memchr(at, '.', len - (size_t)(at - s)))
		return 1;
	return is_domain(s, len) || has_entity(s, len);
}

/* The word before is at least two lower-case letters and the word after
 * is capitalised (an upper-case letter, then a lower-case one): TP.HCM,
 * Tp.HCM, ThS.BS and v.v. stay as they are. */
int
vn_punct_sentence_stop(const char *s, size_t len, size_t i)
{
	size_t n, lowers = 0, j = i;

	while (j > 0) {
		size_t k = j - 1;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		uint32_t cp = cp_at(s, len, k, &n);
		if (!is_letter(cp))
			break;
		if (!is_lower(cp))
			return 0;
		lowers++;
		j = k;
	}
	if (lowers < 2)
		return 0;
	uint32_t first = cp_at(s, len, i + 1, &n);
	if (!is_upper(first))
		return 0;
	return is_lower(cp_at(s, len, i + 1 + n, &n));
}

/* Length of a run of three or more full stops starting at i, else 0. */
static size_t
dots_run(const char *s, size_t len, size_t i)
{
	size_t j = i;

	while (j < len && s[j] == '.')
		j++;
	return j - i >= 3 ? j - i : 0;
}

/* The result being built: s with pieces left out and spaces put in.
 * Bytes of s are written only when an edit comes after them, so that a
 * line with nothing to fix costs one scan and no copy. */
struct edits {
	const char *s;
	struct vn_buf *out;
	size_t start;  /* out's length before the step */
	size_t copied; /* s[0..copied) is written or left out */
};

/* Leave s[from..to) out (from >= e->copied). */
static void
leave_out(struct edits *e, size_t from, size_t to)
{
	vn_buf_append(e->out, e->s + e->copied, from - e->copied);
	e->copied = to;
}

/* Put a space before s[at]. */
static void
put_space(struct edits *e, size_t at)
{
	vn_buf_append(e->out, e->s + e->copied, at - e->copied);
	vn_buf_putc(e->out, ' ');
	e->copied = at;
}

/* How many full stops the result ends with when it holds all of s before
 * byte i: those in s back to the last edit, then those written. */
static size_t
trailing_dots(const struct edits *e, size_t i)
{
	size_t k = i;

	while (k > e->copied && e->s[k - 1] == '.')
		k--;
	if (k > e->copied)
		return i - k;
	size_t w = e->out->len;
	while (w > e->start && e->out->data[w - 1] == '.')
		w--;
	return i - k + e->out->len - w;
}

/* Bytes no rule is decided at: letters, digits, spaces (looked at from
 * the punctuation after them), and lead and continuation bytes other than
 * 0xE2 (which leads the ellipsis). */
static unsigned char quiet_byte[256];

static void
init_quiet_bytes(void)
{
	for (int c = 0; c < 256; c++)
		quiet_byte[c] = (unsigned char)(vn_ascii_letter((unsigned)c) || vn_ascii_digit((unsigned)c) ||
		                                c == ' ' || (c >= 0x80 && c != 0xE2));
}

#ifdef __SSE2__
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Which of the sixteen bytes at s are not quiet (a bit each), by the
 * rule of init_quiet_bytes: SSE2, the x86-64 baseline. */
static unsigned
loud_bits(const char *s)
{
	const bytes16 z = {0};
	bytes16 v;

	memcpy(&v, s, 16);
	bytes16 folded = v | (z + 0x20);
	bytes16 quiet = ((folded >= (z + 'a')) & (folded <= (z + 'z'))) |
	                ((v >= (z + '0')) & (v <= (z + '9'))) | (bytes16)(v == (z + ' ')) |
	                ((v >= (z + 0x80)) & (v != (z + 0xE2)));
	return ~(unsigned)_mm_movemask_epi8((__m128i)quiet) & 0xFFFF;
}
#endif

/* The first byte at or after i that is not quiet, or len. Punctuation is
 * some tens of bytes apart in running text. */
static size_t
next_loud(const char *s, size_t len, size_t i)
{
#ifdef __SSE2__
	for (; i + 16 <= len; i += 16) {
		unsigned loud = loud_bits(s + i);
		if (loud)
			return i + (size_t)__builtin_ctz(loud);
	}
#endif
	while (i < len && quiet_byte[(unsigned char)s[i]])
		i++;
	return i;
}

size_t
vn_punct_fix(const char *s, size_t len, struct vn_buf *out)
{
	struct edits e = {s, out, out->len, 0};
	size_t changes = 0, i = 0, n;
	size_t done = 0; /* s[0..done) is settled: punctuation looked at, spaces dropped */

	if (!quiet_byte['a'])
		init_quiet_bytes();
	for (;;) {
		i = next_loud(s, len, i);
		if (i >= len)
			break;
		/* The spaces just before: they go if what follows closes. */
		size_t space_from = i;
		while (space_from > done && s[space_from - 1] == ' ')
			space_from--;
		/* A word that is a URL, an address or holds a reference is kept
		 * whole. It is settled at its first punctuation: up to there it
		 * was kept anyway, and a word without any cannot be one. A word
		 * that starts before done has had its punctuation looked at. */
		size_t word = i;
		while (word > done && s[word - 1] != ' ')
			word--;
		if (word == 0 || s[word - 1] == ' ') {
			const char *space = memchr(s + i, ' ', len - i);
			size_t end = space ? (size_t)(space - s) : len;
			if (is_protected(s + word, end - word)) {
				i = done = end;
				continue;
			}
		}
		uint32_t cp = cp_at(s, len, i, &n);
		size_t dots = cp == '.' ? dots_run(s, len, i) : 0;
		size_t unit = dots ? dots : n; /* an ellipsis typed as dots is one unit */
		uint32_t next = cp_at(s, len, i + unit, &n);
		/* Dots glued to a word get a space after them below, so they
		 * close as if it were there: "a ...g" becomes "a... g", as
		 * "a ... g" does, and a second pass changes nothing. */
		int closing = closes(cp) || (cp == '.' && (!is_alnum(next) || (dots && is_letter(next))));

		/* The spaces before it go, unless they start the line. */
		if (closing && space_from < i && space_from > 0) {
			leave_out(&e, space_from, i); /* the space before it */
			changes++;
		}
		i += unit;
		if (cp == ',' || cp == ';') {
			/* ",," and ", ," are one comma. */
			for (;;) {
				size_t j = i;
				while (j < len && s[j] == ' ')
					j++;
				if (j >= len || (unsigned char)s[j] != cp)
					break;
				leave_out(&e, i, j + 1);
				changes++;
				i = j + 1;
			}
		}
		next = cp_at(s, len, i, &n);
		/* Counted on the result: ".. ..g" closes up to "....", an
		 * ellipsis, which must then get its space now and not on a
		 * second pass. */
		int ellipsis = cp == '.' && trailing_dots(&e, i) >= 3;
		if (cp == '(' || cp == '[') {
			size_t j = i;
			while (j < len && s[j] == ' ')
				j++;
			if (j > i) {
				leave_out(&e, i, j);
				changes += j - i;
				i = j;
			}
		} else if (((wants_space_after(cp) || ellipsis) && is_letter(next)) ||
		           (cp == '.' && !dots && vn_punct_sentence_stop(s, len, i - 1))) {
			put_space(&e, i);
			changes++;
		}
		done = i;
	}
	if (changes)
		vn_buf_append(out, s + e.copied, len - e.copied);
	return changes;
}

size_t
vn_punct_to_ascii(const char *s, size_t len, struct vn_buf *out)
{
	size_t changes = 0, i = 0, copied = 0, n;

	while (i < len) {
		/* What is replaced is U+00AB, U+00BB (lead byte C2) or in
		 * U+2010..U+2212 (E2): other bytes are passed over. */
		if ((unsigned char)s[i] != 0xC2 && (unsigned char)s[i] != 0xE2) {
			i++;
			continue;
		}
		uint32_t cp = cp_at(s, len, i, &n);
		const char *ascii = NULL;
		switch (cp) {
		case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
		case 0x2033:
			ascii = "\"";
			break;
		case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
			ascii = "'";
			break;
		case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
		case 0x2212:
			ascii = "-";
			break;
		case 0x2026:
			ascii = "...";
			break;
		}
		if (ascii) {
			vn_buf_append(out, s + copied, i - copied);
			vn_buf_append(out, ascii, strlen(ascii));
			copied = i + n;
			changes++;
		}
		i += n;
	}
	if (changes)
		vn_buf_append(out, s + copied, len - copied);
	return changes;
}
