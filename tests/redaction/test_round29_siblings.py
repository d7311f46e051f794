"""Round 29, siblings (``redaction.siblings``): a value coordinated with a masked password
or credential ("A or B", "nicht A sondern B", "alt A, neu B", "tried A and B", "A / B")
takes its mask when it has the masked value's shape class. Cases in our own words (EN, DE):
each positive keeps its sibling without the mechanism; each guard is a coordinated
look-alike that must stay (identifiers, amounts, phone pieces, dates, years, versions,
products, references, plain words, a user before its password, a denied value)."""

from __future__ import annotations

import pytest

from redaction import Redactor, siblings
from redaction.types import CREDENTIAL, PASSWORD, Entity
from tests.redaction.helpers import redacted, thread


def _gone(text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)


def _kept(text: str, masked: str, kept: str) -> None:
    out = redacted(text)
    assert masked not in out, ("the masked value survived", out)
    assert kept in out, ("the look-alike was masked", out)


# --- the sibling of a masked value, in every coordination form
@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an alternative
        ("I'm not sure, my PIN is 2580 or 1379", ["2580", "1379"]),
        ("PIN: 8426 oder 9157, eins von beiden", ["8426", "9157"]),
        ("password for the portal is Ginkgo.Tree8 or else Ginkgo.Tree9", ["Ginkgo.Tree9"]),
        ("Kennwort fürs Portal ist Ahorn.Blatt8 oder sonst Ahorn.Blatt9", ["Ahorn.Blatt9"]),
        (
            "i think the pass is Lena7 but it might be Lena07 or Lena007, one of those",
            ["Lena7", "Lena07", "Lena007"],
        ),
        ("PIN 4471 / 4472", ["4471", "4472"]),
        # a sequence
        ("my PIN was 8426, then 8462", ["8426", "8462"]),
        # an old value and a new one
        ("Die alte PIN war 4711 (ja, ich weiß), die neue 9876", ["4711", "9876"]),
        ("alte PIN 5521, neue 8830", ["5521", "8830"]),
        ("PIN vorher 1357, jetzt 2468", ["1357", "2468"]),
        ("the default PIN was 1234, now it's 7395", ["1234", "7395"]),
        ("Der Standard-PIN war 0000 und ich hab ihn geändert, jetzt 7395", ["7395"]),
        # a contrast, and a slip denied
        ("My PIN isn't 2580, it's 2850", ["2580", "2850"]),
        ("Meine PIN ist nicht 7351 sondern 7315", ["7351", "7315"]),
        ("the PIN is 4471, not 4417", ["4471", "4417"]),
        # a credential's pair: a key id, then its secret
        (
            "our AWS access: AKIAQ7XWZ4LMRP2TV9KD / wJa7rXtU9nFEmI/K7MDENG/bPxRfiCYq2Lk8Vz4N",
            ["wJa7rXtU9nFEmI/K7MDENG/bPxRfiCYq2Lk8Vz4N"],
        ),
    ],
)
def test_sibling_masked(text: str, values: list[str]) -> None:
    _gone(text, values)


# --- coordinated, but no value of the masked value's kind
@pytest.mark.parametrize(
    ("text", "masked", "kept"),
    [
        # identifiers after their label
        ("PIN 4471 or ticket 7710", "4471", "7710"),
        ("PIN 4471 oder Ticket 7710", "4471", "7710"),
        ("PIN 4471 oder Rechnung 7710", "4471", "7710"),
        ("PIN 4471 / Bestellung 88231", "4471", "88231"),
        ("PIN 4471 or invoice 7710", "4471", "7710"),
        ("PIN 4471 or order 77100", "4471", "77100"),
        ("PIN 4471 oder Nr. 7710", "4471", "7710"),
        ("PIN 4471 oder #7710", "4471", "7710"),
        ("PIN 4471 oder Kundennummer 88231", "4471", "88231"),
        # amounts
        ("my PIN is 4471 or 1200 euros", "4471", "1200"),
        ("PIN 4471 oder 1200 Euro", "4471", "1200"),
        ("PIN 4471 or $4472", "4471", "4472"),
        ("PIN 4471 or 4472%", "4471", "4472"),
        # a phone number's pieces
        ("PIN 6071, call 0171 555 6071 or 6072", "PIN 6071", "6072"),
        ("PIN 4471 oder Telefon 0171 5556072", "4471", "5556072"),
        # dates, years, times, versions
        ("the PIN is 4471 or 2024", "4471", "2024"),
        ("PIN 4471 oder 2025", "4471", "2025"),
        ("PIN 4471, dann am 12.03.2024 geändert", "4471", "12.03.2024"),
        ("the PIN is 4471 or 14:30", "4471", "14:30"),
        ("my password is Hunter22! or version 2.4.1", "Hunter22!", "2.4.1"),
        ("my pin is 4471 or v4472", "4471", "v4472"),
        # a number of another length
        ("PIN 4471 or 99887766", "4471", "99887766"),
        # a word after a mixed value, a coordinating word after a word
        ("Passwort ist Sommer2024! oder Pfannkuchen?", "Sommer2024!", "Pfannkuchen"),
        ("Kennwort ist Pfannkuchen7 oder Pfannkuchen?", "Pfannkuchen7", "Pfannkuchen?"),
        ("password is cinnamon or later", "cinnamon", "later"),
        # a denied value that is no slip of the real one
        ("the PIN is 4471, not 0815", "4471", "0815"),
        ("Meine PIN ist nicht 0815 sondern 7294", "7294", "0815"),
        ("my PIN isn't 1234, it's 7294", "7294", "1234"),
        # a user before its password
        ("Zugang user123456 / Pass!123456", "Pass!123456", "user123456"),
    ],
)
def test_coordinated_look_alike_kept(text: str, masked: str, kept: str) -> None:
    _kept(text, masked, kept)


# --- the mechanism alone: it only spreads from a mask, and from no value of its own
def _spans(text: str, *values: str, etype: str = PASSWORD) -> list[Entity]:
    return [Entity(etype, text.index(v), text.index(v) + len(v)) for v in values]


def _sibling_texts(text: str, entities: list[Entity]) -> list[str]:
    return [text[e.start : e.end] for e in siblings.siblings(text, entities)]


def test_nothing_masked_nothing_spread() -> None:
    assert siblings.siblings("ticket 7710 or 7711, order 4471 or 4472", []) == []


@pytest.mark.parametrize(
    ("text", "masked", "found"),
    [
        ("the PIN is 4471 or 4417", "4471", ["4417"]),
        ("first it was Summer#2023, then Autumn#2023, then Winter#2023", "Summer#2023", None),
        ("tried Falke!Nest7 and Falke!Nest8, neither works", "Falke!Nest7", ["Falke!Nest8"]),
        ("Kennwort probiert: Wald#Weg11 und Wald#Weg12, beide falsch", "Wald#Weg11", None),
        ("I changed my password from Crimson#Tide8 to Cobalt#Wave9", "Cobalt#Wave9", None),
        ("Ich habe es von Rotkehlchen_5 auf Blaumeise_6 geändert", "Rotkehlchen_5", None),
        ("`qwerty123` was my old one, now it's `Tk!59wPz`", "Tk!59wPz", ["qwerty123"]),
        (
            "my old password Tulpe_2019! got flagged, the new one is Narzisse#20",
            "Tulpe_2019!",
            None,
        ),
        ("Passwort war Zugspitze!62, dann Watzmann!27, beide gehen nicht", "Zugspitze!62", None),
        ("tried aSSaSsin as pw, rejected. tried DolPHIns, rejected.", "aSSaSsin", ["DolPHIns"]),
        ("Passwort ist Struppi oder Bello, eins davon", "Struppi", ["Bello"]),
    ],
)
def test_siblings_of_one_masked_value(text: str, masked: str, found: list[str] | None) -> None:
    got = _sibling_texts(text, _spans(text, masked))
    if found is None:  # every other value of the text
        assert got and all(g != masked for g in got), got
    else:
        assert got == found


def test_a_sibling_has_siblings() -> None:
    text = "first it was Summer#2023, then Autumn#2023, then Winter#2023"
    got = _sibling_texts(text, _spans(text, "Summer#2023"))
    assert sorted(got) == ["Autumn#2023", "Winter#2023"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("password Tr0mb0ne!Sky, then Chrome_120 crashed", "Tr0mb0ne!Sky"),
        ("password Tr0mb0ne!Sky or Inv#12aB", "Tr0mb0ne!Sky"),
        ("Passwort Kx9#mPq2 oder ORD#4471x", "Kx9#mPq2"),
        ("my password is Winter2024!, not the Plan2024 subscription", "Winter2024!"),
        ("my old password was Hunter22! and the new plan is Plan2024", "Hunter22!"),
        ("password is Kx9#mPq2 or E401", "Kx9#mPq2"),
        ("password is Lumen*2024* or RFC 7231", "Lumen*2024*"),
        ("Zugangsdaten: kunde4471 und dann Schneeflocke*3", "Schneeflocke*3"),
        ("Default admin credentials: admin / admin", "admin"),
        ("The password was banana, then when you forced the update it broke", "banana"),
        ("PIN 4471 and GSTIN or the RFC", "4471"),
        ("password Hunter22! then version v2.4.1 or build 7731", "Hunter22!"),
        ("PIN 4471 or 4471 0171 5550", "4471"),
        ("the passphrase Kx9#mPq2 or Chrome 120", "Kx9#mPq2"),
    ],
)
def test_no_sibling_for_what_is_no_value(text: str, masked: str) -> None:
    # the last occurrence is the one masked ("admin / admin": the password after the user)
    start = text.rindex(masked)
    entity = Entity(PASSWORD, start, start + len(masked))
    assert _sibling_texts(text, [entity]) == []


def test_a_credential_spreads_only_to_a_key() -> None:
    text = (
        "token ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z or the ticket OCA-4471 or 12345678901234567"
    )
    got = _sibling_texts(
        text, _spans(text, "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z", etype=CREDENTIAL)
    )
    assert got == []


def test_masked_as_its_masked_value_type() -> None:
    text = "old key sk_live_4eC39HqLyjWDarjtT1zdp7dc, new key sk_live_9xZ81KqPomRStuvW2abc3de4"
    found = siblings.siblings(
        text, _spans(text, "sk_live_4eC39HqLyjWDarjtT1zdp7dc", etype=CREDENTIAL)
    )
    assert [(text[e.start : e.end], e.type) for e in found] == [
        ("sk_live_9xZ81KqPomRStuvW2abc3de4", CREDENTIAL)
    ]


# --- one sender's messages: a value the cue made a password has its siblings
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("my PIN is", "4471 or 4417"), ["4471", "4417"]),
        (("die PIN", "4471 oder 4417, weiß nicht mehr"), ["4471", "4417"]),
        (("PIN?", "2580 or 2850"), ["2580", "2850"]),
    ],
)
def test_sibling_in_a_continuing_message(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    outputs = thread(redactor, *messages)
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


@pytest.mark.parametrize(
    "messages",
    [
        ("my PIN is", "4471 or ticket 7710"),
        ("die PIN", "4471, Rechnung 7710 oder 7711"),
        ("PIN?", "4471 or 1200 euros"),
    ],
)
def test_look_alike_in_a_continuing_message_kept(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    outputs = thread(redactor, *messages)
    assert "4471" not in outputs[-1], outputs
    assert "77" in outputs[-1] or "1200" in outputs[-1], outputs


def test_redacting_twice_changes_nothing(redactor: Redactor) -> None:
    for text in ("the PIN is 4471 or 4417", "Die alte PIN war 4711, die neue 9876"):
        once = redactor.redact(text).text
        assert redactor.redact(once).text == once
