/* arena.c - bump allocator with a chain of blocks. */
#include "tidings/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_MIN (64 * 1024)

/* Under AddressSanitizer the unused part of a block is poisoned and every
 * allocation is followed by a poisoned gap, so that an overrun of one
 * allocation into the next is reported, as it would be with malloc. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define REDZONE 16
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define REDZONE 0
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct block {
	struct block *next;
	size_t size, used;
	/* Payload follows, aligned by the allocator. */
	_Alignas(16) unsigned char data[];
};

struct td_arena {
	struct block *head; /* current block; older blocks follow */
	size_t total;
};

td_arena *td_arena_create(void)
{
	return calloc(1, sizeof(td_arena));
}

void td_arena_destroy(td_arena *a)
{
	if (!a)
		return;
	struct block *b = a->head;
	while (b) {
		struct block *n = b->next;
		UNPOISON(b->data, b->size);
		free(b);
		b = n;
	}
	free(a);
}

void td_arena_reset(td_arena *a)
{
	struct block *b = a->head;
	if (!b)
		return;
	/* Keep only the newest block: it is the largest. */
	struct block *old = b->next;
	while (old) {
		struct block *n = old->next;
		UNPOISON(old->data, old->size);
		free(old);
		old = n;
	}
	b->next = NULL;
	b->used = 0;
	a->total = 0;
	POISON(b->data, b->size);
}

void *td_arena_alloc(td_arena *a, size_t want)
{
	size_t n = ((want + 15) & ~(size_t)15) + REDZONE;
	struct block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t sz = n > BLOCK_MIN ? n : BLOCK_MIN;
		if (b && b->size * 2 > sz && b->size < (16u << 20))
			sz = b->size * 2 > n ? b->size * 2 : n;
		struct block *nb = malloc(sizeof(*nb) + sz);
		if (!nb)
			return NULL;
		nb->size = sz;
		nb->used = 0;
		nb->next = b;
		a->head = b = nb;
		POISON(nb->data, sz);
	}
	void *p = b->data + b->used;
	b->used += n;
	a->total += n;
	UNPOISON(p, want);
	return p;
}

void *td_arena_calloc(td_arena *a, size_t n)
{
	void *p = td_arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

char *td_arena_strndup(td_arena *a, const char *s, size_t n)
{
	char *p = td_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	return p;
}

int td_arena_owns(const td_arena *a, const void *p)
{
	const unsigned char *q = p;
	for (const struct block *b = a->head; b; b = b->next)
		if (q >= b->data && q < b->data + b->used)
			return 1;
	return 0;
}

size_t td_arena_used(const td_arena *a)
{
	return a->total;
}
