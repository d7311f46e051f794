"""Issue 14: the transcript by email at the end of a chat, redacted, only to the address the
portal verified (mail to a typed address carries none of the sender's words)."""

from __future__ import annotations

import email
from email.policy import default

import pytest

from chat_server.errors import ServiceError
from chat_server.tickets.keys import OUTBOX_DUE, outbox_item
from tests.core.conftest import Core

CID = "conv-transcript-1"


async def queued_mail(core: Core) -> list[str]:
    out = []
    for mail_id in await core.redis.zrange(OUTBOX_DUE, 0, -1):
        item = await core.redis.hgetall(outbox_item(mail_id))
        out.append(item)
    return out


async def test_a_verified_customer_gets_the_redacted_transcript(core: Core) -> None:
    await core.service.sessions.set_identity(CID, "erika@example.com", "Erika")
    await core.customer_says(
        CID, "Guten Tag, meine Karte 4111 1111 1111 1111 geht nicht", locale="de"
    )
    with pytest.raises(ServiceError) as still_open:
        await core.service.transcripts.mail(CID)
    assert still_open.value.code == "conversation_open"
    await core.service.routing.close(CID)
    assert await core.service.transcripts.mail(CID) == {"email": "erika@example.com"}
    [item] = await queued_mail(core)
    assert item["to"] == "erika@example.com" and item["kind"] == "transcript"
    msg = email.message_from_string(item["raw"], policy=default)
    assert str(msg["Subject"]) == "Ihr Chatverlauf"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "meine Karte" in text and "4111 1111 1111 1111" not in text
    assert "Der Chat wurde beendet" not in text  # system messages are left out


async def test_a_typed_address_gets_no_transcript(core: Core) -> None:
    await core.customer_says(CID, "hello")
    await core.service.tickets.contact(CID, "someone@example.com", None)
    await core.service.routing.close(CID)
    with pytest.raises(ServiceError) as refused:
        await core.service.transcripts.mail(CID)
    assert refused.value.code == "not_verified"
    assert not [i for i in await queued_mail(core) if i["kind"] == "transcript"]
