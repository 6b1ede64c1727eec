"""Progress: the counts and rates, the bar on a terminal, the periodic lines elsewhere."""
from __future__ import annotations

import io

from graph.progress import Progress, ProgressBar, ProgressLines, format_seconds, progress_reporter


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def halfway() -> Progress:
    return Progress(total=100, documents=50, extracted=40, added=32, skipped=10, failed=2, words=30_000,
                    started=0.0, finished=10.0)


def test_rates_and_eta_count_the_extracted_articles():
    progress = halfway()
    assert progress.done == 52 and progress.elapsed == 10.0
    assert progress.words_per_second == 3000 and progress.documents_per_second == 4.2
    assert round(progress.eta) == 11  # 48 left at 4.2 a second
    assert progress.describe() == ("52/100 documents (52%), 3,000 words/s, ETA 0:11; "
                                   "32 added, 10 already stored, 2 failed")
    assert Progress(started=0.0, finished=1.0).eta is None
    assert "ETA" not in Progress(total=3, skipped=3, started=0.0, finished=1.0).describe()
    assert format_seconds(0) == "0:00"


def test_the_bar_is_drawn_in_place_and_ended_with_a_newline():
    stream = Terminal()
    bar = progress_reporter(stream)
    assert isinstance(bar, ProgressBar)
    bar.update(halfway())
    bar.update(halfway())  # too soon: not drawn again
    bar.close(halfway())
    text = stream.getvalue()
    assert text.count("\r[") == 2 and text.endswith("\n")
    assert "[############............] 52/100 documents" in text


def test_lines_are_written_every_so_often_and_not_for_short_runs():
    stream = io.StringIO()
    lines = progress_reporter(stream, every=0.0)
    assert isinstance(lines, ProgressLines)
    lines.update(halfway())
    lines.close(halfway())
    assert stream.getvalue() == halfway().describe() + "\n"
    quiet = io.StringIO()
    slow = progress_reporter(quiet)
    slow.update(halfway())
    slow.close(halfway())
    assert quiet.getvalue() == ""
