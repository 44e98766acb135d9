/* dates.c - publication date and mentioned dates. */
#include "tidings/dates.h"

int td_dates_article(td_article *a, td_arena *ar)
{
	(void)ar;
	a->date = a->meta_date;
	a->date_source = a->meta_date != TD_NODATE ? a->meta_date_source : TD_DATE_NONE;
	return 0;
}

const char *td_date_source_name(td_date_source s)
{
	switch (s) {
	case TD_DATE_PREFIX: return "prefix";
	case TD_DATE_META: return "meta";
	case TD_DATE_DATELINE: return "dateline";
	case TD_DATE_TEXT: return "text";
	default: return "none";
	}
}
