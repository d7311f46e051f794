"""Bot turns: a customer message in state `bot` goes to Rasa; its replies are stored and its
custom payloads (handoff, limit, ticket status) acted on."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Coroutine
from typing import Any

from chat_server import metrics
from chat_server.bot_bridge import BotBridge, BotFailure, BotReply
from chat_server.conversations import texts
from chat_server.conversations.bot_turns import BotTurnQueue
from chat_server.conversations.events import CustomerWrote, MessageMaskedAgain
from chat_server.conversations.messaging import Messages, redact, redacted
from chat_server.conversations.routing import Routing
from chat_server.conversations.shared import ConversationActor, Shared
from chat_server.conversations.state_machine import Route, State
from chat_server.errors import ServiceError
from chat_server.store.conversations import Conversation
from chat_server.store.unhandled import UnhandledLog
from chat_server.tickets import TicketStore
from redaction import Redacted, swap_line

log = logging.getLogger("chat_server.conversations")

REQUEST_HUMAN_PAYLOAD = texts.REQUEST_HUMAN_PAYLOAD
TICKET_NUMBER = re.compile(r"^OCA-\d{6}$")
BOT_TYPING_AFTER_S = 0.3


class _DelayedTyping:
    """Shows the bot typing only if it has not answered within `delay_s`: it usually answers
    in tens of milliseconds, which saves two emits across the Redis bus on most turns (and a
    timer, not a task, waits: nothing to create and cancel on every turn)."""

    def __init__(self, messages: Messages, conv: Conversation, delay_s: float) -> None:
        self._messages = messages
        self._conv = conv
        self._shown: asyncio.Task[None] | None = None
        self._timer = asyncio.get_running_loop().call_later(delay_s, self._show)

    def _show(self) -> None:
        self._shown = asyncio.create_task(self._messages.typing(self._conv, "bot", True))

    async def stop(self) -> None:
        self._timer.cancel()
        if self._shown is not None:
            await self._shown  # "typing" is never switched off before it was switched on
            await self._messages.typing(self._conv, "bot", False)


class BotTurns(ConversationActor):
    def __init__(
        self,
        shared: Shared,
        routing: Routing,
        tickets: TicketStore,
        unhandled: UnhandledLog,
        bot: BotBridge,
    ) -> None:
        super().__init__(shared)
        settings = shared.settings
        self._routing = routing
        self._tickets = tickets
        self._unhandled = unhandled
        self._bot = bot
        # Keep references to background tasks so they are not garbage collected.
        self._tasks: set[asyncio.Task[None]] = set()
        # Bot turns of one conversation run one after another so replies keep their order,
        # with a bounded number waiting (no task per message).
        self.queue = BotTurnQueue(
            self.turn, self._spawn, settings.bot_turns_queued_max, settings.max_message_chars
        )
        # The address of a conversation's latest customer message, kept while its bot turns
        # run: the bot's handoffs count against that address's hourly handoffs.
        self._turn_address: dict[str, str] = {}
        # The conversation as read with the customer's message, for a turn that starts at
        # once: it need not be read again before Rasa's call. A turn that waited reads it.
        self._fresh: dict[str, Conversation] = {}
        # Messages of a conversation masked anew while its bot turns run, (before, after):
        # a turn that ends unhandled records its text with them applied.
        self._masked_again: dict[str, list[tuple[str, Redacted]]] = {}

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, wait_s: float = 5.0) -> None:
        """Wait for running bot turns (graceful shutdown, tests)."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=wait_s)

    async def on_customer_wrote(self, event: CustomerWrote) -> None:
        """Listener: a message in state `bot` starts (or joins) a bot turn."""
        if event.route is not Route.BOT:
            return
        conversation_id = event.conversation.id
        if event.address is not None:
            self._turn_address[conversation_id] = event.address
        text: Redacted = event.message["text"]
        if not self.queue.running(conversation_id):
            self._fresh[conversation_id] = event.conversation
        self.queue.submit(conversation_id, event.bot_input, text, typed=event.typed)
        # After the submit: the turn's own reads and Rasa's call need not wait for this write.
        await self._conversations.touch_bot_activity(conversation_id)

    async def on_message_redacted(self, event: MessageMaskedAgain) -> None:
        """Listener: a message masked anew ("Bramble88" ⏎ "that's my password"). Rasa has
        had its text if its turn ran; turns still waiting, the unhandled entries trainers
        read, and a running turn's entry when it is recorded get the masked text."""
        conversation_id = event.conversation.id
        after: Redacted = event.message["text"]
        self.queue.redact_again(conversation_id, event.before, after)
        if self.queue.running(conversation_id):
            self._masked_again.setdefault(conversation_id, []).append((event.before, after))
        await self._unhandled.redact_again(event.before, after)

    async def turn(self, conversation_id: str, bot_input: Redacted, shown_text: Redacted) -> None:
        """One customer turn through Rasa; replies and custom payloads acted on."""
        try:
            await self._turn(conversation_id, bot_input, shown_text)
        except Exception:  # a bot turn must never take the server or the connection down
            log.exception("bot turn failed", extra={"conversation_id": conversation_id})
        finally:
            self._fresh.pop(conversation_id, None)
            if not self.queue.waiting(conversation_id):
                self._turn_address.pop(conversation_id, None)
                self._masked_again.pop(conversation_id, None)

    async def _turn(self, conversation_id: str, bot_input: Redacted, shown_text: Redacted) -> None:
        conv = self._fresh.pop(conversation_id, None)
        if conv is None:
            conv = await self._conversations.get(conversation_id)
        if conv.state is not State.BOT:
            return
        if bot_input.strip() == REQUEST_HUMAN_PAYLOAD:
            # Works with the bot down too: the button it offers must always lead to a person.
            await self._handoff(conv, "customer_button")
            return
        typing = _DelayedTyping(self._messages, conv, BOT_TYPING_AFTER_S)
        started = time.perf_counter()
        try:
            reply = await self._bot.ask(
                conversation_id,
                bot_input,
                {"locale": redacted(conv.locale), "customer_name": redacted(conv.customer_name)},
            )
        except BotFailure as failure:
            metrics.BOT_FAILURES.labels(failure.reason).inc()
            log.warning(
                "bot failure", extra={"conversation_id": conversation_id, "reason": failure.reason}
            )
            await typing.stop()
            await self._record_unhandled(conversation_id, shown_text, None, None, "bot_failure")
            title = texts.say("talk_to_person", conv.locale)
            button = {"title": title, "payload": REQUEST_HUMAN_PAYLOAD}
            await self._messages.system(conv, "bot_down", buttons=[button])
            return
        finally:
            metrics.BOT_LATENCY.observe(time.perf_counter() - started)
        await typing.stop()
        await self._apply_reply(conversation_id, reply, shown_text)

    async def _apply_reply(self, conversation_id: str, reply: BotReply, shown_text: str) -> None:
        handed_off = False
        for index, item in enumerate(reply.messages):
            shown = bool(item.text or item.buttons)
            if shown:
                # Stored only while the bot still has the conversation, which is read in the
                # same round trip (a person who took over meanwhile: the bot stays quiet).
                text, _ = redact(item.text or "")
                stored, conv = await self._messages.post_while_bot(
                    conversation_id, "bot", text, item.buttons or None
                )
            else:
                conv = await self._conversations.get(conversation_id)
            if index == 0 and reply.language and texts.lang_of(conv.locale) != reply.language:
                # The customer writes another language than the widget's locale: the service's
                # own texts (queue, ticket status) follow the bot's, and so does the next turn.
                await self._conversations.update(conv.id, {"locale": reply.language})
            if shown and stored is None:
                continue  # a person took over meanwhile: nor are its payloads acted on
            custom = item.custom
            if custom.get("handoff") is True:
                handed_off = True
                await self._handoff(conv, str(custom.get("reason") or "bot")[:100])
            if custom.get("limit") is True:
                await self._routing.limit(conversation_id)
            number = custom.get("ticket_status")
            if isinstance(number, str):
                await self._answer_ticket_status(conversation_id, number.strip().upper())
        if reply.fell_back or handed_off:
            reason = "handoff" if handed_off else "fallback"
            await self._record_unhandled(
                conversation_id, shown_text, reply.intent, reply.confidence, reason
            )

    async def _record_unhandled(
        self,
        conversation_id: str,
        text: str,
        intent: str | None,
        confidence: float | None,
        reason: str,
    ) -> None:
        if not text or text.startswith("/"):
            return
        for before, after in self._masked_again.get(conversation_id, ()):
            text = swap_line(text, before, after) or text
        await self._unhandled.record(text, intent, confidence, reason)

    async def _answer_ticket_status(self, conversation_id: str, number: str) -> None:
        conv = await self._conversations.get(conversation_id)
        ticket = await self._tickets.get(number) if TICKET_NUMBER.match(number) else None
        # Only a portal-verified owner hears a ticket's status; a typed email proves nothing.
        owns = (
            ticket is not None
            and conv.identity_email is not None
            and ticket.email is not None
            and ticket.email.lower() == conv.identity_email.lower()
        )
        if ticket is None or not owns:
            # Same answer for unknown, foreign and unverified: nothing leaks; the mail has it.
            text = texts.say("ticket_status_by_mail", conv.locale, number=number[:20])
        else:
            due_line = ""
            if ticket.status != "closed":
                due = texts.when(ticket.due_ts, self.settings.timezone, conv.locale)
                due_line = texts.say("ticket_due", conv.locale, due=due)
            text = texts.say(
                "ticket_status",
                conv.locale,
                number=ticket.number,
                status=texts.status_word(ticket.status, conv.locale),
                due_line=due_line,
            ).strip()
        await self._messages.post(conv, "bot", redact(text)[0])

    async def _handoff(self, conv: Conversation, reason: str) -> None:
        """A handoff asked for in a bot turn; refusals are told to the customer there."""
        try:
            await self._routing.request_handoff(
                conv.id, reason=reason, address=self._turn_address.get(conv.id)
            )
        except ServiceError as exc:
            if exc.code == "rate_limited":
                await self._messages.system(conv, "handoff_limited")
