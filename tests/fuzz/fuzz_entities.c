/* fuzz_entities.c - libFuzzer target: the entity stage on arbitrary text. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/entities.h"
#include "tidings/utf8.h"

/* The first byte picks the language; the rest is the text (its longest
 * valid UTF-8 prefix, as the reader guarantees). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {"ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr", "en", ""};
	if (size < 1)
		return 0;
	td_arena *ar = td_arena_create();
	if (!ar)
		return 0;
	td_article a;
	td_article_init(&a);
	/* From 200 on, languages with rules of their own beyond the Slavic
	 * ones (elided articles, case endings after an apostrophe, Romance
	 * institutions, German adjectives, Dutch demonyms, Belarusian
	 * endings and keys, Serbian and Bosnian read as Croatian). */
	static const char *const more[] = {"fr", "it", "tr", "de", "es", "nl", "pt", "hu", "ro", "el",
					   "be", "sr", "mk", "bs"};
	const char *lang = data[0] >= 200 ? more[(data[0] - 200) % (sizeof(more) / sizeof(more[0]))]
					  : langs[data[0] % (sizeof(langs) / sizeof(langs[0]))];
	memcpy(a.lang, lang, strlen(lang) + 1);
	size_t n = td_utf8_valid_prefix((const char *)data + 1, size - 1);
	char *t = td_arena_strndup(ar, (const char *)data + 1, n);
	if (t) {
		a.text = t;
		a.text_len = strlen(t);
		td_entities_article(&a, ar);
	}
	td_arena_destroy(ar);
	return 0;
}
