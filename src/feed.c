/* feed.c - RSS 2.0, RSS 1.0 and Atom parsing on libxml2, feed dates, full-text test. */
#include "tidings/feed.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include "tidings/article.h"
#include "tidings/error.h"

#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"

/* Parse state: the arena, the feed kind and one scratch buffer reused for
 * every string gathered from the tree (freed at the end of the parse). */
typedef struct {
	td_arena *ar;
	td_feed_kind kind;
	xmlDocPtr doc;
	char *buf;
	size_t len, cap, max;
	int nomem;
} pctx;

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
	xmlInitParser();
}

/* ---- scratch buffer ------------------------------------------------- */

static void put(pctx *p, const char *s, size_t n)
{
	if (p->nomem || p->len + n > p->max)
		return; /* strings never exceed the document size limit */
	if (p->len + n + 1 > p->cap) {
		size_t nc = (p->len + n + 1) * 2;
		char *nb = realloc(p->buf, nc);
		if (!nb) {
			p->nomem = 1;
			return;
		}
		p->buf = nb;
		p->cap = nc;
	}
	memcpy(p->buf + p->len, s, n);
	p->len += n;
}

static void puts_(pctx *p, const char *s)
{
	put(p, s, strlen(s));
}

/* Copies the scratch buffer, trimmed, into the arena; NULL when empty. */
static const char *take(pctx *p)
{
	const char *s = p->buf;
	size_t n = p->len;
	p->len = 0;
	while (n && (unsigned char)*s <= ' ')
		s++, n--;
	while (n && (unsigned char)s[n - 1] <= ' ')
		n--;
	if (!n)
		return NULL;
	char *r = td_arena_strndup(p->ar, s, n);
	if (!r)
		p->nomem = 1;
	return r;
}

/* ---- tree helpers --------------------------------------------------- */

static int name_is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int ns_is(xmlNodePtr n, const char *uri)
{
	return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, uri);
}

/* An element of the feed's own vocabulary. */
static int core(const pctx *p, xmlNodePtr n, const char *name)
{
	if (!name_is(n, name))
		return 0;
	switch (p->kind) {
	case TD_FEED_RSS: return !n->ns;
	case TD_FEED_RDF: return !n->ns || ns_is(n, NS_RSS1);
	case TD_FEED_ATOM: return ns_is(n, NS_ATOM) || ns_is(n, NS_ATOM03);
	}
	return 0;
}

static int ext(xmlNodePtr n, const char *uri, const char *name)
{
	return name_is(n, name) && ns_is(n, uri);
}

/* Gathers the character data under n into the scratch buffer. Entity
 * reference nodes are skipped, never expanded. */
static void gather(pctx *p, xmlNodePtr n, int depth)
{
	if (depth > 64)
		return;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			puts_(p, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE)
			gather(p, c, depth + 1);
	}
}

static const char *text_of(pctx *p, xmlNodePtr n)
{
	p->len = 0;
	gather(p, n, 0);
	return take(p);
}

static const char *attr(pctx *p, xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	if (!v)
		return NULL;
	p->len = 0;
	puts_(p, (const char *)v);
	xmlFree(v);
	return take(p);
}

/* Appends s to the scratch buffer with HTML escaping; blank lines start a
 * new paragraph, so plain text keeps its paragraphs as <p> elements. */
static void put_escaped_paragraphs(pctx *p, const char *s)
{
	puts_(p, "<p>");
	for (; *s; s++) {
		switch (*s) {
		case '&': puts_(p, "&amp;"); break;
		case '<': puts_(p, "&lt;"); break;
		case '>': puts_(p, "&gt;"); break;
		case '\n':
			if (s[1] == '\n' || (s[1] == '\r' && s[2] == '\n')) {
				puts_(p, "</p>\n<p>");
				while (s[1] == '\n' || s[1] == '\r')
					s++;
			} else
				put(p, "\n", 1);
			break;
		default: put(p, s, 1);
		}
	}
	puts_(p, "</p>");
}

/* Decodes the common HTML character references in place ("&amp;",
 * "&#8212;", "&#x2014;", "&nbsp;", ...); unknown ones are kept. */
static size_t put_utf8(char *o, unsigned long cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static const struct {
	const char *name;
	unsigned cp;
} named_refs[] = {
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", 0xA0}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"mdash", 0x2014},
	{"ndash", 0x2013}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
	{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"copy", 0xA9},
};

/* Length of the reference at s (after '&') and its code point; 0 when s
 * is no reference. */
static size_t char_ref(const char *s, unsigned long *cp)
{
	if (*s == '#') {
		int hex = s[1] == 'x' || s[1] == 'X';
		const char *d = s + 1 + hex;
		char *end;
		if (!(hex ? isxdigit((unsigned char)*d) : isdigit((unsigned char)*d)))
			return 0;
		unsigned long v = strtoul(d, &end, hex ? 16 : 10);
		if (*end != ';' || end - d > 8)
			return 0;
		*cp = v;
		return (size_t)(end - s) + 1;
	}
	for (size_t i = 0; i < sizeof(named_refs) / sizeof(named_refs[0]); i++) {
		size_t n = strlen(named_refs[i].name);
		if (!strncmp(s, named_refs[i].name, n) && s[n] == ';') {
			*cp = named_refs[i].cp;
			return n + 1;
		}
	}
	return 0;
}

/* HTML to one line of plain text: tags dropped, references decoded,
 * white space collapsed. Works in place (the result is never longer). */
static void html_to_line(char *s)
{
	char *o = s;
	int space = 0;
	for (const char *i = s; *i;) {
		unsigned char c = (unsigned char)*i;
		if (c == '<' && (isalpha((unsigned char)i[1]) || i[1] == '/' || i[1] == '!')) {
			const char *e = strchr(i, '>');
			if (!e)
				break;
			i = e + 1;
			space = 1;
			continue;
		}
		if (c <= ' ' || (c == 0xC2 && (unsigned char)i[1] == 0xA0)) {
			space = 1;
			i += c <= ' ' ? 1 : 2;
			continue;
		}
		if (space && o > s)
			*o++ = ' ';
		space = 0;
		unsigned long cp;
		size_t n;
		if (c == '&' && (n = char_ref(i + 1, &cp)) > 0) {
			char tmp[4];
			size_t k = put_utf8(tmp, cp);
			if (k <= n + 1) { /* the reference is at least as long */
				memcpy(o, tmp, k);
				o += k;
				i += n + 1;
				continue;
			}
		}
		*o++ = *i++;
	}
	*o = 0;
}

static const char *plain_title(const char *t)
{
	if (!t)
		return NULL;
	char *s = (char *)t; /* arena copy owned by this parse */
	html_to_line(s);
	return *s ? s : NULL;
}

/* An Atom text construct as HTML (type text, html or xhtml). */
static const char *atom_text_html(pctx *p, xmlNodePtr n)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	const char *t = type ? (const char *)type : "text";
	const char *r = NULL;
	if (xmlHasProp(n, (const xmlChar *)"src")) {
		/* out-of-line content: nothing inline */
	} else if (!strcmp(t, "html") || !strcmp(t, "text/html") || !strcmp(t, "escaped")) {
		r = text_of(p, n);
	} else if (!strcmp(t, "xhtml") || !strcmp(t, "application/xhtml+xml")) {
		xmlBufferPtr b = xmlBufferCreate();
		if (b) {
			xmlNodePtr from = n->children;
			for (xmlNodePtr c = n->children; c; c = c->next)
				if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, "div")) {
					from = c->children;
					break;
				}
			for (xmlNodePtr c = from; c; c = c->next)
				if (c->type != XML_ENTITY_REF_NODE)
					xmlNodeDump(b, p->doc, c, 0, 0);
			p->len = 0;
			puts_(p, (const char *)xmlBufferContent(b));
			xmlBufferFree(b);
			r = take(p);
		} else
			p->nomem = 1;
	} else if (!strcmp(t, "text") || !strncmp(t, "text/", 5)) {
		const char *plain = text_of(p, n);
		if (plain) {
			put_escaped_paragraphs(p, plain);
			r = take(p);
		}
	}
	xmlFree(type);
	return r;
}

/* An Atom title or other text construct as plain text. */
static const char *atom_text_plain(pctx *p, xmlNodePtr n)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	int html = type && strcmp((const char *)type, "text") != 0;
	xmlFree(type);
	const char *t = text_of(p, n);
	if (!t)
		return NULL;
	if (html)
		return plain_title(t);
	char *s = (char *)t;
	html_to_line(s); /* collapses white space; plain text has no tags */
	return *s ? s : NULL;
}

/* An absolute form of href, resolved against xml:base and the document
 * URL. */
static const char *resolve(pctx *p, xmlNodePtr n, const char *href)
{
	if (!href)
		return NULL;
	xmlChar *base = xmlNodeGetBase(p->doc, n);
	xmlChar *abs = base ? xmlBuildURI((const xmlChar *)href, base) : NULL;
	xmlFree(base);
	if (!abs)
		return href;
	p->len = 0;
	puts_(p, (const char *)abs);
	xmlFree(abs);
	const char *r = take(p);
	return r ? r : href;
}

static const char *node_lang(pctx *p, xmlNodePtr n)
{
	xmlChar *l = xmlNodeGetLang(n);
	if (!l)
		return NULL;
	p->len = 0;
	puts_(p, (const char *)l);
	xmlFree(l);
	return take(p);
}

/* ---- dates ---------------------------------------------------------- */

int64_t td_feed_parse_date(const char *s)
{
	return td_time_parse(s);
}

/* ---- full-text test ------------------------------------------------- */

static int block_tag(const char *name, size_t n)
{
	static const char *const tags[] = {
		"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
		"tr", "section", "article", "ul", "ol", "pre", "figure", "table", "hr", NULL
	};
	for (int i = 0; tags[i]; i++)
		if (strlen(tags[i]) == n && !strncasecmp(name, tags[i], n))
			return 1;
	return 0;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && !strncasecmp(s + n - k, suf, k);
}

void td_feed_text_stats(const char *s, size_t *chars, size_t *paragraphs, int *truncated)
{
	size_t total = 0, paras = 0, cur = 0;
	char tail[96];
	size_t tn = 0;
	int space = 0, newlines = 0;
	if (!s)
		s = "";
	while (*s) {
		unsigned char c = (unsigned char)*s;
		if (c == '<' && (isalpha((unsigned char)s[1]) || s[1] == '/' || s[1] == '!')) {
			if (!strncmp(s, "<!--", 4)) {
				const char *e = strstr(s + 4, "-->");
				s = e ? e + 3 : s + strlen(s);
				continue;
			}
			const char *nm = s + 1 + (s[1] == '/');
			size_t nl = 0;
			while (isalnum((unsigned char)nm[nl]))
				nl++;
			const char *e = strchr(s, '>');
			if (!e)
				break;
			if (s[1] != '/' && ((nl == 6 && !strncasecmp(nm, "script", 6)) ||
					    (nl == 5 && !strncasecmp(nm, "style", 5)))) {
				const char *close = strcasestr(e, nl == 6 ? "</script" : "</style");
				e = close ? strchr(close, '>') : NULL;
				if (!e)
					break;
			}
			if (block_tag(nm, nl)) {
				if (cur >= 40)
					paras++;
				cur = 0;
			}
			space = 1;
			s = e + 1;
			continue;
		}
		if (c <= ' ') {
			if (c == '\n' && ++newlines == 2) { /* blank line in plain text */
				if (cur >= 40)
					paras++;
				cur = 0;
			}
			space = 1;
			s++;
			continue;
		}
		newlines = 0;
		if (space && cur) {
			total++, cur++;
			if (tn < sizeof(tail))
				tail[tn++] = ' ';
		}
		space = 0;
		size_t step = 1;
		unsigned long cp;
		size_t rl;
		if (c == '&' && (rl = char_ref(s + 1, &cp)) > 0) {
			step = rl + 1;
			char u[4];
			size_t k = put_utf8(u, cp);
			if (tn + k > sizeof(tail)) {
				memmove(tail, tail + 48, tn - 48);
				tn -= 48;
			}
			memcpy(tail + tn, u, k);
			tn += k;
		} else {
			if (tn + 1 > sizeof(tail)) {
				memmove(tail, tail + 48, tn - 48);
				tn -= 48;
			}
			tail[tn++] = (char)c;
		}
		if ((c & 0xC0) != 0x80) /* count code points, not bytes */
			total++, cur++;
		s += step;
	}
	if (cur >= 40)
		paras++;
	while (tn && (tail[tn - 1] == ' ' || tail[tn - 1] == '>' || tail[tn - 1] == ')' ||
		      tail[tn - 1] == ']'))
		tn--;
	/* "»" and "→" after "read more" */
	while (tn >= 2 && (unsigned char)tail[tn - 2] == 0xC2 && (unsigned char)tail[tn - 1] == 0xBB)
		tn -= 2;
	while (tn && tail[tn - 1] == ' ')
		tn--;
	static const char *const marks[] = {
		"...", "\xE2\x80\xA6", "[\xE2\x80\xA6", "read more", "continue reading",
		"more", "\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xB5", /* далее */
		"\xD0\xBF\xD0\xBE\xD0\xB4\xD1\x80\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xB5\xD0\xB5", /* подробнее */
		"wi\xC4\x99" "cej", /* więcej */
		"\xD0\xBE\xD1\x89\xD0\xB5", /* още */
		NULL
	};
	int tr = 0;
	for (int i = 0; marks[i] && !tr; i++)
		tr = ends_with(tail, tn, marks[i]);
	if (chars)
		*chars = total;
	if (paragraphs)
		*paragraphs = paras;
	if (truncated)
		*truncated = tr;
}

int td_feed_is_full_text(size_t chars, size_t paragraphs, int truncated)
{
	if (truncated && chars < 3000)
		return 0;
	return chars >= 1500 || (chars >= 600 && paragraphs >= 3);
}

/* ---- items ---------------------------------------------------------- */

static void add_category(pctx *p, td_feed_item *it, const char *c, size_t *cap)
{
	if (!c)
		return;
	if (it->ncategories == *cap) {
		size_t nc = *cap ? *cap * 2 : 4;
		const char **v = td_arena_alloc(p->ar, nc * sizeof(*v));
		if (!v) {
			p->nomem = 1;
			return;
		}
		if (it->ncategories)
			memcpy(v, it->categories, it->ncategories * sizeof(*v));
		it->categories = v;
		*cap = nc;
	}
	it->categories[it->ncategories++] = c;
}

static void finish_item(td_feed_item *it, const char *feed_lang)
{
	size_t sc = 0, sp = 0, cc = 0, cp = 0;
	int st = 0, ct = 0;
	if (it->summary)
		td_feed_text_stats(it->summary, &sc, &sp, &st);
	if (it->content)
		td_feed_text_stats(it->content, &cc, &cp, &ct);
	if (it->content && cc >= sc) {
		it->body = it->content;
		it->body_chars = cc, it->body_paragraphs = cp;
	} else {
		it->body = it->summary;
		it->body_chars = sc, it->body_paragraphs = sp;
		ct = st;
	}
	it->full_text = it->body && td_feed_is_full_text(it->body_chars, it->body_paragraphs, ct);
	if (!it->lang)
		it->lang = feed_lang;
	if (!it->published)
		it->published = it->updated;
}

static void rss_item(pctx *p, xmlNodePtr n, td_feed_item *it)
{
	size_t ccap = 0;
	int permalink = 1;
	const char *guid = NULL;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (core(p, c, "title") && !it->title)
			it->title = plain_title(text_of(p, c));
		else if (core(p, c, "link") && !it->link)
			it->link = resolve(p, c, text_of(p, c));
		else if (core(p, c, "guid") && !guid) {
			guid = text_of(p, c);
			const char *pl = attr(p, c, "isPermaLink");
			permalink = !pl || strcasecmp(pl, "false") != 0;
		} else if (core(p, c, "description") && !it->summary)
			it->summary = text_of(p, c);
		else if (ext(c, NS_CONTENT, "encoded") && !it->content)
			it->content = text_of(p, c);
		else if (core(p, c, "pubDate") && !it->published)
			it->published = td_feed_parse_date(text_of(p, c));
		else if (ext(c, NS_DC, "date") && !it->published)
			it->published = td_feed_parse_date(text_of(p, c));
		else if ((ext(c, NS_ATOM, "updated") || ext(c, NS_DC, "modified")) && !it->updated)
			it->updated = td_feed_parse_date(text_of(p, c));
		else if ((core(p, c, "author") || ext(c, NS_DC, "creator")) && !it->author)
			it->author = plain_title(text_of(p, c));
		else if (core(p, c, "category") || ext(c, NS_DC, "subject"))
			add_category(p, it, plain_title(text_of(p, c)), &ccap);
	}
	if (p->kind == TD_FEED_RDF && !guid) {
		guid = attr(p, n, "about");
		permalink = 1;
	}
	it->id = guid;
	if (!it->link && guid && permalink &&
	    (!strncmp(guid, "http://", 7) || !strncmp(guid, "https://", 8)))
		it->link = guid;
	it->lang = node_lang(p, n);
}

static void atom_entry(pctx *p, xmlNodePtr n, td_feed_item *it)
{
	size_t ccap = 0;
	int link_rank = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (core(p, c, "id") && !it->id)
			it->id = text_of(p, c);
		else if (core(p, c, "title") && !it->title)
			it->title = atom_text_plain(p, c);
		else if (core(p, c, "link")) {
			const char *rel = attr(p, c, "rel");
			const char *type = attr(p, c, "type");
			int rank = 0;
			if (!rel || !strcmp(rel, "alternate") ||
			    !strcmp(rel, "http://www.iana.org/assignments/relation/alternate"))
				rank = !type || strstr(type, "html") ? 2 : 1;
			if (rank > link_rank) {
				const char *href = resolve(p, c, attr(p, c, "href"));
				if (href) {
					it->link = href;
					link_rank = rank;
				}
			}
		} else if (core(p, c, "summary") && !it->summary)
			it->summary = atom_text_html(p, c);
		else if (core(p, c, "content") && !it->content)
			it->content = atom_text_html(p, c);
		else if ((core(p, c, "published") || core(p, c, "issued")) && !it->published)
			it->published = td_feed_parse_date(text_of(p, c));
		else if ((core(p, c, "updated") || core(p, c, "modified")) && !it->updated)
			it->updated = td_feed_parse_date(text_of(p, c));
		else if (core(p, c, "author") && !it->author) {
			for (xmlNodePtr a = c->children; a; a = a->next)
				if (core(p, a, "name"))
					it->author = plain_title(text_of(p, a));
		} else if (core(p, c, "category")) {
			const char *l = attr(p, c, "label");
			add_category(p, it, l ? l : attr(p, c, "term"), &ccap);
		} else if (ext(c, NS_CONTENT, "encoded") && !it->content)
			it->content = text_of(p, c);
	}
	it->lang = node_lang(p, n);
}

/* ---- document ------------------------------------------------------- */

/* Whether the document declares entities, in UTF-8 / 8-bit encodings or
 * in UTF-16 (either byte order). */
static int declares_entities(const char *s, size_t n)
{
	static const char u8[] = "<!ENTITY";
	static const char le[] = "<\0!\0E\0N\0T\0I\0T\0Y";
	if (memmem(s, n, u8, sizeof(u8) - 1))
		return 1;
	if (memmem(s, n, le, sizeof(le) - 1)) /* also matches big-endian one byte on */
		return 1;
	return 0;
}

static void set_detail(char *d, size_t n, const char *msg, int line)
{
	if (!d || !n)
		return;
	if (line > 0)
		snprintf(d, n, "line %d: %s", line, msg);
	else
		snprintf(d, n, "%s", msg);
	size_t k = strlen(d);
	while (k && (d[k - 1] == '\n' || d[k - 1] == ' '))
		d[--k] = 0;
}

char *td_feed_plain_text(td_arena *ar, const char *html)
{
	if (!html)
		return NULL;
	char *s = td_arena_strndup(ar, html, strlen(html));
	if (s)
		html_to_line(s);
	return s;
}

const char *td_feed_kind_name(td_feed_kind k)
{
	switch (k) {
	case TD_FEED_RSS: return "rss";
	case TD_FEED_RDF: return "rdf";
	case TD_FEED_ATOM: return "atom";
	}
	return "";
}

/* The first error of a parse: the one that explains it (later ones are
 * consequences, such as "Premature end of data"). */
typedef struct {
	char msg[200];
	int line;
} first_error;

static void on_xml_error(void *ctx, xmlErrorPtr e)
{
	xmlParserCtxtPtr c = ctx;
	first_error *fe = c ? c->_private : NULL;
	if (!fe || fe->msg[0] || !e || !e->message || e->level < XML_ERR_ERROR)
		return;
	snprintf(fe->msg, sizeof(fe->msg), "%s", e->message);
	fe->line = e->line;
}

/* The encoding to impose: charset when the document has no BOM and its
 * XML declaration names no encoding; NULL otherwise. */
static const char *outer_charset(const char *data, size_t len, const char *charset)
{
	if (!charset || !*charset)
		return NULL;
	if (len >= 2 && ((unsigned char)data[0] >= 0xFE || (unsigned char)data[0] == 0xEF ||
			 !data[0] || !data[1]))
		return NULL; /* a BOM or UTF-16/32 */
	if (len >= 5 && !memcmp(data, "<?xml", 5)) {
		const char *end = memmem(data, len < 256 ? len : 256, "?>", 2);
		if (end && memmem(data, (size_t)(end - data), "encoding", 8))
			return NULL;
	}
	return charset;
}

static int is_item(const pctx *p, xmlNodePtr n)
{
	return p->kind == TD_FEED_ATOM ? core(p, n, "entry") : core(p, n, "item");
}

int td_feed_parse(const char *data, size_t len, const char *url, const td_feed_opts *opts,
		  td_arena *ar, td_feed *out, char *detail, size_t detail_len)
{
	size_t max = opts && opts->max_bytes ? opts->max_bytes : TD_FEED_DEFAULT_MAX_BYTES;
	size_t max_items = opts && opts->max_items ? opts->max_items : TD_FEED_DEFAULT_MAX_ITEMS;
	memset(out, 0, sizeof(*out));
	if (detail && detail_len)
		detail[0] = 0;
	if (len > max) {
		set_detail(detail, detail_len, "feed larger than the size limit", 0);
		return TD_ERR_TOOBIG;
	}
	while (len && (*data == ' ' || *data == '\t' || *data == '\r' || *data == '\n'))
		data++, len--;
	if (!len) {
		set_detail(detail, detail_len, "empty document", 0);
		return TD_ERR_EMPTY;
	}
	if (len > (size_t)1 << 30)
		return TD_ERR_TOOBIG;
	if (declares_entities(data, len)) {
		set_detail(detail, detail_len, "the document declares entities (refused)", 0);
		return TD_ERR_PARSE;
	}
	pthread_once(&xml_once, xml_init);
	xmlParserCtxtPtr ctx = xmlNewParserCtxt();
	if (!ctx)
		return TD_ERR_NOMEM;
	int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS;
	first_error fe = {{0}, 0};
	ctx->_private = &fe;
	ctx->sax->serror = on_xml_error;
	const char *enc = outer_charset(data, len, opts ? opts->charset : NULL);
	xmlDocPtr doc = xmlCtxtReadMemory(ctx, data, (int)len, url, enc, flags);
	if (!doc || !ctx->wellFormed) {
		const xmlError *e = xmlCtxtGetLastError(ctx);
		if (fe.msg[0])
			set_detail(detail, detail_len, fe.msg, fe.line);
		else
			set_detail(detail, detail_len,
				   e && e->message ? e->message : "malformed XML", e ? e->line : 0);
		xmlFreeDoc(doc);
		xmlFreeParserCtxt(ctx);
		return TD_ERR_PARSE;
	}
	xmlFreeParserCtxt(ctx);
	int rc = 0;
	pctx p = {.ar = ar, .doc = doc, .max = 4 * len + 4096};
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr chan = NULL, items_parent = NULL;
	if (doc->intSubset && doc->intSubset->entities) {
		set_detail(detail, detail_len, "the document declares entities (refused)", 0);
		rc = TD_ERR_PARSE;
		goto out;
	}
	if (root && name_is(root, "rss")) {
		p.kind = TD_FEED_RSS;
		for (xmlNodePtr c = root->children; c && !chan; c = c->next)
			if (core(&p, c, "channel"))
				chan = c;
		items_parent = chan;
	} else if (root && name_is(root, "RDF") && ns_is(root, NS_RDF)) {
		p.kind = TD_FEED_RDF;
		for (xmlNodePtr c = root->children; c && !chan; c = c->next)
			if (core(&p, c, "channel"))
				chan = c;
		items_parent = root;
	} else if (root && name_is(root, "feed") && (ns_is(root, NS_ATOM) || ns_is(root, NS_ATOM03))) {
		p.kind = TD_FEED_ATOM;
		chan = items_parent = root;
	}
	if (!chan) {
		char what[128];
		snprintf(what, sizeof(what), "root element <%s> is not an RSS or Atom feed",
			 root ? (const char *)root->name : "");
		set_detail(detail, detail_len, what, 0);
		rc = TD_ERR_FORMAT;
		goto out;
	}
	out->kind = p.kind;
	/* Channel metadata. */
	for (xmlNodePtr c = chan->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (core(&p, c, "title") && !out->title)
			out->title = p.kind == TD_FEED_ATOM ? atom_text_plain(&p, c)
							     : plain_title(text_of(&p, c));
		else if (core(&p, c, "link") && !out->site) {
			if (p.kind == TD_FEED_ATOM) {
				const char *rel = attr(&p, c, "rel");
				if (!rel || !strcmp(rel, "alternate"))
					out->site = resolve(&p, c, attr(&p, c, "href"));
			} else
				out->site = resolve(&p, c, text_of(&p, c));
		} else if ((core(&p, c, "description") || core(&p, c, "subtitle") ||
			    core(&p, c, "tagline")) && !out->description)
			out->description = plain_title(text_of(&p, c));
		else if ((core(&p, c, "language") || ext(c, NS_DC, "language")) && !out->lang)
			out->lang = text_of(&p, c);
		else if ((core(&p, c, "lastBuildDate") || core(&p, c, "updated") ||
			  core(&p, c, "modified") || ext(c, NS_DC, "date")) && !out->updated)
			out->updated = td_feed_parse_date(text_of(&p, c));
		else if (core(&p, c, "ttl")) {
			const char *t = text_of(&p, c);
			long v = t ? strtol(t, NULL, 10) : 0;
			out->ttl_minutes = v > 0 && v < 100000 ? (int)v : 0;
		}
	}
	if (!out->lang)
		out->lang = node_lang(&p, chan);
	size_t n = 0;
	for (xmlNodePtr c = items_parent->children; c; c = c->next)
		if (is_item(&p, c))
			n++;
	if (n > max_items)
		n = max_items;
	if (n) {
		out->items = td_arena_calloc(ar, n * sizeof(td_feed_item));
		if (!out->items) {
			rc = TD_ERR_NOMEM;
			goto out;
		}
	}
	for (xmlNodePtr c = items_parent->children; c && out->nitems < n; c = c->next) {
		if (!is_item(&p, c))
			continue;
		td_feed_item *it = &out->items[out->nitems++];
		if (p.kind == TD_FEED_ATOM)
			atom_entry(&p, c, it);
		else
			rss_item(&p, c, it);
		finish_item(it, out->lang);
	}
	if (p.nomem)
		rc = TD_ERR_NOMEM;
out:
	free(p.buf);
	xmlFreeDoc(doc);
	return rc;
}
