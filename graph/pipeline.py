"""Compose the stages: documents -> parsed paragraphs -> actors, relations, quotes, affiliations."""
from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path

from .affiliations import extract_affiliations
from .eventtext import EventReader
from .gazetteer import Gazetteer, load_gazetteer
from .model import PERSON_TYPES, Affiliation, Document, Extraction
from .nlp import load_language
from .quotes import extract_quotes
from .registry import DocumentActors
from .relations import cue_armed_parties, cue_measured_people, drop_allied_advances, extract_relations, inherit_backing
from .resolve import resolve_paragraph

log = logging.getLogger(__name__)

DOCS_PER_CHUNK = 16
BATCH_SIZE = 64


class Extractor:
    """Loads the gazetteers and the model once; extracts any number of documents.

    ``min_confidence`` leaves out the relation statements whose confidence (their rule's measured precision)
    is below it; 0 keeps every one.
    """

    def __init__(self, actor_files: Iterable[Path] = (), model: str | None = None, min_confidence: float = 0.0) -> None:
        self.gaz: Gazetteer = load_gazetteer(actor_files)
        self.nlp = load_language(self.gaz, model)
        self.min_confidence = min_confidence
        # The model and the gazetteer live as long as the process and hold a great many objects: moved out of
        # the collector's view, they are not scanned again at every full collection while documents are parsed
        # (which otherwise costs about a tenth of the parsing time).
        gc.collect()
        gc.freeze()

    def extract(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """One :class:`Extraction` per document, in order; paragraphs go through ``nlp.pipe`` in batches."""
        it = iter(docs)
        while chunk := list(islice(it, DOCS_PER_CHUNK)):
            for doc, paragraphs in zip(chunk, self.parse(chunk)):
                yield self.read_document(doc, paragraphs)

    def parse(self, docs: list[Document]) -> list[list[tuple]]:
        """The paragraphs of each document parsed, with their offsets: ``nlp.pipe`` in batches across the documents."""
        items = [(doc.text[s:e], (d, s)) for d, doc in enumerate(docs) for s, e in doc.paragraphs]
        parsed: list[list[tuple]] = [[] for _ in docs]
        for sdoc, (d, start) in self.nlp.pipe(items, as_tuples=True, batch_size=BATCH_SIZE):
            parsed[d].append((sdoc, start))
        return parsed

    def read_document(self, doc: Document, paragraphs: list[tuple]) -> Extraction:
        """Run resolution and the rule families over the parsed paragraphs of one document."""
        reg = DocumentActors(self.gaz, doc.doc_id)
        events = EventReader(self.gaz, doc)
        result = Extraction(document=doc)
        quote_state: dict = {}
        for number, (sdoc, offset) in enumerate(paragraphs):
            found = resolve_paragraph(sdoc, reg)
            result.affiliations += extract_affiliations(sdoc, found, reg, offset)
            result.relations += events.read(sdoc, found, extract_relations(sdoc, found, reg, offset), offset)
            quote_state["para"] = number
            result.quotes += extract_quotes(sdoc, found, reg, offset, quote_state)
        result.relations += inherit_backing(result.relations, reg)
        result.relations = drop_allied_advances(result.relations, reg)
        cue_armed_parties(result.relations, reg)
        cue_measured_people(result.relations, reg)
        actors = reg.finish()
        result.actors = actors
        result.names = {a: n for a, n in reg.names.items() if a in actors}
        result.mentions = {a: n for a, n in reg.mentions.items() if a in actors}
        keep = actors.keys()
        result.relations = [r for r in result.relations if r.subject in keep and r.obj in keep
                            and r.evidence.confidence >= self.min_confidence]
        result.quotes = [replace(q, mentions=tuple(m for m in q.mentions if m in keep))
                         for q in result.quotes if q.speaker in keep]
        result.affiliations = self.known_affiliations(result, [
            a for a in result.affiliations if a.person in keep and a.organization in keep])
        return result

    def known_affiliations(self, result: Extraction, found: list[Affiliation]) -> list[Affiliation]:
        """Add the data files' affiliation for each known person the text gave none for,
        where the organisation is named in the document too."""
        have = {a.person for a in found}
        for actor in result.actors.values():
            if actor.actor_type in PERSON_TYPES and actor.actor_id not in have and \
                    actor.affiliation in result.actors:
                found.append(Affiliation(actor.actor_id, actor.affiliation, actor.role, None))
        return found
