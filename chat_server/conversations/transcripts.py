"""A chat's transcript by email, when the customer asks at its end (`close {"transcript":
true}` or `transcript {}` after it was resolved or closed).

Only to the portal-verified address: mail to an address nobody verified carries none of
the sender's words (docs/security.md), and a transcript is nothing but words, so a customer
who only typed an address is not offered one (`not_verified`). The messages are the stored
ones, redacted when they were written; system messages are left out.
"""

from __future__ import annotations

from typing import Any

from chat_server.conversations.events import TranscriptRequested
from chat_server.conversations.shared import ConversationActor
from chat_server.conversations.state_machine import State
from chat_server.errors import ServiceError, refuse
from chat_server.store.conversations import Conversation

NOT_VERIFIED_TEXT = (
    "A transcript is mailed only to the address your customer portal sign-in confirmed."
)
STILL_OPEN_TEXT = "The transcript is mailed once the chat has ended."
ENDED = frozenset({State.RESOLVED, State.CLOSED})


class Transcripts(ConversationActor):
    async def check(self, conversation_id: str) -> Conversation:
        """The conversation if its transcript may be mailed (once it has ended); refuses
        `not_found` and `not_verified`. `close {"transcript"}` asks this first, so a refusal
        leaves the chat open."""
        conv = await self._conversations.get(conversation_id)
        if not conv.stored:
            raise refuse("not_found")
        if not conv.verified or conv.customer_email is None:
            raise ServiceError("not_verified", NOT_VERIFIED_TEXT)
        return conv

    async def mail(self, conversation_id: str) -> dict[str, Any]:
        conv = await self.check(conversation_id)
        if conv.state not in ENDED:
            raise ServiceError("conversation_open", STILL_OPEN_TEXT)
        said = [m for m in await self._messages.transcript(conv.id) if m["author"] != "system"]
        await self._bus.publish(TranscriptRequested(conv, said))
        return {"email": conv.customer_email}
