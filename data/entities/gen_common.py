"""What the generators of this folder share: the ordinary words of the
Debian Hunspell dictionaries (for each language the words its .dic lists in
lower case: an entry "word/FLAGS" that starts with a lower-case letter), and
the writer of a generated table of place names."""
import re
import sys

DICS = {"": "en_US", "ru": "ru_RU", "uk": "uk_UA", "bg": "bg_BG", "pl": "pl_PL",
        "cs": "cs_CZ", "sk": "sk_SK", "sl": "sl_SI", "hr": "hr_HR"}


def lower_case_words():
    """{lang: set of lower-case words}; "" is English."""
    common = {}
    for lang, dic in DICS.items():
        aff = open(f"/usr/share/hunspell/{dic}.aff", encoding="latin-1").read()
        m = re.search(r"^SET\s+(\S+)", aff, re.M)
        enc = {"ISO8859-2": "iso8859-2"}.get(m.group(1) if m else "UTF-8", "utf-8")
        words = set()
        for line in open(f"/usr/share/hunspell/{dic}.dic", encoding=enc, errors="replace"):
            w = line.split("/")[0].strip()
            if w and w[0].islower():
                words.add(w)
        common[lang] = words
    return common


def c_str(s):
    """s as a C string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_places(comment, array, count, rows, extra=None):
    """Writes to stdout a C file defining td__alias array[] with one LOC
    entry per (key, lang, name) row and size_t count; comment is the
    file's header comment, a list of lines; extra, a (name, value) pair,
    defines one more size_t."""
    out = comment + ['#include "entities_int.h"', "", "const td__alias %s[] = {" % array]
    for key, lang, n in rows:
        out.append("\t{%s, TD_ENT_LOC, %s, %s, %s}," % (c_str(key), c_str(lang), c_str(n), c_str(n)))
    out += ["};", "", "const size_t %s = %d;" % (count, len(rows))]
    if extra:
        out.append("const size_t %s = %d;" % extra)
    out.append("")
    sys.stdout.write("\n".join(out))
