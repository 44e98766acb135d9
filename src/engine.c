/* engine.c - runs the pipeline stages over articles, in parallel over files. */
#include "tidings/engine.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tidings/classify.h"
#include "tidings/clean.h"
#include "tidings/dates.h"
#include "tidings/entities.h"
#include "tidings/error.h"
#include "tidings/lang.h"
#include "tidings/numbers.h"

/* Language of an article: the headline and the start of the body. The
 * container's declared language is used only when the text is
 * undecidable (too short or no letters). */
static int lang_stage(td_article *a)
{
	td_lang_result r;
	int rc = td_lang_detect(a->text, a->text_len, &r);
	if (rc < 0)
		return rc;
	if (!r.code[0] && a->lang_hint && strlen(a->lang_hint) == 2) {
		memcpy(r.code, a->lang_hint, 3);
		r.confidence = 0.5f;
	}
	memcpy(a->lang, r.code, sizeof(a->lang));
	a->lang_conf = r.confidence;
	return 0;
}

int td_pipeline_article(td_article *a, td_arena *ar, td_stage last)
{
	return td_pipeline_article_ex(a, ar, last, 0);
}

/* The stages up to dates: they need no large tables. */
static int early_stages(td_article *a, td_arena *ar, td_stage last)
{
	int rc = 0;
	if (last >= TD_STAGE_CLEAN && (rc = td_clean_article(a, ar)) < 0)
		return rc;
	if (last >= TD_STAGE_LANG && (rc = lang_stage(a)) < 0)
		return rc;
	if (last >= TD_STAGE_DATES && (rc = td_dates_article(a, ar)) < 0)
		return rc;
	return 0;
}

static int extracts(td_stage last, unsigned flags)
{
	return last >= TD_STAGE_EXTRACT && !(flags & TD_PIPE_NO_EXTRACT);
}

/* Tokens of an article's text, made once for the entity stage (in the
 * stages' arena); the first TD_BATCH_TOKENS are what a batch keeps. */
typedef struct {
	td_token *tk;
	size_t nt;
} toks;

/* The stages after dates: entities and numbers, classification. With kt,
 * the text's tokens are left there. */
static int late_stages(td_article *a, td_arena *ar, td_stage last, unsigned flags, toks *kt)
{
	int rc = 0;
	int extract = extracts(last, flags);
	unsigned ef = (flags & TD_PIPE_NO_LEXICON) ? TD_ENT_NO_LEXICON : 0;
	if (kt)
		*kt = (toks){NULL, 0};
	if (extract && kt && a->text && a->text_len) {
		size_t maxt = a->text_len / 2 + 2;
		td_token *tk = td_arena_alloc(ar, maxt * sizeof(*tk));
		if (!tk)
			return TD_ERR_NOMEM;
		size_t nt = td_tokenize(a->text, a->text_len, tk, maxt);
		if ((rc = td_entities_article_tok(a, ar, ef, tk, nt)) < 0)
			return rc;
		*kt = (toks){tk, nt < TD_BATCH_TOKENS ? nt : TD_BATCH_TOKENS};
	} else if (extract && (rc = td_entities_article_ex(a, ar, ef)) < 0)
		return rc;
	if (extract && !(flags & TD_PIPE_NO_NUMBERS) && (rc = td_numbers_article(a, ar)) < 0)
		return rc;
	if (last >= TD_STAGE_CLASSIFY && (rc = td_classify_article(a)) < 0)
		return rc;
	return 0;
}

int td_pipeline_article_ex(td_article *a, td_arena *ar, td_stage last, unsigned flags)
{
	int rc = early_stages(a, ar, last);
	return rc < 0 ? rc : late_stages(a, ar, last, flags, NULL);
}

/* ---- batch --------------------------------------------------------- */

typedef struct {
	td_article **v;
	size_t n, cap;
	int err;
} slot;

/* An article waiting for the late stages: file i, item k of its slot. */
typedef struct {
	size_t i, k;
} pending;

typedef struct {
	const char *root;
	int root_is_file;
	char **names;
	size_t nnames;
	slot *slots;
	const td_batch_opts *opts;
	atomic_size_t next, done, bytes, item_errors;
	pthread_mutex_t lock; /* error and progress callbacks, slots, the queue below */
	int nthreads;
	td_arena **arenas;
	atomic_int ready; /* the late stages' tables are built */
	/* Articles kept after the early stages only, for any worker to finish
	 * (under lock); holes: one failed and left its slot. */
	pending *pend;
	size_t npend, cappend, pnext;
	int holes;
} batch_run;

/* What one worker holds. */
typedef struct {
	batch_run *run;
	td_arena *ar;  /* the batch's: what the articles keep */
	td_arena *rd;  /* the file as read, reset after each file */
	td_arena *tmp; /* the stages' work, reset after each article */
} worker_ctx;

typedef struct {
	worker_ctx *w;
	size_t i;     /* file index */
	slot *s;
	int reported; /* an item error of this file was already reported */
} item_ctx;

/* ---- keeping an article ------------------------------------------- */

/* The stages work in scratch arenas (token arrays, tables, the file as
 * read); only what the article points to is copied into the batch's
 * arena. That keeps a batch at a few times the size of its text instead
 * of fifteen, and the scratch pages stay warm from article to article. */
typedef struct {
	td_arena *ar;
	const td_arena *rd, *tmp;
	const char *otext, *ntext; /* the text before and after the copy */
	size_t text_len;
	int nomem;
	int tokens; /* TD_PIPE_KEEP_TOKENS: articles are kept_art */
} keeper;

/* An article of a batch that keeps tokens, with them. */
typedef struct {
	td_article a;
	const td_token *tk;
	size_t nt;
} kept_art;

static int scratch(const keeper *k, const char *p)
{
	return td_arena_owns(k->tmp, p) || td_arena_owns(k->rd, p);
}

/* A string the article keeps: static or batch-held strings stay; a
 * suffix of the text points into the copied text; others are copied. */
static const char *keep_str(keeper *k, const char *p)
{
	if (!p || !scratch(k, p))
		return p;
	if (k->otext && p >= k->otext && p <= k->otext + k->text_len &&
	    strlen(p) == k->text_len - (size_t)(p - k->otext))
		return k->ntext + (p - k->otext);
	char *d = td_arena_strndup(k->ar, p, strlen(p));
	k->nomem |= !d;
	return d;
}

static void *keep_mem(keeper *k, const void *p, size_t n)
{
	if (!p || !n || !scratch(k, p))
		return (void *)p;
	void *d = td_arena_alloc(k->ar, n);
	if (d)
		memcpy(d, p, n);
	k->nomem |= !d;
	return d;
}

/* Copies a (filled in the scratch arenas) into k->ar. Every pointer field
 * of td_article is handled here: a new one must be added below. */
_Static_assert(sizeof(void *) != 8 || sizeof(td_article) == 272,
	       "td_article changed: keep its new fields in keep()");
static td_article *keep(keeper *k, const td_article *a, const toks *kt)
{
	kept_art *ka = k->tokens ? td_arena_alloc(k->ar, sizeof(*ka)) : NULL;
	td_article *o = ka ? &ka->a : k->tokens ? NULL : td_arena_alloc(k->ar, sizeof(*o));
	if (!o)
		return NULL;
	*o = *a;
	if (ka) {
		ka->nt = kt ? kt->nt : 0;
		ka->tk = ka->nt ? keep_mem(k, kt->tk, ka->nt * sizeof(*kt->tk)) : NULL;
	}
	if (a->text && scratch(k, a->text)) {
		k->otext = a->text;
		k->text_len = a->text_len;
		k->ntext = td_arena_strndup(k->ar, a->text, a->text_len);
		k->nomem |= !k->ntext;
		o->text = k->ntext;
	}
	o->file = keep_str(k, a->file);
	o->url = keep_str(k, a->url);
	o->outlet = keep_str(k, a->outlet);
	o->source_id = keep_str(k, a->source_id);
	o->lang_hint = keep_str(k, a->lang_hint);
	o->raw_title = keep_str(k, a->raw_title);
	o->first_line = keep_str(k, a->first_line);
	o->raw_lead = keep_str(k, a->raw_lead);
	o->title = keep_str(k, a->title);
	o->lead = keep_str(k, a->lead);
	o->body = keep_str(k, a->body);
	o->dateline_place = keep_str(k, a->dateline_place);
	o->dateline_agency = keep_str(k, a->dateline_agency);
	o->dateline_date = keep_str(k, a->dateline_date);
	o->feed = keep_str(k, a->feed);
	/* The raw body is most often the body itself. */
	if (a->raw_body && o->body && a->raw_body_len == a->body_len && scratch(k, a->raw_body) &&
	    !memcmp(a->raw_body, a->body, a->body_len))
		o->raw_body = o->body;
	else if (a->raw_body && scratch(k, a->raw_body)) {
		char *d = td_arena_strndup(k->ar, a->raw_body, a->raw_body_len);
		k->nomem |= !d;
		o->raw_body = d;
	}
	o->dates = keep_mem(k, a->dates, a->ndates * sizeof(*a->dates));
	o->entities = keep_mem(k, a->entities, a->nentities * sizeof(*a->entities));
	for (size_t i = 0; o->entities && i < a->nentities && o->entities != a->entities; i++) {
		td_entity *e = &o->entities[i];
		const td_entity *f = &a->entities[i];
		e->text = keep_str(k, f->text);
		e->lemma = f->lemma == f->text ? e->text : keep_str(k, f->lemma);
		e->key = f->key == f->lemma ? e->lemma : f->key == f->text ? e->text : keep_str(k, f->key);
	}
	o->numbers = keep_mem(k, a->numbers, a->nnumbers * sizeof(*a->numbers));
	for (size_t i = 0; o->numbers && i < a->nnumbers && o->numbers != a->numbers; i++) {
		o->numbers[i].text = keep_str(k, a->numbers[i].text);
		o->numbers[i].unit = keep_str(k, a->numbers[i].unit);
	}
	return k->nomem ? NULL : o;
}

static int slot_push(slot *s, td_arena *ar, td_article *a)
{
	if (s->n == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 1;
		td_article **nv = td_arena_alloc(ar, nc * sizeof(*nv));
		if (!nv)
			return TD_ERR_NOMEM;
		if (s->n)
			memcpy(nv, s->v, s->n * sizeof(*nv));
		s->v = nv;
		s->cap = nc;
	}
	s->v[s->n++] = a;
	return 0;
}

static void report(batch_run *r, const char *file, int err, const char *detail);

static int keeps_tokens(const batch_run *r)
{
	return (r->opts->flags & TD_PIPE_KEEP_TOKENS) != 0;
}

/* Takes the next waiting article; 0 when none is left. */
static int take_pending(batch_run *r, pending *out)
{
	pthread_mutex_lock(&r->lock);
	int got = r->pnext < r->npend;
	if (got)
		*out = r->pend[r->pnext++];
	pthread_mutex_unlock(&r->lock);
	return got;
}

/* Runs the late stages on waiting articles (their tables are built, or
 * get built now) and puts the finished copies in their slots; workers
 * share the queue. An article that fails leaves a hole in its slot,
 * closed when the batch is assembled. */
static void flush_pending(worker_ctx *w)
{
	batch_run *r = w->run;
	pending e;
	while (take_pending(r, &e)) {
		slot *s = &r->slots[e.i];
		pthread_mutex_lock(&r->lock);
		td_article *a = s->v[e.k];
		pthread_mutex_unlock(&r->lock);
		size_t before = td_arena_used(w->ar);
		toks kt;
		int rc = w->tmp ? late_stages(a, w->tmp, r->opts->last, r->opts->flags, &kt) : TD_ERR_NOMEM;
		keeper k = {w->ar, w->rd, w->tmp, NULL, NULL, 0, 0, keeps_tokens(r)};
		td_article *o = rc < 0 ? NULL : keep(&k, a, &kt);
		if (w->tmp)
			td_arena_reset(w->tmp);
		atomic_fetch_add(&r->bytes, td_arena_used(w->ar) - before);
		/* Under the lock: the file's reader may be growing the slot. */
		pthread_mutex_lock(&r->lock);
		s->v[e.k] = o;
		int first = !o && s->err == 0;
		if (!o) {
			rc = rc < 0 ? rc : TD_ERR_NOMEM;
			s->err = rc;
			r->holes = 1;
		}
		pthread_mutex_unlock(&r->lock);
		if (first)
			report(r, r->names[e.i], rc, NULL);
	}
}

static int on_article(void *vctx, td_article *a)
{
	item_ctx *c = vctx;
	worker_ctx *w = c->w;
	batch_run *r = w->run;
	slot *s = c->s;
	/* While the tables of the late stages are being built, an article goes
	 * through the early stages only and waits, kept, for the rest. */
	int wait = !atomic_load_explicit(&r->ready, memory_order_acquire);
	if (!wait)
		flush_pending(w);
	toks kt = {NULL, 0};
	int rc = early_stages(a, w->tmp, r->opts->last);
	if (rc == 0 && !wait)
		rc = late_stages(a, w->tmp, r->opts->last, r->opts->flags, &kt);
	keeper k = {w->ar, w->rd, w->tmp, NULL, NULL, 0, 0, keeps_tokens(r)};
	td_article *o = rc < 0 ? NULL : keep(&k, a, &kt);
	td_arena_reset(w->tmp);
	/* The slot and the queue under the lock: other workers may be
	 * finishing earlier articles of this file. */
	pthread_mutex_lock(&r->lock);
	if (o && (rc = slot_push(s, w->ar, o)) == 0 && wait) {
		if (r->npend == r->cappend) {
			size_t nc = r->cappend ? r->cappend * 2 : 1024;
			pending *nv = realloc(r->pend, nc * sizeof(*nv));
			if (nv) {
				r->pend = nv;
				r->cappend = nc;
			} else {
				s->n--;
				rc = TD_ERR_NOMEM;
			}
		}
		if (rc == 0)
			r->pend[r->npend++] = (pending){c->i, s->n - 1};
	}
	if (!o || rc < 0)
		s->err = rc < 0 ? rc : TD_ERR_NOMEM;
	pthread_mutex_unlock(&r->lock);
	return !o || rc < 0;
}

static void report(batch_run *r, const char *file, int err, const char *detail)
{
	if (!r->opts->on_error)
		return;
	pthread_mutex_lock(&r->lock);
	r->opts->on_error(r->opts->ctx, file, err, detail);
	pthread_mutex_unlock(&r->lock);
}

static void on_item_error(void *vctx, const char *file, int err, const char *detail)
{
	item_ctx *c = vctx;
	c->reported = 1;
	atomic_fetch_add(&c->w->run->item_errors, 1);
	report(c->w->run, file, err, detail);
}

static void *worker(void *arg)
{
	batch_run *r = ((void **)arg)[0];
	td_arena *ar = ((void **)arg)[1];
	char path[8192];
	td_arena *rd = td_arena_create(), *tmp = td_arena_create();
	worker_ctx w = {r, ar, rd, tmp};
	for (;;) {
		size_t i = atomic_fetch_add(&r->next, 1);
		if (i >= r->nnames)
			break;
		const char *name = r->names[i];
		if (r->root_is_file)
			snprintf(path, sizeof(path), "%s", r->root);
		else
			snprintf(path, sizeof(path), "%s/%s", r->root, name);
		item_ctx c = {&w, i, &r->slots[i], 0};
		/* The name must outlive the batch: copy it into the arena. */
		const char *nm = td_arena_strndup(ar, name, strlen(name));
		size_t before = td_arena_used(ar);
		int rc = nm && rd && tmp ? td_read_file(path, nm, TD_FMT_AUTO, &r->opts->reader, rd,
							on_article, on_item_error, &c)
					 : TD_ERR_NOMEM;
		if (rd)
			td_arena_reset(rd);
		atomic_fetch_add(&r->bytes, td_arena_used(ar) - before);
		pthread_mutex_lock(&r->lock);
		int e = rc < 0 ? rc : c.s->err;
		if (e < 0)
			c.s->err = e;
		pthread_mutex_unlock(&r->lock);
		if (e < 0 && !c.reported)
			report(r, name, e, NULL);
		size_t d = atomic_fetch_add(&r->done, 1) + 1;
		if (r->opts->on_progress && (d % 256 == 0 || d == r->nnames)) {
			pthread_mutex_lock(&r->lock);
			r->opts->on_progress(r->opts->ctx, d, r->nnames);
			pthread_mutex_unlock(&r->lock);
		}
	}
	/* Without scratch memory the articles left fail (out of memory). */
	flush_pending(&w);
	td_arena_destroy(rd);
	td_arena_destroy(tmp);
	return NULL;
}

/* Builds the tables of the late stages while the workers start on the
 * early ones. */
static void *warm_up(void *arg)
{
	batch_run *r = arg;
	if (extracts(r->opts->last, r->opts->flags))
		td_entities_init();
	if (r->opts->last >= TD_STAGE_CLASSIFY)
		td_classify_init();
	atomic_store_explicit(&r->ready, 1, memory_order_release);
	return NULL;
}

typedef struct {
	td_arena **arenas;
	int n;
	/* With TD_PIPE_KEEP_TOKENS: each article as assembled, its tokens. */
	const td_article **art;
	const td_token **tk;
	size_t *nt;
} batch_priv;

int td_batch_load(const char *root, const td_batch_opts *opts, td_batch **out)
{
	*out = NULL;
	batch_run r;
	memset(&r, 0, sizeof(r));
	r.root = root;
	r.opts = opts;
	int rc = td_list_inputs(root, &r.names, &r.nnames);
	if (rc < 0)
		return rc;
	struct stat st;
	r.root_is_file = stat(root, &st) == 0 && !S_ISDIR(st.st_mode);
	int nt = opts->threads > 0 ? opts->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (nt < 1)
		nt = 1;
	if ((size_t)nt > r.nnames && r.nnames > 0)
		nt = (int)r.nnames;
	if (nt > 64)
		nt = 64;
	td_batch *b = calloc(1, sizeof(*b));
	batch_priv *priv = calloc(1, sizeof(*priv));
	r.slots = calloc(r.nnames ? r.nnames : 1, sizeof(slot));
	td_arena **arenas = calloc((size_t)nt, sizeof(*arenas));
	if (!b || !priv || !r.slots || !arenas) {
		rc = TD_ERR_NOMEM;
		goto fail;
	}
	for (int i = 0; i < nt; i++)
		if (!(arenas[i] = td_arena_create())) {
			rc = TD_ERR_NOMEM;
			goto fail;
		}
	pthread_mutex_init(&r.lock, NULL);
	td_lang_init();
	pthread_t warm;
	int warming = r.nnames > 0 && pthread_create(&warm, NULL, warm_up, &r) == 0;
	if (!warming)
		atomic_store(&r.ready, 1);
	if (nt == 1) {
		void *arg[2] = {&r, arenas[0]};
		worker(arg);
	} else {
		pthread_t th[64];
		void *args[64][2];
		for (int i = 0; i < nt; i++) {
			args[i][0] = &r;
			args[i][1] = arenas[i];
			pthread_create(&th[i], NULL, worker, args[i]);
		}
		for (int i = 0; i < nt; i++)
			pthread_join(th[i], NULL);
	}
	if (warming)
		pthread_join(warm, NULL);
	pthread_mutex_destroy(&r.lock);
	free(r.pend);
	/* Slots that lost an article close up. */
	for (size_t i = 0; r.holes && i < r.nnames; i++) {
		slot *s = &r.slots[i];
		size_t m = 0;
		for (size_t x = 0; x < s->n; x++)
			if (s->v[x])
				s->v[m++] = s->v[x];
		s->n = m;
	}
	size_t total = 0;
	for (size_t i = 0; i < r.nnames; i++) {
		total += r.slots[i].n;
		if (r.slots[i].err < 0)
			b->nerrors++;
	}
	b->articles = malloc((total ? total : 1) * sizeof(*b->articles));
	if (!b->articles) {
		rc = TD_ERR_NOMEM;
		goto fail;
	}
	for (size_t i = 0; i < r.nnames; i++)
		for (size_t k = 0; k < r.slots[i].n; k++)
			b->articles[b->n++] = r.slots[i].v[k];
	if (opts->flags & TD_PIPE_KEEP_TOKENS) {
		/* Every kept article is a kept_art (keep()). */
		priv->art = malloc((b->n ? b->n : 1) * sizeof(*priv->art));
		priv->tk = malloc((b->n ? b->n : 1) * sizeof(*priv->tk));
		priv->nt = malloc((b->n ? b->n : 1) * sizeof(*priv->nt));
		for (size_t i = 0; priv->art && priv->tk && priv->nt && i < b->n; i++) {
			const kept_art *ka = (const kept_art *)(const void *)b->articles[i];
			priv->art[i] = b->articles[i];
			priv->tk[i] = ka->tk;
			priv->nt[i] = ka->nt;
		}
		if (!priv->art || !priv->tk || !priv->nt) {
			/* Without the table the batch is whole, only slower to sketch. */
			free(priv->art);
			free(priv->tk);
			free(priv->nt);
			priv->art = NULL;
			priv->tk = NULL;
			priv->nt = NULL;
		}
	}
	b->nfiles = r.nnames;
	b->nerrors += atomic_load(&r.item_errors);
	b->bytes = atomic_load(&r.bytes);
	priv->arenas = arenas;
	priv->n = nt;
	b->priv = priv;
	free(r.slots);
	td_list_free(r.names, r.nnames);
	*out = b;
	return 0;
fail:
	if (arenas)
		for (int i = 0; i < nt; i++)
			td_arena_destroy(arenas[i]);
	free(arenas);
	free(priv);
	free(b);
	free(r.slots);
	td_list_free(r.names, r.nnames);
	return rc;
}

const td_token *td_batch_tokens(const td_batch *b, size_t i, size_t *n)
{
	const batch_priv *p = b ? b->priv : NULL;
	*n = 0;
	/* An article moved or replaced since the batch was made has none. */
	if (!p || !p->art || i >= b->n || p->art[i] != b->articles[i])
		return NULL;
	*n = p->nt[i];
	return p->nt[i] ? p->tk[i] : NULL;
}

void td_batch_free(td_batch *b)
{
	if (!b)
		return;
	batch_priv *p = b->priv;
	if (p) {
		free(p->art);
		free(p->tk);
		free(p->nt);
		for (int i = 0; i < p->n; i++)
			td_arena_destroy(p->arenas[i]);
		free(p->arenas);
		free(p);
	}
	free(b->articles);
	free(b);
}
