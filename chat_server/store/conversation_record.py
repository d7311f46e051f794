"""`Conversation`: one `lc:conv:{id}` hash decoded (written by chat_server.store.conversations)."""

from __future__ import annotations

from dataclasses import dataclass

from chat_server.conversations.state_machine import State

__all__ = ["VERSION_FIELD", "Conversation"]

VERSION_FIELD = "state_version"  # the hash field holding `Conversation.version`


@dataclass(frozen=True)
class Conversation:
    id: str
    state: State
    stored: bool
    created_at: float | None = None
    customer_name: str | None = None
    customer_email: str | None = None
    identity_verified: bool = False  # `customer_email` is the portal-signed identity's
    identity_email: str | None = None  # the signed identity this conversation belongs to
    locale: str | None = None
    queued_at: float | None = None
    deadline_ts: float | None = None
    agent_id: str | None = None
    agent_name: str | None = None
    ticket_number: str | None = None
    limited: bool = False
    insults: int = 0
    bot_failures: int = 0
    first_text: str | None = None
    tabs: int = 0  # customer connections open on any node (approximate: see tab_opened)
    # Raised by every write that changes what the State object shows (the state table's
    # changes, ticket, limited, contact): a State computed from an older one is stale.
    version: int = 0

    @classmethod
    def from_hash(cls, conversation_id: str, raw: dict[str, str]) -> Conversation:
        def num(key: str) -> float | None:
            value = raw.get(key)
            return float(value) if value else None

        return cls(
            id=conversation_id,
            state=State(raw.get("state", "bot")),
            stored="state" in raw or "created_at" in raw,
            created_at=num("created_at"),
            customer_name=raw.get("name") or None,
            customer_email=raw.get("email") or None,
            identity_verified=raw.get("verified") == "1",
            identity_email=raw.get("identity_email")
            or (raw.get("email") if raw.get("verified") == "1" else None),
            locale=raw.get("locale") or None,
            queued_at=num("queued_at"),
            deadline_ts=num("deadline_ts"),
            agent_id=raw.get("agent_id") or None,
            agent_name=raw.get("agent_name") or None,
            ticket_number=raw.get("ticket") or None,
            limited=raw.get("limited") == "1",
            insults=int(raw.get("insults", "0") or 0),
            bot_failures=int(raw.get("bot_failures", "0") or 0),
            first_text=raw.get("first_text") or None,
            tabs=int(raw.get("tabs", "0") or 0),
            version=int(raw.get(VERSION_FIELD, "0") or 0),
        )

    @property
    def verified(self) -> bool:
        """Whether the email mail goes to is the signed identity's (a typed one is not)."""
        return self.identity_verified and self.customer_email is not None

    def customer(self) -> dict[str, str | bool | None]:
        """What agents see of the customer: a typed email is marked unverified."""
        return {
            "name": self.customer_name,
            "email": self.customer_email,
            "email_verified": self.verified,
        }
