/* to-tsv: JSON Lines records to TSV, numbers kept exactly as written. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "diag.h"
#include "jsonrecord.h"
#include "output.h"
#include "reader.h"
#include "tsv.h"

static int align;
static int excel_safe;
static int no_header;
static int verbose;
static char **columns;
static size_t ncolumns;
static struct vn_buf row;     /* the row being built, escaped */
static struct vn_table table; /* rows kept for --align */

static const char usage_text[] =
	"usage: to-tsv [-av] [--excel-safe] [--no-header] [-f FIELD,...] [FILE ...]\n"
	"Convert JSON Lines records to TSV: a header row, then a row per record.\n"
	"\n"
	"  -f, --fields LIST  columns to write, in this order (default: the first\n"
	"                     record's keys); a field a record lacks is empty\n"
	"      --no-header    do not write the header row\n"
	"      --excel-safe   prefix ' to text cells starting with = + - @\n"
	"  -a, --align        pad columns to line up for reading on a terminal\n"
	"                     (holds all rows until the end, like column -t)\n"
	"  -v, --verbose      print a summary line to stderr at the end\n"
	"      --help         show this help\n"
	"      --version      show the version\n"
	"\n"
	"Tab, newline, CR and backslash in a value are written \\t \\n \\r \\\\;\n"
	"null is an empty cell; numbers keep their text; objects and arrays are\n"
	"written as compact JSON. Exit 0 ok, 1 bad record or I/O error, 2 usage.\n";

static void
set_columns(const char *list)
{
	const char *p = list;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		columns = vn_xrealloc(columns, (ncolumns + 1) * sizeof *columns);
		columns[ncolumns++] = vn_xstrndup(p, n);
		if (!comma)
			break;
		p = comma + 1;
	}
}

static void
columns_from_record(struct json_object *obj)
{
	json_object_object_foreach(obj, key, val) {
		(void)val;
		columns = vn_xrealloc(columns, (ncolumns + 1) * sizeof *columns);
		columns[ncolumns++] = vn_xstrndup(key, strlen(key));
	}
}

/* Send the row built in `row` to the output, or to the table. */
static void
emit_row(void)
{
	if (align) {
		vn_table_add_row(&table, row.data, row.len);
	} else {
		vn_buf_putc(&row, '\n');
		vn_out_write(row.data, row.len);
	}
	vn_buf_clear(&row);
}

static void
write_header(void)
{
	for (size_t i = 0; i < ncolumns; i++) {
		if (i)
			vn_buf_putc(&row, '\t');
		vn_tsv_escape(columns[i], strlen(columns[i]), &row);
	}
	emit_row();
}

static void
write_row(struct json_object *obj)
{
	for (size_t i = 0; i < ncolumns; i++) {
		struct json_object *v;
		if (i)
			vn_buf_putc(&row, '\t');
		if (json_object_object_get_ex(obj, columns[i], &v))
			vn_record_cell(v, excel_safe, &row);
	}
	emit_row();
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"align", no_argument, NULL, 'a'},
		{"excel-safe", no_argument, NULL, 'E'},
		{"fields", required_argument, NULL, 'f'},
		{"no-header", no_argument, NULL, 'H'},
		VN_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	struct vn_reader reader;
	struct vn_line line;
	unsigned long rows = 0;
	int c, header_due;

	vn_cli_start(argv[0]);
	while ((c = getopt_long(argc, argv, "af:v", longopts, NULL)) != -1) {
		switch (c) {
		case 'E': excel_safe = 1; break;
		case 'a': align = 1; break;
		case 'H': no_header = 1; break;
		case 'f': set_columns(optarg); break;
		case 'v': verbose = 1; break;
		case VN_OPT_HELP: vn_cli_help(usage_text);
		case VN_OPT_VERSION: vn_cli_version(NULL);
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	struct json_tokener *tok = vn_record_tokener();
	header_due = !no_header;
	if (ncolumns > 0 && header_due) {
		write_header();
		header_due = 0;
	}
	vn_reader_init(&reader, argc, argv, 0);
	while (vn_reader_next(&reader, &line)) {
		if (line.is_synthetic || vn_record_is_blank(line.text, line.len))
			continue;
		struct json_object *obj = vn_record_parse(tok, &line);
		if (!obj)
			continue;
		if (ncolumns == 0)
			columns_from_record(obj);
		if (header_due) {
			write_header();
			header_due = 0;
		}
		write_row(obj);
		rows++;
		json_object_put(obj);
	}
	json_tokener_free(tok);
	if (align)
		vn_table_print(&table);
	vn_table_free(&table);
	vn_buf_free(&row);
	return vn_cli_finish(&reader, rows, verbose);
}
