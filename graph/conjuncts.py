"""Repair of a list of names that the parser splits between a phrase and the noun that governs it.

In *a bombing campaign against the Taliban and al-Qaeda* the small model often joins the second name to
*campaign*, not to *the Taliban*, so the strike seems to hit only the first. The same happens in *arms deliveries
to the Kurds and the Yazidis* and *sanctions on Iran and Venezuela*. When a name is read as a conjunct of a common
noun, and the words right before its *and* are a name that is the object of one of that noun's prepositions, the
name is a conjunct of that object. The repair runs after the names are known (it needs the entity spans), and it
changes nothing when the conjunct is no name (*support for Hezbollah and its weapons programme*) or when the
noun has no such phrase.
"""
from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.strings import get_string_id

from .parsefix import tokens_where

NAME_LABELS = frozenset({"AG_NAME", "AG_CAPITAL", "AG_DEMONYM", "ORG", "GPE", "PERSON", "NORP"})
LEAD_WORDS = frozenset({"DET"})  # words that may stand between the *and* and the name
CONJ_IDS = frozenset({get_string_id("conj")})


def _name_root(tok):
    """The token of tok's entity that the parser hangs the rest of the entity on (None outside a name)."""
    if tok.ent_type_ not in NAME_LABELS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.root if ent is not None else None


def _last_cc(tok):
    """The *and* (or *or*) before ``tok`` among its head's children, or None."""
    return next((c for c in reversed(list(tok.head.children)) if c.dep_ == "cc" and c.i < tok.i), None)


def name_conjoined_past_object(tok):
    """The name that ``tok`` (a name read as a conjunct of a common noun) should be a conjunct of, or None."""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "NOUN" or head.ent_type_ or head.i > tok.i:
        return None
    if (root := _name_root(tok)) is None or root.i != tok.i:
        return None
    cc = _last_cc(tok)
    if cc is None:
        return None
    if any(w.pos_ not in LEAD_WORDS for w in tok.doc[cc.i + 1:tok.left_edge.i]) or tok.left_edge.i <= cc.i:
        return None
    before = _name_root(tok.doc[cc.i - 1]) if cc.i > 0 else None
    if before is None or before.dep_ != "pobj" or before.head.dep_ != "prep" or before.head.head.i != head.i:
        return None
    return before


def fix_name_conjuncts(doc):
    """Give every name read as a conjunct of the governing noun back to the name before its *and*."""
    for i in tokens_where(doc, DEP, CONJ_IDS):  # (found through the array of labels: most tokens are no conjuncts)
        tok = doc[i]
        if not tok.ent_type_:
            continue
        if (name := name_conjoined_past_object(tok)) is not None:
            _last_cc(tok).head = name
            tok.head = name
    return doc


@Language.factory("name_conjuncts", default_config={})
def make_name_conjuncts(nlp, name: str):
    return fix_name_conjuncts
