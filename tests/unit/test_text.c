/* test_text.c - unit tests of tokens, folding, transliteration, stems, sentences. */
#include "testutil.h"

#include "tidings/text.h"
#include "tidings/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utrans.h>

static void tok_eq(const char *text, const td_token *t, const char *want)
{
	size_t n = t->end - t->start;
	assert_int_equal(n, strlen(want));
	assert_memory_equal(text + t->start, want, n);
}

static void test_tokenize(void **state)
{
	(void)state;
	const char *s = "«Газпром» и U.S. Steel: O'Neil, 3.5 млн — Ким Чен Ын.\nNew line";
	td_token t[32];
	size_t n = td_tokenize(s, strlen(s), t, 32);
	assert_int_equal(n, 12);
	tok_eq(s, &t[0], "Газпром");
	assert_true(t[0].flags & TD_TOK_UPPER);
	assert_true(t[0].flags & TD_TOK_QUOTED);
	assert_true(t[0].flags & TD_TOK_SENT_START);
	tok_eq(s, &t[1], "и");
	assert_false(t[1].flags & TD_TOK_UPPER);
	tok_eq(s, &t[2], "U.S");
	assert_true(t[2].flags & TD_TOK_ALLCAPS);
	tok_eq(s, &t[3], "Steel");
	tok_eq(s, &t[4], "O'Neil");
	tok_eq(s, &t[5], "3.5");
	assert_true(t[5].flags & TD_TOK_DIGIT);
	tok_eq(s, &t[6], "млн");
	tok_eq(s, &t[7], "Ким");
	tok_eq(s, &t[10], "New");
	assert_true(t[10].flags & TD_TOK_SENT_START);
	/* An English title abbreviated before a name ends no sentence; a
	 * full stop after another word does. */
	const char *g = "Gov. John Bel Edwards won. Then Sen. Cruz spoke. Gove. Then";
	n = td_tokenize(g, strlen(g), t, 32);
	assert_int_equal(n, 11);
	tok_eq(g, &t[1], "John");
	assert_false(t[1].flags & TD_TOK_SENT_START);
	tok_eq(g, &t[5], "Then");
	assert_true(t[5].flags & TD_TOK_SENT_START);
	tok_eq(g, &t[7], "Cruz");
	assert_false(t[7].flags & TD_TOK_SENT_START);
	tok_eq(g, &t[10], "Then");
	assert_true(t[10].flags & TD_TOK_SENT_START);
	/* max is honoured */
	assert_int_equal(td_tokenize(s, strlen(s), t, 2), 2);
	assert_int_equal(td_tokenize("", 0, t, 2), 0);
	assert_int_equal(td_tokenize(" -- ", 4, t, 2), 0);
}

/* Words of digits and letters, combining marks, letters past the cached
 * range (Armenian), broken UTF-8, joiners and capitals: offsets and
 * flags of every token. */
static void test_tokenize_forms(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t n;
		unsigned tok[10][3]; /* start, end, flags */
	} cases[] = {
		{"3M 2019\xd0\xb3 x1Y \xd0\x96" "1\xd0\x96 ABC1 aBC",
		 6, {{0, 2, 23}, {3, 9, 3}, {10, 13, 3}, {14, 19, 15}, {20, 24, 15}, {25, 28, 1}}},
		{"\xd0\xb5\xcc\x81\xd0\xb6 a\xcc\x81\xcc\x81" "b \xd0\x90\xd0\x91\xcc\x81",
		 4, {{0, 6, 17}, {7, 10, 1}, {12, 13, 1}, {14, 20, 13}}},
		{"\xd4\xb1\xd4\xb2 \xd0\x90\xd4\xb1" "b z\xd5\xa1",
		 3, {{0, 4, 29}, {5, 10, 5}, {11, 14, 1}}},
		{"ab\xc2 cd\xe2\x80\x94" "ef \xd0\x96\xd0",
		 4, {{0, 2, 17}, {4, 6, 1}, {9, 11, 1}, {12, 14, 5}}},
		{"U.S.A. N.A.T.O a.b 1.2.3 x-y -z \xd0\x96'\xd0\xb6 l\xe2\x80\x99h",
		 9, {{0, 5, 29}, {7, 14, 29}, {15, 16, 1}, {17, 18, 17}, {19, 24, 2}, {25, 28, 1}, {30, 31, 1}, {32, 37, 5}, {38, 43, 1}}},
		{"\xc3\x89" "COLE \xc3\xa9" "cole \xc3\x89" "c \xc3\x89\xc3\x89",
		 4, {{0, 6, 29}, {7, 13, 1}, {14, 17, 5}, {18, 22, 13}}},
		{"word,word;\xd0\xb6(\xd0\xb6) \xc2\xab\xd0\x96\xc2\xbb \"Q\" x\n\xd0\x96.",
		 8, {{0, 4, 17}, {5, 9, 1}, {10, 12, 1}, {13, 15, 1}, {19, 21, 37}, {25, 26, 37}, {28, 29, 33}, {30, 32, 21}}},
	};
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		td_token t[16];
		size_t n = td_tokenize(cases[c].s, strlen(cases[c].s), t, 16);
		assert_int_equal(n, cases[c].n);
		for (size_t k = 0; k < n; k++) {
			assert_int_equal(t[k].start, cases[c].tok[k][0]);
			assert_int_equal(t[k].end, cases[c].tok[k][1]);
			assert_int_equal(t[k].flags, cases[c].tok[k][2]);
		}
	}
}

/* An elided article or preposition before a capital is no part of the
 * word after it (a capitalised one only at a sentence's start); names with
 * an apostrophe of their own stay whole. */
static void test_tokenize_elision(void **state)
{
	(void)state;
	const char *s = "L'Allemagne à l'Ukraine, d\xe2\x80\x99Isra\xc3\xabl dell'Onu l'UE; O'Brien D'Alema L'Aquila "
			"\xd0\xbc'\xd1\x8f\xd1\x81\xd0\xbe l'h rock'n'roll";
	static const char *const want[] = {"Allemagne", "à", "Ukraine", "Isra\xc3\xabl", "Onu", "UE", "O'Brien", "D'Alema",
					   "L'Aquila", "\xd0\xbc'\xd1\x8f\xd1\x81\xd0\xbe", "l'h", "rock'n'roll"};
	td_token t[16];
	size_t n = td_tokenize(s, strlen(s), t, 16);
	assert_int_equal(n, sizeof(want) / sizeof(want[0]));
	for (size_t k = 0; k < n; k++) {
		assert_int_equal(t[k].end - t[k].start, strlen(want[k]));
		assert_memory_equal(s + t[k].start, want[k], strlen(want[k]));
	}
	assert_int_equal(t[0].flags, TD_TOK_ALPHA | TD_TOK_UPPER | TD_TOK_SENT_START);
	assert_int_equal(t[2].flags, TD_TOK_ALPHA | TD_TOK_UPPER);
	assert_int_equal(t[5].flags, TD_TOK_ALPHA | TD_TOK_UPPER | TD_TOK_ALLCAPS);
}

/* Turkish writes a name's case ending after an apostrophe. */
static void test_cut_ending(void **state)
{
	(void)state;
	static const struct {
		const char *w;
		size_t n;
	} cases[] = {
		{"Ukrayna'ya", 7}, {"Erdo\xc4\x9f" "an'\xc4\xb1n", 8}, {"NATO'nun", 4}, {"Br\xc3\xbcksel\xe2\x80\x99" "de", 8},
		{"O'Brien", 7},    {"ankara'da", 9},                   {"Ankara", 6},   {"Ankara'dakilerin", 16},
		{"Ankara'", 7},    {"Paris'te", 5},
	};
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
		assert_int_equal(td_text_cut_ending(cases[k].w, strlen(cases[k].w)), cases[k].n);
	assert_true(td_text_apostrophe_endings("tr") && td_text_apostrophe_endings("az"));
	assert_false(td_text_apostrophe_endings("pl") || td_text_apostrophe_endings(NULL));
}

static void test_fold_translit(void **state)
{
	(void)state;
	char buf[64];
	td_text_fold("Путин ПУТИН", strlen("Путин ПУТИН"), buf, sizeof(buf));
	assert_string_equal(buf, "путин путин");
	td_text_fold("ÉCOLE Łódź", strlen("ÉCOLE Łódź"), buf, sizeof(buf));
	assert_string_equal(buf, "école łódź");
	td_text_translit("Путін", strlen("Путін"), buf, sizeof(buf));
	assert_string_equal(buf, "putin");
	td_text_translit("Путин", strlen("Путин"), buf, sizeof(buf));
	assert_string_equal(buf, "putin");
	td_text_translit("Łódź", strlen("Łódź"), buf, sizeof(buf));
	assert_string_equal(buf, "lodz");
	td_text_translit("Brüssel", strlen("Brüssel"), buf, sizeof(buf));
	assert_string_equal(buf, "brussel");
	/* truncation at capacity never splits or overflows */
	size_t n = td_text_translit("Александр", strlen("Александр"), buf, 4);
	assert_int_equal(n, 3);
	assert_true(td_text_is_upper_initial("Ёлка", strlen("Ёлка")));
	assert_false(td_text_is_upper_initial("ёлка", strlen("ёлка")));
	assert_false(td_text_is_upper_initial("1A", 2));
}

/* Folding with every capacity: the longest run of whole folded
 * characters that leaves room for the terminator, whether the word fits
 * easily (the fast path for one- and two-byte characters) or not, and
 * with characters of three bytes and ones that fold to another length
 * (U+1E9E to U+00DF). */
static void test_fold_capacity(void **state)
{
	(void)state;
	const char *w = "Ab\xd0\x91\xd0\x81\xe2\x80\x94Z\xc4\xb0\xc3\x89\xe1\xba\x9ex";
	char full[64], buf[64];
	size_t n = strlen(w), fl = td_text_fold(w, n, full, sizeof(full));
	assert_string_equal(full, "ab\xd0\xb1\xd1\x91\xe2\x80\x94z\xc4\xb0\xc3\xa9\xc3\x9fx");
	assert_int_equal(fl, strlen(full));
	for (size_t cap = 1; cap <= sizeof(buf); cap++) {
		memset(buf, 'Q', sizeof(buf));
		size_t got = td_text_fold(w, n, buf, cap);
		/* The longest prefix of whole characters of the full fold
		 * with room for the terminator. */
		size_t want = 0;
		for (size_t k = 0; k <= fl; k++)
			if ((k == fl || ((unsigned char)full[k] & 0xC0) != 0x80) && k + 1 <= cap)
				want = k;
		assert_int_equal(got, want);
		assert_memory_equal(buf, full, got);
		assert_int_equal(buf[got], 0);
		assert_int_equal(buf[cap < sizeof(buf) ? cap : sizeof(buf) - 1], cap < sizeof(buf) ? 'Q' : buf[sizeof(buf) - 1]);
	}
}

/* The generated table of ASCII spellings (src/translit_tab.inc) agrees
 * with the installed ICU, character by character. */
static void test_translit_table(void **state)
{
	(void)state;
	UErrorCode err = U_ZERO_ERROR;
	UTransliterator *t = utrans_openU(u"Any-Latin; Latin-ASCII; Lower", -1, UTRANS_FORWARD, NULL, 0,
					  NULL, &err);
	assert_false(U_FAILURE(err));
	size_t checked = 0;
	for (UChar32 c = 0x80; c < 0x530; c++) {
		char in[4], want[5] = {0}, got[16];
		int n = td_utf8_encode((uint32_t)c, in);
		if (u_isalpha(c) || u_isdigit(c)) {
			UChar buf[16] = {(UChar)c};
			int32_t len = 1, limit = 1;
			UErrorCode e2 = U_ZERO_ERROR;
			utrans_transUChars(t, buf, &len, 16, 0, &limit, &e2);
			int o = 0;
			for (int32_t i = 0; !U_FAILURE(e2) && i < len && o < 4; i++)
				if ((buf[i] >= 'a' && buf[i] <= 'z') || (buf[i] >= '0' && buf[i] <= '9'))
					want[o++] = (char)buf[i];
			checked++;
		}
		td_text_translit(in, (size_t)n, got, sizeof(got));
		if (strcmp(got, want))
			fail_msg("U+%04X: table \"%s\", ICU \"%s\" (regenerate, data/translit/README.md)", (unsigned)c, got, want);
	}
	assert_true(checked > 700);
	utrans_close(t);
}

static void test_stem(void **state)
{
	(void)state;
	td_stemmer *st = td_stemmer_create();
	assert_non_null(st);
	char a[64], b[64];
	td_stem(st, "ru", "проектов", strlen("проектов"), a, sizeof(a));
	td_stem(st, "ru", "проекта", strlen("проекта"), b, sizeof(b));
	assert_string_equal(a, b);
	td_stem(st, "en", "summits", 7, a, sizeof(a));
	assert_string_equal(a, "summit");
	/* Polish has no Snowball stemmer: six-character prefix. */
	td_stem(st, "pl", "prezydenta", strlen("prezydenta"), a, sizeof(a));
	assert_string_equal(a, "prezyd");
	td_stem(st, "pl", "kot", 3, a, sizeof(a));
	assert_string_equal(a, "kot");
	td_stemmer_destroy(st);
	td_stemmer_destroy(NULL);
}

static void test_sentences(void **state)
{
	(void)state;
	const char *s = "Д. Трамп прибыл в г. Москва. Цена выросла на 3.5%! Что дальше?\n"
			"Headline without dot\nMr. Smith said it. and more";
	td_span sp[16];
	size_t n = td_sentences(s, strlen(s), sp, 16);
	assert_int_equal(n, 5);
	assert_int_equal(sp[0].end - sp[0].start, strlen("Д. Трамп прибыл в г. Москва."));
	assert_memory_equal(s + sp[1].start, "Цена", strlen("Цена"));
	assert_memory_equal(s + sp[3].start, "Headline without dot", 20);
	assert_int_equal(sp[3].end - sp[3].start, 20);
	assert_memory_equal(s + sp[4].start, "Mr. Smith said it. and more", 27);
	/* An ellipsis in a range or a pause goes on; before a capital it
	 * ends the sentence. */
	s = "Температура ночью -18… -15°, днем до -10. Потом… тишина… Конец.";
	n = td_sentences(s, strlen(s), sp, 16);
	assert_int_equal(n, 3);
	assert_memory_equal(s + sp[1].start, "Потом… тишина…", strlen("Потом… тишина…"));
	assert_int_equal(sp[0].end - sp[0].start, strlen("Температура ночью -18… -15°, днем до -10."));
	s = "Он ждал… Никто не пришел.";
	n = td_sentences(s, strlen(s), sp, 16);
	assert_int_equal(n, 2);
	/* A full stop that lost its space between two words; not in
	 * abbreviations, addresses or initials. */
	s = "Ветер 14 метров в секунду.Температура ночью -18°. Сайт www.Example.com и т.е.Итак U.S.Army ok.";
	n = td_sentences(s, strlen(s), sp, 16);
	assert_int_equal(n, 3);
	assert_int_equal(sp[0].end - sp[0].start, strlen("Ветер 14 метров в секунду."));
	assert_memory_equal(s + sp[1].start, "Температура", strlen("Температура"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokenize),
		cmocka_unit_test(test_tokenize_forms),
		cmocka_unit_test(test_tokenize_elision),
		cmocka_unit_test(test_cut_ending),
		cmocka_unit_test(test_fold_translit),
		cmocka_unit_test(test_fold_capacity),
		cmocka_unit_test(test_translit_table),
		cmocka_unit_test(test_stem),
		cmocka_unit_test(test_sentences),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
