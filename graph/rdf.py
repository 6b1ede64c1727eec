"""Extractions -> an rdflib Graph in the actorgraph ontology; the one place that mints IRIs.

Asserted and alleged relations become direct triples ``actor ag:attacks actor``; every
mention of a relation, hypothetical and negated ones included, is an
``ag:RelationStatement`` with its evidence. Quotes and affiliations are nodes of their own.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, DefinedNamespace

from .events import Event, Report, cluster_reports
from .model import Affiliation, EventTime, Evidence, Extraction, Place, Quote, Relation
from .output import write_atomically
from .timex import parse_date

BASE = "https://w3id.org/actorgraph/"
WD = Namespace("http://www.wikidata.org/entity/")
DIRECT = ("asserted", "alleged")
PRECISION_TERMS = {"day": "day", "week": "week", "month": "month", "year": "year", "span": "span",
                   "durative": "durative", "article": "articleDate"}
FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "json-ld": "json-ld",
           "jsonld": "json-ld", "trig": "trig", "nq": "nquads", "nquads": "nquads"}
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig",
                  ".nq": "nquads"}


class AG(DefinedNamespace):
    """The actorgraph ontology terms (declared in ``ontology/actorgraph.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True
    Actor: URIRef
    State: URIRef
    Group: URIRef
    Official: URIRef
    Expert: URIRef
    ThinkTank: URIRef
    InternationalOrganization: URIRef
    Document: URIRef
    RelationStatement: URIRef
    Quote: URIRef
    Affiliation: URIRef
    MentionTally: URIRef
    Event: URIRef
    Place: URIRef
    DatePrecision: URIRef
    attacks: URIRef
    backs: URIRef
    pressures: URIRef
    affiliatedWith: URIRef
    operatesIn: URIRef
    memberOf: URIRef
    modality: URIRef
    speaker: URIRef
    mentions: URIRef
    person: URIRef
    organization: URIRef
    iso3: URIRef
    mentionCount: URIRef
    actor: URIRef
    textHash: URIRef
    wordCount: URIRef
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    rule: URIRef
    confidence: URIRef
    text: URIRef
    role: URIRef
    asserted: URIRef
    alleged: URIRef
    hypothetical: URIRef
    negated: URIRef
    eventType: URIRef
    agent: URIRef
    target: URIRef
    reportedBy: URIRef
    earliest: URIRef
    latest: URIRef
    eventDate: URIRef
    datePrecision: URIRef
    timeText: URIRef
    place: URIRef
    placeText: URIRef
    inState: URIRef
    reportCount: URIRef
    articleCount: URIRef
    firstReported: URIRef
    lastReported: URIRef
    day: URIRef
    week: URIRef
    month: URIRef
    year: URIRef
    span: URIRef
    durative: URIRef
    articleDate: URIRef


def digest(*parts: object) -> str:
    """A short stable hash of the parts.

    >>> digest("a", 1)
    '839e11a421d370be'
    """
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def actor_iri(actor_id: str) -> URIRef:
    """The IRI of an actor: the same id gives the same IRI in every run and document.

    >>> str(actor_iri("iran"))
    'https://w3id.org/actorgraph/actor/iran'
    """
    return URIRef(f"{BASE}actor/{actor_id}")


def document_iri(sha256: str) -> URIRef:
    """Documents are keyed by the hash of their text."""
    return URIRef(f"{BASE}doc/{sha256[:16]}")


@lru_cache(maxsize=4096)
def _term(value: str | float, decimal: bool = False) -> Literal:
    """The literal of a value that recurs across statements (a rule name, a confidence), made once."""
    if decimal:
        return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)
    return Literal(value)


def _set_once(g: Graph, s: URIRef, p: URIRef, o) -> None:
    """Give ``s`` the single value ``o`` for ``p``; when it already has it, nothing is done (rdflib's ``set``
    removes and adds every time)."""
    if g.value(s, p) != o:
        g.set((s, p, o))


def _evidence(g: Graph, node: URIRef, ev: Evidence, doc: URIRef, sentences: dict | None = None) -> None:
    """The evidence of a statement; ``sentences`` keeps the sentence literals of one document (several statements
    often come from one sentence)."""
    g.add((node, PROV.wasDerivedFrom, doc))
    if sentences is None:
        sentence = Literal(ev.sentence)
    elif (sentence := sentences.get(ev.sentence)) is None:
        sentences[ev.sentence] = sentence = Literal(ev.sentence)
    g.add((node, AG.sentence, sentence))
    g.add((node, AG.startChar, Literal(ev.start)))
    g.add((node, AG.endChar, Literal(max(ev.end, ev.start + 1))))
    g.add((node, AG.rule, _term(ev.rule)))
    g.add((node, AG.confidence, _term(ev.confidence, decimal=True)))


def add_document(g: Graph, ex: Extraction) -> URIRef:
    doc = ex.document
    node = document_iri(doc.sha256)
    g.add((node, RDF.type, AG.Document))
    g.add((node, DCTERMS.identifier, Literal(doc.doc_id)))
    g.add((node, AG.textHash, Literal(doc.sha256)))
    g.add((node, AG.wordCount, Literal(doc.word_count)))
    if doc.title:
        g.add((node, DCTERMS.title, Literal(doc.title)))
    if doc.date:
        g.add((node, DCTERMS.date, Literal(doc.date)))
    if doc.url:
        g.add((node, DCTERMS.source, URIRef(doc.url)))
    return node


def statement_iri(doc: URIRef, rel: Relation) -> URIRef:
    """A relation statement is keyed by its article, relation, actors, sentence and rule."""
    ev = rel.evidence
    return URIRef(f"{BASE}statement/{digest(doc, rel.subject, rel.predicate, rel.obj, ev.start, ev.rule)}")


def place_iri(place_id: str) -> URIRef:
    """The IRI of a place (a state as a place has its own IRI, beside the state's actor IRI).

    >>> str(place_iri("isfahan"))
    'https://w3id.org/actorgraph/place/isfahan'
    """
    return URIRef(f"{BASE}place/{place_id}")


def event_iri(event: Event) -> URIRef:
    """An event is named by what identifies it (type, agent, target, best time, place), never by the order in
    which its reports arrived: the same reports give the same IRI in any run."""
    return URIRef(f"{BASE}event/{digest(*event.identity)}")


def date_literal(earliest: str, latest: str, precision: str) -> Literal:
    """The date of an event at its precision: a day, a month or a year, else the ISO 8601 interval.

    >>> date_literal("2024-04-01", "2024-04-30", "month")
    rdflib.term.Literal('2024-04', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    """
    if precision == "day":
        return Literal(earliest, datatype=XSD.date)
    if precision == "month":
        return Literal(earliest[:7], datatype=XSD.gYearMonth)
    if precision == "year":
        return Literal(earliest[:4], datatype=XSD.gYear)
    return Literal(f"{earliest}/{latest}")


def add_time(g: Graph, node: URIRef, time: EventTime) -> None:
    if time.earliest:
        g.add((node, AG.earliest, Literal(time.earliest, datatype=XSD.date)))
    g.add((node, AG.latest, Literal(time.latest, datatype=XSD.date)))
    g.add((node, AG.datePrecision, AG[PRECISION_TERMS[time.precision]]))
    if time.text:
        g.add((node, AG.timeText, Literal(time.text)))


def add_place(g: Graph, node: URIRef, place: Place, words: bool = True, written: set | None = None) -> None:
    """Place a statement; the place's own triples are added unless ``written`` holds it already."""
    where = place_iri(place.place_id)
    g.add((node, AG.place, where))
    if words and place.text:
        g.add((node, AG.placeText, Literal(place.text)))
    if written is not None:
        key = (place.place_id, place.label, place.state, place.qid, place.state_label)
        if key in written:
            return
        written.add(key)
    g.add((where, RDF.type, AG.Place))
    g.add((where, RDFS.label, Literal(place.label)))
    if place.state:
        g.add((where, AG.inState, place_iri(place.state)))
        if place.state != place.place_id:
            g.add((place_iri(place.state), RDF.type, AG.Place))
            g.add((place_iri(place.state), RDFS.label, Literal(place.state_label or place.state)))
    if place.qid:
        g.add((where, SKOS.exactMatch, WD[place.qid]))


def add_relation(g: Graph, rel: Relation, doc: URIRef, sentences: dict | None = None, written: set | None = None) -> None:
    s, p, o = actor_iri(rel.subject), AG[rel.predicate], actor_iri(rel.obj)
    ev = rel.evidence
    node = statement_iri(doc, rel)
    g.add((node, RDF.type, AG.RelationStatement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, AG.modality, AG[rel.modality]))
    _evidence(g, node, ev, doc, sentences)
    if rel.time is not None:
        add_time(g, node, rel.time)
    if rel.place is not None:
        add_place(g, node, rel.place, written=written)
    if rel.modality in DIRECT:
        g.add((s, p, o))


def relation_reports(ex: Extraction) -> list[Report]:
    """The statements of one extraction that hold and have a time, as :mod:`graph.events` clusters them."""
    doc = document_iri(ex.document.sha256)
    published = parse_date(ex.document.date)
    return [Report(str(statement_iri(doc, rel)), rel.predicate, rel.subject, rel.obj, rel.time.earliest or rel.time.latest,
                   rel.time.latest, rel.time.precision, rel.place, str(doc),
                   published.isoformat() if published else None, rel.evidence.start)
            for rel in ex.relations if rel.modality in DIRECT and rel.time is not None]


def event_facts(event: Event) -> list[tuple[str, str, str, str | None]]:
    """The facts of one event as plain strings: (subject, predicate, object, datatype), where a datatype of None
    makes the object an IRI and "" a plain string. Its type, agent, target, time, place, counts and reports."""
    node, ns, date = str(event_iri(event)), str(AG._NS), str(XSD.date)
    integer = str(XSD.integer)
    when = date_literal(event.earliest, event.latest, event.precision)
    out = [(node, str(RDF.type), f"{ns}Event", None), (node, f"{ns}eventType", f"{ns}{event.predicate}", None),
           (node, f"{ns}agent", str(actor_iri(event.agent)), None), (node, f"{ns}target", str(actor_iri(event.target)), None),
           (node, f"{ns}earliest", event.earliest, date), (node, f"{ns}latest", event.latest, date),
           (node, f"{ns}eventDate", str(when), str(when.datatype or "")),
           (node, f"{ns}datePrecision", f"{ns}{PRECISION_TERMS[event.precision]}", None),
           (node, f"{ns}reportCount", str(event.report_count), integer),
           (node, f"{ns}articleCount", str(len(event.articles)), integer)]
    if (place := event.place) is not None:
        out.append((node, f"{ns}place", str(place_iri(place.place_id)), None))
    if event.first_report:
        out.append((node, f"{ns}firstReported", event.first_report, date))
        out.append((node, f"{ns}lastReported", str(event.last_report), date))
    out += [(node, f"{ns}reportedBy", r.key, None) for r in event.reports]
    return out


def event_triples(event: Event) -> list[tuple[URIRef, URIRef, object]]:
    """The triples of one event, as rdflib terms."""
    return [(URIRef(s), URIRef(p), URIRef(o) if kind is None else Literal(o, datatype=URIRef(kind) if kind else None))
            for s, p, o, kind in event_facts(event)]


def add_events(g: Graph, reports: Iterable[Report]) -> None:
    """Cluster the reports (from :func:`relation_reports`) into events and add them (see :mod:`graph.events`)."""
    for event in cluster_reports(reports):
        for triple in event_triples(event):
            g.add(triple)


def events_ntriples(events: Iterable[Event]) -> bytes:
    """The events' triples as N-Triples, for a store to load (written directly: the objects are IRIs, dates, numbers
    and date intervals, none of which needs escaping)."""
    lines = []
    for event in events:
        for s, p, o, kind in event_facts(event):
            obj = f"<{o}>" if kind is None else f'"{o}"^^<{kind}>' if kind else f'"{o}"'
            lines.append(f"<{s}> <{p}> {obj} .\n")
    return "".join(lines).encode("utf-8")


def add_quote(g: Graph, quote: Quote, doc: URIRef, sentences: dict | None = None) -> None:
    node = URIRef(f"{BASE}quote/{digest(doc, quote.speaker, quote.evidence.start, quote.text)}")
    g.add((node, RDF.type, AG.Quote))
    g.add((node, AG.speaker, actor_iri(quote.speaker)))
    g.add((node, AG.text, Literal(quote.text)))
    for actor_id in quote.mentions:
        g.add((node, AG.mentions, actor_iri(actor_id)))
    _evidence(g, node, quote.evidence, doc, sentences)


def add_affiliation(g: Graph, aff: Affiliation, doc: URIRef, sentences: dict | None = None) -> None:
    where = doc if aff.evidence else "gazetteer"
    node = URIRef(f"{BASE}affiliation/{digest(aff.person, aff.organization, where)}")
    person, org = actor_iri(aff.person), actor_iri(aff.organization)
    g.add((node, RDF.type, AG.Affiliation))
    g.add((node, AG.person, person))
    g.add((node, AG.organization, org))
    if aff.role:
        g.add((node, AG.role, Literal(aff.role)))
    if aff.evidence:
        _evidence(g, node, aff.evidence, doc, sentences)
    g.add((person, AG.affiliatedWith, org))


def add_mention_tally(g: Graph, actor_id: str, count: int, doc: URIRef) -> None:
    """Record that ``doc`` names the actor ``count`` times, on a node of the document's own."""
    node = URIRef(f"{BASE}mentions/{digest(doc, actor_id)}")
    g.add((node, RDF.type, AG.MentionTally))
    g.add((node, AG.actor, actor_iri(actor_id)))
    g.add((node, AG.mentionCount, Literal(count)))
    g.add((node, PROV.wasDerivedFrom, doc))


def add_actors(g: Graph, ex: Extraction, tally_in: URIRef | None = None, counts: dict | None = None) -> None:
    """Add the document's actors; with ``tally_in``, mention counts go on a tally for that document; with
    ``counts``, they are summed there (by actor IRI), for :func:`write_mention_counts` to add once."""
    for actor in ex.actors.values():
        node = actor_iri(actor.actor_id)
        g.add((node, RDF.type, AG[actor.actor_type]))
        _set_once(g, node, RDFS.label, Literal(actor.label))
        for name in sorted(ex.names.get(actor.actor_id, ())):
            if name != actor.label:
                g.add((node, SKOS.altLabel, Literal(name)))
        if actor.qid:
            _set_once(g, node, SKOS.exactMatch, WD[actor.qid])
        if actor.iso3:
            _set_once(g, node, AG.iso3, Literal(actor.iso3))
        for state in actor.operates_in:
            if state in ex.actors:
                g.add((node, AG.operatesIn, actor_iri(state)))
        if tally_in is not None:
            add_mention_tally(g, actor.actor_id, ex.mentions.get(actor.actor_id, 0), tally_in)
        elif counts is not None:
            counts[node] = counts.get(node, 0) + ex.mentions.get(actor.actor_id, 0)
        else:
            write_mention_counts(g, {node: ex.mentions.get(actor.actor_id, 0)})


def write_mention_counts(g: Graph, counts: dict) -> None:
    """Add mention counts (actor IRI -> mentions) to the ``ag:mentionCount`` each actor already has in ``g``."""
    for node, count in counts.items():
        before = [int(c) for c in g.objects(node, AG.mentionCount)]
        if before:
            g.set((node, AG.mentionCount, Literal(sum(before) + count)))
        else:
            g.add((node, AG.mentionCount, Literal(count)))


def build_graph(extractions: Iterable[Extraction], g: Graph | None = None, mention_tallies: bool = False,
                events: bool = True) -> Graph:
    """Add every extraction to ``g`` (a new graph by default) and return it.

    Args:
        extractions: One extraction per document.
        g: The graph to add to; a new one with the usual prefixes by default.
        mention_tallies: Count mentions on one ``ag:MentionTally`` per actor and document instead of
            summing them on the actor: for graphs that are kept per document (a store's named graphs),
            where an actor's ``ag:mentionCount`` would clash between documents.
        events: Cluster the statements into ``ag:Event`` nodes across all the extractions (a store does this
            itself, across everything it holds, so it asks for none).
    """
    g = g if g is not None else new_graph()
    reports: list[Report] = []
    counts: dict = {}
    written: set = set()
    for ex in extractions:
        add_to_graph(g, ex, mention_tallies, counts, written)
        if events:
            reports += relation_reports(ex)
    write_mention_counts(g, counts)
    if events:
        add_events(g, reports)
    return g


def add_to_graph(g: Graph, ex: Extraction, mention_tallies: bool = False, counts: dict | None = None,
                 written: set | None = None) -> None:
    """Add one document's actors, relations, quotes and affiliations (with ``counts``, see :func:`add_actors`;
    ``written``: the places whose own triples ``g`` has from this run)."""
    doc = add_document(g, ex)
    add_actors(g, ex, doc if mention_tallies else None, counts)
    sentences: dict = {}
    for rel in ex.relations:
        add_relation(g, rel, doc, sentences, written)
    for quote in ex.quotes:
        add_quote(g, quote, doc, sentences)
    for aff in ex.affiliations:
        add_affiliation(g, aff, doc, sentences)


def new_graph() -> Graph:
    """An empty graph with the usual prefixes, in rdflib's default (context-aware) memory store: tools such as
    pyshacl wrap the graph's store in a conjunctive graph, which the faster triple-only store refuses."""
    g = Graph()
    for prefix, ns in (("ag", AG._NS), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("owl", OWL),
                       ("wd", WD), ("actor", Namespace(BASE + "actor/")), ("event", Namespace(BASE + "event/")),
                       ("place", Namespace(BASE + "place/"))):
        g.bind(prefix, ns)
    return g


def rdf_format(name: str | None, path: Path | None = None) -> str:
    """The rdflib format for a user's ``--format`` or the output file's suffix."""
    if name:
        return FORMATS[name.lower()]
    if path is not None and path.suffix.lower() in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[path.suffix.lower()]
    return "turtle"


def write_graph(g: Graph, path: Path, fmt: str) -> None:
    """Serialise atomically: a temporary file beside the target, renamed over it when complete.

    Raises:
        OutputError: The file cannot be written.
    """
    if fmt == "nquads" and not g.context_aware:
        quads = Dataset()  # N-Quads is written from a dataset: the triples go in its default graph
        for triple in g:
            quads.add(triple)
        g = quads
    write_atomically(path, lambda handle: g.serialize(handle, format=fmt, encoding="utf-8"))
