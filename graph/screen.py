"""Checks on SPARQL text before it reaches the engine: no federated queries, no trees the parser cannot hold.

Oxigraph's parser and evaluator recurse over the query's syntax tree, so a deep enough tree overflows
their stack and ends the process (a segmentation fault, no Python exception): 2,200 nested braces do it,
and so do about 6,000 UNIONs, additions or OPTIONALs in a row (measured with pyoxigraph 0.5.13 and the
default 8 MB stack). A ``SERVICE`` clause makes the engine send HTTP requests to any host the query
names. Both are refused here, from the query's tokens: strings, IRIs and comments are read as such,
so a literal that contains ``SERVICE`` or a hundred braces is no reason to refuse a query.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .sparql import QueryError

MAX_DEPTH = 100  # nested braces, brackets, parentheses and << >>
MAX_LINKS = 2_000  # patterns, unions, filters and operators in the whole query (see count_links)

CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
TOKEN = re.compile(r"""
    (?P<space>\s+|\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |\"(?:[^\"\\\n\r]|\\.)*\"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)
  | (?P<name>[?$]\w+|_:[\w.-]*|@[A-Za-z]+(?:-[A-Za-z0-9]+)*
             |(?:[^\W\d_][\w.-]*)?:(?:[\w:%-]|\\[^\s]|\.(?=[\w:%\\-]))*)
  | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d]\w*)
  | (?P<open>[{(\[]|<<)
  | (?P<close>[})\]]|>>)
  | (?P<op>\|\||&&|!=|<=|>=|\^\^|.)
""", re.VERBOSE | re.DOTALL)
# Tokens that add a level to the engine's tree each: joins of patterns, alternatives, chained operators.
LINK_OPS = frozenset({".", ";", "||", "&&", "+", "-", "*", "/", "|", "^", "^^", "!"})
LINK_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE", "VALUES", "EXISTS"})
TERMS = frozenset({"string", "iri", "name", "number", "word"})


def unescape_codepoints(text: str) -> str:
    r"""Replace ``\uXXXX`` and ``\UXXXXXXXX`` escapes, which SPARQL reads before it parses anything.

    >>> unescape_codepoints(r"SELECT * \u007B ?s ?p ?o }")
    'SELECT * { ?s ?p ?o }'
    """
    def char(match: re.Match) -> str:
        code = int(match[1] or match[2], 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match[0]

    return CODEPOINT.sub(char, text)


def tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, text) for each token of SPARQL text, spaces and comments left out.

    >>> [t for t in tokens('SELECT ?s { ?s ex:SERVICE "{ SERVICE }" } # SERVICE')]  # doctest: +NORMALIZE_WHITESPACE
    [('word', 'SELECT'), ('name', '?s'), ('open', '{'), ('name', '?s'), ('name', 'ex:SERVICE'),
     ('string', '"{ SERVICE }"'), ('close', '}')]
    """
    for match in TOKEN.finditer(text):
        kind = match.lastgroup or "op"
        if kind != "space":
            yield kind, match[0]


def screen_query(text: str, allow_service: bool = False) -> None:
    """Refuse a query the engine should not run: a ``SERVICE`` clause, or a tree too deep for its stack.

    >>> screen_query('SELECT * WHERE { ?s ?p "SERVICE {{{" }')
    >>> screen_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graph.sparql.QueryError: federated queries (SERVICE) are turned off: ...

    Raises:
        QueryError: One line naming what is refused and the bound.
    """
    shape = _Shape()
    for kind, value in tokens(unescape_codepoints(text)):
        if kind == "word" and value.upper() == "SERVICE" and not allow_service:
            raise QueryError("federated queries (SERVICE) are turned off: the query would make this machine "
                             "send requests to other hosts; --allow-service turns them on")
        shape.add(kind, value)
        if len(shape.opened) > MAX_DEPTH:
            raise QueryError(f"query nested too deep: more than {MAX_DEPTH} levels of braces, brackets and "
                             "parentheses (the engine would run out of stack)")
        if shape.links > MAX_LINKS:
            raise QueryError(f"query too long for the engine: more than {MAX_LINKS:,} patterns, unions, filters "
                             "and operators (it would run out of stack)")


@dataclass
class _Shape:
    """What the engine's tree will look like, from the tokens read so far.

    ``links`` bounds the length of the longest chain in the tree: each pattern separator, UNION,
    OPTIONAL, FILTER, chained operator and bracket adds one, and so does each item of a collection
    ``( a b c )`` (a chain of blank nodes), but not the arguments of a call ``f(a, b)``, nor the data
    of a ``VALUES`` clause, which the engine keeps in flat lists.
    """

    links: int = 0
    opened: list[str] = field(default_factory=list)  # the open brackets, innermost last
    groups: list[list[int]] = field(default_factory=list)  # per open bracket: [terms, operators] directly in it
    values: int | None = None  # None: no VALUES; 0: its variables; n: its data, opened at depth n

    def add(self, kind: str, value: str) -> None:
        counted = self.values is None
        if kind == "word" and value.upper() in LINK_WORDS:
            self.links += counted
            if value.upper() == "VALUES":
                self.values = 0
        elif kind == "open":
            self.links += counted
            self.opened.append(value)
            self.groups.append([0, 0])
            if value == "{" and self.values == 0:
                self.values = len(self.opened)
        elif kind == "close" and self.opened:
            terms, operators = self.groups.pop()
            if self.opened.pop() == "(" and not operators and counted:
                self.links += terms
            if self.values and len(self.opened) < self.values:
                self.values = None
        elif kind == "op" and counted:
            in_call = self.opened[-1:] == ["("]
            self.links += value in LINK_OPS or (value == "," and not in_call)
        if self.groups and (kind in TERMS or kind == "op"):
            self.groups[-1][kind == "op"] += 1
