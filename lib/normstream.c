#include "normstream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "diag.h"
#include "output.h"

/* --from=auto looks at this much of a document (or this many lines)
 * before it chooses; the lines wait in memory meanwhile. */
enum { SAMPLE_BYTES = 64 * 1024, SAMPLE_LINES = 4096 };

struct held_line {
	size_t len;
	const char *file;
	unsigned long fileline;
};

void
vn_normalizer_init(struct vn_normalizer *n, const struct vn_norm_options *o, int report,
                   int verbose)
{
	memset(n, 0, sizeof *n);
	n->opts = *o;
	n->report = report;
	n->verbose = verbose;
}

static void
write_line(struct vn_normalizer *n, const char *s, size_t len, const char *file,
           unsigned long fileline)
{
	struct vn_norm_options o = n->opts;
	size_t outlen;

	o.from = n->enc;
	unsigned long before = n->counts.touched;
	const char *out = vn_normalize_line(&o, s, len, &outlen, &n->bufs, &n->counts, file, fileline);
	n->touched += n->counts.touched - before;
	vn_out_write(out, outlen);
	vn_out_putc('\n');
}

static void
start_document(struct vn_normalizer *n, const char *doc)
{
	n->doc = vn_xstrndup(doc, strlen(doc));
	memset(&n->counts, 0, sizeof n->counts);
	n->enc = n->opts.from;
	n->holding = n->opts.from == VN_ENC_AUTO;
	if (n->holding)
		n->enc = VN_ENC_UTF8;
}

/* Choose the document's encoding from sample[0..len), then write the
 * lines held so far. */
static void
decide(struct vn_normalizer *n, const char *sample, size_t len)
{
	double confidence;

	n->enc = vn_detect_encoding(sample, len, &confidence);
	n->holding = 0;
	if (n->verbose)
		fprintf(stderr, "%s: %s: --from=auto chose %s (%.0f%% of the evidence fits)\n",
		        vn_progname, n->doc, vn_encoding_name(n->enc), confidence * 100);
	const struct held_line *meta = (const struct held_line *)(void *)n->held_meta.data;
	const char *text = n->held_text.data;
	for (size_t i = 0; i < n->held_lines; i++) {
		write_line(n, text, meta[i].len, meta[i].file, meta[i].fileline);
		text += meta[i].len + 1;
	}
	vn_buf_clear(&n->held_text);
	vn_buf_clear(&n->held_meta);
	n->held_lines = 0;
}

static void
report(const struct vn_normalizer *n)
{
	const struct vn_norm_counts *c = &n->counts;

	fprintf(stderr,
	        "%s: %s: %lu lines, %lu touched (from %s): invalid %lu, decoded %lu, "
	        "mojibake %lu, entities %lu, nfc %lu, marks %lu, eths %lu, spaces %lu, "
	        "tones %lu, ascii %lu, punct %lu, folded %lu\n",
	        vn_progname, n->doc, c->lines, c->touched, vn_encoding_name(n->enc), c->invalid,
	        c->decoded, c->mojibake, c->entities, c->nfc, c->marks, c->eths, c->spaces,
	        c->tones, c->ascii, c->punct, c->folded);
}

static void
end_document(struct vn_normalizer *n)
{
	if (!n->doc)
		return;
	if (n->holding)
		decide(n, n->held_text.data ? n->held_text.data : "", n->held_text.len);
	if (n->report) {
		vn_out_flush(); /* keep stdout and stderr in step on a terminal */
		report(n);
	}
	free(n->doc);
	n->doc = NULL;
}

void
vn_normalizer_line(struct vn_normalizer *n, const struct vn_line *line)
{
	size_t len = line->len;

	if (line->is_marker) {
		end_document(n);
		vn_out_write(line->text, line->len);
		vn_out_putc('\n');
		return;
	}
	if (!n->doc)
		start_document(n, line->doc);
	/* A last line that ends in CR without LF still ends in CR LF. */
	if (!line->had_newline && len > 0 && line->text[len - 1] == '\r')
		len--;
	if (n->holding) {
		if (n->held_text.len + len < SAMPLE_BYTES && n->held_lines < SAMPLE_LINES) {
			struct held_line h = {len, line->file, line->fileline};
			vn_buf_append(&n->held_text, line->text, len);
			vn_buf_putc(&n->held_text, '\n');
			vn_buf_append(&n->held_meta, &h, sizeof h);
			n->held_lines++;
			return;
		}
		/* The sample is full: this line's start completes it (the held
		 * lines before it are found by their lengths). */
		size_t room = n->held_text.len < SAMPLE_BYTES ? SAMPLE_BYTES - n->held_text.len : 0;
		vn_buf_append(&n->held_text, line->text, len < room ? len : room);
		decide(n, n->held_text.data, n->held_text.len);
	}
	write_line(n, line->text, len, line->file, line->fileline);
}

void
vn_normalizer_finish(struct vn_normalizer *n)
{
	end_document(n);
	vn_buf_free(&n->held_text);
	vn_buf_free(&n->held_meta);
	vn_norm_buffers_free(&n->bufs);
}
