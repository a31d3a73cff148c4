/* vn-segment: sentences one per line, words (-w) or CoNLL-U (--conllu). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "diag.h"
#include "output.h"
#include "parabuf.h"
#include "reader.h"
#include "segout.h"
#include "token.h"
#include "wordseg.h"
#include "wordseg_data.h"

enum mode { MODE_SENTENCES, MODE_WORDS, MODE_CONLLU };

static enum mode mode = MODE_SENTENCES;
static int each_line;
static int strict;
static int verbose;
static const char *model_path;

static struct vn_para para;
static char *doc;           /* id of the document being read */
static unsigned long sent_in_doc, nsentences;

static struct vn_wordseg_model model;
static struct vn_tokens tokens;
static struct vn_wordseg_work work;
static unsigned char *starts;
static size_t starts_cap;

static const char usage_text[] =
	"usage: vn-segment [-vw] [--conllu] [--lines] [--strict] [--model FILE] [FILE ...]\n"
	"Split Vietnamese text into sentences, one per line, with an empty line\n"
	"after each paragraph; or into words.\n"
	"\n"
	"  -w, --words      write words: syllables of a word joined by _, tokens\n"
	"                   separated by spaces, punctuation split off\n"
	"      --conllu     write CoNLL-U: # sent_id = DOC-N, # text, a line per\n"
	"                   word (syllables separated by spaces), SpaceAfter=No\n"
	"      --lines      every input line is a paragraph (no joining of\n"
	"                   hard-wrapped lines)\n"
	"      --strict     invalid UTF-8 is an error (exit 1), not a warning\n"
	"      --model FILE use this word model instead of the built-in one\n"
	"  -v, --verbose    print a summary line to stderr at the end\n"
	"      --help       show this help\n"
	"      --version    show the version\n"
	"\n"
	"A blank line ends a paragraph; lines of a hard-wrapped paragraph are\n"
	"joined. Headings, list items, table rows and lines without final\n"
	"punctuation stay sentences of their own. `# newdoc` lines pass through.\n"
	"Exit 0 ok, 1 data or I/O error, 2 usage.\n";

static void
load_model(void)
{
	char err[128];
	const char *text = vn_wordseg_model;
	size_t len = vn_wordseg_model_len;
	char *file = NULL;

	if (model_path) {
		FILE *fp = fopen(model_path, "rb");
		struct vn_buf b = {0};
		char chunk[65536];
		size_t n;
		if (!fp)
			vn_die("%s:", model_path);
		while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
			vn_buf_append(&b, chunk, n);
		if (ferror(fp))
			vn_die("%s: read error:", model_path);
		fclose(fp);
		text = file = b.data;
		len = b.len;
	}
	if (vn_wordseg_model_load(&model, text ? text : "", len, err) != 0)
		vn_die("%s: %s", model_path ? model_path : "built-in model", err);
	free(file);
}

static void
write_sentence(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	nsentences++;
	sent_in_doc++;
	if (mode == MODE_SENTENCES) {
		vn_out_write(s, len);
		vn_out_putc('\n');
		return;
	}
	for (;;) {
		int at_space;
		size_t piece = vn_word_piece(s, len, &at_space);
		vn_tokenize(s, piece, &tokens);
		if (tokens.n > starts_cap) {
			starts_cap = 2 * tokens.n;
			starts = vn_xrealloc(starts, starts_cap);
		}
		vn_wordseg_tag(&model, s, &tokens, &work, starts);
		if (mode == MODE_WORDS)
			vn_write_words(s, &tokens, starts, piece == len ? '\n' : at_space ? ' ' : 0);
		else
			vn_write_conllu(doc[0] && strcmp(doc, "-") ? doc : NULL, sent_in_doc, s, piece,
			                &tokens, starts);
		if (piece == len)
			break;
		/* A long sentence goes on: CoNLL-U gives each piece a number. */
		s += piece + at_space;
		len -= piece + at_space;
		if (mode == MODE_CONLLU)
			sent_in_doc++;
	}
}

/* An empty line after each paragraph; CoNLL-U has one after each sentence. */
static void
end_paragraph(void *ctx)
{
	(void)ctx;
	if (mode != MODE_CONLLU)
		vn_out_putc('\n');
}

static void
set_doc(const char *id)
{
	free(doc);
	doc = vn_xstrndup(id, strlen(id));
	sent_in_doc = 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"conllu", no_argument, NULL, 'C'},
		{"lines", no_argument, NULL, 'L'},
		{"model", required_argument, NULL, 'M'},
		{"strict", no_argument, NULL, 'S'},
		{"words", no_argument, NULL, 'w'},
		VN_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	struct vn_reader reader;
	struct vn_line line;
	int c;

	vn_cli_start(argv[0]);
	while ((c = getopt_long(argc, argv, "vw", longopts, NULL)) != -1) {
		switch (c) {
		case 'C': mode = MODE_CONLLU; break;
		case 'L': each_line = 1; break;
		case 'M': model_path = optarg; break;
		case 'S': strict = 1; break;
		case 'v': verbose = 1; break;
		case 'w': mode = MODE_WORDS; break;
		case VN_OPT_HELP: vn_cli_help(usage_text);
		case VN_OPT_VERSION: vn_cli_version(NULL);
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;

	if (mode != MODE_SENTENCES)
		load_model();
	vn_para_init(&para, each_line, write_sentence, end_paragraph, NULL);
	vn_reader_init(&reader, argc, argv, VN_READ_UTF8 | (strict ? VN_READ_STRICT : 0));
	while (vn_reader_next(&reader, &line)) {
		if (line.is_marker) {
			vn_para_end(&para);
			vn_out_write(line.text, line.len);
			vn_out_putc('\n');
			set_doc(line.doc);
			continue;
		}
		if (!doc)
			set_doc(line.doc);
		vn_para_add(&para, line.text, line.len);
	}
	vn_para_end(&para);
	if (mode != MODE_SENTENCES)
		vn_wordseg_model_free(&model);
	vn_tokens_free(&tokens);
	vn_wordseg_work_free(&work);
	vn_para_free(&para);
	free(starts);
	free(doc);
	return vn_cli_finish(&reader, nsentences, verbose);
}
