/* tblock.c - per-thread blocks allocated on first use (tblock.h). */
#include "tblock.h"

#include <stdlib.h>
#include <string.h>

void *td__tblock_get(td__tblock *b, void **slot)
{
	pthread_mutex_lock(&b->mu);
	if (!b->made)
		b->made = pthread_key_create(&b->key, free) == 0 ? 1 : -1;
	int made = b->made;
	pthread_mutex_unlock(&b->mu);
	if (made < 0)
		return NULL;
	/* Aligned to a cache line: the blocks hold records of one or two. */
	void *p = NULL;
	if (posix_memalign(&p, 64, b->size ? b->size : 1) != 0)
		return NULL;
	memset(p, 0, b->size);
	if (pthread_setspecific(b->key, p) != 0) {
		free(p);
		return NULL;
	}
	return *slot = p;
}
