/* vn-normalize: make Vietnamese text clean, comparable UTF-8. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "legacy.h"
#include "normalize.h"
#include "normstream.h"
#include "reader.h"
#include "window.h"

static struct vn_norm_options opts;
static int report;
static int verbose;

enum {
	OPT_FROM = 0x200,
	OPT_TONE,
	OPT_STRICT,
	OPT_ASCII_PUNCT,
	OPT_FOLD,
	OPT_REPORT,
	OPT_NO_MOJIBAKE,
	OPT_NO_ENTITIES,
	OPT_NO_NFC,
	OPT_NO_UNICODE_FIXES,
	OPT_NO_TONE,
	OPT_NO_SPACES,
	OPT_NO_PUNCT,
};

static const char usage_text[] =
	"usage: vn-normalize [-v] [--from=ENC] [--tone=STYLE] [--strict] [--report]\n"
	"                    [--ascii-punct] [--fold] [--no-STEP ...] [FILE ...]\n"
	"Make Vietnamese text clean, comparable UTF-8. Line N of the output is\n"
	"line N of the input; `# newdoc` markers pass through unchanged.\n"
	"\n"
	"  --from=ENC            input encoding: utf8 (default), cp1258, viscii,\n"
	"                        tcvn3, vni, viqr, or auto (chosen per document)\n"
	"  --tone=STYLE          tone marks: old (default: hòa, khỏe, thủy), new\n"
	"                        (hoà, khoẻ, thuỷ), keep (either as written);\n"
	"                        misplaced marks (baỏ, lựơng) move in every style\n"
	"  --strict              invalid input bytes are an error (exit 1)\n"
	"  --ascii-punct         also straighten quotes and dashes, … to ...\n"
	"  --fold                write search keys: lower case, no diacritics, đ to d\n"
	"  --report              per document, how many changes of each kind, to stderr\n"
	"  -v, --verbose         say what --from=auto chose; a summary line at the end\n"
	"      --help            show this help\n"
	"      --version         show the version\n"
	"\n"
	"Every step is on by default; each can be switched off:\n"
	"  --no-repair-mojibake  keep UTF-8 that was read as windows-1252 (CÃ¡c)\n"
	"  --no-decode-entities  keep HTML references (&agrave; &#7897; &nbsp;)\n"
	"  --no-nfc              do not compose to NFC\n"
	"  --no-unicode-fixes    keep mark order (a+grave+breve) and Ð/ð for Đ/đ\n"
	"  --no-tone             leave tone marks where they are\n"
	"  --no-spaces           keep NBSP, zero-width characters, runs of spaces\n"
	"  --no-punct            keep the spacing around punctuation\n"
	"\n"
	"Invalid bytes become U+FFFD with a FILE:LINE warning. Exit 0 ok, 1 invalid\n"
	"input under --strict or an I/O error, 2 usage.\n";

static void
set_from(const char *name)
{
	if (!vn_encoding_parse(name, &opts.from))
		vn_usage_error("unknown encoding '%s' (utf8, cp1258, viscii, tcvn3, vni, viqr, auto)",
		               name);
}

static void
set_tone(const char *style)
{
	if (strcmp(style, "old") == 0)
		opts.tone_style = VN_TONE_STYLE_OLD;
	else if (strcmp(style, "new") == 0)
		opts.tone_style = VN_TONE_STYLE_NEW;
	else if (strcmp(style, "keep") == 0)
		opts.tone_style = VN_TONE_STYLE_KEEP;
	else
		vn_usage_error("unknown tone style '%s' (old, new, keep)", style);
}

/* The version, and the vector instructions the fast path uses here
 * (VNPIPE_SIMD can cap them). */
static void __attribute__((noreturn))
version(void)
{
	char line[80];
	snprintf(line, sizeof line, "fast path: %s", vn_window_classifier_name());
	vn_cli_version(line);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"ascii-punct", no_argument, NULL, OPT_ASCII_PUNCT},
		{"fold", no_argument, NULL, OPT_FOLD},
		{"from", required_argument, NULL, OPT_FROM},
		{"no-decode-entities", no_argument, NULL, OPT_NO_ENTITIES},
		{"no-nfc", no_argument, NULL, OPT_NO_NFC},
		{"no-punct", no_argument, NULL, OPT_NO_PUNCT},
		{"no-repair-mojibake", no_argument, NULL, OPT_NO_MOJIBAKE},
		{"no-spaces", no_argument, NULL, OPT_NO_SPACES},
		{"no-tone", no_argument, NULL, OPT_NO_TONE},
		{"no-unicode-fixes", no_argument, NULL, OPT_NO_UNICODE_FIXES},
		{"report", no_argument, NULL, OPT_REPORT},
		{"strict", no_argument, NULL, OPT_STRICT},
		{"tone", required_argument, NULL, OPT_TONE},
		VN_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	struct vn_reader reader;
	struct vn_line line;
	struct vn_normalizer normalizer;
	int c;

	vn_cli_start(argv[0]);
	vn_norm_options_default(&opts);
	while ((c = getopt_long(argc, argv, "v", longopts, NULL)) != -1) {
		switch (c) {
		case 'v': verbose = 1; break;
		case OPT_ASCII_PUNCT: opts.ascii_punct = 1; break;
		case OPT_FOLD: opts.fold = 1; break;
		case OPT_FROM: set_from(optarg); break;
		case OPT_NO_ENTITIES: opts.entities = 0; break;
		case OPT_NO_MOJIBAKE: opts.mojibake = 0; break;
		case OPT_NO_NFC: opts.nfc = 0; break;
		case OPT_NO_PUNCT: opts.punct = 0; break;
		case OPT_NO_SPACES: opts.spaces = 0; break;
		case OPT_NO_TONE: opts.tone = 0; break;
		case OPT_NO_UNICODE_FIXES: opts.unicode_fixes = 0; break;
		case OPT_REPORT: report = 1; break;
		case OPT_STRICT: opts.strict = 1; break;
		case OPT_TONE: set_tone(optarg); break;
		case VN_OPT_HELP: vn_cli_help(usage_text);
		case VN_OPT_VERSION: version();
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	vn_normalizer_init(&normalizer, &opts, report, verbose);
	vn_reader_init(&reader, argc, argv, 0);
	while (vn_reader_next(&reader, &line))
		vn_normalizer_line(&normalizer, &line);
	vn_normalizer_finish(&normalizer);
	return vn_cli_finish(&reader, normalizer.touched, verbose);
}
