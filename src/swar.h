/* swar.h - word-at-a-time helpers of the text scanners: eight bytes
 * loaded at once, a test for a zero byte among them, and a hash that
 * spreads short strings over the slots of a cache (whose records keep
 * their key and compare it in full, so only the spread matters). */
#ifndef TD_SWAR_H
#define TD_SWAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The eight bytes at p, little-endian on the machines built for. */
static inline uint64_t td__load64(const void *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/* Whether one of the eight bytes of w is 0. */
static inline int td__has_zero_byte(uint64_t w)
{
	return ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0;
}

/* A number made of the bytes s[0..n), 1 <= n <= 8, to be hashed: two
 * overlapping loads (or, under four bytes, the first, middle and last
 * byte), not the bytes in order. */
static inline uint64_t td__load_tail(const char *s, size_t n)
{
	if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		return a | (uint64_t)b << (8 * (n - 4));
	}
	return (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
	       (uint64_t)(unsigned char)s[n - 1] << 16;
}

/* A hash of s[0..n) (n >= 1) and seed, eight bytes at a time, the last
 * eight read where the string ends; its high bits are the best spread. */
static inline uint64_t td__spread_hash(const char *s, size_t n, uint64_t seed)
{
	uint64_t x = seed * 0x9E3779B97F4A7C15ull;
	size_t k = 0;
	for (; k + 8 < n; k += 8) {
		x = (x ^ td__load64(s + k)) * 0xBF58476D1CE4E5B9ull;
		x ^= x >> 29;
	}
	x = (x ^ (n >= 8 ? td__load64(s + n - 8) : td__load_tail(s, n))) * 0x94D049BB133111EBull;
	x ^= x >> 31;
	return x * 0x9E3779B97F4A7C15ull;
}

#endif
