/* eval_threads.c - the eval-threads mode: clusters a labelled folder and
 * scores the stories (B-cubed against labels.tsv's topic column, pair
 * precision/recall against pairs.tsv, topic purity, languages joined). */
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "tidings/cluster.h"
#include "tidings/error.h"
#include "tidings/sketch.h"
#include "sketch_int.h"

typedef struct {
	char *file, *topic, *lang;
} label;

typedef struct {
	label *v;
	size_t n;
} labels;

static void labels_free(labels *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].topic);
		free(l->v[i].lang);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* Splits line (modified in place) at tabs into at most max fields. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	line[strcspn(line, "\r\n")] = 0;
	while (n < max) {
		f[n++] = line;
		char *t = strchr(line, '\t');
		if (!t)
			break;
		*t = 0;
		line = t + 1;
	}
	return n;
}

static int col(char **h, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(h[i], name))
			return i;
	return -1;
}

static int load_labels(const char *path, labels *out)
{
	memset(out, 0, sizeof(*out));
	FILE *f = fopen(path, "r");
	if (!f)
		return TD_ERR_IO;
	char line[8192];
	char *h[32], *v[32];
	int nh = 0, cf = -1, ct = -1, cl = -1;
	size_t cap = 0;
	while (fgets(line, sizeof(line), f)) {
		if (!nh) {
			static char hdr[8192];
			memcpy(hdr, line, sizeof(hdr));
			nh = split_tabs(hdr, h, 32);
			cf = col(h, nh, "file");
			ct = col(h, nh, "topic");
			cl = col(h, nh, "lang");
			if (cf < 0)
				cf = 0;
			continue;
		}
		int nv = split_tabs(line, v, 32);
		if (cf >= nv)
			continue;
		if (out->n == cap) {
			cap = cap ? cap * 2 : 256;
			label *nl = realloc(out->v, cap * sizeof(*nl));
			if (!nl) {
				fclose(f);
				return TD_ERR_NOMEM;
			}
			out->v = nl;
		}
		label *l = &out->v[out->n++];
		l->file = strdup(v[cf]);
		l->topic = strdup(ct >= 0 && ct < nv ? v[ct] : "");
		l->lang = strdup(cl >= 0 && cl < nv ? v[cl] : "");
		if (!l->file || !l->topic || !l->lang) {
			fclose(f);
			return TD_ERR_NOMEM;
		}
	}
	fclose(f);
	return 0;
}

/* File name -> article index. */
typedef struct {
	const char *file;
	size_t idx;
} fentry;

static int by_file(const void *x, const void *y)
{
	return strcmp(((const fentry *)x)->file, ((const fentry *)y)->file);
}

static const char *strip_dot(const char *p)
{
	while (p[0] == '.' && p[1] == '/')
		p += 2;
	return p;
}

static long find_file(const fentry *idx, size_t n, const char *file)
{
	fentry key = {strip_dot(file), 0};
	const fentry *e = bsearch(&key, idx, n, sizeof(*idx), by_file);
	return e ? (long)e->idx : -1;
}

typedef struct {
	long tp, fp, fn, tn;
} pairstat;

/* Scores one labelled folder; adds its pair counts to *ps. */
static int by_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

/* Evidence of the years, persons or quantities two articles give (the
 * engine's tests with b as a story of one member): 1 conflict, -1
 * agreement, 0 when either gives none. kind 0 years, 1 persons, 2
 * quantities (agreement: a common value in a common unit), 3 days (the
 * publication day, else the most mentioned one; agreement: within the
 * engine's slack_days). */
static int pair_evidence(const td_sketch *a, const td_sketch *b, int kind, int slack_days)
{
	if (kind == 3) {
		td_day da = td__sketch_day(a), db = td__sketch_day(b);
		if (da == TD_NODATE || db == TD_NODATE)
			return 0;
		return abs(da - db) > slack_days ? 1 : -1;
	}
	if (kind == 2) {
		int unit = 0, same = 0;
		for (uint32_t i = 0; i < a->nquant; i++)
			for (uint32_t j = 0; j < b->nquant; j++) {
				unit |= TD_QUANT_UNIT(a->quant[i]) == TD_QUANT_UNIT(b->quant[j]);
				same |= a->quant[i] == b->quant[j];
			}
		return !unit ? 0 : same ? -1 : 1;
	}
	uint32_t sv[1] = {kind ? b->who[0] : b->year};
	uint16_t sn[1] = {1};
	if (!sv[0])
		return 0;
	return kind ? td__slot_conflict(a->who, TD_SKETCH_MAXWHO, sv, sn, 1) : td__year_conflict(a, sv, sn, 1);
}

static int eval_dir(const cli_opts *o, const char *dir, pairstat *ps, int verbose, long random_pairs,
		    int use_gold_lang)
{
	char path[4096];
	labels L;
	snprintf(path, sizeof(path), "%s/labels.tsv", dir);
	int rc = load_labels(path, &L);
	if (rc < 0) {
		fprintf(stderr, "tidings: %s: %s\n", path, td_strerror(rc));
		return 1;
	}
	cli_opts lo = *o;
	lo.input = dir;
	lo.progress = 0;
	td_batch *b = cli_load_ex(&lo, TD_STAGE_EXTRACT, cli_cluster_flags()); /* as threads */
	if (!b) {
		labels_free(&L);
		return 1;
	}
	cli_stories st;
	rc = cli_cluster(b, o->threads, &st);
	fentry *fi = malloc((b->n ? b->n : 1) * sizeof(*fi));
	if (rc < 0 || !fi) {
		fprintf(stderr, "tidings: %s\n", td_strerror(rc < 0 ? rc : TD_ERR_NOMEM));
		free(fi);
		td_batch_free(b);
		labels_free(&L);
		return 1;
	}
	for (size_t i = 0; i < b->n; i++)
		fi[i] = (fentry){strip_dot(b->articles[i]->file), i};
	qsort(fi, b->n, sizeof(*fi), by_file);
	/* With --gold-lang, articles whose language was not identified take
	 * the gold one, so that clustering is measured on its own (said in
	 * the output). */
	size_t gold_lang = 0;
	for (size_t i = 0; use_gold_lang && i < L.n; i++) {
		long x = find_file(fi, b->n, L.v[i].file);
		if (x >= 0 && !b->articles[x]->lang[0] && strlen(L.v[i].lang) == 2) {
			memcpy(b->articles[x]->lang, L.v[i].lang, 3);
			gold_lang++;
		}
	}
	if (gold_lang) {
		cli_stories_free(&st);
		rc = cli_cluster(b, o->threads, &st);
	}

	/* Gold cluster of each labelled article; unlabelled ones are ignored. */
	size_t nlab = 0, ndup = 0;
	long *art = malloc((L.n ? L.n : 1) * sizeof(long));
	for (size_t i = 0; art && i < L.n; i++) {
		art[i] = L.v[i].topic[0] ? find_file(fi, b->n, L.v[i].file) : -1;
		nlab += art[i] >= 0;
	}
	for (size_t i = 0; i < b->n; i++)
		ndup += b->articles[i]->duplicate_of >= 0;
	printf("%s: %zu articles, %zu stories, %zu copies%s\n", dir, b->n, st.n, ndup,
	       gold_lang ? " (gold languages where none was identified)" : "");
	if (art && nlab) {
		/* B-cubed over labelled articles: per article, the share of its
		 * story that has its topic (precision) and of its topic that is
		 * in its story (recall). Quadratic in story size; fine for
		 * evaluation sets. */
		double P = 0, R = 0;
		size_t mixed = 0, multi_gold = 0, multi_det = 0, purity = 0;
		for (size_t i = 0; i < L.n; i++) {
			if (art[i] < 0)
				continue;
			size_t si = st.story_of[art[i]];
			size_t same_story = 0, inter = 0, same_topic = 0;
			for (size_t j = 0; j < L.n; j++) {
				if (art[j] < 0)
					continue;
				int ss = st.story_of[art[j]] == si;
				int tt = !strcmp(L.v[j].topic, L.v[i].topic);
				same_story += ss;
				same_topic += tt;
				inter += ss && tt;
			}
			P += (double)inter / (double)same_story;
			R += (double)inter / (double)same_topic;
		}
		P /= (double)nlab;
		R /= (double)nlab;
		/* Per story: topics mixed, majority topic (purity), languages. */
		long *lab_of = malloc((b->n ? b->n : 1) * sizeof(long));
		for (size_t i = 0; lab_of && i < b->n; i++)
			lab_of[i] = -1;
		for (size_t i = 0; lab_of && i < L.n; i++)
			if (art[i] >= 0)
				lab_of[art[i]] = (long)i;
		for (size_t k = 0; lab_of && k < st.n; k++) {
			const cli_story *s = &st.stories[k];
			size_t best = 0;
			int mix = 0, gl = 0, dl = 0;
			const char *t0 = NULL, *g0 = NULL, *d0 = NULL;
			for (size_t j = 0; j < s->n; j++) {
				long l = lab_of[s->members[j]];
				const char *dlang = b->articles[s->members[j]]->lang;
				if (dlang[0] && !d0)
					d0 = dlang;
				else if (dlang[0] && strcmp(d0, dlang))
					dl = 1;
				if (l < 0)
					continue;
				if (!t0)
					t0 = L.v[l].topic;
				else if (strcmp(t0, L.v[l].topic))
					mix = 1;
				if (L.v[l].lang[0] && !g0)
					g0 = L.v[l].lang;
				else if (L.v[l].lang[0] && strcmp(g0, L.v[l].lang))
					gl = 1;
				size_t c = 0;
				for (size_t m = 0; m < s->n; m++) {
					long l2 = lab_of[s->members[m]];
					c += l2 >= 0 && !strcmp(L.v[l2].topic, L.v[l].topic);
				}
				if (c > best)
					best = c;
			}
			purity += best;
			mixed += mix;
			multi_gold += gl;
			multi_det += dl;
		}
		free(lab_of);
		printf("  b-cubed over %zu articles: precision %.3f recall %.3f F1 %.3f\n", nlab, P, R,
		       P + R > 0 ? 2 * P * R / (P + R) : 0.0);
		printf("  purity %.4f; stories mixing topics %zu; stories with 2+ languages: %zu (gold "
		       "languages), %zu (detected)\n",
		       (double)purity / (double)nlab, mixed, multi_gold, multi_det);
	}
	if (art && nlab > 1 && random_pairs > 0) {
		/* Similarity of random pairs of articles from different stories:
		 * its upper quantiles are what a join threshold must exceed. */
		td_sketch *sk = malloc(b->n * sizeof(*sk));
		td_cluster *c = td_cluster_create(NULL);
		double *v = malloc((size_t)random_pairs * sizeof(double));
		size_t nv = 0;
		if (sk && c && v && td_sketch_many(b->articles, b->n, o->threads, sk) == 0) {
			for (size_t i = 0; i < b->n; i++)
				td_cluster_observe(c, &sk[i]);
			uint64_t x = 88172645463325252ull;
			for (int cross = 0; cross < 2; cross++) {
				nv = 0;
				for (long t = 0; t < random_pairs * 8 && nv < (size_t)random_pairs; t++) {
					x ^= x << 13, x ^= x >> 7, x ^= x << 17;
					size_t i = (size_t)(x % L.n);
					x ^= x << 13, x ^= x >> 7, x ^= x << 17;
					size_t j = (size_t)(x % L.n);
					if (art[i] < 0 || art[j] < 0 || !strcmp(L.v[i].topic, L.v[j].topic) ||
					    !strcmp(L.v[i].lang, L.v[j].lang) != !cross)
						continue;
					v[nv++] = td_cluster_similarity(c, &sk[art[i]], &sk[art[j]], cross);
				}
				qsort(v, nv, sizeof(double), by_double);
				if (nv <= 100)
					continue;
				double q99 = v[(size_t)(0.99 * (double)(nv - 1))];
				double q9999 = v[(size_t)(0.9999 * (double)(nv - 1))];
				/* Exponential tail through q99 and q9999; the threshold
				 * that 100,000 articles with 48 candidates each would
				 * pass by chance less than once. */
				double beta = (q9999 - q99) / log(100.0);
				double alpha = 1.0 / (1e5 * 48);
				printf("  random different-topic pairs, %s, %zu: median %.3f q99 %.3f q999 %.3f "
				       "q9999 %.3f max %.3f; tail scale %.4f, threshold for alpha %.1e: %.3f\n",
				       cross ? "different languages, shared space" : "same language", nv, v[nv / 2],
				       q99, v[(size_t)(0.999 * (double)(nv - 1))], q9999, v[nv - 1], beta, alpha,
				       q99 + beta * log(0.01 / alpha));
			}
			/* Agreement of names and facts across languages: it is 0
			 * for almost every pair, so every pair of different
			 * languages and topics is scored, and the tail beyond the
			 * 90th percentile of the nonzero ones is taken as
			 * exponential (peaks over threshold): the threshold is
			 * where its fitted rate falls to alpha. */
			td_cluster_vector *vec = malloc(b->n * sizeof(*vec));
			double *g = NULL;
			size_t ng = 0, capg = 0, npairs = 0;
			for (size_t i = 0; vec && i < b->n; i++)
				td_cluster_vectorize(c, &sk[i], &vec[i]);
			for (size_t i = 0; vec && i < L.n; i++)
				for (size_t j = i + 1; art[i] >= 0 && j < L.n; j++) {
					if (art[j] < 0 || !strcmp(L.v[i].topic, L.v[j].topic) ||
					    !strcmp(L.v[i].lang, L.v[j].lang))
						continue;
					npairs++;
					double y = td_cluster_vector_similarity(&vec[art[i]], &vec[art[j]], 2);
					if (y <= 0)
						continue;
					if (ng == capg) {
						size_t nc = capg ? capg * 2 : 1024;
						double *ngv = realloc(g, nc * sizeof(*g));
						if (!ngv)
							break;
						g = ngv;
						capg = nc;
					}
					g[ng++] = y;
				}
			if (ng >= 20) {
				qsort(g, ng, sizeof(double), by_double);
				size_t ku = (size_t)(0.9 * (double)(ng - 1));
				double u = g[ku], ex = 0;
				for (size_t k = ku + 1; k < ng; k++)
					ex += g[k] - u;
				double beta = ex / (double)(ng - 1 - ku);
				double pu = (double)(ng - 1 - ku) / (double)npairs;
				double alpha = 1.0 / (1e5 * 48);
				printf("  names and facts agreement, different languages and topics, all %zu pairs: "
				       "%zu nonzero, max %.3f; over %.3f: %zu, mean excess %.4f; threshold for alpha "
				       "%.1e: %.3f\n",
				       npairs, ng, g[ng - 1], u, ng - 1 - ku, beta, alpha, u + beta * log(pu / alpha));
			}
			free(g);
			free(vec);
			{
				double yc, ya;
				td__year_ratios(c, &yc, &ya);
				printf("  years, ratios the engine derives from this folder's years: conflict %.2f, "
				       "agreement %.2f\n",
				       yc, ya);
				printf("  days, ratio the engine derives from this folder's days: agreement %.2f\n",
				       td__day_agree(c));
			}
			/* Likelihood ratios of the year and person evidence: how
			 * often it conflicts between pairs of one story (members
			 * of one story whose own similarity alone gives p >=
			 * 0.99) and between random pairs of different topics.
			 * The stories are made without any such evidence: stories
			 * that the evidence itself shaped hold fewer conflicting
			 * pairs (years: 7.7% of sure pairs of bsnlp-dev against
			 * 11.2% without it). */
			td_cluster_opts co;
			td_cluster_opts_default(&co);
			double sure = co.midpoint + log(99.0) / co.slope;
			td_cluster_opts plain = co;
			plain.year_same_conflict = plain.day_same_conflict = 0;
			plain.person_conflict = plain.person_agree = plain.quantity_conflict = 0;
			cli_stories st0;
			if (cli_cluster_ex(b, o->threads, &plain, &st0) < 0) {
				cli_stories_free(&st0);
				st0 = (cli_stories){0};
			}
			for (int kind = 0; kind < 4; kind++) {
				size_t n[2][2] = {{0, 0}, {0, 0}}; /* [same][conflict] */
				for (size_t k = 0; k < st0.n; k++) {
					const cli_story *sy = &st0.stories[k];
					for (size_t u = 0; u < sy->n && u < 64; u++)
						for (size_t y = 0; y < sy->n && y < 64; y++) {
							const td_sketch *a = &sk[sy->members[u]], *bb = &sk[sy->members[y]];
							int e;
							if (u == y || strcmp(a->lang, bb->lang) ||
							    !(e = pair_evidence(a, bb, kind, co.slack_days)) ||
							    td_cluster_similarity(c, a, bb, 0) < sure)
								continue;
							n[1][e > 0]++;
						}
				}
				for (long t = 0; t < random_pairs; t++) {
					x ^= x << 13, x ^= x >> 7, x ^= x << 17;
					size_t i = (size_t)(x % L.n);
					x ^= x << 13, x ^= x >> 7, x ^= x << 17;
					size_t j = (size_t)(x % L.n);
					int e;
					if (art[i] < 0 || art[j] < 0 || !strcmp(L.v[i].topic, L.v[j].topic) ||
					    !(e = pair_evidence(&sk[art[i]], &sk[art[j]], kind, co.slack_days)))
						continue;
					n[0][e > 0]++;
				}
				/* The same among labelled pairs of one topic whose
				 * similarity lies within 0.15 of the midpoint: the pairs
				 * the evidence decides. Sure pairs are close to copies
				 * and agree more often than these (years on
				 * ecbplus-dev: 0.078 against 0.148). */
				size_t gz[2] = {0, 0}; /* [conflict] */
				for (size_t i = 0; i < L.n; i++)
					for (size_t j = 0; art[i] >= 0 && j < L.n; j++) {
						int e;
						if (i == j || art[j] < 0 || strcmp(L.v[i].topic, L.v[j].topic) ||
						    strcmp(sk[art[i]].lang, sk[art[j]].lang) ||
						    !(e = pair_evidence(&sk[art[i]], &sk[art[j]], kind, co.slack_days)) ||
						    fabs(td_cluster_similarity(c, &sk[art[i]], &sk[art[j]], 0) - co.midpoint) >=
							0.15)
							continue;
						gz[e > 0]++;
					}
				double rs = (n[1][1] + 0.5) / (n[1][0] + n[1][1] + 1.0);
				double rd = (n[0][1] + 0.5) / (n[0][0] + n[0][1] + 1.0);
				printf("  %s: conflict in %zu of %zu sure same-story pairs (%.3f), %zu of %zu labelled "
				       "same-topic pairs near the midpoint (%.3f), %zu of %zu random "
				       "pairs (%.3f); log likelihood ratio: conflict %.2f, agreement %.2f\n",
				       kind == 3 ? "days" : kind == 2 ? "quantities" : kind ? "persons" : "years", n[1][1],
				       n[1][0] + n[1][1], rs, gz[1], gz[0] + gz[1], (gz[1] + 0.5) / (gz[0] + gz[1] + 1.0),
				       n[0][1], n[0][0] + n[0][1], rd, log(rs / rd), log((1 - rs) / (1 - rd)));
			}
			cli_stories_free(&st0);
		}
		free(v);
		free(sk);
		td_cluster_destroy(c);
	}
	free(art);

	snprintf(path, sizeof(path), "%s/pairs.tsv", dir);
	FILE *f = fopen(path, "r");
	if (f) {
		char line[8192], *v[8];
		pairstat p = {0, 0, 0, 0};
		td_sketch *sk = NULL;
		td_cluster *c = NULL;
		if (verbose) {
			sk = malloc((b->n ? b->n : 1) * sizeof(*sk));
			c = td_cluster_create(NULL);
			if (sk && c && td_sketch_many(b->articles, b->n, o->threads, sk) == 0)
				for (size_t i = 0; i < b->n; i++)
					td_cluster_observe(c, &sk[i]);
		}
		int first = 1;
		while (fgets(line, sizeof(line), f)) {
			if (first) {
				first = 0;
				continue;
			}
			if (split_tabs(line, v, 8) < 3)
				continue;
			long x = find_file(fi, b->n, v[0]), y = find_file(fi, b->n, v[1]);
			int ok = !strcmp(v[2], "OK");
			int same = x >= 0 && y >= 0 && st.story_of[x] == st.story_of[y];
			p.tp += ok && same;
			p.fn += ok && !same;
			p.fp += !ok && same;
			p.tn += !ok && !same;
			if (verbose && sk && c && x >= 0 && y >= 0)
				printf("  pair %s %s gold %s same %d cosine %.3f shared %.3f agreement %.3f\n", v[0],
				       v[1], v[2], same, td_cluster_similarity(c, &sk[x], &sk[y], 0),
				       td_cluster_similarity(c, &sk[x], &sk[y], 1),
				       td_cluster_similarity(c, &sk[x], &sk[y], 2));
		}
		fclose(f);
		free(sk);
		td_cluster_destroy(c);
		double P = p.tp + p.fp ? (double)p.tp / (double)(p.tp + p.fp) : 0;
		double R = p.tp + p.fn ? (double)p.tp / (double)(p.tp + p.fn) : 0;
		printf("  pairs: tp %ld fp %ld fn %ld tn %ld precision %.3f recall %.3f F1 %.3f\n", p.tp,
		       p.fp, p.fn, p.tn, P, R, P + R > 0 ? 2 * P * R / (P + R) : 0.0);
		ps->tp += p.tp;
		ps->fp += p.fp;
		ps->fn += p.fn;
		ps->tn += p.tn;
	}
	free(fi);
	cli_stories_free(&st);
	td_batch_free(b);
	labels_free(&L);
	return 0;
}

static int is_file(const char *dir, const char *name)
{
	char p[8192];
	struct stat s;
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	return stat(p, &s) == 0 && S_ISREG(s.st_mode);
}

static int by_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

int cmd_eval_threads(const cli_opts *o)
{
	int verbose = 0;
	long random_pairs = 0;
	int gold = 0;
	for (int i = 0; i < o->argc; i++)
		if (!strcmp(o->argv[i], "--verbose"))
			verbose = 1;
		else if (!strcmp(o->argv[i], "--gold-lang"))
			gold = 1;
		else if (!strcmp(o->argv[i], "--random") && i + 1 < o->argc)
			random_pairs = atol(o->argv[++i]);
	pairstat ps = {0, 0, 0, 0};
	if (is_file(o->input, "labels.tsv"))
		return eval_dir(o, o->input, &ps, verbose, random_pairs, gold);
	/* A folder of labelled sets: score each, then the pairs pooled. */
	DIR *d = opendir(o->input);
	if (!d) {
		fprintf(stderr, "tidings: %s: %s\n", o->input, td_strerror(TD_ERR_IO));
		return 1;
	}
	char *names[256];
	int n = 0, rc = 0, sets = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256) {
		char sub[4096];
		snprintf(sub, sizeof(sub), "%s/%s", o->input, e->d_name);
		if (e->d_name[0] != '.' && is_file(sub, "labels.tsv"))
			names[n++] = strdup(sub);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof(*names), by_str);
	for (int i = 0; i < n; i++) {
		if (names[i]) {
			rc |= eval_dir(o, names[i], &ps, verbose, random_pairs, gold);
			sets++;
		}
		free(names[i]);
	}
	if (!sets) {
		fprintf(stderr, "tidings: %s: no labels.tsv here or in its folders\n", o->input);
		return 1;
	}
	if (ps.tp + ps.fp + ps.fn + ps.tn) {
		double P = ps.tp + ps.fp ? (double)ps.tp / (double)(ps.tp + ps.fp) : 0;
		double R = ps.tp + ps.fn ? (double)ps.tp / (double)(ps.tp + ps.fn) : 0;
		printf("all pairs: tp %ld fp %ld fn %ld tn %ld precision %.3f recall %.3f F1 %.3f\n", ps.tp,
		       ps.fp, ps.fn, ps.tn, P, R, P + R > 0 ? 2 * P * R / (P + R) : 0.0);
	}
	return rc;
}
