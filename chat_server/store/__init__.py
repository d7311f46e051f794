"""Redis key families. Each module here owns one family: its key names, encoding and TTL.

Every key starts with `lc:`; docs/redis-keys.md lists the families and their lifetimes.
"""

from chat_server.store.conversations import Conversation, ConversationStore, TransitionResult
from chat_server.store.customers import CustomerIndex
from chat_server.store.messages import MessageLog
from chat_server.store.rate_windows import AddressLimiter
from chat_server.store.unhandled import UnhandledLog

__all__ = [
    "AddressLimiter",
    "Conversation",
    "ConversationStore",
    "CustomerIndex",
    "MessageLog",
    "TransitionResult",
    "UnhandledLog",
]
