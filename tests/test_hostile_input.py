"""Hostile and broken inputs: odd JSONL records, huge paragraphs, damaged or half-deleted stores, a full disk,
values that look like IRIs and are not, SIGTERM, and the permissions of what is written.

Each test here failed before the hardening of issue 11 (a lost batch, a traceback, a crash with nothing written,
a silent repair, 0600 files) and says what is expected instead: the record or value named in one line, and the
rest of the run done.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import spacy
from click.testing import CliRunner
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from graph import worker
from graph.batch import extract_corpus
from graph.cli import main
from graph.export import export_store
from graph.ingest import PIECE_CHARS, make_document, read_jsonl
from graph.pipeline import Extractor
from graph.rdf import build_graph, document_iri, write_graph
from graph.store import (
    DB_DIR,
    STORE_FILE,
    ArticleError,
    StoreError,
    add_articles,
    add_extraction,
    article_nquads,
    document_count,
    open_store,
)
from graph.viz import write_html

from .conftest import ROOT
from .storedata import corpus, stored
from .test_batch import read_until

# Short articles of our own, each naming a few actors the bundled gazetteer knows.
ARTICLES = [
    "Israel struck Hezbollah positions in southern Lebanon overnight, the Israeli army said.",
    "Iran has armed and funded the Houthis in Yemen for years, according to Western officials.",
    "The Houthis fired two missiles at a cargo ship in the Red Sea on Tuesday.",
    "The United States imposed new sanctions on Iran over its nuclear programme on Monday.",
    "Hezbollah launched a swarm of drones at northern Israel on Sunday, wounding two soldiers.",
    "Russia supplied Syria with air defence systems last year, diplomats in Damascus said.",
    "Turkey shelled Kurdish positions in northern Syria after an attack on its border post.",
    "Qatar pressed Hamas and Israel to accept a ceasefire in Gaza, its foreign ministry said.",
    "Israel carried out airstrikes on Houthi targets in the port of Hodeidah on Friday.",
    "Saudi Arabia urged Iran to stop arming the Houthis, a Saudi official told reporters.",
]
# (field, value) that broke a batch, a Turtle file or the whole run
ODD_FIELDS = [
    ("url", "news/2024/article.html"),
    ("url", "https://news.example.org/a\tb"),
    ("url", "https://news.example.org/a\nb"),
    ("url", "https://news.example.org/a b"),
    ("url", "https://news.example.org/a>b"),
    ("url", 42),
    ("url", ["https://news.example.org/a"]),
    ("title", 7),
    ("date", {"year": 2024}),
    ("id", ["a", "b"]),
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def odd_corpus(path: Path) -> Path:
    """The articles as JSONL, every good record followed by one with an odd field (the text varies so that each
    record is an article of its own)."""
    records = []
    for number, text in enumerate(ARTICLES):
        records.append({"id": f"good-{number}", "text": text, "url": f"https://news.example.org/{number}"})
        field, value = ODD_FIELDS[number]
        records.append({"id": f"odd-{number}", "text": f"{text} Officials confirmed it on day {number}.", field: value})
    return write_jsonl(path, records)


def one_line_error(result) -> str:
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return lines[0]


# --- JSONL fields, checked where they are read -----------------------------------------------------------------
@pytest.mark.parametrize(("url", "kept"), [
    ("https://news.example.org/2024/a.html", "https://news.example.org/2024/a.html"),
    ("  https://news.example.org/a\tb\n", "https://news.example.org/ab"),
    ("https://news.example.org/a b?q=<x>", "https://news.example.org/a%20b?q=%3Cx%3E"),
    ('https://news.example.org/"a"{b}|c^d`e\\f', "https://news.example.org/%22a%22%7Bb%7D%7Cc%5Ed%60e%5Cf"),
    ("https://news.example.org/a#b#c", "https://news.example.org/a#b%23c"),
    ("https://news.example.org/100%", "https://news.example.org/100%25"),
    ("https://fa.example.org/ایران", "https://fa.example.org/ایران"),
    ("news/2024/article.html", None),
    ("//news.example.org/a", None),
    ("javascript:alert(1)", None),
    ("ftp://news.example.org/a", None),
    ("https://news example.org/a", None),
    ("https://news.example.org:http/a", None),
    (42, None),
    (["https://news.example.org/a"], None),
])
def test_a_url_is_kept_only_as_an_absolute_http_iri(tmp_path, caplog, url, kept):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Iran struck.", "url": url}])
    with caplog.at_level(logging.WARNING, logger="graph.ingest"):
        (doc,) = read_jsonl(path)
    assert doc.url == kept
    if kept is not None:
        ox.NamedNode(kept)  # what the store and other RDF tools accept
    if kept != url:
        assert f"{path}:1: 'url'" in caplog.text


def test_fields_that_are_no_strings_are_left_out_and_lone_surrogates_replaced(tmp_path, caplog):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 7, "text": "Iran struck.", "title": 5, "date": {"y": 1}}) + "\n"
                    + json.dumps({"id": ["x"], "text": "Iran struck \ud800 twice.", "title": " A\ud800\nB ",
                                  "date": "2024-04-19\n"}) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="graph.ingest"):
        first, second = read_jsonl(path)
    assert (first.doc_id, first.title, first.date) == ("7", None, None)
    assert second.doc_id == second.sha256[:16] and second.text == "Iran struck \ufffd twice."
    assert (second.title, second.date) == ("A\ufffd B", "2024-04-19")
    assert f"{path}:1: 'title' should be a string, not int" in caplog.text
    assert f"{path}:2: 'id' should be a string, not list" in caplog.text
    assert f"{path}:2: 'text' has invalid characters" in caplog.text


@pytest.mark.slow
def test_odd_records_give_a_graph_file_that_other_parsers_read(tmp_path, ontology_graphs):
    source = odd_corpus(tmp_path / "odd.jsonl")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(ARTICLES) * 2} documents" in result.output
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))  # Oxigraph's parser checks every IRI
    g = Graph().parse(out, format="turtle")
    assert len(g) == len(quads)
    urls = {str(o) for o in g.objects(None, DCTERMS.source)}
    assert "https://news.example.org/a%20b" in urls and "https://news.example.org/a%3Eb" in urls
    assert "https://news.example.org/ab" in urls and not any("news/2024" in u for u in urls)
    ont, shapes = ontology_graphs
    conforms, _, report = validate(g, shacl_graph=shapes, ont_graph=ont, inference="rdfs")
    assert conforms, report


# --- the store: odd records, refused articles ------------------------------------------------------------------
@pytest.mark.slow
def test_a_corpus_with_odd_records_stores_every_article_on_the_first_run(tmp_path):
    source = odd_corpus(tmp_path / "odd.jsonl")
    report = extract_corpus([source], tmp_path / "kg")
    assert (report.added, report.failed) == (len(ARTICLES) * 2, 0), report.errors
    again = extract_corpus([source], tmp_path / "kg")
    assert (again.added, again.skipped, again.failed) == (0, len(ARTICLES) * 2, 0)


@pytest.mark.slow
def test_an_article_the_store_refuses_is_named_and_the_rest_of_its_batch_stored(tmp_path, monkeypatch):
    source = write_jsonl(tmp_path / "corpus.jsonl", [{"id": f"a{n}", "text": t} for n, t in enumerate(ARTICLES)])
    real = worker.article_nquads

    def spoiled(ex):  # what a bug in building the graph would do: an IRI that RDF does not allow
        nquads, triples = real(ex)
        if ex.document.source.endswith(":3"):
            nquads = nquads.replace(b"<https://w3id.org/actorgraph/doc/", b"<doc/", 1)
        return nquads, triples

    monkeypatch.setattr(worker, "article_nquads", spoiled)
    report = extract_corpus([source], tmp_path / "kg")
    assert (report.added, report.failed, report.extracted) == (len(ARTICLES) - 1, 1, len(ARTICLES) - 1)
    assert report.errors == [f"{source}:3: not stored: the store refuses its graph "
                             f"({report.errors[0].split('(', 1)[1]}"]
    assert "IRI" in report.errors[0]
    monkeypatch.undo()
    again = extract_corpus([source], tmp_path / "kg")
    assert (again.added, again.skipped, again.failed) == (1, len(ARTICLES) - 1, 0)


def test_a_refused_replacement_keeps_the_old_article(tmp_path):
    first, second = corpus()[:2]
    with open_store(tmp_path / "kg", write=True, create=True) as store:
        add_extraction(store, first)
        good, _ = article_nquads(first)
        bad = good.replace(b"<https://w3id.org/actorgraph/doc/", b"<doc/", 1)
        other, _ = article_nquads(second)
        with pytest.raises(ArticleError) as refused:
            add_articles(store, [(second.document.sha256, other), (first.document.sha256, bad)], replace=True)
        assert refused.value.sha256 == first.document.sha256
        assert document_count(store) == 1  # nothing written, the old version not dropped
        assert store.db.contains_named_graph(ox.NamedNode(str(document_iri(first.document.sha256))))


# --- long paragraphs -------------------------------------------------------------------------------------------
def long_line(chars: int) -> str:
    sentences = [f"{text[:-1]} on day {n}." for n in range(chars // 60) for text in ARTICLES[:3]]
    return " ".join(sentences)[:chars].rsplit(" ", 1)[0]


def test_a_paragraph_over_a_million_characters_is_parsed_in_pieces():
    text = long_line(1_200_000) + "\n"
    doc = make_document(text, "huge.txt")
    assert all(e - s <= PIECE_CHARS for s, e in doc.paragraphs)
    assert all(text[e - 1] == "." for s, e in doc.paragraphs[:-1])  # cut at sentence ends
    assert " ".join(text[s:e] for s, e in doc.paragraphs) == text.strip()
    extractor = Extractor.__new__(Extractor)
    extractor.nlp = spacy.blank("en")  # its tokenizer alone refused more than a million characters (E088)
    (parsed,) = extractor.parse([doc])
    assert [offset for _, offset in parsed] == [s for s, _ in doc.paragraphs]
    unbroken = make_document("x" * 25_000, "one-word.txt")
    assert unbroken.paragraphs == tuple((n, min(n + PIECE_CHARS, 25_000)) for n in range(0, 25_000, PIECE_CHARS))


@pytest.mark.slow
def test_relations_are_read_in_every_piece_of_a_long_paragraph(extractor):
    doc = make_document(long_line(40_000) + "\n", "long.txt")
    assert len(doc.paragraphs) > 10
    (ex,) = extractor.extract([doc])
    strikes = [r.evidence for r in ex.relations if (r.subject, r.predicate, r.obj) == ("israel", "attacks", "hezbollah")]
    assert all(doc.text[ev.start:ev.end] == ev.sentence for ev in strikes)
    pieces = {next(n for n, (s, e) in enumerate(doc.paragraphs) if s <= ev.start < e) for ev in strikes}
    assert pieces == set(range(len(doc.paragraphs)))


# --- one-line errors -----------------------------------------------------------------------------------------
@pytest.fixture
def kg(tmp_path: Path) -> Path:
    return stored(tmp_path / "kg", corpus())


def test_a_damaged_store_is_a_one_line_error(kg):
    for table in (kg / DB_DIR).glob("*.sst"):
        table.write_bytes(bytes(b ^ 0x5A for b in table.read_bytes()))
    for command in (["query", "--store", str(kg), "documents"], ["remove", "--store", str(kg), "x"]):
        line = one_line_error(CliRunner().invoke(main, command))
        assert f"the store {kg} is damaged (Corruption:" in line and "restore it from a backup" in line


@pytest.mark.parametrize("version", ["two", None, [1], 0, 1.5, True])
def test_a_store_marker_with_a_bad_version_is_a_one_line_error(kg, version):
    (kg / STORE_FILE).write_text(json.dumps({"format": "actorgraph-store", "version": version}), encoding="utf-8")
    line = one_line_error(CliRunner().invoke(main, ["query", "--store", str(kg), "documents"]))
    assert f"{STORE_FILE} has no valid version ({version!r};" in line


def test_a_store_written_by_a_newer_version_is_a_one_line_error(kg):
    (kg / STORE_FILE).write_text(json.dumps({"format": "actorgraph-store", "version": 99}), encoding="utf-8")
    assert "newer actorgraph (store version 99)" in one_line_error(
        CliRunner().invoke(main, ["query", "--store", str(kg), "documents"]))


@pytest.mark.parametrize("emptied", [False, True], ids=["missing", "empty"])
def test_a_store_without_its_database_is_refused_not_replaced(kg, emptied):
    shutil.rmtree(kg / DB_DIR)
    if emptied:
        (kg / DB_DIR).mkdir()
    for write in (False, True):
        with pytest.raises(StoreError, match="has lost its database"):
            open_store(kg, write=write, create=True)
    assert "has lost its database" in one_line_error(CliRunner().invoke(main, ["remove", "--store", str(kg), "x"]))
    assert not (kg / DB_DIR).exists() or not any((kg / DB_DIR).iterdir())


def test_a_full_disk_under_the_store_is_a_one_line_error(kg, monkeypatch):
    from graph import store as store_module

    def full(db, name):  # what the engine raises when the disk is full
        raise OSError("IO error: No space left on device: While appending to file: kg/oxigraph/000012.log")

    monkeypatch.setattr(store_module, "_drop_graph", full)
    line = one_line_error(CliRunner().invoke(main, ["remove", "--store", str(kg), "a1"]))
    assert line.startswith(f"Error: no space left on the disk of the store {kg}; free some space")


def test_a_full_disk_under_an_output_file_is_a_one_line_error(kg, tmp_path, monkeypatch):
    from graph import export

    out = tmp_path / "edges.csv"
    out.write_text("previous", encoding="utf-8")

    def full(net, handle, fmt):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export, "write_network", full)
    line = one_line_error(CliRunner().invoke(main, ["export", "--store", str(kg), "-o", str(out)]))
    assert line == (f"Error: cannot write {out}: No space left on device; "
                    "free some space (the old file, if any, is left as it was)")
    assert out.read_text(encoding="utf-8") == "previous" and {p.name for p in tmp_path.iterdir()} == {"kg", "edges.csv"}


@pytest.mark.parametrize("value", ["https://w3id.org/actorgraph/doc/ab>cd", "https://w3id.org/actorgraph/doc/ab cd"])
def test_a_remove_value_that_looks_like_an_iri_but_is_none(kg, value):
    line = one_line_error(CliRunner().invoke(main, ["remove", "--store", str(kg), value]))
    assert f"{value!r} is not an IRI (Invalid IRI code point" in line and "id, text hash or IRI" in line


@pytest.mark.parametrize("value", ["https://example.org/a>b", "https://example.org/a b", "http://x y"])
def test_a_param_that_looks_like_an_iri_but_is_none(kg, value):
    line = one_line_error(CliRunner().invoke(main, ["query", "--store", str(kg), "backers", "--param", f"actor={value}"]))
    assert f"{value!r} is not an IRI (Invalid IRI code point" in line


def test_an_actor_id_that_cannot_end_an_iri_is_a_one_line_error(tmp_path):
    actors = write_jsonl(tmp_path / "mine.jsonl", [{"id": "al qassam", "type": "Group", "label": "Qassam Brigades"}])
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES[0], encoding="utf-8")
    line = one_line_error(CliRunner().invoke(main, ["extract", str(article), "-o", str(tmp_path / "g.ttl"),
                                                    "--actors", str(actors)]))
    assert f"{actors}:1: actor id 'al qassam' is not letters, digits" in line


@pytest.mark.slow
def test_sigterm_stops_a_store_extraction_and_says_what_was_kept(tmp_path):
    source = tmp_path / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "-n", "40", "--seed", "5",
                    "-o", str(source)], check=True)
    kg = tmp_path / "kg"
    command = [sys.executable, "-m", "graph", "-v", "extract", str(source), "--store", str(kg)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, start_new_session=True)
    try:
        read_until(proc, r"stored \d+ articles \(\d+/\d+ documents")
        os.killpg(proc.pid, signal.SIGTERM)  # as a service manager stops a job: the whole process group
        rest = proc.stderr.read().decode()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
    assert proc.returncode == 128 + signal.SIGTERM
    assert f"terminated: the articles stored so far stay in {kg}; run the same command again to go on" in rest
    with open_store(kg) as store:
        assert 0 < document_count(store) < 40


# --- permissions of what is written ----------------------------------------------------------------------------
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_output_files_get_the_permissions_of_any_new_file(kg, tmp_path, umask):
    g = build_graph(corpus())
    previous = os.umask(umask)
    try:
        write_graph(g, tmp_path / "out" / "g.ttl", "turtle")
        write_html(g, tmp_path / "out" / "g.html")
        export_store(kg, tmp_path / "out" / "kg.nq")
        export_store(kg, tmp_path / "out" / "kg.csv")
    finally:
        os.umask(previous)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir()}
    assert modes == dict.fromkeys(["g.ttl", "g.html", "kg.nq", "kg.csv"], 0o666 & ~umask)


def test_a_rewritten_output_file_keeps_its_permissions(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")
    out.chmod(0o640)
    write_graph(build_graph(corpus()), out, "turtle")
    assert out.stat().st_mode & 0o777 == 0o640 and URIRef(document_iri(corpus()[0].document.sha256)) in {
        s for s in Graph().parse(out).subjects()}
