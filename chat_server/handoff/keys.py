"""Key names of the handoff family (owned by chat_server.handoff.queue)."""

# zset conversation_id -> deadline (unix s); no TTL: entries leave on accept, ticket, close
QUEUE_KEY = "lc:queue"
WAITS_KEY = "lc:handoff:waits"  # list of recent queue waits in seconds (newest first, 50 kept)
SEEN_KEY = "lc:handoff:seen"  # zset agent_id -> last heartbeat of any of its connections
# hash conversation_id -> JSON of its queue Summary and State base (see HandoffQueue.entries):
# rebuilt only for conversations that changed, so a queue change costs O(1) commands.
SUMMARIES_KEY = "lc:queue:summaries"
SWEEPER_LOCK_KEY = "lc:handoff:sweeper"  # string: node id of the sweeper holding the lease


def agent_chats_key(agent_id: str) -> str:
    """Set of conversation ids an agent holds (its load, capped by AGENT_MAX_CHATS)."""
    return f"lc:handoff:chats:{agent_id}"
