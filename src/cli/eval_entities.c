/* eval_entities.c - the eval-entities mode: BSNLP measures of the entity
 * stage on a labelled folder (labels.tsv, entities.tsv, articles/). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "tidings/arena.h"
#include "tidings/entities.h"
#include "tidings/text.h"

/* ---- string interning ------------------------------------------------ */

typedef struct {
	char **s;
	size_t n, cap; /* slots */
	int *id;
	size_t nid;
} intern;

static unsigned long long shash(const char *s)
{
	unsigned long long h = 1469598103934665603ull;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

/* Returns the id of s (a new one when unseen), or -1 out of memory. */
static int intern_id(intern *t, const char *s)
{
	if ((t->n + 1) * 2 > t->cap) {
		size_t oc = t->cap, nc = oc ? oc * 2 : 1024;
		char **ns = calloc(nc, sizeof(char *));
		int *ni = calloc(nc, sizeof(int));
		if (!ns || !ni) {
			free(ns);
			free(ni);
			return -1;
		}
		for (size_t i = 0; i < oc; i++)
			if (t->s[i]) {
				size_t k = shash(t->s[i]) & (nc - 1);
				while (ns[k])
					k = (k + 1) & (nc - 1);
				ns[k] = t->s[i];
				ni[k] = t->id[i];
			}
		free(t->s);
		free(t->id);
		t->s = ns;
		t->id = ni;
		t->cap = nc;
	}
	size_t k = shash(s) & (t->cap - 1);
	while (t->s[k]) {
		if (!strcmp(t->s[k], s))
			return t->id[k];
		k = (k + 1) & (t->cap - 1);
	}
	if (!(t->s[k] = strdup(s)))
		return -1;
	t->id[k] = (int)t->nid++;
	t->n++;
	return t->id[k];
}

static void intern_free(intern *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->s[i]);
	free(t->s);
	free(t->id);
}

/* ---- gold ------------------------------------------------------------ */

typedef struct {
	char *mention, *lemma, *type; /* mention and lemma case-folded */
	int eid;
} gold_m;

typedef struct {
	char *file, *lang;
	gold_m *m;
	size_t nm, cap;
} gold_doc;

typedef struct {
	long gold, sys, hit, hit_typed, lemma_ok;
	size_t nitems;
} counts;

typedef struct {
	int g, s;
	int lang;
} item;

static char *fold_dup(const char *s)
{
	size_t n = strlen(s);
	char *o = malloc(n * 3 + 4);
	if (o)
		td_text_fold(s, n, o, n * 3 + 4);
	return o;
}

static int cmp_doc(const void *a, const void *b)
{
	return strcmp(((const gold_doc *)a)->file, ((const gold_doc *)b)->file);
}

static gold_doc *find_doc(gold_doc *d, size_t n, const char *file)
{
	gold_doc k = {(char *)file, NULL, NULL, 0, 0};
	return bsearch(&k, d, n, sizeof(*d), cmp_doc);
}

/* Splits line in place at tabs into at most max fields. */
static int split(char *line, char **f, int max)
{
	int n = 0;
	line[strcspn(line, "\r\n")] = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = 0;
			f[n++] = p + 1;
		}
	return n;
}

static const char *const langs[] = {"bg", "cs", "en", "hr", "pl", "ru", "sk", "sl", "uk"};
#define NL (sizeof(langs) / sizeof(langs[0]))

static int lang_index(const char *l)
{
	for (size_t i = 0; i < NL; i++)
		if (!strcmp(langs[i], l))
			return (int)i;
	return -1;
}

static double f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static int cmp_item(const void *a, const void *b)
{
	const item *x = a, *y = b;
	if (x->g != y->g)
		return x->g < y->g ? -1 : 1;
	return x->s < y->s ? -1 : x->s > y->s;
}

/* B-cubed F1 of items whose language is lang (-1: all). */
static double bcubed(const item *it, size_t n, int lang, double *bp, double *br)
{
	/* Counts by gold id, system id and pair, through sorting. */
	size_t m = 0;
	item *v = malloc((n ? n : 1) * sizeof(item));
	if (!v)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (lang < 0 || it[i].lang == lang)
			v[m++] = it[i];
	int maxg = 0, maxs = 0;
	for (size_t i = 0; i < m; i++) {
		if (v[i].g > maxg)
			maxg = v[i].g;
		if (v[i].s > maxs)
			maxs = v[i].s;
	}
	long *cg = calloc((size_t)maxg + 1, sizeof(long)), *cs = calloc((size_t)maxs + 1, sizeof(long));
	double p = 0, r = 0;
	if (cg && cs && m) {
		for (size_t i = 0; i < m; i++) {
			cg[v[i].g]++;
			cs[v[i].s]++;
		}
		/* Pair counts: sort by (g, s). */
		qsort(v, m, sizeof(item), cmp_item);
		for (size_t i = 0; i < m;) {
			size_t j = i;
			while (j < m && v[j].g == v[i].g && v[j].s == v[i].s)
				j++;
			double c = (double)(j - i);
			p += c * c / (double)cs[v[i].s];
			r += c * c / (double)cg[v[i].g];
			i = j;
		}
		p /= (double)m;
		r /= (double)m;
	}
	free(cg);
	free(cs);
	free(v);
	*bp = p;
	*br = r;
	return f1(p, r);
}

int cmd_eval_entities(const cli_opts *o)
{
	char path[4096];
	int rc = 1, use_detected = 0, warm = 0;
	FILE *dump = NULL;
	for (int i = 0; i < o->argc; i++)
		if (!strcmp(o->argv[i], "--detected-lang"))
			use_detected = 1;
		else if (!strcmp(o->argv[i], "--warm"))
			warm = 1;
		else if (!strcmp(o->argv[i], "--repeat") && i + 1 < o->argc)
			warm = atoi(o->argv[++i]);
		else if (!strcmp(o->argv[i], "--dump") && i + 1 < o->argc) {
			if (!(dump = fopen(o->argv[++i], "w"))) {
				fprintf(stderr, "tidings eval-entities: cannot write %s\n", o->argv[i]);
				return 1;
			}
		}
	td_jw w;
	td_jw_init(&w);
	gold_doc *docs = NULL;
	size_t nd = 0, dcap = 0;
	intern ids = {0};
	item *items = NULL;
	size_t nitems = 0, icap = 0;
	td_batch *b = NULL;
	td_arena *ar = NULL;
	char *line = NULL;
	size_t lcap = 0;
	counts c[NL + 1];
	memset(c, 0, sizeof(c));

	snprintf(path, sizeof(path), "%s/labels.tsv", o->input);
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "tidings eval-entities: cannot read %s\n", path);
		return 1;
	}
	for (int ln = 0; getline(&line, &lcap, f) > 0; ln++) {
		char *fl[8];
		if (ln == 0 || split(line, fl, 8) < 3)
			continue;
		if (nd == dcap) {
			dcap = dcap ? dcap * 2 : 1024;
			gold_doc *nd2 = realloc(docs, dcap * sizeof(*docs));
			if (!nd2)
				goto out;
			docs = nd2;
		}
		docs[nd].file = strdup(fl[0]);
		docs[nd].lang = strdup(fl[2]);
		docs[nd].m = NULL;
		docs[nd].nm = docs[nd].cap = 0;
		nd++;
	}
	fclose(f);
	qsort(docs, nd, sizeof(*docs), cmp_doc);
	snprintf(path, sizeof(path), "%s/entities.tsv", o->input);
	if (!(f = fopen(path, "r"))) {
		fprintf(stderr, "tidings eval-entities: cannot read %s\n", path);
		goto out;
	}
	for (int ln = 0; getline(&line, &lcap, f) > 0; ln++) {
		char *fl[8];
		if (ln == 0 || split(line, fl, 8) < 5)
			continue;
		gold_doc *d = find_doc(docs, nd, fl[0]);
		if (!d)
			continue;
		char *mf = fold_dup(fl[1]);
		/* One gold mention per distinct surface form (as the scorer). */
		size_t k = 0;
		while (k < d->nm && strcmp(d->m[k].mention, mf))
			k++;
		if (k < d->nm) {
			free(mf);
			continue;
		}
		if (d->nm == d->cap) {
			d->cap = d->cap ? d->cap * 2 : 16;
			gold_m *nm = realloc(d->m, d->cap * sizeof(gold_m));
			if (!nm)
				goto out;
			d->m = nm;
		}
		d->m[d->nm].mention = mf;
		d->m[d->nm].lemma = fold_dup(fl[2]);
		d->m[d->nm].type = strdup(fl[3]);
		d->m[d->nm].eid = intern_id(&ids, fl[4]);
		d->nm++;
	}
	fclose(f);
	f = NULL;

	snprintf(path, sizeof(path), "%s/articles", o->input);
	cli_opts lo = *o;
	lo.input = path;
	struct timespec q0, q1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &q0);
	b = cli_load(&lo, TD_STAGE_DATES);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &q1);
	double found = (double)(q1.tv_sec - q0.tv_sec) + (double)(q1.tv_nsec - q0.tv_nsec) / 1e9;
	if (!b || !(ar = td_arena_create()))
		goto out;
	td_entities_init();
	/* --warm: one untimed pass first, so the timing shows the hot path
	 * (dictionaries loaded, words cached). */
	for (size_t i = 0, pass = 0; (int)pass < warm && i < b->n; i = i + 1 < b->n ? i + 1 : (pass++, 0)) {
		td_article *a = b->articles[i];
		char key[4096];
		snprintf(key, sizeof(key), "articles/%s", a->file);
		gold_doc *d = find_doc(docs, nd, key);
		if (d && (!use_detected || !a->lang[0]))
			snprintf(a->lang, sizeof(a->lang), "%s", d->lang);
		td_arena_reset(ar);
		if (td_entities_article(a, ar) < 0)
			goto out;
	}
	struct timespec t0, t1;
	double busy = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (size_t i = 0; i < b->n; i++) {
		td_article *a = b->articles[i];
		char key[4096];
		snprintf(key, sizeof(key), "articles/%s", a->file);
		gold_doc *d = find_doc(docs, nd, key);
		/* Documents without gold mentions (unannotated) are skipped. */
		if (!d || !d->nm)
			continue;
		int li = lang_index(d->lang);
		if (!use_detected || !a->lang[0])
			snprintf(a->lang, sizeof(a->lang), "%s", d->lang);
		td_arena_reset(ar);
		struct timespec e0, e1;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &e0);
		if (td_entities_article(a, ar) < 0)
			goto out;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &e1);
		busy += (double)(e1.tv_sec - e0.tv_sec) + (double)(e1.tv_nsec - e0.tv_nsec) / 1e9;
		if (dump) {
			cli_article_json(&w, a);
			td_jw_raw(&w, "\n", 1);
			if (td_jw_finish(&w) < 0 || fwrite(w.buf, 1, w.len, dump) != w.len)
				goto out;
			td_jw_reset(&w);
		}
		/* System mentions: distinct case-folded surfaces, last wins. */
		char **sf = calloc(a->nentities + 1, sizeof(char *));
		if (!sf)
			goto out;
		size_t ns = 0;
		for (size_t k = 0; k < a->nentities; k++) {
			char *s = fold_dup(a->entities[k].text);
			size_t q = 0;
			while (q < ns && strcmp(sf[q], s))
				q++;
			if (q < ns)
				free(s);
			else
				sf[ns++] = s;
		}
		for (int wi = 0; wi < 2; wi++) {
			counts *cc = wi ? &c[NL] : (li >= 0 ? &c[li] : NULL);
			if (!cc)
				continue;
			cc->sys += (long)ns;
			cc->gold += (long)d->nm;
		}
		for (size_t g = 0; g < d->nm; g++) {
			const td_entity *hit = NULL;
			for (size_t k = a->nentities; k-- > 0;) {
				char s[1024];
				td_text_fold(a->entities[k].text, strlen(a->entities[k].text), s, sizeof(s));
				if (!strcmp(s, d->m[g].mention)) {
					hit = &a->entities[k];
					break;
				}
			}
			char skey[1200];
			if (hit) {
				char lf[1024];
				td_text_fold(hit->lemma, strlen(hit->lemma), lf, sizeof(lf));
				int typed = !strcmp(td_entity_type_name(hit->type), d->m[g].type);
				int lem = !strcmp(lf, d->m[g].lemma);
				for (int wi = 0; wi < 2; wi++) {
					counts *cc = wi ? &c[NL] : (li >= 0 ? &c[li] : NULL);
					if (!cc)
						continue;
					cc->hit++;
					cc->hit_typed += typed;
					cc->lemma_ok += lem;
				}
				snprintf(skey, sizeof(skey), "k\t%s", hit->key);
			} else
				snprintf(skey, sizeof(skey), "m\t%s\t%s", d->file, d->m[g].mention);
			if (nitems == icap) {
				icap = icap ? icap * 2 : 4096;
				item *ni = realloc(items, icap * sizeof(item));
				if (!ni)
					goto out;
				items = ni;
			}
			items[nitems].g = d->m[g].eid;
			items[nitems].s = intern_id(&ids, skey);
			items[nitems].lang = li;
			nitems++;
		}
		for (size_t k = 0; k < ns; k++)
			free(sf[k]);
		free(sf);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%-4s %6s %6s  %-17s  %-17s  %5s  %-17s\n", "lang", "gold", "sys", "typed P/R/F1",
	       "untyped P/R/F1", "norm", "link P/R/F1");
	for (size_t l = 0; l <= NL; l++) {
		const counts *cc = &c[l];
		if (!cc->gold)
			continue;
		double P = cc->sys ? (double)cc->hit_typed / (double)cc->sys : 0;
		double R = (double)cc->hit_typed / (double)cc->gold;
		double Pu = cc->sys ? (double)cc->hit / (double)cc->sys : 0;
		double Ru = (double)cc->hit / (double)cc->gold;
		double norm = cc->hit ? (double)cc->lemma_ok / (double)cc->hit : 0;
		double bp = 0, br = 0;
		double bf = bcubed(items, nitems, l < NL ? (int)l : -1, &bp, &br);
		printf("%-4s %6ld %6ld  %.3f %.3f %.3f  %.3f %.3f %.3f  %.3f  %.3f %.3f %.3f\n",
		       l < NL ? langs[l] : "all", cc->gold, cc->sys, P, R, f1(P, R), Pu, Ru, f1(Pu, Ru),
		       norm, bp, br, bf);
	}
	(void)secs;
	printf("foundation (read, clean, lang, dates): %zu articles in %.3f s CPU (%.0f articles/s)\n",
	       b->n, found, found > 0 ? (double)b->n / found : 0);
	printf("entity stage%s: %zu articles in %.3f s CPU (%.0f articles/s), %.2f of the foundation\n",
	       warm ? " (warm)" : "", b->n, busy, busy > 0 ? (double)b->n / busy : 0,
	       found > 0 ? busy / found : 0);
	rc = 0;
out:
	if (f)
		fclose(f);
	if (dump && fclose(dump) != 0)
		rc = 1;
	td_jw_free(&w);
	free(line);
	for (size_t i = 0; i < nd; i++) {
		for (size_t k = 0; k < docs[i].nm; k++) {
			free(docs[i].m[k].mention);
			free(docs[i].m[k].lemma);
			free(docs[i].m[k].type);
		}
		free(docs[i].m);
		free(docs[i].file);
		free(docs[i].lang);
	}
	free(docs);
	free(items);
	intern_free(&ids);
	td_arena_destroy(ar);
	td_batch_free(b);
	return rc;
}
