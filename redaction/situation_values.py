"""Passwords no word names, read from the situation the message tells (round 48).

Round 47 wrote phrase rules for single sentences; phrasings do not carry. These forms read
what in a message tells a reader that a value is a secret, and the value's shape with it:

- *an answer to a security question*: the question's topic (a mother's maiden name, a first
  pet, the town one was born in, a favourite band or dish, "Sicherheitsfrage") and then an
  answer given to it ("I put X", "I said X", "? X.", "hab X eingegeben"): a name is the
  secret there;
- *a value beside a login name*: a user's label and name on one line, the value alone on
  the next ("username: shop_owner ⏎ Lighthouse-Bay", "Benutzer: x ⏎ Danach: Y"), or a
  login handed over as a name and a value in a story of access ("his: jonas.b /
  Tannenzapfen9", "Gastzugang: gast / gast2024", "use admin with Orchid77", "melde dich
  als praxis-empfang mit Zahnfee2023 an");
- *a lock's or a device's number*: a door, a safe, a lock, a PDF or a tablet opened with a
  number ("Haustür geht mit 2580#", "door's 0812, garage 0913", "to unlock the PDF use
  14031985");
- *a quoted value tried at a sign-in*: the value in quotes or backticks typed, entered or
  rejected where the message speaks of getting in ("the login screen rejects `X`", "mit
  `X` komm ich nicht rein", "type in 'X' and see if it lets you in").

Each form holds one of a few literals (``HINTS``): the pre-check's and the recognizer's
first test. A user name, a network's name, a product, a place or an order number in the same
slot stays: the slot alone does not make the value a secret, the situation does, and the
value must be shaped as that secret (a name for an answer, a typed token for a login, digits
for a lock).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction import handed_values, value_edges
from redaction.recognizers.base import literal_trie

# --- a security question's answer ---------------------------------------------------------
#: a record's noun with its number, where an answer would stand ("Kundennummer 44102938")
_RECORD_NUMBER_NEXT = re.compile(r"(?i)[^\W\d_]*(?:nummer|number|nr|id)\.?[ ]*[:#]?[ ]*\d")
# the question's topic: what such questions ask (the question itself or its topic named)
_TOPIC = (
    r"(?:maiden name|m[äa]dchenname|first pet|pet['’]?s name|(?:ersten? |erstes )?haustier"
    r"|(?:city|town|place) (?:you were|i was|were you|was i) born|born in\??"
    r"|(?:stadt|ort|land)[ ]+(?:ich|du|sie|er)[ ]+geboren(?:[ ]+(?:bin|bist|sind|ist|wurde))?"
    r"|geburtsort|geburtsstadt|first school|primary school|elementary school|erste[n]? schule"
    r"|grundschule|street (?:you|i) grew up|grew up on|favou?rite (?:food|band|teacher|colou?r"
    r"|book|film|movie|team|singer|dish|place|animal|city)|lieblings\w+|first car|erstes auto"
    r"|best friend|bester? freund\w*|security question|sicherheitsfrage|sicherheitsabfrage)"
)
# the answer: one to three capitalised words ("Kowalski", "St Aidan's", "Maple Crescent")
_ANSWER = (
    r"(?P<v>[A-ZÄÖÜ][\w'’äöüß\-]{1,30}(?:[ ](?:(?:am|an|im|auf|von|vom|zum|zur|of|on|the|de)[ ])?"
    r"[A-ZÄÖÜ][\w'’äöüß\-]{1,30}){0,2})"
)
# ... given: "I put X", "I said X", "I answered X", "? X.", "-> X", "hab (damals) X eingegeben"
_ANSWERED = re.compile(
    rf"(?i:{_TOPIC})(?P<gap>[^\n]{{0,60}}?)"
    r"(?:(?i:\b(?:i|we)[ ]+(?:put|said|answered|typed|entered|wrote|gave|used)(?:[ ]+in)?)[ ]+"
    r"|[?.:][ ]*(?:->|→|–|-)?[ ]*(?=[A-ZÄÖÜ][^ ]*[ ]?[^ ]*[.!,](?:[ ]|$))"
    r"|->[ ]*|→[ ]*"
    r"|[ ][–—\-][ ]+(?=[A-ZÄÖÜ][^ ]*[ ]?[^ ]*[.!,](?:[ ]|$))"
    r"|(?i:\b(?:hab|habe|hatte|ich)[ ]+(?:(?:damals|ich|da|mal|dort)[ ]+){0,2}))"
    rf"{_ANSWER}"
    r"(?P<after>[ ]+(?i:eingegeben|reingeschrieben|angegeben|eingetragen|geschrieben"
    r"|genommen)\b)?",
)
# the German "hab X" needs its verb ("hab Bello eingegeben"; "hab Mädchenname gewählt" stays)
_GERMAN_ANSWER = re.compile(
    r"(?i)\b(?:hab|habe|hatte|ich)[ ]+(?:(?:damals|ich|da|mal|dort)[ ]+){0,2}$"
)
# the message speaks of the check the answer is for ("Lieblingsessen? Spaghetti, why do you
# ask" is chat)
_CHECKED = re.compile(
    r"(?i)(?:security|sicherheit|answer|antwort|question|frage|match|wrong|falsch|akzept|accept"
    r"|locked|gesperrt|sign(?:ed)?[ ]?up|registr|verif|reset|account|konto|log[ ]?in|anmeld"
    r"|eingegeben|reingeschrieben|geht nicht|gefragt|wollten wissen|wanted to know|asked"
    r"|(?:doesn['’]?t|does not|didn['’]?t|won['’]?t)"
    r"[ ]+(?:work|match|accept))"
)
# words that start a sentence and are no answer
_NO_ANSWER = frozenset(
    "i it its it's the a an that this there then and but so my we he she they you yes no "
    "not nothing none something ok okay please thanks what which why how when where who "
    "ich es das der die ein eine und aber da dann nein ja nicht nichts bitte danke was wie "
    "wann wo wer mein meine jetzt still now also auch all alle none keine antwort answer "
    "frau herr".split()
)
_TITLES = frozenset("mr mrs ms dr st prof".split())
# a menu's steps ("Mein Konto → Sicherheit", "Profil → Konto → Fragen"): where the question
# is changed, not an answer given (merge fix)
_MENU_WORDS = frozenset(
    "konto account profil profile einstellungen settings sicherheit security datenschutz "
    "privacy menü menu fragen questions optionen options verwaltung mein my".split()
)
_ARROWS = ("→", "->", " > ")
_AFTER_TITLE = re.compile(r"(?i)\b(?:mr|mrs|ms|dr|st|prof)\.[ ]*$")
_ANSWER_HINTS = (
    *("maiden", "mädchenname", "madchenname", "pet", "haustier", "born", "geburts"),
    *("school", "schule", "grew up", "favorite", "favourite", "lieblings", "first car"),
    *("erstes auto", "best friend", "freund", "security question", "sicherheitsfrage"),
    *("sicherheitsabfrage", "geboren"),
)
_ANSWER_SCAN = re.compile(literal_trie(tuple(sorted(_ANSWER_HINTS))))
# (round 49) the topics' own literals, one in every topic (``_TOPIC``; "pet", "school" and
# "freund" alone are in much chat: "competitor", "Mit freundlichen Grüßen")
_TOPIC_LITERALS = (
    *("maiden name", "mädchenname", "madchenname", "first pet", "pet's name", "pet’s name"),
    *("pets name", "haustier", "born", "geburtsort", "geburtsstadt", "first school"),
    *("primary school", "elementary school", "erste schule", "ersten schule", "grundschule"),
    *("grew up", "favorite ", "favourite ", "lieblings", "first car", "erstes auto"),
    *("best friend", "beste freund", "bester freund", "security question", "sicherheitsfrage"),
    *("sicherheitsabfrage", "geboren"),
)
_TOPIC_SCAN = re.compile(literal_trie(tuple(sorted(_TOPIC_LITERALS))))
# round 49: the answer to a question quoted, said to be a name ("the answer to 'street you
# lived on' was Elm Row", "die Antwort auf „Lieblingsbuch“ ist Der Hobbit"): the question
# asks about the writer (one of the topics, or "your", "dein", "ihr") — "the answer to 'which
# depot ships it' is Leeds" names a place of business and stays
_ANSWER_TO = re.compile(
    r"(?i:\b(?:answer|antwort)[ ]+(?:to|for|auf|zu|on))[ ]+[\"'„“‘»«](?P<q>[^\"'„“”‘’»«\n]{3,60})"
    r"[\"'“”’»«][ ]+(?i:is|was|war|ist|lautet|lautete)[ ]+"
    r"(?P<v>(?:(?:Die|Der|Das|The)[ ])?[A-ZÄÖÜ][\w'’äöüß\-]{1,30}"
    r"(?:[ ](?:(?:am|an|im|auf|von|vom|of|on|the|de)[ ])?[A-ZÄÖÜ][\w'’äöüß\-]{1,30}){0,2})"
)
_ABOUT_WRITER = re.compile(rf"(?i){_TOPIC}|\b(?:your|you|dein\w*|ihr\w*|du)\b")
_ANSWER_TO_HINTS = (*("answer to", "answer for", "answer on", "antwort auf", "antwort zu"),)
_ANSWER_TO_SCAN = re.compile(literal_trie(tuple(sorted(_ANSWER_TO_HINTS))))

# --- a value beside a login name --------------------------------------------------------
# a login's handle: a lower-case name with a dot, an underscore or a hyphen inside, or an
# e-mail address
_HANDLE = r"(?:[a-z][a-z0-9]*[._\-][a-z0-9._\-]*[a-z0-9]|[\w.+\-]+@[\w\-]+\.[\w.\-]+)"
# the value's token: no blank; letters in it
_TOKEN = r"(?P<v>(?=[^\s]{0,63}[^\W\d_])[^\s,;]{4,64})"
# a user's label and name on a line, the value alone on the next line (maybe after a label
# that only goes on: "Danach:", "And:", "rest:"; "shop: X" names another field)
_USER_LINE = re.compile(
    r"(?:(?<=\n)|\A)[ \t]*(?:user(?:name)?|login|benutzer(?:name)?|nutzer(?:name)?|account|konto"
    r"|kennung)[ \t]*:[ \t]*[\w.@\-]{2,40}[ \t]*\n[ \t]*"
    r"(?:(?:and|und|rest|danach|dann|then|second|zweitens|dazu|plus)[ \t]*:[ \t]*)?"
    rf"{_TOKEN}[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)
# a handle alone on a line after a line that hands over a login, the value on the next line
_HANDLE_LINES = re.compile(
    r"(?:log (?:me|us) in|login|sign (?:me )?in|daten|zugang\w*|anmelde\w*|credentials)"
    rf"[^\n]{{0,40}}:?[ \t]*\n[ \t]*{_HANDLE}[ \t]*\n[ \t]*{_TOKEN}[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)
# a name and a value in a story of access: "his: jonas.b / X", "gast / gast2024"
_PAIR = re.compile(
    rf"(?<![^\s(])(?:{_HANDLE}|[a-z][a-z0-9]{{1,15}})[ ]?/[ ]?"
    r"(?P<v>(?=[^\s]{0,63}[^\W\d_])[^\s,;/:?=&]{4,64})(?=[\s,;.!?)]|\Z)"
)
_ACCESS = re.compile(
    r"(?i)(?:zugang|zugriff|log(?:ged)?[ ]?in|login|sign[ ]?in|anmeld|einlogg|use (?:his|her|my"
    r"|their|our)|nimm|angelegt|\brein\b|account|konto|staging|\bprod\b|zettel|credentials"
    r"|geschrieben|gegeben|\bgave\b|\bgiven\b"
    # (round 51) a device's default login, as printed or set at the factory: "what's printed
    # on the bottom: admin / X", "das vom Werk: admin / 1234"
    r"|\bprinted\b|aufgedruckt|vom werk|ab werk|factory|werkseinstellung)"
)
# "use admin with X", "nimm mueller_k mit X", "melde dich als praxis-empfang mit X an",
# "log in as x with Y", "meld mich mit meiner Mitgliedsnummer 884120 und X an"
_AS_WITH = re.compile(
    r"(?i)(?:\buse|\bnimm|\blog ?in as|\bsign ?in as|\bals)[ ]+(?:einfach[ ]+)?"
    r"(?:(?:his|hers|mine|theirs|ours|seinen|ihren|meinen|seins|ihres|meins)[ ]*:?[ ]+)?"
    r"(?P<name>[\w.@\-]{2,40})[ ]+(?:with|mit|and|und)[ ]+"
    rf"{_TOKEN}"
    r"|(?i:\bmeld\w*[ ]+(?:mich|dich|uns|euch)[ ]+(?:\w+[ ]+){0,2}?mit[ ]+(?:\w+[ ]+){0,3}?"
    r"(?P<num>\d{3,12}|[\w.@\-]{2,40})[ ]+und)[ ]+"
    rf"{_TOKEN.replace('<v>', '<w>')}(?=[ ]+an\b)"
)
_PAIR_HINTS = ("/", " with ", " mit ")
# (round 49) a literal of ``_ACCESS`` (one in each of its matches), and of ``_AS_WITH``: the
# word before the name ("use ", "in as ", "als ") or the verb "meld…"
_ACCESS_LITERALS = (
    *("zugang", "zugriff", "log", "sign", "anmeld", "einlogg", "use his", "use her", "use my"),
    *("use their", "use our", "nimm", "angelegt", "rein", "account", "konto", "staging"),
    *("prod", "zettel", "credentials", "geschrieben", "gegeben", "gave", "given"),
    *("printed", "aufgedruckt", "vom werk", "ab werk", "factory", "werkseinstellung"),
)
# (round 51) an admin's default PIN of digits in the pair ("admin / 1234"): the user's word
# says the digits are its password (``_PAIR``'s value needs a letter)
_ADMIN_DIGITS = re.compile(
    r"(?<![^\s(:])(?i:admin|administrator|root)[ ]?/[ ]?(?P<v>\d{4,8})(?![\d/.,:\-]\d|\d)"
)
_ACCESS_SCAN = re.compile(literal_trie(tuple(sorted(_ACCESS_LITERALS))))
_AS_WITH_LITERALS = ("als ", "in as ", "meld", "nimm ", "use ")
_AS_WITH_SCAN = re.compile(literal_trie(_AS_WITH_LITERALS))
# (round 49: "use hers: p.brandt and X" — another's login handed over with "and")
_USE_OWNED_HINTS = ("use his", "use hers", "use mine", "use theirs", "use ours")
_USE_OWNED_SCAN = re.compile(literal_trie(_USE_OWNED_HINTS))
# the line forms' labels and cues (each of them holds one)
_LINE_HINTS = (
    *("user", "login", "benutzer", "nutzer", "account", "konto", "kennung", "log me in"),
    *("log us in", "sign in", "sign me in", "daten", "zugang", "anmelde", "credentials"),
)
_LINE_SCAN = re.compile(literal_trie(tuple(sorted(_LINE_HINTS))))
# round 49: the login's name given, then its other part ("the other bit: X", "und das andere
# ist X", "den anderen Teil: X"): the part a writer will not name beside a login is its secret
# (a login's word in the message: "der andere ist kasse2" speaks of another till and stays)
_OTHER_PART = re.compile(
    r"(?i:\b(?:the[ ]+other[ ]+(?:bit|part|half)|das[ ]+andere|den[ ]+anderen[ ]+teil))"
    r"(?:[ ]+(?i:is|was|ist|war|wäre)[ ]+|[ ]*:[ ]*)[\"'„“‘]?"
    r"(?P<v>[^\s,;()\"'„“”‘’]{4,64})[\"'“”’]?(?=[ ]*(?:\(|\n|\Z)|[.,;!?](?:\s|\Z))"
)
_OTHER_HINTS = (
    *("other bit", "other part", "other half", "das andere ist", "das andere war"),
    *("das andere wäre", "das andere:", "anderen teil"),
)
_OTHER_SCAN = re.compile(literal_trie(_OTHER_HINTS))
_LOGIN_NAMES = frozenset(
    "admin administrator root gast guest user test demo buero büro office shop kasse".split()
)

# --- a lock's or a device's number --------------------------------------------------------
_LOCK = (
    r"(?:(?:haus|hinter|vorder|keller|garten|wohnungs|balkon|terrassen|neben)?t[üu]r(?:code)?|door|garage|alarm(?:anlage)?|gate"
    r"|(?:garagen|hof|garten|einfahrts|zufahrts|roll|werks)?tor(?:code)?"
    r"|padlock|(?:bike|bicycle|combination)[ ]?lock|lock|(?:fahrrad|zahlen|vorhänge)?schloss"
    r"|tresor|safe|schlie(?:ß|ss)fach|keypad|locker|spind)"
)
_LOCK_VALUE = (
    r"(?P<v>\d{4,8}#?(?![\d\w])|\d{4}[A-Z](?!\w)|\d(?:-\d){3,7}(?![\d\w])|[A-Z]{3,10}\d{1,4}(?!\w)"
    # round 49: digits keyed one by one, with a hash or a blank between them ("1#5#9#0")
    r"|\d(?:#\d){3,7}#?(?![\d\w])|\d(?:[ ]\d){3,7}(?![\d\w]))"
)
_LOCKED = re.compile(
    rf"(?i:(?<!\w){_LOCK})(?!\w)(?:[ ]+(?i:unten|oben|hinten|vorne))?"
    r"(?:[ ]*(?::|['’]s|[ ](?:is|ist|geht mit|opens with|öffnet mit|mit)|,)[ ]*"
    r"|[ ](?:[\w]+[ ]+){0,4}?(?i:geht|ging|öffnet|opens)[ ]+(?:\w+[ ]+)?(?i:mit|with)[ ]+"
    # round 49: what it is for, then a colon ("Torcode für die Anlieferung: …"); the lock, a
    # part of it, then what it takes ("alarm panel takes …", "Tresor braucht …")
    r"|[ ]+(?i:für|fürs|for|zur|zum)[ ]+(?:[\w\-]+[ ]+){0,2}?[\w\-]+[ ]*:[ ]*"
    r"|[ ](?:[\w]+[ ]+){0,2}?(?i:takes|wants|needs|accepts|braucht|nimmt|will)[ ]+"
    r"|(?P<bare>[ ]))"
    rf"{_LOCK_VALUE}"
)
# a PDF, a tablet or a phone opened with a number: "to unlock the PDF use X", "das PDF
# geht nur mit X auf", "for the shop tablet it's X"
_UNLOCKED = re.compile(
    r"(?i)(?:(?:unlock|open|entsperr\w*|öffne\w*)[ ]+(?:the[ ]+|das[ ]+|den[ ]+|die[ ]+)?"
    r"(?:pdf|tablet|phone|handy|laptop|file|datei)[ ]+(?:use|with|mit|:)"
    r"|(?:pdf|tablet|handy|datei|dokument)[ ]+geht[ ]+(?:nur[ ]+)?mit"
    r"|for[ ]+the[ ]+(?:\w+[ ]+)?(?:tablet|ipad|laptop|phone)[ ]+it['’]?s"
    r"|(?:same[ ]+as[ ]+my[ ]+)(?:phone|screen)[ ]+unlock,?)[ ]+"
    r"(?P<v>\d{4,8})(?!\d)"
)
# round 49: a device's unlock named ("phone unlock is …", "Tablet-Sperrcode: …"), or a
# number given as the unlock ("the PC has … as the unlock"); behind "unlock" or "sperr"
# (its own form: alternatives in ``_UNLOCKED`` cost every lock word's text a scan)
_UNLOCK_NAMED = re.compile(
    r"(?i)(?:phone|screen|handy|tablet|ipad|laptop|pc|computer|mac)[ \-]?"
    r"(?:unlock(?:[ ]?code)?|sperr[ ]?code)(?:[ ]+(?:is|ist)|[ ]*:)[ ]+"
    r"(?P<v>\d{4,8})(?!\d)"
    r"|\b(?:has|had|uses|used|hat|nimmt|nutzt)[ ]+(?P<w>\d{4,8})[ ]+(?:as|als)[ ]+"
    r"(?:(?:the|its|an?|den|die|das)[ ]+)?(?:unlock|entsperr\w*|sperrcode)(?!\w)"
)
_LOCK_HINTS = (
    *("tür", "tur", "door", "garage", "alarm", "gate", "tor", "lock", "schloss", "tresor"),
    *("safe", "schließfach", "schliessfach", "keypad", "locker", "spind", "pdf", "tablet"),
    *(
        "unlock",
        "entsperr",
        "sperrcode",
        "sperr code",
        "öffne",
        "handy",
        "datei",
        "dokument",
        "file",
        "laptop",
        "phone",
    ),
    "ipad",
)
_LOCK_SCAN = re.compile(literal_trie(tuple(sorted(_LOCK_HINTS))))
# (round 49) ``_LOCKED``'s word is a whole word, and a colon, a quote, a blank or a comma
# follows it ("tor" alone is in "history", "tur" in "return"); ``_UNLOCKED`` names a device
# or ends its phrase with "unlock"
_LOCK_WORDS = (
    *("tür", "tur", "türcode", "turcode", "door", "garage", "alarm", "alarmanlage", "gate"),
    *("tor", "torcode", "lock", "schloss", "tresor", "safe", "schließfach", "schliessfach"),
    *("keypad", "locker", "spind"),
)
_AFTER_LOCK_WORD = (":", "'", "’", " ", ",")
_LOCKED_SCAN = re.compile(
    literal_trie(tuple(sorted(w + after for w in _LOCK_WORDS for after in _AFTER_LOCK_WORD)))
)
_UNLOCKED_LITERALS = tuple(
    sorted("pdf tablet phone handy laptop file datei dokument ipad unlock".split())
)
_UNLOCKED_SCAN = re.compile(literal_trie(_UNLOCKED_LITERALS))
# every value of both holds four digits in a row, a digit and three more after hyphens, or
# three capitals and a digit (``_LOCK_VALUE``): most chat holds none of these
_LOCK_DIGITS = re.compile(r"\d(?:\d\d\d|-\d-\d-\d|#\d#\d#\d|[ ]\d[ ]\d[ ]\d)|[A-Z][A-Z][A-Z]\d")
# a clock's time or a year after the word: "alarm 0700", "gate 2024"
_NOT_LOCK = re.compile(r"(?:19|20)\d\d|[01]\d[0-5]0|2[0-3][0-5]0")
_TIME_TALK = re.compile(r"(?i)(?<!\w)(?:am|at|um|uhr|o['’]clock|since|seit|from|bis|until)[ ]*$")
# ... or a time's words after it ("alarm: 0730 every weekday", "Wecker 0615 täglich")
_TIME_AFTER = re.compile(
    r"(?i)[ ]*(?:h\b|hrs\b|uhr\b|am\b|pm\b|o['’]clock|every\b|each\b|daily\b|weekdays?\b"
    r"|on[ ]+(?:mon|tue|wed|thu|fri|sat|sun|week)|jeden\b|jede\b|täglich|werktags|morgens"
    r"|abends|montags|wochentags|in the morning|tomorrow|morgen\b)"
)
# a number followed by a unit is a quantity, no code ("9876 days old", "4500 Euro",
# "1200 km", "2000 mal") (merge fix)
_UNIT_AFTER = re.compile(
    r"(?i)[ ]*(?:days?|tage?n?|weeks?|wochen?|months?|monate?n?|years?|jahre?n?|hours?"
    r"|stunden?|minutes?|minuten?|mins?|secs?|seconds?|sekunden?|times|mal|euro|eur|€|\$"
    r"|dollars?|usd|chf|pounds?|£|%|percent|prozent|km|kg|mb|gb|tb|kb|cm|mm|m²|qm|meter"
    r"|metres?|meters|miles?|pieces?|stück|stk|pcs|items?|orders?|users?|kunden|customers?"
    r"|rpm|watt|w|kw|kwh|v|volt|ml|l|liter|litres?|g|gramm?)(?!\w)"
)

# --- a quoted value tried at a sign-in -------------------------------------------------------
_QUOTED = r"(?P<q>[`\"'„“])(?P<v>[^`\"'„“”\n]{3,40}?)(?:[`\"'”“])"
_TRIED = re.compile(
    r"(?i)(?:rejects?|rejected|refuses?|refused|declines?|declined|enter|entered"
    r"|type(?:d)?(?:[ ]+in)?|tried|try|versucht"
    r"|probier\w*|eingegeben|mit)[ ]+(?:(?:es|it|mal|with|mit)[ ]+){0,2}"
    rf"{_QUOTED}"
)
_SIGN_IN = re.compile(
    r"(?i)(?:log(?:ged)?[ ]?in|login|sign[ ]?in|lets?[ ](?:me|you|us)[ ]in|\brein\b"
    r"|anmeld|einlogg|unlock|entsperr|prompts?\b|locked out|gesperrt)"
)
# (the sign-in's literals, which the form asks for first: a quote alone is in much quiet chat)
_TRIED_HINTS = (
    *("log", "sign", "me in", "you in", "us in", "rein", "anmeld", "einlogg", "unlock"),
    *("entsperr", "prompt", "locked out", "gesperrt"),
)
_TRIED_SCAN = re.compile(literal_trie(tuple(sorted(_TRIED_HINTS))))
# (round 49) ``_TRIED``'s value opens with a quote right after a blank
_QUOTE_AFTER_BLANK = (" `", ' "', " '", " „", " “")
# a quoted value that is no typed secret: an example's, a placeholder's, a program's
_UI_WORDS = re.compile(
    r"(?i)(?:forgot|password|passwort|log[ ]?in|sign|reset|submit|weiter|next|continue|cancel"
    r"|credentials|invalid|error|failed|denied|permission|abbrechen|vergessen)"
)
_NOT_SECRET_TALK = re.compile(
    r"(?i)(?:example|beispiel|placeholder|platzhalter|coupon|gutschein|voucher|promo|search"
    r"|such\w*|error|fehler\w*|message|meldung|button|menu|menü)"
)

# --- a value handed over, tried, reset or shared ---------------------------------------------
# the value a sentence hands over ("I'll just give it to you: X", "ich schreib's dir einfach:
# X"), is the same as another secret ("same as the wifi, X"), was tried ("probier mal mit X",
# "hab's mit X versucht"), was reset to ("hab's zurückgesetzt, ist jetzt X") or is shared
# ("we both use X", told after a lock-out); the value shaped as a typed password
_GIVEN = re.compile(
    r"(?i)(?:(?:give|gave|send|tell) it to you|here it is|here you go"
    r"|(?:schreib|geb|sag)\w*['’]?s? (?:es )?(?:dir|euch|ihnen)(?: \w+)?|hier ist es)[ ]*[:→][ ]*"
    r"[\"'„“‘]?(?P<v>[^\s,;]{4,64})"
    r"|(?i:same as (?:the|my|our|his|her) [\w\-]+(?: [\w\-]+)?)[ ]*[,:][ ]*[\"'„“‘]?"
    r"(?P<w>[^\s,;]{4,64})"
    r"|(?i:(?:probier\w*|versuch\w*|try|tried)[ ]+(?:(?:es|it|mal|doch|einfach)[ ]+){0,2}"
    r"(?:mit|with))[ ]+[\"'„“‘`]?(?P<x>[^\s,;\"'“”`]{4,64})"
    r"|(?i:(?:probier\w*|versuch\w*|nimm)[ ]+(?:es[ ]+)?(?:mal|doch|einfach)[ ]+)[\"'„“‘`]?"
    r"(?P<t>[^\s,;\"'“”`]{4,64})"
    r"|(?i:hab\w*['’]?s?[ ]+(?:es[ ]+)?(?:auch[ ]+)?mit)[ ]+[\"'„“‘`]?(?P<y>[^\s,;\"'“”`]{4,64})"
    r"[\"'“”’`]?[ ]+(?i:versucht|probiert)"
    r"|(?i:(?:zurückgesetzt|geändert|reset|changed)\w*[,]?[ ]+(?:(?:it|es)[ ]+)?"
    r"(?:ist[ ]+jetzt|is[ ]+now|jetzt|now))[ ]+[\"'„“‘]?(?P<z>[^\s,;]{4,64})"
    r"|(?i:(?:locked out|gesperrt|komm\w* nicht (?:mehr )?rein)[^\n]{0,60}?"
    r"(?:we|wir)[ ]+(?:both|beide)[ ]+(?:use|nutzen|nehmen))[ ]+[\"'„“‘]?(?P<u>[^\s,;]{4,64})"
)
_GIVEN_HINTS = (
    *("to you", "here it is", "here you go", "dir", "euch", "ihnen", "hier ist es"),
    *("same as", "probier", "versuch", "try", "tried", "versucht", "probiert"),
    *("zurückgesetzt", "geändert", "reset", "changed", "both", "beide"),
    *("nimm einfach", "nimm doch", "nimm mal"),
)
_GIVEN_SCAN = re.compile(literal_trie(tuple(sorted(_GIVEN_HINTS))))
# (round 49) each of ``_GIVEN``'s ways holds a literal of its own and a sign or word beside
# it: a value handed over after ":" or "→"; "same as " and "," or ":"; a verb of trying and
# " mit " or " with " ("hab's mit X versucht" too); a reset's word and " now " or " jetzt ";
# "both" or "beide" after a lock-out
_HANDED_LITERALS = (
    *("it to you", "here it is", "here you go", " dir", " euch", " ihnen", "hier ist es"),
)
_HANDED_SCAN = re.compile(literal_trie(tuple(sorted(_HANDED_LITERALS))))
_TRYING_SCAN = re.compile(literal_trie(("probier", "tried ", "try ", "versuch")))
_RESET_SCAN = re.compile(literal_trie(("changed", "geändert", "reset", "zurückgesetzt")))
_LOCKED_OUT_SCAN = re.compile(literal_trie(("gesperrt", "komm", "locked out")))

# --- a network's key on its sticker ----------------------------------------------------------
# the network's name on a line, its key on the next ("SSID HomeNet_5G ⏎ key: X"); the
# router's key given ("the router's key is on the back: X")
_NETWORK_KEY = re.compile(
    r"(?i)(?:ssid|netzwerk(?:name)?|network(?:[ ]name)?|wlan|wifi|wi-fi)[ \t]*:?[ \t]*\S+[ \t]*\n"
    r"[ \t]*(?:key|schlüssel|wpa2?(?:[ \-]key)?)[ \t]*:[ \t]*(?P<v>[^\s,;]{8,64})"
    r"|(?i:(?:router|wlan|wifi|wi-fi)['’]?s?[ ]+(?:key|schlüssel))[^\n:]{0,40}:[ ]*"
    r"(?P<w>[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,5})"
    # round 49: a key in groups read off the router's or modem's sticker, or given as the
    # network's key ("same as the router sticker: 1234-5678-9012", "WLAN …, Schlüssel 1234
    # 5678 9012 3456", "wie beim Router, also …"); digits in groups, or letters and digits
    # in groups of four with a small letter (a serial number is in capitals)
    r"|(?i:router|modem|wlan|wifi|wi-fi)[^\n]{0,60}?"
    r"(?:[:,][ ]*(?:(?i:also|so)[ ]+)?|[ ](?i:schlüssel|key|also|so)[ ]+)"
    r"(?P<x>\d{4,5}(?:[ \-]\d{4,5}){2,4}(?![\w\-])"
    r"|[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){2,4}(?![\w\-]))"
)
# (merge of round 49) the groups are the network's key only where the words before them say
# a key is given: a key word, the sticker, "same as", "also"/"so" (a number after "WLAN geht
# nicht," is a customer's or a phone number)
_KEY_GIVEN = re.compile(
    r"(?i)key|schlüssel|sticker|aufkleber|pass|kennwort|same[ ]as|wie[ ]beim|\balso\b|\bso\b"
)
_NETWORK_HINTS = (
    *("ssid", "netzwerk", "network", "wlan", "wifi", "wi-fi", "router"),
    "modem",
)
_NETWORK_SCAN = re.compile(literal_trie(_NETWORK_HINTS))

# --- a value alone on a line, the next line saying what it gets one into -------------------
# "hey ⏎⏎ HORIZON ⏎⏎ that's the team code for the join screen", "marzipan ⏎⏎ das ist das
# Wort, mit dem ich mich anmelde", "8820 ⏎⏎ das ist die Nummer fürs Schließfach, geht nicht
# auf" (a lock's number counts when it is said to open it or not: "die Nummer vom
# Schließfach, in welchem Gebäude ist das?" names the locker)
_ALONE_THEN = re.compile(
    r"(?:(?<=\n)|\A)[ \t]*(?P<v>[^\s]{4,40})[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?P<s>(?i:that['’]?s|that is|this is|das ist|das war)\b[^\n.]{0,100})"
)
_ALONE_USE = re.compile(
    r"(?i)(?:\bcode\b|\bwort\b|\bword\b|to type|tippen|eingeben|anmeld|log ?in|sign ?in"
    r"|unlock|entsperr|join screen|first screen|(?:schließfach|schloss|\block|\btür|\bdoor"
    r"|tresor|\bsafe\b)[^\n]{0,40}?(?:\bauf\b|öffn|\bopen))"
)
_ALONE_OTHER = re.compile(
    r"(?i)(?:order|bestell|tracking|sendung|kunden|customer|invoice|rechnung|ticket|referen"
    r"|gutschein|voucher|coupon|rabatt|discount|promo|gift|serial|serien|modell|model|zip|plz"
    r"|postleitzahl|error|fehler|example|beispiel|name|user|benutzer|account|konto|email|e-mail"
    r"|adresse|address|phone|telefon|handynummer)"
)
_ALONE_HINTS = ("that's", "that’s", "thats", "that is", "this is", "das ist", "das war")
_ALONE_SCAN = re.compile(literal_trie(_ALONE_HINTS))
_GREETING = frozenset(
    "hi hey hello hallo moin servus dear liebe lieber guten good morning thanks danke".split()
)

# --- round 49: a value typed at a prompt -------------------------------------------------
# the writer tells what they type where a sign-in or a program asks ("dann tippe ich X und
# es kommt ein Fehler", "I typed X, then it crashed", "sudo asks and I give it X", "Feld 2
# mit X füllen"); the value shaped as a typed password ("tippe ich Waschbär in die Suche":
# no such shape, and a search's term stays)
_TYPED_IN = re.compile(
    r"(?i:\b(?:tipp(?:e|st|t)|typed|(?:i|we|she|he|they)[ ]+types?|eingetippt|i[ ]+give[ ]+it"
    r"|gebe?[ ]+ich[ ]+(?:dann[ ]+)?(?:ein[ ]+)?))"
    r"[ ]+(?:(?:ich|er|sie|wir|immer|dann|nur|just|always|then|in|it|einfach)[ ]+){0,3}"
    r"[\"'„“‘`]?(?P<v>[^\s,;\"'“”‘’`]{4,64})"
    r"|(?i:\bmit)[ ]+[\"'„“‘`]?(?P<w>[^\s,;\"'“”‘’`]{4,64})[\"'“”’`]?[ ]+"
    r"(?i:(?:aus)?füllen|befüllen)"
)
# ... where one gets in or a program asks (not a search, a form's name or address field)
_PROMPTED = re.compile(
    r"(?i)(?:log(?:ged)?[ ]?in|login|sign[ ]?in|eingeloggt|anmeld|einlogg|\brein\b|unlock|entsperr"
    r"|sudo|prompt|passphrase|\basks?\b|fragt|will[ ]+(?:ein|die|den)|wanted|wants|crash|absturz"
    r"|abgestürzt|error|fehler|invalid|ungültig|falsch|wrong|approval|freigabe|bestätig|confirm)"
)
_SEARCHED = re.compile(
    r"(?i)[\"'“”’`]?[ ]+(?:in(?:to)?[ ]+(?:the[ ]+|die[ ]+|das[ ]+|den[ ]+)?(?:such|search|google"
    r"|name|adress|address|betreff|subject|notiz|note|feld[ ]+für)|ins[ ]+(?:such|namens|adress))"
)
# (rare literals: "Tipp" and "type" alone are in much quiet chat; "mit X füllen" holds " mit ",
# one of the pair forms' literals, and "füllen")
_TYPED_HINTS = (
    *("tippe", "tippst", "tippt", "typed", "i type", "we type", "she types", "he types"),
    *("they type", "eingetippt", "i give it", "gebe ich", "geb ich"),
)
# (merge of round 49) a login's handle typed where the message talks of the user name is
# the name ("the login name is not. I type jonas_b_77 and it says unknown user")
_HANDLE_ALONE = re.compile(_HANDLE)
_USER_NAME_TALK = re.compile(
    r"(?i)user[ ]?name|login[ ]?name|benutzer(?:name)?|nutzername|unknown[ ]user|kennung"
)
_TYPED_SCAN = re.compile(literal_trie(tuple(sorted(_TYPED_HINTS))))

# --- round 49: a personal date used as the code ---------------------------------------------
# "she used our wedding date 14.06.2011", "es ist unser Hochzeitstag, also 21081998", "mein
# Geburtsdatum als Code, 0703", "his birthday backwards, so …": a date of one's own given as
# the value ("on our wedding date 14.06.2012 the account was opened", "am Hochzeitstag,
# also am 21.08." tell when something happened and stay)
_OWN_DATE = (
    r"(?:(?:our|my|his|her|their|unser\w*|mein\w*|sein\w*|ihr\w*)[ ]+)"
    r"(?:wedding[ ]+(?:date|day|anniversary)|anniversary|birthday|birth[ ]?date|date[ ]+of[ ]+birth"
    r"|hochzeitstag|hochzeitsdatum|jahrestag|geburtstag|geburtsdatum|geburtsjahr)"
)
_DATE_VALUE = (
    r"(?P<v>\d{1,2}[.\-/]\d{1,2}[.\-/](?:\d{4}|\d{2})(?![\d.\-/]\d)|\d{4}(?:-\d{4})?(?![\d\-])"
    r"|\d{6}(?!\d)|\d{8}(?!\d))"
)
_DATE_AS = re.compile(
    r"(?i)(?:\b(?:used|uses|use|took|picked|chose|set[ ]+it[ ]+to|it['’]?s|it[ ]+is|is|was"
    r"|nimmt|nahm|genommen|nutzt|verwendet|es[ ]+ist|ist|war)[ ]+"
    rf"{_OWN_DATE}"
    r"(?:[ ]+(?:backwards|reversed|rückwärts))?[ ]*,?[ ]*(?:(?:also|so|i\.e\.|nämlich)[ ]*,?[ ]+)?"
    r"|\b"
    rf"{_OWN_DATE}"
    r"(?:[ ]+(?:backwards|reversed|rückwärts)[ ]*,?[ ]*(?:(?:also|so)[ ]+)?"
    r"|[ ]+(?:als|as)[ ]+(?:(?:the|a|der|den)[ ]+)?(?:code|pin|passcode|zahl)[ ]*,?[ ]*))"
    rf"{_DATE_VALUE}"
)
_DATE_HINTS = (
    *("wedding", "anniversary", "birth", "hochzeitstag", "hochzeitsdatum", "jahrestag"),
    "geburtstag",
    *("geburtsdatum", "geburtsjahr"),
)
_DATE_SCAN = re.compile(literal_trie(tuple(sorted(_DATE_HINTS))))

# --- round 49: codes printed to keep (second-factor backup codes) ---------------------------
# "I printed these when I set up 2FA: 7hq2-m9xk, 4vbn-82pt": each group of the list
_BACKUP = re.compile(
    r"(?i)(?:2fa|two[ \-]factor|backup[ \-]?codes?|recovery[ \-]?codes?|wiederherstellungs\w*"
    r"|notfallcodes?|zwei[ \-]?faktor\w*)[^\n]{0,60}?:[ ]*"
    r"(?P<v>[a-z0-9]{4,5}[ \-][a-z0-9]{4,5}(?:[ ]*,[ ]*[a-z0-9]{4,5}[ \-][a-z0-9]{4,5}){0,9})"
    r"(?![\w\-])"
)
_BACKUP_ITEM = re.compile(r"[A-Za-z0-9]{4,5}[ \-][A-Za-z0-9]{4,5}")
_BACKUP_HINTS = (
    *("2fa", "two factor", "two-factor", "backup", "recovery", "wiederherstellung"),
    *("notfallcode", "zwei-faktor", "zweifaktor", "zwei faktor"),
)
_BACKUP_SCAN = re.compile(literal_trie(tuple(sorted(_BACKUP_HINTS))))

# --- round 49: a handle and its value parted by a pipe or an arrow ---------------------------
# "marta.k | X | shop backend", "j.doe → X": a login's handle (a dot, an underscore, an "@"
# in it), then a typed token (a row "marta.k | Berlin office" names a place; a table of a
# guide's example data is no login handed over)
_HANDLE_BAR = re.compile(
    rf"(?<![^\s(])(?:{_HANDLE})[ ]*(?:\||→|->|=>)[ ]*"
    r"(?P<v>[^\s|,;]{4,64})(?=[ ]*(?:\||\n|\Z)|[ ]+|[,;.](?:\s|\Z))"
)

_EXAMPLE_DATA = re.compile(
    r"(?i)example|beispiel|sample|muster|dummy|placeholder|platzhalter|template|vorlage"
)

#: Literals one of which each form holds (lower case): the recognizer's and pre-check's test.
HINTS = (
    *_ANSWER_HINTS,
    *_ANSWER_TO_HINTS,
    *_PAIR_HINTS,
    *_USE_OWNED_HINTS,
    *_LINE_HINTS,
    *_OTHER_HINTS,
    *_LOCK_HINTS,
    *_TRIED_HINTS,
    *_GIVEN_HINTS,
    *_NETWORK_HINTS,
    *_ALONE_HINTS,
    *_TYPED_HINTS,
    *_DATE_HINTS,
    *_BACKUP_HINTS,
    *("|", "→", "->", "=>"),
    *handed_values.LITERALS,
)
_HINT_SCAN = re.compile(literal_trie(tuple(sorted(set(HINTS)))))

_FORMS = (
    *(
        _ANSWERED,
        _ANSWER_TO,
        _OTHER_PART,
        _USER_LINE,
        _HANDLE_LINES,
        _PAIR,
        _AS_WITH,
        _LOCKED,
        _UNLOCKED,
        _UNLOCK_NAMED,
        _TRIED,
    ),
    *(_GIVEN, _NETWORK_KEY, _ALONE_THEN, _TYPED_IN, _DATE_AS, _BACKUP, _HANDLE_BAR),
    _ADMIN_DIGITS,
    # round 50: values handed over with what they are for (see ``handed_values``)
    *handed_values.FORMS,
)


def _unnamed(pattern: str) -> str:
    """``pattern`` with its groups unnamed (the pre-check's alternation has each once)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


#: The pre-check's fragment: a superset of the forms (its gate, ``might_match``, runs them).
FRAGMENT = "|".join(
    "(?:" + _unnamed(re.sub(r"\(\?(?:i|im)\)", "", form.pattern)) + ")" for form in _FORMS
)


# (round 49) Where each form may find a value in a text in plain case (``_plain_case``),
# one of these literals is in the text lower-cased: each form's own (``_TOPIC_LITERALS``, a
# line break for the line forms, "/" for a pair, ...), rarer in chat than ``HINTS``, which
# the pre-check keeps (its hint and quiet literals stay as they were).
_OPENING = (
    *_TOPIC_LITERALS,
    *("\n", "/", *_AS_WITH_LITERALS),
    *(w + after for w in _LOCK_WORDS for after in _AFTER_LOCK_WORD),
    *_UNLOCKED_LITERALS,
    *_QUOTE_AFTER_BLANK,
    *_HANDED_LITERALS,
    *("same as ", "probier", "tried ", "try ", "versuch", " now ", " jetzt ", "both", "beide"),
    *_NETWORK_HINTS,
    # r49-noword's readings: each behind its own literals (every one is in ``HINTS`` too)
    *_ANSWER_TO_HINTS,
    *_USE_OWNED_HINTS,
    *_OTHER_HINTS,
    *_TYPED_HINTS,
    *_DATE_HINTS,
    *_BACKUP_HINTS,
    *("|", "→", "->", "=>", "sperr", "füllen"),  # ("nimm " is in _AS_WITH_LITERALS)
)
_OPENING_SCAN = re.compile(literal_trie(tuple(sorted(set(_OPENING)))))


def _plain_case(text: str) -> bool:
    """No "İ", "ı" or "ſ" in ``text``: the letters a case-blind match reads as "i" or "s"
    where ``str.lower`` gives no "i" or "s" (in any other text a literal of a case-blind
    form's match is in the text lower-cased)."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def gate(text: str, low: str | None = None) -> bool:
    """A text one of the forms may match: one of ``_OPENING`` in it (in plain case), or one
    of ``HINTS``."""
    if low is None:
        low = text.lower()
    if _plain_case(text):
        # (r50-noword) ``handed_values``' forms behind their literals and signs
        return _OPENING_SCAN.search(low) is not None or handed_values.may_match(text, low)
    return _HINT_SCAN.search(low) is not None


def might_match(text: str) -> bool:
    """One of the forms finds a value in ``text`` (its shape for a typed password not yet
    judged: ``values`` with a test that takes every value, so a superset of what the
    recognizer finds): the pre-check's gate. Each form runs behind its own literals."""
    if not gate(text):
        return False
    return bool(values(text, _any_shape))


def _any_shape(text: str, start: int, value: str) -> bool:
    return True


_TRIM = "\"'“”„‚‘’«»`()[]{}<>.,;:!?*"
_QUOTES = "\"'“”„‚‘’«»`"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return value_edges.trimmed(text, start, end, _TRIM, "!?*#")


def _typed(value: str) -> bool:
    """A token shaped as a typed secret beside a login: letters with digits or signs, or
    words joined by a hyphen or a sign with a capital ("Lighthouse-Bay"), or one word in
    a capital's case (the caller's slot tells it is the value)."""
    if "@" in value or "://" in value or value.count(".") > 1:
        return False
    letters = any(c.isalpha() for c in value)
    marks = any(c.isdigit() or c in "!#$%&*+?^~§=-_" for c in value)
    return letters and (marks or value[:1].isupper()) and not value.isupper()


_LABEL_WORDS = frozenset(
    "pass passwort password kennwort pw pwd pin antwort answer code key schlüssel".split()
)
_VERSION_OR_FILE = re.compile(r"[vV]?\d+(?:\.\d+)+\S*|[\w\-]+\.[A-Za-z]{2,4}\d?(?:[#?].*)?")


def _plain(value: str) -> bool:
    """A value a person types: no path's, query's or key's marks, no version or file, no
    password word in it (a label, not its value), at most 48 characters."""
    low = value.lower()
    return (
        len(value) <= 48
        and not any(c in value for c in "=/\\:：")
        and "passw" not in low
        and "kennw" not in low
        and "credential" not in low
        and low not in _LABEL_WORDS
        and _VERSION_OR_FILE.fullmatch(value) is None
    )


# a product and its version ("Windows11", "iPhone15", "Office365"): what a login's trouble
# is about, not its value (merge fix)
_PRODUCT = re.compile(
    r"(?i)(?:windows|win|office|iphone|ipad|ios|macos|android|galaxy|pixel|ubuntu|debian|excel"
    r"|outlook|teams|chrome|firefox|safari|edge|word|photoshop|java|python|node|playstation|ps"
    r"|xbox|switch|surface|thinkpad|fritzbox|fritz!box|kindle|note|redmi|oneplus|huawei|nokia)"
    r"[ \-_]?\d{1,4}[a-z]{0,3}"
)


def _line_value(raw: str, value: str, labelled: bool) -> bool:
    """A value alone on its line beside a login's name: not a label ("Password:"), and
    marked as typed (a digit, a sign inside, joined words) unless a label hands it over."""
    if raw.rstrip().endswith((":", "：")) or not _plain(value) or not _typed(value):
        return False
    if _PRODUCT.fullmatch(value) is not None:
        return False
    inner = value[1:-1]
    return labelled or any(c.isdigit() or c in "!#$%&*+?^~§=-_" for c in inner)


#: The last text read and its spans: the pre-check and the recognizer ask the same text the
#: same question one after the other, and the forms' scans are the module's whole cost.
_last: tuple[str, Callable[[str, int, str], bool], tuple[tuple[int, int], ...]] | None = None


def values(
    text: str, shaped: Callable[[str, int, str], bool], low: str | None = None
) -> list[tuple[int, int]]:
    """The spans of values the message's situation tells are secrets. ``shaped(text, start,
    value)``: the caller's test that a value is shaped as a password someone types (asked of
    a login's value handed over in a sentence); ``low``: the text lower-cased."""
    global _last
    last = _last
    if last is not None and last[1] is shaped and last[0] == text:
        return list(last[2])
    found = _values(text, shaped, low)
    _last = (text, shaped, tuple(found))
    return found


def _values(
    text: str, shaped: Callable[[str, int, str], bool], low: str | None = None
) -> list[tuple[int, int]]:
    if low is None:
        low = text.lower()
    # (round 49) in plain case each form runs behind its own literals and signs, read from
    # its pattern (``_OPENING`` holds one of each); in any other text behind ``HINTS`` and
    # the form's first literals, as in round 48
    plain = _plain_case(text)
    if not (_OPENING_SCAN if plain else _HINT_SCAN).search(low) and not (
        plain and handed_values.may_match(text, low)
    ):
        return []
    out: list[tuple[int, int]] = []

    def add(start: int, end: int) -> tuple[int, int] | None:
        s, e = _trimmed(text, start, end)
        if e <= s:
            return None
        out.append((s, e))
        return s, e

    if (_TOPIC_SCAN if plain else _ANSWER_SCAN).search(low) is not None:
        for m in _ANSWERED.finditer(text):
            answer = m.group("v")
            first = answer.split(" ")[0].lower().strip("'’")
            if (
                (first in _TITLES and text[m.end("v") : m.end("v") + 1] == ".")
                or (first in _NO_ANSWER)
                or "\n" in m.group("gap")
                or _CHECKED.search(text) is None
            ):
                continue
            head = text[m.start() : m.start("v")]
            if _AFTER_TITLE.search(head) is not None:
                continue  # "Mr. Whiskers": the name after a title's dot is no new answer
            gap = m.group("gap")
            if text[m.end("gap") : m.start("v")].lstrip()[:1] in ("?", ".", ":") and (
                len(gap) > 30 or any(c in gap for c in ".!?")
            ):
                continue  # "? X." right after the question, not a sentence later
            if m.group("after") is None and _GERMAN_ANSWER.search(head) is not None:
                continue
            if _menu_path(text, m.start("v"), answer):
                continue
            if _RECORD_NUMBER_NEXT.match(text, m.start("v")) is not None:
                continue  # "… mit Haustier. Kundennummer 4410…": a record's number (r63)
            add(*m.span("v"))
    if _ANSWER_TO_SCAN.search(low) is not None:
        for m in _ANSWER_TO.finditer(text):
            if _ABOUT_WRITER.search(m.group("q")) is not None:
                add(*m.span("v"))
    if "\n" in text and _LINE_SCAN.search(low) is not None:
        for form in (_USER_LINE, _HANDLE_LINES):
            for m in form.finditer(text):
                s, e = _trimmed(text, *m.span("v"))
                labelled = ":" in text[m.start() : m.start("v")].rsplit("\n", 1)[-1]
                if e > s and _line_value(m.group("v"), text[s:e], labelled):
                    out.append((s, e))
    if _OTHER_SCAN.search(low) is not None and _LINE_SCAN.search(low) is not None:
        for m in _OTHER_PART.finditer(text):
            s, e = _trimmed(text, *m.span("v"))
            value = text[s:e]
            if (
                e > s
                and _plain(value)
                and ((value.isdigit() and len(value) <= 8) or (_typed(value) and "@" not in value))
            ):
                out.append((s, e))
    if (
        "/" in text
        and (not plain or _ACCESS_SCAN.search(low) is not None)
        and _ACCESS.search(text) is not None
        and not _alternatives(text)
    ):
        out.extend(m.span("v") for m in _ADMIN_DIGITS.finditer(text))
        for m in _PAIR.finditer(text):
            s, e = m.span("v")
            while s < e and text[s] in _QUOTES:
                s += 1
            while e > s and text[e - 1] in _QUOTES + ".,;)":
                e -= 1
            value = text[s:e]
            if (
                e > s
                and _plain(value)
                and (shaped(text, s, value) or _owned(value, text, m.start()))
            ):
                out.append((s, e))
    if ((" with " in low or " mit " in low) and (not plain or _AS_WITH_SCAN.search(low))) or (
        " and " in low and _USE_OWNED_SCAN.search(low)
    ):
        for m in _AS_WITH.finditer(text):
            group = "v" if m.group("v") is not None else "w"
            s, e = _trimmed(text, *m.span(group))
            value = text[s:e]
            if e <= s:
                continue
            if group == "v":
                name = m.group("name").lower()
                if not (_typed(value) and any(c.isdigit() or c in "!#$%&*+?^~§=" for c in value)):
                    continue
                if name in ("it", "es", "das", "this", "that", "the", "den", "die", "der"):
                    continue
            elif not (value[:1].isupper() and value.isalpha() and len(value) >= 5):
                continue
            out.append((s, e))
    if _LOCK_DIGITS.search(text) is not None and (plain or _LOCK_SCAN.search(low) is not None):
        if not plain or _LOCKED_SCAN.search(low) is not None:
            locked = list(_LOCKED.finditer(text))
            # a number right after the word counts in a list of locks one of which is given
            # ("door's 0812, garage 0913, alarm 1014"; "3. OG, Tür 1357" names a flat's door)
            linked = any(m.group("bare") is None for m in locked)
            for m in locked:
                value = m.group("v")
                if _NOT_LOCK.fullmatch(value) and (
                    _TIME_TALK.search(text, 0, m.start("v")) or _TIME_AFTER.match(text, m.end("v"))
                ):
                    continue
                if _UNIT_AFTER.match(text, m.end("v")):
                    continue
                if m.group("bare") is not None and not linked:
                    continue
                add(*m.span("v"))
        if not plain or _UNLOCKED_SCAN.search(low) is not None:
            for m in _UNLOCKED.finditer(text):
                if _UNIT_AFTER.match(text, m.end("v")) is None:
                    add(*m.span("v"))
        if "unlock" in low or "sperr" in low:
            for m in _UNLOCK_NAMED.finditer(text):
                group = "v" if m.group("v") is not None else "w"
                if _UNIT_AFTER.match(text, m.end(group)) is None:
                    add(*m.span(group))
    if (
        any(q in text for q in _QUOTE_AFTER_BLANK)
        and (not plain or _TRIED_SCAN.search(low) is not None)
        and _SIGN_IN.search(text) is not None
        and _NOT_SECRET_TALK.search(text) is None
    ):
        for m in _TRIED.finditer(text):
            s, e = m.span("v")
            value = text[s:e]
            if (
                value.strip() != value
                or not any(c.isalpha() for c in value)
                or _UI_WORDS.search(value) is not None
                or not _plain(value)
            ):
                continue
            if " " not in value and not (
                _typed(value) and any(c.isdigit() or c in "!#$%&*+?^~§=" for c in value)
            ):
                continue
            if " " in value and (value.count(" ") > 4 or not value.islower()):
                continue
            out.append((s, e))
    if _given_may(text, low) if plain else _GIVEN_SCAN.search(low) is not None:
        for m in _GIVEN.finditer(text):
            group = next(g for g in "vwxyzut" if m.group(g) is not None)
            s, e = _trimmed(text, *m.span(group))
            if e > s and _plain(text[s:e]) and len(text[s:e]) <= 40 and shaped(text, s, text[s:e]):
                out.append((s, e))
    if _NETWORK_SCAN.search(low) is not None:
        for m in _NETWORK_KEY.finditer(text):
            group = next(g for g in "vwx" if m.group(g) is not None)
            s, e = _trimmed(text, *m.span(group))
            value = text[s:e]
            if group == "x" and e > s:
                if _KEY_GIVEN.search(m.group(0)) is None:
                    continue  # "unser WLAN geht nicht, 5502 8813 4479": no key said given
                letters = any(c.isalpha() for c in value)
                if sum(c.isdigit() for c in value) >= 2 and (
                    not letters or any(c.islower() for c in value)
                ):
                    out.append((s, e))
            elif e > s and any(c.isalpha() for c in value) and "." not in value:
                out.append((s, e))
    if "\n" in text and _ALONE_SCAN.search(low) is not None:
        for m in _ALONE_THEN.finditer(text):
            s, e = _trimmed(text, *m.span("v"))
            value = text[s:e]
            sentence = m.group("s")
            if (
                e - s < 4
                or value.lower() in _GREETING
                or not any(c.isalnum() for c in value)
                or "@" in value
                or "/" in value
                or _ALONE_USE.search(sentence) is None
                or _ALONE_OTHER.search(sentence) is not None
            ):
                continue
            out.append((s, e))
    if (
        _TYPED_SCAN.search(low) is not None or ("füllen" in low and " mit " in low)
    ) and _PROMPTED.search(text) is not None:
        for m in _TYPED_IN.finditer(text):
            group = "v" if m.group("v") is not None else "w"
            s, e = _trimmed(text, *m.span(group))
            value = text[s:e]
            if (
                e > s
                and _plain(value)
                and _SEARCHED.match(text, e) is None
                and not (_HANDLE_ALONE.fullmatch(value) and _USER_NAME_TALK.search(text))
                and shaped(text, s, value)
            ):
                out.append((s, e))
    if _DATE_SCAN.search(low) is not None:
        for m in _DATE_AS.finditer(text):
            add(*m.span("v"))
    if _BACKUP_SCAN.search(low) is not None:
        for m in _BACKUP.finditer(text):
            base = m.start("v")
            for item in _BACKUP_ITEM.finditer(m.group("v")):
                value = item.group()
                if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                    out.append((base + item.start(), base + item.end()))
    if ("|" in text or "→" in text or "->" in text or "=>" in text) and (
        _EXAMPLE_DATA.search(text) is None
    ):
        for m in _HANDLE_BAR.finditer(text):
            s, e = _trimmed(text, *m.span("v"))
            value = text[s:e]
            if (
                e > s
                and _plain(value)
                and _typed(value)
                and any(c.isdigit() or c in "!#$%&*+?^~§=" for c in value)
                and shaped(text, s, value)
            ):
                out.append((s, e))
    # round 50: a value handed over with what it is for (a transcript's answer, keyed
    # digits, a login's other part, an own thing, a corrected value)
    if plain:
        out.extend(handed_values.spans(text, low))
    return out


def _given_may(text: str, low: str) -> bool:
    """One of ``_GIVEN``'s ways may match ``text`` in plain case (``low``: lower-cased):
    its literal and the sign or word it needs beside it."""
    return (
        ((":" in text or "→" in text) and _HANDED_SCAN.search(low) is not None)
        or ("same as " in low and ("," in text or ":" in text))
        or ((" mit " in low or " with " in low) and _TRYING_SCAN.search(low) is not None)
        or ((" now " in low or " jetzt " in low) and _RESET_SCAN.search(low) is not None)
        or (("both" in low or "beide" in low) and _LOCKED_OUT_SCAN.search(low) is not None)
        # "probier mal X", "nimm einfach X" (r49-noword)
        or (
            ("probier" in low or "versuch" in low or "nimm " in low)
            and (" mal " in low or " doch " in low or " einfach " in low)
        )
    )


def _owned(value: str, text: str, start: int) -> bool:
    """A pair's value after a built-in login's name ("gast / gast2024"): letters and digits."""
    name = text[start : text.index("/", start)].strip().lower()
    return (
        name in _LOGIN_NAMES
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and not value.isupper()
    )


# words either side of a slash, both plain letters ("A/B", "und/oder", "yes/no"): a text that
# lists alternatives with the slash, so its pairs are alternatives too ("A/B test results:
# variant/Control#2") (merge fix)
_ALTERNATIVE = re.compile(r"(?<![\w/])[A-Za-zÄÖÜäöüß]{1,12}/[A-Za-zÄÖÜäöüß]{1,12}(?![\w/])")


def _alternatives(text: str) -> bool:
    """The message uses the slash between alternatives (two plain words), not a login's."""
    return _ALTERNATIVE.search(text) is not None


def _menu_path(text: str, start: int, answer: str) -> bool:
    """The answer is a step of a menu's path: another arrow in the line, or the step before
    the arrow or the answer itself a settings word ("Mein Konto → Sicherheit")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = text[line_start:start].rstrip()
    if not before.endswith(("→", "->", ">")):
        return False
    if sum(line.count(a) for a in _ARROWS) > 1:
        return True
    step = before.rstrip("→->").rstrip().rsplit(" ", 1)[-1].lower()
    return step in _MENU_WORDS or answer.split(" ")[0].lower() in _MENU_WORDS
