/* Writing TSV cells in the escaping that cut, awk, SQLite's .import and
 * PostgreSQL's COPY (FORMAT text) read: tab, newline, CR and backslash
 * become \t \n \r \\, a NUL byte becomes \0. */
#ifndef VN_TSV_H
#define VN_TSV_H

#include <stddef.h>

void vn_tsv_cell(const char *s, size_t len);

#endif
