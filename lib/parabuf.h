/* Gathering input lines into paragraphs and giving out their sentences:
 * a blank line ends a paragraph, a line that continues the last one
 * (vn_line_continues) is joined to it with a space, any other line starts
 * a new one, or every line does (each_line). */
#ifndef VN_PARABUF_H
#define VN_PARABUF_H

#include <stddef.h>

#include "buf.h"

struct vn_para {
	struct vn_buf text;
	size_t last_line;  /* where the last line starts in text */
	size_t limit;      /* give out finished sentences beyond this size */
	int each_line;
	/* Called for each sentence, then once at the end of a paragraph that
	 * had any. */
	void (*sentence)(void *ctx, const char *s, size_t len);
	void (*paragraph_end)(void *ctx);
	void *ctx;
};

void vn_para_init(struct vn_para *p, int each_line, void (*sentence)(void *, const char *, size_t),
                  void (*paragraph_end)(void *), void *ctx);
/* Add one line (without its end of line). */
void vn_para_add(struct vn_para *p, const char *line, size_t len);
/* End the paragraph: give out all its sentences. */
void vn_para_end(struct vn_para *p);
void vn_para_free(struct vn_para *p);

#endif
