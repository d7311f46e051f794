"""Customer sessions: who may resume which conversation, the portal's signed identity, the
open tabs, the `session` a connection starts with, and the rating a customer leaves."""

from __future__ import annotations

import time
from typing import Any

from chat_server.conversations.events import EventBus, Rated
from chat_server.conversations.messaging import redacted
from chat_server.conversations.state_machine import State
from chat_server.conversations.views import Views
from chat_server.security import CustomerClaims
from chat_server.store.conversations import Conversation, ConversationStore
from chat_server.store.customers import CustomerIndex


class Sessions:
    def __init__(
        self,
        conversations: ConversationStore,
        customers: CustomerIndex,
        views: Views,
        bus: EventBus,
    ) -> None:
        self._conversations = conversations
        self._customers = customers
        self._views = views
        self._bus = bus

    async def resumable(
        self, claims: CustomerClaims, presenter_email: str | None, presenter_subject: str
    ) -> bool:
        """Whether a genuine, unexpired token may resume its conversation for this visitor:
        not revoked (closed or erased since), issued to this identity, and the conversation
        not owned by another signed identity (a shared browser's next customer).

        An anonymous token never resumes for a signed identity: the anonymous chat may hold
        the previous visitor's words, typed address and ticket (the widget keeps tokens per
        identity, so a customer who signs in mid-chat simply starts a fresh one)."""
        if claims.subject != presenter_subject:
            return False
        binding = await self._conversations.token_binding(claims.conversation_id)
        if binding.revoked_ms and claims.issued_ms <= binding.revoked_ms:
            return False
        presenter = presenter_email.strip().lower() if presenter_email else None
        return binding.owner_email is None or binding.owner_email == presenter

    async def set_identity(self, conversation_id: str, email: str, name: str | None) -> None:
        """A portal-signed identity: the conversation's owner, and where its mail goes."""
        await self._conversations.set_contact(
            conversation_id,
            email=email,
            name=redacted(name),
            verified=True,
            identity_email=email,
        )
        if await self._customers.is_limited(email):
            await self._conversations.update(conversation_id, {"limited": True})
        await self._customers.add_identity_conversation(email, conversation_id)

    async def tab_opened(self, conversation_id: str) -> None:
        await self._conversations.tab_opened(conversation_id)

    async def tab_closed(self, conversation_id: str) -> None:
        await self._conversations.tab_closed(conversation_id)

    async def session(
        self, conversation_id: str, after_seq: int | None, fresh: bool
    ) -> dict[str, Any]:
        """The `session` event's State, history and whether older history exists."""
        has_more = False
        history: list[dict[str, Any]] = []
        if fresh:  # a new conversation: nothing to read back
            conv = Conversation(conversation_id, State.BOT, stored=False)
        else:
            conv = await self._conversations.get(conversation_id)
            history, has_more = await self._views.session_history(conversation_id, after_seq)
        # Connect storms (a node restart) must stay cheap: the agents' side of the state
        # may be up to a second old here; every later state is computed fresh.
        state = await self._views.state_of(conv, await self._views.recent_capacity())
        return {"state": state, "history": history, "has_more": has_more}

    async def rate(self, conversation_id: str, score: int, comment: str | None) -> None:
        await self._conversations.update(
            conversation_id,
            {"rating": score, "rating_comment": redacted(comment), "rated_at": time.time()},
        )
        await self._bus.publish(Rated(conversation_id, score))
