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

/* Fold s[0..len) (valid UTF-8, not all ASCII) with utf8proc. */
static void
fold_run(const char *s, size_t len, struct vn_buf *out)
{
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t n = utf8proc_map_custom(
		(const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
		UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, fold_d,
		NULL);
	if (n < 0)
		vn_buf_append(out, s, len); /* not expected: the text is valid UTF-8 */
	else
		vn_buf_append(out, folded, (size_t)n);
	free(folded);
}

static int
is_mark(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

static int
is_letter(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Diacritics are stripped from letters. A combining mark with no letter
 * under it (at the start, after a space, a digit or punctuation: debris
 * of broken PDF text) is kept as it is: stripping it would bring spaces
 * or punctuation together that the spacing steps, which run before
 * folding, have already settled, and a second pass of vn-normalize would
 * change the line again. */
static void
fold_text(const char *s, size_t len, struct vn_buf *out)
{
	size_t run = 0, i = 0;
	int on_letter = 0;

	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		                                      (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {
			n = 1;
			cp = -1;
		}
		if (cp >= 0 && is_mark(cp)) {
			if (!on_letter) {
				if (i > run)
					fold_run(s + run, i - run, out);
				vn_buf_append(out, s + i, (size_t)n);
				run = i + (size_t)n;
			}
		} else {
			on_letter = cp >= 0 && is_letter(cp);
		}
		i += (size_t)n;
	}
	if (len > run)
		fold_run(s + run, len - run, out);
}

/* Length of a character-reference-shaped token at s (`&gT;`, `&#xZZ;`),
 * or 0. The decoding step has already decoded every valid one, so one
 * still here is text; folding it could make it valid (`&gT;` to `&gt;`),
 * and a second run would then decode it: such tokens stay as written. */
static size_t
reference_shape_len(const char *s, size_t len)
{
	size_t i = 1;

	if (len < 3 || s[0] != '&')
		return 0;
	while (i < len && i < 40 &&
	       ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	        (s[i] >= '0' && s[i] <= '9') || (i == 1 && s[i] == '#')))
		i++;
	return i > 1 && i < len && s[i] == ';' ? i + 1 : 0;
}

static void
fold_ascii_or_text(const char *s, size_t len, struct vn_buf *out)
{
	size_t i;

	for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == len) { /* ASCII: lower case is all there is to do */
		vn_buf_reserve(out, len);
		for (i = 0; i < len; i++)
			out->data[out->len++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
		out->data[out->len] = '\0';
	} else {
		fold_text(s, len, out);
	}
}

int
vn_search_key(const char *s, size_t len, struct vn_buf *out)
{
	size_t start = out->len, run = 0, i = 0;

	while (i < len) {
		const char *amp = memchr(s + i, '&', len - i);
		if (!amp)
			break;
		i = (size_t)(amp - s);
		size_t n = reference_shape_len(s + i, len - i);
		if (n == 0) {
			i++;
			continue;
		}
		fold_ascii_or_text(s + run, i - run, out);
		vn_buf_append(out, s + i, n);
		i += n;
		run = i;
	}
	fold_ascii_or_text(s + run, len - run, out);
	return out->len - start != len || memcmp(out->data + start, s, len) != 0;
}
