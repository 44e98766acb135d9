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
	td_jw_reset(w);
	return 0;
}

static void date_json(td_jw *w, td_day d)
{
	char buf[11];
	if (d == TD_NODATE) {
		td_jw_null(w);
		return;
	}
	td_day_format(d, buf);
	td_jw_str(w, buf);
}

void cli_article_json(td_jw *w, const td_article *a)
{
	td_jw_obj(w);
	td_jw_key(w, "file");
	td_jw_str(w, a->file);
	char id[17];
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)a->id);
	td_jw_key(w, "id");
	td_jw_str(w, id);
	td_jw_key(w, "lang");
	td_jw_str(w, a->lang);
	td_jw_key(w, "lang_confidence");
	td_jw_num(w, a->lang_conf);
	td_jw_key(w, "date");
	date_json(w, a->date);
	td_jw_key(w, "date_source");
	td_jw_str(w, td_date_source_name(a->date_source));
	td_jw_key(w, "title");
	td_jw_str(w, a->title);
	td_jw_key(w, "lead");
	td_jw_str(w, a->lead);
	td_jw_key(w, "url");
	td_jw_str(w, a->url);
	td_jw_key(w, "outlet");
	td_jw_str(w, a->outlet);
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
	td_jw_key(w, "place");
	td_jw_str(w, a->dateline_place);
	td_jw_key(w, "agency");
	td_jw_str(w, a->dateline_agency);
	td_jw_obj_end(w);
	td_jw_key(w, "dates");
	td_jw_arr(w);
	for (size_t i = 0; i < a->ndates; i++) {
		const td_date_mention *m = &a->dates[i];
		td_jw_obj(w);
		td_jw_key(w, "text");
		td_jw_strn(w, a->text + m->start, m->end - m->start);
		td_jw_key(w, "first");
		date_json(w, m->first);
		td_jw_key(w, "last");
		date_json(w, m->last);
		td_jw_key(w, "granularity");
		td_jw_str(w, m->granularity == 0 ? "day" : m->granularity == 1 ? "month" : "year");
		td_jw_key(w, "relative");
		td_jw_bool(w, m->relative);
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
		td_jw_key(w, "text");
		td_jw_str(w, e->text);
		td_jw_key(w, "lemma");
		td_jw_str(w, e->lemma);
		td_jw_key(w, "type");
		td_jw_str(w, td_entity_type_name(e->type));
		td_jw_key(w, "key");
		td_jw_str(w, e->key);
		td_jw_key(w, "start");
		td_jw_int(w, e->start);
		td_jw_key(w, "end");
		td_jw_int(w, e->end);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "numbers");
	td_jw_arr(w);
	for (size_t i = 0; i < a->nnumbers; i++) {
		const td_number *n = &a->numbers[i];
		td_jw_obj(w);
		td_jw_key(w, "text");
		td_jw_str(w, n->text);
		td_jw_key(w, "value");
		if (n->value == (double)(long long)n->value && n->value < 1e15 && n->value > -1e15)
			td_jw_int(w, (long long)n->value);
		else
			td_jw_num(w, n->value);
		td_jw_key(w, "unit");
		td_jw_str(w, n->unit);
		td_jw_obj_end(w);
	}
	td_jw_arr_end(w);
	td_jw_key(w, "text_chars");
	td_jw_int(w, (long long)a->text_len);
	td_jw_obj_end(w);
}
