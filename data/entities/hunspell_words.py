"""The ordinary words of the Debian Hunspell dictionaries: for each language
the words its .dic lists in lower case (an entry "word/FLAGS" that starts
with a lower-case letter). Shared by the generators of this folder."""
import re

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
