"""Screening SPARQL before the engine: SERVICE found by its tokens, depth and chains counted outside strings."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph.screen import MAX_DEPTH, MAX_LINKS, screen_query
from graph.sparql import QueryError


def refused(query: str) -> str | None:
    """The refusal's message, or None when the query may run."""
    try:
        screen_query(query)
    except QueryError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/> { ?s ?p ?o } }",
    "select * where { service silent <http://intranet/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x <p> ?e SERVICE ?e { ?s ?p ?o } }",
    "PREFIX ex: <http://x/>\nSELECT * WHERE { SERVICE ex:endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE<http://x/>{ ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",  # codepoint escapes are read before parsing
])
def test_service_is_refused_however_written(query):
    assert refused(query).startswith("federated queries (SERVICE) are turned off")
    screen_query(query, allow_service=True)


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }',
    "SELECT * WHERE { ?s ?p 'service' }",
    'SELECT * WHERE { ?s ?p """multi\nSERVICE <http://x/> {\n""" }',
    "SELECT * WHERE { ?s ?p <http://example.org/SERVICE> }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
    "PREFIX SERVICE: <http://x/>\nSELECT * WHERE { ?s SERVICE:p ex:SERVICE }",
    "SELECT ?service WHERE { ?service ?p _:SERVICE }",
    'SELECT * WHERE { ?s ?p "x"@service }',
])
def test_service_in_strings_iris_comments_and_names_is_not_refused(query):
    assert refused(query) is None


def nested(depth: int, inner: str = "?s ?p ?o") -> str:
    return "SELECT * WHERE " + "{" * depth + f" {inner} " + "}" * depth


def test_depth_bound():
    assert refused(nested(MAX_DEPTH)) is None
    assert refused(nested(MAX_DEPTH + 1)).startswith(f"query nested too deep: more than {MAX_DEPTH} levels")
    brackets = "SELECT * WHERE { ?s ?p " + "[ <p> " * MAX_DEPTH + "?o" + " ]" * MAX_DEPTH + " }"
    assert "nested too deep" in refused(brackets)
    assert "nested too deep" in refused("ASK { FILTER (" + "(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH + ") }")


def test_brackets_in_strings_iris_and_comments_do_not_count():
    many = "{" * (MAX_DEPTH * 3)
    assert refused(f'SELECT * WHERE {{ ?s ?p "{many}" . ?s ?p \'{many}\' }} # {many}') is None
    assert refused("SELECT * WHERE { ?s ?p <http://x/(((((((((((> }".replace("(", "(" * 20)) is None


@pytest.mark.parametrize("chain", [
    lambda n: "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }",
    lambda n: "SELECT * WHERE { " + " . ".join(f"?s ?p ?o{i}" for i in range(n)) + " }",
    lambda n: "SELECT * WHERE { ?s ?p " + ", ".join(f"?o{i}" for i in range(n)) + " }",
    lambda n: "ASK { FILTER (" + " || ".join(["true"] * n) + ") }",
    lambda n: "ASK { FILTER (" + "!" * n + "true) }",
    lambda n: "SELECT * WHERE { ?s " + "/".join(["<p>"] * n) + " ?o }",
    lambda n: "SELECT * WHERE { ?s ?p " + "OPTIONAL { ?s ?p ?o } " * n + "}",
    lambda n: "SELECT * WHERE { ?s ?p (" + " 1" * n + " ) }",
], ids=["union", "dots", "commas", "or", "not", "path", "optional", "collection"])
def test_long_chains_are_refused(chain):
    assert refused(chain(MAX_LINKS // 3)) is None
    assert refused(chain(MAX_LINKS + 1)).startswith(f"query too long for the engine: more than {MAX_LINKS:,}")


def test_flat_lists_are_not_chains():
    values = "SELECT * WHERE { ?s ?p ?o } VALUES (?s ?o) { " + "(<a> -1) " * 50_000 + "}"
    assert refused(values) is None
    iris = ", ".join(f"<http://x/{i}>" for i in range(20_000))
    assert refused(f"SELECT * WHERE {{ ?s ?p ?o FILTER (?o IN ({iris})) }}") is None
    assert refused("SELECT * WHERE { BIND (CONCAT(" + ", ".join(['"a"'] * 20_000) + ") AS ?x) }") is None


def test_named_queries_pass():
    from graph.sparql import named_queries

    for query in named_queries().values():
        assert refused(query.text) is None, query.name


ENGINE = """
import sys, pyoxigraph as ox
store = ox.Store()
store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
for query in sys.stdin.read().split("\\n\\x00\\n"):
    answer = store.query(query)
    list(answer) if not isinstance(answer, ox.QueryBoolean) else bool(answer)
print("ran")
"""


def at_the_bounds() -> list[str]:
    """The longest queries of each quick kind that pass, inside braces almost as deep as pass, and the deepest."""
    def widest(make) -> str:
        n = MAX_LINKS
        while refused(nested(MAX_DEPTH - 2, make(n))):
            n -= max(1, n // 50)
        return nested(MAX_DEPTH - 2, make(n))

    chains = [
        lambda n: " UNION ".join(["{ ?s ?p ?o }"] * n),
        lambda n: "?s ?p ?o FILTER (" + "+".join(["1"] * n) + " > 0)",
        lambda n: "?s ?p ?o FILTER (" + " || ".join(["true"] * n) + ")",
        lambda n: "?s ?p ?o FILTER (" + "!" * n + "true)",
        lambda n: "?s ?p ?o " + "MINUS { ?s ?p ?o } " * n,
        lambda n: "?s ?p ?o " + "FILTER (true) " * n,
        lambda n: "?s ?p ?o " + "".join(f"BIND (1 AS ?x{i}) " for i in range(n)),
    ]
    deepest = [nested(MAX_DEPTH), "ASK { FILTER (" + "(" * (MAX_DEPTH - 2) + "1" + ")" * (MAX_DEPTH - 2) + ") }"]
    return deepest + [widest(make) for make in chains]


def test_queries_at_the_bounds_run_in_the_engine():
    queries = at_the_bounds()
    assert all(refused(q) is None for q in queries)
    engine = subprocess.run([sys.executable, "-c", ENGINE], input="\n\x00\n".join(queries), capture_output=True,
                            text=True, timeout=120)
    assert engine.returncode == 0 and engine.stdout.strip() == "ran", (engine.returncode, engine.stderr[-500:])
