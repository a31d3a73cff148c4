#include "citerecord.h"

#include <stdlib.h>

#include "doctype.h"
#include "jsonout.h"

void
vn_cite_free(struct vn_cite *c)
{
	free(c->text);
	free(c->id);
	free(c->type_code);
	free(c->number);
	free(c->issuer);
	free(c->issuer_name);
	c->text = c->id = c->type_code = c->number = c->issuer = c->issuer_name = NULL;
}

static const char *
system_name(int system)
{
	switch (system) {
	case VN_SYS_STATE: return "state";
	case VN_SYS_PARTY: return "party";
	case VN_SYS_STANDARD: return "standard";
	}
	return NULL;
}

void
vn_cite_write_json(const char *doc, const struct vn_cite *c, int with_count)
{
	char iso[11];

	vn_json_begin();
	vn_json_cstr("doc", doc);
	vn_json_int("line", (long long)c->line);
	vn_json_int("start", (long long)c->start);
	vn_json_int("end", (long long)c->end);
	vn_json_str("text", c->text, c->text_len);
	vn_json_cstr("kind", "cite");
	vn_json_cstr("id", c->id);
	vn_json_cstr("system", system_name(c->system));
	vn_json_cstr("type", c->type);
	vn_json_cstr("type_code", c->type_code);
	vn_json_cstr("number", c->number);
	if (c->year)
		vn_json_int("year", c->year);
	else
		vn_json_null("year");
	vn_json_cstr("issuer", c->issuer);
	if (c->date.year) {
		vn_date_iso(&c->date, iso);
		vn_json_cstr("date", iso);
	} else {
		vn_json_null("date");
	}
	vn_json_cstr("issuer_name", c->issuer_name);
	if (with_count)
		vn_json_int("count", (long long)c->count);
	vn_json_end();
}
