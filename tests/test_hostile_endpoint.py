"""The endpoint and `actorgraph query` under the inputs of a hostile client or web page (issue 11).

Each test sends what the probe sent: a federated query (server-side request forgery), a foreign
``Host`` (DNS rebinding), a huge or malformed body, idle and slow connections, too many of them, a
query nested past the engine's stack, an answer too large to hold, and text that a terminal or a
spreadsheet would run. The endpoint runs in its own process with its default limits (``actorgraph
serve``), or in this process with small limits where waiting for the defaults would be slow.
"""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.query import answer_sparql
from graph.serve import Endpoint, Limits, answer_query
from graph.store import open_store

from .endpoints import exchange, make_store, port_of, post, recording_server, serving

DEEP = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000  # 30 KB; segfaulted the engine
LONG = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 10_000) + " }"  # 140 KB; so did this
ALL = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("hostile") / "kg")


@pytest.fixture(scope="module")
def server(store_dir):
    """`actorgraph serve` with its default limits."""
    with serving(store_dir) as (url, proc, _):
        yield url, port_of(url)


@pytest.fixture(scope="module")
def small(store_dir):
    """An endpoint in this process with small limits: 50 rows, 2,000-byte bodies, 4 connections, 1 s to send."""
    limits = Limits(timeout=10, max_body=2_000, max_rows=50, max_connections=4, read_seconds=1)
    with Endpoint(store_dir, port=0, limits=limits, workers=1, allowed_hosts=["kg.example"]).start() as endpoint:
        endpoint.serve_in_thread()
        yield endpoint


def get(port: int, query: str, host: str | None = None, accept: str = "application/sparql-results+json") -> bytes:
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    return (f"GET {path} HTTP/1.1\r\nHost: {f'127.0.0.1:{port}' if host is None else host}\r\nAccept: {accept}\r\n"
            "Connection: close\r\n\r\n").encode()


def form(port: int, query: str) -> bytes:
    body = urllib.parse.urlencode({"query": query}).encode()
    return post(port, body, {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body)),
                             "Connection": "close"})


def next_line(proc: subprocess.Popen, seconds: float) -> str:
    """The next line a process prints on stderr, or "" when none comes in time."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(proc.stderr.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    return lines[0] if lines else ""


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`actorgraph` in its own process: a query that crashes the engine must not take the test run with it."""
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, timeout=120)


# -- 2. outbound requests and DNS rebinding --------------------------------------------------------------

def test_the_endpoint_refuses_service_and_sends_no_request(server):
    url, port = server
    with recording_server() as (target, seen):
        status, _, body = exchange(port, form(port, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"))
        silent, _, _ = exchange(port, get(port, f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}"))
    assert (status, silent) == (400, 400)
    assert b"SERVICE" in body and b"\n" not in body.rstrip(b"\n")
    assert seen == []


def test_service_in_a_literal_or_iri_is_no_reason_to_refuse(server):
    _, port = server
    query = 'SELECT ?s WHERE { ?s ?p ?o FILTER (?o != "SERVICE <http://x/> {}" && ?p != <http://x/SERVICE>) } LIMIT 1'
    status, _, body = exchange(port, get(port, query))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1


def test_cli_query_refuses_service_unless_allowed(store_dir):
    with recording_server() as (target, seen):
        query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
        refused = run_cli("query", "--store", str(store_dir), query)
        assert refused.returncode == 1 and seen == []
        assert refused.stderr.startswith("Error: federated queries (SERVICE) are turned off")
        allowed = run_cli("query", "--store", str(store_dir), query, "--allow-service")
    assert allowed.returncode == 0, allowed.stderr
    assert seen and seen[0].startswith(("GET /sparql", "POST /sparql"))


@pytest.mark.parametrize("host", ["rebind.example:{port}", "127.0.0.1.rebind.example:{port}", "127.0.0.1:1",
                                  "", "localhost:{port}@evil.example"])
def test_a_foreign_host_is_refused(server, host):
    _, port = server
    status, _, body = exchange(port, get(port, ALL, host=host.format(port=port)))
    assert status == 400 and b"not this endpoint's address" in body


def test_the_own_address_localhost_and_allowed_names_are_answered(server, small):
    _, port = server
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert exchange(port, get(port, ALL, host=host))[0] == 200
    assert exchange(small.port, get(small.port, ALL, host="kg.example"))[0] == 200
    assert exchange(small.port, get(small.port, ALL, host="other.example"))[0] == 400


def test_listening_on_every_address_warns_and_the_options_apply(store_dir):
    options = ("--host", "0.0.0.0", "--allowed-host", "kg.example", "--max-rows", "5", "--max-body", "100")
    with serving(store_dir, *options) as (url, proc, _):
        port = port_of(url)
        warning = next_line(proc, 10)
        assert warning.startswith(f"warning: listening on 0.0.0.0: anyone who can reach port {port} "
                                  "can read the whole store")
        for host, status in ((f"127.0.0.1:{port}", 200), ("kg.example", 200), (f"rebind.example:{port}", 400)):
            assert exchange(port, get(port, ALL, host=host))[0] == status, host
        assert exchange(port, get(port, ALL))[1]["X-Actorgraph-Truncated"] == "5"
        assert exchange(port, form(port, ALL + " " * 100))[0] == 413


def test_every_answer_forbids_framing_and_the_page_runs_only_its_own_script(server):
    _, port = server
    status, headers, page = exchange(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    assert status == 200 and headers["X-Frame-Options"] == "DENY"
    policy = dict(p.strip().split(" ", 1) for p in headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["script-src"].startswith("'sha256-") and "unsafe" not in policy["script-src"]
    assert policy["connect-src"] == "'self'" and b"<script>" in page
    _, headers, _ = exchange(port, get(port, ALL))
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"


# -- 3 and 5. sizes, lengths, connections ----------------------------------------------------------------

def test_a_body_over_the_limit_is_refused_before_it_is_read(server):
    _, port = server
    head = post(port, b"query=", {"Content-Type": "application/x-www-form-urlencoded",
                                  "Content-Length": str(200 * 1024 * 1024)})
    started = time.monotonic()
    status, headers, body = exchange(port, head, timeout=5)  # the old front waited for 200 MB here
    assert status == 413 and b"at most 1,048,576" in body and b"--max-body" in body
    assert headers["Connection"] == "close" and time.monotonic() - started < 2


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", "12, 13", " ", "99999999999999999999"])
def test_a_malformed_content_length_gets_a_400_naming_it(server, length):
    _, port = server
    status, _, body = exchange(port, post(port, b"query=ASK{}", {"Content-Length": length}))
    assert status == 400 and body.startswith(b"Bad Content-Length") and body.count(b"\n") == 1


def test_conflicting_or_missing_lengths(server):
    _, port = server
    twice = post(port, b"", {"Content-Length": "3"}).replace(b"\r\n\r\n", b"\r\nContent-Length: 4\r\n\r\nabcd")
    assert exchange(port, twice)[0] == 400
    assert exchange(port, post(port, b"", {}))[0] == 411
    chunked = post(port, b"5\r\nquery\r\n0\r\n\r\n", {"Transfer-Encoding": "chunked"})
    assert exchange(port, chunked)[0] == 411


def test_an_idle_or_slow_connection_is_closed(small):
    with socket.create_connection(("127.0.0.1", small.port), timeout=10) as idle:
        started = time.monotonic()
        assert idle.recv(1) == b""  # closed by the endpoint within its 1 s, long before our 10 s
        assert time.monotonic() - started < 3
    with socket.create_connection(("127.0.0.1", small.port), timeout=10) as slow:
        started = time.monotonic()
        for byte in get(small.port, ALL):  # a byte every 0.2 s: each read is quick, the request takes 20 s
            try:
                slow.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                break
            time.sleep(0.2)
            if time.monotonic() - started > 4:
                break
        try:
            assert slow.recv(1024) == b""
        except ConnectionResetError:
            pass
        assert time.monotonic() - started < 4


def test_connections_over_the_bound_are_refused_and_the_rest_served(small):
    held = [socket.create_connection(("127.0.0.1", small.port), timeout=10) for _ in range(4)]
    try:
        time.sleep(0.2)
        try:
            status, _, body = exchange(small.port, get(small.port, ALL), timeout=5)
            assert status == 503 and b"4 connections at once" in body
        except ConnectionResetError:
            pass  # the refusal may reach the client as a reset: it is still not served
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    assert exchange(small.port, get(small.port, ALL))[0] == 200


# -- 3. answers: capped, and streamed ---------------------------------------------------------------------

@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"])
def test_an_answer_is_cut_at_max_rows_and_says_so(small, accept):
    status, headers, body = exchange(small.port, get(small.port, ALL, accept=accept))
    assert status == 200 and headers["X-Actorgraph-Truncated"] == "50"
    if accept == "text/csv":
        assert len(list(csv.reader(io.StringIO(body.decode())))) == 51
    elif "json" in accept:
        assert len(json.loads(body)["results"]["bindings"]) == 50
    else:
        assert body.count(b"<result>") == 50
    _, headers, body = exchange(small.port, get(small.port, "SELECT * WHERE { ?s ?p ?o } LIMIT 50"))
    assert "X-Actorgraph-Truncated" not in headers and len(json.loads(body)["results"]["bindings"]) == 50


def test_a_graph_answer_is_cut_too(small):
    status, headers, body = exchange(small.port, get(small.port, "CONSTRUCT WHERE { ?s ?p ?o }",
                                                     accept="application/n-triples"))
    assert status == 200 and headers["X-Actorgraph-Truncated"] == "50" and body.count(b" .\n") == 50


def test_a_large_answer_goes_through_a_file_not_the_pipe(store_dir, tmp_path):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # 238 x 238 rows, about 15 MB of JSON
    with open_store(store_dir) as store:
        answer = answer_query(store, (cross, None, [], []), str(tmp_path), max_rows=20_000)
    assert answer.status == 200 and answer.body == b"" and answer.truncated == 20_000
    spooled = Path(answer.path)
    assert spooled.parent == tmp_path and spooled.stat().st_size == answer.size > 2_000_000
    assert spooled.stat().st_mode & 0o777 == 0o600
    assert len(json.loads(spooled.read_bytes())["results"]["bindings"]) == 20_000


def test_a_spooled_answer_reaches_the_client_whole_and_its_file_goes(store_dir, tmp_path):
    limits = Limits(max_rows=20_000)
    with Endpoint(store_dir, port=0, limits=limits, workers=1).start() as endpoint:
        endpoint.serve_in_thread()
        status, headers, body = exchange(endpoint.port, get(endpoint.port, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",
                                                            accept="text/tab-separated-values"))
        assert status == 200 and headers["X-Actorgraph-Truncated"] == "20000"
        assert int(headers["Content-Length"]) == len(body) > 2_000_000 and body.count(b"\n") == 20_001
        assert list(Path(endpoint.spool_dir).iterdir()) == []


def test_answer_sparql_writes_as_it_reads(store_dir):
    class Pieces(io.BytesIO):
        writes = 0

        def write(self, data) -> int:
            Pieces.writes += 1
            return super().write(data)

    with open_store(store_dir) as store:
        out = Pieces()
        media, cut = answer_sparql(store, ALL, out, "csv", max_rows=100)
    assert media.startswith("text/csv") and cut and Pieces.writes > 100


# -- 4. queries nested past the engine's stack --------------------------------------------------------------

@pytest.mark.parametrize("query", [DEEP, LONG, DEEP.replace("{", "\\u007B")], ids=["braces", "unions", "escaped"])
def test_the_endpoint_refuses_a_query_too_deep_for_the_engine(server, query):
    _, port = server
    status, _, body = exchange(port, form(port, query))
    assert status == 400 and body.startswith(b"query ") and body.count(b"\n") == 1
    assert exchange(port, get(port, "ASK { ?s ?p ?o }"))[0] == 200


def test_cli_query_refuses_a_query_too_deep_for_the_engine(store_dir):
    result = run_cli("query", "--store", str(store_dir), DEEP)
    assert result.returncode == 1, result.returncode  # the engine's segmentation fault gave -11
    assert result.stderr.startswith("Error: query nested too deep") and result.stderr.count("\n") == 1


def test_braces_in_strings_and_comments_are_not_nesting(store_dir):
    braces = "{" * 300
    query = f'SELECT ?s WHERE {{ ?s ?p ?o # {braces}\n FILTER (?o != "{braces}") }} LIMIT 1'
    result = run_cli("query", "--store", str(store_dir), query, "--format", "csv")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2, result.stderr


# -- 6. output that other programs trust ---------------------------------------------------------------

TITLE = 'SELECT ?text WHERE { BIND ("Iran \\u001B]0;pwned\\u0007 said \\u009B31m" AS ?text) }'


def test_table_output_escapes_control_characters(store_dir):
    out = CliRunner().invoke(main, ["query", "--store", str(store_dir), TITLE])
    assert out.exit_code == 0
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout and "\x9b" not in out.stdout
    assert "Iran \\x1b]0;pwned\\x07 said \\x9b31m" in out.stdout
    tsv = CliRunner().invoke(main, ["query", "--store", str(store_dir), TITLE, "--format", "tsv"])
    assert "\x1b" not in tsv.stdout and "\\u001B" in tsv.stdout


FORMULAS = ('SELECT ?cell WHERE { VALUES ?cell { "=HYPERLINK(\\"http://evil.example\\",\\"x\\")" "+1+cmd" '
            '"@SUM(A1:A2)" "-2+3" "-2" "3.5" "plain" } }')


def test_csv_output_defuses_formulas_unless_raw(store_dir):
    cells = CliRunner().invoke(main, ["query", "--store", str(store_dir), FORMULAS, "--format", "csv"]).stdout
    assert [row[0] for row in csv.reader(io.StringIO(cells))] == [
        "cell", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1+cmd", "'@SUM(A1:A2)", "'-2+3", "-2", "3.5", "plain"]
    raw = CliRunner().invoke(main, ["query", "--store", str(store_dir), FORMULAS, "--format", "csv", "--raw-csv"])
    assert [row[0] for row in csv.reader(io.StringIO(raw.stdout))][1] == "=HYPERLINK(\"http://evil.example\",\"x\")"
