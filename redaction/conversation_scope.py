"""The kind of secret a conversation has named, held over its next few messages.

Customers announce a secret and give it later: "meine App fragt nach einer PIN" ⏎ "ist
das hier verschlüsselt?" ⏎ "ok" ⏎ "4729"; "the 2FA code" ⏎ "oh it expired, new one" ⏎
"771204"; "Router Passwort" ⏎ "steht auf der Rückseite" ⏎ "8812 4490 3371 2201 6604";
"here's the admin token" ⏎ "shpat_4f1c9a" ⏎ "77d02be3915e" ⏎ "0c8b2a94d1 (cut off)". The
value's message names nothing, and the line that named the kind is not the one right
before it. A ``Scope`` keeps the kind the conversation named last (a password, a PIN or
code, a card) for a few messages, until another thing is named or a value of another kind
is given; while it holds, a short message that masks nothing and is a value of that kind's
shape after words that only lead in is that value. The kind decides the shape, not the
words: no list of lead-in sentences is kept, so a stranger's wording of the same
conversation leads on alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction import resend, words
from redaction.field_reading import record_format
from redaction.hindsight import NOT_A_CODE, NOT_COLON_LEAD, is_remark, kind_named, says_nothing
from redaction.recognizers import card_details
from redaction.recognizers.card import is_card_number
from redaction.recognizers.credential import weak_token
from redaction.sentence_reading import goes_on
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDENTIAL, PASSWORD

#: Messages after the naming in which its value may still come.
KEPT = 3

PASSWORD_KIND, CODE_KIND, CARD_KIND, KEY_KIND = "password", "code", "card", "key"
#: A security question's answer: a password whose value is an ordinary name or word.
ANSWER_KIND = "answer"
#: The kinds of ``hindsight.kind_named`` as a scope holds them: a card's details end a
#: password's talk and are left to the card rules. An API key, token or secret holds for
#: the pieces a paste broke it into, each a message of its own (the credential rules read
#: a whole key; a piece is too short to be one by its shape alone).
_KINDS = {
    "API key": KEY_KIND,
    "password": PASSWORD_KIND,
    "security answer": ANSWER_KIND,
    "PIN": CODE_KIND,
    "code": CODE_KIND,
    "CVC": CARD_KIND,
    "expiry": CARD_KIND,
}

#: A code's digits, alone or in groups of one to five (a keypad's "7-3-9-1", an app's
#: "093 774", a router's key printed as "8812 4490 3371 2201 6604").
_DIGITS = re.compile(r"\d{4,8}|\d{1,5}(?:[ \-]\d{1,5}){1,7}")
#: A code as typed on a door's keypad, with its keys' signs: "*" before it, "#" (enter)
#: after it, or either between its digits ("*4417#", "7#2#9#1"). A "#" before digits
#: is "number" ("#4417", an order's), so none leads.
_KEYPAD = re.compile(r"\*?\d{1,8}(?:[*#]\d{1,8}){0,7}#?")
#: How many: a PIN's or a code's four to eight; a password of digits alone is a device's
#: printed key, sixteen and more (not a phone number's or an account's pieces).
_CODE_LENGTH, _KEY_LENGTH = (4, 8), (16, 24)
#: A card's expiry alone ("09/28", "11/2027": a year a card runs to, not a day's "12/05")
#: and its code of three digits ("837", "2-4-9").
_EXPIRY = re.compile(
    r"(?:0?[1-9]|1[0-2])\s?/\s?(?:20)?(?:2[4-9]|3\d)"
    # a month named ("Mai 27", "Dec 2028", "Sept. '29"): asked for the card's date
    rf"|(?i:{card_details.MONTHS})\s?(?:['’]|20)?(?:2[4-9]|3\d)"
)
_CARD_CODE = re.compile(r"\d(?:[ \-]?\d){2}")
#: Other things a customer names beside a secret's talk, beyond ``resend.names_other``'s:
#: an amount, a price, a date ("card ending 1141 was charged twice" ⏎ "and the amount" ⏎
#: "ok 662"). The talk of the secret ends there.
_OTHER_TOPIC = re.compile(
    r"(?i)(?<![^\W\d_])(?:amount|betrag|summe|price|preis|total|fee|gebühr|date|datum"
    r"|charged|abgebucht)(?![^\W\d_])"
)
#: A year alone ("2019") or a date's parts ("14 06 1983") tell when, not a code.
_YEAR = re.compile(r"(?:19|20)\d\d")
#: How many words may lead into the value ("ok he got", "now:", "Kombination").
_LEAD_MAX = 3
#: Words that only lead in, beyond ``resend``'s: what the customer does with the value.
_LEAD_MORE = frozenset(
    "got have has is lautet steht says shows zeigt new neue neuer neues code pin tan "
    "key schlüssel combination kombination he she er sie i ich it's es "
    # which of a list of codes: "first one is", "der nächste:"
    "first one next erste erster nächste nächster wäre wär".split()
)


#: A quoted stretch of a line: an error's or a program's words the customer quotes.
_QUOTED = re.compile(r"'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"|`[^`\n]{1,80}`|„[^“\n]{1,80}“")


def _lead_word(token: str) -> bool:
    core = words.trim(token).lower().rstrip(":")
    return not core or core in _LEAD_MORE or resend.leads_in(core)


#: Read on the lower-cased line (a case-blind scan costs ten times as much).
_BARE_KEY = re.compile(r"\b(?:key|schlüssel)\b")
#: A network device by its own name: a bare "box" is as often a lock box's.
_NETWORK_DEVICE = re.compile(r"\b(?:router|fritz!?box|wlan|wi-?fi|netzwerk|network)\b")


#: The codes as the login's, not a kind of them ("the codes", "die Codes"; not "discount
#: codes").
_THE_CODES = re.compile(r"(?i)\b(?:the|my|die|meine|den|deine|your|ihre|seine|his|her)\s+codes?\b")
#: A lock opened by a code: a key safe, a lock box, a combination lock, a door's entry
#: system or keypad (a door opener, "Türöffner", is one only with its code's keypad).
_LOCK = re.compile(
    r"\b(?:lock ?box(?:es)?|key ?safe|schlüssel(?:safe|tresor|kasten|box)|zahlenschloss"
    r"|combination lock|code ?lock|codeschloss|door entry(?: system)?|(?:door|gate) keypad"
    r"|keypad lock|tür(?:code)?schloss|zutrittssystem)\b"
)
#: Literals one of which a line naming such a lock holds (``_LOCK`` runs only then).
_LOCK_LITERALS = ("lock", "safe", "tresor", "schloss", "door entry", "keypad", "zutritt")


def kind_of(line: str, bare_code: Callable[[str], bool]) -> str:
    """The kind of secret ``line`` names (a scope's kind), or "". A code only with words
    that say which ("2fa code", "Türcode") or bare (``bare_code(line)``: "the code",
    "Code:"), not "discount codes"."""
    low = line.lower()
    if any(literal in low for literal in _LOCK_LITERALS) and _LOCK.search(low):
        # "the lock box has the spare key" ⏎ "combination 3-19-27": a lock opened by a code
        # names its code (the key it holds is no secret's value)
        return CODE_KIND
    named = kind_named(line)
    if named is None:
        # "Den Schlüssel? Der steht hinten auf der Box", "den Schlüssel vom Router": a bare
        # key of a network device is its wifi password (not a door's or an SSH key)
        key = ("key" in low or "schlüssel" in low) and _BARE_KEY.search(low) is not None
        return PASSWORD_KIND if key and _NETWORK_DEVICE.search(low) is not None else ""
    label, kinds, noun = named
    if (
        noun in ("code", "codes")
        and not kinds
        and not bare_code(line)
        and not (_THE_CODES.search(line) is not None and _code_device(line))
    ):
        # "my husband's phone gets the codes": the codes a phone is sent are a login's
        return ""
    if _KINDS.get(label) == KEY_KIND and kind_named(_QUOTED.sub(" ", line)) is None:
        return ""  # a key named only in a quoted error ("all with 'invalid api key'")
    return _KINDS.get(label, "")


def card_detail(value: str) -> str | None:
    """The card's detail ``value`` alone is, asked for it: its expiry, or its code of three
    digits (a PIN or the last four have four)."""
    if _EXPIRY.fullmatch(value):
        return CARD_EXPIRY
    return CARD_CVC if _CARD_CODE.fullmatch(value) else None


class Scope:
    """The kind the conversation named last and how many messages it holds for."""

    __slots__ = ("kind", "left", "paused", "paused_left", "phrase")

    def __init__(self) -> None:
        self.kind = ""
        self.left = 0
        self.phrase = False  # the talk said the password is made of words
        #: a code's or a card's kind an aside ended, and for how many more messages a
        #: line that leads in with a colon takes it up again ("das wäre:", "now: …")
        self.paused = ""
        self.paused_left = 0

    def value(self, text: str, named: str = "") -> tuple[str, int, int] | None:
        """The type and span of the value of the held kind that ``text`` gives, if any
        (``named``: the kind ``text`` itself names)."""
        if not self.left and self.paused_left and (named == self.paused or _colon_lead(text)):
            # ... or names the paused kind again with its value ("the lock box's code" ⏎ a
            # long aside ⏎ "combination 3-19-27")
            # "I have a code from the app, do you need it now?" ⏎ "it changes every 30
            # sec so tell me when" ⏎ "now: 902 117": the customer takes the code up again
            self.kind, self.left, self.paused_left = self.paused, 1, 0
        if not self.left or "\n" in text.strip():
            return None
        # a remark in parentheses speaks of the piece ("(cut off when I copied it on my
        # phone)"): it names no other thing the message gives
        said = _REMARK.sub("", text) if self.kind == KEY_KIND else text
        if resend.names_other(said):
            return None
        tokens = said.split()
        lead = 0
        while lead < min(len(tokens) - 1, _LEAD_MAX) and _lead_word(tokens[lead]):
            lead += 1
        rest = " ".join(tokens[lead:]).strip(".,;!")
        if not rest:
            return None
        # "it's on the sticker: 7734 8812 0956 4471": the digits after a colon the words
        # before only lead to
        given = _after_colon_lead(said)
        span = None
        if self.kind == CODE_KIND:
            span = (
                _digits(text, rest, _CODE_LENGTH)
                or _digits(text, given, _CODE_LENGTH)
                or _digits(text, _code_said_is(said), _CODE_LENGTH)
            )
        elif self.kind in (PASSWORD_KIND, ANSWER_KIND):
            span = _digits(text, rest, _KEY_LENGTH) or _digits(text, given, _KEY_LENGTH)
            if span is None and len(tokens) == lead + 1:
                span = resend.resent(text) or _token(text, rest)
            if span is None:
                span = self._words(text, rest)
        elif self.kind == KEY_KIND:
            piece = _key_piece(text, rest)
            return None if piece is None else (CREDENTIAL, *piece)
        elif self.kind == CARD_KIND:
            detail = card_detail(rest)
            return None if detail is None else (detail, *_span(text, rest))
        return None if span is None else (PASSWORD, *span)

    def _words(self, text: str, rest: str) -> tuple[int, int] | None:
        """Words that are the value itself: a security question's answer ("Biscuit",
        "Sir Fluffington"), or a passphrase once the talk said the password is made of
        words ("dancing at midnight"); after a colon that only leads in, its end ("also
        das ist es: Sonnenblume 2023!")."""
        lead, colon, given = text.rpartition(":")
        if colon and given.strip() and len(lead.split()) <= _LEAD_WORDS:
            if NOT_COLON_LEAD.search(lead) is not None:
                return None  # "Bestellung: 4471 22": another thing's value
            rest = given.strip().strip(".,;")
        cores = [words.trim(t) for t in rest.split()]
        if self.kind == ANSWER_KIND and cores and cores[0].lower() in _ARTICLES:
            rest = rest.split(None, 1)[1] if len(cores) > 1 else ""
            cores = cores[1:]
        if self.kind == ANSWER_KIND and not self.phrase and not rest[:1].isupper():
            return None  # an answer names a pet, a place, a school: "no idea" is none
        most = _ANSWER_WORDS if self.kind == ANSWER_KIND else _PHRASE_WORDS if self.phrase else 0
        if (
            not most
            and len(cores) > 1
            and any(ch.isdigit() for ch in rest)
            and any(ch in _SIGNS for ch in rest)
        ):
            # "Sonnenblume 2023!": words and a number with a password's sign, spaced (not
            # a word's exclamation, "Help!")
            most = _ANSWER_WORDS
        if not 0 < len(cores) <= most or not _plain_words(rest, cores):
            return None
        return _span(text, rest)

    def after(self, text: str, kind: str, other: bool) -> None:
        """Update after a message ``text``: the ``kind`` it named (or ""), and whether it
        named ``other`` things (an order, a user name, an amount), which ends the talk of
        the secret."""
        if other and kind == CODE_KIND and _code_device(text):
            other = False  # "my 2fa phone died, i have the backup codes": the code's phone
        held = self.paused_left
        self.paused_left = max(0, self.paused_left - 1)
        if other or kind:
            self.paused_left = 0
        if (
            not kind
            and not self.left
            and (
                (self.paused_left and _colon_lead(text, alone=True))
                or (held and not other and _announces(text))
            )
        ):
            # "den Code aus der SMS" ⏎ "bin grad im Zug, Netz ist schlecht" ⏎ "das wäre:":
            # the next message gives the code after all
            self.kind, self.left, self.paused_left = self.paused, 1, 0
            return
        if other or (not kind and _OTHER_TOPIC.search(text) is not None):
            self.kind, self.left, self.phrase = "", 0, False
        elif kind:
            if kind != self.kind or not self.left:
                self.phrase = False
            self.kind, self.left = kind, KEPT
            if _promised(text):
                # "I'll send you the password in a sec" ⏎ "need to find the note" ⏎ … ⏎
                # "lantern-fog-river": the value is promised, and comes after the search
                self.left = KEPT_PROMISED
            self.phrase = self.phrase or _MADE_OF_WORDS.search(text) is not None
        elif (
            self.kind in (PASSWORD_KIND, ANSWER_KIND)
            and self.left
            and (_about_login(text) or _MADE_OF_WORDS.search(text) is not None)
        ):
            # "Es kommt immer 'ungültige Anmeldedaten'" ⏎ "Hab es dreimal probiert", "it's
            # got a space in it": the talk is still of the login or the password named
            # before, and its value may come
            self.left = KEPT
            self.phrase = self.phrase or _MADE_OF_WORDS.search(text) is not None
        elif not self.left:
            return
        elif _announces(text):
            # "jetzt ist er abgelaufen, neuer:" ⏎ "093 774", "here's the new one:": a line
            # that ends on its colon gives the held kind's value in the next message
            self.left = max(self.left - 1, 1)
        elif self.kind not in (PASSWORD_KIND, ANSWER_KIND) and _aside(text):
            # digits alone after talk of something else may be anything's ("the gate
            # code is" ⏎ "sorry, the delivery van just arrived downstairs" ⏎ "7731"): a
            # code's or a card's scope holds through a hesitation, not a question or a
            # sentence (a password's shape is judged strongly enough to hold)
            self.paused, self.paused_left = self.kind, KEPT
            self.kind, self.left, self.phrase = "", 0, False
        else:
            self.left -= 1


#: Messages a value promised for later may still come in ("I'll send the password in a
#: sec", "das Passwort schicke ich gleich"): the customer looks for it first.
KEPT_PROMISED = 6
#: The customer says the value comes later: they will send, type or look it up.
_PROMISE = re.compile(
    r"(?i)\b(?:i'?ll|i will|gonna|going to|let me)\s+(?:\w+\s+)?(?:send|give|type|paste|get|find"
    r"|look|dig|check)\b|\b(?:schick|send|geb|such|hol|tipp)\w*\s+(?:\w+\s+){0,2}(?:gleich|sofort"
    r"|nach|dann|kurz)\b|\bkommt\s+(?:gleich|sofort)\b|\bin a (?:sec|second|moment|min(?:ute)?)\b"
)


def _promised(text: str) -> bool:
    """Does ``text``, naming a secret, promise its value for later?"""
    return _PROMISE.search(text) is not None


def _announces(text: str) -> bool:
    """Does ``text`` end on a colon that leads into the next message ("neuer:", "here's
    the new one:", "so, das ist es:"), the words before it naming no other thing, asking
    nothing?"""
    line = text.strip()
    if not line.endswith(":") or "?" in line or NOT_COLON_LEAD.search(line) is not None:
        return False
    said = line[:-1].split()
    # a label alone is another thing's ("Lieferung:"): the words say the value comes,
    # ending on one that only leads in ("neuer:", "new one:") or leading with some
    return 0 < len(said) <= _ANNOUNCE_WORDS and (
        _lead_word(said[-1]) or (len(said) >= 3 and any(_lead_word(t) for t in said))
    )


#: An announcing line of at most this many words (a sentence beyond it says more).
_ANNOUNCE_WORDS = 8


#: Up to three words that only lead in, and a colon: "das wäre:", "now:", "ok here:".
_COLON_LEAD = re.compile(r"\s*(?P<lead>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:(?:\s+(?P<v>\S.*))?\s*")


def _colon_lead(text: str, *, alone: bool = False) -> bool:
    """Does ``text`` open with a few words and a colon that only lead in (a value after
    them, or ``alone``: nothing), asking nothing?"""
    m = _COLON_LEAD.fullmatch(text)
    if m is None or (m["v"] is None) != alone or "?" in text:
        return False
    # "Lieferschein: 7731" labels another number
    return all(t.lower() in words.STOP_WORDS or _lead_word(t) for t in m["lead"].split())


#: The code named again as a clause's subject and its value closing the message: "guest
#: code for today is *4417#", "the code on the sticker is 482-91-736", "den Admin-Code,
#: der is 19283746". Read only in a code's talk, on a line naming no other thing.
_CODE_SAID_IS = re.compile(
    r"(?i)(?<![^\W\d_])(?:code|pin|tan|kombination|combination)\b[^.?!:\n]{0,40}?"
    r"\b(?:is|ist|is now|ist jetzt|lautet|was|war)\s+(?P<v>[*#\d][\d *#\-]*?)[.!]?\s*\Z"
)


def _code_said_is(said: str) -> str:
    """The digits after "is" when the words before it name the code ("…code … is …")."""
    if not any(ch.isdigit() for ch in said):
        return ""
    m = _CODE_SAID_IS.search(said)
    if m is None or NOT_A_CODE.search(said, 0, m.start("v")) is not None:
        return ""  # "the discount code is 4417": a code nobody keeps secret
    return m["v"].strip()


def _after_colon_lead(said: str) -> str:
    """What follows a colon after a few words that name no other thing ("it's on the
    sticker: …", not "Bestellung: 4471 22"), or ""."""
    lead, colon, given = said.rpartition(":")
    if not colon or len(lead.split()) > _LEAD_WORDS or NOT_COLON_LEAD.search(lead) is not None:
        return ""
    return given.strip().strip(".,;!")


#: A phone named as the device a code comes to or is made on ("my 2fa phone",
#: "Telefon-Verifizierung"), and a phone's number, which would name another thing.
_PHONE = re.compile(
    r"(?i)(?<![^\W\d_])(?:phone(?!\s*(?:number|no\b|nr\b|#))|(?:telefon|handy)(?!\w*(?:nummer|nr\b))\w*)"
    r"(?![^\W\d_])"
)
_PHONE_NUMBER = re.compile(r"\d[\d /-]{5,}\d")


def _code_device(text: str) -> bool:
    """Does ``text``, naming a code, name no other thing than the phone the code is sent
    to or made on (no phone's number, no order, no address)?"""
    return (
        _PHONE_NUMBER.search(text) is None
        and _PHONE.search(text) is not None
        and not resend.names_other(_PHONE.sub(" ", text))
    )


#: Words that say the password is made of words ("a passphrase", "es war ein Satz", "it's
#: got a space in it", "vier Wörter"): a few plain words may then be its value.
#: Not when denied: "no spaces", "ohne Leerzeichen", "keine Wörter" say the opposite.
_MADE_OF_WORDS = re.compile(
    r"(?i)(?<!\bno )(?<!\bnot )(?<!\bohne )(?<!\bkein )(?<!\bkeine )(?<!\bwithout )"
    r"(?:pass[ -]?phrase|passwortsatz|kennwortsatz|\bsatz\b|\bwords\b|\bwörter\b"
    r"|\bspaces?\b|leerzeichen)"
)
#: A login under way or failing. It holds a password's talk, but opens none: after "cant
#: log in" the user name comes as often as the password ("logging in now" ⏎
#: "marigold_1988" ⏎ "that's my username"), and only a later message tells which it was.
_LOGIN = re.compile(
    r"(?i)\blog(?:ging|ged)?[ -]?(?:in|on)\b|\blogin\b|\bsign(?:ing|ed)?[ -]?in\b"
    r"|\banmeld|\beinlogg|\beingeloggt|\bcredentials\b|anmeldedaten|zugangsdaten"
)
#: ... or the customer tells what they typed into it (not what a payment answered: "card
#: not accepted", "abgelehnt" are a card's talk).
_LOGIN_TRIED = re.compile(
    r"(?i)\b(?:tried|typed|entered|probiert|eingegeben|eingetippt|versucht)\b"
)
#: Whether the chat is safe to send a secret in: the customer hesitates over the secret.
#: A security question's answer of at most this many words ("Sir Fluffington", "St.
#: Mary's Primary"); a passphrase of at most this many ("correct horse battery staple").
_ANSWER_WORDS, _PHRASE_WORDS = 3, 6
#: Words before a colon that may only lead into the value ("also das ist es:").
_LEAD_WORDS = 5
#: A password's signs within words (not a sentence's quotes, brackets or question mark,
#: nor a configuration's "=" or a template's "<…>").
_SIGNS = words.STRONG_SYMBOLS - frozenset("?'\"()[]{};\\=<>")
_ARTICLES = frozenset("a an the ein eine einen der die das".split())


#: The facts security questions ask for ("name of your first school", "Geburtsort der
#: Mutter") ...
_SECURITY_FACT = re.compile(
    r"\bfirst (?:pet|school|car|teacher)|\berste[nrsm]? (?:haustier|schule|auto|lehrer)"
    r"|geburtsort|place of birth|birthplace|\bgrew up\b|aufgewachsen|maiden name"
    r"|mädchenname|geburtsname"
)
#: ... as a question put to the customer and answered ("it asks", "Antwort auf die Frage
#: nach"): the same fact given to an agent who verifies a caller is personal data, no
#: secret ("mother's maiden name... do I really have to" ⏎ "ok, it's Hollins").
_ASKED = re.compile(r"\b(?:asks?|asking|asked|question|fragt|answer)\b|frage\b|antwort\b")
#: Parts of every fact's words: a line without any pays no scan.
_FACT_LITERALS = ("first", "erste", "geburt", "birth", "grew", "aufgewachsen", "maiden", "mädchen")
#: A line that asks for such a fact is a question's, not a story.
_FACT_WORDS = 10


def answer_asked(text: str) -> bool:
    """Does ``text`` name the fact a security question asks for, as that question's, so
    that its answer may follow alone ('it asks "name of your first school"' ⏎ "St. Aidan
    Primary")?"""
    low = text.lower()
    return (
        any(literal in low for literal in _FACT_LITERALS)
        and _SECURITY_FACT.search(low) is not None
        and _ASKED.search(low) is not None
        and len(text.split()) <= _FACT_WORDS
    )


def _about_login(text: str) -> bool:
    return _LOGIN.search(text) is not None or _LOGIN_TRIED.search(text) is not None


#: Marks no plain-word value holds: an address's, a list's ("capital O, P, D"), a
#: configuration's or a template's.
_NOT_IN_WORDS = ("@", "://", ",", "=", "<", ">")


def _plain_words(rest: str, cores: list[str]) -> bool:
    """Are ``cores`` words that stand for themselves, not a remark or a sentence: no
    question, no word that only says something (``hindsight.says_nothing``: "ok", "thanks",
    "one sec"), not opened by a function word nor closed by a stop word, no verb reading on
    (``sentence_reading``)?"""
    if "?" in rest or any(not core for core in cores) or not cores[0][:1].isalpha():
        return False
    if any(mark in rest for mark in _NOT_IN_WORDS) or says_nothing(rest) or is_remark(rest):
        return False
    first, last = cores[0].lower(), cores[-1].lower()
    if first in words.FUNCTION_WORDS or last in words.STOP_WORDS:
        # "on the mobile app", "works fine", "the first 4" (a description: an answer's
        # article is taken off before, "its a Corolla")
        return False
    return not goes_on(rest, 0, (0, len(rest)))


#: What joins a password's parts ("Laterne-Nebel-Fluss", "marigold_1988").
_JOINER = re.compile(r"[-_.+]+")


#: Marks of an address, a path, a configuration's key=value or a template.
_NOT_IN_TOKEN = ("@", "/", "=", "<", ">")


def _token(text: str, rest: str) -> tuple[int, int] | None:
    """``rest``, one token, shaped like a password the talk of a password asked for: the
    shape the rules give a secret, or words joined into one (three words, or a word and a
    number: "Laterne-Nebel-Fluss", "marigold_1988") — not a user's name ("kevin_d"), a
    version, a product, a reference or an address."""
    core = rest.strip("\"'`„“”«»‚‘’()")
    if len(core) < 6 or not any(ch.isalpha() for ch in core) or says_nothing(core):
        return None
    if any(mark in core for mark in _NOT_IN_TOKEN) or words.is_product(core):
        return None
    if words.is_reference(core) or words.is_placeholder(core.lower()):
        return None
    if words.secret_shape(core) == words.NOT_SECRET:
        parts = [part for part in _JOINER.split(core) if part]
        named = sum(part.isalpha() and len(part) >= 3 for part in parts)
        numbers = sum(part.isdigit() and len(part) >= 2 for part in parts)
        if not (named >= 3 or (named and numbers)) or named + numbers != len(parts):
            return None
    return _span(text, core)


#: A message longer than this names something else when it names no secret.
_ASIDE_WORDS = 6


def _aside(text: str) -> bool:
    """Is ``text`` a question or a sentence rather than a hesitation ("Moment", "ok
    whatever", "no wait that's the old card")?"""
    line = text.strip()
    if not any(ch.isalnum() for ch in line):
        return False  # signs alone ("???", "…") urge the agent on: no other thing is named
    return line.endswith("?") or len(line.split()) > _ASIDE_WORDS


def _span(text: str, rest: str) -> tuple[int, int]:
    start = text.rindex(rest)
    return start, start + len(rest)


def device_key(text: str) -> tuple[int, int] | None:
    """``text`` as a network device's printed key alone, digits in groups as many as such
    a key's ("4821 9930 1177 5542 0093"), its span; None for any other text."""
    return _digits(text, text.strip(), _KEY_LENGTH)


def _digits(text: str, rest: str, length: tuple[int, int]) -> tuple[int, int] | None:
    """``rest`` as digits alone of the ``length``, its span in ``text``: no year, no card
    number (the card rules' own)."""
    if (_DIGITS.fullmatch(rest) is None and not _keypad(rest)) or _YEAR.fullmatch(rest):
        return None
    digits = "".join(ch for ch in rest if ch.isdigit())
    if not length[0] <= len(digits) <= length[1] or is_card_number(digits):
        return None
    return _span(text, rest)


def _keypad(rest: str) -> bool:
    """Is ``rest`` digits with a keypad's signs, at least one ("*4417#", "7#2#9#1")?"""
    return ("#" in rest or "*" in rest) and _KEYPAD.fullmatch(rest) is not None


#: A remark after the piece, in parentheses ("0c8b2a94d1 (it got cut off when I copied it)").
_REMARK = re.compile(r"\s*\([^()]*\)\s*\Z")
#: A key's piece: one run of a token's characters, or short groups of letters and digits
#: typed apart ("3928 1f0e 2d4c", read off another screen).
_KEY_PIECE = re.compile(r"[A-Za-z0-9_\-+/=.]{6,}|[A-Za-z0-9]{3,8}(?: [A-Za-z0-9]{3,8}){1,5}")
#: Signs a key is cut at ("77631290-5521-": its rest in the next message).
_KEY_JOINERS = "-_."
_PIECE_DIGITS = 6


def _key_piece(text: str, rest: str) -> tuple[int, int] | None:
    """``rest`` as a piece of a key, its span in ``text``: a token however short, by the
    credential rules' judgement of a weak token (letters with digits or mixed case, no
    word, name, reference, placeholder or host), or digits cut at a joining sign. Not a
    record whose format says what it is (an IBAN, a phone number, a parcel's number)."""
    rest = _REMARK.sub("", rest).strip(".,;!")
    if _KEY_PIECE.fullmatch(rest) is None:
        return None
    groups = rest.split()
    # words among the groups are a sentence ("still 401", "commit 9c1e4f2"), not a key
    # typed apart; an ellipsis shows a key cut short on purpose ("sk-proj-Hq3Z...w6l")
    if (len(groups) > 1 and any(g.isalpha() for g in groups)) or ".." in rest:
        return None
    joined = "".join(groups)
    if record_format(joined) or is_card_number(joined):
        return None
    core = joined.strip(_KEY_JOINERS)
    cut = joined != core and sum(ch.isdigit() for ch in core) >= _PIECE_DIGITS
    if not (cut or weak_token(core)):
        return None
    return _span(text, rest)
