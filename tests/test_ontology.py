"""The ontology and the SHACL shapes: they parse, agree with each other, and judge graphs rightly."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, Namespace, URIRef

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
AG = Namespace("https://w3id.org/actorgraph/ontology#")
ACTOR = Namespace("https://w3id.org/actorgraph/actor/")
DOC = Namespace("https://w3id.org/actorgraph/doc/")
STATEMENT = Namespace("https://w3id.org/actorgraph/statement/")
QUOTE = Namespace("https://w3id.org/actorgraph/quote/")
AFFILIATION = Namespace("https://w3id.org/actorgraph/affiliation/")
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}

VALID_TTL = """
@prefix ag: <https://w3id.org/actorgraph/ontology#> .
@prefix actor: <https://w3id.org/actorgraph/actor/> .
@prefix doc: <https://w3id.org/actorgraph/doc/> .
@prefix statement: <https://w3id.org/actorgraph/statement/> .
@prefix quote: <https://w3id.org/actorgraph/quote/> .
@prefix affiliation: <https://w3id.org/actorgraph/affiliation/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

actor:iran a ag:State ; rdfs:label "Iran" ; skos:altLabel "Tehran" , "Iranian" ;
    skos:exactMatch <http://www.wikidata.org/entity/Q794> ; ag:iso3 "IRN" ; ag:mentionCount 4 ;
    ag:backs actor:hezbollah .
actor:lebanon a ag:State ; rdfs:label "Lebanon" ; ag:iso3 "LBN" .
actor:hezbollah a ag:Group ; rdfs:label "Hezbollah" ; ag:operatesIn actor:lebanon ;
    ag:memberOf actor:axis-of-resistance .
actor:axis-of-resistance a ag:Group ; rdfs:label "axis of resistance" .
actor:ali-vaez a ag:Expert ; rdfs:label "Ali Vaez" ; skos:altLabel "Vaez" ;
    ag:affiliatedWith actor:international-crisis-group .
actor:international-crisis-group a ag:ThinkTank ; rdfs:label "International Crisis Group" .

doc:0a1b a ag:Document ; dcterms:identifier "seed-000" ;
    ag:textHash "e4cf7f6a1565b824e4cf7f6a1565b824e4cf7f6a1565b824e4cf7f6a1565b824" ;
    dcterms:title "Iran and its allies" ; dcterms:date "2024-04-19"^^xsd:date ;
    dcterms:source <https://example.org/news/iran-allies> ; ag:wordCount 812 .

statement:5c2d a ag:RelationStatement ;
    rdf:subject actor:iran ; rdf:predicate ag:backs ; rdf:object actor:hezbollah ;
    ag:modality ag:asserted ; prov:wasDerivedFrom doc:0a1b ;
    ag:sentence "Iran has armed and funded Hezbollah for decades." ;
    ag:startChar 120 ; ag:endChar 168 ; ag:rule "backs.funds" ; ag:confidence 0.9 .
statement:77aa a ag:RelationStatement ;
    rdf:subject actor:iran ; rdf:predicate ag:attacks ; rdf:object actor:lebanon ;
    ag:modality ag:hypothetical ; prov:wasDerivedFrom doc:0a1b ;
    ag:sentence "Iran may strike Lebanon." ;
    ag:startChar 0 ; ag:endChar 24 ; ag:rule "attacks.strike" ; ag:confidence 0.5 .

quote:9e0f a ag:Quote ; ag:speaker actor:ali-vaez ;
    ag:text "Iran is not going to abandon Hezbollah" ; ag:mentions actor:iran , actor:hezbollah ;
    prov:wasDerivedFrom doc:0a1b ;
    ag:sentence "\\"Iran is not going to abandon Hezbollah,\\" Vaez said." ;
    ag:startChar 300 ; ag:endChar 352 ; ag:rule "quote.said" ; ag:confidence 0.75 .

affiliation:41c3 a ag:Affiliation ; ag:person actor:ali-vaez ;
    ag:organization actor:international-crisis-group ; ag:role "director of the Iran program" ;
    prov:wasDerivedFrom doc:0a1b ; ag:rule "affiliation.apposition" ; ag:confidence 1.0 .
"""


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "actorgraph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def ag_terms(graph: Graph) -> set[URIRef]:
    """Every ag: IRI in the graph, as a node or inside a SPARQL constraint."""
    terms = {node for triple in graph for node in triple if isinstance(node, URIRef) and node.startswith(AG)}
    for query in graph.objects(None, SH.select):
        terms |= {AG[name] for name in re.findall(r"\bag:(\w+)", str(query))}
    return terms


def declared(ontology: Graph) -> set[URIRef]:
    return {s for s, t in ontology.subject_objects(RDF.type) if t in DECLARATION_TYPES and s.startswith(AG)}


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[Literal]:
    return [o for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == "en"]


def test_both_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert (URIRef("https://w3id.org/actorgraph/ontology"), RDF.type, OWL.Ontology) in ontology
    assert ontology.value(URIRef("https://w3id.org/actorgraph/ontology"), OWL.versionInfo) == Literal("0.1.0")
    assert set(shapes.subjects(RDF.type, SH.NodeShape))


def test_guideline_terms_are_declared(ontology: Graph) -> None:
    fixed = {"State", "Group", "Official", "Expert", "ThinkTank", "InternationalOrganization", "Quote",
             "attacks", "backs", "pressures", "speaker", "text", "affiliatedWith"}
    assert {AG[name] for name in fixed} <= declared(ontology)
    for name in ("attacks", "backs", "pressures"):
        assert (AG[name], RDFS.subPropertyOf, AG.relatesTo) in ontology
    assert set(ontology.subjects(RDF.type, AG.Modality)) == {AG.asserted, AG.alleged, AG.hypothetical, AG.negated}


def test_every_ag_term_is_declared(ontology: Graph, shapes: Graph) -> None:
    assert ag_terms(shapes) - declared(ontology) == set()
    assert ag_terms(ontology) - declared(ontology) == set()


def test_every_term_has_english_label_and_comment(ontology: Graph) -> None:
    terms = declared(ontology)
    assert not [t for t in terms if len(english(ontology, t, RDFS.label)) != 1]
    assert not [t for t in terms if len(english(ontology, t, RDFS.comment)) != 1]


def test_properties_have_domain_and_range(ontology: Graph) -> None:
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert not [p for p in properties if ontology.value(p, RDFS.domain) is None]
    assert not [p for p in properties if ontology.value(p, RDFS.range) is None]


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, set[tuple], str]:
    """Conformance, the (focus node, path, constraint component) of each result, and the report text."""
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    found = {(results.value(r, SH.focusNode), results.value(r, SH.resultPath),
              results.value(r, SH.sourceConstraintComponent))
             for r in results.subjects(RDF.type, SH.ValidationResult)}
    return conforms, found, text


def valid_graph() -> Graph:
    return Graph().parse(data=VALID_TTL, format="turtle")


def test_valid_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, found, text = validate(valid_graph(), shapes, ontology)
    assert conforms, text
    assert found == set()


def _set(node: URIRef, prop: URIRef, value) -> Callable[[Graph], None]:
    return lambda g: g.set((node, prop, value))


def _add(node: URIRef, prop: URIRef, value) -> Callable[[Graph], None]:
    return lambda g: g.add((node, prop, value))


def _remove(node: URIRef, prop: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((node, prop, None))


IRAN, HEZBOLLAH, AXIS, VAEZ = ACTOR.iran, ACTOR.hezbollah, ACTOR["axis-of-resistance"], ACTOR["ali-vaez"]
BACKS, QUOTED, AFFILIATED = STATEMENT["5c2d"], QUOTE["9e0f"], AFFILIATION["41c3"]

BROKEN = {
    "actor with two labels": (
        _add(IRAN, RDFS.label, Literal("Islamic Republic of Iran")),
        {(IRAN, RDFS.label, SH.MaxCountConstraintComponent)}),
    "statement missing modality": (
        _remove(BACKS, AG.modality),
        {(BACKS, AG.modality, SH.MinCountConstraintComponent)}),
    "statement with modality 'maybe'": (
        _set(BACKS, AG.modality, Literal("maybe")),
        {(BACKS, AG.modality, SH.InConstraintComponent)}),
    "quote without speaker": (
        _remove(QUOTED, AG.speaker),
        {(QUOTED, AG.speaker, SH.MinCountConstraintComponent)}),
    "actor typed both State and Group": (
        _add(HEZBOLLAH, RDF.type, AG.State),
        {(HEZBOLLAH, None, SH.XoneConstraintComponent)}),
    "actor without a concrete type": (
        _set(AXIS, RDF.type, AG.Actor),
        {(AXIS, None, SH.XoneConstraintComponent)}),
    "relation to a document": (
        _add(IRAN, AG.attacks, DOC["0a1b"]),
        {(DOC["0a1b"], None, SH.XoneConstraintComponent),
         (DOC["0a1b"], RDFS.label, SH.MinCountConstraintComponent)}),
    "state as the person of an affiliation": (
        _set(AFFILIATED, AG.person, IRAN),
        {(AFFILIATED, AG.person, SH.OrConstraintComponent),
         (IRAN, None, SH.OrConstraintComponent),
         (AFFILIATED, None, SH.SPARQLConstraintComponent)}),
    "statement predicate outside the three relations": (
        _set(BACKS, RDF.predicate, AG.memberOf),
        {(BACKS, RDF.predicate, SH.InConstraintComponent)}),
    "asserted statement without its direct triple": (
        lambda g: g.remove((IRAN, AG.backs, HEZBOLLAH)),
        {(BACKS, None, SH.SPARQLConstraintComponent)}),
    "confidence as a double": (
        _set(BACKS, AG.confidence, Literal(0.9)),
        {(BACKS, AG.confidence, SH.DatatypeConstraintComponent)}),
    "confidence above 1": (
        _set(BACKS, AG.confidence, Literal(Decimal("1.5"))),
        {(BACKS, AG.confidence, SH.MaxInclusiveConstraintComponent)}),
    "sentence ending before it starts": (
        _set(BACKS, AG.endChar, Literal(100)),
        {(BACKS, AG.startChar, SH.LessThanConstraintComponent)}),
    "lower-case iso3": (
        _set(IRAN, AG.iso3, Literal("irn")),
        {(IRAN, AG.iso3, SH.PatternConstraintComponent)}),
    "exactMatch outside Wikidata": (
        _set(IRAN, URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"),
             URIRef("https://en.wikipedia.org/wiki/Iran")),
        {(IRAN, URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"), SH.PatternConstraintComponent)}),
    "document without text hash": (
        _remove(DOC["0a1b"], AG.textHash),
        {(DOC["0a1b"], AG.textHash, SH.MinCountConstraintComponent)}),
    "affiliation without its direct triple": (
        lambda g: g.remove((VAEZ, AG.affiliatedWith, None)),
        {(AFFILIATED, None, SH.SPARQLConstraintComponent)}),
    "quote from a sentence of no document": (
        _remove(QUOTED, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")),
        {(QUOTED, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), SH.MinCountConstraintComponent)}),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_graph_fails_for_the_right_reason(name: str, ontology: Graph, shapes: Graph) -> None:
    break_graph, expected = BROKEN[name]
    data = valid_graph()
    break_graph(data)
    conforms, found, text = validate(data, shapes, ontology)
    assert not conforms
    assert found == expected, text

