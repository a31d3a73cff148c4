/* cite-extract: every legal, Party and standards citation, as JSON Lines. */
#include <getopt.h>
#include <stdlib.h>

#include "citedoc.h"
#include "cli.h"
#include "diag.h"
#include "reader.h"

static int strict;
static int unique;
static int verbose;
static unsigned long records;

static const char usage_text[] =
	"usage: cite-extract [-uv] [--strict] [FILE ...]\n"
	"Find every citation of a numbered document (state, Party, standard) and\n"
	"write one JSON Lines record per mention.\n"
	"\n"
	"  -u, --unique   one record per distinct citation per document, with a\n"
	"                 count of its mentions\n"
	"      --strict   invalid UTF-8 is an error (exit 1), not a warning\n"
	"  -v, --verbose  print a summary line to stderr at the end\n"
	"      --help     show this help\n"
	"      --version  show the version\n"
	"\n"
	"Fields: doc line start end text kind id system type type_code number\n"
	"year issuer date issuer_name [count]. Records of a document are written\n"
	"when it ends (at `# newdoc` or the end of input), after short forms\n"
	"(Nghị quyết 57) are resolved against the full citations in it.\n"
	"Exit 0 ok, 1 data or I/O error, 2 usage.\n";

static void
finish_document(struct vn_cite_doc *doc)
{
	if (!doc->id)
		return;
	vn_cite_doc_resolve(doc);
	if (unique)
		vn_cite_doc_unique(doc);
	for (size_t i = 0; i < doc->n; i++)
		vn_cite_write_json(doc->id, &doc->v[i], unique);
	records += doc->n;
	vn_cite_doc_start(doc, NULL);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"strict", no_argument, NULL, 'S'},
		{"unique", no_argument, NULL, 'u'},
		VN_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	struct vn_reader reader;
	struct vn_line line;
	struct vn_cite_doc doc;
	int c;

	vn_cli_start(argv[0]);
	while ((c = getopt_long(argc, argv, "uv", longopts, NULL)) != -1) {
		switch (c) {
		case 'S': strict = 1; break;
		case 'u': unique = 1; break;
		case 'v': verbose = 1; break;
		case VN_OPT_HELP: vn_cli_help(usage_text);
		case VN_OPT_VERSION: vn_cli_version(NULL);
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	vn_cite_doc_init(&doc);
	vn_reader_init(&reader, argc, argv, VN_READ_UTF8 | (strict ? VN_READ_STRICT : 0));
	while (vn_reader_next(&reader, &line)) {
		if (line.is_marker) {
			finish_document(&doc);
			continue;
		}
		if (!doc.id)
			vn_cite_doc_start(&doc, line.doc);
		vn_cite_doc_add_line(&doc, line.text, line.len, line.lineno);
	}
	finish_document(&doc);
	vn_cite_doc_free(&doc);
	return vn_cli_finish(&reader, records, verbose);
}
