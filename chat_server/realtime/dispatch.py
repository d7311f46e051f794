"""What both namespaces share: every client event is answered, unknown ones included; one
dispatcher validates a payload, runs the action and turns a refusal into the contract's error
envelope; an unexpected error becomes an `internal` answer with its traceback logged at most
once a minute per event (hostile input must not be able to flood the logs)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import socketio
from pydantic import BaseModel, ValidationError

from chat_server import metrics
from chat_server.errors import ServiceError, error_body
from chat_server.realtime.validation import first_error

log = logging.getLogger("chat_server.realtime")

TRACEBACK_EVERY_S = 60.0


def error(code: str, message: str) -> dict[str, Any]:
    return error_body(code, message)


def internal_error() -> dict[str, Any]:
    return error_body("internal")


class ErrorLog:
    """Counts every unexpected error; logs a traceback for each (namespace, event) at most
    once per TRACEBACK_EVERY_S, with how many were not logged in between."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], float] = {}
        self._skipped: dict[tuple[str, str], int] = {}

    def report(self, namespace: str, event: str, exc: BaseException) -> None:
        metrics.EVENT_ERRORS.labels(namespace, event).inc()
        key = (namespace, event)
        now = time.monotonic()
        if now - self._last.get(key, -TRACEBACK_EVERY_S) < TRACEBACK_EVERY_S:
            self._skipped[key] = self._skipped.get(key, 0) + 1
            return
        self._last[key] = now
        skipped = self._skipped.pop(key, 0)
        log.error(
            "%s event %s failed (%d more not logged since the last)",
            namespace,
            event,
            skipped,
            exc_info=exc,
            extra={"event": event},
        )


ERRORS = ErrorLog()

Action = Callable[[Any], Awaitable[dict[str, Any]]]


async def dispatch(
    side: str, event: str, data: Any, model: type[BaseModel] | None, action: Action
) -> dict[str, Any]:
    """Validate `data` with `model` (None: no payload), run `action` with it and answer:
    its result, the refusal's envelope, or `internal`."""
    payload: Any = None
    if model is not None:
        try:
            payload = model.model_validate(data if data is not None else {})
        except ValidationError as exc:
            return rejected(side, "invalid_payload", first_error(exc))
    try:
        return await action(payload)
    except ServiceError as exc:
        return rejected(side, exc.code, exc.message)
    except Exception as exc:
        ERRORS.report(side, event, exc)
        return internal_error()


def rejected(side: str, code: str, message: str) -> dict[str, Any]:
    """A refusal, counted."""
    metrics.REJECTED.labels(side, code).inc()
    return error(code, message)


class GuardedNamespace(socketio.AsyncNamespace):  # type: ignore[misc]
    """A namespace that answers every event: `unknown_event` for names it has no handler
    for, `internal` for a handler that raised."""

    side = ""  # the metrics label: "chat" or "agent"
    events: frozenset[str] = frozenset()  # the client events this namespace serves

    def connected(self, sid: str) -> bool:
        raise NotImplementedError

    async def trigger_event(self, event: Any, *args: Any) -> Any:
        if event == "connect":
            # A client may send an EVENT named "connect" on an open connection: that is not
            # a second handshake.
            if args and self.connected(args[0]):
                return self._unknown(event)
            return await super().trigger_event(event, *args)
        if event == "disconnect":
            # The real one comes after socket.io marked the connection as leaving.
            if args and self.server.manager.is_connected(args[0], self.namespace):
                return self._unknown(event)
            return await super().trigger_event(event, *args)
        if not isinstance(event, str) or event not in self.events:
            return self._unknown(event)
        try:
            return await super().trigger_event(event, *args)
        except Exception as exc:
            ERRORS.report(self.side, event, exc)
            return internal_error()

    def _unknown(self, event: Any) -> dict[str, Any]:
        metrics.REJECTED.labels(self.side, "unknown_event").inc()
        shown = event if isinstance(event, str) else type(event).__name__
        return error(
            "unknown_event",
            f"This server does not know the event {shown[:50]!r}; known events: "
            + ", ".join(sorted(self.events)),
        )
