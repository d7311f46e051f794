"""What the services acting on conversations share, built once by `service.py`."""

from __future__ import annotations

from dataclasses import dataclass

from chat_server.config import Settings
from chat_server.conversations.events import EventBus
from chat_server.conversations.messaging import Messages
from chat_server.conversations.transitions import Transitions
from chat_server.conversations.views import Views
from chat_server.store.conversations import ConversationStore


@dataclass(frozen=True)
class Shared:
    settings: Settings
    conversations: ConversationStore
    transitions: Transitions  # the only path of a state change
    messages: Messages  # how the service speaks in a conversation
    views: Views  # State objects and the queue
    bus: EventBus  # where domain events go


class ConversationActor:
    """Base of the services that change conversations: the shared parts as attributes."""

    def __init__(self, shared: Shared) -> None:
        self.settings = shared.settings
        self._conversations = shared.conversations
        self._transitions = shared.transitions
        self._messages = shared.messages
        self._views = shared.views
        self._bus = shared.bus
