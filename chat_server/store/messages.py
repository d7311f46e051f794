"""`lc:conv:{id}:log` (the numbered messages), `:cids` (idempotency keys), `:notes`.

A message's `seq` is its position in the list, assigned inside one Lua script together with
the idempotency check, so seq has no gaps and a resent `client_id` never stores twice.
The JSON is built in Python and only prefixed with its seq in Lua (cjson would turn empty
lists into objects).
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import redis.asyncio as aioredis

from redaction import Redacted

_APPEND = """
-- KEYS[1] log list, KEYS[2] client-id hash; ARGV[1] client_id ('' none), ARGV[2] json body
-- without seq (starts with '{' and has at least one field), ARGV[3] ttl
if ARGV[1] ~= '' then
  local seen = redis.call('HGET', KEYS[2], ARGV[1])
  if seen then return {0, redis.call('LINDEX', KEYS[1], tonumber(seen) - 1)} end
end
local seq = redis.call('LLEN', KEYS[1]) + 1
local body = '{"seq":' .. seq .. ',' .. string.sub(ARGV[2], 2)
redis.call('RPUSH', KEYS[1], body)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
if ARGV[1] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], seq)
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
end
return {1, body}
"""

_APPEND_CUSTOMER = """
-- The hot path of a customer message in one round trip: read the conversation hash
-- (owned by chat_server.store.conversations; only read here), refuse if support is
-- limited or the conversation is gone (erased, or expired while a tab stayed open: an open
-- connection has at least counted itself in the hash), else append like _APPEND with the
-- customer's current name spliced in.
-- KEYS[1] log, KEYS[2] client ids, KEYS[3] conversation hash, KEYS[4] its erased marker
-- ARGV[1] client_id, ARGV[2] json body without seq and name, ARGV[3] ttl
local conv = redis.call('HGETALL', KEYS[3])
if #conv == 0 or redis.call('EXISTS', KEYS[4]) == 1 then return {-2, '', {}} end
for i = 1, #conv, 2 do
  if conv[i] == 'limited' and conv[i + 1] == '1' then return {-1, '', conv} end
end
if ARGV[1] ~= '' then
  local seen = redis.call('HGET', KEYS[2], ARGV[1])
  if seen then return {0, redis.call('LINDEX', KEYS[1], tonumber(seen) - 1), conv} end
end
local name = redis.call('HGET', KEYS[3], 'name')
local encoded = 'null'
if name then encoded = cjson.encode(name) end
local seq = redis.call('LLEN', KEYS[1]) + 1
local body = '{"seq":' .. seq .. ',"name":' .. encoded .. ',' .. string.sub(ARGV[2], 2)
redis.call('RPUSH', KEYS[1], body)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
if ARGV[1] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], seq)
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
end
return {1, body, conv}
"""

_APPEND_IN_STATE = """
-- A bot reply in one round trip: read the conversation hash (owned by
-- chat_server.store.conversations; only read here) and append like _APPEND (no client id)
-- only while the conversation is still in the expected state (a missing state is 'bot', as
-- Conversation.from_hash reads it): a person who took over meanwhile gets no bot reply.
-- KEYS[1] log, KEYS[2] conversation hash; ARGV[1] json body without seq, ARGV[2] ttl,
-- ARGV[3] the expected state
local conv = redis.call('HGETALL', KEYS[2])
local state = redis.call('HGET', KEYS[2], 'state') or 'bot'
if state ~= ARGV[3] then return {0, '', conv} end
local seq = redis.call('LLEN', KEYS[1]) + 1
local body = '{"seq":' .. seq .. ',' .. string.sub(ARGV[1], 2)
redis.call('RPUSH', KEYS[1], body)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
return {1, body, conv}
"""

_REPLACE = """
-- A stored message masked anew (a later message named it a secret): replaced in place, so
-- its seq and id stay; only if the message at that seq is still the one with that id.
-- KEYS[1] log; ARGV[1] seq, ARGV[2] '"id":"<id>"', ARGV[3] the new json body (with seq)
local i = tonumber(ARGV[1]) - 1
local body = redis.call('LINDEX', KEYS[1], i)
if not body or not string.find(body, ARGV[2], 1, true) then return 0 end
redis.call('LSET', KEYS[1], i, ARGV[3])
return 1
"""

MessageDict = dict[str, Any]


def new_id() -> str:
    return "m_" + secrets.token_hex(8)


class MessageLog:
    """Numbered message log per conversation, plus agents' internal notes. Messages are
    only appended, except that a customer's message may be masked anew in place."""

    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self._redis = redis
        self._retention_s = retention_s
        self._append = redis.register_script(_APPEND)
        self._append_customer = redis.register_script(_APPEND_CUSTOMER)
        self._append_in_state = redis.register_script(_APPEND_IN_STATE)
        self._replace = redis.register_script(_REPLACE)

    @staticmethod
    def log_key(conversation_id: str) -> str:
        return f"lc:conv:{conversation_id}:log"

    @staticmethod
    def cids_key(conversation_id: str) -> str:
        return f"lc:conv:{conversation_id}:cids"

    @staticmethod
    def notes_key(conversation_id: str) -> str:
        return f"lc:conv:{conversation_id}:notes"

    async def append(
        self,
        conversation_id: str,
        *,
        author: str,
        text: Redacted,
        client_id: str | None = None,
        dedupe_key: str | None = None,
        name: Redacted | None = None,
        redactions: list[str] | None = None,
        buttons: list[dict[str, str]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> tuple[MessageDict, bool]:
        """Store a message; returns (message, created). A known client_id returns the first one.

        `dedupe_key` (default: the client_id) is what makes a resend idempotent; agents' keys
        are scoped to the agent so two agents' client ids can never collide.
        """
        body: MessageDict = {
            "id": new_id(),
            "conversation_id": conversation_id,
            "client_id": client_id,
            "author": author,
            "name": name,
            "text": text,
            "redactions": redactions or [],
            "ts": round(time.time(), 3),
        }
        if buttons:
            body["buttons"] = buttons
        if extra:
            body.update(extra)
        created, stored = await self._append(
            keys=[self.log_key(conversation_id), self.cids_key(conversation_id)],
            args=[
                dedupe_key or client_id or "",
                json.dumps(body, separators=(",", ":")),
                self._retention_s,
            ],
        )
        message: MessageDict = json.loads(stored)
        return message, bool(int(created))

    async def append_in_state(
        self,
        conversation_id: str,
        conversation_key: str,
        state: str,
        *,
        author: str,
        text: Redacted,
        buttons: list[dict[str, str]] | None = None,
    ) -> tuple[MessageDict | None, dict[str, str]]:
        """Store a message only while the conversation's state is `state`, reading the
        conversation in the same round trip. Returns (message or None, conversation hash)."""
        body: MessageDict = {
            "id": new_id(),
            "conversation_id": conversation_id,
            "client_id": None,
            "author": author,
            "name": None,
            "text": text,
            "redactions": [],
            "ts": round(time.time(), 3),
        }
        if buttons:
            body["buttons"] = buttons
        created, stored, flat = await self._append_in_state(
            keys=[self.log_key(conversation_id), conversation_key],
            args=[json.dumps(body, separators=(",", ":")), self._retention_s, state],
        )
        conv = dict(zip(flat[::2], flat[1::2], strict=True))
        return (json.loads(stored) if int(created) else None), conv

    async def append_customer(
        self,
        conversation_id: str,
        conversation_key: str,
        erased_key: str,
        *,
        text: Redacted,
        client_id: str,
        redactions: list[str],
        kind: str | None = None,
    ) -> tuple[MessageDict | None, bool, dict[str, str]]:
        """Store a customer's message and read its conversation in one round trip.

        Returns (message, created, conversation hash); message is None when support in the
        conversation is limited, and with an empty hash too when the conversation is gone
        (erased: never recreated by a tab that stayed open). Nothing is stored then.
        """
        body: MessageDict = {
            "id": new_id(),
            "conversation_id": conversation_id,
            "client_id": client_id,
            "author": "customer",
            "text": text,
            "redactions": redactions,
            "ts": round(time.time(), 3),
        }
        if kind is not None:  # absent for a plain message
            body["kind"] = kind
        created, stored, flat = await self._append_customer(
            keys=[
                self.log_key(conversation_id),
                self.cids_key(conversation_id),
                conversation_key,
                erased_key,
            ],
            args=[client_id, json.dumps(body, separators=(",", ":")), self._retention_s],
        )
        conv = dict(zip(flat[::2], flat[1::2], strict=True))
        if int(created) < 0:
            return None, False, conv
        return json.loads(stored), bool(int(created)), conv

    async def redact_again(
        self, message: MessageDict, text: Redacted, redactions: list[str]
    ) -> MessageDict | None:
        """Replace stored `message`'s text with `text` (the same text masked anew) in place;
        returns the message as now stored, or None when it is gone (erased, expired)."""
        again = {**message, "text": text, "redactions": redactions}
        replaced = await self._replace(
            keys=[self.log_key(message["conversation_id"])],
            args=[
                message["seq"],
                json.dumps({"id": message["id"]}, separators=(",", ":"))[1:-1],
                json.dumps(again, separators=(",", ":")),
            ],
        )
        return again if int(replaced) else None

    async def after(
        self, conversation_id: str, after_seq: int = 0, limit: int = 100_000
    ) -> list[MessageDict]:
        start = max(0, after_seq)
        raw: list[str] = await self._redis.lrange(
            self.log_key(conversation_id), start, start + limit - 1
        )
        return [json.loads(item) for item in raw]

    async def page_after(
        self, conversation_id: str, after_seq: int, page: int
    ) -> tuple[list[MessageDict], bool]:
        """At most `page` messages after `after_seq`, oldest first, and whether more follow."""
        start = max(0, after_seq)
        raw: list[str] = await self._redis.lrange(
            self.log_key(conversation_id), start, start + page
        )
        return [json.loads(item) for item in raw[:page]], len(raw) > page

    async def page_before(
        self, conversation_id: str, before_seq: int | None, page: int
    ) -> tuple[list[MessageDict], bool]:
        """At most `page` messages just before `before_seq` (the newest without it), oldest
        first, and whether older ones exist. Costs one LRANGE of at most `page` items."""
        if before_seq is None:
            pipe = self._redis.pipeline(transaction=False)
            pipe.lrange(self.log_key(conversation_id), -page, -1)
            pipe.llen(self.log_key(conversation_id))
            raw, total = await pipe.execute()
            return [json.loads(item) for item in raw], int(total) > len(raw)
        end = before_seq - 2  # seq n is at index n-1; the last one wanted is seq before_seq-1
        if end < 0:
            return [], False
        start = max(0, end - page + 1)
        items: list[str] = await self._redis.lrange(self.log_key(conversation_id), start, end)
        return [json.loads(item) for item in items], start > 0

    async def last(self, conversation_id: str) -> MessageDict | None:
        raw = await self._redis.lindex(self.log_key(conversation_id), -1)
        return json.loads(raw) if raw else None

    async def last_of_many(self, conversation_ids: list[str]) -> list[MessageDict | None]:
        """The newest message of several conversations in one round trip."""
        pipe = self._redis.pipeline(transaction=False)
        for conversation_id in conversation_ids:
            pipe.lindex(self.log_key(conversation_id), -1)
        return [json.loads(raw) if raw else None for raw in await pipe.execute()]

    async def first_from(
        self, conversation_id: str, author: str, scan: int = 50
    ) -> MessageDict | None:
        for message in await self.after(conversation_id, 0, scan):
            if message.get("author") == author:
                return message
        return None

    async def count(self, conversation_id: str) -> int:
        return int(await self._redis.llen(self.log_key(conversation_id)))

    async def add_note(
        self, conversation_id: str, agent: dict[str, str], text: Redacted
    ) -> MessageDict:
        note: MessageDict = {
            "id": "n_" + secrets.token_hex(8),
            "conversation_id": conversation_id,
            "agent": agent,
            "text": text,
            "ts": round(time.time(), 3),
        }
        key = self.notes_key(conversation_id)
        pipe = self._redis.pipeline(transaction=True)
        pipe.rpush(key, json.dumps(note, separators=(",", ":")))
        pipe.ltrim(key, -500, -1)  # bound: notes are a scratch pad, not a second log
        pipe.expire(key, self._retention_s)
        await pipe.execute()
        return note

    async def notes(self, conversation_id: str) -> list[MessageDict]:
        raw: list[str] = await self._redis.lrange(self.notes_key(conversation_id), 0, -1)
        return [json.loads(item) for item in raw]

    async def delete(self, conversation_id: str) -> None:
        await self._redis.delete(
            self.log_key(conversation_id),
            self.cids_key(conversation_id),
            self.notes_key(conversation_id),
        )
