"""Extractions -> an rdflib Graph in the actorgraph ontology; the one place that mints IRIs.

Asserted and alleged relations become direct triples ``actor ag:attacks actor``; every
mention of a relation, hypothetical and negated ones included, is an
``ag:RelationStatement`` with its evidence. Quotes and affiliations are nodes of their own.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, DefinedNamespace

from .model import Affiliation, Evidence, Extraction, Quote, Relation
from .output import write_atomically

BASE = "https://w3id.org/actorgraph/"
WD = Namespace("http://www.wikidata.org/entity/")
DIRECT = ("asserted", "alleged")
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


def _evidence(g: Graph, node: URIRef, ev: Evidence, doc: URIRef) -> None:
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, AG.sentence, Literal(ev.sentence)))
    g.add((node, AG.startChar, Literal(ev.start)))
    g.add((node, AG.endChar, Literal(max(ev.end, ev.start + 1))))
    g.add((node, AG.rule, Literal(ev.rule)))
    g.add((node, AG.confidence, Literal(Decimal(str(round(ev.confidence, 3))), datatype=XSD.decimal)))


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


def add_relation(g: Graph, rel: Relation, doc: URIRef) -> None:
    s, p, o = actor_iri(rel.subject), AG[rel.predicate], actor_iri(rel.obj)
    ev = rel.evidence
    node = URIRef(f"{BASE}statement/{digest(doc, rel.subject, rel.predicate, rel.obj, ev.start, ev.rule)}")
    g.add((node, RDF.type, AG.RelationStatement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, AG.modality, AG[rel.modality]))
    _evidence(g, node, ev, doc)
    if rel.modality in DIRECT:
        g.add((s, p, o))


def add_quote(g: Graph, quote: Quote, doc: URIRef) -> None:
    node = URIRef(f"{BASE}quote/{digest(doc, quote.speaker, quote.evidence.start, quote.text)}")
    g.add((node, RDF.type, AG.Quote))
    g.add((node, AG.speaker, actor_iri(quote.speaker)))
    g.add((node, AG.text, Literal(quote.text)))
    for actor_id in quote.mentions:
        g.add((node, AG.mentions, actor_iri(actor_id)))
    _evidence(g, node, quote.evidence, doc)


def add_affiliation(g: Graph, aff: Affiliation, doc: URIRef) -> None:
    where = doc if aff.evidence else "gazetteer"
    node = URIRef(f"{BASE}affiliation/{digest(aff.person, aff.organization, where)}")
    person, org = actor_iri(aff.person), actor_iri(aff.organization)
    g.add((node, RDF.type, AG.Affiliation))
    g.add((node, AG.person, person))
    g.add((node, AG.organization, org))
    if aff.role:
        g.add((node, AG.role, Literal(aff.role)))
    if aff.evidence:
        _evidence(g, node, aff.evidence, doc)
    g.add((person, AG.affiliatedWith, org))


def add_mention_tally(g: Graph, actor_id: str, count: int, doc: URIRef) -> None:
    """Record that ``doc`` names the actor ``count`` times, on a node of the document's own."""
    node = URIRef(f"{BASE}mentions/{digest(doc, actor_id)}")
    g.add((node, RDF.type, AG.MentionTally))
    g.add((node, AG.actor, actor_iri(actor_id)))
    g.add((node, AG.mentionCount, Literal(count)))
    g.add((node, PROV.wasDerivedFrom, doc))


def add_actors(g: Graph, ex: Extraction, tally_in: URIRef | None = None) -> None:
    """Add the document's actors; with ``tally_in``, mention counts go on a tally for that document."""
    for actor in ex.actors.values():
        node = actor_iri(actor.actor_id)
        g.add((node, RDF.type, AG[actor.actor_type]))
        g.set((node, RDFS.label, Literal(actor.label)))
        for name in sorted(ex.names.get(actor.actor_id, ())):
            if name != actor.label:
                g.add((node, SKOS.altLabel, Literal(name)))
        if actor.qid:
            g.set((node, SKOS.exactMatch, WD[actor.qid]))
        if actor.iso3:
            g.set((node, AG.iso3, Literal(actor.iso3)))
        for state in actor.operates_in:
            if state in ex.actors:
                g.add((node, AG.operatesIn, actor_iri(state)))
        if tally_in is not None:
            add_mention_tally(g, actor.actor_id, ex.mentions.get(actor.actor_id, 0), tally_in)
            continue
        count = sum(int(c) for c in g.objects(node, AG.mentionCount)) + ex.mentions.get(actor.actor_id, 0)
        g.set((node, AG.mentionCount, Literal(count)))


def build_graph(extractions: Iterable[Extraction], g: Graph | None = None, mention_tallies: bool = False) -> Graph:
    """Add every extraction to ``g`` (a new graph by default) and return it.

    Args:
        extractions: One extraction per document.
        g: The graph to add to; a new one with the usual prefixes by default.
        mention_tallies: Count mentions on one ``ag:MentionTally`` per actor and document instead of
            summing them on the actor: for graphs that are kept per document (a store's named graphs),
            where an actor's ``ag:mentionCount`` would clash between documents.
    """
    g = g if g is not None else new_graph()
    for ex in extractions:
        add_to_graph(g, ex, mention_tallies)
    return g


def add_to_graph(g: Graph, ex: Extraction, mention_tallies: bool = False) -> None:
    """Add one document's actors, relations, quotes and affiliations."""
    doc = add_document(g, ex)
    add_actors(g, ex, doc if mention_tallies else None)
    for rel in ex.relations:
        add_relation(g, rel, doc)
    for quote in ex.quotes:
        add_quote(g, quote, doc)
    for aff in ex.affiliations:
        add_affiliation(g, aff, doc)


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("ag", AG._NS), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("owl", OWL),
                       ("wd", WD), ("actor", Namespace(BASE + "actor/"))):
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
    write_atomically(path, lambda handle: g.serialize(handle, format=fmt, encoding="utf-8"))
