/* A growable byte buffer with an explicit length (NUL bytes allowed). */
#ifndef VN_BUF_H
#define VN_BUF_H

#include <stddef.h>

struct vn_buf {
	char *data;
	size_t len;
	size_t cap;
};

/* Make room for `extra` more bytes; dies with a message when memory runs out. */
void vn_buf_reserve(struct vn_buf *b, size_t extra);
void vn_buf_append(struct vn_buf *b, const void *p, size_t n);
void vn_buf_putc(struct vn_buf *b, char c);
void vn_buf_clear(struct vn_buf *b);
void vn_buf_free(struct vn_buf *b);

/* malloc/realloc that die with a message instead of returning NULL. */
void *vn_xmalloc(size_t n);
void *vn_xrealloc(void *p, size_t n);
char *vn_xstrndup(const char *s, size_t n);

#endif
