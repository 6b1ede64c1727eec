"""graph.analysis: reading graphs and stores, and every measure on small hand-built graphs with known answers."""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from graph import analysis
from graph.analysis import (
    AnalysisError,
    axis_of_resistance,
    backers,
    centrality,
    clients,
    communities,
    evidence_paths,
    export_network,
    find_actor,
    network_from_triples,
    relation_matrix,
    relation_timeline,
    signed_graph,
    structural_balance,
)
from graph.ingest import load_documents, read_text_file
from graph.model import Actor
from graph.rdf import build_graph, write_graph
from graph.service import example_paths, write_example_corpus
from graph.store import open_store

from .storedata import article, corpus, graded_corpus, stored

ROOT = Path(__file__).resolve().parents[1]
CHAIN = [("a", "backs", "b"), ("b", "backs", "c"), ("c", "backs", "d")]


# -- backers and clients -----------------------------------------------------------------------------

def test_backers_and_clients_of_a_chain():
    net = network_from_triples(CHAIN)
    assert backers(net, "d") == {"c": 1}
    assert backers(net, "d", transitive=True) == {"c": 1, "b": 2, "a": 3}
    assert clients(net, "a") == {"b": 1}
    assert clients(net, "a", transitive=True) == {"b": 1, "c": 2, "d": 3}
    assert backers(net, "a", transitive=True) == {} and clients(net, "d") == {}


def test_only_relations_that_hold_count_unless_asked():
    net = network_from_triples([("a", "backs", "b", "alleged"), ("b", "backs", "c", "hypothetical"),
                                ("c", "backs", "d", "negated"), ("a", "attacks", "d")])
    assert clients(net, "a", transitive=True) == {"b": 1}
    assert clients(net, "a", transitive=True, modalities=("alleged", "hypothetical")) == {"b": 1, "c": 2}


def test_backing_cycles_and_self_backing_end():
    net = network_from_triples([("a", "backs", "b"), ("b", "backs", "a"), ("b", "backs", "b")])
    assert clients(net, "a", transitive=True) == {"b": 1}
    assert backers(net, "b", transitive=True) == {"a": 1}


def test_actors_are_found_by_id_label_or_other_name():
    net = network_from_triples([("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah")])
    net.nodes["iran"].update(label="Iran", names=["Tehran", "Islamic Republic"])
    net.nodes["israel"].update(label="Israel", names=["Tel Aviv"])
    assert find_actor(net, "iran") == find_actor(net, "IRAN") == find_actor(net, "tehran") == "iran"
    with pytest.raises(AnalysisError, match="closest: Israel"):
        find_actor(net, "Isreal")
    with pytest.raises(AnalysisError, match="no actor 'Russia'"):
        backers(net, "Russia")
    net.nodes["israel"]["names"] = ["Tehran"]
    with pytest.raises(AnalysisError, match="could be any of iran, israel"):
        find_actor(net, "Tehran")


# -- the axis of resistance --------------------------------------------------------------------------

def axis_net() -> nx.MultiDiGraph:
    return network_from_triples(
        [("iran", "backs", "hezbollah", "asserted", "Iran arms Hezbollah."),
         ("iran", "backs", "hezbollah", "alleged", "Iran is said to fund Hezbollah."),
         ("hezbollah", "backs", "radwan-force", "asserted", "Hezbollah trains the Radwan Force."),
         ("iran", "backs", "syria", "asserted", "Iran props up Syria."),
         ("iran", "backs", "axis-of-resistance", "asserted", "Iran leads the axis."),
         ("iran", "backs", "quds-commander", "asserted", "Iran pays the commander."),
         ("iran", "backs", "hamas", "hypothetical", "Iran may arm Hamas."),
         ("israel", "attacks", "hezbollah", "asserted", "Israel struck Hezbollah.")],
        types={"iran": "State", "syria": "State", "israel": "State", "hezbollah": "Group", "radwan-force": "Group",
               "hamas": "Group", "axis-of-resistance": "Group", "quds-commander": "Official"})


def test_axis_members_paths_evidence_and_comparison():
    axis = axis_of_resistance(axis_net(), listed=["hezbollah", "hamas"])
    rows = {r["actor"]: r for r in axis.to_dict("records")}
    assert list(axis["actor"]) == ["hezbollah", "syria", "radwan-force", "hamas"]
    assert {a: rows[a]["status"] for a in rows} == {"hezbollah": "both", "syria": "graph only",
                                                   "radwan-force": "graph only", "hamas": "gazetteer only"}
    assert rows["radwan-force"]["hops"] == 2 and rows["radwan-force"]["path"] == ["iran", "hezbollah", "radwan-force"]
    first, second = rows["radwan-force"]["evidence"]
    assert (first["subject"], first["object"], first["statements"]) == ("iran", "hezbollah", 2)
    assert first["sentences"] == ["Iran arms Hezbollah.", "Iran is said to fund Hezbollah."]
    assert second["sentences"] == ["Hezbollah trains the Radwan Force."]
    assert pd.isna(rows["hamas"]["hops"]) and rows["hamas"]["path"] == [] and not rows["hamas"]["found"]
    assert str(axis["hops"].dtype) == "Int64"


def test_axis_leaves_out_the_patron_the_coalition_and_people():
    axis = axis_of_resistance(axis_net(), listed=[])
    assert set(axis["actor"]) == {"hezbollah", "radwan-force", "syria"}
    only_groups = axis_of_resistance(axis_net(), listed=[], member_types=("Group",))
    assert set(only_groups["actor"]) == {"hezbollah", "radwan-force"}


def test_axis_compares_with_the_gazetteer_by_default():
    members = analysis.coalition_members("axis-of-resistance")
    assert {"hezbollah", "hamas", "houthis", "kataib-hezbollah"} <= set(members)
    assert "iran" not in members and all(isinstance(a, Actor) for a in members.values())
    axis = axis_of_resistance(axis_net())
    houthis = axis[axis["actor"] == "houthis"].iloc[0]
    assert (houthis["label"], houthis["type"], houthis["status"]) == ("Houthis", "Group", "gazetteer only")
    assert axis.loc[axis["actor"] == "hezbollah", "status"].item() == "both"


# -- matrix and timeline -----------------------------------------------------------------------------

def test_relation_matrix_counts_orders_and_cuts():
    net = network_from_triples([("israel", "attacks", "hamas")] * 3 + [("israel", "attacks", "hezbollah"),
                               ("hamas", "attacks", "israel"), ("hezbollah", "attacks", "israel", "negated"),
                               ("iran", "backs", "hamas")])
    net.nodes["israel"]["label"] = "Israel"
    matrix = relation_matrix(net)
    assert (matrix.index.name, matrix.columns.name) == ("attacker", "target")
    assert matrix.to_dict() == {"hamas": {"Israel": 3, "hamas": 0}, "hezbollah": {"Israel": 1, "hamas": 0},
                                "Israel": {"Israel": 0, "hamas": 1}}
    assert list(matrix.index) == ["Israel", "hamas"] and list(matrix.columns) == ["hamas", "hezbollah", "Israel"]
    assert relation_matrix(net, top=1, labels=False).to_dict() == {"hamas": {"israel": 3}}
    assert relation_matrix(net, "backs").to_dict() == {"hamas": {"iran": 1}}
    assert relation_matrix(network_from_triples([("a", "backs", "b")])).empty


def relations_table() -> pd.DataFrame:
    return pd.DataFrame({
        "predicate": ["attacks", "attacks", "pressures", "attacks", "attacks", "backs"],
        "modality": ["asserted", "alleged", "asserted", "negated", "asserted", "asserted"],
        "subject_label": ["Israel", "Hamas", "Qatar", "Israel", "Israel", "Iran"],
        "date": ["2024-01-14", "2024-01-20T09:40:00+02:00", "2024-03-02", "2024-03-05", None, "2024-02-01"]})


def test_relation_timeline_counts_per_month_with_gaps_filled():
    timeline = relation_timeline(relations_table())
    assert timeline.index.name == "month" and list(timeline.columns) == ["attacks", "pressures"]
    assert [str(p) for p in timeline.index] == ["2024-01", "2024-02", "2024-03"]
    assert timeline.to_dict("list") == {"attacks": [2, 0, 0], "pressures": [0, 0, 1]}
    by_attacker = relation_timeline(relations_table(), ("attacks",), by="subject_label")
    assert by_attacker.to_dict("list") == {"Hamas": [1], "Israel": [1]}
    assert relation_timeline(relations_table(), ("attacks",), modalities=("negated",)).to_dict("list") == {
        "attacks": [1]}
    assert relation_timeline(relations_table(), ("attacks",), freq="Q").index.name == "quarter"


def test_relation_timeline_of_undated_statements_is_empty():
    table = relations_table().assign(date=None)
    empty = relation_timeline(table)
    assert empty.empty and list(empty.columns) == ["attacks", "pressures"]


# -- brokers, camps and paths ------------------------------------------------------------------------

def two_camps() -> nx.MultiDiGraph:
    """Two triangles of allies joined by one attack: c - x is the only bridge."""
    return network_from_triples([("a", "backs", "b"), ("b", "backs", "c"), ("a", "backs", "c"), ("x", "backs", "y"),
                                 ("y", "backs", "z"), ("x", "backs", "z"), ("c", "attacks", "x"),
                                 ("lonely", "attacks", "nobody", "hypothetical")])


def test_communities_are_the_two_camps_every_time():
    assert [sorted(c) for c in communities(two_camps())] == [["a", "b", "c"], ["x", "y", "z"]]
    assert communities(two_camps(), seed=1) == communities(two_camps(), seed=1)
    assert communities(network_from_triples([])) == []


def test_centrality_puts_the_bridge_first():
    table = centrality(two_camps())
    assert set(table["actor"]) == {"a", "b", "c", "x", "y", "z"}
    assert list(table["actor"][:2]) == ["c", "x"]
    bridge = table.iloc[0]
    assert bridge["degree"] == 3 and bridge["statements"] == 3 and bridge["communities_reached"] == 2
    assert bridge["betweenness"] == pytest.approx(0.6)
    assert table.loc[table["actor"] == "a", "betweenness"].item() == 0
    assert table.groupby("community")["actor"].apply(sorted).tolist() == [["a", "b", "c"], ["x", "y", "z"]]
    assert centrality(network_from_triples([])).empty


def test_evidence_paths_follow_relations_either_way():
    net = network_from_triples([("iran", "backs", "houthis", "asserted", "Iran arms the Houthis."),
                                ("houthis", "attacks", "israel", "asserted", "The Houthis fired at Israel."),
                                ("israel", "attacks", "houthis", "alleged", "Israel is said to have struck."),
                                ("us", "backs", "israel", "asserted", "The US arms Israel."),
                                ("iran", "attacks", "us", "hypothetical", "Iran may strike the US.")])
    paths = evidence_paths(net, "iran", "us")
    assert paths[["path", "step", "subject", "predicate", "object"]].values.tolist() == [
        [1, 1, "iran", "backs", "houthis"], [1, 2, "houthis", "attacks", "israel"],
        [1, 2, "israel", "attacks", "houthis"], [1, 3, "us", "backs", "israel"]]
    assert paths["sentence"].tolist()[-1] == "The US arms Israel."
    direct = evidence_paths(net, "iran", "us", modalities=("asserted", "hypothetical"))
    assert direct[["step", "predicate", "modality"]].values.tolist() == [[1, "attacks", "hypothetical"]]
    assert evidence_paths(network_from_triples(CHAIN + [("x", "backs", "y")]), "a", "y").empty


def test_evidence_paths_stop_at_max_paths():
    diamond = network_from_triples([("a", "backs", "b"), ("a", "backs", "c"), ("b", "backs", "d"), ("c", "backs", "d")])
    assert sorted(set(evidence_paths(diamond, "a", "d")["path"])) == [1, 2]
    assert set(evidence_paths(diamond, "a", "d", max_paths=1)["path"]) == {1}


# -- signed graphs and balance -----------------------------------------------------------------------

def test_signed_graph_signs_majorities_and_lists_ties():
    net = network_from_triples([("a", "backs", "b"), ("b", "attacks", "a"), ("a", "backs", "b"),
                                ("a", "attacks", "c"), ("c", "backs", "a"), ("d", "pressures", "a")])
    signed = signed_graph(net)
    assert {(s, o): d["sign"] for s, o, d in signed.edges(data=True)} == {("a", "b"): 1}
    assert signed.edges["a", "b"]["positive"] == 2 and signed.edges["a", "b"]["negative"] == 1
    assert signed.graph["ties"] == [("a", "c")]
    assert "d" not in signed


def test_a_balanced_triangle():
    """Two allies attacked by the same third actor: balanced, and the camps say who is with whom."""
    net = network_from_triples([("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah"),
                                ("israel", "attacks", "iran")])
    balance = structural_balance(signed_graph(net))
    assert balance.balanced and balance.triangles == 1 and balance.unbalanced_triangles == []
    assert balance.camps == [(["hezbollah", "iran"], ["israel"])]


def test_an_unbalanced_triangle():
    """Two allies of a third attack each other: unbalanced."""
    net = network_from_triples([("us", "backs", "israel"), ("us", "backs", "palestine"),
                                ("israel", "attacks", "palestine")])
    balance = structural_balance(signed_graph(net))
    assert not balance.balanced and balance.camps == []
    assert balance.unbalanced_triangles == [("israel", "palestine", "us")]


def test_all_enemies_and_a_long_cycle_are_unbalanced():
    enemies = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": -1})])
    assert structural_balance(enemies).unbalanced_triangles == [("a", "b", "c")]
    square = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": 1}), ("c", "d", {"sign": 1}),
                       ("a", "d", {"sign": -1})])
    balance = structural_balance(square)
    assert not balance.balanced and balance.triangles == 0 and balance.unbalanced_triangles == []


def test_balanced_camps_per_connected_part():
    two_parts = nx.Graph([("a", "b", {"sign": -1}), ("x", "y", {"sign": 1})])
    assert structural_balance(two_parts) == analysis.Balance(True, [(["a"], ["b"]), (["x", "y"], [])], 0, [])


# -- reading graphs and stores -----------------------------------------------------------------------

@pytest.fixture
def kg(tmp_path: Path) -> Path:
    return stored(tmp_path / "kg", corpus())


def test_load_a_graph(tmp_path):
    data = analysis.load(build_graph(corpus()))
    net = data.network
    assert net.nodes["iran"] | {"names": []} == {
        "iri": "https://w3id.org/actorgraph/actor/iran", "label": "Iran", "type": "State", "mentions": 6,
        "articles": None, "names": [], "qid": "Q794", "iso3": "IRN"}
    edge = net.edges["iran", "hezbollah", "backs/asserted"]
    assert {k: edge[k] for k in ("predicate", "modality", "statements", "articles", "documents", "dates",
                                  "first_date", "last_date")} == {
        "predicate": "backs", "modality": "asserted", "statements": 2, "articles": 2, "documents": ["a1", "a2"],
        "dates": ["2024-01-10", "2024-02-20"], "first_date": "2024-01-10", "last_date": "2024-02-20"}
    assert sorted(edge["sentences"]) == ["Iran funds the Houthis and Hezbollah.",
                                         "Iran has armed Hezbollah for decades."]
    assert net.has_edge("israel", "yemen", "attacks/negated")
    assert len(data.relations) == 9 and set(data.relations["modality"]) == {"asserted", "alleged", "hypothetical",
                                                                            "negated"}
    first = data.relations.iloc[0]
    assert (first["subject_label"], first["predicate"], first["object_label"], first["document"], first["date"]) == (
        "Iran", "backs", "Hezbollah", "a1", "2024-01-10")
    quote = data.quotes.iloc[0]
    assert (quote["speaker_label"], quote["text"], sorted(quote["mentions"])) == (
        "Ali Vaez", "Iran will not abandon Hezbollah", ["hezbollah", "iran"])
    assert data.affiliations[["person", "organization", "role"]].values.tolist() == [
        ["ali-vaez", "international-crisis-group", "director of the Iran program"]]
    assert data.documents["document"].tolist() == ["a1", "a2", "a3"]
    assert set(data.actors.columns) >= {"actor", "label", "type", "qid", "names", "mentions"}


def test_a_store_and_its_graph_file_give_the_same_analysis(kg, tmp_path):
    from_store = analysis.load(kg)
    path = tmp_path / "graph.ttl"
    write_graph(build_graph(corpus()), path, "turtle")
    from_file = analysis.load(path)
    assert from_store.network.nodes["iran"]["articles"] == 3 and from_file.network.nodes["iran"]["articles"] is None
    assert from_store.network.nodes["iran"]["mentions"] == from_file.network.nodes["iran"]["mentions"]

    def edges(net):
        return sorted((s, o, k, d["statements"], d["documents"], d["dates"]) for s, o, k, d in net.edges(keys=True,
                                                                                                             data=True))
    assert edges(from_store.network) == edges(from_file.network)
    assert from_store.relations.drop(columns=["doc"]).equals(from_file.relations.drop(columns=["doc"]))
    with open_store(kg) as store:
        assert analysis.to_networkx(store).number_of_edges() == from_store.network.number_of_edges()


def graded_articles() -> list:
    """The graded corpus, and an attack on 19 April reported by a confident and an unconfident article and one
    on 2 February reported by an unconfident one only."""
    from dataclasses import replace

    from graph.model import EventTime

    out = graded_corpus()
    for doc_id, published, day, confidence in (("s1", "2024-04-20", "2024-04-19", 0.95),
                                               ("s2", "2024-04-21", "2024-04-19", 0.6),
                                               ("s3", "2024-02-03", "2024-02-02", 0.6)):
        text = f"Israel struck Iran on Friday, {doc_id} reports."
        ex = article(doc_id, text, published, ["israel", "iran"], [("israel", "attacks", "iran", "asserted", text)])
        ex.relations = [replace(r, time=EventTime(day, day, "day", "on Friday"),
                                evidence=replace(r.evidence, confidence=confidence)) for r in ex.relations]
        out.append(ex)
    return out


def test_min_confidence_keeps_only_the_statements_at_or_above_it(tmp_path):
    path = stored(tmp_path / "kg", graded_articles())
    every, data = analysis.load(path), analysis.load(path, min_confidence=0.8)
    assert clients(every.network, "iran") == {"hezbollah": 1, "houthis": 1}
    assert clients(data.network, "iran") == {"hezbollah": 1}  # Iran backs the Houthis at 0.65 only
    backing = data.network.edges["iran", "hezbollah", "backs/asserted"]
    assert (backing["statements"], backing["documents"], backing["sentences"]) == (
        1, ["a1"], ["Iran has armed Hezbollah for decades."])
    strikes = data.network.edges["israel", "iran", "attacks/asserted"]
    assert (strikes["statements"], strikes["events"]) == (1, 1)
    assert every.network.edges["israel", "iran", "attacks/asserted"]["events"] == 2
    assert len(data.relations) == 7 < len(every.relations) == 12 and min(data.relations["confidence"]) >= 0.8
    assert len(data.quotes) == len(every.quotes) and len(data.network) == len(every.network)  # actors stay
    assert every.events[["date", "reports", "articles"]].values.tolist() == [["2024-02-02", 1, 1], ["2024-04-19", 2, 2]]
    assert data.events[["date", "reports", "articles", "first_report", "last_report"]].values.tolist() == [
        ["2024-04-19", 1, 1, "2024-04-20", "2024-04-20"]]
    for events in (analysis.events(path, min_confidence=0.8), analysis.events(every, min_confidence=0.8),
                   analysis.events(data)):
        assert events.equals(data.events)
    assert sorted(analysis.to_networkx(path, min_confidence=0.8).edges(keys=True)) == sorted(data.network.edges(keys=True))
    graph_file = tmp_path / "graph.ttl"
    write_graph(build_graph(graded_articles()), graph_file, "turtle")
    assert sorted(analysis.load(graph_file, 0.8).network.edges(keys=True)) == sorted(data.network.edges(keys=True))
    with pytest.raises(AnalysisError, match="min_confidence is a number from 0 to 1, not 1.5"):
        analysis.load(path, min_confidence=1.5)
    with pytest.raises(AnalysisError, match="a network keeps no statements"):
        analysis.events(data.network, min_confidence=0.8)


def test_load_an_empty_graph():
    data = analysis.load(build_graph([]))
    assert len(data.network) == 0 and data.relations.empty and data.actors.empty and data.quotes.empty
    assert axis_of_resistance(network_from_triples([("iran", "backs", "iran")]), listed=[]).empty


def test_exports_for_gephi_and_spreadsheets(tmp_path):
    net = analysis.load(build_graph(corpus())).network
    graphml = nx.read_graphml(export_network(net, tmp_path / "net.graphml"))
    assert set(graphml.edges()) == set(net.edges())
    assert graphml.nodes["iran"]["qid"] == "Q794" and "articles" not in graphml.nodes["iran"]
    backs = next(d for _, _, d in graphml.edges(data=True) if d["predicate"] == "backs" and d["weight"] == 2)
    assert backs["documents"] == "a1 | a2" and backs["dates"] == "2024-01-10 | 2024-02-20"
    gexf = nx.read_gexf(export_network(net, tmp_path / "net.gexf"))
    assert gexf.number_of_edges() == net.number_of_edges()
    rows = list(csv.DictReader(export_network(net, tmp_path / "edges.txt", "csv").read_text(encoding="utf-8")
                               .splitlines()))
    assert {"Source": "iran", "Target": "hezbollah", "Label": "backs", "Weight": "2"}.items() <= next(
        r for r in rows if r["Source"] == "iran" and r["Target"] == "hezbollah").items()
    with pytest.raises(AnalysisError, match="graphml, gexf, csv"):
        export_network(net, tmp_path / "net.xlsx")


# -- the dated example corpus ------------------------------------------------------------------------

BYLINE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})")


def test_example_dates_are_the_dates_in_the_bylines():
    dates = json.loads((ROOT / "graph" / "data" / "examples" / "dates.json").read_text(encoding="utf-8"))
    assert set(dates) == {p.stem for p in example_paths()}
    for path in example_paths():
        byline = next(BYLINE.search(line) for line in path.read_text(encoding="utf-8").splitlines()[:4]
                      if BYLINE.search(line))
        printed = datetime.strptime(f"{byline.group(1)} {byline.group(2)} {byline.group(3)}", "%b %d %Y").date()
        assert date.fromisoformat(dates[path.stem]) == printed, path.name


def test_the_example_corpus_is_the_text_files_with_dates(tmp_path):
    corpus_file = write_example_corpus(tmp_path / "examples.jsonl")
    from_jsonl = list(load_documents([corpus_file]))
    from_text = [read_text_file(p) for p in example_paths()]
    assert [(d.doc_id, d.title, d.sha256) for d in from_jsonl] == [(d.doc_id, d.title, d.sha256) for d in from_text]
    assert all(re.fullmatch(r"2024-\d\d-\d\d", d.date) for d in from_jsonl)


# -- the README's example ----------------------------------------------------------------------------

def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Analyse it"):]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    write_graph(build_graph(corpus()), tmp_path / "actorgraph-demo" / "graph.ttl", "turtle")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Hezbollah" in out and "Houthis" in out
