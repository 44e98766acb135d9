/* arena.c - bump allocator with a chain of blocks. */
#include "tidings/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_MIN (64 * 1024)

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
		free(old);
		old = n;
	}
	b->next = NULL;
	b->used = 0;
	a->total = 0;
}

void *td_arena_alloc(td_arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
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
	}
	void *p = b->data + b->used;
	b->used += n;
	a->total += n;
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
