/* The code tables of Vietnamese document numbering, generated from data/
 * (cite-types.tsv, cite-heads.tsv, cite-issuers.tsv): type abbreviations,
 * the head nouns that name a type in running text, and issuing-body codes. */
#ifndef VN_DOCTYPE_H
#define VN_DOCTYPE_H

#include <stddef.h>

/* Numbering systems: state `30/2020/NĐ-CP`, Party `10-CT/TW`, standards. */
enum vn_cite_system {
	VN_SYS_NONE = 0,
	VN_SYS_STATE,
	VN_SYS_PARTY,
	VN_SYS_STANDARD,
};

enum {
	VN_HEAD_SHORT = 1 << 0,   /* "TYPE NUMBER" alone is a citation */
	VN_HEAD_TITLED = 1 << 1,  /* cited as TYPE Title số CODE (laws) */
	VN_HEAD_GENERIC = 1 << 2, /* "văn bản": names no type */
};

struct vn_type_code {
	const char *code;  /* official spelling: QĐ, CTr, QĐi */
	const char *key;   /* in capitals, for comparing: QĐ, CTR, QĐI */
	size_t key_len;
	const char *type;  /* full type name: Quyết định */
	int system;
	int names_type;    /* 1: the code's own type; 0: an accepted alternative */
};

struct vn_head {
	const char *phrase; /* lower case, single spaces */
	size_t phrase_len;
	const char *last;   /* its last word */
	size_t last_len;
	const char *type;   /* NULL for a generic head */
	unsigned flags;
};

struct vn_issuer {
	const char *code;   /* official spelling: TTg, UBND */
	const char *key;    /* in capitals: TTG */
	size_t key_len;
	const char *body;
	int system;
	int has_term;       /* QH13: the code is followed by the term number */
};

extern const struct vn_type_code vn_type_codes[];
extern const size_t vn_type_codes_len;
extern const struct vn_head vn_heads[];
extern const size_t vn_heads_len;
extern const struct vn_issuer vn_issuers[];
extern const size_t vn_issuers_len;

/* The type that code s[0..len) (any case) names in system, or NULL. */
const struct vn_type_code *vn_type_code_find(const char *s, size_t len, int system);
/* True when a document of type `type` may be numbered with code s[0..len)
 * in system: its own code or an accepted alternative (Quy định, QĐ/TW). */
int vn_type_code_fits(const char *type, const char *s, size_t len, int system);
/* The issuer whose code is s[0..len) (any case; QH13 finds QH), or NULL. */
const struct vn_issuer *vn_issuer_find(const char *s, size_t len);
/* The head whose phrase is `lower` exactly, or NULL. */
const struct vn_head *vn_head_find(const char *lower, size_t len);
/* True when `lower` is the last word of some head phrase. */
int vn_head_ends_with(const char *lower, size_t len);
/* The only system whose codes name `type` (Nghị định: state; Thông tri:
 * party), or VN_SYS_NONE when both or neither do. */
int vn_type_system(const char *type);

#endif
