/* feedout.c - writes stories as Atom 1.0 and JSON Feed 1.1 documents. */
#include "tidings/feedout.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tidings/error.h"
#include "tidings/utf8.h"

#define DEFAULT_TITLE "tidings stories"
#define DEFAULT_ID "urn:tidings:stories"

static void raw(td_jw *w, const char *s)
{
	td_jw_raw(w, s, strlen(s));
}

/* Escaped character data or attribute value: the five XML specials as
 * references, forbidden characters (C0 controls but tab and newlines,
 * U+FFFE, U+FFFF) dropped, invalid UTF-8 as U+FFFD. */
static void xml_esc(td_jw *w, const char *s)
{
	if (!s)
		return;
	size_t n = strlen(s), i = 0, run = 0;
	while (i < n) {
		int k;
		uint32_t cp = td_utf8_decode(s + i, n - i, &k);
		const char *rep = NULL;
		int drop = 0;
		switch (cp) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		case 0xFFFD: rep = "\xEF\xBF\xBD"; break; /* also stands for invalid bytes */
		default:
			drop = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
			       cp == 0xFFFE || cp == 0xFFFF;
		}
		if (rep || drop) {
			if (i > run)
				td_jw_raw(w, s + run, i - run);
			if (rep)
				raw(w, rep);
			run = i + (size_t)k;
		}
		i += (size_t)k;
	}
	if (n > run)
		td_jw_raw(w, s + run, n - run);
}

static void rfc3339(int64_t t, char out[32])
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(out, 32, "1970-01-01T00:00:00Z");
}

/* First and last publication time of the members (days count as their
 * midnight), else the story's first/last seen days. */
static void story_times(const td_story *s, int64_t fallback, int64_t *pub, int64_t *upd)
{
	int64_t lo = 0, hi = 0;
	for (size_t i = 0; i < s->narticles; i++) {
		const td_article *a = s->articles[i];
		int64_t t = a->published_at ? a->published_at
			    : a->date != TD_NODATE ? (int64_t)a->date * 86400 : 0;
		if (!t)
			continue;
		if (!lo || t < lo)
			lo = t;
		if (!hi || t > hi)
			hi = t;
	}
	if (!lo && s->first_seen != TD_NODATE)
		lo = (int64_t)s->first_seen * 86400;
	if (!hi && s->last_seen != TD_NODATE)
		hi = (int64_t)s->last_seen * 86400;
	if (!hi)
		hi = lo ? lo : fallback;
	if (!lo)
		lo = hi;
	*pub = lo;
	*upd = hi;
}

static void story_id(const td_story *s, char out[40])
{
	snprintf(out, 40, "urn:tidings:story:%016llx", (unsigned long long)s->id);
}

/* Whether member i's URL already appeared among members 0..i-1. */
static int dup_url(const td_story *s, size_t i)
{
	const char *u = s->articles[i]->url;
	for (size_t j = 0; j < i; j++)
		if (s->articles[j]->url && !strcmp(s->articles[j]->url, u))
			return 1;
	return 0;
}

/* Calls fn for the distinct member URLs, at most max of them. */
#define FOR_SOURCES(s, max, i, body) \
	do { \
		size_t n_ = 0; \
		for (size_t i = 0; i < (s)->narticles && n_ < (max); i++) { \
			if (!(s)->articles[i]->url || !*(s)->articles[i]->url || dup_url((s), i)) \
				continue; \
			n_++; \
			body \
		} \
	} while (0)

/* The summary sentences joined with spaces, appended to w as text
 * through esc (NULL: raw). */
static void summary_text(td_jw *w, const td_story *s, void (*esc)(td_jw *, const char *))
{
	for (size_t i = 0; i < s->nsummary; i++) {
		if (i)
			raw(w, " ");
		if (esc)
			esc(w, s->summary[i].text);
		else
			raw(w, s->summary[i].text ? s->summary[i].text : "");
	}
}

static const char *article_title(const td_article *a)
{
	return a->title ? a->title : a->raw_title ? a->raw_title : "";
}

/* The HTML body of an entry: the summary as a paragraph, then the list
 * of sources with links. Written to h unescaped-for-XML. */
static void story_html(td_jw *h, const td_story *s, size_t max)
{
	if (s->nsummary) {
		raw(h, "<p>");
		summary_text(h, s, xml_esc);
		raw(h, "</p>");
	}
	raw(h, "<ul>");
	FOR_SOURCES(s, max, i, {
		const td_article *a = s->articles[i];
		raw(h, "<li><a href=\"");
		xml_esc(h, a->url);
		raw(h, "\">");
		xml_esc(h, article_title(a));
		raw(h, "</a>");
		if (a->outlet) {
			raw(h, " (");
			xml_esc(h, a->outlet);
			raw(h, ")");
		}
		raw(h, "</li>");
	});
	raw(h, "</ul>");
}

int td_feedout_atom(td_jw *w, const td_story *const *stories, size_t n,
		    const td_feedout_meta *m)
{
	td_feedout_meta d = {0};
	if (!m)
		m = &d;
	size_t max = m->max_sources ? m->max_sources : 30;
	int64_t now = (int64_t)time(NULL), feed_upd = m->updated;
	for (size_t k = 0; k < n && !m->updated; k++) {
		int64_t p, u;
		story_times(stories[k], now, &p, &u);
		if (u > feed_upd)
			feed_upd = u;
	}
	if (!feed_upd)
		feed_upd = now;
	char ts[32], id[40];
	raw(w, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	       "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>");
	xml_esc(w, m->id ? m->id : DEFAULT_ID);
	raw(w, "</id>\n<title type=\"text\">");
	xml_esc(w, m->title ? m->title : DEFAULT_TITLE);
	rfc3339(feed_upd, ts);
	raw(w, "</title>\n<updated>");
	raw(w, ts);
	raw(w, "</updated>\n<author><name>tidings</name></author>\n"
	       "<generator>tidings</generator>\n");
	if (m->self_url) {
		raw(w, "<link rel=\"self\" type=\"application/atom+xml\" href=\"");
		xml_esc(w, m->self_url);
		raw(w, "\"/>\n");
	}
	if (m->home_url) {
		raw(w, "<link rel=\"alternate\" type=\"text/html\" href=\"");
		xml_esc(w, m->home_url);
		raw(w, "\"/>\n");
	}
	td_jw h;
	td_jw_init(&h);
	for (size_t k = 0; k < n; k++) {
		const td_story *s = stories[k];
		int64_t pub, upd;
		story_times(s, feed_upd, &pub, &upd);
		story_id(s, id);
		raw(w, "<entry");
		if (s->lang[0]) {
			raw(w, " xml:lang=\"");
			xml_esc(w, s->lang);
			raw(w, "\"");
		}
		raw(w, ">\n<id>");
		raw(w, id);
		raw(w, "</id>\n<title type=\"text\">");
		xml_esc(w, s->title ? s->title : "");
		rfc3339(upd, ts);
		raw(w, "</title>\n<updated>");
		raw(w, ts);
		rfc3339(pub, ts);
		raw(w, "</updated>\n<published>");
		raw(w, ts);
		raw(w, "</published>\n");
		if (m->story_url) {
			raw(w, "<link rel=\"alternate\" type=\"text/html\" href=\"");
			xml_esc(w, m->story_url);
			raw(w, id + strlen("urn:tidings:story:"));
			raw(w, "\"/>\n");
		}
		FOR_SOURCES(s, max, i, {
			const td_article *a = s->articles[i];
			raw(w, "<link rel=\"related\" type=\"text/html\" href=\"");
			xml_esc(w, a->url);
			raw(w, "\" title=\"");
			if (a->outlet) {
				xml_esc(w, a->outlet);
				raw(w, ": ");
			}
			xml_esc(w, article_title(a));
			raw(w, "\"/>\n");
		});
		const char *cat = td_category_name(s->category);
		if (cat && *cat) {
			raw(w, "<category term=\"");
			raw(w, cat);
			raw(w, "\"/>\n");
		}
		if (s->nsummary) {
			raw(w, "<summary type=\"text\">");
			summary_text(w, s, xml_esc);
			raw(w, "</summary>\n");
		}
		td_jw_reset(&h);
		story_html(&h, s, max);
		raw(w, "<content type=\"html\">");
		if (td_jw_finish(&h) == 0) {
			td_jw_raw(&h, "", 1); /* NUL-terminate for xml_esc */
			if (!h.err)
				xml_esc(w, h.buf);
		}
		raw(w, "</content>\n</entry>\n");
		if (h.err)
			w->err = h.err;
	}
	td_jw_free(&h);
	raw(w, "</feed>\n");
	return td_jw_finish(w);
}

/* Moves a scratch writer's allocation failure to the main writer. */
static void take_err(td_jw *w, td_jw *t)
{
	if (t->err)
		w->err = t->err;
}

int td_feedout_jsonfeed(td_jw *w, const td_story *const *stories, size_t n,
			const td_feedout_meta *m)
{
	td_feedout_meta d = {0};
	if (!m)
		m = &d;
	size_t max = m->max_sources ? m->max_sources : 30;
	int64_t now = (int64_t)time(NULL);
	char ts[32], id[40];
	td_jw_obj(w);
	td_jw_kstr(w, "version", "https://jsonfeed.org/version/1.1");
	td_jw_kstr(w, "title", m->title ? m->title : DEFAULT_TITLE);
	if (m->home_url) {
		td_jw_kstr(w, "home_page_url", m->home_url);
	}
	if (m->self_url) {
		td_jw_kstr(w, "feed_url", m->self_url);
	}
	td_jw_key(w, "authors");
	td_jw_arr(w);
	td_jw_obj(w);
	td_jw_kstr(w, "name", "tidings");
	td_jw_obj_end(w);
	td_jw_arr_end(w);
	td_jw_key(w, "items");
	td_jw_arr(w);
	td_jw t;
	td_jw_init(&t);
	for (size_t k = 0; k < n; k++) {
		const td_story *s = stories[k];
		int64_t pub, upd;
		story_times(s, m->updated ? m->updated : now, &pub, &upd);
		story_id(s, id);
		td_jw_obj(w);
		td_jw_kstr(w, "id", id);
		if (m->story_url) {
			take_err(w, &t);
			td_jw_reset(&t);
			raw(&t, m->story_url);
			raw(&t, id + strlen("urn:tidings:story:"));
			td_jw_key(w, "url");
			td_jw_strn(w, t.buf ? t.buf : "", t.len);
		}
		td_jw_kstr(w, "title", s->title ? s->title : "");
		/* Summary text, then the sources as lines. */
		take_err(w, &t);
		td_jw_reset(&t);
		summary_text(&t, s, NULL);
		if (s->nsummary) {
			td_jw_key(w, "summary");
			td_jw_strn(w, t.buf ? t.buf : "", t.len);
		}
		if (t.len)
			raw(&t, "\n\n");
		raw(&t, "Sources:");
		FOR_SOURCES(s, max, i, {
			const td_article *a = s->articles[i];
			raw(&t, "\n- ");
			if (a->outlet) {
				raw(&t, a->outlet);
				raw(&t, ": ");
			}
			raw(&t, article_title(a));
			raw(&t, " <");
			raw(&t, a->url);
			raw(&t, ">");
		});
		td_jw_key(w, "content_text");
		td_jw_strn(w, t.buf ? t.buf : "", t.len);
		take_err(w, &t);
		td_jw_reset(&t);
		story_html(&t, s, max);
		td_jw_key(w, "content_html");
		td_jw_strn(w, t.buf ? t.buf : "", t.len);
		rfc3339(pub, ts);
		td_jw_kstr(w, "date_published", ts);
		rfc3339(upd, ts);
		td_jw_kstr(w, "date_modified", ts);
		if (s->lang[0]) {
			td_jw_kstr(w, "language", s->lang);
		}
		const char *cat = td_category_name(s->category);
		if (cat && *cat) {
			td_jw_key(w, "tags");
			td_jw_arr(w);
			td_jw_str(w, cat);
			td_jw_arr_end(w);
		}
		td_jw_key(w, "_tidings");
		td_jw_obj(w);
		td_jw_kint(w, "articles", (long long)s->narticles);
		td_jw_key(w, "sources");
		td_jw_arr(w);
		FOR_SOURCES(s, max, i, {
			const td_article *a = s->articles[i];
			td_jw_obj(w);
			td_jw_kstr(w, "url", a->url);
			td_jw_kstr(w, "outlet", a->outlet);
			td_jw_kstr(w, "title", article_title(a));
			td_jw_kstr(w, "language", a->lang);
			td_jw_obj_end(w);
		});
		td_jw_arr_end(w);
		td_jw_obj_end(w);
		td_jw_obj_end(w);
		take_err(w, &t);
	}
	td_jw_free(&t);
	td_jw_arr_end(w);
	td_jw_obj_end(w);
	td_jw_raw(w, "\n", 1);
	return td_jw_finish(w);
}
