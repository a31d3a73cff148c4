/* A growable byte buffer with an explicit length (NUL bytes allowed). */
#ifndef VN_BUF_H
#define VN_BUF_H

#include <stddef.h>
#include <string.h>

struct vn_buf {
	char *data;
	size_t len;
	size_t cap;
};

/* Grow b to hold `extra` more bytes and a terminator; dies with a message
 * when memory runs out. Called by vn_buf_reserve only when b is full. */
void vn_buf_grow(struct vn_buf *b, size_t extra);

/* The three below are inline: the normalization steps call them for every
 * few bytes they write, and the room is almost always there already. */

/* Make room for `extra` more bytes; dies with a message when memory runs out. */
static inline void
vn_buf_reserve(struct vn_buf *b, size_t extra)
{
	/* Room for extra bytes and the terminator; len < cap whenever cap > 0. */
	if (extra >= b->cap - b->len)
		vn_buf_grow(b, extra);
}

static inline void
vn_buf_append(struct vn_buf *b, const void *p, size_t n)
{
	vn_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
vn_buf_putc(struct vn_buf *b, char c)
{
	vn_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void vn_buf_clear(struct vn_buf *b);
void vn_buf_free(struct vn_buf *b);

/* malloc/realloc that die with a message instead of returning NULL. */
void *vn_xmalloc(size_t n);
void *vn_xrealloc(void *p, size_t n);
char *vn_xstrndup(const char *s, size_t n);

#endif
