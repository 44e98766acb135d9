// cld2_shim.cc - C entry point to CLD2 for the language benchmark (not part of the library).
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

extern "C" const char *bench_cld2_detect(const char *text, int len, int *reliable)
{
	bool rel = false;
	CLD2::Language l = CLD2::DetectLanguage(text, len, true, &rel);
	if (reliable)
		*reliable = rel ? 1 : 0;
	return CLD2::LanguageCode(l);
}
