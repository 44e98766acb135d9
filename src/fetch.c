/* fetch.c - HTTP GET on libcurl with limits, politeness delay and robots.txt. */
#include "tidings/fetch.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <curl/curl.h>

#include "tidings/error.h"

/* ---- robots.txt ----------------------------------------------------- */

typedef struct {
	char *pat; /* pattern without a final '$' */
	size_t len;
	int allow, anchored;
} robots_rule;

struct td_robots {
	robots_rule *rules;
	size_t n, cap;
	long delay_ms;
};

static int robots_add(td_robots *r, const char *pat, size_t n, int allow)
{
	if (r->n == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 16;
		robots_rule *v = realloc(r->rules, nc * sizeof(*v));
		if (!v)
			return -1;
		r->rules = v;
		r->cap = nc;
	}
	robots_rule *ru = &r->rules[r->n];
	ru->anchored = n && pat[n - 1] == '$';
	ru->len = n; /* the priority counts the whole pattern */
	ru->pat = strndup(pat, n - (size_t)ru->anchored);
	if (!ru->pat)
		return -1;
	ru->allow = allow;
	r->n++;
	return 0;
}

/* Whether a user-agent line's value names agent: its product token
 * (up to a '/' or blank) equals agent, case-insensitively. */
static int ua_matches(const char *v, size_t n, const char *agent)
{
	size_t k = 0;
	while (k < n && v[k] != '/' && v[k] != ' ' && v[k] != '\t')
		k++;
	return k == strlen(agent) && !strncasecmp(v, agent, k);
}

td_robots *td_robots_parse(const char *txt, size_t len, const char *agent)
{
	/* Two passes over the groups: rules of groups naming the agent; when
	 * there are none, rules of the "*" groups. */
	td_robots *res = calloc(1, sizeof(*res));
	if (!res)
		return NULL;
	for (int pass = 0; pass < 2; pass++) {
		int in_agents = 0, group_match = 0, any = 0;
		const char *s = txt, *end = txt + len;
		while (s < end) {
			const char *eol = memchr(s, '\n', (size_t)(end - s));
			if (!eol)
				eol = end;
			const char *line = s, *le = eol;
			s = eol + 1;
			const char *hash = memchr(line, '#', (size_t)(le - line));
			if (hash)
				le = hash;
			while (line < le && isspace((unsigned char)*line))
				line++;
			while (le > line && isspace((unsigned char)le[-1]))
				le--;
			const char *colon = memchr(line, ':', (size_t)(le - line));
			if (!colon)
				continue;
			const char *ke = colon;
			while (ke > line && isspace((unsigned char)ke[-1]))
				ke--;
			const char *v = colon + 1;
			while (v < le && isspace((unsigned char)*v))
				v++;
			size_t kn = (size_t)(ke - line), vn = (size_t)(le - v);
			if ((kn == 10 && !strncasecmp(line, "user-agent", 10)) ||
			    (kn == 9 && !strncasecmp(line, "useragent", 9))) {
				if (!in_agents)
					group_match = 0;
				in_agents = 1;
				int m = pass == 0 ? ua_matches(v, vn, agent) : (vn == 1 && *v == '*');
				group_match |= m;
				continue;
			}
			in_agents = 0;
			if (!group_match)
				continue;
			int allow = kn == 5 && !strncasecmp(line, "allow", 5);
			int disallow = kn == 8 && !strncasecmp(line, "disallow", 8);
			if ((allow || disallow) && vn) {
				any = 1;
				if (robots_add(res, v, vn, allow) < 0)
					goto nomem;
			} else if (disallow) {
				any = 1; /* "Disallow:" (empty) allows everything */
			} else if (kn == 11 && !strncasecmp(line, "crawl-delay", 11)) {
				double d = strtod(v, NULL);
				if (d > 0 && d < 86400)
					res->delay_ms = (long)(d * 1000);
				any = 1;
			}
		}
		if (any)
			break;
	}
	return res;
nomem:
	td_robots_free(res);
	return NULL;
}

/* Matches pattern p[0..pn) ('*' wildcards) against a prefix of s, or the
 * whole of s when anchored. Linear backtracking to the last '*'. */
static int robots_match(const char *p, size_t pn, int anchored, const char *s)
{
	size_t i = 0, j = 0, n = strlen(s);
	size_t star = (size_t)-1, mark = 0;
	for (;;) {
		if (j == pn && (!anchored || i == n))
			return 1;
		if (j < pn && p[j] == '*') {
			star = j++;
			mark = i;
			continue;
		}
		if (i < n && j < pn && p[j] == s[i]) {
			i++, j++;
			continue;
		}
		if (star != (size_t)-1 && mark < n) {
			j = star + 1;
			i = ++mark;
			continue;
		}
		return 0;
	}
}

int td_robots_allowed(const td_robots *r, const char *path)
{
	if (!r || !path || !strcmp(path, "/robots.txt"))
		return 1;
	size_t best = 0;
	int allowed = 1, found = 0;
	for (size_t i = 0; i < r->n; i++) {
		const robots_rule *ru = &r->rules[i];
		if (!robots_match(ru->pat, strlen(ru->pat), ru->anchored, path))
			continue;
		if (!found || ru->len > best || (ru->len == best && ru->allow)) {
			best = ru->len;
			allowed = ru->allow;
			found = 1;
		}
	}
	return allowed;
}

long td_robots_crawl_delay_ms(const td_robots *r)
{
	return r ? r->delay_ms : 0;
}

void td_robots_free(td_robots *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->rules[i].pat);
	free(r->rules);
	free(r);
}

/* ---- fetcher -------------------------------------------------------- */

enum { ROBOTS_UNKNOWN = 0, ROBOTS_RULES, ROBOTS_ALLOW_ALL, ROBOTS_DISALLOW_ALL };

/* What the fetchers of one family know about a host. origin is set
 * once; last_ms and crawl_ms are guarded by the table lock; the robots
 * fields by the host's own rlock (held while robots.txt is read, so
 * fetchers needing the same host wait for one read). */
typedef struct {
	char *origin;        /* scheme://host:port */
	long long last_ms;   /* monotonic time of the latest request slot, 0 never */
	long crawl_ms;       /* Crawl-delay of our robots.txt group */
	pthread_mutex_t rlock;
	int robots_state;
	long long robots_ms; /* when robots.txt was read; it is reread after a day */
	td_robots *robots;
	char robots_why[128];
} host_state;

/* The host table shared by a family of fetchers (td_fetcher_create_shared). */
typedef struct {
	pthread_mutex_t lock;
	host_state **v;      /* individually allocated: pointers stay valid */
	size_t n, cap;
	int refs;
} host_table;

struct td_fetcher {
	td_fetch_opts o;
	CURL *curl;
	host_table *ht;
};

/* One transfer's buffers. */
typedef struct {
	char *body;
	size_t len, cap, max;
	int toobig, blocked;
	char *ctype, *etag, *lastmod, *retry;
} xfer;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static int curl_ok;

static void curl_init(void)
{
	curl_ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long long ms)
{
	struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

td_fetcher *td_fetcher_create(const td_fetch_opts *opts)
{
	return td_fetcher_create_shared(opts, NULL);
}

td_fetcher *td_fetcher_create_shared(const td_fetch_opts *opts, td_fetcher *share)
{
	pthread_once(&curl_once, curl_init);
	if (!curl_ok)
		return NULL;
	td_fetcher *f = calloc(1, sizeof(*f));
	if (!f)
		return NULL;
	if (share) {
		f->ht = share->ht;
		pthread_mutex_lock(&f->ht->lock);
		f->ht->refs++;
		pthread_mutex_unlock(&f->ht->lock);
	} else {
		f->ht = calloc(1, sizeof(*f->ht));
		if (!f->ht || pthread_mutex_init(&f->ht->lock, NULL)) {
			free(f->ht);
			free(f);
			return NULL;
		}
		f->ht->refs = 1;
	}
	if (opts)
		f->o = *opts;
	if (!f->o.max_bytes)
		f->o.max_bytes = 8u << 20;
	if (!f->o.timeout_ms)
		f->o.timeout_ms = 30000;
	if (!f->o.connect_timeout_ms)
		f->o.connect_timeout_ms = 10000;
	if (!f->o.max_redirects)
		f->o.max_redirects = 5;
	if (f->o.max_redirects < 0)
		f->o.max_redirects = 0;
	if (!f->o.host_delay_ms)
		f->o.host_delay_ms = 1000;
	if (f->o.host_delay_ms < 0)
		f->o.host_delay_ms = 0;
	if (!f->o.user_agent)
		f->o.user_agent = TD_FETCH_USER_AGENT;
	if (!f->o.robots_agent)
		f->o.robots_agent = TD_FETCH_ROBOTS_AGENT;
	f->curl = curl_easy_init();
	if (!f->curl) {
		td_fetcher_destroy(f);
		return NULL;
	}
	return f;
}

void td_fetcher_destroy(td_fetcher *f)
{
	if (!f)
		return;
	host_table *ht = f->ht;
	pthread_mutex_lock(&ht->lock);
	int last = --ht->refs == 0;
	pthread_mutex_unlock(&ht->lock);
	if (last) {
		for (size_t i = 0; i < ht->n; i++) {
			free(ht->v[i]->origin);
			td_robots_free(ht->v[i]->robots);
			pthread_mutex_destroy(&ht->v[i]->rlock);
			free(ht->v[i]);
		}
		free(ht->v);
		pthread_mutex_destroy(&ht->lock);
		free(ht);
	}
	if (f->curl)
		curl_easy_cleanup(f->curl);
	free(f);
}

void td_fetch_result_free(td_fetch_result *r)
{
	if (!r)
		return;
	free(r->body);
	free(r->content_type);
	free(r->etag);
	free(r->last_modified);
	free(r->final_url);
	memset(r, 0, sizeof(*r));
}

const char *td_fetch_status_name(td_fetch_status s)
{
	static const char *const names[] = {
		"ok", "not-modified", "http-error", "too-big", "timeout", "dns", "connect",
		"tls", "redirect-loop", "too-many-redirects", "content-type", "robots",
		"bad-url", "network", "blocked"
	};
	return (unsigned)s < sizeof(names) / sizeof(names[0]) ? names[s] : "unknown";
}

static size_t on_body(char *p, size_t size, size_t nmemb, void *ud)
{
	xfer *x = ud;
	size_t n = size * nmemb;
	if (x->len + n > x->max) {
		x->toobig = 1;
		return 0; /* aborts the transfer */
	}
	if (x->len + n + 1 > x->cap) {
		size_t nc = (x->len + n + 1) * 2;
		if (nc > x->max + 1)
			nc = x->max + 1;
		char *nb = realloc(x->body, nc);
		if (!nb)
			return 0;
		x->body = nb;
		x->cap = nc;
	}
	memcpy(x->body + x->len, p, n);
	x->len += n;
	x->body[x->len] = 0;
	return n;
}

static void set_header(char **dst, const char *v, size_t n)
{
	while (n && isspace((unsigned char)*v))
		v++, n--;
	while (n && isspace((unsigned char)v[n - 1]))
		n--;
	free(*dst);
	*dst = n ? strndup(v, n) : NULL;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *ud)
{
	xfer *x = ud;
	size_t n = size * nmemb;
	if (n >= 5 && !strncmp(p, "HTTP/", 5)) { /* a new response: forget the last */
		set_header(&x->ctype, "", 0);
		set_header(&x->etag, "", 0);
		set_header(&x->lastmod, "", 0);
		set_header(&x->retry, "", 0);
		return n;
	}
	const char *colon = memchr(p, ':', n);
	if (!colon)
		return n;
	size_t kn = (size_t)(colon - p);
	const char *v = colon + 1;
	size_t vn = n - kn - 1;
	if (kn == 4 && !strncasecmp(p, "etag", 4))
		set_header(&x->etag, v, vn);
	else if (kn == 13 && !strncasecmp(p, "last-modified", 13))
		set_header(&x->lastmod, v, vn);
	else if (kn == 12 && !strncasecmp(p, "content-type", 12))
		set_header(&x->ctype, v, vn);
	else if (kn == 11 && !strncasecmp(p, "retry-after", 11))
		set_header(&x->retry, v, vn);
	return n;
}

static void xfer_free(xfer *x)
{
	free(x->body);
	free(x->ctype);
	free(x->etag);
	free(x->lastmod);
	free(x->retry);
	memset(x, 0, sizeof(*x));
}

/* Whether an address is one a public fetcher must not reach. */
static int private_addr(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		uint32_t a = ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr);
		return (a >> 24) == 0 || (a >> 24) == 10 || (a >> 24) == 127 ||
		       (a >> 16) == 0xA9FE ||              /* 169.254/16 link-local */
		       (a >> 20) == 0xAC1 ||               /* 172.16/12 */
		       (a >> 16) == 0xC0A8 ||              /* 192.168/16 */
		       (a >> 22) == (100u << 2 | 1) ||     /* 100.64/10 shared */
		       (a >> 28) >= 0xE;                   /* multicast, reserved */
	}
	if (sa->sa_family == AF_INET6) {
		const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
		if (IN6_IS_ADDR_V4MAPPED(a) || IN6_IS_ADDR_V4COMPAT(a)) {
			struct sockaddr_in v4 = {.sin_family = AF_INET};
			memcpy(&v4.sin_addr, a->s6_addr + 12, 4);
			return private_addr((const struct sockaddr *)&v4);
		}
		return IN6_IS_ADDR_LOOPBACK(a) || IN6_IS_ADDR_UNSPECIFIED(a) ||
		       IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_SITELOCAL(a) ||
		       IN6_IS_ADDR_MULTICAST(a) || (a->s6_addr[0] & 0xFE) == 0xFC;
	}
	return 1; /* unix sockets and the rest */
}

/* libcurl's socket opener with the deny_private check: every address
 * curl is about to connect to, after DNS, so rebinding does not help. */
static curl_socket_t open_checked(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
	xfer *x = ud;
	(void)purpose;
	if (private_addr(&a->addr)) {
		x->blocked = 1;
		return CURL_SOCKET_BAD;
	}
	return socket(a->family, a->socktype, a->protocol);
}

/* Splits url into its origin and its path with query; 0 or -1 when it
 * is not an absolute http(s) URL. */
static int split_url(const char *url, char **origin, char **path)
{
	*origin = *path = NULL;
	CURLU *u = curl_url();
	if (!u)
		return -1;
	char *scheme = NULL, *host = NULL, *port = NULL, *p = NULL, *q = NULL;
	int rc = -1;
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    (strcmp(scheme, "http") && strcmp(scheme, "https")))
		goto out;
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PATH, &p, 0) != CURLUE_OK)
		goto out;
	curl_url_get(u, CURLUPART_QUERY, &q, 0);
	size_t ol = strlen(scheme) + strlen(host) + strlen(port) + 8;
	*origin = malloc(ol);
	*path = malloc(strlen(p) + (q ? strlen(q) : 0) + 3);
	if (!*origin || !*path) {
		free(*origin);
		free(*path);
		*origin = *path = NULL;
		goto out;
	}
	for (char *c = host; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	snprintf(*origin, ol, "%s://%s:%s", scheme, host, port);
	sprintf(*path, "%s%s%s", *p ? p : "/", q ? "?" : "", q ? q : "");
	rc = 0;
out:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(p);
	curl_free(q);
	curl_url_cleanup(u);
	return rc;
}

static host_state *host_get(td_fetcher *f, const char *origin)
{
	host_table *ht = f->ht;
	host_state *h = NULL;
	pthread_mutex_lock(&ht->lock);
	for (size_t i = 0; i < ht->n && !h; i++)
		if (!strcmp(ht->v[i]->origin, origin))
			h = ht->v[i];
	if (h)
		goto out;
	if (ht->n == ht->cap) {
		size_t nc = ht->cap ? ht->cap * 2 : 8;
		host_state **v = realloc(ht->v, nc * sizeof(*v));
		if (!v)
			goto out;
		ht->v = v;
		ht->cap = nc;
	}
	h = calloc(1, sizeof(*h));
	if (!h || !(h->origin = strdup(origin)) || pthread_mutex_init(&h->rlock, NULL)) {
		if (h)
			free(h->origin);
		free(h);
		h = NULL;
		goto out;
	}
	ht->v[ht->n++] = h;
out:
	pthread_mutex_unlock(&ht->lock);
	return h;
}

/* Takes the host's next request slot (the politeness delay after the
 * previous one, whichever fetcher of the family made it) and sleeps
 * until it comes. */
static void polite_wait(td_fetcher *f, host_state *h)
{
	long delay = f->o.host_delay_ms;
	pthread_mutex_lock(&f->ht->lock);
	if (h->crawl_ms > delay)
		delay = h->crawl_ms > 30000 ? 30000 : h->crawl_ms;
	long long now = now_ms(), slot = now;
	if (h->last_ms && h->last_ms + delay > now)
		slot = h->last_ms + delay;
	h->last_ms = slot;
	pthread_mutex_unlock(&f->ht->lock);
	if (slot > now)
		sleep_ms(slot - now);
}

static td_fetch_status curl_status(CURLcode c)
{
	switch (c) {
	case CURLE_OPERATION_TIMEDOUT: return TD_FETCH_TIMEOUT;
	case CURLE_COULDNT_RESOLVE_HOST: return TD_FETCH_DNS;
	case CURLE_COULDNT_CONNECT: return TD_FETCH_CONNECT;
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_SSL_ENGINE_NOTFOUND:
	case CURLE_SSL_ENGINE_SETFAILED:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_SSL_SHUTDOWN_FAILED:
	case CURLE_USE_SSL_FAILED:
		return TD_FETCH_TLS;
	case CURLE_FILESIZE_EXCEEDED: return TD_FETCH_TOOBIG;
	case CURLE_TOO_MANY_REDIRECTS: return TD_FETCH_REDIRECTS;
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT: return TD_FETCH_BAD_URL;
	default: return TD_FETCH_NETWORK;
	}
}

/* One request, no redirect following. Sets r->status for transfer
 * failures, r->http_code, and leaves the buffers in x. */
static void request(td_fetcher *f, const char *url, td_fetch_kind kind, const char *etag,
		    const char *lastmod, size_t max, xfer *x, td_fetch_result *r, char **location)
{
	static const char *const accept[] = {
		"Accept: */*",
		"Accept: application/rss+xml, application/atom+xml, application/rdf+xml, "
		"application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
		"Accept: text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
	};
	CURL *c = f->curl;
	char errbuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *hdr = NULL, *t;
	char line[1024];
	int hdr_fail = 0;
	hdr_fail |= !(hdr = curl_slist_append(NULL, accept[kind <= TD_FETCH_PAGE ? kind : 0]));
	if (etag && *etag) {
		snprintf(line, sizeof(line), "If-None-Match: %s", etag);
		hdr_fail |= !(t = curl_slist_append(hdr, line));
		hdr = t ? t : hdr;
	}
	if (lastmod && *lastmod) {
		snprintf(line, sizeof(line), "If-Modified-Since: %s", lastmod);
		hdr_fail |= !(t = curl_slist_append(hdr, line));
		hdr = t ? t : hdr;
	}
	x->max = max;
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, f->o.user_agent);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, f->o.timeout_ms);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, f->o.connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
	if (f->o.deny_private) {
		curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, open_checked);
		curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, x);
	}
	if (hdr_fail) {
		r->status = TD_FETCH_NETWORK;
		snprintf(r->error, sizeof(r->error), "out of memory");
		curl_slist_free_all(hdr);
		return;
	}
	CURLcode rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->http_code);
	if (x->blocked) {
		r->status = TD_FETCH_BLOCKED;
		snprintf(r->error, sizeof(r->error),
			 "refused: the host has a private or local address");
	} else if (x->toobig || rc == CURLE_FILESIZE_EXCEEDED) {
		r->status = TD_FETCH_TOOBIG;
		snprintf(r->error, sizeof(r->error), "response larger than %zu bytes (aborted)", max);
	} else if (rc != CURLE_OK) {
		r->status = curl_status(rc);
		const char *why = errbuf[0] ? errbuf : curl_easy_strerror(rc);
		if (r->status == TD_FETCH_TLS)
			snprintf(r->error, sizeof(r->error), "TLS error: %.200s", why);
		else if (r->status == TD_FETCH_TIMEOUT)
			snprintf(r->error, sizeof(r->error), "timed out (limit %ld ms): %.180s",
				 f->o.timeout_ms, why);
		else
			snprintf(r->error, sizeof(r->error), "%s", why);
	} else if (r->http_code >= 300 && r->http_code < 400 && r->http_code != 304) {
		char *loc = NULL;
		curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &loc);
		*location = loc ? strdup(loc) : NULL;
		if (!*location) {
			r->status = TD_FETCH_HTTP;
			snprintf(r->error, sizeof(r->error), "HTTP %ld without a Location",
				 r->http_code);
		}
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
	curl_slist_free_all(hdr);
}

/* Reads robots.txt of h once, following up to 5 redirects. */
static void load_robots(td_fetcher *f, host_state *h)
{
	char *url = malloc(strlen(h->origin) + 12);
	td_fetch_result r;
	memset(&r, 0, sizeof(r));
	xfer x = {0};
	td_robots_free(h->robots);
	h->robots = NULL;
	h->robots_why[0] = 0;
	h->robots_ms = now_ms();
	if (!url) {
		h->robots_state = ROBOTS_DISALLOW_ALL;
		snprintf(h->robots_why, sizeof(h->robots_why), "out of memory");
		return;
	}
	sprintf(url, "%s/robots.txt", h->origin);
	for (int hop = 0; hop < 6; hop++) {
		char *loc = NULL;
		xfer_free(&x);
		polite_wait(f, h);
		request(f, url, TD_FETCH_ANY, NULL, NULL, 512u << 10, &x, &r, &loc);
		free(url);
		url = loc;
		if (!loc || r.status != TD_FETCH_OK)
			break;
	}
	free(url);
	if (r.status == TD_FETCH_OK && r.http_code >= 200 && r.http_code < 300) {
		h->robots = td_robots_parse(x.body ? x.body : "", x.len, f->o.robots_agent);
		h->robots_state = h->robots ? ROBOTS_RULES : ROBOTS_ALLOW_ALL;
		pthread_mutex_lock(&f->ht->lock);
		h->crawl_ms = td_robots_crawl_delay_ms(h->robots);
		pthread_mutex_unlock(&f->ht->lock);
	} else if (r.status == TD_FETCH_OK && r.http_code >= 400 && r.http_code < 500) {
		h->robots_state = ROBOTS_ALLOW_ALL; /* no robots.txt: no rules */
	} else {
		h->robots_state = ROBOTS_DISALLOW_ALL; /* unreachable: assume complete disallow */
		snprintf(h->robots_why, sizeof(h->robots_why), "robots.txt unreachable (%.80s)",
			 r.error[0] ? r.error : "server error");
	}
	xfer_free(&x);
}

static int type_is(const char *ct, const char *t)
{
	size_t n = strlen(t);
	return ct && !strncasecmp(ct, t, n) && (ct[n] == 0 || ct[n] == ';' || ct[n] == ' ');
}

/* Whether the body starts like a feed document. */
static int sniff_feed(const char *b, size_t n)
{
	size_t i = 0;
	if (n >= 3 && !memcmp(b, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && isspace((unsigned char)b[i]))
		i++;
	const char *s = b + i;
	size_t k = n - i;
	if (k >= 5 && !memcmp(s, "<?xml", 5))
		return 1;
	return (k >= 4 && !memcmp(s, "<rss", 4)) || (k >= 5 && !memcmp(s, "<feed", 5)) ||
	       (k >= 8 && !memcmp(s, "<rdf:RDF", 8));
}

static int content_ok(td_fetch_kind kind, const char *ct, const char *b, size_t n)
{
	if (kind == TD_FETCH_ANY)
		return 1;
	if (kind == TD_FETCH_PAGE)
		return !ct || !*ct || type_is(ct, "text/html") || type_is(ct, "application/xhtml+xml");
	/* Feeds: any XML type; generic types only with an XML body. */
	if (ct && *ct) {
		const char *semi = strchr(ct, ';');
		size_t tl = semi ? (size_t)(semi - ct) : strlen(ct);
		if (memmem(ct, tl, "xml", 3) || memmem(ct, tl, "rss", 3) || memmem(ct, tl, "atom", 4))
			return 1;
		if (!type_is(ct, "text/plain") && !type_is(ct, "application/octet-stream") &&
		    !type_is(ct, "text/html"))
			return 0;
	}
	return sniff_feed(b ? b : "", n);
}

/* The charset of a page: the Content-Type parameter, else a <meta> in
 * the first 2 KiB. Writes "" when none. */
static void page_charset(const char *ct, const char *b, size_t n, char out[32])
{
	out[0] = 0;
	const char *p = ct ? strcasestr(ct, "charset=") : NULL;
	size_t lim = n < 2048 ? n : 2048;
	char head[2049];
	if (!p && b) {
		memcpy(head, b, lim);
		head[lim] = 0;
		for (size_t i = 0; i < lim; i++)
			if (!head[i])
				head[i] = ' ';
		p = strcasestr(head, "charset=");
	}
	if (!p)
		return;
	p += 8;
	while (*p == '"' || *p == '\'' || *p == ' ')
		p++;
	size_t k = 0;
	while (k < 31 && (isalnum((unsigned char)p[k]) || p[k] == '-' || p[k] == '_' || p[k] == ':'))
		k++;
	memcpy(out, p, k);
	out[k] = 0;
}

/* Converts a page body to UTF-8 when its declared charset is another
 * one. Unknown charsets and invalid bytes leave the body as it is. */
static int to_utf8(xfer *x, const char *charset)
{
	if (!charset[0] || !strcasecmp(charset, "utf-8") || !strcasecmp(charset, "utf8") ||
	    !x->body)
		return 0;
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return 0;
	size_t cap = x->len * 4 + 1;
	char *out = malloc(cap);
	if (!out) {
		iconv_close(cd);
		return TD_ERR_NOMEM;
	}
	char *in = x->body, *o = out;
	size_t il = x->len, ol = cap - 1;
	size_t rc = iconv(cd, &in, &il, &o, &ol);
	iconv_close(cd);
	if (rc == (size_t)-1) {
		free(out);
		return 0;
	}
	*o = 0;
	free(x->body);
	x->body = out;
	x->len = (size_t)(o - out);
	x->cap = cap;
	return 0;
}

/* Retry-After as seconds from now: delta-seconds or an HTTP date; 0 when
 * absent or past, at most a week. */
static long retry_after(const char *v)
{
	if (!v || !*v)
		return 0;
	long s = 0;
	if (isdigit((unsigned char)*v)) {
		char *end;
		s = strtol(v, &end, 10);
		if (*end)
			return 0;
	} else {
		time_t t = curl_getdate(v, NULL);
		s = t > 0 ? (long)(t - time(NULL)) : 0;
	}
	return s < 0 ? 0 : s > 7 * 86400 ? 7 * 86400 : s;
}

static int fail(td_fetch_result *r, td_fetch_status st)
{
	r->status = st;
	switch (st) {
	case TD_FETCH_TOOBIG: return TD_ERR_TOOBIG;
	case TD_FETCH_CONTENT_TYPE: return TD_ERR_FORMAT;
	case TD_FETCH_BAD_URL: return TD_ERR_INVAL;
	default: return TD_ERR_IO;
	}
}

int td_fetch(td_fetcher *f, const char *url, td_fetch_kind kind, const char *etag,
	     const char *last_modified, td_fetch_result *r)
{
	memset(r, 0, sizeof(*r));
	char *visited[34] = {0};
	int nvisited = 0, rc = 0, cur_owned = 1;
	char *cur = strdup(url ? url : "");
	xfer x = {0};
	if (!cur)
		return TD_ERR_NOMEM;
	for (;;) {
		char *origin = NULL, *path = NULL;
		if (split_url(cur, &origin, &path) < 0) {
			snprintf(r->error, sizeof(r->error), "not an http(s) URL: %.200s", cur);
			rc = fail(r, TD_FETCH_BAD_URL);
			break;
		}
		host_state *h = host_get(f, origin);
		free(origin);
		if (!h) {
			free(path);
			rc = TD_ERR_NOMEM;
			break;
		}
		if (kind == TD_FETCH_PAGE && !f->o.ignore_robots) {
			pthread_mutex_lock(&h->rlock);
			if (h->robots_state == ROBOTS_UNKNOWN ||
			    now_ms() - h->robots_ms > 24LL * 3600 * 1000)
				load_robots(f, h);
			int ok = h->robots_state == ROBOTS_ALLOW_ALL ||
				 (h->robots_state == ROBOTS_RULES && td_robots_allowed(h->robots, path));
			if (!ok)
				snprintf(r->error, sizeof(r->error), "%.100s: %.140s",
					 h->robots_why[0] ? h->robots_why : "disallowed by robots.txt",
					 path);
			pthread_mutex_unlock(&h->rlock);
			if (!ok) {
				free(path);
				rc = fail(r, TD_FETCH_ROBOTS);
				break;
			}
		}
		free(path);
		visited[nvisited++] = cur;
		cur_owned = 0;
		polite_wait(f, h);
		xfer_free(&x);
		char *loc = NULL;
		r->status = TD_FETCH_OK;
		r->error[0] = 0;
		request(f, cur, kind, etag, last_modified, f->o.max_bytes, &x, r, &loc);
		if (r->status != TD_FETCH_OK) {
			rc = fail(r, r->status);
			break;
		}
		if (!loc)
			break;
		int loop = 0;
		for (int i = 0; i < nvisited; i++)
			loop |= !strcmp(visited[i], loc);
		if (loop) {
			snprintf(r->error, sizeof(r->error), "redirect loop: %.100s -> %.100s", cur, loc);
			free(loc);
			rc = fail(r, TD_FETCH_REDIRECT_LOOP);
			break;
		}
		if (r->redirects >= f->o.max_redirects || nvisited >= 33) {
			snprintf(r->error, sizeof(r->error), "more than %d redirects (last to %.150s)",
				 f->o.max_redirects, loc);
			free(loc);
			rc = fail(r, TD_FETCH_REDIRECTS);
			break;
		}
		r->redirects++;
		cur = loc;
		cur_owned = 1;
	}
	r->final_url = strdup(cur);
	if (cur_owned)
		free(cur);
	for (int i = 0; i < nvisited; i++)
		free(visited[i]);
	if (rc == 0 && r->status == TD_FETCH_OK) {
		if (r->http_code == 304) {
			r->status = TD_FETCH_NOT_MODIFIED;
		} else if (r->http_code >= 400 || r->http_code < 200) {
			r->retry_after = retry_after(x.retry);
			if (r->retry_after)
				snprintf(r->error, sizeof(r->error), "HTTP %ld (retry after %lds)",
					 r->http_code, r->retry_after);
			else
				snprintf(r->error, sizeof(r->error), "HTTP %ld", r->http_code);
			rc = fail(r, TD_FETCH_HTTP);
		} else if (!content_ok(kind, x.ctype, x.body, x.len)) {
			snprintf(r->error, sizeof(r->error), "content type %.100s is not %s",
				 x.ctype && *x.ctype ? x.ctype : "(none)",
				 kind == TD_FETCH_FEED ? "a feed" : "an HTML page");
			rc = fail(r, TD_FETCH_CONTENT_TYPE);
		} else if (kind == TD_FETCH_PAGE) {
			char cs[32];
			page_charset(x.ctype, x.body, x.len, cs);
			if (to_utf8(&x, cs) < 0)
				rc = TD_ERR_NOMEM;
		}
	}
	r->content_type = x.ctype, x.ctype = NULL;
	r->etag = x.etag, x.etag = NULL;
	r->last_modified = x.lastmod, x.lastmod = NULL;
	if (rc == 0 && r->status == TD_FETCH_OK) {
		r->body = x.body ? x.body : strdup("");
		r->len = x.len;
		x.body = NULL;
		if (!r->body)
			rc = TD_ERR_NOMEM;
	}
	xfer_free(&x);
	return rc;
}
