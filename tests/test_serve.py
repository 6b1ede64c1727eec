"""`actorgraph serve` with a real SPARQL client: formats, methods, UPDATE refused, time limit, concurrency."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.dom.minidom import Document as XmlDocument

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, GET, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper

from graph.front import is_update
from graph.rdf import AG, actor_iri
from graph.store import StoreLockedError, open_store

from .endpoints import make_store, serving

PREFIX = "PREFIX ag: <https://w3id.org/actorgraph/ontology#>\n"
BACKERS = PREFIX + "SELECT ?backer WHERE { ?backer ag:backs <https://w3id.org/actorgraph/actor/hezbollah> }"
CONSTRUCT = PREFIX + "CONSTRUCT { ?s ag:backs ?o } WHERE { ?s ag:backs ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
IRAN = str(actor_iri("iran"))


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("serve") / "kg")


@pytest.fixture(scope="module")
def server(store_dir):
    """`actorgraph serve` in its own process on a free port, with a 1 s time limit; stopped afterwards."""
    with serving(store_dir, "--timeout", "1") as (url, proc, _):
        yield url, proc


@pytest.fixture
def url(server) -> str:
    return server[0]


def client(url: str, query: str, fmt: str, method: str = GET, request: str = URLENCODED) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(url)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    wrapper.setRequestMethod(request)
    wrapper.setTimeout(30)
    return wrapper


@pytest.mark.parametrize("method,request_method", [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_select_as_json_by_every_method(url, method, request_method):
    result = client(url, BACKERS, JSON, method, request_method).queryAndConvert()
    assert [b["backer"]["value"] for b in result["results"]["bindings"]] == [IRAN]


def test_select_as_xml_csv_tsv(url):
    xml = client(url, BACKERS, XML).queryAndConvert()
    assert isinstance(xml, XmlDocument)
    assert [n.firstChild.data for n in xml.getElementsByTagName("uri")] == [IRAN]
    rows = list(csv.reader(io.StringIO(client(url, BACKERS, CSV).queryAndConvert().decode("utf-8"))))
    assert rows == [["backer"], [IRAN]]
    tsv = client(url, BACKERS, TSV).queryAndConvert().decode("utf-8").splitlines()
    assert tsv == ["?backer", f"<{IRAN}>"]


def test_ask(url):
    assert client(url, PREFIX + "ASK { ?s ag:backs ?o }", JSON).queryAndConvert()["boolean"] is True


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses ConjunctiveGraph
def test_construct_as_turtle_jsonld_ntriples(url):
    turtle = Graph().parse(data=client(url, CONSTRUCT, TURTLE).queryAndConvert(), format="turtle")
    assert len(turtle) == 3 and (actor_iri("iran"), AG.backs, actor_iri("hezbollah")) in turtle
    jsonld = client(url, CONSTRUCT, JSONLD).queryAndConvert()
    assert isinstance(jsonld, Graph) and len(jsonld) == 3
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": CONSTRUCT}),
                                     headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.headers["Content-Type"].startswith("application/n-triples")
        assert len(Graph().parse(data=answer.read().decode("utf-8"), format="nt")) == 3


def test_the_default_graph_is_the_union_and_graphs_are_reachable(url):
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ <{IRAN}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    assert client(url, count, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "1"
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert client(url, graphs, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "3"


def http_error(request: urllib.request.Request | str) -> urllib.error.HTTPError:
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30).close()
    return info.value


def error_text(error: urllib.error.HTTPError) -> str:
    with error:
        return error.read().decode("utf-8")


@pytest.mark.parametrize("how", ["sparqlwrapper", "update-endpoint", "update-body", "as-query"])
def test_update_is_refused(url, how):
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    if how == "sparqlwrapper":
        wrapper = client(url, insert, JSON, POST)
        with pytest.raises(urllib.error.HTTPError) as info:
            wrapper.query()
        error = info.value
    elif how == "update-endpoint":
        error = http_error(urllib.request.Request(url.replace("/sparql", "/update"),
                                                  data=urllib.parse.urlencode({"update": insert}).encode()))
    elif how == "update-body":
        error = http_error(urllib.request.Request(url, data=insert.encode(),
                                                  headers={"Content-Type": "application/sparql-update"}))
    else:
        error = http_error(url + "?" + urllib.parse.urlencode({"query": "PREFIX a: <urn:a#>\n" + insert}))
    assert error.code == 403
    assert "read-only" in error_text(error)
    ask = "ASK { <urn:a> <urn:b> <urn:c> }"
    assert client(url, ask, JSON).queryAndConvert()["boolean"] is False


def test_malformed_query_gives_the_parser_position(url):
    error = http_error(url + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p "}))
    assert error.code == 400
    assert "error at 1:" in error_text(error)


def test_a_slow_query_is_stopped_with_an_error(url):
    error = http_error(urllib.request.Request(url, data=urllib.parse.urlencode({"query": SLOW}).encode(),
                                              headers={"Accept": "application/sparql-results+json"}))
    assert error.code == 503
    assert "time limit of 1 s" in error_text(error)
    assert client(url, BACKERS, JSON).queryAndConvert()["results"]["bindings"]  # still serving


def test_twenty_concurrent_clients(url):
    def ask(number: int) -> list[str]:
        query = BACKERS if number % 2 else CONSTRUCT
        result = client(url, query, JSON if number % 2 else TURTLE, POST if number % 3 else GET).queryAndConvert()
        if number % 2:
            return [b["backer"]["value"] for b in result["results"]["bindings"]]
        return [str(len(Graph().parse(data=result, format="turtle")))]

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(ask, range(60)))
    assert results == [[IRAN] if n % 2 else ["3"] for n in range(60)]


def test_query_page_is_offline_and_has_the_named_queries(url):
    with urllib.request.urlopen(url.rsplit("/", 1)[0] + "/", timeout=30) as answer:
        page = answer.read().decode("utf-8")
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "backers" in page and "axis-of-resistance" in page
    assert "<script src" not in page and "<link" not in page and "https://cdn" not in page


def test_serving_holds_the_store(store_dir, server):
    with pytest.raises(StoreLockedError):
        open_store(store_dir, write=True)


def test_cli_serve_errors(tmp_path, store_dir):
    not_store = subprocess.run([sys.executable, "-m", "graph", "serve", "--store", str(tmp_path), "--port", "0"],
                               capture_output=True, text=True, timeout=60)
    assert not_store.returncode == 1 and "no store at" in not_store.stderr


def test_is_update():
    assert is_update("# comment\nPREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }")
    assert is_update("with <urn:g> delete { ?s ?p ?o } where { ?s ?p ?o }")
    assert not is_update("PREFIX x: <urn:x#>\nSELECT ?insert WHERE { ?insert ?p ?o }")
