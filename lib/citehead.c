#include "citehead.h"

#include <string.h>

#include "citetok.h"

/* Words (and single punctuation marks) before a position, nearest first. */
struct back_token {
	size_t start;
	size_t end;
	int is_word;
	uint32_t punct; /* the mark, when not a word */
	int has_digit;
};

/* How far back a head may stand: a law's title ("Luật Tổ chức chính quyền
 * địa phương", 6 words) or a list intro ("Các Quyết định của Ủy ban nhân
 * dân tỉnh Quảng Trị:") fit with room to spare. */
enum { BACK_TOKENS = 20, MAX_MODIFIERS = 3, MAX_TITLE_WORDS = 14, HEAD_WORDS = 4 };
enum { MAX_WORD_BYTES = 64 };

static size_t
collect_back(const char *s, size_t len, size_t end, struct back_token *t, size_t max)
{
	size_t n = 0, pos = end, k;

	while (n < max) {
		size_t p = vn_tok_back_space(s, len, pos);
		if (p == 0)
			break;
		size_t at = vn_tok_prev(s, p);
		uint32_t cp = vn_tok_cp(s, len, at, &k);
		memset(&t[n], 0, sizeof t[n]);
		if (vn_tok_is_word(cp)) {
			size_t ws = vn_tok_word_start_within(s, len, p, MAX_WORD_BYTES);
			if (ws == (size_t)-1)
				break; /* no head or name has a word this long */
			t[n].start = ws;
			t[n].end = p;
			t[n].is_word = 1;
			for (size_t i = ws; i < p; i++)
				if (vn_tok_is_digit(s[i]))
					t[n].has_digit = 1;
			pos = ws;
		} else {
			t[n].start = at;
			t[n].end = p;
			t[n].punct = cp;
			pos = at;
		}
		n++;
	}
	return n;
}

/* The longest head phrase whose last word is t[j] (phrases run back to
 * t[j + words - 1]). */
static int
head_ending_at(const char *s, size_t len, const struct back_token *t, size_t ntok, size_t j,
               struct vn_head_found *h)
{
	char phrase[128], word[48];
	const struct vn_head *best = NULL;
	size_t best_words = 0, n;

	if (!t[j].is_word || t[j].has_digit)
		return 0;
	size_t wl = vn_tok_lower(s, len, t[j].start, t[j].end, word, sizeof word);
	if (wl == (size_t)-1 || !vn_head_ends_with(word, wl))
		return 0;
	for (size_t words = 1; words <= HEAD_WORDS && j + words - 1 < ntok; words++) {
		const struct back_token *first = &t[j + words - 1];
		if (!first->is_word || first->has_digit)
			break;
		size_t pl = 0;
		for (size_t w = words; w-- > 0;) {
			const struct back_token *tw = &t[j + w];
			size_t l = vn_tok_lower(s, len, tw->start, tw->end, phrase + pl,
			                        sizeof phrase - pl - 1);
			if (l == (size_t)-1)
				return best != NULL;
			pl += l;
			if (w > 0)
				phrase[pl++] = ' ';
		}
		phrase[pl] = '\0';
		const struct vn_head *found = vn_head_find(phrase, pl);
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
	struct back_token t[HEAD_WORDS];
	char word[48];

	/* Most numbers follow no head: one word tells. */
	size_t p = vn_tok_back_space(s, len, end);
	size_t ws = vn_tok_word_start_within(s, len, p, sizeof word);
	if (ws == (size_t)-1 || ws == p)
		return 0;
	size_t wl = vn_tok_lower(s, len, ws, p, word, sizeof word);
	if (wl == (size_t)-1 || !vn_head_ends_with(word, wl))
		return 0;
	size_t n = collect_back(s, len, end, t, HEAD_WORDS);

	if (n == 0 || !head_ending_at(s, len, t, n, 0, h))
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
	struct back_token t[BACK_TOKENS];
	size_t n = collect_back(s, len, end, t, BACK_TOKENS);

	if (n == 0)
		return 0;
	if (head_ending_at(s, len, t, n, 0, h)) {
		h->role = VN_ROLE_ADJACENT;
		return 1;
	}
	for (size_t j = 1; j < n; j++) {
		const struct back_token *after = &t[j - 1];
		if (after->has_digit)
			return 0;
		if (!after->is_word && !passable_mark(after->punct) &&
		    !(j == 1 && after->punct == ':'))
			return 0;
		if (!head_ending_at(s, len, t, n, j, h))
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
