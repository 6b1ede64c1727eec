"""Hand-built spaCy parses and a tiny gazetteer for unit tests of the rule families.

No trained model is loaded: every test builds the parse it needs with :func:`parse`
(parallel lists, as ``spacy.tokens.Doc`` takes them) or :func:`table` (one row a token),
then runs the resolver over it with :func:`resolved`.

A table row is ``word POS TAG HEAD DEP [LEMMA]``; HEAD is the absolute index of the
head token (the root points at itself) and LEMMA defaults to the lowercased word::

    doc = table('''
        Israel     PROPN NNP 1 nsubj
        struck     VERB  VBD 1 ROOT  strike
        Hezbollah  PROPN NNP 1 dobj
        .          PUNCT .   1 punct
    ''', ents=[(0, 1, "AG_NAME", "israel"), (2, 3, "AG_NAME", "hezbollah")])

Entities are ``(start, end, label)`` or ``(start, end, label, actor_id)`` in token
indices; the actor id is what the actor ruler stores in ``ent.ent_id_``.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span

from graph.gazetteer import Gazetteer, build_gazetteer
from graph.resolve import DocumentActors, Mentions, resolve_paragraph

# No space before these tokens, none after those: the text reads like news copy.
NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "”", "’s", "'s", "’", "n't", "-", "%"}
NO_SPACE_AFTER = {"“", "(", "-", "$"}

Ent = tuple  # (start, end, label) or (start, end, label, actor_id)


@lru_cache(maxsize=1)
def vocab():
    """One shared blank English vocabulary."""
    return spacy.blank("en").vocab


def default_spaces(words: Sequence[str]) -> list[bool]:
    """Whether each word is followed by a space, from the punctuation around it."""
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and word not in NO_SPACE_AFTER and nxt not in NO_SPACE_BEFORE)
    return spaces


def parse(text: str | Sequence[str], heads: Sequence[int], deps: Sequence[str], pos: Sequence[str],
          tags: Sequence[str], lemmas: Sequence[str] | None = None, ents: Iterable[Ent] = (),
          spaces: Sequence[bool] | None = None) -> Doc:
    """A parsed Doc from whitespace-separated words (or a list of words) and their annotations.

    ``heads`` are absolute token indices. Lemmas default to the lowercased words. Each
    entity becomes a span whose ``ent_id_`` is the given actor id, as the actor ruler sets it.
    """
    words = text.split() if isinstance(text, str) else list(text)
    n = len(words)
    for name, values in (("heads", heads), ("deps", deps), ("pos", pos), ("tags", tags), ("lemmas", lemmas)):
        if values is not None and len(values) != n:
            raise ValueError(f"{len(values)} {name} for {n} words: {words}")
    if any(not 0 <= h < n for h in heads):
        raise ValueError(f"head index out of range in {list(heads)}")
    ents = list(ents)
    doc = Doc(vocab(), words=words, spaces=list(spaces) if spaces is not None else default_spaces(words),
              heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
              lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words])
    doc.ents = [Span(doc, e[0], e[1], label=e[2], span_id=e[3] if len(e) > 3 else 0) for e in ents]
    return doc


def table(rows: str, ents: Iterable[Ent] = ()) -> Doc:
    """A parsed Doc from one ``word POS TAG HEAD DEP [LEMMA]`` row per token."""
    words, pos, tags, heads, deps, lemmas = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        cols = line.split()
        if not cols:
            continue
        if len(cols) not in (5, 6):
            raise ValueError(f"bad row {line!r}: want word POS TAG HEAD DEP [LEMMA]")
        words.append(cols[0])
        pos.append(cols[1])
        tags.append(cols[2])
        heads.append(int(cols[3]))
        deps.append(cols[4])
        lemmas.append(cols[5] if len(cols) == 6 else cols[0].lower())
    return parse(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


# --- a tiny gazetteer ----------------------------------------------------------------------------
RECORDS: dict[str, dict] = {
    "iran": {"id": "iran", "type": "State", "label": "Iran", "aliases": ["Islamic Republic of Iran"],
             "demonyms": ["Iranian", "Iranians"], "capital": "Tehran", "epithets": ["islamic republic"],
             "iso3": "IRN"},
    "israel": {"id": "israel", "type": "State", "label": "Israel", "demonyms": ["Israeli", "Israelis"],
               "capital": "Jerusalem", "epithets": ["jewish state"], "iso3": "ISR"},
    "lebanon": {"id": "lebanon", "type": "State", "label": "Lebanon", "demonyms": ["Lebanese"],
                "capital": "Beirut", "iso3": "LBN"},
    "united-states": {"id": "united-states", "type": "State", "label": "United States",
                      "aliases": ["U.S.", "US", "America"], "demonyms": ["American", "Americans"],
                      "capital": "Washington", "iso3": "USA"},
    "hezbollah": {"id": "hezbollah", "type": "Group", "label": "Hezbollah", "aliases": ["Hizbollah"],
                  "operates_in": ["lebanon"], "backed_by": ["iran"], "member_of": ["axis-of-resistance"]},
    "hamas": {"id": "hamas", "type": "Group", "label": "Hamas", "backed_by": ["iran"],
              "member_of": ["axis-of-resistance"]},
    "houthis": {"id": "houthis", "type": "Group", "label": "Houthis", "aliases": ["Ansar Allah"],
                "backed_by": ["iran"], "member_of": ["axis-of-resistance"]},
    "axis-of-resistance": {"id": "axis-of-resistance", "type": "Group", "label": "axis of resistance",
                           "aliases": ["Axis of Resistance"], "backed_by": ["iran"]},
    "stimson-center": {"id": "stimson-center", "type": "ThinkTank", "label": "Stimson Center"},
    "united-nations": {"id": "united-nations", "type": "InternationalOrganization", "label": "United Nations",
                       "aliases": ["UN", "U.N."]},
    "benjamin-netanyahu": {"id": "benjamin-netanyahu", "type": "Official", "label": "Benjamin Netanyahu",
                           "affiliation": "israel", "role": "Prime Minister"},
    "antony-blinken": {"id": "antony-blinken", "type": "Official", "label": "Antony Blinken",
                       "affiliation": "united-states", "role": "Secretary of State"},
    "ali-vaez": {"id": "ali-vaez", "type": "Expert", "label": "Ali Vaez"},
}


def gazetteer(**extra: dict) -> Gazetteer:
    """The test gazetteer, with extra or replaced records given as ``id=record``."""
    return build_gazetteer({**RECORDS, **extra})


def registry(gaz: Gazetteer | None = None, doc_id: str = "doc1") -> DocumentActors:
    """A fresh per-document actor registry over the test gazetteer."""
    return DocumentActors(gaz or gazetteer(), doc_id)


def resolved(doc: Doc, reg: DocumentActors | None = None) -> tuple[Mentions, DocumentActors]:
    """Resolve one parsed paragraph: its mentions and the registry they were added to."""
    reg = reg or registry()
    return resolve_paragraph(doc, reg), reg
