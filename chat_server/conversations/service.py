"""The conversation service: applies the state table to Redis and says who must hear of it.

Every customer or agent action is one method here, readable top to bottom:
validate (done by the transport) → redact → store → route (bot, agent, queue) → emit.
The transport (chat_server.realtime) is thin; it hands this service an `Outbound` that
delivers events, so the logic can be tested with a recording Outbound and a real Redis.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, Protocol

from chat_server import metrics
from chat_server.agents.store import Agent, AgentStore
from chat_server.bot_bridge import BotBridge, BotFailure, BotReply
from chat_server.config import Settings
from chat_server.conversations import texts
from chat_server.conversations.bot_turns import BotTurnQueue
from chat_server.conversations.state_machine import Decision, Event, Route, State, decide
from chat_server.errors import ERROR_TEXT, ServiceError, refuse
from chat_server.handoff.queue import HandoffQueue
from chat_server.security import CustomerClaims
from chat_server.store.conversations import Conversation, ConversationStore, erased_key
from chat_server.store.messages import MessageDict, MessageLog
from chat_server.store.rate_windows import AddressLimiter
from chat_server.tickets import Ticket, TicketMailer, TicketStore
from redaction import Redacted, default_redactor

log = logging.getLogger("chat_server.conversations")
EXPIRE_RETRY_S = 30.0  # a conversation whose deadline ticket failed is tried again after this

REQUEST_HUMAN_PAYLOAD = "/request_human"
UNHANDLED_KEY = "lc:bot:unhandled"  # list of JSON {text, intent, confidence, reason, ts}
UNHANDLED_MAX = 5000
TICKET_NUMBER = re.compile(r"^OCA-\d{6}$")


class Outbound(Protocol):
    """How the service reaches people; implemented over Socket.IO by chat_server.realtime."""

    async def to_customer(
        self, conversation_id: str, event: str, data: Any, skip_sid: str | None = None
    ) -> None: ...

    async def to_agent(
        self, agent_id: str, event: str, data: Any, skip_sid: str | None = None
    ) -> None: ...

    async def to_all_agents(self, event: str, data: Any) -> None: ...

    async def queue_changed(self, conversation_id: str | None = None) -> None:
        """The queue changed (`conversation_id`: whose summary must be rebuilt, if any)."""
        ...


BOT_TYPING_AFTER_S = 0.3


@dataclass(frozen=True)
class _Capacity:
    """The agents' side of a State object, read once per round of updates."""

    agents_available: int
    free_slots: int
    waits: list[float]


class _DelayedTyping:
    """Emits `typing: true` for the bot only if it has not answered within `delay_s`."""

    def __init__(self, out: Outbound, conversation_id: str, delay_s: float) -> None:
        self._out = out
        self._conversation_id = conversation_id
        self._shown = False
        self._task = asyncio.create_task(self._show_later(delay_s))

    async def _show_later(self, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        self._shown = True
        await self._out.to_customer(
            self._conversation_id, "typing", {"author": "bot", "typing": True}
        )

    async def stop(self) -> None:
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        if self._shown:
            await self._out.to_customer(
                self._conversation_id, "typing", {"author": "bot", "typing": False}
            )


@dataclass
class _QueueEntry:
    """A queued conversation as the queue shows it, cached in Redis between changes."""

    conversation_id: str
    summary: dict[str, Any]  # the contract's Summary
    state: dict[str, Any]  # its State without the place-dependent fields
    sent: list[Any] | None  # [position, wait, agents_available] the customer was last told
    # (kept in its own field `{id}:told`, so telling never overwrites a newer summary)

    def dump(self) -> str:
        return json.dumps({"summary": self.summary, "state": self.state}, separators=(",", ":"))

    @classmethod
    def load(cls, raw: str) -> _QueueEntry:
        data = json.loads(raw)
        summary = data["summary"]
        return cls(summary["conversation_id"], summary, data["state"], None)


HANDOFF_LIMITED_TEXT = (
    "Too many requests for a person from your network right now. Please leave your email "
    "address (the `ticket` option) and we will answer by email."
)


class ConversationService:
    def __init__(
        self,
        settings: Settings,
        conversations: ConversationStore,
        messages: MessageLog,
        queue: HandoffQueue,
        agents: AgentStore,
        tickets: TicketStore,
        mailer: TicketMailer,
        bot: BotBridge,
        redis: Any,
    ) -> None:
        self.settings = settings
        self.conversations = conversations
        self.messages = messages
        self.queue = queue
        self.agents = agents
        self.tickets = tickets
        self.mailer = mailer
        self.bot = bot
        self._redis = redis
        self.out: Outbound | None = None
        # Keep references to background tasks so they are not garbage collected.
        self._tasks: set[asyncio.Task[None]] = set()
        # Bot turns of one conversation run one after another so replies keep their order,
        # with a bounded number waiting (no task per message).
        self.bot_turns = BotTurnQueue(
            self.bot_turn, self._spawn, settings.bot_turns_queued_max, settings.max_message_chars
        )
        self._capacity_cache: tuple[float, _Capacity] | None = None
        # Handoffs per client address and hour (across nodes): each one costs agents work
        # and becomes a ticket at its deadline. The address of a conversation's latest
        # customer message is kept while its bot turns run, for the bot's handoffs.
        self._handoff_limit = AddressLimiter(
            redis, "handoff", settings.handoffs_per_address_per_hour, 3600
        )
        self._turn_address: dict[str, str] = {}

    @property
    def redis(self) -> Any:
        """The service's Redis client (the transport's per-address limits count there)."""
        return self._redis

    # ------------------------------------------------------------------ helpers
    def _out(self) -> Outbound:
        assert self.out is not None, "the transport sets Outbound at start-up"
        return self.out

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, wait_s: float = 5.0) -> None:
        """Wait for running bot turns (graceful shutdown, tests)."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=wait_s)

    async def _system(
        self,
        conv: Conversation,
        key: str,
        buttons: list[dict[str, str]] | None = None,
        **values: Any,
    ) -> MessageDict:
        text, _ = self._redact(texts.say(key, conv.locale, **values))
        message, _ = await self.messages.append(
            conv.id, author="system", text=text, buttons=buttons
        )
        await self._deliver(conv, message)
        return message

    async def _deliver(
        self,
        conv: Conversation,
        message: MessageDict,
        skip_sid: str | None = None,
        to_customer: bool = True,
    ) -> None:
        """Send a stored message to the customer's tabs and to whoever handles it.

        `conv` is the caller's fresh read: no second round trip on the hot path."""
        out = self._out()
        if to_customer:
            await out.to_customer(conv.id, "message", message, skip_sid=skip_sid)
        current = conv
        if current.state is State.AGENT and current.agent_id:
            await out.to_agent(current.agent_id, "message", message)
        elif current.state is State.QUEUED:
            await out.queue_changed(conv.id)

    async def state_of(
        self, conv: Conversation, capacity: _Capacity | None = None, position: int | None = None
    ) -> dict[str, Any]:
        """The contract's State object (fields that do not apply are null).

        `capacity` and `position` let a caller that states many queued conversations at once
        read the agents' load and the queue a single time."""
        capacity = capacity or await self._capacity()
        wait = None
        if conv.state is State.QUEUED:
            if position is None:
                position = await self.queue.position(conv.id)
            if position is not None:
                wait = self.queue.estimate_from(position, capacity.free_slots, capacity.waits)
        else:
            position = None
        ticket = None
        if conv.ticket_number:
            record = await self.tickets.get(conv.ticket_number, with_thread=False)
            if record is not None:
                ticket = {"number": record.number, "due_ts": record.due_ts}
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "queue_position": position,
            "estimated_wait_s": wait,
            "deadline_ts": conv.deadline_ts if conv.state is State.QUEUED else None,
            "agents_available": capacity.agents_available,
            "agent": {"name": conv.agent_name} if conv.state is State.AGENT else None,
            "ticket": ticket,
            "limited": conv.limited,
            "customer": conv.customer(),
        }

    async def recent_capacity(self, max_age_s: float = 1.0) -> _Capacity:
        """`_capacity()` reused for up to `max_age_s` (for session events on connect)."""
        now = time.monotonic()
        if self._capacity_cache is None or now - self._capacity_cache[0] > max_age_s:
            self._capacity_cache = (now, await self._capacity())
        return self._capacity_cache[1]

    async def _capacity(self) -> _Capacity:
        cap = self.settings.agent_max_chats
        loads = [load for load in await self._online_loads() if load.available]
        return _Capacity(
            agents_available=sum(1 for load in loads if load.chats < cap),
            free_slots=sum(max(0, cap - load.chats) for load in loads),
            waits=await self.queue.recent_waits(),
        )

    async def _emit_state(self, conversation_id: str) -> Conversation:
        conv = await self.conversations.get(conversation_id)
        await self._out().to_customer(conversation_id, "state", await self.state_of(conv))
        if conv.state is State.QUEUED:  # what the queue shows of it may have changed too
            await self._out().queue_changed(conversation_id)
        return conv

    async def _online_loads(self) -> list[Any]:
        online = await self.queue.online_agents()
        presence = await self.agents.presence_of(online)
        return await self.queue.loads(online, presence)

    def _redact(self, text: str) -> tuple[Redacted, list[str]]:
        result = default_redactor().redact(text)
        if result.entities:
            metrics.REDACTIONS.inc(len(result.entities))
        return result.text, list(result.types)

    # --------------------------------------------------------- customer actions
    async def customer_message(
        self,
        conversation_id: str,
        *,
        client_id: str,
        text: str,
        payload: str | None,
        sid: str | None,
        locale: str | None = None,
        address: str | None = None,
    ) -> MessageDict:
        clean_text, found = self._redact(text)
        clean_payload = self._redact(payload)[0] if payload else None
        stored, created, raw = await self.messages.append_customer(
            conversation_id,
            ConversationStore.key(conversation_id),
            erased_key(conversation_id),
            text=clean_text,
            client_id=client_id,
            redactions=found,
        )
        if stored is None:
            # Erased (`gdpr erase`) or gone while this connection was open: not recreated.
            if not raw:
                raise ServiceError("conversation_closed", ERROR_TEXT["erased"])
            raise refuse("limited")
        message = stored
        if not created:  # a resend after a reconnect: same message, nothing routed twice
            return message
        conv = Conversation.from_hash(conversation_id, raw)
        decision = decide(conv.state, Event.CUSTOMER_MESSAGE)
        if decision.to is not None:  # resolved/closed: a new message reopens it with the bot
            await self.conversations.transition(conv.id, conv.state, decision.to)
            conv = await self.conversations.get(conv.id)
            decision = Decision(route=Route.BOT)
        elif not conv.stored:
            await self.conversations.ensure_stored(conv.id)
        if locale and not conv.locale:
            await self.conversations.update(conv.id, {"locale": locale[:16]})
        metrics.MESSAGES.labels("customer").inc()
        if conv.first_text is None:
            await self.conversations.update(conv.id, {"first_text": clean_text[:200]})
        # The sender has its message in the ack; other tabs (if any) get it as an event.
        await self._deliver(conv, message, skip_sid=sid, to_customer=conv.tabs > 1 or sid is None)
        if found:
            await self._system(conv, "masked")
        if decision.route is Route.BOT:
            await self.conversations.touch_bot_activity(conv.id)
            if address is not None:
                self._turn_address[conv.id] = address
            self.bot_turns.submit(
                conv.id, clean_payload or clean_text, clean_text, typed=not clean_payload
            )
        elif decision.route is Route.TICKET and conv.ticket_number:
            await self.tickets.add_customer_message(conv.ticket_number, clean_text, source="chat")
        return message

    async def bot_turn(
        self, conversation_id: str, bot_input: Redacted, shown_text: Redacted
    ) -> None:
        """One customer turn through Rasa; replies and custom payloads acted on."""
        try:
            await self._bot_turn(conversation_id, bot_input, shown_text)
        except Exception:  # a bot turn must never take the server or the connection down
            log.exception("bot turn failed", extra={"conversation_id": conversation_id})
        finally:
            if not self.bot_turns.waiting(conversation_id):
                self._turn_address.pop(conversation_id, None)

    async def _bot_turn(
        self, conversation_id: str, bot_input: Redacted, shown_text: Redacted
    ) -> None:
        conv = await self.conversations.get(conversation_id)
        if conv.state is not State.BOT:
            return
        if bot_input.strip() == REQUEST_HUMAN_PAYLOAD:
            # Works with the bot down too: the button it offers must always lead to a person.
            await self._bot_handoff(conv, "customer_button")
            return
        out = self._out()
        # The bot usually answers in tens of milliseconds: show it typing only when it is slow,
        # which saves two emits across the Redis bus on almost every turn.
        typing = _DelayedTyping(out, conversation_id, BOT_TYPING_AFTER_S)
        started = time.perf_counter()
        try:
            reply = await self.bot.ask(
                conversation_id,
                bot_input,
                {
                    "locale": self._redact(conv.locale)[0] if conv.locale else None,
                    "customer_name": (
                        self._redact(conv.customer_name)[0] if conv.customer_name else None
                    ),
                },
            )
        except BotFailure as failure:
            metrics.BOT_FAILURES.labels(failure.reason).inc()
            log.warning(
                "bot failure", extra={"conversation_id": conversation_id, "reason": failure.reason}
            )
            await typing.stop()
            await self._record_unhandled(shown_text, None, None, "bot_failure")
            await self._system(
                conv,
                "bot_down",
                buttons=[
                    {
                        "title": texts.say("talk_to_person", conv.locale),
                        "payload": REQUEST_HUMAN_PAYLOAD,
                    }
                ],
            )
            return
        finally:
            metrics.BOT_LATENCY.observe(time.perf_counter() - started)
        await typing.stop()
        await self._apply_bot_reply(conversation_id, reply, shown_text)

    async def _apply_bot_reply(
        self, conversation_id: str, reply: BotReply, shown_text: str
    ) -> None:
        handed_off = False
        for index, item in enumerate(reply.messages):
            conv = await self.conversations.get(conversation_id)
            if index == 0 and reply.language and texts.lang_of(conv.locale) != reply.language:
                # The customer writes another language than the widget's locale: the service's
                # own texts (queue, ticket status) follow the bot's, and so does the next turn.
                await self.conversations.update(conv.id, {"locale": reply.language})
            if item.text or item.buttons:
                if conv.state is not State.BOT:
                    continue  # a person took over meanwhile; the bot stays quiet
                text, _ = self._redact(item.text or "")
                message, _ = await self.messages.append(
                    conversation_id, author="bot", text=text, buttons=item.buttons or None
                )
                metrics.MESSAGES.labels("bot").inc()
                await self._deliver(conv, message)
            custom = item.custom
            if custom.get("handoff") is True:
                handed_off = True
                await self._bot_handoff(conv, str(custom.get("reason") or "bot")[:100])
            if custom.get("limit") is True:
                await self.limit(conversation_id)
            number = custom.get("ticket_status")
            if isinstance(number, str):
                await self._answer_ticket_status(conversation_id, number.strip().upper())
        if reply.fell_back or handed_off:
            await self._record_unhandled(
                shown_text, reply.intent, reply.confidence, "handoff" if handed_off else "fallback"
            )

    async def _record_unhandled(
        self, text: str, intent: str | None, confidence: float | None, reason: str
    ) -> None:
        if not text or text.startswith("/"):
            return
        entry = json.dumps(
            {
                "text": text,
                "intent": intent,
                "confidence": confidence,
                "reason": reason,
                "ts": round(time.time(), 3),
            }
        )
        pipe = self._redis.pipeline(transaction=False)
        pipe.lpush(UNHANDLED_KEY, entry)
        pipe.ltrim(UNHANDLED_KEY, 0, UNHANDLED_MAX - 1)
        pipe.expire(UNHANDLED_KEY, self.settings.retention_days * 86400)
        await pipe.execute()

    async def unhandled(self, limit: int = UNHANDLED_MAX) -> list[dict[str, Any]]:
        raw = await self._redis.lrange(UNHANDLED_KEY, 0, limit - 1)
        return [json.loads(item) for item in raw]

    async def _answer_ticket_status(self, conversation_id: str, number: str) -> None:
        conv = await self.conversations.get(conversation_id)
        ticket = await self.tickets.get(number) if TICKET_NUMBER.match(number) else None
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
            due_line = (
                ""
                if ticket.status == "closed"
                else texts.say(
                    "ticket_due",
                    conv.locale,
                    due=texts.when(ticket.due_ts, self.settings.timezone, conv.locale),
                )
            )
            text = texts.say(
                "ticket_status",
                conv.locale,
                number=ticket.number,
                status=texts.status_word(ticket.status, conv.locale),
                due_line=due_line,
            ).strip()
        message, _ = await self.messages.append(
            conversation_id, author="bot", text=self._redact(text)[0]
        )
        await self._deliver(conv, message)

    async def _bot_handoff(self, conv: Conversation, reason: str) -> None:
        """A handoff asked for in a bot turn; refusals are told to the customer there."""
        try:
            await self.request_handoff(
                conv.id, reason=reason, address=self._turn_address.get(conv.id)
            )
        except ServiceError as exc:
            if exc.code == "rate_limited":
                await self._system(conv, "handoff_limited")

    async def request_handoff(
        self, conversation_id: str, reason: str = "customer", address: str | None = None
    ) -> dict[str, Any]:
        """Queue the conversation for a person. `address` (the customer's client address)
        is counted against HANDOFFS_PER_ADDRESS_PER_HOUR when the handoff would queue."""
        counted = False
        for _ in range(3):  # re-decide if another node changed the state in between
            conv = await self.conversations.get(conversation_id)
            if conv.limited:
                raise refuse("limited")
            decision = decide(conv.state, Event.HANDOFF)
            if decision.error:
                raise refuse(decision.error)
            if not decision.changes:
                return await self.state_of(conv)
            if address is not None and not counted:
                counted = True
                if not await self._handoff_limit.take(address):
                    metrics.REJECTED.labels("chat", "rate_limited").inc()
                    raise ServiceError("rate_limited", HANDOFF_LIMITED_TEXT)
            now = time.time()
            deadline = now + self.settings.handoff_timeout_s
            result = await self.conversations.transition(
                conv.id,
                conv.state,
                State.QUEUED,
                {
                    "queued_at": now,
                    "deadline_ts": deadline,
                    "handoff_reason": reason,
                    "agent_id": None,
                    "agent_name": None,
                },
                now=now,
                enqueue_deadline=deadline,
            )
            if result.applied:
                break
        else:
            raise refuse("invalid_state")
        metrics.HANDOFFS.labels(
            reason if reason in {"customer", "customer_button"} else "bot"
        ).inc()
        conv = await self.conversations.get(conversation_id)
        await self._announce_queued(conv)
        if self.settings.routing == "auto":
            await self.auto_assign(conv.id)
        await self._out().queue_changed(conversation_id)
        return await self.state_of(await self.conversations.get(conversation_id))

    async def _announce_queued(self, conv: Conversation) -> None:
        timeout = texts.duration(self.settings.handoff_timeout_s, conv.locale)
        state = await self.state_of(conv)
        if state["agents_available"]:
            wait = state["estimated_wait_s"] or 60
            await self._system(
                conv,
                "queued",
                position=state["queue_position"] or 1,
                wait=texts.duration(wait, conv.locale),
                timeout=timeout,
            )
        else:
            await self._system(conv, "queued_nobody", timeout=timeout)
        await self._out().to_customer(conv.id, "state", state)

    async def auto_assign(self, conversation_id: str) -> bool:
        """ROUTING=auto: give the conversation to the available agent with the fewest chats."""
        cap = self.settings.agent_max_chats
        candidates = sorted(
            (load for load in await self._online_loads() if load.available and load.chats < cap),
            key=lambda load: load.chats,
        )
        for load in candidates:
            agent = await self.agents.get(load.agent_id)
            if agent is None or agent.disabled:
                continue
            if await self.queue.accept(conversation_id, agent.id, agent.name) == "ok":
                await self._after_accept(conversation_id, agent)
                return True
        return False

    async def open_ticket(
        self, conversation_id: str, *, note: str | None = None, by_agent: Agent | None = None
    ) -> dict[str, Any]:
        """The customer's `ticket` (or the agent's): the chat continues by email."""
        for _ in range(3):
            conv = await self.conversations.get(conversation_id)
            if by_agent is not None:
                if conv.state is State.AGENT and conv.agent_id != by_agent.id:
                    raise refuse("forbidden")
                decision = decide(conv.state, Event.AGENT_TICKET)
            else:
                decision = decide(conv.state, Event.CUSTOMER_TICKET)
            if decision.error:
                raise refuse(decision.error)
            if decision.returns_existing_ticket:
                ticket = await self._ensure_ticket(conv, note)
                return {"number": ticket.number, "due_ts": ticket.due_ts}
            if await self._leave(conv, State.TICKET):
                break
        else:
            raise refuse("invalid_state")
        ticket = await self._ensure_ticket(
            await self.conversations.get(conversation_id), note, announce="ticket"
        )
        if conv.state is State.AGENT and conv.agent_id:
            await self._out().to_agent(
                conv.agent_id,
                "state",
                await self.state_of(await self.conversations.get(conversation_id)),
            )
        await self._out().queue_changed(conversation_id)
        return {"number": ticket.number, "due_ts": ticket.due_ts}

    async def _ensure_ticket(
        self, conv: Conversation, note: str | None, announce: str | None = None, **values: Any
    ) -> Ticket:
        """The conversation's ticket, made (with its transcript) if it has none yet."""
        if conv.ticket_number:
            existing = await self.tickets.get(conv.ticket_number)
            if existing is not None:
                return existing
        transcript = await self.messages.after(conv.id, 0, 2000)
        subject = (conv.first_text or "Chat conversation")[:120]
        clean_note = self._redact(note)[0] if note else None
        ticket = await self.tickets.create(
            subject=subject,
            email=conv.customer_email,
            name=conv.customer_name,
            conversation_id=conv.id,
            transcript=transcript,
            source="chat",
            note=clean_note,
            email_verified=conv.identity_verified,
        )
        await self.conversations.update(conv.id, {"ticket": ticket.number})
        metrics.TICKETS.labels("chat").inc()
        conv = await self.conversations.get(conv.id)
        if announce:
            due = texts.when(ticket.due_ts, self.settings.timezone, conv.locale)
            await self._system(conv, announce, number=ticket.number, due=due, **values)
            if not conv.customer_email:
                await self._system(conv, "ticket_needs_email")
        await self._emit_state(conv.id)
        if conv.customer_email:
            await self.mailer.ticket_opened(ticket)
        return ticket

    async def _leave(self, conv: Conversation, to: State) -> bool:
        """Move `conv` out of the state it was read in, taking it out of the queue or off its
        agent's load as that state requires; False if another node changed it first."""
        result = await self.conversations.transition(
            conv.id,
            conv.state,
            to,
            {"deadline_ts": None},
            dequeue=conv.state is State.QUEUED,
            release_agent=conv.agent_id if conv.state is State.AGENT else None,
        )
        return result.applied

    async def ticket_event(self, event: str, ticket: Ticket, agent: Any) -> None:
        """An agent answered or closed a ticket by email: tell the customer's open chat."""
        if not ticket.conversation_id or event not in {"reply", "closed"}:
            return
        conv = await self.conversations.get(ticket.conversation_id)
        if conv.stored:
            key = "ticket_replied" if event == "reply" else "ticket_closed"
            await self._system(conv, key, number=ticket.number)
            await self._emit_state(conv.id)

    async def contact(self, conversation_id: str, email: str, name: str | None) -> dict[str, Any]:
        """Where ticket mail goes; attaches it to the conversation's ticket and confirms it.

        A typed address is unverified: it is not the customer's identity (no GDPR index entry,
        no ticket status) unless it is the signed identity's own address."""
        owner = (await self.conversations.get(conversation_id)).identity_email
        verified = owner is not None and owner.strip().lower() == email.strip().lower()
        await self.conversations.set_contact(
            conversation_id,
            email=email,
            name=self._redact(name)[0] if name else None,
            verified=verified,
        )
        if not verified:
            # Not the customer's identity, but still personal data of whoever owns the address:
            # `gdpr` must find it (export marks it unverified).
            await self._redis.sadd(contact_index_key(email), conversation_id)
            await self._redis.expire(contact_index_key(email), self.settings.retention_days * 86400)
        conv = await self.conversations.get(conversation_id)
        if conv.state is State.QUEUED:
            await self._out().queue_changed(conversation_id)
        ticket_info = None
        if conv.ticket_number:
            ticket = await self.tickets.attach_contact(
                conv.ticket_number, email, conv.customer_name, verified=conv.identity_verified
            )
            await self.mailer.ticket_opened(ticket)
            await self._system(conv, "ticket_email_saved", email=email, number=ticket.number)
            ticket_info = {"number": ticket.number, "due_ts": ticket.due_ts}
        return {"email": email, "name": conv.customer_name, "ticket": ticket_info}

    async def set_identity(self, conversation_id: str, email: str, name: str | None) -> None:
        """A portal-signed identity: the conversation's owner, and where its mail goes."""
        await self.conversations.set_contact(
            conversation_id,
            email=email,
            name=self._redact(name)[0] if name else None,
            verified=True,
            identity_email=email,
        )
        if await self._redis.exists(limited_identity_key(email)):
            await self.conversations.update(conversation_id, {"limited": True})
        await self._redis.sadd(customer_index_key(email), conversation_id)
        await self._redis.expire(customer_index_key(email), self.settings.retention_days * 86400)

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
        binding = await self.conversations.token_binding(claims.conversation_id)
        if binding.revoked_ms and claims.issued_ms <= binding.revoked_ms:
            return False
        presenter = presenter_email.strip().lower() if presenter_email else None
        return binding.owner_email is None or binding.owner_email == presenter

    async def close(self, conversation_id: str, *, reason_key: str = "closed") -> dict[str, Any]:
        for _ in range(3):
            conv = await self.conversations.get(conversation_id)
            decision = decide(conv.state, Event.CLOSE if reason_key == "closed" else Event.INACTIVE)
            if not decision.changes:
                return await self.state_of(conv)
            if await self._leave(conv, State.CLOSED):
                break
        else:
            raise refuse("invalid_state")
        # A closed chat is over for this browser: its tokens no longer bring it back.
        await self.conversations.revoke_tokens(conversation_id)
        closed = await self.conversations.get(conversation_id)
        idle = texts.duration(self.settings.inactivity_close_s, closed.locale)
        await self._system(closed, reason_key, idle=idle)
        if conv.state is State.AGENT and conv.agent_id:
            await self._out().to_agent(conv.agent_id, "state", await self.state_of(closed))
            await self._out().to_agent(
                conv.agent_id, "message", await self.messages.last(closed.id)
            )
        state = await self.state_of(closed)
        await self._out().to_customer(conversation_id, "state", state)
        if conv.state in (State.QUEUED, State.AGENT):
            await self._out().queue_changed(conversation_id)
        return state

    async def rate(self, conversation_id: str, score: int, comment: str | None) -> None:
        clean = self._redact(comment)[0] if comment else None
        await self.conversations.update(
            conversation_id, {"rating": score, "rating_comment": clean, "rated_at": time.time()}
        )
        metrics.RATINGS.labels(str(score)).inc()

    async def limit(self, conversation_id: str) -> None:
        conv = await self.conversations.get(conversation_id)
        if conv.limited:
            return
        await self.conversations.update(conversation_id, {"limited": True})
        conv = await self.conversations.get(conversation_id)
        if conv.identity_email:
            # The limit follows the signed customer into a new chat (a fresh connection
            # without the old token must not undo it); an anonymous one has no such handle.
            await self._redis.set(
                limited_identity_key(conv.identity_email),
                "1",
                ex=int(self.settings.abuse_limit_ttl_s),
            )
        await self._system(conv, "limited", support=self.settings.support_address)
        await self._emit_state(conversation_id)

    # ------------------------------------------------------------ agent actions
    async def accept(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        if not await self.conversations.exists(conversation_id):
            raise refuse("not_found")
        result = await self.queue.accept(conversation_id, agent.id, agent.name)
        if result != "ok":
            raise refuse(result)
        await self._after_accept(conversation_id, agent)
        return await self.conversation_detail(conversation_id)

    async def _after_accept(self, conversation_id: str, agent: Agent) -> None:
        conv = await self.conversations.get(conversation_id)
        if conv.queued_at:
            metrics.TIME_TO_ACCEPT.observe(max(0.0, time.time() - conv.queued_at))
        await self._system(conv, "agent_joined", name=agent.name)
        await self._emit_state(conversation_id)
        await self._out().queue_changed(conversation_id)

    async def conversation_detail(self, conversation_id: str) -> dict[str, Any]:
        conv = await self.conversations.get(conversation_id)
        history, has_more = await self.messages.page_before(
            conv.id, None, self.settings.history_page_size
        )
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "agent": {"id": conv.agent_id, "name": conv.agent_name} if conv.agent_id else None,
            "ticket": conv.ticket_number,
            # One page, the newest: a long conversation must not make a megabyte payload.
            # Older pages via the agent's `history` event with `before_seq`.
            "history": history,
            "has_more": has_more,
            "notes": await self.messages.notes(conv.id),
        }

    async def _held_by(self, conversation_id: str, agent: Agent) -> Conversation:
        conv = await self.conversations.get(conversation_id)
        if not conv.stored:
            raise refuse("not_found")
        if conv.state is not State.AGENT:
            raise refuse("not_assigned")
        if conv.agent_id != agent.id:
            raise refuse("forbidden")
        return conv

    async def agent_message(
        self, conversation_id: str, agent: Agent, *, client_id: str, text: str, sid: str | None
    ) -> MessageDict:
        conv = await self._held_by(conversation_id, agent)
        clean, found = self._redact(text)
        message, created = await self.messages.append(
            conv.id,
            author="agent",
            text=clean,
            client_id=client_id,
            dedupe_key=f"{agent.id}:{client_id}",
            name=self._redact(agent.name)[0],
            redactions=found,
        )
        if created:
            metrics.MESSAGES.labels("agent").inc()
            await self._out().to_customer(conv.id, "message", message)
            await self._out().to_agent(agent.id, "message", message, skip_sid=sid)
        return message

    async def note(self, conversation_id: str, agent: Agent, text: str) -> MessageDict:
        conv = await self.conversations.get(conversation_id)
        if not conv.stored:
            raise refuse("not_found")
        if conv.state is State.AGENT and conv.agent_id != agent.id:
            raise refuse("forbidden")
        clean, _ = self._redact(text)
        note = await self.messages.add_note(conv.id, {"id": agent.id, "name": agent.name}, clean)
        if conv.agent_id:
            await self._out().to_agent(conv.agent_id, "note", note)
        if conv.agent_id != agent.id:
            await self._out().to_agent(agent.id, "note", note)
        return note

    async def agent_typing(self, conversation_id: str, agent: Agent, typing: bool) -> None:
        conv = await self._held_by(conversation_id, agent)
        await self._out().to_customer(conv.id, "typing", {"author": "agent", "typing": typing})

    async def customer_typing(self, conversation_id: str, typing: bool) -> None:
        conv = await self.conversations.get(conversation_id)
        if conv.state is State.AGENT and conv.agent_id:
            await self._out().to_agent(
                conv.agent_id,
                "typing",
                {"conversation_id": conv.id, "author": "customer", "typing": typing},
            )

    async def resolve(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        conv = await self._held_by(conversation_id, agent)
        result = await self.conversations.transition(
            conv.id,
            State.AGENT,
            State.RESOLVED,
            {"resolved_at": time.time()},
            release_agent=agent.id,
        )
        if not result.applied:
            raise refuse("not_assigned")
        resolved = await self.conversations.get(conv.id)
        await self._system(resolved, "resolved", name=agent.name)
        await self._out().to_agent(agent.id, "message", await self.messages.last(conv.id))
        state = await self.state_of(resolved)
        await self._out().to_customer(conv.id, "state", state)
        await self._out().to_agent(agent.id, "state", state)
        await self.capacity_changed()
        metrics.RESOLVED.inc()
        return state

    async def transfer(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        conv = await self._held_by(conversation_id, agent)
        return await self._requeue(conv, "transferred", name=agent.name)

    async def _requeue(self, conv: Conversation, key: str, **values: Any) -> dict[str, Any]:
        now = time.time()
        deadline = now + self.settings.handoff_timeout_s  # the deadline restarts
        result = await self.conversations.transition(
            conv.id,
            State.AGENT,
            State.QUEUED,
            {"queued_at": now, "deadline_ts": deadline, "agent_id": None, "agent_name": None},
            now=now,
            enqueue_deadline=deadline,
            release_agent=conv.agent_id,
        )
        if not result.applied:
            raise refuse("not_assigned")
        queued = await self.conversations.get(conv.id)
        await self._system(queued, key, **values)
        if conv.agent_id:
            await self._out().to_agent(conv.agent_id, "state", await self.state_of(queued))
        await self._emit_state(conv.id)
        if self.settings.routing == "auto":
            await self.auto_assign(conv.id)
        await self._out().queue_changed(conv.id)
        return await self.state_of(await self.conversations.get(conv.id))

    async def agent_ticket(
        self, conversation_id: str, agent: Agent, note: str | None
    ) -> dict[str, Any]:
        await self._held_by(conversation_id, agent)
        return await self.open_ticket(conversation_id, note=note, by_agent=agent)

    async def set_presence(self, agent: Agent, status: str) -> None:
        await self.agents.set_presence(agent.id, status)
        await self.capacity_changed()

    async def capacity_changed(self) -> None:
        """An agent came, became available or freed a slot: with ROUTING=auto, waiting
        conversations are assigned at once, oldest first; everyone sees the new queue."""
        if self.settings.routing == "auto":
            for conversation_id in await self.queue.queued():
                if not await self.auto_assign(conversation_id):
                    break
        await self._refresh_queued_states()
        await self._out().queue_changed()

    # --------------------------------------------------------------- the clock
    async def expire_due(self, now: float | None = None) -> int:
        """Turn every queued conversation past its deadline into a ticket. Returns how many."""
        now = now or time.time()
        done = 0
        for conversation_id in await self.queue.due(now):
            # Each conversation on its own: one that fails is logged and put back to be tried
            # again a little later; the rest of the batch goes on.
            try:
                done += await self._expire_one(conversation_id, now)
            except Exception:
                log.exception(
                    "deadline ticket failed; retried shortly",
                    extra={"conversation_id": conversation_id},
                )
                await self.queue.retry_at(conversation_id, now + EXPIRE_RETRY_S)
        return done

    async def _expire_one(self, conversation_id: str, now: float) -> int:
        result = await self.conversations.transition(
            conversation_id, State.QUEUED, State.TICKET, {"deadline_ts": None}, dequeue=True
        )
        conv = await self.conversations.get(conversation_id)
        # Not applied: a stale entry (accepted or closed already), or an earlier try that
        # failed after the transition and left a ticket-state conversation without a ticket.
        retry = not result.applied and conv.state is State.TICKET and not conv.ticket_number
        if not result.applied and not retry:
            await self.queue.drop(conversation_id)
            return 0
        if result.applied and conv.queued_at:
            lateness = now - (conv.queued_at + self.settings.handoff_timeout_s)
            metrics.DEADLINE_LATENESS.observe(max(0.0, lateness))
        await self._ensure_ticket(
            conv,
            None,
            announce="ticket_deadline",
            timeout=texts.duration(self.settings.handoff_timeout_s, conv.locale),
        )
        if retry:
            await self.queue.drop(conversation_id)
        metrics.DEADLINE_TICKETS.inc()
        await self._out().queue_changed(conversation_id)
        return 1

    async def requeue_abandoned(self, now: float | None = None) -> int:
        """Chats of agents disconnected for longer than the grace period go back to the queue."""
        now = now or time.time()
        moved = 0
        for agent_id in await self.queue.agents_seen_before(now - self.settings.agent_grace_s):
            for conversation_id in await self.queue.chats_of(agent_id):
                conv = await self.conversations.get(conversation_id)
                if conv.state is not State.AGENT or conv.agent_id != agent_id:
                    await self.queue.release(agent_id, conversation_id)
                    continue
                try:
                    await self._requeue(conv, "agent_gone")
                    moved += 1
                except ServiceError:
                    pass
            await self.queue.forget_agent(agent_id)
        return moved

    async def close_inactive(self, now: float | None = None) -> int:
        now = now or time.time()
        closed = 0
        for conversation_id in await self.conversations.inactive_bot_conversations(
            now - self.settings.inactivity_close_s
        ):
            conv = await self.conversations.get(conversation_id)
            if conv.state is State.BOT and conv.stored:
                await self.close(conversation_id, reason_key="inactive")
                closed += 1
            else:
                await self.conversations.forget_bot_activity(conversation_id)
        return closed

    async def _queue_entries(self, changed: set[str] | None = None) -> list[_QueueEntry]:
        """The queued conversations in order, each with its summary and State, read from the
        summary cache (`lc:queue:summaries`); only `changed` ones and ones never built are
        rebuilt, in one pipeline. A queue change thus costs O(1) commands, not O(queue)."""
        changed = changed or set()
        listed = await self.queue.entries()
        queued_ids = {conversation_id for conversation_id, _, _ in listed}
        stale = [cid for cid, raw, _ in listed if raw is None or cid in changed]
        fresh: dict[str, _QueueEntry] = {}
        if stale:
            pipe = self._redis.pipeline(transaction=False)
            for conversation_id in stale:
                pipe.hgetall(ConversationStore.key(conversation_id))
                pipe.lindex(MessageLog.log_key(conversation_id), -1)
            raw_replies = await pipe.execute()
            for i, conversation_id in enumerate(stale):
                conv = Conversation.from_hash(conversation_id, raw_replies[2 * i])
                if conv.state is not State.QUEUED:
                    continue  # left the queue meanwhile: its stale zset entry is skipped
                last = raw_replies[2 * i + 1]
                fresh[conversation_id] = await self._build_entry(
                    conv, json.loads(last) if last else None
                )
            await self.queue.store_entries({cid: e.dump() for cid, e in fresh.items()})
        gone = [cid for cid in changed if cid not in queued_ids]
        await self.queue.forget_entries(gone)
        entries: list[_QueueEntry] = []
        for conversation_id, raw, told in listed:
            entry = fresh.get(conversation_id)
            if entry is None and raw is not None and conversation_id not in changed:
                entry = _QueueEntry.load(raw)
            if entry is not None:
                entry.sent = json.loads(told) if told else None
                entries.append(entry)
        return entries

    async def _build_entry(self, conv: Conversation, last: MessageDict | None) -> _QueueEntry:
        ticket = None
        if conv.ticket_number:
            record = await self.tickets.get(conv.ticket_number, with_thread=False)
            if record is not None:
                ticket = {"number": record.number, "due_ts": record.due_ts}
        summary = {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "queued_at": conv.queued_at,
            "deadline_ts": conv.deadline_ts,
            "agent": None,
            "last_message": last,
            "first_message": conv.first_text,
        }
        state = {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "deadline_ts": conv.deadline_ts,
            "agent": None,
            "ticket": ticket,
            "limited": conv.limited,
            "customer": conv.customer(),
        }
        return _QueueEntry(conv.id, summary, state, None)

    async def _refresh_queued_states(self, entries: list[_QueueEntry] | None = None) -> None:
        """Queue positions and estimates changed: tell each waiting customer whose place,
        estimate or agents' count differs from what it was last told (the agents' load and
        the queue are read once for all of them; what was told is kept in the cache)."""
        if entries is None:
            entries = await self._queue_entries()
        capacity = await self._capacity()
        told: dict[str, str] = {}
        for index, entry in enumerate(entries):
            position = index + 1
            wait = self.queue.estimate_from(position, capacity.free_slots, capacity.waits)
            sent = [position, wait, capacity.agents_available]
            if entry.sent == sent:
                continue
            state = {
                **entry.state,
                "queue_position": position,
                "estimated_wait_s": wait,
                "agents_available": capacity.agents_available,
            }
            await self._out().to_customer(entry.conversation_id, "state", state)
            entry.sent = sent
            told[entry.conversation_id + ":told"] = json.dumps(sent)
        await self.queue.store_entries(told)

    async def queue_snapshot(self, agent_id: str) -> dict[str, Any]:
        """What `queue` shows one agent: every queued conversation plus its own chats."""
        return (await self.queue_snapshots([agent_id]))[agent_id]

    async def queue_snapshots(
        self, agent_ids: list[str], entries: list[_QueueEntry] | None = None
    ) -> dict[str, dict[str, Any]]:
        """`queue` for several agents: the queued part is built once and shared."""
        if entries is None:
            entries = await self._queue_entries()
        ids = {entry.conversation_id for entry in entries}
        queued = [entry.summary for entry in entries]
        snapshots: dict[str, dict[str, Any]] = {}
        for agent_id in agent_ids:
            own = []
            for conversation_id in sorted(await self.queue.chats_of(agent_id) - ids):
                conv = await self.conversations.get(conversation_id)
                if conv.state is State.AGENT and conv.agent_id == agent_id:
                    own.append(await self.summary(conv))
            snapshots[agent_id] = {"conversations": queued + own}
        return snapshots

    async def broadcast_queue(self, agent_ids: list[str], changed: set[str]) -> None:
        """One round after queue changes: every online agent's snapshot, then the customers
        whose place changed. Reads the queue once for both."""
        entries = await self._queue_entries(changed)
        metrics.QUEUE_LENGTH.set(len(entries))
        snapshots = await self.queue_snapshots(agent_ids, entries)
        for agent_id, snapshot in snapshots.items():
            await self._out().to_agent(agent_id, "queue", snapshot)
        await self._refresh_queued_states(entries)

    async def summary(self, conv: Conversation) -> dict[str, Any]:
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "queued_at": conv.queued_at,
            "deadline_ts": conv.deadline_ts if conv.state is State.QUEUED else None,
            "agent": {"id": conv.agent_id, "name": conv.agent_name} if conv.agent_id else None,
            "last_message": await self.messages.last(conv.id),
            "first_message": conv.first_text,
        }


def limited_identity_key(email: str) -> str:
    """`lc:limited:{email}`: a signed customer whose support was limited after abuse
    (`ABUSE_LIMIT_TTL_S`); a new conversation of theirs starts limited."""
    return f"lc:limited:{email.strip().lower()}"


def contact_index_key(email: str) -> str:
    """`lc:contact:{email}`: conversations where this address was typed into `contact`
    (unverified; for `gdpr` only, never for ownership)."""
    return f"lc:contact:{email.strip().lower()}"


def customer_index_key(email: str) -> str:
    """`lc:customer:{email}`: set of a customer's conversation ids (for `gdpr`)."""
    return f"lc:customer:{email.strip().lower()}"
