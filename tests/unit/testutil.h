/* testutil.h - common includes for the cmocka unit tests. */
#ifndef TIDINGS_TESTUTIL_H
#define TIDINGS_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#endif
