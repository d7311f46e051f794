"""Inbound HTTP bodies: a pydantic model per body, one helper that reads and validates it, and
the contract's error envelope (`chat_server.errors.error_body`) for every refusal.

A model's refusal is ``invalid_payload`` with the model's own words (``refusal``), unless a
validator raised a contract code itself (``PydanticCustomError("too_long", ...)``).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from aiohttp import web
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError
from pydantic_core import PydanticCustomError

from chat_server.errors import error_body
from chat_server.textclean import clean_text

# Login and other small bodies; a ticket reply may be longer (the app's client_max_size).
MAX_JSON_BYTES = 16 * 1024
MAX_REPLY_CHARS = 20_000
# Codes a validator may raise instead of the model's ``invalid_payload``.
BODY_CODES = frozenset({"invalid_payload", "too_long"})

Model = TypeVar("Model", bound="Body")


def json_error(status: int, code: str, message: str | None = None) -> web.Response:
    """The error envelope as a JSON response."""
    return web.json_response(error_body(code, message), status=status)


def json_error_exception(
    cls: type[web.HTTPException], code: str, message: str | None = None
) -> web.HTTPException:
    """The error envelope as an aiohttp HTTP exception (for helpers that cannot return)."""
    return cls(text=json.dumps(error_body(code, message)), content_type="application/json")


class Body(BaseModel):
    """An inbound JSON object; unknown fields are ignored, types are never coerced."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)
    refusal: ClassVar[str] = "the body does not have the expected fields"


class Login(Body):
    refusal: ClassVar[str] = "email and password are required"

    email: Annotated[str, StringConstraints(min_length=1, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


def _reply_text(text: str) -> str:
    text = clean_text(text)
    if not text.strip():
        raise PydanticCustomError("invalid_payload", "text must be a non-empty string")
    if len(text) > MAX_REPLY_CHARS:
        raise PydanticCustomError(
            "too_long", "text is longer than {limit} characters", {"limit": MAX_REPLY_CHARS}
        )
    return text.strip()


class TicketReply(Body):
    """An agent's answer to a ticket's customer: cleaned, stripped, at most MAX_REPLY_CHARS."""

    refusal: ClassVar[str] = "text must be a non-empty string"

    text: Annotated[str, AfterValidator(_reply_text)]


class TicketQuery(Body):
    """``GET /api/tickets?status=``: an empty status lists every ticket."""

    refusal: ClassVar[str] = "status must be open, answered or closed"

    status: Literal["open", "answered", "closed"] | None = None


def validated(model: type[Model], raw: Any) -> Model:
    """``raw`` as ``model``, or a 400 with the envelope."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0] if exc.error_count() else None
        if first is not None and first["type"] in BODY_CODES:
            raise json_error_exception(web.HTTPBadRequest, first["type"], first["msg"]) from None
        raise json_error_exception(web.HTTPBadRequest, "invalid_payload", model.refusal) from None


async def read_body(
    request: web.Request, model: type[Model], *, max_bytes: int | None = MAX_JSON_BYTES
) -> Model:
    """The request's JSON object validated as ``model``: 413 above ``max_bytes`` (None: the
    app's client_max_size), 400 ``invalid_payload`` for anything not JSON, not an object or
    not what the model asks."""
    if max_bytes is not None and (request.content_length or 0) > max_bytes:
        raise web.HTTPRequestEntityTooLarge(
            max_size=max_bytes, actual_size=request.content_length or 0
        )
    try:
        raw = json.loads(await request.text())
    except (ValueError, UnicodeDecodeError):
        raise json_error_exception(
            web.HTTPBadRequest, "invalid_payload", "body must be JSON"
        ) from None
    if not isinstance(raw, dict):
        raise json_error_exception(
            web.HTTPBadRequest, "invalid_payload", "body must be a JSON object"
        )
    return validated(model, raw)


def query(request: web.Request, model: type[Model]) -> Model:
    """The query string validated as ``model`` (empty values count as absent)."""
    return validated(model, {k: v for k, v in request.query.items() if v != ""})
