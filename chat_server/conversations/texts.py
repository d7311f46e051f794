"""What the service itself says to customers (system messages), in English and German."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

REQUEST_HUMAN_PAYLOAD = "/request_human"  # the button that asks for a person

_TEXTS: dict[str, dict[str, str]] = {
    "masked": {
        "en": "For your safety we hid what looked like a password or card number. Please never "
        "share passwords or full card details in chat: our team will never ask for them.",
        "de": "Zu Ihrer Sicherheit haben wir etwas verborgen, das wie ein Passwort oder eine "
        "Kartennummer aussah. Bitte teilen Sie im Chat nie Passwörter oder vollständige "
        "Kartendaten: unser Team fragt nie danach.",
    },
    "queued": {
        "en": "Connecting you with a person. You are number {position} in the queue; estimated "
        "wait {wait}. If nobody is free within {timeout}, your chat becomes an email "
        "ticket and we answer by email.",
        "de": "Wir verbinden Sie mit einer Person. Sie sind Nummer {position} in der "
        "Warteschlange; geschätzte Wartezeit {wait}. Ist in {timeout} niemand frei, "
        "wird Ihr Chat zu einem E-Mail-Ticket und wir antworten per E-Mail.",
    },
    "queued_nobody": {
        "en": "No agent is available right now. Leave your email address and we will answer by "
        "email (within 24 hours on working days, 48 hours at weekends), or wait here up to "
        "{timeout} for someone to become free.",
        "de": "Gerade ist niemand verfügbar. Hinterlassen Sie Ihre E-Mail-Adresse und wir "
        "antworten per E-Mail (innerhalb von 24 Stunden an Werktagen, 48 Stunden am "
        "Wochenende), oder warten Sie hier bis zu {timeout}.",
    },
    "agent_joined": {"en": "{name} has joined the chat.", "de": "{name} ist dem Chat beigetreten."},
    "transferred": {
        "en": "{name} handed your chat back to the queue; the next free person will continue.",
        "de": "{name} hat Ihren Chat an die Warteschlange übergeben; die nächste freie Person "
        "übernimmt.",
    },
    "agent_gone": {
        "en": "Your agent lost their connection. You are back in the queue; the next free person "
        "will continue.",
        "de": "Die Verbindung Ihres Ansprechpartners ist abgebrochen. Sie sind wieder in der "
        "Warteschlange; die nächste freie Person übernimmt.",
    },
    "resolved": {
        "en": "{name} marked this conversation as resolved. Write again any time. How did we do?",
        "de": "{name} hat dieses Gespräch als gelöst markiert. Schreiben Sie jederzeit wieder. "
        "Wie zufrieden waren Sie?",
    },
    "closed": {"en": "The chat was closed.", "de": "Der Chat wurde beendet."},
    "inactive": {
        "en": "This chat was closed after {idle} without activity. Write again any time.",
        "de": "Dieser Chat wurde nach {idle} ohne Aktivität beendet. Schreiben Sie jederzeit "
        "wieder.",
    },
    "ticket": {
        "en": "Your request is now ticket {number}. We will answer by email by {due}.",
        "de": "Ihre Anfrage ist jetzt Ticket {number}. Wir antworten per E-Mail bis {due}.",
    },
    "ticket_deadline": {
        "en": "Sorry, nobody could take your chat within {timeout}. Your request is now ticket "
        "{number}; we will answer by email by {due}.",
        "de": "Leider konnte niemand Ihren Chat innerhalb von {timeout} übernehmen. Ihre Anfrage "
        "ist jetzt Ticket {number}; wir antworten per E-Mail bis {due}.",
    },
    "ticket_needs_email": {
        "en": "Please tell us your email address so we can send you the answer.",
        "de": "Bitte nennen Sie uns Ihre E-Mail-Adresse, damit wir Ihnen antworten können.",
    },
    "ticket_email_saved": {
        "en": "Thank you. We will write to {email} about ticket {number}.",
        "de": "Danke. Wir schreiben Ihnen an {email} zu Ticket {number}.",
    },
    "ticket_replied": {
        "en": "We answered ticket {number} by email.",
        "de": "Wir haben Ticket {number} per E-Mail beantwortet.",
    },
    "ticket_closed": {
        "en": "Ticket {number} is closed. Write again any time.",
        "de": "Ticket {number} ist geschlossen. Schreiben Sie jederzeit wieder.",
    },
    "bot_down": {
        "en": "Sorry, our assistant is not answering right now. Would you like to talk to a "
        "person?",
        "de": "Leider antwortet unser Assistent gerade nicht. Möchten Sie mit einer Person "
        "sprechen?",
    },
    "handoff_limited": {
        "en": "Too many requests for a person come from your network right now, so I cannot "
        "connect you at the moment. Leave your email address and we will answer by email.",
        "de": "Aus Ihrem Netzwerk kommen gerade zu viele Anfragen nach einer Person, daher kann "
        "ich Sie im Moment nicht verbinden. Hinterlassen Sie Ihre E-Mail-Adresse und wir "
        "antworten per E-Mail.",
    },
    "log_saved": {
        "en": "Thank you, your log is saved with this chat. Our assistant cannot read logs: a "
        "person can look at it.",
        "de": "Danke, Ihr Protokoll ist mit diesem Chat gespeichert. Unser Assistent kann "
        "Protokolle nicht lesen: eine Person kann es sich ansehen.",
    },
    "talk_to_person": {"en": "Talk to a person", "de": "Mit einer Person sprechen"},
    "limited": {
        "en": "Because of abusive messages, support in this chat is limited. You can still write "
        "to {support} by email.",
        "de": "Wegen beleidigender Nachrichten ist der Support in diesem Chat eingeschränkt. Sie "
        "können uns weiterhin per E-Mail an {support} schreiben.",
    },
    "ticket_status": {
        "en": "Ticket {number} is {status}. {due_line}",
        "de": "Ticket {number} ist {status}. {due_line}",
    },
    "ticket_due": {"en": "We will answer by {due}.", "de": "Wir antworten bis {due}."},
    "ticket_unknown": {
        "en": "I could not find a ticket {number} for you. Please check the number; it looks "
        "like OCA-000123 and is in the subject of our emails.",
        "de": "Ich konnte kein Ticket {number} für Sie finden. Bitte prüfen Sie die Nummer; sie "
        "sieht aus wie OCA-000123 und steht im Betreff unserer E-Mails.",
    },
    "ticket_status_by_mail": {
        "en": "I can tell a ticket's status only to its owner signed in to the customer portal. "
        "Every update on {number} goes by email to the address on the ticket: please look in "
        "that inbox (and its spam folder), or sign in to the portal and ask me again.",
        "de": "Den Stand eines Tickets kann ich nur seinem im Kundenportal angemeldeten "
        "Inhaber nennen. Jede Neuigkeit zu {number} geht per E-Mail an die Adresse des Tickets: "
        "Bitte sehen Sie in diesem Postfach (und im Spam-Ordner) nach, oder melden Sie sich im "
        "Portal an und fragen Sie mich noch einmal.",
    },
}

_STATUS = {
    "en": {"open": "open and waiting for our answer", "answered": "answered", "closed": "closed"},
    "de": {
        "open": "offen und wartet auf unsere Antwort",
        "answered": "beantwortet",
        "closed": "geschlossen",
    },
}


def lang_of(locale: str | None) -> str:
    return "de" if locale and locale.lower().startswith("de") else "en"


def say(key: str, locale: str | None, **values: object) -> str:
    return _TEXTS[key][lang_of(locale)].format(**values)


def status_word(status: str, locale: str | None) -> str:
    return _STATUS[lang_of(locale)].get(status, status)


def duration(seconds: float, locale: str | None) -> str:
    de = lang_of(locale) == "de"
    if seconds < 90:
        n = max(1, round(seconds))
        return f"{n} Sekunden" if de else f"{n} seconds"
    minutes = round(seconds / 60)
    return f"{minutes} Minuten" if de else f"{minutes} minutes"


def wait_span(estimate: dict[str, float] | None, locale: str | None) -> str:
    """A wait range in words: "30 seconds to 2 minutes" / "30 Sekunden bis 2 Minuten"."""
    if not estimate:
        return duration(60, locale)
    low, high = duration(estimate["low_s"], locale), duration(estimate["high_s"], locale)
    if low == high:
        return ("etwa " if lang_of(locale) == "de" else "about ") + low
    return f"{low} {'bis' if lang_of(locale) == 'de' else 'to'} {high}"


_DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
_DE_MONTHS = [
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
]
_DE_ZONES = {"CET": "MEZ", "CEST": "MESZ"}


def when(ts: float, timezone: str, locale: str | None) -> str:
    """A due time in the widget's one format (widget/src/format.js `dueTime`): weekday, date,
    time and zone. en: 'Wed, 3 Dec, 07:41 CET'; de: 'Mi., 3. Dez., 07:41 MEZ'."""
    moment = datetime.fromtimestamp(ts, ZoneInfo(timezone))
    zone = moment.tzname() or ""
    if lang_of(locale) == "de":
        day, month = _DE_DAYS[moment.weekday()], _DE_MONTHS[moment.month - 1]
        return f"{day}, {moment.day}. {month}, {moment:%H:%M} {_DE_ZONES.get(zone, zone)}"
    return f"{moment:%a}, {moment.day} {moment:%b}, {moment:%H:%M} {zone}"
