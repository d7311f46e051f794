"""chat_server."""
