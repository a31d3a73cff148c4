#include "vnchar.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

static const unsigned char ascii_class[128] = {
	['\t'] = VN_CH_SPACE, ['\n'] = VN_CH_SPACE, ['\v'] = VN_CH_SPACE,
	['\f'] = VN_CH_SPACE, ['\r'] = VN_CH_SPACE, [' '] = VN_CH_SPACE,
	['!'] = VN_CH_PUNCT, ['"'] = VN_CH_PUNCT, ['#'] = VN_CH_PUNCT,
	['%'] = VN_CH_PUNCT, ['&'] = VN_CH_PUNCT, ['\''] = VN_CH_PUNCT,
	['('] = VN_CH_PUNCT, [')'] = VN_CH_PUNCT, ['*'] = VN_CH_PUNCT,
	[','] = VN_CH_PUNCT, ['-'] = VN_CH_PUNCT, ['.'] = VN_CH_PUNCT,
	['/'] = VN_CH_PUNCT, [':'] = VN_CH_PUNCT, [';'] = VN_CH_PUNCT,
	['?'] = VN_CH_PUNCT, ['@'] = VN_CH_PUNCT, ['['] = VN_CH_PUNCT,
	['\\'] = VN_CH_PUNCT, [']'] = VN_CH_PUNCT, ['_'] = VN_CH_PUNCT,
	['{'] = VN_CH_PUNCT, ['}'] = VN_CH_PUNCT,
	['0'] = VN_CH_DIGIT, ['1'] = VN_CH_DIGIT, ['2'] = VN_CH_DIGIT,
	['3'] = VN_CH_DIGIT, ['4'] = VN_CH_DIGIT, ['5'] = VN_CH_DIGIT,
	['6'] = VN_CH_DIGIT, ['7'] = VN_CH_DIGIT, ['8'] = VN_CH_DIGIT,
	['9'] = VN_CH_DIGIT,
};

static enum vn_char_class class_from_utf8proc(uint32_t cp);

/* Classes of U+0000..U+1FFF (every Vietnamese letter, combining marks;
 * general punctuation starts at U+2000), filled on first use: the
 * segmenters ask for every character. 0 means not filled yet. */
enum { CACHED = 0x2000 };
unsigned char vn_char_class_cache[CACHED];

enum vn_char_class
vn_char_class_slow(uint32_t cp)
{
	if (cp < 128) {
		enum vn_char_class c = (cp >= 'a' && cp <= 'z')   ? VN_CH_LOWER
		                       : (cp >= 'A' && cp <= 'Z') ? VN_CH_UPPER
		                                                  : (enum vn_char_class)ascii_class[cp];
		vn_char_class_cache[cp] = (unsigned char)(1 + c);
		return c;
	}
	if (cp < CACHED) {
		vn_char_class_cache[cp] = (unsigned char)(1 + class_from_utf8proc(cp));
		return (enum vn_char_class)(vn_char_class_cache[cp] - 1);
	}
	return class_from_utf8proc(cp);
}

static enum vn_char_class
class_from_utf8proc(uint32_t cp)
{
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return VN_CH_UPPER;
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return VN_CH_LOWER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return VN_CH_MARK;
	case UTF8PROC_CATEGORY_ND:
		return VN_CH_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return VN_CH_SPACE;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return VN_CH_PUNCT;
	default:
		return VN_CH_OTHER;
	}
}

size_t
vn_char_next_slow(const char *s, size_t len, uint32_t *cp)
{
	size_t n = vn_utf8_decode(s, len, cp);
	if (n == 0) {
		*cp = VN_REPLACEMENT_CHAR;
		n = 1;
	}
	return n;
}

/* Lower case of U+0000..U+1FFF, filled on first use like class_cache. */
static uint16_t lower_cache[CACHED];

static uint32_t
lower_of(uint32_t cp)
{
	/* Vietnamese letters with tone marks, U+1EA0..U+1EF9: capitals have
	 * even code points, their small letters the next one. */
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return cp | 1;
	if (cp < CACHED) {
		if (!lower_cache[cp]) {
			uint32_t lc = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
			lower_cache[cp] = (uint16_t)(lc < CACHED && lc ? lc : cp);
		}
		return lower_cache[cp];
	}
	return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

uint64_t
vn_hash_lower(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			h ^= (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			h *= 0x100000001b3ull;
			i++;
			continue;
		}
		char low[4];
		size_t n = vn_char_next(s + i, len - i, &(uint32_t){0});
		size_t m = vn_lowercase(s + i, n, low);
		for (size_t k = 0; k < m; k++) {
			h ^= (unsigned char)low[k];
			h *= 0x100000001b3ull;
		}
		i += n;
	}
	return h ? h : 1;
}

size_t
vn_lowercase(const char *s, size_t len, char *out)
{
	size_t i = 0, o = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = vn_char_next(s + i, len - i, &cp);
		uint32_t lc = lower_of(cp);
		size_t m = lc < 0x800 ? 2 : lc < 0x10000 ? 3 : 4;
		if (m > n) { /* keep the original rather than grow the text */
			memcpy(out + o, s + i, n);
			o += n;
		} else if (m == 2) {
			out[o++] = (char)(0xC0 | lc >> 6);
			out[o++] = (char)(0x80 | (lc & 0x3F));
		} else {
			o += vn_utf8_encode(lc, out + o);
		}
		i += n;
	}
	return o;
}
