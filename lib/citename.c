/* Where the issuer's name after "của" ends.
 *
 * Official prose names the issuer right after the number and date
 * ("Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ về …") and goes on
 * with the title, a verb or the next citation. A name is made of nouns
 * (Ban Thường vụ Tỉnh ủy, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh,
 * Bộ Lao động - Thương binh và Xã hội), so it ends at the first word that
 * cannot be part of one: a preposition or verb that starts the title or
 * the clause (về, ban hành, quy định, đã, được …), a punctuation mark, or
 * "và"/"hoặc" that joins the next citation rather than two nouns. */
#include <string.h>

#include "cite.h"
#include "citetok.h"

/* Names longer than this are not names but a missed stop. */
enum { MAX_NAME_WORDS = 20 };

/* Words and phrases that end a name; lower case. Each is a preposition,
 * conjunction, verb or time word that no issuing body's name contains. */
static const char *const name_stops[] = {
	/* prepositions, conjunctions, time words */
	"về", "với", "theo", "tại", "khi", "trong", "đến", "từ", "ngày", "năm",
	"số", "cho", "để", "nhằm", "như", "do", "vào", "tới", "trên", "dưới",
	"sau", "trước", "qua", "bằng", "vì", "bởi", "nhưng", "mà", "thì", "là",
	"nay", "này", "đối với", "kèm theo", "giai đoạn", "thông qua",
	"hiện hành", "liên quan",
	/* auxiliaries and the verbs that open a document's title */
	"đã", "đang", "sẽ", "được", "bị", "cũng", "có", "gồm", "nêu", "đề ra",
	"ban hành", "quy định", "qui định", "hướng dẫn", "phê duyệt", "công bố",
	"sửa đổi", "bổ sung", "bãi bỏ", "thay thế", "thành lập", "kiện toàn",
	"giao", "phân công", "phân cấp", "ủy quyền", "uỷ quyền", "điều chỉnh",
	"thực hiện", "triển khai", "tiếp tục", "tăng cường",
	"đẩy mạnh", "nâng cao", "chấn chỉnh", "công nhận",
	"khen thưởng", "đánh giá", "cho phép", "áp dụng", "ký",
};

/* Names that hold a comma: the ministries and departments of culture
 * and of labour (Bộ Văn hóa, Thể thao và Du lịch; Sở Lao động, Thương
 * binh và Xã hội). A comma before these words does not end the name. */
static const char *const comma_continuations[] = {"thể thao", "thương binh"};

/* The word at i, lower-cased, matched against the first word of each
 * stop before the whole phrase is compared. A capitalized word belongs to
 * the name (Bộ Xây dựng, Ban Tổ chức, Sở Giao thông vận tải); only a
 * stop in small letters, or in the capitals of an upper-case title,
 * ends it. */
static int
stops_name(const char *s, size_t len, size_t i)
{
	char word[48];
	size_t e = vn_tok_word_end(s, len, i), n;
	size_t wl = vn_tok_lower(s, len, i, e, word, sizeof word);

	if (wl == (size_t)-1)
		return 0;
	if (vn_tok_is_upper(vn_tok_cp(s, len, i, &n)) && !vn_tok_all_upper(s, len, i, e))
		return 0;
	for (size_t k = 0; k < sizeof name_stops / sizeof name_stops[0]; k++) {
		const char *p = name_stops[k];
		if (strncmp(p, word, wl) == 0 && (p[wl] == '\0' || p[wl] == ' ') &&
		    vn_tok_phrase_at(s, len, i, p))
			return 1;
	}
	return 0;
}

/* After "và"/"hoặc" at i..e: does the next citation start (a head noun,
 * "số", a number)? Then the conjunction joins citations, not names. */
static int
starts_citation(const char *s, size_t len, size_t i)
{
	size_t n;

	if (i >= len)
		return 1;
	if (vn_tok_is_digit(s[i]) || vn_tok_phrase_at(s, len, i, "số"))
		return 1;
	for (size_t k = 0; k < vn_heads_len; k++)
		if (vn_tok_phrase_at(s, len, i, vn_heads[k].phrase))
			return 1;
	/* "của Tỉnh ủy và của UBND tỉnh" names two issuers: keep the first. */
	return vn_tok_phrase_at(s, len, i, "của") != 0 ||
	       !vn_tok_is_word(vn_tok_cp(s, len, i, &n));
}

struct vn_span
vn_cite_issuer_phrase(const char *s, size_t len, size_t i)
{
	struct vn_span name = {0, 0};
	size_t p = vn_tok_skip_space(s, len, i), words = 0, n;

	name.start = name.end = p;
	while (p < len && words < MAX_NAME_WORDS) {
		uint32_t cp = vn_tok_cp(s, len, p, &n);
		if (vn_tok_is_word(cp)) {
			size_t e = vn_tok_word_end(s, len, p);
			if (words == 0 && !vn_tok_is_letter(cp))
				break; /* a name starts with a letter */
			if (stops_name(s, len, p))
				break;
			/* "V/v" (về việc) opens a title. */
			if (e == p + 1 && (s[p] | 0x20) == 'v' && e < len && s[e] == '/')
				break;
			if (vn_tok_word_is(s, len, p, e, "và") || vn_tok_word_is(s, len, p, e, "hoặc")) {
				if (starts_citation(s, len, vn_tok_skip_space(s, len, e)))
					break;
			}
			name.end = e;
			words++;
			p = vn_tok_skip_space(s, len, e);
			continue;
		}
		if (cp == ',' && words > 0) {
			size_t q = vn_tok_skip_space(s, len, p + 1);
			int goes_on = 0;
			for (size_t k = 0; k < sizeof comma_continuations / sizeof comma_continuations[0]; k++)
				goes_on |= vn_tok_phrase_at(s, len, q, comma_continuations[k]) != 0;
			if (goes_on) {
				p = q;
				continue;
			}
		}
		/* Joiners inside names: "Lao động - Thương binh", "TP.HCM". */
		if ((vn_tok_is_dash(cp) || cp == '&') && words > 0) {
			size_t q = vn_tok_skip_space(s, len, p + n);
			if (q < len && vn_tok_is_word(vn_tok_cp(s, len, q, &n)) && !stops_name(s, len, q)) {
				p = q;
				continue;
			}
		}
		if (cp == '.' && words > 0 && p == name.end && p + 1 < len &&
		    vn_tok_is_letter(vn_tok_cp(s, len, p + 1, &n))) {
			p++;
			continue;
		}
		break;
	}
	if (words == 0)
		name.end = name.start;
	return name;
}
