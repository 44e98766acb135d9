/* cmd_threads.c - story modes: threads, top, stories (contest formats and
 * tidings' own), built on the sketch and cluster modules. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tidings/feedout.h"
#include "tidings/cluster.h"
#include "tidings/error.h"
#include "tidings/rank.h"
#include "tidings/story.h"
#include "tidings/sketch.h"

static const td_batch *sort_batch; /* for the qsort comparator below */

/* Arrival order of a batch: by publication day, undated last, then by
 * file order; a stream of news arrives roughly like that. */
static int by_day(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	td_day a = sort_batch->articles[i]->date, b = sort_batch->articles[j]->date;
	if (a != b) {
		if (a == TD_NODATE)
			return 1;
		if (b == TD_NODATE)
			return -1;
		return a < b ? -1 : 1;
	}
	return (i > j) - (i < j);
}

/* Articles of one language together, in file order: a sketcher's word
 * cache then holds one language's words at a time (sketches do not
 * depend on it; 13% less time sketching bsnlp-dev). */
static int by_lang(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	int c = strncmp(sort_batch->articles[i]->lang, sort_batch->articles[j]->lang,
			sizeof(sort_batch->articles[i]->lang));
	return c ? c : (i > j) - (i < j);
}

static int by_index(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	return (i > j) - (i < j);
}

/* ---- sketching and vectors, in parallel with the engine ------------- */

static int nworkers(int threads)
{
	int nt = threads > 0 ? threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	return nt < 1 ? 1 : nt > 16 ? 16 : nt;
}

/* Work cut in chunks taken in order by workers; a chunk's flag is set
 * (under the lock, with a broadcast) once its results are written. */
#define CHUNK 32

_Static_assert(TD_BATCH_TOKENS >= TD_SKETCH_MAXTOKENS, "kept tokens cover a sketch");

typedef struct {
	size_t n, nchunks;
	atomic_size_t next;
	atomic_uchar *done;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int err;
	/* sketching */
	const td_batch *b; /* its kept tokens */
	td_article *const *v;
	td_sketch *sk;
	/* vectors, in the order articles are added */
	const td_cluster *c;
	td_cluster_vector *vec;
	const size_t *order;
} chunks;

/* Waits for the started workers and frees what the chunks held. */
static void chunks_end(chunks *r, pthread_t *th, int started)
{
	for (int t = 0; t < started; t++)
		pthread_join(th[t], NULL);
	pthread_mutex_destroy(&r->lock);
	pthread_cond_destroy(&r->cond);
	free(r->done);
}

static void chunks_init(chunks *r, size_t n)
{
	memset(r, 0, sizeof(*r));
	r->n = n;
	r->nchunks = (n + CHUNK - 1) / CHUNK;
	atomic_init(&r->next, 0);
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->cond, NULL);
}

static void chunk_done(chunks *r, size_t ch, int rc)
{
	pthread_mutex_lock(&r->lock);
	if (rc < 0)
		r->err = rc;
	atomic_store_explicit(&r->done[ch], 1, memory_order_release);
	pthread_cond_broadcast(&r->cond);
	pthread_mutex_unlock(&r->lock);
}

/* Waits for chunk ch; returns the first error of any chunk. */
static int chunk_wait(chunks *r, size_t ch)
{
	pthread_mutex_lock(&r->lock);
	while (!atomic_load_explicit(&r->done[ch], memory_order_acquire))
		pthread_cond_wait(&r->cond, &r->lock);
	int err = r->err;
	pthread_mutex_unlock(&r->lock);
	return err;
}

static void *sketch_worker(void *arg)
{
	chunks *r = arg;
	td_sketcher *s = td_sketcher_create();
	for (;;) {
		size_t ch = atomic_fetch_add(&r->next, 1);
		if (ch >= r->nchunks)
			break;
		size_t k = ch * CHUNK, end = k + CHUNK < r->n ? k + CHUNK : r->n;
		int rc = s ? 0 : TD_ERR_NOMEM;
		for (; k < end && rc == 0; k++) {
			size_t i = r->order[k], nt;
			const td_token *tk = td_batch_tokens(r->b, i, &nt);
			rc = td_sketch_article_tok(s, r->v[i], tk, nt, &r->sk[i]);
		}
		chunk_done(r, ch, rc);
	}
	td_sketcher_destroy(s);
	return NULL;
}

/* Sketches every article on the workers, in the given order, while
 * this thread counts the document frequencies of finished chunks (sums:
 * their order does not matter). */
static int sketch_observe(td_cluster *c, const td_batch *b, td_sketch *sk, const size_t *order,
			  size_t n, int threads)
{
	chunks r;
	chunks_init(&r, n);
	r.b = b;
	r.v = b->articles;
	r.sk = sk;
	r.order = order;
	r.done = calloc(r.nchunks ? r.nchunks : 1, 1);
	int rc = r.done ? 0 : TD_ERR_NOMEM;
	pthread_t th[16];
	int nt = nworkers(threads), started = 0;
	while (rc == 0 && started < nt && pthread_create(&th[started], NULL, sketch_worker, &r) == 0)
		started++;
	if (rc == 0 && !started)
		sketch_worker(&r);
	for (size_t ch = 0; rc == 0 && ch < r.nchunks; ch++) {
		if ((rc = chunk_wait(&r, ch)) < 0)
			break;
		size_t end = (ch + 1) * CHUNK < n ? (ch + 1) * CHUNK : n;
		for (size_t k = ch * CHUNK; k < end && rc == 0; k++)
			rc = td_cluster_observe(c, &sk[order[k]]);
	}
	if (rc < 0)
		atomic_store(&r.next, r.nchunks); /* the workers stop after their chunk */
	chunks_end(&r, th, started);
	return rc;
}

static void vec_chunk(chunks *r, size_t ch)
{
	size_t end = (ch + 1) * CHUNK < r->n ? (ch + 1) * CHUNK : r->n;
	for (size_t k = ch * CHUNK; k < end; k++)
		td_cluster_vectorize(r->c, &r->sk[r->order[k]], &r->vec[r->order[k]]);
	chunk_done(r, ch, 0);
}

static void *vec_worker(void *arg)
{
	chunks *r = arg;
	for (;;) {
		size_t ch = atomic_fetch_add(&r->next, 1);
		if (ch >= r->nchunks)
			break;
		vec_chunk(r, ch);
	}
	return NULL;
}

/* Claims chunk ch for this thread when no worker took it yet. */
static int chunk_claim(chunks *r, size_t ch)
{
	size_t want = ch;
	return atomic_compare_exchange_strong(&r->next, &want, ch + 1);
}

/* The first pass: vectors of every sketch under the final document
 * frequencies, made on up to threads - 1 workers in the order the
 * articles are added, while this thread adds each chunk's articles once
 * its vectors are written (td_cluster_vectorize may run beside
 * td_cluster_add_vector when count_on_add is 0); a chunk no worker took
 * yet it makes itself. The same vectors, and so the same stories, on any
 * number of threads. */
static int vectorize_add(td_cluster *c, const td_sketch *sk, td_cluster_vector *vec, const size_t *order,
			 size_t n, int threads)
{
	chunks r;
	chunks_init(&r, n);
	r.c = c;
	r.sk = (td_sketch *)sk;
	r.vec = vec;
	r.order = order;
	r.done = calloc(r.nchunks ? r.nchunks : 1, 1);
	if (!r.done)
		return TD_ERR_NOMEM;
	pthread_t th[16];
	int nt = nworkers(threads), started = 0;
	while (started < nt - 1 && pthread_create(&th[started], NULL, vec_worker, &r) == 0)
		started++;
	int rc = 0;
	for (size_t ch = 0; ch < r.nchunks; ch++) {
		if (chunk_claim(&r, ch))
			vec_chunk(&r, ch);
		else
			chunk_wait(&r, ch);
		size_t end = (ch + 1) * CHUNK < n ? (ch + 1) * CHUNK : n;
		for (size_t k = ch * CHUNK; k < end && rc == 0; k++)
			rc = td_cluster_add_vector(c, (uint64_t)order[k], &sk[order[k]], &vec[order[k]], NULL);
		if (rc < 0) {
			atomic_store(&r.next, r.nchunks); /* the workers stop after their chunk */
			break;
		}
	}
	chunks_end(&r, th, started);
	return rc;
}

int cli_cluster(const td_batch *b, int threads, cli_stories *out)
{
	return cli_cluster_ex(b, threads, NULL, out);
}

int cli_cluster_ex(const td_batch *b, int threads, const td_cluster_opts *opts, cli_stories *out)
{
	memset(out, 0, sizeof(*out));
	size_t n = b->n;
	int rc = TD_ERR_NOMEM;
	td_sketch *sk = malloc((n ? n : 1) * sizeof(*sk));
	td_cluster_vector *vec = NULL;
	size_t *order = malloc((n ? n : 1) * sizeof(*order));
	td_cluster_opts co;
	if (opts)
		co = *opts;
	else
		td_cluster_opts_default(&co);
	co.count_on_add = 0;
	/* A batch engine lives briefly: keep whole vectors, so that the
	 * second pass takes an article out of its story exactly. */
	co.stored_features = TD_CLUSTER_KVEC;
	td_cluster *c = td_cluster_create(&co);
	out->story_of = malloc((n ? n : 1) * sizeof(size_t));
	if (!sk || !order || !c || !out->story_of)
		goto out;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	sort_batch = b;
	qsort(order, n, sizeof(*order), by_lang);
	if ((rc = sketch_observe(c, b, sk, order, n, threads)) < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	qsort(order, n, sizeof(*order), by_day);
	rc = TD_ERR_NOMEM;
	if (!(vec = malloc((n ? n : 1) * sizeof(*vec))))
		goto out;
	if ((rc = vectorize_add(c, sk, vec, order, n, threads)) < 0)
		goto out;
	/* A second pass, as in k-means: each article, taken out of its story
	 * and added again (in the same order), goes to the best story now
	 * that the whole batch has been seen, stories that began after it
	 * included. Copies are read from the engine afterwards: taking an
	 * original out frees its copies, which may then name it again. */
	for (size_t k = 0; k < n; k++) {
		size_t i = order[k];
		if ((rc = td_cluster_add_vector(c, (uint64_t)i, &sk[i], &vec[i], NULL)) < 0)
			goto out;
	}
	for (size_t i = 0; i < n; i++) {
		uint64_t orig;
		b->articles[i]->duplicate_of =
		    td_cluster_duplicate_of(c, (uint64_t)i, &orig) == 1 ? (int64_t)orig : -1;
	}
	size_t ns = td_cluster_nstories(c);
	uint64_t *ids = malloc((ns ? ns : 1) * sizeof(*ids));
	out->stories = calloc(ns ? ns : 1, sizeof(*out->stories));
	out->members = malloc((n ? n : 1) * sizeof(size_t));
	rc = TD_ERR_NOMEM;
	if (!ids || !out->stories || !out->members) {
		free(ids);
		goto out;
	}
	td_cluster_stories(c, ids, ns);
	size_t used = 0;
	uint64_t *tmp = (uint64_t *)order; /* same size as size_t here */
	for (size_t k = 0; k < ns; k++) {
		cli_story *s = &out->stories[k];
		td_cluster_story info;
		size_t m = 0;
		td_cluster_story_info(c, ids[k], &info);
		td_cluster_members(c, ids[k], tmp, n, &m);
		s->id = ids[k];
		s->members = out->members + used;
		s->n = m;
		for (size_t j = 0; j < m; j++) {
			s->members[j] = (size_t)tmp[j];
			out->story_of[tmp[j]] = k;
		}
		qsort(s->members, m, sizeof(size_t), by_index);
		used += m;
		s->unique = info.unique;
		s->first = info.first;
		s->last = info.last;
		s->central = (size_t)info.central;
	}
	out->n = ns;
	out->bytes = td_cluster_bytes(c);
	free(ids);
	rc = 0;
out:
	td_cluster_destroy(c);
	free(sk);
	free(vec);
	free(order);
	if (rc < 0)
		cli_stories_free(out);
	return rc;
}

unsigned cli_cluster_flags(void)
{
	td_cluster_opts co;
	td_cluster_opts_default(&co);
	/* Numbers reach the engine only as quantities for its conflict test. */
	/* The entity stage's tokens are kept for the sketches. */
	return TD_PIPE_NO_LEXICON | TD_PIPE_KEEP_TOKENS |
	       (co.quantity_conflict != 0 ? 0u : (unsigned)TD_PIPE_NO_NUMBERS);
}

void cli_stories_free(cli_stories *s)
{
	free(s->stories);
	free(s->members);
	free(s->story_of);
	memset(s, 0, sizeof(*s));
}

/* ---- output --------------------------------------------------------- */

typedef enum { OUT_THREADS, OUT_TOP, OUT_STORIES } out_kind;

static int by_size(const void *x, const void *y)
{
	const cli_story *a = x, *b = y;
	if (a->unique != b->unique)
		return a->unique < b->unique ? 1 : -1;
	return (a->id > b->id) - (a->id < b->id);
}

static void thread_json(td_jw *w, const td_story *s, int with_category)
{
	td_jw_obj(w);
	td_jw_key(w, "title");
	td_jw_str(w, s->title ? s->title : "");
	if (with_category) {
		td_jw_key(w, "category");
		td_jw_str(w, s->category ? td_category_name(s->category) : "other");
	}
	td_jw_key(w, "articles");
	td_jw_arr(w);
	for (size_t j = 0; j < s->narticles; j++)
		td_jw_str(w, s->articles[j]->file);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
}

/* Stories built by one worker: every nth cluster from first. */
typedef struct {
	const td_batch *b;
	const cli_stories *st;
	td_story *sv;
	td_day now;
	size_t first, step;
	td_arena *ar;
	int rc;
} build_job;

/* Builds the readable story of clusters first, first + step, ...
 * (td_story_build wants duplicate_of as an index into the members: it is
 * mapped there and back; clusters have disjoint members, so workers never
 * touch the same article). */
static void *build_some(void *arg)
{
	build_job *j = arg;
	td_arena *tmp = td_arena_create(); /* a build's working memory */
	if (!tmp) {
		j->rc = TD_ERR_NOMEM;
		return NULL;
	}
	for (size_t k = j->first; k < j->st->n && j->rc == 0; k += j->step) {
		const cli_story *cs = &j->st->stories[k];
		td_article **m = td_arena_alloc(j->ar, cs->n * sizeof(*m));
		int64_t *orig = td_arena_alloc(j->ar, cs->n * sizeof(*orig));
		if (!m || !orig) {
			j->rc = TD_ERR_NOMEM;
			break;
		}
		for (size_t x = 0; x < cs->n; x++) {
			m[x] = j->b->articles[cs->members[x]];
			orig[x] = m[x]->duplicate_of;
			int64_t local = -1;
			for (size_t y = 0; orig[x] >= 0 && y < cs->n; y++)
				if ((int64_t)cs->members[y] == orig[x])
					local = (int64_t)y;
			m[x]->duplicate_of = local;
		}
		j->sv[k].id = cs->id;
		int rc = td_story_build_ex(&j->sv[k], m, cs->n, j->now, j->ar, tmp);
		td_arena_reset(tmp);
		for (size_t x = 0; x < cs->n; x++)
			m[x]->duplicate_of = orig[x];
		if (rc < 0)
			j->rc = rc;
	}
	td_arena_destroy(tmp);
	return NULL;
}

#define BUILD_THREADS 8

/* Builds every cluster's story with up to nthreads workers (one arena
 * each, in ars[], freed by the caller) and sorts them by importance. */
static td_story **build_stories(const td_batch *b, const cli_stories *st, td_arena **ars,
				int nthreads)
{
	td_day now = TD_NODATE;
	for (size_t i = 0; i < b->n; i++)
		if (b->articles[i]->date != TD_NODATE && (now == TD_NODATE || b->articles[i]->date > now))
			now = b->articles[i]->date;
	td_story **v = td_arena_alloc(ars[0], (st->n ? st->n : 1) * sizeof(*v));
	td_story *sv = td_arena_calloc(ars[0], (st->n ? st->n : 1) * sizeof(*sv));
	if (!v || !sv)
		return NULL;
	build_job jobs[BUILD_THREADS];
	pthread_t th[BUILD_THREADS];
	int started[BUILD_THREADS] = {0};
	for (int t = 0; t < nthreads; t++) {
		jobs[t] = (build_job){b, st, sv, now, (size_t)t, (size_t)nthreads, ars[t], 0};
		if (t > 0)
			started[t] = pthread_create(&th[t], NULL, build_some, &jobs[t]) == 0;
	}
	build_some(&jobs[0]);
	int rc = jobs[0].rc;
	for (int t = 1; t < nthreads; t++) {
		if (started[t])
			pthread_join(th[t], NULL);
		else
			build_some(&jobs[t]);
		rc = rc ? rc : jobs[t].rc;
	}
	if (rc < 0)
		return NULL;
	for (size_t k = 0; k < st->n; k++)
		v[k] = &sv[k];
	td_rank_sort(v, st->n);
	return v;
}

static int run(const cli_opts *o, out_kind kind)
{
	/* Clustering needs entity keys, not lemmas: every story mode extracts
	 * entities without the dictionaries (the same clustering quality at a
	 * fraction of the cost, docs/cluster.md), so threads, top and stories
	 * always show the same stories. Threads need no categories, and no
	 * numbers unless the engine weighs quantities. */
	td_batch *b = kind == OUT_THREADS ? cli_load_ex(o, TD_STAGE_EXTRACT, cli_cluster_flags())
					  : cli_load_ex(o, TD_STAGE_ALL, TD_PIPE_NO_LEXICON | TD_PIPE_KEEP_TOKENS);
	if (!b)
		return 1;
	cli_stories st;
	int rc = cli_cluster(b, o->threads, &st);
	if (rc < 0) {
		fprintf(stderr, "tidings: %s\n", td_strerror(rc));
		td_batch_free(b);
		return 1;
	}
	td_jw w;
	td_jw_init(&w);
	td_arena *ars[BUILD_THREADS] = {0};
	int nars = 0;
	td_story **v = NULL;
	if (kind == OUT_THREADS) {
		/* The contest's threads need no summary: biggest stories first,
		 * named by the member closest to the centroid. */
		qsort(st.stories, st.n, sizeof(*st.stories), by_size);
		td_jw_arr(&w);
		for (size_t k = 0; k < st.n; k++) {
			const cli_story *s = &st.stories[k];
			td_jw_obj(&w);
			td_jw_key(&w, "title");
			td_jw_str(&w, b->articles[s->central]->title ? b->articles[s->central]->title : "");
			td_jw_key(&w, "articles");
			td_jw_arr(&w);
			for (size_t j = 0; j < s->n; j++)
				td_jw_str(&w, b->articles[s->members[j]]->file);
			td_jw_arr_end(&w);
			td_jw_obj_end(&w);
		}
		td_jw_arr_end(&w);
		td_jw_raw(&w, "\n", 1);
		rc = cli_emit(&w);
		goto out;
	}
	nars = o->threads > 0 ? o->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	nars = nars < 1 ? 1 : nars > BUILD_THREADS ? BUILD_THREADS : nars;
	for (int t = 0; t < nars; t++)
		if (!(ars[t] = td_arena_create()))
			nars = t;
	v = nars > 0 ? build_stories(b, &st, ars, nars) : NULL;
	if (!v) {
		fprintf(stderr, "tidings: out of memory\n");
		rc = 1;
		goto out;
	}
	if (kind == OUT_STORIES && o->format && strcmp(o->format, "json")) {
		/* Other views of the same stories: a terminal reader's text, or
		 * feeds (Atom 1.0, JSON Feed 1.1). */
		if (!strcmp(o->format, "text")) {
			for (size_t k = 0; k < st.n && !rc; k++) {
				td_story_text(&w, v[k]);
				if (w.len > (1u << 20))
					rc = cli_emit(&w);
			}
		} else if (!strcmp(o->format, "atom") || !strcmp(o->format, "jsonfeed")) {
			td_feedout_meta meta = {0};
			const td_story *const *cv = (const td_story *const *)v;
			if (!strcmp(o->format, "atom"))
				td_feedout_atom(&w, cv, st.n, &meta);
			else
				td_feedout_jsonfeed(&w, cv, st.n, &meta);
			td_jw_raw(&w, "\n", 1);
		} else {
			fprintf(stderr, "tidings stories: unknown --format '%s' (json, text, atom, jsonfeed)\n",
				o->format);
			rc = 2;
			goto out;
		}
		if (!rc)
			rc = cli_emit(&w);
		goto out;
	}
	td_jw_arr(&w);
	if (kind == OUT_STORIES) {
		for (size_t k = 0; k < st.n; k++) {
			td_story_json(&w, v[k]);
			if (w.len > (1u << 20) && (rc = cli_emit(&w)))
				goto out;
		}
	} else {
		for (int cat = 0; cat < TD_CAT_COUNT; cat++) {
			const char *cn = cat == 0 ? "any" : td_category_name((td_category)cat);
			td_jw_obj(&w);
			td_jw_key(&w, "category");
			td_jw_str(&w, cn);
			td_jw_key(&w, "threads");
			td_jw_arr(&w);
			for (size_t k = 0; k < st.n; k++) {
				const td_story *s = v[k];
				td_category sc = s->category ? s->category : TD_CAT_OTHER;
				if (cat && sc != (td_category)cat)
					continue;
				/* Stories made only of pages that are not news are left out. */
				size_t news = 0;
				for (size_t j = 0; j < s->narticles; j++)
					news += s->articles[j]->is_news != 0;
				if (news)
					thread_json(&w, s, 1);
			}
			td_jw_arr_end(&w);
			td_jw_obj_end(&w);
		}
	}
	td_jw_arr_end(&w);
	td_jw_raw(&w, "\n", 1);
	rc = cli_emit(&w);
out:
	td_jw_free(&w);
	for (int t = 0; t < nars; t++)
		td_arena_destroy(ars[t]);
	cli_stories_free(&st);
	rc = rc ? rc : b->nerrors ? 1 : 0;
	td_batch_free(b);
	return rc;
}

int cmd_threads(const cli_opts *o)
{
	return run(o, OUT_THREADS);
}

int cmd_top(const cli_opts *o)
{
	return run(o, OUT_TOP);
}

int cmd_stories(const cli_opts *o)
{
	return run(o, OUT_STORIES);
}
