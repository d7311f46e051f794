"""The outbox: mail waits in Redis until an SMTP server has taken it, exactly once.

Each queued mail is a hash ``lc:outbox:mail:{id}`` and a member of ``lc:outbox:due`` scored by
its next attempt time. A worker claims due mail with a lease (the score moves to the lease's
end and the hash records the worker's token), renews the lease just before sending, and
deletes the mail only while it still holds the lease. So two chat nodes never both send one
mail; a worker that dies mid-batch leaves its mail to the next claim once the lease ends.
The one window left is a crash between the SMTP server's 250 and the delete: that mail goes
out again (at-least-once there, as with any SMTP client).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from typing import Any, cast

import redis.asyncio as aioredis

from chat_server.tickets.keys import OUTBOX_DEAD, OUTBOX_DUE, OUTBOX_ITEM_PREFIX, outbox_item

# Pending mail keeps this long at most; the worker gives up (dead letter) well before.
ITEM_TTL_S = 7 * 86400


class Outbox:
    """The Redis side of the outbox: enqueue, claim, renew, finish."""

    _ENQUEUE = """
    if KEYS[3] ~= '' then
      if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
      local cur = redis.call('HGET', KEYS[3], ARGV[4])
      if cur and cur ~= '' then return 0 end
      redis.call('HSET', KEYS[3], ARGV[4], ARGV[5])
    end
    local fields = cjson.decode(ARGV[3])
    for k, v in pairs(fields) do redis.call('HSET', KEYS[1], k, v) end
    redis.call('EXPIRE', KEYS[1], ARGV[6])
    redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
    return 1
    """

    _CLAIM = """
    local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
    local out = {}
    for _, id in ipairs(ids) do
      redis.call('ZADD', KEYS[1], ARGV[2], id)
      if redis.call('EXISTS', ARGV[5] .. id) == 1 then
        redis.call('HSET', ARGV[5] .. id, 'lease', ARGV[4])
        table.insert(out, id)
      else
        redis.call('ZREM', KEYS[1], id)
      end
    end
    return out
    """

    _RENEW = """
    if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
    redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
    return 1
    """

    _DONE = """
    if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
    redis.call('ZREM', KEYS[2], ARGV[2])
    redis.call('DEL', KEYS[1])
    return 1
    """

    _RETRY = """
    if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
    redis.call('HDEL', KEYS[1], 'lease')
    redis.call('HSET', KEYS[1], 'attempts', ARGV[4], 'last_error', ARGV[5])
    redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
    return 1
    """

    _DEAD = """
    if redis.call('HGET', KEYS[1], 'lease') ~= ARGV[1] then return 0 end
    redis.call('HDEL', KEYS[1], 'lease', 'raw')
    redis.call('HSET', KEYS[1], 'status', 'failed', 'last_error', ARGV[4])
    redis.call('EXPIRE', KEYS[1], ARGV[5])
    redis.call('ZREM', KEYS[2], ARGV[2])
    redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
    return 1
    """

    def __init__(self, redis: aioredis.Redis, *, dead_ttl_s: int = 30 * 86400) -> None:
        self.redis = redis
        self.dead_ttl_s = dead_ttl_s

    async def _eval(self, script: str, keys_: list[str], args: list[Any]) -> Any:
        return await self.redis.eval(script, len(keys_), *keys_, *args)  # type: ignore[misc]

    def enqueue_writer(
        self, msg: EmailMessage, *, sender: str, to: str, number: str | None, kind: str
    ) -> tuple[Callable[[Any], None], str]:
        """(writer, mail id): ``writer(pipe)`` queues ``msg`` inside the caller's MULTI, so
        the mail is queued exactly when the caller's own change is made."""
        mail_id = uuid.uuid4().hex
        fields = self._fields(mail_id, msg, sender=sender, to=to, number=number, kind=kind)

        def writer(pipe: Any) -> None:
            pipe.hset(outbox_item(mail_id), mapping=fields)
            pipe.expire(outbox_item(mail_id), ITEM_TTL_S)
            pipe.zadd(OUTBOX_DUE, {mail_id: float(fields["created_ts"])})

        return writer, mail_id

    @staticmethod
    def _fields(
        mail_id: str, msg: EmailMessage, *, sender: str, to: str, number: str | None, kind: str
    ) -> dict[str, str]:
        return {
            "id": mail_id,
            "to": to,
            "from": sender,
            "number": number or "",
            "kind": kind,
            "message_id": str(msg.get("Message-ID", "")),
            "attempts": "0",
            "created_ts": repr(time.time()),
            "status": "pending",
            "raw": msg.as_bytes(policy=SMTP_POLICY).decode("utf-8", "surrogateescape"),
        }

    async def enqueue(
        self,
        msg: EmailMessage,
        *,
        sender: str,
        to: str,
        number: str | None,
        kind: str,
        once: tuple[str, str] | None = None,
        not_before: float | None = None,
    ) -> str | None:
        """Queue ``msg``; returns its id, or None when ``once`` = (hash key, field) was set.

        ``once`` makes a mail idempotent: the field is set together with the enqueue, so a
        second call (another node, a retry) queues nothing.
        """
        mail_id = uuid.uuid4().hex
        fields = self._fields(mail_id, msg, sender=sender, to=to, number=number, kind=kind)
        now = float(fields["created_ts"])
        once_key, once_field = once if once else ("", "")
        ok = await self._eval(
            self._ENQUEUE,
            [outbox_item(mail_id), OUTBOX_DUE, once_key],
            [
                mail_id,
                repr(not_before or now),
                json.dumps(fields),
                once_field,
                fields["message_id"],
                ITEM_TTL_S,
            ],
        )
        return mail_id if ok else None

    async def claim(self, token: str, *, limit: int, lease_s: float) -> list[str]:
        now = time.time()
        ids = await self._eval(
            self._CLAIM,
            [OUTBOX_DUE],
            [repr(now), repr(now + lease_s), limit, token, OUTBOX_ITEM_PREFIX],
        )
        return [str(i) for i in ids]

    async def load(self, mail_id: str) -> dict[str, str]:
        return cast(dict[str, str], await self.redis.hgetall(outbox_item(mail_id)))

    async def renew(self, mail_id: str, token: str, lease_s: float) -> bool:
        return bool(
            await self._eval(
                self._RENEW,
                [outbox_item(mail_id), OUTBOX_DUE],
                [token, repr(time.time() + lease_s), mail_id],
            )
        )

    async def done(self, mail_id: str, token: str) -> bool:
        return bool(
            await self._eval(self._DONE, [outbox_item(mail_id), OUTBOX_DUE], [token, mail_id])
        )

    async def retry(self, mail_id: str, token: str, at: float, attempts: int, error: str) -> bool:
        return bool(
            await self._eval(
                self._RETRY,
                [outbox_item(mail_id), OUTBOX_DUE],
                [token, mail_id, repr(at), attempts, error[:300]],
            )
        )

    async def dead(self, mail_id: str, token: str, error: str) -> bool:
        return bool(
            await self._eval(
                self._DEAD,
                [outbox_item(mail_id), OUTBOX_DUE, OUTBOX_DEAD],
                [token, mail_id, repr(time.time()), error[:300], self.dead_ttl_s],
            )
        )

    async def pending(self) -> int:
        return int(await self.redis.zcard(OUTBOX_DUE))

    async def erase_for(self, address: str, numbers: set[str]) -> int:
        """Delete mail still waiting (or dead) that goes to ``address`` or is about one of
        the ticket ``numbers``, each compared whole (GDPR erase); returns how many."""
        erased = 0
        async for key in self.redis.scan_iter(match=OUTBOX_ITEM_PREFIX + "*", count=500):
            to, number = await self.redis.hmget(key, ["to", "number"])  # type: ignore[misc]
            if (to or "").strip().lower() != address and (number or None) not in numbers:
                continue
            mail_id = key[len(OUTBOX_ITEM_PREFIX) :]
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(key)
                pipe.zrem(OUTBOX_DUE, mail_id)
                pipe.zrem(OUTBOX_DEAD, mail_id)
                await pipe.execute()
            erased += 1
        return erased
