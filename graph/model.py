"""Plain, frozen values passed between the stages of the pipeline.

spaCy objects stay inside ``nlp``/``resolve``/``relations``; rdflib objects inside
``rdf``/``store``. Everything else exchanges these dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_TYPES = ("State", "Group", "Official", "Expert", "ThinkTank", "InternationalOrganization")
PREDICATES = ("attacks", "backs", "pressures")
MODALITIES = ("asserted", "alleged", "hypothetical", "negated")
PERSON_TYPES = ("Official", "Expert")
PRECISIONS = ("day", "week", "month", "year", "span", "durative", "article")


@dataclass(frozen=True)
class Document:
    """One article: its text with boilerplate blanked out (offsets kept) and its metadata."""

    doc_id: str
    text: str
    source: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    sha256: str = ""

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Actor:
    """A canonical real-world actor, from a gazetteer or found in text."""

    actor_id: str
    actor_type: str
    label: str
    names: tuple[str, ...] = ()
    qid: str | None = None
    iso3: str | None = None
    affiliation: str | None = None
    role: str | None = None
    operates_in: tuple[str, ...] = ()
    backed_by: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a relation, quote or affiliation was read."""

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class EventTime:
    """When what a statement reports happened, as the text says it (see :mod:`graph.timex`).

    ``earliest`` and ``latest`` are ISO dates bounding it; ``precision`` is one of :data:`PRECISIONS`:
    ``day``, ``week``, ``month``, ``year`` or ``span`` for a point in time that the text gives, ``durative``
    for a relation that lasts (*since 2012*, *for years*: ``latest`` is the article's date) and ``article``
    when the text gives no time and the statement is dated by its article only. ``text`` holds the words.
    """

    earliest: str
    latest: str
    precision: str
    text: str = ""

    @property
    def point(self) -> bool:
        """The text dates a happening: not durative, not dated by the article only."""
        return self.precision not in ("durative", "article")


@dataclass(frozen=True)
class Place:
    """Where what a statement reports happened: a place named in its sentence, with the state it lies in."""

    place_id: str
    label: str
    state: str | None = None
    qid: str | None = None
    geonames: str | None = None
    text: str = ""
    state_label: str | None = None


@dataclass(frozen=True)
class Relation:
    """``subject predicate object`` between two actor ids, with its modality, and when and where it happened."""

    subject: str
    predicate: str
    obj: str
    modality: str
    evidence: Evidence
    time: EventTime | None = None
    place: Place | None = None


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker (an actor id)."""

    speaker: str
    text: str
    mentions: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Affiliation:
    """A person working for or representing an organisation or state."""

    person: str
    organization: str
    role: str | None
    evidence: Evidence | None


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
