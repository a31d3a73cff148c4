#include "segout.h"

#include <string.h>

#include "output.h"

void
vn_write_words(const char *s, const struct vn_tokens *t, const unsigned char *starts, char end)
{
	for (size_t i = 0; i < t->n; i++) {
		if (i > 0)
			vn_out_putc(starts[i] ? ' ' : '_');
		vn_out_write(s + t->v[i].start, t->v[i].len);
	}
	if (end)
		vn_out_putc(end);
}

size_t
vn_word_piece(const char *s, size_t len, int *at_space)
{
	size_t k = VN_WORD_PIECE;

	*at_space = 0;
	if (len <= VN_WORD_PIECE)
		return len;
	while (k > VN_WORD_PIECE / 2 && s[k] != ' ' && s[k] != '\t')
		k--;
	if (s[k] == ' ' || s[k] == '\t') {
		*at_space = 1;
		return k;
	}
	for (k = VN_WORD_PIECE; k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80; k--)
		;
	return k;
}

void
vn_write_conllu(const char *doc, unsigned long n, const char *s, size_t len,
                const struct vn_tokens *t, const unsigned char *starts)
{
	unsigned long id = 0;

	vn_out_str("# sent_id = ");
	if (doc) {
		vn_out_str(doc);
		vn_out_putc('-');
	}
	vn_out_ulong(n);
	vn_out_str("\n# text = ");
	vn_out_write(s, len);
	vn_out_putc('\n');
	for (size_t i = 0; i < t->n;) {
		size_t j = i + 1;
		while (j < t->n && !starts[j])
			j++;
		vn_out_ulong(++id);
		vn_out_putc('\t');
		for (size_t k = i; k < j; k++) {
			if (k > i)
				vn_out_putc(' ');
			vn_out_write(s + t->v[k].start, t->v[k].len);
		}
		vn_out_str("\t_\t_\t_\t_\t_\t_\t_\t");
		vn_out_str(j < t->n && !t->v[j].space_before ? "SpaceAfter=No\n" : "_\n");
		i = j;
	}
	vn_out_putc('\n');
}
