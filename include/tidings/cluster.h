/* cluster.h - incremental, time-aware, cross-lingual story clustering
 * with stable story ids and near-duplicate detection. */
#ifndef TIDINGS_CLUSTER_H
#define TIDINGS_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/sketch.h"

/* An engine holds, per article, its IDF-weighted top features, a MinHash
 * and its story; per story a centroid and its members; an inverted index
 * from features to recent stories; document frequencies of features.
 * Articles arrive one at a time, in any order, and can be removed. A
 * story id is assigned when the story is created and never changes or is
 * reused. Not thread-safe: callers serialise calls on one engine.
 * Memory: about 1.6 KiB per article, stories included (docs/cluster.md). */
typedef struct td_cluster td_cluster;

typedef struct {
	/* An article joins the best candidate story when the probability
	 * that they report the same event is at least this (0..1). */
	double join;
	/* Logistic calibration of the similarity: p = 1 / (1 + exp(-slope *
	 * (cosine * time_factor - midpoint))). Within one language the cosine
	 * is taken over all features; across languages (or when one is
	 * unknown) also over the features languages share (ASCII stems,
	 * names, entity keys, numbers, dates), with cross_midpoint. */
	double midpoint, cross_midpoint, slope;
	/* Across languages also the agreement of names and facts: the
	 * smaller of the cosine over names (name skeletons, entity keys) and
	 * the cosine over facts (numbers, dates), with this midpoint (0 turns
	 * it off). */
	double agree_midpoint;
	/* Shingle resemblance from which an article is a copy of another. */
	double duplicate;
	/* Days of silence before the time factor starts to decay, its decay
	 * constant in days, and the gap beyond which a story is no candidate. */
	int slack_days;
	double tau_days;
	int horizon_days;
	/* 1: td_cluster_add counts the article's features in the document
	 * frequencies. 0: the caller counted them with td_cluster_observe. */
	int count_on_add;
	/* Log likelihood ratio added to the join log-odds when article and
	 * story give quantities in a common unit and no common value in any
	 * such unit (0 turns the test off). */
	double quantity_conflict;
	/* The years: how often two reports of one event date it in
	 * different years (the year an article writes most is none the
	 * story's members write most, and theirs is not in the article);
	 * 0 turns the test off. Against the chance that two unrelated
	 * articles agree, which the engine counts itself, it gives the log
	 * likelihood ratios added to the join log-odds on conflict and on
	 * agreement; used only when the article or the story has no day. */
	double year_same_conflict;
	/* Likewise for the days: how often two reports of one event, both
	 * dated, lie more than slack_days apart. Against the chance that two
	 * counted articles within horizon_days of each other (as a candidate
	 * and its story are) lie within slack_days, it gives the log
	 * likelihood ratio added when article and story do (beyond, the
	 * time factor tells). 0 turns it off. */
	double day_same_conflict;
	/* Likewise for the person the article names most against the
	 * persons the story's members name most. */
	double person_conflict;
	/* Log likelihood ratio added when they agree instead (the person the
	 * article names most is a member's, or the members' is in it). */
	double person_agree;
	/* Features kept per article (1..TD_CLUSTER_KVEC, clamped; default
	 * 48): what removal takes out of the story's centroid. The whole
	 * vector (TD_CLUSTER_KVEC) leaves nothing of it behind but what the
	 * centroid's own cap dropped, at 8 bytes per feature. */
	int stored_features;
} td_cluster_opts;

/* Fills o with the defaults (see docs/cluster.md for why). */
void td_cluster_opts_default(td_cluster_opts *o);

/* Creates an engine; opts NULL means the defaults. NULL when out of memory. */
td_cluster *td_cluster_create(const td_cluster_opts *opts);

/* Frees the engine. NULL is a no-op. */
void td_cluster_destroy(td_cluster *c);

/* Counts the features of s in the document frequencies (the first pass
 * of a batch, so that every article is weighted by the whole batch).
 * Returns 0 or TD_ERR_NOMEM. */
int td_cluster_observe(td_cluster *c, const td_sketch *s);

/* Where an added article went. */
typedef struct {
	uint64_t story;       /* its story id */
	int is_new;           /* 1 when the article started the story */
	int is_duplicate;     /* 1 when it copies duplicate_of */
	uint64_t duplicate_of;/* id of the original article */
	double probability;   /* calibrated probability for the story joined */
} td_cluster_result;

/* Adds article `id` with fingerprint s. An id already present is first
 * removed (an update). Fills *res when res is not NULL. Returns 0 or
 * TD_ERR_NOMEM (the engine is unchanged then). */
int td_cluster_add(td_cluster *c, uint64_t id, const td_sketch *s, td_cluster_result *res);

/* An article's vector: its sketch weighted by the engine's document
 * frequencies, unit length, sorted by hash; and the features it queries
 * the index with. */
#define TD_CLUSTER_KVEC 128
#define TD_CLUSTER_QUERY 24
typedef struct {
	td_feature f[TD_CLUSTER_KVEC];
	uint32_t n;
	uint32_t top[TD_CLUSTER_QUERY];
	uint32_t ntop;
	double norm[4]; /* the vector's norms in the engine's four spaces */
} td_cluster_vector;

/* Computes s's vector under the current document frequencies. Reads
 * only the engine's options and document frequencies: several threads
 * may vectorize at once, also beside one thread calling
 * td_cluster_add_vector or td_cluster_remove on an engine made with
 * count_on_add 0 (those never touch the frequencies); not beside
 * td_cluster_observe, td_cluster_add or td_cluster_destroy. (A batch
 * observes every article, then vectorizes ahead while it adds.) */
void td_cluster_vectorize(const td_cluster *c, const td_sketch *s, td_cluster_vector *out);

/* td_cluster_add with a vector made by td_cluster_vectorize (document
 * frequencies are not counted here). */
int td_cluster_add_vector(td_cluster *c, uint64_t id, const td_sketch *s, const td_cluster_vector *v,
			  td_cluster_result *res);

/* Removes article id from its story (the story keeps its id, and dies
 * when it loses its last member). Copies of it stay copies of nothing.
 * Returns 0 or TD_ERR_NOTFOUND. */
int td_cluster_remove(td_cluster *c, uint64_t id);

/* Story of article id: 0 and *story, or TD_ERR_NOTFOUND. */
int td_cluster_story_of(const td_cluster *c, uint64_t id, uint64_t *story);

/* Original of article id when it is a copy: 1 and *orig, 0 when it is
 * not a copy, TD_ERR_NOTFOUND when id is unknown. */
int td_cluster_duplicate_of(const td_cluster *c, uint64_t id, uint64_t *orig);

/* Number of articles and of live (non-empty) stories. */
size_t td_cluster_narticles(const td_cluster *c);
size_t td_cluster_nstories(const td_cluster *c);

/* Writes the ids of up to max live stories, oldest first, into out;
 * returns how many live stories there are (may exceed max). */
size_t td_cluster_stories(const td_cluster *c, uint64_t *out, size_t max);

/* A story's summary. */
typedef struct {
	uint64_t id;
	size_t size;      /* members */
	size_t unique;    /* members that are not copies */
	td_day first, last; /* publication days of members; TD_NODATE if none */
	uint64_t central; /* the member closest to the centroid */
} td_cluster_story;

/* Fills *out for story id: 0, or TD_ERR_NOTFOUND for an unknown or
 * dead story. */
int td_cluster_story_info(const td_cluster *c, uint64_t id, td_cluster_story *out);

/* Writes up to max member ids of story id, in arrival order, into out
 * and their count into *n. Returns 0 or TD_ERR_NOTFOUND. */
int td_cluster_members(const td_cluster *c, uint64_t id, uint64_t *out, size_t max, size_t *n);

/* Bytes held by the engine (for memory accounting). */
size_t td_cluster_bytes(const td_cluster *c);

/* Cosine similarity of two sketches under the engine's current document
 * frequencies, in [0, 1], over all features of one language (cross 0)
 * or over the features languages share (cross 1); cross 2: the
 * agreement of names and facts (the smaller of the cosine over names
 * and the cosine over numbers and dates). For evaluation and tests. */
double td_cluster_similarity(const td_cluster *c, const td_sketch *a, const td_sketch *b, int cross);

/* td_cluster_similarity of two vectors made by td_cluster_vectorize. */
double td_cluster_vector_similarity(const td_cluster_vector *a, const td_cluster_vector *b, int cross);

/* The calibrated probability for a similarity (cosine times time
 * factor) of one language (cross 0), across languages (cross 1) or of
 * the agreement of names and facts (cross 2). */
double td_cluster_probability(const td_cluster *c, double similarity, int cross);

#endif
