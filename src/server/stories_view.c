/* stories_view.c - the server's story view: the clustering engine over the live articles. */
#include "stories_view.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tidings/cluster.h"
#include "tidings/error.h"
#include "tidings/sketch.h"
#include "tidings/store.h"

/* One live article: what the API shows of it. The engine keeps its
 * vector and story; the view keeps its name, title, language, category,
 * times and source. Memory: one malloc per article for the entry with
 * its name and title appended (about 120 bytes + name + title). */
typedef struct entry {
	struct entry *next; /* hash chain */
	size_t pos;         /* index in sv_view.v */
	uint64_t key;       /* its id in the engine: hash of its name */
	uint64_t story;     /* its story's id in the API; 0 while the rebuild is pending */
	uint64_t cstory;    /* its story's id in the engine */
	uint64_t hint;      /* the story id the store had for it, 0 if none */
	int32_t recent;     /* its slot in sv_view.rec, -1 if none */
	uint64_t source;    /* hash of its outlet, url host or name */
	int64_t published, expires;
	td_day day;         /* its date, else the day of published */
	td_category category;
	int is_news;
	char lang[4];
	const char *title;
	char name[]; /* then the title */
} entry;

typedef struct snapshot snapshot;
static void snap_free(snapshot *sn);

/* Articles added live that a refinement adds again (sv_refine): the
 * newest RECENT, with their sketches (about 2.8 KiB each). */
#define RECENT 2048
typedef struct {
	entry *e; /* NULL when removed or replaced since */
	td_sketch sk;
} recent;

/* An article read during the start-up rebuild, waiting to be clustered. */
typedef struct {
	entry *e; /* NULL when removed meanwhile */
	td_sketch sk;
} pending;

struct sv_view {
	pthread_rwlock_t lock;
	entry **v; /* live articles, unordered */
	size_t n, cap;
	entry **buckets;
	size_t nb; /* power of two */
	td_cluster *c; /* guarded by lock */
	uint64_t gen;  /* changes of the live articles; under lock */
	pthread_mutex_t snap_mu;
	snapshot *snap; /* the latest list snapshot; under snap_mu */
	uint64_t *sid; /* API id of the engine's story i + 1 (engine ids are dense) */
	size_t nsid;
	pthread_mutex_t sk_mu;
	td_sketcher *sketcher; /* guarded by sk_mu */
	int loading;           /* 1 between sv_load_begin and sv_load_end, 2 in sv_load_end */
	pending *pend;
	size_t npend, cappend;
	uint64_t *used; /* every API story id given, open addressing (0 = free) */
	size_t nused, capused; /* capused: 0 or a power of two */
	pthread_mutex_t ids_mu;
	sv_story_id *changed; /* story ids the store has not been told of; under ids_mu */
	size_t nchanged, capchanged;
	recent *rec;  /* ring of the newest live additions (RECENT slots), NULL until one */
	size_t rhead, rn;
	size_t fresh; /* additions since the last refinement */
};

static uint64_t hash_str(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static uint64_t hash_name(const char *s)
{
	return hash_str(s, strlen(s));
}

sv_view *sv_create(void)
{
	sv_view *v = calloc(1, sizeof(*v));
	if (!v)
		return NULL;
	td_cluster_opts co;
	td_cluster_opts_default(&co);
	co.count_on_add = 0; /* counted by sv_add / sv_load_end */
	v->nb = 1024;
	v->buckets = calloc(v->nb, sizeof(entry *));
	v->c = td_cluster_create(&co);
	v->sketcher = td_sketcher_create();
	if (!v->buckets || !v->c || !v->sketcher) {
		td_cluster_destroy(v->c);
		td_sketcher_destroy(v->sketcher);
		free(v->buckets);
		free(v);
		return NULL;
	}
	pthread_rwlock_init(&v->lock, NULL);
	pthread_mutex_init(&v->sk_mu, NULL);
	pthread_mutex_init(&v->snap_mu, NULL);
	pthread_mutex_init(&v->ids_mu, NULL);
	return v;
}

void sv_destroy(sv_view *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	free(v->v);
	free(v->buckets);
	free(v->pend);
	free(v->rec);
	free(v->sid);
	free(v->used);
	for (size_t i = 0; i < v->nchanged; i++)
		free(v->changed[i].name);
	free(v->changed);
	pthread_mutex_destroy(&v->ids_mu);
	if (v->snap)
		snap_free(v->snap);
	pthread_mutex_destroy(&v->snap_mu);
	td_cluster_destroy(v->c);
	td_sketcher_destroy(v->sketcher);
	pthread_mutex_destroy(&v->sk_mu);
	pthread_rwlock_destroy(&v->lock);
	free(v);
}

static entry **find_slot(sv_view *v, const char *name)
{
	entry **p = &v->buckets[hash_name(name) & (v->nb - 1)];
	while (*p && strcmp((*p)->name, name))
		p = &(*p)->next;
	return p;
}

static void unlink_entry(sv_view *v, entry **slot)
{
	entry *e = *slot;
	*slot = e->next;
	v->gen++;
	entry *last = v->v[--v->n];
	v->v[e->pos] = last;
	last->pos = e->pos;
	for (size_t i = 0; i < v->npend; i++)
		if (v->pend[i].e == e)
			v->pend[i].e = NULL;
	if (e->recent >= 0)
		v->rec[e->recent].e = NULL;
	free(e);
}

static int grow(sv_view *v)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 1024;
		entry **nv = realloc(v->v, cap * sizeof(*nv));
		if (!nv)
			return TD_ERR_NOMEM;
		v->v = nv;
		v->cap = cap;
	}
	if (v->n >= v->nb) {
		size_t nb = v->nb * 2;
		entry **b = calloc(nb, sizeof(*b));
		if (!b)
			return TD_ERR_NOMEM;
		for (size_t i = 0; i < v->n; i++) {
			entry *e = v->v[i];
			size_t k = hash_name(e->name) & (nb - 1);
			e->next = b[k];
			b[k] = e;
		}
		free(v->buckets);
		v->buckets = b;
		v->nb = nb;
	}
	return 0;
}

/* Source identity as the story module counts it: outlet, else the host
 * of the url, else the article itself. */
static uint64_t source_of(const td_article *a, const char *name)
{
	if (a->outlet && *a->outlet)
		return hash_name(a->outlet);
	if (a->url && *a->url) {
		const char *h = strstr(a->url, "://");
		h = h ? h + 3 : a->url;
		if (!strncmp(h, "www.", 4))
			h += 4;
		size_t n = strcspn(h, "/:?#");
		if (n)
			return hash_str(h, n);
	}
	return hash_name(name) ^ 0x9e3779b97f4a7c15ull;
}

static td_day day_of(int64_t t)
{
	int64_t d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	return (td_day)d;
}

/* ---- story ids ------------------------------------------------------- */

/* Where id's probe sequence starts in v->used. */
static size_t id_home(const sv_view *v, uint64_t id)
{
	return (size_t)(id * 0x9e3779b97f4a7c15ull >> 17) & (v->capused - 1);
}

static int id_used(const sv_view *v, uint64_t id)
{
	if (!v->capused)
		return 0;
	for (size_t i = id_home(v, id);; i = (i + 1) & (v->capused - 1)) {
		if (v->used[i] == id)
			return 1;
		if (!v->used[i])
			return 0;
	}
}

/* Marks id as given (ids are never given twice). Out of memory the id
 * is not remembered: a later clash then needs a 64-bit hash collision. */
static void id_claim(sv_view *v, uint64_t id)
{
	if (id_used(v, id))
		return;
	if (2 * (v->nused + 1) > v->capused) {
		size_t cap = v->capused ? v->capused * 2 : 1024;
		uint64_t *nu = calloc(cap, sizeof(*nu));
		if (!nu)
			return;
		uint64_t *old = v->used;
		size_t oldcap = v->capused;
		v->used = nu;
		v->capused = cap;
		v->nused = 0;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i])
				id_claim(v, old[i]);
		free(old);
	}
	size_t i = id_home(v, id);
	while (v->used[i])
		i = (i + 1) & (v->capused - 1);
	v->used[i] = id;
	v->nused++;
}

/* The first id from h on that was never given (never 0). */
static uint64_t id_fresh(const sv_view *v, uint64_t h)
{
	uint64_t id = h | 1;
	while (id_used(v, id)) {
		h = (h + 0x9e3779b97f4a7c15ull) * 0xbf58476d1ce4e5b9ull;
		id = (h ^ (h >> 31)) | 1;
	}
	return id;
}

/* Queues e's story id for the store when it is not what the store has. */
static void note_story(sv_view *v, entry *e)
{
	if (e->story == e->hint)
		return;
	pthread_mutex_lock(&v->ids_mu);
	if (v->nchanged == v->capchanged) {
		size_t cap = v->capchanged ? v->capchanged * 2 : 256;
		sv_story_id *nc = realloc(v->changed, cap * sizeof(*nc));
		if (!nc)
			goto out; /* the store keeps the old id: a restart may rename the story */
		v->changed = nc;
		v->capchanged = cap;
	}
	char *name = strdup(e->name);
	if (name) {
		v->changed[v->nchanged].name = name;
		v->changed[v->nchanged++].story = e->story;
		e->hint = e->story;
	}
out:
	pthread_mutex_unlock(&v->ids_mu);
}

int sv_take_story_ids(sv_view *v, int (*fn)(void *ctx, const sv_story_id *id), void *ctx)
{
	pthread_mutex_lock(&v->ids_mu);
	sv_story_id *list = v->changed;
	size_t n = v->nchanged;
	v->changed = NULL;
	v->nchanged = v->capchanged = 0;
	pthread_mutex_unlock(&v->ids_mu);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (rc == 0)
			rc = fn(ctx, &list[i]);
		free(list[i].name);
	}
	free(list);
	return rc;
}

/* Records where the engine put e. A new story's API id is keep when that
 * is not 0 (an article alone in its story, added again, starts it again),
 * else a hash of the name of the article that started it, unless that id
 * was given before; the start-up rebuild then gives each story the id the
 * store has for most of its members (adopt_ids). Called with the write
 * lock held. Returns 0 or TD_ERR_NOMEM. */
static int placed(sv_view *v, entry *e, const td_cluster_result *r, uint64_t keep)
{
	uint64_t cs = r->story;
	if (cs > v->nsid) {
		size_t n = v->nsid ? v->nsid : 1024;
		while (n < cs)
			n *= 2;
		uint64_t *ns = realloc(v->sid, n * sizeof(*ns));
		if (!ns)
			return TD_ERR_NOMEM;
		memset(ns + v->nsid, 0, (n - v->nsid) * sizeof(*ns));
		v->sid = ns;
		v->nsid = n;
	}
	if (r->is_new && keep) {
		v->sid[cs - 1] = keep;
	} else if (r->is_new || !v->sid[cs - 1]) {
		uint64_t h = e->key * 0x9e3779b97f4a7c15ull;
		h = (h ^ (h >> 29)) | 1;
		if (!v->loading) { /* the rebuild claims its ids in adopt_ids */
			h = id_fresh(v, h);
			id_claim(v, h);
		}
		v->sid[cs - 1] = h;
	}
	e->cstory = cs;
	e->story = v->sid[cs - 1];
	return 0;
}

static entry *new_entry(const td_article *a, int64_t published, int64_t expires)
{
	const char *name = a->file ? a->file : "";
	const char *title = a->title ? a->title : "";
	size_t ln = strlen(name), lt = strlen(title);
	entry *e = malloc(sizeof(*e) + ln + lt + 2);
	if (!e)
		return NULL;
	memcpy(e->name, name, ln + 1);
	memcpy(e->name + ln + 1, title, lt + 1);
	e->title = e->name + ln + 1;
	e->key = hash_name(name);
	e->story = e->cstory = 0;
	e->recent = -1;
	e->source = source_of(a, name);
	e->published = published;
	e->expires = expires;
	e->day = a->date != TD_NODATE ? a->date : day_of(published);
	e->category = a->category;
	e->is_news = a->is_news;
	memcpy(e->lang, a->lang, sizeof(e->lang));
	e->lang[3] = 0;
	return e;
}

/* Puts e in the table, replacing any entry of the same name. Called with
 * the write lock held. */
static int insert(sv_view *v, entry *e)
{
	entry **slot = find_slot(v, e->name);
	if (*slot)
		unlink_entry(v, slot);
	int rc = grow(v);
	if (rc < 0)
		return rc;
	slot = find_slot(v, e->name);
	e->next = NULL;
	*slot = e;
	e->pos = v->n;
	v->v[v->n++] = e;
	v->gen++;
	return 0;
}

static void remember(sv_view *v, entry *e, const td_sketch *sk);

int sv_add(sv_view *v, const td_article *a, int64_t published, int64_t expires, uint64_t story)
{
	entry *e = new_entry(a, published, expires);
	if (e)
		e->hint = story;
	td_sketch *sk = malloc(sizeof(*sk));
	if (!e || !sk) {
		free(e);
		free(sk);
		return TD_ERR_NOMEM;
	}
	pthread_mutex_lock(&v->sk_mu);
	int rc = td_sketch_article(v->sketcher, a, sk);
	pthread_mutex_unlock(&v->sk_mu);
	if (rc < 0) {
		free(e);
		free(sk);
		return rc;
	}

	pthread_rwlock_wrlock(&v->lock);
	if (v->loading == 1) {
		if (v->npend == v->cappend) {
			size_t cap = v->cappend ? v->cappend * 2 : 256;
			pending *np = realloc(v->pend, cap * sizeof(*np));
			if (!np) {
				rc = TD_ERR_NOMEM;
				goto out;
			}
			v->pend = np;
			v->cappend = cap;
		}
		if ((rc = insert(v, e)) < 0)
			goto out;
		v->pend[v->npend].e = e;
		v->pend[v->npend++].sk = *sk;
		e = NULL;
		goto out;
	}
	td_cluster_result r;
	if ((rc = td_cluster_observe(v->c, sk)) < 0 ||
	    (rc = td_cluster_add(v->c, e->key, sk, &r)) < 0)
		goto out;
	if ((rc = placed(v, e, &r, 0)) < 0 || (rc = insert(v, e)) < 0) {
		td_cluster_remove(v->c, e->key);
		goto out;
	}
	note_story(v, e);
	remember(v, e, sk);
	e = NULL;
out:
	pthread_rwlock_unlock(&v->lock);
	free(e);
	free(sk);
	return rc;
}

/* Keeps e's sketch in the ring of recent additions, in place of the
 * oldest when it is full. No ring (out of memory): no refinement. Called
 * with the write lock held. */
static void remember(sv_view *v, entry *e, const td_sketch *sk)
{
	if (!v->rec && !(v->rec = malloc(RECENT * sizeof(*v->rec))))
		return;
	size_t i;
	if (v->rn < RECENT) {
		i = (v->rhead + v->rn++) % RECENT;
	} else {
		i = v->rhead;
		v->rhead = (v->rhead + 1) % RECENT;
		if (v->rec[i].e)
			v->rec[i].e->recent = -1;
	}
	v->rec[i].e = e;
	v->rec[i].sk = *sk;
	e->recent = (int32_t)i;
	v->fresh++;
}

int sv_refine_pending(sv_view *v)
{
	pthread_rwlock_rdlock(&v->lock);
	int p = v->fresh > 0 && !v->loading;
	pthread_rwlock_unlock(&v->lock);
	return p;
}

int sv_refine(sv_view *v, size_t *moved)
{
	int rc = 0;
	*moved = 0;
	pthread_rwlock_wrlock(&v->lock);
	size_t n = v->loading ? 0 : v->rn;
	v->fresh = 0;
	pthread_rwlock_unlock(&v->lock);
	/* Oldest first, in slices so that readers are not held up; what
	 * arrives between slices only shifts the ring (a slot re-added
	 * twice or skipped once does no harm). */
	for (size_t k = 0; k < n && rc == 0;) {
		pthread_rwlock_wrlock(&v->lock);
		for (size_t m = 0; m < 256 && k < n && rc == 0; m++, k++) {
			recent *r = &v->rec[(v->rhead + k) % RECENT];
			entry *e = r->e;
			if (!e || !e->cstory)
				continue;
			td_cluster_story info;
			int alone = td_cluster_story_info(v->c, e->cstory, &info) == 0 && info.size == 1;
			uint64_t before = e->story;
			td_cluster_result res;
			if ((rc = td_cluster_add(v->c, e->key, &r->sk, &res)) < 0)
				break; /* the engine is unchanged */
			if ((rc = placed(v, e, &res, alone ? before : 0)) < 0) {
				/* out of memory: the article leaves the view */
				td_cluster_remove(v->c, e->key);
				unlink_entry(v, find_slot(v, e->name));
				break;
			}
			if (e->story != before) {
				note_story(v, e);
				(*moved)++;
			}
		}
		v->gen++;
		pthread_rwlock_unlock(&v->lock);
	}
	return rc;
}

void sv_load_begin(sv_view *v)
{
	pthread_rwlock_wrlock(&v->lock);
	v->loading = 1;
	pthread_rwlock_unlock(&v->lock);
}

static int by_day(const void *pa, const void *pb)
{
	const pending *a = pa, *b = pb;
	if (!a->e || !b->e)
		return (a->e == NULL) - (b->e == NULL);
	if (a->e->day != b->e->day)
		return a->e->day < b->e->day ? -1 : 1;
	if (a->e->published != b->e->published)
		return a->e->published < b->e->published ? -1 : 1;
	return strcmp(a->e->name, b->e->name);
}

typedef struct {
	size_t votes;
	uint64_t cs, id;
} vote;

static int by_story_id(const void *pa, const void *pb)
{
	const vote *a = pa, *b = pb;
	if (a->cs != b->cs)
		return a->cs < b->cs ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static int by_votes(const void *pa, const void *pb)
{
	const vote *a = pa, *b = pb;
	if (a->votes != b->votes)
		return a->votes > b->votes ? -1 : 1;
	return by_story_id(pa, pb);
}

/* After the rebuild: each story takes the id the store has for most of
 * its members (the story with more such members first when two want
 * one), else its founder's; then the store is told of every member
 * whose id changed. Called with the write lock held. */
static void adopt_ids(sv_view *v)
{
	vote *w = malloc((v->n + 1) * sizeof(*w));
	uint64_t *nid = calloc(v->nsid + 1, sizeof(*nid));
	if (!w || !nid) {
		free(w);
		free(nid);
		for (size_t i = 0; i < v->nsid; i++)
			if (v->sid[i])
				id_claim(v, v->sid[i]);
		return;
	}
	size_t nw = 0;
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i]->story && v->v[i]->hint)
			w[nw++] = (vote){1, v->v[i]->cstory, v->v[i]->hint};
	qsort(w, nw, sizeof(*w), by_story_id);
	size_t nr = 0; /* runs of one story and one id */
	for (size_t i = 0; i < nw; i++) {
		if (nr && w[nr - 1].cs == w[i].cs && w[nr - 1].id == w[i].id)
			w[nr - 1].votes++;
		else
			w[nr++] = w[i];
	}
	qsort(w, nr, sizeof(*w), by_votes);
	for (size_t i = 0; i < nr; i++)
		if (!nid[w[i].cs - 1] && !id_used(v, w[i].id)) {
			nid[w[i].cs - 1] = w[i].id;
			id_claim(v, w[i].id);
		}
	for (size_t i = 0; i < v->nsid; i++)
		if (v->sid[i] && !nid[i]) {
			nid[i] = id_fresh(v, v->sid[i]);
			id_claim(v, nid[i]);
		}
	if (v->nsid)
		memcpy(v->sid, nid, v->nsid * sizeof(*nid));
	free(nid);
	free(w);
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i]->story) {
			v->v[i]->story = v->sid[v->v[i]->cstory - 1];
			note_story(v, v->v[i]);
		}
}

int sv_load_end(sv_view *v)
{
	int rc = 0;
	pthread_rwlock_wrlock(&v->lock);
	v->loading = 2; /* from now on sv_add clusters at once */
	/* As a batch is clustered: every article weighted by the document
	 * frequencies of the whole store, then added oldest first. */
	for (size_t i = 0; i < v->npend && rc == 0; i++)
		if (v->pend[i].e)
			rc = td_cluster_observe(v->c, &v->pend[i].sk);
	if (v->npend)
		qsort(v->pend, v->npend, sizeof(*v->pend), by_day);
	pthread_rwlock_unlock(&v->lock);
	/* Added in slices so that /healthz and /metrics are not held up;
	 * then, as the batch CLI does, a second pass: each article, taken
	 * out of its story and added again in the same order, goes to the
	 * best story of the whole store, also one that began after it
	 * (docs/cluster.md). */
	for (int pass = 0; pass < 2 && rc == 0; pass++)
		for (size_t i = 0; i < v->npend && rc == 0;) {
			pthread_rwlock_wrlock(&v->lock);
			for (size_t k = 0; k < 256 && i < v->npend && rc == 0; k++, i++) {
				pending *p = &v->pend[i];
				td_cluster_result r;
				if (!p->e || (pass == 1 && !p->e->cstory))
					continue;
				if ((rc = td_cluster_add(v->c, p->e->key, &p->sk, &r)) == 0 &&
				    (rc = placed(v, p->e, &r, 0)) < 0)
					td_cluster_remove(v->c, p->e->key);
			}
			v->gen++;
			pthread_rwlock_unlock(&v->lock);
		}
	pthread_rwlock_wrlock(&v->lock);
	adopt_ids(v);
	if (rc < 0) /* out of memory: what could not be clustered is not shown */
		for (size_t i = 0; i < v->n;) {
			if (!v->v[i]->story)
				unlink_entry(v, find_slot(v, v->v[i]->name));
			else
				i++;
		}
	free(v->pend);
	v->pend = NULL;
	v->npend = v->cappend = 0;
	v->loading = 0;
	v->gen++;
	pthread_rwlock_unlock(&v->lock);
	return rc;
}

int sv_remove(sv_view *v, const char *name)
{
	pthread_rwlock_wrlock(&v->lock);
	entry **slot = find_slot(v, name);
	int rc = *slot ? 0 : TD_ERR_NOTFOUND;
	if (*slot) {
		if ((*slot)->story)
			td_cluster_remove(v->c, (*slot)->key);
		unlink_entry(v, slot);
	}
	pthread_rwlock_unlock(&v->lock);
	return rc;
}

/* ---- queries --------------------------------------------------------- */

/* A story of a snapshot: its live members sel[start..start+n), oldest
 * first, and what every query needs of it. */
typedef struct {
	uint64_t id, central; /* central: the member closest to the centroid */
	size_t start, n;
	int64_t first, last;
	td_category category;
	double importance;
	char langs[8][4];
	size_t nlangs;
	size_t top; /* index into sel of the member that names the story */
} sstory;

/* The live news articles grouped by story, most important first. Built
 * by the first query after a change (or an expiry) and shared by the
 * queries until the next: a list query then costs a walk of the stories.
 * Its entry pointers are read only under the view's read lock. */
struct snapshot {
	int refs;              /* under snap_mu */
	uint64_t gen;          /* sv_view.gen it was built at */
	int64_t valid_until;   /* the first expiry after it was built */
	int64_t newest;        /* latest publication time */
	entry **sel;
	size_t nsel;
	sstory *st;
	size_t nst;
	/* Serialised /api/stories answers of this snapshot by query: the
	 * answer depends on nothing else. Under snap_mu. */
	struct {
		char *key, *json;
		size_t len;
	} cache[16];
	size_t ncache;
};

/* One query's pick: a story, the member naming it and how many members
 * are listed. */
typedef struct {
	const sstory *s;
	const entry *title;
	size_t shown;
} pick;

typedef struct {
	snapshot *snap;
	pick *p;
	size_t n, total;
} answer;

static int by_story(const void *pa, const void *pb)
{
	const entry *a = *(entry *const *)pa, *b = *(entry *const *)pb;
	if (a->cstory != b->cstory)
		return a->cstory < b->cstory ? -1 : 1;
	if (a->published != b->published)
		return a->published < b->published ? -1 : 1;
	return strcmp(a->name, b->name);
}

static int by_importance(const void *pa, const void *pb)
{
	const sstory *a = pa, *b = pb;
	if (a->importance != b->importance)
		return a->importance < b->importance ? 1 : -1;
	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	return (a->id > b->id) - (a->id < b->id);
}

static int cmp_u64(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
	return (a > b) - (a < b);
}

static int is_copy(const sv_view *v, const entry *e)
{
	uint64_t orig;
	return td_cluster_duplicate_of(v->c, e->key, &orig) == 1;
}

/* Fills s's aggregates from its members m[0..n): languages, category,
 * times and importance, by rank.h's formula
 *   (ln(1 + S) + 0.5 ln(L) + 0.5 ln(1 + V)) * (0.25 + 0.75 * 2^(-age))
 * over what the view keeps of each member. src is scratch for n hashes. */
static void summarise(const sv_view *v, sstory *s, entry **m, size_t n, td_day now, uint64_t *src)
{
	int cats[TD_CAT_COUNT] = {0};
	td_day last_day = TD_NODATE;
	size_t ns = 0;
	s->first = m[0]->published;
	s->last = m[n - 1]->published;
	s->nlangs = 0;
	for (size_t i = 0; i < n; i++) {
		const entry *e = m[i];
		if (e->day > last_day)
			last_day = e->day;
		size_t l = 0;
		while (l < s->nlangs && strcmp(s->langs[l], e->lang))
			l++;
		if (l == s->nlangs && s->nlangs < 8 && e->lang[0])
			memcpy(s->langs[s->nlangs++], e->lang, 4);
		if (is_copy(v, e))
			continue;
		src[ns++] = e->source;
		if ((int)e->category > 0 && (int)e->category < TD_CAT_COUNT)
			cats[e->category]++;
	}
	s->category = TD_CAT_NONE;
	for (int c = 1, best = 0; c < TD_CAT_COUNT; c++)
		if (cats[c] > best) {
			best = cats[c];
			s->category = (td_category)c;
		}
	qsort(src, ns, sizeof(*src), cmp_u64);
	double S = 0, V = 0, L = s->nlangs ? (double)s->nlangs : 1;
	for (size_t i = 0; i < ns; i++)
		S += i == 0 || src[i] != src[i - 1];
	for (size_t i = 0; i < n; i++)
		V += m[i]->day == last_day && !is_copy(v, m[i]);
	double age = now > last_day ? (double)(now - last_day) : 0;
	s->importance = (log1p(S ? S : 1) + 0.5 * log(L) + 0.5 * log1p(V)) * (0.25 + 0.75 * exp2(-age));
}

static void snap_free(snapshot *sn)
{
	for (size_t i = 0; i < sn->ncache; i++) {
		free(sn->cache[i].key);
		free(sn->cache[i].json);
	}
	free(sn->sel);
	free(sn->st);
	free(sn);
}

/* Groups the live news articles at time now by story, most important
 * first. Called with the read lock held. NULL when out of memory. */
static snapshot *snap_build(const sv_view *v, int64_t now_t)
{
	snapshot *sn = calloc(1, sizeof(*sn));
	size_t cap = v->n ? v->n : 1;
	entry **sel = malloc(cap * sizeof(*sel));
	uint64_t *src = malloc(cap * sizeof(*src));
	if (!sn || !sel || !src)
		goto nomem;
	sn->gen = v->gen;
	sn->valid_until = INT64_MAX;
	sn->newest = INT64_MIN;
	td_day now = TD_NODATE;
	size_t k = 0;
	for (size_t i = 0; i < v->n; i++) {
		entry *e = v->v[i];
		if (e->expires && e->expires <= now_t)
			continue;
		if (e->expires && e->expires < sn->valid_until)
			sn->valid_until = e->expires;
		if (!e->is_news || !e->story)
			continue;
		if (e->published > sn->newest)
			sn->newest = e->published;
		if (e->day > now)
			now = e->day;
		sel[k++] = e;
	}
	qsort(sel, k, sizeof(*sel), by_story);
	size_t ngroups = 0;
	for (size_t i = 0; i < k; i++)
		ngroups += i == 0 || sel[i]->cstory != sel[i - 1]->cstory;
	if (!(sn->st = malloc((ngroups ? ngroups : 1) * sizeof(*sn->st))))
		goto nomem;
	for (size_t i = 0, j; i < k; i = j) {
		for (j = i + 1; j < k && sel[j]->cstory == sel[i]->cstory;)
			j++;
		sstory *st = &sn->st[sn->nst++];
		st->id = sel[i]->story;
		st->start = i;
		st->n = j - i;
		summarise(v, st, sel + i, j - i, now, src);
		td_cluster_story info;
		st->central = td_cluster_story_info(v->c, sel[i]->cstory, &info) == 0 ? info.central : 0;
		/* The title of an unfiltered answer: the central member, else the
		 * newest (as select_stories picks it), found once per snapshot. */
		st->top = j - 1;
		for (size_t x = i; x < j; x++)
			if (sel[x]->key == st->central)
				st->top = x;
	}
	qsort(sn->st, sn->nst, sizeof(*sn->st), by_importance);
	free(src);
	sn->sel = sel;
	sn->nsel = k;
	return sn;
nomem:
	free(src);
	free(sel);
	if (sn)
		free(sn->st);
	free(sn);
	return NULL;
}

/* The snapshot for a query at time now, shared (release with
 * snap_put). Called with the read lock held. NULL when out of memory. */
static snapshot *snap_get(sv_view *v, int64_t now)
{
	pthread_mutex_lock(&v->snap_mu);
	snapshot *sn = v->snap;
	if (!sn || sn->gen != v->gen || now >= sn->valid_until) {
		snapshot *fresh = snap_build(v, now);
		if (fresh) {
			if (sn && --sn->refs == 0)
				snap_free(sn);
			fresh->refs = 1; /* the view's */
			v->snap = fresh;
		}
		sn = fresh;
	}
	if (sn)
		sn->refs++;
	pthread_mutex_unlock(&v->snap_mu);
	return sn;
}

static void snap_put(sv_view *v, snapshot *sn)
{
	pthread_mutex_lock(&v->snap_mu);
	if (sn && --sn->refs == 0)
		snap_free(sn);
	pthread_mutex_unlock(&v->snap_mu);
}

/* Answers q from the snapshot: the stories that pass the filters, most
 * important first, each named by its central member (in the language
 * asked for when there is one). Called with the read lock held. Returns
 * 0 or TD_ERR_NOMEM (an empty answer); release with answer_free. */
static int select_stories(sv_view *v, const sv_query *q, answer *out)
{
	memset(out, 0, sizeof(*out));
	snapshot *sn = snap_get(v, q->now);
	if (!sn)
		return TD_ERR_NOMEM;
	out->snap = sn;
	size_t cap = q->limit && q->limit < sn->nst ? q->limit : sn->nst;
	if (!(out->p = malloc((cap ? cap : 1) * sizeof(*out->p))))
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < sn->nst; i++) {
		const sstory *s = &sn->st[i];
		if (q->period > 0 && s->last < sn->newest - q->period)
			continue;
		if (q->category != TD_CAT_NONE && q->category != s->category)
			continue;
		const entry *title = NULL;
		size_t shown = 0;
		if (!q->lang) {
			/* Every member is shown: the title was found with the snapshot. */
			if (out->n < cap)
				out->p[out->n++] = (pick){s, sn->sel[s->top], s->n};
			out->total++;
			continue;
		}
		for (size_t x = s->start; x < s->start + s->n; x++) {
			const entry *e = sn->sel[x];
			if (q->lang && strcmp(q->lang, e->lang))
				continue;
			shown++;
			if (!title || e->key == s->central)
				title = e;
		}
		if (!shown)
			continue;
		if (out->n < cap)
			out->p[out->n++] = (pick){s, title, shown};
		out->total++;
	}
	return 0;
}

static void answer_free(sv_view *v, answer *a)
{
	snap_put(v, a->snap);
	free(a->p);
}

static const char *cat_or_other(td_category c)
{
	return c == TD_CAT_NONE ? "other" : td_category_name(c);
}

/* Writes the names (or records) of s's members in the asked language. */
static void members_json(td_jw *w, const answer *a, const sstory *s, const sv_query *q, int full)
{
	td_jw_arr(w);
	size_t written = 0;
	for (size_t x = s->start; x < s->start + s->n; x++) {
		const entry *e = a->snap->sel[x];
		if (q->lang && strcmp(q->lang, e->lang))
			continue;
		if (!full) {
			td_jw_str(w, e->name);
			continue;
		}
		/* Records are capped (the story's "size" says how many there are). */
		if (q->max_articles && written++ >= q->max_articles)
			break;
		td_jw_obj(w);
		td_jw_kstr(w, "name", e->name);
		td_jw_kstr(w, "title", e->title);
		td_jw_kstr(w, "lang", e->lang);
		td_jw_kint(w, "published", e->published);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
}

void sv_threads_json(sv_view *v, const sv_query *q, td_jw *w)
{
	pthread_rwlock_rdlock(&v->lock);
	answer a;
	select_stories(v, q, &a); /* out of memory: an empty list */
	td_jw_obj(w);
	td_jw_key(w, "threads");
	td_jw_arr(w);
	for (size_t i = 0; i < a.n; i++) {
		const sstory *s = a.p[i].s;
		td_jw_obj(w);
		td_jw_kstr(w, "title", a.p[i].title->title);
		if (q->category == TD_CAT_NONE) {
			td_jw_kstr(w, "category", cat_or_other(s->category));
		}
		td_jw_key(w, "articles");
		members_json(w, &a, s, q, 0);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	pthread_rwlock_unlock(&v->lock);
	answer_free(v, &a);
}

/* The cache key of a stories query. */
static void stories_key(const sv_query *q, char *key, size_t cap)
{
	snprintf(key, cap, "%lld|%s|%d|%zu|%zu", (long long)q->period, q->lang ? q->lang : "",
		 (int)q->category, q->limit, q->max_articles);
}

/* Appends the cached answer of key in sn to w; 1 when there was one. */
static int cache_get(sv_view *v, snapshot *sn, const char *key, td_jw *w)
{
	int hit = 0;
	pthread_mutex_lock(&v->snap_mu);
	for (size_t i = 0; i < sn->ncache && !hit; i++)
		if (!strcmp(sn->cache[i].key, key)) {
			td_jw_raw(w, sn->cache[i].json, sn->cache[i].len);
			hit = 1;
		}
	pthread_mutex_unlock(&v->snap_mu);
	return hit;
}

static void cache_put(sv_view *v, snapshot *sn, const char *key, const char *json, size_t len)
{
	if (len > (1u << 20))
		return;
	pthread_mutex_lock(&v->snap_mu);
	size_t i = 0;
	while (i < sn->ncache && strcmp(sn->cache[i].key, key))
		i++;
	if (i == sn->ncache && sn->ncache < sizeof(sn->cache) / sizeof(sn->cache[0])) {
		char *k = strdup(key), *j = malloc(len ? len : 1);
		if (k && j) {
			memcpy(j, json, len);
			sn->cache[i].key = k;
			sn->cache[i].json = j;
			sn->cache[i].len = len;
			sn->ncache++;
		} else {
			free(k);
			free(j);
		}
	}
	pthread_mutex_unlock(&v->snap_mu);
}

void sv_stories_json(sv_view *v, const sv_query *q, td_jw *w)
{
	char key[160];
	stories_key(q, key, sizeof(key));
	pthread_rwlock_rdlock(&v->lock);
	snapshot *sn = snap_get(v, q->now);
	int hit = sn && cache_get(v, sn, key, w);
	snap_put(v, sn);
	if (hit) {
		pthread_rwlock_unlock(&v->lock);
		return;
	}
	size_t from = w->len;
	answer a;
	select_stories(v, q, &a);
	td_jw_obj(w);
	td_jw_kstr(w, "clustering", "cluster");
	td_jw_kint(w, "total", (long long)a.total);
	td_jw_key(w, "stories");
	td_jw_arr(w);
	for (size_t i = 0; i < a.n; i++) {
		const sstory *s = a.p[i].s;
		char id[17];
		snprintf(id, sizeof(id), "%016llx", (unsigned long long)s->id);
		td_jw_obj(w);
		td_jw_kstr(w, "id", id);
		td_jw_kstr(w, "title", a.p[i].title->title);
		td_jw_kstr(w, "category", cat_or_other(s->category));
		td_jw_key(w, "langs");
		td_jw_arr(w);
		for (size_t l = 0; l < s->nlangs; l++)
			td_jw_str(w, s->langs[l]);
		td_jw_arr_end(w);
		td_jw_kint(w, "size", (long long)a.p[i].shown);
		td_jw_kint(w, "members", (long long)s->n);
		td_jw_knum(w, "importance", s->importance);
		td_jw_kint(w, "first_published", s->first);
		td_jw_kint(w, "last_published", s->last);
		td_jw_key(w, "articles");
		members_json(w, &a, s, q, 1);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	if (a.snap && !w->err)
		cache_put(v, a.snap, key, w->buf + from, w->len - from);
	pthread_rwlock_unlock(&v->lock);
	answer_free(v, &a);
}

size_t sv_story_ids(sv_view *v, const sv_query *q, uint64_t *ids, size_t cap)
{
	pthread_rwlock_rdlock(&v->lock);
	answer a;
	select_stories(v, q, &a);
	size_t n = a.n < cap ? a.n : cap;
	for (size_t i = 0; i < n; i++)
		ids[i] = a.p[i].s->id;
	pthread_rwlock_unlock(&v->lock);
	answer_free(v, &a);
	return n;
}

int sv_story_members(sv_view *v, const char *id, int64_t now,
		     int (*fn)(void *ctx, const char *name, long dup), void *ctx)
{
	char *end;
	unsigned long long want = strtoull(id, &end, 16);
	if (strlen(id) != 16 || *end || !want)
		return TD_ERR_NOTFOUND;
	int rc = TD_ERR_NOTFOUND;
	pthread_rwlock_rdlock(&v->lock);
	entry **m = NULL;
	size_t n = 0;
	for (size_t i = 0; i < v->n; i++) {
		entry *e = v->v[i];
		if (e->story != want || (e->expires && e->expires <= now))
			continue;
		if (!m && !(m = malloc(v->n * sizeof(*m)))) {
			rc = TD_ERR_NOMEM;
			break;
		}
		m[n++] = e;
	}
	if (n) {
		qsort(m, n, sizeof(*m), by_story);
		rc = 0;
		for (size_t i = 0; i < n && rc == 0; i++) {
			uint64_t orig;
			long dup = -1;
			if (td_cluster_duplicate_of(v->c, m[i]->key, &orig) == 1)
				for (size_t j = 0; j < n && dup < 0; j++)
					if (m[j]->key == orig)
						dup = (long)j;
			rc = fn(ctx, m[i]->name, dup);
		}
	}
	pthread_rwlock_unlock(&v->lock);
	free(m);
	return rc;
}

size_t sv_narticles(sv_view *v)
{
	pthread_rwlock_rdlock(&v->lock);
	size_t n = v->n;
	pthread_rwlock_unlock(&v->lock);
	return n;
}

size_t sv_nstories(sv_view *v)
{
	pthread_rwlock_rdlock(&v->lock);
	size_t n = td_cluster_nstories(v->c);
	pthread_rwlock_unlock(&v->lock);
	return n;
}

int64_t sv_published_time(const td_article *a, int64_t fallback)
{
	int64_t t = td_store_published(a);
	return t != TD_NOTIME ? t : fallback;
}
