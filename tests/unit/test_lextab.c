/* test_lextab.c - the word-form tables generated from the hunspell
 * dictionaries answer as hunspell does, without asking it. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "entities_int.h"
#include "lextab.h"

/* A known word comes from the table: no hunspell analysis. */
static void test_table_word(void **state)
{
	(void)state;
	int ru = td__lex_index("ru");
	assert_true(ru >= 0);
	size_t a0 = td__lex_analyses();
	td__lexinfo L;
	td__lex_lookup(ru, "Москвы", strlen("Москвы"), &L);
	assert_int_equal(td__lex_analyses(), a0);
	assert_true(L.flags & TD__LEX_KNOWN);
	assert_true(L.flags & TD__LEX_PROPER);
	assert_non_null(L.lemma);
	assert_string_equal(L.lemma, "Москва");
	/* a common word at the start of a sentence */
	td__lex_lookup(ru, "Сегодня", strlen("Сегодня"), &L);
	assert_int_equal(td__lex_analyses(), a0);
	assert_true(L.flags & TD__LEX_LOWER);
	assert_false(L.flags & TD__LEX_PROPER);
	/* an unknown name: answered as hunspell would, still without it */
	td__lex_lookup(ru, "Брдзыкова", strlen("Брдзыкова"), &L);
	assert_int_equal(td__lex_analyses(), a0);
	assert_int_equal(L.flags, TD__LEX_DICT);
	assert_null(L.lemma);
	/* English words with digits that cannot be compounds of its rules
	 * (ordinals) come from the table too */
	int en = td__lex_index("en");
	td__lex_lookup(en, "DIGI24", 6, &L);
	td__lex_lookup(en, "102", 3, &L);
	assert_int_equal(td__lex_analyses(), a0);
	uint8_t fl;
	char lemma[256];
	td__lex_hunspell(en, "102", 3, &fl, lemma, sizeof(lemma));
	assert_int_equal(L.flags, fl);
}

/* A word only hunspell can answer (a compound of digits in English, a
 * stress mark hunspell ignores in Ukrainian) goes to hunspell. */
static void test_hunspell_word(void **state)
{
	(void)state;
	int en = td__lex_index("en");
	size_t a0 = td__lex_analyses();
	td__lexinfo L;
	td__lex_lookup(en, "22nd", 4, &L);
	assert_true(td__lex_analyses() > a0);
	uint8_t fl;
	char lemma[256];
	td__lex_hunspell(en, "22nd", 4, &fl, lemma, sizeof(lemma));
	assert_int_equal(L.flags, fl);
	assert_true(fl & TD__LEX_KNOWN);
	int uk = td__lex_index("uk");
	const char *w = "Украї\xcc\x81на";
	a0 = td__lex_analyses();
	td__lex_lookup(uk, w, strlen(w), &L);
	assert_true(td__lex_analyses() > a0);
	td__lex_hunspell(uk, w, strlen(w), &fl, lemma, sizeof(lemma));
	assert_int_equal(L.flags, fl);
	assert_string_equal(L.lemma ? L.lemma : "", lemma);
}

/* Every word of the sample: the same flags and lemma as hunspell. */
static void test_same_answers(void **state)
{
	(void)state;
	FILE *f = fopen("tests/unit/data/lexicon/words.tsv", "r");
	assert_non_null(f);
	char line[512];
	size_t n = 0, differ = 0;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = 0;
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = 0;
		int li = td__lex_index(line);
		const char *w = tab + 1;
		size_t wn = strlen(w);
		if (li < 0 || !wn)
			continue;
		td__lexinfo L;
		td__lex_lookup(li, w, wn, &L);
		uint8_t fl;
		char lemma[512];
		td__lex_hunspell(li, w, wn, &fl, lemma, sizeof(lemma));
		td__lex_base_form(li, w, wn, lemma, sizeof(lemma));
		const char *l1 = L.lemma ? L.lemma : "";
		if (fl != L.flags || strcmp(l1, lemma)) {
			fprintf(stderr, "%s %s: table %d '%s', hunspell %d '%s'\n", line, w, L.flags, l1,
				fl, lemma);
			differ++;
		}
		n++;
	}
	fclose(f);
	assert_true(n > 1000);
	assert_int_equal(differ, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_word),
		cmocka_unit_test(test_hunspell_word),
		cmocka_unit_test(test_same_answers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
