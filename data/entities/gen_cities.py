#!/usr/bin/env python3
"""Generates src/entities_cities.c: names of the world's cities (the
<city> entries of libgweather's location database, about 4,200 cities
and towns, and the cities of GeoNames of 100,000 people or more) in
English and in the languages the engine has dictionaries for, from
Debian's libgweather-4-common package (version 4.2.0:
/usr/share/libgweather-4/Locations.xml and the libgweather-4.0-locations
gettext catalogues) and from Debian's libgeonames0 and
libgeonames-common packages (version 0.3.0: the GVariant table of
24,361 GeoNames cities compiled into libgeonames.so as the resource
/com/lomiri/geonames/cities.compiled, and the geonames gettext
catalogues, whose message ids are GeoNames ids). The GeoNames part needs
gresource (libglib2.0-bin) and Python's gi (python3-gi); without them
only libgweather's cities are written. Keys are "city:" and the English name in lower case,
as the time-zone cities of ICU, so that both meet. Left out: names of
fewer than four letters and names that are ordinary words of English or
of the language (hunspell lists them in lower case). Cities of one English
name in several countries (Birmingham, England and Alabama) share one
key: the name is a place either way.
usage: python3 data/entities/gen_cities.py > src/entities_cities.c"""
import gettext, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import lower_case_words, write_places  # noqa: E402

XML = "/usr/share/libgweather-4/Locations.xml"
LANGS = ["ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr"]
common = lower_case_words()

def shape_ok(name):
    if len(name) < 4 or any(ch.isdigit() for ch in name) or not name[0].isupper():
        return False
    return not ("(" in name or "," in name or len(name.split()) > 4)


def ok(name, lang):
    if not shape_ok(name):
        return False
    low = name.lower()
    return not (len(name.split()) == 1 and (low in common[""] or low in common.get(lang, ())))


# Countries whose towns are named in English.
ENGLISH_CC = {"us", "gb", "ca", "au", "nz", "ie", "za", "jm", "tt", "bs", "bb", "gy", "bz", "gh", "ng",
              "ke", "ug", "zm", "zw", "bw", "na", "mw", "lr", "sl", "gm", "ph", "in", "pk", "sg", "my"}
# Languages of the Latin script whose texts name a city in its English
# spelling when they have none of their own.
LATIN = ("pl", "cs", "sk", "sl", "hr")


def add_names(key, names, en):
    """Adds the rows of a city's names [(lang, name)]: a name for every
    language when it is no ordinary word (of English, and of its
    language when it is a translation)."""
    for lang, n in names:
        n = n.strip()
        if n and ok(n, lang) and (key, n) not in seen:
            seen.add((key, n))
            listed_names.add(fold(n))
            rows.append((key, lang if n != en else "", n))


def add_word_name(key, n):
    """Adds a city's English name n that is an English word (Split, Nice,
    Frankfurt) for the Latin-script languages in which it is none:
    "Split" in a Croatian text is the city. Only for cities of 100,000
    people or more of countries that do not speak English: towns of
    English-speaking countries are named by words and surnames (Reading,
    Mobile, Page), small places by any word (Orange, Palazzo); and not
    for first names (Nancy, Victoria)."""
    n = n.strip()
    if shape_ok(n) and len(n.split()) == 1 and n.lower() in common[""] and not given_like(n) \
            and (key, n) not in seen:
        seen.add((key, n))
        for lang in LATIN:
            if n.lower() not in common[lang]:
                rows.append((key, lang, n))

root = ET.parse(XML).getroot()
cities = []  # (english name, msgctxt, ISO code of its country or None)
grid = {}  # (whole degrees) -> [(lat, lon, english name)] of libgweather's cities
def walk(el, country):
    for ch in el:
        if ch.tag == "country":
            n = ch.find("iso-code")
            walk(ch, n.text.strip().lower() if n is not None and n.text else None)
        elif ch.tag == "city":
            n = ch.find("_name")
            if n is not None and n.text:
                cities.append((n.text.strip(), n.get("msgctxt"), country))
                co = ch.find("coordinates")
                if co is not None and co.text:
                    lat, lon = (float(x) for x in co.text.split())
                    grid.setdefault((round(lat), round(lon)), []).append((lat, lon, n.text.strip()))
        elif ch.tag in ("region", "state"):
            walk(ch, country)
walk(root, None)


def catalogues(domain):
    """{language: its gettext catalogue of domain}, for those of LANGS
    that have one."""
    out = {}
    for l in LANGS:
        try:
            out[l] = gettext.translation(domain, "/usr/share/locale", [l])
        except OSError:
            pass
    return out


# GeoNames: cities of 100,000 people or more (a town's name is more often
# a person's or a word than a city's), and the towns of LOCAL_CC below,
# with the names the geonames catalogues give them; a libgweather city of
# the same English name gets the catalogues' names too.
GEO_LIB = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0"
GEO_MIN = 100000
# Towns of 15,000 people or more (all that GeoNames' table holds) of the
# countries whose languages the engine reads: their own press names them
# (a flood in Kłodzko, a shooting in Handlová), and there a lone
# capitalised name is more often the town than elsewhere. Filtered like
# the cities (ordinary words, first names); never listed by their
# English name as a word for other languages.
LOCAL_MIN = 15000
# A town's names there: its English one and those of its country's own
# languages (the other catalogues' transliterations of a small foreign
# town are words and names of their own: Bulgarian "Кенти" for Kęty
# takes Kent).
LOCAL_CC = {"ru": ("ru", "uk"), "ua": ("uk", "ru"), "by": ("ru",), "bg": ("bg",), "pl": ("pl",),
            "cz": ("cs", "sk"), "sk": ("sk", "cs"), "si": ("sl",), "hr": ("hr",), "ba": ("hr",),
            "rs": ("hr",), "me": ("hr",)}
try:
    import subprocess
    sys.path.insert(0, "/usr/lib/python3/dist-packages")
    from gi.repository import GLib  # noqa: E402
    blob = subprocess.run(["gresource", "extract", GEO_LIB, "/com/lomiri/geonames/cities.compiled"],
                          check=True, capture_output=True).stdout
    geo = GLib.Variant.new_from_bytes(GLib.VariantType.new("a(sssssssudd)"),
                                      GLib.Bytes.new(blob), False).unpack()
except (ImportError, OSError, subprocess.CalledProcessError) as e:
    sys.stderr.write("gen_cities: no GeoNames cities (%s)\n" % e)
    geo = []
geo_cats = catalogues("geonames")


def fold(s):
    """s in lower case without accents: "Kraków" and "Krakow" are one key."""
    s = unicodedata.normalize("NFKD", s.lower().translate(str.maketrans(
        {"ł": "l", "đ": "d", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "ð": "d", "þ": "th"})))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                   "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                   "yu", "ya"]))


def russian_names(flags_ok):
    """Folded capitalised entries of Debian's Russian Hunspell dictionary
    whose flags flags_ok accepts, in Cyrillic and in Latin letters."""
    out = set()
    for line in open("/usr/share/hunspell/ru_RU.dic", encoding="utf-8", errors="replace"):
        w, _, fl = line.strip().partition("/")
        if flags_ok(fl) and w[:1].isupper():
            low = w.lower()
            out.add(low)
            out.add("".join(RU_LAT.get(ch, ch) for ch in low))
    return out


def given_names():
    """Folded Russian given names: the dictionary's entries with the
    declension flags of men's (K) and women's (I) first names and
    patronymics."""
    return russian_names(lambda fl: fl in ("K", "I"))


def census_names():
    """Folded first names of the 1990 United States census (men's and
    women's), as Debian's libtext-names-perl
    carries them."""
    out = set()
    try:
        text = open("/usr/share/perl5/Text/Names.pm", encoding="utf-8").read()
    except OSError:
        sys.stderr.write("gen_cities: no census first names (apt-get install libtext-names-perl)\n")
        return out
    for part in ("MALE", "FEMALE"):
        m = re.search(r"\$COMMON_%s_FIRSTNAMES = <<ENDNAMES;\n(.*?)\nENDNAMES" % part, text, re.S)
        for line in (m.group(1).splitlines() if m else ()):
            f = line.split()
            if len(f) >= 2:
                out.add(fold(f[0]))
    return out


def surnames():
    """Folded Russian surnames: the dictionary's entries with the
    declension flag G, which it gives to surnames and not to towns
    ("Чехов", "Пушкин", "Ломоносов"; the towns "Ковров", "Азов" have J)."""
    return russian_names(lambda fl: "G" in fl)


GIVEN = given_names() | census_names()
PERSONS = GIVEN | surnames()
SUFFIXES = ("", "ov", "ev", "in", "ovo", "ino", "sk", "ов", "ев", "ин", "ово", "ино", "ск")


def given_like(name):
    """Whether name is a first name or a town named after one by a Slavic
    suffix (Vladimir, Borisov): a lone first name would be that town."""
    f = fold(name)
    return any(f.endswith(x) and f[:len(f) - len(x)] in GIVEN for x in SUFFIXES if len(f) > len(x))


cats = catalogues("libgweather-4.0-locations")
rows, seen = [], set()
listed_names = set()  # folded names of the rows
lib_en = {}  # key -> English name of libgweather's city
for en, ctx, cc in cities:
    key = "city:" + en.lower()
    names = [("", en)]
    for l, c in cats.items():
        t = c.pgettext(ctx, en) if ctx else c.gettext(en)
        names.append((l, t))
    add_names(key, names, en)
    lib_en.setdefault(key, en)

keys = {fold(k[5:]): k for k, _, _ in rows}
geo_rows = []  # (key, country code, people) of the GeoNames cities kept


names_of = {}  # key -> folded names of libgweather's city
for k, _, n in rows:
    names_of.setdefault(k, set()).add(fold(n))


# Endings of Slavic towns named after a person ("Marki", "Markova",
# "Gagarin") and the shapes of East Slavic and Bulgarian surnames.
PERSON_ENDINGS = ("", "a", "i", "y", "o", "e", "u", "ov", "ova", "ovo", "ev", "eva", "in", "ina", "ino",
                  "ovka", "ovci", "ovac", "ac", "ice", "ovice", "sk", "ska")
SURNAME_SHAPES = ("ov", "ev", "in", "yn", "sky", "skiy", "skij", "ova", "eva", "ina")


def local_ok(names, cc):
    """Whether a town of LOCAL_CC may be listed: none of its names is
    already another place's (a small Blagoveshchensk beside the city of
    the name), a first name or a surname with a Slavic ending ("Marki",
    "Chekhov"), shaped like a Russian, Ukrainian, Belarusian or Bulgarian
    surname ("Lermontov", "Gagarin", whose news are the poet's and the
    cosmonaut's more often than the towns'), or a South Slavic one in
    "-ić"."""
    for _, n in names:
        f = fold(n)
        if f in listed_names or f.endswith("ic"):
            return False
        if f.isascii() and cc in ("ru", "ua", "by", "bg") and f.endswith(SURNAME_SHAPES):
            return False
        if any(f.endswith(x) and len(f) > len(x) and f[:len(f) - len(x)] in PERSONS for x in PERSON_ENDINGS):
            return False
    return True


def same_city(lat, lon, names):
    """The key of the libgweather city within 15 km that shares a name
    with names (in some language) or its first four letters in English,
    or None: one city under two spellings (Irákleion and Heraklion,
    Blagoveschensk and Blagoveshchensk) keeps one key; a borough near a
    city (Brooklyn) is no spelling of it."""
    import math
    folded = {fold(n) for _, n in names}
    en4 = fold(names[0][1])[:4]
    best = None
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for la, lo, en in grid.get((round(lat) + dy, round(lon) + dx), ()):
                k = keys.get(fold(en))
                if not k or not (folded & names_of.get(k, set()) or fold(en)[:4] == en4):
                    continue
                d = math.hypot(la - lat, (lo - lon) * math.cos(math.radians(lat))) * 111.2
                if d < 15 and (best is None or d < best[0]):
                    best = (d, k)
    return best[1] if best else None


for gid, en, _adm, _state, _cc, _country, _tz, pop, _lat, _lon in sorted(geo, key=lambda g: -g[7]):
    local = pop < GEO_MIN
    if local and not (pop >= LOCAL_MIN and _cc.lower() in LOCAL_CC):
        continue
    names = [("", en)]
    for l, c in geo_cats.items():
        t = c.gettext(gid)
        if t != gid and (not local or l in LOCAL_CC[_cc.lower()]):
            names.append((l, t))
    key = same_city(_lat, _lon, names) or keys.get(fold(en))
    listed = key is not None  # by libgweather: its size counts, whatever its name
    if listed:
        geo_rows.append((key, _cc.lower(), pop))
    if any(given_like(n) for _, n in names):
        continue
    if local and not local_ok(names, _cc.lower()):
        continue
    if not listed:
        key = keys.setdefault(fold(en), "city:" + en.lower())
        geo_rows.append((key, _cc.lower(), pop))
    add_names(key, names, en)
    if _cc.lower() not in ENGLISH_CC and not local:
        add_word_name(key, en)
        if key in lib_en:
            add_word_name(key, lib_en[key])

# Cities that news knows better than a subdivision of their name come
# first, and their count is written: the engine lists them before the
# subdivisions, whose names they then take, and the other towns after.
# Such a city has 300,000 people or more (Manchester, Portland, not the
# parishes of Jamaica), or 100,000 and a subdivision of its own country
# bears its name (the capital territory of Islamabad, the city-states of
# Hamburg and Beijing, the province of Ankara); Ontario is the province,
# not the city in California, and Indiana the state.
BIG_MIN = 300000
subdivs = set()
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/entities_subdiv.c"),
                 encoding="utf-8"):
    m = re.match(r'\t\{"sub:([a-z]{2})-[^"]*", TD_ENT_LOC, "[a-z]*", "([^"]*)"', line)
    if m:
        subdivs.add((m.group(1), fold(m.group(2))))
row_names = {}
for k, _, n in rows:
    row_names.setdefault(k, set()).add(fold(n))
big = {k for k, cc, pop in geo_rows
       if pop >= BIG_MIN or any((cc, n) in subdivs for n in row_names.get(k, ()))}
first = [r for r in rows if r[0] in big]
rows = first + [r for r in rows if r[0] not in big]
write_places(["/* entities_cities.c - names of the world's cities (generated by",
              " * data/entities/gen_cities.py from Debian libgweather-4-common 4.2.0 and",
              " * libgeonames0 / libgeonames-common 0.3.0; do not edit). */"],
             "td__cities", "td__ncities", rows, ("td__ncities_big", len(first)))
