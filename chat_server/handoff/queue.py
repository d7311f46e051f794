"""The handoff queue: conversations waiting for a person, sorted by deadline, and agents' load.

Owns `lc:queue`, `lc:queue:summaries` and `lc:handoff:*` (named in chat_server.handoff.keys).
A state change moves a conversation in or out of the queue and the agents' loads in the same
atomic script as the conversation's own change (`moves`), so exactly one agent wins a
conversation and no agent goes over its cap.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass

import redis.asyncio as aioredis

from chat_server.handoff.keys import (
    QUEUE_KEY,
    SEEN_KEY,
    SUMMARIES_KEY,
    WAITS_KEY,
    agent_chats_key,
)
from chat_server.store.atomic import ScriptPart

ONLINE_WINDOW_S = 15.0  # an agent whose connections sent no heartbeat for this long is offline
DEFAULT_WAIT_S = 60.0  # estimate before any accept has been measured

# The handoff family's share of a state change (see chat_server.store.atomic): K[1] the queue,
# K[2] the chats of the agent taking the conversation, K[3] of the agent leaving it, K[4] the
# recent waits. What to do was decided by the state table; this only carries it out.
_MOVE_CHECK = """
if A.take and redis.call('SCARD', K[2]) >= tonumber(A.cap) then return {-1, 'at_capacity'} end
"""
_MOVE_APPLY = """
if A.queue == 'add' then redis.call('ZADD', K[1], A.deadline, ID)
elseif A.queue == 'rem' then redis.call('ZREM', K[1], ID) end
if A.release then redis.call('SREM', K[3], ID) end
if A.take then redis.call('SADD', K[2], ID) end
if A.waited ~= '' then
  redis.call('LPUSH', K[4], A.waited)
  redis.call('LTRIM', K[4], 0, 49)
end
"""
_NO_AGENT = agent_chats_key("-")  # a key never written: the place of an agent not involved


@dataclass(frozen=True)
class AgentLoad:
    agent_id: str
    chats: int
    available: bool


class HandoffQueue:
    def __init__(self, redis: aioredis.Redis, retention_s: int, agent_max_chats: int) -> None:
        self._redis = redis
        self._retention_s = retention_s
        self._cap = agent_max_chats

    def moves(
        self,
        *,
        enqueue_at: float | None = None,
        dequeue: bool = False,
        take_agent: str | None = None,
        release_agent: str | None = None,
        waited_s: float | None = None,
    ) -> ScriptPart:
        """This family's share of a decided state change: into the queue (with its deadline)
        or out of it, onto an agent's load (refused `at_capacity` at the cap) or off it."""
        queue_op = "add" if enqueue_at is not None else ("rem" if dequeue else "")
        return ScriptPart(
            _MOVE_CHECK,
            _MOVE_APPLY,
            (
                QUEUE_KEY,
                agent_chats_key(take_agent) if take_agent else _NO_AGENT,
                agent_chats_key(release_agent) if release_agent else _NO_AGENT,
                WAITS_KEY,
            ),
            {
                "queue": queue_op,
                "deadline": str(enqueue_at or 0),
                "take": take_agent is not None,
                "release": release_agent is not None,
                "cap": str(self._cap),
                "waited": "" if waited_s is None else str(round(max(0.0, waited_s), 3)),
            },
        )

    async def forget_conversation(self, conversation_id: str, agent_id: str | None) -> None:
        """Erasure: the conversation leaves the queue, its cached entry and its agent's load."""
        pipe = self._redis.pipeline(transaction=True)
        pipe.zrem(QUEUE_KEY, conversation_id)
        pipe.hdel(SUMMARIES_KEY, conversation_id, conversation_id + ":told")
        if agent_id:
            pipe.srem(agent_chats_key(agent_id), conversation_id)
        await pipe.execute()

    async def queued(self) -> list[str]:
        """Queued conversation ids, earliest deadline first (which is also oldest first)."""
        ids: list[str] = await self._redis.zrange(QUEUE_KEY, 0, -1)
        return ids

    async def entries(self) -> list[tuple[str, str | None, str | None]]:
        """Queued ids in order with their cached entry and what their customer was last told
        (None when never built or told): two commands whatever the queue's length."""
        ids = await self.queued()
        if not ids:
            return []
        fields = [f for cid in ids for f in (cid, cid + ":told")]
        pipe = self._redis.pipeline(transaction=False)
        pipe.hmget(SUMMARIES_KEY, fields)
        pipe.hlen(SUMMARIES_KEY)
        cached, size = await pipe.execute()
        if int(size) > 2 * len(fields) + 200:
            await self._prune_entries(set(fields))
        return [(cid, cached[2 * i], cached[2 * i + 1]) for i, cid in enumerate(ids)]

    async def _prune_entries(self, keep: set[str]) -> None:
        """Drop entries of conversations that left the queue by a path that did not say so
        (a stale queue entry, an erased conversation): rare, so a full scan is fine."""
        stale = [f for f in await self._redis.hkeys(SUMMARIES_KEY) if f not in keep]
        if stale:
            await self._redis.hdel(SUMMARIES_KEY, *stale)

    async def store_entries(self, entries: dict[str, str]) -> None:
        """Entries by conversation id, or what was told by `{id}:told`."""
        if entries:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hset(SUMMARIES_KEY, mapping=entries)
            pipe.expire(SUMMARIES_KEY, self._retention_s)
            await pipe.execute()

    async def forget_entries(self, conversation_ids: list[str]) -> None:
        if conversation_ids:
            fields = [f for cid in conversation_ids for f in (cid, cid + ":told")]
            await self._redis.hdel(SUMMARIES_KEY, *fields)

    async def length(self) -> int:
        return int(await self._redis.zcard(QUEUE_KEY))

    async def position(self, conversation_id: str) -> int | None:
        rank = await self._redis.zrank(QUEUE_KEY, conversation_id)
        return None if rank is None else int(rank) + 1

    async def due(self, now: float, limit: int = 100) -> list[str]:
        ids: list[str] = await self._redis.zrangebyscore(QUEUE_KEY, "-inf", now, start=0, num=limit)
        return ids

    async def next_deadline(self) -> float | None:
        first = await self._redis.zrange(QUEUE_KEY, 0, 0, withscores=True)
        return float(first[0][1]) if first else None

    async def retry_at(self, conversation_id: str, at: float) -> None:
        """Look at a conversation whose deadline handling failed again at ``at`` (the sweeper
        drops the entry then if the conversation no longer needs it)."""
        await self._redis.zadd(QUEUE_KEY, {conversation_id: at})

    async def drop(self, conversation_id: str) -> None:
        """Remove a stale entry (its conversation is no longer queued)."""
        await self._redis.zrem(QUEUE_KEY, conversation_id)

    async def chats_of(self, agent_id: str) -> set[str]:
        members: set[str] = await self._redis.smembers(agent_chats_key(agent_id))
        return members

    async def release(self, agent_id: str, conversation_id: str) -> None:
        await self._redis.srem(agent_chats_key(agent_id), conversation_id)

    # Presence: every node heartbeats the agents connected to it.
    async def heartbeat(self, agent_ids: list[str], now: float | None = None) -> None:
        if agent_ids:
            stamp = now or time.time()
            await self._redis.zadd(SEEN_KEY, {agent_id: stamp for agent_id in agent_ids})

    async def last_seen(self, agent_id: str) -> float | None:
        score = await self._redis.zscore(SEEN_KEY, agent_id)
        return None if score is None else float(score)

    async def online_agents(self, now: float | None = None) -> list[str]:
        ids: list[str] = await self._redis.zrangebyscore(
            SEEN_KEY, (now or time.time()) - ONLINE_WINDOW_S, "+inf"
        )
        return ids

    async def agents_seen_before(self, cutoff: float) -> list[str]:
        ids: list[str] = await self._redis.zrangebyscore(SEEN_KEY, "-inf", cutoff)
        return ids

    async def forget_agent(self, agent_id: str) -> None:
        await self._redis.zrem(SEEN_KEY, agent_id)

    async def loads(self, agent_ids: list[str], presence: dict[str, str]) -> list[AgentLoad]:
        pipe = self._redis.pipeline(transaction=False)
        for agent_id in agent_ids:
            pipe.scard(agent_chats_key(agent_id))
        counts = await pipe.execute()
        return [
            AgentLoad(agent_id, int(count), presence.get(agent_id, "available") == "available")
            for agent_id, count in zip(agent_ids, counts, strict=True)
        ]

    async def recent_waits(self) -> list[float]:
        raw: list[str] = await self._redis.lrange(WAITS_KEY, 0, 19)
        return [float(x) for x in raw]

    async def estimate_wait(self, position: int, free_slots: int) -> float | None:
        """An honest guess from the median of recent waits; None when nobody can take it."""
        return self.estimate_from(position, free_slots, await self.recent_waits())

    @staticmethod
    def estimate_from(position: int, free_slots: int, waits: list[float]) -> float | None:
        if free_slots <= 0:
            return None
        typical = statistics.median(waits) if waits else DEFAULT_WAIT_S
        # Those ahead are served in rounds of `free_slots` conversations.
        rounds = math.ceil(position / free_slots)
        return round(max(5.0, typical) * rounds, 1)
