/* error.c - descriptions of the TD_ERR_* status codes. */
#include "tidings/error.h"

const char *td_strerror(int err)
{
	switch (err) {
	case TD_OK: return "ok";
	case TD_ERR_NOMEM: return "out of memory";
	case TD_ERR_IO: return "cannot read file";
	case TD_ERR_EMPTY: return "empty input";
	case TD_ERR_TOOBIG: return "input larger than the size limit";
	case TD_ERR_UTF8: return "invalid UTF-8";
	case TD_ERR_BINARY: return "binary data (NUL or control bytes)";
	case TD_ERR_PARSE: return "malformed document";
	case TD_ERR_FORMAT: return "unsupported format";
	case TD_ERR_INVAL: return "invalid argument";
	case TD_ERR_NOTFOUND: return "not found";
	case TD_ERR_DB: return "store error";
	case TD_ERR_NODATA: return "model or table missing";
	}
	return "unknown error";
}
