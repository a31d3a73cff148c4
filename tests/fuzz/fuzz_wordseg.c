/* Fuzz the word segmenter as vn-segment -w runs it on one sentence
 * (vn_word_piece, vn_tokenize, vn_wordseg_tag with the built-in model,
 * vn_write_words), after the repair to UTF-8 that vn-segment's reader does: tokens are in bounds, in order, not empty, hold no
 * white space, and only white space (vnchar.h) lies between them, so
 * together they cover the sentence's other characters exactly;
 * space_before says whether white space came before; the first token
 * starts a word; and the words written hold the sentence's characters
 * other than white space and `_`, in order, nothing else.
 * The model is loaded once and only read (vn_wordseg_tag does not change
 * it); the work arrays are per input.
 * fuzz-seeds: text */
#include <string.h>

#include "fuzz.h"
#include "segout.h"
#include "token.h"
#include "vnchar.h"
#include "wordseg.h"
#include "wordseg_data.h"

static const struct vn_wordseg_model *
model(void)
{
	static struct vn_wordseg_model m;
	static int loaded;
	char err[128];

	if (!loaded) {
		if (vn_wordseg_model_load(&m, vn_wordseg_model, vn_wordseg_model_len, err) != 0) {
			fprintf(stderr, "built-in model: %s\n", err);
			abort();
		}
		loaded = 1;
	}
	return &m;
}

/* True when s[0..len) is all white space as the tokenizer sees it. */
static int
all_space(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = vn_char_next(s + i, len - i, &cp);
		if (vn_char_class(cp) != VN_CH_SPACE)
			return 0;
		i += n;
	}
	return 1;
}

/* Append s[0..len) without white space and `_`. */
static void
squeeze_input(const char *s, size_t len, struct vn_buf *out)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = vn_char_next(s + i, len - i, &cp);
		if (vn_char_class(cp) != VN_CH_SPACE && !(n == 1 && s[i] == '_'))
			vn_buf_append(out, s + i, n);
		i += n;
	}
}

static void
check_tokens(const char *s, size_t len, const struct vn_tokens *t)
{
	size_t prev = 0;
	for (size_t i = 0; i < t->n; i++) {
		const struct vn_token *k = &t->v[i];
		FUZZ_ASSERT(k->len > 0 && k->start >= prev && k->start + k->len <= len);
		FUZZ_ASSERT(all_space(s + prev, k->start - prev));
		FUZZ_ASSERT(!k->space_before == (k->start == prev));
		for (size_t j = k->start; j < k->start + k->len;) {
			uint32_t cp;
			j += vn_char_next(s + j, k->start + k->len - j, &cp);
			FUZZ_ASSERT(vn_char_class(cp) != VN_CH_SPACE);
		}
		prev = k->start + k->len;
	}
	FUZZ_ASSERT(all_space(s + prev, len - prev));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct vn_wordseg_model *m = model();
	struct vn_buf text = {0};
	/* vn-segment reads through the reader, which repairs invalid UTF-8. */
	vn_utf8_repair(fuzz_bytes(data), size, &text);
	const char *s = text.data ? text.data : "";
	size_t len = text.len;
	struct vn_tokens tokens = {0};
	struct vn_wordseg_work work = {0};
	struct vn_buf want = {0}, got = {0};
	unsigned char *starts = NULL;

	squeeze_input(s, len, &want);
	fuzz_stdout_begin();
	for (;;) {
		int at_space;
		size_t piece = vn_word_piece(s, len, &at_space);
		FUZZ_ASSERT(piece <= len && (piece > 0 || len == 0));
		vn_tokenize(s, piece, &tokens);
		check_tokens(s, piece, &tokens);
		starts = vn_xrealloc(starts, tokens.n + 1);
		vn_wordseg_tag(m, s, &tokens, &work, starts);
		FUZZ_ASSERT(tokens.n == 0 || starts[0]);
		vn_write_words(s, &tokens, starts, piece == len ? '\n' : at_space ? ' ' : 0);
		if (piece == len)
			break;
		s += piece + at_space;
		len -= piece + at_space;
	}
	size_t outlen;
	char *out = fuzz_stdout_end(&outlen);
	for (size_t i = 0; i < outlen; i++)
		if (out[i] != ' ' && out[i] != '_' && out[i] != '\n')
			vn_buf_putc(&got, out[i]);
	FUZZ_ASSERT(got.len == want.len && (got.len == 0 || memcmp(got.data, want.data, got.len) == 0));

	free(out);
	free(starts);
	vn_tokens_free(&tokens);
	vn_wordseg_work_free(&work);
	vn_buf_free(&want);
	vn_buf_free(&got);
	vn_buf_free(&text);
	return 0;
}
