/* sketch_int.h - feature-array helpers shared by sketch.c and cluster.c. */
#ifndef TIDINGS_SKETCH_INT_H
#define TIDINGS_SKETCH_INT_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/sketch.h"

/* Reorders v[0..n) so that its first k items are the k heaviest (ties
 * broken by the lower hash), in no particular order. */
void td__feat_select(td_feature *v, size_t n, size_t k);

/* The k-th heaviest of v[0..n) (1 <= k <= n <= 1024; ties broken by the
 * lower hash), v unchanged. */
td_feature td__feat_kth(const td_feature *v, size_t n, size_t k);

/* Sorts v[0..n) by hash, ascending (n <= 1024). */
void td__feat_sort_hash(td_feature *v, size_t n);

/* 1 when two lists of quantity hashes (td_sketch.quant) share a unit
 * and no value in any unit they share; 0 otherwise. */
int td__quantity_conflict(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* 1 when an article and a story name different values of one kind for
 * the event (its main person): a holds the article's values,
 * the one it names most first (0-padded); sv/sn the story's members'
 * main values with their counts, most members first (0-padded). The
 * article's main value is no member's and the story's most common value
 * is not in the article. 0 when either side has none. */
int td__slot_conflict(const uint32_t *a, size_t na, const uint32_t *sv, const uint16_t *sn, size_t ns);

/* The same for the years of sketch a: they agree when the story's most
 * common year is among a's years or a's main year (td_sketch.year) is a
 * member's; they conflict when a has a main year and neither holds; 0
 * when a writes no year, or only years written equally often that the
 * story's most common year is not among, or the story has none. */
int td__year_conflict(const td_sketch *a, const uint32_t *sv, const uint16_t *sn, size_t ns);

/* The log likelihood ratios of the years in engine c: on conflict (<= 0)
 * and on agreement (>= 0), from opts.year_same_conflict and the chance
 * agreement of the main years of the articles c has counted. Both 0 when
 * the test is off. (cluster.c; here for the tests.) */
struct td_cluster;
void td__year_ratios(const struct td_cluster *c, double *conflict, double *agree);
/* Log likelihood ratio added when article and story lie within the slack
 * days of each other (both dated), from day_same_conflict and the share
 * of pairs of counted articles that do; 0 when off. */
double td__day_agree(const struct td_cluster *c);
/* The day the engine places an article on: its publication day, else the
 * day it mentions most; TD_NODATE when neither. */
td_day td__sketch_day(const td_sketch *s);

#endif
