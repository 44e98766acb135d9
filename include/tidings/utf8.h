/* utf8.h - UTF-8 validation and decoding primitives. */
#ifndef TIDINGS_UTF8_H
#define TIDINGS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Returns the length of the longest valid UTF-8 prefix of s[0..len):
 * len when the whole buffer is valid (no overlongs, no surrogates,
 * nothing above U+10FFFF). */
size_t td_utf8_valid_prefix(const char *s, size_t len);

/* Decodes one code point at s (at most len bytes) and stores its byte
 * length in *n (at least 1). Returns U+FFFD for an invalid sequence. */
uint32_t td_utf8_decode(const char *s, size_t len, int *n);

/* Encodes cp into out (4 bytes of room); returns the byte count. */
int td_utf8_encode(uint32_t cp, char *out);

#endif
