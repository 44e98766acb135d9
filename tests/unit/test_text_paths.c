/* test_text_paths.c - the fast paths of text.c and reader.c against their general code. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "tidings/arena.h"
#include "tidings/reader.h"
#include "tidings/text.h"

/* Pieces of words: ASCII (upper case, NUL), two-byte letters of one or
 * two ASCII bytes, two-byte characters beyond the table, three- and
 * four-byte characters, and bytes that are no UTF-8. */
static const char *const pieces[] = {
	"a", "Z", "7", "-", "", "\xC3\xA9", "\xC3\x86", "\xD0\xAF", "\xD1\x89", "\xC3\x9F", "\xC2\xAB",
	"\xD4\xB0", "\xD7\x90", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xC3", "\x80", "\xC1\x80",
	"\xE2\x82", "\xFF", "abcdefgh", "ABCDEFGH",
};
#define NPIECES (sizeof(pieces) / sizeof(pieces[0]))

static size_t random_word(char *w, size_t max, unsigned *seed)
{
	size_t n = 0, k = (size_t)(rand_r(seed) % 12);
	for (size_t j = 0; j < k; j++) {
		unsigned p = (unsigned)rand_r(seed) % (unsigned)NPIECES;
		/* the empty piece stands for a NUL byte */
		size_t l = pieces[p][0] ? strlen(pieces[p]) : 1;
		if (n + l > max)
			break;
		memcpy(w + n, pieces[p], l);
		n += l;
	}
	return n;
}

/* With room for twice the input and two bytes more td_text_translit
 * takes its fast path, with one byte less its checked one (room enough
 * all the same): both give the same. */
static void test_translit_paths(void **state)
{
	(void)state;
	unsigned seed = 7;
	for (int t = 0; t < 20000; t++) {
		char w[64], fast[160], slow[160];
		size_t n = random_word(w, sizeof(w), &seed);
		memset(fast, 'Q', sizeof(fast));
		memset(slow, 'Q', sizeof(slow));
		size_t a = td_text_translit(w, n, fast, 2 * n + 2);
		size_t b = td_text_translit(w, n, slow, 2 * n + 1);
		assert_int_equal(a, b);
		assert_memory_equal(fast, slow, a + 1);
		assert_int_equal(fast[a], 0);
		/* and a smaller room truncates the same output */
		size_t cap = (size_t)rand_r(&seed) % (2 * n + 3) + 1;
		size_t c = td_text_translit(w, n, slow, cap);
		assert_true(c <= a && c < cap);
		assert_memory_equal(fast, slow, c);
		assert_int_equal(slow[c], 0);
	}
	char out[16];
	assert_int_equal(td_text_translit("ABCDEFGHI\xC3\x86", 11, out, sizeof(out)), 11);
	assert_string_equal(out, "abcdefghiae");
	assert_int_equal(td_text_translit("AB\0CDEFGHI", 10, out, sizeof(out)), 9);
	assert_string_equal(out, "abcdefghi");
}

/* The body of a text file as read before lines were copied in one pass:
 * \r, \f and \v made line breaks, runs of them squeezed to one, none at
 * the start, the end trimmed of line breaks, spaces and tabs. */
static size_t squeeze(const char *s, size_t n, char *o)
{
	size_t m = 0;
	for (size_t j = 0; j < n; j++) {
		char c = s[j];
		if (c == '\r' || c == '\f' || c == '\v')
			c = '\n';
		if (c == '\n' && (m == 0 || o[m - 1] == '\n'))
			continue;
		o[m++] = c;
	}
	while (m && (o[m - 1] == '\n' || o[m - 1] == ' ' || o[m - 1] == '\t'))
		m--;
	o[m] = 0;
	return m;
}

static int keep_article(void *ctx, td_article *a)
{
	*(td_article **)ctx = a;
	return 0;
}

static void test_reader_lines(void **state)
{
	(void)state;
	static const char *const bits[] = {
		"a", " ", "\t", "\n", "\r", "\f", "\v", "\r\n", "\n\n", "word ", "\xD0\xAF",
		"a paragraph of some forty bytes or so...", "\x09"};
	unsigned seed = 11;
	td_arena *ar = td_arena_create();
	assert_non_null(ar);
	for (int t = 0; t < 5000; t++) {
		char in[600] = "Title\n", want[600];
		size_t n = 6, k = (size_t)(rand_r(&seed) % 40);
		for (size_t j = 0; j < k; j++) {
			const char *b = bits[(unsigned)rand_r(&seed) % (sizeof(bits) / sizeof(bits[0]))];
			size_t l = strlen(b);
			memcpy(in + n, b, l);
			n += l;
		}
		size_t wl = squeeze(in + 6, n - 6, want);
		td_article *a = NULL;
		assert_int_equal(td_read_buffer("t.txt", in, n, TD_FMT_AUTO, NULL, ar, keep_article, NULL, &a), 1);
		assert_non_null(a);
		assert_int_equal(a->raw_body_len, wl);
		assert_string_equal(a->raw_body, want);
		td_arena_reset(ar);
	}
	td_arena_destroy(ar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_translit_paths),
		cmocka_unit_test(test_reader_lines),
	};
	return cmocka_run_group_tests_name("text_paths", tests, NULL, NULL);
}
