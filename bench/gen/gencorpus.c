/* gencorpus: the deterministic corpora bench/run.sh measures the tools on.
 *
 * Every corpus is a stream of documents sampled, with a fixed seed, from
 * the paragraphs of the source files. The clean and messy corpora draw the
 * same documents in the same order (the damage has its own random stream),
 * so line N of one is line N of the other, and a smaller size gives a
 * prefix of a larger one: the 1, 10 and 100 MB files of the growth table
 * hold the same kind of text. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "pool.h"
#include "records.h"
#include "rng.h"
#include "textvar.h"

enum kind { KIND_CLEAN, KIND_MESSY, KIND_JSONL, KIND_LONGTEXT, KIND_LONGJSON };

static const char *const kind_names[] = {
	[KIND_CLEAN] = "clean", [KIND_MESSY] = "messy", [KIND_JSONL] = "jsonl",
	[KIND_LONGTEXT] = "longtext", [KIND_LONGJSON] = "longjson",
};

static const char usage_text[] =
	"usage: gencorpus --kind KIND --size SIZE [--seed N] SOURCE...\n"
	"       gencorpus --fields\n"
	"Write a deterministic benchmark corpus of about SIZE bytes to stdout,\n"
	"sampled from the paragraphs of the SOURCE files (plain text, a paragraph\n"
	"a line; or CoNLL-U, whose `# text` sentences are used).\n"
	"\n"
	"  --kind clean     NFC documents, each after a `# newdoc id = ...` line\n"
	"  --kind messy     the same documents damaged as crawled text is: NFD\n"
	"                   lines, NBSP, new-style tone marks (hoà) mixed with the\n"
	"                   old (hòa), glued, spaced and doubled punctuation\n"
	"                   (`vụ,ý`, `vụ ,ý`, `,,`), cp1252 mojibake lines\n"
	"  --kind jsonl     cite and metric records, as the extractors write them\n"
	"  --kind longtext  the clean text as one single line\n"
	"  --kind longjson  one JSON record holding that single line as its text\n"
	"  --size SIZE      bytes, with an optional k (10^3), M (10^6) or G suffix\n"
	"  --seed N         the random seed (default 1)\n"
	"  --fields         print the fields of the jsonl records, comma-separated\n";

/* Output goes through one buffer, written in large blocks, counting bytes
 * so that generation stops at the size asked for. */
static struct vn_buf out;
static unsigned long long written;

static void
flush_out(int force)
{
	if (out.len == 0 || (!force && out.len < (1u << 20)))
		return;
	if (fwrite(out.data, 1, out.len, stdout) != out.len)
		vn_die("write error:");
	written += out.len;
	vn_buf_clear(&out);
}

static unsigned long long
produced(void)
{
	return written + out.len;
}

static unsigned long long
parse_size(const char *s)
{
	char *end;
	unsigned long long n = strtoull(s, &end, 10);

	switch (*end) {
	case '\0': break;
	case 'k': case 'K': n *= 1000ull; end++; break;
	case 'M': n *= 1000000ull; end++; break;
	case 'G': n *= 1000000000ull; end++; break;
	default: end = NULL;
	}
	if (!end || *end || end == s)
		vn_usage_error("bad size '%s' (bytes, optionally with k, M or G)", s);
	return n;
}

/* Government reports (the plain-text sources) six times in ten, news
 * paragraphs from the treebank otherwise, when both exist. */
static const struct gen_para *
pick(struct gen_rng *rng, const struct gen_pool *report, const struct gen_pool *news)
{
	const struct gen_pool *pool = report;

	if (report->n == 0 || (news->n > 0 && !gen_rng_chance(rng, 600)))
		pool = news;
	return &pool->para[gen_rng_below(rng, pool->n)];
}

/* Spacing as careless typing and HTML leave it: NBSP for some spaces, and
 * after `,` or `.` before a word the space dropped (`vụ,ý`, `2018.Phó`),
 * moved before the mark (`vụ ,ý`), or the comma doubled (`vụ,, ý`). */
static void
damage_spacing(struct gen_rng *rng, const char *s, size_t len)
{
	int nbsp = gen_rng_chance(rng, 200), glue = gen_rng_chance(rng, 200);

	if (!nbsp && !glue) {
		vn_buf_append(&out, s, len);
		return;
	}
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (glue && (c == ',' || c == '.') && i + 2 < len && s[i + 1] == ' ' &&
		    gen_starts_word(s[i + 2])) {
			unsigned r = (unsigned)gen_rng_below(rng, 20);
			if (c == ',' && r < 2) {
				vn_buf_append(&out, " ,", 2);
				i++;
				continue;
			}
			if (c == ',' && r < 3) {
				vn_buf_append(&out, ",,", 2);
				continue;
			}
			if (r < 12) {
				vn_buf_putc(&out, c);
				i++;
				continue;
			}
		}
		if (nbsp && c == ' ' && gen_rng_chance(rng, 150))
			vn_buf_append(&out, "\xc2\xa0", 2);
		else
			vn_buf_putc(&out, c);
	}
}

static void
write_messy(struct gen_rng *rng, const struct gen_para *p)
{
	/* One line in a hundred went through cp1252 whole, as a page
	 * declared in the wrong charset does. */
	if (gen_rng_chance(rng, 10)) {
		gen_mojibake(p->text[GEN_CLEAN], p->len[GEN_CLEAN], &out);
		return;
	}
	int new_style = gen_rng_chance(rng, 300), nfd = gen_rng_chance(rng, 100);
	enum gen_variant v = nfd ? (new_style ? GEN_NFD_NEW_STYLE : GEN_NFD)
	                         : (new_style ? GEN_NEW_STYLE : GEN_CLEAN);
	damage_spacing(rng, p->text[v], p->len[v]);
}

/* Documents of 5 to 24 paragraphs (the size of the seed reports), a blank
 * line between paragraphs, a `# newdoc` marker before each document. */
static void
write_documents(enum kind kind, unsigned long long size, uint64_t seed,
                const struct gen_pool *report, const struct gen_pool *news)
{
	struct gen_rng docs = {seed}, damage = {seed ^ 0x6d657373795f5f5full};

	for (unsigned long doc = 1; produced() < size; doc++) {
		gen_printf(&out, "# newdoc id = bench-%06lu\n", doc);
		unsigned paragraphs = 5 + (unsigned)gen_rng_below(&docs, 20);
		for (unsigned i = 0; i < paragraphs; i++) {
			const struct gen_para *p = pick(&docs, report, news);
			if (i > 0)
				vn_buf_putc(&out, '\n');
			if (kind == KIND_MESSY)
				write_messy(&damage, p);
			else
				vn_buf_append(&out, p->text[GEN_CLEAN], p->len[GEN_CLEAN]);
			vn_buf_putc(&out, '\n');
		}
		flush_out(0);
	}
}

/* A few citations and a few more figures per document, on increasing
 * lines, as `cite-extract` and `metric-extract` would report them. */
static void
write_records(unsigned long long size, uint64_t seed)
{
	struct gen_rng rng = {seed};
	char doc[32];

	for (unsigned long d = 1; produced() < size; d++) {
		unsigned long line = 1;
		unsigned cites = (unsigned)gen_rng_below(&rng, 6);
		unsigned metrics = 2 + (unsigned)gen_rng_below(&rng, 10);
		snprintf(doc, sizeof doc, "bench-%06lu", d);
		for (unsigned i = 0; i < cites + metrics; i++) {
			line += 1 + gen_rng_below(&rng, 5);
			if (i < cites)
				gen_cite_record(&rng, doc, line, &out);
			else
				gen_metric_record(&rng, doc, line, &out);
		}
		flush_out(0);
	}
}

/* The clean paragraphs joined by spaces into one line of `size` bytes,
 * bare or as the text of one JSON record: the worst case for a reader
 * that must not lose or split a line. */
static void
write_long_line(enum kind kind, unsigned long long size, uint64_t seed,
                const struct gen_pool *report, const struct gen_pool *news)
{
	struct gen_rng rng = {seed};

	static const char json_head[] = "{\"doc\":\"bench-long\",\"line\":1,\"kind\":\"text\",\"text\":\"";

	if (kind == KIND_LONGJSON)
		vn_buf_append(&out, json_head, sizeof json_head - 1);
	for (int first = 1; produced() < size; first = 0) {
		const struct gen_para *p = pick(&rng, report, news);
		if (!first)
			vn_buf_putc(&out, ' ');
		if (kind == KIND_LONGJSON)
			gen_json_escape(&out, p->text[GEN_CLEAN], p->len[GEN_CLEAN]);
		else
			vn_buf_append(&out, p->text[GEN_CLEAN], p->len[GEN_CLEAN]);
		flush_out(0);
	}
	if (kind == KIND_LONGJSON)
		vn_buf_append(&out, "\"}", 2);
	vn_buf_putc(&out, '\n');
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"kind", required_argument, NULL, 'k'},
		{"size", required_argument, NULL, 's'},
		{"seed", required_argument, NULL, 'S'},
		{"fields", no_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct gen_pool report = {0}, news = {0};
	unsigned long long size = 0;
	uint64_t seed = 1;
	int kind = -1, c;

	vn_set_progname(argv[0]);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			for (kind = KIND_LONGJSON; kind >= 0; kind--)
				if (strcmp(optarg, kind_names[kind]) == 0)
					break;
			if (kind < 0)
				vn_usage_error("unknown kind '%s'", optarg);
			break;
		case 's': size = parse_size(optarg); break;
		case 'S': seed = parse_size(optarg); break;
		case 'f': puts(gen_record_fields); return 0;
		case 'h': fputs(usage_text, stdout); return 0;
		default: vn_usage_error("bad option");
		}
	}
	if (kind < 0 || size == 0)
		vn_usage_error("--kind and a non-zero --size are required");
	if (optind == argc && kind != KIND_JSONL)
		vn_usage_error("no source files");

	for (int i = optind; i < argc; i++) {
		gen_pool_add_file(gen_is_conllu(argv[i]) ? &news : &report, argv[i]);
	}
	if (vn_exit_status)
		return vn_exit_status;
	if (kind != KIND_JSONL && report.n + news.n == 0)
		vn_die("the source files hold no text");

	static char stdout_buf[1 << 16];
	setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
	if (kind == KIND_JSONL)
		write_records(size, seed);
	else if (kind == KIND_LONGTEXT || kind == KIND_LONGJSON)
		write_long_line(kind, size, seed, &report, &news);
	else
		write_documents(kind, size, seed, &report, &news);
	flush_out(1);
	if (fflush(stdout) != 0 || ferror(stdout))
		vn_die("write error:");

	gen_pool_free(&report);
	gen_pool_free(&news);
	vn_buf_free(&out);
	return 0;
}
