"""The agents' ticket API (and /dev/mail in development): HTTP in, `TicketService` out."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from chat_server.agents import Agent
from chat_server.appkeys import SETTINGS, TICKET_AUTH, TICKETS, Auth
from chat_server.errors import ServiceError
from chat_server.http.auth import require_agent
from chat_server.http.bodies import TicketQuery, TicketReply, json_error, query, read_body
from chat_server.http.devmail import dev_mail_view

# The HTTP status of each refusal the ticket service raises.
STATUS = {"not_found": 404, "ticket_closed": 409, "reply_not_sent": 503}

TicketHandler = Callable[[web.Request, Agent], Awaitable[dict[str, Any]]]


def agent_route(handler: TicketHandler) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An agent's request: signed in first, then the handler's answer as JSON, a refusal of
    the ticket service as the error envelope."""

    async def route(request: web.Request) -> web.Response:
        agent = await request.app[TICKET_AUTH](request)
        try:
            return web.json_response(await handler(request, agent))
        except ServiceError as exc:
            return json_error(STATUS.get(exc.code, 400), exc.code, exc.message)

    return route


@agent_route
async def list_tickets(request: web.Request, agent: Agent) -> dict[str, Any]:
    status = query(request, TicketQuery).status
    tickets = await request.app[TICKETS].list(status)
    return {"tickets": [t.to_public(include_thread=False) for t in tickets]}


@agent_route
async def get_ticket(request: web.Request, agent: Agent) -> dict[str, Any]:
    ticket = await request.app[TICKETS].find(request.match_info["number"])
    return {"ticket": ticket.to_public()}


@agent_route
async def reply_ticket(request: web.Request, agent: Agent) -> dict[str, Any]:
    # A reply may be long: the app's body limit, not the small-body one.
    body = await read_body(request, TicketReply, max_bytes=None)
    number = request.match_info["number"]
    ticket, mailed = await request.app[TICKETS].reply(number, agent, body.text)
    return {"ok": True, "mailed": mailed, "ticket": ticket.to_public()}


@agent_route
async def close_ticket(request: web.Request, agent: Agent) -> dict[str, Any]:
    ticket, mailed = await request.app[TICKETS].close(request.match_info["number"], agent)
    return {"ok": True, "mailed": mailed, "ticket": ticket.to_public()}


def setup_tickets(app: web.Application, *, auth: Auth | None = None) -> None:
    """Register the ticket routes (and /dev/mail in development) on ``app``; the handlers use
    ``app[TICKETS]``, set when the app starts. ``auth`` defaults to ``require_agent``."""
    app[TICKET_AUTH] = auth or require_agent
    app.router.add_get("/api/tickets", list_tickets)
    app.router.add_get("/api/tickets/{number}", get_ticket)
    app.router.add_post("/api/tickets/{number}/reply", reply_ticket)
    app.router.add_post("/api/tickets/{number}/close", close_ticket)
    settings = app.get(SETTINGS)
    if settings is not None and settings.development:
        app.router.add_get("/dev/mail", dev_mail_view)
