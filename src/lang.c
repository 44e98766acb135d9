/* lang.c - language identification: script groups, then naive Bayes over hashed character n-grams and words. */
#include "tidings/lang.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lang_model.h"
#include "tidings/error.h"
#include "tidings/utf8.h"

/* The model, compiled in from data/lang/model.bin (see data/lang/README.md;
 * written by data/lang/train.py, whose feature extraction this file mirrors). */
__asm__(".section .rodata\n"
	".balign 16\n"
	".globl td__lang_model_blob\n"
	"td__lang_model_blob:\n"
	".incbin \"data/lang/model.bin\"\n"
	".globl td__lang_model_blob_end\n"
	"td__lang_model_blob_end:\n"
	".zero 64\n"
	".previous\n");
extern const unsigned char td__lang_model_blob[];
extern const unsigned char td__lang_model_blob_end[];

/* Bytes of text looked at, and the early stop: once the best language leads
 * the runner-up by STOP_NATS (log-likelihood), more text cannot change the
 * answer in practice. */
#ifndef PREFIX_BYTES
#define PREFIX_BYTES 1536
#endif
#ifndef STOP_NATS
#define STOP_NATS 120
#endif
#ifndef CAP_WEIGHT_NUM
#define CAP_WEIGHT_NUM 1
#define CAP_WEIGHT_DEN 2
#endif
#define MAX_CP 4096
#define MAX_WORDS 1024
#define MAX_WORD_CP 24
#define MAX_LANGS 32
#define MAX_GROUPS 8

enum {
	S_NONE = 0,
	S_LATIN,
	S_GREEK,
	S_CYRILLIC,
	S_HEBREW,
	S_ARABIC,
	S_DEVANAGARI,
	S_THAI,
	S_GEORGIAN,
	S_ARMENIAN,
	S_HANGUL,
	S_KANA,
	S_HAN,
	S_COUNT
};

static const char *const script_names[S_COUNT] = {
	"", "latin", "greek", "cyrillic", "hebrew", "arabic", "devanagari",
	"thai", "georgian", "armenian", "hangul", "kana", "han"};

/* Language of scripts used by (practically) one language. */
static const char *const single_lang[S_COUNT] = {
	"", "", "el", "", "he", "", "", "th", "ka", "hy", "ko", "ja", "zh"};

/* A hash table of features; a slot is a 32-bit key (0: empty) followed by
 * one penalty byte per language, stride bytes in all. */
typedef struct {
	uint32_t nlang, nslot, stride;
	char codes[MAX_LANGS][4];
	const uint8_t *tab;
} group;

typedef struct {
	group g[MAX_GROUPS];
	int by_script[S_COUNT]; /* group index or -1 */
	int ok;
} model;

static model the_model;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_rc;

/* Per BMP code point: bit 7 letter, bits 0-4 script. And its lower case. */
static uint8_t cp_class[65536];
static uint16_t cp_lower[65536];

static int script_of(uint32_t c)
{
	static const struct {
		uint32_t lo, hi;
		int s;
	} r[] = {
		{0x0041, 0x024F, S_LATIN}, {0x1E00, 0x1EFF, S_LATIN},
		{0x0370, 0x03FF, S_GREEK}, {0x1F00, 0x1FFF, S_GREEK},
		{0x0400, 0x052F, S_CYRILLIC}, {0x0590, 0x05FF, S_HEBREW},
		{0x0600, 0x06FF, S_ARABIC}, {0x0750, 0x077F, S_ARABIC},
		{0xFB50, 0xFDFF, S_ARABIC}, {0xFE70, 0xFEFF, S_ARABIC},
		{0x0900, 0x097F, S_DEVANAGARI}, {0x0E00, 0x0E7F, S_THAI},
		{0x10A0, 0x10FF, S_GEORGIAN}, {0x0530, 0x058F, S_ARMENIAN},
		{0x1100, 0x11FF, S_HANGUL}, {0xAC00, 0xD7AF, S_HANGUL},
		{0x3130, 0x318F, S_HANGUL}, {0x3040, 0x30FF, S_KANA},
		{0x4E00, 0x9FFF, S_HAN}, {0x3400, 0x4DBF, S_HAN},
	};
	for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++)
		if (c >= r[i].lo && c <= r[i].hi)
			return r[i].s;
	return S_NONE;
}

static int is_letter_icu(uint32_t c)
{
	int t = u_charType((UChar32)c);
	return t == U_UPPERCASE_LETTER || t == U_LOWERCASE_LETTER ||
	       t == U_TITLECASE_LETTER || t == U_MODIFIER_LETTER ||
	       t == U_OTHER_LETTER || t == U_NON_SPACING_MARK ||
	       t == U_COMBINING_SPACING_MARK;
}

static void build_tables(void)
{
	for (uint32_t c = 0; c < 65536; c++) {
		uint8_t k = 0;
		uint16_t lo = (uint16_t)c;
		if (c < 0xD800 || c > 0xDFFF) {
			if (is_letter_icu(c))
				k = (uint8_t)(0x80 | script_of(c));
			UChar32 l = u_tolower((UChar32)c);
			/* simple mapping; U+0130 lower-cases to two code points
			 * in full case mapping and stays itself here */
			if (c != 0x130 && l >= 0 && l < 65536)
				lo = (uint16_t)l;
		}
		cp_class[c] = k;
		cp_lower[c] = lo;
	}
}

static uint32_t rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

int td__lang_load(const void *data, size_t len)
{
	const unsigned char *p = data, *end = p + len;
	model m;
	memset(&m, 0, sizeof(m));
	for (int s = 0; s < S_COUNT; s++)
		m.by_script[s] = -1;
	if (len < 12 || memcmp(p, "TDLM", 4) || rd32(p + 4) != 3)
		return TD_ERR_NODATA;
	uint32_t ng = rd32(p + 8);
	if (ng > MAX_GROUPS)
		return TD_ERR_NODATA;
	p += 12;
	for (uint32_t gi = 0; gi < ng; gi++) {
		if (end - p < 20)
			return TD_ERR_NODATA;
		char name[13];
		memcpy(name, p, 12);
		name[12] = 0;
		group *g = &m.g[gi];
		g->nlang = rd32(p + 12);
		g->nslot = rd32(p + 16);
		p += 20;
		if (!g->nlang || g->nlang > MAX_LANGS || !g->nslot ||
		    (g->nslot & (g->nslot - 1)) || g->nslot > (1u << 26))
			return TD_ERR_NODATA;
		g->stride = (4 + g->nlang + 3) / 4 * 4;
		size_t need = (size_t)g->nlang * 4 + (size_t)g->nslot * g->stride;
		if ((size_t)(end - p) < need)
			return TD_ERR_NODATA;
		for (uint32_t l = 0; l < g->nlang; l++) {
			memcpy(g->codes[l], p, 4);
			g->codes[l][3] = 0;
			p += 4;
		}
		if (((uintptr_t)p & 3) != 0)
			return TD_ERR_NODATA;
		g->tab = p;
		p += (size_t)g->nslot * g->stride;
		for (int s = 1; s < S_COUNT; s++)
			if (!strcmp(name, script_names[s]))
				m.by_script[s] = (int)gi;
	}
	m.ok = 1;
	the_model = m;
	return 0;
}

static void init_once(void)
{
	build_tables();
	init_rc = td__lang_load(td__lang_model_blob,
				(size_t)(td__lang_model_blob_end - td__lang_model_blob));
}

int td_lang_init(void)
{
	pthread_once(&once, init_once);
	return init_rc;
}

/* ---- features (as in data/lang/train.py) --------------------------- */

#define FNV 0x100000001b3ull
#define SEED_NGRAM 0xcbf29ce484222325ull
#define SEED_WORD 0x84222325cbf29ce4ull

static inline uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

/* Sums the penalties of the features of one word. The slots are computed
 * and prefetched first so that the table reads overlap. */
typedef struct {
	uint32_t slot, key;
} probe;

static inline void add_entry(const group *g, const uint8_t *e, uint32_t *score)
{
#ifdef __SSE2__
	/* 16 languages at a time; the table is padded so reading past the
	 * last language of the last slot stays inside it */
	(void)g;
	const __m128i z = _mm_setzero_si128();
	for (uint32_t l = 0; l < g->nlang; l += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(e + 4 + l));
		__m128i lo = _mm_unpacklo_epi8(v, z), hi = _mm_unpackhi_epi8(v, z);
		__m128i *s = (__m128i *)(void *)(score + l);
		s[0] = _mm_add_epi32(s[0], _mm_unpacklo_epi16(lo, z));
		s[1] = _mm_add_epi32(s[1], _mm_unpackhi_epi16(lo, z));
		s[2] = _mm_add_epi32(s[2], _mm_unpacklo_epi16(hi, z));
		s[3] = _mm_add_epi32(s[3], _mm_unpackhi_epi16(hi, z));
	}
#else
	for (uint32_t l = 0; l < g->nlang; l++)
		score[l] += e[4 + l];
#endif
}

static void lookup_all(const group *g, const probe *pr, int n, uint32_t *score)
{
	uint32_t mask = g->nslot - 1;
	for (int i = 0; i < n; i++)
		__builtin_prefetch(g->tab + (size_t)pr[i].slot * g->stride);
	for (int i = 0; i < n; i++) {
		uint32_t slot = pr[i].slot;
		for (;;) {
			const uint8_t *e = g->tab + (size_t)slot * g->stride;
			uint32_t kk;
			memcpy(&kk, e, 4);
			if (kk == pr[i].key) {
				add_entry(g, e, score);
				break;
			}
			if (!kk)
				break;
			slot = (slot + 1) & mask;
		}
	}
}

static inline void push(const group *g, uint64_t h, probe *pr, int *n)
{
	uint64_t k = mix(h);
	uint32_t key = (uint32_t)(k >> 32);
	pr[*n].slot = (uint32_t)k & (g->nslot - 1);
	pr[*n].key = key ? key : 1;
	(*n)++;
}

/* Scores one lower-cased word: padded 1..4-grams and the whole word. */
static void score_word(const group *g, const uint32_t *w, int n, uint32_t *score)
{
	uint32_t p[MAX_WORD_CP + 2];
	probe pr[(MAX_WORD_CP + 2) * 4 + 1];
	int npr = 0;
	int np = n < MAX_WORD_CP ? n : MAX_WORD_CP;
	p[0] = 0x20;
	memcpy(p + 1, w, (size_t)np * sizeof(uint32_t));
	p[np + 1] = 0x20;
	np += 2;
	for (int i = 0; i < np; i++) {
		uint64_t h = SEED_NGRAM;
		int lim = i + 4 < np ? i + 4 : np;
		for (int j = i; j < lim; j++) {
			h = (h ^ p[j]) * FNV;
			if (j == i && p[j] == 0x20)
				continue;
			if (j == i + 1 && p[i] == 0x20 && p[j] == 0x20)
				continue;
			push(g, h, pr, &npr);
		}
	}
	if (n <= MAX_WORD_CP) {
		uint64_t h = SEED_WORD;
		for (int i = 0; i < n; i++)
			h = (h ^ w[i]) * FNV;
		push(g, h, pr, &npr);
	}
	lookup_all(g, pr, npr, score);
}

/* ---- detection ----------------------------------------------------- */

typedef struct {
	uint16_t start, len;
	uint8_t script; /* S_NONE when letters of several scripts mix */
	uint8_t upper;  /* starts with a capital letter */
} word;

int td_lang_detect(const char *text, size_t len, td_lang_result *out)
{
	if (!out)
		return TD_ERR_INVAL;
	memset(out, 0, sizeof(*out));
	if (!text || !len)
		return 0;
	int rc = td_lang_init();
	if (rc < 0)
		return rc;
	const model *m = &the_model;

	/* Pass 1: decode the prefix into lower-cased words and count the
	 * letters of each script. */
	uint32_t cps[MAX_CP];
	word words[MAX_WORDS];
	unsigned nletters[S_COUNT] = {0};
	int ncp = 0, nw = 0, in_word = 0;
	size_t lim = len < PREFIX_BYTES ? len : PREFIX_BYTES;
	for (size_t i = 0; i < lim && ncp < MAX_CP;) {
		int n;
		uint32_t c;
		unsigned char b0 = (unsigned char)text[i];
		/* ASCII and two-byte sequences inline; the rest by the decoder. */
		if (b0 < 0x80) {
			c = b0;
			n = 1;
		} else if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < len &&
			   ((unsigned char)text[i + 1] & 0xC0) == 0x80) {
			c = ((uint32_t)(b0 & 0x1F) << 6) | ((unsigned char)text[i + 1] & 0x3F);
			n = 2;
		} else
			c = td_utf8_decode(text + i, len - i, &n);
		i += (size_t)n;
		unsigned cls;
		uint32_t lo = c;
		if (c < 0x10000) {
			cls = cp_class[c];
			lo = cp_lower[c];
		} else {
			cls = is_letter_icu(c) ? 0x80 : 0;
		}
		if (!(cls & 0x80)) {
			in_word = 0;
			continue;
		}
		int s = (int)(cls & 0x1f);
		nletters[s]++;
		if (!in_word) {
			if (nw == MAX_WORDS)
				break;
			words[nw].start = (uint16_t)ncp;
			words[nw].len = 0;
			words[nw].script = (uint8_t)s;
			words[nw].upper = lo != c;
			nw++;
			in_word = 1;
		} else if (words[nw - 1].script != s && !(c >= 0x300 && c <= 0x36f)) {
			words[nw - 1].script = S_NONE;
		}
		cps[ncp++] = lo;
		words[nw - 1].len++;
	}

	/* The script with the most letters; Japanese mixes kana and Han. */
	int best = 0;
	unsigned total = 0;
	for (int s = 1; s < S_COUNT; s++) {
		total += nletters[s];
		if (nletters[s] > nletters[best])
			best = s;
	}
	if (!best)
		return 0;
	if (best == S_HAN && nletters[S_KANA] * 10 >= nletters[S_HAN])
		best = S_KANA;
	int gi = m->by_script[best];
	if (gi < 0 || !m->ok) {
		if (!single_lang[best][0])
			return 0;
		memcpy(out->code, single_lang[best], 3);
		unsigned share = nletters[best] + (best == S_KANA ? nletters[S_HAN] : 0);
		out->confidence = (float)share / (float)total;
		return 0;
	}

	/* Pass 2: naive Bayes over the words of that script, with an early
	 * stop once the leader is out of reach. Capitalised words are mostly
	 * names, whose spelling says little about the language of the text
	 * but much about the topics each language's training news covered:
	 * they count CAP_WEIGHT_NUM/CAP_WEIGHT_DEN when other words exist. */
	const group *g = &m->g[gi];
	_Alignas(16) uint32_t low[MAX_LANGS + 16] = {0};
	_Alignas(16) uint32_t cap[MAX_LANGS + 16] = {0};
	uint32_t score[MAX_LANGS];
	int used = 0, nlow = 0;
	for (int k = 0; k < nw; k++) {
		if (words[k].script != best)
			continue;
		score_word(g, cps + words[k].start, words[k].len, words[k].upper ? cap : low);
		nlow += !words[k].upper;
		if ((++used & 7) == 0) {
			uint32_t l1 = UINT32_MAX, l2 = UINT32_MAX;
			for (uint32_t l = 0; l < g->nlang; l++) {
				uint32_t v = nlow ? low[l] + cap[l] * CAP_WEIGHT_NUM / CAP_WEIGHT_DEN
						  : cap[l];
				if (v < l1) {
					l2 = l1;
					l1 = v;
				} else if (v < l2) {
					l2 = v;
				}
			}
			if (l2 - l1 >= STOP_NATS * TD__LANG_SCALE)
				break;
		}
	}
	if (!used)
		return 0;
	uint32_t bi = 0;
	uint32_t l1 = UINT32_MAX, l2 = UINT32_MAX;
	for (uint32_t l = 0; l < g->nlang; l++) {
		score[l] = nlow ? low[l] + cap[l] * CAP_WEIGHT_NUM / CAP_WEIGHT_DEN : cap[l];
		if (score[l] < l1) {
			l2 = l1;
			l1 = score[l];
			bi = l;
		} else if (score[l] < l2) {
			l2 = score[l];
		}
	}
	memcpy(out->code, g->codes[bi], 4);
	/* Posterior of the winner against the runner-up, with the naive
	 * Bayes log-odds damped (features of one text are not independent). */
	double d = (double)(l2 - l1) / TD__LANG_SCALE / 4.0;
	double conf = 1.0 / (1.0 + exp(-d));
	conf *= (double)nletters[best] / (double)total;
	out->confidence = (float)conf;
	return 0;
}
