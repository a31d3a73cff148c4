/* The ASCII classes the window classifiers (window.c, window512.c) look
 * bytes up in, sixteen entries by each half of a byte. Internal to them. */
#ifndef VN_WINDOWCLASS_H
#define VN_WINDOWCLASS_H

/* ASCII classes found by table lookup, as simdjson does: a byte is in a
 * class when the table of its high four bits and that of its low four
 * bits share the class's bit. Each bit below is a rectangle of high and
 * low halves; the classes are unions of them. */
enum {
	TAB = 1 << 0,        /* 0x09 */
	P3 = 1 << 1,         /* : ; ?  (0x3A 0x3B 0x3F) */
	SPECIAL2 = 1 << 2,   /* ! & ( , .  (0x21 0x26 0x28 0x2C 0x2E) */
	BAD2 = 1 << 3,       /* space ! ) , .  (0x20 0x21 0x29 0x2C 0x2E) */
	SPECIAL5 = 1 << 4,   /* [  (0x5B) */
	BAD5 = 1 << 5,       /* ]  (0x5D) */
	VOWEL_AEIO = 1 << 6, /* A E I O a e i o (0x41 0x45 0x49 0x4F, +0x20) */
	VOWEL_UY = 1 << 7,   /* U Y u y (0x55 0x59, +0x20) */
	SPECIAL = TAB | P3 | SPECIAL2 | SPECIAL5,
	BAD_AFTER_SPACE = TAB | P3 | BAD2 | BAD5, /* but for the lead byte E2 */
	VOWEL = VOWEL_AEIO | VOWEL_UY,
};

#define BY_LOW_HALF                                                                        \
	BAD2, SPECIAL2 | BAD2 | VOWEL_AEIO, 0, 0, 0, VOWEL_AEIO | VOWEL_UY, SPECIAL2, 0,        \
	    SPECIAL2, TAB | BAD2 | VOWEL_AEIO | VOWEL_UY, P3, P3 | SPECIAL5, SPECIAL2 | BAD2,   \
	    BAD5, SPECIAL2 | BAD2, P3 | VOWEL_AEIO
#define BY_HIGH_HALF                                                                       \
	TAB, 0, SPECIAL2 | BAD2, P3, VOWEL_AEIO, SPECIAL5 | BAD5 | VOWEL_UY, VOWEL_AEIO,        \
	    VOWEL_UY, 0, 0, 0, 0, 0, 0, 0, 0
#endif
