"""The command line: every command, every error path, run as a user would."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.cli import main

AG = "https://w3id.org/actorgraph/ontology#"
ARTICLE = ("Israel launched airstrikes on Hezbollah positions in southern Lebanon on Monday.\n\n"
           "Tehran has armed, funded and trained Hezbollah for four decades.\n")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def relations(path: Path, fmt: str = "turtle") -> set[tuple[str, str, str]]:
    g = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
    g.parse(path, format=fmt)
    q = f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ <{AG}attacks> <{AG}backs> <{AG}pressures> }} ?s ?p ?o }}"
    return {(str(s).rsplit("/", 1)[1], str(p).rsplit("#", 1)[1], str(o).rsplit("/", 1)[1]) for s, p, o in g.query(q)}


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "demo", "viz"):
        assert command in result.output
        assert run(command, "--help").exit_code == 0


@pytest.mark.parametrize("bad", ["1.01", "-0.5", "nan", "inf", "most"])
@pytest.mark.parametrize("command", ["extract", "viz"])
def test_min_confidence_outside_0_to_1_is_a_usage_error(article, tmp_path, command, bad):
    out = tmp_path / "out"
    args = [command, str(article), "-o", str(out), "--min-confidence", bad]
    result = CliRunner().invoke(main, args if command == "extract" else [command, "--store", str(tmp_path), *args[2:]])
    assert result.exit_code == 2 and not out.exists()
    assert [line for line in result.stderr.splitlines() if line.startswith("Error")] == [
        f"Error: Invalid value for '--min-confidence': {bad!r} is not a number from 0 to 1"]


@pytest.mark.slow
def test_extract_a_file(article, tmp_path):
    out = tmp_path / "g.ttl"
    result = run("extract", str(article), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert relations(out) == {("israel", "attacks", "hezbollah"), ("iran", "backs", "hezbollah")}


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib 7 deprecates its own dataset API
@pytest.mark.parametrize("fmt,suffix,parse_as", [("nt", ".nt", "nt"), ("json-ld", ".jsonld", "json-ld"),
                                                 ("trig", ".trig", "trig"), ("turtle", ".ttl", "turtle"),
                                                 ("nq", ".nq", "nquads")])
def test_every_output_format(article, tmp_path, fmt, suffix, parse_as):
    out = tmp_path / f"g{suffix}"
    assert run("extract", str(article), "-o", str(out), "--format", fmt).exit_code == 0
    assert ("israel", "attacks", "hezbollah") in relations(out, parse_as)


@pytest.mark.slow
def test_folder_and_jsonl(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Israel struck Hezbollah positions overnight.\n", encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "b", "text": "Iran armed the Houthis.", "title": "T",
                                 "date": "2024-01-02", "url": "https://example.org/b"}) + "\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = run("extract", str(folder), str(jsonl), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert {("israel", "attacks", "hezbollah"), ("iran", "backs", "houthis")} <= relations(out)
    g = Graph().parse(out)
    assert any("example.org/b" in str(o) for o in g.objects(None, None))


@pytest.mark.slow
def test_bad_inputs_are_reported_and_the_rest_is_written(article, tmp_path):
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 Tehran".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text('{"id": "ok", "text": "Iran armed Hezbollah."}\n{not json\n', encoding="utf-8")
    out = tmp_path / "g.ttl"
    proc = subprocess.run([sys.executable, "-m", "graph", "extract", str(article), str(binary), str(latin),
                           str(empty), str(bad_jsonl), str(tmp_path / "missing.txt"), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, proc.stderr
    assert any("bin.txt" in e and "binary" in e for e in errors)
    assert any("latin.txt" in e and "UTF-8" in e for e in errors)
    assert any("bad.jsonl:2" in e and "JSON" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    assert "empty.txt" in proc.stderr and "empty" in proc.stderr
    assert ("israel", "attacks", "hezbollah") in relations(out)


@pytest.mark.slow
def test_empty_input_gives_an_empty_valid_graph(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["extract", str(empty), "-o", str(out)])
    assert result.exit_code == 0
    assert relations(out) == set()


def test_output_is_atomic(tmp_path, monkeypatch):
    from graph import rdf

    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")

    def broken(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Graph, "serialize", broken)
    with pytest.raises(KeyboardInterrupt):
        rdf.write_graph(Graph(), out, "turtle")
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


@pytest.mark.slow
def test_demo(tmp_path):
    result = run("demo", "-o", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    assert "Actors by type" in result.output and "Relations by type" in result.output
    assert (tmp_path / "demo" / "graph.ttl").stat().st_size > 1000
    assert "Explorer page" in result.output and (tmp_path / "demo" / "graph.html").stat().st_size > 100_000


@pytest.mark.slow
def test_user_actor_file(tmp_path):
    actors = tmp_path / "mine.jsonl"
    actors.write_text(json.dumps({"id": "northern-front", "type": "Group", "label": "Northern Front",
                                  "aliases": ["NF"]}) + "\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("The NF attacked Iran on Sunday.\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert run("extract", str(text), "--actors", str(actors), "-o", str(out)).exit_code == 0
    assert ("northern-front", "attacks", "iran") in relations(out)
