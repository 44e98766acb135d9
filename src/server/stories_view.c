/* stories_view.c - INTERIM story view: one story per live article, until clustering lands. */
#include "stories_view.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tidings/error.h"
#include "tidings/store.h"

/* One live article. Memory: one malloc per article for the entry with its
 * name and title appended (about 100 bytes + name + title). */
typedef struct entry {
	struct entry *next; /* hash chain */
	size_t pos;         /* index in sv_view.v */
	uint64_t id;
	int64_t published, expires;
	td_category category;
	int is_news;
	char lang[4];
	const char *title;
	char name[]; /* then the title */
} entry;

struct sv_view {
	pthread_rwlock_t lock;
	entry **v; /* live articles, unordered */
	size_t n, cap;
	entry **buckets;
	size_t nb; /* power of two */
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

sv_view *sv_create(void)
{
	sv_view *v = calloc(1, sizeof(*v));
	if (!v)
		return NULL;
	v->nb = 1024;
	v->buckets = calloc(v->nb, sizeof(entry *));
	if (!v->buckets) {
		free(v);
		return NULL;
	}
	pthread_rwlock_init(&v->lock, NULL);
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
	entry *last = v->v[--v->n];
	v->v[e->pos] = last;
	last->pos = e->pos;
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

int sv_add(sv_view *v, const td_article *a, int64_t published, int64_t expires)
{
	const char *name = a->file ? a->file : "";
	const char *title = a->title ? a->title : "";
	size_t ln = strlen(name), lt = strlen(title);
	entry *e = malloc(sizeof(*e) + ln + lt + 2);
	if (!e)
		return TD_ERR_NOMEM;
	memcpy(e->name, name, ln + 1);
	memcpy(e->name + ln + 1, title, lt + 1);
	e->title = e->name + ln + 1;
	e->id = a->id;
	e->published = published;
	e->expires = expires;
	e->category = a->category;
	e->is_news = a->is_news;
	memcpy(e->lang, a->lang, sizeof(e->lang));
	e->lang[3] = 0;

	pthread_rwlock_wrlock(&v->lock);
	entry **slot = find_slot(v, name);
	if (*slot)
		unlink_entry(v, slot);
	int rc = grow(v);
	if (rc == 0) {
		slot = find_slot(v, name);
		e->next = NULL;
		*slot = e;
		e->pos = v->n;
		v->v[v->n++] = e;
	} else {
		free(e);
	}
	pthread_rwlock_unlock(&v->lock);
	return rc;
}

int sv_remove(sv_view *v, const char *name)
{
	pthread_rwlock_wrlock(&v->lock);
	entry **slot = find_slot(v, name);
	int rc = *slot ? 0 : TD_ERR_NOTFOUND;
	if (*slot)
		unlink_entry(v, slot);
	pthread_rwlock_unlock(&v->lock);
	return rc;
}

static int newest_first(const void *pa, const void *pb)
{
	const entry *a = *(entry *const *)pa, *b = *(entry *const *)pb;
	if (a->published != b->published)
		return a->published > b->published ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Collects the entries matching q, newest first, into *out (malloc'd;
 * caller frees), the count before the limit in *total. Called with the
 * read lock held. Returns the count. */
static size_t select_entries(sv_view *v, const sv_query *q, entry ***out, size_t *total)
{
	*total = 0;
	*out = NULL;
	int64_t newest = INT64_MIN;
	for (size_t i = 0; i < v->n; i++) {
		const entry *e = v->v[i];
		if ((!e->expires || e->expires > q->now) && e->published > newest)
			newest = e->published;
	}
	if (!v->n || !(*out = malloc(v->n * sizeof(entry *))))
		return 0;
	size_t k = 0;
	for (size_t i = 0; i < v->n; i++) {
		entry *e = v->v[i];
		if (e->expires && e->expires <= q->now)
			continue;
		if (e->is_news == 0)
			continue;
		if (q->period > 0 && e->published < newest - q->period)
			continue;
		if (q->lang && strcmp(q->lang, e->lang))
			continue;
		if (q->category != TD_CAT_NONE && q->category != e->category)
			continue;
		(*out)[k++] = e;
	}
	qsort(*out, k, sizeof(entry *), newest_first);
	*total = k;
	if (q->limit && k > q->limit)
		k = q->limit;
	return k;
}

static const char *cat_or_other(td_category c)
{
	return c == TD_CAT_NONE ? "other" : td_category_name(c);
}

void sv_threads_json(sv_view *v, const sv_query *q, td_jw *w)
{
	pthread_rwlock_rdlock(&v->lock);
	entry **sel;
	size_t total;
	size_t n = select_entries(v, q, &sel, &total);
	td_jw_obj(w);
	td_jw_key(w, "threads");
	td_jw_arr(w);
	for (size_t i = 0; i < n; i++) {
		td_jw_obj(w);
		td_jw_key(w, "title");
		td_jw_str(w, sel[i]->title);
		if (q->category == TD_CAT_NONE) {
			td_jw_key(w, "category");
			td_jw_str(w, cat_or_other(sel[i]->category));
		}
		td_jw_key(w, "articles");
		td_jw_arr(w);
		td_jw_str(w, sel[i]->name);
		td_jw_arr_end(w);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	pthread_rwlock_unlock(&v->lock);
	free(sel);
}

/* One story of the interim view: a single article. */
static void story_json(td_jw *w, const entry *e)
{
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)e->id);
	td_jw_obj(w);
	td_jw_key(w, "id");
	td_jw_str(w, id);
	td_jw_key(w, "title");
	td_jw_str(w, e->title);
	td_jw_key(w, "category");
	td_jw_str(w, cat_or_other(e->category));
	td_jw_key(w, "langs");
	td_jw_arr(w);
	if (e->lang[0])
		td_jw_str(w, e->lang);
	td_jw_arr_end(w);
	td_jw_key(w, "size");
	td_jw_int(w, 1);
	td_jw_key(w, "first_published");
	td_jw_int(w, e->published);
	td_jw_key(w, "last_published");
	td_jw_int(w, e->published);
	td_jw_key(w, "articles");
	td_jw_arr(w);
	td_jw_obj(w);
	td_jw_key(w, "name");
	td_jw_str(w, e->name);
	td_jw_key(w, "title");
	td_jw_str(w, e->title);
	td_jw_key(w, "lang");
	td_jw_str(w, e->lang);
	td_jw_obj_end(w);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
}

void sv_stories_json(sv_view *v, const sv_query *q, td_jw *w)
{
	pthread_rwlock_rdlock(&v->lock);
	entry **sel;
	size_t total;
	size_t n = select_entries(v, q, &sel, &total);
	td_jw_obj(w);
	td_jw_key(w, "clustering");
	td_jw_str(w, "none");
	td_jw_key(w, "total");
	td_jw_int(w, (long long)total);
	td_jw_key(w, "stories");
	td_jw_arr(w);
	for (size_t i = 0; i < n; i++)
		story_json(w, sel[i]);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	pthread_rwlock_unlock(&v->lock);
	free(sel);
}

size_t sv_story_ids(sv_view *v, const sv_query *q, uint64_t *ids, size_t cap)
{
	pthread_rwlock_rdlock(&v->lock);
	entry **sel;
	size_t total;
	size_t n = select_entries(v, q, &sel, &total);
	if (n > cap)
		n = cap;
	for (size_t i = 0; i < n; i++)
		ids[i] = sel[i]->id;
	pthread_rwlock_unlock(&v->lock);
	free(sel);
	return n;
}

int sv_story_members(sv_view *v, const char *id, int64_t now,
		     int (*fn)(void *ctx, const char *name), void *ctx)
{
	char *end;
	unsigned long long want = strtoull(id, &end, 16);
	if (strlen(id) != 16 || *end)
		return TD_ERR_NOTFOUND;
	int rc = TD_ERR_NOTFOUND;
	pthread_rwlock_rdlock(&v->lock);
	for (size_t i = 0; i < v->n; i++) {
		const entry *e = v->v[i];
		if (e->id == want && (!e->expires || e->expires > now)) {
			rc = fn(ctx, e->name);
			break;
		}
	}
	pthread_rwlock_unlock(&v->lock);
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
	return sv_narticles(v); /* interim: one story per article */
}

int64_t sv_published_time(const td_article *a, int64_t fallback)
{
	int64_t t = td_store_published(a);
	return t != TD_NOTIME ? t : fallback;
}
