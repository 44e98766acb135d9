/* fetch.h - polite HTTP(S) GET on libcurl: limits, conditional requests, robots.txt. */
#ifndef TIDINGS_FETCH_H
#define TIDINGS_FETCH_H

#include <stddef.h>

#define TD_FETCH_USER_AGENT "tidings/0.1 (news story engine; feed reader)"
#define TD_FETCH_ROBOTS_AGENT "tidings"

/* What became of a fetch. */
typedef enum {
	TD_FETCH_OK = 0,
	TD_FETCH_NOT_MODIFIED, /* 304: the conditional request matched */
	TD_FETCH_HTTP,         /* the server answered 4xx or 5xx */
	TD_FETCH_TOOBIG,       /* the body passed max_bytes; the transfer was aborted */
	TD_FETCH_TIMEOUT,      /* connect or total time limit reached */
	TD_FETCH_DNS,          /* the host name does not resolve */
	TD_FETCH_CONNECT,      /* the connection was refused or failed */
	TD_FETCH_TLS,          /* certificate or handshake failure */
	TD_FETCH_REDIRECT_LOOP,/* a redirect led back to a URL already visited */
	TD_FETCH_REDIRECTS,    /* more redirects than max_redirects */
	TD_FETCH_CONTENT_TYPE, /* the body is not of the kind asked for */
	TD_FETCH_ROBOTS,       /* robots.txt disallows the URL */
	TD_FETCH_BAD_URL,      /* not an http(s) URL */
	TD_FETCH_NETWORK,      /* any other transfer failure */
	TD_FETCH_BLOCKED       /* the host resolves to an address deny_private refuses */
} td_fetch_status;

/* What is being fetched; decides the content-type check and robots.txt. */
typedef enum {
	TD_FETCH_ANY = 0, /* no check */
	TD_FETCH_FEED,    /* XML types, or an XML body under a generic type */
	TD_FETCH_PAGE     /* HTML; robots.txt is consulted first */
} td_fetch_kind;

typedef struct {
	size_t max_bytes;        /* body limit after decompression; 0: 8 MiB */
	long timeout_ms;         /* whole transfer; 0: 30 s */
	long connect_timeout_ms; /* 0: 10 s */
	int max_redirects;       /* 0: 5; negative: follow none */
	long host_delay_ms;      /* least time between two requests to one host;
				    0: 1000 ms; negative: no delay */
	const char *user_agent;  /* NULL: TD_FETCH_USER_AGENT */
	const char *robots_agent;/* product token for robots.txt; NULL: "tidings" */
	int ignore_robots;       /* 1: never fetch or apply robots.txt */
	int deny_private;        /* 1: refuse to connect to loopback, private,
				    link-local, unique-local, multicast and
				    unspecified addresses (for URLs that come
				    from untrusted users: no SSRF) */
} td_fetch_opts;

/* The outcome of td_fetch. Strings and body are malloc'd, owned by the
 * result and freed by td_fetch_result_free; NULL when absent. */
typedef struct {
	td_fetch_status status;
	long http_code;          /* last HTTP status, 0 when none */
	char *body;              /* NUL-terminated; pages converted to UTF-8 */
	size_t len;
	char *content_type, *etag, *last_modified;
	char *final_url;         /* after redirects */
	int redirects;
	long retry_after;        /* seconds the server asked to wait (Retry-After
				    of a 429 or 503), 0 when none */
	char error[256];         /* one line when status is not OK / NOT_MODIFIED */
} td_fetch_result;

/* A fetcher keeps a connection cache, the time of the last request to
 * each host (for the politeness delay) and each host's robots.txt, read
 * once a day. A fetcher is used by one thread at a time; fetchers made
 * with td_fetcher_create_shared share the host table, so threads with
 * one fetcher each keep the politeness delay and robots.txt per host
 * together. */
typedef struct td_fetcher td_fetcher;

/* Creates a fetcher with the given options (copied; NULL for defaults).
 * Returns NULL when out of memory or when libcurl cannot start. */
td_fetcher *td_fetcher_create(const td_fetch_opts *opts);

/* Creates a fetcher (its own connections and options) that shares the
 * host table of share (NULL: a new table, as td_fetcher_create). The
 * table lives until its last fetcher is destroyed. */
td_fetcher *td_fetcher_create_shared(const td_fetch_opts *opts, td_fetcher *share);

/* Frees the fetcher. NULL is a no-op. */
void td_fetcher_destroy(td_fetcher *f);

/* GETs url (http or https), following up to max_redirects redirects by
 * hand: each hop waits for the host's politeness delay and, for pages,
 * must be allowed by that host's robots.txt. etag and last_modified,
 * when not NULL, make the request conditional (If-None-Match,
 * If-Modified-Since); a 304 gives TD_FETCH_NOT_MODIFIED and no body.
 * Fills *r (always; free it with td_fetch_result_free). Returns 0 for
 * TD_FETCH_OK and TD_FETCH_NOT_MODIFIED, TD_ERR_NOMEM, TD_ERR_TOOBIG,
 * TD_ERR_FORMAT (content type), TD_ERR_INVAL (bad URL) or TD_ERR_IO
 * (every other failure); r->status and r->error say what happened. */
int td_fetch(td_fetcher *f, const char *url, td_fetch_kind kind, const char *etag,
	     const char *last_modified, td_fetch_result *r);

/* Frees what a result holds and zeroes it. */
void td_fetch_result_free(td_fetch_result *r);

/* Short name of a status ("ok", "not-modified", "timeout", ...). */
const char *td_fetch_status_name(td_fetch_status s);

/* ---- robots.txt (RFC 9309) ------------------------------------------ */

/* The rules of one robots.txt that apply to one product token: the
 * groups whose User-agent names the token (case-insensitive), merged, or
 * else the "*" groups. */
typedef struct td_robots td_robots;

/* Parses robots.txt text for agent (e.g. "tidings"). Returns NULL only
 * when out of memory; an empty or junk file allows everything. */
td_robots *td_robots_parse(const char *txt, size_t len, const char *agent);

/* Whether path (path and query of a URL, starting with '/') may be
 * fetched: the Allow or Disallow rule with the longest pattern wins, Allow
 * on a tie; "*" matches any run of characters, a final "$" anchors the
 * end. No matching rule, or r NULL, means allowed. */
int td_robots_allowed(const td_robots *r, const char *path);

/* Crawl-delay of the chosen groups in milliseconds, 0 when none. */
long td_robots_crawl_delay_ms(const td_robots *r);

void td_robots_free(td_robots *r);

#endif
