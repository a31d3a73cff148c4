#include "viqr.h"

#include <string.h>

#include "ascii.h"
#include "legacy.h"
#include "utf8.h"
#include "vnword.h"

static int
is_ascii_letter(char c)
{
	return vn_ascii_letter((unsigned char)c);
}

static int
is_vowel(char c)
{
	return c && strchr("aeiouyAEIOUY", c) != NULL;
}

static int
is_mark(char c)
{
	return c && strchr("(^+'`?~.", c) != NULL;
}

static int
is_tone_mark(char c)
{
	return c && strchr("'`?~.", c) != NULL;
}

/* The longest VIQR sequence of the table at s (at most limit bytes):
 * its code point, and its length in *used; 0 when none. */
static uint32_t
match_sequence(const char *s, size_t limit, size_t *used)
{
	const uint32_t *single;
	const struct vn_legacy_seq *seqs;

	vn_legacy_tables(VN_ENC_VIQR, &single, &seqs);
	for (const struct vn_legacy_seq *q = seqs; q->len; q++) { /* longest first */
		if (q->len <= limit && memcmp(q->bytes, s, q->len) == 0) {
			*used = q->len;
			return q->cp;
		}
	}
	return 0;
}

/* Decode the word starting at s[i]; a tone mark at byte forbid (if any) is
 * taken as punctuation. Returns the end of the word; *doubt gets the byte
 * of a tone mark taken at the end of the word that may be punctuation
 * (len when none), *marked whether any mark was read. */
static size_t
decode_word(const char *s, size_t len, size_t i, size_t forbid, struct vn_buf *out,
            size_t *doubt, int *marked)
{
	int toned = 0, first = 1;
	char enc[4];

	*doubt = len;
	*marked = 0;
	while (i < len && is_ascii_letter(s[i])) {
		char c = s[i];
		if (first && (c | 0x20) == 'd' && i + 1 < len && (s[i + 1] | 0x20) == 'd') {
			vn_buf_append(out, enc, vn_utf8_encode(c == 'D' ? 0x0110 : 0x0111, enc));
			*marked = 1;
			i += 2;
			first = 0;
			continue;
		}
		first = 0;
		if (!is_vowel(c) || i + 1 >= len || !is_mark(s[i + 1])) {
			vn_buf_putc(out, c);
			i++;
			continue;
		}
		/* Up to two marks: a shape, then a tone; never a second tone,
		 * a forbidden one, or one doubled (a.. and a?? are punctuation). */
		size_t limit = len - i < 3 ? len - i : 3, used = 0;
		uint32_t cp = 0;
		while (limit >= 2) {
			cp = match_sequence(s + i, limit, &used);
			if (!cp)
				break;
			size_t last = i + used - 1;
			int tone = is_tone_mark(s[last]);
			if (!tone || (!toned && last != forbid && !(last + 1 < len && s[last + 1] == s[last])))
				break;
			limit = used - 1;
			cp = 0;
		}
		if (!cp) {
			vn_buf_putc(out, c);
			i++;
			continue;
		}
		size_t last = i + used - 1;
		if (is_tone_mark(s[last])) {
			toned = 1;
			if ((s[last] == '.' || s[last] == '?' || s[last] == '\'') &&
			    (last + 1 >= len || !is_ascii_letter(s[last + 1])))
				*doubt = last;
		}
		*marked = 1;
		vn_buf_append(out, enc, vn_utf8_encode(cp, enc));
		i += used;
	}
	return i;
}

static int
is_syllable(const char *s, size_t len)
{
	struct vn_word w;
	struct vn_syllable syl;
	size_t pos = 0;

	return vn_word_next(s, len, &pos, &w) && pos == len && w.analysable &&
	       vn_syllable_parse(w.letters, w.n, &syl);
}

/* Decode the word at s[i] into out, settling a doubtful end mark; returns
 * the end; *vietnamese tells whether marks made it a syllable. */
static size_t
decode_settled(const char *s, size_t len, size_t i, struct vn_buf *out, int *vietnamese)
{
	size_t start = out->len, doubt;
	int marked;
	size_t end = decode_word(s, len, i, len, out, &doubt, &marked);

	if (doubt < len && !is_syllable(out->data + start, out->len - start)) {
		out->len = start;
		end = decode_word(s, len, i, doubt, out, &doubt, &marked);
	}
	*vietnamese = marked && is_syllable(out->data + start, out->len - start);
	return end;
}

size_t
vn_viqr_decode(const char *s, size_t len, struct vn_buf *out)
{
	size_t i = 0;
	int vietnamese;
	const uint32_t *single;
	const struct vn_legacy_seq *seqs;

	vn_legacy_tables(VN_ENC_VIQR, &single, &seqs);
	vn_buf_reserve(out, len);
	while (i < len) {
		if (s[i] == '\\' && i + 1 < len && (is_mark(s[i + 1]) || s[i + 1] == '\\')) {
			vn_buf_putc(out, s[i + 1]); /* RFC 1456: \ makes a mark literal */
			i += 2;
		} else if (is_ascii_letter(s[i]) && (i == 0 || !is_ascii_letter(s[i - 1]))) {
			i = decode_settled(s, len, i, out, &vietnamese);
		} else if ((unsigned char)s[i] < 0x80) {
			vn_buf_putc(out, s[i]);
			i++;
		} else {
			/* VIQR is ASCII; the table (Unikey's) reads any other
			 * byte as ISO-8859-1. Copied raw, it would be invalid
			 * UTF-8 in the output. */
			char enc[4];
			vn_buf_append(out, enc, vn_utf8_encode(single[(unsigned char)s[i]], enc));
			i++;
		}
	}
	return 0;
}

size_t
vn_viqr_marked_words(const char *s, size_t len)
{
	static struct vn_buf scratch;
	size_t i = 0, words = 0;
	int vietnamese;

	while (i < len) {
		if (is_ascii_letter(s[i]) && (i == 0 || !is_ascii_letter(s[i - 1]))) {
			vn_buf_clear(&scratch);
			i = decode_settled(s, len, i, &scratch, &vietnamese);
			words += (size_t)vietnamese;
		} else {
			i++;
		}
	}
	return words;
}
