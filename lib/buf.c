#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

void *
vn_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		vn_die("out of memory");
	return p;
}

void *
vn_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		vn_die("out of memory");
	return p;
}

char *
vn_xstrndup(const char *s, size_t n)
{
	char *d = vn_xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void
vn_buf_grow(struct vn_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1; /* +1 keeps room for a terminator */

	if (need < b->len)
		vn_die("out of memory");
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap * 2 > cap ? cap * 2 : need;
	b->data = vn_xrealloc(b->data, cap);
	b->cap = cap;
}

void
vn_buf_clear(struct vn_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void
vn_buf_free(struct vn_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
