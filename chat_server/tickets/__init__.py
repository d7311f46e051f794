"""Tickets: the record (number, due time, storage), the agents' actions on it, mail out through
a Redis outbox, mail in. No transport here: the HTTP API is `chat_server.http.tickets`, the
SMTP servers are `chat_server.smtp`.

tickets = TicketService.build(redis, settings)  # store, mailer; list/find/reply/close
worker = tickets.outbox_worker()                # sends queued mail: async with worker.running()
tickets.listen(listener)                        # hears "reply" / "closed"
tickets.export_customer(email) / erase_customer(email, conversation_ids)  # GDPR
"""

from chat_server.tickets.due import due_at, due_in_words
from chat_server.tickets.feedback import Feedback, FeedbackStore
from chat_server.tickets.mailer import TicketMailer
from chat_server.tickets.outbox import Outbox
from chat_server.tickets.record import Ticket, TicketNotFound, normalize_email
from chat_server.tickets.sender import OutboxWorker, SmtpTarget, smtp_target
from chat_server.tickets.service import TicketService
from chat_server.tickets.store import TicketStore

__all__ = [
    "Feedback",
    "FeedbackStore",
    "Outbox",
    "OutboxWorker",
    "SmtpTarget",
    "Ticket",
    "TicketMailer",
    "TicketNotFound",
    "TicketService",
    "TicketStore",
    "due_at",
    "due_in_words",
    "normalize_email",
    "smtp_target",
]
