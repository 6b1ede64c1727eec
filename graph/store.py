"""A persistent graph store on disk: one named graph per article, kept with their union; adding, removing, importing.

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

Querying the store is :mod:`graph.query`, writing it out :mod:`graph.export`; those modules, this one and
:mod:`graph.rdf` are the only ones that touch rdflib or pyoxigraph objects.
"""
from __future__ import annotations

import errno
import json
import logging
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph

from .errors import ActorgraphError
from .eventstore import rebuild_events, relink_events, statements_of
from .model import Extraction
from .rdf import AG, BASE, build_graph, document_iri

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
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
               "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS}
DATASET_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
HEX = re.compile(r"[0-9a-f]{16,64}")


class StoreError(ActorgraphError):
    """A store folder is missing, not a store, locked, or a store operation failed."""


class StoreLockedError(StoreError):
    """Another process holds the store's lock."""


class ArticleError(StoreError):
    """The store refuses an article's data (an IRI or a literal that RDF does not allow); nothing was written."""

    def __init__(self, message: str, sha256: str) -> None:
        super().__init__(message)
        self.sha256 = sha256


def engine_error(path: Path, exc: BaseException) -> StoreError | None:
    """The one-line error for a failure of the database engine under the store ``path`` (None if ``exc`` is not one):
    a damaged database, a full disk, or another input/output error of the engine."""
    message = " ".join(str(exc).split())
    short = message if len(message) <= 200 else message[:200] + " …"
    if isinstance(exc, RuntimeError) and "Corruption" in message:
        return StoreError(f"the store {path} is damaged ({short}); restore it from a backup or an export "
                          "(`actorgraph import`), or extract the articles again into a new store")
    if isinstance(exc, OSError) and (exc.errno == errno.ENOSPC or "No space left on device" in message):
        return StoreError(f"no space left on the disk of the store {path}; free some space, then run the same command "
                          "again (the articles stored before are kept)")
    if isinstance(exc, OSError) and message.startswith("IO error"):
        return StoreError(f"the store {path} cannot be read or written ({short})")
    return None


@contextmanager
def engine_errors(path: Path) -> Iterator[None]:
    """Turn a failure of the database engine into a one-line :class:`StoreError` (see :func:`engine_error`)."""
    try:
        yield
    except (OSError, RuntimeError) as exc:
        error = engine_error(path, exc)
        if error is None:
            raise
        raise error from None


class Store:
    """An open store. Use :func:`open_store`; close it (or use ``with``) to release the lock."""

    def __init__(self, path: Path, db: ox.Store, lock: IO[str] | None, writable: bool) -> None:
        self.path = path
        self.db = db
        self.writable = writable
        self._lock = lock

    def close(self) -> None:
        """Flush, release the database and the lock (also when the flush fails).

        Raises:
            StoreError: The flush failed (a full disk, a damaged database).
        """
        if self.db is None:
            return
        db, self.db = self.db, None  # type: ignore[assignment]  # a closed store has no database
        try:
            if self.writable:
                with engine_errors(self.path):
                    db.flush()
        finally:
            if self._lock is not None:
                self._lock.close()
                self._lock = None

    def flush(self) -> None:
        """Move what the database holds in memory to disk; a long run of writes does this now and then, or the
        database's memory grows with everything written (about 0.5 MB an article)."""
        with engine_errors(self.path):
            _writable(self).flush()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        """Close; a failure of the engine inside the ``with`` block becomes a one-line :class:`StoreError`."""
        self.close()
        if exc is not None and (error := engine_error(self.path, exc)) is not None:
            raise error from None

    def __repr__(self) -> str:
        return f"<Store {self.path} {'read-write' if self.writable else 'read-only'}>"


def check_store_folder(path: Path, create: bool = False) -> Path:
    """Make sure ``path`` is a store, creating one if asked and the folder is new or empty; return its database.

    Raises:
        StoreError: The folder is a file, not a store, a store of an unknown version, or a store whose
            database folder is missing (never replaced by an empty database).
    """
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
        with engine_errors(path):
            ox.Store(str(path / DB_DIR)).flush()
        marker.write_text(json.dumps({"format": STORE_FORMAT, "version": STORE_VERSION}) + "\n", encoding="utf-8")
        return path / DB_DIR
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{path} is not an actorgraph store (its {STORE_FILE} is unreadable)") from None
    if not isinstance(info, dict) or info.get("format") != STORE_FORMAT:
        raise StoreError(f"{path} is not an actorgraph store ({STORE_FILE} names another format)")
    version = info.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"{path}: its {STORE_FILE} has no valid version ({version!r}; this actorgraph writes "
                         f"version {STORE_VERSION}); restore the file from a backup or write "
                         f'{{"format": "{STORE_FORMAT}", "version": {STORE_VERSION}}} into it')
    if version > STORE_VERSION:
        raise StoreError(f"{path} was written by a newer actorgraph (store version {version}); "
                         "upgrade actorgraph to read it")
    db_dir = path / DB_DIR
    if not db_dir.is_dir() or not any(db_dir.iterdir()):
        raise StoreError(f"the store {path} has lost its database ({db_dir} is missing or empty); restore it from a "
                         "backup, or give a new folder to extract into a new store")
    return db_dir


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
        with engine_errors(path):
            db = ox.Store(str(db_dir)) if write else ox.Store.read_only(str(db_dir))
    except (OSError, RuntimeError, StoreError) as exc:
        if lock is not None:
            lock.close()
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot open the store {path}: {' '.join(str(exc).split())}") from None
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

    The triples go in the default graph (there are no article graphs), so :func:`graph.query.run_query`,
    :func:`graph.query.to_networkx` and the named queries work on it, e.g. ``run_query(memory_store(g), "backers", ...)``.
    """
    db = ox.Store()
    db.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return Store(Path("<memory>"), db, None, writable=False)


def _writable(store: Store) -> ox.Store:
    if not store.writable:
        raise StoreError(f"the store {store.path} is open read-only")
    return store.db


# -- articles in, articles out ------------------------------------------------------------------------

def has_document(store: Store, sha256: str) -> bool:
    """Whether the article with this text hash is in the store."""
    return store.db.contains_named_graph(ox.NamedNode(str(document_iri(sha256))))


def add_extraction(store: Store, ex: Extraction, replace: bool = False) -> int:
    """Add one article's graph (in one transaction) and return its number of triples.

    An article already in the store is left as it is and 0 is returned, unless ``replace``, which
    swaps its old statements for the new ones. The same write as :func:`add_articles`, for one article.
    """
    nquads, triples = article_nquads(ex)
    return triples if add_articles(store, [(ex.document.sha256, nquads)], replace) else 0


def article_nquads(ex: Extraction) -> tuple[bytes, int]:
    """One article as the store keeps it, for :func:`add_articles`: N-Quads of its named graph and of the union.

    Needs no store, so a worker process can build it beside the extraction and send back plain bytes.
    Returns the N-Quads and the article's number of triples.
    """
    data = build_graph([ex], mention_tallies=True, events=False).serialize(format="nt", encoding="utf-8")
    lines = [line.rstrip()[:-1].rstrip() for line in data.splitlines() if line.strip()]  # each "s p o ." less " ."
    graph = f" <{document_iri(ex.document.sha256)}> .\n".encode()
    return b"".join(line + graph for line in lines) + b"".join(line + b" .\n" for line in lines), len(lines)


def add_articles(store: Store, articles: Iterable[tuple[str, bytes]], replace: bool = False) -> list[str]:
    """Add articles given as ``(text hash, N-Quads from article_nquads)``, in one transaction.

    Articles already in the store (or earlier in ``articles``) are left as they are, unless ``replace``, which
    swaps an old article's statements for the new ones. Returns the text hashes of the articles added.

    Raises:
        ArticleError: The store refuses one article's data (its ``sha256`` says which); nothing was written.
    """
    db = _writable(store)
    added: dict[str, bytes] = {}
    swap: list[ox.NamedNode] = []
    for sha256, nquads in articles:
        name = ox.NamedNode(str(document_iri(sha256)))
        stored = db.contains_named_graph(name)
        if sha256 in added or (stored and not replace):
            continue
        check_nquads(sha256, nquads)
        if stored:
            swap.append(name)
        added[sha256] = nquads
    replaced = statements_of(db, [name.value for name in swap])  # their events are linked again below
    for name in swap:
        _drop_graph(db, name)
    if added:
        db.load(b"".join(added.values()), format=ox.RdfFormat.N_QUADS)
        relink_events(db, statements_of(db, [str(document_iri(h)) for h in added]) + replaced,
                      [st for st, *_ in replaced])
    return list(added)


def check_nquads(sha256: str, nquads: bytes) -> None:
    """Raise :class:`ArticleError` if the store would refuse the article's N-Quads (checked quad by quad, before
    anything is written: one refused article does not stop the others of a batch, nor half-replace itself)."""
    try:
        for _ in ox.parse(input=nquads, format=ox.RdfFormat.N_QUADS):
            pass
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise ArticleError(f"the store refuses its graph ({message[:200]})", sha256) from None


def _drop_graph(db: ox.Store, name: ox.NamedNode) -> None:
    """Remove a named graph, and from the default graph what no other named graph still holds (one transaction)."""
    g = str(name)  # an N-Triples IRI that pyoxigraph has validated: no quotes, spaces or angle brackets
    db.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
              f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }} }} ; DROP SILENT GRAPH {g}")


def find_document(store: Store, ref: str) -> str:
    """The IRI of the article that ``ref`` names: its IRI, its text hash (16 to 64 hex digits) or its id."""
    ref = ref.strip()
    if ref.startswith(f"{BASE}doc/"):
        if (why := iri_problem(ref)) is not None:
            raise StoreError(f"{ref!r} is not an IRI ({why}); give an article's id, text hash or IRI "
                             f"(`actorgraph query --store {store.path} documents` lists them)")
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


def iri_problem(text: str) -> str | None:
    """Why ``text`` is not an IRI that RDF accepts, or None if it is one.

    >>> iri_problem("https://example.org/a>b")
    "Invalid IRI code point '>'"
    """
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        return " ".join(str(exc).split())
    return None


def remove_documents(store: Store | str | Path, refs: Iterable[str]) -> list[str]:
    """Take articles' statements out of the store (each by id, text hash or IRI); return their IRIs.

    Every reference is looked up before anything is removed, so an unknown one removes nothing.
    """
    with opened(store, write=True) as kg:
        db = _writable(kg)
        iris = [find_document(kg, ref) for ref in refs]
        gone = statements_of(db, dict.fromkeys(iris))
        for iri in dict.fromkeys(iris):
            _drop_graph(db, ox.NamedNode(iri))
        relink_events(db, gone, [st for st, *_ in gone])  # a report leaves its event; an event left without any goes
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
    """Bulk-load a TriG or N-Quads file with one named graph per article (as :func:`graph.export.export_store` writes).

    Articles already in the store are skipped; triples outside any named graph are ignored, because
    the default graph is the store's own union of the article graphs. Fast, but not one transaction.
    """
    rdf_fmt = rdf_format_of(fmt, path)
    if rdf_fmt not in DATASET_FORMATS:
        raise StoreError(f"{path}: import takes TriG or N-Quads, with one named graph per article")
    with opened(store, write=True, create=True) as kg:
        return _import(_writable(kg), path, rdf_fmt)


def _import(db: ox.Store, path: Path, rdf_fmt: ox.RdfFormat) -> ImportReport:
    """Load the article graphs with the engine's bulk loader and, beside them, the union of their triples.

    One pass in Python over the file writes the union's triples to a scratch N-Triples file for the bulk loader
    (the default graph keeps each triple once). Into an empty store the article graphs load straight from the
    file in a second thread while the pass runs, and a failure empties the store again, as it was. Into a store
    that has articles the pass comes first, leaving out the articles it already has, then both loads run at once.
    """
    existing = set(db.named_graphs())
    empty = not existing and next(db.quads_for_pattern(None, None, None, None), None) is None
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
                report.quads += 1
                yield quad

    loads: list[_Load] = []
    try:
        with tempfile.TemporaryDirectory(prefix="actorgraph-import-") as scratch:
            union, graphs = Path(scratch) / "union.nt", Path(scratch) / "graphs.nq"
            if empty:
                loads.append(_Load(db, path, rdf_fmt))
                with union.open("wb") as handle:
                    ox.serialize((quad.triple for quad in new_quads()), handle, ox.RdfFormat.N_TRIPLES)
            else:
                with union.open("wb") as handle, graphs.open("wb") as quads:
                    ox.serialize(_union_beside(new_quads(), handle), quads, ox.RdfFormat.N_QUADS)
                loads.append(_Load(db, graphs, ox.RdfFormat.N_QUADS))
            loads.append(_Load(db, union, ox.RdfFormat.N_TRIPLES))
            for load in loads:
                load.wait()
        if empty and report.ignored:  # the file's own default graph went in with its named graphs
            db.update("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
        rebuild_events(db)
    except (SyntaxError, OSError, ValueError) as exc:
        for load in loads:
            load.wait(raising=False)
        if empty:
            db.clear()
        raise StoreError(f"{path}: {exc}") from None
    report.skipped = len(seen)
    report.graphs = sum(1 for _ in db.named_graphs()) - len(existing)
    if report.ignored:
        log.warning("%s: %d triples outside any named graph were ignored", path, report.ignored)
    return report


class _Load:
    """One bulk load, running in a thread (the engine works without Python's lock, so two loads share the cores)."""

    def __init__(self, db: ox.Store, path: Path, rdf_fmt: ox.RdfFormat) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(db, path, rdf_fmt), daemon=True)
        self.thread.start()

    def _run(self, db: ox.Store, path: Path, rdf_fmt: ox.RdfFormat) -> None:
        try:
            db.bulk_load(path=str(path), format=rdf_fmt)
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits
            self.error = exc

    def wait(self, raising: bool = True) -> None:
        self.thread.join()
        if self.error is not None and raising:
            raise self.error


def _union_beside(quads: Iterator[ox.Quad], union: IO[bytes], batch: int = 50_000) -> Iterator[ox.Quad]:
    """Pass the quads on, writing their triples to ``union`` as N-Triples on the way."""
    triples: list[ox.Triple] = []
    for quad in quads:
        triples.append(quad.triple)
        if len(triples) >= batch:
            ox.serialize(triples, union, ox.RdfFormat.N_TRIPLES)
            triples.clear()
        yield quad
    ox.serialize(triples, union, ox.RdfFormat.N_TRIPLES)


def rdf_format_of(fmt: str | None, path: Path | None = None) -> ox.RdfFormat:
    if fmt:
        try:
            return RDF_FORMATS[fmt.lower()]
        except KeyError:
            raise StoreError(f"unknown RDF format {fmt!r} (one of {', '.join(sorted(RDF_FORMATS))})") from None
    suffix = path.suffix.lower().lstrip(".") if path is not None else ""
    if suffix in RDF_FORMATS:
        return RDF_FORMATS[suffix]
    raise StoreError(f"cannot tell the RDF format of {path}; give --format")

