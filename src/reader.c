/* reader.c - article containers: plain text, HTML (gumbo), JSON (jansson).
 * Memory: the raw file plus about its size again in the arena. */
#include "tidings/reader.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gumbo.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tidings/error.h"
#include "tidings/utf8.h"

static int has_suffix(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && strcasecmp(s + a - b, suf) == 0;
}

td_format td_format_from_name(const char *name)
{
	if (has_suffix(name, ".txt"))
		return TD_FMT_TXT;
	if (has_suffix(name, ".html") || has_suffix(name, ".htm"))
		return TD_FMT_HTML;
	if (has_suffix(name, ".jsonl") || has_suffix(name, ".ndjson"))
		return TD_FMT_JSONL;
	if (has_suffix(name, ".json"))
		return TD_FMT_JSON;
	return TD_FMT_AUTO;
}

static td_format sniff(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i < len && (s[i] == '{' || s[i] == '['))
		return memchr(s + i, '\n', len - i) && s[i] == '{' ? TD_FMT_JSONL : TD_FMT_JSON;
	if (i < len && s[i] == '<')
		return TD_FMT_HTML;
	return TD_FMT_TXT;
}

static inline int is_ctl(unsigned char c)
{
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v';
}

/* Rejects buffers no article can come from. Control bytes other than
 * white space are counted: more than 1 in 64 means binary data. */
static int validate(const char *s, size_t len)
{
	if (memchr(s, 0, len))
		return TD_ERR_BINARY;
	size_t ctl = 0, i = 0;
	/* Eight bytes at a time: a word without a byte below 0x20 holds no
	 * control byte; only the others are looked at byte by byte. */
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (!((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull))
			continue;
		for (size_t k = i; k < i + 8; k++)
			ctl += is_ctl((unsigned char)s[k]);
	}
	for (; i < len; i++)
		ctl += is_ctl((unsigned char)s[i]);
	if (ctl * 64 > len)
		return TD_ERR_BINARY;
	size_t k = 0;
	while (k < len && (unsigned char)s[k] <= ' ')
		k++;
	if (k == len)
		return TD_ERR_EMPTY;
	if (td_utf8_valid_prefix(s, len) != len)
		return TD_ERR_UTF8;
	return 0;
}

/* Copies s[0..n) to o up to its first line break (\n, \v, \f or \r:
 * the bytes 0A..0D) and returns the number of bytes copied. o has room
 * for n bytes: sixteen are stored at a time, those from the break on
 * are overwritten by the caller. */
static size_t copy_line(const unsigned char *s, size_t n, char *o)
{
	size_t i = 0;
#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8(0x0A), three = _mm_set1_epi8(3);
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		_mm_storeu_si128((__m128i *)(void *)(o + i), v);
		/* a byte less 0x0A is at most 3, unsigned */
		__m128i d = _mm_sub_epi8(v, lf);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, three), d));
		if (m)
			return i + (unsigned)__builtin_ctz(m);
	}
#endif
	for (; i < n && (unsigned)(s[i] - 0x0A) > 3; i++)
		o[i] = (char)s[i];
	return i;
}

/* Copies s[0..n) into the arena with \r, \f and \v made line breaks,
 * runs of blank lines squeezed and the ends trimmed. Lines are copied
 * whole, in one pass, not byte by byte. */
static char *copy_text(td_arena *ar, const char *s, size_t n, size_t *outlen)
{
	char *o = td_arena_alloc(ar, n + 1);
	if (!o)
		return NULL;
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0, i = 0;
	/* The output is never longer than the input read: o + k has room
	 * for the n - i bytes left. */
	while (i < n) {
		size_t l = copy_line(u + i, n - i, o + k);
		i += l;
		k += l;
		if (i == n)
			break;
		/* A line break, of a run of them: one, and none at the start. */
		if (k > 0 && o[k - 1] != '\n')
			o[k++] = '\n';
		i++;
	}
	while (k && (o[k - 1] == '\n' || o[k - 1] == ' ' || o[k - 1] == '\t'))
		k--;
	o[k] = 0;
	if (outlen)
		*outlen = k;
	return o;
}

static char *trim_dup(td_arena *ar, const char *s, size_t n)
{
	while (n && (unsigned char)*s <= ' ')
		s++, n--;
	while (n && (unsigned char)s[n - 1] <= ' ')
		n--;
	return td_arena_strndup(ar, s, n);
}

/* Stable article id: XXH64 of the name (and a tag), fixed seed. */
static uint64_t make_id(const char *a, size_t alen, const char *tag)
{
	uint64_t h = XXH64(a, alen, 0x7469646e67730000ull);
	return tag ? XXH64(tag, strlen(tag), h) : h;
}

/* The publication date a page or a record declares: ISO 8601 (the day as
 * written, in the outlet's zone), else RSS's RFC 822 ("Wed, 26 Nov 2025
 * 10:00:00 GMT") or seconds or milliseconds since the epoch (the day in
 * UTC). Anything else is no date. */
static void set_meta_date(td_article *a, const char *ds)
{
	size_t n = strlen(ds);
	td_day d = td_day_parse_iso(ds, n);
	int64_t t = 0;
	if (d != TD_NODATE)
		t = td_time_parse_iso(ds, n);
	else {
		size_t k = 0;
		while (k < n && ds[k] >= '0' && ds[k] <= '9')
			k++;
		if (k == n && (n == 10 || n == 13)) {
			t = strtoll(ds, NULL, 10);
			if (n == 13)
				t /= 1000;
		} else
			t = td_time_parse(ds);
		if (t > 0)
			d = (td_day)(t / 86400);
	}
	if (d == TD_NODATE)
		return;
	a->meta_date = d;
	a->meta_date_source = TD_DATE_META;
	a->published_at = t;
}

/* ---- plain text ---------------------------------------------------- */

static int url_char(unsigned char c)
{
	return c > ' ' && c < 0x7f && !strchr("\"<>\\^`{|}", c);
}

/* A line that is only a web address, as pages saved to text begin
 * ("http://www.x.com/2009/apr/28/slug"), perhaps spaced by a tokenizer
 * ("http : / / www . x . com / 2009"): the address, spaces removed, in
 * ar; else NULL. A space counts as a tokenizer's only beside a
 * punctuation mark, so "www.x.com has news" is text. */
static char *url_line(const char *s, size_t n, td_arena *ar)
{
	while (n && (unsigned char)s[n - 1] <= ' ')
		n--;
	/* "http..." or "www...": most first lines go here. */
	if (n < 8 || n > 4096 || !((s[0] | 32) == 'h' || (s[0] | 32) == 'w'))
		return NULL;
	char *u = td_arena_alloc(ar, n + 1);
	if (!u)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ') {
			unsigned char l = i ? (unsigned char)s[i - 1] : ' ';
			unsigned char r = i + 1 < n ? (unsigned char)s[i + 1] : ' ';
			if ((isalnum(l) || l >= 0x80) && (isalnum(r) || r >= 0x80))
				return NULL;
			continue;
		}
		if (!url_char(c))
			return NULL;
		u[k++] = (char)c;
	}
	u[k] = 0;
	size_t sch = !strncasecmp(u, "http://", 7) ? 7 : !strncasecmp(u, "https://", 8) ? 8 : 0;
	if (!sch && strncasecmp(u, "www.", 4))
		return NULL;
	/* A host with a dot and letters after it. */
	size_t h = strcspn(u + sch, "/?#:");
	const char *dot = memchr(u + sch, '.', h);
	if (!dot || dot == u + sch || u + sch + h - dot < 3)
		return NULL;
	return u;
}

static int read_txt(const char *name, const char *s, size_t len, td_arena *ar, td_article *a)
{
	size_t i = 0;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	size_t j = i;
	while (j < len && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (len - j > 15 && memcmp(s + j, "date", 4) == 0 && (s[j + 4] == ' ' || s[j + 4] == '\t')) {
		size_t k = j + 4;
		while (k < len && (s[k] == ' ' || s[k] == '\t'))
			k++;
		td_day d = td_day_parse_iso(s + k, len - k);
		if (d != TD_NODATE) {
			a->meta_date = d;
			a->meta_date_source = TD_DATE_PREFIX;
			i = k + 10;
		}
	}
	/* First non-empty line, then the body. */
	for (;;) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i < len && (s[i] == '\r' || s[i] == '\n')) {
			i++;
			continue;
		}
		break;
	}
	const char *nl = memchr(s + i, '\n', len - i);
	size_t e = nl ? (size_t)(nl - s) : len;
	/* A page's address on the first line is its url, not its headline. */
	char *url = nl ? url_line(s + i, e - i, ar) : NULL;
	if (url) {
		a->url = url;
		i = e + 1;
		while (i < len && (unsigned char)s[i] <= ' ')
			i++;
		nl = memchr(s + i, '\n', len - i);
		e = nl ? (size_t)(nl - s) : len;
	}
	a->first_line = trim_dup(ar, s + i, e - i);
	size_t b = nl ? e + 1 : len;
	a->raw_body = copy_text(ar, s + b, len - b, &a->raw_body_len);
	a->file = name;
	a->id = make_id(name, strlen(name), NULL);
	if (!a->first_line || !a->raw_body)
		return TD_ERR_NOMEM;
	return 0;
}

/* ---- HTML ---------------------------------------------------------- */

typedef struct {
	td_arena *ar;
	char *buf; /* body text being gathered */
	size_t len, cap;
	const char *og_title, *og_desc, *og_url, *og_site, *pub, *title, *h1, *time_dt, *lang;
	/* From the page's JSON-LD (schema.org NewsArticle and kin). */
	const char *ld_headline, *ld_desc, *ld_pub, *ld_body, *ld_site, *ld_url;
	int paragraphs;
	int keep_chrome_attrs; /* second reading: blocks are not judged by class or id */
} html_ctx;

static int buf_put(html_ctx *h, const char *s, size_t n)
{
	if (h->len + n + 2 > h->cap) {
		size_t nc = (h->len + n + 2) * 2;
		char *nb = td_arena_alloc(h->ar, nc);
		if (!nb)
			return -1;
		if (h->len)
			memcpy(nb, h->buf, h->len);
		h->buf = nb;
		h->cap = nc;
	}
	memcpy(h->buf + h->len, s, n);
	h->len += n;
	return 0;
}

/* Elements nested deeper than this are flattened, as browsers do (Blink's
 * HTML parser attaches elements past 512 levels beside the 511th): gumbo
 * walks its stack of open elements for every tag, so a page of 100,000
 * nested <div>s took 28 s to parse, and its recursive teardown, like a
 * recursive walk of the tree, overflows the stack on a deep enough page. */
#define HTML_MAX_DEPTH 512
/* Attributes of one element past this many are dropped: gumbo compares
 * each with those before it (40,000 on one element took 4 s). */
#define HTML_MAX_ATTRS 256

/* Whether name (n bytes, any case) is one of the lower-case words. */
static int html_name_in(const char *name, size_t n, const char *const *words, size_t nwords)
{
	for (size_t i = 0; i < nwords; i++)
		if (strlen(words[i]) == n && !strncasecmp(name, words[i], n))
			return 1;
	return 0;
}

/* Elements that never hold others (or that are left to the parser's own
 * closing rules, which keep them from nesting by themselves: a <p> closes
 * the open <p>, an <a> the open <a>), and those whose content is text up
 * to their end tag. */
static const char *const html_void[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
					"keygen", "link", "meta", "param", "source", "track", "wbr", "basefont",
					"bgsound", "frame", "image", "html", "head", "body", "p", "li", "dt",
					"dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
					"caption", "colgroup", "rb", "rt", "rp", "rtc", "a", "nobr"};
static const char *const html_raw[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
				       "noframes"};

/* Walks the tags of s and, in an upper bound of the depth of the tree a
 * parser builds (start tags of elements that nest, minus their end tags),
 * drops the start tags that would go deeper than HTML_MAX_DEPTH and as many
 * end tags after them, and the attributes of a tag past HTML_MAX_ATTRS;
 * text and every other byte are kept. With out NULL only tells whether
 * anything would be dropped (1) or not (0); else writes the result to out
 * (len bytes at most) and returns its length. */
static size_t html_depth_pass(const char *s, size_t len, char *out)
{
	size_t depth = 0, excess = 0, foreign = 0, o = 0, i = 0;
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		size_t t = lt ? (size_t)(lt - s) : len;
		if (out)
			memcpy(out + o, s + i, t - i), o += t - i;
		if (t >= len)
			break;
		size_t k = t + 1;
		int end = k < len && s[k] == '/';
		k += (size_t)end;
		if (k >= len || !isalpha((unsigned char)s[k])) {
			/* Not a tag: a comment, a declaration or a lone '<'. */
			size_t e = t + 1;
			if (len - t >= 4 && !memcmp(s + t, "<!--", 4)) {
				const char *c = memmem(s + t + 4, len - t - 4, "-->", 3);
				e = c ? (size_t)(c - s) + 3 : len;
			} else if (k < len && (s[t + 1] == '!' || s[t + 1] == '?' || end)) {
				const char *c = memchr(s + t + 1, '>', len - t - 1);
				e = c ? (size_t)(c - s) + 1 : len;
			}
			if (out)
				memcpy(out + o, s + t, e - t), o += e - t;
			i = e;
			continue;
		}
		size_t nb = k;
		while (k < len && !isspace((unsigned char)s[k]) && s[k] != '/' && s[k] != '>')
			k++;
		const char *name = s + nb;
		size_t nl = k - nb;
		/* Attributes (a quoted value may hold '>'); cut is where those
		 * past HTML_MAX_ATTRS begin. */
		size_t nattr = 0, cut = 0;
		while (k < len && s[k] != '>') {
			if (isspace((unsigned char)s[k]) || s[k] == '/') {
				k++;
				continue;
			}
			if (++nattr > HTML_MAX_ATTRS && !cut) {
				if (!out)
					return 1;
				cut = k;
			}
			k++;
			while (k < len && !isspace((unsigned char)s[k]) && s[k] != '/' && s[k] != '>' && s[k] != '=')
				k++;
			size_t v = k;
			while (v < len && isspace((unsigned char)s[v]))
				v++;
			if (v >= len || s[v] != '=')
				continue;
			k = v + 1;
			while (k < len && isspace((unsigned char)s[k]))
				k++;
			if (k < len && (s[k] == '"' || s[k] == '\'')) {
				const char *q = memchr(s + k + 1, s[k], len - k - 1);
				k = q ? (size_t)(q - s) + 1 : len;
			} else
				while (k < len && !isspace((unsigned char)s[k]) && s[k] != '>')
					k++;
		}
		size_t e = k < len ? k + 1 : len;
		int self = k < len && k > nb && s[k - 1] == '/';
		int svg = html_name_in(name, nl, (const char *const[]){"svg", "math"}, 2);
		int nests = !html_name_in(name, nl, html_void, sizeof(html_void) / sizeof(*html_void));
		int keep = 1;
		if (end) {
			if (svg && foreign)
				foreign--;
			if (nests) {
				if (excess)
					excess--, keep = 0;
				else if (depth)
					depth--;
			}
		} else if (nests && !(self && (foreign || svg))) {
			if (depth < HTML_MAX_DEPTH)
				depth++;
			else if (!out)
				return 1;
			else
				excess++, keep = 0;
			foreign += (size_t)svg;
		}
		if (keep && out && cut) {
			memcpy(out + o, s + t, cut - t), o += cut - t;
			if (self)
				out[o++] = '/';
			out[o++] = '>';
		} else if (keep && out)
			memcpy(out + o, s + t, e - t), o += e - t;
		i = e;
		if (!end && html_name_in(name, nl, html_raw, sizeof(html_raw) / sizeof(*html_raw))) {
			/* Text up to the element's end tag ("</script"), which the
			 * loop then reads as a tag. */
			size_t r = i;
			while (r < len) {
				const char *c = memchr(s + r, '<', len - r);
				if (!c)
					r = len;
				else if ((r = (size_t)(c - s)) + 2 + nl <= len && s[r + 1] == '/' &&
					 !strncasecmp(s + r + 2, name, nl))
					break;
				else
					r++;
			}
			if (out)
				memcpy(out + o, s + i, r - i), o += r - i;
			i = r;
		} else if (!end && nl == 9 && !strncasecmp(name, "plaintext", 9)) {
			if (out)
				memcpy(out + o, s + i, len - i), o += len - i;
			i = len;
		}
	}
	return out ? o : 0;
}

static int html_unbounded(const char *s, size_t len)
{
	return html_depth_pass(s, len, NULL) != 0;
}

static size_t html_flatten(const char *s, size_t len, char *out)
{
	return html_depth_pass(s, len, out);
}

/* Appends the text under node, with white space collapsed; elements nested
 * deeper than HTML_MAX_DEPTH below it add nothing (html_flatten() keeps
 * pages shallower than that, this keeps the recursion bounded anyway). */
static void gather_text_(html_ctx *h, const GumboNode *node, int depth)
{
	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
		const char *t = node->v.text.text;
		for (; *t; t++) {
			unsigned char c = (unsigned char)*t;
			if (c <= ' ') {
				if (h->len && h->buf[h->len - 1] != ' ' && h->buf[h->len - 1] != '\n')
					buf_put(h, " ", 1);
			} else
				buf_put(h, t, 1);
		}
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	GumboTag tag = node->v.element.tag;
	if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
		return;
	if (tag == GUMBO_TAG_BR)
		buf_put(h, " ", 1);
	const GumboVector *ch = &node->v.element.children;
	if (depth < 2 * HTML_MAX_DEPTH)
		for (unsigned i = 0; i < ch->length; i++)
			gather_text_(h, ch->data[i], depth + 1);
}

static void gather_text(html_ctx *h, const GumboNode *node)
{
	gather_text_(h, node, 0);
}

static const char *node_text(html_ctx *h, const GumboNode *node)
{
	char *save = h->buf;
	size_t slen = h->len, scap = h->cap;
	h->buf = NULL, h->len = 0, h->cap = 0;
	gather_text(h, node);
	const char *r = h->len ? trim_dup(h->ar, h->buf, h->len) : NULL;
	h->buf = save, h->len = slen, h->cap = scap;
	return r && *r ? r : NULL;
}

static int is_chrome_tag(GumboTag t)
{
	return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
	       t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE ||
	       t == GUMBO_TAG_FORM || t == GUMBO_TAG_HEADER || t == GUMBO_TAG_TEMPLATE;
}

/* Whether an element's class or id names page chrome around the article
 * (related links, sharing, comments, sidebars, adverts, breadcrumbs,
 * newsletters, cookie notices), as Readability reads them: a word of the
 * attribute (split at spaces, '-' and '_') is such a word, and none names
 * the article's content ("article-header", "main-content" stay). */
static int chrome_attrs(const html_ctx *h, const GumboElement *el)
{
	/* Not the page's frame ("<body class='has-sidebar'>"). */
	if (h->keep_chrome_attrs || el->tag == GUMBO_TAG_BODY || el->tag == GUMBO_TAG_HTML ||
	    el->tag == GUMBO_TAG_MAIN || el->tag == GUMBO_TAG_ARTICLE)
		return 0;
	static const char *const chrome[] = {
		"related", "share", "sharing", "social", "comment", "comments", "sidebar", "advert",
		"advertisement", "ad", "ads", "banner", "promo", "newsletter", "subscribe", "subscription",
		"cookie", "cookies", "gdpr", "breadcrumb", "breadcrumbs", "menu", "navbar", "footer",
		"popular", "recommended", "recommendations", "readmore", "read", "also", "tags",
		"pagination", "pager", "popup", "modal", "widget", "sponsor", "sponsored", "outbrain",
		"taboola", "disqus",
	};
	static const char *const content[] = {"article", "content", "main", "body", "text", "story", "post", "entry"};
	int bad = 0, good = 0;
	for (int k = 0; k < 2; k++) {
		GumboAttribute *at = gumbo_get_attribute(&el->attributes, k ? "id" : "class");
		if (!at)
			continue;
		const char *v = at->value;
		while (*v) {
			while (*v == ' ' || *v == '-' || *v == '_' || *v == '\t' || *v == '\n')
				v++;
			size_t n = 0;
			while (v[n] && v[n] != ' ' && v[n] != '-' && v[n] != '_' && v[n] != '\t' && v[n] != '\n')
				n++;
			if (!n)
				break;
			for (size_t i = 0; i < sizeof(chrome) / sizeof(chrome[0]) && !bad; i++)
				bad = strlen(chrome[i]) == n && !strncasecmp(v, chrome[i], n);
			for (size_t i = 0; i < sizeof(content) / sizeof(content[0]) && !good; i++)
				good = strlen(content[i]) == n && !strncasecmp(v, content[i], n);
			v += n;
		}
	}
	return bad && !good;
}

static void add_paragraph(html_ctx *h, const GumboNode *node)
{
	size_t before = h->len;
	gather_text(h, node);
	while (h->len > before && h->buf[h->len - 1] == ' ')
		h->len--;
	if (h->len > before) {
		buf_put(h, "\n", 1);
		h->paragraphs++;
	}
}

/* A string member of o, copied into the arena, or NULL. */
static const char *ld_str(html_ctx *h, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	const char *t = json_is_string(v) ? json_string_value(v) : NULL;
	return t && *t ? trim_dup(h->ar, t, strlen(t)) : NULL;
}

/* Reads a schema.org article (NewsArticle, Article, ReportageNewsArticle,
 * BlogPosting ...) from JSON-LD value v: an object, an array of them or
 * an "@graph" of them. The first article found fills the fields. */
static void ld_walk(html_ctx *h, json_t *v, int depth)
{
	if (depth > 8 || h->ld_headline || h->ld_pub)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) ld_walk(h, x, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	json_t *g = json_object_get(v, "@graph");
	if (g)
		ld_walk(h, g, depth + 1);
	json_t *t = json_object_get(v, "@type");
	const char *type = json_is_string(t) ? json_string_value(t) : NULL;
	if (json_is_array(t) && json_array_size(t) && json_is_string(json_array_get(t, 0)))
		type = json_string_value(json_array_get(t, 0));
	if (!type || (!strstr(type, "Article") && strcmp(type, "BlogPosting") && strcmp(type, "Report")))
		return;
	h->ld_headline = ld_str(h, v, "headline");
	h->ld_desc = ld_str(h, v, "description");
	h->ld_pub = ld_str(h, v, "datePublished");
	h->ld_body = ld_str(h, v, "articleBody");
	h->ld_url = ld_str(h, v, "url");
	json_t *pb = json_object_get(v, "publisher");
	if (json_is_object(pb))
		h->ld_site = ld_str(h, pb, "name");
}

static void read_ld(html_ctx *h, const GumboNode *node)
{
	const GumboElement *el = &node->v.element;
	GumboAttribute *ty = gumbo_get_attribute(&el->attributes, "type");
	if (!ty || strcasecmp(ty->value, "application/ld+json") || el->children.length != 1)
		return;
	const GumboNode *tn = el->children.data[0];
	if (tn->type != GUMBO_NODE_TEXT && tn->type != GUMBO_NODE_CDATA)
		return;
	const char *txt = tn->v.text.text;
	json_error_t err;
	json_t *v = json_loadb(txt, strlen(txt), 0, &err);
	if (!v)
		return; /* malformed JSON-LD: the page's other fields stand */
	ld_walk(h, v, 0);
	json_decref(v);
}

static void walk_html(html_ctx *h, const GumboNode *node, int depth)
{
	if (node->type != GUMBO_NODE_ELEMENT || depth > 2 * HTML_MAX_DEPTH)
		return;
	const GumboElement *el = &node->v.element;
	switch (el->tag) {
	case GUMBO_TAG_HTML: {
		GumboAttribute *la = gumbo_get_attribute(&el->attributes, "lang");
		if (la && !h->lang)
			h->lang = td_arena_strndup(h->ar, la->value, strlen(la->value));
		break;
	}
	case GUMBO_TAG_META: {
		GumboAttribute *p = gumbo_get_attribute(&el->attributes, "property");
		if (!p)
			p = gumbo_get_attribute(&el->attributes, "name");
		GumboAttribute *c = gumbo_get_attribute(&el->attributes, "content");
		if (!p || !c || !*c->value)
			return;
		const char *v = trim_dup(h->ar, c->value, strlen(c->value));
		const char *k = p->value;
		if (!strcasecmp(k, "og:title") && !h->og_title) h->og_title = v;
		else if (!strcasecmp(k, "og:description") && !h->og_desc) h->og_desc = v;
		else if (!strcasecmp(k, "description") && !h->og_desc) h->og_desc = v;
		else if (!strcasecmp(k, "og:url") && !h->og_url) h->og_url = v;
		else if (!strcasecmp(k, "og:site_name") && !h->og_site) h->og_site = v;
		else if ((!strcasecmp(k, "article:published_time") || !strcasecmp(k, "pubdate") ||
			  !strcasecmp(k, "date") || !strcasecmp(k, "dc.date")) && !h->pub) h->pub = v;
		return;
	}
	case GUMBO_TAG_TITLE:
		if (!h->title)
			h->title = node_text(h, node);
		return;
	case GUMBO_TAG_SCRIPT:
		read_ld(h, node);
		return;
	case GUMBO_TAG_H1:
		if (!h->h1)
			h->h1 = node_text(h, node);
		return;
	case GUMBO_TAG_TIME: {
		GumboAttribute *dt = gumbo_get_attribute(&el->attributes, "datetime");
		if (dt && !h->time_dt)
			h->time_dt = td_arena_strndup(h->ar, dt->value, strlen(dt->value));
		break;
	}
	case GUMBO_TAG_P:
	case GUMBO_TAG_BLOCKQUOTE:
	case GUMBO_TAG_LI:
	case GUMBO_TAG_H2:
	case GUMBO_TAG_H3:
		if (el->tag != GUMBO_TAG_LI || h->paragraphs > 0)
			add_paragraph(h, node);
		return;
	default:
		if (is_chrome_tag(el->tag) || chrome_attrs(h, el))
			return;
	}
	for (unsigned i = 0; i < el->children.length; i++)
		walk_html(h, el->children.data[i], depth + 1);
}

/* Text of the body when the page has no paragraphs: every text node
 * outside chrome, one line per block element. */
static void walk_blocks(html_ctx *h, const GumboNode *node, int depth)
{
	if (depth > 2 * HTML_MAX_DEPTH)
		return;
	if (node->type == GUMBO_NODE_TEXT) {
		gather_text(h, node);
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT || is_chrome_tag(node->v.element.tag) ||
	    chrome_attrs(h, &node->v.element) || node->v.element.tag == GUMBO_TAG_HEAD ||
	    node->v.element.tag == GUMBO_TAG_TITLE)
		return;
	const GumboVector *ch = &node->v.element.children;
	for (unsigned i = 0; i < ch->length; i++)
		walk_blocks(h, ch->data[i], depth + 1);
	switch (node->v.element.tag) {
	case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
		if (h->len && h->buf[h->len - 1] != '\n')
			buf_put(h, "\n", 1);
		break;
	default:
		break;
	}
}

static int read_html(const char *name, const char *s, size_t len, td_arena *ar, td_article *a)
{
	GumboOptions opt = kGumboDefaultOptions;
	opt.max_errors = 100;
	char *flat = NULL;
	if (html_unbounded(s, len)) {
		if (!(flat = malloc(len ? len : 1)))
			return TD_ERR_NOMEM;
		len = html_flatten(s, len, flat);
		s = flat;
	}
	GumboOutput *out = gumbo_parse_with_options(&opt, s, len);
	free(flat); /* gumbo copies what it keeps */
	if (!out)
		return TD_ERR_PARSE;
	html_ctx h = {.ar = ar};
	walk_html(&h, out->root, 0);
	if (h.paragraphs == 0) {
		/* Nothing left once blocks were judged by their class or id
		 * (a wrapper named "...-sidebar"): read again without. */
		h.keep_chrome_attrs = 1;
		h.len = 0;
		walk_html(&h, out->root, 0);
	}
	if (h.paragraphs == 0) {
		h.len = 0;
		if (h.ld_body)
			buf_put(&h, h.ld_body, strlen(h.ld_body)); /* the article's own text */
		else
			walk_blocks(&h, out->root, 0);
	}
	gumbo_destroy_output(&kGumboDefaultOptions, out);
	a->file = name;
	a->id = make_id(name, strlen(name), NULL);
	a->raw_title = h.og_title ? h.og_title : h.ld_headline ? h.ld_headline : h.h1 ? h.h1 : h.title;
	a->first_line = h.h1 ? h.h1 : h.title;
	a->raw_lead = h.og_desc ? h.og_desc : h.ld_desc;
	a->url = h.og_url ? h.og_url : h.ld_url;
	a->outlet = h.og_site ? h.og_site : h.ld_site;
	if (h.lang) {
		char code[4] = {0};
		for (int i = 0; i < 3 && h.lang[i] && h.lang[i] != '-' && h.lang[i] != '_'; i++)
			code[i] = (char)(h.lang[i] | 0x20);
		a->lang_hint = td_arena_strndup(ar, code, strlen(code));
	}
	const char *ds = h.pub ? h.pub : h.ld_pub ? h.ld_pub : h.time_dt;
	if (ds)
		set_meta_date(a, ds);
	a->raw_body = copy_text(ar, h.buf ? h.buf : "", h.len, &a->raw_body_len);
	if (!a->raw_body)
		return TD_ERR_NOMEM;
	if (a->raw_body_len == 0 && !a->raw_title && !a->raw_lead)
		return TD_ERR_EMPTY;
	return 0;
}

/* ---- JSON ---------------------------------------------------------- */

static const char *jstr(json_t *o, td_arena *ar, const char *const *keys)
{
	for (; *keys; keys++) {
		json_t *v = json_object_get(o, *keys);
		if (json_is_string(v) && json_string_length(v) > 0)
			return trim_dup(ar, json_string_value(v), json_string_length(v));
		if (json_is_integer(v)) {
			char num[32];
			snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
			return td_arena_strndup(ar, num, strlen(num));
		}
	}
	return NULL;
}

static int json_article(const char *name, json_t *o, size_t index, int multi, td_arena *ar,
			td_article *a)
{
	static const char *const k_id[] = {"id", "guid", NULL};
	static const char *const k_url[] = {"url", "link", NULL};
	static const char *const k_title[] = {"title", "headline", NULL};
	static const char *const k_text[] = {"text", "body", "content", NULL};
	static const char *const k_lead[] = {"description", "lead", "summary", NULL};
	static const char *const k_date[] = {"date", "published", "published_at", "pubDate", NULL};
	static const char *const k_src[] = {"source", "site_name", "outlet", NULL};
	static const char *const k_lang[] = {"lang", "language", "lang_code", NULL};
	if (!json_is_object(o))
		return TD_ERR_PARSE;
	const char *id = jstr(o, ar, k_id);
	a->source_id = id;
	a->url = jstr(o, ar, k_url);
	a->raw_title = jstr(o, ar, k_title);
	a->raw_lead = jstr(o, ar, k_lead);
	a->outlet = jstr(o, ar, k_src);
	a->lang_hint = jstr(o, ar, k_lang);
	const char *date = jstr(o, ar, k_date);
	if (date)
		set_meta_date(a, date);
	const char *text = NULL;
	for (const char *const *k = k_text; *k && !text; k++) {
		json_t *v = json_object_get(o, *k);
		if (json_is_string(v))
			text = json_string_value(v);
	}
	a->raw_body = copy_text(ar, text ? text : "", text ? strlen(text) : 0, &a->raw_body_len);
	if (!a->raw_body)
		return TD_ERR_NOMEM;
	if (!a->raw_title && a->raw_body_len == 0)
		return TD_ERR_EMPTY;
	if (td_utf8_valid_prefix(a->raw_body, a->raw_body_len) != a->raw_body_len)
		return TD_ERR_UTF8;
	/* Names: the file itself for a single object, file#id or file#line
	 * for a file of many. */
	if (multi) {
		char nm[512];
		if (id)
			snprintf(nm, sizeof(nm), "%s#%s", name, id);
		else
			snprintf(nm, sizeof(nm), "%s#%zu", name, index + 1);
		a->file = td_arena_strndup(ar, nm, strlen(nm));
	} else
		a->file = name;
	a->id = id ? make_id(id, strlen(id), "#id") : make_id(a->file, strlen(a->file), NULL);
	return a->file ? 0 : TD_ERR_NOMEM;
}

/* ---- dispatch ------------------------------------------------------ */

static int deliver(const char *name, int (*fill)(const char *, const char *, size_t, td_arena *,
						  td_article *),
		   const char *s, size_t len, td_arena *ar, td_article_fn fn, void *ctx)
{
	td_article *a = td_arena_alloc(ar, sizeof(*a));
	if (!a)
		return TD_ERR_NOMEM;
	td_article_init(a);
	int rc = fill(name, s, len, ar, a);
	if (rc < 0)
		return rc;
	fn(ctx, a);
	return 1;
}

static int read_json(const char *name, const char *s, size_t len, td_format fmt,
		     const td_reader_opts *opts, td_arena *ar, td_article_fn fn,
		     td_item_error_fn efn, void *ctx)
{
	int count = 0;
	if (fmt == TD_FMT_JSON) {
		json_error_t jerr;
		json_t *root = json_loadb(s, len, JSON_REJECT_DUPLICATES, &jerr);
		if (!root) {
			if (efn) {
				char d[256];
				snprintf(d, sizeof(d), "line %d: %s", jerr.line, jerr.text);
				efn(ctx, name, TD_ERR_PARSE, d);
			}
			return TD_ERR_PARSE;
		}
		int multi = json_is_array(root);
		size_t n = multi ? json_array_size(root) : 1;
		int rc = 0;
		for (size_t i = 0; i < n; i++) {
			json_t *o = multi ? json_array_get(root, i) : root;
			td_article *a = td_arena_alloc(ar, sizeof(*a));
			if (!a) {
				rc = TD_ERR_NOMEM;
				break;
			}
			td_article_init(a);
			int r = json_article(name, o, i, multi, ar, a);
			if (r < 0) {
				if (!multi) {
					rc = r;
					break;
				}
				if (efn) {
					char d[64];
					snprintf(d, sizeof(d), "item %zu", i + 1);
					efn(ctx, name, r, d);
				}
				continue;
			}
			count++;
			if (fn(ctx, a))
				break;
		}
		json_decref(root);
		return rc < 0 ? rc : count;
	}
	/* JSON lines: each line on its own, bad lines reported and skipped. */
	size_t line = 0, i = 0;
	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - s) : len;
		line++;
		size_t b = i;
		while (b < e && (unsigned char)s[b] <= ' ')
			b++;
		if (b < e) {
			int r;
			json_error_t jerr;
			json_t *o = NULL;
			if (e - i > opts->max_bytes)
				r = TD_ERR_TOOBIG;
			else if (!(o = json_loadb(s + b, e - b, 0, &jerr)))
				r = TD_ERR_PARSE;
			else {
				td_article *a = td_arena_alloc(ar, sizeof(*a));
				if (!a) {
					json_decref(o);
					return TD_ERR_NOMEM;
				}
				td_article_init(a);
				r = json_article(name, o, line - 1, 1, ar, a);
				json_decref(o);
				if (r == 0) {
					count++;
					if (fn(ctx, a))
						return count;
				}
			}
			if (r < 0 && efn) {
				char d[300];
				if (r == TD_ERR_PARSE && o == NULL)
					snprintf(d, sizeof(d), "line %zu: %s", line, jerr.text);
				else
					snprintf(d, sizeof(d), "line %zu", line);
				efn(ctx, name, r, d);
			}
		}
		i = e + 1;
	}
	return count;
}

int td_read_buffer(const char *name, const char *data, size_t len, td_format fmt,
		   const td_reader_opts *opts, td_arena *ar, td_article_fn fn,
		   td_item_error_fn efn, void *ctx)
{
	td_reader_opts def = {TD_READER_DEFAULT_MAX};
	if (!opts || !opts->max_bytes)
		opts = &def;
	if (fmt == TD_FMT_AUTO)
		fmt = td_format_from_name(name);
	if (len == 0)
		return TD_ERR_EMPTY;
	int v = validate(data, len);
	if (v < 0)
		return v;
	if (fmt == TD_FMT_AUTO)
		fmt = sniff(data, len);
	if (fmt != TD_FMT_JSONL && len > opts->max_bytes)
		return TD_ERR_TOOBIG;
	switch (fmt) {
	case TD_FMT_TXT:
		return deliver(name, read_txt, data, len, ar, fn, ctx);
	case TD_FMT_HTML:
		return deliver(name, read_html, data, len, ar, fn, ctx);
	case TD_FMT_JSON:
	case TD_FMT_JSONL:
		return read_json(name, data, len, fmt, opts, ar, fn, efn, ctx);
	default:
		return TD_ERR_FORMAT;
	}
}

/* Reads fd to its end into a malloc'ed *out (*len bytes; freed here on
 * failure): TD_ERR_TOOBIG past cap bytes, TD_ERR_IO on a read error. */
static int read_stream_(int fd, size_t cap, char **out, size_t *len)
{
	size_t n = 0, size = 0;
	char *b = NULL;
	for (;;) {
		if (n == size) {
			size_t ns = size ? size * 2 : 65536;
			if (ns > cap + 1)
				ns = cap + 1;
			if (ns <= n) {
				free(b);
				return TD_ERR_TOOBIG;
			}
			char *nb = realloc(b, ns);
			if (!nb) {
				free(b);
				return TD_ERR_NOMEM;
			}
			b = nb;
			size = ns;
		}
		ssize_t r = read(fd, b + n, size - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			free(b);
			return TD_ERR_IO;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > cap) {
			free(b);
			return TD_ERR_TOOBIG;
		}
	}
	*out = b;
	*len = n;
	return 0;
}

int td_read_file(const char *path, const char *name, td_format fmt, const td_reader_opts *opts,
		 td_arena *ar, td_article_fn fn, td_item_error_fn efn, void *ctx)
{
	size_t max = opts && opts->max_bytes ? opts->max_bytes : TD_READER_DEFAULT_MAX;
	if (fmt == TD_FMT_AUTO)
		fmt = td_format_from_name(name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return TD_ERR_IO;
	struct stat st;
	if (fstat(fd, &st) < 0 || !(S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
		close(fd);
		return TD_ERR_IO;
	}
	/* JSON lines are limited per line; allow up to 64 lines' worth. */
	size_t cap = fmt == TD_FMT_JSONL || fmt == TD_FMT_AUTO ? max * 64 : max;
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > cap) {
		close(fd);
		return TD_ERR_TOOBIG;
	}
	char *buf;
	size_t got = 0;
	if (S_ISREG(st.st_mode) && st.st_size > 0) {
		size_t len = (size_t)st.st_size;
		if (!(buf = td_arena_alloc(ar, len + 1))) {
			close(fd);
			return TD_ERR_NOMEM;
		}
		/* A file that shrank meanwhile ends early; a failed read
		 * (an I/O error) is an error, not a shorter article. */
		while (got < len) {
			ssize_t r = read(fd, buf + got, len - got);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				close(fd);
				return TD_ERR_IO;
			}
			if (r == 0)
				break;
			got += (size_t)r;
		}
	} else {
		/* A pipe, a terminal, a file whose size is not known ahead
		 * (/proc): read to its end, up to the limit. */
		char *sb = NULL;
		int rc = read_stream_(fd, cap, &sb, &got);
		if (rc == 0) {
			if ((buf = td_arena_alloc(ar, got + 1)) != NULL)
				memcpy(buf, sb ? sb : "", got);
			else
				rc = TD_ERR_NOMEM;
			free(sb);
		}
		if (rc < 0) {
			close(fd);
			return rc;
		}
	}
	close(fd);
	buf[got] = 0;
	return td_read_buffer(name, buf, got, fmt, opts, ar, fn, efn, ctx);
}

/* ---- directory walk ------------------------------------------------ */

/* Folders are walked at most MAX_DIR_DEPTH deep and MAX_DIRS in all. */
enum { MAX_DIR_DEPTH = 32, MAX_DIRS = 100000 };

typedef struct {
	char **v;
	size_t n, cap;
	/* The folders being walked, from the root down (a link back to one
	 * of them is a loop), and how many were walked. */
	dev_t dev[MAX_DIR_DEPTH + 1];
	ino_t ino[MAX_DIR_DEPTH + 1];
	size_t dirs;
} namelist;

static int push(namelist *l, const char *s)
{
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 256;
		char **nv = realloc(l->v, nc * sizeof(*nv));
		if (!nv)
			return TD_ERR_NOMEM;
		l->v = nv;
		l->cap = nc;
	}
	if (!(l->v[l->n] = strdup(s)))
		return TD_ERR_NOMEM;
	l->n++;
	return 0;
}

static int walk_dir(const char *root, const char *rel, namelist *l, int depth)
{
	if (depth > MAX_DIR_DEPTH || l->dirs >= MAX_DIRS)
		return 0;
	char path[4096];
	snprintf(path, sizeof(path), "%s%s%s", root, *rel ? "/" : "", rel);
	DIR *d = opendir(path);
	if (!d)
		return depth == 0 ? TD_ERR_IO : 0;
	/* A folder that holds itself through links ("a/back" -> ".."):
	 * each of its links would be walked again down to the depth limit,
	 * two such links 2^32 times. */
	struct stat ds;
	if (fstat(dirfd(d), &ds) == 0) {
		for (int k = 0; k < depth; k++)
			if (l->dev[k] == ds.st_dev && l->ino[k] == ds.st_ino) {
				closedir(d);
				return 0;
			}
		l->dev[depth] = ds.st_dev;
		l->ino[depth] = ds.st_ino;
	} else {
		l->dev[depth] = 0;
		l->ino[depth] = 0;
	}
	l->dirs++;
	struct dirent *e;
	int rc = 0;
	while (rc == 0 && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char sub[4096];
		int n = snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		if (n < 0 || (size_t)n >= sizeof(sub))
			continue;
		/* The entry's type from the directory when it gives one (no
		 * stat per file); links and unknown types are followed. */
		int isdir = e->d_type == DT_DIR, isreg = e->d_type == DT_REG;
		if (!isdir && !isreg) {
			if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN)
				continue;
			char full[8192];
			snprintf(full, sizeof(full), "%s/%s", root, sub);
			struct stat st;
			if (stat(full, &st) < 0)
				continue;
			isdir = S_ISDIR(st.st_mode);
			isreg = S_ISREG(st.st_mode);
		}
		if (isdir)
			rc = walk_dir(root, sub, l, depth + 1);
		else if (isreg && td_format_from_name(e->d_name) != TD_FMT_AUTO)
			rc = push(l, sub);
	}
	closedir(d);
	return rc;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int td_list_inputs(const char *root, char ***names, size_t *n)
{
	namelist l = {0};
	struct stat st;
	int rc;
	*names = NULL;
	*n = 0;
	if (stat(root, &st) < 0)
		return TD_ERR_IO;
	if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
		const char *base = strrchr(root, '/');
		rc = push(&l, base ? base + 1 : root);
	} else
		rc = walk_dir(root, "", &l, 0);
	if (rc < 0) {
		td_list_free(l.v, l.n);
		return rc;
	}
	qsort(l.v, l.n, sizeof(*l.v), cmp_names);
	*names = l.v;
	*n = l.n;
	return 0;
}

void td_list_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
