/* sketch.h - a compact fingerprint of an article for story clustering:
 * a weighted sparse vector of hashed features and a MinHash over word
 * shingles for near-duplicate detection. */
#ifndef TIDINGS_SKETCH_H
#define TIDINGS_SKETCH_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/text.h"

/* Limits: features kept per article, MinHash values, and the tokens of
 * the headline and lead read (news puts the event first). */
#define TD_SKETCH_MAXFEAT 320
#define TD_SKETCH_MINHASH 32
#define TD_SKETCH_MAXTOKENS 240
#define TD_SKETCH_MAXQUANT 8
#define TD_SKETCH_MAXYEARS 4
#define TD_SKETCH_MAXWHO 4

/* Feature kinds: the hash of a feature is seeded by its kind, so a stem
 * and an entity key with the same spelling are different features. */
typedef enum {
	TD_FEAT_STEM = 1, /* Snowball stem (or 6-character prefix) of a folded word */
	TD_FEAT_XSTEM,    /* consonant skeleton (5 classes) of the word in ASCII,
			   * for cognates: "парламента", "parlamentu" -> "prlmn" */
	TD_FEAT_NAME,     /* consonant skeleton of a capitalised word's ASCII
			   * transliteration: "Лондоне", "Londynie" -> "lndn" */
	TD_FEAT_ENTITY,   /* cross-lingual entity key from the extractor */
	TD_FEAT_NUMBER,   /* a number, with its unit when known */
	TD_FEAT_DATE      /* a mentioned calendar day */
} td_feature_kind;

/* The unit part of a quantity hash: two quantities in the same unit
 * have the same TD_QUANT_UNIT; equal values also share the low bits. */
#define TD_QUANT_UNIT(q) ((q) >> 16)

/* The kind of a feature hash (its low three bits). */
#define TD_FEAT_KIND(h) ((td_feature_kind)((h) & 7u))

/* A hashed feature and its raw weight: sublinear term frequency times
 * the weight of its kind and place (headline counts double). Document
 * frequencies are applied later by the clustering engine. */
typedef struct {
	uint32_t h; /* never 0; the low three bits are its td_feature_kind */
	float w;
} td_feature;

/* The fingerprint. Fixed size (about 2.7 KiB), no pointers: copy freely. */
typedef struct {
	td_feature feat[TD_SKETCH_MAXFEAT]; /* sorted by h, unique */
	uint32_t nfeat;
	uint32_t nshingles;                   /* 0: MinHash unusable (too short) */
	uint32_t minhash[TD_SKETCH_MINHASH]; /* one-permutation MinHash of the 4-word
					       * shingles: per bin the smallest hash,
					       * UINT32_MAX for an empty bin */
	td_day day;                           /* publication day or TD_NODATE */
	td_day mentioned;                     /* most mentioned day-precise date, or TD_NODATE */
	uint32_t quant[TD_SKETCH_MAXQUANT];  /* quantities with a unit, first in the text
					       * first: TD_QUANT_UNIT(q) the unit, the low
					       * 16 bits the value; unique */
	uint32_t nquant;
	uint16_t years[TD_SKETCH_MAXYEARS];  /* years written in the text (four digits,
					       * 1900-2099), most often written first (the
					       * later among equals); 0 pads */
	uint16_t year;                       /* the year written more often than any
					       * other, 0 when none is (no year, or
					       * several written equally often) */
	uint32_t who[TD_SKETCH_MAXWHO];      /* hashes of the persons it names (entity
					       * keys of type PER), most named first (the
					       * earlier among equals); 0 pads */
	char lang[4];                         /* the article's language; when none was
					       * identified its script: "~l" Latin, "~c"
					       * Cyrillic, "~g" Greek, "~x" other; "" no text */
} td_sketch;

/* Per-thread state: a stemmer and a cache of word -> feature hashes. */
typedef struct td_sketcher td_sketcher;

/* Creates a sketcher. Returns NULL when out of memory. */
td_sketcher *td_sketcher_create(void);

/* Frees a sketcher. NULL is a no-op. */
void td_sketcher_destroy(td_sketcher *s);

/* Fills out from a cleaned article (title, text, lang; entities,
 * numbers and dates are used when present). Reads at most
 * TD_SKETCH_MAXTOKENS tokens. Allocates nothing. Returns 0, or
 * TD_ERR_NODATA when the text tables cannot be built. */
int td_sketch_article(td_sketcher *s, const td_article *a, td_sketch *out);

/* td_sketch_article with the first tokens of a->text already made:
 * tk[0..nt) as td_tokenize(a->text, a->text_len, tk, k) writes them, for
 * some k >= TD_SKETCH_MAXTOKENS (all of the text's tokens when it has
 * fewer than k). tk NULL: the sketcher tokenizes, as td_sketch_article. */
int td_sketch_article_tok(td_sketcher *s, const td_article *a, const td_token *tk, size_t nt,
			  td_sketch *out);

/* Fills out[i] for every article with up to threads workers (0: one per
 * core). Returns 0 or a TD_ERR_* code. */
int td_sketch_many(td_article *const *articles, size_t n, int threads, td_sketch *out);

/* Estimated Jaccard resemblance of the two articles' shingle sets, in
 * [0, 1]; 0 when either is too short to tell. */
double td_sketch_resemblance(const td_sketch *a, const td_sketch *b);

/* Writes the consonant skeleton of an ASCII word (lower case) into out
 * (at most cap - 1 characters plus NUL): the first letter, then up to
 * three more consonant classes, doubled letters and vowels dropped.
 * Returns its length. Exposed for tests. */
size_t td_sketch_skeleton(const char *ascii, size_t n, char *out, size_t cap);

#endif
