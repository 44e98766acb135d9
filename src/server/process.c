/* process.c - turns a received document or a stored record into a processed article. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>

#include "server.h"
#include "tidings/engine.h"
#include "tidings/error.h"
#include "tidings/utf8.h"

typedef struct {
	td_article *first;
	int n;
} one_ctx;

static int take(void *ctx, td_article *a)
{
	one_ctx *c = ctx;
	if (c->n++ == 0)
		c->first = a;
	return c->n > 1; /* a second article: stop */
}

int srv_process(const char *name, const char *data, size_t len, td_format fmt, td_arena *ar,
		td_article **out, const char **detail)
{
	one_ctx c = {0};
	td_reader_opts ro = {len + 1};
	*detail = NULL;
	int rc = td_read_buffer(name, data, len, fmt, &ro, ar, take, NULL, &c);
	if (rc < 0) {
		*detail = td_strerror(rc);
		return rc;
	}
	if (c.n == 0) {
		*detail = "the document holds no article";
		return TD_ERR_EMPTY;
	}
	if (c.n > 1) {
		*detail = "the document holds more than one article; send one per request";
		return TD_ERR_INVAL;
	}
	td_article *a = c.first;
	a->file = td_arena_strndup(ar, name, strlen(name));
	if (!a->file)
		return TD_ERR_NOMEM;
	rc = td_pipeline_article(a, ar, TD_STAGE_ALL);
	if (rc < 0) {
		*detail = td_strerror(rc);
		return rc;
	}
	*out = a;
	return 0;
}

int srv_rebuild(const td_stored_article *r, td_arena *ar, td_article **out)
{
	const char *detail;
	if (r->raw && r->raw_len) {
		int rc = srv_process(r->name, r->raw, r->raw_len,
				     srv_format_from_type(r->content_type), ar, out, &detail);
		if (rc == 0)
			(*out)->id = r->id;
		return rc;
	}
	/* No raw document (an item of a multi-article file): start again
	 * from the cleaned fields. */
	td_article *a = td_arena_alloc(ar, sizeof(*a));
	if (!a)
		return TD_ERR_NOMEM;
	td_article_init(a);
	a->id = r->id;
	a->file = r->name;
	a->url = r->url;
	a->outlet = r->outlet;
	a->lang_hint = r->lang && r->lang[0] ? r->lang : NULL;
	a->raw_title = r->title;
	a->raw_lead = r->lead;
	a->raw_body = r->body ? r->body : "";
	a->raw_body_len = strlen(a->raw_body);
	if (r->date != TD_NODATE) {
		a->meta_date = r->date;
		a->meta_date_source = TD_DATE_META;
		if (r->published != TD_NOTIME)
			a->published_at = r->published;
	}
	int rc = td_pipeline_article(a, ar, TD_STAGE_ALL);
	if (rc == 0)
		*out = a;
	return rc;
}

static int type_is(const char *type, const char *want)
{
	size_t n = strlen(want);
	return strncasecmp(type, want, n) == 0 &&
	       (type[n] == 0 || type[n] == ';' || type[n] == ' ');
}

td_format srv_format_from_type(const char *type)
{
	if (!type)
		return TD_FMT_AUTO;
	while (*type == ' ')
		type++;
	if (type_is(type, "text/html") || type_is(type, "application/xhtml+xml"))
		return TD_FMT_HTML;
	if (type_is(type, "text/plain"))
		return TD_FMT_TXT;
	if (type_is(type, "application/json"))
		return TD_FMT_JSON;
	if (type_is(type, "application/x-ndjson") || type_is(type, "application/jsonl"))
		return TD_FMT_JSONL;
	return TD_FMT_AUTO;
}

const char *srv_type_of_format(td_format f)
{
	switch (f) {
	case TD_FMT_HTML:
		return "text/html";
	case TD_FMT_TXT:
		return "text/plain";
	case TD_FMT_JSON:
		return "application/json";
	case TD_FMT_JSONL:
		return "application/x-ndjson";
	default:
		return NULL;
	}
}

int srv_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 255 || name[0] == '.')
		return 0;
	if (td_utf8_valid_prefix(name, n) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c < 0x20 || c == 0x7f || c == '/' || c == '\\')
			return 0;
	}
	return 1;
}

int srv_charset_of_type(const char *type, char *out, size_t cap)
{
	out[0] = 0;
	const char *p = type ? strcasestr(type, "charset=") : NULL;
	if (!p)
		return 0;
	p += 8;
	if (*p == '"')
		p++;
	size_t n = 0;
	while (p[n] && p[n] != ';' && p[n] != '"' && p[n] != ' ' && n + 1 < cap)
		n++;
	memcpy(out, p, n);
	out[n] = 0;
	if (!strcasecmp(out, "utf-8") || !strcasecmp(out, "utf8") ||
	    !strcasecmp(out, "us-ascii") || !strcasecmp(out, "ascii"))
		out[0] = 0; /* read as it is */
	return 0;
}

int srv_to_utf8(const char *charset, const char *data, size_t len, char **out, size_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	UConverter *probe = ucnv_open(charset, &err);
	if (U_FAILURE(err))
		return TD_ERR_FORMAT;
	ucnv_close(probe);
	if (len > (size_t)INT32_MAX / 4)
		return TD_ERR_TOOBIG;
	/* Every byte becomes at most 3 bytes of UTF-8 (BMP). */
	size_t cap = len * 3 + 4;
	char *buf = malloc(cap);
	if (!buf)
		return TD_ERR_NOMEM;
	err = U_ZERO_ERROR;
	int32_t n = ucnv_convert("UTF-8", charset, buf, (int32_t)cap, data, (int32_t)len, &err);
	if (U_FAILURE(err)) {
		free(buf);
		return err == U_BUFFER_OVERFLOW_ERROR ? TD_ERR_TOOBIG : TD_ERR_PARSE;
	}
	*out = buf;
	*outlen = (size_t)n;
	return 0;
}
