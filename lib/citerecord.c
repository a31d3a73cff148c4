#include "citerecord.h"

#include <stdlib.h>
#include <string.h>

#include "doctype.h"
#include "jsonout.h"
#include "output.h"

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

/* The record's keys are fixed, so each is written with the comma and
 * quotes around it as one literal piece (PUT(",\"id\":")); values go
 * through the JSON writer's escaping. */
#define PUT(lit) vn_out_write(lit, sizeof lit - 1)

static void
put_string(const char *s)
{
	if (s)
		vn_json_write_string(s, strlen(s));
	else
		PUT("null");
}

void
vn_cite_write_json(const char *doc, const struct vn_cite *c, int with_count)
{
	char iso[11];

	PUT("{\"doc\":");
	put_string(doc);
	PUT(",\"line\":");
	vn_json_write_int((long long)c->line);
	PUT(",\"start\":");
	vn_json_write_int((long long)c->start);
	PUT(",\"end\":");
	vn_json_write_int((long long)c->end);
	PUT(",\"text\":");
	vn_json_write_string(c->text, c->text_len);
	PUT(",\"kind\":\"cite\",\"id\":");
	put_string(c->id);
	PUT(",\"system\":");
	put_string(system_name(c->system));
	PUT(",\"type\":");
	put_string(c->type);
	PUT(",\"type_code\":");
	put_string(c->type_code);
	PUT(",\"number\":");
	put_string(c->number);
	PUT(",\"year\":");
	if (c->year)
		vn_json_write_int(c->year);
	else
		PUT("null");
	PUT(",\"issuer\":");
	put_string(c->issuer);
	PUT(",\"date\":");
	if (c->date.year) {
		vn_date_iso(&c->date, iso);
		vn_json_write_string(iso, 10);
	} else {
		PUT("null");
	}
	PUT(",\"issuer_name\":");
	put_string(c->issuer_name);
	if (with_count) {
		PUT(",\"count\":");
		vn_json_write_int((long long)c->count);
	}
	PUT("}\n");
}
