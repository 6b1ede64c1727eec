"""Time expressions -> the dates of what statements report, resolved against the article's date.

spaCy's DATE entities (already in the parse, at no cost) find the words; this module reads them:

- absolute dates (*on April 13*, *on 1 October 2024*, *in March 2019*, *in 2012*) with python-dateutil's
  parser, which also tells which of day, month and year the words give (parsed twice, with two defaults);
- relative dates (*on Saturday*, *yesterday*, *last week*, *last weekend*, *earlier this month*,
  *two days after the strike*, *three days ago*) with dateutil's ``relativedelta``, from the article's date
  or, for *N days after/later*, from the last date the article named before;
- durative times (*since 2012*, *for years*, *for two decades*): the relation lasts, it is no point event.

Each resolved time is an :class:`~graph.model.EventTime` with its precision and its words. A date in the
future of the article, an impossible date (*February 30*) or an unreadable article date gives a warning that
names the article, and the statement falls back to being dated by its article only; nothing is dropped.

>>> clock = Clock(dt.date(2024, 4, 20), "note")
>>> clock.resolve("April 13", "on")
EventTime(earliest='2024-04-13', latest='2024-04-13', precision='day', text='on April 13')
>>> clock.resolve("Saturday", "on").earliest, clock.resolve("last week").precision
('2024-04-20', 'week')
>>> clock.resolve("2012", "since")
EventTime(earliest='2012-01-01', latest='2024-04-20', precision='durative', text='since 2012')
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass

from dateutil import parser as dateparser
from dateutil.relativedelta import MO, SA, relativedelta

from .model import EventTime

log = logging.getLogger(__name__)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "decade": "years"}
FUTURE_DAYS = 45  # a date without a year this close ahead of the article is the future, not last year's
# Words around a date that qualify it without moving it: *late on April 13*, *the night of Friday*.
QUALIFIERS = re.compile(r"^(?:(?:late|early|earlier|later|mid|middle|before dawn|at dawn|the night of|the morning of"
                        r"|the evening of|the afternoon of|the early hours of|the weekend of|on|in|of|at|by|from|the|-)\s*)+",
                        re.IGNORECASE)
PART_OF_DAY = re.compile(r"\s+(?:night|morning|afternoon|evening|overnight)$", re.IGNORECASE)
ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
DURATIVE = re.compile(r"^(?:for |over |during )?(?:many |several |the past |the last |the |recent |a few |some )*"
                      r"(?P<n>\w+ )?(?P<unit>years|decades|months|weeks|decade|year)$", re.IGNORECASE)
AGO = re.compile(r"^(?P<n>\w+|a few) (?P<unit>day|week|month|year)s? ago$", re.IGNORECASE)
SHIFT = re.compile(r"^(?P<n>\w+|a few) (?P<unit>day|week|month|year)s?$", re.IGNORECASE)
NEXT_DAY = re.compile(r"^(?:the )?(?:next|following) (?P<unit>day|week|month)$", re.IGNORECASE)
DAY_BEFORE = re.compile(r"^(?:the|a) (?P<unit>day|week) (?P<dir>before|later|after|earlier)$", re.IGNORECASE)
SAME_DAY = {"hours later", "hours earlier", "minutes later", "moments later", "later that day", "that day",
            "the same day", "that night", "hours after", "hours before", "shortly after", "within hours"}
SPEECH_NOW = {"today", "tonight", "this morning", "this afternoon", "this evening"}
# A byline or dateline date: *April 20, 2024*, *20 April 2024*, *2024-04-20*, *Jan. 12, 2024*.
HEAD_DATE = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? "
                       r"\d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4})\b")
HEAD_CHARS = 400
BYLINE_WORDS = 12
DATELINE_LEAD = re.compile(r"^([A-Z][A-Z .,'()-]*[A-Z]\b[^—–]{0,40}?)\s+[—–]")
BYLINE_START = re.compile(r"^(published|updated|posted|last updated|by)\b", re.IGNORECASE)


class DateProblem(ValueError):
    """Words that look like a date but are no date the article can report: impossible, or in its future."""


def parse_date(value: str | None) -> dt.date | None:
    """An article's date from its metadata (ISO first, then any full date dateutil reads); None if unreadable.

    >>> parse_date("2024-04-20T18:40:00Z"), parse_date("April 20, 2024"), parse_date("soon")
    (datetime.date(2024, 4, 20), datetime.date(2024, 4, 20), None)
    """
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    try:
        first = dateparser.parse(value, default=dt.datetime(1904, 1, 1))
        second = dateparser.parse(value, default=dt.datetime(1908, 2, 2))
    except (dateparser.ParserError, ValueError, OverflowError):
        return None
    return first.date() if first == second else None


def head_date(text: str) -> dt.date | None:
    """The first full date in the head of an article (its byline or dateline), if any.

    >>> head_date("Iran and Israel step back\\n\\nApril 20, 2024 | World | Updated 18:40 GMT\\n\\nJERUSALEM — ...")
    datetime.date(2024, 4, 20)
    >>> head_date("On 28 January 2024, a drone struck a base in Jordan, killing three soldiers and wounding dozens.") is None
    True
    """
    for line in text[:HEAD_CHARS].splitlines():
        # a byline is a short line of its own, a dateline the words before the dash (*TEHRAN, 20 April 2024 —*);
        # *On 28 January 2024, an attack …* dates an event, not the article
        if (lead := DATELINE_LEAD.match(line.strip())) is not None:
            line = lead.group(1)
        elif len(line.split()) > BYLINE_WORDS and "|" not in line and not BYLINE_START.match(line.strip()):
            continue
        for match in HEAD_DATE.finditer(line):
            found = parse_date(match.group(0))
            if found is not None:
                return found
    return None


def article_date(date: str | None, text: str, source: str) -> dt.date | None:
    """The date an article was written: its metadata date, else the byline's or dateline's; warns when unreadable."""
    found = parse_date(date)
    if found is None and date:
        log.warning("%s: unreadable article date %r; its statements are dated by the byline or the article only",
                    source, date)
    return found or head_date(text)


def _span(first: dt.date, last: dt.date, precision: str, text: str) -> EventTime:
    return EventTime(first.isoformat(), last.isoformat(), precision, text)


def _number(word: str | None) -> int | None:
    if word is None:
        return 1
    word = word.strip().lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


@dataclass
class Clock:
    """Resolves the time expressions of one article, in text order, against its date.

    ``anchor`` is the last day the article named: *two days after the strike* counts from it.
    """

    today: dt.date | None
    source: str = ""
    anchor: dt.date | None = None
    refused: bool = False  # the last words resolved looked like a date but were a bad one (warned)

    def resolve(self, words: str, before: str = "", after: str = "") -> EventTime | None:
        """The time that ``words`` (a DATE entity) give, with ``before`` the word in front of them and ``after``
        the word that follows; None when they give no time this module reads, or a bad one (with a warning)."""
        text = " ".join(f"{before} {words}".split())
        self.refused = False
        try:
            found = self._read(" ".join(words.split()), before.lower().strip(), after.lower().strip(), text)
        except DateProblem as problem:
            log.warning("%s: %s; the statement is dated by its article only", self.source, problem)
            self.refused = True
            return None
        if found is not None and found.precision == "day":
            self.anchor = dt.date.fromisoformat(found.earliest)
        return found

    def _read(self, words: str, before: str, after: str, text: str) -> EventTime | None:
        low = words.lower()
        if before == "since" or low.startswith("since "):
            start = self._absolute(re.sub(r"^since\s+", "", words, flags=re.IGNORECASE), text)
            if start is None or self.today is None:
                return None
            return EventTime(start.earliest, self.today.isoformat(), "durative", text)
        if (match := DURATIVE.match(low)) and (before in ("for", "over", "during") or low.startswith(("for ", "over "))):
            return self._durative(match, text)
        if after in ("after", "later", "before", "earlier") and (match := SHIFT.match(low)):
            return self._shifted(match, after, text)
        if self.today is None:
            return self._absolute(words, text, need_year=True)
        return self._relative(low, text) or self._absolute(words, text)

    def _durative(self, match: re.Match, text: str) -> EventTime | None:
        if self.today is None:
            return None
        count = _number(match["n"]) if match["n"] else None
        unit = UNITS[match["unit"].lower().rstrip("s")]
        size = (count or 1) * (10 if match["unit"].lower().startswith("decade") else 1)
        start = (self.today - relativedelta(**{unit: size})).isoformat() if count else ""
        return EventTime(start, self.today.isoformat(), "durative", text)

    def _shifted(self, match: re.Match, direction: str, text: str) -> EventTime | None:
        count = _number(match["n"])
        if self.anchor is None or count is None:
            return None
        step = relativedelta(**{UNITS[match["unit"].lower()]: count})
        day = self.anchor + step if direction in ("after", "later") else self.anchor - step
        if match["unit"].lower() != "day":
            return None
        return self._checked(_span(day, day, "day", f"{text} {direction}"))

    def _relative(self, low: str, text: str) -> EventTime | None:
        """Times counted from the article's date (or from the last day it named)."""
        today = self.today
        assert today is not None
        low = PART_OF_DAY.sub("", QUALIFIERS.sub("", low)).strip()
        if low in ("yesterday", "last night"):
            return _span(today - dt.timedelta(days=1), today - dt.timedelta(days=1), "day", text)
        if low in SPEECH_NOW or low == "the day":
            return _span(today, today, "day", text)
        if low == "overnight":
            return _span(today - dt.timedelta(days=1), today, "span", text)
        if low in SAME_DAY and self.anchor is not None:
            return _span(self.anchor, self.anchor, "day", text)
        if (weekday := low.removeprefix("last ").removeprefix("this ").removeprefix("past ")) in WEEKDAYS:
            day = today + relativedelta(weekday=WEEKDAYS.index(weekday), days=0)
            day = day if day <= today else day - dt.timedelta(days=7)
            return _span(day, day, "day", text)
        if low.startswith("next ") or low in ("tomorrow",):
            raise DateProblem(f"{text!r} is after the article's date ({today})")
        if (match := NEXT_DAY.match(low)) and self.anchor is not None and match["unit"] == "day":
            day = self.anchor + dt.timedelta(days=1)
            return self._checked(_span(day, day, "day", text))
        if (match := DAY_BEFORE.match(low)) and self.anchor is not None and match["unit"] == "day":
            day = self.anchor + dt.timedelta(days=1 if match["dir"] in ("later", "after") else -1)
            return self._checked(_span(day, day, "day", text))
        if match := AGO.match(low):
            return self._ago(match, text)
        return self._calendar_unit(low, text)

    def _ago(self, match: re.Match, text: str) -> EventTime | None:
        today = self.today
        assert today is not None
        count = _number(match["n"])
        if count is None:
            return None
        unit = match["unit"].lower()
        then = today - relativedelta(**{UNITS[unit]: count})
        if unit == "day":
            return _span(then, then, "day", text)
        if unit == "week":
            monday = then + relativedelta(weekday=MO(-1))
            return _span(monday, monday + dt.timedelta(days=6), "week", text)
        if unit == "month":
            return _month(then, text)
        return _span(dt.date(then.year, 1, 1), dt.date(then.year, 12, 31), "year", text)

    def _calendar_unit(self, low: str, text: str) -> EventTime | None:
        """*last week*, *this week*, *the weekend*, *last month*, *earlier this month*, *last year* ..."""
        today = self.today
        assert today is not None
        monday = today + relativedelta(weekday=MO(-1))
        if low in ("last week", "the past week", "the previous week", "a week ago"):
            start = monday - dt.timedelta(days=7)
            return _span(start, start + dt.timedelta(days=6), "week", text)
        if low in ("this week", "this week's", "the week"):
            return _span(monday, today, "week", text)
        if low in ("the weekend", "this weekend", "last weekend", "the past weekend", "weekend"):
            saturday = today + relativedelta(weekday=SA(-1))
            if low in ("last weekend", "the past weekend") and saturday + dt.timedelta(days=1) >= today:
                saturday -= dt.timedelta(days=7)
            return _span(saturday, min(saturday + dt.timedelta(days=1), today), "span", text)
        if low in ("this month", "the month"):
            return _span(today.replace(day=1), today, "month", text)
        if low in ("last month", "the previous month", "the past month"):
            return _month(today.replace(day=1) - dt.timedelta(days=1), text)
        if low in ("this year", "the year"):
            return _span(today.replace(month=1, day=1), today, "year", text)
        if low in ("last year", "the previous year", "the past year"):
            return _span(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31), "year", text)
        return None

    def _absolute(self, words: str, text: str, need_year: bool = False) -> EventTime | None:
        """A calendar date, month or year as written; a missing year is the latest that is not in the future."""
        clean = ORDINAL.sub(r"\1", PART_OF_DAY.sub("", QUALIFIERS.sub("", words.strip())).strip(" ,.")).strip()
        if not clean or not re.search(r"\d|[A-Za-z]{3}", clean) or clean.lower() in WEEKDAYS:
            return None
        if not re.search(r"\d", clean) and (clean[0].islower() or clean.lower().rstrip(".")[:3] not in
                                             {m.lower()[:3] for m in calendar.month_name[1:]}):
            return None  # a month alone is written with a capital: *may* is a verb
        try:
            first = dateparser.parse(clean, default=dt.datetime(1904, 1, 1))
            second = dateparser.parse(clean, default=dt.datetime(1908, 2, 2))
        except dateparser.ParserError as exc:
            if "out of range" in str(exc):
                raise DateProblem(f"{text!r} is no date ({exc})") from None
            return None
        except (ValueError, OverflowError):
            return None
        has_year, has_month, has_day = first.year == second.year, first.month == second.month, first.day == second.day
        if not has_month and not (has_year and not has_day):
            return None
        if not has_year and (need_year or self.today is None):
            return None
        year = first.year if has_year else self._year_for(first.month, first.day if has_day else 1, text)
        return self._checked(self._period(year, first.month, first.day, has_month, has_day, text), has_year)

    def _year_for(self, month: int, day: int, text: str) -> int:
        today = self.today
        assert today is not None
        try:
            ahead = dt.date(today.year, month, day) - today
        except ValueError:  # February 29 in a year without one
            raise DateProblem(f"{text!r} is no date in {today.year}") from None
        if ahead.days <= 0:
            return today.year
        if ahead.days <= FUTURE_DAYS:
            raise DateProblem(f"{text!r} is after the article's date ({today})")
        return today.year - 1

    @staticmethod
    def _period(year: int, month: int, day: int, has_month: bool, has_day: bool, text: str) -> EventTime:
        try:
            if has_day and has_month:
                found = dt.date(year, month, day)
                return _span(found, found, "day", text)
        except ValueError:
            raise DateProblem(f"{text!r} is no date") from None
        if has_month:
            return _month(dt.date(year, month, 1), text)
        return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)

    def _checked(self, found: EventTime, explicit: bool = True) -> EventTime:
        """The time, unless it starts after the article's date."""
        if self.today is not None and found.earliest > self.today.isoformat():
            raise DateProblem(f"{found.text!r} ({found.earliest}) is after the article's date ({self.today})")
        if self.today is not None and found.latest > self.today.isoformat():
            return EventTime(found.earliest, self.today.isoformat(), found.precision, found.text)
        return found


def _month(day: dt.date, text: str) -> EventTime:
    last = calendar.monthrange(day.year, day.month)[1]
    return _span(day.replace(day=1), day.replace(day=last), "month", text)


def article_time(today: dt.date | None) -> EventTime | None:
    """The time of a statement whose sentence gives none: its article's date, precision ``article``."""
    return None if today is None else _span(today, today, "article", "")
