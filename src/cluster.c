/* cluster.c - incremental story clustering: IDF-weighted article vectors,
 * story centroids, an inverted index from features to recent stories,
 * calibrated join probability with a time factor, the evidence of years
 * (and optionally persons, quantities), the agreement of names and facts
 * across languages, MinHash copies.
 * Memory: per article stored_features (48 by default: 384 B) + 64 B MinHash
 * + a record with up to 8 quantities, its main year and main person;
 * per story its centroid (<= 128 features), member list, quantities and
 * 4 years and 4 persons with counts; postings are capped per feature. */
#include "tidings/cluster.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "tidings/error.h"
#include "sketch_int.h"

#define KVEC TD_CLUSTER_KVEC
#define KSTORE 48    /* default of those kept per article (for removal and the
		      * central member); the rest only shaped its story */
#define MCENT 128    /* features kept per centroid */
#define QFEAT (TD_CLUSTER_QUERY / 2) /* query features per space */
#define SCAN 64     /* newest postings read per feature */
#define NCAND 24     /* candidate stories scored in full */
#define CTAB 2048    /* candidate accumulator slots */
#define QSTORY 64    /* quantities kept per story */
#define NSLOT 4      /* members' years and main persons counted per story */
/* Inverse document frequency assumes this many earlier documents without
 * the feature, so a small input does not treat its shared words as
 * common ones. Negligible once thousands of articles are in. */
#define PRIOR_DOCS 100.0
/* Removed articles' records are dropped once at least this many and more
 * than the live ones (td_cluster_remove). */
#define COMPACT_MIN 1024
/* Years: two reports of one event conflict on the year in 14.8% of the
 * labelled same-event pairs of ecbplus-dev whose similarity lies within
 * 0.15 of the midpoint (345 of 2,326), the pairs the evidence decides
 * (`tidings eval threads DIR --random N`, stories made without this
 * evidence). Sure same-story pairs (p >= 0.99 on similarity alone) are
 * close to copies and conflict less (5.2% on bsnlp-dev, 7.8% on
 * ecbplus-dev): taken as the rate, they made the conflict too strong.
 * The chance that two unrelated articles agree is the engine's own
 * statistic (the sum of squared shares of articles' main years), taken
 * as YEAR_PRIOR_AGREE (random pairs of bsnlp-dev: 8.9%) for the first
 * PRIOR_DOCS articles. */
#define YEAR_SAME_CONFLICT 0.148
#define YEAR_PRIOR_AGREE 0.089
/* Days: two reports of one event (both dated) lie more than the slack
 * apart in 1.4% of sure same-story pairs of bsnlp-dev (32 of 2,284,
 * measured likewise).
 * The chance that two unrelated candidates agree is the engine's own
 * statistic (td__day_agree). */
#define DAY_SAME_CONFLICT 0.014
#define YEAR_MIN 1900
#define NYEARS 200

typedef struct {
	uint64_t id;
	uint32_t story; /* index */
	uint32_t off;   /* into the feature pool */
	uint32_t dup_of; /* article index + 1; 0 when not a copy */
	td_day day;
	char lang[4];
	uint16_t nf;
	uint8_t dead, shingled;
	uint16_t mh[TD_SKETCH_MINHASH];
	uint8_t nq;
	uint16_t year;  /* its main year (td_sketch.year), 0 none */
	uint32_t who;   /* the person it names most (td_sketch.who[0]), 0 none */
	uint32_t q[TD_SKETCH_MAXQUANT]; /* quantities (see td_sketch.quant) */
} art;

typedef struct {
	td_feature *cen; /* sorted by h */
	uint32_t ncen, capcen;
	uint32_t *mem;
	uint32_t nmem, capmem;
	uint32_t nuniq;
	td_day first, last;
	double norm;     /* over the features of one language (not XSTEM) */
	double xnorm;    /* over the features every language shares (not STEM) */
	double nnorm;    /* over names (NAME, ENTITY) */
	double fnorm;    /* over facts (NUMBER, DATE) */
	char lang[4];    /* language of the first member */
	int dead;
	uint32_t *q;     /* its members' quantities, unique, at most QSTORY */
	uint32_t nq, capq;
	uint32_t year[NSLOT]; /* its members' years (art.year), most members first */
	uint16_t nyear[NSLOT];
	uint32_t who[NSLOT];  /* its members' main persons (art.who), likewise */
	uint16_t nwho[NSLOT];
} story;

typedef struct {
	uint32_t *v;
	uint32_t n, cap;
} plist;

/* Open-addressing map from a 32-bit feature hash to a 32-bit value. */
typedef struct {
	uint32_t *k, *v;
	size_t cap, n;
} map32;

/* Open-addressing map from an article id to its index + 1. */
typedef struct {
	uint64_t *k;
	uint32_t *v;
	size_t cap, n;
} map64;

struct td_cluster {
	td_cluster_opts o;
	map32 df;
	uint64_t ndocs;
	map32 bands; /* MinHash band hashes of the observed articles (a set) */
	map32 post; /* feature -> index into plists + 1 */
	plist *pl;
	size_t npl, cappl;
	art *a;
	size_t na, capa, nlive;
	td_feature *pool;
	size_t npool, cappool;
	story *s;
	size_t ns, caps, nslive;
	map64 ids;
	td_day maxday;
	/* Articles counted per main year (YEAR_MIN + i), their total and the
	 * sum of the squared counts. */
	uint32_t ycount[NYEARS];
	double yn, ys2;
	/* Articles counted per day (td__sketch_day), and the numbers of
	 * ordered pairs of them (each with itself included) within the slack
	 * and within the horizon of each other. */
	map32 dcount;
	double ds2, dh2;
	/* Scratch for candidate accumulation. */
	uint32_t ck[CTAB];
	float cv[CTAB];
	uint32_t cused[CTAB];
	size_t ncused;
};

void td_cluster_opts_default(td_cluster_opts *o)
{
	o->join = 0.5;
	o->midpoint = 0.28;
	o->cross_midpoint = 0.25;
	o->agree_midpoint = 0.27;
	o->slope = 20.0;
	o->duplicate = 0.75;
	o->slack_days = 1;
	o->tau_days = 3.0;
	o->horizon_days = 14;
	o->count_on_add = 1;
	o->quantity_conflict = 0.0;
	o->year_same_conflict = YEAR_SAME_CONFLICT;
	o->day_same_conflict = DAY_SAME_CONFLICT;
	o->person_conflict = 0.0;
	o->person_agree = 0;
	o->stored_features = KSTORE;
}

/* ---- maps ---------------------------------------------------------- */

static uint32_t mix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x7feb352dU;
	h ^= h >> 15;
	return h;
}

static int map32_grow(map32 *m)
{
	size_t nc = m->cap ? m->cap * 2 : 1024;
	uint32_t *nk = calloc(nc, sizeof(*nk)), *nv = calloc(nc, sizeof(*nv));
	if (!nk || !nv) {
		free(nk);
		free(nv);
		return TD_ERR_NOMEM;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->k[i])
			continue;
		size_t j = mix32(m->k[i]) & (nc - 1);
		while (nk[j])
			j = (j + 1) & (nc - 1);
		nk[j] = m->k[i];
		nv[j] = m->v[i];
	}
	free(m->k);
	free(m->v);
	m->k = nk;
	m->v = nv;
	m->cap = nc;
	return 0;
}

static uint32_t *map32_put(map32 *m, uint32_t k);

/* map32_slot when the map must grow first. */
static uint32_t *map32_slot_grow(map32 *m, uint32_t k)
{
	return map32_grow(m) < 0 ? NULL : map32_put(m, k);
}

/* Returns the value slot of key k, inserting it (value 0) when absent;
 * NULL when out of memory. The growth apart, so that the common path
 * saves no registers. */
static inline uint32_t *map32_slot(map32 *m, uint32_t k)
{
	if ((m->n + 1) * 2 > m->cap)
		return map32_slot_grow(m, k);
	return map32_put(m, k);
}

/* map32_slot in a map with room for k. */
static inline uint32_t *map32_put(map32 *m, uint32_t k)
{
	size_t j = mix32(k) & (m->cap - 1);
	while (m->k[j] && m->k[j] != k)
		j = (j + 1) & (m->cap - 1);
	if (!m->k[j]) {
		m->k[j] = k;
		m->v[j] = 0;
		m->n++;
	}
	return &m->v[j];
}

static inline uint32_t map32_get(const map32 *m, uint32_t k)
{
	if (!m->cap)
		return 0;
	size_t j = mix32(k) & (m->cap - 1);
	while (m->k[j]) {
		if (m->k[j] == k)
			return m->v[j];
		j = (j + 1) & (m->cap - 1);
	}
	return 0;
}

static size_t mix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return (size_t)h;
}

static int map64_grow(map64 *m)
{
	size_t nc = m->cap ? m->cap * 2 : 1024;
	uint64_t *nk = calloc(nc, sizeof(*nk));
	uint32_t *nv = calloc(nc, sizeof(*nv));
	if (!nk || !nv) {
		free(nk);
		free(nv);
		return TD_ERR_NOMEM;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->v[i])
			continue;
		size_t j = mix64(m->k[i]) & (nc - 1);
		while (nv[j])
			j = (j + 1) & (nc - 1);
		nk[j] = m->k[i];
		nv[j] = m->v[i];
	}
	free(m->k);
	free(m->v);
	m->k = nk;
	m->v = nv;
	m->cap = nc;
	return 0;
}

static uint32_t *map64_slot(map64 *m, uint64_t k)
{
	if ((m->n + 1) * 2 > m->cap && map64_grow(m) < 0)
		return NULL;
	size_t j = mix64(k) & (m->cap - 1);
	while (m->v[j] && m->k[j] != k)
		j = (j + 1) & (m->cap - 1);
	if (!m->v[j]) {
		m->k[j] = k;
		m->n++;
	}
	return &m->v[j];
}

static uint32_t map64_get(const map64 *m, uint64_t k)
{
	if (!m->cap)
		return 0;
	size_t j = mix64(k) & (m->cap - 1);
	while (m->v[j]) {
		if (m->k[j] == k)
			return m->v[j];
		j = (j + 1) & (m->cap - 1);
	}
	return 0;
}

/* ---- engine -------------------------------------------------------- */

td_cluster *td_cluster_create(const td_cluster_opts *opts)
{
	td_cluster *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	if (opts)
		c->o = *opts;
	else
		td_cluster_opts_default(&c->o);
	if (c->o.stored_features < 1 || c->o.stored_features > KVEC)
		c->o.stored_features = c->o.stored_features < 1 ? KSTORE : KVEC;
	c->maxday = TD_NODATE;
	return c;
}

void td_cluster_destroy(td_cluster *c)
{
	if (!c)
		return;
	free(c->df.k);
	free(c->df.v);
	free(c->bands.k);
	free(c->bands.v);
	free(c->dcount.k);
	free(c->dcount.v);
	free(c->post.k);
	free(c->post.v);
	for (size_t i = 0; i < c->npl; i++)
		free(c->pl[i].v);
	free(c->pl);
	for (size_t i = 0; i < c->ns; i++) {
		free(c->s[i].cen);
		free(c->s[i].mem);
		free(c->s[i].q);
	}
	free(c->s);
	free(c->a);
	free(c->pool);
	free(c->ids.k);
	free(c->ids.v);
	free(c);
}

/* Whether sketch s is a near-copy of an article observed before: three
 * quarters of its MinHash bands (4 bins each) or more were seen; its bands
 * are recorded. -1 when out of memory. A short text leaves bins empty
 * (40 shingles in 32 bins leave about 10), so the bins are densified first
 * by rotation (Shrivastava and Li, "Densifying one permutation hashing via
 * rotation", 2014): an empty bin takes the value of the next non-empty one
 * to its right, mixed with its distance, which keeps the chance that two
 * texts agree in a bin their resemblance. Without it, a brief reposted a
 * thousand times was counted a thousand times, its words lost their
 * weight beside each copy's own line, and every copy made a story. */
static int observed_copy(td_cluster *c, const td_sketch *s)
{
	enum { BAND = 4, NBANDS = TD_SKETCH_MINHASH / BAND, K = TD_SKETCH_MINHASH };
	if (s->nshingles < 8)
		return 0;
	uint32_t bh[NBANDS], dense[K];
	for (int i = 0; i < K; i++) {
		int d = 0;
		while (d < K && s->minhash[(i + d) % K] == UINT32_MAX)
			d++;
		if (d == K) /* no bin filled */
			return 0;
		uint64_t v = ((uint64_t)s->minhash[(i + d) % K] << 8) | (uint64_t)d;
		dense[i] = d ? (uint32_t)XXH3_64bits(&v, sizeof(v)) : s->minhash[i];
	}
	int seen = 0;
	for (int b = 0; b < NBANDS; b++) {
		bh[b] = (uint32_t)XXH3_64bits_withSeed(&dense[b * BAND], BAND * sizeof(*dense), (uint64_t)b) | 1;
		seen += map32_get(&c->bands, bh[b]) != 0;
	}
	for (int b = 0; b < NBANDS; b++) {
		uint32_t *v = map32_slot(&c->bands, bh[b]);
		if (!v)
			return -1;
		*v = 1;
	}
	return seen * 4 >= NBANDS * 3;
}

int td_cluster_observe(td_cluster *c, const td_sketch *s)
{
	/* Copies count once, in the document frequencies too: a story
	 * copied by a thousand outlets keeps the weight of its words. */
	int copy = observed_copy(c, s);
	if (copy < 0)
		return TD_ERR_NOMEM;
	if (copy)
		return 0;
	for (uint32_t i = 0; i < s->nfeat; i++) {
		uint32_t *v = map32_slot(&c->df, s->feat[i].h);
		if (!v)
			return TD_ERR_NOMEM;
		(*v)++;
	}
	c->ndocs++;
	unsigned y = s->year;
	if (y >= YEAR_MIN && y < YEAR_MIN + NYEARS) {
		double k = c->ycount[y - YEAR_MIN]++;
		c->ys2 += 2 * k + 1;
		c->yn++;
	}
	td_day d = td__sketch_day(s);
	if (d != TD_NODATE) {
		/* A day as a key: never 0 (TD_NODATE is never counted). */
		uint32_t key = (uint32_t)d ^ 0x80000000u;
		uint32_t *v = map32_slot(&c->dcount, key);
		if (!v)
			return TD_ERR_NOMEM;
		double near = 0, within = 0;
		for (int g = -c->o.horizon_days; g <= c->o.horizon_days; g++) {
			double k = g ? map32_get(&c->dcount, key + (uint32_t)g) : *v;
			within += k;
			if (g >= -c->o.slack_days && g <= c->o.slack_days)
				near += k;
		}
		(*v)++;
		c->ds2 += 2 * near + 1;
		c->dh2 += 2 * within + 1;
	}
	return 0;
}

td_day td__sketch_day(const td_sketch *s)
{
	return s->day != TD_NODATE ? s->day : s->mentioned;
}

double td__day_agree(const td_cluster *c)
{
	double r = c->o.day_same_conflict;
	if (r <= 0 || r >= 1)
		return 0;
	/* Chance agreement: among pairs of counted articles within the
	 * horizon of each other (a candidate story is), the share within the
	 * slack. */
	double q = c->dh2 > 0 ? c->ds2 / c->dh2 : 1;
	if (q <= 0 || q >= 1)
		return 0;
	double a = log((1 - r) / q);
	return a > 0 ? a : 0;
}

void td__year_ratios(const td_cluster *c, double *conflict, double *agree)
{
	double r = c->o.year_same_conflict;
	*conflict = *agree = 0;
	if (r <= 0 || r >= 1)
		return;
	/* Chance agreement: the share of pairs of articles with one main
	 * year, the prior standing in for PRIOR_DOCS articles. */
	double n = c->yn + PRIOR_DOCS;
	double q = (c->ys2 + YEAR_PRIOR_AGREE * PRIOR_DOCS * PRIOR_DOCS) / (n * n);
	if (q <= 0 || q >= 1)
		return;
	*conflict = log(r / (1 - q));
	*agree = log((1 - r) / q);
	if (*conflict > 0)
		*conflict = 0;
	if (*agree < 0)
		*agree = 0;
}

/* idf of the small document frequencies, per thread, each for the ndocs
 * it was computed with (the value depends on nothing else): most
 * features are rare, and their logarithms repeat. */
#define IDF_CACHE 256
static _Thread_local struct {
	uint64_t ndocs[IDF_CACHE]; /* + 1; 0: empty */
	double v[IDF_CACHE];
} idf_cache;

static double idf(const td_cluster *c, uint32_t h)
{
	uint32_t d = map32_get(&c->df, h);
	if (d < IDF_CACHE && idf_cache.ndocs[d] == c->ndocs + 1)
		return idf_cache.v[d];
	double v = log(((double)c->ndocs + PRIOR_DOCS) / ((double)d + 0.5));
	if (d < IDF_CACHE) {
		idf_cache.v[d] = v;
		idf_cache.ndocs[d] = c->ndocs + 1;
	}
	return v;
}

/* The order td__feat_select ranks by (heavier first, then the smaller
 * hash): total over distinct hashes, so the k heaviest are one set. */
static int heavier(const td_feature *a, const td_feature *b)
{
	return a->w > b->w || (a->w == b->w && a->h < b->h);
}

/* Builds the unit-length IDF vector of s: at most KVEC features, sorted
 * by hash, into v; the QFEAT heaviest hashes of each space into top (at
 * most 2 * QFEAT, also the features its story is posted under). Returns
 * the count. */
static size_t article_vector(const td_cluster *c, const td_sketch *s, td_feature *v, uint32_t *top,
			     size_t *ntop)
{
	td_feature tmp[TD_SKETCH_MAXFEAT], byh[TD_SKETCH_MAXFEAT];
	size_t n = 0, nbyh;
	int sorted = 1;
	for (uint32_t i = 0; i < s->nfeat; i++) {
		double w = s->feat[i].w * idf(c, s->feat[i].h);
		if (w > 1e-9) {
			sorted &= n == 0 || tmp[n - 1].h < s->feat[i].h;
			tmp[n++] = (td_feature){s->feat[i].h, (float)w};
		}
	}
	/* A sketch's features are sorted by hash: the vector is then made in
	 * that order, from a copy, instead of sorted again. */
	nbyh = n;
	if (sorted)
		memcpy(byh, tmp, n * sizeof(*tmp));
	if (n > KVEC) {
		td__feat_select(tmp, n, KVEC);
		n = KVEC;
	}
	/* Query features: the heaviest of each space, so that an article
	 * finds stories in its own language and in others. */
	*ntop = 0;
	for (int space = 0; space < 2; space++) {
		td_feature sel[KVEC];
		size_t ns = 0;
		for (size_t i = 0; i < n; i++)
			if (TD_FEAT_KIND(tmp[i].h) != (space ? TD_FEAT_STEM : TD_FEAT_XSTEM))
				sel[ns++] = tmp[i];
		size_t k = ns < QFEAT ? ns : QFEAT;
		td__feat_select(sel, ns, k);
		for (size_t i = 0; i < k; i++) {
			size_t j = 0;
			while (j < *ntop && top[j] != sel[i].h)
				j++;
			if (j == *ntop)
				top[(*ntop)++] = sel[i].h;
		}
	}
	double norm = 0;
	for (size_t i = 0; i < n; i++)
		norm += (double)tmp[i].w * tmp[i].w;
	norm = sqrt(norm);
	if (!sorted) {
		for (size_t i = 0; i < n; i++)
			v[i] = (td_feature){tmp[i].h, (float)(tmp[i].w / norm)};
		td__feat_sort_hash(v, n);
		return n;
	}
	/* The kept ones in hash order: all, or those not lighter than the
	 * lightest kept (the hashes are distinct, so exactly n). */
	td_feature p = tmp[0];
	for (size_t i = 1; nbyh > n && i < n; i++)
		if (heavier(&p, &tmp[i]))
			p = tmp[i];
	size_t o = 0;
	for (size_t i = 0; i < nbyh; i++)
		if (nbyh == n || !heavier(&p, &byh[i]))
			v[o++] = (td_feature){byh[i].h, (float)(byh[i].w / norm)};
	return o;
}

/* Feature spaces: one language's (stems, names, numbers, dates) and the
 * one all languages share (ASCII stems, names, entity keys, numbers,
 * dates). Entity keys stay out of the first: there the words of a name
 * already meet, and common keys (countries) only add chance overlap. */
enum { SPACE_MONO, SPACE_CROSS, SPACE_NAMES, SPACE_FACTS };

static int in_space(uint32_t h, int space)
{
	td_feature_kind k = TD_FEAT_KIND(h);
	switch (space) {
	case SPACE_MONO:
		return k != TD_FEAT_XSTEM && k != TD_FEAT_ENTITY;
	case SPACE_CROSS:
		return k != TD_FEAT_STEM;
	case SPACE_NAMES:
		return k == TD_FEAT_NAME || k == TD_FEAT_ENTITY;
	default:
		return k == TD_FEAT_NUMBER || k == TD_FEAT_DATE;
	}
}

static double norm_in(const td_feature *a, size_t n, int space)
{
	double d = 0;
	for (size_t i = 0; i < n; i++)
		if (in_space(a[i].h, space))
			d += (double)a[i].w * a[i].w;
	return sqrt(d);
}

/* norm_in of the four spaces in one pass (each sum in the same order). */
static void norm4(const td_feature *a, size_t n, double out[4])
{
	double d[4] = {0, 0, 0, 0};
	for (size_t i = 0; i < n; i++) {
		double p = (double)a[i].w * a[i].w;
		uint32_t h = a[i].h;
		if (in_space(h, SPACE_MONO))
			d[SPACE_MONO] += p;
		if (in_space(h, SPACE_CROSS))
			d[SPACE_CROSS] += p;
		if (in_space(h, SPACE_NAMES))
			d[SPACE_NAMES] += p;
		if (in_space(h, SPACE_FACTS))
			d[SPACE_FACTS] += p;
	}
	for (int k = 0; k < 4; k++)
		out[k] = sqrt(d[k]);
}

static double dot_in(const td_feature *a, size_t na, const td_feature *b, size_t nb, int space)
{
	double d = 0;
	size_t i = 0, j = 0;
	while (i < na && j < nb) {
		if (a[i].h == b[j].h) {
			if (in_space(a[i].h, space))
				d += (double)a[i].w * b[j].w;
			i++;
			j++;
		} else if (a[i].h < b[j].h)
			i++;
		else
			j++;
	}
	return d;
}

/* The dot products of the four spaces in one pass: d[SPACE_*]. */
static void dot4(const td_feature *a, size_t na, const td_feature *b, size_t nb, double d[4])
{
	double dm = 0, dx = 0, dn = 0, df = 0;
	size_t i = 0, j = 0;
	while (i < na && j < nb) {
		uint32_t x = a[i].h, y = b[j].h;
		if (x == y) {
			double p = (double)a[i].w * b[j].w;
			td_feature_kind k = TD_FEAT_KIND(x);
			dm += in_space(x, SPACE_MONO) ? p : 0.0;
			dx += k != TD_FEAT_STEM ? p : 0.0;
			dn += k == TD_FEAT_NAME || k == TD_FEAT_ENTITY ? p : 0.0;
			df += k == TD_FEAT_NUMBER || k == TD_FEAT_DATE ? p : 0.0;
			i++;
			j++;
		} else {
			i += x < y;
			j += y < x;
		}
	}
	d[SPACE_MONO] = dm;
	d[SPACE_CROSS] = dx;
	d[SPACE_NAMES] = dn;
	d[SPACE_FACTS] = df;
}

/* The article's side of dot4 as a sparse hash table, probed once per
 * centroid feature: a candidate costs one pass over its centroid instead
 * of a merge whose every step waits on the last. Matches are met in the
 * centroid's ascending hash order, the merge's order, so the sums are
 * the same to the bit. Unusable (ok 0) when the vector is not strictly
 * sorted by hash. */
#define ATAB_BITS 11
#define ATAB (1u << ATAB_BITS)
typedef struct {
	uint16_t slot[ATAB]; /* index into v + 1; 0 empty */
	const td_feature *v;
	int ok;
} atab;

/* A feature hash's top bits: it is a hash already. */
static size_t atab_hash(uint32_t h)
{
	return (size_t)(h >> (32 - ATAB_BITS));
}

static void atab_build(atab *t, const td_feature *v, size_t n)
{
	memset(t->slot, 0, sizeof(t->slot));
	t->v = v;
	t->ok = n < ATAB / 4;
	for (size_t i = 0; t->ok && i < n; i++) {
		if (i && v[i - 1].h >= v[i].h) {
			t->ok = 0;
			return;
		}
		size_t j = atab_hash(v[i].h);
		while (t->slot[j])
			j = (j + 1) & (ATAB - 1);
		t->slot[j] = (uint16_t)(i + 1);
	}
}

/* Weight of feature h in the table's vector, 0 when absent. */
static float atab_weight(const atab *t, uint32_t h)
{
	for (size_t s = atab_hash(h); t->slot[s]; s = (s + 1) & (ATAB - 1))
		if (t->v[t->slot[s] - 1].h == h)
			return t->v[t->slot[s] - 1].w;
	return 0;
}

/* Adds to d the products of feature y (weight w) when the table's
 * vector has it, probing from slot x at s. */
static inline void tab_match(const atab *t, uint32_t y, float w, size_t s, uint16_t x, double d[4])
{
	while (x) {
		const td_feature *a = &t->v[x - 1];
		if (a->h == y) {
			double p = (double)a->w * w;
			td_feature_kind k = TD_FEAT_KIND(y);
			d[SPACE_MONO] += in_space(y, SPACE_MONO) ? p : 0.0;
			d[SPACE_CROSS] += k != TD_FEAT_STEM ? p : 0.0;
			d[SPACE_NAMES] += k == TD_FEAT_NAME || k == TD_FEAT_ENTITY ? p : 0.0;
			d[SPACE_FACTS] += k == TD_FEAT_NUMBER || k == TD_FEAT_DATE ? p : 0.0;
			return;
		}
		s = (s + 1) & (ATAB - 1);
		x = t->slot[s];
	}
}

/* dot4 of the table's vector and b (b sorted by hash, no repeats). Most
 * of b's features are not in the table (an empty first slot): two are
 * looked up at once, and only a pair with a slot taken goes further. */
static void dot4_tab(const atab *t, const td_feature *b, size_t nb, double d[4])
{
	double acc[4] = {0, 0, 0, 0};
	size_t j = 0;
	for (; j + 1 < nb; j += 2) {
		size_t s0 = atab_hash(b[j].h), s1 = atab_hash(b[j + 1].h);
		uint16_t x0 = t->slot[s0], x1 = t->slot[s1];
		if (!(x0 | x1))
			continue;
		tab_match(t, b[j].h, b[j].w, s0, x0, acc);
		tab_match(t, b[j + 1].h, b[j + 1].w, s1, x1, acc);
	}
	if (j < nb) {
		size_t s0 = atab_hash(b[j].h);
		tab_match(t, b[j].h, b[j].w, s0, t->slot[s0], acc);
	}
	for (int k = 0; k < 4; k++)
		d[k] = acc[k];
}

/* Agreement of names and of facts: the smaller of the two cosines (both
 * must agree). */
static double agreement(double dn, double nn1, double nn2, double df, double fn1, double fn2)
{
	if (nn1 <= 0 || nn2 <= 0 || fn1 <= 0 || fn2 <= 0)
		return 0.0;
	double a = dn / (nn1 * nn2), b = df / (fn1 * fn2);
	return a < b ? a : b;
}

static double dot(const td_feature *a, size_t na, const td_feature *b, size_t nb)
{
	double d = 0;
	size_t i = 0, j = 0;
	while (i < na && j < nb) {
		if (a[i].h == b[j].h)
			d += (double)a[i++].w * b[j++].w;
		else if (a[i].h < b[j].h)
			i++;
		else
			j++;
	}
	return d;
}

/* Gap in days between day d and the window [first, last]; -1 if unknown. */
static int gap_days(td_day d, td_day first, td_day last)
{
	if (d == TD_NODATE || first == TD_NODATE)
		return -1;
	if (d < first)
		return first - d;
	if (d > last)
		return d - last;
	return 0;
}

static double time_factor(const td_cluster *c, int gap)
{
	if (gap <= c->o.slack_days)
		return 1.0;
	return exp(-(double)(gap - c->o.slack_days) / c->o.tau_days);
}

double td_cluster_probability(const td_cluster *c, double sim, int cross)
{
	double mid = cross == 2 ? c->o.agree_midpoint : cross ? c->o.cross_midpoint : c->o.midpoint;
	return 1.0 / (1.0 + exp(-c->o.slope * (sim - mid)));
}

double td_cluster_vector_similarity(const td_cluster_vector *a, const td_cluster_vector *b, int cross)
{
	const td_feature *va = a->f, *vb = b->f;
	size_t na = a->n, nb = b->n;
	if (cross == 2)
		return agreement(dot_in(va, na, vb, nb, SPACE_NAMES), norm_in(va, na, SPACE_NAMES),
				 norm_in(vb, nb, SPACE_NAMES), dot_in(va, na, vb, nb, SPACE_FACTS),
				 norm_in(va, na, SPACE_FACTS), norm_in(vb, nb, SPACE_FACTS));
	int sp = cross ? SPACE_CROSS : SPACE_MONO;
	double n1 = norm_in(va, na, sp), n2 = norm_in(vb, nb, sp);
	return n1 > 0 && n2 > 0 ? dot_in(va, na, vb, nb, sp) / (n1 * n2) : 0.0;
}

double td_cluster_similarity(const td_cluster *c, const td_sketch *a, const td_sketch *b, int cross)
{
	td_cluster_vector va, vb;
	td_cluster_vectorize(c, a, &va);
	td_cluster_vectorize(c, b, &vb);
	return td_cluster_vector_similarity(&va, &vb, cross);
}

static void cand_reset(td_cluster *c)
{
	for (size_t i = 0; i < c->ncused; i++)
		c->ck[c->cused[i]] = 0;
	c->ncused = 0;
}

static void cand_add(td_cluster *c, uint32_t sidx, float w)
{
	uint32_t key = sidx + 1;
	size_t j = mix32(key) & (CTAB - 1);
	while (c->ck[j] && c->ck[j] != key)
		j = (j + 1) & (CTAB - 1);
	if (!c->ck[j]) {
		if (c->ncused >= CTAB / 2)
			return;
		c->ck[j] = key;
		c->cv[j] = 0;
		c->cused[c->ncused++] = (uint32_t)j;
	}
	c->cv[j] += w;
}

/* Adds story si to the posting list of h (newest last, bounded). */
static int post(td_cluster *c, uint32_t h, uint32_t si)
{
	uint32_t *slot = map32_slot(&c->post, h);
	if (!slot)
		return TD_ERR_NOMEM;
	if (!*slot) {
		if (c->npl == c->cappl) {
			size_t nc = c->cappl ? c->cappl * 2 : 1024;
			plist *np = realloc(c->pl, nc * sizeof(*np));
			if (!np)
				return TD_ERR_NOMEM;
			c->pl = np;
			c->cappl = nc;
		}
		c->pl[c->npl] = (plist){NULL, 0, 0};
		*slot = (uint32_t)++c->npl;
	}
	plist *p = &c->pl[*slot - 1];
	for (uint32_t k = p->n; k > 0 && k + 8 > p->n; k--)
		if (p->v[k - 1] == si)
			return 0;
	if (p->n == 2 * SCAN) {
		/* Only the newest SCAN are ever read: drop the older half, and
		 * stories that died. */
		uint32_t o = 0;
		for (uint32_t k = SCAN; k < p->n; k++)
			if (!c->s[p->v[k]].dead)
				p->v[o++] = p->v[k];
		p->n = o;
	}
	if (p->n == p->cap) {
		uint32_t nc = p->cap ? p->cap * 2 : 4;
		uint32_t *nv = realloc(p->v, nc * sizeof(*nv));
		if (!nv)
			return TD_ERR_NOMEM;
		p->v = nv;
		p->cap = nc;
	}
	p->v[p->n++] = si;
	return 0;
}

/* Keeps the k heaviest of m[0..n) (sorted by hash), still sorted by
 * hash; returns k. The same as
 * td__feat_select then td__feat_sort_hash, without the sort: the
 * lightest one kept is found and m filtered in place. */
static size_t keep_heaviest(td_feature *m, size_t n, size_t k)
{
	int distinct = n <= 2 * KVEC;
	for (size_t i = 1; distinct && i < n; i++)
		distinct = m[i - 1].h < m[i].h;
	if (!distinct) {
		td__feat_select(m, n, k);
		td__feat_sort_hash(m, k);
		return k;
	}
	td_feature p = td__feat_kth(m, n, k);
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (!heavier(&p, &m[i]))
			m[o++] = m[i];
	return o;
}

/* Adds (sign 1) or subtracts (sign -1) a unit vector to a centroid,
 * keeping at most MCENT features; recomputes the norm. */
static int centroid_update(story *st, const td_feature *v, size_t n, float sign)
{
	size_t cap = st->ncen + n;
	td_feature *m = malloc((cap ? cap : 1) * sizeof(*m));
	if (!m)
		return TD_ERR_NOMEM;
	size_t i = 0, j = 0, o = 0;
	/* Merged, without what removal emptied; then the lightest beyond
	 * MCENT are dropped. */
	while (i < st->ncen || j < n) {
		td_feature f;
		if (j >= n || (i < st->ncen && st->cen[i].h < v[j].h))
			f = st->cen[i++];
		else if (i >= st->ncen || v[j].h < st->cen[i].h) {
			f = v[j++];
			if (sign <= 0)
				continue;
		} else {
			f = st->cen[i++];
			f.w += sign * v[j++].w;
		}
		if (f.w > 1e-6f)
			m[o++] = f;
	}
	if (o > MCENT)
		o = keep_heaviest(m, o, MCENT);
	free(st->cen);
	st->cen = m;
	st->capcen = (uint32_t)cap;
	if (o < cap) {
		td_feature *shrunk = realloc(st->cen, (o ? o : 1) * sizeof(*shrunk));
		if (shrunk) {
			st->cen = shrunk;
			st->capcen = (uint32_t)(o ? o : 1);
		}
	}
	st->ncen = (uint32_t)o;
	double nm[4];
	norm4(st->cen, o, nm);
	st->norm = nm[SPACE_MONO];
	st->xnorm = nm[SPACE_CROSS];
	st->nnorm = nm[SPACE_NAMES];
	st->fnorm = nm[SPACE_FACTS];
	return 0;
}

static void window_recompute(td_cluster *c, story *st)
{
	st->first = st->last = TD_NODATE;
	for (uint32_t k = 0; k < st->nmem; k++) {
		td_day d = c->a[st->mem[k]].day;
		if (d == TD_NODATE)
			continue;
		if (st->first == TD_NODATE || d < st->first)
			st->first = d;
		if (st->last == TD_NODATE || d > st->last)
			st->last = d;
	}
}

/* Adds quantities to a story's list (unique, at most QSTORY; the rest
 * are dropped, which only weakens the conflict test). */
static int story_add_quant(story *st, const uint32_t *q, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t k = 0;
		while (k < st->nq && st->q[k] != q[i])
			k++;
		if (k < st->nq || st->nq >= QSTORY)
			continue;
		if (st->nq == st->capq) {
			uint32_t nc = st->capq ? st->capq * 2 : 8;
			uint32_t *nv = realloc(st->q, nc * sizeof(*nv));
			if (!nv)
				return TD_ERR_NOMEM;
			st->q = nv;
			st->capq = nc;
		}
		st->q[st->nq++] = q[i];
	}
	return 0;
}

/* Counts a member's value (its year, its main person) in a story's
 * table v/n of NSLOT values, most members first; among equals the
 * larger value first when larger_first (the later year), else the one
 * counted first. A value beyond the table replaces the last when that
 * was counted once. */
static void slot_add(uint32_t *v, uint16_t *n, uint32_t x, int larger_first)
{
	if (!x)
		return;
	size_t k = 0;
	while (k < NSLOT && n[k] && v[k] != x)
		k++;
	if (k == NSLOT) {
		if (n[NSLOT - 1] > 1)
			return;
		k = NSLOT - 1;
		n[k] = 0;
	}
	v[k] = x;
	if (n[k] < UINT16_MAX)
		n[k]++;
	while (k > 0 && (n[k] > n[k - 1] || (larger_first && n[k] == n[k - 1] && v[k] > v[k - 1]))) {
		uint32_t tv = v[k];
		uint16_t tn = n[k];
		v[k] = v[k - 1];
		n[k] = n[k - 1];
		v[k - 1] = tv;
		n[k - 1] = tn;
		k--;
	}
}

int td__year_conflict(const td_sketch *a, const uint32_t *sv, const uint16_t *sn, size_t ns)
{
	if (!a->years[0] || !ns || !sn[0])
		return 0;
	for (size_t i = 0; i < TD_SKETCH_MAXYEARS && a->years[i]; i++)
		if (a->years[i] == sv[0])
			return -1;
	if (!a->year)
		return 0;
	for (size_t j = 0; j < ns && sn[j]; j++)
		if (sv[j] == a->year)
			return -1;
	return 1;
}

int td__slot_conflict(const uint32_t *a, size_t na, const uint32_t *sv, const uint16_t *sn, size_t ns)
{
	if (!na || !a[0] || !ns || !sn[0])
		return 0;
	for (size_t i = 0; i < na && a[i]; i++)
		if (a[i] == sv[0])
			return -1;
	for (size_t j = 0; j < ns && sn[j]; j++)
		if (sv[j] == a[0])
			return -1;
	return 1;
}

/* 1 when the article's quantities and the story's share a unit and, in
 * every unit they share, no value: the article reports other figures
 * (another earthquake's magnitude, another day's temperatures). */
int td__quantity_conflict(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	int shared = 0;
	for (size_t i = 0; i < na; i++) {
		int unit = 0, same = 0;
		for (size_t j = 0; j < nb; j++) {
			if (TD_QUANT_UNIT(a[i]) != TD_QUANT_UNIT(b[j]))
				continue;
			unit = 1;
			same |= a[i] == b[j];
		}
		if (same)
			return 0;
		shared |= unit;
	}
	return shared;
}

static double resemblance(const art *x, const art *y)
{
	if (!x->shingled || !y->shingled)
		return 0;
	/* 0xFFFF marks an empty bin of the one-permutation MinHash. */
	int same = 0, used = 0;
	for (int i = 0; i < TD_SKETCH_MINHASH; i++) {
		int ex = x->mh[i] == 0xFFFF, ey = y->mh[i] == 0xFFFF;
		used += !(ex && ey);
		same += !ex && !ey && x->mh[i] == y->mh[i];
	}
	return used ? (double)same / used : 0.0;
}

static int reserve(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t nc = *cap ? *cap : 256;
	while (nc < need)
		nc *= 2;
	void *np = realloc(*p, nc * elem);
	if (!np)
		return TD_ERR_NOMEM;
	*p = np;
	*cap = nc;
	return 0;
}

void td_cluster_vectorize(const td_cluster *c, const td_sketch *s, td_cluster_vector *out)
{
	size_t ntop;
	out->n = (uint32_t)article_vector(c, s, out->f, out->top, &ntop);
	out->ntop = (uint32_t)ntop;
	/* Here rather than when adding: a batch vectorizes on all cores,
	 * and adds on one. */
	norm4(out->f, out->n, out->norm);
}

int td_cluster_add(td_cluster *c, uint64_t id, const td_sketch *s, td_cluster_result *res)
{
	if (c->o.count_on_add && td_cluster_observe(c, s) < 0)
		return TD_ERR_NOMEM;
	td_cluster_vector vec;
	td_cluster_vectorize(c, s, &vec);
	return td_cluster_add_vector(c, id, s, &vec, res);
}

int td_cluster_add_vector(td_cluster *c, uint64_t id, const td_sketch *s, const td_cluster_vector *vec,
			  td_cluster_result *res)
{
	if (map64_get(&c->ids, id))
		td_cluster_remove(c, id);
	/* Reserve everything first so a failure leaves the engine unchanged
	 * (document frequencies aside, which only shift weights). */
	if (reserve((void **)&c->a, &c->capa, c->na + 1, sizeof(art)) < 0 ||
	    reserve((void **)&c->pool, &c->cappool, c->npool + (size_t)c->o.stored_features, sizeof(td_feature)) < 0 ||
	    reserve((void **)&c->s, &c->caps, c->ns + 1, sizeof(story)) < 0 ||
	    !map64_slot(&c->ids, id))
		return TD_ERR_NOMEM;

	const td_feature *v = vec->f;
	const uint32_t *top = vec->top;
	size_t ntop = vec->ntop, nv = vec->n;
	td_day day = td__sketch_day(s);
	const double *an = vec->norm;
	double anorm = an[SPACE_MONO], axnorm = an[SPACE_CROSS];
	double annorm = an[SPACE_NAMES], afnorm = an[SPACE_FACTS];
	double year_conflict, year_agree;
	td__year_ratios(c, &year_conflict, &year_agree);
	double day_agree = td__day_agree(c);

	/* Candidates: stories posted under the article's heaviest features,
	 * newest first; scored by the summed weight of shared features. */
	atab at;
	atab_build(&at, v, nv);
	cand_reset(c);
	for (size_t q = 0; q < ntop; q++) {
		uint32_t pi = map32_get(&c->post, top[q]);
		if (!pi)
			continue;
		const plist *p = &c->pl[pi - 1];
		float w = 0;
		if (at.ok)
			w = atab_weight(&at, top[q]);
		else
			for (size_t x = 0; x < nv; x++)
				if (v[x].h == top[q])
					w = v[x].w;
		uint32_t lo = p->n > SCAN ? p->n - SCAN : 0;
		for (uint32_t k = p->n; k > lo; k--) {
			const story *st = &c->s[p->v[k - 1]];
			if (st->dead)
				continue;
			int g = gap_days(day, st->first, st->last);
			if (g > c->o.horizon_days)
				continue;
			cand_add(c, p->v[k - 1], w);
		}
	}
	/* Score the NCAND best candidates in full. */
	uint32_t best = UINT32_MAX;
	double bestp = 0;
	for (size_t round = 0; round < NCAND && c->ncused; round++) {
		size_t bi = SIZE_MAX;
		float bv = 0;
		for (size_t k = 0; k < c->ncused; k++) {
			size_t j = c->cused[k];
			if (c->ck[j] && c->cv[j] > bv) {
				bv = c->cv[j];
				bi = j;
			}
		}
		if (bi == SIZE_MAX)
			break;
		uint32_t si = c->ck[bi] - 1;
		c->cv[bi] = -1; /* taken */
		const story *st = &c->s[si];
		if (st->norm <= 0 || anorm <= 0)
			continue;
		int gap = gap_days(day, st->first, st->last);
		double tf = time_factor(c, gap);
		double d4[4];
		if (at.ok)
			dot4_tab(&at, st->cen, st->ncen, d4);
		else
			dot4(v, nv, st->cen, st->ncen, d4);
		double dm = d4[SPACE_MONO], dx = d4[SPACE_CROSS];
		double sim = dm / (st->norm * anorm) * tf;
		/* Other figures in the same unit: evidence of another event of
		 * the same kind, added to the log-odds (as a shift of the
		 * similarity, the logistic's slope being the scale). */
		double shift = 0;
		if (c->o.quantity_conflict != 0 && c->o.slope > 0 &&
		    td__quantity_conflict(s->quant, s->nquant, st->q, st->nq))
			shift = c->o.quantity_conflict / c->o.slope;
		if (c->o.slope > 0) {
			/* The years stand in for the time when either side has no
			 * day. With both days, beyond the slack the time factor
			 * tells the conflict, within it the day's agreement has
			 * its own ratio. */
			int yc = gap < 0 ? td__year_conflict(s, st->year, st->nyear, NSLOT) : 0;
			int pc = td__slot_conflict(s->who, TD_SKETCH_MAXWHO, st->who, st->nwho, NSLOT);
			shift += (yc > 0 ? year_conflict : yc < 0 ? year_agree : 0) / c->o.slope;
			if (gap >= 0 && gap <= c->o.slack_days)
				shift += day_agree / c->o.slope;
			shift += (pc > 0 ? c->o.person_conflict : pc < 0 ? c->o.person_agree : 0) / c->o.slope;
		}
		sim += shift;
		double pr = td_cluster_probability(c, sim, 0);
		/* Across languages (or when a language is unknown) the space all
		 * languages share can match where stems cannot; it has its own
		 * calibration. */
		if ((!s->lang[0] || !st->lang[0] || strcmp(s->lang, st->lang)) && st->xnorm > 0 &&
		    axnorm > 0) {
			double x = dx / (st->xnorm * axnorm) * tf + shift;
			double px = td_cluster_probability(c, x, 1);
			if (px > pr)
				pr = px;
			/* Names and facts (numbers, dates) that both agree: two
			 * kinds of evidence that rarely meet by chance. */
			if (c->o.agree_midpoint > 0) {
				double g = agreement(d4[SPACE_NAMES], st->nnorm, annorm, d4[SPACE_FACTS], st->fnorm,
						     afnorm) * tf + shift;
				double pg = td_cluster_probability(c, g, 2);
				if (pg > pr)
					pr = pg;
			}
		}
		if (pr > bestp) {
			bestp = pr;
			best = si;
		}
	}
	double p = best != UINT32_MAX ? bestp : 0.0;
	int is_new = best == UINT32_MAX || p < c->o.join;

	uint32_t ai = (uint32_t)c->na;
	art *ar = &c->a[ai];
	memset(ar, 0, sizeof(*ar));
	ar->id = id;
	ar->off = (uint32_t)c->npool;
	{
		td_feature keep[KVEC];
		memcpy(keep, v, nv * sizeof(*v));
		size_t ks = (size_t)c->o.stored_features;
		size_t nk = nv < ks ? nv : ks;
		/* A whole vector is kept as it is when sorted by hash already
		 * (strictly, as the table found it). */
		size_t sorted = nk == nv && at.ok;
		if (!sorted) {
			td__feat_select(keep, nv, nk);
			td__feat_sort_hash(keep, nk);
		}
		memcpy(c->pool + c->npool, keep, nk * sizeof(*keep));
		ar->nf = (uint16_t)nk;
	}
	ar->day = day;
	ar->nq = (uint8_t)(s->nquant < TD_SKETCH_MAXQUANT ? s->nquant : TD_SKETCH_MAXQUANT);
	memcpy(ar->q, s->quant, ar->nq * sizeof(ar->q[0]));
	ar->year = s->year;
	ar->who = s->who[0];
	memcpy(ar->lang, s->lang, sizeof(ar->lang));
	ar->shingled = s->nshingles >= 8;
	for (int i = 0; i < TD_SKETCH_MINHASH; i++)
		ar->mh[i] = s->minhash[i] == UINT32_MAX ? 0xFFFF : (uint16_t)(s->minhash[i] % 0xFFFF);

	uint32_t si;
	if (is_new) {
		si = (uint32_t)c->ns;
		memset(&c->s[si], 0, sizeof(story));
		c->s[si].first = c->s[si].last = TD_NODATE;
		memcpy(c->s[si].lang, s->lang, sizeof(c->s[si].lang));
		c->s[si].lang[3] = 0;
	} else
		si = best;
	story *st = &c->s[si];
	if (st->nmem == st->capmem) {
		uint32_t nc = st->capmem ? st->capmem * 2 : 4;
		uint32_t *nm = realloc(st->mem, nc * sizeof(*nm));
		if (!nm)
			return TD_ERR_NOMEM;
		st->mem = nm;
		st->capmem = nc;
	}
	if (centroid_update(st, v, nv, 1.0f) < 0 || story_add_quant(st, ar->q, ar->nq) < 0)
		return TD_ERR_NOMEM;
	slot_add(st->year, st->nyear, ar->year, 1);
	slot_add(st->who, st->nwho, ar->who, 0);
	for (size_t q = 0; q < ntop; q++)
		if (post(c, top[q], si) < 0)
			return TD_ERR_NOMEM;

	/* A copy: a member whose shingles it shares almost entirely. */
	if (!is_new && ar->shingled) {
		uint32_t lo = st->nmem > 256 ? st->nmem - 256 : 0;
		for (uint32_t k = st->nmem; k > lo; k--) {
			const art *m = &c->a[st->mem[k - 1]];
			if (resemblance(ar, m) >= c->o.duplicate) {
				ar->dup_of = m->dup_of ? m->dup_of : st->mem[k - 1] + 1;
				break;
			}
		}
	}
	st->mem[st->nmem++] = ai;
	st->nuniq += !ar->dup_of;
	ar->story = si;
	if (day != TD_NODATE) {
		if (st->first == TD_NODATE || day < st->first)
			st->first = day;
		if (st->last == TD_NODATE || day > st->last)
			st->last = day;
		if (c->maxday == TD_NODATE || day > c->maxday)
			c->maxday = day;
	}
	if (is_new) {
		c->ns++;
		c->nslive++;
	}
	c->na++;
	c->nlive++;
	c->npool += ar->nf;
	*map64_slot(&c->ids, id) = ai + 1;
	if (res) {
		res->story = (uint64_t)si + 1;
		res->is_new = is_new;
		res->is_duplicate = ar->dup_of != 0;
		res->duplicate_of = ar->dup_of ? c->a[ar->dup_of - 1].id : 0;
		res->probability = is_new ? 1.0 : p;
	}
	return 0;
}

static const art *find(const td_cluster *c, uint64_t id)
{
	uint32_t i = map64_get(&c->ids, id);
	if (!i || c->a[i - 1].dead)
		return NULL;
	return &c->a[i - 1];
}

/* Drops the records and stored features of removed articles: the live
 * ones are renumbered in order (so members keep their order), stories
 * keep their indices and so their ids. Needs memory for the live records
 * and features; without it the engine stays as it is. */
static int cluster_remove(td_cluster *c, uint64_t id);

static int compact(td_cluster *c)
{
	size_t nf = 0;
	for (size_t i = 0; i < c->na; i++)
		if (!c->a[i].dead)
			nf += c->a[i].nf;
	size_t capa = c->nlive ? c->nlive : 1, cappool = nf ? nf : 1;
	art *na = malloc(capa * sizeof(art));
	td_feature *np = malloc(cappool * sizeof(td_feature));
	uint32_t *remap = malloc((c->na ? c->na : 1) * sizeof(uint32_t));
	map64 ids = {0};
	while (ids.cap < 2 * c->nlive + 2)
		ids.cap = ids.cap ? ids.cap * 2 : 1024;
	ids.k = calloc(ids.cap, sizeof(*ids.k));
	ids.v = calloc(ids.cap, sizeof(*ids.v));
	if (!na || !np || !remap || !ids.k || !ids.v) {
		free(na);
		free(np);
		free(remap);
		free(ids.k);
		free(ids.v);
		return TD_ERR_NOMEM;
	}
	size_t k = 0, off = 0;
	for (size_t i = 0; i < c->na; i++) {
		remap[i] = UINT32_MAX;
		if (c->a[i].dead)
			continue;
		remap[i] = (uint32_t)k;
		na[k] = c->a[i];
		na[k].off = (uint32_t)off;
		memcpy(np + off, c->pool + c->a[i].off, c->a[i].nf * sizeof(td_feature));
		off += c->a[i].nf;
		*map64_slot(&ids, na[k].id) = (uint32_t)k + 1; /* cannot grow: sized above */
		k++;
	}
	/* A copy names an original in its own story, which is live (removing
	 * an original frees its copies). */
	for (size_t i = 0; i < k; i++)
		if (na[i].dup_of)
			na[i].dup_of = remap[na[i].dup_of - 1] == UINT32_MAX ? 0 : remap[na[i].dup_of - 1] + 1;
	for (size_t si = 0; si < c->ns; si++) {
		story *st = &c->s[si];
		for (uint32_t m = 0; m < st->nmem; m++)
			st->mem[m] = remap[st->mem[m]];
	}
	free(remap);
	free(c->a);
	free(c->pool);
	free(c->ids.k);
	free(c->ids.v);
	c->a = na;
	c->na = k;
	c->capa = capa;
	c->pool = np;
	c->npool = off;
	c->cappool = cappool;
	c->ids = ids;
	return 0;
}

int td_cluster_remove(td_cluster *c, uint64_t id)
{
	int rc = cluster_remove(c, id);
	/* Records of removed articles (and of replaced ones) are dropped once
	 * they outnumber the live ones, so a long-running engine holds what
	 * is live, not all it ever saw. Amortised: each compaction follows at
	 * least as many removals as it copies records. */
	if (rc == 0 && c->na - c->nlive >= COMPACT_MIN && c->na - c->nlive > c->nlive)
		compact(c);
	return rc;
}

static int cluster_remove(td_cluster *c, uint64_t id)
{
	const art *ca = find(c, id);
	if (!ca)
		return TD_ERR_NOTFOUND;
	uint32_t ai = (uint32_t)(ca - c->a);
	art *ar = &c->a[ai];
	story *st = &c->s[ar->story];
	/* The copies of a removed original stay copies, of the first of
	 * them: an original's copies count once still (in a batch's second
	 * pass every article is taken out once, and freeing the copies of the
	 * last original left a thousand reposts a thousand sources). */
	uint32_t o = 0, heir = 0;
	for (uint32_t k = 0; k < st->nmem; k++) {
		art *m = &c->a[st->mem[k]];
		if (st->mem[k] == ai)
			continue;
		if (m->dup_of == ai + 1) {
			if (!heir) {
				heir = st->mem[k] + 1;
				m->dup_of = 0;
				st->nuniq++;
			} else
				m->dup_of = heir;
		}
		st->mem[o++] = st->mem[k];
	}
	st->nmem = o;
	st->nuniq -= !ar->dup_of;
	ar->dead = 1;
	c->nlive--;
	if (!st->nmem) {
		st->dead = 1;
		free(st->cen);
		free(st->mem);
		free(st->q);
		st->cen = NULL;
		st->mem = NULL;
		st->q = NULL;
		st->ncen = st->capcen = st->capmem = st->nq = st->capq = 0;
		st->norm = 0;
		c->nslive--;
		return 0;
	}
	centroid_update(st, c->pool + ar->off, ar->nf, -1.0f);
	window_recompute(c, st);
	/* Rebuilt from the members left (the list holds at most QSTORY, so
	 * this cannot fail for want of memory). */
	st->nq = 0;
	/* The language of the first member left: the member removed may
	 * have been the first, and its language, kept, would hold an article
	 * of that language back from the space all languages share when it
	 * comes again (the batch's second pass). */
	memcpy(st->lang, c->a[st->mem[0]].lang, sizeof(st->lang));
	st->lang[3] = 0;
	memset(st->nyear, 0, sizeof(st->nyear));
	memset(st->nwho, 0, sizeof(st->nwho));
	for (uint32_t k = 0; k < st->nmem; k++) {
		const art *m = &c->a[st->mem[k]];
		story_add_quant(st, m->q, m->nq);
		slot_add(st->year, st->nyear, m->year, 1);
		slot_add(st->who, st->nwho, m->who, 0);
	}
	return 0;
}

int td_cluster_story_of(const td_cluster *c, uint64_t id, uint64_t *sid)
{
	const art *a = find(c, id);
	if (!a)
		return TD_ERR_NOTFOUND;
	*sid = (uint64_t)a->story + 1;
	return 0;
}

int td_cluster_duplicate_of(const td_cluster *c, uint64_t id, uint64_t *orig)
{
	const art *a = find(c, id);
	if (!a)
		return TD_ERR_NOTFOUND;
	if (!a->dup_of)
		return 0;
	*orig = c->a[a->dup_of - 1].id;
	return 1;
}

size_t td_cluster_narticles(const td_cluster *c)
{
	return c->nlive;
}

size_t td_cluster_nstories(const td_cluster *c)
{
	return c->nslive;
}

size_t td_cluster_stories(const td_cluster *c, uint64_t *out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < c->ns; i++) {
		if (c->s[i].dead)
			continue;
		if (n < max)
			out[n] = (uint64_t)i + 1;
		n++;
	}
	return n;
}

static const story *get_story(const td_cluster *c, uint64_t id)
{
	if (id == 0 || id > c->ns || c->s[id - 1].dead)
		return NULL;
	return &c->s[id - 1];
}

int td_cluster_story_info(const td_cluster *c, uint64_t id, td_cluster_story *out)
{
	const story *st = get_story(c, id);
	if (!st)
		return TD_ERR_NOTFOUND;
	out->id = id;
	out->size = st->nmem;
	out->unique = st->nuniq;
	out->first = st->first;
	out->last = st->last;
	double best = -1;
	out->central = c->a[st->mem[0]].id;
	for (uint32_t k = 0; k < st->nmem; k++) {
		const art *m = &c->a[st->mem[k]];
		double d = dot(c->pool + m->off, m->nf, st->cen, st->ncen) - (m->dup_of ? 1.0 : 0.0);
		if (d > best) {
			best = d;
			out->central = m->id;
		}
	}
	return 0;
}

int td_cluster_members(const td_cluster *c, uint64_t id, uint64_t *out, size_t max, size_t *n)
{
	const story *st = get_story(c, id);
	if (!st)
		return TD_ERR_NOTFOUND;
	for (uint32_t k = 0; k < st->nmem && k < max; k++)
		out[k] = c->a[st->mem[k]].id;
	*n = st->nmem;
	return 0;
}

size_t td_cluster_bytes(const td_cluster *c)
{
	size_t b = sizeof(*c);
	b += c->df.cap * 8 + c->bands.cap * 8 + c->dcount.cap * 8 + c->post.cap * 8 + c->ids.cap * 12;
	b += c->cappl * sizeof(plist);
	for (size_t i = 0; i < c->npl; i++)
		b += c->pl[i].cap * sizeof(uint32_t);
	b += c->capa * sizeof(art) + c->cappool * sizeof(td_feature) + c->caps * sizeof(story);
	for (size_t i = 0; i < c->ns; i++)
		b += c->s[i].capcen * sizeof(td_feature) + (c->s[i].capmem + c->s[i].capq) * sizeof(uint32_t);
	return b;
}
