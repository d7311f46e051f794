"""The agents' ticket endpoints, /dev/mail, and the outbox worker's lifetime in the app."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from chat_server.appkeys import REDIS, SETTINGS
from chat_server.errors import error_body
from chat_server.textclean import clean_text
from chat_server.tickets import keys
from chat_server.tickets.devmail import dev_mail_view
from chat_server.tickets.mailer import ReplyNotQueued, TicketMailer
from chat_server.tickets.outbox import OutboxWorker, smtp_target
from chat_server.tickets.redact import redact as default_redact
from chat_server.tickets.store import Ticket, TicketStore

log = logging.getLogger("chat_server.tickets.http")

MAX_REPLY_CHARS = 20_000
TICKET_NUMBER = re.compile(r"OCA-\d{6,12}", re.IGNORECASE)

Auth = Callable[[web.Request], Awaitable[Any]]
# Listeners hear ("reply" | "closed", ticket, agent identity): e.g. the conversation service
# telling a customer still on the page. A new reaction is a new listener.
Listener = Callable[[str, Ticket, Any], Awaitable[None]]


@dataclass
class TicketServices:
    store: TicketStore
    mailer: TicketMailer
    worker: OutboxWorker
    redact: Callable[[str], tuple[str, list[str]]] = default_redact
    listeners: list[Listener] = field(default_factory=list)


TICKETS: web.AppKey[TicketServices] = web.AppKey("tickets", TicketServices)
_AUTH: web.AppKey[Auth] = web.AppKey("tickets_auth", object)  # type: ignore[arg-type]
_WORKER_OPTS: web.AppKey[dict[str, Any]] = web.AppKey("tickets_worker_opts", dict)


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response(error_body(code, message), status=status)


def _services(request: web.Request) -> TicketServices:
    return request.app[TICKETS]


async def _ticket(request: web.Request, *, with_thread: bool = True) -> Ticket | None:
    """The route's ticket; None (404) for a number not shaped like one (never a key)."""
    number = request.match_info["number"]
    if not TICKET_NUMBER.fullmatch(number):
        return None
    return await _services(request).store.get(number, with_thread=with_thread)


async def list_tickets(request: web.Request) -> web.Response:
    agent = await request.app[_AUTH](request)
    del agent
    status = request.query.get("status") or None
    if status is not None and status not in keys.STATUSES:
        return _error(400, "invalid_payload", "status must be open, answered or closed")
    tickets = await _services(request).store.list(status)  # type: ignore[arg-type]
    return web.json_response({"tickets": [t.to_public(include_thread=False) for t in tickets]})


async def get_ticket(request: web.Request) -> web.Response:
    await request.app[_AUTH](request)
    ticket = await _ticket(request)
    if ticket is None:
        return _error(404, "not_found", "no such ticket")
    return web.json_response({"ticket": ticket.to_public()})


async def reply_ticket(request: web.Request) -> web.Response:
    agent = await request.app[_AUTH](request)
    svc = _services(request)
    try:
        body = await request.json()
    except ValueError:
        return _error(400, "invalid_payload", "body must be JSON")
    text = body.get("text") if isinstance(body, dict) else None
    if isinstance(text, str):
        text = clean_text(text)
    if not isinstance(text, str) or not text.strip():
        return _error(400, "invalid_payload", "text must be a non-empty string")
    if len(text) > MAX_REPLY_CHARS:
        return _error(400, "too_long", f"text is longer than {MAX_REPLY_CHARS} characters")
    ticket = await _ticket(request, with_thread=False)
    if ticket is None:
        return _error(404, "not_found", "no such ticket")
    if ticket.status == "closed":
        return _error(409, "ticket_closed", "the ticket is closed")
    # Agents paste things too: a card number never leaves in a mail unmasked.
    masked, types = await asyncio.to_thread(svc.redact, text.strip())
    try:
        # Recorded (and the ticket answered) exactly when its mail is in the outbox.
        ticket, _entry, mailed = await svc.mailer.answer(
            ticket.number,
            agent_id=str(getattr(agent, "id", "")),
            agent_name=str(getattr(agent, "name", "") or "Support"),
            text=masked,
            redactions=types,
        )
    except ReplyNotQueued as exc:
        return _error(503, "reply_not_sent", f"{exc}; the answer was not recorded")
    await _notify(svc, "reply", ticket, agent)
    fresh = await svc.store.get(ticket.number) or ticket
    return web.json_response({"ok": True, "mailed": mailed, "ticket": fresh.to_public()})


async def close_ticket(request: web.Request) -> web.Response:
    agent = await request.app[_AUTH](request)
    svc = _services(request)
    ticket = await _ticket(request, with_thread=False)
    if ticket is None:
        return _error(404, "not_found", "no such ticket")
    ticket, changed = await svc.store.close(ticket.number, agent_name=getattr(agent, "name", None))
    mailed = False
    if changed:
        mailed = await svc.mailer.ticket_closed(ticket)
        await _notify(svc, "closed", ticket, agent)
    fresh = await svc.store.get(ticket.number) or ticket
    return web.json_response({"ok": True, "mailed": mailed, "ticket": fresh.to_public()})


async def _notify(svc: TicketServices, event: str, ticket: Ticket, agent: Any) -> None:
    for listener in svc.listeners:
        try:
            await listener(event, ticket, agent)
        except Exception:  # a listener's failure must not undo a stored, mailed answer
            log.exception("ticket listener failed", extra={"event": event})


async def _tickets_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    redis = app[REDIS]
    store = TicketStore(redis, settings)
    opts = app.get(_WORKER_OPTS, {})
    worker = OutboxWorker(
        redis,
        opts.pop("target", smtp_target(settings)),
        on_permanent_failure=store.mark_mail_failed,
        **opts,
    )
    mailer = TicketMailer(redis, settings, store)
    mailer.on_queued.append(worker.wake)
    app[TICKETS].store, app[TICKETS].mailer, app[TICKETS].worker = store, mailer, worker
    # Keep a reference so the task is not garbage collected; cancelled on shutdown.
    task = asyncio.create_task(worker.run(), name="ticket-outbox")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def setup_tickets(
    app: web.Application, *, auth: Auth | None = None, worker_options: dict[str, Any] | None = None
) -> None:
    """Register the ticket routes and the outbox worker on ``app``.

    ``auth`` defaults to ``chat_server.agents.require_agent``; ``worker_options`` are
    ``OutboxWorker`` keyword arguments (tests shorten backoffs; ``target`` overrides SMTP_*).
    Call it after the app's Redis cleanup context is registered: the worker starts after it.
    """
    if auth is None:
        from chat_server.agents import require_agent

        auth = require_agent
    app[_AUTH] = auth
    app[_WORKER_OPTS] = dict(worker_options or {})
    # Placeholders filled at startup, when Redis is open; the dataclass itself is shared so
    # other parts may take app[TICKETS] once and see the live objects.
    app[TICKETS] = TicketServices.__new__(TicketServices)
    app[TICKETS].listeners = []
    app[TICKETS].redact = default_redact
    app.router.add_get("/api/tickets", list_tickets)
    app.router.add_get("/api/tickets/{number}", get_ticket)
    app.router.add_post("/api/tickets/{number}/reply", reply_ticket)
    app.router.add_post("/api/tickets/{number}/close", close_ticket)
    settings = app.get(SETTINGS)
    if settings is not None and settings.development:
        app.router.add_get("/dev/mail", dev_mail_view)
    app.cleanup_ctx.append(_tickets_ctx)
