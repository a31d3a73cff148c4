/* A metric as a JSON Lines record (PIPELINE.md: the provenance, then
 * kind value low high of from to unit subject year, null when absent). */
#include <string.h>

#include "jsonout.h"
#include "metric.h"
#include "output.h"

/* lit, a string literal, at p + o; returns the offset after it. */
#define PUT_LIT(p, o, lit) (memcpy((p) + (o), lit, sizeof lit - 1), (o) + sizeof lit - 1)

/* The key (with the comma before it) and v at p + o, null when v is NAN
 * (absent); returns the offset after them. */
#define PUT_NUMBER(p, o, key, v) put_number(p, PUT_LIT(p, o, key), v)

static size_t
put_number(char *p, size_t o, double v)
{
	size_t n = vn_json_format_double(v, p + o);

	return n ? o + n : PUT_LIT(p, o, "null");
}

/* ,"value":N,"low":N,"high":N,"of":N,"from":N,"to":N,"unit": */
enum { NUMBERS_ROOM = 64 + 6 * VN_JSON_NUMBER_MAX };
_Static_assert((int)NUMBERS_ROOM <= (int)VN_OUT_ROOM_MAX, "the numbers are built in the output's room");

static void
put_string_or_null(const char *s, size_t len)
{
	if (s)
		vn_json_write_string(s, len);
	else
		vn_out_write("null", 4);
}

void
vn_metric_write_json(const struct vn_line *line, const struct vn_metric *m)
{
	vn_json_begin();
	vn_json_provenance(line, m->start, m->end);
	vn_json_cstr("kind", m->kind);
	/* The fixed keys and the six numbers, mostly null, are built in
	 * place in one piece: a record every few hundred bytes of a report,
	 * and a call per field cost a tenth of the tool's time. */
	char *p = vn_out_room(NUMBERS_ROOM);
	size_t o = PUT_NUMBER(p, 0, ",\"value\":", m->value);
	o = PUT_NUMBER(p, o, ",\"low\":", m->low);
	o = PUT_NUMBER(p, o, ",\"high\":", m->high);
	o = PUT_NUMBER(p, o, ",\"of\":", m->of);
	o = PUT_NUMBER(p, o, ",\"from\":", m->from);
	o = PUT_NUMBER(p, o, ",\"to\":", m->to);
	o = PUT_LIT(p, o, ",\"unit\":");
	vn_out_commit(o);
	put_string_or_null(m->unit, m->unit_len);
	vn_out_write(",\"subject\":", 11);
	put_string_or_null(m->subject, m->subject_len);
	p = vn_out_room(16 + VN_JSON_NUMBER_MAX);
	o = PUT_LIT(p, 0, ",\"year\":");
	o = m->year ? o + vn_json_format_int(m->year, p + o) : PUT_LIT(p, o, "null");
	o = PUT_LIT(p, o, "}\n");
	vn_out_commit(o);
}
