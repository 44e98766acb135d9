/* text.h - tokens, case folding, transliteration, stems and sentences. */
#ifndef TIDINGS_TEXT_H
#define TIDINGS_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Token flags. */
enum {
	TD_TOK_ALPHA = 1,      /* has letters */
	TD_TOK_DIGIT = 2,      /* has digits */
	TD_TOK_UPPER = 4,      /* first letter is upper or title case */
	TD_TOK_ALLCAPS = 8,    /* two or more letters, all upper case */
	TD_TOK_SENT_START = 16,/* first token of a sentence (or of a line) */
	TD_TOK_QUOTED = 32     /* directly after an opening quote mark */
};

/* A word: a maximal run of letters, digits, combining marks and inner
 * apostrophes, hyphens or dots between letters ("O'Neil", "Ким Чен Ын"
 * is three tokens, "U.S." one). start/end are byte offsets. */
typedef struct {
	uint32_t start, end;
	uint8_t flags;
} td_token;

/* Builds the character-class, case-folding and transliteration caches
 * (ICU's character properties; the ASCII spellings come from a table
 * generated from ICU's transliterator). Called by the functions below on
 * first use; thread-safe. Returns 0. */
int td_text_init(void);

/* Splits text[0..len) into at most max tokens; returns how many were
 * stored (stops at max). Allocates nothing. */
size_t td_tokenize(const char *text, size_t len, td_token *out, size_t max);

/* 1 for the languages that write a name's case ending after an
 * apostrophe (Turkish, Azerbaijani: "Ankara'da", "Erdoğan'ın"). */
int td_text_apostrophe_endings(const char *lang);

/* The length of word w[0..n) without such an ending: a capitalised word,
 * an apostrophe, then one to six lower-case letters to its end
 * ("Ukrayna'ya" -> 7); n when it has none. */
size_t td_text_cut_ending(const char *w, size_t n);

/* Writes the case-folded form of s[0..n) (Unicode simple case folding,
 * so "Путин" -> "путин", "STRASSE" -> "strasse") into out (cap bytes, NUL
 * terminated, truncated at a character boundary). Returns its length. */
size_t td_text_fold(const char *s, size_t n, char *out, size_t cap);

/* Writes a lower-case ASCII transliteration of s[0..n) into out (ICU
 * "Any-Latin; Latin-ASCII" per character, cached): "Путін" -> "putin",
 * "Brüssel" -> "brussel", "Łódź" -> "lodz". Characters without a Latin
 * form are dropped. Returns its length. */
size_t td_text_translit(const char *s, size_t n, char *out, size_t cap);

/* Returns the first code point of s and whether it is a letter of an
 * upper or title case. */
int td_text_is_upper_initial(const char *s, size_t n);

/* A stemmer per thread (Snowball stemmers are not thread-safe). */
typedef struct td_stemmer td_stemmer;

td_stemmer *td_stemmer_create(void);
void td_stemmer_destroy(td_stemmer *st);

/* Stems a case-folded word for language lang (ISO 639-1) into out:
 * Snowball where it has the language, else (Slavic languages Snowball
 * lacks, unknown ones) truncation to the first 6 characters for words
 * longer than that. Returns the length written. */
size_t td_stem(td_stemmer *st, const char *lang, const char *word, size_t n, char *out,
	       size_t cap);

/* A span of text: byte offsets [start, end). */
typedef struct {
	uint32_t start, end;
} td_span;

/* Splits text into sentences at . ! ? … and line breaks, not after
 * abbreviations of one letter ("A. Merkel"), common abbreviations or
 * inside numbers ("3.5"). Returns the number stored (at most max). */
size_t td_sentences(const char *text, size_t len, td_span *out, size_t max);

#endif
