/* sketch_int.h - feature-array helpers shared by sketch.c and cluster.c. */
#ifndef TIDINGS_SKETCH_INT_H
#define TIDINGS_SKETCH_INT_H

#include <stddef.h>

#include "tidings/sketch.h"

/* Reorders v[0..n) so that its first k items are the k heaviest (ties
 * broken by the lower hash), in no particular order. */
void td__feat_select(td_feature *v, size_t n, size_t k);

/* Sorts v[0..n) by hash, ascending (n <= 1024). */
void td__feat_sort_hash(td_feature *v, size_t n);

/* 1 when two lists of quantity hashes (td_sketch.quant) share a unit
 * and no value in any unit they share; 0 otherwise. */
int td__quantity_conflict(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

#endif
