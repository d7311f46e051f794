"""Redis key families. Each module here owns one family: its key names, encoding and TTL.

Every key starts with `lc:`; docs/redis-keys.md lists the families and their lifetimes.
`connection` is the one way the service opens a Redis connection pool.
"""

from chat_server.store.connection import client, connection_pool
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
    "client",
    "connection_pool",
]
