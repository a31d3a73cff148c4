/* Unit tests for lib/metricword.c: the phrases found before a token, against
 * building every phrase from scratch as the recognizers' lists are read
 * (words joined by spaces, a comma glued to the word before it). */
#include "check.h"

#include "metric.h"
#include "metricint.h"

/* The longest phrase of up to six tokens ending before token i that is in
 * l, built token by token for each length. */
static size_t
reference(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l)
{
	size_t best = 0;

	for (size_t n = 1; n <= 6 && n <= i; n++) {
		char key[256];
		size_t kl = 0, j;
		for (j = i - n; j < i; j++) {
			const struct tok *t = &sc->tok[j];
			if (t->kind == TK_PUNCT && t->cp == ',' && kl > 0 && kl + 1 <= sizeof key) {
				key[kl++] = ',';
				continue;
			}
			size_t kn;
			const char *k = vn_mt_key(sc, j, &kn);
			if (t->kind != TK_WORD || kn == 0 || kl + kn + 1 > sizeof key)
				break;
			if (kl)
				key[kl++] = ' ';
			memcpy(key + kl, k, kn);
			kl += kn;
		}
		if (j == i && sc->tok[i - n].kind == TK_WORD && vn_wordlist_has(l, key, kl))
			best = n;
	}
	return best;
}

static const char *const entries[] = {
	"cán bộ", "cán bộ, công chức", "chi bộ", "khu phố", "mức độ", "tổ dân phố", "xã, phường",
};
enum { NENTRIES = sizeof entries / sizeof entries[0] };
static unsigned char lens[NENTRIES];
static struct vn_wordslot slots[64];
static struct vn_wordindex index_ = {slots, 64, 0};
static const struct vn_wordlist list = {entries, lens, NENTRIES, &index_};

int
main(void)
{
	static const char *const sentences[] = {
		"Toàn huyện có 300 cán bộ, công chức 5 và Tổ dân phố 7, xã, phường 12.",
		"Chi bộ 3 , Khu phố 4 và mức độ 4; cán bộ , công chức, 9 người.",
		", , cán bộ, 2 ,xã,phường 3 CÁN BỘ, CÔNG CHỨC 8",
	};
	struct vn_metric_scanner *sc = vn_metric_scanner_new();
	size_t tried = 0, wrong = 0, found = 0;

	for (size_t k = 0; k < NENTRIES; k++)
		lens[k] = (unsigned char)strlen(entries[k]);
	for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++) {
		sc->s = sentences[k];
		sc->len = strlen(sentences[k]);
		vn_mt_tokenize(sc, 0, sc->len);
		for (size_t i = 0; i <= sc->ntok; i++) {
			size_t want = reference(sc, i, &list);
			tried++;
			found += want > 0;
			wrong += vn_mt_phrase_before(sc, i, &list) != want;
		}
	}
	CHECK(wrong == 0 && found >= 8, "phrases before every token (%zu tokens, %zu found, %zu wrong)",
	      tried, found, wrong);
	vn_metric_scanner_free(sc);
	return check_done();
}
