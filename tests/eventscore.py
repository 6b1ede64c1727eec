"""Score event dates, places and clusters against the gold of tests/events_gold/ (see its gold.yaml).

System statements are matched to gold ones by article, agent, relation, target and sentence (the gold
sentence is a prefix of the system's), so the score stays meaningful while the extraction rules change:
it measures the dates and clusters of the statements the extractor finds, and says how many it found.

    python -m tests.eventscore          # extract the gold articles and print the figures
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rdflib import Graph

FOLDER = Path(__file__).parent / "events_gold"
ARTICLES = FOLDER / "articles.jsonl"
STATEMENTS = """
PREFIX ag: <https://w3id.org/actorgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?st ?s ?p ?o ?sentence ?article ?earliest ?latest ?precision ?place ?event WHERE {
  ?st a ag:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ag:sentence ?sentence ;
      prov:wasDerivedFrom ?doc .
  ?doc dcterms:identifier ?article .
  OPTIONAL { ?st ag:earliest ?earliest } OPTIONAL { ?st ag:latest ?latest } OPTIONAL { ?st ag:datePrecision ?precision }
  OPTIONAL { ?st ag:place ?place } OPTIONAL { ?event ag:reportedBy ?st }
} ORDER BY ?st"""


def local(term: object) -> str | None:
    return None if term is None else str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Scores:
    """What the scorer measured."""

    gold: int = 0
    found: int = 0
    timed: int = 0
    dated_right: int = 0
    placed: int = 0
    placed_right: int = 0
    precision: float = 0.0
    recall: float = 0.0
    merged_days: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        return self.dated_right / self.timed if self.timed else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / (self.precision + self.recall) if self.precision + self.recall else 0.0

    def report(self) -> str:
        return (f"gold statements found {self.found}/{self.gold}; event date exact {self.dated_right}/{self.timed} = "
                f"{self.date_accuracy:.3f}; place right {self.placed_right}/{self.placed}; clusters B-cubed "
                f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}; different days merged: "
                f"{len(self.merged_days)}")


def load_gold() -> dict:
    return yaml.safe_load((FOLDER / "gold.yaml").read_text("utf-8"))


def date_right(when: str, row: dict) -> bool:
    """Whether a system time equals the gold one at its precision."""
    earliest, latest, precision = row["earliest"] or "", row["latest"] or "", row["precision"]
    if "/" in when:
        start, end = when.split("/")
        if not end:
            return precision == "durative" and earliest == start
        return precision in ("week", "span") and (earliest, latest) == (start, end)
    if len(when) == 10:
        return precision == "day" and earliest == latest == when
    if len(when) == 7:
        return precision == "month" and earliest[:7] == when
    return precision == "year" and earliest[:4] == when


def system_rows(g: Graph) -> dict[tuple, list[dict]]:
    """The system's statements by (article, agent, relation, target)."""
    rows = defaultdict(list)
    for r in g.query(STATEMENTS):
        row = {"st": str(r.st), "sentence": str(r.sentence), "earliest": r.earliest and str(r.earliest),
               "latest": r.latest and str(r.latest), "precision": local(r.precision), "place": local(r.place),
               "event": r.event and str(r.event)}
        rows[(str(r.article), local(r.s), local(r.p), local(r.o))].append(row)
    return rows


def match(gold_statement: dict, rows: dict[tuple, list[dict]]) -> dict | None:
    """The system statement for a gold one: same article, actors and relation, and sentence; the one in an event
    first when two rules read the same relation."""
    key = (gold_statement["article"], gold_statement["agent"], gold_statement["type"], gold_statement["target"])
    found = [r for r in rows.get(key, []) if r["sentence"].startswith(gold_statement["sentence"])]
    return min(found, key=lambda r: (r["event"] is None, r["st"])) if found else None


def score_graph(g: Graph, gold: dict | None = None) -> Scores:
    """Score one graph (a file's, or a store's union) against the gold."""
    gold = gold or load_gold()
    rows = system_rows(g)
    scores = Scores(gold=len(gold["statements"]))
    items = []
    for n, st in enumerate(gold["statements"]):
        row = match(st, rows)
        if row is None:
            continue
        scores.found += 1
        if st.get("when"):
            scores.timed += 1
            if date_right(str(st["when"]), row):
                scores.dated_right += 1
            else:
                scores.wrong_dates.append(f"{st['article']}: {st['sentence']!r}: gold {st['when']}, system "
                                          f"{row['precision']} {row['earliest']}..{row['latest']}")
        if st.get("place"):
            scores.placed += 1
            scores.placed_right += row["place"] == st["place"]
        items.append((st.get("event") or f"gold-alone-{n}", row["event"] or f"system-alone-{n}", st))
    scores.precision, scores.recall = bcubed(items)
    scores.merged_days = merged_days(items)
    return scores


def bcubed(items: list[tuple[str, str, dict]]) -> tuple[float, float]:
    """B-cubed precision and recall of the system clusters against the gold ones, over the matched statements."""
    if not items:
        return 0.0, 0.0
    pairs = Counter((g, s) for g, s, _ in items)
    gold_sizes, system_sizes = Counter(g for g, _, _ in items), Counter(s for _, s, _ in items)
    precision = sum(pairs[(g, s)] / system_sizes[s] for g, s, _ in items) / len(items)
    recall = sum(pairs[(g, s)] / gold_sizes[g] for g, s, _ in items) / len(items)
    return precision, recall


def merged_days(items: list[tuple[str, str, dict]]) -> list[str]:
    """System events holding statements that the text dates to different days."""
    days = defaultdict(set)
    for _, system, st in items:
        when = str(st.get("when") or "")
        if len(when) == 10:
            days[system].add(when)
    return [f"{event}: {sorted(d)}" for event, d in days.items() if len(d) > 1]


def gold_documents() -> list:
    from graph.ingest import make_document

    out = []
    for line in ARTICLES.read_text("utf-8").splitlines():
        a = json.loads(line)
        out.append(make_document(a["text"], f"{ARTICLES.name}:{a['id']}", doc_id=a["id"], title=a.get("title"),
                                 date=a.get("date")))
    return out


def main() -> None:
    from graph.pipeline import Extractor
    from graph.rdf import build_graph

    scores = score_graph(build_graph(Extractor().extract(gold_documents())))
    print(scores.report())
    for line in scores.wrong_dates + scores.merged_days:
        print("  ", line)


if __name__ == "__main__":
    main()
