/* poll.c - feed polling: list, state (JSON), backoff, item dedup, articles from items or pages. */
#include "tidings/poll.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <xxhash.h>

#include "tidings/engine.h"
#include "tidings/error.h"
#include "tidings/reader.h"

#define DEFAULT_INTERVAL 1800
#define HASH_SEED 0x7469646e67730000ull /* the reader's id seed: ids agree */

struct td_poller {
	td_feed_state *feeds;
	size_t n, cap;
	td_fetcher *fetcher;
	td_fetch_opts fetch_opts; /* the fetcher was made with these */
};

td_poller *td_poller_create(void)
{
	return calloc(1, sizeof(td_poller));
}

static void state_free(td_feed_state *s)
{
	free(s->url);
	free(s->title);
	free(s->site);
	free(s->etag);
	free(s->last_modified);
	free(s->last_error);
	free(s->seen);
	memset(s, 0, sizeof(*s));
}

void td_poller_destroy(td_poller *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		state_free(&p->feeds[i]);
	free(p->feeds);
	td_fetcher_destroy(p->fetcher);
	free(p);
}

const td_feed_state *td_poller_feeds(const td_poller *p, size_t *n)
{
	*n = p->n;
	return p->feeds;
}

/* Replaces *dst by a copy of s (NULL or "" clears it). Returns -1 when out
 * of memory. */
static int set_str(char **dst, const char *s)
{
	char *c = NULL;
	if (s && *s && !(c = strdup(s)))
		return -1;
	free(*dst);
	*dst = c;
	return 0;
}

static td_feed_state *find_feed(td_poller *p, const char *url)
{
	for (size_t i = 0; i < p->n; i++)
		if (!strcmp(p->feeds[i].url, url))
			return &p->feeds[i];
	return NULL;
}

static td_feed_state *new_feed(td_poller *p, const char *url)
{
	if (p->n == p->cap) {
		size_t nc = p->cap ? p->cap * 2 : 16;
		td_feed_state *v = realloc(p->feeds, nc * sizeof(*v));
		if (!v)
			return NULL;
		p->feeds = v;
		p->cap = nc;
	}
	td_feed_state *s = &p->feeds[p->n];
	memset(s, 0, sizeof(*s));
	if (!(s->url = strdup(url)))
		return NULL;
	p->n++;
	return s;
}

int td_poller_add(td_poller *p, const char *url, int interval)
{
	if (!url || (strncasecmp(url, "http://", 7) && strncasecmp(url, "https://", 8)) ||
	    interval < 0)
		return TD_ERR_INVAL;
	td_feed_state *s = find_feed(p, url);
	if (!s && !(s = new_feed(p, url)))
		return TD_ERR_NOMEM;
	s->listed = 1;
	if (interval)
		s->interval = interval;
	return 0;
}

void td_poller_prune(td_poller *p)
{
	size_t k = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (p->feeds[i].listed)
			p->feeds[k++] = p->feeds[i];
		else
			state_free(&p->feeds[i]);
	}
	p->n = k;
}

/* "30m", "2h", "900s", "1d", "15" (minutes) in seconds; -1 when bad. */
static long parse_interval(const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (end == s || v < 0 || errno)
		return -1;
	long mul = 60;
	if (*end == 's')
		mul = 1, end++;
	else if (*end == 'm')
		mul = 60, end++;
	else if (*end == 'h')
		mul = 3600, end++;
	else if (*end == 'd')
		mul = 86400, end++;
	if (*end || v > 366L * 86400 / mul)
		return -1;
	return v * mul;
}

int td_poller_read_list(td_poller *p, const char *path, char *detail, size_t dlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		if (detail && dlen)
			snprintf(detail, dlen, "%s", strerror(errno));
		return TD_ERR_IO;
	}
	char line[4096];
	int lineno = 0, count = 0, rc = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		size_t n = strlen(line);
		if (n == sizeof(line) - 1 && line[n - 1] != '\n') {
			if (detail && dlen)
				snprintf(detail, dlen, "line %d: too long", lineno);
			rc = TD_ERR_PARSE;
			break;
		}
		char *s = line;
		while (isspace((unsigned char)*s))
			s++;
		if (!*s || *s == '#')
			continue;
		char *url = strtok(s, " \t\r\n");
		char *iv = strtok(NULL, " \t\r\n");
		char *extra = strtok(NULL, " \t\r\n");
		long interval = iv && *iv != '#' ? parse_interval(iv) : 0;
		if (interval < 0 || (extra && *extra != '#' && !(iv && *iv == '#'))) {
			if (detail && dlen)
				snprintf(detail, dlen, "line %d: expected 'URL [interval]'", lineno);
			rc = TD_ERR_PARSE;
			break;
		}
		rc = td_poller_add(p, url, (int)interval);
		if (rc == TD_ERR_INVAL) {
			if (detail && dlen)
				snprintf(detail, dlen, "line %d: not an http(s) URL: %.100s", lineno, url);
			rc = TD_ERR_PARSE;
		}
		if (rc < 0)
			break;
		count++;
	}
	fclose(f);
	return rc < 0 ? rc : count;
}

/* ---- state as JSON -------------------------------------------------- */

static void hex64(char out[17], uint64_t v)
{
	snprintf(out, 17, "%016" PRIx64, v);
}

int td_poller_state_json(const td_poller *p, char **out)
{
	*out = NULL;
	json_t *root = json_object(), *feeds = json_array();
	int bad = !root || !feeds || json_object_set_new(root, "version", json_integer(1)) ||
		  json_object_set(root, "feeds", feeds);
	for (size_t i = 0; i < p->n && !bad; i++) {
		const td_feed_state *s = &p->feeds[i];
		json_t *o = json_object(), *seen = json_array();
		bad |= !o || !seen;
		if (bad) {
			json_decref(o);
			json_decref(seen);
			break;
		}
		bad |= json_object_set_new(o, "url", json_string(s->url));
#define OPT_STR(k, v) \
	if (v) \
		bad |= json_object_set_new(o, k, json_string(v));
		OPT_STR("title", s->title)
		OPT_STR("site", s->site)
		OPT_STR("etag", s->etag)
		OPT_STR("last_modified", s->last_modified)
		OPT_STR("last_error", s->last_error)
#undef OPT_STR
		bad |= json_object_set_new(o, "interval", json_integer(s->interval));
		bad |= json_object_set_new(o, "failures", json_integer(s->failures));
		bad |= json_object_set_new(o, "last_fetch", json_integer(s->last_fetch));
		bad |= json_object_set_new(o, "last_success", json_integer(s->last_success));
		bad |= json_object_set_new(o, "next_due", json_integer(s->next_due));
		for (size_t k = 0; k < s->nseen && !bad; k++) {
			char a[17], b[17];
			hex64(a, s->seen[k].key);
			hex64(b, s->seen[k].hash);
			json_t *e = json_pack("[s,s,I,I]", a, b, (json_int_t)s->seen[k].updated,
					      (json_int_t)s->seen[k].seen_at);
			bad |= !e || json_array_append_new(seen, e);
		}
		bad |= json_object_set_new(o, "seen", seen);
		bad |= json_array_append_new(feeds, o);
	}
	if (!bad)
		*out = json_dumps(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	json_decref(feeds);
	json_decref(root);
	return *out ? 0 : TD_ERR_NOMEM;
}

static int64_t jint(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_integer(v) ? (int64_t)json_integer_value(v) : 0;
}

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

int td_poller_state_load(td_poller *p, const char *json, size_t len, char *detail, size_t dlen)
{
	json_error_t je;
	json_t *root = json_loadb(json, len, 0, &je);
	if (!root) {
		if (detail && dlen)
			snprintf(detail, dlen, "line %d: %s", je.line, je.text);
		return TD_ERR_PARSE;
	}
	int rc = 0;
	json_t *feeds = json_object_get(root, "feeds");
	if (jint(root, "version") != 1 || !json_is_array(feeds)) {
		if (detail && dlen)
			snprintf(detail, dlen, "not a tidings poll state (version 1)");
		rc = TD_ERR_PARSE;
		goto out;
	}
	size_t i;
	json_t *o;
	json_array_foreach(feeds, i, o) {
		const char *url = jstr(o, "url");
		if (!url)
			continue;
		td_feed_state *s = find_feed(p, url);
		if (!s && !(s = new_feed(p, url))) {
			rc = TD_ERR_NOMEM;
			goto out;
		}
		if (set_str(&s->title, jstr(o, "title")) || set_str(&s->site, jstr(o, "site")) ||
		    set_str(&s->etag, jstr(o, "etag")) ||
		    set_str(&s->last_modified, jstr(o, "last_modified")) ||
		    set_str(&s->last_error, jstr(o, "last_error"))) {
			rc = TD_ERR_NOMEM;
			goto out;
		}
		int64_t iv = jint(o, "interval");
		if (!s->interval && iv > 0 && iv < 366LL * 86400)
			s->interval = (int)iv;
		int64_t fl = jint(o, "failures");
		s->failures = fl > 0 && fl < 1000000 ? (int)fl : 0;
		s->last_fetch = jint(o, "last_fetch");
		s->last_success = jint(o, "last_success");
		s->next_due = jint(o, "next_due");
		json_t *seen = json_object_get(o, "seen");
		size_t n = json_array_size(seen);
		free(s->seen);
		s->seen = NULL;
		s->nseen = s->seen_cap = 0;
		if (n) {
			s->seen = calloc(n, sizeof(*s->seen));
			if (!s->seen) {
				rc = TD_ERR_NOMEM;
				goto out;
			}
			s->seen_cap = n;
		}
		for (size_t k = 0; k < n; k++) {
			json_t *e = json_array_get(seen, k);
			const char *a = json_string_value(json_array_get(e, 0));
			const char *b = json_string_value(json_array_get(e, 1));
			if (!a || !b)
				continue;
			td_seen_item *it = &s->seen[s->nseen++];
			it->key = strtoull(a, NULL, 16);
			it->hash = strtoull(b, NULL, 16);
			it->updated = json_integer_value(json_array_get(e, 2));
			it->seen_at = json_integer_value(json_array_get(e, 3));
		}
	}
out:
	json_decref(root);
	return rc;
}

int td_poller_save_file(const td_poller *p, const char *path)
{
	char *js;
	int rc = td_poller_state_json(p, &js);
	if (rc < 0)
		return rc;
	size_t pl = strlen(path);
	char *tmp = malloc(pl + 32);
	if (!tmp) {
		free(js);
		return TD_ERR_NOMEM;
	}
	snprintf(tmp, pl + 32, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "w");
	rc = TD_ERR_IO;
	if (f) {
		size_t n = strlen(js);
		int ok = fwrite(js, 1, n, f) == n && fputc('\n', f) != EOF;
		ok &= fflush(f) == 0 && fsync(fileno(f)) == 0;
		ok &= fclose(f) == 0;
		if (ok && rename(tmp, path) == 0)
			rc = 0;
		else
			unlink(tmp);
	}
	free(tmp);
	free(js);
	return rc;
}

int td_poller_load_file(td_poller *p, const char *path, char *detail, size_t dlen)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (errno == ENOENT)
			return 0;
		if (detail && dlen)
			snprintf(detail, dlen, "%s", strerror(errno));
		return TD_ERR_IO;
	}
	char *buf = NULL;
	size_t len = 0, cap = 0, r;
	int rc = 0;
	for (;;) {
		if (len + 65536 > cap) {
			cap = (len + 65536) * 2;
			char *nb = realloc(buf, cap);
			if (!nb) {
				rc = TD_ERR_NOMEM;
				break;
			}
			buf = nb;
		}
		r = fread(buf + len, 1, cap - len, f);
		if (!r)
			break;
		len += r;
	}
	if (ferror(f))
		rc = TD_ERR_IO;
	fclose(f);
	if (!rc)
		rc = td_poller_state_load(p, buf ? buf : "", len, detail, dlen);
	free(buf);
	return rc;
}

/* ---- seen items ----------------------------------------------------- */

static td_seen_item *seen_by_key(td_feed_state *s, uint64_t key)
{
	for (size_t i = 0; i < s->nseen; i++)
		if (s->seen[i].key == key)
			return &s->seen[i];
	return NULL;
}

static int seen_has_hash(const td_feed_state *s, uint64_t hash)
{
	for (size_t i = 0; i < s->nseen; i++)
		if (s->seen[i].hash == hash)
			return 1;
	return 0;
}

static td_seen_item *seen_add(td_feed_state *s)
{
	if (s->nseen == s->seen_cap) {
		size_t nc = s->seen_cap ? s->seen_cap * 2 : 64;
		td_seen_item *v = realloc(s->seen, nc * sizeof(*v));
		if (!v)
			return NULL;
		s->seen = v;
		s->seen_cap = nc;
	}
	td_seen_item *it = &s->seen[s->nseen++];
	memset(it, 0, sizeof(*it));
	return it;
}

static int by_seen_desc(const void *a, const void *b)
{
	const td_seen_item *x = a, *y = b;
	return x->seen_at < y->seen_at ? 1 : x->seen_at > y->seen_at ? -1 : 0;
}

/* Keeps the max most recently present items. */
static void seen_trim(td_feed_state *s, size_t max)
{
	if (s->nseen <= max)
		return;
	qsort(s->seen, s->nseen, sizeof(*s->seen), by_seen_desc);
	s->nseen = max;
}

/* ---- items to articles ---------------------------------------------- */

typedef struct {
	td_article *a;
} grab_ctx;

static int grab(void *ctx, td_article *a)
{
	((grab_ctx *)ctx)->a = a;
	return 1;
}

/* Reads an HTML fragment (feed content) or page with the HTML reader. */
static int read_html(const char *name, const char *html, size_t len, int fragment, td_arena *ar,
		     td_article **out)
{
	*out = NULL;
	const char *doc = html;
	if (fragment) {
		static const char pre[] = "<!DOCTYPE html><html><body>", post[] = "</body></html>";
		char *d = td_arena_alloc(ar, sizeof(pre) + len + sizeof(post));
		if (!d)
			return TD_ERR_NOMEM;
		memcpy(d, pre, sizeof(pre) - 1);
		memcpy(d + sizeof(pre) - 1, html, len);
		memcpy(d + sizeof(pre) - 1 + len, post, sizeof(post));
		doc = d;
		len += sizeof(pre) - 1 + sizeof(post) - 1;
	}
	grab_ctx g = {0};
	int rc = td_read_buffer(name, doc, len, TD_FMT_HTML, NULL, ar, grab, NULL, &g);
	if (rc == TD_ERR_EMPTY || (rc >= 0 && !g.a)) {
		/* No text at all: an empty article the item's title may fill. */
		td_article *a = td_arena_alloc(ar, sizeof(*a));
		if (!a)
			return TD_ERR_NOMEM;
		td_article_init(a);
		a->file = name;
		a->raw_body = "";
		g.a = a;
		rc = 0;
	}
	if (rc < 0)
		return rc;
	*out = g.a;
	return 0;
}

static const char *lang_code(td_arena *ar, const char *l)
{
	if (!l)
		return NULL;
	char code[4] = {0};
	for (int i = 0; i < 3 && isalpha((unsigned char)l[i]); i++)
		code[i] = (char)tolower((unsigned char)l[i]);
	if (isalpha((unsigned char)l[strlen(code)]))
		return NULL; /* "english": not a code */
	return strlen(code) >= 2 ? td_arena_strndup(ar, code, strlen(code)) : NULL;
}

typedef struct {
	td_fetcher *fetcher;
	const td_poll_opts *o;
	td_feed_state *s;
	const td_feed *feed;
	td_poll_report *rep;
	td_arena *ar;
	char page_error[300];
} item_run;

/* Builds, runs and delivers the article of one item. Returns 1 when the
 * callback asked to stop, 0 when delivered, negative on failure. */
static int deliver_item(item_run *r, const td_feed_item *it, const char *key, int update)
{
	td_arena *ar = r->ar;
	td_article *a = NULL;
	td_poll_item info = {.feed_url = r->s->url, .feed_title = r->feed->title, .key = key,
			     .update = update};
	const char *name = it->link ? it->link : key;
	int rc;
	r->page_error[0] = 0;
	if (it->full_text) {
		rc = read_html(name, it->body, strlen(it->body), 1, ar, &a);
		info.source = "feed";
		r->rep->from_feed++;
	} else {
		rc = -1;
		if (it->link) {
			td_fetch_result fr;
			int frc = td_fetch(r->fetcher, it->link, TD_FETCH_PAGE, NULL, NULL, &fr);
			if (frc == 0 && fr.status == TD_FETCH_OK) {
				rc = read_html(name, fr.body, fr.len, 0, ar, &a);
				if (rc < 0)
					snprintf(r->page_error, sizeof(r->page_error), "page: %s",
						 td_strerror(rc));
				else if (a->raw_body_len < it->body_chars) {
					/* the page gave less text than the feed: keep the feed's */
					snprintf(r->page_error, sizeof(r->page_error),
						 "page: no article text found");
					rc = -1;
				}
			} else
				snprintf(r->page_error, sizeof(r->page_error), "page: %s",
					 fr.error[0] ? fr.error : td_strerror(frc));
			td_fetch_result_free(&fr);
		} else
			snprintf(r->page_error, sizeof(r->page_error), "no link to the article page");
		if (rc == 0) {
			info.source = "page";
			r->rep->from_page++;
		} else {
			if (it->link)
				r->rep->page_errors++;
			info.page_error = r->page_error;
			const char *b = it->body ? it->body : "";
			rc = read_html(name, b, strlen(b), 1, ar, &a);
			info.source = "summary";
			r->rep->from_summary++;
		}
	}
	if (rc < 0)
		return rc;
	/* The feed's own metadata describes the item better than the page's
	 * chrome: headline, link, outlet, publication time. */
	if (it->title)
		a->raw_title = it->title;
	if (!a->raw_title && !a->raw_body_len)
		return TD_ERR_EMPTY;
	a->url = it->link ? it->link : a->url;
	a->outlet = r->feed->title ? r->feed->title : a->outlet;
	a->feed = r->s->url;
	a->file = name;
	a->id = XXH64(key, strlen(key), XXH64(r->s->url, strlen(r->s->url), HASH_SEED));
	if (!a->lang_hint)
		a->lang_hint = lang_code(ar, it->lang);
	if (it->published) {
		a->meta_date = (td_day)(it->published / 86400 - (it->published % 86400 < 0));
		a->meta_date_source = TD_DATE_META;
		a->published_at = it->published;
	}
	if (!a->raw_lead && it->summary && it->body != it->summary)
		a->raw_lead = td_feed_plain_text(ar, it->summary);
	if ((rc = td_pipeline_article(a, ar, TD_STAGE_ALL)) < 0)
		return rc;
	if (update)
		r->rep->updates++;
	else
		r->rep->new_items++;
	return r->o->on_article && r->o->on_article(r->o->ctx, &info, a) ? 1 : 0;
}

static uint64_t content_hash(const td_feed_item *it)
{
	const char *t = it->title ? it->title : "", *b = it->body ? it->body : "";
	return XXH64(b, strlen(b), XXH64(t, strlen(t) + 1, HASH_SEED));
}

/* Handles the items of a parsed feed. Returns 1 when the callback asked
 * to stop, else 0, or TD_ERR_NOMEM. */
static int handle_items(item_run *r, int64_t now, size_t max_items)
{
	td_feed_state *s = r->s;
	const td_feed *feed = r->feed;
	size_t handled = 0;
	int rc = 0;
	for (size_t i = 0; i < feed->nitems && rc == 0; i++) {
		const td_feed_item *it = &feed->items[i];
		if (r->o->should_stop && r->o->should_stop(r->o->ctx))
			return 1;
		const char *key = it->id ? it->id : it->link ? it->link : it->title;
		if (!key)
			continue; /* nothing to recognise it by */
		uint64_t kh = XXH64(key, strlen(key), HASH_SEED);
		uint64_t ch = content_hash(it);
		td_seen_item *seen = seen_by_key(s, kh);
		int update = 0;
		if (seen) {
			seen->seen_at = now;
			int changed = seen->hash != ch ||
				      (it->updated && seen->updated && it->updated > seen->updated);
			if (!changed)
				continue;
			update = 1;
		} else if (seen_has_hash(s, ch)) {
			/* the same content under a new guid: remember the guid, skip */
			td_seen_item *n = seen_add(s);
			if (!n)
				return TD_ERR_NOMEM;
			n->key = kh, n->hash = ch, n->updated = it->updated, n->seen_at = now;
			continue;
		}
		if (handled >= max_items) {
			r->rep->deferred++;
			continue; /* not recorded: delivered by a later pass */
		}
		handled++;
		td_arena_reset(r->ar);
		int drc = deliver_item(r, it, key, update);
		if (drc == TD_ERR_NOMEM)
			return drc;
		if (drc < 0)
			r->rep->failed_items++; /* recorded all the same: not retried */
		if (!seen && !(seen = seen_add(s)))
			return TD_ERR_NOMEM;
		seen->key = kh, seen->hash = ch, seen->updated = it->updated, seen->seen_at = now;
		if (drc == 1)
			rc = 1;
	}
	return rc;
}

/* ---- the pass ------------------------------------------------------- */

static int64_t backoff(int interval, int failures, int max)
{
	int64_t d = interval < 60 ? 60 : interval;
	for (int i = 1; i < failures && d < max; i++)
		d *= 2;
	return d > max ? max : d;
}

static int poll_feed(td_fetcher *fetcher, td_feed_state *s, const td_poll_opts *o, int64_t now,
		     td_arena *ar, int *stop)
{
	td_poll_report rep = {.feed = s, .polled = 1, .kind = ""};
	char err[320] = "";
	int interval = s->interval ? s->interval
			: o->default_interval > 0 ? o->default_interval
			: o->default_interval < 0 ? 0 : DEFAULT_INTERVAL;
	int max_backoff = o->max_backoff > 0 ? o->max_backoff : 86400;
	size_t max_items = o->max_items ? o->max_items : 200;
	td_fetch_result fr;
	s->last_fetch = now;
	int rc = td_fetch(fetcher, s->url, TD_FETCH_FEED, s->etag, s->last_modified, &fr);
	rep.status = fr.status;
	rep.http_code = fr.http_code;
	int64_t retry_after = fr.retry_after;
	if (rc == TD_ERR_NOMEM) {
		td_fetch_result_free(&fr);
		return rc;
	}
	if (rc < 0) {
		rep.err = rc;
		snprintf(err, sizeof(err), "%s", fr.error[0] ? fr.error : td_strerror(rc));
	} else if (fr.status == TD_FETCH_NOT_MODIFIED) {
		rep.ok = rep.not_modified = 1;
		if (fr.etag && set_str(&s->etag, fr.etag))
			rc = TD_ERR_NOMEM;
	} else {
		td_feed feed;
		char detail[256], charset[40] = "";
		td_feed_opts fo = o->feed;
		const char *cs = fr.content_type ? strcasestr(fr.content_type, "charset=") : NULL;
		if (cs && !fo.charset) {
			cs += 8;
			if (*cs == '"')
				cs++;
			size_t k = 0;
			while (k < sizeof(charset) - 1 && cs[k] && cs[k] != ';' && cs[k] != ' ' &&
			       cs[k] != '"')
				k++;
			memcpy(charset, cs, k);
			charset[k] = 0;
			fo.charset = charset;
		}
		td_arena_reset(ar);
		int prc = td_feed_parse(fr.body, fr.len, fr.final_url ? fr.final_url : s->url, &fo,
					ar, &feed, detail, sizeof(detail));
		if (prc == TD_ERR_NOMEM) {
			rc = prc;
		} else if (prc < 0) {
			rep.err = prc;
			snprintf(err, sizeof(err), "%s: %s", td_strerror(prc), detail);
		} else {
			rep.ok = 1;
			rep.kind = td_feed_kind_name(feed.kind);
			rep.items = feed.nitems;
			if (set_str(&s->etag, fr.etag) || set_str(&s->last_modified, fr.last_modified) ||
			    (feed.title && set_str(&s->title, feed.title)) ||
			    (feed.site && set_str(&s->site, feed.site)))
				rc = TD_ERR_NOMEM;
			if (feed.ttl_minutes > 0) {
				int ttl = feed.ttl_minutes > 360 ? 360 * 60 : feed.ttl_minutes * 60;
				if (ttl > interval)
					interval = ttl; /* the publisher asks for no more often */
			}
			/* Items are read in their own arena: the feed stays in ar. */
			td_arena *iar = td_arena_create();
			item_run ir = {.fetcher = fetcher, .o = o, .s = s, .feed = &feed, .rep = &rep,
				       .ar = iar};
			int hrc = iar ? handle_items(&ir, now, max_items) : TD_ERR_NOMEM;
			td_arena_destroy(iar);
			if (rep.deferred || hrc == 1) {
				/* items remain for the next pass: no 304 may hide them */
				set_str(&s->etag, NULL);
				set_str(&s->last_modified, NULL);
			}
			if (hrc < 0)
				rc = hrc;
			else if (hrc == 1)
				*stop = 1;
			seen_trim(s, o->max_seen ? o->max_seen : 2000);
		}
	}
	td_fetch_result_free(&fr);
	if (rc == TD_ERR_NOMEM)
		return rc;
	if (rep.ok) {
		s->failures = 0;
		s->last_success = now;
		set_str(&s->last_error, NULL);
		s->next_due = now + interval;
	} else {
		s->failures++;
		if (set_str(&s->last_error, err) < 0)
			return TD_ERR_NOMEM;
		s->next_due = now + backoff(interval, s->failures, max_backoff);
		if (retry_after > 0 && now + retry_after > s->next_due)
			s->next_due = now + (retry_after < max_backoff ? retry_after : max_backoff);
		rep.error = s->last_error;
	}
	if (o->on_feed)
		o->on_feed(o->ctx, &rep);
	return rep.ok ? 0 : 1;
}

/* ---- parallel passes ------------------------------------------------ */

/* The user's callbacks behind one mutex: workers call them one at a time. */
typedef struct {
	pthread_mutex_t lock;
	const td_poll_opts *user;
} serial_ctx;

static int serial_article(void *ctx, const td_poll_item *it, td_article *a)
{
	serial_ctx *c = ctx;
	pthread_mutex_lock(&c->lock);
	int rc = c->user->on_article ? c->user->on_article(c->user->ctx, it, a) : 0;
	pthread_mutex_unlock(&c->lock);
	return rc;
}

static void serial_feed(void *ctx, const td_poll_report *r)
{
	serial_ctx *c = ctx;
	pthread_mutex_lock(&c->lock);
	if (c->user->on_feed)
		c->user->on_feed(c->user->ctx, r);
	pthread_mutex_unlock(&c->lock);
}

static int serial_stop(void *ctx)
{
	serial_ctx *c = ctx;
	pthread_mutex_lock(&c->lock);
	int rc = c->user->should_stop ? c->user->should_stop(c->user->ctx) : 0;
	pthread_mutex_unlock(&c->lock);
	return rc;
}

/* Due feeds grouped by origin: one worker polls a whole group, so the
 * feeds of one host are fetched one after another. */
typedef struct {
	td_poller *p;
	const td_poll_opts *o; /* with the serialised callbacks */
	size_t *order;         /* feed indices, group after group */
	size_t *start;         /* group g is order[start[g] .. start[g + 1]) */
	size_t ngroups;
	int64_t now;
	atomic_size_t next;
	atomic_int stop, failed, err;
} pool;

static void *pool_worker(void *arg)
{
	pool *pl = arg;
	td_fetcher *f = td_fetcher_create_shared(&pl->o->fetch, pl->p->fetcher);
	td_arena *ar = td_arena_create();
	if (!f || !ar) {
		atomic_store(&pl->err, TD_ERR_NOMEM);
		atomic_store(&pl->stop, 1);
	}
	while (!atomic_load(&pl->stop)) {
		size_t g = atomic_fetch_add(&pl->next, 1);
		if (g >= pl->ngroups)
			break;
		for (size_t k = pl->start[g]; k < pl->start[g + 1] && !atomic_load(&pl->stop); k++) {
			if (pl->o->should_stop(pl->o->ctx)) {
				atomic_store(&pl->stop, 1);
				break;
			}
			int st = 0;
			int rc = poll_feed(f, &pl->p->feeds[pl->order[k]], pl->o, pl->now, ar, &st);
			if (rc < 0) {
				atomic_store(&pl->err, rc);
				st = 1;
			} else
				atomic_fetch_add(&pl->failed, rc);
			if (st)
				atomic_store(&pl->stop, 1);
		}
	}
	td_arena_destroy(ar);
	td_fetcher_destroy(f);
	return NULL;
}

/* Length of the scheme://host:port part of a URL. */
static size_t origin_len(const char *url)
{
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	return (size_t)(h - url) + strcspn(h, "/?#");
}

static int run_parallel(td_poller *p, const td_poll_opts *o, size_t *due, size_t ndue,
			int64_t now)
{
	int rc = TD_ERR_NOMEM;
	size_t *gid = malloc(ndue * sizeof(size_t)), *first = malloc(ndue * sizeof(size_t));
	size_t *order = malloc(ndue * sizeof(size_t)), *start = calloc(ndue + 1, sizeof(size_t));
	pthread_t *th = NULL;
	size_t ng = 0;
	if (!gid || !first || !order || !start)
		goto out;
	for (size_t i = 0; i < ndue; i++) {
		const char *u = p->feeds[due[i]].url;
		size_t ul = origin_len(u), g = 0;
		for (; g < ng; g++) {
			const char *v = p->feeds[due[first[g]]].url;
			if (origin_len(v) == ul && !strncasecmp(u, v, ul))
				break;
		}
		if (g == ng)
			first[ng++] = i;
		gid[i] = g;
		start[g + 1]++;
	}
	for (size_t g = 0; g < ng; g++)
		start[g + 1] += start[g];
	size_t *fill = first; /* reused: next free slot per group */
	for (size_t g = 0; g < ng; g++)
		fill[g] = start[g];
	for (size_t i = 0; i < ndue; i++)
		order[fill[gid[i]]++] = due[i];

	serial_ctx sc = {.user = o};
	if (pthread_mutex_init(&sc.lock, NULL))
		goto out;
	td_poll_opts so = *o;
	so.on_article = serial_article;
	so.on_feed = serial_feed;
	so.should_stop = serial_stop;
	so.ctx = &sc;
	pool pl = {.p = p, .o = &so, .order = order, .start = start, .ngroups = ng, .now = now};
	atomic_init(&pl.next, 0);
	atomic_init(&pl.stop, 0);
	atomic_init(&pl.failed, 0);
	atomic_init(&pl.err, 0);
	size_t nt = (size_t)o->threads < ng ? (size_t)o->threads : ng;
	th = malloc(nt * sizeof(*th));
	size_t started = 0;
	for (; th && started < nt; started++)
		if (pthread_create(&th[started], NULL, pool_worker, &pl))
			break;
	if (!started)
		pool_worker(&pl); /* no thread could start: do it here */
	for (size_t i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	pthread_mutex_destroy(&sc.lock);
	rc = atomic_load(&pl.err) < 0 ? atomic_load(&pl.err) : atomic_load(&pl.failed);
out:
	free(th);
	free(gid);
	free(first);
	free(order);
	free(start);
	return rc;
}

int td_poll_run(td_poller *p, const td_poll_opts *o)
{
	int64_t now = o->now ? o->now : (int64_t)time(NULL);
	if (p->fetcher && memcmp(&p->fetch_opts, &o->fetch, sizeof(o->fetch))) {
		td_fetcher_destroy(p->fetcher);
		p->fetcher = NULL;
	}
	if (!p->fetcher) {
		p->fetcher = td_fetcher_create(&o->fetch);
		if (!p->fetcher)
			return TD_ERR_NOMEM;
		p->fetch_opts = o->fetch;
	}
	/* Feeds not due are reported first, then the due ones are polled. */
	size_t *due = malloc((p->n ? p->n : 1) * sizeof(size_t)), ndue = 0;
	if (!due)
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < p->n; i++) {
		td_feed_state *s = &p->feeds[i];
		if (!s->listed)
			continue;
		if (!o->all && s->next_due > now) {
			td_poll_report rep = {.feed = s, .kind = "", .error = s->last_error};
			if (o->on_feed)
				o->on_feed(o->ctx, &rep);
			continue;
		}
		due[ndue++] = i;
	}
	int failed = 0;
	if (o->threads > 1 && ndue > 1) {
		failed = run_parallel(p, o, due, ndue, now);
		free(due);
		return failed;
	}
	td_arena *ar = td_arena_create();
	if (!ar) {
		free(due);
		return TD_ERR_NOMEM;
	}
	int stop = 0;
	for (size_t k = 0; k < ndue && !stop; k++) {
		if (o->should_stop && o->should_stop(o->ctx))
			break;
		int rc = poll_feed(p->fetcher, &p->feeds[due[k]], o, now, ar, &stop);
		if (rc < 0) {
			failed = rc;
			break;
		}
		failed += rc;
	}
	td_arena_destroy(ar);
	free(due);
	return failed;
}
