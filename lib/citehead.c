#include "citehead.h"

#include <string.h>

#include "citetok.h"

/* How far back a head may stand: a law's title ("Luật Tổ chức chính quyền
 * địa phương", 6 words) or a list intro ("Các Quyết định của Ủy ban nhân
 * dân tỉnh Quảng Trị:") fit with room to spare. */
enum { BACK_TOKENS = 20, MAX_MODIFIERS = 3, MAX_TITLE_WORDS = 14, HEAD_WORDS = 4 };
/* No head or name has a longer word. Lower-casing may make a word longer
 * (U+023A Ⱥ, two bytes, becomes ⱥ, three); one that still does not fit
 * is no head word. */
enum { MAX_WORD_BYTES = 64, MAX_LOWER_BYTES = MAX_WORD_BYTES * 3 / 2 + 1 };

/* Words (and single punctuation marks) before a position, nearest first. */
struct back_token {
	size_t start;
	size_t end;
	int is_word;
	uint32_t punct; /* the mark, when not a word */
	int has_digit;
	int lowered;    /* lower[0..lower_len) holds the word in small letters */
	size_t lower_len;
	char lower[MAX_LOWER_BYTES + 1];
};

/* The tokens before a position, collected as they are asked for: most
 * looks back stop after a word or two (a digit, a mark that ends the
 * search, a head found). */
struct back_tokens {
	const char *s;
	size_t len;
	size_t pos;   /* where the next token ends */
	size_t max;   /* tokens to collect at most */
	int ended;    /* the line's start or an overlong word was reached */
	size_t n;
	struct back_token t[BACK_TOKENS];
};

static void
back_tokens_start(struct back_tokens *b, const char *s, size_t len, size_t end, size_t max)
{
	b->s = s;
	b->len = len;
	b->pos = end;
	b->max = max;
	b->ended = 0;
	b->n = 0;
}

/* Collect one more token; 0 when there is none. */
static int
collect_one(struct back_tokens *b)
{
	const char *s = b->s;
	size_t len = b->len, k;
	struct back_token *t = &b->t[b->n];

	if (b->ended || b->n == b->max)
		return 0;
	size_t p = vn_tok_back_space(s, len, b->pos);
	if (p == 0) {
		b->ended = 1;
		return 0;
	}
	size_t at = vn_tok_prev(s, p);
	uint32_t cp = vn_tok_cp(s, len, at, &k);
	t->is_word = t->has_digit = t->lowered = 0;
	t->punct = 0;
	if (vn_tok_is_word(cp)) {
		size_t ws = vn_tok_word_start_within(s, len, p, MAX_WORD_BYTES);
		if (ws == (size_t)-1) {
			b->ended = 1; /* no head or name has a word this long */
			return 0;
		}
		t->start = ws;
		t->end = p;
		t->is_word = 1;
		for (size_t i = ws; i < p; i++)
			if (vn_tok_is_digit(s[i]))
				t->has_digit = 1;
		b->pos = ws;
	} else {
		t->start = at;
		t->end = p;
		t->punct = cp;
		b->pos = at;
	}
	b->n++;
	return 1;
}

/* True when token k exists (collecting up to it). */
static int
has_token(struct back_tokens *b, size_t k)
{
	while (b->n <= k)
		if (!collect_one(b))
			return 0;
	return 1;
}

/* Can the word that ends at p be the last word of a head phrase? Its
 * last two letters tell most words apart. */
static int
may_end_head(const char *s, size_t len, size_t p)
{
	size_t at = vn_tok_prev(s, p), n;
	uint32_t last = vn_tok_lower_cp(vn_tok_cp(s, len, at, &n)), before = 0;

	if (at > 0) {
		uint32_t cp = vn_tok_cp(s, len, vn_tok_prev(s, at), &n);
		if (vn_tok_is_word(cp))
			before = vn_tok_lower_cp(cp);
	}
	return vn_head_may_end_in(before, last);
}

/* Word token k in small letters (lower-cased once, however many phrases
 * it is tried in) and its length in *n; NULL when it does not fit. */
static const char *
token_lower(struct back_tokens *b, size_t k, size_t *n)
{
	struct back_token *t = &b->t[k];

	if (!t->lowered) {
		t->lower_len = vn_tok_lower(b->s, b->len, t->start, t->end, t->lower, sizeof t->lower);
		t->lowered = 1;
	}
	*n = t->lower_len;
	return t->lower_len == (size_t)-1 ? NULL : t->lower;
}

/* The longest head phrase whose last word is t[j] (phrases run back to
 * t[j + words - 1]). The phrase is built from its end, a word in front
 * at each step. */
static int
head_ending_at(struct back_tokens *b, size_t j, struct vn_head_found *h)
{
	const char *s = b->s;
	const struct back_token *t = b->t;
	size_t len = b->len;
	char phrase[128];
	const struct vn_head *best = NULL;
	size_t best_words = 0, n, start = sizeof phrase, wl;

	if (!t[j].is_word || t[j].has_digit || !may_end_head(s, len, t[j].end))
		return 0;
	const char *word = token_lower(b, j, &wl);
	size_t most = word ? vn_head_words_ending_with(word, wl) : 0;
	if (most > HEAD_WORDS)
		most = HEAD_WORDS;
	for (size_t words = 1; words <= most && has_token(b, j + words - 1); words++) {
		const struct back_token *first = &t[j + words - 1];
		if (!first->is_word || first->has_digit)
			break;
		word = token_lower(b, j + words - 1, &wl);
		if (!word || wl + (words > 1) > start)
			break; /* longer than any head phrase */
		if (words > 1)
			phrase[--start] = ' ';
		start -= wl;
		memcpy(phrase + start, word, wl);
		const struct vn_head *found = vn_head_find(phrase + start, sizeof phrase - start);
		if (found) {
			best = found;
			best_words = words;
		}
	}
	if (!best)
		return 0;
	memset(h, 0, sizeof *h);
	h->info = best;
	h->head.start = t[j + best_words - 1].start;
	h->head.end = t[j].end;
	h->capitalized = vn_tok_is_upper(vn_tok_cp(s, len, h->head.start, &n));
	return 1;
}

int
vn_head_adjacent(const char *s, size_t len, size_t end, struct vn_head_found *h)
{
	struct back_tokens b;

	/* Most numbers follow no head: the last two letters of the word
	 * before tell, and else the word. */
	size_t p = vn_tok_back_space(s, len, end);
	if (p == 0 || !may_end_head(s, len, p))
		return 0;
	back_tokens_start(&b, s, len, end, HEAD_WORDS);
	if (!has_token(&b, 0) || !head_ending_at(&b, 0, h))
		return 0;
	h->role = VN_ROLE_ADJACENT;
	return 1;
}

/* A mark that may stand between a head and its number: commas in titles
 * and names ("Luật Cán bộ, công chức"), joiners in names ("Lao động -
 * Thương binh và Xã hội"). */
static int
passable_mark(uint32_t cp)
{
	return cp == ',' || cp == '&' || vn_tok_is_dash(cp);
}

int
vn_head_before(const char *s, size_t len, size_t end, struct vn_head_found *h)
{
	struct back_tokens b;
	const struct back_token *t = b.t;

	back_tokens_start(&b, s, len, end, BACK_TOKENS);
	if (!has_token(&b, 0))
		return 0;
	if (head_ending_at(&b, 0, h)) {
		h->role = VN_ROLE_ADJACENT;
		return 1;
	}
	for (size_t j = 1; has_token(&b, j); j++) {
		const struct back_token *after = &t[j - 1];
		if (after->has_digit)
			return 0;
		if (!after->is_word && !passable_mark(after->punct) &&
		    !(j == 1 && after->punct == ':'))
			return 0;
		if (!head_ending_at(&b, j, h))
			continue;
		if (!h->info->type || !h->capitalized)
			return 0;
		int colon = !t[0].is_word && t[0].punct == ':';
		if (after->is_word && vn_tok_word_is(s, len, after->start, after->end, "của")) {
			/* Head của NAME [:] — the name ends before the colon. */
			size_t last = colon ? 1 : 0;
			if (j < 2 + last || !t[last].is_word)
				return 0;
			h->role = VN_ROLE_INTRO;
			h->intro_issuer.start = t[j - 2].start;
			h->intro_issuer.end = t[last].end;
			return 1;
		}
		if (colon)
			return 0;
		int all_words = 1;
		for (size_t k = 0; k < j; k++)
			if (!t[k].is_word || vn_tok_word_is(s, len, t[k].start, t[k].end, "của"))
				all_words = 0;
		if (all_words && j <= MAX_MODIFIERS) {
			h->role = VN_ROLE_MODIFIED;
			return 1;
		}
		if ((h->info->flags & VN_HEAD_TITLED) && j <= MAX_TITLE_WORDS) {
			h->role = VN_ROLE_TITLED;
			return 1;
		}
		return 0;
	}
	return 0;
}
