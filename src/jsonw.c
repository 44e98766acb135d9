/* jsonw.c - streaming JSON writer (RFC 8259 escaping). */
#include "tidings/jsonw.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/utf8.h"

void td_jw_init(td_jw *w)
{
	memset(w, 0, sizeof(*w));
}

void td_jw_free(td_jw *w)
{
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

void td_jw_reset(td_jw *w)
{
	w->len = 0;
	w->err = 0;
	w->depth = 0;
	w->after_key = 0;
}

void td_jw_drain(td_jw *w)
{
	w->len = 0;
	if (w->buf)
		w->buf[0] = 0;
}

static void put(td_jw *w, const char *s, size_t n)
{
	if (w->err)
		return;
	if (w->len + n + 1 > w->cap) {
		size_t nc = w->cap ? w->cap : 4096;
		while (nc < w->len + n + 1)
			nc *= 2;
		char *nb = realloc(w->buf, nc);
		if (!nb) {
			w->err = 1;
			return;
		}
		w->buf = nb;
		w->cap = nc;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = 0;
}

void td_jw_raw(td_jw *w, const char *s, size_t n)
{
	put(w, s, n);
}

static void sep(td_jw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0) {
		if (!w->first[w->depth - 1])
			put(w, ",", 1);
		w->first[w->depth - 1] = 0;
	}
}

static void open_c(td_jw *w, char c)
{
	sep(w);
	put(w, &c, 1);
	if (w->depth < 64)
		w->first[w->depth] = 1;
	w->depth++;
}

static void close_c(td_jw *w, char c)
{
	if (w->depth > 0)
		w->depth--;
	put(w, &c, 1);
}

void td_jw_obj(td_jw *w) { open_c(w, '{'); }
void td_jw_obj_end(td_jw *w) { close_c(w, '}'); }
void td_jw_arr(td_jw *w) { open_c(w, '['); }
void td_jw_arr_end(td_jw *w) { close_c(w, ']'); }

static void put_escaped(td_jw *w, const char *s, size_t n)
{
	put(w, "\"", 1);
	size_t run = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
			i++;
			run++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			i += 2; /* a two-byte character: Latin, Greek, Cyrillic */
			run += 2;
			continue;
		}
		if (c >= 0x80) {
			/* A valid multi-byte character stays in the run; an invalid
			 * byte becomes U+FFFD. */
			int len;
			uint32_t cp = td_utf8_decode(s + i, n - i, &len);
			if (!(cp == 0xFFFD && len == 1)) {
				i += (size_t)len;
				run += (size_t)len;
				continue;
			}
			put(w, s + i - run, run);
			run = 0;
			put(w, "\xEF\xBF\xBD", 3);
			i++;
			continue;
		}
		put(w, s + i - run, run);
		run = 0;
		char esc[8];
		switch (c) {
		case '"': put(w, "\\\"", 2); break;
		case '\\': put(w, "\\\\", 2); break;
		case '\n': put(w, "\\n", 2); break;
		case '\t': put(w, "\\t", 2); break;
		case '\r': put(w, "\\r", 2); break;
		default:
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			put(w, esc, 6);
		}
		i++;
	}
	put(w, s + n - run, run);
	put(w, "\"", 1);
}

void td_jw_key(td_jw *w, const char *k)
{
	sep(w);
	put_escaped(w, k, strlen(k));
	put(w, ":", 1);
	w->after_key = 1;
}

void td_jw_strn(td_jw *w, const char *s, size_t n)
{
	sep(w);
	put_escaped(w, s, n);
}

void td_jw_str(td_jw *w, const char *s)
{
	if (!s) {
		td_jw_null(w);
		return;
	}
	td_jw_strn(w, s, strlen(s));
}

void td_jw_int(td_jw *w, long long v)
{
	char b[32];
	int n = snprintf(b, sizeof(b), "%lld", v);
	sep(w);
	put(w, b, (size_t)n);
}

void td_jw_num(td_jw *w, double v)
{
	if (!isfinite(v)) {
		td_jw_null(w);
		return;
	}
	char b[40];
	int n;
	if (fabs(v) < 1e6 && v == (double)(long)v && !(v == 0 && signbit(v))) {
		/* A whole number of six digits or fewer: what "%.6g" prints,
		 * without the formatting machinery. */
		long x = (long)v;
		unsigned long u = x < 0 ? (unsigned long)-x : (unsigned long)x;
		char d[24];
		int k = 0;
		do {
			d[k++] = (char)('0' + u % 10);
			u /= 10;
		} while (u);
		n = 0;
		if (x < 0)
			b[n++] = '-';
		while (k)
			b[n++] = d[--k];
	} else
		n = snprintf(b, sizeof(b), "%.6g", v);
	sep(w);
	put(w, b, (size_t)n);
}

void td_jw_bool(td_jw *w, int v)
{
	sep(w);
	put(w, v ? "true" : "false", v ? 4 : 5);
}

void td_jw_null(td_jw *w)
{
	sep(w);
	put(w, "null", 4);
}

int td_jw_finish(td_jw *w)
{
	return w->err ? TD_ERR_NOMEM : 0;
}

void td_jw_kstr(td_jw *w, const char *k, const char *s)
{
	td_jw_key(w, k);
	td_jw_str(w, s);
}

void td_jw_kint(td_jw *w, const char *k, long long v)
{
	td_jw_key(w, k);
	td_jw_int(w, v);
}

void td_jw_knum(td_jw *w, const char *k, double v)
{
	td_jw_key(w, k);
	td_jw_num(w, v);
}

void td_jw_kbool(td_jw *w, const char *k, int v)
{
	td_jw_key(w, k);
	td_jw_bool(w, v);
}

void td_jw_day(td_jw *w, int32_t day)
{
	char b[11];
	if (day == TD_NODATE) {
		td_jw_null(w);
		return;
	}
	td_day_format(day, b);
	td_jw_str(w, b);
}
