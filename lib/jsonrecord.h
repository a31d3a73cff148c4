/* Reading JSON Lines records, the input of to-tsv: one line, one JSON
 * object, strictly parsed, numbers kept as the text they were written in.
 * Kept apart from the tool so that the parser can be fuzzed on its own
 * (tests/fuzz/fuzz_jsonrecord.c). */
#ifndef VN_JSONRECORD_H
#define VN_JSONRECORD_H

#include <json-c/json.h>
#include <stddef.h>

#include "buf.h"
#include "reader.h"

/* A tokener set up for records (strict JSON). Dies when memory runs out;
 * free it with json_tokener_free. */
struct json_tokener *vn_record_tokener(void);

/* True when s[0..len) holds only spaces, tabs and CRs: a blank line, which
 * is not a record. */
int vn_record_is_blank(const char *s, size_t len);

/* Parse the line as one record: valid UTF-8, a JSON object and nothing
 * else on the line but blanks, whose integers fit in 64 bits. Returns the
 * object (release it with json_object_put), or NULL after reporting
 * FILE:LINE and what is wrong (the exit status becomes 1). */
struct json_object *vn_record_parse(struct json_tokener *tok, const struct vn_line *line);

/* Append a record's value to out as a TSV cell (tsv.h escaping): null is
 * empty, a string its text, a number the text it was written as, an object
 * or array compact JSON. excel_safe puts ' before a string that starts with
 * = + - @ so that a spreadsheet does not run it as a formula. */
void vn_record_cell(struct json_object *v, int excel_safe, struct vn_buf *out);

#endif
