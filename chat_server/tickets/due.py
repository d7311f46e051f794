"""The contract's due rule, as pure functions (no I/O, no clock).

A ticket is due 24 hours after creation when it was created on a working day and 48 hours
after when created on a Saturday, Sunday or one of ``HOLIDAYS``; the day is judged in
``TIMEZONE``. Hours are elapsed hours (UTC arithmetic), so a ticket created on the Saturday
before the spring DST change is due 48 real hours later, which reads one hour later on the
wall clock.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WORKING_DAY_HOURS = 24
OFF_DAY_HOURS = 48

# Names independent of the process locale (strftime's %A is not), English and German.
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ),
}  # fmt: skip
_ZONES_DE = {"CET": "MEZ", "CEST": "MESZ"}


def _lang(locale: str | None) -> str:
    return "de" if locale and locale.lower().startswith("de") else "en"


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    """Monday to Friday and not one of ``holidays``."""
    return day.weekday() < 5 and day not in holidays


def due_at(created_at: datetime, tz: ZoneInfo, holidays: Collection[date] = ()) -> datetime:
    """When a ticket created at ``created_at`` (aware) is due, expressed in ``tz``."""
    if created_at.tzinfo is None or created_at.utcoffset() is None:
        raise ValueError("created_at must be timezone-aware")
    local_day = created_at.astimezone(tz).date()
    hours = WORKING_DAY_HOURS if is_working_day(local_day, holidays) else OFF_DAY_HOURS
    # Elapsed time: add in UTC, then show in the support team's zone.
    return (created_at.astimezone(ZoneInfo("UTC")) + timedelta(hours=hours)).astimezone(tz)


def due_in_words(due: datetime, tz: ZoneInfo, locale: str | None = None) -> str:
    """The customer's words for a due time: ``by Tuesday 14:00 CET``, German
    ``bis Dienstag, 14:00 MEZ``."""
    local = due.astimezone(tz)
    day = _DAYS[_lang(locale)][local.weekday()]
    if _lang(locale) == "de":
        zone = local.tzname() or ""
        return f"bis {day}, {local:%H:%M} {_ZONES_DE.get(zone, zone)}"
    return f"by {day} {local:%H:%M} {local.tzname()}"


def long_date(when: datetime, tz: ZoneInfo, locale: str | None = None) -> str:
    """``25 November 2025`` (``25. November 2025``): disambiguates ``by Tuesday`` in a mail."""
    local = when.astimezone(tz)
    month = _MONTHS[_lang(locale)][local.month - 1]
    if _lang(locale) == "de":
        return f"{local.day}. {month} {local.year}"
    return f"{local.day} {month} {local.year}"
