/* Finding the head noun that names a cited document's type, looking back
 * from its number: "Quyết định số 2057/…", "Chương trình hành động số
 * 08-CTr/TU", "Luật Cán bộ, công chức số 22/2008/QH12", "Các Quyết định
 * của UBND tỉnh: số 2057/…". */
#ifndef VN_CITEHEAD_H
#define VN_CITEHEAD_H

#include "cite.h"

struct vn_head_found {
	enum vn_head_role role;
	struct vn_span head;
	const struct vn_head *info;
	struct vn_span intro_issuer; /* VN_ROLE_INTRO: the "của …" name */
	int capitalized;             /* the head starts with a capital letter */
};

/* The head noun that ends right before `end` (spaces apart); 0 if none. */
int vn_head_adjacent(const char *s, size_t len, size_t end, struct vn_head_found *h);
/* The adjacent head, else the nearest head a few words back in one of the
 * roles of enum vn_head_role; 0 if none. The caller decides whether the
 * role fits the code (a modified or titled head must agree with it). */
int vn_head_before(const char *s, size_t len, size_t end, struct vn_head_found *h);

#endif
