/* reader_target.h - the body of the reader fuzz targets: reads one buffer
 * in the format FUZZ_FORMAT (named FUZZ_NAME) and runs the pipeline on
 * every article. Each fuzz_<format>.c defines both and includes this. */
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
	td_read_buffer(FUZZ_NAME, (const char *)data, size, FUZZ_FORMAT, NULL, ar, on_article, NULL,
		       ar);
	td_arena_destroy(ar);
	return 0;
}
