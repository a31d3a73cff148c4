/* Lines into paragraphs: which lines are blank, which are list items,
 * headings or table rows, and when a line continues the one before it
 * (hard-wrapped text from pdftotext, e-mail or markdown). */
#ifndef VN_PARAGRAPH_H
#define VN_PARAGRAPH_H

#include <stddef.h>

/* Length of the white space at s (len > 0), or 0: ASCII blanks (CR, FF
 * and VT too), NBSP (U+00A0), U+2000..U+200B, U+3000, and the BOM/ZWNBSP
 * that scraped text carries. */
size_t vn_space_len(const char *s, size_t len);
/* True when s[0..len) holds only white space (NBSP and U+3000 included). */
int vn_line_is_blank(const char *s, size_t len);
/* s[0..len) without the white space at both ends. */
const char *vn_trim(const char *s, size_t len, size_t *outlen);
/* Length of the list marker s starts with (`1.`, `1.2.`, `a)`, `(3)`, `II.`,
 * `-`, `+`, `•`, `Điều 5.`), spaces after it included; 0 if none. */
size_t vn_list_marker_len(const char *s, size_t len);
/* True when the trimmed text s[0..len) ends with a sentence end (. ! ? …
 * ; :), maybe followed by closing quotes or brackets. A line that does
 * not may go on in the next line (pdftotext wraps mid-sentence). */
int vn_ends_sentence(const char *s, size_t len);
/* True when the trimmed line `next` continues the paragraph whose last
 * trimmed line is `prev`: prev has no final punctuation, is no heading or
 * table row, next is no list item or table row, and next starts in lower
 * case or prev ends in a comma or a word that cannot end a sentence. */
int vn_line_continues(const char *prev, size_t plen, const char *next, size_t nlen);

#endif
