/* fuzz_search.c - libFuzzer target: user text as a full-text query must never be an SQL
 * or FTS5 syntax error, whatever it holds. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tidings/error.h"
#include "tidings/store.h"

static td_store *store;

static void open_store(void)
{
	if (td_store_open(":memory:", &store) < 0)
		abort();
	static const char *const titles[] = {"Storm hits the coast", "Выборы в парламент",
					     "\"Quoted\" AND (odd) title*", "NEAR the end: column"};
	for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
		td_stored_article r;
		memset(&r, 0, sizeof(r));
		char name[8] = {'a', (char)('0' + i), 0};
		r.name = name;
		r.title = titles[i];
		r.body = "Body text with several words, quotes \" and stars *.";
		r.date = TD_NODATE;
		if (td_store_put(store, &r, NULL) < 0)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!store)
		open_store();
	char q[2048];
	if (size >= sizeof(q))
		size = sizeof(q) - 1;
	memcpy(q, data, size);
	q[size] = 0;
	int rc = td_store_search(store, q, 5, NULL, NULL);
	if (rc < 0 && rc != TD_ERR_TOOBIG)
		abort(); /* the query escaping let syntax through */
	return 0;
}
