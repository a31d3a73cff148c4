/* metric-extract: the figures of a report as JSON Lines records. */
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"
#include "diag.h"
#include "metric.h"
#include "reader.h"

static int strict;
static int verbose;

static const char usage_text[] =
	"usage: metric-extract [-v] [--strict] [FILE ...]\n"
	"Write one JSON Lines record per figure in Vietnamese report text:\n"
	"percentages, counts, ratios, ranks, rank changes, changes, money and\n"
	"durations, with their unit, subject and year.\n"
	"\n"
	"  -v, --verbose  print a summary line to stderr at the end\n"
	"      --strict   treat invalid UTF-8 as an error (exit 1)\n"
	"      --help     show this help\n"
	"      --version  show the version\n"
	"\n"
	"Fields: doc line start end text kind value low high of from to unit\n"
	"subject year (null when absent). Input may be raw text, vn-normalize\n"
	"or vn-segment output. Exit 0 ok, 1 data or I/O error, 2 usage.\n";

struct emit_state {
	const struct vn_line *line;
	unsigned long records;
};

static void
write_record(const struct vn_metric *m, void *arg)
{
	struct emit_state *st = arg;

	vn_metric_write_json(st->line, m);
	st->records++;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"strict", no_argument, NULL, 'S'},
		VN_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	struct vn_reader reader;
	struct vn_line line;
	struct emit_state st = {0};
	int c;

	vn_cli_start(argv[0]);
	while ((c = getopt_long(argc, argv, "v", longopts, NULL)) != -1) {
		switch (c) {
		case 'S': strict = 1; break;
		case 'v': verbose = 1; break;
		case VN_OPT_HELP: vn_cli_help(usage_text);
		case VN_OPT_VERSION: vn_cli_version(NULL);
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	struct vn_metric_scanner *sc = vn_metric_scanner_new();
	vn_reader_init(&reader, argc, argv, VN_READ_UTF8 | (strict ? VN_READ_STRICT : 0));
	while (vn_reader_next(&reader, &line)) {
		if (line.is_marker) {
			vn_metric_scanner_reset(sc);
			continue;
		}
		st.line = &line;
		vn_metric_scan_line(sc, line.text, line.len, write_record, &st);
	}
	vn_metric_scanner_free(sc);
	return vn_cli_finish(&reader, st.records, verbose);
}
