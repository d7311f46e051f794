"""Agents: accounts (argon2), presence, signed session tokens, sign-out and the login slow-down.
Reading a session off an HTTP request is the transport's (`chat_server.http.auth`)."""

from chat_server.agents.auth import (
    COOKIE_NAME,
    LoginLimiter,
    agent_from_token,
    remaining_s,
    token_digest,
)
from chat_server.agents.store import Agent, AgentExists, AgentStore

AgentIdentity = Agent

__all__ = [
    "COOKIE_NAME",
    "Agent",
    "AgentExists",
    "AgentIdentity",
    "AgentStore",
    "LoginLimiter",
    "agent_from_token",
    "remaining_s",
    "token_digest",
]
