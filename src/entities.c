/* entities.c - named-entity mentions: gazetteer matches and capitalised
 * name runs, typed, lemmatised with hunspell and keyed across languages.
 * Memory: per article, in its arena, a token array sized for the worst
 * case (6 bytes per byte of text), about 48 bytes of per-token memos,
 * two hash sets of its capitalised words and the mentions with their
 * strings: about 15 bytes per byte of text in all. Per thread, caches
 * of facts about words (4 MiB, see word()) and of the stems of their
 * lemmas (256 KiB); entities_gaz.c keeps the keys of names (384 KiB). */
#include "tidings/entities.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "entities_int.h"
#include "lex.h"
#include "swar.h"
#include "tblock.h"
#include "tidings/error.h"
#include "tidings/text.h"
#include "tidings/utf8.h"

#define MAXRUN 8   /* tokens in one gazetteer name or name run */
#define NELEM(x) (sizeof(x) / sizeof((x)[0]))

/* Whether w (n bytes) is one of the nl words of list (none empty).
 * The first byte is compared before an entry is measured. */
static int word_listed(const char *const *list, size_t nl, const char *w, size_t n)
{
	if (!n)
		return 0;
	for (size_t k = 0; k < nl; k++)
		if (list[k][0] == w[0] && strlen(list[k]) == n && !memcmp(list[k], w, n))
			return 1;
	return 0;
}
#define WBUF 256

int td_entities_init(void)
{
	return td__gaz_init();
}

size_t td_entity_name_key(const char *lang, const char *name, size_t n, char *out, size_t cap)
{
	return td__name_key(lang, name, n, out, cap);
}

/* ---- per-article context ------------------------------------------- */

/* At most so many rows of a table by language (lang_rows). */
#define LANG_ROWS_MAX 511

typedef struct {
	const td_article *a;
	td_arena *ar;
	const char *t;
	td_token *tk;
	size_t nt;
	int li, li_latin;   /* dictionaries for the language and for Latin words */
	int cyrillic;       /* the article's language is written in Cyrillic */
	size_t title_end;   /* tokens before this index are the headline */
	int title_case;     /* the headline capitalises every word */
	uint64_t *set;      /* folded capitalised words of the article */
	size_t setcap;
	uint64_t *strong;   /* name stems capitalised mid-sentence */
	td__lexinfo *lx;    /* per token, valid where lxdone */
	const td__gaz **gz; /* per token gazetteer match, valid where gzdone */
	uint8_t *gzlen, *lxdone, *gzdone;
	int slavic;         /* names are inflected; one capital per name */
	uint64_t lbit;      /* td__gaz_lang_bit of the article's language */
	int caseless;       /* a language whose nouns have no cases (English) */
	int nouncaps;       /* every noun has a capital (German) and a dictionary says which */
	int nodict;         /* the language has no dictionary at all */
	int *spaced;        /* the text writes its hyphens with spaces ("Hewlett - Packard"):
			     * 1 or 0, -1 until first asked (spaced_hyphens) */
	uint64_t *nouns;    /* German without a dictionary: folded words written after an article */
	uint64_t *named;    /* German with a dictionary: words written after a first name */
	uint8_t *nt_memo;   /* name_token per token: 0 unknown, 1 no, 2 yes */
	uint8_t *jmemo;     /* joined_q per token: bit 1 << listed known, 4 << listed yes */
	char **stem;        /* per token matching stem (NUL-terminated) ... */
	struct stem_pool *spool; /* stem_copy's chunk of the arena */
	uint8_t *stemlen;   /* ... and its length, STEM_UNKNOWN until asked for */
	uint16_t grules[LANG_ROWS_MAX]; /* indices of the guess rules of the article's language */
	size_t ngrules;
	uint64_t prof;      /* what per-word facts depend on: language and dictionaries */
	struct lazy_sets *lz; /* sets of the article's words built on demand */
	uint32_t *wid;      /* per token: id of its word's cache record, 0 unknown */
	uint32_t *wslot;    /* ... and its slot with WSLOT_KNOWN, 0 unknown */
	const char **fold;  /* per token: its folded word ... */
	uint16_t *foldlen;  /* ... and its length, FOLD_UNKNOWN until kept */
} ctx;

/* A mention before output. */
typedef struct {
	size_t i, j;       /* tokens [i, j) */
	const td__gaz *g;  /* gazetteer entry, or NULL */
	uint8_t type;
	uint8_t acronym, quoted, percue, cued; /* cued: typed by a word before it */
	const char *lemma, *key;
	uint8_t weakcue; /* typed LOC by a preposition that also governs persons */
	uint8_t town;    /* g is a weak name (a town) taken for a lone word */
	uint8_t guess;   /* ORG from the word's form only: a cue overrides it */
	uint8_t dot;     /* the surface form ends with the full stop of an
			  * abbreviation ("Irlandią Płn.") */
	size_t seat;     /* an institution's seat starts at this token (its
			  * preposition), kept as written; 0: none */
	uint8_t model;   /* a maker's name and, from seat on, a model's
			  * designation: a product ("Boeing 737 MAX") */
	uint8_t official; /* a state's form and, from seat on, its country
			   * as written: the country's key */
	uint8_t form;    /* the last token is a firm's legal form, kept as
			  * written after a listed name's base form */
} mention;

/* A nonzero 64-bit hash of n bytes (XXH3: a few dozen instructions for
 * a word, where a byte-at-a-time hash took ten a byte). */
static uint64_t h64(const char *s, size_t n)
{
	return XXH3_64bits(s, n) | 1;
}

/* The slot of value h (nonzero, as h64() gives) in an open-addressing
 * table of cap (a power of two) slots: where it is, or the empty slot
 * where it goes. */
static size_t hslot(const uint64_t *set, size_t cap, uint64_t h)
{
	size_t m = cap - 1, i = (size_t)h & m;
	while (set[i] && set[i] != h)
		i = (i + 1) & m;
	return i;
}

/* Adds the value h of h64() to a set. */
static void hset_add_h(uint64_t *set, size_t cap, uint64_t h)
{
	set[hslot(set, cap, h)] = h;
}

static int hset_has_h(const uint64_t *set, size_t cap, uint64_t h)
{
	return set[hslot(set, cap, h)] != 0;
}

static void hset_add(uint64_t *set, size_t cap, const char *s, size_t n)
{
	hset_add_h(set, cap, h64(s, n));
}

static int hset_has(const uint64_t *set, size_t cap, const char *s, size_t n)
{
	return hset_has_h(set, cap, h64(s, n));
}

/* Slots of a table for n values: a power of two, 64 at least, at most
 * half full. */
static size_t table_cap(size_t n)
{
	size_t cap = 64;
	while (cap < 2 * n + 2)
		cap *= 2;
	return cap;
}

static int set_has(const ctx *c, const char *s, size_t n)
{
	return hset_has(c->set, c->setcap, s, n);
}

static int is_cyrillic(const char *s, size_t n)
{
	int l;
	uint32_t cp = td_utf8_decode(s, n, &l);
	return cp >= 0x400 && cp < 0x530;
}

static int is_latin_word(const char *s, size_t n)
{
	int l;
	uint32_t cp = td_utf8_decode(s, n, &l);
	return cp < 0x250;
}

/* The English dictionary's index (td__lex_index("en")), looked up once. */
static int en_dict(void)
{
	static _Atomic int idx = -2;
	int v = atomic_load_explicit(&idx, memory_order_relaxed);
	if (v == -2) {
		v = td__lex_index("en");
		atomic_store_explicit(&idx, v, memory_order_relaxed);
	}
	return v;
}

/* The dictionary for a word: the article's, or English for a Latin word
 * inside a Cyrillic article. */
static int dict_for(const ctx *c, const char *w, size_t n)
{
	if (c->cyrillic && is_latin_word(w, n))
		return c->li_latin;
	return c->li;
}

/* ---- facts per word --------------------------------------------------
 * Facts about a word as written that depend on nothing but the word and
 * the article's language and dictionaries (ctx.prof): its matching stem,
 * dictionary answer, the gazetteer's answer for the word alone, whether
 * it names a weekday or a month, whether it ends like an adjective,
 * whether it is a word of a list (token_in) and the hash of its folded
 * form. Most words repeat across articles: a thread keeps them in a
 * direct-mapped cache, so that a repeated word costs one hash and one
 * comparison. Per token the answers are also kept in the article's
 * arrays (lx, stem, gz), since another word of the same article may
 * take the cache slot. Memory: WORD_SLOTS records of two cache lines
 * (128 bytes) per thread, 4 MiB; half as many slots keep cold runs as
 * fast but miss more of the words that come back article after
 * article. */
#define WORD_SLOTS 32768
#define WORD_MAX 32
enum { W_STEM = 1, W_LEX = 2, W_GAZ = 4, W_CAL = 8, W_ADJ = 16, W_FOLDH = 32 };
typedef struct {
	_Alignas(64) uint64_t prof;
	uint32_t id;          /* which fill of the slot, 0: empty */
	const td__gaz *g;     /* W_GAZ: gaz_word's answer ... */
	const char *lemma;    /* W_LEX: td__lexinfo */
	uint8_t wlen;         /* 0: empty */
	uint8_t have;         /* W_* */
	uint8_t lflags;
	uint8_t cal;          /* W_CAL: td__gaz_calendar */
	uint8_t glen, ghow;   /* ... its length and memo_how() ... */
	uint8_t gnext;        /* ... and what may follow (GAZ_*) */
	uint8_t slen;
	uint8_t adj;          /* W_ADJ: adjectival() */
	uint32_t lknown, lval; /* token_in() by list and whole: known, answer */
	uint64_t foldh;       /* W_FOLDH: h64() of the folded word */
	char w[WORD_MAX];
	char stem[WORD_MAX];  /* W_STEM */
} word_rec;
_Static_assert(sizeof(word_rec) == 128, "a record is two cache lines");
static td__tblock wblock = TD__TBLOCK(sizeof(word_rec) * WORD_SLOTS);
static _Thread_local word_rec *wcache; /* WORD_SLOTS records (wblock) */

/* Fills of the cache by this thread: the id of the newest record. */
static _Thread_local uint32_t wfills;

/* The slot of token i's word (with WSLOT_KNOWN), or 0 for a word too
 * long to cache. */
#define WSLOT_KNOWN 0x80000000u

/* The slot only spreads the words over the cache (a record keeps its
 * word and is compared in full), so a hash of eight bytes at a time
 * does, the last word of eight read where it ends. */
static uint32_t word_slot(const ctx *c, size_t i)
{
	if (c->wslot[i])
		return c->wslot[i];
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n == 0 || n >= WORD_MAX || !wcache)
		return 0;
	uint64_t x = td__spread_hash(w, n, c->prof ^ n);
	return c->wslot[i] = ((uint32_t)(x >> 40) & (WORD_SLOTS - 1)) | WSLOT_KNOWN;
}

/* Starts loading the cache record of token i's word: the records of an
 * article's words are asked for together, so that their loads from
 * memory overlap. */
static void word_prefetch(const ctx *c, size_t i)
{
	uint32_t slot = word_slot(c, i);
	if (slot) {
		const char *r = (const char *)&wcache[slot & ~WSLOT_KNOWN];
		__builtin_prefetch(r);
		__builtin_prefetch(r + 64);
	}
}

/* word() the first time for token i, or after its slot changed hands. */
static word_rec *word_slow(const ctx *c, size_t i)
{
	uint32_t slot = word_slot(c, i);
	if (!slot)
		return NULL;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	word_rec *r = &wcache[slot & ~WSLOT_KNOWN];
	if (!(r->id && r->wlen == n && r->prof == c->prof && !memcmp(r->w, w, n))) {
		if (!++wfills)
			wfills = 1;
		r->id = wfills;
		r->wlen = (uint8_t)n;
		r->prof = c->prof;
		r->have = 0;
		r->lknown = 0;
		memcpy(r->w, w, n);
	}
	c->wid[i] = r->id;
	return r;
}

/* The cache record of token i's word (emptied when the slot held
 * another), or NULL for a word too long to cache. The record is valid
 * until the next call; a token remembers its record's id, so that
 * asking again costs no comparison of the word. */
static inline word_rec *word(const ctx *c, size_t i)
{
	uint32_t id = c->wid[i];
	if (id && wcache[c->wslot[i] & ~WSLOT_KNOWN].id == id)
		return &wcache[c->wslot[i] & ~WSLOT_KNOWN];
	return word_slow(c, i);
}

/* The lengths that mark a token's stem or folded word as not known
 * yet: the arrays of pointers are then left as allocated, and clearing
 * the lengths costs a byte or two per token. (Stems are cut at 250
 * bytes, folded words kept below UINT16_MAX.) */
#define STEM_UNKNOWN UINT8_MAX
#define FOLD_UNKNOWN UINT16_MAX

/* td_text_fold of token i into out (cap bytes). */
static size_t tok_fold(const ctx *c, size_t i, char *out, size_t cap)
{
	size_t fl = c->foldlen[i];
	int known = fl != FOLD_UNKNOWN;
	if (known && fl < cap) {
		memcpy(out, c->fold[i], fl + 1);
		return fl;
	}
	fl = td_text_fold(c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start, out, cap);
	/* Remembered for the article when it was not cut short. */
	char *copy;
	if (!known && fl + 1 < cap && fl < FOLD_UNKNOWN && (copy = td_arena_alloc(c->ar, fl + 1))) {
		memcpy(copy, out, fl + 1);
		c->fold[i] = copy;
		c->foldlen[i] = (uint16_t)fl;
	}
	return fl;
}

/* h64() of the folded word of token i (the sets of words hold it). */
static uint64_t tok_foldh(const ctx *c, size_t i)
{
	word_rec *r = word(c, i);
	if (r && (r->have & W_FOLDH))
		return r->foldh;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	uint64_t h = h64(f, fl);
	if (r) {
		r->foldh = h;
		r->have |= W_FOLDH;
	}
	return h;
}

/* The end of text t[b, e) without an English possessive ending ("'s",
 * "’s"). */
static size_t without_possessive(const char *t, size_t b, size_t e)
{
	if (e - b > 3 && t[e - 1] == 's' && t[e - 2] == '\'')
		return e - 2;
	if (e - b > 5 && t[e - 1] == 's' && !memcmp(t + e - 4, "\xE2\x80\x99s", 4))
		return e - 4;
	return e;
}

/* td__gaz_calendar of token i. */
static int tok_calendar(const ctx *c, size_t i)
{
	word_rec *r = word(c, i);
	if (r && (r->have & W_CAL))
		return r->cal;
	/* A day's or month's English possessive ("Saturday's game") is the
	 * day's. */
	size_t b = c->tk[i].start;
	int cal = td__gaz_calendar(c->t + b, without_possessive(c->t, b, c->tk[i].end) - b);
	if (r) {
		r->cal = (uint8_t)cal;
		r->have |= W_CAL;
	}
	return cal;
}

/* A Cyrillic word the dictionary does not know that is a clipped prefix
 * before a common word it knows ("Спецпосланник", "Замглавы",
 * "Держсекретар", "Генпрокурор"): a common word, in lower case too. */
static void compound_title(const ctx *c, const char *w, size_t n, td__lexinfo *L)
{
	static const char *const pre[] = {"спец", "зам", "гос", "ген", "держ", "экс", "екс", "нач", "полит"};
	char f[WBUF];
	size_t fl = td_text_fold(w, n, f, sizeof(f));
	for (size_t k = 0; k < NELEM(pre); k++) {
		size_t pl = strlen(pre[k]);
		/* The rest: a word of three letters or more. */
		if (fl < pl + 6 || memcmp(f, pre[k], pl))
			continue;
		td__lexinfo R;
		td__lex_lookup(c->li, f + pl, fl - pl, &R);
		if ((R.flags & TD__LEX_LOWER) && !(R.flags & TD__LEX_PROPER)) {
			L->flags |= TD__LEX_KNOWN | TD__LEX_LOWER;
			return;
		}
	}
}

static void lex(const ctx *c, size_t i, td__lexinfo *L)
{
	if (c->lxdone[i]) {
		*L = c->lx[i];
		return;
	}
	word_rec *r = word(c, i);
	if (r && (r->have & W_LEX)) {
		L->flags = r->lflags;
		L->lemma = r->lemma;
	} else {
		const char *w = c->t + c->tk[i].start;
		size_t n = c->tk[i].end - c->tk[i].start;
		td__lex_lookup(dict_for(c, w, n), w, n, L);
		if (!(L->flags & TD__LEX_KNOWN) && c->cyrillic)
			compound_title(c, w, n, L);
		if (r) {
			r->lflags = L->flags;
			r->lemma = L->lemma;
			r->have |= W_LEX;
		}
	}
	c->lx[i] = *L;
	c->lxdone[i] = 1;
}

/* A copy of stem s (n bytes) for the article, NUL-terminated, or NULL
 * without memory: from a chunk of the arena cut in turn, as the stems
 * of most words are wanted. */
struct stem_pool {
	char *free;  /* the chunk's free bytes */
	size_t left; /* how many */
};

static char *stem_copy(const ctx *c, const char *s, size_t n)
{
	struct stem_pool *sp = c->spool;
	if (n + 1 > sp->left) {
		size_t want = n + 1 > 4096 ? n + 1 : 4096;
		if (!(sp->free = td_arena_alloc(c->ar, want))) {
			sp->left = 0;
			return NULL;
		}
		sp->left = want;
	}
	char *p = sp->free;
	memcpy(p, s, n);
	p[n] = 0;
	sp->free += n + 1;
	sp->left -= n + 1;
	return p;
}

/* The matching stem of token i (td__name_stem), computed once. In a
 * language without noun cases (English) it is the folded word without a
 * possessive "'s", so "George" does not meet "Georgia". */
static const char *tok_stem(const ctx *c, size_t i, size_t *len)
{
	if (c->stemlen[i] == STEM_UNKNOWN) {
		char f[WBUF];
		const char *w = c->t + c->tk[i].start;
		size_t n = c->tk[i].end - c->tk[i].start, fl;
		word_rec *r = word(c, i);
		if (r && (r->have & W_STEM)) {
			char *p = stem_copy(c, r->stem, r->slen);
			if (!p) {
				*len = 0;
				return "";
			}
			c->stem[i] = p;
			c->stemlen[i] = r->slen;
			*len = r->slen;
			return p;
		}
		if (c->caseless) {
			if (n > 2 && (w[n - 2] == '\'' && w[n - 1] == 's'))
				n -= 2;
			else if (n > 4 && !memcmp(w + n - 4, "\xe2\x80\x99s", 4))
				n -= 4;
			fl = td_text_fold(w, n, f, sizeof(f));
		} else
			fl = td__name_stem(w, n, f, sizeof(f));
		if (fl > 250)
			fl = 250;
		_Static_assert(250 < STEM_UNKNOWN, "a stem's length tells it from none");
		if (r && fl < WORD_MAX) {
			memcpy(r->stem, f, fl);
			r->stem[fl] = 0;
			r->slen = (uint8_t)fl;
			r->have |= W_STEM;
		}
		char *p = stem_copy(c, f, fl);
		if (!p) {
			*len = 0;
			return "";
		}
		c->stem[i] = p;
		c->stemlen[i] = (uint8_t)fl;
	}
	*len = c->stemlen[i];
	return c->stem[i];
}

/* Characters in s[0..n). */
static size_t nchars_(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

static int same_lang(const char *a, const char *b)
{
	return a[0] == b[0] && (a[0] == 0 || (a[1] == b[1] && (a[1] == 0 || a[2] == b[2])));
}

/* The rows of a table in one language, in the table's order: tables of
 * words by language are asked about word after word, and most of their
 * rows are of other languages. A thread keeps them per table for the
 * language asked last. */
typedef struct {
	uint32_t key; /* lang_key() of their language, 0 before the first */
	uint16_t n;
	uint16_t row[LANG_ROWS_MAX];
} lang_rows;

/* A language code's first three bytes (all that same_lang reads), and a
 * bit so that no code gives 0. */
static inline uint32_t lang_key(const char *lang)
{
	uint32_t k = 1u << 24 | (unsigned char)lang[0];
	if (lang[0] && lang[1])
		k |= (uint32_t)(unsigned char)lang[1] << 8 | (uint32_t)(unsigned char)lang[2] << 16;
	return k;
}

/* rows_in when lr holds another language's rows. */
static const lang_rows *rows_find(lang_rows *lr, uint32_t key, const char *lang, const void *table, size_t nrows,
				  size_t stride)
{
	lr->n = 0;
	for (size_t k = 0; k < nrows && k < LANG_ROWS_MAX; k++) {
		/* A struct's first member is at its address. */
		const char *l = *(const char *const *)(const void *)((const char *)table + k * stride);
		if (same_lang(l, lang))
			lr->row[lr->n++] = (uint16_t)k;
	}
	lr->key = key;
	return lr;
}

/* The rows of table (nrows rows of stride bytes, at most LANG_ROWS_MAX,
 * each a struct whose first member is its language code) whose language
 * is lang by same_lang, kept in lr. */
static inline const lang_rows *rows_in(lang_rows *lr, const char *lang, const void *table, size_t nrows,
				       size_t stride)
{
	uint32_t key = lang_key(lang);
	return lr->key == key ? lr : rows_find(lr, key, lang, table, nrows, stride);
}

/* rows_in for a table (an array of structs with a member lang first). */
#define ROWS_IN(lr, lang, table) rows_in(lr, lang, table, NELEM(table), sizeof((table)[0]))

/* Whether token k is Bulgarian "на" ("of"). */
static int is_na(const ctx *c, size_t k)
{
	return c->tk[k].end - c->tk[k].start == 4 && !memcmp(c->t + c->tk[k].start, "\xD0\xBD\xD0\xB0", 4);
}

/* Whether the gap between tokens i-1 and i keeps a name together:
 * spaces and hyphens or dashes only. */
static int is_quote_cp(uint32_t cp)
{
	return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201E || cp == 0x201C ||
	       cp == 0x201D || cp == 0x201A || cp == 0x2018 || cp == 0x2019;
}

static int joined_q(const ctx *c, size_t i, int listed);
static int spaced_hyphens(const ctx *c);

/* Whether token k ends in an English possessive ("bank's", "IMF’s"). */
static int english_possessive(const ctx *c, size_t k)
{
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	return (n >= 3 && w[n - 1] == 's' && w[n - 2] == '\'') ||
	       (n >= 5 && w[n - 1] == 's' && !memcmp(w + n - 4, "\xE2\x80\x99", 3));
}

static int english_office_word(const char *f, size_t fl);

/* Whether token k is a name in the English possessive that ends the
 * name it is written in: an acronym ("IMF's", "BBC’s": two capitals or
 * more before the apostrophe, no lower case), a listed name of one word
 * ("Florida's Gulf Coast"; "People's Republic" is one name) or the last
 * word of a longer name (below). */
static int possessive_ends_name(const ctx *c, size_t k)
{
	if (!english_possessive(c, k))
		return 0;
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	if (td__acronym_base(w, n))
		return 1;
	char st[WBUF];
	size_t b = n - (w[n - 2] == '\'' ? 2 : 4);
	size_t sl = c->caseless ? td_text_fold(w, b, st, sizeof(st)) : td__name_stem(w, b, st, sizeof(st));
	int more, lower;
	const td__gaz *g = sl ? td__gaz_find(st, sl, &more, &lower) : NULL;
	if (g)
		return 1;
	/* An English name of two words or more in the possessive ends
	 * there: "Elon Musk's SpaceX", "Vladimir Putin's Kremlin", "New
	 * York's Metropolitan Museum". Not a saint's name ("St. Mary's
	 * Hospital"), nor an irregular plural, whose possessive names a body
	 * ("Boston Children's Hospital"); one word in the possessive is often
	 * a firm's whole name ("Moody's Investors Service"). */
	static const char *const plurals[] = {"Men", "Women", "Children", "People", "Gentlemen"};
	static const char *const saints[] = {"St", "Saint", "Ste"};
	if (strcmp(c->a->lang, "en") || k == 0 || word_listed(plurals, NELEM(plurals), w, b))
		return 0;
	/* An office's possessive is its office's name ("Los Angeles County
	 * Sheriff's Department", "Texas Attorney General's Office"). */
	char f[WBUF];
	size_t fl = td_text_fold(w, b, f, sizeof(f));
	if (english_office_word(f, fl))
		return 0;
	const td_token *p = &c->tk[k - 1];
	if (!(p->flags & TD_TOK_UPPER) || !(p->flags & TD_TOK_ALPHA) ||
	    word_listed(saints, NELEM(saints), c->t + p->start, p->end - p->start))
		return 0;
	/* The word before is the name's, one space away. */
	return c->tk[k].start == p->end + 1 && c->t[p->end] == ' ';
}

/* Whether token k is capitalised and so is its second letter, as in
 * acronyms ("IMF's", "SDP-om", "ЕС-а"): most names fail at once. */
static inline int second_capital(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	const unsigned char *u = (const unsigned char *)c->t + t->start;
	size_t n = t->end - t->start;
	if (!(t->flags & TD_TOK_UPPER) || n < 3)
		return 0;
	if (u[0] < 0x80)
		return u[1] >= 'A' && u[1] <= 'Z';
	/* Cyrillic capitals: U+0400..U+042F. */
	return n >= 4 && (u[0] == 0xD0 || u[0] == 0xD1) && u[2] == 0xD0 && u[3] >= 0x80 && u[3] <= 0xAF;
}

/* Whether token k is an acronym with a case ending after a hyphen or an
 * apostrophe ("SDP-om", "HDZ-a", "NATO'nun", "IMF's"): it ends the name
 * it is written in, and is an organisation's. */
static int inflected_acronym(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	if ((t->flags & TD_TOK_ALLCAPS) || !(t->flags & TD_TOK_UPPER))
		return 0;
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	/* Most capitalised words have a small second letter. */
	const unsigned char *u = (const unsigned char *)w;
	if (n < 3 || (u[1] >= 'a' && u[1] <= 'z') ||
	    (n >= 4 && (u[0] == 0xD0 || u[0] == 0xD1) &&
	     ((u[2] == 0xD0 && u[3] >= 0xB0) || (u[2] == 0xD1 && u[3] < 0x90))))
		return 0;
	size_t a = td__acronym_base(w, n);
	return a > 0 && a < n && (w[a] == '-' || w[a] == '\'' || (unsigned char)w[a] == 0xE2);
}

static int joined(const ctx *c, size_t i)
{
	return joined_q(c, i, 0);
}

/* Like joined; for a name the lists hold (listed set), quotes and a
 * spaced dash are allowed in the gap ("Северен поток" 2, "Ямал — Европа",
 * "Франс – Прес"): the list decides there. */
/* Whether s (n bytes) has a vowel letter, Latin or Cyrillic, plain or
 * accented, in either case. */
static int has_vowel(const char *s, size_t n)
{
	static const uint32_t v[] = {
		'a', 'e', 'i', 'o', 'u', 'y', 0xE0, 0xE1, 0xE2, 0xE4, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC,
		0xED, 0xEE, 0xEF, 0xF2, 0xF3, 0xF4, 0xF6, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0x105, 0x119,
		0x11B, 0x151, 0x16F, 0x171, 0x430, 0x435, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E,
		0x44F, 0x451, 0x454, 0x456, 0x457, 0x45E,
	};
	for (size_t k = 0; k < n;) {
		int l;
		uint32_t cp = (uint32_t)u_tolower((UChar32)td_utf8_decode(s + k, n - k, &l));
		k += (size_t)l;
		for (size_t x = 0; x < NELEM(v); x++)
			if (v[x] == cp)
				return 1;
	}
	return 0;
}

static int joined_q_(const ctx *c, size_t i, int listed);

/* joined_q_, remembered per token: the rules ask about the same gaps
 * again and again. */
static int joined_q(const ctx *c, size_t i, int listed)
{
	unsigned m = c->jmemo[i], known = 1u << listed;
	if (m & known)
		return (m >> (2 + listed)) & 1;
	int v = joined_q_(c, i, listed);
	c->jmemo[i] = (uint8_t)(m | known | (unsigned)v << (2 + listed));
	return v;
}

static int joined_q_(const ctx *c, size_t i, int listed)
{
	const char *s = c->t + c->tk[i - 1].end, *e = c->t + c->tk[i].start;
	size_t n = (size_t)(e - s);
	/* A brand's "+" ends its name ("GSP+ Islamabad"), and so does an
	 * acronym's possessive ("the IMF's Kristalina Georgieva"). */
	if (s[-1] == '+' || (s[-1] == 's' && possessive_ends_name(c, i - 1)) ||
	    (second_capital(c, i - 1) && inflected_acronym(c, i - 1)))
		return 0;
	if (n == 1 && (s[0] == ' ' || s[0] == '-'))
		return 1; /* most gaps */
	/* An elided article or preposition the tokenizer left out ("Banca
	 * d'Italia", "Consiglio dell'Unione", "Côte d'Ivoire"). */
	if (n >= 3 && n <= 10 && s[0] == ' ') {
		size_t q = 1;
		while (q < n && s[q] >= 'a' && s[q] <= 'z')
			q++;
		if (q >= 2 && q <= 6 &&
		    ((q + 1 == n && s[q] == '\'') || (q + 3 == n && !memcmp(s + q, "\xE2\x80\x99", 3))))
			return 1;
	}
	/* Zero-width characters count for nothing ("Тереза \u200b\u200bМей"). */
	if (n == 0 || n > 5 + 3 * 4)
		return 0;
	/* An initial or a short abbreviation: one or two letters, or a
	 * word without vowels ("J. K. Rowling", "W. Brytania", "Дж. Байден",
	 * "Wlk. Brytania"); not a word that ends a sentence ("Theresa May.
	 * Boris Johnson"). */
	const td_token *p = &c->tk[i - 1];
	/* (In a listed name also after a dotted abbreviation: "U.S.
	 * Geological Survey".) */
	int dotted = listed && (p->flags & TD_TOK_ALLCAPS) && p->end - p->start <= 5 &&
		     memchr(c->t + p->start, '.', p->end - p->start);
	if (s[0] == '.' && (p->flags & TD_TOK_UPPER) && (!(p->flags & TD_TOK_ALLCAPS) || dotted) &&
	    p->end - p->start <= 5 &&
	    (dotted || nchars_(c->t + p->start, p->end - p->start) <= 2 ||
	     !has_vowel(c->t + p->start, p->end - p->start))) {
		s++;
		n--;
		if (n == 0)
			return 0;
	}
	/* A dash with a space on either side separates two names, it joins
	 * none: a route, a match, a pair ("трасса Лахор - Исламабад",
	 * "Real – Barcelona"); a hyphen is written without spaces. A number
	 * after it still numbers the name ("Северный поток — 2"). A text
	 * that spaces its hyphens too (a tokenised corpus: "Hewlett - Packard",
	 * "year - old") keeps a spaced hyphen-minus as a hyphen. */
	size_t visible = 0;
	int space_before = 0, dash_spaced = 0;
	for (size_t k = 0; k < n;) {
		int l;
		uint32_t cp = td_utf8_decode(s + k, n - k, &l);
		int zw = cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
		int dash = cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2011;
		if (cp != ' ' && cp != 0xA0 && !dash && cp != '&' && !zw && !(listed && is_quote_cp(cp)))
			return 0;
		if (dash && (cp != '-' || !spaced_hyphens(c)))
			dash_spaced |= space_before ? 1 : 0;
		else if (cp == ' ' || cp == 0xA0)
			space_before = 1;
		if ((cp == ' ' || cp == 0xA0) && dash_spaced && !listed && (c->tk[i].flags & TD_TOK_ALPHA))
			return 0;
		if (!zw)
			visible += (size_t)l;
		k += (size_t)(l > 0 ? l : 1);
	}
	return visible <= 5;
}

/* Whether text is tokenised, as corpora are: a space before most of its
 * commas and full stops ("police arrested him , and ... girlfriend ."),
 * and so also around its hyphens ("Hewlett - Packard", "year - old"). */
static int spaced_hyphens(const ctx *c)
{
	if (*c->spaced >= 0)
		return *c->spaced;
	const char *t = c->a->text;
	size_t n = c->a->text_len, spaced = 0, tight = 0;
	/* A text keeps its manner: its first lines tell. */
	if (n > 4096)
		n = 4096;
	for (size_t k = 1; k + 1 < n; k++) {
		if ((t[k] != ',' && t[k] != '.') || (t[k + 1] != ' ' && t[k + 1] != '\n'))
			continue;
		if (t[k - 1] == ' ')
			spaced++;
		else if ((unsigned char)t[k - 1] >= 0x80 || ((t[k - 1] | 0x20) >= 'a' && (t[k - 1] | 0x20) <= 'z'))
			tight++;
	}
	return *c->spaced = spaced > tight;
}

static int is_close_quote(uint32_t cp)
{
	return cp == '"' || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x2019 ||
	       cp == 0xAB || cp == '\'';
}

/* Whether token i is written in Latin letters only (not a Cyrillic
 * word with a Latin look-alike letter: "Aзиа"). */
static int latin_only(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)w[k] >= 0xD0 && (unsigned char)w[k] <= 0xD4)
			return 0;
	return 1;
}

/* Sentence-initial (or headline word in a title-case headline, or the
 * first word of a quotation): capitalisation says nothing there. */
static int weak_capital(const ctx *c, size_t i)
{
	uint8_t f = c->tk[i].flags;
	if (f & (TD_TOK_SENT_START | TD_TOK_QUOTED))
		return 1;
	if (i < c->title_end && c->title_case)
		return 1;
	/* A Cyrillic word right after a Latin one in a Cyrillic text: mostly
	 * a sentence whose full stop is lost after a foreign name ("пише
	 * The Guardian Той заявява"). */
	if (c->cyrillic && i > 0 && (c->tk[i - 1].flags & TD_TOK_ALPHA) && latin_only(c, i - 1) &&
	    !latin_only(c, i) && !(c->tk[i - 1].flags & TD_TOK_ALLCAPS))
		return 1;
	/* After a colon, a dash or a bullet a new clause starts; so does a
	 * new line, or a field of page chrome after "|" or a time or date
	 * ("23.06 | Choć trudno", "05.02.2018 08.25 Британският премиер"). */
	if (i > 0) {
		const char *s = c->t + c->tk[i - 1].end, *e = c->t + c->tk[i].start;
		for (; s < e; s++)
			if (*s == ':' || *s == ';' || *s == '(' || *s == ')' || *s == '\n' || *s == '|')
				return 1;
		const td_token *p = &c->tk[i - 1];
		if (p->flags & TD_TOK_DIGIT) {
			const char *b = c->t + p->start;
			for (const char *q = b > c->t ? b - 1 : b; q < c->t + p->end; q++)
				if (*q == '.' || *q == ':')
					return 1;
		}
	}
	return 0;
}

/* ---- gazetteer matching -------------------------------------------- */

/* Whether the character at s is a vowel or a soft sign that ends
 * inflected forms. */
static int vowel_end(const char *s, size_t n)
{
	static const uint32_t v[] = {'a', 'e', 'i', 'o', 'u', 'y', 0x105, 0x119, 0xE9, 0xE1,
				     0xED, 0xFD, 0xFA, 0x11B, 0x430, 0x44F, 0x443, 0x44E, 0x435,
				     0x44B, 0x438, 0x43E, 0x44C, 0x439, 0x456, 0x457, 0x454};
	int l;
	uint32_t cp = td_utf8_decode(s, n, &l);
	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++)
		if (v[k] == cp)
			return 1;
	return 0;
}

/* Whether the last letter of s (n bytes) is a vowel. */
static int vowel_before(const char *s, size_t n)
{
	if (!n)
		return 0;
	size_t b = n - 1;
	while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	return vowel_end(s + b, n - b);
}

/* Whether name s is one of the names of g's chain, letters compared
 * without diacritics ("Kraków" and "Krakow"). */
static int name_in_chain(const td__gaz *g, const char *s)
{
	char a[WBUF], b[WBUF];
	size_t al = td_text_translit(s, strlen(s), a, sizeof(a));
	for (; g; g = td__gaz_next(g)) {
		size_t bl = td_text_translit(g->lemma, strlen(g->lemma), b, sizeof(b));
		if (al == bl && !memcmp(a, b, al))
			return 1;
	}
	return 0;
}

/* Whether every name of entry g's chain belongs to languages other than
 * the article's and English, and none is the dictionary lemma lem. */
static int foreign_only(const ctx *c, const td__gaz *g, const char *lem)
{
	uint64_t mine = c->lbit | td__gaz_lang_bit("en");
	if (!c->lbit)
		return 0;
	char a[WBUF], b[WBUF];
	size_t al = td_text_fold(lem, strlen(lem), a, sizeof(a));
	for (; g; g = td__gaz_next(g)) {
		uint64_t l = g->langs & ~TD__GAZ_ANY;
		if (!l || (l & mine))
			return 0;
		size_t bl = td_text_fold(g->lemma, strlen(g->lemma), b, sizeof(b));
		if (al == bl && !memcmp(a, b, al))
			return 0;
	}
	return 1;
}

/* The entry of g's chain whose base form, folded, is f (fl bytes), or
 * NULL. */
static const td__gaz *chain_named(const td__gaz *g, const char *f, size_t fl)
{
	char h[WBUF];
	for (; g; g = td__gaz_next(g))
		if (g->lemma && td_text_fold(g->lemma, strlen(g->lemma), h, sizeof(h)) == fl && !memcmp(h, f, fl))
			return g;
	return NULL;
}

/* Whether token i, in a caseless language, meets entry g's chain only
 * as a stem: no name of the chain is the word as written (without an
 * English possessive), and the first is the word and one vowel more. */
static int stem_only(const ctx *c, size_t i, const td__gaz *g)
{
	char b[WBUF];
	size_t fl;
	const char *f = tok_stem(c, i, &fl);
	if (!fl || chain_named(g, f, fl) || !g->lemma)
		return 0;
	size_t bl = td_text_fold(g->lemma, strlen(g->lemma), b, sizeof(b));
	return bl == fl + 1 && !memcmp(b, f, fl) && strchr("aeiou", b[fl]);
}

/* Stems of dictionary lemmas met by this thread (td__name_stem): gaz_word
 * looks every word of a name up by its lemma too. A lemma's address
 * names it (td__lexinfo lemmas live as long as the process). Direct-mapped
 * by address; LSTEM_SLOTS records of 64 bytes (256 KiB). */
#define LSTEM_SLOTS 4096
typedef struct {
	const char *lemma; /* NULL: empty */
	uint8_t len;
	char s[55];        /* NUL-terminated */
} lstem_rec;
static td__tblock lstem_block = TD__TBLOCK(sizeof(lstem_rec) * LSTEM_SLOTS);
static _Thread_local lstem_rec *lstems; /* LSTEM_SLOTS records (lstem_block) */

/* td__name_stem of lemma (n bytes, NUL-terminated, of a td__lexinfo)
 * into out (cap bytes). */
static size_t lemma_stem(const char *lemma, size_t n, char *out, size_t cap)
{
	uintptr_t a = (uintptr_t)lemma;
	if (!td__tblock_of(&lstem_block, (void **)&lstems))
		return td__name_stem(lemma, n, out, cap);
	lstem_rec *r = &lstems[(a ^ (a >> 12)) & (LSTEM_SLOTS - 1)];
	if (r->lemma == lemma && cap > sizeof(r->s)) {
		memcpy(out, r->s, (size_t)r->len + 1);
		return r->len;
	}
	size_t sl = td__name_stem(lemma, n, out, cap);
	/* Whole (not cut at cap) and short. */
	if (sl < sizeof(r->s) && cap > 2 * n + 8) {
		r->lemma = lemma;
		r->len = (uint8_t)sl;
		memcpy(r->s, out, sl + 1);
	}
	return sl;
}

/* The gazetteer's entry of an acronym written in capitals (n bytes at
 * w: "EU", "ČTK"), or NULL. */
static const td__gaz *listed_acronym(const char *w, size_t n)
{
	char seq[WBUF];
	if (n + 2 > sizeof(seq))
		return NULL;
	seq[0] = '=';
	memcpy(seq + 1, w, n);
	int more, lower;
	return td__gaz_find(seq, n + 1, &more, &lower);
}

/* Whether every entry of acronym g's chain is listed for languages other
 * than the article's only, and the article is in no Slavic language: "SR"
 * is Slovakia in Slovak and Czech, no place in English. (Slavic texts
 * cite their neighbours' acronyms: "УНІАН" in Russian, "ČR" in Slovak.) */
static int acronym_of_other_languages(const ctx *c, const td__gaz *g)
{
	if (!c->lbit || c->slavic)
		return 0;
	for (; g; g = td__gaz_next(g))
		if (g->langs & (c->lbit | TD__GAZ_ANY))
			return 0;
	return 1;
}

/* The two sequences that gaz_word and gaz_longer look up side by side,
 * word by word: stems of the words as written (seq), and stems of their
 * dictionary lemmas (seq2: "Parlamencie" -> "Parlament") while a listed
 * name may still start so (alive2). */
struct gaz_seq {
	size_t sl, sl2;
	int alive2;
	char seq[WBUF * 2], seq2[WBUF * 2];
};

/* Appends token j's stems to q, after a space when past (not the first
 * word); 0 when there is no room. */
static int gaz_seq_add(const ctx *c, struct gaz_seq *q, size_t j, int past)
{
	if (past) {
		if (q->sl + 1 >= sizeof(q->seq) || q->sl2 + 1 >= sizeof(q->seq2))
			return 0;
		q->seq[q->sl++] = ' ';
		q->seq2[q->sl2++] = ' ';
	}
	size_t n = c->tk[j].end - c->tk[j].start;
	if (q->sl + n * 2 + 8 > sizeof(q->seq) || q->sl2 + n * 2 + 8 > sizeof(q->seq2))
		return 0;
	size_t wl;
	const char *st = tok_stem(c, j, &wl);
	memcpy(q->seq + q->sl, st, wl + 1);
	if (q->alive2) {
		td__lexinfo Lj;
		lex(c, j, &Lj);
		if (Lj.lemma && strlen(Lj.lemma) * 2 + 8 < sizeof(q->seq2) - q->sl2)
			q->sl2 += lemma_stem(Lj.lemma, strlen(Lj.lemma), q->seq2 + q->sl2, sizeof(q->seq2) - q->sl2);
		else {
			memcpy(q->seq2 + q->sl2, q->seq + q->sl, wl);
			q->sl2 += wl;
		}
	}
	q->sl += wl;
	return 1;
}

/* Looks q up: the entry of the stems as written or, past the first word,
 * of the lemmas' stems (*lower set then). *more tells whether a longer
 * name starts with the stems as written; alive2 is updated. (The
 * lemmas' lookup sets *lower as well: the entry is matched so.) */
static const td__gaz *gaz_seq_find(struct gaz_seq *q, int past, int *more, int *lower)
{
	int more2 = 0;
	const td__gaz *g = td__gaz_find(q->seq, q->sl, more, lower);
	if (!g && q->alive2 && past) {
		g = td__gaz_find(q->seq2, q->sl2, &more2, lower);
		if (g)
			*lower = 1;
	} else if (q->alive2)
		td__gaz_find(q->seq2, q->sl2, &more2, lower);
	q->alive2 = q->alive2 && more2;
	return g;
}

/* gaz_word's *next: whether longer names may start at the word. */
enum { GAZ_LONGER = 1, GAZ_LEMMAS = 2 };

/* The gazetteer name of token i's word alone; sets *len (0 or 1).
 * *next says whether a listed name of several words may start with the
 * word (GAZ_LONGER), and whether it may by the lemmas' stems too
 * (GAZ_LEMMAS): gaz_longer goes on from there. The answer and *next
 * depend only on the word, its capitals, the article's language
 * (dictionaries, endings) and whether L is given (callers give lex() of
 * the word or NULL), so the word cache keeps them. */
/* How a name's lemma lm meets the folded word f (fl bytes) that ends in
 * "и": 1 when it is the word without the "и", -1 when it begins so and is
 * longer (the word itself; a soft sign that other spellings drop:
 * "Роснефть", "Сибирь"), else 0. */
static int hard_stem_of(const char *f, size_t fl, const char *lm)
{
	char h[WBUF];
	size_t hl = td_text_fold(lm, strlen(lm), h, sizeof(h));
	if (hl < fl - 2 || memcmp(f, h, fl - 2))
		return 0;
	return hl == fl - 2 ? 1 : -1;
}

/* Whether token i is, folded, a name of best's entries and "и" after a
 * hard consonant other than к, г, х, ж, ш, ч, щ, ц, and no entry nor
 * the dictionary's lemma L (or NULL: "Перми", "Пермь") is longer than
 * that name. */
static int hard_stem_i(const ctx *c, size_t i, const td__gaz *best, const td__lexinfo *L)
{
	static const char hard[] = "бвдзлмнпрстф";
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	/* "и" is D0 B8; the consonant before it two bytes too. */
	if (fl < 6 || memcmp(f + fl - 2, "\xD0\xB8", 2))
		return 0;
	int hard_before = 0;
	for (size_t k = 0; k + 1 < sizeof(hard); k += 2)
		hard_before |= !memcmp(f + fl - 4, hard + k, 2);
	if (!hard_before)
		return 0;
	int stem = 0;
	for (const td__gaz *g = best; g; g = td__gaz_next(g)) {
		int v = g->lemma ? hard_stem_of(f, fl, g->lemma) : 0;
		if (v < 0)
			return 0;
		stem |= v;
	}
	int v = L && L->lemma ? hard_stem_of(f, fl, L->lemma) : 0;
	return v < 0 ? 0 : stem | v;
}

/* Whether the folded word f (fl bytes) can be a form of the name lemma:
 * unless the name's stem drops two letters or more of it that end in a
 * consonant ("Radom", stem "rad"), which then follows the stem within
 * the word's next two letters ("Radomiu", "Krakowie" of "Kraków"), or
 * the name ends in "-a" and the word is its stem alone.
 * -1 when the word does not begin with the name's stem (another
 * language's name of the entity). */
static int keeps_last_consonant(const char *f, size_t fl, const char *lemma)
{
	if (!lemma)
		return -1;
	char h[WBUF], s[WBUF];
	size_t hl = td_text_fold(lemma, strlen(lemma), h, sizeof(h));
	size_t sl = td__name_stem(lemma, strlen(lemma), s, sizeof(s));
	if (!hl || !sl || sl > fl || memcmp(f, s, sl) || memcmp(h, s, sl))
		return -1;
	size_t k = hl - 1;
	while (k > 0 && ((unsigned char)h[k] & 0xC0) == 0x80)
		k--;
	/* A feminine name in "-a" has no form of its stem alone ("Dan" is
	 * no form of "Dania"; plurals have: "z Čech", "z Chin"). */
	if (fl == sl && hl > sl && (h[k] == 'a' || !memcmp(h + k, "а", hl - k) || !memcmp(h + k, "я", hl - k)))
		return 0;
	if (sl + 2 > hl)
		return 1;
	if (k < sl || vowel_end(h + k, hl - k))
		return 1;
	size_t cl = hl - k, q = sl;
	for (int letters = 0; letters < 2 && q < fl; letters++) {
		if (q + cl <= fl && !memcmp(f + q, h + k, cl))
			return 1;
		q++;
		while (q < fl && ((unsigned char)f[q] & 0xC0) == 0x80)
			q++;
	}
	return 0;
}

static int locative(const ctx *c, size_t i);

/* Whether the article's dictionary lists a name of g's chain as a proper
 * name as written ("Brno"). */
static int dict_knows_chain(const ctx *c, const td__gaz *g)
{
	if (c->li < 0)
		return 0;
	for (; g; g = td__gaz_next(g)) {
		td__lexinfo G;
		if (!g->lemma)
			continue;
		td__lex_lookup(c->li, g->lemma, strlen(g->lemma), &G);
		if ((G.flags & TD__LEX_SELF) && (G.flags & TD__LEX_PROPER))
			return 1;
	}
	return 0;
}

/* Bytes of the longest common prefix of a and b, whole characters. */
static size_t common_prefix(const char *a, size_t an, const char *b, size_t bn)
{
	size_t k = 0;
	while (k < an && k < bn && a[k] == b[k])
		k++;
	while (k > 0 && k < an && ((unsigned char)a[k] & 0xC0) == 0x80)
		k--;
	return k;
}

static int undeclined(const ctx *c, size_t k);

/* gaz_word's namesakes: the listed name of another key that token i is a
 * case of, by a nominative ending put in place of its last one or two
 * letters, when that name shares more of the word than best's names;
 * best otherwise. */
static const td__gaz *longer_namesake(const ctx *c, size_t i, const td__gaz *best)
{
	static const char *const noms[] = {"ия", "ія", "ија", "а", "я", "ia", "ie", "ija", "ja", "a", "o", "e"};
	char f[WBUF], h[WBUF], q[WBUF + 8];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (fl < 4 || fl >= WBUF)
		return best;
	if (chain_named(best, f, fl))
		return best; /* the word is one of best's names */
	size_t have = 0;
	for (const td__gaz *g = best; g; g = td__gaz_next(g)) {
		if (!g->lemma)
			continue;
		size_t hl = td_text_fold(g->lemma, strlen(g->lemma), h, sizeof(h));
		size_t p = common_prefix(f, fl, h, hl);
		if (p > have)
			have = p;
	}
	/* The word less its last one and two letters. */
	size_t cut = fl;
	for (int letters = 0; letters < 2 && cut > 0; letters++) {
		cut--;
		while (cut > 0 && ((unsigned char)f[cut] & 0xC0) == 0x80)
			cut--;
		if (cut <= have)
			break;
		for (size_t k = 0; k < NELEM(noms); k++) {
			size_t nl = strlen(noms[k]);
			memcpy(q, f, cut);
			memcpy(q + cut, noms[k], nl);
			int more, lower;
			const td__gaz *g = td__gaz_find(q, cut + nl, &more, &lower);
			for (; g; g = td__gaz_next(g))
				if (g->lemma && strcmp(g->key, best->key) &&
				    td_text_fold(g->lemma, strlen(g->lemma), h, sizeof(h)) == cut + nl &&
				    !memcmp(h, q, cut + nl) && common_prefix(f, fl, q, cut + nl) > have)
					return g;
		}
	}
	return best;
}

static const td__gaz *gaz_word(const ctx *c, size_t i, size_t *len, const td__lexinfo *L, uint8_t *next)
{
	const td_token *tk = c->tk;
	const char *w = c->t + tk[i].start;
	size_t wn = tk[i].end - tk[i].start;
	const td__gaz *best = NULL;
	*len = 0;
	*next = 0;
	int more;
	char seq[WBUF * 2];
	/* An acronym with a case ending ("EU-a") matches as the acronym. */
	size_t acr = td__acronym_base(w, wn);
	int caps = (tk[i].flags & TD_TOK_ALLCAPS) || acr;
	if (caps) {
		const td__gaz *g = listed_acronym(w, acr ? acr : wn);
		if (g && !acronym_of_other_languages(c, g)) {
			*len = 1;
			best = g;
		}
	}
	struct gaz_seq q;
	q.sl = q.sl2 = 0;
	q.alive2 = L != NULL && !c->caseless;
	if (gaz_seq_add(c, &q, i, 0)) {
		int lower;
		const td__gaz *g = gaz_seq_find(&q, 0, &more, &lower);
		/* A name starting in lower case only where it is written so;
		 * a one-word all-capitals name matches only exactly (above). */
		if (g && (tk[i].flags & TD_TOK_UPPER || lower) && !caps) {
			best = g;
			*len = 1;
		}
		if (more || q.alive2)
			*next = GAZ_LONGER | (q.alive2 ? GAZ_LEMMAS : 0);
	}
	size_t sl;
	/* A word written as a listed noun of a place's people ("Rusové",
	 * "Britové") is the people, though its stem is the place's too. */
	if (best && *len == 1 && best->type != TD_ENT_PER) {
		char f[WBUF], b[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		for (const td__gaz *h = td__gaz_next(best); h; h = td__gaz_next(h))
			if (h->type == TD_ENT_PER && !strcmp(h->key, best->key) &&
			    td_text_fold(h->lemma, strlen(h->lemma), b, sizeof(b)) == fl && !memcmp(b, f, fl)) {
				best = h;
				break;
			}
	}
	/* A word the article's dictionary knows as another proper name,
	 * matched only through another language's name of the same stem
	 * ("Rusové", Czech "Russians", lemma "Rus", against Spanish "Rusia"),
	 * is that name, not the place. */
	if (best && *len == 1 && L && (L->flags & TD__LEX_PROPER) && L->lemma &&
	    foreign_only(c, best, L->lemma)) {
		best = NULL;
		*len = 0;
	}
	/* A word the article's dictionary does not know, matched by its
	 * stem only through names of other languages ("Frans" in Slovak,
	 * against Turkish "Fransa"), is no form of them. */
	if (best && *len == 1 && L && !(L->flags & TD__LEX_KNOWN) && (L->flags & TD__LEX_DICT) &&
	    !(tk[i].flags & TD_TOK_ALLCAPS)) {
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f) - 1);
		f[fl] = 0;
		if (foreign_only(c, best, f)) {
			best = NULL;
			*len = 0;
		}
	}
	/* In a language without cases a name is written whole: a word
	 * that meets a listed name only as its stem, the name a vowel
	 * longer, is no form of it ("Artemis", NASA's programme, against
	 * the Cuban province "Artemisa"). */
	if (best && *len == 1 && c->caseless && !caps && stem_only(c, i, best)) {
		best = NULL;
		*len = 0;
	}
	/* One word stripped of a one-letter ending only, or not at all; in
	 * lower case only a name written so ("брексита"), and only where
	 * the stem lost more than a letter (else it was looked up). */
	size_t stem_l = 0;
	const char *stem = "";
	if (!best && !(tk[i].flags & TD_TOK_UPPER))
		stem = tok_stem(c, i, &stem_l);
	if (!best && !c->caseless && !(tk[i].flags & TD_TOK_ALLCAPS) &&
	    ((tk[i].flags & TD_TOK_UPPER) || nchars_(w, wn) > nchars_(stem, stem_l) + 1)) {
		for (int v = 0; v < 1 && !best; v++) {
			sl = tok_fold(c, i, seq, sizeof(seq));
			if (v == 0) {
				/* Drop a last vowel or soft sign. */
				size_t k = sl ? sl - 1 : 0;
				while (k > 0 && ((unsigned char)seq[k] & 0xC0) == 0x80)
					k--;
				if (k < 3 || !vowel_end(seq + k, sl - k))
					continue;
				sl = k;
				seq[sl] = 0;
			}
			int lower;
			const td__gaz *g = td__gaz_find(seq, sl, &more, &lower);
			if (g && ((tk[i].flags & TD_TOK_UPPER) || lower)) {
				best = g;
				*len = 1;
			}
		}
	}
	/* A fleeting vowel: the nominative has an "e" between the last two
	 * consonants that the other cases drop ("Brusljem" ~ "Bruselj",
	 * "Gradca" ~ "Gradec", "Египта" ~ "Египет"). Slavic only. */
	if (!best && c->slavic && (tk[i].flags & TD_TOK_UPPER) && !(tk[i].flags & TD_TOK_ALLCAPS)) {
		size_t stl;
		const char *st = tok_stem(c, i, &stl);
		/* The stem, or the word without its last vowel where the stem
		 * took more ("Египта": stem "егип", the form "египт"). */
		char drop[WBUF];
		size_t dl = tok_fold(c, i, drop, sizeof(drop));
		size_t dk = dl ? dl - 1 : 0;
		while (dk > 0 && ((unsigned char)drop[dk] & 0xC0) == 0x80)
			dk--;
		int both = dk > stl && vowel_end(drop + dk, dl - dk);
		for (int pass = 0; pass < 1 + both && !best; pass++) {
			if (pass) {
				st = drop;
				stl = dk;
			}
			/* Only in an inflected form: the nominative keeps the vowel. */
			if (stl + 4 < sizeof(seq) && stl >= 4 && stl < tk[i].end - tk[i].start) {
				/* The last consonant ("lj", "nj" count as one) and the one
				 * before it. */
				size_t last = stl - 1;
				while (last > 0 && ((unsigned char)st[last] & 0xC0) == 0x80)
					last--;
				if (last >= 2 && st[last] == 'j' && (st[last - 1] == 'l' || st[last - 1] == 'n'))
					last--;
				size_t prev = last ? last - 1 : 0;
				while (prev > 0 && ((unsigned char)st[prev] & 0xC0) == 0x80)
					prev--;
				if (prev >= 2 && !vowel_end(st + last, stl - last) && !vowel_end(st + prev, last - prev) &&
				    st[prev] != 'j' && !(st[prev] == '\xd0' && st[prev + 1] == '\xb9')) {
					const char *e = c->cyrillic ? "\xd0\xb5" : "e";
					size_t el = strlen(e);
					memcpy(seq, st, last);
					memcpy(seq + last, e, el);
					memcpy(seq + last + el, st + last, stl - last);
					sl = stl + el;
					seq[sl] = 0;
					int lower;
					const td__gaz *g = td__gaz_find(seq, sl, &more, &lower);
					if (g && !g->weak) {
						best = g;
						*len = 1;
					}
				}
			}
		}
	}
	/* A language without a dictionary (Romanian, Greek, Turkish,
	 * Hungarian): a place of its own language's names under a case
	 * ending of up to four letters ("României" ~ "România", "Ελλάδος" ~
	 * "Ελλάδα", "Magyarországon" ~ "Magyarország"). */
	if (!best && c->nodict && !c->caseless && (tk[i].flags & TD_TOK_UPPER) &&
	    !(tk[i].flags & TD_TOK_ALLCAPS) && c->lbit) {
		static const char *const noms[] = {"", "a", "ia", "\xCE\xB1"}; /* α */
		size_t fl = tok_fold(c, i, seq, sizeof(seq) - 8);
		size_t cut = fl;
		for (int k = 1; k <= 4 && !best; k++) {
			while (cut > 0 && ((unsigned char)seq[cut - 1] & 0xC0) == 0x80)
				cut--;
			if (cut == 0)
				break;
			cut--; /* one more letter off */
			if (nchars_(seq, cut) < 4)
				break;
			for (size_t e = 0; e < NELEM(noms) && !best; e++) {
				size_t el = strlen(noms[e]);
				char cand[WBUF];
				if (cut + el >= sizeof(cand))
					continue;
				memcpy(cand, seq, cut);
				memcpy(cand + cut, noms[e], el);
				int lower;
				const td__gaz *g = td__gaz_find(cand, cut + el, &more, &lower);
				for (const td__gaz *h = g; h && !best; h = td__gaz_next(h))
					if (h->type == TD_ENT_LOC && (h->langs & c->lbit))
						best = g;
			}
		}
		if (best)
			*len = 1;
	}
	/* Consonants that alternate before the locative and dative "-e":
	 * the stem of the nominative ends otherwise ("Wspólnocie" ~
	 * "Wspólnota", "Pradze" ~ "Praga", "Americe" ~ "Amerika"). */
	if (!best && c->slavic && !c->cyrillic && (tk[i].flags & TD_TOK_UPPER) &&
	    !(tk[i].flags & TD_TOK_ALLCAPS) && wn > 4 && w[wn - 1] == 'e') {
		static const struct {
			const char *lang, *end, *stem;
		} alt[] = {
			{"pl", "cie", "t"}, {"pl", "dzie", "d"}, {"pl", "rze", "r"}, {"pl", "ście", "st"},
			{"pl", "ce", "k"}, {"pl", "dze", "g"}, {"pl", "le", "ł"}, {"pl", "źle", "zł"},
			{"cs", "ce", "k"}, {"cs", "ze", "h"}, {"cs", "še", "ch"}, {"cs", "ře", "r"},
			{"sk", "ke", "k"}, {"sk", "ze", "h"},
		};
		for (size_t k = 0; k < NELEM(alt) && !best; k++) {
			/* The endings are in lower case: compare the word as
			 * written, fold it only for a lookup. */
			size_t el = strlen(alt[k].end), xl = strlen(alt[k].stem);
			if (!same_lang(alt[k].lang, c->a->lang) || wn <= el + 3 || memcmp(w + wn - el, alt[k].end, el))
				continue;
			char f[WBUF];
			size_t fl = td_text_fold(w, wn, f, sizeof(f));
			if (fl <= el || fl - el + xl + 1 > sizeof(seq))
				continue;
			memcpy(seq, f, fl - el);
			memcpy(seq + fl - el, alt[k].stem, xl);
			sl = fl - el + xl;
			seq[sl] = 0;
			int lower;
			const td__gaz *g = td__gaz_find(seq, sl, &more, &lower);
			if (g && !g->weak) {
				best = g;
				*len = 1;
			}
		}
	}
	/* Slovene and Croatian decline a foreign name with a "j" before the
	 * ending ("Pfizerja", "Schröderja"; "lj" and "nj" are letters of
	 * their own): the stem without it. */
	if (!best && (!strcmp(c->a->lang, "sl") || !strcmp(c->a->lang, "hr")) && (tk[i].flags & TD_TOK_UPPER) &&
	    !(tk[i].flags & TD_TOK_ALLCAPS)) {
		size_t stl;
		const char *st = tok_stem(c, i, &stl);
		if (stl >= 5 && stl < tk[i].end - tk[i].start && stl < sizeof(seq) && st[stl - 1] == 'j' &&
		    st[stl - 2] != 'l' && st[stl - 2] != 'n' && !vowel_end(st + stl - 2, 2)) {
			memcpy(seq, st, stl - 1);
			seq[stl - 1] = 0;
			int lower;
			const td__gaz *g = td__gaz_find(seq, stl - 1, &more, &lower);
			if (g && !g->weak) {
				best = g;
				*len = 1;
			}
		}
	}
	/* One word by its dictionary lemma ("Polsce" -> "Polska"); also a
	 * place whose stem met another listed place that the lemma is none
	 * of: the dictionary's reading wins ("Nigerii" is Nigeria's, not
	 * Niger's). */
	int other = best && *len == 1 && best->type == TD_ENT_LOC && L && L->lemma &&
		    !(L->flags & (TD__LEX_SELF | TD__LEX_LOWER)) && !(tk[i].flags & TD_TOK_ALLCAPS) &&
		    !name_in_chain(best, L->lemma);
	if ((!best || other) && !c->caseless && L && L->lemma && (L->flags & TD__LEX_PROPER)) {
		sl = lemma_stem(L->lemma, strlen(L->lemma), seq, sizeof(seq));
		int lower;
		const td__gaz *g = td__gaz_find(seq, sl, &more, &lower);
		/* (Over another place: the first place of the chain that has
		 * the lemma among its names from there on, if any.) */
		while (other && g && !(g->type == TD_ENT_LOC && name_in_chain(g, L->lemma)))
			g = td__gaz_next(g);
		if (g) {
			best = g;
			*len = 1;
		}
	}
	/* A capitalised case of a common word whose lemma is a town's name
	 * where the dictionary lists the common word only ("u Rijeci":
	 * "rijeka", a river, and Rijeka): the town (weak as such names are,
	 * so not at a sentence's start). Not the nominative, the form a
	 * capital after a lost full stop shows ("vojáků Hranice mezi", the
	 * border, not the town). */
	if (!best && c->slavic && L && L->lemma && (L->flags & TD__LEX_LOWER) && !(L->flags & TD__LEX_PROPER) &&
	    (tk[i].flags & TD_TOK_UPPER) && !(tk[i].flags & TD_TOK_ALLCAPS) && !undeclined(c, i)) {
		sl = lemma_stem(L->lemma, strlen(L->lemma), seq, sizeof(seq));
		int lower;
		for (const td__gaz *g = td__gaz_find(seq, sl, &more, &lower); g && !best; g = td__gaz_next(g))
			if (g->type == TD_ENT_LOC && !strncmp(g->key, "city:", 5) && name_in_chain(g, L->lemma))
				best = g;
		if (best)
			*len = 1;
	}
	/* Russian and Ukrainian write no "и" after a hard consonant (but a
	 * velar, a hissing one or "ц") as the ending of a name that ends in
	 * it: "Мелони" is no case of the town "Мелон" (Melun; "Мелона",
	 * "Мелоне"), but a name of its own; a name listed with the "и"
	 * ("Дели") is written as listed. */
	if (best && *len == 1 && (!strcmp(c->a->lang, "ru") || !strcmp(c->a->lang, "uk")) &&
	    hard_stem_i(c, i, best, L)) {
		best = NULL;
		*len = 0;
	}
	/* A name whose nominative ends in what looks like a case ending
	 * after a consonant ("Radom", stem "rad") keeps that consonant in
	 * every case ("Radomiu", "Радома"; "Kraków" -> "Krakowie", "Львів" ->
	 * "Львова"): a word of the stem without it is another word's form
	 * ("Radě", "Ради", the council). */
	if (best && *len == 1 && c->slavic && !(tk[i].flags & TD_TOK_ALLCAPS)) {
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		int judged = 0, kept = 0;
		for (const td__gaz *g = best; g && !kept; g = td__gaz_next(g)) {
			int v = keeps_last_consonant(f, fl, g->lemma);
			judged |= v >= 0;
			kept = v > 0;
		}
		if (judged && !kept) {
			best = NULL;
			*len = 0;
		}
	}
	/* A word the dictionary knows as a form of a name only, matched by
	 * its stem to a town of another name ("Андрея", of "Андрей", is no
	 * form of "Андрия", Andria): the name, not the town; unless the
	 * dictionary lists the town too, whose form the word then is as
	 * well, after "in" ("v Brně", of "Brno" and of the surname "Brň"). */
	if (best && *len == 1 && best->weak && best->type == TD_ENT_LOC && !strncmp(best->key, "city:", 5) &&
	    L && L->lemma &&
	    (L->flags & TD__LEX_PROPER) && !(L->flags & TD__LEX_LOWER) && !(L->flags & TD__LEX_SELF) &&
	    !(tk[i].flags & TD_TOK_ALLCAPS) && !name_in_chain(best, L->lemma) &&
	    !(i > 0 && locative(c, i - 1) == 1 && dict_knows_chain(c, best))) {
		best = NULL;
		*len = 0;
	}
	/* Bulgarian and Macedonian nouns have no cases: a town that is also
	 * a person's name is matched as it is listed, not by a stem that
	 * another ending shares ("Радев" is no "Радом"). */
	/* (And a name listed as written comes before another that only
	 * shares its stem, weak or not, in whatever language it is listed:
	 * "Русе", the town, is no "Русия".) */
	if (best && *len == 1 && (!strcmp(c->a->lang, "bg") || !strcmp(c->a->lang, "mk"))) {
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		const td__gaz *same = chain_named(best, f, fl);
		/* (A name of another key with the same stem is listed under
		 * its whole word only.) */
		if (!same) {
			int more2, lower2;
			same = chain_named(td__gaz_find(f, fl, &more2, &lower2), f, fl);
		}
		/* (The same entity under another of its names keeps the
		 * stem's answer: "Корана" is the Quran, base form "Коран".) */
		if (same && !strcmp(same->key, best->key))
			same = best;
		if (same || best->weak)
			best = same;
		if (!best)
			*len = 0;
	}
	/* Two names of one stem, where the stem's slot holds the first one
	 * listed ("Нигер" and "Нигерия", "Niger" and "Nigeria"): the word
	 * is a case of the other when a nominative made from it (its last
	 * letter or two replaced) is that name, which shares more of the
	 * word ("Нигерии", "Nigerii" of Nigeria; "Нигере" of Niger). */
	if (best && *len == 1 && c->slavic && !(tk[i].flags & TD_TOK_ALLCAPS))
		best = longer_namesake(c, i, best);
	return best;
}

/* Whether token i is the English "Operation" (of "Operation Desert
 * Storm"). */
static int operation_word(const ctx *c, size_t i)
{
	return c->tk[i].end - c->tk[i].start == 9 && !memcmp(c->t + c->tk[i].start, "Operation", 9) &&
	       !strcmp(c->a->lang, "en");
}

/* Whether token j is an English noun of a kind of product, singular or
 * plural, that follows the product's name ("the Blackwell platform",
 * "Falcon rockets"). (The indexed word lists are full: see all_lists.) */
static int en_product_head(const ctx *c, size_t j)
{
	static const char *const heads[] = {
		"platform", "model", "headset", "rocket", "chip", "processor", "smartphone",
		"app", "software", "console", "vaccine", "jet", "aircraft", "airliner", "drone", "missile",
		"satellite", "telescope", "browser", "chatbot", "laptop", "tablet", "handset", "spacecraft",
		"capsule", "warplane", "helicopter", "submarine", "frigate", "pickup", "sedan", "suv", "pill",
		"sequel"};
	char f[WBUF];
	size_t fl = tok_fold(c, j, f, sizeof(f));
	if (word_listed(heads, NELEM(heads), f, fl))
		return 1;
	return fl > 3 && f[fl - 1] == 's' && word_listed(heads, NELEM(heads), f, fl - 1);
}

/* Whether token i is a definite article of English or a Romance
 * language, in any case ("La", "the"). */
static int article_word(const ctx *c, size_t i)
{
	static const char *const arts[] = {"the", "la", "le", "les", "el", "los", "las", "il", "lo", "gli"};
	char f[16];
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n > 3)
		return 0;
	size_t fl = td_text_fold(c->t + c->tk[i].start, n, f, sizeof(f));
	return word_listed(arts, NELEM(arts), f, fl);
}

/* The longest listed name of two words or more starting at token i, or
 * NULL; sets *len in tokens. next: gaz_word's for the word, not 0. */
static const td__gaz *gaz_longer(const ctx *c, size_t i, size_t *len, const td__lexinfo *L, uint8_t next)
{
	const td__gaz *best = NULL;
	*len = 0;
	/* The first word's stems as gaz_word laid them out (their lengths
	 * bound the sequences), then what it found of them. */
	struct gaz_seq q;
	q.sl = q.sl2 = 0;
	q.alive2 = L != NULL && !c->caseless;
	if (!gaz_seq_add(c, &q, i, 0))
		return NULL;
	q.alive2 = (next & GAZ_LEMMAS) != 0;
	for (size_t j = i + 1; j < c->nt && j < i + MAXRUN; j++) {
		if (!joined_q(c, j, 1) || !gaz_seq_add(c, &q, j, 1))
			break;
		int more, lower;
		const td__gaz *g = gaz_seq_find(&q, 1, &more, &lower);
		/* A name starting in lower case only where it is written so;
		 * one opening with an article capitalises its noun ("La
		 * Réunion", not "La réunion a eu lieu", the meeting). */
		if (g && j == i + 1 && !(c->tk[j].flags & TD_TOK_UPPER) && article_word(c, i))
			g = NULL;
		if (g && ((c->tk[i].flags & TD_TOK_UPPER) || lower)) {
			best = g;
			*len = j + 1 - i;
		}
		if (!more && !q.alive2)
			break;
	}
	return best;
}

/* How gaz_word was asked about token i: its answer depends on the word's
 * capitals and on whether L is given. */
static uint8_t memo_how(const ctx *c, size_t i, const td__lexinfo *L)
{
	return (uint8_t)(1 | ((c->tk[i].flags & TD_TOK_UPPER) ? 2 : 0) |
			 ((c->tk[i].flags & TD_TOK_ALLCAPS) ? 4 : 0) | (L ? 8 : 0));
}

/* The gazetteer name at token i, weak names (towns that share a
 * person's name) included: the longest name of several words, else the
 * word's own (gaz_word, kept in the word cache), remembered per token.
 * L is lex() of the word, or NULL for lower-case words. */
static const td__gaz *gaz_at_all(const ctx *c, size_t i, size_t *len, const td__lexinfo *L)
{
	if (!c->gzdone[i]) {
		size_t l = 0;
		uint8_t how = memo_how(c, i, L), next;
		const td__gaz *g;
		word_rec *r = word(c, i);
		if (r && (r->have & W_GAZ) && r->ghow == how) {
			g = r->g;
			l = r->glen;
			next = r->gnext;
		} else {
			g = gaz_word(c, i, &l, L, &next);
			if ((r = word(c, i))) {
				r->g = g;
				r->glen = (uint8_t)l;
				r->ghow = how;
				r->gnext = next;
				r->have |= W_GAZ;
			}
		}
		if (next) {
			size_t ml;
			const td__gaz *m = gaz_longer(c, i, &ml, L, next);
			if (m) {
				g = m;
				l = ml;
			}
		}
		/* (A name listed for its languages only is none in
		 * another's.) */
		if (g && (g->langs & TD__GAZ_ONLY) && !(g->langs & c->lbit)) {
			g = NULL;
			l = 0;
		}
		c->gz[i] = g;
		c->gzlen[i] = (uint8_t)l;
		c->gzdone[i] = 1;
	}
	*len = c->gzlen[i];
	return c->gz[i];
}

/* The gazetteer name at token i after a name that it may complete
 * ("PU Celje", "Высший суд Лахора"): weak names only when no capitalised
 * word follows them ("MPO Milan Řepka" is an acronym and a person). */
static const td__gaz *gaz_after(const ctx *c, size_t i, size_t *len, const td__lexinfo *L)
{
	const td__gaz *g = gaz_at_all(c, i, len, L);
	if (g && g->weak && *len == 1 && i + 1 < c->nt && joined(c, i + 1) &&
	    (c->tk[i + 1].flags & TD_TOK_UPPER))
		return NULL;
	return g;
}

/* The gazetteer name at token i, weak one-word names left out. */
static const td__gaz *gaz_at(const ctx *c, size_t i, size_t *len, const td__lexinfo *L)
{
	const td__gaz *g = gaz_at_all(c, i, len, L);
	return g && g->weak && *len == 1 ? NULL : g;
}

static int census_word(const ctx *c, size_t i);

/* Whether token k, before a listed noun of a country's people, is a
 * name that makes the noun a surname ("Petrem Němcem", "Janem
 * Polakiem"): a word the dictionary knows as a name only, a census
 * first name when census is set, or a name that is also a common word
 * capitalised inside a sentence after a word in lower case, where the
 * capital is the name's ("ministr vnitra Vít Rakušan": "vít" is a
 * verb). */
static int name_before_people(const ctx *c, size_t k, int census)
{
	if (census && census_word(c, k))
		return 1;
	td__lexinfo L;
	lex(c, k, &L);
	if (!(L.flags & TD__LEX_PROPER))
		return 0;
	if (!(L.flags & TD__LEX_LOWER))
		return 1;
	return (L.flags & TD__LEX_SELF) && !(c->tk[k].flags & TD_TOK_SENT_START) && k > 0 &&
	       !(c->tk[k - 1].flags & TD_TOK_UPPER) && (c->tk[k - 1].flags & TD_TOK_ALPHA);
}

/* Whether a weak name at token i (a town or a province that is also a
 * first name: "Milan", "Jan", "Филип") splits the run that it starts:
 * only before two more capitalised words ("Пенджаба Салман Тасир"), and
 * not when it is a common word ("Rada Milli Yakjehti"). */
static int weak_splits(const ctx *c, size_t i, const td__lexinfo *L)
{
	for (size_t k = i + 1; k <= i + 2; k++)
		if (!(k < c->nt && joined(c, k) && (c->tk[k].flags & TD_TOK_UPPER)))
			return 0;
	return !(L->flags & TD__LEX_LOWER);
}

/* Whether the dictionary's lemma of token k is s (n bytes), case-folded;
 * unknown (no lemma) when it has none. */
static int lemma_is(const ctx *c, size_t k, const char *s, size_t n, int unknown)
{
	td__lexinfo L;
	lex(c, k, &L);
	if (!L.lemma)
		return unknown;
	char f1[WBUF], f2[WBUF];
	size_t l1 = td_text_fold(L.lemma, strlen(L.lemma), f1, sizeof(f1));
	size_t l2 = td_text_fold(s, n, f2, sizeof(f2));
	return l1 == l2 && !memcmp(f1, f2, l1);
}

/* Whether the dictionary reads the word at token k as its own base form
 * or does not know it: no declined form. */
static int undeclined(const ctx *c, size_t k)
{
	return lemma_is(c, k, c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start, 1);
}

/* Whether listed place g at token i is written in an oblique case before a
 * word in its nominative, so that the two are no person's names ("в
 * Неваде Байден получил", "w Pensylwanii Biden"): where nouns have cases
 * a first name and its surname agree. The place ends in another vowel
 * than its listed name does ("Неваде", "Невада"); the word after it ends
 * in a consonant, as a masculine surname's nominative does ("Байден"), or
 * in the "a" of a woman's first name, not in another vowel, as surnames
 * that do not decline do ("Азии Биби"); and the dictionary's lemma of the
 * place's word is the listed name. A country's name in an oblique case
 * before a word the dictionary does not decline is no first name either
 * ("премьер Италии Мелони", a surname that does not decline; "Kuby
 * Błaszczykowskiego" is Kuba's). */
static int oblique_place(ctx *c, size_t i, const td__gaz *g)
{
	if (!c->slavic || i + 1 >= c->nt)
		return 0;
	const char *w = c->t + c->tk[i].start, *x = c->t + c->tk[i + 1].start;
	size_t n = c->tk[i].end - c->tk[i].start, xn = c->tk[i + 1].end - c->tk[i + 1].start;
	size_t gn = strlen(g->lemma);
	size_t a = n ? n - 1 : 0, b = gn ? gn - 1 : 0, e = xn ? xn - 1 : 0;
	while (a > 0 && ((unsigned char)w[a] & 0xC0) == 0x80)
		a--;
	while (b > 0 && ((unsigned char)g->lemma[b] & 0xC0) == 0x80)
		b--;
	while (e > 0 && ((unsigned char)x[e] & 0xC0) == 0x80)
		e--;
	int gpe = !strncmp(g->key, "gpe:", 4);
	if (!vowel_end(w + a, n - a) || !vowel_end(g->lemma + b, gn - b)) {
		/* A country's genitive plural ("Kanclerz Niemiec Merz", of
		 * "Niemcy"), which the dictionary reads so, before a word it
		 * does not decline (not a singular's: Ukrainian reads the
		 * name "Домінік" as one of "Домініка"). */
		static const char *const plural[] = {"y", "i", "ы", "и"};
		return gpe && undeclined(c, i + 1) && vowel_end(g->lemma + b, gn - b) &&
		       word_listed(plural, NELEM(plural), g->lemma + b, gn - b) &&
		       !(n == gn && !memcmp(w, g->lemma, n)) && lemma_is(c, i, g->lemma, gn, 0);
	}
	if (n - a == gn - b && !memcmp(w + a, g->lemma + b, n - a))
		return 0;
	/* After it a consonant, or the "a" of a woman's first name in the
	 * nominative ("от Калифорнии Камала Харрис"). */
	int fem_a = (xn - e == 1 && x[e] == 'a') || (xn - e == 2 && !memcmp(x + e, "\xD0\xB0", 2));
	int own_a = (n - a == 1 && w[a] == 'a') || (n - a == 2 && !memcmp(w + a, "\xD0\xB0", 2));
	if (vowel_end(x + e, xn - e) && !(fem_a && !own_a) && !(gpe && undeclined(c, i + 1)))
		return 0;
	/* An inflected form of the place itself, which the dictionary
	 * reads so, not a first name that only shares a stem ("George",
	 * "Андрей"); under any of its names of those stems (the entry met
	 * may be another language's: "Франция" for Ukrainian "Франції"). */
	int oblique = 0;
	char f1[WBUF], f2[WBUF];
	size_t l2 = td_text_fold(w, n, f2, sizeof(f2));
	for (const td__gaz *h = g; h; h = td__gaz_next(h)) {
		if (strcmp(h->key, g->key))
			continue;
		size_t l1 = td_text_fold(h->lemma, strlen(h->lemma), f1, sizeof(f1));
		if (l1 == l2 && !memcmp(f1, f2, l1))
			return 0; /* a name as listed in some language ("Roma") */
		oblique |= lemma_is(c, i, h->lemma, strlen(h->lemma), 0);
	}
	return oblique;
}


/* ---- lemmas --------------------------------------------------------- */

/* Nominative guesses for a name the dictionary does not know: endings of
 * oblique cases and the nominative ending that replaces them. A guess is
 * taken when the article also uses that form, or when the ending is
 * never nominative for names (sure). */
typedef struct {
	const char *lang, *end, *repl;
	int sure; /* 1 sure; 4: sure for a surname in the case of the first
		   * name before it (the same last letter: "Mariem Draghim",
		   * "Antonia Tajanija"; not "Mohamed Ibrahim"), else as 0;
		   * 2: a feminine accusative "-o" ("Thereso"), taken
		   * where the article declines the name so (its "-e" or "-i"
		   * form, not "-om" or "-u" as of a masculine "Pompeo"); 3:
		   * only where the article writes the result (a possessive
		   * "Trumpov" beside "Trump", while "Lavrov" and "Markov" are
		   * surnames that dictionaries' "Lavr", "Marko" do not make) */
} guess_rule;

static const guess_rule rules[] = {
	{"ru", "ского", "ский", 1}, {"ru", "скому", "ский", 1}, {"ru", "ским", "ский", 1},
	{"ru", "ской", "ская", 0}, {"ru", "ому", "", 0}, {"ru", "ом", "", 1}, {"ru", "ым", "", 1},
	{"ru", "ем", "ь", 0}, {"ru", "ой", "а", 0}, {"ru", "ою", "а", 1}, {"ru", "ы", "а", 0},
	{"ru", "у", "", 0}, {"ru", "е", "", 0}, {"ru", "а", "", 0}, {"ru", "я", "ь", 0},
	{"ru", "ии", "ия", 1}, {"ru", "ию", "ия", 1}, {"ru", "ией", "ия", 1},
	{"ru", "ю", "ь", 0}, {"ru", "и", "а", 0}, {"ru", "и", "ь", 0},
	{"uk", "ії", "ія", 1}, {"uk", "ію", "ія", 1}, {"uk", "ією", "ія", 1},
	{"uk", "ського", "ський", 1}, {"uk", "ському", "ський", 1}, {"uk", "ові", "", 1},
	{"uk", "ом", "", 1}, {"uk", "им", "", 1}, {"uk", "ою", "а", 1}, {"uk", "ем", "ь", 0}, {"uk", "ої", "а", 0},
	{"uk", "и", "а", 0}, {"uk", "і", "", 0}, {"uk", "у", "", 0}, {"uk", "а", "", 0},
	{"uk", "я", "ь", 0}, {"uk", "і", "а", 0},
	{"bg", "ът", "", 1}, {"bg", "ят", "", 0},
	/* Hungarian case suffixes, taken where the article writes the name
	 * without them ("Putyinnak", "Brüsszelből"; the instrumental
	 * doubles a final consonant: "Putyinnal", "Trumppal"). */
	{"hu", "nak", "", 0}, {"hu", "nek", "", 0}, {"hu", "ról", "", 0}, {"hu", "ről", "", 0},
	{"hu", "tól", "", 0}, {"hu", "től", "", 0}, {"hu", "hoz", "", 0}, {"hu", "hez", "", 0},
	{"hu", "höz", "", 0}, {"hu", "nál", "", 0}, {"hu", "nél", "", 0}, {"hu", "ból", "", 0},
	{"hu", "ből", "", 0}, {"hu", "val", "", 0}, {"hu", "vel", "", 0}, {"hu", "t", "", 0},
	{"hu", "nnal", "n", 0}, {"hu", "nnel", "n", 0}, {"hu", "ppal", "p", 0}, {"hu", "ppel", "p", 0},
	{"hu", "rral", "r", 0}, {"hu", "rrel", "r", 0}, {"hu", "llal", "l", 0}, {"hu", "llel", "l", 0},
	{"hu", "ssal", "s", 0}, {"hu", "ssel", "s", 0}, {"hu", "ttal", "t", 0}, {"hu", "ttel", "t", 0},
	{"hu", "kkal", "k", 0}, {"hu", "kkel", "k", 0}, {"hu", "mmal", "m", 0}, {"hu", "mmel", "m", 0},
	{"hu", "ddal", "d", 0}, {"hu", "ddel", "d", 0}, {"hu", "zzal", "z", 0}, {"hu", "zzel", "z", 0},
	/* Belarusian, as Russian with its own vowels ("Пуціным",
	 * "Уладзімірам", "Расіі"). */
	{"be", "скага", "скі", 1}, {"be", "скаму", "скі", 1}, {"be", "скім", "скі", 1},
	{"be", "скай", "ская", 0}, {"be", "іі", "ія", 1}, {"be", "ію", "ія", 1}, {"be", "іяй", "ія", 1},
	{"be", "аму", "", 0}, {"be", "ым", "", 1}, {"be", "ам", "", 1}, {"be", "ам", "а", 0},
	{"be", "ай", "а", 0}, {"be", "ою", "а", 1}, {"be", "ы", "а", 0}, {"be", "у", "", 0},
	{"be", "е", "", 0}, {"be", "а", "", 0}, {"be", "і", "а", 0},
	/* Adjectival surnames in the instrumental and the dative
	 * ("Zełenskim", "Zełenskiemu"; "Zelenským", "Zelenskému"). */
	{"pl", "skim", "ski", 1}, {"pl", "ckim", "cki", 1}, {"pl", "skiemu", "ski", 1},
	{"pl", "ckiemu", "cki", 1}, {"cs", "ským", "ský", 1}, {"cs", "ckým", "cký", 1},
	{"cs", "skému", "ský", 1}, {"cs", "ckému", "cký", 1}, {"sk", "ským", "ský", 1},
	{"sk", "ckým", "cký", 1}, {"sk", "skému", "ský", 1}, {"sk", "ckému", "cký", 1},
	{"pl", "ym", "y", 0}, {"pl", "owi", "", 1}, {"pl", "iem", "", 1}, {"pl", "em", "", 1}, {"pl", "ą", "a", 1},
	{"pl", "ii", "ia", 1}, {"pl", "ię", "ia", 1}, {"pl", "ią", "ia", 1}, {"pl", "ie", "", 0}, {"pl", "y", "a", 0}, {"pl", "u", "", 0},
	{"pl", "a", "", 0}, {"pl", "ę", "a", 0}, {"pl", "iego", "i", 1}, {"pl", "ego", "y", 0},
	/* Names in "-í" decline as soft adjectives ("Rizvího", "Krejčímu":
	 * "Rizví", "Krejčí"). */
	{"cs", "ího", "í", 1}, {"cs", "ímu", "í", 1},
	/* Foreign names in "-y" decline as adjectives too ("Harryho",
	 * "Tonymu": "Harry", "Tony"). */
	{"cs", "yho", "y", 1}, {"cs", "ymu", "y", 1}, {"sk", "yho", "y", 1}, {"sk", "ymu", "y", 1},
	/* ... and in "-i" as nouns do without a long vowel ("Draghiho",
	 * "Draghimu", "Draghim"; "Perrym": "Draghi", "Perry"), where no
	 * native word's case ends so; a name in "-im" is a nominative too
	 * ("Ibrahim"): its "-i" only in the first name's case. */
	{"cs", "iho", "i", 1}, {"cs", "imu", "i", 1}, {"cs", "ym", "y", 1}, {"cs", "im", "i", 4},
	{"sk", "iho", "i", 1}, {"sk", "imu", "i", 1}, {"sk", "ym", "y", 1}, {"sk", "im", "i", 4},
	{"pl", "iemu", "i", 1}, {"pl", "im", "i", 4},
	/* Slovene and Croatian decline a foreign man's surname in "-i" with
	 * a "j" ("Tajanija", "Tajanijem"), which a surname in "-ij" would
	 * take too; they write Russian ones in "-i" ("Zelenski"). */
	{"sl", "ijem", "i", 4}, {"sl", "ija", "i", 4}, {"sl", "iju", "i", 4},
	{"hr", "ijem", "i", 4}, {"hr", "ija", "i", 4}, {"hr", "iju", "i", 4},
	{"cs", "ovou", "ová", 1}, {"cs", "ové", "ová", 0}, {"cs", "ovi", "", 1}, {"cs", "ii", "ia", 1}, {"cs", "ií", "ia", 1}, {"cs", "em", "", 1}, {"cs", "ou", "a", 1}, {"cs", "ové", "", 0},
	{"cs", "y", "a", 0}, {"cs", "u", "", 0}, {"cs", "u", "a", 0}, {"cs", "a", "", 0}, {"cs", "e", "a", 0},
	{"cs", "ě", "a", 0}, {"cs", "ého", "ý", 1}, {"cs", "ém", "ý", 0},
	/* Slovak men's names with a fleeting vowel ("Petra", "Petrovi" of
	 * "Peter"; "Pavla" of "Pavol"; "Marka" of "Marek"), where a
	 * dictionary has the result. */
	{"sk", "rovi", "er", 0}, {"sk", "rom", "er", 0}, {"sk", "ra", "er", 0},
	{"sk", "lovi", "ol", 0}, {"sk", "lom", "ol", 0}, {"sk", "la", "ol", 0},
	{"sk", "kovi", "ek", 0}, {"sk", "kom", "ek", 0}, {"sk", "ka", "ek", 0},
	{"sk", "ovú", "ová", 1}, {"sk", "ovou", "ová", 1}, {"sk", "ovej", "ová", 0},
	/* A name in "-o" whose cases the article writes beside its
	 * nominative ("Fica", "Ficom", "Ficovi": "Fico"). */
	{"sk", "ovi", "o", 3}, {"sk", "om", "o", 3}, {"sk", "a", "o", 3}, {"sk", "u", "o", 3},
	{"sk", "ovi", "", 1}, {"sk", "om", "", 1}, {"sk", "ou", "a", 1}, {"sk", "y", "a", 0},
	{"sk", "u", "", 0}, {"sk", "u", "a", 0}, {"sk", "a", "", 0}, {"sk", "e", "a", 0},
	{"sk", "ého", "ý", 1},
	/* Slovene: adjectival surnames ("Zelenskega"), possessive
	 * adjectives of names ("Putinovim", "Bibijeva"), foreign names
	 * declined with a "j" ("Junckerja") or on their "-o" ("Heikom"),
	 * feminine accusatives ("Thereso"), a fleeting "e"
	 * ("Šarca"); all but the first only where the article or a
	 * dictionary has the result. */
	{"sl", "skega", "ski", 1}, {"sl", "skemu", "ski", 1}, {"sl", "skim", "ski", 1},
	{"sl", "jevega", "", 0}, {"sl", "jevemu", "", 0}, {"sl", "jevimi", "", 0},
	{"sl", "jevim", "", 0}, {"sl", "jevem", "", 0}, {"sl", "jevih", "", 0}, {"sl", "jeva", "", 0},
	{"sl", "jeve", "", 0}, {"sl", "jevo", "", 0}, {"sl", "jevi", "", 0},
	{"sl", "ovega", "", 0}, {"sl", "ovemu", "", 0}, {"sl", "ovimi", "", 0}, {"sl", "ovim", "", 0},
	{"sl", "ovem", "", 0}, {"sl", "ovih", "", 0}, {"sl", "evega", "", 0}, {"sl", "evemu", "", 0},
	{"sl", "evim", "", 0}, {"sl", "evem", "", 0}, {"sl", "evih", "", 0},
	{"sl", "eva", "", 0}, {"sl", "eve", "", 0}, {"sl", "evo", "", 0}, {"sl", "evi", "", 0},
	{"sl", "ova", "", 0}, {"sl", "ove", "", 0}, {"sl", "ovo", "", 0}, {"sl", "ovi", "", 0},
	{"sl", "ov", "", 3}, {"sl", "ev", "", 3},
	{"sl", "iču", "ič", 1}, {"sl", "iča", "ič", 1}, {"sl", "ičem", "ič", 1},
	/* ... and Serbian and Croatian ones in "-ić", which Slovene keeps
	 * ("Vučićem"). */
	{"sl", "iću", "ić", 1}, {"sl", "ića", "ić", 1}, {"sl", "ićem", "ić", 1},
	/* Foreign names in "-r" take a "j" before the ending ("Junckerjem",
	 * "Millerju", "Oliverja"); no Slovene name ends so ("Marja" does in
	 * "-arja": only "-erja" for the genitive). */
	{"sl", "rjem", "r", 1}, {"sl", "rju", "r", 1}, {"sl", "erja", "er", 1},
	{"sl", "om", "o", 0}, {"sl", "jem", "", 0}, {"sl", "om", "", 1}, {"sl", "em", "", 1},
	{"sl", "ja", "", 0}, {"sl", "ju", "", 0}, {"sl", "u", "", 0}, {"sl", "ca", "ec", 0},
	{"sl", "a", "", 0}, {"sl", "o", "a", 2}, {"sl", "e", "a", 0},
	{"sl", "i", "a", 0},
	/* Croatian and Slovene men's surnames in "-ić", "-ič" (women's
	 * do not decline). */
	{"hr", "iću", "ić", 1}, {"hr", "ića", "ić", 1}, {"hr", "ićem", "ić", 1},
	/* A name in "-o" whose cases the article writes beside its
	 * nominative ("Karamarka", "Karamarkom": "Karamarko"). A "j"
	 * comes before "-em" only after an "i" ("Tironijem", above), or
	 * in foreign names in a silent "-e" or in "-y" ("Berniejem",
	 * "Greeleyja"): "Andrejem" is Andrej's. */
	{"hr", "om", "o", 3}, {"hr", "a", "o", 3}, {"hr", "u", "o", 3},
	{"hr", "iejem", "ie", 0}, {"hr", "ieja", "ie", 0}, {"hr", "ieju", "ie", 0},
	{"hr", "yjem", "y", 0}, {"hr", "yja", "y", 0}, {"hr", "yju", "y", 0},
	{"hr", "om", "", 1}, {"hr", "em", "", 1}, {"hr", "ovi", "", 0}, {"hr", "u", "", 0},
	{"hr", "a", "", 0}, {"hr", "e", "a", 0}, {"hr", "i", "a", 0},
	{"cs", "ův", "", 0}, {"cs", "ova", "", 0}, {"cs", "ovy", "", 0}, {"cs", "ově", "", 0},
	{"cs", "ovo", "", 0}, {"sk", "ov", "", 0}, {"sk", "ova", "", 0}, {"sk", "ovej", "", 0},
	{"hr", "ova", "", 0}, {"hr", "ove", "", 0}, {"hr", "ovo", "", 0}, {"hr", "ovu", "", 0},
	{"hr", "ov", "", 3},
	{"hr", "eva", "", 0},
	/* Serbian in Cyrillic declines as Croatian does: men's surnames in
	 * "-ић", the instrumental "-ом", "-ем", the other cases where the
	 * article writes the result ("Вучићем", "Орбаном", "Лавровом"). */
	{"sr", "ићу", "ић", 1}, {"sr", "ића", "ић", 1}, {"sr", "ићем", "ић", 1}, {"sr", "ом", "", 1},
	{"sr", "ем", "", 1}, {"sr", "у", "", 0}, {"sr", "а", "", 0}, {"sr", "е", "а", 0}, {"sr", "и", "а", 0},
	{"en", "'s", "", 1}, {"en", "’s", "", 1},
};

/* Writes the guessed nominative of w (n bytes) into out. */
/* Byte lengths of the endings and replacements of rules. */
static uint8_t rule_el[sizeof(rules) / sizeof(rules[0])], rule_rl[sizeof(rules) / sizeof(rules[0])];
/* The last byte of each rule's ending: most words end otherwise, and
 * that one comparison turns them away. */
static uint8_t rule_last[sizeof(rules) / sizeof(rules[0])];
static pthread_once_t rules_once = PTHREAD_ONCE_INIT;

static void rule_lengths(void)
{
	for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		rule_el[r] = (uint8_t)strlen(rules[r].end);
		rule_rl[r] = (uint8_t)strlen(rules[r].repl);
		rule_last[r] = rule_el[r] ? (uint8_t)rules[r].end[rule_el[r] - 1] : 0;
	}
}

/* Whether the article declines the name whose folded nominative in "-a"
 * is f (fl bytes) as a feminine noun: it writes the name's "-e" or "-i"
 * form and neither a masculine "-om" nor "-u" one. */
static int feminine_forms(const ctx *c, const char *f, size_t fl)
{
	char b[WBUF + 4];
	if (fl < 3 || fl + 2 > WBUF || f[fl - 1] != 'a')
		return 0;
	memcpy(b, f, fl - 1);
	static const char *const masc[] = {"om", "u"}, *const fem[] = {"e", "i"};
	for (size_t k = 0; k < 2; k++) {
		size_t l = strlen(masc[k]);
		memcpy(b + fl - 1, masc[k], l);
		if (set_has(c, b, fl - 1 + l))
			return 0;
	}
	for (size_t k = 0; k < 2; k++) {
		b[fl - 1] = fem[k][0];
		if (set_has(c, b, fl))
			return 1;
	}
	return 0;
}

/* Whether w (n bytes of the article's text) stands where a first name
 * does: before a capitalised word or a name's particle ("Ursulo von der
 * Leyen"), not last ("Maduro"). */
static int given_name_place(const ctx *c, const char *w, size_t n)
{
	static const char *const parts[] = {"von", "fon", "van", "de", "der", "di", "da", "la", "le", "du"};
	const char *end = c->t + c->a->text_len;
	if (w < c->t || w + n + 2 >= end || w[n] != ' ')
		return 0;
	const unsigned char *u = (const unsigned char *)w + n + 1;
	if ((u[0] >= 'A' && u[0] <= 'Z') || (u[0] == 0xD0 && u[1] >= 0x81 && u[1] <= 0xAF) ||
	    (u[0] >= 0xC3 && u[0] <= 0xC5 && u + 1 < (const unsigned char *)end &&
	     u_isupper((UChar32)td_utf8_decode((const char *)u, 2, &(int){0}))))
		return 1;
	size_t k = 0;
	while (u + k < (const unsigned char *)end && u[k] >= 'a' && u[k] <= 'z')
		k++;
	return k && u + k < (const unsigned char *)end && u[k] == ' ' && word_listed(parts, NELEM(parts), (const char *)u, k);
}

/* Whether the word before w (a surname of n bytes in the article's
 * text) ends in w's last letter: the first name in the surname's case
 * ("Mariem Draghim", "Antonia Tajanija"). */
static int first_name_case(const ctx *c, const char *w, size_t n)
{
	const char *t = c->t;
	if (w < t + 2 || w + n > t + c->a->text_len || !n || w[-1] != ' ')
		return 0;
	unsigned char a = (unsigned char)w[-2], b = (unsigned char)w[n - 1];
	/* (An instrumental is a man's "-em" or "-om": not "Irum Asim".) */
	if (a == 'm' && (w < t + 3 || (w[-3] != 'e' && w[-3] != 'o')))
		return 0;
	return a == b && a >= 'a' && a <= 'z';
}

/* Whether w (n bytes) ends in a Slavic suffix of abstract nouns, "-ness"
 * ("-nost", "-ność", "-ность", "-ність", "-ност", in a case too), five
 * bytes or more before it. */
static int abstract_noun(const char *w, size_t n)
{
	static const char *const ends[] = {"nost", "nosti", "nosť", "ność", "ności", "ность", "ности",
					   "ність", "ності", "ност", "ността", "ostí"};
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k]);
		if (n >= el + 5 && !memcmp(w + n - el, ends[k], el))
			return 1;
	}
	return 0;
}

/* Whether the article's dictionary, or the English one for a word in
 * Latin letters (it lists international first names), knows w as a
 * name as written. */
static int dict_name(const ctx *c, const char *w, size_t n, int latin)
{
	td__lexinfo G;
	td__lex_lookup(c->li, w, n, &G);
	if (G.flags & TD__LEX_SELF)
		return 1;
	if (latin && c->li_latin >= 0 && c->li_latin != c->li) {
		td__lex_lookup(c->li_latin, w, n, &G);
		return (G.flags & TD__LEX_SELF) != 0;
	}
	return 0;
}

/* Whether the article's dictionary reads a and w (an, wn bytes) as forms
 * of one capitalised root, a name's ("Kaja", "Kajo": "Kaj", as the
 * Slovene dictionary stores them). */
static int same_name_root(const ctx *c, const char *a, size_t an, const char *w, size_t wn)
{
	td__lexinfo A, W;
	td__lex_lookup(c->li, a, an, &A);
	td__lex_lookup(c->li, w, wn, &W);
	return A.lemma && W.lemma && (A.flags & TD__LEX_PROPER) && (W.flags & TD__LEX_PROPER) &&
	       !(W.flags & TD__LEX_LOWER) && !strcmp(A.lemma, W.lemma) &&
	       td_text_is_upper_initial(A.lemma, strlen(A.lemma));
}

/* Whether rule r reads a Latin Slavic possessive adjective of a name
 * ("Putinova", "Bibijeve": "Putin", "Bibi"). */
static int possessive_rule(size_t r)
{
	const guess_rule *g = &rules[r];
	/* Sure rules are cases ("Seehoferovi" is Seehofer's dative). */
	if (g->sure == 1 || g->repl[0] || (strcmp(g->lang, "sl") && strcmp(g->lang, "hr") && strcmp(g->lang, "cs") &&
			   strcmp(g->lang, "sk")))
		return 0;
	const char *e = g->end[0] == 'j' ? g->end + 1 : g->end;
	return !strncmp(e, "ov", 2) || !strncmp(e, "ev", 2) || !strncmp(e, "\xC5\xAFv", 3);
}

static int census_has(const char *s);

/* Whether base b (bl bytes) is a name the article writes with a capital
 * inside a sentence, which the dictionary of its language does not know
 * as a common word ("Trump", "Obama"; not "Put", "way", which opens a
 * sentence). */
static int written_name(const ctx *c, const char *b, size_t bl)
{
	char f[WBUF];
	size_t fl = td_text_fold(b, bl, f, sizeof(f));
	if (!fl || !set_has(c, f, fl))
		return 0;
	size_t sl = td__name_stem(b, bl, f, sizeof(f));
	if (!sl || !hset_has(c->strong, c->setcap, f, sl))
		return 0;
	td__lexinfo L;
	td__lex_lookup(c->li, b, bl, &L);
	return !(L.flags & TD__LEX_LOWER);
}

/* The name whose possessive adjective w is, in Croatian, Bosnian,
 * Serbian in Latin letters, Slovak, Czech or Slovene: the name, then
 * "-ov"/"-ev" (a man's, or a name in "-o": "Karamarkov" of "Karamarko")
 * or "-in" (a name in "-a", or a woman's: "Obamin", "Clintonin",
 * "Asiin"), then the adjective's ending ("Trumpovog", "Plenkovićevim",
 * "Greenblattovho", "Clintoninu"). Only a name the article writes
 * (written_name()) is taken, and not a first name whose surname in
 * "-ov" the article writes as such ("Borisova" is Borisov's, not Boris's).
 * Writes the name into out and returns its length, or 0. */
static size_t name_possessive(const ctx *c, const char *w, size_t n, char *out, size_t cap)
{
	static const char *const sh[] = {"", "a", "e", "o", "u", "i", "og", "oga", "om", "ome", "im", "ima", "oj", "ih"};
	static const char *const sk[] = {"", "a", "e", "o", "u", "i", "y", "ho", "mu", "om", "ým", "ej", "ých", "ými"};
	/* (Not Czech "-ou": "Merkelovou" is Merkelová's.) */
	static const char *const cs[] = {"a", "o", "u", "i", "y", "ě", "ých", "ým", "ými"};
	static const char *const sl[] = {"", "a", "e", "o", "i", "ega", "emu", "em", "im", "ih", "ima", "imi"};
	static const struct {
		const char *lang;
		const char *const *ends;
		size_t nends;
	} langs[] = {{"hr", sh, NELEM(sh)}, {"bs", sh, NELEM(sh)}, {"sr", sh, NELEM(sh)},
		     {"sk", sk, NELEM(sk)}, {"cs", cs, NELEM(cs)}, {"sl", sl, NELEM(sl)}};
	static const char *const sfx[] = {"ov", "ev", "in"};
	const char *lang = c->a->lang;
	if (n < 6 || n + 2 > WBUF || !c->slavic || c->cyrillic || !lang[0] || !lang[1] || lang[2])
		return 0;
	size_t li = 0;
	while (li < NELEM(langs) && (langs[li].lang[0] != lang[0] || langs[li].lang[1] != lang[1]))
		li++;
	if (li == NELEM(langs))
		return 0;
	/* (A suffix starts within the last seven bytes: its "v" or "n" is
	 * there, in most words is not.) */
	size_t tl = n < 7 ? n : 7;
	if (!memchr(w + n - tl, 'v', tl) && !memchr(w + n - tl, 'n', tl))
		return 0;
	if (!is_latin_word(w, n))
		return 0;
	char cand[WBUF], f[WBUF];
	for (size_t e = 0; e <= langs[li].nends; e++) {
		/* (Czech "-ův" takes no ending.) */
		const char *end = e < langs[li].nends ? langs[li].ends[e] : "";
		size_t el = strlen(end);
		for (size_t s = 0; s < NELEM(sfx); s++) {
			const char *x = e < langs[li].nends ? sfx[s] : s == 0 && !strcmp(lang, "cs") ? "\xC5\xAFv" : NULL;
			if (!x)
				continue;
			size_t xl = strlen(x);
			if (n < el + xl + 3 || memcmp(w + n - el, end, el) || memcmp(w + n - el - xl, x, xl))
				continue;
			/* (Slovene and Slovak write a plural's genitive so:
			 * "do LNG-terminalov".) */
			if (!el && x[0] != 'i' && (!strcmp(lang, "sl") || !strcmp(lang, "sk")))
				continue;
			size_t stem = n - el - xl;
			if (nchars_(w, stem) < 3)
				continue;
			/* The bases to try: the stem, and with the final vowel
			 * the suffix took ("Karamarko", "Obama": "Obamin"; not
			 * "-a" before "-ov": "Trumpova" would be read as of
			 * "Trumpa", the genitive the article writes); after a
			 * vowel Slovene puts a "j" ("Bibijeva": "Bibi"). */
			char vowel = x[0] == 'i' ? 'a' : 'o';
			for (int a = 0; a < 3; a++) {
				size_t bl = stem;
				if (a == 2) {
					if (strcmp(lang, "sl") || w[stem - 1] != 'j' || !strchr("aeiou", w[stem - 2]))
						continue;
					bl = stem - 1;
				}
				memcpy(cand, w, bl);
				if (a == 1)
					cand[bl++] = vowel;
				cand[bl] = 0;
				if (!written_name(c, cand, bl))
					continue;
				/* A first name beside its surname in "-ov" as the
				 * article writes it ("Boris", "Borisov"). */
				td_text_fold(cand, bl, f, sizeof(f));
				if (census_has(f)) {
					char nom[WBUF];
					memcpy(nom, w, stem + xl);
					size_t nl = td_text_fold(nom, stem + xl, f, sizeof(f));
					if (set_has(c, f, nl))
						continue;
				}
				if (bl + 1 > cap)
					return 0;
				memcpy(out, cand, bl + 1);
				return bl;
			}
		}
	}
	return 0;
}

/* Whether token i is a possessive adjective of a name the article
 * writes (name_possessive()). */
static int possessive_token(const ctx *c, size_t i)
{
	char out[WBUF];
	return c->slavic && !c->cyrillic &&
	       name_possessive(c, c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start, out, sizeof(out)) > 0;
}

/* The nominative guess of w; a surname (after a first name) is never
 * read as a possessive adjective: "Sergeja Lavrova" is Lavrov's genitive,
 * not Lavr's possessive, though a dictionary knows a name "Lavr". */
static size_t guess_as(const ctx *c, const char *w, size_t n, int surname, char *out, size_t cap)
{
	pthread_once(&rules_once, rule_lengths);
	char fold[WBUF], cand[WBUF];
	int latin = is_latin_word(w, n);
	/* c->grules holds the rules of the article's language only; Latin
	 * names in a Cyrillic article keep their form (no Cyrillic language's
	 * rule applies to them). */
	size_t nrules = c->cyrillic && latin ? 0 : c->ngrules;
	unsigned last = n ? (unsigned char)w[n - 1] : 0;
	/* Polish writes a foreign name's case ending after an apostrophe
	 * ("Parry'ego", "Tony'ego", "Joyce'em"): the name is the word before
	 * it, whatever the ending. */
	if (!strcmp(c->a->lang, "pl")) {
		static const char *const ends[] = {"a", "owi", "em", "ego", "emu", "m", "u", "ie", "y", "e"};
		for (size_t k = 0; k < NELEM(ends); k++) {
			size_t el = strlen(ends[k]), b = n - el;
			if (n <= el + 3 || memcmp(w + b, ends[k], el))
				continue;
			size_t ap = w[b - 1] == '\'' ? 1 : b > 4 && !memcmp(w + b - 3, "\xE2\x80\x99", 3) ? 3 : 0;
			if (ap && b - ap >= 2 && b - ap + 1 <= cap) {
				memcpy(out, w, b - ap);
				out[b - ap] = 0;
				return b - ap;
			}
		}
	}
	/* Ukrainian and Belarusian surnames in "-enko" decline in the Latin
	 * Slavic languages ("Lukašenka", "Lukašenkom", "Porošenkovi":
	 * "Lukašenko"), where their stem has four letters or more before
	 * "-enk" (not "Lenka", "Zdenka"). */
	if (latin && c->slavic && strcmp(c->a->lang, "pl")) {
		static const char *const ends[] = {"a", "u", "om", "em", "ovi", "e", "i"};
		for (size_t k = 0; k < NELEM(ends); k++) {
			size_t el = strlen(ends[k]);
			if (n < el + 3 || memcmp(w + n - el, ends[k], el) || memcmp(w + n - el - 3, "enk", 3))
				continue;
			if (nchars_(w, n - el - 3) < 4 || n - el + 2 > cap)
				break;
			memcpy(out, w, n - el);
			out[n - el] = 'o';
			out[n - el + 1] = 0;
			return n - el + 1;
		}
	}
	if (!surname && c->slavic) {
		size_t pl = name_possessive(c, w, n, out, cap);
		if (pl)
			return pl;
	}
	for (size_t x = 0; x < nrules; x++) {
		size_t r = c->grules[x];
		if (rule_last[r] != last)
			continue;
		const guess_rule *g = &rules[r];
		size_t el = rule_el[r], rl = rule_rl[r];
		if (!el || el >= n || memcmp(w + n - el, g->end, el) || n - el < 2)
			continue;
		if (surname && possessive_rule(r))
			continue;
		if (n - el + rl + 1 > sizeof(cand))
			continue;
		memcpy(cand, w, n - el);
		memcpy(cand + n - el, g->repl, rl);
		size_t cl = n - el + rl;
		cand[cl] = 0;
		/* A foreign name's ending after an apostrophe ("Gaulle'em",
		 * "Farage’a") goes with it. */
		if (!rl && cl > 2 && cand[cl - 1] == '\'')
			cand[--cl] = 0;
		else if (!rl && cl > 4 && !memcmp(cand + cl - 3, "\xE2\x80\x99", 3))
			cand[cl -= 3] = 0;
		size_t fl = td_text_fold(cand, cl, fold, sizeof(fold));
		int known = 0;
		if (g->sure == 2) {
			/* Or a dictionary knows the name and not the word
			 * ("Ursulo": "Ursula"; not "Angelo", a name too). */
			if (!feminine_forms(c, fold, fl) &&
			    !(given_name_place(c, w, n) && dict_name(c, cand, cl, latin) && !dict_name(c, w, n, latin)))
				continue;
			known = 1;
		} else if (g->sure == 3) {
			if (!set_has(c, fold, fl))
				continue;
			known = 1;
		} else if (g->sure == 4 && surname && first_name_case(c, w, n)) {
			known = 1;
		} else if ((!g->sure || g->sure == 4) && !set_has(c, fold, fl)) {
			/* A name the dictionaries know. Slovene and Croatian
			 * write the Russian "-ий" as "-ij" ("Dmitrija" is
			 * Dmitrij's): a name in "-i" that only the English
			 * dictionary knows ("Dmitri") is no base of "-ija". */
			known = dict_name(c, cand, cl, latin);
			if (known && el == 2 && !memcmp(g->end, "ja", 2) && cand[cl - 1] == 'i' &&
			    (!strcmp(g->lang, "sl") || !strcmp(g->lang, "hr"))) {
				td__lexinfo O;
				td__lex_lookup(c->li, cand, cl, &O);
				known = (O.flags & TD__LEX_SELF) != 0;
			}
		}
		if (g->sure == 1 || known || set_has(c, fold, fl)) {
			if (cl + 1 > cap)
				break;
			memcpy(out, cand, cl + 1);
			return cl;
		}
	}
	if (n + 1 > cap)
		n = cap - 1;
	memcpy(out, w, n);
	out[n] = 0;
	return n;
}

static int head_feminine(const char *lem, size_t n);
static int ends_with(const char *s, size_t n, const char *suf);

/* Whether s (n bytes) ends in one of ends. */
static int ends_with_any(const char *s, size_t n, const char *const *ends, size_t nends)
{
	/* (A NULL ends a list shorter than its array.) */
	for (size_t q = 0; q < nends && ends[q]; q++)
		if (ends_with(s, n, ends[q]))
			return 1;
	return 0;
}

/* Whether the dictionary's base form of token k, known with a flag of
 * need, ends in one of ends. */
static int lemma_ends_in(const ctx *c, size_t k, unsigned need, const char *const *ends, size_t nends)
{
	td__lexinfo L;
	lex(c, k, &L);
	return L.lemma && (L.flags & need) && ends_with_any(L.lemma, strlen(L.lemma), ends, nends);
}

/* Whether token i ends in a case ending that no nominative of a name
 * has (a sure guess rule of the article's language: "Draghimu"); not a
 * woman's, whose foreign first name often stays as written ("Asia
 * Bibiovou"). */
static int sure_case(const ctx *c, size_t i)
{
	pthread_once(&rules_once, rule_lengths);
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if (!c->slavic || (c->cyrillic && is_latin_word(w, n)))
		return 0; /* (English "Jordan Henderson's": a possessive) */
	for (size_t x = 0; x < c->ngrules; x++) {
		size_t r = c->grules[x], el = rule_el[r];
		const char *rp = rules[r].repl;
		size_t rl = rule_rl[r];
		int fem = head_feminine(rp, rl) || ends_with(rp, rl, "á");
		if (rules[r].sure == 1 && !fem && el && el + 2 <= n && nchars_(w, n - el) >= 3 &&
		    !memcmp(w + n - el, rules[r].end, el))
			return 1;
	}
	return 0;
}

/* Base form of token i as part of a name of type type. */
/* Whether w is a Slavic possessive adjective of the given name lemma:
 * its stem (the lemma without a final vowel, "й" or "ь") followed by a
 * possessive suffix ("Иванов" of "Иван", "Дмитриев" of "Дмитрий",
 * "Алексеева" of "Алексей"). Dictionaries read such words so, but a
 * person's name written so is the surname made from it. */
static int possessive_of_name(const char *w, size_t n, const char *lemma)
{
	static const char *const sfx[] = {"ов", "ев", "ёв", "ин", "ын", "ів", "їв", "єв"};
	char fw[WBUF], fl[WBUF];
	size_t wl = td_text_fold(w, n, fw, sizeof(fw));
	size_t ll = td_text_fold(lemma, strlen(lemma), fl, sizeof(fl));
	if (!wl || !ll || ll >= wl)
		return 0;
	/* The stem: drop one final vowel, "й" or "ь" (two bytes each). */
	static const char *const fin[] = {"а", "я", "о", "е", "и", "й", "ь", "і", "ї", "є"};
	size_t sl = ll;
	for (size_t k = 0; k < NELEM(fin); k++)
		if (ll > 4 && !memcmp(fl + ll - 2, fin[k], 2)) {
			sl = ll - 2;
			break;
		}
	if (sl < 4 || wl < sl + 4 || memcmp(fw, fl, sl))
		return 0;
	for (size_t k = 0; k < NELEM(sfx); k++)
		if (!memcmp(fw + sl, sfx[k], strlen(sfx[k])))
			return 1;
	return 0;
}

/* Whether the dictionary declines w itself as a masculine name: its
 * genitive ("Максим" -> "Максима") has w as its lemma. A form that only
 * looks like another name's oblique case ("Путіним") is no such base. */
static int declines_itself(const ctx *c, const char *w, size_t n)
{
	char g[WBUF];
	size_t last = n;
	while (last > 0 && ((unsigned char)w[last - 1] & 0xC0) == 0x80)
		last--;
	if (n < 2 || n + 3 > sizeof(g) || !last || has_vowel(w + last - 1, n - last + 1))
		return 0;
	memcpy(g, w, n);
	memcpy(g + n, c->cyrillic ? "а" : "a", c->cyrillic ? 2 : 1);
	size_t gl = n + (c->cyrillic ? 2 : 1);
	g[gl] = 0;
	td__lexinfo G;
	td__lex_lookup(c->li, g, gl, &G);
	return (G.flags & TD__LEX_KNOWN) && G.lemma && strlen(G.lemma) == n && !memcmp(G.lemma, w, n);
}

/* Whether w (n bytes) is one word of two parts joined by one hyphen, the
 * second capitalised ("Jean-Claude", "Nowaka-Jeziorańskiego"): the parts
 * into part and len. */
static int hyphen_parts(const char *w, size_t n, const char *part[2], size_t len[2])
{
	const char *h = memchr(w, '-', n);
	if (!h || h == w || h + 1 >= w + n || memchr(h + 1, '-', (size_t)(w + n - h - 1)) ||
	    !td_text_is_upper_initial(h + 1, (size_t)(w + n - h - 1)))
		return 0;
	part[0] = w;
	part[1] = h + 1;
	len[0] = (size_t)(h - w);
	len[1] = (size_t)(w + n - h - 1);
	return 1;
}

/* guess_as() for a person's name, where a name that keeps a final "e"
 * before its endings ("Claude", "Claudem", "Clauda") is the name with it:
 * the guess dropped "-em" or "-a" from a stem that, with the "e", the
 * English dictionary knows as a name of its own and the dictionary of the
 * article does not know without it. */
static size_t guess_person(const ctx *c, const char *w, size_t n, int surname, char *out, size_t cap)
{
	size_t gl = guess_as(c, w, n, surname, out, cap);
	int en = en_dict();
	if (!c->slavic || c->cyrillic || en < 0 || gl < 3 || gl + 1 >= n || gl + 2 > cap ||
	    w[gl] != 'e' || memcmp(out, w, gl))
		return gl;
	/* (The last part of a double name: "Jean-Claudem".) */
	const char *dash = memrchr(out, '-', gl);
	size_t p0 = dash ? (size_t)(dash - out) + 1 : 0;
	if (gl - p0 < 3)
		return gl;
	td__lexinfo L;
	td__lex_lookup(dict_for(c, out + p0, gl - p0), out + p0, gl - p0, &L);
	if (L.flags & TD__LEX_KNOWN)
		return gl;
	td__lex_lookup(en, w + p0, gl - p0 + 1, &L);
	if ((L.flags & (TD__LEX_SELF | TD__LEX_PROPER | TD__LEX_LOWER)) != (TD__LEX_SELF | TD__LEX_PROPER))
		return gl;
	out[gl] = 'e';
	out[gl + 1] = 0;
	return gl + 1;
}

/* A person's double name in one word no dictionary knows, in a Slavic
 * language of Latin letters: each part's base form ("Jeanem-Claudem" ->
 * "Jean-Claude", "Nowaka-Jeziorańskiego" -> "Nowak-Jeziorański"); 0
 * when token i is no such word. */
static size_t double_name_lemma(const ctx *c, size_t i, int surname, char *out, size_t cap)
{
	const char *w = c->t + c->tk[i].start, *part[2];
	size_t n = c->tk[i].end - c->tk[i].start, len[2], o = 0;
	if (!c->slavic || c->cyrillic || n >= WBUF || !hyphen_parts(w, n, part, len))
		return 0;
	/* Both parts in the same case, by the same last letter ("Jeanem-
	 * Claudem", "Jeana-Clauda"); else the word's rules decide. */
	if (w[len[0] - 1] != w[n - 1])
		return 0;
	for (int p = 0; p < 2; p++) {
		char b[WBUF];
		td__lexinfo L;
		td__lex_lookup(dict_for(c, part[p], len[p]), part[p], len[p], &L);
		size_t bl;
		if (L.lemma && (L.flags & TD__LEX_PROPER) && td_text_is_upper_initial(L.lemma, strlen(L.lemma)) &&
		    strlen(L.lemma) < sizeof(b)) {
			bl = strlen(L.lemma);
			memcpy(b, L.lemma, bl + 1);
		} else
			bl = guess_person(c, part[p], len[p], surname, b, sizeof(b));
		if (!bl || o + bl + 2 > cap || (bl == len[p] && !memcmp(b, part[p], bl)))
			return 0; /* (a part as written: no case) */
		if (p)
			out[o++] = '-';
		memcpy(out + o, b, bl);
		o += bl;
	}
	out[o] = 0;
	return o;
}

/* The nominative of a Russian or Ukrainian patronymic (or surname in
 * "-ич") in an oblique case: "Владимировичем" -> "Владимирович",
 * "Петровны" -> "Петровна", "Іванівною" -> "Іванівна"; into out, or 0. */
static size_t patronymic_lemma(const char *lang, const char *w, size_t n, char *out, size_t cap)
{
	static const struct {
		const char *lang, *end, *nom;
	} ends[] = {
		{"ru", "ича", "ич"},     {"ru", "ичу", "ич"},     {"ru", "ичем", "ич"},   {"ru", "иче", "ич"},
		{"ru", "овны", "овна"},  {"ru", "овне", "овна"},  {"ru", "овну", "овна"}, {"ru", "овной", "овна"},
		{"ru", "евны", "евна"},  {"ru", "евне", "евна"},  {"ru", "евну", "евна"}, {"ru", "евной", "евна"},
		{"ru", "ичны", "ична"},  {"ru", "ичне", "ична"},  {"ru", "ичну", "ична"}, {"ru", "ичной", "ична"},
		{"uk", "ича", "ич"},     {"uk", "ичу", "ич"},     {"uk", "ичем", "ич"},   {"uk", "ичі", "ич"},
		{"uk", "івни", "івна"},  {"uk", "івні", "івна"},  {"uk", "івну", "івна"}, {"uk", "івною", "івна"},
		{"uk", "ївни", "ївна"},  {"uk", "ївні", "ївна"},  {"uk", "ївну", "ївна"}, {"uk", "ївною", "ївна"},
	};
	/* Most words have no "ич", "вн", "чн" near their end: passed over at
	 * once. */
	if (n < 12)
		return 0;
	const unsigned char *tail = (const unsigned char *)w + n - 12;
	int cue = 0;
	for (size_t q = 0; q + 3 < 12 && !cue; q++)
		cue = (tail[q] == 0xD1 && tail[q + 1] == 0x87) || /* "ч" */
		      (tail[q] == 0xD0 && tail[q + 1] == 0xB2 && tail[q + 2] == 0xD0 && tail[q + 3] == 0xBD); /* "вн" */
	if (!cue)
		return 0;
	size_t best = SIZE_MAX, bl = 0;
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k].end);
		if (n >= el + 8 && el > bl && !memcmp(w + n - el, ends[k].end, el) && !strcmp(ends[k].lang, lang)) {
			best = k;
			bl = el;
		}
	}
	if (best == SIZE_MAX)
		return 0;
	/* (Four letters at least before the ending: a name's stem, not a
	 * short word that ends so.) */
	const char *nom = ends[best].nom;
	size_t nl = strlen(nom);
	if (n - bl + nl + 1 > cap)
		return 0;
	memcpy(out, w, n - bl);
	memcpy(out + n - bl, nom, nl);
	out[n - bl + nl] = 0;
	return n - bl + nl;
}

static int adjectival(const ctx *c, size_t i);
static size_t recased(const char *s, size_t n, int upper, char *out, size_t cap);
static int ends_in(const ctx *c, size_t i, const char *const *ends, size_t nends);

/* Base form of token i in a name of type type; surname: the token
 * follows a first name (guess_as()). */
static size_t token_lemma_as(const ctx *c, size_t i, int type, int surname, char *out, size_t cap)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	size_t acr = td__acronym_base(w, n);
	if (acr)
		n = acr;
	if (acr || c->tk[i].flags & (TD_TOK_ALLCAPS | TD_TOK_DIGIT) || !(c->tk[i].flags & TD_TOK_UPPER)) {
		if (n + 1 > cap)
			n = cap - 1;
		memcpy(out, w, n);
		out[n] = 0;
		return n;
	}
	td__lexinfo L;
	lex(c, i, &L);
	/* (A town of two names too: "Ostravě-Porubě" -> "Ostrava-Poruba".) */
	if ((type == TD_ENT_PER || type == TD_ENT_LOC) && !(L.flags & TD__LEX_KNOWN)) {
		size_t dl = double_name_lemma(c, i, surname, out, cap);
		if (dl)
			return dl;
	}
	if (type == TD_ENT_PER && c->cyrillic) {
		size_t pl = patronymic_lemma(c->a->lang, w, n, out, cap);
		if (pl)
			return pl;
	}
	/* A Polish name in "-o" whose dictionary base form is the same
	 * name in "-a" is read as that woman's vocative, which news does
	 * not write: it is a man's name in the nominative ("Mario Draghi",
	 * not "Maria"). */
	if (type == TD_ENT_PER && L.lemma && n >= 4 && w[n - 1] == 'o' && !strcmp(c->a->lang, "pl") &&
	    strlen(L.lemma) == n && !memcmp(L.lemma, w, n - 1) && L.lemma[n - 1] == 'a' && n + 1 <= cap) {
		memcpy(out, w, n);
		out[n] = 0;
		return n;
	}
	/* A Cyrillic name in "-ов", "-ев", "-ин", "-ын" whose dictionary base
	 * form is the same word in "-а" is read as the genitive plural of a
	 * feminine noun (as "коров" of "корова"); a surname's plural
	 * declines as adjectives do ("Смирновых"), so it is a man's surname
	 * in the nominative ("Сергей Смирнов", not "Смирнова"). */
	if (type == TD_ENT_PER && c->cyrillic && L.lemma && n >= 8 && strlen(L.lemma) == n + 2 &&
	    !memcmp(L.lemma, w, n) && !memcmp(L.lemma + n, "\xD0\xB0", 2) && n + 1 <= cap) {
		static const char *const ends[] = {"ов", "ев", "ёв", "ин", "ын", "ів", "їв"};
		if (ends_with_any(w, n, ends, NELEM(ends))) {
			memcpy(out, w, n);
			out[n] = 0;
			return n;
		}
	}
	/* A Slovene person's name that the dictionary reads as a case of a
	 * neuter noun in "-e" ("Vučić", "Vučićem", "Milanovića" as forms of
	 * "Vučiće", like "polj", "poljem", "polja" of "polje"): no person's
	 * name is such a noun ("Jožeta" of "Jože" keeps its "-et-"). */
	if (type == TD_ENT_PER && L.lemma && !strcmp(c->a->lang, "sl") && !(L.flags & TD__LEX_SELF)) {
		size_t ll = strlen(L.lemma);
		if (ll >= 4 && L.lemma[ll - 1] == 'e' && n >= ll - 1 && !memcmp(L.lemma, w, ll - 1)) {
			static const char *const neuter[] = {"a", "u", "em", "i"};
			if (n == ll - 1 || word_listed(neuter, NELEM(neuter), w + ll - 1, n - (ll - 1)))
				return guess_as(c, w, n, surname, out, cap);
		}
	}
	/* A person's name that is itself a dictionary name stays, unless an
	 * oblique ending leads to another dictionary name ("Путіним" ->
	 * "Путін"). */
	if (type == TD_ENT_PER && (L.flags & TD__LEX_SELF)) {
		char g[WBUF];
		size_t gl = guess_as(c, w, n, surname, g, sizeof(g));
		if ((gl != n || memcmp(g, w, n)) && !declines_itself(c, w, n)) {
			td__lexinfo G;
			td__lex_lookup(dict_for(c, g, gl), g, gl, &G);
			if ((G.flags & TD__LEX_SELF) && gl + 1 <= cap) {
				memcpy(out, g, gl + 1);
				return gl;
			}
		}
		if (n + 1 > cap)
			n = cap - 1;
		memcpy(out, w, n);
		out[n] = 0;
		return n;
	}
	/* A surname made from a given name ("Иванов", "Сергеева") is no
	 * form of that name: the name's own rules decide its base form. */
	if (type == TD_ENT_PER && c->cyrillic && L.lemma && possessive_of_name(w, n, L.lemma))
		return guess_as(c, w, n, surname, out, cap);
	/* A person's name in an oblique case whose dictionary base form the
	 * article never writes, where it writes the form the ending rules
	 * give ("Michelem": the dictionary's "Michele", the article's
	 * "Michel Barnier"): the article's. */
	if (type == TD_ENT_PER && L.lemma && !(L.flags & TD__LEX_SELF) && (L.flags & TD__LEX_PROPER)) {
		char f[WBUF], g[WBUF];
		size_t ll = strlen(L.lemma);
		size_t fl = ll < WBUF ? td_text_fold(L.lemma, ll, f, sizeof(f)) : 0;
		if (fl && !set_has(c, f, fl)) {
			size_t gl = guess_as(c, w, n, surname, g, sizeof(g));
			/* (Another form than the word's own, which is written.) */
			size_t gf = gl && (gl != ll || memcmp(g, L.lemma, ll)) && (gl != n || memcmp(g, w, n))
					    ? td_text_fold(g, gl, f, sizeof(f))
					    : 0;
			if (gf && set_has(c, f, gf) && gl + 1 <= cap) {
				memcpy(out, g, gl + 1);
				return gl;
			}
		}
	}
	/* An adjective after the noun of a body's name that the dictionary
	 * lists as a name of its own as well, in a singular oblique case:
	 * the adjective's base form ("Królewskiej Akademii Wojskowej" ->
	 * "... Wojskowa", "Prokuratury Generalnej" -> "Prokuratura
	 * Generalna"). Polish. */
	static const char *const obl[] = {"ej", "ym", "im", "ego", "emu"};
	if (type != TD_ENT_PER && !strcmp(c->a->lang, "pl") && (L.flags & TD__LEX_SELF) &&
	    (L.flags & TD__LEX_PROPER) && (L.flags & TD__LEX_LOWER) && i > 0 && joined(c, i) &&
	    (c->tk[i - 1].flags & TD_TOK_UPPER) && !(c->tk[i - 1].flags & TD_TOK_ALLCAPS) &&
	    ends_in(c, i, obl, NELEM(obl)) && adjectival(c, i)) {
		char f[WBUF];
		size_t fl = td_text_fold(w, n, f, sizeof(f));
		td__lexinfo A;
		td__lex_lookup(dict_for(c, f, fl), f, fl, &A);
		size_t al = A.lemma ? strlen(A.lemma) : 0;
		if (al && al != fl && (A.flags & TD__LEX_KNOWN) && strncasecmp(A.lemma, w, 2) == 0) {
			size_t ol = recased(A.lemma, al, 1, out, cap);
			if (ol)
				return ol;
		}
	}
	if (L.lemma && ((L.flags & TD__LEX_PROPER) || type != TD_ENT_PER) &&
	    td_text_is_upper_initial(L.lemma, strlen(L.lemma))) {
		size_t ll = strlen(L.lemma);
		/* A Slovene possessive adjective ("Putinovim", lemma "Putinov")
		 * names its person ("Putin"), where the article or a dictionary
		 * has the name and the article does not write the adjective's
		 * base form, as it does a surname's. */
		if (type == TD_ENT_PER && !surname && !strcmp(c->a->lang, "sl") && ll > 4 && ll < WBUF &&
		    (!memcmp(L.lemma + ll - 2, "ov", 2) || !memcmp(L.lemma + ll - 2, "ev", 2))) {
			char f[WBUF], f2[WBUF];
			size_t fl = td_text_fold(L.lemma, ll - 2, f, sizeof(f));
			size_t fl2 = td_text_fold(L.lemma, ll, f2, sizeof(f2));
			td__lexinfo B;
			td__lex_lookup(c->li, L.lemma, ll - 2, &B);
			/* Not a surname in "-ov" the article writes as such
			 * ("Borisov", not "Boris"). */
			if (!set_has(c, f2, fl2) && (set_has(c, f, fl) || (B.flags & TD__LEX_SELF)) &&
			    ll - 2 + 1 <= cap) {
				memcpy(out, L.lemma, ll - 2);
				out[ll - 2] = 0;
				return ll - 2;
			}
		}
		/* A superlative keeps its prefix, which some dictionaries
		 * leave out of the lemma ("Najvyššieho" -> "Najvyšší", not
		 * "Vyšší"). */
		if (c->slavic && !c->cyrillic && n > 5 && ll + 4 <= cap && ll < WBUF &&
		    (!strncasecmp(w, "naj", 3) || !strncasecmp(w, "nej", 3)) && strncasecmp(L.lemma, w, 3)) {
			char f[WBUF];
			size_t fl = td_text_fold(L.lemma, ll, f, sizeof(f));
			if (fl + 4 <= cap) {
				memcpy(out, w, 3);
				memcpy(out + 3, f, fl + 1);
				return fl + 3;
			}
		}
		if (ll + 1 <= cap) {
			memcpy(out, L.lemma, ll + 1);
			return ll;
		}
	}
	/* A Russian place no dictionary knows, in "-а" after a preposition
	 * that governs the genitive, is a masculine name's genitive ("из
	 * Бахмута", "Около Соледара": "Бахмут"): a feminine one's ends in
	 * "-ы", "-и" there. */
	if (type == TD_ENT_LOC && !L.lemma && !strcmp(c->a->lang, "ru") && n > 6 && n < WBUF && i > 0 &&
	    joined(c, i) && (!memcmp(w + n - 2, "\xD0\xB0", 2) || !memcmp(w + n - 2, "\xD1\x83", 2))) {
		static const char *const gen[] = {"из", "от", "до", "около", "возле", "близ", "вблизи", "для",
						  "без", "против", "вокруг", "после", "у"};
		/* (So is one in "-у" after "к", a dative: "к Соледару".) */
		static const char *const dat[] = {"к", "ко"};
		char f[WBUF];
		size_t fl = td_text_fold(c->t + c->tk[i - 1].start, c->tk[i - 1].end - c->tk[i - 1].start, f, sizeof(f));
		int a_end = !memcmp(w + n - 2, "\xD0\xB0", 2);
		if ((a_end ? word_listed(gen, NELEM(gen), f, fl) : word_listed(dat, NELEM(dat), f, fl)) &&
		    n - 2 + 1 <= cap) {
			memcpy(out, w, n - 2);
			out[n - 2] = 0;
			return n - 2;
		}
	}
	if (type == TD_ENT_PER)
		return guess_person(c, w, n, surname, out, cap);
	return guess_as(c, w, n, surname, out, cap);
}

static size_t token_lemma(const ctx *c, size_t i, int type, char *out, size_t cap)
{
	return token_lemma_as(c, i, type, 0, out, cap);
}

/* ---- word lists ------------------------------------------------------ */

/* Stems of words that make a capitalised run an organisation. */
static const char *const org_heads[] = {
	"парти", "party", "parti", "strana", "stran", "stranka", "komisj", "komis", "комисс",
	"комиси", "коміс", "universit", "университет", "університет", "университет", "uniwersytet",
	"univerzit", "univerz", "sveučilišt", "zavod", "bank", "банк", "суд", "съд", "sąd", "soud",
	"súd", "sodišč", "sud", "court",
	/* Romanian, Greek, Turkish and Hungarian bodies. */
	"comisi", "curtea", "curții", "ministerul", "partidul", "consiliul", "guvernul",
	"parlamentul", "tribunalul", "universitatea", "agenți", "τράπεζ", "επιτροπ", "υπουργεί",
	"κόμμα", "δικαστήρι", "συμβούλι", "πανεπιστήμι", "κυβέρνησ", "βουλή", "bankası",
	"komisyon", "bakanlığı", "partisi", "mahkemesi", "konseyi", "üniversitesi", "meclisi",
	"hükümeti", "bizottság", "minisztérium", "bíróság", "tanács", "egyetem", "kormány",
	/* The government, capitalised in Slovene, Croatian and Serbian. */
	"vlada$", "vlade$", "vladi$", "vladu$", "vladom$", "влада$", "владе$", "влади$", "владу$",
	"владом$",
	"ministr", "министерств", "міністерств", "ministerstw", "ministerstv", "council", "совет",
	"съвет", "рада", "rada", "svet", "vijeć", "agenc", "agênc", "агентств", "агенци", "agentur",
	"company", "компани", "компані", "group", "групп", "груп", "grup", "skupin", "corporat",
	"корпорац", "fund", "фонд", "fundusz", "fond", "institut", "inštitut", "институт", "інститут",
	"instytut", "ústav", "committe", "комитет", "комітет", "komitet", "výbor", "union", "союз",
	"съюз", "спілк", "unia", "unie", "únia", "unij", "organiz", "организац", "організац",
	"organizac", "parliament", "парламент", "parlament", "assembl", "ассамбле", "office",
	"служб", "federat", "федерац", "federac", "associat", "ассоциац", "stowarzysz", "army",
	"армия$", "армии$", "армию$", "армией$", "armia$", "armii$", "armię$", "armią$", "armád", "police", "полици", "поліці", "policj", "polici", "news",
	"times", "post", "gazet", "газет", "journal", "tribun", "daily", "herald", "radio",
	"радио", "радіо", "rádi", "press", "пресс", "прес", "inc", "ltd", "gmbh", "plc", "llc",
	"corp", "holding", "холдинг", "airlin", "airway", "motors", "energ", "энерг", "енерг",
	"gas", "газ", "oil", "нефт", "naft", "telecom", "media", "медиа", "медіа", "tv", "тв",
	"kolej", "railway", "school", "школ", "szkoł", "škol", "akadem", "academ", "академ",
	"trybunał", "trybunale", "tribunál", "трибунал", "sejm", "senat", "сенат", "kongres", "congress",
	"sądu", "sądzie", "sądem", "суда", "суде", "судом", "суду", "съда", "съдът", "suda", "sudu",
	"unii", "unię", "unią", "únie", "rady", "radzie", "radę", "radą",
	/* The council's oblique cases where the dictionary lists a given
	 * name "Рада", "Raď" too ("Ради зовнішньої політики", "Radě EU"). */
	"ради$", "раді$", "радою$", "рады$", "раде$", "радой$", "radě$", "radou$", "związk",
	"związek", "svaz",
	"zväz", "zveza$", "zveze$", "zvezi$", "zvezo$", "savez", "prokuratur", "прокуратур",
	"конгрес", "dума", "дум", "службa", "ассоциаци", "движени", "рух", "hnutí", "ruch",
	"front", "фронт", "alliance", "альянс", "sojusz", "aliance", "club", "клуб", "klub",
	"department", "ministry", "ministère", "ministerio", "ministero", "ministério",
	"commission", "comisión", "commissione", "comissão", "conseil", "consejo", "consiglio",
	"conselho", "government", "gouvernement", "gobierno", "governo", "tribunal", "cour$",
	"corte$", "banque", "banco$", "banca$", "authority", "administration", "société", "partido",
	"partito", "organisation", "house$", "senate", "sénat", "senado", "senato", "center$",
	"centre$", "brothers$", "navy$", "marines$", "corps$", "survey$", "project$", "church$",
	"cathedral$", "mosque$", "facilities$", "services$", "foundation$", "hospital$", "infirmary$", "clinic$",
	"college$", "museum$", "library$", "theatre$", "theater$", "orchestra$", "labs$",
	"laboratories$", "laboratory$", "systems$", "solutions$", "technologies$", "industries$",
	"studios$", "society$", "league$", "board$", "bureau$", "trust$", "guard$", "forces$",
	/* South Slavic communities, chambers and armies ("Hrvatska demokratska
	 * zajednica", "Hrvatska gospodarska komora", "Slovenska vojska"). */
	"zajednic", "komor", "vojsk",
	/* Guards and the Polish army ("Państwowa Straż Pożarna", "Straż
	 * Graniczna", "Národní garda", "Национальная гвардия", "Wojsko
	 * Polskie"). */
	"straż$", "straży$", "strażą$", "stráž$", "stráže$", "stráži$", "stráží$", "гварди", "гварді",
	"wojsko$", "wojska$", "wojsku$", "wojskiem$",
	/* Romance authorities, congresses, leagues and unions. */
	"autoridad", "autorité", "autorità", "autoridade", "congres", "congrès", "liga$", "ligue$",
	"lega$", "sindicat", "syndicat", "sindacat", "universidad", "fiscalía", "ayuntamiento",
	"asamblea", "cámara", "chambre$",
	/* Spanish regional governments ("Generalitat", "Junta de
	 * Andalucía", "Xunta de Galicia", "Diputación de Valencia"). */
	"generalitat$", "junta$", "xunta$", "diputación$",
	/* Slavic offices, inspectorates and chambers. */
	"urząd", "urzęd", "zakład", "úřad", "úrad", "urad$", "urada$", "uradu$", "uradom$", "ured$", "ureda$",
	"uredu$", "inspektorat", "inspekcj", "inspekc", "инспекц", "інспекц", "инспекторат",
	/* Slovene and Croatian administrations ("Finančna uprava", "Uprava
	 * RS za zaščito in reševanje", "Porezna uprava"). */
	"uprava$", "uprave$", "upravi$", "upravo$", "upravom$",
	"izba$", "izby$", "izbie$", "izbę$", "izbą$", "палата$", "палаты$", "палате$", "палату$",
	"палатой$", "палата$", "палати$", "палатою$",
	/* Federal and state offices ("Федералното ведомство по
	 * корабоплаване", "Федерального ведомства", "Главное управление",
	 * "Полското управление за защита на конкуренцията"). */
	"ведомств", "відомств", "управлени", "управлінн",
	/* Faculties ("Fakultete za kmetijstvo in biosistemske vede"). */
	"fakult", "факулт", "wydział", "wydzia",
	/* Stock exchanges ("Ljubljanska borza", "Giełda Papierów
	 * Wartościowych", "Московская биржа"; not the Czech and Slovak
	 * "burza", a storm in Polish: "Burza Bert"). */
	"borz", "giełd", "бирж", "бірж", "борса", "exchange$", "börse", "bourse", "bolsa$",
	"borsa$",
	/* Slavic centres and museums ("Narodowe Centrum Nauki", "Центр
	 * имени Хруничева", "Národní muzeum"), as written: "центр" begins
	 * "Центральная Азия" too. */
	"centrum$", "centra$", "centru$", "centrem$", "centar$", "centrom$", "центр$", "центра$",
	"центре$", "центру$", "центром$", "центрі$", "център$", "центъра$", "центърът$", "muzeum$",
	"muzea$", "muzeu$", "muzeem$", "muzej$", "muzeja$", "muzeju$", "музей$", "музея$", "музее$",
	"музею$", "музеем$", "музеї$",
	/* General staffs ("Sztab Generalny", "Генеральний штаб"). */
	"sztab", "штаб", "štáb", "štab", "щаб", "stožer",
	/* Hospitals and clinics ("Szpital Bielański", "Nemocnice Bulovka",
	 * "Боткинская больница", "Univerzitetni klinični center"). */
	"szpital", "nemocnic", "bolnišnic", "bolnic", "больниц", "лікарн", "болниц", "госпитал", "госпітал",
	"klinik", "klinic", "клиник", "клінік", "клиник",
};

/* German articles and determiners: the capitalised word after one is a
 * noun ("die Regierung", "im Bundestag" aside from names the gazetteer
 * knows first). */
static const char *const de_articles[] = {
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
	"eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "kein", "keine", "keinen",
	"keinem", "keiner", "dieser", "diese", "dieses", "diesen", "diesem", "jede", "jeder",
	"jedes", "jeden", "jedem", "seine", "seinen", "seinem", "seiner", "ihre", "ihren",
	"ihrem", "ihrer", "unsere", "alle", "allen",
};

/* Endings of German nouns that no name has ("Regierung", "Mehrheit",
 * "Wirtschaft", "Koalition"). */
static const char *const de_noun_ends[] = {
	"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
	"tionen", "tät", "täten", "ismus",
};

/* Institutions of a state that Slavic languages name with a lower-case
 * adjective of its country ("britského parlamentu", "британского
 * парламента", "pákistánského nejvyššího soudu"): organisations in the
 * BSNLP guidelines. Stems of parliaments and courts (a government,
 * "британското правителство", is annotated in some languages only). */
static const char *const state_bodies[] = {
	"parlament", "парламент", "soud", "sąd", "sądu", "sądzie", "súd", "sodišč", "sud", "суд", "съд",
};

/* Institutions named with their seat ("Sąd Najwyższy w Pakistanie",
 * "univerza v Ohiu", "Sveučilište u Zagrebu"): courts, universities,
 * offices, embassies, missions. */
static const char *const seat_heads[] = {
	"universit", "univerzit", "uniwersytet", "университет", "університет", "sveučilišt",
	"univerz", "sąd", "sądu", "sądzie", "sądem", "sądowi", "soud", "súd", "súdu", "súde",
	"súdom", "sodišč", "sud", "suda", "sudu", "sudom", "суд", "суда", "суде", "суду", "судом",
	"съд", "съда", "съдът",
	"urząd", "urzęd", "zakład", "úřad", "úrad", "urad", "ured", "embass", "ambasad", "velvysl",
	"veľvysl", "veleposlan", "посольств", "посолств", "konsulat", "konzulát", "konzulat",
	"консульств", "predstavništv", "представительств", "представництв", "przedstawicielstw",
	"zastoupen", "zastúpen", "fakult", "wydział", "politechnik", "prokuratur", "прокуратур",
};

/* Institutions of the European Union sit where their treaties say:
 * "Europejski Trybunał w Luksemburgu" names a court and a city. */
static const char *const seat_free[] = {"europ", "evrop", "европ", "європ", "eu$", "ес$", "єс$"};

/* Prepositions of a seat: "w", "v", "u", "в". */
static const char *const seat_preps[] = {"w", "we", "v", "ve", "u", "в", "во", "у", "във"};

/* Words that join the parts of an organisation's name in languages
 * without cases ("Court of Appeals", "Banco de España"). */
static const char *const of_words[] = {
	"of", "for", "de", "des", "du", "del", "della", "di", "do", "da", "dos", "das", "van", "voor",
};

/* Words of a name that make it a publication or a broadcaster's
 * channel (a product in the BSNLP guidelines; news agencies are
 * organisations): "The Sunday Times", "Polskie Radio", "Dunya News". */
static const char *const media_heads[] = {
	"news", "times", "post$", "gazet", "газет", "journal", "tribune", "daily", "herald", "radio",
	"radia", "radiu", "radiem", "радио", "радіо", "rádi", "radij", "tv", "тв", "telegraph", "express", "mirror", "zeitung",
	"dziennik", "deník", "denník", "dnevnik", "вестник", "вісник", "observer",
};

/* Lower-case words that make a name that goes on in lower case a place
 * ("Irská republika", "Baltického moře", "Финский залив"). */
static const char *const place_heads[] = {
	"republi", "републи", "республи", "федерац", "federac", "moře", "mořem", "morze", "morza",
	"morzu", "morje", "morja", "morju", "morjem", "морe", "море", "моря", "морем", "морю", "мор$",
	"záliv", "zatok", "ožin", "prieliv", "tjesnac",
	"залив", "затока", "zaliv", "ostrov", "wysp", "otok", "остров", "острів", "oceán", "ocean",
	"океан", "poloostrov", "półwysep", "półwysp", "polotok", "полуостров", "півостр",
	"království", "královstv", "królestw", "kraljestv", "кралств", "королевств", "королівств",
	/* Spanish autonomous communities ("Comunidad Valenciana",
	 * "Comunidad de Madrid"). */
	"comunidad$",
	"průliv", "cieśnin", "preliv", "пролив", "протока", "jezero", "jezior", "озер", "řek",
	"rzek", "reka", "reke", "река", "реки", "річк", "náměstí", "trg", "trga$", "trgu$", "trgom$",
	/* districts and a front's sectors ("Броварський район",
	 * "Покровський напрямок", "Покровское направление") */
	"район$", "района$", "районе$", "районі$", "району$", "районом$", "напрямок$", "напрямку$",
	"напрямі$", "направление$", "направлении$", "направления$",
	/* reservoirs ("Каховське водосховище", "Zbiornik Solina") */
	"водосховищ", "водохранилищ", "язовир", "zbiornik", "nádrž", "přehrad", "priehrad",
	"площад", "plac",
	/* valleys and basins ("Savinjska dolina", "Kotlina Kłodzka"),
	 * Cyrillic mountains ("Средна гора", "Стара планина") */
	"dolin", "údolí", "údolím", "долин", "kotlin", "котловин", "гора$", "горы$", "горе$", "гору$",
	"планина$", "планини$", "планине$", "планину$",
	"county$", "island$", "islands$", "river$", "sea$", "lake$", "bay$", "gulf$",
	"peninsula$", "strait$", "square$", "street$", "avenue$", "valley$", "mountains$",
	"glacier$", "canyon$", "desert$", "forest$", "falls$", "boulevard$", "airport$", "coast$",
	"peak$", "hills$", "heights$", "harbour$", "harbor$", "reef$", "creek$", "volcano$",
	"reservoir$", "mount$", "mt$", "basin$", "plateau$", "plains$", "lagoon$", "archipelago$", "delta$",
	/* Castles, Slovene "grad" (a town in Croatian: a place either way:
	 * "Ljubljanski grad"). */
	"grad$", "gradu$", "grada$", "gradom$",
	/* Bridges ("Крымский мост", "Brooklyn Bridge"). */
	"мост$", "моста$", "мосту$", "мостом$", "мосте$", "міст$", "мостові$", "bridge$",
	/* Parks and gardens ("Central Park", "Piccadilly Gardens"). */
	"park$", "gardens$", "garden$",
	/* Venues ("Etihad Stadium", "Madison Square Garden" aside). */
	"stadium$", "arena$", "stadion$", "stadionu$", "stadionie$", "стадион$", "стадіон$",
	/* Palaces and castles ("Buckingham Palace", "Маріїнський палац"),
	 * towers and buildings ("Trump Tower", "Chrysler Building"), whose
	 * first word is often a surname: "Trump Tower" was a person whose
	 * key every lone "Trump" of the article took. */
	"palace$", "castle$", "palais$", "palacio$", "palazzo$", "palácio$", "paleis$", "palast$",
	"дворец", "дворц", "палац", "pałac", "palác", "palač", "palat",
	"cathedral$", "abbey$", "tower$", "towers$", "building$",
	/* Chapels and basilicas ("Sistine Chapel", "St Peter's Basilica"). */
	"chapel$", "basilica$", "kaplica", "kaple", "kaplnk", "kapel", "капелл", "капел", "bazylik",
	"bazilik", "базилик", "базилік",
	/* A state named as such ("Estado de Palestina", "État de Palestine"). */
	"estado$", "état$", "stato$", "staat$",
};

/* Whether folded word f is a word of place_heads with at most three
 * more letters (a case ending). */
static int head_word(const char *f, size_t fl)
{
	for (size_t k = 0; k < NELEM(place_heads); k++) {
		size_t pl = strlen(place_heads[k]);
		pl -= place_heads[k][pl - 1] == '$';
		if (pl <= fl && !memcmp(f, place_heads[k], pl) && nchars_(f + pl, fl - pl) <= 3)
			return 1;
	}
	return 0;
}

/* Whether token k is a Slavic event's head noun in any case
 * ("Konferencji", "форума", "саміті", "Mistrzostw"): a stem and at most
 * three more letters. Not a congress (a parliament's name too: "Kongres
 * USA"), nor Slovene "vrh" (also "top": "Vrhovno sodišče"). */
static int slavic_event_head(const ctx *c, size_t k)
{
	static const char *const heads[] = {
		"конференц", "форум", "саммит", "олимпиад", "чемпионат", "фестивал", "конференці",
		"саміт", "олімпіад", "чемпіонат", "самит", "шампионат", "konferencj", "konferenc",
		"forum", "fór", "szczyt", "summit", "samit", "olimpiad", "olympiád", "olimpijad",
		"mistrzostw", "igrzysk", "mistrovstv", "majstrovstv", "prvenstv", "festiwal", "festival",
	};
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	for (size_t h = 0; h < NELEM(heads); h++) {
		if (f[0] != heads[h][0] || f[1] != heads[h][1])
			continue;
		size_t hl = strlen(heads[h]);
		if (hl <= fl && !memcmp(f, heads[h], hl) && nchars_(f + hl, fl - hl) <= 3)
			return 1;
	}
	return 0;
}

/* Whether token k, capitalised, is a word that ends an event's name in a
 * language whose nouns have no cases ("Expo", "Summit", "Olympics"). */
static int event_head(const ctx *c, size_t k)
{
	static const char *const heads[] = {
		"expo", "summit", "conference", "festival", "olympics", "games", "cup", "championship",
		"championships", "awards", "award", "forum", "fair", "marathon", "prix", "show", "week",
		"tournament", "open", "olympiad", "world cup", "sommet", "festivalen",
		/* disasters named for a place ("Palisades Fire", "Tohoku
		 * Earthquake") */
		"fire", "wildfire", "earthquake",
	};
	if (!(c->tk[k].flags & TD_TOK_UPPER) || (c->tk[k].flags & TD_TOK_ALLCAPS))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	if (!word_listed(heads, NELEM(heads), f, fl))
		return 0;
	/* A fire service is no fire ("Surrey Fire and Rescue"). */
	if (fl == 4 && !memcmp(f, "fire", 4) && k + 2 < c->nt && (c->tk[k + 2].flags & TD_TOK_UPPER)) {
		const char *a = c->t + c->tk[k + 1].start;
		size_t an = c->tk[k + 1].end - c->tk[k + 1].start;
		if ((an == 3 && !memcmp(a, "and", 3)) || (an == 1 && a[0] == '&'))
			return 0;
	}
	return 1;
}

/* Whether token k names a kind of storm ("Storm", "hurricane", "ураган",
 * "huragan", "bouře", "Sturm"): the folded word is a listed stem with at
 * most three more letters (its case ending). A storm's given name after
 * it is an event ("Storm Bert", "ураган «Мелисса»"). */
/* Words as they are (English "Stormy Daniels" is no storm) ... */
static const char *const storm_words[] = {
	"storm", "hurricane", "typhoon", "cyclone", "sturm", "orkan", "hurrikan", "taifun",
	"tempête", "ouragan", "typhon", "tormenta", "huracán", "tifón", "ciclón", "borrasca",
	"tempesta", "uragano", "tifone", "ciclone",
};
/* ... and Slavic stems with a case ending of up to three letters. */
static const char *const storm_stems[] = {
	"ураган", "шторм", "тайфун", "циклон", "буря", "бури", "бурю", "бурі", "huragan", "burz",
	"orkan", "tajfun", "cyklon", "hurikán", "bouř", "orkán", "cyklón", "tajfún", "búrk",
	"víchric", "neurj", "ciklon", "hurikan", "oluj", "uragan",
};
/* The first letters of all of them (lower case), built once. */
static uint32_t storm_first[NELEM(storm_words) + NELEM(storm_stems)];
static size_t storm_nfirst;
static pthread_once_t storm_once = PTHREAD_ONCE_INIT;

static void storm_firsts(void)
{
	for (size_t k = 0; k < NELEM(storm_words) + NELEM(storm_stems); k++) {
		const char *w = k < NELEM(storm_words) ? storm_words[k] : storm_stems[k - NELEM(storm_words)];
		int l;
		uint32_t cp = td_utf8_decode(w, strlen(w), &l);
		size_t q = 0;
		while (q < storm_nfirst && storm_first[q] != cp)
			q++;
		if (q == storm_nfirst)
			storm_first[storm_nfirst++] = cp;
	}
}

static int storm_stem(const char *f, size_t fl)
{
	if (word_listed(storm_words, NELEM(storm_words), f, fl))
		return 1;
	for (size_t s = 0; s < NELEM(storm_stems); s++) {
		const char *st = storm_stems[s];
		if (!fl || st[0] != f[0])
			continue;
		size_t sl = strlen(st), more = 0;
		if (fl < sl || memcmp(f, st, sl))
			continue;
		for (size_t b = sl; b < fl; b++)
			more += ((unsigned char)f[b] & 0xC0) != 0x80;
		if (more <= 3)
			return 1;
	}
	return 0;
}

static int storm_word(const ctx *c, size_t k)
{
	if (c->tk[k].flags & TD_TOK_ALLCAPS)
		return 0;
	/* Most words are ruled out by their first letter, before folding. */
	size_t n = c->tk[k].end - c->tk[k].start;
	if (n < 4)
		return 0;
	pthread_once(&storm_once, storm_firsts);
	int l;
	uint32_t cp = (uint32_t)u_tolower((UChar32)td_utf8_decode(c->t + c->tk[k].start, n, &l));
	size_t q = 0;
	while (q < storm_nfirst && storm_first[q] != cp)
		q++;
	if (q == storm_nfirst)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	return storm_stem(f, fl);
}

/* Whether token k is a bank's name in one word: "bank" ("банк") after
 * three letters at least, then a case ending of two letters at most
 * ("Ощадбанк", "Raiffeisenbank", "Сбербанку", "Promsvyazbanka"). */
/* Whether folded word f (fl bytes) ends in one of parts (np) and then
 * a case ending of two letters at most, the part starting at byte
 * min_at or later. */
static int ends_in_part(const char *f, size_t fl, const char *const *parts, size_t np, size_t min_at)
{
	for (size_t q = 0; q < np; q++) {
		size_t pl = strlen(parts[q]);
		for (size_t e = 0; e <= 4 && e + pl < fl; e++) {
			size_t at = fl - e - pl;
			if (at >= min_at && !memcmp(f + at, parts[q], pl) && nchars_(f + at + pl, e) <= 2)
				return 1;
		}
	}
	return 0;
}

static int bank_compound(const ctx *c, size_t k)
{
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	static const char *const banks[] = {"bank", "банк"};
	return ends_in_part(f, fl, banks, NELEM(banks), 3);
}

/* Whether token k is a state's or a city's body named in one Cyrillic
 * word of clipped parts: a state's or a city's prefix ("Рос-", "Мос-",
 * "Укр-", "Держ-", ...) and, after two letters at least, a body's last
 * part then a case ending of two letters at most ("Мосгорсуд",
 * "Ростехнадзор", "Мосгортранс", "Укргідрометцентр"). */
static int state_compound(const ctx *c, size_t k)
{
	static const char *const firsts[] = {"рос", "мос", "укр", "гос", "держ", "мин", "мін", "обл"};
	static const char *const lasts[] = {"суд", "надзор", "нагляд", "центр", "транс", "пром", "энерго",
					    "енерго", "нефт", "нафт", "газ", "атом", "строй", "буд", "связ",
					    "трест", "фонд", "инвест", "інвест", "ком", "агентств", "агенц"};
	if (!c->cyrillic)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	size_t p = 0;
	for (size_t q = 0; q < NELEM(firsts) && !p; q++)
		if (fl > strlen(firsts[q]) && !memcmp(f, firsts[q], strlen(firsts[q])))
			p = strlen(firsts[q]);
	return p && ends_in_part(f, fl, lasts, NELEM(lasts), p + 4);
}

/* Whether token k names a region by its town's or its river's name and
 * the suffix "-щина" or "-чина" in a case ("Херсонщини", "Київщину",
 * "Брянщиной"; Ukrainian and Russian): the bytes of its stem with
 * "щин" or "чин" (its base form, less the "-а"), 0 when it does not. */
static size_t region_suffix(const ctx *c, size_t k)
{
	static const char *const ends[] = {"щина", "щини", "щину", "щиною", "щині", "щины", "щиной",
					   "щине", "чина", "чини", "чину", "чиною", "чині", "чины",
					   "чиной", "чине"};
	if (!c->cyrillic || (strcmp(c->a->lang, "uk") && strcmp(c->a->lang, "ru")))
		return 0;
	/* (no common word: "Батьківщина", homeland) */
	td__lexinfo L;
	lex(c, k, &L);
	if (L.flags & TD__LEX_LOWER)
		return 0;
	/* (four letters at least before the suffix: not "Причина") */
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	for (size_t e = 0; e < NELEM(ends); e++) {
		size_t el = strlen(ends[e]);
		/* (the stem with its "щин" or "чин", six bytes either way) */
		if (n > el && !memcmp(w + n - el, ends[e], el) && nchars_(w, n - el) >= 4)
			return n - el + 6;
	}
	return 0;
}

/* Whether token k is initials written together ("В.В", "J.R"): capital
 * letters, one each, joined by full stops. */
static int joined_initials(const ctx *c, size_t k)
{
	const char *w = c->t + c->tk[k].start, *e = c->t + c->tk[k].end;
	int letters = 0;
	while (w < e) {
		int l;
		uint32_t cp = td_utf8_decode(w, (size_t)(e - w), &l);
		if (l <= 0 || !u_isupper((UChar32)cp))
			return 0;
		letters++;
		w += l;
		if (w < e && *w++ != '.')
			return 0;
	}
	return letters >= 2;
}

/* Initials written together before a person's name ("В.В. Путин"), which
 * the capitals made an acronym of their own: one name with the person's. */
static void initials_persons(const ctx *c, mention *ms, size_t *nm)
{
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		if (k + 1 < *nm && m->j == m->i + 1 && !m->g && ms[k + 1].type == TD_ENT_PER &&
		    ms[k + 1].i == m->j && ms[k + 1].i < c->nt && joined_initials(c, m->i) &&
		    c->tk[m->j].start == c->tk[m->i].end + 2 && c->t[c->tk[m->i].end] == '.' &&
		    c->t[c->tk[m->i].end + 1] == ' ') {
			ms[k + 1].i = m->i;
			continue; /* the initials' own mention goes */
		}
		ms[o++] = *m;
	}
	*nm = o;
}

/* A person's name right after a storm's kind, in quotes or not, is the
 * storm's ("ураган «Мелисса»", "урагана Мелисса", "huragan Melissa"). */
static void storm_names(const ctx *c, mention *ms, size_t nm)
{
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		if (m->type != TD_ENT_PER || m->g || m->i == 0 || m->percue || !storm_word(c, m->i - 1))
			continue;
		/* Only spaces and quotes between them. */
		int ok = 1;
		for (size_t b = c->tk[m->i - 1].end; ok && b < c->tk[m->i].start;) {
			int l;
			uint32_t cp = td_utf8_decode(c->t + b, c->tk[m->i].start - b, &l);
			ok = cp == ' ' || cp == 0xA0 || is_quote_cp(cp);
			b += (size_t)(l > 0 ? l : 1);
		}
		if (ok) {
			m->type = TD_ENT_EVT;
			m->quoted = 1; /* in apposition, not declined: "урагана Мелисса" */
		}
	}
}

/* Words of a name that make it a document, a prize or a pipeline, all
 * products in the BSNLP guidelines ("Traktat Lizboński", "Закон за
 * авторското право", "Gazociąg Północny", "Nagroda Sacharowa"). */
static const char *const work_heads[] = {
	"закон", "zakon", "traktat", "smlouv", "договор", "споразум", "соглашени", "угод", "dohod",
	"porozumieni", "umow", "kodeks", "kodex", "кодекс", "ustaw", "директив", "dyrektyw",
	"směrnic", "smernic", "direktiv", "konwencj", "úmluv", "конвенц", "konvencij", "deklarac",
	"декларац", "treaty", "directive", "convention", "nagrod", "наград", "премия", "премии", "премию", "gazociąg",
	"ropociąg", "plynovod", "ropovod", "газопровод", "нефтепровод", "plinovod", "naftovod",
	"pipeline", "act$", "acts$", "accord$", "accords$", "agreement$", "charter$", "protocol$",
	/* English prizes ("Nobel Prize", "Pulitzer Prize"), as the Slavic
	 * "nagroda", "премия" above; "Awards" name ceremonies, events. */
	"prize$", "prizes$",
	/* Instruments and craft ("James Webb Space Telescope", "Телескоп
	 * Хаббл"; not "rover": "Land Rover" is a maker). */
	"telescope$", "spacecraft$", "satellite$", "телескоп", "teleskop",
};

/* Programmes and plans, products after a word of their name ("Narodowy
 * Program Szczepień", "Krajowego Planu Odbudowy", "Національна
 * програма"): first in a name they are as often a common noun before a
 * person's genitive ("Plan Davida Davisa", "План британского
 * правительства"). Folded; a word is one of them when it begins with
 * one of the first, or is one of the others. */
static const char *const plan_stems[] = {"program", "програм"};
static const char *const plan_words[] = {
	"plan", "planu", "planie", "planem", "plán", "plánu", "plánem", "план", "плана", "плане", "планом", "плану", "планът",
};

static int plan_word(const char *f, size_t fl)
{
	for (size_t k = 0; k < NELEM(plan_stems); k++)
		if (fl >= strlen(plan_stems[k]) && !memcmp(f, plan_stems[k], strlen(plan_stems[k])))
			return 1;
	return word_listed(plan_words, NELEM(plan_words), f, fl);
}

/* Words of a name that make it a news agency, an organisation. */
static const char *const agencies[] = {
	"agenc", "агентств", "агенци", "агенц", "agentur", "service", "служб", "agencj", "agentúr",
};

/* Words before a name that make it a person. */
static const char *const per_cues[] = {
	"президент", "премьер", "прем'єр", "премиер", "министр", "міністр", "канцлер", "госпож",
	"господин", "пан", "пані", "лидер", "лідер", "посол", "сенатор", "депутат", "председател",
	"голов", "спикер", "спікер", "кандидат", "губернатор", "мэр", "мер", "кмет", "журналист",
	"журналіст", "актер", "актор", "актрис", "певиц", "певец", "тренер", "папа", "король",
	"королев", "принц", "принцес", "генерал", "директор", "глава", "писател", "експерт",
	"эксперт", "president", "prime", "chancellor", "minister", "senator", "secretary",
	"governor", "mayor", "leader", "ambassador", "candidate", "spokesman", "spokeswoman",
	"prezydent", "premier", "kanclerz", "pani", "pan", "poseł", "posł", "rzeczni", "przewodnicz",
	"lider", "szef", "prezident", "premiér", "ministr", "kancléř", "předsed", "mluvčí", "velvysl",
	"předseda", "predsed", "hovorc", "predsednik", "premier", "kancler", "minist", "vodja",
	"predsjednik", "premijer", "ministar", "kancelar", "veleposlan", "veleposlanik", "gospod",
	"gospa", "gospođ", "king", "queen", "pope", "prince", "princess", "general", "director",
	"hejtman", "starost", "primátor", "župan", "gradonačelnik", "burmistrz", "guvern", "gouvern",
	"wojewod", "marszał", "senátor", "komisař", "komisarz", "eurokomisař", "poslan",
	/* Clergy ("Papież Franciszek", "kardinál Parolin"). */
	"papież", "papieża", "papieżem", "papieżowi", "papež", "pápež", "papeža", "papežem", "papa$",
	"cardinal", "kardynał", "kardinál", "kardinal", "кардинал", "archbishop", "arcybiskup", "arcibiskup", "nadbiskup", "архиепископ", "архієпископ",
	"bishop", "biskup", "епископ", "єпископ", "rabbi", "rabin", "раввин", "рабин", "imam", "имам",
	"імам",
};

/* Words before a name that make it an organisation, a product (a
 * publication, a channel, a website) or a place. */
static const char *const org_cues[] = {
	"компани", "концерн", "корпорац", "фирм", "банк", "агентств", "организац", "партии",
	"партия", "компані", "корпорац", "агенці", "агенция", "компания", "партията", "company",
	"firm", "group", "agency", "bank", "party", "firma", "firmy", "koncern", "spółk",
	"agencj", "partii", "partia", "společnost", "spoločnos", "podjetj", "družb", "tvrtk",
	"koncernu", "agentur", "stran", "operator", "оператор", "carrier",
	"airline", "авиакомпани", "авіакомпані", "przewoźnik", "dopravce", "dopravc", "prevoznik",
	"automobilk", "automak", "carmaker", "výrobc", "producent", "proizvajalec", "производител",
	"производитель", "виробник", "letalsk", "авиокомпани",
};

static const char *const pro_cues[] = {
	"газет", "журнал", "издани", "видани", "телеканал", "радиостанц", "сайт", "портал",
	"вестник", "вісник", "newspaper", "magazine", "journal$", "tabloid", "channel", "website", "daily",
	"weekly", "gazet", "dziennik", "tygodnik", "portal", "serwis", "telewizj", "stacj",
	"deník", "deníku", "denník", "časopis", "týdeník", "týždenník", "televiz", "stanice",
	"časnik", "časopis", "dnevnik", "tednik", "portala", "vestnik", "вестник", "ежедневник",
	"всекидневник", "седмичник", "вестника", "списание", "телевизия", "медия",
	"app", "aplikac", "приложени", "додаток", "програм", "program", "system", "систем",
	"gazociąg", "gazovod", "plynovod", "газопровод", "pipeline",
	/* Works: a film, a series, a book, an album ("the film Oppenheimer",
	 * "сериал «Корона»"). */
	"film$", "movie$", "series$", "sitcom$", "documentary$", "album$", "novel$", "фильм", "фільм",
	"сериал", "серіал", "филм", "serial", "albu", "альбом",
	/* Arms and craft by their model's name ("czołgów Abrams", "танков
	 * Leopard", "ракет Patriot"). */
	"czołg", "танк", "tanks$", "samolot", "самолет", "самолёт", "літак", "letoun", "lietadl",
	"letalo$", "letala$", "letal$", "letalom$", "letali$", "zrakoplov", "śmigłow", "вертолет",
	"вертоліт", "гелікоптер", "vrtuln", "vrtuľn", "helikopter", "rakiet", "ракет", "raket",
	"dronów", "дрон", "беспилотник", "безпілотник",
};

static const char *const loc_cues[] = {
	"город", "городе", "столиц", "регион", "област", "провинци", "штат", "район", "село",
	"деревн", "місто", "місті", "регіон", "провінці", "град", "града", "градът", "селото",
	"city", "town", "capital", "province", "region", "state", "village", "miasto", "mieście",
	"miasta", "miastem", "stolic", "prowincj", "województw", "wsi", "wieś", "měst",
	"hlavní", "provinci", "kraj", "mesto", "meste", "mesta", "mestom", "obec$", "obce$", "obci$",
	"obcí$", "grad", "gradu", "grada", "градом", "містом", "міста", "городок", "кантон",
	"kanton", "canton", "gmin", "miejscowoś", "hrabstw", "графств", "county", "okres", "okresu",
	"občin", "община", "общине", "громад",
	/* settlements ("населенный пункт Угледар") */
	"пункт$", "пункта$", "пункте$", "пункті$",
	/* rivers and lakes ("річки Тиса", "rzeka Wisła", "řeky Vltavy") */
	"река", "реки", "реке", "реку", "рекой", "річк", "річці", "rzek", "rzece", "řek", "řece", "řeka$",
	"řeky$", "řeku$", "řekou$", "riek",
	"rijek", "reka", "reke", "reki", "river", "озер", "jezior", "jezer",
	"pokrajin", "regij", "država", "državi", "stát", "státě", "štát", "štáte",
	/* venues */
	"стадион", "стадіон", "stadion", "stadium", "аэропорт", "аеропорт", "летище", "airport",
	"lotnisk", "letiště", "letišt", "letališč", "zračn",
	/* streets and squares ("на площі Свободи", "ulicy Marszałkowskiej") */
	"улиц", "вулиц", "проспект", "бульвар", "площ", "ulic", "plac$", "placu$", "placem$",
	"náměstí", "námestí", "námestie", "trg$", "trgu$", "třída", "třídě", "bulwar", "bulvár",
	"aleja", "alei$", "alej$", "alejí",
	/* quarters of a town ("čtvrť Nová Ves", "dzielnicy Praga-Południe") */
	"čtvrť", "čtvrti", "štvrť", "štvrti", "dzielnic", "микрорайон", "мікрорайон", "квартал",
};

/* Leading words of a run that are titles, not names. */
static const char *const honorifics[] = {
	"mr", "mrs", "ms", "dr", "sir", "lady", "lord", "prof", "pan", "pani", "paní",
	"president", "prime", "minister", "chancellor", "premier", "senator", "king", "queen",
	"secretary", "governor", "mayor", "general", "judge", "ambassador", "speaker", "leader",
	"pope", "prince", "princess", "saint", "st", "святой", "святий", "папа", "св",
	/* English ranks and offices, and nationals ("Englishman Robert
	 * Buckley"). */
	"inspector", "detective", "sergeant", "sgt", "constable", "captain", "capt", "colonel",
	"col", "lieutenant", "lt", "commander", "cmdr", "admiral", "adm", "gov", "rep", "sen", "gen",
	"brig", "maj",
	"coach", "professor", "rev", "reverend", "bishop", "archbishop", "cardinal", "rabbi",
	"imam", "sheikh", "superintendent", "supt", "corporal", "cpl", "brigadier", "dame",
	"baroness", "baron", "duchess", "earl", "countess", "emperor", "empress", "sultan", "emir",
	"ayatollah", "englishman", "englishwoman", "frenchman", "frenchwoman", "irishman",
	"irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "dutchman", "dutchwoman",
	"chair", "chairman", "chairwoman", "chairperson", "ceo", "commissioner", "spokesman",
	"spokeswoman", "spokesperson", "envoy", "deputy", "congressman", "congresswoman",
	"councillor", "councilman", "councilwoman", "attorney", "president-elect",
	"vice-president", "governor-elect", "senator-elect", "mayor-elect",
	/* Offices that Turkish, Romanian, Greek and Hungarian write with a
	 * capital before a name. */
	"cumhurbaşkanı", "başbakan", "başbakanı", "bakan", "bakanı", "başkan", "başkanı", "premierul",
	"președintele",
	"ministrul", "πρόεδρος", "πρωθυπουργός", "υπουργός", "miniszterelnök", "elnök", "miniszter",
	/* Academic and professional degrees written before (and "Ph.D."
	 * after) a name: "Д-р Ангел Кунчев", "Проф. Тодор Кантарджиев",
	 * "MUDr. Roman Prymula", "Doc. Petr Smejkal". */
	"д-р", "проф", "доц", "акад", "mudr", "judr", "phdr", "rndr", "paeddr", "mvdr", "ing",
	"mgr", "doc", "bc", "ph", "hab", "inż", "dipl",
};

/* A bitmap of (list, first two characters) of every word-list entry, so
 * that most words are rejected without scanning a list. */
static uint8_t two_chars[1 << 16 >> 3];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static unsigned two_key(const char *s, size_t n, const char *const *list)
{
	size_t b = 0;
	for (int ch = 0; ch < 2 && b < n; ch++) {
		b++;
		while (b < n && ((unsigned char)s[b] & 0xC0) == 0x80)
			b++;
	}
	uint64_t h = h64(s, b) ^ (uint64_t)(uintptr_t)list;
	h *= 0x9E3779B97F4A7C15ull;
	return (unsigned)(h >> 48);
}

static const char *const *const all_lists[] = {org_heads, per_cues, org_cues, pro_cues, loc_cues,
					       honorifics, media_heads, agencies, place_heads, work_heads,
					       of_words, de_articles, seat_heads, seat_preps, seat_free,
					       state_bodies};
/* The lists by their index in all_lists. */
enum {
	L_ORG_HEADS, L_PER_CUES, L_ORG_CUES, L_PRO_CUES, L_LOC_CUES, L_HONORIFICS, L_MEDIA_HEADS,
	L_AGENCIES, L_PLACE_HEADS, L_WORK_HEADS, L_OF_WORDS, L_DE_ARTICLES, L_SEAT_HEADS,
	L_SEAT_PREPS, L_SEAT_FREE, L_STATE_BODIES, L_NLISTS
};
_Static_assert(NELEM(all_lists) == L_NLISTS, "a name per list");
_Static_assert(2 * L_NLISTS <= 32, "token_in's answers of a word fit word_rec.lknown and lval");
static const size_t all_sizes[] = {NELEM(org_heads), NELEM(per_cues), NELEM(org_cues),
				   NELEM(pro_cues), NELEM(loc_cues), NELEM(honorifics),
				   NELEM(media_heads), NELEM(agencies), NELEM(place_heads),
				   NELEM(work_heads), NELEM(of_words), NELEM(de_articles),
				   NELEM(seat_heads), NELEM(seat_preps), NELEM(seat_free),
				   NELEM(state_bodies)};

/* The entries of a word list by their first two bytes, with their
 * lengths and whether they match whole words only. */
typedef struct {
	const char *s;
	uint16_t key; /* first byte | second byte << 8 (0 past the end) */
	uint8_t len;  /* bytes, without a final "$" */
	uint8_t whole;
} list_ent;

#define MAX_LIST_ENTS 1024
static list_ent list_ents[NELEM(all_lists)][MAX_LIST_ENTS];
static int lists_indexed; /* every list fits list_ents */

static int cmp_list_ent(const void *a, const void *b)
{
	const list_ent *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

static void build_lists(void)
{
	lists_indexed = 1;
	for (size_t l = 0; l < NELEM(all_lists); l++) {
		for (size_t k = 0; k < all_sizes[l]; k++) {
			unsigned b = two_key(all_lists[l][k], strlen(all_lists[l][k]), all_lists[l]);
			two_chars[b >> 3] |= (uint8_t)(1u << (b & 7));
		}
		if (all_sizes[l] > MAX_LIST_ENTS) {
			lists_indexed = 0;
			continue;
		}
		for (size_t k = 0; k < all_sizes[l]; k++) {
			const char *e = all_lists[l][k];
			size_t pl = strlen(e);
			int exact = pl && e[pl - 1] == '$';
			pl -= (size_t)exact;
			size_t chars = 0;
			for (size_t q = 0; q < pl; q++)
				chars += ((unsigned char)e[q] & 0xC0) != 0x80;
			list_ent *x = &list_ents[l][k];
			x->s = e;
			x->key = (uint16_t)((unsigned char)e[0] | (pl > 1 ? (unsigned)(unsigned char)e[1] << 8 : 0));
			x->len = (uint8_t)(pl > 255 ? 255 : pl);
			x->whole = chars < 4 || exact || pl > 255;
		}
		qsort(list_ents[l], all_sizes[l], sizeof(list_ent), cmp_list_ent);
	}
}

/* Whether folded word s starts with (or, when whole, is) an entry of
 * list l (L_*). */
static int prefix_in(const char *s, size_t n, size_t l, int whole)
{
	pthread_once(&lists_once, build_lists);
	const char *const *list = all_lists[l];
	size_t nl = all_sizes[l];
	unsigned b = two_key(s, n, list);
	if (!((two_chars[b >> 3] >> (b & 7)) & 1))
		return 0;
	if (n >= 1 && lists_indexed) {
		/* Only entries with the word's first two bytes can match it (a
		 * one-byte word: only one-byte entries). */
		const list_ent *e = list_ents[l];
		uint16_t key = (uint16_t)((unsigned char)s[0] | (n > 1 ? (unsigned)(unsigned char)s[1] << 8 : 0));
		size_t lo = 0, hi = nl;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (e[mid].key < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < nl && e[lo].key == key; lo++) {
			size_t pl = e[lo].len;
			if (e[lo].whole || whole) {
				if (pl == n && !memcmp(s, e[lo].s, n))
					return 1;
			} else if (pl <= n && !memcmp(s, e[lo].s, pl))
				return 1;
		}
		return 0;
	}
	for (size_t k = 0; k < nl; k++) {
		if (!n || list[k][0] != s[0] || (n > 1 && list[k][1] != s[1]))
			continue;
		size_t pl = strlen(list[k]);
		/* Short entries ("pan", "мэр") and those marked with a final "$"
		 * ("obec$", not Polish "obecnie") only as whole words. */
		int exact = list[k][pl - 1] == '$';
		pl -= (size_t)exact;
		size_t chars = 0;
		for (size_t q = 0; q < pl; q++)
			chars += ((unsigned char)list[k][q] & 0xC0) != 0x80;
		if ((chars < 4 || exact) && !(pl == n && !memcmp(s, list[k], n)))
			continue;
		if (whole ? (pl == n && !memcmp(s, list[k], n)) : (pl <= n && !memcmp(s, list[k], pl)))
			return 1;
	}
	return 0;
}

/* prefix_in of the folded word of token i, kept in the word cache. */
/* Whether capitalised token i, an organisation's or a medium's head word
 * by its start only ("svet", "news"), is no head word: inside a run of
 * capitalised words, where it is a person's name as often ("Svetlana
 * Tikhanovskaya", "Gavinem Newsomem", "Arron Banks"), a head word must be
 * a common word of the article's or the English dictionary ("Adria
 * Airways"); alone it stays one ("Енергоатом", "Bankia"). */
static int head_by_start_only(const ctx *c, size_t i, size_t l)
{
	int run = (i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER)) ||
		  (i > 0 && joined(c, i) && (c->tk[i - 1].flags & TD_TOK_UPPER));
	if (!run)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (prefix_in(f, fl, l, 1))
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	if (!(L.flags & TD__LEX_DICT) || (L.flags & TD__LEX_LOWER))
		return 0;
	td__lexinfo E;
	E.flags = 0;
	if (c->li_latin >= 0 && c->li_latin != c->li)
		td__lex_lookup(c->li_latin, c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start, &E);
	return !(E.flags & TD__LEX_LOWER);
}

static int token_in(const ctx *c, size_t i, size_t l, int whole)
{
	uint32_t bit = 1u << (2 * l + !!whole);
	word_rec *r = word(c, i);
	int v;
	if (r && (r->lknown & bit))
		v = (r->lval & bit) != 0;
	else {
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		v = prefix_in(f, fl, l, whole);
		if (r && (r = word(c, i))) {
			r->lknown |= bit;
			r->lval = v ? r->lval | bit : r->lval & ~bit;
		}
	}
	if (v && !whole && (l == L_ORG_HEADS || l == L_MEDIA_HEADS) && head_by_start_only(c, i, l))
		v = 0;
	return v;
}


/* Whether the capitals at token i are emphasis: a common word of four
 * letters or more, here or in the capitalised words around it. */
static int shouting(const ctx *c, size_t i)
{
	size_t a = i, b = i + 1;
	while (a > 0 && (c->tk[a - 1].flags & TD_TOK_ALLCAPS) && joined(c, a))
		a--;
	while (b < c->nt && (c->tk[b].flags & TD_TOK_ALLCAPS) && joined(c, b))
		b++;
	for (size_t k = a; k < b; k++) {
		const char *w = c->t + c->tk[k].start;
		size_t n = c->tk[k].end - c->tk[k].start;
		size_t chars = 0;
		for (size_t q = 0; q < n; q++)
			chars += ((unsigned char)w[q] & 0xC0) != 0x80;
		if (chars < 4)
			continue;
		td__lexinfo L;
		lex(c, k, &L);
		if (L.flags & TD__LEX_LOWER)
			return 1;
	}
	return 0;
}

/* Whether the run [i, j) of words in capitals is a person's name written
 * so, as bylines and headlines do ("TERESA STYLIŃSKA", "DONALD TRUMP I
 * NIGEL FARAGE"): two or three words of three letters or more, the first
 * a census first name, none an organisation's word. Other runs in
 * capitals are acronyms ("BZ WBK", "OMV AG"). */
static int shouted_person(const ctx *c, size_t i, size_t j)
{
	if (j - i < 2 || j - i > 3)
		return 0;
	for (size_t k = i; k < j; k++) {
		if (!(c->tk[k].flags & TD_TOK_ALLCAPS) || !(c->tk[k].flags & TD_TOK_ALPHA) ||
		    (c->tk[k].flags & TD_TOK_DIGIT) || nchars_(c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start) < 3 ||
		    token_in(c, k, L_ORG_HEADS, 0) || token_in(c, k, L_MEDIA_HEADS, 0))
			return 0;
		char f[WBUF];
		size_t fl = td__name_stem(c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start, f, sizeof(f));
		int more, lower;
		if (k > i && fl && td__gaz_find(f, fl, &more, &lower))
			return 0; /* a listed name after the first word ("EU ETS") */
	}
	char f[WBUF], t[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (fl < 3 || fl >= 16)
		return 0;
	if (census_has(f))
		return 1;
	/* Or a name a dictionary lists ("Nigel", "Владимир") that names
	 * no listed place or body ("CHINA DAILY"). */
	size_t tl = recased(f, fl, 1, t, sizeof(t)), sl;
	char st[WBUF];
	int more, lower;
	return tl && dict_name(c, t, tl, is_latin_word(t, tl)) &&
	       !((sl = td__name_stem(t, tl, st, sizeof(st))) && td__gaz_find(st, sl, &more, &lower));
}

/* Endings of adjectives of the Slavic languages. */
static const char *const adj_ends[] = {
		"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им",
		"ую", "юю", "ых", "их", "ської", "ська", "ський", "ське", "ськ", "ні", "ної", "ний",
		/* Ukrainian "-ов-" adjectives' feminine cases ("цифрової",
		 * "військової") */
		"ової", "овою",
		"на", "не", "ска", "ски", "ско", "ската", "ския", "ският", "ското", "ските", "ната",
		"ния", "ният", "ното", "ните", "ски", "ska", "ski", "skie", "skiej", "skiego", "nej",
		"ny", "na", "ne", "nego", "ný", "ná", "né", "ní", "ského", "ské", "ská", "ský", "nej",
		"ného", "ním", "ském", "ckém", "ném", "ských", "ským", "ými", "ski", "ska", "ske", "sko", "nega", "nem", "ni", "no",
		/* Czech soft adjectives and Slovak datives ("Nejvyššímu
		 * správnímu soudu", "Nejvyššího správního soudu") */
		"ního", "nímu", "ních", "ními", "nému", "ných",
		/* Croatian, Bosnian, Serbian in Latin letters */
		"skog", "skom", "skoj", "skim", "skih", "čkog", "čkom", "čkoj", "nog", "noj", "nih",
		"njeg", "ćeg", /* (soft stems: "Jutarnjeg lista") */
		/* Slovene and Croatian "-šk-", "-čk-" ("antidopinške",
		 * "grčka", "češkega") */
		"ški", "ška", "ške", "ško", "škega", "škem", "škemu", "ških", "škim", "čki", "čka", "čke",
		"čko", "čkega", "čkih", "čkim", "skega", "skemu", "skem",
		/* Czech and Slovak feminine oblique cases ("Slovenskej
		 * národnej strany", "Českou národní bankou") */
		"skej", "ckej", "skou", "ckou", "nou",
		/* Polish "-dzki" ("Morze Irlandzkie", "Zatoka Greifswaldzka") */
		"dzki", "dzka", "dzkie", "dzkiego", "dzkiej", "dzkim", "dzką", "dzkich",
		/* ... and Polish feminine instrumentals ("Komisją Wenecką") */
		"ską", "cką", "ową",
		/* Czech and Slovak "-ový" ("Ústredný krízový štáb"; not the
		 * feminine "-ová", women's surnames end so, nor "-ové", the
		 * plural of nouns: "Indové") */
		"ový", "ového", "ovému", "ovým", "ových",
		/* ... and their superlatives ("Nejvyšší správní soud") */
		"ší", "šího", "šímu", "ších", "šími",
		/* Czech and Slovak "-cký", and the cases of "-ský" above
		 * lacked ("Ústavu zdravotnických informací", "německého
		 * průmyslu", "so slovenskými"), and Polish "-cki" in the singular
		 * ("Niemiecki Trybunał", "niemieckiego rządu"; not the plural
		 * "-ckich", the genitive of a name's complement: "Sojusz
		 * Europejskich Konserwatystów") */
		"cký", "cká", "cké", "ckého", "ckému", "ckých", "ckým", "ckými", "ckú", "ckom", "ckí",
		"skými", "skému", "skú", "skí", "cki", "cka", "ckie", "ckiego", "ckiej", "ckim",
};

/* adj_ends by their last byte: those ending in byte b are
 * adj_order[adj_first[b] .. adj_first[b + 1]), with their lengths;
 * built once. */
_Static_assert(NELEM(adj_ends) <= 256, "adj_order holds an ending's index in a byte");
static uint8_t adj_order[NELEM(adj_ends)], adj_len[NELEM(adj_ends)];
static uint16_t adj_first[257];
static pthread_once_t adj_once = PTHREAD_ONCE_INIT;

static void adj_index(void)
{
	for (size_t k = 0; k < NELEM(adj_ends); k++) {
		adj_len[k] = (uint8_t)strlen(adj_ends[k]);
		adj_first[(unsigned char)adj_ends[k][adj_len[k] - 1] + 1]++;
	}
	for (size_t b = 0; b < 256; b++)
		adj_first[b + 1] = (uint16_t)(adj_first[b + 1] + adj_first[b]);
	uint16_t at[256];
	memcpy(at, adj_first, sizeof(at));
	for (size_t k = 0; k < NELEM(adj_ends); k++)
		adj_order[at[(unsigned char)adj_ends[k][adj_len[k] - 1]]++] = (uint8_t)k;
}

/* Whether a lower-case word looks like an adjective of a Slavic
 * language by its ending (it then needs its noun): only the endings
 * with the word's last byte are compared. */
static int adjectival_str(const char *w, size_t n);

static int adjectival_(const ctx *c, size_t i)
{
	return adjectival_str(c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start);
}

/* Whether w (n bytes) ends as an adjective does. */
static int adjectival_str(const char *w, size_t n)
{
	if (!n)
		return 0;
	pthread_once(&adj_once, adj_index);
	unsigned last = (unsigned char)w[n - 1];
	for (size_t x = adj_first[last]; x < adj_first[last + 1]; x++) {
		size_t k = adj_order[x], el = adj_len[k];
		if (el < n && !memcmp(w + n - el, adj_ends[k], el))
			return 1;
	}
	return 0;
}

static int adjectival(const ctx *c, size_t i)
{
	word_rec *r = word(c, i);
	if (r && (r->have & W_ADJ))
		return r->adj;
	int v = adjectival_(c, i);
	/* Bulgarian nouns of action end in "-ане", "-яне", "-ене"
	 * ("корабоплаване", "опазване"), no adjective's ending there. */
	if (v && c->a->lang[0] == 'b' && c->a->lang[1] == 'g') {
		static const char *const action[] = {"ане", "яне", "ене"};
		v = !ends_in(c, i, action, NELEM(action));
	}
	if (r) {
		r->adj = (uint8_t)v;
		r->have |= W_ADJ;
	}
	return v;
}

/* Prepositions, conjunctions, pronouns, auxiliaries and adverbs of time
 * and degree, in lower case. */
static const char *const function_words[] = {
	"при", "над", "под", "без", "для", "про", "что", "как", "или", "это", "все", "его", "был",
	"она", "они", "със", "към", "през", "ако", "дали", "още", "вече", "може", "щом", "тъй",
	"той", "тя", "те", "ще", "беше", "бяха", "само", "след", "пред", "що", "або", "від", "під",
	"але", "вже", "the", "and", "for", "pod", "nad", "bez", "pro", "ale", "ani", "jak", "lub",
	"czy", "jest", "się", "nie", "oraz", "też", "już", "pri", "brez", "kot", "ali", "ter", "tudi",
	"že", "jen", "již", "aby", "kde", "než", "ako", "pre", "sme", "som", "ktor", "který",
	"która", "który", "które", "jako", "przy", "przez", "podle", "mezi", "među", "međ", "bil",
	"bila", "bilo", "bude", "był", "była", "było", "były", "byli", "będzie", "będą", "jsou", "sú",
	"so", "je", "są", "are", "was",
	"will", "has", "koji", "koja", "koje", "kojeg", "kojega", "kojem", "kojim", "koju", "kojih",
	"kojima", "što", "kao", "će", "neće", "nije", "nisu", "smo", "ste", "sam", "bio", "bili",
	"ker", "kar", "bodo", "bomo", "ima", "imaju",
	/* Slovene and Croatian auxiliaries of the dual and plural ("Policija
	 * sta okrepili"), Czech and Slovak ones. */
	"sta", "bosta", "sva", "bova", "bi", "jsem", "jsme", "jste", "byl", "byla", "bylo",
	"byli", "boli", "bol", "bola",
	/* Prepositions and adverbs of time and degree. */
	"във", "обаче", "относно", "според", "около", "между", "срещу", "заради", "освен", "сега",
	"днес", "вчера", "също", "теперь", "также", "тоже", "уже", "ещё", "еще", "очень", "сейчас",
	"сегодня", "затем", "потом", "лишь", "только", "однако", "против", "после", "перед",
	"через", "тепер", "також", "сьогодні", "вчора", "однак", "проти", "після", "między",
	"teraz", "dziś", "dzisiaj", "wczoraj", "także", "również", "jednak", "przeciw", "wobec",
	"nyní", "dnes", "včera", "také", "však", "proti", "danes", "včeraj", "zdaj", "vendar",
	"danas", "jučer", "sada", "također", "međutim", "protiv",
	/* Adverbs of sequence and the modal verbs ("Predsjednik Komisije
	 * zatim", "Predsjednik Komisije može zatražiti"). */
	"zatim", "potom", "onda", "tada", "sutra", "opet", "još", "već", "nakon", "prije",
	"poslije", "tijekom", "zbog", "može", "mogu", "mora", "moraju", "treba", "nato", "potem",
	"jutri", "lahko", "morajo", "pak", "zítra", "může", "mohou", "musí",
	"zajtra", "môže", "môžu", "musia", "następnie", "jutro", "może", "mogą", "musi", "muszą",
	"может", "могут", "должен", "должна", "должны", "завтра", "можуть", "мусить",
	"повинен", "повинна", "трябва", "могат", "утре",
	/* "If" and the polite "you", capitalised in letters and notices
	 * ("Если Вы заметите ошибку"). */
	"если", "якщо", "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "ваші", "вие",
	/* Conjunctions, prepositions and relative pronouns of three letters
	 * or more, which no name goes on over ("Indijanci ili Meksikanci",
	 * "Sporazumu između dviju zemalja", "Prema riječima"). */
	"ili", "prema", "između", "kroz", "preko", "pored", "oko", "kod", "radi", "unatoč", "usprkos",
	"osim", "umjesto", "nego", "niti", "jer", "kada", "gdje", "dok", "čak",
	"alebo", "medzi", "podľa", "počas", "okrem", "napriek", "voči", "kvôli", "lebo", "pretože",
	"keď", "tiež", "ktorá", "ktoré", "ktorí", "ktorý", "ktorého", "ktorej",
	"nebo", "během", "kromě", "vůči", "kvůli", "protože", "když", "která", "které", "kteří",
	"kterou", "kterého", "zaradi", "čez", "okoli", "kljub", "namesto", "kjer", "oziroma",
	"albo", "według", "podczas", "dla", "przed", "około", "wśród", "zamiast", "mimo", "ponieważ",
	"gdy", "kiedy", "gdzie", "którzy", "której", "którego",
	"вместо", "кроме", "среди", "вокруг", "благодаря", "согласно", "когда", "где", "который",
	"которая", "которые", "которого", "которой", "чтобы", "між", "серед", "крім", "замість",
	"коли", "який", "яка", "які", "якого", "щоб", "сред", "когато", "където", "който", "която",
	"които", "което", "докато",
};

static int fw_has(const char *f, size_t fl);

/* Whether lower-case token i can go on a name ("Палата общин",
 * "Evropské unie"): three letters or more and no preposition,
 * conjunction or pronoun ("Съюза по", "Партията за", "Закона за"). */
static int content_word(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start, chars = 0;
	for (size_t q = 0; q < n; q++)
		chars += ((unsigned char)w[q] & 0xC0) != 0x80;
	if (chars < 3)
		return 0;
	return !fw_has(w, n);
}

/* Short function words ("po", "na", "и", "по") and a few more. */
static const char *const short_words[] = {"po", "na", "za", "do", "od", "w", "z", "i", "a",
						  "o", "u", "że", "to", "je", "se", "si", "ja", "ty",
						  "on", "ona", "ono", "oni", "my", "vy", "wy", "jak",
						  "по", "на", "за", "до", "от", "и", "а", "в", "с", "у",
						  "о", "не", "та", "те", "то", "він", "вона"};

/* Both lists in one open-addressed table of word hashes, built once. */
#define FW_SLOTS 1024
static uint64_t fw_table[FW_SLOTS];
static pthread_once_t fw_once = PTHREAD_ONCE_INIT;

static void fw_add(const char *w)
{
	uint64_t h = h64(w, strlen(w)) | 1;
	size_t q = (size_t)h & (FW_SLOTS - 1);
	while (fw_table[q] && fw_table[q] != h)
		q = (q + 1) & (FW_SLOTS - 1);
	fw_table[q] = h;
}

static void fw_build(void)
{
	_Static_assert(NELEM(function_words) + NELEM(short_words) < FW_SLOTS / 2, "function words fit");
	for (size_t k = 0; k < NELEM(function_words); k++)
		fw_add(function_words[k]);
	for (size_t k = 0; k < NELEM(short_words); k++)
		fw_add(short_words[k]);
}

/* Whether the folded word f (fl bytes) is listed in function_words or
 * short_words. */
static int fw_has(const char *f, size_t fl)
{
	pthread_once(&fw_once, fw_build);
	uint64_t h = h64(f, fl) | 1;
	for (size_t q = (size_t)h & (FW_SLOTS - 1); fw_table[q]; q = (q + 1) & (FW_SLOTS - 1))
		if (fw_table[q] == h)
			return 1;
	return 0;
}

/* Whether token i, folded, is a function word, which no name is however
 * it is written elsewhere ("zobacz więcej Jak zaznaczyła"). */
static int function_word(const ctx *c, size_t i)
{
	/* The longest listed word has 10 letters. */
	if (c->tk[i].end - c->tk[i].start > 24)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	/* English names begin with "The" ("The Sunday Telegraph"). */
	if (fl == 3 && !memcmp(f, "the", 3))
		return 0;
	return fw_has(f, fl);
}

/* Whether token i is an abbreviation of an editors' note, a full stop
 * after it: "ред." (редакция, редакція, редакцията), "прим." (примечание),
 * "red." (redakcja, redakce, redakcija), "przyp." (przypis), "pozn."
 * (poznámka). */
static int editorial_abbreviation(const ctx *c, size_t i)
{
	static const char *const abbr[] = {"ред", "прим", "red", "przyp", "pozn"};
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n > 10 || c->t[c->tk[i].end] != '.')
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return word_listed(abbr, NELEM(abbr), f, fl);
}

static int ends_in(const ctx *c, size_t i, const char *const *ends, size_t nends);

/* Whether token i is the article of a genitive between an institution
 * and its complement where the language has no dictionary: Romanian "a",
 * "al", "ale", "ai" ("Banca Națională a României"), Greek "της", "του",
 * "των" ("Τράπεζα της Ελλάδος"). */
static int genitive_article(const ctx *c, size_t i)
{
	static const char *const arts[] = {"a", "al", "ale", "ai", "της", "του", "των"};
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	return !(c->tk[i].flags & TD_TOK_UPPER) && word_listed(arts, NELEM(arts), w, n) &&
	       (!strcmp(c->a->lang, "ro") || !strcmp(c->a->lang, "el"));
}

static int token_in(const ctx *c, size_t i, size_t l, int whole);

/* English words that qualify an officer's title ("Senior Vice
 * President", "Chief Executive Officer"). */
static const char *const title_quals[] = {"senior", "vice", "executive", "chief", "officer", "assistant",
					  "acting", "interim", "managing", "director", "operating",
					  "financial", "principal"};

/* Whether every word of the run [i, j) is a word of a title: a title of
 * the list or a word that qualifies one (title_quals, "former"). */
static int english_demonym(const ctx *c, size_t i);

static int title_run(const ctx *c, size_t i, size_t j)
{
	static const char *const more[] = {"former"};
	/* A department's field before the office ("Home Secretary",
	 * "Foreign Minister", "Shadow Chancellor"). */
	static const char *const fields[] = {
		"home", "foreign", "health", "defence", "defense", "education", "justice", "interior",
		"culture", "transport", "environment", "business", "trade", "energy", "treasury", "work",
		"pensions", "labour", "labor", "agriculture", "finance", "economy", "shadow", "housing",
		"science", "digital", "development", "security", "communities", "immigration", "brexit",
	};
	int title = 0;
	/* ("The Chief Executive Officer") */
	static const char *const arts[] = {"the", "a", "an", "le", "la", "el", "il", "de", "het"};
	char a0[8];
	size_t al = c->tk[i].end - c->tk[i].start < sizeof(a0) ? tok_fold(c, i, a0, sizeof(a0)) : 0;
	if (al && word_listed(arts, NELEM(arts), a0, al))
		i++;
	/* A country's adjective before the office ("Israeli Prime Minister",
	 * "Israeli President"). */
	if (i + 1 < j && english_demonym(c, i))
		i++;
	for (size_t k = i; k < j; k++) {
		if (c->tk[k].flags & TD_TOK_ALLCAPS)
			return 0;
		char f[WBUF];
		size_t fl = tok_fold(c, k, f, sizeof(f));
		int h = token_in(c, k, L_HONORIFICS, 1);
		if (!h && !word_listed(title_quals, NELEM(title_quals), f, fl) && !word_listed(more, NELEM(more), f, fl) &&
		    !(k + 1 < j && word_listed(fields, NELEM(fields), f, fl)))
			return 0;
		title |= h || (fl == 7 && !memcmp(f, "officer", 7)) || (fl == 8 && !memcmp(f, "director", 8));
	}
	return title;
}

/* Whether the article's language is French, Spanish, Italian or
 * Portuguese. */
static int romance(const ctx *c)
{
	const char *l = c->a->lang;
	return !strcmp(l, "fr") || !strcmp(l, "es") || !strcmp(l, "it") || !strcmp(l, "pt");
}

/* Whether lower-case token i is a definite article between an
 * institution's "of" and its name (French, Spanish "la", "las", "los",
 * "l", Dutch "de", "het"). */
static int name_article(const ctx *c, size_t i)
{
	static const char *const arts[] = {"la", "las", "los", "el", "l", "de", "het", "les"};
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	return !(c->tk[i].flags & TD_TOK_UPPER) && word_listed(arts, NELEM(arts), w, n);
}

/* Whether token i is a Romance definite article ("La", "El", "Il"). */
static int romance_article(const ctx *c, size_t i)
{
	static const char *const arts[] = {"la", "le", "les", "el", "los", "las", "il", "lo", "gli",
					   "o", "a", "os", "as"};
	char f[8];
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n >= sizeof(f))
		return 0;
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return word_listed(arts, NELEM(arts), f, fl);
}

/* Whether token j is a Romance adjective in lower case by its ending
 * ("constitutionnel", "nationale", "europea", "centrale", "supremo"
 * aside: only the endings of relational adjectives). */
static int romance_adjective(const ctx *c, size_t j)
{
	static const char *const ends[] = {
		"al", "ale", "ali", "ales", "aux", "el", "elle", "els", "elles", "ien", "ienne", "iens",
		"iennes", "éen", "éenne", "éens", "ique", "iques", "ico", "ica", "ici", "iche", "icos",
		"icas", "ano", "ana", "ani", "ane", "anos", "anas", "ain", "aine", "ais", "aise", "ese",
		"esi", "esa", "eses", "ense", "enses", "aire", "aires", "ario", "aria", "ari", "arie",
		"eo", "ea", "ei", "ee", "eu", "eia", "iva", "ivo", "ive", "ivi", "if",
	};
	if (!(c->tk[j].flags & TD_TOK_ALPHA) || (c->tk[j].flags & TD_TOK_UPPER) || !content_word(c, j))
		return 0;
	size_t n = c->tk[j].end - c->tk[j].start;
	return n >= 5 && ends_in(c, j, ends, NELEM(ends));
}

/* Whether the dictionary's base form of token j is a verb's infinitive
 * ("utvrdila" -> "utvrditi", "podało" -> "podać", "добивается" ->
 * "добиваться"): where the ending tells it and no common noun shares it.
 * Czech and Slovak infinitives end like many nouns in "-t" ("senát",
 * "rozpočet"), so only their endings that few nouns have count. */
static int infinitive(const ctx *c, size_t j)
{
	static const struct {
		const char *lang, *ends[12];
	} inf[] = {
		{"hr", {"ti", "ći"}},
		{"sr", {"ti", "ći", "ти", "ћи"}},
		{"bs", {"ti", "ći"}},
		{"sl", {"ti", "či"}},
		/* (Polish "-ść", "-źć" and "-c" infinitives of their own:
		 * "zasiąść", "wejść", "kraść", "znaleźć", "móc"; not the
		 * nouns "-ość", "część".) */
		{"pl", {"ać", "eć", "ić", "yć", "ąć", "uć", "ować", "ąść", "jść", "aść", "źć", "óc"}},
		{"cs", {"ovat", "nout", "it", "ít", "ést", "íst", "ět", "out"}},
		{"sk", {"ovať", "núť", "iť", "ať", "ieť", "ýť"}},
		{"ru", {"ать", "ять", "еть", "ить", "ыть", "оть", "ться", "чь", "ти"}}, /* "вырасти", "идти" */
		{"uk", {"ати", "яти", "ити", "іти", "ути", "тися", "ться", "ти"}},
	};
	td__lexinfo L;
	lex(c, j, &L);
	if (!L.lemma || !(L.flags & TD__LEX_DICT))
		return 0;
	size_t n = strlen(L.lemma);
	/* The Czech dictionary stems a past form to its participle
	 * ("uvedlo" -> "uvedl"): an "-l" and the form's one more vowel. */
	if ((!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk")) && n >= 3 && n < WBUF &&
	    L.lemma[n - 1] == 'l' && strchr("aoiy", c->t[c->tk[j].end - 1])) {
		char f1[WBUF], f2[WBUF];
		size_t l1 = tok_fold(c, j, f1, sizeof(f1)), l2 = td_text_fold(L.lemma, n, f2, sizeof(f2));
		if (l1 == l2 + 1 && !memcmp(f1, f2, l2))
			return 1;
	}
	for (size_t k = 0; k < NELEM(inf); k++) {
		if (strcmp(inf[k].lang, c->a->lang))
			continue;
		for (size_t e = 0; e < NELEM(inf[k].ends) && inf[k].ends[e]; e++)
			if (ends_with(L.lemma, n, inf[k].ends[e]))
				return 1;
	}
	return 0;
}

/* Whether token j is a Russian or Ukrainian adverb (or a short neuter
 * adjective) made from an adjective: written in "-о", its dictionary
 * lemma an adjective ("резонно", "тихо": "резонний", "тихий"), not
 * in an adjective's genitive "-ого". No
 * name goes on over one ("в Королівстві резонно зауважують"). */
static int adverb_of_adjective(const ctx *c, size_t j)
{
	static const char *const o[] = {"\xD0\xBE"}; /* "о" */
	static const char *const adj[] = {"ий", "ій", "ый", "ой"};
	/* (not an adjective's genitive: "международного права") */
	static const char *const gen[] = {"ого", "его", "ього"};
	if (!c->cyrillic || (strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk")) || !ends_in(c, j, o, 1) ||
	    ends_in(c, j, gen, NELEM(gen)))
		return 0;
	td__lexinfo L;
	lex(c, j, &L);
	size_t ll = L.lemma ? strlen(L.lemma) : 0;
	for (size_t k = 0; k < NELEM(adj); k++) {
		size_t al = strlen(adj[k]);
		if (ll > al + 2 && !memcmp(L.lemma + ll - al, adj[k], al))
			return 1;
	}
	return 0;
}

/* Whether lower-case token j is a Russian or Ukrainian verb in the past
 * tense: written in "-л", "-ла", "-ло", "-ли" where the "л" is no part
 * of the base form's stem ("спасли", "сообщили", "была"; not "дела" of
 * "дело", "рубли" of "рубль"), or unknown to the dictionary
 * ("произошло"). infinitive() misses those whose base form the
 * dictionary gives as another word ("спасли": "Спас"). */
static int past_verb(const ctx *c, size_t j)
{
	static const char *const ends[] = {"ла", "ло", "ли", "л"};
	if ((strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk")) || !ends_in(c, j, ends, NELEM(ends)))
		return 0;
	td__lexinfo L;
	lex(c, j, &L);
	if (!(L.flags & TD__LEX_DICT))
		return 0;
	if (!(L.flags & TD__LEX_KNOWN))
		return 1;
	if (!L.lemma)
		return 0;
	char f[WBUF], b[WBUF];
	size_t fl = tok_fold(c, j, f, sizeof(f));
	size_t bl = td_text_fold(L.lemma, strlen(L.lemma), b, sizeof(b));
	/* The stem before the "л" ("л" two bytes, the ending's vowel two
	 * more), then whether the base form goes on with that "л". */
	size_t s = fl >= 4 && !memcmp(f + fl - 2, "л", 2) ? fl - 2 : fl - 4;
	if (!(bl >= s + 2 && !memcmp(b, f, s) && !memcmp(b + s, "л", 2)))
		return 1;
	/* Russian past forms the dictionary lists as words of their own:
	 * "произошло", "произошли" under "произошла" or "произошел"; no
	 * noun of a base form in "-л", "-ла" has a form in "-ло", "-ли"
	 * ("стол", "пчела"; Ukrainian has: "школи"). */
	int past_base = bl == s + 2 || (bl == s + 4 && !memcmp(b + s + 2, "а", 2));
	return !strcmp(c->a->lang, "ru") && fl == s + 4 && past_base &&
	       (!memcmp(f + s + 2, "о", 2) || !memcmp(f + s + 2, "и", 2));
}

/* Whether lower-case token j can go on a Slavic name begun by a
 * capitalised common word ("Палата общин", "Európsky parlament"): a
 * content word and no word of the calendar ("Vlade jučer", "Sabor u
 * petak"), no verb and no adverb. */
static int name_goes_on(const ctx *c, size_t j)
{
	if (!(c->tk[j].flags & TD_TOK_ALPHA) || (c->tk[j].flags & TD_TOK_UPPER) || !content_word(c, j) ||
	    infinitive(c, j) || adverb_of_adjective(c, j) || past_verb(c, j))
		return 0;
	/* A word before an infinitive as written is a verb ("može
	 * zatražiti"). */
	if (j + 1 < c->nt && joined(c, j + 1) && (c->tk[j + 1].flags & TD_TOK_ALPHA) &&
	    !(c->tk[j + 1].flags & TD_TOK_UPPER) && infinitive(c, j + 1)) {
		td__lexinfo L;
		lex(c, j + 1, &L);
		char a[WBUF], b[WBUF];
		size_t al = tok_fold(c, j + 1, a, sizeof(a));
		size_t bl = L.lemma ? td_text_fold(L.lemma, strlen(L.lemma), b, sizeof(b)) : 0;
		if (al == bl && !memcmp(a, b, al))
			return 0;
	}
	const td__cue *h[4];
	int n = td__cue_lookup_word(c->t + c->tk[j].start, c->tk[j].end - c->tk[j].start, h, 4);
	for (int k = 0; k < n; k++)
		if (h[k]->kind == TD__K_REL || h[k]->kind == TD__K_WDAY || h[k]->kind == TD__K_MONTH)
			return 0;
	return 1;
}

static int inner_capital(const ctx *c, size_t i);

/* Whether a run of names [i, j) is a firm's by a capital inside a word
 * after the first ("Spirit AeroSystems"), the first word a common word
 * (no given name: "Ron DeSantis", "Betsy DeVos" are persons). */
static int inner_capital_run(const ctx *c, size_t i, size_t j)
{
	td__lexinfo L;
	lex(c, i, &L);
	if (!(L.flags & TD__LEX_LOWER))
		return 0;
	/* Surnames with a particle glued on: "DeMarco", "DiCaprio",
	 * "LaGuardia", "VanHollen", "FitzGerald". */
	static const char *const particles[] = {"De", "Di", "Da", "Du", "Le", "La", "Lo", "Van", "Von",
						"Fitz", "St"};
	for (size_t k = i + 1; k < j; k++) {
		if (!inner_capital(c, k))
			continue;
		const char *w = c->t + c->tk[k].start;
		int particle = 0;
		for (size_t q = 0; q < NELEM(particles) && !particle; q++) {
			size_t pl = strlen(particles[q]);
			particle = c->tk[k].end - c->tk[k].start > pl && !memcmp(w, particles[q], pl) &&
				   w[pl] >= 'A' && w[pl] <= 'Z';
		}
		if (!particle)
			return 1;
	}
	return 0;
}

/* Whether token i has a capital letter after a small one inside it
 * ("YouGov", "BeLeave", "БиБиСи"), apart from Scottish and Irish
 * surnames ("McCarthy", "MacLeod"). */
static int inner_capital(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if ((n > 2 && !memcmp(w, "Mc", 2)) || (n > 3 && !memcmp(w, "Mac", 3)) ||
	    (n > 4 && !memcmp(w, "Мак", 6 < n ? 6 : n)))
		return 0;
	int prev_lower = 0;
	for (size_t k = 0; k < n;) {
		int l;
		uint32_t cp = td_utf8_decode(w + k, n - k, &l);
		if (l <= 0)
			break;
		if (prev_lower && u_isupper((UChar32)cp))
			return 1;
		prev_lower = u_islower((UChar32)cp) != 0;
		k += (size_t)l;
	}
	return 0;
}

/* Whether token i has a capital right after a hyphen inside it
 * ("Альфа-Банк", "Coca-Cola"). */
static int hyphen_capital(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 1; k + 1 < n; k++)
		if (w[k] == '-' && u_isupper((UChar32)td_utf8_decode(w + k + 1, n - k - 1, &(int){0})))
			return 1;
	return 0;
}

/* Whether token i can be a word of a person's name: the dictionary
 * does not know it as a common word. */
static int person_word(const ctx *c, size_t i)
{
	td__lexinfo L;
	lex(c, i, &L);
	return !(L.flags & TD__LEX_LOWER);
}

/* Whether token i is the English "of" or "for": in a text of any
 * language they join the parts of an English name ("Bank of America",
 * "Centre for European Reform" in a Polish text). */
static int english_of(const ctx *c, size_t i)
{
	if (i >= c->nt)
		return 0;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	return (n == 2 && !memcmp(w, "of", 2)) || (n == 3 && !memcmp(w, "for", 3));
}

/* How many words of tokens [i, j), in Latin letters in a text of another
 * language, English knows as common words only ("leave", "service"; not
 * "may" or "green", also names). */
static int english_words(const ctx *c, size_t i, size_t j)
{
	if (j - i < 2 || c->li_latin < 0 || c->li_latin == c->li || !strcmp(c->a->lang, "en"))
		return 0;
	int nw = 0;
	for (size_t k = i; k < j; k++) {
		const char *w = c->t + c->tk[k].start;
		size_t n = c->tk[k].end - c->tk[k].start;
		/* (Capitalised words only: not the particles of a person's
		 * name, "Luis de la Fuente".) */
		if (!is_latin_word(w, n) || (c->tk[k].flags & TD_TOK_ALLCAPS) || !(c->tk[k].flags & TD_TOK_UPPER))
			continue;
		td__lexinfo L;
		if (!c->cyrillic)
			td__lex_lookup(c->li_latin, w, n, &L);
		else
			lex(c, k, &L); /* Latin words of a Cyrillic text: English */
		nw += (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER);
	}
	return nw;
}

/* The end of the words of an English officer's title that open the run
 * [i, j): honorifics, title_quals, "deputy", "general" ("Chief
 * Executive", "Senior Vice President"); i when there are none. */
static size_t english_title_prefix(const ctx *c, size_t i, size_t j)
{
	static const char *const more[] = {"deputy", "general"};
	size_t k = i;
	while (k < j && !(c->tk[k].flags & TD_TOK_ALLCAPS)) {
		char f[WBUF];
		size_t fl = tok_fold(c, k, f, sizeof(f));
		if (!token_in(c, k, L_HONORIFICS, 1) && !word_listed(title_quals, NELEM(title_quals), f, fl) &&
		    !word_listed(more, NELEM(more), f, fl))
			break;
		k++;
	}
	return k;
}

/* Whether capitalised token i is a title or a role before a name
 * ("Ministr Milan Řepka", "Prezydent Andrzej Duda"): a common word of
 * the dictionary that starts like a word for a person's office. */
static int title_word(const ctx *c, size_t i)
{
	if (i + 1 >= c->nt || !(c->tk[i + 1].flags & TD_TOK_UPPER) || adjectival(c, i))
		return 0;
	/* Not before an organisation's head word: "General Motors". */
	if (token_in(c, i + 1, L_ORG_HEADS, 0))
		return 0;
	/* German writes every noun with a capital, and compounds its
	 * offices: "Präsidenten Recep Tayyip Erdogan", "Kremlsprecher Dmitri
	 * Peskow", "Außenministerin Annalena Baerbock". */
	if (c->nouncaps) {
		static const char *const offices[] = {
			"präsident", "präsidenten", "präsidentin", "kanzler", "kanzlerin", "minister",
			"ministerin", "sprecher", "sprecherin", "chef", "chefin", "vorsitzende",
			"vorsitzender", "vorsitzenden", "botschafter", "botschafterin", "sekretär",
			"sekretärin", "bürgermeister", "bürgermeisterin", "regierungschef", "premier",
			"premierminister", "premierministerin", "könig", "königin", "papst", "trainer",
		};
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		for (size_t k = 0; k < NELEM(offices); k++)
			if (ends_with(f, fl, offices[k]))
				return 1;
	}
	/* The word itself ("Ministr") or a form of it that is no
	 * organisation's head word ("Ministerstwo"). */
	if (!token_in(c, i, L_PER_CUES, 1) &&
	    (!token_in(c, i, L_PER_CUES, 0) ||
	     token_in(c, i, L_ORG_HEADS, 0)))
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	/* (Or a role's word itself that the dictionary lacks: the Serbian
	 * "Predsednik" beside the Croatian "predsjednik".) */
	return (L.flags & TD__LEX_LOWER) || (!(L.flags & TD__LEX_KNOWN) && token_in(c, i, L_PER_CUES, 1));
}

/* Whether token j is a top-level domain glued by a dot to the token
 * before it ("BiznesAlert.pl"). */
static int domain_at(const ctx *c, size_t j)
{
	static const char *const tlds[] = {"com", "net", "org", "info", "eu", "ru", "ua", "bg", "pl",
					   "cz", "sk", "si", "hr", "rs", "uk", "de", "fr", "it", "us",
					   "by", "kz", "md", "ro", "hu", "at", "ch", "me", "tv", "news",
					   "online", "рф", "бг", "укр"};
	if (j == 0 || c->tk[j].start != c->tk[j - 1].end + 1 || c->t[c->tk[j - 1].end] != '.')
		return 0;
	char f[16];
	size_t n = c->tk[j].end - c->tk[j].start;
	if (n >= sizeof(f))
		return 0;
	size_t fl = td_text_fold(c->t + c->tk[j].start, n, f, sizeof(f));
	return word_listed(tlds, NELEM(tlds), f, fl);
}

/* Whether token k is "энд" or "енд", English "and" written in Cyrillic. */
static int cyrillic_and(const ctx *c, size_t k)
{
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	return n == 6 && (!memcmp(w, "энд", 6) || !memcmp(w, "енд", 6));
}

/* Whether token i is a particle of a person's name between its
 * capitalised words: Dutch, German, French, Italian, Spanish and
 * Portuguese "van", "von", "de", "der", "ten", "di", "da", "dos" (Serbian
 * "fon": "Ursula fon der Lajen"), Arabic
 * "al", "el", "bin", "ibn", "ul" ("Erik ten Hag", "Ursula von der
 * Leyen", "Bashar al Assad", "Saif ul Malook"), in Cyrillic too; one or
 * two of them, then a capitalised word. Not "da" where it is a word
 * (Slovene, Croatian, Polish; Cyrillic "да" is left out), nor Slovene
 * "ter" ("and": "Tanjo Fajon ter Melanio Trump"), nor an
 * abbreviation ("ul.", street). */
/* The length of the Arabic article or particle in lower case and its
 * hyphen that open the word w (n bytes) before a capitalised name
 * ("аль-Асад", "уль-Малук", "al-Assad", "bin-Salman": 3 to 7 bytes), or
 * 0. */
static size_t particle_prefix(const char *w, size_t n)
{
	static const char *const parts[] = {"al", "el", "ul", "ad", "ar", "as", "ash", "an", "at", "az",
					    "bin", "ibn", "ben", "аль", "ал", "эль", "ель", "уль", "ад",
					    "ар", "ас", "аш", "ан", "ат", "аз", "бин", "ибн", "бен", "ібн"};
	const char *h = memchr(w, '-', n);
	if (!h || h == w || (size_t)(h - w) + 2 > n)
		return 0;
	int l;
	UChar32 cp = (UChar32)td_utf8_decode(h + 1, n - (size_t)(h - w) - 1, &l);
	return u_isupper(cp) && word_listed(parts, NELEM(parts), w, (size_t)(h - w)) ? (size_t)(h - w) + 1 : 0;
}

/* Whether token k, in lower case, is such a particle joined to a name:
 * a word of the name ("Башар аль-Асад", "Саиф уль-Малук"). */
static int hyphen_particle(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	return !(t->flags & TD_TOK_UPPER) && particle_prefix(c->t + t->start, t->end - t->start) > 0;
}

/* Whether token k is the Cyrillic adjective "Roman" of the Pope's
 * title beside the word "Pope" ("Папой Римским", "Римский Папа"). */
static int pope_title(const ctx *c, size_t k)
{
	static const char *const pope[] = {"папа", "папы", "папе", "папу", "папой", "папою", "папі",
					   "папата"};
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	if (!(fl > 10 && (!memcmp(f, "римск", 10) || !memcmp(f, "римськ", 12))))
		return 0;
	for (int d = -1; d <= 1; d += 2) {
		if ((d < 0 && k == 0) || (d > 0 && k + 1 >= c->nt) || !joined(c, d < 0 ? k : k + 1))
			continue;
		fl = tok_fold(c, (size_t)((ptrdiff_t)k + d), f, sizeof(f));
		if (word_listed(pope, NELEM(pope), f, fl))
			return 1;
	}
	return 0;
}

static int name_particle(const ctx *c, size_t i)
{
	static const char *const parts[] = {
		"van", "von", "fon", "de", "der", "den", "ten", "ter", "di", "du", "da", "del", "della",
		"dos", "das", "al", "el", "bin", "ibn", "bint", "ul", "ud", "ван", "фон", "де",
		"дер", "ди", "дю", "дель", "аль", "эль", "ель", "ал", "ибн", "бин", "уль", "ул",
		/* English "and" in a firm's name written in Cyrillic ("Шелл
		 * Эксплорейшн энд Продакшн"): the firm's, see cyrillic_and() */
		"энд", "енд",
	};
	for (int k = 0; k < 2; k++, i++) {
		size_t n = c->tk[i].end - c->tk[i].start, x;
		/* Two to eight bytes: two ASCII letters to four Cyrillic ones. */
		if (n < 2 || n > 8 || i + 1 >= c->nt || (c->tk[i].flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) ||
		    !joined(c, i + 1))
			return 0;
		const char *w = c->t + c->tk[i].start;
		for (x = 0; x < NELEM(parts); x++)
			if (parts[x][0] == w[0] && strlen(parts[x]) == n && !memcmp(parts[x], w, n))
				break;
		/* Spanish and French "de la", "de los" ("Luis de la Fuente"). */
		static const char *const arts[] = {"la", "las", "los"};
		if (x == NELEM(parts) && i > 0 && joined(c, i) && c->tk[i - 1].end - c->tk[i - 1].start == 2 &&
		    !memcmp(c->t + c->tk[i - 1].start, "de", 2) && word_listed(arts, NELEM(arts), w, n) &&
		    romance(c)) {
			const td_token *nx = &c->tk[i + 1];
			return (nx->flags & TD_TOK_UPPER) && !(nx->flags & TD_TOK_ALLCAPS) &&
			       !token_in(c, i + 1, L_ORG_HEADS, 0);
		}
		if (x == NELEM(parts) ||
		    /* Italian and Spanish "al" is "to the" ("Meloni al
		     * Quirinale"). */
		    (!strcmp(parts[x], "al") && (!strcmp(c->a->lang, "it") || !strcmp(c->a->lang, "es"))) ||
		    (!strcmp(parts[x], "da") &&
		     (!strcmp(c->a->lang, "sl") || !strcmp(c->a->lang, "hr") || !strcmp(c->a->lang, "pl"))) ||
		    (!strcmp(parts[x], "ter") && !strcmp(c->a->lang, "sl")) ||
		    c->t[c->tk[i].end] == '.')
			return 0;
		const td_token *nx = &c->tk[i + 1];
		/* Before the head of a body in a Romance language it is the
		 * preposition "of" ("Matteo Salvini della Lega", "Sánchez del
		 * Congreso"). */
		if (romance(c) && token_in(c, i + 1, L_ORG_HEADS, 0))
			return 0;
		if ((nx->flags & TD_TOK_UPPER) && !(nx->flags & TD_TOK_ALLCAPS))
			return 1;
	}
	return 0;
}

/* Whether token i is a Roman numeral ("XVI", "II"). */
static int roman(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n > 6)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!strchr("IVXLC", w[k]))
			return 0;
	return 1;
}

/* Prepositions of place before a name ("в Лахоре", "w Rawalpindi"). */
static const struct {
	const char *lang, *w;
} locatives[] = {
	{"ru", "в"}, {"ru", "во"}, {"ru", "из"}, {"ru", "через"}, {"ru", "на"}, {"uk", "в"}, {"uk", "у"},
	{"uk", "із"}, {"uk", "до"}, {"uk", "на"}, {"bg", "в"}, {"bg", "във"}, {"bg", "до"}, {"bg", "през"},
	{"pl", "w"}, {"pl", "we"}, {"pl", "z"}, {"pl", "ze"}, {"pl", "na"}, {"pl", "do"},
	{"cs", "v"}, {"cs", "ve"}, {"cs", "z"}, {"cs", "ze"}, {"cs", "do"}, {"cs", "na"},
	{"cs", "přes"}, {"sk", "v"}, {"sk", "vo"}, {"sk", "z"}, {"sk", "zo"}, {"sk", "do"},
	{"sk", "na"}, {"sk", "cez"}, {"sl", "v"}, {"sl", "iz"}, {"sl", "na"}, {"sl", "do"},
	{"hr", "u"}, {"hr", "iz"}, {"hr", "na"}, {"hr", "do"}, {"en", "in"}, {"en", "from"},
	{"en", "near"}, {"en", "outside"}, {"de", "in"}, {"de", "aus"}, {"de", "nach"}, {"es", "en"},
	{"it", "in"}, {"fr", "\xC3\xA0"}, {"fr", "en"}, {"pt", "em"}, {"nl", "in"},
};
_Static_assert(NELEM(locatives) <= LANG_ROWS_MAX, "rows_in finds every row");

/* Whether token i (longer than the ending by two bytes) ends in one of ends. */
static int ends_in(const ctx *c, size_t i, const char *const *ends, size_t nends)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 0; k < nends; k++) {
		size_t el = strlen(ends[k]);
		if (el + 2 < n && !memcmp(w + n - el, ends[k], el))
			return 1;
	}
	return 0;
}

/* Instrumental endings of the word after "z", "ze", "s" (Polish and
 * Slovene "z" is "from" with the genitive but "with" with the
 * instrumental: "z Theresą May", "z Mateuszem Morawieckim"). */
static int instrumental(const ctx *c, size_t i)
{
	static const char *const ends[] = {"em", "ą", "im", "ym", "om", "ou", "ím", "ami", "jo"};
	return ends_in(c, i, ends, NELEM(ends));
}

/* Whether token i ends like a locative of the Slavic languages written
 * in Latin letters ("na Wyspach Brytyjskich", "na Starym Kontynencie",
 * "na Morzu Irlandzkim"), which a person's name after "na" is not. */
static int locative_case(const ctx *c, size_t i)
{
	static const char *const ends[] = {"ach", "ech", "ích", "ém", "ím", "im", "ym", "ie", "ě",
					   "ih", "em"};
	return ends_in(c, i, ends, NELEM(ends));
}

/* Whether Cyrillic token i ends like a Russian or Ukrainian locative,
 * the case of a place after "на" ("на Кубани", "на Ямале", "на Дальнем
 * Востоке", "на Закарпатті"), where a person after it is in the
 * accusative ("на Путина", "на Зеленського", "на Юлию", "на Скрипалей"). */
static int cyrillic_locative(const ctx *c, size_t i, size_t j)
{
	/* Nouns; adjectives only before their noun: "на Пискаревском
	 * кладбище" names no place "Пискаревском". */
	static const char *const ru[] = {"е", "и", "ом", "ем", "ой"},
				  *const uk[] = {"і", "ї", "ому", "ій", "ім"};
	size_t nr = j > i + 1 ? NELEM(ru) : 2, nu = j > i + 1 ? NELEM(uk) : 2;
	if (!strcmp(c->a->lang, "ru"))
		return ends_in(c, i, ru, nr) && !ends_in(c, i, (const char *const[]){"ие"}, 1);
	return !strcmp(c->a->lang, "uk") && ends_in(c, i, uk, nu);
}

/* Whether Cyrillic token i ends like the accusative (= genitive) of a
 * masculine person ("Христа", "Путина", "Медведева"). */
static int animate_accusative(const ctx *c, size_t i)
{
	static const char *const ends[] = {"а", "я"};
	return ends_in(c, i, ends, NELEM(ends));
}

/* Whether token i is a preposition of place before the name at i + 1:
 * 1 for "in" ("в", "w", "v", "у"), 2 for one that also governs persons
 * ("na", "do", "z", "из": "do Trumpa", "na Mayovou"). */
static int locative(const ctx *c, size_t i)
{
	const td_token *t = &c->tk[i];
	size_t n = t->end - t->start;
	const char *w = c->t + t->start;
	char low[16];
	/* Capitalised only at the start of a sentence ("V Bruslju so"). */
	if (t->flags & TD_TOK_UPPER) {
		if (!weak_capital(c, i) || (t->flags & TD_TOK_ALLCAPS && n > 2) || n >= sizeof(low))
			return 0;
		n = td_text_fold(w, n, low, sizeof(low));
		w = low;
	}
	static _Thread_local lang_rows rows;
	const lang_rows *lr = ROWS_IN(&rows, c->a->lang, locatives);
	/* The first byte before the length. */
	for (size_t r = 0; r < lr->n; r++) {
		size_t k = lr->row[r];
		if (n && locatives[k].w[0] == w[0] && strlen(locatives[k].w) == n && !memcmp(locatives[k].w, w, n)) {
			if (w[0] == 'z' && i + 1 < c->nt && instrumental(c, i + 1))
				return 0;
			/* "v", "ve", "w", "we", "u", "vo" and these. */
			static const char *const place_only[] = {"в", "във", "у", "во", "in", "near", "outside", "en"};
			const char *lw = locatives[k].w;
			int in = (n <= 2 && (w[0] == 'v' || w[0] == 'w' || w[0] == 'u')) ||
				 word_listed(place_only, NELEM(place_only), lw, strlen(lw));
			return in ? 1 : 2;
		}
	}
	return 0;
}

/* German: whether a preposition of place governs token i: it stands
 * right before it ("in Hamburg"), or before a listed place of one word
 * that "und", "oder" or "sowie" joins to it ("in München und Hamburg"). */
static int de_place_cued(const ctx *c, size_t i)
{
	static const char *const ands[] = {"und", "oder", "sowie"};
	if (i > 0 && joined(c, i) && locative(c, i - 1))
		return 1;
	if (i < 3 || !joined(c, i) || !joined(c, i - 1) || !joined(c, i - 2) || !locative(c, i - 3))
		return 0;
	char f[8];
	size_t al = tok_fold(c, i - 1, f, sizeof(f)), gl;
	if (!word_listed(ands, NELEM(ands), f, al))
		return 0;
	td__lexinfo L2;
	lex(c, i - 2, &L2);
	const td__gaz *g2 = gaz_at_all(c, i - 2, &gl, &L2);
	return g2 && gl == 1 && g2->type == TD_ENT_LOC;
}

/* Whether token i, matched by its stem to the country g, names its
 * inhabitants ("Rumuni", "Češi", "Rusi", "Bułgarów" match Romania,
 * Czechia, Russia, Bulgaria): the dictionary gives a proper lemma of
 * the word ending in a consonant ("Rumun", "Čech", "Rus": persons;
 * countries end in a vowel, or are the listed name) and the word ends
 * like a plural of persons in the language. Latin-script Slavic
 * languages only: the Cyrillic ones write inhabitants in lower case. */
static int persons_form(const ctx *c, size_t i, const td__lexinfo *L)
{
	static const struct {
		const char *lang, *end;
	} ends[] = {
		{"pl", "cy"}, {"pl", "zy"}, {"pl", "anie"}, {"pl", "owie"}, {"pl", "ów"}, {"pl", "om"},
		{"pl", "ami"}, {"pl", "ach"}, {"pl", "i"}, {"cs", "ové"}, {"cs", "é"}, {"cs", "i"},
		{"cs", "ů"}, {"cs", "ům"}, {"cs", "y"}, {"cs", "ech"}, {"sk", "i"}, {"sk", "ov"},
		{"sk", "mi"}, {"sl", "i"}, {"sl", "ov"}, {"sl", "om"}, {"hr", "i"}, {"hr", "a"},
		{"hr", "ima"},
	};
	if (c->cyrillic || !(L->flags & TD__LEX_PROPER) || (L->flags & TD__LEX_SELF) || !L->lemma ||
	    (c->tk[i].flags & TD_TOK_ALLCAPS))
		return 0;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start, e;
	for (e = 0; e < NELEM(ends); e++) {
		if (!same_lang(ends[e].lang, c->a->lang))
			continue;
		size_t el = strlen(ends[e].end);
		if (n > el + 2 && !memcmp(w + n - el, ends[e].end, el) &&
		    !(ends[e].end[0] == 'i' && !ends[e].end[1] && (w[n - 2] == 'i' || w[n - 2] == 'j')))
			break;
	}
	if (e == NELEM(ends))
		return 0;
	char a[WBUF];
	size_t al = td_text_fold(L->lemma, strlen(L->lemma), a, sizeof(a));
	size_t k = al ? al - 1 : 0;
	while (k > 0 && ((unsigned char)a[k] & 0xC0) == 0x80)
		k--;
	return al >= 3 && !vowel_end(a + k, al - k);
}

static int inhabitants(const ctx *c, size_t i, const td__gaz *g, const td__lexinfo *L)
{
	/* Not a place after "w", "v" ("w Ghanie"), nor a name before a
	 * surname ("Fransem Timmermansem"). */
	if (!persons_form(c, i, L) || (i > 0 && locative(c, i - 1) == 1) ||
	    (i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER)))
		return 0;
	/* Nor an adjective capitalised inside a sentence: it opens a name
	 * ("Українська призма", "Українська правда"); a noun of the people
	 * is written so, an adjective only at a sentence's start. */
	if (!(c->tk[i].flags & TD_TOK_SENT_START) && adjectival(c, i))
		return 0;
	char a[WBUF], b[WBUF];
	size_t al = td_text_fold(L->lemma, strlen(L->lemma), a, sizeof(a));
	/* ... unless the lemma is a listed name of the place itself (a
	 * listed noun of its people confirms the reading). */
	for (; g; g = td__gaz_next(g)) {
		size_t bl = td_text_fold(g->lemma, strlen(g->lemma), b, sizeof(b));
		if (g->type != TD_ENT_PER && al == bl && !memcmp(a, b, al))
			return 0;
	}
	return 1;
}

/* Whether token j is Bulgarian "на" (English "of") before a country or
 * a region that completes an institution's name ("Върховният съд на
 * Пакистан"); *len is set to the country's length in tokens. The other
 * Slavic languages use the genitive, matched without a preposition. */
static int of_country(const ctx *c, size_t j, size_t *len)
{
	const char *w = c->t + c->tk[j].start;
	size_t n = c->tk[j].end - c->tk[j].start;
	if (!((!strcmp(c->a->lang, "bg") && n == 4 && !memcmp(w, "на", 4)) ||
	      (!strcmp(c->a->lang, "en") && n == 2 && !memcmp(w, "of", 2))) ||
	    !joined(c, j) || !joined(c, j + 1) || !(c->tk[j + 1].flags & TD_TOK_UPPER))
		return 0;
	td__lexinfo L;
	lex(c, j + 1, &L);
	const td__gaz *g = gaz_at(c, j + 1, len, &L);
	return g && g->type == TD_ENT_LOC && (!strncmp(g->key, "gpe:", 4) || !strncmp(g->key, "reg:", 4));
}

/* Whether a country's name (of the gazetteer) starts at token j, joined
 * to the word before it; *len its words. */
static int country_at(const ctx *c, size_t j, size_t *len)
{
	if (!joined(c, j) || !(c->tk[j].flags & TD_TOK_UPPER))
		return 0;
	td__lexinfo L;
	lex(c, j, &L);
	const td__gaz *g = gaz_at(c, j, len, &L);
	return g && g->type == TD_ENT_LOC && !strncmp(g->key, "gpe:", 4);
}

/* Whether the dictionary knows token k as a name only. */
static int proper_only(const ctx *c, size_t k)
{
	td__lexinfo L;
	lex(c, k, &L);
	return (L.flags & TD__LEX_PROPER) && !(L.flags & TD__LEX_LOWER);
}

/* The name of a place that the place's name at tokens [i, i + len)
 * makes with an abbreviated quarter after it ("Irlandia Płn." is
 * Northern Ireland, "Korea Płd." South Korea), or NULL. */
static const td__gaz *quarter(const ctx *c, size_t i, size_t len)
{
	static const struct {
		const char *lang, *abbr, *word;
	} q[] = {
		{"pl", "Płn", "północna"}, {"pl", "Płd", "południowa"}, {"pl", "Wsch", "wschodnia"},
		{"pl", "Zach", "zachodnia"}, {"cs", "Sev", "severní"}, {"cs", "Již", "jižní"},
		{"sk", "Sev", "severná"}, {"sk", "Juž", "južná"}, {"ru", "Сев", "северная"},
		{"ru", "Южн", "южная"}, {"uk", "Півн", "північна"}, {"uk", "Півд", "південна"},
		{"bg", "Сев", "северна"}, {"bg", "Юж", "южна"},
	};
	size_t j = i + len;
	if (j >= c->nt || !joined(c, j) || c->tk[j].end >= c->a->text_len || c->t[c->tk[j].end] != '.')
		return NULL;
	const char *w = c->t + c->tk[j].start;
	size_t n = c->tk[j].end - c->tk[j].start;
	for (size_t k = 0; k < NELEM(q); k++) {
		if (!same_lang(q[k].lang, c->a->lang) || strlen(q[k].abbr) != n || memcmp(q[k].abbr, w, n))
			continue;
		char seq[WBUF * 2];
		size_t sl = 0;
		for (size_t x = i; x < j; x++) {
			size_t tl;
			const char *st = tok_stem(c, x, &tl);
			if (sl + tl + 2 >= sizeof(seq))
				return NULL;
			memcpy(seq + sl, st, tl);
			sl += tl;
			seq[sl++] = ' ';
		}
		sl += td__name_stem(q[k].word, strlen(q[k].word), seq + sl, sizeof(seq) - sl);
		int more, lower;
		return td__gaz_find(seq, sl, &more, &lower);
	}
	return NULL;
}

/* Whether token i, folded, is one of the listed names of g's chain but
 * for an ending of at most slack letters on either side (0: the name
 * itself, case aside). */
static int listed_within(const ctx *c, size_t i, const td__gaz *g, size_t slack)
{
	char a[WBUF], b[WBUF];
	size_t al = tok_fold(c, i, a, sizeof(a));
	size_t an = nchars_(a, al);
	for (; g; g = td__gaz_next(g)) {
		size_t bl = td_text_fold(g->lemma, strlen(g->lemma), b, sizeof(b));
		size_t bn = nchars_(b, bl), x = 0;
		while (x < al && x < bl && a[x] == b[x])
			x++;
		/* (Whole letters: "и" and "о" share their first byte.) */
		while (x > 0 && x < al && ((unsigned char)a[x] & 0xC0) == 0x80)
			x--;
		/* All letters shared but the last slack ones of either. */
		if (an - nchars_(a, x) <= slack && bn - nchars_(b, x) <= slack)
			return 1;
	}
	return 0;
}

/* Whether token i is the base form of a common word (the dictionary's
 * lemma is the word itself) that is none of g's names: "Газ" (gas) at a
 * sentence's start is no form of "Газа" (Gaza). */
static int common_base_form(const ctx *c, size_t i, const td__lexinfo *L, const td__gaz *g)
{
	if (!L->lemma)
		return 0;
	char a[WBUF], b[WBUF];
	size_t al = tok_fold(c, i, a, sizeof(a));
	size_t bl = td_text_fold(L->lemma, strlen(L->lemma), b, sizeof(b));
	if (al != bl || memcmp(a, b, al))
		return 0;
	for (; g; g = td__gaz_next(g)) {
		bl = td_text_fold(g->lemma, strlen(g->lemma), b, sizeof(b));
		if (al == bl && !memcmp(a, b, al))
			return 0;
	}
	return 1;
}

/* listed_within() but for a one-letter ending ("Unii", "Unia"). */
static int listed_form(const ctx *c, size_t i, const td__gaz *g)
{
	return listed_within(c, i, g, 1);
}

/* Whether tokens [i, j) are words of a person's name as far as the
 * dictionaries tell: none a common word in lower case, none the head of
 * an organisation. */
static int plain_name_words(const ctx *c, size_t i, size_t j)
{
	for (size_t k = i; k < j; k++) {
		td__lexinfo L;
		lex(c, k, &L);
		if (((L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER)) || token_in(c, k, L_ORG_HEADS, 0))
			return 0;
	}
	return 1;
}

/* ---- candidates ------------------------------------------------------ */

/* Whether capitalised token i can start or continue a name. At the start
 * of a sentence a word the dictionary knows in lower case is a name only
 * when the article also capitalises it mid-sentence. */
static int name_token_(const ctx *c, size_t i, const td__lexinfo *L);
static int proper_over_oblique(const ctx *c, size_t i, const td__lexinfo *L);

/* Sets of the article's words for questions asked of many words: the
 * first LAZY_SCANS questions scan the tokens, the next one builds the
 * set (then each costs a hash), so that a long article is not scanned
 * once per word and a short one pays for no set. Hash sets of h64()
 * values in the arena, 2 * nt slots at least. */
#define LAZY_SCANS 8

/* A set of words that knows those added twice or more: asked whether
 * another token than the asker has a word, it answers from the second
 * set when the asker's own word was added too. */
struct twice_set {
	uint64_t *once, *twice;
};

struct lazy_sets {
	uint64_t *alone;  /* stems of capitalised words written alone (alone_elsewhere()) */
	uint64_t *pairs;  /* two capitalised words side by side, folded (named_with()) */
	uint64_t *lower;  /* words written without a capital */
	struct twice_set after;  /* words right after a capitalised word (followed()) */
	struct twice_set safter; /* the same of capitalised words' stems */
	size_t cap;
	unsigned nlower, nafter, nsafter; /* questions so far */
	/* month_after_name_elsewhere()'s answers by the month's word (a
	 * hash of it, and 1 + the answer) */
	uint64_t month_h[16];
	uint8_t month_r[16];
	unsigned nmonth;
};

/* Allocates t's two sets of cap slots; 0 without memory. */
static int twice_alloc(const ctx *c, struct twice_set *t, size_t cap)
{
	return (t->once = td_arena_calloc(c->ar, cap * sizeof(uint64_t))) &&
	       (t->twice = td_arena_calloc(c->ar, cap * sizeof(uint64_t)));
}

static void twice_add(struct twice_set *t, size_t cap, const char *s, size_t n)
{
	if (hset_has(t->once, cap, s, n))
		hset_add(t->twice, cap, s, n);
	else
		hset_add(t->once, cap, s, n);
}

/* Whether a token other than the asker has word s; self: the asker's
 * own word was added. */
static int twice_other(const struct twice_set *t, size_t cap, const char *s, size_t n, int self)
{
	return hset_has(self ? t->twice : t->once, cap, s, n);
}

static size_t lazy_cap(const ctx *c)
{
	if (!c->lz->cap) {
		c->lz->cap = table_cap(c->nt);
	}
	return c->lz->cap;
}

/* Whether token k follows a capitalised word that is no weekday or month
 * starting a sentence. */
static int followed(const ctx *c, size_t k)
{
	return k > 0 && joined(c, k) && (c->tk[k - 1].flags & TD_TOK_UPPER) &&
	       !(c->tk[k - 1].flags & TD_TOK_SENT_START && tok_calendar(c, k - 1));
}

/* Whether a word of token i's stem follows a capitalised word somewhere
 * in the article, in any case ("Volodimir Zelenski" ... "Zelenskega").
 * A scan: asked of rare words only. */
static int surname_stem_elsewhere(const ctx *c, size_t i)
{
	size_t sl;
	const char *st = tok_stem(c, i, &sl);
	char s[WBUF];
	if (!sl || sl >= sizeof(s))
		return 0;
	memcpy(s, st, sl);
	/* Asked often (a long text), a set answers. */
	struct lazy_sets *z = c->lz;
	if (z->nsafter++ >= LAZY_SCANS && !z->safter.once && twice_alloc(c, &z->safter, lazy_cap(c)))
		for (size_t k = 1; k < c->nt; k++)
			if (followed(c, k) && (c->tk[k].flags & TD_TOK_UPPER)) {
				size_t kl;
				const char *ks = tok_stem(c, k, &kl);
				if (kl)
					twice_add(&z->safter, z->cap, ks, kl);
			}
	if (z->safter.twice)
		return twice_other(&z->safter, z->cap, s, sl, followed(c, i) && (c->tk[i].flags & TD_TOK_UPPER));
	for (size_t k = 1; k < c->nt; k++) {
		if (k == i || !followed(c, k) || !(c->tk[k].flags & TD_TOK_UPPER))
			continue;
		size_t kl;
		const char *ks = tok_stem(c, k, &kl);
		if (kl == sl && !memcmp(ks, s, sl))
			return 1;
	}
	return 0;
}

/* Whether the word of token i follows a capitalised word somewhere in
 * the article. */
static int surname_elsewhere(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	struct lazy_sets *z = c->lz;
	if (z->nafter++ >= LAZY_SCANS && !z->after.once && twice_alloc(c, &z->after, lazy_cap(c)))
		for (size_t k = 1; k < c->nt; k++)
			if (followed(c, k))
				twice_add(&z->after, z->cap, c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start);
	if (z->after.twice)
		return twice_other(&z->after, z->cap, w, n, followed(c, i));
	for (size_t k = 1; k < c->nt; k++)
		if (k != i && c->tk[k].end - c->tk[k].start == n && !memcmp(c->t + c->tk[k].start, w, n) &&
		    followed(c, k))
			return 1;
	return 0;
}

static int census_given(const ctx *c, size_t i);

/* Whether token k follows the first word of a sentence that is a common
 * word and no first name, capitalised by the sentence only ("In August",
 * not "Jack Straw"). */
static int after_sentence_word(const ctx *c, size_t k)
{
	if (k == 0 || !(c->tk[k - 1].flags & TD_TOK_SENT_START))
		return 0;
	td__lexinfo L;
	lex(c, k - 1, &L);
	return (L.flags & TD__LEX_LOWER) && !census_given(c, k - 1);
}

/* Whether the month's name of token i follows a capitalised word
 * elsewhere in the article that is no sentence's common first word
 * ("Theresa May ... May said"; not "In August ... in August"). Months
 * are rare: a scan. */
static int month_after_name_elsewhere(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	/* (Asked where token i itself follows no such word, so one answer
	 * per word: a long text writes its months many times.) */
	struct lazy_sets *z = c->lz;
	uint64_t h = h64(w, n);
	for (unsigned q = 0; q < z->nmonth; q++)
		if (z->month_h[q] == h)
			return z->month_r[q] - 1;
	int r = 0;
	for (size_t k = 1; k < c->nt && !r; k++)
		if (k != i && c->tk[k].end - c->tk[k].start == n && !memcmp(c->t + c->tk[k].start, w, n) &&
		    followed(c, k) && !after_sentence_word(c, k))
			r = 1;
	if (z->nmonth < 16) {
		z->month_h[z->nmonth] = h;
		z->month_r[z->nmonth++] = (uint8_t)(1 + r);
	}
	return r;
}

/* The end of a name's text [start, end) that opens a quotation mark
 * inside it and does not close it ("Информационна агенция "Фокус"):
 * past the closing mark right after it, if there is one. */
static uint32_t close_quote(const char *t, size_t len, uint32_t start, uint32_t end)
{
	/* By bytes: '"', U+00AB/BB (C2 AB, C2 BB), U+201E/1C/1D (E2 80 9E,
	 * 9C, 9D). */
	int ascii = 0, guil = 0, low = 0;
	const unsigned char *u = (const unsigned char *)t;
	for (uint32_t k = start; k < end; k++) {
		unsigned b = u[k];
		if (b < 0x80) {
			ascii += b == '"';
			continue;
		}
		if (k > start && u[k - 1] == 0xC2)
			guil += b == 0xAB ? 1 : b == 0xBB ? -1 : 0;
		else if (k > start + 1 && u[k - 1] == 0x80 && u[k - 2] == 0xE2)
			low += b == 0x9E ? 1 : (b == 0x9C || b == 0x9D) ? -1 : 0;
	}
	if (!ascii && !guil && !low)
		return end;
	if (end >= len)
		return end;
	int l;
	uint32_t next = td_utf8_decode(t + end, len - end, &l);
	if ((ascii % 2 && next == '"') || (guil > 0 && next == 0xBB) ||
	    (low > 0 && (next == 0x201C || next == 0x201D)))
		return end + (uint32_t)l;
	return end;
}

/* Folded lemmas for cmp_folded() (short_forms() of one thread). */
static _Thread_local char **sf_f;
static _Thread_local size_t *sf_fl;

/* Orders indices into sf_f by their strings, bytewise. */
static int cmp_folded(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	size_t m = sf_fl[x] < sf_fl[y] ? sf_fl[x] : sf_fl[y];
	int d = memcmp(sf_f[x], sf_f[y], m);
	if (d)
		return d;
	return sf_fl[x] < sf_fl[y] ? -1 : sf_fl[x] > sf_fl[y] ? 1 : (x < y ? -1 : x > y);
}

/* An organisation named short where the article also names it in full,
 * its short name and more ("Верховный суд" and "Верховный суд
 * Пакистана", "МИД" and "МИД Великобритании"), is that organisation:
 * the short mentions take the full one's key, when the article extends
 * the short name in one way only. */
/* A country's name that is also a state of another country ("Georgia")
 * is the state where the article names that other country or another of
 * its states ("Georgia" with "Pennsylvania" or "USA"), in the spellings
 * the two share; the country's own names ("Грузия", "Gruzja", "Gruzie")
 * stay the country. */
static void ambiguous_places(td_entity *e, size_t n)
{
	static const struct {
		const char *key, *state, *country, *states;
		const char *stems[4];
	} amb[] = {
		{"gpe:ge", "sub:us-ga", "gpe:us", "sub:us-", {"georg", "géorg", "džordž", "джордж"}},
	};
	for (size_t a = 0; a < NELEM(amb); a++) {
		int named = 0, other = 0;
		size_t sl = strlen(amb[a].states);
		for (size_t k = 0; k < n; k++) {
			named |= !strcmp(e[k].key, amb[a].key);
			other |= !strcmp(e[k].key, amb[a].country) ||
				 (!strncmp(e[k].key, amb[a].states, sl) && strcmp(e[k].key, amb[a].state));
		}
		if (!other)
			continue;
		for (size_t k = 0; k < n && named; k++) {
			if (strcmp(e[k].key, amb[a].key))
				continue;
			char f[WBUF];
			size_t fl = td_text_fold(e[k].lemma, strlen(e[k].lemma), f, sizeof(f));
			for (size_t q = 0; q < NELEM(amb[a].stems); q++) {
				size_t ql = strlen(amb[a].stems[q]);
				if (fl >= ql && !memcmp(f, amb[a].stems[q], ql)) {
					e[k].key = amb[a].state;
					break;
				}
			}
		}
	}
}

/* Writes s (n bytes) into out (cap bytes, NUL-terminated) with its first
 * letter in upper case when upper is set, else in lower case; returns
 * the length, 0 when it does not fit. */
static size_t recased(const char *s, size_t n, int upper, char *out, size_t cap)
{
	int l;
	uint32_t cp = td_utf8_decode(s, n, &l);
	char b[8];
	int el = td_utf8_encode((uint32_t)(upper ? u_toupper((UChar32)cp) : u_tolower((UChar32)cp)), b);
	if (l <= 0 || (size_t)l > n || (size_t)el + n - (size_t)l >= cap)
		return 0;
	memcpy(out, b, (size_t)el);
	memcpy(out + el, s + l, n - (size_t)l);
	out[(size_t)el + n - (size_t)l] = 0;
	return (size_t)el + n - (size_t)l;
}

/* The base form of capitalised token i read as the common noun it also is
 * (an organisation's word the dictionary lists as a name too: Polish
 * "Komisji", lemma "Komisji" as a name, "komisja" as a noun), with its
 * capital: "Komisja". NULL when the dictionary has no such reading (the
 * mention's lemma is then made as for any name) or out of memory. */
static char *common_head_lemma(ctx *c, size_t i)
{
	char f[WBUF], out[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	td__lexinfo L;
	/* (A Latin word of a Cyrillic text: the English dictionary's.) */
	int li = dict_for(c, f, fl);
	if (li < 0)
		return NULL;
	td__lex_lookup(li, f, fl, &L);
	if (!(L.flags & TD__LEX_KNOWN) || !L.lemma)
		return NULL;
	size_t ol = recased(L.lemma, strlen(L.lemma), 1, out, sizeof(out));
	return ol ? td_arena_strndup(c->ar, out, ol) : NULL;
}

/* A lone word that is the noun of an organisation's two-word name the
 * article gives ("Komisja Europejska ... Komisji", "Европейская
 * комиссия ... Комиссии", "Верховный суд ... Суда"): that organisation,
 * when one such name has it. Word stems compare, so that the noun's
 * case does not matter. */
static int head_short_forms(td_entity *e, size_t n, td_arena *ar)
{
	enum { MAXF = 32 };
	char st[MAXF][2][WBUF];
	size_t sl[MAXF][2];
	const char *key[MAXF], *lemma[MAXF];
	size_t nf = 0;
	for (size_t i = 0; i < n && nf < MAXF; i++) {
		const char *sp = strchr(e[i].lemma, ' ');
		if (e[i].type != TD_ENT_ORG || !sp || strchr(sp + 1, ' ') || !strchr(e[i].key, ':'))
			continue;
		sl[nf][0] = td__name_stem(e[i].lemma, (size_t)(sp - e[i].lemma), st[nf][0], WBUF);
		sl[nf][1] = td__name_stem(sp + 1, strlen(sp + 1), st[nf][1], WBUF);
		lemma[nf] = e[i].lemma;
		key[nf++] = e[i].key;
	}
	for (size_t i = 0; i < n && nf; i++) {
		if (e[i].type != TD_ENT_ORG || strchr(e[i].lemma, ' ') || strchr(e[i].key, ':'))
			continue;
		char s1[WBUF];
		size_t l1 = td__name_stem(e[i].lemma, strlen(e[i].lemma), s1, sizeof(s1));
		const char *found = NULL, *word = NULL;
		size_t wl = 0;
		int several = 0;
		for (size_t x = 0; x < nf && !several; x++)
			for (int w = 0; w < 2; w++)
				if (l1 >= 4 && sl[x][w] == l1 && !memcmp(st[x][w], s1, l1)) {
					several = found && strcmp(found, key[x]);
					found = key[x];
					const char *sp = strchr(lemma[x], ' ');
					word = w ? sp + 1 : lemma[x];
					wl = w ? strlen(sp + 1) : (size_t)(sp - lemma[x]);
				}
		if (!found || several)
			continue;
		e[i].key = found;
		/* The base form is the noun's in the name, capitalised as the
		 * word is ("Komisji" -> "Komisja", "Комиссии" -> "Комиссия"). */
		char b[WBUF];
		size_t bl = recased(word, wl, td_text_is_upper_initial(e[i].text, strlen(e[i].text)), b,
				    sizeof(b));
		if (!bl)
			continue;
		char *lm = td_arena_strndup(ar, b, bl);
		if (!lm)
			return TD_ERR_NOMEM;
		e[i].lemma = lm;
	}
	return 0;
}

static int short_forms(td_entity *e, size_t n, td_arena *ar)
{
	/* Nothing to do without a full name of several words. */
	size_t full = 0;
	for (size_t i = 0; i < n && !full; i++)
		full = e[i].type == TD_ENT_ORG && strchr(e[i].lemma, ' ') != NULL;
	if (!full)
		return 0;
	/* The organisations' lemmas, folded once. */
	size_t *ix = td_arena_alloc(ar, (n ? n : 1) * sizeof(size_t)), k = 0;
	char **f = td_arena_alloc(ar, (n ? n : 1) * sizeof(char *));
	size_t *fl = td_arena_alloc(ar, (n ? n : 1) * sizeof(size_t));
	if (!ix || !f || !fl)
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < n; i++) {
		if (e[i].type != TD_ENT_ORG)
			continue;
		char b[WBUF];
		size_t bl = td_text_fold(e[i].lemma, strlen(e[i].lemma), b, sizeof(b));
		if (!bl || bl + 2 >= sizeof(b) || !(f[k] = td_arena_strndup(ar, b, bl)))
			continue;
		fl[k] = bl;
		ix[k++] = i;
	}
	/* The folded lemmas in order: the longer names of a short one
	 * ("мид великобритании" of "мид") follow it in one run. */
	size_t *srt = td_arena_alloc(ar, (k ? k : 1) * sizeof(size_t));
	if (!srt)
		return TD_ERR_NOMEM;
	for (size_t x = 0; x < k; x++)
		srt[x] = x;
	sf_f = f;
	sf_fl = fl;
	qsort(srt, k, sizeof(size_t), cmp_folded);
	/* Each name's first place in that order, and per run of one name
	 * the answer for the key it had (a long article repeats names). */
	size_t *first = td_arena_alloc(ar, (k ? k : 1) * sizeof(size_t));
	const char **memo_in = td_arena_calloc(ar, (k ? k : 1) * sizeof(char *));
	const char **memo_out = td_arena_alloc(ar, (k ? k : 1) * sizeof(char *));
	if (!first || !memo_in || !memo_out)
		return TD_ERR_NOMEM;
	for (size_t r = 0; r < k; r++) {
		size_t y = srt[r], p = r ? srt[r - 1] : y;
		first[y] = r && fl[p] == fl[y] && !memcmp(f[p], f[y], fl[y]) ? first[p] : r;
	}
	for (size_t x = 0; x < k; x++) {
		td_entity *s = &e[ix[x]];
		size_t g = first[x];
		if (memo_in[g] && !strcmp(memo_in[g], s->key)) {
			if (memo_out[g])
				s->key = memo_out[g];
			continue;
		}
		memo_in[g] = s->key;
		memo_out[g] = NULL;
		const char *key = NULL;
		int several = 0;
		/* The first name that starts with f[x] and a space. */
		size_t lo = 0, hi = k;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2, y = srt[mid];
			size_t m = fl[y] < fl[x] + 1 ? fl[y] : fl[x] + 1;
			int d = memcmp(f[y], f[x], m < fl[x] ? m : fl[x]);
			if (!d && m > fl[x])
				d = (unsigned char)f[y][fl[x]] - (unsigned char)' ';
			if (!d && fl[y] < fl[x] + 1)
				d = -1;
			if (d < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t r = lo; r < k && !several; r++) {
			size_t y = srt[r];
			if (fl[y] <= fl[x] + 1 || f[y][fl[x]] != ' ' || memcmp(f[x], f[y], fl[x]))
				break;
			const td_entity *l = &e[ix[y]];
			if (!strcmp(l->key, s->key))
				continue;
			/* (Two listed bodies stay two: "Газпрома" beside
			 * "Газпром нефти"; a body and the same body of a
			 * country are one: "МИД", "МИД Великобритании".) */
			size_t sk = strlen(s->key);
			if (strchr(s->key, ':') && strchr(l->key, ':') &&
			    (strncmp(l->key, s->key, sk) || l->key[sk] != '@'))
				continue;
			if (key && strcmp(key, l->key))
				several = 1;
			key = l->key;
		}
		if (key && !several)
			s->key = memo_out[g] = key;
	}
	return 0;
}

/* A map of (hash, entity index) allocated on first use: puts j under h
 * unless h is there (the first one wins). Returns 0 or TD_ERR_NOMEM. */
static int index_put(td_arena *ar, uint64_t **hk, uint32_t **ix, size_t cap, uint64_t h, uint32_t j)
{
	if (!*hk) {
		*hk = td_arena_calloc(ar, cap * sizeof(uint64_t));
		*ix = td_arena_alloc(ar, cap * sizeof(uint32_t));
		if (!*hk || !*ix)
			return TD_ERR_NOMEM;
	}
	size_t q = hslot(*hk, cap, h);
	if (!(*hk)[q]) {
		(*hk)[q] = h;
		(*ix)[q] = j;
	}
	return 0;
}

/* A surname written alone as the article writes it after the first name
 * takes the base form of the full name's last word ("Janez Janša ...
 * Janša": "Janša", where the dictionary alone reads a genitive of "Janš";
 * "Бориса Джонсона ... Джонсона"): the same person (key) in the same form,
 * and the full name's case is read from two words. */
/* The hash of a person's key and a word of the name. */
static uint64_t person_word_hash(const char *key, const char *w)
{
	return (h64(key, strlen(key)) * 31 + h64(w, strlen(w))) | 1;
}

static int lone_surnames(td_entity *e, size_t n, td_arena *ar)
{
	/* The persons named in full, by key and surface last word: a map of
	 * (hash, entity index), the first such name wins. */
	size_t cap = table_cap(n);
	uint64_t *hk = NULL;
	uint32_t *ix = NULL;
	for (size_t j = 0; j < n; j++) {
		const char *sp = strrchr(e[j].text, ' ');
		if (e[j].type != TD_ENT_PER || !sp || !strrchr(e[j].lemma, ' '))
			continue;
		if (index_put(ar, &hk, &ix, cap, person_word_hash(e[j].key, sp + 1), (uint32_t)j) < 0)
			return TD_ERR_NOMEM;
	}
	if (!hk)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (e[i].type != TD_ENT_PER || strchr(e[i].text, ' '))
			continue;
		size_t q = hslot(hk, cap, person_word_hash(e[i].key, e[i].text));
		if (!hk[q])
			continue;
		const td_entity *f = &e[ix[q]];
		const char *sp = strrchr(f->text, ' ');
		if (strcmp(f->key, e[i].key) || strcmp(sp + 1, e[i].text))
			continue; /* a collision of hashes */
		e[i].lemma = strrchr(f->lemma, ' ') + 1;
	}
	return 0;
}

/* The last word of a name. */
static const char *last_word(const char *s)
{
	const char *sp = strrchr(s, ' ');
	return sp ? sp + 1 : s;
}

/* The words of a name. */
static size_t words_in(const char *s)
{
	size_t n = 1;
	for (; *s; s++)
		n += *s == ' ';
	return n;
}

/* Whether two words share their stem: all but at most one final
 * letter of two bytes, three bytes at least. */
static int same_stem(const char *x, const char *y)
{
	size_t xl = strlen(x), yl = strlen(y), k = 0;
	while (k < xl && k < yl && x[k] == y[k])
		k++;
	return k >= 3 && (xl > yl ? xl : yl) - k <= 2;
}

/* How often name s is written whole in its base form (the counts of
 * attested_surnames). */
static uint32_t written_whole(const uint64_t *hc, const uint32_t *cnt, size_t cap, const char *s)
{
	if (!hc)
		return 0;
	uint64_t h = h64(s, strlen(s)) | 1;
	size_t q = hslot(hc, cap, h);
	return hc[q] == h ? cnt[q] : 0;
}

/* Whether name x is written whole more often than y, or as often and
 * shorter: a nominative is most often the shortest of a name's forms
 * ("Olaf Scholz" beside the genitive "Olafa Scholze" that a dictionary
 * reads as a nominative of other names). */
static int more_written(const uint64_t *hc, const uint32_t *cnt, size_t cap, const char *x, const char *y)
{
	uint32_t a = written_whole(hc, cnt, cap, x), b = written_whole(hc, cnt, cap, y);
	return a > b || (a == b && strlen(x) < strlen(y));
}

/* The hash of a person's key and a count of words. */
static uint64_t full_name_hash(const char *key, size_t nw)
{
	return (h64(key, strlen(key)) * 0x9E3779B97F4A7C15ull + nw * 2 + 0x51) | 1;
}

/* Whether two names have as many words and the words before the last
 * share their stems (same_stem: "Cristian" and "Cristiano"). */
static int same_given_names(const char *x, const char *y)
{
	for (;;) {
		const char *xe = strchr(x, ' '), *ye = strchr(y, ' ');
		if (!xe || !ye)
			return !xe && !ye;
		char a[WBUF], b[WBUF];
		size_t xl = (size_t)(xe - x), yl = (size_t)(ye - y);
		if (xl >= sizeof(a) || yl >= sizeof(b))
			return 0;
		memcpy(a, x, xl);
		a[xl] = 0;
		memcpy(b, y, yl);
		b[yl] = 0;
		if (!same_stem(a, b))
			return 0;
		x = xe + 1;
		y = ye + 1;
	}
}

/* A surname whose base form was guessed from an oblique case takes the
 * form the article writes in the nominative when that form is the guess
 * and an "o": Slovak, Czech and Ukrainian masculine surnames in "-o"
 * decline like those ending in a consonant ("Fico": "Fica", "Ficovi",
 * "Ficom", as "Matovič": "Matoviča", "Matovičovi", "Matovičom"), so the
 * oblique forms alone cannot tell "Fic" from "Fico"; "Robert Fico" in
 * the same article can. The person takes that mention's key. */
static int attested_surnames(const char *lang, td_entity *e, size_t n, td_arena *ar)
{
	/* Languages whose names decline (Bulgarian and Macedonian names do
	 * not: two spellings there are variants, not cases). */
	static const char *const cases[] = {"ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs"};
	if (!word_listed(cases, NELEM(cases), lang, strlen(lang)))
		return 0;
	/* A name is attested by another mention of the person. */
	size_t np = 0;
	for (size_t j = 0; j < n; j++)
		np += e[j].type == TD_ENT_PER;
	if (np < 2)
		return 0;
	/* One map of (hash, entity index): persons whose last word ends in
	 * "o" as its base form, by that word (and a full name also by its
	 * count of words); full names written whole, by key and count of
	 * words (0 for the surname alone). */
	size_t cap = table_cap(4 * np);
	uint64_t *hk = NULL, *hc = NULL;
	uint32_t *ix = NULL, *cnt = NULL;
	/* How often each full name is written whole in its base form: the
	 * form written most is the nominative ("Theresa May" beside a
	 * dative "Theresie May" the lemmatiser kept). */
	for (size_t j = 0; j < n; j++) {
		if (e[j].type != TD_ENT_PER || !strchr(e[j].text, ' ') || strcmp(e[j].text, e[j].lemma))
			continue;
		if (!hc) {
			hc = td_arena_calloc(ar, cap * sizeof(uint64_t));
			cnt = td_arena_calloc(ar, cap * sizeof(uint32_t));
			if (!hc || !cnt)
				return TD_ERR_NOMEM;
		}
		uint64_t h = h64(e[j].text, strlen(e[j].text)) | 1;
		size_t q = hslot(hc, cap, h);
		hc[q] = h;
		cnt[q]++;
	}
	for (size_t j = 0; j < n; j++) {
		if (e[j].type != TD_ENT_PER)
			continue;
		const char *tw = last_word(e[j].text), *lw = last_word(e[j].lemma);
		size_t l = strlen(tw);
		int whole = tw != e[j].text && !strcmp(e[j].text, e[j].lemma);
		/* Ends in a Latin or a Cyrillic "o" (U+043E). */
		int o_end = !strcmp(tw, lw) && l >= 4 &&
			    (tw[l - 1] == 'o' || ((unsigned char)tw[l - 2] == 0xD0 && (unsigned char)tw[l - 1] == 0xBE));
		if (!whole && !o_end)
			continue;
		if (!hk) {
			hk = td_arena_calloc(ar, cap * sizeof(uint64_t));
			ix = td_arena_alloc(ar, cap * sizeof(uint32_t));
			if (!hk || !ix)
				return TD_ERR_NOMEM;
		}
		/* A full name written whole in its base form, by its key and
		 * its count of words. */
		/* (A surname alone finds it by a count of 0 words.) */
		for (size_t nw = 0; whole && nw < 2; nw++) {
			uint64_t h = full_name_hash(e[j].key, nw ? words_in(e[j].text) : 0);
			size_t q = hslot(hk, cap, h);
			if (!hk[q] || more_written(hc, cnt, cap, e[j].text, e[ix[q]].text)) {
				hk[q] = h;
				ix[q] = (uint32_t)j;
			}
		}
		/* By the word alone, and a name written whole in its base
		 * form also by the word and its count of words. */
		for (int by_words = 0; by_words < 2 && o_end; by_words++) {
			if (by_words && strcmp(e[j].text, e[j].lemma))
				break;
			uint64_t h = (h64(tw, l) + (by_words ? words_in(e[j].text) : 0)) | 1;
			if (index_put(ar, &hk, &ix, cap, h, (uint32_t)j) < 0)
				return TD_ERR_NOMEM;
		}
	}
	if (!hk)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (e[i].type != TD_ENT_PER)
			continue;
		const char *tw = last_word(e[i].text), *lw = last_word(e[i].lemma);
		size_t ll = strlen(lw);
		/* A declined full name whose nominative the article writes:
		 * the same key, as many words, each sharing its stem ("Maria
		 * Draghija", "Mario Draghi"), also where a dictionary read
		 * the declined name as a nominative ("Olafa Scholze"). */
		size_t nw = words_in(e[i].lemma);
		if (nw > 1) {
			size_t q = hslot(hk, cap, full_name_hash(e[i].key, nw));
			const td_entity *w = hk[q] ? &e[ix[q]] : NULL;
			/* Not when the guess is itself written as often. */
			if (w && w != &e[i] && !strcmp(w->key, e[i].key) && words_in(w->lemma) == nw &&
			    strcmp(w->lemma, e[i].lemma) && same_given_names(e[i].lemma, w->lemma) &&
			    same_stem(lw, last_word(w->lemma)) && more_written(hc, cnt, cap, w->text, e[i].lemma)) {
				e[i].lemma = w->lemma;
				continue;
			}
		}
		/* A declined surname alone: the last word of that full name
		 * ("Scholzem", which a dictionary reads as a case of another
		 * surname, "Scholze"; "Olaf Scholz"). */
		if (nw == 1 && strcmp(e[i].text, e[i].lemma)) {
			size_t q = hslot(hk, cap, full_name_hash(e[i].key, 0));
			const td_entity *w = hk[q] ? &e[ix[q]] : NULL;
			const char *ws = w ? last_word(w->lemma) : NULL;
			if (w && !strcmp(w->key, e[i].key) && same_stem(e[i].lemma, ws)) {
				e[i].lemma = ws;
				continue;
			}
		}
		/* A declined surname: its base form differs from the word. */
		if (!strcmp(tw, lw) || ll < 2 || ll + 3 > WBUF)
			continue;
		char f[WBUF];
		memcpy(f, lw, ll);
		int cyr = (unsigned char)lw[0] >= 0xD0 && (unsigned char)lw[0] <= 0xD3;
		size_t fl = ll;
		if (cyr) {
			f[fl++] = (char)0xD0;
			f[fl++] = (char)0xBE;
		} else
			f[fl++] = 'o';
		uint64_t h = h64(f, fl);
		size_t q = hslot(hk, cap, h | 1);
		if (!hk[q])
			continue;
		const td_entity *a = &e[ix[q]];
		const char *aw = last_word(a->text);
		if (strlen(aw) != fl || memcmp(aw, f, fl))
			continue; /* a collision of hashes */
		e[i].key = a->key;
		/* The same person's given names too, when the article writes
		 * them whole and each shares the guessed one's stem
		 * ("Cristiana Ronalda": "Cristiano Ronaldo", not "Cristian"). */
		q = nw > 1 ? hslot(hk, cap, (h + nw) | 1) : 0;
		const td_entity *w = nw > 1 && hk[q] ? &e[ix[q]] : NULL;
		if (w && !strcmp(last_word(w->lemma), aw) && same_given_names(e[i].lemma, w->lemma)) {
			e[i].lemma = w->lemma;
			e[i].key = w->key;
			continue;
		}
		size_t pre = (size_t)(lw - e[i].lemma);
		char *nl = td_arena_alloc(ar, pre + fl + 1);
		if (!nl)
			return TD_ERR_NOMEM;
		memcpy(nl, e[i].lemma, pre);
		memcpy(nl + pre, f, fl);
		nl[pre + fl] = 0;
		e[i].lemma = nl;
	}
	return 0;
}

/* Whether word w, case-folded, is spelt by the initials of the words of
 * name (a word in capitals gives all its letters), with or without the
 * name's short words in lower case, its prepositions and conjunctions
 * ("Agencija RS za okolje" -> "arso"; "Zavod za zdravstveno zavarovanje"
 * -> "zzzs"). ASCII initials only. */
static int initials_spell(const char *name, const char *w)
{
	char a[64], b[64];
	size_t wl = 0;
	for (const char *q = w; *q && wl < sizeof(a) - 1; q++) {
		char ch = (char)(*q | 32);
		if (ch < 'a' || ch > 'z')
			return 0;
		a[wl++] = ch;
	}
	if (wl < 3)
		return 0;
	for (int skip_lower = 0; skip_lower < 2; skip_lower++) {
		size_t bl = 0;
		for (const char *q = name; *q && bl < sizeof(b) - 1;) {
			while (*q == ' ' || *q == '-')
				q++;
			if (!*q)
				break;
			const char *e = q;
			while (*e && *e != ' ' && *e != '-')
				e++;
			int caps = e - q >= 2, lower = *q >= 'a' && *q <= 'z';
			for (const char *r = q; r < e && caps; r++)
				caps = !(*r >= 'a' && *r <= 'z') && !((unsigned char)*r >= 0x80);
			if (caps) {
				for (const char *r = q; r < e && bl < sizeof(b) - 1; r++)
					if ((*r | 32) >= 'a' && (*r | 32) <= 'z')
						b[bl++] = (char)(*r | 32);
			} else if (!(lower && skip_lower && e - q <= 3)) {
				if (!(((*q | 32) >= 'a' && (*q | 32) <= 'z')))
					break;
				b[bl++] = (char)(*q | 32);
			}
			q = e;
		}
		if (bl == wl && !memcmp(a, b, wl))
			return 1;
	}
	return 0;
}

/* A name and its acronym in parentheses right after it ("Nacionalni
 * inštitut za javno zdravje (NIJZ)") are one entity: the key of a listed
 * one (with a ":") wins, else the acronym's, which other languages write
 * too where they translate the name; every mention of the article under
 * the other key takes it. */
static int acronym_keys(td_entity *e, size_t n, const char *t, size_t len, td_arena *ar)
{
	/* The keys to replace: a map from the hash of a key to its pair. */
	size_t cap = 0;
	uint64_t *hk = NULL;
	const char **to = NULL, **fr = NULL;
	for (size_t b = 1; b < n; b++) {
		const td_entity *a = &e[b - 1];
		td_entity *x = &e[b];
		uint32_t g = x->start - a->end;
		/* A word in parentheses after an organisation that its
		 * initials spell is its acronym, written as a word ("Agencija
		 * RS za okolje (Arso)"): no person. */
		if (a->type == TD_ENT_ORG && x->type == TD_ENT_PER && x->start >= 1 && t[x->start - 1] == '(' &&
		    x->end < len && t[x->end] == ')' && !strchr(x->text, ' ') && initials_spell(a->text, x->text))
			x->type = TD_ENT_ORG;
		/* A person is no name of an acronym: "Markus Söder (CSU)",
		 * "Jarosław Kaczyński (PiS)" name a politician's party. */
		if (a->type == TD_ENT_PER || x->type == TD_ENT_PER)
			continue;
		if (x->start < a->end || g > 2 || (g == 2 && t[a->end] != ' ') || t[x->start - 1] != '(' ||
		    x->end >= len || t[x->end] != ')' || strchr(x->text, ' ') || !strcmp(a->key, x->key))
			continue;
		int la = strchr(a->key, ':') != NULL, lx = strchr(x->key, ':') != NULL;
		if (la && lx)
			continue;
		if (!hk) {
			cap = table_cap(n);
			hk = td_arena_calloc(ar, cap * sizeof(uint64_t));
			to = td_arena_alloc(ar, cap * sizeof(const char *));
			fr = td_arena_alloc(ar, cap * sizeof(const char *));
			if (!hk || !to || !fr)
				return TD_ERR_NOMEM;
		}
		/* (Not an acronym's key of fewer than three letters, which
		 * meets too many others: "CA" of "Cambridge Analytica" is
		 * "k".) */
		int name_wins = la || (!lx && strlen(x->key) < 3);
		const char *from = name_wins ? x->key : a->key;
		uint64_t h = h64(from, strlen(from));
		size_t q = hslot(hk, cap, h);
		if (!hk[q]) { /* the first pair of a key wins */
			hk[q] = h;
			fr[q] = from;
			to[q] = name_wins ? a->key : x->key;
		}
	}
	if (!hk)
		return 0;
	for (size_t k = 0; k < n; k++) {
		size_t q = hslot(hk, cap, h64(e[k].key, strlen(e[k].key)));
		if (hk[q] && !strcmp(fr[q], e[k].key))
			e[k].key = to[q];
	}
	return 0;
}

/* English: whether token i is a word of a closed class (pronoun,
 * determiner, preposition, conjunction, auxiliary), which no name is on
 * its own: "It" opening a quote, "No." before a number ("the No. 2
 * official"). Words that are also names ("May", "Will") are not listed. */
/* Whether token i is an English number word or a quantifier ("Two
 * Airlines", "Several Banks" open no name). */
static int numeral_word(const ctx *c, size_t i)
{
	static const char *const words[] = {"one", "two", "three", "four", "five", "six", "seven",
					    "eight", "nine", "ten", "many", "several", "most", "few",
					    "both", "other", "more", "such", "rival", "foreign",
					    "former"};
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return word_listed(words, NELEM(words), f, fl);
}

static int english_function_word(const ctx *c, size_t i)
{
	static const char *const words[] = {
		"it", "its", "no", "we", "he", "she", "they", "you", "his", "her", "our", "their", "my",
		"your", "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of",
		"for", "with", "by", "from", "to", "and", "or", "but", "if", "as", "is", "are", "was",
		"were", "be", "been", "has", "have", "had", "do", "does", "did", "not", "so", "than",
		"then", "there", "here", "what", "when", "where", "who", "why", "how", "which", "all",
		"some", "any", "each", "every", "after", "before", "during", "about", "into", "over",
		"under", "yes", "nor", "yet", "also", "just", "only", "very",
	};
	if (strcmp(c->a->lang, "en"))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return fl <= 7 && word_listed(words, NELEM(words), f, fl);
}

/* English and Dutch: whether token i is a country's adjective before a
 * noun ("Israeli warplanes", "Ukrainian boxer", "Franse president"), no
 * name: it is followed by a
 * word in lower case, and with its suffix ("-i", "-n", "-ian", "-ese",
 * "-ish" ...) replaced by a country's ending it names a listed country
 * ("Israel", "Australia", "Ukraine", "Sudan", "Turkey", "England"). */
static int english_demonym(const ctx *c, size_t i);

static int english_demonym_adjective(const ctx *c, size_t i)
{
	int nl = !strcmp(c->a->lang, "nl");
	if ((strcmp(c->a->lang, "en") && !nl) || i + 1 >= c->nt || !joined(c, i + 1) ||
	    (c->tk[i + 1].flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) || !(c->tk[i + 1].flags & TD_TOK_ALPHA))
		return 0;
	if (nl) {
		/* Dutch writes them with a capital too, inflected: the
		 * dictionary's base form drops the "-e" and ends in "-s"
		 * ("Franse" -> "Frans", "Europese" -> "Europees"; a surname
		 * such as "Janse" is its own base form). */
		td__lexinfo L;
		lex(c, i, &L);
		const char *w = c->t + c->tk[i].start;
		size_t n = c->tk[i].end - c->tk[i].start, ll = L.lemma ? strlen(L.lemma) : 0;
		return n >= 5 && w[n - 1] == 'e' && ll >= 4 && ll < n && L.lemma[ll - 1] == 's';
	}
	/* Religions' adjectives too ("a Jewish group", "Catholic bishops"). */
	static const char *const faiths[] = {"jewish", "muslim", "islamic", "catholic", "christian",
					     "orthodox", "protestant", "evangelical", "buddhist", "hindu",
					     "sikh", "anglican", "lutheran", "sunni", "shiite", "shia"};
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (word_listed(faiths, NELEM(faiths), f, fl))
		return 1;
	return english_demonym(c, i);
}

/* The English name of the country whose adjective no ending makes of
 * the name (folded f, fl bytes: "greek" -> "Greece"), or NULL. One table
 * for english_demonym() and english_country_of(). */
static const char *english_irregular_country(const char *f, size_t fl)
{
	static const struct {
		const char *adj, *country;
	} irregular[] = {
		{"french", "France"},	   {"dutch", "Netherlands"},	    {"swiss", "Switzerland"},
		{"greek", "Greece"},	   {"thai", "Thailand"},	    {"welsh", "Wales"},
		{"spanish", "Spain"},	   {"danish", "Denmark"},	    {"scottish", "Scotland"},
		{"norwegian", "Norway"},   {"czech", "Czechia"},	    {"finnish", "Finland"},
		{"portuguese", "Portugal"}, {"afghan", "Afghanistan"},	    {"saudi", "Saudi Arabia"},
		{"emirati", "United Arab Emirates"}, {"lebanese", "Lebanon"}, {"filipino", "Philippines"},
		{"argentine", "Argentina"}, {"cypriot", "Cyprus"},	    {"maltese", "Malta"},
		{"icelandic", "Iceland"},  {"belgian", "Belgium"},	    {"irish", "Ireland"},
	};
	for (size_t k = 0; k < NELEM(irregular); k++)
		if (irregular[k].adj[0] == f[0] && strlen(irregular[k].adj) == fl && !memcmp(irregular[k].adj, f, fl))
			return irregular[k].country;
	return NULL;
}

/* English: whether token i is a country's or region's adjective ("Israeli",
 * "Ukrainian", "Sicilian", "European", "Western"): with its suffix
 * replaced by a country's ending it names a listed country, region or
 * continent. */
static int english_demonym(const ctx *c, size_t i)
{
	static const char *const suffix[] = {"ian", "ean", "ese", "ish", "an", "i", "n"};
	static const char *const ending[] = {"", "a", "e", "ia", "y", "ey", "ain", "and", "land", "en"};
	char f[WBUF], b[WBUF + 8];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (fl < 4 || fl >= WBUF)
		return 0;
	/* The compass's adjectives ("a Western country"). */
	static const char *const compass[] = {"western", "eastern", "northern", "southern"};
	if (word_listed(compass, NELEM(compass), f, fl))
		return 1;
	if (english_irregular_country(f, fl))
		return 1;
	for (size_t k = 0; k < NELEM(suffix); k++) {
		size_t sl = strlen(suffix[k]);
		if (fl < sl + 3 || memcmp(f + fl - sl, suffix[k], sl))
			continue;
		for (size_t e = 0; e < NELEM(ending); e++) {
			size_t el = strlen(ending[e]), bl = fl - sl;
			memcpy(b, f, bl);
			memcpy(b + bl, ending[e], el);
			int more, lower;
			const td__gaz *g = td__gaz_find(b, bl + el, &more, &lower);
			if (g && g->type == TD_ENT_LOC &&
			    (!strncmp(g->key, "gpe:", 4) || !strncmp(g->key, "sub:", 4) ||
			     !strncmp(g->key, "reg:", 4) || !strncmp(g->key, "loc:", 4)))
				return 1;
		}
	}
	return 0;
}

static int first_name_run(const ctx *c, size_t i, size_t j);

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sexes the census gives lower-case first name s (1 men's, 2
 * women's, 3 both), 0 when it has no such name. */
static int census_sex(const char *s)
{
	const char *const *p = bsearch(&s, td__given_names, td__ngiven, sizeof(*td__given_names), cmp_str);
	return p ? td__given_sex[p - td__given_names] : 0;
}

/* Whether lower-case s is a first name of the census list. */
static int census_has(const char *s)
{
	return census_sex(s) != 0;
}

static size_t english_title_prefix(const ctx *c, size_t i, size_t j);
static int office_department(const ctx *c, size_t i);

/* Whether token j, inside a run of capitalised words that token i opens,
 * starts another person's name: a census first name before a capitalised
 * word (a surname), after a word that is neither a first name (of the
 * census or of a dictionary) nor an initial. */
/* Whether token j is a word the dictionary knows as a name only
 * ("Cezary") after an organisation's word in the run [i, j): with a
 * capitalised word after it, a person after the body's name. */
static int given_after_body(const ctx *c, size_t i, size_t j)
{
	if (!c->slavic)
		return 0;
	int body = 0;
	for (size_t k = i; k < j && !body; k++)
		body = token_in(c, k, L_ORG_HEADS, 0);
	if (!body)
		return 0;
	td__lexinfo L;
	lex(c, j, &L);
	if (!(L.flags & TD__LEX_PROPER) || (L.flags & TD__LEX_LOWER) || !L.lemma ||
	    !td_text_is_upper_initial(L.lemma, strlen(L.lemma)))
		return 0;
	/* (Not an English common word of an English name: "Airline Crew
	 * Jobs Europe".) */
	if (c->li_latin >= 0 && c->li_latin != c->li) {
		td__lexinfo E;
		td__lex_lookup(c->li_latin, c->t + c->tk[j].start, c->tk[j].end - c->tk[j].start, &E);
		if (E.flags & TD__LEX_LOWER)
			return 0;
	}
	return 1;
}

/* Whether the capitalised common noun at token i (L its lex()), in an
 * oblique case, ends before the two words after it, each one no
 * dictionary knows or a name only, in its base form, with no third
 * capitalised word after them: a person's name after the body the
 * person works for ("Trener Legii Gonçalo Feio", "zastupnik Mosta
 * Nikola Grmoja"; "Legii Warszawa", "Instytutu Pileckiego" and
 * "Instytutu Jana Kochanowskiego" go on). Slavic languages with cases. */
static int foreign_name_after_common(const ctx *c, size_t i, const td__lexinfo *L)
{
	if (!c->slavic || c->caseless || !strcmp(c->a->lang, "bg") || !strcmp(c->a->lang, "mk") || i + 2 >= c->nt ||
	    !(L->flags & TD__LEX_KNOWN) || (L->flags & TD__LEX_PROPER) ||
	    !(L->flags & TD__LEX_LOWER) || (c->tk[i].flags & TD_TOK_ALLCAPS) || !joined(c, i + 2) ||
	    !(c->tk[i + 2].flags & TD_TOK_UPPER) || (c->tk[i + 1].flags & TD_TOK_ALLCAPS) ||
	    (c->tk[i + 2].flags & TD_TOK_ALLCAPS) ||
	    (i + 3 < c->nt && joined(c, i + 3) && (c->tk[i + 3].flags & TD_TOK_UPPER)))
		return 0;
	for (size_t k = i + 1; k <= i + 2; k++) {
		td__lexinfo K;
		lex(c, k, &K);
		if ((K.flags & TD__LEX_KNOWN) &&
		    (!(K.flags & TD__LEX_PROPER) || (K.flags & TD__LEX_LOWER) || !undeclined(c, k)))
			return 0;
	}
	return !undeclined(c, i);
}

/* A surname written with its particles and without the first name
 * ("von der Leyen", "de Gaulle") where the article names the person in
 * full with them ("Ursula von der Leyen"): the particles are the name's,
 * as in the full name (ms in text order). The full names' runs from a
 * particle to their end are hashed once, so that a long article costs a
 * look-up per mention. */
static const char *const surname_particles[] = {"von", "van", "der", "den", "de", "di", "du", "da", "del",
						"della", "la", "le", "ten", "ter", "фон", "ван", "дер", "де",
						"ди", "дю", "дел", "ла"};

static int surname_particle(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	return !(t->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) &&
	       word_listed(surname_particles, NELEM(surname_particles), c->t + t->start, t->end - t->start);
}

/* The hash of the words of tokens [a, b) as written. */
static uint64_t words_hash(const ctx *c, size_t a, size_t b)
{
	uint64_t h = 0x9E3779B97F4A7C15ull;
	for (size_t k = a; k < b; k++)
		h = (h ^ h64(c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start)) * 0x100000001B3ull;
	return h ? h : 1;
}

static int particle_surnames(const ctx *c, mention *ms, size_t nm)
{
	uint64_t *set = NULL;
	size_t cap = 0;
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		if (m->type != TD_ENT_PER || m->i == 0)
			continue;
		size_t p = m->i;
		while (p > 0 && m->i - p < 2 && joined(c, p) && surname_particle(c, p - 1))
			p--;
		if (p == m->i || (k > 0 && ms[k - 1].j > p))
			continue;
		if (!set) {
			cap = table_cap(nm);
			if (!(set = td_arena_calloc(c->ar, cap * sizeof(uint64_t))))
				return TD_ERR_NOMEM;
			for (size_t q = 0; q < nm; q++)
				if (ms[q].type == TD_ENT_PER && ms[q].j - ms[q].i > 2)
					for (size_t x = ms[q].i + 1; x + 1 < ms[q].j; x++)
						if (surname_particle(c, x) && !surname_particle(c, x - 1))
							hset_add_h(set, cap, words_hash(c, x, ms[q].j));
		}
		uint64_t h = words_hash(c, p, m->j);
		if (set[hslot(set, cap, h)] == h)
			m->i = p;
	}
	return 0;
}

static int new_person_at(const ctx *c, size_t i, size_t j)
{
	if (j <= i || j + 1 >= c->nt || !(census_word(c, j) || given_after_body(c, i, j)) || !joined(c, j + 1) ||
	    !(c->tk[j + 1].flags & TD_TOK_UPPER) ||
	    (c->tk[j + 1].flags & TD_TOK_ALLCAPS) || census_word(c, j - 1) || (c->tk[j - 1].flags & TD_TOK_ALLCAPS))
		return 0;
	const char *w = c->t + c->tk[j - 1].start;
	size_t n = c->tk[j - 1].end - c->tk[j - 1].start;
	if (nchars_(w, n) < 3 || c->t[c->tk[j - 1].end] == '.')
		return 0; /* an initial, a particle ("J. K.", "de") */
	/* (A body or a place named after the person: "Sveučilište George
	 * Washington", "Uniwersytet Jana Pawła II".) */
	if (token_in(c, j - 1, L_ORG_HEADS, 0) || token_in(c, j - 1, L_PLACE_HEADS, 0))
		return 0;
	/* (Nor after an office's title, which the run gives up later:
	 * "Chief Executive Tim Cook".) */
	if (c->caseless && (title_run(c, i, j) || english_title_prefix(c, i, j) == j))
		return 0;
	td__lexinfo L;
	lex(c, j - 1, &L);
	/* (Nor after an office's department, a common word the office's
	 * rule gives up: "Secretary of State John Kerry", "Minister of
	 * Finance John Smith"; "Secretary of Commerce", a town's name too,
	 * splits here.) */
	if (j == i + 1 && office_department(c, i) && (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER))
		return 0;
	/* (A first name of a dictionary, or in its case, that opens the
	 * run: "Władimir Putin", "Angelą Merkel"; after it a dictionary's
	 * name is a surname: "Donalda Trumpa Michael Cohen".) */
	if (j - 1 == i && (L.flags & TD__LEX_PROPER) && !(L.flags & TD__LEX_LOWER))
		return 0;
	/* A word no dictionary knows that opens the run may be a first
	 * name of another nation ("Asif Ali Zardari", "Aasiya Noreen
	 * Bibi"): another name only where the article writes it elsewhere
	 * without this first name after it ("Cambridge Analytica",
	 * "Analytica Alexander Nix"). */
	if (j - 1 == i && !(L.flags & TD__LEX_KNOWN)) {
		char a[WBUF], b[WBUF], x[WBUF];
		size_t al = tok_fold(c, j - 1, a, sizeof(a)), bl = tok_fold(c, j, b, sizeof(b));
		for (size_t k = 0; k + 1 < c->nt; k++) {
			if (k == j - 1 || c->tk[k].end - c->tk[k].start != n || tok_fold(c, k, x, sizeof(x)) != al ||
			    memcmp(x, a, al))
				continue;
			size_t xl = tok_fold(c, k + 1, x, sizeof(x));
			if (!joined(c, k + 1) || xl != bl || memcmp(x, b, bl))
				return 1;
		}
		return 0;
	}
	return 1;
}

/* Whether token k is a Czech or Slovak woman's surname in "-ová" in any
 * case ("Merkelová", "Bibiové", "Merkelovou", "Vestagerovej",
 * "Clintonovú"). */
static int women_surname_form(const ctx *c, size_t k)
{
	static const char *const ends[] = {"ová", "ové", "ovou", "ovej", "ovú"};
	if ((strcmp(c->a->lang, "cs") && strcmp(c->a->lang, "sk")) || !(c->tk[k].flags & TD_TOK_UPPER))
		return 0;
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	for (size_t q = 0; q < NELEM(ends); q++) {
		size_t el = strlen(ends[q]);
		if (n > el + 2 && !memcmp(w + n - el, ends[q], el))
			return 1;
	}
	return 0;
}

/* Whether capitalised token i is a first name of the census list, listed
 * name or not ("Maurice", French for Mauritius). */
static int census_word(const ctx *c, size_t i)
{
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (!(c->tk[i].flags & TD_TOK_UPPER) || (c->tk[i].flags & TD_TOK_ALLCAPS) || fl < 3)
		return 0;
	/* Cyrillic by its Latin letters ("Карен", Karen). */
	if (c->cyrillic && (unsigned char)f[0] >= 0x80) {
		char a[WBUF];
		size_t al = td_text_translit(f, fl, a, sizeof(a));
		if (al < 3 || al >= 16 || al >= sizeof(a))
			return 0;
		a[al] = 0;
		return census_has(a);
	}
	return fl < 16 && census_has(f);
}

/* Whether the word of token i follows a census first name somewhere in
 * the article ("Maurice Cheeks ... Cheeks said"). */
static int given_before_elsewhere(const ctx *c, size_t i)
{
	char f[WBUF], g[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	for (size_t k = 1; k < c->nt; k++)
		if (k != i && c->tk[k].end - c->tk[k].start == c->tk[i].end - c->tk[i].start && joined(c, k) &&
		    tok_fold(c, k, g, sizeof(g)) == fl && !memcmp(f, g, fl) && census_word(c, k - 1))
			return 1;
	return 0;
}

/* Whether token k, a first name in Cyrillic in a case of a woman's name
 * in "-а" (the instrumental "-ой", "-ою", the genitive "-ы", the dative
 * and accusative "-е", "-у": "Ангелой", "Ангелы"; not "-и", which men's
 * names end in: "Луиджи"; Serbian's own cases), has the base form cand[0..cl) that the census
 * gives as a woman's first name ("Angela"): evidence where the article
 * never writes the base form ("с Ангелой Меркель"). */
static int woman_census_case(const ctx *c, size_t k, const char *cand, size_t cl)
{
	static const char *const fem[] = {"ой", "ою", "ы", "е", "у"};
	/* (Serbian and Bosnian: the instrumental "-ом", the genitive "-е",
	 * the dative "-и", the accusative "-у": "Урсулом".) */
	static const char *const fem_sr[] = {"ом", "е", "и", "у"};
	int sr = !strcmp(c->a->lang, "sr") || !strcmp(c->a->lang, "bs");
	if (!c->cyrillic || !(sr ? ends_in(c, k, fem_sr, NELEM(fem_sr)) : ends_in(c, k, fem, NELEM(fem))))
		return 0;
	char a[WBUF];
	size_t al = td_text_translit(cand, cl, a, sizeof(a));
	if (al < 3 || al >= sizeof(a) - 1)
		return 0;
	a[al] = 0;
	return (census_sex(a) & 2) != 0;
}

/* Whether capitalised token i is a common first name of the census list
 * (td__given_names) that is no listed name ("Jack", "Luis"; not "Ford",
 * a firm's name), where the dictionary may know it as a common word
 * too. */
static int census_given(const ctx *c, size_t i)
{
	if (!(c->tk[i].flags & TD_TOK_UPPER) || (c->tk[i].flags & (TD_TOK_ALLCAPS | TD_TOK_DIGIT)))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (fl < 3 || fl > 15)
		return 0;
	if (!census_has(f))
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	size_t gl;
	return !gaz_at_all(c, i, &gl, &L);
}

/* The census first name (recased) that token k, a word no dictionary
 * knows, is a case of in a Slavic language in Latin letters: its case
 * ending off and a vowel on where the census has that name and not the
 * word itself, nor the base form cur[0..cl) found so far; written into
 * cur (cap bytes). 0 when none. */
static size_t census_base(const ctx *c, size_t k, char *cur, size_t cl, size_t cap)
{
	/* (Endings no given name's nominative has: "-a", "-o" are those
	 * of "Petra", "Petro", "Federica". All but the feminine "-jo" are
	 * a man's: they leave a name the census gives men, "Mariem" and
	 * "Mariom" Mario's, not Mary's or Mari's.) */
	static const char *const ends[] = {"jem", "ja", "ju", "jo", "iem", "om", "em", "ovi", "ego", "emu"};
	static const char *const adds[] = {"", "e", "o", "y", "i", "a"};
	td__lexinfo L;
	lex(c, k, &L);
	if ((L.flags & TD__LEX_KNOWN) || census_given(c, k))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	char lf[WBUF];
	size_t lfl = td_text_fold(cur, cl, lf, sizeof(lf));
	lf[lfl < sizeof(lf) ? lfl : sizeof(lf) - 1] = 0;
	int cursex = census_sex(lf);
	for (size_t e = 0; e < NELEM(ends); e++) {
		size_t el = strlen(ends[e]);
		if (fl < el + 3 || memcmp(f + fl - el, ends[e], el))
			continue;
		/* Croatian, Bosnian and Serbian put a "j" only after an "i"
		 * or "y" ("Tironijem", "Berniejem", "Greeleyja"): "Andrejem"
		 * is Andrej's, not Andre's. */
		if (ends[e][0] == 'j' && (!strcmp(c->a->lang, "hr") || !strcmp(c->a->lang, "bs") ||
					  !strcmp(c->a->lang, "sr")) &&
		    f[fl - el - 1] != 'i' && f[fl - el - 1] != 'y' && memcmp(f + fl - el - 2, "ie", 2))
			continue;
		int sex = strcmp(ends[e], "jo") ? 1 : 2;
		if (cursex & sex)
			return 0; /* the base form found is such a name */
		for (size_t a = 0; a < NELEM(adds); a++) {
			char cand[WBUF];
			size_t sl = fl - el, al = strlen(adds[a]);
			if (sl + al + 1 > sizeof(cand) || sl + al + 1 > cap)
				continue;
			memcpy(cand, f, sl);
			memcpy(cand + sl, adds[a], al + 1);
			if (!(census_sex(cand) & sex))
				continue;
			return recased(cand, sl + al, 1, cur, cap);
		}
	}
	return 0;
}

/* Whether token k, after a city in a language of Latin letters other
 * than English, is an English team's plural: in "-s" (not "-ss"), five
 * letters or more, all ASCII, a word the article's dictionary does not
 * know and no listed name ("Dallas Mavericks", "Chicago Bulls"). */
static int foreign_team(const ctx *c, size_t k)
{
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start, gl;
	if (n < 5 || w[n - 1] != 's' || w[n - 2] == 's' || (c->tk[k].flags & TD_TOK_ALLCAPS))
		return 0;
	for (size_t q = 0; q < n; q++)
		if (!((w[q] >= 'a' && w[q] <= 'z') || (q == 0 && w[q] >= 'A' && w[q] <= 'Z')))
			return 0;
	td__lexinfo L;
	lex(c, k, &L);
	return !(L.flags & TD__LEX_KNOWN) && !gaz_at(c, k, &gl, &L);
}

/* Whether token k, after a place, is a team's plural that no
 * dictionary knows as a common word ("Los Angeles Lakers", "Boston
 * Celtics"): English, in "-s" (not "-ss", not a possessive), and no
 * listed name. */
static int team_plural(const ctx *c, size_t k, size_t place_len)
{
	if (strcmp(c->a->lang, "en") || (c->tk[k].flags & TD_TOK_ALLCAPS) || english_possessive(c, k))
		return 0;
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start, gl;
	if (n < 5 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == '\'')
		return 0;
	td__lexinfo L;
	lex(c, k, &L);
	/* A word no dictionary knows after a place of several words ("Los
	 * Angeles Lakers"; after one word it may be a surname: "Paris
	 * Kyriakides"), or a proper noun's plural that is no name itself
	 * ("Celtics" of "Celtic"; "Williams" is a name). */
	int unknown = !(L.flags & TD__LEX_KNOWN) && place_len > 1;
	int plural = (L.flags & TD__LEX_KNOWN) && !(L.flags & (TD__LEX_LOWER | TD__LEX_SELF)) && L.lemma &&
		     strlen(L.lemma) < n;
	return (unknown || plural) && !gaz_at(c, k, &gl, &L);
}

/* Where nouns have no cases: whether the capitalised run [i, j) names no
 * person: in English it ends in a plural of a common noun ("the Colts",
 * "Chiefs": teams and bands take such names, persons do not; surnames
 * such as "Woods" or "Jobs" are names of the dictionary); in any of these
 * languages all its words are common words and the last no name
 * ("Geological Survey", "Mission Critical Facilities", "Guardia Civil",
 * "Asuntos Exteriores"; not "Dave Gaskin", "Theresa May"). */
static int english_common_head(const ctx *c, size_t i, size_t j)
{
	if (!c->caseless || (c->tk[j - 1].flags & TD_TOK_ALLCAPS))
		return 0;
	td__lexinfo L;
	lex(c, j - 1, &L);
	if (!(L.flags & TD__LEX_LOWER) || (L.flags & (TD__LEX_PROPER | TD__LEX_SELF)))
		return 0;
	const char *w = c->t + c->tk[j - 1].start;
	size_t n = c->tk[j - 1].end - c->tk[j - 1].start;
	/* A common noun in the possessive names no person ("Lakewood
	 * Sheriff's", "Kraft Food's", "Drayton Manor's"), unless a given name
	 * of the dictionary opens the name: surnames are common words too
	 * ("Andrew Luck's", "Tim Cook's"). */
	if (!strcmp(c->a->lang, "en") && english_possessive(c, j - 1) && first_name_run(c, i, j))
		return 0;
	/* (Not the surname alone of a person the article names in full:
	 * "Maurice Cheeks ... Cheeks said".) */
	if (!strcmp(c->a->lang, "en") && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && L.lemma &&
	    strlen(L.lemma) < n && !(j == i + 1 && given_before_elsewhere(c, i)))
		return 1;
	if (j == i + 1)
		return 0;
	/* A person named in full whose names are common words too ("Jack
	 * Straw", "Luis Guindos"): a census first name opens it. */
	size_t caps = 0;
	for (size_t k = i; k < j; k++)
		caps += (c->tk[k].flags & TD_TOK_UPPER) != 0;
	/* (Not before a head word: "Rose Garden", "Tony Award".) */
	if (caps <= 3 && census_given(c, i) && !event_head(c, j - 1) && !token_in(c, j - 1, L_ORG_HEADS, 0) &&
	    !token_in(c, j - 1, L_PLACE_HEADS, 0) && !token_in(c, j - 1, L_WORK_HEADS, 0) &&
	    !token_in(c, j - 1, L_MEDIA_HEADS, 0))
		return 0;
	for (size_t k = i; k + 1 < j; k++) {
		td__lexinfo Lk;
		lex(c, k, &Lk);
		/* A place's adjective among them ("Sicilian Mafia", "Israeli
		 * Air Force"). */
		if (!(Lk.flags & TD__LEX_LOWER) && !(!strcmp(c->a->lang, "en") && english_demonym(c, k)))
			return 0;
	}
	return 1;
}

/* Whether the name stem of token i is written elsewhere in the article as
 * a name of one word (no capitalised word joined before or after it):
 * the surname of a person named in full once ("... Корбин заявил"). */
static int alone_elsewhere(const ctx *c, size_t i)
{
	size_t sl, kl;
	struct lazy_sets *z = c->lz;
	size_t cap = lazy_cap(c);
	if (!z->alone) {
		/* Built once per article: a run's word is never alone itself. */
		if (!(z->alone = td_arena_calloc(c->ar, cap * sizeof(uint64_t))))
			return 0;
		for (size_t k = 0; k < c->nt; k++) {
			if (!(c->tk[k].flags & TD_TOK_UPPER) || (c->tk[k].flags & TD_TOK_ALLCAPS) ||
			    followed(c, k) ||
			    (k + 1 < c->nt && joined(c, k + 1) && (c->tk[k + 1].flags & TD_TOK_UPPER)))
				continue;
			const char *ks = tok_stem(c, k, &kl);
			hset_add(z->alone, cap, ks, kl);
		}
	}
	const char *st = tok_stem(c, i, &sl);
	return hset_has(z->alone, cap, st, sl);
}

/* The hash of two folded words (a, b) side by side. */
static uint64_t pair_hash(const char *a, size_t an, const char *b, size_t bn)
{
	return (h64(a, an) * 0x9E3779B97F4A7C15ull ^ h64(b, bn)) | 1;
}

/* Whether the article writes capitalised word a (an bytes) right before
 * capitalised word b (bn bytes), case-folded: "Theresa" "May"; a name's
 * particles may stand between ("Урсула фон дер Ляйен"). */
static int named_with(const ctx *c, const char *a, size_t an, const char *b, size_t bn)
{
	struct lazy_sets *z = c->lz;
	size_t cap = lazy_cap(c);
	if (!z->pairs) {
		/* Built once per article, on first need. */
		if (!(z->pairs = td_arena_calloc(c->ar, cap * sizeof(uint64_t))))
			return 0;
		for (size_t k = 1; k < c->nt; k++) {
			if (!(c->tk[k - 1].flags & TD_TOK_UPPER) || !joined(c, k))
				continue;
			size_t x = k;
			if (!(c->tk[k].flags & TD_TOK_UPPER)) {
				/* Particles, then the name they open. */
				size_t pn = c->tk[k].end - c->tk[k].start;
				if (pn < 2 || pn > 8 || k + 1 >= c->nt ||
				    !((c->tk[k + 1].flags & TD_TOK_UPPER) ||
				      (k + 2 < c->nt && (c->tk[k + 2].flags & TD_TOK_UPPER))) ||
				    !name_particle(c, k))
					continue;
				while (x < c->nt && x < k + 2 && !(c->tk[x].flags & TD_TOK_UPPER))
					x++;
				if (x >= c->nt || !(c->tk[x].flags & TD_TOK_UPPER))
					continue;
			}
			char f1[WBUF], f2[WBUF];
			size_t l1 = tok_fold(c, k - 1, f1, sizeof(f1)), l2 = tok_fold(c, x, f2, sizeof(f2));
			hset_add_h(z->pairs, cap, pair_hash(f1, l1, f2, l2));
		}
	}
	char f1[WBUF], f2[WBUF];
	size_t l1 = td_text_fold(a, an, f1, sizeof(f1)), l2 = td_text_fold(b, bn, f2, sizeof(f2));
	if (!l1 || !l2)
		return 0;
	return hset_has_h(z->pairs, cap, pair_hash(f1, l1, f2, l2));
}

/* Whether the run [i, j) of two or three words opens with a first name:
 * a word the dictionary knows as a name only, no listed place ("kraje Jan
 * Grolich" is the region's governor, not a place). */
static int first_name_run(const ctx *c, size_t i, size_t j)
{
	if (j - i < 2 || j - i > 3 || (c->tk[i].flags & TD_TOK_ALLCAPS))
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	size_t gl;
	return (L.flags & TD__LEX_SELF) && (L.flags & TD__LEX_PROPER) && !(L.flags & TD__LEX_LOWER) &&
	       !gaz_at_all(c, i, &gl, &L);
}

static int first_name_nominative(const ctx *c, size_t k);

/* Whether the run [i, j) of two or three words opens with a given name in
 * an oblique case, the author's after a work's word: a word whose
 * dictionary base form is a name only, no base form itself ("Channel
 * Five" is a channel) and no listed place ("Никиты Михалкова", "Andrzeja
 * Wajdy"). */
static int given_name_run(const ctx *c, size_t i, size_t j)
{
	if (j - i < 2 || j - i > 3 || (c->tk[i].flags & TD_TOK_ALLCAPS) || tok_calendar(c, i) ||
	    (c->cyrillic && latin_only(c, i)))
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	size_t gl;
	return (L.flags & TD__LEX_PROPER) && !(L.flags & (TD__LEX_LOWER | TD__LEX_SELF)) && L.lemma &&
	       td_text_is_upper_initial(L.lemma, strlen(L.lemma)) && !gaz_at_all(c, i, &gl, &L);
}

/* Whether token q can be a word of a body's purpose: a lower-case word
 * of three letters or more, no function word, joined to the word before
 * it (after Polish "ds." when after_dot is 1; after_dot 2: a later word
 * of such a purpose, capitalised too). */
static int purpose_word(const ctx *c, size_t q, int after_dot)
{
	/* (Polish capitalises a name's words, the purpose's too: "Grupa
	 * Sterująca ds. Brexitu", "Europejska Agencja ds. Leków".) */
	return q < c->nt && (after_dot == 1 || joined(c, q)) && (c->tk[q].flags & TD_TOK_ALPHA) &&
	       (!(c->tk[q].flags & TD_TOK_UPPER) || (after_dot && !(c->tk[q].flags & TD_TOK_ALLCAPS))) &&
	       content_word(c, q);
}

static size_t purpose_parts(const ctx *c, size_t j, int dot, int cased);
static int struggle_against(const char *noun, size_t nl, const char *prep, size_t pl);
static int matters_of(const char *noun, size_t nl);
static int past_tense(const ctx *c, size_t k);

/* The end of an organisation's name that ends before token j, with the
 * purpose a Slavic body names after a preposition ("Agencija za
 * energijo", "Úřad pro rozpočtovou zodpovědnost", "Агентство по
 * страхованию вкладов", "Ministerstwo ds. brexitu"): the preposition,
 * then adjectives and their noun, all in lower case; then a second noun,
 * or a second purpose after "and", only where the clause ends with it
 * ("по страхованию вкладов,", "по корабоплаване и картография.") or a
 * country follows; j itself when there is none. Russian and Polish "за"
 * and "po" are left out: they start phrases of time ("за неделю", "po
 * spotkaniu"). */
static size_t purpose_end_after(const ctx *c, size_t j, size_t head);

static size_t purpose_end(const ctx *c, size_t j)
{
	return j ? purpose_end_after(c, j, j - 1) : j;
}

/* purpose_end() where the body's head is token head, before a country's
 * acronym ("Agencija RS za okolje"). */
static size_t purpose_end_after(const ctx *c, size_t j, size_t head)
{
	static const struct {
		const char *lang, *prep;
	} preps[] = {
		{"bg", "за"}, {"bg", "по"}, {"ru", "по"}, {"cs", "pro"}, {"sk", "pre"},
		{"sk", "na"}, {"pl", "ds"}, {"sl", "za"}, {"hr", "za"}, {"sr", "za"}, {"sr", "за"},
		{"mk", "за"}, {"bs", "za"}, {"uk", "з"},
	};
	if (j + 1 >= c->nt || !joined(c, j) || !token_in(c, head, L_ORG_HEADS, 0))
		return j;
	const td_token *p = &c->tk[j];
	const char *pw = c->t + p->start;
	size_t pn = p->end - p->start;
	int ok = 0;
	for (size_t k = 0; k < NELEM(preps) && !ok; k++)
		ok = !strcmp(c->a->lang, preps[k].lang) && strlen(preps[k].prep) == pn &&
		     !memcmp(pw, preps[k].prep, pn);
	if (!ok)
		return j;
	/* Ukrainian "з" is "with" and "from" too: only the purposes of
	 * bodies' names ("Комітет з питань", "штаб з боротьби"). */
	if (pn == 2 && !memcmp(pw, "з", 2)) {
		static const char *const uk_z[] = {"питань", "боротьби", "ліквідації", "регулювання"};
		char f[WBUF];
		size_t fl = tok_fold(c, j + 1, f, sizeof(f));
		if (!word_listed(uk_z, NELEM(uk_z), f, fl))
			return j;
	}
	/* Polish "ds." is written with its full stop. */
	int dot = pn == 2 && pw[0] == 'd';
	if (dot && (c->t[p->end] != '.' || c->tk[j + 1].start != p->end + 2))
		return j;
	/* Where nouns have cases a country after the purpose is its
	 * genitive ("по судоходству и гидрографии Германии"); Bulgarian
	 * says "на". */
	int cased = strcmp(c->a->lang, "bg") != 0;
	size_t end = purpose_parts(c, j, dot, cased), gl;
	if (end > j && cased && end < c->nt && joined(c, end) && country_at(c, end, &gl))
		end += gl;
	return end;
}

static int masculine_adjective(const char *lem, size_t n);

/* Whether lower-case token q is a noun in the genitive that can be the
 * complement of a body's name: a content word (no verb, no adverb, no
 * word of the calendar) that the dictionary knows in a form other than
 * its base form (an oblique case, not the nominative: "Фонд выделил",
 * "Фонд деньги"), with an ending the genitive has in the article's
 * language or none, the base form's last vowel dropped ("дел" of
 * "дело", "věd" of "věda"), and no word of time or amount ("решение
 * Верховного суда прошлой недели"). */
static int genitive_noun(const ctx *c, size_t q)
{
	/* By language: the endings of nouns in the genitive, and those of
	 * verbs' base forms, infinitives (a noun whose base form ends so is
	 * seldom a body's complement): wider than infinitive()'s, which
	 * name_goes_on() asks and which keeps "senát", "rozpočet" nouns
	 * inside names. */
	static const struct {
		const char *lang, *gen[12], *verb[13];
	} langs[] = {
		{"ru", {"а", "я", "ы", "и", "ов", "ев", "ёв", "ей", "ий"}, {"ть", "ться", "чь", "ти"}},
		{"uk", {"а", "я", "у", "ю", "и", "і", "ї", "ів", "їв", "ей"}, {"ти", "тися", "ться"}},
		/* (Not Czech "-at" nor "-át": "demokrat", "senát", "stát".) */
		{"cs", {"u", "a", "y", "e", "ě", "í", "ů", "i"},
		 {"ovat", "nout", "it", "ít", "ést", "íst", "ět", "et", "out", "ci", "ýt", "yt"}},
		{"sk", {"u", "a", "y", "e", "í", "ov", "i", "ia"}, {"ť"}},
		{"sl", {"a", "e", "i", "ov", "ev"}, {"ti", "či"}},
		{"hr", {"a", "e", "i"}, {"ti", "ći"}},
		{"bs", {"a", "e", "i"}, {"ti", "ći"}},
		{"sr", {"a", "e", "i", "а", "е", "и"}, {"ti", "ći", "ти", "ћи"}},
	};
	static const char *const amounts[] = {
		"год", "неделя", "месяц", "день", "век", "час", "минута", "время", "раз", "период", "сутки",
		"тысяча", "миллион", "миллиард", "процент", "рік", "тиждень", "місяць", "століття", "тисяча",
		"мільйон", "мільярд", "відсоток", "rok", "týden", "měsíc", "den", "století", "hodina",
		"doba", "období", "tisíc", "milion", "miliarda", "procento", "mesiac", "deň", "storočie",
		"leto", "teden", "mesec", "dan", "stoletje", "ura", "čas", "obdobje", "godina", "tjedan",
		"mjesec", "sat", "vrijeme", "razdoblje", "tisoč", "tisuća", "milijun", "milijon",
		"milijarda", "odstotek", "posto", "percento", "let",
	};
	const td_token *t = &c->tk[q];
	if (!(t->flags & TD_TOK_ALPHA) || (t->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) || !name_goes_on(c, q) ||
	    past_tense(c, q))
		return 0;
	size_t e = 0;
	while (e < NELEM(langs) && strcmp(langs[e].lang, c->a->lang))
		e++;
	if (e == NELEM(langs))
		return 0;
	td__lexinfo L;
	lex(c, q, &L);
	if (!L.lemma || !(L.flags & TD__LEX_DICT) || !(L.flags & TD__LEX_LOWER))
		return 0;
	const char *w = c->t + t->start;
	size_t n = t->end - t->start, ll = strlen(L.lemma);
	char b[WBUF];
	size_t bl = td_text_fold(L.lemma, ll, b, sizeof(b));
	if (!bl || (bl == n && !memcmp(b, w, n)) || word_listed(amounts, NELEM(amounts), b, bl) ||
	    (L.flags & TD__LEX_PROPER) || masculine_adjective(b, bl))
		return 0;
	/* (Russian nouns in "-ость" end as verbs do: "безопасность".) */
	if (ends_with_any(b, bl, langs[e].verb, NELEM(langs[e].verb)) &&
	    !(bl > 8 && (ends_with(b, bl, "ость") || ends_with(b, bl, "есть"))))
		return 0;
	/* (Nor a noun before a number, a time's: "leta 2018", "года 2019".) */
	if (q + 1 < c->nt && joined(c, q + 1) && (c->tk[q + 1].flags & TD_TOK_DIGIT))
		return 0;
	/* (Slovene and Croatian past participles, which their dictionaries
	 * give as base forms: "pripravili" -> "pripravila".) */
	if ((!strcmp(c->a->lang, "sl") || !strcmp(c->a->lang, "hr") || !strcmp(c->a->lang, "bs")) &&
	    ends_with(w, n, "li") && bl >= 2 && b[bl - 2] == 'l')
		return 0;
	if (ends_with_any(w, n, langs[e].gen, NELEM(langs[e].gen)))
		return 1;
	/* (No ending: the base form is the word and one vowel more.) */
	return bl > n && bl <= n + 2 && !memcmp(b, w, n) && has_vowel(b + n, bl - n);
}

static int named_after_word(const ctx *c, size_t k);

/* Whether lower-case token q is an adjective in a body's complement: it
 * ends as one and the dictionary's base form, where it has one, is an
 * adjective's ("прямых" -> "прямой"; "инвестиций" -> "инвестиция" is
 * a noun); or, whatever its ending, the base form is an adjective's of
 * another length. */
static int complement_adjective(const ctx *c, size_t q)
{
	td__lexinfo L;
	lex(c, q, &L);
	int adj_lemma = L.lemma && (L.flags & TD__LEX_LOWER) && masculine_adjective(L.lemma, strlen(L.lemma));
	if (!adjectival(c, q))
		/* (or an ending the list lacks: "зовнішньої" -> "зовнішній") */
		return adj_lemma && !(c->tk[q].flags & TD_TOK_UPPER) &&
		       strlen(L.lemma) != c->tk[q].end - c->tk[q].start;
	return !L.lemma || !(L.flags & TD__LEX_LOWER) || adj_lemma;
}

/* The end of an organisation's name that ends before token j in a body's
 * head ("фонд", "ústav", "komitet"), with the complement in the genitive
 * that Slavic names of bodies take after their head, all in lower case
 * ("Российский фонд прямых инвестиций", "Ústav zdravotnických informací
 * a statistiky", "Восточный комитет германской экономики"): adjectives
 * and their noun, up to three such in a row or two joined by "and",
 * then a country in the genitive; j itself when there is none.
 * Polish capitalises every word of such a name and Bulgarian has no
 * cases: neither reads one. */
/* Whether token q is "and" (one of ands) between two words of a name
 * written side by side, the word after it joined too. */
static int and_adjective(const ctx *c, size_t q, const char *const *ands, size_t nands)
{
	if (q + 1 >= c->nt || !joined(c, q) || !joined(c, q + 1) || (c->tk[q].flags & TD_TOK_UPPER))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, q, f, sizeof(f));
	return word_listed(ands, nands, f, fl);
}

static size_t genitive_end(const ctx *c, size_t j)
{
	static const char *const ands[] = {"и", "i", "a", "in", "та", "й", "і"};
	/* (Not an office's holder: "ministryně vnitra", "министр обороны".) */
	if (j >= c->nt || !joined(c, j) || !token_in(c, j - 1, L_ORG_HEADS, 0) ||
	    token_in(c, j - 1, L_PER_CUES, 0) || (c->tk[j].flags & TD_TOK_UPPER))
		return j;
	size_t end = j, k = j;
	int and = 0;
	for (int part = 0; part < 3; part++) {
		size_t q = k;
		int adj = 0;
		/* (Adjectives joined by "and": "аллергических и инфекционных
		 * заболеваний".) */
		while (q < c->nt && (q == k || joined(c, q)) && adj < 3) {
			if (complement_adjective(c, q) && name_goes_on(c, q))
				q++, adj++;
			else if (adj && and_adjective(c, q, ands, NELEM(ands)) && complement_adjective(c, q + 1) &&
				 name_goes_on(c, q + 1))
				q++;
			else
				break;
		}
		if (q >= c->nt || (q > k && !joined(c, q)) || complement_adjective(c, q) || !genitive_noun(c, q))
			break;
		q++;
		end = q;
		if (and || q + 1 >= c->nt || !joined(c, q))
			break;
		char f[WBUF];
		size_t fl = tok_fold(c, q, f, sizeof(f));
		and = word_listed(ands, NELEM(ands), f, fl) && joined(c, q + 1);
		k = and ? q + 1 : q;
	}
	/* (The part after "and" is no second body, "Фонда прямых
	 * инвестиций и министерства финансов", "... и правительства": no
	 * body's head and no complement of its own after it.) */
	if (and && end > k &&
	    (token_in(c, end - 1, L_ORG_HEADS, 0) ||
	     (end < c->nt && joined(c, end) && !named_after_word(c, end) &&
	      (complement_adjective(c, end) || genitive_noun(c, end)))))
		end = k - 1;
	/* Then a country or a body, one capitalised word the lists hold, in
	 * the genitive ("Службы безопасности Украины", "Совете министров
	 * Евросоюза"); not an adjective ("... České advokátní komory"). */
	/* (A country of several words may end as an adjective does:
	 * "Bosne i Hercegovine".) */
	size_t gl;
	if (end > j && end < c->nt && joined(c, end) && (c->tk[end].flags & TD_TOK_UPPER)) {
		td__lexinfo L;
		lex(c, end, &L);
		const td__gaz *g;
		if (country_at(c, end, &gl) && (gl > 1 || !adjectival(c, end)))
			end += gl;
		else if (!adjectival(c, end) && (g = gaz_after(c, end, &gl, &L)) && gl == 1 &&
			 (g->type == TD_ENT_LOC || g->type == TD_ENT_ORG))
			end += gl;
	}
	return end;
}

/* purpose_end()'s purposes after the preposition at j, a country after
 * the second one allowed where nouns have cases (cased). */
static size_t purpose_parts(const ctx *c, size_t j, int dot, int cased)
{
	static const char *const ands[] = {"и", "i", "a", "in", "та", "й", "і"};
	/* Plural and neuter adjectives that adjectival() leaves to nouns. */
	static const char *const adj_more[] = {"ни", "но", "ні", "ne", "ou"};
	size_t end = j, k = j + 1;
	int governed = 0; /* the part after "matters" (1) or "struggle against" (2) */
	for (int part = 0; part < 3; part++) {
		size_t q = k;
		int adj = 0;
		/* (A word in "-ни", "-но" with no noun after it is the
		 * noun: "і оборони".) */
		while (adj < 3) {
			if (purpose_word(c, q, dot ? 1 + (q != j + 1) : 0) &&
			    (adjectival(c, q) ||
			     (ends_in(c, q, adj_more, NELEM(adj_more)) && purpose_word(c, q + 1, dot ? 2 : 0))))
				q++, adj++;
			/* (Adjectives joined by "and": "za nadzor
			 * obveščevalnih in varnostnih služb".) */
			else if (adj && and_adjective(c, q, ands, NELEM(ands)) && purpose_word(c, q + 1, dot ? 2 : 0) &&
				 adjectival(c, q + 1))
				q++;
			else
				break;
		}
		if (!purpose_word(c, q, dot ? 1 + (q != j + 1) : 0) || adjectival(c, q) || past_tense(c, q))
			return end;
		q++;
		size_t gl;
		if (part > 0 && !governed && q < c->nt && joined(c, q) && !(cased && country_at(c, q, &gl)))
			return end;
		end = q;
		if (q + 1 >= c->nt || !joined(c, q))
			return end;
		char f[WBUF], nf[WBUF];
		size_t fl = tok_fold(c, q, f, sizeof(f)), nfl = tok_fold(c, q - 1, nf, sizeof(nf));
		/* (After "struggle" its preposition is skipped; after
		 * "matters" the genitive follows at once.) */
		int against = struggle_against(nf, nfl, f, fl) && joined(c, q + 1);
		int and = word_listed(ands, NELEM(ands), f, fl) && joined(c, q + 1);
		/* (What is fought takes no second noun: "по борьбе с
		 * наркотиками закрыта".) */
		if (governed == 2 && !and)
			return end;
		governed = against ? 2 : matters_of(nf, nfl);
		k = against || and ? q + 1 : q;
	}
	return end;
}

/* Whether token k is a verb's past form: it ends as one ("-l", "-la",
 * "-ло", "-ł") and the dictionary's base form is an infinitive
 * ("zasedal" -> "zasedat", "сообщил" -> "сообщить"). */
static int past_tense(const ctx *c, size_t k)
{
	static const char *const past[] = {"l", "la", "lo", "li", "ly", "ł", "ła", "ło", "ły",
					   "л", "ла", "ло", "ли"};
	static const char *const inf[] = {"t", "ť", "ti", "ći", "či", "ć", "ть", "ти", "ться", "тися"};
	return ends_in(c, k, past, NELEM(past)) && lemma_ends_in(c, k, TD__LEX_DICT, inf, NELEM(inf));
}

/* Whether the folded noun (nl bytes) is "matters" or "questions", whose
 * genitive follows in a body's purpose ("Комітет з питань національної
 * безпеки і оборони", "Министерство по делам гражданской обороны"). */
static int matters_of(const char *noun, size_t nl)
{
	static const char *const m[] = {"питань", "вопросам", "делам", "справах"};
	return word_listed(m, NELEM(m), noun, nl);
}

/* Whether the folded noun (nl bytes) is one of struggle and prep (pl
 * bytes) the preposition "against" it takes, a body's purpose going on
 * with what it fights: "Оперативный штаб по борьбе с коронавирусом",
 * "Агенция за борба с корупцията", "Urad za boj proti korupciji". */
static int struggle_against(const char *noun, size_t nl, const char *prep, size_t pl)
{
	static const struct {
		const char *stem, *prep;
	} sa[] = {
		{"борьб", "с"}, {"борьб", "со"}, {"боротьб", "з"}, {"боротьб", "із"}, {"боротьб", "зі"},
		{"борба", "с"}, {"борба", "със"}, {"walk", "z"}, {"walk", "ze"}, {"boj", "proti"},
		{"borb", "protiv"},
	};
	for (size_t q = 0; q < NELEM(sa); q++) {
		size_t sl = strlen(sa[q].stem);
		if (nl >= sl && !memcmp(noun, sa[q].stem, sl) && strlen(sa[q].prep) == pl &&
		    !memcmp(prep, sa[q].prep, pl))
			return 1;
	}
	return 0;
}

/* Whether the run [i, j) of two or three capitalised words after a
 * common word is a person named in full: spaces alone between them, no
 * word the dictionary knows as a common word only; the first a given name
 * of the dictionary (a capitalised stem and no common word: "Jerome",
 * "Marco"), or a word it does not know when the last is written alone
 * elsewhere in the article ("Мишел Барние ... Барние") or ends like a
 * Slavic surname ("Andrej Plenković"); the last no listed place; and in
 * a language with noun cases that first name in its base form
 * ("Predsjednik Vlade Andrej Plenković", not "Nadace Václava Havla"). */
/* English words of an office that the dictionary also has with a
 * capital ("Chief Executive Dave Calhoun", "Administrator Mike
 * Whitaker"): an office before a name all the same. */
static int english_office_word(const char *f, size_t fl)
{
	static const char *const offices[] = {
		"chief", "executive", "administrator", "chairman", "chairwoman", "chair", "director",
		"commissioner", "officer", "secretary", "attorney", "general", "deputy", "president",
		"minister", "governor", "senator", "representative", "ambassador", "spokesman",
		"spokeswoman", "spokesperson", "treasurer", "envoy", "adviser", "advisor", "judge",
		"justice", "marshal", "admiral", "colonel", "major", "captain", "sheriff", "mayor",
		"founder", "head", "leader", "manager", "analyst", "economist", "professor", "coach",
	};
	return word_listed(offices, NELEM(offices), f, fl);
}

static int english_office(const ctx *c, size_t i)
{
	if (!c->caseless)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return english_office_word(f, fl);
}

/* Whether English token i follows an office and "of": the office's
 * department ("Secretary of State", "Minister of Finance"). */
static int office_department(const ctx *c, size_t i)
{
	return c->caseless && i >= 2 && token_in(c, i - 1, L_OF_WORDS, 1) && english_office(c, i - 2);
}

/* Whether Bulgarian token i has an adjective's ending: definite "-ия",
 * "-ият", "-ата", "-ото", "-ите"; "-ски", "-ска", "-ско", "-ен", "-на",
 * "-но", "-ни", "-ов" ("Висшия", "Лейбъристката", "Общите", "Нов"). */
static int bg_adjective(const ctx *c, size_t i)
{
	static const char *const ends[] = {"ия", "ият", "ата", "ото", "ите", "ски", "ска", "ско", "ен",
					   "на", "но", "ни", "ов"};
	/* Short adjectives with no ending ("Нов фламандски алианс"). */
	static const char *const bare[] = {"нов", "стар", "бял", "общ", "висш", "велик", "свети", "млад"};
	/* "-ка", "-ката" are nouns' endings too: an adjective's only before
	 * an organisation's head ("Лейбъристка партия"). */
	static const char *const ka[] = {"ка", "ката"};
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	return ends_in(c, i, ends, NELEM(ends)) || word_listed(bare, NELEM(bare), f, fl) ||
	       (ends_in(c, i, ka, NELEM(ka)) && i + 1 < c->nt && token_in(c, i + 1, L_ORG_HEADS, 0));
}

/* Bulgarian: whether token i, after a name's capitalised first word, is
 * an adjective that goes on to its noun ("Демократичната юнионистка
 * партия", "Международния газов форум"): an adjective's ending, and no
 * organisation's head or noun in "-ия" ("партия", "асоциация"), which
 * end the name. */
static int bg_adjective_goes_on(const ctx *c, size_t i)
{
	static const char *const ija[] = {"ия"};
	return !strcmp(c->a->lang, "bg") && bg_adjective(c, i) && !token_in(c, i, L_ORG_HEADS, 0) &&
	       !ends_in(c, i, ija, NELEM(ija));
}

/* Whether token i opens a sentence with a ministry's word and its field
 * in lower case after it ("Ministerstvo zdravotnictví", "Министерство
 * иностранных дел", "Ministrstvo za finance" aside: a preposition's
 * purpose is read elsewhere): the word after is a content word that is
 * no verb (name_goes_on()). */
static int ministry_start(const ctx *c, size_t i)
{
	static const char *const ministry[] = {"министерств", "міністерств", "ministerstv", "ministrstv",
					       "ministarstv"};
	if (!c->slavic || !(c->tk[i].flags & TD_TOK_SENT_START) || (c->tk[i].flags & TD_TOK_ALLCAPS) ||
	    i + 1 >= c->nt || !joined(c, i + 1) || c->li < 0)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f)), k;
	for (k = 0; k < NELEM(ministry); k++)
		if (fl > strlen(ministry[k]) && !memcmp(f, ministry[k], strlen(ministry[k])))
			break;
	if (k == NELEM(ministry))
		return 0;
	td__lexinfo L;
	lex(c, i + 1, &L);
	return (L.flags & TD__LEX_DICT) && name_goes_on(c, i + 1);
}

static const td__gaz *gaz_of_text(const char *text, size_t n, int stems);

/* Whether token k is a double given name whose two parts the dictionary
 * knows as names only ("Jean-Claude", "Anne-Marie"). */
static int hyphenated_given(const ctx *c, size_t k)
{
	const char *part[2];
	size_t len[2];
	if (!hyphen_parts(c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start, part, len))
		return 0;
	int en = en_dict();
	for (int p = 0; p < 2; p++) {
		/* Two given names: no acronym, no listed name ("USA-Unia"). */
		int l1;
		td_utf8_decode(part[p], len[p], &l1);
		if (l1 <= 0 || (size_t)l1 >= len[p] || td_text_is_upper_initial(part[p] + l1, len[p] - (size_t)l1))
			return 0;
		const td__gaz *g = gaz_of_text(part[p], len[p], 1);
		if (g && !g->weak)
			return 0;
		td__lexinfo L;
		td__lex_lookup(dict_for(c, part[p], len[p]), part[p], len[p], &L);
		if ((L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER))
			return 0;
		/* Names of other languages: the English dictionary's. */
		if (!(L.flags & TD__LEX_KNOWN) && en >= 0)
			td__lex_lookup(en, part[p], len[p], &L);
		if ((L.flags & (TD__LEX_SELF | TD__LEX_PROPER)) != (TD__LEX_SELF | TD__LEX_PROPER))
			return 0;
	}
	return 1;
}

/* Whether the dictionary knows token k in a form other than its base
 * form ("Komisie", of "Komisia"; not "Rada"). */
static int oblique_word(const ctx *c, size_t k)
{
	td__lexinfo L;
	lex(c, k, &L);
	if (!(L.flags & TD__LEX_KNOWN) || !L.lemma)
		return 0;
	char a[WBUF], b[WBUF];
	size_t al = tok_fold(c, k, a, sizeof(a));
	size_t bl = td_text_fold(L.lemma, strlen(L.lemma), b, sizeof(b));
	return al != bl || memcmp(a, b, al);
}

/* Whether no dictionary knows token k, the article's nor the English
 * one. */
static int unknown_anywhere(const ctx *c, size_t k)
{
	td__lexinfo L;
	lex(c, k, &L);
	if (L.flags & TD__LEX_KNOWN)
		return 0;
	int en = en_dict();
	if (en < 0)
		return 1;
	td__lex_lookup(en, c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start, &L);
	return !(L.flags & TD__LEX_KNOWN);
}

/* Endings of Slavic surnames ("Plenković", "Kowalski", "Фиала"
 * aside: "-ova", "-ská" are a woman's). */
static const char *const surname_ends[] = {
	"ić", "ič", "ski", "cki", "ský", "cký", "ová", "ov", "ev", "enko", "ук", "юк",
	"ов", "ев", "ин", "ський", "цький", "ски", "ский", "цкий", "енко", "ska", "cka", "ská",
	"ова", "ева", "ина", "ська", "цька", "ска", "ская",
};

static int names_after_office(const ctx *c, size_t i, size_t j)
{
	if (j - i < 2 || j - i > 3)
		return 0;
	int given = 0, hyph = 0;
	for (size_t k = i; k < j; k++) {
		td__lexinfo L;
		lex(c, k, &L);
		/* A surname that is also a common word ("Meloni", melons)
		 * after a given name, written alone elsewhere. */
		int common_surname = k == j - 1 && given && alone_elsewhere(c, k);
		if ((c->tk[k].flags & TD_TOK_ALLCAPS) || !(c->tk[k].flags & TD_TOK_UPPER) ||
		    ((L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER) && !common_surname))
			return 0;
		if (k == i && (L.flags & TD__LEX_KNOWN) && !(L.flags & TD__LEX_SELF))
			return 0;
		if (k == i)
			given = ((L.flags & TD__LEX_SELF) && (L.flags & TD__LEX_PROPER) &&
				 !(L.flags & TD__LEX_LOWER)) ||
				(hyph = !(L.flags & TD__LEX_KNOWN) && hyphenated_given(c, k)) ||
				/* a census first name that this language's
				 * dictionary does not know ("Anthony Fauci"), or
				 * an English one it knows as a word too ("Mike
				 * Pompeo", "Mark Esper") */
				((!(L.flags & TD__LEX_KNOWN) || c->caseless) && census_given(c, k));
		/* Spaces alone between the words ("Standard Chartered –
		 * Frankfurt" is no office before a name). */
		const char *g = c->t + c->tk[k - 1].end;
		for (; g < c->t + c->tk[k].start; g++)
			if (*g != ' ')
				return 0;
	}
	size_t gl;
	td__lexinfo Lj;
	lex(c, j - 1, &Lj);
	if (gaz_at_all(c, j - 1, &gl, &Lj))
		return 0;
	/* An English given name that is a common word too ("Mike", "Bill")
	 * before a surname that is a name only ("Whitaker"). */
	if (!given && c->caseless && j - i == 2 && !english_office(c, i) && (Lj.flags & TD__LEX_PROPER) &&
	    !(Lj.flags & TD__LEX_LOWER)) {
		td__lexinfo Li;
		lex(c, i, &Li);
		given = (Li.flags & TD__LEX_SELF) && (Li.flags & TD__LEX_PROPER);
	}
	/* Two words no dictionary knows, in Latin letters, after an
	 * organisation's word: a foreign person ("Podpredseda Komisie Frans
	 * Timmermans"). */
	if (!given && c->slavic && !c->cyrillic && j - i == 2 && i > 0 && token_in(c, i - 1, L_ORG_HEADS, 0) &&
	    oblique_word(c, i - 1) &&
	    unknown_anywhere(c, i) && unknown_anywhere(c, i + 1) && !gaz_at_all(c, i, &gl, NULL))
		given = hyph = 1; /* (declined by no rule the dictionary knows) */
	if (!given && !alone_elsewhere(c, j - 1) &&
	    !(c->slavic && ends_in(c, j - 1, surname_ends, NELEM(surname_ends))))
		return 0;
	/* (A double given name of another language keeps its form, and
	 * so does a census first name: "Anthony Fauci".) */
	return c->caseless || hyph || first_name_nominative(c, i) || census_given(c, i);
}

/* Whether token i as part of a person's name has a base form other than
 * itself. */
static int oblique_form(const ctx *c, size_t i)
{
	char b[WBUF];
	size_t n = c->tk[i].end - c->tk[i].start;
	size_t bl = token_lemma(c, i, TD_ENT_PER, b, sizeof(b));
	return bl != n || memcmp(b, c->t + c->tk[i].start, n);
}

/* Whether the dictionary knows token i as a common word only. */
static int common_only(const ctx *c, size_t i)
{
	td__lexinfo L;
	lex(c, i, &L);
	return (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER);
}

/* Whether tokens a and b end in the same letter (a case ending they
 * share). */
static int same_ending(const ctx *c, size_t a, size_t b)
{
	const char *x = c->t + c->tk[a].end, *y = c->t + c->tk[b].end;
	size_t k = 1;
	while (k < 4 && ((unsigned char)x[-(long)k] & 0xC0) == 0x80)
		k++;
	return c->tk[b].end - c->tk[b].start >= k && !memcmp(x - k, y - k, k);
}

/* Whether run [i, i + 3) is a name and its owner, a person in the
 * genitive: "Agrofert Andreje Babiše", "Газпром Алексея Миллера". The
 * first name is in an oblique case of a name the dictionary knows, the
 * surname shares its ending or declines too; the first word is as
 * written and ends otherwise. */
static int genitive_owner(const ctx *c, size_t i)
{
	if (!c->slavic || !strcmp(c->a->lang, "bg") || !strcmp(c->a->lang, "mk") || c->li < 0)
		return 0;
	char b[WBUF];
	size_t bl = token_lemma(c, i + 1, TD_ENT_PER, b, sizeof(b));
	size_t n = c->tk[i + 1].end - c->tk[i + 1].start;
	if (!bl || bl >= n || memcmp(b, c->t + c->tk[i + 1].start, bl))
		return 0;
	td__lexinfo G;
	td__lex_lookup(c->li, b, bl, &G);
	if (!(G.flags & TD__LEX_SELF) || !(G.flags & TD__LEX_PROPER) || (G.flags & TD__LEX_LOWER))
		return 0;
	/* (The first word ends in a consonant, as a nominative does that
	 * no case of a name has: not "Jana Amose Komenského", "Asifa Aliego
	 * Zardariego".) */
	const char *w = c->t + c->tk[i].start;
	size_t wn = c->tk[i].end - c->tk[i].start, a = wn ? wn - 1 : 0;
	while (a > 0 && ((unsigned char)w[a] & 0xC0) == 0x80)
		a--;
	if (vowel_end(w + a, wn - a))
		return 0;
	return !oblique_form(c, i) && !same_ending(c, i, i + 1) &&
	       (same_ending(c, i + 1, i + 2) || oblique_form(c, i + 2));
}

/* Bulgarian and Macedonian: whether token i follows "на" and is written
 * elsewhere in the article as a surname after a capitalised word
 * ("адвокатът на Тръмп ... Доналд Тръмп"). */
static int bg_possessor(const ctx *c, size_t i)
{
	if ((strcmp(c->a->lang, "bg") && strcmp(c->a->lang, "mk")) || i == 0 || !joined(c, i) || !is_na(c, i - 1))
		return 0;
	return surname_elsewhere(c, i);
}

/* Whether token i is a name in an oblique case ("Трампа") whose base
 * form the article writes as a word ("Трамп"). */
static int oblique_of_named(const ctx *c, size_t i)
{
	char b[WBUF], f[WBUF];
	size_t n = c->tk[i].end - c->tk[i].start;
	size_t bl = token_lemma(c, i, TD_ENT_PER, b, sizeof(b));
	if (!bl || bl >= n) /* a base form shorter than the word */
		return 0;
	/* Not a name as written ("Petra", a woman's, not only Petr's). */
	td__lexinfo L;
	lex(c, i, &L);
	if (L.flags & TD__LEX_SELF)
		return 0;
	size_t fl = td_text_fold(b, bl, f, sizeof(f));
	return fl && set_has(c, f, fl);
}

/* Whether token i is two words joined by a hyphen that are both listed
 * names ("UE-Londyn", "USA-Unia"). */
static int hyphen_listed(const ctx *c, size_t i)
{
	const char *part[2];
	size_t len[2];
	if (!hyphen_parts(c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start, part, len))
		return 0;
	return gaz_of_text(part[0], len[0], 1) && gaz_of_text(part[1], len[1], 1);
}

/* Whether the base form of token i, a name in an oblique case, follows
 * a capitalised word somewhere in the article and ends the name there: a
 * surname ("Johnsona" of "Boris Johnson"), not a given name ("Терезой"
 * of "Великобритании Тереза Мэй"). A scan: asked of rare pairs. */
static int base_after_given(const ctx *c, size_t i)
{
	char b[WBUF], f[WBUF], g[WBUF];
	size_t bl = token_lemma(c, i, TD_ENT_PER, b, sizeof(b));
	size_t fl = bl ? td_text_fold(b, bl, f, sizeof(f)) : 0;
	if (!fl)
		return 0;
	for (size_t k = 1; k < c->nt; k++) {
		if (k == i || c->tk[k].end - c->tk[k].start != bl || !followed(c, k) ||
		    (k + 1 < c->nt && joined(c, k + 1) && (c->tk[k + 1].flags & TD_TOK_UPPER)))
			continue;
		size_t gl = tok_fold(c, k, g, sizeof(g));
		if (gl == fl && !memcmp(g, f, fl))
			return 1;
	}
	return 0;
}

/* Whether token k is the title of an institution's head or expert
 * ("Guvernér banky Aleš Michl", "prezes firmy Jan Kowalski", "analytik
 * banky Jan Novák"): a role before an organisation's word only, since
 * alone it mostly precedes the institution ("prezes UOKiK", "gubernator
 * Pendżabu"). */
static int institution_head(const ctx *c, size_t k)
{
	static const char *const heads[] = {"guvern", "gubernator", "prezes", "dyrektor", "ředitel",
					    "riaditeľ", "direktor", "šéf", "šef", "управляющ", "керуюч",
					    /* Analysts and economists of a bank or a firm
					     * ("Analytik Komerční banky Jan Vejmělek"). */
					    "analyt", "analit", "analyst", "анали", "ekonom", "economist", "економіст",
					    "экономист", "икономист"};
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	for (size_t h = 0; h < NELEM(heads); h++) {
		size_t hl = strlen(heads[h]);
		if (fl >= hl && !memcmp(f, heads[h], hl))
			return 1;
	}
	return 0;
}

/* Whether only spaces and a quotation mark stand between tokens k - 1
 * and k ("Vincent \"The"). */
static int quote_gap(const ctx *c, size_t k)
{
	const char *s = c->t + c->tk[k - 1].end, *e = c->t + c->tk[k].start;
	if (e - s > 8)
		return 0;
	for (const char *p = s; p < e; p++)
		if (*p == ',' || *p == '.' || *p == '\n' || *p == '(' || *p == ')' || *p == ';' || *p == ':')
			return 0;
	return e > s;
}

/* Whether the run [i, j) is followed by a comma and a listed state,
 * province or country that no possessive or hyphen continues
 * ("Rancho Mirage, California"), and opens with no first name. */
static int town_before_state(const ctx *c, size_t i, size_t j)
{
	if (j + 1 >= c->nt || c->tk[j].start <= c->tk[j - 1].end || !(c->tk[j].flags & TD_TOK_UPPER))
		return 0;
	const char *s = c->t + c->tk[j - 1].end, *e = c->t + c->tk[j].start;
	if (!memchr(s, ',', (size_t)(e - s)) || memchr(s, '\n', (size_t)(e - s)))
		return 0;
	size_t gl;
	td__lexinfo L;
	lex(c, j, &L);
	const td__gaz *g = gaz_at_all(c, j, &gl, &L);
	if (!g || g->type != TD_ENT_LOC || (strncmp(g->key, "sub:", 4) && strncmp(g->key, "gpe:", 4)))
		return 0;
	size_t end = j + gl - 1, e2 = c->tk[end].end;
	/* (nor "Portugal 's", as tokenised text writes the possessive) */
	if (english_possessive(c, end) || (e2 < c->a->text_len && c->t[e2] == '-') ||
	    (e2 + 3 <= c->a->text_len && !memcmp(c->t + e2, " 's", 3)))
		return 0;
	/* (nor a firm's legal form: "Portugal Telecom SGPS SA, Portugal") */
	return !first_name_run(c, i, j) && !census_given(c, i) && !(c->tk[j - 1].flags & TD_TOK_ALLCAPS);
}

/* Whether an officer's role (a person's cue: "директор", "Guverner")
 * opens one of the at most n tokens before token k, in its sentence. */
static int role_before(const ctx *c, size_t k, size_t n)
{
	for (size_t q = k; q > 0 && k - q < n; q--) {
		if (!joined(c, q))
			return 0;
		if (token_in(c, q - 1, L_PER_CUES, 0))
			return 1;
		if (c->tk[q - 1].flags & TD_TOK_SENT_START)
			return 0;
	}
	return 0;
}

/* Whether the capitalised run [i, j) after an organisation's word is a
 * person in apposition rather than the organisation's name: after a
 * party's word ("лидер партии Джереми Корбин", "kandydat Partii
 * Demokratycznej Joe Biden", but "партия Единая Россия", "strana Tehríke
 * Labajk") or after any organisation's word that itself follows a
 * person's role ("директор компании Майкл О'Лири", "генеральный директор
 * организации Тедрос Адханом Гебрейесус", but "компании Газпром"). Two or
 * three words, none of which the dictionary knows as a common word
 * (organisations take their names from common words, persons do not) and
 * no listed name ("Техрик-э-Лабаик Пакистан"), the first a given name the
 * dictionary knows or the last written alone elsewhere in the article as
 * a surname is. */
static int org_apposition(const ctx *c, size_t i, size_t j)
{
	static const char *const party[] = {"парти", "parti", "stran", "партиј", "партії"};
	if (j - i < 2 || j - i > 3)
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i - 1, f, sizeof(f));
	int is_party = 0;
	for (size_t k = 0; k < NELEM(party); k++)
		is_party |= fl >= strlen(party[k]) && !memcmp(f, party[k], strlen(party[k]));
	/* The role right before the organisation's word, or before Bulgarian
	 * "на" ("директор на компанията Майкъл О'Лиъри"). */
	int role = i >= 2 && joined(c, i - 1) && (token_in(c, i - 2, L_PER_CUES, 0) || institution_head(c, i - 2));
	/* (Or before the organisation's adjective: "Analytik Komerční
	 * banky Jan Vejmělek".) */
	if (!role && i >= 3 && joined(c, i - 1) && joined(c, i - 2) && (c->tk[i - 2].flags & TD_TOK_UPPER) &&
	    !(c->tk[i - 2].flags & TD_TOK_SENT_START) && adjectival(c, i - 2))
		role = token_in(c, i - 3, L_PER_CUES, 0) || institution_head(c, i - 3);
	if (!role && i >= 3 && joined(c, i - 1) && joined(c, i - 2) &&
	    is_na(c, i - 2))
		role = token_in(c, i - 3, L_PER_CUES, 0);
	if (!is_party && !role)
		return 0;
	int given = 0;
	/* A last word with a Slavic surname's ending that the dictionary
	 * knows as no common word: a first word the dictionary knows as a
	 * name too, or not at all, is then a given name ("партията Бойко
	 * Борисов", "бойко" an adverb too; "stranke Andrej Plenković"; not
	 * "koncernu Anheuser-Busch InBev"). */
	int surname_end = 0;
	if (c->slavic && j - i == 2 && ends_in(c, j - 1, surname_ends, NELEM(surname_ends)) &&
	    !inner_capital(c, j - 1) && !memchr(c->t + c->tk[i].start, '-', c->tk[i].end - c->tk[i].start)) {
		td__lexinfo Lj;
		lex(c, j - 1, &Lj);
		surname_end = !(Lj.flags & TD__LEX_LOWER);
	}
	for (size_t k = i; k < j; k++) {
		td__lexinfo L;
		lex(c, k, &L);
		size_t gl;
		/* (A surname may be a common word after a given name that is
		 * none: "Jan Kowalski", "kowalski" an adjective.) */
		int surname = k + 1 == j && k > i && given;
		/* A given name that is also a common word ("Daniel", a
		 * deer in Polish) where the English dictionary knows it as
		 * a name only. */
		int en_given = 0;
		if (k == i && (L.flags & TD__LEX_LOWER) && c->li_latin >= 0 && j - i == 2) {
			td__lexinfo E;
			td__lex_lookup(c->li_latin, c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start, &E);
			en_given = (E.flags & TD__LEX_SELF) && (E.flags & TD__LEX_PROPER) && !(E.flags & TD__LEX_LOWER);
		}
		if (k == i && !en_given && surname_end)
			en_given = (L.flags & TD__LEX_PROPER) || !(L.flags & TD__LEX_KNOWN);
		if (((L.flags & TD__LEX_LOWER) && !surname && !en_given) || (c->tk[k].flags & TD_TOK_ALLCAPS) ||
		    gaz_at(c, k, &gl, &L))
			return 0;
		if (k == i)
			given = ((L.flags & TD__LEX_PROPER) && !(L.flags & TD__LEX_LOWER)) || en_given;
	}
	return given || alone_elsewhere(c, j - 1);
}

/* Where every noun has a capital: whether token k follows a first name
 * (a word the dictionaries keep as a name only, "Angela Merkel"). */
static int after_first_name(const ctx *c, size_t k)
{
	if (k == 0 || !joined(c, k) || !(c->tk[k - 1].flags & TD_TOK_UPPER) ||
	    (c->tk[k - 1].flags & TD_TOK_ALLCAPS))
		return 0;
	return proper_only(c, k - 1);
}

/* Whether token k is a generation after a name ("Jr", "Sr"): what
 * precedes it is the name, not a title before one ("Martin Luther King
 * Jr."). */
static int generation_word(const ctx *c, size_t k)
{
	static const char *const gens[] = {"Jr", "Sr", "Jnr", "Snr"};
	return word_listed(gens, NELEM(gens), c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start);
}

/* English: whether token k follows a word the dictionary knows as a
 * name, also when it is a common word too ("Mark Felt", "Jack Black"; not
 * "World Golf Championship"). */
static int after_proper_name(const ctx *c, size_t k)
{
	if (k == 0 || !joined(c, k) || !(c->tk[k - 1].flags & TD_TOK_UPPER) ||
	    (c->tk[k - 1].flags & TD_TOK_ALLCAPS))
		return 0;
	td__lexinfo L;
	lex(c, k - 1, &L);
	return (L.flags & TD__LEX_PROPER) != 0;
}

/* German without a dictionary: whether token k follows an article or a
 * determiner ("die Regierung"). */
static int after_article(const ctx *c, size_t k)
{
	return token_in(c, k - 1, L_DE_ARTICLES, 1);
}

/* The set (c->setcap slots) of the capitalised words the article writes
 * right after a token that after() accepts, folded when fold; built once
 * per article so that a word is tested against it in constant time.
 * NULL when out of memory. */
static uint64_t *words_after(const ctx *c, td_arena *ar, int (*after)(const ctx *, size_t), int fold)
{
	uint64_t *set = td_arena_calloc(ar, c->setcap * sizeof(uint64_t));
	if (!set)
		return NULL;
	for (size_t i = 1; i < c->nt; i++)
		if ((c->tk[i].flags & TD_TOK_UPPER) && !(c->tk[i].flags & TD_TOK_ALLCAPS) &&
		    joined(c, i) && after(c, i)) {
			const char *w = c->t + c->tk[i].start;
			size_t n = c->tk[i].end - c->tk[i].start;
			char f[WBUF];
			if (fold) {
				n = td_text_fold(w, n, f, sizeof(f));
				w = f;
			}
			hset_add(set, c->setcap, w, n);
		}
	return set;
}

/* Whether the word of token i follows a first name somewhere in the
 * article ("Angela Merkel ... Merkel sagte"). */
static int surname_of_named(const ctx *c, size_t i)
{
	return hset_has(c->named, c->setcap, c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start);
}

/* Whether the article writes the word of token i in lower case
 * somewhere (the first letter lower, the rest the same). */
static int lower_elsewhere(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	int l1;
	uint32_t cp = td_utf8_decode(w, n, &l1);
	char low[8];
	uint32_t lc = (uint32_t)u_tolower((UChar32)cp);
	int enc = td_utf8_encode(lc, low);
	if (enc <= 0)
		return 0;
	size_t ll = (size_t)enc;
	struct lazy_sets *z = c->lz;
	if (z->nlower++ >= LAZY_SCANS && !z->lower && (z->lower = td_arena_calloc(c->ar, lazy_cap(c) * sizeof(uint64_t))))
		for (size_t k = 0; k < c->nt; k++)
			if (!(c->tk[k].flags & TD_TOK_UPPER))
				hset_add(z->lower, z->cap, c->t + c->tk[k].start, c->tk[k].end - c->tk[k].start);
	if (z->lower && n - (size_t)l1 + ll < WBUF) {
		char f[WBUF];
		memcpy(f, low, ll);
		memcpy(f + ll, w + l1, n - (size_t)l1);
		return hset_has(z->lower, z->cap, f, n - (size_t)l1 + ll);
	}
	for (size_t k = 0; k < c->nt; k++) {
		const td_token *t = &c->tk[k];
		if (t->flags & TD_TOK_UPPER)
			continue;
		if (t->end - t->start == n - (size_t)l1 + ll && !memcmp(c->t + t->start, low, ll) &&
		    !memcmp(c->t + t->start + ll, w + l1, n - (size_t)l1))
			return 1;
	}
	return 0;
}

/* Endings of East Slavic towns' names and their base forms: "-ск", "-цк"
 * ("Покровск", "Донецк"; Russian declines them: "Покровска", "Донецке",
 * not the adjectives and surnames in "-ский", "-ская", nor their
 * locative "-ском", which the towns' instrumental shares: "в Ленинском
 * районе", "на Пискаревском кладбище"; Bulgarian does
 * not, and its "-ска" is an adjective's), "-поль" ("Мариуполя"); in
 * Ukrainian "-ськ", "-цьк" as written (its "-ська" is also a woman's
 * surname). */
enum { EAST_RU = 1, EAST_UK = 2, EAST_BG = 4 };
static const struct {
	const char *end, *base;
	uint8_t langs; /* EAST_* */
} east_ends[] = {
	{"ск", "ск", EAST_RU | EAST_BG},
	{"ска", "ск", EAST_RU},
	{"ску", "ск", EAST_RU},
	{"ске", "ск", EAST_RU},
	{"цк", "цк", EAST_RU | EAST_BG},
	{"цка", "цк", EAST_RU},
	{"цку", "цк", EAST_RU},
	{"цке", "цк", EAST_RU},
	{"ськ", "ськ", EAST_UK},
	{"цьк", "цьк", EAST_UK},
	{"поль", "поль", EAST_RU | EAST_UK | EAST_BG},
	{"поля", "поль", EAST_RU | EAST_UK},
	{"полю", "поль", EAST_RU | EAST_UK},
	{"полем", "поль", EAST_RU | EAST_UK},
	{"поле", "поль", EAST_RU},
	/* Villages and towns in "-івка", "-ївка" ("Авдіївкою", "Малинівці"),
	 * Russian "-овка", "-евка" ("Авдеевкой", "Николаевке"). */
	{"івка", "івка", EAST_UK},
	{"івки", "івка", EAST_UK},
	{"івці", "івка", EAST_UK},
	{"івку", "івка", EAST_UK},
	{"івкою", "івка", EAST_UK},
	{"ївка", "ївка", EAST_UK},
	{"ївки", "ївка", EAST_UK},
	{"ївці", "ївка", EAST_UK},
	{"ївку", "ївка", EAST_UK},
	{"ївкою", "ївка", EAST_UK},
	{"овка", "овка", EAST_RU},
	{"овки", "овка", EAST_RU},
	{"овке", "овка", EAST_RU},
	{"овку", "овка", EAST_RU},
	{"овкой", "овка", EAST_RU},
	{"евка", "евка", EAST_RU},
	{"евки", "евка", EAST_RU},
	{"евке", "евка", EAST_RU},
	{"евку", "евка", EAST_RU},
	{"евкой", "евка", EAST_RU},
};

/* Whether token i, in Cyrillic, ends like an East Slavic town's name
 * (east_ends); its base form into out (cap bytes) when out. */
static int east_town(const ctx *c, size_t i, char *out, size_t cap)
{
	if (!c->cyrillic)
		return 0;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n <= 10)
		return 0;
	unsigned lang = !strcmp(c->a->lang, "ru") ? EAST_RU : !strcmp(c->a->lang, "uk") ? EAST_UK
		      : !strcmp(c->a->lang, "bg")   ? EAST_BG
						      : 0;
	for (size_t k = 0; k < NELEM(east_ends); k++) {
		size_t el = strlen(east_ends[k].end);
		if (!(east_ends[k].langs & lang) || n <= el + 6 ||
		    memcmp(w + n - el, east_ends[k].end, el))
			continue;
		/* A consonant or a soft sign before "-ск" ("Купянск",
		 * "Норильск"; persons: "Франциск", "Туск"), letters only. */
		const char *p = w + n - el - 2;
		if (strcmp(east_ends[k].base, "поль") && !strstr(east_ends[k].base, "вка") && vowel_end(p, 2) &&
		    memcmp(p, "\xD1\x8C", 2))
			continue;
		for (const char *q = w; q < w + n; q++)
			if (*q == '.' || *q == '-' || (*q >= '0' && *q <= '9'))
				return 0;
		size_t bl = strlen(east_ends[k].base);
		if (out) {
			if (n - el + bl + 1 > cap)
				return 0;
			memcpy(out, w, n - el);
			memcpy(out + n - el, east_ends[k].base, bl + 1);
		}
		return 1;
	}
	return 0;
}

/* Whether token i ends (as written or without its inflection ending)
 * with a suffix that forms names of places, not of persons: Persian and
 * Indian "-abad", "-pur(a)" (Islamabad, Sheikhupura), Germanic "-burg",
 * "-wald", "-holm", "-mouth", "-shire", English "-wich", "-chester",
 * "-ville", a street ("Даунинг-стрит"), Slavic "-grad", in Latin and
 * Cyrillic spellings ("Исламабаде", "Islámábádu", "Грайфсвальдом",
 * "Bornholmu", "Hamburku", "Petrohradu"). At
 * least three letters come before the suffix ("Oswald" is a person).
 * Or a mouth's prefix or a town's preposition inside the word (below). */
static int toponym_form(const ctx *c, size_t i)
{
#define TS(x) {x, sizeof(x) - 1}
	static const struct {
		const char *s;
		size_t n;
	} sufs[] = {
		TS("abad"), TS("ábád"), TS("pur"), TS("pura"), TS("púr"), TS("burg"), TS("bourg"), TS("burk"),
		TS("wald"), TS("holm"), TS("mouth"), TS("shire"), TS("grad"), TS("hrad"), TS("gród"), TS("wich"),
		TS("chester"), TS("ville"), TS("абад"), TS("пур"), TS("пура"), TS("бург"), TS("вальд"),
		TS("валд"), TS("хольм"), TS("холм"), TS("мут"), TS("шир"), TS("град"), TS("уич"), TS("честер"),
		TS("честър"), TS("-стрит"),
	},
	  /* A river's mouth or a town on a river, sea or hill: "Усть-Луга",
	   * "Ust-Ługa", "Ростов-на-Дону", "Stratford-upon-Avon",
	   * "Komsomolsk-on-Amur", "Boulogne-sur-Mer". */
	  pre[] = {TS("усть-"), TS("ust-"), TS("ust'-")},
	  mid[] = {TS("-на-"), TS("-над-"), TS("-upon-"), TS("-on-"), TS("-sur-")};
#undef TS
	char f[WBUF];
	size_t sl;
	size_t fl = tok_fold(c, i, f, sizeof(f));
	if (memchr(f, '-', fl)) {
		for (size_t k = 0; k < NELEM(pre); k++)
			if (fl > pre[k].n + 2 && !memcmp(f, pre[k].s, pre[k].n))
				return 1;
		for (size_t k = 0; k < NELEM(mid); k++) {
			const char *m = memmem(f, fl, mid[k].s, mid[k].n);
			if (m && m > f + 2 && m + mid[k].n + 2 < f + fl)
				return 1;
		}
	}
	if (east_town(c, i, NULL, 0))
		return 1;
	const char *st = tok_stem(c, i, &sl);
	for (size_t k = 0; k < NELEM(sufs); k++) {
		size_t xl = sufs[k].n;
		unsigned char last = (unsigned char)sufs[k].s[xl - 1];
		for (int pass = 0; pass < 2; pass++) {
			const char *s = pass ? st : f;
			size_t l = pass ? sl : fl;
			if (l > xl && (unsigned char)s[l - 1] == last && !memcmp(s + l - xl, sufs[k].s, xl) &&
			    nchars_(s, l - xl) >= 3)
				return 1;
		}
	}
	return 0;
}

/* Whether token i is a Bulgarian common word in its definite form:
 * the dictionary knows it in lower case as an inflection of a shorter
 * stem and it ends with a full or an adjectival article ("Законът",
 * "Еврокомисарят", "Британският", "Общността", "Кралството",
 * "Лисабонския"). Bulgarian names of persons never take the article; a
 * noun with it is a description ("the Community", "the Law"). Plurals
 * ("-те") are left to the run rules: they name parties' members and
 * inhabitants ("Лейбъристите", "Британците"). */
static int bg_definite(const ctx *c, size_t i, const td__lexinfo *L)
{
	static const char *const sufs[] = {"ът", "ят", "та", "то", "ия", "а", "я"};
	/* Words the dictionary does not know: the article of a masculine
	 * noun ("Вицепремиерът", "Еврокомисарят") or of an adjective
	 * ("Пакистанският", "Мюнхенската", "Трансграничният"). */
	static const char *const unknown[] = {"ът", "ят", "ският", "ската", "ските", "ското",
					      "ския", "цкият", "цката", "ният", "щият"};
	if (strcmp(c->a->lang, "bg"))
		return 0;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	if (!(L->flags & TD__LEX_KNOWN) && (L->flags & TD__LEX_DICT)) {
		for (size_t k = 0; k < NELEM(unknown); k++) {
			size_t sl = strlen(unknown[k]);
			if (n > sl + 6 && !memcmp(w + n - sl, unknown[k], sl))
				return 1;
		}
		return 0;
	}
	if (!(L->flags & TD__LEX_LOWER) || !L->lemma)
		return 0;
	if (strlen(L->lemma) >= n)
		return 0;
	for (size_t k = 0; k < NELEM(sufs); k++) {
		size_t sl = strlen(sufs[k]);
		if (n > sl + 4 && !memcmp(w + n - sl, sufs[k], sl))
			return 1;
	}
	return 0;
}

/* Whether token i, matched by its stem to the country g, is an
 * adjective of that country by its ending ("Polskie", "Polskiej", "Polscy", "Ruský",
 * "Полският", "Российской"; not the country's own cases: "Polski",
 * "Polsce"). Slovene writes most countries as adjectives ("Kitajska",
 * "na Hrvaškem"): there only those of another form ("Rusija":
 * "Ruski"). */
static int country_adjective(const ctx *c, size_t i, const td__gaz *g)
{
	static const struct {
		const char *lang, *end;
	} ends[] = {
		{"pl", "skie"}, {"pl", "skim"}, {"pl", "skiego"}, {"pl", "skich"}, {"pl", "skiemu"},
		{"pl", "skimi"}, {"pl", "skiej"}, {"pl", "scy"}, {"pl", "ckie"}, {"pl", "ckim"},
		{"pl", "ckiego"}, {"pl", "ckich"}, {"pl", "ckiej"}, {"pl", "ccy"},
		{"cs", "ský"}, {"cs", "ská"}, {"cs", "ské"}, {"cs", "ského"}, {"cs", "skému"},
		{"cs", "ském"}, {"cs", "ským"}, {"cs", "ských"}, {"cs", "skou"}, {"cs", "ští"},
		{"cs", "cký"}, {"cs", "cká"}, {"cs", "cké"}, {"cs", "ckého"}, {"cs", "ckém"},
		{"cs", "ckou"}, {"cs", "čtí"}, {"sk", "ský"}, {"sk", "ská"}, {"sk", "ské"},
		{"sk", "ského"}, {"sk", "skom"}, {"sk", "skej"}, {"sk", "skú"}, {"sk", "skí"},
		{"sk", "ských"}, {"sk", "ským"}, {"sk", "skými"}, {"sk", "skému"}, {"sk", "skou"},
		{"hr", "ski"}, {"hr", "skog"}, {"hr", "skoga"}, {"hr", "skom"}, {"hr", "skome"},
		{"hr", "skim"}, {"hr", "skih"}, {"hr", "čki"}, {"hr", "čkog"}, {"hr", "čkom"},
		{"hr", "čkim"}, {"hr", "čkih"}, {"sl", "ski"},
		{"sl", "ška"}, {"sl", "ški"}, {"sl", "ška"}, {"sl", "skega"}, {"sl", "škega"},
		{"sl", "skem"}, {"sl", "škem"}, {"sl", "ska"}, {"sl", "ške"}, {"sl", "ske"},
		{"bg", "ската"}, {"bg", "ският"}, {"bg", "ското"}, {"bg", "ските"}, {"bg", "ския"},
		{"bg", "ски"}, {"bg", "ска"}, {"bg", "ско"}, {"ru", "ский"}, {"ru", "ская"},
		{"ru", "ское"}, {"ru", "ские"}, {"ru", "ского"}, {"ru", "ской"}, {"ru", "ском"},
		{"ru", "ским"}, {"ru", "ских"}, {"ru", "скую"}, {"uk", "ський"}, {"uk", "ська"},
		{"uk", "ське"}, {"uk", "ські"}, {"uk", "ського"}, {"uk", "ської"}, {"uk", "ському"},
		{"uk", "ських"}, {"uk", "ську"},
	};
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start, k;
	/* Every ending has a "k" ("-sk-", "-ck-", "-ск-", "-цьк-") or is
	 * Czech "-ští", "-čtí" or Polish "-scy", "-ccy": another word is
	 * passed over at once. */
	int kk = (n > 3 && !memcmp(w + n - 3, "t\xc3\xad", 3)) || (n > 3 && !memcmp(w + n - 2, "cy", 2));
	for (size_t q = n > 10 ? n - 10 : 0; q < n && !kk; q++)
		kk = w[q] == 'k' || (q + 1 < n && (unsigned char)w[q] == 0xD0 && (unsigned char)w[q + 1] == 0xBA);
	if (!kk)
		return 0;
	for (k = 0; k < NELEM(ends); k++) {
		if (!same_lang(ends[k].lang, c->a->lang))
			continue;
		size_t el = strlen(ends[k].end);
		if (n > el + 1 && !memcmp(w + n - el, ends[k].end, el))
			break;
	}
	if (k == NELEM(ends))
		return 0;
	/* Slovak and Croatian write the instrumental of a country in
	 * "-sko", "-ska", "-čka" as the adjective's locative or
	 * instrumental ("s Maďarskom", "s Hrvatskom", "s Njemačkom"; "v
	 * maďarskom parlamente"): with a
	 * capital inside a sentence and no lower-case word after it to
	 * agree with, it is the country. */
	if ((!strcmp(ends[k].end, "skom") || !strcmp(ends[k].end, "čkom")) &&
	    (!strcmp(c->a->lang, "sk") || !strcmp(c->a->lang, "hr")) &&
	    !weak_capital(c, i) &&
	    !(i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_ALPHA) &&
	      !(c->tk[i + 1].flags & TD_TOK_UPPER) && content_word(c, i + 1)))
		return 0;
	if (!strcmp(c->a->lang, "sl"))
		for (; g; g = td__gaz_next(g)) {
			size_t gl = strlen(g->lemma);
			if ((g->langs & c->lbit) && ((gl > 3 && !memcmp(g->lemma + gl - 3, "ska", 3)) ||
						     (gl > 4 && !memcmp(g->lemma + gl - 4, "ška", 4))))
				return 0;
		}
	return 1;
}

static int relational_suffix(const ctx *c, size_t i);
static int surname_stem_elsewhere(const ctx *c, size_t i);

static int name_token(const ctx *c, size_t i, const td__lexinfo *L)
{
	if (!c->nt_memo[i])
		c->nt_memo[i] = (uint8_t)(1 + name_token_(c, i, L));
	return c->nt_memo[i] == 2;
}

/* Whether token k is a South Slavic surname in its nominative: a
 * capitalised word in "-ić" or "-ič" of five letters or more that the
 * dictionary does not know as a common word ("Modrić", "Pogačar" no). */
static int ic_surname(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	if (!(t->flags & TD_TOK_UPPER) || (t->flags & TD_TOK_ALLCAPS) || n < 6 ||
	    (!ends_with(w, n, "i\xC4\x87") && !ends_with(w, n, "i\xC4\x8D")))
		return 0;
	td__lexinfo L;
	lex(c, k, &L);
	return !(L.flags & TD__LEX_LOWER);
}

static int name_token_(const ctx *c, size_t i, const td__lexinfo *L)
{
	const td_token *t = &c->tk[i];
	if (!(t->flags & TD_TOK_UPPER) || !(t->flags & TD_TOK_ALPHA))
		return 0;
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	int l1;
	td_utf8_decode(w, n, &l1);
	if ((size_t)l1 == n && !(t->flags & TD_TOK_ALLCAPS)) {
		/* One letter: an initial ("J. K. Rowling") or a pronoun. */
		return i + 1 < c->nt && c->t[t->end] == '.' && c->tk[i + 1].flags & TD_TOK_UPPER &&
		       !(t->flags & TD_TOK_SENT_START);
	}
	/* A word that starts with a digit is a quantity or a code ("8GB",
	 * "3G", "9400M"), no name of its own; it may open one ("4K Invest"). */
	/* (Nor a clock time: "10:50AM CDT".) */
	if (w[0] >= '0' && w[0] <= '9' &&
	    (!(i + 1 < c->nt && c->tk[i + 1].start == t->end + 1 && c->t[t->end] == ' ' &&
	       (c->tk[i + 1].flags & TD_TOK_UPPER)) ||
	     (n >= 3 && (w[n - 2] == 'A' || w[n - 2] == 'P') && w[n - 1] == 'M' && w[n - 3] >= '0' && w[n - 3] <= '9')))
		return 0;
	/* A function word alone is no name even with a capital inside a
	 * sentence, where crawled text lost a full stop ("zobacz więcej Jak
	 * zaznaczyła"); next to another capitalised word it may be a
	 * foreign name's ("Asif Ali Zardari", "Si Ťin-pching"). */
	/* (Before another function word it is none: "Если Вы", "Терезы
	 * Мэй Если Вы заметите".) */
	if (!(t->flags & TD_TOK_ALLCAPS) && function_word(c, i)) {
		int next = i + 1 < c->nt && joined(c, i + 1), nextfw = next && function_word(c, i + 1);
		int nextcap = next && (c->tk[i + 1].flags & TD_TOK_UPPER) && !nextfw;
		int prevcap = i > 0 && joined(c, i) && (c->tk[i - 1].flags & TD_TOK_UPPER) && !function_word(c, i - 1);
		if (!nextcap && (!prevcap || nextfw))
			return 0;
	}
	/* The editors' note: "(members of the Council. - Ред.)", "(przyp.
	 * Red.)", "(pozn. red.)". */
	if (editorial_abbreviation(c, i))
		return 0;
	/* Two capitalised parts joined by a hyphen that no dictionary knows
	 * whole are a name ("Bielsku-Białej", whose parts a dictionary of
	 * compounds reads as a common adjective's). */
	if (!(t->flags & TD_TOK_ALLCAPS) && L && !(L->flags & TD__LEX_KNOWN) && hyphen_capital(c, i) &&
	    !token_in(c, i, L_HONORIFICS, 0)) /* (not "Brigadier-General") */
		return 1;
	/* A Bulgarian plural with its article no dictionary knows at a
	 * sentence's start: a common noun ("Ислямистите заплашиха"); no
	 * person's name takes "-ите". */
	if (!strcmp(c->a->lang, "bg") && weak_capital(c, i) && L && !(L->flags & TD__LEX_KNOWN) &&
	    n >= 12 && ends_with(w, n, "ите"))
		return 0;
	/* So is an abstract noun in "-ness" no dictionary knows there, before
	 * a word in lower case ("Izlaznost je bila", turnout was): a suffix
	 * no name has. */
	if (c->slavic && weak_capital(c, i) && L && !(L->flags & TD__LEX_KNOWN) && i + 1 < c->nt &&
	    joined(c, i + 1) && !(c->tk[i + 1].flags & TD_TOK_UPPER) && abstract_noun(w, n))
		return 0;
	/* A relational adjective no dictionary knows at a sentence's start,
	 * before a word in lower case: the sentence's adjective
	 * ("Čezatlantsko prijateljstvo je ..."). */
	if (c->slavic && (t->flags & TD_TOK_SENT_START) && L && !(L->flags & TD__LEX_KNOWN) &&
	    (L->flags & TD__LEX_DICT) && i + 1 < c->nt && joined(c, i + 1) &&
	    (c->tk[i + 1].flags & TD_TOK_ALPHA) && !(c->tk[i + 1].flags & TD_TOK_UPPER) && adjectival(c, i) &&
	    relational_suffix(c, i) && !surname_stem_elsewhere(c, i))
		return 0;
	/* An article before a word in lower case is no name ("El
	 * presidente", where "El Salvador" capitalises "El" too). */
	if (c->caseless && i + 1 < c->nt && !(c->tk[i + 1].flags & TD_TOK_UPPER) && article_word(c, i))
		return 0;
	/* English "I'm", "I'll", "I've", "I'd": the pronoun, no name. */
	if (n >= 3 && w[0] == 'I' && (w[1] == '\'' || (n >= 5 && !memcmp(w + 1, "\xE2\x80\x99", 3))))
		return 0;
		/* Weekdays, and months next to a number ("9 May", "May 2019"), unless
	 * inside a longer name ("The Sunday Times"). */
	int cal = tok_calendar(c, i);
	if (cal) {
		int before = i > 0 && joined(c, i) && (c->tk[i - 1].flags & TD_TOK_UPPER);
		/* (A common word capitalised by the sentence is no name before
		 * it: "In August, the court ...".) */
		before = before && !after_sentence_word(c, i);
		int after = i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER);
		int number = (i > 0 && (c->tk[i - 1].flags & TD_TOK_DIGIT)) ||
			     (i + 1 < c->nt && (c->tk[i + 1].flags & TD_TOK_DIGIT));
		/* (A day's English possessive ends any name: "Wednesday's
		 * Champions League trip".) */
		if (cal == 1 && (!after || english_possessive(c, i)))
			return 0;
		/* Nor before a name of its own: a given name ("On Tuesday
		 * Boris Johnson", "In January Donald Trump"), or after a day a
		 * listed place ("On Monday Pakistan's court"); a paper or a firm
		 * may open with a day ("The Sunday Telegraph"), and listed names
		 * that do ("The Sunday Times") are matched before. */
		/* (Where months are written in lower case, a capitalised one
		 * is a name: "Jan Olbrycht"; a month before a given name alone
		 * may be one too: "April Ryan".) */
		int two = i + 2 < c->nt && joined(c, i + 2) && (c->tk[i + 2].flags & TD_TOK_UPPER);
		if (after && c->caseless && (cal == 1 || two)) {
			size_t gl;
			td__lexinfo Ln;
			lex(c, i + 1, &Ln);
			const td__gaz *gn = cal == 1 ? gaz_at(c, i + 1, &gl, &Ln) : NULL;
			/* (A census first name that is a common word too,
			 * after a day and before another capitalised word: "On
			 * Monday Jack Straw said".) */
			if ((gn && gn->type == TD_ENT_LOC) ||
			    ((Ln.flags & TD__LEX_SELF) && (Ln.flags & TD__LEX_PROPER) &&
			     (!(Ln.flags & TD__LEX_LOWER) || (cal == 1 && two && census_given(c, i + 1)))))
				return 0;
		}
		/* A month is a name only after a first name, here or elsewhere
		 * in the article ("Theresa May ... May said"), or capitalised
		 * inside a sentence of a Slavic language, which writes months
		 * in lower case ("premier May", "rząd May"). */
		if (cal == 2 && (number || (!before && !after && !month_after_name_elsewhere(c, i) &&
					    !(c->slavic && !weak_capital(c, i)))))
			return 0;
	}
	/* German without a dictionary: a word written after an article
	 * somewhere in the article, or with an ending only nouns have, is a
	 * noun. */
	if (c->nouns && !(t->flags & TD_TOK_ALLCAPS)) {
		char f[WBUF];
		size_t fl = tok_fold(c, i, f, sizeof(f));
		if (hset_has(c->nouns, c->setcap, f, fl) ||
		    ends_in(c, i, de_noun_ends, NELEM(de_noun_ends)))
			return 0;
	}
	/* Where every noun has a capital, a capital alone makes no name: the
	 * dictionary decides, as for a sentence's first word. */
	if (!weak_capital(c, i) && !c->nouncaps)
		return 1;
	if (t->flags & TD_TOK_ALLCAPS)
		return n > 1;
	/* A common word at a sentence's start before a South Slavic
	 * surname in its nominative is a first name ("Luka Modrić zabio
	 * je", "luka" a port). */
	if (c->slavic && !c->cyrillic && (L->flags & TD__LEX_LOWER) && i + 1 < c->nt && joined(c, i + 1) &&
	    ic_surname(c, i + 1))
		return 1;
	/* English "Operation" at a sentence's start before a capitalised
	 * word opens an operation's name ("Operation Warp Speed chief
	 * adviser"). */
	if (operation_word(c, i) && i + 1 < c->nt &&
	    joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER) && !(c->tk[i + 1].flags & TD_TOK_ALLCAPS))
		return 1;
	size_t fl;
	const char *st = tok_stem(c, i, &fl);
	if (!c->nouncaps && hset_has(c->strong, c->setcap, st, fl))
		return 1;
	if (c->nouncaps && (L->flags & TD__LEX_LOWER) && surname_of_named(c, i))
		return 1;
	if (!(L->flags & TD__LEX_DICT)) {
		if (!c->nodict)
			return 0;
		/* A language without a dictionary (Romanian, Greek, Turkish,
		 * Hungarian): a sentence's first word opens a name
		 * when it or the capitalised word after it is an
		 * organisation's head word ("Merkez Bankası", "Comisia
		 * Europeană"). */
		if (i + 1 >= c->nt || !joined(c, i + 1) || !(c->tk[i + 1].flags & TD_TOK_UPPER) ||
		    (c->tk[i + 1].flags & TD_TOK_ALLCAPS))
			return 0;
		/* Hungarian names a person surname first, often at a
		 * sentence's start ("Orbán Viktor szerint"). */
		if (!strcmp(c->a->lang, "hu") && n >= 3)
			return 1;
		return token_in(c, i + 1, L_ORG_HEADS, 0) || token_in(c, i, L_ORG_HEADS, 0);
	}
	/* Known both ways ("Donald", "donald"): a name when a capitalised
	 * word follows ("Donald Tusk"). */
	if ((L->flags & TD__LEX_PROPER) && n >= 4 && i + 1 < c->nt && joined(c, i + 1) &&
	    (c->tk[i + 1].flags & TD_TOK_UPPER) && !(c->tk[i + 1].flags & TD_TOK_ALLCAPS)) {
		/* Not before a place or an organisation: "Власти Пакистана",
		 * "Stanowisko Rosji" are a common word and a name (a noun of a
		 * people there is a surname: "Petrem Němcem"). */
		size_t gl;
		td__lexinfo L2;
		lex(c, i + 1, &L2);
		const td__gaz *gn = gaz_at(c, i + 1, &gl, &L2);
		if (gn && gn->type != TD_ENT_PER)
			return 0;
		/* Nor, in Czech and Slovak, a word in its base form before a
		 * name in an oblique case: the name's noun ("Rodina Bibiové",
		 * the family of Bibi; "Manžel Bibiové Ašik Masíh"). */
		static const char *const oblique[] = {"ové", "ovi", "ovou", "ovej", "ého", "ému", "ovým"};
		if ((!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk")) && (L->flags & TD__LEX_SELF) &&
		    (L->flags & TD__LEX_LOWER) && ends_in(c, i + 1, oblique, NELEM(oblique)) &&
		    !ends_in(c, i, oblique, NELEM(oblique)))
			return 0;
		/* A word the article also writes in lower case is a common
		 * word here ("Rodina ... rodina", "Kanclerz ... kanclerz"). */
		return !lower_elsewhere(c, i);
	}
	/* A census first name before a particle of a person's name ("Luis
	 * de Guindos habló"). */
	if ((L->flags & TD__LEX_PROPER) && i + 1 < c->nt && joined(c, i + 1) && name_particle(c, i + 1) &&
	    census_given(c, i))
		return !lower_elsewhere(c, i);
	/* German: a name the gazetteer lists that the dictionary knows only
	 * by its last part ("Baden-Württemberg", read as "Württemberg", a
	 * noun like any other there). */
	if (c->nouncaps && !(L->flags & TD__LEX_KNOWN) && (L->flags & TD__LEX_LOWER)) {
		size_t gl;
		const td__gaz *g = gaz_at_all(c, i, &gl, L);
		if (g && g->type == TD_ENT_LOC)
			return 1;
	}
	/* German: a listed place right after "in", "aus", "nach" with no
	 * article between, as places are written ("in Hamburg", "aus
	 * München"; common nouns take one: "in der Stadt"), or joined to
	 * such a place ("in München und Hamburg"), though the dictionary
	 * reads it as a noun like any other. */
	if (c->nouncaps && (L->flags & TD__LEX_LOWER) && de_place_cued(c, i)) {
		size_t gl;
		const td__gaz *g = gaz_at_all(c, i, &gl, L);
		if (g && g->type == TD_ENT_LOC)
			return 1;
	}
	/* German: a dictionary word before a capitalised word that no
	 * dictionary knows is a given name before its surname ("Markus
	 * Söder", "Olaf Scholz") where the English dictionary has it as a
	 * name, or where no article precedes it and it is no office or
	 * role ("Ministerpräsident Söder", "Trainer Nagelsmann"). */
	if (c->nouncaps && (L->flags & TD__LEX_LOWER) && (L->flags & TD__LEX_KNOWN) && i + 1 < c->nt &&
	    joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER) && !(c->tk[i + 1].flags & TD_TOK_ALLCAPS)) {
		static const char *const roles[] = {
			"kanzler", "kanzlerin", "präsident", "präsidentin", "minister", "ministerin", "chef",
			"chefin", "sprecher", "sprecherin", "vorsitzende", "leiter", "leiterin", "direktor",
			"meister", "politiker", "politikerin", "abgeordnete", "trainer", "experte", "expertin",
			"autor", "autorin", "sänger", "sängerin", "spieler", "spielerin", "stürmer", "kollege",
			"kollegin", "partner", "partnerin", "gründer", "berater", "beraterin", "vize", "papst",
			"könig", "königin", "fürst", "graf", "herr", "frau", "kandidat", "kandidatin", "general",
			"senator", "bischof", "pfarrer", "richter", "richterin", "anwalt", "anwältin", "sohn",
			"tochter", "vater", "mutter", "bruder", "schwester", "firma", "konzern", "verein", "klub",
			"club", "stadt", "dorf", "land", "staat", "partei", "zeitung", "magazin", "sender",
		};
		td__lexinfo L2;
		lex(c, i + 1, &L2);
		size_t gl2;
		/* Not a preposition before a listed place ("In
		 * Baden-Württemberg"; "In" is indium's symbol in English). */
		const td__gaz *g2 = gaz_at_all(c, i + 1, &gl2, &L2);
		if (!(L2.flags & TD__LEX_KNOWN) && !ends_in(c, i, roles, NELEM(roles)) && n >= 3 &&
		    !(g2 && g2->type == TD_ENT_LOC)) {
			td__lexinfo E;
			td__lex_lookup(c->li_latin, w, n, &E);
			if ((E.flags & TD__LEX_SELF) && (E.flags & TD__LEX_PROPER))
				return 1;
			if (!(i > 0 && joined(c, i) && token_in(c, i - 1, L_DE_ARTICLES, 1)) &&
			    !ends_in(c, i, de_noun_ends, NELEM(de_noun_ends)) && !(t->flags & TD_TOK_SENT_START))
				return 1;
		}
	}
	/* A storm's kind opens its name where nouns have no cases ("Storm
	 * Bert flooded ...", "Hurricane Melissa hit ..."). */
	if ((t->flags & TD_TOK_SENT_START) && c->caseless && storm_word(c, i) && i + 1 < c->nt &&
	    joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER))
		return 1;
	/* A ministry at a sentence's start with its field after it, in
	 * lower case ("Ministerstvo zdravotnictví oznámilo", "Министерство
	 * обороны сообщило"): a ministry is named by its field. */
	if (ministry_start(c, i))
		return 1;
	/* Polish and English write every word of an organisation's name
	 * with a capital ("Ministerstwo Zdrowia podało", "Główny Inspektorat
	 * Sanitarny podał", "United Airlines said"): a sentence's first word
	 * opens such a name when
	 * the common word after it is capitalised inside the sentence and
	 * one of the two is an organisation's head (the first an adjective
	 * when it is the second). */
	if ((t->flags & TD_TOK_SENT_START) && (!strcmp(c->a->lang, "pl") || !strcmp(c->a->lang, "en")) &&
	    (L->flags & TD__LEX_LOWER) &&
	    (!(L->flags & TD__LEX_PROPER) || c->caseless || token_in(c, i, L_ORG_HEADS, 0)) &&
	    i + 1 < c->nt && joined(c, i + 1) &&
	    (c->tk[i + 1].flags & TD_TOK_UPPER) && !(c->tk[i + 1].flags & TD_TOK_ALLCAPS) &&
	    !weak_capital(c, i + 1)) {
		static const char *const pl_adj[] = {"szy", "sza", "sze", "szej", "szego", "owy", "owa", "owe",
						     "owej", "owego"};
		int en = !strcmp(c->a->lang, "en");
		int head = en ? !english_function_word(c, i) && !numeral_word(c, i) &&
					(token_in(c, i, L_ORG_HEADS, 0) || token_in(c, i + 1, L_ORG_HEADS, 0))
			      : token_in(c, i, L_ORG_HEADS, 0) ||
					((adjectival(c, i) || ends_in(c, i, pl_adj, NELEM(pl_adj))) &&
					 token_in(c, i + 1, L_ORG_HEADS, 0));
		td__lexinfo L2;
		if (head) {
			lex(c, i + 1, &L2);
			/* (An adjective that the dictionary also lists as a
			 * name, "Krajowa", "Generalna", goes with its head:
			 * "Prokuratura Krajowa".) */
			if ((L2.flags & TD__LEX_LOWER) &&
			    (!(L2.flags & TD__LEX_PROPER) ||
			     (!en && token_in(c, i, L_ORG_HEADS, 0) && (adjectival(c, i + 1) ||
									ends_in(c, i + 1, pl_adj, NELEM(pl_adj))))))
				return 1;
		}
	}
	if ((L->flags & TD__LEX_LOWER) && proper_over_oblique(c, i, L))
		return 1;
	/* A word no dictionary knows, alone at a sentence's start, that the
	 * article never capitalises inside a sentence and that ends as an
	 * adjective or, in Bulgarian, with the definite article, is a common
	 * word the dictionary lacks (a compound, a misspelling:
	 * "Protiunijní", "Liberálnědemokratický", "Večmilijardno",
	 * "Евроскептичната", "Премиерката"), not a name. */
	if (!(L->flags & (TD__LEX_KNOWN | TD__LEX_LOWER)) && c->slavic && weak_capital(c, i) &&
	    !(i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER)) &&
	    !(i > 0 && joined(c, i) && (c->tk[i - 1].flags & TD_TOK_UPPER)) && nchars_(w, n) >= 6 &&
	    !memchr(w, '.', n) && !inner_capital(c, i)) {
		static const char *const bg_def[] = {"ката", "ната", "ата", "ото", "ите", "ът", "ят"};
		/* (Nine letters or more where it ends as an adjective: a
		 * compound; shorter ones are names too, "Salvini",
		 * "Tajani".) */
		if (!strcmp(c->a->lang, "bg") ? ends_in(c, i, bg_def, NELEM(bg_def))
					       : nchars_(w, n) >= 9 && adjectival(c, i))
			return 0;
	}
	/* So is an English common word opening an English sentence quoted in
	 * a text of another language in Latin letters ("We", "After",
	 * "Looking", "Important" in Czech articles). */
	/* (Not a name that a colon follows, a headline's source: "Tusk:
	 * Unijní postoj ...", "Welt: Trump ...".) */
	if (!(L->flags & (TD__LEX_KNOWN | TD__LEX_LOWER)) && c->slavic && !c->cyrillic && weak_capital(c, i) &&
	    c->li_latin >= 0 && c->li_latin != c->li && is_latin_word(w, n) && !memchr(w, '.', n) &&
	    !(t->end < c->a->text_len && c->t[t->end] == ':') &&
	    !(t->end + 1 < c->a->text_len && c->t[t->end] == '.' && c->t[t->end + 1] != ' ' &&
	      c->t[t->end + 1] != '\n') && /* ("Leave.EU") */
	    !(i + 1 < c->nt && joined(c, i + 1) && (c->tk[i + 1].flags & TD_TOK_UPPER))) {
		td__lexinfo E;
		td__lex_lookup(c->li_latin, w, n, &E);
		if ((E.flags & TD__LEX_LOWER) && !(E.flags & TD__LEX_PROPER))
			return 0;
	}
	return !(L->flags & TD__LEX_LOWER);
}

/* Whether tokens [a, b] overlap none of the nm mentions of ms, which are
 * in text order up to those a pass added; *next, the first that does not
 * end before a, moves on as a grows. */
static int span_free(const mention *ms, size_t nm, size_t *next, size_t a, size_t b)
{
	while (*next < nm && ms[*next].j <= a)
		(*next)++;
	return !(*next < nm && ms[*next].i <= b);
}

/* Whether a listed town at token i that opens a sentence is the town
 * though its word is a common one too: the dictionary lists the word as
 * written as a proper name's own base form, and in lower case only as a
 * form of another word ("Kraków", genitive plural of "krak"; "Poznań",
 * of "poznanie"), so the reading as a name is the nominative and the
 * common one an oblique case. Slavic languages. A common word in its
 * own base form ("Most", a bridge and a Czech town) stays one. */
static int proper_over_oblique(const ctx *c, size_t i, const td__lexinfo *L)
{
	if (!c->slavic || (L->flags & (TD__LEX_PROPER | TD__LEX_SELF)) != (TD__LEX_PROPER | TD__LEX_SELF) ||
	    c->li < 0)
		return 0;
	size_t gl;
	const td__gaz *g = gaz_at_all(c, i, &gl, L);
	if (!g || gl != 1 || g->type != TD_ENT_LOC || !listed_within(c, i, g, 0))
		return 0;
	char f[WBUF], lf[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	td__lexinfo Lo;
	td__lex_lookup(c->li, f, fl, &Lo);
	if (!(Lo.flags & TD__LEX_KNOWN) || !Lo.lemma)
		return 0;
	size_t ll = td_text_fold(Lo.lemma, strlen(Lo.lemma), lf, sizeof(lf));
	return ll != fl || memcmp(lf, f, fl);
}

static int cmp_mention(const void *a, const void *b)
{
	const mention *x = a, *y = b;
	return x->i < y->i ? -1 : x->i > y->i;
}

static int add_mention(mention **v, size_t *n, size_t *cap, td_arena *ar, mention m)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		mention *nv = td_arena_alloc(ar, nc * sizeof(*nv));
		if (!nv)
			return TD_ERR_NOMEM;
		if (*n)
			memcpy(nv, *v, *n * sizeof(*nv));
		*v = nv;
		*cap = nc;
	}
	(*v)[(*n)++] = m;
	return 0;
}

static int body_label(const ctx *c, size_t k);

/* An institution and its seat are one name: "Sąd Najwyższy" "w"
 * "Pakistanie" -> "Sąd Najwyższy w Pakistanie" (ms in text order). */
static void seat_extend(const ctx *c, mention *ms, size_t *nm)
{
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		ms[o] = *m;
		m = &ms[o++];
		if (k + 1 >= *nm || m->type != TD_ENT_ORG || m->quoted || m->j + 1 >= c->nt)
			continue;
		const mention *n = &ms[k + 1];
		if (n->i != m->j + 1 || n->type != TD_ENT_LOC || n->quoted || !joined(c, m->j) ||
		    !joined(c, n->i) || !token_in(c, m->j, L_SEAT_PREPS, 1))
			continue;
		size_t h = m->i, f = m->i;
		while (h < m->j && !token_in(c, h, L_SEAT_HEADS, 0))
			h++;
		while (f < m->j && !token_in(c, f, L_SEAT_FREE, 0))
			f++;
		/* A lone "Sąd" opening a sentence is a common noun; a body
		 * named after a place ends in it ("Fakultní nemocnice Motol v
		 * Praze"). */
		if (h == m->j || f < m->j || (m->j - m->i == 1 && weak_capital(c, m->i)) ||
		    body_label(c, m->j - 1))
			continue;
		m->seat = m->j;
		m->j = n->j;
		k++; /* the seat is part of this name */
	}
	*nm = o;
}

/* Where a district's name in the genitive after a body's head at token
 * j ends: adjectives in lower case, the word of a district, a canton, a
 * state or a region, then its capitalised name ("швейцарського кантону
 * Цуг", "округу Свеа", "штата Нью-Йорк", "stanu Kalifornia"); 0 when
 * there is none. *name is set to the name's first token. */
static size_t district_end(const ctx *c, size_t j, size_t *name)
{
	static const char *const words[] = {
		"кантону", "кантона", "штату", "штата", "округу", "округа", "області", "области",
		"провінції", "провинции", "району", "района", "графства", "kantonu", "stanu", "okręgu",
		"prowincji", "obwodu", "hrabstwa", "státu", "okresu", "provincie", "kraje", "štátu",
		"kantona", "države", "okrožja", "županije", "okruga", "щата", "окръг", "провинция",
		"област",
	};
	size_t q = j;
	int adj = 0;
	while (q < c->nt && adj < 2 && joined(c, q) && !(c->tk[q].flags & TD_TOK_UPPER) &&
	       (c->tk[q].flags & TD_TOK_ALPHA) && adjectival(c, q))
		q++, adj++;
	if (q + 1 >= c->nt || !joined(c, q) || (c->tk[q].flags & TD_TOK_UPPER))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, q, f, sizeof(f));
	if (!word_listed(words, NELEM(words), f, fl))
		return 0;
	size_t e = q + 1, end = e;
	if (!joined(c, e) || !(c->tk[e].flags & TD_TOK_UPPER))
		return 0;
	while (end < c->nt && end < e + 3 && (end == e || joined(c, end)) && (c->tk[end].flags & TD_TOK_UPPER) &&
	       (c->tk[end].flags & TD_TOK_ALPHA))
		end++;
	*name = e;
	return end;
}

/* A body of a district, a canton, a state or a region, named with it in
 * the genitive after its head (district_end: "Вищий суд швейцарського
 * кантону Цуг", "апеляційний суд округу Свеа", "Верховный суд штата
 * Нью-Йорк"): one organisation, the complement as written; the
 * district's name, a mention of its own before, is part of it. Slavic
 * languages. */
static void district_extend(const ctx *c, mention *ms, size_t *nm)
{
	if (!c->slavic)
		return;
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		ms[o] = *m;
		m = &ms[o++];
		size_t e, end;
		if (m->type != TD_ENT_ORG || m->quoted || m->acronym || m->seat || m->j + 1 >= c->nt ||
		    !token_in(c, m->j - 1, L_ORG_HEADS, 0) || !(end = district_end(c, m->j, &e)))
			continue;
		/* (The district's name as found, when longer.) */
		if (k + 1 < *nm && ms[k + 1].i == e) {
			if (ms[k + 1].j > end)
				end = ms[k + 1].j;
			k++;
		}
		m->seat = m->j;
		m->j = end;
		m->g = NULL;
		m->key = NULL;
	}
	*nm = o;
}

/* A firm's legal form after its name, one space away ("Airbus SE",
 * "Siemens AG", "Shell plc"): part of the name, whose key it keeps; a
 * mention of the form alone before goes. */
static void legal_form_extend(const ctx *c, mention *ms, size_t *nm)
{
	static const char *const forms[] = {"se", "ag", "sa", "nv", "plc", "inc", "ltd", "corp", "gmbh",
					    "spa", "asa", "ab", "oyj", "llc", "bv",
					    /* in Cyrillic ("Швейцария АГ", "Трейдинг Б.В") */
					    "аг", "гмбх", "лтд", "инк", "б.в"};
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		ms[o] = *m;
		m = &ms[o++];
		size_t f = m->j;
		if (m->type != TD_ENT_ORG || m->quoted || f >= c->nt || c->tk[f].start != c->tk[f - 1].end + 1 ||
		    c->t[c->tk[f - 1].end] != ' ' || c->tk[f].end - c->tk[f].start > 8)
			continue;
		char w[16];
		size_t wl = tok_fold(c, f, w, sizeof(w));
		if (!word_listed(forms, NELEM(forms), w, wl) ||
		    (!(c->tk[f].flags & TD_TOK_UPPER) && strcmp(w, "plc")))
			continue;
		/* (Not a sentence's first word: "... Boeing. Ab ...".) */
		if (c->tk[f].flags & TD_TOK_SENT_START)
			continue;
		/* (A listed firm's base form, then the form as written: "OMV
		 * AG".) */
		m->form = m->g != NULL;
		m->j = f + 1;
		if (k + 1 < *nm && ms[k + 1].i == f && ms[k + 1].j == f + 1)
			k++;
	}
	*nm = o;
}

/* English names of two nouns joined by "and" before an organisation's
 * head: "Securities and Exchange Commission", "Department of Health and
 * Human Services". An organisation's name found by its head (no listed
 * one) that "and" precedes takes the capitalised words before "and",
 * one to three of them, no listed name and no person among them; a
 * mention of those words alone goes. */
static void english_and_names(const ctx *c, mention *ms, size_t *nm)
{
	if (!c->caseless)
		return;
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention m = ms[k];
		size_t a = m.i;
		if (m.type == TD_ENT_ORG && !m.g && !m.quoted && !m.acronym && a >= 2 && joined(c, a) &&
		    joined(c, a - 1) && c->tk[a - 1].end - c->tk[a - 1].start == 3 &&
		    !memcmp(c->t + c->tk[a - 1].start, "and", 3)) {
			size_t p = a - 1;
			while (p > 0 && a - 1 - p < 3 && joined(c, p) && (c->tk[p - 1].flags & TD_TOK_UPPER) &&
			       (c->tk[p - 1].flags & TD_TOK_ALPHA) && !(c->tk[p - 1].flags & TD_TOK_ALLCAPS) &&
			       !english_function_word(c, p - 1))
				p--;
			int ok = p < a - 1 && !(p > 0 && joined(c, p) && (c->tk[p - 1].flags & TD_TOK_UPPER) &&
						 !english_function_word(c, p - 1));
			for (size_t q = p; q < a - 1 && ok; q++) {
				size_t gl;
				td__lexinfo L;
				lex(c, q, &L);
				ok = !gaz_at_all(c, q, &gl, &L) && ((L.flags & TD__LEX_LOWER) || !(L.flags & TD__LEX_PROPER));
			}
			/* (A mention of those words alone: the one before. An
			 * organisation's name that ends before "and" is the
			 * first part: "Department of Health and Human
			 * Services".) */
			if (o > 0 && ms[o - 1].j == a - 1 && ms[o - 1].type == TD_ENT_ORG && !ms[o - 1].g &&
			    !ms[o - 1].quoted && !ms[o - 1].acronym && ms[o - 1].i < p) {
				m.i = ms[--o].i;
				m.lemma = NULL;
				ok = 0;
			}
			while (ok && o > 0 && ms[o - 1].i >= p && ms[o - 1].j <= a - 1 && !ms[o - 1].g &&
			       ms[o - 1].type != TD_ENT_PER)
				o--;
			if (ok && !(o > 0 && ms[o - 1].j > p)) {
				m.i = p;
				m.lemma = NULL;
			}
		}
		ms[o++] = m;
	}
	*nm = o;
}

/* Words that open the names of sports clubs before their town
 * ("Spartak Trnava", "Dinamo Minsk", "Górnik Zabrze", "Lokomotiva
 * Zagreb"), in their base forms and common oblique ones. */
static int club_word(const ctx *c, size_t k)
{
	static const char *const w[] = {
		"spartak", "spartaka", "spartaku", "спартак", "спартака", "dinamo", "dinama", "dynamo",
		"dynama", "динамо", "lokomotiv", "lokomotiva", "lokomotivy", "lokomotive", "локомотив",
		"локомотива", "lokomotywa", "torpedo", "торпедо", "zenit", "zenita", "зенит", "зенита",
		"slavia", "slavie", "slavii", "славия", "sparta", "sparty", "slovan", "slovana", "baník",
		"baníka", "banik", "dukla", "dukly", "górnik", "górnika", "partizan",
		"partizana", "партизан", "rapid", "rapidu", "olimpija", "olimpije", "vardar", "rubin",
		"рубин", "шахтер", "шахтар", "shakhtar", "šachtar", "szachtar", "dnipro", "дніпро", "днепр",
		"metalist", "металіст", "металлист", "zorya", "зоря", "vorskla", "ворскла",
	};
	char f[WBUF];
	size_t fl = tok_fold(c, k, f, sizeof(f));
	return word_listed(w, NELEM(w), f, fl);
}

/* A sports club named by its word and its town ("Spartak Trnava",
 * "Górnik Zabrze"), which a run of two capitalised words made a person
 * or a place: an organisation. (Listed clubs keep their keys.) */
static void club_names(const ctx *c, mention *ms, size_t nm)
{
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		if (m->j - m->i == 2 && !m->g && !m->quoted && m->type != TD_ENT_ORG && club_word(c, m->i)) {
			m->type = TD_ENT_ORG;
			m->lemma = NULL;
		}
	}
}

/* Whether token k is the word "and" of the article's language (or the
 * English one, which foreign names bring along). */
static int and_word(const ctx *c, size_t k)
{
	static const struct {
		const char *lang, *w;
	} ands[] = {
		{"pl", "i"}, {"hr", "i"}, {"sr", "i"}, {"bs", "i"}, {"cs", "a"}, {"sk", "a"},
		{"sl", "in"}, {"ru", "и"}, {"bg", "и"}, {"mk", "и"}, {"sr", "и"}, {"uk", "і"},
		{"uk", "та"}, {"uk", "й"}, {"", "and"}, {"", "&"},
	};
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	for (size_t q = 0; q < NELEM(ands); q++)
		if ((!ands[q].lang[0] || !strcmp(c->a->lang, ands[q].lang)) && strlen(ands[q].w) == n &&
		    !memcmp(w, ands[q].w, n))
			return 1;
	return 0;
}

/* Whether mention m is one word that the dictionary knows in lower case
 * and no first name: a common word capitalised inside a longer name
 * ("Wodnej" of "i Gospodarki Wodnej"). */
static int common_word_alone(const ctx *c, const mention *m)
{
	if (m->j - m->i != 1)
		return 0;
	td__lexinfo L;
	lex(c, m->i, &L);
	return (L.flags & TD__LEX_LOWER) && !census_given(c, m->i);
}

/* An organisation's name whose capitalised complement goes on after
 * "and": "Ministerstwo Przedsiębiorczości i Technologii", "Federacja Izb
 * Handlu i Przemysłu", "National Institute of Allergy and Infectious
 * Diseases". A name found by its head (none the lists hold), of two
 * words or more and ending in a capitalised one, takes "and" and the one
 * to three capitalised words after it when no other name begins there:
 * none the lists hold, no head of a body of its own ("i Rada"), no word
 * the dictionary knows as a name only, no first name, no body of one
 * word ("Ruchu Pięciu Gwiazd i Ligi"), no name a word before it typed
 * and none that begins after its first word ("i Logistyki Marek
 * Tarczyński") but a common word alone ("i Gospodarki Wodnej"), and the
 * run of capitals ends there. A mention of those words goes. */
static void conjunct_extend(const ctx *c, mention *ms, size_t *nm)
{
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention m = ms[k];
		size_t a = m.j;
		if (m.type == TD_ENT_ORG && !m.g && !m.quoted && !m.acronym && !m.seat && !m.form && !m.model &&
		    !m.official && m.j - m.i >= 2 && a + 1 < c->nt &&
		    (c->tk[a - 1].flags & TD_TOK_UPPER) && joined(c, a) && joined(c, a + 1) && and_word(c, a)) {
			size_t q = a + 1;
			int ok = 1;
			while (ok && q < c->nt && q - a <= 4 && (q == a + 1 || joined(c, q)) &&
			       (c->tk[q].flags & TD_TOK_UPPER) && (c->tk[q].flags & TD_TOK_ALPHA) &&
			       !(c->tk[q].flags & TD_TOK_ALLCAPS)) {
				size_t gl;
				td__lexinfo L;
				lex(c, q, &L);
				ok = !gaz_at_all(c, q, &gl, &L) && !token_in(c, q, L_ORG_HEADS, 0) &&
				     ((L.flags & TD__LEX_LOWER) || !(L.flags & TD__LEX_PROPER)) && !census_given(c, q);
				q++;
			}
			/* One to three words, and no capital after them; a
			 * second name of the same kind repeats the first word
			 * ("Surrey Police and Surrey Fire"). */
			size_t fn = c->tk[m.i].end - c->tk[m.i].start;
			ok = ok && q > a + 1 && q - a <= 4 &&
			     !(c->tk[a + 1].end - c->tk[a + 1].start == fn &&
			       !memcmp(c->t + c->tk[a + 1].start, c->t + c->tk[m.i].start, fn)) &&
			     !(q < c->nt && joined(c, q) && (c->tk[q].flags & TD_TOK_UPPER));
			size_t k2 = k + 1;
			while (ok && k2 < *nm && ms[k2].i < q) {
				ok = (ms[k2].i == a + 1 || common_word_alone(c, &ms[k2])) && ms[k2].j <= q && !ms[k2].g &&
				     !ms[k2].cued && ms[k2].type != TD_ENT_LOC &&
				     !(ms[k2].type == TD_ENT_ORG && ms[k2].j - ms[k2].i == 1);
				k2++;
			}
			if (ok) {
				m.j = q;
				m.lemma = NULL;
				k = k2 - 1;
			}
		}
		ms[o++] = m;
	}
	*nm = o;
}

/* Whether token k is "named after" before a person's name in the
 * genitive, which token k + 1 begins ("имени", "імені", "imienia", or
 * "им.", "ім.", "im." with its full stop, no token of its own). */
static int named_after_word(const ctx *c, size_t k)
{
	static const char *const full[] = {"имени", "імені", "imienia"};
	static const char *const cut[] = {"им", "ім", "im"};
	const td_token *t = &c->tk[k];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	if (k + 1 >= c->nt || (t->flags & TD_TOK_UPPER))
		return 0;
	if (word_listed(full, NELEM(full), w, n))
		return joined(c, k + 1);
	return word_listed(cut, NELEM(cut), w, n) && c->t[t->end] == '.' && c->tk[k + 1].start == t->end + 2 &&
	       c->t[t->end + 1] == ' ';
}

/* A body or a work named after a person: "Центр имени Гамалеи", "МГУ
 * им. Ломоносова", "Uniwersytet im. Adama Mickiewicza", "Nagroda im.
 * Bernarda O'Connora". The person's name right after "named after"
 * becomes part of the name, kept as written after its base form (as a
 * seat is); a body's head written alone before "named after" and a
 * person is a body's name too. */
static void named_after_extend(const ctx *c, mention *ms, size_t *nm)
{
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention m = ms[k];
		if ((m.type == TD_ENT_ORG || m.type == TD_ENT_PRO) && !m.seat && !m.form && !m.model && !m.official &&
		    !m.quoted && k + 1 < *nm && m.j < c->nt && joined(c, m.j) && named_after_word(c, m.j) &&
		    ms[k + 1].i == m.j + 1 && ms[k + 1].type == TD_ENT_PER && ms[k + 1].j - ms[k + 1].i <= 3) {
			m.seat = m.j;
			m.j = ms[k + 1].j;
			k++;
		} else if (m.type == TD_ENT_PER && m.i >= 2 && m.j - m.i <= 3) {
			/* A body's head alone before it: "Uniwersytetu im.
			 * Adama Mickiewicza". */
			size_t h = m.i - 2;
			if (named_after_word(c, m.i - 1) && (c->tk[h].flags & TD_TOK_UPPER) &&
			    !(c->tk[h].flags & TD_TOK_ALLCAPS) &&
			    joined(c, h + 1) && token_in(c, h, L_ORG_HEADS, 0) && !(o > 0 && ms[o - 1].j > h)) {
				m.type = TD_ENT_ORG;
				m.seat = h + 1;
				m.i = h;
				m.lemma = NULL;
				m.key = NULL;
				m.g = NULL;
			}
		}
		ms[o++] = m;
	}
	*nm = o;
}

/* The key of a product named by a designation (n bytes at w): the
 * designation folded to ASCII where it has letters ("pro:a320neo"), else
 * the maker's key as a product's, then the digits ("pro:boeing-737");
 * NULL without a maker then, or out of memory. */
static const char *designation_key(td_arena *ar, const char *maker, const char *w, size_t n)
{
	int letters = 0;
	for (size_t q = 0; q < n; q++)
		letters |= (w[q] | 32) >= 'a' && (w[q] | 32) <= 'z';
	const char *colon = maker ? strchr(maker, ':') : NULL;
	const char *name = colon ? colon + 1 : maker;
	if (!name && !letters)
		return NULL;
	size_t nl = letters ? 0 : strlen(name), o = 4;
	char *k = td_arena_alloc(ar, nl + n + 6);
	if (!k)
		return NULL;
	memcpy(k, "pro:", 4);
	if (!letters) {
		memcpy(k + o, name, nl);
		o += nl;
		k[o++] = '-';
	}
	for (size_t q = 0; q < n; q++)
		k[o++] = (char)((w[q] >= 'A' && w[q] <= 'Z') ? w[q] | 32 : w[q]);
	k[o] = 0;
	return k;
}

/* Whether token j is a model's designation after a maker's name: letters
 * and digits with a digit, a letter first ("A320", "A320neo", "S10"), or
 * three digits alone ("737") that no scale word, percent sign or currency
 * follows ("Газпром 100 млрд"); at most 8 ASCII characters. */
static int designation_at(const ctx *c, size_t j)
{
	static const char *const scale[] = {"млн", "млрд", "трлн", "тыс", "тис", "хил", "mln", "mld",
					    "mlrd", "mil", "bil", "tys", "tis", "thousand", "trillion",
					    "proc", "проц", "відс", "odst", "perc", "percent"};
	const char *w = c->t + c->tk[j].start;
	size_t n = c->tk[j].end - c->tk[j].start, digits = 0;
	if (n < 2 || n > 8)
		return 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char ch = (unsigned char)w[k];
		if (ch >= '0' && ch <= '9')
			digits++;
		else if (!((ch | 32) >= 'a' && (ch | 32) <= 'z'))
			return 0;
	}
	if (!digits)
		return 0;
	if (digits < n)
		return (w[0] | 32) >= 'a' && (w[0] | 32) <= 'z';
	if (n != 3)
		return 0;
	size_t e = c->tk[j].end;
	if (e < c->a->text_len && (c->t[e] == '%' || c->t[e] == ',' || c->t[e] == '.'))
		return 0;
	if (j + 1 < c->nt && joined(c, j + 1)) {
		char f[WBUF];
		size_t fl = tok_fold(c, j + 1, f, sizeof(f));
		for (size_t k = 0; k < NELEM(scale); k++)
			if (fl >= strlen(scale[k]) && !memcmp(f, scale[k], strlen(scale[k])))
				return 0;
		if (c->tk[j + 1].flags & TD_TOK_DIGIT)
			return 0;
	}
	return 1;
}

/* The key of a designation written with a hyphen, letters first and
 * digits after ("F-35", "S-400", "Су-57", "МиГ-29", "Ту-154М"), or NULL:
 * one to three letters, a capital first; one to four digits, not a year
 * ("ЧМ-2018" is a championship); at most two letters after them. The key
 * is the letters in ASCII, then the rest: "С-400" and "S-400" meet at
 * "pro:s400", "МиГ-29" and "MiG-29" at "pro:mig29". Not a listed
 * acronym's count ("ЕС-27"). */
static const char *hyphen_designation(const ctx *c, size_t i)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	uint8_t f = c->tk[i].flags;
	if (!(f & TD_TOK_DIGIT) || !(f & TD_TOK_ALPHA) || !(f & TD_TOK_UPPER) || n < 3 || n > 24)
		return NULL;
	const char *h = memchr(w, '-', n);
	if (!h || h == w)
		return NULL;
	size_t letters = 0;
	for (size_t k = 0; k < (size_t)(h - w);) {
		int l;
		UChar32 cp = (UChar32)td_utf8_decode(w + k, (size_t)(h - w) - k, &l);
		if (!u_isalpha(cp))
			return NULL;
		letters++;
		k += (size_t)(l > 0 ? l : 1);
	}
	const char *d = h + 1, *e = w + n;
	size_t digits = 0;
	while (d + digits < e && d[digits] >= '0' && d[digits] <= '9')
		digits++;
	if (letters > 3 || digits < 1 || digits > 4)
		return NULL;
	if (digits == 4 && (!memcmp(d, "19", 2) || !memcmp(d, "20", 2)))
		return NULL;
	/* A listed acronym and a count is that body's ("ЕС-27", "EU-28"). */
	if (letters >= 2 && listed_acronym(w, (size_t)(h - w)))
		return NULL;
	size_t tail = 0;
	for (const char *q = d + digits; q < e;) {
		int l;
		UChar32 cp = (UChar32)td_utf8_decode(q, (size_t)(e - q), &l);
		if (!u_isalpha(cp) || ++tail > 2)
			return NULL;
		q += l > 0 ? l : 1;
	}
	char lat[32], tl[16];
	size_t ln = td_text_translit(w, (size_t)(h - w), lat, sizeof(lat));
	size_t tn = tail ? td_text_translit(d + digits, (size_t)(e - d - digits), tl, sizeof(tl)) : 0;
	if (!ln)
		return NULL;
	char *k = td_arena_alloc(c->ar, 4 + ln + digits + tn + 1);
	if (!k)
		return NULL;
	size_t o = 0;
	memcpy(k, "pro:", 4);
	o = 4;
	for (size_t q = 0; q < ln; q++)
		if ((lat[q] >= 'a' && lat[q] <= 'z') || (lat[q] >= '0' && lat[q] <= '9'))
			k[o++] = lat[q];
	memcpy(k + o, d, digits);
	o += digits;
	for (size_t q = 0; q < tn; q++)
		if ((tl[q] >= 'a' && tl[q] <= 'z') || (tl[q] >= '0' && tl[q] <= '9'))
			k[o++] = tl[q];
	k[o] = 0;
	return k;
}

/* A listed organisation followed by a model's designation is a product
 * of it ("Boeing 737 MAX", "Airbus A320neo", "Boeingy 737"): the maker's
 * name in its base form, the rest as written (as a seat is); letters in
 * capitals, a further designation, and a name that starts inside, after
 * the first ("Airbus A330 Voyager"). A designation alone of a capital
 * and three digits or more ("A380", "na B737") is a product too, unless
 * a word longer than a preposition typed it ("dálnice D1") (ms in text
 * order). */
static void model_extend(const ctx *c, mention *ms, size_t *nm)
{
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		ms[o] = *m;
		m = &ms[o++];
		size_t j = m->j;
		/* A designation alone ("A380", "B737"), which no word before
		 * it typed. */
		if (j == m->i + 1 && !m->g && !m->percue && !m->seat &&
		    (!m->cued || (m->i > 0 && c->tk[m->i - 1].end - c->tk[m->i - 1].start <= 4 &&
				  !(c->tk[m->i - 1].flags & TD_TOK_UPPER))) &&
		    (c->tk[m->i].flags & TD_TOK_DIGIT) && designation_at(c, m->i)) {
			const char *w = c->t + c->tk[m->i].start;
			size_t n = c->tk[m->i].end - c->tk[m->i].start;
			/* One capital, then three digits or more: "G7", "EU27",
			 * "MI6" are groups and agencies. */
			size_t d = 1;
			while (d < n && w[d] >= '0' && w[d] <= '9')
				d++;
			const char *key = w[0] >= 'A' && w[0] <= 'Z' && d >= 4 ? designation_key(c->ar, NULL, w, n)
									: NULL;
			if (key) {
				m->type = TD_ENT_PRO;
				m->quoted = 1; /* as written */
				m->key = key;
			}
			continue;
		}
		if (m->type != TD_ENT_ORG || !m->g || m->seat || j >= c->nt ||
		    c->tk[j].start != c->tk[j - 1].end + 1 || c->t[c->tk[j - 1].end] != ' ' ||
		    !designation_at(c, j))
			continue;
		size_t e = j + 1;
		while (e < c->nt && c->tk[e].start == c->tk[e - 1].end + 1 &&
		       c->t[c->tk[e - 1].end] == ' ' &&
		       (((c->tk[e].flags & TD_TOK_ALLCAPS) && c->tk[e].end - c->tk[e].start <= 4) ||
			designation_at(c, e)))
			e++;
		/* A name that starts inside goes on with the product
		 * ("Airbus A330 Voyager"). */
		for (; k + 1 < *nm && ms[k + 1].i < e; k++)
			if (ms[k + 1].j > e)
				e = ms[k + 1].j;
		m->seat = j;
		m->j = e;
		m->type = TD_ENT_PRO;
		m->model = 1;
	}
	*nm = o;
}

/* The first letter of token x, case-folded. */
static uint32_t first_letter(const ctx *c, size_t x)
{
	char f[WBUF];
	size_t fl = tok_fold(c, x, f, sizeof(f));
	int l;
	return fl ? td_utf8_decode(f, fl, &l) : 0;
}

/* Whether a word of the text is written in parentheses right after token
 * k-1, as token k alone: "... (NIJZ)". */
static int in_parens(const ctx *c, size_t k)
{
	if (k == 0 || k + 1 > c->nt)
		return 0;
	const char *s = c->t + c->tk[k - 1].end, *e = c->t + c->tk[k].start;
	size_t g = (size_t)(e - s), end = c->tk[k].end;
	if (!((g == 2 && s[0] == ' ' && s[1] == '(') || (g == 1 && s[0] == '(')))
		return 0;
	return end < c->a->text_len && c->t[end] == ')';
}

/* A name written out before its acronym in parentheses, the acronym's
 * capitals the initials of its words in order, lower-case words without
 * one skipped ("Nacionalni inštitut za javno zdravje (NIJZ)", "Głównego
 * Urzędu Statystycznego (GUS)", "Medicines and Healthcare products
 * Regulatory Agency (MHRA)"), is one name: an organisation, unless one
 * mention is the whole of it already (then a person's type gives way). Languages that capitalise only a
 * name's first word write most institutions so. The mentions inside
 * give way (ms in text order; re-sorted). */
static int acronym_phrases(const ctx *c, mention **ms, size_t *nm, size_t *mcap, td_arena *ar)
{
	size_t n0 = *nm, np = 0;
	size_t *ph = NULL; /* phrases found: [pi, pj) pairs, in text order */
	for (size_t k = 0; k < n0; k++) {
		const mention *a = &(*ms)[k];
		size_t t = a->i;
		if (a->j != t + 1 || t < 2 || !in_parens(c, t))
			continue;
		/* The capitals of the acronym, folded. */
		const char *w = c->t + c->tk[t].start;
		size_t n = c->tk[t].end - c->tk[t].start, na = 0;
		uint32_t let[8];
		for (size_t q = 0; q < n;) {
			int l;
			uint32_t cp = td_utf8_decode(w + q, n - q, &l);
			if (l <= 0)
				break;
			char u[8], f[8];
			memcpy(u, w + q, (size_t)l);
			size_t fl = td_text_fold(u, (size_t)l, f, sizeof(f));
			int lf;
			uint32_t low = fl ? td_utf8_decode(f, fl, &lf) : cp;
			if (low != cp) { /* a capital */
				if (na == NELEM(let)) {
					na = 0;
					break;
				}
				let[na++] = low;
			}
			q += (size_t)l;
		}
		if (na < 2)
			continue;
		/* Backwards from the word before the parenthesis. */
		size_t x = t - 1, skipped = 0;
		long want = (long)na - 1;
		int ok = 0;
		for (;;) {
			if (first_letter(c, x) == let[want]) {
				if (--want < 0) {
					ok = (c->tk[x].flags & TD_TOK_UPPER) != 0;
					break;
				}
			} else if ((c->tk[x].flags & TD_TOK_UPPER) || (c->tk[x].flags & TD_TOK_DIGIT) ||
				   ++skipped > 3) {
				break;
			}
			if (x == 0 || !joined(c, x))
				break;
			x--;
		}
		/* Not overlapping the phrase before (text order). */
		if (!ok || x >= t - 1 || (np && x < ph[2 * np - 1]))
			continue;
		if (!ph && !(ph = td_arena_alloc(ar, 2 * n0 * sizeof(size_t))))
			return TD_ERR_NOMEM;
		ph[2 * np] = x;
		ph[2 * np + 1] = t;
		np++;
	}
	if (!np)
		return 0;
	/* One walk over the mentions (text order) and the phrases: a mention
	 * that is a whole phrase stays (a person's type gives way), the
	 * others inside or across one give way to it. */
	size_t o = 0, p = 0;
	int *whole = td_arena_calloc(ar, np * sizeof(int));
	if (!whole)
		return TD_ERR_NOMEM;
	for (size_t q = 0; q < *nm; q++) {
		mention *m = &(*ms)[q];
		while (p < np && ph[2 * p + 1] <= m->i)
			p++;
		/* The phrases that end after m starts: p and maybe p + 1 ... */
		int drop = 0;
		for (size_t r = p; r < np && ph[2 * r] < m->j; r++) {
			if (m->i == ph[2 * r] && m->j == ph[2 * r + 1]) {
				/* Persons have no acronyms: "Głównego Urzędu
				 * Statystycznego (GUS)". */
				if (m->type == TD_ENT_PER && !m->g) {
					m->type = TD_ENT_ORG;
					m->cued = 1;
				}
				whole[r] = 1;
			} else if (m->i < ph[2 * r + 1] && m->j > ph[2 * r])
				drop = 1;
		}
		if (!drop)
			(*ms)[o++] = *m;
	}
	*nm = o;
	for (size_t r = 0; r < np; r++) {
		if (whole[r])
			continue;
		mention m;
		memset(&m, 0, sizeof(m));
		m.i = ph[2 * r];
		m.j = ph[2 * r + 1];
		m.type = TD_ENT_ORG;
		m.cued = 1;
		int rc = add_mention(ms, nm, mcap, ar, m);
		if (rc < 0)
			return rc;
	}
	qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}

/* A body of a state (a listed name whose key is "gov:") and the country
 * right after it are one name, as an acronym and its country are
 * ("Минздрава России" -> "Минздрав России", "Конгресът на САЩ"): the
 * country in the genitive, or after Bulgarian "на", kept as written. Not
 * international bodies: "wyjście z UE Wielkiej Brytanii" is Britain
 * leaving the EU (ms in text order). */
static void body_country_extend(const ctx *c, mention *ms, size_t *nm)
{
	if (!c->slavic)
		return;
	int bg = !strcmp(c->a->lang, "bg");
	size_t o = 0;
	for (size_t k = 0; k < *nm; k++) {
		mention *m = &ms[k];
		ms[o] = *m;
		m = &ms[o++];
		if (k + 1 >= *nm || !m->g || m->type != TD_ENT_ORG || strncmp(m->g->key, "gov:", 4) ||
		    m->seat || m->j >= c->nt)
			continue;
		const mention *n = &ms[k + 1];
		if (!n->g || n->type != TD_ENT_LOC || strncmp(n->g->key, "gpe:", 4) || !joined(c, n->i))
			continue;
		if (bg ? !(n->i == m->j + 1 && joined(c, m->j) &&
			   c->tk[m->j].end - c->tk[m->j].start == 4 && !memcmp(c->t + c->tk[m->j].start, "на", 4))
		       : n->i != m->j)
			continue;
		m->seat = m->j;
		m->j = n->j;
		k++;
	}
	*nm = o;
}

/* Words of a state's official form ("Republic", "Федеративная",
 * "królestwo", "Spolková"): prefixes of folded words. Not "Democratic"
 * nor "Socialist": they name other states (the German Democratic
 * Republic, the Democratic Republic of the Congo). */
typedef struct {
	const char *s;
	size_t n;
} prefix;
#define SF(x) {x, sizeof(x) - 1}
static const prefix state_forms[] = {
	SF("republi"), SF("республи"), SF("републи"), SF("federa"), SF("федера"),
	SF("spolkov"), SF("zvezn"), SF("savezn"), SF("islamic"), SF("islamsk"), SF("islámsk"),
	SF("исламск"), SF("ісламськ"), SF("ислямск"), SF("people"), SF("ludow"), SF("lidov"),
	SF("народн"), SF("ljudsk"), SF("kingdom"), SF("królestw"), SF("královst"),
	SF("кралств"), SF("королевств"), SF("королівств"), SF("kraljestv"), SF("kraljevin"),
	SF("principalit"), SF("księstw"), SF("knížectv"), SF("княжеств"), SF("князівств"),
	SF("kneževin"),
};

/* Whether token t, folded, starts with one of the n prefixes of list. */
static int token_starts(const ctx *c, size_t t, const prefix *list, size_t n)
{
	char f[WBUF];
	size_t fl = tok_fold(c, t, f, sizeof(f));
	for (size_t k = 0; k < n; k++)
		if (fl >= list[k].n && !memcmp(f, list[k].s, list[k].n))
			return 1;
	return 0;
}

static int state_form_at(const ctx *c, size_t t)
{
	if ((c->tk[t].flags & (TD_TOK_ALPHA | TD_TOK_DIGIT)) != TD_TOK_ALPHA ||
	    c->tk[t].end - c->tk[t].start < 5)
		return 0;
	return token_starts(c, t, state_forms, NELEM(state_forms));
}

/* Nouns among state_forms ("Republika", "Королевство"). */
static const prefix state_nouns[] = {
	SF("republi"), SF("республи"), SF("републи"), SF("federac"), SF("федерац"),
	SF("kingdom"), SF("królestw"), SF("královst"), SF("кралств"), SF("королевств"),
	SF("королівств"), SF("kraljestv"), SF("kraljevin"), SF("principalit"), SF("księstw"),
	SF("knížectv"), SF("княжеств"), SF("князівств"), SF("kneževin"),
};
#undef SF

static size_t agree(const char *lang, const char *adj, size_t an, const char *noun, char *out,
		    size_t cap);

/* Copies n bytes of s into out (cap bytes), NUL-terminated and cut to
 * fit; returns the length. */
static size_t copy_cut(char *out, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(out, s, n);
	out[n] = 0;
	return n;
}

/* The dictionary's lemma of token t into out (cap bytes), its first
 * letter in the case of the word's (the dictionary may know a common
 * noun only in lower case: "Republiki", or as a name only: "republikou");
 * 0 when the dictionary has none. */
static size_t word_lemma(ctx *c, size_t t, char *out, size_t cap)
{
	td__lexinfo L;
	lex(c, t, &L);
	const char *w = c->t + c->tk[t].start;
	size_t n = c->tk[t].end - c->tk[t].start;
	/* The word itself, as a name's stem, is no base form here. */
	if ((!L.lemma || (strlen(L.lemma) == n && !memcmp(L.lemma, w, n))) && c->li >= 0) {
		char f[WBUF];
		size_t fl = tok_fold(c, t, f, sizeof(f));
		td__lexinfo F;
		td__lex_lookup(c->li, f, fl, &F);
		if (F.lemma)
			L = F;
	}
	if (!L.lemma)
		return 0;
	return recased(L.lemma, strlen(L.lemma), (c->tk[t].flags & TD_TOK_UPPER) != 0, out, cap);
}

/* The base form of the state's form words [i, e) of an official name:
 * each word's dictionary lemma, the adjectives agreeing with the noun
 * ("Федеративной Республики" -> "Федеративная Республика", "Republiki
 * Federalnej" -> "Republika Federalna"); NULL out of memory. */
static char *official_lemma(ctx *c, size_t i, size_t e)
{
	size_t noun = e;
	for (size_t t = i; t < e && noun == e; t++)
		if (token_starts(c, t, state_nouns, NELEM(state_nouns)))
			noun = t;
	char nl[WBUF], out[WBUF * 4];
	size_t o = 0;
	nl[0] = 0;
	if (noun < e && !word_lemma(c, noun, nl, sizeof(nl)))
		copy_cut(nl, sizeof(nl), c->t + c->tk[noun].start, c->tk[noun].end - c->tk[noun].start);
	for (size_t t = i; t < e; t++) {
		char b[WBUF], al[WBUF];
		size_t bl, an;
		if (t == noun)
			bl = copy_cut(b, sizeof(b), nl, strlen(nl));
		else if (noun < e && (an = word_lemma(c, t, al, sizeof(al))))
			bl = agree(c->a->lang, al, an, nl, b, sizeof(b));
		else
			bl = copy_cut(b, sizeof(b), c->t + c->tk[t].start, c->tk[t].end - c->tk[t].start);
		if (o + bl + 2 >= sizeof(out))
			break;
		if (o)
			out[o++] = ' ';
		memcpy(out + o, b, bl);
		o += bl;
	}
	return td_arena_strndup(c->ar, out, o);
}

/* Whether the country after a state's form keeps its case whatever the
 * form's ("Федеративной Республики Германия", "Republiki Federalnej
 * Niemiec", "Spolkové republiky Německo"), where nouns have cases; South
 * Slavic declines it with the form ("Republiki Irski"). */
static int apposition_fixed(const ctx *c)
{
	return c->slavic && strcmp(c->a->lang, "sl") && strcmp(c->a->lang, "hr") &&
	       strcmp(c->a->lang, "bs") && strcmp(c->a->lang, "sr");
}

/* A country's official name is the country: words of a state's form
 * and the country's name ("Республика Ирландия", "Republic of Ireland",
 * "Federal Republic of Germany", "Republika Irlandii"), or its adjective
 * and such words ("Irská republika", "Irskou republikou") take the
 * country's key. Names the lists hold keep theirs. */
static void state_form_names(ctx *c, mention *ms, size_t *nmp)
{
	/* Words of the form right before a country's listed name, the
	 * first capitalised ("Федеративная Республика Германия", "Republika
	 * Federalna Niemiec", "Република Ирландия" at a sentence's start):
	 * one name, with the mentions inside them. */
	size_t o = 0;
	for (size_t k = 0; k < *nmp; k++) {
		mention *m = &ms[k];
		size_t s = m->i;
		if (m->g && !strncmp(m->g->key, "gpe:", 4) && !m->seat && m->type == TD_ENT_LOC)
			while (s > 0 && joined(c, s) && state_form_at(c, s - 1))
				s--;
		while (s < m->i && !(c->tk[s].flags & TD_TOK_UPPER))
			s++;
		if (s < m->i) {
			while (o > 0 && ms[o - 1].i >= s && ms[o - 1].j <= m->i)
				o--; /* mentions inside the form's words */
			if (o > 0 && ms[o - 1].j > s) {
				ms[o++] = *m; /* overlapping another name: left alone */
				continue;
			}
			ms[o] = *m;
			ms[o].key = m->g->key;
			ms[o].g = NULL;
			ms[o].official = apposition_fixed(c);
			ms[o].seat = ms[o].official ? m->i : 0;
			ms[o].i = s;
			o++;
			continue;
		}
		ms[o++] = *m;
	}
	*nmp = o;
	size_t nm = o;
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		if (m->g || m->key || m->j - m->i < 2 || m->acronym || m->seat ||
		    !(m->type == TD_ENT_LOC || m->type == TD_ENT_ORG || m->type == TD_ENT_PER))
			continue;
		for (int end = 1; end >= 0; end--) {
			size_t t = end ? m->j - 1 : m->i, len;
			td__lexinfo L;
			lex(c, t, &L);
			const td__gaz *g = gaz_at_all(c, t, &len, &L);
			if (!g || len != 1 || strncmp(g->key, "gpe:", 4))
				continue;
			size_t forms = 0, x;
			for (x = end ? m->i : m->i + 1; x < (end ? m->j - 1 : m->j); x++) {
				if (state_form_at(c, x))
					forms++;
				else if (!(end && x > m->i && token_in(c, x, L_OF_WORDS, 1)))
					break;
			}
			if (!forms || x < (end ? m->j - 1 : m->j))
				continue;
			m->key = g->key;
			m->type = TD_ENT_LOC;
			/* Base form: the form's words, the country as written. */
			m->official = apposition_fixed(c);
			if (end && m->official)
				m->seat = m->j - 1;
			break;
		}
	}
}

/* The key of a state's body written with its country after it
 * ("МИД Великобритании", "Конгресът на САЩ", "Sąd Najwyższy Pakistanu"):
 * the body's key, "@" and the country's code ("gov:mfa@gb"), one in
 * every language; NULL where the seat is no country (m's g is the body,
 * seat the token after it). */
/* A state's body's key with its country's ("gov:mfa" and "gpe:gb" ->
 * "gov:mfa@gb"), in the arena; NULL when it is full. */
static char *body_key(td_arena *ar, const char *body, const char *gpe)
{
	size_t bl = strlen(body), cl = strlen(gpe + 4);
	char *k = td_arena_alloc(ar, bl + 1 + cl + 1);
	if (!k)
		return NULL;
	memcpy(k, body, bl);
	k[bl] = '@';
	memcpy(k + bl + 1, gpe + 4, cl + 1);
	return k;
}

static const char *body_of_country(ctx *c, const mention *m)
{
	if (!m->g || strncmp(m->g->key, "gov:", 4) || !m->seat)
		return NULL;
	size_t t = m->seat, len;
	if (!strcmp(c->a->lang, "bg") && t + 1 < c->nt)
		t++; /* "на" */
	td__lexinfo L;
	lex(c, t, &L);
	const td__gaz *g = gaz_at_all(c, t, &len, &L);
	if (!g || strncmp(g->key, "gpe:", 4))
		return NULL;
	/* A body listed with its country keeps its key beside that country
	 * ("Госдеп США": gov:statedept@us). */
	const char *at = strchr(m->g->key, '@');
	if (at)
		return !strcmp(at + 1, g->key + 4) ? m->g->key : NULL;
	return body_key(c->ar, m->g->key, g->key);
}

/* The credit of an agency closing an article in lower case, as Central
 * European agencies sign ("(čtk)", "(sta/ured)", "(tasr, ava)"): each
 * part that is a listed organisation's acronym in capitals is that
 * organisation, as written. ms stays in text order: the credit ends the
 * text. */
static int trailing_credit(const ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	const char *t = c->t;
	size_t n = c->a->text_len;
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\r' || t[n - 1] == '\t'))
		n--;
	if (n < 4 || t[n - 1] != ')' || !c->nt)
		return 0;
	size_t open = n - 1;
	while (open > 0 && n - open < 40 && t[open] != '(')
		open--;
	if (t[open] != '(')
		return 0;
	size_t k = c->nt;
	while (k > 0 && c->tk[k - 1].start > open)
		k--;
	for (; k < c->nt && c->tk[k].end < n; k++) {
		const td_token *tk = &c->tk[k];
		size_t wn = tk->end - tk->start;
		if ((tk->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) || !(tk->flags & TD_TOK_ALPHA) || wn < 2 || wn > 10)
			continue;
		char up[24];
		size_t ul = 0;
		for (size_t q = 0; q < wn;) {
			int l;
			UChar32 cp = (UChar32)td_utf8_decode(t + tk->start + q, wn - q, &l);
			if (ul + 4 >= sizeof(up))
				return 0;
			ul += (size_t)td_utf8_encode((uint32_t)u_toupper(cp), up + ul);
			q += (size_t)(l > 0 ? l : 1);
		}
		const td__gaz *g = listed_acronym(up, ul);
		if (!g || g->type != TD_ENT_ORG)
			continue;
		mention m = {k, k + 1, NULL, TD_ENT_ORG, 1, 1, 0, 0, NULL, g->key, 0, 0, 0, 0, 0, 0, 0, 0};
		int rc = add_mention(ms, nm, mcap, c->ar, m);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* A quoted name: token i follows an opening quote; returns the number of
 * tokens up to the closing quote (0 when none within a few words). */
static size_t quoted_span(const ctx *c, size_t i)
{
	for (size_t j = i; j < c->nt && j < i + 5; j++) {
		const char *s = c->t + c->tk[j].end;
		int l;
		uint32_t cp = td_utf8_decode(s, c->a->text_len - c->tk[j].end, &l);
		if (is_close_quote(cp))
			return j + 1 - i;
		if (j + 1 < c->nt && !joined(c, j + 1))
			return 0;
	}
	return 0;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t l = strlen(suf);
	return n >= l && !memcmp(s + n - l, suf, l);
}

static size_t relational_adjective(const ctx *c, size_t i, char *lemma, size_t ln, size_t cap);

/* A Slavic name of a capitalised adjective and a lower-case noun the
 * dictionary knows ("Стокгольмського арбітражу", "Ustavnog suda",
 * "Вищим судом"): both in their base form, the adjective agreeing with
 * the noun ("Стокгольмський арбітраж"); 0 when the name is no such pair. */
/* The gender a Slavic noun's base form shows by its last letter:
 * feminine "-a", "-я"; neuter "-o", "-e", "-é"; else masculine. */
static void noun_gender(const char *noun, int *fem, int *neu)
{
	size_t nn = strlen(noun);
	*fem = nn && (noun[nn - 1] == 'a' || ends_with(noun, nn, "а") || ends_with(noun, nn, "я"));
	*neu = nn && (noun[nn - 1] == 'o' || noun[nn - 1] == 'e' || ends_with(noun, nn, "о") ||
		      ends_with(noun, nn, "е") || ends_with(noun, nn, "é"));
}

/* A Slovene, Croatian or Bulgarian adjective whose masculine base form
 * has a fleeting vowel ("mednaroden", "федерален"), which agree() left
 * masculine before the feminine or neuter noun of base form noun (the
 * adjective: o bytes in out): the vowel goes where the form in the text
 * (token a) has none ("Mednarodne" -> "Mednarodna", "Федералната" ->
 * "Федерална"). */
static size_t fleeting_vowel(const ctx *c, size_t a, const char *noun, char *out, size_t o, size_t cap)
{
	static const struct {
		const char *lang, *vowel, *last, *fem, *neu;
	} fleeting[] = {{"sl", "e", "n", "a", "o"}, {"hr", "a", "n", "a", "o"}, {"bg", "е", "н", "а", "о"}};
	static const char *const cases[] = {"ega", "emu", "ih", "imi", "em", "im", "oj", "om", "ата",
					    "ото", "a", "e", "i", "o", "u", "а", "о"};
	int fem, neu;
	noun_gender(noun, &fem, &neu);
	const char *lang = c->a->lang;
	for (size_t k = 0; k < NELEM(fleeting); k++) {
		size_t vl = strlen(fleeting[k].vowel), ll = strlen(fleeting[k].last);
		if (strcmp(fleeting[k].lang, lang) || (!fem && !neu) || o < vl + ll + 3 ||
		    memcmp(out + o - ll, fleeting[k].last, ll) ||
		    memcmp(out + o - ll - vl, fleeting[k].vowel, vl))
			continue;
		/* The written form: the base form without its vowel, then a
		 * case ending. */
		const char *w = c->t + c->tk[a].start;
		size_t n = c->tk[a].end - c->tk[a].start;
		char fw[WBUF], fo[WBUF];
		size_t fwl = td_text_fold(w, n, fw, sizeof(fw));
		size_t fol = td_text_fold(out, o - ll - vl, fo, sizeof(fo));
		if (!fol || fwl < fol + ll || memcmp(fw, fo, fol) || memcmp(fw + fol, fleeting[k].last, ll) ||
		    !word_listed(cases, NELEM(cases), fw + fol + ll, fwl - fol - ll))
			return o;
		const char *to = fem ? fleeting[k].fem : fleeting[k].neu;
		size_t tl = strlen(to), r = o - ll - vl;
		if (r + ll + tl + 1 > cap)
			return o;
		memmove(out + r, out + o - ll, ll);
		memcpy(out + r + ll, to, tl + 1);
		return r + ll + tl;
	}
	return o;
}

/* Whether Polish head token h, of base form noun, is a feminine noun
 * of a consonant ("straż", "rzecz", "sól"): written in "-y" or "-i",
 * which no masculine noun's case in the singular ends in ("Straży
 * Pożarnej" -> "Straż Pożarna"). */
static int polish_feminine_head(const ctx *c, size_t h, const char *noun)
{
	size_t nn = strlen(noun);
	return nn && !strcmp(c->a->lang, "pl") && !strchr("aeiouy", noun[nn - 1]) &&
	       strchr("yi", c->t[c->tk[h].end - 1]);
}

/* The noun whose gender adjective token a agrees with, head token h
 * having the base form noun: "а" (a feminine stand-in) where the base
 * form ends in a soft sign, which both genders have ("церковь",
 * "Кремль"), the head as written is an oblique case, and the adjective
 * has a feminine oblique ending (Russian "-ой", "-ей", "-ую", Ukrainian
 * "-ої", "-ій", "-ою", "-у": "Русской православной церкви" ->
 * "Русская православная церковь"); noun otherwise. */
static const char *gender_noun(const ctx *c, size_t a, size_t h, const char *noun)
{
	static const char *const ru[] = {"ой", "ей", "ую"}, *const uk[] = {"ої", "ій", "ою", "у"};
	static const char *const pl[] = {"ej", "ą"};
	if (a != h && polish_feminine_head(c, h, noun) && ends_in(c, a, pl, NELEM(pl)))
		return "a";
	size_t nn = strlen(noun), hn = c->tk[h].end - c->tk[h].start;
	int isru = !strcmp(c->a->lang, "ru"), isuk = !strcmp(c->a->lang, "uk");
	if ((!isru && !isuk) || !ends_with(noun, nn, "ь") || a == h ||
	    (hn == nn && !strncasecmp(c->t + c->tk[h].start, noun, nn)))
		return noun;
	char f[WBUF];
	size_t fl = tok_fold(c, h, f, sizeof(f));
	char g[WBUF];
	size_t gl = td_text_fold(noun, nn, g, sizeof(g));
	if (fl == gl && !memcmp(f, g, fl))
		return noun;
	return (isru ? ends_in(c, a, ru, NELEM(ru)) : ends_in(c, a, uk, NELEM(uk))) ? "\xD0\xB0" : noun;
}

static size_t definite_adjective(const ctx *c, size_t k, const char *noun, char *out, size_t cap);

static int locative_adjective(const ctx *c, size_t i);

/* Whether token k in Slovene or Croatian, which ends as an adjective
 * may ("dolini", "doline", "odvjetništvu"), is a noun: the dictionary
 * knows it in lower case, and its base form's stem takes no adjective's
 * genitive ending ("dolinega", "odvjetništvog" are no words; "rožnega"
 * is). */
static int sl_hr_noun(const ctx *c, size_t k)
{
	int sl = !strcmp(c->a->lang, "sl");
	if (!sl && strcmp(c->a->lang, "hr"))
		return 0;
	td__lexinfo L;
	lex(c, k, &L);
	if (!L.lemma || !(L.flags & TD__LEX_LOWER))
		return 0;
	char f[WBUF];
	size_t fl = td_text_fold(L.lemma, strlen(L.lemma), f, sizeof(f));
	if (fl < 3 || fl + 4 >= sizeof(f))
		return 0;
	if (strchr("aeio", f[fl - 1]))
		fl--;
	memcpy(f + fl, sl ? "ega" : "og", sl ? 4 : 3);
	td__lexinfo G;
	td__lex_lookup(c->li, f, strlen(f), &G);
	return !(G.flags & TD__LEX_KNOWN);
}

/* Whether token k in Slovene or Croatian is an adjective in a case
 * that adjectival() does not read ("Rdečem"): the dictionary knows it in
 * lower case under an adjective's masculine form ("-i", "-en") or under
 * its genitive ("rdečega"), as the Slovene dictionary stores some. */
static int sl_hr_adjective(const ctx *c, size_t k)
{
	static const char *const ends[] = {"ega", "i", "en"};
	if (strcmp(c->a->lang, "sl") && strcmp(c->a->lang, "hr"))
		return 0;
	td__lexinfo L;
	lex(c, k, &L);
	if (!L.lemma || !(L.flags & TD__LEX_LOWER))
		return 0;
	size_t ll = strlen(L.lemma);
	for (size_t e = 0; e < NELEM(ends); e++)
		if (ll > strlen(ends[e]) + 2 && ends_with(L.lemma, ll, ends[e]))
			return 1;
	return 0;
}

/* A Slovene noun's base form from the dictionary's root nb (nl bytes,
 * folded, room for one more): the dictionary stores some nouns of the
 * a-declension without their ending ("dolin" for "dolina"); a root in a
 * consonant whose accusative root + "o" and dative root + "i" are forms
 * of it is such a noun ("dolino", "dolini"; no masculine noun has both:
 * "trgo"). Returns the new length. */
static size_t sl_a_noun(const ctx *c, char *nb, size_t nl)
{
	if (strcmp(c->a->lang, "sl") || nl < 3 || nl + 2 >= WBUF || strchr("aeiou", nb[nl - 1]) ||
	    ((unsigned char)nb[nl - 1] & 0x80))
		return nl;
	static const char ends[] = {'o', 'i'};
	char f[WBUF], g[WBUF];
	for (size_t e = 0; e < sizeof(ends); e++) {
		memcpy(f, nb, nl);
		f[nl] = ends[e];
		td__lexinfo L;
		td__lex_lookup(c->li, f, nl + 1, &L);
		if (!(L.flags & TD__LEX_KNOWN) || !L.lemma)
			return nl;
		size_t gl = td_text_fold(L.lemma, strlen(L.lemma), g, sizeof(g));
		if (!((gl == nl && !memcmp(g, nb, nl)) || (gl == nl + 1 && !memcmp(g, nb, nl) && g[nl] == 'a')))
			return nl;
	}
	nb[nl] = 'a';
	nb[nl + 1] = 0;
	return nl + 1;
}

static size_t adjective_noun(ctx *c, const mention *m, char *out, size_t cap)
{
	size_t a = m->i, n = m->i + 1;
	/* The Slavic languages with dictionaries whose roots are base forms
	 * (Slovene's after td__lex_lookup's corrections: "pogodbe" ->
	 * "pogodba", not "godb"). */
	const char *lang = c->a->lang;
	if (strcmp(lang, "ru") && strcmp(lang, "uk") && strcmp(lang, "bg") && strcmp(lang, "cs") &&
	    strcmp(lang, "pl") && strcmp(lang, "sl") && strcmp(lang, "hr") && strcmp(lang, "sk"))
		return 0;
	if (m->type == TD_ENT_PER || m->quoted || m->j - m->i != 2 ||
	    !(c->tk[a].flags & TD_TOK_UPPER) || (c->tk[a].flags & TD_TOK_ALLCAPS) ||
	    (c->tk[n].flags & TD_TOK_UPPER) ||
	    !(adjectival(c, a) || locative_adjective(c, a) || sl_hr_adjective(c, a)) ||
	    (adjectival(c, n) && !sl_hr_noun(c, n)))
		return 0;
	td__lexinfo Ln;
	lex(c, n, &Ln);
	if (!Ln.lemma || !(Ln.flags & TD__LEX_LOWER))
		return 0;
	char nb[WBUF], ab[WBUF];
	size_t nl = td_text_fold(Ln.lemma, strlen(Ln.lemma), nb, sizeof(nb));
	nl = sl_a_noun(c, nb, nl);
	/* A masculine adjective ("Вищим") with a feminine noun ("судома"
	 * for "судом") is another word's stem: the masculine noun without
	 * the "-a", where the dictionary has that base form ("Jutarnjeg
	 * lista": "list", not "lista"), else no such pair. */
	static const char *const masc[] = {"ого", "ому", "им", "ым", "ом", "ього", "ьому", "ego", "emu",
					   "ym", "ého", "ému", "ým", "og", "eg", "ega"};
	if (nl >= 2 && (ends_with(nb, nl, "а") || ends_with(nb, nl, "я") || nb[nl - 1] == 'a') &&
	    ends_in(c, a, masc, NELEM(masc))) {
		size_t ml = nl - (nb[nl - 1] == 'a' ? 1 : 2);
		char mb[WBUF], mf[WBUF];
		memcpy(mb, nb, ml);
		mb[ml] = 0;
		td__lexinfo F;
		td__lex_lookup(c->li, mb, ml, &F);
		size_t mfl = F.lemma ? td_text_fold(F.lemma, strlen(F.lemma), mf, sizeof(mf)) : 0;
		if (ends_with(nb, nl, "я") || !(F.flags & TD__LEX_KNOWN) || mfl != ml || memcmp(mf, mb, ml))
			return 0;
		memcpy(nb, mb, ml + 1);
		nl = ml;
	}
	size_t al = token_lemma(c, a, m->type, ab, sizeof(ab));
	al = relational_adjective(c, a, ab, al, sizeof(ab));
	if (!nl || !al || al + nl + 8 > cap)
		return 0;
	size_t o = agree(lang, ab, al, gender_noun(c, a, n, nb), out, cap - nl - 2);
	o = fleeting_vowel(c, a, nb, out, o, cap - nl - 2);
	/* Slovene and Croatian names take the adjective's definite form
	 * ("Južni tok", not "Južen tok"). */
	size_t dl = definite_adjective(c, a, nb, out, cap - nl - 2);
	if (dl)
		o = dl;
	out[o++] = ' ';
	memcpy(out + o, nb, nl + 1);
	return o + nl;
}

/* Inhabitants named in the plural ("Brytyjczyków", "Britanci",
 * "Ukrajinců") have the nominative plural as their base form (BSNLP
 * guidelines), which the dictionaries do not give: it is made from the
 * singular base form by the language's rule for nouns of persons.
 * Endings of the plural's oblique cases that no singular form has, and
 * the singular ending -> nominative plural ending (longest first). */
static const struct {
	const char *lang, *oblique[6];
} plural_cases[] = {
	{"pl", {"ów", "om", "ami", "ach"}},
	{"cs", {"ů", "ům", "ech", "ích"}},
	{"sl", {"ov", "ev", "ih"}},
	{"ru", {"ов", "ев", "ам", "ами", "ах"}},
	{"uk", {"ів", "ам", "ами", "ах"}},
};
static const struct {
	const char *lang, *sg, *pl;
} plural_ends[] = {
	{"pl", "anin", "anie"}, {"pl", "niec", "ńcy"}, {"pl", "ec", "cy"},  {"pl", "k", "cy"},
	{"pl", "z", "zi"},      {"pl", "r", "rzy"},   {"pl", "n", "ni"},   {"pl", "ch", "si"},
	{"cs", "ec", "ci"},     {"cs", "an", "ané"},  {"cs", "t", "tové"}, {"cs", "d", "dové"},
	{"cs", "s", "sové"},    {"sl", "ec", "ci"},   {"sl", "an", "ani"}, {"sl", "d", "di"},
	{"sl", "r", "ri"},      {"ru", "анин", "ане"}, {"ru", "янин", "яне"}, {"ru", "ец", "цы"},
	{"uk", "ець", "ці"},
};

/* The base form of inhabitants' name lemma written as w (n bytes): the
 * nominative plural when w is a plural, else lemma; into out. */
static size_t inhabitants_lemma(const char *lang, const char *w, size_t n, const char *lemma, char *out,
				size_t cap)
{
	size_t ll = strlen(lemma);
	char pl[WBUF];
	size_t pn = 0;
	/* A word that is its own base form is no plural of it. */
	int own = ll == n && !memcmp(w, lemma, n);
	for (size_t k = 0; k < NELEM(plural_ends) && !pn && !own; k++) {
		size_t sl = strlen(plural_ends[k].sg), tl = strlen(plural_ends[k].pl);
		if (!strcmp(plural_ends[k].lang, lang) && ll > sl + 2 && ll - sl + tl < sizeof(pl) &&
		    ends_with(lemma, ll, plural_ends[k].sg)) {
			memcpy(pl, lemma, ll - sl);
			memcpy(pl + ll - sl, plural_ends[k].pl, tl);
			pn = ll - sl + tl;
		}
	}
	int plural = pn && pn == n && !memcmp(pl, w, n);
	for (size_t k = 0; k < NELEM(plural_cases) && pn && !plural; k++)
		if (!strcmp(plural_cases[k].lang, lang))
			for (size_t e = 0; e < 6 && plural_cases[k].oblique[e]; e++)
				plural = plural || (n > ll && ends_with(w, n, plural_cases[k].oblique[e]));
	const char *src = plural ? pl : lemma;
	size_t sn = plural ? pn : ll;
	if (sn + 1 > cap)
		sn = cap - 1;
	memcpy(out, src, sn);
	out[sn] = 0;
	return sn;
}

/* Whether token i ends like an adjective, oblique cases included
 * ("Wyższym", "Bezpośredniego", "Gospodarczego", "Административного"):
 * adjectival() and the endings of the oblique cases that nouns do not
 * share. */
/* Whether token i is a Russian or Ukrainian adjective in the
 * prepositional "-ом", "-ем", "-ім" (which nouns share in the
 * instrumental), by its dictionary base form in "-ий", "-ый", "-ой"
 * ("Стокгольмском": "Стокгольмский"). */
static int locative_adjective(const ctx *c, size_t i)
{
	static const char *const ends[] = {"ом", "ем", "ім"}, *const bases[] = {"ий", "ый", "ой", "ій"};
	return (!strcmp(c->a->lang, "ru") || !strcmp(c->a->lang, "uk")) && ends_in(c, i, ends, NELEM(ends)) &&
	       lemma_ends_in(c, i, TD__LEX_LOWER, bases, NELEM(bases));
}

/* Whether a base form lem[0..n) ends as a masculine adjective's
 * nominative does: "-y", "-i", "-ý", "-í", "-й" ("generalny", "státní"). */
static int masculine_adjective(const char *lem, size_t n)
{
	static const char *const masc[] = {"y", "i", "ý", "í", "й"};
	for (size_t k = 0; k < NELEM(masc); k++)
		if (ends_with(lem, n, masc[k]))
			return 1;
	return 0;
}

/* Whether token i, which ends like an adjective, is a noun by its
 * dictionary base form in a Slavic language written in Latin letters:
 * a common word whose base form ends in no masculine adjective's
 * ending ("Ochrony" of "ochrona" in "Urzędu Ochrony Konkurencji";
 * "Generalnej" of "generalny" is an adjective). */
static int noun_by_lemma(const ctx *c, size_t i)
{
	if (c->cyrillic || !c->slavic)
		return 0;
	td__lexinfo L;
	lex(c, i, &L);
	if (!L.lemma || !(L.flags & TD__LEX_KNOWN) || !(L.flags & TD__LEX_LOWER) || (L.flags & TD__LEX_PROPER))
		return 0;
	return !masculine_adjective(L.lemma, strlen(L.lemma));
}

static int attribute(const ctx *c, size_t i)
{
	static const char *const ends[] = {
		"ego", "emu", "ym", "ych", "ymi", "ého", "ému", "ým", "ých", "ými", "ого", "его",
		"ому", "ему", "ым", "ых", "ыми", "ими", "ої", "ього", "ьому", "ega", "ih", "imi",
		"iej", "wej", "cej", "ího", "ímu", "ích", "ími", "ieho", "iemu",
	};
	/* A Russian or Ukrainian noun whose case ending looks like an
	 * adjective's ("Республикой", "Ассамблее"): the dictionary's base
	 * form is none. (Other dictionaries give adjectives short base
	 * forms: Slovene "vrhovno" -> "vrhoven".) */
	if (!strcmp(c->a->lang, "ru") || !strcmp(c->a->lang, "uk")) {
		td__lexinfo L;
		lex(c, i, &L);
		if (L.lemma && (L.flags & TD__LEX_KNOWN) && !(L.flags & TD__LEX_PROPER) &&
		    !adjectival_str(L.lemma, strlen(L.lemma)))
			return 0;
	}
	/* So in Czech and Slovak an organisation's head ("strana", a
	 * party). */
	if (adjectival(c, i) && !((!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk")) &&
				  token_in(c, i, L_ORG_HEADS, 0) && noun_by_lemma(c, i)))
		return 1;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
		if (ends_with(w, n, ends[k]) && n > strlen(ends[k]) + 2)
			return 1;
	return locative_adjective(c, i);
}

/* Whether a noun's base form lem[0..n) is feminine by its ending: "-a"
 * ("Rada", "banka", "Рада"), "-я" or "-ь" excluded (both genders). */
static int head_feminine(const char *lem, size_t n)
{
	return (n >= 1 && lem[n - 1] == 'a') || ends_with(lem, n, "а") || ends_with(lem, n, "я");
}

/* Whether adjective token i, after a head noun of that gender (fem 1 or
 * 0), has an oblique ending of the other gender only, in its language. */
static int gender_clash(const ctx *c, size_t i, int fem)
{
	static const struct {
		const char *lang, *end;
		int fem;
	} ends[] = {
		{"cs", "é", 1},    {"cs", "ou", 1},   {"cs", "ého", 0},  {"cs", "ému", 0},  {"cs", "ího", 0},
		{"cs", "ímu", 0},  {"sk", "ej", 1},
		{"sk", "ou", 1},   {"sk", "ého", 0},  {"sk", "ému", 0},  {"pl", "ej", 1},   {"pl", "ą", 1},
		{"pl", "ego", 0},  {"pl", "emu", 0},  {"sl", "ega", 0},  {"sl", "emu", 0},  {"hr", "og", 0},
		{"hr", "oga", 0},  {"hr", "ome", 0},  {"hr", "eg", 0},   {"hr", "ega", 0},  {"hr", "emu", 0},
		{"ru", "ого", 0}, {"ru", "его", 0}, {"ru", "ому", 0},
		{"ru", "ему", 0}, {"uk", "ого", 0}, {"uk", "ому", 0}, {"uk", "ої", 1},
	};
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 0; k < NELEM(ends); k++)
		if (!strcmp(c->a->lang, ends[k].lang) && ends_with(w, n, ends[k].end) &&
		    n > strlen(ends[k].end) + 2)
			return ends[k].fem != fem;
	return 0;
}

/* Croatian (Bosnian, Serbian) relational adjectives, which the
 * dictionary stores under their noun ("Domovinskim" -> "domovina",
 * "Zastupničkom" -> "zastupnik"): when token i ends like such an
 * adjective and lemma (ln bytes, cap bytes of room) is no adjective,
 * the masculine nominative made from the word ("Domovinski",
 * "Zastupnički") replaces it in place. Returns the new length, or ln. */
static size_t relational_adjective(const ctx *c, size_t i, char *lemma, size_t ln, size_t cap)
{
	static const char *const ends[] = {"oga", "ome", "og", "om", "oj", "im", "ih", "ima",
					   "e", "a", "u", "o", "i"};
	const char *lang = c->a->lang;
	if ((strcmp(lang, "hr") && strcmp(lang, "bs") && strcmp(lang, "sr")) || !ln || lemma[ln - 1] == 'i')
		return ln;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k]);
		if (n <= el + 3 || memcmp(w + n - el, ends[k], el))
			continue;
		size_t sn = n - el;
		/* "-sk-", "-čk-", "-ck-", "-n-" before the ending */
		int rel = (sn >= 2 && w[sn - 1] == 'k' && (w[sn - 2] == 's' || w[sn - 2] == 'c')) ||
			  (sn >= 3 && w[sn - 1] == 'k' && !memcmp(w + sn - 3, "\xC4\x8D", 2)) || w[sn - 1] == 'n';
		if (!rel || sn + 2 > cap)
			return ln;
		memcpy(lemma, w, sn);
		lemma[sn] = 'i';
		lemma[sn + 1] = 0;
		return sn + 1;
	}
	return ln;
}

/* Base form of token i in the noun phrase that begins a name: a word
 * in lower case ("Slovenske demokratske stranke") takes the dictionary's
 * lower-case base form, a capitalised one token_lemma(). */
static size_t phrase_lemma(const ctx *c, size_t i, int type, char *out, size_t cap)
{
	if (c->tk[i].flags & TD_TOK_UPPER) {
		size_t ol = token_lemma(c, i, type, out, cap);
		/* A capitalised common noun the dictionary reads as a name
		 * in this very form ("Morzem", "Nagrodę"): its lower case's
		 * base form, capitalised ("Morze"). */
		const char *w = c->t + c->tk[i].start;
		size_t n = c->tk[i].end - c->tk[i].start;
		if (ol == n && !memcmp(out, w, n) && c->li >= 0 && c->slavic && !c->cyrillic &&
		    !(c->tk[i].flags & TD_TOK_ALLCAPS)) {
			char f[WBUF];
			size_t fl = tok_fold(c, i, f, sizeof(f));
			td__lexinfo F;
			td__lex_lookup(c->li, f, fl, &F);
			/* (A base form as long as the word, a case of the
			 * same length: "Nagrody" -> "Nagroda"; not an
			 * adjective's, "Krajowa" -> "krajowy", whose base form
			 * agreement makes, a first name's, "Tom", nor a
			 * plural's before its plural adjective, "Wyspy
			 * Brytyjskie".) */
			size_t fll = F.lemma ? strlen(F.lemma) : 0;
			static const char *const pl_adj[] = {"ie", "e"};
			static const char *const adj_base[] = {"y", "i", "ý", "í"};
			int same = fll == n && type != TD_ENT_PER && !census_given(c, i) &&
				   !ends_with_any(F.lemma, fll, adj_base, NELEM(adj_base)) &&
				   !(i + 1 < c->nt && joined(c, i + 1) && adjectival(c, i + 1) &&
				     ends_in(c, i + 1, pl_adj, NELEM(pl_adj)));
			if (F.lemma && (F.flags & TD__LEX_LOWER) && (fll < n || same) && strcmp(F.lemma, f)) {
				size_t rl = recased(F.lemma, strlen(F.lemma), 1, out, cap);
				if (rl)
					return rl;
			}
		}
		return ol;
	}
	td__lexinfo L;
	lex(c, i, &L);
	if (L.lemma && (L.flags & TD__LEX_LOWER))
		return td_text_fold(L.lemma, strlen(L.lemma), out, cap);
	size_t n = c->tk[i].end - c->tk[i].start;
	if (n + 1 > cap)
		n = cap - 1;
	memcpy(out, c->t + c->tk[i].start, n);
	out[n] = 0;
	return n;
}

/* Whether token j, right after a name, is a Russian, Ukrainian or
 * Bulgarian verb in the feminine past ("заявила", "отказалась",
 * "погодилася"): a lower-case word of five letters or more in "-ла",
 * "-лась", "-лася". */
static int feminine_past_after(const ctx *c, size_t j)
{
	static const char *const ends[] = {"ла", "лась", "лася"};
	if (j >= c->nt || !joined(c, j) || (c->tk[j].flags & TD_TOK_UPPER) || !(c->tk[j].flags & TD_TOK_ALPHA) ||
	    c->tk[j].end - c->tk[j].start < 10)
		return 0;
	return ends_in(c, j, ends, NELEM(ends));
}

/* Whether token k ends in "-ем" after a hissing consonant or "ц" with
 * three letters or more before it; the bytes before the ending. */
static size_t hissing_em(const ctx *c, size_t k)
{
	static const char *const hiss[] = {"жем", "шем", "чем", "щем", "цем"};
	size_t n = c->tk[k].end - c->tk[k].start;
	if (n < 10 || !ends_in(c, k, hiss, NELEM(hiss)))
		return 0;
	return n - 4;
}

/* A first name at token f and a surname at token l both in the
 * instrumental "-ем" after a hissing consonant ("Джорджем Бушем"): the
 * first name's base form into fb (*fbl bytes), the bytes the surname
 * loses as the result; 0 otherwise. */
static size_t hissing_instrumental(const ctx *c, size_t f, size_t l, char *fb, size_t *fbl)
{
	size_t a = hissing_em(c, f), b = hissing_em(c, l);
	if (!a || !b || a >= WBUF)
		return 0;
	memcpy(fb, c->t + c->tk[f].start, a);
	*fbl = a;
	return 4;
}

/* See lemma_of_(): the bytes the surname at token l loses, the first
 * name's base form into fb (*fbl bytes); 0 when the rule does not hold. */
static size_t unknown_shared_case(ctx *c, size_t f, size_t l, char *fb, size_t *fbl)
{
	/* Ukrainian has no locative "-е" ("Трампі"). The genitive "-а"
	 * ("Дэвида Дэвиса") is a woman's nominative too where her surname
	 * ends as a feminine one ("-ова", "-ина", "-ая") or a verb in the
	 * feminine past follows ("Аурела Шкодра сказала"). */
	static const char *const ends[] = {"у", "ом", "а", "е"};
	static const char *const women[] = {"ова", "ева", "ёва", "ина", "ына", "ая", "яя", "ва"};
	size_t nends = strcmp(c->a->lang, "uk") ? NELEM(ends) : 3;
	td__lexinfo F, L;
	lex(c, f, &F);
	lex(c, l, &L);
	if ((F.flags & TD__LEX_KNOWN) || (L.flags & TD__LEX_KNOWN))
		return 0;
	const char *fw = c->t + c->tk[f].start, *lw = c->t + c->tk[l].start;
	size_t fn = c->tk[f].end - c->tk[f].start, ln = c->tk[l].end - c->tk[l].start;
	for (size_t k = 0; k < nends; k++) {
		size_t el = strlen(ends[k]);
		/* Three letters before the ending, the last a consonant. */
		if (fn < el + 6 || ln < el + 6 || fn - el >= WBUF || !ends_with(fw, fn, ends[k]) ||
		    !ends_with(lw, ln, ends[k]))
			continue;
		if (!strcmp(ends[k], "а") && (ends_in(c, l, women, NELEM(women)) || feminine_past_after(c, l + 1)))
			return 0;
		if (vowel_end(fw + fn - el - 2, 2) || vowel_end(lw + ln - el - 2, 2) ||
		    ((unsigned char)fw[fn - el - 2] != 0xD0 && (unsigned char)fw[fn - el - 2] != 0xD1) ||
		    ((unsigned char)lw[ln - el - 2] != 0xD0 && (unsigned char)lw[ln - el - 2] != 0xD1))
			return 0;
		memcpy(fb, fw, fn - el);
		*fbl = fn - el;
		return el;
	}
	return 0;
}

/* Whether lemma l (ln bytes) is word w (wn bytes) with another last
 * letter, both of them vowels ("Rutta" of "Rutte"). */
static int last_vowel_replaced(const char *l, size_t ln, const char *w, size_t wn)
{
	if (ln != wn || wn < 3 || !memcmp(l, w, wn))
		return 0;
	size_t b = wn - 1;
	while (b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
		b--;
	return !memcmp(l, w, b) && vowel_end(l + b, ln - b) && vowel_end(w + b, wn - b);
}

/* Whether s (n bytes) is one vowel letter. */
static int one_vowel(const char *s, size_t n)
{
	int l;
	td_utf8_decode(s, n, &l);
	return l > 0 && (size_t)l == n && vowel_end(s, n);
}

/* Whether token k, a capitalised word, is a first name in its base form
 * that ends in a consonant ("й" and a soft sign count: "Андрей", "Сергій",
 * "Рафаель"): its lemma is the word as written. */
static int first_name_nominative(const ctx *c, size_t k)
{
	const td_token *t = &c->tk[k];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	if (!(t->flags & TD_TOK_UPPER) || (t->flags & TD_TOK_ALLCAPS) || n < 3)
		return 0;
	size_t b = n - 1;
	while (b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
		b--;
	if ((vowel_end(w + b, n - b) && !(n - b == 2 && (!memcmp(w + b, "й", 2) || !memcmp(w + b, "ь", 2)))) ||
	    (w[b] >= '0' && w[b] <= '9'))
		return 0;
	char lb[WBUF];
	size_t ll = token_lemma(c, k, TD_ENT_PER, lb, sizeof(lb));
	return ll == n && !memcmp(lb, w, n);
}

/* A rule of replace_ending(): in language lang, a word that ends in end
 * has the base form made of the word without end, keep bytes of end, then
 * nom. */
typedef struct {
	const char *lang, *end, *nom;
	size_t keep;
} ending_rule;

/* The base form of w (n bytes) by the rule of r whose ending is the
 * longest ("енкові" before "ові"), four bytes of the word left before it
 * at least, of rows lr (the rules of the word's language); into out, 0
 * when no rule applies. */
static size_t replace_ending(const ending_rule *r, const lang_rows *lr, const char *w, size_t n, char *out,
			     size_t cap)
{
	size_t best = SIZE_MAX, bl = 0;
	for (size_t x = 0; x < lr->n; x++) {
		size_t k = lr->row[x];
		size_t el = strlen(r[k].end);
		if (n >= el + 4 && el > bl && !memcmp(w + n - el, r[k].end, el)) {
			best = k;
			bl = el;
		}
	}
	if (best == SIZE_MAX)
		return 0;
	size_t nl = strlen(r[best].nom), base = n - bl + r[best].keep;
	if (base + nl + 1 > cap)
		return 0;
	memcpy(out, w, base);
	memcpy(out + base, r[best].nom, nl);
	out[base + nl] = 0;
	return base + nl;
}

/* The base form of a woman's surname written w (n bytes) with a feminine
 * adjectival or possessive ending in Polish, Russian or Ukrainian, into
 * out; 0 when w has none. Every case's ending is listed with the
 * nominative's: "Kowalską", "Kowalskiej" -> "Kowalska"; "Захаровой",
 * "Захарову" -> "Захарова"; "Политковской" -> "Политковская";
 * "Тимошенко" has none. */
static size_t feminine_surname(const char *lang, const char *w, size_t n, char *out, size_t cap)
{
	static const ending_rule fem[] = {
		{"pl", "ska", "", 3},    {"pl", "cka", "", 3},      {"pl", "dzka", "", 4},
		{"pl", "ską", "a", 2},   {"pl", "cką", "a", 2},     {"pl", "skiej", "a", 2},
		{"pl", "ckiej", "a", 2}, {"pl", "dzkiej", "a", 3},
		{"ru", "ская", "", 8},   {"ru", "цкая", "", 8},     {"ru", "ской", "ая", 4},
		{"ru", "цкой", "ая", 4}, {"ru", "скую", "ая", 4},   {"ru", "цкую", "ая", 4},
		{"ru", "ова", "", 6},    {"ru", "ева", "", 6},      {"ru", "ина", "", 6},
		{"ru", "овой", "а", 4},  {"ru", "евой", "а", 4},    {"ru", "иной", "а", 4},
		{"ru", "ову", "а", 4},   {"ru", "еву", "а", 4},     {"ru", "ину", "а", 4},
		{"uk", "ська", "", 8},   {"uk", "цька", "", 8},     {"uk", "ської", "а", 6},
		{"uk", "ській", "а", 6}, {"uk", "ською", "а", 6},   {"uk", "ську", "а", 6},
		{"uk", "ова", "", 6},    {"uk", "ева", "", 6},      {"uk", "іна", "", 6},
		{"uk", "ової", "а", 4},  {"uk", "овій", "а", 4},    {"uk", "овою", "а", 4},
		{"uk", "ову", "а", 4},   {"uk", "іної", "а", 4},    {"uk", "іній", "а", 4},
		{"uk", "іною", "а", 4},  {"uk", "іну", "а", 4},
		{"be", "ская", "", 8},   {"be", "цкая", "", 8},     {"be", "скай", "ая", 4},
		{"be", "цкай", "ая", 4}, {"be", "скую", "ая", 4},   {"be", "цкую", "ая", 4},
		{"be", "ава", "", 6},    {"be", "ева", "", 6},      {"be", "іна", "", 6},
		{"be", "авай", "а", 4},  {"be", "евай", "а", 4},    {"be", "інай", "а", 4},
		{"be", "аву", "а", 4},   {"be", "еву", "а", 4},     {"be", "іну", "а", 4},
		/* Czech and Slovak "-ová", "-ská" ("Leyenové", "Harrisovou",
		 * "Čaputovej", "Čaputovú"). */
		{"cs", "ová", "", 4},    {"cs", "ové", "á", 2},     {"cs", "ovou", "á", 2},
		{"cs", "ská", "", 4},    {"cs", "ské", "á", 2},     {"cs", "skou", "á", 2},
		{"sk", "ová", "", 4},    {"sk", "ovej", "á", 2},    {"sk", "ovú", "á", 2},
		{"sk", "ovou", "á", 2},  {"sk", "ská", "", 4},      {"sk", "skej", "á", 2},
		{"sk", "skú", "á", 2},   {"sk", "skou", "á", 2},
	};
	_Static_assert(NELEM(fem) <= LANG_ROWS_MAX, "rows_in finds every row");
	static _Thread_local lang_rows rows;
	if (strcmp(lang, "pl") && strcmp(lang, "ru") && strcmp(lang, "uk") && strcmp(lang, "cs") &&
	    strcmp(lang, "sk") && strcmp(lang, "be"))
		return 0;
	return replace_ending(fem, ROWS_IN(&rows, lang, fem), w, n, out, cap);
}

/* The base form of a man's surname written w (n bytes) in an oblique case
 * after his first name in the same case, Russian or Ukrainian, into out;
 * 0 when w has no such ending. Possessive surnames ("Лаврову" ->
 * "Лавров", "Коболєва" -> "Коболєв"), adjectival ones ("Навального" ->
 * "Навальный", "Тягнибока" has none), Ukrainian "-енко" ("Гончаренка"). */
static size_t masculine_surname(const char *lang, const char *w, size_t n, char *out, size_t cap)
{
	static const ending_rule masc[] = {
		{"ru", "ова", "", 4},   {"ru", "ева", "", 4},   {"ru", "ёва", "", 4},
		{"ru", "ина", "", 4},   {"ru", "ына", "", 4},   {"ru", "ову", "", 4},
		{"ru", "еву", "", 4},   {"ru", "ину", "", 4},   {"ru", "ыну", "", 4},
		{"ru", "ове", "", 4},   {"ru", "еве", "", 4},   {"ru", "ине", "", 4},
		{"ru", "овым", "", 4},  {"ru", "евым", "", 4},  {"ru", "иным", "", 4},
		{"ru", "ского", "ий", 4}, {"ru", "цкого", "ий", 4}, {"ru", "скому", "ий", 4},
		{"ru", "цкому", "ий", 4}, {"ru", "ским", "ий", 4},  {"ru", "цким", "ий", 4},
		{"ru", "ском", "ий", 4},  {"ru", "цком", "ий", 4},  {"ru", "ьного", "ый", 4},
		{"ru", "ьному", "ый", 4}, {"ru", "ьным", "ый", 4},
		{"uk", "ова", "", 4},   {"uk", "ева", "", 4},   {"uk", "єва", "", 4},
		{"uk", "іна", "", 4},   {"uk", "ову", "", 4},   {"uk", "ові", "", 4},
		{"uk", "овим", "", 4},  {"uk", "єві", "", 4},   {"uk", "євим", "", 4},
		{"uk", "іним", "", 4},  {"uk", "енка", "о", 6}, {"uk", "енку", "о", 6},
		{"uk", "енкові", "о", 6}, {"uk", "енком", "о", 6},
		{"uk", "ського", "ий", 6}, {"uk", "ському", "ий", 6}, {"uk", "ським", "ий", 6},
		{"uk", "цького", "ий", 6}, {"uk", "цькому", "ий", 6}, {"uk", "цьким", "ий", 6},
	};
	_Static_assert(NELEM(masc) <= LANG_ROWS_MAX, "rows_in finds every row");
	static _Thread_local lang_rows rows;
	if (strcmp(lang, "ru") && strcmp(lang, "uk"))
		return 0;
	return replace_ending(masc, ROWS_IN(&rows, lang, masc), w, n, out, cap);
}

/* Slovene and Croatian names take an adjective's definite form, which the
 * dictionaries do not give as a lemma (Slovene "nacionalen", "tiskoven"):
 * the adjective of token k written in any case takes the ending of the
 * gender of its head noun (base form noun): "-i", "-a" or "-o"
 * ("Nacionalnega inštituta" -> "Nacionalni inštitut", "Slovenske tiskovne
 * agencije" -> "Slovenska tiskovna agencija", "Hrvatskog zavoda" ->
 * "Hrvatski zavod"); into out, 0 when this does not apply. */
static size_t definite_adjective(const ctx *c, size_t k, const char *noun, char *out, size_t cap)
{
	static const char *const ends[] = {"ega", "emu", "oga", "omu", "ima", "imi", "em", "im", "ih",
					   "og", "om", "oj", "a", "e", "i", "o", "u"};
	static const char *const lemmas[] = {"en", "i", "ov", "ev", "in", "ega", "no"};
	const char *lang = c->a->lang;
	if ((strcmp(lang, "sl") && strcmp(lang, "hr")) || !(adjectival_(c, k) || sl_hr_adjective(c, k)))
		return 0;
	size_t nn = strlen(noun);
	if (!nn)
		return 0;
	/* An adjective by its dictionary lemma too ("Zakona" is a noun's);
	 * one the dictionary does not know by its "-sk-", "-šk-", "-čk-"
	 * stem, which only adjectives have ("antidopinške"). */
	td__lexinfo L;
	lex(c, k, &L);
	size_t ll = L.lemma ? strlen(L.lemma) : 0, e0 = 0;
	for (; L.lemma && e0 < NELEM(lemmas); e0++)
		if (ends_with(L.lemma, ll, lemmas[e0]))
			break;
	if (L.lemma && e0 == NELEM(lemmas))
		return 0;
	char g = noun[nn - 1] == 'a' ? 'a' : (noun[nn - 1] == 'o' || noun[nn - 1] == 'e') ? 'o' : 'i';
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	for (size_t e = 0; e < NELEM(ends); e++) {
		size_t el = strlen(ends[e]);
		if (n < el + 3 || memcmp(w + n - el, ends[e], el))
			continue;
		if (!L.lemma && !ends_with(w, n - el, "sk") && !ends_with(w, n - el, "šk") &&
		    !ends_with(w, n - el, "čk"))
			return 0;
		if (n - el + 2 > cap)
			return 0;
		memcpy(out, w, n - el);
		out[n - el] = g;
		out[n - el + 1] = 0;
		return n - el + 1;
	}
	return 0;
}

/* Whether token k, a surname, ends in a consonant, in no ending of a
 * man's surname that does not decline ("Черных", "Седых") and in no
 * instrumental's ending. */
static int uninflected_consonant(const ctx *c, size_t k)
{
	static const char *const fixed[] = {"их", "ых"};
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	size_t b = n ? n - 1 : 0;
	while (b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
		b--;
	/* A soft sign ends a consonant ("Меркель"), so does an English "y"
	 * after a vowel ("May", "Grey"). */
	int soft = (n - b == 2 && !memcmp(w + b, "\xD1\x8C", 2)) ||
		   (n >= 2 && w[n - 1] == 'y' && strchr("aeou", w[n - 2]));
	if (n < 3 || (vowel_end(w + b, n - b) && !soft) || (w[b] >= '0' && w[b] <= '9') ||
	    (c->tk[k].flags & TD_TOK_ALLCAPS))
		return 0;
	/* Nor in an instrumental's ending: a surname the dictionaries did
	 * not lemmatise ("Perrym", "Курцем"). */
	static const char *const instr[] = {"em", "om", "ym", "im", "ем", "ом", "ым", "им", "ём"};
	return !ends_in(c, k, fixed, NELEM(fixed)) && !ends_in(c, k, instr, NELEM(instr));
}

/* Slovene and Croatian write a Russian or Bulgarian woman's surname with
 * its "-ova", "-eva", "-ina" and decline it as a noun in "-a" ("Marija
 * Zaharova", "Marije Zaharove", "Mariji Zaharovi"), while a man's
 * surname in "-ov" takes the masculine endings ("Sergeja Lavrova",
 * "Sergeju Lavrovu"). Where a first name f and the surname l after it
 * are a woman's, writes their base forms (first name in "-a", surname in
 * "-ova") and returns 1: in an oblique case both end in the feminine
 * ending of that case, which no man's surname has; in the nominative the
 * surname's "-a" is also a man's genitive, so the first name must be a
 * name of its own in the Slovene or Croatian dictionary as written
 * ("Marija", "Ana"; "Sergeja" is no one's). */
static int sl_hr_woman(const ctx *c, size_t f, size_t l, char *fout, size_t *fl, char *sout, size_t *sl)
{
	static const struct {
		const char *lang, *first, *surname;
	} cases[] = {
		{"sl", "a", "a"}, {"sl", "e", "e"}, {"sl", "i", "i"}, {"sl", "o", "o"},
		{"hr", "a", "a"}, {"hr", "e", "e"}, {"hr", "i", "oj"}, {"hr", "u", "u"},
	};
	static const char *const stems[] = {"ov", "ev", "in"};
	if (strcmp(c->a->lang, "sl") && strcmp(c->a->lang, "hr"))
		return 0;
	const td_token *t = &c->tk[f], *lt = &c->tk[l];
	const char *w = c->t + t->start, *lw = c->t + lt->start;
	size_t n = t->end - t->start, ln = lt->end - lt->start;
	if (n < 3 || ln < 6 || n >= WBUF || ln >= WBUF || !(lt->flags & TD_TOK_UPPER) ||
	    (t->flags & TD_TOK_ALLCAPS) || (lt->flags & TD_TOK_ALLCAPS))
		return 0;
	for (size_t k = 0; k < NELEM(cases); k++) {
		if (strcmp(cases[k].lang, c->a->lang))
			continue;
		size_t fe = strlen(cases[k].first), se = strlen(cases[k].surname);
		if (n <= fe + 1 || memcmp(w + n - fe, cases[k].first, fe) || ln <= se + 4 ||
		    memcmp(lw + ln - se, cases[k].surname, se))
			continue;
		size_t stem = ln - se - 2;
		int fem = 0;
		/* "-in" only in the nominative: "Pochettino" is no
		 * instrumental. */
		for (size_t x = 0; x < NELEM(stems) - (cases[k].first[0] != 'a'); x++)
			fem |= !memcmp(lw + stem, stems[x], 2);
		if (!fem)
			continue;
		if (cases[k].first[0] == 'a') {
			int own = 0;
			const char *langs[] = {"sl", "hr"};
			for (size_t x = 0; x < NELEM(langs) && !own; x++) {
				td__lexinfo L;
				int li = td__lex_index(langs[x]);
				if (li < 0 || c->li < 0)
					continue;
				td__lex_lookup(li, w, n, &L);
				own = (L.flags & TD__LEX_SELF) != 0;
			}
			if (!own)
				return 0;
		}
		memcpy(fout, w, n - fe);
		fout[n - fe] = 'a';
		*fl = n - fe + 1;
		memcpy(sout, lw, stem + 2);
		sout[stem + 2] = 'a';
		*sl = stem + 3;
		return 1;
	}
	return 0;
}

/* A Czech or Slovak woman's first name at token f before her surname at
 * token l in the same oblique case: its base form in "-a" ("Angely
 * Merkelové", "Angelu Merkelovou" -> "Angela") into out, or 0. The first
 * name's ending must fit the surname's case ("Hillary Clintonovou" keeps
 * its "y"), and a first name a dictionary knows as written stays
 * ("Hillary Clintonové", "Michelle"). */
static size_t woman_given_name(const ctx *c, size_t f, size_t l, char *out, size_t cap)
{
	static const struct {
		const char *lang, *surname, *first;
	} cases[] = {
		{"cs", "ové", "y"},   {"cs", "ové", "e"},   {"cs", "ové", "ě"},   {"cs", "ské", "y"},
		{"cs", "ské", "e"},   {"cs", "ské", "ě"},   {"cs", "ovou", "ou"}, {"cs", "skou", "ou"},
		{"cs", "ovou", "u"},  {"cs", "skou", "u"},  {"sk", "ovej", "y"},  {"sk", "ovej", "e"},
		{"sk", "ovej", "ej"}, {"sk", "skej", "y"},  {"sk", "skej", "e"},  {"sk", "skej", "ej"},
		{"sk", "ovú", "u"},   {"sk", "skú", "u"},   {"sk", "ovou", "ou"}, {"sk", "skou", "ou"},
		/* Czech names in "-ja" ("Kaji Kallasové": "Kaja"; not "Marii",
		 * Marie's). */
		{"cs", "ové", "ji"},  {"cs", "ské", "ji"},
	};
	const td_token *t = &c->tk[f], *lt = &c->tk[l];
	const char *w = c->t + t->start, *lw = c->t + lt->start;
	size_t n = t->end - t->start, ln = lt->end - lt->start;
	for (size_t k = 0; k < NELEM(cases); k++) {
		size_t sl = strlen(cases[k].surname), el = strlen(cases[k].first);
		/* (The "j" of "-ji" is the name's: "Kaj" + "a".) */
		size_t keep = !strcmp(cases[k].first, "ji") ? 1 : 0;
		if (strcmp(cases[k].lang, c->a->lang) || ln < sl + 2 || memcmp(lw + ln - sl, cases[k].surname, sl) ||
		    n + keep < el + 3 || memcmp(w + n - el, cases[k].first, el) || n - el + 3 > cap)
			continue;
		/* (The accusative of "-ová" is "-ovou" too: "Angelu
		 * Merkelovou".) */
		if (dict_name(c, w, n, is_latin_word(w, n)))
			return 0;
		memcpy(out, w, n - el + keep);
		out[n - el + keep] = 'a';
		out[n - el + keep + 1] = 0;
		return n - el + keep + 1;
	}
	return 0;
}

/* Whether the tokens from a to b (exclusive) are all in lower case:
 * the particles of a name ("von der", "фон дер", "van"), or none. */
static int lower_between(const ctx *c, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (c->tk[k].flags & TD_TOK_UPPER)
			return 0;
	return 1;
}

/* The ending (bytes) that the surname at token l loses to its base form
 * when the first name at token f is a soft-stem man's name ("Арсений",
 * "Игорь") in an oblique case and the surname a consonant-final one in
 * the same case; 0 otherwise. A first name no dictionary knows
 * ("Эммануэлем Макроном", "Эммануэлю Макрону") is such a name when its
 * soft ending stands beside the surname's hard one after a consonant:
 * its base form ("Эммануэль"; "-й" after a vowel) goes to fb (*fbl
 * bytes; 0 when the dictionary gave it). */
static size_t soft_case_ending(const ctx *c, size_t f, size_t l, char *fb, size_t *fbl)
{
	static const struct {
		const char *soft, *hard;
	} cases[] = {{"я", "а"}, {"ю", "у"}, {"ем", "ом"}, {"е", "е"}};
	const td_token *ft = &c->tk[f], *lt = &c->tk[l];
	const char *fw = c->t + ft->start, *lw = c->t + lt->start;
	size_t fn = ft->end - ft->start, ln = lt->end - lt->start;
	size_t fl = token_lemma(c, f, TD_ENT_PER, fb, WBUF);
	*fbl = 0;
	/* Unknown: the lemma is the word as written, and no dictionary
	 * knows the word ("Суперниця" is a common noun). */
	td__lexinfo Lf;
	lex(c, f, &Lf);
	int unknown = fl == fn && !memcmp(fb, fw, fn) && !(Lf.flags & TD__LEX_KNOWN);
	if (!unknown && (fl < 6 || (memcmp(fb + fl - 2, "й", 2) && memcmp(fb + fl - 2, "ь", 2)) ||
			 fn <= fl - 2 || memcmp(fb, fw, fl - 2)))
		return 0;
	for (size_t k = 0; k < NELEM(cases); k++) {
		size_t hn = strlen(cases[k].hard), sn = strlen(cases[k].soft);
		if (unknown ? fn < sn + 8 || memcmp(fw + fn - sn, cases[k].soft, sn) || k == 3
			    : fn - (fl - 2) != sn || memcmp(fw + fl - 2, cases[k].soft, sn))
			continue;
		if (ln < hn + 6 || memcmp(lw + ln - hn, cases[k].hard, hn))
			continue;
		/* A consonant before the ending: "-ова", "-ина" and vowels
		 * are other rules' (and women's) business. */
		if (has_vowel(lw + ln - hn - 2, 2) || ends_in(c, l, (const char *const[]){"ова", "ева", "ина"}, 3))
			return 0;
		if (unknown) {
			/* A consonant before the soft ending: "Наталія" is a
			 * woman's nominative; women's accusatives ("Марину
			 * Ковалёву") and surnames ("Бучковська") stay out. */
			size_t stem = fn - sn;
			if (has_vowel(fw + stem - 2, 2) || !memcmp(fw + stem - 2, "ь", 2) ||
			    !memcmp(fw + stem - 2, "ъ", 2) ||
			    ends_in(c, l, (const char *const[]){"ову", "еву", "ину", "ую", "ька", "ская", "цкая"}, 7))
				return 0;
			memcpy(fb, fw, stem);
			/* After "ж", "ч", "ш", "щ", "ц" a hard stem's ending is
			 * "-ем" too, and no soft sign is written ("Митчем",
			 * "Ричем": "Митч", "Рич"). */
			static const char *const hush[] = {"ж", "ч", "ш", "щ", "ц"};
			int hard = 0;
			for (size_t q = 0; q < NELEM(hush) && k == 2; q++)
				hard |= !memcmp(fw + stem - 2, hush[q], 2);
			if (hard)
				fb[stem] = 0, *fbl = stem;
			else {
				memcpy(fb + stem, "ь", 3);
				*fbl = stem + 2;
			}
		}
		return hn;
	}
	return 0;
}

/* Bulgarian marks a name's first word definite ("Европейската",
 * "Съветът", "Държавния", "Съда"); the base form is indefinite (BSNLP
 * guidelines: "Европейска комисия", "Съвет на ЕС", "Държавен
 * департамент"). The indefinite form of token k into out (capitalised
 * as written), or 0 where the word shows no article. Short masculine
 * forms ("-а", "-я", "-ия") only where the dictionary reads them so and
 * only in a name of several words (multi). */
static size_t bg_indefinite(const ctx *c, size_t k, int multi, char *out, size_t cap)
{
	const td_token *t = &c->tk[k];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	if (n < 8 || n + 1 > cap || !(t->flags & TD_TOK_UPPER) || (t->flags & TD_TOK_ALLCAPS))
		return 0;
	static const char *const vowels[] = {"а", "я", "о", "е", "и"};
	td__lexinfo L;
	lex(c, k, &L);
	int dict = L.lemma && (L.flags & TD__LEX_LOWER) && strlen(L.lemma) + 1 <= cap;
	char fw[WBUF], fl[WBUF];
	size_t fwl = td_text_fold(w, n, fw, sizeof(fw));
	size_t fll = L.lemma ? td_text_fold(L.lemma, strlen(L.lemma), fl, sizeof(fl)) : 0;
	/* "-та", "-то", "-те" after a vowel: the article alone, where the
	 * dictionary reads the word so ("Еврокомисията") or an adjective
	 * opens a name of several words ("Европейската", "Западните"), not
	 * a stem's "т" ("Съвета" is "Съвет" with the short article). */
	if ((ends_with(w, n, "та") || ends_with(w, n, "то") || ends_with(w, n, "те")) &&
	    !(fll + 2 == fwl && !memcmp(fw, fl, fll))) {
		int bare = fll + 4 == fwl && !memcmp(fw, fl, fll);
		if (!bare && !(multi && adjectival(c, k)))
			return 0;
		for (size_t v = 0; v < NELEM(vowels); v++)
			if (ends_with(w, n - 4, vowels[v])) {
				memcpy(out, w, n - 4);
				out[n - 4] = 0;
				return n - 4;
			}
		return 0;
	}
	/* An adjective without the article before its noun is its own
	 * base form: the noun's gender, not the dictionary's masculine
	 * ("Шотландска национална партия", "Медийна група"). */
	if (multi && adjectival(c, k) && (ends_with(w, n, "а") || ends_with(w, n, "о")) &&
	    !(fll + 2 == fwl && !memcmp(fw, fl, fll))) {
		memcpy(out, w, n);
		out[n] = 0;
		return n;
	}
	/* A relational adjective with the masculine article ("Пакистанския",
	 * "Лисабонския", "Българският"): "-ски", "-цки" without it. */
	if (multi && (ends_with(w, n, "ския") || ends_with(w, n, "цкия"))) {
		memcpy(out, w, n - 2);
		out[n - 2] = 0;
		return n - 2;
	}
	if (ends_with(w, n, "ският") || ends_with(w, n, "цкият")) {
		memcpy(out, w, n - 4);
		out[n - 4] = 0;
		return n - 4;
	}
	size_t cut = 0;
	if (ends_with(w, n, "ът") || ends_with(w, n, "ят"))
		cut = 4;
	else if (multi && ends_with(w, n, "ия"))
		cut = 2;
	else if (multi && (ends_with(w, n, "а") || ends_with(w, n, "я")))
		cut = 2;
	if (!cut)
		return 0;
	if (dict) {
		/* The dictionary's base form, which differs from the word
		 * ("държавен" for "Държавния", "съд" for "Съда"); for the
		 * short forms it must be the word without its article. */
		size_t ll = strlen(L.lemma);
		if (fll == fwl && !memcmp(fw, fl, fwl))
			return 0;
		if (cut == 2 && !ends_with(w, n, "ия") && (fll + 2 != fwl || memcmp(fw, fl, fll)))
			return 0;
		if (ends_with(w, n, "ия") && ends_with(L.lemma, ll, "ия"))
			return 0;
		int l1, l2;
		td_utf8_decode(w, n, &l1);
		td_utf8_decode(L.lemma, ll, &l2);
		if ((size_t)l1 + ll - (size_t)l2 + 1 > cap)
			return 0;
		memcpy(out, w, (size_t)l1);
		memcpy(out + l1, L.lemma + l2, ll - (size_t)l2);
		out[l1 + ll - (size_t)l2] = 0;
		return (size_t)l1 + ll - (size_t)l2;
	}
	/* No dictionary: "-ият" of an adjective opening a name only
	 * ("Българският"); a foreign name may end so ("Плимът"). */
	if (cut != 4 || !multi || !adjectival(c, k) || !ends_with(w, n, "ият"))
		return 0;
	memcpy(out, w, n - 4);
	out[n - 4] = 0;
	return n - 4;
}

/* Base form r of Bulgarian mention m with its first word indefinite
 * (bg_indefinite()), or r. */
static char *bg_base(ctx *c, const mention *m, char *r)
{
	if (!r || strcmp(c->a->lang, "bg") || m->type == TD_ENT_PER || m->quoted)
		return r;
	char d[WBUF], buf[WBUF * 4];
	size_t dl = bg_indefinite(c, m->i, m->j - m->i > 1, d, sizeof(d));
	if (!dl)
		return r;
	/* The rest as written: Bulgarian has no cases and writes the
	 * article on the first word only ("Сметната палата" -> "Сметна
	 * палата", whatever the dictionary makes of "палата"; "Западните
	 * Балкани", the noun plural too). */
	const char *rest = strchr(r, ' ');
	size_t rl = 0;
	if (rest && m->j - m->i > 1) {
		/* (A name in capitals as the base form writes it: "агенция
		 * ФОКУС" -> "агенция Фокус".) */
		const char *tr = c->t + c->tk[m->i].end;
		size_t tl = c->tk[m->j - 1].end - c->tk[m->i].end, fl1, fl2;
		char f1[WBUF], f2[WBUF];
		fl1 = td_text_fold(rest, strlen(rest), f1, sizeof(f1));
		fl2 = td_text_fold(tr, tl, f2, sizeof(f2));
		if (fl1 == fl2 && !memcmp(f1, f2, fl1))
			rl = strlen(rest);
		else {
			rest = tr;
			rl = tl;
		}
	} else if (rest)
		rl = strlen(rest);
	if (dl + rl + 1 > sizeof(buf))
		return r;
	memcpy(buf, d, dl);
	if (rl)
		memcpy(buf + dl, rest, rl);
	char *b = td_arena_strndup(c->ar, buf, dl + rl);
	return b ? b : r;
}

/* Whether lemma, the name chosen for gazetteer mention m, a place of
 * several words in a language with cases, is listed for other languages
 * only (another language's spelling of the name), while the dictionary
 * knows every word of m, so that their own base forms can stand in.
 * (Plural names, "Liberalnych Demokratów", and words no dictionary
 * knows, "Sankt Peterburgu", keep the listed name.) */
static int foreign_name(const ctx *c, const mention *m, const char *lemma)
{
	if (!c->lbit || !c->slavic || m->type != TD_ENT_LOC || m->quoted)
		return 0;
	for (size_t k = m->i; k < m->j; k++) {
		td__lexinfo L;
		lex(c, k, &L);
		/* One word: a name of the dictionary, not the word itself
		 * ("Bukurešti": "Bukurešť", where the list has Slovene
		 * "Bukurešt"). */
		if (!(L.flags & TD__LEX_KNOWN) ||
		    (m->j == m->i + 1 && (!(L.flags & TD__LEX_PROPER) || !L.lemma || (L.flags & TD__LEX_SELF))))
			return 0;
	}
	for (const td__gaz *g = m->g; g; g = td__gaz_next(g))
		if (g->lemma == lemma)
			return !(g->langs & (c->lbit | TD__GAZ_ANY));
	return 0;
}

/* A listed Bulgarian name that the list gives as the article writes it,
 * with the definite article ("Еврокомисията", "Съда на ЕС"): its base
 * form is indefinite (bg_base()) where its first word is as written.
 * Not a place's: Bulgarian names places with their article
 * ("Обединеното кралство", "Близкия изток"). */
static const char *gaz_bg_base(ctx *c, const mention *m, const char *lemma)
{
	size_t n = c->tk[m->i].end - c->tk[m->i].start, ll = strlen(lemma);
	if (strcmp(c->a->lang, "bg") || m->type == TD_ENT_LOC || ll < n ||
	    memcmp(lemma, c->t + c->tk[m->i].start, n) ||
	    (ll > n && lemma[n] != ' '))
		return lemma;
	/* A name the list also gives without its article ("Еврокомисия"). */
	static const char *const arts[] = {"ята", "ът", "ят", "та", "то", "те", "а", "я"};
	for (size_t k = 0; k < NELEM(arts) && ll == n; k++) {
		size_t al = strlen(arts[k]);
		if (ll <= al + 6 || !ends_with(lemma, ll, arts[k]))
			continue;
		for (const td__gaz *g = m->g; g; g = td__gaz_next(g))
			if (strlen(g->lemma) == ll - al && !memcmp(g->lemma, lemma, ll - al))
				return g->lemma;
	}
	char *r = td_arena_strndup(c->ar, lemma, ll);
	return r ? bg_base(c, m, r) : lemma;
}

static char *lemma_of_(ctx *c, const mention *m);

/* A power plant named by the adjective of its place before the
 * acronym of its kind, which the dictionaries list as a common word
 * ("Запорожскую АЭС", "Курской АЭС", "Запорізька АЕС", "Саяно-Шушенской
 * ГЭС"): an organisation, as the shared task types power plants. The
 * acronyms stand for feminine nouns (станция, електростанція), so the
 * base form's adjective is feminine: the word up to its "-ск-" or
 * "-цк-" ("-ськ-", "-зьк-", "-цьк-") and the feminine ending. Writes it
 * to out and returns its length, or 0. */
static size_t plant_name(const ctx *c, size_t i, char *out, size_t cap)
{
	static const char *const plants[] = {"АЭС", "ГЭС", "ТЭЦ", "ГРЭС", "ТЭС", "ГАЭС",
					     "АЕС", "ГЕС", "ТЕЦ", "ТЕС", "ГАЕС"};
	if (!c->cyrillic || (strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk")) || i + 1 >= c->nt ||
	    !joined(c, i + 1) || !(c->tk[i + 1].flags & TD_TOK_ALLCAPS) ||
	    !(c->tk[i].flags & TD_TOK_UPPER) || (c->tk[i].flags & TD_TOK_ALLCAPS))
		return 0;
	const char *a = c->t + c->tk[i + 1].start;
	size_t an = c->tk[i + 1].end - c->tk[i + 1].start;
	if (!word_listed(plants, NELEM(plants), a, an))
		return 0;
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	int uk = !strcmp(c->a->lang, "uk");
	static const char *const sfx_ru[] = {"ск", "цк"}, *const sfx_uk[] = {"ськ", "зьк", "цьк"};
	const char *const *sfx = uk ? sfx_uk : sfx_ru;
	size_t ns = uk ? NELEM(sfx_uk) : NELEM(sfx_ru), stem = 0;
	for (size_t b = 0; b + 4 <= n; b++)
		for (size_t k = 0; k < ns; k++) {
			size_t sl = strlen(sfx[k]);
			if (b + sl <= n && !memcmp(w + b, sfx[k], sl) && n - (b + sl) <= 6)
				stem = b + sl;
		}
	if (!stem)
		return 0;
	const char *end = uk ? "а" : "ая";
	size_t el = strlen(end);
	if (stem + el + 1 + an + 1 > cap)
		return 0;
	memcpy(out, w, stem);
	memcpy(out + stem, end, el);
	out[stem + el] = ' ';
	memcpy(out + stem + el + 1, a, an);
	out[stem + el + 1 + an] = 0;
	return stem + el + 1 + an;
}

/* A Russian or Ukrainian person's base form r (three words: given name,
 * patronymic, surname) whose patronymic is a woman's: the given name a
 * woman's too ("Валентине Ивановне" -> "Валентина Ивановна", where the
 * dictionary read "Валентине" as a case of "Валентин"); else r. */
static char *patronymic_agreement(ctx *c, const mention *m, char *r)
{
	if (!r || m->type != TD_ENT_PER || m->j - m->i != 3 || !c->cyrillic || strcmp(c->a->lang, "bg") == 0)
		return r;
	const char *sp1 = strchr(r, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
	if (!sp2)
		return r;
	size_t pl = (size_t)(sp2 - sp1 - 1);
	static const char *const fem[] = {"овна", "евна", "ична", "івна", "ївна"};
	int woman = 0;
	for (size_t k = 0; k < NELEM(fem) && !woman; k++)
		woman = ends_with(sp1 + 1, pl, fem[k]);
	size_t fl = (size_t)(sp1 - r);
	const char *w = c->t + c->tk[m->i].start;
	size_t wn = c->tk[m->i].end - c->tk[m->i].start;
	/* The given name as the dictionary made it ends in a consonant. */
	if (!woman || fl < 6 || vowel_end(r + fl - 2, 2) || !strncmp(r + fl - 2, "й", 2) || wn < fl)
		return r;
	/* Its written form: the base form and a case's vowel ("-е", "-ы",
	 * "-у", "-ой", "-і", "-ою"); "-ии" is the case of "-ия". */
	char buf[WBUF * 3];
	size_t o;
	if (wn + 4 > sizeof(buf))
		return r;
	if (wn >= 4 && (ends_with(w, wn, "ии") || ends_with(w, wn, "ії"))) {
		o = wn - 2;
		memcpy(buf, w, o);
		memcpy(buf + o, "я", 2);
		o += 2;
	} else {
		if (memcmp(w, r, fl))
			return r;
		memcpy(buf, r, fl);
		o = fl;
		memcpy(buf + o, "а", 2);
		o += 2;
	}
	size_t rest = strlen(sp1);
	if (o + rest + 1 > sizeof(buf))
		return r;
	memcpy(buf + o, sp1, rest + 1);
	char *b = td_arena_strndup(c->ar, buf, o + rest);
	return b ? b : r;
}

/* A Slovene or Croatian man's surname in "-ec", "-ac" whose vowel the
 * oblique cases drop ("Marjana Šarca" -> "Marjan Šarec", was "Šarc";
 * Croatian "Šarac"): where the given name before it is a man's in an
 * oblique case and the surname's base form ends in a consonant and "c"
 * (the case's ending taken off); else r. */
static char *surname_fleeting(ctx *c, const mention *m, char *r)
{
	int sl = !strcmp(c->a->lang, "sl"), hr = !strcmp(c->a->lang, "hr");
	if (!r || m->type != TD_ENT_PER || m->j - m->i != 2 || (!sl && !hr))
		return r;
	const char *sp = strchr(r, ' ');
	const td_token *f = &c->tk[m->i], *l = &c->tk[m->j - 1];
	size_t fn = f->end - f->start, ln = l->end - l->start, rl = strlen(r);
	if (!sp || strchr(sp + 1, ' ') || (size_t)(sp - r) >= fn || memcmp(r, c->t + f->start, (size_t)(sp - r)) ||
	    vowel_end(sp - 1, 1))
		return r; /* the given name: no man's oblique case */
	const char *sn = sp + 1;
	size_t sl_len = rl - (size_t)(sn - r);
	/* A Slovene man's surname of the a-declension ("Janezom Janšo",
	 * "Janeza Janše" -> "Janez Janša"): the case's vowel ("-e", "-i",
	 * "-o"; not the "-u" of other men's names) taken off left a
	 * consonant. */
	if (sl && sl_len >= 3 && ln == sl_len + 1 && !memcmp(sn, c->t + l->start, sl_len) &&
	    !vowel_end(sn + sl_len - 1, 1) && strchr("oei", c->t[l->end - 1])) {
		char *b = td_arena_alloc(c->ar, rl + 2);
		if (!b)
			return r;
		memcpy(b, r, rl);
		b[rl] = 'a';
		b[rl + 1] = 0;
		return b;
	}
	if (sl_len < 4 || sn[sl_len - 1] != 'c' || vowel_end(sn + sl_len - 2, 1) || ln <= sl_len ||
	    memcmp(sn, c->t + l->start, sl_len))
		return r;
	static const char *const cases[] = {"a", "u", "em", "om"};
	if (!word_listed(cases, NELEM(cases), c->t + l->start + sl_len, ln - sl_len))
		return r;
	char *b = td_arena_alloc(c->ar, rl + 2);
	if (!b)
		return r;
	memcpy(b, r, rl - 1);
	b[rl - 1] = sl ? 'e' : 'a';
	b[rl] = 'c';
	b[rl + 1] = 0;
	return b;
}

static char *lemma_of(ctx *c, const mention *m)
{
	return surname_fleeting(c, m, patronymic_agreement(c, m, bg_base(c, m, lemma_of_(c, m))));
}

/* How much of first name fw (fn bytes) is its base form fb (fl bytes)
 * as written: the whole base form, or the base form without its fleeting
 * vowel ("Peter" in "Petra": 4); 0 when neither. */
static size_t stem_as_written(const char *fb, size_t fl, const char *fw, size_t fn)
{
	if (fl <= fn && !memcmp(fb, fw, fl))
		return fl;
	if (fl >= 4 && fl <= fn && (fb[fl - 2] == 'e' || fb[fl - 2] == 'o') && !memcmp(fb, fw, fl - 2) &&
	    fw[fl - 2] == fb[fl - 1])
		return fl - 1;
	return 0;
}

/* Whether surname w (n bytes) is a "-ić" or "-ič" surname with a case
 * ending of sn bytes where women's surnames do not decline (Croatian,
 * Serbian, Bosnian, Slovene): a man's ("Tomislava Tomaševića", though
 * "Tomislava" is also a woman's name). */
static int declined_ic(const char *lang, const char *w, size_t n, size_t sn)
{
	static const char *const langs[] = {"hr", "sr", "bs", "sl"};
	if (!word_listed(langs, NELEM(langs), lang, strlen(lang)) || sn < 1 || n < sn + 4)
		return 0;
	return !memcmp(w + n - sn - 3, "i\xC4\x87", 3) || !memcmp(w + n - sn - 3, "i\xC4\x8D", 3);
}

/* The case ending of a man's surname in "-ić" or "-ič" at token l
 * (Croatian, Serbian, Bosnian, Slovene): "a", "u" or "em" after the
 * "ić"; NULL when it has none (a nominative, or a woman's, which does
 * not decline). */
static const char *ic_case_ending(const ctx *c, size_t l)
{
	static const char *const langs[] = {"hr", "sr", "bs", "sl"};
	static const char *const ends[] = {"a", "u", "em"};
	const td_token *t = &c->tk[l];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start;
	if (!word_listed(langs, NELEM(langs), c->a->lang, strlen(c->a->lang)))
		return NULL;
	for (size_t e = 0; e < NELEM(ends); e++) {
		size_t el = strlen(ends[e]);
		if (n >= el + 5 && !memcmp(w + n - el, ends[e], el) && declined_ic(c->a->lang, w, n, el))
			return ends[e];
	}
	return NULL;
}

/* A man's first name at token f before a man's surname in "-ić" in an
 * oblique case, whose ending is se: the first name is a man's, and its
 * ending tells its declension. The dictionaries read "Tomislavu",
 * "Mariju" as cases of the women's "Tomislava", "Marija". A name in
 * "-a" has "-e" and "-u" beside the surname's "-a" and "-i" beside its
 * "-u" ("Luke Modrića", "Luku Modrića", "Luki Modriću" -> "Luka"); any
 * other loses its ending: a stem in "-ij" is a Croatian name in "-io"
 * ("Mariju" -> "Mario"), one in "-i" takes its "-o" ("Mariom"), else
 * the stem, or the stem and "o" (or, in the instrumental, "a") where a
 * dictionary knows that name and not the stem ("Marku" -> "Marko",
 * "Lukom" -> "Luka"). Returns the length written to out, 0 when the
 * word has no such ending. */
static size_t man_given_name(const ctx *c, size_t f, const char *se, char *out, size_t cap)
{
	const td_token *t = &c->tk[f];
	const char *w = c->t + t->start;
	size_t n = t->end - t->start, el = 0;
	int instr = !strcmp(se, "em"), a_name = 0;
	char fe = w[n - 1];
	if (instr) {
		if (n >= 5 && (ends_with(w, n, "om") || ends_with(w, n, "em")))
			el = 2;
	} else if (n >= 4 && (fe == se[0] || (se[0] == 'a' && (fe == 'e' || fe == 'u')) ||
			      (se[0] == 'u' && fe == 'i'))) {
		el = 1;
		a_name = fe != se[0];
	}
	size_t sl = n - el;
	if (!el || sl + 2 > cap || sl < 2)
		return 0;
	memcpy(out, w, sl);
	out[sl] = 0;
	const char *add = "";
	if (a_name)
		add = "a";
	else if (strcmp(c->a->lang, "sl") && sl >= 3 && out[sl - 2] == 'i' && out[sl - 1] == 'j') {
		out[sl - 1] = 'o';
		return sl;
	} else if (out[sl - 1] == 'i')
		add = "o";
	else {
		/* The dictionaries' names: the article's language's first,
		 * then the English one, which lists international first
		 * names. */
		static const char *const tries[] = {"", "o", "a"};
		int found = -1;
		for (int d = 0; d < 2 && found < 0; d++) {
			int li = d ? c->li_latin : c->li;
			if (li < 0 || (d && li == c->li))
				break;
			/* (A name in "-a" takes "-om", not "-em": "Nikolom";
			 * "Andrejem" is no Andreja's.) */
			size_t ntries = instr && ends_with(w, n, "om") ? 3u : 2u;
			for (size_t k = 0; k < ntries && found < 0; k++) {
				char cand[WBUF];
				size_t al = strlen(tries[k]);
				if (sl + al + 1 > sizeof(cand))
					break;
				memcpy(cand, out, sl);
				memcpy(cand + sl, tries[k], al + 1);
				td__lexinfo G;
				td__lex_lookup(li, cand, sl + al, &G);
				if (G.flags & TD__LEX_SELF)
					found = (int)k;
			}
		}
		if (found > 0)
			add = tries[found];
		else if (found < 0 && nchars_(out, sl) <= 2)
			add = "o"; /* "Ivom" */
	}
	size_t al = strlen(add);
	if (sl + al + 1 > cap)
		return 0;
	memcpy(out + sl, add, al + 1);
	return sl + al;
}

/* Czech, Slovak and Slovene: a man's first name at token f in an oblique
 * case ("Mariána", "Petrom", "Petra" of "Peter") before a surname at token
 * l declined otherwise than by the first name's ending: one in "-a" like
 * "hrdina" ("Mariána Kotlebu" -> "Kotleba"; Czech "Kotleby" too; Slovene
 * "Janezom Janšo", "Janeza Janše" -> "Janša"), or, in Czech and Slovak,
 * one in "-i" like an adjective ("Petrom Pellegrinim", "Pellegriniho",
 * "Pellegrinimu" -> "Pellegrini"). Returns the bytes the surname loses
 * and sets *add to what it gains; 0 when neither. */
static size_t cs_sk_surname_case(const ctx *c, size_t f, size_t l, const char **add)
{
	int cs = !strcmp(c->a->lang, "cs"), sl = !strcmp(c->a->lang, "sl");
	if (!cs && !sl && strcmp(c->a->lang, "sk"))
		return 0;
	const td_token *ft = &c->tk[f], *lt = &c->tk[l];
	const char *fw = c->t + ft->start, *lw = c->t + lt->start;
	size_t fn = ft->end - ft->start, ln = lt->end - lt->start;
	char fb[WBUF];
	size_t fl = token_lemma(c, f, TD_ENT_PER, fb, sizeof(fb));
	size_t pl = stem_as_written(fb, fl, fw, fn);
	if (pl < 3 || pl >= fn || ln < 5 || vowel_end(fb, fl))
		return 0;
	/* Not a first name that is a dictionary name as written (a woman's:
	 * "Martina"), except in Slovak (see lemma_of_). */
	td__lexinfo Lf;
	lex(c, f, &Lf);
	if ((Lf.flags & TD__LEX_SELF) && strcmp(c->a->lang, "sk"))
		return 0;
	int acc = fn - pl == 1 && fw[pl] == 'a';
	if (sl) {
		/* Slovene "Janezom Janšo", "Janeza Janše", "Janezu Janši". */
		const char *e = fw + pl;
		size_t el = fn - pl;
		char se = lw[ln - 1];
		int hit = (el == 1 && *e == 'a' && (se == 'e' || se == 'o')) || (el == 1 && *e == 'u' && se == 'i') ||
			  (el == 2 && (!memcmp(e, "om", 2) || !memcmp(e, "em", 2)) && se == 'o');
		/* A surname in "-o" may be a nominative ("Maria Serrano",
		 * "Renata Marro"): only where a dictionary knows the man's
		 * first name ("Barack", "Janez") or the article writes the
		 * surname's "-a" form. */
		if (hit && se == 'o') {
			td__lexinfo G, W = {0, NULL};
			td__lex_lookup(c->li, fb, fl, &G);
			if (!(G.flags & TD__LEX_SELF) && c->li_latin >= 0)
				td__lex_lookup(c->li_latin, fb, fl, &G);
			/* ... and not the name as written ("Maria" is one). */
			if (c->li_latin >= 0)
				td__lex_lookup(c->li_latin, fw, fn, &W);
			char sf[WBUF];
			size_t sfl = td_text_fold(lw, ln, sf, sizeof(sf));
			hit = ((G.flags & TD__LEX_SELF) && !(W.flags & TD__LEX_SELF)) ||
			      (sfl >= 2 && sfl < sizeof(sf) && sf[sfl - 1] == 'o' && (sf[sfl - 1] = 'a', set_has(c, sf, sfl)));
		}
		if (hit && !vowel_end(lw, ln - 1)) {
			*add = "a";
			return 1;
		}
		return 0;
	}
	if (acc && (lw[ln - 1] == 'u' || (cs && lw[ln - 1] == 'y')) && !vowel_end(lw, ln - 1)) {
		*add = "a";
		return 1;
	}
	if (ends_with(lw, ln, "iho") || ends_with(lw, ln, "imu"))
		return 2;
	if (!acc && ends_with(lw, ln, "im"))
		return 1;
	return 0;
}

/* A Polish name made of a plural common noun, in the locative "-ach" or
 * the instrumental "-ami", which no singular has ("Wyspach", "Wyspami":
 * "Wyspy"; "Tatrach": "Tatry"): the nominative plural, the first of the
 * stem + "y", "i", "e" that the dictionary knows, into out; 0 otherwise
 * (also for a word the dictionary knows as a name only: "Auerbach").
 * A word typed a person so far counts only where the dictionary lists
 * the form as a name of its own ("Wyspami", not "Anglikami", whose
 * people's base form is inhabitants_lemma()'s).
 * (The dictionary's lemma is the singular's, "wyspa", or the word
 * itself, which lists some such forms as names.) */
static size_t plural_place(ctx *c, size_t k, int person, char *out, size_t cap)
{
	static const char *const ends[] = {"ach", "ami"}, *const nom[] = {"y", "i", "e"};
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	if (strcmp(c->a->lang, "pl") || !(c->tk[k].flags & TD_TOK_UPPER) || (c->tk[k].flags & TD_TOK_ALLCAPS) ||
	    n < 7 || n + 2 > cap || c->li < 0)
		return 0;
	/* A common noun's form ("wyspami"), not a surname ("Auerbach"). */
	td__lexinfo W;
	lex(c, k, &W);
	if (!(W.flags & TD__LEX_LOWER) || (person && !(W.flags & TD__LEX_SELF)))
		return 0;
	for (size_t e = 0; e < NELEM(ends); e++) {
		if (!ends_with(w, n, ends[e]))
			continue;
		for (size_t q = 0; q < NELEM(nom); q++) {
			memcpy(out, w, n - 3);
			memcpy(out + n - 3, nom[q], 2);
			td__lexinfo L;
			td__lex_lookup(c->li, out, n - 2, &L);
			if (L.flags & TD__LEX_KNOWN)
				return n - 2;
		}
	}
	return 0;
}

/* Whether token k of person's name m follows a capitalised word, a first
 * name, not a particle ("al Bagdadijeve" is al-Baghdadi's). */
static int surname_place(const ctx *c, const mention *m, size_t k)
{
	static const char *const particles[] = {"al", "el", "ad", "ar", "as", "an", "at", "az",
						"bin", "ibn", "abu", "bint", "ben"};
	if (m->type != TD_ENT_PER || k <= m->i || !(c->tk[k - 1].flags & TD_TOK_UPPER) ||
	    (c->tk[k - 1].flags & TD_TOK_ALLCAPS))
		return 0;
	char f[WBUF];
	size_t fl = td_text_fold(c->t + c->tk[k - 1].start, c->tk[k - 1].end - c->tk[k - 1].start, f, sizeof(f));
	return !word_listed(particles, NELEM(particles), f, fl);
}

/* Whether quoted mention m is one word in a case of a name the dictionary
 * knows ("«Спартака»": "Спартак"): its base form is the name's, as for a
 * name without quotes. */
static int quoted_case_form(const ctx *c, const mention *m)
{
	if (m->j != m->i + 1 || !c->slavic || (c->tk[m->i].flags & TD_TOK_ALLCAPS) ||
	    !(c->tk[m->i].flags & TD_TOK_QUOTED))
		return 0;
	td__lexinfo L;
	lex(c, m->i, &L);
	return L.lemma && (L.flags & TD__LEX_PROPER) && !(L.flags & (TD__LEX_SELF | TD__LEX_LOWER)) &&
	       td_text_is_upper_initial(L.lemma, strlen(L.lemma));
}

/* Whether the article's dictionary knows the word of token k. */
static int known_word(const ctx *c, size_t k)
{
	td__lexinfo L;
	lex(c, k, &L);
	return (L.flags & TD__LEX_KNOWN) != 0;
}

static char *lemma_of_(ctx *c, const mention *m)
{
	char buf[1024];
	/* A town named as East Slavic towns are, in its case ("Покровска"). */
	if (m->type == TD_ENT_LOC && m->j - m->i == 1 && east_town(c, m->i, buf, sizeof(buf)))
		return td_arena_strndup(c->ar, buf, strlen(buf));
	if (m->j - m->i == 1 && plural_place(c, m->i, m->type == TD_ENT_PER, buf, sizeof(buf)))
		return td_arena_strndup(c->ar, buf, strlen(buf));
	/* Where nouns have no cases a name other than a person's is its own
	 * base form, without an English possessive ending ("Société
	 * Générale", not "Société Général"). */
	if (c->caseless && m->type != TD_ENT_PER) {
		size_t b = c->tk[m->i].start, e = c->tk[m->j - 1].end;
		e = without_possessive(c->t, b, e);
		return td_arena_strndup(c->ar, c->t + b, e - b);
	}
	size_t o = adjective_noun(c, m, buf, sizeof(buf));
	if (o)
		return td_arena_strndup(c->ar, buf, o);
	/* A Czech or Slovak woman's surname in the nominative ("Merkelová")
	 * keeps her first name as written ("Angela", not "Angelo"). */
	int fem = 0, keep_last = 0;
	if (m->type == TD_ENT_PER && m->j - m->i > 1) {
		char lb[WBUF];
		const td_token *lt = &c->tk[m->j - 1];
		size_t ln = token_lemma_as(c, m->j - 1, m->type, surname_place(c, m, m->j - 1), lb, sizeof(lb));
		keep_last = ln == lt->end - lt->start && !memcmp(lb, c->t + lt->start, ln);
	}
	/* A person's name of three words or more whose first and last
	 * words are in their base form is in the nominative: a middle word
	 * no dictionary knows keeps its ending ("Тедрос Адханом
	 * Гебрейесус", not "Адхан"). */
	int keep_mid = 0;
	if (m->type == TD_ENT_PER && m->j - m->i >= 3 && keep_last && !known_word(c, m->i)) {
		char fb[WBUF];
		const td_token *ft = &c->tk[m->i];
		size_t fl = token_lemma(c, m->i, m->type, fb, sizeof(fb));
		keep_mid = fl == ft->end - ft->start && !memcmp(fb, c->t + ft->start, fl);
	}
	/* A first name and a surname that the dictionary does not know
	 * share their case: the ending the first name loses to its base form
	 * ("Бориса" -> "Борис", "Michela" -> "Michel") is the surname's too
	 * ("Джонсона" -> "Джонсон", "Barniera" -> "Barnier", "Farage'a" ->
	 * "Farage"). Not for women's surnames, nominative already
	 * ("Kowalska", "Merkelová", "Иванова"). */
	size_t strip_last = 0;
	const char *last_add = ""; /* what the surname gets instead */
	char first_form[WBUF]; /* the first name's base form where a rule knows it */
	size_t first_form_l = 0;
	if (m->type == TD_ENT_PER && m->j - m->i > 1 && keep_last && c->slavic &&
	    c->t[c->tk[m->i].end - 1] == c->t[c->tk[m->j - 1].end - 1]) {
		const td_token *ft = &c->tk[m->i], *lt = &c->tk[m->j - 1];
		const char *fw = c->t + ft->start, *lw = c->t + lt->start;
		size_t fn = ft->end - ft->start, ln = lt->end - lt->start;
		char fb[WBUF];
		size_t fl = token_lemma(c, m->i, m->type, fb, sizeof(fb));
		static const char *const women[] = {"ska", "cka", "dzka", "ová", "á", "ая", "яя", "ова",
						    "ева", "ина", "ыня", "ська", "цька", "ва"};
		size_t pl = stem_as_written(fb, fl, fw, fn);
		/* "Jean-Claude'a Junckera": the apostrophe is no part of the
		 * shared ending. */
		if (pl && pl < fn && fw[pl] == '\'')
			pl++;
		else if (pl && pl + 3 < fn && !memcmp(fw + pl, "\xE2\x80\x99", 3))
			pl += 3;
		size_t sn = pl && fn > pl ? fn - pl : 0;
		td__lexinfo Lf;
		lex(c, m->i, &Lf);
		/* The instrumental's "-ом" is "-ем" after a soft consonant or
		 * a hissing one ("Майклом Уолтцем", "Борисом Курцем"). */
		int om_em = sn == 4 && !memcmp(fw + pl, "\xD0\xBE\xD0\xBC", 4) && ln > sn + 2 &&
			    !memcmp(lw + ln - 4, "\xD0\xB5\xD0\xBC", 4);
		/* A first name that is a dictionary name as written is no
		 * case of another ("Martina", "Anna"), except in Slovak, whose
		 * dictionary lists the case forms of men's names as names of
		 * their own ("Igora"), and whose women's surnames end in "-á"
		 * (excluded below). */
		int self_ok = !(Lf.flags & TD__LEX_SELF) || !strcmp(c->a->lang, "sk") ||
			      declined_ic(c->a->lang, lw, ln, sn);
		if (sn >= 1 && sn <= 6 && pl >= 3 && ln > sn + 2 && self_ok &&
		    (om_em || !memcmp(lw + ln - sn, fw + pl, sn)) && !ends_in(c, m->j - 1, women, NELEM(women))) {
			strip_last = sn;
			/* "Farage'a": the apostrophe goes with the ending. */
			if (ln > sn + 3 && lw[ln - sn - 1] == '\'')
				strip_last++;
			else if (ln > sn + 5 && !memcmp(lw + ln - sn - 3, "\xE2\x80\x99", 3))
				strip_last += 3;
			/* Slovene and Croatian decline a foreign name with a "j"
			 * before the ending ("Schröderja", "Tajanija"); "lj" and
			 * "nj" are letters of their own ("Bertonclja"). */
			else if ((!strcmp(c->a->lang, "sl") || !strcmp(c->a->lang, "hr")) && ln > sn + 3 &&
				 lw[ln - sn - 1] == 'j' && lw[ln - sn - 2] != 'l' && lw[ln - sn - 2] != 'n')
				strip_last++;
		}
	}
	if (!strip_last && m->type == TD_ENT_PER && m->j - m->i == 2 && keep_last)
		strip_last = cs_sk_surname_case(c, m->i, m->j - 1, &last_add);
	/* The same where the first name's base form ends in "-й" or "-ь",
	 * which its oblique cases soften ("Арсения" of "Арсений", "Игоря"
	 * of "Игорь"): the surname ending in a consonant takes the hard
	 * ending of that case ("Арсения Яценюка" -> "Яценюк", "Андрею
	 * Бабишу" -> "Бабиш"). */
	if (!strip_last && m->type == TD_ENT_PER && m->j - m->i == 2 && keep_last && c->cyrillic)
		strip_last = soft_case_ending(c, m->i, m->j - 1, first_form, &first_form_l);
	/* A surname its own rules gave a base form ("Макроном"): the first
	 * name beside it still declines with it ("Эммануэлем"). */
	else if (!strip_last && m->type == TD_ENT_PER && m->j - m->i == 2 && !keep_last && c->cyrillic)
		soft_case_ending(c, m->i, m->j - 1, first_form, &first_form_l);
	/* Both in the instrumental after a hissing consonant or "ц", whose
	 * "-ем" takes no soft sign ("Джорджем Бушем" -> "Джордж Буш", where
	 * a dictionary lists "Джорджем" as a word of its own). */
	if (!strip_last && !first_form_l && m->type == TD_ENT_PER && m->j - m->i == 2 && keep_last &&
	    c->cyrillic)
		strip_last = hissing_instrumental(c, m->i, m->j - 1, first_form, &first_form_l);
	/* Two words no dictionary knows in one case of a man's name after a
	 * hard consonant: the dative "-у", the instrumental "-ом", the
	 * locative "-е" ("Дональду Трампу", "о Дональде Трампе" ->
	 * "Дональд Трамп"). A woman's accusative "-у" and dative "-е" come
	 * with surnames that do not decline or end otherwise ("Камалу
	 * Харрис", "Анне Петровой"). */
	if (!strip_last && !first_form_l && m->type == TD_ENT_PER && m->j - m->i == 2 && keep_last &&
	    c->cyrillic && (!strcmp(c->a->lang, "ru") || !strcmp(c->a->lang, "uk")))
		strip_last = unknown_shared_case(c, m->i, m->j - 1, first_form, &first_form_l);
	/* A woman's name: her surname has a feminine form of its own
	 * (feminine_surname()). */
	int woman = 0;
	char wb[WBUF]; /* her surname's base form */
	size_t wl = 0;
	if (m->type == TD_ENT_PER && m->j - m->i > 1 && (m->j - m->i <= 3 || lower_between(c, m->i + 1, m->j - 1))) {
		char fb[WBUF];
		const td_token *lt = &c->tk[m->j - 1], *ft = &c->tk[m->i];
		wl = feminine_surname(c->a->lang, c->t + lt->start, lt->end - lt->start, wb, sizeof(wb));
		woman = wl > 0;
		/* ... and a woman's first name, whose base form ends in "a"
		 * or "я" ("Сергея Ильина" is a man's genitive). A Latin "-a"
		 * as written counts too: the dictionaries read "Anna" as a
		 * form of "Ann". */
		if (woman && c->t[ft->end - 1] != 'a') {
			size_t fl = token_lemma(c, m->i, m->type, fb, sizeof(fb));
			woman = fl >= 2 && (fb[fl - 1] == 'a' || !memcmp(fb + fl - 2, "\xD0\xB0", 2) ||
					    !memcmp(fb + fl - 2, "\xD1\x8F", 2));
			/* Czech and Slovak "-ová", "-ská" are a woman's alone: her
			 * first name is in the surname's case, its base form in
			 * "-a" ("Angely Merkelové" -> "Angela", not "Angelo"). */
			if (!woman && (!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk")) &&
			    (first_form_l = woman_given_name(c, m->i, m->j - 1, first_form, sizeof(first_form))))
				woman = 1;
		}
	}
	/* A Slovene or Croatian woman's name with a surname in "-ova"
	 * (sl_hr_woman()). */
	char swf[WBUF], sws[WBUF];
	size_t swfl = 0, swsl = 0;
	if (m->type == TD_ENT_PER && m->j - m->i == 2 && !m->quoted &&
	    sl_hr_woman(c, m->i, m->i + 1, swf, &swfl, sws, &swsl)) {
		strip_last = 0;
		first_form_l = 0;
		woman = 0;
	}
	/* A man's first name in an oblique case: his surname is in the same
	 * case (masculine_surname()). */
	int man = 0;
	if (m->type == TD_ENT_PER && m->j - m->i == 2 && !woman && c->cyrillic) {
		char fb[WBUF];
		const td_token *ft = &c->tk[m->i];
		size_t fn = ft->end - ft->start;
		size_t fl = token_lemma(c, m->i, m->type, fb, sizeof(fb));
		man = fl >= 4 && (fl != fn || memcmp(fb, c->t + ft->start, fn)) &&
		      memcmp(fb + fl - 2, "\xD0\xB0", 2) && memcmp(fb + fl - 2, "\xD1\x8F", 2);
	}
	if (m->type == TD_ENT_PER && m->j - m->i > 1 &&
	    (!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk"))) {
		const td_token *lt = &c->tk[m->j - 1];
		fem = ends_with(c->t + lt->start, lt->end - lt->start, "ová") ||
		      ends_with(c->t + lt->start, lt->end - lt->start, "á");
	}
	/* An organisation's name where nouns have cases: adjectives, their
	 * head noun and the adjectives that agree with it take the base
	 * form; the complement in the genitive after them stays as written
	 * ("Ministerstwa Spraw Zagranicznych" -> "Ministerstwo Spraw
	 * Zagranicznych", "Prokuratury Generalnej Federacji Rosyjskiej" ->
	 * "Prokuratura Generalna Federacji Rosyjskiej"). */
	size_t keep_from = m->j, head = m->j;
	int head_fixed = 0;
	char hb[WBUF];
	int place = m->type == TD_ENT_LOC;
	if ((m->type == TD_ENT_ORG || m->type == TD_ENT_EVT || m->type == TD_ENT_PRO || place) && c->slavic &&
	    strcmp(c->a->lang, "bg") && m->j - m->i > 1 && !m->acronym && !m->quoted) {
		size_t k = m->i;
		while (k < m->j && attribute(c, k))
			k++;
		head = k++;
		/* An adjective after the head agrees with it, unless its
		 * ending has the other gender: then it opens the complement
		 * ("Parlamentu České republiky" -> "Parlament České
		 * republiky"; "Prokuratury Generalnej" agrees). */
		int hfem = -1;
		if (head < m->j) {
			size_t hl = phrase_lemma(c, head, m->type, hb, sizeof(hb));
			hfem = hl > 0 && hl < sizeof(hb) && head_feminine(hb, hl);
			hb[hl < sizeof(hb) ? hl : sizeof(hb) - 1] = 0;
			/* A masculine base form after a feminine adjective is
			 * another noun's stem ("Národnej banky": "bank", where
			 * the dictionary has "banka" too): the feminine one. */
			if (!hfem && head > m->i && c->li >= 0 && hl + 3 < sizeof(hb) && gender_clash(c, m->i, 0)) {
				/* ("рад" of "ради": "рада"; Cyrillic "а".) */
				const char *fa = c->cyrillic ? "\xD0\xB0" : "a";
				size_t al = strlen(fa);
				char fb[WBUF];
				memcpy(fb, hb, hl);
				memcpy(fb + hl, fa, al + 1);
				td__lexinfo F;
				td__lex_lookup(c->li, fb, hl + al, &F);
				if (F.flags & TD__LEX_KNOWN) {
					memcpy(hb, fb, hl + al + 1);
					hfem = 1;
					head_fixed = 1;
				}
			}
			/* And the other way: a feminine base form after a
			 * masculine adjective is the masculine noun without
			 * its "-a" where the dictionary has that ("Státního
			 * zdravotního ústavu": "ústav", not "ústava"). */
			const char *fa = c->cyrillic ? "\xD0\xB0" : "a";
			size_t fal = strlen(fa);
			if (hfem == 1 && !head_fixed && head > m->i && c->li >= 0 && hl > fal + 2 &&
			    hl < sizeof(hb) && !memcmp(hb + hl - fal, fa, fal) && gender_clash(c, m->i, 1)) {
				char mb[WBUF];
				memcpy(mb, hb, hl - fal);
				mb[hl - fal] = 0;
				td__lexinfo F;
				td__lex_lookup(c->li, mb, hl - fal, &F);
				if (F.flags & TD__LEX_KNOWN) {
					memcpy(hb, mb, hl - fal + 1);
					hfem = 0;
					head_fixed = 1;
				}
			}
		}
		/* A Polish feminine noun of a consonant ("straż", "rzecz") is
		 * feminine where it is written in "-y" or "-i": no masculine
		 * noun's case in the singular ends so ("Straży Pożarnej" ->
		 * "Straż Pożarna"). */
		if (hfem == 0 && !head_fixed && polish_feminine_head(c, head, hb))
			hfem = 1;
		/* ... and a country's name after the head is its complement
		 * ("Národná banka Slovenska", whose "-ska" reads as an
		 * adjective's). */
		size_t cl;
		/* (A country's name of an adjective and its noun opens the
		 * complement too: "Armády České republiky" -> "Armáda České
		 * republiky".) */
		while (k < m->j && attribute(c, k) && !(hfem >= 0 && gender_clash(c, k, hfem)) &&
		       !(country_at(c, k, &cl) && (cl == 1 || k + cl <= m->j)) && !noun_by_lemma(c, k))
			k++;
		keep_from = k;
		/* The adjectives agree with the head's base form ("Krajowej
		 * Rady" -> "Krajowa Rada", not "Krajowy"), a common word's. */
		td__lexinfo Lh;
		if (head < m->j)
			lex(c, head, &Lh);
		if (!(head < m->j && (Lh.flags & (place ? TD__LEX_LOWER | TD__LEX_PROPER : TD__LEX_LOWER))))
			head = m->j;
		/* A place agrees only from adjectives before its head ("Severno
		 * Ameriko" -> "Severna Amerika"); after a head that opens it,
		 * the words are its own name ("Pałacu Prezydenckim" keeps its
		 * words' base forms). */
		/* (Unless the head is feminine or neuter and adjectives
		 * follow it: they agree, "Zatoce Greifswaldzkiej" ->
		 * "Zatoka Greifswaldzka", "Morze Irlandzkie".) */
		int hf = 0, hn = 0;
		if (place && head == m->i)
			noun_gender(hb, &hf, &hn);
		if (place && head == m->i && !(keep_from > head + 1 && (hf || hn))) {
			head = m->j;
			keep_from = m->j;
		}
	}
	for (size_t k = m->i; k < m->j; k++) {
		if (k > m->i) {
			/* Keep the original separator (space or hyphen), less
			 * zero-width characters (U+200B..U+200D, U+2060, U+FEFF). */
			const char *s = c->t + c->tk[k - 1].end, *e = c->t + c->tk[k].start;
			size_t gl = (size_t)(e - s);
			if (o + gl + 1 >= sizeof(buf))
				break;
			for (size_t q = 0; q < gl;) {
				int l;
				uint32_t cp = td_utf8_decode(s + q, gl - q, &l);
				size_t step = (size_t)(l > 0 ? l : 1);
				if (!(cp >= 0x200B && cp <= 0x200D) && cp != 0x2060 && cp != 0xFEFF) {
					memcpy(buf + o, s + q, step);
					o += step;
				}
				q += step;
			}
		}
		if ((m->quoted && !quoted_case_form(c, m)) ||
		    (m->type != TD_ENT_PER && k > m->i && !(c->tk[k].flags & TD_TOK_UPPER) &&
		     !(head < m->j && k <= head)) ||
		    (fem && k + 1 < m->j) || k >= keep_from || (keep_mid && k > m->i && k + 1 < m->j && !known_word(c, k))) {
			size_t n = c->tk[k].end - c->tk[k].start;
			if (o + n + 1 >= sizeof(buf))
				break;
			memcpy(buf + o, c->t + c->tk[k].start, n);
			o += n;
		} else {
			size_t ll = head < m->j && k <= head ? phrase_lemma(c, k, m->type, buf + o, sizeof(buf) - o)
							    : token_lemma_as(c, k, m->type, surname_place(c, m, k), buf + o,
									     sizeof(buf) - o);
			if (head_fixed && k == head && strlen(hb) + 1 < sizeof(buf) - o) {
				/* Capitalised as the word is. */
				char first = buf[o];
				ll = strlen(hb);
				memcpy(buf + o, hb, ll + 1);
				if (ll && first >= 'A' && first <= 'Z' && buf[o] >= 'a' && buf[o] <= 'z')
					buf[o] = (char)(buf[o] - 32);
			}
			/* An adjective that the dictionary lists as a name in
			 * this very form ("Narodowego", a street's), or reads
			 * as another name's form ("Slovenská" as Slovakia's):
			 * its lower case's base form ("narodowy", "slovenský"). */
			if (head < m->j && k < head && c->li >= 0 && (c->tk[k].flags & TD_TOK_UPPER) &&
			    ((ll == c->tk[k].end - c->tk[k].start && !memcmp(buf + o, c->t + c->tk[k].start, ll)) ||
			     (adjectival_(c, k) && !masculine_adjective(buf + o, ll)))) {
				char f[WBUF];
				size_t fl = tok_fold(c, k, f, sizeof(f));
				td__lexinfo F;
				td__lex_lookup(c->li, f, fl, &F);
				size_t fll = F.lemma ? strlen(F.lemma) : 0;
				char lf[WBUF];
				size_t lfl = fll ? td_text_fold(F.lemma, fll, lf, sizeof(lf)) : 0;
				if (fll && (F.flags & TD__LEX_LOWER) && (lfl != fl || memcmp(lf, f, fl)) &&
				    masculine_adjective(F.lemma, fll)) {
					size_t rl = recased(F.lemma, fll, 1, buf + o, sizeof(buf) - o);
					if (rl)
						ll = rl;
				}
			}
			if (head < m->j && k != head && k < keep_from) {
				char ab[WBUF];
				size_t al = ll < sizeof(ab) ? ll : sizeof(ab) - 1;
				memcpy(ab, buf + o, al);
				ab[al] = 0;
				if (adjectival_(c, k))
					al = relational_adjective(c, k, ab, al, sizeof(ab));
				ll = agree(c->a->lang, ab, al, gender_noun(c, k, head, hb), buf + o, sizeof(buf) - o);
				size_t dl = definite_adjective(c, k, hb, buf + o, sizeof(buf) - o);
				if (dl)
					ll = dl;
			}
			/* A first name whose lemma only loses a final vowel
			 * ("Angela" -> "Angel", "Miro" -> "Mir") before a surname
			 * that is not inflected is a nominative already. */
			const td_token *tk = &c->tk[k];
			size_t wn = tk->end - tk->start;
			/* A first name in Cyrillic, ending in a consonant, that the
			 * dictionary reads as the genitive plural of a name one
			 * vowel longer ("Кір" of "Кіра", "Анн" of "Анна") is its
			 * own nominative: no one's name is written so. */
			if (m->type == TD_ENT_PER && k == m->i && m->j - m->i >= 2 && c->cyrillic && ll > wn &&
			    ll <= wn + 2 && wn >= 4 && !memcmp(buf + o, c->t + tk->start, wn) &&
			    vowel_end(buf + o + wn, ll - wn) && nchars_(buf + o + wn, ll - wn) == 1 &&
			    !vowel_end(c->t + tk->end - 2, 2))
				ll = wn;
			const char *se = m->type == TD_ENT_PER && k == m->i && m->j - m->i == 2
						 ? ic_case_ending(c, m->j - 1)
						 : NULL;
			if (se) {
				size_t gl = man_given_name(c, k, se, buf + o, sizeof(buf) - o);
				if (gl)
					ll = gl;
			}
			if (k == m->i && first_form_l && o + first_form_l < sizeof(buf)) {
				memcpy(buf + o, first_form, first_form_l);
				ll = first_form_l;
			}
			/* A foreign first name no dictionary knows, in a case of
			 * a Slavic language in Latin letters: the census first
			 * name its case ending leaves ("Mika Pencea" -> "Mike",
			 * "Olivera" -> "Oliver", "Antoniom" -> "Antonio"). */
			if (m->type == TD_ENT_PER && k == m->i && m->j - m->i >= 2 && c->slavic && !c->cyrillic &&
			    !first_form_l) {
				size_t cl = census_base(c, k, buf + o, ll, sizeof(buf) - o);
				if (cl)
					ll = cl;
				/* A man's first name of the census as written is no
				 * case of another name ("Rudy Giuliani", "Gary
				 * Lineker", "Andy Murray", "Mike Pompeo"; the
				 * dictionaries read "Ruda", "Gara", "Anda", "Mika"). */
				char f[WBUF];
				size_t fl = tok_fold(c, k, f, sizeof(f));
				if (fl >= 3 && fl < sizeof(f) && wn < sizeof(buf) - o &&
				    (ll != wn || memcmp(buf + o, c->t + tk->start, wn))) {
					f[fl] = 0;
					if (census_sex(f) == 1) {
						memcpy(buf + o, c->t + tk->start, wn);
						ll = wn;
					}
				}
			}
			if (strip_last && k + 1 == m->j) {
				ll = wn - strip_last;
				memcpy(buf + o, c->t + tk->start, ll);
				size_t al = strlen(last_add);
				if (o + ll + al < sizeof(buf)) {
					memcpy(buf + o + ll, last_add, al);
					ll += al;
				}
			}
			/* A surname whose lemma only loses a final vowel, or has
			 * another last vowel, after a first name in its base form
			 * that ends in a consonant shares that first name's
			 * nominative ("Janez Janša", not "Janš"; "Mark Rutte", not
			 * "Rutta"; "Рафаель Гроссі", not "Гросс"; a
			 * consonant-final first name declines). */
			if (m->type == TD_ENT_PER && k + 1 == m->j && k > m->i && !strip_last && c->slavic &&
			    o + wn + 1 < sizeof(buf) &&
			    ((ll < wn && wn - ll <= 2 && !memcmp(buf + o, c->t + tk->start, ll) &&
			      one_vowel(c->t + tk->start + ll, wn - ll) &&
			      /* (not a dative's "-ovi", "-evi": "Smoletovi") */
			      !(ll > 2 && (buf[o + ll - 1] == 'v') && (buf[o + ll - 2] == 'o' || buf[o + ll - 2] == 'e'))) ||
			     last_vowel_replaced(buf + o, ll, c->t + tk->start, wn)) &&
			    first_name_nominative(c, k - 1)) {
				memcpy(buf + o, c->t + tk->start, wn);
				ll = wn;
			}
			/* A first name in an oblique case before a surname that
			 * does not decline and ends in a consonant is a woman's:
			 * a man's surname would decline with it ("Angelom
			 * Merkel" -> "Angela Merkel", "Ангелой Меркель"), where
			 * the article also writes that base form ("Miro Cerar"
			 * stays: "Mira" is not written). */
			if (m->type == TD_ENT_PER && k == m->i && m->j - m->i >= 2 &&
			    lower_between(c, m->i + 1, m->j - 1) && keep_last && c->slavic &&
			    !strip_last && ll >= 3 && o + ll + 3 < sizeof(buf) && wn < WBUF &&
			    uninflected_consonant(c, m->j - 1)) {
				char cand[WBUF + 4];
				size_t cl = 0;
				if (ll == wn && wn > 6 && c->cyrillic && !memcmp(buf + o, c->t + tk->start, wn) &&
				    !memcmp(buf + o + wn - 4, "\xD0\xBE\xD0\xB9", 4)) {
					/* "Ангелой", the instrumental of "Ангела". */
					memcpy(cand, buf + o, wn - 4);
					memcpy(cand + wn - 4, "\xD0\xB0", 2);
					cl = wn - 2;
				} else if (ll == wn && wn > 3 && !memcmp(buf + o, c->t + tk->start, wn) &&
					   strchr("eiouy", c->t[tk->end - 1])) {
					/* Not lemmatised, a case's vowel ("Thereso"): the
					 * base form in "-a". */
					memcpy(cand, buf + o, wn - 1);
					cand[wn - 1] = 'a';
					cl = wn;
				} else if (ll == wn && wn > 4 && c->cyrillic && !memcmp(buf + o, c->t + tk->start, wn) &&
					   (!memcmp(buf + o + wn - 2, "\xD1\x83", 2) || !memcmp(buf + o + wn - 2, "\xD0\xB5", 2) ||
					    !memcmp(buf + o + wn - 2, "\xD1\x8B", 2) || !memcmp(buf + o + wn - 2, "\xD0\xB8", 2)) &&
					   !vowel_before(buf + o, wn - 2)) {
					/* "Терезу", "Терезе", "Терезы"; after a vowel
					 * the ending is no case's ("Антониу", "Жоау": a
					 * case of "-ия" ends in "-ию"). */
					memcpy(cand, buf + o, wn - 2);
					memcpy(cand + wn - 2, "\xD0\xB0", 2);
					cl = wn;
				} else if (ll != wn || memcmp(buf + o, c->t + tk->start, ll)) {
					size_t b = ll - 1;
					while (b > 0 && ((unsigned char)buf[o + b] & 0xC0) == 0x80)
						b--;
					int soft = ll - b == 2 && !memcmp(buf + o + b, "\xD0\xB9", 2);
					if (!vowel_end(buf + o + b, ll - b) && !soft && ll + 2 < sizeof(cand)) {
						memcpy(cand, buf + o, ll);
						if (c->cyrillic) {
							memcpy(cand + ll, "\xD0\xB0", 2);
							cl = ll + 2;
						} else {
							cand[ll] = 'a';
							cl = ll + 1;
						}
					}
				}
				/* The article writes that base form before the same
				 * surname ("Theresa May" beside "Thereso May"; a
				 * "Maria" elsewhere makes no "Mario Lešnik" a woman). */
				const td_token *st = &c->tk[m->j - 1];
				if (cl && (named_with(c, cand, cl, c->t + st->start, st->end - st->start) ||
					   woman_census_case(c, k, cand, cl))) {
					memcpy(buf + o, cand, cl);
					ll = cl;
				}
			}
			/* So in Cyrillic where the surname ends in a consonant
			 * and does not decline: a woman's, with her first name
			 * as written ("Метте Фредеріксен", not "Метт"; a man's
			 * surname declines with his: "Роберту Фицо" keeps it);
			 * or where a verb in the feminine past follows: she is
			 * its subject ("Джорджа Мелони заявила", not "Джордж"). */
			int cyr_vowel = c->cyrillic && ll < wn && wn - ll <= 2 &&
					nchars_(c->t + tk->start + ll, wn - ll) == 1 &&
					vowel_end(c->t + tk->start + ll, wn - ll) && k == m->i &&
					(uninflected_consonant(c, m->j - 1) || feminine_past_after(c, m->j));
			if (m->type == TD_ENT_PER && k + 1 < m->j && (keep_last || woman) && !strip_last &&
			    (ll + 1 == wn || cyr_vowel) && o + wn + 1 < sizeof(buf) &&
			    !memcmp(buf + o, c->t + tk->start, ll) &&
			    (strchr("aeiou", c->t[tk->end - 1]) || cyr_vowel)) {
				memcpy(buf + o, c->t + tk->start, wn);
				ll = wn;
				/* A Slovene woman's first name in "-o" (accusative,
				 * instrumental) before a surname that does not
				 * decline, where the dictionary stores the "-a"
				 * form under the same root and does not know the
				 * word as a name itself ("Kajo Kallas": "Kaja";
				 * "Marko Novak" stays), nor a man's name in "-o"
				 * ("Niko Novak"). */
				if (k == m->i && !strcmp(c->a->lang, "sl") && c->t[tk->end - 1] == 'o' && wn < WBUF &&
				    uninflected_consonant(c, m->j - 1) && !dict_name(c, c->t + tk->start, wn, 1)) {
					char fa[WBUF + 2];
					memcpy(fa, c->t + tk->start, wn - 1);
					/* A man's name in "-o" has the instrumental
					 * "-om" ("Niko": "Nikom"; "Kaja" has no "Kajom"). */
					memcpy(fa + wn - 1, "om", 2);
					td__lexinfo M;
					td__lex_lookup(c->li, fa, wn + 1, &M);
					fa[wn - 1] = 'a';
					if (!(M.flags & TD__LEX_PROPER) && same_name_root(c, fa, wn, c->t + tk->start, wn))
						buf[o + wn - 1] = 'a';
				}
			}
			/* So is a woman's first name in "-a" before a surname
			 * that ends in a consonant and does not decline, as a
			 * man's would ("Mateja Logar", not "Mate"), also with
			 * particles before the surname ("Урсула фон дер Ляєн"). */
			else if (m->type == TD_ENT_PER && k == m->i && m->j - m->i >= 2 &&
				 lower_between(c, m->i + 1, m->j - 1) && keep_last && c->slavic &&
				 !strip_last && wn > 3 && o + wn + 1 < sizeof(buf) && ll < wn &&
				 (c->t[tk->end - 1] == 'a' || !memcmp(c->t + tk->end - 2, "\xD0\xB0", 2)) &&
				 uninflected_consonant(c, m->j - 1)) {
				memcpy(buf + o, c->t + tk->start, wn);
				ll = wn;
			}
			/* A Croatian, Bosnian or Serbian first name in the
			 * instrumental "-om" before a surname not in that case
			 * is a woman's, in "-a" ("Giorgiom Meloni", "Kajom
			 * Kallas"): a man's surname declines with it ("Markom
			 * Rutteom"). */
			if (m->type == TD_ENT_PER && k == m->i && m->j - m->i >= 2 && keep_last && !strip_last &&
			    (!strcmp(c->a->lang, "hr") || !strcmp(c->a->lang, "bs") || !strcmp(c->a->lang, "sr")) &&
			    wn > 5 && ends_with(c->t + tk->start, wn, "om") &&
			    lower_between(c, m->i + 1, m->j - 1) && o + wn < sizeof(buf)) {
				const td_token *st = &c->tk[m->j - 1];
				if (c->t[st->end - 1] != 'm' && (st->flags & TD_TOK_UPPER)) {
					memcpy(buf + o, c->t + tk->start, wn - 2);
					buf[o + wn - 2] = 'a';
					ll = wn - 1;
				}
			}
			/* A woman's surname: its own feminine base form, not the
			 * masculine the dictionaries give ("Kowalską" ->
			 * "Kowalska", not "Kowalski"; "Захаровой" -> "Захарова"). */
			if (man && k + 1 == m->j && k > m->i) {
				char fb[WBUF];
				size_t fl = masculine_surname(c->a->lang, c->t + tk->start, wn, fb, sizeof(fb));
				/* "-ском" is an adjective's prepositional only beside a
				 * first name's "-е" ("о Владимире Жириновском"); beside
				 * an instrumental it is a noun's ("Дональдом Туском"). */
				const td_token *ft = &c->tk[m->i];
				if (fl && wn > 8 && ft->end - ft->start > 4 &&
				    (ends_with(c->t + tk->start, wn, "ском") || ends_with(c->t + tk->start, wn, "цком")) &&
				    (ends_with(c->t + ft->start, ft->end - ft->start, "ом") ||
				     ends_with(c->t + ft->start, ft->end - ft->start, "ем"))) {
					fl = wn - 4; /* "-ом" */
					memcpy(fb, c->t + tk->start, fl);
				}
				if (fl && o + fl + 1 < sizeof(buf)) {
					memcpy(buf + o, fb, fl);
					ll = fl;
				}
			}
			if (woman && k + 1 == m->j && k > m->i && o + wl + 1 < sizeof(buf)) {
				memcpy(buf + o, wb, wl);
				ll = wl;
			}
			if (swfl && o + WBUF < sizeof(buf)) {
				ll = k == m->i ? swfl : swsl;
				memcpy(buf + o, k == m->i ? swf : sws, ll);
			}
			o += ll;
		}
	}
	return td_arena_strndup(c->ar, buf, o);
}

/* Feminine and possessive surname suffixes dropped from person keys
 * ("Merkelová", "Trumpův", "Mayeva" are Merkel, Trump, May). */
static const struct {
	const char *lang, *suf;
} key_sufs[] = {
	/* The generation after a hyphen ("Буш-младший" is Bush's). */
	{"ru", "-младший"}, {"ru", "-старший"}, {"uk", "-молодший"}, {"uk", "-старший"},
	{"bg", "-младши"}, {"bg", "-старши"},
	{"cs", "ová"}, {"cs", "ové"}, {"cs", "ovou"}, {"cs", "ův"}, {"cs", "ova"}, {"cs", "ovo"},
	{"cs", "ovu"}, {"cs", "ově"}, {"cs", "ovy"}, {"cs", "ových"}, {"cs", "ovým"},
	{"sk", "ová"}, {"sk", "ovej"}, {"sk", "ovou"}, {"sk", "ovú"}, {"sk", "ovu"}, {"sk", "ova"},
	{"sk", "ovo"}, {"sk", "ove"}, {"sk", "ových"}, {"sl", "ova"}, {"sl", "ove"}, {"sl", "ovo"},
	{"sl", "ovi"}, {"sl", "eva"}, {"sl", "eve"}, {"sl", "evo"}, {"sl", "evi"}, {"sl", "evega"},
	{"sl", "ovega"}, {"hr", "ova"}, {"hr", "ove"}, {"hr", "ovo"}, {"hr", "ovu"}, {"hr", "ovom"},
	{"hr", "ovim"}, {"hr", "eva"},
	/* The instrumental where no dictionary gives the base form:
	 * "Макроном", "Вучићем" (the other cases end in vowels, which keys
	 * drop). */
	{"sr", "ом"}, {"sr", "ем"}, {"sr", "om"}, {"sr", "em"}, {"bs", "om"}, {"bs", "em"},
	{"mk", "ом"}, {"mk", "ем"},
};
_Static_assert(NELEM(key_sufs) <= LANG_ROWS_MAX, "rows_in finds every row");

/* Whether the person's name lemma (several words) puts the surname first:
 * a Hungarian name ("Orbán Viktor"), not a foreign one in its own order,
 * whose first word the English dictionary knows as a given name
 * ("Emmanuel Macron" in a Hungarian article). */
static int surname_first(const ctx *c, const char *lemma)
{
	const char *sp = strchr(lemma, ' ');
	if (strcmp(c->a->lang, "hu") || !sp)
		return 0;
	td__lexinfo E;
	td__lex_lookup(en_dict(), lemma, (size_t)(sp - lemma), &E);
	return !((E.flags & TD__LEX_PROPER) && !(E.flags & TD__LEX_LOWER));
}

/* Whether folded word f (fl bytes) is a compass point's adjective
 * ("Западна", "western", "Północne"): a listed stem. */
static int compass_adjective(const char *f, size_t fl)
{
	static const char *const stems[] = {
		"запад", "восточн", "северн", "южн", "західн", "східн", "північн", "південн", "източн",
		"zachodn", "wschodn", "północn", "południow", "západn", "východn", "severn", "jižn",
		"južn", "zahodn", "vzhodn", "zapadn", "istočn", "sjevern", "west", "east", "north",
		"south",
	};
	for (size_t k = 0; k < NELEM(stems); k++) {
		size_t sl = strlen(stems[k]);
		if (fl >= sl && !memcmp(f, stems[k], sl))
			return 1;
	}
	return 0;
}

static const td__gaz *gaz_of_text(const char *text, size_t n, int stems);

/* The words of a name, parted by spaces and hyphens. */
static size_t name_words(const char *s)
{
	size_t n = 0;
	for (int in = 0; *s; s++) {
		int sep = *s == ' ' || *s == '-';
		n += !sep && !in;
		in = !sep;
	}
	return n;
}

static char *key_of(ctx *c, const mention *m, const char *lemma)
{
	char buf[256];
	if (m->g)
		return (char *)m->g->key;
	/* A product's code, one word of letters and digits, is its letters
	 * and digits as written, in Latin letters ("M4", "Су-34": "m4",
	 * "su34"). */
	if (m->type == TD_ENT_PRO && strpbrk(lemma, "0123456789") && !strchr(lemma, ' ')) {
		char tl[256];
		size_t tn = td_text_translit(lemma, strlen(lemma), tl, sizeof(tl)), o = 0;
		for (size_t k = 0; k < tn && o + 1 < sizeof(buf); k++)
			if ((tl[k] >= 'a' && tl[k] <= 'z') || (tl[k] >= '0' && tl[k] <= '9'))
				buf[o++] = tl[k];
		if (o)
			return td_arena_strndup(c->ar, buf, o);
	}
	/* A part of a country named by a compass point is the country
	 * ("Западна Турция", "Western Turkey", "Zachodnia Ukraina"); not
	 * of a state or a region, which have parts of their own names ("West
	 * Midlands" is no Midlands). */
	const char *csp = m->type == TD_ENT_LOC ? strchr(lemma, ' ') : NULL;
	if (csp && !strchr(csp + 1, ' ')) {
		char f[WBUF];
		size_t fl = td_text_fold(lemma, (size_t)(csp - lemma), f, sizeof(f));
		const td__gaz *g = compass_adjective(f, fl) ? gaz_of_text(csp + 1, strlen(csp + 1), 1) : NULL;
		if (g && g->type == TD_ENT_LOC && !strncmp(g->key, "gpe:", 4))
			return (char *)g->key;
	}
	/* An organisation's or product's base form that a list has, where
	 * its written form did not match ("Pfizerja", as Slovene declines
	 * a foreign name, is "Pfizer"). */
	if ((m->type == TD_ENT_ORG || m->type == TD_ENT_PRO) && !m->acronym && m->j - m->i == 1 &&
	    !strchr(lemma, ' ')) {
		const td__gaz *g = gaz_of_text(lemma, strlen(lemma), 1);
		if (g && g->type == m->type)
			return (char *)g->key;
	}
	const char *s = lemma;
	size_t sn = strlen(s);
	/* Nor is a designator before the name, as Russian and Ukrainian write
	 * a news agency's or a firm's ("ИА REGNUM" is REGNUM, "ПАО Газпром"
	 * Gazprom). */
	const char *fsp = m->type == TD_ENT_ORG ? strchr(lemma, ' ') : NULL;
	if (fsp && fsp[1]) {
		static const char *const designators[] = {"иа", "іа", "ао", "оао", "зао", "пао", "ооо",
							  "тов", "пат", "прат", "ат"};
		char f[WBUF];
		size_t fl = td_text_fold(lemma, (size_t)(fsp - lemma), f, sizeof(f));
		if (fl && word_listed(designators, NELEM(designators), f, fl)) {
			const char *rest = fsp + 1;
			size_t rl = strlen(rest);
			const td__gaz *g = gaz_of_text(rest, rl, 1);
			if (g && g->type == TD_ENT_ORG)
				return (char *)g->key;
			s = rest;
			sn = rl;
		}
	}
	/* A firm's legal form is no part of its key ("China Construction
	 * Bank Corp" is "China Construction Bank"; "Boeing Co" Boeing). */
	const char *lsp = m->type == TD_ENT_ORG && !m->acronym ? strrchr(lemma, ' ') : NULL;
	if (lsp) {
		static const char *const forms[] = {"co", "co.", "cos", "corp", "corp.", "inc", "inc.", "ltd",
						    "ltd.", "plc", "llc", "ag", "gmbh", "sa", "s.a.", "se",
						    "nv", "n.v.", "spa", "s.p.a.", "ab", "asa", "oyj", "a.s."};
		char f[WBUF];
		size_t fl = td_text_fold(lsp + 1, strlen(lsp + 1), f, sizeof(f));
		if (lsp > s && fl && word_listed(forms, NELEM(forms), f, fl)) {
			sn = (size_t)(lsp - s);
			const td__gaz *g = gaz_of_text(s, sn, 1);
			if (g && g->type == TD_ENT_ORG)
				return (char *)g->key;
		}
	}
	if (m->type == TD_ENT_PER && !m->acronym && surname_first(c, lemma)) {
		/* Hungarian writes the surname first ("Orbán Viktor"). */
		sn = (size_t)(strchr(lemma, ' ') - lemma);
	} else if (m->type == TD_ENT_PER && !m->acronym) {
		/* The last word that is not a regnal number or a generation
		 * ("Elizabeth II", "Vinicius Jr", "Martin Luther King Jr."). */
		static const char *const gens[] = {"Jr", "Jr.", "Sr", "Sr.", "Jnr", "Snr", "Junior"};
		const char *end = lemma + strlen(lemma);
		for (;;) {
			const char *sp = end;
			while (sp > lemma && sp[-1] != ' ')
				sp--;
			size_t wl = (size_t)(end - sp), r = 0;
			/* Initials written onto the surname ("Б.Джонсон",
			 * "J.Smith") are no part of it. */
			for (;;) {
				int il;
				uint32_t cp = td_utf8_decode(sp, wl, &il);
				if (il <= 0 || (size_t)il + 2 > wl || sp[il] != '.' || !u_isupper((UChar32)cp) ||
				    !u_isupper((UChar32)td_utf8_decode(sp + il + 1, wl - (size_t)il - 1, &(int){0})))
					break;
				sp += il + 1;
				wl -= (size_t)il + 1;
			}
			/* Nor is an Arabic article joined by a hyphen ("аль-Асад"
			 * meets "Асад", "Assad" and Slovene "al Asad"). */
			size_t pp = particle_prefix(sp, wl);
			sp += pp;
			wl -= pp;
			while (r < wl && strchr("IVXLC", sp[r]))
				r++;
			s = sp;
			sn = wl;
			if ((r < wl && !word_listed(gens, NELEM(gens), sp, wl)) || sp == lemma)
				break;
			end = sp - 1;
		}
		size_t best = 0;
		static _Thread_local lang_rows rows;
		const lang_rows *lr = ROWS_IN(&rows, c->a->lang, key_sufs);
		for (size_t r = 0; r < lr->n; r++) {
			size_t k = lr->row[r];
			size_t kl = strlen(key_sufs[k].suf);
			if (kl > best && sn > kl + 2 && !memcmp(s + sn - kl, key_sufs[k].suf, kl))
				best = kl;
		}
		sn -= best;
	}
	/* A storm's key is its name's: "Storm Bert" meets "Bert". */
	const char *sp = m->type == TD_ENT_EVT ? strchr(s, ' ') : NULL;
	if (sp && sp[1]) {
		char f[WBUF];
		size_t fl = td_text_fold(s, (size_t)(sp - s), f, sizeof(f));
		if (storm_stem(f, fl)) {
			sn -= (size_t)(sp + 1 - s);
			s = sp + 1;
		}
	}
	size_t n = td__name_key(c->a->lang, s, sn, buf, sizeof(buf));
	/* A place spelt as no list has it may be a listed city's spelling
	 * in another language ("Балъкесир", "Balıkesir"); so may a place,
	 * an organisation, an event or a product of several words
	 * ("Техрик-э-Лабаик", "Tehreek-e-Labbaik"). The same type only. */
	/* (Not a region in "-щина": region_suffix.) */
	if (m->type != TD_ENT_PER && !m->acronym && s == lemma && sn == strlen(lemma) &&
	    (m->type == TD_ENT_LOC || strchr(lemma, ' ') || strchr(lemma, '-')) &&
	    !ends_with(lemma, sn, "щина") && !ends_with(lemma, sn, "чина")) {
		const td__alias *listed = td__listed_of_key(buf, n);
		/* Of as many words, but for a city written as one word
		 * ("Eldorado", "El Dorado"): a key of few consonants is met
		 * by chance ("Síla Sibiře" and "Salisbury"). */
		int city = listed >= td__cities && listed < td__cities + td__ncities;
		if (listed && listed->type == m->type &&
		    ((city && !strchr(lemma, ' ')) || name_words(listed->name) == name_words(lemma)))
			return (char *)listed->key;
	}
	if (n == 0) {
		size_t fl = td_text_fold(lemma, strlen(lemma), buf, sizeof(buf));
		return td_arena_strndup(c->ar, buf, fl);
	}
	return td_arena_strndup(c->ar, buf, n);
}

/* The letters beyond ASCII of the Latin-script Slavic alphabets. */
static const struct {
	const char *lang, *letters;
} alphabets[] = {
	{"pl", "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"},
	{"cs", "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"},
	{"sk", "áäčďéíĺľňóôŕšťúýžÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ"},
	{"sl", "čšžČŠŽ"},
	{"hr", "čćđšžČĆĐŠŽ"},
};

/* The alphabets as bits over U+00C0..U+01BF (all their letters beyond
 * ASCII lie there), built once. */
static uint64_t alphabet_bits[NELEM(alphabets)][4];
static pthread_once_t alphabet_once = PTHREAD_ONCE_INIT;

static void build_alphabets(void)
{
	for (size_t k = 0; k < NELEM(alphabets); k++)
		for (const char *p = alphabets[k].letters; *p;) {
			int l;
			uint32_t cp = td_utf8_decode(p, strlen(p), &l);
			if (cp >= 0xC0 && cp < 0x1C0)
				alphabet_bits[k][(cp - 0xC0) >> 6] |= 1ull << ((cp - 0xC0) & 63);
			p += l;
		}
}

/* Whether name s (n bytes) has a letter that the alphabet of language
 * lang lacks ("Severní Irsko" in Slovene); 0 for languages not listed. */
static int foreign_letters(const char *lang, const char *s, size_t n)
{
	size_t k;
	for (k = 0; k < NELEM(alphabets); k++)
		if (!strcmp(alphabets[k].lang, lang))
			break;
	if (k == NELEM(alphabets))
		return 0;
	pthread_once(&alphabet_once, build_alphabets);
	for (size_t i = 0; i < n;) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		int l;
		uint32_t cp = td_utf8_decode(s + i, n - i, &l);
		if (cp < 0xC0 || cp >= 0x1C0 || !((alphabet_bits[k][(cp - 0xC0) >> 6] >> ((cp - 0xC0) & 63)) & 1))
			return 1;
		i += (size_t)l;
	}
	return 0;
}

/* The listed name of a gazetteer match closest to the text: in the
 * article's language (listed as such, else written with its alphabet),
 * then sharing the longest prefixes with the words, then written with
 * the same case. NULL when none is in the text's script (the surface
 * form is then the best base form). */
static const char *choose_name_(const ctx *c, const mention *m)
{
	const char *w = c->t + c->tk[m->i].start;
	size_t wn = c->tk[m->j - 1].end - c->tk[m->i].start;
	char fw[WBUF], fn[WBUF];
	size_t fwl = td_text_fold(w, wn, fw, sizeof(fw));
	int wcyr = is_cyrillic(w, wn), wup = (c->tk[m->i].flags & TD_TOK_UPPER) != 0;
	const char *best = NULL;
	long bscore = -1000000;
	for (const td__gaz *g = m->g; g; g = td__gaz_next(g)) {
		size_t ln = strlen(g->lemma);
		if (is_cyrillic(g->lemma, ln) != wcyr)
			continue;
		size_t fnl = td_text_fold(g->lemma, ln, fn, sizeof(fn));
		long sc = 0;
		if (g->langs & c->lbit)
			sc += 1000;
		else if (foreign_letters(c->a->lang, g->lemma, ln))
			sc -= 1000;
		/* Common prefix, restarting at each word. */
		size_t x = 0, y = 0;
		while (x < fwl && y < fnl) {
			if (fw[x] == fn[y]) {
				sc += 2;
				x++;
				y++;
				continue;
			}
			while (x < fwl && fw[x] != ' ')
				x++;
			while (y < fnl && fn[y] != ' ')
				y++;
			if (x < fwl && y < fnl) {
				x++;
				y++;
			}
		}
		if (fwl == fnl && !memcmp(fw, fn, fwl))
			sc += 500;
		if (td_text_is_upper_initial(g->lemma, ln) == wup)
			sc += 1;
		if (sc > bscore) {
			bscore = sc;
			best = g->lemma;
		}
	}
	return best;
}

/* The base form of a one-word listed name: the dictionary's lemma of
 * the word where the dictionary knows it as a name, the gazetteer lists
 * it under the same key and chosen (the listed name closest to the text)
 * differs from it only in letters with diacritics ("Krakowie" is
 * "Kraków", though the listed "Krakow" shares more letters with it);
 * else chosen. */
static const char *listed_dict_lemma(const ctx *c, const mention *m, const char *chosen)
{
	if (m->j != m->i + 1 || c->li < 0 || !chosen)
		return chosen;
	td__lexinfo L;
	lex(c, m->i, &L);
	if (!L.lemma || !(L.flags & TD__LEX_PROPER) || (c->tk[m->i].flags & TD_TOK_ALLCAPS))
		return chosen;
	size_t dl = strlen(L.lemma), cl = strlen(chosen);
	if (!strcmp(L.lemma, chosen) || dl > cl + 4 || cl > dl + 4)
		return chosen;
	char a[WBUF], b[WBUF];
	size_t al = td_text_fold(L.lemma, dl, a, sizeof(a));
	size_t bl = td_text_fold(chosen, cl, b, sizeof(b));
	if (al == bl && !memcmp(a, b, al))
		return chosen; /* the same but for case */
	al = td_text_translit(L.lemma, dl, a, sizeof(a));
	bl = td_text_translit(chosen, cl, b, sizeof(b));
	if (al != bl || memcmp(a, b, al))
		return chosen;
	const td__gaz *g = gaz_of_text(L.lemma, strlen(L.lemma), 1);
	for (; g; g = td__gaz_next(g))
		if (!strcmp(g->key, m->g->key) && !strcmp(g->lemma, L.lemma))
			return g->lemma;
	return chosen;
}

/* choose_name(), remembered by the thread: the same names come back
 * article after article, each time with the same answer for the same
 * surface form, gazetteer entry and language. Direct-mapped; a slot
 * holds a 64-bit hash of the three and the answer (a gazetteer string,
 * which lives as long as the process). */
#define NAME_MEMO 4096
typedef struct {
	uint64_t h;
	const td__gaz *g;
	const char *best;
} name_rec;
static td__tblock name_block = TD__TBLOCK(sizeof(name_rec) * NAME_MEMO);
static _Thread_local name_rec *name_memo; /* NAME_MEMO records (name_block) */

static const char *choose_name(const ctx *c, const mention *m)
{
	const char *w = c->t + c->tk[m->i].start;
	size_t wn = c->tk[m->j - 1].end - c->tk[m->i].start;
	uint64_t h = h64(w, wn) ^ (c->prof * 0x9E3779B97F4A7C15ull);
	size_t slot = (size_t)(h >> 40) & (NAME_MEMO - 1);
	if (!td__tblock_of(&name_block, (void **)&name_memo))
		return choose_name_(c, m);
	if (name_memo[slot].h == h && name_memo[slot].g == m->g)
		return name_memo[slot].best;
	const char *best = choose_name_(c, m);
	name_memo[slot].h = h;
	name_memo[slot].g = m->g;
	name_memo[slot].best = best;
	return best;
}

/* The length of the separator at s (n bytes): a space, a hyphen, an en
 * or em dash, a no-break space; 0 when s starts otherwise. */
static size_t separator_at(const char *s, size_t n)
{
	if (n && (s[0] == ' ' || s[0] == '-'))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
		return 3;
	return 0;
}

/* The words of s (n bytes) between runs of separators: their starts and
 * ends into b and e (at most max); the count, or max + 1 when more. */
static size_t separated_words(const char *s, size_t n, size_t *b, size_t *e, size_t max)
{
	size_t nw = 0, i = 0;
	while (i < n) {
		size_t l;
		while (i < n && (l = separator_at(s + i, n - i)))
			i += l;
		if (i >= n)
			break;
		if (nw == max)
			return max + 1;
		b[nw] = i;
		while (i < n && !separator_at(s + i, n - i))
			i++;
		e[nw++] = i;
	}
	return nw;
}

/* Whether s (n bytes) has a separator other than a single space: a
 * hyphen, a dash, a no-break space, two spaces. */
static int odd_separators(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if (b == '-' || b == 0xC2 || b == 0xE2 || (b == ' ' && i + 1 < n && s[i + 1] == ' '))
			return 1;
	}
	return 0;
}

/* A listed name's base form with the separators the article writes
 * between its words ("Северного потока-2" -> "Северный поток-2", where
 * the list has "Северный поток — 2"; "Ямал – Европа"): a base form keeps
 * the name's spelling, of which the separators are part. lemma itself
 * when the words do not pair up or nothing differs. */
static const char *written_separators(ctx *c, const mention *m, const char *lemma)
{
	size_t tb = c->tk[m->i].start, tn = c->tk[m->j - 1].end - tb, ln = strlen(lemma);
	/* One word, or single spaces on both sides (most names): nothing
	 * differs. */
	int odd = odd_separators(lemma, ln);
	if (!odd && (!memchr(lemma, ' ', ln) || !odd_separators(c->t + tb, tn)))
		return lemma;
	size_t wb[8], we[8], lb[8], le[8];
	size_t nl = separated_words(lemma, ln, lb, le, 8);
	if (nl < 2 || nl > 8)
		return lemma;
	size_t nw = separated_words(c->t + tb, tn, wb, we, 8);
	if (nw != nl || lb[0] != 0 || le[nl - 1] != ln || wb[0] != 0 || we[nw - 1] != tn)
		return lemma;
	int differ = 0;
	size_t size = le[nl - 1] - lb[nl - 1] + le[0] - lb[0];
	for (size_t k = 1; k < nw; k++) {
		size_t ws = wb[k] - we[k - 1], ls = lb[k] - le[k - 1];
		differ |= ws != ls || memcmp(c->t + tb + we[k - 1], lemma + le[k - 1], ws);
		size += ws + (k + 1 < nw ? le[k] - lb[k] : 0);
	}
	if (!differ)
		return lemma;
	char *out = td_arena_alloc(c->ar, size + 1);
	if (!out)
		return lemma;
	size_t o = 0;
	for (size_t k = 0; k < nw; k++) {
		if (k) {
			memcpy(out + o, c->t + tb + we[k - 1], wb[k] - we[k - 1]);
			o += wb[k] - we[k - 1];
		}
		memcpy(out + o, lemma + lb[k], le[k] - lb[k]);
		o += le[k] - lb[k];
	}
	out[o] = 0;
	return out;
}

/* Inhabitants written in lower case, as Bulgarian, Russian and Ukrainian
 * write them ("британците", "пакистанцы", "європейці"): a word that
 * shares its first five letters or more with the name of a country or
 * region the article names, and goes on from there with a suffix of
 * inhabitants (an optional "-ан-", "-ей-", "-ин-" and "-ци", "-ка",
 * "-цы", ...; not "-ською", "-ою"), is a mention of persons under that
 * country's key (the BSNLP guidelines annotate inhabitants as PER linked
 * to their country). The base form drops the Bulgarian article
 * ("британците" -> "британци"). */
static const struct {
	const char *lang, *end;
} demonym_ends[] = {
	{"bg", "ци"}, {"bg", "ците"}, {"bg", "ец"}, {"bg", "еца"}, {"bg", "ка"}, {"bg", "ката"},
	{"bg", "ки"}, {"bg", "ките"}, {"bg", "и"}, {"bg", "ите"}, {"bg", "ин"}, {"bg", "ина"},
	{"ru", "цы"}, {"ru", "цев"}, {"ru", "цам"}, {"ru", "цами"}, {"ru", "цах"}, {"ru", "ец"},
	{"ru", "ца"}, {"ru", "цу"}, {"ru", "цем"}, {"ru", "ка"}, {"ru", "ки"}, {"ru", "ку"},
	{"ru", "кой"}, {"ru", "ок"}, {"ru", "е"}, {"ru", "ами"}, {"ru", "ам"}, {"ru", "ах"},
	{"uk", "ці"}, {"uk", "ців"}, {"uk", "цям"}, {"uk", "цями"}, {"uk", "цях"}, {"uk", "ець"},
	{"uk", "ця"}, {"uk", "цю"}, {"uk", "цем"}, {"uk", "ка"}, {"uk", "ки"}, {"uk", "ку"},
	{"uk", "кою"}, {"uk", "ок"}, {"uk", "и"},
};

/* Whether rest (what follows the letters shared with a country's name)
 * is a suffix of inhabitants in the article's language. */
static int demonym_rest(const ctx *c, const char *r, size_t n, const char *name_rest)
{
	/* "българи" from "България": a bare "-и" only where the name goes on
	 * with "-ия" ("обедини" is no inhabitant of "Обединеното кралство"). */
	int ia = !strncmp(name_rest, "ия", 4) || !strncmp(name_rest, "ія", 4);
	static const char *const infix[] = {"", "ан", "ян", "ей", "ий", "ин", "ен", "ец"};
	for (size_t f = 0; f < NELEM(infix); f++) {
		size_t fl = strlen(infix[f]);
		if (fl > n || memcmp(r, infix[f], fl))
			continue;
		for (size_t k = 0; k < NELEM(demonym_ends); k++) {
			size_t el = strlen(demonym_ends[k].end);
			if (same_lang(demonym_ends[k].lang, c->a->lang) && el == n - fl &&
			    !memcmp(r + fl, demonym_ends[k].end, el) &&
			    (ia || fl || strncmp(demonym_ends[k].end, "и", 2)))
				return 1;
		}
	}
	return 0;
}

/* The names (folded, once each; in the arena) and keys of the countries
 * the article's mentions name, and of regions too when regions is set:
 * how many (at most max), or TD_ERR_NOMEM. */
static int country_names(ctx *c, const mention *ms, size_t nm, int regions, const char **name,
			 const char **key, size_t *len, size_t max)
{
	size_t ng = 0;
	for (size_t k = 0; k < nm && ng < max; k++) {
		const mention *p = &ms[k];
		if (!p->g || (strncmp(p->g->key, "gpe:", 4) && (!regions || strncmp(p->g->key, "reg:", 4))))
			continue;
		char f[WBUF];
		size_t fl = td_text_fold(p->lemma, strlen(p->lemma), f, sizeof(f));
		size_t x = 0;
		while (x < ng && !(len[x] == fl && !memcmp(name[x], f, fl)))
			x++;
		if (x < ng)
			continue;
		if (!(name[ng] = td_arena_strndup(c->ar, f, fl)))
			return TD_ERR_NOMEM;
		len[ng] = fl;
		key[ng++] = p->g->key;
	}
	return (int)ng;
}

/* The last words of the persons a word before them gave among the
 * article's ms (nm) ("Papież Franciszek": "Franciszek"), in a set of cap
 * slots allocated in ar; NULL when there are none (or out of memory, which
 * only weakens the test). */
static uint64_t *cued_persons(const mention *ms, size_t nm, size_t cap, td_arena *ar)
{
	uint64_t *set = NULL;
	for (size_t q = 0; q < nm; q++) {
		const mention *p = &ms[q];
		if (!p->percue || p->type != TD_ENT_PER || !p->lemma)
			continue;
		if (!set && !(set = td_arena_calloc(ar, cap * sizeof(uint64_t))))
			return NULL;
		const char *last = strrchr(p->lemma, ' ');
		last = last ? last + 1 : p->lemma;
		hset_add(set, cap, last, strlen(last));
	}
	return set;
}

/* Bytes of the first k letters of s, or 0 when s has fewer. */
static size_t first_letters(const char *s, size_t n, int k)
{
	size_t b = 0;
	for (int ch = 0; ch < k; ch++) {
		if (b >= n)
			return 0;
		b++;
		while (b < n && ((unsigned char)s[b] & 0xC0) == 0x80)
			b++;
	}
	return b;
}

/* The bit (of 4,096) of a run of a few letters: FNV-1a, cheaper than
 * h64() for the ten or so bytes of five letters. */
static unsigned start_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return (unsigned)(h >> 52);
}

/* A bit (of 4,096) per run of k letters that starts somewhere in the
 * names, so that a word whose first k letters start nowhere in them is
 * passed over at once. */
static void start_bits(const char *const *name, const size_t *len, size_t nn, int k, uint8_t *bits)
{
	memset(bits, 0, 512);
	for (size_t x = 0; x < nn; x++) {
		const unsigned char *s = (const unsigned char *)name[x];
		size_t n = len[x], q = 0;
		while (q < n && (s[q] & 0xC0) == 0x80)
			q++;
		if (q >= n)
			continue;
		/* The run [q, e) of k letters from each letter q on: the next
		 * letter's run ends a letter further (first_letters once). */
		size_t e = first_letters(name[x] + q, n - q, k);
		if (!e)
			continue;
		e += q;
		for (;;) {
			unsigned b = start_hash(name[x] + q, e - q);
			bits[b >> 3] |= (uint8_t)(1u << (b & 7));
			do
				q++;
			while (q < n && (s[q] & 0xC0) == 0x80);
			if (q >= n || e >= n)
				break;
			do
				e++;
			while (e < n && (s[e] & 0xC0) == 0x80);
		}
	}
}

/* The bit (of 4,096) of four bytes. */
static unsigned quad_hash(const char *s)
{
	uint32_t v;
	memcpy(&v, s, 4);
	return (unsigned)((v * 0x9E3779B97F4A7C15ull) >> 52);
}

/* A bit per four bytes that start a letter somewhere in the names: a
 * word that starts like a name for five letters (five bytes or more)
 * starts with such four bytes, and most words are passed over by them
 * at the cost of a multiplication. */
static void quad_bits(const char *const *name, const size_t *len, size_t nn, uint8_t *bits)
{
	memset(bits, 0, 512);
	for (size_t x = 0; x < nn; x++)
		for (size_t q = 0; q + 4 <= len[x]; q++)
			if (((unsigned char)name[x][q] & 0xC0) != 0x80) {
				unsigned b = quad_hash(name[x] + q);
				bits[b >> 3] |= (uint8_t)(1u << (b & 7));
			}
}

/* Whether the first k letters of w start somewhere in the names of bits
 * (a word of fewer letters: yes). */
static int start_bit(const uint8_t *bits, const char *w, size_t n, int k)
{
	size_t fl = first_letters(w, n, k);
	unsigned b = start_hash(w, fl);
	return !fl || ((bits[b >> 3] >> (b & 7)) & 1);
}

/* The tokens that the n mentions ms cover, one byte each (nt tokens), or
 * NULL without memory. */
static uint8_t *covered_tokens(const ctx *c, const mention *ms, size_t n)
{
	uint8_t *cov = td_arena_calloc(c->ar, c->nt ? c->nt : 1);
	for (size_t k = 0; cov && k < n; k++)
		for (size_t x = ms[k].i; x < ms[k].j && x < c->nt; x++)
			cov[x] = 1;
	return cov;
}

/* Adds token i as persons named by a common noun (a party's members,
 * a country's people) with base form lemma (n bytes) and key; percue:
 * typed by the word itself. Returns 0 or TD_ERR_NOMEM. */
static int add_word_persons(ctx *c, mention **ms, size_t *nm, size_t *mcap, size_t i, const char *lemma,
			    size_t n, const char *key, int percue)
{
	mention m = {i, i + 1, NULL, TD_ENT_PER, 0, 0, 0, 0, NULL, key, 0, 0, 0, 0, 0, 0, 0, 0};
	m.percue = (uint8_t)percue;
	m.lemma = td_arena_strndup(c->ar, lemma, n);
	if (!m.lemma)
		return TD_ERR_NOMEM;
	return add_mention(ms, nm, mcap, c->ar, m);
}

/* Keys of organisations whose members the alias table names (a PER row
 * under an "org:" key: parties), found once. */
enum { MEMBER_KEYS = 64 };
static const char *member_keys[MEMBER_KEYS];
static size_t nmember_keys;
static pthread_once_t member_once = PTHREAD_ONCE_INIT;

/* The first two bytes of those members' names, folded: a bit each. */
static uint8_t member_starts[65536 / 8];

static void member_keys_init(void)
{
	for (size_t i = 0; i < td__naliases && nmember_keys < MEMBER_KEYS; i++) {
		const td__alias *a = &td__aliases[i];
		if (a->type != TD_ENT_PER || strncmp(a->key, "org:", 4))
			continue;
		char f[WBUF];
		size_t fl = td_text_fold(a->name, strlen(a->name), f, sizeof(f));
		if (fl >= 2) {
			unsigned b = (unsigned char)f[0] | (unsigned)(unsigned char)f[1] << 8;
			member_starts[b >> 3] |= (uint8_t)(1u << (b & 7));
		}
		size_t q = 0;
		while (q < nmember_keys && strcmp(member_keys[q], a->key))
			q++;
		if (q == nmember_keys)
			member_keys[nmember_keys++] = a->key;
	}
}

static int has_members(const char *key)
{
	if (strncmp(key, "org:", 4))
		return 0;
	for (size_t q = 0; q < nmember_keys; q++)
		if (!strcmp(member_keys[q], key))
			return 1;
	return 0;
}

/* Members of an organisation the article names, written in lower case
 * ("konzervativci", "консерваторите" beside "Konzervativní strana",
 * "Консервативната партия"): the list has their noun capitalised only
 * (in another article "conservatives" are anyone's), so a lower-case word
 * whose stems name the members (a PER row) of a listed organisation
 * that the article names (or its members: "тори") is those members: persons
 * under the organisation's key, with the list's base form in lower case.
 * Slavic languages; words of six letters or more outside mentions. */
static int lower_members(ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	enum { MAXK = 16 };
	const char *keys[MAXK];
	size_t nk = 0;
	if (!c->slavic)
		return 0;
	pthread_once(&member_once, member_keys_init);
	for (size_t k = 0; k < *nm && nk < MAXK; k++) {
		const mention *m = &(*ms)[k];
		if ((m->type != TD_ENT_ORG && m->type != TD_ENT_PER) || !m->g || !m->key ||
		    !has_members(m->key))
			continue;
		size_t q = 0;
		while (q < nk && strcmp(keys[q], m->key))
			q++;
		if (q == nk)
			keys[nk++] = m->key;
	}
	if (!nk)
		return 0;
	size_t next = 0;
	int added = 0;
	for (size_t i = 0; i < c->nt; i++) {
		const td_token *t = &c->tk[i];
		const unsigned char *u = (const unsigned char *)c->t + t->start;
		unsigned b = u[0] | (unsigned)u[1] << 8;
		if ((t->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) || !(t->flags & TD_TOK_ALPHA) ||
		    t->end - t->start < 6 || !(member_starts[b >> 3] & (1u << (b & 7))) ||
		    nchars_(c->t + t->start, t->end - t->start) < 6)
			continue;
		if (!span_free(*ms, *nm, &next, i, i))
			continue;
		size_t sl;
		const char *seq = tok_stem(c, i, &sl);
		int more, lower;
		const td__gaz *g = sl ? td__gaz_find(seq, sl, &more, &lower) : NULL;
		const td__gaz *p = NULL;
		for (; g && !p; g = td__gaz_next(g))
			for (size_t q = 0; q < nk && !p; q++)
				if (g->type == TD_ENT_PER && !strcmp(g->key, keys[q]) && (g->langs & (c->lbit | TD__GAZ_ANY)))
					p = g;
		if (!p)
			continue;
		char lb[WBUF];
		size_t ll = td_text_fold(p->lemma, strlen(p->lemma), lb, sizeof(lb));
		int rc = add_word_persons(c, ms, nm, mcap, i, lb, ll, p->key, 0);
		if (rc < 0)
			return rc;
		added = 1;
	}
	if (added)
		qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}

static int lower_demonyms(ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	if (strcmp(c->a->lang, "bg") && strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk"))
		return 0;
	/* The names of countries and regions in the article. */
	enum { MAXG = 32 };
	const char *gname[MAXG], *gkey[MAXG];
	size_t glen[MAXG];
	int found = country_names(c, *ms, *nm, 1, gname, gkey, glen, MAXG);
	if (found <= 0)
		return found;
	size_t ng = (size_t)found;
	/* A word shares its first five letters with a name or is passed
	 * over at once. */
	uint8_t fives[512], quads[512];
	start_bits(gname, glen, ng, 5, fives);
	quad_bits(gname, glen, ng, quads);
	int added = 0;
	size_t nm0 = *nm;
	uint8_t *cov = NULL;
	for (size_t i = 0; i < c->nt; i++) {
		const td_token *t = &c->tk[i];
		/* Capitalised only where it opens a sentence ("Британците
		 * гласуваха") and no name was found there. */
		int cap = (t->flags & TD_TOK_UPPER) && (t->flags & TD_TOK_SENT_START) &&
			  !(t->flags & TD_TOK_ALLCAPS);
		if (((t->flags & TD_TOK_UPPER) && !cap) || (t->flags & TD_TOK_DIGIT) ||
		    !(t->flags & TD_TOK_ALPHA))
			continue;
		const char *w = c->t + t->start;
		size_t n = t->end - t->start;
		if (n >= WBUF / 2 || n < 12) /* six Cyrillic letters */
			continue;
		char low[WBUF];
		const char *orig = w;
		if (cap) {
			if (td_text_fold(w, n, low, sizeof(low)) != n)
				continue;
			w = low;
		}
		unsigned qb = quad_hash(w);
		if (!((quads[qb >> 3] >> (qb & 7)) & 1) || !start_bit(fives, w, n, 5))
			continue;
		/* Built once it is needed: a scan of the mentions per word
		 * made an article of 100,000 words slow. */
		if (!cov && !(cov = covered_tokens(c, *ms, nm0)))
			return TD_ERR_NOMEM;
		if (cov[i])
			continue;
		/* Adjectives: "британски", "полските", "британською". */
		int adj = 0;
		for (size_t q = 0; q + 4 <= n && !adj; q++)
			adj = w[q] == '\xd1' && (!memcmp(w + q, "ск", 4) ||
			      (q + 6 <= n && (!memcmp(w + q, "ськ", 6) || !memcmp(w + q, "цьк", 6))));
		if (adj)
			continue;
		/* The first five letters (ten bytes of Cyrillic). */
		size_t pre = 0;
		for (int ch = 0; ch < 5 && pre < n; ch++) {
			pre++;
			while (pre < n && ((unsigned char)w[pre] & 0xC0) == 0x80)
				pre++;
		}
		const char *key = NULL;
		for (size_t k = 0; k < ng && !key; k++) {
			const char *f = gname[k];
			size_t fl = glen[k];
			for (size_t q = 0; q + pre <= fl && !key; q++) {
				if (f[q] != w[0] || memcmp(f + q, w, pre))
					continue;
				size_t top = pre;
				while (top < n && q + top < fl && f[q + top] == w[top])
					top++;
				int inside = q > 0 && f[q - 1] != ' ' && f[q - 1] != '-';
				/* The shared letters, longest first ("българи" shares all
				 * of its letters with "България", its suffix is "-и"). */
				for (size_t l = top; l >= pre && !key; l--) {
					if (l < n && ((unsigned char)w[l] & 0xC0) == 0x80)
						continue;
					/* Inside a word of the name ("Великобритания") six
					 * letters at least ("країни" is no "Україна"). */
					size_t chars = 0;
					for (size_t x = 0; x < l; x++)
						chars += ((unsigned char)w[x] & 0xC0) != 0x80;
					if ((!inside || chars >= 6) &&
					    demonym_rest(c, w + l, n - l, f + q + l))
						key = gkey[k];
				}
			}
		}
		if (!key)
			continue;
		size_t ln = n;
		if (!strcmp(c->a->lang, "bg") && n > 8 &&
		    (!memcmp(w + n - 4, "те", 4) || !memcmp(w + n - 4, "та", 4)))
			ln -= 4;
		int rc = add_word_persons(c, ms, nm, mcap, i, orig, ln, key, 1);
		if (rc < 0)
			return rc;
		added = 1;
	}
	if (added)
		qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}


/* The base form of a lower-case adjective before a noun of base form
 * noun: the adjective's (masculine) base form made to agree with a
 * feminine or neuter noun by its last letter ("britský" + "vláda" ->
 * "britská"). */
static size_t agree(const char *lang, const char *adj, size_t an, const char *noun, char *out,
		    size_t cap)
{
	int fem, neu;
	noun_gender(noun, &fem, &neu);
	/* West Slavic nouns in "-um" are Latin neuters ("Forum", "Centrum",
	 * "Muzeum": "Międzynarodowe Forum Ekonomiczne"). */
	size_t nn = strlen(noun);
	if (!fem && !neu && nn > 3 && !strcmp(noun + nn - 2, "um") &&
	    (!strcmp(lang, "pl") || !strcmp(lang, "cs") || !strcmp(lang, "sk")))
		neu = 1;
	/* ... and so are Czech nouns in "-ství", "-ctví", "-stí", "-ží"
	 * ("partnerství", "náměstí", "nádraží"; not the soft adjectives'
	 * "-ší", "-ní": "Nejvyšší"). */
	if (!fem && !neu && !strcmp(lang, "cs") &&
	    (ends_with(noun, nn, "ství") || ends_with(noun, nn, "ctví") || ends_with(noun, nn, "stí") ||
	     ends_with(noun, nn, "ží")))
		neu = 1;
	static const struct {
		const char *lang, *m, *f, *n;
	} forms[] = {
		/* Polish soft adjectives ("wschodni" -> "wschodnia", "trzeci"
		 * -> "trzecia") */
		{"pl", "ni", "nia", "nie"}, {"pl", "ci", "cia", "cie"},
		{"cs", "ý", "á", "é"},   {"sk", "ý", "á", "é"},   {"pl", "i", "a", "ie"},
		{"pl", "y", "a", "e"},   {"sl", "i", "a", "o"},   {"hr", "i", "a", "o"},
		{"ru", "ий", "ая", "ое"}, {"ru", "ый", "ая", "ое"}, {"ru", "ой", "ая", "ое"},
		{"uk", "ий", "а", "е"},  {"bg", "и", "а", "о"},
	};
	size_t o = an < cap ? an : cap - 1;
	memcpy(out, adj, o);
	out[o] = 0;
	if (!fem && !neu)
		return o;
	for (size_t k = 0; k < NELEM(forms); k++) {
		size_t ml = strlen(forms[k].m);
		const char *to = fem ? forms[k].f : forms[k].n;
		size_t tl = strlen(to);
		if (strcmp(forms[k].lang, lang) || o < ml || memcmp(out + o - ml, forms[k].m, ml) ||
		    o - ml + tl + 1 > cap)
			continue;
		memcpy(out + o - ml, to, tl + 1);
		return o - ml + tl;
	}
	return o;
}

/* Whether folded lower-case word w is an adjective of a country named
 * (folded) in names: at least four letters shared with the start of a
 * word of a name, then an adjective's "-sk-" ("brit|ského" of
 * "británie", "бритaн|ского", "bryt|yjskiego"). */
static int country_adjective_of(const char *w, size_t n, const char *const *names,
				const size_t *lens, size_t nn)
{
	for (size_t k = 0; k < nn; k++) {
		const char *f = names[k];
		for (size_t q = 0; q < lens[k]; q++) {
			if (((unsigned char)f[q] & 0xC0) == 0x80 || f[q] != w[0])
				continue;
			size_t l = 0;
			while (l < n && q + l < lens[k] && f[q + l] == w[l])
				l++;
			while (l && ((unsigned char)w[l] & 0xC0) == 0x80)
				l--; /* a whole letter */
			/* Inside a word of the name ("Великобритания") six
			 * letters at least. */
			if (nchars_(w, l) < (q && f[q - 1] != ' ' ? 6u : 4u))
				continue;
			/* "-sk-" within the next five letters. */
			const char *r = w + l;
			size_t rn = n - l;
			for (size_t x = 0, ch = 0; x < rn && ch < 5; x++) {
				if (((unsigned char)r[x] & 0xC0) == 0x80)
					continue;
				ch++;
				if ((rn - x >= 2 && (!memcmp(r + x, "sk", 2) || !memcmp(r + x, "ck", 2))) ||
				    (rn - x >= 4 && (!memcmp(r + x, "ск", 4) || !memcmp(r + x, "цк", 4) ||
						     !memcmp(r + x, "šk", 3))))
					return 1;
			}
		}
	}
	return 0;
}

/* Endings of soft adjectives ("nejvyššího", "najwyższego", "высшего"). */
static const char *const soft_adjective[] = {"ího", "ímu", "ím", "ší", "szego", "szym", "szy",
					     "шего", "шему", "ший", "шим", "щего", "щий"};

/* Whether a word can start like one of state_bodies: "pa", "so", "su",
 * "są", "sú", "па", "су", "съ" (a word has three bytes at least; every
 * entry of the list must pass: body_filter_ok). Inline: it is asked
 * about most lower-case words of a Slavic text. */
static inline int state_body_start(const unsigned char *w)
{
	if (w[0] == 'p')
		return w[1] == 'a';
	if (w[0] == 's')
		return w[1] == 'o' || w[1] == 'u' || (w[1] == 0xC4 && w[2] == 0x85) ||
		       (w[1] == 0xC3 && w[2] == 0xBA);
	if (w[0] == 0xD0 && w[1] == 0xBF)
		return w[2] == 0xD0 && w[3] == 0xB0;
	if (w[0] == 0xD1 && w[1] == 0x81)
		return w[2] == 0xD1 && (w[3] == 0x83 || w[3] == 0x8A);
	return 0;
}

/* Whether every name of state_bodies passes state_body_start, which
 * knows their starts by heart; if one does not, the filter is off. */
static int body_filter_ok;
static pthread_once_t body_filter_once = PTHREAD_ONCE_INIT;

static void check_body_filter(void)
{
	body_filter_ok = 1;
	for (size_t k = 0; k < NELEM(state_bodies); k++)
		body_filter_ok &= strlen(state_bodies[k]) >= 3 &&
				  state_body_start((const unsigned char *)state_bodies[k]);
}

/* A lower-case word of eight bytes or more. */
static int long_lower(const ctx *c, size_t i)
{
	const td_token *t = &c->tk[i];
	return !(t->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) && (t->flags & TD_TOK_ALPHA) &&
	       t->end - t->start >= 8;
}

/* long_lower(), or such a word capitalised as a sentence's first. */
static int long_lower_or_first(const ctx *c, size_t i)
{
	const td_token *t = &c->tk[i];
	if ((t->flags & (TD_TOK_SENT_START | TD_TOK_UPPER | TD_TOK_ALLCAPS | TD_TOK_DIGIT)) ==
		(TD_TOK_SENT_START | TD_TOK_UPPER) &&
	    t->end - t->start >= 8)
		return 1;
	return long_lower(c, i);
}

/* Whether token i is an adjective of a country of names (pairs: the
 * letter pairs that start somewhere in them). */
static int country_word(const ctx *c, size_t i, const uint8_t *pairs, const char *const *names,
			const size_t *lens, size_t nn)
{
	const td_token *t = &c->tk[i];
	char f[WBUF];
	size_t fl = td_text_fold(c->t + t->start, t->end - t->start, f, sizeof(f));
	if (!start_bit(pairs, f, fl, 2))
		return 0;
	return country_adjective_of(f, fl, names, lens, nn);
}

static int lower_institutions(ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	if (!c->slavic)
		return 0;
	enum { MAXG = 16 };
	const char *gname[MAXG], *gkey[MAXG];
	size_t glen[MAXG], ng = 0;
	/* The pairs of letters that start somewhere in the names; the names
	 * are looked for at the first noun of a state body. */
	uint8_t pairs[512];
	int added = 0, named = 0;
	size_t next = 0; /* mentions are in text order: the next one's start */
	pthread_once(&body_filter_once, check_body_filter);
	for (size_t body = 1; body < c->nt; body++) {
		/* The noun first: a parliament or a court (rare), then the
		 * adjective of a country before it, perhaps with one more
		 * ("pákistánského nejvyššího soudu"). */
		const td_token *u = &c->tk[body];
		const unsigned char *ub = (const unsigned char *)c->t + u->start;
		if ((u->flags & (TD_TOK_UPPER | TD_TOK_DIGIT)) || !(u->flags & TD_TOK_ALPHA) ||
		    (body_filter_ok && (u->end - u->start < 3 || !state_body_start(ub))) ||
		    !token_in(c, body, L_STATE_BODIES, 0))
			continue;
		size_t i = body - 1;
		if (!joined(c, body) || !long_lower_or_first(c, i))
			continue;
		if (!named) {
			int found = country_names(c, *ms, *nm, 0, gname, gkey, glen, MAXG);
			if (found <= 0)
				return found;
			ng = (size_t)found;
			start_bits(gname, glen, ng, 2, pairs);
			named = 1;
		}
		if (!country_word(c, i, pairs, gname, glen, ng)) {
			if (i == 0 || !joined(c, i) || !long_lower(c, i) || !long_lower_or_first(c, i - 1) ||
			    !(adjectival(c, i) || ends_in(c, i, soft_adjective, NELEM(soft_adjective))) ||
			    !country_word(c, i - 1, pairs, gname, glen, ng))
				continue;
			i--;
		}
		if (!span_free(*ms, *nm, &next, i, body))
			continue;
		/* Base form: each word's dictionary base form, the adjectives
		 * agreeing with the noun. */
		char lem[WBUF * 4], nb[WBUF];
		td__lexinfo Ln;
		lex(c, body, &Ln);
		const char *noun = Ln.lemma ? Ln.lemma : c->t + c->tk[body].start;
		size_t nl = Ln.lemma ? strlen(noun) : c->tk[body].end - c->tk[body].start;
		if (nl >= sizeof(nb))
			continue;
		memcpy(nb, noun, nl);
		nb[nl] = 0;
		size_t o = 0;
		for (size_t k = i; k < body; k++) {
			td__lexinfo La;
			lex(c, k, &La);
			const char *a = La.lemma ? La.lemma : c->t + c->tk[k].start;
			size_t al = La.lemma ? strlen(a) : c->tk[k].end - c->tk[k].start;
			o += agree(c->a->lang, a, al, nb, lem + o, sizeof(lem) - o - nl - 2);
			lem[o++] = ' ';
		}
		memcpy(lem + o, nb, nl + 1);
		o += nl;
		/* In lower case, as written: its first letter capitalised at
		 * the start of a sentence. */
		char fo[WBUF * 4], cap[WBUF * 4];
		size_t fol = td_text_fold(lem, o, fo, sizeof(fo));
		const char *lm = fo;
		if ((c->tk[i].flags & TD_TOK_UPPER) && fol > 0) {
			int l1, l2;
			td_utf8_decode(fo, fol, &l1);
			td_utf8_decode(c->t + c->tk[i].start, c->tk[i].end - c->tk[i].start, &l2);
			if (fol - (size_t)l1 + (size_t)l2 < sizeof(cap)) {
				memcpy(cap, c->t + c->tk[i].start, (size_t)l2);
				memcpy(cap + l2, fo + l1, fol - (size_t)l1);
				fol = fol - (size_t)l1 + (size_t)l2;
				lm = cap;
			}
		}
		mention m = {i, body + 1, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
		m.lemma = td_arena_strndup(c->ar, lm, fol);
		if (!m.lemma)
			return TD_ERR_NOMEM;
		/* A listed name written in lower case ("британского парламента",
		 * "Британский парламент" in the list) has the list's key. */
		const td__gaz *lg = gaz_of_text(m.lemma, fol, 1);
		if (lg && lg->type == TD_ENT_ORG)
			m.key = lg->key;
		int rc = add_mention(ms, nm, mcap, c->ar, m);
		if (rc < 0)
			return rc;
		added = 1;
	}
	if (added)
		qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}

/* The gazetteer's entry for a name written as text (n bytes): its words
 * by their stems (every listed name has that form), or folded when not
 * stems (names of four words at most). */
static const td__gaz *gaz_of_text(const char *text, size_t n, int stems)
{
	char seq[WBUF * 2];
	size_t sl = 0;
	td_token lt[8];
	size_t nlt = td_tokenize(text, n, lt, 8);
	if (nlt == 0 || nlt > 8)
		return NULL;
	for (size_t k = 0; k < nlt; k++) {
		if (sl + WBUF >= sizeof(seq))
			return NULL;
		if (k)
			seq[sl++] = ' ';
		const char *w = text + lt[k].start;
		size_t wl = lt[k].end - lt[k].start;
		sl += stems ? td__name_stem(w, wl, seq + sl, sizeof(seq) - sl)
			    : td_text_fold(w, wl, seq + sl, sizeof(seq) - sl);
	}
	int more, lower;
	return td__gaz_find(seq, sl, &more, &lower);
}

/* Whether key names a body every state has (a supreme court, a senate,
 * a ministry by its field), not one state's (the State Department, the
 * Cabinet of Ukraine), and no country's yet. */
static const char *const generic_bodies[] = {
	"supremecourt", "senate", "mfa", "mia", "minfin", "minhealth", "minjust", "mindefence",
	"mineducation", "mintransport", "minenergy", "minculture", "minagriculture", "mineconomy",
	"minlabour", "minindustry", "minnature", "minconstruction", "mindigital", "minsport",
	"genprosecutor", "genstaff",
};

static int generic_body(const char *key)
{
	return !strncmp(key, "gov:", 4) && !strchr(key, '@') &&
	       word_listed(generic_bodies, NELEM(generic_bodies), key + 4, strlen(key + 4));
}

/* The initials of name lemma l in capitals, function words left out
 * ("Royal College of Nursing" RCN, "Rassemblement national" RN,
 * "Министерство иностранных дел" МИД), into out; its length, 0 when it has
 * fewer than two or more than six, or a word starts with no letter. */
static size_t initials(const char *l, char *out, size_t cap)
{
	static const char *const skip[] = {
	    "of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "des", "du", "le", "les",
	    "et", "für", "und", "der", "die", "das", "di", "da", "do", "dos", "y", "e", "i", "a", "à",
	    "au", "aux", "в", "во", "и", "на", "за", "по", "для", "z", "w", "na", "ds.", "pro", "za",
	    "od", "u", "v", "ve", "o",
	};
	size_t o = 0, words = 0;
	const char *w = l;
	while (*w) {
		const char *e = strchr(w, ' ');
		size_t wl = e ? (size_t)(e - w) : strlen(w);
		char f[WBUF];
		size_t fl = td_text_fold(w, wl, f, sizeof(f));
		if (wl && !word_listed(skip, NELEM(skip), f, fl)) {
			int cl;
			uint32_t cp = td_utf8_decode(w, wl, &cl);
			if (!u_isalpha((UChar32)cp) || words == 6 || o + 5 >= cap)
				return 0;
			o += (size_t)td_utf8_encode((uint32_t)u_toupper((UChar32)cp), out + o);
			words++;
		}
		if (!e)
			break;
		w = e + 1;
	}
	out[o] = 0;
	return words >= 2 ? o : 0;
}

/* An acronym in capitals that no list has and that is the initials of an
 * organisation the article names in full ("Partido Popular ... el PP",
 * "National Health Service ... the NHS") is that organisation and takes
 * its key; a listed acronym keeps its own ("ЕС" is the Union, not the
 * "Европейски съвет" whose initials it also is). At most 64 distinct
 * names are compared, so the pass stays linear. */
static void initial_acronyms(td_entity *e, size_t n)
{
	enum { MAXN = 64 };
	const char *ini[MAXN], *key[MAXN];
	char buf[MAXN][32];
	size_t nn = 0;
	for (size_t i = 0; i < n && nn < MAXN; i++) {
		if (e[i].type != TD_ENT_ORG || !strchr(e[i].lemma, ' '))
			continue;
		size_t k = 0;
		while (k < nn && strcmp(key[k], e[i].key))
			k++;
		if (k < nn || !initials(e[i].lemma, buf[nn], sizeof(buf[nn])))
			continue;
		ini[nn] = buf[nn];
		key[nn] = e[i].key;
		nn++;
	}
	for (size_t i = 0; i < n && nn; i++) {
		const char *t = e[i].text;
		size_t tl = strlen(t);
		if (e[i].type != TD_ENT_ORG || tl < 2 || tl > 24 || strchr(t, ' ') || !td__all_caps(t, tl) ||
		    strchr(e[i].key, ':'))
			continue;
		for (size_t k = 0; k < nn; k++) {
			if (strcmp(ini[k], t) || !strcmp(key[k], e[i].key))
				continue;
			const char *from = e[i].key, *to = key[k];
			for (size_t x = 0; x < n; x++)
				if (!strcmp(e[x].key, from))
					e[x].key = to;
			break;
		}
	}
}

/* The country most of the article's places that are countries name, when
 * it is named at least twice and more often than all others together:
 * its key ("gpe:pk"), else NULL. */
static const char *majority_country(const td_entity *e, size_t n)
{
	const char *best = NULL;
	size_t bn = 0, total = 0;
	for (size_t i = 0; i < n; i++) {
		if (e[i].type != TD_ENT_LOC || strncmp(e[i].key, "gpe:", 4))
			continue;
		total++;
		if (best && !strcmp(best, e[i].key)) {
			bn++;
			continue;
		}
		/* Boyer-Moore majority vote: only a majority survives. */
		if (bn == 0) {
			best = e[i].key;
			bn = 1;
		} else
			bn--;
	}
	if (!best)
		return NULL;
	size_t cnt = 0;
	for (size_t i = 0; i < n; i++)
		cnt += e[i].type == TD_ENT_LOC && !strcmp(e[i].key, best);
	return cnt >= 2 && 2 * cnt > total ? best : NULL;
}

/* A body every state has, named once with its country ("Pakistański Sąd
 * Najwyższy", `gov:supremecourt@pk`) and elsewhere in the article
 * without it ("Sąd Najwyższy"), is the same body when the article names
 * it with one country only. Named only without a country, it is the body
 * of the country the article is about: the one most of its countries are
 * ("Верховный суд" beside four mentions of Pakistan and one of the US). */
static int one_country_bodies(td_entity *e, size_t n, td_arena *ar)
{
	const char *major = NULL;
	int major_done = 0;
	/* Each body's answer is found once (a key of generic_bodies each): an
	 * article may name it thousands of times. */
	struct {
		const char *key, *with;
	} seen[NELEM(generic_bodies)];
	size_t nseen = 0;
	for (size_t i = 0; i < n; i++) {
		if (e[i].type != TD_ENT_ORG || !generic_body(e[i].key))
			continue;
		size_t s = 0;
		while (s < nseen && strcmp(seen[s].key, e[i].key))
			s++;
		if (s == nseen) {
			size_t bl = strlen(e[i].key);
			const char *with = NULL;
			int several = 0;
			for (size_t x = 0; x < n && !several; x++)
				if (e[x].type == TD_ENT_ORG && !strncmp(e[x].key, e[i].key, bl) && e[x].key[bl] == '@') {
					several = with && strcmp(with, e[x].key);
					with = e[x].key;
				}
			if (!with) {
				if (!major_done) {
					major = majority_country(e, n);
					major_done = 1;
				}
				if (major && !(with = body_key(ar, e[i].key, major)))
					return TD_ERR_NOMEM;
			}
			seen[s].key = e[i].key;
			seen[s].with = with && !several ? with : NULL;
			nseen++;
		}
		if (seen[s].with)
			e[i].key = seen[s].with;
	}
	return 0;
}

/* The key of the country among g's chain of entries, or NULL. */
static const char *country_key(const td__gaz *g)
{
	for (; g; g = td__gaz_next(g))
		if (g->type == TD_ENT_LOC && !strncmp(g->key, "gpe:", 4))
			return g->key;
	return NULL;
}

/* English: the country token k names as an adjective or a possessive
 * ("Russian", "Ukrainian", "Pakistani", "Chinese", "British", "Turkish",
 * "Pakistan's"): the word with a demonym's ending replaced by a country
 * name's is a listed country; its key, or NULL. */
static const char *english_country_of(const ctx *c, size_t k)
{
	static const struct {
		const char *end, *repl;
	} forms[] = {
		{"'s", ""},	   {"\xE2\x80\x99s", ""}, {"n", ""},	 {"ian", "ia"},  {"ian", "e"},
		{"ian", ""},	   {"i", ""},		    {"ese", "a"},	 {"ish", "ain"}, {"ish", "ey"},
		{"ish", "and"},	   {"ish", "en"},	    {"nish", "in"},  {"ean", "ea"},  {"ench", "ance"},
		{"", "y"},
	};
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	char f[WBUF];
	if (!(c->tk[k].flags & TD_TOK_UPPER) || (c->tk[k].flags & TD_TOK_ALLCAPS) || n < 4 || n + 8 > sizeof(f))
		return NULL;
	size_t fl = tok_fold(c, k, f, sizeof(f));
	const char *irr = english_irregular_country(f, fl);
	if (irr)
		return country_key(gaz_of_text(irr, strlen(irr), 0));
	for (size_t q = 0; q < NELEM(forms); q++) {
		size_t el = strlen(forms[q].end), rl = strlen(forms[q].repl);
		if (n < el + 3 || memcmp(w + n - el, forms[q].end, el))
			continue;
		memcpy(f, w, n - el);
		memcpy(f + n - el, forms[q].repl, rl);
		const char *key = country_key(gaz_of_text(f, n - el + rl, 0));
		if (key)
			return key;
	}
	return NULL;
}

/* The country whose adjective token k is ("российский", "пакистанского",
 * "український", "Pakistański", "rosyjskie"): the word cut before its
 * "-ск-", "-ськ-" or "-sk-" suffix names a listed country, as it is or
 * with one or two last letters off ("американ" -> "Америк(а)"; Polish
 * "-ań", "-yj" read as "-an", "-j"); its key, or NULL. */
/* Lemma of a body's name (mention m) with the adjective at token a
 * before it: the adjective's base form, agreeing with the name's first
 * word and in its case as written, then lemma; NULL when out of memory. */
static char *with_adjective(ctx *c, const mention *m, size_t a, const char *lemma)
{
	td__lexinfo L;
	lex(c, a, &L);
	const char *w = c->t + c->tk[a].start;
	size_t wn = c->tk[a].end - c->tk[a].start;
	char ab[WBUF], ag[WBUF * 2], head[WBUF];
	size_t al;
	if (!strcmp(c->a->lang, "bg") && (al = bg_indefinite(c, a, 1, ab, sizeof(ab))))
		; /* "Пакистанският" -> "Пакистански" */
	else if (L.lemma && !(c->tk[a].flags & TD_TOK_ALLCAPS))
		al = recased(L.lemma, strlen(L.lemma), (c->tk[a].flags & TD_TOK_UPPER) != 0, ab, sizeof(ab));
	else
		al = copy_cut(ab, sizeof(ab), w, wn);
	const char *sp = strchr(lemma, ' ');
	size_t hl = sp ? (size_t)(sp - lemma) : strlen(lemma);
	copy_cut(head, sizeof(head), lemma, hl);
	size_t gl = agree(c->a->lang, ab, al, gender_noun(c, a, m->i, head), ag, sizeof(ag));
	size_t ll = strlen(lemma);
	char *out = td_arena_alloc(c->ar, gl + 1 + ll + 1);
	if (!out)
		return NULL;
	memcpy(out, ag, gl);
	out[gl] = ' ';
	memcpy(out + gl + 1, lemma, ll + 1);
	return out;
}

static const char *country_of_adjective(const ctx *c, size_t k)
{
	/* "ськ", "ск", "sk" */
	static const char *const suf[] = {"\xD1\x81\xD1\x8C\xD0\xBA", "\xD1\x81\xD0\xBA", "sk"};
	const char *w = c->t + c->tk[k].start;
	size_t n = c->tk[k].end - c->tk[k].start;
	char f[WBUF];
	size_t fl = td_text_fold(w, n, f, sizeof(f)), cut = 0;
	if (fl < 8)
		return NULL;
	for (size_t s = 0; s < NELEM(suf) && !cut; s++) {
		size_t sl = strlen(suf[s]);
		for (size_t p = fl - sl; p >= 4 && fl - p <= sl + 12; p--)
			if (!memcmp(f + p, suf[s], sl)) {
				cut = p;
				break;
			}
	}
	/* Polish "-ański", "-yjski" of "-an", "-ja" ("pakistański",
	 * "rosyjski"). */
	if (cut >= 4 && !memcmp(f + cut - 2, "\xC5\x84", 2)) /* "ń" */
		f[cut - 2] = 'n', cut--;
	else if (cut >= 4 && f[cut - 2] == 'y' && f[cut - 1] == 'j')
		f[cut - 2] = 'j', cut--;
	for (int drop = 0; drop <= 2 && cut >= 4; drop++) {
		const char *key = country_key(gaz_of_text(f, cut, 1));
		if (key)
			return key;
		do
			cut--;
		while (cut > 0 && ((unsigned char)f[cut] & 0xC0) == 0x80);
	}
	return NULL;
}

/* German: the stem of capitalised token i when it is an adjective (a
 * base of the list or a stem with an adjective's suffix, then an
 * inflection: "Deutsche", "Statistischen", "Weißen", "Vereinten"), into
 * out (folded); 0 when it is none. */
static size_t german_adjective(const ctx *c, size_t i, char *out, size_t cap)
{
	static const char *const ends[] = {"en", "er", "es", "em", "e"};
	static const char *const sufs[] = {"isch", "lich", "ig", "bar", "sam", "haft", "ös", "los"};
	static const char *const bases[] = {
		"deutsch", "weiß", "schwarz", "rot", "grün", "blau", "gelb", "frei", "neu", "alt",
		"groß", "klein", "hoch", "vereint", "vereinigt", "heilig", "national", "international",
		"regional", "föderal", "zentral", "sozial", "liberal", "global", "nord", "süd", "ost",
		"west", "mittler", "ober", "nieder", "erst", "zweit",
	};
	/* Nouns with an adjective's ending. */
	static const char *const nouns[] = {"tisch", "fisch", "gemisch", "könig", "honig", "essig",
					    "käfig", "pfennig", "zweig", "teig", "nachbar", "balsam"};
	const td_token *t = &c->tk[i];
	if (!(t->flags & TD_TOK_UPPER) || (t->flags & TD_TOK_ALLCAPS))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, i, f, sizeof(f));
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k]);
		if (fl < el + 3 || memcmp(f + fl - el, ends[k], el))
			continue;
		size_t sl = fl - el;
		if (sl >= cap)
			return 0;
		memcpy(out, f, sl);
		out[sl] = 0;
		if (word_listed(nouns, NELEM(nouns), out, sl) || (sl >= 6 && !memcmp(out + sl - 6, "schaft", 6)))
			return 0;
		if (word_listed(bases, NELEM(bases), out, sl))
			return sl;
		for (size_t q = 0; q < NELEM(sufs); q++) {
			size_t ql = strlen(sufs[q]);
			if (sl >= ql + 3 && !memcmp(out + sl - ql, sufs[q], ql))
				return sl;
		}
		return 0;
	}
	return 0;
}

/* Brands written with a lower-case letter before a capital ("iPhone",
 * "iPad", "eBay", "iCloud"): a name no capital starts, in Latin letters
 * and digits, a lower-case letter after the capital ("mRNA", "iOS" are
 * left: acronyms with a prefix), not a unit after a number ("5 kWh").
 * A product, as written; the gazetteer's type and key where it lists it. */
static int camel_brands(ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	int added = 0;
	size_t next = 0;
	for (size_t i = 0; i < c->nt; i++) {
		const td_token *t = &c->tk[i];
		const char *w = c->t + t->start;
		size_t n = t->end - t->start;
		if (n < 4 || n > 24 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z')
			continue;
		int lower = 0, other = 0;
		for (size_t k = 2; k < n; k++) {
			char ch = w[k];
			lower |= ch >= 'a' && ch <= 'z';
			other |= !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
		}
		if (!lower || other)
			continue;
		if (i > 0 && (c->tk[i - 1].flags & (TD_TOK_DIGIT | TD_TOK_ALPHA)) == TD_TOK_DIGIT)
			continue;
		if (!span_free(*ms, *nm, &next, i, i))
			continue;
		mention m = {i, i + 1, NULL, TD_ENT_PRO, 0, 1, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
		const td__gaz *g = gaz_of_text(w, n, 0);
		if (g) {
			m.g = g;
			m.type = g->type;
		}
		if (!(m.lemma = td_arena_strndup(c->ar, w, n)))
			return TD_ERR_NOMEM;
		int rc = add_mention(ms, nm, mcap, c->ar, m);
		if (rc < 0)
			return rc;
		added = 1;
	}
	if (added)
		qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}

/* German writes an adjective with a capital only inside a name: "die
 * Deutsche Bahn", "des Statistischen Bundesamts", "das Weiße Haus", "den
 * Vereinten Nationen". One or two such adjectives inside a sentence and
 * the noun after them are a name; its base form has the adjectives'
 * weak ending ("Statistische Bundesamt", as after "das") and the noun as
 * written, less a genitive's "-s" after "des". Names the gazetteer lists
 * take its key ("Vereinte Nationen": org:un). */
static int german_adjective_names(ctx *c, mention **ms, size_t *nm, size_t *mcap)
{
	static const char *const places[] = {"meer", "see", "haus", "platz", "straße", "insel",
					     "gebirge", "wald", "küste", "bucht", "staaten",
					     "republik", "königreich", "emirate", "alpen"};
	if (!c->nouncaps)
		return 0;
	int added = 0;
	size_t next = 0;
	for (size_t i = 1; i + 1 < c->nt; i++) {
		char a1[WBUF], a2[WBUF];
		if ((c->tk[i].flags & TD_TOK_SENT_START) || !german_adjective(c, i, a1, sizeof(a1)))
			continue;
		size_t noun = i + 1, na = 1;
		if (!joined(c, noun))
			continue;
		if (noun + 1 < c->nt && joined(c, noun + 1) && german_adjective(c, noun, a2, sizeof(a2))) {
			noun++;
			na = 2;
		}
		const td_token *u = &c->tk[noun];
		char tmp[WBUF];
		if (!(u->flags & TD_TOK_UPPER) || (u->flags & TD_TOK_ALLCAPS) ||
		    german_adjective(c, noun, tmp, sizeof(tmp)))
			continue;
		if (!span_free(*ms, *nm, &next, i, noun))
			continue;
		/* Base form. */
		char lem[WBUF * 3];
		size_t o = 0;
		for (size_t k = 0; k < na; k++) {
			const char *st = k ? a2 : a1;
			const char *w = c->t + c->tk[i + k].start;
			int l1, l2;
			td_utf8_decode(w, c->tk[i + k].end - c->tk[i + k].start, &l1);
			td_utf8_decode(st, strlen(st), &l2);
			size_t sl = strlen(st);
			if (o + (size_t)l1 + sl + 4 >= sizeof(lem))
				break;
			memcpy(lem + o, w, (size_t)l1); /* its capital */
			memcpy(lem + o + l1, st + l2, sl - (size_t)l2);
			o += (size_t)l1 + sl - (size_t)l2;
			lem[o++] = 'e';
			lem[o++] = ' ';
		}
		const char *nw = c->t + u->start;
		size_t nn = u->end - u->start;
		char art[8];
		size_t al = i > 0 ? tok_fold(c, i - 1, art, sizeof(art)) : 0;
		if (((al == 3 && !memcmp(art, "des", 3)) || (al == 5 && !memcmp(art, "eines", 5))) && nn >= 4 &&
		    nw[nn - 1] == 's')
			nn -= nw[nn - 2] == 'e' && nn > 5 ? 2 : 1;
		if (o + nn + 1 >= sizeof(lem))
			continue;
		memcpy(lem + o, nw, nn);
		o += nn;
		lem[o] = 0;
		mention m = {i, noun + 1, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
		char nf[WBUF];
		size_t nfl = td_text_fold(nw, nn, nf, sizeof(nf));
		for (size_t k = 0; k < NELEM(places); k++) {
			size_t pl = strlen(places[k]);
			if (nfl >= pl && !memcmp(nf + nfl - pl, places[k], pl))
				m.type = TD_ENT_LOC;
		}
		if (token_in(c, noun, L_MEDIA_HEADS, 0))
			m.type = TD_ENT_PRO;
		/* The gazetteer by the base form's stems. */
		const td__gaz *g = gaz_of_text(lem, o, 1);
		if (g) {
			m.g = g;
			m.type = g->type;
		}
		m.quoted = 1;
		if (!(m.lemma = td_arena_strndup(c->ar, lem, o)))
			return TD_ERR_NOMEM;
		int rc = add_mention(ms, nm, mcap, c->ar, m);
		if (rc < 0)
			return rc;
		added = 1;
		i = noun;
	}
	if (added)
		qsort(*ms, *nm, sizeof(mention), cmp_mention);
	return 0;
}

/* Whether the text between tokens a (exclusive end) and b (start) of a
 * name list is a comma or a conjunction ("Манчестър, Нюкасъл и
 * Шефийлд", "Polski i Węgier", "Islámábádem a Rávalpindí"). */
static int list_gap(const ctx *c, size_t a, size_t b)
{
	static const char *const conj[] = {"и", "i", "a", "and", "oraz", "ta", "та", "й", "in",
					   "ter", "або", "или", "lub", "albo", "nebo", "ali", "or",
					   "&", "및", "e", "ed", "y", "et", "und", "o", "ou", "oder"};
	/* Words that are conjunctions in some languages only: Slovene
	 * "in", "ter", "ali" (Croatian "ali" is "but"), the West Slavic
	 * "a", Ukrainian "ta"; elsewhere "in" and "a" are a preposition and
	 * an article ("met Merz in Berlin"). */
	static const struct {
		const char *w, *langs;
	} only[] = {{"in", "sl"},	  {"ter", "sl"},      {"ali", "sl"}, {"a", "cs sk pl sl hr bs sr"},
		    {"ta", "uk"},	  {"e", "it pt"},     {"ed", "it"},  {"y", "es"},
		    {"et", "fr"},	  {"und", "de"},      {"o", "es it pt"}, {"ou", "fr pt"},
		    {"oder", "de"}};
	if (b == a) {
		const char *s = c->t + c->tk[a - 1].end, *e = c->t + c->tk[b].start;
		int comma = 0;
		for (; s < e; s++) {
			if (*s == ',')
				comma++;
			else if (*s != ' ')
				return 0;
		}
		return comma == 1;
	}
	if (b != a + 1)
		return 0;
	const char *w = c->t + c->tk[a].start;
	size_t n = c->tk[a].end - c->tk[a].start;
	for (size_t q = 0; q < NELEM(only); q++)
		if (strlen(only[q].w) == n && !memcmp(only[q].w, w, n) &&
		    (strlen(c->a->lang) != 2 || !strstr(only[q].langs, c->a->lang)))
			return 0;
	for (size_t k = 0; k < NELEM(conj); k++)
		if (strlen(conj[k]) == n && !memcmp(conj[k], w, n)) {
			/* Nothing but spaces (and one comma before it) around. */
			const char *s = c->t + c->tk[a - 1].end, *e = w;
			for (; s < e; s++)
				if (*s != ' ' && *s != ',')
					return 0;
			for (s = w + n, e = c->t + c->tk[b].start; s < e; s++)
				if (*s != ' ')
					return 0;
			return 1;
		}
	return 0;
}

/* Whether lone mention m is a person by evidence: a surname of the
 * article, a form of persons (inhabitants: "Polacy"), or a word that a
 * title or a role types a person elsewhere ("prezident Trump"). */
static int person_elsewhere(const ctx *c, const uint64_t *cued, size_t ccap, const mention *m,
			    const uint64_t *surn, size_t scap)
{
	size_t sl;
	const char *st = tok_stem(c, m->i, &sl);
	if (hset_has(surn, scap, st, sl))
		return 1;
	td__lexinfo L;
	lex(c, m->i, &L);
	if (persons_form(c, m->i, &L))
		return 1;
	return cued && hset_has(cued, ccap, st, sl);
}

/* Types a lone word that starts an organisation's name of several words
 * elsewhere in the article as that organisation, with its key (the
 * rule is described where it is called). */
static int organisation_starts(ctx *c, mention *ms, size_t nm, const uint64_t *surn, size_t scap)
{
	uint64_t *first = NULL;
	mention **org = NULL;
	size_t cap = table_cap(nm);
	for (size_t q = 0; q < nm; q++) {
		mention *p = &ms[q];
		if (p->type != TD_ENT_ORG || p->j - p->i < 2 || p->acronym || p->quoted ||
		    (c->tk[p->i].flags & TD_TOK_ALLCAPS) || !person_word(c, p->i) ||
		    !(p->g || token_in(c, p->j - 1, L_ORG_HEADS, 0)))
			continue;
		if (!first) {
			first = td_arena_calloc(c->ar, cap * sizeof(uint64_t));
			org = td_arena_calloc(c->ar, cap * sizeof(mention *));
			if (!first || !org)
				return TD_ERR_NOMEM;
		}
		/* The slot of the stem holds the first organisation with it. */
		size_t fl;
		const char *st = tok_stem(c, p->i, &fl);
		uint64_t h = h64(st, fl);
		size_t x = (size_t)h & (cap - 1);
		while (first[x] && first[x] != h)
			x = (x + 1) & (cap - 1);
		if (!first[x]) {
			first[x] = h;
			org[x] = p;
		}
	}
	if (!first)
		return 0;
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		if (m->j - m->i != 1 || m->acronym || m->percue || m->quoted || (m->g && !m->town) ||
		    !(m->type == TD_ENT_PER || m->type == TD_ENT_LOC) ||
		    (c->tk[m->i].flags & TD_TOK_ALLCAPS) || !person_word(c, m->i))
			continue;
		size_t fl;
		const char *st = tok_stem(c, m->i, &fl);
		uint64_t h = h64(st, fl);
		size_t x = (size_t)h & (cap - 1);
		while (first[x] && first[x] != h)
			x = (x + 1) & (cap - 1);
		if (!first[x])
			continue;
		char s1[WBUF];
		const char *lem = m->lemma;
		size_t l1 = td__name_stem(lem, strlen(lem), s1, sizeof(s1));
		if (hset_has(surn, scap, s1, l1))
			continue;
		mention *p = org[x];
		if (!p->key && !(p->key = key_of(c, p, p->lemma)))
			return TD_ERR_NOMEM;
		m->type = TD_ENT_ORG;
		m->key = p->key;
		if (m->town) {
			m->g = NULL;
			m->town = 0;
		}
	}
	return 0;
}

/* A lone word typed a person by default only, with no person's
 * evidence, takes the type of a place or an organisation it is listed
 * with: coordinated names are of one kind. */
static void coordinated(const ctx *c, mention *ms, size_t nm, const uint64_t *surn, size_t scap)
{
	/* The last words' stems of the persons a word before them typed
	 * (coordinated() changes no such mention). */
	size_t ccap = table_cap(nm);
	uint64_t *cued = td_arena_calloc(c->ar, ccap * sizeof(uint64_t));
	if (cued)
		for (size_t q = 0; q < nm; q++)
			if (ms[q].percue && ms[q].type == TD_ENT_PER && !ms[q].key) {
				size_t ol;
				const char *o = tok_stem(c, ms[q].j - 1, &ol);
				hset_add(cued, ccap, o, ol);
			}
	for (int pass = 0; pass < 2; pass++)
		for (size_t x = 0; x < nm; x++) {
			size_t k = pass ? nm - 1 - x : x;
			mention *m = &ms[k];
			if (m->g || m->j - m->i != 1 || m->type != TD_ENT_PER || m->percue || m->cued ||
			    m->acronym || m->quoted || m->key)
				continue;
			const mention *p = pass ? (k + 1 < nm ? &ms[k + 1] : NULL) : (k ? &ms[k - 1] : NULL);
			if (!p || (p->type != TD_ENT_LOC && p->type != TD_ENT_ORG) ||
			    !(p->g || p->cued || p->town))
				continue;
			if (person_elsewhere(c, cued, ccap, m, surn, scap))
				continue;
			if (pass ? !list_gap(c, m->j, p->i) : !list_gap(c, p->j, m->i))
				continue;
			m->type = p->type;
			m->cued = 1;
		}
}

static int first_names(ctx *c, mention *ms, size_t nm, const uint64_t *surn, size_t scap)
{
	enum { MAXP = 64 };
	char *first[MAXP];
	size_t flen[MAXP], np = 0;
	const mention *who[MAXP];
	for (size_t q = 0; q < nm && np < MAXP; q++) {
		const mention *p = &ms[q];
		/* First name and surname only: longer runs may cross names. */
		if (p->g || p->type != TD_ENT_PER || p->j - p->i != 2 || p->acronym || !p->lemma)
			continue;
		const char *sp = strchr(p->lemma, ' ');
		if (!sp)
			continue;
		char st[WBUF];
		size_t sl = td__name_stem(p->lemma, (size_t)(sp - p->lemma), st, sizeof(st));
		if (sl < 3)
			continue;
		if (!(first[np] = td_arena_strndup(c->ar, st, sl)))
			return TD_ERR_NOMEM;
		flen[np] = sl;
		who[np++] = p;
	}
	for (size_t k = 0; k < nm && np; k++) {
		mention *m = &ms[k];
		if (m->j - m->i != 1 || m->acronym || m->quoted)
			continue;
		/* Regions and places that are also first names (Asia); not
		 * countries or big cities (London, Georgia). */
		int place = m->g && m->type == TD_ENT_LOC && strncmp(m->g->key, "gpe:", 4) &&
			    (strncmp(m->g->key, "city:", 5) || m->town);
		if (!place && (m->g || m->type != TD_ENT_PER || m->key))
			continue;
		size_t sl;
		const char *st = tok_stem(c, m->i, &sl);
		/* Not a surname of the article ("Bibiová"). */
		if (hset_has(surn, scap, st, sl))
			continue;
		for (size_t x = 0; x < np; x++)
			if (flen[x] == sl && !memcmp(first[x], st, sl)) {
				const mention *p = who[x];
				/* A listed place only where one of its names is the
				 * first name itself ("Asia", "Asia Bibi"), not one
				 * that shares its stem ("Джорджии", "Джордж Буш"). */
				if (place) {
					char f[WBUF];
					size_t fl = td_text_fold(p->lemma, (size_t)(strchr(p->lemma, ' ') - p->lemma), f, sizeof(f));
					if (!chain_named(m->g, f, fl))
						continue;
				}
				char *key = key_of(c, p, p->lemma);
				if (!key)
					return TD_ERR_NOMEM;
				if (place) {
					m->g = NULL;
					m->town = 0;
					m->lemma = lemma_of(c, m);
					if (!m->lemma)
						return TD_ERR_NOMEM;
				}
				m->type = TD_ENT_PER;
				m->key = key;
				break;
			}
	}
	return 0;
}

/* Possessive adjectives of a person's name, as Slovene, Croatian, Czech
 * and Slovak form them ("Merklova", "Trumpovega", "Mayeve", "Trumpův"),
 * name that person: their base form is the surname of the person the
 * article names in full under the same key ("Angela Merkel" ->
 * "Merkel"). Endings of the adjectives, longest first per language. */
static const struct {
	const char *lang, *end;
} possessive_ends[] = {
	{"sl", "ovega"}, {"sl", "ovemu"}, {"sl", "evega"}, {"sl", "evemu"}, {"sl", "inega"},
	{"sl", "ovem"},  {"sl", "ovim"},  {"sl", "ovih"},  {"sl", "evem"},  {"sl", "evim"},
	{"sl", "evih"},  {"sl", "ova"},   {"sl", "ove"},   {"sl", "ovi"},   {"sl", "ovo"},
	{"sl", "eva"},   {"sl", "eve"},   {"sl", "evi"},   {"sl", "evo"},   {"sl", "ov"},
	{"sl", "ev"},    {"hr", "ovog"},  {"hr", "ovom"},  {"hr", "ovim"},  {"hr", "ovih"},
	{"hr", "ova"},   {"hr", "ove"},   {"hr", "ovo"},   {"hr", "ov"},    {"cs", "ových"},
	{"cs", "ovým"},  {"cs", "ovou"},  {"cs", "ův"},    {"cs", "ova"},   {"cs", "ovo"},
	{"cs", "ovy"},   {"cs", "ově"},   {"cs", "ovu"},   {"sk", "ových"}, {"sk", "ovým"},
	{"sk", "ovho"},  {"sk", "ovmu"},  {"sk", "ovom"},  {"sk", "ova"},   {"sk", "ovo"},
	{"sk", "ovi"},   {"sk", "ov"},
};

/* Splits s at its spaces into at most cap words (start and length);
 * returns how many. */
static size_t space_words(const char *s, const char **w, size_t *len, size_t cap)
{
	size_t nw = 0;
	for (const char *p = s; *p && nw < cap;) {
		const char *q = strchr(p, ' ');
		size_t l = q ? (size_t)(q - p) : strlen(p);
		w[nw] = p;
		len[nw++] = l;
		p += l + (q != NULL);
	}
	return nw;
}

/* Whether the n-byte word w ends in "-а" (Cyrillic) or "-a" after a
 * consonant, with two letters before it at least, and is no adjective
 * ("Zahodnega", "Западного"); the ending's length. Slovene and Croatian
 * put a "j" before the ending of a foreign name ("Varadkarja",
 * "Vladimirja"; "lj" and "nj" are letters of their own): it goes too. */
static size_t a_ending(const char *lang, const char *w, size_t n)
{
	static const char *const adj[] = {"ega", "ога", "ега", "ого", "его", "ska", "cka", "ová", "ова",
					  "ева", "ина", "ská"};
	size_t el = n > 2 && !memcmp(w + n - 2, "\xD0\xB0", 2) ? 2 : n > 1 && w[n - 1] == 'a' ? 1 : 0;
	if (!el || n < el + 3)
		return 0;
	for (size_t k = 0; k < NELEM(adj); k++)
		if (ends_with(w, n, adj[k]))
			return 0;
	/* (The letter before the ending.) */
	if (vowel_before(w, n - el))
		return 0;
	if (el == 1 && w[n - 2] == 'j' && n >= 5 && !strchr("lnaeiouj", w[n - 3]) &&
	    (!strcmp(lang, "sl") || !strcmp(lang, "hr") || !strcmp(lang, "bs") || !strcmp(lang, "sr")))
		el = 2;
	return el;
}

/* A person's name the dictionaries do not know, in the genitive or
 * accusative of a man's name ("Дональда Трампа", "Дэвида Дэвиса",
 * "Мухаммеда"): its words end in a consonant and "-а", as a woman's name
 * in the nominative does too ("Роберта Метсола"). The article decides:
 * where it writes the surname without the ending ("Трамп") or in the
 * instrumental of a man's name ("Трампом", "Trumpem"), which no name in
 * "-а" has, or where the surname's base form already lost the ending, the
 * "-а" is a case ending and goes from every word of the name that still
 * has it. */
/* Russian, Ukrainian: whether the word before byte offset start (past
 * one capitalised word, a country in the genitive: "президента США") is a
 * man's title in the genitive or accusative ("президента", "пророка",
 * "председателя", "главы"): the name after it is in the same case
 * ("пророка Мухаммеда", "министра Дэвида Дэвиса"). */
static int title_genitive_before(const ctx *c, size_t start)
{
	static const char *const titles[] = {
		"президент", "премьер", "премьер-министр", "министр", "канцлер", "лидер", "посол",
		"сенатор", "депутат", "спикер", "кандидат", "губернатор", "мэр", "журналист", "актер",
		"актёр", "тренер", "король", "принц", "генерал", "директор", "писател", "эксперт",
		"пророк", "основател", "председател", "госсекретар", "секретар", "экс-президент",
		"экс-премьер", "экс-министр", "вице-президент", "прем'єр", "прем'єр-міністр", "міністр",
		"лідер", "посл", "речник", "письменник", "засновник", "голов", "держсекретар",
		"екс-президент", "віце-президент", "глав", "бизнесмен", "миллиардер", "мільярдер",
		"бізнесмен", "адвокат", "юрист", "судь", "суддя", "судья", "пап",
	};
	static const char *const ends[] = {"а", "я", "ы", "и"};
	const char *t = c->a->text;
	size_t e = start;
	for (int skip = 0; skip < 2; skip++) {
		while (e > 0 && t[e - 1] == ' ')
			e--;
		size_t b = e;
		while (b > 0 && ((unsigned char)t[b - 1] >= 0x80 || t[b - 1] == '-' || t[b - 1] == '\''))
			b--;
		if (b == e || e - b >= WBUF)
			return 0;
		char f[WBUF];
		size_t fl = td_text_fold(t + b, e - b, f, sizeof(f));
		if (fl && memcmp(f, t + b, fl)) {
			/* Capitalised: a country's genitive may stand between. */
			if (skip)
				return 0;
			e = b;
			continue;
		}
		for (size_t k = 0; k < NELEM(titles); k++) {
			size_t tl = strlen(titles[k]);
			if (fl <= tl || memcmp(f, titles[k], tl))
				continue;
			for (size_t q = 0; q < NELEM(ends); q++)
				if (fl - tl == strlen(ends[q]) && !memcmp(f + tl, ends[q], fl - tl)) {
					/* "ы"/"и" only for "главы", "голови". */
					if (q >= 2 && strcmp(titles[k], "глав") && strcmp(titles[k], "голов"))
						continue;
					return 1;
				}
		}
		return 0;
	}
	return 0;
}

/* The words of a person's name and of its lemma (arrays of 9), as many
 * of each, at most 8: their number; 0 when e is no such name. */
static size_t person_words(const td_entity *e, const char **tw, size_t *tn, const char **lw, size_t *ln)
{
	if (e->type != TD_ENT_PER || e->dateline || strlen(e->text) >= WBUF || strlen(e->lemma) >= WBUF)
		return 0;
	size_t nw = space_words(e->text, tw, tn, 9), nl = space_words(e->lemma, lw, ln, 9);
	return nw && nw == nl && nw <= 8 ? nw : 0;
}

/* Sets e's lemma to the nw words w (lengths wn) joined by spaces; leaves
 * it as it is when they do not fit or the arena is full. */
static void set_lemma_words(ctx *c, td_entity *e, const char *const *w, const size_t *wn, size_t nw)
{
	char out[WBUF];
	size_t o = 0;
	for (size_t q = 0; q < nw; q++) {
		if (o + wn[q] + (q + 1 < nw) > sizeof(out))
			return;
		memcpy(out + o, w[q], wn[q]);
		o += wn[q];
		if (q + 1 < nw)
			out[o++] = ' ';
	}
	char *lem = td_arena_strndup(c->ar, out, o);
	if (lem)
		e->lemma = lem;
}

static void oblique_masculine(ctx *c, td_entity *es, size_t n)
{
	static const char *const instr[] = {"\xD0\xBE\xD0\xBC", "\xD0\xB5\xD0\xBC", "om", "em"};
	/* Slavic languages with noun cases. */
	if (!c->slavic || !strcmp(c->a->lang, "bg") || !strcmp(c->a->lang, "mk"))
		return;
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		const char *tw[9], *lw[9];
		size_t tn[9], ln[9];
		size_t nw = person_words(e, tw, tn, lw, ln);
		if (!nw)
			continue;
		size_t s = nw - 1, el = a_ending(c->a->lang, tw[s], tn[s]);
		if (!el)
			continue;
		/* The surname's evidence. */
		int seen = ln[s] + el == tn[s] && !memcmp(lw[s], tw[s], ln[s]);
		char f[WBUF + 8];
		size_t fl = td_text_fold(tw[s], tn[s] - el, f, WBUF);
		seen = seen || set_has(c, f, fl);
		/* (Slovak and Croatian men's names in "-a" take "-om" too:
		 * "Obamom", "Nikolom" are Obama's and Nikola's.) */
		int om_both = !strcmp(c->a->lang, "sk") || !strcmp(c->a->lang, "hr") || !strcmp(c->a->lang, "bs") ||
			      !strcmp(c->a->lang, "sr");
		for (size_t q = 0; q < NELEM(instr) && !seen; q++) {
			size_t il = strlen(instr[q]);
			if ((el == 2) != ((unsigned char)instr[q][0] >= 0x80) || (om_both && !strcmp(instr[q], "om")))
				continue;
			memcpy(f + fl, instr[q], il);
			seen = set_has(c, f, fl + il);
		}
		/* Or a man's title in the same case before it. */
		if (!seen && el == 2 && !e->dateline && e->start > 0 &&
		    (!strcmp(c->a->lang, "ru") || !strcmp(c->a->lang, "uk")))
			seen = title_genitive_before(c, e->start);
		/* Or a given name before it that the dictionary reads as a
		 * man's name in that case only, no woman's name of its own
		 * ("Майкла" of "Майкл"; "Роберта" is "Роберта" too). */
		if (!seen && nw >= 2 && c->li >= 0) {
			size_t e0 = a_ending(c->a->lang, tw[0], tn[0]);
			td__lexinfo G;
			if (e0 && tn[0] < WBUF)
				td__lex_lookup(dict_for(c, tw[0], tn[0]), tw[0], tn[0], &G);
			seen = e0 && tn[0] < WBUF && (G.flags & TD__LEX_PROPER) && !(G.flags & TD__LEX_SELF) &&
			       G.lemma && strlen(G.lemma) + e0 == tn[0] && !memcmp(G.lemma, tw[0], tn[0] - e0);
			/* (Czech and Slovak: a given name in "-y" in the genitive,
			 * "Jeremyho Corbyna".) */
			seen = seen || ((!strcmp(c->a->lang, "cs") || !strcmp(c->a->lang, "sk")) &&
					ln[0] + 2 == tn[0] && ends_with(tw[0], tn[0], "yho") &&
					!memcmp(lw[0], tw[0], ln[0]));
			/* (Not where the article declines the surname as a
			 * woman's: "Метсолой", "Metsolą".) */
			static const char *const fem[] = {"\xD0\xBE\xD0\xB9", "\xD0\xBE\xD1\x8E", "\xC4\x85", "ou", "o"};
			for (size_t q = 0; q < NELEM(fem) && seen; q++) {
				size_t ql = strlen(fem[q]);
				if ((el == 2) != ((unsigned char)fem[q][0] >= 0xD0) || fl + ql > WBUF)
					continue;
				memcpy(f + fl, fem[q], ql);
				char g[WBUF + 8];
				size_t gl = td_text_fold(f, fl + ql, g, sizeof(g));
				seen = !set_has(c, g, gl);
			}
		}
		if (!seen)
			continue;
		size_t wn[9];
		int changed = 0;
		for (size_t q = 0; q < nw; q++) {
			size_t cut = ln[q] == tn[q] && !memcmp(lw[q], tw[q], tn[q]) ? a_ending(c->a->lang, tw[q], tn[q]) : 0;
			changed |= cut > 0;
			wn[q] = ln[q] - cut;
		}
		if (changed)
			set_lemma_words(c, e, lw, wn, nw);
	}
}

/* A one-word name beside "and" and a listed name of several words whose
 * head it shares by ellipsis ("Централна и Източна Европа", "Europy
 * Środkowej i Wschodniej"): the key of the word with that head, where a
 * list has it ("Централна Европа", "Europy Wschodniej"), of the same
 * type. The head is the listed name's last word when the word comes
 * first, its first word when the word comes after it. es[k] is the
 * entity of mention ms[k]; a conjunction alone between the two, as
 * list_gap() reads one in the article's language. */
static void elliptic_conjuncts(const ctx *c, const mention *ms, td_entity *es, size_t n)
{
	for (size_t k = 0; k + 1 < n; k++) {
		if (ms[k + 1].i != ms[k].j + 1 || !list_gap(c, ms[k].j, ms[k + 1].i))
			continue;
		for (int after = 0; after < 2; after++) {
			/* e: the one word; f: the listed name. */
			td_entity *e = &es[k + (size_t)after];
			const td_entity *f = &es[k + 1 - (size_t)after];
			if ((e->type != TD_ENT_LOC && e->type != TD_ENT_ORG) || f->type != e->type || !e->key ||
			    (!after && strchr(e->key, ':')) || !f->key || !strchr(f->key, ':') ||
			    strchr(e->text, ' ') || !strchr(f->text, ' '))
				continue;
			const char *sp = after ? strchr(f->text, ' ') : strrchr(f->text, ' ');
			const char *head = after ? f->text : sp + 1;
			size_t hl = after ? (size_t)(sp - f->text) : strlen(sp + 1), el = strlen(e->text);
			char name[WBUF * 2];
			if (!hl || el + 1 + hl >= sizeof(name))
				continue;
			const char *p1 = after ? head : e->text, *p2 = after ? e->text : head;
			size_t l1 = after ? hl : el, l2 = after ? el : hl;
			memcpy(name, p1, l1);
			name[l1] = ' ';
			memcpy(name + l1 + 1, p2, l2);
			name[l1 + 1 + l2] = 0;
			const td__gaz *g = gaz_of_text(name, l1 + 1 + l2, 1);
			if (g && g->type == e->type && strcmp(g->key, f->key))
				e->key = g->key;
		}
	}
}

/* Russian and Ukrainian: a man's given name in the genitive or the
 * accusative in "-я", or in the instrumental in "-ем" (its base form
 * ends in "-й" or "-ь": "Сергея", "Андрієм", "Игоря"), before a surname
 * in the same ending kept as written: the surname is a man's of the soft
 * declension in the same case, "-ь" after a consonant, "-й" after a
 * vowel ("Сергея Скрипаля", "Андреем Скрипалем" -> "... Скрипаль";
 * "Николая Гуляя" -> "Николай Гуляй"). */
static void soft_surnames(ctx *c, td_entity *es, size_t n)
{
	if (strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk"))
		return;
	static const char soft[] = "\xD1\x8C", short_i[] = "\xD0\xB9"; /* ь й */
	static const char *const ends[] = {"\xD1\x8F", "\xD0\xB5\xD0\xBC"}; /* я, ем */
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		const char *tw[9], *lw[9];
		size_t tn[9], ln[9];
		size_t nw = person_words(e, tw, tn, lw, ln);
		if (nw != 2)
			continue;
		for (size_t x = 0; x < NELEM(ends); x++) {
			size_t el = strlen(ends[x]), s = 1;
			/* The given name: the ending as written, "-й" or "-ь" in
			 * its base form, at most one letter shorter. */
			if (tn[0] < el + 4 || !ends_with(tw[0], tn[0], ends[x]) || ln[0] + el < tn[0] ||
			    ln[0] > tn[0] || !(ends_with(lw[0], ln[0], short_i) || ends_with(lw[0], ln[0], soft)))
				continue;
			/* The surname as written, in the same ending after two
			 * letters at least. */
			if (tn[s] < el + 6 || ln[s] != tn[s] || memcmp(lw[s], tw[s], tn[s]) ||
			    !ends_with(tw[s], tn[s], ends[x]))
				continue;
			size_t b = tn[s] - el - 1;
			while (b > 0 && ((unsigned char)tw[s][b] & 0xC0) == 0x80)
				b--;
			const char *to = vowel_end(tw[s] + b, tn[s] - el - b) ? short_i : soft;
			char sb[WBUF];
			memcpy(sb, tw[s], tn[s] - el);
			memcpy(sb + tn[s] - el, to, 2);
			const char *w2[2] = {lw[0], sb};
			size_t n2[2] = {ln[0], tn[s] - el + 2};
			set_lemma_words(c, e, w2, n2, 2);
			/* The key of the surname's base form, where no list gave
			 * one ("Скрипалем" was "skrplm"). */
			if (e->key && !strchr(e->key, ':')) {
				char kb[WBUF];
				size_t kl = td__name_key(c->a->lang, sb, n2[1], kb, sizeof(kb));
				char *key = kl && kl < sizeof(kb) ? td_arena_strndup(c->ar, kb, kl) : NULL;
				if (key)
					e->key = key;
			}
			break;
		}
	}
}

/* Slovene and Croatian prepositions: no nominative follows one. */
static const char *const south_prepositions[] = {
	"z", "s", "za", "na", "v", "u", "po", "pri", "o", "ob", "k", "h", "med", "pred", "nad", "pod",
	"proti", "brez", "do", "od", "iz", "zaradi", "glede", "sa", "prema", "kod", "između",
};

/* Whether the word before byte offset start is a woman's noun in "-o"
 * whose base form ends in "-a" ("kanclerko", "ministrico"): a name after
 * it in "-o" is in the same case. */
static int woman_noun_before(const ctx *c, size_t start)
{
	size_t b = start;
	while (b > 0 && c->t[b - 1] == ' ')
		b--;
	size_t a = b;
	while (a > 0 && ((c->t[a - 1] >= 'a' && c->t[a - 1] <= 'z') || ((unsigned char)c->t[a - 1] & 0x80)))
		a--;
	if (b - a < 4 || c->t[b - 1] != 'o' || c->li < 0 || b - a >= WBUF)
		return 0;
	td__lexinfo L;
	td__lex_lookup(c->li, c->t + a, b - a, &L);
	size_t ll = L.lemma ? strlen(L.lemma) : 0;
	return (L.flags & TD__LEX_LOWER) && ll == b - a && L.lemma[ll - 1] == 'a' &&
	       !strncasecmp(L.lemma, c->t + a, ll - 1);
}

/* Slovene and Croatian women's surnames that end in a consonant do not
 * decline ("Angele Merkel", "Angelom Merkel"), men's do ("Marka Novaka"):
 * before such a surname written as its base form, a first name in a
 * woman's oblique ending is a woman's name in "-a" ("Angele", "Angeli",
 * Croatian "Angelu", "Angelom" -> "Angela"), where the dictionary knows
 * that name and does not know the word as written as a name of its own.
 * Slovene "-o" is also a man's nominative ("Niko Novak"), so it counts
 * only after a preposition, which no nominative follows ("z Angelo
 * Merkel"). The base form into out (cap bytes), or 0. */
static size_t woman_oblique(ctx *c, const td_entity *e, const char *w, size_t n, char *out, size_t cap)
{
	static const struct {
		const char *lang, *end;
		int after_prep;
	} ends[] = {{"sl", "e", 0}, {"sl", "i", 0}, {"sl", "o", 1},  {"hr", "e", 0},
		    {"hr", "i", 0}, {"hr", "u", 0}, {"hr", "om", 0}};
	if (e->dateline || n < 4 || n + 2 > cap || n + 2 > WBUF)
		return 0;
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k].end);
		if (strcmp(ends[k].lang, c->a->lang) || !ends_with(w, n, ends[k].end))
			continue;
		/* (Or the article writes the name in "-a" too: "Angela
		 * Merkel ... Angelo Merkel"; or a woman's noun in the same
		 * case comes before it: "s kanclerko Angelo Merkel".) */
		char fa[WBUF];
		size_t fal = ends[k].after_prep ? td_text_fold(w, n - el, fa, sizeof(fa) - 2) : 0;
		fa[fal] = 'a';
		if (ends[k].after_prep && !set_has(c, fa, fal + 1) && !woman_noun_before(c, e->start)) {
			/* The word before the name. */
			size_t b = e->start;
			while (b > 0 && c->t[b - 1] == ' ')
				b--;
			size_t a = b;
			while (a > 0 && c->t[a - 1] >= 'a' && c->t[a - 1] <= 'z')
				a--;
			if (a == b || (a > 0 && c->t[a - 1] != ' ' && c->t[a - 1] != '\n') ||
			    !word_listed(south_prepositions, NELEM(south_prepositions), c->t + a, b - a))
				return 0;
		}
		if (dict_name(c, w, n, 0))
			return 0;
		td__lexinfo F;
		memcpy(out, w, n - el);
		out[n - el] = 'a';
		out[n - el + 1] = 0;
		td__lex_lookup(c->li, out, n - el + 1, &F);
		/* A name of another language ("Angela" in Croatian): the
		 * English dictionary's, as a name of its own. */
		int en = en_dict();
		if (!(F.flags & TD__LEX_KNOWN) && en >= 0 && is_latin_word(out, n - el + 1)) {
			td__lex_lookup(en, out, n - el + 1, &F);
			if (!(F.flags & TD__LEX_SELF))
				return 0;
		}
		return (F.flags & TD__LEX_PROPER) ? n - el + 1 : 0;
	}
	return 0;
}

/* Russian and Ukrainian: a person's first name that the dictionary has
 * as a name of its own in "-а", "-я" (a nominative: "Азія") stands
 * beside a surname in the same case, so the surname is as written
 * ("Азія Бібі", not "Біба", of which the dictionary reads "Бібі" as a
 * case). */
static void nominative_surnames(ctx *c, td_entity *es, size_t n)
{
	if (strcmp(c->a->lang, "ru") && strcmp(c->a->lang, "uk"))
		return;
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		const char *tw[9], *lw[9];
		size_t tn[9], ln[9];
		size_t nw = person_words(e, tw, tn, lw, ln);
		if (nw != 2 || (tn[1] == ln[1] && !memcmp(tw[1], lw[1], tn[1])) || tn[0] != ln[0] ||
		    memcmp(tw[0], lw[0], tn[0]) || !(ends_with(tw[0], tn[0], "а") || ends_with(tw[0], tn[0], "я")))
			continue;
		td__lexinfo F;
		td__lex_lookup(c->li, tw[0], tn[0], &F);
		if (!(F.flags & TD__LEX_SELF) || (F.flags & TD__LEX_LOWER))
			continue;
		const char *w[2] = {tw[0], tw[1]};
		size_t wn[2] = {tn[0], tn[1]};
		set_lemma_words(c, e, w, wn, 2);
	}
}

/* Where names are declined (Latin-script Slavic languages): a person's
 * surname that the text leaves as its base form, ending in a consonant,
 * is a man's name in the nominative (a man's surname takes an ending in
 * every other case: "Blaira", "Blairem") or a woman's that is not
 * declined ("Angely Merkel"). A given name before it that the
 * dictionary read as an oblique case of a man's name ("Tony" as "Ton",
 * "Jeremy" as "Jerem") is then in the nominative too, as written,
 * unless it is a woman's in an oblique case (woman_oblique()); one read
 * as a woman's ("Angely" -> "Angela") keeps its reading. */
static void nominative_given_names(ctx *c, td_entity *es, size_t n)
{
	static const char *const langs[] = {"cs", "sk", "pl", "sl", "hr"};
	if (!word_listed(langs, NELEM(langs), c->a->lang, strlen(c->a->lang)))
		return;
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		const char *tw[9], *lw[9];
		size_t tn[9], ln[9];
		size_t nw = person_words(e, tw, tn, lw, ln);
		if (nw < 2)
			continue;
		size_t s = nw - 1;
		char last = tw[s][tn[s] - 1];
		/* Not "-m": the instrumental ("Perrym", "Morawieckým") the
		 * dictionary may have left as it is. */
		if (tn[s] != ln[s] || memcmp(tw[s], lw[s], tn[s]) || last < 'a' || last > 'z' ||
		    strchr("aeiouym", last))
			continue;
		const char *w[9];
		size_t wn[9];
		char fb[WBUF];
		int changed = 0;
		for (size_t q = 0; q < nw; q++) {
			int keep = q < s && (ln[q] != tn[q] || memcmp(lw[q], tw[q], tn[q])) && ln[q] > 0 &&
				   lw[q][ln[q] - 1] != 'a';
			w[q] = keep ? tw[q] : lw[q];
			wn[q] = keep ? tn[q] : ln[q];
			size_t fl;
			if (q == 0 && s > 0 && (fl = woman_oblique(c, e, tw[q], tn[q], fb, sizeof(fb))) &&
			    (fl != ln[q] || memcmp(fb, lw[q], fl))) {
				w[q] = fb;
				wn[q] = fl;
				keep = 1;
			}
			changed |= keep;
		}
		if (changed)
			set_lemma_words(c, e, w, wn, nw);
	}
}

/* A man's surname declined as an adjective ("Zelenského", "Morawieckiego",
 * "Зеленского") agrees in case with the given names before it: where no
 * dictionary gave a given name its base form ("Volodymyra", "Saooda",
 * "Mumtaza" are unknown), the surname's case tells its ending. In the
 * genitive or accusative ("-ého", "-ego", "-ega", "-og(a)", "-ого",
 * "-его") a given name in "-a" after a consonant loses it ("Volodymyra
 * Zelenského" -> "Volodymyr"); in the dative ("-ému", "-emu", "-ому",
 * "-ему") one in "-ovi", "-owi" or "-у" ("Volodymyrovi Zelenskému"). */
static void adjective_surname_given_names(ctx *c, td_entity *es, size_t n)
{
	static const struct {
		const char *lang, *end;
		int dative;
	} adj[] = {
	    {"cs", "ého", 0}, {"sk", "ého", 0}, {"pl", "ego", 0}, {"sl", "ega", 0}, {"hr", "oga", 0},
	    {"hr", "og", 0}, {"ru", "\xD0\xBE\xD0\xB3\xD0\xBE", 0}, {"ru", "\xD0\xB5\xD0\xB3\xD0\xBE", 0},
	    {"uk", "\xD0\xBE\xD0\xB3\xD0\xBE", 0}, {"cs", "ému", 1}, {"sk", "ému", 1}, {"pl", "emu", 1},
	    {"sl", "emu", 1}, {"ru", "\xD0\xBE\xD0\xBC\xD1\x83", 1}, {"ru", "\xD0\xB5\xD0\xBC\xD1\x83", 1},
	    {"uk", "\xD0\xBE\xD0\xBC\xD1\x83", 1},
	};
	const char *lang = c->a->lang;
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		const char *tw[9], *lw[9];
		size_t tn[9], ln[9];
		size_t nw = person_words(e, tw, tn, lw, ln);
		if (nw < 2)
			continue;
		size_t s = nw - 1;
		int hit = -1;
		for (size_t q = 0; q < NELEM(adj) && hit < 0; q++)
			if (!strcmp(adj[q].lang, lang) && tn[s] > strlen(adj[q].end) + 2 &&
			    ends_with(tw[s], tn[s], adj[q].end))
				hit = (int)q;
		if (hit < 0)
			continue;
		/* A surname left as written is no declined adjective. */
		if (ln[s] == tn[s] && !memcmp(lw[s], tw[s], tn[s]))
			continue;
		const char *w[9];
		size_t wn[9];
		for (size_t q = 0; q < nw; q++) {
			w[q] = lw[q];
			wn[q] = ln[q];
		}
		int changed = 0;
		for (size_t q = 0; q < s; q++) {
			if (ln[q] != tn[q] || memcmp(lw[q], tw[q], tn[q]))
				continue; /* a dictionary's reading stands */
			/* ... and a word it knows is no unknown name ("Ojca
			 * Chrzestnego": "ojciec"). */
			td__lexinfo G;
			td__lex_lookup(c->li, tw[q], tn[q], &G);
			if (G.flags & (TD__LEX_KNOWN | TD__LEX_LOWER))
				continue;
			size_t cut = 0;
			if (!adj[hit].dative)
				cut = a_ending(lang, tw[q], tn[q]);
			else if (tn[q] >= 6 && (ends_with(tw[q], tn[q], "ovi") || ends_with(tw[q], tn[q], "owi")))
				cut = 3;
			else if (tn[q] >= 8 && ends_with(tw[q], tn[q], "\xD1\x83"))
				cut = 2;
			/* What is left ends in a consonant ("Volodymyr-ovi"). */
			if (cut && cut != 1) {
				size_t b = tn[q] - cut - 1;
				while (b > 0 && ((unsigned char)tw[q][b] & 0xC0) == 0x80)
					b--;
				if (vowel_end(tw[q] + b, tn[q] - cut - b))
					cut = 0;
			}
			if (cut) {
				wn[q] = tn[q] - cut;
				changed = 1;
			}
		}
		if (changed)
			set_lemma_words(c, e, w, wn, nw);
	}
}

static void possessives(ctx *c, td_entity *es, size_t n)
{
	const char *lang = c->a->lang;
	if (strcmp(lang, "sl") && strcmp(lang, "hr") && strcmp(lang, "cs") && strcmp(lang, "sk"))
		return;
	for (size_t k = 0; k < n; k++) {
		td_entity *e = &es[k];
		if (e->type != TD_ENT_PER || strchr(e->lemma, ' '))
			continue;
		size_t ll = strlen(e->lemma), sfx = 0;
		for (size_t q = 0; q < NELEM(possessive_ends) && !sfx; q++)
			if (!strcmp(possessive_ends[q].lang, lang) && ends_with(e->lemma, ll, possessive_ends[q].end) &&
			    ll > strlen(possessive_ends[q].end) + 2)
				sfx = 1;
		if (!sfx)
			continue;
		for (size_t q = 0; q < n; q++) {
			const td_entity *p = &es[q];
			const char *last = p->type == TD_ENT_PER ? strrchr(p->lemma, ' ') : NULL;
			if (!last || strcmp(p->key, e->key))
				continue;
			last++;
			/* The surname starts as the adjective does ("Merkel",
			 * "Merklova"): not a first name of the same key. */
			if (strlen(last) >= 2 && !strncmp(last, e->lemma, 2) && strcmp(last, e->lemma))
				e->lemma = (char *)last;
			break;
		}
	}
}

int td_entities_article(td_article *a, td_arena *ar)
{
	return td_entities_article_ex(a, ar, 0);
}

int td_entities_article_ex(td_article *a, td_arena *ar, unsigned flags)
{
	a->entities = NULL;
	a->nentities = 0;
	if (!a->text || !a->text_len)
		return 0;
	size_t maxt = a->text_len / 2 + 2;
	td_token *tk = td_arena_alloc(ar, maxt * sizeof(td_token));
	if (!tk)
		return TD_ERR_NOMEM;
	return td_entities_article_tok(a, ar, flags, tk, td_tokenize(a->text, a->text_len, tk, maxt));
}

/* Whether token i is a capitalised word with a brand's "+" right after it
 * that ends the word ("Днес+", "OPEC+"), not one closing a quotation
 * that a "+" opened (Polish agencies quote so: "+Państwu Islamskiemu+"). */
static int brand_plus(const td_article *a, const td_token *tk, size_t i)
{
	const char *t = a->text;
	uint32_t e = tk[i].end;
	if (!(tk[i].flags & TD_TOK_UPPER) || e >= a->text_len || t[e] != '+')
		return 0;
	unsigned char n1 = e + 1 < a->text_len ? (unsigned char)t[e + 1] : ' ';
	if (isalnum(n1) || n1 >= 0x80 || n1 == '+')
		return 0;
	/* An opening "+" before one of the five words before it, on its line. */
	for (size_t k = i + 1; k-- > 0 && k + 5 > i;) {
		uint32_t b = tk[k].start;
		if (b && t[b - 1] == '+')
			return 0;
		if (k && memchr(t + tk[k - 1].end, '\n', b - tk[k - 1].end))
			break;
	}
	return 1;
}

/* Whether token i is a capitalised Russian or Ukrainian adjective of a
 * place ("Харківської", "Киевской") before an acronym of two to five
 * capitals ("ОВА", "ОДА"): the name's base form, the adjective in the
 * nominative of its gender and the acronym, into out (cap bytes), or 0. */
static size_t adjective_acronym(const ctx *c, size_t i, char *out, size_t cap)
{
	static const struct {
		const char *lang, *end, *nom;
	} ends[] = {
		{"uk", "ської", "ська"}, {"uk", "ській", "ська"}, {"uk", "ською", "ська"}, {"uk", "ську", "ська"},
		{"uk", "ська", "ська"},  {"uk", "ського", "ський"}, {"uk", "ському", "ський"},
		{"uk", "ським", "ський"}, {"uk", "ський", "ський"}, {"ru", "ской", "ская"}, {"ru", "скую", "ская"},
		{"ru", "ская", "ская"},  {"ru", "ского", "ский"}, {"ru", "скому", "ский"}, {"ru", "ским", "ский"},
		{"ru", "ском", "ский"},  {"ru", "ский", "ский"},
	};
	if (!c->cyrillic || i + 1 >= c->nt || !(c->tk[i].flags & TD_TOK_UPPER) ||
	    (c->tk[i].flags & TD_TOK_ALLCAPS) || !(c->tk[i + 1].flags & TD_TOK_ALLCAPS) || !joined(c, i + 1) ||
	    c->tk[i + 1].start != c->tk[i].end + 1)
		return 0;
	const char *w = c->t + c->tk[i].start, *x = c->t + c->tk[i + 1].start;
	size_t n = c->tk[i].end - c->tk[i].start, xn = c->tk[i + 1].end - c->tk[i + 1].start;
	if (xn < 4 || xn > 10 || (c->tk[i + 1].flags & TD_TOK_DIGIT) || !is_cyrillic(x, xn))
		return 0;
	/* (A listed acronym goes with its country's adjective the way
	 * listed bodies do: "Британский МИД".) */
	size_t gl;
	td__lexinfo L;
	lex(c, i + 1, &L);
	if (gaz_at_all(c, i + 1, &gl, &L))
		return 0;
	for (size_t k = 0; k < NELEM(ends); k++) {
		size_t el = strlen(ends[k].end), nl = strlen(ends[k].nom);
		if (strcmp(ends[k].lang, c->a->lang) || n < el + 6 || memcmp(w + n - el, ends[k].end, el))
			continue;
		if (n - el + nl + 1 + xn + 1 > cap)
			return 0;
		size_t o = n - el;
		memcpy(out, w, o);
		memcpy(out + o, ends[k].nom, nl);
		o += nl;
		out[o++] = ' ';
		memcpy(out + o, x, xn);
		o += xn;
		out[o] = 0;
		return o;
	}
	return 0;
}

/* Whether token i has the suffix of a relational adjective, "ск" or "цк"
 * before an ending of one or two letters ("Третьяковской", "Шенгенската",
 * "Компьенского"; not "Джонсона", "Соботкой"), or its Latin kin below;
 * nominative: the masculine and feminine nominatives of Latin letters
 * count too. */
static int relational_suffix_(const ctx *c, size_t i, int nominative)
{
	const char *w = c->t + c->tk[i].start;
	size_t n = c->tk[i].end - c->tk[i].start;
	/* Latin: "sk", "ck", "šk", "čk" then two to six bytes of ending
	 * ("-skemu", "-ského"), four bytes of stem before at least (two for
	 * nominatives); not
	 * "-ski", "-ska", "-sky", "-ský", "-ská", which are surnames' too
	 * ("Zelenski skupaj"). */
	if ((unsigned char)w[0] < 0xD0) {
		size_t st = nominative ? 2 : 4; /* ("Český") */
		for (size_t e = 1; e <= 6 && e + 2 + st <= n; e++) {
			const char *p = w + n - e - 2;
			if (!memcmp(p, "sk", 2) || !memcmp(p, "ck", 2) ||
			    (e + 3 + st <= n && (!memcmp(p - 1, "\xC5\xA1k", 3) || !memcmp(p - 1, "\xC4\x8Dk", 3)))) {
				const char *x = p + 2;
				return nominative || (!(e == 1 && (*x == 'i' || *x == 'a' || *x == 'y')) &&
						      !(e == 2 && (!memcmp(x, "\xC3\xBD", 2) || !memcmp(x, "\xC3\xA1", 2))));
			}
		}
		return 0;
	}
	/* "ск"/"цк" (Ukrainian "ськ"/"цьк") then at most four letters
	 * ("-ската", "-ского", "-ської"). */
	for (size_t e = 2; e <= 8 && e + 4 <= n; e += 2) {
		const char *p = w + n - e - 4;
		if ((!memcmp(p, "ск", 4) || !memcmp(p, "цк", 4)) && n - e - 4 >= 6)
			return 1;
		if (e + 6 <= n && n - e - 6 >= 6 && (!memcmp(p - 2, "ськ", 6) || !memcmp(p - 2, "цьк", 6)))
			return 1;
	}
	return 0;
}

static int relational_suffix(const ctx *c, size_t i)
{
	return relational_suffix_(c, i, 0);
}

/* The end of a body's name that opens with a capitalised relational
 * adjective the dictionary knows in lower case, goes on over adjectives
 * in lower case and ends in an organisation's head: "Hrvatski nogometni
 * savez", "Český olympijský výbor", "Ruska pravoslavna crkva" aside (no
 * head). At a sentence's start, where the adjective may be the
 * sentence's ("Ruská vláda rozhodla"), one adjective in lower case at
 * least before the head, or a purpose after it (below). 0 when there
 * is none. Slavic languages. */
/* Whether token k, after a body's head noun (token k - 1), is the
 * body's own name, one capitalised word as written in every case with
 * no capitalised word after it: after a hospital's head, any word the
 * dictionary reads as its own base form or not at all and no census
 * first name ("Fakultní nemocnice Motol", "Klinička bolnica Dubrava";
 * the head declines, the name does not); after any body's head, a
 * listed town ("Policijska uprava Celje"). */
static int body_label(const ctx *c, size_t k)
{
	static const char *const heads[] = {"nemocnic", "bolnišnic", "bolnic", "szpital", "больниц",
					    "лікарн", "болниц", "klinik", "klinic", "клиник", "клінік"};
	if (k == 0 || k >= c->nt || !joined(c, k) || !(c->tk[k].flags & TD_TOK_UPPER) ||
	    (c->tk[k].flags & (TD_TOK_ALLCAPS | TD_TOK_DIGIT)) ||
	    (k + 1 < c->nt && joined(c, k + 1) && (c->tk[k + 1].flags & TD_TOK_UPPER)))
		return 0;
	char f[WBUF];
	size_t fl = tok_fold(c, k - 1, f, sizeof(f)), h;
	for (h = 0; h < NELEM(heads); h++) {
		size_t hl = strlen(heads[h]);
		if (fl >= hl && !memcmp(f, heads[h], hl))
			break;
	}
	if (h < NELEM(heads))
		return !census_word(c, k) && undeclined(c, k);
	/* Any body's head before a listed town as written ("Policijska
	 * uprava Celje"). */
	td__lexinfo L;
	lex(c, k, &L);
	size_t gl;
	const td__gaz *g = gaz_at_all(c, k, &gl, &L);
	return g && gl == 1 && g->type == TD_ENT_LOC && !strncmp(g->key, "city:", 5) &&
	       token_in(c, k - 1, L_ORG_HEADS, 0) && undeclined(c, k);
}

static size_t adjective_body(ctx *c, size_t i, const td__lexinfo *L, size_t *purpose)
{
	*purpose = 0;
	/* (An adjective no dictionary knows, and no listed name, counts as a
	 * relational one: a place's, "Басманный районный суд",
	 * "Хамовнический суд".) */
	size_t gl0;
	int unknown = !(L->flags & TD__LEX_KNOWN) && (L->flags & TD__LEX_DICT) && !gaz_at_all(c, i, &gl0, L);
	/* (A word in lower case after it first: most names have none.
	 * Polish capitalises every word of a name: "Polski rząd" is the
	 * government, "Polski Związek Piłki Nożnej" a name.) */
	if (!c->slavic || i + 1 >= c->nt || (c->tk[i + 1].flags & TD_TOK_UPPER) ||
	    !(c->tk[i + 1].flags & TD_TOK_ALPHA) || !joined(c, i + 1) || !((L->flags & TD__LEX_LOWER) || unknown) ||
	    (c->tk[i].flags & TD_TOK_ALLCAPS) || !strcmp(c->a->lang, "pl") || !adjectival(c, i))
		return 0;
	/* Any adjective before its head and a district's name ("Вищий суд
	 * швейцарського кантону Цуг призупинив"), else a relational one. */
	size_t dn;
	if (i + 2 < c->nt && joined(c, i + 1) && token_in(c, i + 1, L_ORG_HEADS, 0) && !adjectival(c, i + 1) &&
	    district_end(c, i + 2, &dn))
		return i + 2;
	int start = weak_capital(c, i), rel = unknown || relational_suffix_(c, i, 1);
	if (!rel && !start)
		return 0;
	size_t k = i + 1, head = 0;
	while (!head && k < c->nt && k < i + 4 && joined(c, k) && name_goes_on(c, k)) {
		/* (A head noun may end as an adjective does: Slovak
		 * "strana", a party; its base form tells.) */
		if (token_in(c, k, L_ORG_HEADS, 0) && (!adjectival(c, k) || noun_by_lemma(c, k)))
			head = k + 1;
		else if (!adjectival(c, k))
			break;
		k++;
	}
	/* At a sentence's start a purpose after the head makes a name too
	 * ("Parlamentní výbor pro brexit"), and then any adjective may open
	 * it ("Федеральная служба по борьбе с наркотиками"); not an office's
	 * holder ("Ruský ministr pro energetiku"). */
	if (!head)
		return 0;
	size_t e = purpose_end(c, head), gl;
	if (e == head)
		e = genitive_end(c, head);
	if (start && (!rel || head < i + 3) && (e == head || token_in(c, head - 1, L_PER_CUES, 0)))
		return 0;
	/* A listed name is matched as listed ("Полско радио"). */
	if (gaz_of_text(c->t + c->tk[i].start, c->tk[head - 1].end - c->tk[i].start, 1))
		return 0;
	/* The body's purpose after its preposition, its country after it
	 * ("Европейската агенция за авиационна безопасност", "Atletske zveze
	 * Slovenije", "Епископския съвет на Пакистан"). */
	if (e > head)
		*purpose = head;
	else if (strcmp(c->a->lang, "bg") && head < c->nt && country_at(c, head, &gl))
		e = head + gl;
	else if (head + 1 < c->nt && of_country(c, head, &gl))
		e = head + 1 + gl;
	else if (body_label(c, head))
		e = head + 1;
	return e;
}

/* Whether place g's word at token i (L its lex()) is a given name before
 * a surname: the dictionary's base form of it is a capitalised name
 * that is none of g's names nor a listed name of its own ("Домініка" ->
 * "Домінік"), and the word after it, a space away and the last of the
 * capitalised run, is capitalised, no listed name and no word of an
 * organisation's or a place's name ("Рабе", which is a common word's
 * form too). (Before two capitalised words the place is a person's
 * country: "Kremlja Dmitrij Peskov".) */
static int given_before_surname(const ctx *c, size_t i, const td__gaz *g, const td__lexinfo *L)
{
	/* (The word after it first, the lists last: the cheap tests.) */
	if (i + 1 >= c->nt || c->tk[i + 1].start != c->tk[i].end + 1 || c->t[c->tk[i].end] != ' ' ||
	    (c->tk[i].flags & TD_TOK_ALLCAPS) || !(L->flags & TD__LEX_PROPER) || !L->lemma ||
	    (i + 2 < c->nt && joined(c, i + 2) && (c->tk[i + 2].flags & TD_TOK_UPPER)))
		return 0;
	const td_token *s = &c->tk[i + 1];
	if (!(s->flags & TD_TOK_UPPER) || (s->flags & TD_TOK_ALLCAPS) || !(s->flags & TD_TOK_ALPHA) ||
	    !td_text_is_upper_initial(L->lemma, strlen(L->lemma)) || name_in_chain(g, L->lemma) ||
	    gaz_of_text(L->lemma, strlen(L->lemma), 0))
		return 0;
	td__lexinfo Ls;
	lex(c, i + 1, &Ls);
	size_t gl;
	/* (A common word's form ends the clause: "Домініка Рабе, який",
	 * not "Niemcy Zdaniem ekspertów", a lost full stop.) */
	if ((Ls.flags & TD__LEX_LOWER) && i + 2 < c->nt && joined(c, i + 2))
		return 0;
	return !gaz_at_all(c, i + 1, &gl, &Ls) && !token_in(c, i + 1, L_ORG_HEADS, 0) &&
	       !token_in(c, i + 1, L_PLACE_HEADS, 0);
}

/* A base form followed by the text [b, e) as written, in the arena;
 * NULL when it is full. */
static char *lemma_and_written(td_arena *ar, const char *lemma, const char *b, const char *e)
{
	size_t ll = strlen(lemma), n = (size_t)(e - b);
	char *l = td_arena_alloc(ar, ll + n + 1);
	if (l) {
		memcpy(l, lemma, ll);
		memcpy(l + ll, b, n);
		l[ll + n] = 0;
	}
	return l;
}

static int text_entities(td_article *a, td_arena *ar, unsigned flags, td_token *tk, size_t nt)
{
	a->entities = NULL;
	a->nentities = 0;
	if (!a->text || !a->text_len)
		return 0;
	int rc = td__gaz_init();
	if (rc < 0)
		return rc;
	/* Where names take their case ending after an apostrophe
	 * ("Ukrayna'ya"), the name is the word before it: the stage reads a
	 * copy of the tokens that ends there. */
	if (td_text_apostrophe_endings(a->lang)) {
		td_token *cp = td_arena_alloc(ar, (nt ? nt : 1) * sizeof(*cp));
		if (!cp)
			return TD_ERR_NOMEM;
		for (size_t i = 0; i < nt; i++) {
			cp[i] = tk[i];
			if (tk[i].flags & TD_TOK_UPPER)
				cp[i].end = tk[i].start +
					    (uint32_t)td_text_cut_ending(a->text + tk[i].start, tk[i].end - tk[i].start);
		}
		tk = cp;
	}
	/* English compounds of a name and a participle ("Barcelona-based",
	 * "Kremlin-backed", "US-led", "London-born"): the name is the word
	 * before the hyphen, in a copy of the tokens. */
	if (!strcmp(a->lang, "en") && memchr(a->text, '-', a->text_len)) {
		static const char *const parts[] = {"-based", "-born", "-led", "-backed", "-owned",
						    "-linked", "-made", "-bound", "-controlled", "-held",
						    "-run", "-funded", "-allied", "-aligned", "-bred", "-raised"};
		/* Not after an adjective ("Ukrainian-born", "Western-backed",
		 * "Portuguese-run"): no name. */
		static const char *const adj[] = {"ian", "ican", "ese", "ish", "ean", "ern", "ic"};
		td_token *cp = NULL;
		for (size_t i = 0; i < nt; i++) {
			if (!(tk[i].flags & TD_TOK_UPPER))
				continue;
			const char *w = a->text + tk[i].start;
			size_t n = tk[i].end - tk[i].start;
			for (size_t k = 0; k < NELEM(parts); k++) {
				size_t pl = strlen(parts[k]);
				if (n < pl + 2 || memcmp(w + n - pl, parts[k], pl))
					continue;
				int adjective = 0;
				for (size_t q = 0; q < NELEM(adj) && !adjective; q++)
					adjective = ends_with(w, n - pl, adj[q]);
				if (adjective)
					break;
				if (!cp) {
					if (!(cp = td_arena_alloc(ar, nt * sizeof(*cp))))
						return TD_ERR_NOMEM;
					memcpy(cp, tk, nt * sizeof(*cp));
				}
				cp[i].end -= (uint32_t)pl;
				/* "US-led": the name left is an acronym. */
				int caps = n - pl >= 2;
				for (size_t q = 0; q < n - pl && caps; q++)
					caps = w[q] >= 'A' && w[q] <= 'Z';
				if (caps)
					cp[i].flags |= TD_TOK_ALLCAPS;
				break;
			}
		}
		if (cp)
			tk = cp;
	}
	/* A brand's "+" is part of its name ("Днес+", "Canal+", "Disney+"):
	 * a capitalised word right before a "+" that ends a word takes it,
	 * in a copy of the tokens (the caller's stay as they are). Most
	 * texts have no "+" at all: one memchr tells. */
	size_t nplus = memchr(a->text, '+', a->text_len) ? nt : 0;
	for (size_t i = 0; i < nplus; i++) {
		if (tk[i].end >= a->text_len || a->text[tk[i].end] != '+' || !brand_plus(a, tk, i))
			continue;
		td_token *cp = td_arena_alloc(ar, nt * sizeof(*cp));
		if (!cp)
			return TD_ERR_NOMEM;
		memcpy(cp, tk, nt * sizeof(*cp));
		for (size_t k = i; k < nt; k++)
			if (brand_plus(a, tk, k))
				cp[k].end++;
		tk = cp;
		break;
	}
	ctx c;
	struct lazy_sets lz;
	memset(&c, 0, sizeof(c));
	memset(&lz, 0, sizeof(lz));
	c.lz = &lz;
	struct stem_pool spool = {NULL, 0};
	c.spool = &spool;
	c.a = a;
	c.ar = ar;
	c.t = a->text;
	c.tk = tk;
	c.nt = nt;
	c.lx = td_arena_alloc(ar, (c.nt + 1) * sizeof(td__lexinfo));
	c.gz = td_arena_alloc(ar, (c.nt + 1) * sizeof(td__gaz *));
	c.gzlen = td_arena_alloc(ar, c.nt + 1);
	c.lxdone = td_arena_calloc(ar, c.nt + 1);
	c.gzdone = td_arena_calloc(ar, c.nt + 1);
	if (!c.lx || !c.gz || !c.gzlen || !c.lxdone || !c.gzdone)
		return TD_ERR_NOMEM;
	/* German marks nouns and names alike with a capital: without its
	 * dictionary every noun would be a name, so German keeps it. */
	int lexicon = !(flags & TD_ENT_NO_LEXICON) || !strcmp(a->lang, "de");
	c.li = lexicon ? td__lex_index(a->lang) : -1;
	c.nodict = td__lex_index(a->lang) < 0;
	c.lbit = td__gaz_lang_bit(a->lang);
	c.nouncaps = c.li >= 0 && !strcmp(a->lang, "de");
	c.caseless = !strcmp(a->lang, "en") || !strcmp(a->lang, "fr") || !strcmp(a->lang, "es") ||
		     !strcmp(a->lang, "it") || !strcmp(a->lang, "pt") || !strcmp(a->lang, "nl");
	c.nt_memo = td_arena_calloc(ar, c.nt + 1);
	c.jmemo = td_arena_calloc(ar, c.nt + 1);
	c.wid = td_arena_calloc(ar, (c.nt + 1) * sizeof(uint32_t));
	c.wslot = td_arena_calloc(ar, (c.nt + 1) * sizeof(uint32_t));
	c.stem = td_arena_alloc(ar, (c.nt + 1) * sizeof(char *));
	c.stemlen = td_arena_alloc(ar, c.nt + 1);
	c.fold = td_arena_alloc(ar, (c.nt + 1) * sizeof(char *));
	c.foldlen = td_arena_alloc(ar, (c.nt + 1) * sizeof(uint16_t));
	if (!c.nt_memo || !c.jmemo || !c.stem || !c.stemlen || !c.wid || !c.wslot || !c.fold || !c.foldlen)
		return TD_ERR_NOMEM;
	memset(c.stemlen, STEM_UNKNOWN, c.nt + 1);
	memset(c.foldlen, 0xFF, (c.nt + 1) * sizeof(uint16_t)); /* FOLD_UNKNOWN */
	c.li_latin = lexicon ? td__lex_index("en") : -1;
	c.cyrillic = !strcmp(a->lang, "ru") || !strcmp(a->lang, "uk") || !strcmp(a->lang, "bg") ||
		     !strcmp(a->lang, "sr") || !strcmp(a->lang, "mk") || !strcmp(a->lang, "be");
	c.slavic = c.cyrillic || !strcmp(a->lang, "pl") || !strcmp(a->lang, "cs") ||
		   !strcmp(a->lang, "sk") || !strcmp(a->lang, "sl") || !strcmp(a->lang, "hr") ||
		   !strcmp(a->lang, "bs");
	if (!c.cyrillic && c.li < 0)
		c.li_latin = -1;
	/* Everything else of the language profile follows from the code. */
	for (size_t k = 0; k < 3 && a->lang[k]; k++)
		c.prof |= (uint64_t)(unsigned char)a->lang[k] << (8 * k);
	c.prof |= (uint64_t)(uint16_t)(c.li + 1) << 32 | (uint64_t)(uint16_t)(c.li_latin + 1) << 48;
	td__tblock_of(&wblock, (void **)&wcache); /* without it, no cache */
	_Static_assert(NELEM(rules) <= LANG_ROWS_MAX && LANG_ROWS_MAX <= NELEM(c.grules), "every guess rule fits");
	static _Thread_local lang_rows grules;
	const lang_rows *gr = ROWS_IN(&grules, a->lang, rules);
	memcpy(c.grules, gr->row, gr->n * sizeof(gr->row[0]));
	c.ngrules = gr->n;

	int spaced = -1;
	c.spaced = &spaced;

	/* Headline: title case when most of its long words are capitalised. */
	const char *nl = memchr(a->text, '\n', a->text_len);
	size_t tend = nl ? (size_t)(nl - a->text) : a->text_len;
	size_t nlong = 0, ncap = 0, nup = 0, nlow = 0;
	while (c.title_end < c.nt && c.tk[c.title_end].start < tend) {
		size_t k = c.title_end++;
		const td_token *t = &c.tk[k];
		if ((t->flags & TD_TOK_ALPHA) && t->end - t->start >= 4) {
			nlong++;
			ncap += (t->flags & TD_TOK_UPPER) != 0;
		}
		/* A word of content in lower case, short ones too ("met",
		 * "won"): the headline is written as a sentence, whose
		 * capitals are names ("Premier Robert Golob se je srečal",
		 * "They met Emmanuel Macron in Paris"). */
		if ((t->flags & TD_TOK_ALPHA) && !(t->flags & TD_TOK_DIGIT) && t->end - t->start >= 3)
			nlow += !nlow && !(t->flags & TD_TOK_UPPER) && !function_word(&c, k) &&
				!english_function_word(&c, k) && !inner_capital(&c, k); /* "iPhone" */
	}
	c.title_case = nlong >= 3 && ncap * 4 >= nlong * 3 && !nlow;

	/* Capitalised words (evidence for guessed lemmas) and the stems of
	 * those capitalised mid-sentence (evidence for sentence-initial
	 * names). */
	uint32_t *up = td_arena_alloc(ar, (c.nt + 1) * sizeof(uint32_t)); /* their tokens */
	if (!up)
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < c.nt; i++)
		if (c.tk[i].flags & TD_TOK_UPPER)
			up[nup++] = (uint32_t)i;
	c.setcap = table_cap(nup);
	c.set = td_arena_calloc(ar, c.setcap * sizeof(uint64_t));
	c.strong = td_arena_calloc(ar, c.setcap * sizeof(uint64_t));
	if (!c.set || !c.strong)
		return TD_ERR_NOMEM;
	if (c.li < 0 && !strcmp(a->lang, "de") && !(c.nouns = words_after(&c, ar, after_article, 1)))
		return TD_ERR_NOMEM;
	if (c.nouncaps && !(c.named = words_after(&c, ar, after_first_name, 0)))
		return TD_ERR_NOMEM;
	for (size_t k = 0; k < nup; k++)
		word_prefetch(&c, up[k]);
	for (size_t k = 0; k < nup; k++) {
		size_t i = up[k], fl;
		hset_add_h(c.set, c.setcap, tok_foldh(&c, i));
		if (!weak_capital(&c, i)) {
			const char *st = tok_stem(&c, i, &fl);
			hset_add(c.strong, c.setcap, st, fl);
		}
	}

	mention *ms = NULL;
	size_t nm = 0, mcap = 0;
	for (size_t i = 0; i < c.nt;) {
		const td_token *t = &c.tk[i];
		const char *w = c.t + t->start;
		size_t wn = t->end - t->start;
		size_t len;
		if (!(t->flags & TD_TOK_UPPER)) {
			/* Lower-case names: "brexit" in Czech or Polish. */
			if ((t->flags & TD_TOK_ALPHA) && td__gaz_lower_start(w, wn)) {
				const td__gaz *g = gaz_at(&c, i, &len, NULL);
				if (g && g->type != TD__NONE) {
					mention m = {i, i + len, g, g->type, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
					if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
						return rc;
					i += len;
					continue;
				}
			}
			i++;
			continue;
		}
		/* A power plant, or a place's adjective before an acronym not
		 * listed: a body of that place ("Харківської ОВА", "Киевской
		 * ОДА"). */
		{
			char pb[WBUF * 2];
			size_t pl = plant_name(&c, i, pb, sizeof(pb));
			int plant = pl != 0;
			if (!plant)
				pl = adjective_acronym(&c, i, pb, sizeof(pb));
			if (pl) {
				mention m = {i, i + 2, NULL, TD_ENT_ORG, 0, 0, 0, (uint8_t)plant, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
				if (!(m.lemma = td_arena_strndup(ar, pb, pl)))
					return TD_ERR_NOMEM;
				/* A listed plant's key ("Запорожская АЭС" and
				 * "Запорізька АЕС" are one). */
				const td__gaz *pg = plant ? gaz_of_text(pb, pl, 1) : NULL;
				if (pg && pg->type == TD_ENT_ORG)
					m.key = pg->key;
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i += 2;
				continue;
			}
		}
		td__lexinfo L;
		lex(&c, i, &L);
		const td__gaz *g = gaz_at_all(&c, i, &len, &L);
		/* A place's common noun opening a sentence before the place's
		 * name is the cue, not the noun of a people it is spelt like
		 * ("Řeka Opava dosáhla": the river, not a Greek, "Řek"). */
		if (g && g->type == TD_ENT_PER && len == 1 && weak_capital(&c, i) && (L.flags & TD__LEX_LOWER) &&
		    i + 1 < c.nt && joined(&c, i + 1) && (c.tk[i + 1].flags & TD_TOK_UPPER) &&
		    !(t->flags & TD_TOK_ALLCAPS) && token_in(&c, i, L_LOC_CUES, 0)) {
			i++;
			continue;
		}
		const td__gaz *town = NULL;
		/* An article and a listed name that a longer one after the
		 * article overlaps: the longer one ("La Unión Europea" is the
		 * Union, not El Salvador's La Unión and "Europea"). */
		if (g && len >= 2 && article_word(&c, i) && i + 1 < c.nt) {
			size_t l2;
			td__lexinfo L1;
			lex(&c, i + 1, &L1);
			const td__gaz *g2 = gaz_at_all(&c, i + 1, &l2, &L1);
			if (g2 && i + 1 + l2 > i + len) {
				i++; /* the article is no part of it */
				continue;
			}
		}
		/* A weak name alone is decided after its run; before another
		 * capitalised word it splits the run like any other name
		 * ("Пенджаба Салман Тасир"), unless they make a person. */
		if (g && g->weak && len == 1 && !weak_splits(&c, i, &L)) {
			town = g;
			g = NULL;
		}
		/* A noun of a country's people after a given name is a
		 * surname ("Petrem Němcem": Němec; "Janem Polakiem"); before a
		 * name it is an apposition ("Polka Katarzyna Kieli"). */
		if (g && len == 1 && g->type == TD_ENT_PER &&
		    (!strncmp(g->key, "gpe:", 4) || !strncmp(g->key, "loc:", 4) || !strncmp(g->key, "reg:", 4)) &&
		    i > 0 && joined(&c, i) && (c.tk[i - 1].flags & TD_TOK_UPPER) &&
		    !(c.tk[i - 1].flags & TD_TOK_ALLCAPS)) {
			if (name_before_people(&c, i - 1, 0))
				g = NULL;
		}
		/* (A common noun's abbreviation that opens the name of a law or
		 * a treaty is part of it: "the AI Act", "the CHIPS Act".) */
		if (g && g->type == TD__NONE && (t->flags & TD_TOK_ALLCAPS) && i + len < c.nt &&
		    joined(&c, i + len) && (c.tk[i + len].flags & TD_TOK_UPPER) &&
		    !(c.tk[i + len].flags & TD_TOK_ALLCAPS) && token_in(&c, i + len, L_WORK_HEADS, 0) &&
		    !(i + len + 1 < c.nt && joined(&c, i + len + 1) && (c.tk[i + len + 1].flags & TD_TOK_UPPER))) {
			mention m = {i, i + len + 1, NULL, TD_ENT_PRO, 0, 1, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
			if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
				return rc;
			i += len + 1;
			continue;
		}
		if (g && g->type == TD__NONE) {
			i += len;
			continue;
		}
		/* A body's head noun opening a sentence, with the body's
		 * purpose after it, or its country's acronym and its purpose
		 * ("Ministrstvo za naravne vire in prostor je", "Uprava RS za
		 * zaščito in reševanje je"): the capital is the sentence's, the
		 * purpose makes it a name. */
		/* (Not an office's title: "Ministr pro brexit", "Komisarz
		 * ds. cyfryzacji".) */
		if (!g && !town && c.slavic && weak_capital(&c, i) && !(t->flags & TD_TOK_ALLCAPS) &&
		    (L.flags & TD__LEX_LOWER) && !adjectival(&c, i) && token_in(&c, i, L_ORG_HEADS, 0) &&
		    !token_in(&c, i, L_PER_CUES, 1)) {
			size_t pe = purpose_end(&c, i + 1), seat = i + 1, gl;
			if (pe == i + 1 && i + 2 < c.nt && joined(&c, i + 1) && (c.tk[i + 1].flags & TD_TOK_ALLCAPS)) {
				td__lexinfo La;
				lex(&c, i + 1, &La);
				const td__gaz *ga = gaz_at(&c, i + 1, &gl, &La);
				if (ga && gl == 1 && ga->type == TD_ENT_LOC && !strncmp(ga->key, "gpe:", 4))
					pe = purpose_end_after(&c, i + 2, i);
				if (pe == i + 2)
					pe = i + 1;
			}
			/* ... or its country in the genitive, or after Bulgarian
			 * "на" ("Vláda České republiky souhlasila", "Правителството
			 * на Полша"). */
			/* (A country whose name ends as an adjective does, read
			 * by the dictionary as a name: "Ministerstvo Polska".) */
			if (pe == i + 1 && strcmp(c.a->lang, "bg") && country_at(&c, i + 1, &gl) &&
			    (gl > 1 || !adjectival(&c, i + 1) || proper_only(&c, i + 1)))
				pe = i + 1 + gl;
			else if (pe == i + 1 && of_country(&c, i + 1, &gl))
				pe = i + 2 + gl;
			if (pe > i + 1) {
				mention m = {i, pe, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, seat, 0, 0, 0};
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i = pe;
				continue;
			}
		}
		/* A designation with a hyphen no list holds: a product ("F-35",
		 * "С-400"), as written. */
		const char *dkey = !g && !town ? hyphen_designation(&c, i) : NULL;
		if (dkey) {
			mention m = {i, i + 1, NULL, TD_ENT_PRO, 0, 1, 0, 0, NULL, dkey, 0, 0, 0, 0, 0, 0, 0, 0};
			if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
				return rc;
			i++;
			continue;
		}
		/* A body named by a relational adjective, adjectives and its
		 * head, all but the first in lower case ("Hrvatski nogometni
		 * savez", "Český olympijský výbor"). */
		size_t bp, bh = g && len > 1 ? 0 : adjective_body(&c, i, &L, &bp);
		if (bh) {
			mention m = {i, bh, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
			m.seat = bp; /* the purpose as written */
			/* A broadcaster's or a paper's: a product ("Полско радио");
			 * a square's or a sea's: a place ("Kongresni trg"). */
			for (size_t k = i + 1; k < (bp ? bp : bh); k++)
				if (token_in(&c, k, L_MEDIA_HEADS, 0) || token_in(&c, k, L_WORK_HEADS, 0))
					m.type = TD_ENT_PRO;
			if (m.type == TD_ENT_ORG && token_in(&c, (bp ? bp : bh) - 1, L_PLACE_HEADS, 0) &&
			    !token_in(&c, (bp ? bp : bh) - 1, L_ORG_HEADS, 0))
				m.type = TD_ENT_LOC;
			if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
				return rc;
			i = bh;
			continue;
		}
		/* An adjective of a country is no mention of it: a name that
		 * starts with it goes on ("Polskie Radio"), a sentence that
		 * starts with it has none ("Ruský prezident"). */
		if (g && len == 1 && !strncmp(g->key, "gpe:", 4) && (L.flags & TD__LEX_LOWER) &&
		    !(t->flags & TD_TOK_ALLCAPS) && country_adjective(&c, i, g)) {
			g = NULL;
			if (weak_capital(&c, i)) {
				i++;
				continue;
			}
		}
		/* Polish writes a country's genitive like its adjective's
		 * masculine ("Polski", of Poland, and Polish): before a
		 * capitalised organisation's word it is the adjective that opens
		 * the body's name ("Polski Związek Tenisowy"). */
		if (g && len == 1 && !strncmp(g->key, "gpe:", 4) && !strcmp(c.a->lang, "pl") &&
		    !(t->flags & TD_TOK_ALLCAPS) && wn > 4 &&
		    (!memcmp(w + wn - 3, "ski", 3) || !memcmp(w + wn - 3, "cki", 3)) && i + 1 < c.nt &&
		    joined(&c, i + 1) && (c.tk[i + 1].flags & TD_TOK_UPPER) && !(c.tk[i + 1].flags & TD_TOK_ALLCAPS) &&
		    token_in(&c, i + 1, L_ORG_HEADS, 0))
			g = NULL;
		/* A place's word that the dictionary reads as a given name of
		 * another base form, before a capitalised word that is no
		 * common word and no listed name: a person ("замінив Домініка
		 * Рабе", Dominic Raab, not Dominica). */
		if (g && len == 1 && g->type == TD_ENT_LOC && c.slavic && given_before_surname(&c, i, g, &L))
			g = NULL;
		/* Elsewhere a province named like a first name of the census
		 * before a capitalised word that is no listed name, no head
		 * and no common word is a person's first name ("Isabel Díaz
		 * Ayuso": not the Solomon Islands' Isabel). */
		if (g && len == 1 && g->type == TD_ENT_LOC && c.caseless && !strncmp(g->key, "sub:", 4) &&
		    !(t->flags & TD_TOK_ALLCAPS) && i + 1 < c.nt && joined(&c, i + 1) &&
		    (c.tk[i + 1].flags & TD_TOK_UPPER) && !(c.tk[i + 1].flags & TD_TOK_ALLCAPS) && census_word(&c, i)) {
			td__lexinfo Ln;
			lex(&c, i + 1, &Ln);
			size_t gl;
			if (!(Ln.flags & TD__LEX_LOWER) && !gaz_at_all(&c, i + 1, &gl, &Ln) &&
			    !token_in(&c, i + 1, L_ORG_HEADS, 0) && !token_in(&c, i + 1, L_PLACE_HEADS, 0))
				g = NULL;
		}
		if (g) {
			/* A sentence-initial common word is not a name even when a
			 * place shares its stem, nor when any name does that it
			 * is not a form of ("Torej", "so", is no "Tory"). Where
			 * every noun has a capital, a sentence's first word is
			 * read as any other ("Berlin ist", as "in Berlin"). */
			/* (Nor, for a body's or a work's name, a common word's
			 * form whose base form is none of its names: "«Политики
			 * приходят»", politicians, is no "Политико". In quotes a
			 * form of a common word that is a listed name is the
			 * name: "«Новичка»".) */
			int weak = weak_capital(&c, i) && !c.nouncaps;
			if (len == 1 && weak && (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER) &&
			    !(t->flags & TD_TOK_ALLCAPS) &&
			    (!strncmp(g->key, "city:", 5) || !strncmp(g->key, "sub:", 4) ||
			     (!listed_form(&c, i, g) &&
			      !((t->flags & TD_TOK_QUOTED) && L.lemma && name_in_chain(g, L.lemma))) ||
			     common_base_form(&c, i, &L, g) ||
			     (g->type != TD_ENT_LOC && L.lemma && !listed_within(&c, i, g, 0) &&
			      !name_in_chain(g, L.lemma)))) {
				i++;
				continue;
			}
			/* Where a country's name is its adjective (Croatian,
			 * Serbian, Bosnian "Hrvatska"), the name of a body that
			 * opens with it goes on over adjectives in lower case to
			 * its head: "Hrvatska narodna banka", "Hrvatske narodne
			 * banke", "Hrvatska demokratska zajednica". (Slovene gold
			 * reads "Hrvaška policija" as the country.) */
			static const char *const adj_country[] = {"ska", "ške", "ske", "ška", "čka", "čke",
								   "skoj", "škoj", "čkoj", "sku", "šku", "čku"};
			if (len == 1 && !strncmp(g->key, "gpe:", 4) && !(t->flags & TD_TOK_ALLCAPS) &&
			    (!strcmp(c.a->lang, "hr") || !strcmp(c.a->lang, "sr") || !strcmp(c.a->lang, "bs")) &&
			    ends_in(&c, i, adj_country, NELEM(adj_country))) {
				/* Adjectives, then the head; no verb. */
				size_t k = i + 1, head = 0;
				while (!head && k < c.nt && k < i + 4 && joined(&c, k) && name_goes_on(&c, k)) {
					if (token_in(&c, k, L_ORG_HEADS, 0) && (!adjectival(&c, k) || noun_by_lemma(&c, k)))
						head = k + 1;
					else if (!adjectival(&c, k))
						break;
					k++;
				}
				if (head) {
					mention m = {i, head, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
					if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
						return rc;
					i = head;
					continue;
				}
			}
			/* Inhabitants of a country, by their form ("Rumuni"):
			 * persons under the country's key. */
			if (len == 1 && c.slavic && g->type != TD_ENT_PER && !strncmp(g->key, "gpe:", 4) &&
			    inhabitants(&c, i, g, &L)) {
				mention m = {i, i + 1, NULL, TD_ENT_PER, 0, 1, 1, 0, NULL, g->key, 0, 0, 0, 0, 0, 0, 0, 0};
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i++;
				continue;
			}
			/* In English a name that goes on after a listed one to an
			 * organisation's or a place's head word is one name:
			 * "Wasilla Bible Church", "Moscow State University". */
			if (g->type != TD_ENT_PER && !strcmp(c.a->lang, "en")) {
				size_t k = i + len;
				while (k < c.nt && k < i + len + 3 && joined(&c, k) && (c.tk[k].flags & TD_TOK_UPPER) &&
				       !(c.tk[k].flags & TD_TOK_ALLCAPS))
					k++;
				int type = -1, firmsfx = 0;
				if (k > i + len) {
					char f[WBUF];
					size_t fl = tok_fold(&c, k - 1, f, sizeof(f));
					static const char *const firm[] = {"co", "cos", "corp", "inc", "ltd", "plc",
									   "llc", "ag", "sa", "se", "nv", "spa"};
					if (token_in(&c, k - 1, L_MEDIA_HEADS, 0))
						type = TD_ENT_PRO;
					else if ((firmsfx = k == i + len + 1 && g->type == TD_ENT_ORG &&
							    word_listed(firm, NELEM(firm), f, fl)) ||
						 token_in(&c, k - 1, L_ORG_HEADS, 0))
						type = TD_ENT_ORG;
					/* A legal form ends a firm's name that begins
					 * with a place ("Taiwan Semiconductor
					 * Manufacturing Co"). */
					else if (k > i + len + 1 && word_listed(firm, NELEM(firm), f, fl))
						type = TD_ENT_ORG;
					else if (token_in(&c, k - 1, L_PLACE_HEADS, 0) && head_word(f, fl))
						type = TD_ENT_LOC;
					else if (event_head(&c, k - 1))
						type = TD_ENT_EVT; /* "Monaco Grand Prix", "US Open" */
					else if (token_in(&c, k - 1, L_WORK_HEADS, 0))
						type = TD_ENT_PRO; /* "Paris Agreement", "Minsk Protocol" */
				}
				/* ... and over "of" to the next capitalised words
				 * ("London School of Economics"). */
				if ((type == TD_ENT_ORG || type == TD_ENT_LOC) && !firmsfx && k + 1 < c.nt &&
				    joined(&c, k) && joined(&c, k + 1) && token_in(&c, k, L_OF_WORDS, 1) &&
				    (c.tk[k + 1].flags & TD_TOK_UPPER) && !(c.tk[k + 1].flags & TD_TOK_ALLCAPS)) {
					size_t e = k + 1;
					while (e < c.nt && e < k + 4 && (e == k + 1 || joined(&c, e)) &&
					       (c.tk[e].flags & TD_TOK_UPPER) && !(c.tk[e].flags & TD_TOK_ALLCAPS))
						e++;
					k = e;
				}
				if (type >= 0) {
					/* The firm with its legal form ("Boeing Co") is the
					 * firm listed. */
					mention m = {i, k, NULL, (uint8_t)type, 0, 1, 0, 0, NULL, firmsfx ? g->key : NULL,
						     0, 0, 0, 0, 0, 0, 0, 0};
					if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
						return rc;
					i = k;
					continue;
				}
			}
			/* A place and a plural after it name a team: "Kansas City
			 * Chiefs", "Indianapolis Colts"; an American city's team
			 * written so in other languages too ("Dallas Mavericks
			 * so zmagali"). */
			/* (A place's name in another language only is none:
			 * "Maurice", French for Mauritius, in "Maurice Cheeks".) */
			if (g->type == TD_ENT_LOC && i + len < c.nt && joined(&c, i + len) &&
			    (c.tk[i + len].flags & TD_TOK_UPPER) && (g->langs & (c.lbit | TD__GAZ_ANY)) &&
			    ((c.caseless &&
			      (english_common_head(&c, i + len, i + len + 1) || team_plural(&c, i + len, len))) ||
			     (!c.caseless && !c.cyrillic && !strncmp(g->key, "city:", 5) && foreign_team(&c, i + len)))) {
				mention m = {i, i + len + 1, NULL, TD_ENT_ORG, 0, 1, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i += len + 1;
				continue;
			}
			/* A one-word place followed by a name is a person's name
			 * ("Asia Bibi", "Dominic Raab"). */
			int person = 0;
			if (len == 1 && g->type == TD_ENT_LOC && i + 1 < c.nt && joined(&c, i + 1) &&
			    (c.tk[i + 1].flags & TD_TOK_UPPER) && !(c.tk[i + 1].flags & TD_TOK_ALLCAPS) &&
			    !(t->flags & TD_TOK_ALLCAPS)) {
				size_t l2;
				td__lexinfo L2;
				lex(&c, i + 1, &L2);
				/* (Or a capitalised particle and a surname: "Bruno
				 * Le Maire", "Bruno" a form of Brunei in Polish.) */
				static const char *const caps[] = {"Le", "La", "De", "Van", "Von", "Di", "Da", "Du",
								   "Del", "Dos", "Al", "El", "Ле", "Ла", "Де", "Ван",
								   "Фон", "Ди", "Дю", "Аль", "Эль", "Ель"};
				int particle = i + 2 < c.nt && joined(&c, i + 2) && (c.tk[i + 2].flags & TD_TOK_UPPER) &&
					       word_listed(caps, NELEM(caps), c.t + c.tk[i + 1].start,
							   c.tk[i + 1].end - c.tk[i + 1].start) &&
					       dict_name(&c, w, wn, is_latin_word(w, wn));
				/* (Not a place as listed before a name in a case no
				 * nominative has: "Itálie Draghimu věří", Italy
				 * trusts Draghi.) */
				/* (Or a census first name that names the place in
				 * another language only: "Maurice Cheeks", Maurice
				 * French for Mauritius.) */
				int foreign_given = !(g->langs & (c.lbit | TD__GAZ_ANY)) && census_word(&c, i);
				person = (particle || foreign_given ||
					  (!gaz_at(&c, i + 1, &l2, &L2) && !(L2.flags & TD__LEX_LOWER) &&
						       !(i + 2 < c.nt && joined(&c, i + 2) &&
							 (c.tk[i + 2].flags & TD_TOK_UPPER)))) &&
					 !oblique_place(&c, i, g) && !(listed_within(&c, i, g, 0) && sure_case(&c, i + 1));
			}
			if (!person) {
				/* "Departament Stanu USA": an acronym after an organisation. */
				size_t gl, seat = 0;
				td__lexinfo L2;
				if (g->type == TD_ENT_ORG && len > 1 && i + len < c.nt && joined(&c, i + len) &&
				    (c.tk[i + len].flags & TD_TOK_ALLCAPS)) {
					lex(&c, i + len, &L2);
					const td__gaz *ga = gaz_at(&c, i + len, &gl, &L2);
					/* (Not the body's own acronym after it: "Svetovne
					 * antidopinške agencije WADA" names it twice.) */
					if (ga && gl == 1 && strcmp(ga->key, g->key)) {
						/* A state's body and its country's
						 * acronym ("Министерство финансов США"):
						 * that state's body, as written. */
						if (!strncmp(g->key, "gov:", 4) && !strncmp(ga->key, "gpe:", 4))
							seat = i + len;
						len++;
					}
				}
				mention m = {i, i + len, g, g->type, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
				m.seat = seat;
				/* "Irlandia Płn.": a place and an abbreviated quarter. */
				const td__gaz *g2 = g->type == TD_ENT_LOC ? quarter(&c, i, len) : NULL;
				if (g2) {
					m.g = g2;
					m.type = g2->type;
					m.j = i + len + 1;
					m.dot = 1;
					len++;
				}
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i += len;
				continue;
			}
		}
		if ((t->flags & TD_TOK_QUOTED) && !(t->flags & TD_TOK_ALLCAPS)) {
			size_t q = quoted_span(&c, i);
			int all_cap = 1;
			for (size_t k = i; k < i + q; k++)
				if (!(c.tk[k].flags & TD_TOK_UPPER) && !(c.tk[k].flags & TD_TOK_DIGIT))
					all_cap = 0;
			int common = (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER);
			/* (Nor when the quotes close on a capitalised word that is
			 * no common word, past a particle: «Стад де Франс».) */
			if (common && q >= 3 && !all_cap && !(c.tk[i + q - 1].flags & TD_TOK_ALLCAPS) &&
			    (c.tk[i + q - 1].flags & TD_TOK_UPPER)) {
				td__lexinfo Lq;
				lex(&c, i + q - 1, &Lq);
				int particle = 0;
				for (size_t k = i + 1; k + 1 < i + q; k++)
					particle |= name_particle(&c, k);
				if (particle && !(Lq.flags & TD__LEX_LOWER))
					common = 0;
			}
			/* (A common word alone in quotes is a term, unless a
			 * capital inside it marks a name: «Альфа-Банк».) */
			/* (A word before the quotes that names a work or a
			 * medium makes a common word its title: "сериал
			 * «Корона»".) */
			int pro_cued = i > 0 && token_in(&c, i - 1, L_PRO_CUES, 0);
			if (q >= 1 && q <= 4 && (all_cap || !common || pro_cued) &&
			    !(q == 1 && common && !inner_capital(&c, i) && !hyphen_capital(&c, i) && !pro_cued)) {
				mention m = {i, i + q, NULL, TD_ENT_ORG, 0, 1, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
				/* The Slavic languages in Latin letters quote titles
				 * of publications, programmes and works ("Observer",
				 * „Rzeczpospolita”), rarely companies. */
				/* English quotes the titles of works, never a firm's
				 * name ("the \"Mean Girls\" star"). */
				if ((c.slavic && !c.cyrillic) || !strcmp(c.a->lang, "en"))
					m.type = TD_ENT_PRO;
				/* A nickname between a person's names (Vincent "The
				 * Chin" Gigante: a census first name before it) is the
				 * person's. */
				if (c.caseless && i > 0 && i + q < c.nt && quote_gap(&c, i) && quote_gap(&c, i + q) &&
				    census_given(&c, i - 1) && (c.tk[i + q].flags & TD_TOK_UPPER) &&
				    !(c.tk[i + q].flags & TD_TOK_ALLCAPS))
					m.type = TD_ENT_PER;
				/* A word before the quotes types the name: "вестник
				 * „Гардиън“", "firma „Saipem“". */
				if (i > 0 && token_in(&c, i - 1, L_PRO_CUES, 0)) {
					m.type = TD_ENT_PRO;
					m.cued = 1;
				} else if (i > 0 && token_in(&c, i - 1, L_ORG_CUES, 0)) {
					m.type = TD_ENT_ORG;
					m.cued = 1;
				} else if (i > 0 && token_in(&c, i - 1, L_LOC_CUES, 0)) {
					/* "на стадионе «Лужники»", "město „Ústí“" */
					m.type = TD_ENT_LOC;
					m.cued = 1;
				}
				if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
					return rc;
				i += q;
				continue;
			}
		}
		if (!name_token(&c, i, &L)) {
			i++;
			continue;
		}
		/* Capitals for emphasis: common words, not acronyms. */
		if ((t->flags & TD_TOK_ALLCAPS) && shouting(&c, i)) {
			while (i < c.nt && (c.tk[i].flags & TD_TOK_ALLCAPS))
				i++;
			continue;
		}
		/* A patriarch's title ("Патриарх Московский и всея Руси
		 * Кирилл"): the land after "всея" is the title's, not a name
		 * of its own nor the first word of the person's. */
		/* So is "Roman" beside "Pope" ("Папа Римский Франциск", "Римский
		 * Папа Бенедикт XVI"). */
		if (c.cyrillic && ((i > 0 && joined(&c, i) && c.tk[i - 1].end - c.tk[i - 1].start == 8 &&
				    !memcmp(c.t + c.tk[i - 1].start, "всея", 8)) ||
				   pope_title(&c, i))) {
			i++;
			continue;
		}
		if (c.cyrillic && i + 1 < c.nt && pope_title(&c, i + 1) && !pope_title(&c, i)) {
			i += 2; /* "Папа Римский", "Папой Римским" */
			continue;
		}
		if (roman(&c, i)) {
			i++;
			continue;
		}
		/* A run of capitalised words (and a regnal number), with the
		 * particles of persons' names inside ("Charles de Gaulle"). */
		size_t j = i + 1, parts = 0;
		/* (An Arabic particle joined by a hyphen to the name after it
		 * is a word of the name: "Башар аль-Асад", "Саиф уль-Малук".) */
		while (j < c.nt && j < i + 5 + parts && joined(&c, j) &&
		       ((c.tk[j].flags & TD_TOK_UPPER) ||
			(!(t->flags & TD_TOK_ALLCAPS) && (name_particle(&c, j) || hyphen_particle(&c, j)))) &&
		       (!(c.tk[j].flags & TD_TOK_ALLCAPS) == !(t->flags & TD_TOK_ALLCAPS) ||
			(!(t->flags & TD_TOK_ALLCAPS) && roman(&c, j)))) {
			if (!(c.tk[j].flags & TD_TOK_UPPER) && !hyphen_particle(&c, j)) {
				j++;
				parts++;
				continue;
			}
			size_t gl;
			td__lexinfo L2;
			lex(&c, j, &L2);
			const td__gaz *gj = gaz_at(&c, j, &gl, &L2);
			if (gj && gl > 1)
				break;
			if (j == i + 1 && foreign_name_after_common(&c, i, &L))
				break;
			/* A noun of a country's people is a name of its own after
			 * a person's ("Šešelja Amerikancima", Šešelj to the
			 * Americans). */
			/* (Not a surname after a first name that shares its stem:
			 * "Carlos Brito", "Petrem Němcem".) */
			/* (Also after an office: "Ministr Petr Němec".) */
			if (gj && gj->type == TD_ENT_PER && !strncmp(gj->key, "gpe:", 4) && !(t->flags & TD_TOK_ALLCAPS)) {
				if (!name_before_people(&c, j - 1, 1))
					break;
			}
			/* Where no dictionary reads the words, a listed country or
			 * city after two names ends them ("Orbán Viktor
			 * Brüsszelben", its case ending read by gaz_word). */
			if (gj && c.nodict && j >= i + 2 && gj->type == TD_ENT_LOC &&
			    (!strncmp(gj->key, "gpe:", 4) || !strncmp(gj->key, "city:", 5)))
				break;
			/* Czech and Slovak: a woman's surname ends her name; a
			 * capitalised word after it is another name ("manžel
			 * Asie Bibiové Ašik Masíh", "Angela Merkelová Trumpa"),
			 * unless it is a second surname of hers ("Dupaľová
			 * Ksenzsighová"). */
			if (women_surname_form(&c, j - 1) && !women_surname_form(&c, j) && !(c.tk[j - 1].flags & TD_TOK_ALLCAPS))
				break;
			/* A census first name that opens a name of two words after
			 * a word that is no first name starts another person ("Mayové
			 * David Cameron", "Ohija John Kasich", "Newyorčan Donald
			 * Trump"): no one's name goes on after the surname with a
			 * first name. */
			if (new_person_at(&c, i, j))
				break;
			/* A town or a province in an oblique case before a word in
			 * its nominative ("w Pensylwanii Biden"). */
			if (j == i + 1 && town && oblique_place(&c, i, town))
				break;
			/* A country as listed (in the nominative) after a first
			 * name and a surname is a name of its own ("Тереза Мей
			 * Великобритания да остане", "s Jensem Stoltenbergem
			 * Německo"); not after words the dictionaries know in lower
			 * case or the head of an organisation ("Business Insider
			 * Polska"). */
			if (gj && gl == 1 && j == i + 2 && gj->type == TD_ENT_LOC &&
			    (!strncmp(gj->key, "gpe:", 4) || !strncmp(gj->key, "city:", 5)) &&
			    listed_within(&c, j, gj, 0) && plain_name_words(&c, i, j))
				break;
			/* So after a surname alone that the article names in full
			 * elsewhere, where nouns have no cases ("Молбата на Мей
			 * Великобритания да остане"; where they have, a firm and
			 * its country are one name: "Adecco Polska"). */
			if (gj && gl == 1 && j == i + 1 && gj->type == TD_ENT_LOC && !strncmp(gj->key, "gpe:", 4) &&
			    (!strcmp(c.a->lang, "bg") || !strcmp(c.a->lang, "mk")) && !(t->flags & TD_TOK_ALLCAPS) &&
			    listed_within(&c, j, gj, 0) && surname_elsewhere(&c, i))
				break;
			if (!roman(&c, j) && !hyphen_particle(&c, j) && !name_token(&c, j, &L2))
				break;
			/* In a Cyrillic text a change of script ends a name ("The
			 * Sunday Times Тереза Мей"); not before a regnal number
			 * ("Елизавета II") or after an acronym ("ИА Regnum"). */
			if (c.cyrillic && latin_only(&c, j) != latin_only(&c, j - 1) && !roman(&c, j) &&
			    !(c.tk[j - 1].flags & TD_TOK_ALLCAPS))
				break;
			/* A common word that the article also writes in lower
			 * case after names of persons only starts a sentence
			 * whose full stop the text lost ("Дейвид Дейвис Време
			 * е", "Тереза Мей Британският премиер"). */
			if (j >= i + 2 && !(c.tk[j].flags & TD_TOK_ALLCAPS) && (L2.flags & TD__LEX_LOWER) &&
			    !(L2.flags & TD__LEX_PROPER) && !(t->flags & TD_TOK_ALLCAPS)) {
				int names = 1;
				for (size_t k = i; k < j && names; k++) {
					td__lexinfo Lk;
					lex(&c, k, &Lk);
					names = !(Lk.flags & TD__LEX_LOWER) || (Lk.flags & TD__LEX_PROPER);
				}
				if (names && lower_elsewhere(&c, j)) {
					c.nt_memo[j] = 1; /* no name starts there either */
					break;
				}
			}
			/* A name of several words that ends in the head word of an
			 * organisation ("Adria Airways"), or an acronym with small
			 * letters ("BiH", "UKiP"), before two more capitalised
			 * words is followed by a person in apposition ("Adria
			 * Airways Holger Kowarsch", "BiH Dragan Mektić"). */
			if (j + 1 < c.nt && joined(&c, j + 1) &&
			    (c.tk[j + 1].flags & TD_TOK_UPPER) && !(c.tk[j].flags & TD_TOK_ALLCAPS) &&
			    !(c.tk[j + 1].flags & TD_TOK_ALLCAPS) &&
			    ((j >= i + 2 && token_in(&c, j - 1, L_ORG_HEADS, 0)) ||
			     (j == i + 1 && inner_capital(&c, i))) &&
			    !token_in(&c, j, L_ORG_HEADS, 0) && !token_in(&c, j + 1, L_ORG_HEADS, 0) &&
			    !(L2.flags & TD__LEX_LOWER) && person_word(&c, j + 1))
				break;
			j++;
		}
		/* A particle ends no name. */
		while (j > i + 1 && !(c.tk[j - 1].flags & TD_TOK_UPPER) && !hyphen_particle(&c, j - 1))
			j--;
		/* Slavic names capitalise their first word only: a common word
		 * capitalised mid-sentence starts a name that goes on in lower
		 * case ("Európsky parlament", "Палата общин"). */
		int ext = 0;
		/* Bulgarian has no cases: a noun after a noun is no complement
		 * of it ("Съюза чернова"), only an adjective opens such a name
		 * ("Европейския съюз"). */
		/* Not a word in Latin letters in a Cyrillic text: a foreign
		 * name, which the Cyrillic words after it do not continue
		 * ("Foobar выросли"). */
		if (c.slavic && j == i + 1 && (!weak_capital(&c, i) || ministry_start(&c, i)) &&
		    !(c.cyrillic && latin_only(&c, i)) &&
		    /* (no name opens with a verb: "ТЕЛЕЦ Обратите внимание", a
		     * heading's full stop lost) */
		    !infinitive(&c, i) &&
		    (strcmp(c.a->lang, "bg") || bg_adjective(&c, i)) &&
		    (((L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER)) ||
		     /* a place's adjective inside a sentence, which the
		      * dictionary knows as a surname too: "Українська правда";
		      * in Latin letters before a place's or a body's head:
		      * "na Václavské náměstí" */
		     ((L.flags & TD__LEX_LOWER) && !(t->flags & TD_TOK_SENT_START) &&
		      (c.cyrillic ||
		       (j < c.nt && (token_in(&c, j, L_PLACE_HEADS, 0) || token_in(&c, j, L_ORG_HEADS, 0)))) &&
		      adjectival(&c, i) && relational_suffix(&c, i)) ||
		     /* an adjective no dictionary knows: "Третьяковской галереи" */
		     (!(L.flags & TD__LEX_KNOWN) && (L.flags & TD__LEX_DICT) && adjectival(&c, i) &&
		      relational_suffix(&c, i) && !surname_stem_elsewhere(&c, i))) &&
		    !(t->flags & TD_TOK_ALLCAPS) && j < c.nt &&
		    /* (a listed name of two capitalised parts is whole: "w
		     * Bielsku-Białej otwarto") */
		    !((g || town) && hyphen_capital(&c, i)) && joined(&c, j) && name_goes_on(&c, j) &&
		    /* (nor does a listed place's name, a common word too,
		     * whose sentence's start a dash or a quote hid: "- Mamy
		     * bogatą firmę", "»Tega nisem naredil«") */
		    !((town || (g && len == 1 && g->type == TD_ENT_LOC)) && !adjectival(&c, i)) &&
		    /* (not over an office: "Британският премиер Тереза Мей") */
		    !token_in(&c, j, L_HONORIFICS, 1)) {
			j++;
			ext = 1;
			/* A body's head with its complement in the genitive
			 * ("Ústavu zdravotnických informací a statistiky", "Фонд
			 * национального благосостояния"): the head alone here, the
			 * complement after the run (genitive_end()). */
			if (!adjectival(&c, i) && token_in(&c, i, L_ORG_HEADS, 0) && genitive_end(&c, i + 1) > i + 1)
				j = i + 1;
			/* Adjectives go on to their noun ("Европейската икономическа
			 * общност"), at most two more words. */
			else
				for (int more = 0; more < 3 &&
						   (adjectival(&c, j - 1) || bg_adjective_goes_on(&c, j - 1)) &&
						   j < c.nt && joined(&c, j) && name_goes_on(&c, j);
				     more++)
					j++;
			/* A noun's name ends in a noun: one adjective after a noun
			 * is the sentence's ("Sjednica Vlade održana je"). */
			if (j == i + 2 && adjectival(&c, j - 1) && !adjectival(&c, i) &&
			    !ends_in(&c, i, soft_adjective, NELEM(soft_adjective))) {
				j = i + 1;
				ext = 0;
			}
			if (ext && body_label(&c, j))
				j++;
		}
		/* Romance languages write an institution's adjectives in lower
		 * case after its capitalised head: "Conseil constitutionnel",
		 * "Corte costituzionale", "Banca centrale europea". A leading
		 * article before the head is no part of it ("La Banque de
		 * France"). */
		if (romance(&c) && !(t->flags & TD_TOK_ALLCAPS)) {
			if (j > i + 1 && romance_article(&c, i) && token_in(&c, i + 1, L_ORG_HEADS, 0)) {
				size_t gl;
				if (!gaz_at_all(&c, i, &gl, &L) || gl < j - i) {
					i++;
					t = &c.tk[i];
					lex(&c, i, &L);
				}
			}
			if (j == i + 1 && token_in(&c, i, L_ORG_HEADS, 0))
				for (int more = 0; more < 2 && j < c.nt && joined(&c, j) && romance_adjective(&c, j);
				     more++)
					j++;
		}
		if (ext) {
			/* A country or organisation after it: "Верховный суд Пакистана". */
			size_t gl;
			td__lexinfo L2;
			if (j < c.nt && joined(&c, j) && (c.tk[j].flags & TD_TOK_UPPER)) {
				lex(&c, j, &L2);
				if (gaz_after(&c, j, &gl, &L2) && gl == 1)
					j++;
			}
		}
		/* A Bulgarian common word with its article alone ("Законът
		 * ...", "Общността") is no name. */
		if (j == i + 1 && !ext && !town && !(t->flags & TD_TOK_ALLCAPS) && bg_definite(&c, i, &L)) {
			i++;
			continue;
		}
		/* A lone capitalised word that the dictionary knows as a common
		 * word only, and that the article also writes in lower case, is
		 * a common word after a sentence end that the text lost ("...
		 * The Guardian Той заявява", "/bnr.bg Днес", "Мей За даними"). */
		if (j == i + 1 && !ext && !(t->flags & TD_TOK_ALLCAPS) && (L.flags & TD__LEX_LOWER) &&
		    !(L.flags & TD__LEX_PROPER) && lower_elsewhere(&c, i)) {
			i++;
			continue;
		}
		/* Nor does a common word that opens a sentence, and that the
		 * article also writes in lower case, open the name after it
		 * ("Rodina Bibiové", "Manžel Bibiové Ašik Masíh"). */
		if (j > i + 1 && !ext && c.slavic && (t->flags & TD_TOK_SENT_START) &&
		    !(t->flags & TD_TOK_ALLCAPS) && (L.flags & TD__LEX_LOWER) && lower_elsewhere(&c, i)) {
			i++;
			continue;
		}
		/* Nor is an office's department before the holder's name
		 * ("Secretary of Commerce Gary Locke": "Commerce" is a town's
		 * name too, so the name split after it). */
		if (j == i + 1 && !ext && office_department(&c, i) && j + 1 < c.nt && joined(&c, j) &&
		    census_word(&c, j)) {
			i++;
			continue;
		}
		/* A title alone is no name ("le Premier ministre", "the
		 * President said"). */
		if (j == i + 1 && !ext && !(t->flags & TD_TOK_ALLCAPS) &&
		    (token_in(&c, i, L_HONORIFICS, 1) || english_function_word(&c, i) ||
		     english_demonym_adjective(&c, i))) {
			i++;
			continue;
		}
		/* A title of several words alone is no name either ("Senior
		 * Vice President", "Chief Executive Officer"). */
		if (j > i + 1 && !ext && c.caseless && title_run(&c, i, j)) {
			i = j;
			continue;
		}
		/* Titles before a name: "President Trump", "Mr Johnson". */
		int per = 0;
		for (size_t k = i; k + 1 < j && !(k + 2 == j && generation_word(&c, j - 1)); k++)
			if ((token_in(&c, k, L_HONORIFICS, 1) && !token_in(&c, k + 1, L_ORG_HEADS, 0)) ||
			    (!ext && k == i && title_word(&c, k))) {
				i = k + 1;
				per = 1;
			}
		/* English titles of firms' officers before a person named in
		 * full ("Chief Executive Guillaume Faury", "Senior Vice
		 * President Jane Doe"): the person; the words after them no
		 * common words, organisation's heads or listed names
		 * ("Financial Times Group" stays). */
		if (c.caseless && !per && !ext && j - i >= 3) {
			size_t k = english_title_prefix(&c, i, j);
			if (k > i && j - k >= 2 && j - k <= 3 && plain_name_words(&c, k, j)) {
				size_t gl;
				int listed = 0;
				for (size_t q = k; q < j && !listed; q++) {
					td__lexinfo Lq;
					lex(&c, q, &Lq);
					listed = gaz_at_all(&c, q, &gl, &Lq) != NULL;
				}
				if (!listed) {
					i = k;
					t = &c.tk[i];
					lex(&c, i, &L);
					per = 1;
				}
			}
		}
		/* A common word before a person named in full is the office's
		 * complement, not a part of the name: "Predsjednik Vlade Andrej
		 * Plenković", "Secretary of State Marco Rubio", "Fed Chair
		 * Jerome Powell", "Instytutu Jagiellońskiego Marcin Roszkowski"
		 * (two such words at most). The first name is in its base form where
		 * nouns have cases ("Nadace Václava Havla" is a foundation). */
		/* (An organisation's word the dictionary also lists as a name,
		 * "Komisji", "Rady", is a common word here.) Where the office's
		 * complement is one such word, it names the organisation:
		 * "Predsjednik Komisije Jean-Claude Juncker" is the Commission
		 * and a person. */
		/* (After a title too: "Przewodniczący Komisji Donald Tusk".) */
		int office = !per || (c.slavic && token_in(&c, i, L_ORG_HEADS, 0));
		for (size_t k = i + 1, i0 = i; office && !ext && i == i0 && k <= i + 2 && k + 2 <= j; k++) {
			td__lexinfo Lk;
			lex(&c, k - 1, &Lk);
			int head = c.slavic && k == i + 1 && token_in(&c, k - 1, L_ORG_HEADS, 0);
			if ((c.tk[k - 1].flags & TD_TOK_ALLCAPS) || !(Lk.flags & TD__LEX_LOWER) ||
			    ((Lk.flags & TD__LEX_PROPER) && !english_office(&c, k - 1) && !head))
				break;
			if (names_after_office(&c, k, j)) {
				if (head && !(c.tk[i].flags & TD_TOK_SENT_START)) {
					mention mo = {i, k, NULL, TD_ENT_ORG, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
					mo.lemma = common_head_lemma(&c, i);
					if ((rc = add_mention(&ms, &nm, &mcap, ar, mo)) < 0)
						return rc;
				}
				i = k;
				per = 1;
			}
		}
		/* A surname in an oblique case of a person whom the article
		 * names in the base form, before a person named in full
		 * ("адвокат Трампа Руди Джулиани", "prawnik Trumpa Rudy
		 * Giuliani"; Bulgarian "адвокатът на Тръмп Руди Джулиани"):
		 * two persons, the first alone. */
		if (!per && !ext && c.slavic && j - i == 3 && !common_only(&c, i + 1) && !common_only(&c, i + 2) &&
		    ((oblique_of_named(&c, i) && !oblique_form(&c, i + 2) &&
		      (!oblique_form(&c, i + 1) || !same_ending(&c, i, i + 1))) ||
		     bg_possessor(&c, i) || genitive_owner(&c, i)))
			j = i + 1;
		/* Two surnames, the first in an oblique case of one the article
		 * writes after a given name, the second in its base form:
		 * two persons ("Według Johnsona Hammond usiłuje"; not
		 * "Theresy May", a given name's case). */
		if (!per && !ext && c.slavic && j - i == 2 && !common_only(&c, i + 1) && oblique_of_named(&c, i) &&
		    !oblique_form(&c, i + 1) && !token_in(&c, i + 1, L_ORG_HEADS, 0) && surname_elsewhere(&c, i + 1) &&
		    base_after_given(&c, i))
			j = i + 1;
		/* The surname of a person the article names in full, then a
		 * word the dictionary knows only in lower case: a sentence
		 * whose full stop was lost ("цитирует Мэй Главный переговорщик
		 * Лондона"), the person alone; not after a first name the
		 * dictionary knows ("Алексей Навальный"), nor after a common
		 * word ("Rady Atlantyckiej") or before an organisation's head
		 * ("Europejską Radą"). */
		if (!per && !ext && j - i == 2 && surname_elsewhere(&c, i) && !surname_elsewhere(&c, i + 1) &&
		    !common_only(&c, i) && common_only(&c, i + 1) && !first_name_run(&c, i, j) &&
		    !token_in(&c, i + 1, L_ORG_HEADS, 0))
			j = i + 1;
		/* A name of the gazetteer after the title ("Премьер-министр
		 * Великобритании Тереза Мэй") is matched on its own: scan again
		 * from there. */
		if (per && !ext) {
			size_t gl;
			td__lexinfo L2;
			lex(&c, i, &L2);
			/* A town too, which splits a run where two names follow it
			 * ("Starosta Brna Jan Novák"). */
			const td__gaz *g2 = gaz_at_all(&c, i, &gl, &L2);
			if (g2 && (!g2->weak || gl > 1 || weak_splits(&c, i, &L2)))
				continue;
		}
		/* A lone word the dictionary knows as a common word only, with
		 * no word before it that makes it a name, no word of an
		 * organisation's or a place's name, and not the surname of a
		 * person named in full elsewhere ("Жан-Клод Юнкер ... Юнкер"),
		 * is a capitalised common word ("... donosi Izvješće za
		 * Hrvatsku"). */
		if (j == i + 1 && !ext && !per && !(t->flags & TD_TOK_ALLCAPS) &&
		    (L.flags & TD__LEX_LOWER) && !(L.flags & TD__LEX_PROPER) &&
		    !(town && !(L.flags & TD__LEX_KNOWN)) &&
		    /* (nor a case of a town's name that the dictionary lists
		     * as a common noun only: "u Rijeci", of "rijeka", a river;
		     * the nominative stays a common word: "Hranice", border) */
		    !(town && L.lemma && name_in_chain(town, L.lemma) && !undeclined(&c, i)) &&
		    /* German: a town right after "in", "aus", "nach" with no
		     * article ("in Hamburg"; "in der Stadt"), or joined to one
		     * there ("in München und Hamburg"). */
		    !(town && c.nouncaps && de_place_cued(&c, i)) &&
		    !(i > 0 && joined(&c, i) &&
		      (token_in(&c, i - 1, L_PER_CUES, 0) || token_in(&c, i - 1, L_ORG_CUES, 0) ||
		       token_in(&c, i - 1, L_PRO_CUES, 0) || token_in(&c, i - 1, L_LOC_CUES, 0) ||
		       storm_word(&c, i - 1))) &&
		    !token_in(&c, i, L_ORG_HEADS, 0) &&
		    /* (a place's word alone opening a sentence is the common
		     * word: "Dolina była pusta") */
		    (!token_in(&c, i, L_PLACE_HEADS, 0) || weak_capital(&c, i)) &&
		    !token_in(&c, i, L_MEDIA_HEADS, 0) &&
		    /* (a work's word too, at a sentence's start: "Угода
		     * передбачає", the agreement provides) */
		    (!token_in(&c, i, L_WORK_HEADS, 0) || weak_capital(&c, i)) &&
		    !token_in(&c, i, L_AGENCIES, 0) && !surname_elsewhere(&c, i)) {
			i++;
			continue;
		}
		/* Two listed names joined by a hyphen are no third name
		 * ("umowy UE-Londyn", the EU and London). */
		if (j == i + 1 && !ext && !per && hyphen_listed(&c, i)) {
			i++;
			continue;
		}
		mention m = {i, j, NULL, TD_ENT_PER, 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0};
		/* A word before the name types it only inside its sentence
		 * ("... automobilky. Barnier řekl"). */
		/* A word before the name types it; not a possessive ("the
		 * bank's Christine Lagarde" is no bank). */
		int cue = i > 0 && joined(&c, i) && !english_possessive(&c, i - 1);
		int org = 0, media = 0, agency = 0, place = 0, plan = 0, org_adj = 0;
		/* "Johnson & Johnson", "Marks & Spencer": a firm. */
		for (size_t k = i + 1; k < j && !org; k++)
			org = memchr(c.t + c.tk[k - 1].end, '&', c.tk[k].start - c.tk[k - 1].end) != NULL;
		/* A lone head word before "of" and a name heads that name where
		 * nouns have no cases ("the Gulf of Aden"). */
		size_t oa = j + 1 < c.nt && name_article(&c, j + 1) ? 1 : 0; /* "Palacio de la Moncloa" */
		int of_name = c.caseless && j == i + 1 && j + 1 + oa < c.nt && joined(&c, j) && joined(&c, j + 1) &&
			      (!oa || joined(&c, j + 2)) && (c.tk[j + 1 + oa].flags & TD_TOK_UPPER) &&
			      token_in(&c, j, L_OF_WORDS, 1);
		for (size_t k = i; k < j; k++) {
			char f[WBUF];
			size_t fl = tok_fold(&c, k, f, sizeof(f));
			if (fl < 3)
				continue;
			/* "Catholic News Agency", "Rambler News Service": an agency. */
			/* A place's word in lower case after the first word
			 * ("Baltického moře"), or capitalised among several
			 * words with no more than a case ending after it
			 * ("Morze Irlandzkie", "Федерації"; not a surname:
			 * "Jeziorowski"). */
			/* ("Park" and "Delta" head only from behind: "Central
			 * Park", "Nile Delta", not "Park Chan-wook", a surname
			 * first, or "Delta Sigma Theta".) */
			if ((k > i || j > i + 1 || of_name) && token_in(&c, k, L_PLACE_HEADS, 0) &&
			    ((k > i && !(c.tk[k].flags & TD_TOK_UPPER)) ||
			     ((c.tk[k].flags & TD_TOK_UPPER) && head_word(f, fl))) &&
			    !(k == i && ((fl == 4 && !memcmp(f, "park", 4)) || (fl == 5 && !memcmp(f, "delta", 5)))))
				place = 1;
			else if (token_in(&c, k, L_AGENCIES, 0))
				org = 1, agency = 1;
			else if (token_in(&c, k, L_MEDIA_HEADS, 0) || token_in(&c, k, L_WORK_HEADS, 0))
				org = media = 1;
			else if (!org) {
				org = token_in(&c, k, L_ORG_HEADS, 0);
				org_adj = org && c.slavic && adjectival(&c, k);
			}
			if (k > i && c.slavic && plan_word(f, fl))
				plan = 1;
		}
		/* An organisation's word as an adjective before a place's noun
		 * names a place ("Kongresni trg", a square). */
		if (place && org_adj && !media && !agency)
			org = 0;
		/* (Not an organisation's: "Světový potravinový program" is an
		 * agency, and so is the English "World Food Program".) */
		if (plan && !org && !place)
			org = media = 1;
		/* An English name's last word is its head: a work's word there
		 * makes a work, whatever the words before it ("Digital
		 * Services Act", "Services" an agency's word). */
		if (c.caseless && j > i + 1 && token_in(&c, j - 1, L_WORK_HEADS, 0))
			org = media = 1, agency = 0;
		if ((t->flags & TD_TOK_ALLCAPS) && shouted_person(&c, i, j)) {
			m.type = TD_ENT_PER;
			m.quoted = 1; /* the lemma is the text itself */
		} else if ((t->flags & TD_TOK_ALLCAPS) || (j == i + 1 && inflected_acronym(&c, i))) {
			m.acronym = 1;
			m.type = TD_ENT_ORG;
			/* An acronym of a country's body: "МИД Германии". */
			size_t gl;
			td__lexinfo L2;
			if (j == i + 1 && j < c.nt && joined(&c, j) && (c.tk[j].flags & TD_TOK_UPPER) &&
			    !(c.tk[j].flags & TD_TOK_ALLCAPS)) {
				lex(&c, j, &L2);
				const td__gaz *g2 = gaz_after(&c, j, &gl, &L2);
				if (g2 && g2->type == TD_ENT_LOC) {
					m.j = j = j + gl;
					m.quoted = 1; /* the lemma is the text itself */
				}
			}
		} else if ((org || ext || place) && !per) {
			m.type = media && !agency ? TD_ENT_PRO : TD_ENT_ORG;
			if (place && !org)
				m.type = TD_ENT_LOC;
			/* "Court of Appeals", "Department of Justice", "Banco de
			 * España": where nouns have no cases the name goes on over
			 * "of" and its kin to the next capitalised words. */
			int english = !c.caseless && english_of(&c, j);
			if (!ext && j + 1 < c.nt && joined(&c, j) && joined(&c, j + 1) &&
			    (((c.caseless || english) && token_in(&c, j, L_OF_WORDS, 1)) ||
			     (c.nodict && genitive_article(&c, j)))) {
				/* An article after it: "Banco de la Nación", "Centraal
				 * Bureau voor de Statistiek". */
				size_t k0 = j + 1;
				if (k0 + 1 < c.nt && name_article(&c, k0) && joined(&c, k0 + 1) &&
				    (c.tk[k0 + 1].flags & TD_TOK_UPPER))
					k0++;
				size_t k = k0;
				while (k < c.nt && k < k0 + 3 && (k == k0 || joined(&c, k)) &&
				       !(c.tk[k].flags & TD_TOK_ALLCAPS)) {
					td__lexinfo L3;
					lex(&c, k, &L3);
					if (!name_token(&c, k, &L3))
						break;
					k++;
				}
				if (k > k0) {
					m.j = j = k;
					/* A listed name: "Centraal Bureau voor de
					 * Statistiek". */
					const td__gaz *g3 = gaz_of_text(c.t + c.tk[i].start,
									c.tk[j - 1].end - c.tk[i].start, 1);
					if (g3 && g3->type == TD_ENT_ORG)
						m.g = g3;
					/* An English name is not inflected in another
					 * language: its base form is as written. */
					m.quoted = english;
				}
			}
			/* "Trybunał Sprawiedliwości UE", "Rada Bezpieczeństwa ONZ". */
			size_t gl, pe;
			td__lexinfo L2;
			if (j < c.nt && joined(&c, j) && (c.tk[j].flags & TD_TOK_ALLCAPS)) {
				lex(&c, j, &L2);
				const td__gaz *ga = gaz_at(&c, j, &gl, &L2);
				if (ga && gl == 1) {
					m.j = j = j + 1;
					/* A country's acronym, then the body's purpose
					 * ("Agencija RS za okolje"). */
					if (c.slavic && org && !media && m.type == TD_ENT_ORG && ga->type == TD_ENT_LOC &&
					    !strncmp(ga->key, "gpe:", 4) && (pe = purpose_end_after(&c, j, j - 2)) > j) {
						m.seat = j - 1;
						m.j = j = pe;
					}
				}
			} else if (j + 1 < c.nt && m.type == TD_ENT_ORG && of_country(&c, j, &gl))
				m.j = j = j + 1 + gl;
			/* A body's purpose after its preposition, in lower case:
			 * "Zavod za zaposlovanje", "Úřad pro rozpočtovou
			 * zodpovědnost", "Европейската агенция за лекарствата". */
			else if (c.slavic && org && !media && m.type == TD_ENT_ORG &&
				 (pe = purpose_end(&c, j)) > j) {
				m.seat = j; /* kept as written */
				m.j = j = pe;
			}
			/* ... and its complement in the genitive: "Российского
			 * фонда прямых инвестиций" -> "Российский фонд прямых
			 * инвестиций". */
			else if (c.slavic && org && !media && !m.g && m.type == TD_ENT_ORG &&
				 (pe = genitive_end(&c, j)) > j) {
				m.seat = j;
				m.j = j = pe;
			}
			/* Where nouns have cases, a country right after an
			 * organisation's name is its genitive and part of it
			 * ("Ministerstwa Spraw Zagranicznych Wielkiej Brytanii",
			 * "Партии независимости Соединённого Королевства"). */
			else if (c.slavic && strcmp(c.a->lang, "bg") && org && !media &&
				 m.type == TD_ENT_ORG && j < c.nt && country_at(&c, j, &gl))
				m.j = j = j + gl;
			/* An organisation's word alone that the dictionary lists
			 * as a name too ("Radě", of the name "Raď" and of the
			 * noun "rada"): the noun's base form, where that is an
			 * organisation's word too (not "рад", glad, of "Ради"). */
			/* (With its purpose as written after it: "Radě pro
			 * všeobecné záležitosti" -> "Rada pro ...".) */
			if (m.type == TD_ENT_ORG && (m.j == i + 1 || m.seat == i + 1) && c.slavic &&
			    (L.flags & TD__LEX_PROPER) && (L.flags & TD__LEX_LOWER) && token_in(&c, i, L_ORG_HEADS, 0)) {
				char *hl = common_head_lemma(&c, i), f[WBUF];
				size_t fl = hl ? td_text_fold(hl, strlen(hl), f, sizeof(f)) : 0;
				if (fl && prefix_in(f, fl, L_ORG_HEADS, 0))
					m.lemma = hl;
			}
		}
		else if (cue && token_in(&c, i - 1, L_PER_CUES, 0))
			m.percue = 1;
		/* A possessive adjective of a name is no name the word
		 * before it types: that word goes with the noun after it
		 * ("v Rihanini hiši", in Rihana's house). */
		else if (cue && j == i + 1 && possessive_token(&c, i))
			;
		else if (cue && !per && token_in(&c, i - 1, L_PRO_CUES, 0) && !given_name_run(&c, i, j) &&
			 !(j - i >= 2 && census_given(&c, i))) {
			/* (Not a person named in full: "фильм Никиты Михалкова",
			 * the film's director; "za letala Geoffrey Thomas".) */
			m.type = TD_ENT_PRO;
			m.cued = 1;
		} else if (cue && !per && token_in(&c, i - 1, L_ORG_CUES, 0) && !org_apposition(&c, i, j) &&
			   /* (not a person named in full after an officer's
			    * role and an organisation's name: "Guverner
			    * Hrvatske narodne banke Boris Vujčić"; "firmy
			    * Oliver Wyman" is a firm) */
			   !((first_name_run(&c, i, j) || (j - i >= 2 && j - i <= 3 && census_given(&c, i))) &&
			     role_before(&c, i - 1, 7))) {
			m.type = TD_ENT_ORG;
			m.cued = 1;
		} else if (cue && !per && token_in(&c, i - 1, L_LOC_CUES, 0) && !first_name_run(&c, i, j) &&
			   /* (not a person named in full after a town's word:
			    * "мэр города Карен Басс") */
			   !(j - i >= 2 && j - i <= 3 && census_word(&c, i)) && !english_possessive(&c, j - 1)) {
			/* (Not a name in the possessive: see locative() below.) */
			m.type = TD_ENT_LOC;
			m.cued = 1;
		} else if (c.caseless && !per && i > 1 && joined(&c, i) && joined(&c, i - 1) &&
			   !(c.tk[i - 1].flags & TD_TOK_UPPER) &&
			   token_in(&c, i - 1, L_OF_WORDS, 1) &&
			   token_in(&c, i - 2, L_LOC_CUES, 0)) {
			/* "the town of Thumane", "la ville de Lyon". */
			m.type = TD_ENT_LOC;
			m.cued = 1;
		}
		if (per)
			m.percue = 1;
		/* A name of several words that ends in an event's word is an
		 * event where nouns have no cases: "Macworld Expo", "Web
		 * Summit", "Paris Air Show". */
		if (c.caseless && !m.percue && j > i + 1 && (m.type == TD_ENT_PER || m.type == TD_ENT_ORG) &&
		    event_head(&c, j - 1)) {
			m.type = TD_ENT_EVT;
			m.quoted = 1;
		}
		/* An English "and" written in Cyrillic inside a name joins a
		 * firm's words ("Шелл Эксплорейшн энд Продакшн"). */
		if (c.cyrillic && !m.percue && j > i + 2 && (m.type == TD_ENT_PER || m.type == TD_ENT_LOC))
			for (size_t k = i + 1; k + 1 < j; k++)
				if (cyrillic_and(&c, k)) {
					m.type = TD_ENT_ORG;
					break;
				}
		/* A Slavic name of several words around an event's head noun
		 * is the event ("Monachijska Konferencja Bezpieczeństwa",
		 * "Międzynarodowego Forum Ekonomicznego"). */
		if (c.slavic && !m.percue && !m.g && j > i + 1 && (m.type == TD_ENT_PER || m.type == TD_ENT_ORG))
			for (size_t k = i; k < j; k++)
				if (slavic_event_head(&c, k)) {
					m.type = TD_ENT_EVT;
					break;
				}
		/* A storm's name: the kind and the name where the kind is
		 * written with a capital as part of it ("Storm Bert",
		 * "Hurricane Melissa"), else the name alone ("Burza Bert
		 * zalała ...": a capital of the sentence's start; after the
		 * kind in lower case, see storm_names()). */
		if (!m.percue && m.type == TD_ENT_PER && !m.g) {
			if (j > i + 1 && storm_word(&c, i)) {
				m.type = TD_ENT_EVT;
				m.quoted = 1;
				if (!c.caseless)
					m.i = i + 1;
			}
		}
		if (m.type == TD_ENT_PER && !m.percue && english_common_head(&c, i, j)) {
			m.type = TD_ENT_ORG;
			m.quoted = 1; /* an English name is its base form */
		}
		if (m.type == TD_ENT_PER && !m.percue) {
			int lc = i > 0 ? locative(&c, i - 1) : 0;
			/* After "na", "do", "z" only a single word: two are mostly a
			 * person's names ("do Władimira Putina"). */
			/* "в" with the accusative of persons is "in" someone
			 * ("верит в Иисуса Христа"): a name of several words
			 * ending like it ("-а", "-я") is no place. */
			if (lc == 1 && c.cyrillic && j > i + 1 && animate_accusative(&c, j - 1))
				lc = 0;
			/* "in Joe Biden's White House": the preposition's place is
			 * what the name in the possessive qualifies. */
			if (english_possessive(&c, j - 1))
				lc = 0;
			/* So is it in the Slavic languages: "na Rihanin
			 * račun" (on Rihana's account). */
			if (lc && j == i + 1 && possessive_token(&c, i))
				lc = 0;
			/* Cyrillic "на" takes a place in the locative, a person in
			 * the accusative. */
			if (lc == 2 && c.cyrillic && !cyrillic_locative(&c, i, j)) {
				char pf[8];
				size_t pl = tok_fold(&c, i - 1, pf, sizeof(pf));
				if (pl == 4 && !memcmp(pf, "на", 4))
					lc = 0;
			}
			if (lc == 1 || (lc == 2 && (j == i + 1 || locative_case(&c, i) ||
						    (c.cyrillic && cyrillic_locative(&c, i, j))))) {
				m.type = TD_ENT_LOC;
				m.cued = 1;
				m.weakcue = lc == 2;
			}
			/* "Republika Irlandii": a country after the first word;
			 * not after a first name ("Agnieszki Holland"). */
			td__lexinfo Lf;
			lex(&c, i, &Lf);
			int first_name = (Lf.flags & TD__LEX_PROPER) && !(Lf.flags & TD__LEX_LOWER);
			for (size_t k = i + 1; k < j && m.type == TD_ENT_PER && !first_name; k++) {
				size_t gl;
				td__lexinfo L2;
				lex(&c, k, &L2);
				const td__gaz *g2 = gaz_at(&c, k, &gl, &L2);
				if (g2 && g2->type == TD_ENT_LOC && strncmp(g2->key, "city:", 5) &&
				    strncmp(g2->key, "sub:", 4))
					m.type = TD_ENT_LOC;
			}
		}
		/* A town before its state or country after a comma, as
		 * English datelines and places are written ("in Rancho
		 * Mirage, California"); not a person named in full ("Jerry
		 * Brown, California's governor"). */
		if (c.caseless && (m.type == TD_ENT_PER || m.type == TD_ENT_ORG) && !m.percue && !m.cued && !m.g &&
		    town_before_state(&c, i, j))
			m.type = TD_ENT_LOC;
		/* A weak town's team ("Dallas Mavericks" in a Slovene text,
		 * "Dallas" a surname too), unless the town is a first name
		 * ("Caroline Nokes"). */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued && town && j == i + 2 && !c.caseless &&
		    !c.cyrillic && !strncmp(town->key, "city:", 5) && foreign_team(&c, i + 1)) {
			char f[WBUF];
			size_t fl = tok_fold(&c, i, f, sizeof(f) - 1);
			f[fl] = 0;
			/* (The team's word a plural of an English common word
			 * overrides: "Dallas Mavericks".) */
			int en = en_dict();
			char pw[WBUF];
			size_t pl = tok_fold(&c, i + 1, pw, sizeof(pw));
			td__lexinfo E = {0};
			if (en >= 0 && pl > 1)
				td__lex_lookup(en, pw, pl - 1, &E);
			if (!census_has(f) || ((E.flags & TD__LEX_KNOWN) && (E.flags & TD__LEX_LOWER)))
				m.type = TD_ENT_ORG;
		}
		/* No person's name has digits: a word of letters and digits
		 * that no list has is a product's code ("M4", "A4", "Q30"),
		 * whatever else took it for a person. */
		if (m.type == TD_ENT_PER && !m.g && !m.percue)
			for (size_t k = i; k < j; k++)
				if ((c.tk[k].flags & (TD_TOK_DIGIT | TD_TOK_ALPHA)) == (TD_TOK_DIGIT | TD_TOK_ALPHA)) {
					m.type = TD_ENT_PRO;
					m.guess = 1;
					break;
				}
		/* Names of companies and brands, not persons: a capital inside
		 * a word ("YouGov", "EasyJet", "AfD"; not "McCarthy"), or two
		 * or more English common words in a foreign text ("Vote
		 * Leave", "Jaguar Land Rover", "Work Service"). */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued &&
		    ((j == i + 1 && inner_capital(&c, i)) || english_words(&c, i, j) >= 2 ||
		     (j > i + 1 && inner_capital_run(&c, i, j)))) {
			m.type = TD_ENT_ORG;
			m.guess = 1;
		}
		/* A bank named in one word with "bank" at its end ("Ощадбанк",
		 * "Raiffeisenbank", "Сбербанка"), a state's body in clipped
		 * parts ("Мосгорсуд"). */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued && j == i + 1 &&
		    (bank_compound(&c, i) || state_compound(&c, i))) {
			m.type = TD_ENT_ORG;
			m.guess = 1;
		}
		/* A region named "-щина" ("Херсонщина"), perhaps typed by a
		 * preposition already ("в Брянщине", "на Брянщине"). */
		size_t rs;
		if ((m.type == TD_ENT_PER || (m.type == TD_ENT_LOC && m.cued && !m.g)) && !m.percue && j == i + 1 &&
		    (rs = region_suffix(&c, i))) {
			m.type = TD_ENT_LOC;
			m.guess = 1;
			/* Its base form: the stem and "-а". */
			char rb[WBUF];
			if (rs + 3 <= sizeof(rb)) {
				memcpy(rb, c.t + c.tk[i].start, rs);
				memcpy(rb + rs, "\xD0\xB0", 2); /* "а" */
				m.lemma = td_arena_strndup(ar, rb, rs + 2);
			}
		}
		/* A lone word left in Latin letters in a Cyrillic text is a
		 * brand, a company or a publication ("Saipem", "Eni",
		 * "Tesco"): Cyrillic news transliterate persons' names. */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued && j == i + 1 && c.cyrillic &&
		    !(t->flags & TD_TOK_ALLCAPS) && latin_only(&c, i)) {
			m.type = TD_ENT_ORG;
			m.guess = 1;
		}
		/* A lone word formed like a place's name ("Исламабаде"). */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued && j == i + 1 && !town &&
		    !(t->flags & TD_TOK_ALLCAPS) && toponym_form(&c, i)) {
			m.type = TD_ENT_LOC;
			m.guess = 1;
		}
		/* A lone word that is a town's name, with nothing that makes
		 * it a person ("w Lahore", "Лахор", "Bristol"). */
		if (town && j == i + 1 && !m.percue && !m.acronym &&
		    (m.type == TD_ENT_PER || m.type == TD_ENT_LOC)) {
			m.type = TD_ENT_LOC;
			m.g = town;
			m.town = 1;
		}
		/* An English "Operation" opening a name of several words names
		 * a military or police operation, an event ("Operation Desert
		 * Storm", "Operation Protective Edge"). */
		if (!m.g && !m.acronym && j > i + 1 && operation_word(&c, i))
			m.type = TD_ENT_EVT;
		/* An English name before a product's noun in lower case ("the
		 * Blackwell platform", "its Gemini model", "the Vision Pro
		 * headset"): a product, unless a first name opens it or it is
		 * the surname of a person named in full; not an acronym, a
		 * maker's more often than a product's ("AMD chips"). */
		if ((m.type == TD_ENT_PER || m.type == TD_ENT_ORG) && !m.percue && !m.cued && !m.g && !town &&
		    !m.acronym && !(c.tk[j - 1].flags & TD_TOK_ALLCAPS) &&
		    !strcmp(c.a->lang, "en") && j < c.nt && joined(&c, j) && !(c.tk[j].flags & TD_TOK_UPPER) &&
		    en_product_head(&c, j) && !census_given(&c, i) && !first_name_run(&c, i, j) &&
		    (c.named || (c.named = words_after(&c, ar, after_proper_name, 0))) &&
		    !surname_of_named(&c, j - 1))
			m.type = TD_ENT_PRO;
		/* An English common word alone, capitalised, that the
		 * dictionary knows as no name and that follows no name the
		 * dictionary knows in the article is a short form of a name
		 * ("the Tour", "the Championship"), no person: left out ("Mark
		 * Felt ... Felt" stays). */
		if (m.type == TD_ENT_PER && !m.percue && !m.cued && !m.g && j == i + 1 && !town &&
		    !strcmp(c.a->lang, "en") && !(t->flags & TD_TOK_ALLCAPS) && common_only(&c, i) &&
		    (c.named || (c.named = words_after(&c, ar, after_proper_name, 0))) &&
		    !surname_of_named(&c, i) && !(j < c.nt && domain_at(&c, j))) {
			i = j;
			continue;
		}
		/* A website: "BiznesAlert.pl", "News.bg". */
		if (j < c.nt && domain_at(&c, j)) {
			m.j = j = j + 1;
			m.type = TD_ENT_PRO;
			m.quoted = 1; /* the base form is the address itself */
		}
		if ((rc = add_mention(&ms, &nm, &mcap, ar, m)) < 0)
			return rc;
		i = j;
	}

	if ((rc = particle_surnames(&c, ms, nm)) < 0 || (rc = acronym_phrases(&c, &ms, &nm, &mcap, ar)) < 0 ||
	    (rc = trailing_credit(&c, &ms, &nm, &mcap)) < 0)
		return rc;
	seat_extend(&c, ms, &nm);
	district_extend(&c, ms, &nm);
	legal_form_extend(&c, ms, &nm);
	english_and_names(&c, ms, &nm);
	conjunct_extend(&c, ms, &nm);
	named_after_extend(&c, ms, &nm);
	club_names(&c, ms, nm);
	model_extend(&c, ms, &nm);
	body_country_extend(&c, ms, &nm);
	state_form_names(&c, ms, &nm);
	storm_names(&c, ms, nm);
	initials_persons(&c, ms, &nm);
	/* Lemmas and keys. */
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		size_t j = m->j;
		if (m->seat)
			m->j = m->seat;
		else if (m->form)
			m->j--;
		if (m->g) {
			m->lemma = choose_name(&c, m);
			if (!m->lemma)
				m->lemma = td_arena_strndup(ar, c.t + c.tk[m->i].start,
							    c.tk[m->j - 1].end - c.tk[m->i].start);
			else if (foreign_name(&c, m, m->lemma)) {
				/* No name of the article's language: its own words'
				 * base forms ("Южной Кореи" -> "Южная Корея", not
				 * Bulgarian "Южна Корея"). */
				const td__gaz *g = m->g;
				m->g = NULL;
				char *own = lemma_of(&c, m);
				m->g = g;
				m->lemma = own ? own : m->lemma;
			} else {
				m->lemma = gaz_bg_base(&c, m, written_separators(&c, m, m->lemma));
				m->lemma = listed_dict_lemma(&c, m, m->lemma);
			}
			m->key = m->g->key;
		} else if (m->official)
			m->lemma = official_lemma(&c, m->i, m->j);
		else if (!m->lemma) /* (a plant's is made with it: plant_name()) */
			m->lemma = lemma_of(&c, m);
		if (m->seat && m->lemma) {
			/* The seat as written: "Sąd Najwyższy w Pakistanie". */
			char *l = lemma_and_written(ar, m->lemma, c.t + c.tk[m->seat - 1].end, c.t + c.tk[j - 1].end);
			m->lemma = l;
			if (m->model && l)
				m->key = designation_key(ar, m->key, c.t + c.tk[m->seat].start,
							 c.tk[m->seat].end - c.tk[m->seat].start);
			else if (!m->official)
				m->key = body_of_country(&c, m); /* that state's body, or NULL:
								   * the institution of that seat */
			m->g = NULL;
		} else if (m->form && m->lemma) {
			/* The legal form as written: "OMV AG". */
			m->lemma = lemma_and_written(ar, m->lemma, c.t + c.tk[j - 2].end, c.t + c.tk[j - 1].end);
		}
		m->j = j;
		if (!m->lemma)
			return TD_ERR_NOMEM;
	}
	if ((rc = lower_members(&c, &ms, &nm, &mcap)) < 0 || (rc = lower_demonyms(&c, &ms, &nm, &mcap)) < 0 ||
	    (rc = lower_institutions(&c, &ms, &nm, &mcap)) < 0 ||
	    (rc = german_adjective_names(&c, &ms, &nm, &mcap)) < 0 || (rc = camel_brands(&c, &ms, &nm, &mcap)) < 0)
		return rc;
	/* A compass point's word before a listed place is part of that
	 * place, not a person's first name ("West Texas", whose "Texas"
	 * would be a surname everywhere in the article). */
	for (size_t q = 0; q < nm; q++) {
		mention *m = &ms[q];
		if (m->type != TD_ENT_PER || m->j - m->i != 2 || m->percue || m->g || m->quoted)
			continue;
		char f[WBUF];
		size_t fl = tok_fold(&c, m->i, f, sizeof(f)), gl;
		if (!compass_adjective(f, fl))
			continue;
		td__lexinfo L;
		lex(&c, m->i + 1, &L);
		const td__gaz *g = gaz_at_all(&c, m->i + 1, &gl, &L);
		if (!g || gl != 1 || g->type != TD_ENT_LOC)
			continue;
		m->type = TD_ENT_LOC;
		m->key = NULL;
		if (!(m->lemma = lemma_of(&c, m)))
			return TD_ERR_NOMEM;
	}
	/* A single word that is a person's surname elsewhere in the article
	 * is that person. */
	size_t scap = table_cap(nm);
	uint64_t *surn = td_arena_calloc(ar, scap * sizeof(uint64_t));
	if (!surn)
		return TD_ERR_NOMEM;
	int any = 0;
	for (size_t q = 0; q < nm; q++) {
		const mention *p = &ms[q];
		if (p->g || p->type != TD_ENT_PER || p->j - p->i < 2)
			continue;
		const char *last = strrchr(p->lemma, ' ');
		last = last ? last + 1 : p->lemma;
		char s2[WBUF];
		size_t l2 = td__name_stem(last, strlen(last), s2, sizeof(s2));
		hset_add(surn, scap, s2, l2);
		any = 1;
	}
	for (size_t k = 0; k < nm && any; k++) {
		mention *m = &ms[k];
		if ((m->g && !m->town) || m->j - m->i != 1 || m->acronym || m->quoted ||
		    m->type == TD_ENT_PER)
			continue;
		char s1[WBUF];
		const char *lem = m->lemma;
		if (m->town) {
			/* The word as written, not the town's name. */
			const td__gaz *town = m->g;
			m->g = NULL;
			lem = lemma_of(&c, m);
			m->g = town;
			if (!lem)
				return TD_ERR_NOMEM;
		}
		size_t l1 = td__name_stem(lem, strlen(lem), s1, sizeof(s1));
		if (hset_has(surn, scap, s1, l1)) {
			m->type = TD_ENT_PER;
			if (m->town) {
				m->g = NULL;
				m->town = 0;
				m->key = NULL;
				m->lemma = lem;
			}
		}
	}
	/* A lone first name of a person the article names in full ("Асия
	 * Биби ... Асия", "Тереза Мей ... Тереза") is that person, even
	 * when a place shares it (Азия, Asia). */
	if ((rc = first_names(&c, ms, nm, surn, scap)) < 0)
		return rc;
	/* One sense per article: a name that a word before it typed
	 * somewhere ("w Islamabadzie", "firma Saipem", "firma Cambridge
	 * Analytica") has that type everywhere. Hash values carry the type
	 * in their low bits. */
	uint64_t *cued = td_arena_calloc(ar, scap * sizeof(uint64_t));
	if (!cued)
		return TD_ERR_NOMEM;
	int anycued = 0;
	for (size_t k = 0; k < nm; k++) {
		const mention *m = &ms[k];
		if (m->g || !m->cued)
			continue;
		char s1[WBUF];
		size_t l1 = td__name_stem(m->lemma, strlen(m->lemma), s1, sizeof(s1));
		if (l1 + 2 >= sizeof(s1))
			continue;
		s1[l1] = (char)('0' + m->type);
		hset_add(cued, scap, s1, l1 + 1);
		anycued = 1;
	}
	for (size_t k = 0; k < nm && anycued; k++) {
		mention *m = &ms[k];
		/* Persons by default, and quoted names (organisations by
		 * default) that no word before them typed. */
		if (m->g || m->acronym || m->percue ||
		    !(m->type == TD_ENT_PER || m->guess || (m->quoted && !m->cued)))
			continue;
		char s1[WBUF];
		size_t l1 = td__name_stem(m->lemma, strlen(m->lemma), s1, sizeof(s1));
		if (l1 + 2 >= sizeof(s1) || (m->j - m->i == 1 && hset_has(surn, scap, s1, l1)))
			continue;
		for (int ty = TD_ENT_LOC; ty <= TD_ENT_PRO; ty++) {
			/* A longer name only as an organisation or a product
			 * ("firma Cambridge Analytica"): a preposition of place
			 * before two words is a weak cue. */
			if (m->j - m->i > 1 && ty != TD_ENT_ORG && ty != TD_ENT_PRO)
				continue;
			s1[l1] = (char)('0' + ty);
			if (hset_has(cued, scap, s1, l1 + 1)) {
				m->type = (uint8_t)ty;
				break;
			}
		}
	}
	/* A lone word that starts an organisation's name of several words
	 * elsewhere in the article is that organisation, shortened ("Adria
	 * Airways ... v Adrii", "Deutsche Bank ... Deutsche"): it takes
	 * the organisation's type and key, over a preposition of place. Not
	 * a surname of a person named in full ("Trump Organization ...
	 * Donald Trump ... Trump"), nor a word the dictionary knows as a
	 * common word. */
	if ((rc = organisation_starts(&c, ms, nm, surn, scap)) < 0)
		return rc;
	/* Names listed with places or organisations are of their kind. */
	coordinated(&c, ms, nm, surn, scap);
	/* Inhabitants named after a country the article mentions ("Polacy"
	 * with "Polska", "Britové" with "Británie") share its key; they are
	 * persons even after "do" or "na" ("do Brytyjczyków"). Four letters
	 * at least are shared (three before a suffix of inhabitants:
	 * "Polák"), and the base form may be all of them ("Brit" of
	 * "Británie", "Němec" of "Německo"), or the country's name all of
	 * its own ("Rosja" in "Rosjanin"), not both. Continents too
	 * ("Europejczycy" with "Europa"). */
	/* The countries' last words, folded once. */
	const char **cname = td_arena_alloc(ar, (nm + 1) * sizeof(char *));
	const char **ckey = td_arena_alloc(ar, (nm + 1) * sizeof(char *));
	size_t *clen = td_arena_alloc(ar, (nm + 1) * sizeof(size_t)), nc = 0;
	if (!cname || !ckey || !clen)
		return TD_ERR_NOMEM;
	for (size_t q = 0; q < nm; q++) {
		const mention *p = &ms[q];
		if (!p->g || (strncmp(p->g->key, "gpe:", 4) && strncmp(p->g->key, "reg:", 4)))
			continue;
		const char *last = strrchr(p->lemma, ' ');
		last = last ? last + 1 : p->lemma;
		char s2[WBUF];
		size_t l2 = td_text_fold(last, strlen(last), s2, sizeof(s2)), d = 0;
		/* Each name and key once: a country may be named thousands
		 * of times. */
		while (d < nc && !(clen[d] == l2 && !memcmp(cname[d], s2, l2) && !strcmp(ckey[d], p->g->key)))
			d++;
		if (d < nc)
			continue;
		clen[nc] = l2;
		if (!(cname[nc] = td_arena_strndup(ar, s2, clen[nc])))
			return TD_ERR_NOMEM;
		ckey[nc++] = p->g->key;
	}
	uint64_t *titled = NULL;
	size_t tcap = table_cap(nm);
	int titled_done = 0;
	for (size_t k = 0; k < nm && nc; k++) {
		mention *m = &ms[k];
		if (m->g || m->j - m->i != 1 || m->acronym || m->percue || m->key ||
		    !(m->type == TD_ENT_PER || m->weakcue))
			continue;
		char s1[WBUF];
		size_t l1 = td_text_fold(m->lemma, strlen(m->lemma), s1, sizeof(s1));
		/* (Not a first name: "Francis", "George" with "France",
		 * "Georgia"; nor the name of a person a title gives elsewhere
		 * in the article: "Papież Franciszek ... Franciszek".) */
		if (l1 < sizeof(s1) && (s1[l1] = 0, census_has(s1)))
			continue;
		if (!titled_done) {
			titled = cued_persons(ms, nm, tcap, ar);
			titled_done = 1;
		}
		if (titled && hset_has(titled, tcap, m->lemma, strlen(m->lemma)))
			continue;
		for (size_t q = 0; q < nc && !m->key; q++) {
			const char *s2 = cname[q];
			size_t l2 = clen[q], x = 0, chars = 0;
			while (x < l1 && x < l2 && s1[x] == s2[x]) {
				chars += ((unsigned char)s1[x] & 0xC0) != 0x80;
				x++;
			}
			/* Whole letters only: "Ге-ра" and "Ге-рм" share three
			 * letters and the first byte of a fourth. */
			if (x < l1 && ((unsigned char)s1[x] & 0xC0) == 0x80) {
				while (x > 0 && ((unsigned char)s1[x] & 0xC0) == 0x80)
					x--;
				chars--;
			}
			/* Three letters where the rest is a suffix of
			 * inhabitants: "Polák", "Polacy" of "Polsko", "Polska". */
			static const char *const inh[] = {"ák", "ak", "áci", "aci", "acy"};
			int suffix = 0;
			for (size_t z = 0; z < NELEM(inh) && chars == 3 && x < l1; z++)
				suffix |= l1 - x == strlen(inh[z]) && !memcmp(s1 + x, inh[z], l1 - x);
			if ((chars >= 4 || suffix) && (x < l1 || x < l2)) {
				m->key = ckey[q];
				m->type = TD_ENT_PER;
			}
		}
	}
	a->entities = td_arena_alloc(ar, (nm ? nm : 1) * sizeof(td_entity));
	uint8_t *gone = td_arena_calloc(ar, nm ? nm : 1);
	if (!a->entities || !gone)
		return TD_ERR_NOMEM;
	for (size_t k = 0; k < nm; k++) {
		mention *m = &ms[k];
		td_entity *e = &a->entities[k];
		e->start = c.tk[m->i].start;
		e->end = c.tk[m->j - 1].end + m->dot;
		/* An English possessive ending is no part of the name
		 * ("Gigante's", "Obama’s"). */
		if (c.caseless && !m->dot)
			e->end = (uint32_t)without_possessive(c.t, e->start, e->end);

		e->end = close_quote(c.t, c.a->text_len, e->start, e->end);
		e->text = td_arena_strndup(ar, c.t + e->start, e->end - e->start);
		e->lemma = m->lemma;
		e->key = m->key ? m->key : key_of(&c, m, m->lemma);
		/* A state's body after its country's adjective ("российский
		 * МИД", "Pakistański Sąd Najwyższy"): that state's body. */
		if (e->key && generic_body(e->key) && m->i > 0 && joined(&c, m->i) &&
		    (c.slavic || !strcmp(c.a->lang, "en"))) {
			const char *cc = c.slavic ? country_of_adjective(&c, m->i - 1) : english_country_of(&c, m->i - 1);
			/* The adjective alone is no person ("Russian"). */
			if (cc && k > 0 && ms[k - 1].j == m->i && ms[k - 1].i + 1 == m->i &&
			    ms[k - 1].type == TD_ENT_PER)
				gone[k - 1] = 1;
			char *kb = cc ? body_key(ar, e->key, cc) : NULL;
			if (kb) {
				e->key = kb;
				/* A capitalised adjective is part of the name, its
				 * base form agreeing with the body's ("Pakistański
				 * Sąd Najwyższy", "Пакистанският Върховен съд" ->
				 * "Пакистански Върховен съд"); one in lower case
				 * qualifies it ("российский МИД"). */
				int free_adj = (c.tk[m->i - 1].flags & TD_TOK_UPPER) &&
					       (k == 0 || ms[k - 1].j < m->i || gone[k - 1]);
				if (!free_adj && (c.tk[m->i - 1].flags & TD_TOK_UPPER) && ms[k - 1].i + 1 == m->i &&
				    ms[k - 1].j == m->i) {
					gone[k - 1] = 1; /* the adjective alone */
					free_adj = 1;
				}
				char *ext = free_adj ? with_adjective(&c, m, m->i - 1, e->lemma) : NULL;
				if (ext) {
					e->start = c.tk[m->i - 1].start;
					e->text = td_arena_strndup(ar, c.t + e->start, e->end - e->start);
					e->lemma = ext;
				}
			}
		}
		e->type = m->type;
		e->dateline = 0;
		/* Persons named in the plural (inhabitants: "Brytyjczyków")
		 * have the nominative plural as their base form, and the key
		 * of the singular. */
		if (m->type == TD_ENT_PER && m->j == m->i + 1 && !m->acronym) {
			char lb[WBUF];
			const td_token *t = &c.tk[m->i];
			size_t ln = inhabitants_lemma(c.a->lang, c.t + t->start, t->end - t->start, m->lemma,
						      lb, sizeof(lb));
			if ((ln != strlen(m->lemma) || memcmp(lb, m->lemma, ln)) &&
			    !(e->lemma = td_arena_strndup(ar, lb, ln)))
				return TD_ERR_NOMEM;
		}
		if (!e->text || !e->key)
			return TD_ERR_NOMEM;
	}
	elliptic_conjuncts(&c, ms, a->entities, nm);
	/* Adjectives of a body's country out (their entities were made). */
	size_t kept = 0;
	for (size_t k = 0; k < nm; k++)
		if (!gone[k])
			a->entities[kept++] = a->entities[k];
	nm = kept;
	a->nentities = nm;
	possessives(&c, a->entities, nm);
	oblique_masculine(&c, a->entities, nm);
	soft_surnames(&c, a->entities, nm);
	nominative_given_names(&c, a->entities, nm);
	nominative_surnames(&c, a->entities, nm);
	adjective_surname_given_names(&c, a->entities, nm);
	if ((rc = attested_surnames(c.a->lang, a->entities, nm, ar)) < 0 ||
	    (rc = lone_surnames(a->entities, nm, ar)) < 0 ||
	    (rc = acronym_keys(a->entities, nm, a->text, a->text_len, ar)) < 0)
		return rc;
	ambiguous_places(a->entities, nm);
	if ((rc = one_country_bodies(a->entities, nm, ar)) < 0)
		return rc;
	initial_acronyms(a->entities, nm);
	if ((rc = short_forms(a->entities, nm, ar)) < 0)
		return rc;
	return head_short_forms(a->entities, nm, ar);
}

/* Writes a dateline's place or agency as a name is written in running
 * text: a word in capitals ("КИЇВ", "НЬЮ-ЙОРК", "REUTERS") takes lower case
 * after its first letter and after a hyphen, except an agency's acronym of
 * up to four letters ("УНН", "ANSA"). Mixed case stays. The name ends at a
 * comma (a byline may follow: "РИА Новости, Виктория Иванова"). Returns the
 * length written to out, at most cap - 1. */
static size_t dateline_name(const char *s, size_t n, int place, char *out, size_t cap)
{
	const char *comma = memchr(s, ',', n);
	if (comma)
		n = (size_t)(comma - s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	size_t o = 0;
	for (size_t w = 0; w < n && o + 4 < cap;) {
		size_t e = w;
		while (e < n && s[e] != ' ')
			e++;
		size_t letters = 0, upper = 0;
		for (size_t k = w; k < e;) {
			int l;
			UChar32 cp = (UChar32)td_utf8_decode(s + k, e - k, &l);
			letters += u_isalpha(cp) != 0;
			upper += u_isupper(cp) != 0;
			k += (size_t)(l > 0 ? l : 1);
		}
		int lower = letters && upper == letters && (place || letters > 4);
		int first = 1;
		for (size_t k = w; k < e && o + 4 < cap;) {
			int l;
			UChar32 cp = (UChar32)td_utf8_decode(s + k, e - k, &l);
			k += (size_t)(l > 0 ? l : 1);
			if (lower && !first && u_isalpha(cp))
				cp = u_tolower(cp);
			first = cp == '-';
			o += (size_t)td_utf8_encode((uint32_t)cp, out + o);
		}
		while (e < n && s[e] == ' ' && o + 1 < cap)
			out[o++] = s[e++];
		w = e;
	}
	out[o] = 0;
	return o;
}

/* The entity of a dateline's place or agency: its lemma, type and key are
 * those of the same name in the text when the text names it alike, else
 * what the stage finds in the name written alone; a place stays a place and
 * an agency an organisation (or a product: a paper's name) whatever else
 * the stage makes of it. Returns 1 when e is filled, 0 when there is no
 * name, or TD_ERR_NOMEM. */
static int dateline_entity(const td_article *a, td_arena *ar, unsigned flags, const char *s, int place,
			   td_entity *e)
{
	char nb[256];
	size_t nl = dateline_name(s, strlen(s), place, nb, sizeof(nb));
	if (!nl)
		return 0;
	memset(e, 0, sizeof(*e));
	e->dateline = 1;
	e->type = place ? TD_ENT_LOC : TD_ENT_ORG;
	const char *comma = strchr(s, ',');
	e->text = comma ? td_arena_strndup(ar, s, (size_t)(comma - s)) : s;
	char f1[256], f2[256];
	size_t l1 = td_text_fold(nb, nl, f1, sizeof(f1));
	for (size_t k = 0; k < a->nentities; k++) {
		const td_entity *x = &a->entities[k];
		size_t l2 = td_text_fold(x->text, strlen(x->text), f2, sizeof(f2));
		if (x->dateline || l2 != l1 || memcmp(f1, f2, l1))
			continue;
		e->lemma = x->lemma;
		e->key = x->key;
		if (!place && x->type == TD_ENT_PRO)
			e->type = TD_ENT_PRO;
		return e->text ? 1 : TD_ERR_NOMEM;
	}
	td_article t;
	td_article_init(&t);
	memcpy(t.lang, a->lang, sizeof(t.lang));
	char *txt = td_arena_alloc(ar, nl + 2);
	td_token *tk = td_arena_alloc(ar, (nl / 2 + 3) * sizeof(td_token));
	if (!txt || !tk || !e->text)
		return TD_ERR_NOMEM;
	txt[0] = '\n';
	memcpy(txt + 1, nb, nl + 1);
	t.text = txt;
	t.text_len = nl + 1;
	t.title = "";
	t.body = txt + 1;
	t.body_len = nl;
	int rc = text_entities(&t, ar, flags, tk, td_tokenize(txt, nl + 1, tk, nl / 2 + 3));
	if (rc < 0)
		return rc;
	if (t.nentities == 1 && t.entities[0].start == 1 && t.entities[0].end == nl + 1) {
		e->lemma = t.entities[0].lemma;
		e->key = t.entities[0].key;
		if (!place && t.entities[0].type == TD_ENT_PRO)
			e->type = TD_ENT_PRO;
		return 1;
	}
	char kb[128];
	size_t kl = td_entity_name_key(a->lang, nb, nl, kb, sizeof(kb));
	e->lemma = td_arena_strndup(ar, nb, nl);
	e->key = td_arena_strndup(ar, kb, kl);
	return e->lemma && e->key ? 1 : TD_ERR_NOMEM;
}

static int cmp_entity_start(const void *x, const void *y)
{
	const td_entity *a = x, *b = y;
	return (a->start > b->start) - (a->start < b->start);
}

/* A body's name of several words that the article writes in an oblique
 * case inside a sentence ("Podľa Národnej banky Slovenska") and in its
 * base form at a sentence's start ("Národná banka Slovenska to
 * oznámila"), where a sentence's first word says nothing: the base form
 * there is the same entity. Adds those mentions (of at most 16 names). */
static int base_forms_at_starts(td_article *a, td_arena *ar, const td_token *tk, size_t nt)
{
	const td_entity *names[16];
	size_t nn = 0;
	for (size_t k = 0; k < a->nentities && nn < 16; k++) {
		const td_entity *e = &a->entities[k];
		if (e->dateline || e->type == TD_ENT_PER || !strchr(e->lemma, ' ') || !strcmp(e->lemma, e->text))
			continue;
		size_t q = 0;
		while (q < nn && strcmp(names[q]->lemma, e->lemma))
			q++;
		if (q == nn)
			names[nn++] = e;
	}
	if (!nn)
		return 0;
	td_entity add[32];
	size_t na = 0;
	/* Sentences' starts: tokens at the text's start, after a line break,
	 * or after a full stop, "!" or "?" and a space. */
	size_t nst = 0;
	uint32_t *st = td_arena_alloc(ar, (nt ? nt : 1) * sizeof(*st)); /* a start per token at most */
	if (!st)
		return TD_ERR_NOMEM;
	for (size_t k = 0; k < nt; k++) {
		/* The tokenizer marks every such token (and others). */
		if (!(tk[k].flags & TD_TOK_SENT_START))
			continue;
		size_t b = tk[k].start;
		char p1 = b ? a->text[b - 1] : '\n', p2 = b >= 2 ? a->text[b - 2] : 0;
		if (p1 != '\n' && !(p1 == ' ' && (p2 == '.' || p2 == '!' || p2 == '?')))
			continue;
		st[nst++] = (uint32_t)b;
	}
	for (size_t q = 0; q < nn && na < 32; q++) {
		const char *lem = names[q]->lemma;
		size_t ll = strlen(lem);
		for (size_t x0 = 0; x0 < nst && na < 32; x0++) {
			size_t b = st[x0], e = b + ll;
			if (e > a->text_len || a->text[b] != lem[0] || memcmp(a->text + b, lem, ll))
				continue;
			const char *p = a->text + b;
			/* A word's end after it. */
			if ((e < a->text_len && (unsigned char)a->text[e] >= 0x80) ||
			    (e < a->text_len && isalnum((unsigned char)a->text[e])))
				continue;
			/* Names inside it ("Slovenska") give way; one that
			 * reaches out of it keeps its place. */
			int crossed = 0;
			for (size_t k = 0; k < a->nentities && !crossed; k++) {
				const td_entity *y = &a->entities[k];
				crossed = !y->dateline && y->start < e && y->end > b && (y->start < b || y->end > e);
			}
			if (crossed)
				continue;
			for (size_t k = 0; k < a->nentities; k++) {
				td_entity *y = &a->entities[k];
				if (!y->dateline && y->start >= b && y->end <= e)
					y->type = TD__NONE; /* dropped below */
			}
			td_entity *x = &add[na++];
			*x = *names[q];
			x->start = (uint32_t)b;
			x->end = (uint32_t)e;
			if (!(x->text = td_arena_strndup(ar, p, ll)))
				return TD_ERR_NOMEM;
		}
	}
	if (!na)
		return 0;
	td_entity *all = td_arena_alloc(ar, (a->nentities + na) * sizeof(td_entity));
	if (!all)
		return TD_ERR_NOMEM;
	size_t n = 0;
	for (size_t k = 0; k < a->nentities; k++)
		if (a->entities[k].type != TD__NONE)
			all[n++] = a->entities[k];
	memcpy(all + n, add, na * sizeof(td_entity));
	a->entities = all;
	a->nentities = n + na;
	qsort(a->entities, a->nentities, sizeof(td_entity), cmp_entity_start);
	return 0;
}

static int entities_article_tok(td_article *a, td_arena *ar, unsigned flags, td_token *tk, size_t nt);

/* Whether the first letters of a's text are mostly Latin ones. */
static int latin_text(const td_article *a)
{
	size_t lat = 0, cyr = 0, n = a->text_len < 4096 ? a->text_len : 4096;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)a->text[i];
		lat += (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
		cyr += b >= 0xD0 && b <= 0xD3;
	}
	return lat > 2 * cyr;
}

int td_entities_article_tok(td_article *a, td_arena *ar, unsigned flags, td_token *tk, size_t nt)
{
	/* Serbian in Latin letters and Bosnian are Croatian's grammar, and
	 * mostly its words: its dictionary and rules (the article keeps
	 * its language). */
	char lang[sizeof(a->lang)];
	memcpy(lang, a->lang, sizeof(lang));
	int as_hr = (!strcmp(a->lang, "bs") || !strcmp(a->lang, "sr")) && latin_text(a);
	if (as_hr)
		memcpy(a->lang, "hr", 3);
	int rc = entities_article_tok(a, ar, flags, tk, nt);
	if (as_hr)
		memcpy(a->lang, lang, sizeof(lang));
	return rc;
}

static int entities_article_tok(td_article *a, td_arena *ar, unsigned flags, td_token *tk, size_t nt)
{
	int rc = text_entities(a, ar, flags, tk, nt);
	/* A name with a brand's "+" is no person's ("Днес+", "Canal+"). */
	for (size_t k = 0; rc >= 0 && k < a->nentities; k++) {
		td_entity *e = &a->entities[k];
		size_t tl = e->text ? strlen(e->text) : 0;
		if (e->type == TD_ENT_PER && tl > 1 && e->text[tl - 1] == '+')
			e->type = TD_ENT_ORG;
	}
	if (rc >= 0 && a->nentities)
		rc = base_forms_at_starts(a, ar, tk, nt);
	if (rc < 0 || (!a->dateline_place && !a->dateline_agency))
		return rc;
	/* The dateline's place and agency, which cleaning took out of the
	 * text, come first. */
	td_entity d[2];
	size_t nd = 0;
	const char *src[2] = {a->dateline_place, a->dateline_agency};
	for (int k = 0; k < 2; k++) {
		if (!src[k] || !*src[k])
			continue;
		if ((rc = dateline_entity(a, ar, flags, src[k], k == 0, &d[nd])) < 0)
			return rc;
		nd += (size_t)rc;
	}
	if (!nd)
		return 0;
	td_entity *all = td_arena_alloc(ar, (a->nentities + nd) * sizeof(td_entity));
	if (!all)
		return TD_ERR_NOMEM;
	memcpy(all, d, nd * sizeof(td_entity));
	if (a->nentities)
		memcpy(all + nd, a->entities, a->nentities * sizeof(td_entity));
	a->entities = all;
	a->nentities += nd;
	return 0;
}
