"""The cheap tests in front of slow scans never skip a text the scan would match."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import password_features, precheck
from redaction.recognizers import card, card_details

# Pieces of the words the gated patterns look for, in several cases, with near misses,
# digits, digit words, separators and a few non-ASCII letters (the slow path's texts).
PIECES = [
    *"pass PASS Pw pwd kennw Zugang cred anmeld log-in LOGON sign-in Einlogg sudo PIN tan".split(),
    *"otp 2FA geheim Losung WLAN wi-fi WiFi wpa Netzwerk network pa ss lo gin".split(),
    *"cvc CVV cid security Sicherheitscode back hinten Prüfziffer code number is: ist".split(),
    *"one two three oh null acht fünf vier seven nine Nine ONE".split(),
    *"IMEI meid IBAN Order Bestellnummer Auftrags-Nr invoice Rechnung tracking Sendung".split(),
    *"Paket parcel shipment Kundennummer customer no serial Seriennummer s/n S/N Ticket".split(),
    *"Vorgang Zahlungsreferenz reference ref Aktenzeichen case Mandatsreferenz mandate".split(),
    *"Gläubiger-ID creditor id phone Tel Telefon Handy mobil fax ISBN ean gtin UPC".split(),
    *"Vertragsnummer contract transaction Transaktion Kontonummer account number member".split(),
    *"Mitgliedsnummer loyalty Bonusnummer payback client_id user_no card_id karte card".split(),
    *"4111 1111 123 0329 12/28 7 ſ İ K é".split(),
    " ",
    "  ",
    ", ",
    ": ",
    "-",
    "\n",
    "_",
    "/",
]

texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(texts, st.text(max_size=40)))
def test_any_trigger_is_the_case_blind_search(text: str) -> None:
    # (round 43) every literal's case-blind match, overlapping ones too, a PIN literal only
    # where it is a PIN word (``_PIN_CORE_AT``): "PINPIN" and "Kastanie" hold none
    pf = password_features
    expected = any(
        m.group().lower() not in pf._PIN_LITERALS or pf._PIN_CORE_AT.match(text, m.start())
        for m in pf._ANY_TRIGGER.finditer(text, overlapped=True)
    )
    assert pf.any_trigger(text) is expected


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(texts, st.text(max_size=40)))
def test_any_trigger_holds_every_reaching_word(text: str) -> None:
    # soundness: a token whose core is a password, login, PIN or Wi-Fi word (the learned
    # stage's candidates need one) makes the gate true
    pf = password_features
    if any(pf.word_kind(t.core) in ("pw", "login", "pin", "wifi") for t in pf.tokens(text)):
        assert pf.any_trigger(text)


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(texts, st.text(max_size=40)))
def test_a_labelled_cvc_has_a_digit_or_digit_words(text: str) -> None:
    if card_details._LABELLED_CVC.search(text) is not None:
        assert card_details._CVC_VALUE_HINT.search(text) is not None


@settings(max_examples=1000, deadline=None)
@given(text=st.one_of(texts, st.text(max_size=40)))
def test_an_announcing_word_holds_one_of_the_literals(text: str) -> None:
    if text.isascii() and card._NOT_CARD_CONTEXT.search(text) is not None:
        assert card._NOT_CARD_LITERALS.search(text.lower()) is not None


@pytest.mark.parametrize(
    "before",
    [
        "my IMEI is ",
        "Bestellnummer: ",
        "Zahlungsreferenz ",
        "customer  number ",
        "S/N ",
        "client_id: ",
        "Kontonummer ",
        "Mitglieds-Nr. ",
    ],
)
def test_every_announcing_word_passes_the_literal_test(before: str) -> None:
    assert card._NOT_CARD_CONTEXT.search(before) is not None
    assert card._NOT_CARD_LITERALS.search(before.lower()) is not None


@pytest.mark.parametrize("text", ["CVC: 123", "cvv one two three", "Prüfziffer 4 5 6"])
def test_labelled_cvcs_pass_the_value_test(text: str) -> None:
    assert card_details._LABELLED_CVC.search(text) is not None
    assert card_details._CVC_VALUE_HINT.search(text) is not None


@settings(max_examples=1000, deadline=None)
@given(
    text=st.one_of(
        st.text(alphabet=st.sampled_from(list("abcXYZ019._- \n!?")), max_size=40),
        texts,
    )
)
def test_a_twice_fragment_matches_only_where_its_word_is_found_twice(text: str) -> None:
    for needle, twice in zip(precheck._NEEDLES, precheck._TWICE, strict=True):
        if twice is None or needle.search(text) is None:
            continue
        scan = twice[0] if text.isascii() else twice[1]  # (round 40: also in other text)
        first = scan.search(text)
        assert first is not None and scan.search(text, first.end()) is not None


def test_the_two_words_with_a_number_fragment_has_a_twice_gate() -> None:
    assert any(twice is not None for twice in precheck._TWICE)


# A 13-digit Visa (Luhn-valid) read out in three parts: the fewest digits such a card has,
# and the text holds no other digit (the edge of ``card._too_few_to_spell``).
_VISA_13 = "4222222222008"
_SPELLED_13 = f"erste Gruppe {_VISA_13[:4]}, zweite Gruppe {_VISA_13[4:8]}, dritte {_VISA_13[8:]}"


def test_a_spelled_card_at_the_digit_gates_edge_is_found() -> None:
    from redaction import Redactor

    assert sum(ch.isdigit() for ch in _SPELLED_13) == card.MIN_DIGITS_WITHOUT_CARD_WORD
    assert not card._too_few_to_spell(_SPELLED_13)
    assert card.might_spell_card(_SPELLED_13)
    for redactor in (Redactor(), Redactor(precheck=False)):
        out = redactor.redact_text(_SPELLED_13)
        assert not any(ch.isdigit() for ch in out), out


def test_one_digit_fewer_is_ruled_out_by_the_digit_gate() -> None:
    text = _SPELLED_13[:-1]  # twelve digits: no card is read out of them
    assert card._too_few_to_spell(text)
    assert card._spelled_out(text, [], []) == []
    assert not card.might_spell_card(text)


_SPELL_PIECES = [
    *"4222 2222 22008 5312 0000 4111 1111 123 12 7 0".split(),
    *"erste zweite dritte Gruppe first next then last block and und dann card".split(),
    " ",
    ", ",
    ". ",
    "\n",
]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_SPELL_PIECES), max_size=16).map("".join))
def test_the_digit_gate_skips_no_spelled_card(text: str) -> None:
    chains = [m.span() for m in card._CHAIN_STD.finditer(text)]
    gated = card._spelled_out(text, chains, [])
    with mock.patch.object(card, "_too_few_to_spell", return_value=False):
        assert card._spelled_out(text, chains, []) == gated
