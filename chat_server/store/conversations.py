"""`lc:conv:{id}` hashes: one conversation's state and who is in it.

A conversation that was never written is in state `bot`: ids and tokens are handed out on
connect, and nothing is stored until the customer does something, so idle connects cost nothing.
State changes go through one Lua script that checks the expected state, so two nodes (or an
agent and the deadline sweeper) can never both apply a change to the same conversation.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis

from chat_server.conversations.state_machine import State
from chat_server.store.atomic import AtomicScripts, ScriptPart
from chat_server.store.conversation_record import VERSION_FIELD, Conversation
from redaction import Redacted

__all__ = ["Conversation", "ConversationStore", "TokenBinding", "TransitionResult", "erased_key"]

PREFIX = "lc:conv:"
ERASED_PREFIX = "lc:erased:"  # + hash of the id: when it was erased (ms), so its tokens die
BOT_ACTIVITY_KEY = "lc:convs:bot_activity"  # zset conv_id -> last customer activity (state bot)
# Fields besides the state table's that the State object shows: writing one raises the
# conversation's version (`Conversation.version`), as every state change does.
STATE_SHOWN_FIELDS = frozenset({"ticket", "limited", "name", "email", "verified", "identity_email"})
#: The agent's or the bot's last question to the customer (redacted; ``question_of``: for a
#: secret, or for another thing, which ends the talk of one) and when it was asked.
ASKED_FIELD, ASKED_AT_FIELD = "asked", "asked_at"

# The conversation's share of a state change (see chat_server.store.atomic): K[1] the hash,
# K[2] the bot-activity zset; A.expected / A.agent what must still hold, A.to the decided state,
# A.fields strings ('' deletes the field).
_CHANGE_CHECK = """
local cur = redis.call('HGET', K[1], 'state') or 'bot'
if cur ~= A.expected then return {0, cur} end
if A.agent ~= '' and redis.call('HGET', K[1], 'agent_id') ~= A.agent then return {0, cur} end
OUT = cur
"""
_CHANGE_APPLY = """
redis.call('HSET', K[1], 'state', A.to, 'updated_at', A.now)
redis.call('HINCRBY', K[1], 'state_version', 1)  -- VERSION_FIELD: every change raises it
if redis.call('HEXISTS', K[1], 'created_at') == 0 then
  redis.call('HSET', K[1], 'created_at', A.now)
end
for name, value in pairs(A.fields) do
  if value == '' then redis.call('HDEL', K[1], name) else redis.call('HSET', K[1], name, value) end
end
redis.call('EXPIRE', K[1], tonumber(A.ttl))
if A.to == 'bot' then redis.call('ZADD', K[2], A.now, ID) else redis.call('ZREM', K[2], ID) end
"""


_TABS = """
-- KEYS[1] conversation hash; ARGV[1] +1 or -1, ARGV[2] retention ttl
-- A conversation nobody has written to yet holds only this count: it lives a day at most
-- and goes as soon as its last tab closes, so idle connects leave nothing behind.
local n = redis.call('HINCRBY', KEYS[1], 'tabs', ARGV[1])
local stored = redis.call('HEXISTS', KEYS[1], 'state') == 1
if not stored and n <= 0 then redis.call('DEL', KEYS[1]) return 0 end
if stored then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
else redis.call('EXPIRE', KEYS[1], 86400) end
return n
"""


# KEYS[1] conversation hash; ARGV[1] the question, ARGV[2] when. Never on a hash that is
# gone (erased meanwhile): it would come back holding only this.
_ASKED = f"""
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSET', KEYS[1], '{ASKED_FIELD}', ARGV[1], '{ASKED_AT_FIELD}', ARGV[2])
end
"""


@dataclass(frozen=True)
class TransitionResult:
    applied: bool
    previous: State | None  # the state found (None when another part refused)
    refused: str | None = None  # a code from another family's part (say `at_capacity`)


@dataclass(frozen=True)
class TokenBinding:
    """What decides whether a customer token may still resume its conversation."""

    owner_email: str | None  # the signed identity the conversation belongs to, if any
    revoked_ms: int  # tokens issued at or before this (ms) are dead (0: none revoked)


class ConversationStore:
    """Reads and atomically changes `lc:conv:{id}`; TTL is RETENTION_DAYS after the last write."""

    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self._redis = redis
        self._retention_s = retention_s
        self._atomic = AtomicScripts(redis)
        self._tabs = redis.register_script(_TABS)
        self._asked = redis.register_script(_ASKED)

    @staticmethod
    def key(conversation_id: str) -> str:
        return PREFIX + conversation_id

    async def get(self, conversation_id: str) -> Conversation:
        raw: dict[str, str] = await self._redis.hgetall(self.key(conversation_id))
        return Conversation.from_hash(conversation_id, raw)

    async def get_many(self, conversation_ids: list[str]) -> list[Conversation]:
        """Several conversations in one round trip."""
        pipe = self._redis.pipeline(transaction=False)
        for conversation_id in conversation_ids:
            pipe.hgetall(self.key(conversation_id))
        raws = await pipe.execute()
        pairs = zip(conversation_ids, raws, strict=True)
        return [Conversation.from_hash(cid, raw) for cid, raw in pairs]

    async def versions(self, conversation_ids: list[str]) -> list[int]:
        """Each conversation's current `version`, in one round trip (0: never written)."""
        pipe = self._redis.pipeline(transaction=False)
        for conversation_id in conversation_ids:
            pipe.hget(self.key(conversation_id), VERSION_FIELD)
        return [int(raw or 0) for raw in await pipe.execute()]

    async def record(self, conversation_id: str) -> dict[str, str]:
        """The hash as stored (for `gdpr export`)."""
        raw: dict[str, str] = await self._redis.hgetall(self.key(conversation_id))
        return raw

    async def token_binding(self, conversation_id: str) -> TokenBinding:
        """One round trip: the owner and the revocation stamps (closed, erased)."""
        key = self.key(conversation_id)
        pipe = self._redis.pipeline(transaction=False)
        pipe.hmget(key, "identity_email", "email", "verified", "tokens_revoked_ms")
        pipe.get(erased_key(conversation_id))
        (identity_email, email, verified, revoked), erased = await pipe.execute()
        owner = identity_email or (email if verified == "1" else None)
        return TokenBinding(
            owner_email=owner.lower() if owner else None,
            revoked_ms=max(int(revoked or 0), int(erased or 0)),
        )

    async def revoke_tokens(self, conversation_id: str) -> None:
        """Every token issued for the conversation until now stops resuming it."""
        await self.update(conversation_id, {"tokens_revoked_ms": int(time.time() * 1000)})

    async def exists(self, conversation_id: str) -> bool:
        return bool(await self._redis.exists(self.key(conversation_id)))

    async def transition(
        self,
        conversation_id: str,
        expected: State,
        to: State,
        fields: dict[str, Any] | None = None,
        *,
        now: float | None = None,
        expect_agent: str | None = None,
        also: Sequence[ScriptPart] = (),
    ) -> TransitionResult:
        """Carry out a decided change `expected` -> `to` (chat_server.conversations decides),
        setting `fields` (None deletes one), together with the other families' parts `also`
        in one atomic script. Nothing changes if the state is not `expected` (or the agent not
        `expect_agent`) any more, or if a part refuses."""
        stamp = str(now or time.time())
        encoded = {
            name: "" if value is None else _encode(value) for name, value in (fields or {}).items()
        }
        mine = ScriptPart(
            _CHANGE_CHECK,
            _CHANGE_APPLY,
            (self.key(conversation_id), BOT_ACTIVITY_KEY),
            {
                "expected": expected.value,
                "agent": expect_agent or "",
                "to": to.value,
                "now": stamp,
                "ttl": str(self._retention_s),
                "fields": encoded,
            },
        )
        result = await self._atomic.run(conversation_id, [mine, *also])
        if result.status < 0:
            return TransitionResult(applied=False, previous=None, refused=result.detail)
        return TransitionResult(applied=result.status == 1, previous=State(result.detail))

    async def update(self, conversation_id: str, fields: dict[str, Any]) -> None:
        """Set fields that are not the state (counters' snapshots, locale, first text).

        The customer's name is written only by ``set_contact``, which takes redacted text.
        """
        if "name" in fields:
            raise ValueError("the customer's name is written by set_contact (redacted) only")
        await self._write(conversation_id, fields)

    async def set_asked(self, conversation_id: str, question: Redacted) -> None:
        """What the agent's or the bot's last message asked the customer for
        (``redaction.question_of``), and when: the customer's next message is its answer
        wherever the customer is connected (``asked``)."""
        await self._asked(
            keys=[self.key(conversation_id)], args=[str(question), round(time.time(), 3)]
        )

    async def asked(self, conversation_id: str) -> tuple[str, float] | None:
        """``set_asked``'s question and when it was asked (epoch seconds), if any."""
        question, at = await self._redis.hmget(
            self.key(conversation_id), [ASKED_FIELD, ASKED_AT_FIELD]
        )
        return (question, float(at)) if question and at else None

    async def set_contact(
        self,
        conversation_id: str,
        *,
        email: str,
        name: Redacted | None,
        verified: bool,
        identity_email: str | None = None,
    ) -> None:
        """The customer's contact details; the name only as ``Redacted`` text.

        ``verified``: whether ``email`` is the portal-signed identity's own (a typed one is
        not); ``identity_email`` is given only by a signed identity (the owner)."""
        fields: dict[str, Any] = {"email": email, "verified": verified}
        if identity_email:
            fields["identity_email"] = identity_email
        if name:
            fields["name"] = name
        await self._write(conversation_id, fields)

    async def _write(self, conversation_id: str, fields: dict[str, Any]) -> None:
        key = self.key(conversation_id)
        now = time.time()
        mapping = {name: _encode(v) for name, v in fields.items() if v is not None}
        pipe = self._redis.pipeline(transaction=True)
        pipe.hsetnx(key, "created_at", now)
        pipe.hsetnx(key, "state", State.BOT.value)
        if mapping:
            pipe.hset(key, mapping=mapping)
        deleted = [name for name, v in fields.items() if v is None]
        if deleted:
            pipe.hdel(key, *deleted)
        if STATE_SHOWN_FIELDS.intersection(fields):
            pipe.hincrby(key, VERSION_FIELD, 1)
        pipe.hset(key, "updated_at", now)
        pipe.expire(key, self._retention_s)
        await pipe.execute()

    async def ensure_stored(self, conversation_id: str) -> None:
        """Write the conversation's hash the first time the customer does something."""
        await self.update(conversation_id, {})
        await self._redis.zadd(BOT_ACTIVITY_KEY, {conversation_id: time.time()}, nx=True)

    async def tab_opened(self, conversation_id: str) -> None:
        """Count the customer's open connections, so that a message is echoed to "other tabs"
        only when there are any. A node that dies leaves the count too high, which only costs
        an unneeded emit; it never hides a message from a tab that exists."""
        await self._tabs(keys=[self.key(conversation_id)], args=[1, self._retention_s])

    async def tab_closed(self, conversation_id: str) -> None:
        await self._tabs(keys=[self.key(conversation_id)], args=[-1, self._retention_s])

    async def increment(self, conversation_id: str, field: str) -> int:
        value = await self._redis.hincrby(self.key(conversation_id), field, 1)
        return int(value)

    async def touch_bot_activity(self, conversation_id: str, now: float | None = None) -> None:
        await self._redis.zadd(BOT_ACTIVITY_KEY, {conversation_id: now or time.time()}, xx=True)

    async def inactive_bot_conversations(self, older_than: float, limit: int = 100) -> list[str]:
        ids: list[str] = await self._redis.zrangebyscore(
            BOT_ACTIVITY_KEY, "-inf", older_than, start=0, num=limit
        )
        return ids

    async def forget_bot_activity(self, conversation_id: str) -> None:
        await self._redis.zrem(BOT_ACTIVITY_KEY, conversation_id)

    async def delete(self, conversation_id: str) -> None:
        """Erase the conversation; its tokens stay dead (the id would otherwise resume empty)."""
        await self._redis.delete(self.key(conversation_id))
        await self._redis.zrem(BOT_ACTIVITY_KEY, conversation_id)
        await self._redis.set(
            erased_key(conversation_id),
            int(time.time() * 1000),
            ex=self._retention_s,
        )


def erased_key(conversation_id: str) -> str:
    """`lc:erased:{sha256(id)}`: hashed, so an erased conversation's id is not kept."""
    return ERASED_PREFIX + hashlib.sha256(conversation_id.encode()).hexdigest()[:32]


def _encode(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
