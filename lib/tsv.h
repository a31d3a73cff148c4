/* TSV cells in the escaping of PostgreSQL's COPY (FORMAT text): tab,
 * newline, CR and backslash become \t \n \r \\, a NUL byte \0. No cell
 * then holds a raw tab or newline, so cut, awk and SQLite's .import split
 * rows correctly too. */
#ifndef VN_TSV_H
#define VN_TSV_H

#include <stddef.h>

#include "buf.h"

/* Append s, escaped, to out. */
void vn_tsv_escape(const char *s, size_t len, struct vn_buf *out);

/* Rows of tab-separated cells gathered for display as an aligned table
 * (like `column -t`), padded by display width so that Vietnamese letters
 * and wide characters line up. Holds every row until printed. */
struct vn_table {
	struct vn_buf text;  /* rows, each ending in '\n' */
	size_t *widths;
	size_t ncols;
};

void vn_table_add_row(struct vn_table *t, const char *row, size_t len);
/* Write the rows to the output, cells separated by two spaces. */
void vn_table_print(const struct vn_table *t);
void vn_table_free(struct vn_table *t);

#endif
