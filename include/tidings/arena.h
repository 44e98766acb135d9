/* arena.h - bump allocator that owns all memory of one article or batch. */
#ifndef TIDINGS_ARENA_H
#define TIDINGS_ARENA_H

#include <stddef.h>

/* An arena hands out memory from large blocks and frees it all at once.
 * It is not thread-safe: one arena per thread. Blocks are kept across
 * td_arena_reset() so a reused arena stops calling malloc. */
typedef struct td_arena td_arena;

/* Creates an empty arena. Returns NULL when out of memory. */
td_arena *td_arena_create(void);

/* Frees the arena and everything allocated from it. NULL is a no-op. */
void td_arena_destroy(td_arena *a);

/* Forgets every allocation but keeps the first block for reuse. */
void td_arena_reset(td_arena *a);

/* Returns n bytes aligned to 16, or NULL when out of memory. */
void *td_arena_alloc(td_arena *a, size_t n);

/* Like td_arena_alloc but zero-filled. */
void *td_arena_calloc(td_arena *a, size_t n);

/* Copies n bytes of s into the arena and appends a NUL. NULL on failure. */
char *td_arena_strndup(td_arena *a, const char *s, size_t n);

/* 1 when p points into memory handed out by a (since its last reset),
 * else 0. Costs one comparison per block. */
int td_arena_owns(const td_arena *a, const void *p);

/* Bytes handed out since the last reset (for memory accounting). */
size_t td_arena_used(const td_arena *a);

#endif
