"""RDF output: deterministic IRIs, direct triples only for asserted/alleged, SHACL conformance."""
from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.ingest import make_document, read_text_file
from graph.model import Actor, Document, Evidence, Extraction, Quote, Relation
from graph.rdf import AG, actor_iri, build_graph
from graph.service import example_paths


def tiny_extraction() -> Extraction:
    doc = make_document("Israel struck Iran. Iran may strike Israel.", "t.txt", doc_id="t")
    ev = Evidence("t", "Israel struck Iran.", 0, 19, "attacks/verb-active/strike", 0.9)
    ev2 = Evidence("t", "Iran may strike Israel.", 20, 43, "attacks/verb-active/strike", 0.9)
    ex = Extraction(document=doc)
    ex.actors = {a: Actor(a, "State", a.title()) for a in ("israel", "iran")}
    ex.relations = [Relation("israel", "attacks", "iran", "asserted", ev),
                    Relation("iran", "attacks", "israel", "hypothetical", ev2)]
    ex.quotes = [Quote("israel", "x", (), ev)]
    return ex


def test_direct_triples_only_for_asserted_and_alleged():
    g = build_graph([tiny_extraction()])
    assert (actor_iri("israel"), AG.attacks, actor_iri("iran")) in g
    assert (actor_iri("iran"), AG.attacks, actor_iri("israel")) not in g
    assert len(list(g.subjects(AG.modality, AG.hypothetical))) == 1


def test_iris_are_deterministic():
    a, b = build_graph([tiny_extraction()]), build_graph([tiny_extraction()])
    assert set(a) == set(b)


def conforms(g: Graph, ontology_graphs) -> tuple[bool, str]:
    ont, shapes = ontology_graphs
    ok, _, text = validate(g, shacl_graph=shapes, ont_graph=ont, inference="rdfs")
    return ok, text


@pytest.mark.slow
def test_pipeline_output_conforms_to_shapes(extractor, ontology_graphs):
    docs = [read_text_file(p) for p in example_paths()]
    g = build_graph(extractor.extract(docs))
    ok, text = conforms(g, ontology_graphs)
    assert ok, text[:3000]


@pytest.mark.slow
def test_same_input_same_graph(extractor):
    doc = read_text_file(example_paths()[0])
    a = build_graph(extractor.extract([doc]))
    b = build_graph(extractor.extract([doc]))
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"differ:\n{only_a.serialize(format='nt')}\n---\n{only_b.serialize(format='nt')}")


def test_document_metadata():
    doc = Document(doc_id="d", text="x", title="T", date="2024-04-19", url="https://example.org/a", sha256="ab" * 32)
    g = build_graph([Extraction(document=doc)])
    assert len(g) == 7
