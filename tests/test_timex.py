"""Time expressions resolved against the article's date: absolute, relative, durative, and bad ones."""
from __future__ import annotations

import datetime as dt
import logging

import pytest

from graph.ingest import make_document
from graph.timex import Clock, article_date, head_date, parse_date

SATURDAY = dt.date(2024, 4, 20)


def when(words: str, before: str = "", after: str = "", today: dt.date = SATURDAY, anchor: dt.date | None = None):
    time = Clock(today, "note", anchor).resolve(words, before, after)
    return None if time is None else (time.earliest, time.latest, time.precision)


@pytest.mark.parametrize("words, before, expected", [
    ("April 13", "on", ("2024-04-13", "2024-04-13", "day")),
    ("1 October 2023", "on", ("2023-10-01", "2023-10-01", "day")),
    ("Feb. 8, 2024", "on", ("2024-02-08", "2024-02-08", "day")),
    ("March 2019", "in", ("2019-03-01", "2019-03-31", "month")),
    ("2023", "in", ("2023-01-01", "2023-12-31", "year")),
    ("December 28", "on", ("2023-12-28", "2023-12-28", "day")),  # no year: the last one before the article
    ("the night of April 13", "on", ("2024-04-13", "2024-04-13", "day")),
    ("mid-March", "in", ("2024-03-01", "2024-03-31", "month")),
])
def test_absolute_dates(words, before, expected):
    assert when(words, before) == expected


@pytest.mark.parametrize("words, expected", [
    ("Saturday", ("2024-04-20", "2024-04-20", "day")),  # the article's own day
    ("Friday", ("2024-04-19", "2024-04-19", "day")),
    ("late Friday", ("2024-04-19", "2024-04-19", "day")),
    ("Friday night", ("2024-04-19", "2024-04-19", "day")),
    ("yesterday", ("2024-04-19", "2024-04-19", "day")),
    ("three days ago", ("2024-04-17", "2024-04-17", "day")),
    ("last week", ("2024-04-08", "2024-04-14", "week")),
    ("last weekend", ("2024-04-13", "2024-04-14", "span")),
    ("earlier this month", ("2024-04-01", "2024-04-20", "month")),
    ("last month", ("2024-03-01", "2024-03-31", "month")),
    ("last year", ("2023-01-01", "2023-12-31", "year")),
])
def test_relative_dates(words, expected):
    assert when(words) == expected


def test_last_weekend_on_a_monday_is_the_one_just_past():
    assert when("last weekend", today=dt.date(2024, 4, 15)) == ("2024-04-13", "2024-04-14", "span")


def test_days_after_count_from_the_last_day_named():
    assert when("Two days", after="after", anchor=dt.date(2024, 4, 13)) == ("2024-04-15", "2024-04-15", "day")
    assert when("A day later", anchor=dt.date(2024, 9, 17), today=dt.date(2024, 9, 19))[0] == "2024-09-18"
    clock = Clock(SATURDAY, "note")
    clock.resolve("April 1", "on")
    assert clock.resolve("two days", "", "after").earliest == "2024-04-03"


@pytest.mark.parametrize("words, before, expected", [
    ("2012", "since", ("2012-01-01", "2024-04-20", "durative")),
    ("March 2019", "since", ("2019-03-01", "2024-04-20", "durative")),
    ("years", "for", ("", "2024-04-20", "durative")),
    ("two decades", "for", ("2004-04-20", "2024-04-20", "durative")),
    ("the past decade", "over", ("", "2024-04-20", "durative")),
])
def test_durative_times(words, before, expected):
    assert when(words, before) == expected


@pytest.mark.parametrize("words, before, problem", [
    ("February 30", "on", "is no date"),
    ("April 31, 2024", "on", "is no date"),
    ("1 October 2024", "on", "after the article's date"),
    ("April 25", "on", "after the article's date"),
    ("next week", "", "after the article's date"),
    ("tomorrow", "", "after the article's date"),
])
def test_impossible_and_future_dates_warn_and_give_nothing(words, before, problem, caplog):
    with caplog.at_level(logging.WARNING, logger="graph.timex"):
        assert when(words, before) is None
    assert "note:" in caplog.text and problem in caplog.text and "dated by its article only" in caplog.text


def test_words_that_are_no_date_give_nothing_and_no_warning(caplog):
    for words in ("two days", "the morning", "decades-old", "may", "the 13th"):
        assert when(words, "") is None
    assert not caplog.records
    assert when("May", "in", today=dt.date(2024, 9, 1)) == ("2024-05-01", "2024-05-31", "month")


def test_without_an_article_date_only_full_dates_resolve():
    clock = Clock(None, "note")
    assert clock.resolve("on Saturday") is None and clock.resolve("April 13", "on") is None
    assert clock.resolve("13 April 2024", "on").earliest == "2024-04-13"


def test_article_dates_from_metadata_byline_and_dateline(caplog):
    assert parse_date("2024-04-20T18:40:00Z") == SATURDAY and parse_date("20 April 2024") == SATURDAY
    assert head_date("Title\n\nApril 20, 2024 | World\n\nTEHRAN — Iran said.") == SATURDAY
    assert head_date("Title\n\nTEHRAN, 20 April 2024 — Iran said.") == SATURDAY
    # a date in the first sentence dates what happened, not the article (no byline, no dateline)
    assert head_date("Iran said on April 20, 2024 that it had struck the base, officials in Tehran told reporters.") is None
    assert head_date("TEHRAN, 20 April 2024 — Iran said on Saturday that it had struck a base near the border.") == SATURDAY
    doc = make_document("Strike\n\nBy Jane Doe | April 20, 2024\n\nIran struck Israel on Friday.\n", "byline.txt")
    assert doc.date == "2024-04-20"  # the byline is blanked from the text, but its date is kept
    with caplog.at_level(logging.WARNING, logger="graph.timex"):
        assert article_date("the other day", "No date here.", "bad.jsonl:3") is None
    assert "bad.jsonl:3: unreadable article date 'the other day'" in caplog.text


def test_a_bad_article_date_falls_back_to_the_byline(caplog):
    with caplog.at_level(logging.WARNING, logger="graph.timex"):
        assert article_date("2024-13-45", "Title\n\nApril 20, 2024 | World\n", "x.jsonl:1") == SATURDAY
    assert "x.jsonl:1" in caplog.text
