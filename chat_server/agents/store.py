"""`lc:agent:{id}` hashes, the `lc:agents:emails` index and `lc:agents:revoked:{digest}` markers:
agents, their passwords, presence and signed-out session tokens.

Staff accounts have no TTL. Passwords are argon2 hashes; `pwv` changes with every password
change or disable, which invalidates every token issued before.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import redis.asyncio as aioredis
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

EMAILS_KEY = "lc:agents:emails"
# Signed-out session tokens (by digest), each kept until the token would have expired anyway.
REVOKED_PREFIX = "lc:agents:revoked:"
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Agent:
    id: str
    email: str
    name: str
    disabled: bool
    presence: str
    version: str

    def public(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "email": self.email}


class AgentExists(ValueError):
    pass


class AgentStore:
    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    @staticmethod
    def key(agent_id: str) -> str:
        return f"lc:agent:{agent_id}"

    @staticmethod
    def _agent(raw: dict[str, str]) -> Agent:
        return Agent(
            id=raw["id"],
            email=raw["email"],
            name=raw.get("name", ""),
            disabled=raw.get("disabled") == "1",
            presence=raw.get("presence", "available"),
            version=raw.get("pwv", "0"),
        )

    async def add(self, email: str, name: str, password: str) -> Agent:
        email = email.strip().lower()
        agent_id = "ag_" + secrets.token_hex(6)
        if not await self._redis.hsetnx(EMAILS_KEY, email, agent_id):
            raise AgentExists(f"an agent with email {email} exists")
        version = secrets.token_hex(4)
        await self._redis.hset(
            self.key(agent_id),
            mapping={
                "id": agent_id,
                "email": email,
                "name": name,
                "pw": _hasher.hash(password),
                "disabled": "0",
                "presence": "available",
                "pwv": version,
            },
        )
        return Agent(agent_id, email, name, False, "available", version)

    async def get(self, agent_id: str) -> Agent | None:
        raw: dict[str, str] = await self._redis.hgetall(self.key(agent_id))
        return self._agent(raw) if raw.get("id") else None

    async def by_email(self, email: str) -> Agent | None:
        agent_id = await self._redis.hget(EMAILS_KEY, email.strip().lower())
        return await self.get(agent_id) if agent_id else None

    async def all(self) -> list[Agent]:
        ids: list[str] = await self._redis.hvals(EMAILS_KEY)
        agents = [await self.get(agent_id) for agent_id in ids]
        return sorted((a for a in agents if a), key=lambda a: a.email)

    async def verify_password(self, email: str, password: str) -> Agent | None:
        """The agent if the password is right and the account enabled; None otherwise."""
        agent_id = await self._redis.hget(EMAILS_KEY, email.strip().lower())
        if not agent_id:
            _hasher.hash(password)  # spend the same time as a real check: no user enumeration
            return None
        raw: dict[str, str] = await self._redis.hgetall(self.key(agent_id))
        try:
            _hasher.verify(raw.get("pw", ""), password)
        except (VerificationError, InvalidHashError):
            return None
        agent = self._agent(raw)
        return None if agent.disabled else agent

    async def set_password(self, email: str, password: str) -> bool:
        agent = await self.by_email(email)
        if agent is None:
            return False
        await self._redis.hset(
            self.key(agent.id), mapping={"pw": _hasher.hash(password), "pwv": secrets.token_hex(4)}
        )
        return True

    async def disable(self, email: str) -> bool:
        agent = await self.by_email(email)
        if agent is None:
            return False
        await self._redis.hset(
            self.key(agent.id), mapping={"disabled": "1", "pwv": secrets.token_hex(4)}
        )
        return True

    async def revoke_token(self, digest: str, ttl_s: int) -> None:
        """Sign one session token out everywhere until it expires (``ttl_s`` ≥ 1)."""
        await self._redis.set(REVOKED_PREFIX + digest, "1", ex=max(1, ttl_s))

    async def token_revoked(self, digest: str) -> bool:
        return bool(await self._redis.exists(REVOKED_PREFIX + digest))

    async def set_presence(self, agent_id: str, status: str) -> None:
        await self._redis.hset(self.key(agent_id), "presence", status)

    async def presence_of(self, agent_ids: list[str]) -> dict[str, str]:
        pipe = self._redis.pipeline(transaction=False)
        for agent_id in agent_ids:
            pipe.hget(self.key(agent_id), "presence")
        values = await pipe.execute()
        return {a: (v or "available") for a, v in zip(agent_ids, values, strict=True)}

    async def names_of(self, agent_ids: list[str]) -> dict[str, str]:
        pipe = self._redis.pipeline(transaction=False)
        for agent_id in agent_ids:
            pipe.hget(self.key(agent_id), "name")
        values = await pipe.execute()
        return {a: (v or "") for a, v in zip(agent_ids, values, strict=True)}
