"""A persistent graph store on disk: one named graph per article, SPARQL, import, export and push.

The store is an embedded Oxigraph database (``pyoxigraph``) in a folder the user names::

    kg/actorgraph-store.json   says the folder is a store, and which version
    kg/oxigraph/               the database
    kg/lock                    an advisory lock: one writer, or any number of readers

Each article's triples live in a named graph whose name is the article's IRI
(:func:`graph.rdf.document_iri`, keyed by the SHA-256 of its text), so one article can be removed or
re-extracted without touching the others. The default graph is the union of the article graphs, kept
up to date by the store with each triple once (an RDF merge: actors that several articles name merge
on their IRI), and queries run over it. Mention counts are kept per article on ``ag:MentionTally``
nodes, since an actor's own ``ag:mentionCount`` would clash between articles.

This module and :mod:`graph.rdf` are the only ones that touch rdflib or pyoxigraph objects.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import ActorgraphError
from .model import ACTOR_TYPES, PREDICATES, Extraction
from .rdf import AG, BASE, actor_iri, build_graph, document_iri
from .sparql import (
    PREFIXES,
    XSD,
    NamedQuery,
    QueryError,
    QueryResult,
    Term,
    check_params,
    get_named_query,
    looks_like_name,
)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

STORE_FILE = "actorgraph-store.json"
STORE_FORMAT = "actorgraph-store"
STORE_VERSION = 1
DB_DIR = "oxigraph"
LOCK_FILE = "lock"
DEFAULT_LIMIT = 10_000
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
               "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS}
DATASET_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
RESULT_FORMATS_OX = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                     "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
HEX = re.compile(r"[0-9a-f]{16,64}")


class StoreError(ActorgraphError):
    """A store folder is missing, not a store, locked, or a store operation failed."""


class StoreLockedError(StoreError):
    """Another process holds the store's lock."""


class Store:
    """An open store. Use :func:`open_store`; close it (or use ``with``) to release the lock."""

    def __init__(self, path: Path, db: ox.Store, lock: IO[str] | None, writable: bool) -> None:
        self.path = path
        self.db = db
        self.writable = writable
        self._lock = lock

    def close(self) -> None:
        """Flush, release the database and the lock."""
        if self.db is None:
            return
        if self.writable:
            self.db.flush()
        self.db = None  # type: ignore[assignment]  # a closed store has no database
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def flush(self) -> None:
        """Move what the database holds in memory to disk; a long run of writes does this now and then, or the
        database's memory grows with everything written (about 0.5 MB an article)."""
        _writable(self).flush()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.path} {'read-write' if self.writable else 'read-only'}>"


def check_store_folder(path: Path, create: bool = False) -> Path:
    """Make sure ``path`` is a store, creating one if asked and the folder is new or empty; return its database."""
    marker = path / STORE_FILE
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder")
    if not marker.exists():
        empty = not path.exists() or not any(path.iterdir())
        if not empty:
            raise StoreError(f"{path} is not an actorgraph store (it has no {STORE_FILE}); "
                             "give a new or empty folder to create one")
        if not create:
            raise StoreError(f"no store at {path} (`actorgraph extract ... --store {path}` creates one)")
        path.mkdir(parents=True, exist_ok=True)
        ox.Store(str(path / DB_DIR)).flush()
        marker.write_text(json.dumps({"format": STORE_FORMAT, "version": STORE_VERSION}) + "\n", encoding="utf-8")
        return path / DB_DIR
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{path} is not an actorgraph store (its {STORE_FILE} is unreadable)") from None
    if not isinstance(info, dict) or info.get("format") != STORE_FORMAT:
        raise StoreError(f"{path} is not an actorgraph store ({STORE_FILE} names another format)")
    if int(info.get("version", 0)) > STORE_VERSION:
        raise StoreError(f"{path} was written by a newer actorgraph (store version {info['version']})")
    return path / DB_DIR


def lock_store(path: Path, write: bool) -> IO[str] | None:
    """Take the store's advisory lock: exclusive to write, shared to read. Returns the handle to close."""
    if fcntl is None:
        return None
    handle = open(path / LOCK_FILE, "a+")  # noqa: SIM115 - held until Store.close
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        doing = "reading or writing" if write else "writing"
        raise StoreLockedError(f"the store {path} is locked by another process that is {doing} it "
                               "(an extract, remove, import or serve); try again when it has finished") from None
    return handle


def open_store(path: str | Path, write: bool = False, create: bool = False) -> Store:
    """Open the store in the folder ``path``.

    Args:
        path: The store folder.
        write: Open it to add or remove articles (one writer at a time, and no readers meanwhile).
        create: Create the store if the folder is new or empty (implies nothing unless ``write``).

    Raises:
        StoreError: The folder is not a store, or the database cannot be opened.
        StoreLockedError: Another process is using the store in a conflicting way.
    """
    path = Path(path)
    db_dir = check_store_folder(path, create and write)
    lock = lock_store(path, write)
    try:
        db = ox.Store(str(db_dir)) if write else ox.Store.read_only(str(db_dir))
    except OSError as exc:
        if lock is not None:
            lock.close()
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    return Store(path, db, lock, write)


@contextmanager
def opened(store: Store | str | Path, write: bool = False, create: bool = False) -> Iterator[Store]:
    """``store`` itself if it is open, else the store at that path, opened for the ``with`` block."""
    if isinstance(store, Store):
        yield store
    else:
        with open_store(store, write, create) as fresh:
            yield fresh


def memory_store(g: Graph) -> Store:
    """A read-only, in-memory store of an rdflib graph's triples, to query a graph file as a store is queried.

    The triples go in the default graph (there are no article graphs), so :func:`run_query`,
    :func:`to_networkx` and the named queries work on it, e.g. ``run_query(memory_store(g), "backers", ...)``.
    """
    db = ox.Store()
    db.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return Store(Path("<memory>"), db, None, writable=False)


def _writable(store: Store) -> ox.Store:
    if not store.writable:
        raise StoreError(f"the store {store.path} is open read-only")
    return store.db


# -- articles in, articles out ------------------------------------------------------------------------

def _ox_term(node: object) -> Any:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype else None)
    raise TypeError(f"not an RDF term: {node!r}")


def has_document(store: Store, sha256: str) -> bool:
    """Whether the article with this text hash is in the store."""
    return store.db.contains_named_graph(ox.NamedNode(str(document_iri(sha256))))


def add_extraction(store: Store, ex: Extraction, replace: bool = False) -> int:
    """Add one article's graph (in one transaction) and return its number of triples.

    An article already in the store is left as it is and 0 is returned, unless ``replace``, which
    swaps its old statements for the new ones.
    """
    db = _writable(store)
    name = ox.NamedNode(str(document_iri(ex.document.sha256)))
    if db.contains_named_graph(name):
        if not replace:
            return 0
        _drop_graph(db, name)
    g = build_graph([ex], mention_tallies=True)
    triples = [(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in g]
    db.extend([ox.Quad(s, p, o, name) for s, p, o in triples] +
              [ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples])
    return len(triples)


def article_nquads(ex: Extraction) -> tuple[bytes, int]:
    """One article as the store keeps it, for :func:`add_articles`: N-Quads of its named graph and of the union.

    Needs no store, so a worker process can build it beside the extraction and send back plain bytes.
    Returns the N-Quads and the article's number of triples.
    """
    data = build_graph([ex], mention_tallies=True).serialize(format="nt", encoding="utf-8")
    lines = [line.rstrip()[:-1].rstrip() for line in data.splitlines() if line.strip()]  # each "s p o ." less " ."
    graph = f" <{document_iri(ex.document.sha256)}> .\n".encode()
    return b"".join(line + graph for line in lines) + b"".join(line + b" .\n" for line in lines), len(lines)


def add_articles(store: Store, articles: Iterable[tuple[str, bytes]], replace: bool = False) -> list[str]:
    """Add articles given as ``(text hash, N-Quads from article_nquads)``, in one transaction.

    Articles already in the store (or earlier in ``articles``) are left as they are, unless ``replace``, which
    swaps an old article's statements for the new ones. Returns the text hashes of the articles added.
    """
    db = _writable(store)
    added: dict[str, bytes] = {}
    for sha256, nquads in articles:
        name = ox.NamedNode(str(document_iri(sha256)))
        stored = db.contains_named_graph(name)
        if sha256 in added or (stored and not replace):
            continue
        if stored:
            _drop_graph(db, name)
        added[sha256] = nquads
    if added:
        db.load(b"".join(added.values()), format=ox.RdfFormat.N_QUADS)
    return list(added)


def _drop_graph(db: ox.Store, name: ox.NamedNode) -> None:
    """Remove a named graph, and from the default graph what no other named graph still holds (one transaction)."""
    g = str(name)  # an N-Triples IRI that pyoxigraph has validated: no quotes, spaces or angle brackets
    db.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
              f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }} }} ; DROP SILENT GRAPH {g}")


def find_document(store: Store, ref: str) -> str:
    """The IRI of the article that ``ref`` names: its IRI, its text hash (16 to 64 hex digits) or its id."""
    ref = ref.strip()
    if ref.startswith(f"{BASE}doc/"):
        candidates = [ref]
    elif HEX.fullmatch(ref):
        candidates = [str(document_iri(ref))]
    else:
        candidates = []
    found = [c for c in candidates if store.db.contains_named_graph(ox.NamedNode(c))]
    if found:
        return found[0]
    rows = store.db.query(
        f"SELECT DISTINCT ?id ?doc WHERE {{ ?doc a <{AG.Document}> ; <http://purl.org/dc/terms/identifier> ?id }}",
        substitutions={ox.Variable("id"): ox.Literal(ref)})
    docs = sorted(row["doc"].value for row in rows)  # type: ignore[union-attr]
    if not docs:
        raise StoreError(f"no article {ref!r} in the store {store.path} (give its id, text hash or IRI; "
                         f"`actorgraph query --store {store.path} documents` lists them)")
    if len(docs) > 1:
        raise StoreError(f"{ref!r} is the id of {len(docs)} articles; give the text hash instead: "
                         + ", ".join(d.rsplit("/", 1)[1] for d in docs))
    return docs[0]


def remove_documents(store: Store | str | Path, refs: Iterable[str]) -> list[str]:
    """Take articles' statements out of the store (each by id, text hash or IRI); return their IRIs.

    Every reference is looked up before anything is removed, so an unknown one removes nothing.
    """
    with opened(store, write=True) as kg:
        db = _writable(kg)
        iris = [find_document(kg, ref) for ref in refs]
        for iri in dict.fromkeys(iris):
            _drop_graph(db, ox.NamedNode(iri))
    return iris


def document_count(store: Store) -> int:
    """The number of articles (named graphs) in the store."""
    return sum(1 for _ in store.db.named_graphs())


@dataclass
class ImportReport:
    """What an import did."""

    graphs: int = 0
    skipped: int = 0
    quads: int = 0
    ignored: int = 0


def import_dataset(store: Store | str | Path, path: Path, fmt: str | None = None) -> ImportReport:
    """Bulk-load a TriG or N-Quads file with one named graph per article (as :func:`export_store` writes).

    Articles already in the store are skipped; triples outside any named graph are ignored, because
    the default graph is the store's own union of the article graphs. Fast, but not one transaction.
    """
    rdf_fmt = _rdf_format(fmt, path)
    if rdf_fmt not in DATASET_FORMATS:
        raise StoreError(f"{path}: import takes TriG or N-Quads, with one named graph per article")
    with opened(store, write=True, create=True) as kg:
        return _import(_writable(kg), path, rdf_fmt)


def _import(db: ox.Store, path: Path, rdf_fmt: ox.RdfFormat) -> ImportReport:
    """One pass in Python writes the union's triples to a scratch file; the engine's bulk loader does the rest."""
    existing = set(db.named_graphs())
    report = ImportReport()
    seen: set = set()

    def new_quads() -> Iterator[ox.Quad]:
        for quad in ox.parse(path=str(path), format=rdf_fmt):
            name = quad.graph_name
            if isinstance(name, ox.DefaultGraph):
                report.ignored += 1
            elif name in existing:
                seen.add(name)
            else:
                yield quad

    try:
        with tempfile.TemporaryDirectory(prefix="actorgraph-import-") as scratch:
            union = Path(scratch) / "union.nt"
            with union.open("wb") as handle:
                ox.serialize(_counted(new_quads(), report), handle, ox.RdfFormat.N_TRIPLES)
            if seen or report.ignored:
                ignored = report.ignored
                db.bulk_extend(new_quads())
                report.ignored = ignored
            else:
                db.bulk_load(path=str(path), format=rdf_fmt)
            db.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, OSError, ValueError) as exc:
        raise StoreError(f"{path}: {exc}") from None
    report.skipped = len(seen)
    report.graphs = sum(1 for _ in db.named_graphs()) - len(existing)
    if report.ignored:
        log.warning("%s: %d triples outside any named graph were ignored", path, report.ignored)
    return report


def _counted(quads: Iterator[ox.Quad], report: ImportReport) -> Iterator[ox.Triple]:
    for quad in quads:
        report.quads += 1
        yield quad.triple


def _rdf_format(fmt: str | None, path: Path | None = None) -> ox.RdfFormat:
    if fmt:
        try:
            return RDF_FORMATS[fmt.lower()]
        except KeyError:
            raise StoreError(f"unknown RDF format {fmt!r} (one of {', '.join(sorted(RDF_FORMATS))})") from None
    suffix = path.suffix.lower().lstrip(".") if path is not None else ""
    if suffix in RDF_FORMATS:
        return RDF_FORMATS[suffix]
    raise StoreError(f"cannot tell the RDF format of {path}; give --format")


EXPORT_FORMATS = ("ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "csv")


def export_store(store: Store | str | Path, output: Path, fmt: str | None = None) -> None:
    """Write the store to a file, atomically.

    Turtle, N-Triples and JSON-LD get the union (the default graph); TriG and N-Quads get one named
    graph per article (re-importable with :func:`import_dataset`); GraphML, GEXF and CSV get the actor
    network of :func:`to_networkx` (CSV: an edge list for Gephi and spreadsheets).
    """
    fmt = (fmt or output.suffix.lstrip(".")).lower()
    with opened(store) as kg:
        if fmt in ("graphml", "gexf", "csv"):
            net = to_networkx(kg)
            return _atomic_write(output, lambda handle: write_network(net, handle, fmt))
        rdf_fmt = _rdf_format(fmt, output)

        def write(handle) -> None:
            if rdf_fmt in DATASET_FORMATS:
                quads = (q for q in kg.db.quads_for_pattern(None, None, None, None)
                         if not isinstance(q.graph_name, ox.DefaultGraph))
                ox.serialize(quads, handle, rdf_fmt, prefixes=_prefixes(rdf_fmt))
            else:
                kg.db.dump(handle, rdf_fmt, from_graph=ox.DefaultGraph(), prefixes=_prefixes(rdf_fmt))

        _atomic_write(output, write)


def _prefixes(rdf_fmt: ox.RdfFormat) -> dict[str, str] | None:
    return dict(PREFIXES) if rdf_fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- SPARQL ------------------------------------------------------------------------------------------

def _term(node: object) -> Term | None:
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return Term("literal", node.value, "" if node.language else node.datatype.value, node.language or "")
    return Term("triple", str(node))


def run_query(store: Store, text: str, params: dict[str, str] | None = None, limit: int | None = DEFAULT_LIMIT,
              rdf_format: str = "turtle") -> QueryResult:
    """Run SPARQL text, or a named query with its parameters, over the union of the articles.

    The usual prefixes (``ag:``, ``actor:``, ``rdf:``, ``rdfs:``, ``skos:``, ``dcterms:``, ``prov:`` ...)
    are declared for raw queries. At most ``limit`` rows (or triples) are kept; ``truncated`` says
    whether there were more. CONSTRUCT and DESCRIBE results come serialised in ``rdf_format``.

    Raises:
        QueryError: The query is malformed (with the parser's message and position), the named query is
            unknown, or a parameter is missing, unknown or names nothing in the store.
    """
    substitutions = None
    if looks_like_name(text):
        named = get_named_query(text.strip())
        substitutions = bind_params(store, named, check_params(named, params or {}))
        text = named.text
    elif params:
        raise QueryError("parameters go with a named query; write the values into your own SPARQL")
    try:
        answer = store.db.query(text, prefixes=PREFIXES, substitutions=substitutions)
        return _collect(answer, limit, _rdf_format(rdf_format))
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise QueryError(f"malformed query: {message if len(message) < 240 else message[:240] + ' …'}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


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
    rows = [tuple(_term(sol[v]) for v in variables) for sol in items]
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
    return ox.Literal(value)


LABEL_QUERY = """
SELECT DISTINCT ?name ?actor ?rank WHERE {
  { ?actor rdfs:label ?label BIND (1 AS ?rank) } UNION { ?actor skos:altLabel ?label BIND (2 AS ?rank) }
  FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
} ORDER BY ?rank ?actor"""


def find_actor(store: Store, ref: str) -> str:
    """The IRI of the actor that ``ref`` names: an IRI, an id (``iran``) or a label or other name (``Tehran``)."""
    ref = ref.strip()
    iri = ref if ref.startswith(("http://", "https://")) else None
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


def answer_sparql(store: Store, text: str, results_format: str = "json", graph_format: str = "turtle",
                  default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> tuple[str, bytes]:
    """Answer a SPARQL protocol request: the media type and the serialised answer.

    ``results_format`` (json, xml, csv, tsv) serves SELECT and ASK, ``graph_format`` (turtle, nt, jsonld,
    rdfxml) CONSTRUCT and DESCRIBE. No prefixes are predeclared, as on any SPARQL endpoint.
    """
    try:
        options: dict[str, Any] = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        answer = store.db.query(text, **options)
        fmt: Any = (GRAPH_FORMATS[graph_format] if isinstance(answer, ox.QueryTriples)
                    else RESULT_FORMATS_OX[results_format])
        return fmt.media_type, answer.serialize(format=fmt) or b""
    except SyntaxError as exc:
        raise QueryError(f"Malformed query: {exc}") from None
    except ValueError as exc:
        raise QueryError(f"Bad request: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"Query failed: {exc}") from None


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


def to_networkx(store: Store | str | Path):
    """The actor network as a networkx ``MultiDiGraph``.

    Nodes are actor ids (``iran``) with ``label``, ``type``, ``iri``, ``mentions`` and ``articles``;
    there is one edge per subject, relation, object and modality, keyed ``"backs/asserted"``, with
    ``predicate``, ``modality``, ``statements`` and ``articles``.
    """
    import networkx as nx

    net = nx.MultiDiGraph()
    with opened(store) as kg:
        actors = run_query(kg, "actors", limit=None).records()
        edges = run_query(kg, "edges", limit=None).records()
    for row in actors:
        net.add_node(_actor_key(str(row["actor"])), iri=row["actor"], label=row["label"],
                     type=str(row["type"]).rsplit("#", 1)[-1], mentions=row["mentions"], articles=row["articles"])
    for row in edges:
        predicate, modality = str(row["relation"]).rsplit("#", 1)[-1], str(row["modality"]).rsplit("#", 1)[-1]
        net.add_edge(_actor_key(str(row["subject"])), _actor_key(str(row["object"])), key=f"{predicate}/{modality}",
                     predicate=predicate, modality=modality, statements=row["statements"], articles=row["articles"])
    return net


def write_network(net, handle, fmt: str) -> None:
    """Write the actor network as GraphML, GEXF, or a CSV edge list (Gephi's Source, Target, Type, Label, Weight)."""
    import networkx as nx

    if fmt == "graphml":
        nx.write_graphml(net, handle)
    elif fmt == "gexf":
        nx.write_gexf(net, handle)
    else:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(["Source", "Target", "Type", "Label", "Weight", "modality", "articles", "source_label",
                         "target_label"])
        for s, o, data in net.edges(data=True):
            writer.writerow([s, o, "Directed", data["predicate"], data["statements"], data["modality"],
                             data["articles"], net.nodes[s].get("label", s), net.nodes[o].get("label", o)])
        handle.write(text.getvalue().encode("utf-8"))


# -- push to a SPARQL server -------------------------------------------------------------------------

def named_graph_payloads(store: Store) -> Iterable[tuple[str, bytes]]:
    """Each article graph's IRI and its N-Triples, for :mod:`graph.push`.

    Pushing the article graphs, not the derived default graph, lets the server know which triples came from
    which article; most servers can query the union of named graphs (Fuseki's ``unionDefaultGraph``,
    Oxigraph's ``--union-default-graph``, GraphDB and Virtuoso by default).
    """
    for name in sorted(store.db.named_graphs(), key=str):
        yield name.value, store.db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b""
