"""Round 30, credentials, card codes and cards: machine-made secrets by their shape (an
Azure client secret's tilde, an Atlassian token cut short, a vendor's kind-tagged token, an
API key given to curl as its user), a card's code under a payment API's key or column, a
code corrected in a list or denied as a slip of itself, recovery codes listed in a fence or
as inline code, and a card number sent under another label that the next message calls a
card. Cases in our own words (EN, DE); each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CARD_CVC
from tests.redaction.helpers import redacted, stored


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an Azure client secret in a short head, a tilde and the secret alphabet
        (
            "the app secret is 5Z~aQ8.Lm3Xr7Tw_2KvNb9PcY4dHs1Gf6Jk0",
            ["5Z~aQ8.Lm3Xr7Tw_2KvNb9PcY4dHs1Gf6Jk0"],
        ),
        (
            "- `client_secret`: Rk3~pW7.hTz4_Nq8LmVx2CsYb6dJ-eFa9uGo",
            ["Rk3~pW7.hTz4_Nq8LmVx2CsYb6dJ-eFa9uGo"],
        ),
        # an Atlassian API token cut well short of its issued length
        (
            "Jira token ATATT3yHhJ1Lp0Wq8Nz5Xv2Ks7Ta4Mb9Rc6Ed3Fg0Ju8Io5Pl2Qm7Wn4=B5C6D7E8",
            ["ATATT3yHhJ1Lp0Wq8Nz5Xv2Ks7Ta4Mb9Rc6Ed3Fg0Ju8Io5Pl2Qm7Wn4=B5C6D7E8"],
        ),
        # a vendor's token tagged with its kind
        (
            "pasted `zyx_pat_Lp3Ok9Ij7Uh5Yg1Tf8Rd2Es4W` into the CLI",
            ["zyx_pat_Lp3Ok9Ij7Uh5Yg1Tf8Rd2Es4W"],
        ),
        (
            "Signatur-Schlüssel: **hk_sec_3mQ9wZ2xR7vL4pT8kN6cB1yH5d**",
            ["hk_sec_3mQ9wZ2xR7vL4pT8kN6cB1yH5d"],
        ),
        # an API key as curl's user, the password left empty
        (
            "curl https://api.example.net/v1/charges -u skey_live_8821qwxzplmr04nbvcy: -d amount=5",
            ["skey_live_8821qwxzplmr04nbvcy"],
        ),
        # a card's code under a payment API's key or in a column its header names
        ('{"pan":"4111111111111111","verification_code":"472","exp":"09/31"}', ["472"]),
        ("name;card_number;verification_value\nM. Kraus;5555555555554444;8831", ["8831"]),
        # a code corrected on a list's next item
        (
            "1. Karte: 4111 1111 1111 1111\n2. Prüfziffer: 517\n3. sorry, 571, falsch gelesen",
            ["517", "571"],
        ),
        # a code denied as a slip of the real one
        ("Die Prüfziffer ist nicht 385, sondern 358. Karte 4111 1111 1111 1111", ["385", "358"]),
        # recovery codes in a fence or as inline code under their heading
        (
            "My backup codes (are these still ok?):\n```\nq4lm-9zr2\nw8dc-3kt7\n```",
            ["q4lm-9zr2", "w8dc-3kt7"],
        ),
        ("Backup-Codes fürs Konto:\n- `P3XK-7RTM`\n- `L9WQ-2CVH`", ["P3XK-7RTM", "L9WQ-2CVH"]),
    ],
)
def test_found(redactor: Redactor, text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the card number of an order: the card word names the number, the order its owner
        ("card number on the declined order: 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("Kartennummer der letzten Bestellung: 5555 5555 5555 4444", ["5555 5555 5555 4444"]),
        # a made-up secret that names itself, given to a secret in prose
        ("Für die Signatur: Das Secret ist dev-secret, reicht das?", ["dev-secret"]),
        ("our signing key is super_secret_key for now", ["super_secret_key"]),
    ],
)
def test_found_more(redactor: Redactor, text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an order's number stays an order's (no card word names it)
        ("order number: 6011 0009 9013 9424, please check", "6011 0009 9013 9424"),
        # a secret described, or the name it is kept under
        ("the token is self-signed", "self-signed"),
        ("the secret is secret-key-ref in the vault", "secret-key-ref"),
    ],
)
def test_kept_more(redactor: Redactor, text: str, kept: str) -> None:
    out = redacted(text)
    assert kept in out, (kept, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a tilde in a path or a home directory, a body of one case
        (
            "files live under https://example.org/~maintainer/Archive2024_reports-and-notes.v2",
            "Archive2024",
        ),
        (
            "build id abc1~abcdefghijklmnopqrstuvwxyz0123456789ab",
            "abc1~abcdefghijklmnopqrstuvwxyz0123456789ab",
        ),
        # a kind-tagged name of code words, or a body without capitals
        (
            "the class app_secret_ValidationHandlerFactoryImpl fails",
            "app_secret_ValidationHandlerFactoryImpl",
        ),
        (
            "column app_key_abcdefghijklmn0123456789xyz is empty",
            "app_key_abcdefghijklmn0123456789xyz",
        ),
        # curl's user with an empty password that is a name, not a key
        ("curl -u deploy-service-account: https://ci.example.net/api", "deploy-service-account"),
        # a list's next item with no correction in it
        ("1. Card: 4111 1111 1111 1111\n2. Security code: 481\n3. Room 418", "418"),
        # a denied value that is no slip of the code
        ("Die Prüfziffer ist nicht 952, sondern 358. Karte 4111 1111 1111 1111", "952"),
    ],
)
def test_kept(redactor: Redactor, text: str, kept: str) -> None:
    out = redacted(text)
    assert kept in out, (kept, out)


@pytest.mark.parametrize(
    "text",
    ['{"email":"a@b.de","verification_code":"4821"}', "user,verification_code\nanna,4821"],
)
def test_verification_code_without_card_is_no_cvc(redactor: Redactor, text: str) -> None:
    # a sign-in's verification code (a one-time code's rules judge it), not a card's
    assert CARD_CVC not in redactor.redact(text).types


def test_card_named_by_next_message(redactor: Redactor) -> None:
    out = stored(redactor, "Auftragsnummer: 6011 0009 9013 9424", "oh, das war die EC-Karte")
    assert "6011 0009 9013 9424" not in out[0], out
    assert out[1] == "oh, das war die EC-Karte"
    out = stored(redactor, "order no. 378282246310005", "ugh no that's my amex, delete please")
    assert "378282246310005" not in out[0], out


@pytest.mark.parametrize(
    "later",
    ["thanks, that's my order", "das ist nicht die Karte, das ist die Bestellung"],
)
def test_order_number_stays(redactor: Redactor, later: str) -> None:
    out = stored(redactor, "order number: 378282246310005", later)
    assert "378282246310005" in out[0], out


@pytest.mark.parametrize(
    ("first", "second", "value"),
    [
        ("the code on the back is 639", "oh wait no, 693. sorry", "693"),
        ("Prüfziffer 552", "sorry, ich meine 525", "525"),
    ],
)
def test_cvc_corrected_next_message(
    redactor: Redactor, first: str, second: str, value: str
) -> None:
    out = stored(redactor, first, second)
    assert value not in out[1], out


@pytest.mark.parametrize(
    "second",
    # no slip of the code: another number ("my door code", an amount)
    ["wait no, 935 is the door code", "no, 6399 euros in total"],
)
def test_cvc_correction_needs_a_slip(redactor: Redactor, second: str) -> None:
    out = stored(redactor, "the code on the back is 639", second)
    assert out[1] == second, out


def test_uuid_key_rest_in_next_message(redactor: Redactor) -> None:
    out = stored(redactor, "the api secret is 3e1b7c22-90af-4c1d-8e2b-7d", "a41c9e02f3")
    assert "a41c9e02f3" not in out[1], out


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # not the missing count of hex digits: a year, a word
        ("the api secret is 3e1b7c22-90af-4c1d-8e2b-7d", "2024"),
        # the UUID was whole: nothing is missing
        ("the api secret is 3e1b7c22-90af-4c1d-8e2b-7d41c9e02f3a", "deadbeef"),
    ],
)
def test_uuid_rest_needs_the_missing_length(redactor: Redactor, first: str, second: str) -> None:
    out = stored(redactor, first, second)
    assert out[1] == second, out


def test_card_over_lines_keeps_no_digits(redactor: Redactor) -> None:
    # its last group alone on a line is a piece given on its own: none of it is shown
    out = redacted("Karte:\n5555\n5555\n5555\n4444")
    assert "4444" not in out, out
    # on one line the card keeps its last four, as everywhere
    assert redacted("Karte: 5555 5555 5555 4444").endswith("4444")
