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
/* U+0400..U+047F, the characters of lead bytes D0 and D1, are all
 * Cyrillic letters: count_letters counts them by their lead bytes. */
static int cyr_d0d1;

/* The scripts by ranges of code points; no two overlap. */
static const struct {
	uint32_t lo, hi;
	int s;
} script_ranges[] = {
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

/* Letters and the marks that belong to them, by general category. */
static int is_letter_type(int t)
{
	return t == U_UPPERCASE_LETTER || t == U_LOWERCASE_LETTER ||
	       t == U_TITLECASE_LETTER || t == U_MODIFIER_LETTER ||
	       t == U_OTHER_LETTER || t == U_NON_SPACING_MARK ||
	       t == U_COMBINING_SPACING_MARK;
}

static int is_letter_icu(uint32_t c)
{
	return is_letter_type(u_charType((UChar32)c));
}

/* u_enumCharTypes callback: marks the letters (and marks) of [lo, hi)
 * in the BMP with bit 7 of cp_class. */
static UBool mark_letters(const void *ctx, UChar32 lo, UChar32 hi, UCharCategory t)
{
	(void)ctx;
	if (is_letter_type(t) && lo < 65536)
		memset(cp_class + lo, 0x80, (size_t)((hi < 65536 ? hi : 65536) - lo));
	return lo < 65536;
}

static void build_tables(void)
{
	/* The letters by ranges of one general category, then their scripts
	 * range by range: a walk over the ranges, not a search of them per
	 * code point. The surrogates are no letters. */
	u_enumCharTypes(mark_letters, NULL);
	for (size_t i = 0; i < sizeof(script_ranges) / sizeof(script_ranges[0]); i++)
		for (uint32_t c = script_ranges[i].lo; c <= script_ranges[i].hi; c++)
			if (cp_class[c])
				cp_class[c] = (uint8_t)(0x80 | script_ranges[i].s);
	for (uint32_t c = 0; c < 65536; c++) {
		/* the surrogates stay themselves */
		UChar32 l = c >= 0xD800 && c <= 0xDFFF ? (UChar32)c : u_tolower((UChar32)c);
		/* simple mapping; U+0130 lower-cases to two code points in
		 * full case mapping and stays itself here */
		cp_lower[c] = c != 0x130 && l >= 0 && l < 65536 ? (uint16_t)l : (uint16_t)c;
	}
	cyr_d0d1 = 1;
	for (uint32_t c = 0x400; c < 0x480; c++)
		if (cp_class[c] != (0x80 | S_CYRILLIC))
			cyr_d0d1 = 0;
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

/* A feature to look up: its slot and key. */
typedef struct {
	uint32_t slot, key;
} probe;

static inline void push(const group *g, uint64_t h, probe *pr, int *n)
{
	uint64_t k = mix(h);
	uint32_t key = (uint32_t)(k >> 32);
	uint32_t slot = (uint32_t)k & (g->nslot - 1);
	/* the table reads of one word overlap */
	__builtin_prefetch(g->tab + (size_t)slot * g->stride);
	pr[*n].slot = slot;
	pr[*n].key = key ? key : 1;
	(*n)++;
}

/* A word has at most 3 + 4 * MAX_WORD_CP n-grams and itself, each with
 * penalties up to 255: its sum per language fits in 16 bits, so the
 * penalties of a word are summed in 16-bit lanes (eight languages to a
 * vector) and added to the 32-bit scores once. */
#define MAX_PROBES (3 + 4 * MAX_WORD_CP + 1)
_Static_assert(MAX_PROBES * 255 <= 65535, "a word's penalties must fit 16 bits");

/* Adds the penalties of the entries e[0..n) to score[0..nlang). */
static void add_entries(uint32_t nlang, const uint8_t *const *e, int n, uint32_t *score)
{
#ifdef __SSE2__
	/* The table is padded so that reading past the last language of
	 * the last slot stays inside it; the lanes past nlang are unused. */
	const __m128i z = _mm_setzero_si128();
	__m128i a[4] = {z, z, z, z};
	int nv;
	if (nlang <= 8) {
		nv = 1;
		for (int i = 0; i < n; i++) {
			__m128i v = _mm_loadl_epi64((const __m128i *)(const void *)(e[i] + 4));
			a[0] = _mm_add_epi16(a[0], _mm_unpacklo_epi8(v, z));
		}
	} else if (nlang <= 16) {
		nv = 2;
		for (int i = 0; i < n; i++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(e[i] + 4));
			a[0] = _mm_add_epi16(a[0], _mm_unpacklo_epi8(v, z));
			a[1] = _mm_add_epi16(a[1], _mm_unpackhi_epi8(v, z));
		}
	} else {
		nv = 4;
		for (int i = 0; i < n; i++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(e[i] + 4));
			__m128i w = _mm_loadu_si128((const __m128i *)(const void *)(e[i] + 20));
			a[0] = _mm_add_epi16(a[0], _mm_unpacklo_epi8(v, z));
			a[1] = _mm_add_epi16(a[1], _mm_unpackhi_epi8(v, z));
			a[2] = _mm_add_epi16(a[2], _mm_unpacklo_epi8(w, z));
			a[3] = _mm_add_epi16(a[3], _mm_unpackhi_epi8(w, z));
		}
	}
	for (int k = 0; k < nv; k++) {
		__m128i *s = (__m128i *)(void *)(score + 8 * k);
		s[0] = _mm_add_epi32(s[0], _mm_unpacklo_epi16(a[k], z));
		s[1] = _mm_add_epi32(s[1], _mm_unpackhi_epi16(a[k], z));
	}
#else
	for (int i = 0; i < n; i++)
		for (uint32_t l = 0; l < nlang; l++)
			score[l] += e[i][4 + l];
#endif
}

static void lookup_all(const group *g, const probe *pr, int n, uint32_t *score)
{
	uint32_t mask = g->nslot - 1;
	const uint8_t *hit[MAX_PROBES];
	int nh = 0;
	for (int i = 0; i < n; i++) {
		uint32_t slot = pr[i].slot;
		for (;;) {
			const uint8_t *e = g->tab + (size_t)slot * g->stride;
			uint32_t kk;
			memcpy(&kk, e, 4);
			if (kk == pr[i].key) {
				hit[nh++] = e;
				break;
			}
			if (!kk)
				break;
			slot = (slot + 1) & mask;
		}
	}
	add_entries(g->nlang, hit, nh, score);
}

/* Scores one lower-cased word of n letters, of which w holds the first
 * min(n, MAX_WORD_CP): its padded 1..4-grams and the whole word. The
 * padding spaces alone are no feature (" " and, for no word, "  "). */
static void score_word(const group *g, const uint32_t *w, int n, uint32_t *score)
{
	uint32_t p[MAX_WORD_CP + 2];
	probe pr[MAX_PROBES];
	int npr = 0;
	int np = n < MAX_WORD_CP ? n : MAX_WORD_CP;
	p[0] = 0x20;
	memcpy(p + 1, w, (size_t)np * sizeof(uint32_t));
	p[np + 1] = 0x20;
	np += 2;
	/* Letters are never spaces: only the first and last n-grams start
	 * with one. */
	uint64_t h = (SEED_NGRAM ^ 0x20) * FNV;
	for (int j = 1; j < 4 && j < np; j++) {
		h = (h ^ p[j]) * FNV;
		push(g, h, pr, &npr);
	}
	for (int i = 1; i < np - 1; i++) {
		h = SEED_NGRAM;
		int lim = i + 4 < np ? i + 4 : np;
		for (int j = i; j < lim; j++) {
			h = (h ^ p[j]) * FNV;
			push(g, h, pr, &npr);
		}
	}
	if (n <= MAX_WORD_CP) {
		h = SEED_WORD;
		for (int i = 0; i < n; i++)
			h = (h ^ w[i]) * FNV;
		push(g, h, pr, &npr);
	}
	lookup_all(g, pr, npr, score);
}

/* ---- detection ----------------------------------------------------- */

/* Decodes the character at text[i] (i < len): ASCII and two-byte
 * sequences inline, the rest by the decoder. */
static inline uint32_t char_at(const unsigned char *s, size_t len, size_t i, int *n)
{
	unsigned char b0 = s[i];
	if (b0 < 0x80) {
		*n = 1;
		return b0;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
		*n = 2;
		return ((uint32_t)(b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
	}
	return td_utf8_decode((const char *)s + i, len - i, n);
}

#ifdef __SSE2__
/* Sixteen 0xFF bytes then sixteen zeros: loaded at 16 - k, the mask of
 * the first k bytes of a vector. */
static const unsigned char prefix_mask[32] = {
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};


static inline unsigned sum_bytes(__m128i v)
{
	__m128i sum = _mm_sad_epu8(v, _mm_setzero_si128());
	return (unsigned)_mm_cvtsi128_si32(sum) + (unsigned)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
}
#endif

/* Counts the letters of each script (nl[S_NONE]: letters of none)
 * among the characters that start in s[0..lim), decoded as char_at
 * does. Runs of ASCII and two-byte characters go sixteen bytes
 * at a time: ASCII letters counted by vector compares, two-byte
 * characters looked up one by one. */
static void count_letters(const unsigned char *s, size_t len, size_t lim, unsigned *nl)
{
	size_t i = 0;
#ifdef __SSE2__
	/* ASCII letters per byte position, in 8-bit counters added up
	 * before they can overflow. */
	__m128i nascii = _mm_setzero_si128(), ncyr = _mm_setzero_si128();
	unsigned nvec = 0;
	const __m128i lo_a = _mm_set1_epi8('a' - 1), hi_z = _mm_set1_epi8('z' + 1);
	/* (byte & 0xFE) == D0 finds the lead bytes D0 and D1; never 0xFF */
	const __m128i d0 = _mm_set1_epi8((char)(cyr_d0d1 ? 0xD0 : 0xFF)), fe = _mm_set1_epi8((char)0xFE);
#endif
	while (i < lim) {
#ifdef __SSE2__
		while (i + 16 <= lim) {
			if (++nvec == 255) {
				nl[S_LATIN] += sum_bytes(nascii);
				nl[S_CYRILLIC] += sum_bytes(ncyr);
				nascii = ncyr = _mm_setzero_si128();
				nvec = 0;
			}
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			/* ASCII letters: x | 0x20 in a..z (other bytes are
			 * negative as signed bytes) */
			__m128i x = _mm_or_si128(v, _mm_set1_epi8(0x20));
			__m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(x, lo_a), _mm_cmplt_epi8(x, hi_z));
			unsigned hi = (unsigned)_mm_movemask_epi8(v);
			if (!hi) {
				nascii = _mm_sub_epi8(nascii, alpha);
				i += 16;
				continue;
			}
			/* The bytes up to the first that is not ASCII or part of
			 * a complete two-byte sequence (see utf8.c). */
			unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
			unsigned lead = (unsigned)_mm_movemask_epi8(
				_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
			unsigned bad = (hi & ~(cont | lead)) | (cont & ~(lead << 1)) | (lead & ~(cont >> 1));
			unsigned k = (unsigned)__builtin_ctz(bad | 1u << 16);
			__m128i pm = _mm_loadu_si128((const __m128i *)(const void *)(prefix_mask + 16 - k));
			nascii = _mm_sub_epi8(nascii, _mm_and_si128(alpha, pm));
			/* In the prefix D0 and D1 are lead bytes. */
			__m128i cyr = _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(v, fe), d0), pm);
			ncyr = _mm_sub_epi8(ncyr, cyr);
			unsigned other = lead & ~(unsigned)_mm_movemask_epi8(cyr) & ((1u << k) - 1);
			for (unsigned l = other; l; l &= l - 1) {
				const unsigned char *q = s + i + __builtin_ctz(l);
				unsigned cls = cp_class[((q[0] & 0x1Fu) << 6) | (q[1] & 0x3Fu)];
				nl[cls & 0x1f] += cls >> 7;
			}
			i += k;
			if (k < 16)
				break;
		}
		if (i >= lim)
			break;
#endif
		int n;
		uint32_t c = char_at(s, len, i, &n);
		i += (size_t)n;
		if (c < 0x10000) {
			unsigned cls = cp_class[c];
			nl[cls & 0x1f] += cls >> 7;
		} else {
			/* letters beyond the BMP have no script here */
			nl[S_NONE] += is_letter_icu(c);
		}
	}
#ifdef __SSE2__
	nl[S_LATIN] += sum_bytes(nascii);
	nl[S_CYRILLIC] += sum_bytes(ncyr);
#endif
}

/* The naive Bayes scores of the languages of a group: low-case words
 * and capitalised ones apart. Capitalised words are mostly names, whose
 * spelling says little about the language of the text but much about
 * the topics each language's training news covered: they count
 * CAP_WEIGHT_NUM/CAP_WEIGHT_DEN when other words exist. */
typedef struct {
	_Alignas(16) uint32_t low[MAX_LANGS + 16];
	_Alignas(16) uint32_t cap[MAX_LANGS + 16];
	int used, nlow;
} scores;

static inline uint32_t score_of(const scores *sc, uint32_t l)
{
	return sc->nlow ? sc->low[l] + sc->cap[l] * CAP_WEIGHT_NUM / CAP_WEIGHT_DEN : sc->cap[l];
}

/* Scores the words of script `best` among the characters starting in
 * text[0..lim), in order, until the leader is out of reach (checked
 * every eight words). A word is a run of letters; its script is that
 * of its first letter, or S_NONE when another script follows (combining
 * marks aside); only its first MAX_WORD_CP letters are kept. */
static void score_words(const group *g, const unsigned char *s, size_t len, size_t lim, int best,
			scores *sc)
{
	uint32_t w[MAX_WORD_CP];
	int wn = 0, wscript = 0, wupper = 0, in_word = 0;
	for (size_t i = 0;;) {
		int letter = 0, sn = 0;
		uint32_t c = 0, lo = 0;
		if (i < lim) {
			int n;
			c = char_at(s, len, i, &n);
			i += (size_t)n;
			unsigned cls;
			lo = c;
			if (c < 0x10000) {
				cls = cp_class[c];
				lo = cp_lower[c];
			} else {
				cls = is_letter_icu(c) ? 0x80 : 0;
			}
			letter = (cls & 0x80) != 0;
			sn = (int)(cls & 0x1f);
		}
		if (letter) {
			if (!in_word) {
				wn = 0;
				wscript = sn;
				wupper = lo != c;
				in_word = 1;
			} else if (wscript != sn && !(c >= 0x300 && c <= 0x36f)) {
				wscript = S_NONE;
			}
			if (wn < MAX_WORD_CP)
				w[wn] = lo;
			wn++;
			continue;
		}
		if (in_word && wscript == best) {
			score_word(g, w, wn, wupper ? sc->cap : sc->low);
			sc->nlow += !wupper;
			if ((++sc->used & 7) == 0) {
				uint32_t l1 = UINT32_MAX, l2 = UINT32_MAX;
				for (uint32_t l = 0; l < g->nlang; l++) {
					uint32_t v = score_of(sc, l);
					if (v < l1) {
						l2 = l1;
						l1 = v;
					} else if (v < l2) {
						l2 = v;
					}
				}
				if (l2 - l1 >= STOP_NATS * TD__LANG_SCALE)
					return;
			}
		}
		in_word = 0;
		if (i >= lim)
			return;
	}
}

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
	const unsigned char *s = (const unsigned char *)text;
	size_t lim = len < PREFIX_BYTES ? len : PREFIX_BYTES;

	/* Pass 1: the letters of each script in the prefix. */
	unsigned nletters[S_COUNT] = {0};
	count_letters(s, len, lim, nletters);

	/* The script with the most letters; Japanese mixes kana and Han. */
	int best = 0;
	unsigned total = 0;
	for (int sc = 1; sc < S_COUNT; sc++) {
		total += nletters[sc];
		if (nletters[sc] > nletters[best])
			best = sc;
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
	 * stop once the leader is out of reach. */
	const group *g = &m->g[gi];
	scores sc;
	memset(&sc, 0, sizeof(sc));
	score_words(g, s, len, lim, best, &sc);
	if (!sc.used)
		return 0;
	uint32_t bi = 0;
	uint32_t l1 = UINT32_MAX, l2 = UINT32_MAX;
	for (uint32_t l = 0; l < g->nlang; l++) {
		uint32_t v = score_of(&sc, l);
		if (v < l1) {
			l2 = l1;
			l1 = v;
			bi = l;
		} else if (v < l2) {
			l2 = v;
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
