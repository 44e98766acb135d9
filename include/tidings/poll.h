/* poll.h - polls a list of feeds: per-feed state, backoff, new and updated items as articles. */
#ifndef TIDINGS_POLL_H
#define TIDINGS_POLL_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/feed.h"
#include "tidings/fetch.h"

/* An item the poller has seen: hashes of its key (guid, else link, else
 * title) and of its content (title and body), its upstream update time
 * and when it was last present in the feed. */
typedef struct {
	uint64_t key, hash;
	int64_t updated, seen_at;
} td_seen_item;

/* What the poller knows about one feed. Strings are malloc'd and owned
 * by the poller. Times are seconds since the epoch, 0 for never. */
typedef struct {
	char *url;
	char *title, *site;          /* from the last successful parse */
	char *etag, *last_modified;  /* validators for the next request */
	char *last_error;            /* NULL after a success */
	int interval;                /* seconds between polls; 0: the default */
	int failures;                /* consecutive failed polls */
	int listed;                  /* named by the current feed list */
	int64_t last_fetch, last_success, next_due;
	td_seen_item *seen;
	size_t nseen, seen_cap;
} td_feed_state;

/* A poller holds the state of every feed it knows. Not thread-safe. */
typedef struct td_poller td_poller;

/* Creates an empty poller; NULL when out of memory. */
td_poller *td_poller_create(void);

/* Frees the poller and its state. NULL is a no-op. */
void td_poller_destroy(td_poller *p);

/* Adds url to the polled feeds (or marks a known feed as listed) with a
 * poll interval in seconds (0: the default). Returns 0, TD_ERR_INVAL
 * (not an http(s) URL) or TD_ERR_NOMEM. */
int td_poller_add(td_poller *p, const char *url, int interval);

/* Reads a feed list: one URL per line, optionally followed by an
 * interval ("30m", "2h", "900s", "1d"; a bare number is minutes); blank
 * lines and lines starting with '#' are skipped. Every URL is added with
 * td_poller_add. Returns the number of feeds, or TD_ERR_IO, TD_ERR_PARSE
 * (detail names the line) or TD_ERR_NOMEM. */
int td_poller_read_list(td_poller *p, const char *path, char *detail, size_t detail_len);

/* Forgets the feeds the list does not name (call after reading it). */
void td_poller_prune(td_poller *p);

/* The feeds, in the order they were added or loaded. */
const td_feed_state *td_poller_feeds(const td_poller *p, size_t *n);

/* Serialises every feed's state as one JSON document (malloc'd, freed by
 * the caller). Returns 0 or TD_ERR_NOMEM. */
int td_poller_state_json(const td_poller *p, char **out);

/* Loads state from a JSON document made by td_poller_state_json; feeds
 * it names are added unlisted (td_poller_add marks them listed). Returns
 * 0 or TD_ERR_PARSE (detail says where) or TD_ERR_NOMEM. */
int td_poller_state_load(td_poller *p, const char *json, size_t len, char *detail,
			 size_t detail_len);

/* File forms of the two above. Saving writes a temporary file and
 * renames it over path. Loading a missing file is not an error. */
int td_poller_save_file(const td_poller *p, const char *path);
int td_poller_load_file(td_poller *p, const char *path, char *detail, size_t detail_len);

/* Describes an article handed to the callback. */
typedef struct {
	const char *feed_url;
	const char *feed_title;   /* the outlet */
	const char *key;          /* guid, else link, else title */
	int update;               /* 1: seen before with other content or an older update time */
	const char *source;       /* "feed": the item's own full text; "page": the
				     article page read with the HTML reader; "summary":
				     the page could not be used, the feed summary stands in */
	const char *page_error;   /* why the page was not used, or NULL */
} td_poll_item;

/* Receives a new or updated article after the pipeline ran on it. The
 * article and its strings live until the callback returns: copy what
 * you keep. Return non-zero to stop the pass. */
typedef int (*td_poll_article_fn)(void *ctx, const td_poll_item *it, td_article *a);

/* The outcome of one feed in a pass. */
typedef struct {
	const td_feed_state *feed; /* state after the pass */
	int polled;                /* 0: not due, skipped */
	int ok;                    /* fetched (or 304) and parsed */
	int not_modified;
	int err;                   /* TD_ERR_* when !ok */
	td_fetch_status status;    /* the feed fetch */
	long http_code;
	const char *error;         /* one line when !ok */
	const char *kind;          /* "rss", "rdf", "atom" or "" */
	size_t items;              /* in the document */
	size_t new_items, updates;
	size_t deferred;           /* over max_items: left for the next pass */
	size_t failed_items;       /* could not be made into an article */
	size_t from_feed, from_page, from_summary;
	size_t page_errors;
} td_poll_report;

typedef void (*td_poll_report_fn)(void *ctx, const td_poll_report *r);

typedef struct {
	int64_t now;          /* the pass's clock (seconds since the epoch); 0: time() */
	int threads;          /* workers; 0 or 1: one feed after another. Feeds
				 are grouped by origin (scheme, host, port) and
				 one worker polls a whole group; all workers share
				 the politeness clocks and robots.txt per host;
				 the callbacks are called one at a time */
	int all;              /* poll every listed feed, due or not */
	int default_interval; /* seconds; 0: 1800; negative: 0 (always due) */
	int max_backoff;      /* cap of the failure backoff in seconds; 0: 86400 */
	size_t max_items;     /* articles per feed and pass; 0: 200 */
	size_t max_seen;      /* remembered items per feed; 0: 2000 */
	td_fetch_opts fetch;  /* limits of feed and page requests */
	td_feed_opts feed;
	td_poll_article_fn on_article; /* may be NULL */
	td_poll_report_fn on_feed;     /* may be NULL */
	int (*should_stop)(void *ctx); /* may be NULL; asked before each feed and
					  item: non-zero ends the pass (shutdown) */
	void *ctx;
} td_poll_opts;

/* One pass over the listed feeds that are due (all of them with
 * o->all): fetch with the stored validators, parse, and turn every new
 * or changed item into a td_article, from the item's own content when it
 * is full text, else from the article page (robots.txt respected), run
 * it through td_pipeline_article and hand it to on_article. A failed
 * feed is retried after its interval doubled per consecutive failure
 * (at least a minute, at most max_backoff, and no sooner than the
 * server's Retry-After); a success resets it. When items were deferred
 * (max_items), the validators are not kept, so the next pass gets the
 * whole document again rather than a 304. The host table (politeness
 * clocks, robots.txt cache) lives in the poller across passes. Feeds
 * that are not due are reported first. Returns the number of feeds that
 * failed (>= 0), or TD_ERR_NOMEM. */
int td_poll_run(td_poller *p, const td_poll_opts *o);

#endif
