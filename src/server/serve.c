/* serve.c - the serve and ingest modes: options, start-up rebuild, expiry, shutdown. */
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "server.h"
#include "tidings/error.h"

#define DEFAULT_DB "./tidings.db"
#define INGEST_MAX_FILE (1ull << 30) /* a JSON-lines file */

/* Takes the value of option name at argv[*i] into *val. Returns 1 when
 * argv[*i] is that option, -1 when its value is missing, 0 otherwise. */
static int opt_val(const cli_opts *o, int *i, const char *name, const char **val)
{
	if (strcmp(o->argv[*i], name))
		return 0;
	if (*i + 1 >= o->argc) {
		fprintf(stderr, "tidings: %s needs a value\n", name);
		return -1;
	}
	*val = o->argv[++*i];
	return 1;
}

static int opt_int(const char *name, const char *v, long lo, long hi, long *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi) {
		fprintf(stderr, "tidings: %s must be a number from %ld to %ld\n", name, lo, hi);
		return -1;
	}
	*out = n;
	return 0;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- serve --------------------------------------------------------- */

typedef struct {
	srv *s;
	td_arena *ar;
	atomic_int *stop;
	size_t loaded, failed;
} load_ctx;

static int load_one(void *ctx, const td_stored_article *rec)
{
	load_ctx *l = ctx;
	if (atomic_load(l->stop))
		return 1;
	td_arena_reset(l->ar);
	td_article *a;
	int rc = srv_rebuild(rec, l->ar, &a);
	if (rc == 0)
		rc = sv_add(l->s->view, a, sv_published_time(a, rec->received), rec->expires, rec->story);
	if (rc < 0) {
		l->failed++;
		fprintf(stderr, "tidings serve: %s: cannot rebuild: %s\n", rec->name, td_strerror(rc));
	} else {
		l->loaded++;
	}
	return 0;
}

typedef struct {
	srv *s;
	atomic_int stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
} bg;

/* Rebuilds the live view from the store, then lets writes in. */
static void *loader(void *arg)
{
	bg *b = arg;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* Test hook: holds the loading state so tests can see the 503s. */
	const char *delay = getenv("TIDINGS_TEST_LOAD_DELAY_MS");
	for (long ms = delay ? atol(delay) : 0; ms > 0 && !atomic_load(&b->stop); ms -= 10)
		usleep(10000);
	load_ctx l = {b->s, td_arena_create(), &b->stop, 0, 0};
	sv_load_begin(b->s->view);
	int rc = l.ar ? td_store_each(b->s->store, 1, load_one, &l) : TD_ERR_NOMEM;
	td_arena_destroy(l.ar);
	int crc = sv_load_end(b->s->view);
	if (crc < 0)
		fprintf(stderr, "tidings serve: clustering failed: %s\n", td_strerror(crc));
	/* Stories whose ids the store did not have (a first start on an old
	 * store, or ids lost in a crash). Writes are not let in yet. */
	srv_save_story_ids(b->s);
	if (rc < 0)
		fprintf(stderr, "tidings serve: loading failed: %s (%s)\n", td_strerror(rc),
			td_store_errmsg(b->s->store));
	if (!atomic_load(&b->stop)) {
		fprintf(stderr, "tidings serve: loaded %zu articles (%zu failed) in %.2f s\n",
			l.loaded, l.failed, seconds_since(&t0));
		atomic_store(&b->s->loading, 0);
	}
	return NULL;
}

static int expired_one(void *ctx, const td_stored_article *a)
{
	srv *s = ctx;
	sv_remove(s->view, a->name);
	return 0;
}

/* Deletes expired articles from the store and the view once a second. */
static void *sweeper(void *arg)
{
	bg *b = arg;
	pthread_mutex_lock(&b->mu);
	while (!atomic_load(&b->stop)) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += 1;
		pthread_cond_timedwait(&b->cv, &b->mu, &ts);
		if (atomic_load(&b->stop) || atomic_load(&b->s->loading))
			continue;
		srv *s = b->s;
		pthread_mutex_lock(&s->write_mu);
		int n = td_store_expire(s->store, time(NULL), expired_one, s);
		pthread_mutex_unlock(&s->write_mu);
		if (n > 0)
			atomic_fetch_add(&s->m.expired, (unsigned long long)n);
		else if (n < 0)
			fprintf(stderr, "tidings serve: expiry: %s\n", td_store_errmsg(s->store));
	}
	pthread_mutex_unlock(&b->mu);
	return NULL;
}

static void serve_usage(void)
{
	fprintf(stderr,
		"usage: tidings serve [--db PATH] [--port N] [--bind ADDR] [--write-token T]\n"
		"                     [--max-conns N] [--max-pending-mb N] [--timeout S]\n"
		"                     [--threads N] [--max-bytes N]\n"
		"                     [--feeds FILE [--feed-interval MIN] [--feed-delay MS]\n"
		"                      [--feed-timeout S] [--allow-private] [--ignore-robots]]\n"
		"  --db PATH        SQLite database (default " DEFAULT_DB ")\n"
		"  --port N         TCP port (default 8080; 0 picks a free one)\n"
		"  --bind ADDR      IP address to listen on (default 127.0.0.1)\n"
		"  --write-token T  require 'Authorization: Bearer T' on PUT and DELETE\n"
		"                   (default: $TIDINGS_WRITE_TOKEN when set)\n"
		"  --max-conns N    simultaneous connections (default 256)\n"
		"  --max-pending-mb N  memory for request bodies being received (default 256)\n"
		"  --timeout S      idle and request-body time limit in seconds (default 15)\n"
		"  --threads N      worker threads (default one per core)\n"
		"  --max-bytes N    largest PUT body (default 8 MiB)\n"
		"  --feeds FILE     poll the feeds listed in FILE (one URL per line, optional\n"
		"                   interval) and store their articles; state in the database\n"
		"  --feed-interval MIN  default poll interval in minutes (default 30; 0: always)\n"
		"  --feed-delay MS  least time between two requests to one host (default 1000)\n"
		"  --feed-timeout S time limit of one feed or page request (default 30)\n"
		"  --allow-private  let feeds and their pages be fetched from loopback and\n"
		"                   private addresses (refused by default)\n"
		"  --ignore-robots  do not read or obey robots.txt\n"
		"SIGTERM or SIGINT stops the server; SIGHUP re-reads the feed list (with --feeds)\n"
		"or stops it (without).\n");
}

int cmd_serve(const cli_opts *o)
{
	const char *db = DEFAULT_DB, *bind = "127.0.0.1", *token = getenv("TIDINGS_WRITE_TOKEN");
	long port = 8080, max_conns = 256, timeout = 15, max_pending_mb = 256;
	srv_feeds_opts fo = {.deny_private = 1};
	long v_num;
	for (int i = 0; i < o->argc; i++) {
		const char *v;
		int r;
		if ((r = opt_val(o, &i, "--db", &db)) ||
		    (r = opt_val(o, &i, "--bind", &bind)) ||
		    (r = opt_val(o, &i, "--write-token", &token))) {
			if (r < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--port", &v))) {
			if (r < 0 || opt_int("--port", v, 0, 65535, &port) < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--max-conns", &v))) {
			if (r < 0 || opt_int("--max-conns", v, 1, 100000, &max_conns) < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--max-pending-mb", &v))) {
			if (r < 0 || opt_int("--max-pending-mb", v, 1, 1 << 20, &max_pending_mb) < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--timeout", &v))) {
			if (r < 0 || opt_int("--timeout", v, 1, 3600, &timeout) < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--feeds", &fo.list))) {
			if (r < 0)
				return 2;
		} else if ((r = opt_val(o, &i, "--feed-interval", &v))) {
			if (r < 0 || opt_int("--feed-interval", v, 0, 525600, &v_num) < 0)
				return 2;
			fo.default_interval = v_num ? (int)v_num * 60 : -1;
		} else if ((r = opt_val(o, &i, "--feed-delay", &v))) {
			if (r < 0 || opt_int("--feed-delay", v, 0, 600000, &v_num) < 0)
				return 2;
			fo.host_delay_ms = v_num ? v_num : -1;
		} else if ((r = opt_val(o, &i, "--feed-timeout", &v))) {
			if (r < 0 || opt_int("--feed-timeout", v, 1, 3600, &v_num) < 0)
				return 2;
			fo.timeout_ms = v_num * 1000;
		} else if (!strcmp(o->argv[i], "--allow-private")) {
			fo.deny_private = 0;
		} else if (!strcmp(o->argv[i], "--ignore-robots")) {
			fo.ignore_robots = 1;
		} else if (!strcmp(o->argv[i], "--help") || !strcmp(o->argv[i], "-h")) {
			serve_usage();
			return 0;
		} else {
			fprintf(stderr, "tidings serve: unknown argument '%s'\n", o->argv[i]);
			serve_usage();
			return 2;
		}
	}
	if (token && !*token)
		token = NULL;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	/* Handlers never wait for the disk (writes are suspended until the
	 * writer thread commits them): one worker per core. */
	int threads = o->threads > 0 ? o->threads : ncpu > 1 ? (int)ncpu : 2;

	/* Signals go to the main thread only (sigwait below). */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	srv s;
	memset(&s, 0, sizeof(s));
	pthread_mutex_init(&s.write_mu, NULL);
	atomic_store(&s.loading, 1);
	s.write_token = token;
	s.db_path = db;
	s.max_body = o->max_bytes ? o->max_bytes : TD_READER_DEFAULT_MAX;
	s.request_timeout = (int)timeout;
	s.max_pending = (size_t)max_pending_mb << 20;
	int rc = td_store_open(db, &s.store);
	if (rc < 0) {
		fprintf(stderr, "tidings serve: cannot open the database %s: %s\n", db,
			td_store_open_error());
		return 1;
	}
	s.view = sv_create();
	int writer = s.view && srv_writer_start(&s) == 0;
	if (writer && fo.list) {
		fo.max_bytes = o->max_bytes;
		if (srv_feeds_start(&s, &fo, &s.feeds) < 0) {
			srv_writer_stop(&s);
			sv_destroy(s.view);
			td_store_close(s.store);
			return 1;
		}
	}
	struct MHD_Daemon *d = writer ? srv_http_start(&s, bind, (int)port, threads,
						       (int)max_conns) : NULL;
	if (!d) {
		fprintf(stderr, "tidings serve: cannot listen on %s:%ld\n", bind, port);
		srv_feeds_free(s.feeds);
		if (writer)
			srv_writer_stop(&s);
		sv_destroy(s.view);
		td_store_close(s.store);
		return 1;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	int real_port = info ? info->port : (int)port;
	fprintf(stderr, "tidings serve: listening on http://%s%s%s:%d/ (database %s, %d threads%s)\n",
		strchr(bind, ':') ? "[" : "", bind, strchr(bind, ':') ? "]" : "", real_port, db,
		threads, token ? ", writes need a token" : "");

	bg b = {.s = &s};
	atomic_init(&b.stop, 0);
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.cv, NULL);
	pthread_t tl, ts;
	int have_tl = pthread_create(&tl, NULL, loader, &b) == 0;
	int have_ts = pthread_create(&ts, NULL, sweeper, &b) == 0;
	if (!have_tl || !have_ts) {
		fprintf(stderr, "tidings serve: cannot start threads\n");
		atomic_store(&b.stop, 1);
	} else {
		int sig = 0;
		/* SIGHUP re-reads the feed list when there is one; else it stops. */
		while (sigwait(&set, &sig) == 0 && sig == SIGHUP && s.feeds) {
			fprintf(stderr, "tidings serve: SIGHUP, re-reading the feed list\n");
			srv_feeds_reload(s.feeds);
		}
		fprintf(stderr, "tidings serve: signal %d, stopping\n", sig);
		atomic_store(&b.stop, 1);
	}
	pthread_mutex_lock(&b.mu);
	pthread_cond_broadcast(&b.cv);
	pthread_mutex_unlock(&b.mu);
	if (have_tl)
		pthread_join(tl, NULL);
	if (have_ts)
		pthread_join(ts, NULL);
	/* The poller ends its pass (after the request in flight) and saves
	 * its state; its queued write, if any, is answered by the writer. */
	srv_feeds_stop(s.feeds);
	/* Writes in flight finish and are answered before the daemon stops. */
	srv_writer_drain(&s);
	MHD_stop_daemon(d);
	srv_feeds_free(s.feeds);
	srv_writer_stop(&s);
	sv_destroy(s.view);
	td_store_close(s.store);
	pthread_mutex_destroy(&s.write_mu);
	return have_tl && have_ts ? 0 : 1;
}

/* ---- ingest -------------------------------------------------------- */

typedef struct {
	td_store *st;
	td_arena *ar;
	const char *raw;   /* the document, when its format holds one article */
	size_t raw_len;
	const char *ctype;
	int64_t now;
	size_t created, updated, errors, pending;
	int in_tx;
} ingest_run;

static void item_error(void *ctx, const char *file, int err, const char *detail)
{
	ingest_run *g = ctx;
	g->errors++;
	fprintf(stderr, "tidings ingest: %s: %s: %s\n", file, detail ? detail : "", td_strerror(err));
}

/* Commits the open transaction: one disk sync per 1000 articles. */
static void ingest_commit(ingest_run *g)
{
	if (!g->in_tx)
		return;
	if (td_store_commit(g->st) < 0) {
		fprintf(stderr, "tidings ingest: commit failed: %s\n", td_store_errmsg(g->st));
		g->errors += g->pending;
	}
	g->in_tx = 0;
	g->pending = 0;
}

static int ingest_article(void *ctx, td_article *a)
{
	ingest_run *g = ctx;
	int rc = td_pipeline_article(a, g->ar, TD_STAGE_ALL);
	if (rc < 0) {
		item_error(g, a->file, rc, "processing");
		return 0;
	}
	td_stored_article rec;
	td_store_from_article(&rec, a);
	rec.received = g->now;
	rec.raw = g->raw;
	rec.raw_len = g->raw_len;
	rec.content_type = g->ctype;
	if (!g->in_tx) {
		if (td_store_begin(g->st) < 0) {
			item_error(g, a->file, TD_ERR_DB, td_store_errmsg(g->st));
			return 0;
		}
		g->in_tx = 1;
	}
	int made = 0;
	if (td_store_put(g->st, &rec, &made) < 0) {
		item_error(g, a->file, TD_ERR_DB, td_store_errmsg(g->st));
		return 0;
	}
	made ? g->created++ : g->updated++;
	if (++g->pending >= 1000)
		ingest_commit(g);
	return 0;
}

/* Reads a whole file of at most max bytes into a malloc'd buffer. */
static int slurp(const char *path, size_t max, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return TD_ERR_IO;
	struct stat st;
	if (fstat(fileno(f), &st) < 0 || !S_ISREG(st.st_mode)) {
		fclose(f);
		return TD_ERR_IO;
	}
	if ((unsigned long long)st.st_size > max) {
		fclose(f);
		return TD_ERR_TOOBIG;
	}
	char *buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		fclose(f);
		return TD_ERR_NOMEM;
	}
	size_t n = fread(buf, 1, (size_t)st.st_size, f);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return TD_ERR_IO;
	}
	*out = buf;
	*len = n;
	return 0;
}

int cmd_ingest(const cli_opts *o)
{
	const char *db = DEFAULT_DB, *dir = o->input;
	for (int i = 0; i < o->argc; i++) {
		int r = opt_val(o, &i, "--db", &db);
		if (r < 0)
			return 2;
		if (r == 0) {
			if (o->argv[i][0] != '-' && !dir) {
				dir = o->argv[i];
				continue;
			}
			fprintf(stderr, "tidings ingest: unknown argument '%s'\n"
					"usage: tidings ingest DIR [--db PATH]\n", o->argv[i]);
			return 2;
		}
	}
	if (!dir) {
		fprintf(stderr, "usage: tidings ingest DIR [--db PATH]\n");
		return 2;
	}
	size_t max = o->max_bytes ? o->max_bytes : TD_READER_DEFAULT_MAX;
	char **names;
	size_t nnames;
	int rc = td_list_inputs(dir, &names, &nnames);
	if (rc < 0) {
		fprintf(stderr, "tidings ingest: %s: %s\n", dir, td_strerror(rc));
		return 1;
	}
	td_store *st;
	if ((rc = td_store_open(db, &st)) < 0) {
		fprintf(stderr, "tidings ingest: cannot open the database %s: %s\n", db,
			td_store_open_error());
		td_list_free(names, nnames);
		return 1;
	}
	struct stat dst;
	int dir_is_file = stat(dir, &dst) == 0 && S_ISREG(dst.st_mode);
	ingest_run g = {.st = st, .ar = td_arena_create(), .now = time(NULL)};
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (size_t i = 0; i < nnames && g.ar; i++) {
		char path[4096];
		if (dir_is_file)
			snprintf(path, sizeof(path), "%s", dir);
		else
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		char *buf = NULL;
		size_t len = 0;
		td_arena_reset(g.ar);
		size_t reported = g.errors;
		td_format fmt = td_format_from_name(names[i]);
		/* The size limit of a JSON-lines file is per line. */
		rc = slurp(path, fmt == TD_FMT_JSONL ? INGEST_MAX_FILE : max, &buf, &len);
		if (rc == 0) {
			/* Documents that hold one article are kept for rebuilding;
			 * items of JSON files are rebuilt from their fields. */
			int single = fmt == TD_FMT_TXT || fmt == TD_FMT_HTML;
			g.raw = single ? buf : NULL;
			g.raw_len = single ? len : 0;
			g.ctype = single ? srv_type_of_format(fmt) : NULL;
			td_reader_opts ro = {max};
			rc = td_read_buffer(names[i], buf, len, fmt, &ro, g.ar, ingest_article,
					    item_error, &g);
		}
		if (rc < 0 && g.errors == reported) { /* not yet reported by the reader */
			fprintf(stderr, "tidings ingest: %s: %s\n", names[i], td_strerror(rc));
			g.errors++;
		}
		free(buf); /* the store copied it: puts reset their statements */
	}
	ingest_commit(&g);
	if (!g.ar) {
		fprintf(stderr, "tidings ingest: out of memory\n");
		g.errors++;
	}
	fprintf(stderr, "tidings ingest: %zu files, %zu articles new, %zu updated, %zu errors, "
			"%.2f s (database %s, %lld articles)\n",
		nnames, g.created, g.updated, g.errors, seconds_since(&t0), db, td_store_count(st));
	td_arena_destroy(g.ar);
	td_store_close(st);
	td_list_free(names, nnames);
	return g.errors ? 1 : 0;
}
