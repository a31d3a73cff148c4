/* The citation recognizer: every mention of a numbered document in one
 * line, with the parts of its number and the words around it.
 *
 * What it finds (GUIDELINES.md, REFERENCE.md 3):
 *   state     [Type] [số] 30/2020/NĐ-CP, 2057/QĐ-UBND, 5744/UBND-NC, 80/2015/QH13
 *   party     [Type] [số] 10-CT/TW, 367-QĐ/TWĐTN-VP
 *   standard  ISO 9001:2008, TCVN ISO 9001:2015, TCVN 6909:2001
 *   short     Type [số] 57, Type 178/2024 (a number after a head noun)
 * each with the head noun that names its type, an issue date after
 * "ngày" and the issuer named by "của …". The text must be NFC (see
 * vn_cite_spans for raw text). */
#ifndef VN_CITE_H
#define VN_CITE_H

#include <stddef.h>

#include "citedate.h"
#include "doctype.h"

/* Byte offsets into the line, end exclusive; empty when start == end. */
struct vn_span {
	size_t start;
	size_t end;
};

enum vn_cite_form {
	VN_FORM_STATE = 1, /* number[/year]/GROUP-GROUP… */
	VN_FORM_PARTY,     /* number-TYPE/GROUP-GROUP… */
	VN_FORM_DASH,      /* number-GROUP with no slash: Nghị định 64-CP (pre-2000) */
	VN_FORM_STANDARD,  /* BODY number:year */
	VN_FORM_SHORT,     /* Type number[/year] */
};

/* How the head noun relates to the number. */
enum vn_head_role {
	VN_ROLE_NONE = 0,
	VN_ROLE_ADJACENT, /* Quyết định [số] 2057/… */
	VN_ROLE_MODIFIED, /* Chương trình hành động số 08-CTr/TU */
	VN_ROLE_TITLED,   /* Luật Tổ chức chính quyền địa phương số 77/2015/QH13 */
	VN_ROLE_INTRO,    /* Các Quyết định của UBND tỉnh: số 2057/… */
};

#define VN_CITE_MAX_GROUPS 8

struct vn_cite_match {
	enum vn_cite_form form;
	struct vn_span span;         /* what the record's text shows */
	struct vn_span head;         /* head noun as written */
	const struct vn_head *head_info; /* NULL: no head noun */
	enum vn_head_role head_role;
	int has_so;                  /* "số" or "Số:" before the number */
	struct vn_span number;       /* 30c, 10, 9001, 7391-1 */
	struct vn_span year;         /* 2020 of /2020/, of :2008, of 178/2024 */
	struct vn_span groups[VN_CITE_MAX_GROUPS]; /* code groups as written; */
	size_t ngroups;              /* for party codes groups[0] is the type */
	struct vn_span body;         /* standards: TCVN ISO, ISO/IEC */
	char standard_sep;           /* standards: ':' or '-' before the year */
	struct vn_span suffix;       /* standards: BYT of QCVN 01:2009/BYT */
	struct vn_date date;         /* issue date; year 0 when none */
	struct vn_span issuer_name;  /* the "của …" phrase, empty when none */
	struct vn_span intro_issuer; /* of a list intro: Các Quyết định của UBND tỉnh: */
	size_t tail_end;             /* after the span and its "của …" phrase */
	int weak;                    /* a short form that counts only when the
	                                document also gives its full form */
};

struct vn_cite_matches {
	struct vn_cite_match *v;
	size_t n;
	size_t cap;
};

/* Find every citation in the NFC text s[0..len), in order, into *out
 * (cleared first). */
void vn_cite_scan(const char *s, size_t len, struct vn_cite_matches *out);
void vn_cite_matches_free(struct vn_cite_matches *m);

/* The "của …" issuer phrase that starts at s[i] (after "của"): where it
 * ends by the rules of official prose (before về, ban hành, a comma, "và"
 * with the next citation, …). Returns the span, empty when none. */
struct vn_span vn_cite_issuer_phrase(const char *s, size_t len, size_t i);

#endif
