/* clean.c - headline choice and body cleaning. */
#include "tidings/clean.h"

#include <string.h>

#include "tidings/error.h"

int td_clean_article(td_article *a, td_arena *ar)
{
	const char *title = a->raw_title ? a->raw_title : a->first_line;
	const char *body = a->raw_body ? a->raw_body : "";
	size_t blen = a->raw_body ? a->raw_body_len : 0;
	if (!title)
		title = "";
	if (!a->raw_title && a->first_line)
		title = a->first_line;
	a->title = title;
	a->lead = a->raw_lead;
	a->body = body;
	a->body_len = blen;
	size_t tl = strlen(title);
	char *t = td_arena_alloc(ar, tl + 1 + blen + 1);
	if (!t)
		return TD_ERR_NOMEM;
	memcpy(t, title, tl);
	t[tl] = '\n';
	memcpy(t + tl + 1, body, blen);
	t[tl + 1 + blen] = 0;
	a->text = t;
	a->text_len = tl + 1 + blen;
	return 0;
}
