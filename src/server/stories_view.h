/* stories_view.h - the server's live view of stories over the stored articles. */
#ifndef TIDINGS_SERVER_STORIES_VIEW_H
#define TIDINGS_SERVER_STORIES_VIEW_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/jsonw.h"

/* The view is the only thing the HTTP layer knows about stories: it is
 * told of every article that is added, replaced or removed, and answers
 * the /threads and /api/stories queries. It clusters the articles into
 * stories with the engine of cluster.h (docs/server.md).
 *
 * Thread-safe: readers run in parallel, updates are exclusive. */
typedef struct sv_view sv_view;

/* An article's story id for the store (td_store_set_story). */
typedef struct {
	char *name;
	uint64_t story;
} sv_story_id;

/* A query over the live articles. */
typedef struct {
	int64_t period;       /* seconds back from the newest article; <= 0: all */
	const char *lang;     /* ISO 639-1 code, or NULL for every language */
	td_category category; /* TD_CAT_NONE for any category */
	size_t limit;         /* most stories returned; 0: no limit */
	int64_t now;          /* articles with expires <= now are not shown */
	size_t max_articles;  /* article records per story in sv_stories_json; 0: all */
} sv_query;

/* Returns a new empty view or NULL when out of memory. */
sv_view *sv_create(void);

/* Frees the view. NULL is a no-op. */
void sv_destroy(sv_view *v);

/* Adds a processed article, replacing any article of the same name
 * (a->file). published is its publication time (Unix seconds); expires
 * is 0 or the time it stops being shown; story is the story id the store
 * has for it (0 if none), which the start-up rebuild tries to keep. The
 * view copies what it keeps. Returns 0 or TD_ERR_NOMEM. */
int sv_add(sv_view *v, const td_article *a, int64_t published, int64_t expires, uint64_t story);

/* Between sv_load_begin and sv_load_end (the start-up rebuild) sv_add
 * only sketches and keeps the articles; sv_load_end then clusters them
 * as a batch: document frequencies of all of them first, then each
 * added oldest first. Memory: about 2.8 KiB per article until then.
 * sv_load_end returns 0 or TD_ERR_NOMEM (articles not clustered are
 * dropped from the view). */
void sv_load_begin(sv_view *v);
int sv_load_end(sv_view *v);

/* Calls fn with every article whose story id the store does not have yet
 * (after sv_add, and after the rebuild for articles whose story got
 * another id), then forgets them, also when fn fails. Returns 0 or fn's
 * first non-zero value. */
int sv_take_story_ids(sv_view *v, int (*fn)(void *ctx, const sv_story_id *id), void *ctx);

/* Whether articles were added live since the last sv_refine. */
int sv_refine_pending(sv_view *v);

/* The batch's second pass over the newest live additions (up to 2,048,
 * oldest first): each is taken out of its story and added again with the
 * document frequencies of now, so it can join a story that began after
 * it. An article alone in its story that starts one again keeps its
 * story id; the ids of those that move go to sv_take_story_ids. Sets
 * *moved to how many changed story. Returns 0 or TD_ERR_NOMEM. */
int sv_refine(sv_view *v, size_t *moved);

/* Removes the article called name. Returns 0 or TD_ERR_NOTFOUND. */
int sv_remove(sv_view *v, const char *name);

/* Writes the contest's answer {"threads":[{"title","category","articles"}]}
 * for q into w, most important first. A story is in a language when a
 * member is, and then lists that language's members only; it is in the
 * period when its last member is. "category" (the most frequent among
 * its members) is written only when q->category is any. */
void sv_threads_json(sv_view *v, const sv_query *q, td_jw *w);

/* Writes tidings' own story list {"clustering","total","stories":[...]}
 * into w (total: matches before the limit), most important first:
 * each story has id, title, category, langs, size (articles listed),
 * members (live members in any language), importance, first and last
 * publication time and its articles (name, title, lang, published).
 * With q->lang only the members in that language are listed. */
void sv_stories_json(sv_view *v, const sv_query *q, td_jw *w);

/* Fills ids with the ids of the first (at most cap) stories of the list
 * q selects, in list order. Returns how many were written. */
size_t sv_story_ids(sv_view *v, const sv_query *q, uint64_t *ids, size_t cap);

/* Calls fn with the name of every member of the live story with the
 * given id (16 hex digits, as in the lists), oldest first, and dup: the
 * position (in that order) of the member it copies, or -1. Under the
 * view's read lock.
 * Returns 0, fn's first non-zero value, or TD_ERR_NOTFOUND. */
int sv_story_members(sv_view *v, const char *id, int64_t now,
		     int (*fn)(void *ctx, const char *name, long dup), void *ctx);

/* Counts of live articles and stories (for /metrics and /healthz). */
size_t sv_narticles(sv_view *v);
size_t sv_nstories(sv_view *v);

/* Publication time the view assigns an article: td_store_published(),
 * else fallback (the time it was received). */
int64_t sv_published_time(const td_article *a, int64_t fallback);

#endif
