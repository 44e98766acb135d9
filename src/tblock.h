/* tblock.h - per-thread blocks allocated on first use. A large
 * per-thread cache written as a static _Thread_local array is zeroed by
 * the C library in every thread the process creates, whether the thread
 * ever uses it or not; a block here costs only the threads that ask for
 * it, and is freed when such a thread exits. */
#ifndef TIDINGS_TBLOCK_H
#define TIDINGS_TBLOCK_H

#include <pthread.h>
#include <stddef.h>

typedef struct {
	pthread_mutex_t mu;
	pthread_key_t key;
	int made;    /* 1 the key exists, -1 it could not be made */
	size_t size; /* bytes of each thread's block */
} td__tblock;

#define TD__TBLOCK(bytes) {PTHREAD_MUTEX_INITIALIZER, 0, 0, (bytes)}

/* The calling thread's block of b (zeroed when first given, aligned to
 * 64 bytes), remembered
 * in *slot, a _Thread_local pointer of the caller's; NULL when out of
 * memory (callers then do without their cache). */
void *td__tblock_get(td__tblock *b, void **slot);

static inline void *td__tblock_of(td__tblock *b, void **slot)
{
	return *slot ? *slot : td__tblock_get(b, slot);
}

#endif
