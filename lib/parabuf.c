#include "parabuf.h"

#include <string.h>

#include "paragraph.h"
#include "sentsplit.h"

/* Paragraphs longer than this give out their finished sentences early, so
 * memory stays flat on text that never has a blank line. When no sentence
 * has ended yet the limit doubles, so the text is not scanned again at
 * every line. */
enum { SOFT_LIMIT = 1 << 20 };

void
vn_para_init(struct vn_para *p, int each_line, void (*sentence)(void *, const char *, size_t),
             void (*paragraph_end)(void *), void *ctx)
{
	memset(p, 0, sizeof *p);
	p->limit = SOFT_LIMIT;
	p->each_line = each_line;
	p->sentence = sentence;
	p->paragraph_end = paragraph_end;
	p->ctx = ctx;
}

/* Give out the sentences; with `all` false keep the last one, which the
 * next line may continue. */
static void
give_out(struct vn_para *p, int all)
{
	size_t pos = 0, s, e, next, kept = 0;
	int any = 0;

	while (vn_sentence_next(p->text.data, p->text.len, pos, &s, &e, &next)) {
		if (!all && next >= p->text.len) {
			kept = s;
			break;
		}
		p->sentence(p->ctx, p->text.data + s, e - s);
		any = 1;
		pos = next;
	}
	if (!all) {
		memmove(p->text.data, p->text.data + kept, p->text.len - kept);
		p->text.len -= kept;
		p->last_line = p->last_line > kept ? p->last_line - kept : 0;
		if (p->text.len > p->limit / 2)
			p->limit *= 2;
		return;
	}
	if (any)
		p->paragraph_end(p->ctx);
	vn_buf_clear(&p->text);
	p->last_line = 0;
	p->limit = SOFT_LIMIT;
}

void
vn_para_add(struct vn_para *p, const char *line, size_t len)
{
	const char *s = vn_trim(line, len, &len);

	if (len == 0) {
		give_out(p, 1);
		return;
	}
	if (p->text.len > 0 &&
	    (p->each_line || !vn_line_continues(p->text.data + p->last_line,
	                                        p->text.len - p->last_line, s, len)))
		give_out(p, 1);
	if (p->text.len > 0)
		vn_buf_putc(&p->text, ' ');
	p->last_line = p->text.len;
	vn_buf_append(&p->text, s, len);
	if (p->text.len > p->limit)
		give_out(p, 0);
}

void
vn_para_end(struct vn_para *p)
{
	give_out(p, 1);
}

void
vn_para_free(struct vn_para *p)
{
	vn_buf_free(&p->text);
}
