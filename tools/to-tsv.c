/* to-tsv: JSON Lines records to TSV, numbers kept exactly as written. */
#include <getopt.h>
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "diag.h"
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

/* json-c clamps integers beyond 64 bits to these values instead of
 * failing, so their text cannot be trusted to be the input's. */
static int
integer_was_clamped(struct json_object *v)
{
	int64_t i = json_object_get_int64(v);
	uint64_t u = json_object_get_uint64(v);

	return i == INT64_MIN || u == UINT64_MAX;
}

static void
write_cell(struct json_object *v)
{
	const char *s;
	size_t len;

	switch (json_object_get_type(v)) {
	case json_type_null:
		return;
	case json_type_string:
		s = json_object_get_string(v);
		len = (size_t)json_object_get_string_len(v);
		if (excel_safe && len > 0 && strchr("=+-@", s[0]))
			vn_buf_putc(&row, '\'');
		break;
	default:
		/* Numbers print the text they were parsed from (json-c keeps a
		 * double's source text); objects and arrays compact. */
		s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN |
		                                          JSON_C_TO_STRING_NOSLASHESCAPE);
		len = strlen(s);
	}
	vn_tsv_escape(s, len, &row);
}

static int
all_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Parse one line as a JSON object; NULL after reporting what is wrong. */
static struct json_object *
parse_record(struct json_tokener *tok, const struct vn_line *line)
{
	json_tokener_reset(tok);
	if (line->len > INT32_MAX) {
		vn_error_at(line->file, line->fileline, "record longer than 2 GiB");
		return NULL;
	}
	struct json_object *obj = json_tokener_parse_ex(tok, line->text, (int)line->len);
	enum json_tokener_error err = json_tokener_get_error(tok);
	if (err == json_tokener_continue)
		err = json_tokener_error_parse_eof;
	if (obj && err == json_tokener_success &&
	    !all_blank(line->text + json_tokener_get_parse_end(tok),
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
	return obj;
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

static void
write_row(struct json_object *obj)
{
	for (size_t i = 0; i < ncolumns; i++) {
		struct json_object *v;
		if (i)
			vn_buf_putc(&row, '\t');
		if (json_object_object_get_ex(obj, columns[i], &v))
			write_cell(v);
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
		case VN_OPT_VERSION: vn_cli_version();
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	struct json_tokener *tok = json_tokener_new();
	if (!tok)
		vn_die("out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	header_due = !no_header;
	if (ncolumns > 0 && header_due) {
		write_header();
		header_due = 0;
	}
	vn_reader_init(&reader, argc, argv, 0);
	while (vn_reader_next(&reader, &line)) {
		if (line.is_synthetic || all_blank(line.text, line.len))
			continue;
		struct json_object *obj = parse_record(tok, &line);
		if (!obj)
			continue;
		if (check_numbers(&line, obj)) {
			if (ncolumns == 0)
				columns_from_record(obj);
			if (header_due) {
				write_header();
				header_due = 0;
			}
			write_row(obj);
			rows++;
		}
		json_object_put(obj);
	}
	json_tokener_free(tok);
	vn_reader_free(&reader);
	if (align)
		vn_table_print(&table);
	vn_table_free(&table);
	vn_buf_free(&row);
	if (verbose)
		vn_cli_summary(&reader, rows);
	int status = vn_out_close();
	return status ? status : vn_exit_status;
}
