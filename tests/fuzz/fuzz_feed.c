/* fuzz_feed.c - libFuzzer target: the RSS/Atom parser and the full-text measure. */
#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"
#include "tidings/feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	td_arena *ar = td_arena_create();
	if (!ar)
		return 0;
	td_feed f;
	char detail[256];
	if (td_feed_parse((const char *)data, size, "http://fuzz.example/feed", NULL, ar, &f,
			  detail, sizeof(detail)) == 0) {
		for (size_t i = 0; i < f.nitems; i++) {
			size_t c, p;
			int t;
			td_feed_text_stats(f.items[i].title, &c, &p, &t);
		}
	}
	td_arena_destroy(ar);
	return 0;
}
