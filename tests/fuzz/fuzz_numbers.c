/* fuzz_numbers.c - libFuzzer target: the quantity scanner on raw bytes. */
#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"
#include "tidings/numbers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"", "ru", "en", "pl", "de", "bg", "hu", "ro", "sv", "es", "it"};
	td_arena *ar = td_arena_create();
	if (!ar)
		return 0;
	td_number out[64];
	const char *lang = langs[size ? data[0] % (sizeof(langs) / sizeof(langs[0])) : 0];
	td_numbers_scan((const char *)data, size, lang, out, 64, ar);
	td_arena_destroy(ar);
	return 0;
}
