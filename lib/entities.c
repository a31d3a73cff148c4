#include "entities.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

struct vn_entity {
	const char *name;
	uint32_t cp, cp2;
};

#include "html_entities.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* HTML reads &#128;..&#159; as the windows-1252 characters (HTML5 §13.2.5.80);
 * 0 where windows-1252 leaves the byte undefined. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

struct name_key {
	const char *s;
	size_t len;
};

static int
compare_entity(const void *key, const void *elem)
{
	const struct name_key *k = key;
	const char *name = ((const struct vn_entity *)elem)->name;
	int c = strncmp(k->s, name, k->len);

	return c ? c : name[k->len] ? -1 : 0;
}

/* A character a reference may stand for here: no C0 control but tab (a
 * decoded line break would split the line), no surrogate, no NUL. */
static int
acceptable(uint32_t cp)
{
	return (cp >= 0x20 || cp == '\t') && cp != 0x7F && !(cp >= 0xD800 && cp <= 0xDFFF) &&
	       cp <= 0x10FFFF;
}

/* Parse the reference whose '&' is just before s[0..len); on success set
 * the code points and return the bytes used after the '&' (up to ';'). */
static size_t
parse_reference(const char *s, size_t len, uint32_t *cp, uint32_t *cp2)
{
	size_t i = 0;

	*cp2 = 0;
	if (len > 0 && s[0] == '#') {
		int hex = len > 1 && (s[1] == 'x' || s[1] == 'X');
		uint32_t v = 0;
		size_t digits = 0;
		i = hex ? 2 : 1;
		for (; i < len && digits < 8; i++, digits++) {
			char c = s[i];
			unsigned d;
			if (c >= '0' && c <= '9')
				d = (unsigned)(c - '0');
			else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				d = (unsigned)((c | 0x20) - 'a' + 10);
			else
				break;
			v = v * (hex ? 16 : 10) + d;
		}
		if (digits == 0 || i >= len || s[i] != ';')
			return 0;
		if (v >= 0x80 && v <= 0x9F && cp1252_c1[v - 0x80])
			v = cp1252_c1[v - 0x80];
		if (!acceptable(v))
			return 0;
		*cp = v;
		return i + 1;
	}
	while (i < len && i < 40 && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
	                             (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == 0 || i >= len || s[i] != ';')
		return 0;
	struct name_key key = {s, i};
	const struct vn_entity *e = bsearch(&key, vn_entities, NELEM(vn_entities),
	                                    sizeof vn_entities[0], compare_entity);
	if (!e || !acceptable(e->cp))
		return 0;
	*cp = e->cp;
	*cp2 = e->cp2;
	return i + 1;
}

static size_t
decode_pass(const char *s, size_t len, struct vn_buf *out)
{
	size_t decoded = 0, i = 0;
	char enc[4];

	vn_buf_reserve(out, len);
	while (i < len) {
		const char *amp = memchr(s + i, '&', len - i);
		if (!amp) {
			vn_buf_append(out, s + i, len - i);
			break;
		}
		size_t at = (size_t)(amp - s);
		vn_buf_append(out, s + i, at - i);
		i = at + 1;
		/* A reference that decodes to '&' starts another one where it
		 * ends: &amp;agrave; is à, as decoding twice would give. */
		for (;;) {
			uint32_t cp, cp2;
			size_t used = parse_reference(s + i, len - i, &cp, &cp2);
			if (used == 0) {
				vn_buf_putc(out, '&');
				break;
			}
			i += used;
			decoded++;
			if (cp == '&' && cp2 == 0)
				continue;
			vn_buf_append(out, enc, vn_utf8_encode(cp, enc));
			if (cp2)
				vn_buf_append(out, enc, vn_utf8_encode(cp2, enc));
			break;
		}
	}
	return decoded;
}

int
vn_entities_present(const char *s, size_t len)
{
	for (const char *amp = memchr(s, '&', len); amp;
	     amp = memchr(amp + 1, '&', len - (size_t)(amp + 1 - s))) {
		uint32_t cp, cp2;
		if (parse_reference(amp + 1, len - (size_t)(amp + 1 - s), &cp, &cp2))
			return 1;
	}
	return 0;
}

size_t
vn_entities_decode(const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf pass;
	size_t start = out->len;

	if (!memchr(s, '&', len)) {
		vn_buf_append(out, s, len);
		return 0;
	}
	size_t total = decode_pass(s, len, out);
	/* Rarely a decoded character completes a new reference (&a&#109;p;);
	 * go on until nothing is left, so that the result is stable. */
	for (size_t round = 0, n = total; n > 0 && round < 8; round++) {
		vn_buf_clear(&pass);
		vn_buf_append(&pass, out->data + start, out->len - start);
		if (!memchr(pass.data, '&', pass.len))
			break;
		out->len = start;
		n = decode_pass(pass.data, pass.len, out);
		total += n;
	}
	return total;
}
