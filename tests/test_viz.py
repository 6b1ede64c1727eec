"""The explorer page without a browser: reading the graph, cutting it down, escaping, the CLI."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graph.cli import main
from graph.errors import FocusError
from graph.rdf import actor_iri, write_graph
from graph.viz import layout_positions, read_graph, render_html, select_subgraph, write_html
from tests.vizgraphs import IMG, SCRIPT, graded_graph, sample_graph, xss_graph

IRAN = str(actor_iri("iran"))


def page_json(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', page, re.DOTALL)
    assert block, "no data block"
    return json.loads(block.group(1))


def edge_keys(data: dict) -> set[tuple[str, str, str]]:
    return {(s.rsplit("/", 1)[1], kind, o.rsplit("/", 1)[1]) for s, kind, o in data["edges"]}


@pytest.fixture(scope="module")
def sample() -> dict:
    return read_graph(sample_graph())


def test_read_graph_collects_actors_edges_and_evidence(sample):
    assert len(sample["actors"]) == 9
    iran = sample["actors"][IRAN]
    assert iran["type"] == "State" and iran["qid"] == "Q794" and iran["names"] == ["Iranian", "Tehran"]
    assert iran["mentions"] == 2 + 3
    assert edge_keys(sample) == {
        ("iran", "backs", "hezbollah"), ("iran", "backs", "houthis"), ("israel", "attacks", "hezbollah"),
        ("houthis", "attacks", "israel"), ("united-states", "pressures", "iran"), ("iran", "attacks", "israel"),
        ("israel", "attacks", "iran"), ("blinken", "mentions", "iran"), ("blinken", "affiliatedWith", "united-states")}
    backs = sample["edges"][(IRAN, "backs", str(actor_iri("hezbollah")))]
    assert sorted(s["modality"] for s in backs) == ["asserted", "asserted"]
    docs = {sample["documents"][s["doc"]]["title"] for s in backs}
    assert docs == {"Hezbollah and Israel trade fire", "Red Sea attacks continue"}
    aff = sample["edges"][(str(actor_iri("blinken")), "affiliatedWith", str(actor_iri("united-states")))]
    assert aff[0]["role"] == "Secretary of State"


def test_a_direct_triple_without_statements_still_draws(sample):
    g = Graph()
    g.parse(data="""@prefix ag: <https://w3id.org/actorgraph/ontology#> .
        @prefix actor: <https://w3id.org/actorgraph/actor/> .
        actor:a a ag:State . actor:b a ag:Group . actor:a ag:attacks actor:b .""", format="turtle")
    data = read_graph(g)
    assert edge_keys(data) == {("a", "attacks", "b")}
    assert data["actors"][str(actor_iri("a"))]["label"] == "a"


@pytest.mark.parametrize("focus,depth,expected", [
    ("Iran", 0, {"iran"}),
    ("tehran", 1, {"iran", "hezbollah", "houthis", "israel", "united-states", "blinken"}),
    ("Houthis", 1, {"houthis", "iran", "israel"}),
])
def test_focus_and_depth(sample, focus, depth, expected):
    data = select_subgraph(sample, focus=focus, depth=depth)
    assert {iri.rsplit("/", 1)[1] for iri in data["actors"]} == expected
    assert all(s in data["actors"] and o in data["actors"] for s, _, o in data["edges"])


def test_min_statements_drops_thin_edges_and_lonely_actors(sample):
    data = select_subgraph(sample, min_statements=2)
    assert edge_keys(data) == {("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah")}
    assert {iri.rsplit("/", 1)[1] for iri in data["actors"]} == {"iran", "israel", "hezbollah"}
    assert len(select_subgraph(sample)["actors"]) == 9


def test_min_confidence_drops_weaker_relation_statements_and_lonely_actors():
    graded = read_graph(graded_graph())
    hezbollah = (IRAN, "backs", str(actor_iri("hezbollah")))
    assert sorted(s["confidence"] for s in graded["edges"][hezbollah]) == [0.7, 0.95]
    data = select_subgraph(graded, min_confidence=0.9)
    assert edge_keys(data) == {("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah"),
                               ("united-states", "pressures", "iran"), ("iran", "attacks", "israel"),
                               ("israel", "attacks", "iran"), ("blinken", "mentions", "iran"),
                               ("blinken", "affiliatedWith", "united-states")}  # quotes and affiliations stay
    assert [s["sentence"] for s in data["edges"][hezbollah]] == ["Tehran has armed and funded Hezbollah for decades."]
    assert {iri.rsplit("/", 1)[1] for iri in data["actors"]} == {"iran", "israel", "hezbollah", "united-states",
                                                                 "blinken"}
    assert select_subgraph(graded, min_confidence=0.9, min_statements=2)["edges"] == {}
    assert select_subgraph(graded)["edges"] == graded["edges"] and len(select_subgraph(graded)["actors"]) == 9
    page = page_json(render_html(data))
    assert page["minConfidence"] == 0.9
    assert sorted(s["confidence"] for s in page["statements"] if "modality" in s) == [0.9, 0.9, 0.92, 0.93, 0.95]


@pytest.mark.parametrize("name,suggested", [("Irn", "Iran"), ("hezbolah", "Hezbollah"), ("Blinkn", "Antony Blinken"),
                                            ("Houthi", "Houthis")])
def test_unknown_focus_names_the_closest_matches(sample, name, suggested):
    with pytest.raises(FocusError, match=f"no actor named '{name}'.*closest matches: .*{suggested}"):
        select_subgraph(sample, focus=name)


def test_unknown_focus_with_nothing_close(sample):
    with pytest.raises(FocusError, match="none is close"):
        select_subgraph(sample, focus="Zzyzx")


def test_untrusted_text_cannot_leave_the_data_block():
    page = render_html(read_graph(xss_graph()))
    for raw in (SCRIPT, IMG, "</script><script>", "<img", "<a href"):
        assert raw not in page
    data = page_json(page)
    labels = {a["label"] for a in data["actors"]}
    assert f"Evil {SCRIPT}" in labels  # the text survives intact, as data
    assert IMG in next(a for a in data["actors"] if a["label"].startswith("Evil"))["names"]
    assert data["documents"][0]["url"] is None  # a javascript: URL is not kept as a link
    assert data["documents"][0]["title"] == f"{IMG} title"


def test_csp_allows_only_the_pages_own_scripts():
    page = render_html(read_graph(sample_graph()))
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_page_is_self_contained():
    page = render_html(read_graph(sample_graph()))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis.Network" in page and len(page) > 400_000  # vis-network is inlined


def test_empty_graph_says_no_actors(tmp_path):
    summary = write_html(Graph(), tmp_path / "empty.html")
    assert summary.actors == 0 and summary.edges == 0
    page = summary.path.read_text(encoding="utf-8")
    assert "No actors in this graph" in page
    assert page_json(page)["actors"] == []


def test_layout_is_deterministic_and_spread_out():
    pairs = [(i, (i * 7 + 3) % 300) for i in range(300)]
    a, b = layout_positions(300, pairs), layout_positions(300, pairs)
    assert (a == b).all()
    span = a.max(0) - a.min(0)
    assert (span > 300).all()
    assert layout_positions(0, []).shape == (0, 2) and layout_positions(1, []).tolist() == [[0.0, 0.0]]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "g.ttl"
    write_graph(sample_graph(), path, "turtle")
    return path


def test_cli_viz_writes_the_page(graph_file, tmp_path):
    out = tmp_path / "out" / "g.html"
    result = run("viz", str(graph_file), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "9 actors, 9 edges" in result.output
    assert len(page_json(out.read_text(encoding="utf-8"))["actors"]) == 9


def test_cli_viz_min_confidence(tmp_path):
    graph_file, out = tmp_path / "graded.ttl", tmp_path / "confident.html"
    write_graph(graded_graph(), graph_file, "turtle")
    result = run("viz", str(graph_file), "--min-confidence", "0.9", "-o", str(out))
    assert result.exit_code == 0 and "5 actors, 7 edges" in result.output
    data = page_json(out.read_text(encoding="utf-8"))
    assert data["minConfidence"] == 0.9 and len(data["actors"]) == 5
    assert run("viz", str(graph_file), "-o", str(out)).output.startswith("9 actors, 9 edges")
    assert page_json(out.read_text(encoding="utf-8"))["minConfidence"] == 0


def test_cli_viz_focus(graph_file, tmp_path):
    out = tmp_path / "iran.html"
    result = run("viz", str(graph_file), "--focus", "Iran", "--depth", "0", "-o", str(out))
    assert result.exit_code == 0 and "1 actors, 0 edges" in result.output


def test_cli_viz_reads_other_formats(tmp_path):
    path = tmp_path / "g.trig"
    write_graph(sample_graph(), path, "trig")
    out = tmp_path / "g.html"
    assert run("viz", str(path), "-o", str(out)).exit_code == 0
    assert len(page_json(out.read_text(encoding="utf-8"))["edges"]) == 9


@pytest.mark.parametrize("args,message", [
    (["--focus", "Irn"], "no actor named 'Irn' in the graph; closest matches: Iran"),
    (["--store", "kg"], "give either a graph file or --store DIR"),
])
def test_cli_viz_errors(graph_file, tmp_path, args, message):
    result = CliRunner().invoke(main, ["viz", str(graph_file), *args, "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "x.html").exists()


def test_cli_viz_from_a_store(tmp_path):
    pytest.importorskip("pyoxigraph")
    from tests.storedata import stored
    from tests.vizgraphs import sample_extractions

    stored(tmp_path / "kg", sample_extractions())
    out = tmp_path / "kg.html"
    result = run("viz", "--store", str(tmp_path / "kg"), "--focus", "Iran", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = page_json(out.read_text(encoding="utf-8"))
    iran = next(a for a in data["actors"] if a["label"] == "Iran")
    assert iran["mentions"] == 2 + 3  # summed over the store's per-article tallies
    assert len(data["actors"]) == 6 and len(data["edges"]) == 9


def test_cli_viz_missing_store_and_bad_file(tmp_path):
    pytest.importorskip("pyoxigraph")
    result = CliRunner().invoke(main, ["viz", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "no store at" in result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(main, ["viz", str(bad), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "bad.ttl: not readable as turtle" in result.output
