#include "tsv.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "output.h"
#include "utf8.h"

void
vn_tsv_escape(const char *s, size_t len, struct vn_buf *out)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		const char *esc;
		switch (s[i]) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		case '\0': esc = "\\0"; break;
		default: continue;
		}
		vn_buf_append(out, s + run, i - run);
		vn_buf_append(out, esc, 2);
		run = i + 1;
	}
	vn_buf_append(out, s + run, len - run);
}

/* Columns a cell takes on a terminal: combining marks take none, East
 * Asian wide characters two. */
static size_t
display_width(const char *s, size_t len)
{
	size_t width = 0, i = 0;
	uint32_t cp;

	while (i < len) {
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			cp = VN_REPLACEMENT_CHAR;
		}
		int w = utf8proc_charwidth((utf8proc_int32_t)cp);
		width += w > 0 ? (size_t)w : 0;
		i += n;
	}
	return width;
}

void
vn_table_add_row(struct vn_table *t, const char *row, size_t len)
{
	size_t col = 0, start = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && row[i] != '\t')
			continue;
		if (col >= t->ncols) {
			t->widths = vn_xrealloc(t->widths, (col + 1) * sizeof *t->widths);
			t->widths[col] = 0;
			t->ncols = col + 1;
		}
		size_t w = display_width(row + start, i - start);
		if (w > t->widths[col])
			t->widths[col] = w;
		col++;
		start = i + 1;
	}
	vn_buf_append(&t->text, row, len);
	vn_buf_putc(&t->text, '\n');
}

void
vn_table_print(const struct vn_table *t)
{
	if (t->text.len == 0)
		return; /* no rows: text.data is NULL, and NULL + 0 is undefined */
	const char *p = t->text.data, *end = p + t->text.len;

	while (p < end) {
		size_t col = 0;
		for (;;) {
			const char *q = p;
			while (*q != '\t' && *q != '\n')
				q++;
			vn_out_write(p, (size_t)(q - p));
			if (*q == '\n') {
				vn_out_putc('\n');
				p = q + 1;
				break;
			}
			for (size_t pad = display_width(p, (size_t)(q - p)); pad < t->widths[col] + 2; pad++)
				vn_out_putc(' ');
			col++;
			p = q + 1;
		}
	}
}

void
vn_table_free(struct vn_table *t)
{
	vn_buf_free(&t->text);
	free(t->widths);
	t->widths = NULL;
	t->ncols = 0;
}
