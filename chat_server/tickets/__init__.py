"""Tickets: the record (number, due time, storage), mail out through a Redis outbox, mail in.

store = TicketStore(redis, settings)        # the record
mailer = TicketMailer(redis, settings)      # queues mail; OutboxWorker sends it
setup_tickets(app)                          # agents' HTTP API, /dev/mail, the worker
"""

from chat_server.tickets.due import due_at, due_in_words
from chat_server.tickets.http import TICKETS, TicketServices, setup_tickets
from chat_server.tickets.mailer import TicketMailer
from chat_server.tickets.outbox import Outbox, OutboxWorker, SmtpTarget, smtp_target
from chat_server.tickets.store import Ticket, TicketNotFound, TicketStore

__all__ = [
    "TICKETS",
    "Outbox",
    "OutboxWorker",
    "SmtpTarget",
    "Ticket",
    "TicketMailer",
    "TicketNotFound",
    "TicketServices",
    "TicketStore",
    "due_at",
    "due_in_words",
    "setup_tickets",
    "smtp_target",
]
