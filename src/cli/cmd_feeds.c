/* cmd_feeds.c - the feed modes: poll a feed list once, print the items of a feed file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "server/server.h"
#include "tidings/error.h"
#include "tidings/feed.h"
#include "tidings/poll.h"

typedef struct {
	td_jw w;
	const char *out_dir;
	td_store *db;      /* --db: articles go into the store */
	size_t articles, write_errors, created, updated;
	int polled, failed, skipped;
} poll_run;

static void iso_time(int64_t t, char out[32])
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm)) {
		out[0] = 0;
		return;
	}
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Writes the article into dir as <id>.json in the reader's JSON input
 * form, so `tidings analyze DIR` reads it back. */
static int write_article(poll_run *r, const td_poll_item *it, const td_article *a)
{
	td_jw w;
	td_jw_init(&w);
	char id[17], date[32] = "";
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)a->id);
	if (a->published_at)
		iso_time(a->published_at, date);
	else if (a->meta_date != TD_NODATE)
		td_day_format(a->meta_date, date);
	td_jw_obj(&w);
	td_jw_key(&w, "id");
	td_jw_str(&w, id);
	td_jw_key(&w, "url");
	td_jw_str(&w, a->url);
	td_jw_key(&w, "title");
	td_jw_str(&w, a->title);
	td_jw_key(&w, "description");
	td_jw_str(&w, a->lead);
	td_jw_key(&w, "text");
	td_jw_strn(&w, a->body ? a->body : "", a->body ? a->body_len : 0);
	td_jw_key(&w, "date");
	if (date[0])
		td_jw_str(&w, date);
	else
		td_jw_null(&w);
	td_jw_key(&w, "source");
	td_jw_str(&w, a->outlet);
	td_jw_key(&w, "lang");
	td_jw_str(&w, a->lang[0] ? a->lang : a->lang_hint);
	td_jw_key(&w, "feed");
	td_jw_str(&w, it->feed_url);
	td_jw_obj_end(&w);
	td_jw_raw(&w, "\n", 1);
	int rc = td_jw_finish(&w);
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s.json", r->out_dir, id);
	FILE *f = rc == 0 ? fopen(path, "w") : NULL;
	if (f) {
		if (fwrite(w.buf, 1, w.len, f) != w.len)
			rc = TD_ERR_IO;
		if (fclose(f) != 0)
			rc = TD_ERR_IO;
	} else
		rc = TD_ERR_IO;
	td_jw_free(&w);
	if (rc < 0)
		fprintf(stderr, "tidings: cannot write %s\n", path);
	return rc;
}

static int on_article(void *ctx, const td_poll_item *it, td_article *a)
{
	poll_run *r = ctx;
	r->articles++;
	if (r->db) {
		char name[32];
		td_stored_article rec;
		srv_feed_record(a, (int64_t)time(NULL), name, &rec);
		int made = 0;
		if (td_store_put(r->db, &rec, &made) < 0) {
			fprintf(stderr, "tidings poll: %s: cannot store %s: %s\n", it->feed_url, name,
				td_store_errmsg(r->db));
			r->write_errors++;
		} else {
			made ? r->created++ : r->updated++;
		}
		return 0;
	}
	if (r->out_dir) {
		if (write_article(r, it, a) < 0)
			r->write_errors++;
		return 0;
	}
	td_jw *w = &r->w;
	td_jw_obj(w);
	td_jw_kstr(w, "event", it->update ? "update" : "new");
	td_jw_kstr(w, "feed", it->feed_url);
	td_jw_kstr(w, "source", it->source);
	td_jw_kstr(w, "page_error", it->page_error);
	td_jw_key(w, "article");
	cli_article_json(w, a);
	td_jw_obj_end(w);
	td_jw_raw(w, "\n", 1);
	if (cli_emit(w))
		r->write_errors++;
	return 0;
}

static void human_delay(int64_t s, char out[32])
{
	if (s < 0)
		s = 0;
	if (s < 120)
		snprintf(out, 32, "%llds", (long long)s);
	else if (s < 7200)
		snprintf(out, 32, "%lldm", (long long)((s + 59) / 60));
	else
		snprintf(out, 32, "%lldh", (long long)((s + 3599) / 3600));
}

static void on_feed(void *ctx, const td_poll_report *rep)
{
	poll_run *r = ctx;
	const td_feed_state *s = rep->feed;
	char d[32];
	human_delay(s->next_due - (int64_t)time(NULL), d);
	if (!rep->polled) {
		r->skipped++;
		fprintf(stderr, "poll: %s: not due (next in %s)%s%s\n", s->url, d,
			s->last_error ? "; last error: " : "", s->last_error ? s->last_error : "");
		return;
	}
	r->polled++;
	if (!rep->ok) {
		r->failed++;
		fprintf(stderr, "poll: %s: FAILED (%s): %s; failures %d, retry in %s\n", s->url,
			rep->status == TD_FETCH_OK
				? "parse" : td_fetch_status_name(rep->status),
			rep->error ? rep->error : "", s->failures, d);
		return;
	}
	if (rep->not_modified) {
		fprintf(stderr, "poll: %s: not modified (HTTP 304)\n", s->url);
		return;
	}
	fprintf(stderr,
		"poll: %s: ok %s, %zu items, %zu new, %zu updated (feed text %zu, page %zu, "
		"summary %zu)",
		s->url, rep->kind, rep->items, rep->new_items, rep->updates, rep->from_feed,
		rep->from_page, rep->from_summary);
	if (rep->page_errors)
		fprintf(stderr, ", %zu page errors", rep->page_errors);
	if (rep->deferred)
		fprintf(stderr, ", %zu left for the next pass", rep->deferred);
	if (rep->failed_items)
		fprintf(stderr, ", %zu items without text", rep->failed_items);
	fputc('\n', stderr);
}

static int num_arg(const char *flag, const char *v, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long x = strtol(v, &end, 10);
	if (*end || end == v || errno || x < lo || x > hi) {
		fprintf(stderr, "tidings poll: %s needs a number from %ld to %ld\n", flag, lo, hi);
		return -1;
	}
	*out = x;
	return 0;
}

int cmd_poll(const cli_opts *o)
{
	const char *state = NULL, *db = NULL;
	poll_run r = {0};
	td_poll_opts po = {0};
	long v;
	for (int i = 0; i < o->argc; i++) {
		const char *a = o->argv[i];
		const char *next = i + 1 < o->argc ? o->argv[i + 1] : NULL;
		if (!strcmp(a, "--state") && next)
			state = o->argv[++i];
		else if (!strcmp(a, "--out") && next)
			r.out_dir = o->argv[++i];
		else if (!strcmp(a, "--db") && next)
			db = o->argv[++i];
		else if (!strcmp(a, "--deny-private"))
			po.fetch.deny_private = 1;
		else if (!strcmp(a, "--all"))
			po.all = 1;
		else if (!strcmp(a, "--ignore-robots"))
			po.fetch.ignore_robots = 1;
		else if (!strcmp(a, "--interval") && next) {
			if (num_arg(a, o->argv[++i], 0, 525600, &v))
				return 2;
			po.default_interval = v ? (int)v * 60 : -1;
		} else if (!strcmp(a, "--delay") && next) {
			if (num_arg(a, o->argv[++i], 0, 600000, &v))
				return 2;
			po.fetch.host_delay_ms = v ? v : -1;
		} else if (!strcmp(a, "--timeout") && next) {
			if (num_arg(a, o->argv[++i], 1, 3600, &v))
				return 2;
			po.fetch.timeout_ms = v * 1000;
			if (po.fetch.timeout_ms < 10000)
				po.fetch.connect_timeout_ms = po.fetch.timeout_ms;
		} else if (!strcmp(a, "--max-items") && next) {
			if (num_arg(a, o->argv[++i], 1, 100000, &v))
				return 2;
			po.max_items = (size_t)v;
		} else {
			fprintf(stderr, "tidings poll: unknown option '%s'\n", a);
			return 2;
		}
	}
	po.threads = o->threads > 0 ? o->threads : 4; /* network-bound: not one per core */
	po.fetch.max_bytes = o->max_bytes;
	po.feed.max_bytes = o->max_bytes;
	if (r.out_dir && mkdir(r.out_dir, 0777) < 0 && errno != EEXIST) {
		fprintf(stderr, "tidings poll: cannot create %s: %s\n", r.out_dir, strerror(errno));
		return 1;
	}
	if (db && r.out_dir) {
		fprintf(stderr, "tidings poll: --db and --out exclude each other\n");
		return 2;
	}
	if (db && td_store_open(db, &r.db) < 0) {
		fprintf(stderr, "tidings poll: cannot open the database %s: %s\n", db,
			td_store_open_error());
		return 1;
	}
	td_poller *p = td_poller_create();
	if (!p) {
		fprintf(stderr, "tidings: out of memory\n");
		td_store_close(r.db);
		return 1;
	}
	char detail[256] = "";
	int rc = state ? td_poller_load_file(p, state, detail, sizeof(detail)) : 0;
	if (rc == 0 && !state && r.db) {
		/* The state lives in the store, where `serve --feeds` keeps it. */
		td_arena *ar = td_arena_create();
		char *json;
		size_t len;
		rc = ar ? td_store_state_get(r.db, SRV_FEEDS_STATE_KEY, ar, &json, &len)
			: TD_ERR_NOMEM;
		if (rc == 0)
			rc = td_poller_state_load(p, json, len, detail, sizeof(detail));
		else if (rc == TD_ERR_NOTFOUND)
			rc = 0;
		td_arena_destroy(ar);
	}
	if (rc < 0) {
		fprintf(stderr, "tidings poll: %s: %s: %s\n", state ? state : db, detail,
			td_strerror(rc));
		td_poller_destroy(p);
		td_store_close(r.db);
		return 1;
	}
	rc = td_poller_read_list(p, o->input, detail, sizeof(detail));
	if (rc < 0) {
		fprintf(stderr, "tidings poll: %s: %s: %s\n", o->input, detail, td_strerror(rc));
		td_poller_destroy(p);
		td_store_close(r.db);
		return 1;
	}
	td_poller_prune(p);
	td_jw_init(&r.w);
	po.on_article = on_article;
	po.on_feed = on_feed;
	po.ctx = &r;
	rc = td_poll_run(p, &po);
	int exit_code = 0;
	if (rc < 0) {
		fprintf(stderr, "tidings poll: %s\n", td_strerror(rc));
		exit_code = 1;
	}
	if (state && td_poller_save_file(p, state) < 0) {
		fprintf(stderr, "tidings poll: cannot save the state to %s\n", state);
		exit_code = 1;
	}
	if (!state && r.db) {
		char *json = NULL;
		int src = td_poller_state_json(p, &json);
		if (src == 0)
			src = td_store_state_put(r.db, SRV_FEEDS_STATE_KEY, json, strlen(json));
		free(json);
		if (src < 0) {
			fprintf(stderr, "tidings poll: cannot save the state in %s\n", db);
			exit_code = 1;
		}
	}
	size_t nfeeds;
	td_poller_feeds(p, &nfeeds);
	fprintf(stderr, "poll: %zu feeds, %d polled, %d not due, %d failed, %zu articles\n",
		nfeeds, r.polled, r.skipped, r.failed, r.articles);
	if (r.db)
		fprintf(stderr, "poll: stored in %s: %zu new, %zu updated (%lld articles)\n", db,
			r.created, r.updated, td_store_count(r.db));
	if (r.write_errors || (r.polled && r.failed == r.polled))
		exit_code = 1; /* output lost, or every feed failed (the network?) */
	td_jw_free(&r.w);
	td_poller_destroy(p);
	td_store_close(r.db);
	return exit_code;
}

/* ---- feed: the items of a feed file --------------------------------- */

static void date_or_null(td_jw *w, int64_t t)
{
	char b[32];
	if (!t) {
		td_jw_null(w);
		return;
	}
	iso_time(t, b);
	td_jw_str(w, b);
}

int cmd_feed(const cli_opts *o)
{
	const char *base = NULL;
	for (int i = 0; i < o->argc; i++) {
		if (!strcmp(o->argv[i], "--base") && i + 1 < o->argc)
			base = o->argv[++i];
		else {
			fprintf(stderr, "tidings feed: unknown option '%s'\n", o->argv[i]);
			return 2;
		}
	}
	FILE *f = fopen(o->input, "rb");
	if (!f) {
		fprintf(stderr, "tidings feed: %s: %s\n", o->input, strerror(errno));
		return 1;
	}
	size_t max = o->max_bytes ? o->max_bytes : TD_FEED_DEFAULT_MAX_BYTES;
	char *buf = malloc(max + 1);
	size_t len = buf ? fread(buf, 1, max + 1, f) : 0;
	fclose(f);
	if (!buf) {
		fprintf(stderr, "tidings: out of memory\n");
		return 1;
	}
	td_arena *ar = td_arena_create();
	td_feed feed;
	char detail[256];
	td_feed_opts fo = {.max_bytes = max};
	int rc = ar ? td_feed_parse(buf, len, base, &fo, ar, &feed, detail, sizeof(detail))
		    : TD_ERR_NOMEM;
	free(buf);
	if (rc < 0) {
		fprintf(stderr, "tidings feed: %s: %s: %s\n", o->input, td_strerror(rc), detail);
		td_arena_destroy(ar);
		return 1;
	}
	td_jw w;
	td_jw_init(&w);
	for (size_t i = 0; i < feed.nitems; i++) {
		const td_feed_item *it = &feed.items[i];
		td_jw_obj(&w);
		td_jw_key(&w, "feed");
		td_jw_str(&w, feed.title);
		td_jw_key(&w, "kind");
		td_jw_str(&w, td_feed_kind_name(feed.kind));
		td_jw_key(&w, "id");
		td_jw_str(&w, it->id);
		td_jw_key(&w, "link");
		td_jw_str(&w, it->link);
		td_jw_key(&w, "title");
		td_jw_str(&w, it->title);
		td_jw_key(&w, "author");
		td_jw_str(&w, it->author);
		td_jw_key(&w, "lang");
		td_jw_str(&w, it->lang);
		td_jw_key(&w, "published");
		date_or_null(&w, it->published);
		td_jw_key(&w, "updated");
		date_or_null(&w, it->updated);
		td_jw_key(&w, "categories");
		td_jw_arr(&w);
		for (size_t k = 0; k < it->ncategories; k++)
			td_jw_str(&w, it->categories[k]);
		td_jw_arr_end(&w);
		td_jw_key(&w, "full_text");
		td_jw_bool(&w, it->full_text);
		td_jw_key(&w, "body_chars");
		td_jw_int(&w, (long long)it->body_chars);
		td_jw_key(&w, "body_paragraphs");
		td_jw_int(&w, (long long)it->body_paragraphs);
		td_jw_obj_end(&w);
		td_jw_raw(&w, "\n", 1);
	}
	rc = cli_emit(&w);
	td_jw_free(&w);
	td_arena_destroy(ar);
	return rc;
}
