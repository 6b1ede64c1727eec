"""SPARQL over a store: raw and named queries, the Python query API, the endpoint's answers, the actor network.

Queries run over the store's default graph, the union of its article graphs (see :mod:`graph.store`). Named
queries come from :mod:`graph.sparql`, which also formats the results; their parameters are bound by the
engine as RDF terms (pyoxigraph substitutions), never pasted into the query text.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph

from .model import ACTOR_TYPES, PREDICATES
from .rdf import AG, BASE, actor_iri
from .screen import screen_query
from .sparql import (
    DEFAULT_LIMIT,
    MIN_CONFIDENCE,
    PREFIXES,
    RESULT_MEDIA,
    XSD,
    NamedQuery,
    QueryError,
    QueryResult,
    Term,
    check_params,
    get_named_query,
    looks_like_name,
    result_text,
    sort_rows,
)
from .store import RDF_TYPE, Store, StoreError, find_document, iri_problem, opened, rdf_format_of

log = logging.getLogger(__name__)

GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
RESULT_FORMATS_OX = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                     "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def _term(node: object, named=ox.NamedNode, literal=ox.Literal, blank=ox.BlankNode) -> Term | None:
    """A pyoxigraph term as a :class:`Term` (the classes are compared by identity: this runs for every value)."""
    kind = node.__class__
    if kind is named:
        return Term("uri", node.value)  # type: ignore[attr-defined]
    if kind is literal:
        lang = node.language  # type: ignore[attr-defined]
        return Term("literal", node.value, "" if lang else node.datatype.value, lang or "")  # type: ignore[attr-defined]
    if node is None:
        return None
    if kind is blank:
        return Term("bnode", node.value)  # type: ignore[attr-defined]
    return Term("triple", str(node))


def run_query(store: Store, text: str, params: dict[str, str] | None = None, limit: int | None = DEFAULT_LIMIT,
              rdf_format: str = "turtle", allow_service: bool = False) -> QueryResult:
    """Run SPARQL text, or a named query with its parameters, over the union of the articles.

    The usual prefixes (``ag:``, ``actor:``, ``rdf:``, ``rdfs:``, ``skos:``, ``dcterms:``, ``prov:`` ...)
    are declared for raw queries. At most ``limit`` rows (or triples) are kept; ``truncated`` says
    whether there were more. CONSTRUCT and DESCRIBE results come serialised in ``rdf_format``.
    Federated queries (``SERVICE``) are refused unless ``allow_service``, and so are queries nested
    deeper than the engine can parse (see :mod:`graph.screen`).

    Raises:
        QueryError: The query is malformed (with the parser's message and position) or refused, the named
            query is unknown, or a parameter is missing, unknown or names nothing in the store.
    """
    substitutions, order = None, ()
    if looks_like_name(text):
        named = get_named_query(text.strip())
        substitutions = bind_params(store, named, check_params(named, params or {}))
        text, order = named.engine_text, named.order
    elif params:
        raise QueryError("parameters go with a named query; write the values into your own SPARQL")
    else:
        screen_query(text, allow_service)
    try:
        answer = store.db.query(text, prefixes=PREFIXES, substitutions=substitutions)
        if not order:
            return _collect(answer, limit, rdf_format_of(rdf_format))
        result = _collect(answer, None, rdf_format_of(rdf_format))
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise QueryError(f"malformed query: {message if len(message) < 240 else message[:240] + ' …'}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    sort_rows(result, order)
    if limit is not None and len(result.rows) > limit:
        del result.rows[limit:]
        result.truncated, result.limit = True, limit
    return result


def _collect(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, limit: int | None,
             rdf_fmt: ox.RdfFormat) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    items: list[Any] = []
    for item in answer:
        if limit is not None and len(items) >= limit:
            break
        items.append(item)
    else:
        limit = None  # everything fitted
    truncated = limit is not None
    if isinstance(answer, ox.QueryTriples):
        prefixes = dict(PREFIXES) if rdf_fmt == ox.RdfFormat.TURTLE else None
        rdf = ox.serialize(items, format=rdf_fmt, prefixes=prefixes) or b""
        return QueryResult("graph", rdf=rdf, triples=len(items), truncated=truncated, limit=limit)
    variables = [v.value for v in answer.variables]
    terms: dict[Any, Term | None] = {}  # the same actors, relations and counts recur from row to row

    def term(node: Any) -> Term | None:
        try:
            return terms[node]
        except KeyError:
            terms[node] = value = _term(node)
            return value

    rows = [tuple(map(term, sol)) for sol in items]
    return QueryResult("select", variables, rows, truncated=truncated, limit=limit)


def bind_params(store: Store, named: NamedQuery, values: dict[str, str]) -> dict[ox.Variable, Any]:
    """The value of each parameter as an RDF term, for pyoxigraph to substitute (never pasted into the text)."""
    kinds = {p.name: p.kind for p in named.params}
    return {ox.Variable(name): _param_term(store, kinds[name], name, value) for name, value in values.items()}


def _param_term(store: Store, kind: str, name: str, value: str) -> Any:
    if kind == "actor":
        return ox.NamedNode(find_actor(store, value))
    if kind == "document":
        return ox.NamedNode(find_document(store, value))
    if kind == "relation":
        if value.strip().lower() not in PREDICATES:
            raise QueryError(f"--param {name}: a relation is one of {', '.join(PREDICATES)}, not {value!r}")
        return ox.NamedNode(str(AG[value.strip().lower()]))
    if kind == "class":
        match = [t for t in ACTOR_TYPES if t.lower() == value.strip().lower()]
        if not match:
            raise QueryError(f"--param {name}: an actor type is one of {', '.join(ACTOR_TYPES)}, not {value!r}")
        return ox.NamedNode(str(AG[match[0]]))
    if kind == "integer":
        try:
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            raise QueryError(f"--param {name}: expected an integer, not {value!r}") from None
    if kind == "decimal":
        return ox.Literal(decimal_lexical(name, value), datatype=ox.NamedNode(XSD + "decimal"))
    return ox.Literal(value)


def decimal_lexical(name: str, value: str) -> str:
    """A ``decimal`` parameter's value written as an ``xsd:decimal``: a number from 0 to 1.

    >>> decimal_lexical("minConfidence", " .85"), decimal_lexical("minConfidence", "1"), decimal_lexical("m", "5e-3")
    ('0.85', '1', '0.005')

    Raises:
        QueryError: the value is not a number from 0 to 1.
    """
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or not 0 <= number <= 1:
        raise QueryError(f"--param {name}: expected a number from 0 to 1, not {value!r}")
    return format(number, "f")


LABEL_QUERY = """
SELECT DISTINCT ?name ?actor ?rank WHERE {
  { ?actor rdfs:label ?label BIND (1 AS ?rank) } UNION { ?actor skos:altLabel ?label BIND (2 AS ?rank) }
  FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
  FILTER NOT EXISTS { ?actor a ag:Place }
} ORDER BY ?rank ?actor"""


def find_actor(store: Store, ref: str) -> str:
    """The IRI of the actor that ``ref`` names: an IRI, an id (``iran``) or a label or other name (``Tehran``)."""
    ref = ref.strip()
    iri = ref if ref.startswith(("http://", "https://")) else None
    if iri is not None and (why := iri_problem(iri)) is not None:
        raise QueryError(f"{ref!r} is not an IRI ({why}); give an id such as iran, a name such as Iran, or an IRI")
    if iri is None and re.fullmatch(r"[\w.-]+", ref):
        iri = str(actor_iri(ref))
    if iri is not None and next(store.db.quads_for_pattern(ox.NamedNode(iri), RDF_TYPE, None, ox.DefaultGraph()),
                                None) is not None:
        return iri
    answer = store.db.query(LABEL_QUERY, prefixes=PREFIXES, substitutions={ox.Variable("name"): ox.Literal(ref)})
    rows = list(answer)  # type: ignore[arg-type]  # a SELECT gives solutions
    if not rows:
        raise QueryError(f"no actor {ref!r} in the store (give an id such as iran, a name such as Iran, or an IRI)")
    best = sorted({r["actor"].value for r in rows if r["rank"].value == rows[0]["rank"].value})
    if len(best) > 1:
        raise QueryError(f"{ref!r} could be any of {', '.join(_short(b) for b in best)}; give the id")
    return best[0]


def _short(iri: str) -> str:
    return Term("uri", iri).short()


def answer_sparql(store: Store, text: str, output: IO[bytes], results_format: str = "json",
                  graph_format: str = "turtle", default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (),
                  max_rows: int | None = None, allow_service: bool = False) -> tuple[str, bool]:
    """Answer a SPARQL protocol request into ``output`` as it is read: the media type, and whether it was cut.

    ``results_format`` (json, xml, csv, tsv) serves SELECT and ASK, ``graph_format`` (turtle, nt, jsonld,
    rdfxml) CONSTRUCT and DESCRIBE. No prefixes are predeclared, as on any SPARQL endpoint. At most
    ``max_rows`` solutions (or triples) are written. The query is screened first (:mod:`graph.screen`).
    """
    screen_query(text, allow_service)
    try:
        options: dict[str, Any] = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        answer = store.db.query(text, **options)
        if isinstance(answer, ox.QueryBoolean):
            fmt = RESULT_FORMATS_OX[results_format]
            output.write(answer.serialize(format=fmt) or b"")
            return fmt.media_type, False
        if isinstance(answer, ox.QueryTriples):
            triples = _Capped(answer, max_rows)
            ox.serialize(triples, output, GRAPH_FORMATS[graph_format])
            return GRAPH_FORMATS[graph_format].media_type, triples.cut
        rows = _Capped(answer, max_rows)
        variables = [v.value for v in answer.variables]
        for piece in result_text(results_format, variables, map(_row, rows)):
            output.write(piece.encode("utf-8"))
        return RESULT_MEDIA[results_format], rows.cut
    except SyntaxError as exc:
        raise QueryError(f"Malformed query: {exc}") from None
    except ValueError as exc:
        raise QueryError(f"Bad request: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"Query failed: {exc}") from None


class _Capped:
    """The first ``limit`` items of an iterable (all when None); ``cut`` says, once read, whether there were more."""

    def __init__(self, items: Iterable[Any], limit: int | None) -> None:
        self.items, self.limit, self.cut = items, limit, False

    def __iter__(self) -> Iterator[Any]:
        for count, item in enumerate(self.items):
            if self.limit is not None and count >= self.limit:
                self.cut = True
                return
            yield item


def _row(solution: ox.QuerySolution) -> tuple[Term | None, ...]:
    return tuple(map(_term, solution))


def query(store: Store | str | Path, text: str, params: dict[str, str] | None = None, limit: int | None = None,
          dataframe: bool = False) -> object:
    """The Python face of ``actorgraph query``.

    Args:
        store: An open store, or the path of one (opened read-only for the call).
        text: SPARQL text, or the name of a named query (``backers``).
        params: The named query's parameters, e.g. ``{"actor": "Iran"}``.
        limit: Keep at most this many rows (a warning is logged when there were more).
        dataframe: Return a pandas DataFrame instead of a list of dicts (needs ``actorgraph[pandas]``).

    Returns:
        SELECT: a list of dicts of Python values (or a DataFrame); ASK: a bool;
        CONSTRUCT and DESCRIBE: an rdflib Graph.

    Example::

        rows = query("kg/", "backers", {"actor": "Hezbollah"})
    """
    with opened(store) as kg:
        result = run_query(kg, text, params, limit, rdf_format="nt")
    if result.truncated:
        log.warning("result truncated to the first %d rows", result.limit)
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return Graph().parse(data=result.rdf.decode("utf-8"), format="nt")
    if not dataframe:
        return result.records()
    try:
        import pandas
    except ImportError:
        raise StoreError("dataframe=True needs pandas: pip install 'actorgraph[pandas]'") from None
    return pandas.DataFrame(result.records(), columns=result.variables)


def union_graph(store: Store | str | Path) -> Graph:
    """The union of the articles (the store's default graph) as an rdflib Graph, for code that reads rdflib."""
    with opened(store) as kg:
        data = kg.db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
    return Graph().parse(data=data.decode("utf-8"), format="nt")


# -- the actor network -------------------------------------------------------------------------------

def _actor_key(iri: str) -> str:
    prefix = f"{BASE}actor/"
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def to_networkx(store: Store | str | Path, min_confidence: float = 0.0):
    """The actor network as a networkx ``MultiDiGraph``.

    Nodes are actor ids (``iran``) with ``label``, ``type``, ``iri``, ``mentions`` and ``articles``;
    there is one edge per subject, relation, object and modality, keyed ``"backs/asserted"``, with
    ``predicate``, ``modality``, ``statements`` and ``articles``. With ``min_confidence``, only the
    statements whose confidence is at least that count, and an edge without any is left out.

    Raises:
        QueryError: ``min_confidence`` is not a number from 0 to 1.
    """
    import networkx as nx

    net = nx.MultiDiGraph()
    with opened(store) as kg:
        actors = run_query(kg, "actors", limit=None).records()
        edges = run_query(kg, "edges", {MIN_CONFIDENCE: repr(min_confidence)}, limit=None).records()
    for row in actors:
        net.add_node(_actor_key(str(row["actor"])), iri=row["actor"], label=row["label"],
                     type=str(row["type"]).rsplit("#", 1)[-1], mentions=row["mentions"], articles=row["articles"])
    for row in edges:
        predicate, modality = str(row["relation"]).rsplit("#", 1)[-1], str(row["modality"]).rsplit("#", 1)[-1]
        net.add_edge(_actor_key(str(row["subject"])), _actor_key(str(row["object"])), key=f"{predicate}/{modality}",
                     predicate=predicate, modality=modality, statements=row["statements"], articles=row["articles"])
    return net
