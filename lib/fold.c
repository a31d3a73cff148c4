#include "fold.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* đ has no decomposition (the stroke is part of the letter), so case
 * folding and mark stripping leave it; the search key wants d. */
static utf8proc_int32_t
fold_d(utf8proc_int32_t cp, void *data)
{
	(void)data;
	switch (cp) {
	case 0x0110: case 0x0111: case 0x00D0: case 0x00F0:
		return 'd';
	default:
		return cp;
	}
}

int
vn_search_key(const char *s, size_t len, struct vn_buf *out)
{
	size_t start = out->len, i;

	for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == len) { /* ASCII: lower case is all there is to do */
		vn_buf_reserve(out, len);
		for (i = 0; i < len; i++)
			out->data[out->len++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
		out->data[out->len] = '\0';
	} else {
		utf8proc_uint8_t *folded = NULL;
		utf8proc_ssize_t n = utf8proc_map_custom(
			(const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
			UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
			fold_d, NULL);
		if (n < 0)
			vn_buf_append(out, s, len); /* not expected: the text is valid UTF-8 */
		else
			vn_buf_append(out, folded, (size_t)n);
		free(folded);
	}
	return out->len - start != len || memcmp(out->data + start, s, len) != 0;
}
