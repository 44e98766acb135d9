/* test_tblock.c - per-thread blocks allocated on first use. */
#include "testutil.h"

#include <pthread.h>

#include "tblock.h"

static td__tblock blk = TD__TBLOCK(4096);
static _Thread_local void *mine;

/* A thread's first block is zeroed and aligned; it writes its mark and
 * reads it back from the same block later. */
static void *use(void *arg)
{
	unsigned char *p = td__tblock_of(&blk, &mine);
	if (!p || ((uintptr_t)p & 63))
		return NULL;
	for (size_t i = 0; i < 4096; i++)
		if (p[i])
			return NULL;
	memset(p, (int)(uintptr_t)arg, 4096);
	unsigned char *q = td__tblock_of(&blk, &mine);
	return q == p && q[4095] == (unsigned char)(uintptr_t)arg ? p : NULL;
}

static void test_blocks_per_thread(void **state)
{
	(void)state;
	pthread_t t[4];
	void *got[4];
	for (uintptr_t k = 0; k < 4; k++)
		assert_int_equal(pthread_create(&t[k], NULL, use, (void *)(k + 1)), 0);
	for (int k = 0; k < 4; k++) {
		assert_int_equal(pthread_join(t[k], &got[k]), 0);
		assert_non_null(got[k]);
	}
	/* This thread's own block is another, zeroed, and stays its own. */
	unsigned char *p = use((void *)(uintptr_t)9);
	assert_non_null(p);
	assert_ptr_equal(td__tblock_of(&blk, &mine), p);
	assert_int_equal(p[0], 9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks_per_thread),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
