/* sketch.c - per-article fingerprints: hashed weighted features (stems,
 * transliterated name skeletons, entity keys, numbers, dates), the years
 * and persons an article names most, and a MinHash over 4-word shingles. Memory: a sketch is a fixed 2.7 KiB
 * struct; a sketcher holds a stemmer, a 768 KiB word cache and 48 KiB of
 * scratch. */
#include "tidings/sketch.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
/* XXH3 inlined: most hashed inputs here are a few bytes (a word, a
 * shingle of four hashes), where a library call costs as much as the
 * hash. The same function, the same values. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "tidings/error.h"
#include "tidings/text.h"
#include "sketch_int.h"

/* Word cache: folded word (by hash) -> its stem and name features. Most
 * tokens of news are frequent words, so stemming runs once per word.
 * Direct-mapped, of bsnlp-dev's words 54% hit with 4096 entries, 76%
 * with 65536; 32768 (768 KiB, in a core's cache) took 9% off the time
 * of sketching. Two-way (the entry used last kept), the same 32768 hit
 * 82% (of at most 83%: the rest are words met for the first time). */
#define WCACHE 32768
#define ACC 2048 /* feature accumulator slots (power of two >= 2 * TD_SKETCH_MAXFEAT) */
#define SUBLIN 1024 /* sublinear weights cached (a power of two) */
#define XSKEL 5   /* consonant classes of a cross-language word skeleton */
/* The lead: a body word at position k (from 0) weighs 1 + exp(-k / LEAD_TAU),
 * news writing putting the event in its first sentence or two (a lead of
 * 25 to 35 words, as agencies teach it). */
#define LEAD_TAU 30.0

typedef struct {
	uint64_t key;       /* hash of language and folded word; 0 empty */
	uint32_t stem, xstem, name; /* feature hashes; 0 none */
	uint32_t shingle;   /* hash of the folded word for shingles */
} wentry;

struct td_sketcher {
	td_stemmer *st;
	wentry cache[WCACHE];
	td_feature acc[ACC];
	uint32_t first[ACC]; /* first token position of each accumulated feature */
	uint32_t used[ACC];
	size_t nused;
	td_token tok[TD_SKETCH_MAXTOKENS];
	float lead[TD_SKETCH_MAXTOKENS]; /* weight of the body's k-th token */
	/* Sublinear weights met before, by the bits of the raw weight (0:
	 * empty): the raw weights of an article's features repeat (the
	 * headline's, the lead's of a word met once). */
	uint32_t subk[SUBLIN];
	float subv[SUBLIN];
};

td_sketcher *td_sketcher_create(void)
{
	td_sketcher *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->st = td_stemmer_create();
	if (!s->st) {
		free(s);
		return NULL;
	}
	for (size_t k = 0; k < TD_SKETCH_MAXTOKENS; k++)
		s->lead[k] = 1.0f + (float)exp(-(double)k / LEAD_TAU);
	return s;
}

void td_sketcher_destroy(td_sketcher *s)
{
	if (!s)
		return;
	td_stemmer_destroy(s->st);
	free(s);
}

static uint32_t fhash(td_feature_kind kind, const void *p, size_t n)
{
	uint32_t h = (uint32_t)XXH3_64bits_withSeed(p, n, (uint64_t)kind);
	return (h & ~(uint32_t)7) | (uint32_t)kind;
}

/* The sublinear term frequency of a raw weight w: 1 + log w above 1. */
static float sublinear(td_sketcher *s, float w)
{
	if (!(w > 1.0f))
		return w;
	uint32_t b;
	memcpy(&b, &w, sizeof(b));
	size_t i = ((b * 2654435761u) >> 16) & (SUBLIN - 1);
	if (s->subk[i] != b) {
		s->subk[i] = b;
		s->subv[i] = 1.0f + logf(w);
	}
	return s->subv[i];
}

static inline void acc_add(td_sketcher *s, uint32_t h, float w, uint32_t pos)
{
	uint32_t i = (h * 2654435761u) & (ACC - 1);
	for (;;) {
		td_feature *f = &s->acc[i];
		if (f->h == h) {
			f->w += w;
			return;
		}
		if (!f->h) {
			if (s->nused >= ACC / 2)
				return; /* full: later, rarer features are dropped */
			f->h = h;
			f->w = w;
			s->first[i] = pos;
			s->used[s->nused++] = i;
			return;
		}
		i = (i + 1) & (ACC - 1);
	}
}

/* Consonant classes of ASCII letters, by byte: vowels and semivowels
 * (and every other byte) give 0, dropped. */
static const char cons_class[256] = {
	['b'] = 'b', ['c'] = 'k', ['d'] = 'd', ['f'] = 'f', ['g'] = 'g', ['k'] = 'k',
	['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['p'] = 'p', ['q'] = 'k', ['r'] = 'r',
	['s'] = 's', ['t'] = 't', ['v'] = 'v', ['w'] = 'v', ['x'] = 'x', ['z'] = 's',
};

size_t td_sketch_skeleton(const char *w, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	if (cap == 0)
		return 0;
	/* Nothing is added past five classes or the room of out: the rest of
	 * a long word is not read. */
	size_t full = cap - 1 < 5 ? cap - 1 : 5;
	for (size_t i = 0; i < n && o < full; i++) {
		char c = w[i], nx = i + 1 < n ? w[i + 1] : 0, k;
		/* Digraphs that transliterations spell differently. */
		if (nx == 'h' && (c == 's' || c == 'z' || c == 'k' || c == 't' || c == 'p')) {
			k = c == 'p' ? 'f' : c == 'z' ? 's' : c;
			i++;
		} else if (c == 'c' && (nx == 'h' || nx == 'z' || nx == 'k')) {
			k = 'k';
			i++;
		} else if (c == 'x') {
			if (o == 0 || out[o - 1] != 'k')
				out[o++] = 'k';
			if (o == full)
				break;
			k = 's';
		} else if (o == 0 && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y')) {
			k = 'a'; /* an initial vowel is kept, as one class */
		} else
			k = cons_class[(unsigned char)c];
		if (k && (o == 0 || out[o - 1] != k))
			out[o++] = k;
	}
	out[o] = 0;
	return o;
}

/* Normalises a number token: digits and one decimal point, no group
 * separators ("1,000" -> "1000", "22,3" -> "22.3"). Returns its length. */
static size_t norm_number(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9')
			out[o++] = c;
		else if ((c == '.' || c == ',') && i + 1 < n && o > 0) {
			/* A separator followed by exactly three digits groups thousands. */
			size_t d = 0;
			while (i + 1 + d < n && s[i + 1 + d] >= '0' && s[i + 1 + d] <= '9')
				d++;
			if (d != 3)
				out[o++] = '.';
		}
	}
	out[o] = 0;
	return o;
}

/* Counts characters of UTF-8 text (not continuation bytes), up to 4:
 * the word tests below ask no more. */
static size_t nchars4(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < 4; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

/* The cache entry of a word, made on a miss. */
static void word_fill(td_sketcher *s, wentry *e, const char *lang, const char *w, size_t n, int upper)
{
	char fold[128], stem[128], tr[128], sk[8];
	size_t fl = td_text_fold(w, n, fold, sizeof(fold));
	e->shingle = (uint32_t)XXH3_64bits(fold, fl);
	e->stem = e->xstem = e->name = 0;
	size_t nc = nchars4(fold, fl);
	/* Very short words are mostly function words; short capitalised
	 * ones ("EU", "NATO", "Ким") are names and kept. */
	if (nc <= 3 && !(upper && nc >= 2))
		return;
	size_t sl = td_stem(s->st, lang, fold, fl, stem, sizeof(stem));
	e->stem = fhash(TD_FEAT_STEM, stem, sl);
	/* The word's consonant skeleton in ASCII, when it has all five
	 * consonant classes, meets its cognates in other scripts and
	 * languages, whose vowels and endings differ: "парламента",
	 * "parlamentu" -> prlmn; "президента", "prezydenta" -> prsdn.
	 * A shorter skeleton is shared by too many unrelated words. A
	 * capitalised word's skeleton (three classes or more) is its name
	 * feature. */
	size_t tl = td_text_translit(fold, fl, tr, sizeof(tr));
	size_t kl = td_sketch_skeleton(tr, tl, sk, sizeof(sk));
	if (kl >= XSKEL)
		e->xstem = fhash(TD_FEAT_XSTEM, sk, XSKEL);
	if (upper && nc >= 3 && kl >= 3)
		e->name = fhash(TD_FEAT_NAME, sk, kl);
}

static const wentry *word_entry(td_sketcher *s, const char *lang, const char *w, size_t n, int upper)
{
	/* The word as written is the key (an entry is a function of the
	 * language, the case-folded word and upper): a word met before is not
	 * even folded. The language is mixed into the key after hashing: XXH3
	 * of a short input (up to 8 bytes) only XORs the seed into a bijection
	 * of the bytes, so seeded keys of two languages collide systematically
	 * ("tok" in one, "ton" in another), and an entry of the wrong word
	 * would come back depending on what the sketcher saw before. */
	uint64_t lk = (uint64_t)((unsigned char)lang[0] | (unsigned char)lang[1] << 8);
	uint64_t key = (XXH3_64bits(w, n) ^ (lk + 1) * 0x9E3779B97F4A7C15ull) | 1;
	key = upper ? key | 2 : key & ~(uint64_t)2;
	/* Two ways per set, the one used last first. */
	wentry *e = &s->cache[((key >> 2) & (WCACHE / 2 - 1)) * 2];
	if (e[0].key == key)
		return &e[0];
	if (e[1].key == key) {
		wentry t = e[1];
		e[1] = e[0];
		e[0] = t;
		return &e[0];
	}
	e[1] = e[0];
	e[0].key = key;
	word_fill(s, &e[0], lang, w, n, upper);
	return &e[0];
}

/* One-permutation MinHash: the top bits of a shingle's hash choose a
 * bin, which keeps the smallest of the low bits it sees (UINT32_MAX:
 * empty). One operation per shingle instead of one per value. */
static void minhash_add(td_sketch *out, uint64_t h)
{
	unsigned bin = (unsigned)(h >> 59) % TD_SKETCH_MINHASH;
	uint32_t v = (uint32_t)h & 0x7FFFFFFFu;
	if (v < out->minhash[bin])
		out->minhash[bin] = v;
}

/* A day written in the text and its rank among the days written. */
typedef struct {
	td_day day;
	uint32_t at;
} day_at;

#define MAX_DAYS 1024

static int by_day_at(const void *x, const void *y)
{
	const day_at *a = x, *b = y;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at;
}

int td_sketch_article(td_sketcher *s, const td_article *a, td_sketch *out)
{
	return td_sketch_article_tok(s, a, NULL, 0, out);
}

int td_sketch_article_tok(td_sketcher *s, const td_article *a, const td_token *tk, size_t ntk,
			  td_sketch *out)
{
	int rc = td_text_init();
	if (rc < 0)
		return rc;
	out->nfeat = 0;
	out->nshingles = 0;
	out->nquant = 0;
	for (int i = 0; i < TD_SKETCH_MINHASH; i++)
		out->minhash[i] = UINT32_MAX;
	out->day = a->date;
	memcpy(out->lang, a->lang, sizeof(out->lang));
	out->lang[3] = 0;
	out->mentioned = TD_NODATE;
	for (size_t i = 0; i < s->nused; i++)
		s->acc[s->used[i]].h = 0;
	s->nused = 0;

	const char *text = a->text ? a->text : "";
	size_t len = a->text ? a->text_len : 0;
	size_t title_len = a->title ? strlen(a->title) : 0;
	if (title_len > len)
		title_len = 0;
	const char *lang = a->lang;
	int cut = td_text_apostrophe_endings(lang);
	const td_token *tok = tk ? tk : s->tok;
	size_t nt = tk ? (ntk < TD_SKETCH_MAXTOKENS ? ntk : TD_SKETCH_MAXTOKENS)
		       : td_tokenize(text, len, s->tok, TD_SKETCH_MAXTOKENS);

	/* Term counts first (weights are made sublinear below). The headline
	 * counts twice: it names the event. */
	uint32_t sh[4] = {0, 0, 0, 0};
	uint16_t yv[16];
	uint8_t yc[16];
	size_t ny = 0;
	size_t nbt = 0; /* tokens of the headline */
	while (nbt < nt && tok[nbt].start < title_len)
		nbt++;
	for (size_t i = 0; i < nt; i++) {
		const td_token *t = &tok[i];
		const char *w = text + t->start;
		size_t n = t->end - t->start;
		/* "Ukrayna'ya" counts as "Ukrayna". */
		if (cut && (t->flags & TD_TOK_UPPER))
			n = td_text_cut_ending(w, n);
		/* The headline twice; the body's words from nearly twice at its
		 * start (the lead) down to once. */
		float wt = t->start < title_len ? 2.0f : s->lead[i - nbt];
		uint32_t shv;
		if (t->flags & TD_TOK_DIGIT) {
			/* "6,4" and "1,000" are one number split by the tokenizer. */
			while (i + 1 < nt && (tok[i + 1].flags & TD_TOK_DIGIT) &&
			       tok[i + 1].start == tok[i].end + 1 &&
			       (text[tok[i].end] == ',' || text[tok[i].end] == '.')) {
				i++;
				n = tok[i].end - t->start;
			}
			char num[64];
			size_t nl = norm_number(w, n, num, sizeof(num));
			shv = (uint32_t)XXH3_64bits(w, n);
			if (nl)
				acc_add(s, fhash(TD_FEAT_NUMBER, num, nl), wt, (uint32_t)i);
			/* A year: four digits alone, 1900-2099 (not "2,013" or
			 * "2013.5", which were merged above), that the numbers
			 * stage did not read as a quantity ("2000 troops"). */
			int year = n == 4 && ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')) &&
				   w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
			for (size_t k = 0; year && k < a->nnumbers; k++)
				if (a->numbers[k].unit && a->numbers[k].unit[0] && a->numbers[k].start <= t->start &&
				    t->start < a->numbers[k].end)
					year = 0;
			if (year) {
				uint16_t y = (uint16_t)((w[0] - '0') * 1000 + (w[1] - '0') * 100 +
							(w[2] - '0') * 10 + (w[3] - '0'));
				size_t k = 0;
				while (k < ny && yv[k] != y)
					k++;
				if (k == ny && ny < 16) {
					yv[ny] = y;
					yc[ny++] = 0;
				}
				if (k < ny && yc[k] < 255)
					yc[k]++;
			}
		} else if (t->flags & TD_TOK_ALPHA) {
			int upper = (t->flags & TD_TOK_UPPER) && !(t->flags & TD_TOK_SENT_START);
			const wentry *e = word_entry(s, lang, w, n, upper);
			shv = e->shingle;
			if (e->stem)
				acc_add(s, e->stem, wt, (uint32_t)i);
			if (e->xstem)
				acc_add(s, e->xstem, wt, (uint32_t)i);
			if (e->name)
				acc_add(s, e->name, wt, (uint32_t)i);
		} else
			continue;
		sh[0] = sh[1];
		sh[1] = sh[2];
		sh[2] = sh[3];
		sh[3] = shv;
		if (sh[0] && t->start >= title_len) {
			minhash_add(out, XXH3_64bits(sh, sizeof(sh)));
			out->nshingles++;
		}
	}
	/* Without an identified language, the script stands in for it:
	 * articles in different scripts are in different languages. */
	if (!out->lang[0]) {
		size_t lat = 0, cyr = 0, grk = 0, oth = 0;
		for (size_t i = 0; i < nt; i++) {
			unsigned char b = (unsigned char)text[tok[i].start];
			if (!(tok[i].flags & TD_TOK_ALPHA))
				continue;
			if (b < 0x80 || (b >= 0xC3 && b <= 0xC9))
				lat++;
			else if (b >= 0xD0 && b <= 0xD4)
				cyr++;
			else if (b == 0xCE || b == 0xCF)
				grk++;
			else
				oth++;
		}
		size_t m = lat > cyr ? lat : cyr;
		m = m > grk ? m : grk;
		m = m > oth ? m : oth;
		if (m)
			memcpy(out->lang, m == lat ? "~l" : m == cyr ? "~c" : m == grk ? "~g" : "~x", 3);
	}
	/* Extracted items, when the extractors ran: an entity key stands for
	 * the entity in every language and script (weighed like a word, as
	 * the words of the name count too). */
	uint32_t pv[16];
	uint8_t pc[16];
	size_t np = 0;
	for (size_t i = 0; i < a->nentities; i++) {
		const td_entity *e = &a->entities[i];
		/* The dateline names where and by whom the report was
		 * filed, not what it reports. */
		if (e->key && e->key[0] && !e->dateline) {
			float wt = e->start < title_len ? 2.0f : 1.0f;
			uint32_t h = fhash(TD_FEAT_ENTITY, e->key, strlen(e->key));
			acc_add(s, h, wt, e->start);
			if (e->type != TD_ENT_PER)
				continue;
			size_t k = 0;
			while (k < np && pv[k] != h)
				k++;
			if (k == np && np < 16) {
				pv[np] = h;
				pc[np++] = 0;
			}
			if (k < np && pc[k] < 255)
				pc[k]++;
		}
	}
	/* Persons, most named first, the first named among equals. */
	memset(out->who, 0, sizeof(out->who));
	for (size_t k = 0; k < TD_SKETCH_MAXWHO && k < np; k++) {
		size_t b = k;
		for (size_t j = k + 1; j < np; j++)
			if (pc[j] > pc[b])
				b = j;
		uint32_t tv = pv[b];
		uint8_t tc = pc[b];
		memmove(pv + k + 1, pv + k, (b - k) * sizeof(pv[0]));
		memmove(pc + k + 1, pc + k, (b - k) * sizeof(pc[0]));
		pv[k] = tv;
		pc[k] = tc;
		out->who[k] = tv;
	}
	/* Extracted numbers (a->numbers) are not added again: their digits
	 * are already NUMBER features, and counting them twice only raised
	 * the chance overlap of unrelated articles. Those with a unit are
	 * kept aside as quantities, for the conflict test of the engine
	 * (two reports of one event rarely give different values in the
	 * same unit and none in common). */
	out->nquant = 0;
	for (size_t i = 0; i < a->nnumbers && out->nquant < TD_SKETCH_MAXQUANT; i++) {
		const td_number *q = &a->numbers[i];
		if (!q->unit || !q->unit[0] || !isfinite(q->value))
			continue;
		double r = q->value * 1000.0;
		long long v = (r > 9e15 || r < -9e15) ? (long long)(r / 1e6) : llround(r);
		uint32_t uh = (uint32_t)XXH3_64bits(q->unit, strlen(q->unit));
		uint32_t vh = (uint32_t)XXH3_64bits_withSeed(&v, sizeof(v), 7);
		uint32_t qh = (uh & 0xFFFF0000u) | (vh & 0xFFFFu);
		uint32_t k = 0;
		while (k < out->nquant && out->quant[k] != qh)
			k++;
		if (k == out->nquant)
			out->quant[out->nquant++] = qh;
	}
	/* The day written most, the first written among equals, counted over
	 * the first MAX_DAYS days written (sorted: a text may hold thousands). */
	day_at days[MAX_DAYS];
	size_t nd = 0;
	for (size_t i = 0; i < a->ndates; i++) {
		const td_date_mention *m = &a->dates[i];
		/* A yearless day names no real day. */
		if (m->granularity != 0 || m->first == TD_NODATE || m->yearless)
			continue;
		td_day d = m->first;
		acc_add(s, fhash(TD_FEAT_DATE, &d, sizeof(d)), 1.0f, m->start);
		if (nd < MAX_DAYS)
			days[nd] = (day_at){d, (uint32_t)nd}, nd++;
	}
	qsort(days, nd, sizeof(*days), by_day_at);
	td_day best = TD_NODATE;
	size_t bestn = 0, bestfirst = 0;
	for (size_t i = 0, j; i < nd; i = j) {
		for (j = i + 1; j < nd && days[j].day == days[i].day; j++)
			;
		if (j - i > bestn || (j - i == bestn && days[i].at < bestfirst)) {
			bestn = j - i;
			bestfirst = days[i].at;
			best = days[i].day;
		}
	}
	out->mentioned = best;
	/* Years, most often written first, the later among equals (a report
	 * recalls earlier years; its own comes back more often). */
	memset(out->years, 0, sizeof(out->years));
	for (size_t k = 0; k < TD_SKETCH_MAXYEARS && k < ny; k++) {
		size_t b = k;
		for (size_t j = k + 1; j < ny; j++)
			if (yc[j] > yc[b] || (yc[j] == yc[b] && yv[j] > yv[b]))
				b = j;
		uint16_t tv = yv[k];
		uint8_t tc = yc[k];
		yv[k] = yv[b];
		yc[k] = yc[b];
		yv[b] = tv;
		yc[b] = tc;
		out->years[k] = yv[k];
	}
	/* The main year: an obituary writes the years of a life once each,
	 * and none of them dates the report. */
	out->year = ny == 1 || (ny > 1 && yc[0] > yc[1]) ? yv[0] : 0;

	/* Sublinear term frequency; keep the heaviest features, earlier ones
	 * first among equals. */
	size_t nf = 0;
	td_feature all[ACC / 2];
	uint32_t pos[ACC / 2];
	for (size_t i = 0; i < s->nused; i++) {
		td_feature f = s->acc[s->used[i]];
		f.w = sublinear(s, f.w);
		all[nf] = f;
		pos[nf++] = s->first[s->used[i]];
	}
	if (nf > TD_SKETCH_MAXFEAT) {
		/* Position breaks ties: a tiny bonus for earlier tokens. */
		for (size_t i = 0; i < nf; i++)
			all[i].w += 1e-6f * (float)(TD_SKETCH_MAXTOKENS * 4 - (pos[i] < TD_SKETCH_MAXTOKENS * 4 ? pos[i] : TD_SKETCH_MAXTOKENS * 4));
		td__feat_select(all, nf, TD_SKETCH_MAXFEAT);
		nf = TD_SKETCH_MAXFEAT;
	}
	td__feat_sort_hash(all, nf);
	memcpy(out->feat, all, nf * sizeof(all[0]));
	out->nfeat = (uint32_t)nf;
	return 0;
}

double td_sketch_resemblance(const td_sketch *a, const td_sketch *b)
{
	if (a->nshingles < 8 || b->nshingles < 8)
		return 0.0;
	int same = 0, used = 0;
	for (int i = 0; i < TD_SKETCH_MINHASH; i++) {
		int ea = a->minhash[i] == UINT32_MAX, eb = b->minhash[i] == UINT32_MAX;
		used += !(ea && eb);
		same += !ea && !eb && a->minhash[i] == b->minhash[i];
	}
	return used ? (double)same / used : 0.0;
}

/* ---- parallel sketching ------------------------------------------- */

typedef struct {
	td_article *const *v;
	td_sketch *out;
	size_t n, next;
	pthread_mutex_t lock;
	int err;
} many_run;

static void *many_worker(void *arg)
{
	many_run *r = arg;
	td_sketcher *s = td_sketcher_create();
	if (!s) {
		pthread_mutex_lock(&r->lock);
		r->err = TD_ERR_NOMEM;
		pthread_mutex_unlock(&r->lock);
		return NULL;
	}
	for (;;) {
		pthread_mutex_lock(&r->lock);
		size_t i = r->next;
		r->next += 64;
		pthread_mutex_unlock(&r->lock);
		if (i >= r->n)
			break;
		size_t end = i + 64 < r->n ? i + 64 : r->n;
		for (; i < end; i++) {
			int rc = td_sketch_article(s, r->v[i], &r->out[i]);
			if (rc < 0) {
				pthread_mutex_lock(&r->lock);
				r->err = rc;
				pthread_mutex_unlock(&r->lock);
			}
		}
	}
	td_sketcher_destroy(s);
	return NULL;
}

int td_sketch_many(td_article *const *articles, size_t n, int threads, td_sketch *out)
{
	many_run r = {articles, out, n, 0, PTHREAD_MUTEX_INITIALIZER, 0};
	int nt = threads > 0 ? threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (nt < 1)
		nt = 1;
	if (nt > 64)
		nt = 64;
	if ((size_t)nt > n / 64 + 1)
		nt = (int)(n / 64 + 1);
	int rc = td_text_init();
	if (rc < 0)
		return rc;
	if (nt == 1) {
		many_worker(&r);
	} else {
		pthread_t th[64];
		int started = 0;
		for (int i = 0; i < nt; i++)
			if (pthread_create(&th[i], NULL, many_worker, &r) == 0)
				started++;
			else
				break;
		if (!started)
			many_worker(&r);
		for (int i = 0; i < started; i++)
			pthread_join(th[i], NULL);
	}
	pthread_mutex_destroy(&r.lock);
	return r.err;
}

/* ---- feature-array helpers ---------------------------------------- */

static int heavier(const td_feature *a, const td_feature *b)
{
	return a->w > b->w || (a->w == b->w && a->h < b->h);
}

void td__feat_select(td_feature *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n; /* the k-th heaviest lies in v[lo..hi) */
	if (k == 0 || k >= n)
		return;
	while (hi - lo > 1) {
		/* Three-way partition around the middle item: heavier | equal | lighter. */
		td_feature p = v[lo + (hi - lo) / 2];
		size_t lt = lo, i = lo, gt = hi;
		while (i < gt) {
			if (heavier(&v[i], &p)) {
				td_feature t = v[lt];
				v[lt++] = v[i];
				v[i++] = t;
			} else if (heavier(&p, &v[i])) {
				td_feature t = v[--gt];
				v[gt] = v[i];
				v[i] = t;
			} else
				i++;
		}
		if (k <= lt)
			hi = lt;
		else if (k <= gt)
			return;
		else
			lo = gt;
	}
}

static uint64_t median3(uint64_t a, uint64_t b, uint64_t c)
{
	if (a > b) {
		uint64_t t = a;
		a = b;
		b = t;
	}
	return c < a ? a : c > b ? b : c;
}

/* The k-th largest of a[0..n) (1 <= k <= n); a is reordered. Hoare's
 * selection, the pivot a median of three. */
static uint64_t nth_largest(uint64_t *a, size_t n, size_t k)
{
	ptrdiff_t lo = 0, hi = (ptrdiff_t)n - 1, t = (ptrdiff_t)k - 1;
	while (lo < hi) {
		uint64_t p = median3(a[lo], a[lo + (hi - lo) / 2], a[hi]);
		ptrdiff_t i = lo, j = hi;
		while (i <= j) {
			while (a[i] > p)
				i++;
			while (a[j] < p)
				j--;
			if (i <= j) {
				uint64_t x = a[i];
				a[i++] = a[j];
				a[j--] = x;
			}
		}
		/* a[lo..j] >= p >= a[i..hi], and p between them. */
		if (t <= j)
			hi = j;
		else if (t >= i)
			lo = i;
		else
			return p;
	}
	return a[t];
}

td_feature td__feat_kth(const td_feature *v, size_t n, size_t k)
{
	uint64_t key[1024];
	int positive = 1;
	if (n > 1024)
		n = 1024;
	/* Positive weights (the usual) order as their bits do: a feature
	 * becomes one integer, its weight's bits above its complemented hash
	 * below, larger for the heavier. */
	for (size_t i = 0; i < n; i++) {
		uint32_t b;
		memcpy(&b, &v[i].w, sizeof(b));
		positive &= v[i].w > 0.0f;
		key[i] = (uint64_t)b << 32 | (uint32_t)~v[i].h;
	}
	if (positive) {
		uint64_t x = nth_largest(key, n, k);
		uint32_t b = (uint32_t)(x >> 32);
		td_feature f;
		f.h = ~(uint32_t)x;
		memcpy(&f.w, &b, sizeof(b));
		return f;
	}
	/* The lightest of the k heaviest, as td__feat_select leaves them. */
	td_feature tmp[1024];
	memcpy(tmp, v, n * sizeof(*v));
	td__feat_select(tmp, n, k);
	td_feature kth = tmp[0];
	for (size_t i = 1; i < k; i++)
		if (heavier(&kth, &tmp[i]))
			kth = tmp[i];
	return kth;
}

static void insertion_sort_hash(td_feature *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		td_feature x = v[i];
		size_t j = i;
		while (j > 0 && v[j - 1].h > x.h) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

void td__feat_sort_hash(td_feature *v, size_t n)
{
	if (n > 1024)
		n = 1024;
	if (n <= 24) {
		insertion_sort_hash(v, n);
		return;
	}
	/* Hashes are spread evenly: a stable pass into about one bucket per
	 * feature by their top bits, then an insertion sort that only moves
	 * features within their bucket (stable, as the sort must be). */
	td_feature tmp[1024];
	uint16_t cnt[1024 + 1];
	unsigned bits = 5;
	while ((1u << bits) < n && bits < 10)
		bits++;
	size_t nb = (size_t)1 << bits;
	memset(cnt, 0, (nb + 1) * sizeof(cnt[0]));
	for (size_t i = 0; i < n; i++)
		cnt[(v[i].h >> (32 - bits)) + 1]++;
	for (size_t b = 0; b < nb; b++)
		cnt[b + 1] = (uint16_t)(cnt[b + 1] + cnt[b]);
	for (size_t i = 0; i < n; i++)
		tmp[cnt[v[i].h >> (32 - bits)]++] = v[i];
	insertion_sort_hash(tmp, n);
	memcpy(v, tmp, n * sizeof(*v));
}
