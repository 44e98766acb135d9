#!/usr/bin/env python3
"""title_check.py - counts chosen headlines that look like page chrome.

Reads `tidings analyze` output (one JSON object a line) on stdin and counts
titles that are empty, start with a clock time or a date stamp, are a bare
date, a byline (stamp + name), a breadcrumb, carry a site name after " | ",
or are a single word or a domain. Also counts publication dates by source.
Usage: tidings analyze --threads 1 DIR | python3 tools/title_check.py [-v]
"""
import json
import re
import sys

MONTH = (r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
         r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|"
         r"януари|февруари|април|юни|юли|септември|октомври|ноември|декември|"
         r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|stycz|lut|kwie|maj|czerw|sierp|wrze|"
         r"paźdz|grud|led|únor|břez|dub|květ|červ|srp|září|říj|prosin)\w*")
STAMP = re.compile(r"^\s*(?:\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|"
                   r"\d{1,2}\s+" + MONTH + r"\s+\d{4})", re.I)
BARE_DATE = re.compile(r"^\s*[\d\s.:/,-]*(?:" + MONTH + r")?[\d\s.:/,г-]*$", re.I)
NAME = re.compile(r"^(?:[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓČŠŽŘĎŤŇ][\w.-]*\s*){1,4}$")


def kinds(t):
    k = []
    if not t or not t.strip():
        return ["empty"]
    if BARE_DATE.match(t) and re.search(r"\d", t):
        k.append("bare-date")
    m = STAMP.match(t)
    if m:
        k.append("stamp")
        rest = re.sub(r"^[\s\d.:/,T+-]*(?:" + MONTH + r")?[\s\d.:/,г+-]*", "", t, flags=re.I)
        if rest and NAME.match(rest):
            k.append("byline")
    if t.count(" > ") + t.count(" » ") + t.count(" // ") >= 2:
        k.append("breadcrumb")
    if " | " in t:
        k.append("site-suffix")
    if len(t.split()) < 2:
        k.append("one-word")
    return k


def main():
    verbose = "-v" in sys.argv
    n = 0
    counts = {}
    sources = {}
    flagged = 0
    for line in sys.stdin:
        o = json.loads(line)
        n += 1
        ks = kinds(o.get("title") or "")
        if ks:
            flagged += 1
            if verbose:
                print(",".join(ks), "\t", (o.get("title") or "")[:100], file=sys.stderr)
        for k in ks:
            counts[k] = counts.get(k, 0) + 1
        src = o.get("date_source", "none")
        sources[src] = sources.get(src, 0) + 1
    print(f"articles {n}")
    print(f"titles flagged as chrome {flagged} ({100.0 * flagged / max(n, 1):.1f}%)")
    for k in sorted(counts):
        print(f"  {k} {counts[k]}")
    print("date sources: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))


if __name__ == "__main__":
    main()
