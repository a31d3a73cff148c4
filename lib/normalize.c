#include "normalize.h"

#include <stdio.h>
#include <string.h>

#include "cleanline.h"
#include "compose.h"
#include "diag.h"
#include "entities.h"
#include "fold.h"
#include "mojibake.h"
#include "punct.h"
#include "spaces.h"
#include "tone.h"
#include "utf8.h"

void
vn_norm_options_default(struct vn_norm_options *o)
{
	memset(o, 0, sizeof *o);
	o->from = VN_ENC_UTF8;
	o->mojibake = o->entities = o->nfc = o->unicode_fixes = 1;
	o->tone = o->spaces = o->punct = 1;
	o->tone_style = VN_TONE_STYLE_OLD;
}

void
vn_norm_buffers_free(struct vn_norm_buffers *bufs)
{
	vn_buf_free(&bufs->a);
	vn_buf_free(&bufs->b);
}

/* The text being worked on: the input itself until a step changes it,
 * then one of two buffers, each step writing into the other. */
struct text {
	const char *s;
	size_t len;
	struct vn_buf *spare;
	struct vn_buf *other;
};

static struct vn_buf *
begin_step(struct text *t)
{
	vn_buf_clear(t->spare);
	return t->spare;
}

/* Make the step's output the current text when it changed anything. */
static void
end_step(struct text *t, int changed)
{
	if (!changed)
		return;
	struct vn_buf *done = t->spare;
	t->s = done->data;
	t->len = done->len;
	t->spare = t->other;
	t->other = done;
}

static void
report_invalid(const struct vn_norm_options *o, size_t bad, const char *what,
               const char *file, unsigned long line)
{
	if (o->strict)
		vn_error_at(file, line, "%s: %zu byte(s) replaced by U+FFFD", what, bad);
	else
		vn_warn_at(file, line, "%s: %zu byte(s) replaced by U+FFFD", what, bad);
}

/* The step to go on with after one changed the text: next, or a later
 * one when the fast path's scan shows the steps between have nothing to
 * do on the new text. Most lines the space step or composing fix (NBSP,
 * NFD) need nothing else, and one scan costs less than the checks of the
 * steps after it (tone marks, punctuation) that it saves. */
static enum vn_norm_step
rescan(const struct vn_norm_options *o, const struct text *t, enum vn_norm_step next)
{
	enum vn_norm_step first = vn_line_first_step(t->s, t->len, o);

	return first > next ? first : next;
}

/* The steps from first on, applied to *t; those before it would leave the
 * line as it is. With fast, a line the space step or composing changed is
 * scanned again (rescan). */
static void
run_steps(enum vn_norm_step first, int fast, const struct vn_norm_options *o, struct text *tp,
          struct vn_norm_counts *c, const char *file, unsigned long line)
{
	struct text t = *tp;
	struct vn_buf *out;
	size_t n;

	if (first > VN_STEP_DECODE) {
		/* valid UTF-8, and no mojibake */
	} else if (o->from != VN_ENC_UTF8) {
		out = begin_step(&t);
		n = vn_legacy_decode(o->from, t.s, t.len, out);
		if (n) {
			c->invalid += n;
			char what[64];
			snprintf(what, sizeof what, "bytes not defined in %s", vn_encoding_name(o->from));
			report_invalid(o, n, what, file, line);
		}
		int changed = out->len != t.len || memcmp(out->data, t.s, t.len) != 0;
		c->decoded += (unsigned long)changed;
		end_step(&t, changed);
	} else if (vn_utf8_valid_prefix(t.s, t.len) < t.len) {
		out = begin_step(&t);
		n = vn_utf8_repair(t.s, t.len, out);
		c->invalid += n;
		report_invalid(o, n, "invalid UTF-8", file, line);
		end_step(&t, 1);
	}
	if (o->mojibake && first <= VN_STEP_DECODE) {
		out = begin_step(&t);
		int repaired = vn_mojibake_repair(t.s, t.len, out);
		c->mojibake += (unsigned long)repaired;
		end_step(&t, repaired);
	}
	if (o->entities && first <= VN_STEP_ENTITIES && memchr(t.s, '&', t.len)) {
		out = begin_step(&t);
		n = vn_entities_decode(t.s, t.len, out);
		c->entities += n;
		end_step(&t, n > 0);
	}
	if (o->spaces && first <= VN_STEP_SPACES) {
		out = begin_step(&t);
		n = vn_spaces_fix(t.s, t.len, out);
		c->spaces += n;
		end_step(&t, n > 0);
		if (fast && n > 0)
			first = rescan(o, &t, VN_STEP_COMPOSE);
	}
	if ((o->nfc || o->unicode_fixes) && first <= VN_STEP_COMPOSE &&
	    !vn_compose_is_noop(t.s, t.len)) {
		struct vn_compose_counts cc = {0, 0, 0};
		out = begin_step(&t);
		int changed = vn_compose(t.s, t.len, o->nfc, o->unicode_fixes, out, &cc);
		c->nfc += cc.nfc;
		c->marks += cc.marks;
		c->eths += cc.eths;
		end_step(&t, changed);
		if (fast && changed)
			first = rescan(o, &t, VN_STEP_TONE);
	}
	if (o->tone && first <= VN_STEP_TONE) {
		out = begin_step(&t);
		n = vn_tone_fix(t.s, t.len, o->tone_style, out);
		c->tones += n;
		end_step(&t, n > 0);
	}
	if (o->ascii_punct && first <= VN_STEP_ASCII) {
		out = begin_step(&t);
		n = vn_punct_to_ascii(t.s, t.len, out);
		c->ascii += n;
		end_step(&t, n > 0);
	}
	if (o->punct && first <= VN_STEP_PUNCT) {
		out = begin_step(&t);
		n = vn_punct_fix(t.s, t.len, out);
		c->punct += n;
		end_step(&t, n > 0);
	}
	if (o->fold) {
		out = begin_step(&t);
		int changed = vn_search_key(t.s, t.len, out);
		c->folded += (unsigned long)changed;
		end_step(&t, changed);
	}
	*tp = t;
}

/* Only two earlier steps have been seen to get work from later ones:
 * references (a '&' is needed) and mojibake (every character in
 * windows-1252, so no letter of U+1E00..U+1EFF, whose lead byte is E1,
 * which nearly every line of Vietnamese holds). Lines with neither skip
 * the second look, which would cost a fifth of the time on messy text. */
static int
may_need_another_round(const struct vn_norm_options *o, const char *s, size_t len)
{
	return (o->entities && memchr(s, '&', len)) || (o->mojibake && !memchr(s, 0xE1, len));
}

/* A step can make work for one that ran before it: "&gt ;" is a
 * reference once the space before ';' goes, "Ã³ ph”" is mojibake once
 * --ascii-punct makes the quote ASCII. Go round again while the fast path
 * still finds something in *t, so that a second run of vn-normalize
 * changes nothing. (--fold makes the fast path give up, so there only
 * references are looked for.) A round that changes nothing ends it; the
 * bound only guards against the unforeseen. */
static void
settle(const struct vn_norm_options *o, int fast, const char *input, struct text *t,
       struct vn_norm_counts *c, const char *file, unsigned long line)
{
	struct vn_norm_options utf8 = *o; /* what the steps made is UTF-8 */
	utf8.from = VN_ENC_UTF8;

	for (int round = 0; round < 4 && t->s != input && may_need_another_round(o, t->s, t->len);
	     round++) {
		const char *before = t->s;
		enum vn_norm_step again = !o->fold ? vn_line_first_step(t->s, t->len, &utf8)
		                          : o->entities && vn_entities_present(t->s, t->len)
		                              ? VN_STEP_ENTITIES
		                              : VN_STEP_NONE;
		if (again == VN_STEP_NONE)
			break;
		run_steps(again, fast, &utf8, t, c, file, line);
		if (t->s == before)
			break;
	}
}

static const char *
normalize_from(enum vn_norm_step first, int fast, const struct vn_norm_options *o, const char *s,
               size_t len, size_t *outlen, struct vn_norm_buffers *bufs,
               struct vn_norm_counts *c, const char *file, unsigned long line)
{
	struct text t = {s, len, &bufs->a, &bufs->b};

	c->lines++;
	run_steps(first, fast, o, &t, c, file, line);
	settle(o, fast, s, &t, c, file, line);
	if (t.len != len || memcmp(t.s, s, len) != 0)
		c->touched++;
	*outlen = t.len;
	return t.s;
}

const char *
vn_normalize_line(const struct vn_norm_options *o, const char *s, size_t len,
                  size_t *outlen, struct vn_norm_buffers *bufs,
                  struct vn_norm_counts *c, const char *file, unsigned long line)
{
	enum vn_norm_step first = vn_line_first_step(s, len, o);

	if (first == VN_STEP_NONE) {
		c->lines++;
		*outlen = len;
		return s;
	}
	return normalize_from(first, 1, o, s, len, outlen, bufs, c, file, line);
}

const char *
vn_normalize_steps(const struct vn_norm_options *o, const char *s, size_t len,
                   size_t *outlen, struct vn_norm_buffers *bufs,
                   struct vn_norm_counts *c, const char *file, unsigned long line)
{
	return normalize_from(VN_STEP_DECODE, 0, o, s, len, outlen, bufs, c, file, line);
}
