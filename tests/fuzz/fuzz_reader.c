/* Fuzz lib/reader.c over a real file (an in-memory file opened by name,
 * as the tools open their operands). The first byte picks the flags,
 * whether the file is given twice (two operands: synthetic markers) and
 * the reader's first block (bits 3-6: 2 to 16 bytes, so that lines cross
 * block boundaries and outgrow the block; 0: the tools' block); the rest
 * is the file. Every line the reader returns is checked against a
 * model: the file split at LF, a CR before the LF dropped (unless
 * VN_READ_RAW), invalid UTF-8 repaired (with VN_READ_UTF8), line numbers
 * counted within documents.
 * fuzz-seeds: text */
#include <string.h>

#include "fuzz.h"
#include "reader.h"
#include "utf8.h"

/* A line as the model expects the reader to return it. */
struct model_line {
	struct vn_buf text;
	int had_newline, had_cr, is_marker;
};

static void
model_next(const char *s, size_t len, size_t *pos, int flags, struct model_line *m)
{
	const char *nl = memchr(s + *pos, '\n', len - *pos);
	size_t end = nl ? (size_t)(nl - s) : len;
	size_t n = end - *pos;

	m->had_newline = nl != NULL;
	m->had_cr = nl && n > 0 && s[end - 1] == '\r' && !(flags & VN_READ_RAW);
	n -= (size_t)m->had_cr;
	vn_buf_clear(&m->text);
	/* The contract: a line starting "# newdoc" then a blank or its end. */
	m->is_marker = n >= 8 && memcmp(s + *pos, "# newdoc", 8) == 0 &&
	               (n == 8 || s[*pos + 8] == ' ' || s[*pos + 8] == '\t');
	if (flags & VN_READ_UTF8)
		vn_utf8_repair(s + *pos, n, &m->text);
	else
		vn_buf_append(&m->text, s + *pos, n);
	*pos = end + (nl != NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int flags = data[0] & (VN_READ_UTF8 | VN_READ_STRICT | VN_READ_RAW);
	int twice = data[0] & 0x80;
	size_t first_block = (data[0] >> 3) & 0x0F;
	const char *s = (const char *)data + 1;
	size_t len = size - 1;

	int fd = memfd_create("fuzz-reader", 0);
	FUZZ_ASSERT(fd >= 0);
	FUZZ_ASSERT(len == 0 || write(fd, s, len) == (ssize_t)len);
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	char *operands[] = {path, path};

	struct vn_reader r;
	struct vn_line line;
	struct model_line want = {{0}, 0, 0, 0};
	vn_reader_init(&r, twice ? 2 : 1, operands, flags);
	if (first_block)
		r.first_block = first_block + 1;
	for (int file = 0; file < (twice ? 2 : 1); file++) {
		size_t pos = 0;
		unsigned long lineno = 0, fileline = 0;
		if (twice) {
			FUZZ_ASSERT(vn_reader_next(&r, &line));
			FUZZ_ASSERT(line.is_synthetic && line.is_marker && line.lineno == 0);
			FUZZ_ASSERT(strcmp(line.doc, path) == 0);
		}
		while (pos < len) {
			model_next(s, len, &pos, flags, &want);
			FUZZ_ASSERT(vn_reader_next(&r, &line));
			fileline++;
			FUZZ_ASSERT(!line.is_synthetic);
			FUZZ_ASSERT(line.len == want.text.len);
			FUZZ_ASSERT(line.len == 0 || memcmp(line.text, want.text.data, line.len) == 0);
			FUZZ_ASSERT(line.text[line.len] == '\0');
			FUZZ_ASSERT(line.had_newline == want.had_newline);
			FUZZ_ASSERT(line.had_cr == want.had_cr);
			FUZZ_ASSERT(line.is_marker == want.is_marker);
			FUZZ_ASSERT(line.fileline == fileline);
			FUZZ_ASSERT(strcmp(line.file, path) == 0);
			lineno = line.is_marker ? 0 : lineno + 1;
			FUZZ_ASSERT(line.lineno == lineno);
			if (flags & VN_READ_UTF8) {
				/* Nothing invalid goes downstream, not even in an id. */
				FUZZ_ASSERT(fuzz_is_utf8(line.text, line.len));
				FUZZ_ASSERT(fuzz_is_utf8(line.doc, strlen(line.doc)));
			}
			if (line.is_marker) {
				const char *id;
				size_t idlen;
				FUZZ_ASSERT(vn_is_newdoc(line.text, line.len, &id, &idlen));
				FUZZ_ASSERT(strlen(line.doc) <= idlen &&
				            memcmp(line.doc, id, strlen(line.doc)) == 0);
			}
		}
	}
	FUZZ_ASSERT(!vn_reader_next(&r, &line));
	vn_reader_free(&r);
	vn_buf_free(&want.text);
	close(fd);
	return 0;
}
