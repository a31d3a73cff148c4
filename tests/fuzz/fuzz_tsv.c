/* Fuzz lib/tsv.c, to-tsv's output side: a cell escaped by vn_tsv_escape
 * holds no raw tab, newline, CR or NUL and unescapes (PostgreSQL COPY
 * text rules) to the same bytes; the --align table prints one line per
 * row and changes nothing but the spacing between cells.
 * The input is both one cell and, split at LF, the rows of a table.
 * fuzz-seeds: text jsonl */
#include <string.h>

#include "fuzz.h"
#include "tsv.h"

/* Undo vn_tsv_escape; returns 0 when an escape is not one it writes. */
static int
unescape(const char *s, size_t len, struct vn_buf *out)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\\') {
			vn_buf_putc(out, s[i]);
			continue;
		}
		if (++i == len)
			return 0;
		switch (s[i]) {
		case 't': vn_buf_putc(out, '\t'); break;
		case 'n': vn_buf_putc(out, '\n'); break;
		case 'r': vn_buf_putc(out, '\r'); break;
		case '\\': vn_buf_putc(out, '\\'); break;
		case '0': vn_buf_putc(out, '\0'); break;
		default: return 0;
		}
	}
	return 1;
}

/* s[0..len) without spaces and, when drop_tabs, tabs: what the table
 * must keep of a row whatever padding it adds. */
static void
squeeze(const char *s, size_t len, int drop_tabs, struct vn_buf *out)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && !(drop_tabs && s[i] == '\t'))
			vn_buf_putc(out, s[i]);
}

static void
check_cell(const char *s, size_t len)
{
	struct vn_buf cell = {0}, back = {0};

	vn_tsv_escape(s, len, &cell);
	for (size_t i = 0; i < cell.len; i++)
		FUZZ_ASSERT(!memchr("\t\n\r", cell.data[i], 3) && cell.data[i] != '\0');
	FUZZ_ASSERT(unescape(cell.data, cell.len, &back));
	FUZZ_ASSERT(back.len == len && (len == 0 || memcmp(back.data, s, len) == 0));
	vn_buf_free(&cell);
	vn_buf_free(&back);
}

static void
check_table(const char *s, size_t len)
{
	struct vn_table table = {0};
	struct vn_buf want = {0}, got = {0};
	size_t rows = 0;

	/* Rows as to-tsv makes them: no newline inside (cells are escaped). */
	for (size_t pos = 0; pos < len; rows++) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - s) : len;
		vn_table_add_row(&table, s + pos, end - pos);
		squeeze(s + pos, end - pos, 1, &want);
		vn_buf_putc(&want, '\n');
		pos = end + 1;
	}
	fuzz_stdout_begin();
	vn_table_print(&table);
	size_t outlen;
	char *out = fuzz_stdout_end(&outlen);
	size_t lines = 0;
	for (size_t i = 0; i < outlen; i++)
		lines += out[i] == '\n';
	FUZZ_ASSERT(lines == rows);
	squeeze(out, outlen, 0, &got);
	FUZZ_ASSERT(got.len == want.len && (got.len == 0 || memcmp(got.data, want.data, got.len) == 0));
	free(out);
	vn_table_free(&table);
	vn_buf_free(&want);
	vn_buf_free(&got);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_cell(fuzz_bytes(data), size);
	check_table(fuzz_bytes(data), size);
	return 0;
}
