/* Fuzz lib/jsonrecord.c, the JSON reader path of to-tsv: one input line
 * is parsed as a record; when accepted, every field is written as a TSV
 * cell, which must be a single valid UTF-8 cell (no raw tab, newline, CR
 * or NUL) that unescapes to the string's own bytes, and --excel-safe may
 * only put a ' in front. A record accepted once is accepted again after
 * json-c writes it back out.
 * fuzz-seeds: jsonl */
#include <string.h>

#include "diag.h"
#include "fuzz.h"
#include "jsonrecord.h"
#include "utf8.h"

static void
check_cell(struct json_object *v)
{
	struct vn_buf cell = {0}, safe = {0};

	vn_record_cell(v, 0, &cell);
	vn_record_cell(v, 1, &safe);
	for (size_t i = 0; i < cell.len; i++)
		FUZZ_ASSERT(!memchr("\t\n\r", cell.data[i], 3) && cell.data[i] != '\0');
	FUZZ_ASSERT(fuzz_is_utf8(cell.data, cell.len));
	if (json_object_is_type(v, json_type_null))
		FUZZ_ASSERT(cell.len == 0);
	if (safe.len != cell.len) {
		FUZZ_ASSERT(json_object_is_type(v, json_type_string));
		FUZZ_ASSERT(safe.len == cell.len + 1 && safe.data[0] == '\'');
		FUZZ_ASSERT(strchr("=+-@", safe.data[1]) && safe.data[1] != '\0');
	}
	FUZZ_ASSERT(cell.len == 0 || memcmp(safe.data + (safe.len - cell.len), cell.data, cell.len) == 0);
	if (json_object_is_type(v, json_type_string)) {
		/* Escaping only lengthens: \t \n \r \\ \0 are two bytes for one. */
		size_t len = (size_t)json_object_get_string_len(v);
		const char *s = json_object_get_string(v);
		size_t special = 0;
		for (size_t i = 0; i < len; i++)
			special += s[i] == '\0' || memchr("\t\n\r\\", s[i], 4) != NULL;
		FUZZ_ASSERT(cell.len == len + special);
	}
	vn_buf_free(&cell);
	vn_buf_free(&safe);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The reader hands a line NUL-terminated, without its LF. */
	char *text = malloc(size + 1);
	FUZZ_ASSERT(text);
	memcpy(text, fuzz_bytes(data), size);
	text[size] = '\0';
	struct vn_line line = {.text = text, .len = size, .file = "fuzz", .fileline = 1};
	struct json_tokener *tok = vn_record_tokener();

	struct json_object *obj = vn_record_parse(tok, &line);
	if (obj) {
		FUZZ_ASSERT(json_object_is_type(obj, json_type_object));
		FUZZ_ASSERT(!vn_record_is_blank(text, size));
		json_object_object_foreach(obj, key, v) {
			FUZZ_ASSERT(fuzz_is_utf8(key, strlen(key)));
			check_cell(v);
		}
		const char *again = json_object_to_json_string_ext(obj, JSON_C_TO_STRING_PLAIN);
		struct vn_line copy = {.text = again, .len = strlen(again), .file = "fuzz"};
		struct json_object *obj2 = vn_record_parse(tok, &copy);
		FUZZ_ASSERT(obj2);
		FUZZ_ASSERT(json_object_object_length(obj2) == json_object_object_length(obj));
		json_object_put(obj2);
		json_object_put(obj);
	}
	json_tokener_free(tok);
	free(text);
	vn_exit_status = 0;
	return 0;
}
