/* Fuzz cite-extract's whole path (vn_cite_doc, lib/citedoc.c): the lines of
 * one document (the input split at LF, repaired to UTF-8 as the reader
 * does) go in; short forms are resolved, with --unique when the first byte
 * is odd; every record written is one line of JSON that json-c parses,
 * whose `line` names a line of the document and whose `start`/`end` (code
 * points) slice exactly `text` out of that line, with `kind` "cite".
 * fuzz-seeds: text */
#include <json-c/json.h>
#include <string.h>

#include "citedoc.h"
#include "citerecord.h"
#include "fuzz.h"

struct line {
	size_t off, len; /* in the repaired text */
};

static long long
get_int(struct json_object *obj, const char *key)
{
	struct json_object *v;
	FUZZ_ASSERT(json_object_object_get_ex(obj, key, &v) && json_object_is_type(v, json_type_int));
	return json_object_get_int64(v);
}

/* Byte offset of code point `cp` in s[0..len), or (size_t)-1 when past. */
static size_t
cp_offset(const char *s, size_t len, long long cp)
{
	size_t i = 0;
	for (long long k = 0; k < cp; k++) {
		if (i >= len)
			return (size_t)-1;
		uint32_t c;
		i += vn_utf8_decode(s + i, len - i, &c);
	}
	return i;
}

static void
check_record(const char *rec, size_t reclen, const char *text, const struct line *lines,
             size_t nlines)
{
	struct json_tokener *tok = json_tokener_new();
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	struct json_object *obj = json_tokener_parse_ex(tok, rec, (int)reclen);
	FUZZ_ASSERT(obj && json_tokener_get_error(tok) == json_tokener_success);
	FUZZ_ASSERT((size_t)json_tokener_get_parse_end(tok) == reclen);
	json_tokener_free(tok);

	long long line = get_int(obj, "line"), start = get_int(obj, "start"), end = get_int(obj, "end");
	FUZZ_ASSERT(line >= 1 && (size_t)line <= nlines && 0 <= start && start < end);
	const struct line *l = &lines[line - 1];
	size_t b = cp_offset(text + l->off, l->len, start);
	size_t e = cp_offset(text + l->off, l->len, end);
	FUZZ_ASSERT(b != (size_t)-1 && e != (size_t)-1);
	struct json_object *v;
	FUZZ_ASSERT(json_object_object_get_ex(obj, "text", &v));
	FUZZ_ASSERT((size_t)json_object_get_string_len(v) == e - b &&
	            memcmp(json_object_get_string(v), text + l->off + b, e - b) == 0);
	FUZZ_ASSERT(json_object_object_get_ex(obj, "kind", &v) &&
	            strcmp(json_object_get_string(v), "cite") == 0);
	json_object_put(obj);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int unique = data[0] & 1;
	struct vn_buf text = {0}, lines = {0};
	struct vn_cite_doc doc;
	size_t nlines = 0;

	vn_utf8_repair((const char *)data + 1, size - 1, &text);
	const char *s = text.data ? text.data : "";
	vn_cite_doc_init(&doc);
	vn_cite_doc_start(&doc, "fuzz");
	for (size_t pos = 0; pos <= text.len;) {
		const char *nl = memchr(s + pos, '\n', text.len - pos);
		size_t end = nl ? (size_t)(nl - s) : text.len;
		struct line l = {pos, end - pos};
		vn_buf_append(&lines, &l, sizeof l);
		vn_cite_doc_add_line(&doc, s + pos, end - pos, ++nlines);
		pos = end + 1;
	}
	vn_cite_doc_resolve(&doc);
	if (unique)
		vn_cite_doc_unique(&doc);
	fuzz_stdout_begin();
	for (size_t i = 0; i < doc.n; i++)
		vn_cite_write_json("fuzz", &doc.v[i], unique);
	size_t outlen;
	char *out = fuzz_stdout_end(&outlen);
	size_t records = 0;
	for (size_t pos = 0; pos < outlen; records++) {
		const char *nl = memchr(out + pos, '\n', outlen - pos);
		FUZZ_ASSERT(nl);
		check_record(out + pos, (size_t)(nl - out) - pos, s,
		             (const struct line *)(void *)lines.data, nlines);
		pos = (size_t)(nl - out) + 1;
	}
	FUZZ_ASSERT(records == doc.n);

	free(out);
	vn_cite_doc_free(&doc);
	vn_buf_free(&text);
	vn_buf_free(&lines);
	return 0;
}
