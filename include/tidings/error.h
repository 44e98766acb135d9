/* error.h - status codes shared by every tidings module. */
#ifndef TIDINGS_ERROR_H
#define TIDINGS_ERROR_H

/* Every fallible tidings call returns 0 on success or one of these
 * negative codes. td_strerror() gives a short English description. */
enum {
	TD_OK = 0,
	TD_ERR_NOMEM = -1,     /* out of memory */
	TD_ERR_IO = -2,        /* cannot open or read a file */
	TD_ERR_EMPTY = -3,     /* the input holds no text */
	TD_ERR_TOOBIG = -4,    /* the input is larger than the configured limit */
	TD_ERR_UTF8 = -5,      /* the input is not valid UTF-8 */
	TD_ERR_BINARY = -6,    /* the input holds NUL bytes or control junk */
	TD_ERR_PARSE = -7,     /* malformed HTML or JSON */
	TD_ERR_FORMAT = -8,    /* unknown or unsupported container format */
	TD_ERR_INVAL = -9,     /* an argument is out of range */
	TD_ERR_NOTFOUND = -10, /* no such item */
	TD_ERR_DB = -11,       /* the store failed */
	TD_ERR_NODATA = -12    /* a model or table could not be loaded */
};

/* Returns a static, human-readable description of a TD_ERR_* code. */
const char *td_strerror(int err);

#endif
