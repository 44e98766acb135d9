/* fuzz_lang.c - libFuzzer target: language identification on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	td_lang_result r;
	if (td_lang_detect((const char *)data, size, &r) == 0 && r.code[0] &&
	    (strlen(r.code) > 3 || r.confidence < 0.0f || r.confidence > 1.0f))
		__builtin_trap();
	return 0;
}
