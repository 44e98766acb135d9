/* common.c - loading input and writing output for every CLI mode. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tidings/dates.h"
#include "tidings/error.h"

static void on_error(void *ctx, const char *file, int err, const char *detail)
{
	(void)ctx;
	if (detail)
		fprintf(stderr, "tidings: %s: %s: %s\n", file, detail, td_strerror(err));
	else
		fprintf(stderr, "tidings: %s: %s\n", file, td_strerror(err));
}

static void on_progress(void *ctx, size_t done, size_t total)
{
	(void)ctx;
	fprintf(stderr, "\r%zu/%zu files", done, total);
	if (done == total)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

td_batch *cli_load(const cli_opts *o, td_stage last)
{
	return cli_load_ex(o, last, 0);
}

td_batch *cli_load_ex(const cli_opts *o, td_stage last, unsigned flags)
{
	td_batch_opts bo = {0};
	bo.threads = o->threads;
	bo.last = last;
	bo.flags = flags;
	bo.reader.max_bytes = o->max_bytes;
	bo.on_error = on_error;
	bo.on_progress = o->progress ? on_progress : NULL;
	td_batch *b = NULL;
	int rc = td_batch_load(o->input, &bo, &b);
	if (rc < 0) {
		fprintf(stderr, "tidings: %s: %s\n", o->input, td_strerror(rc));
		return NULL;
	}
	return b;
}

int cli_emit(td_jw *w)
{
	if (td_jw_finish(w) < 0) {
		fprintf(stderr, "tidings: out of memory\n");
		return 1;
	}
	if (w->len && fwrite(w->buf, 1, w->len, stdout) != w->len) {
		fprintf(stderr, "tidings: cannot write output\n");
		return 1;
	}
	td_jw_drain(w); /* a long list goes out in pieces: keep its state */
	return 0;
}

/* Key and day of a mentioned date; a yearless one as ISO 8601's day
 * without a year ("--11-08"). */
static void date_value(td_jw *w, const char *key, td_day day, int yearless)
{
	if (!yearless) {
		td_jw_key(w, key);
		td_jw_day(w, day);
		return;
	}
	char b[16];
	int y, mo, d;
	td_day_to_ymd(day, &y, &mo, &d);
	snprintf(b, sizeof(b), "--%02d-%02d", mo, d);
	td_jw_kstr(w, key, b);
}

void cli_article_json(td_jw *w, const td_article *a)
{
	td_jw_obj(w);
	td_jw_kstr(w, "file", a->file);
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)a->id);
	td_jw_kstr(w, "id", id);
	td_jw_kstr(w, "lang", a->lang);
	td_jw_knum(w, "lang_confidence", a->lang_conf);
	td_jw_key(w, "date");
	td_jw_day(w, a->date);
	td_jw_kstr(w, "date_source", td_date_source_name(a->date_source));
	td_jw_kstr(w, "title", a->title);
	td_jw_kstr(w, "lead", a->lead);
	td_jw_kstr(w, "url", a->url);
	td_jw_kstr(w, "outlet", a->outlet);
	td_jw_key(w, "is_news");
	if (a->is_news < 0)
		td_jw_null(w);
	else
		td_jw_bool(w, a->is_news);
	td_jw_key(w, "category");
	if (a->category == TD_CAT_NONE)
		td_jw_null(w);
	else
		td_jw_str(w, td_category_name(a->category));
	td_jw_key(w, "dateline");
	td_jw_obj(w);
	td_jw_kstr(w, "place", a->dateline_place);
	td_jw_kstr(w, "agency", a->dateline_agency);
	td_jw_obj_end(w);
	td_jw_key(w, "dates");
	td_jw_arr(w);
	for (size_t i = 0; i < a->ndates; i++) {
		const td_date_mention *m = &a->dates[i];
		td_jw_obj(w);
		td_jw_key(w, "text");
		td_jw_strn(w, a->text + m->start, m->end - m->start);
		date_value(w, "first", m->first, m->yearless);
		date_value(w, "last", m->last, m->yearless);
		td_jw_kstr(w, "granularity",
			   m->granularity == 0 ? "day" : m->granularity == 1 ? "month" : "year");
		td_jw_kbool(w, "relative", m->relative);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "duplicate_of");
	if (a->duplicate_of >= 0)
		td_jw_int(w, a->duplicate_of);
	else
		td_jw_null(w);
	td_jw_key(w, "entities");
	td_jw_arr(w);
	for (size_t i = 0; i < a->nentities; i++) {
		const td_entity *e = &a->entities[i];
		td_jw_obj(w);
		td_jw_kstr(w, "text", e->text);
		td_jw_kstr(w, "lemma", e->lemma);
		td_jw_kstr(w, "type", td_entity_type_name(e->type));
		td_jw_kstr(w, "key", e->key);
		td_jw_kint(w, "start", e->start);
		td_jw_kint(w, "end", e->end);
		if (e->dateline)
			td_jw_kbool(w, "dateline", 1);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "numbers");
	td_jw_arr(w);
	for (size_t i = 0; i < a->nnumbers; i++) {
		const td_number *n = &a->numbers[i];
		td_jw_obj(w);
		td_jw_kstr(w, "text", n->text);
		td_jw_key(w, "value");
		if (n->value == (double)(long long)n->value && n->value < 1e15 && n->value > -1e15)
			td_jw_int(w, (long long)n->value);
		else
			td_jw_num(w, n->value);
		td_jw_kstr(w, "unit", n->unit);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_kint(w, "text_chars", (long long)a->text_len);
	td_jw_obj_end(w);
}
