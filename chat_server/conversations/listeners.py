"""Listeners that turn domain events into metrics and mail (Socket.IO emits are
chat_server.realtime.outbound's; bot turns and ticket threads are the services' own)."""

from __future__ import annotations

from chat_server import metrics
from chat_server.conversations.events import (
    EventBus,
    MessageStored,
    Rated,
    TicketOpened,
    TranscriptRequested,
    Transitioned,
)
from chat_server.conversations.state_machine import Event
from chat_server.tickets import TicketMailer

_CUSTOMER_HANDOFFS = frozenset({"customer", "customer_button"})


class MetricsListener:
    def attach(self, bus: EventBus) -> None:
        bus.subscribe(MessageStored, self.on_message)
        bus.subscribe(Transitioned, self.on_transition)
        bus.subscribe(TicketOpened, self.on_ticket)
        bus.subscribe(Rated, self.on_rated)

    async def on_message(self, event: MessageStored) -> None:
        author = event.message.get("author")
        if author != "system":
            metrics.MESSAGES.labels(author).inc()

    async def on_transition(self, event: Transitioned) -> None:
        if event.event is Event.HANDOFF:
            source = event.reason if event.reason in _CUSTOMER_HANDOFFS else "bot"
            metrics.HANDOFFS.labels(source).inc()
        elif event.event is Event.ACCEPT and event.before.queued_at:
            metrics.TIME_TO_ACCEPT.observe(max(0.0, event.at - event.before.queued_at))
        elif event.event is Event.RESOLVE:
            metrics.RESOLVED.inc()

    async def on_ticket(self, event: TicketOpened) -> None:
        if not event.contact_set:
            metrics.TICKETS.labels("chat").inc()

    async def on_rated(self, event: Rated) -> None:
        metrics.RATINGS.labels(str(event.score)).inc()


class MailListener:
    """A chat's ticket is confirmed to the customer by mail once an address is known."""

    def __init__(self, mailer: TicketMailer) -> None:
        self._mailer = mailer

    def attach(self, bus: EventBus) -> None:
        bus.subscribe(TicketOpened, self.on_ticket)
        bus.subscribe(TranscriptRequested, self.on_transcript)

    async def on_ticket(self, event: TicketOpened) -> None:
        if event.contact_set or event.conversation.customer_email:
            await self._mailer.ticket_opened(event.ticket)

    async def on_transcript(self, event: TranscriptRequested) -> None:
        conv = event.conversation
        if conv.verified and conv.customer_email:  # checked by the service; never otherwise
            await self._mailer.chat_transcript(
                conv.customer_email, conv.customer_name, conv.locale, event.messages
            )
