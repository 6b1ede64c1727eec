"""What the text itself says a name is, for names no data file knows.

- an acronym defined in parentheses names the same actor: *the Rapid Support Forces (RSF)*,
  *Jama'at Nusrat al-Islam wal-Muslimin (JNIM; …)*;
- a name the text calls a group is a group: *the separatist group Jaish al-Adl*, *X, a jihadist
  militia*, *X rebels*, *X is an armed movement*;
- a name the text calls a thing is no actor: *the cargo ship Galaxy Leader*, *Operation Rough Rider*;
- a title written before a name is not part of it: *Spokesperson Nabil Abdallah* is Nabil Abdallah.

Pure functions over spaCy spans; :mod:`graph.resolve` applies them.
"""
from __future__ import annotations

import re

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&.\-]*[A-Z0-9]$")
MAX_ACRONYM_TOKENS = 5


def defined_acronym(span) -> tuple[str, int, int] | None:
    """The acronym in parentheses right after a name, with its token range: *Armed Forces (FAMa)*.

    Returns ``(acronym, start, end)`` or None. The acronym is one word of capitals (inner lowercase,
    digits and hyphens allowed: *FAMa*, *CSP-DPA*, *M23*) closed by ``)``, ``;`` or ``,``.
    """
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    for end in range(i + 2, min(len(doc), i + 2 + MAX_ACRONYM_TOKENS)):
        if doc[end].text in (")", ";", ","):
            text = doc[i + 1: end].text.replace(" ", "")
            if ACRONYM.match(text) and sum(ch.isupper() for ch in text) >= 2 and text != span.text:
                return text, i + 1, end
            return None
    return None


NAME_JOINERS = {"of", "for", "the", "and", "de", "du", "des", "al", "el", "in", "on", "-", "'", "’"}
MAX_NAME_TOKENS = 14


def named_before_acronym(doc, paren: int) -> tuple[int, int] | None:
    """The capitalised name written before an acronym's parenthesis at ``paren`` (*Strategic Framework
    for the Defense of the People of Azawad (CSP-DPA)*), as a token range, or None."""
    start = paren
    while start > 0 and paren - start < MAX_NAME_TOKENS:
        tok = doc[start - 1]
        if not (tok.text[:1].isupper() or tok.lower_ in NAME_JOINERS) or tok.is_sent_start and tok.lower_ == "the":
            break
        start -= 1
    while start < paren and not doc[start].text[:1].isupper() or (start < paren and doc[start].lower_ == "the"):
        start += 1
    capitals = [t for t in doc[start:paren] if t.text[:1].isupper()]
    if len(capitals) < 2 or not doc[paren - 1].text[:1].isupper():
        return None
    return start, paren


def acronym_parts(acronym: str) -> list[str]:
    """An acronym and, for a hyphenated one, its first part, which news uses alone.

    >>> acronym_parts("CSP-DPA")
    ['CSP-DPA', 'CSP']
    >>> acronym_parts("M23")
    ['M23']
    """
    head = acronym.split("-")[0]
    return [acronym, head] if "-" in acronym and len(head) >= 2 and head.isupper() else [acronym]


def _near(span, lemmas: set[str], deps: tuple[str, ...]) -> bool:
    """A word of ``lemmas`` that the name hangs on, or that hangs on the name, by one of ``deps``,
    or that stands right before it (*the separatist group Jaish al-Adl*)."""
    root = span.root
    if root.dep_ in deps and root.head.lemma_.lower() in lemmas and root.head.i not in range(span.start, span.end):
        return True
    if any(c.dep_ in deps and c.lemma_.lower() in lemmas for c in root.children):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lemma_.lower() in lemmas and before.pos_ == "NOUN"


def called_group(span, group_nouns: set[str], loose: bool) -> bool:
    """The text calls this name a group: apposition, copula or a group noun right before it;
    with ``loose``, also a group noun it qualifies (*Ansar Dine fighters*)."""
    deps = ("appos", "compound", "nmod") if loose else ("appos",)
    if _near(span, group_nouns, deps):
        return True
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in group_nouns for c in root.head.children)
    return False


def called_thing(span, thing_nouns: set[str]) -> bool:
    """The text calls this name a thing (a ship, an operation, a company), so it is no actor."""
    return _near(span, thing_nouns, ("appos", "compound", "nmod"))


def strip_titles(name: str, titles: set[str]) -> str:
    """Drop title words written before a name.

    >>> strip_titles("Spokesperson Nabil Abdallah", {"spokesperson", "general"})
    'Nabil Abdallah'
    >>> strip_titles("General", {"general"})
    'General'
    """
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in titles:
        words = words[1:]
    return " ".join(words)


def group_words(span, group_nouns: set[str]) -> list[str]:
    """The group nouns the text calls a name by (*CSP rebels*, *the militia Kataib Hezbollah*, *X, a
    jihadist group*, *X is an informal coalition*), so that *the rebels* or *the coalition* can find it."""
    root = span.root
    nouns = []
    if root.dep_ in ("compound", "appos", "nmod") and root.head.lemma_.lower() in group_nouns:
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ in ("appos", "compound") and c.lemma_.lower() in group_nouns]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lemma_.lower() in group_nouns and before.pos_ == "NOUN":
        nouns.append(before)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.lemma_.lower() in group_nouns]
    words = [n.lemma_.lower() for n in nouns]
    if root.lemma_.lower() in group_nouns:  # *the Saudi-led coalition* is *the coalition* after
        words.append(root.lemma_.lower())
    words += [a.lemma_.lower() for n in nouns for a in n.children if a.dep_ in ("amod", "compound")
              and a.lemma_.lower() in group_nouns]  # *the rebel coalition*: also *the rebels*
    return words
