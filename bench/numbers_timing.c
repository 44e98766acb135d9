/* numbers_timing.c - CPU time of td_numbers_scan per article over a folder of .txt files. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tidings/arena.h"
#include "tidings/numbers.h"

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR [LANG]\n", argv[0]);
		return 2;
	}
	const char *lang = argc > 2 ? argv[2] : "";
	DIR *d = opendir(argv[1]);
	if (!d)
		return 1;
	char *txt[4096];
	size_t len[4096], n = 0, bytes = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 4096) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".txt"))
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", argv[1], e->d_name);
		FILE *f = fopen(path, "rb");
		if (!f)
			continue;
		txt[n] = malloc(1 << 20);
		len[n] = txt[n] ? fread(txt[n], 1, 1 << 20, f) : 0;
		bytes += len[n];
		n++;
		fclose(f);
	}
	closedir(d);
	if (!n)
		return 1;
	td_arena *ar = td_arena_create();
	static td_number out[4096];
	double runs[5];
	size_t total = 0;
	for (int r = 0; r < 5; r++) {
		double t0 = cpu_now();
		total = 0;
		for (int rep = 0; rep < 20; rep++)
			for (size_t i = 0; i < n; i++) {
				td_arena_reset(ar);
				total += td_numbers_scan(txt[i], len[i], lang, out, 4096, ar);
			}
		runs[r] = (cpu_now() - t0) / 20 / (double)n;
		total /= 20;
	}
	qsort(runs, 5, sizeof(double), cmp);
	printf("numbers: %zu articles, %.1f KB/article, %.2f quantities/article, "
	       "median %.1f us/article (%.0f MB/s)\n",
	       n, (double)bytes / (double)n / 1024, (double)total / (double)n, runs[2] * 1e6,
	       (double)bytes / (double)n / runs[2] / 1e6);
	td_arena_destroy(ar);
	for (size_t i = 0; i < n; i++)
		free(txt[i]);
	return 0;
}
