/* A fixed, portable pseudo-random generator (splitmix64), so that the same
 * seed gives byte-identical corpora on every machine and C library: rand()
 * and random() differ between libcs, which would make figures measured on
 * two machines come from two different files. */
#ifndef GEN_RNG_H
#define GEN_RNG_H

#include <stdint.h>

struct gen_rng {
	uint64_t state;
};

static inline uint64_t
gen_rng_next(struct gen_rng *r)
{
	uint64_t z = (r->state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* A number in [0, n); n > 0. The modulo bias is far below what matters
 * for a benchmark corpus. */
static inline uint64_t
gen_rng_below(struct gen_rng *r, uint64_t n)
{
	return gen_rng_next(r) % n;
}

/* True with probability per_mille / 1000. */
static inline int
gen_rng_chance(struct gen_rng *r, unsigned per_mille)
{
	return gen_rng_below(r, 1000) < per_mille;
}

#endif
