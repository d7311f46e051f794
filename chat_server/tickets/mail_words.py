"""Every sentence of our mail, in English and German; a ticket's mail follows its `locale`
(the chat widget's language, stored on the ticket when the chat became one). Mail that came
by email has no locale and is answered in English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "hello": "Hello,",
        "hello_name": "Hello {name},",
        "received": "we have received your request and opened ticket {number}. "
        "We will answer {when}.",
        "reply_hint": "Reply to this email to add to your request; keep {tag} in the subject.",
        "your_chat": "Your chat",
        "your_message": "Your message",
        "unverified": "For your protection this email does not repeat what was written: we could "
        "not verify that this address belongs to the person who wrote to us. If you did not "
        "contact us, please ignore this email.",
        "security": "Please never send passwords or full card numbers by email or chat; we will "
        "never ask for them.",
        "subject_received": "We received your request",
        "subject_reply": "Re: {about}",
        "your_request": "your request",
        "team": "Your support team",
        "closed": "we have closed ticket {number}.",
        "closed_again": "If you still need help, reply to this email and the ticket opens again.",
        "subject_closed": "Closed: {about}",
        "subject_closed_plain": "Your request is closed",
        "you": "You",
        "bot": "Assistant",
        "system": "System",
        "agent": "Agent",
        "transcript_subject": "Your chat transcript",
        "transcript_intro": "here is the transcript of your chat of {date}, as you asked. "
        "Details that looked like passwords or card numbers are hidden.",
    },
    "de": {
        "hello": "Guten Tag,",
        "hello_name": "Guten Tag {name},",
        "received": "wir haben Ihre Anfrage erhalten und das Ticket {number} eröffnet. "
        "Wir antworten {when}.",
        "reply_hint": "Antworten Sie auf diese E-Mail, um Ihre Anfrage zu ergänzen; lassen Sie "
        "{tag} im Betreff stehen.",
        "your_chat": "Ihr Chat",
        "your_message": "Ihre Nachricht",
        "unverified": "Zu Ihrem Schutz wiederholt diese E-Mail nicht, was geschrieben wurde: wir "
        "konnten nicht prüfen, ob diese Adresse der Person gehört, die uns geschrieben hat. "
        "Haben Sie uns nicht kontaktiert, ignorieren Sie diese E-Mail bitte.",
        "security": "Bitte senden Sie nie Passwörter oder vollständige Kartennummern per E-Mail "
        "oder Chat; wir fragen nie danach.",
        "subject_received": "Wir haben Ihre Anfrage erhalten",
        "subject_reply": "AW: {about}",
        "your_request": "Ihre Anfrage",
        "team": "Ihr Support-Team",
        "closed": "wir haben das Ticket {number} geschlossen.",
        "closed_again": "Brauchen Sie noch Hilfe, antworten Sie auf diese E-Mail; das Ticket "
        "wird dann wieder geöffnet.",
        "subject_closed": "Geschlossen: {about}",
        "subject_closed_plain": "Ihre Anfrage ist abgeschlossen",
        "you": "Sie",
        "bot": "Assistent",
        "system": "System",
        "agent": "Mitarbeiter",
        "transcript_subject": "Ihr Chatverlauf",
        "transcript_intro": "hier ist, wie gewünscht, der Verlauf Ihres Chats vom {date}. "
        "Was wie ein Passwort oder eine Kartennummer aussah, ist verborgen.",
    },
}


def lang_of(locale: str | None) -> str:
    return "de" if locale and locale.lower().startswith("de") else "en"


def word(key: str, locale: str | None, **values: object) -> str:
    return WORDS[lang_of(locale)][key].format(**values)
