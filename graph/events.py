"""One real happening, one event: relation statements that report the same thing, clustered.

A statement is a *report*. Reports that the text dates to a point in time (a day, a week, a month, a year,
a span) are clustered within their *block*: the same relation between the same agent and target, where an
actor that stands for a state (its armed forces, a named force such as the IRGC, its officials: the
gazetteer's ``affiliation``) counts as the state. Two reports can be one event when their times overlap and
their places agree (the same place, or one lies in the other). Clustering is greedy and deterministic:

1. dated reports, most precise first, each join the compatible event that the same article already
   reports, else the most precise compatible one, else start one. Reports of two different days never meet
   (their times do not overlap), so strikes that the text dates apart stay apart;
2. attacks that their sentence does not date join an event of the same block in their own article (the
   nearest one before them), else the only compatible event of the week before their article; else none.

Durative relations (*Iran has armed Hezbollah for years*) and undated backing or pressure are relations, not
events; hypothetical and negated statements report nothing that happened. The clusters are a function of
the set of reports alone, never of their order, so a store can recompute a block whenever reports arrive or
leave (:mod:`graph.eventstore`).

>>> a = Report("s1", "attacks", "iran", "israel", "2024-04-13", "2024-04-13", "day", None, "d1", "2024-04-14")
>>> b = Report("s2", "attacks", "irgc", "israel", "2024-04-08", "2024-04-14", "week", None, "d2", "2024-04-16")
>>> c = Report("s3", "attacks", "iran", "israel", "2024-04-01", "2024-04-01", "day", None, "d2", "2024-04-16")
>>> [(e.agent, e.earliest, e.report_count) for e in cluster_reports([a, b, c], {"irgc": "iran"})]
[('iran', '2024-04-01', 1), ('iran', '2024-04-13', 2)]
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Place
from .places import event_lexicon, within

POINT = ("day", "week", "month", "year", "span")
HOLDS = ("asserted", "alleged")


@dataclass(frozen=True)
class Report:
    """A relation statement as the clustering sees it."""

    key: str
    predicate: str
    subject: str
    obj: str
    earliest: str
    latest: str
    precision: str
    place: Place | None
    doc: str
    published: str | None = None
    position: int = 0

    @property
    def width(self) -> int:
        """How many days its time spans (0 for a day)."""
        return (dt.date.fromisoformat(self.latest) - dt.date.fromisoformat(self.earliest)).days


@dataclass
class Event:
    """A cluster of reports of one happening, with what the reports tell of it together."""

    predicate: str
    agent: str
    target: str
    reports: list[Report] = field(default_factory=list)
    low: str = ""
    high: str = ""
    suffix: str = ""

    @property
    def best(self) -> Report:
        """The most precise dated report (its time is the event's)."""
        return min((r for r in self.reports if r.precision in POINT), key=lambda r: (r.width, r.earliest, r.key))

    @property
    def earliest(self) -> str:
        return self.best.earliest

    @property
    def latest(self) -> str:
        return self.best.latest

    @property
    def precision(self) -> str:
        return self.best.precision

    @property
    def place(self) -> Place | None:
        """The most specific place any report gives (the most reported among equals)."""
        places = [r.place for r in self.reports if r.place is not None]
        if not places:
            return None
        counts = Counter(p.place_id for p in places)
        return min(places, key=lambda p: (p.place_id == p.state, -counts[p.place_id], p.place_id))

    @property
    def report_count(self) -> int:
        return len(self.reports)

    @property
    def articles(self) -> list[str]:
        return sorted({r.doc for r in self.reports})

    @property
    def first_report(self) -> str | None:
        return min((r.published for r in self.reports if r.published), default=None)

    @property
    def last_report(self) -> str | None:
        return max((r.published for r in self.reports if r.published), default=None)

    @property
    def identity(self) -> tuple[str, ...]:
        """What names the event (its IRI is a hash of it): type, agent, target, best time, place."""
        place = self.place
        return (self.predicate, self.agent, self.target, self.earliest, self.latest, self.precision,
                place.place_id if place else "", self.suffix)

    def fits(self, report: Report) -> bool:
        """The report's time overlaps the event's and its place agrees with every place reported."""
        if report.latest < self.low or report.earliest > self.high:
            return False
        return all(within(report.place, r.place) for r in self.reports)

    def take(self, report: Report) -> None:
        self.reports.append(report)
        if report.precision in POINT:
            self.low = max(self.low, report.earliest) if self.low else report.earliest
            self.high = min(self.high, report.latest) if self.high else report.latest


@lru_cache(maxsize=1)
def stands_for() -> dict[str, str]:
    """Actor -> the state it stands for, from the gazetteer's affiliations (followed up to three steps).

    >>> stands_for()["irgc"], stands_for()["quds-force"]
    ('iran', 'iran')
    """
    from .gazetteer import read_records

    records = read_records()
    out = {}
    for actor_id, rec in records.items():
        seen, current = 0, rec
        while current.get("affiliation") in records and seen < 3:
            current, seen = records[current["affiliation"]], seen + 1
            if current["type"] == "State":
                out[actor_id] = current["id"]
                break
    return out


def block_of(report: Report, states: Mapping[str, str]) -> tuple[str, str, str]:
    """The relation, agent and target of a report with forces and officials counted as their state."""
    return report.predicate, states.get(report.subject, report.subject), states.get(report.obj, report.obj)


def event_reports(reports: Iterable[Report]) -> list[Report]:
    """The reports that can be part of an event: dated to a point, or attacks dated by their article only."""
    undated = set(event_lexicon()["undated_events"])
    return [r for r in reports if r.precision in POINT or (r.precision == "article" and r.predicate in undated)]


def cluster_reports(reports: Iterable[Report], states: Mapping[str, str] | None = None) -> list[Event]:
    """The events the reports tell of, sorted by block and date. Reports of no event are left out."""
    states = stands_for() if states is None else states
    blocks: dict[tuple[str, str, str], list[Report]] = {}
    for report in sorted(event_reports(reports), key=lambda r: r.key):
        blocks.setdefault(block_of(report, states), []).append(report)
    events = []
    for block in sorted(blocks):
        events += cluster_block(block, blocks[block])
    seen: Counter = Counter()
    for event in events:  # two events never share a name (a hash collision of identities would merge them)
        seen[event.identity] += 1
        if seen[event.identity] > 1:
            event.suffix = event.reports[0].key
    return events


def cluster_block(block: tuple[str, str, str], reports: list[Report]) -> list[Event]:
    """The events of one block (see the module's description)."""
    events: list[Event] = []
    for report in sorted((r for r in reports if r.precision in POINT), key=lambda r: (r.width, r.earliest, r.key)):
        fitting = [e for e in events if e.fits(report)]
        if fitting:
            min(fitting, key=lambda e: (report.doc not in {r.doc for r in e.reports},
                                        _days(e.low, e.high), -len(e.reports), e.reports[0].key)).take(report)
        else:
            event = Event(*block)
            event.take(report)
            events.append(event)
    days = int(event_lexicon()["attach_days"])
    for report in sorted((r for r in reports if r.precision not in POINT), key=lambda r: (r.doc, r.position, r.key)):
        home = _same_article(events, report) or _recent(events, report, days)
        if home is not None:
            home.reports.append(report)
    for event in events:
        event.agent, event.target = _named(event, block)
    return sorted(events, key=lambda e: (e.earliest, e.latest, e.reports[0].key))


def _days(low: str, high: str) -> int:
    return (dt.date.fromisoformat(high) - dt.date.fromisoformat(low)).days


def _same_article(events: list[Event], report: Report) -> Event | None:
    """The event of the same block that the report's own article dates, nearest before the report."""
    mine = [(abs(r.position - report.position) + (0 if r.position <= report.position else 10**6), e.reports[0].key, e)
            for e in events for r in e.reports if r.doc == report.doc and r.precision in POINT
            and all(within(report.place, x.place) for x in e.reports)]
    return min(mine, key=lambda m: (m[0], m[1]))[2] if mine else None


def _recent(events: list[Event], report: Report, days: int) -> Event | None:
    """The only event compatible with a report dated by its article, in the days before the article."""
    if not report.published:
        return None
    start = (dt.date.fromisoformat(report.published) - dt.timedelta(days=days)).isoformat()
    window = Report(report.key, report.predicate, report.subject, report.obj, start, report.published, "span",
                    report.place, report.doc)
    fitting = [e for e in events if e.fits(window)]
    return fitting[0] if len(fitting) == 1 else None


def _named(event: Event, block: tuple[str, str, str]) -> tuple[str, str]:
    """The event's agent and target: as every report names them, else the states they stand for."""
    subjects = {r.subject for r in event.reports}
    objects = {r.obj for r in event.reports}
    return (subjects.pop() if len(subjects) == 1 else block[1]), (objects.pop() if len(objects) == 1 else block[2])
