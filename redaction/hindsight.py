"""A secret named only after it was sent: "Bramble88" ⏎ "that's my password".

Read alone, "Bramble88" is a word and a number; only a later message says what it was, and
by then the first one has been stored and shown. ``Hindsight`` keeps one sender's last few
short messages (in memory) and reads them again when a later message names one of them a
secret ("that's my password", "das war die PIN", "^ wifi key", "PUK", "answer to my
security question", "hab ich als Kennwort genommen"): the earlier line is read as that
secret's value after the secret's own label (so "password: Bramble88" decides, with every
judgement the recognizers have) and comes back masked anew. A card number sent in pieces
is masked in its earlier pieces once a later piece completes it. The chat server replaces
the stored copies and tells everyone who saw them (docs/protocol.md, ``message_redacted``).

Only short earlier messages are read so (a value, not a sentence), and only the message
right before the naming one may have several words; two or three messages back only a
single token may be named (across "wait", "one sec", a remark).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from redaction import masking, words
from redaction.card_retyped import slipped_copies, typed_with_slip, whole_cards
from redaction.code_lists import DASHED_GROUPS
from redaction.engine import Redactor
from redaction.normalize import normalize
from redaction.recognizers.card import CARD_WORD_LITERALS, is_card_number, names_card
from redaction.spoken import DIGIT_WORDS
from redaction.stand_ins import stand_in
from redaction.types import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDENTIAL,
    CREDIT_CARD,
    PASSWORD,
    Entity,
    RedactionResult,
    _seal,
)

#: An earlier message of at most this many words, on one line, may be a value named later.
EARLIER_WORDS_MAX = 4
#: A later message of at most this many words may name it (a remark, not a new story).
LATER_WORDS_MAX = 16
#: How many messages back a value may be named ("x" ⏎ "wait" ⏎ "that's the pw").
KEPT = 3

# The secret a later message names, as the label its value is read after.
_LABEL_PASSWORD, _LABEL_PIN, _LABEL_CODE = "password", "PIN", "code"
_LABEL_CVC, _LABEL_ANSWER, _LABEL_KEY = "CVC", "security answer", "API key"
_LABEL_EXPIRY = "expiry"
_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "password passwords passwort passwörter passwd passphrase passcode kennwort pw pwd "
        "pass losung login-passwort passwortsatz kennwortsatz "
        # the usual typos of the word ("is mein passwrot", "my pasword")
        "pasword passwrd passwod passowrd passwrod pssword passord paswort passwrot passwot "
        "passwör kenwort kennwrot".split(),
        _LABEL_PASSWORD,
    ),
    **dict.fromkeys("pin pins pincode pin-code geheimzahl puk".split(), _LABEL_PIN),
    **dict.fromkeys(
        "code codes tan otp combination combo kombination zahlenkombination keypad mtan "
        "pushtan chiptan smstan".split(),
        _LABEL_CODE,
    ),
    **dict.fromkeys("cvc cvv cvv2 cvc2 kartenprüfnummer prüfnummer".split(), _LABEL_CVC),
    **dict.fromkeys("answer antwort sicherheitsantwort".split(), _LABEL_ANSWER),
    **dict.fromkeys("key schlüssel token secret".split(), _LABEL_KEY),
    **dict.fromkeys("expiry exp expiration ablauf ablaufdatum".split(), _LABEL_EXPIRY),
    # "that's the 2fa one", "the wifi one": a secret's kind before it says which
    "one": _LABEL_CODE,
}
#: German compounds end in their noun ("SIM-PIN", "Türcode", "Wiederherstellungscode",
#: "WLAN-Passwort"); these heads make a kind of code nobody keeps secret.
_COMPOUND = re.compile(
    r"(?P<head>[^\W\d_]{2,}?)-?(?P<noun>passwort|kennwort|pin|code|tan|schlüssel|antwort"
    r"|kombination)",
    re.IGNORECASE,
)
_PUBLIC_HEADS = frozenset(
    "gutschein rabatt fehler aktions aktion promo qr bar post zip bestell buchungs sendungs "
    "tracking referenz kunden farb quell status länder vorwahl produkt artikel lizenz haustür "
    "auto fahrrad fahrzeug".split()
)
#: Words that may stand between the determiner and the noun ("my old wifi password").
#: A kind of code nobody keeps secret ("discount code", "error code") is not among them.
_KINDS = frozenset(
    "old new current actual real correct right same usual temporary temp initial first "
    "alte alter altes neue neuer neues aktuelle aktuelles richtige richtiges jetzige "
    "gleiche übliche vorläufige erste "
    "wifi wi-fi wlan router network netzwerk email e-mail mail account konto login "
    "banking online app sim card karten debit credit door tür haustür garage gate alarm "
    "panel safe tresor keypad voicemail mailbox phone handy 2fa sms security sicherheits "
    "verification backup recovery one-time single-use authenticator "
    "admin root ftp vpn database db server portal api client access private secret "
    "geheime geheimer master bank "
    # what a key or secret is for ("that's the signing secret", "das ist das Bot-Token")
    "signing signier webhook shared hmac jwt bot oauth personal "
    # the value given in parts before: "that's the whole password", "das ganze Passwort"
    "whole full complete entire ganze ganzes ganzer komplette komplettes vollständige "
    "vollständiges".split()
)
#: A remark naming the messages before together as one value ("the whole password", "das
#: zusammen ist mein Passwort", "both together are the pin").
_WHOLE = re.compile(
    r"(?i)(?<![^\W\d_])(?:whole|full|complete|entire|together|combined|both|ganze[snr]?"
    r"|komplette[snr]?|vollständige[snr]?|zusammen|beide[sn]?)(?![^\W\d_])"
)
#: Its parts: "first half: Tango", "Teil 2: 88!xq", or a token alone.
_PART = re.compile(
    r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]*\d?\s*:\s*(?P<v>\S+)"
    # or after words that order it: "der erste Teil ist Mond", "der zweite 77!", "und dann #22"
    r"|(?i:(?:der|die|das|the|und|and|dann|then|danach|plus|erste[rs]?|zweite[rs]?|dritte[rs]?"
    r"|letzte[rs]?|first|second|third|last|teil|part|half|hälfte|ist|is)\s+){1,4}(?P<o>\S+)"
    r"|(?P<alone>\S+)"
)
_PARTS_MAX = 3
#: Who a later message points back with ("that", "das", "^", "☝").
_POINTER = (
    r"(?:(?:that|this|the|those|these|das|die|diese|dieses|dieser|diesen|der|den)\s+(?:(?:first|last|second"
    r"|erste|letzte|zweite|obere|eine)\s+)?(?:numbers?|nummer|zahl|zahlen|value|wert|thing|word"
    r"|wort|string|digits|ziffern|ding|teil|bit|part|one)(?=\s|['’]|$)"
    # the pieces sent before, together: "both lines", "the two messages", "beide Teile"
    r"|(?:both|all|the\s+two|the\s+three|beide|die\s+(?:zwei|beiden|drei)|alle)\s+(?:lines|messages"
    r"|msgs|parts|pieces|halves|bits|zeilen|nachrichten|teile|hälften)(?=\s|$)"
    r"|that|this|it|those|these|the\s+(?:one|line|thing|above)|above"
    r"|das|dies|dieses|des|es|oben|obiges|both|beide|beides|\^+|<-+|←|↑|☝️?"
    # the parts before, together: "zusammen ist das mein Passwort"
    r"|together|combined|zusammen)"
    r"(?:\s+(?:together|combined|zusammen))?"
)
#: One pointer, or two ("^ that's", "oben: das ist").
_BACK = rf"(?:{_POINTER}[\s:,\-–—]*)?{_POINTER}"
_COPULA = (
    r"(?:['’]s|s(?=\s)|['’]re|\s*=|\s+(?:is|was|are|were|ist|war|wär|wäre|sind|waren|heißt"
    r"|hieß|lautet|isch|would\s+be|should\s+be))"
)
#: Words between the copula and the noun phrase ("that's literally my password").
_ADVERBS = (
    r"(?:\s+(?:literally|actually|just|also|really|basically|probably|auch|eigentlich"
    r"|wirklich|halt|wohl|mal))*"
)
#: A later message may open with the copula: "is my pin", "war das Passwort", "= cvc",
#: "so heißt mein WLAN-Passwort".
_OPENING = r"(?:so\s+)?(?:=|is|was|are|were|ist|war|wär|wäre|sind|waren|heißt|hieß|isch)(?![\w-])"
_DETERMINER = (
    r"(?:my|the|our|his|her|your|its|mein|meine|meinen|meinem|meiner|das|der|die|dein|deine"
    r"|unser|unsere|unseren|sein|seine|ihr|ihre|mis|mini|one\s+of\s+(?:my|the|our)"
    r"|eins?\s+(?:meiner|der))"
)
#: What may open a remark before its pointer ("yes that's…", "upsi, das war…", "well,").
_OPENERS = (
    r"(?:(?:yes|yeah|yep|ja|jo|well|oh|oops|upsi|ups|ok|okay|lol|so|also|and|und|btw|ah|ach"
    r"|actually|eigentlich|wait|no\s+wait|hold\s+on|right|genau|jep|jap|yup|nee|nein|no"
    r"|naja|sorry|hm+|äh+m?|uh|um"
    # a curse at the slip: "oh shit das war die TAN", "mist, das war meine PIN"
    r"|shit|mist|crap|damn|dammit|verdammt|scheiße|scheisse|omg|oh\s+no|oh\s+nein)\b[\s,.!]*)*"
)
#: What a noun may be followed by when it names the message before, not a new topic:
#: the line's end, a remark ("PIN vom Handy", "Passphrase, mit …", "card pin btw"), but not
#: "password reset", "Passwort funktioniert nicht".
_REMARK = re.compile(
    r"(?i)(?:[\W_]*$|\s*[,;:(\-–—.!?'\"„“]|\s+(?:for|für|fürs|vom|von|aus|from|of|on|at"
    r"|im|in|bei|zum|zur|to|everywhere|überall|too|auch|btw|übrigens|by\s+the\s+way|lol|tbh|now|jetzt|i\s+mean"
    # (German puts the verb first: "das pw meine ich", "die PIN mein ich")
    r"|ich\s+mein\w*|meine?\s+ich|genommen|gesetzt|eingegeben|angegeben|hinterlegt|benutzt|verwendet|gewählt|ein|falls|if|wenn|with"
    r"|mit|then|dann|da|there|here|hier|please|bitte|just|nur|hinten|vorne|vorn|unten|drauf"
    r"|behind|back|underneath"
    # when it was set: "the security answer when I opened the account", "als ich …"
    r"|when|als|back\s+when|damals|because|weil|since|seit|nachdem"
    # when it became one: "das neue Passwort nach dem Reset", "the password after the reset"
    r"|nach|after)\b"
    # when it was set, by the day, ending the clause: "what I set as password yesterday",
    # "als Passwort gestern, und …" (not "the password yesterday was fine")
    r"|\s+(?:yesterday|today|tonight|earlier|last\s+(?:week|month|night|year)"
    r"|this\s+(?:morning|week)|gestern|heute|vorhin|vorgestern|neulich|letzte\s+woche"
    r"|letzten\s+monat)(?=\s*(?:$|[,;:.!?(]|(?:and|und|but|aber)\b))"
    r"|\s+(?:der|meiner|of\s+(?:the|my)|on\s+(?:the|my))\s+(?:karte|kreditkarte|card|credit\s+card)\b"
    # "recovery code #3 from the list", "backup code no. 2"
    r"|\s+(?:#|no\.?\s*|nr\.?\s*)\d{1,2}\b"
    # what it was given instead of: "that was my PIN not the zip", "die PIN statt der PLZ"
    r"|\s+(?:not|nicht|instead\s+of|statt|anstatt|anstelle)\s+(?:the|my|a|an|die|der|das|den|dem"
    r"|meine?[nr]?)\s+[^\W\d_]"
    # a clause saying what was done with it: "the password I tried", "the passphrase they
    # generated for me" (not "the password I'll type myself": still to come)
    r"|\s+(?:that\s+|which\s+)?(?:i|we|they|he|she|you|it|(?:the|my)\s+[^\W\d_]+)\s+(?:just\s+|already\s+|)(?:\w+ed|tried|gave|sent"
    r"|set|made|chose|got|always\s+use|use|put\s+in|typed\s+in)\b"
    # a question about it: "is that the code you need?", "ist das die PIN die ihr meint?"
    r"|\s+(?:(?:that|which|die|den|das|der)\s+)?(?:you|ihr|du|sie)\s+(?:need|want|wanted|mean|meant"
    r"|asked(?:\s+for)?|meint|meinst|braucht|brauchst|wolltet|wollt|willst)\b)"
)
#: After the noun, a value of its own follows: the later message points forward, not back
#: ("this is my password: x", "my password is x").
_GIVES_OWN = re.compile(r"(?i)\s*[:=]\s*\S|\s+(?:is|ist|lautet|was|war|wäre|heißt)\b")
#: The later message denies it ("that's not my password", "das ist nicht mehr die PIN").
_DENIED = re.compile(
    r"(?i)\b(?:not|nicht|kein|keine|isn't|wasn't|aren't|isnt|wasnt|no\s+longer|never|nie)\b"
)
#: "username and password", "Benutzer und Passwort": the message right before was the
#: second of the two.
_PAIR = re.compile(
    r"(?i)^\W*(?:user(?:\s*name)?|login|benutzer(?:name)?|nutzername|e-?mail)\s*(?:and|und|&|/|\+)"
    r"\s*(?:pass(?:wor[dt])?|pw|pwd|kennwort)\b"
)
#: An answer is a secret only as a security question's answer.
_SECURITY = re.compile(
    r"(?i)secur|sicherheit|geheimfrage|secret\s+question|maiden|mädchenname|first\s+pet"
    r"|erstes\s+haustier|['\"„“‚‘]"
)
#: "for the security question", "für die Sicherheitsfrage", "what I answered for mother's
#: maiden name": the value before is its answer.
_FOR_QUESTION = re.compile(
    r"(?i)\b(?:for|to|für|zur|auf)\s+(?:the|my|die|meine)?\s*(?:security\s+question"
    r"|sicherheitsfrage)|\banswer(?:ed)?\s+(?:for|to)\b|\bgeantwortet\s+(?:auf|bei)\b"
)
#: Words that only make the reader wait, or say nothing at all: never a value.
_SAYS_NOTHING = frozenset(
    "ok okay k kk yes no ja nein jo hi hello hallo hey moin servus thanks thx danke bitte "
    "please pls sorry sure done fertig erledigt here hier one sec second moment minute min "
    "wait hang on mal kurz gleich just a ähm äh ahm hm hmm uh um erm oops upsi lol haha "
    "thats that's it this that so also well nvm sry srry soz sowwy ups hoppla mist oh ah "
    "ach brb sec secs mom wtf omg ugh argh welp sekunde sekündchen augenblick momentchen "
    "warte wart gleich kurz mom. uhh uhm hmmm okidoki alles klar genau stimmt "
    "nachgeschaut geschaut gecheckt checked checking looking schau guck hold".split()
)
#: A user name or e-mail address shape ("anna.k", "j.smith84", "kim@example.com").
#: A word and digits after a dot ("Birnbaum.2017") is a password's shape, not a user's;
#: so are two capitalised words and a number ("Hunde.Futter77": user names are written
#: in lower case or with an initial, "anna.k", "J.Smith84").
_USER_NAME = re.compile(
    r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?![^\W\d_]{3,}\.[^\W\d_a-zäöüß][^\W_]*\d)[^\W\d_]+\.(?![0-9]+$)[^\W_]+"
)
#: A line that names a user name or login ("username is", "Login:", "Benutzer").
_NAMES_USER = re.compile(
    r"(?i)\b(?:user\s*name|username|user|login|benutzer(?:name)?|nutzername|anmeldename"
    r"|e-?mail)\b"
)
#: A message that is only digits in groups (a piece of a card number typed in parts).
#: A value masked by a later message is masked where an earlier message gave it when it
#: has this many characters, or at least the fewer when that message was the value alone.
_REPEATED_MIN, _REPEATED_SHORT = 5, 3
_DIGIT_PIECE = re.compile(r"\s*[0-9]+(?:[ .\-/][0-9]+)*\s*")
#: The first piece after the card's brand ("amex 3735 247568", "Visa: 4759 5999").
_BRANDED_PIECE = re.compile(
    r"(?i)\s*(?:visa|master\s*card|mc|amex|american\s+express|discover|diners(?:\s+club)?|jcb"
    r"|maestro|union\s*pay|card|karte|kreditkarte)\s*[:\-]?\s*[0-9]{4}(?:[ .\-][0-9]+)*\s*"
)


#: A run of digit groups standing apart from letters (a piece of a card number in words).
_RUN = re.compile(r"(?<![^\W\d_])[0-9]+(?:[ \-][0-9]+)*(?![^\W\d_])")
#: A piece said with words around it has at most this many words.
_WORDED_PIECE_WORDS = 12
#: Words naming a number of another kind, around which a run is no card's piece ("order
#: 4532 0151", "Ticket 8812", "my phone 0176 5521"), unless a card's word is there too.
OTHER_NUMBER = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|bestell|auftrag|ticket|case|vorgang|fall|invoice|rechnung|kunden"
    r"|customer|tracking|sendung|paket|parcel|ref|referenz|reference|phone|telefon|handy|mobil"
    r"|tel|iban|konto|account|id|plz|zip|post|room|zimmer|version|error|fehler|code"
    # a page's number only with its digits ("page 3", "Seite 12"; not "the payment page")
    r"|(?:page|seite)n?(?=\s*(?:nr\.?|no\.?|#)?\s*\d)"
    r"|pin|tan|betrag|amount|preis|price|eur|euro|usd|artikel|item|sku|serial|serien|imei"
    r"|vertrag|contract|mitglied|member|police|policy|versicherung|steuer|tax|uhr|o'?clock)"
)
#: A card named anywhere in a message with a number run ("kreditkartennummer", "cc"): a
#: word's start is enough, as the card module reads it (not ``_CARD_WORD``, a whole word).
_CARD_WORD_START = re.compile(rf"(?i)(?<![^\W\d_]){CARD_WORD_LITERALS}")
#: What may stand right before and after such a run (not a date, amount, time or path).
_RUN_BEFORE = " \t([\"'„“«"
_RUN_AFTER = " \t)\"'“”».,;:!?"


@dataclass(frozen=True, slots=True)
class _Piece:
    """A message's piece of a card number: its digits, where they are, whether masked."""

    digits: str
    start: int
    end: int
    masked: bool
    text: str
    first: bool = False  # the card's brand or word comes before it: no piece before it


#: A message between card pieces that gives none ("sorry", "moment, Karte umdrehen").
_PAUSE = _Piece("", 0, 0, False, "")


def piece_span(text: str) -> tuple[int, int] | None:
    """Where a short message of words gives a piece of a card number: its one run of digit
    groups ("first four 4787", "ok so: 2221", "Meine Karte hat die Nummer 5401", "last bit
    2170"); a run typed anew after a slip is the later one ("4293 – sorry 4293 8257").
    None when it has another digit, or its run is part of a date, amount or time."""
    line = text.strip()
    if "\n" in line:
        # "Karteninhaber: M. Özdemir\nKartennummer: 2223 0051": a form pasted line by line
        # ends on the piece; its last line is read as the message
        last = line.rsplit("\n", 1)[1]
        span = piece_span(last) if _FORM_LINE.match(last) else None
        if span is None:
            return None
        at = text.rindex(last)
        return at + span[0], at + span[1]
    # the digits of the run are not words ("so here's the rest 4472 6515")
    if not line or sum(not t.isdigit() for t in line.split()) > _WORDED_PIECE_WORDS:
        return None
    # "old visa, only 13 digits: 4903": the count of the card's digits is no piece
    low = text.lower()
    if "digit" in low or "stell" in low or "ziffer" in low:
        text = _DIGITS_SAID.sub(lambda m: " " * len(m[0]), text)
    runs = list(_RUN.finditer(text))
    if any(ch.isdigit() for ch in _RUN.sub(" ", text)):
        return None  # "2fa code 4417", "12/29": a digit glued to letters or signs
    if len(runs) > 1:
        # "Field 1 card number: 4917 6120", "Feld 2: 8834 5570": a form field's number
        runs = [r for r in runs if len(_digits(r[0])) > _FIELD_NUMBER_MAX]
    if len(runs) == 2 and _digits(runs[1][0]).startswith(_digits(runs[0][0])):
        runs = runs[1:]
    if len(runs) != 1:
        return None
    run = runs[0]
    start, end = run.span()
    if not 3 <= len(_digits(run[0])) <= 19:
        return None
    if OTHER_NUMBER.search(text) and not _CARD_WORD_START.search(text):
        return None
    if start and text[start - 1] not in _RUN_BEFORE:
        return None
    if end < len(text) and text[end] not in _RUN_AFTER:
        return None
    if end + 1 < len(text) and text[end] in ".,:" and text[end + 1].isdigit():
        return None
    return start, end


#: A form's field numbered before its value ("Field 1", "Feld 2:"): a run of at most
#: this many digits beside a longer one is no piece.
_FIELD_NUMBER_MAX = 2
#: The last line of a pasted form that may end on a card's piece: a label and a colon.
_FORM_LINE = re.compile(r"[^\W\d_][^:\n]{0,40}:[ \t]*[0-9]")
#: How many digits a card has, said before its first piece ("only 13 digits", "15-stellig").
_DIGITS_SAID = re.compile(
    r"(?i)(?<![\w.,])1[2-9][ -]?(?:digits?|stellen|ziffern|stellig\w*)(?![^\W\d_])"
)


def slips(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The runs before a card's piece at ``span`` that it types anew ("4293 – sorry 4293
    8257": the first "4293")."""
    digits = _digits(text[span[0] : span[1]])
    return [
        m.span()
        for m in _RUN.finditer(text, 0, span[0])
        if len(_digits(m[0])) >= 3 and digits.startswith(_digits(m[0]))
    ]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_COMPOUND_TAILS = "passwort kennwort pin code tan schlüssel antwort kombination".split()
_NOUN = (
    rf"(?P<noun>{_alternation(_NOUNS)}"
    rf"|[^\W\d_]{{2,}}-?(?:{_alternation(_COMPOUND_TAILS)}))"
)
#: "4-digit code", "dreistellige Nummer": a count of digits before the noun.
_DIGIT_COUNT = r"(?:\d|three|four|six|drei|vier|sechs)[\s-]*(?:digits?|stellige?[nrs]?)"
_NAME = rf"(?P<kinds>(?:(?:{_alternation(_KINDS)}|{_DIGIT_COUNT})[\s-]+){{0,3}}){_NOUN}(?![\w-])"
#: "that's my (old) password", "das war die PIN", "^ is the wifi key", "…, that's the
#: security answer": a pointer and a copula before the noun, anywhere in the line.
_POINTS_BACK = re.compile(
    rf"(?i)(?:^\W*{_OPENERS}|[,;\-–—:]\s*|[.?!]\s+{_OPENERS}|\bsays\s+|\bsagt\s+)"
    # the subject after the copula when a word opens on what it points at ("zusammen ist
    # das mein Passwort")
    rf"(?:{_BACK}\s*{_COPULA}(?:\s+(?:das|dies|es)(?=\s+(?:mein|unser)))?|(?P<opening>{_OPENING}))"
    rf"{_ADVERBS}\s*(?:{_DETERMINER}\s+)?{_NAME}"
)
#: "i got this code in the app", "is that the login code?", "… - security answer": a
#: demonstrative before the noun, a question that inverts the copula, or a label that ends
#: the line after a dash or comma.
_THIS_NOUN = re.compile(
    rf"(?i)(?:\b(?:this|that|these|dieser|diesen|dieses|diese)\s+"
    rf"|^\W*(?:is|was|ist|war)\s+(?:that|this|it|das|es|dies)\s+(?:{_DETERMINER}\s+)?"
    rf"|\s[,;\-–—]\s*(?:{_DETERMINER}\s+)?(?=[^,;\-–—]*$)){_NAME}"
)
#: "that's what I use as my password", "hab ich als Kennwort genommen".
_USED_AS = re.compile(rf"(?i)\b(?:as|als)\s+(?:{_DETERMINER}\s+)?{_NAME}")
#: A remark that is only the noun phrase: "PUK", "voicemail pin", "the password",
#: "meine SIM-PIN, falls ihr die braucht", "one of my backup codes", "^ api key".
_LABEL_ONLY = re.compile(rf"(?i)^\W*{_OPENERS}(?:{_BACK}\W*)?(?:{_DETERMINER}\s+)?{_NAME}")
#: A bare label whose noun is owned by a word or two of any kind ("netflix password",
#: "shed keypad", "Oma ihr PIN"): only for nouns that always name a secret (not "code":
#: "voucher code", "error code").
_OWNED_LABEL = re.compile(
    rf"(?i)^\W*{_OPENERS}(?:{_DETERMINER}\s+)?(?P<owner>[^\W\d_]{{3,}}(?:[\s-]+[^\W\d_]{{3,}})?)"
    rf"[\s-]+{_NAME}"
)
_OWNED_NOUNS = frozenset(
    n for n, label in _NOUNS.items() if label in (_LABEL_PASSWORD, _LABEL_PIN) and len(n) > 3
) | {"pin", "puk", "pw", "keypad", "mtan"}
#: Words before a password's noun that say what happens to it, not whose it is.
_NOT_OWNERS = frozenset(
    "reset forgot forgotten forget change changed changing wrong falsch falsches falsche "
    "vergessen ändern zurücksetzen default standard example beispiel dummy sample generic "
    "weak strong secure sicheres sichere starkes starke schwaches invalid incorrect "
    "expired abgelaufen abgelaufenes gesperrt locked blocked "
    # the password as a topic, not an owner's: "Ticket wegen Passwort", "issue re password"
    "wegen bzgl bezüglich betreffend betreff zwecks regarding concerning re ticket issue "
    "problem probleme frage question anfrage request hilfe help support thema topic "
    "subject".split()
)


def _label_of(noun: str) -> str | None:
    noun = noun.lower()
    if noun in _NOUNS:
        return _NOUNS[noun]
    compound = _COMPOUND.fullmatch(noun)
    if compound is None or compound["head"].lower() in _PUBLIC_HEADS:
        return None
    tail = compound["noun"].lower()
    if tail in ("passwort", "kennwort"):
        return _LABEL_PASSWORD
    if tail == "antwort":
        return _LABEL_ANSWER
    if tail == "schlüssel":
        return _LABEL_PASSWORD  # WLAN-/Netzwerkschlüssel
    return _LABEL_PIN if tail == "pin" else _LABEL_CODE


def named_noun(later: str) -> str | None:
    """The label of the secret ``later`` says a message before it was ("password", "PIN",
    "code", "CVC", "security answer", "API key"), or None when it names none."""
    named = _named(later)
    return None if named is None else named[0]


def _named(later: str) -> tuple[str, bool] | None:
    """The label ``later`` names, and whether it points back ("that's my password") rather
    than being a bare label ("PUK", "the password"), which may as well lead into a value
    still to come and so names only a single token before it."""
    first = normalize(later).text.strip().split("\n", 1)[0]
    if len(first.split()) > LATER_WORDS_MAX:
        # a long remark may end in a short sentence that names it: "… ? it's the PIN"
        first = re.split(r"(?<=[.?!])\s+", first)[-1]
        if len(first.split()) > LATER_WORDS_MAX // 2:
            return None
    if not first:
        return None
    denied = _DENIED.search(first)
    if denied is None and _PAIR.match(first):
        return _LABEL_PASSWORD, True
    for pattern in (_POINTS_BACK, _USED_AS, _THIS_NOUN, _LABEL_ONLY):
        matches = pattern.finditer(first) if pattern is not _LABEL_ONLY else [pattern.match(first)]
        for match in matches:
            if match is None:
                continue
            if _denies(first, match):
                # "that's not my password", "mein Benutzername, nicht das Passwort"; a
                # negation after the name is about something else ("sim pin, nie geändert").
                continue
            tail = first[match.end() :]
            if _GIVES_OWN.match(tail) or not _REMARK.match(tail):
                continue
            label = _label_kind(match, first)
            if label is not None:
                # A passphrase or an answer is often several words: its name alone points
                # back as surely as "that's" does ("Passphrase, mit großen Anfangsbuchstaben").
                several = label == _LABEL_ANSWER or match["noun"].lower().startswith("passphrase")
                return label, pattern is not _LABEL_ONLY or several
    if denied is None and _MEANT_FOR_FIELD.search(first):
        # "that went into the chat instead of the password field", "war fürs Passwortfeld
        # gedacht": pasted here by mistake, the value was meant for a secret's field
        return _LABEL_PASSWORD, True
    used = _USED_FOR.match(first)
    if used is not None and (denied is None or denied.start() >= used.end()):
        # "that's what my colleague uses for the billing login, not me": still a secret
        return None if _NAMES_OTHER.search(first) else (_LABEL_PASSWORD, True)
    if denied is not None:
        return None
    same = _SAME_AS.search(first)
    if (
        same is not None
        and not _NAMES_OTHER.search(first[: same.start()])
        and not _SAME_OTHER.search(first)
    ):
        return _LABEL_PASSWORD, False
    if _FROM_CODE_SOURCE.search(first):
        return _LABEL_CODE, False
    if _FOR_QUESTION.search(first) and len(first.split()) <= 10:
        return _LABEL_ANSWER, True
    owned = _OWNED_LABEL.match(first)
    if (
        owned is not None
        and owned["noun"].lower() in _OWNED_NOUNS
        and not _not_a_remark(first[owned.end() :])
        and not any(
            w in _NOT_OWNERS or w in words.STOP_WORDS or w in _NOUNS
            for w in re.split(r"[\s-]+", owned["owner"].lower())
        )
    ):
        return _NOUNS[owned["noun"].lower()], False
    if _ANSWER_SUBJECT.match(first):
        return _LABEL_ANSWER, True
    return None


#: What a security question asks, named alone: "my first pet", "mother's maiden name",
#: "Mädchenname meiner Mutter", "that's my first car, for the verification".
_ANSWER_SUBJECT = re.compile(
    rf"(?i)^\W*{_OPENERS}(?:{_BACK}\s*{_COPULA}\s*)?(?:(?:my|the|mein|meine|meines)\s+)?"
    r"(?:name\s+of\s+my\s+|name\s+meines\s+)?(?:first\s+(?:pet|dog|cat|car|school|teacher"
    r"|boss|street)|childhood\s+(?:pet|friend|street|nickname)|(?:mother|mom|mum)['’]?s\s+maiden"
    r"\s+name|maiden\s+name|erste[sn]?\s+(?:haustier|hund|katze|auto|schule|lehrer\w*)"
    r"|mädchenname(?:\s+(?:meiner|der)\s+mutter)?|geburtsname\s+(?:meiner|der)\s+mutter)"
    # "the first pet one", "die Haustier-Frage": the question named by its subject
    r"(?:[\s-]+(?:one|question|frage))?"
    r"(?![\w-])(?:[\W_]*$|\s*[,;:(\-–—.!?]|\s+(?:yeah|yes|yep|ja|jo|genau|lol|btw)\b)"
)
#: A secret's input field named as where a value was meant to go, not the chat: "that went
#: into the chat instead of the password field", "meant for the PIN box", "sollte ins
#: Passwortfeld", "statt ins Kennwortfeld".
_MEANT_FOR_FIELD = re.compile(
    r"(?i)(?<![^\W\d_])(?:instead\s+of|rather\s+than|not\s+(?:in|into)|meant\s+(?:for|to\s+go)"
    r"|supposed\s+to\s+go|should(?:['’]ve|\s+have)\s+gone|was\s+for|(?:an)?statt|sollte|wollte"
    r"|gehört(?:e)?|war\s+für|gedacht\s+für)\s+(?:\w+\s+){0,3}?"
    r"(?:the\s+|my\s+|a\s+|das\s+|ins?\s+|in\s+das\s+|fürs\s+|für\s+das\s+)?"
    r"(?:password|passwort|kennwort|pass|pin|passcode|login)[\s-]?(?:field|box|prompt|input"
    r"|feld|fenster|maske|eingabe\w*)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:passwort|kennwort|pin)(?:feld|fenster|eingabe)(?![^\W\d_])"
    r"(?=.*(?:statt|anstatt|sollte|wollte|gehört|gedacht|chat))"
)
#: The value named as what one logs in with, no secret's noun needed: "that's what I use
#: for everything", "that's what my colleague uses for the billing login", "damit log ich
#: mich immer ein", "I log in with that".
_USED_FOR = re.compile(
    rf"(?i)^\W*{_OPENERS}(?:{_BACK}\s*{_COPULA}\s+what\s+(?:i|we|he|she|they|my\s+\w+|\w+)\s+"
    # (or set it to: "thats what i set yesterday", "that's what I chose")
    r"(?:always\s+|usually\s+|normally\s+)?(?:use[sd]?|type[sd]?|put(?:\s+in|\s+down)?|enter(?:s|ed)?"
    # (a clause's end or its time after "set": not "what i set for the meeting")
    r"|(?:set|chose|picked)(?=\s*(?:$|[,.!?]|\s+(?:yesterday|today|earlier|last|this|just|before"
    r"|then|back|originally|initially)\b))"
    r"|log(?:ged)?\s+in\s+with|sign(?:ed)?\s+in\s+with)\b"
    r"|(?:i|we)\s+(?:always\s+)?(?:log|sign)\s+in\s+with\s+(?:that|this|it)\b"
    r"|(?:damit|mit\s+dem|mit\s+dem\s+da)\s+(?:log|logg|meld)\w*\s+(?:ich|man|wir)\s+(?:mich|uns)\b"
    r"|(?:das|den|es)\s+(?:nehm|benutz|verwend|nutz)\w*\s+(?:ich|wir)\s+(?:\w+\s+)?"
    r"(?:überall|immer|für|fürs|auch\s+für)"
    r"|(?:i|we)\s+(?:\w+\s+)?use\s+(?:that|this|it)\s+(?:\w+\s+)?(?:everywhere|for\s+everything"
    r"|for\s+all|all\s+the\s+time)"
    r"|(?:(?:genau|nur)\s+)?(?:das|den|es|dies)\s+(?:hab|habe|hatte)\s+(?:ich|wir)\s+(?:\w+\s+){0,2}"
    r"(?:eingegeben|eingetippt|getippt|eingetragen|benutzt|verwendet|genommen|probiert))"
)
#: The value named by what else it is the password of: "same as for my email",
#: "ist dasselbe wie für mein E-Mail-Konto", "das gleiche wie fürs Mail-Postfach".
_SAME_AS = re.compile(
    r"(?i)\b(?:the\s+same(?:\s+one)?|same\s+one|same|dasselbe|das\s+selbe|das\s+gleiche|dieselbe"
    r"|die\s+gleiche|derselbe|der\s+gleiche|gleiche[ns]?)\s+(?:as|wie)\s+(?:for|für|fürs|bei|beim|on"
    r"|in|im|at|my|mein\w*|the|das|der|die)\b"
)
#: What else a value may be "the same as" that is no secret: "same as for my other ticket".
_SAME_OTHER = re.compile(
    r"(?i)\b(?:ticket|problem|issue|case|fall|vorgang|fehler|error|order|bestell\w*|rechnung"
    r"|invoice|address|adresse|liefer\w*|delivery|shipping|versand|user\s*name|benutzername"
    r"|nutzername|kunden\w*|customer|number|nummer|id|name|plz|postcode|zip)\b"
)
#: A one-time code named by where it came from: "that's from the text msg", "aus der SMS
#: von vorhin", "that's what the app shows right now", "so steht's in der Authenticator-App".
_FROM_CODE_SOURCE = re.compile(
    r"(?i)^\W*(?:(?:that|it|this|das|es|dies)\s*(?:['’]s|is|was|ist|war)\s+|(?:ist|war)\s+)?"
    r"(?:the\s+one\s+|die\s+|der\s+)?"
    r"(?:(?:from|aus|von)\s+(?:the|my|a|der|dem|meiner|meinem|einer)?\s*(?:text|sms|texts"
    r"|text\s+(?:msg|message)|authenticator|auth\s+app|authy|2fa|otp)"
    r"|what\s+(?:the|my)\s+(?:app|authenticator|phone|text|sms)\s+(?:shows|says|displays|sent|gave)"
    r"|(?:was|wie\s+es|so)\s+(?:mir\s+)?(?:die|der)\s+(?:[\w-]*app|authenticator|sms)\s+"
    r"(?:(?:gerade|grad|jetzt|eben|da)\s+)?(?:anzeigt|zeigt|sagt))"
    r"|^\W*(?:it|der|die|das|er|es|the\s+code|the\s+number|die\s+zahl)\s+(?:keeps\s+changing"
    r"|changes\s+every|ändert\s+sich\s+(?:ständig|dauernd|immer|alle)|wechselt\s+(?:ständig|dauernd|alle))"
    r"|^\W*(?:so\s+)?(?:steht|stand)(?:['’]?s)?\s+(?:es\s+)?(?:(?:genau\s+)?so\s+)?"
    r"(?:in\s+der|auf\s+der|in\s+meiner)\s+(?:sms|[\w-]*app|authenticator)"
)
#: A line naming a thing no secret: "that's what I use as my username", "…for the order".
_NAMES_OTHER = re.compile(
    r"(?i)\b(?:user\s*name|username|benutzer\w*|nutzername|e-?mail|ssid|name|number|nummer"
    r"|id|handle|address|adresse|nick\w*|alias|reference|referenz\w*|verwendungszweck|betreff"
    r"|subject|invoice|rechnung\w*|order|bestell\w*|tracking|search|suche)\b"
    # a field, box or line of another kind: "the reference field", "ins Suchfeld"
    r"|\b(?!(?:pass|kenn|pw|pin|code|secret|geheim|cvc|cvv))[^\W\d_]+[\s-]?(?:field|feld|box|zeile)\b"
)


def _denies(line: str, match: re.Match[str]) -> bool:
    """A negation in the clause of ``match`` ("that's not my password"); one in a clause
    before it is about something else ("nein das ist nicht das alte, das ist das aktuelle")."""
    for denied in _DENIED.finditer(line, 0, match.end()):
        if denied.start() >= match.start() or not _CLAUSE_BREAK.search(
            line, denied.end(), match.start() + 1
        ):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;.?!–—]")


def _not_a_remark(tail: str) -> bool:
    """The tail after a label is no remark on it ("password reset", "PIN: 1234")."""
    return bool(_GIVES_OWN.match(tail)) or not _REMARK.match(tail)


def _label_kind(match: re.Match[str], line: str) -> str | None:
    label = _label_of(match["noun"])
    kinds, noun = match["kinds"].lower(), match["noun"].lower()
    if noun == "one":
        if _ONE_PASSWORD.search(kinds):
            return _LABEL_PASSWORD
        if _ONE_PIN.search(kinds):
            return _LABEL_PIN
        return _LABEL_CODE if _ONE_CODE.search(kinds) else None  # "the old one": which?
    if label == _LABEL_ANSWER and not _SECURITY.search(line):
        return None  # "that's the answer to your question": any answer, no secret
    if label == _LABEL_EXPIRY and _NOT_CARD.search(line):
        return None  # "Ablaufdatum der Lizenz", "the trial expiry": no card's
    if label == _LABEL_CODE and _CARD_WORD.search(line):
        return _LABEL_CVC  # "4-digit code on the front of my amex"
    if label == _LABEL_KEY and _RECOVERY_KINDS.search(kinds):
        return _LABEL_PASSWORD  # "the recovery key from when I enabled 2FA"
    if label == _LABEL_KEY and not _KEY_KINDS.search(kinds):
        if _NETWORK_KINDS.search(kinds):
            return _LABEL_PASSWORD  # "the wifi key"
        if noun in ("key", "schlüssel"):
            return None  # "the key": which one?
    return label


_KEY_KINDS = re.compile(r"api|client|access|private|secret")
_RECOVERY_KINDS = re.compile(r"recovery|backup|2fa|wiederherstellung|bitlocker")
_ONE_PASSWORD = re.compile(r"wifi|wi-fi|wlan|login|account|konto|e-?mail|admin|root|ftp|vpn|portal")
_ONE_PIN = re.compile(r"\b(?:sim|card|karten|debit|credit|banking|phone|handy|voicemail)\b")
_ONE_CODE = re.compile(
    r"2fa|sms|verification|one-time|single-use|authenticator|backup|recovery|door|tür|garage"
    r"|gate|alarm|safe|tresor|keypad"
)
_CARD_WORD = re.compile(
    r"(?i)\b(?:card|karte|kreditkarte|credit\s*card|amex|visa|master\s*card|discover|debit)\b"
)
_NOT_CARD = re.compile(
    r"(?i)lizenz|licen[cs]e|trial|test|abo\b|subscription|token|zertifikat|certificate|domain"
    r"|passport|reisepass|ausweis|vertrag|contract|warranty|garantie"
)
_NETWORK_KINDS = re.compile(r"wifi|wi-fi|wlan|network|netzwerk|router")
#: Words that label a user name or an account: a line holding one is no value.
_LABEL_WORDS = frozenset(
    "login user username benutzer benutzername nutzername email e-mail mail konto account "
    "kundennummer frage question".split()
)
#: Labels whose values have digits (a PIN, a CVC, a code): "amex" is none of them.
_DIGIT_LABELS = frozenset({_LABEL_PIN, _LABEL_CVC, _LABEL_CODE, _LABEL_EXPIRY})
#: A secret's name anywhere in a line ("the kiosk app wants an admin pin").
_NAMED_ANYWHERE = re.compile(rf"(?i)(?<![^\W\d_])(?<!\[){_NAME}")  # not a mask's "[EXPIRY]"


#: Any secret's noun as a literal, a cheap necessary condition of ``kind_named`` on
#: every message (the noun "one" needs a kind before it, which ``kind_named`` reads).
#: (Over the lower-cased line: without IGNORECASE the engine scans for the literals fast.)
_NOUN_LITERAL = re.compile(
    "|".join(re.escape(n) for n in sorted(_NOUNS, key=len, reverse=True) if n != "one")
)


#: How far before a noun the words saying its kind may start ("old online banking pin").
_KINDS_REACH = 40


def kind_named(line: str) -> tuple[str, str, str] | None:
    """The kind of secret ``line`` names last, as the words before its noun say it
    ("password", "PIN", "code", "CVC", "security answer", "API key", "expiry"), those
    words ("2fa", "" for a bare "code") and the noun; None when it names none ("the SSH
    key", "the answer to your question")."""
    named = None
    # the full scan only around each noun's literal: its word and the words before it
    # that may say its kind (a cheap window, the same matches inside it)
    for literal in _NOUN_LITERAL.finditer(line.lower()):
        start = max(0, literal.start() - _KINDS_REACH)
        end = literal.end() + len(
            line[literal.end() :].split(None, 1)[0]
            if line[literal.end() :].strip() and not line[literal.end()].isspace()
            else ""
        )
        for m in _NAMED_ANYWHERE.finditer(line, start, end):
            kind = _label_kind(m, line)
            if kind is not None and m["noun"].lower() != "one":
                named = kind, m["kinds"].strip().lower(), m["noun"].lower()
    return named


def digit_secrets_named(line: str) -> list[tuple[str, int]]:
    """The secrets of digits ``line`` names anywhere, as the type their value is masked as
    (a PIN or a code: PASSWORD; a card's expiry: CARD_EXPIRY) and where the name starts
    ("the kiosk app wants an admin pin", "Geheimzahl für die Kassen-App?", "expiry date
    is"). A card's code is left to the card rules; a public kind of code ("Rabattcode") is
    none, while the words before a bare "code" are the caller's to judge."""
    found = []
    for m in _NAMED_ANYWHERE.finditer(line):
        kind = _label_kind(m, line)
        if kind in (_LABEL_PIN, _LABEL_CODE):
            found.append((PASSWORD, m.start()))
        elif kind == _LABEL_EXPIRY:
            found.append((CARD_EXPIRY, m.start()))
    return found


#: An earlier line of at most this many words may be named when it came right before and
#: the later one points back at it ("i <3 my cat Felix" ⏎ "that's literally my password").
EARLIER_WORDS_POINTED = 6
#: A longer line is kept when it gives one value after a colon ("the 2nd of the two
#: they sent: 884-219"): at most this many words.
_COLON_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Sent:
    """A short message as it was sent and as it was stored."""

    text: str
    result: RedactionResult
    after_user: bool = False  # sent right after a line that named a user name
    #: A short line that may be a value; else a remark without digits, kept only so that
    #: card pieces around it are still seen as one number ("moment, Karte umdrehen").
    short: bool = True


#: A code in a pasted list: letters and digits in groups joined by a dash ("7hq2-9kdm",
#: "4F7K-22QP", "58213-90471") or one run of six to twelve ("a8k2m9x4").
_LISTED_CODE = re.compile(
    rf"(?<![\w\-])(?=[\w\-]*\d)(?:{DASHED_GROUPS}|[A-Za-z0-9]{{6,12}})(?![\w\-])"
)
#: A list of codes has at least this many and at most that many.
_LIST_MIN, _LIST_MAX = 2, 16


def _code_list(text: str) -> bool:
    """``text`` is nothing but codes, one or a few a line (a list of backup codes)."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    codes = 0
    for line in lines:
        tokens = line.split()
        if not all(_LISTED_CODE.fullmatch(t) for t in tokens):
            return False
        codes += len(tokens)
        if codes > _LIST_MAX:
            return False
    return codes >= _LIST_MIN


def _has_digits(text: str) -> bool:
    """Digits, or a number said in its digits' words ("null acht eins fünf")."""
    if any(ch.isdigit() for ch in text):
        return True
    said = text.lower().split()
    return len(said) >= 3 and all(w in DIGIT_WORDS for w in said)


def may_be_named_later(text: str) -> bool:
    """Could a later message name ``text`` a secret? One short line only."""
    line = text.strip()
    return (
        bool(line)
        and "\n" not in line
        and (len(line.split()) <= EARLIER_WORDS_MAX or _DIGIT_PIECE.fullmatch(line) is not None)
    )


class Hindsight:
    """One sender's last ``KEPT`` messages, the short ones kept as sent until a later
    message names one of them a secret. In memory only, like the continuation's cue."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._recent: deque[_Sent | None] = deque(maxlen=KEPT)  # [0]: the message before
        self._masked: deque[bool] = deque(maxlen=KEPT)  # that message held a masked secret
        #: each of those messages as a piece of a card number (or a pause between pieces)
        self._pieces: deque[_Piece | None] = deque(maxlen=KEPT)
        #: each of those messages when it was a list of codes, one or a few a line
        self._lists: deque[str | None] = deque(maxlen=KEPT)
        self._user_named = False  # the last message named a user name
        #: the last message completed a card number with the pieces before it
        self.completed = False

    def after(self, text: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """The messages before ``text`` that it shows to be secrets, masked anew: pairs of
        how many messages back (1: the one right before) and the new redaction."""
        amended = (
            self._pieces_before(text, result)
            or self._card_named(text)
            or self._card_slipped(text, result)
            or self._named_by(text, result)
            or self._list_named(text, result)
            or self._repeated(text, result)
            or self._pieces_of(text, result)
            or self._details_named(text)
            or self._code_before(text, result)
            or self._cvc_before_card(result)
            or self._deletion_asked(text, result)
        )
        if not amended and any(self._recent) and _NAMES_SOMETHING.match(text.strip()):
            # "that's the SSID", "das ist die Kundennummer": what came before has been
            # named, as no secret; a later remark about a password means another one.
            for i in range(len(self._recent)):
                self._recent[i] = None
                self._masked[i] = False
                self._pieces[i] = None
        for back, _ in amended:
            self._recent[back - 1] = None  # masked now: never named twice
            self._masked[back - 1] = True
        if self.completed:
            for i in range(len(self._pieces)):
                self._pieces[i] = None  # a card is complete: its pieces are used
        self._pieces.appendleft(None if self.completed else _piece(text, result))
        short = may_be_named_later(text) or (
            "\n" not in text.strip()
            and (
                len(text.split()) <= EARLIER_WORDS_POINTED
                or (len(text.split()) <= _COLON_WORDS and _value_part(text) is not None)
            )
        )
        kept = not result.entities and (short or not any(ch.isdigit() for ch in text))
        self._recent.appendleft(_Sent(text, result, self._user_named, short) if kept else None)
        self._masked.appendleft(any(e.type in (PASSWORD, CREDENTIAL) for e in result.entities))
        self._lists.appendleft(
            text if not result.entities and "\n" in text.strip() and _code_list(text) else None
        )
        # "username is" ⏎ "jsmith_88": the value after a user name's label is that name.
        self._user_named = _NAMES_USER.search(text) is not None
        return amended

    def reset(self) -> None:
        self._recent.clear()
        self._masked.clear()
        self._pieces.clear()
        self._lists.clear()
        self.completed = False
        self._user_named = False

    def _named_by(self, later: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        if not any(s is not None and s.short for s in self._recent) or result.entities:
            return []  # a message that gives a value of its own leads forward
        named = _named(later)
        if named is None:
            return []
        label, points_back = named
        if label in (_LABEL_PASSWORD, _LABEL_PIN, _LABEL_CODE) and _WHOLE.search(later):
            parts = self._parts()
            if parts:
                return parts
        # A single token (or digit groups) is what a later remark most often names: the
        # nearest one wins; a line of several words only when it came right before, no
        # single token is in reach and the remark points back at it.
        candidates = [
            (back, sent)
            for back, sent in enumerate(self._recent, 1)
            if sent is not None
            and sent.short
            and (not says_nothing(sent.text) or _value_part(sent.text) is not None)
            and not sent.after_user
            and (label not in _DIGIT_LABELS or _has_digits(sent.text))
        ]
        masked = next((b for b, m in enumerate(self._masked, 1) if m), 0)
        if masked:
            # A secret already masked in reach is what the remark most likely names
            # ("Falkenhorst!3" ⏎ "moment" ⏎ "hab grad nachgeschaut" ⏎ "das ist mein
            # Passwort"): only a value-shaped single token nearer than it may be meant.
            candidates = [(b, s) for b, s in candidates if b < masked and _value_shaped(s.text)]
        singles = [
            (b, s) for b, s in candidates if _single(s.text) or _value_part(s.text) is not None
        ]
        if singles:
            # a word that may be chatter ("sekunde") yields to a value-shaped token further
            # back ("Kiefernzapfen2020" ⏎ "sekunde" ⏎ "das ist das WLAN-Passwort")
            shaped = [(b, s) for b, s in singles if _value_shaped(s.text)]
            if _SAME_AS.search(later):
                # "same as for my email" names a password only after a word with a digit or
                # sign, not a plain word (a name, a place) or a number (a ticket's)
                shaped = [(b, s) for b, s in shaped if any(ch.isalpha() for ch in s.text)]
                if not shaped:
                    return []
            back, sent = shaped[0] if shaped else singles[0]
        elif (
            points_back
            and not masked
            and candidates
            and candidates[0][0] == 1
            and not is_remark(candidates[0][1].text)
        ):
            back, sent = candidates[0]
        else:
            return []
        again = _read_again(self._redactor, label, sent)
        if again is None:
            return []
        amended = [(back, again)]
        if label == _LABEL_CODE and singles:
            # "jetzt steht 194 772" ⏎ "nee jetzt 530 118" ⏎ "der ändert sich ständig": the
            # codes read before it, of the same length, were codes too
            length = len(re.sub(r"\D", "", sent.text))
            for b, other in singles:
                if b != back and len(re.sub(r"\D", "", other.text)) == length >= 4:
                    more = _read_again(self._redactor, label, other)
                    if more is not None:
                        amended.append((b, more))
        return amended

    def _deletion_asked(
        self, later: str, result: RedactionResult
    ) -> list[tuple[int, RedactionResult]]:
        """A short remark asking to delete what was just sent ("delete that please", "bitte
        das vorherige löschen") without naming it: the customer says it should not have
        been typed here. The nearest message that was one token shaped like a password
        (letters and digits; a name, a date or a number alone stays) is masked as a
        password; a message masked already nearer is what the remark is about."""
        if result.entities or ASKS_DELETION.search(later) is None:
            return []
        first = normalize(later).text.strip()
        if "\n" in first or len(first.split()) > LATER_WORDS_MAX or NOT_DELETED.search(first):
            return []
        for back, sent in enumerate(self._recent, 1):
            if self._masked[back - 1]:
                return []
            if sent is None or not sent.short:
                continue
            line = sent.text.strip()
            if not _single(line) or sent.after_user or _USER_NAME.fullmatch(line):
                continue
            core = line.strip("\"'`„“”‚‘’«».,;!?()")
            if not (
                any(ch.isdigit() for ch in core)
                and any(ch.isalpha() for ch in core)
                and words.secret_shape(core) == words.SHAPED
                and not words.is_product(core)
            ):
                continue
            start = sent.text.index(core)
            entity = Entity(PASSWORD, start, start + len(core), 0.6, "hindsight")
            return [
                (back, RedactionResult(_seal(masking.Masked(sent.text, [entity]).text), [entity]))
            ]
        return []

    def _card_named(self, later: str) -> list[tuple[int, RedactionResult]]:
        """A card's number sent under another number's label and called a card by the next
        message ("Bestellnummer: 6759 …" ⏎ "ups, das war die EC-Karte"): the label was a
        slip, the number (issuer, length, Luhn) is the card's."""
        sent = self._recent[0] if self._recent else None
        if sent is None or not any(ch.isdigit() for ch in sent.text) or not names_card(later):
            return []
        alone = sent.text.strip()
        entities = [
            Entity(CREDIT_CARD, m.start(), m.end(), 0.6, _CARD_NAMED)
            for m in _RUN.finditer(sent.text)
            if is_card_number(digits := _digits(m.group()))
            # "3799 540103 38121" ⏎ "that's amex": a card's number with a slip, sent alone
            or (m.group() == alone and typed_with_slip(digits))
        ]
        if not entities:
            return []
        return [(1, RedactionResult(_seal(masking.Masked(sent.text, entities).text), entities))]

    def _code_before(self, text: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """A code given now after a short message that named one of as many digits ("der
        erste Code 771204 ging nicht" ⏎ "neuer code: 390 118"): that one was a code too,
        tried and failed, and is masked as stored."""
        if not result.entities:
            return []
        given = {
            len(_digits(text[e.start : e.end]))
            for e in result.entities
            if e.type == PASSWORD and _CODE_VALUE.fullmatch(text[e.start : e.end])
        }
        if not given:
            return []
        amended = []
        for back, sent in enumerate(self._recent, 1):
            if sent is None or not sent.short or NOT_A_CODE.search(sent.text):
                continue
            if not _CODE_WORD.search(sent.text):
                continue
            runs = [m for m in _RUN.finditer(sent.text) if len(_digits(m[0])) in given]
            if len(runs) != 1:
                continue
            entity = Entity(PASSWORD, *runs[0].span(), 0.6, "hindsight")
            masked = masking.Masked(sent.text, [entity]).text
            amended.append((back, RedactionResult(_seal(masked), [entity])))
        return amended

    def _list_named(self, later: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """A list of codes pasted before, one or a few a line ("7hq2-9kdm" ⏎ "4xz8-1prw" …),
        that a later message names secrets ("sorry, those are my backup codes", "das waren
        meine Wiederherstellungscodes"): every code in it is masked as stored."""
        if result.entities or not any(self._lists):
            return []
        named = _named(later)
        if named is None or named[0] not in (_LABEL_PASSWORD, _LABEL_PIN, _LABEL_CODE, _LABEL_KEY):
            return []
        for back, listed in enumerate(self._lists, 1):
            if listed is None:
                continue
            found = [
                Entity(PASSWORD, m.start(), m.end(), 0.6, "hindsight")
                for m in _LISTED_CODE.finditer(listed)
            ]
            return [(back, RedactionResult(_seal(masking.Masked(listed, found).text), found))]
        return []

    def _card_slipped(
        self, text: str, result: RedactionResult
    ) -> list[tuple[int, RedactionResult]]:
        """A card given now that a message or two before gave with a slip ("5555 5555 5555
        4443" ⏎ "5555 5555 5555 4444 *"): that copy is the card, masked as stored
        (``card_retyped``)."""
        cards = whole_cards(text, result) if result.entities else []
        amended = []
        for back, sent in enumerate(self._recent, 1):
            spans = [s for card in cards if sent for s in slipped_copies(card, sent.text)]
            if spans and sent is not None:
                entities = [Entity(CREDIT_CARD, a, b, 0.6, "hindsight") for a, b in spans]
                masked = masking.Masked(sent.text, entities).text
                amended.append((back, RedactionResult(_seal(masked), entities)))
        return amended

    def _cvc_before_card(self, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """A card number given now after a short message that gave a code of three or four
        digits ("code is 649" ⏎ "6011-6718-2557-9214"): that code was the card's, given
        first, and is masked as stored (only right before the card, or one message more)."""
        if not any(e.type == CREDIT_CARD for e in result.entities):
            return []
        for back, sent in enumerate(self._recent, 1):
            if back > _CVC_BEFORE_BACK:
                break
            if sent is None or not sent.short:
                continue
            m = _CVC_GIVEN.fullmatch(sent.text)
            if m is None:
                continue
            entity = Entity(CARD_CVC, *m.span("d"), 0.6, "hindsight")
            masked = masking.Masked(sent.text, [entity]).text
            return [(back, RedactionResult(_seal(masked), [entity]))]
        return []

    def _details_named(self, later: str) -> list[tuple[int, RedactionResult]]:
        """A card's expiry and check digits sent before the card, each alone, and named by a
        later message ("09/26" ⏎ "412" ⏎ "oh that's the expiry and security code, card
        number coming: …", "das waren Ablauf und Prüfziffer"): the month and year is the
        expiry, three or four digits the check digits, when the message names each."""
        sent_alone = [
            (back, sent, sent.text.strip())
            for back, sent in enumerate(self._recent, 1)
            if sent is not None and sent.short and len(sent.text) <= _DETAIL_MAX
        ]
        if not sent_alone:
            return []
        named = _DETAILS_NAMED.match(later)
        if named is None:
            return self._details_of_card(later, sent_alone)
        nouns = named["nouns"].lower()
        if nouns == "code":
            return []  # "that's the code": a PIN's or a door's as well, not a card's
        expiry = any(w in nouns for w in ("exp", "ablauf", "gültig", "valid"))
        code = any(w in nouns for w in ("cvc", "cvv", "code", "prüf", "cid", "csc"))
        amended = []
        for back, sent, line in sent_alone:
            kind = (
                CARD_EXPIRY
                if expiry and _LONE_EXPIRY.fullmatch(line)
                else CARD_CVC
                if code and re.fullmatch(r"[0-9]{3,4}", line)
                else None
            )
            if kind is None:
                continue
            start = sent.text.index(line)
            entity = Entity(kind, start, start + len(line), 0.6, "hindsight")
            amended.append(
                (back, RedactionResult(_seal(masking.Masked(sent.text, [entity]).text), [entity]))
            )
        return amended

    def _details_of_card(
        self, later: str, sent_alone: list[tuple[int, _Sent, str]]
    ) -> list[tuple[int, RedactionResult]]:
        """A month and year alone and three or four digits alone, then a message about a
        card ("12/27" ⏎ "and 304" ⏎ "for the Mastercard I added yesterday, it keeps
        failing"): the card's expiry and check digits, answers to a form's questions. Both
        are needed: a date alone or a number alone may be anything."""
        if not _CARD_WORD.search(later) or _NOT_CARD.search(later):
            return []
        expiry = [(b, s, line) for b, s, line in sent_alone if _LONE_EXPIRY.fullmatch(line)]
        codes = [
            (b, s, m) for b, s, line in sent_alone if (m := _LONE_CODE.fullmatch(line)) is not None
        ]
        if len(expiry) != 1 or len(codes) != 1:
            return []
        (eb, es, eline), (cb, cs, cm) = expiry[0], codes[0]
        at = es.text.index(eline)
        code_at = cs.text.index(cm[0]) + cm.start("d")
        return [
            (b, RedactionResult(_seal(masking.Masked(sent.text, [e]).text), [e]))
            for b, sent, e in (
                (eb, es, Entity(CARD_EXPIRY, at, at + len(eline), 0.6, "hindsight")),
                (cb, cs, Entity(CARD_CVC, code_at, code_at + len(cm["d"]), 0.6, "hindsight")),
            )
        ]

    def _parts(self) -> list[tuple[int, RedactionResult]]:
        """The messages right before, each a part of one value ("first half: Tango" ⏎
        "second half: 88!xq" ⏎ "that's the whole password"): two or three in a row, each
        one token alone or after a part's label; every part masked."""
        parts: list[tuple[int, RedactionResult]] = []
        done = 0
        for back, sent in enumerate(self._recent, 1):
            if len(parts) + done == _PARTS_MAX:
                break
            if sent is None and self._masked[back - 1]:
                done += 1  # a part masked already ("Flut!12")
                continue
            if sent is None or not sent.short:
                break
            part = _PART.fullmatch(sent.text.strip())
            if part is None:
                break
            value = part["v"] or part["o"] or part["alone"]
            core = value.strip("\"'`„“”‚‘’«».,;")
            if says_nothing(core) or not (
                # a short part is a part when digits or signs make it no word ("77!")
                _lone_value(core) or (len(core) >= 2 and not core.isalpha())
            ):
                break
            start = sent.text.index(value) + value.index(core)
            entity = Entity(PASSWORD, start, start + len(core), 0.6, "hindsight")
            masked = masking.Masked(sent.text, [entity]).text
            parts.append((back, RedactionResult(_seal(masked), [entity])))
        return parts if len(parts) + done >= 2 and parts else []

    def _repeated(self, text: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """A value masked now that an earlier short message gave as it was ("Spire_of_Ely!"
        ⏎ 'can you delete "Spire_of_Ely!", that's my password'): that one is masked too."""
        values = {
            text[e.start : e.end]: e.type
            for e in result.entities
            if e.type in (PASSWORD, CREDENTIAL) and e.end - e.start >= _REPEATED_SHORT
        }
        if not values or not any(self._recent):
            return []
        amended = []
        for back, sent in enumerate(self._recent, 1):
            if sent is None:
                continue
            # a short value ("4471" ⏎ "oh no, that 4471 was my PIN") only when the earlier
            # message was that value alone, not a number in a sentence of its own
            alone = sent.text.strip().strip(_RUN_AFTER)
            found = [
                Entity(kind, m.start(), m.end(), 0.6, "hindsight")
                for value, kind in values.items()
                if len(value) >= _REPEATED_MIN or value == alone
                for m in re.finditer(rf"(?<![\w]){re.escape(value)}(?![\w])", sent.text)
            ]
            if found:
                entities = masking.merge(found)
                masked = masking.Masked(sent.text, entities).text
                amended.append((back, RedactionResult(_seal(masked), entities)))
        return amended

    def _pieces_of(self, text: str, result: RedactionResult) -> list[tuple[int, RedactionResult]]:
        """A password or code masked now that the messages right before gave in pieces or
        typed differently, nothing masked in them: the customer sent it early, split or
        mistyped, and the masked copy shows what those were. Three shapes, each ending at
        the message right before: the earlier lines' tokens, joined, are the value ("382"
        ⏎ "904" ⏎ "code is 382904", "Z" ⏎ "e7" ⏎ "!bra" ⏎ "that's the password, Ze7!bra");
        an earlier line holds the value in other case or with spaces ("pw KX7 mango" ⏎
        "sorry autocorrect, its kx7mango"); a secret's label with a short piece, the value
        masked now its rest ("TAN 448" ⏎ "921", "pass: Kornblume-" ⏎ "Ost93") or its
        whole ("code: 77" ⏎ "wait" ⏎ "771 204", a send pressed too early)."""
        values = [
            text[e.start : e.end]
            for e in result.entities
            if e.type == PASSWORD and e.end - e.start >= _REPEATED_SHORT
        ]
        if not values or not any(self._recent):
            return []
        alone = text.strip().strip(_RUN_AFTER)
        for value in values:
            key = _squeezed(value)
            amended = (
                self._joined_pieces(key)
                or self._retyped(value, key, _AUTOCORRECT.search(text) is not None)
                or self._labelled_piece(value, key, value == alone)
            )
            if amended:
                return amended
        return []

    def _joined_pieces(self, key: str) -> list[tuple[int, RedactionResult]]:
        joined = ""
        pieces: list[tuple[int, _Sent, int]] = []
        for back, sent in enumerate(self._recent, 1):
            if sent is None or not sent.short:
                return []
            token = sent.text.strip()
            if not token or any(ch.isspace() for ch in token):
                return []
            joined = _squeezed(token) + joined
            if not key.endswith(joined):
                return []
            pieces.append((back, sent, sent.text.index(token)))
            if joined == key:
                if len(pieces) < 2:
                    return []  # one earlier copy is `_repeated`'s
                return [
                    (b, _masked_span(s.text, start, start + len(s.text.strip())))
                    for b, s, start in pieces
                ]
        return []

    def _retyped(self, value: str, key: str, any_case: bool) -> list[tuple[int, RedactionResult]]:
        """The value typed apart before ("Kx7 mango"): spaces between its characters; in
        other case only when the message blames the keyboard's autocorrect, since a user
        name may be the password in other case ("user kasse03" ⏎ "pw Kasse03")."""
        if len(key) < _REPEATED_MIN or not any(ch.isalpha() for ch in key):
            return []
        chars = key if any_case else "".join(value.split())
        typed = re.compile(
            r"(?<![\w])" + r"\s?".join(re.escape(ch) for ch in chars) + r"(?![\w])",
            re.IGNORECASE if any_case else 0,
        )
        for back, sent in enumerate(self._recent, 1):
            if sent is None:
                return []
            if _NAMES_USER.search(sent.text) or sent.after_user:
                continue
            found = typed.search(sent.text)
            if found is not None and found.group() != value:
                return [(back, _masked_span(sent.text, *found.span()))]
        return []

    def _labelled_piece(
        self, value: str, key: str, whole_line: bool
    ) -> list[tuple[int, RedactionResult]]:
        digits = _digits(value)
        for back, sent in enumerate(self._recent, 1):
            if sent is None or back > 2:
                return []
            found = _LABELLED_PIECE.fullmatch(sent.text.strip())
            if found is None or _label_of(found["noun"]) not in (
                _LABEL_PASSWORD,
                _LABEL_PIN,
                _LABEL_CODE,
            ):
                continue
            piece = found["p"]
            start = sent.text.index(found.group()) + found.start("p")
            span = (start, start + len(piece))
            if piece.isdigit() and digits == _squeezed(value):
                rest = back == 1 and whole_line and 4 <= len(piece) + len(digits) <= 8
                early = len(piece) < len(digits) and digits.startswith(piece)
                if rest or early:
                    return [(back, _masked_span(sent.text, *span))]
            elif back == 1 and whole_line and piece[-1] in _JOINERS:
                return [(back, _masked_span(sent.text, *span))]
        return []

    def _pieces_before(
        self, text: str, result: RedactionResult
    ) -> list[tuple[int, RedactionResult]]:
        """A message that completes a card with the pieces right before it (issuer, brand
        length, Luhn): the earlier pieces are masked too, every digit of them. A piece may
        be digits alone or one run of digits among a few words ("first four 4787", "next:
        6630", "last bit 2170"), and already masked on arrival; the last piece may carry
        the card's expiry or code after it ("1205 6736 exp 10/27")."""
        self.completed = False
        lead = card_lead(text) or piece_span(text)
        if lead is None:
            return []
        digits = _digits(text[lead[0] : lead[1]])
        pieces: list[tuple[int, _Piece]] = []
        for back, piece in enumerate(self._pieces, 1):
            if piece is None:
                break
            if piece is _PAUSE:
                continue  # "sorry", "moment, Karte umdrehen" between the pieces
            pieces.append((back, piece))
            digits = piece.digits + digits
            if len(digits) > 19:
                break
            if is_card_number(digits):
                self.completed = True
                return [(b, _piece_masked(p)) for b, p in pieces if not p.masked]
            if piece.first:  # "discover 6527 3324": the first piece, its brand before
                break
        return []


#: A secret's label and one short piece, the whole line ("TAN 448", "code: 77", "pass:
#: Kornblume-"); a piece of at most three digits or one ending on a joiner (see _pieces_of).
_LABELLED_PIECE = re.compile(
    rf"(?i)\W*(?:(?:the|my|die|der|das|mein|meine)\s+)?{_NOUN}\s*[:=]?\s*"
    rf"(?P<p>[0-9]{{1,3}}|\S*[^\W\d_]\S*[\-_+])"
)
_JOINERS = "-_+"
#: The keyboard changed what was typed: case and spaces are its, not the customer's.
_AUTOCORRECT = re.compile(r"(?i)auto-?corr?ect|autokorrektur|auto-?complete|autovervollständig")


def _squeezed(value: str) -> str:
    """A value as typed apart or in other case: lower case, no spaces."""
    return "".join(value.split()).casefold()


def _masked_span(text: str, start: int, end: int) -> RedactionResult:
    entity = Entity(PASSWORD, start, end, 0.6, "hindsight")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


#: A request to delete what was sent ("delete that please", "can you delete that??", "bitte
#: das vorherige löschen", "kann man die Nachricht löschen?").
ASKS_DELETION = re.compile(
    r"(?i)(?<![^\W\d_])(?:delete|remove|erase|lösch\w*|entfern\w*)(?![^\W\d_])"
)
#: What a deletion asked for is other than a message: an account, an address, a card on
#: file, an order ("delete my account", "Karte entfernen").
NOT_DELETED = re.compile(
    r"(?i)(?<![^\W\d_])(?:account|konto|kundenkonto|profil\w*|profile|address|adresse|card|karte"
    r"|order|bestellung|abo\w*|subscription|newsletter|data|daten|cookies?|history|verlauf"
    r"|device|gerät|app)(?![^\W\d_])"
)
#: A later message naming the values before it a card's details: "oh that's the expiry
#: and security code", "das waren Ablauf und Prüfziffer", "^ exp and cvc".
_DETAILS_NAMED = re.compile(
    rf"(?i)^\W*{_OPENERS}(?:(?:{_BACK})\s*{_COPULA}?\s*)?(?:(?:the|my|die|der|das|mein\w*)\s+)?"
    r"(?P<nouns>(?:expiry|expiration(?:\s+date)?|exp|ablauf(?:datum)?|gültigkeit|valid\s+thru"
    r"|cvc2?|cvv2?|cid|csc|security\s+code|sicherheitscode|prüf(?:ziffer|nummer|zahl)|code)"
    r"(?:\s*(?:and|und|&|\+|/|,)\s*(?:(?:the|die|der|das)\s+)?(?:expiry|expiration(?:\s+date)?|exp"
    r"|ablauf(?:datum)?|gültigkeit|cvc2?|cvv2?|cid|csc|security\s+code|sicherheitscode"
    r"|prüf(?:ziffer|nummer|zahl)|code))?)(?![\w-])"
    # the line ends there, or a remark or the card's own words follow, not the expiry of
    # something else ("Ablaufdatum der Lizenz") or a value of its own ("exp: 07/27")
    r"(?=\s*(?:[,;.!?)\-–—]|$)|\s+(?:of|on|from|der|von|auf)\s+(?:the\s+|my\s+|meiner\s+)?"
    r"(?:card|karte|kreditkarte))"
)
#: A card's code given alone before its number: "code is 649", "CVV: 412", "Prüfziffer 301".
_CVC_GIVEN = re.compile(
    r"(?i)\s*(?:(?:the|my|die|meine|der)\s+)?(?:(?:security|card|check|3[ \-]?digit|karten)\s*)?"
    r"(?:code|cvc2?|cvv2?|cid|csc|prüfziffer|prüfnummer|prüfzahl|sicherheitscode)"
    r"(?:\s+(?:is|ist|lautet))?\s*[:=]?\s*(?P<d>[0-9]{3,4})\s*[.!]?\s*"
)
#: How many messages before the card its code may have been given.
_CVC_BEFORE_BACK = 2
#: A one-time code or PIN's value: four to eight digits, in groups or not.
_CODE_VALUE = re.compile(r"[0-9](?:[ \-]?[0-9]){3,7}")
#: A code's word standing alone ("der erste Code", "the PIN", "TAN"), not in a compound.
_CODE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:code|pin|tan|mtan|otp|passcode)(?![^\W\d_])")
#: A code nobody keeps secret ("discount code", "Fehlercode", "tracking code").
NOT_A_CODE = re.compile(
    r"(?i)discount|promo|voucher|coupon|gutschein|rabatt|error|fehler|tracking|sendung|zip|post"
    r"|order|bestell|ticket|invoice|rechnung|qr|bar"
)
#: Three or four digits alone, perhaps after "and" ("and 304", "und 4417").
_LONE_CODE = re.compile(r"(?i)(?:(?:and|und|plus|&)\s+)?(?P<d>[0-9]{3,4})")
#: A card's expiry or check digits alone are at most this long ("11/2027" and spaces).
_DETAIL_MAX = 12
#: A month and year alone: "09/26", "11/2027".
_LONE_EXPIRY = re.compile(r"(?:0[1-9]|1[0-2])\s*/\s*(?:20)?[0-9]{2}")


#: The card's details after its last piece: "1205 6736 exp 10/27 cvc 981".
_DETAILS_AFTER = re.compile(
    # after a comma, or a dash between spaces ("6639 4418 — 04/28 — 227")
    r"(?i)\s*(?:[,;]|[-–—](?=\s))?\s*(?:(?:and|und|plus|\+|&)\s+)?(?:exp\w*|valid|gültig\w*|ablauf\w*|läuft|cvc\d?|cvv\d?|cid|csc|prüf\w*"
    r"|security\s+code|sicherheitscode|\d{1,2}\s*/\s*\d{2,4}\b"
    # "and the 4 digit code on the front is 7710", "und der dreistellige Code 412": the
    # card's code named by its digits after the last piece
    r"|(?:and|und|plus|&)\s+(?:the|my|die|der|den|its|ihr\w*)\s+"
    r"(?:\d[ \-]?digits?\s+|\w+stellige\w?\s+)?"
    r"(?:code|nummer|number|zahl|ziffern)\b)"
)


#: A remark of words after the last piece: "52198 that is my amex", "… is the rest of the
#: card", "4417, das war der Rest" (no digit: another number is no remark).
_REMARK_AFTER = re.compile(r"[ \t]*[,;:.!\-–—]?[ \t]+[^\W\d_][^\d\n]{0,60}")


def card_lead(text: str) -> tuple[int, int] | None:
    """The span of a message's digits when it is a piece of a card number: all of it, or
    its leading digit groups when the card's expiry or code, or a remark, follows them."""
    lead = re.match(r"\s*([0-9]{3,}(?:[ .\-][0-9]+(?![0-9/]))*)", text)
    if (
        lead is not None
        and lead.end() < len(text.rstrip())
        and (
            _DETAILS_AFTER.match(text, lead.end())
            or _REMARK_AFTER.fullmatch(text.rstrip(), lead.end())
        )
    ):
        return lead.start(1), lead.end(1)
    glued = _GLUED_EXPIRY.fullmatch(text) if "/" in text else None
    if glued is not None:
        return glued.span("d")  # "1194 4027/08/27": the expiry glued on with a slash
    dashed = _DASHED_PIECE.fullmatch(text) if text.lstrip()[:1] in ("-", "–") else None
    if dashed is not None:
        return dashed.span("d")  # "4175-0011-8364" ⏎ "-9028": the dash typed on
    return (0, len(text)) if _DIGIT_PIECE.fullmatch(text) else None


#: A last piece with the expiry glued on by a slash ("1194 4027/08/27").
_GLUED_EXPIRY = re.compile(
    r"\s*(?P<d>[0-9]{4}(?:[ .\-][0-9]{3,})*)/(?:0[1-9]|1[0-2])\s*/\s*(?:20)?[0-9]{2}\s*"
)
#: A piece that goes on from a number typed with dashes ("-9028", "– 9028").
_DASHED_PIECE = re.compile(r"\s*[-–]\s*(?P<d>[0-9]{3,}(?:[ .\-][0-9]+)*)\s*")


def swap_line(text: str, before: str, after: str) -> str | None:
    """``text`` (a message, or several joined by line breaks) with every line that is
    ``before`` replaced by ``after``, its masked-again form; None when no line is."""
    lines = text.split("\n")
    if before not in lines:
        return None
    return "\n".join(after if line == before else line for line in lines)


#: The recognizer's name of a whole card number a later message named a card (not a piece).
_CARD_NAMED = "hindsight-card-named"


def card_completed(amended: list[tuple[int, RedactionResult]]) -> bool:
    """Did ``Hindsight.after`` mask card pieces (so the message itself completes a card)?"""
    return any(
        e.type == CREDIT_CARD and e.recognizer != _CARD_NAMED
        for _, r in amended
        for e in r.entities
    )


def whole_piece(text: str) -> RedactionResult:
    """``text``, a piece of a card number, with every digit masked."""
    return _whole_piece(_Sent(text, RedactionResult(_seal(text), [])))


def _whole_piece(sent: _Sent) -> RedactionResult:
    line = sent.text.strip()
    lead = sent.text.index(line)
    first = re.search(r"\d", line)  # after a brand's name ("amex 3735 247568")
    if first is not None:
        lead, line = lead + first.start(), line[first.start() :]
    entity = Entity(CREDIT_CARD, lead, lead + len(line), 0.6, "hindsight")
    return RedactionResult(_seal(masking.Masked(sent.text, [entity]).text), [entity])


def _piece(text: str, result: RedactionResult) -> _Piece | None:
    """``text`` as a piece of a card number sent in parts, or a pause between them."""
    if not result.entities and not any(ch.isdigit() for ch in text):
        return _PAUSE
    line = text.strip()
    if _DIGIT_PIECE.fullmatch(text) is not None:
        start = text.index(line)
        span: tuple[int, int] | None = (start, start + len(line))
    else:
        span = piece_span(text)
    if span is None or any(e.start < span[0] or e.end > span[1] for e in result.entities):
        return None
    first = _BRANDED_PIECE.fullmatch(text) is not None
    return _Piece(_digits(text[span[0] : span[1]]), *span, bool(result.entities), text, first)


def _piece_masked(piece: _Piece) -> RedactionResult:
    spans = [*slips(piece.text, (piece.start, piece.end)), (piece.start, piece.end)]
    entities = [Entity(CREDIT_CARD, a, b, 0.6, "hindsight") for a, b in spans]
    return RedactionResult(_seal(masking.Masked(piece.text, entities).text), entities)


def _read_again(redactor: Redactor, label: str, sent: _Sent) -> RedactionResult | None:
    """``sent`` masked as the value of ``label`` (None when that masks nothing new)."""
    line = sent.text.strip()
    lead = sent.text.index(line)
    part = None if _single(line) else _value_part(sent.text)
    if part is not None:  # "it's 082 117 now", "Code: 48-1193": the value alone
        lead, line = part[0], sent.text[part[0] : part[1]]
    probe = f"{label}: "
    shift = lead - len(probe)
    found = [
        Entity(e.type, e.start + shift, e.end + shift, e.score, e.recognizer)
        for e in redactor.redact(probe + line).entities
        if e.start >= len(probe)
    ]
    if (
        not found
        and label != _LABEL_EXPIRY
        and _lone_value(line)
        and not stand_in(line, 0, len(line))
    ):
        # (not what stands for a value or names an account: "SID: AC3f…" before "und der
        # Token… moment" is the account's name, round 49)
        kind = PASSWORD
        if label == _LABEL_CVC and line.isdigit():
            kind = CARD_CVC
        elif label == _LABEL_KEY and len(line) >= 16:
            kind = CREDENTIAL
        found = [Entity(kind, lead, lead + len(line), 0.6, "hindsight")]
    if not found:
        return None
    entities = masking.merge(found)
    return RedactionResult(_seal(masking.Masked(sent.text, entities).text), entities)


def says_nothing(line: str) -> bool:
    """Words that only make the reader wait or name a secret ("one sec", "my password"),
    or a user name or mail address: no value, whatever the next message says."""
    stripped = line.strip().strip("\"'`„“”‚‘’«».,;:!?()")
    if _USER_NAME.fullmatch(stripped) or not any(ch.isalnum() for ch in stripped):
        return True
    cores = [t.strip("\"'`„“”‚‘’«».,;:!?()").lower() for t in line.split()]
    stops = sum(c in words.STOP_WORDS for c in cores)
    if len(cores) > 1 and stops * 2 >= len(cores):
        return True  # a clause ("is what I set it to"), not a value
    if any(c in _LABEL_WORDS for c in cores):
        return True  # "login j.meyer", "kurze frage": a label, not a value
    return all(c in _SAYS_NOTHING or c in _NOUNS or c in words.STOP_WORDS or not c for c in cores)


#: Words around a value that say nothing of their own ("it's 082 117 now", "nee jetzt
#: 530 118", "sorry, 274981") and labels that end in a colon ("Code: 48-1193").
_AROUND_VALUE = frozenset(
    "now jetzt steht stand shows zeigt nee nope neu new alt old again nochmal wieder es ist "
    "is it's its it okay ok sorry so also oder or und and da here hier".split()
)
_TOKEN = re.compile(r"\S+")
#: Words, a colon and one value at the line's end ("the one they sent: 884-219").
AFTER_COLON = re.compile(
    r"\s*(?P<lead>[^\W\d_][^:\n]{0,60}):[ \t]*[\"'„“‚‘«]?"
    r"(?P<v>[0-9]+(?:[ \-][0-9]+)*|[^\s\"'“”’»]+)[\"'“”’»]?[ \t]*[.!]?\s*"
)
#: Words before such a colon that give a value of another kind: a user's name, an order's
#: number, a phone number, a time ("login: j.meyer", "Bestellung: 4471", "um: 14:30").
NOT_COLON_LEAD = re.compile(
    r"(?i)(?<![^\W\d_])(?:user|login|benutzer|nutzer|e-?mail|mail|name|order|bestell|auftrag"
    r"|ticket|case|vorgang|invoice|rechnung|kunden|customer|tracking|sendung|ref|referenz"
    r"|reference|phone|telefon|handy|mobil|tel|iban|konto|account|plz|zip|room|zimmer|version"
    r"|error|fehler|preis|price|betrag|amount|total|summe|uhr|time|zeit|datum|date|ip|port"
    r"|serial|serien|imei|artikel|item|sku|vertrag|contract|mitglied|member)"
)
_DIGIT_RUN = re.compile(r"[0-9]+(?:[ \-][0-9]+)*")


def _value_part(line: str) -> tuple[int, int] | None:
    """The span of the value in a short line that is a value among words saying nothing
    ("it's 082 117 now", "Code: 48-1193", "alt: Kastanie_2021"), or None."""
    if "\n" in line.strip() or not any(ch.isdigit() for ch in line):
        return None
    after = AFTER_COLON.fullmatch(line)
    if after is not None and not NOT_COLON_LEAD.search(after["lead"]):
        # "what you asked for: 7731", "the 2nd of the two they sent: 884-219": an answer
        # to a question we cannot see, its words before the colon, its value after it
        value = after["v"]
        if _value_shaped(value) and not _PLACEHOLDER.fullmatch(value) and len(value) >= 3:
            return after.span("v")
    runs = list(_DIGIT_RUN.finditer(line))
    tokens = [
        (m.start(), m.end())
        for m in _TOKEN.finditer(line)
        if not any(r.start() <= m.start() < r.end() for r in runs if " " in r.group())
    ]
    spans = [(r.start(), r.end()) for r in runs if " " in r.group()] + tokens
    values = []
    for start, end in spans:
        word = line[start:end]
        core = word.strip("\"'`„“”‚‘’«».,;!?()").lower()
        if word.endswith(":") or core in _AROUND_VALUE or core in _SAYS_NOTHING:
            continue
        if _PICTOGRAPH.fullmatch(word) or not core:
            continue
        if not _value_shaped(core):
            return None  # a word of its own: a sentence, not a value with fillers
        values.append((start, end))
    if len(values) != 1 or len(spans) < 2:
        return None
    start, end = values[0]
    word = line[start:end]
    start += len(word) - len(word.lstrip("\"'`„“‚‘«("))
    end -= len(word) - len(word.rstrip("\"'`“”’».,;!?)"))
    return (start, end) if end - start >= 3 else None


def _single(line: str) -> bool:
    return len(_words_of(line)) == 1 or _DIGIT_PIECE.fullmatch(line) is not None


#: An emoji or a pictograph beside a value ("Zwetschge_44 😅"): no word of its own.
_PICTOGRAPH = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")


def _words_of(line: str) -> list[str]:
    return [t for t in line.split() if not _PICTOGRAPH.fullmatch(t)]


def _value_shaped(line: str) -> bool:
    """A digit, an inner sign or an inner capital: shaped like a value, not chatter."""
    core = line.strip().strip("\"'`„“”‚‘’«».,;:!?()")
    return (
        any(ch.isdigit() for ch in core)
        or any(not ch.isalnum() and not ch.isspace() for ch in core)
        or any(ch.isupper() for ch in core[1:])
    )


#: A line that opens by pointing at something ("that's the SSID", "das ist die Kundennummer").
_NAMES_SOMETHING = re.compile(
    rf"(?i)^\W*(?:{_BACK}\s*{_COPULA}|{_OPENING})\s*(?:the|a|an|my|our|die|der|das|den|ein|eine"
    rf"|mein\w*|unser\w*)\s+\w"
)


#: A remark that says what the lines before are ("that's my account number", "das sind
#: Artikelnummern", "these are the two order numbers").
_SAYS_WHAT = re.compile(rf"(?i)^\W*{_OPENERS}(?:{_BACK}\s*{_COPULA}|{_OPENING})(?![\w-])")


def says_what_before(text: str) -> bool:
    """Does ``text`` open by saying what the messages before it were?"""
    return _SAYS_WHAT.match(text.strip()) is not None


def is_remark(line: str) -> bool:
    """A line of several words that is a remark, not a passphrase: it points at something
    ("that's the SSID") or holds a word that says nothing ("lol sorry wrong window")."""
    if _NAMES_SOMETHING.match(line):
        return True
    return any(t.strip("\"'`„“”‚‘’«».,;:!?()").lower() in _SAYS_NOTHING for t in line.split())


#: A placeholder, not a value: "${DB_PASSWORD}", "<dein Passwort>", "{{secret}}", "%PW%".
_PLACEHOLDER = re.compile(r"\$\{[^}]*\}|<[^<>]*>|\{\{[^{}]*\}\}|%\w+%|\$[A-Z][A-Z0-9_]*")


def _lone_value(line: str) -> bool:
    """A value the customer has just called a secret: masked whatever its shape, unless
    it is a secret's name itself or a product."""
    token = line.strip("\"'`„“”‚‘’«».,;!?()")
    if len(token) < 3 or says_nothing(token) or _PLACEHOLDER.fullmatch(token):
        return False
    return token.lower() not in _NOUNS and not words.is_product(token)
