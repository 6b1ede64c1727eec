"""Generate a corpus of realistic articles for benchmarks, from the bundled example articles.

Each article takes the headline, byline and lead of one example, then body paragraphs from it and from the
other examples, a date between October 2023 and June 2025 (every date a paragraph names moves with it, by as many
days as the article's date from its example's, so the events it reports are dated before the article and articles
of nearby dates report the same events), and swaps one to three of the actors it names for
others of the same type from the gazetteer (a state's name, demonyms and capital together; a person's name
and surname together), so the text reads like news and the extractor finds other actors in it. The same
``--seed`` gives the same corpus; every article's text is different.

    python scripts/make_corpus.py -n 2000 -o corpus.jsonl        # JSONL: id, title, date, url, text
    python scripts/make_corpus.py -n 500 -o corpus/              # a folder of .txt files
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.gazetteer import read_records
from graph.ingest import decode_bytes, strip_boilerplate
from graph.service import example_paths

FIRST_DAY, LAST_DAY = dt.date(2023, 10, 7), dt.date(2025, 6, 30)
MONTH_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b")  # January 18, 2024 or Feb. 8, 2024
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# A date in the text: April 13, Dec. 31, January 18, 2024 (the year optional).
TEXT_DATE = re.compile(r"\b(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(?P<dot>\.?) "
                       r"(?P<day>\d{1,2})\b(?P<year>,? \d{4})?")
SWAP_TYPES = ("State", "Group", "Official", "Expert")


@dataclass
class Example:
    """One example article cut into its parts."""

    title: str
    byline: str
    lead: str
    date: dt.date = FIRST_DAY
    body: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


def read_example(path: Path) -> Example:
    """Cut an example into headline, byline, lead paragraph, body paragraphs, subheads and footer lines."""
    text = decode_bytes(path.read_bytes(), str(path))
    dates = json.loads((path.parent / "dates.json").read_text(encoding="utf-8"))
    _, paragraphs = strip_boilerplate(text)
    starts = [s for s, _ in paragraphs]
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = any(pos <= s < pos + len(raw) for s in starts)
        if raw.strip():
            lines.append((raw.strip(), content))
        pos += len(raw)
    ex = Example(title=lines[0][0], byline=lines[1][0], lead=lines[2][0], date=dt.date.fromisoformat(dates[path.stem]))
    for line, content in lines[3:]:
        if not content:
            if sum(1 for other, _ in lines if other == line) == 1:  # a caption repeated on the page is left out
                ex.footer.append(line)
        elif len(line.split()) <= 8 and line[-1] not in '.:"”?!':
            ex.subheads.append(line)
        else:
            ex.body.append(line)
    return ex


@dataclass
class Swaps:
    """Actors that can be swapped for one another, with every way each is written."""

    by_type: dict[str, list[str]]
    forms: dict[str, dict[str, list[str]]]
    finder: re.Pattern[str]
    owner: dict[str, str]


def load_swaps() -> Swaps:
    """States with demonyms and a capital, groups, and people with a first name and a surname."""
    by_type: dict[str, list[str]] = {t: [] for t in SWAP_TYPES}
    forms: dict[str, dict[str, list[str]]] = {}
    for rec in read_records().values():
        kind = rec["type"]
        if kind not in SWAP_TYPES:
            continue
        names = [rec["label"], *rec.get("aliases", [])]
        entry = {"names": names, "demonyms": rec.get("demonyms", []),
                 "capital": [rec["capital"]] if rec.get("capital") else [], "surname": []}
        if kind == "State" and not (entry["demonyms"] and entry["capital"]):
            continue
        if kind in ("Official", "Expert"):
            parts = rec["label"].split()
            if len(parts) < 2:
                continue
            entry["surname"] = [parts[-1]]
        by_type[kind].append(rec["id"])
        forms[rec["id"]] = entry
    owner = {}
    for actor_id, entry in forms.items():
        for words in entry.values():
            for word in words:
                owner.setdefault(word, actor_id)
    alternation = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
    return Swaps(by_type, forms, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), owner)


def replacements(swaps: Swaps, source: str, target: str) -> dict[str, str]:
    """Each way ``source`` is written -> the same form of ``target``."""
    old, new = swaps.forms[source], swaps.forms[target]
    table = {name: new["names"][0] for name in old["names"]}
    for i, dem in enumerate(old["demonyms"]):
        table[dem] = new["demonyms"][min(i, len(new["demonyms"]) - 1)]
    for key in ("capital", "surname"):
        if old[key] and new[key]:
            table[old[key][0]] = new[key][0]
    return table


def swap_actors(text: str, named: set[str], rng: random.Random, swaps: Swaps) -> str:
    """Swap one to three of the actors ``named`` in the text for others of the same type, consistently."""
    table: dict[str, str] = {}
    taken = set(named)
    for source in rng.sample(sorted(named), min(len(named), rng.randint(1, 3))):
        kind = next(t for t, ids in swaps.by_type.items() if source in ids)
        target = rng.choice(swaps.by_type[kind])
        if target in taken:
            continue
        taken.add(target)
        table.update(replacements(swaps, source, target))
    if not table:
        return text
    pattern = re.compile("(?<!\\w)(?:" + "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
                         + ")(?!\\w)")
    return pattern.sub(lambda m: table[m.group(0)], text)


def shift_dates(text: str, origin: dt.date, days: int) -> str:
    """Move every date the text names by ``days``, keeping how it is written (a missing year is ``origin``'s,
    or the year before when that would put the date after ``origin``).

    >>> shift_dates("Late on April 13 and on Dec. 31, 2023, Iran struck.", dt.date(2024, 4, 20), 30)
    'Late on May 13 and on Jan. 30, 2024, Iran struck.'
    """
    def move(match: re.Match) -> str:
        month = next((i for i, m in enumerate(MONTHS, 1) if m.startswith(match["month"][:3])), None)
        if month is None:
            return match.group(0)
        year = int(match["year"].strip(", ")) if match["year"] else origin.year
        try:
            day = dt.date(year, month, int(match["day"]))
        except ValueError:
            return match.group(0)
        if not match["year"] and day > origin:
            day = day.replace(year=year - 1) if not (day.month == 2 and day.day == 29) else day
        new = day + dt.timedelta(days=days)
        name = MONTHS[new.month - 1]
        written = f"{name[:3] if match['dot'] else name}{match['dot']} {new.day}"
        if match["dot"] and name[:3] == "Sep" and match["month"].startswith("Sept"):
            written = f"Sept. {new.day}"
        return written + (f", {new.year}" if match["year"] else "")

    return TEXT_DATE.sub(move, text)


def compose(rng: random.Random, examples: list[Example]) -> tuple[list[str], dt.date]:
    """One article's paragraphs and date: an example's head, body paragraphs from it and the others, every date
    in them moved with the article's date."""
    base = rng.choice(examples)
    date = FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    moved = {ex.title: {p: shift_dates(p, ex.date, (date - ex.date).days) for p in [ex.lead, *ex.body]}
             for ex in examples}
    own = rng.sample(base.body, rng.randint(max(1, len(base.body) // 2), len(base.body)))
    own.sort(key=base.body.index)
    own = [moved[base.title][p] for p in own]
    others = [moved[ex.title][p] for ex in examples if ex is not base for p in ex.body]
    body = list(own)  # the base article's paragraphs keep their order; the others go in anywhere after the lead
    for paragraph in rng.sample(others, rng.randint(2, 6)):
        body.insert(rng.randint(1, len(body)), paragraph)
    for head in rng.sample(base.subheads, min(len(base.subheads), rng.randint(0, 2))):
        body.insert(rng.randint(1, len(body) - 1), head)
    byline = MONTH_DATE.sub(f"{date:%B} {date.day}, {date.year}", base.byline)
    lead = moved[base.title][base.lead]
    return [base.title, byline, lead, *body, *base.footer[:rng.randint(0, len(base.footer))]], date


def generate_articles(count: int, seed: int = 0) -> Iterator[dict]:
    """``count`` articles as JSONL records (``id``, ``title``, ``date``, ``url``, ``text``), reproducibly."""
    rng = random.Random(seed)
    examples = [read_example(p) for p in example_paths()]
    swaps = load_swaps()
    seen: set[bytes] = set()
    named_in: dict[str, set[str]] = {}  # paragraph -> the swappable actors it names (the pool is small)
    number = 0
    while number < count:
        parts, date = compose(rng, examples)
        for part in parts:
            if part not in named_in:
                named_in[part] = {swaps.owner[m.group(0)] for m in swaps.finder.finditer(part)}
        text = swap_actors("\n\n".join(parts) + "\n", set().union(*(named_in[p] for p in parts)), rng, swaps)
        key = hashlib.sha256(text.encode("utf-8")).digest()[:16]
        if key in seen:
            continue
        seen.add(key)
        number += 1
        doc_id = f"gen-{seed}-{number:07d}"
        yield {"id": doc_id, "title": text.split("\n", 1)[0], "date": date.isoformat(),
               "url": f"https://news.example.org/{date:%Y/%m/%d}/{doc_id}", "text": text}


def write_corpus(count: int, output: Path, seed: int = 0) -> Path:
    """Write the corpus as JSONL (``.jsonl``/``.ndjson``) or as a folder of ``.txt`` files."""
    records = generate_articles(count, seed)
    if output.suffix.lower() in (".jsonl", ".ndjson"):
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        output.mkdir(parents=True, exist_ok=True)
        for record in records:
            (output / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return output


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=1000, help="how many articles")
    ap.add_argument("-o", "--output", type=Path, required=True, help="a .jsonl file, or a folder for .txt files")
    ap.add_argument("--seed", type=int, default=0, help="the same seed gives the same corpus")
    args = ap.parse_args()
    write_corpus(args.articles, args.output, args.seed)


if __name__ == "__main__":
    main()
