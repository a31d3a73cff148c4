/* Loading source text into a pool of paragraphs (see pool.h). */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "pool.h"
#include "reader.h"
#include "textvar.h"

static void
add_paragraph(struct gen_pool *pool, const char *s, size_t len)
{
	struct vn_buf clean = {0}, styled = {0}, nfd = {0}, nfd_styled = {0};

	gen_clean(s, len, &clean);
	if (clean.len == 0) {
		vn_buf_free(&clean);
		return;
	}
	gen_tone_style(clean.data, clean.len, 1, &styled);
	gen_nfd(clean.data, clean.len, &nfd);
	gen_nfd(styled.data, styled.len, &nfd_styled);

	if (pool->n == pool->cap) {
		pool->cap = pool->cap ? 2 * pool->cap : 256;
		pool->para = vn_xrealloc(pool->para, pool->cap * sizeof *pool->para);
	}
	struct gen_para *p = &pool->para[pool->n++];
	struct vn_buf *v[GEN_NVARIANTS] = {
		[GEN_CLEAN] = &clean,
		[GEN_NEW_STYLE] = &styled,
		[GEN_NFD] = &nfd,
		[GEN_NFD_NEW_STYLE] = &nfd_styled,
	};
	for (int i = 0; i < GEN_NVARIANTS; i++) {
		p->text[i] = v[i]->data;
		p->len[i] = v[i]->len;
	}
}

int
gen_is_conllu(const char *path)
{
	size_t n = strlen(path);
	return n > 7 && strcmp(path + n - 7, ".conllu") == 0;
}

/* The sentence of a CoNLL-U `# text = ...` comment (UD writes both
 * "# text = " and "# text ="), or NULL for any other line. */
static const char *
conllu_text(const char *line, size_t len, size_t *textlen)
{
	const char *p = line, *end = line + len;

	if (len < 6 || memcmp(p, "# text", 6) != 0)
		return NULL;
	p += 6;
	while (p < end && *p == ' ')
		p++;
	if (p == end || *p != '=')
		return NULL;
	p++;
	while (p < end && *p == ' ')
		p++;
	*textlen = (size_t)(end - p);
	return p;
}

/* Treebank sentences come one per comment; news paragraphs hold a few
 * sentences, so join 3, 4, 5, 3, ... consecutive ones into one line. */
static void
add_conllu(struct gen_pool *pool, struct vn_reader *r)
{
	struct vn_buf para = {0};
	struct vn_line line;
	unsigned sentences = 0, want = 3;

	while (vn_reader_next(r, &line)) {
		size_t n;
		const char *text = line.is_marker ? NULL : conllu_text(line.text, line.len, &n);
		if (!text)
			continue;
		if (para.len)
			vn_buf_putc(&para, ' ');
		gen_detokenize(text, n, &para);
		if (++sentences == want) {
			add_paragraph(pool, para.data, para.len);
			vn_buf_clear(&para);
			sentences = 0;
			want = want == 5 ? 3 : want + 1;
		}
	}
	if (para.len)
		add_paragraph(pool, para.data, para.len);
	vn_buf_free(&para);
}

void
gen_pool_add_file(struct gen_pool *pool, const char *path)
{
	struct vn_reader r;
	struct vn_line line;
	char *operand = (char *)path;

	vn_reader_init(&r, 1, &operand, VN_READ_UTF8);
	if (gen_is_conllu(path)) {
		add_conllu(pool, &r);
	} else {
		while (vn_reader_next(&r, &line))
			if (!line.is_marker)
				add_paragraph(pool, line.text, line.len);
	}
	vn_reader_free(&r);
}

void
gen_pool_free(struct gen_pool *pool)
{
	for (size_t i = 0; i < pool->n; i++)
		for (int v = 0; v < GEN_NVARIANTS; v++)
			free(pool->para[i].text[v]);
	free(pool->para);
	pool->para = NULL;
	pool->n = pool->cap = 0;
}
