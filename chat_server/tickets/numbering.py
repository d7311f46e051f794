"""Ticket numbers: ``OCA-000123`` from one counter, allocated in the same Lua step that writes
the new ticket, its transcript and its indexes, so a customer's `ticket` event racing the
deadline sweeper yields one ticket, not two. Only `chat_server.tickets.store.TicketStore`
calls it (the store owns the ticket keys; this is its creation script)."""

from __future__ import annotations

import json
from typing import Any, cast

import redis.asyncio as aioredis

from chat_server.tickets.keys import TICKET_SEQ, by_conversation, by_email, by_status, ticket_key

_CREATE = """
local conv_key = KEYS[1]
if conv_key ~= '' then
  local existing = redis.call('GET', conv_key)
  if existing then
    local st = redis.call('HGET', ARGV[1] .. existing, 'status')
    if st and st ~= 'closed' then return {0, existing} end
  end
end
local n = redis.call('INCR', ARGV[2])
local number = string.format('OCA-%06d', n)
local tkey = ARGV[1] .. number
local fields = cjson.decode(ARGV[5])
fields['number'] = number
for k, v in pairs(fields) do redis.call('HSET', tkey, k, v) end
redis.call('EXPIRE', tkey, ARGV[3])
local transcript_key = tkey .. ':transcript'
for i = 7, #ARGV do redis.call('RPUSH', transcript_key, ARGV[i]) end
if #ARGV >= 7 then redis.call('EXPIRE', transcript_key, ARGV[3]) end
redis.call('ZADD', ARGV[6], ARGV[4], number)
if conv_key ~= '' then redis.call('SET', conv_key, number, 'EX', ARGV[3]) end
if KEYS[2] ~= '' then
  redis.call('SADD', KEYS[2], number)
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
return {1, number}
"""


async def allocate(
    redis: aioredis.Redis,
    fields: dict[str, str],
    transcript: list[str],
    *,
    conversation_id: str | None,
    email: str | None,
    due_ts: float,
    ttl_s: int,
) -> str:
    """Write a new open ticket (``fields`` without its number, ``transcript`` as JSON
    entries) and return its number; with ``conversation_id``, that conversation's unclosed
    ticket's number instead, writing nothing."""
    _created, number = cast(
        list[Any],
        await redis.eval(  # type: ignore[misc]
            _CREATE,
            2,
            by_conversation(conversation_id) if conversation_id else "",
            by_email(email) if email else "",
            ticket_key(""),
            TICKET_SEQ,
            str(ttl_s),
            repr(due_ts),
            json.dumps(fields),
            by_status("open"),
            *transcript,
        ),
    )
    return str(number)
