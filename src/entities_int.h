/* entities_int.h - private interfaces of the entities module: the alias
 * table, the hunspell lexicon cache and the gazetteer of names. */
#ifndef TIDINGS_ENTITIES_INT_H
#define TIDINGS_ENTITIES_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/article.h"

/* One row of the generated alias table (data/entities/aliases.tsv). */
typedef struct {
	const char *key;
	uint8_t type;     /* td_entity_type */
	const char *lang; /* language of the name ("" when several or unknown) */
	const char *name;  /* the name as written */
	const char *lemma; /* its base form (usually the name itself) */
} td__alias;

/* Type of alias rows that are not names (common-noun abbreviations). */
#define TD__NONE 255

extern const td__alias td__aliases[];
extern const size_t td__naliases;

/* Top-level subdivisions of countries (ISO 3166-2, generated). */
extern const td__alias td__subdivs[];
extern const size_t td__nsubdivs;

/* Cities and towns of the world (libgweather and GeoNames, generated):
 * the first td__ncities_big rows name cities of 100,000 people or more. */
extern const td__alias td__cities[];
extern const size_t td__ncities, td__ncities_big;

/* Common first names (the 1990 US census, generated), lower-case ASCII,
 * sorted. */
extern const char *const td__given_names[];
extern const size_t td__ngiven;
extern const unsigned char td__given_sex[]; /* 1 men's, 2 women's, 3 both */

/* The row of a listed city, country subdivision or alias (a place, an
 * organisation, an event, a product) whose name has the name key k (n
 * bytes, td__name_key: "blksr" for "Балъкесир", "trklbk" for
 * "Техрик-э-Лабаик", spellings not listed): the first such row; or NULL
 * when none, or when two entities share the key (but where one name is
 * listed for both, as in the gazetteer: the first), or when k is shorter
 * than TD__CITY_KEY_MIN (short keys are shared by chance). */
#define TD__CITY_KEY_MIN 5
const td__alias *td__listed_of_key(const char *k, size_t n);

/* ---- lexicon: hunspell per language behind a lock-free cache ------- */

enum {
	TD__LEX_KNOWN = 1,  /* the dictionary has stems for the word as written */
	TD__LEX_LOWER = 2,  /* ... and its lower-case form too (a common word) */
	TD__LEX_PROPER = 4, /* one of its stems is capitalised (a proper name) */
	TD__LEX_DICT = 8,   /* a dictionary exists for the language */
	TD__LEX_SELF = 16   /* the word itself is a capitalised stem */
};

typedef struct {
	uint8_t flags;
	const char *lemma; /* best stem (capitalised like the word), or NULL;
			    * lives as long as the process */
} td__lexinfo;

/* Index of the dictionary for an ISO 639-1 code, or -1 when none. */
int td__lex_index(const char *lang);

/* Looks a word up (UTF-8, as written) in dictionary li. The first lookup
 * of a word asks hunspell under a per-language lock; later ones read a
 * shared insert-only cache without locks. Never fails: an unavailable
 * dictionary gives flags 0. */
void td__lex_lookup(int li, const char *w, size_t n, td__lexinfo *out);

/* What td__lex_lookup makes of a stem's lemma (hunspell's root) for word
 * w: the root with a prefix rule's prefix back, a Slovene noun of the
 * a-declension with its ending (entities_lex.c). In place, lemma of cap
 * bytes; td__lex_hunspell gives the root. */
void td__lex_base_form(int li, const char *w, size_t n, char *lemma, size_t cap);

/* ---- gazetteer: aliases, ICU countries, regions and cities --------- */

typedef struct {
	const char *key;
	const char *lemma; /* the name as listed (nominative) */
	uint64_t langs;    /* its languages (td__gaz_lang_bit), 0 when unknown;
			    * TD__GAZ_ANY also when a row names it for every
			    * language */
	uint8_t type;
	uint8_t weak;      /* a town name that is also often a person's name
			    * (libgweather cities): a place only for a single
			    * word with no person's evidence */
	int32_t next;      /* another name with the same stems, or -1 */
} td__gaz;

/* Builds the gazetteer once (thread-safe), or maps the table the build
 * generated (DIR/gazetteer.tab, DIR from TIDINGS_LEXTAB_DIR or the build's
 * lexicon folder; "none": always build) when it was made from the same
 * lists and ICU. Returns 0 or TD_ERR_NOMEM. */
int td__gaz_init(void);

/* Writes the gazetteer (built or mapped by td__gaz_init) to path in the
 * format td__gaz_init maps. Returns 0 or a TD_ERR_*. */
int td__gaz_write(const char *path);

/* Whether the table in the file at path holds exactly the gazetteer in
 * use: 0 the same, 1 different, negative when it cannot be used (another
 * format, other lists or ICU, damaged). */
int td__gaz_same_as_file(const char *path);

/* Looks up a sequence of name stems joined by spaces (see
 * td__name_stem) or "=" followed by an exact all-capitals token.
 * Returns the entry or NULL; *more is set when a longer sequence
 * starting with this one exists, *lower when the name is also written
 * in lower case ("brexit"). */
const td__gaz *td__gaz_find(const char *s, size_t n, int *more, int *lower);

/* The bit of td__gaz.langs set when a row lists the name for every
 * language (beside the bits of the languages that also name it so). */
#define TD__GAZ_ANY (1ull << 63)

/* The bit of td__gaz.langs set when the name is matched in its
 * languages only (aliases.tsv's "sl!RS": Slovenia in Slovene, Republika
 * Srpska in Serbian). */
#define TD__GAZ_ONLY (1ull << 62)

/* The bit of a language code in td__gaz.langs (0 for none or unknown). */
uint64_t td__gaz_lang_bit(const char *lang);

/* The next name of the same stems (other languages), or NULL. */
const td__gaz *td__gaz_next(const td__gaz *g);

/* 1 when w is a weekday name, 2 a month name (any language), else 0. */
int td__gaz_calendar(const char *w, size_t n);

/* A bit per hash of the first four bytes of the lower-case names
 * (entities_gaz.c), for td__gaz_lower_start: all clear before
 * td__gaz_init. */
extern const uint8_t *const td__gaz_lower_bits;

/* The 16-bit hash of the first four bytes of w (n bytes, at least 1;
 * fewer, all of them): two bytes are one Cyrillic letter, and the
 * first letter or two of a name in lower case ("вторая", "druga") begin
 * too many common words. */
static inline unsigned td__gaz_lower_hash(const char *w, size_t n)
{
	uint32_t v = 0;
	if (n >= 4)
		memcpy(&v, w, 4); /* (the table is built where it is used) */
	else
		memcpy(&v, w, n);
	return (unsigned)((v * 0x9E3779B1u) >> 16);
}

/* Whether some lower-case name may start as w does (n at least 1; a
 * name of fewer than four bytes only as the whole word). Inline: asked
 * of nearly every word. */
static inline int td__gaz_lower_start(const char *w, size_t n)
{
	unsigned b = td__gaz_lower_hash(w, n);
	return (td__gaz_lower_bits[b >> 3] >> (b & 7)) & 1;
}

/* Writes the matching stem of a word: case-folded, with one inflection
 * ending of the Slavic or English languages removed when at least three
 * letters remain. Returns its length. */
size_t td__name_stem(const char *w, size_t n, char *out, size_t cap);

/* Writes the cross-lingual skeleton of a name for keys: ASCII
 * transliteration with language conventions for Cyrillic, then common
 * spelling variants merged. Returns its length. */
size_t td__name_key(const char *lang, const char *w, size_t n, char *out, size_t cap);

/* Whether a character string is all capital letters (two or more). */
int td__all_caps(const char *w, size_t n);

/* Length of the acronym of an acronym written with a case ending after a
 * hyphen ("EU-a", "NATO-om", "BiH-u": 2, 4, 3), else 0. */
size_t td__acronym_base(const char *w, size_t n);

#endif
