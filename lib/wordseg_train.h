/* Training the word segmenter (wordseg.h): an averaged structured
 * perceptron over gold-segmented sentences and the lexicon, written out in
 * the model's text form. Deterministic: the same data, epochs and seed
 * give the same model, byte for byte. */
#ifndef VN_WORDSEG_TRAIN_H
#define VN_WORDSEG_TRAIN_H

#include <stdio.h>

struct vn_wordseg_trainer;

struct vn_wordseg_trainer *vn_wordseg_trainer_new(void);
void vn_wordseg_trainer_free(struct vn_wordseg_trainer *tr);
/* A lexicon word: syllables separated by single spaces. Add the lexicon
 * before the sentences. */
void vn_wordseg_trainer_add_word(struct vn_wordseg_trainer *tr, const char *s, size_t len);
/* A gold sentence: text[0..len) with word_start[b] nonzero at the first
 * byte of every word. */
void vn_wordseg_trainer_add_sentence(struct vn_wordseg_trainer *tr, const char *text,
                                     size_t len, const unsigned char *word_start);
/* Train for `epochs` passes, visiting sentences in an order shuffled from
 * `seed`. */
void vn_wordseg_trainer_run(struct vn_wordseg_trainer *tr, int epochs, unsigned long seed);
/* Write the model, leaving out feature blocks whose weights all round to
 * less than `min_weight` model units; returns the number of blocks written. */
size_t vn_wordseg_trainer_write(struct vn_wordseg_trainer *tr, FILE *out, int min_weight);

#endif
