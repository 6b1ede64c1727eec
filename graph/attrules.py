"""spaCy's attribute ruler, with its rules found by lookup instead of its token matcher.

The trained pipeline's ``attribute_ruler`` maps fine tags to coarse ones and fixes the morphology and lemma
of a few dozen words (about 180 one- and two-token rules). It finds where they apply with spaCy's general
``Matcher``, which costs about a tenth of the whole model's time on news text. Every one of these rules tests a
token's tag, lowercase form, dependency label or whether it is a space, by equality, a list or a regular
expression, so each can be filed under the tag or word it requires and looked up per token.

:class:`IndexedRules` finds exactly the matches the matcher finds, in the order the ruler applies them (later
rules win); the ruler then sets the attributes as before. A rule of any other kind makes :func:`index_rules`
return None, and the ruler keeps its matcher.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # the columns of Doc.to_array(ARRAY_ATTRS)
ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
Test = Callable[[list, Callable[[int], str]], bool]  # (a token's row, hash -> string) -> whether it holds


class Unsupported(ValueError):
    """A rule this index cannot read."""


def _test(attr: str, value: object, strings) -> Test:
    col = COLUMNS.get(attr)
    if col is None:
        raise Unsupported(attr)
    if isinstance(value, bool):
        flag = int(value)
        return lambda row, text: row[col] == flag
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda row, text: row[col] == wanted
    if isinstance(value, dict) and len(value) == 1 and attr != "IS_SPACE":
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(strings.add(v) for v in arg)
            return lambda row, text: row[col] in allowed
        if op == "NOT_IN":
            barred = frozenset(strings.add(v) for v in arg)
            return lambda row, text: row[col] not in barred
        if op == "REGEX":
            search, seen = re.compile(arg).search, {}

            def matches(row, text) -> bool:
                key = row[col]
                if key not in seen:
                    seen[key] = bool(search(text(key)))
                return seen[key]
            return matches
    raise Unsupported(f"{attr}: {value!r}")


def _anchor(spec: dict, strings) -> tuple[str, tuple[int, ...]] | None:
    """The column and the values (as hashes) a token must have for the spec to hold, if any."""
    for attr in ("LOWER", "TAG", "DEP"):  # the word first: it picks out the fewest tokens
        value = spec.get(attr)
        if isinstance(value, str):
            return attr, (strings.add(value),)
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attr, tuple(strings.add(v) for v in value["IN"])
    if spec.get("IS_SPACE") is True:
        return "IS_SPACE", (1,)
    return None


class IndexedRules:
    """The ruler's rules filed by the tag, word, label or spacing their first token requires."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.tables: list[tuple[int, dict[int, list]]] = [(COLUMNS[a], {}) for a in ("TAG", "LOWER", "DEP", "IS_SPACE")]
        tables = dict(zip(("TAG", "LOWER", "DEP", "IS_SPACE"), (t for _, t in self.tables)))
        self.always: list = []
        self.by_word_shape: list = []
        self.shape_rules: dict[int, list] = {}  # lowercase form -> the word-shape rules whose first test it passes
        for attr_id in range(len(ruler.attrs)):
            key = strings[str(attr_id)]
            for pattern in ruler.matcher.get(key)[1]:
                tests = [[_test(a, v, strings) for a, v in spec.items()] for spec in pattern]
                rule = (attr_id, key, tests)
                anchor = _anchor(pattern[0], strings)
                if anchor is None and set(pattern[0]) == {"LOWER"}:
                    self.by_word_shape.append(rule)  # *^y'?$*: tried once per word, then remembered
                    continue
                if anchor is None:
                    self.always.append(rule)
                    continue
                # a one-token rule that asks for nothing but its anchor holds wherever it is looked up
                sure = len(pattern) == 1 and len(pattern[0]) == 1
                for value in anchor[1]:
                    tables[anchor[0]].setdefault(value, []).append((attr_id, key, None if sure else tests))
        self.strings = strings
        self.texts: dict[int, str] = {}

    def text(self, key: int) -> str:
        try:
            return self.texts[key]
        except KeyError:
            self.texts[key] = value = self.strings[key]
            return value

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule number, match key, start, end), sorted."""
        rows = doc.to_array(ARRAY_ATTRS).tolist() if len(doc) else []
        n, text, found = len(rows), self.text, set()
        shapes, shape_rules = self.shape_rules, self.by_word_shape
        for i, row in enumerate(rows):
            lower = row[1]
            if lower not in shapes:
                shapes[lower] = [r for r in shape_rules if all(test(row, text) for test in r[2][0])]
            for rules in (*(table.get(row[col]) for col, table in self.tables), shapes[lower], self.always):
                if not rules:
                    continue
                for attr_id, key, tests in rules:
                    if tests is None:
                        found.add((attr_id, key, i, i + 1))
                        continue
                    end = i + len(tests)
                    if end <= n and all(test(rows[j], text) for j, spec in zip(range(i, end), tests) for test in spec):
                        found.add((attr_id, key, i, end))
        return sorted(found)


def index_rules(ruler) -> IndexedRules | None:
    """The lookup for this ruler, or None when one of its rules is of a kind it does not read."""
    try:
        return IndexedRules(ruler)
    except Unsupported:
        return None
