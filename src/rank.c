/* rank.c - story importance and ordering. */
#include "tidings/rank.h"

#include <math.h>
#include <stdlib.h>

double td_rank_importance(const td_story *s, td_day now)
{
	double S = s->nsources > 0 ? s->nsources : 1;
	double L = s->nlanguages > 0 ? (double)s->nlanguages : 1;
	double V = 0;
	for (size_t i = 0; i < s->narticles; i++) {
		const td_article *a = s->articles[i];
		if (a->duplicate_of < 0 && a->date != TD_NODATE && a->date == s->last_seen)
			V++;
	}
	double age = 0;
	if (now != TD_NODATE && s->last_seen != TD_NODATE && now > s->last_seen)
		age = (double)(now - s->last_seen);
	double fresh = 0.25 + 0.75 * exp2(-age);
	/* A story with no dated member cannot show it is fresh: it gets the
	 * floor, not the top, of the freshness weight. */
	if (now != TD_NODATE && s->last_seen == TD_NODATE)
		fresh = 0.25;
	return (log1p(S) + 0.5 * log(L) + 0.5 * log1p(V)) * fresh;
}

static int cmp(const void *a, const void *b)
{
	const td_story *x = *(td_story *const *)a, *y = *(td_story *const *)b;
	if (x->importance != y->importance)
		return x->importance < y->importance ? 1 : -1;
	if (x->narticles != y->narticles)
		return x->narticles < y->narticles ? 1 : -1;
	return (x->id > y->id) - (x->id < y->id);
}

void td_rank_sort(td_story **v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp);
}
