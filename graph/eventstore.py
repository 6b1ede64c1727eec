"""Events in a store: re-clustered, block by block, whenever articles arrive or leave.

An event is derived from statements that several articles hold, so it belongs to no article: its triples live
in the store's default graph only, beside the union of the article graphs (an export of the article graphs
carries the statements with their times and places, and ``import`` rebuilds the events from them). When an
article arrives or leaves, the blocks its statements belong to (relation, agent and target, forces counted as
their state: :func:`graph.events.block_of`) are clustered again from every statement of those blocks in the
store, and their old events are replaced by the new ones in one update. Clusters depend on the set of
statements alone, and an event's IRI on what identifies it, so the events of a store never depend on the
order in which its articles arrived.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

import pyoxigraph as ox

from .events import Report, block_of, cluster_reports, stands_for
from .model import Place
from .rdf import AG, BASE, events_ntriples
from .sparql import PREFIXES

log = logging.getLogger(__name__)

ACTOR = f"{BASE}actor/"
PLACE = f"{BASE}place/"
PRECISIONS = {str(AG.day): "day", str(AG.week): "week", str(AG.month): "month", str(AG.year): "year",
              str(AG.span): "span", str(AG.articleDate): "article"}
STATEMENTS_OF = """
SELECT ?st ?p ?s ?o ?g WHERE { GRAPH ?g { ?st a ag:RelationStatement ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o } }"""
# Every property on its own, joined on ?st: one pass per property (see graph/data/queries/edges.rq).
REPORTS = """
SELECT ?st ?p ?s ?o ?earliest ?latest ?precision ?place ?state ?qid ?doc ?date ?start WHERE {
  %s
  { SELECT ?st ?precision WHERE { ?st ag:datePrecision ?precision } }
  { SELECT ?st ?latest WHERE { ?st ag:latest ?latest } }
  { SELECT ?st ?m WHERE { ?st ag:modality ?m FILTER (?m IN (ag:asserted, ag:alleged)) } }
  { SELECT ?st ?doc WHERE { ?st prov:wasDerivedFrom ?doc } }
  { SELECT ?st ?start WHERE { ?st ag:startChar ?start } }
  OPTIONAL { SELECT ?st ?earliest WHERE { ?st ag:earliest ?earliest } }
  OPTIONAL { ?st ag:place ?place OPTIONAL { ?place ag:inState ?state } OPTIONAL { ?place skos:exactMatch ?qid } }
  OPTIONAL { SELECT ?doc ?date WHERE { ?doc a ag:Document ; dcterms:date ?date } }
}"""
ALL_STATEMENTS = """{ SELECT ?st ?p ?s ?o WHERE { ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o } }"""
SOME_STATEMENTS = """VALUES ?s { %s } VALUES ?o { %s } ?st rdf:object ?o ; rdf:subject ?s ; rdf:predicate ?p ."""


def _local(iri: str, prefix: str) -> str:
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def statements_of(db: ox.Store, graphs: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """The relation statements of some article graphs: (statement, predicate, subject id, object id)."""
    names = [ox.NamedNode(g) for g in graphs]
    out = []
    for name in names:
        for row in db.query(STATEMENTS_OF, prefixes=PREFIXES, substitutions={ox.Variable("g"): name}):
            out.append((row["st"].value, row["p"].value.rsplit("#", 1)[-1], _local(row["s"].value, ACTOR),
                        _local(row["o"].value, ACTOR)))
    return out


def read_reports(db: ox.Store, subjects: Iterable[str] | None = None, objects: Iterable[str] | None = None
                 ) -> list[Report]:
    """The dated statements of the store that hold, as reports; only those between these actors if given."""
    if subjects is None or objects is None:
        pattern = ALL_STATEMENTS
    else:
        pattern = SOME_STATEMENTS % (" ".join(f"<{ACTOR}{a}>" for a in sorted(subjects)),
                                     " ".join(f"<{ACTOR}{a}>" for a in sorted(objects)))
    out = []
    for row in db.query(REPORTS % pattern, prefixes=PREFIXES):
        precision = PRECISIONS.get(row["precision"].value)
        if precision is None:  # durative
            continue
        latest = row["latest"].value
        place = None
        if row["place"] is not None:
            place_id = _local(row["place"].value, PLACE)
            state = _local(row["state"].value, PLACE) if row["state"] is not None else None
            qid = row["qid"].value.rsplit("/", 1)[-1] if row["qid"] is not None else None
            place = Place(place_id, place_id, state, qid)
        date = row["date"].value[:10] if row["date"] is not None else None
        out.append(Report(row["st"].value, row["p"].value.rsplit("#", 1)[-1], _local(row["s"].value, ACTOR),
                          _local(row["o"].value, ACTOR), row["earliest"].value if row["earliest"] else latest,
                          latest, precision, place, row["doc"].value, date if _iso(date) else None,
                          int(row["start"].value)))
    return out


def _iso(date: str | None) -> bool:
    return bool(date) and len(date) == 10 and date[4] == "-" and date[7] == "-"  # type: ignore[index]


def relink_events(db: ox.Store, touched: Iterable[tuple[str, str, str, str]], gone: Iterable[str] = ()) -> int:
    """Cluster again the blocks of the ``touched`` statements (statement, predicate, subject, object), and
    replace the events of those blocks and of the ``gone`` statements. Returns the number of events written."""
    states = stands_for()
    touched = list(touched)
    blocks = {block_of(Report(st, p, s, o, "", "", "", None, ""), states) for st, p, s, o in touched}
    if not blocks:
        return 0
    agents, targets = {b[1] for b in blocks}, {b[2] for b in blocks}
    subjects = agents | {a for a, state in states.items() if state in agents}
    objects = targets | {a for a, state in states.items() if state in targets}
    reports = [r for r in read_reports(db, subjects, objects) if block_of(r, states) in blocks]
    events = cluster_reports(reports, states)
    old = _events_of(db, {r.key for r in reports} | {st for st, *_ in touched} | set(gone))
    _replace(db, old, events_ntriples(events))
    return len(events)


def rebuild_events(db: ox.Store) -> int:
    """Cluster every statement of the store again and replace all its events. Returns their number."""
    events = cluster_reports(read_reports(db))
    db.update("DELETE { ?e ?p ?o } WHERE { ?e a ag:Event ; ?p ?o }", prefixes=PREFIXES)
    db.load(events_ntriples(events), format=ox.RdfFormat.N_TRIPLES)
    log.info("events rebuilt: %d", len(events))
    return len(events)


def _events_of(db: ox.Store, statements: set[str]) -> set[str]:
    if not statements:
        return set()
    values = " ".join(f"<{s}>" for s in sorted(statements))
    rows = db.query(f"SELECT DISTINCT ?e WHERE {{ VALUES ?st {{ {values} }} ?e ag:reportedBy ?st }}", prefixes=PREFIXES)
    return {row["e"].value for row in rows}


def _replace(db: ox.Store, old: set[str], triples: bytes) -> None:
    """Delete the old events' triples and insert the new ones, in one update (one transaction)."""
    parts = []
    if old:
        values = " ".join(f"<{e}>" for e in sorted(old))
        parts.append(f"DELETE {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {values} }} ?e ?p ?o }}")
    if triples:
        parts.append("INSERT DATA { " + triples.decode("utf-8") + " }")
    if parts:
        db.update(" ;\n".join(parts))
