"""Library entry points the CLI calls: extract files to a graph, run the demo."""
from __future__ import annotations

import json
import logging
import tempfile
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph

from .errors import ActorgraphError, InputError
from .ingest import decode_bytes, read_text_file, readable_documents
from .model import ACTOR_TYPES, PREDICATES, Document
from .progress import Progress, Reporter
from .rdf import AG, build_graph, rdf_format, write_graph
from .sparql import DEFAULT_LIMIT, QueryResult
from .viz import VizSummary, write_html

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What an extraction run did."""

    documents: int = 0
    triples: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: int = 0


def _documents(inputs: Iterable[str | Path], report: Report) -> Iterator[Document]:
    def failed(error: InputError) -> None:
        report.errors.append(str(error))
        log.error("%s", error)

    for doc in readable_documents(inputs, failed):
        report.documents += 1
        yield doc


def extract_graph(inputs: Iterable[str | Path], actor_files: Iterable[Path] = (), model: str | None = None,
                  report: Report | None = None, min_confidence: float = 0.0) -> Graph:
    """Extract every readable input into one graph; unreadable ones are recorded in ``report``.

    Relation statements whose confidence is below ``min_confidence`` are left out (0 keeps them all).
    """
    from .pipeline import Extractor

    report = report if report is not None else Report()
    extractor = Extractor(actor_files, model, min_confidence)
    g = build_graph(extractor.extract(_documents(inputs, report)))
    report.triples = len(g)
    return g


def extract_to_file(inputs: Iterable[str], output: Path, fmt: str | None = None,
                    actor_files: Iterable[Path] = (), model: str | None = None, min_confidence: float = 0.0) -> Report:
    """Extract and write the graph atomically (also when some inputs failed), without the relation statements
    whose confidence is below ``min_confidence``."""
    report = Report()
    g = extract_graph(inputs, actor_files, model, report, min_confidence)
    write_graph(g, output, rdf_format(fmt, output))
    return report


QUAD_FORMATS = ("trig", "nquads")


def load_graph_file(path: Path) -> Graph:
    """Read an RDF file in any format :func:`graph.rdf.rdf_format` knows (by its suffix; Turtle otherwise).

    Named graphs (TriG, N-Quads) are merged into one graph.

    Raises:
        InputError: the file cannot be read or parsed.
    """
    fmt = rdf_format(None, path)
    try:
        if fmt not in QUAD_FORMATS:
            return Graph().parse(path, format=fmt)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # rdflib 7 deprecates parts of its Dataset API
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            merged = Graph()
            for s, p, o, _ in dataset.quads():
                merged.add((s, p, o))
        return merged
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        why = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(f"{path}: not readable as {fmt}: {why}") from None


def explore_to_file(graph_file: Path | None, store_dir: Path | None, output: Path, focus: str | None = None,
                    depth: int = 1, min_statements: int = 1, title: str | None = None,
                    min_confidence: float = 0.0) -> VizSummary:
    """Write the interactive explorer page for an RDF file or a store; relation statements whose confidence is
    below ``min_confidence`` are left out, and the page's confidence slider starts there.

    Raises:
        ActorgraphError: no input or both inputs, no store support, unreadable input, unknown focus actor.
    """
    if (graph_file is None) == (store_dir is None):
        raise ActorgraphError("give either a graph file or --store DIR")
    g = load_store_graph(store_dir) if store_dir is not None else load_graph_file(graph_file)
    return write_html(g, output, focus, depth, min_statements, title, min_confidence)


def load_store_graph(store_dir: Path) -> Graph:
    """A store's union graph (every article merged), read-only, as an rdflib graph.

    Raises:
        StoreError: no store there, or another process is writing it.
    """
    from .export import export_store
    from .store import open_store

    with tempfile.TemporaryDirectory(prefix="actorgraph-viz-") as tmp:
        union = Path(tmp) / "union.nt"
        with open_store(store_dir) as store:
            export_store(store, union, "nt")
        return load_graph_file(union)


def query_store(store_dir: Path, text: str, params: dict[str, str] | None = None, fmt: str | None = None,
                limit: int | None = DEFAULT_LIMIT, allow_service: bool = False,
                raw_csv: bool = False) -> tuple[str, QueryResult]:
    """Run a query over a store and format its result for printing, as ``actorgraph query`` does.

    ``fmt``: ``table`` (default), ``csv``, ``tsv`` or ``json`` for SELECT and ASK; ``turtle`` (default),
    ``nt`` or ``jsonld`` for CONSTRUCT and DESCRIBE. ``allow_service`` runs federated queries;
    ``raw_csv`` keeps CSV values that a spreadsheet would run as formulas as they are.

    Raises:
        QueryError: A malformed query, unknown named query, bad parameter, or a format that does not fit.
        StoreError: No store there, or it is locked.
    """
    from .query import run_query
    from .sparql import RESULT_FORMATS, QueryError, format_csv
    from .store import open_store

    graph_formats = ("turtle", "nt", "jsonld")
    with open_store(store_dir) as store:
        result = run_query(store, text, params, limit, fmt if fmt in graph_formats else "turtle", allow_service)
    if result.kind == "graph":
        if fmt not in (None, *graph_formats):
            raise QueryError(f"a CONSTRUCT or DESCRIBE query gives RDF: --format turtle, nt or jsonld, not {fmt}")
        return result.rdf.decode("utf-8"), result
    if fmt not in (None, *RESULT_FORMATS):
        raise QueryError(f"a SELECT or ASK query gives a table: --format table, csv, tsv or json, not {fmt}")
    if fmt == "csv":
        return format_csv(result, raw=raw_csv), result
    return RESULT_FORMATS[fmt or "table"](result), result


def extract_to_store(inputs: Iterable[str | Path], store_path: Path, actor_files: Iterable[Path] = (),
                     model: str | None = None, replace: bool = False, workers: int | None = None,
                     dask: str | None = None, reporter: Reporter | None = None, min_confidence: float = 0.0) -> Progress:
    """Extract into a persistent store (created if absent), one named graph per article.

    Articles already in the store (same text) are skipped before any parsing, unless ``replace``, which
    re-extracts them and swaps their statements. ``report.documents`` counts the articles read,
    ``report.skipped`` those left as they were, ``report.triples`` the triples added; ``report.errors`` has
    the inputs and articles that failed. ``workers`` and ``dask`` run it in parallel (:mod:`graph.batch`).
    Relation statements whose confidence is below ``min_confidence`` are left out (0 keeps them all).
    """
    from .batch import extract_corpus

    return extract_corpus(inputs, store_path, workers=workers, dask=dask, actor_files=actor_files, model=model,
                          replace=replace, reporter=reporter, min_confidence=min_confidence)


def example_paths() -> list[Path]:
    """The bundled example articles."""
    folder = resources.files("graph.data").joinpath("examples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def write_example_corpus(path: Path) -> Path:
    """Write the bundled example articles to ``path`` as JSONL, each with its date, and return ``path``.

    The text files carry their date only in the byline (which ingest reads when there is no other);
    ``examples/dates.json`` gives each article the date printed in its byline (checked by the tests), so a
    graph built from this corpus has ``dcterms:date`` on every article, for timelines and date filters. The
    ids, titles and texts are those of the text files, so the articles get the same IRIs either way.
    """
    folder = resources.files("graph.data").joinpath("examples")
    dates = json.loads(folder.joinpath("dates.json").read_text(encoding="utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for source in example_paths():
            doc = read_text_file(source)
            record = {"id": doc.doc_id, "title": doc.title, "date": dates.get(doc.doc_id),
                      "text": decode_bytes(source.read_bytes(), str(source))}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def summarize(g: Graph, top_n: int = 8) -> tuple[Counter, Counter, list[tuple[str, int]]]:
    """Actors by type, direct relations by type, and the actors in most relations."""
    types = Counter()
    for t in ACTOR_TYPES:
        types[t] = len(set(g.subjects(RDF.type, AG[t])))
    rels, degree = Counter(), Counter()
    for p in PREDICATES:
        for s, o in g.subject_objects(AG[p]):
            rels[p] += 1
            degree[s] += 1
            degree[o] += 1
    top = [(str(g.value(a, RDFS.label) or a), n) for a, n in degree.most_common(top_n)]
    return +types, rels, top


def run_demo(output_dir: Path) -> str:
    """Extract the bundled articles into ``output_dir`` and return a printable summary."""
    from .cli import format_summary

    output_dir.mkdir(parents=True, exist_ok=True)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="actorgraph-demo-") as tmp:
        g = extract_graph([write_example_corpus(Path(tmp) / "examples.jsonl")], report=report)
    out = output_dir / "graph.ttl"
    write_graph(g, out, "turtle")
    page = write_html(g, output_dir / "graph.html", title="actorgraph demo: the bundled example articles")
    actor_types, rel_types, top = summarize(g)
    head = (f"Extracted {report.documents} bundled articles -> {out} ({len(g)} triples)\n"
            f"Explorer page -> {page.path} (open it in a browser; works offline)\n")
    return head + format_summary(actor_types, rel_types, top)
