#include "vnword.h"

#include <utf8proc.h>

#include "ascii.h"
#include "buf.h"
#include "utf8.h"

/* Letters, marks and numbers make words; everything else separates them. */
int
vn_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return vn_ascii_letter(cp) || vn_ascii_digit(cp);
	if (vn_letter_packed(cp))
		return 1;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

static size_t
decode(const char *s, size_t len, size_t i, uint32_t *cp)
{
	size_t n = vn_utf8_decode(s + i, len - i, cp);

	if (n == 0) { /* not expected on repaired text; step one byte */
		*cp = VN_REPLACEMENT_CHAR;
		n = 1;
	}
	return n;
}

size_t
vn_word_start(const char *s, size_t i)
{
	while (i > 0) {
		size_t j = i - 1;
		uint32_t cp;
		while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		if (vn_utf8_decode(s + j, i - j, &cp) != i - j || !vn_word_char(cp))
			break;
		i = j;
	}
	return i;
}

int
vn_word_next(const char *s, size_t len, size_t *pos, struct vn_word *w)
{
	size_t i = *pos;
	uint32_t cp;
	size_t n;

	for (;;) {
		if (i >= len) {
			*pos = len;
			return 0;
		}
		n = decode(s, len, i, &cp);
		if (vn_word_char(cp))
			break;
		i += n;
	}
	w->start = i;
	w->n = 0;
	w->analysable = 1;
	w->toned = 0;
	w->eths = 0;
	while (i < len) {
		n = decode(s, len, i, &cp);
		if (!vn_word_char(cp))
			break;
		if (w->analysable) {
			struct vn_letter l;
			if (cp == 0x00D0 || cp == 0x00F0) {
				l.base = 'd';
				l.shape = VN_SHAPE_STROKE;
				l.tone = VN_TONE_NONE;
				l.upper = cp == 0x00D0;
				w->eths++;
			} else if (!vn_letter_get(cp, &l)) {
				w->analysable = 0;
			}
			if (w->analysable && w->n == VN_SYLLABLE_MAX)
				w->analysable = 0;
			if (w->analysable) {
				w->offsets[w->n] = i;
				w->letters[w->n++] = l;
				w->toned |= l.tone != VN_TONE_NONE;
			}
		}
		i += n;
	}
	w->end = i;
	w->offsets[w->analysable ? w->n : 0] = i;
	*pos = i;
	return 1;
}

void
vn_word_write(const struct vn_word *w, struct vn_buf *out)
{
	char enc[4];

	for (size_t i = 0; i < w->n; i++)
		vn_buf_append(out, enc, vn_utf8_encode(vn_letter_compose(&w->letters[i]), enc));
}
