"""Corpus-scale extraction: local worker processes, a real Dask cluster, failures, progress, and resuming a killed run.

Every run is compared with one uninterrupted run in this process (one worker) on the same generated corpus.
The store has no blank nodes (every IRI is minted from content), so two stores are isomorphic datasets
exactly when they hold the same quads.
"""
from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.batch import count_documents, extract_corpus
from graph.cli import main
from graph.pipeline import Extractor
from graph.progress import Progress
from graph.store import document_count, open_store

from .conftest import ROOT

ARTICLES = 48
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Generated articles, as scripts/make_corpus.py writes them."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "-n", str(ARTICLES), "--seed", "11",
                    "-o", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> set[str]:
    """The quads of an uninterrupted run, here, with one worker."""
    path = tmp_path_factory.mktemp("reference") / "kg"
    report = extract_corpus([corpus], path)
    assert (report.added, report.failed, report.skipped) == (ARTICLES, 0, 0), report.errors
    return quads(path)


def quads(path: Path) -> set[str]:
    with open_store(path) as store:
        found = {str(q) for q in store.db}
        assert not any(isinstance(term, ox.BlankNode) for q in store.db for term in (q.subject, q.object))
    return found


def assert_same_store(path: Path, expected: set[str]) -> None:
    got = quads(path)
    if got != expected:
        missing, extra = sorted(expected - got)[:5], sorted(got - expected)[:5]
        pytest.fail(f"{len(expected - got)} quads missing, {len(got - expected)} extra:\n"
                    + "\n".join(["missing:", *missing, "extra:", *extra]))


def test_the_corpus_is_reproducible_and_every_article_differs(corpus, tmp_path):
    again = tmp_path / "again.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "-n", "5", "--seed", "11",
                    "-o", str(again)], check=True)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert again.read_text(encoding="utf-8").splitlines() == corpus.read_text(encoding="utf-8").splitlines()[:5]
    assert len({r["text"] for r in records}) == ARTICLES == count_documents([corpus])
    assert all(r["id"] and r["title"] and r["date"] and r["url"] and len(r["text"].split()) > 300 for r in records)


def test_two_worker_processes_give_the_same_store(corpus, reference, tmp_path):
    report = extract_corpus([corpus], tmp_path / "kg", workers=2)
    assert (report.added, report.failed, report.documents) == (ARTICLES, 0, ARTICLES)
    assert_same_store(tmp_path / "kg", reference)


def test_a_dask_local_cluster_gives_the_same_store(corpus, reference, tmp_path):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = extract_corpus([corpus], tmp_path / "kg", dask=cluster.scheduler_address)
        assert len(client.nthreads()) == 2
    assert (report.added, report.failed) == (ARTICLES, 0)
    assert_same_store(tmp_path / "kg", reference)


def test_the_cli_runs_on_a_local_dask_cluster_with_the_users_actors(corpus, tmp_path):
    part = tmp_path / "part.jsonl"
    custom = json.dumps({"id": "custom", "text": "The Zarqa Front fired rockets at Israel on Monday."})
    part.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:5]) + custom + "\n",
                    encoding="utf-8")
    actors = tmp_path / "actors.jsonl"
    actors.write_text(json.dumps({"id": "zarqa-front", "type": "Group", "label": "Zarqa Front"}) + "\n")
    result = CliRunner().invoke(main, ["extract", str(part), "--store", str(tmp_path / "kg"), "--dask", "local",
                                       "--workers", "2", "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    assert "6 documents (0 already stored, skipped)" in result.output and "6 added, 0 failed" in result.output
    assert any("actor/zarqa-front> <https://w3id.org/actorgraph/ontology#attacks>" in q
               for q in quads(tmp_path / "kg"))
    extract_corpus([part], tmp_path / "here", actor_files=[actors])
    assert_same_store(tmp_path / "kg", quads(tmp_path / "here"))


STATEMENT_CONFIDENCE = re.compile(r'^<(https://w3id\.org/actorgraph/statement/[^>]+)> '
                                  r'<https://w3id\.org/actorgraph/ontology#confidence> "([0-9.]+)"')


def statement_confidences(found: set[str]) -> dict[str, float]:
    """Each relation statement among a store's quads, with its confidence."""
    return {m[1]: float(m[2]) for m in map(STATEMENT_CONFIDENCE.match, found) if m}


@pytest.fixture(scope="module")
def threshold(reference) -> float:
    """A confidence that some statements of the corpus reach and others do not: the median of the distinct ones."""
    values = sorted(set(statement_confidences(reference).values()))
    assert len(values) >= 3, values
    return values[len(values) // 2]


@pytest.fixture(scope="module")
def confident(corpus, threshold, tmp_path_factory) -> Path:
    """The store of a run here, with one worker, that leaves out the statements below the threshold."""
    path = tmp_path_factory.mktemp("confident") / "kg"
    report = extract_corpus([corpus], path, min_confidence=threshold)
    assert (report.added, report.failed) == (ARTICLES, 0), report.errors
    return path


def test_min_confidence_leaves_out_the_statements_below_it(reference, threshold, confident):
    every, kept = statement_confidences(reference), statement_confidences(quads(confident))
    assert kept == {s: c for s, c in every.items() if c >= threshold}
    assert 0 < len(kept) < len(every)
    iris = {iri for q in quads(confident) for iri in re.findall(r"<([^>]+)>", q)}
    assert not iris & (set(every) - set(kept))  # nothing says anything of a statement left out, no event reports it
    from graph.query import query

    assert query(confident, """ASK { VALUES ?p { ag:attacks ag:backs ag:pressures } ?s ?p ?o FILTER NOT EXISTS {
        ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ag:modality ?m FILTER (?m IN (ag:asserted, ag:alleged)) } }
        """) is False  # a direct relation only where a statement is left to say so
    assert query(confident, "SELECT * WHERE { ?s ag:attacks ?o }", limit=None) != []


def test_min_confidence_with_worker_processes_a_dask_cluster_and_a_file(corpus, threshold, confident, tmp_path):
    expected = quads(confident)
    for mode, args in (("pool", ["--workers", "2"]), ("dask", ["--dask", "local", "--workers", "2"])):
        result = CliRunner().invoke(main, ["extract", str(corpus), "--store", str(tmp_path / mode), *args,
                                           "--min-confidence", str(threshold)])
        assert result.exit_code == 0, result.output
        assert_same_store(tmp_path / mode, expected)
    out = tmp_path / "graph.nt"
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--min-confidence", str(threshold)])
    assert result.exit_code == 0, result.output
    lines = {line.rstrip(" .") for line in out.read_text(encoding="utf-8").splitlines()}
    assert statement_confidences(lines) == statement_confidences(expected)


def test_workers_and_dask_need_a_store(corpus, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "g.ttl"), "--workers", "2"])
    assert result.exit_code == 2 and "--workers and --dask go with --store" in result.output


def test_failing_documents_are_reported_and_skipped(corpus, reference, tmp_path, monkeypatch):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    crashing, unparsable = json.loads(lines[1])["id"], json.loads(lines[4])["id"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes("".join(lines[:6]).encode("utf-8") + b'{"id": "latin", "text": "Caf\xe9"}\n{not json\n')
    read_document, parse = Extractor.read_document, Extractor.parse

    def crash_in_a_rule(self, doc, paragraphs):
        if doc.doc_id == crashing:
            raise RuntimeError("a rule crashed")
        return read_document(self, doc, paragraphs)

    def crash_in_the_parser(self, docs):
        if any(doc.doc_id == unparsable for doc in docs):
            raise ValueError("the parser crashed")
        return parse(self, docs)

    monkeypatch.setattr(Extractor, "read_document", crash_in_a_rule)
    monkeypatch.setattr(Extractor, "parse", crash_in_the_parser)
    report = extract_corpus([mixed], tmp_path / "kg")
    assert (report.documents, report.added, report.failed) == (6, 4, 4)
    assert any("mixed.jsonl:2: extraction failed (RuntimeError: a rule crashed)" in e for e in report.errors)
    assert any("mixed.jsonl:5: parsing failed (ValueError: the parser crashed)" in e for e in report.errors)
    assert any("mixed.jsonl:7" in e and "UTF-8" in e for e in report.errors)
    assert any("mixed.jsonl:8" in e and "JSON" in e for e in report.errors)
    monkeypatch.undo()
    again = extract_corpus([mixed], tmp_path / "kg")  # the failed articles are tried again, the rest skipped
    assert (again.added, again.skipped, again.failed) == (2, 4, 2)
    clean = tmp_path / "clean.jsonl"
    clean.write_text("".join(lines[:6]), encoding="utf-8")
    extract_corpus([clean], tmp_path / "clean")
    assert_same_store(tmp_path / "kg", quads(tmp_path / "clean"))


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int, int]] = []
        self.closed: list[Progress] = []

    def update(self, progress: Progress) -> None:
        self.seen.append((progress.done, progress.added, progress.skipped))

    def close(self, progress: Progress) -> None:
        self.closed.append(replace(progress))


def test_the_reporter_is_told_the_progress(corpus, tmp_path):
    part = tmp_path / "part.jsonl"
    part.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:12]), encoding="utf-8")
    first = Recorder()
    extract_corpus([part], tmp_path / "kg", reporter=first, chunk_docs=4)
    done = [d for d, _, _ in first.seen]
    assert done == sorted(done) and done[-1] == 12 and len(first.seen) >= 3
    (final,) = first.closed
    assert (final.total, final.added, final.extracted, final.words) == (12, 12, 12, final.words)
    assert final.words > 3000 and final.words_per_second > 0 and "12/12 documents (100%)" in final.describe()
    second = Recorder()
    extract_corpus([part, part], tmp_path / "kg", reporter=second)
    assert second.seen[-1] == (24, 0, 24) and second.closed[0].total == 24


def read_until(proc: subprocess.Popen, pattern: str, timeout: float = 120) -> re.Match:
    """Read the child's stderr until a line matches ``pattern``."""
    buffer, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 1.0)
        if ready:
            data = os.read(proc.stderr.fileno(), 65536)
            if not data:
                break
            buffer += data
            if match := re.search(pattern.encode(), buffer):
                return match
    pytest.fail(f"no line matching {pattern!r} in:\n{buffer.decode(errors='replace')}")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_killed_run_resumes_to_the_same_store(corpus, reference, tmp_path, sig):
    kg = tmp_path / "kg"
    command = [sys.executable, "-m", "graph", "-v", "extract", str(corpus), "--store", str(kg), "--workers", "2"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, start_new_session=True)
    try:
        match = read_until(proc, r"stored \d+ articles \(\d+/\d+ documents")
        os.killpg(proc.pid, sig)  # the whole process group, as a terminal's Ctrl-C or a kill -9 of the job would
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
    assert match and proc.returncode == (130 if sig == signal.SIGINT else -signal.SIGKILL)
    with open_store(kg) as store:
        partial = document_count(store)
    assert 0 < partial < ARTICLES
    again = subprocess.run(command[:3] + command[4:], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{ARTICLES} documents ({partial} already stored, skipped)" in again.stderr
    assert f"{ARTICLES - partial} added, 0 failed" in again.stderr
    assert_same_store(kg, reference)


def test_the_readme_section_uses_real_options():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Large corpora\n")
    shell = readme[start:readme.index("\n## ", start + 1)].split("```\n", 2)[1]
    extract_help = CliRunner().invoke(main, ["extract", "--help"]).output
    corpus_help = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "--help"],
                                 capture_output=True, text=True, check=True).stdout
    for line in shell.splitlines():
        command = line.split("  #")[0]
        known = corpus_help if command.startswith("python scripts/make_corpus.py") else extract_help
        assert command.startswith(("python scripts/make_corpus.py", "actorgraph extract ")), line
        for option in re.findall(r"\s(--?[a-z][\w-]*)", command):
            assert option in known, (option, line)
