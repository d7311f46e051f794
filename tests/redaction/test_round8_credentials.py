"""Round eight of issue 10, the credential and card side: the causes behind red-team v8's
card, expiry and credential misses and public-h's credential false hits, each checked on
variants written here (none of them is a corpus item), in both directions: the secret
goes, the look-alike stays.

- a card read out in parts across a sentence ("starts with …, then …, and last …"): digit
  groups joined by words that only order them, whose digits together are a card;
- a card with its expiry and CVC typed on without a separator, or joined by dashes;
- the words naming which part of the month an expiry is ("Ende", "end of") belong to it;
- a bearer token named in prose ("the bearer is …");
- a key naming a setting of the authentication (``authMechanism``, ``auth_method``) is given
  a name, not a secret, and a query value ends at the next ``&name=``.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.card import find_card_spans, luhn_valid
from redaction.recognizers.credential import find_credential_spans

# Card numbers made up for these tests (Luhn-valid, real issuer ranges).
VISA = "4929381277410563"
MASTER = "5312776409812234"
MASTER2 = "2231559018467755"
AMEX = "371449635398431"
DISCOVER = "6011234567890123"
VISA_B = "4556737585214676"
TOKEN = "Qm7vT2xLp9RkW4sZ8nYc3JhF6dA1gUeB5oNi0tKr"  # 40 characters, random


def _groups(number: str, *sizes: int) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    assert pos == len(number)
    return out


V = _groups(VISA, 4, 4, 4, 4)
M = _groups(MASTER, 4, 4, 4, 4)
M2 = _groups(MASTER2, 4, 4, 4, 4)
A = _groups(AMEX, 4, 6, 5)
D = _groups(DISCOVER, 4, 4, 4, 4)

# (cause, text, the groups that must all be gone). Every one passes through round 7's code
# with at least one group unmasked.
SPELLED: list[tuple[str, str, list[str]]] = [
    (
        "EN then/last",
        f"ok so it starts {V[0]}, next is {V[1]}, next {V[2]} and the last block {V[3]}",
        V,
    ),
    (
        "EN followed by / finally",
        f"first group is {M[0]} then comes {M[1]} followed by {M[2]} and finally {M[3]}",
        M,
    ),
    ("EN amex 4-6-5", f"it's {A[0]} then {A[1]} then {A[2]}", A),
    (
        "EN two halves",
        f"my number is {M2[0]} {M2[1]} and then {M2[2]} {M2[3]}, thanks",
        M2,
    ),
    (
        "DE dann / zum Schluss",
        f"Sie beginnt mit {D[0]}, danach {D[1]}, dann {D[2]} und zum Schluss {D[3]}",
        D,
    ),
    (
        "DE ordinals",
        f"erste Gruppe {V[0]}, zweite Gruppe {V[1]}, dritte {V[2]}, vierte {V[3]}",
        V,
    ),
    (
        "DE fängt … an",
        f"die Nummer fängt mit {M[0]} an, dann kommt {M[1]}, dann {M[2]}, zuletzt {M[3]}",
        M,
    ),
    (
        "group sizes in figures",
        f"the first 4 digits are {D[0]}, the next 4 are {D[1]}, then {D[2]}, the last 4 {D[3]}",
        D,
    ),
    ("ordinals in figures", f"1st block {A[0]} 2nd block {A[1]} 3rd block {A[2]}", A),
    (
        "card word and 'und'",
        f"Kreditkarte: {M2[0]} {M2[1]} {M2[2]} und {M2[3]}",
        M2,
    ),
]


@pytest.mark.parametrize(("cause", "text", "groups"), SPELLED)
def test_spelled_out_card_is_masked(
    redactor: Redactor, cause: str, text: str, groups: list[str]
) -> None:
    out = redactor.redact_text(text)
    for group in groups:
        assert group not in out, f"{cause}: {out!r}"


# Numbers in a sentence that are no card read out, even though some of them would make one
# if joined (the joined digits below are Luhn-valid in a real issuer range).
NOT_SPELLED: list[tuple[str, str]] = [
    (
        "counts with nouns between",
        f"{V[0]} visitors in May, {V[1]} in June, then {V[2]} and {V[3]}",
    ),
    ("a list with 'and' only", f"rooms {V[0]}, {V[1]}, {V[2]} and {V[3]} are booked"),
    ("order numbers", f"order {M[0]}, then {M[1]}, then {M[2]} and finally {M[3]}"),
    ("Bestellnummern", f"Bestellung {D[0]}, dann {D[1]}, dann {D[2]} und zuletzt {D[3]}"),
    ("phone in groups", "ruf mich an: 0151 2345, dann die Durchwahl 6789 12"),
    ("years in a row", "we were customers in 2019, then 2020, then 2021 and finally 2022"),
    ("dates in a row", "geliefert am 22.01.2025, dann am 05.02.2025"),
    ("times", "the job ran at 10:30, then 11:45, then 13:05 and last at 14:20"),
    ("too few digits", f"the code was {V[0]}, then {V[1]}, then {V[2]}"),
    ("a figure glued to a word", f"Zimmer {V[0]}a, then {V[1]}, then {V[2]} and last {V[3]}"),
]


@pytest.mark.parametrize(("cause", "text"), NOT_SPELLED)
def test_numbers_in_a_sentence_stay(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_joined_digits_of_the_negatives_would_be_cards() -> None:
    """The negatives above are hard: their groups joined pass Luhn in a real range."""
    for number in (VISA, MASTER, DISCOVER):
        assert luhn_valid(number)
    assert not find_card_spans(f"order {M[0]}, then {M[1]}, then {M[2]} and finally {M[3]}")


# (cause, text, what must not survive) — a card with expiry and CVC typed on.
GLUED: list[tuple[str, str, list[str]]] = [
    ("all glued", f"{VISA_B}1228123", [VISA_B[:12], "1228", "123"]),
    ("all glued after a card word", f"karte {VISA_B}06294521", [VISA_B[:12], "0629", "4521"]),
    (
        "glued to the last group",
        f"{VISA_B[:4]} {VISA_B[4:8]} {VISA_B[8:12]} {VISA_B[12:]}1131987",
        ["1131", "987"],
    ),
    ("month glued, year and CVC glued", f"{VISA_B}03/30417", [VISA_B[:12], "03/30", "417"]),
    ("expiry and CVC glued, card apart", f"{VISA_B} 10/29552 thx", ["10/29", "552"]),
    ("dashes between", f"{VISA_B}-07/31-640", ["07/31", "640"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), GLUED)
def test_glued_card_details_are_masked(
    redactor: Redactor, cause: str, text: str, gone: list[str]
) -> None:
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {out!r}"


def test_glued_details_are_typed() -> None:
    r = Redactor()
    types = sorted(e.type for e in r.redact(f"{VISA_B}1228123").entities)
    assert types == ["CARD_CVC", "CARD_EXPIRY", "CREDIT_CARD"]


GLUED_NEGATIVES: list[tuple[str, str]] = [
    # a long number whose tail is no expiry (month 13) and no CVC: a reference
    ("no month in the tail", f"Referenz {VISA_B}1328123 bitte prüfen"),
    ("tail of two digits, no slash", f"id {VISA_B}1228"),
    ("a date after a dashed number", "Lieferung 2024-05-12, Paket 12-3456-7890"),
]


@pytest.mark.parametrize(("cause", "text"), GLUED_NEGATIVES)
def test_glued_look_alikes_stay(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


# (cause, text, words of the expiry that must be gone)
EDGES: list[tuple[str, str, list[str]]] = [
    ("Anfang", f"Karte {VISA_B}, gültig bis Anfang März 2029", ["Anfang", "März", "2029"]),
    ("Mitte", f"Visa {VISA_B} läuft Mitte Juli 2030 ab", ["Mitte", "Juli", "2030"]),
    ("Ende after the card", f"{VISA_B}, Ende Mai 2031, CVC 204", ["Ende", "Mai", "2031", "204"]),
    ("end of", f"card {VISA_B} valid until the end of April 2029", ["end of", "April"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), EDGES)
def test_part_of_month_goes_with_the_expiry(
    redactor: Redactor, cause: str, text: str, gone: list[str]
) -> None:
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {out!r}"


def test_part_of_month_without_a_card_stays(redactor: Redactor) -> None:
    text = "das Angebot gilt bis Ende Oktober 2027"
    assert redactor.redact_text(text) == text


# (cause, text, secret)
CREDENTIALS: list[tuple[str, str, str]] = [
    ("bearer in prose", f"the bearer is {TOKEN} and it still fails", TOKEN),
    ("bearer, past tense", f"our bearer was {TOKEN}; rotated since?", TOKEN),
    ("Bearer lautet", f"der Bearer lautet {TOKEN}, gültig 1h", TOKEN),
    ("bearer after the value", f"{TOKEN} - das ist der Bearer aus der App", TOKEN),
    (
        "query value before the next parameter",
        "https://x.test/cb?token=zq81ww27pk&mode=live",
        "zq81ww27pk",
    ),
]


@pytest.mark.parametrize(("cause", "text", "secret"), CREDENTIALS)
def test_credential_is_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    assert secret not in redactor.redact_text(text), cause


def test_query_value_stops_at_the_next_parameter(redactor: Redactor) -> None:
    out = redactor.redact_text("https://x.test/cb?token=zq81ww27pk&mode=live")
    assert out.endswith("&mode=live")


NOT_CREDENTIALS: list[tuple[str, str]] = [
    ("bearer is a word", "the bearer is expired, do I need a new one?"),
    ("Bearer ist ein Wort", "der Bearer ist abgelaufen, brauche ich einen neuen?"),
    ("mechanism name", "mongodb://db.example.test/?authMechanism=SCRAM-SHA-256&authSource=admin"),
    ("mechanism properties", "?authMechanismProperties=SERVICE_NAME:mongodb,CANONICALIZE:true"),
    ("auth method in an env file", "AUTH_METHOD=scram-sha-256\nAUTH_DB=users"),
    ("token provider", "tokenProvider: azureCli"),
    ("secret store", "secret_store=vault-prod"),
]


@pytest.mark.parametrize(("cause", "text"), NOT_CREDENTIALS)
def test_setting_or_word_stays(redactor: Redactor, cause: str, text: str) -> None:
    assert not find_credential_spans(text), cause
    assert redactor.redact_text(text) == text, cause


def test_random_value_of_a_setting_key_is_still_masked(redactor: Redactor) -> None:
    assert TOKEN not in redactor.redact_text(f"authSource={TOKEN}")
