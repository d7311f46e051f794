"""A secret sent as the message after its lead-in: "my password is" ⏎ "Sommer 2024!".

Chat customers press Enter mid-sentence, and the second message, read alone, is a word and
a year. ``Continuation`` redacts one sender's consecutive messages: a message that could
give a value, after a line that speaks of secrets (its *cue*), is also read as that line's
continuation, and what the recognizers then find in it is masked when it is the message's
whole first line or shaped like a password. The recognizers' own judgement decides, so
every phrasing they know counts and no list of lead-ins is kept.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

import regex

from redaction import (
    card_pieces,
    conversation_claims,
    masking,
    number_words,
    resend,
    siblings,
    words,
)
from redaction.card_retyped import Retyped
from redaction.conversation_scope import (
    ANSWER_KIND,
    CARD_KIND,
    PASSWORD_KIND,
    Scope,
    answer_asked,
    card_detail,
    device_key,
    kind_of,
)
from redaction.engine import INLINE_LIMIT, Redactor, default_redactor
from redaction.field_reading import record_format
from redaction.hindsight import (
    AFTER_COLON,
    ASKS_DELETION,
    KEPT,
    NOT_COLON_LEAD,
    NOT_DELETED,
    OTHER_NUMBER,
    Hindsight,
    card_completed,
    card_lead,
    digit_secrets_named,
    piece_span,
    says_what_before,
    slips,
    whole_piece,
)
from redaction.normalize import normalize
from redaction.precheck import might_contain_secret
from redaction.recalled import Recalled, changed_as_said
from redaction.recognizers import one_time_code
from redaction.recognizers.card import CARD_WORD_LITERALS, brand_lengths, is_card_number
from redaction.rotated_codes import Rotated
from redaction.spoken import DIGIT_WORDS
from redaction.types import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDENTIAL,
    CREDIT_CARD,
    PASSWORD,
    Entity,
    Redacted,
    RedactionResult,
    _seal,
)

#: At most this much of a message's last line is kept as the cue for the next message.
CUE_MAX = 200
#: What may stand before the value that opens a continuing message, and follow it.
_OPENERS = " \t\n\"'`„“«‚‘"
_CLOSERS = " \t.,;!?)\"'`“”»‘’…"
#: A number standing alone (an order's, a date's), not digits inside a word ("2fa").
_LONE_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")
#: A value tried after a line that names a code without a code word the pre-check knows
#: alone ("der Code aus der Mail", "the code from the text message is"): the one-time-code
#: rules need a number beside the word before they count it.
_CODE_PROBE = " 482913"
_CODE_HINT = re.compile(r"(?i)code|pin|tan|otp|token|authenticator")
#: A message that could give a value: a short first line, or a token shaped like a
#: password somewhere (letters with digits or signs). Any other message keeps its own
#: reading and pays for no second analysis.
_MAY_GIVE_VALUE = re.compile(r"(?=[^\s]*[^\W\d_])(?=[^\s]*[\d!#$%&*+?@^~])[^\s]{6,}")
_SHORT_LINE = 6
#: Messages after a complaint of masking in which a value sent again is looked for (one
#: may come between: "aber der Bot fragt danach??").
_RESEND_KEPT = 2
#: A number that may be a code in a longer line ("it says 582017, expires in 10 min").
_CODE_IN_LINE = re.compile(r"(?<![\w.,/:-])(?:\d{4,8}|\d{3} \d{3})(?![\w/:-]|[.,]\d)")
#: A message whose first line has at most this many words may be a value on its own line.
_LABELLED_WORDS = 5
#: What a value alone on its line may be read as (a key has a shape of its own).
_LABELLED_TYPES = frozenset({PASSWORD, CARD_CVC, CARD_EXPIRY})

#: Words that say nothing but "wait" or "here it comes" ("ok", "hang on", "here").
_INTERJECTIONS = frozenset(
    "ok okay k kk anyway anyways sure yeah yep yes ja jo na ah oh achso hm hmm um uh alright "
    "whatever fine moment sec wait hang one second sekunde gleich kurz warte here hier voila "
    "lol sorry so also well nvm nevermind".split()
)
#: Words that lead straight into a value ("it was", "ist", "Es heißt", "it says").
_COPULAS = frozenset(
    "is ist was war sind are were heißt heisst hieß lautet lautete says said es it it's its "
    "that's thats steht stand shows showed zeigt mine's mines".split()
)
#: Words naming the value that replaces a wrong or old one ("the correct one", "new one",
#: "die richtige", "das aktuelle").
_REPLACING = frozenset(
    "correct right new current actual real richtige richtig neue neues neuer aktuelle "
    "aktuelles korrekte one".split()
)
#: What a reply may open with before the value it gives ("ok 774688", "anyway its 1144",
#: "it was Ravenscourt", "mine's 9023", "da steht 553 019"): never "since 2019" or "error
#: 4031".
_FILLERS = (
    _INTERJECTIONS
    | _COPULAS
    | frozenset("die der das dies this that da mine meins meine meiner ours unsere".split())
    # the value that replaces one given before: "correct one: 9xK!", "Die richtige ist 40628"
    | _REPLACING
)
_MAX_FILLERS = 3
#: Words that name a user name: a message naming one gives a user name, not a password
#: ("username ist k.schmidt" after "I forgot my password").
_NAMES_USER = re.compile(
    r"(?i)\b(?:user[ _-]?(?:name|id)|benutzer(?:name|kennung)?|nutzername|login[ -]?name"
    r"|anmeldename|kundennummer|customer (?:number|id)"
    r"|user(?=\s*[:=]|\s+(?:ist|is|heißt|lautet|was|war)\b)"
    # a network's name ("SSID is …", "Netzwerk: Praxis-5G"), not its key
    r"|ssid|netzwerk(?:name)?|network(?:[ _-]?name)?|(?:wlan|wi-?fi)[ -]?name)\b"
)
#: A secret word after the user name's word gives a password again ("user x, pw is y").
_SECRET_AFTER = re.compile(r"(?i)pass|kennwort|\bpw\b|\bpwd\b|\bpin\b|code|key\b|schlüssel")
#: A full date (day, month and year): no card expiry is written with a day.
_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)")
#: A line that labels a user name ("u: tess", "login: k.muster"): its password follows.
_USER_LABEL = re.compile(r"(?i)^(?:u|usr|user|username|login|benutzer|benutzername)\s*[:=]\s*\S+$")
_DIGITS = re.compile(r"\d+")
#: Names of a card's check digits ("CVC kommt gleich").
_CARD_CODE = re.compile(r"(?i)\b(?:cvc2?|cvv2?|cid|csc)\b|prüf(?:ziffer|nummer|zahl)|security code")
#: A card number is remembered for this many messages after it (its code may follow).
_CARD_KEPT = 3
#: Digits keyed one by one ("4 7 2 9"): read as one token.
_SPACED_DIGITS = re.compile(r"(?<!\S)\d(?: \d){2,}(?!\S)")
#: A PIN or code typed a digit at a time: four to eight digits ("6 1 3 3").
_SPACED_PIN = re.compile(r"\d(?: \d){3,7}")
_REMARK_AFTER = re.compile(
    r"(?i)\s*(?:$|[,;.!?)\-–—]|(?:but|aber|and|und|or|oder|doch|though|tho)(?![^\W\d_]))"
)
#: Such a PIN within a line's first words ("is 6 1 3 3 but …", "ok 4 8 1 9, …").
_SPACED_LEAD = re.compile(r"\s*(?:[^\s\d]\S*\s+){0,2}\d(?: \d){3,7}(?![^\s,;.!?])")
#: Numbers given together: "1946 and 80315", "4411, 9027".
_NUMBERS = re.compile(r"\d{3,8}(?:\s*(?:,|&|\+|/|\band\b|\bund\b)\s*\d{3,8})+")

#: What may start a remark after a value ("but it expires", "then the key symbol", "und
#: dann Raute", "only", "normally", "glaub ich").
_REMARK_WORDS = (
    words.FUNCTION_WORDS
    | _INTERJECTIONS
    | frozenset("think guess glaub glaube denke meistens normal".split())
)
#: Adverbs that hedge a value given before them ("usually", "normalerweise").
_HEDGE = re.compile(r"(?i)[^\W\d_]{3,}(?:ly|weise)")


def _remark_word(token: str) -> bool:
    core = words.trim(token).lower()
    return core in _REMARK_WORDS or _HEDGE.fullmatch(core) is not None


#: Words that answer without giving anything ("no idea", "wait", "keine Ahnung").
_REPLIES = (
    words.STOP_WORDS
    | _INTERJECTIONS
    | frozenset(
        "nope idk dunno huh nein jein egal genau stimmt keine ahnung weiß weiss oops ups "
        "hoppla".split()
    )
) - {"one", "second"}  # "Fluffy the Second" is an answer
#: A line that asks, asks for something or complains names no value to come.
_NOT_STATING = words.STATE_WORDS | frozenset(
    "not nicht kein keine no never nie can could would will kannst können könnt könnten "
    "please bitte how wie wo where what why warum wieso help hilfe".split()
)
#: Closes a PIN typed on a keypad: "20137#" (the hash key), "4711*".
_KEYPAD_END = "#*"
_TOKEN = re.compile(r"\S+")
_QUOTES = "\"'`„“”«»‚‘’"
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A security question named: its answer is the secret, even a plain word ("Tweety").
_ASKS_ANSWER = re.compile(
    r"(?i)\bsecurity[ -]?(?:question|frage|answer|q\b)|\bsicherheits-?(?:frage|antwort)"
    r"|\bsecret question|\bgeheimfrage|\bmaiden name|\bmädchenname|\bgeburtsname"
)
#: Parts of ``_NAMES_PHRASE``'s words in either case: a line without any pays no scan.
_PHRASE_LITERALS = ("hrase", "HRASE", "atz", "ATZ", "ords", "ORDS", "örter", "ÖRTER")
#: A secret made of words: "passphrase", "recovery phrase", "Passsatz", "seed words".
_NAMES_PHRASE = re.compile(
    r"(?i)pass[ -]?phrase|pass-?satz|\b(?:recovery|seed|backup|mnemonic|wiederherstellungs)"
    r"[ -]?(?:phrase|satz|words|wörter)"
)
#: "code" named bare ("code?", "hab den code bekommen, here:"), not a kind of code that is
#: no secret ("zip code", "promo code", "error code": another word before it).
_CODE_WORD = re.compile(r"(?i)(?:^|(?<=\s))(?:(?P<before>\S+)\s+)?code\b")
#: A code's value alone: digits, at once or in groups of up to four ("063834", "771 071",
#: "55 31 08", "0 4 7 2 9 1", "3829-1047"; 4 to 8 of them), or groups of letters and
#: digits joined by hyphens ("G-418207", "KX7-P2Q", "QX7P-93LM-2KDW"), no group a word.
_CODE_DIGITS = re.compile(r"\d{4,8}|\d{1,4}(?:[ \-]\d{1,4}){1,7}")
_CODE_GROUPS = re.compile(r"[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8}){1,4}")
_LETTER_GROUP = re.compile(r"[A-Za-z]{3,}")
#: The recognizers' own code words ("2FA code", "TAN", "Alarmcode", "recovery code"),
#: named without their number.
_ONE_TIME_WORD = regex.compile(one_time_code.TRIGGER_PATTERN, regex.IGNORECASE)
#: A message that brings a code: an SMS, a verification text or mail ("I got an SMS",
#: "got the verification text", "die Bestätigungsmail").
_CODE_MESSAGE = re.compile(
    r"(?i)\bsms\b|\b(?:verification|verify|confirmation|bestätigungs|login|anmelde|security)"
    r"[ -]?(?:text|sms|mail|e-?mail|message|nachricht)|\btext[ -]?message\b|\btextnachricht"
)
#: The app that shows nothing but codes ("die aktuelle Zahl aus Ihrer Authenticator-App"):
#: what it shows is one, whatever other thing the sentence names ("zum Löschen des
#: Workspaces")
_CODE_APP = re.compile(rf"(?i)\bauthenticator|\b{one_time_code.SECOND_FACTOR}|\b2fa\b")
#: A code named in a message's quoted words: "code is 739120", "Ihr Code: 4471 20".
_QUOTED_CODE = re.compile(
    r"(?i)(?<![^\W\d_])(?P<head>[^\W\d_]*?)-?(?:code|pin|tan|otp)\s*(?:is|ist|lautet|:)\s*"
    r"(?P<v>\d{4,8}|\d{3} \d{3})(?![\w/:-]|[.,]\d| \d)"
)
#: A kind of code nobody keeps secret, named right before "code" ("your tracking code is").
_PUBLIC_CODE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:tracking|promo|promotional|discount|voucher|coupon|gift|zip|postal"
    r"|post|error|status|reference|order|customer|product|qr|bar|sort|bank|rabatt|gutschein"
    r"|sendungs|bestell|fehler|kunden)[ -]*\Z"
)
#: A code has four to eight digits, most often six.
_CODE_MIN, _CODE_USUAL, _CODE_MAX = 4, 6, 8
#: Numbers in a code's place that are something else: a year.
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
#: Words of a passphrase on a line of their own: 3 to 12, letters or short numbers.
_PHRASE_WORDS = (3, 12)


#: An item's mark at a line's start: "1) ", "2. ", "- ", "• ".
_LIST_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•·])[ \t]+(?=\S)")


def _item_lead(line: str) -> int:
    """Where a line's value starts: after opening quotes and spaces, and after an item's
    mark ("1) 3829-1047")."""
    mark = _LIST_MARK.match(line)
    at = mark.end() if mark else 0
    return at + len(line[at:]) - len(line[at:].lstrip(_OPENERS))


def _joint(cue: str, text: str = "") -> str:
    """A cue is read as the start of a sentence its next message ends ("my password is" ⏎
    value, "Passwort:" ⏎ value), unless it asked a question: the answer is then a line of
    its own ("pw?" ⏎ "Kundennummer 448812" is no "pw? Kundennummer …"); and a list's items
    stand on lines of their own ("Backup-Codes:" ⏎ "1) 3829-1047 …")."""
    return "\n" if cue.endswith("?") or _LIST_MARK.match(text) else " "


# A network named without a key word ("the wifi", "WPA2"): the pre-check reads it (the
# learned stage finds a value by it), but as a lead-in it is ``_network_key``'s cue alone
# ("the wifi" ⏎ "key card2024 is at the desk" is a hotel's key card).
_NETWORK_NAMED = re.compile(r"(?i)\b(?:wi-?fi|wpa[23]?)\b(?![:\-])")


def _ending_sentence(line: str) -> str:
    """The last sentence of ``line``: what the line ends on, which the next line continues
    ("phone dictation, sorry. the password is …" ⏎ "then …": the phone was an aside, the
    password is the topic)."""
    plain = str(line)  # (a Redacted's slices are no text of their own)
    start, _ = words.sentence_bounds(plain, len(plain), len(plain))
    return plain[start:]


def _speaks_of_secrets(line: str) -> bool:
    """Words lead up to a secret; digits alone (an order number) lead nowhere."""
    if not line:
        return False
    words_only = _NETWORK_NAMED.sub(" ", _LONE_NUMBER.sub("", line))
    return (
        might_contain_secret(normalize(words_only).text, learned=False)
        or (
            _CODE_HINT.search(words_only) is not None
            and might_contain_secret(normalize(words_only + _CODE_PROBE).text, learned=False)
        )
        or _ASKS_ANSWER.search(line) is not None
        or _NAMES_PHRASE.search(line) is not None
        or _names_code(line)
        or _CODE_MESSAGE.search(line) is not None
        or _USER_LABEL.match(line) is not None
        or (_QUESTION_LABEL.match(line) is not None and _ASKED_OF_YOU.search(line) is not None)
        or _CARD_DATE_PRINTED.search(line) is not None
    )


#: a card's printed date asked by its place ("What date is printed on the front?")
_CARD_DATE_PRINTED = re.compile(r"(?i)\bdate\s+(?:is\s+)?printed")


#: A cue naming an error's code: "der code aus der fehlermeldung", "code from the error",
#: "error code", "Fehlernummer" (round 49): what a program printed, not a code to log in.
_ERROR_CODE_CUE = re.compile(
    r"(?i)(?:error|fehler)[ -]?(?:code|nummer|nr)|codes?\s+(?:aus|in|from|of|im|at)\s+"
    r"(?:der\s+|the\s+|dem\s+|this\s+|that\s+)?(?:error|fehler)"
)


def _names_one_time_code(cue: str) -> bool:
    """Does ``cue`` name a code whose value may follow alone: a bare "code", one of the
    code words the one-time-code rules know ("the tan", "2FA code just came in", "Alarmcode"),
    or a message that brings one ("I got an SMS")? Not an error's code ("der code aus der
    fehlermeldung")."""
    if _ERROR_CODE_CUE.search(cue) is not None:
        return False
    return (
        _names_code(cue)
        or _CODE_MESSAGE.search(cue) is not None
        or (
            _CODE_HINT.search(cue) is not None
            and _ONE_TIME_WORD.search(normalize(cue).text) is not None
        )
    )


#: Any dash between a code's groups, with or without spaces ("394 – 117", "55—09—12").
_DASH = re.compile(r"\s*[\-\u2010-\u2015\u2212]\s*")
#: A code of capitals and digits in one token, the two interleaved ("7F2Q9", "K4M8ZP"):
#: not a reference's letters then digits ("AB12345").
_MIXED_CODE = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])(?=[A-Z0-9]*[A-Z]\d+[A-Z])[A-Z0-9]{5,8}")


def _code_value(value: str, cue: str) -> bool:
    """Is ``value`` shaped like a code the cue named? Four or five digits only when the cue
    leads straight into it ("the code is" ⏎ "90215", "Alarmanlage: Code" ⏎ "4471"), six
    to eight otherwise; letters and digits in hyphen-joined groups none of which is a word,
    or capitals and digits interleaved in one token ("7F2Q9"). Groups may be joined by any
    dash ("394 – 117")."""
    value = _DASH.sub("-", value)
    if _MIXED_CODE.fullmatch(value):
        return True
    if _CODE_DIGITS.fullmatch(value):
        digits = sum(ch.isdigit() for ch in value)
        if not 4 <= digits <= 8 or _YEAR_ALONE.fullmatch(value):
            return False
        last = words.trim(cue.rpartition(" ")[2])
        return (
            digits >= 6
            or _leads_in(cue)
            or _CODE_HINT.fullmatch(last) is not None
            # a question asking for the code ("What is the code we sent you?" ⏎ "4417")
            or (cue.rstrip(_QUOTES + " ").endswith("?") and _names_code(cue))
        )
    if _CODE_GROUPS.fullmatch(value):
        groups = value.split("-")
        return (
            any(ch.isdigit() for ch in value)
            and any(ch.isalpha() for ch in value)
            and not any(_LETTER_GROUP.fullmatch(g) for g in groups)
            # "SN-4G7K-22931", "ID-…": a label's letters before a serial or an id
            and not (len(groups[0]) > 1 and groups[0].isalpha())
        )
    return False


def _names_code(line: str) -> bool:
    """Does ``line`` name a code bare ("code?", "den code", "a code"), with no word before
    it that makes it a kind of code nobody keeps secret ("zip code")?"""
    return any(
        m["before"] is None
        or m["before"][-1] in ":,;"  # "beim Einbau: Code" names it bare
        or words.trim(m["before"]).lower() in words.FUNCTION_WORDS
        for m in _CODE_WORD.finditer(line)
    )


def _may_give_value(text: str) -> bool:
    first = text.lstrip(_OPENERS).split("\n", 1)[0]
    # "is 6 1 3 3 but it keeps saying wrong": a PIN a digit at a time, then a remark
    lead = _SPACED_LEAD.match(first)
    spaced = lead is not None and _REMARK_AFTER.match(first, lead.end()) is not None
    first = _SPACED_DIGITS.sub("0", first)  # "4 7 2 9" is one value
    return len(first.split()) <= _SHORT_LINE or spaced or _MAY_GIVE_VALUE.search(text) is not None


def _may_give_card_date(text: str, cue: str | None) -> bool:
    """A longer line with a card's date in it after a line asking for it ("what's the
    expiry on it?" ⏎ "the old one, it expired 08/24 i think", round 58)."""
    first = text.lstrip(_OPENERS).split("\n", 1)[0]
    return (
        cue is not None
        and _ANSWER_DATE.search(first) is not None
        and _CARD_DATE_ASKED.search(cue) is not None
    )


def _may_give_code(text: str, cue: str | None) -> bool:
    """A longer line with a number in it after a line naming a code ("your app sent me a
    verification code" ⏎ "it says 582017, expires in 10 min")."""
    first = text.lstrip(_OPENERS).split("\n", 1)[0]
    return (
        bool(cue)
        and _CODE_IN_LINE.search(first) is not None
        # or a PIN's ("Geheimzahl?" ⏎ "583920 – bitte nicht an Dritte weitergeben")
        and (_names_one_time_code(cue or "") or bool(digit_secrets_named(cue or "")))
    )


_JOINED_WORDS_RE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]{3,}){2,}")


#: A message speaking of a network whose key may follow ("wifi", "unser WLAN").
_NETWORK = re.compile(r"(?i)\b(?:wifi|wi-fi|wlan|router|fritz\s*!?box)\b")
_NETWORK_KEPT = 3
#: A bare key given: "key: x", "key is x", "Schlüssel: x", "pw = x".
_KEY_LINE = re.compile(
    r"(?i)\s*(?:the\s+|der\s+)?(?:key|schlüssel|netzwerkschlüssel|network\s+key|🔑)"
    # "key: x", "key is x", or the word and its value alone ("key espresso-doppio-7",
    # "🔑 x"), or where the key is written and a colon ("Schlüssel steht hinten auf der
    # Box: x", "key is on the sticker: x")
    r"(?:\s*(?::|=|\s(?:is|ist|lautet))\s*|\s+|\s[^\W\d_][^:\n\d]{0,40}:\s*)"
    r"(?P<v>[^\s]{6,64})\s*"
)
#: The key's word alone, its value to come in the next message ("wifi at the office" ⏎
#: "key" ⏎ "Blue-Otter-2291"), and that value alone.
_KEY_ALONE = re.compile(
    r"(?i)\s*(?:the\s+|der\s+)?(?:key|schlüssel|netzwerkschlüssel|network\s+key)\s*[:?]?\s*"
)
_LONE_KEY_VALUE = re.compile(r"\s*(?P<v>[^\s]{6,64})\s*")
#: Digits behind or before a keypad's key ("#2291", "4471#", "*0815").
_KEYPAD = re.compile(r"(?=\S*[#*])[#*]?(?P<d>[0-9]{3,8})[#*]?")
#: A word that names a reference, not part of a passphrase ("Ticket 4471!", "Order 2291!").
_REFERENCE_WORD = re.compile(
    r"(?i)(?:nummer|number|nr|no|ticket|order|bestellung|auftrag|rechnung|invoice|kunde|customer"
    r"|case|fall|vorgang|ref|referenz|reference|id|plz|zip|room|zimmer|raum|seite|page|version"
    # (an app's or a program's build: "obwohl richtig, build 2580")
    r"|build|firmware|release)$"
)


#: Where passwords are kept, not a password: "Ich hab das Passwort im Passwortmanager" ⏎
#: "Bitwarden", "it's saved in" ⏎ "KeePassXC".
_VAULTS = frozenset(
    "bitwarden vaultwarden lastpass keepass keepassxc keepassx keepassium 1password dashlane "
    "enpass nordpass roboform keeper passbolt strongbox proton protonpass keychain "
    "schlüsselbund passwortmanager passwordmanager".split()
)


#: Words that open a description of a value, not the value: "like four random words",
#: "sowas wie ein Satz". A value behind them counts only when shaped beyond doubt.
_DESCRIBES = re.compile(r"(?i)\s*(?:like|something\s+like|sowas\s+wie|so\s+wie|etwa)\s+\S+\s+\S")


def _phrase_may_be_value(value: str) -> bool:
    """A value of three or more words is one only with at most one function word."""
    return len(value.split()) < 3 or _value_alone(value)


def _value_alone(value: str) -> bool:
    """Could a line holding only ``value`` be a secret rather than a reply? One token, not
    a common word or a product ("Himbeereis", not "done" or "KeePass"); two, both with a
    digit or sign ("582 914", not "gives 404"); three or more with at most one function
    word among them ("Fluffy the Second", not "achso ihr braucht das")."""
    tokens = value.split()
    if len(tokens) == 1:
        if _JOINED_WORDS_RE.fullmatch(tokens[0]):
            # words joined by hyphens, none a function word: "maple-otter-dusk", a passphrase
            parts = tokens[0].lower().split("-")
            return not any(p in words.STOP_WORDS for p in parts)
        return (
            words.likeness(tokens[0]) >= words.PLAIN
            and not words.is_product(tokens[0])
            and tokens[0].strip(".,;:!?\"'()").lower() not in _VAULTS
            and not _HESITATION.fullmatch(tokens[0].strip(".,;:!?\"'()"))
        )
    if len(tokens) == 2:
        if all(not t.isalpha() for t in tokens):
            return True
        # a word and digits with a sign among or after them: "Sommer 2024!", "Kiel 88#"
        word, rest = tokens
        return (
            word.isalpha()
            and word.lower() not in words.STOP_WORDS
            and _REFERENCE_WORD.search(word) is None
            and any(ch.isdigit() for ch in rest)
            and any(ch in words.STRONG_SYMBOLS for ch in rest[1:])
        )
    cores = [t.strip(".,;:!?\"'").lower() for t in tokens]
    return sum(c in words.STOP_WORDS for c in cores) <= 1 and not _DESCRIBES.match(value)


def _core(text: str, lead: int, line_end: int) -> tuple[int, int, int] | None:
    """The one token a line gives as its value behind filler words ("anyway its 1144",
    "ok 774688") and before a remark ("900227, please don't share", "'933651' but it
    expires in 30s", "4711 und dann Raute"): its span and how many fillers stood before it;
    None when the line is not that shape (or is the token alone: read as the whole line)."""
    tokens = _SPACED_DIGITS.sub(lambda m: m[0].replace(" ", "\0"), text[:line_end])
    found = [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(tokens, lead, line_end)]
    i = 0
    while i < min(len(found), _MAX_FILLERS) and words.trim(found[i][2]).lower() in _FILLERS:
        i += 1
    if i == len(found):
        return None
    start, end, token = found[i]
    start += len(token) - len(token.lstrip(_OPENERS))
    value = text[start:end]
    cut = value.rstrip(_CLOSERS + ",;:")
    # "900227, please …", or quoted: "'933651' hurry"
    separated = value.rstrip(" \t\"'`“”»‘’)")[-1:] in ",;:" or (
        start > 0 and text[start - 1] in _QUOTES and value[-1:] in _QUOTES
    )
    if cut[:-1].isdigit() and cut[-1:] in _KEYPAD_END:
        cut = cut[:-1]
    end = start + len(cut)
    if i + 1 < len(found):
        after = found[i + 1][2]
        remark = separated or after[:1] in "(-–—" or _remark_word(after)
        if not remark:
            return None
    elif i == 0 and end == found[i][1]:
        return None
    return (start, end, i) if end > start else None


def _states(cue: str) -> bool:
    """Does ``cue`` name a thing rather than ask, ask for something or complain ("security
    question is mother's maiden name", not "ich hab die Sicherheitsfrage vergessen")?"""
    if "?" in cue:
        return False
    low = cue.lower()
    if "n't" in low or "n’t" in low:
        return False
    tokens = low.split()
    for i, t in enumerate(tokens):
        core = words.trim(t)
        if core in _WH_WORDS and i > 0 and tokens[i - 1][-1:] not in ",:;-":
            continue  # a relative clause names the question: "city where my parents met"
        if core in _NOT_STATING:
            return False
    return True


#: Words that ask at a clause's start, and after a noun name the place a security
#: question asks for ("city where my parents met", "Ort wo ich geboren bin").
_WH_WORDS = frozenset("wo where".split())


#: Words after which a cue's next line names whose secret it is ("pw reset for" ⏎ "tess.m").
_PREPOSITIONS = frozenset(
    "for of from at on in into with to about für von vom aus bei auf im mit zu zum zur über "
    "unter".split()
)


def _ends_on_preposition(cue: str) -> bool:
    """Does ``cue`` end on a preposition? Its next line completes it ("pw reset for" ⏎
    "tess.m": the user), and is no "label: value"."""
    return cue.rpartition(" ")[2].lower() in _PREPOSITIONS


#: Words saying a code has come or is coming ("got the code", "TAN kommt grad").
_ARRIVES = frozenset(
    "got get have received came comes coming incoming arrived here kommt kam grad gerade "
    "gleich da bekommen erhalten gekriegt angekommen".split()
)
_AWAITS_WORDS = 4


def _awaits_code(cue: str) -> bool:
    """Is ``cue`` a short line that only names a code ("pin", "the sms code") or says it
    has come ("got the code", "TAN kommt grad"), so that its digits may follow in pieces?"""
    tokens = [words.trim(t).lower() for t in cue.split()]
    if not tokens or len(tokens) > _AWAITS_WORDS or "?" in cue or not _states(cue):
        return False
    if any(t in _ARRIVES for t in tokens):
        return True
    # a bare label names a secret's code ("pin", "sms tan"), not any code ("the code" ⏎
    # "404": a status code as often)
    return len(tokens) <= 2 and _CODE_HINT.search(cue.lower().replace("code", "")) is not None


def _leads_in(cue: str) -> bool:
    """Does ``cue`` end on a word that leads straight into a value ("… is", "Passwort:")?"""
    return cue.rstrip().endswith(":") or cue.rpartition(" ")[2].lower() in _COPULAS


def _answer(
    text: str, lead: int, line_end: int, cue: str, *, correcting: bool = False
) -> tuple[int, int] | None:
    """The answer a line gives to a security question the cue names: one to three words
    after "it was" and the like ("Tweety", "it was Ravenscourt", "Fluffy the Second"),
    framed by what was typed ("hab ich Käsespätzle eingegeben", "I put Rosebud"), or before
    a remark after a comma ("it's Pickles, I'm sure"); not a reply ("no idea", "Mist") nor
    a question. One word must be no dictionary word (a name: "Tweety") unless the cue leads
    straight into it ("… the answer is" ⏎ "Berlin") or the line does with a capital ("it's
    Pickles"); several must start with a capital and hold at most one function word.
    ``correcting``: the line corrects an answer just given ("no wait, Bradford, sorry")."""
    if not _states(cue) or "?" in text[lead:line_end]:
        return None
    tokens = list(_TOKEN.finditer(text, lead, line_end))
    openers = _COPULAS | _TYPED | (_CORRECTING if correcting else frozenset())
    i = 0
    while i < min(len(tokens), _MAX_FILLERS + 1) and words.trim(tokens[i][0]).lower() in openers:
        i += 1
    led = i > 0
    rest = tokens[i:]
    # a remark after a comma or a dash: "Pickles, I'm 100% sure", "Bradford, sorry"
    for k, t in enumerate(rest[:3]):
        if t[0].rstrip(_QUOTES)[-1:] in ",;" or (k + 1 < len(rest) and rest[k + 1][0] in "-–—"):
            rest = rest[: k + 1]
            break
    # a German participle after the answer: "hab ich Käsespätzle eingegeben"
    if led and len(rest) > 1 and _PARTICIPLE.fullmatch(words.trim(rest[-1][0])):
        rest = rest[:-1]
    if not 1 <= len(rest) <= 3:
        return None
    cores = [words.trim(t[0]) for t in rest]
    if any(not c or not c.replace("-", "").replace("'", "").isalpha() for c in cores):
        return None
    if cores[0].lower() in _REPLIES or cores[-1].lower() in _REPLIES:
        return None
    if len(cores) == 1:
        named = _leads_in(cue) or (led and cores[0][0].isupper())
        if words.likeness(cores[0]) < (words.WORD if named else words.PLAIN):
            return None
    elif not cores[0][0].isupper() or sum(c.lower() in words.STOP_WORDS for c in cores) > 1:
        return None
    start = rest[0].start() + len(rest[0][0]) - len(rest[0][0].lstrip(_OPENERS))
    end = rest[-1].end() - (len(rest[-1][0]) - len(rest[-1][0].rstrip(_CLOSERS + ",;")))
    return start, end


#: A question labelled as one ("Frage: Wo haben Sie …?", "Q: name of your first pet?").
_QUESTION_LABEL = re.compile(r"(?i)^\W*(?:frage|question|q)\s*:.*\?\s*\Z")
#: ... asked of the customer, as a security question is ("your", "Sie", "dein").
_ASKED_OF_YOU = re.compile(
    r"(?i)(?<![^\W\d_])(?:you|your|yours|sie|ihr|ihre|ihrem|ihren|ihres|ihrer|du|dein|deine"
    r"|deinem|deinen|deiner|dich|dir)(?![^\W\d_])"
)
#: Its answer labelled as one ("Antwort: auf dem Oktoberfest", "A: Rex").
_ANSWER_LABEL = re.compile(r"(?i)(?:antwort|answer|a)\s*:\s*")
_LABELLED_ANSWER_WORDS = 5
#: Words of a reply that gives no answer ("keine Ahnung", "don't know", "not sure").
_NO_ANSWER = _NOT_STATING | frozenset("ahnung idea know weiß weiss sure sicher".split())


def _labelled_answer(text: str, lead: int, line_end: int) -> tuple[int, int] | None:
    """After a question labelled as one, a line labelled as its answer ("Frage: Wo haben
    Sie Ihre Frau kennengelernt?" ⏎ "Antwort: auf dem Oktoberfest"): the answer to a
    question someone asked the customer, up to five words that say something; not "keine
    Ahnung", not a question."""
    label = _ANSWER_LABEL.match(text, lead)
    if label is None:
        return None
    value = text[label.end() : line_end].rstrip(_CLOSERS)
    cores = [words.trim(t).lower() for t in value.split()]
    if not 1 <= len(cores) <= _LABELLED_ANSWER_WORDS or "?" in value:
        return None
    if any(c in _NO_ANSWER for c in cores) or cores[-1] in _REPLIES:
        return None
    if all(c in words.STOP_WORDS for c in cores):
        return None
    return label.end(), label.end() + len(value)


#: Words that say what was typed before an answer ("I put", "hab ich", "ich habe").
_TYPED = frozenset(
    "i put typed entered wrote used chose picked gave answered ich hab habe hatte".split()
)
#: A German participle that closes such a sentence ("eingegeben", "genommen").
_PARTICIPLE = re.compile(r"[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)")
#: Words that open a correction of a value just given ("no wait,", "sorry", "ne").
_CORRECTING = frozenset(
    "no nope nein ne nee wait sorry oops actually eigentlich doch warte moment correction "
    "korrektur falsch wrong typo i mean meant meinte quatsch ach".split()
)


def _phrase(text: str, lead: int, line_end: int, cue: str) -> tuple[int, int] | None:
    """A line of a passphrase's words alone after a line naming one ("honig orbit wolke"):
    three or more words in lower case or short numbers, none a function or state word;
    not after a question or a complaint, not a question itself."""
    if "?" in text[lead:line_end] or not _states(cue):
        return None
    line = text[lead:line_end].rstrip(_CLOSERS)
    tokens = line.split()
    if not _PHRASE_WORDS[0] <= len(tokens) <= _PHRASE_WORDS[1]:
        return None
    if not all(
        words.is_plain_word(t) and t == t.lower() and t.lower() not in words.STOP_WORDS
        for t in tokens
    ):
        return None
    return lead, lead + len(line)


#: A password's word (not "pass" alone: "pass the id on").
_PASSWORD_WORD = re.compile(r"(?i)pass(?:wor[dt]|phrase)|kennwort|\bpw\b|\bpwd\b")
#: A cue that says its password is a sentence or has spaces ("ist ein Satz", "has a space").
_SENTENCE_NAMED = re.compile(
    r"(?i)\b(?:ein(?:en)?|a)\s+(?:ganzer\s+|whole\s+)?(?:satz|sentence|phrase)\b"
    r"|\bleerzeichen|\bspaces?\b"
)
#: Words of a sentence given as a password on its own line: two to six.
_SENTENCE_WORDS = (2, 6)


def _sentence(text: str, lead: int, line_end: int, cue: str) -> tuple[int, int] | None:
    """A line of two to six words after a cue that leads straight into its password ("Mein
    Passwort ist" ⏎ "ich liebe meinen hund") or calls it a sentence: words or short
    numbers, at least two that say something and at most two function words, no word
    that describes a password ("not working", "leider abgelaufen"), no question."""
    if "?" in text[lead:line_end] or not _states(cue):
        return None
    line = text[lead:line_end].rstrip(_CLOSERS)
    cores = [words.trim(t).lower() for t in line.split()]
    if not _SENTENCE_WORDS[0] <= len(cores) <= _SENTENCE_WORDS[1]:
        return None
    if not all(c and (c.isalpha() or (c.isdigit() and len(c) <= 4)) for c in cores):
        return None
    if cores[0] in _INTERJECTIONS or any(c in _NOT_STATING for c in cores):
        return None
    function = sum(c in words.FUNCTION_WORDS for c in cores)
    if function > 2 or len(cores) - function < 2 or cores[-1] in _REPLIES:
        return None
    return lead, lead + len(line)


def _labelled(redactor: Redactor, cue: str, text: str, start: int, end: int) -> list[Entity]:
    """``text[start:end]`` read as the value of the label ``cue`` ("label: value"): the
    entity that covers exactly that span, if the recognizers find one."""
    label = cue.rstrip(_CLOSERS + ":")
    at = len(label) + 2 - start
    found = []
    for e in redactor.analyze(f"{label}: {text[start:end]}"):
        if e.type in _LABELLED_TYPES and e.start - at == start and e.end - at == end:
            found.append(replace(e, start=start, end=end))
    return found


def _more_readings(
    redactor: Redactor,
    text: str,
    cue: str,
    lead: int,
    line_end: int,
    joined: list[Entity],
    card: bool = False,
) -> list[Entity]:
    """What the whole-line readings leave: the answer to a security question named in the
    cue, a passphrase's words after a line naming one, and a value behind filler words or
    before a remark ("ok 774688", "900227, please don't share")."""
    if _ASKS_ANSWER.search(cue) and (span := _answer(text, lead, line_end, cue)):
        return [Entity(PASSWORD, *span, 0.6, "continuation")]
    if (
        _QUESTION_LABEL.match(cue)
        and _ASKED_OF_YOU.search(cue)
        and (span := _labelled_answer(text, lead, line_end))
    ):
        return [Entity(PASSWORD, *span, 0.6, "continuation")]
    if _NAMES_PHRASE.search(cue) and (span := _phrase(text, lead, line_end, cue)):
        return [Entity(PASSWORD, *span, 0.6, "continuation")]
    if (
        _PASSWORD_WORD.search(cue)
        and (_leads_in(cue) or _SENTENCE_NAMED.search(cue))
        and (span := _sentence(text, lead, line_end, cue))
    ):
        return [Entity(PASSWORD, *span, 0.6, "continuation")]
    number = text[lead:line_end].rstrip(_CLOSERS)
    codes = _names_one_time_code(cue)
    keyed = number.rstrip(_KEYPAD_END + " ")  # "4 9 0 2 #": the hash key after a door's code
    if codes and _code_value(keyed, cue):
        return [Entity(PASSWORD, lead, lead + len(keyed), 0.6, "continuation")]
    fill = _after_fillers(text, lead, line_end, _FILLERS | _CODE_OPENERS if codes else _FILLERS)
    if codes and fill > 0 and _code_value(rest := text[fill:line_end].rstrip(_CLOSERS), cue):
        # the code in groups behind words that lead to it ("da steht 553 019")
        return [Entity(PASSWORD, fill, fill + len(rest), 0.6, "continuation")]
    if _NUMBERS.fullmatch(number):
        # "gate code and alarm code are" ⏎ "1946 and 80315": each number read as the
        # label's value; all of them must be, or none is
        each = [
            _labelled(redactor, cue, text, m.start(), m.end())
            for m in _DIGITS.finditer(text, lead, lead + len(number))
        ]
        return [e for found in each for e in found] if all(each) else []
    if number.isdigit() and len(number) in (3, 4):
        # a short number alone is no password, but may be the card code the cue names
        # ("CVC kommt gleich" ⏎ "339")
        return _card_code(redactor, cue, text, lead, lead + len(number), card)
    if codes and (quoted := _QUOTED_CODE.search(text, lead, line_end)):
        # the code in the words of the message that brought it, after a line saying one
        # came ("i got a text" ⏎ "it says: Your … code is 739120. Do not share it.")
        before = text[max(lead, quoted.start() - 30) : quoted.end("head")]
        if not _PUBLIC_CODE_BEFORE.search(before):
            return [Entity(PASSWORD, quoted.start("v"), quoted.end("v"), 0.6, "continuation")]
    core = _core(text, lead, line_end)
    if core is None:
        return []
    start, end, _ = core
    value = text[start:end]
    if codes and _code_value(value, cue):
        # "it says 582017, expires in 10 min" after "they sent me a verification code"
        return [Entity(PASSWORD, start, end, 0.6, "continuation")]
    # words around a word are talk ("funzt nicht mehr", "jetzt klappts"): only a value with
    # a digit stands out of its line, and a year before a remark is a date ("it's 2024 now")
    spaced = " " in value and all(len(t) == 1 for t in value.split())  # "4 7 2 9"
    if (" " in value and not spaced) or not any(ch.isdigit() for ch in value):
        return []
    if end < line_end and _YEAR.fullmatch(value):
        return []
    if not _value_alone(value):
        # a short number is no password alone ("gives 404"), but a card's check digits
        # after a line naming them are ("Prüfziffer?" ⏎ "die ist 305")
        if not value.isdigit():
            return []
        return _card_code(redactor, cue, text, start, end, card)
    found = [replace(e, start=start, end=end) for e in joined if e.start <= start and end <= e.end]
    return found or _labelled(redactor, cue, text, start, end)


#: A run of digits standing alone in a sentence (not in a date, an amount, a phone number
#: with its "+", a reference glued to letters or signs).
_NUMBER_RUN = re.compile(r"(?<![\w.,/:+#*€$£-])\d+(?: \d+)*(?![\w/:€$£%-]|[.,]\d)")
#: What after a number makes it a count or a measure, not a value ("7 digits", "3 mal").
_COUNTED = re.compile(
    r"(?i)[\s-]*(?:digits?|numbers?|ziffern|zahlen|stellen|stellig\w*|chars?|characters?|zeichen"
    r"|x\b|times|mal\b|min\w*|sec\w*|sek\w*|hours?|stunden?|days?|tage?n?|weeks?|wochen?"
    r"|months?|monate?n?|years?|jahre?n?|euro?s?\b|eur\b|dollars?|usd\b|chf\b|%|km\b|gb\b|mb\b)"
)
#: A card's expiry in a sentence: month and year ("end of 2026, so 12/26").
_EXPIRY_VALUE = re.compile(r"(?<![\w./-])(?:0?[1-9]|1[0-2]) ?/ ?(?:\d\d|20\d\d)(?![\w/.-]|,\d)")
#: A value masked in a redacted line: "[EXPIRY]", "[PASSWORD]", a card's "••••".
_MASKED_AFTER = re.compile(r"\[[A-Z_]+\]|•")
#: Words right before a number that make it another thing's, or a part of one.
_OTHER_NUMBER = re.compile(
    r"(?i)phone|handy|telefon\w*|tel|mobil\w*|mobile|cell|konto\w*|account|iban|bic|blz"
    r"|card|karte|ends?|ending|endet|last|letzten?|first|ersten?|tracking|sendung\w*|paket"
    r"|parcel|plz|postcode|street|straße|str|haus|house|apt|flat|wohnung"
)
_OWNER_WORDS = 3
#: At most this many words around such a value (a remark, not a story of its own).
_SOLE_WORDS = 12


#: How many digits a line says its PIN or code has ("my PIN is 4 digits", "6-stellig").
_DIGITS_COUNTED = re.compile(
    r"(?i)(?<![\w.])(?P<n>[4-8]|four|five|six|seven|eight|vier|fünf|sechs|sieben|acht)[\s-]*"
    r"(?:digits?|stellig\w*|ziffern|zahlen|numbers)(?!\w)"
)
_COUNT_WORDS = dict(
    zip(
        "four five six seven eight vier fünf sechs sieben acht".split(),
        (4, 5, 6, 7, 8, 4, 5, 6, 7, 8),
        strict=True,
    )
)


def _fewer_than_counted(digits: str, cue: str) -> bool:
    """Is ``digits`` a first piece of a PIN or code whose length the cue gave ("my PIN is
    4 digits but I'll split it" ⏎ "58" ⏎ "31", "der TAN hat 6 Stellen" ⏎ "418")?"""
    count = _DIGITS_COUNTED.search(cue)
    if count is None or not digit_secrets_named(cue):
        return False
    n = count["n"].lower()
    return len(digits) < (int(n) if n.isdigit() else _COUNT_WORDS[n])


def _expiry_again(text: str, result: RedactionResult, given: str) -> RedactionResult:
    """The card's expiry given again with its month or its year changed, the message's one
    month and year ("exp 09/27" ⏎ "sorry, 09/28, I have the new card in my hand",
    "gültig bis 03/27" ⏎ "nee, 04/27"): a correction, masked as the expiry."""
    line = text.strip()
    if "\n" in line or len(line) > CUE_MAX or len(line.split()) > _SOLE_WORDS:
        return result
    dates = list(_EXPIRY_VALUE.finditer(text))
    if len(dates) != 1 or any(
        e.start < dates[0].end() and dates[0].start() < e.end for e in result.entities
    ):
        return result
    month, _, year = dates[0][0].replace(" ", "").partition("/")
    old_month, _, old_year = given.replace(" ", "").partition("/")
    if not old_year.isdigit() or (int(month) != int(old_month or 0) and year[-2:] != old_year[-2:]):
        return result
    if _in_full_date(text, dates[0].start(), dates[0].end()):
        return result
    entity = Entity(CARD_EXPIRY, dates[0].start(), dates[0].end(), 0.6, "continuation")
    entities = masking.merge([*result.entities, entity])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


def _sole_value(text: str, cue: str, lead: int, line_end: int) -> list[Entity]:
    """A line naming a PIN, a code or a card's expiry, then a short line whose one number
    is that value amid words of its own ("the kiosk app wants an admin pin" ⏎ "I set it
    to 240919 but it says wrong", "Geheimzahl?" ⏎ "583920 – bitte nicht weitergeben",
    "expiry date is" ⏎ "end of 2026, so 12/26"): four to eight digits that are no year,
    no count ("7 digits") and no reference's number ("Ticket 48213"), or a month and
    year. Two numbers, or none, and nothing is read."""
    line = text[lead:line_end]
    if len(line) > CUE_MAX or len(line.split()) > _SOLE_WORDS or not any(c.isdigit() for c in line):
        return []
    kinds = {
        kind
        for kind, at in digit_secrets_named(cue)
        # a name whose value the cue gave itself ("exp [EXPIRY]") waits for nothing
        if not _MASKED_AFTER.search(cue, at)
        and (kind == CARD_EXPIRY or not _PUBLIC_CODE_BEFORE.search(cue[:at]))
    }
    if CARD_EXPIRY in kinds:
        dates = list(_EXPIRY_VALUE.finditer(text, lead, line_end))
        if len(dates) == 1 and not _in_full_date(text, dates[0].start(), dates[0].end()):
            return [Entity(CARD_EXPIRY, dates[0].start(), dates[0].end(), 0.6, "continuation")]
    if PASSWORD not in kinds:
        return []
    runs = [
        m for m in _NUMBER_RUN.finditer(text, lead, line_end) if not _COUNTED.match(text, m.end())
    ]
    if len(runs) != 1:
        return []
    run = runs[0]
    digits = sum(ch.isdigit() for ch in run[0])
    before = [words.trim(w) for w in text[lead : run.start()].split()[-_OWNER_WORDS:]]
    if (
        not _CODE_MIN <= digits <= _CODE_MAX
        or _YEAR_ALONE.fullmatch(run[0])
        # the number of another thing, or a part of one ("Ticket 48213", "phone ends in 4471")
        or any(_REFERENCE_WORD.search(w) or _OTHER_NUMBER.fullmatch(w) for w in before if w)
    ):
        return []
    return [Entity(PASSWORD, run.start(), run.end(), 0.6, "continuation")]


#: What opens a reply before a code besides fillers: the sender as a speaker's label or a
#: word saying it came now ("Ich: 394 117", "me: 5521 88", "ah jetzt: 4417", "now 6044 12").
_CODE_OPENERS = frozenset("ich i me mir jetzt now nun endlich finally grad gerade eben".split())


def _after_fillers(text: str, lead: int, line_end: int, fillers: frozenset[str] = _FILLERS) -> int:
    """Where a line's value starts behind one to three filler words ("is Sommer 2024!",
    "die ist 305"); -1 when the line opens with no filler."""
    tokens = list(_TOKEN.finditer(text, lead, line_end))
    i = 0
    while i < min(len(tokens) - 1, _MAX_FILLERS) and words.trim(tokens[i][0]).lower() in fillers:
        i += 1
    if i == 0:
        return -1
    return tokens[i].start() + len(tokens[i][0]) - len(tokens[i][0].lstrip(_OPENERS))


def _after_openers(text: str, openers: frozenset[str]) -> int:
    """Where ``text`` goes on behind up to three words of ``openers`` ("no wait", "oh it
    changed, now"); 0 when it opens with none."""
    at = 0
    for m in list(_TOKEN.finditer(text))[:_MAX_FILLERS]:
        if words.trim(m[0]).lower() not in openers:
            break
        at = m.end()
    return at + len(text[at:]) - len(text[at:].lstrip())


def _names_user_before(text: str, start: int) -> bool:
    """Does the value's line name a user name before it, with no secret word after that
    ("username ist k.schmidt", "my username is anna.k")? Then it gives that name."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    named = [m.end() for m in _NAMES_USER.finditer(before)]
    return bool(named) and _SECRET_AFTER.search(before, named[-1]) is None


def _in_full_date(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of a date with a day and a year ("01.11.2024")?"""
    return any(m.start() < end and start < m.end() for m in _FULL_DATE.finditer(text))


def _card_code(
    redactor: Redactor, cue: str, text: str, start: int, end: int, card: bool
) -> list[Entity]:
    """``text[start:end]``, a short number, as a card's check digits: when the recognizers
    read it so as the cue's value ("Prüfziffer?" ⏎ "die ist 305"), or when a card number
    was given a message or two before and the cue names a code bare ("you'll need the
    code" ⏎ "it's 227")."""
    found = [e for e in _labelled(redactor, cue, text, start, end) if e.type == CARD_CVC]
    names = _names_code(cue) or _CARD_CODE.search(cue) is not None
    if not found and card and end - start in (3, 4) and names:
        found = [Entity(CARD_CVC, start, end, 0.6, "continuation")]
    return found


def _last_line(text: str) -> str:
    line = text.rstrip().rpartition("\n")[2].strip()
    if line.endswith("\\"):
        # a shell command goes on in the next message ("-e OCA_TOKEN=\\" ⏎ value)
        line = line[:-1].rstrip()
    return line[-CUE_MAX:]


#: Someone else's words relayed before a value: "he says", "my wife said:", "IT schreibt"
#: (not a screen's: "now it says 2 attempts left").
_RELAYED = re.compile(
    r"(?i)[ \t]*(?:(?!(?:it|es|this|that|das|dies|which|screen|app)\b)[^\W\d_]+[ \t]+){0,2}?"
    r"(?:says|said|sagt|sagte|meint|meinte|schreibt|schrieb"
    r"|wrote|writes|texted|replied|answered|antwortet|antwortete)[ \t]*:?[ \t]*(?=\S)"
)
_RELAY_HINT = re.compile(r"(?i)sa[giy]|mein|schr|wr[io]t|text|repl|answ|antw")
_RELAY_REACH = 40


def continue_from(
    redactor: Redactor,
    text: str,
    cue: str,
    *,
    own: RedactionResult | None = None,
    lines: bool = True,
    card: bool = False,
) -> tuple[RedactionResult, bool]:
    """``redactor.redact(text)`` (or ``own``, already made) for a message that continues
    the line ``cue``, and whether the cue added anything.

    What the recognizers find in ``text`` when it follows ``cue`` is masked too when it is
    the message's whole first line ("Sommer 2024!") or a token shaped like a password
    ("sorry, typo: Tigerente89"; ``lines=False``: only such a token); anything else is
    judged by the message's own words ("My order AB-22913 is late" after "I forgot my
    password").
    """
    own = own or redactor.redact(text)
    cue = _untagged(_agreed(cue[-CUE_MAX:]))
    if not cue or len(text) > INLINE_LIMIT:
        return own, False
    offset = len(cue) + 1
    lead = _item_lead(text)
    if _RELAY_HINT.search(text, lead, lead + _RELAY_REACH) and (
        relay := _RELAYED.match(text, lead)
    ):
        # "he says it's bluefinch_1987", "meine Frau meint: Tulpe#7": the words of
        # the one who knows the value lead into it as the sender's own would
        lead = relay.end()
        end = text.find("\n", lead)
        skip = _after_fillers(text, lead, len(text) if end < 0 else end)
        lead = skip if skip > 0 else lead  # "er sagt, es ist …": the copula too
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    carried: list[Entity] = []
    joined: list[Entity] = []  # what the joined reading finds in ``text``
    after_fillers = _after_fillers(text, lead, line_end)
    for e in redactor.analyze(f"{cue}{_joint(cue, text)}{text}"):
        start, end = e.start - offset, e.end - offset
        if start < 0:
            continue
        joined.append(replace(e, start=start, end=end))
        # the line's rest from its start, or after words that only lead in ("is Sommer 2024!")
        whole_line = (
            lines
            and (start <= lead or start == after_fillers)
            # a shell command's line goes on after a backslash ("pat_9fK2… \\")
            and not text[end:line_end].strip(_CLOSERS).rstrip("\\").strip()
            # words with two function words among them say something ("Moment ich schau
            # nach"): no passphrase
            and (e.type != PASSWORD or _phrase_may_be_value(text[start:end]))
        )
        shaped = (
            e.type == PASSWORD
            and " " not in text[start:end]
            and words.likeness(text[start:end]) >= words.STRONG
        )
        # "the pin for the card reader" ⏎ "is 6 1 3 3 but it keeps saying wrong": a PIN
        # typed a digit at a time opens the line, a remark after it
        spaced = (
            lines
            and e.type == PASSWORD
            and (start <= lead or start == after_fillers)
            and _SPACED_PIN.fullmatch(text[start:end]) is not None
            # a remark after it, not a sentence it opens ("0 0 0 0 war die Standard-PIN")
            and _REMARK_AFTER.match(text, end) is not None
        )
        if whole_line or shaped or spaced:
            carried.append(replace(e, start=start, end=end))
    alone = text[lead:line_end].strip(_CLOSERS)
    # a question is no value ("how long should the passphrase be" ⏎ "like 4 words?")
    asks = len(alone.split()) > 1 and text[lead:line_end].rstrip().endswith("?")
    if (
        not carried
        and lines
        and not asks
        and not _ends_on_preposition(cue)
        and len(alone.split()) <= _LABELLED_WORDS
        and (_value_alone(alone) or _value_alone(text[lead:line_end].strip()))
    ):
        # A line about a secret, then a line of a value alone: "the 2fa code" ⏎ "660418",
        # "Kundenkennwort für die Hotline" ⏎ "Himbeereis" read as "label: value"
        label = cue.rstrip(_CLOSERS + ":")
        at = len(label) + 2 - lead
        for e in redactor.analyze(f"{label}: {text[lead:]}"):
            start, end = e.start - at, e.end - at
            if (
                # a key cut short is no key by its shape alone ("shpat_4f1c9a" after "here's
                # the admin token"): the label makes it one, as one token
                (e.type in _LABELLED_TYPES or (e.type == CREDENTIAL and " " not in alone))
                and start == lead
                and not text[end:line_end].strip(_CLOSERS)
                and _value_alone(text[start:end])
            ):
                carried.append(replace(e, start=start, end=end))
    keypad = _KEYPAD.fullmatch(text[lead:line_end].strip()) if not carried and lines else None
    if keypad is not None and not asks and not _ends_on_preposition(cue):
        # "the door code" ⏎ "#2291", "alarm pin" ⏎ "4471*": a keypad's key around the
        # digits; the digits are read after the cue as a label, the keys masked with them
        label = cue.rstrip(_CLOSERS + ":")
        at = text.index(keypad[0], lead)
        if any(
            e.type in _LABELLED_TYPES
            and e.start == len(label) + 2
            and e.end == len(label) + 2 + len(keypad["d"])
            for e in redactor.analyze(f"{label}: {keypad['d']}")
        ):
            carried.append(Entity(PASSWORD, at, at + len(keypad[0]), 0.6, "continuation"))
    if not carried and lines:
        carried = _more_readings(redactor, text, cue, lead, line_end, joined, card)
    if not carried and lines:
        carried = _sole_value(text, cue, lead, line_end)
    if not carried and lines:
        carried = _card_detail_answer(text, cue, lead, line_end, joined)
    if lines and _NUMBERED_ITEM.search(text, lead, line_end) and _ASKING_CUE.search(cue):
        # "1. 04/26 2. 119 3. SW1A 2AA": each numbered answer by its numbered question
        carried += [
            e
            for e in _numbered_answers(text, cue, lead, line_end)
            if not any(o.start < e.end and e.start < o.end for o in carried)
        ]
    new = [
        e
        for e in carried
        if not any(o.start <= e.start and e.end <= o.end for o in own.entities)
        and not _names_user_before(text, e.start)
        and not (e.type == CARD_EXPIRY and _in_full_date(text, e.start, e.end))
        # "Beispiel im Formular ist Muster123!", "e.g. Winter2024!": a rule's example
        and not (e.type == PASSWORD and _EXAMPLE_BEFORE.search(text, 0, e.start))
        and not (e.type == PASSWORD and _not_given(text, e.start, e.end))
    ]
    if not new:
        return own, False
    entities = masking.merge(own.entities + new)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


#: Another's words that ask for a card's code by its name or its place ("the security code",
#: "den dreistelligen Code von der Rückseite", "the 4-digit one on the front").
_CVC_PLACE = re.compile(
    r"(?i)(?:code|digits|ziffern|zahl|one)\s+(?:on|von|auf|from)\s+(?:the|der|dem)\s+(?:back|front"
    r"|rückseite|vorderseite)"
    # ("die drei Ziffern hinten", round 58)
    r"|(?:digits|ziffern|zahlen|zahl|code)\s+(?:hinten|auf\s+der\s+rückseite)"
)
_CVC_ASKED = re.compile(rf"{_CARD_CODE.pattern}|{_CVC_PLACE.pattern.removeprefix('(?i)')}")
_SAID = f"(?:{number_words.SAID_NUMBER_WORD})"  # a said digit or number ("drei sieben null")
#: An answer that is a card's code after a word that agrees ("ok 044", "yes 7731", "9 3 1").
_CVC_ANSWER = re.compile(
    r"(?i)(?:(?:ok|okay|yes|yep|ja|sure|klar|here|hier|it'?s|it is|es ist|das ist|sind)[ ,:]+)?"
    rf"(\d{{3,4}}|\d(?: \d){{2,3}}|{_SAID}(?: {_SAID}){{2,3}})"
    # ("712, Petra Lange": the cardholder's name asked beside it, round 58)
    r"(?:,[ ]*[^\W\d_]+(?:[ \-][^\W\d_]+){0,2})?"
)
#: A line that asks for something: a question, a "please", a need.
_ASKING_CUE = re.compile(r"(?i)\?\s*\Z|please|pls|bitte|\bneed\b|brauche")
_DATE_SHAPE = re.compile(r"\d{1,4}[/.\-]\d{1,4}")
#: At most this many words around a date no reading found ("end of March '28"): in a
#: longer answer it may be another date the sender tells of
_DATE_ANSWER_WORDS = 4
#: A card's date in an answer, when the joined reading found none: "12.26", "09/27",
#: "March '28", "Dec 2026" (round 58)
_MONTH_DATE = re.compile(
    r"(?i)(?<![^\W\d_])(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)"
    r"[^\W\d_]{0,7}\.?[ ]+(?:'\d{2}|20\d{2})(?!\d)"
)
_ANSWER_DATE = re.compile(
    r"(?<![\d/.])(?:0?[1-9]|1[0-2])[/.\-](?:\d{2}|20\d{2})(?![\d/.])|"
    + _MONTH_DATE.pattern.removeprefix("(?i)"),
    re.IGNORECASE,
)
#: One item of a comma list of answers; a code's when three or four digits alone
_LIST_ITEM = re.compile(
    r"(?:(?<=,)|(?<=\A)|(?<=\n))[ ]*(?:(?P<code>\d{3,4})|[^,\n]*)[ ]*(?=,|\n|\Z)"
)
#: At most this many words in a short answer that holds a card's detail ("läuft 12/26 ab",
#: "the old one, it expired 08/24 i think").
_DETAIL_ANSWER_WORDS = 8


def _card_detail_answer(
    text: str, cue: str, lead: int, line_end: int, joined: list[Entity]
) -> list[Entity]:
    """A short answer to another's question for a card's code or date: the code alone after
    a word that agrees ("the security code please." ⏎ "ok 044"), or the date the joined
    reading found in a few words ("Bis wann ist die Karte gültig?" ⏎ "läuft 12/26 ab")."""
    line = text[lead:line_end].strip()
    if _ASKING_CUE.search(cue) is None:
        return []  # (a line of the sender's own, "valid to 04/28", asks for nothing)
    found: list[Entity] = []
    if _CVC_ASKED.search(cue) is not None:
        m = _CVC_ANSWER.fullmatch(line)
        if m is not None:
            at = text.index(line, lead) + m.start(1)
            return [Entity(CARD_CVC, at, at + len(m.group(1)), 0.6, "continuation")]
        # "Jonas Weber, 09/27, 338": the answers to a list of questions, the code one item
        items = [i for i in _LIST_ITEM.finditer(text, lead, line_end) if i.group("code")]
        if len(items) == 1 and "," in line and len(line.split()) <= _DETAIL_ANSWER_WORDS:
            found.append(Entity(CARD_CVC, *items[0].span("code"), 0.6, "continuation"))
    if (
        # ("Bis wann ist die Karte gültig?": the card named, its validity asked)
        (
            _CARD_DATE_ASKED.search(cue) is not None
            or (_CARD_WORDS.search(cue) is not None and "gültig" in cue.lower())
        )
        and len(line.split()) <= _DETAIL_ANSWER_WORDS
        # ("3/29 glaub ich, oder 3/28": read after; "March '28": a month's name)
        and len(_DATE_SHAPE.findall(line)) + len(_MONTH_DATE.findall(line)) == 1
    ):
        dates = [e for e in joined if e.type == CARD_EXPIRY]
        if dates:
            return found + dates
        m = _ANSWER_DATE.search(text, lead, line_end)
        if (
            m is not None
            and _OTHER_ASKED.search(line) is None  # ("my subscription expires 12/25")
            and len(line.split()) <= _DATE_ANSWER_WORDS
        ):
            return [*found, Entity(CARD_EXPIRY, m.start(), m.end(), 0.6, "continuation")]
    return found


#: One item of a numbered list on a line ("1. expiry 2. CVC", "2) gültig bis"): its number
#: and its words up to the next item
_NUMBERED_ITEM = re.compile(
    r"(?<![\w/.])(?P<n>[1-9])[.)][ \t]*(?P<v>\S.*?)(?=[ \t]+[1-9][.)][ \t]|[ \t]*(?:\n|\Z))"
)


def _numbered_answers(text: str, cue: str, lead: int, line_end: int) -> list[Entity]:
    """Numbered answers to a numbered list of questions ("I need: 1. expiry 2. CVC 3.
    billing postcode" ⏎ "1. 04/26 2. 119 3. SW1A 2AA"): each answer read by its question,
    a card's code or date by its shape (round 58)."""
    asked = {m["n"]: m["v"] for m in _NUMBERED_ITEM.finditer(cue)}
    found = []
    for m in _NUMBERED_ITEM.finditer(text, lead, line_end):
        question, value = asked.get(m["n"], ""), m["v"].strip(" ,;")
        start = m.start("v")
        if _CVC_ASKED.search(question) and re.fullmatch(r"\d{3,4}", value):
            found.append(Entity(CARD_CVC, start, start + len(value), 0.6, "continuation"))
        elif _CARD_DATE_ASKED.search(question) and _ANSWER_DATE.fullmatch(value):
            found.append(Entity(CARD_EXPIRY, start, start + len(value), 0.6, "continuation"))
    return found


#: Words that agree to give what was asked ("ok", "sure", "na gut", "go ahead").
_AGREEING = frozenset(
    "ok okay k kk sure fine yes yeah yep ja jo klar gut na alright go ahead right passt "
    "einverstanden".split()
)
_AGREEING_MAX = 3


def _agreed(cue: str) -> str:
    """``cue`` without the agreement it ends on ("Sicherheitsfrage? ok", "the PIN? sure, go
    ahead"): the customer repeats what was asked and agrees, and the value that follows is
    read after the words that named it, as if the agreement were not there."""
    tokens = list(_TOKEN.finditer(cue))
    n = 0
    while (
        n < min(_AGREEING_MAX, len(tokens) - 1)
        and words.trim(tokens[-1 - n][0]).lower() in _AGREEING
    ):
        n += 1
    if n == 0:
        return cue
    rest = cue[: tokens[-n].start()].rstrip()
    if not rest.endswith(("?", ",")):
        return cue  # "that's my password ok": no question repeated before the agreement
    return rest.rstrip("?, ")


#: A short question the line about a secret ends on ("my password has a space in it, is
#: that a problem?", "… ein Leerzeichen drin, geht das?"): the value after it is read after
#: the words about the secret, as if the question were not there.
_QUESTION_TAG = re.compile(
    r"(?i),\s*(?:is\s+that|is\s+this|would\s+that\s+be|does\s+that|ist\s+das|geht\s+das|macht\s+das"
    r"|wäre\s+das)(?:\s+[^\s?,]+){0,3}\s*\?\s*$"
)


def _untagged(cue: str) -> str:
    if not cue.endswith("?"):
        return cue
    tag = _QUESTION_TAG.search(cue)
    return cue if tag is None else cue[: tag.start()]


#: A value shortened for display, as a dashboard shows a key ("sk_live_51Nq…****"): an
#: ellipsis, or a run of mask characters at its end.
_SHORTENED = re.compile(r"…|\.\.\.|[*•x]{3,}$")
#: A question whether the value is the preset one ("is 0000 the default?").
_ASKS_DEFAULT = re.compile(
    r"(?i)[^\n?]{0,12}(?<![^\W\d_])(?:default|standard|preset|voreingestellt|werks\w*)"
    r"(?![^\W\d_])[^\n?]{0,12}\?"
)


def _not_given(text: str, start: int, end: int) -> bool:
    """Is the value at ``start:end`` no secret given but a display of one cut short, or a
    value asked about as the preset one?"""
    return bool(_SHORTENED.search(text[start:end])) or bool(_ASKS_DEFAULT.match(text, end))


#: A message that shows an example of what the line before asked for, no value of its own.
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:examples?|beispiel\w*|e\.\s?g\.|z\.\s?b\.|zb|for instance|sample)"
    r"(?![^\W\d_])"
)


def _shape(value: str) -> str:
    """A value's pattern as a list repeats it: its groups between separators, each digits,
    letters or both ("4e7q-xrft" and "76gq-mcpw": "m-a"; "7731 0925": "d d")."""
    groups = re.split(r"([^\w]+)", value)
    return "".join(
        g if i % 2 else ("d" if g.isdigit() else "a" if g.isalpha() else "m") + str(len(g))
        for i, g in enumerate(groups)
    )


#: A crypt hash's id between dollar signs ("$2b$12$…", "$6$…", "$argon2id$…").
_CRYPT_HASH = re.compile(r"\$[0-9a-z]{1,8}(?:-[0-9a-z]+)?\$")


#: The words before a colon and a value shaped beyond doubt, at most (an answer's label).
_COLON_LEAD_WORDS = 8


def _lone_token(text: str) -> tuple[int, int] | None:
    """A message that is one token and nothing else, shaped like a password beyond doubt:
    upper and lower case, a digit and a symbol ("Blitz$1809Z"). Sent before the line that
    explains it ("^ that's the password"), which comes too late to mask it."""
    stripped = text.strip()
    if "\n" in stripped:
        return None
    after = AFTER_COLON.fullmatch(stripped) if ":" in stripped else None
    if (
        after is not None
        and len(after["lead"].split()) <= _COLON_LEAD_WORDS
        and not NOT_COLON_LEAD.search(after["lead"])
        and not _REFERENCE_WORD.search(after["lead"].split()[-1])
    ):
        # the answer to a question we cannot see: "the one for the app: Gl4cier!Bay",
        # "die fürs Büro: Kranich#7b"; the words before the colon say which one
        core = _strong_core(after["v"])
        if core is not None:
            start = text.index(stripped) + after.start("v") + after["v"].index(core)
            return start, start + len(core)
    # behind words that only lead in: "it's xK4!m9Pz", "ok hier: …"
    tokens = stripped.split(None, 3)
    if len(tokens) > 3:
        return None
    count = len(tokens)
    while len(tokens) > 1 and count - len(tokens) < 2:
        if words.trim(tokens[0]).lower() not in _FILLERS:
            break
        tokens.pop(0)
    if len(tokens) != 1:
        return None
    core = _strong_core(tokens[0])
    if core is None:
        return None
    start = text.rindex(core)
    return start, start + len(core)


#: A line of single characters with a space between each ("Q z 8 ! F a l k e 3"), after
#: a few words that lead in ("einzeln getippt: R o s e # 4 4 b").
_SPACED_CHARS = re.compile(r"(?:[^:\n]{1,60}:[ \t]*)?(?P<v>\S(?: \S){5,39})")
_SPACED_MIN = 5


def _spelled_out(text: str) -> tuple[int, int] | None:
    """A message that types a password one character at a time, a space between each, so
    that autocorrect leaves it alone ("Q z 8 ! F a l k e 3"): masked when the characters
    together are shaped like a password beyond doubt, as a lone token must be."""
    if text.count(" ") < _SPACED_MIN:
        return None
    stripped = text.strip()
    m = _SPACED_CHARS.fullmatch(stripped)
    if m is None or _strong_core(m["v"].replace(" ", "")) is None:
        return None
    start = text.index(stripped) + m.start("v")
    return start, start + len(m["v"])


#: A user name, a slash between spaces and a value: "jmarsh / Thistle&Rain8" (not a path
#: or a version: "tcp/Http2.0").
_USER_SLASH = re.compile(
    r"(?P<user>[a-z][a-z0-9._-]{2,30})[ \t]+/[ \t]+(?P<v>\S+)"
    # or an e-mail address and the value after a space: "k.lang@web.de Linden-Allee7"
    r"|(?P<mail>[a-z0-9][a-z0-9._+-]{0,40}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
    r"[ \t]+(?P<after>\S+)"
)


_VERSIONED = re.compile(r"[^\W\d_]+[ _-]?v?\d+(?:\.\d+)+")


def _user_and_password(text: str) -> tuple[int, int] | None:
    """A message that is a user name in lower case and a slash, or an e-mail address and
    a space, then a value shaped like a password beyond a word and a number (parts joined
    by a sign and a digit, or every kind of character): a login sent without labels,
    often several in a row."""
    m = _USER_SLASH.fullmatch(text.strip()) if "/" in text or "@" in text else None
    if m is None or m["user"] in words.STOP_WORDS:
        return None
    given = "after" if m["mail"] else "v"
    value = _typed_core(m[given])
    if _VERSIONED.fullmatch(value) or words.is_product(value):
        return None  # "python / Django4.2": a name and its version
    if _strong_core(value) is None and not (_mixed(value) and _joined_parts(value)):
        return None
    start = m.start(given) + text.index(text.strip()) + m[given].index(value)
    return start, start + len(value)


#: Answers given in one message, apart: a comma, semicolon or bar, or a slash between
#: spaces (a date's own slashes have none).
_ANSWER_BREAK = re.compile(r"\s*[,;|]\s+|\s+/\s+")
_ANSWERS_MAX = 5
#: Answers that identify a customer: a date ("14.06.1983", "14 June 1983"), a postcode
#: (UK "SW9 8PT", or four or five digits), an e-mail address.
_DATE_ANSWER = re.compile(
    r"(?i)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+(?:19|20)\d\d"
)
_POSTCODE = re.compile(r"(?i)[a-z]{1,2}[0-9][0-9a-z]?\s?[0-9][a-z]{2}|[0-9]{4,5}")
_NAME_ANSWER = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,2}")
_NUMBER_ANSWER = re.compile(r"[0-9][0-9 ./-]*")


def _answers_in_one(text: str) -> tuple[int, int] | None:
    """A message of several answers apart, one of them a date, postcode or e-mail address
    that identifies the customer, and one a token shaped like a password ("12.03.1979 /
    Kiwi2020", "03/09/1971, LS6 2AB, Mistral88!"): a verification's answers typed at once,
    the secret among them. The other answers are dates, postcodes, numbers, addresses or
    names; a token with a lower-case letter, a digit and a capital or a sign is no such
    answer (a customer number is digits, a reference capitals)."""
    stripped = text.strip()
    if "\n" in stripped or len(stripped) > CUE_MAX:
        return None
    at = text.index(stripped)
    parts: list[tuple[int, int]] = []
    for piece in _ANSWER_BREAK.split(stripped):
        start = stripped.index(piece, parts[-1][1] - at if parts else 0) + at
        parts.append((start, start + len(piece)))
    if not 2 <= len(parts) <= _ANSWERS_MAX:
        return None
    trim = _OPENERS + _CLOSERS.replace("!", "").replace("?", "")
    answers = [text[a:b].strip(trim) for a, b in parts]
    if not any(
        _DATE_ANSWER.fullmatch(p) or _POSTCODE.fullmatch(p) or _ADDRESS.fullmatch(p)
        for p in answers
    ):
        return None
    found = None
    for (start, _), answer in zip(parts, answers, strict=True):
        if (
            _DATE_ANSWER.fullmatch(answer)
            or _POSTCODE.fullmatch(answer)
            or _ADDRESS.fullmatch(answer)
            or _NUMBER_ANSWER.fullmatch(answer)
            or _NAME_ANSWER.fullmatch(answer)
        ):
            continue
        if found is not None or not _password_answer(answer):
            return None
        start += text[start:].index(answer)
        found = (start, start + len(answer))
    return found


#: A value given after a copula: "it's X", "ist jetzt X", "is now X", "lautet X".
_GIVEN_AFTER = re.compile(
    r"(?i)(?<![^\W\d_])(?:it['’]?s|its|is|ist|lautet|war|was)(?:\s+(?:jetzt|now|nun))?\s+"
    r"(?P<v>[^\s,;–—]+)"
)


def _given_and_regretted(text: str) -> tuple[int, int] | None:
    """A message that gives a value and asks to delete it ("ok fine, it's Mondkalb7 – please
    delete the chat after", "ist jetzt Fensterbank2025, kann man das löschen?"): the
    customer says it should not stay, so the one value after a copula shaped like a
    password (as answers typed at once must be) is one. Not when the deletion is of an
    account, an address or a card on file."""
    if len(text) > CUE_MAX or "\n" in text.strip() or ASKS_DELETION.search(text) is None:
        return None
    if NOT_DELETED.search(text):
        return None
    trim = _OPENERS + _CLOSERS.replace("!", "").replace("?", "")
    found = [
        (m.start("v"), m["v"].strip(trim))
        for m in _GIVEN_AFTER.finditer(text)
        if m["v"].strip(trim) and _password_answer(m["v"].strip(trim))
    ]
    if len(found) != 1:
        return None
    at, value = found[0]
    start = text.index(value, at)
    return start, start + len(value)


def _password_answer(token: str) -> bool:
    """One token with a lower-case letter, a digit and a capital or a sign that the rules
    may take for a password ("Kiwi2020", "Mistral88!"), no product or reference."""
    return (
        len(token.split()) == 1
        and any(ch.islower() for ch in token)
        and any(ch.isdigit() for ch in token)
        and any(ch.isupper() or ch in words.STRONG_SYMBOLS for ch in token)
        and words.secret_shape(token) != words.NOT_SECRET
        and not words.is_product(token)
        and not words.is_reference(token)
    )


#: A message that is one run of digits, longer than a card.
_DIGITS_ALONE = re.compile(r"\s*(?P<d>[0-9]{16,23})\s*")
_CARD_CODE_LENGTHS = (3, 4)


def _card_glued_alone(redactor: Redactor, text: str) -> RedactionResult | None:
    """A message that is one run of digits, a card number (issuer, brand length, Luhn)
    with three or four digits glued on ("…0000123"): the card and its check digits typed
    without the space, read as after a card's word. Alone in its message, the run is
    nothing else's (an order or tracking number is rarely a valid card and more)."""
    m = _DIGITS_ALONE.fullmatch(text)
    if m is None or is_card_number(m["d"]):
        return None
    digits = m["d"]
    if not any(is_card_number(digits[: len(digits) - n]) for n in _CARD_CODE_LENGTHS):
        return None
    probe = "card: "
    shift = m.start("d") - len(probe)
    found = [
        Entity(e.type, e.start + shift, e.end + shift, e.score, "continuation")
        for e in redactor.redact(probe + digits).entities
        if e.start >= len(probe)
    ]
    if not any(e.type == CREDIT_CARD for e in found) or not any(e.type == CARD_CVC for e in found):
        return None
    entities = masking.merge(found)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


def _strong_core(token: str) -> str | None:
    """``token`` without quotes and closing marks when it is shaped like a password beyond
    doubt: upper and lower case, a digit and a symbol, no product, hash, mention or run."""
    core = token.strip(_OPENERS + _CLOSERS.replace("!", "").replace("?", ""))
    if _CRYPT_HASH.match(core):
        return None  # a stored hash ("$2b$12$…"), not what anyone types
    if not (
        any(ch.isupper() for ch in core)
        and any(ch.islower() for ch in core)
        and any(ch.isdigit() for ch in core)
        and any(ch in words.STRONG_SYMBOLS for ch in core)
        and words.secret_shape(core) == words.SHAPED
        and not words.is_product(core)
        and not _runs_in_order(core)
    ):
        return None
    if core[0] in "@#":
        return None  # a mention or a hashtag: "@Support123!"
    bare = core.rstrip("".join(words.STRONG_SYMBOLS))
    if bare != core and not any(ch in words.STRONG_SYMBOLS for ch in bare):
        # only signs after it: the word before must look like a password itself
        # ("Fuchsbau11!"), not a name and version ("Python3.11!", "Win10#")
        if words.secret_shape(bare) == words.NOT_SECRET or words.is_product(bare):
            return None
    return core


#: A label and its value: "Shop: Elster9!", "old: Penguin#77".
_LABEL_VALUE = re.compile(r"(?P<label>[^\W\d_][^\W\d_ .-]{1,19}):[ \t]*(?P<v>\S+)")
_LABELS_MAX = 4


def _labelled_tokens(text: str, cued: bool) -> list[Entity]:
    """A message that is only labels and values, each value shaped like a password beyond
    doubt (as a lone token must be): "old: Penguin#77 new: Penguin#78", "Shop: Elster9!" ⏎
    "Buchhaltung: Rabe#12". Two pairs at least, or one after a line about secrets
    (``cued``): one label alone names many things ("Ref: Inv#12a")."""
    pairs = list(_LABEL_VALUE.finditer(text))
    if not pairs or len(pairs) > _LABELS_MAX or (len(pairs) == 1 and not cued):
        return []
    at = 0
    found = []
    for m in pairs:
        if text[at : m.start()].strip():
            return []
        core = _strong_core(m["v"])
        if core is None:
            return []
        start = m.start("v") + m["v"].index(core)
        found.append(Entity(PASSWORD, start, start + len(core), 0.6, "continuation"))
        at = m.end()
    return found if not text[at:].strip() else []


def _runs_in_order(core: str, run: int = 8) -> bool:
    """A character set written out ("ABC…XYZabc…0123456789+/"), not a password."""
    steps = 0
    for a, b in pairwise(core):
        steps = steps + 1 if ord(b) == ord(a) + 1 else 0
        if steps >= run - 1:
            return True
    return False


#: Words that make a sentence about a secret a warning or an assurance, not a request
#: ("never share your password", "bitte keine Kartendaten senden", "we will not ask for
#: your PIN"): nothing is asked for.
_WARNS = re.compile(
    r"(?i)(?<![^\W\d_])(?:never|not|no|don'?t|doesn'?t|won'?t|can'?t|cannot|shouldn'?t"
    r"|neither|nor|nobody|without|nie|niemals|nicht|niemand|ohne|weder|kein(?:e|en|em|er|es)?)"
    r"(?![^\W\d_])"
)
#: Things asked for that are no secret, compounds too ("Ticketnummer", "order ID",
#: "Seriennummer", "Bestelldatum"): what the next message gives is that thing's.
_OTHER_ASKED = re.compile(
    r"(?i)(?<![^\W\d_])(?:ticket|order|bestell|auftrag|rechnung|invoice|tracking|sendung"
    r"|kunden|customer|user ?name|benutzer|nutzername|e-?mail|adresse|address|phone|telefon"
    r"|handy|mobil|iban|plz|zip|serial|serien|model|modell|version|vorgang|referenz"
    r"|reference|workspace|region|lizenz|licen[cs]e|abo(?![^\W\d_])|abonnement|subscription"
    r"|vertrag|contract|zertifikat|certificate|domain|trial|test ?phase|gutschein|voucher"
    r"|coupon|browser|betriebssystem|operating[ ]system|gerät|device[ ]model|firma|company"
    r"|sprache|language|anzahl|how[ ]many|wie[ ]viele|tarif)"
)
#: A card's date or code asked for without the card's word ("Möchten Sie das Ablaufdatum
#: aktualisieren?", "valid until?", "the CVV?"); the date's words name another thing's date
#: beside it ("Ablaufdatum der Lizenz?").
_CARD_DATE_ASKED = re.compile(
    r"(?i)ablaufdatum|gültig (?:bis|ist)|expir|valid (?:until|thru|through)|\bexp\b"
    # ("What date is printed on the front of the one you're holding?", round 58)
    rf"|{_CARD_DATE_PRINTED.pattern.removeprefix('(?i)')}"
)
_CARD_DETAIL_ASKED = re.compile(
    # (the code's names are the ones the customer's own lines are read by, and its German)
    rf"{_CARD_DATE_ASKED.pattern}|{_CARD_CODE.pattern.removeprefix('(?i)')}|sicherheitscode"
)
#: Another's words that ask for a card's last digits only ("just the last four digits",
#: "die letzten 4 Ziffern", "Endziffern").
_LAST_DIGITS_ONLY = re.compile(
    r"(?i)(?<![^\W\d_])(?:last|final|letzten?)\s+(?:4|four|vier)(?![^\W\d_])|endziffern"
)
#: A message that is a secret's label alone, ending in its colon ("WPA2-Schlüssel:", "the
#: new pw:"): the value follows in the next message.
_LABEL_ALONE = re.compile(
    r"(?i)(?:[^\s:]{1,20}[ ]){0,3}[^\s:]*(?:schlüssel|passw\w*|kennw\w*|key|pin|pw|pwd|code"
    r"|token|secret|passphrase)[ ]*:"
)
#: At most this many words in an answer of words alone ("correct horse battery staple").
_ANSWER_WORDS = 8
#: Messages after the other side's question for a secret in which its answer may come.
_QUESTION_KEPT = 2
#: What hands a value over at the end of an answer: a comma, a dash, a colon, a stop, or
#: a verb ("says", "ist", "lautet", "stand … drauf" keeps its "drauf" as a closer word).
_TAIL_LEAD = re.compile(
    r"(?i)(?:[,;:]|\s[-–—]|[-–—]\s|\.\s|(?<![^\W\d_])(?:is|ist|was|war|lautet|says|said"
    r"|sagt|steht|stand|shows|zeigt|bis|until))\s+(?=\S)"
)
#: Where the value stands, after it ("steht 11 / 26 drauf", "it says X on it").
_ON_IT = re.compile(r"(?i)\s+(?:drauf|darauf|on it|on the card|auf der karte)[\s.!]*$")
#: Signs that make words a value ("Sommer Wind!", "Ich#bin da"), not a remark.
_TAIL_SIGNS = frozenset("!#$%&*+=@^_~§/\\|")
#: At most this many words before it (an answer, not a story), and in the value.
_TAIL_LEAD_WORDS = 8
_TAIL_WORDS = 6
#: Where another's message divides into sentences: after a stop, at a line's end.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def _list_joined(sentences: list[str]) -> list[str]:
    """``sentences`` with a numbered list's items joined again ("I need: 1." "expiry 2."
    "CVC" → "I need: 1. expiry 2. CVC"): the break after an item's number is none."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _ITEM_NUMBER_END.search(joined[-1]) is not None:
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


#: a piece of a message cut after a list item's number ("I need: 1.")
_ITEM_NUMBER_END = re.compile(r"(?<![\w.])[1-9]\.\Z")


def question_of(text: str) -> Redacted | None:
    """What of another's message (an agent's, the bot's) the sender's next message may
    answer: its last sentence that asks for a secret or speaks of one ("What's the code
    on the back of your card?", "Ich habe Ihr Passwort zurückgesetzt"; "I've sent you a
    code. Can you read it out?" asks in the sentence before), or else its last question
    for a thing that is no secret ("What is your order number?"); None when it has
    neither. A sentence that warns ("never share your password here") asks for no
    secret, nor does one that gives the value itself ("your temporary password is
    [PASSWORD]": ``text`` is the message as stored, redacted). The chat server keeps it
    with the conversation for the customer's next message (``Continuation.asked``)."""
    other = None
    sentences = _list_joined([s.strip() for s in _SENTENCE_BREAK.split(str(text))])
    # "Which card is on file? Just the last four digits please": the card's tail is no
    # secret, and the answer is only that (unless its code or date is asked for too)
    tail = next((s for s in sentences if _LAST_DIGITS_ONLY.search(s) is not None), None)
    if tail is not None and not any(
        _CARD_DETAIL_ASKED.search(s) or (asks_for_secret(s) and not _CARD_WORDS.search(s))
        for s in sentences
    ):
        return _seal(tail[-CUE_MAX:])  # (asks for no secret: ``asked`` ends the topic)
    for sentence in reversed(sentences):
        if not sentence or _MASKED_AFTER.search(sentence) is not None:
            continue
        if _WARNS.search(sentence) is None and asks_for_secret(sentence):
            return _seal(sentence[-CUE_MAX:])  # (a part of a redacted text)
        if other is None and sentence.endswith("?") and _OTHER_ASKED.search(sentence):
            other = _seal(sentence[-CUE_MAX:])
    return other


def may_answer(text: str) -> bool:
    """Could ``text`` answer another's question for a secret? Short, with a digit, a token
    shaped like a password, or a few words not all of which only reply ("ok thanks",
    "why?"). The chat server reads the question kept with the conversation only for such
    a message (a round trip saved on every other)."""
    if len(text) > CUE_MAX:
        return False
    if any(ch.isdigit() for ch in text):
        return True
    raw = [t.strip(_CLOSERS) for t in text.split()]  # (a sentence's "please?" is a word)
    if any(_MAY_GIVE_VALUE.fullmatch(t) for t in raw):
        return True
    tokens = [words.trim(t).lower() for t in raw]
    if text.rstrip().endswith("?"):
        asked = [t for t in tokens if t not in _INTERJECTIONS]
        if len(asked) >= 3 and asked[0] in _ASKS_BACK:
            return False  # "uh is that safe to put in here?": a question back, no answer
    return len(tokens) <= _ANSWER_WORDS and any(t and t not in _REPLIES for t in tokens)


#: A question's first word: the sender asks back ("is that safe …?", "soll ich das hier …?").
_ASKS_BACK = frozenset(
    """
    is are can could should do does may must will would why where how what who which
    ist sind kann können soll sollte darf muss wird warum wieso wo wie was wer welche
    really wirklich
    """.split()
)


def asks_for_secret(sentence: str) -> bool:
    """Does another's ``sentence`` ask for a secret or speak of one? A card named counts
    ("the card number?", "Karte?": its number, halves, expiry or code may follow; the
    pre-check's words name no card, digits do); a message that brings a code does not
    when the sentence names the thing it brings ("die Ticketnummer aus der
    Bestätigungsmail")."""
    if _CODE_APP.search(sentence) is not None:
        return True
    if _OTHER_ASKED.search(sentence) is not None:
        # "die Ticketnummer aus der Bestätigungsmail", "Ablaufdatum der Lizenz?": the mail
        # brings, the date is the other thing's
        sentence = _CARD_DATE_ASKED.sub(" ", _CODE_MESSAGE.sub(" ", sentence))
    # The secret named by its kind, not the pre-check's wide net: the bot's "Können Sie es
    # mit anderen Worten sagen?" or "Feedback goes to feedback@…" ask for nothing.
    return (
        # (an answer's kind only with a security question's words: "we answer within 5
        # minutes" asks for none)
        kind_of(sentence, _names_code) not in ("", ANSWER_KIND)
        or _names_code(sentence)
        or _CODE_MESSAGE.search(sentence) is not None
        or _ASKS_ANSWER.search(sentence) is not None
        or _NAMES_PHRASE.search(sentence) is not None
        or _CARD_WORDS.search(sentence) is not None
        or _CARD_DETAIL_ASKED.search(sentence) is not None
        or _CVC_PLACE.search(sentence) is not None  # "the 4-digit one on the front of it"
    )


class Continuation:
    """One sender's consecutive messages, each redacted as the continuation of the line
    the one before ended on. After a message that gave a cue's value the cue holds once
    more for a password-shaped token (a correction, "sorry typo: x"), and for a line shaped
    like that value (a list of backup codes, one per message). A short message that gives
    nothing ("here", "ok fine:", "ist") joins the cue rather than replacing it. A message
    that is nothing but a strongly password-shaped token is masked without a cue. Only a
    message that could give a value pays for the second analysis (the cue and the message
    together)."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        self._redactor = redactor or default_redactor()
        self._line: Redacted | None = None  # the last line of the previous message(s)
        self._held: Redacted | None = None  # a cue whose value the previous message gave
        self._held_own = False  # that message gave the cue and its value itself
        self._given = ""  # the shape of the password that message gave, on one line
        self._listed: tuple[str, str] | None = None  # that value's type and shape
        self._fillers = 0  # short messages joined to the cue since it was said
        self._waited = False  # the held list was kept across a message that named nothing
        self._card = 0  # messages left in which a card number given before is remembered
        self._card_head = ""  # digits of the messages right before that were only digits
        self._card_paused = False  # a remark came after those pieces
        self._card_announced = False  # a card's word announced their first piece
        self._card_shaped = False  # or its shape alone (a half as printed)
        #: those pieces follow a card's printed groups, after no line naming another number
        self._card_grouped = False
        #: the last few messages as sent (in memory only, as the hindsight keeps its
        #: lines), read only when a run of pieces may begin: did one name another number?
        self._before: deque[str] = deque(maxlen=KEPT)
        self._code_head = ""  # the first digits of a code typed in pieces
        #: the pieces masked on arrival since words led into the card's first piece (the
        #: message's number, its redaction without the piece); None: no such first piece
        self._led: list[tuple[int, RedactionResult]] | None = None
        #: those pieces, when the digits together made no card: their messages restored
        self._no_card: list[tuple[int, RedactionResult]] = []
        self._count = 0  # messages redacted
        #: a line that announced a card whose number has not come yet ("card ready"), and
        #: how many more messages it holds for
        self._card_topic = ""
        self._card_topic_left = 0
        self._expiry = ""  # the card's expiry the last message gave, on one line
        self._hindsight = Hindsight(self._redactor)
        self._network = 0  # messages left in which a bare "key" is the wifi's
        self._key_said = False  # the last message was the wifi's "key" alone
        #: messages left in which a value may be sent again in another form, after a
        #: complaint that the chat masked it or a warning against sending it
        self._resend = 0
        self._resend_code = False  # the complaint named a PIN or a code
        #: the kinds of secret the message before masked ("the last 4 were wrong: 7577")
        self._secrets: frozenset[str] = frozenset()
        #: the card code the last message gave (in memory only, as the hindsight's lines)
        self._cvc = ""
        #: how many hex digits the UUID-shaped key the last message ended on lacks
        self._uuid_missing = 0
        self._tail = ""  # the message before ended on a password it gave (_OPEN: on a dash)
        self._parts = 0  # messages left in which "Teil 2: x" gives a password's part
        #: the header of a table the message before pasted, naming a secret's column
        self._table_head = ""
        #: The lines that spoke of a secret a few messages ago, whose value has not come
        #: yet ("mein Passwort schicke ich nicht" ⏎ "na gut" ⏎ value), and how many more
        #: messages they hold for
        self._topics: list[Redacted] = []  # newest first, at most _TOPICS
        self._topic_left = 0
        #: The last few short messages (raw, in memory only, as the hindsight keeps them)
        #: with the value each gave or may have given: a value typed again with a small
        #: change is being corrected ("Mondschein77" ⏎ "nein warte, Mondschein77!").
        self._typed: deque[_Typed | None] = deque(maxlen=KEPT)
        #: The messages before the last one redacted that it showed to be secrets, masked
        #: anew: (how many messages back, 1 = the one right before; the new redaction).
        #: "Bramble88" ⏎ "that's my password", card pieces before the one completing it.
        self.amended: list[tuple[int, RedactionResult]] = []
        #: the values the last few messages masked, recalled in the next ("6620" ⏎ "no
        #: wait that's 6602", "ist 4 8 1 9" ⏎ "also 4819")
        self._recalled = Recalled()
        #: the last short lines' lone numbers of a code's length, nothing masked: a number
        #: of their shape said to replace one is a rotating code ("204 118" ⏎ "neuer" ⏎ …)
        self._rotated = Rotated()
        #: the kind of secret the conversation named last, held for a few messages
        self._scope = Scope()
        #: the last card given, whose part a correction may send again
        self._card_retyped = Retyped()
        #: the values the last few messages claimed were no secret (in memory only):
        #: "552 ist die Filialnummer" ⏎ "der Code ist 552"
        self._claimed: deque[tuple[str, ...]] = deque(maxlen=KEPT)
        #: the other side's question for a secret (``asked``) while its answer may still
        #: come, and for how many more messages
        self._question: Redacted | None = None
        self._question_left = 0
        #: the last message as sent and as it arrived, when it was short (in memory only):
        #: the value a remark after it may withdraw ("Test1234!" ⏎ "that's a dummy")
        self._previous: tuple[str, RedactionResult] | None = None

    def asked(self, question: Redacted) -> None:
        """The other side (an agent, the bot) asked ``question`` (``question_of`` its
        message) before this sender's next message. A question for a secret is that
        message's cue, as if the sender had typed it ("What's the code on the back of your
        card?" ⏎ "381"); a question for another thing ends the talk of a secret the
        sender's own lines began ("I'll pay by card" ⏎ "What is your order number?" ⏎
        "4471123"). A message that asks neither never gets here (the bot's "Did that
        help?" must not end the sender's "my password is")."""
        self._held, self._listed, self._given = None, None, ""
        self._fillers = 0
        if asks_for_secret(question):
            self._question, self._question_left = question, _QUESTION_KEPT
            self._line = question
            kind = kind_of(question, _names_code)
            if _CARD_WORDS.search(question) or _CARD_DETAIL_ASKED.search(question):
                # "Bis wann ist die Karte gültig?" ⏎ "Mai 27": the card's details by shape
                kind = kind or CARD_KIND
                self._card_topic, self._card_topic_left = question, _CARD_TOPIC_KEPT
            if kind:
                self._scope.after(question, kind, False)
            return
        self._line = None
        self._question, self._question_left = None, 0
        self._topics, self._topic_left = [], 0
        self._card_topic, self._card_topic_left = "", 0
        self._scope.after(question, "", True)

    def redact(self, text: str) -> RedactionResult:
        """``text`` masked as this sender's next message; sets ``amended``."""
        self._count += 1
        result = self._claims_kept(text, self._table_rows(text, self._read(text)))
        result = self._answer_tail(text, result)
        self._hold_card_topic(text, result)
        self.amended = self._hindsight.after(text, result)
        if card_completed(self.amended) or self._hindsight.completed:
            self._card = _CARD_KEPT  # its expiry or CVC may follow ("07/29 exp")
            lead = card_lead(text) or piece_span(text)
            if not result.entities and lead is None:
                result = whole_piece(text)  # the last piece, after a filler the tail missed
            elif lead is not None and not any(
                e.type == CREDIT_CARD and e.start <= lead[0] < e.end for e in result.entities
            ):
                # "1205 6736 exp 10/27 cvc 981", "52198 that is my amex", "last bit 2170":
                # the last piece before the card's details or a remark (read as a CVC
                # before: "2439 3326 12/29 and 551"); the details then as beside the card
                piece = Entity(CREDIT_CARD, *lead, 0.6, "hindsight")
                kept = [e for e in result.entities if e.end <= lead[0] or e.start >= lead[1]]
                slipped = [Entity(CREDIT_CARD, *s, 0.6, "hindsight") for s in slips(text, lead)]
                own = RedactionResult(result.text, [*kept, *slipped, piece])
                result = _card_details(self._redactor, text, own, lead[1])
                entities = masking.merge(result.entities)
                result = RedactionResult(_seal(masking.Masked(text, entities).text), entities)
        if self._no_card:
            # "Field 1 card number: 4532 0750" ⏎ "Field 2: 7429 5934": the pieces masked
            # as they came make no card together, and are stored as typed
            amended = {back for back, _ in self.amended}
            self.amended += [
                (self._count - at, again)
                for at, again in self._no_card
                if self._count - at not in amended
            ]
            self._no_card = []
        if not result.entities and len(text) <= CUE_MAX:
            if self._secrets:
                result = _ends_corrected(text, result, self._secrets)
            if self._cvc and not result.entities:
                result = _cvc_corrected(text, result, self._cvc)
            if self._uuid_missing and not result.entities:
                result = _uuid_rest(text, result, self._uuid_missing)
            if self._tail == _WORD and not result.entities:
                result = _word_rest(text, result)
            if self._tail and not result.entities:
                result = _next_piece(text, result, self._tail)
            if not result.entities:
                result = _cut_off(text, result)
            result = self._part(text, result)
        elif len(text) <= CUE_MAX and _announces_parts(text) and _speaks_of_secrets(text):
            self._parts = _PARTS_KEPT
        # what the cue made a password has its siblings ("my PIN is" ⏎ "4471 or 4417")
        result = siblings.extend(text, result)
        self._secrets = _secret_types(result)
        self._cvc = next((text[e.start : e.end] for e in result.entities if e.type == CARD_CVC), "")
        self._uuid_missing = _uuid_cut(text, result)
        self._tail = _password_tail(text, result)
        for back, _ in self.amended:
            if back <= len(self._typed):
                self._typed[back - 1] = None  # masked anew: never amended from the old copy
        if any(self._typed) and len(text) <= CUE_MAX:
            result = self._retyped(text, result)
        if self._card and len(text) <= CUE_MAX:
            result = _short_code(text, result)
        result = self._recalled.read(text, result, _named_changes)
        result = self._card_retyped.read(text, result)
        result = self._in_scope(text, result)
        if self._previous is not None and self._previous[1].entities and len(text) <= CUE_MAX:
            result = self._changed_as_said(text, result, *self._previous)
        result = _records_kept(text, result)
        result = self._rotated.read(text, result, self.amended)
        result = self._claims_kept(text, result)
        self._withdrawn(text)
        self._typed.appendleft(_typed(text, result))
        self._claimed.appendleft(tuple(conversation_claims.claimed_values(text)))
        self._previous = (text, result) if len(text) <= CUE_MAX else None
        if result.entities and _LABEL_ALONE.fullmatch(text.strip()) is not None:
            # "WPA2-Schlüssel:" ⏎ "4471 9920 …": the label of the value the next line gives
            return RedactionResult(_seal(text), [])
        return result

    def _answer_tail(self, text: str, result: RedactionResult) -> RedactionResult:
        """The value that ends a short answer to the other side's question for a secret,
        after a few words and a comma, a dash or a verb that hands it over ("sure — 073",
        "the office one, werkstatt-5G-Kaffee", "sticker says 7GH4-KWP2-99XZ"), read as
        the question's value ("label: value") by the recognizers."""
        question, left = self._question, self._question_left
        self._question_left = max(0, left - 1)
        if question is None or not left or result.entities or len(text) > CUE_MAX:
            return result
        line = text.strip()
        if "\n" in line:
            return result
        cut = next(reversed(list(_TAIL_LEAD.finditer(line))), None)  # the last one
        if cut is None or len(line[: cut.start()].split()) > _TAIL_LEAD_WORDS:
            return result
        start = text.index(line) + cut.end()
        end = start + len(_ON_IT.sub("", line[cut.end() :]).rstrip(_CLOSERS))
        value = text[start:end]
        if not 0 < len(value.split()) <= _TAIL_WORDS:
            return result
        if " " in value and not any(ch.isdigit() or ch in _TAIL_SIGNS for ch in value):
            return result  # plain words ("well, a b c, the usual stuff"): no value given
        taken = _labelled(self._redactor, question, text, start, end)[:1]
        if not taken and self._scope.kind == CARD_KIND and self._scope.left:
            # "ja, neue gültig bis 09/29": the card's detail asked for, by its shape
            detail = card_detail(text[start:end])
            taken = [] if detail is None else [Entity(detail, start, end, 0.6, "answer")]
        if not taken:
            return result
        return RedactionResult(_seal(masking.Masked(text, taken).text), taken)

    def _claims_kept(self, text: str, result: RedactionResult) -> RedactionResult:
        """``result`` without the findings this message or one a few before claimed are
        no secret (``conversation_claims.drop_claimed``): "Filiale 7731 in Bochum",
        "552 ist die Filialnummer" ⏎ "der Code ist 552"."""
        if not any(e.type in conversation_claims.CLAIMABLE for e in result.entities):
            return result
        claimed = {value for values in self._claimed for value in values}
        return conversation_claims.drop_claimed(text, result, claimed)

    def _changed_as_said(
        self, text: str, result: RedactionResult, before: str, masked: RedactionResult
    ) -> RedactionResult:
        """A password or key the message before masked, typed again with the characters
        this message says it changes ("3928 1f0e 2d4c" ⏎ "wait no the 1 is an l. so 3928
        lf0e 2d4c"), masked as it was. (``Recalled`` reads a message before the scope's
        readings mask their values, so it never saw a piece the scope masked.)"""
        changes = _named_changes(text)
        if not changes:
            return result
        new: list[Entity] = []
        for e in masked.entities:
            if e.type not in (PASSWORD, CREDENTIAL):
                continue
            for start, end in changed_as_said(text, before[e.start : e.end], changes):
                if not any(x.start < end and start < x.end for x in [*result.entities, *new]):
                    new.append(Entity(e.type, start, end, 0.6, "continuation"))
        if not new:
            return result
        entities = masking.merge([*result.entities, *new])
        return RedactionResult(_seal(masking.Masked(text, entities).text), entities)

    def _withdrawn(self, text: str) -> None:
        """A remark that says the value sent alone right before, which nothing masked, was
        no secret ("7731" ⏎ "das ist keine PIN, das ist die Filialnummer"): its value is
        remembered as claimed, so it is not masked when it comes again."""
        previous = self._previous
        if (
            previous is None
            or not conversation_claims.may_withdraw(text)
            or any(back == 1 for back, _ in self.amended)
            or not conversation_claims.withdraws(text)
        ):
            return
        before, arrived = previous
        # A masked value stays masked: "not the password lol", "sorry, wrong window" is also
        # what a customer writes after pasting the real one by mistake (stop 47's decision).
        if arrived.entities or len(before.split()) != 1:
            return
        self._claimed.appendleft((before.strip(),))

    def _in_scope(self, text: str, result: RedactionResult) -> RedactionResult:
        """A value of the kind the conversation named a few messages before, judged by its
        shape (``redaction.conversation_scope``); then the kind this message names, if any."""
        kind = kind_of(text, _names_code) if len(text) <= CUE_MAX else ""
        if (
            not result.entities
            and len(text) <= CUE_MAX
            and (found := self._scope.value(text, kind)) is not None
        ):
            entity = Entity(*found, 0.6, "scope")
            result = RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])
        if not kind and len(text) <= CUE_MAX and answer_asked(text):
            # 'it asks "name of your first school"' ⏎ "St. Aidan Primary": its answer follows
            kind = ANSWER_KIND
        elif (
            not kind
            and len(text) <= CUE_MAX
            and any(literal in text for literal in _PHRASE_LITERALS)
            and _NAMES_PHRASE.search(text) is not None
        ):
            # "recovery words" ⏎ "apple river": a secret made of words, given in words
            kind = PASSWORD_KIND
        if (
            not kind
            and (not self._scope.left or self._scope.kind in (PASSWORD_KIND, ANSWER_KIND))
            and _CARD_WORDS.search(text) is not None
        ):
            # "card ending 3851" ⏎ "08/29": a card named while no other secret is talked of,
            # or after a password's (its details end that talk, which the login's may hold)
            kind = CARD_KIND
        elif not kind and _whole_card(text, result):
            # "2223 6740 1859 3300" ⏎ "771": a whole card given, its details may follow
            kind = CARD_KIND
        # "PIN" ⏎ "sorry meant PO": the word is taken back, as another thing named
        self._scope.after(text, kind, resend.names_other(text) or _meant(text))
        return result

    def _resent(
        self, text: str, result: RedactionResult, previous: Redacted | None
    ) -> RedactionResult:
        """ "ihr maskiert ja alles, also rückwärts:" ⏎ "8102grubmaH", "you said don't paste
        passwords" ⏎ "h u n d e 7": after a complaint of masking or a warning against
        sending a secret, the value sent again in another form is masked. A value typed a
        character at a time is masked after any line that spoke of a secret ("my password,
        spelled out:" ⏎ "R - o - s - e - 8 - !"). ``previous``: the line before."""
        left, self._resend = self._resend, max(0, self._resend - 1)
        if len(text) > CUE_MAX:
            return result
        if (
            not left
            and not result.entities
            and (span := resend.singles(text)) is not None
            and not resend.names_other(text)
            and (
                any(not resend.names_other(topic) for topic in self._topics)
                or (
                    previous
                    and not resend.names_other(_ending_sentence(previous))
                    and _speaks_of_secrets(previous)
                )
            )
        ):
            entity = Entity(PASSWORD, *span, 0.6, "continuation")
            return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])
        if (
            left
            and not result.entities
            and (span := resend.resent(text, self._resend_code)) is not None
        ):
            entity = Entity(PASSWORD, *span, 0.6, "continuation")
            return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])
        said = resend.after_masking(text)
        if said == resend.MASKED or (said == resend.WARNED and _speaks_of_secrets(text)):
            self._resend = _RESEND_KEPT
            self._resend_code = resend.names_code(text)
        elif left and resend.names_other(text):
            # "aber der Bot fragt nach der Sendungsnummer??": what follows is that number
            self._resend = 0
        return result

    def _table_rows(self, text: str, result: RedactionResult) -> RedactionResult:
        """A table pasted in several messages ("| system | user | password |" ⏎ "| ERP |
        sales01 | Mangrove_77x |"): the rows that go on from a header that names a
        secret's column are read beneath that header, as in one message."""
        head, self._table_head = self._table_head, ""
        lines = [line for line in text.strip().split("\n") if line.strip()]
        if not lines or len(text) > INLINE_LIMIT:
            return result
        own = _table_head(lines)
        if own:
            self._table_head = own  # the rows may go on in the next message
            return result
        if not head or not all(_cells(line) == _cells(head) for line in lines):
            return result
        self._table_head = head
        probe = head + "\n"
        found = [
            Entity(e.type, e.start - len(probe), e.end - len(probe), e.score, "continuation")
            for e in self._redactor.redact(probe + text).entities
            if e.start >= len(probe)
        ]
        new = [
            e
            for e in found
            if not any(e.start < o.end and o.start < e.end for o in result.entities)
        ]
        if not new:
            return result
        entities = masking.merge([*result.entities, *new])
        return RedactionResult(_seal(masking.Masked(text, entities).text), entities)

    def _part(self, text: str, result: RedactionResult) -> RedactionResult:
        """A password announced in parts ("schick ich in zwei Teilen" ⏎ "Teil 1: Wald" ⏎
        "Teil 2: meister#1987", "Passphrase …, Teil eins: marble giraffe"): the value after
        each part's label is masked while the announcement holds."""
        parts, self._parts = self._parts, max(0, self._parts - 1)
        if _announces_parts(text) and _speaks_of_secrets(text):
            self._parts = _PARTS_KEPT
        if "\n" in text.strip():
            return result
        label = _PART_LABEL.search(text) if ":" in text or "=" in text else None
        if label is None and parts:
            # while the parts are coming, a piece may come bare ("SG.x7Kp2" ⏎ "R3tZ8w…"
            # ⏎ "Wx9Yz1"), or after a word that orders it ("then: King", "dann kommt #mP")
            label = _NEXT_PART.fullmatch(text)
        if label is None:
            low = text.lower()
            starts = _STARTS_WITH.search(text) if "mit" in low or "with" in low else None
            if starts is None or not (
                # "it starts with Moon" a message after "the first half of my password"
                _speaks_of_secrets(text[: starts.start()]) or self._topics
            ):
                return result
            if not _bare_piece(starts["v"]) and not _word_piece(starts["v"]):
                return result  # "starts with Capital": how it is made, no part of it
            label = starts  # "das Passwort fängt an mit Kx9": its first part, more follow
        elif not parts and not _speaks_of_secrets(text[: label.start()]):
            return result
        group = "v" if label.groupdict().get("v") is not None else "bare"
        value = label[group].strip(_CLOSERS)
        if not value or words.trim(value).lower() in _WAITING:
            return result
        if (
            len(value) < 2
            or len(value.split()) > _PART_WORDS
            or _REFERENCE_WORD.search(value.split()[0].lower())
            or words.is_product(value)
        ):
            return result
        self._parts = _PARTS_KEPT
        start = label.start(group) + label[group].index(value)
        entity = Entity(PASSWORD, start, start + len(value), 0.6, "continuation")
        return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])

    def _retyped(self, text: str, result: RedactionResult) -> RedactionResult:
        """A value typed again with a small change (a letter, a digit or a sign, at most
        two) or with a part added ("Blaue Stunde" ⏎ "ah nee, Blaue Stunde 88"): a password
        masked before makes the new one a password; two that neither message masked are
        when they are shaped like one ("Harbor_Lights4" ⏎ "*Harbour_Lights4"), and the
        earlier one is masked anew."""
        amended = {back for back, _ in self.amended}
        new: list[Entity] = []
        # without the "*" a correction is marked with ("**Hundehütte_22" for "Hundehütte_2")
        given = [_typed_core(text[e.start : e.end]) for e in result.entities if e.type == PASSWORD]
        given = [g for g in given if len(g) >= _RETYPED_MIN - _RETYPED_EDITS]
        for back, typed in enumerate(self._typed, 1):
            if typed is None:
                continue
            if (
                not typed.masked
                and back not in amended
                and any(_near(typed.value, g) for g in given)
            ):
                # "möwe-Sand-41" ⏎ "Kennwort …, das m ist groß: Möwe-Sand-41": the slip
                # before the password masked now was that password
                again = _mask_value(typed.text, typed.result, typed.value)
                if again is not None:
                    self.amended.append((back, again))
                    amended.add(back)
                    self._typed[back - 1] = None
                    continue
            for start, end in _retypings(text, typed, result.entities + new, back == 1):
                new.append(Entity(PASSWORD, start, end, 0.6, "continuation"))
                if typed.masked or back in amended:
                    continue
                again = _mask_value(typed.text, typed.result, typed.value)
                if again is not None:
                    self.amended.append((back, again))
                    amended.add(back)
                    self._typed[back - 1] = None
        if not new:
            return result
        entities = masking.merge([*result.entities, *new])
        return RedactionResult(_seal(masking.Masked(text, entities).text), entities)

    def _read(self, text: str) -> RedactionResult:
        previous = self._line
        result = self._resent(text, self._network_key(text, self._read_cued(text)), previous)
        expiry, self._expiry = self._expiry, ""
        if expiry and not any(e.type == CARD_EXPIRY for e in result.entities):
            result = _expiry_again(text, result, expiry)
        given = [text[e.start : e.end] for e in result.entities if e.type == CARD_EXPIRY]
        if len(given) == 1 and "\n" not in text.strip():
            self._expiry = given[0]
        return result

    def _read_cued(self, text: str) -> RedactionResult:
        result, cue = self._redactor.redact(text), None
        listed, speaks = None, False
        previous = self._line
        read = True  # whether ``speaks`` was read
        if _only_waiting(text):
            # "mein Kennwort lautet" ⏎ "öhm": the cue waits for the value, read nothing
            speaks = bool(self._line) and _speaks_of_secrets(self._line or "")
        elif (
            _may_give_value(text)
            or _may_give_code(text, self._line)
            # (only after the other side's question: "when does my card expire on file"
            # ⏎ "it says 09/2024 but i replaced it" is the sender's own story)
            or (
                self._line is not None
                and self._line is self._question
                and _may_give_card_date(text, self._line)
            )
        ):
            speaks = bool(self._line) and (
                _speaks_of_secrets(self._line or "") or _card_named(self._line or "", text)
            )
            if self._line and speaks:
                result, carried = continue_from(
                    self._redactor, text, self._line, own=result, card=self._card > 0
                )
                cue = self._line if carried else None
            if cue is None and self._listed:
                result, carried = _next_in_list(text, result, *self._listed)
                cue = self._held if carried else None
            if cue is None and self._held and (not self._held_own or _MAY_GIVE_VALUE.search(text)):
                before = result
                result, carried = continue_from(
                    self._redactor, text, self._held, own=result, lines=False
                )
                if carried and self._held_own and not _corrects(text, before, result):
                    result, carried = before, False
                cue = self._held if carried else None
            if cue is None and self._held and self._given and not result.entities:
                # "PIN ist 4471" ⏎ "ne sorry 4417", "Leeds" ⏎ "no wait, Bradford, sorry"
                result, carried = _correction(text, result, self._held, self._given)
                if not carried:
                    # "pw ist Sommerwiese" ⏎ "und dann noch 2023 dahinter"
                    result, carried = _appended(text, result)
                if not carried:
                    # "PIN fürs Konto 1: 80417" ⏎ "und für das zweite Konto 55290"
                    result, carried = _for_another(text, result, self._given)
                if not carried:
                    # "the PIN I tried was 2580" ⏎ "und davor 0852, beides falsch"
                    result, carried = _tried_before(text, result, self._given)
                cue = self._held if carried else None
            bare = cue is None and self._topics and _bare_reply(text, result)
            if cue is None and self._topics and (bare or _late_reply(text, result)):
                # "meine App will eine PIN" ⏎ "ist das hier verschlüsselt?" ⏎ "ok ich vertraue
                # Ihnen mal" ⏎ "4729": the value comes after a question or a hesitation, read
                # after the lines that spoke of a secret, the nearest first
                for topic in self._topics:
                    if speaks and topic == self._line:
                        continue  # read just now
                    if not bare and _MASKED_AFTER.search(topic):
                        # a line that gave a secret announces none ("[CREDENTIAL]" ⏎ "wrong
                        # one" ⏎ "this is the one the docs say: pk_live_…")
                        continue
                    result, carried = continue_from(self._redactor, text, topic, own=result)
                    if not carried and not bare:
                        # "first unused one: 7391-2284", "also das ist es: Sonnenblume 2023!":
                        # the value after a few words and a colon that lead into it
                        result, carried = _after_colon(self._redactor, text, topic, result)
                    if carried:
                        cue = topic
                        break
            if cue is not None:
                listed = _listed(text, result)
                if listed is not None and "\n" in text.strip():
                    result = _rest_of_list(text, result, *listed)
            if listed is None and speaks and "\n" in text.strip() and result.entities:
                # "backup codes:" ⏎ three codes, one a line, the first read as no code
                result = _list_lines(text, result)
        else:
            read = False
        result = self._code_pieces(text, result, speaks)
        before = result
        card_cue = self._line or ""
        if self._card_topic and _CARD_WORDS.search(card_cue) is None:
            # "Ich schick Ihnen meine Kreditkarte, moment" ⏎ "wo war die nochmal... ah" ⏎
            # "5290": the card announced a few messages before leads into its first piece
            card_cue = self._card_topic
        result = self._card_tail(text, result, card_cue)
        if (
            result is before
            and self._card
            and len(text) <= CUE_MAX
            and len(text.split()) <= _CARD_DETAIL_WORDS
            and (_CARD_DETAIL_HINT.search(text) or (":" in text and _FORM_FIELD.search(text)))
        ) or (result is before and not result.entities and _DETAILS_ALONE.fullmatch(text)):
            # "11/26 and 882": an expiry and three or four digits with nothing else are a
            # card's details even before (or without) its number
            result = _card_details(self._redactor, text, result)
        elif (
            result is before
            and self._card
            and len(text) <= CUE_MAX
            and ((at := _last_sentence(text)) is not None)
        ):
            # "hang on let me double check... yes its right. expiry 10/30": the details
            # in the last sentence of a longer message
            result = _card_details(self._redactor, text, result, at)
        if not result.entities and (glued := _card_glued_alone(self._redactor, text)):
            result = glued
        if not result.entities and (
            span := _lone_token(text)
            or _spelled_out(text)
            or resend.dotted(text)
            or _user_and_password(text)
            or _answers_in_one(text)
            or _given_and_regretted(text)
        ):
            entity = Entity(PASSWORD, *span, 0.6, "continuation")
            result = RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])
        if not result.entities and ":" in text and len(text) <= CUE_MAX:
            listed_values = _labelled_tokens(text, speaks)
            if listed_values:
                result = RedactionResult(
                    _seal(masking.Masked(text, listed_values).text), listed_values
                )
        line = _last_line(result.text)
        joined = (
            _joined(self._line, line) or _aside(self._line, text)
            if cue is None
            and speaks
            and self._line
            and self._fillers < _MAX_JOINED
            # (not "PIN" ⏎ "sorry meant PO": a word taken back ends the cue)
            and (not _meant(text) or _speaks_of_secrets(text))
            else None
        )
        if joined is not None and not result.entities and "\n" not in text.strip():
            # "the password for the ftp" ⏎ "ist" ⏎ value, "the code" ⏎ "here" ⏎ value: a
            # short message that gives nothing continues the cue instead of replacing it
            self._line = _seal(joined[-CUE_MAX:])  # both parts were redacted
            self._fillers += 1
        else:
            self._line = _seal(line) or None
            self._fillers = 0
        self._hold_topic(text, previous, speaks if read else None, cue, result)
        held = self._listed or self._held
        if cue is None and held and not self._waited and _names_nothing(text, result):
            # "2fa code" ⏎ "061447" ⏎ "nvm it changed" ⏎ "593021": a message that names no
            # new thing keeps the list open for one more value of its shape, and a value's
            # cue for its correction ("pw ist X" ⏎ "nein sorry falsch" ⏎ "Y! ist das richtige")
            self._waited = True
            self._card = max(0, self._card - 1)
            return result
        self._waited = False
        self._held = cue
        self._held_own = False
        if cue is None and any(e.type == PASSWORD for e in result.entities):
            # a message that gave a password with its own words ("pw ist X"): its
            # correction may follow ("nein sorry falsch" ⏎ "Y! ist das richtige")
            own_line = _last_line(str(result.text).partition("[PASSWORD]")[0])
            if own_line and "\n" not in text.strip() and _speaks_of_secrets(own_line):
                self._held = _seal(own_line)
                self._held_own = True
        self._given = _given(text, result) if self._held else ""
        self._card = (
            _CARD_KEPT
            # a half known by its shape alone gives no card whose details may follow
            if any(e.type == CREDIT_CARD and e.recognizer != _HALF for e in result.entities)
            else max(0, self._card - 1)
        )
        self._listed = listed
        return result

    def _hold_topic(
        self,
        text: str,
        previous: Redacted | None,
        speaks: bool | None,
        cue: str | None,
        result: RedactionResult,
    ) -> None:
        """Keep the lines that spoke of a secret for a few messages while no value came:
        the value may come after a question or a hesitation. ``speaks``: whether
        ``previous`` spoke of one, None when that was not read."""
        if (
            result.entities
            or cue is not None
            # a number of another kind came between ("tracking 1Z 999" ⏎ its rest)
            or (_LONE_NUMBER.search(text) and OTHER_NUMBER.search(text))
            # a value alone that no held line took ("ORD-44719", an order number): the
            # customer answered something else, and the talk of the secret is over
            or _answered_else(text, result)
            # "PIN" ⏎ "sorry meant PO": the word that spoke of a secret was taken back
            or (_meant(text) and not _speaks_of_secrets(text))
        ):
            self._topics, self._topic_left = [], 0
            return
        if speaks is None and previous and len(previous) <= CUE_MAX:
            speaks = _speaks_of_secrets(previous)
        if speaks and previous:
            self._topics = [previous, *self._topics][:_TOPICS]
            self._topic_left = _TOPIC_KEPT
        elif self._topic_left > 1:
            self._topic_left -= 1
        else:
            self._topics, self._topic_left = [], 0

    def _hold_card_topic(self, text: str, result: RedactionResult) -> None:
        """Keep a line that announces a card ("need to pay the overdue invoice, card
        ready", "Moment, ich such die Karte raus") for a few messages while no number came:
        a question or a remark may come before the number. A message that gives a card or
        a number, or names another thing, ends it."""
        if any(e.type in _CARD_TYPES for e in result.entities) or _DIGIT_RUN.search(text):
            self._card_topic, self._card_topic_left = "", 0
            return
        line = _last_line(str(result.text))
        if _CARD_WORDS.search(line):
            self._card_topic, self._card_topic_left = _seal(line), _CARD_TOPIC_KEPT
        elif self._card_topic_left > 1 and not resend.names_other(text):
            self._card_topic_left -= 1
        else:
            self._card_topic, self._card_topic_left = "", 0

    def _network_key(self, text: str, result: RedactionResult) -> RedactionResult:
        """ "wifi" ⏎ "name: CafeLuna" ⏎ "key: mondschein-2024": a bare "key" is the network's
        key when a message shortly before spoke of the wifi (its name may come between)."""
        if _NETWORK.search(text):
            self._network = _NETWORK_KEPT
            self._key_said = False
            return result
        if not self._network:
            return result
        self._network -= 1
        key = None if result.entities else _KEY_LINE.fullmatch(text)
        if key is not None and ":" in text[: key.start("v")]:
            lead = text[: text.rindex(":", 0, key.start("v"))]
            if NOT_COLON_LEAD.search(lead) is not None or resend.names_other(lead):
                key = None  # "key steht auf der Rechnung: 2024-0917": another thing's
        if key is None and self._key_said and not result.entities:
            key = _LONE_KEY_VALUE.fullmatch(text)  # "key" ⏎ "Blue-Otter-2291"
        self._key_said = _KEY_ALONE.fullmatch(text) is not None
        if key is None and not result.entities and (span := device_key(text)) is not None:
            # "WLAN im Büro" ⏎ "die Box, Moment" ⏎ "4821 9930 1177 5542 0093": a device's
            # printed key, digits alone in groups (a card's number is the card rules')
            entity = Entity(PASSWORD, *span, 0.6, "continuation")
            return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])
        if key is None:
            return result
        value = key["v"]
        if not (
            any(ch.isdigit() for ch in value) or any(ch in words.STRONG_SYMBOLS for ch in value)
        ):
            return result
        probe = "WLAN-Passwort: "
        found = [
            e
            for e in self._redactor.analyze(probe + value)
            if e.type == PASSWORD and e.start == len(probe)
        ]
        if not found:
            return result
        entity = Entity(PASSWORD, key.start("v"), key.end("v"), 0.6, "continuation")
        return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])

    def _card_tail(self, text: str, result: RedactionResult, cue: str) -> RedactionResult:
        """A card number sent in pieces, one message each ("4929 1234" ⏎ "5678 9012"):
        no message holds a card, so the piece that completes one (issuer, brand length,
        Luhn over the pieces together) is masked as the card. A first piece that a card's
        word announces ("card number 4398 2597", "my card" ⏎ "5107 1620") is masked at
        once when it starts a real issuer's number. A remark without digits between the
        pieces ("moment, muss die Karte umdrehen") keeps them."""
        before = tuple(self._before)
        self._before.appendleft(text[:CUE_MAX])

        def other() -> bool:
            # "order number in parts" ⏎ "ok" ⏎ "4532" ⏎ …: a line shortly before named
            # a number of another kind
            return any(card_pieces.names_other_number(line) for line in before)

        low = text.lower()
        if any(w in low for w in card_pieces.JOINER_LITERALS) and not any(
            e.type == CREDIT_CARD for e in result.entities
        ):
            # "the card number is 4291 4177 comma 7631 7063": groups with words between
            spans = card_pieces.groups_apart(text)
            if spans:
                cards = [Entity(CREDIT_CARD, a, b, 0.6, "continuation") for a, b in spans]
                kept = [
                    e
                    for e in result.entities
                    if not any(a < e.end and e.start < b for a, b in spans)
                ]
                entities = masking.merge([*kept, *cards])
                return RedactionResult(_seal(masking.Masked(text, entities).text), entities)
        stripped = text.strip()
        piece = (
            _DIGIT_PIECE.fullmatch(stripped)
            or _NAMED_PIECE.fullmatch(stripped)
            or _CARD_PIECE.fullmatch(stripped)
        )
        if piece is not None and _AMOUNT_PIECE.fullmatch(piece.group("d")) is not None:
            piece = None  # "mastercard" ⏎ "charged twice" ⏎ "22.31": an amount, no piece
        if (
            (piece is None or piece.re is not _DIGIT_PIECE)
            and not result.entities
            and len(text) <= CUE_MAX
        ):
            led = self._led_piece(text, result, cue, other)
            if led is not None:
                return led
        if piece is None or result.entities:
            # "2223" ⏎ "3786" ⏎ "that's the account number": the customer says what else
            # the pieces are
            said_other = (
                not _DIGIT_RUN.search(text)
                and says_what_before(text)
                and card_pieces.names_other_number(text)
            )
            if (
                self._card_head
                and not self._card_paused
                and not said_other
                and _pause(text, result)
            ):
                self._card_paused = True  # "moment muss die karte umdrehen"
                return result
            if self._led and (said_other or _makes_no_card(self._card_head + _last_digits(text))):
                # "Field 1 card number: 4532 0750" ⏎ "Field 2: 7429 5934": the digits
                # that went on from the pieces make no card with them
                self._no_card = self._led
            self._card_head = ""
            self._card_paused = self._card_announced = False
            self._led = None
            return result
        self._card_paused = False
        digits = re.sub(r"\D", "", piece.group("d"))
        joined = self._card_head + digits
        lead = len(text) - len(text.lstrip()) + piece.start("d")
        card = Entity(CREDIT_CARD, lead, lead + len(piece.group("d")), 0.6, "continuation")
        masked = RedactionResult(_seal(masking.Masked(text, [card]).text), [card])
        if self._card_head and is_card_number(joined):
            self._card_head, self._led = "", None
            return masked
        if len(joined) <= _CARD_HEAD_MAX and self._card_head:
            # a further piece of a number whose first piece was announced is masked too,
            # and one that goes on in a card's printed groups ("2223" ⏎ "3786")
            grouped = self._card_grouped and card_pieces.in_printed_groups(
                self._card_head, piece.group("d")
            )
            self._card_head, self._card_grouped = joined, grouped
            if not (self._card_announced and _card_head(joined)) and not grouped:
                return result
            if self._led is not None:
                self._led.append((self._count, result))
            return _as_half(masked) if self._card_shaped else masked
        if self._card_head and self._led:
            self._no_card = self._led  # too many digits for the card begun
        self._led = None
        self._card_head = digits if 4 <= len(digits) <= _CARD_HEAD_MAX else ""
        # a bare first piece in a card's printed groups after a line that names no other
        # number: the next piece so grouped is the card's (masked; restored as stored if
        # the digits make no card or a later line says what else they are)
        self._card_grouped = bool(self._card_head) and _bare_grouped(piece, cue) and not other()
        named = piece.re is _CARD_PIECE or (
            piece.re is _DIGIT_PIECE
            and (_CARD_WORDS.search(cue) is not None or card_pieces.names_card(cue))
        )
        self._card_shaped = not named and piece.re is _DIGIT_PIECE
        announced = named or (self._card_shaped and _printed_head(piece.group("d"), cue))
        self._card_announced = announced and (
            _card_head(digits)
            # "Ich gebe Ihnen die Karte durch" ⏎ "4111": four digits, when the line gives
            # the card rather than naming a part of it ("ending in", "PIN der Karte")
            or (
                piece.re is _DIGIT_PIECE
                and len(digits) == _GROUP
                and bool(brand_lengths(digits))
                and _CARD_WORDS.search(cue) is not None
                and not card_pieces.names_part(cue)
            )
        )
        if not self._card_announced:
            if self._card_grouped:
                self._led = []  # the pieces masked by their groups alone: restorable
            return result
        return _as_half(masked) if self._card_shaped else masked

    def _led_piece(
        self,
        text: str,
        result: RedactionResult,
        cue: str,
        other: Callable[[], bool] = lambda: False,
    ) -> RedactionResult | None:
        """A card's piece that ends the message after words leading into it ("Ich
        diktiere die Karte: 3530", "erste Hälfte 2315 5412", "ok the card number is 4532
        0198"; ``redaction.card_pieces``), masked as it arrives: a first piece, or the next
        piece of the number begun before. The pieces after it go on from its digits.
        ``other()``: did a line shortly before name a number of another kind?"""
        lines = text.strip().split("\n")
        if any(_DIGIT_RUN.search(line) for line in lines[:-1]):
            # the lines before gave a number of their own, unless they are the card's
            # pieces line by line ("card is 5425 2334" ⏎ "3010" in one message)
            spans = None if self._card_head else card_pieces.led_lines(text, cue)
            if spans is None:
                return None
            digits = "".join(re.sub(r"\D", "", text[a:b]) for a, b in spans)
            return self._begun(text, result, spans, digits)
        line = lines[-1].strip()
        found = card_pieces.led_piece(line, cue)
        if (
            found is None
            and not self._card_head
            and line.rpartition(" ")[2].lower() in DIGIT_WORDS
            and (said := card_pieces.said_piece(line, cue)) is not None
        ):
            # "Zahlung bitte mit dieser Karte:" ⏎ "four eight three seven": the first group
            # said in words (a phone's dictation), the rest typed
            at = text.rindex(line)
            return self._begun(text, result, [(at + said[0], at + said[1])], said[2])
        if found is None and self._card_head and (self._card_announced or self._card_grouped):
            # "weiter: 1283", "the rest: 0151 1283": the next piece of the card begun before
            nxt = card_pieces.next_piece(line)
            joined = self._card_head + re.sub(r"\D", "", line[nxt[0] : nxt[1]]) if nxt else ""
            if nxt is not None and _makes_no_card(joined):
                self._no_card, self._led = self._led or [], None
                self._card_head = ""
            elif nxt is not None and (
                self._card_announced
                or card_pieces.in_printed_groups(self._card_head, line[nxt[0] : nxt[1]])
            ):
                found = (*nxt, card_pieces.MASKED)
        if found is None:
            return None
        *span, taken = found
        shown = line[span[0] : span[1]]
        if taken == card_pieces.PRINTED and (self._card_head or not _printed_head(shown, cue)):
            if self._card_head or not _grouped_after(shown, cue) or other():
                return None
            # "ok so: 2221": a card's first group after words that only lead in, kept as
            # the start of a run whose next piece in the card's groups is masked
            self._card_head, self._card_grouped, self._led = re.sub(r"\D", "", shown), True, []
            self._card_announced = self._card_shaped = self._card_paused = False
            return result
        digits = re.sub(r"\D", "", shown)
        joined = self._card_head + digits
        if self._card_head and is_card_number(joined):
            self._card_head = ""  # the last piece: the hindsight masks the card's pieces
            self._led = None
        elif self._card_head and card_pieces.starts_card(joined):
            self._card_head = joined  # "erste vier 4003" ⏎ "dann 6081" ⏎ …
        else:
            if self._card_head and self._led and _makes_no_card(joined):
                self._no_card = self._led
            self._card_head = digits if len(digits) <= _CARD_HEAD_MAX else ""
            self._led = []
        self._card_paused, self._card_announced = False, True
        self._card_shaped = taken == card_pieces.PRINTED
        if taken == card_pieces.REMEMBERED:
            return result
        if self._led is not None:
            self._led.append((self._count, result))
        lead = text.rindex(line) + span[0]
        card = Entity(CREDIT_CARD, lead, lead + span[1] - span[0], 0.6, "continuation")
        masked = RedactionResult(_seal(masking.Masked(text, [card]).text), [card])
        return _as_half(masked) if self._card_shaped else masked

    def _begun(
        self, text: str, result: RedactionResult, spans: list[tuple[int, int]], digits: str
    ) -> RedactionResult:
        """``text`` with a card's first pieces at ``spans`` masked (``digits``: theirs), the
        pieces after it going on from them; stored as typed if they make no card."""
        self._card_head, self._card_announced = digits, True
        self._card_shaped = self._card_paused = self._card_grouped = False
        self._led = [(self._count, result)]
        cards = [Entity(CREDIT_CARD, a, b, 0.6, "continuation") for a, b in spans]
        return RedactionResult(_seal(masking.Masked(text, cards).text), cards)

    def _code_pieces(self, text: str, result: RedactionResult, speaks: bool) -> RedactionResult:
        """A code typed in pieces after the line that leads into it ("the code is" ⏎ "7"
        ⏎ "3 9 1 0 4"): a first piece of fewer than four digits right after such a line,
        and the digits that follow it in the next messages until it has six (at most
        eight)."""
        head, self._code_head = self._code_head, ""
        piece = _DIGIT_PIECE.fullmatch(text.strip())
        if piece is None or result.entities:
            return result
        digits = re.sub(r"\D", "", piece.group("d"))
        cue = self._line or ""
        if head:
            if len(head) + len(digits) > _CODE_MAX:
                return result
        elif not (
            speaks
            and len(digits) < _CODE_MIN
            and (_leads_in(cue) or _awaits_code(cue))
            and _names_one_time_code(cue)
        ) and not _fewer_than_counted(digits, cue):
            return result
        if len(head) + len(digits) < _CODE_USUAL:
            self._code_head = head + digits
        lead = len(text) - len(text.lstrip())
        code = Entity(PASSWORD, lead, lead + len(piece.group("d")), 0.6, "continuation")
        return RedactionResult(_seal(masking.Masked(text, [code]).text), [code])

    def reset(self) -> None:
        """Forget what came before (a pasted log, or too long since the last message)."""
        self._card_head = ""
        self._card_paused = False
        self._card_announced = False
        self._card_shaped = False
        self._code_head = ""
        self._led, self._no_card = None, []
        self._card_topic, self._card_topic_left = "", 0
        self._expiry = ""
        self._hindsight.reset()
        self.amended = []
        self._line = self._held = None
        self._question, self._question_left = None, 0
        self._held_own = False
        self._given = ""
        self._listed = None
        self._fillers = 0
        self._waited = False
        self._card = 0
        self._network = 0
        self._key_said = False
        self._secrets = frozenset()
        self._tail = ""
        self._parts = 0
        self._table_head = ""
        self._topics, self._topic_left = [], 0
        self._typed.clear()
        self._recalled.reset()
        self._rotated = Rotated()
        self._scope = Scope()


#: Messages after a card's announcement in which its first piece may still come.
_CARD_TOPIC_KEPT = 3
_CARD_TYPES = frozenset({CREDIT_CARD, CARD_CVC, CARD_EXPIRY})
#: Digits of a number already given (a card topic's number came, or another).
_DIGIT_RUN = re.compile(r"\d{4}")


#: Messages after the one that followed a secret's line in which its value may still come.
_TOPIC_KEPT = 3
#: How many such lines are kept ("the app wants a PIN" ⏎ "is this chat encrypted?").
_TOPICS = 2


#: A card code's label and two digits alone: the code typed a digit short ("exp 07/27 cvv
#: 58"), not how long it is ("cvv 3 digits", "CVC 12 Stellen?").
_SHORT_CODE = re.compile(
    r"(?i)(?<![^\W\d_])(?:cvv2?|cvc2?|csc|cid|security\s+code|sicherheitscode|prüfziffer"
    r"|prüfnummer|kartenprüfnummer)\s*(?:[:=]|\s(?:is|ist|lautet))?\s*(?P<d>\d{2})"
    r"(?![\d/.,:]\d|[\w/]|\s*(?:digits?|stellen|ziffern|zahlen|chars?|characters?|numbers?"
    r"|zeichen|-?stellig|times|mal|versuche?|tries|attempts?)(?![^\W\d_]))"
)


def _short_code(text: str, result: RedactionResult) -> RedactionResult:
    """While a card given in the conversation is remembered, its code typed a digit short
    after the code's label is the card's code ("visa …" ⏎ "exp 07/27 cvv 58")."""
    if "cv" not in text.lower() and not _SHORT_CODE_GATE.search(text):
        return result
    new = [
        Entity(CARD_CVC, m.start("d"), m.end("d"), 0.6, "continuation")
        for m in _SHORT_CODE.finditer(text)
        if not any(e.start < m.end("d") and m.start("d") < e.end for e in result.entities)
    ]
    if not new:
        return result
    entities = masking.merge([*result.entities, *new])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


_SHORT_CODE_GATE = re.compile(r"(?i)csc|cid|security|sicherheit|prüf")


#: The least digits of a card number given whole (a piece of one has fewer).
_WHOLE_CARD_DIGITS = 12


def _last_digits(text: str) -> str:
    """The digits ending ``text``'s last line after any words, or ""."""
    line = text.strip().rpartition("\n")[2].strip()
    return card_pieces.last_digits(line) if len(text) <= CUE_MAX else ""


def _makes_no_card(digits: str) -> bool:
    """Do a card's pieces together (``digits``) make no card: no card number, and too
    long or no issuer's to be the start of one (sixteen digits and more that fail the
    check: a nineteen-digit card is too rare to hold them masked for)?"""
    return not is_card_number(digits) and (
        len(digits) >= _WHOLE_CARD_PIECES or not card_pieces.starts_card(digits)
    )


#: Digits of a card's pieces together after which they are judged.
_WHOLE_CARD_PIECES = 16


def _whole_card(text: str, result: RedactionResult) -> bool:
    """Did the message give a whole card number (not a piece of one)?"""
    return any(
        e.type == CREDIT_CARD
        and sum(ch.isdigit() for ch in text[e.start : e.end]) >= _WHOLE_CARD_DIGITS
        for e in result.entities
    )


def _answered_else(text: str, result: RedactionResult) -> bool:
    """A message of one token with a digit, or a bare reply, that nothing masked: an answer
    to something other than the secret (an order number, a postcode)."""
    tokens = text.split()
    return (
        not result.entities
        and len(tokens) == 1
        and (any(ch.isdigit() for ch in tokens[0]) or _bare_reply(text, result))
    )


#: A word taken back ("sorry meant PO", "ich meinte die Bestellung"): what the line before
#: named is not what the talk is about (round 40).
_MEANT = re.compile(r"(?i)(?<![^\W\d_])(?:meant|meinte|gemeint)(?![^\W\d_])")


def _meant(text: str) -> bool:
    """Does ``text`` take a word back (``_MEANT``)? A literal probe first."""
    return ("ean" in text or "ein" in text or "EAN" in text or "EIN" in text) and (
        _MEANT.search(text) is not None
    )


def _bare_reply(text: str, result: RedactionResult) -> bool:
    """A message that is a value alone and nothing else: one token of letters with a
    digit or a sign ("Kuckucksuhr1987"); no word, no number, no phrase. Or a
    list of such tokens, one a line, after a short line that leads into them ("these are
    them:" ⏎ four backup codes)."""
    if result.entities:
        return False
    lines = text.strip().split("\n")
    if len(lines) > 1:
        return (
            lines[0].rstrip().endswith(":")
            and len(lines[0].split()) <= _SHORT_LINE
            and all(_bare_reply(line, result) for line in lines[1:])
        )
    tokens = text.split()
    if not 1 <= len(tokens) <= 2 or not _value_alone(text.strip()):
        return False
    # digits alone after talk of something else may be anything's (a port, a gate code
    # the talk has left): letters with digits or signs, as a password is typed
    token = tokens[0]
    return (
        len(tokens) == 1
        and any(ch.isalpha() for ch in token)
        and any(ch.isdigit() or ch in words.STRONG_SYMBOLS for ch in token)
    )


_AT_TIME = re.compile(r"(?i)(?<![^\W\d_])(?:um|at|bis|ab|gegen|until|till|around|by)\s+\d")
_LATE_VALUE = re.compile(r"[^\W\d_]\S*[\d#$%&*+@^~!_]|[\d#$%&*+@^~_]\S*[^\W\d_]|\d{3}")
_NAMES_HANDLE = frozenset("handle name alias nick nickname spitzname".split())
#: A late value's message has at most this many words ("first unused one: 7391-2284").
_LATE_WORDS = 10


def _late_reply(text: str, result: RedactionResult) -> bool:
    """A short message that may give the value a line about a secret announced a few
    messages before ("Moment, ich such die TAN" ⏎ "Es geht um die Lastschrift" ⏎
    "gefunden: 558 213", "he says it's bluefinch_1987"): one line that masks nothing and
    asks nothing; the held line judges what it holds."""
    line = text.strip()
    return (
        not result.entities
        and bool(line)
        and "\n" not in line
        # words lead in: a value that opens the message and goes on ("Nordlicht55 was the
        # old one" after a remark on something else) is talk of it, and one alone is a
        # bare reply's to judge
        and _LATE_VALUE.search(line.split()[0]) is None
        and not line.endswith("?")
        and len(line.split()) <= _LATE_WORDS
        # something shaped like a value: a word with a digit or a sign, or three digits
        # and more ("merci", "the step fails", "alle 90 Tage" give none)
        and _LATE_VALUE.search(line) is not None
        # "aber der Code RABATT15 für Bestellung 77120", "run id run_7Gk2P", "it's
        # jamie2k-rocks (workspace handle)": it names what it gives
        and not resend.names_other(line)
        # "ok: ich komme um 1430": a time
        and _AT_TIME.search(line) is None
        and not any(
            _REFERENCE_WORD.fullmatch(w := words.trim(t).lower()) or w in _NAMES_HANDLE
            for t in line.split()
        )
    )


#: A few words and a colon before a late value ("first unused one:", "also das ist es:").
_COLON_LEAD = re.compile(r"(?P<lead>[^:\n]{1,40}):[ \t]+(?=\S)")
_COLON_LEAD_MAX = 4


def _after_colon(
    redactor: Redactor, text: str, topic: str, own: RedactionResult
) -> tuple[RedactionResult, bool]:
    """``text`` after a lead of a few words and a colon, read as the continuation of
    ``topic``; ``own`` and False when it has no such lead or the topic takes nothing."""
    lead = _COLON_LEAD.match(text)
    if lead is None or len(lead["lead"].split()) > _COLON_LEAD_MAX:
        return own, False
    at = lead.end()
    found, carried = continue_from(redactor, text[at:], topic)
    if not carried:
        return own, False
    new = [replace(e, start=e.start + at, end=e.end + at) for e in found.entities]
    entities = masking.merge(own.entities + new)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


def _cells(line: str) -> int:
    """How many column separators a table's line holds (pipes, else tabs)."""
    return line.count("|") or line.count("\t")


#: A column's name in a table's header has fewer words than this ("Passwort (neu)").
_HEAD_WORDS = 3
#: A table's rule beneath its header ("|---|---|", "-----+-----").
_TABLE_RULE = re.compile(r"[\s|:+=-]+")


def _table_head(lines: list[str]) -> str:
    """The header of a table ``lines`` end on when it names a secret's column (a line of at
    least two separators, rows beneath it as many), else ""."""
    for i, line in enumerate(lines):
        cells = _cells(line)
        if cells < 2 or _TABLE_RULE.fullmatch(line):
            continue
        # a header is words, no value: "| system | user | password |", "Dienst | Kennwort"
        sep = "|" if "|" in line else "\t"
        names = [cell.strip() for cell in line.split(sep) if cell.strip()]
        if (
            not any(ch.isdigit() or ch == "@" for ch in line)
            and all(_cells(row) == cells for row in lines[i + 1 :])
            and all(len(name.split()) <= _HEAD_WORDS for name in names)
            and any(len(name.split()) < _HEAD_WORDS and _speaks_of_secrets(name) for name in names)
        ):
            return line
        return ""
    return ""


#: A card's word ("Maestro-Karte:", "card"), to which a number alone may belong.
#: (also compounded with its number: "kartennr", "Kreditkartennummer", "cardno")
_CARD_WORDS = re.compile(
    rf"(?i){CARD_WORD_LITERALS}(?:n?-?(?:nummer|number|nr|no|num)\.?)?(?![^\W\d_])"
)
#: A message that gives a card's details after it is short ("— 07/27 — 914", "code 448").
_CARD_DETAIL_WORDS = 8
#: What a card's expiry or check digits hold: a month and year ("07/27", "Dec 2026"), or a
#: number of three or four digits alone.
_CARD_DETAIL_HINT = re.compile(
    r"(?<![\d/.,])(?:\d{3,4}|\d{1,2}\s*[/.\-]\s*\d{2,4})(?![\d/.,]\d)"
    # a code typed a digit at a time ("Code 5 7 2")
    r"|(?<!\S)\d(?: \d){2,3}(?!\S)"
    r"|(?i:jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\w*\.?\s*\d{2,4}"
)
_SENTENCE_END = re.compile(r"(?:[.!?]+|…)\s+(?=\S)")


def _last_sentence(text: str) -> int | None:
    """Where the last sentence of a longer one-line message starts, when it is short and
    may hold a card's details ("… yes its right. expiry 10/30"); None otherwise."""
    if "\n" in text.strip() or len(text.split()) <= _CARD_DETAIL_WORDS:
        return None
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    at = ends[-1].end()
    tail = text[at:]
    if len(tail.split()) > _CARD_DETAIL_WORDS or not _CARD_DETAIL_HINT.search(tail):
        return None
    return at


#: A card number that stands in for the one given a message or two before, so that the
#: card rules judge what follows it as they would beside that card.
_CARD_STAND_IN = "4111 1111 1111 1111"


def _card_named(line: str, text: str) -> bool:
    """Does ``line`` name a card and ``text`` give only digits ("Maestro-Karte:" ⏎ "6304
    1223 2286": a 12-digit Maestro counts only with its word)?"""
    return _DIGIT_PIECE.fullmatch(text.strip()) is not None and _CARD_WORDS.search(line) is not None


def _card_details(
    redactor: Redactor, text: str, own: RedactionResult, at: int = 0
) -> RedactionResult:
    """A message a message or two after a card number, read as if it followed that card:
    its expiry and check digits as the card rules find them beside a card ("— 07/27 —
    914", "exp 06/31", "code 448"); a date with a day, an order number stay. ``at``: where
    the details start (after the card's last piece in the message)."""
    # the detail behind words that correct or lead to it ("no wait 08/27", "sorry, 09/28")
    skip = at or _after_openers(text, _CORRECTING | _FILLERS)
    offset = len(_CARD_STAND_IN) + 1 - skip
    new = []
    for e in redactor.analyze(f"{_CARD_STAND_IN} {text[skip:]}"):
        start, end = e.start - offset, e.end - offset
        if start < 0 or e.type not in (CARD_CVC, CARD_EXPIRY):
            continue
        if any(o.start < end and start < o.end for o in own.entities):
            continue
        if e.type == CARD_EXPIRY and _in_full_date(text, start, end):
            continue
        new.append(replace(e, start=start, end=end))
    new += _form_fields(redactor, text, [*own.entities, *new])
    if not new:
        return own
    entities = masking.merge(own.entities + new)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


#: A message that is a card's expiry (a month and a year to come) and its check digits.
_DETAILS_ALONE = re.compile(
    r"\s*(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?[2-3]\d\s*(?:,|&|\+|\band\b|\bund\b)?\s*\d{3,4}\s*[.!]?\s*"
)


#: A card form's field copied as a line: its label, the kind in brackets ("Field 3 (exp):
#: 0127", "Feld 4 (CVV): 662") or a month's and a year's label ("Exp. month: 07").
_FORM_FIELD = re.compile(
    r"(?im)^[ \t]*(?P<label>[^\W\d_][^:\n()]{0,30}?)[ \t]*(?:\((?P<kind>[^()\n]{2,16})\)[ \t]*)?"
    r":[ \t]*(?P<v>[0-9][0-9/.\- ]{0,9}?)[ \t]*$"
)
_MONTH_FIELD = re.compile(r"(?i)(?:^|[\s.])(?:month|monat|mm)$")
_YEAR_FIELD = re.compile(r"(?i)(?:^|[\s.])(?:year|jahr|yy|yyyy|jj|jjjj)$")
_EXPIRY_FIELD = re.compile(r"(?i)(?<![^\W\d_])(?:exp|expiry|expiration|valid|gültig|ablauf)")


def _form_fields(redactor: Redactor, text: str, taken: list[Entity]) -> list[Entity]:
    """A card form's fields after its number, one a line: the field's kind in brackets read
    as its label ("Field 3 (exp): 0127" as "exp: 0127"), and an expiry's month and year in
    fields of their own ("Exp. month: 07" ⏎ "Exp. year: 2028")."""
    if ":" not in text:
        return []
    found: list[Entity] = []
    month = year = None
    for m in _FORM_FIELD.finditer(text):
        start, end = m.span("v")
        if any(o.start < end and start < o.end for o in taken):
            continue
        label = m["label"].strip()
        if _EXPIRY_FIELD.search(label) and m["v"].isdigit():
            if _MONTH_FIELD.search(label) and 1 <= int(m["v"]) <= 12 and len(m["v"]) <= 2:
                month = Entity(CARD_EXPIRY, start, end, 0.6, "continuation")
            elif _YEAR_FIELD.search(label) and len(m["v"]) in (2, 4):
                year = Entity(CARD_EXPIRY, start, end, 0.6, "continuation")
            continue
        if m["kind"] is None:
            continue
        probe = f"{_CARD_STAND_IN} {m['kind']}: "
        for e in redactor.analyze(probe + m["v"]):
            if e.type in (CARD_CVC, CARD_EXPIRY) and e.start >= len(probe):
                shift = start - len(probe)
                found.append(replace(e, start=e.start + shift, end=e.end + shift))
    if month is not None and year is not None:
        found += [month, year]
    return found


#: A piece's digits: groups apart by spaces, dots or dashes, or printed groups of four
#: apart by slashes ("4622/4246" ⏎ "0551/0181": a keyboard's slash for a space).
_PIECE_DIGITS = r"(?P<d>[0-9]+(?:[ .\-][0-9]+)*|[0-9]{4}(?:/[0-9]{4})+)"
#: A message that is only digits in groups (a piece of a card number typed in parts).
_DIGIT_PIECE = re.compile(_PIECE_DIGITS)
#: Such a piece behind words that only order the pieces ("second half 1825 0347", "Rest:").
_PIECE_WORDS = (
    r"first|second|third|last|next|then|and|rest|half|part|end|erste|zweite|dritte|letzte"
    r"|dann|und|rest|hälfte|teil|ende|danach"
)
_NAMED_PIECE = re.compile(
    rf"(?i)(?:(?:{_PIECE_WORDS})\s+){{0,2}}(?:{_PIECE_WORDS})\s*:?\s*{_PIECE_DIGITS}"
)
#: An amount with its cents after a point or a comma ("22.31", "1.299,00"): no card's piece,
#: whose groups are never cut to two digits at the end (round 40).
_AMOUNT_PIECE = re.compile(r"[0-9]{1,5}(?:\.[0-9]{3})*[.,][0-9]{2}")
#: The pieces before the last hold at most this many digits (a card has at most 19).
_CARD_HEAD_MAX = 15
#: Brands a card's piece may follow besides the card words ("discover 6011 2034").
_MORE_BRANDS = r"(?:discover|diners(?:\s+club)?|jcb|union\s*pay|american\s+express)"
#: A piece announced by a card's word right before it: "card number 4398 2597", "Karte
#: 4864 5428", "meine Kreditkartennr.: 4103 6641" (not "Kundenkarte": the word stands alone).
_CARD_PIECE = re.compile(
    rf"(?i)(?:[^\W\d_]+\s+){{0,2}}(?<![^\s-])(?:{CARD_WORD_LITERALS}|{_MORE_BRANDS})(?:n|s)?"
    rf"(?:[ -]?(?:number|nummer|nr|no)\.?)?\s*[:#-]?\s*{_PIECE_DIGITS}"
)
#: An announced first piece holds at least this many digits (not "card ending 4417").
_CARD_HEAD_MIN = 6
#: A card's group of digits as printed.
_GROUP = 4


def _card_head(digits: str) -> bool:
    """Could ``digits`` be the first piece of a card number: a real issuer's prefix, at
    least six digits, fewer than the brand's length?"""
    lengths = brand_lengths(digits)
    return len(digits) >= _CARD_HEAD_MIN and bool(lengths) and len(digits) < max(lengths)


#: What masked a card's piece known by its shape alone.
_HALF = "continuation-half"


def _as_half(masked: RedactionResult) -> RedactionResult:
    """``masked`` (one card piece) marked as known by its shape alone."""
    entities = [replace(e, recognizer=_HALF) for e in masked.entities]
    return RedactionResult(masked.text, entities)


#: The least digits of a first piece that needs no card's word to be one.
_PRINTED_HEAD_MIN = 8


def _bare_grouped(piece: re.Match[str], cue: str) -> bool:
    """Is ``piece`` digits alone in a card's printed groups, after a ``cue`` that names no
    number of another kind ("order number in parts" ⏎ "4532") and ends on no digit?"""
    return piece.re is _DIGIT_PIECE and _grouped_after(piece.group("d"), cue)


def _grouped_after(digits: str, cue: str) -> bool:
    """Are ``digits`` (as typed) a card's first printed groups, after a ``cue`` that names
    no number of another kind and ends on no digit?"""
    return (
        card_pieces.in_printed_groups("", digits)
        # (not the rest of a number the line before ended on: "Rückrufnummer 0151" ⏎ "2384")
        and not cue.rstrip()[-1:].isdigit()
        and not card_pieces.names_other_number(cue)
        # (nor a card's part the line before named: "the last four" ⏎ "4421")
        and not card_pieces.names_part(cue)
    )


def _printed_head(piece: str, cue: str) -> bool:
    """Is ``piece`` (a message of digits) a card's first half grouped as the card prints
    it ("5418 8478", "3782 822463"): two groups, of four, or four and six for the brands
    printed so (American Express, Diners), starting a real issuer's
    number and shorter than its brand's? Not after a line that names a number of another
    kind or ends on digits that this piece goes on from ("Handy +49 151" ⏎ "2345 6789")."""
    groups = re.split(r"[ .\-]", piece)
    digits = "".join(groups)
    lengths = brand_lengths(digits)
    if len(groups) != 2 or len(digits) < _PRINTED_HEAD_MIN or not lengths:
        return False
    # printed 4-4, or 4-6 for American Express and Diners (4-6-5, 4-6-4)
    if len(digits) >= max(lengths) or not card_pieces.in_printed_groups("", piece):
        return False
    cue = cue.rstrip()
    return not cue[-1:].isdigit() and OTHER_NUMBER.search(cue) is None


def _pause(text: str, result: RedactionResult) -> bool:
    """A message between two pieces of a card that gives nothing: a few words without a
    digit and nothing masked ("sorry", "moment muss die karte umdrehen")."""
    return (
        not result.entities
        and len(text.split()) <= _PAUSE_WORDS
        and not any(ch.isdigit() for ch in text)
    )


_PAUSE_WORDS = 6


#: What a message that only makes the reader wait is made of ("hang on", "one sec").
_WAITING = _INTERJECTIONS | frozenset(
    "on a just minute min mal moment thanks thx danke pls please bitte augenblick "
    "momentchen sekündchen hold".split()
)
#: A hesitation however it is spelt ("ähm", "öhm", "uhhh", "umm", "erm", "hmm").
_HESITATION = re.compile(r"(?i)ä+h+m*|ö+h+m*|e+h+m+|u+h+m*|u+m+|e+r+m+|h+m+|m+h+m*")
#: A user name given as a mail address, alone in its message.
_ADDRESS = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")
#: A short question whether to give the thing the cue named ("send it?", "need it?").
_ASKS_TO_GIVE = (
    _WAITING
    | words.FUNCTION_WORDS
    | frozenset(
        "send give paste type post share need want tell do you "
        "schicken senden schreiben geben schick brauchst braucht brauchen wollt willst "
        "wollen sollen ihr".split()
    )
)
#: At most this many short messages join a cue, each of at most this many words.
_MAX_JOINED = 2
_JOINED_WORDS = 4


#: Nouns for a secret that a sender may split over two messages ("pass" ⏎ "word").
_SECRET_NOUNS = frozenset(
    "password passwort passwd kennwort passphrase passcode zugangsdaten geheimzahl".split()
)


def _only_waiting(text: str) -> bool:
    """A message that only makes the reader wait ("ähm", "one sec", "moment"): no value,
    whatever the cue before it ("mein Kennwort lautet" ⏎ "öhm" ⏎ the value)."""
    tokens = text.split()
    return 0 < len(tokens) <= 3 and all(
        words.trim(t).lower() in _WAITING or _HESITATION.fullmatch(words.trim(t)) for t in tokens
    )


def _joined(cue: str, line: str) -> str | None:
    """The cue a short message that gives nothing leaves: the cue itself after a word that
    only makes the reader wait ("here", "hang on", "ok whatever"); the two joined when the
    message leads into a value ("ist", "new one is", "Es heißt", "Nur falls doch:"), or
    glued when it finishes the cue's last word into a noun for a secret ("pass" ⏎ "word");
    None when the message says something of its own."""
    tokens = line.split()
    if not tokens or len(tokens) > _JOINED_WORDS:
        return None
    if "?" in line:
        # "send it?", "soll ich ihn schicken?": asks whether to give it, names nothing
        if all(words.trim(t).lower() in _ASKS_TO_GIVE for t in tokens):
            return cue
        return None
    if (cue.rpartition(" ")[2] + tokens[0]).lower() in _SECRET_NOUNS:
        return cue + line
    if line.endswith(":") or words.trim(tokens[-1]).lower() in _COPULAS:
        return f"{cue} {line}"
    if len(tokens) == 1 and _ADDRESS.fullmatch(words.trim(line)):
        return f"{cue} {line}"  # "login" ⏎ "k.muster@web.de" ⏎ its password
    if _only_waiting(line):
        return cue
    return None


#: An aside between a code's cue and its value has at most this many words.
_ASIDE_WORDS = 5


def _aside(cue: str, text: str) -> str | None:
    """The cue of a code kept across a short aside without a digit ("the door code is" ⏎
    "sorry got interrupted" ⏎ "*7713", "Der Bestätigungscode war" ⏎ "wo ist er denn" ⏎
    "ah: 60 44 12") or a question where it came from ("from the email?"): a code's value
    is still to come."""
    line = text.strip()
    if (
        not line
        or "\n" in line
        or len(line.split()) > _ASIDE_WORDS
        or any(ch.isdigit() for ch in line)
        or not _names_one_time_code(cue)
    ):
        return None
    if "?" in line and words.trim(line.split()[0]).lower() not in _PREPOSITIONS:
        return None  # "is the portal down?": a question with a thing of its own ends the cue
    return cue


def _corrects(text: str, before: RedactionResult, after: RedactionResult) -> bool:
    """Is what the cue of a password given in one message added to ``text`` shaped like
    a password rather than a name and version ("Sonnenuhr42!", not "Python3.12")?"""
    added = [e for e in after.entities if e not in before.entities]
    return bool(added) and all(
        words.secret_shape(text[e.start : e.end]) != words.NOT_SECRET
        and not words.is_product(text[e.start : e.end])
        for e in added
    )


def _given(text: str, result: RedactionResult) -> str:
    """The shape of the last password a one-line message gave ("4471": "d4"), or for a
    security question's answer of words, "answer"; "" when it gave none."""
    given = [e for e in result.entities if e.type == PASSWORD]
    if not given or "\n" in text.strip():
        return ""
    value = text[given[-1].start : given[-1].end]
    return _ANSWER if value.replace(" ", "").replace("-", "").isalpha() else _shape(value)


_ANSWER = "answer"


def _correction(
    text: str, own: RedactionResult, cue: str, given: str
) -> tuple[RedactionResult, bool]:
    """A message that corrects the password just given: words that say so ("ne sorry",
    "no wait,", "oops") and a value of that password's shape ("4417" after "4471"), or
    for a security question's answer, another answer ("Bradford, sorry" after "Leeds")."""
    tokens = text.split()
    if not tokens:
        return own, False
    lead = _item_lead(text)
    line_end = len(text) if "\n" not in text else text.index("\n")
    if words.trim(tokens[0]).lower() not in _CORRECTING:
        # "oh it changed, now 093118", "jetzt steht da 551023": a new value of the shape
        # just given, after words saying that it changed
        return _changed(text, own, lead, line_end, given)
    corrected = _corrected(text, own, cue, given, lead, line_end)
    return corrected if corrected[1] else _changed(text, own, lead, line_end, given)


def _corrected(
    text: str, own: RedactionResult, cue: str, given: str, lead: int, line_end: int
) -> tuple[RedactionResult, bool]:
    if given == _ANSWER:
        if not _ASKS_ANSWER.search(cue):
            return own, False
        span = _answer(text, lead, line_end, cue, correcting=True)
    else:
        found = [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, lead, line_end)]
        i = 0
        while i < min(len(found), _MAX_FILLERS) and (
            words.trim(found[i][2]).lower() in _CORRECTING | _FILLERS
        ):
            i += 1
        if i == 0 or i == len(found):
            return own, False
        start, _, token = found[i]
        value = token.rstrip(_CLOSERS + ",;:").lstrip(_OPENERS)
        start += len(token) - len(token.lstrip(_OPENERS))
        rest = text[start:line_end].rstrip(_CLOSERS)
        if _shape(value) != given and " " in rest and _shape(rest) == given:
            # "sorry 5 5 9 1" after "5 5 1 9", "ach quatsch, 55 09 21": the value in groups
            value, found = rest, found[: i + 1]
        if len(value) < 3 or _shape(value) != given:
            return own, False
        if i + 1 < len(found) and _YEAR.fullmatch(value):
            return own, False  # a year in a sentence: "sorry 2023 was when I set it"
        if i + 1 < len(found) and not (token[-1:] in ",;" or _remark_word(found[i + 1][2])):
            return own, False
        span = (start, start + len(value))
    if span is None:
        return own, False
    entity = Entity(PASSWORD, *span, 0.6, "continuation")
    entities = masking.merge([*own.entities, entity])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


#: Words saying that a value just given has changed or been replaced ("it changed, now",
#: "neuer Code", "expired, new one").
_CHANGED = frozenset(
    "changed change changes new newer now again expired refreshed renewed another next "
    "geändert ändert neu neue neuer neues jetzt nun nochmal wieder abgelaufen anderer andere "
    "nächste".split()
)
_CHANGED_WORDS = 6


def _same_shape(value: str, given: str) -> bool:
    """``value`` has the shape ``given`` (``_shape``), or both are digits alone as many,
    grouped or not ("093118" after "771 204")."""
    shape = _shape(value)
    if shape == given:
        return True
    groups = re.findall(r"d(\d+)", given)
    return (
        bool(groups)
        and re.fullmatch(r"(?:d\d+[ \-]?)+", given) is not None
        and re.fullmatch(r"\d+(?:[ \-]\d+)*", value) is not None
        and sum(ch.isdigit() for ch in value) == sum(int(g) for g in groups)
    )


def _changed(
    text: str, own: RedactionResult, lead: int, line_end: int, given: str
) -> tuple[RedactionResult, bool]:
    """A short line saying the value just given changed, with one value of its shape and
    nothing else with a digit: "oh it changed, now 093118" after "… shows 771 204"."""
    if given == _ANSWER or own.entities:
        return own, False
    line = text[lead:line_end]
    tokens = [words.trim(t).lower() for t in line.split() if not any(c.isdigit() for c in t)]
    if len(tokens) > _CHANGED_WORDS or not any(t in _CHANGED for t in tokens):
        return own, False
    if any(_REFERENCE_WORD.search(t) for t in tokens if t.isalpha()):
        return own, False  # "the new order is 552 019": a number of another kind
    values = list(re.finditer(r"[^\s,;:()\"'`]*\d[^\s,;:()\"'`]*(?:[ \-]\d+)*", line))
    if len(values) != 1:
        return own, False
    value = values[0][0].rstrip(_CLOSERS)
    if len(value) < 3 or not _same_shape(value, given) or _YEAR.fullmatch(value):
        return own, False
    start = lead + values[0].start()
    entity = Entity(PASSWORD, start, start + len(value), 0.6, "continuation")
    entities = masking.merge([*own.entities, entity])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


#: Where a part goes that a message adds to the password just given ("dahinter", "at the
#: end", "vorne dran").
_POSITION = re.compile(
    r"(?i)(?<![^\W\d_])(?:dahinter|davor|hintendran|(?:hinten|vorne?)(?:\s*dran)?|dran"
    r"|am\s+(?:ende|schluss|anfang)|at\s+the\s+(?:end|start|beginning|front)|in\s+front"
    r"|(?:after|before|behind)\s+it|on\s+the\s+end)(?![^\W\d_])"
)
#: Words that add a part ("und dann noch", "plus", "with").
_ADDING = frozenset("plus noch add added append dazu with mit then dann".split())
_APPENDED_WORDS = 8


def _appended(text: str, own: RedactionResult) -> tuple[RedactionResult, bool]:
    """A message that adds a part to the password just given, saying where it goes: "und
    dann noch 2023 dahinter", "plus !! at the end". The part is no word (digits or signs)
    and every other word only adds or places it."""
    if "\n" in text.strip() or len(text.split()) > _APPENDED_WORDS:
        return own, False
    place = _POSITION.search(text)
    if place is None:
        return own, False
    values = []
    for m in _TOKEN.finditer(text):
        if place.start() <= m.start() < place.end():
            continue
        core = words.trim(m[0]).lower()
        if core and core.isalpha():
            if core not in words.FUNCTION_WORDS and core not in _ADDING | _INTERJECTIONS:
                return own, False
            continue
        values.append(m)
    if len(values) != 1:
        return own, False
    token = values[0][0]
    value = token.strip(_QUOTES + ",;.") or token
    if any(ch.isalpha() for ch in value):
        return own, False
    start = values[0].start() + token.index(value)
    entity = Entity(PASSWORD, start, start + len(value), 0.6, "continuation")
    entities = masking.merge([*own.entities, entity])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


def _names_nothing(text: str, result: RedactionResult) -> bool:
    """A short message of only function, state and waiting words, with no digit, no
    question and nothing masked ("nvm it changed", "sorry wrong one"): it names no thing
    a value after it could belong to."""
    tokens = [words.trim(t).lower() for t in text.split()]
    return (
        0 < len(tokens) <= _JOINED_WORDS
        and not result.entities
        and "?" not in text
        and not any(ch.isdigit() for ch in text)
        and all(t in _REPLIES or t in _WAITING for t in tokens)
    )


def _listed(text: str, result: RedactionResult) -> tuple[str, str] | None:
    """The type and shape of the value a message gave as its whole first line."""
    first = text.split("\n", 1)[0]
    value = first[_item_lead(first) :].strip(_OPENERS + _CLOSERS)
    for e in result.entities:
        if text[e.start : e.end] == value:
            return e.type, _shape(value)
    return None


def _next_in_list(
    text: str, own: RedactionResult, etype: str, shape: str
) -> tuple[RedactionResult, bool]:
    """A message whose whole first line has the shape of the value the one before gave
    ("76gq-mcpw" after "4e7q-xrft" after "my backup codes"): the list's next item."""
    lead = _item_lead(text)
    first = text[lead:].split("\n", 1)[0]
    value = first.rstrip(_CLOSERS)
    if len(value) < 4 or _shape(value) != shape:
        return own, False
    if any(o.start <= lead and lead + len(value) <= o.end for o in own.entities):
        return own, False
    item = Entity(etype, lead, lead + len(value), 0.6, "continuation")
    entities = masking.merge([*own.entities, item])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


def _list_lines(text: str, own: RedactionResult) -> RedactionResult:
    """The lines of a message that have the shape of one of its lines found whole (a list
    of codes whose first the rules read as none): the list's other items."""
    at = 0
    for line in text.split("\n"):
        lead = at + _item_lead(line)
        value = line[_item_lead(line) :].rstrip(_CLOSERS)
        at += len(line) + 1
        for e in own.entities:
            if e.start == lead and e.end == lead + len(value) and len(value) >= 4:
                return _all_lines(text, own, e.type, _shape(value))
    return own


def _all_lines(text: str, own: RedactionResult, etype: str, shape: str) -> RedactionResult:
    first_end = text.find("\n")
    first = text[:first_end]
    lead = _item_lead(first)
    value = first[lead:].rstrip(_CLOSERS)
    extra = []
    if len(value) >= 4 and _shape(value) == shape:
        if not any(o.start <= lead and lead + len(value) <= o.end for o in own.entities):
            extra.append(Entity(etype, lead, lead + len(value), 0.6, "continuation"))
    result = _rest_of_list(text, own, etype, shape)
    if not extra:
        return result
    entities = masking.merge([*result.entities, *extra])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


def _rest_of_list(text: str, own: RedactionResult, etype: str, shape: str) -> RedactionResult:
    """The lines after a message's first that have its first line's shape: the same list
    sent in one message ("4821-7730" ⏎ "1190-5526" after "my backup codes")."""
    items = []
    at = text.find("\n") + 1
    for line in text[at:].split("\n"):
        lead = at + _item_lead(line)
        value = line[_item_lead(line) :].strip(_OPENERS).rstrip(_CLOSERS)
        at += len(line) + 1
        if len(value) < 4 or _shape(value) != shape:
            continue
        if not any(o.start <= lead and lead + len(value) <= o.end for o in own.entities):
            items.append(Entity(etype, lead, lead + len(value), 0.6, "continuation"))
    if not items:
        return own
    entities = masking.merge([*own.entities, *items])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


#: A message of at most this many words may give a value that is typed again later.
_TYPED_WORDS = 8
#: A retyped value differs from the first in at most this many characters.
_RETYPED_EDITS = 2
_RETYPED_MIN = 5


class _Typed:
    """A short message (raw), its redaction, and the value it gave: a password it masked
    (``masked``), or its one token shaped like a password that nothing masked."""

    __slots__ = ("masked", "result", "text", "value")

    def __init__(self, text: str, result: RedactionResult, value: str, masked: bool) -> None:
        self.text, self.result, self.value, self.masked = text, result, value, masked


def _records_kept(text: str, result: RedactionResult) -> RedactionResult:
    """``result`` without the passwords and credentials whose format says which record
    they are (``field_reading.record_format``: "my password is" ⏎ "+49 151 7712098", "the
    tracking" ⏎ "1Z999AA1…"): a cue messages before does not make them a password."""
    kept = [
        e
        for e in result.entities
        if e.type not in (PASSWORD, CREDENTIAL) or not record_format(text[e.start : e.end])
    ]
    if len(kept) == len(result.entities):
        return result
    return RedactionResult(_seal(masking.Masked(text, kept).text), kept)


def _typed(text: str, result: RedactionResult) -> _Typed | None:
    """What a later message may type again of ``text``: its one masked password, or its
    one unmasked token shaped like a password; None for a long message or none."""
    line = text.strip()
    if not line or "\n" in line or len(line.split()) > _TYPED_WORDS:
        return None
    given = [e for e in result.entities if e.type == PASSWORD]
    if len(given) == 1 and len(result.entities) == 1:
        value = text[given[0].start : given[0].end]
        # a PIN of four is kept too: typed again, it is the same secret ("the 4418 is old")
        return _Typed(text, result, value, True) if len(value) >= _ECHO_MIN else None
    if result.entities:
        return None
    shaped = [c for t in line.split() if (c := _typed_core(t)) and _mixed(c)]
    return _Typed(text, result, shaped[0], False) if len(shaped) == 1 else None


def _typed_core(token: str) -> str:
    """A token without the quotes and marks around it, and a leading "*" (a correction)."""
    return token.lstrip(_OPENERS + "*").rstrip(_CLOSERS.replace("!", "").replace("?", ""))


def _mixed(core: str) -> bool:
    """Upper and lower case with a digit or a sign: "Mondschein77", "Pebble!Beach5"; not a
    user name, an address, a product or a reference."""
    return (
        len(core) >= 6
        and any(ch.isupper() for ch in core)
        and any(ch.islower() for ch in core)
        and any(ch.isdigit() or ch in words.STRONG_SYMBOLS for ch in core)
        and "@" not in core
        and "/" not in core
        and not words.is_product(core)
        and words.likeness(core) >= words.PLAIN
    )


def _joined_parts(core: str) -> bool:
    """Shaped beyond a word and a number: parts joined by a sign, an inner capital, or a
    digit with a sign ("Harbor_Lights4", "Cobalt.Rain7", "Mondschein77!"; not "Gate12")."""
    has_sign = any(not ch.isalnum() for ch in core)
    inner_upper = any(ch.isupper() for ch in core[1:])
    return (has_sign and any(ch.isdigit() for ch in core)) or (
        inner_upper and (has_sign or any(ch.isdigit() for ch in core))
    )


def _near(a: str, b: str) -> bool:
    """``words.retyped`` with at most ``_RETYPED_EDITS`` changes: a correction of one value."""
    return words.retyped(a, b, _RETYPED_EDITS)


#: What a value of words may gain when typed again: " 88", " 7!", "!".
_ADDED_PART = re.compile(r" [^\s\w]*\d[\d\W]*(?=[\s.,;]|$)|[^\w\s]+(?=\s|$)")


def _retypings(
    text: str, typed: _Typed, taken: list[Entity], right_before: bool = True
) -> list[tuple[int, int]]:
    """The spans in ``text`` that type ``typed``'s value again with a small change
    (``right_before``: ``typed`` is the message right before this one)."""
    found = _echoes(text, typed) if typed.masked else []
    if typed.masked and _GROUPED_DIGITS.fullmatch(typed.value):
        # a code or PIN typed anew with a digit or two changed, said to be a correction:
        # "mTAN: 552 913" ⏎ "nee, vertippt: 552 931", "gate code 1 9 7 3" ⏎ "no wait it's 1937"
        cores = [words.trim(t).lower() for t in text.split()]
        if not any(len(c) > 2 and c.isalpha() and _REFERENCE_WORD.search(c) for c in cores):
            correcting = _says_correcting(text)
            digits = re.sub(r"\D", "", typed.value)
            for m in _GROUPED_DIGITS_IN.finditer(text):
                other = re.sub(r"\D", "", m[0])
                if len(other) != len(digits) or len(digits) < _CODE_DIGITS_MIN:
                    continue
                if correcting and _digit_edits(other, digits):
                    found.append(m.span())
                elif (
                    right_before  # not across a message naming another number ("order")
                    and _grouped_alike(m[0], typed.value)
                    and not _YEAR_ALONE.fullmatch(m[0])
                ):
                    # the code's other candidate in its very shape: "pin might be 1379" ⏎
                    # "or 1397", "jetzt zeigt sie 902 117" ⏎ "und jetzt 338 450"
                    found.append(m.span())
    elif " " in typed.value:
        # a value of words typed again with a part after it: "Blaue Stunde" ⏎ "Blaue Stunde 88"
        at = text.find(typed.value)
        if typed.masked and at >= 0:
            tail = _ADDED_PART.match(text, at + len(typed.value))
            end = at + len(typed.value) + (len(tail[0].rstrip(".,;")) if tail else 0)
            found.append((at, end))
        elif typed.masked and len(typed.value) >= _PHRASE_RETYPED_MIN:
            found.extend(_phrase_retyped(text, typed.value))
    else:
        changes = _named_changes(text)
        for m in _TOKEN.finditer(text):
            core = _typed_core(m[0])
            if changes and _changed_as_named(typed.value, core, changes) and _mixed(core):
                # "the 7 should be a 1 -> Sonnenschein1": the message names the very
                # characters its value changes, whatever the value's shape
                start = m.start() + m[0].index(core)
                found.append((start, start + len(core)))
                continue
            if len(core) < _RETYPED_MIN or not _near(core, typed.value):
                continue
            if not typed.masked and not (
                _mixed(core) and (_joined_parts(core) or _joined_parts(typed.value))
            ):
                continue
            start = m.start() + m[0].index(core)
            found.append((start, start + len(core)))
    return [
        (start, end)
        for start, end in found
        if not any(e.start < end and start < e.end for e in taken)
    ]


#: An echo is at least this long (squashed), and adds at most this much to its password.
_ECHO_MIN = 4
_ECHO_ADDED = 8


def _squashed(value: str) -> str:
    """A value as a phone's autocorrect may have spelt it: no case, no spaces or signs
    ("Wonder Land 3" and "wonderland3" are one)."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


#: A passphrase typed again with a slip is at least this long ("purple monkey dishwasher").
_PHRASE_RETYPED_MIN = 10
_WORD_SPAN = re.compile(r"\S+")


def _phrase_retyped(text: str, value: str) -> list[tuple[int, int]]:
    """The run of as many words in ``text`` as the masked passphrase ``value`` has, that
    types it again with a slip or a word changed by a letter or two ("purple monkey
    dishwasher" ⏎ "the manager says its purple monkeys dishwasher"): the first and last
    words as in the value, at most ``_RETYPED_EDITS`` characters apart in all."""
    parts = value.lower().split()
    n, first, last = len(parts), parts[0], parts[-1]
    tokens = list(_WORD_SPAN.finditer(text))
    found: list[tuple[int, int]] = []
    for i in range(len(tokens) - n + 1):
        head = _typed_core(tokens[i][0]).lower()
        if head != first and not words.retyped(head, first, 1):
            continue
        window = tokens[i : i + n]
        tail = _typed_core(window[-1][0]).lower()
        if tail != last and not words.retyped(tail, last, 1):
            continue
        start = window[0].start() + window[0][0].index(_typed_core(window[0][0]) or window[0][0])
        core = _typed_core(window[-1][0])
        end = (
            window[-1].start() + window[-1][0].index(core) + len(core) if core else window[-1].end()
        )
        if start < end and _near(text[start:end], value):
            found.append((start, end))
    return found


def _echoes(text: str, typed: _Typed) -> list[tuple[int, int]]:
    """The tokens of ``text`` that give a password masked a few messages before once more:
    the same ("alarm code 4418" ⏎ "4481*" ⏎ "the 4418 is the old one"), spelt without the
    spaces and capitals autocorrect put in ("Passwort: Wonder Land 3" ⏎ "sorry autokorrektur"
    ⏎ "wonderland3"), or with its rest added ("password Gr33n" ⏎ "Gr33nT3a! is the full
    one"). A value said once as a secret stays one whatever its shape."""
    value = typed.value
    squashed = _squashed(value)
    if len(squashed) < _ECHO_MIN or (value.isalpha() and len(value) < _RETYPED_MIN + 1):
        return []
    found = []
    for m in _TOKEN.finditer(text):
        core = _typed_core(m[0])
        if not core:
            continue
        same = core == value or (
            len(squashed) >= _RETYPED_MIN + 1 and " " in value and _squashed(core) == squashed
        )
        added = (
            not same
            and len(value) >= _RETYPED_MIN
            and core.startswith(value)
            and len(core) - len(value) <= _ECHO_ADDED
            and _mixed(core)
        )
        if same or added:
            start = m.start() + m[0].index(core)
            found.append((start, start + len(core)))
    return found


#: A message naming one character's correction: "the 7 should be a 1", "das 0 muss ein O
#: sein", "the O is actually a 0" (old, then new) …
_NAMED_CHANGE = re.compile(
    r"(?i)(?<!\S)[\"'`‚„“]?(?P<old>[^\s\"'`])[\"'`‘“”]?\s+(?:should\s+be|must\s+be|needs\s+to\s+be"
    r"|is\s+(?:actually|really|supposed\s+to\s+be)|is\s+an?|sollte|soll|muss"
    r"|ist\s+eigentlich|ist)"
    r"\s+(?:(?:a|an|ein|eine|einem|capital|lowercase|small|großes?|kleines?)\s+)*"
    r"[\"'`‚„“]?(?P<new>[^\s\"'`])[\"'`‘“”]?(?![^\s.,;:!?)])"
)
#: … or new, then old: "a 1 instead of the 7", "ein O statt der 0".
_NAMED_CHANGE_BACK = re.compile(
    r"(?i)(?<!\S)[\"'`‚„“]?(?P<new>[^\s\"'`])[\"'`‘“”]?\s+(?:instead\s+of|rather\s+than|statt|anstatt"
    r"|anstelle)\s+(?:(?:a|an|the|ein|eine|einer|einem|der|dem|des)\s+)?"
    r"[\"'`‚„“]?(?P<old>[^\s\"'`])[\"'`‘“”]?(?![^\s.,;:!?)])"
)


def _named_changes(text: str) -> list[tuple[str, str]]:
    """The (old, new) characters a message says it corrects; none when it names none."""
    if not any(ch.isspace() for ch in text):
        return []
    return [
        (m["old"], m["new"])
        for pattern in (_NAMED_CHANGE, _NAMED_CHANGE_BACK)
        for m in pattern.finditer(text)
        if m["old"] != m["new"]
    ]


def _changed_as_named(before: str, after: str, changes: list[tuple[str, str]]) -> bool:
    """Is ``after`` ``before`` with some of one named character replaced by its new one,
    and nothing else changed ("Br0ken*Arrow5" → "Broken*Arrow5" for "0 should be an O")?"""
    if len(before) != len(after) or len(before) < _RETYPED_MIN or before == after:
        return False
    pairs = [(a.lower(), b.lower()) for a, b in zip(before, after, strict=True) if a != b]
    return any(all(a == old.lower() and b == new.lower() for a, b in pairs) for old, new in changes)


#: A value of digits alone, in groups or not ("552 913", "1 9 7 3", "4471").
_GROUPED_DIGITS = re.compile(r"\d+(?:[ \-]\d+)*")
_GROUPED_DIGITS_IN = re.compile(r"(?<![\w.,/:-])\d+(?:[ \-]\d+)*(?![\w/:-]|[.,]\d)")
_CODE_DIGITS_MIN = 4


def _says_correcting(text: str) -> bool:
    """Does ``text`` say it corrects a slip ("no wait", "nee, vertippt", "sorry typo")?"""
    return any(words.trim(t).lower() in _CORRECTING | _SLIPPED for t in text.split())


#: Words saying a value was mistyped ("vertippt", "typo'd", "verschrieben").
_SLIPPED = frozenset("vertippt verschrieben verwechselt typoed typo'd mistyped misstyped".split())


def _grouped_alike(a: str, b: str) -> bool:
    """Two values of digits grouped alike ("338 450" and "902 117", "4417" and "4471")."""
    return len(a) == len(b) and all(x.isdigit() == y.isdigit() for x, y in zip(a, b, strict=True))


def _digit_edits(a: str, b: str) -> bool:
    """Two digit strings of one length, the same or apart by one or two digits (a slip,
    two digits swapped)."""
    return sum(x != y for x, y in zip(a, b, strict=True)) <= _RETYPED_EDITS


def _mask_value(text: str, result: RedactionResult, value: str) -> RedactionResult | None:
    """``text`` with every ``value`` in it masked as a password."""
    spans = [
        Entity(PASSWORD, m.start(), m.end(), 0.6, "continuation")
        for m in re.finditer(re.escape(value), text)
    ]
    if not spans:
        return None
    entities = masking.merge([*result.entities, *spans])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


#: A correction of a secret's end or start, and the part typed anew: "the last 4 were
#: wrong: 7577", "sorry, the first 3 digits should be 518", "die letzten 4 Zeichen sind
#: falsch: h1Rq", "die letzten vier Ziffern richtig: 0473".
_ENDS_CORRECTED = re.compile(
    r"(?i)(?<![^\W\d_])(?:last|first|final|letzten|ersten|hinteren|vorderen)\s+"
    r"(?P<n>\d|two|three|four|five|six|zwei|drei|vier|fünf|sechs)"
    r"(?:\s+(?:digits?|chars?|characters?|letters?|numbers?|ziffern|zahlen|zeichen|stellen"
    r"|buchstaben))?"
    r"\s+(?:(?:were|was|are|is|waren|war|sind|ist)\s+(?:wrong|off|incorrect|falsch|verkehrt)"
    r"|(?:should|must)\s+be|(?:are|is|sind|ist|lauten|heißen)(?:\s+(?:actually|really|richtig"
    r"|eigentlich|korrekt))?|richtig|correct(?:ed)?)"
    r"\s*(?:[:=,\-–—]|->|→)?\s*(?P<v>[^\s\"'`“”„]+)[\"'`“”]?[ \t.!]*\Z"
)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
}  # fmt: skip
#: The kinds of secret whose end or start a later message may type anew.
_CORRECTABLE = frozenset({PASSWORD, CREDENTIAL, CREDIT_CARD})


def _secret_types(result: RedactionResult) -> frozenset[str]:
    if not result.entities:
        return _NONE
    return frozenset(e.type for e in result.entities if e.type in _CORRECTABLE)


_NONE: frozenset[str] = frozenset()


#: A message that takes back the card code just given and types it anew ("wait no, 471",
#: "sorry, ich meine 718"): a correction word opens it, the number comes right after.
_CVC_CORRECTION = regex.compile(
    r"(?i)\s*(?:(?:oh|oops|hoppla|wait|warte|moment|sorry|nope|no|nein|nee|correction|"
    r"korrektur|i[ ]+mean|ich[ ]+meine|actually|eigentlich)(?![^\W\d_])[\s,.!:\-]*){1,3}"
    r"(?:(?:it'?s|it[ ]+is|es[ ]+ist|ist|is)[ ]+)?(?P<v>\d{3,4})(?![\d/.:,]\d|\d)"
)


#: A key in a UUID's shape cut short in its last group ("8f2c9a71-4be0-4d3a-9e5f-2b7c").
_UUID_CUT = regex.compile(
    r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-(?P<g>[0-9a-f]{1,11})"
)
_HEX_REST = regex.compile(r"(?i)\s*(?P<v>[0-9a-f]{1,11})\s*")


def _uuid_cut(text: str, result: RedactionResult) -> int:
    """How many hex digits the credential ``text`` ends on lacks to be a whole UUID (0:
    none, or no such credential)."""
    end = len(text.rstrip(_CLOSERS))
    for e in result.entities:
        if e.type == CREDENTIAL and e.end >= end:
            m = _UUID_CUT.fullmatch(text, e.start, e.end)
            if m is not None:
                return 12 - len(m["g"])
    return 0


def _uuid_rest(text: str, own: RedactionResult, missing: int) -> RedactionResult:
    """The next message holding exactly the hex digits a UUID-shaped key lacked: its rest,
    sent apart ("client secret ist 8f2c9a71-…-2b7c" ⏎ "1d0a6e38")."""
    m = _HEX_REST.fullmatch(text)
    if m is None or len(m["v"]) != missing or not any(c.isdigit() for c in m["v"]):
        return own
    entity = Entity(CREDENTIAL, m.start("v"), m.end("v"), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


def _cvc_corrected(text: str, own: RedactionResult, cvc: str) -> RedactionResult:
    """A card code corrected in the next message: masked when it is a slip of the code just
    given (a digit changed, two neighbours swapped), the kind of slip a correction fixes."""
    m = _CVC_CORRECTION.match(text)
    if m is None or not siblings.slip(cvc, m["v"]):
        return own
    entity = Entity(CARD_CVC, m.start("v"), m.end("v"), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


def _ends_corrected(text: str, own: RedactionResult, secrets: frozenset[str]) -> RedactionResult:
    """A message right after one that gave a secret, saying its last (or first) few
    characters were wrong and typing them anew: those characters are that secret's part
    ("4488 0023 6191 2040" ⏎ "sorry the last 4 were wrong: 7577"). The count must match
    the part, and a card's part is digits."""
    m = _ENDS_CORRECTED.search(text.strip())
    if m is None:
        return own
    count = _COUNTS.get(m["n"].lower()) or int(m["n"])
    value = m["v"].rstrip(".,;!")
    if len(value) != count:
        return own
    if CREDIT_CARD in secrets and value.isdigit():
        kind = CREDIT_CARD
    elif PASSWORD in secrets:
        kind = PASSWORD
    elif CREDENTIAL in secrets:
        kind = CREDENTIAL
    else:
        return own
    start = text.rindex(value)
    entity = Entity(kind, start, start + len(value), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


#: A message saying a password comes in parts ("schick ich in zwei Teilen", "in 2
#: Nachrichten", "in two halves", "in pieces").
_ANNOUNCES_PARTS = re.compile(
    r"(?i)(?<![^\W\d_])in\s+(?:(?:zwei|drei|2|3|two|three|mehreren|several|multiple)\s+)?"
    r"(?:teilen|teile|stücken|hälften|nachrichten|parts|pieces|halves|messages|msgs|chunks"
    r"|bits)(?![^\W\d_])"
    # its first part offered: "I can give you the first half of my password"
    r"|(?<![^\W\d_])(?:first|erste[nr]?)\s+(?:half|hälfte|part|teil)(?![^\W\d_])"
    # a count of the secret's parts: "das Kennwort hat 3 Teile", "it has two parts"
    r"|(?<![^\W\d_])(?:hat|has|have)\s+(?:zwei|drei|vier|2|3|4|two|three|four)\s+"
    r"(?:teile|parts|pieces)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:teil|part)\s+(?:1|eins|one)\s*:"
    # a split announced by its verb: "so I'll split it", "ich teile es auf"
    r"|(?<![^\W\d_])(?:split|splitting)\s+(?:it|them|that|this)(?![^\W\d_])"
    r"|(?<![^\W\d_])teile?\s+(?:es|ihn|sie|das)\s+auf(?![^\W\d_])"
)
_PARTS_KEPT = 3
#: One of these stands in every announcement: a cheap test before the pattern's search.
_PARTS_WORDS = (
    "teil",
    "part",
    "stück",
    "hälfte",
    "halves",
    "nachricht",
    "message",
    "msgs",
    "half",
    "piece",
    "chunk",
    "bits",
    "split",
)


def _announces_parts(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _PARTS_WORDS) and _ANNOUNCES_PARTS.search(text) is not None


#: A part's label and its value: "Teil 2: meister#1987", "part one: marble giraffe",
#: "zweite Hälfte: x".
_PART_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:teil|part|piece|stück|hälfte|half)\s*(?:[1-4]|eins|zwei|drei|vier"
    r"|one|two|three|four)|(?:first|second|third|last|erste|zweite|dritte|letzte)[rs]?\s+"
    r"(?:teil|part|piece|half|hälfte))\s*[:=]\s*(?P<v>\S.*?)\s*\Z"
)
_PART_WORDS = 4
#: A part that goes on from the one before, while the parts are coming: bare, or after
#: words that order it ("then: King", "dann kommt #mP", "und am Ende 2024. sorry …").
_NEXT_PART = re.compile(
    r"(?i)\s*(?:(?:und|and|plus|\+)\s+)?(?:(?:dann|then|danach|next|noch|am\s+ende|at\s+the\s+end"
    r"|zum\s+schluss|zuletzt|finally|last(?:ly)?)\s*(?:(?:kommt|comes)\s*)?[:=]?\s*"
    r"(?P<v>\S+?)[.,!]?(?:\s+[^\W\d_][^\n]*)?|(?P<bare>\S+))\s*"
)
#: A password's first part named by how it starts ("das Passwort fängt an mit Kx9", "pw
#: starts with Lion"): the rest follows in the next messages.
_STARTS_WITH = re.compile(
    r"(?i)(?<![^\W\d_])(?:fängt\s+(?:an\s+)?mit|beginnt\s+mit|starts?\s+with|begins?\s+with)"
    r"\s*:?\s*(?P<v>\S+)(?:\s+an)?\s*\Z"
)
#: Words that say what kind of character a password starts with, not its first part
#: ("starts with Capital", "fängt mit Zahl an").
_CHARACTER_KINDS = frozenset(
    "capital capitals uppercase lowercase letter letters number numbers digit digits symbol "
    "symbols character characters großbuchstabe großbuchstaben kleinbuchstabe kleinbuchstaben "
    "buchstabe buchstaben zahl zahlen ziffer ziffern sonderzeichen zeichen".split()
)


_ENDED, _OPEN, _SHORT, _WORD = "ended", "open", "short", "word"
#: A password given shorter than this is a piece of one: more pieces may follow bare
#: ("correct one: 9xK!" ⏎ "mP4$" ⏎ "zZ").
_PIECE_MAX = 6


def _password_tail(text: str, result: RedactionResult) -> str:
    """Did ``text`` give a password as its last word ("HX4T-92KM", "pw: Grüner Apfel"):
    ``_ENDED``, ``_OPEN`` when it broke off on a dash ("Schlüssel kommt: 8fT2-"), or
    ``_SHORT`` when it is too short to be a whole password ("correct one: 9xK!")?"""
    if not result.entities:
        return ""
    end = len(text.rstrip(_CLOSERS))
    last = [e for e in result.entities if e.type == PASSWORD and e.end >= end]
    if "\n" in text.strip() or not last:
        return ""
    if text[last[-1].end - 1] in _JOINERS:
        return _OPEN
    if text[last[-1].start : last[-1].end].isalpha():
        return _WORD  # a bare word is seldom a whole password: its digits may follow
    return _SHORT if last[-1].end - last[-1].start < _PIECE_MAX else _ENDED


#: Signs that join a password's parts, on which a paste may break off.
_JOINERS = "-_."
#: A value after a label that breaks off on a joining sign, cut off mid-paste ("Schlüssel
#: kommt: 8fT2-"): its rest follows in the next message.
_CUT_OFF = re.compile(r"(?P<label>[^:\n]{1,40}):[ \t]*(?P<v>[^\s:]*\d[^\s:]*[-_.])")


def _cut_off(text: str, own: RedactionResult) -> RedactionResult:
    """A secret's label and the start of its value, broken off on a dash: that start."""
    m = _CUT_OFF.fullmatch(text.strip()) if ":" in text else None
    if m is None or len(m["v"]) < 4 or not _speaks_of_secrets(m["label"]):
        return own
    if not any(ch.isalpha() for ch in m["v"]):
        return own  # "Ticket: 4471-": a number, not a key
    start = text.index(m["v"], text.index(m["label"]) + len(m["label"]))
    entity = Entity(PASSWORD, start, start + len(m["v"]), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


#: What goes on from a password just given: "-PL7Q", "und dann 77!", "then _x9".
_NEXT_PIECE = re.compile(
    r"(?i)\s*(?:(?:und|and|plus|\+)\s+)?(?:(?:dann|then|noch|danach|after\s+that"
    # "und endet mit 07", "it ends with 9!"
    r"|(?:it\s+|es\s+)?(?:ends?|endet|hört)\s+(?:with|mit))\s+){0,2}"
    r"(?P<v>\S+?)(?:[.,]?(?P<end>\s+(?:at\s+the\s+end|am\s+ende|am\s+schluss|hinten\s+dran)"
    # "and 77! at the end", "!7 am Ende. also alles zusammen"
    r"(?:[.,!]\s[^\n]*)?))?\s*"
)


def _next_piece(text: str, own: RedactionResult, tail: str) -> RedactionResult:
    """The rest of a password whose first part the message before ended on: a token that
    goes on from it ("HX4T-92KM" ⏎ "-PL7Q", "8fT2-" ⏎ "Kp9w-Lz4q"), signs and digits
    after words that add it ("Grüner Apfel" ⏎ "und dann 77!"), or after a piece too short
    to be a whole password, the next piece bare ("9xK!" ⏎ "mP4$")."""
    m = _NEXT_PIECE.fullmatch(text)
    if m is None:
        return own
    value = m["v"]
    # words before it add it, or words after it say where it goes
    added = m.start("v") > len(text) - len(text.lstrip()) or m["end"] is not None
    if tail == _SHORT and not added and _bare_piece(value):
        pass
    elif tail == _OPEN and not added:
        # the part before broke off on a dash: a token with a digit is its rest
        if len(value) < 3 or not any(ch.isdigit() for ch in value) or _says_correcting(value):
            return own
    elif added:
        if any(ch.isalpha() for ch in value) or not any(ch.isdigit() for ch in value):
            return own  # "und dann Enter", "then !": a word, or no part of a password
    elif not (value[:1] in "-_.+#" and len(value) >= 3 and any(ch.isalnum() for ch in value[1:])):
        return own
    if len(value) < 2 or _YEAR.fullmatch(value):
        return own
    start = m.start("v")
    entity = Entity(PASSWORD, start, start + len(value), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


#: The rest of a password sent after its first word: a few tokens, one with a digit.
_REST_TOKENS = 3
_REST_MAX = 24


def _word_rest(text: str, own: RedactionResult) -> RedactionResult:
    """The rest of a password the message before ended on as a bare word, sent as the
    next message: words and digits, at least one token with a digit or a sign, and no word
    a reply, a remark or a reference is made of ("pw is hunter" ⏎ "22", "passwort ist
    grüner" ⏎ "apfel baum 12"; not "2 tries", "ok 5 min", "order 4471")."""
    line = text.strip()
    tokens = line.split()
    if not tokens or len(tokens) > _REST_TOKENS or len(line) > _REST_MAX or "\n" in line:
        return own
    if not any(ch.isdigit() or ch in words.STRONG_SYMBOLS for ch in line):
        return own
    for token in tokens:
        core = words.trim(token)
        low = core.lower()
        if not core or low in words.STOP_WORDS or low in _WAITING or low in _REPLACING:
            return own
        if _REFERENCE_WORD.search(low):
            return own
        # digits alone read as a count or a date on their own; here they are the rest
        if not core.isdigit() and words.is_non_secret_shape(core):
            return own
        if core.isalpha() and (low in _COUNT_UNITS or len(core) < 2):
            return own
    if _YEAR.fullmatch(line) and len(tokens) == 1:
        return own  # "2024": a year said of the password as often as part of it
    start = text.index(tokens[0])
    end = text.rindex(tokens[-1]) + len(tokens[-1].rstrip(".,;"))
    entity = Entity(PASSWORD, start, end, 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity])


#: Words a number counts ("2 tries", "10 Mal", "5 min"): a remark, not a password's rest.
_COUNT_UNITS = frozenset(
    "mal x times time tries try attempts attempt versuche versuch min mins minute minutes "
    "minuten sek sec secs seconds sekunden h std stunden hours hour tage days day wochen "
    "weeks jahre years euro eur dollar usd chars zeichen stellen digits ziffern".split()
)


def _bare_piece(value: str) -> bool:
    """A short token that can be a piece of a password: a digit, a sign or both cases in
    it or an inner capital, no word of waiting or reference ("mP4$", "zZ"; not "ok", "Hi",
    "nr.5")."""
    core = value.strip(_CLOSERS)
    return (
        2 <= len(core) <= _PIECE_MAX * 2
        and core.lower() not in _WAITING
        and _REFERENCE_WORD.search(core.lower()) is None
        and (
            any(ch.isdigit() or ch in words.STRONG_SYMBOLS for ch in core)
            or any(ch.isupper() for ch in core[1:])  # an inner capital: not a word
        )
    )


def _word_piece(value: str) -> bool:
    """A password's first part given as letters ("starts with Moon", "fängt mit Lö an"):
    no word saying what kind of character it is, no function word."""
    core = value.strip(_CLOSERS).lower()
    return (
        len(core) >= 2
        and core.isalpha()
        and core not in _CHARACTER_KINDS
        and core not in words.STOP_WORDS
        and core not in _WAITING
    )


#: The same kind of secret for another account: "und für das zweite Konto 55290", "and for
#: the staging box Kettle#82".
_FOR_ANOTHER = re.compile(
    r"(?i)\s*(?:und|and|plus)\s+(?:für|fürs|for|beim|bei|on|auf|im|in)\s+"
    r"(?P<what>(?:\S+\s+){0,3}?)(?P<v>\S+?)[.!]?\s*"
)


def _for_another(text: str, own: RedactionResult, given: str) -> tuple[RedactionResult, bool]:
    """A message giving a value of the shape of the password just given, for another
    account of the same kind: "Telefon-PIN fürs Konto 1: 80417" ⏎ "und für das zweite
    Konto 55290". No number of another kind ("and for the order 55290")."""
    return _value_like_given(text, _FOR_ANOTHER.fullmatch(text), own, given)


def _value_like_given(
    text: str, m: re.Match[str] | None, own: RedactionResult, given: str
) -> tuple[RedactionResult, bool]:
    """``m``'s value ``v`` masked as a password when it has the shape of the value just
    given, and the words before it (``what``) name no reference and it is no year."""
    if m is None or given == _ANSWER or own.entities:
        return own, False
    if any(_REFERENCE_WORD.search(words.trim(w).lower()) for w in m["what"].split()):
        return own, False
    value = m["v"]
    if len(value) < 4 or not _same_shape(value, given) or _YEAR.fullmatch(value):
        return own, False
    entity = Entity(PASSWORD, m.start("v"), m.end("v"), 0.6, "continuation")
    return RedactionResult(_seal(masking.Masked(text, [entity]).text), [entity]), True


#: A value tried before the one just given: "und davor 0852, beides falsch", "and before
#: that Kettle77!", "vorher hatte ich 4471".
_TRIED_BEFORE = re.compile(
    r"(?i)\s*(?:(?:und|and|also|plus|oh|ah|ach)\s+)?(?:davor|vorher|zuvor|before(?:\s+that)?"
    r"|previously|earlier)(?![^\W\d_])(?P<what>[^\d\n,;:]{0,30}?)[:\s]\s*(?P<v>[^\s,;]+?)"
    r"[.!]?(?:\s*[,;–—-]\s*[^\W\d_][^\d\n]{0,60})?\s*"
)


def _tried_before(text: str, own: RedactionResult, given: str) -> tuple[RedactionResult, bool]:
    """A message giving a value of the shape of the one just given, tried before it
    ("the PIN I tried was 2580" ⏎ "und davor 0852, beides falsch"). No number of another
    kind ("and before that the order 55290"), no year ("davor 2019")."""
    m = _TRIED_BEFORE.fullmatch(text) if len(text) <= CUE_MAX else None
    return _value_like_given(text, m, own, given)


#: A quoted line that asks for something: a question, or a request ("Please reply with the
#: code we sent", "Bitte schicken Sie uns …").
_ASKS = re.compile(
    r"(?i)\?|\b(?:please|pls|bitte|reply|send|tell|give|enter|share|schick\w*|nenn\w*"
    r"|teil\w*\s+(?:sie|du)|geben\s+sie|sagen\s+sie)\b"
)
#: Markdown emphasis or code marks around a reply's words ("**739214**", "`x`"): blanked
#: (the same length) so the reply reads as the bare value its sender typed.
_EMPHASIS = re.compile(r"\*\*|__|~~|`")


#: A mail's salutation on a line of its own ("Hallo Frau Berger,", "Hi Tom,", "Dear all,").
_SALUTATION = re.compile(
    r"(?i)(?:hallo|hello|hi|hey|dear|liebe|lieber|liebes|guten[ ](?:tag|morgen|abend)|"
    r"sehr[ ]geehrte[rs]?|moin|servus|good[ ](?:morning|afternoon|evening))"
    r"(?:[ ][^\W\d_][\w.\-]*){0,3}[ ]*[,!]?"
)


def _quote_blocks(text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """The runs of lines of one quote depth, blank lines left out: (depth, the lines'
    content spans)."""
    blocks: list[tuple[int, list[tuple[int, int]]]] = []
    pos = 0
    for line in text.split("\n"):
        marks = len(line) - len(line.lstrip(" \t>"))  # ("> ", ">> ", "> > ")
        depth = line[:marks].count(">")
        start, end = pos + marks, pos + len(line.rstrip())
        pos += len(line) + 1
        if end <= start:
            continue
        if blocks and blocks[-1][0] == depth:
            blocks[-1][1].append((start, end))
        else:
            blocks.append((depth, [(start, end)]))
    return blocks


def quoted_answers(redactor: Redactor, text: str, found: list[Entity]) -> list[Entity]:
    """A reply under (or above) a quoted line that asked for a secret ("> what's the PIN
    you set?" ⏎ "it's 4471"; "It's x" above "> can you tell me the password …?"): the
    reply's first paragraph is read as the next message after that line, as a
    conversation's ``Continuation`` reads it. Only a quote one level deeper than the reply
    asks it, and only its last line asking for something that speaks of secrets."""
    blocks = _quote_blocks(text)
    if len(blocks) < 2:
        return []
    new: list[Entity] = []
    for i, (depth, lines) in enumerate(blocks):
        if depth == 0:
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        before = blocks[i - 1] if i > 0 else None
        if after is not None and after[0] == depth - 1:
            reply = after[1]
        elif before is not None and before[0] == depth - 1 and i == 1:
            reply = before[1]  # written above the quote (the reply's first block)
        else:
            continue
        cue = next(
            (
                text[s:e]
                for s, e in reversed(lines)
                if _ASKS.search(text, s, e) is not None and _speaks_of_secrets(text[s:e])
            ),
            "",
        )
        if not cue:
            continue
        if _SALUTATION.fullmatch(text, *reply[0]) is not None:
            continue  # "Hallo Frau Berger," opens a mail: a greeting, no answer to the quote
        start = reply[0][0]
        end = reply[0][1]
        for s, e in reply[1:]:
            if text.count("\n", end, s) > 1:
                break  # the reply's first paragraph
            end = e
        said = _EMPHASIS.sub(lambda m: " " * len(m.group()), text[start:end])
        if not (_may_give_value(said) or _may_give_code(said, cue)):
            continue
        own = [
            replace(e, start=e.start - start, end=e.end - start)
            for e in found
            if start <= e.start and e.end <= end
        ]
        result, carried = continue_from(redactor, said, cue, own=RedactionResult(_seal(said), own))
        if carried:
            new.extend(
                replace(e, start=e.start + start, end=e.end + start)
                for e in result.entities
                if e not in own
            )
    return new
