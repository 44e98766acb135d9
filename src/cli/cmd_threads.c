/* cmd_threads.c - story modes: threads, top, stories (contest formats and
 * tidings' own), built on the sketch and cluster modules. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tidings/cluster.h"
#include "tidings/error.h"
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

static int by_index(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	return (i > j) - (i < j);
}

int cli_cluster(const td_batch *b, int threads, cli_stories *out)
{
	memset(out, 0, sizeof(*out));
	size_t n = b->n;
	int rc = TD_ERR_NOMEM;
	td_sketch *sk = malloc((n ? n : 1) * sizeof(*sk));
	size_t *order = malloc((n ? n : 1) * sizeof(*order));
	td_cluster_opts co;
	td_cluster_opts_default(&co);
	co.count_on_add = 0;
	td_cluster *c = td_cluster_create(&co);
	out->story_of = malloc((n ? n : 1) * sizeof(size_t));
	if (!sk || !order || !c || !out->story_of)
		goto out;
	if ((rc = td_sketch_many(b->articles, n, threads, sk)) < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		if ((rc = td_cluster_observe(c, &sk[i])) < 0)
			goto out;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	sort_batch = b;
	qsort(order, n, sizeof(*order), by_day);
	for (size_t k = 0; k < n; k++) {
		size_t i = order[k];
		td_cluster_result r;
		if ((rc = td_cluster_add(c, (uint64_t)i, &sk[i], &r)) < 0)
			goto out;
		b->articles[i]->duplicate_of = r.is_duplicate ? (int64_t)r.duplicate_of : -1;
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
	free(order);
	if (rc < 0)
		cli_stories_free(out);
	return rc;
}

void cli_stories_free(cli_stories *s)
{
	free(s->stories);
	free(s->members);
	free(s->story_of);
	memset(s, 0, sizeof(*s));
}

/* ---- importance and output ----------------------------------------- */

typedef struct {
	size_t story;
	double importance;
	int sources, langs;
	td_category cat;
} ranked;

static int str_in(const char **v, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return 1;
	return 0;
}

/* Importance: independent sources first (copies and one outlet count
 * once), then languages, size and freshness (half-life two days before
 * the newest article of the input). */
static void rank_story(const td_batch *b, const cli_story *s, td_day now, ranked *r)
{
	const char *outlets[64], *langs[32];
	int no = 0, nl = 0, loose = 0;
	int cats[TD_CAT_COUNT] = {0};
	for (size_t j = 0; j < s->n; j++) {
		const td_article *a = b->articles[s->members[j]];
		if (a->lang[0] && nl < 32 && !str_in(langs, nl, a->lang))
			langs[nl++] = a->lang;
		if (a->category > TD_CAT_NONE && a->category < TD_CAT_COUNT)
			cats[a->category]++;
		if (a->duplicate_of >= 0)
			continue;
		if (a->outlet && a->outlet[0]) {
			if (no < 64 && !str_in(outlets, no, a->outlet))
				outlets[no++] = a->outlet;
		} else
			loose++;
	}
	r->sources = no + loose;
	r->langs = nl;
	r->cat = TD_CAT_OTHER;
	int bc = 0;
	for (int k = 1; k < TD_CAT_COUNT; k++)
		if (cats[k] > bc) {
			bc = cats[k];
			r->cat = (td_category)k;
		}
	double fresh = 0.5;
	if (now != TD_NODATE && s->last != TD_NODATE)
		fresh = pow(0.5, (double)(now - s->last) / 2.0);
	r->importance = log2(1.0 + r->sources) + 0.5 * (nl > 1 ? nl - 1 : 0) +
			0.25 * log2(1.0 + (double)s->unique) + fresh;
}

static int by_importance(const void *x, const void *y)
{
	const ranked *a = x, *b = y;
	if (a->importance != b->importance)
		return a->importance < b->importance ? 1 : -1;
	return (a->story > b->story) - (a->story < b->story);
}

static ranked *rank_all(const td_batch *b, const cli_stories *st)
{
	td_day now = TD_NODATE;
	for (size_t i = 0; i < b->n; i++)
		if (b->articles[i]->date != TD_NODATE && (now == TD_NODATE || b->articles[i]->date > now))
			now = b->articles[i]->date;
	ranked *r = malloc((st->n ? st->n : 1) * sizeof(*r));
	if (!r)
		return NULL;
	for (size_t k = 0; k < st->n; k++) {
		r[k].story = k;
		rank_story(b, &st->stories[k], now, &r[k]);
	}
	qsort(r, st->n, sizeof(*r), by_importance);
	return r;
}

static const char *story_title(const td_batch *b, const cli_story *s)
{
	const char *t = b->articles[s->central]->title;
	return t ? t : "";
}

static void thread_json(td_jw *w, const td_batch *b, const cli_story *s, const char *cat)
{
	td_jw_obj(w);
	td_jw_key(w, "title");
	td_jw_str(w, story_title(b, s));
	if (cat) {
		td_jw_key(w, "category");
		td_jw_str(w, cat);
	}
	td_jw_key(w, "articles");
	td_jw_arr(w);
	for (size_t j = 0; j < s->n; j++)
		td_jw_str(w, b->articles[s->members[j]]->file);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
}

typedef enum { OUT_THREADS, OUT_TOP, OUT_STORIES } out_kind;

static void date_or_null(td_jw *w, td_day d)
{
	char buf[11];
	if (d == TD_NODATE) {
		td_jw_null(w);
		return;
	}
	td_day_format(d, buf);
	td_jw_str(w, buf);
}

typedef struct {
	const char *name;
	int n;
} counted;

/* Counts name into v (up to cap distinct names). */
static int count_name(counted *v, int n, int cap, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(v[i].name, name)) {
			v[i].n++;
			return n;
		}
	if (n < cap)
		v[n++] = (counted){name, 1};
	return n;
}

static int by_count(const void *x, const void *y)
{
	const counted *a = x, *b = y;
	if (a->n != b->n)
		return b->n - a->n;
	return strcmp(a->name, b->name);
}

static void counted_json(td_jw *w, const char *key, counted *v, int n, int limit)
{
	qsort(v, (size_t)n, sizeof(*v), by_count);
	td_jw_key(w, key);
	td_jw_arr(w);
	for (int i = 0; i < n && i < limit; i++) {
		td_jw_obj(w);
		td_jw_key(w, "name");
		td_jw_str(w, v[i].name);
		td_jw_key(w, "articles");
		td_jw_int(w, v[i].n);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
}

static void story_json(td_jw *w, const td_batch *b, const cli_story *s, const ranked *r)
{
	static counted langs[64], outlets[256], ents[512];
	int nl = 0, no = 0, ne = 0;
	for (size_t j = 0; j < s->n; j++) {
		const td_article *a = b->articles[s->members[j]];
		nl = count_name(langs, nl, 64, a->lang[0] ? a->lang : "und");
		if (a->outlet && a->outlet[0])
			no = count_name(outlets, no, 256, a->outlet);
		for (size_t e = 0; e < a->nentities; e++) {
			const char *k = a->entities[e].key ? a->entities[e].key : a->entities[e].lemma;
			if (!k || !k[0])
				continue;
			/* Count an entity once per article. */
			size_t f = 0;
			while (f < e && !(a->entities[f].key && !strcmp(a->entities[f].key, k)) &&
			       !(!a->entities[f].key && a->entities[f].lemma && !strcmp(a->entities[f].lemma, k)))
				f++;
			if (f == e)
				ne = count_name(ents, ne, 512, k);
		}
	}
	char id[24];
	snprintf(id, sizeof(id), "%llu", (unsigned long long)s->id);
	td_jw_obj(w);
	td_jw_key(w, "id");
	td_jw_str(w, id);
	td_jw_key(w, "title");
	td_jw_str(w, story_title(b, s));
	td_jw_key(w, "category");
	td_jw_str(w, td_category_name(r->cat));
	td_jw_key(w, "importance");
	td_jw_num(w, r->importance);
	td_jw_key(w, "size");
	td_jw_int(w, (long long)s->n);
	td_jw_key(w, "unique");
	td_jw_int(w, (long long)s->unique);
	td_jw_key(w, "sources");
	td_jw_int(w, r->sources);
	counted_json(w, "languages", langs, nl, 64);
	counted_json(w, "outlets", outlets, no, 256);
	td_jw_key(w, "first_seen");
	date_or_null(w, s->first);
	td_jw_key(w, "last_seen");
	date_or_null(w, s->last);
	counted_json(w, "entities", ents, ne, 20);
	td_jw_key(w, "articles");
	td_jw_arr(w);
	for (size_t j = 0; j < s->n; j++) {
		const td_article *a = b->articles[s->members[j]];
		td_jw_obj(w);
		td_jw_key(w, "file");
		td_jw_str(w, a->file);
		td_jw_key(w, "lang");
		td_jw_str(w, a->lang);
		td_jw_key(w, "date");
		date_or_null(w, a->date);
		td_jw_key(w, "title");
		td_jw_str(w, a->title);
		td_jw_key(w, "duplicate_of");
		if (a->duplicate_of >= 0)
			td_jw_str(w, b->articles[a->duplicate_of]->file);
		else
			td_jw_null(w);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_obj_end(w);
}

static int run(const cli_opts *o, out_kind kind)
{
	td_batch *b = cli_load(o, TD_STAGE_ALL);
	if (!b)
		return 1;
	cli_stories st;
	int rc = cli_cluster(b, o->threads, &st);
	if (rc < 0) {
		fprintf(stderr, "tidings: %s\n", td_strerror(rc));
		td_batch_free(b);
		return 1;
	}
	ranked *r = rank_all(b, &st);
	td_jw w;
	td_jw_init(&w);
	if (!r) {
		fprintf(stderr, "tidings: out of memory\n");
		rc = 1;
		goto out;
	}
	td_jw_arr(&w);
	if (kind == OUT_THREADS) {
		for (size_t k = 0; k < st.n; k++)
			thread_json(&w, b, &st.stories[r[k].story], NULL);
	} else if (kind == OUT_STORIES) {
		for (size_t k = 0; k < st.n; k++) {
			story_json(&w, b, &st.stories[r[k].story], &r[k]);
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
				if (cat && r[k].cat != (td_category)cat)
					continue;
				const cli_story *s = &st.stories[r[k].story];
				/* Stories made only of non-news pages are not listed. */
				size_t news = 0;
				for (size_t j = 0; j < s->n; j++)
					news += b->articles[s->members[j]]->is_news != 0;
				if (news)
					thread_json(&w, b, s, td_category_name(r[k].cat));
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
	free(r);
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
