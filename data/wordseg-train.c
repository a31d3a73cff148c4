/* wordseg-train: train vn-segment's word model (make model).
 *
 * usage: wordseg-train [-e EPOCHS] [-s SEED] [-p MINWEIGHT] [-k N [-r R]]
 *                      -l LEXICON CONLLU ...
 *
 * Reads the lexicon (one word a line, syllables separated by spaces) and
 * the gold CoNLL-U files in order, leaves out every sentence whose number
 * (0-based, counted over all the files) leaves R when divided by N, when
 * -k N is given (R is 0 unless -r says; the held-out set is what
 * `awk 'BEGIN{RS="";ORS="\n\n"} (NR-1)%N==R'` prints), trains, and writes
 * the model to standard output. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "wordseg_train.h"

static int epochs = 10;
static unsigned long seed = 1;
static int min_weight = 1;
static unsigned long holdout, residue;
static unsigned long nsent, nused;

static void
read_lexicon(struct vn_wordseg_trainer *tr, const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!fp)
		vn_die("%s:", path);
	while ((n = getline(&line, &cap, fp)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		vn_wordseg_trainer_add_word(tr, line, (size_t)n);
	}
	free(line);
	fclose(fp);
}

/* The treebank writes brackets as LBKT and RBKT; the text has ( and ). */
static const char *
form_text(const char *form, size_t *len)
{
	if (*len == 4 && memcmp(form, "LBKT", 4) == 0)
		return *len = 1, "(";
	if (*len == 4 && memcmp(form, "RBKT", 4) == 0)
		return *len = 1, ")";
	return form;
}

static void
end_sentence(struct vn_wordseg_trainer *tr, struct vn_buf *text, struct vn_buf *starts)
{
	if (text->len == 0)
		return;
	if (holdout == 0 || nsent % holdout != residue) {
		vn_wordseg_trainer_add_sentence(tr, text->data, text->len,
		                                (const unsigned char *)starts->data);
		nused++;
	}
	nsent++;
	vn_buf_clear(text);
	vn_buf_clear(starts);
}

static void
read_conllu(struct vn_wordseg_trainer *tr, const char *path)
{
	FILE *fp = fopen(path, "r");
	struct vn_buf text = {0}, starts = {0};
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!fp)
		vn_die("%s:", path);
	while ((n = getline(&line, &cap, fp)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n == 0) {
			end_sentence(tr, &text, &starts);
			continue;
		}
		if (line[0] == '#')
			continue;
		char *tab1 = memchr(line, '\t', (size_t)n);
		if (!tab1 || strcspn(line, "-.\t") < (size_t)(tab1 - line))
			continue; /* a multiword range or an empty node */
		char *form = tab1 + 1;
		char *tab2 = memchr(form, '\t', (size_t)(line + n - form));
		size_t flen = tab2 ? (size_t)(tab2 - form) : (size_t)(line + n - form);
		const char *f = form_text(form, &flen);
		if (text.len) {
			vn_buf_putc(&text, ' ');
			vn_buf_putc(&starts, 0);
		}
		vn_buf_append(&text, f, flen);
		vn_buf_putc(&starts, 1);
		for (size_t k = 1; k < flen; k++)
			vn_buf_putc(&starts, 0);
	}
	end_sentence(tr, &text, &starts);
	vn_buf_free(&text);
	vn_buf_free(&starts);
	free(line);
	fclose(fp);
}

int
main(int argc, char *argv[])
{
	const char *lexicon = NULL;
	int c;

	vn_set_progname(argv[0]);
	while ((c = getopt(argc, argv, "e:k:l:p:r:s:")) != -1) {
		switch (c) {
		case 'e': epochs = atoi(optarg); break;
		case 'k': holdout = strtoul(optarg, NULL, 10); break;
		case 'l': lexicon = optarg; break;
		case 'p': min_weight = atoi(optarg); break;
		case 'r': residue = strtoul(optarg, NULL, 10); break;
		case 's': seed = strtoul(optarg, NULL, 10); break;
		default: vn_usage_error("bad option");
		}
	}
	argc -= optind;
	argv += optind;
	if (!lexicon || argc == 0 || epochs < 1)
		vn_usage_error("usage: wordseg-train [-e EPOCHS] [-s SEED] [-p MINWEIGHT] [-k N [-r R]] -l LEXICON CONLLU ...");

	struct vn_wordseg_trainer *tr = vn_wordseg_trainer_new();
	read_lexicon(tr, lexicon);
	for (int i = 0; i < argc; i++)
		read_conllu(tr, argv[i]);
	vn_wordseg_trainer_run(tr, epochs, seed);
	size_t nfeat = vn_wordseg_trainer_write(tr, stdout, min_weight);
	vn_wordseg_trainer_free(tr);
	fprintf(stderr, "wordseg-train: %lu sentences, %lu trained, %lu held out, %zu feature blocks\n",
	        nsent, nused, nsent - nused, nfeat);
	if (fflush(stdout) != 0 || ferror(stdout))
		vn_die("write error:");
	return 0;
}
