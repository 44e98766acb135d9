/* bench_lang.c - speed and accuracy of tidings' language identification against CLD2 and libexttextcat on the same texts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <libexttextcat/textcat.h>

#include "tidings/arena.h"
#include "tidings/dates.h"
#include "tidings/engine.h"
#include "tidings/lang.h"
#include "tidings/reader.h"

const char *bench_cld2_detect(const char *text, int len, int *reliable);

typedef struct {
	char *name, *text, gold[8];
	size_t len;
	char pred[3][8]; /* tidings, CLD2, libexttextcat (first run) */
} item;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: fair on a shared machine */
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(double), cmp_d);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

typedef struct {
	td_arena *ar;
	td_stage last;
	size_t n;
	td_article *a;
} run_ctx;

static int on_article(void *ctx, td_article *a)
{
	run_ctx *c = ctx;
	td_pipeline_article(a, c->ar, c->last);
	c->a = a;
	c->n++;
	return 0;
}

/* exttextcat answers "[hr--utf8][bs--utf8]..."; the first tag's language. */
static void textcat_code(const char *r, char out[8])
{
	out[0] = 0;
	if (!r || r[0] != '[')
		return;
	size_t i = 0;
	for (r++; *r && *r != '-' && *r != ']' && i < 7; r++)
		out[i++] = *r;
	out[i] = 0;
	if (!strcmp(out, "sh"))
		strcpy(out, "sr");
}

static const char *norm_cld2(const char *c)
{
	/* CLD2 names some languages by other codes */
	if (!strcmp(c, "un"))
		return "und";
	return c;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_lang DIR [RUNS]\n");
		return 2;
	}
	const char *dir = argv[1];
	int runs = argc > 2 ? atoi(argv[2]) : 5;
	if (runs < 1 || runs > 50)
		runs = 5;
	char **names;
	size_t nn;
	if (td_list_inputs(dir, &names, &nn) < 0 || !nn) {
		fprintf(stderr, "bench_lang: no input under %s\n", dir);
		return 1;
	}
	/* gold labels, when the folder has them */
	char path[4096];
	snprintf(path, sizeof(path), "%s/labels.tsv", dir);
	FILE *lf = fopen(path, "r");
	char **gf = NULL, **gl = NULL;
	size_t ng = 0;
	if (lf) {
		char line[8192];
		gf = calloc(nn + 1, sizeof(char *));
		gl = calloc(nn + 1, sizeof(char *));
		while (gf && gl && fgets(line, sizeof(line), lf) && ng <= nn) {
			char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
			if (!t2)
				continue;
			*t1 = 0;
			t2[1 + strcspn(t2 + 1, "\t\r\n")] = 0;
			gf[ng] = strdup(line);
			gl[ng] = strdup(t2 + 1);
			ng++;
		}
		fclose(lf);
	}
	td_lang_init();
	td_reader_opts ro = {0};
	td_arena *ar = td_arena_create();
	item *items = calloc(nn, sizeof(item));
	size_t ni = 0, bytes = 0;
	/* cleaned texts (title + body) that every detector gets */
	for (size_t i = 0; i < nn; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		run_ctx c = {ar, TD_STAGE_CLEAN, 0, NULL};
		if (td_read_file(path, names[i], TD_FMT_AUTO, &ro, ar, on_article, NULL, &c) <= 0 || !c.a)
			continue;
		item *it = &items[ni++];
		it->name = names[i];
		it->len = c.a->text_len;
		it->text = malloc(it->len + 1);
		memcpy(it->text, c.a->text, it->len);
		it->text[it->len] = 0;
		for (size_t g = 0; g < ng; g++)
			if (!strcmp(gf[g], names[i]))
				snprintf(it->gold, sizeof(it->gold), "%s", gl[g]);
		bytes += it->len;
		td_arena_reset(ar);
	}
	snprintf(path, sizeof(path), "%s", "/usr/share/libexttextcat/fpdb.conf");
	void *tc = special_textcat_Init(path, "/usr/share/libexttextcat/");
	if (!tc)
		fprintf(stderr, "bench_lang: libexttextcat data missing\n");

	double t_pipe[50], t_ours[50], t_cld[50], t_tc[50];
	size_t ok_ours = 0, ok_cld = 0, ok_tc = 0, ngold = 0;
	for (int r = 0; r < runs; r++) {
		/* read + clean + lang + dates, one core, from the files */
		double t0 = now();
		size_t n = 0;
		for (size_t i = 0; i < nn; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
			run_ctx c = {ar, TD_STAGE_DATES, 0, NULL};
			td_read_file(path, names[i], TD_FMT_AUTO, &ro, ar, on_article, NULL, &c);
			n += c.n;
			td_arena_reset(ar);
		}
		t_pipe[r] = now() - t0;
		(void)n;
		t0 = now();
		for (size_t i = 0; i < ni; i++) {
			td_lang_result res;
			td_lang_detect(items[i].text, items[i].len, &res);
			if (r == 0 && items[i].gold[0]) {
				ngold++;
				ok_ours += !strcmp(res.code, items[i].gold);
				snprintf(items[i].pred[0], 8, "%s", res.code);
			}
		}
		t_ours[r] = now() - t0;
		t0 = now();
		for (size_t i = 0; i < ni; i++) {
			int rel;
			const char *c = norm_cld2(bench_cld2_detect(items[i].text, (int)items[i].len, &rel));
			if (r == 0 && items[i].gold[0]) {
				ok_cld += !strcmp(c, items[i].gold);
				snprintf(items[i].pred[1], 8, "%s", c);
			}
		}
		t_cld[r] = now() - t0;
		t0 = now();
		for (size_t i = 0; tc && i < ni; i++) {
			char code[8];
			textcat_code(textcat_Classify(tc, items[i].text, items[i].len), code);
			if (r == 0 && items[i].gold[0]) {
				ok_tc += !strcmp(code, items[i].gold);
				snprintf(items[i].pred[2], 8, "%s", code);
			}
		}
		t_tc[r] = now() - t0;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double mp = median(t_pipe, runs), mo = median(t_ours, runs), mc = median(t_cld, runs),
	       mt = median(t_tc, runs);
	double mb = (double)bytes / 1e6;
	printf("bench_lang: %zu articles, %.1f MB of cleaned text, median of %d runs, one core, CPU time\n",
	       ni, mb, runs);
	printf("  %-34s %9.0f articles/s %8.1f MB/s\n", "tidings read+clean+lang+dates", (double)ni / mp,
	       mb / mp);
	printf("  %-34s %9.0f articles/s %8.1f MB/s\n", "tidings lang", (double)ni / mo, mb / mo);
	printf("  %-34s %9.0f articles/s %8.1f MB/s\n", "CLD2", (double)ni / mc, mb / mc);
	if (tc)
		printf("  %-34s %9.0f articles/s %8.1f MB/s\n", "libexttextcat", (double)ni / mt, mb / mt);
	printf("  speed ratio tidings/CLD2 %.1fx, tidings/libexttextcat %.1fx\n", mc / mo, mt / mo);
	if (ngold)
		printf("  accuracy (%zu labelled): tidings %.2f%%, CLD2 %.2f%%, libexttextcat %.2f%%\n",
		       ngold, 100.0 * (double)ok_ours / (double)ngold,
		       100.0 * (double)ok_cld / (double)ngold, 100.0 * (double)ok_tc / (double)ngold);
	printf("  peak memory (ru_maxrss) %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
	if (ngold && getenv("PER_LANG")) {
		/* per gold language: accuracy of each detector */
		char seen[64][8];
		int ns = 0;
		for (size_t i = 0; i < ni; i++) {
			int k = 0;
			while (k < ns && strcmp(seen[k], items[i].gold))
				k++;
			if (k == ns && ns < 64 && items[i].gold[0])
				snprintf(seen[ns++], 8, "%s", items[i].gold);
		}
		printf("  %-5s %6s %9s %9s %9s\n", "lang", "n", "tidings", "CLD2", "textcat");
		for (int k = 0; k < ns; k++) {
			size_t n = 0, ok[3] = {0, 0, 0};
			for (size_t i = 0; i < ni; i++) {
				if (strcmp(items[i].gold, seen[k]))
					continue;
				n++;
				for (int d = 0; d < 3; d++)
					ok[d] += !strcmp(items[i].pred[d], seen[k]);
			}
			printf("  %-5s %6zu %8.2f%% %8.2f%% %8.2f%%\n", seen[k], n,
			       100.0 * (double)ok[0] / (double)n, 100.0 * (double)ok[1] / (double)n,
			       100.0 * (double)ok[2] / (double)n);
		}
	}
	if (tc)
		textcat_Done(tc);
	for (size_t i = 0; i < ni; i++)
		free(items[i].text);
	free(items);
	td_arena_destroy(ar);
	td_list_free(names, nn);
	return 0;
}
