/* test_gaztab.c - the gazetteer table written at build time holds exactly
 * the gazetteer a process builds, and a table that does not match is
 * refused. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "entities_int.h"

static char path[64];

/* The table written and read back is the one built in this process. */
static void test_roundtrip(void **state)
{
	(void)state;
	assert_int_equal(td__gaz_write(path), 0);
	assert_int_equal(td__gaz_same_as_file(path), 0);
	int more, lower;
	const td__gaz *g = td__gaz_find("лондон", strlen("лондон"), &more, &lower);
	assert_non_null(g);
	assert_string_equal(g->key, "city:london");
}

static long file_size(FILE *f)
{
	fseek(f, 0, SEEK_END);
	return ftell(f);
}

/* A changed byte in an entry's name makes another gazetteer; a changed
 * header, a cut or a missing file is refused. */
static void test_damage(void **state)
{
	(void)state;
	assert_int_equal(td__gaz_write(path), 0);
	FILE *f = fopen(path, "r+b");
	assert_non_null(f);
	long n = file_size(f);
	/* The pool ends with names: change the last letter of the last one. */
	fseek(f, n - 2, SEEK_SET);
	int c = fgetc(f);
	fseek(f, n - 2, SEEK_SET);
	fputc(c == 'x' ? 'y' : 'x', f);
	fclose(f);
	assert_int_equal(td__gaz_same_as_file(path), 1);

	assert_int_equal(td__gaz_write(path), 0);
	f = fopen(path, "r+b");
	assert_non_null(f);
	fseek(f, 16, SEEK_SET); /* the fingerprint of the lists */
	c = fgetc(f);
	fseek(f, 16, SEEK_SET);
	fputc(c ^ 1, f);
	fclose(f);
	assert_true(td__gaz_same_as_file(path) < 0);

	assert_int_equal(td__gaz_write(path), 0);
	f = fopen(path, "r+b");
	assert_non_null(f);
	n = file_size(f);
	fclose(f);
	assert_int_equal(truncate(path, n - 1), 0);
	assert_true(td__gaz_same_as_file(path) < 0);
	unlink(path);
	assert_true(td__gaz_same_as_file(path) < 0);
}

int main(void)
{
	/* Built from the sources here, whatever the build generated. */
	setenv("TIDINGS_LEXTAB_DIR", "none", 1);
	snprintf(path, sizeof(path), "/tmp/td_gaztab_%ld.tab", (long)getpid());
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_roundtrip),
	    cmocka_unit_test(test_damage),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(path);
	return rc;
}
