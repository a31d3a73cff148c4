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
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0 || !vn_is_word_cp(cp))
			break;
		i += n;
	}
	return i;
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
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		i += n;
		if (utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_MN)
			has_mark = 1;
		cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
		if (o + 4 > cap)
			return 0;
		o += vn_utf8_encode(cp, out + o);
	}
	if (has_mark) {
		/* NFD input: compose so that the key matches the NFC lists. */
		char *tmp = vn_xstrndup(out, o);
		utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)tmp);
		free(tmp);
		if (!nfc)
			return 0;
		size_t n = strlen((const char *)nfc);
		if (n > cap) {
			free(nfc);
			return 0;
		}
		memcpy(out, nfc, n);
		free(nfc);
		o = n;
	}
	return o;
}

int
vn_is_capitalized(const char *s, size_t len, int *all_caps)
{
	int first = 0, caps = 1, letters = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			break;
		utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
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
