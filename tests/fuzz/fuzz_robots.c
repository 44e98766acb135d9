/* fuzz_robots.c - libFuzzer target: the robots.txt parser and matcher. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/fetch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The first line is the path to test, the rest the robots.txt. */
	const char *s = (const char *)data;
	const char *nl = memchr(s, '\n', size);
	char path[512] = "/";
	size_t off = 0;
	if (nl) {
		size_t n = (size_t)(nl - s) < sizeof(path) - 1 ? (size_t)(nl - s) : sizeof(path) - 1;
		memcpy(path, s, n);
		path[n] = 0;
		off = (size_t)(nl - s) + 1;
	}
	td_robots *r = td_robots_parse(s + off, size - off, "tidings");
	if (r) {
		td_robots_allowed(r, path);
		td_robots_crawl_delay_ms(r);
		td_robots_free(r);
	}
	return 0;
}
