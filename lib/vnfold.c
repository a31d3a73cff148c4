#include "vnfold.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "buf.h"
#include "utf8.h"

int
vn_is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	/* The blocks Vietnamese letters live in, checked before the table:
	 * Latin-1 letters, Latin Extended-A/B, combining marks, Latin
	 * Extended Additional (ạ ả ấ … ỹ). */
	if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1E00 && cp <= 0x1EFF))
		return 1;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		return 1;
	default:
		return 0;
	}
}

size_t
vn_word_len(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if ((c | 0x20) < 'a' || (c | 0x20) > 'z')
				break;
			i++;
			continue;
		}
		/* Two-byte letters U+00C0..U+024F (lead bytes C3..C9, but not
		 * × and ÷) and combining marks (CC, CD); three-byte Latin
		 * Extended Additional (E1 B8..BB): the letters of Vietnamese. */
		if (c >= 0xC3 && c <= 0xCD && c != 0xCA && c != 0xCB && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    !(c == 0xC3 && ((unsigned char)s[i + 1] == 0x97 || (unsigned char)s[i + 1] == 0xB7))) {
			i += 2;
			continue;
		}
		if (c == 0xE1 && i + 2 < len && (unsigned char)s[i + 1] >= 0xB8 &&
		    (unsigned char)s[i + 1] <= 0xBB && ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0 || !vn_is_word_cp(cp))
			break;
		i += n;
	}
	return i;
}

/* The lower case and category of the code points every Vietnamese letter
 * is among: U+0080..U+024F (Latin-1, Latin Extended-A and -B) and
 * U+1E00..U+1EFF (Latin Extended Additional: ạ ả ấ … ỹ). Asked of utf8proc
 * once, so that folding and case tests on the words of a text make no
 * call per letter; other code points ask utf8proc each time. */
enum { LATIN_FROM = 0x80, LATIN_TO = 0x250, EXTRA_FROM = 0x1E00, EXTRA_TO = 0x1F00 };

struct cp_info {
	uint32_t lower;
	utf8proc_category_t category;
};

static struct cp_info latin_info[LATIN_TO - LATIN_FROM], extra_info[EXTRA_TO - EXTRA_FROM];
static int info_ready;

static void
fill_info(struct cp_info *t, uint32_t from, uint32_t to)
{
	for (uint32_t cp = from; cp < to; cp++) {
		t[cp - from].lower = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
		t[cp - from].category = utf8proc_category((utf8proc_int32_t)cp);
	}
}

static const struct cp_info *
cp_info(uint32_t cp)
{
	if (!info_ready) {
		fill_info(latin_info, LATIN_FROM, LATIN_TO);
		fill_info(extra_info, EXTRA_FROM, EXTRA_TO);
		info_ready = 1;
	}
	if (cp >= LATIN_FROM && cp < LATIN_TO)
		return &latin_info[cp - LATIN_FROM];
	if (cp >= EXTRA_FROM && cp < EXTRA_TO)
		return &extra_info[cp - EXTRA_FROM];
	return NULL;
}

/* The code point at s[0..len) (not ASCII): the two-byte and the E1 (U+1xxx)
 * three-byte sequences inline, others through vn_utf8_decode; 0 when
 * malformed. */
static size_t
decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] >= 0xC2 && u[0] <= 0xDF && len >= 2 && (u[1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] == 0xE1 && len >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		*cp = 0x1000 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	}
	return vn_utf8_decode(s, len, cp);
}

static utf8proc_category_t
category(uint32_t cp)
{
	const struct cp_info *ci = cp_info(cp);
	return ci ? ci->category : utf8proc_category((utf8proc_int32_t)cp);
}

size_t
vn_nfc_in_place(char *out, size_t len, size_t cap)
{
	enum { MAX_CPS = 96 };
	utf8proc_int32_t cps[MAX_CPS];
	const int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)out, (utf8proc_ssize_t)len,
	                                        cps, MAX_CPS, options);
	size_t o = 0;

	if (n >= 0 && n <= MAX_CPS) {
		if ((n = utf8proc_normalize_utf32(cps, n, options)) < 0)
			return 0;
		char enc[4 * MAX_CPS];
		for (utf8proc_ssize_t i = 0; i < n; i++)
			o += (size_t)utf8proc_encode_char(cps[i], (utf8proc_uint8_t *)enc + o);
		if (o > cap)
			return 0;
		memcpy(out, enc, o);
		return o;
	}
	char *tmp = vn_xstrndup(out, len);
	utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)tmp);
	free(tmp);
	if (!nfc)
		return 0;
	o = strlen((const char *)nfc);
	if (o <= cap)
		memcpy(out, nfc, o);
	free(nfc);
	return o <= cap ? o : 0;
}

size_t
vn_fold(const char *s, size_t len, char *out, size_t cap)
{
	size_t o = 0;
	int has_mark = 0;

	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (o >= cap)
				return 0;
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		const struct cp_info *ci = cp_info(cp);
		if ((ci ? ci->category : utf8proc_category((utf8proc_int32_t)cp)) == UTF8PROC_CATEGORY_MN)
			has_mark = 1;
		uint32_t lower = ci ? ci->lower : (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
		if (o + 4 > cap)
			return 0;
		if (lower == cp) {
			/* Most letters are lower case already: copy their bytes
			 * (the decoder took only the shortest form). */
			memcpy(out + o, s + i, n);
			o += n;
		} else {
			o += vn_utf8_encode(lower, out + o);
		}
		i += n;
	}
	if (has_mark)
		return vn_nfc_in_place(out, o, cap); /* so that the key matches the NFC lists */
	return o;
}

int
vn_is_capitalized(const char *s, size_t len, int *all_caps)
{
	int first = 0, caps = 1, letters = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n;
		utf8proc_category_t cat;
		if ((unsigned char)s[i] < 0x80) {
			char c = s[i];
			n = 1;
			cat = c >= 'A' && c <= 'Z'   ? UTF8PROC_CATEGORY_LU
			      : c >= 'a' && c <= 'z' ? UTF8PROC_CATEGORY_LL
			                             : UTF8PROC_CATEGORY_CN;
		} else {
			n = decode(s + i, len - i, &cp);
			if (n == 0)
				break;
			cat = category(cp);
		}
		if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL) {
			int up = cat == UTF8PROC_CATEGORY_LU;
			if (letters++ == 0)
				first = up;
			if (!up)
				caps = 0;
		}
		i += n;
	}
	if (all_caps)
		*all_caps = letters > 0 && caps;
	return first;
}
