"""Small graphs for the explorer's tests, built with the same functions as the pipeline.

:func:`sample_graph` has every actor type, the three relations in every modality, a quote
and an affiliation, across two dated documents; :func:`graded_graph` is the same with confidences
that differ. :func:`xss_graph` is an article whose actor names, sentences, title and URL are all
attacks on the page.
"""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SKOS

from graph.ingest import make_document
from graph.model import Actor, Affiliation, Evidence, Extraction, Quote, Relation
from graph.rdf import WD, actor_iri, build_graph

ACTORS = [("iran", "State", "Iran", "Q794"), ("israel", "State", "Israel", "Q801"),
          ("united-states", "State", "United States", "Q30"), ("hezbollah", "Group", "Hezbollah", "Q41053"),
          ("houthis", "Group", "Houthis", "Q1108465"), ("blinken", "Official", "Antony Blinken", None),
          ("un", "InternationalOrganization", "United Nations", "Q1065"),
          ("vakil", "Expert", "Sanam Vakil", None), ("crisis-group", "ThinkTank", "International Crisis Group", None)]
NAMES = {"iran": {"Iran", "Tehran", "Iranian"}, "hezbollah": {"Hezbollah", "the group"}}
# (subject, predicate, object, modality, document, sentence)
RELATIONS = [
    ("iran", "backs", "hezbollah", "asserted", 0, "Tehran has armed and funded Hezbollah for decades."),
    ("iran", "backs", "hezbollah", "asserted", 1, "Iran keeps sending Hezbollah money."),
    ("iran", "backs", "houthis", "alleged", 1, "Iran allegedly supplies the Houthis with drones."),
    ("israel", "attacks", "hezbollah", "asserted", 0, "Israel struck Hezbollah positions on Monday."),
    ("israel", "attacks", "hezbollah", "asserted", 0, "Israeli jets hit Hezbollah depots again."),
    ("israel", "attacks", "hezbollah", "asserted", 1, "Israel bombed a Hezbollah commander's car."),
    ("houthis", "attacks", "israel", "asserted", 1, "The Houthis fired a missile at Israel."),
    ("united-states", "pressures", "iran", "asserted", 0, "Washington urged Iran to rein in its proxies."),
    ("iran", "attacks", "israel", "hypothetical", 0, "Iran could strike Israel."),
    ("israel", "attacks", "iran", "negated", 1, "Israel did not strike Iran."),
]
DOCS = [("Hezbollah and Israel trade fire", "2024-01-14", "https://example.org/one"),
        ("Red Sea attacks continue", "2024-03-02", "https://example.org/two")]


def _evidence(doc_id: str, sentence: str, start: int = 0) -> Evidence:
    return Evidence(doc_id, sentence, start, start + len(sentence), "test/rule", 0.9)


def sample_extractions() -> list[Extraction]:
    """Two documents' extractions over the :data:`ACTORS`."""
    out = []
    for number, (title, date, url) in enumerate(DOCS):
        sentences = [r[5] for r in RELATIONS if r[4] == number]
        doc = make_document(" ".join(sentences), f"doc{number}.txt", doc_id=f"doc{number}", title=title,
                            date=date, url=url)
        ex = Extraction(document=doc)
        ex.actors = {a: Actor(a, t, label, qid=qid) for a, t, label, qid in ACTORS}
        ex.names = {a: set(names) for a, names in NAMES.items()}
        ex.mentions = {a: 2 + number for a, *_ in ACTORS}
        ex.relations = [Relation(s, p, o, m, _evidence(doc.doc_id, sentence, i))
                        for i, (s, p, o, m, d, sentence) in enumerate(RELATIONS) if d == number]
        if number == 0:
            said = "Blinken said Iran must stop arming its proxies."
            ex.quotes = [Quote("blinken", "Iran must stop arming its proxies", ("iran",), _evidence("doc0", said))]
            role = "Secretary of State Antony Blinken visited Tel Aviv."
            ex.affiliations = [Affiliation("blinken", "united-states", "Secretary of State",
                                           _evidence("doc0", role, 99))]
        out.append(ex)
    return out


def sample_graph() -> Graph:
    """The sample as RDF: 9 actors, 7 edges drawn by default (9 in all)."""
    return build_graph(sample_extractions())


# The measured confidence of the sample's relation statements, by sentence (the hypothetical and negated ones: 0.9).
GRADED = {"Tehran has armed and funded Hezbollah for decades.": 0.95, "Iran keeps sending Hezbollah money.": 0.7,
          "Iran allegedly supplies the Houthis with drones.": 0.8, "Israel struck Hezbollah positions on Monday.": 0.93,
          "Israeli jets hit Hezbollah depots again.": 0.6, "Israel bombed a Hezbollah commander's car.": 0.85,
          "The Houthis fired a missile at Israel.": 0.65, "Washington urged Iran to rein in its proxies.": 0.92}


def graded_graph() -> Graph:
    """The sample with confidences that differ: at 0.9, of the relations drawn by default only Iran backs
    Hezbollah, Israel attacks Hezbollah (one statement each) and the United States pressures Iran are left."""
    from dataclasses import replace

    extractions = sample_extractions()
    for ex in extractions:
        ex.relations = [replace(r, evidence=replace(r.evidence, confidence=GRADED.get(r.evidence.sentence, 0.9)))
                        for r in ex.relations]
    return build_graph(extractions)


SCRIPT = "<script>window.__xss = 1</script>"
IMG = '<img src=x onerror="window.__xss = 2">'
URL = "javascript:window.__xss=3"


def xss_graph() -> Graph:
    """An article whose every string tries to run code in the page."""
    doc = make_document("x", "evil.txt", doc_id="evil", title=f"{IMG} title", date="2024-05-01", url=URL)
    evil = Actor("evil", "Group", f"Evil {SCRIPT}", qid=None)
    iran = Actor("iran", "State", "Iran", qid="Q794")
    ex = Extraction(document=doc, actors={"evil": evil, "iran": iran},
                    names={"evil": {IMG, "</script><script>window.__xss = 4</script>"}}, mentions={"evil": 1})
    sentence = f"Evil attacked Iran {SCRIPT} {IMG} <a href=\"{URL}\">click</a>."
    ex.relations = [Relation("evil", "attacks", "iran", "asserted", _evidence("evil", sentence))]
    ex.quotes = [Quote("evil", f"{SCRIPT} we will strike", ("iran",), _evidence("evil", sentence))]
    g = build_graph([ex])
    g.add((actor_iri("evil"), SKOS.exactMatch, WD["Q1"]))
    return g


def event_graph() -> Graph:
    """Israel strikes Hezbollah on two days, reported by three articles (two of the same day), and Iran backs
    Hezbollah for years: two events on one edge, and a durative statement of none."""
    from dataclasses import replace

    from graph.model import EventTime

    days = {"2024-09-17": EventTime("2024-09-17", "2024-09-17", "day", "on Tuesday"),
            "2024-09-18": EventTime("2024-09-18", "2024-09-18", "day", "on Wednesday")}
    rows = [("e1", "2024-09-18", "Israel struck Hezbollah on Tuesday.", "2024-09-17"),
            ("e2", "2024-09-19", "Israel attacked Hezbollah on Tuesday with pagers.", "2024-09-17"),
            ("e3", "2024-09-19", "Israel attacked Hezbollah on Wednesday with radios.", "2024-09-18")]
    out = []
    for doc_id, date, sentence, day in rows:
        text = f"{sentence} Iran has armed Hezbollah for years."
        doc = make_document(text, f"{doc_id}.txt", doc_id=doc_id, title=f"Report {doc_id}", date=date)
        ex = Extraction(document=doc)
        ex.actors = {a: Actor(a, t, label, qid=qid) for a, t, label, qid in ACTORS if a in ("iran", "israel", "hezbollah")}
        ex.relations = [replace(Relation("israel", "attacks", "hezbollah", "asserted", _evidence(doc_id, sentence)),
                                time=days[day]),
                        replace(Relation("iran", "backs", "hezbollah", "asserted",
                                         _evidence(doc_id, "Iran has armed Hezbollah for years.", len(sentence) + 1)),
                                time=EventTime("", date, "durative", "for years"))]
        out.append(ex)
    return build_graph(out)
