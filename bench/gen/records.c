/* Synthetic cite and metric records (see records.h). The tables hold a
 * realistic spread of the document types, issuers, units and phrasings of
 * ../shared/design/REFERENCE.md and PIPELINE.md, not an exhaustive list:
 * to-tsv's speed depends on the shape of the records (string and number
 * fields, nulls, multi-byte text), not on which decree they name. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "records.h"
#include "utf8.h"

const char gen_record_fields[] =
	"doc,line,start,end,text,kind,id,system,type,type_code,number,issuer,date,"
	"issuer_name,value,low,high,of,from,to,unit,subject,year";

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct named {
	const char *code, *name;
};

static const struct named state_types[] = {
	{"NĐ", "Nghị định"}, {"QĐ", "Quyết định"}, {"TT", "Thông tư"},
	{"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"KH", "Kế hoạch"},
	{"TB", "Thông báo"}, {"TTLT", "Thông tư liên tịch"},
};
/* The first five issue documents numbered with a year segment
 * (30/2020/NĐ-CP); local bodies number without one (2057/QĐ-UBND). */
enum { CENTRAL_ISSUERS = 5 };
static const struct named state_issuers[] = {
	{"CP", "Chính phủ"}, {"TTg", "Thủ tướng Chính phủ"}, {"BNV", "Bộ Nội vụ"},
	{"BTC", "Bộ Tài chính"}, {"BTTTT", "Bộ Thông tin và Truyền thông"},
	{"UBND", "Ủy ban nhân dân tỉnh"}, {"SKH-VP", "Sở Kế hoạch và Đầu tư"},
	{"STP", "Sở Tư pháp"},
};
static const struct named party_types[] = {
	{"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"KL", "Kết luận"}, {"QĐi", "Quy định"},
	{"HD", "Hướng dẫn"}, {"CTr", "Chương trình"}, {"KH", "Kế hoạch"},
};
static const struct named party_issuers[] = {
	{"TW", "Ban Chấp hành Trung ương"}, {"TU", "Ban Thường vụ Tỉnh ủy"},
	{"BTCTW", "Ban Tổ chức Trung ương"}, {"ĐUK", "Đảng ủy Khối"},
	{"HU", "Ban Thường vụ Huyện ủy"},
};
static const struct {
	const char *issuer, *number;
	unsigned year;
} standards[] = {
	{"ISO", "9001", 2008}, {"ISO", "9001", 2015}, {"TCVN ISO", "9001", 2015},
	{"TCVN", "6909", 2001}, {"ISO", "27001", 2013},
};
static const char *const count_units[] = {
	"hồ sơ", "thủ tục hành chính", "cán bộ", "đảng viên", "chi bộ",
	"cuộc kiểm tra", "văn bản", "đơn vị", "vụ việc", "người",
};
static const char *const ratio_units[] = {"xã", "sở, ngành", "huyện", "đơn vị", "phường"};
static const char *const duration_units[] = {"ngày", "ngày làm việc", "tháng"};
static const char *const subjects[] = {
	"hồ sơ được tiếp nhận qua mạng", "thủ tục hành chính",
	"cán bộ, công chức cấp xã", "hồ sơ giải quyết đúng hạn",
	"dịch vụ công trực tuyến toàn trình", "Chỉ số cải cách hành chính",
	"người dân hài lòng", "kinh phí hiện đại hóa nền hành chính",
};

void
gen_printf(struct vn_buf *out, const char *fmt, ...)
{
	va_list ap;
	char small[256];

	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		vn_buf_append(out, small, (size_t)n);
		return;
	}
	vn_buf_reserve(out, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(out->data + out->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	out->len += (size_t)n;
}

void
gen_json_escape(struct vn_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			vn_buf_putc(out, '\\');
			vn_buf_putc(out, (char)c);
		} else if (c < 0x20) {
			gen_printf(out, "\\u%04x", c);
		} else {
			vn_buf_putc(out, (char)c);
		}
	}
}

void
gen_json_string(struct vn_buf *out, const char *s, size_t len)
{
	vn_buf_putc(out, '"');
	gen_json_escape(out, s, len);
	vn_buf_putc(out, '"');
}

static void
key_string(struct vn_buf *out, const char *key, const char *value)
{
	gen_printf(out, ",\"%s\":", key);
	if (value)
		gen_json_string(out, value, strlen(value));
	else
		vn_buf_append(out, "null", 4);
}

/* A count or a year; 0 stands for null. */
static void
key_uint(struct vn_buf *out, const char *key, unsigned long long value)
{
	if (value)
		gen_printf(out, ",\"%s\":%llu", key, value);
	else
		gen_printf(out, ",\"%s\":null", key);
}

/* The Vietnamese way, which the text fields quote: `.` groups thousands,
 * `,` is the decimal mark (19.853; 80,5). tenths is the number x 10. */
static void
format_vi(char *out, size_t size, unsigned long long tenths)
{
	char digits[32];
	size_t n = (size_t)snprintf(digits, sizeof digits, "%llu", tenths / 10), o = 0;

	for (size_t i = 0; i < n && o + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			out[o++] = '.';
		out[o++] = digits[i];
	}
	if (tenths % 10 && o + 3 < size) {
		out[o++] = ',';
		out[o++] = (char)('0' + tenths % 10);
	}
	out[o] = '\0';
}

/* The JSON number of the same value: 80.5, 19853. */
static void
format_json(char *out, size_t size, unsigned long long tenths)
{
	if (tenths % 10)
		snprintf(out, size, "%llu.%llu", tenths / 10, tenths % 10);
	else
		snprintf(out, size, "%llu", tenths / 10);
}

/* Provenance: doc, line, and start/end as code-point offsets of the text
 * in its line, then kind. */
static void
begin_record(struct gen_rng *rng, struct vn_buf *out, const char *doc, unsigned long line,
             const char *text, const char *kind)
{
	unsigned long start = (unsigned long)gen_rng_below(rng, 300);
	unsigned long end = start + (unsigned long)vn_utf8_count(text, strlen(text));

	vn_buf_append(out, "{\"doc\":", 7);
	gen_json_string(out, doc, strlen(doc));
	gen_printf(out, ",\"line\":%lu,\"start\":%lu,\"end\":%lu", line, start, end);
	key_string(out, "text", text);
	key_string(out, "kind", kind);
}

void
gen_cite_record(struct gen_rng *rng, const char *doc, unsigned long line, struct vn_buf *out)
{
	char id[64], number[16], text[160], date[16];
	const char *system, *type = NULL, *type_code = NULL, *issuer, *issuer_name;
	unsigned year = 0, choice = (unsigned)gen_rng_below(rng, 10);

	if (choice < 6) {
		const struct named *t = &state_types[gen_rng_below(rng, COUNT(state_types))];
		size_t i = gen_rng_below(rng, COUNT(state_issuers));
		/* Only the Government issues decrees (NĐ-CP); it issues
		 * decisions as the Prime Minister (QĐ-TTg). */
		if (strcmp(t->code, "NĐ") == 0)
			i = 0;
		else if (i == 0 && strcmp(t->code, "NQ") != 0)
			i = 1;
		system = "state";
		type = t->name;
		type_code = t->code;
		issuer = state_issuers[i].code;
		issuer_name = state_issuers[i].name;
		snprintf(number, sizeof number, "%u", 1 + (unsigned)gen_rng_below(rng, 3000));
		if (i < CENTRAL_ISSUERS) {
			year = 2005 + (unsigned)gen_rng_below(rng, 20);
			snprintf(id, sizeof id, "%s/%u/%s-%s", number, year, type_code, issuer);
		} else {
			snprintf(id, sizeof id, "%s/%s-%s", number, type_code, issuer);
		}
	} else if (choice < 9) {
		const struct named *t = &party_types[gen_rng_below(rng, COUNT(party_types))];
		const struct named *by = &party_issuers[gen_rng_below(rng, COUNT(party_issuers))];
		system = "party";
		type = t->name;
		type_code = t->code;
		issuer = by->code;
		issuer_name = by->name;
		snprintf(number, sizeof number, "%02u", 1 + (unsigned)gen_rng_below(rng, 99));
		snprintf(id, sizeof id, "%s-%s/%s", number, type_code, issuer);
	} else {
		size_t i = gen_rng_below(rng, COUNT(standards));
		system = "standard";
		issuer = standards[i].issuer;
		issuer_name = NULL;
		year = standards[i].year;
		snprintf(number, sizeof number, "%s", standards[i].number);
		snprintf(id, sizeof id, "%s %s:%u", issuer, number, year);
	}

	if (!type)
		snprintf(text, sizeof text, "%s", id);
	else if (gen_rng_chance(rng, 700))
		snprintf(text, sizeof text, "%s số %s", type, id);
	else
		snprintf(text, sizeof text, "%s %s", type, id);

	int dated = type && gen_rng_chance(rng, 600);
	if (dated) {
		unsigned y = year ? year : 2005 + (unsigned)gen_rng_below(rng, 20);
		snprintf(date, sizeof date, "%04u-%02u-%02u", y, 1 + (unsigned)gen_rng_below(rng, 12),
		         1 + (unsigned)gen_rng_below(rng, 28));
		year = y;
	}
	if (!gen_rng_chance(rng, 500))
		issuer_name = NULL;

	begin_record(rng, out, doc, line, text, "cite");
	key_string(out, "id", id);
	key_string(out, "system", system);
	key_string(out, "type", type);
	key_string(out, "type_code", type_code);
	key_string(out, "number", number);
	key_uint(out, "year", year);
	key_string(out, "issuer", issuer);
	key_string(out, "date", dated ? date : NULL);
	key_string(out, "issuer_name", issuer_name);
	vn_buf_append(out, "}\n", 2);
}

/* A metric's numbers, as tenths; 0 is null except for value, where
 * has_value says. */
struct metric {
	const char *kind, *unit;
	char text[160];
	int has_value;
	long long value;
	unsigned long long low, high, of, from, to;
};

static void
make_metric(struct gen_rng *rng, struct metric *m)
{
	char a[32], b[32];
	unsigned pick = (unsigned)gen_rng_below(rng, 8);

	m->has_value = 1;
	switch (pick) {
	case 0:
		m->kind = "percent";
		if (gen_rng_chance(rng, 150)) {
			m->has_value = 0;
			m->low = 10 * (1 + gen_rng_below(rng, 50));
			m->high = m->low + 10 * (1 + gen_rng_below(rng, 49));
			snprintf(m->text, sizeof m->text, "từ %llu%% đến %llu%%", m->low / 10, m->high / 10);
		} else {
			m->value = (long long)gen_rng_below(rng, 1001);
			format_vi(a, sizeof a, (unsigned long long)m->value);
			snprintf(m->text, sizeof m->text, "%s%% %s", a, count_units[0]);
			m->unit = count_units[0];
		}
		break;
	case 1: {
		static const unsigned long long scale[] = {100, 10000, 1000000};
		m->kind = "count";
		m->unit = count_units[gen_rng_below(rng, COUNT(count_units))];
		m->value = 10 * (long long)(1 + gen_rng_below(rng, scale[gen_rng_below(rng, 3)]));
		format_vi(a, sizeof a, (unsigned long long)m->value);
		snprintf(m->text, sizeof m->text, "%s %s", a, m->unit);
		break;
	}
	case 2:
		m->kind = "ratio";
		m->unit = ratio_units[gen_rng_below(rng, COUNT(ratio_units))];
		m->of = 10 * (2 + gen_rng_below(rng, 60));
		m->value = 10 * (long long)(1 + gen_rng_below(rng, m->of / 10));
		snprintf(m->text, sizeof m->text, "%lld/%llu %s", m->value / 10, m->of / 10, m->unit);
		break;
	case 3:
		m->kind = "rank";
		m->value = 10 * (long long)(1 + gen_rng_below(rng, 19));
		if (gen_rng_chance(rng, 600)) {
			m->of = gen_rng_chance(rng, 500) ? 190 : 630;
			snprintf(m->text, sizeof m->text, "xếp thứ %02lld/%llu", m->value / 10, m->of / 10);
		} else {
			snprintf(m->text, sizeof m->text, "đứng thứ %lld", m->value / 10);
		}
		break;
	case 4:
		m->kind = "rank_change";
		m->value = 10 * (long long)(1 + gen_rng_below(rng, 10));
		if (gen_rng_chance(rng, 300)) {
			snprintf(m->text, sizeof m->text, "giảm %lld bậc", m->value / 10);
			m->value = -m->value;
		} else {
			snprintf(m->text, sizeof m->text, "tăng %02lld bậc", m->value / 10);
		}
		break;
	case 5:
		m->kind = "change";
		m->has_value = 0;
		m->unit = gen_rng_chance(rng, 500) ? "phòng" : "đơn vị";
		m->from = 10 * (2 + gen_rng_below(rng, 30));
		m->to = 10 * (1 + gen_rng_below(rng, m->from / 10 - 1));
		snprintf(m->text, sizeof m->text, "giảm từ %llu xuống còn %llu %s", m->from / 10,
		         m->to / 10, m->unit);
		break;
	case 6:
		m->kind = "money";
		m->unit = "đồng";
		if (gen_rng_chance(rng, 600)) {
			unsigned long long tenths_ty = 1 + gen_rng_below(rng, 5000);
			format_vi(a, sizeof a, tenths_ty);
			snprintf(m->text, sizeof m->text, "%s tỷ đồng", a);
			/* 1 tỷ is 10^9 đồng; value counts tenths of a đồng. */
			m->value = (long long)tenths_ty * 1000000000;
		} else {
			m->value = 10 * 1000 * (long long)(1 + gen_rng_below(rng, 999));
			format_vi(a, sizeof a, (unsigned long long)m->value);
			snprintf(m->text, sizeof m->text, "%s đồng", a);
		}
		break;
	default:
		m->kind = "duration";
		m->unit = duration_units[gen_rng_below(rng, COUNT(duration_units))];
		m->value = 10 * (long long)(1 + gen_rng_below(rng, 30));
		format_vi(b, sizeof b, (unsigned long long)m->value);
		if (gen_rng_chance(rng, 500))
			snprintf(m->text, sizeof m->text, "rút ngắn còn %02lld %s", m->value / 10, m->unit);
		else
			snprintf(m->text, sizeof m->text, "trong %s %s", b, m->unit);
	}
}

static void
key_tenths(struct vn_buf *out, const char *key, int present, long long tenths)
{
	char num[40];

	if (!present) {
		gen_printf(out, ",\"%s\":null", key);
		return;
	}
	format_json(num, sizeof num, (unsigned long long)(tenths < 0 ? -tenths : tenths));
	gen_printf(out, ",\"%s\":%s%s", key, tenths < 0 ? "-" : "", num);
}

void
gen_metric_record(struct gen_rng *rng, const char *doc, unsigned long line, struct vn_buf *out)
{
	struct metric m = {0};

	make_metric(rng, &m);
	const char *subject = gen_rng_chance(rng, 700) ? subjects[gen_rng_below(rng, COUNT(subjects))] : NULL;
	unsigned year = gen_rng_chance(rng, 600) ? 2016 + (unsigned)gen_rng_below(rng, 9) : 0;

	begin_record(rng, out, doc, line, m.text, m.kind);
	key_tenths(out, "value", m.has_value, m.value);
	key_tenths(out, "low", m.low != 0, (long long)m.low);
	key_tenths(out, "high", m.high != 0, (long long)m.high);
	key_tenths(out, "of", m.of != 0, (long long)m.of);
	key_tenths(out, "from", m.from != 0, (long long)m.from);
	key_tenths(out, "to", m.to != 0, (long long)m.to);
	key_string(out, "unit", m.unit);
	key_string(out, "subject", subject);
	key_uint(out, "year", year);
	vn_buf_append(out, "}\n", 2);
}
