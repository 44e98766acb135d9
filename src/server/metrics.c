/* metrics.c - request counters and latency histograms in Prometheus text format. */
#include <stdio.h>
#include <stdlib.h>

#include "server.h"

static const char *const route_names[R_COUNT] = {
	"put", "delete", "threads", "article", "search", "stories", "healthz", "metrics", "web",
	"other", "feeds", "feedout"
};

/* Status codes counted one by one; the last slot takes any other. */
static const int codes[SRV_NCODES] = {200, 201, 204, 304, 400, 401, 404, 405, 413, 415, 431,
				      500, 503, 0};

/* Upper bounds of the latency buckets in microseconds; the last is +Inf. */
static const uint64_t bounds_us[SRV_NBUCKETS - 1] = {
	250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 1000000, 5000000
};

void srv_metrics_record(srv_metrics *m, srv_route r, int code, uint64_t micros)
{
	if ((unsigned)r >= R_COUNT)
		r = R_OTHER;
	int k = 0;
	while (k < SRV_NCODES - 1 && codes[k] != code)
		k++;
	atomic_fetch_add_explicit(&m->requests[r][k], 1, memory_order_relaxed);
	int b = 0;
	while (b < SRV_NBUCKETS - 1 && micros > bounds_us[b])
		b++;
	atomic_fetch_add_explicit(&m->latency[r][b], 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&m->latency_us_sum[r], micros, memory_order_relaxed);
}

#define LOAD(x) atomic_load_explicit(&(x), memory_order_relaxed)

void srv_metrics_render(srv *s, char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	FILE *f = open_memstream(buf, len);
	if (!f)
		return;
	srv_metrics *m = &s->m;
	fprintf(f, "# HELP tidings_http_requests_total HTTP requests by route and status code.\n"
		   "# TYPE tidings_http_requests_total counter\n");
	for (int r = 0; r < R_COUNT; r++)
		for (int k = 0; k < SRV_NCODES; k++) {
			unsigned long long v = LOAD(m->requests[r][k]);
			if (!v)
				continue;
			if (codes[k])
				fprintf(f, "tidings_http_requests_total{route=\"%s\",code=\"%d\"} %llu\n",
					route_names[r], codes[k], v);
			else
				fprintf(f, "tidings_http_requests_total{route=\"%s\",code=\"other\"} %llu\n",
					route_names[r], v);
		}
	fprintf(f, "# HELP tidings_http_request_duration_seconds Time from request headers to response.\n"
		   "# TYPE tidings_http_request_duration_seconds histogram\n");
	for (int r = 0; r < R_COUNT; r++) {
		unsigned long long cum = 0;
		for (int b = 0; b < SRV_NBUCKETS; b++)
			cum += LOAD(m->latency[r][b]);
		if (!cum)
			continue;
		unsigned long long total = cum;
		cum = 0;
		for (int b = 0; b < SRV_NBUCKETS; b++) {
			cum += LOAD(m->latency[r][b]);
			if (b < SRV_NBUCKETS - 1)
				fprintf(f, "tidings_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
					route_names[r], (double)bounds_us[b] / 1e6, cum);
			else
				fprintf(f, "tidings_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n",
					route_names[r], cum);
		}
		fprintf(f, "tidings_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n",
			route_names[r], (double)LOAD(m->latency_us_sum[r]) / 1e6);
		fprintf(f, "tidings_http_request_duration_seconds_count{route=\"%s\"} %llu\n",
			route_names[r], total);
	}
	fprintf(f, "# HELP tidings_articles Live articles.\n# TYPE tidings_articles gauge\n"
		   "tidings_articles %zu\n", sv_narticles(s->view));
	fprintf(f, "# HELP tidings_stories Live stories.\n# TYPE tidings_stories gauge\n"
		   "tidings_stories %zu\n", sv_nstories(s->view));
	fprintf(f, "# HELP tidings_loading 1 while the state is rebuilt from the store.\n"
		   "# TYPE tidings_loading gauge\ntidings_loading %d\n", atomic_load(&s->loading));
	fprintf(f, "# HELP tidings_articles_written_total Articles stored, by outcome.\n"
		   "# TYPE tidings_articles_written_total counter\n"
		   "tidings_articles_written_total{outcome=\"created\"} %llu\n"
		   "tidings_articles_written_total{outcome=\"updated\"} %llu\n"
		   "tidings_articles_written_total{outcome=\"deleted\"} %llu\n"
		   "tidings_articles_written_total{outcome=\"expired\"} %llu\n"
		   "tidings_articles_written_total{outcome=\"from_feed\"} %llu\n",
		LOAD(m->puts_created), LOAD(m->puts_updated), LOAD(m->deletes), LOAD(m->expired),
		LOAD(m->feed_articles));
	fprintf(f, "# HELP tidings_refinements_total Refinements of the stories at idle times.\n"
		   "# TYPE tidings_refinements_total counter\ntidings_refinements_total %llu\n"
		   "# HELP tidings_refine_moved_total Articles a refinement put in another story.\n"
		   "# TYPE tidings_refine_moved_total counter\ntidings_refine_moved_total %llu\n",
		LOAD(m->refinements), LOAD(m->refine_moved));
	pthread_mutex_lock(&s->q_mu);
	unsigned long long batches = s->batches, batched = s->batched;
	pthread_mutex_unlock(&s->q_mu);
	fprintf(f, "# HELP tidings_commits_total Durable store commits of PUTs and DELETEs.\n"
		   "# TYPE tidings_commits_total counter\ntidings_commits_total %llu\n"
		   "# HELP tidings_committed_writes_total Writes in those commits (group commit).\n"
		   "# TYPE tidings_committed_writes_total counter\ntidings_committed_writes_total %llu\n",
		batches, batched);
	if (fclose(f) != 0) {
		free(*buf);
		*buf = NULL;
		*len = 0;
	}
}
