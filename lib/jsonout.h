/* Writing JSON Lines records: one object a line, keys in the order the
 * caller writes them, strings escaped per RFC 8259, absent values as null.
 * Records go to the buffered standard output (output.h). */
#ifndef VN_JSONOUT_H
#define VN_JSONOUT_H

#include <stddef.h>

#include "reader.h"

void vn_json_begin(void);
void vn_json_end(void); /* "}\n" */

void vn_json_str(const char *key, const char *s, size_t len);
void vn_json_cstr(const char *key, const char *s); /* NULL writes null */
void vn_json_int(const char *key, long long v);
/* Shortest text that reads back as v: 80.5, 1500000000, 0.77. */
void vn_json_double(const char *key, double v);
void vn_json_null(const char *key);

/* The provenance every record starts with: doc, line, start, end, text.
 * start and end are byte offsets into line->text; they are written as
 * code-point offsets, as the contract asks. */
void vn_json_provenance(const struct vn_line *line, size_t start, size_t end);

/* Room a number takes as the two below write it (no NUL). */
enum { VN_JSON_NUMBER_MAX = 32 };
/* Write v into out as vn_json_double writes it; returns its length, 0
 * when v is not finite (JSON has no such number: write null). */
size_t vn_json_format_double(double v, char out[VN_JSON_NUMBER_MAX]);
/* Write v into out in decimal; returns its length. */
size_t vn_json_format_int(long long v, char out[VN_JSON_NUMBER_MAX]);

/* Append s as a JSON string literal (with quotes) to the output. */
void vn_json_write_string(const char *s, size_t len);
/* Append v as a JSON number to the output. */
void vn_json_write_int(long long v);

#endif
