"""Agents: accounts (argon2), presence, login and the checks that keep everyone else out."""

from chat_server.agents.auth import (
    COOKIE_NAME,
    LoginLimiter,
    agent_from_token,
    require_agent,
    token_from_request,
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
    "require_agent",
    "token_from_request",
]
