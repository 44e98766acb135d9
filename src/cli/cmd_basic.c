/* cmd_basic.c - the languages and analyze modes. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_languages(const cli_opts *o)
{
	td_batch *b = cli_load(o, TD_STAGE_LANG);
	if (!b)
		return 1;
	/* Group by language in order of first appearance, sorted by size. */
	typedef struct {
		char code[4];
		size_t n;
	} group;
	group g[256];
	size_t ng = 0;
	for (size_t i = 0; i < b->n; i++) {
		const char *c = b->articles[i]->lang[0] ? b->articles[i]->lang : "und";
		size_t k = 0;
		while (k < ng && strcmp(g[k].code, c))
			k++;
		if (k == ng && ng < 256) {
			memcpy(g[ng].code, c, 4);
			g[ng++].n = 0;
		}
		if (k < ng)
			g[k].n++;
	}
	for (size_t i = 1; i < ng; i++)
		for (size_t j = i; j > 0 && g[j].n > g[j - 1].n; j--) {
			group t = g[j];
			g[j] = g[j - 1];
			g[j - 1] = t;
		}
	td_jw w;
	td_jw_init(&w);
	td_jw_arr(&w);
	for (size_t k = 0; k < ng; k++) {
		td_jw_obj(&w);
		td_jw_key(&w, "lang_code");
		td_jw_str(&w, g[k].code);
		td_jw_key(&w, "articles");
		td_jw_arr(&w);
		for (size_t i = 0; i < b->n; i++) {
			const char *c = b->articles[i]->lang[0] ? b->articles[i]->lang : "und";
			if (!strcmp(c, g[k].code))
				td_jw_str(&w, b->articles[i]->file);
		}
		td_jw_arr_end(&w);
		td_jw_obj_end(&w);
	}
	td_jw_arr_end(&w);
	td_jw_raw(&w, "\n", 1);
	int rc = cli_emit(&w);
	td_jw_free(&w);
	rc = rc ? rc : b->nerrors ? 1 : 0;
	td_batch_free(b);
	return rc;
}

int cmd_analyze(const cli_opts *o)
{
	/* The entity stage's tokens are kept for the sketches. */
	td_batch *b = cli_load_ex(o, TD_STAGE_ALL, TD_PIPE_KEEP_TOKENS);
	if (!b)
		return 1;
	/* Clustering finds the copies (duplicate_of). */
	cli_stories st;
	if (cli_cluster(b, o->threads, &st) == 0)
		cli_stories_free(&st);
	td_jw w;
	td_jw_init(&w);
	int rc = 0;
	for (size_t i = 0; i < b->n && !rc; i++) {
		cli_article_json(&w, b->articles[i]);
		td_jw_raw(&w, "\n", 1);
		if (w.len > (1u << 20))
			rc = cli_emit(&w);
	}
	if (!rc)
		rc = cli_emit(&w);
	td_jw_free(&w);
	rc = rc ? rc : b->nerrors ? 1 : 0;
	td_batch_free(b);
	return rc;
}
