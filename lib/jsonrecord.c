#include "jsonrecord.h"

#include <stdint.h>
#include <string.h>

#include "diag.h"
#include "tsv.h"
#include "utf8.h"

struct json_tokener *
vn_record_tokener(void)
{
	struct json_tokener *tok = json_tokener_new();

	if (!tok)
		vn_die("out of memory");
	/* No JSON_TOKENER_VALIDATE_UTF8: json-c's check lets overlong forms,
	 * surrogates and code points past U+10FFFF through (C1 A3, ED A0 80,
	 * F5 ..), which would reach the TSV; vn_record_parse checks instead. */
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	return tok;
}

int
vn_record_is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* json-c clamps integers beyond 64 bits to these values instead of
 * failing, so their text cannot be trusted to be the input's. */
static int
integer_was_clamped(struct json_object *v)
{
	int64_t i = json_object_get_int64(v);
	uint64_t u = json_object_get_uint64(v);

	return i == INT64_MIN || u == UINT64_MAX;
}

static int
check_numbers(const struct vn_line *line, struct json_object *obj)
{
	json_object_object_foreach(obj, key, v) {
		if (json_object_is_type(v, json_type_int) && integer_was_clamped(v)) {
			vn_error_at(line->file, line->fileline,
			            "field \"%s\": integer out of 64-bit range", key);
			return 0;
		}
	}
	return 1;
}

struct json_object *
vn_record_parse(struct json_tokener *tok, const struct vn_line *line)
{
	json_tokener_reset(tok);
	if (line->len > INT32_MAX) {
		vn_error_at(line->file, line->fileline, "record longer than 2 GiB");
		return NULL;
	}
	/* RFC 8259: JSON text is UTF-8, all of it, so check the whole line. */
	if (vn_utf8_valid_prefix(line->text, line->len) != line->len) {
		vn_error_at(line->file, line->fileline, "invalid JSON: invalid utf-8");
		return NULL;
	}
	struct json_object *obj = json_tokener_parse_ex(tok, line->text, (int)line->len);
	enum json_tokener_error err = json_tokener_get_error(tok);
	if (err == json_tokener_continue)
		err = json_tokener_error_parse_eof;
	if (obj && err == json_tokener_success &&
	    !vn_record_is_blank(line->text + json_tokener_get_parse_end(tok),
	                        line->len - json_tokener_get_parse_end(tok)))
		err = json_tokener_error_parse_unexpected;
	if (err != json_tokener_success) {
		vn_error_at(line->file, line->fileline, "invalid JSON: %s",
		            json_tokener_error_desc(err));
		json_object_put(obj);
		return NULL;
	}
	if (!json_object_is_type(obj, json_type_object)) {
		vn_error_at(line->file, line->fileline, "not a JSON object");
		json_object_put(obj);
		return NULL;
	}
	if (!check_numbers(line, obj)) {
		json_object_put(obj);
		return NULL;
	}
	return obj;
}

void
vn_record_cell(struct json_object *v, int excel_safe, struct vn_buf *out)
{
	const char *s;
	size_t len;

	switch (json_object_get_type(v)) {
	case json_type_null:
		return;
	case json_type_string:
		s = json_object_get_string(v);
		len = (size_t)json_object_get_string_len(v);
		/* s[0] != 0: strchr would find the terminator of "=+-@". */
		if (excel_safe && len > 0 && s[0] != '\0' && strchr("=+-@", s[0]))
			vn_buf_putc(out, '\'');
		break;
	default:
		/* Numbers print the text they were parsed from (json-c keeps a
		 * double's source text); objects and arrays compact. */
		s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN |
		                                          JSON_C_TO_STRING_NOSLASHESCAPE);
		len = strlen(s);
	}
	vn_tsv_escape(s, len, out);
}
