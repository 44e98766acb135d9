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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_translit_paths),
	};
	return cmocka_run_group_tests_name("text_paths", tests, NULL, NULL);
}
