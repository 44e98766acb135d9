/* entities.h - named entities: mentions, base forms and cross-lingual keys. */
#ifndef TIDINGS_ENTITIES_H
#define TIDINGS_ENTITIES_H

#include <stddef.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/text.h"

/* Loads the gazetteer (alias table, ICU country, region and city names).
 * Called by td_entities_article on first use; thread-safe. Hunspell
 * dictionaries load lazily per language on first need. Returns 0 or
 * TD_ERR_NOMEM. */
int td_entities_init(void);

/* Finds the named entities of a->text (a->lang selects the dictionary;
 * ru, uk, bg, pl, cs, sk, sl, hr and en have one, other languages get
 * capitalisation and the gazetteer only) and sets a->entities and
 * a->nentities: one td_entity per mention in text order, with its
 * surface form, nominative lemma, type and cross-lingual key ("gpe:kg"
 * for a country, "org:eu" for a known organisation, a transliterated
 * surname skeleton such as "ptn" for a person). Strings and the array are
 * allocated in ar. Thread-safe for distinct articles. Memory: about 15
 * bytes per byte of text, transiently, in ar. Returns 0 or TD_ERR_NOMEM. */
int td_entities_article(td_article *a, td_arena *ar);

/* Flags of td_entities_article_ex. */
enum {
	/* No dictionary look-ups: names are found from capitalisation and the
	 * gazetteer, lemmas are the surface forms less known endings. Keys
	 * stay almost as good (they are skeletons and gazetteer keys), which
	 * is what story clustering needs, at a fraction of the cold-start
	 * cost of loading and querying hunspell (docs/entities.md). German
	 * keeps its dictionary: it capitalises every noun. */
	TD_ENT_NO_LEXICON = 1
};

/* td_entities_article with flags (0 is td_entities_article). */
int td_entities_article_ex(td_article *a, td_arena *ar, unsigned flags);

/* td_entities_article_ex on the tokens of a->text the caller already
 * has: tk[0..nt) as td_tokenize(a->text, a->text_len, tk, a->text_len / 2
 * + 2) writes them (every token of the text). The tokens are only read. */
int td_entities_article_tok(td_article *a, td_arena *ar, unsigned flags, td_token *tk, size_t nt);

/* Writes the cross-lingual key skeleton of a name written in language
 * lang into out (cap bytes, NUL-terminated): "Джонсон" (ru) and
 * "Johnson" both give "jnsn". Returns its length. */
size_t td_entity_name_key(const char *lang, const char *name, size_t n, char *out, size_t cap);

#endif
