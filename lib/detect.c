#include "detect.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "ascii.h"
#include "utf8.h"
#include "viqr.h"
#include "vnword.h"

/* Share of VIQR-marked words that makes ASCII text VIQR, and the least
 * number of them: English has a few ("I'm" reads as Ím). */
#define VIQR_MIN_SHARE 0.2
#define VIQR_MIN_WORDS 3

/* Share of words with non-ASCII letters that must spell syllables under
 * the best legacy table for it to be chosen over UTF-8 repair. */
#define LEGACY_MIN_SHARE 0.5

struct byte_stats {
	size_t multibyte; /* well-formed UTF-8 characters beyond ASCII */
	size_t invalid;   /* bytes that are not UTF-8 */
	size_t high;      /* bytes >= 0x80 */
};

static void
count_bytes(const char *s, size_t len, struct byte_stats *st)
{
	st->multibyte = st->invalid = st->high = 0;
	for (size_t i = 0; i < len;) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			st->invalid++;
			st->high++;
			i++;
		} else {
			st->multibyte++;
			st->high += n;
			i += n;
		}
	}
}

static size_t
count_words(const char *s, size_t len)
{
	size_t words = 0;

	for (size_t i = 0; i < len; i++)
		if (vn_ascii_letter((unsigned char)s[i]) &&
		    (i == 0 || !vn_ascii_letter((unsigned char)s[i - 1])))
			words++;
	return words;
}

/* Decode s with enc and bring it to NFC (CP1258 writes tones as combining
 * marks), into out. */
static void
decode_nfc(enum vn_encoding enc, const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf raw;

	vn_buf_clear(&raw);
	vn_buf_clear(out);
	vn_legacy_decode(enc, s, len, &raw);
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)raw.data, (utf8proc_ssize_t)raw.len,
	                                  &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n >= 0)
		vn_buf_append(out, nfc, (size_t)n);
	else
		vn_buf_append(out, raw.data, raw.len);
	free(nfc);
}

static int
is_ascii_alnum(unsigned char c)
{
	return vn_ascii_letter(c) || vn_ascii_digit(c);
}

/* Split s into tokens at ASCII characters other than letters and digits;
 * count the tokens with a byte >= 0x80 and, of those, the ones that enc
 * decodes to a single Vietnamese syllable. */
static void
score_tokens(enum vn_encoding enc, const char *s, size_t len, size_t *tokens, size_t *syllables)
{
	static struct vn_buf text;
	struct vn_word w;
	struct vn_syllable syl;

	*tokens = *syllables = 0;
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && !is_ascii_alnum(c)) {
			i++;
			continue;
		}
		size_t end = i;
		int high = 0;
		while (end < len && ((unsigned char)s[end] >= 0x80 || is_ascii_alnum((unsigned char)s[end]))) {
			high |= (unsigned char)s[end] >= 0x80;
			end++;
		}
		if (high) {
			size_t pos = 0;
			(*tokens)++;
			decode_nfc(enc, s + i, end - i, &text);
			if (vn_word_next(text.data, text.len, &pos, &w) && w.start == 0 &&
			    pos == text.len && w.analysable && vn_syllable_parse(w.letters, w.n, &syl))
				(*syllables)++;
		}
		i = end;
	}
}

enum vn_encoding
vn_detect_encoding(const char *s, size_t len, double *confidence)
{
	static const enum vn_encoding candidates[] = {VN_ENC_CP1258, VN_ENC_VISCII,
	                                              VN_ENC_TCVN3, VN_ENC_VNI};
	struct byte_stats st;

	count_bytes(s, len, &st);
	*confidence = 1.0;
	if (st.high == 0) {
		size_t words = count_words(s, len);
		size_t marked = vn_viqr_marked_words(s, len);
		if (marked >= VIQR_MIN_WORDS && (double)marked >= VIQR_MIN_SHARE * (double)words) {
			*confidence = (double)marked / (double)words;
			return VN_ENC_VIQR;
		}
		return VN_ENC_UTF8;
	}
	/* A few stray bytes in UTF-8 text are damage, not an encoding. */
	if (st.invalid == 0 || st.multibyte >= 4 * st.invalid)
		return VN_ENC_UTF8;

	enum vn_encoding best = VN_ENC_UTF8;
	double best_share = 0;
	for (size_t c = 0; c < sizeof candidates / sizeof candidates[0]; c++) {
		size_t tokens, syllables;
		score_tokens(candidates[c], s, len, &tokens, &syllables);
		double share = tokens ? (double)syllables / (double)tokens : 0;
		if (share > best_share) {
			best_share = share;
			best = candidates[c];
		}
	}
	*confidence = best_share;
	return best_share >= LEGACY_MIN_SHARE ? best : VN_ENC_UTF8;
}
