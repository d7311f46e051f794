"""Round 44 (credentials that still passed): a key a conversation named and then sent in
pieces, each a message of its own (``conversation_scope``'s key kind); a later message
naming what a key was for ("that's the signing secret"); a secret named in the sentence
beside its value (``credential_sentences``). Each with hard twins of the same shape whose
answer is the opposite. Values, names and hosts are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.continuation import Continuation
from redaction.conversation_scope import KEY_KIND, kind_of

# --- a key named, then sent in pieces --------------------------------------------------

PIECES = [
    # (messages, the pieces that must not survive as they arrive)
    (
        ["we regenerated the integration token just now", "4be91f07d2", "c3a8 6e15 9f0b"],
        ["4be91f07d2", "c3a8 6e15 9f0b"],
    ),
    (
        ["hier der API-Token aus dem Portal, kommt in Teilen", "7f2a91c4e0", "b83d 5e6f 0a1c"],
        ["7f2a91c4e0", "b83d 5e6f 0a1c"],
    ),
    (
        ["the bot token is next", "88120457-3301-", "Vd4kR9mTq2Lx7Wn5Bc8Zp1Hs"],
        ["88120457-3301-", "Vd4kR9mTq2Lx7Wn5Bc8Zp1Hs"],
    ),
    (
        [
            "der API-Schlüssel aus den Einstellungen",
            "e5c1d9a07b (wurde beim Kopieren abgeschnitten)",
        ],
        ["e5c1d9a07b"],
    ),
]

PIECE_TWINS = [
    # a sentence after the key's name, not a piece of it
    ["the api key stopped working", "still 401"],
    ["token läuft nicht mehr", "kommt immer 403"],
    ["the token refresh broke", "commit 4e7a1c9"],
    ["der token ist abgelaufen", "geht seit montag nicht"],
    # a key shown cut short on purpose
    ["the api key in the dashboard", "sk-proj-Wm4T...q8z"],
    # a record whose format says what it is
    ["der token kommt per SMS an diese nummer", "+49 1517 2280 4419"],
]


@pytest.mark.parametrize(("messages", "pieces"), PIECES)
def test_key_pieces_masked_on_arrival(
    redactor: Redactor, messages: list[str], pieces: list[str]
) -> None:
    thread = Continuation(redactor)
    outs = [str(thread.redact(m).text) for m in messages]
    for piece in pieces:
        assert all(piece not in out for out in outs), outs


@pytest.mark.parametrize("messages", PIECE_TWINS)
def test_piece_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    thread = Continuation(redactor)
    assert [str(thread.redact(m).text) for m in messages] == messages


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("here's the admin token from the app settings", KEY_KIND),
        ("der API-Schlüssel aus den Einstellungen", KEY_KIND),
        # named only inside a quoted error: the error's words, no key announced
        ("payments fail since monday, all with 'invalid api key'", ""),
        ('der Connector meldet "token expired" seit gestern', ""),
    ],
)
def test_key_kind_named(line: str, kind: str) -> None:
    assert kind_of(line, lambda _: False) == kind


# --- a later message names what the key was for -----------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "that's the signing secret from the dashboard",
        "das ist das Webhook-Secret aus dem Portal",
        "thats the shared secret for the hmac",
    ],
)
def test_key_named_later_by_its_use(redactor: Redactor, later: str) -> None:
    thread = Continuation(redactor)
    thread.redact("5d0e8b3f7a2c9e41b6d8f0a3c5e7b9d2")
    thread.redact(later)
    assert any(str(again.text) == "[CREDENTIAL]" for _, again in thread.amended)


@pytest.mark.parametrize(
    "later",
    ["that's the webhook id from the dashboard", "das ist die Signier-Zeit aus dem Log"],
)
def test_other_thing_named_later_stays(redactor: Redactor, later: str) -> None:
    thread = Continuation(redactor)
    thread.redact("5d0e8b3f7a2c9e41b6d8f0a3c5e7b9d2")
    thread.redact(later)
    assert not thread.amended


# --- a secret named in the sentence beside its value -------------------------------------

NEIGHBOURS = [
    (
        "Does it matter that the new API key looks like the old one? "
        "3c7e1a9f5b2d8c40e6a1f3b7d9c2e5a8",
        "3c7e1a9f5b2d8c40e6a1f3b7d9c2e5a8",
    ),
    (
        "Die Schnittstelle erwartet das Secret im Header. "
        "Bei uns eingetragen ist: b4f8d2a6c0e19f3b7d5a8c2e6f0b4d17",
        "b4f8d2a6c0e19f3b7d5a8c2e6f0b4d17",
    ),
    (
        "Der Shop braucht ein Webhook-Secret. "
        "Ich habe 'Qm7-tz4K-Wp82-Lx9c' eingetragen, geht trotzdem nicht.",
        "Qm7-tz4K-Wp82-Lx9c",
    ),
    (
        "Our webhook needs the signing secret in a header. "
        "What we stored is: 9e2b7d4f1a6c3e8b0d5f2a7c4e9b1d63",
        "9e2b7d4f1a6c3e8b0d5f2a7c4e9b1d63",
    ),
    (
        "Beim Export bleibt der Wert Rz8KqW2mT5vXy9LbN4cPd7Hs3Fg6Jk1A stehen. "
        "Das ist unser Signier-Token.",
        "Rz8KqW2mT5vXy9LbN4cPd7Hs3Fg6Jk1A",
    ),
    # a colon after the token's own words hands the token over
    (
        "the token for the release, the one we rotated:\n5d2a8f1c7e3b9d04a6c2e8f1b5d3a7c9",
        "5d2a8f1c7e3b9d04a6c2e8f1b5d3a7c9",
    ),
    (
        "the log still shows Hw4Tz9Qk2Mx7Vb5Nc8Rp3Ls6Dj1Fg0Ya in clear text. "
        "That's our API token, please purge it.",
        "Hw4Tz9Qk2Mx7Vb5Nc8Rp3Ls6Dj1Fg0Ya",
    ),
]

NEIGHBOUR_TWINS = [
    # the next sentence's value has its own label that names something else
    "The token refresh fails since Monday. Request id: 7d3f9b1e5a2c8e40f6b2d4a8c1e3f5b7",
    "Der API-Schlüssel funktioniert nicht. Bestellnummer: AB7-22K91-X4",
    # the sentence names the key's id, not the key
    "Is it a problem that the API key id is the same as the old one? "
    "3c7e1a9f5b2d8c40e6a1f3b7d9c2e5a8",
    # the next sentence gives a commit, an error, a plain word
    "The token refresh broke. Since commit 9a4c2e7f1b3d5a8c0e6f2b4d7a9c1e3f5b8d0a2c it fails.",
    "Wir brauchen ein neues Secret. Ich habe Sommerurlaub eingetragen.",
    # a colon after naming another thing hands that thing over (integrator, round 44)
    "the token for the release, built from this commit:\n4b8e1d7a2c9f3e5b0d6a8c1f4e7b2d9a",
    "Der Token kommt aus dem Build, hier die Prüfsumme:\n9f3c6a1e8d2b5f7a0c4e9d1b6a3f8c2e",
    # pointing back at something that is no secret
    "Beim Export bleibt der Wert Rz8KqW2mT5vXy9LbN4cPd7Hs3Fg6Jk1A stehen. "
    "Das ist unsere Auftragsnummer.",
    # a configuration's lines: each name labels its own value
    "SESSION_TOKEN_TTL=7200\nBUILD_COMMIT=5e9a1c7f3b2d8e4a6c0f1b9d7e3a5c2f8b4d6e0a",
    "chart values:\n  existingSecret: shop-api\n  region: eu-west-3",
    # a value that carries its own label: a request's signature, not the shared secret
    "The HMAC check fails though the shared secret matches. "
    "Example header: sha256=4c8e2a6f0b9d1e3c5a7f2b4d6e8a0c1f3b5d7e9a2c4f6b8d0e1a3c5f7b9d2e4a",
    # the secret named and its value in one sentence two sentences apart from a token
    "Our API key was rotated. The deploy went fine. Build 2024.11.3 is live.",
]


@pytest.mark.parametrize(("text", "secret"), NEIGHBOURS)
def test_secret_named_beside_its_value(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in str(redactor.redact(text).text)


@pytest.mark.parametrize("text", NEIGHBOUR_TWINS)
def test_neighbour_twins_stay(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text
