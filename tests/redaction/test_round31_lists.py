"""Round 31, lists and tables (``redaction.rows``): the other values in a masked value's
column, the cells beneath a header that names a secret's column, and the values of a list
after a heading that names secrets. Cases in our own words (EN, DE): each positive keeps a
value of its list without the mechanism; each guard is a list or a table whose values are
no secrets (identifiers, extensions, phone numbers, serials, prices, dates), or a password
column's cell that holds no value."""

from __future__ import annotations

import pytest

from redaction import Redactor, rows
from redaction.types import PASSWORD, Entity
from tests.redaction.helpers import redacted


def _gone(text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)


# --- rows of one shape: once one row's value is masked, its column in the others
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "new logins for the interns, please set up the onboarding flow:\n"
            "mwagner → Tulip#42\nskoch → Heron_7781\nlbrandt → Moss&Stone-9",
            ["Tulip#42", "Heron_7781", "Moss&Stone-9"],
        ),
        (
            "vpn accounts for the temps:\nfmeyer:Ostsee!4471\nkbauer:Linde_2290\n"
            "valid until Friday",
            ["Ostsee!4471", "Linde_2290"],
        ),
    ],
)
def test_sibling_rows_take_the_mask(text: str, values: list[str]) -> None:
    _gone(text, values)


# --- a header that names a secret's column: that column only
@pytest.mark.parametrize(
    ("text", "values", "kept"),
    [
        (
            "Export aus der Tabelle:\nName\tKürzel\tKennwort\tRaum\n"
            "Lea Roth\tlroth\tPfirsich88\t2.14\nTim Alt\ttalt\tW!ndrose5\t2.16",
            ["Pfirsich88", "W!ndrose5"],
            ["lroth", "talt", "2.14", "2.16", "Lea Roth"],
        ),
        (
            "phones from the old system:\nport;label;secret\n"
            "411;Reception;Gx4$mP8w\n412;Storage;Tn7&qR2z\n413;Printer;(none)",
            ["Gx4$mP8w", "Tn7&qR2z"],
            ["411", "Reception", "Storage", "(none)"],
        ),
        (
            "Gate | Keypad code\nNorth  | 7731\nSouth  | 7742\nDock   | same as South",
            ["7731", "7742"],
            ["North", "same as South"],
        ),
    ],
)
def test_header_column(text: str, values: list[str], kept: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)
    for value in kept:
        assert value in out, (value, out)


# --- a heading that names secrets, its list beneath it or after its colon
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Tresor-PINs der Filialen, bitte im Flow hinterlegen:\n"
            "Köln 5821\nBonn 3307\nAachen 9164",
            ["5821", "3307", "9164"],
        ),
        (
            "Guest wifi vouchers for the weekend: 5512-0384, 7720-1946, 3391-6620. One per "
            "check-in mail please.",
            ["5512-0384", "7720-1946", "3391-6620"],
        ),
        (
            "SIM-PINs der Außendienst-Tablets:\nTablet 1: 2864 / Tablet 2: 5173 / Tablet 3: 8392",
            ["2864", "5173", "8392"],
        ),
        (
            "Wiederherstellungscodes vom Admin-Konto:\n5519 2083 / 7741 0368 / 1290 6645\n"
            "einer ist schon verbraucht.",
            ["5519 2083", "7741 0368", "1290 6645"],
        ),
        (
            "The recovery codes from the printout:\n\n  k3jd-82mx   q7wz-1nfa   u9pe-4tcb\n"
            "  r2hv-6sgl   ...\n",
            ["k3jd-82mx", "q7wz-1nfa", "u9pe-4tcb", "r2hv-6sgl"],
        ),
        (
            "Wireless networks at the depot:\nCrew: Depot_Crew / Forklift#Blue9\n"
            "Visitors: Depot_Guest / pallet-jack-tea",
            ["Forklift#Blue9", "pallet-jack-tea"],
        ),
    ],
)
def test_headed_list(text: str, values: list[str]) -> None:
    _gone(text, values)


# --- guards: lists and tables whose values are no secrets
@pytest.mark.parametrize(
    "text",
    [
        "Durchwahlen im Lager:\nKöhler 214\nSeidel 231\nBrandt 240",
        "order numbers from today:\n4471-2231\n5520-1187\n6612-0093",
        "Bestellnummern zu den PIN-Briefen: 448120, 448121, 448122.",
        "Name\tAbteilung\tDurchwahl\nAnna\tEinkauf\t214\nJens\tVertrieb\t231",
        "Fehlercodes vom Terminal: 4031, 4032, 5120",
        "IMEIs of the new phones:\n356938035643809\n356938035643817",
        "Preise der Codes-Pakete:\nBasis 49,00\nPlus 89,00",
        "password:\nhost: db02.internal\nport: 5432",
        "| Setting | Value |\n|---|---|\n| SMTP host | smtp.example.org |\n"
        "| SMTP password | (in the vault) |\n| Port | 587 |",
        "Lizenzschlüssel\tGerät\tStandort\nOCA-7K2M-Q9XP-4L8R\tRelay 1\tHalle A\n"
        "OCA-3H8N-W2ZT-6B1C\tRelay 2\tHalle B",
        "Our wifi router: S/N 2207AX5400-117823, model RT-AX54",
        "the card was declined (Code: 2004, do_not_honor), it is new",
        "Termine für die PIN-Schulung: 12.03.2026, 19.03.2026, 26.03.2026",
        "| Key | Value |\n|---|---|\n| Region | eu-west |\n| Timeout | 45 |\n| Retries | 3 |",
    ],
)
def test_guards_unchanged(text: str) -> None:
    assert redacted(text) == text


# --- guards: a row whose label names a thing of its own keeps its value beside a secret
@pytest.mark.parametrize(
    ("text", "masked", "kept"),
    [
        ("Zugangsdaten fürs Portal:\nUser: mk2024x\nPW: Hund123!", "Hund123!", "mk2024x"),
        (
            "APP_CLIENT_ID=3f9a2c7e11b04d5e8a6f\nAPP_CLIENT_SECRET=Zq8xW2mP4vR7tY1uK9sL3nB6",
            "Zq8xW2mP4vR7tY1uK9sL3nB6",
            "3f9a2c7e11b04d5e8a6f",
        ),
    ],
)
def test_labelled_row_keeps_its_value(text: str, masked: str, kept: str) -> None:
    out = redacted(text)
    assert masked not in out, out
    assert kept in out, out


def test_nothing_masked_nothing_named_costs_nothing() -> None:
    """A text with no masked value and no secret word is never read for rows."""
    assert rows.rows("ticket 4471\nticket 4472\nticket 4473", []) == []


def test_rows_only_beside_masked_values_without_headings() -> None:
    text = "a1 → Kiwi#2231\nb2 → Plum_8812"
    first = Entity(PASSWORD, text.index("Kiwi"), text.index("Kiwi") + 9, 1.0, "test")
    found = rows.rows(text, [first], headings=False)
    assert [text[e.start : e.end] for e in found] == ["Plum_8812"]


def test_redacting_twice_changes_nothing() -> None:
    redactor = Redactor()
    text = "Tresor-PINs der Filialen:\nKöln 5821\nBonn 3307"
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once
