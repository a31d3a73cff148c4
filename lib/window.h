/* The fast path's view of 64 bytes of a line at once (lib/cleanline.c):
 * which bytes it must look at one by one, and where the Vietnamese
 * letters are, classified with vector instructions. Bit k of each mask
 * stands for byte k of the window.
 *
 * "Fast" characters are the ones Vietnamese text is made of beyond
 * ASCII, the UTF-8 of every precomposed letter of the alphabet:
 * C3 xx (Latin-1; all but Ð ð), ă Ă đ Đ ĩ Ĩ (C4), ũ Ũ (C5), ơ Ơ ư Ư (C6)
 * and ạ..ỹ (E1 BA A0..E1 BB B9). Any other character is "odd" and gets
 * the careful look of a character at a time. */
#ifndef VN_WINDOW_H
#define VN_WINDOW_H

#include <stddef.h>
#include <stdint.h>

enum { VN_WINDOW = 64 };

struct vn_window {
	uint64_t stray;   /* continuation bytes no first byte accounts for */
	uint64_t look;    /* ASCII to look at: punctuation before a letter,
	                     itself or a space and itself, ( [ before a
	                     space, & before a letter or #, tab, a space
	                     before a space or punctuation */
	uint64_t look_early; /* those of them that may need a step before
	                        the punctuation one: tab, &, two spaces */
	uint64_t odd;     /* first bytes of characters that are not fast */
	uint64_t high;    /* first bytes of characters beyond ASCII */
	uint64_t beyond;  /* first bytes of fast letters beyond U+00FF, which
	                     text that is mojibake cannot hold */
	uint64_t vowel1;  /* ASCII vowels */
	uint64_t vowel2;  /* first bytes of two-byte vowels, and of C3 xx
	                     signs, counted as vowels to be safe */
	uint64_t vowel3;  /* first bytes of ạ..ỹ: every one a toned vowel */
	uint64_t unshaped; /* first bytes of toned vowels without a shape
	                      (à, not ầ), and of C3 xx signs, to be safe */
	uint64_t then_check; /* first bytes of toned vowels whose mark may be
	                        out of place for what follows them: one
	                        without a shape before an ASCII vowel or a
	                        character beyond ASCII, one with a shape
	                        before a character beyond ASCII */
};

/* Classify the n windows b[0..64), b[64..128), ... into w[0..n);
 * b[-3..0) and the three bytes after the last window must be readable
 * too (the characters around the windows' edges). */
typedef void vn_window_classifier(const unsigned char *b, size_t n, struct vn_window *w);

/* The classifier for this machine: the widest of AVX-512BW, AVX2 and
 * SSSE3 (every x86-64 CPU since 2006 but the oldest AMD ones) the CPU
 * has, or the widest up to the one VNPIPE_SIMD names (avx512, avx2,
 * ssse3, none). NULL without any: the fast path then looks at every
 * character. */
vn_window_classifier *vn_window_classifier_get(void);

/* The name of the instruction set vn_window_classifier_get chooses
 * ("AVX2"), for -v. */
const char *vn_window_classifier_name(void);

/* Each classifier by its instruction set, NULL where the machine lacks
 * it: the unit test holds every one to the same definition. */
vn_window_classifier *vn_window_classifier_ssse3(void);
vn_window_classifier *vn_window_classifier_avx2(void);
vn_window_classifier *vn_window_classifier_avx512(void);

#endif
