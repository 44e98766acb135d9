/* server.h - internal interface of the HTTP service (src/server/). */
#ifndef TIDINGS_SERVER_H
#define TIDINGS_SERVER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "stories_view.h"
#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/jsonw.h"
#include "tidings/reader.h"
#include "tidings/store.h"

/* Routes, for dispatch and metrics. */
typedef enum {
	R_PUT = 0, R_DELETE, R_THREADS, R_ARTICLE, R_SEARCH, R_STORIES, R_HEALTHZ,
	R_METRICS, R_WEB, R_OTHER, R_FEEDS, R_FEEDOUT, R_COUNT
} srv_route;

#define SRV_NCODES 14
#define SRV_NBUCKETS 13

/* Prometheus counters; updated with relaxed atomics. */
typedef struct {
	atomic_ullong requests[R_COUNT][SRV_NCODES];
	atomic_ullong latency[R_COUNT][SRV_NBUCKETS]; /* cumulative at render */
	atomic_ullong latency_us_sum[R_COUNT];
	atomic_ullong puts_created, puts_updated, deletes, expired;
	atomic_ullong feed_articles; /* stored by the feed poller */
	atomic_ullong refinements, refine_moved; /* sv_refine runs, articles moved */
} srv_metrics;

/* A write waiting for the group commit: a put (rec set) or a delete. It
 * lives in its request, whose connection is suspended until done. */
typedef struct srv_job {
	struct srv_job *next;
	struct MHD_Connection *conn;  /* resumed when the job is done; NULL for
					 the feed poller, which waits (srv_write_wait) */
	const td_stored_article *rec; /* put: the record to store */
	td_article *article;          /* put: the processed article for the view */
	int64_t published;            /* put: publication time for the view */
	const char *name;             /* delete: the article's name */
	int rc, created;
	int counted; /* in srv.outstanding until its request completes */
	atomic_int done;
} srv_job;

/* The job's result while the server shuts down. */
#define SRV_STOPPING (-100)

typedef struct srv_feeds srv_feeds;

/* The running service. */
typedef struct {
	td_store *store;          /* writes, start-up loading and expiry */
	const char *db_path;      /* for the read handles of the workers */
	sv_view *view;
	pthread_mutex_t write_mu; /* store writes with their view updates */
	atomic_int loading;       /* 1 until the view is rebuilt from the store */
	const char *write_token;  /* NULL: writes are open */
	size_t max_body;          /* largest PUT body accepted */
	size_t max_pending;       /* memory for all bodies being received */
	atomic_size_t body_bytes; /* of which in use */
	int request_timeout;      /* seconds a request body may take */
	srv_metrics m;
	srv_feeds *feeds;         /* the feed poller, or NULL without --feeds */
	/* Group commit (writer.c); the fields below are under q_mu. */
	pthread_mutex_t q_mu;
	pthread_cond_t q_cv;
	pthread_t writer;
	srv_job *q_head, **q_tail;
	size_t outstanding; /* queued writes whose requests are not complete */
	int stopping, writer_stop;
	unsigned long long batches, batched;
} srv;

/* Starts the writer thread (0 or TD_ERR_NOMEM). */
int srv_writer_start(srv *s);

/* Queues a write whose connection the caller has just suspended. The
 * writer commits everything queued together (one disk sync), applies it
 * to the view, sets job->rc (0, TD_ERR_NOTFOUND for a delete of nothing,
 * SRV_STOPPING when shutting down, or another TD_ERR_*), job->created and
 * job->done, and resumes the connection. */
void srv_enqueue(srv *s, srv_job *job);

/* Queues a write that has no connection (conn NULL) and waits until it
 * is committed and applied to the view. Returns the job's rc. */
int srv_write_wait(srv *s, srv_job *job);

/* Called when the request of a queued job completes (its answer sent or
 * its connection gone). */
void srv_job_finished(srv *s, srv_job *job);

/* Refuses new writes and waits until every queued one is committed and
 * its request completed (answered). */
void srv_writer_drain(srv *s);

/* Stores the story ids the view gave since the last call
 * (sv_take_story_ids) in a transaction of their own; failures are
 * logged (a restart may then rename those stories). */
void srv_save_story_ids(srv *s);

/* Stops the writer thread (after srv_writer_drain and the daemon). */
void srv_writer_stop(srv *s);

/* Reads exactly one article from a document (name, bytes, format) and
 * runs the pipeline on it, allocating in ar. Returns 0 and *out, or a
 * TD_ERR_* code (TD_ERR_INVAL when the document holds several articles);
 * *detail gets a static description of what was wrong. */
int srv_process(const char *name, const char *data, size_t len, td_format fmt, td_arena *ar,
		td_article **out, const char **detail);

/* Rebuilds a processed article from a stored record: from its raw bytes
 * when stored, else from its title, lead and body. */
int srv_rebuild(const td_stored_article *r, td_arena *ar, td_article **out);

/* Format implied by a MIME type ("text/html; charset=utf-8");
 * TD_FMT_AUTO when unknown or NULL. */
td_format srv_format_from_type(const char *type);

/* The charset parameter of a MIME type into out ("" when absent or
 * UTF-8/ASCII, which need no conversion). Returns 0. */
int srv_charset_of_type(const char *type, char *out, size_t cap);

/* Converts data in charset to UTF-8 with ICU into a malloc'd *out.
 * Returns 0, TD_ERR_FORMAT for an unknown charset, or TD_ERR_*. */
int srv_to_utf8(const char *charset, const char *data, size_t len, char **out, size_t *outlen);

/* MIME type stored for a format. */
const char *srv_type_of_format(td_format f);

/* Whether name is a valid article name: 1-255 bytes of valid UTF-8,
 * no '/', '\\' or control characters, not starting with '.'. */
int srv_name_ok(const char *name);

/* ---- the feed poller (feeds.c) ---- */

/* Key of the poller's state in the store's state table. */
#define SRV_FEEDS_STATE_KEY "feeds.poller"

typedef struct {
	const char *list;      /* the feed list file */
	int threads;           /* poll workers; 0: 4 */
	int default_interval;  /* seconds; 0: 1800; negative: always due */
	long host_delay_ms;    /* 0: 1000; negative: none */
	long timeout_ms;       /* per request; 0: 30 s */
	int deny_private;      /* refuse loopback and private addresses */
	int ignore_robots;
	size_t max_bytes;      /* per feed or page; 0: the default */
} srv_feeds_opts;

/* Loads the poller's state from the store, reads the feed list and
 * starts the poller thread, which waits until the view is loaded, then
 * polls the due feeds, stores each new or updated article through the
 * writer (srv_write_wait) under the name "feed-<16 hex digits of its id>"
 * and saves the state after every pass. Returns 0 and *out, or
 * TD_ERR_* after a message (a bad list). */
int srv_feeds_start(srv *s, const srv_feeds_opts *o, srv_feeds **out);

/* Asks the poller thread to re-read the feed list before its next pass,
 * which starts at once (after the pass in progress). The state of feeds
 * still listed is kept; a bad list leaves the old one. NULL is a no-op. */
void srv_feeds_reload(srv_feeds *f);

/* Stops the poller thread (the pass in progress ends after the current
 * request; the state is saved). NULL is a no-op. Call before
 * srv_writer_drain. */
void srv_feeds_stop(srv_feeds *f);

/* Stops (if needed) and frees the poller, once no request can use it
 * (after the daemon stopped). NULL is a no-op. */
void srv_feeds_free(srv_feeds *f);

/* Writes the feeds' health for /api/feeds: {"enabled","feeds":[{url,
 * title, site, status ("ok", "error", "pending"), last_error, last_fetch,
 * last_success, next_due, failures, interval, items, stored, updates}],
 * list, ok, failing, passes, polling, last_pass}. f may be NULL. */
void srv_feeds_json(srv_feeds *f, td_jw *w);

/* Fills a store record for an article from a feed: name gets
 * "feed-<16 hex digits of a->id>" and rec points to it; no raw document
 * (rebuilt from the cleaned fields). */
void srv_feed_record(const td_article *a, int64_t now, char name[32], td_stored_article *rec);

/* Records a finished request. */
void srv_metrics_record(srv_metrics *m, srv_route r, int code, uint64_t micros);

/* Appends the Prometheus text exposition of s to w's buffer. */
void srv_metrics_render(srv *s, char **buf, size_t *len);

/* Starts the HTTP daemon; returns an opaque handle or NULL. */
struct MHD_Daemon *srv_http_start(srv *s, const char *bind, int port, int threads,
				  int max_conns);

/* The compiled-in web assets (generated from web/). */
typedef struct {
	const char *path, *type;
	const unsigned char *data;
	size_t len;
} srv_asset;
extern const srv_asset srv_assets[];
extern const size_t srv_nassets;

#endif
