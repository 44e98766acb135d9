/* fuzz_classify.c - libFuzzer target: the classifier on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/classify.h"

/* Input: two bytes of language code, then the headline up to the first
 * newline, then the body. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char lang[3] = {0};
	if (size >= 2) {
		memcpy(lang, data, 2);
		data += 2;
		size -= 2;
	}
	const char *s = (const char *)data;
	const char *nl = size ? memchr(s, '\n', size) : NULL;
	size_t tl = nl ? (size_t)(nl - s) : size;
	td_classify_result r;
	td_classify_text(s, tl, nl ? nl + 1 : s + size, nl ? size - tl - 1 : 0, lang, &r);
	return 0;
}
