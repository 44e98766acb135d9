/* rank.h - story importance: independent sources, languages, velocity, freshness. */
#ifndef TIDINGS_RANK_H
#define TIDINGS_RANK_H

#include "tidings/article.h"
#include "tidings/story.h"

/* Importance of a built story (see docs/ranking.md):
 *   (ln(1 + S) + 0.5 ln(L) + 0.5 ln(1 + V)) * (0.25 + 0.75 * 2^(-age))
 * S independent sources, L languages, V unique articles on the story's
 * newest day, age in days from the story's last article to now (0 when
 * now is TD_NODATE or earlier; a story without dates gets the floor
 * weight 0.25). Higher is more important. */
double td_rank_importance(const td_story *s, td_day now);

/* Sorts stories by importance, highest first (stable on ties by size,
 * then id). */
void td_rank_sort(td_story **v, size_t n);

#endif
