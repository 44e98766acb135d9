/* store.h - durable article store on SQLite (WAL, FTS5 full-text search). */
#ifndef TIDINGS_STORE_H
#define TIDINGS_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"
#include "tidings/article.h"

/* An open database. Every call takes the handle's own lock, so one
 * handle may be shared by threads; calls are serialised. The database
 * runs in WAL mode with synchronous=FULL: when td_store_put or
 * td_store_delete returns 0 outside an explicit transaction, the change
 * has been written to disk and survives a crash or power loss. */
typedef struct td_store td_store;

/* One stored article. Strings may be NULL (unknown). Strings returned by
 * the store live in the arena given to the call (or, for iteration and
 * search callbacks, until the callback returns). */
typedef struct {
	const char *name;         /* unique key: the PUT name or file name */
	uint64_t id;              /* td_article.id */
	const char *url, *outlet;
	const char *lang;         /* ISO 639-1 or "" */
	td_day date;              /* publication day or TD_NODATE */
	int64_t published;        /* publication time (Unix seconds) or
	                           * TD_NOTIME; see td_store_published */
	const char *title, *lead, *body;
	td_category category;
	int is_news;              /* -1 unknown, 0, 1 */
	int64_t expires;          /* Unix seconds after which the article is
	                           * dropped (from max-age); 0 = never */
	int64_t received;         /* Unix seconds when it was stored */
	const char *content_type; /* of the raw document, e.g. "text/html" */
	const void *raw;          /* the document as received, or NULL when
	                           * the article came from a multi-item file */
	size_t raw_len;
	const char *snippet;      /* search results only: highlighted excerpt */
	uint64_t story;           /* the story id the service last gave it,
	                           * 0 when none (see td_store_set_story) */
} td_stored_article;

/* Called once per article by iteration, search and expiry. Return
 * non-zero to stop; that value is then returned by the call. */
typedef int (*td_store_fn)(void *ctx, const td_stored_article *a);

/* An unknown publication time. */
#define TD_NOTIME INT64_MIN

/* Schema version this build writes (PRAGMA user_version). */
#define TD_STORE_SCHEMA 3

/* Opens or creates the database at path (":memory:" for a private
 * database that lives in memory, without WAL) and migrates its schema to
 * TD_STORE_SCHEMA. A database newer than this build is refused
 * (TD_ERR_DB). Returns 0 and *out (close with td_store_close), or
 * TD_ERR_DB / TD_ERR_NOMEM (with *out NULL). */
int td_store_open(const char *path, td_store **out);

/* Why the last td_store_open of the calling thread failed ("" when it
 * did not): SQLite's message or a schema version conflict. */
const char *td_store_open_error(void);

/* Closes the database (checkpointing the WAL). NULL is a no-op. */
void td_store_close(td_store *s);

/* The last SQLite error message of the handle (for logs). */
const char *td_store_errmsg(td_store *s);

/* Inserts the article, or replaces the one with the same name. Sets
 * *created to 1 when the name was new, 0 when it replaced one (created
 * may be NULL). a->name must be set. received is taken from the record
 * when non-zero, else from the clock. Outside td_store_begin/commit the
 * change is durable on return. Returns 0 or TD_ERR_DB / TD_ERR_INVAL. */
int td_store_put(td_store *s, const td_stored_article *a, int *created);

/* Deletes the article called name. Returns 0, TD_ERR_NOTFOUND when there
 * is none, or TD_ERR_DB. */
int td_store_delete(td_store *s, const char *name);

/* Reads the article called name into *out, its strings and raw bytes in
 * ar. Returns 0, TD_ERR_NOTFOUND, TD_ERR_NOMEM or TD_ERR_DB. */
int td_store_get(td_store *s, const char *name, td_arena *ar, td_stored_article *out);

/* Like td_store_get but by td_article.id (the first when ids collide). */
int td_store_get_id(td_store *s, uint64_t id, td_arena *ar, td_stored_article *out);

/* Calls fn for every article in insertion order (oldest first), with raw
 * bytes when with_raw. Returns 0, fn's non-zero value, or TD_ERR_DB. */
int td_store_each(td_store *s, int with_raw, td_store_fn fn, void *ctx);

/* Full-text search over title and body. query is user text: it is split
 * into words and each word is quoted, so FTS5 syntax in it is inert;
 * words are ANDed, the last one matches as a prefix. Results come best
 * first (BM25, title weighted 4:1) among the 2000 newest matches, at
 * most limit (<= 1000), with a snippet and without body and raw.
 * Returns the number of results, or TD_ERR_DB; an empty query yields 0. */
int td_store_search(td_store *s, const char *query, size_t limit, td_store_fn fn, void *ctx);

/* Deletes every article whose expiry is set and <= now, calling fn (may
 * be NULL) with each before it goes (name, id and lang are set). Returns
 * the number deleted or TD_ERR_DB. */
int td_store_expire(td_store *s, int64_t now, td_store_fn fn, void *ctx);

/* Stores value (len bytes) under key in the state table, replacing
 * what was there (e.g. the feed poller's state as JSON). Durable on
 * return outside td_store_begin/commit. Returns 0 or TD_ERR_DB /
 * TD_ERR_INVAL (empty key). */
int td_store_state_put(td_store *s, const char *key, const void *value, size_t len);

/* Reads the value stored under key into ar, NUL-terminated (so text can
 * be used as a string), with its length in *len (may be NULL). Returns
 * 0, TD_ERR_NOTFOUND, TD_ERR_NOMEM or TD_ERR_DB. */
int td_store_state_get(td_store *s, const char *key, td_arena *ar, char **value, size_t *len);

/* Records the story id the service gave article name (0 forgets it), so
 * that a restart can give its story the same id. Not part of the
 * article: td_store_put keeps it. No error when name is not stored.
 * Returns 0 or TD_ERR_DB. */
int td_store_set_story(td_store *s, const char *name, uint64_t story);

/* Number of stored articles, or TD_ERR_DB. */
long long td_store_count(td_store *s);

/* Groups puts and deletes in one transaction (one disk sync at commit),
 * for bulk loading. The handle's lock is held from begin to commit or
 * rollback: only the calling thread may use it meanwhile. */
int td_store_begin(td_store *s);
int td_store_commit(td_store *s);
void td_store_rollback(td_store *s);

/* Publication time of a processed article: its declared date and time
 * (td_article.published_at) when its date is the declared one, else its
 * day at 00:00 UTC, else TD_NOTIME. */
int64_t td_store_published(const td_article *a);

/* Fills a record from a processed article (name, id, url, outlet, lang,
 * date, published, title, lead, body, category, is_news). Pointers refer to a's
 * strings; expires, received, content type and raw are left 0/NULL. */
void td_store_from_article(td_stored_article *r, const td_article *a);

#endif
