"""The contract's due rule: one table, every row a case a customer could meet."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from chat_server.tickets.due import due_at, due_in_words, is_working_day, long_date

BERLIN = ZoneInfo("Europe/Berlin")
HOLIDAYS = frozenset({date(2025, 12, 25), date(2025, 12, 26), date(2025, 10, 3)})


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc,arg-type]


@pytest.mark.parametrize(
    ("created", "expected", "why"),
    [
        (local(2025, 11, 24, 14, 0), local(2025, 11, 25, 14, 0), "Monday: 24 h"),
        (local(2025, 11, 28, 9, 30), local(2025, 11, 29, 9, 30), "Friday: 24 h, due Saturday"),
        (local(2025, 11, 29, 10, 0), local(2025, 12, 1, 10, 0), "Saturday: 48 h"),
        (local(2025, 11, 30, 23, 59), local(2025, 12, 2, 23, 59), "Sunday late: 48 h"),
        (local(2025, 12, 1, 0, 0), local(2025, 12, 2, 0, 0), "Monday midnight: working day"),
        (local(2025, 12, 25, 8, 0), local(2025, 12, 27, 8, 0), "holiday: 48 h"),
        (local(2025, 12, 24, 23, 0), local(2025, 12, 25, 23, 0), "eve of a holiday: 24 h"),
        (local(2025, 10, 3, 12, 0), local(2025, 10, 5, 12, 0), "Friday holiday: 48 h"),
        # Spring forward (30 March 2025, 02:00 -> 03:00): 48 elapsed hours read 11:00.
        (local(2025, 3, 29, 10, 0), local(2025, 3, 31, 11, 0), "Saturday before DST start"),
        (local(2025, 3, 30, 1, 30), local(2025, 4, 1, 2, 30), "Sunday, just before the jump"),
        # Fall back (26 October 2025, 03:00 -> 02:00): 48 elapsed hours read 09:00.
        (local(2025, 10, 25, 10, 0), local(2025, 10, 27, 9, 0), "Saturday before DST end"),
        (local(2025, 10, 24, 10, 0), local(2025, 10, 25, 10, 0), "Friday before DST end"),
    ],
)
def test_due_rule(created: datetime, expected: datetime, why: str) -> None:
    got = due_at(created, BERLIN, HOLIDAYS)
    assert got == expected, why
    assert got.tzinfo is not None


def test_day_is_judged_in_the_configured_zone() -> None:
    # Friday 23:30 UTC is already Saturday in Berlin: 48 hours.
    created = datetime(2025, 11, 28, 23, 30, tzinfo=UTC)
    assert (due_at(created, BERLIN) - created).total_seconds() == 48 * 3600
    # ...but still Friday in New York: 24 hours.
    assert (due_at(created, ZoneInfo("America/New_York")) - created).total_seconds() == 86400


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError):
        due_at(datetime(2025, 11, 24, 12, 0), BERLIN)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 11, 24), True),
        (date(2025, 11, 29), False),
        (date(2025, 11, 30), False),
        (date(2025, 12, 25), False),
        (date(2025, 12, 23), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day, HOLIDAYS) is working


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (local(2025, 11, 25, 14, 0), "by Tuesday 14:00 CET"),
        (local(2025, 7, 1, 9, 5), "by Tuesday 09:05 CEST"),
        (datetime(2025, 11, 25, 13, 0, tzinfo=UTC), "by Tuesday 14:00 CET"),
    ],
)
def test_due_in_words(due: datetime, words: str) -> None:
    assert due_in_words(due, BERLIN) == words


def test_long_date() -> None:
    assert long_date(local(2025, 11, 25, 14, 0), BERLIN) == "25 November 2025"
