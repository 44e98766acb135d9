/* store.c - SQLite article store: schema migrations, upserts, FTS5 search, expiry.
 * Memory: per handle, its prepared statements, one row in a scratch arena and
 * SQLite's page cache (2 MiB by default); on disk, 1.5-2x the size of the documents. */
#include "tidings/store.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tidings/error.h"

/* Schema migrations: entry i brings user_version from i to i + 1. Each
 * runs in its own transaction together with the version bump. Append
 * only: never edit a migration that has shipped. */
static const char *const migrations[TD_STORE_SCHEMA] = {
	/* 0 -> 1: articles, their full-text index and its triggers. */
	"CREATE TABLE articles("
	" rid INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE,"
	" aid INTEGER NOT NULL,"
	" url TEXT, outlet TEXT,"
	" lang TEXT NOT NULL DEFAULT '',"
	" date INTEGER, published INTEGER,"
	" title TEXT, lead TEXT, body TEXT,"
	" category TEXT NOT NULL DEFAULT '',"
	" is_news INTEGER NOT NULL DEFAULT -1,"
	" expires INTEGER NOT NULL DEFAULT 0,"
	" received INTEGER NOT NULL,"
	" content_type TEXT,"
	" raw BLOB);"
	"CREATE INDEX articles_aid ON articles(aid);"
	"CREATE INDEX articles_expires ON articles(expires) WHERE expires > 0;"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
	" content='articles', content_rowid='rid',"
	" tokenize='unicode61 remove_diacritics 2');"
	"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
	" INSERT INTO articles_fts(rowid, title, body) VALUES (new.rid, new.title, new.body);"
	" END;"
	"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
	" INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"  VALUES ('delete', old.rid, old.title, old.body);"
	" END;"
	"CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN"
	" INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"  VALUES ('delete', old.rid, old.title, old.body);"
	" INSERT INTO articles_fts(rowid, title, body) VALUES (new.rid, new.title, new.body);"
	" END;",
	/* 1 -> 2: named state blobs of the service (the feed poller's). */
	"CREATE TABLE state("
	" key TEXT PRIMARY KEY,"
	" value BLOB NOT NULL,"
	" updated INTEGER NOT NULL);",
	/* 2 -> 3: the story id the service gave each article; full-text
	 * updates only when the indexed text changes. */
	"ALTER TABLE articles ADD COLUMN story INTEGER;"
	"DROP TRIGGER articles_au;"
	"CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN"
	" INSERT INTO articles_fts(articles_fts, rowid, title, body)"
	"  VALUES ('delete', old.rid, old.title, old.body);"
	" INSERT INTO articles_fts(rowid, title, body) VALUES (new.rid, new.title, new.body);"
	" END;",
};

#define COLS "name, aid, url, outlet, lang, date, title, lead, body, category, is_news," \
	" expires, received, content_type, published"

enum {
	ST_EXISTS, ST_UPSERT, ST_DELETE, ST_GET_NAME, ST_GET_ID, ST_EACH, ST_EACH_RAW,
	ST_SEARCH, ST_EXP_SEL, ST_EXP_DEL, ST_COUNT, ST_BEGIN, ST_COMMIT, ST_ROLLBACK,
	ST_STATE_PUT, ST_STATE_GET, ST_SET_STORY, ST_N
};

static const char *const stmt_sql[ST_N] = {
	[ST_EXISTS] = "SELECT 1 FROM articles WHERE name = ?1",
	[ST_UPSERT] = "INSERT INTO articles(" COLS ", raw) VALUES"
		      " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?16, ?15)"
		      " ON CONFLICT(name) DO UPDATE SET aid = excluded.aid, url = excluded.url,"
		      " outlet = excluded.outlet, lang = excluded.lang, date = excluded.date,"
		      " title = excluded.title, lead = excluded.lead, body = excluded.body,"
		      " category = excluded.category, is_news = excluded.is_news,"
		      " expires = excluded.expires, received = excluded.received,"
		      " content_type = excluded.content_type, raw = excluded.raw,"
		      " published = excluded.published",
	[ST_DELETE] = "DELETE FROM articles WHERE name = ?1",
	[ST_GET_NAME] = "SELECT " COLS ", raw, story FROM articles WHERE name = ?1",
	[ST_GET_ID] = "SELECT " COLS ", raw, story FROM articles WHERE aid = ?1 ORDER BY rid LIMIT 1",
	[ST_EACH] = "SELECT " COLS ", NULL, story FROM articles ORDER BY rid",
	[ST_EACH_RAW] = "SELECT " COLS ", raw, story FROM articles ORDER BY rid",
	/* Ranked by BM25 among the SEARCH_WINDOW newest matches: the window
	 * is found by a cheap newest-first scan and bounds the ranking cost
	 * of common words (news search favours the recent anyway). */
	[ST_SEARCH] = "SELECT a.name, a.aid, a.url, a.outlet, a.lang, a.date, a.title, a.lead,"
		      " NULL, a.category, a.is_news, a.expires, a.received, a.content_type,"
		      " a.published, NULL, a.story,"
		      " snippet(articles_fts, -1, '<b>', '</b>', '…', 24)"
		      " FROM articles_fts JOIN articles a ON a.rid = articles_fts.rowid"
		      " WHERE articles_fts MATCH ?1 AND articles_fts.rowid >= coalesce(("
		      "  SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1"
		      "  ORDER BY rowid DESC LIMIT 1 OFFSET ?3), 0)"
		      " ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?2",
	[ST_EXP_SEL] = "SELECT " COLS ", NULL, story FROM articles WHERE expires > 0 AND expires <= ?1",
	[ST_EXP_DEL] = "DELETE FROM articles WHERE expires > 0 AND expires <= ?1",
	[ST_COUNT] = "SELECT count(*) FROM articles",
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_STATE_PUT] = "INSERT INTO state(key, value, updated) VALUES (?1, ?2, ?3)"
			 " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
			 " updated = excluded.updated",
	[ST_STATE_GET] = "SELECT value FROM state WHERE key = ?1",
	[ST_SET_STORY] = "UPDATE articles SET story = ?2 WHERE name = ?1",
};

struct td_store {
	sqlite3 *db;
	sqlite3_stmt *st[ST_N];
	pthread_mutex_t mu; /* recursive: held from td_store_begin to commit */
	int in_tx;          /* inside td_store_begin */
	td_arena *tmp;      /* rows handed to callbacks */
};

const char *td_store_errmsg(td_store *s)
{
	return s && s->db ? sqlite3_errmsg(s->db) : "no database";
}

static int exec_sql(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : TD_ERR_DB;
}

static _Thread_local char open_error[256];

static int user_version(sqlite3 *db, int *v)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return TD_ERR_DB;
	int rc = sqlite3_step(st) == SQLITE_ROW ? 0 : TD_ERR_DB;
	*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc;
}

static int migrate(sqlite3 *db)
{
	int v;
	if (user_version(db, &v) < 0)
		return TD_ERR_DB;
	if (v > TD_STORE_SCHEMA || v < 0) {
		snprintf(open_error, sizeof(open_error),
			 "schema version %d is newer than this build's %d", v, TD_STORE_SCHEMA);
		return TD_ERR_DB;
	}
	for (; v < TD_STORE_SCHEMA; v++) {
		char bump[64];
		snprintf(bump, sizeof(bump), "PRAGMA user_version = %d", v + 1);
		if (exec_sql(db, "BEGIN IMMEDIATE") < 0)
			return TD_ERR_DB;
		if (exec_sql(db, migrations[v]) < 0 || exec_sql(db, bump) < 0 ||
		    exec_sql(db, "COMMIT") < 0) {
			exec_sql(db, "ROLLBACK");
			return TD_ERR_DB;
		}
	}
	return 0;
}

const char *td_store_open_error(void)
{
	return open_error;
}

int td_store_open(const char *path, td_store **out)
{
	*out = NULL;
	open_error[0] = 0;
	td_store *s = calloc(1, sizeof(*s));
	if (!s)
		return TD_ERR_NOMEM;
	pthread_mutexattr_t ma;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&s->mu, &ma);
	pthread_mutexattr_destroy(&ma);
	int rc = TD_ERR_DB;
	s->tmp = td_arena_create();
	if (!s->tmp) {
		rc = TD_ERR_NOMEM;
		goto fail;
	}
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
			    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_busy_timeout(s->db, 5000);
	sqlite3_extended_result_codes(s->db, 1);
	/* WAL: readers never block the writer; FULL: every commit is synced
	 * to disk before it returns, so an acknowledged write is durable. */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK)
		goto fail;
	/* An in-memory database (":memory:", for tests) has no WAL. */
	int wal = sqlite3_step(st) == SQLITE_ROW &&
		  (!strcmp((const char *)sqlite3_column_text(st, 0), "wal") ||
		   !strcmp(path, ":memory:"));
	sqlite3_finalize(st);
	if (!wal || exec_sql(s->db, "PRAGMA synchronous = FULL") < 0 ||
	    exec_sql(s->db, "PRAGMA foreign_keys = ON") < 0 || migrate(s->db) < 0)
		goto fail;
	for (int i = 0; i < ST_N; i++)
		if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
				       &s->st[i], NULL) != SQLITE_OK)
			goto fail;
	*out = s;
	return 0;
fail:
	if (rc == TD_ERR_NOMEM)
		snprintf(open_error, sizeof(open_error), "out of memory");
	else if (!open_error[0])
		snprintf(open_error, sizeof(open_error), "%s",
			 s->db ? sqlite3_errmsg(s->db) : "cannot open");
	td_store_close(s);
	return rc;
}

void td_store_close(td_store *s)
{
	if (!s)
		return;
	for (int i = 0; i < ST_N; i++)
		sqlite3_finalize(s->st[i]);
	if (s->db)
		sqlite3_close(s->db);
	td_arena_destroy(s->tmp);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

/* Runs a statement without result rows and resets it. */
static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : TD_ERR_DB;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Starts a transaction unless the caller's td_store_begin holds one. */
static int tx_begin(td_store *s)
{
	return s->in_tx ? 0 : step_done(s->st[ST_BEGIN]);
}

static int tx_end(td_store *s, int rc)
{
	if (s->in_tx)
		return rc;
	if (rc == 0 && step_done(s->st[ST_COMMIT]) == 0)
		return 0;
	step_done(s->st[ST_ROLLBACK]);
	return rc < 0 ? rc : TD_ERR_DB;
}

int td_store_put(td_store *s, const td_stored_article *a, int *created)
{
	if (!a->name || !a->name[0])
		return TD_ERR_INVAL;
	pthread_mutex_lock(&s->mu);
	int rc = tx_begin(s);
	if (rc < 0)
		goto out;
	sqlite3_stmt *st = s->st[ST_EXISTS];
	sqlite3_bind_text(st, 1, a->name, -1, SQLITE_STATIC);
	int r = sqlite3_step(st);
	int exists = r == SQLITE_ROW;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (r != SQLITE_ROW && r != SQLITE_DONE) {
		rc = tx_end(s, TD_ERR_DB);
		goto out;
	}
	st = s->st[ST_UPSERT];
	sqlite3_bind_text(st, 1, a->name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)a->id);
	bind_text(st, 3, a->url);
	bind_text(st, 4, a->outlet);
	sqlite3_bind_text(st, 5, a->lang ? a->lang : "", -1, SQLITE_STATIC);
	if (a->date != TD_NODATE)
		sqlite3_bind_int(st, 6, a->date);
	bind_text(st, 7, a->title);
	bind_text(st, 8, a->lead);
	bind_text(st, 9, a->body);
	sqlite3_bind_text(st, 10, td_category_name(a->category), -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 11, a->is_news);
	sqlite3_bind_int64(st, 12, a->expires);
	sqlite3_bind_int64(st, 13, a->received ? a->received : (int64_t)time(NULL));
	bind_text(st, 14, a->content_type);
	if (a->raw)
		sqlite3_bind_blob64(st, 15, a->raw, a->raw_len, SQLITE_STATIC);
	if (a->published != TD_NOTIME)
		sqlite3_bind_int64(st, 16, a->published);
	rc = tx_end(s, step_done(st));
	if (rc == 0 && created)
		*created = !exists;
out:
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int td_store_delete(td_store *s, const char *name)
{
	pthread_mutex_lock(&s->mu);
	int rc = tx_begin(s);
	if (rc == 0) {
		sqlite3_stmt *st = s->st[ST_DELETE];
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		rc = step_done(st);
		if (rc == 0 && sqlite3_changes(s->db) == 0)
			rc = TD_ERR_NOTFOUND;
		/* Nothing was changed on NOTFOUND, so committing is harmless. */
		rc = rc == TD_ERR_NOTFOUND ? (tx_end(s, 0) < 0 ? TD_ERR_DB : rc) : tx_end(s, rc);
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

static const char *col_str(sqlite3_stmt *st, int i, td_arena *ar, int *oom)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	if (!t)
		return NULL;
	char *c = td_arena_strndup(ar, (const char *)t, (size_t)sqlite3_column_bytes(st, i));
	if (!c)
		*oom = 1;
	return c;
}

/* Fills r from the current row (columns in COLS order, then raw, story
 * and an optional snippet). Returns 0 or TD_ERR_NOMEM. */
static int read_row(sqlite3_stmt *st, td_arena *ar, td_stored_article *r)
{
	int oom = 0;
	memset(r, 0, sizeof(*r));
	r->name = col_str(st, 0, ar, &oom);
	r->id = (uint64_t)sqlite3_column_int64(st, 1);
	r->url = col_str(st, 2, ar, &oom);
	r->outlet = col_str(st, 3, ar, &oom);
	r->lang = col_str(st, 4, ar, &oom);
	r->date = sqlite3_column_type(st, 5) == SQLITE_NULL ? TD_NODATE : sqlite3_column_int(st, 5);
	r->title = col_str(st, 6, ar, &oom);
	r->lead = col_str(st, 7, ar, &oom);
	r->body = col_str(st, 8, ar, &oom);
	const unsigned char *cat = sqlite3_column_text(st, 9);
	r->category = cat ? td_category_from_name((const char *)cat) : TD_CAT_NONE;
	r->is_news = sqlite3_column_int(st, 10);
	r->expires = sqlite3_column_int64(st, 11);
	r->received = sqlite3_column_int64(st, 12);
	r->content_type = col_str(st, 13, ar, &oom);
	r->published = sqlite3_column_type(st, 14) == SQLITE_NULL ? TD_NOTIME
								  : sqlite3_column_int64(st, 14);
	if (sqlite3_column_type(st, 15) == SQLITE_BLOB) {
		const void *b = sqlite3_column_blob(st, 15);
		size_t n = (size_t)sqlite3_column_bytes(st, 15);
		void *c = td_arena_alloc(ar, n + 1);
		if (c) {
			memcpy(c, b, n);
			((char *)c)[n] = 0;
			r->raw = c;
			r->raw_len = n;
		} else {
			oom = 1;
		}
	}
	r->story = (uint64_t)sqlite3_column_int64(st, 16);
	if (sqlite3_column_count(st) > 17)
		r->snippet = col_str(st, 17, ar, &oom);
	return oom ? TD_ERR_NOMEM : 0;
}

/* Steps a single-row lookup already bound. */
static int get_one(td_store *s, sqlite3_stmt *st, td_arena *ar, td_stored_article *out)
{
	int r = sqlite3_step(st);
	int rc = r == SQLITE_ROW ? read_row(st, ar, out) : r == SQLITE_DONE ? TD_ERR_NOTFOUND : TD_ERR_DB;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	(void)s;
	return rc;
}

int td_store_get(td_store *s, const char *name, td_arena *ar, td_stored_article *out)
{
	pthread_mutex_lock(&s->mu);
	sqlite3_stmt *st = s->st[ST_GET_NAME];
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int rc = get_one(s, st, ar, out);
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int td_store_get_id(td_store *s, uint64_t id, td_arena *ar, td_stored_article *out)
{
	pthread_mutex_lock(&s->mu);
	sqlite3_stmt *st = s->st[ST_GET_ID];
	sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
	int rc = get_one(s, st, ar, out);
	pthread_mutex_unlock(&s->mu);
	return rc;
}

/* Steps st (bound, lock held) and calls fn on every row, counting rows
 * in *n. Returns 0, fn's non-zero value, or a TD_ERR_* code. */
static int each_row(td_store *s, sqlite3_stmt *st, td_store_fn fn, void *ctx, int *n)
{
	int rc = 0, r;
	*n = 0;
	td_stored_article a;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		td_arena_reset(s->tmp);
		if ((rc = read_row(st, s->tmp, &a)) < 0)
			break;
		(*n)++;
		if (fn && (rc = fn(ctx, &a)) != 0)
			break;
	}
	if (rc == 0 && r != SQLITE_DONE)
		rc = TD_ERR_DB;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	td_arena_reset(s->tmp);
	return rc;
}

int td_store_each(td_store *s, int with_raw, td_store_fn fn, void *ctx)
{
	pthread_mutex_lock(&s->mu);
	int n;
	int rc = each_row(s, s->st[with_raw ? ST_EACH_RAW : ST_EACH], fn, ctx, &n);
	pthread_mutex_unlock(&s->mu);
	return rc;
}

#define SEARCH_MAX_TERMS 32
#define SEARCH_WINDOW 2000
#define SEARCH_MAX_BYTES 1024

/* Builds an FTS5 query from user text: every whitespace-separated word
 * becomes a quoted phrase ("" doubles a quote), words without a letter
 * or digit are dropped, the last word matches as a prefix. Returns the
 * query length, 0 for no usable word, or -1 when out of room. */
static int fts_query(const char *q, char *out, size_t cap)
{
	size_t o = 0;
	int terms = 0;
	const char *p = q;
	size_t last_close = 0;
	while (*p && terms < SEARCH_MAX_TERMS) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		const char *w = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		if (p == w)
			break;
		int useful = 0;
		for (const char *c = w; c < p; c++)
			if ((unsigned char)*c >= 0x80 || (*c >= '0' && *c <= '9') ||
			    ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'))
				useful = 1;
		if (!useful)
			continue;
		if (o + (size_t)(p - w) * 2 + 8 > cap)
			return -1;
		if (terms)
			out[o++] = ' ';
		out[o++] = '"';
		for (const char *c = w; c < p; c++) {
			if (*c == '"')
				out[o++] = '"';
			out[o++] = *c;
		}
		out[o++] = '"';
		last_close = o;
		terms++;
	}
	if (!terms)
		return 0;
	/* Prefix match on the last word (typing as you search). */
	memmove(out + last_close + 1, out + last_close, o - last_close);
	out[last_close] = '*';
	o++;
	out[o] = 0;
	return (int)o;
}

int td_store_search(td_store *s, const char *query, size_t limit, td_store_fn fn, void *ctx)
{
	char q[SEARCH_MAX_BYTES * 2 + 16];
	if (strlen(query) > SEARCH_MAX_BYTES)
		return TD_ERR_TOOBIG;
	int n = fts_query(query, q, sizeof(q));
	if (n <= 0)
		return n < 0 ? TD_ERR_TOOBIG : 0;
	if (limit > 1000)
		limit = 1000;
	pthread_mutex_lock(&s->mu);
	sqlite3_stmt *st = s->st[ST_SEARCH];
	sqlite3_bind_text(st, 1, q, n, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)(limit ? limit : 20));
	sqlite3_bind_int(st, 3, SEARCH_WINDOW - 1);
	int rows;
	int rc = each_row(s, st, fn, ctx, &rows);
	pthread_mutex_unlock(&s->mu);
	return rc < 0 ? rc : rows;
}

int td_store_expire(td_store *s, int64_t now, td_store_fn fn, void *ctx)
{
	pthread_mutex_lock(&s->mu);
	int rc = tx_begin(s);
	if (rc == 0) {
		sqlite3_stmt *st = s->st[ST_EXP_SEL];
		sqlite3_bind_int64(st, 1, now);
		int n;
		rc = each_row(s, st, fn, ctx, &n);
		if (rc == 0 && n > 0) {
			st = s->st[ST_EXP_DEL];
			sqlite3_bind_int64(st, 1, now);
			rc = step_done(st);
			rc = tx_end(s, rc);
			if (rc == 0)
				rc = n;
		} else {
			int e = tx_end(s, 0);
			rc = rc < 0 ? rc : e < 0 ? e : 0;
		}
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int td_store_state_put(td_store *s, const char *key, const void *value, size_t len)
{
	if (!key || !key[0])
		return TD_ERR_INVAL;
	pthread_mutex_lock(&s->mu);
	int rc = tx_begin(s);
	if (rc == 0) {
		sqlite3_stmt *st = s->st[ST_STATE_PUT];
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_blob64(st, 2, value ? value : "", len, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)time(NULL));
		rc = tx_end(s, step_done(st));
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int td_store_set_story(td_store *s, const char *name, uint64_t story)
{
	pthread_mutex_lock(&s->mu);
	int rc = tx_begin(s);
	if (rc == 0) {
		sqlite3_stmt *st = s->st[ST_SET_STORY];
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		if (story)
			sqlite3_bind_int64(st, 2, (sqlite3_int64)story);
		else
			sqlite3_bind_null(st, 2);
		rc = tx_end(s, step_done(st));
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int td_store_state_get(td_store *s, const char *key, td_arena *ar, char **value, size_t *len)
{
	pthread_mutex_lock(&s->mu);
	sqlite3_stmt *st = s->st[ST_STATE_GET];
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int r = sqlite3_step(st);
	int rc = r == SQLITE_ROW ? 0 : r == SQLITE_DONE ? TD_ERR_NOTFOUND : TD_ERR_DB;
	if (rc == 0) {
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		const void *b = sqlite3_column_blob(st, 0);
		char *c = td_arena_alloc(ar, n + 1);
		if (!c) {
			rc = TD_ERR_NOMEM;
		} else {
			if (n)
				memcpy(c, b, n);
			c[n] = 0;
			*value = c;
			if (len)
				*len = n;
		}
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	pthread_mutex_unlock(&s->mu);
	return rc;
}

long long td_store_count(td_store *s)
{
	pthread_mutex_lock(&s->mu);
	sqlite3_stmt *st = s->st[ST_COUNT];
	long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : TD_ERR_DB;
	sqlite3_reset(st);
	pthread_mutex_unlock(&s->mu);
	return n;
}

int td_store_begin(td_store *s)
{
	pthread_mutex_lock(&s->mu);
	if (s->in_tx || step_done(s->st[ST_BEGIN]) < 0) {
		pthread_mutex_unlock(&s->mu);
		return TD_ERR_DB;
	}
	s->in_tx = 1;
	return 0;
}

int td_store_commit(td_store *s)
{
	if (!s->in_tx)
		return TD_ERR_INVAL;
	int rc = step_done(s->st[ST_COMMIT]);
	if (rc < 0)
		step_done(s->st[ST_ROLLBACK]);
	s->in_tx = 0;
	pthread_mutex_unlock(&s->mu);
	return rc;
}

void td_store_rollback(td_store *s)
{
	if (!s->in_tx)
		return;
	step_done(s->st[ST_ROLLBACK]);
	s->in_tx = 0;
	pthread_mutex_unlock(&s->mu);
}

void td_store_from_article(td_stored_article *r, const td_article *a)
{
	memset(r, 0, sizeof(*r));
	r->name = a->file;
	r->id = a->id;
	r->url = a->url;
	r->outlet = a->outlet;
	r->lang = a->lang;
	r->date = a->date;
	r->title = a->title;
	r->lead = a->lead;
	r->body = a->body;
	r->category = a->category;
	r->is_news = a->is_news;
	r->published = td_store_published(a);
}

int64_t td_store_published(const td_article *a)
{
	if (a->date == TD_NODATE)
		return TD_NOTIME;
	if (a->date == a->meta_date && a->published_at)
		return a->published_at;
	return (int64_t)a->date * 86400;
}
