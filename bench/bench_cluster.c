/* bench_cluster.c - streams N articles made from a folder's articles
 * (sentences shuffled, words dropped, dates shifted) through sketch and
 * cluster; prints throughput, engine bytes per article and peak memory.
 * usage: bench_cluster DIR N [SEED] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "tidings/cluster.h"
#include "tidings/engine.h"
#include "tidings/sketch.h"
#include "tidings/text.h"

static uint64_t rng = 88172645463325252ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double now(void)
{
	struct timespec t;
	/* CPU time of this thread: the machine may be shared. */
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Writes a variant of a into buf: the headline, then the body's
 * sentences in random order with about one word in ten dropped. */
static size_t variant(const td_article *a, char *buf, size_t cap, td_span *sp, size_t maxsp, size_t *title_len)
{
	size_t tl = strlen(a->title);
	if (tl > cap / 4)
		tl = cap / 4;
	memcpy(buf, a->title, tl);
	buf[tl] = '\n';
	*title_len = tl;
	size_t o = tl + 1;
	size_t ns = td_sentences(a->body, a->body_len, sp, maxsp);
	for (size_t i = ns; i > 1; i--) {
		size_t j = (size_t)(next() % i);
		td_span t = sp[i - 1];
		sp[i - 1] = sp[j];
		sp[j] = t;
	}
	for (size_t i = 0; i < ns; i++) {
		const char *s = a->body + sp[i].start, *e = a->body + sp[i].end;
		while (s < e) {
			const char *w = s;
			while (w < e && *w != ' ')
				w++;
			if (w < e)
				w++;
			if (next() % 10 != 0 && o + (size_t)(w - s) + 2 < cap) {
				memcpy(buf + o, s, (size_t)(w - s));
				o += (size_t)(w - s);
			}
			s = w;
		}
		if (o + 2 < cap)
			buf[o++] = ' ';
	}
	buf[o] = 0;
	return o;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_cluster DIR N [SEED]\n");
		return 2;
	}
	long n = atol(argv[2]);
	if (argc > 3)
		rng ^= (uint64_t)atol(argv[3]) * 0x9E3779B97F4A7C15ull;
	td_batch_opts bo = {0};
	bo.last = TD_STAGE_ALL;
	td_batch *b = NULL;
	if (td_batch_load(argv[1], &bo, &b) < 0 || !b->n) {
		fprintf(stderr, "bench_cluster: cannot load %s\n", argv[1]);
		return 1;
	}
	td_sketcher *sk = td_sketcher_create();
	td_cluster *c = td_cluster_create(NULL);
	td_sketch *s = malloc(sizeof(*s));
	size_t cap = 1 << 16;
	char *buf = malloc(cap);
	td_span *sp = malloc(4096 * sizeof(*sp));
	if (!sk || !c || !s || !buf || !sp)
		return 1;
	td_day base = td_day_from_ymd(2020, 1, 1);
	double busy = 0;
	long joined = 0;
	for (long i = 0; i < n; i++) {
		const td_article *src = b->articles[(size_t)i % b->n];
		long round = i / (long)b->n;
		td_article a = *src;
		size_t tl;
		size_t len = variant(src, buf, cap, sp, 4096, &tl);
		char title[1024];
		snprintf(title, sizeof(title), "%.*s", (int)tl, buf);
		a.title = title;
		a.text = buf;
		a.text_len = len;
		/* Each pass over the folder is a month later: new events. */
		a.date = (src->date != TD_NODATE ? src->date : base) + (td_day)(round * 30);
		double t0 = now();
		td_sketch_article(sk, &a, s);
		td_cluster_result r;
		if (td_cluster_add(c, (uint64_t)i + 1, s, &r) < 0) {
			fprintf(stderr, "bench_cluster: out of memory at %ld\n", i);
			return 1;
		}
		busy += now() - t0;
		joined += !r.is_new;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	size_t bytes = td_cluster_bytes(c);
	printf("articles %ld stories %zu joined %ld rate %.0f/s engine_bytes_per_article %.0f "
	       "peak_rss_mb %.0f\n",
	       n, td_cluster_nstories(c), joined, (double)n / busy, (double)bytes / (double)n,
	       (double)ru.ru_maxrss / 1024.0);
	td_cluster_destroy(c);
	td_sketcher_destroy(sk);
	td_batch_free(b);
	free(s);
	free(buf);
	free(sp);
	return 0;
}
