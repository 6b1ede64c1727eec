"""The persistent store: add, re-add, remove, re-extract, export round-trips, SPARQL and named queries."""
from __future__ import annotations

import csv
import io
import json
import shlex
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from pyshacl import validate
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.cli import main
from graph.export import export_store
from graph.model import Relation
from graph.query import _term, bind_params, query, run_query, to_networkx, union_graph
from graph.rdf import AG, actor_iri, build_graph, document_iri
from graph.sparql import PREFIXES, QueryError, check_params, format_csv, format_json, format_tsv, named_queries
from graph.store import (
    StoreError,
    StoreLockedError,
    add_extraction,
    import_dataset,
    open_store,
    remove_documents,
)

from .storedata import corpus, graded_corpus, stored

IRAN, HEZBOLLAH, HOUTHIS, RADWAN = (actor_iri(a) for a in ("iran", "hezbollah", "houthis", "radwan-force"))


@pytest.fixture
def kg(tmp_path: Path) -> Path:
    path = tmp_path / "kg"
    with open_store(path, write=True, create=True) as store:
        for ex in corpus():
            assert add_extraction(store, ex) > 0
    return path


def expected_union(extractions) -> Graph:
    """The union of the article graphs, each built as the store builds it."""
    union = Graph()
    for ex in extractions:
        for triple in build_graph([ex], mention_tallies=True):
            union.add(triple)
    return union


def default_graph(path: Path) -> Graph:
    return query(path, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def assert_isomorphic(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"differ:\n{only_a.serialize(format='nt')}\n---\n{only_b.serialize(format='nt')}")


def quad_count(path: Path) -> int:
    with open_store(path) as store:
        return len(store.db)


def test_default_graph_is_the_union_with_each_triple_once(kg):
    assert_isomorphic(default_graph(kg), expected_union(corpus()))
    rows = query(kg, "SELECT ?label WHERE { actor:iran rdfs:label ?label }")
    assert rows == [{"label": "Iran"}]  # three articles name Iran: still one label


def test_union_graph_for_rdflib_readers(kg):
    assert_isomorphic(union_graph(kg), expected_union(corpus()))


def test_each_article_is_a_named_graph(kg):
    with open_store(kg) as store:
        names = {g.value for g in store.db.named_graphs()}
    assert names == {str(document_iri(ex.document.sha256)) for ex in corpus()}
    rows = query(kg, "SELECT ?g WHERE { GRAPH ?g { ?s ag:backs actor:radwan-force } }")
    assert rows == [{"g": str(document_iri(corpus()[1].document.sha256))}]


def test_re_adding_changes_nothing(kg):
    before = quad_count(kg)
    with open_store(kg, write=True) as store:
        assert [add_extraction(store, ex) for ex in corpus()] == [0, 0, 0]
    assert quad_count(kg) == before


def test_remove_one_article_leaves_the_others(kg):
    removed = remove_documents(kg, ["a2"])
    assert removed == [str(document_iri(corpus()[1].document.sha256))]
    union = default_graph(kg)
    assert_isomorphic(union, expected_union([corpus()[0], corpus()[2]]))
    assert (IRAN, AG.backs, HEZBOLLAH) in union  # also said in a1
    assert (HEZBOLLAH, AG.backs, RADWAN) not in union  # only in a2
    assert not list(union.triples((HOUTHIS, None, None)))


def test_remove_by_hash_or_iri_and_unknown_removes_nothing(kg):
    a1, a3 = corpus()[0].document.sha256, corpus()[2].document.sha256
    before = quad_count(kg)
    with pytest.raises(StoreError, match="no article 'nope'"):
        remove_documents(kg, [a1[:16], "nope"])
    assert quad_count(kg) == before
    remove_documents(kg, [a1, str(document_iri(a3))])
    assert_isomorphic(default_graph(kg), expected_union([corpus()[1]]))


def test_re_extract_replaces_one_article(kg):
    old = corpus()[2]
    new = replace(old, relations=[Relation("iran", "backs", "houthis", "asserted", old.relations[0].evidence)])
    with open_store(kg, write=True) as store:
        assert add_extraction(store, new) == 0
        assert add_extraction(store, new, replace=True) > 0
    assert_isomorphic(default_graph(kg), expected_union([corpus()[0], corpus()[1], new]))


def test_union_conforms_to_the_shapes(kg, ontology_graphs):
    ont, shapes = ontology_graphs
    ok, _, text = validate(default_graph(kg), shacl_graph=shapes, ont_graph=ont, inference="rdfs")
    assert ok, text[:3000]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses ConjunctiveGraph
@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_export_union_round_trip(kg, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    export_store(kg, out)
    loaded = Graph().parse(out, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    assert_isomorphic(loaded, expected_union(corpus()))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib 7 deprecates parts of its own Dataset API
@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_export_articles_import_elsewhere(kg, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    export_store(kg, out)
    dataset = Dataset()
    dataset.parse(out, format={"trig": "trig", "nq": "nquads"}[fmt])
    for ex in corpus():
        name = document_iri(ex.document.sha256)
        assert_isomorphic(Graph() + dataset.graph(name), build_graph([ex], mention_tallies=True))
    other = tmp_path / "elsewhere"
    report = import_dataset(other, out)
    assert (report.graphs, report.skipped) == (3, 0)
    assert_isomorphic(default_graph(other), default_graph(kg))
    assert import_dataset(other, out).graphs == 0  # importing again adds nothing
    again = tmp_path / f"again.{fmt}"
    export_store(other, again)
    assert quads(again, fmt) == quads(out, fmt)  # no blank nodes: equal quads means isomorphic


def quads(path: Path, fmt: str) -> set[tuple]:
    dataset = Dataset()
    dataset.parse(path, format={"trig": "trig", "nq": "nquads"}[fmt])
    return {(s, p, o, g.identifier if isinstance(g, Graph) else g)
            for s, p, o, g in dataset.quads((None, None, None, None))}


def test_import_into_a_store_that_has_some_articles(kg, tmp_path):
    out = tmp_path / "kg.nq"
    export_store(kg, out)
    other = tmp_path / "other"
    with open_store(other, write=True, create=True) as store:
        add_extraction(store, corpus()[1])
    report = import_dataset(other, out)
    assert (report.graphs, report.skipped, report.ignored) == (2, 1, 0)
    assert_isomorphic(default_graph(other), expected_union(corpus()))
    assert quad_count(other) == quad_count(kg)


def test_import_ignores_triples_outside_the_article_graphs(kg, tmp_path):
    out = tmp_path / "kg.nq"
    export_store(kg, out)
    stray = '<https://example.org/a> <https://example.org/says> "not from any article" .\n'
    union_line = f'<{IRAN}> <{AG.backs}> <{HEZBOLLAH}> .\n'  # in the union already: it stays
    out.write_text(out.read_text(encoding="utf-8") + stray + union_line, encoding="utf-8")
    report = import_dataset(tmp_path / "other", out)
    assert (report.graphs, report.ignored) == (3, 2)
    assert_isomorphic(default_graph(tmp_path / "other"), expected_union(corpus()))


@pytest.mark.parametrize("has_articles", [False, True])
def test_a_malformed_import_leaves_the_store_as_it_was(kg, tmp_path, has_articles):
    out = tmp_path / "kg.nq"
    export_store(kg, out)
    out.write_text(out.read_text(encoding="utf-8") + "<https://example.org/a> <broken\n", encoding="utf-8")
    other = tmp_path / "other"
    with open_store(other, write=True, create=True) as store:
        if has_articles:
            add_extraction(store, corpus()[0])
    before = quad_count(other)
    with pytest.raises(StoreError, match="kg.nq"):
        import_dataset(other, out)
    assert quad_count(other) == before
    if has_articles:
        assert_isomorphic(default_graph(other), expected_union([corpus()[0]]))


def test_import_refuses_a_triples_file(kg, tmp_path):
    out = tmp_path / "kg.ttl"
    export_store(kg, out)
    with pytest.raises(StoreError, match="TriG or N-Quads"):
        import_dataset(tmp_path / "other", out)


def test_network_exports(kg, tmp_path):
    net = to_networkx(kg)
    assert net.nodes["iran"]["label"] == "Iran" and net.nodes["iran"]["type"] == "State"
    edge = net.edges["iran", "hezbollah", "backs/asserted"]
    assert (edge["predicate"], edge["modality"], edge["statements"], edge["articles"]) == ("backs", "asserted", 2, 2)
    assert net.has_edge("israel", "yemen", "attacks/negated")
    export_store(kg, tmp_path / "kg.graphml")
    assert set(nx.read_graphml(tmp_path / "kg.graphml").edges()) == set(net.edges())
    export_store(kg, tmp_path / "kg.gexf")
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_edges() == net.number_of_edges()
    export_store(kg, tmp_path / "kg.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "kg.csv").read_text(encoding="utf-8"))))
    assert {"Source": "iran", "Target": "hezbollah", "Label": "backs", "Weight": "2"}.items() <= next(
        r for r in rows if r["Source"] == "iran" and r["Target"] == "hezbollah").items()


def rows(kg: Path, name: str, **params: str) -> list[dict]:
    return query(kg, name, params)


def test_named_queries(kg):
    assert {r["backerLabel"]: (r["statements"], r["articles"]) for r in rows(kg, "backers", actor="Hezbollah")} == {
        "Iran": (2, 2)}
    assert {r["backedLabel"] for r in rows(kg, "backs", actor="iran")} == {"Hezbollah", "Houthis"}
    chains = {(r["backerLabel"], r["backedLabel"], r["direct"]) for r in rows(kg, "backing-chains", actor="Iran")}
    assert chains == {("Iran", "Hezbollah", True), ("Iran", "Houthis", True), ("Hezbollah", "Radwan Force", False)}
    axis = {r["groupLabel"]: (r["direct"], r["operatesIn"]) for r in rows(kg, "axis-of-resistance")}
    assert axis == {"Hezbollah": (True, "Lebanon"), "Houthis": (True, "Yemen"), "Radwan Force": (False, "Lebanon")}
    attacks = rows(kg, "relations")
    assert [(r["subjectLabel"], r["objectLabel"], r["statements"], r["articles"], r["firstDate"], r["lastDate"])
            for r in attacks] == [("Israel", "Hezbollah", 2, 2, "2024-01-10", "2024-03-05")]
    assert [r["objectLabel"] for r in rows(kg, "relations", relation="pressures")] == ["Israel"]
    assert [r["text"] for r in rows(kg, "quotes-by", actor="Ali Vaez")] == ["Iran will not abandon Hezbollah"]
    assert [r["speakerLabel"] for r in rows(kg, "quotes-naming", actor="hezbollah")] == ["Ali Vaez"]
    evidence = rows(kg, "evidence", subject="israel", relation="attacks", object="yemen")
    assert [(r["modality"].rsplit("#")[1], r["sentence"]) for r in evidence] == [
        ("negated", "Israel did not strike Yemen.")]
    groups = {r["label"]: r["mentions"] for r in rows(kg, "actors", type="group")}
    assert set(groups) == {"Hezbollah", "Houthis", "Radwan Force"} and groups["Hezbollah"] >= 3
    assert {r["id"] for r in rows(kg, "documents")} == {"a1", "a2", "a3"}


def test_every_named_query_runs_with_its_example(kg):
    for named in named_queries().values():
        params = {p.name: p.example for p in named.params if p.example}
        assert isinstance(query(kg, named.name, params), list), named.name
        assert named.description, named.name


def test_named_queries_sort_like_the_engine(kg):
    """Named queries sort their decoded rows in Python; the order is the one the engine gives for ORDER BY."""
    ordered = [q for q in named_queries().values() if q.order]
    assert {q.name for q in ordered} >= {"evidence", "quotes-by", "quotes-naming", "relations", "backers"}
    with open_store(kg) as store:
        for named in ordered:
            params = {p.name: p.example for p in named.params if p.example}
            assert "ORDER BY" not in named.engine_text and "ORDER BY" in named.text
            ours = run_query(store, named.name, params, limit=None)
            bound = bind_params(store, named, check_params(named, params))
            engine = store.db.query(named.text, prefixes=PREFIXES, substitutions=bound)
            assert ours.rows == [tuple(map(_term, row)) for row in engine], named.name
        first = run_query(store, "documents", limit=2)
        assert first.truncated and [r[1].value for r in first.rows] == ["a1", "a2"]


def test_parameters_are_bound_not_pasted(kg):
    hostile = 'Iran" } ; DROP ALL ; SELECT * WHERE { "'
    with pytest.raises(QueryError, match="no actor"):
        query(kg, "backers", {"actor": hostile})
    assert query(kg, "ASK { ?s ag:backs ?o }") is True


@pytest.mark.parametrize("name,params,message", [
    ("nope", {}, "unknown named query 'nope'"),
    ("backers", {}, "needs --param actor="),
    ("backers", {"actor": "iran", "colour": "red"}, "no parameter 'colour'"),
    ("relations", {"relation": "hugs"}, "attacks, backs, pressures"),
    ("actors", {"type": "Planet"}, "actor type"),
    ("backers", {"actor": "Narnia"}, "no actor 'Narnia'"),
    ("relations", {"minConfidence": "1.5"}, "expected a number from 0 to 1, not '1.5'"),
    ("backers", {"actor": "iran", "minConfidence": "-0.1"}, "expected a number from 0 to 1"),
    ("edges", {"minConfidence": "NaN"}, "expected a number from 0 to 1"),
    ("edges", {"minConfidence": "high"}, "expected a number from 0 to 1"),
])
def test_named_query_errors(kg, name, params, message):
    with pytest.raises(QueryError, match=message):
        query(kg, name, params)


@pytest.fixture
def graded_kg(tmp_path: Path) -> Path:
    return stored(tmp_path / "graded", graded_corpus())


def test_named_queries_count_only_statements_at_or_above_min_confidence(graded_kg):
    def backers(**extra):
        return {r["backerLabel"]: (r["statements"], r["articles"]) for r in rows(graded_kg, "backers", actor="hezbollah",
                                                                               **extra)}

    assert backers() == backers(minConfidence="0") == {"Iran": (2, 2)}
    assert backers(minConfidence="0.8") == backers(minConfidence="0.95") == {"Iran": (1, 1)}
    assert backers(minConfidence="0.96") == {}  # the pair has no statement left
    assert [r["backedLabel"] for r in rows(graded_kg, "backs", actor="iran")] == ["Hezbollah", "Houthis"]
    assert [r["backedLabel"] for r in rows(graded_kg, "backs", actor="iran", minConfidence=".8")] == ["Hezbollah"]
    attacks = rows(graded_kg, "relations", minConfidence="0.8")
    assert [(r["subjectLabel"], r["objectLabel"], r["statements"], r["articles"], r["firstDate"], r["lastDate"],
             r["minConfidence"]) for r in attacks] == [("Israel", "Hezbollah", 1, 1, "2024-01-10", "2024-01-10", 0.8)]
    assert rows(graded_kg, "relations", minConfidence="0.9") == []
    assert [r["objectLabel"] for r in rows(graded_kg, "relations", relation="pressures", minConfidence="0.9")] == ["Israel"]
    evidence = rows(graded_kg, "evidence", subject="israel", relation="attacks", object="hezbollah", minConfidence="0.8")
    assert [(r["sentence"], r["confidence"]) for r in evidence] == [("Israel struck Hezbollah in Lebanon.", 0.85)]
    edges = {(r["subject"].rsplit("/")[-1], r["relation"].rsplit("#")[-1], r["object"].rsplit("/")[-1]): r["statements"]
             for r in rows(graded_kg, "edges", minConfidence="0.8")}
    assert edges == {("iran", "backs", "hezbollah"): 1, ("israel", "attacks", "hezbollah"): 1,
                     ("hezbollah", "backs", "radwan-force"): 1, ("israel", "attacks", "iran"): 1,
                     ("israel", "attacks", "yemen"): 1, ("iran", "pressures", "israel"): 1}
    assert sum(r["statements"] for r in rows(graded_kg, "edges")) == 9


def test_min_confidence_left_unbound_counts_every_statement(graded_kg):
    """The query page shows the named queries' text without parameters: there, minConfidence is unbound."""
    with open_store(graded_kg) as store:
        for name in ("relations", "backers", "backs", "evidence", "edges", "events", "timeline"):
            named = named_queries()[name]
            assert any(p.name == "minConfidence" and p.kind == "decimal" for p in named.params), name
            raw = run_query(store, named.text, limit=None)
            assert "minConfidence" in raw.variables and all(r[raw.variables.index("minConfidence")] is None
                                                              for r in raw.rows), name
        statements = run_query(store, named_queries()["edges"].text).records()
        assert sum(r["statements"] for r in statements) == 9


def test_cli_query_min_confidence(graded_kg, tmp_path):
    def run(*args):
        return CliRunner().invoke(main, ["query", "--store", str(graded_kg), *args])

    out = run("backers", "--param", "actor=hezbollah", "--min-confidence", "0.8", "--format", "csv")
    assert out.exit_code == 0, out.output
    assert [(r["backerLabel"], r["statements"], r["minConfidence"]) for r in csv.DictReader(io.StringIO(out.stdout))] == [
        ("Iran", "1", "0.8")]
    same = run("backers", "--param", "actor=hezbollah", "--param", "minConfidence=0.8", "--format", "csv")
    assert same.stdout == out.stdout
    for args, message in [
        (("SELECT * WHERE { ?s ?p ?o }", "--min-confidence", "0.5"), "--min-confidence goes with a named query"),
        (("actors", "--min-confidence", "0.5"), "named query 'actors' has no minConfidence parameter (those that "
                                                 "have: backers, backs, edges, events, evidence, relations, timeline)"),
        (("edges", "--min-confidence", "0.5", "--param", "minConfidence=0.6"), "not both"),
        (("edges", "--param", "minConfidence=2"), "expected a number from 0 to 1, not '2'"),
    ]:
        result = run(*args)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1, (args, result.output)
        assert result.stderr.startswith("Error: ") and message in result.stderr, (args, result.stderr)
    for bad in ("1.5", "-1", "nan", "high"):
        result = run("edges", "--min-confidence", bad)
        assert result.exit_code == 2 and "is not a number from 0 to 1" in result.stderr, (bad, result.stderr)
        assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [
            f"Error: Invalid value for '--min-confidence': {bad!r} is not a number from 0 to 1"]


def test_malformed_query_gives_the_parser_position(kg):
    with pytest.raises(QueryError, match=r"malformed query: error at 1:\d+"):
        query(kg, "SELECT ?s WHERE { ?s ag:backs ")


def test_row_limit_truncates_and_says_so(kg):
    with open_store(kg) as store:
        result = run_query(store, "SELECT * WHERE { ?s ?p ?o }", limit=5)
        assert result.truncated and len(result.rows) == 5
        assert not run_query(store, "SELECT * WHERE { ?s ag:backs ?o }", limit=3).truncated
    out = CliRunner().invoke(main, ["query", "--store", str(kg), "SELECT * WHERE { ?s ?p ?o }", "--limit", "5"])
    assert out.exit_code == 0
    assert "truncated to the first 5 rows" in out.stderr


def test_result_formats(kg):
    with open_store(kg) as store:
        result = run_query(store, "backers", {"actor": "hezbollah"})
        ask = run_query(store, "ASK { actor:iran ag:backs actor:hezbollah }")
    parsed = json.loads(format_json(result))
    assert parsed["head"]["vars"] == result.variables
    assert parsed["results"]["bindings"][0]["statements"] == {
        "type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert list(csv.reader(io.StringIO(format_csv(result))))[1][:3] == [str(HEZBOLLAH), str(IRAN), "Iran"]
    assert format_tsv(result).splitlines()[1].split("\t")[:3] == [f"<{HEZBOLLAH}>", f"<{IRAN}>", '"Iran"']
    assert json.loads(format_json(ask)) == {"head": {}, "boolean": True}


def test_python_api(kg):
    frame = query(kg, "backs", {"actor": "Iran"}, dataframe=True)
    assert list(frame["backedLabel"]) == ["Hezbollah", "Houthis"]
    graph = query(kg, "DESCRIBE actor:iran")
    assert (IRAN, AG.backs, HEZBOLLAH) in graph
    assert query(kg, "SELECT ?s WHERE { ?s ?p ?o }", limit=2) and len(query(kg, "SELECT * { ?s ?p ?o }", limit=2)) == 2


def test_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not an actorgraph store"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="not an actorgraph store"):
        open_store(tmp_path, write=True, create=True)
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "notes.txt")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing")
    result = CliRunner().invoke(main, ["query", "--store", str(tmp_path), "documents"])
    assert result.exit_code == 1 and "not an actorgraph store" in result.output


def test_a_store_locked_by_another_process(kg):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from graph.store import open_store; "
         f"s = open_store({str(kg)!r}, write=True); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError, match="locked by another process"):
            open_store(kg)
        result = CliRunner().invoke(main, ["query", "--store", str(kg), "documents"])
        assert result.exit_code == 1 and "locked by another process" in result.output
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert len(query(kg, "documents")) == 3  # the lock goes with the process


def test_cli_query_export_remove(kg, tmp_path):
    run = CliRunner().invoke
    listing = run(main, ["query", "--list"])
    assert listing.exit_code == 0 and "backers" in listing.output and "--param actor=" in listing.output
    table = run(main, ["query", "--store", str(kg), "backers", "--param", "actor=Hezbollah"])
    assert table.exit_code == 0 and "actor:iran" in table.output and "(1 row)" in table.output
    qfile = tmp_path / "q.rq"
    qfile.write_text("SELECT ?o WHERE { actor:iran ag:backs ?o } ORDER BY ?o", encoding="utf-8")
    out = run(main, ["query", "--store", str(kg), "--file", str(qfile), "--format", "csv"])
    assert out.output.splitlines() == ["o", str(HEZBOLLAH), str(actor_iri("houthis"))]
    nt = run(main, ["query", "--store", str(kg), "CONSTRUCT WHERE { ?s ag:backs ?o }", "--format", "nt"])
    assert len(Graph().parse(data=nt.output, format="nt")) == 3
    wrong = run(main, ["query", "--store", str(kg), "CONSTRUCT WHERE { ?s ag:backs ?o }", "--format", "csv"])
    assert wrong.exit_code == 1 and "gives RDF" in wrong.output
    assert run(main, ["export", "--store", str(kg), "-o", str(tmp_path / "kg.trig")]).exit_code == 0
    assert run(main, ["import", "--store", str(tmp_path / "kg2"), str(tmp_path / "kg.trig")]).exit_code == 0
    assert run(main, ["remove", "--store", str(kg), "a1", "a3"]).exit_code == 0
    assert [r["id"] for r in query(kg, "documents")] == ["a2"]
    gone = run(main, ["remove", "--store", str(kg), "a1"])
    assert gone.exit_code == 1 and "no article 'a1'" in gone.output
    assert URIRef(str(IRAN)) in {s for s, _, _ in default_graph(tmp_path / "kg2")}


@pytest.mark.slow
def test_cli_extract_into_a_store(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Israel struck Hezbollah positions overnight.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Tehran has armed, funded and trained Hezbollah for four decades.\n",
                                  encoding="utf-8")
    kg = tmp_path / "kg"
    run = CliRunner().invoke
    first = run(main, ["extract", str(folder), "--store", str(kg)])
    assert first.exit_code == 0, first.output
    assert "2 documents (0 already stored, skipped)" in first.output
    before = quad_count(kg)
    again = run(main, ["extract", str(folder / "a.txt"), "--store", str(kg)])
    assert "1 documents (1 already stored, skipped), 0 triples" in again.output
    assert quad_count(kg) == before
    assert [r["backerLabel"] for r in query(kg, "backers", {"actor": "Hezbollah"})] == ["Iran"]
    redo = run(main, ["extract", str(folder / "a.txt"), "--store", str(kg), "--replace"])
    assert redo.exit_code == 0 and quad_count(kg) == before
    both = run(main, ["extract", str(folder), "--store", str(kg), "-o", str(tmp_path / "g.ttl")])
    assert both.exit_code == 2 and "either -o FILE or --store DIR" in both.output


README = Path(__file__).resolve().parents[1] / "README.md"


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    return text[start:text.index("\n## ", start + 1)]


def test_store_commands_have_help_and_are_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for command in ("query", "export", "import", "remove", "serve", "push"):
        assert CliRunner().invoke(main, [command, "--help"]).exit_code == 0, command
        assert f"actorgraph {command} " in readme, command


def test_readme_query_examples_run(kg, tmp_path):
    section = readme_section("Query it")
    shell = section.split("```\n", 2)[1]
    for line in shell.splitlines():
        command = line.split("  #")[0].strip()
        if not command.startswith("actorgraph query"):
            continue
        args = shlex.split(command.replace("kg/", f"{kg}/"))[1:]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (command, result.output)
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    scope: dict = {}
    exec(code.replace('"kg/"', repr(str(kg))), scope)  # noqa: S102 - the README's own example
    assert scope["backers"][0]["backerLabel"] == "Iran"
    assert scope["network"].has_edge("iran", "hezbollah")


def test_a_tally_without_its_actor_breaks_the_shapes(kg, ontology_graphs):
    ont, shapes = ontology_graphs
    union = default_graph(kg)
    tally = next(union.subjects(RDF.type, AG.MentionTally))
    union.remove((tally, AG.actor, None))
    ok, _, text = validate(union, shacl_graph=shapes, ont_graph=ont, inference="rdfs")
    assert not ok, text
