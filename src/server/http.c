/* http.c - the HTTP API on libmicrohttpd: routing, request limits and handlers.
 * Memory per request: its state (~200 bytes), a PUT's body (up to --max-bytes,
 * all bodies together up to --max-pending-mb) and the article's arena (about
 * twice the body); per worker thread, an arena for answers and a read handle. */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "server.h"
#include "tidings/error.h"
#include "tidings/feedout.h"
#include "tidings/jsonw.h"
#include "tidings/story.h"
#include "tidings/utf8.h"

/* State of one request, from its headers to its completion. */
typedef struct {
	srv_route route;
	int code;      /* status sent, 0 until then */
	uint64_t t0;   /* monotonic microseconds at the headers */
	char *body;    /* PUT body, grown up to srv.max_body */
	size_t len, cap;
	int too_big;   /* the body passed the limit: it is being discarded */
	int busy;      /* bodies in flight passed their total: discarded */
	int responded; /* a response was queued before the body was read */
	/* A write waiting for the group commit, its connection suspended. */
	int queued;
	srv_job job;
	td_stored_article rec;
	td_arena *ar; /* the PUT's article (outlives the handler call) */
} req;

static uint64_t now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* One arena per worker thread, reset for every request and freed when
 * the thread ends. */
static pthread_key_t arena_key;
static pthread_once_t arena_once = PTHREAD_ONCE_INIT;

static void arena_free(void *p)
{
	td_arena_destroy(p);
}

static void arena_key_init(void)
{
	pthread_key_create(&arena_key, arena_free);
}

static td_arena *thread_arena(void)
{
	pthread_once(&arena_once, arena_key_init);
	td_arena *a = pthread_getspecific(arena_key);
	if (!a) {
		a = td_arena_create();
		if (a && pthread_setspecific(arena_key, a) != 0) {
			td_arena_destroy(a);
			a = NULL;
		}
	}
	if (a)
		td_arena_reset(a);
	return a;
}

/* Each worker thread reads through its own database handle, so lookups
 * and searches run in parallel (WAL) and never wait for a commit. */
static pthread_key_t reader_key;
static pthread_once_t reader_once = PTHREAD_ONCE_INIT;

static void reader_free(void *p)
{
	td_store_close(p);
}

static void reader_key_init(void)
{
	pthread_key_create(&reader_key, reader_free);
}

static td_store *reader(srv *s)
{
	pthread_once(&reader_once, reader_key_init);
	td_store *st = pthread_getspecific(reader_key);
	if (!st && td_store_open(s->db_path, &st) == 0 &&
	    pthread_setspecific(reader_key, st) != 0) {
		td_store_close(st);
		st = NULL;
	}
	return st ? st : s->store;
}

/* ---- responses ----------------------------------------------------- */

/* Queues a response with buf (taken over and freed when must_free). */
static enum MHD_Result reply(struct MHD_Connection *c, req *r, int code, const char *type,
			     char *buf, size_t len, int must_free)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, buf, must_free ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		if (must_free)
			free(buf);
		return MHD_NO;
	}
	if (type)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	if (code == MHD_HTTP_SERVICE_UNAVAILABLE)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, "1");
	if (code == MHD_HTTP_METHOD_NOT_ALLOWED) {
		const char *allow = r->route == R_PUT || r->route == R_DELETE ? "PUT, DELETE"
									    : "GET, HEAD";
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, allow);
	}
	if (code == MHD_HTTP_UNAUTHORIZED)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
	r->code = code;
	enum MHD_Result ret = MHD_queue_response(c, (unsigned)code, resp);
	MHD_destroy_response(resp);
	return ret;
}

#define JSON_TYPE "application/json; charset=utf-8"

/* Sends w's JSON (taking its buffer) with a status code. */
static enum MHD_Result reply_json(struct MHD_Connection *c, req *r, int code, td_jw *w)
{
	td_jw_raw(w, "\n", 1);
	if (td_jw_finish(w) < 0) {
		td_jw_free(w);
		static char oom[] = "{\"error\":{\"status\":500,\"message\":\"out of memory\"}}\n";
		return reply(c, r, 500, JSON_TYPE, oom, sizeof(oom) - 1, 0);
	}
	char *buf = w->buf;
	size_t len = w->len;
	w->buf = NULL;
	return reply(c, r, code, JSON_TYPE, buf, len, 1);
}

/* Sends {"error":{"status":code,"message":msg}}. */
static enum MHD_Result reply_error(struct MHD_Connection *c, req *r, int code, const char *msg)
{
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "error");
	td_jw_obj(&w);
	td_jw_key(&w, "status");
	td_jw_int(&w, code);
	td_jw_key(&w, "message");
	td_jw_str(&w, msg);
	td_jw_obj_end(&w);
	td_jw_obj_end(&w);
	return reply_json(c, r, code, &w);
}

static enum MHD_Result reply_empty(struct MHD_Connection *c, req *r, int code)
{
	return reply(c, r, code, NULL, NULL, 0, 0);
}

/* ---- parameters ---------------------------------------------------- */

static const char *arg(struct MHD_Connection *c, const char *key)
{
	return MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, key);
}

/* Parses a decimal integer in [lo, hi]. Returns 0 or -1. */
static int parse_int(const char *s, long long lo, long long hi, long long *out)
{
	if (!s || !*s || *s == '-' || *s == '+' || *s == ' ')
		return -1;
	errno = 0;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

static int utf8_ok(const char *s)
{
	size_t n = strlen(s);
	return td_utf8_valid_prefix(s, n) == n;
}

/* Reads period, lang_code, category (and limit when max_limit > 0) into
 * q. Returns NULL or the message of a 400. */
static const char *parse_query(struct MHD_Connection *c, sv_query *q, long long def_limit,
			       long long max_limit)
{
	memset(q, 0, sizeof(*q));
	q->now = time(NULL);
	long long v;
	const char *p = arg(c, "period");
	if (p) {
		if (parse_int(p, 0, 100LL * 365 * 86400, &v) < 0)
			return "period must be a number of seconds";
		q->period = v;
	}
	const char *l = arg(c, "lang_code");
	if (l && *l && strcmp(l, "any")) {
		size_t n = strlen(l);
		if (n < 2 || n > 3 || strspn(l, "abcdefghijklmnopqrstuvwxyz") != n)
			return "lang_code must be an ISO 639-1 code such as en";
		q->lang = l;
	}
	const char *cat = arg(c, "category");
	if (cat && *cat && strcmp(cat, "any")) {
		q->category = td_category_from_name(cat);
		if (q->category == TD_CAT_NONE)
			return "category must be any, society, economy, technology, sports, "
			       "entertainment, science or other";
	}
	q->limit = (size_t)def_limit;
	const char *lim = arg(c, "limit");
	if (lim && max_limit > 0) {
		if (parse_int(lim, 1, max_limit, &v) < 0)
			return "limit out of range";
		q->limit = (size_t)v;
	}
	return NULL;
}

/* ---- handlers ------------------------------------------------------ */

static int authorized(srv *s, struct MHD_Connection *c)
{
	if (!s->write_token)
		return 1;
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						    MHD_HTTP_HEADER_AUTHORIZATION);
	if (!h || strncasecmp(h, "Bearer ", 7))
		return 0;
	h += 7;
	size_t a = strlen(h), b = strlen(s->write_token);
	unsigned diff = a != b;
	for (size_t i = 0; i < a && i < b; i++)
		diff |= (unsigned char)h[i] ^ (unsigned char)s->write_token[i];
	return diff == 0;
}

/* Seconds of Cache-Control max-age, or -1 when absent or malformed. */
static long long max_age(struct MHD_Connection *c)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						    MHD_HTTP_HEADER_CACHE_CONTROL);
	if (!h)
		return -1;
	const char *p = strcasestr(h, "max-age");
	if (!p)
		return -1;
	p += 7;
	while (*p == ' ')
		p++;
	if (*p++ != '=')
		return -1;
	while (*p == ' ')
		p++;
	long long v = 0;
	int digits = 0;
	for (; *p >= '0' && *p <= '9' && digits < 12; p++, digits++)
		v = v * 10 + (*p - '0');
	return digits ? v : -1;
}

/* Suspends the connection and queues its write: the worker thread goes
 * on with other connections; the writer resumes this one when the write
 * is durable, and the handler is called again to answer. */
static enum MHD_Result wait_for_commit(srv *s, struct MHD_Connection *c, req *r)
{
	r->job.conn = c;
	r->queued = 1;
	MHD_suspend_connection(c);
	srv_enqueue(s, &r->job);
	return MHD_YES;
}

static enum MHD_Result handle_put(srv *s, struct MHD_Connection *c, req *r, const char *name)
{
	if (r->too_big)
		return reply_error(c, r, MHD_HTTP_CONTENT_TOO_LARGE, "the document is too large");
	if (r->busy)
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE,
				   "too many uploads in progress, try again");
	if (atomic_load(&s->loading))
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "loading, try again");
	const char *ctype = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							MHD_HTTP_HEADER_CONTENT_TYPE);
	td_format fmt = srv_format_from_type(ctype);
	if (fmt == TD_FMT_AUTO && ctype && *ctype &&
	    strncasecmp(ctype, "application/octet-stream", 24))
		return reply_error(c, r, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
				   "Content-Type must be text/html, text/plain or application/json");
	if (fmt == TD_FMT_AUTO)
		fmt = td_format_from_name(name);
	/* A declared charset other than UTF-8 is converted (the stored
	 * document is the UTF-8 text). */
	char charset[64];
	srv_charset_of_type(ctype, charset, sizeof(charset));
	if (charset[0] && r->len) {
		char *u;
		size_t ulen;
		int crc = srv_to_utf8(charset, r->body, r->len, &u, &ulen);
		if (crc == TD_ERR_FORMAT)
			return reply_error(c, r, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "unknown charset");
		if (crc == TD_ERR_NOMEM)
			return reply_error(c, r, 500, "out of memory");
		if (crc < 0)
			return reply_error(c, r, 400, "the document does not match its charset");
		atomic_fetch_sub(&s->body_bytes, r->cap);
		atomic_fetch_add(&s->body_bytes, ulen);
		free(r->body);
		r->body = u;
		r->len = r->cap = ulen;
	}
	long long age = max_age(c);
	int64_t now = time(NULL);
	/* max-age=0 stores the article already expired: gone at the next sweep. */
	int64_t expires = age >= 0 ? now + age : 0;

	/* The article must outlive this call (the connection waits for the
	 * commit while the thread serves others): its own arena. */
	td_arena *ar = r->ar = td_arena_create();
	if (!ar)
		return reply_error(c, r, 500, "out of memory");
	td_article *a = NULL;
	const char *detail = NULL;
	int rc = srv_process(name, r->body ? r->body : "", r->len, fmt, ar, &a, &detail);
	if (rc == TD_ERR_NOMEM)
		return reply_error(c, r, 500, "out of memory");
	if (rc == TD_ERR_TOOBIG)
		return reply_error(c, r, MHD_HTTP_CONTENT_TOO_LARGE, "the document is too large");
	if (rc == TD_ERR_UTF8)
		return reply_error(c, r, 400, "the document is not valid UTF-8");
	if (rc < 0)
		return reply_error(c, r, 400, detail ? detail : td_strerror(rc));

	td_stored_article *rec = &r->rec;
	td_store_from_article(rec, a);
	rec->expires = expires;
	rec->received = now;
	rec->content_type = srv_type_of_format(fmt); /* NULL: sniffed again on rebuild */
	rec->raw = r->body;
	rec->raw_len = r->len;
	r->job.rec = rec;
	r->job.article = a;
	r->job.published = sv_published_time(a, now);
	return wait_for_commit(s, c, r);
}

/* Answers a PUT once its commit is done. */
static enum MHD_Result put_done(srv *s, struct MHD_Connection *c, req *r)
{
	if (r->job.rc == SRV_STOPPING)
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "shutting down");
	if (r->job.rc < 0)
		return reply_error(c, r, 500, "the article could not be stored");
	const td_article *a = r->job.article;
	atomic_fetch_add(r->job.created ? &s->m.puts_created : &s->m.puts_updated, 1);
	if (!r->job.created)
		return reply_empty(c, r, MHD_HTTP_NO_CONTENT);
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "name");
	td_jw_str(&w, r->rec.name);
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)a->id);
	td_jw_key(&w, "id");
	td_jw_str(&w, id);
	td_jw_key(&w, "lang");
	td_jw_str(&w, a->lang);
	td_jw_key(&w, "title");
	td_jw_str(&w, a->title);
	td_jw_obj_end(&w);
	return reply_json(c, r, MHD_HTTP_CREATED, &w);
}

static enum MHD_Result handle_delete(srv *s, struct MHD_Connection *c, req *r, const char *name)
{
	if (atomic_load(&s->loading))
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "loading, try again");
	r->job.name = name;
	return wait_for_commit(s, c, r);
}

/* Answers a DELETE once its commit is done. */
static enum MHD_Result delete_done(srv *s, struct MHD_Connection *c, req *r)
{
	int rc = r->job.rc;
	if (rc == SRV_STOPPING)
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "shutting down");
	if (rc == TD_ERR_NOTFOUND)
		return reply_error(c, r, MHD_HTTP_NOT_FOUND, "no such article");
	if (rc < 0)
		return reply_error(c, r, 500, "the article could not be deleted");
	atomic_fetch_add(&s->m.deletes, 1);
	return reply_empty(c, r, MHD_HTTP_NO_CONTENT);
}

static enum MHD_Result handle_article(srv *s, struct MHD_Connection *c, req *r, const char *name)
{
	/* Any name may be looked up (ingested names keep their folders);
	 * it is only ever a database key. */
	if (!*name || strlen(name) > 4096)
		return reply_error(c, r, MHD_HTTP_NOT_FOUND, "no such article");
	td_arena *ar = thread_arena();
	if (!ar)
		return reply_error(c, r, 500, "out of memory");
	td_stored_article a;
	int rc = td_store_get(reader(s), name, ar, &a);
	if (rc == TD_ERR_NOTFOUND)
		return reply_error(c, r, MHD_HTTP_NOT_FOUND, "no such article");
	if (rc < 0)
		return reply_error(c, r, 500, td_strerror(rc));
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "name");
	td_jw_str(&w, a.name);
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)a.id);
	td_jw_key(&w, "id");
	td_jw_str(&w, id);
	td_jw_key(&w, "url");
	td_jw_str(&w, a.url);
	td_jw_key(&w, "outlet");
	td_jw_str(&w, a.outlet);
	td_jw_key(&w, "lang");
	td_jw_str(&w, a.lang);
	td_jw_key(&w, "date");
	td_jw_day(&w, a.date);
	td_jw_key(&w, "published");
	if (a.published != TD_NOTIME)
		td_jw_int(&w, a.published);
	else
		td_jw_null(&w);
	td_jw_key(&w, "title");
	td_jw_str(&w, a.title);
	td_jw_key(&w, "lead");
	td_jw_str(&w, a.lead);
	td_jw_key(&w, "body");
	td_jw_str(&w, a.body);
	td_jw_key(&w, "category");
	td_jw_str(&w, a.category == TD_CAT_NONE ? NULL : td_category_name(a.category));
	td_jw_key(&w, "is_news");
	if (a.is_news < 0)
		td_jw_null(&w);
	else
		td_jw_bool(&w, a.is_news);
	td_jw_key(&w, "received");
	td_jw_int(&w, a.received);
	td_jw_key(&w, "expires");
	if (a.expires)
		td_jw_int(&w, a.expires);
	else
		td_jw_null(&w);
	td_jw_key(&w, "content_type");
	td_jw_str(&w, a.content_type);
	td_jw_obj_end(&w);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

static int search_hit(void *ctx, const td_stored_article *a)
{
	td_jw *w = ctx;
	td_jw_obj(w);
	td_jw_kstr(w, "name", a->name);
	td_jw_kstr(w, "title", a->title);
	td_jw_kstr(w, "lang", a->lang);
	td_jw_key(w, "date");
	td_jw_day(w, a->date);
	td_jw_kstr(w, "snippet", a->snippet);
	td_jw_obj_end(w);
	return 0;
}

static enum MHD_Result handle_search(srv *s, struct MHD_Connection *c, req *r)
{
	const char *q = arg(c, "q");
	if (!q || !*q)
		return reply_error(c, r, 400, "q is required");
	if (!utf8_ok(q))
		return reply_error(c, r, 400, "q is not valid UTF-8");
	long long limit = 20;
	const char *l = arg(c, "limit");
	if (l && parse_int(l, 1, 200, &limit) < 0)
		return reply_error(c, r, 400, "limit must be 1 to 200");
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "query");
	td_jw_str(&w, q);
	td_jw_key(&w, "results");
	td_jw_arr(&w);
	int n = td_store_search(reader(s), q, (size_t)limit, search_hit, &w);
	if (n == TD_ERR_TOOBIG) {
		td_jw_free(&w);
		return reply_error(c, r, 400, "the query is too long");
	}
	if (n < 0) {
		td_jw_free(&w);
		return reply_error(c, r, 500, "search failed");
	}
	td_jw_arr_end(&w);
	td_jw_obj_end(&w);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

static enum MHD_Result handle_view(srv *s, struct MHD_Connection *c, req *r, int threads)
{
	if (atomic_load(&s->loading))
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "loading, try again");
	sv_query q;
	const char *bad = threads ? parse_query(c, &q, 0, 0) : parse_query(c, &q, 100, 10000);
	if (bad)
		return reply_error(c, r, 400, bad);
	if (!threads) {
		/* Article records per listed story: 10 unless asked (0: all). */
		long long na = 10;
		const char *as = arg(c, "articles");
		if (as && parse_int(as, 0, 100000, &na) < 0)
			return reply_error(c, r, 400, "articles must be 0 to 100000");
		q.max_articles = (size_t)na;
	}
	td_jw w;
	td_jw_init(&w);
	if (threads)
		sv_threads_json(s->view, &q, &w);
	else
		sv_stories_json(s->view, &q, &w);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

typedef struct {
	td_arena *ar;
	char **names;
	long *dup; /* position of the member each copies, or -1 */
	size_t n, cap;
} member_names;

static int add_member(void *ctx, const char *name, long dup)
{
	member_names *m = ctx;
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 16;
		char **nv = td_arena_alloc(m->ar, cap * sizeof(*nv));
		long *nd = td_arena_alloc(m->ar, cap * sizeof(*nd));
		if (!nv || !nd)
			return TD_ERR_NOMEM;
		if (m->n) {
			memcpy(nv, m->names, m->n * sizeof(*nv));
			memcpy(nd, m->dup, m->n * sizeof(*nd));
		}
		m->names = nv;
		m->dup = nd;
		m->cap = cap;
	}
	if (!(m->names[m->n] = td_arena_strndup(m->ar, name, strlen(name))))
		return TD_ERR_NOMEM;
	m->dup[m->n++] = dup;
	return 0;
}

/* Builds the story with the given id (16 hex digits) in full: its
 * members are read from the store, run through the pipeline and given to
 * td_story_build, all in ar. Returns 0, TD_ERR_NOTFOUND or TD_ERR_*. */
static int build_story(srv *s, const char *id, td_arena *ar, td_story *story)
{
	member_names m = {ar, NULL, NULL, 0, 0};
	int rc = sv_story_members(s->view, id, time(NULL), add_member, &m);
	if (rc < 0)
		return rc;
	td_article **arts = td_arena_alloc(ar, (m.n + 1) * sizeof(*arts));
	long *at = td_arena_alloc(ar, (m.n + 1) * sizeof(*at)); /* member -> arts index */
	if (!arts || !at)
		return TD_ERR_NOMEM;
	size_t n = 0;
	for (size_t i = 0; i < m.n; i++) {
		td_stored_article rec;
		at[i] = -1;
		/* A member deleted meanwhile is left out. */
		if (td_store_get(reader(s), m.names[i], ar, &rec) == 0 &&
		    srv_rebuild(&rec, ar, &arts[n]) == 0)
			at[i] = (long)n++;
	}
	if (n == 0)
		return TD_ERR_NOTFOUND;
	/* Copies, as td_story_build wants them: indexes into the members. */
	for (size_t i = 0; i < m.n; i++)
		if (at[i] >= 0)
			arts[at[i]]->duplicate_of = m.dup[i] >= 0 ? at[m.dup[i]] : -1;
	memset(story, 0, sizeof(*story));
	story->id = strtoull(id, NULL, 16);
	return td_story_build(story, arts, n, TD_NODATE, ar);
}

static enum MHD_Result handle_story(srv *s, struct MHD_Connection *c, req *r, const char *id)
{
	if (atomic_load(&s->loading))
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "loading, try again");
	td_arena *ar = thread_arena();
	if (!ar)
		return reply_error(c, r, 500, "out of memory");
	td_story story;
	int rc = build_story(s, id, ar, &story);
	if (rc == TD_ERR_NOTFOUND)
		return reply_error(c, r, MHD_HTTP_NOT_FOUND, "no such story");
	if (rc < 0)
		return reply_error(c, r, 500, "the story could not be built");
	td_jw w;
	td_jw_init(&w);
	td_story_json(&w, &story);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

/* The stories of the list as a feed: /feeds/stories.atom (Atom 1.0) or
 * /feeds/stories.json (JSON Feed 1.1), with the list's filters. */
static enum MHD_Result handle_feedout(srv *s, struct MHD_Connection *c, req *r, int atom)
{
	if (atomic_load(&s->loading))
		return reply_error(c, r, MHD_HTTP_SERVICE_UNAVAILABLE, "loading, try again");
	sv_query q;
	const char *bad = parse_query(c, &q, 50, 200);
	if (bad)
		return reply_error(c, r, 400, bad);
	td_arena *ar = thread_arena();
	uint64_t *ids = ar ? td_arena_alloc(ar, (q.limit + 1) * sizeof(*ids)) : NULL;
	const td_story **stories = ar ? td_arena_alloc(ar, (q.limit + 1) * sizeof(*stories))
				      : NULL;
	if (!ids || !stories)
		return reply_error(c, r, 500, "out of memory");
	size_t n = sv_story_ids(s->view, &q, ids, q.limit), k = 0;
	for (size_t i = 0; i < n; i++) {
		char id[17];
		snprintf(id, sizeof(id), "%016llx", (unsigned long long)ids[i]);
		td_story *st = td_arena_alloc(ar, sizeof(*st));
		if (!st)
			return reply_error(c, r, 500, "out of memory");
		int rc = build_story(s, id, ar, st);
		if (rc == TD_ERR_NOTFOUND)
			continue; /* gone meanwhile */
		if (rc < 0)
			return reply_error(c, r, 500, "a story could not be built");
		stories[k++] = st;
	}
	/* Links are absolute, on the host the client asked for. */
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	if (!host || !*host || strlen(host) > 255 || strpbrk(host, " \"<>\\/?#"))
		host = "localhost";
	char base[300], self[560], story_url[320], query[200] = "";
	snprintf(base, sizeof(base), "http://%s/", host);
	if (q.lang || q.category != TD_CAT_NONE)
		snprintf(query, sizeof(query), "?%s%s%s%s%s", q.lang ? "lang_code=" : "",
			 q.lang ? q.lang : "", q.lang && q.category != TD_CAT_NONE ? "&" : "",
			 q.category != TD_CAT_NONE ? "category=" : "",
			 q.category != TD_CAT_NONE ? td_category_name(q.category) : "");
	snprintf(self, sizeof(self), "%sfeeds/stories.%s%s", base, atom ? "atom" : "json", query);
	snprintf(story_url, sizeof(story_url), "%s#story/", base);
	td_feedout_meta m = {.self_url = self, .home_url = base, .story_url = story_url};
	td_jw w;
	td_jw_init(&w);
	int rc = atom ? td_feedout_atom(&w, stories, k, &m) : td_feedout_jsonfeed(&w, stories, k, &m);
	if (rc == 0)
		rc = td_jw_finish(&w);
	if (rc < 0) {
		td_jw_free(&w);
		return reply_error(c, r, 500, "out of memory");
	}
	char *buf = w.buf;
	size_t len = w.len;
	w.buf = NULL;
	return reply(c, r, MHD_HTTP_OK,
		     atom ? "application/atom+xml; charset=utf-8"
			  : "application/feed+json; charset=utf-8", buf, len, 1);
}

static enum MHD_Result handle_feeds(srv *s, struct MHD_Connection *c, req *r)
{
	td_jw w;
	td_jw_init(&w);
	srv_feeds_json(s->feeds, &w);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

static enum MHD_Result handle_healthz(srv *s, struct MHD_Connection *c, req *r)
{
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "status");
	td_jw_str(&w, atomic_load(&s->loading) ? "loading" : "ok");
	td_jw_key(&w, "articles");
	td_jw_int(&w, (long long)sv_narticles(s->view));
	td_jw_key(&w, "stories");
	td_jw_int(&w, (long long)sv_nstories(s->view));
	td_jw_obj_end(&w);
	return reply_json(c, r, MHD_HTTP_OK, &w);
}

static enum MHD_Result handle_metrics(srv *s, struct MHD_Connection *c, req *r)
{
	char *buf;
	size_t len;
	srv_metrics_render(s, &buf, &len);
	if (!buf)
		return reply_error(c, r, 500, "out of memory");
	return reply(c, r, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", buf, len, 1);
}

static const srv_asset *find_asset(const char *url)
{
	if (!strcmp(url, "/"))
		url = "/index.html";
	for (size_t i = 0; i < srv_nassets; i++)
		if (!strcmp(url + 1, srv_assets[i].path))
			return &srv_assets[i];
	return NULL;
}

/* ---- routing ------------------------------------------------------- */

static int is_get(const char *m)
{
	return !strcmp(m, MHD_HTTP_METHOD_GET) || !strcmp(m, MHD_HTTP_METHOD_HEAD);
}

/* The route of a request; *name is set for article routes. */
static srv_route classify(const char *url, const char *method, const char **name)
{
	*name = NULL;
	if (!strcmp(url, "/threads"))
		return R_THREADS;
	if (!strcmp(url, "/healthz"))
		return R_HEALTHZ;
	if (!strcmp(url, "/metrics"))
		return R_METRICS;
	if (!strcmp(url, "/api/search"))
		return R_SEARCH;
	if (!strcmp(url, "/api/stories"))
		return R_STORIES;
	if (!strcmp(url, "/api/feeds"))
		return R_FEEDS;
	if (!strcmp(url, "/feeds/stories.atom") || !strcmp(url, "/feeds/stories.json"))
		return R_FEEDOUT;
	if (!strncmp(url, "/api/stories/", 13)) {
		*name = url + 13;
		return R_STORIES;
	}
	if (!strncmp(url, "/api/articles/", 14)) {
		*name = url + 14;
		return R_ARTICLE;
	}
	if (!strncmp(url, "/api/", 5) || !strcmp(url, "/api"))
		return R_OTHER;
	if (is_get(method))
		return find_asset(url) ? R_WEB : R_OTHER;
	if (url[0] == '/')
		*name = url + 1;
	if (!strcmp(method, MHD_HTTP_METHOD_PUT))
		return R_PUT;
	if (!strcmp(method, MHD_HTTP_METHOD_DELETE))
		return R_DELETE;
	return R_OTHER;
}

static enum MHD_Result dispatch(srv *s, struct MHD_Connection *c, req *r, const char *url,
				const char *method)
{
	const char *name;
	classify(url, method, &name);
	int get = is_get(method);
	switch (r->route) {
	case R_PUT:
		return handle_put(s, c, r, name);
	case R_DELETE:
		return handle_delete(s, c, r, name);
	case R_THREADS:
	case R_STORIES:
		if (!get)
			return reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
		if (name)
			return handle_story(s, c, r, name);
		return handle_view(s, c, r, r->route == R_THREADS);
	case R_SEARCH:
		return get ? handle_search(s, c, r)
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_ARTICLE:
		return get ? handle_article(s, c, r, name)
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_FEEDS:
		return get ? handle_feeds(s, c, r)
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_FEEDOUT:
		return get ? handle_feedout(s, c, r, !strcmp(url, "/feeds/stories.atom"))
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_HEALTHZ:
		return get ? handle_healthz(s, c, r)
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_METRICS:
		return get ? handle_metrics(s, c, r)
			   : reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	case R_WEB: {
		const srv_asset *a = find_asset(url);
		return reply(c, r, MHD_HTTP_OK, a->type, (char *)a->data, a->len, 0);
	}
	default:
		if (get)
			return reply_error(c, r, MHD_HTTP_NOT_FOUND, "not found");
		return reply_error(c, r, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
	}
}

/* Frees a request's body and returns its memory to the budget. */
static void drop_body(srv *s, req *r)
{
	atomic_fetch_sub(&s->body_bytes, r->cap);
	free(r->body);
	r->body = NULL;
	r->len = r->cap = 0;
}

/* Checks a PUT or DELETE before its body is read. Returns 0 to go on, or
 * queues the refusal and returns 1. */
static int refuse_early(srv *s, struct MHD_Connection *c, req *r, const char *name)
{
	if (!authorized(s, c)) {
		reply_error(c, r, MHD_HTTP_UNAUTHORIZED, "a valid write token is required");
		return 1;
	}
	if (!name || !srv_name_ok(name)) {
		reply_error(c, r, 400, "invalid article name");
		return 1;
	}
	const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						     MHD_HTTP_HEADER_CONTENT_LENGTH);
	long long n;
	if (r->route == R_PUT && cl && parse_int(cl, 0, INT64_MAX, &n) == 0 &&
	    (unsigned long long)n > s->max_body) {
		reply_error(c, r, MHD_HTTP_CONTENT_TOO_LARGE, "the document is too large");
		return 1;
	}
	return 0;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version;
	srv *s = cls;
	req *r = *con_cls;
	if (!r) {
		r = calloc(1, sizeof(*r));
		if (!r)
			return MHD_NO;
		r->t0 = now_us();
		*con_cls = r;
		const char *name;
		r->route = classify(url, method, &name);
		if (!utf8_ok(url)) {
			reply_error(c, r, 400, "the URL is not valid UTF-8");
			r->responded = 1;
		} else if ((r->route == R_PUT || r->route == R_DELETE) &&
			   refuse_early(s, c, r, name)) {
			r->responded = 1;
		}
		return MHD_YES;
	}
	if (*upload_size) {
		size_t n = *upload_size;
		*upload_size = 0;
		if (r->responded || r->route != R_PUT)
			return MHD_YES; /* discarded */
		if (now_us() - r->t0 > (uint64_t)s->request_timeout * 1000000u)
			return MHD_NO; /* too slow: the connection is closed */
		if (r->too_big || r->busy)
			return MHD_YES;
		if (r->len + n > s->max_body) {
			r->too_big = 1;
			drop_body(s, r);
			return MHD_YES;
		}
		if (r->len + n > r->cap) {
			size_t cap = r->cap ? r->cap : 16384;
			while (cap < r->len + n)
				cap *= 2;
			if (cap > s->max_body)
				cap = s->max_body;
			/* All bodies being received share one memory budget. */
			size_t add = cap - r->cap;
			if (atomic_fetch_add(&s->body_bytes, add) + add > s->max_pending) {
				atomic_fetch_sub(&s->body_bytes, add);
				r->busy = 1;
				drop_body(s, r);
				return MHD_YES;
			}
			char *b = realloc(r->body, cap);
			if (!b) {
				atomic_fetch_sub(&s->body_bytes, add);
				return MHD_NO;
			}
			r->body = b;
			r->cap = cap;
		}
		memcpy(r->body + r->len, upload, n);
		r->len += n;
		return MHD_YES;
	}
	if (r->queued) {
		if (!atomic_load(&r->job.done))
			return MHD_YES;
		r->queued = 0;
		return r->route == R_PUT ? put_done(s, c, r) : delete_done(s, c, r);
	}
	if (r->responded)
		return MHD_YES;
	r->responded = 1;
	return dispatch(s, c, r, url, method);
}

static void on_done(void *cls, struct MHD_Connection *c, void **con_cls,
		    enum MHD_RequestTerminationCode toe)
{
	(void)c;
	(void)toe;
	srv *s = cls;
	req *r = *con_cls;
	if (!r)
		return;
	if (r->code)
		srv_metrics_record(&s->m, r->route, r->code, now_us() - r->t0);
	srv_job_finished(s, &r->job);
	drop_body(s, r);
	td_arena_destroy(r->ar);
	free(r);
	*con_cls = NULL;
}

struct MHD_Daemon *srv_http_start(srv *s, const char *bind, int port, int threads,
				  int max_conns)
{
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG |
			 MHD_ALLOW_SUSPEND_RESUME;
	struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
	if (!strcmp(bind, "localhost"))
		bind = "127.0.0.1";
	if (inet_pton(AF_INET, bind, &v4->sin_addr) == 1) {
		v4->sin_family = AF_INET;
		v4->sin_port = htons((uint16_t)port);
	} else if (inet_pton(AF_INET6, bind, &v6->sin6_addr) == 1) {
		v6->sin6_family = AF_INET6;
		v6->sin6_port = htons((uint16_t)port);
		flags |= MHD_USE_IPv6;
	} else {
		fprintf(stderr, "tidings serve: --bind needs an IP address, not '%s'\n", bind);
		return NULL;
	}
	return MHD_start_daemon(
		flags, (uint16_t)port, NULL, NULL, on_request, s,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)max_conns,
		/* Idle connections and clients that stall are cut off. */
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)s->request_timeout,
		/* Bounds the request line and headers of a connection. */
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
		MHD_OPTION_NOTIFY_COMPLETED, on_done, s,
		MHD_OPTION_END);
}
