"""Signed mail identifiers: what proves an inbound mail answers (or bounces) our mail."""

from __future__ import annotations

import pytest

from chat_server.tickets import signing

KEY = b"k" * 32
OTHER_KEY = b"o" * 32
SUPPORT = "support@oneclickactions.com"


def test_message_id_names_its_ticket_and_survives_case_changes() -> None:
    msgid = signing.message_id(KEY, "OCA-000042", "oneclickactions.com")
    assert signing.ticket_of_message_id(KEY, msgid) == "OCA-000042"
    assert signing.ticket_of_message_id(KEY, msgid.upper()) == "OCA-000042"
    assert signing.message_id(KEY, "OCA-000042", "x") != signing.message_id(KEY, "OCA-000042", "x")


@pytest.mark.parametrize(
    "forge",
    [
        lambda m: m.replace("OCA-000042", "OCA-000043"),  # another ticket's number
        # a made-up mac
        lambda m: m.rpartition("@")[0].rpartition(".")[0] + ".0000000000000000@x.com>",
        lambda m: "<OCA-000042.abcdef@oneclickactions.com>",  # the old, unsigned shape
        lambda m: "",
        lambda m: m + "x",
    ],
)
def test_forged_message_ids_prove_nothing(forge: object) -> None:
    msgid = signing.message_id(KEY, "OCA-000042", "oneclickactions.com")
    assert callable(forge)
    assert signing.ticket_of_message_id(KEY, forge(msgid)) is None
    assert signing.ticket_of_message_id(OTHER_KEY, msgid) is None


def test_reply_address() -> None:
    address = signing.reply_address(KEY, "OCA-000042", SUPPORT)
    assert address.startswith("support+OCA-000042.") and address.endswith("@oneclickactions.com")
    assert signing.ticket_of_reply_address(KEY, address, SUPPORT) == "OCA-000042"
    assert signing.ticket_of_reply_address(KEY, f"<{address.upper()}>", SUPPORT) == "OCA-000042"
    assert signing.ticket_of_reply_address(KEY, address.replace("42.", "43."), SUPPORT) is None
    assert signing.ticket_of_reply_address(KEY, address, "help@oneclickactions.com") is None
    assert signing.ticket_of_reply_address(OTHER_KEY, address, SUPPORT) is None
    assert signing.ticket_of_reply_address(KEY, SUPPORT, SUPPORT) is None
    assert signing.is_support_address(address, SUPPORT)
    assert not signing.is_support_address("support@evil.example", SUPPORT)


def test_bounce_address_binds_ticket_and_recipient() -> None:
    address = signing.bounce_address(KEY, "OCA-000042", "Bob@X.de", SUPPORT)
    tag = signing.bounce_tag(address, SUPPORT)
    assert tag is not None and tag[0] == "OCA-000042"
    assert signing.bounce_valid(KEY, "OCA-000042", "bob@x.de", tag[1])
    assert not signing.bounce_valid(KEY, "OCA-000042", "victim@x.de", tag[1])
    assert not signing.bounce_valid(KEY, "OCA-000043", "bob@x.de", tag[1])
    assert signing.bounce_tag(SUPPORT, SUPPORT) is None
    assert signing.bounce_tag(signing.reply_address(KEY, "OCA-1", SUPPORT), SUPPORT) is None
