"""Hand-built extractions for the store, endpoint and push tests (no spaCy model needed)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from graph.ingest import make_document
from graph.model import Actor, Affiliation, Evidence, Extraction, Quote, Relation
from graph.store import add_extraction, open_store

ACTORS = {
    "iran": Actor("iran", "State", "Iran", qid="Q794", iso3="IRN"),
    "israel": Actor("israel", "State", "Israel", qid="Q801", iso3="ISR"),
    "lebanon": Actor("lebanon", "State", "Lebanon", qid="Q822", iso3="LBN"),
    "yemen": Actor("yemen", "State", "Yemen", qid="Q805", iso3="YEM"),
    "hezbollah": Actor("hezbollah", "Group", "Hezbollah", qid="Q41053", operates_in=("lebanon",)),
    "houthis": Actor("houthis", "Group", "Houthis", operates_in=("yemen",)),
    "radwan-force": Actor("radwan-force", "Group", "Radwan Force", operates_in=("lebanon",)),
    "ali-vaez": Actor("ali-vaez", "Expert", "Ali Vaez", affiliation="international-crisis-group"),
    "international-crisis-group": Actor("international-crisis-group", "ThinkTank", "International Crisis Group"),
}


def _ev(doc_id: str, text: str, sentence: str, rule: str = "test/rule", confidence: float = 0.9) -> Evidence:
    start = text.index(sentence)
    return Evidence(doc_id, sentence, start, start + len(sentence), rule, confidence)


def article(doc_id: str, text: str, date: str | None, actors: list[str], relations: list[tuple] = (),
            quotes: list[tuple] = (), affiliations: list[tuple] = ()) -> Extraction:
    """An extraction: relations are (subject, predicate, object, modality, sentence); quotes are
    (speaker, text, mentions, sentence); affiliations are (person, organization, role, sentence)."""
    doc = make_document(text, f"{doc_id}.txt", doc_id=doc_id, title=text.split(".")[0], date=date)
    ex = Extraction(document=doc)
    ex.actors = {a: ACTORS[a] for a in actors}
    ex.names = {a: {ACTORS[a].label} for a in actors}
    ex.mentions = {a: text.count(ACTORS[a].label.split()[-1]) or 1 for a in actors}
    ex.relations = [Relation(s, p, o, m, _ev(doc_id, text, sent)) for s, p, o, m, sent in relations]
    ex.quotes = [Quote(s, q, tuple(m), _ev(doc_id, text, sent, "quote/said")) for s, q, m, sent in quotes]
    ex.affiliations = [Affiliation(p, o, r, _ev(doc_id, text, sent, "affiliation/apposition"))
                       for p, o, r, sent in affiliations]
    return ex


def corpus() -> list[Extraction]:
    """Three articles: Iran backs Hezbollah (twice), Hezbollah backs Radwan Force, Israel attacks Hezbollah."""
    t1 = ("Iran has armed Hezbollah for decades. Israel struck Hezbollah in Lebanon. "
          '"Iran will not abandon Hezbollah," said Ali Vaez, director of the Iran program at the International '
          "Crisis Group.")
    t2 = ("Iran funds the Houthis and Hezbollah. Hezbollah trains the Radwan Force. Israel may strike Iran. "
          "Israel did not strike Yemen.")
    t3 = "Israel struck Hezbollah again. Iran urged Israel to stop."
    return [
        article("a1", t1, "2024-01-10", ["iran", "israel", "lebanon", "hezbollah", "ali-vaez",
                                         "international-crisis-group"],
                [("iran", "backs", "hezbollah", "asserted", "Iran has armed Hezbollah for decades."),
                 ("israel", "attacks", "hezbollah", "asserted", "Israel struck Hezbollah in Lebanon.")],
                [("ali-vaez", "Iran will not abandon Hezbollah", ["iran", "hezbollah"],
                  '"Iran will not abandon Hezbollah," said Ali Vaez, director of the Iran program at the '
                  "International Crisis Group.")],
                [("ali-vaez", "international-crisis-group", "director of the Iran program",
                  '"Iran will not abandon Hezbollah," said Ali Vaez, director of the Iran program at the '
                  "International Crisis Group.")]),
        article("a2", t2, "2024-02-20", ["iran", "israel", "yemen", "lebanon", "houthis", "hezbollah", "radwan-force"],
                [("iran", "backs", "houthis", "asserted", "Iran funds the Houthis and Hezbollah."),
                 ("iran", "backs", "hezbollah", "asserted", "Iran funds the Houthis and Hezbollah."),
                 ("hezbollah", "backs", "radwan-force", "alleged", "Hezbollah trains the Radwan Force."),
                 ("israel", "attacks", "iran", "hypothetical", "Israel may strike Iran."),
                 ("israel", "attacks", "yemen", "negated", "Israel did not strike Yemen.")]),
        article("a3", t3, "2024-03-05", ["iran", "israel", "hezbollah"],
                [("israel", "attacks", "hezbollah", "asserted", "Israel struck Hezbollah again."),
                 ("iran", "pressures", "israel", "asserted", "Iran urged Israel to stop.")]),
    ]


# The measured confidence of some relation statements of corpus(), by sentence (the others keep 0.9).
GRADED = {"Iran has armed Hezbollah for decades.": 0.95, "Israel struck Hezbollah in Lebanon.": 0.85,
          "Iran funds the Houthis and Hezbollah.": 0.65, "Israel struck Hezbollah again.": 0.6}


def graded_corpus() -> list[Extraction]:
    """:func:`corpus` with confidences that differ: at 0.8, Iran backs Hezbollah in a1 only and the Houthis not
    at all, and Israel attacks Hezbollah in a1 only; at 0.96, no statement is left."""
    out = []
    for ex in corpus():
        ex.relations = [replace(r, evidence=replace(r.evidence, confidence=GRADED.get(r.evidence.sentence, 0.9)))
                        for r in ex.relations]
        out.append(ex)
    return out


def stored(path: Path, extractions: Iterable[Extraction]) -> Path:
    """A new store at ``path`` holding ``extractions``; returns ``path``."""
    with open_store(path, write=True, create=True) as store:
        for ex in extractions:
            add_extraction(store, ex)
    return path
