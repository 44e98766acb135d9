/* classify.c - news-or-not and category from multilingual weighted lexicons.
 *
 * The lexicon (src/classify_lex.inc, generated from data/classify/seeds.txt)
 * maps stems and words of fifteen languages to a class: one of the seven
 * categories, "notnews" (advice, recipes, adverts, evergreen explainers),
 * "person" (first and second person pronouns) or "news" (reporting verbs,
 * sources, the days and months a report is dated by). Each word of the
 * headline and of the body's lead (first 1 KiB; up to 4 KiB when the lead
 * leaves the decision open) is case-folded and walked down a byte trie of
 * the lexicon; the longest matching stem (or an exact word, which wins)
 * adds its weight to its class, the n-th repeat of one entry adding 1/n of
 * it, headline words counting double and words after the lead 0.4. The
 * categories' sums plus small priors give the category and, through a
 * softmax, its confidence; news evidence (plus the density of capitalised
 * names) against not-news evidence (plus pronoun density outside quotes and
 * headline cues: a listicle number, a question, "how"/"why") gives is_news.
 * See docs/classify.md.
 *
 * Memory: the index is built once (about 1 MiB, shared, read-only);
 * classifying uses about 3 KiB of stack and allocates nothing. */
#include "tidings/classify.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "tidings/error.h"

typedef struct {
	const char *s;
	uint8_t kind; /* bit 0: prefix (else exact word); bit 1: only when the
		       * language is known (a short word of several languages) */
	uint8_t cls;  /* CLS_* */
	uint8_t w10;  /* weight times ten */
	uint16_t langs;
} lex_row;

#include "classify_lex.inc"

enum {
	CLS_SOCIETY = 0, CLS_ECONOMY, CLS_TECHNOLOGY, CLS_SPORTS, CLS_ENTERTAINMENT,
	CLS_SCIENCE, CLS_OTHER, CLS_NOTNEWS, CLS_NEWS, CLS_PERSON, CLS_N
};
#define NCAT 7

static const char *const lex_langs[] = {"ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr",
					"en", "de", "fr", "es", "it", "pt", "nl"};
#define NLEX_LANGS (sizeof(lex_langs) / sizeof(lex_langs[0]))
#define NROWS (sizeof(lex_rows) / sizeof(lex_rows[0]))

/* Model constants (see docs/classify.md for how they were chosen). */
#define TITLE_W 2.0f       /* a headline word counts this much more */
#define BODY_MAX 4096      /* body bytes read at most */
#define LEAD_BYTES 1024    /* the lead: full weight */
#define REST_W 0.4f        /* weight of body words after the lead */
#define DECIDED_MARGIN 3.0f /* the lead decides alone when its best category leads */
#define DECIDED_NEWS 3.0f   /* by this much and |news_score| is at least this */
#define NEWS_A 1.0f        /* weight of news evidence against not-news */
#define NEWS_BIAS 1.0f     /* news_score of a text with no cue at all */
#define LISTICLE_W 3.0f    /* "10 rules of...", "5 ways to..." */
#define QUESTION_W 1.0f    /* a headline that asks */
#define HOWWHY_W 1.5f      /* a headline opening with how/why/what */
#define SOFTMAX_T 1.0f
#define CAPS_BASE 6.0f     /* capitalised words per 100 mid-sentence: news has more */
#define CAPS_W 0.3f        /* news evidence per point above it */
#define CAPS_CLAMP 5.0f
#define CAPS_MIN_WORDS 30
#define SHORT_WORDS 8      /* below this many words a text needs a news cue */
#define PERSON_BASE 1.5f   /* pronouns per 100 words that quotes in news reach */
#define PERSON_W 1.0f      /* not-news evidence per pronoun per 100 words above it */

/* Category priors (added to the evidence): society is the commonest
 * news category, "other" the last resort. Index CLS_*. */
static const float cat_prior[NCAT] = {0.6f, 0.2f, 0.2f, 0.2f, 0.3f, 0.0f, -0.3f};

/* Words that open an explainer or advice headline. */
static const char *const howwhy[] = {
	"как", "почему", "зачем", "что", "чем", "сколько", "чому", "навіщо", "як", "скільки",
	"защо", "колко", "jak", "dlaczego", "ile", "proč", "kolik", "prečo", "ako", "koľko",
	"zakaj", "koliko", "kako", "zašto",
	"how", "why", "what", "wie", "warum", "was", "comment", "pourquoi", "cómo", "qué",
};

/* ---- index -------------------------------------------------------------- */

typedef struct {
	uint32_t pre_first, ex_first;
	uint16_t pre_n, ex_n;
} node;

static struct {
	node *nodes;
	uint32_t nnodes;
	uint64_t *edges; /* transitions: key (parent << 8 | byte) + 1 in the low
			  * half, the child in the high half (bit 31: it has rows) */
	uint32_t mask, shift;
	int err;
} ix;

static pthread_once_t ix_once = PTHREAD_ONCE_INIT;

static inline uint32_t hash32(uint32_t k)
{
	k ^= k >> 16;
	k *= 0x7feb352dU;
	k ^= k >> 15;
	k *= 0x846ca68bU;
	k ^= k >> 16;
	return k;
}

#define HAS_ROWS 0x80000000u

/* The child of parent by byte b (with HAS_ROWS when it ends a row), or 0. */
static inline uint32_t child(uint32_t parent, unsigned char b)
{
	uint32_t key = ((parent << 8) | b) + 1;
	for (uint32_t h = (key * 0x9E3779B1u) >> ix.shift;; h = (h + 1) & ix.mask) {
		uint64_t e = ix.edges[h];
		if ((uint32_t)e == key)
			return (uint32_t)(e >> 32);
		if (!e)
			return 0;
	}
}

static void build(void)
{
	size_t bytes = 1;
	for (size_t i = 0; i < NROWS; i++)
		bytes += strlen(lex_rows[i].s);
	uint32_t cap = 1024;
	while (cap < bytes * 2)
		cap <<= 1;
	ix.nodes = calloc(bytes + 1, sizeof(node));
	ix.edges = calloc(cap, sizeof(uint64_t));
	if (!ix.nodes || !ix.edges) {
		free(ix.nodes);
		free(ix.edges);
		ix.err = TD_ERR_NOMEM;
		return;
	}
	ix.mask = cap - 1;
	ix.shift = 32;
	for (uint32_t c = cap; c > 1; c >>= 1)
		ix.shift--;
	ix.nnodes = 1; /* node 0 is the root */
	for (size_t i = 0; i < NROWS; i++) {
		const unsigned char *s = (const unsigned char *)lex_rows[i].s;
		uint32_t cur = 0;
		for (; *s; s++) {
			uint32_t nx = child(cur, *s) & ~HAS_ROWS;
			if (!nx) {
				uint32_t key = ((cur << 8) | *s) + 1, h = (key * 0x9E3779B1u) >> ix.shift;
				while (ix.edges[h])
					h = (h + 1) & ix.mask;
				nx = ix.nnodes++;
				ix.edges[h] = (uint64_t)key | (uint64_t)nx << 32;
			}
			cur = nx;
		}
		/* Rows are sorted by string then kind: equal keys are adjacent. */
		node *n = &ix.nodes[cur];
		if (lex_rows[i].kind & 1) {
			if (!n->pre_n)
				n->pre_first = (uint32_t)i;
			n->pre_n++;
		} else {
			if (!n->ex_n)
				n->ex_first = (uint32_t)i;
			n->ex_n++;
		}
	}
	/* Flag the edges into nodes that end rows. */
	for (uint32_t h = 0; h <= ix.mask; h++) {
		uint32_t nx = (uint32_t)(ix.edges[h] >> 32);
		if (ix.edges[h] && (ix.nodes[nx].pre_n || ix.nodes[nx].ex_n))
			ix.edges[h] |= (uint64_t)HAS_ROWS << 32;
	}
}

int td_classify_init(void)
{
	pthread_once(&ix_once, build);
	return ix.err;
}

/* ---- tokens --------------------------------------------------------------- */

/* Decodes one code point of valid-or-not UTF-8; *n >= 1. */
static inline uint32_t decode(const unsigned char *s, size_t len, int *n)
{
	unsigned c = s[0];
	*n = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xC2 && c <= 0xDF && len >= 2 && (s[1] & 0xC0) == 0x80) {
		*n = 2;
		return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
	}
	if (c >= 0xE0 && c <= 0xEF && len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*n = 3;
		return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	}
	if (c >= 0xF0 && c <= 0xF4 && len >= 4 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
		*n = 4;
		return ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
		       (s[3] & 0x3Fu);
	}
	return 0xFFFD;
}

static inline int encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Case fold as the lexicon does: lower case, "ё" as "е". 0 when cp is
 * not part of a word. */
static inline uint32_t fold(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			return cp + 32;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
			return cp;
		return 0;
	}
	if (cp >= 0x430 && cp <= 0x44F)
		return cp;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20;
	if (cp == 0x451 || cp == 0x401)
		return 0x435;
	if (!u_isalpha((UChar32)cp)) {
		if (cp >= 0x300 && cp <= 0x36F) /* combining marks stay in the word */
			return cp;
		return 0;
	}
	return (uint32_t)u_tolower((UChar32)cp);
}

static inline int is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/* ---- scoring -------------------------------------------------------------- */

#define HITS 512 /* distinct rows tracked per text for the 1/n repeats */

typedef struct {
	float ev[CLS_N];
	uint16_t langbit;   /* 0: every language */
	uint32_t hit_row[HITS];
	uint8_t hit_n[HITS];
	unsigned nhits, tokens;
	float person;         /* weighted first/second person pronouns */
	int quoted;           /* inside quotation marks */
	int sent_start;       /* the next word opens a sentence */
	unsigned body_words, caps; /* body words; those capitalised mid-sentence */
	/* headline cues */
	int title_first_num;  /* the headline starts with a number 2..100 */
	int after_num;        /* the word after it: -1 unknown, 0 plain, 1 news/unit */
} scorer;

static inline int row_ok(const scorer *sc, const lex_row *r)
{
	return sc->langbit ? (r->langs & sc->langbit) != 0 : !(r->kind & 2);
}

/* Finds the rows for a folded word: exact rows of the whole word, else the
 * deepest prefix rows (allowed for the language). Returns the first row
 * and stores the count in *n; *n == 0 when nothing matched. */
static uint32_t lookup(const scorer *sc, const char *w, size_t len, unsigned *n)
{
	uint32_t cur = 0, best_first = 0, e = 0;
	unsigned best_n = 0;
	size_t i = 0;
	for (; i < len; i++) {
		e = child(cur, (unsigned char)w[i]);
		cur = e & ~HAS_ROWS;
		if (!cur)
			break;
		if (!(e & HAS_ROWS))
			continue;
		const node *nd = &ix.nodes[cur];
		/* A prefix must end on a character boundary. */
		if (nd->pre_n && !(i + 1 < len && ((unsigned char)w[i + 1] & 0xC0) == 0x80)) {
			for (unsigned k = 0; k < nd->pre_n; k++)
				if (row_ok(sc, &lex_rows[nd->pre_first + k])) {
					best_first = nd->pre_first;
					best_n = nd->pre_n;
					break;
				}
		}
	}
	if (i == len && cur && (e & HAS_ROWS)) {
		const node *nd = &ix.nodes[cur];
		for (unsigned k = 0; k < nd->ex_n; k++)
			if (row_ok(sc, &lex_rows[nd->ex_first + k])) {
				*n = nd->ex_n;
				return nd->ex_first;
			}
	}
	*n = best_n;
	return best_first;
}

/* The n-th occurrence of a row in a text counts 1/n. */
static unsigned repeat(scorer *sc, uint32_t row)
{
	uint32_t h = hash32(row + 1) & (HITS - 1);
	for (unsigned probe = 0; probe < HITS; probe++, h = (h + 1) & (HITS - 1)) {
		if (sc->hit_n[h] && sc->hit_row[h] == row) {
			if (sc->hit_n[h] < 255)
				sc->hit_n[h]++;
			return sc->hit_n[h];
		}
		if (!sc->hit_n[h]) {
			if (sc->nhits >= HITS * 3 / 4)
				return 1;
			sc->hit_row[h] = row;
			sc->hit_n[h] = 1;
			sc->nhits++;
			return 1;
		}
	}
	return 1;
}

/* Scores one folded word; returns the classes it hit as a bit set. */
static unsigned score_word(scorer *sc, const char *w, size_t len, float posw)
{
	unsigned n, classes = 0;
	uint32_t first = lookup(sc, w, len, &n);
	for (unsigned k = 0; k < n; k++) {
		const lex_row *r = &lex_rows[first + k];
		if (!row_ok(sc, r))
			continue;
		if (r->cls == CLS_PERSON) {
			/* Pronouns count by density, every occurrence alike, and
			 * not in quoted speech: there news quotes people. */
			if (!sc->quoted)
				sc->person += (float)r->w10 * 0.1f;
			classes |= 1u << r->cls;
			continue;
		}
		unsigned rep = repeat(sc, first + k);
		sc->ev[r->cls] += (float)r->w10 * 0.1f * posw / (float)rep;
#ifdef TD_CLASSIFY_DEBUG
		/* TD_CLASSIFY_DEBUG=<class>: every hit of that class on stderr. */
		if (getenv("TD_CLASSIFY_DEBUG") && r->cls == atoi(getenv("TD_CLASSIFY_DEBUG")))
			fprintf(stderr, "%d %.*s -> %s %.2f\n", r->cls, (int)len, w, r->s,
				(double)((float)r->w10 * 0.1f * posw / (float)rep));
#endif
		classes |= 1u << r->cls;
	}
	return classes;
}

static int is_howwhy(const char *w, size_t len)
{
	for (size_t i = 0; i < sizeof(howwhy) / sizeof(howwhy[0]); i++)
		if (strlen(howwhy[i]) == len && !memcmp(howwhy[i], w, len))
			return 1;
	return 0;
}

/* Walks the words of s[0..len), each weighing posw. title: the headline
 * (headline cues, no name density). */
static void scan(scorer *sc, const char *str, size_t len, float posw, int title)
{
	const unsigned char *s = (const unsigned char *)str;
	char w[128];
	size_t wl = 0, i = 0;
	int hyphens = 0, digits_only = 1, nword = 0, upper = 0;
	for (;;) {
		uint32_t cp = 0, f = 0;
		int n = 1;
		/* Fast paths: ASCII letters and digits, basic Cyrillic letters. */
		if (i < len && s[i] < 0x80) {
			unsigned c = s[i], l = c | 0x20;
			if ((l >= 'a' && l <= 'z') || (c >= '0' && c <= '9')) {
				unsigned fc = l >= 'a' && l <= 'z' ? l : c;
				if (!wl)
					upper = fc != c;
				if (wl + 4 < sizeof(w))
					w[wl++] = (char)fc;
				else
					wl = sizeof(w);
				if (fc > '9')
					digits_only = 0;
				i++;
				continue;
			}
		} else if (i + 1 < len && (s[i] == 0xD0 || s[i] == 0xD1) && (s[i + 1] & 0xC0) == 0x80) {
			uint32_t c = ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
			if (c >= 0x410 && c <= 0x44F) {
				uint32_t fc = c < 0x430 ? c + 0x20 : c;
				if (!wl)
					upper = c < 0x430;
				if (wl + 4 < sizeof(w)) {
					w[wl++] = (char)(0xC0 | (fc >> 6));
					w[wl++] = (char)(0x80 | (fc & 0x3F));
				} else
					wl = sizeof(w);
				digits_only = 0;
				i += 2;
				continue;
			}
		}
		if (i < len) {
			cp = decode(s + i, len - i, &n);
			f = fold(cp);
			/* Apostrophes and hyphens join letters ("you're", "п'ятниця",
			 * "wi-fi"); anything else ends the word. */
			if (!f && wl && i + (size_t)n < len && (is_apostrophe(cp) || cp == '-' || cp == 0x2010)) {
				int n2;
				uint32_t nx = fold(decode(s + i + n, len - i - (size_t)n, &n2));
				if (nx) {
					f = is_apostrophe(cp) ? '\'' : '-';
					hyphens += f == '-';
				}
			}
		}
		if (f) {
			if (!wl)
				upper = f != cp;
			if (wl + 4 < sizeof(w))
				wl += (size_t)encode(f, w + wl);
			else
				wl = sizeof(w); /* too long: ignored */
			if (f < '0' || f > '9')
				digits_only = 0;
			i += (size_t)n;
			continue;
		}
		if (wl && wl < sizeof(w) && !title) {
			/* Names mid-sentence: news is about named people and places. */
			sc->body_words++;
			if (upper && !sc->sent_start && !digits_only)
				sc->caps++;
		}
		if (wl)
			sc->sent_start = 0;
		if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == 0x2026)
			sc->sent_start = 1;
		if (cp == '"')
			sc->quoted = !sc->quoted;
		else if (cp == 0x201C || cp == 0x00AB || cp == 0x201E)
			sc->quoted = 1;
		else if (cp == 0x201D || cp == 0x00BB)
			sc->quoted = 0;
		if (wl && wl < sizeof(w)) {
			sc->tokens++;
			unsigned classes = score_word(sc, w, wl, posw);
			if (!classes && hyphens) {
				/* "экс-президент": the parts. */
				size_t a = 0;
				for (size_t k = 0; k <= wl; k++)
					if (k == wl || w[k] == '-') {
						if (k > a)
							classes |= score_word(sc, w + a, k - a, posw);
						a = k + 1;
					}
			}
			if (title) {
				if (nword == 0) {
					if (digits_only && wl <= 3) {
						int v = atoi(w);
						sc->title_first_num = v >= 2 && v <= 100;
					} else if (is_howwhy(w, wl))
						sc->ev[CLS_NOTNEWS] += HOWWHY_W;
				} else if (nword == 1 && sc->title_first_num) {
					sc->after_num = digits_only ||
						(classes & ((1u << CLS_NEWS) | (1u << CLS_ECONOMY))) ? 1 : 0;
				}
				nword++;
			}
		}
		wl = 0;
		hyphens = 0;
		digits_only = 1;
		if (i >= len)
			break;
		i += (size_t)n;
	}
}

static uint16_t lang_bit(const char *lang)
{
	if (!lang || !lang[0])
		return 0;
	for (size_t i = 0; i < NLEX_LANGS; i++)
		if (!strcmp(lang, lex_langs[i]))
			return (uint16_t)(1u << i);
	return 0;
}

/* Cuts n bytes of s back to a space, or else to a character boundary. */
static size_t cut(const char *s, size_t n)
{
	for (size_t k = n; k + 48 > n && k > 0; k--)
		if (s[k] == ' ' || s[k] == '\n')
			return k;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Turns the evidence gathered so far into *out. */
static void decide(const scorer *sc, const char *title, size_t title_len, td_classify_result *out)
{
	/* Headline cues of advice and listicles; pronoun density. */
	float notnews = sc->ev[CLS_NOTNEWS];
	if (sc->tokens) {
		float dens = 100.0f * sc->person / (float)sc->tokens;
		if (dens > PERSON_BASE)
			notnews += PERSON_W * (dens - PERSON_BASE);
	}
	if (sc->title_first_num && sc->after_num == 0)
		notnews += LISTICLE_W;
	if (title && title_len) {
		size_t e = title_len;
		while (e && (title[e - 1] == ' ' || title[e - 1] == '\n' || title[e - 1] == '\r'))
			e--;
		if (e && title[e - 1] == '?')
			notnews += QUESTION_W;
	}
	float news = sc->ev[CLS_NEWS];
	if (sc->body_words >= CAPS_MIN_WORDS) {
		float d = 100.0f * (float)sc->caps / (float)sc->body_words - CAPS_BASE;
		news += CAPS_W * (d > CAPS_CLAMP ? CAPS_CLAMP : d < -CAPS_CLAMP ? -CAPS_CLAMP : d);
	}
	out->news_evidence = news;
	out->notnews_evidence = notnews;
	out->news_score = NEWS_A * news - notnews + NEWS_BIAS;
	/* A few words with no news cue cannot report anything. */
	out->is_news = out->news_score > 0 && (sc->tokens >= SHORT_WORDS || sc->ev[CLS_NEWS] > 0);
	out->tokens = sc->tokens;

	int best = 0;
	float sc7[NCAT], mx = -1e30f, second = -1e30f;
	for (int c = 0; c < NCAT; c++) {
		sc7[c] = sc->ev[c] + cat_prior[c];
		out->scores[c + 1] = sc7[c];
		if (sc7[c] > mx) {
			second = mx;
			mx = sc7[c];
			best = c;
		} else if (sc7[c] > second)
			second = sc7[c];
	}
	float z = 0;
	for (int c = 0; c < NCAT; c++)
		z += expf((sc7[c] - mx) / SOFTMAX_T);
	out->category = (td_category)(best + 1);
	out->confidence = 1.0f / z;
	out->margin = mx - second;
}

int td_classify_text(const char *title, size_t title_len, const char *body, size_t body_len,
		     const char *lang, td_classify_result *out)
{
	memset(out, 0, sizeof(*out));
	int rc = td_classify_init();
	if (rc < 0)
		return rc;
	scorer sc;
	memset(&sc, 0, sizeof(sc));
	sc.langbit = lang_bit(lang);
	sc.after_num = -1;
	if (title && title_len)
		scan(&sc, title, title_len, TITLE_W, 1);
	if (body && body_len) {
		/* Inverted pyramid: the lead says what the story is about, the
		 * rest counts less, and is read only when the lead left the
		 * decision open. */
		size_t n = body_len > BODY_MAX ? cut(body, BODY_MAX) : body_len;
		size_t lead = n > LEAD_BYTES ? cut(body, LEAD_BYTES) : n;
		sc.sent_start = 1;
		scan(&sc, body, lead, 1.0f, 0);
		if (n > lead) {
			decide(&sc, title, title_len, out);
			if (out->margin >= DECIDED_MARGIN && (out->news_score >= DECIDED_NEWS ||
							       out->news_score <= -DECIDED_NEWS))
				return 0;
			scan(&sc, body + lead, n - lead, REST_W, 0);
		}
	}
	decide(&sc, title, title_len, out);
	return 0;
}

int td_classify_article(td_article *a)
{
	td_classify_result r;
	const char *title = a->title ? a->title : "";
	const char *body = a->body;
	size_t blen = a->body_len;
	if (!a->title && !a->body && a->text) {
		body = a->text;
		blen = a->text_len;
	}
	int rc = td_classify_text(title, strlen(title), body ? body : "", body ? blen : 0,
				  a->lang, &r);
	if (rc < 0)
		return rc;
	a->is_news = r.is_news;
	a->category = r.category;
	a->category_conf = r.confidence;
	return 0;
}
