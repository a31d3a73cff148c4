/* HTML character references left in text by scrapers: named (&agrave;,
 * &nbsp;, the WHATWG list in data/html-entities.tsv) and numeric (&#7897;,
 * &#x1EA1;). Only complete references, ending in ';', are decoded: a bare
 * "&copy" may be a URL parameter. Doubly escaped text (&amp;agrave;) is
 * decoded to the end, so that a second pass finds nothing left to do. */
#ifndef VN_ENTITIES_H
#define VN_ENTITIES_H

#include <stddef.h>

#include "buf.h"

/* Append s[0..len) to out with character references decoded; returns the
 * number decoded. References that would put a control character (a line
 * break) into the line, or name no character, are left as they are. */
size_t vn_entities_decode(const char *s, size_t len, struct vn_buf *out);

/* Whether s[0..len) holds a reference vn_entities_decode would decode. */
int vn_entities_present(const char *s, size_t len);

#endif
