/* utf8.c - UTF-8 validation and decoding (RFC 3629). */
#include "tidings/utf8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#ifdef __SSE2__
/* The number of leading bytes of the 16 at s that are ASCII or complete
 * two-byte sequences (lead C2..DF, then a continuation byte): the text
 * of Latin, Greek and Cyrillic scripts, checked with a few vector
 * compares instead of branches per byte. A lead byte whose continuation
 * lies beyond the 16 ends the count. */
static inline unsigned ascii2_prefix(const unsigned char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	unsigned hi = (unsigned)_mm_movemask_epi8(v);
	if (!hi)
		return 16;
	/* As signed bytes: continuations 80..BF are -128..-65, leads
	 * C2..DF are -62..-33. */
	unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
	unsigned lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
								  _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
	/* Where a character is something else: another non-ASCII byte, a
	 * continuation without its lead, a lead without its continuation. */
	unsigned bad = (hi & ~(cont | lead)) | (cont & ~(lead << 1)) | (lead & ~(cont >> 1));
	return (unsigned)__builtin_ctz(bad | 1u << 16);
}
#endif

size_t td_utf8_valid_prefix(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
#ifdef __SSE2__
		/* Fast path over ASCII and two-byte characters, sixteen bytes
		 * at a time; the rest one character at a time below. */
		while (i + 16 <= len) {
			unsigned k = ascii2_prefix(s + i);
			i += k;
			if (k < 16)
				break;
		}
#else
		/* Fast path over ASCII, eight bytes at a time. */
		while (i + 8 <= len) {
			uint64_t w;
			__builtin_memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
#endif
		if (i >= len)
			break;
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t need;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			need = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0) lo = 0xA0;
			if (c == 0xED) hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0) lo = 0x90;
			if (c == 0xF4) hi = 0x8F;
		} else
			return i;
		if (need >= len - i)
			return i;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return i;
		for (size_t k = 2; k <= need; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
		i += need + 1;
	}
	return len;
}

uint32_t td_utf8_decode(const char *str, size_t len, int *n)
{
	const unsigned char *s = (const unsigned char *)str;
	*n = 1;
	if (len == 0)
		return 0xFFFD;
	unsigned c = s[0];
	if (c < 0x80)
		return c;
	/* Two- and three-byte characters (Latin, Cyrillic, punctuation)
	 * checked inline; the rest through the validator. */
	if (c >= 0xC2 && c <= 0xDF && len >= 2 && (s[1] & 0xC0) == 0x80) {
		*n = 2;
		return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
	}
	if (c >= 0xE1 && c <= 0xEC && len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*n = 3;
		return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	}
	size_t v = td_utf8_valid_prefix(str, len < 4 ? len : 4);
	int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	if (v < (size_t)need)
		return 0xFFFD;
	*n = need;
	if (need == 2)
		return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
	if (need == 3)
		return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	return ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

int td_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}
