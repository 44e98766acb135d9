/* fuzz_txt.c - libFuzzer target: the txt reader and the article pipeline. */
#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"
#include "tidings/engine.h"
#include "tidings/reader.h"

static int on_article(void *ctx, td_article *a)
{
	td_pipeline_article(a, ctx, TD_STAGE_ALL);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	td_arena *ar = td_arena_create();
	if (!ar)
		return 0;
	td_read_buffer("fuzz.txt", (const char *)data, size, TD_FMT_TXT, NULL, ar, on_article,
		       NULL, ar);
	td_arena_destroy(ar);
	return 0;
}
