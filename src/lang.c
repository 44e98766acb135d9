/* lang.c - language identification (placeholder until the model lands). */
#include "tidings/lang.h"

#include <string.h>

#include "tidings/error.h"

int td_lang_init(void)
{
	return 0;
}

int td_lang_detect(const char *text, size_t len, td_lang_result *out)
{
	(void)text;
	(void)len;
	memset(out, 0, sizeof(*out));
	return 0;
}
