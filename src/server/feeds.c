/* feeds.c - the service's feed poller: a thread polls the feed list and stores new
 * and updated articles through the group commit; feed health for /api/feeds.
 * Memory: the poller's state (per feed its URL, validators and up to 2000 seen
 * item hashes, 32 bytes each) and one health row per feed (~200 bytes). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "server.h"
#include "tidings/error.h"
#include "tidings/poll.h"

/* What /api/feeds shows of one feed; strings malloc'd. */
typedef struct {
	char *url, *title, *site, *last_error;
	int64_t last_fetch, last_success, next_due;
	int interval, failures;
	long long items;    /* in the feed document at the last success; -1 unknown */
	long long stored;   /* articles stored since the service started */
	long long updates;  /* of which updates of earlier ones */
} health;

struct srv_feeds {
	srv *s;
	td_poller *p;
	td_poll_opts po;
	char *list;
	pthread_t thread;
	pthread_mutex_t mu; /* stop, the condition and the health table */
	pthread_cond_t cv;
	int stop, started;
	int reload; /* SIGHUP: re-read the list before the next pass */
	atomic_int stopping;
	health *h;
	size_t nh;
	long long passes;
	int polling;
	int64_t last_pass;
};

static char *dup0(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void health_clear(health *h)
{
	free(h->url);
	free(h->title);
	free(h->site);
	free(h->last_error);
	memset(h, 0, sizeof(*h));
}

/* The health row of url, added when new. Called with mu. */
static health *health_row(srv_feeds *f, const char *url)
{
	for (size_t i = 0; i < f->nh; i++)
		if (!strcmp(f->h[i].url, url))
			return &f->h[i];
	health *nh = realloc(f->h, (f->nh + 1) * sizeof(*nh));
	if (!nh)
		return NULL;
	f->h = nh;
	health *h = &f->h[f->nh];
	memset(h, 0, sizeof(*h));
	if (!(h->url = strdup(url)))
		return NULL;
	h->items = -1;
	f->nh++;
	return h;
}

/* Copies a feed's state into its health row. Called with mu. */
static void health_from_state(srv_feeds *f, const td_feed_state *st)
{
	health *h = health_row(f, st->url);
	if (!h)
		return;
	free(h->title);
	free(h->site);
	free(h->last_error);
	h->title = dup0(st->title);
	h->site = dup0(st->site);
	h->last_error = dup0(st->last_error);
	h->last_fetch = st->last_fetch;
	h->last_success = st->last_success;
	h->next_due = st->next_due;
	h->interval = st->interval;
	h->failures = st->failures;
	if (h->items < 0 && st->nseen)
		h->items = (long long)st->nseen;
}

/* Rebuilds the health table from the poller (no pass running), keeping
 * the counters of feeds still listed. */
static void health_sync(srv_feeds *f)
{
	size_t n;
	const td_feed_state *st = td_poller_feeds(f->p, &n);
	pthread_mutex_lock(&f->mu);
	for (size_t i = 0; i < n; i++)
		health_from_state(f, &st[i]);
	size_t k = 0;
	for (size_t i = 0; i < f->nh; i++) {
		int listed = 0;
		for (size_t j = 0; j < n && !listed; j++)
			listed = !strcmp(st[j].url, f->h[i].url);
		if (listed)
			f->h[k++] = f->h[i];
		else
			health_clear(&f->h[i]);
	}
	f->nh = k;
	pthread_mutex_unlock(&f->mu);
}

void srv_feed_record(const td_article *a, int64_t now, char name[32], td_stored_article *rec)
{
	snprintf(name, 32, "feed-%016llx", (unsigned long long)a->id);
	td_store_from_article(rec, a);
	rec->name = name;
	rec->received = now;
	rec->expires = 0;
	rec->raw = NULL; /* rebuilt from the cleaned fields */
	rec->raw_len = 0;
	rec->content_type = NULL;
}

/* Stores one article through the writer thread, as a PUT would, and
 * waits until it is committed. */
static int on_article(void *ctx, const td_poll_item *it, td_article *a)
{
	srv_feeds *f = ctx;
	int64_t now = time(NULL);
	char name[32];
	td_stored_article rec;
	srv_feed_record(a, now, name, &rec);
	a->file = name; /* the view's key is the stored name */
	srv_job job;
	memset(&job, 0, sizeof(job));
	job.rec = &rec;
	job.article = a;
	job.published = sv_published_time(a, now);
	int rc = srv_write_wait(f->s, &job);
	if (rc == SRV_STOPPING)
		return 1; /* ends the pass: the item is polled again next time */
	pthread_mutex_lock(&f->mu);
	health *h = health_row(f, it->feed_url);
	if (h && rc == 0) {
		h->stored++;
		h->updates += it->update != 0;
	}
	pthread_mutex_unlock(&f->mu);
	if (rc < 0)
		fprintf(stderr, "tidings serve: feed %s: %s not stored: %s\n", it->feed_url, name,
			td_strerror(rc));
	else
		atomic_fetch_add(&f->s->m.feed_articles, 1);
	return 0;
}

static void on_feed(void *ctx, const td_poll_report *r)
{
	srv_feeds *f = ctx;
	pthread_mutex_lock(&f->mu);
	health_from_state(f, r->feed);
	health *h = health_row(f, r->feed->url);
	if (h && r->polled && r->ok && !r->not_modified)
		h->items = (long long)r->items;
	pthread_mutex_unlock(&f->mu);
	if (r->polled && !r->ok)
		fprintf(stderr, "tidings serve: feed %s: %s: %s\n", r->feed->url,
			r->status == TD_FETCH_OK ? "parse" : td_fetch_status_name(r->status),
			r->error ? r->error : "");
}

static int should_stop(void *ctx)
{
	srv_feeds *f = ctx;
	return atomic_load(&f->stopping);
}

/* Saves the poller's state in the store (the state table). */
static void save_state(srv_feeds *f)
{
	char *json = NULL;
	int rc = td_poller_state_json(f->p, &json);
	if (rc == 0)
		rc = td_store_state_put(f->s->store, SRV_FEEDS_STATE_KEY, json, strlen(json));
	free(json);
	if (rc < 0)
		fprintf(stderr, "tidings serve: cannot save the feed state: %s\n", td_strerror(rc));
}

/* Seconds until the next listed feed is due: at least 1, at most 300. */
static int64_t wait_seconds(srv_feeds *f, int64_t now)
{
	size_t n;
	const td_feed_state *st = td_poller_feeds(f->p, &n);
	int64_t w = 300;
	for (size_t i = 0; i < n; i++)
		if (st[i].listed && st[i].next_due - now < w)
			w = st[i].next_due - now;
	return w < 1 ? 1 : w;
}

/* Re-reads the feed list into a new poller that carries the state of
 * the old one over; feeds no longer listed are dropped. On a bad list
 * the old one stays. */
static void reload_list(srv_feeds *f)
{
	char *json = NULL;
	char detail[256] = "";
	td_poller *np = td_poller_create();
	int rc = np ? td_poller_state_json(f->p, &json) : TD_ERR_NOMEM;
	if (rc == 0)
		rc = td_poller_state_load(np, json, strlen(json), detail, sizeof(detail));
	if (rc == 0)
		rc = td_poller_read_list(np, f->list, detail, sizeof(detail));
	free(json);
	if (rc < 0) {
		fprintf(stderr, "tidings serve: %s: %s: %s; the feed list is unchanged\n", f->list,
			detail, td_strerror(rc));
		td_poller_destroy(np);
		return;
	}
	td_poller_prune(np);
	td_poller_destroy(f->p);
	f->p = np;
	health_sync(f);
	fprintf(stderr, "tidings serve: re-read %s: %d feeds\n", f->list, rc);
}

static void *poller_main(void *arg)
{
	srv_feeds *f = arg;
	/* The view is rebuilt from the store first, as for PUTs. */
	while (atomic_load(&f->s->loading) && !atomic_load(&f->stopping))
		usleep(20000);
	pthread_mutex_lock(&f->mu);
	while (!f->stop) {
		int reload = f->reload;
		f->reload = 0;
		f->polling = 1;
		pthread_mutex_unlock(&f->mu);
		if (reload)
			reload_list(f);
		int failed = td_poll_run(f->p, &f->po);
		if (failed < 0)
			fprintf(stderr, "tidings serve: feed pass: %s\n", td_strerror(failed));
		save_state(f);
		health_sync(f);
		int64_t now = time(NULL);
		int64_t w = wait_seconds(f, now);
		pthread_mutex_lock(&f->mu);
		f->polling = 0;
		f->passes++;
		f->last_pass = now;
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += (time_t)w;
		while (!f->stop && !f->reload && pthread_cond_timedwait(&f->cv, &f->mu, &ts) == 0)
			;
	}
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

int srv_feeds_start(srv *s, const srv_feeds_opts *o, srv_feeds **out)
{
	*out = NULL;
	srv_feeds *f = calloc(1, sizeof(*f));
	if (!f)
		return TD_ERR_NOMEM;
	f->s = s;
	pthread_mutex_init(&f->mu, NULL);
	pthread_cond_init(&f->cv, NULL);
	atomic_init(&f->stopping, 0);
	f->p = td_poller_create();
	f->list = strdup(o->list);
	if (!f->p || !f->list) {
		srv_feeds_free(f);
		return TD_ERR_NOMEM;
	}
	char detail[256] = "";
	td_arena *ar = td_arena_create();
	char *json = NULL;
	size_t len = 0;
	int rc = ar ? td_store_state_get(s->store, SRV_FEEDS_STATE_KEY, ar, &json, &len)
		    : TD_ERR_NOMEM;
	if (rc == 0) {
		rc = td_poller_state_load(f->p, json, len, detail, sizeof(detail));
		if (rc < 0) /* a damaged state costs a full re-poll, not the service */
			fprintf(stderr, "tidings serve: feed state ignored: %s: %s\n", detail,
				td_strerror(rc));
		rc = 0;
	} else if (rc == TD_ERR_NOTFOUND) {
		rc = 0;
	}
	td_arena_destroy(ar);
	if (rc == 0)
		rc = td_poller_read_list(f->p, o->list, detail, sizeof(detail));
	if (rc < 0) {
		fprintf(stderr, "tidings serve: %s: %s: %s\n", o->list, detail, td_strerror(rc));
		srv_feeds_free(f);
		return rc;
	}
	int nfeeds = rc;
	td_poller_prune(f->p);
	health_sync(f);
	td_poll_opts *po = &f->po;
	po->threads = o->threads > 0 ? o->threads : 4;
	po->default_interval = o->default_interval;
	po->fetch.host_delay_ms = o->host_delay_ms;
	po->fetch.timeout_ms = o->timeout_ms;
	if (o->timeout_ms && o->timeout_ms < 10000)
		po->fetch.connect_timeout_ms = o->timeout_ms;
	po->fetch.deny_private = o->deny_private;
	po->fetch.ignore_robots = o->ignore_robots;
	po->fetch.max_bytes = o->max_bytes;
	po->feed.max_bytes = o->max_bytes;
	po->on_article = on_article;
	po->on_feed = on_feed;
	po->should_stop = should_stop;
	po->ctx = f;
	if (pthread_create(&f->thread, NULL, poller_main, f) != 0) {
		srv_feeds_free(f);
		return TD_ERR_NOMEM;
	}
	f->started = 1;
	fprintf(stderr, "tidings serve: polling %d feeds from %s%s\n", nfeeds, o->list,
		o->deny_private ? "" : " (private addresses allowed)");
	*out = f;
	return 0;
}

void srv_feeds_reload(srv_feeds *f)
{
	if (!f)
		return;
	pthread_mutex_lock(&f->mu);
	f->reload = 1;
	pthread_cond_broadcast(&f->cv);
	pthread_mutex_unlock(&f->mu);
}

void srv_feeds_stop(srv_feeds *f)
{
	if (!f || !f->started)
		return;
	atomic_store(&f->stopping, 1);
	pthread_mutex_lock(&f->mu);
	f->stop = 1;
	pthread_cond_broadcast(&f->cv);
	pthread_mutex_unlock(&f->mu);
	pthread_join(f->thread, NULL);
	f->started = 0;
}

void srv_feeds_free(srv_feeds *f)
{
	if (!f)
		return;
	srv_feeds_stop(f);
	for (size_t i = 0; i < f->nh; i++)
		health_clear(&f->h[i]);
	free(f->h);
	td_poller_destroy(f->p);
	free(f->list);
	pthread_cond_destroy(&f->cv);
	pthread_mutex_destroy(&f->mu);
	free(f);
}

static void time_or_null(td_jw *w, const char *key, int64_t t)
{
	td_jw_key(w, key);
	if (t)
		td_jw_int(w, t);
	else
		td_jw_null(w);
}

void srv_feeds_json(srv_feeds *f, td_jw *w)
{
	td_jw_obj(w);
	td_jw_kbool(w, "enabled", f != NULL);
	td_jw_key(w, "feeds");
	td_jw_arr(w);
	if (!f) {
		td_jw_arr_end(w);
		td_jw_obj_end(w);
		return;
	}
	pthread_mutex_lock(&f->mu);
	size_t nok = 0, nerr = 0;
	for (size_t i = 0; i < f->nh; i++) {
		const health *h = &f->h[i];
		const char *status = h->last_error ? "error" : h->last_success ? "ok" : "pending";
		nok += h->last_success && !h->last_error;
		nerr += h->last_error != NULL;
		td_jw_obj(w);
		td_jw_kstr(w, "url", h->url);
		td_jw_kstr(w, "title", h->title);
		td_jw_kstr(w, "site", h->site);
		td_jw_kstr(w, "status", status);
		td_jw_kstr(w, "last_error", h->last_error);
		time_or_null(w, "last_fetch", h->last_fetch);
		time_or_null(w, "last_success", h->last_success);
		time_or_null(w, "next_due", h->next_due);
		td_jw_kint(w, "failures", h->failures);
		td_jw_key(w, "interval");
		td_jw_int(w, h->interval ? h->interval
					 : f->po.default_interval > 0 ? f->po.default_interval
					 : f->po.default_interval < 0 ? 0 : 1800);
		td_jw_key(w, "items");
		if (h->items >= 0)
			td_jw_int(w, h->items);
		else
			td_jw_null(w);
		td_jw_kint(w, "stored", h->stored);
		td_jw_kint(w, "updates", h->updates);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_kstr(w, "list", f->list);
	td_jw_kint(w, "ok", (long long)nok);
	td_jw_kint(w, "failing", (long long)nerr);
	td_jw_kint(w, "passes", f->passes);
	td_jw_kbool(w, "polling", f->polling);
	time_or_null(w, "last_pass", f->last_pass);
	pthread_mutex_unlock(&f->mu);
	td_jw_obj_end(w);
}
