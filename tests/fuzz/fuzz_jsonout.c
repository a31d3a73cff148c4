/* Fuzz lib/jsonout.c, the JSON Lines record writer: whatever bytes a
 * string holds, the record written must parse back (with json-c) to the
 * same bytes, keys in the order written; start/end must be the code-point offsets of `text` in the
 * line; numbers must read back as the same value.
 * The input is a line; its first bytes also pick two spans and numbers.
 * fuzz-seeds: text jsonl */
#include <json-c/json.h>
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "jsonout.h"
#include "utf8.h"

/* Parse the one record written; any bytes in strings are accepted (the
 * writer passes invalid UTF-8 through; the reader repaired it before). */
static struct json_object *
parse_written(const char *text, size_t len)
{
	struct json_tokener *tok = json_tokener_new();
	FUZZ_ASSERT(tok);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	FUZZ_ASSERT(len > 0 && text[len - 1] == '\n');
	FUZZ_ASSERT(memchr(text, '\n', len) == text + len - 1);
	struct json_object *obj = json_tokener_parse_ex(tok, text, (int)len - 1);
	FUZZ_ASSERT(obj && json_tokener_get_error(tok) == json_tokener_success);
	FUZZ_ASSERT((size_t)json_tokener_get_parse_end(tok) == len - 1);
	json_tokener_free(tok);
	return obj;
}

static const char *
get_string(struct json_object *obj, const char *key, size_t *len)
{
	struct json_object *v;
	FUZZ_ASSERT(json_object_object_get_ex(obj, key, &v));
	FUZZ_ASSERT(json_object_is_type(v, json_type_string));
	*len = (size_t)json_object_get_string_len(v);
	return json_object_get_string(v);
}

static int64_t
get_int(struct json_object *obj, const char *key)
{
	struct json_object *v;
	FUZZ_ASSERT(json_object_object_get_ex(obj, key, &v));
	FUZZ_ASSERT(json_object_is_type(v, json_type_int));
	return json_object_get_int64(v);
}

/* Byte offset of code point `cp` in the valid UTF-8 s[0..len). */
static size_t
byte_offset(const char *s, size_t len, size_t cp)
{
	size_t i = 0;
	for (; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && cp-- == 0)
			break;
	return i;
}

/* Check the provenance fields of rec against the span [cstart, cend) in
 * code points, [start, end) in bytes, of line. */
static void
check_provenance(struct json_object *rec, const struct vn_line *line, size_t cstart,
                 size_t cend, size_t start, size_t end)
{
	size_t n;
	const char *v = get_string(rec, "doc", &n);
	FUZZ_ASSERT(n == strlen(line->doc) && memcmp(v, line->doc, n) == 0);
	FUZZ_ASSERT(get_int(rec, "line") == (int64_t)line->lineno);
	FUZZ_ASSERT(get_int(rec, "start") == (int64_t)cstart);
	FUZZ_ASSERT(get_int(rec, "end") == (int64_t)cend);
	v = get_string(rec, "text", &n);
	FUZZ_ASSERT(n == end - start && (n == 0 || memcmp(v, line->text + start, n) == 0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned long serial; /* a new line each time, as the reader gives */
	const char *s = fuzz_bytes(data);
	uint8_t pick[16] = {0};
	memcpy(pick, s, size < sizeof pick ? size : sizeof pick);
	double dbl;
	long long ll;
	memcpy(&dbl, pick, sizeof dbl);
	memcpy(&ll, pick + 8, sizeof ll);

	/* Two spans on code-point boundaries, as the extractors give them, in
	 * any order (the writer counts on from the previous span of the same
	 * line, forwards or back). The line is repaired first, as vn_reader
	 * does with VN_READ_UTF8. */
	struct vn_buf text = {0};
	vn_utf8_repair(s, size, &text);
	vn_buf_putc(&text, '\0');
	struct vn_line line = {.text = text.data, .len = text.len - 1, .doc = "tài liệu \"1\"",
	                       .lineno = pick[4], .serial = ++serial};
	size_t ncp = vn_utf8_count(line.text, line.len);
	size_t cspan[2][2], span[2][2];
	for (int i = 0; i < 2; i++) {
		cspan[i][0] = pick[2 * i] % (ncp + 1);
		cspan[i][1] = cspan[i][0] + pick[2 * i + 1] % (ncp - cspan[i][0] + 1);
		span[i][0] = byte_offset(line.text, line.len, cspan[i][0]);
		span[i][1] = byte_offset(line.text, line.len, cspan[i][1]);
	}

	fuzz_stdout_begin();
	vn_json_begin();
	vn_json_provenance(&line, span[0][0], span[0][1]);
	vn_json_str("raw", s, size); /* not repaired: any bytes at all */
	vn_json_double("double", dbl);
	vn_json_int("int", ll);
	vn_json_cstr("absent", NULL);
	vn_json_end();
	size_t outlen;
	char *out = fuzz_stdout_end(&outlen);

	struct json_object *rec = parse_written(out, outlen);
	static const char *const keys[] = {"doc", "line", "start", "end", "text",
	                                   "raw", "double", "int", "absent"};
	size_t k = 0;
	json_object_object_foreach(rec, key, val) {
		(void)val;
		FUZZ_ASSERT(k < sizeof keys / sizeof *keys && strcmp(key, keys[k++]) == 0);
	}
	FUZZ_ASSERT(k == sizeof keys / sizeof *keys);
	check_provenance(rec, &line, cspan[0][0], cspan[0][1], span[0][0], span[0][1]);
	size_t n;
	const char *v = get_string(rec, "raw", &n);
	FUZZ_ASSERT(n == size && (n == 0 || memcmp(v, s, n) == 0));
	FUZZ_ASSERT(get_int(rec, "int") == ll);
	struct json_object *d;
	FUZZ_ASSERT(json_object_object_get_ex(rec, "double", &d));
	if (isfinite(dbl))
		FUZZ_ASSERT(json_object_get_double(d) == dbl);
	else
		FUZZ_ASSERT(json_object_is_type(d, json_type_null));
	FUZZ_ASSERT(json_object_object_get_ex(rec, "absent", &d) && d == NULL);
	json_object_put(rec);
	free(out);

	/* The second record from the same line. */
	fuzz_stdout_begin();
	vn_json_begin();
	vn_json_provenance(&line, span[1][0], span[1][1]);
	vn_json_end();
	out = fuzz_stdout_end(&outlen);
	rec = parse_written(out, outlen);
	check_provenance(rec, &line, cspan[1][0], cspan[1][1], span[1][0], span[1][1]);
	json_object_put(rec);
	free(out);
	vn_buf_free(&text);
	return 0;
}
