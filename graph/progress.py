"""The progress of a long extraction: counts and rates, shown as a bar on a terminal or as periodic lines elsewhere.

The runner (:mod:`graph.batch`) keeps a :class:`Progress` up to date and hands it to a reporter after each
step; reporters decide how often to show it. Nothing here prints: the bar and the lines go to the stream or
the function the caller gives.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TextIO

log = logging.getLogger(__name__)


@dataclass
class Progress:
    """What a run has done so far, and its report at the end.

    ``documents`` counts the articles read; each of them is then ``extracted`` (and ``added`` to the store once
    written), ``skipped`` (already stored) or ``failed``. ``failed`` also counts inputs that could not be read;
    ``errors`` holds one line per failure, with its reason.
    """

    total: int | None = None
    documents: int = 0
    extracted: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    triples: int = 0
    errors: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def done(self) -> int:
        """Inputs dealt with: extracted, skipped or failed."""
        return self.extracted + self.skipped + self.failed

    @property
    def elapsed(self) -> float:
        """Seconds since the run started (until it finished)."""
        return (self.finished or time.monotonic()) - self.started

    @property
    def words_per_second(self) -> float:
        """Words of the extracted articles per second of the run."""
        return self.words / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def documents_per_second(self) -> float:
        """Articles extracted (or failed) per second of the run; skipped ones cost next to nothing."""
        return (self.extracted + self.failed) / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far, if the total is known and something was extracted."""
        rate = self.documents_per_second
        if self.total is None or rate <= 0:
            return None
        return max(self.total - self.done, 0) / rate

    def describe(self) -> str:
        """One line: where the run is, how fast, and what it did.

        >>> Progress(total=10, documents=4, extracted=3, added=3, skipped=1, words=900, started=0.0,
        ...          finished=2.0).describe()
        '4/10 documents (40%), 450 words/s, ETA 0:04; 3 added, 1 already stored, 0 failed'
        """
        if self.total:
            head = f"{self.done:,}/{self.total:,} documents ({100 * self.done // self.total}%)"
        else:
            head = f"{self.done:,} documents"
        eta = self.eta
        when = f", ETA {format_seconds(eta)}" if eta is not None and self.done < (self.total or 0) else ""
        return (f"{head}, {self.words_per_second:,.0f} words/s{when}; "
                f"{self.added:,} added, {self.skipped:,} already stored, {self.failed:,} failed")


def format_seconds(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour.

    >>> format_seconds(75), format_seconds(3725)
    ('1:15', '1:02:05')
    """
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Reporter(Protocol):
    """Shows progress: ``update`` is called after every step of the run, ``close`` once at its end."""

    def update(self, progress: Progress) -> None: ...

    def close(self, progress: Progress) -> None: ...


class SilentReporter:
    """Shows nothing."""

    def update(self, progress: Progress) -> None:
        pass

    def close(self, progress: Progress) -> None:
        pass


class ProgressBar:
    """A bar redrawn in place on a terminal, at most ``per_second`` times a second."""

    def __init__(self, stream: TextIO, width: int = 24, per_second: float = 5.0) -> None:
        self.stream = stream
        self.width = width
        self.interval = 1.0 / per_second
        self.last = 0.0

    def update(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.draw(progress)

    def draw(self, progress: Progress) -> None:
        filled = self.width * progress.done // progress.total if progress.total else 0
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {progress.describe()}\x1b[K")
        self.stream.flush()

    def close(self, progress: Progress) -> None:
        self.draw(progress)
        self.stream.write("\n")
        self.stream.flush()


class ProgressLines:
    """A plain line every ``every`` seconds, for logs and pipes (nothing for runs shorter than that)."""

    def __init__(self, write: Callable[[str], None] = log.info, every: float = 10.0) -> None:
        self.write = write
        self.every = every
        self.last = time.monotonic()

    def update(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.write(progress.describe())

    def close(self, progress: Progress) -> None:
        pass


def progress_reporter(stream: TextIO, every: float = 10.0) -> Reporter:
    """A bar if ``stream`` is a terminal, else a line on it every ``every`` seconds."""
    if stream.isatty():
        return ProgressBar(stream)

    def write(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    return ProgressLines(write, every)
