/* Unit tests for lib/vnnumber.c: Vietnamese numerals in digits and words.
 * ICU's `vi` spell-out rules (CLDR) serve as an oracle for the words:
 * every number ICU spells must read back to itself. */
#include "check.h"

#include <math.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "vnnumber.h"

static double
value_of(const char *s, size_t *len, unsigned *flags)
{
	struct vn_number n;
	size_t got = vn_number_parse(s, strlen(s), &n);

	if (len)
		*len = got;
	if (flags)
		*flags = n.flags;
	return got ? n.value : -1;
}

#define READS(text, want)                                                       \
	do {                                                                    \
		size_t len_;                                                    \
		double v_ = value_of(text, &len_, NULL);                        \
		CHECK(fabs(v_ - (want)) < 1e-9 && len_ == strlen(text),         \
		      "\"%s\" reads %.10g (got %.10g, %zu bytes)", text,        \
		      (double)(want), v_, len_);                                \
	} while (0)

#define READS_PREFIX(text, want, prefix)                                        \
	do {                                                                    \
		size_t len_;                                                    \
		double v_ = value_of(text, &len_, NULL);                        \
		CHECK(fabs(v_ - (want)) < 1e-9 && len_ == strlen(prefix),       \
		      "\"%s\" reads %.10g from \"%s\" (got %.10g, %zu bytes)",  \
		      text, (double)(want), prefix, v_, len_);                  \
	} while (0)

static void
digits(void)
{
	READS("19.853", 19853);
	READS("80,5", 80.5);
	READS("1.234,56", 1234.56);
	READS("1.200.000", 1200000);
	READS("04", 4);
	READS("0,77", 0.77);
	READS("2.023", 2023);
	READS("54.9", 54.9); /* a dot before other than three digits is a decimal point */
	READS("1.2", 1.2);
	READS("88,35", 88.35);
	READS_PREFIX("12/16", 12, "12");
	READS_PREFIX("25-40%", 25, "25");
	READS_PREFIX("1,3,4", 1, "1"); /* a list of labels, not 1.3 */
	READS_PREFIX("0912.345.678", 912, "0912"); /* no thousands group after a leading zero */
	READS_PREFIX("1.2.3", 1, "1");
	READS_PREFIX("2019. Trong", 2019, "2019");
	READS_PREFIX("80,5%", 80.5, "80,5");

	unsigned f;
	value_of("04", NULL, &f);
	CHECK(f & VN_NUM_LEADING_ZERO, "04 has a leading zero");
	value_of("2017", NULL, &f);
	CHECK(f & VN_NUM_PLAIN, "2017 is plain digits");
	value_of("19.853", NULL, &f);
	CHECK((f & VN_NUM_GROUPED) && !(f & VN_NUM_PLAIN), "19.853 is grouped");
	value_of("1,3,4", NULL, &f);
	CHECK(f & VN_NUM_LIST, "1,3,4 is flagged as a list");
}

static void
scales(void)
{
	READS("1,5 tỷ", 1.5e9);
	READS("1,5 tỉ", 1.5e9);
	READS("3 triệu", 3e6);
	READS("2 nghìn", 2000);
	READS("2 ngàn", 2000);
	READS("12 nghìn tỷ", 12e12);
	READS("1 tỷ 200 triệu", 1.2e9);
	READS("3 trăm", 300);
	READS("1,5_tỷ", 1.5e9); /* word-segmented */
	READS_PREFIX("500.000 đồng", 500000, "500.000");
	READS_PREFIX("2020 tỷ lệ", 2020, "2020");   /* tỷ lệ is "rate" */
	READS_PREFIX("5 tỷ trọng", 5, "5");
	READS_PREFIX("2017 Triệu Đức Văn", 2017, "2017"); /* a surname */
	READS_PREFIX("1 tỷ 2 tỷ", 1e9, "1 tỷ");          /* scales must fall */
	READS("1,5 TỶ", 1.5e9);                         /* a headline in capitals */
	READS("3 TRIỆU", 3e6);
	READS("2 nghi\xcc\x80n", 2000);                  /* NFD */
	READS("4 ti\xcc\x89", 4e9);
	READS_PREFIX("12 người", 12, "12");            /* n, t: no scale word */
	READS_PREFIX("12 tháng", 12, "12");
}

static void
words_(void)
{
	READS("hai", 2);
	READS("Hai", 2);
	READS("mười", 10);
	READS("mười lăm", 15);
	READS("hai mươi mốt", 21);
	READS("hai mươi tư", 24);
	READS("ba mươi lăm", 35);
	READS("một trăm linh năm", 105);
	READS("một trăm lẻ năm", 105);
	READS("hai chục", 20);
	READS("hai trăm ngàn", 200000);
	READS("một tỉ", 1e9);
	READS("một triệu hai trăm nghìn", 1200000);
	READS("hai mươi mốt nghìn không trăm mười một", 21011);
	READS("năm trăm", 500);
	READS("năm nghìn", 5000);
	READS("ba chục nghìn", 30000);
	READS("hai_mươi_mốt", 21);
	READS_PREFIX("hai đơn vị", 2, "hai");
	READS_PREFIX("mười năm", 10, "mười");          /* ten years, not 15 */
	READS_PREFIX("hai mươi năm qua", 20, "hai mươi"); /* twenty years */
	READS_PREFIX("hai nghìn ba đơn vị", 2000, "hai nghìn");
	READS_PREFIX("Hai Bà Trưng", 2, "Hai");
	CHECK(value_of("năm", NULL, NULL) < 0, "a lone \"năm\" is the word year");
	CHECK(value_of("năm 2017", NULL, NULL) < 0, "\"năm 2017\" is no numeral");
	CHECK(value_of("không", NULL, NULL) < 0, "a lone \"không\" is the word not");
	CHECK(value_of("trăm", NULL, NULL) < 0, "\"trăm\" alone is no numeral");
	CHECK(value_of("hail", NULL, NULL) < 0, "a word must match whole");
	CHECK(value_of("tư", NULL, NULL) < 0, "\"tư\" alone is no numeral");

	unsigned f;
	value_of("một", NULL, &f);
	CHECK(f & VN_NUM_BARE_ONE, "a lone một is flagged (an article)");
	value_of("một trăm", NULL, &f);
	CHECK(!(f & VN_NUM_BARE_ONE), "một trăm is a number");
	/* NFD input: ư = u + U+031B, ờ = o + U+031B + U+0300. */
	READS("mu\xcc\x9bo\xcc\x9b\xcc\x80i", 10);
}

/* Every number ICU spells in Vietnamese must read back to itself, except
 * the lone "năm" and "không" the parser declines on purpose. */
static void
icu_oracle(void)
{
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, "vi", NULL, &st);
	static const long long big[] = {1000, 1005, 1010, 1100, 2024, 10000, 21011, 100000,
	                                200000, 999999, 1000000, 1200000, 3000000, 1000000000,
	                                1500000000, 2000000000000LL};
	int bad = 0, tried = 0;

	CHECK(U_SUCCESS(st), "ICU opens the vi spell-out rules");
	if (U_FAILURE(st))
		return;
	for (long long v = 1; v < 1000 + (long long)(sizeof big / sizeof big[0]); v++) {
		long long n = v < 1000 ? v : big[v - 1000];
		UChar u[256];
		char s[512];
		int32_t ul, sl;
		st = U_ZERO_ERROR;
		ul = unum_formatInt64(fmt, n, u, 256, NULL, &st);
		u_strToUTF8(s, sizeof s, &sl, u, ul, &st);
		if (U_FAILURE(st) || n == 5)
			continue;
		tried++;
		size_t len;
		double got = value_of(s, &len, NULL);
		if (got != (double)n || len != strlen(s)) {
			if (bad++ < 5)
				printf("# ICU spells %lld as \"%s\"; read %.0f (%zu of %zu bytes)\n",
				       n, s, got, len, strlen(s));
		}
	}
	CHECK(bad == 0, "reads back all %d numbers ICU spells (%d differ)", tried, bad);
	unum_close(fmt);
}

int
main(void)
{
	digits();
	scales();
	words_();
	icu_oracle();
	return check_done();
}
