/* story.c - readable story content from member articles: headline per
 * language, summary, key facts, timeline, entities, sources, coverage,
 * category and importance. Memory: a few KiB per member, in the arena. */
#include "tidings/story.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "swar.h"
#include "tblock.h"
#include "tidings/error.h"
#include "tidings/rank.h"
#include "tidings/text.h"

#define MAX_SENT_PER_ARTICLE 12
#define MAX_FEATS 256
#define SUMMARY_MAX 5
#define FACTS_MAX 10
#define TIMELINE_MAX 12
#define ENTITIES_MAX 20

/* ---- feature sets -------------------------------------------------- */

typedef struct {
	uint64_t *h;
	size_t n;
} featset;


/* Sorts v[0..n) ascending: quicksort by the median of three, insertion
 * sort below 16 elements (no call per comparison, unlike qsort). */
static void sort_u64(uint64_t *v, size_t n)
{
	while (n > 16) {
		uint64_t a = v[0], b = v[n / 2], c = v[n - 1];
		uint64_t p = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
		size_t i = 0, j = n - 1;
		for (;;) {
			while (v[i] < p)
				i++;
			while (v[j] > p)
				j--;
			if (i >= j)
				break;
			uint64_t t = v[i];
			v[i] = v[j];
			v[j] = t;
			i++;
			j--;
		}
		/* [0, j] <= p <= [j + 1, n): recurse on the smaller side. */
		size_t left = j + 1;
		if (left < n - left) {
			sort_u64(v, left);
			v += left;
			n -= left;
		} else {
			sort_u64(v + left, n - left);
			n = left;
		}
	}
	for (size_t i = 1; i < n; i++) {
		uint64_t x = v[i];
		size_t j = i;
		for (; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* A token of a member's body with its feature hash (0: not a feature). */
typedef struct {
	uint32_t start;
	uint64_t h;
} tokh;

#define MAX_BODY_TOKENS 1024

/* Feature hashes of words (as written) already met by this thread, by
 * language: news repeats its words, and folding and stemming cost far
 * more than a look-up. Direct-mapped; a word is compared in full. */
#define STEM_MEMO 65536
typedef struct {
	uint64_t h;
	char lang[4];
	uint8_t len; /* 0: empty */
	char w[27];
} stem_memo;
static td__tblock smemo_block = TD__TBLOCK(sizeof(stem_memo) * STEM_MEMO);
static _Thread_local stem_memo *smemo; /* STEM_MEMO records (smemo_block) */

/* The memo slot of word w (wl bytes, at most 27) in language lk: eight
 * bytes at a time, since only the spread matters (a record is compared
 * in full). */
static size_t memo_slot(const char *w, size_t wl, const char lk[4])
{
	uint64_t seed = ((uint64_t)(unsigned char)lk[0] << 8 | (unsigned char)lk[1]) ^ (uint64_t)wl << 16;
	return (size_t)(td__spread_hash(w, wl, seed) >> 40) & (STEM_MEMO - 1);
}

/* Hashes the words of text[off..off+len) once, so that the body, each
 * sentence and each number's context take their features from one pass. */
static size_t token_hashes(const char *text, size_t off, size_t len, const char *lang,
			   td_stemmer *st, tokh *out, size_t max)
{
	td_token tok[MAX_BODY_TOKENS];
	size_t nt = td_tokenize(text + off, len, tok, max < MAX_BODY_TOKENS ? max : MAX_BODY_TOKENS);
	char fold[128], stem[128], lk[4] = {0, 0, 0, 0};
	for (size_t k = 0; k < 3 && lang && lang[k]; k++)
		lk[k] = lang[k];
	for (size_t i = 0; i < nt; i++) {
		out[i].start = (uint32_t)(off + tok[i].start);
		out[i].h = 0;
		if (!(tok[i].flags & TD_TOK_ALPHA))
			continue;
		size_t wl = tok[i].end - tok[i].start;
		if (wl < 3 || wl > 100)
			continue;
		const char *w = text + off + tok[i].start;
		stem_memo *m = NULL;
		if (wl <= sizeof(m->w) && td__tblock_of(&smemo_block, (void **)&smemo)) {
			m = &smemo[memo_slot(w, wl, lk)];
			if (m->len == wl && !memcmp(m->lang, lk, 4) && !memcmp(m->w, w, wl)) {
				out[i].h = m->h;
				continue;
			}
		}
		size_t fl = td_text_fold(w, wl, fold, sizeof(fold));
		size_t chars = 0;
		for (size_t k = 0; k < fl; k++)
			chars += ((unsigned char)fold[k] & 0xC0) != 0x80;
		if (chars >= 3) {
			size_t sl = td_stem(st, lang, fold, fl, stem, sizeof(stem));
			out[i].h = XXH64(stem, sl, 1);
		}
		if (m) {
			m->h = out[i].h;
			memcpy(m->lang, lk, 4);
			m->len = (uint8_t)wl;
			memcpy(m->w, w, wl);
		}
	}
	return nt;
}

/* Distinct feature hashes of the tokens starting in [from, to), sorted. */
static size_t feats_in(const tokh *t, size_t n, uint32_t from, uint32_t to, uint64_t *out, size_t max)
{
	/* The tokens are in text order: find the first at from or after. */
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t k = 0;
	for (size_t i = lo; i < n && k < max && t[i].start < to; i++)
		if (t[i].h)
			out[k++] = t[i].h;
	sort_u64(out, k);
	size_t u = 0;
	for (size_t i = 0; i < k; i++)
		if (u == 0 || out[u - 1] != out[i])
			out[u++] = out[i];
	return u;
}

/* Distinct hashed stems of the words of text[0..len) with three or more
 * letters, sorted. Stems make inflected forms meet. */
static size_t text_feats(const char *text, size_t len, const char *lang, td_stemmer *st,
			 uint64_t *out, size_t max)
{
	tokh t[MAX_FEATS];
	size_t nt = token_hashes(text, 0, len, lang, st, t, MAX_FEATS);
	return feats_in(t, nt, 0, (uint32_t)len, out, max);
}

/* The sorted union of the sorted, distinct a[0..na) and b[0..nb) into
 * out (room for na + nb), each value once. Returns its length. */
static size_t merge_u64(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, uint64_t *out)
{
	size_t i = 0, j = 0, k = 0;
	while (i < na && j < nb) {
		if (a[i] < b[j])
			out[k++] = a[i++];
		else if (b[j] < a[i])
			out[k++] = b[j++];
		else {
			out[k++] = a[i++];
			j++;
		}
	}
	while (i < na)
		out[k++] = a[i++];
	while (j < nb)
		out[k++] = b[j++];
	return k;
}

/* Document frequency table: open addressing over 64-bit hashes. */
typedef struct {
	uint64_t *key;
	int *count;
	size_t mask;
} dftab;

static int df_init(dftab *t, size_t want, td_arena *ar)
{
	size_t cap = 64;
	while (cap < want * 2)
		cap *= 2;
	t->key = td_arena_calloc(ar, cap * sizeof(uint64_t));
	t->count = td_arena_calloc(ar, cap * sizeof(int));
	t->mask = cap - 1;
	return t->key && t->count ? 0 : TD_ERR_NOMEM;
}

static int *df_slot(dftab *t, uint64_t h)
{
	if (h == 0)
		h = 1;
	size_t i = (size_t)h & t->mask;
	while (t->key[i] && t->key[i] != h)
		i = (i + 1) & t->mask;
	t->key[i] = h;
	return &t->count[i];
}

static int df_get(const dftab *t, uint64_t h)
{
	if (h == 0)
		h = 1;
	size_t i = (size_t)h & t->mask;
	while (t->key[i]) {
		if (t->key[i] == h)
			return t->count[i];
		i = (i + 1) & t->mask;
	}
	return 0;
}

/* Centrality of a feature set: the mean share of unique members that
 * share each feature, damped for very short sets. */
static double centrality(const dftab *df, const uint64_t *f, size_t n, size_t nunique)
{
	if (n == 0 || nunique == 0)
		return 0;
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += (double)df_get(df, f[i]) / (double)nunique;
	return s / sqrt((double)n + 2.0);
}

static double jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, inter = 0;
	while (i < na && j < nb) {
		if (a[i] == b[j])
			inter++, i++, j++;
		else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	size_t uni = na + nb - inter;
	return uni ? (double)inter / (double)uni : 0;
}

/* ---- sources ------------------------------------------------------- */

/* The outlet of an article: its declared outlet, else the host of its
 * url without "www.", else NULL. */
static const char *outlet_of(const td_article *a, td_arena *ar)
{
	if (a->outlet && *a->outlet)
		return a->outlet;
	if (!a->url)
		return NULL;
	const char *h = strstr(a->url, "://");
	h = h ? h + 3 : a->url;
	if (!strncmp(h, "www.", 4))
		h += 4;
	size_t n = strcspn(h, "/:?#");
	return n ? td_arena_strndup(ar, h, n) : NULL;
}

static int is_unique(td_article **m, size_t n, size_t i)
{
	int64_t d = m[i]->duplicate_of;
	(void)n;
	return d < 0;
}

static size_t count_add(td_story_count *c, size_t *n, size_t cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(c[i].name, name)) {
			c[i].articles++;
			return i;
		}
	if (*n < cap) {
		c[*n].name = name;
		c[*n].articles = 1;
		(*n)++;
	}
	return *n - 1;
}

static int cmp_count(const void *a, const void *b)
{
	const td_story_count *x = a, *y = b;
	if (x->articles != y->articles)
		return y->articles - x->articles;
	return strcmp(x->name, y->name);
}

/* ---- titles -------------------------------------------------------- */

/* How usable a headline is, in [0, 1]: no letters, a bare date, a
 * byline-like or a very short line scores low; over-long lines less. */
static double title_quality(const char *t)
{
	if (!t || !*t)
		return 0;
	size_t len = strlen(t);
	td_token tok[64];
	size_t nt = td_tokenize(t, len, tok, 64);
	size_t words = 0, digits = 0, lower = 0;
	for (size_t i = 0; i < nt; i++) {
		if (tok[i].flags & TD_TOK_ALPHA) {
			words++;
			if (!(tok[i].flags & TD_TOK_UPPER))
				lower++;
		} else if (tok[i].flags & TD_TOK_DIGIT)
			digits++;
	}
	if (words < 3)
		return words == 0 ? 0 : 0.1;
	double q = 1.0;
	if (digits * 2 > words)
		q *= 0.3; /* "05 ноября 2020 21:40 Name Surname" */
	if (lower == 0 && words > 3)
		q *= 0.5; /* Every Word Capitalised or ALL CAPS: names, bylines */
	if (words > 25)
		q *= 0.5;
	if (len > 250)
		q *= 0.5;
	return q;
}

/* ---- build --------------------------------------------------------- */

typedef struct {
	size_t article;
	td_span span;
	uint64_t *f;
	size_t nf;
	double score;
} sentence;

static const char *trim_span(const td_article *a, td_span sp, size_t maxlen, td_arena *ar)
{
	size_t n = sp.end - sp.start;
	const char *s = a->text + sp.start;
	if (n > maxlen) {
		/* Cut at a character boundary and mark the cut. */
		size_t k = maxlen;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		char *o = td_arena_alloc(ar, k + 4);
		if (!o)
			return NULL;
		memcpy(o, s, k);
		memcpy(o + k, "\xE2\x80\xA6", 4);
		return o;
	}
	return td_arena_strndup(ar, s, n);
}

/* Which sentence of a's span list holds byte offset off. */
static size_t sentence_at(const td_span *sp, size_t n, uint32_t off)
{
	for (size_t i = 0; i < n; i++)
		if (off >= sp[i].start && off < sp[i].end)
			return i;
	return n;
}

static int cmp_sent(const void *a, const void *b)
{
	const sentence *x = a, *y = b;
	return (x->score < y->score) - (x->score > y->score);
}

static int cmp_fact(const void *a, const void *b)
{
	const td_story_fact *x = a, *y = b;
	if (x->sources != y->sources)
		return y->sources - x->sources;
	return strcmp(x->unit, y->unit);
}

static int cmp_event(const void *a, const void *b)
{
	const td_story_event *x = a, *y = b;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return (x->last > y->last) - (x->last < y->last);
}

/* A name an entity is given in a story, in one language, and how often;
 * linked per entity (next: index + 1, 0 none). */
struct cand {
	const char *name;
	char lang[4];
	uint8_t type; /* the type of the mentions that gave it */
	uint32_t count, next;
};

/* The count of cd, plus, for a name of several words, the counts of the
 * names of its language that are its last word alone (list from x). */
static uint32_t name_score(const struct cand *c, uint32_t x, const struct cand *cd)
{
	const char *sp = strrchr(cd->name, ' ');
	uint32_t sc = cd->count;
	if (!sp)
		return sc;
	for (; x; x = c[x - 1].next)
		if (&c[x - 1] != cd && !strcmp(c[x - 1].lang, cd->lang) && !strcmp(c[x - 1].name, sp + 1))
			sc += c[x - 1].count;
	return sc;
}

static int cmp_entity(const void *a, const void *b)
{
	const td_story_entity *x = a, *y = b;
	if (x->weight != y->weight)
		return x->weight < y->weight ? 1 : -1;
	return strcmp(x->key, y->key);
}

/* Source identity of member i: its outlet, or the article itself. */
static const char *source_id(td_article **m, const char **outlets, size_t i)
{
	return outlets[i] ? outlets[i] : m[i]->file ? m[i]->file : "";
}

/* Counts distinct sources among the members listed in idx[0..n). */
static int distinct_sources(td_article **m, const char **outlets, const size_t *idx, size_t n)
{
	int c = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = source_id(m, outlets, idx[i]);
		size_t j = 0;
		while (j < i && strcmp(source_id(m, outlets, idx[j]), s))
			j++;
		c += j == i;
	}
	return c;
}

/* What choosing summary sentences needs of the members: their sentences,
 * hashed words and the story's feature frequencies. */
typedef struct {
	td_article **m;
	size_t n, nunique;
	const uint8_t *uniq;
	td_span **spans;
	const size_t *nspans;
	tokh **toks;
	const size_t *ntoks;
	const dftab *df;
} members;

/* Up to SUMMARY_MAX sentences of the unique members in language lang
 * ("und" for unknown), the most central first, no two alike, at most two
 * from one article while others have some. Returns 0 or TD_ERR_NOMEM. */
static int summarise(const members *mb, const char *lang, td_arena *ar, td_arena *tmp, td_story_sentence **out, size_t *nout)
{
	td_article **m = mb->m;
	size_t n = mb->n, nunique = mb->nunique;
	*out = NULL;
	*nout = 0;
	size_t cap_sent = 0;
	for (size_t i = 0; i < n && i < 512; i++)
		if (mb->uniq[i] && !strcmp(m[i]->lang[0] ? m[i]->lang : "und", lang))
			cap_sent += MAX_SENT_PER_ARTICLE;
	if (!cap_sent)
		return 0;
	sentence *sv = td_arena_calloc(tmp, cap_sent * sizeof(*sv));
	td_story_sentence *sum = td_arena_calloc(ar, SUMMARY_MAX * sizeof(*sum));
	if (!sv || !sum)
		return TD_ERR_NOMEM;
	size_t ns = 0;
	for (size_t i = 0; i < n && i < 512; i++) {
		if (!mb->uniq[i] || !mb->spans[i] || strcmp(m[i]->lang[0] ? m[i]->lang : "und", lang))
			continue;
		const td_span *sp = mb->spans[i];
		for (size_t j = 0; j < mb->nspans[i] && j < MAX_SENT_PER_ARTICLE; j++) {
			size_t len = sp[j].end - sp[j].start;
			if (len < 40 || len > 400)
				continue;
			uint64_t buf[MAX_FEATS];
			sentence *x = &sv[ns];
			x->nf = feats_in(mb->toks[i], mb->ntoks[i], sp[j].start, sp[j].end, buf, MAX_FEATS);
			if (x->nf < 4)
				continue;
			x->f = td_arena_alloc(tmp, x->nf * sizeof(uint64_t));
			if (!x->f)
				return TD_ERR_NOMEM;
			memcpy(x->f, buf, x->nf * sizeof(uint64_t));
			x->article = i;
			x->span = sp[j];
			x->score = centrality(mb->df, x->f, x->nf, nunique) / (1.0 + 0.15 * (double)j);
			ns++;
		}
	}
	qsort(sv, ns, sizeof(*sv), cmp_sent);
	size_t chosen[SUMMARY_MAX];
	size_t nc = 0;
	for (size_t i = 0; i < ns && nc < SUMMARY_MAX; i++) {
		int ok = 1, same_article = 0;
		for (size_t j = 0; j < nc && ok; j++) {
			if (jaccard(sv[i].f, sv[i].nf, sv[chosen[j]].f, sv[chosen[j]].nf) > 0.35)
				ok = 0;
			same_article += sv[chosen[j]].article == sv[i].article;
		}
		/* No more than two sentences from one article while others remain. */
		if (!ok || (same_article >= 2 && nunique > 1))
			continue;
		chosen[nc++] = i;
		td_story_sentence *o = &sum[*nout];
		o->article = sv[i].article;
		o->text = trim_span(m[sv[i].article], sv[i].span, 400, ar);
		if (!o->text)
			return TD_ERR_NOMEM;
		(*nout)++;
	}
	*out = sum;
	return 0;
}

int td_story_build(td_story *s, td_article **m, size_t n, td_day now, td_arena *ar)
{
	return td_story_build_ex(s, m, n, now, ar, ar);
}

int td_story_build_ex(td_story *s, td_article **m, size_t n, td_day now, td_arena *ar, td_arena *tmp)
{
	uint64_t keep_id = s->id;
	memset(s, 0, sizeof(*s));
	if (n == 0)
		return TD_ERR_INVAL;
	s->id = keep_id;
	s->articles = m;
	s->narticles = n;
	s->first_seen = s->last_seen = TD_NODATE;
	td_stemmer *st = td_stemmer_create();
	const char **outlets = td_arena_calloc(ar, n * sizeof(*outlets));
	uint8_t *uniq = td_arena_calloc(tmp, n);
	featset *tf = td_arena_calloc(tmp, n * sizeof(*tf)); /* title features */
	featset *bf = td_arena_calloc(tmp, n * sizeof(*bf)); /* body-lead features */
	size_t nl_cap = 16, no_cap = n < 64 ? n : 64;
	s->languages = td_arena_calloc(ar, nl_cap * sizeof(*s->languages));
	s->outlets = td_arena_calloc(ar, no_cap * sizeof(*s->outlets));
	td_span **spans = td_arena_calloc(tmp, n * sizeof(*spans));
	size_t *nspans = td_arena_calloc(tmp, n * sizeof(size_t));
	tokh **toks = td_arena_calloc(tmp, n * sizeof(*toks));
	size_t *ntoks = td_arena_calloc(tmp, n * sizeof(size_t));
	dftab df;
	if (!spans || !nspans || !toks || !ntoks || !st || !outlets || !uniq || !tf || !bf || !s->languages || !s->outlets ||
	    df_init(&df, (n < 512 ? n : 512) * MAX_FEATS, tmp) < 0)
		goto nomem;

	/* Members: uniqueness, outlets, languages, dates, features. */
	size_t nunique = 0;
	uint64_t min_id = UINT64_MAX;
	for (size_t i = 0; i < n; i++) {
		td_article *a = m[i];
		if (a->id < min_id)
			min_id = a->id;
		outlets[i] = outlet_of(a, ar);
		uniq[i] = (uint8_t)is_unique(m, n, i);
		if (a->date != TD_NODATE) {
			if (s->first_seen == TD_NODATE || a->date < s->first_seen)
				s->first_seen = a->date;
			if (s->last_seen == TD_NODATE || a->date > s->last_seen)
				s->last_seen = a->date;
		}
		if (!uniq[i])
			continue;
		nunique++;
		count_add(s->languages, &s->nlanguages, nl_cap, a->lang[0] ? a->lang : "und");
		if (outlets[i])
			count_add(s->outlets, &s->noutlets, no_cap, outlets[i]);
		/* Features of members beyond the first 512 are not counted: the
		 * frequencies are a sample. */
		if (i >= 512)
			continue;
		uint64_t buf[MAX_FEATS];
		size_t tl = a->title ? strlen(a->title) : 0;
		tf[i].n = text_feats(a->title ? a->title : "", tl, a->lang, st, buf, MAX_FEATS);
		tf[i].h = td_arena_alloc(tmp, (tf[i].n + 1) * sizeof(uint64_t));
		if (!tf[i].h)
			goto nomem;
		memcpy(tf[i].h, buf, tf[i].n * sizeof(uint64_t));
		/* Sentences of the body (text = title "\n" body), and the words
		 * of the body up to 2000 bytes or the end of the sentences a
		 * summary may take, hashed once. */
		if (tl + 1 <= a->text_len) {
			td_span sp[64];
			size_t k = td_sentences(a->text + tl + 1, a->text_len - tl - 1, sp, 64);
			spans[i] = td_arena_alloc(tmp, (k + 1) * sizeof(td_span));
			if (!spans[i])
				goto nomem;
			for (size_t j = 0; j < k; j++) {
				sp[j].start += (uint32_t)(tl + 1);
				sp[j].end += (uint32_t)(tl + 1);
			}
			memcpy(spans[i], sp, k * sizeof(td_span));
			nspans[i] = k;
			size_t reach = tl + 1 + 2000;
			size_t last = k < MAX_SENT_PER_ARTICLE ? k : MAX_SENT_PER_ARTICLE;
			if (last && sp[last - 1].end > reach)
				reach = sp[last - 1].end;
			if (reach > a->text_len)
				reach = a->text_len;
			toks[i] = td_arena_alloc(tmp, MAX_BODY_TOKENS * sizeof(tokh));
			if (!toks[i])
				goto nomem;
			ntoks[i] = token_hashes(a->text, tl + 1, reach - tl - 1, a->lang, st, toks[i],
						MAX_BODY_TOKENS);
		}
		bf[i].n = toks[i] ? feats_in(toks[i], ntoks[i], (uint32_t)(tl + 1), (uint32_t)(tl + 1 + 2000),
					      buf, MAX_FEATS) : 0;
		bf[i].h = td_arena_alloc(tmp, (bf[i].n + tf[i].n + 1) * sizeof(uint64_t));
		if (!bf[i].h)
			goto nomem;
		/* A member counts once per feature, title or body: both lists
		 * are sorted and distinct, so their union is a merge. */
		size_t k = merge_u64(buf, bf[i].n, tf[i].h, tf[i].n, bf[i].h);
		for (size_t j = 0; j < k; j++)
			(*df_slot(&df, bf[i].h[j]))++;
		bf[i].n = k;
	}
	if (!s->id)
		s->id = XXH64(&min_id, sizeof(min_id), 0x73746f7279ull);
	s->nunique = nunique;
	qsort(s->languages, s->nlanguages, sizeof(*s->languages), cmp_count);
	qsort(s->outlets, s->noutlets, sizeof(*s->outlets), cmp_count);
	snprintf(s->lang, sizeof(s->lang), "%s", s->nlanguages ? s->languages[0].name : "und");
	{
		size_t *idx = td_arena_alloc(tmp, n * sizeof(size_t));
		size_t k = 0;
		if (!idx)
			goto nomem;
		for (size_t i = 0; i < n; i++)
			if (uniq[i])
				idx[k++] = i;
		s->nsources = distinct_sources(m, outlets, idx, k);
	}

	/* Headline per language. */
	s->titles = td_arena_calloc(ar, (s->nlanguages + 1) * sizeof(*s->titles));
	if (!s->titles)
		goto nomem;
	for (size_t l = 0; l < s->nlanguages; l++) {
		double best = -1;
		size_t bi = n;
		for (size_t i = 0; i < n && i < 512; i++) {
			const char *al = m[i]->lang[0] ? m[i]->lang : "und";
			if (!uniq[i] || strcmp(al, s->languages[l].name))
				continue;
			double q = title_quality(m[i]->title);
			double c = centrality(&df, tf[i].h, tf[i].n, nunique);
			double sc = q * (0.05 + c);
			if (sc > best) {
				best = sc;
				bi = i;
			}
		}
		if (bi == n)
			continue;
		td_story_title *t = &s->titles[s->ntitles++];
		snprintf(t->lang, sizeof(t->lang), "%s", s->languages[l].name);
		t->title = m[bi]->title;
		t->article = bi;
	}
	s->title = s->ntitles ? s->titles[0].title : m[0]->title;

	/* A summary per language that has a headline; the main one first. */
	s->summaries = td_arena_calloc(ar, (s->ntitles + 1) * sizeof(*s->summaries));
	if (!s->summaries)
		goto nomem;
	{
		const members mb = {m, n, nunique, uniq, spans, nspans, toks, ntoks, &df};
		for (size_t l = 0; l < s->ntitles; l++) {
			td_story_summary *o = &s->summaries[s->nsummaries];
			snprintf(o->lang, sizeof(o->lang), "%s", s->titles[l].lang);
			if (summarise(&mb, o->lang, ar, tmp, &o->sentences, &o->n) < 0)
				goto nomem;
			if (o->n)
				s->nsummaries++;
		}
		for (size_t l = 0; l < s->nsummaries; l++)
			if (!strcmp(s->summaries[l].lang, s->lang)) {
				s->summary = s->summaries[l].sentences;
				s->nsummary = s->summaries[l].n;
			}
	}

	/* Key facts: equal (unit, value) across independent sources. */
	size_t nnum = 0;
	for (size_t i = 0; i < n; i++)
		if (uniq[i])
			nnum += m[i]->nnumbers;
	if (nnum) {
		td_story_fact *fv = td_arena_calloc(ar, nnum * sizeof(*fv));
		size_t **fsrc = td_arena_calloc(tmp, nnum * sizeof(*fsrc));
		size_t *fns = td_arena_calloc(tmp, nnum * sizeof(size_t));
		uint64_t *ctx = td_arena_calloc(tmp, nnum * 3 * sizeof(uint64_t));
		if (!fv || !fsrc || !fns || !ctx)
			goto nomem;
		size_t nf = 0;
		for (size_t i = 0; i < n; i++) {
			if (!uniq[i])
				continue;
			td_article *a = m[i];
			for (size_t k = 0; k < a->nnumbers; k++) {
				const td_number *num = &a->numbers[k];
				if (!num->unit || !isfinite(num->value))
					continue;
				size_t f = 0;
				for (; f < nf; f++) {
					double d = fabs(fv[f].value - num->value);
					if (!strcmp(fv[f].unit, num->unit) &&
					    d <= 1e-9 * fmax(1.0, fabs(num->value)))
						break;
				}
				if (f == nf) {
					fv[f].text = num->text;
					fv[f].unit = num->unit;
					fv[f].value = num->value;
					fv[f].article = i;
					size_t si = sentence_at(spans[i], nspans[i], num->start);
					fv[f].context = si < nspans[i] ? trim_span(a, spans[i][si], 240, ar) : NULL;
					/* Context signature: stems of the words before the number. */
					size_t from = si < nspans[i] ? spans[i][si].start : 0;
					uint64_t buf[MAX_FEATS];
					size_t nb = text_feats(a->text + from, num->start - from, a->lang, st, buf, MAX_FEATS);
					for (size_t c = 0; c < 3 && c < nb; c++)
						ctx[f * 3 + c] = buf[c];
					fsrc[f] = td_arena_alloc(tmp, n * sizeof(size_t));
					if (!fsrc[f])
						goto nomem;
					nf++;
				}
				size_t j = 0;
				while (j < fns[f] && fsrc[f][j] != i)
					j++;
				if (j == fns[f])
					fsrc[f][fns[f]++] = i;
			}
		}
		for (size_t f = 0; f < nf; f++)
			fv[f].sources = distinct_sources(m, outlets, fsrc[f], fns[f]);
		/* Disputed: another value for the same unit where the words
		 * before it share a stem. */
		for (size_t f = 0; f < nf; f++)
			for (size_t g = f + 1; g < nf; g++) {
				if (strcmp(fv[f].unit, fv[g].unit))
					continue;
				int share = 0;
				for (int x = 0; x < 3; x++)
					for (int y = 0; y < 3; y++)
						share |= ctx[f * 3 + x] && ctx[f * 3 + x] == ctx[g * 3 + y];
				double r = fv[f].value / (fv[g].value ? fv[g].value : 1e-300);
				/* Sources disagree only when no article states both
				 * values (one article listing 30% and 40% is no dispute). */
				int overlap = 0;
				for (size_t x = 0; x < fns[f] && !overlap; x++)
					for (size_t y = 0; y < fns[g] && !overlap; y++)
						overlap = fsrc[f][x] == fsrc[g][y];
				if (share && !overlap && r > 0.5 && r < 2.0)
					fv[f].disputed = fv[g].disputed = 1;
			}
		qsort(fv, nf, sizeof(*fv), cmp_fact);
		s->facts = fv;
		s->nfacts = nf < FACTS_MAX ? nf : FACTS_MAX;
	}

	/* Timeline: day and month mentions, grouped by date. */
	size_t nd = 0;
	for (size_t i = 0; i < n; i++)
		if (uniq[i])
			nd += m[i]->ndates;
	if (nd) {
		td_story_event *ev = td_arena_calloc(ar, nd * sizeof(*ev));
		size_t **esrc = td_arena_calloc(tmp, nd * sizeof(*esrc));
		size_t *ens = td_arena_calloc(tmp, nd * sizeof(size_t));
		if (!ev || !esrc || !ens)
			goto nomem;
		size_t ne = 0;
		for (size_t i = 0; i < n; i++) {
			if (!uniq[i] || !spans[i])
				continue;
			td_article *a = m[i];
			for (size_t k = 0; k < a->ndates; k++) {
				const td_date_mention *dm = &a->dates[k];
				if (dm->granularity > 1 || dm->first == TD_NODATE || dm->yearless)
					continue;
				size_t si = sentence_at(spans[i], nspans[i], dm->start);
				if (si >= nspans[i])
					continue;
				size_t e = 0;
				while (e < ne && (ev[e].first != dm->first || ev[e].last != dm->last))
					e++;
				int main_lang = !strcmp(a->lang, s->lang);
				if (e == ne) {
					ev[e].first = dm->first;
					ev[e].last = dm->last;
					esrc[e] = td_arena_alloc(tmp, n * sizeof(size_t));
					if (!esrc[e])
						goto nomem;
					ne++;
				}
				/* Prefer a sentence of the main language, then a short one. */
				size_t slen = spans[i][si].end - spans[i][si].start;
				int have_main = ev[e].text && !strcmp(m[ev[e].article]->lang, s->lang);
				if (!ev[e].text || (main_lang && !have_main) ||
				    (main_lang == have_main && slen < strlen(ev[e].text))) {
					ev[e].text = trim_span(a, spans[i][si], 240, ar);
					ev[e].article = i;
				}
				size_t j = 0;
				while (j < ens[e] && esrc[e][j] != i)
					j++;
				if (j == ens[e])
					esrc[e][ens[e]++] = i;
			}
		}
		for (size_t e = 0; e < ne; e++)
			ev[e].sources = distinct_sources(m, outlets, esrc[e], ens[e]);
		/* Keep the best-supported events, then sort them by date. */
		for (size_t x = 1; x < ne; x++)
			for (size_t y = x; y > 0 && ev[y].sources > ev[y - 1].sources; y--) {
				td_story_event t = ev[y];
				ev[y] = ev[y - 1];
				ev[y - 1] = t;
			}
		s->ntimeline = ne < TIMELINE_MAX ? ne : TIMELINE_MAX;
		qsort(ev, s->ntimeline, sizeof(*ev), cmp_event);
		s->timeline = ev;
	}

	/* Entities: one per key, named per language. */
	size_t nent = 0;
	for (size_t i = 0; i < n; i++)
		if (uniq[i])
			nent += m[i]->nentities;
	if (nent) {
		td_story_entity *ents = td_arena_calloc(ar, nent * sizeof(*ents));
		size_t *last = td_arena_calloc(tmp, nent * sizeof(size_t));
		/* The names each entity is given per language, with their
		 * counts: the base form the mentions give most is its name
		 * (without dictionaries a base form may be an oblique case the
		 * article wrote, "Theresę May"; the nominative is written
		 * most). Linked per entity from head[e]. */
		struct cand *cands = td_arena_alloc(tmp, nent * sizeof(*cands));
		/* Mentions per entity and type: a key that names a country and
		 * its people ("Britové" under gpe:gb) is the type named most,
		 * and named by that type's names. */
		uint32_t(*tcount)[TD_ENT_NTYPES] = td_arena_calloc(tmp, nent * sizeof(*tcount));
		uint32_t *head = td_arena_calloc(tmp, nent * sizeof(uint32_t));
		uint32_t *tail = td_arena_calloc(tmp, nent * sizeof(uint32_t));
		size_t ncand = 0;
		/* Entities by key: an open-addressing table of e + 1. */
		size_t kcap = 16;
		while (kcap < 2 * nent)
			kcap *= 2;
		uint32_t *kidx = td_arena_calloc(tmp, kcap * sizeof(uint32_t));
		if (!ents || !last || !cands || !tcount || !head || !tail || !kidx)
			goto nomem;
		size_t ne = 0;
		for (size_t i = 0; i < n; i++) {
			if (!uniq[i])
				continue;
			td_article *a = m[i];
			for (size_t k = 0; k < a->nentities; k++) {
				const td_entity *en = &a->entities[k];
				/* A dateline's agency is a source, not an entity
				 * of the story (its place is one). */
				if (!en->key || !*en->key || (en->dateline && en->type != TD_ENT_LOC))
					continue;
				size_t slot = (size_t)XXH3_64bits(en->key, strlen(en->key)) & (kcap - 1);
				while (kidx[slot] && strcmp(ents[kidx[slot] - 1].key, en->key))
					slot = (slot + 1) & (kcap - 1);
				size_t e = kidx[slot] ? kidx[slot] - 1 : ne;
				if (e == ne) {
					kidx[slot] = (uint32_t)(ne + 1);
					ents[e].key = en->key;
					ents[e].type = en->type;
					last[e] = (size_t)-1;
					ne++;
				}
				if (last[e] != i) {
					ents[e].weight += 1;
					last[e] = i;
				}
				const char *name = en->lemma ? en->lemma : en->text;
				if (en->type < TD_ENT_NTYPES)
					tcount[e][en->type]++;
				uint32_t x = head[e];
				while (x && (strcmp(cands[x - 1].lang, a->lang) || strcmp(cands[x - 1].name, name) ||
					     cands[x - 1].type != en->type))
					x = cands[x - 1].next;
				if (x)
					cands[x - 1].count++;
				else if (ncand < nent) {
					struct cand *cd = &cands[ncand++];
					cd->name = name;
					cd->type = (uint8_t)en->type;
					snprintf(cd->lang, sizeof(cd->lang), "%s", a->lang);
					cd->count = 1;
					/* Appended, so that among equals the first given wins. */
					cd->next = 0;
					if (tail[e])
						cands[tail[e] - 1].next = (uint32_t)ncand;
					else
						head[e] = (uint32_t)ncand;
					tail[e] = (uint32_t)ncand;
				}
			}
		}
		/* Per entity and language the name given most, where a name
		 * of several words also counts the mentions by its last word
		 * alone ("Азия Биби" with "Биби", "Donald Trump" with "Trump"):
		 * the full name the short ones stand for. Among equals the
		 * first given. */
		for (size_t e = 0; e < ne; e++) {
			uint32_t bests[8] = {0};
			int dom = 0;
			for (int t = 1; t < TD_ENT_NTYPES; t++)
				if (tcount[e][t] > tcount[e][dom])
					dom = t;
			if (tcount[e][dom])
				ents[e].type = (uint8_t)dom;
			for (uint32_t x = head[e]; x; x = cands[x - 1].next) {
				const struct cand *cd = &cands[x - 1];
				/* A name of the entity's type first ("Velká Británie",
				 * not "Britové"), then the name given most. */
				uint32_t sc = name_score(cands, head[e], cd) + (cd->type == dom ? 1u << 24 : 0);
				size_t l = 0;
				while (l < ents[e].nnames && strcmp(ents[e].names[l].lang, cd->lang))
					l++;
				if (l == ents[e].nnames) {
					if (l == 8)
						continue;
					snprintf(ents[e].names[l].lang, 4, "%s", cd->lang);
					ents[e].nnames++;
				} else if (sc <= bests[l])
					continue;
				bests[l] = sc;
				ents[e].names[l].name = cd->name;
			}
		}
		qsort(ents, ne, sizeof(*ents), cmp_entity);
		s->entities = ents;
		s->nentities = ne < ENTITIES_MAX ? ne : ENTITIES_MAX;
	}

	/* Coverage: articles per hour when times are known, else per day. */
	{
		int64_t lo = INT64_MAX, hi = INT64_MIN;
		int hourly = 1;
		for (size_t i = 0; i < n; i++)
			if (m[i]->published_at == 0 && m[i]->date != TD_NODATE)
				hourly = 0;
		int64_t step = hourly ? 3600 : 86400;
		for (size_t i = 0; i < n; i++) {
			int64_t t = hourly ? m[i]->published_at
					   : m[i]->date == TD_NODATE ? INT64_MIN : (int64_t)m[i]->date * 86400;
			if (t == INT64_MIN || (hourly && t == 0))
				continue;
			t -= ((t % step) + step) % step;
			lo = t < lo ? t : lo;
			hi = t > hi ? t : hi;
		}
		if (lo <= hi) {
			int64_t nb = (hi - lo) / step + 1;
			if (nb > 24 * 14 && hourly) {
				hourly = 0;
				step = 86400;
				lo -= ((lo % step) + step) % step;
				nb = (hi - lo) / step + 1;
			}
			if (nb > 366) {
				lo = hi - 365 * step;
				nb = 366;
			}
			s->coverage = td_arena_calloc(ar, (size_t)nb * sizeof(*s->coverage));
			if (!s->coverage)
				goto nomem;
			for (int64_t b = 0; b < nb; b++)
				s->coverage[b].start = lo + b * step;
			for (size_t i = 0; i < n; i++) {
				int64_t t = hourly ? m[i]->published_at
						   : m[i]->date == TD_NODATE ? INT64_MIN : (int64_t)m[i]->date * 86400;
				if (t == INT64_MIN || (hourly && t == 0) || t < lo)
					continue;
				int64_t b = (t - lo) / step;
				if (b >= 0 && b < nb)
					s->coverage[b].count++;
			}
			s->ncoverage = (size_t)nb;
			s->coverage_hourly = hourly;
		}
	}

	/* Category: the most frequent among unique members. */
	{
		int votes[TD_CAT_COUNT] = {0};
		for (size_t i = 0; i < n; i++)
			if (uniq[i] && m[i]->category > TD_CAT_NONE && m[i]->category < TD_CAT_COUNT)
				votes[m[i]->category]++;
		int best = 0;
		for (int c = 1; c < TD_CAT_COUNT; c++)
			if (votes[c] > votes[best])
				best = c;
		s->category = (td_category)best;
	}
	s->importance = td_rank_importance(s, now);
	td_stemmer_destroy(st);
	return 0;
nomem:
	td_stemmer_destroy(st);
	return TD_ERR_NOMEM;
}

/* ---- output -------------------------------------------------------- */

static const char *art_outlet(const td_article *a);

static void sentences_json(td_jw *w, const td_story *s, const td_story_sentence *v, size_t n)
{
	td_jw_arr(w);
	for (size_t i = 0; i < n; i++) {
		const td_article *a = s->articles[v[i].article];
		td_jw_obj(w);
		td_jw_kstr(w, "text", v[i].text);
		td_jw_kstr(w, "article", a->file);
		td_jw_kstr(w, "outlet", art_outlet(a));
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
}

static const char *art_outlet(const td_article *a)
{
	if (a->outlet)
		return a->outlet;
	return a->dateline_agency;
}

void td_story_json(td_jw *w, const td_story *s)
{
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)s->id);
	td_jw_obj(w);
	td_jw_kstr(w, "id", id);
	td_jw_kstr(w, "title", s->title);
	td_jw_key(w, "titles");
	td_jw_obj(w);
	for (size_t i = 0; i < s->ntitles; i++) {
		td_jw_key(w, s->titles[i].lang);
		td_jw_str(w, s->titles[i].title);
	}
	td_jw_obj_end(w);
	td_jw_kstr(w, "lang", s->lang);
	td_jw_key(w, "languages");
	td_jw_obj(w);
	for (size_t i = 0; i < s->nlanguages; i++) {
		td_jw_key(w, s->languages[i].name);
		td_jw_int(w, s->languages[i].articles);
	}
	td_jw_obj_end(w);
	td_jw_kstr(w, "category", s->category ? td_category_name(s->category) : "other");
	td_jw_knum(w, "importance", s->importance);
	td_jw_kint(w, "article_count", (long long)s->narticles);
	td_jw_kint(w, "unique_articles", (long long)s->nunique);
	td_jw_kint(w, "sources", s->nsources);
	td_jw_key(w, "first_seen");
	td_jw_day(w, s->first_seen);
	td_jw_key(w, "last_seen");
	td_jw_day(w, s->last_seen);
	td_jw_key(w, "articles");
	td_jw_arr(w);
	for (size_t i = 0; i < s->narticles; i++)
		td_jw_str(w, s->articles[i]->file);
	td_jw_arr_end(w);
	td_jw_key(w, "outlets");
	td_jw_arr(w);
	for (size_t i = 0; i < s->noutlets; i++) {
		td_jw_obj(w);
		td_jw_kstr(w, "name", s->outlets[i].name);
		td_jw_kint(w, "articles", s->outlets[i].articles);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "summary");
	sentences_json(w, s, s->summary, s->nsummary);
	td_jw_key(w, "summaries");
	td_jw_obj(w);
	for (size_t l = 0; l < s->nsummaries; l++) {
		td_jw_key(w, s->summaries[l].lang);
		sentences_json(w, s, s->summaries[l].sentences, s->summaries[l].n);
	}
	td_jw_obj_end(w);
	td_jw_key(w, "facts");
	td_jw_arr(w);
	for (size_t i = 0; i < s->nfacts; i++) {
		const td_story_fact *f = &s->facts[i];
		td_jw_obj(w);
		td_jw_kstr(w, "text", f->text);
		td_jw_knum(w, "value", f->value);
		td_jw_kstr(w, "unit", f->unit);
		td_jw_kint(w, "sources", f->sources);
		td_jw_kbool(w, "disputed", f->disputed);
		td_jw_kstr(w, "context", f->context);
		td_jw_kstr(w, "article", s->articles[f->article]->file);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "timeline");
	td_jw_arr(w);
	for (size_t i = 0; i < s->ntimeline; i++) {
		const td_story_event *e = &s->timeline[i];
		td_jw_obj(w);
		td_jw_key(w, "first");
		td_jw_day(w, e->first);
		td_jw_key(w, "last");
		td_jw_day(w, e->last);
		td_jw_kstr(w, "text", e->text);
		td_jw_kint(w, "sources", e->sources);
		td_jw_kstr(w, "article", s->articles[e->article]->file);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "entities");
	td_jw_arr(w);
	for (size_t i = 0; i < s->nentities; i++) {
		const td_story_entity *e = &s->entities[i];
		td_jw_obj(w);
		td_jw_kstr(w, "key", e->key);
		td_jw_kstr(w, "type", td_entity_type_name((td_entity_type)e->type));
		td_jw_knum(w, "weight", e->weight);
		td_jw_key(w, "names");
		td_jw_obj(w);
		for (size_t k = 0; k < e->nnames; k++) {
			td_jw_key(w, e->names[k].lang[0] ? e->names[k].lang : "und");
			td_jw_str(w, e->names[k].name);
		}
		td_jw_obj_end(w);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "coverage");
	td_jw_obj(w);
	td_jw_kstr(w, "bucket", s->coverage_hourly ? "hour" : "day");
	td_jw_key(w, "start");
	if (s->ncoverage)
		td_jw_int(w, (long long)s->coverage[0].start);
	else
		td_jw_null(w);
	td_jw_key(w, "counts");
	td_jw_arr(w);
	for (size_t i = 0; i < s->ncoverage; i++)
		td_jw_int(w, s->coverage[i].count);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	td_jw_obj_end(w);
}

static void tprintf(td_jw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tprintf(td_jw *w, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	td_jw_raw(w, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

void td_story_text(td_jw *w, const td_story *s)
{
	char a[11], b[11];
	tprintf(w, "%s\n", s->title ? s->title : "(untitled)");
	td_day_format(s->first_seen, a);
	td_day_format(s->last_seen, b);
	tprintf(w, "  %s | %zu article%s, %d source%s, %zu language%s | %s%s%s | importance %.2f\n",
		s->category ? td_category_name(s->category) : "other", s->narticles,
		s->narticles == 1 ? "" : "s", s->nsources, s->nsources == 1 ? "" : "s", s->nlanguages,
		s->nlanguages == 1 ? "" : "s", a[0] ? a : "undated", strcmp(a, b) ? " .. " : "",
		strcmp(a, b) ? b : "", s->importance);
	if (s->ntitles > 1) {
		tprintf(w, "\n  Headlines\n");
		for (size_t i = 0; i < s->ntitles; i++)
			tprintf(w, "    [%s] %s\n", s->titles[i].lang, s->titles[i].title);
	}
	for (size_t l = 0; l < s->nsummaries; l++) {
		const td_story_summary *sm = &s->summaries[l];
		if (s->nsummaries == 1)
			tprintf(w, "\n  Summary\n");
		else
			tprintf(w, "\n  Summary [%s]\n", sm->lang);
		for (size_t i = 0; i < sm->n; i++) {
			const td_article *ar = s->articles[sm->sentences[i].article];
			const char *o = art_outlet(ar);
			tprintf(w, "    - %s (%s)\n", sm->sentences[i].text, o ? o : ar->file);
		}
	}
	if (s->nfacts) {
		tprintf(w, "\n  Key facts\n");
		for (size_t i = 0; i < s->nfacts; i++) {
			const td_story_fact *f = &s->facts[i];
			/* Pad by characters, not bytes, so columns line up in UTF-8. */
			size_t chars = 0;
			for (const char *p = f->text; *p; p++)
				chars += ((unsigned char)*p & 0xC0) != 0x80;
			tprintf(w, "    %s%*s %d source%s%s\n", f->text, chars < 18 ? (int)(18 - chars) : 0, "",
				f->sources, f->sources == 1 ? "" : "s", f->disputed ? "  (sources disagree)" : "");
		}
	}
	if (s->ntimeline) {
		tprintf(w, "\n  Timeline\n");
		for (size_t i = 0; i < s->ntimeline; i++) {
			const td_story_event *e = &s->timeline[i];
			td_day_format(e->first, a);
			td_day_format(e->last, b);
			tprintf(w, "    %s%s%s  %s\n", a, e->last != e->first ? ".." : "",
				e->last != e->first ? b + 5 : "", e->text);
		}
	}
	if (s->nentities) {
		tprintf(w, "\n  Entities\n    ");
		for (size_t i = 0; i < s->nentities && i < 12; i++)
			tprintf(w, "%s%s (%s)", i ? ", " : "", s->entities[i].nnames ? s->entities[i].names[0].name : s->entities[i].key,
				td_entity_type_name((td_entity_type)s->entities[i].type));
		tprintf(w, "\n");
	}
	if (s->noutlets) {
		tprintf(w, "\n  Sources\n    ");
		for (size_t i = 0; i < s->noutlets && i < 12; i++)
			tprintf(w, "%s%s (%d)", i ? ", " : "", s->outlets[i].name, s->outlets[i].articles);
		tprintf(w, "\n");
	}
	if (s->ncoverage > 1) {
		static const char *const bars[] = {" ", "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
						   "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"};
		int mx = 1;
		for (size_t i = 0; i < s->ncoverage; i++)
			mx = s->coverage[i].count > mx ? s->coverage[i].count : mx;
		tprintf(w, "\n  Coverage per %s\n    ", s->coverage_hourly ? "hour" : "day");
		for (size_t i = 0; i < s->ncoverage && i < 120; i++) {
			int c = s->coverage[i].count;
			int k = c == 0 ? 0 : 1 + (c * 7) / mx;
			tprintf(w, "%s", bars[k > 8 ? 8 : k]);
		}
		tprintf(w, "\n");
	}
	tprintf(w, "\n");
}
