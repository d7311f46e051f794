"""Issue 14: every mail of a ticket (confirmation, agent reply, closing) is in the customer's
language, taken from the widget's locale (stored on the conversation and the ticket)."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default

from chat_server.tickets.keys import OUTBOX_DUE, outbox_item
from chat_server.tickets.service import TicketService
from tests.core.conftest import Core


async def mails(core: Core) -> list[EmailMessage]:
    out = []
    for mail_id in await core.redis.zrange(OUTBOX_DUE, 0, -1):
        raw = await core.redis.hget(outbox_item(mail_id), "raw")
        out.append(email.message_from_string(raw, policy=default))
    return sorted(out, key=lambda m: str(m["Date"]))


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


async def ticket_mails(core: Core, cid: str, locale: str) -> list[EmailMessage]:
    await core.service.sessions.set_identity(cid, f"{cid}@example.com", "Erika")
    await core.service.tickets.open_ticket(cid, text="Rechnung doppelt", locale=locale)
    await core.settle()
    conv = await core.service.conversations.get(cid)
    assert conv.locale == locale and conv.ticket_number
    service = TicketService.build(core.redis, core.settings)
    anna = await core.agent("Anna")
    await service.reply(conv.ticket_number, anna, "Wir haben es korrigiert.")
    await service.close(conv.ticket_number, anna)
    return await mails(core)


async def test_german_customers_get_german_mail(core: Core) -> None:
    sent = await ticket_mails(core, "conv-mail-de", "de-DE")
    assert len(sent) == 3
    confirmation, reply, closing = sent
    assert "Wir haben Ihre Anfrage erhalten" in str(confirmation["Subject"])
    text = body(confirmation)
    assert text.startswith("Guten Tag Erika,") and "bis " in text and "Ihr Chat:" in text
    assert "we have received" not in text and "Sie:" in text  # the transcript's "You"
    assert str(reply["Subject"]).split("] ", 1)[1].startswith("AW: ")
    assert "Antworten Sie auf diese E-Mail" in body(reply)
    assert "Geschlossen:" in str(closing["Subject"])
    assert "geschlossen" in body(closing) and "closed" not in body(closing)


async def test_english_stays_english(core: Core) -> None:
    sent = await ticket_mails(core, "conv-mail-en", "en-GB")
    assert [str(m["Subject"]).split("] ", 1)[1].split(":")[0] for m in sent] == [
        "We received your request",
        "Re",
        "Closed",
    ]
    assert body(sent[0]).startswith("Hello Erika,")
