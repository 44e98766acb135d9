/* lex.h - library-internal word scanning, case folding and the table of cue words
 * (month and weekday names, relative-date words, chrome markers) shared by clean and dates. */
#ifndef TIDINGS_LEX_H
#define TIDINGS_LEX_H

#include <stddef.h>
#include <stdint.h>

/* Languages of the cue tables, as bit positions in a mask. */
enum {
	TD__L_RU, TD__L_UK, TD__L_BG, TD__L_PL, TD__L_CS, TD__L_SK, TD__L_SL, TD__L_HR,
	TD__L_EN, TD__L_DE, TD__L_FR, TD__L_ES, TD__L_IT, TD__L_PT, TD__L_NL, TD__L_RO,
	TD__L_TR, TD__L_EL, TD__L_HU, TD__L_N
};
#define TD__L_ALL ((1u << TD__L_N) - 1)

/* Kinds of cue words. */
enum {
	TD__K_MONTH = 1, /* val 1..12 */
	TD__K_WDAY,      /* val 0 Monday .. 6 Sunday */
	TD__K_REL,       /* val = day offset + 8 ("вчера" 7) */
	TD__K_CUE,       /* preposition before a month, year or weekday ("в", "in") */
	TD__K_LAST,      /* "last", "прошлый" */
	TD__K_NEXT,      /* "next", "следующий" */
	TD__K_THIS,      /* "this", "этот" */
	TD__K_YEARN,     /* year noun or abbreviation after a year ("года", "r.") */
	TD__K_MONTHN,    /* month noun ("месяц") */
	TD__K_RELYEAR,   /* one-word year offset ("loni"): val = offset + 8 */
	TD__K_SHARE,     /* share-button word ("Facebook", "Tweet") */
	TD__K_AGENCY,    /* news or photo agency name ("Reuters", "ТАСС") */
	TD__K_CREDIT     /* photo-credit marker ("Фото", "Foto") */
};

/* Entry flags. */
#define TD__F_ABBR 1 /* abbreviation: only next to a day number */
#define TD__F_CAP 2  /* must be written with a capital letter ("May") */
#define TD__F_POST 4 /* qualifier written after its noun ("lundi dernier") */

typedef struct {
	const char *form; /* folded form */
	uint32_t hash;
	uint32_t langs;   /* TD__L_* mask */
	uint8_t kind, val, flags, len;
} td__cue;

/* Folds the word at s[0..n) (lower case, U+2019 to ') into out (cap
 * bytes); returns the folded length, or 0 when it does not fit. */
size_t td__fold(const char *s, size_t n, char *out, size_t cap);

/* Returns the end of the word starting at s[i] (letters, digits are
 * not included; an apostrophe or hyphen between letters is). i itself
 * when s[i] does not start a letter. */
size_t td__word_end(const char *s, size_t i, size_t n);

/* Non-zero when the code point at s[i] is a letter (or a byte of one). */
int td__is_letter_at(const char *s, size_t i, size_t n);

/* Non-zero when the letter at s[i] is upper case. */
int td__is_upper_at(const char *s, size_t i, size_t n);

/* Scans the word at s[i] like td__word_end and folds it into buf (cap
 * bytes) in the same pass; *flen is 0 when it does not fit. Returns
 * the end of the word and its hash in *hash. */
size_t td__word_fold(const char *s, size_t i, size_t n, char *buf, size_t cap, size_t *flen,
		     uint32_t *hash);


/* What td__next_cue learned of the word it stopped at. */
typedef struct {
	size_t end;   /* where the word ends */
	uint64_t key; /* its first three code points, folded, 21 bits each */
	unsigned len; /* its length in code points, an English "'s" not counted */
	int possessive; /* it ends in such an "'s" */
} td__wskip;

/* Finds the end of the word at s[i] like td__word_fold without folding
 * it, and sets *maybe to 0 when it is no cue word: no cue starts with
 * its first three letters, or none of its length ends like it (cheap
 * filters run before td__word_fold). What was learned of the word is
 * left in *w. Needs td__cue_init. */
size_t td__word_skip(const char *s, size_t i, size_t n, td__wskip *w, int *maybe);

/* Finds the next place in s[i..n) where a date may start: returns the
 * position of a digit, or of a word that td__word_skip lets through
 * (what was learned of it in *w), or n. Sets *broke (never clears it)
 * when a word, a line break or a character that starts no word is
 * passed on the way: a cue word before it is then no longer next to
 * what follows. Needs td__cue_init. */
size_t td__next_cue(const char *s, size_t i, size_t n, td__wskip *w, int *broke);

/* Looks up a word td__next_cue or td__word_skip stopped at by its key,
 * without folding it again: returns the number of entries, the ones
 * td__cue_lookup finds for the folded word in the same order, in *list
 * (static storage); -1 when the key does not tell (a word of more than
 * three code points, or with an apostrophe second: "l'an"), and the
 * word must be folded. */
int td__cue_lookup_key(const td__wskip *w, const td__cue *const **list);

/* Builds the cue table (once; thread-safe). Every entry point that uses
 * td__cue_lookup_h calls it first. */
void td__cue_init(void);

/* Like td__cue_lookup with the FNV-1a hash of the folded word given (as
 * td__word_fold computes it). */
int td__cue_lookup_h(const char *folded, size_t len, uint32_t hash, const td__cue **out, int max);

/* Looks up a folded word; stores up to max matching entries in out and
 * returns how many matched. Thread-safe (the table is built once). */
int td__cue_lookup(const char *folded, size_t len, const td__cue **out, int max);

/* Looks up the word s[0..n) as written (folds it first). */
int td__cue_lookup_word(const char *s, size_t n, const td__cue **out, int max);

/* Mask bit of an ISO 639-1 code; 0 when the language has no tables. */
unsigned td__lang_bit(const char *code);

/* Length of a dash at s[i] (- en dash, em dash), else 0. */
size_t td__dash_len(const char *s, size_t i, size_t n);

#endif
