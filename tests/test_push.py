"""`actorgraph push` into a real Graph Store Protocol server: the Oxigraph server from PyPI, started here."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sysconfig
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.push import PushError, push_store
from graph.rdf import build_graph, document_iri
from graph.store import remove_documents

from .storedata import corpus, stored


def oxigraph_binary() -> str:
    here = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    assert found, "the Oxigraph server (pip install oxigraph) is a test dependency"
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """A read-write Oxigraph server on a free port of 127.0.0.1; stopped afterwards."""
    port = free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "server-db"),
                             "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (tmp_path / "oxigraph.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the Oxigraph server did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


@pytest.fixture
def kg(tmp_path) -> Path:
    return stored(tmp_path / "kg", corpus())


def select(base: str, query: str) -> list[dict]:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)["results"]["bindings"]


def graph_sizes(base: str) -> dict[str, int]:
    rows = select(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def expected_sizes(extractions) -> dict[str, int]:
    return {str(document_iri(ex.document.sha256)): len(build_graph([ex], mention_tallies=True)) for ex in extractions}


def test_push_one_named_graph_per_article(kg, server):
    report = push_store(kg, f"{server}/store")
    assert report.graphs == 3
    assert graph_sizes(server) == expected_sizes(corpus())
    backers = select(server, "SELECT DISTINCT ?b WHERE { GRAPH ?g { ?b <https://w3id.org/actorgraph/ontology#backs> "
                             "<https://w3id.org/actorgraph/actor/hezbollah> } }")
    assert [r["b"]["value"] for r in backers] == ["https://w3id.org/actorgraph/actor/iran"]


def test_pushing_again_replaces_rather_than_duplicates(kg, server):
    push_store(kg, f"{server}/store")
    remove_documents(kg, ["a2"])
    result = CliRunner().invoke(main, ["push", "--store", str(kg), "--endpoint", f"{server}/store"])
    assert result.exit_code == 0, result.output
    assert "pushed 2 article graphs" in result.output
    sizes = graph_sizes(server)
    kept = expected_sizes([corpus()[0], corpus()[2]])
    assert {g: sizes[g] for g in kept} == kept  # a2 stays on the server: push adds and replaces, it never deletes


def test_push_errors(kg, server):
    with pytest.raises(PushError, match="http:// or https://"):
        push_store(kg, "ftp://example.org/store")
    with pytest.raises(PushError, match="cannot reach"):
        push_store(kg, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(PushError, match="refused the graph"):
        push_store(kg, f"{server}/no-such-service")
    result = CliRunner().invoke(main, ["push", "--store", str(kg), "--endpoint", f"{server}/nope"])
    assert result.exit_code == 1 and "refused the graph" in result.output
