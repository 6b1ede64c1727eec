"""SPARQL for researchers: the named queries shipped as ``.rq`` files, and query results as plain values.

A named query is a file ``graph/data/queries/NAME.rq`` whose leading comment describes it and
declares its parameters, one ``@param`` line each::

    # Who backs an actor, with the number of statements and articles behind each backer.
    # @param actor (actor, example: hezbollah): the actor backed: an id, a label or an IRI.

A parameter is a variable of the query (``?actor``) that the store binds to a value before the query
runs; the query text itself is never edited. Kinds: ``actor`` and ``document`` (looked up in the store),
``relation`` (attacks, backs, pressures), ``class`` (an actor type), ``string``, ``integer`` and ``decimal``
(a number from 0 to 1, such as a confidence). A parameter is required unless it has a ``default:`` or is
``optional``.

Results are :class:`Term` values (no rdflib or pyoxigraph objects), which this module formats as a
readable table, CSV, TSV or SPARQL JSON.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from .errors import ActorgraphError

DEFAULT_LIMIT = 10_000  # rows a query keeps unless told otherwise
MIN_CONFIDENCE = "minConfidence"  # the parameter of the named queries that can count only the confident statements
PARAM_KINDS = ("actor", "document", "relation", "class", "string", "integer", "decimal")
PREFIXES = {
    "actor": "https://w3id.org/actorgraph/actor/",
    "doc": "https://w3id.org/actorgraph/doc/",
    "statement": "https://w3id.org/actorgraph/statement/",
    "quote": "https://w3id.org/actorgraph/quote/",
    "ag": "https://w3id.org/actorgraph/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
XSD = PREFIXES["xsd"]
INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong",
                                   "unsignedInt", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}
PARAM_LINE = re.compile(r"#\s*@param\s+(?P<name>\w+)\s*\((?P<kind>\w+)(?P<opts>[^)]*)\)\s*:?\s*(?P<doc>.*)")
NAME = re.compile(r"[a-z][a-z0-9-]*")
# A query's closing ORDER BY made only of variables, each plain, ASC(...) or DESC(...).
ORDER_KEY = r"(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+)"
FINAL_ORDER = re.compile(rf"\bORDER\s+BY((?:\s+{ORDER_KEY})+)\s*\Z", re.IGNORECASE)
MAX_CELL = 60
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # no XML 1.0 document holds these
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class QueryError(ActorgraphError):
    """A query is malformed, unknown, or misses a parameter."""


@dataclass(frozen=True)
class Param:
    """One parameter of a named query: the query variable of the same name gets its value."""

    name: str
    kind: str
    doc: str = ""
    default: str | None = None
    optional: bool = False
    example: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with the package, its description and its parameters."""

    name: str
    text: str
    description: str
    params: tuple[Param, ...] = ()

    @cached_property
    def engine_text(self) -> str:
        """What the store runs: the text without its closing ORDER BY when that orders by plain variables."""
        return split_order(self.text)[0]

    @cached_property
    def order(self) -> tuple[tuple[str, bool], ...]:
        """(variable, descending) pairs the store sorts the decoded rows by, in SPARQL's order."""
        return split_order(self.text)[1]

    def usage(self) -> str:
        """A one-line usage example.

        >>> get_named_query("backers").usage()
        'actorgraph query --store kg/ backers --param actor=hezbollah'
        """
        args = "".join(f" --param {p.name}={p.example or p.default or '...'}" for p in self.params if p.required)
        return f"actorgraph query --store kg/ {self.name}{args}"


class Term(NamedTuple):
    """An RDF term in a query result, as plain strings (a named tuple: queries make many of them).

    ``kind`` is ``uri``, ``bnode``, ``literal`` or ``triple``; a literal's ``datatype`` is the full IRI
    (empty for a language-tagged string).
    """

    kind: str
    value: str
    datatype: str = ""
    lang: str = ""

    def to_python(self) -> object:
        """The value as a Python number, bool or string.

        >>> Term("literal", "3", XSD + "integer").to_python()
        3
        >>> Term("uri", "https://w3id.org/actorgraph/actor/iran").to_python()
        'https://w3id.org/actorgraph/actor/iran'
        """
        if self.kind != "literal":
            return self.value
        try:
            if self.datatype in INTEGER_TYPES:
                return int(self.value)
            if self.datatype in FLOAT_TYPES:
                return float(self.value)
        except ValueError:
            return self.value
        if self.datatype == XSD + "boolean":
            return self.value in ("true", "1")
        return self.value

    def short(self) -> str:
        """The term as a reader wants it in a table: prefixed IRIs, bare literals.

        >>> Term("uri", "https://w3id.org/actorgraph/actor/iran").short()
        'actor:iran'
        """
        if self.kind == "uri":
            for prefix, ns in PREFIXES.items():
                if self.value.startswith(ns) and len(self.value) > len(ns):
                    return f"{prefix}:{self.value[len(ns):]}"
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        return self.value

    def n3(self) -> str:
        """The term in N-Triples syntax, as TSV results write it.

        >>> Term("literal", 'say "no"', lang="en").n3()
        '"say \\\\"no\\\\""@en'
        """
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return self.value
        text = '"' + escape_literal(self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype in (XSD + "integer", XSD + "boolean") and re.fullmatch(r"[+-]?\d+|true|false", self.value):
            return self.value
        if self.datatype and self.datatype != XSD + "string":
            return f"{text}^^<{self.datatype}>"
        return text

    def to_json(self) -> dict[str, str]:
        """The term as a binding in SPARQL 1.1 Query Results JSON."""
        if self.kind == "literal":
            out = {"type": "literal", "value": self.value}
            if self.lang:
                out["xml:lang"] = self.lang
            elif self.datatype and self.datatype != XSD + "string":
                out["datatype"] = self.datatype
            return out
        return {"type": self.kind, "value": self.value}


Row = tuple[Term | None, ...]


@dataclass
class QueryResult:
    """What a query gave: solutions (SELECT), a boolean (ASK) or serialised RDF (CONSTRUCT, DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    rdf: bytes = b""
    triples: int = 0
    truncated: bool = False
    limit: int | None = None

    def records(self) -> list[dict[str, object]]:
        """The solutions as dicts of Python values (unbound variables are None)."""
        return [{v: (t.to_python() if t is not None else None) for v, t in zip(self.variables, row)}
                for row in self.rows]


def escape_literal(text: str) -> str:
    r"""Escape a string for a quoted N-Triples literal.

    >>> escape_literal('a\tb "c"\x1b')
    'a\\tb \\"c\\"\\u001B'
    """
    text = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t"))
    return CONTROL.sub(lambda m: f"\\u{ord(m[0]):04X}", text)


def parse_header(name: str, text: str) -> NamedQuery:
    """Read a named query's description and ``@param`` lines from its leading comment.

    >>> q = parse_header("q", "# Says hi.\\n# @param actor (actor, default: iran): who\\nSELECT * {}")
    >>> q.description, q.params[0].default
    ('Says hi.', 'iran')
    """
    description, params = [], []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = PARAM_LINE.match(line)
        if match is None:
            description.append(line.lstrip("#").strip())
            continue
        if match["kind"] not in PARAM_KINDS:
            raise QueryError(f"named query {name}: parameter {match['name']} has unknown kind {match['kind']!r}")
        opts = dict(_option(o) for o in match["opts"].split(",") if o.strip())
        params.append(Param(match["name"], match["kind"], match["doc"].strip(), opts.get("default"),
                            "optional" in opts, opts.get("example")))
    return NamedQuery(name, text, " ".join(d for d in description if d), tuple(params))


def split_order(text: str) -> tuple[str, tuple[tuple[str, bool], ...]]:
    """Split a closing ``ORDER BY`` of plain variables off a query: the rest, and (variable, descending) pairs.

    Oxigraph compares strings by fetching them from its store at each comparison; sorting rows once
    they are decoded is cheaper (see :func:`sort_rows`). Any other ordering stays in the query.

    >>> split_order("SELECT * { ?s ?p ?o } ORDER BY DESC(?n) ?label")
    ('SELECT * { ?s ?p ?o }', (('n', True), ('label', False)))
    >>> split_order("SELECT * { ?s ?p ?o } ORDER BY STR(?o) LIMIT 3")[1]
    ()
    """
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    match = FINAL_ORDER.search(body)
    if match is None:
        return text, ()
    keys = re.findall(r"(ASC|DESC)?\s*\(?\s*\?(\w+)", match[1], re.IGNORECASE)
    return body[:match.start()].rstrip(), tuple((var, (how or "").upper() == "DESC") for how, var in keys)


def order_key(term: Term | None) -> tuple[int, int, float, str]:
    """A sort key that puts terms in SPARQL's ORDER BY order.

    Unbound first, then blank nodes, IRIs and literals; numbers by value, before other literals,
    which go by their text.

    >>> terms = [Term("literal", "b"), None, Term("literal", "10", XSD + "integer"),
    ...          Term("literal", "9", XSD + "integer"), Term("uri", "x")]
    >>> [t.value if t else None for t in sorted(terms, key=order_key)]
    [None, 'x', '9', '10', 'b']
    """
    if term is None:
        return (0, 0, 0.0, "")
    if term.kind != "literal":
        return ({"bnode": 1, "uri": 2}.get(term.kind, 4), 0, 0.0, term.value)
    value = term.to_python()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == value:  # a number, not NaN
        return (3, 0, float(value), "")
    return (3, 1, 0.0, term.value)


def sort_rows(result: QueryResult, order: tuple[tuple[str, bool], ...]) -> None:
    """Sort a SELECT result in place by (variable, descending) pairs; equal rows keep their order."""
    for var, descending in reversed(order):
        if var in result.variables:
            i = result.variables.index(var)
            result.rows.sort(key=lambda row: order_key(row[i]), reverse=descending)


def _option(text: str) -> tuple[str, str]:
    key, _, value = text.partition(":")
    return key.strip(), value.strip()


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every named query in the package, by name."""
    folder = resources.files("graph.data").joinpath("queries")
    found = {}
    for item in folder.iterdir():
        if item.name.endswith(".rq"):
            name = item.name[:-3]
            found[name] = parse_header(name, item.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get_named_query(name: str) -> NamedQuery:
    """The named query called ``name``, or a :class:`QueryError` that says how to list them."""
    try:
        return named_queries()[name]
    except KeyError:
        raise QueryError(f"unknown named query {name!r}; `actorgraph query --list` shows the "
                         f"{len(named_queries())} named queries") from None


def looks_like_name(text: str) -> bool:
    """True when a query argument is a name rather than SPARQL text.

    >>> looks_like_name("backers"), looks_like_name("SELECT * WHERE { ?s ?p ?o }")
    (True, False)
    """
    return NAME.fullmatch(text.strip()) is not None


def check_params(query: NamedQuery, given: dict[str, str]) -> dict[str, str]:
    """The values to bind: the given ones, then defaults; unknown or missing parameters are errors."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        have = ", ".join(known) or "none"
        raise QueryError(f"named query {query.name!r} has no parameter {unknown[0]!r} (its parameters: {have})")
    values = {}
    for param in query.params:
        if param.name in given:
            values[param.name] = given[param.name]
        elif param.default is not None:
            values[param.name] = param.default
        elif param.required:
            raise QueryError(f"named query {query.name!r} needs --param {param.name}=... ({param.doc})")
    return values


def with_min_confidence(text: str, params: dict[str, str], value: float | None) -> dict[str, str]:
    """The parameters of ``actorgraph query --min-confidence X``: ``minConfidence=X`` added for a named query
    that takes it (``value`` None: the parameters as they are).

    >>> with_min_confidence("backers", {"actor": "iran"}, 0.8)
    {'actor': 'iran', 'minConfidence': '0.8'}

    Raises:
        QueryError: ``text`` is SPARQL or names a query without the parameter, or ``params`` has it too.
    """
    if value is None:
        return params
    if not looks_like_name(text):
        raise QueryError("--min-confidence goes with a named query; in your own SPARQL, filter on ag:confidence")
    named = get_named_query(text.strip())
    if not takes_min_confidence(named):
        takers = ", ".join(q.name for q in named_queries().values() if takes_min_confidence(q))
        raise QueryError(f"named query {named.name!r} has no minConfidence parameter (those that have: {takers})")
    if MIN_CONFIDENCE in params:
        raise QueryError("give either --min-confidence or --param minConfidence=..., not both")
    return {**params, MIN_CONFIDENCE: repr(value)}


def takes_min_confidence(query: NamedQuery) -> bool:
    """Whether a named query can count only the statements at or above a confidence.

    >>> takes_min_confidence(get_named_query("backers")), takes_min_confidence(get_named_query("actors"))
    (True, False)
    """
    return any(p.name == MIN_CONFIDENCE for p in query.params)


def parse_param_options(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["actor=Iran"]`` -> ``{"actor": "Iran"}``.

    >>> parse_param_options(["actor=Iran", "relation=backs"])
    {'actor': 'Iran', 'relation': 'backs'}
    """
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes NAME=VALUE, got {pair!r}")
        out[key.strip()] = value
    return out


def example_text(query: NamedQuery) -> str:
    """The query with its example (or default) values written in, as an example to edit in a query page.

    >>> "VALUES ?actor { <https://w3id.org/actorgraph/actor/hezbollah> }" in example_text(get_named_query("backers"))
    True
    """
    lines = []
    for param in query.params:
        value = param.example or param.default
        if value is None or param.kind not in ("actor", "relation", "class"):
            continue
        ns = PREFIXES["actor"] if param.kind == "actor" else PREFIXES["ag"]
        if param.kind == "class":
            value = value[:1].upper() + value[1:]
        lines.append(f"  VALUES ?{param.name} {{ <{ns}{value}> }}")
    if not lines:
        return query.text
    match = re.search(r"\bWHERE\s*\{", query.text, re.IGNORECASE)
    if match is None:
        return query.text
    return query.text[:match.end()] + "\n" + "\n".join(lines) + query.text[match.end():]


def list_named_queries() -> str:
    """Every named query with its description and parameters, for ``actorgraph query --list``."""
    blocks = []
    for query in named_queries().values():
        lines = [f"{query.name}: {query.description}"]
        for p in query.params:
            extra = f", default {p.default}" if p.default else (", optional" if p.optional else "")
            lines.append(f"    --param {p.name}=...  ({p.kind}{extra}) {p.doc}")
        lines.append(f"    e.g. {query.usage()}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def format_table(result: QueryResult) -> str:
    """A readable fixed-width table (IRIs with prefixes, long values cut).

    >>> print(format_table(QueryResult("select", ["a", "n"], [(Term("uri", PREFIXES["actor"] + "iran"),
    ...     Term("literal", "2", XSD + "integer"))])))
    a          | n
    -----------+--
    actor:iran | 2
    (1 row)
    """
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    cells = [[_cut(t.short()) if t is not None else "" for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _cut(text: str) -> str:
    text = escape_controls(" ".join(text.split()))
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def escape_controls(text: str) -> str:
    r"""Show control characters (and the bidirectional overrides) as escapes, so that text from an article
    cannot move the cursor, set the window title or reorder what a terminal prints.

    >>> escape_controls("Iran\x1b]0;pwned\x07 \u202eabc")
    'Iran\\x1b]0;pwned\\x07 \\u202eabc'
    """
    return CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def format_csv(result: QueryResult, raw: bool = False) -> str:
    """SPARQL 1.1 CSV results: plain values, RFC 4180 quoting.

    A value that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return, and is not a number) gets a leading ``'``, as OWASP advises against CSV
    injection, unless ``raw``.
    """
    if result.kind == "ask":
        return "boolean\r\n" + ("true" if result.boolean else "false") + "\r\n"
    return "".join(result_text("csv", result.variables, result.rows, raw_csv=raw))


def _csv_value(term: Term | None, raw: bool) -> str:
    """A CSV cell.

    >>> [_csv_value(Term("literal", v), False) for v in ("=1+2", "@SUM(A1)", "-3", "a-b")]
    ["'=1+2", "'@SUM(A1)", '-3', 'a-b']
    """
    if term is None:
        return ""
    value = f"_:{term.value}" if term.kind == "bnode" else term.value
    if not raw and value[:1] in FORMULA_START and NUMBER.fullmatch(value) is None:
        return "'" + value
    return value


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV results: terms in N-Triples syntax."""
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    return "".join(result_text("tsv", result.variables, result.rows))


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    return "".join(result_text("json", result.variables, result.rows))


def result_text(fmt: str, variables: list[str], rows: Iterable[Row], raw_csv: bool = True) -> Iterator[str]:
    """SELECT results in a SPARQL results format (json, xml, csv, tsv), a piece at a time: the head, then one
    piece per row, then the tail, so that a large answer can be written as it is read.

    >>> "".join(result_text("tsv", ["s", "n"], [(Term("literal", "a\\tb", lang="en"), None)]))
    '?s\\t?n\\n"a\\\\tb"@en\\t\\n'
    """
    if fmt == "json":
        yield json.dumps({"head": {"vars": variables}})[:-1] + ',"results":{"bindings":['
        for number, row in enumerate(rows):
            binding = {v: t.to_json() for v, t in zip(variables, row) if t is not None}
            yield ("," if number else "") + json.dumps(binding, ensure_ascii=False)
        yield "]}}"
    elif fmt == "xml":
        yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
        yield "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head><results>"
        for row in rows:
            yield "<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                       for v, t in zip(variables, row) if t is not None) + "</result>"
        yield "</results></sparql>\n"
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(t, raw_csv) for t in row])
            yield out.getvalue()
            out.seek(0)
            out.truncate()
        yield out.getvalue()
    elif fmt == "tsv":
        yield "\t".join(f"?{v}" for v in variables) + "\n"
        for row in rows:
            yield "\t".join(t.n3() if t is not None else "" for t in row) + "\n"
    else:
        raise QueryError(f"no results format {fmt!r}")


def _xml_term(term: Term) -> str:
    value = escape(NOT_XML.sub("\ufffd", term.value))
    if term.kind == "uri":
        return f"<uri>{value}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{value}</bnode>"
    if term.lang:
        return f"<literal xml:lang={quoteattr(term.lang)}>{value}</literal>"
    if term.kind == "literal" and term.datatype and term.datatype != XSD + "string":
        return f"<literal datatype={quoteattr(term.datatype)}>{value}</literal>"
    return f"<literal>{value}</literal>"


RESULT_FORMATS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}
RESULT_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
