"""How password-like a token is: the judge every password candidate passes.

A password is recognised by its context (see ``recognizers/password.py``) *and* by its
shape. The shape is judged here, without any list of known passwords:

- ``REJECT``: cannot be a password here: talk about one ("wrong", "abgelaufen"), a function
  word, an e-mail address, a URL, a ticket/order/invoice number (``OCA-000123``), a date, a
  time, an amount, a version, a template reference (``${link}``, ``{{x}}``, ``%s``), a null
  value (``NULL``, ``None``, ``""``), something already masked;
- ``WORD``: a dictionary word (the 20,000 most frequent English and German words each, in
  ``data/common_words.txt``): a password only after an explicit "is"/":";
- ``PLAIN``: a non-dictionary word or a number of four or more digits;
- ``STRONG``: five or more characters mixing letters with digits or symbols, or with inner
  capitals: a password even without any connector.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import regex as re

from redaction.german_forms import eszett_forms

REJECT, WORD, PLAIN, STRONG = 0, 1, 2, 3

_DATA = Path(__file__).with_name("data") / "common_words.txt"


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """The common EN+DE words, lower case."""
    return frozenset(_DATA.read_text(encoding="utf-8").split())


#: Words that end a passphrase and are never a password on their own: articles, pronouns,
#: conjunctions, prepositions, auxiliaries, negations, adverbs of time, greetings.
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those it it's its is was are were be been being am has have had
    do does did doesn't don't didn't isn't wasn't aren't can't cannot won't wouldn't couldn't
    not no none nothing never nor and or but so as if then than because since while when
    where who what which why how whether also too very just only still now currently again
    anymore already yet always sometimes ever maybe perhaps probably really actually even
    i me my mine you your yours he him his she her we us our they them their myself
    to for of in on at by from with without about into onto via per after before until till
    over under up down out off here there please pls thanks thank thx cheers hi hello hey bye
    will would should could must may might shall can let lets let's get got gets set sets
    some any all every each other another such same own more most less few many much
    yesterday today tomorrow since last next past
    der die das den dem des ein eine einen einem einer eines kein keine keinen nicht nie
    niemals und oder aber doch sondern denn weil dass ob wenn als wie wo wer was warum
    auch noch schon jetzt nun immer wieder mal nur sehr zu zum zur im in an am auf aus bei
    mit von vom nach vor für über unter ohne seit bis durch gegen um ich mich mir mein meine
    meinen meinem meiner du dich dir dein deine er ihn ihm sein seine sie ihr ihre wir uns
    unser unsere es ist war sind waren bin bist wird werden wurde wurden hat habe haben hatte
    kann könnte muss soll sollte darf will möchte bitte danke hallo gestern heute morgen
    letzte letzten letzter letztes vorige vorigen voriger voriges nächste nächsten
    leider vielleicht eigentlich also dann da dort hier so siehe see check übrigens btw
    dasselbe derselbe dieselbe selbe same immer
    wann wieso weshalb weswegen welche welcher welches welchen welchem wem wen wessen wozu
    woher wohin whose whom
    selbst selber deshalb daher darum deswegen trotzdem dennoch therefore thus hence yourself
    keins keiner keinem keines nichts nix nothing nobody niemand
    gerade grad grade eben vorhin neulich kürzlich bereits
    e.g e.g. eg i.e i.e. ie z.b z.b. zb bzw bzw. usw usw. etc etc. ca ca. vs vs.
    """.split()
)

#: Words that describe a password rather than being one ("my password is wrong").
STATE_WORDS = frozenset(
    """
    wrong incorrect invalid expired correct right ok okay fine weak strong short long empty
    blank missing required mandatory optional rejected accepted locked blocked forgotten
    forgot lost unknown known different new old changed reset resetting working broken
    secret hidden shown displayed visible encrypted hashed updated needed requested
    generated unsafe safe secure insecure compromised leaked stolen hacked same below above
    attached sent saved stored case case-sensitive sensitive valid enabled disabled active
    inactive temporary correctly fixed same default standard complicated simple easy hard
    manager field form page box prompt dialog screen policy rules requirements characters
    chars letters digits symbols numbers length link mail email e-mail reset-link protected
    falsch abgelaufen gesperrt ungültig gültig vergessen korrekt richtig kaputt leer weg neu
    neues neuer alt altes geändert zurückgesetzt unbekannt sicher unsicher bekannt verloren
    abgelehnt akzeptiert erforderlich gespeichert verschlüsselt sichtbar unten oben lang kurz
    schwach stark funktioniert geht gilt feld formular seite manager richtlinie
    zeichen ändern zurücksetzen anmelden eingeben eingegeben stimmt identisch gleich
    mindestens minimum maximum höchstens maximal least fehler error errors fehlermeldung
    bytes byte bits bit stellen stellig ziffern buchstaben
    readable unreadable guessable predictable crackable exposed unset
    passwords passwörter kennwörter
    abgloffe abgloffä gsperrt gspeert gschperrt vergässe gänderet gänderät glöscht zruggsetzt
    abglaufen hinig hin hinüber
    medium mittel werkseinstellung werkseinstellungen expiring expires ausläuft abläuft läuft
    papier zettel rückseite unterseite vorderseite aufkleber typenschild etikett backside
    underside
    """.split()
)

STOP_WORDS = FUNCTION_WORDS | STATE_WORDS

_NULLS = frozenset(
    {
        "null",
        "none",
        "nil",
        "undefined",
        "empty",
        "n/a",
        # a table's or a form's empty cell in German: "(leer)", "keins"
        "leer",
        "keins",
        "keines",
        "na",
        "tbd",
        "todo",
        "changeme?",
        "changeme",
        "change_me",
        "change-me",
        "changeit",
        "replaceme",
        "replace_me",
        "fixme",
        "xxx",
        "xxxx",
        "xxxxx",
        "xxxxxx",
        "xxxxxxxx",
        "***",
        "****",
        "*****",
        "******",
        "...",
        "…",
        "-",
        "--",
        "—",
        '""',
        "''",
        "<password>",
        "<pass>",
        "<secret>",
        "<token>",
        "[password]",
        "[passwort]",
        "[redacted]",
        "[credential]",
        "[cvc]",
        "[expiry]",
        "redacted",
        "hidden",
        "secret",
        "example",
        "placeholder",
        "your_password",
        "yourpassword",
        "your-password",
        "password",
        "passwort",
        "pw",
        "pwd",
        "passwd",
        "true",
        "false",
        # a flag's answer: MySQL's "(using password: YES)"
        "yes",
        "ja",
        "on",
        "off",
    }
)
_MASKS = ("[PASSWORD]", "[CREDENTIAL]", "[CVC]", "[EXPIRY]", "••")


def _masked(token: str) -> bool:
    """Whether ``token`` holds a mask: ours in brackets, a card's "••••" (glued to a word
    too: "VISA••••"), or a bullet at its edge; a single bullet between letters or digits is
    a symbol the customer typed ("Kyiv•Lviv•2023")."""
    return any(m in token for m in _MASKS) or (
        "•" in token and (token[0] == "•" or token[-1] == "•")
    )


#: A key or password word whose value is our mask already ("password: [PASSWORD]"): it
#: leads to nothing new, so the recognizers skip it when redacting redacted text.
MASKED_VALUE = re.compile(
    r"[\"']?[ ]*(?:[:=]|->|=>|(?:is|ist|lautet|was|war)(?!\w))?[ ]*[\"']?"
    r"\[(?:PASSWORD|CREDENTIAL)\]"
)
#: "pin" as a verb, the object right after it ("pin it to the top", "pin the workflow",
#: "pin this message", "pin your tabs", "pin it down"): the lower-case word names no PIN
#: there. (The password and named-number rules test it after "pin".)
PIN_VERB = re.compile(
    r"(?i)[ ]+(?:it|its|them|this|that|these|those|the|our|your|a|an|to|down|up|on|me)"
    r"(?![^\W\d_])"
)
# (a local part may be masked on a screen that names where a code went: "k***@web.de")
_EMAIL = re.compile(r"[\w.+\-'*•]+@[\w\-]+(?:\.[\w\-]+)+")
# a docs slot opened inside a value and closed after a space: "SG.<your key>"
_SLOT_OPEN = re.compile(r"(?i)<(?:your|yours|dein\w*|eue?r\w*|ihre?)(?![a-z])")
_URL = re.compile(r"(?i)(?:[a-z][a-z0-9+.\-]*://|www\.)\S+")
#: a setting named on a command line after a plus ("+hostname", "+sv_password")
_CONVAR = re.compile(r"\+[a-z_][a-z0-9_]{2,}")
#: a host under a common top-level domain, then a path
_HOST_PATH = re.compile(
    r"(?i)(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:com|net|org|io|de|at|ch|co|uk|eu|dev|app"
    r"|cloud|shop|info|biz|us|fr|nl|it|es|local|internal|intern|lan)(?::\d{2,5})?/[\w\-./~%]*"
)
_TEMPLATE = re.compile(
    r"\$\{[^}]*\}|\{\{[^}]*\}\}|\{%[^%]*%\}|\$\([^)]*\)|%\([^)]*\)[sd]|%[sd]|<%[^%]*%>|"
    # $VAR / $var: an identifier-like name ("$YYbMDot25P" is a password starting with "$")
    r"\{[A-Za-z_][\w.]*\}|\$(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*)(?!\w)|%[A-Za-z_]\w*%|"
    r"<[A-Za-z_][\w\- ]*>|\[\[[^\]]*\]\]|"
    # an f-string or template calling code: {_github_pat(name)}, ${get_secret("x")}
    r"\$?\{[A-Za-z_][\w.]*\([^{}]*\)\}|"
    r"__[A-Z_]+__"
)
# every template opens with one of these (``_is_template`` tests it before the regex)
_TEMPLATE_OPENERS = "${%<[_"


def _is_template(token: str) -> bool:
    """``_TEMPLATE`` matches the whole of ``token`` (most tokens open with a letter or a
    digit, and no template does: one character test instead of the regex's call)."""
    return token[:1] in _TEMPLATE_OPENERS and _TEMPLATE.fullmatch(token) is not None


# A template reference inside a value names a clean identifier: "${user.password}", "{{ pw }}"
# ("m{{h}o)p${e]nob(ody…" is a random string that happens to hold braces).
_TEMPLATE_INSIDE = re.compile(r"\$\{[\w.\-: |]*\}|\{\{[\w.\-: |]*\}\}|\{%[^%]*%\}")
# Code that fetches a value rather than being one: os.environ['X'], process.env.X, getenv("X")
_CODE_REF = re.compile(
    r"[A-Za-z_]\w*(?:\.\w+)+[ ]*[\[(]|(?:process\.env|os\.environ)\b|"
    r"(?:getenv|environ|env|secrets?|vault|config|settings|ENV)[ ]*[\[(]|"
    r"(?:self|this|settings|config|conf|cfg|env|secrets|params|props|options|opts)\.[\w.]+$|"
    # Terraform/HCL references: var.db_password, local.pw, module.db.password, each.value
    r"(?:var|local|module|data|each|dependency)\.[a-z_][\w.\-]*$|"
    r"[A-Za-z_]\w*(?:\.\w+)*\.[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"
)
# Another tool's mask: "[Filtered]", "[REDACTED]", "[hidden value]", "<redacted>"
_OTHER_MASK = re.compile(
    r"\[[A-Za-z][A-Za-z _\-]{2,30}\]|<(?:redacted|filtered|hidden|masked)>"
    # a word between stars: "***REMOVED***", "**redacted**" (a scrubber's or a bot's mask)
    r"|\*{2,}(?:redacted|filtered|hidden|masked|removed|censored|entfernt|geschwärzt)\*{2,}",
    re.I,
)
# A reference into code, not a value: random_password.password.result (three or more
# lower-case identifier parts), a file path (/Users/x/.aws/creds, ~/.ssh/id_rsa)
_ATTRIBUTE_PATH = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*){2,}")
_FILE_PATH = re.compile(
    r"(?:~|\.{1,2})?/(?:[\w.\-]+/)+[\w.\-]*|[A-Za-z]:\\(?:[\w.\- ]+\\)+[\w.\-]*"
    # a PHP namespace or a Windows domain's path of names ("Illuminate\Database\Connectors\
    # Connector" in a stack trace; round 63): three names or more
    r"|\\?[A-Z][a-z][A-Za-z0-9_]{2,}(?:\\[A-Z][a-z][A-Za-z0-9_]{2,}){2,}"
)
# A file named with a document's, an image's or a log's extension, as a screenshot or an
# attachment is ("bildschirmfoto_2024-05-11_um_08.32.14.png", "Export 3-2024.csv")
_FILE_NAME = re.compile(
    r"(?i)[\w\-]+(?:[.\-_][\w\-]+)*\.(?:png|jpe?g|gif|heic|webp|bmp|pdf|txt|log|csv|zip|docx?"
    r"|xlsx?|pptx?|mp4|mov|json|xml|ya?ml|html?)"
)
# A package or action at a version: docker/login-action@v2, actions/checkout@v4.1.1,
# @scope/pkg@1.2.3 (a dependency, not a login)
_PACKAGE_REF = re.compile(
    r"@?[\w.\-]+/[\w.\-]+@(?:v?\d+(?:\.\d+)*(?:-[\w.]+)?|main|master|latest|stable|[0-9a-f]{7,40})"
    # without an owner only at a "v" version: setup-node@v3 (not anna@2024)
    r"|[a-z][\w.\-]*-[\w.\-]+@v\d+(?:\.\d+)*"
)
# A constant's name: XXH3_SECRET_SIZE_MIN, DB_PASS (a reference, not its value)
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# A key with nothing after it ("port=", "DB_PASSWORD="): the next pair, not a value
_EMPTY_KEY = re.compile(r"(?:[a-z_][a-z0-9_.\-]*|[A-Z_][A-Z0-9_.\-]*)=")
# MySQL's account 'root'@'172.18.0.5' (quotes around user and host; trim took the outer ones)
_MYSQL_ACCOUNT = re.compile(r"[^\"'`\s@]{1,64}[\"'`]@[\"'`][^\"'`\s]{1,255}")
# a call with a variable or bind parameter: hash(:plain_password), crypt($1, gen_salt('bf'))
_CALL_REF = re.compile(r"[a-z_][a-z0-9_.]*\([ ]*(?:[:$@?]?[A-Za-z_][\w.]*|\$\d+|\?)[ ]*(?:[,)].*)?")
_YAML_TAG = re.compile(r"![A-Za-z][A-Za-z_]*")
_ENCRYPTED = re.compile(
    r"(?:ENC|enc|vault|VAULT|sops|SOPS)\[[^\]\s]*\]?"
    # (jasypt's "ENC(G6N718Uuy…)" in a Spring properties file; round 62)
    r"|ENC\([A-Za-z0-9+/=]+\)"
)
#: an EAP or PPP sign-in method's name ("auth=MSCHAPV2", "phase2-auth=mschapv2"; round 62)
_AUTH_METHOD = re.compile(r"(?i)(?:ms-?chap(?:-?v2)?|chap|pap|gtc|peap|ttls|eap-[a-z\d\-]+)")
#: a product's message id, its letters, number and severity ("SQL30082N", "ANR2017I")
_MESSAGE_ID = re.compile(r"[A-Z]{3,4}\d{4,5}[NWEICS]")
#: how a value is written, no value: "base64-kodiert", "url-encoded" (round 62)
_ENCODING = re.compile(
    r"(?i)(?:base64|base-64|hex|url|utf-?8|pem)[ \-](?:en)?(?:cod(?:ed|iert)|kodiert)"
)
_SQL_TYPE = re.compile(
    r"(?:[A-Z]+|(?i:n?varchar|n?char|varbinary|binary|decimal|numeric|float|bit|string))"
    r"\(\d+(?:,[ ]?\d+)?\)?[,;]?"
)
# lower-case words joined by underscores: created_at, new_password (an identifier)
_SNAKE = re.compile(r"[a-z]+(?:_[a-z]+)+")
# A value that tells the reader what to put there: "your-smtp-password-here",
# "hier-passwort-eintragen", "ENTER_YOUR_PASSWORD": words joined by separators, naming a
# secret and saying "your"/"here"/"eintragen" (templates such as "<euer-token>" are above).
_PLACEHOLDER_MARKS = frozenset(
    """
    your yours enter insert put replace change fill here goes example sample dummy
    dein deine deinen euer eure euren ihr ihre hier eintragen einfügen einfuegen
    einsetzen ersetzen ändern aendern beispiel
    """.split()
)
_ASKING_MARKS = frozenset(
    "your yours enter insert replace dein deine deinen euer eure euren ihr ihre".split()
)
_SECRET_PARTS = frozenset(
    """
    password passwort pass passwd pwd pw kennwort secret geheimnis token key schlüssel
    schluessel apikey credential credentials value wert
    """.split()
)
_PARTS = re.compile(r"[-_. ]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
#: an asking word run together with a secret's word ("hereyourpasswordformetricbeat")
_JOINED_SLOT = re.compile(
    "(?i)(?:" + "|".join(sorted(_ASKING_MARKS)) + ")(?:" + "|".join(sorted(_SECRET_PARTS)) + ")"
)
# camelCase: "YourWSPassword", "DeinPasswort" join their words without a separator
_CAMEL = re.compile(r"[a-z][A-Z]")


@lru_cache(maxsize=8192)  # (a pure test of one token, asked again for the same ones)
def is_encrypted(core: str) -> bool:
    """A value another tool encrypted: SOPS' "ENC[AES256_GCM,data:…]", jasypt's "ENC(…)"."""
    return _ENCRYPTED.fullmatch(core) is not None


def names_auth_method(core: str) -> bool:
    """``core`` names a sign-in method (an EAP method: "mschapv2", "peap", "eap-tls")."""
    return _AUTH_METHOD.fullmatch(core) is not None


def is_placeholder(core: str) -> bool:
    """Words joined by ``-``/``_``/``.`` that name a secret and ask for it
    (``your-smtp-password-here``, ``hier-passwort-eintragen``, ``YOUR_API_KEY``), or
    words asking for it (``your wifi password``, a template's quoted slot; round 62)."""
    if " " in core:
        spaced = core.lower().split()
        return (
            2 <= len(spaced) <= 5
            and spaced[0] in _ASKING_MARKS
            and spaced[-1] in _SECRET_PARTS
            and all(p.isalpha() for p in spaced)
        )
    if core.isalpha() and _JOINED_SLOT.search(core) is not None:
        return True  # "hereyourpasswordformetricbeat": a slot's words run together (round 62)
    camel = not any(sep in core for sep in "-_.")
    if camel and _CAMEL.search(core) is None:
        return False
    parts = [p.lower() for p in _PARTS.split(core) if p]
    if camel and len(parts) == 2 and parts[1][:1].isalpha() and parts[1][-1:].isdigit():
        # "IhrPasswort123", "YourPassword1": the asking word's slot with a sample's digits
        # (round 59)
        word = parts[1].rstrip("0123456789")
        return parts[0] in _ASKING_MARKS and word in _SECRET_PARTS
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return False
    # joined without separators only a word asking the reader marks it ("YourWSPassword");
    # "dummyPassword", "testPasswort" are literal values a test uses
    marks = _ASKING_MARKS if camel else _PLACEHOLDER_MARKS
    return any(p in _SECRET_PARTS for p in parts) and any(p in marks for p in parts)


# OCA-000123, INV-2024-0042, ORD#5567, TKT_778812, #123456, RE-12345: letters then a number.
_REFERENCE = re.compile(r"#?[A-Za-z]{1,6}(?:[-_#/ ]?[A-Za-z]{0,4})?[-_#/]?\d{3,}(?:[-_/]\d+)*|#\d+")
_DATE = re.compile(
    r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{1,4})?|\d{1,2}\.?(?:jan|feb|mär|mar|apr|mai|may|jun|jul|"
    r"aug|sep|okt|oct|nov|dez|dec)\w*\.?\d{0,4}|\d{1,2}(?:st|nd|rd|th)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:am|pm|uhr|h)?", re.IGNORECASE)
# a log line's ISO 8601 time stamp: "2025-03-04T10:12:01Z", "2024-11-14T08:02:11.512+01:00"
# (a date, the letter T and a time, maybe a zone: what a logger prints, never typed as one)
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+\-]\d{2}(?::?\d{2})?)?"
)
_AMOUNT = re.compile(
    r"(?:[€$£¥]|eur|usd|chf|gbp)?-?\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?(?:[€$£¥%]|eur|euro|"
    r"usd|chf|gbp|k|m|mb|gb|kb|tb|ms|s|min|h|x|px|pt|kg|g|km|m)?|"
    r"(?:[€$£¥]|eur|usd|chf)\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:[€$£¥%])",
    re.IGNORECASE,
)
_VERSION = re.compile(
    r"v?\d+(?:\.\d+){1,3}(?:[-+.]?(?:alpha|beta|rc|dev|post|final)\d*)?", re.IGNORECASE
)
# a count joined to what it counts: "8-stellig", "12-character", "3-fach" (a rule, not a value)
_COUNTED = re.compile(
    r"\d{1,3}-?(?:stellig\w*|zeichen|characters?|chars?|digits?|fach\w*|mal|teilig\w*|"
    r"letters?|buchstaben|ziffern)",
    re.IGNORECASE,
)
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[A-Z0-9]{4}){0,8}[A-Z0-9]{0,4}")
_PHONE = re.compile(r"\+\d[\d\-/() ]{6,}\d|\(?0\d{2,5}\)?[\-/ ]\d[\d\- ]{4,}\d")
# "I'll", "we're", "you've", "didn't": a pronoun or auxiliary contracted, the start of a
# sentence ("pw: I'll send it later"), never a value
_CONTRACTION = re.compile(
    r"(?:i|you|we|they|he|she|it|that|there|here|what|who|let)[’'](?:ll|m|ve|d|re|s)"
    r"|[a-z]+n[’']t"
    # the same typed on a phone, without the apostrophe: "thats", "dont", "youre"
    r"|(?:that|what|there|here)s|(?:do|does|did|is|was|are|were|ca|could|would|should|have|has)nt"
    r"|ive|youre|theyre|youve|weve|theyve"
)
_WORD_CHARS = re.compile(r"[^\W\d_]+(?:[-'/]+[^\W\d_]+)*[-/]?")
_TRIM = "\"'“”„‚‘’«»`()[]{}<>.,;:!?"


def is_null(token: str) -> bool:
    """``NULL``, ``None``, ``n/a``, ``***``, ``<password>``: no value at all."""
    return token.lower() in _NULLS


def trim(token: str) -> str:
    """``token`` without sentence punctuation and quotes around it (templates kept)."""
    if _is_template(token):
        return token
    return token.strip(_TRIM)


@lru_cache(maxsize=8192)  # (a pure test of one token, asked again for the same ones)
def is_reference(core: str) -> bool:
    """Ticket, order, invoice, tracking and case numbers: letters then digits, all caps."""
    if not _REFERENCE.fullmatch(core):
        return False
    letters = "".join(ch for ch in core if ch.isalpha())
    # hunter22 / kettle77 are passwords, OCA-000123 / RE12345 / TKT_7788 are references:
    # references are upper case (or start with #) and carry at least three digits.
    if letters.isupper() and len(letters) >= 4 and letters.lower() in dictionary():
        return False  # TIGER2019: a shouted word and a year, not a reference
    if "#" in core[1:]:
        return False  # "#Bergsee#2024": a sign inside is a password's, no reference's
    return core.startswith("#") or letters.isupper()


def _is_constant(core: str) -> bool:
    return _CONSTANT.fullmatch(core) is not None and sum(ch.isdigit() for ch in core) <= 2


#: A reference into a secret store or the environment, not the secret itself.
_STORE_REF = re.compile(
    r"(?i:vault|ssm|secretsmanager|secrets-?manager|keyvault|kv|sops|secret|file)"
    r":/?[\w.\-]+(?:/[\w.\-]+)+|env:[A-Z_][A-Z0-9_]*"
)


#: A password's stored hash in crypt(3)'s or LDAP's notation: "$6$rounds$salt$…",
#: "$2y$10$…", "$argon2id$v=19$…", "{SSHA}…" (not Spring's "{noop}", which is plain text).
_STORED_HASH = re.compile(
    r"\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|sha512|md5|apr1|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt)"
    r"\$[./\w=,$+-]{8,}"
    r"|\{(?:ssha|sha|sha256|ssha256|sha512|ssha512|smd5|md5|crypt|pbkdf2[\w-]*|bcrypt|"
    r"argon2|scrypt)\}[\w./+=$-]{8,}",
    re.IGNORECASE,
)
STORED_HASH = _STORED_HASH  # (public: ``record_fields`` reads a password file's lines)


#: A whole value that names the slot it stands in ("SMTP_PASS=#value"; "value" alone starts
#: a scanner's test phrase, "value with quotes and spaces").
_SLOT_WORDS = frozenset(("#value", "<value>", "wert"))


@lru_cache(maxsize=8192)  # (a pure test of one token, asked again for the same ones)
def is_stored_hash(value: str) -> bool:
    """Is ``value`` a stored hash ("$6$salt$…", "{SSHA}…")?"""
    return _STORED_HASH.match(value) is not None


def is_non_secret_shape(core: str) -> bool:
    """Shapes that are never a password: addresses, references, dates, amounts, versions."""
    low = core.lower()
    if low in _NULLS or _masked(core):
        return True  # includes anything already masked: redacting twice changes nothing
    if low in _SLOT_WORDS:
        return True  # a template's slot named by its kind: "SMTP_PASS=#value"
    if core.startswith("--") or (len(core) == 2 and core[0] == "-"):
        return True  # a command-line flag: "--digest", "-k"
    if core[:1] == "+" and _CONVAR.fullmatch(core):
        return True  # a game server's setting on its command line: "+hostname" (round 61)
    if set(core) <= set("*•x·.-_#?!") or core.startswith(("$(", "${", "{{", "<%")):
        return True  # masked, or a shell/template expansion: "$(cat /run/secrets/pg)"
    if core[:1] in "{[(<" and core[-1:] in "}])>" and core[1:-1] and set(core[1:-1]) <= set(".…"):
        return True  # "PWD={...}": an ellipsis in a value's quoting braces, nothing given
    if core.startswith("@/"):
        return True  # '"Password" = "@/etc/bacula/pw"': a file included in its place (r63)
    if core.startswith("`") and core.endswith("`") and len(core) > 2:
        return True  # `cat secret.txt`: a command's output (a lone leading ` is a character)
    if core[:1] in "[<*" and _OTHER_MASK.fullmatch(core):
        return True
    if "." in core and _ATTRIBUTE_PATH.fullmatch(core):
        return True
    if ("/" in core or "\\" in core) and _FILE_PATH.fullmatch(core):
        return True
    if "." in core and _FILE_NAME.fullmatch(core):
        return True  # a file's name: an attachment, a screenshot, a log
    if ("[" in core or "(" in core) and is_encrypted(core):
        return True  # encrypted by another tool: SOPS "ENC[AES256_GCM,data:…]"
    if "-" in core and _ENCODING.fullmatch(core):
        return True
    if names_auth_method(core) or _MESSAGE_ID.fullmatch(core):
        return True
    if core[:1] in "${" and _STORED_HASH.match(core):
        return True  # a stored hash ("$6$salt$…", "{SSHA}…"): what a system keeps, no password
    if "(" in core and _SQL_TYPE.fullmatch(core):
        return True  # a column's type: "password VARCHAR(255) NOT NULL"
    if "(" in core and _CALL_REF.fullmatch(core):
        return True  # code computing a value: "crypt(:new_password, gen_salt('bf'))"
    if core.endswith("=") and _EMPTY_KEY.fullmatch(core):
        return True  # "passwort=" then the next line: an empty value, not "port=587"
    if "@" in core and _MYSQL_ACCOUNT.fullmatch(core):
        return True
    if ":" in core and _STORE_REF.fullmatch(core):
        return True  # where a secret store keeps it: "vault:ops/sync_bot", "env:DB_PASS"
    if "@" in core and _PACKAGE_REF.fullmatch(core):
        return True
    if is_placeholder(core):
        return True
    if "<" in core and _SLOT_OPEN.search(core):
        return True
    if "/" in core and _HOST_PATH.fullmatch(core):
        return True  # "northwind-candles.myshopify.com/admin": a host and a path (round 61)
    return bool(
        _EMAIL.fullmatch(core)
        or _URL.match(core)
        or "://" in core  # a reference holding an address: @Microsoft.KeyVault(SecretUri=https…)
        or _is_template(core)
        or _TEMPLATE_INSIDE.search(core)
        or (("." in core or "(" in core or "[" in core) and _CODE_REF.match(core) is not None)
        or ("_" in core and _is_constant(core))
        or is_reference(core)
        or _DATE.fullmatch(core)
        or _TIME.fullmatch(core)
        or ("T" in core and _TIMESTAMP.fullmatch(core) is not None)
        or _AMOUNT.fullmatch(core)
        or _COUNTED.fullmatch(core)
        or _VERSION.fullmatch(core)
        or _PHONE.fullmatch(core)
        or _IBAN.fullmatch(core)
    )


@lru_cache(maxsize=8192)
def likeness(token: str) -> int:
    """``REJECT``, ``WORD``, ``PLAIN`` or ``STRONG`` for one whitespace-free token."""
    if token[:1] == "!" and _YAML_TAG.fullmatch(token):
        return REJECT  # a YAML tag: "password: !vault |" (the value follows on later lines)
    return untagged_likeness(token)


@lru_cache(maxsize=2048)
def untagged_likeness(token: str) -> int:
    """``likeness`` where no YAML tag can stand (a value before "is my password"): "!start"
    is a word behind a symbol there."""
    core = trim(token)
    if len(core) < 3 or len(core) > 128 or _masked(token):
        return REJECT
    if token[:2].strip("\"'")[:1] in "[<*" and _OTHER_MASK.fullmatch(token.strip("\"',;.:")):
        return REJECT
    low = core.lower()
    if low in STOP_WORDS or is_non_secret_shape(core) or _CONTRACTION.fullmatch(low):
        return REJECT
    # "weiss", "gemäss": the "ß" spelling the lists hold (the test first: most words have no "ss")
    swiss = eszett_forms(low) if "ss" in low else ()
    if swiss and any(form in STOP_WORDS for form in swiss):
        return REJECT
    if low[-1] == "e" and low + "n" in STATE_WORDS:
        return REJECT  # Swiss German drops a participle's final n: "abglaufe", "vergässe"
    letters = sum(ch.isalpha() for ch in core)
    digits = sum(ch.isdigit() for ch in core)
    symbols = len(core) - letters - digits
    if letters == 0 and symbols == 0:
        return PLAIN if digits >= 4 else REJECT
    if letters == 0:
        return PLAIN if digits >= 4 and symbols <= 2 else REJECT
    if digits == 0 and symbols == 0:
        inner_upper = any(ch.isupper() for ch in core[1:]) and any(ch.islower() for ch in core)
        if inner_upper and len(core) >= 6 and not core[1:].isupper():
            return STRONG
        if low in dictionary() or any(form in dictionary() for form in swiss):
            return WORD
        return PLAIN if len(core) >= 4 else WORD
    if digits == 0 and _WORD_CHARS.fullmatch(core):
        # hyphenated or apostrophed words: e-mail, don't, Müller-Lüdenscheidt
        return WORD
    if digits == 0 and _SNAKE.fullmatch(core) and all(p in dictionary() for p in low.split("_")):
        return WORD  # an identifier of words: created_at, new_password, dont_change
    return STRONG if len(core) >= 5 else PLAIN


def is_plain_word(token: str) -> bool:
    """Letters only, or a short number (a passphrase member), and not a function word."""
    core = token.strip(_TRIM)
    if core.isdigit():
        return len(core) <= 4
    return core.isalpha() and core.lower() not in FUNCTION_WORDS


# ---------------------------------------------------------------- secret-likeness
# What the shape alone must show when the context is only "a password word is near"
# (no connector ties the token to it): stricter than ``STRONG``, which also admits
# identifiers, file and host names, products and error codes.
#: Symbols that make a token look like a password (not "-", "_" or ".").
#: Currency signs a customer counts as a password's symbol ("Prezzo€100", "Kasa₺2024"): a
#: symbol among letters and digits like any other (the model's features keep the old shapes).
_CURRENCY_SIGNS = frozenset("€£¥₺₹₽₩")
STRONG_SYMBOLS = frozenset("!#$%&*+?@^~§=<>|\\;'\"()[]{}")
_HOST_OR_FILE = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,6}")
_LOWER_IDENT = re.compile(r"[a-z]+(?:[_\-.][a-z0-9]+)+")
# lower-case words joined by hyphens ending in a number: "maple-cloud-42" (not "web-01")
_HYPHEN_WORDS_NUMBER = re.compile(r"[a-zäöüß]{3,}(?:-[a-zäöüß]{3,})+-[1-9]\d{0,3}")
_CODE_SHAPES = re.compile(
    r"0x[0-9a-fA-F]+|[0-9a-f]{6,}|[0-9A-F]{6,}|\d+[A-Za-z]\d+|[A-Z]{1,4}\d{1,5}|[a-z]{1,3}\d{1,2}",
)
_TRIM_QUOTES = "\"'“”„‚‘’«»`()[]{}<>"
# a name with at most a version's digits: "WebAuthn", "FIDO2" (one side of "x/y")
_NAME_PART = re.compile(r"[A-Za-z]{3,}|[A-Z]{2,}\d{1,2}")
_NAME_PART_NUMBERED = re.compile(r"[A-Za-z]{3,}\d?|[A-Z]{2,}\d{1,2}")  # "bcrypt/Argon2"
# an error's or state's name in CamelCase, as programs print them
_STATUS_NAME = re.compile(
    r"(?:[A-Z][a-z]+){1,5}(?:Error|Exception|Failure|Failed|Fault|Denied|Timeout|Exceeded|"
    r"Invalid|Forbidden|Refused|BackOff|Unavailable|NotFound|Rejected|Expired)"
)
_SPELLED = re.compile(r"\w(?:-\w){3,}")
# a mention or hashtag (@support, #general), a key combination (Ctrl+Alt+Del, Win+R)
_NAMED_SHAPE = re.compile(r"[@#][A-Za-z][\w.\-]*|[A-Za-z]{1,6}(?:\+[A-Za-z0-9]{1,6})+")
# a brand's camel case (iPhone, eBay), an upper-case code with digits (ACME-EU2, SKU_77A)
_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z]+(?:[A-Z][a-z]+)?")
_UPPER_CODE = re.compile(r"[A-Z0-9]+(?:[\-_.][A-Z0-9]+)+")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}")
_INNER_DIGIT = re.compile(r"[^\W\d_]\d+[^\W\d_]")
# a word, a separator, a number and a letter or two after it: "Anker-7731b", "Fels_208kq"
# (not a decade, an ordinal or a unit: "Mitte-1990er", "Speicher-512gb")
_SEP_DIGITS_LETTER = re.compile(r"[^\W\d_]{3,}[\-_.]\d{2,}(?P<tail>[^\W\d_]{1,2})")
_NUMBER_SUFFIXES = frozenset("er th st nd rd s e te k m g kb mb gb tb px ms hz h".split())
# digits between letter groups, set off by a separator, case mixed: "Temp-8831-Kx"
_INNER_GROUP = re.compile(r"(?=.*[a-z])(?=.*[A-Z])[^\W\d_]+[\-_.]\d{3,}[\-_.][^\W\d_]+")
# words joined by dots ending in a number: "Schulte.Dortmund09" (no identifier ends so)
_DOTTED_NAMED = re.compile(r"[A-Za-z]{3,}(?:\.[A-Za-z]{3,})+\d{2,}")
_VAR_REF = re.compile(r"\$\{[\w.\-: |]*\}|\{\{[\w.\-: |]*\}\}|%\{\w+\}|\$\(|\$[A-Z_]{3,}(?![a-z])")
_CALL = re.compile(r"(?:^|(?<=[\[({'\"]))[A-Za-z_][\w.]*\(")
_USER_AT_HOST = re.compile(r"[a-z][\w.\-]*@[a-z][a-z\-]*[?!.]?")
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
# a part of a dotted token spelled with a digit for a vowel ("K4tze.Minka", "m0nday.M0rning"),
# not a name with a number ("k8s.io", "log4j.Logger", "v1beta1.Ingress")
_DOTTED_LEET = re.compile(r"(?:^|\.)[A-Za-z]{1,4}[0-9][a-z]{3,}(?=\.|$)")
#: A UUID's shape: 8-4-4-4-12 hex digits (the card rules skip its groups too)
UUID = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TAIL_DIGITS = re.compile(r"(?P<head>[^\d]*[^\W\d])[_\-.]?(?P<d>\d+)")


#: ``secret_shape`` levels: not a password; a word with a number after it, which a product
#: or version name can be too (``Sommer2024``, ``Windows11``); password-shaped.
NOT_SECRET, NAMED, SHAPED = 0, 1, 2

# A symbol joined to the word that names it: "§-Zeichen", "@-sign", "#-Taste"
_SYMBOL_WORD = re.compile(r"[^\w\s\-]{1,2}-[^\W\d_]{3,}")
# Words that name a product, a brand or a release and take a number (Outlook365,
# Windows11, Galaxy23, 1Password, Build2024): a small general list; the shape test in
# ``is_product`` does the rest.
_PRODUCT_WORDS = frozenset(
    """
    windows win office outlook word excel teams skype exchange sharepoint onedrive azure
    iphone ipad ios ipados macos macbook imac airpods watch android galaxy pixel surface xbox
    playstation ps switch kindle alexa echo chrome firefox edge safari opera thunderbird
    photoshop acrobat java python php node ubuntu debian fedora centos rhel mysql postgres
    oracle sap dynamics lastpass keepass keepassxc bitwarden dashlane password fritzbox
    thinkpad nokia huawei xiaomi samsung honor oneplus gen build version release
    update model modell serie series v rev ver
    """.split()
)
_PRODUCT_SHAPE = re.compile(
    r"(?P<pre>\d{1,4})?(?P<w>[A-Za-z]{1,12}?)(?P<post>[ \-]?\d{1,4})?"
    r"(?:[ \-]?(?:pro|plus|max|mini|ultra|se|xl|lite))?",
    re.IGNORECASE,
)


def is_product(token: str) -> bool:
    """``Outlook365``, ``Windows11``, ``1Password``, ``Galaxy23 Ultra``: a product, brand or
    release word with a number before or after it (one of the two), not a password."""
    m = _PRODUCT_SHAPE.fullmatch(token.strip(_TRIM).replace("’", "'"))
    if m is None or (m.group("pre") is None) == (m.group("post") is None):
        return False
    word = m.group("w").lower()
    if word == "password" and m.group("pre") is None:
        return False  # "Password123" is the commonest password there is; "1Password" a brand
    return word in _PRODUCT_WORDS


#: A product's word joined to its number by a sign: "Chrome_120", "Office-2021", "Win_11".
_PRODUCT_JOINED = re.compile(r"(?P<w>[A-Za-z]{1,12})[_\-.]v?\d{1,4}")


def names_product(token: str) -> bool:
    """``is_product``, or a product's word and number joined by ``_``, ``-`` or ``.``
    ("Chrome_120", "Office-2021")."""
    if is_product(token):
        return True
    m = _PRODUCT_JOINED.fullmatch(token.strip(_TRIM))
    return m is not None and m.group("w").lower() in _PRODUCT_WORDS


def is_uuid(token: str) -> bool:
    """``12e45678-12e4-…``: an identifier, unless an API key's name says otherwise."""
    return UUID.fullmatch(token) is not None


# Round 22: the name of a hash, cipher, encoding or checksum tool, a family's letters and
# its number: "sha256sum", "md5", "bcrypt", "argon2id", "pbkdf2", "ed25519", "x509",
# "utf8mb4", "aes256-gcm" (what a password is stored or checked with, not a password)
_ALGORITHM = re.compile(
    r"(?:sha|md|crc|utf|ucs|base|aes|rsa|ecdsa|dsa|ipv|argon|pbkdf|blake|xxh|murmur|"
    r"chacha|poly|des|rc|sm|hmac[-_]?sha|scrypt|bcrypt|yescrypt|sha3[-_]?|ssha|smd)"
    r"(?:\d{1,5}(?:sum|sig|id|i|d|mb\d|[-_]?crypt|[-_](?:gcm|cbc|ctr|ecb|cfb|ofb|hmac|"
    r"sha\d{1,3}|poly1305))?)?"
    # Round 37: a password scheme's name in Dovecot's or LDAP's spelling ("SHA512-CRYPT",
    # "sha512crypt", "SSHA", "BLF-CRYPT")
    r"|b2sum|cksum|ed25519|ed448|x509|blf[-_]crypt"
    # (a key store's format: "openssl pkcs12 -export", "unable to decrypt PKCS#12"; round 62)
    r"|pkcs\#?\d{1,2}",
    re.IGNORECASE,
)
_ALGORITHM_FAMILY_NEEDS_NUMBER = frozenset(
    "sha md crc utf ucs base aes rsa ecdsa dsa ipv argon pbkdf blake xxh murmur chacha "
    "poly des rc sm smd hmac-sha hmac_sha hmacsha".split()
)


# Round 38: a Wi-Fi network's security mode as routers and OpenWrt's UCI write it
# ("psk2+tkip+ccmp", "WPA2-PSK", "sae-mixed", "wpa2/wpa3"): the setting beside the key,
# never the key
_WIFI_SECURITY_PART = re.compile(
    r"wpa[23]?|psk[23]?|sae|tkip|ccmp(?:-256)?|gcmp|aes|wep|owe|eap|mixed|personal|enterprise",
    re.IGNORECASE,
)
_WIFI_SECURITY_SPLIT = re.compile(r"[+/\-]")


def is_wifi_security(token: str) -> bool:
    """``psk2+tkip+ccmp``, ``WPA2-PSK``, ``sae-mixed``: a Wi-Fi security mode, its parts
    joined by "+", "-" or "/" (two parts at least, or one with its version: "psk2")."""
    core = token.strip(_TRIM_QUOTES).rstrip(".,;:!?").strip(_TRIM_QUOTES)
    parts = _WIFI_SECURITY_SPLIT.split(core)
    if not core or len(parts) > 5:
        return False
    if len(parts) == 1 and not core[-1:].isdigit():
        return False  # "aes", "open": words of their own
    return all(_WIFI_SECURITY_PART.fullmatch(part) for part in parts)


# a file pattern: a name with a wildcard and an extension ("export_*.csv", "*.log")
_GLOB = re.compile(r"[\w.\-]*\*[\w.\-*]*\.[A-Za-z][A-Za-z0-9]{0,4}")


@lru_cache(maxsize=8192)  # (a pure test of one token, asked again for the same ones)
def is_algorithm(token: str) -> bool:
    """``sha256sum``, ``md5``, ``bcrypt``, ``argon2id``, ``bcrypt/argon2?``: names of hashes,
    ciphers, encodings or checksum tools, alone or as alternatives joined by "/"."""
    core = token.strip(_TRIM_QUOTES).rstrip(".,;:!?").strip(_TRIM_QUOTES)
    parts = core.split("/")
    if not core or len(parts) > 4:
        return False
    for part in parts:
        if _ALGORITHM.fullmatch(part) is None:
            return False
        if part.lower() in _ALGORITHM_FAMILY_NEEDS_NUMBER:
            return False  # "base", "poly", "sum" alone are words
    return True


def secret_like(token: str) -> bool:
    """Does ``token`` look like a password on its own, by its shape only? (see
    ``secret_shape``)"""
    shape = secret_shape(token)
    # lower-case words joined with a number count only beside a password word (see
    # ``password_near``), not for the rules that take any password-shaped token
    return shape > NOT_SECRET and not (shape == NAMED and is_hyphen_words_number(token))


def is_hyphen_words_number(token: str) -> bool:
    """Lower-case words joined by hyphens ending in a number ("maple-cloud-42"): a
    password or a host's, job's or test's name, so only a password word right beside it
    decides."""
    return _HYPHEN_WORDS_NUMBER.fullmatch(token.strip(_TRIM_QUOTES).rstrip(".,;:!?")) is not None


@lru_cache(maxsize=4096)
def secret_shape(token: str) -> int:
    """``token``'s shape as the rules judge it (see ``_shape``): round 21 also reads an
    algorithm's or version's name after a slash (``bcrypt/Argon2``), a program's status in
    CamelCase (``CreateContainerConfigError``) as names, and a dotted token spelled with a
    digit for a vowel (``K4tze.Minka``) as a value."""
    return _shape(token, True)


def model_shape(token: str) -> int:
    """``token``'s shape as the password model was trained on it (``_shape`` without
    round 21's readings): its features must not move without a retrain."""
    return _shape(token, False)


def _unemphasized(token: str) -> str:
    """``token`` without markdown emphasis: a bold marker (``**``, ``__``) at either end,
    a single ``*``/``_`` only when it opens and closes the token (``Lumen*2024*`` keeps its
    star)."""
    for bold in ("**", "__"):
        if token.startswith(bold) and token[2:3].isalnum():
            token = token[2:]
        if token.endswith(bold) and token[-3:-2].isalnum():
            token = token[:-2]
    if (
        len(token) > 2
        and token[0] == token[-1]
        and token[0] in "*_"
        and token[1].isalnum()
        and token[-2].isalnum()
    ):
        token = token[1:-1]
    return token


def _shape(token: str, refined: bool) -> int:
    """How much ``token`` looks like a password by its shape only: ``SHAPED``, ``NAMED``
    or ``NOT_SECRET``.

    Five or more characters mixing letters with symbols (``Lumen*2024*``, ``Probe!Lauf1``)
    or with digits inside or at the end (``h4ck3r``, ``kettle77``, ``Sommer2024``,
    ``Crm_Sync_22``), or random mixed case; not a name with a version digit (``OAuth2``,
    ``1Password``), a numbered user (``tester01``), an identifier (``crm_reader``,
    ``java.lang.Error``, ``define('X'``), a host or file name (``registry.acme.io``,
    ``docker-compose.yml``), ``user@host``, a flag, a key (``password=``, ``Error:``), a
    reference to a variable (``$GIT_COMMIT``, ``%{code}``), a code (``28P01``,
    ``0x80070005``, ``E401``) or anything ``likeness`` rejects. A word spelled out with
    hyphens (``b-l-u-e-j-a-y-4-4``) is one.
    """
    if _masked(token):
        return NOT_SECRET  # already masked: redacting twice changes nothing
    if refined and (token[:1] in "*_" or token[-1:] in "*_"):
        token = _unemphasized(token)  # "**ticket**", "**Account": markdown, no symbol
    unquoted = token.strip("\"'“”„‚‘’«»`")
    if _VAR_REF.search(unquoted) or (unquoted[:1] in "{<" and unquoted[-1:] in "}>"):
        return NOT_SECRET  # a reference ("%{code}", "$GIT_COMMIT") or a placeholder "{x}", "<x>"
    stripped = token.strip(_TRIM_QUOTES)
    if stripped.endswith(":") or _SYMBOL_WORD.fullmatch(stripped):
        return NOT_SECRET  # a label or key ("Error:"), a symbol's name ("§-Zeichen")
    core = stripped.rstrip(".,;").strip(_TRIM_QUOTES)
    if core.endswith("?") and not core.endswith("??"):
        # a question's mark: "… as bcrypt or argon2?"; and the bracket it closes:
        # "(tenant id acme-prod-01)?"
        core = core[:-1].strip(_TRIM_QUOTES)
    if _SPELLED.fullmatch(core):
        return SHAPED
    if not 5 <= len(core) <= 64 or likeness(core) < STRONG:
        return NOT_SECRET
    padded = core.rstrip("=")
    if core.startswith(("-", "/", "~", ".", "\\")) or "://" in core or _NAMED_SHAPE.fullmatch(core):
        return NOT_SECRET
    if "=" in padded or (padded != core and not _BASE64.fullmatch(padded)):
        return NOT_SECRET  # a key=value pair, an empty "key=" (base64 padding is part of a value)
    if ":" in core or core.count("/") > 1 or _CALL.search(core) or _USER_AT_HOST.fullmatch(core):
        return NOT_SECRET
    name_part = _NAME_PART_NUMBERED if refined else _NAME_PART
    if "/" in core and all(name_part.fullmatch(p) for p in core.split("/")):
        return NOT_SECRET  # alternatives named: "WebAuthn/FIDO2", "SAML/OIDC", "WPA2/WPA3"
    name = core.rstrip("?!")
    if _HYPHEN_WORDS_NUMBER.fullmatch(name):
        return NAMED  # "maple-cloud-42": words joined by hyphens and a number, judged by place
    # "K4tze.Minka": a digit for a vowel and a capital after the dot, no host's name
    leet = (
        refined and _DOTTED_LEET.search(name) is not None and name.rsplit(".", 1)[-1][:1].isupper()
    )
    if (_HOST_OR_FILE.fullmatch(name) and not leet) or _LOWER_IDENT.fullmatch(name):
        return NOT_SECRET
    if (
        _DOTTED.fullmatch(name)
        and not _DOTTED_NAMED.fullmatch(name)
        and not (refined and _DOTTED_LEET.search(name))
    ):
        return NOT_SECRET
    if _CODE_SHAPES.fullmatch(core) or UUID.search(core) or _UPPER_CODE.fullmatch(core):
        return NOT_SECRET
    if refined and "*" in core and _GLOB.fullmatch(core):
        return NOT_SECRET  # "export_*.csv", "backup-*.tar.gz": a file name's pattern
    if refined and is_algorithm(core):
        return NOT_SECRET  # "sha256sum", "utf8mb4", "argon2id": a hash's or a tool's name
    letters = sum(ch.isalpha() for ch in core)
    digits = sum(ch.isdigit() for ch in core)
    if letters < 2:
        return NOT_SECRET
    if any(ch in STRONG_SYMBOLS for ch in core) or (
        refined and digits and any(ch in _CURRENCY_SIGNS for ch in core)
    ):
        # without digits, enough letters around the symbol: "Birke#Ast", not "C#/.NET"
        return SHAPED if digits or letters >= 5 else NOT_SECRET
    if not digits:
        # random mixed case (yqDVtkqPECriaLRi), not CamelCase names (PostgreSQL, KeePass)
        switches = sum(a.islower() != b.islower() for a, b in pairwise(core))
        if refined and switches >= 6 and _STATUS_NAME.fullmatch(core.rstrip("?!")):
            return NOT_SECRET  # "CreateContainerConfigError", "CrashLoopBackOff": a status
        return SHAPED if len(core) >= 10 and switches >= 6 else NOT_SECRET
    if _INNER_DIGIT.search(core) or _INNER_GROUP.fullmatch(core):
        return SHAPED  # h4ck3r, Northw1nd, Temp-8831-Kx
    sep_digits = _SEP_DIGITS_LETTER.fullmatch(core)
    if sep_digits is not None and sep_digits.group("tail").lower() not in _NUMBER_SUFFIXES:
        return SHAPED
    # digits at the end: two or more (kettle77, Crm_Sync_22), one after a long word
    # (hunter2); a leading zero numbers a user (tester01); "OAuth2", "1Password" are names.
    m = _TAIL_DIGITS.fullmatch(core)
    if m is None:
        return NOT_SECRET
    head = m.group("head")
    # words joined (Crm_Sync_22) or case mixed inside (mAuErBlIcK7): no product's name
    mixed = sum(a.islower() != b.islower() for a, b in pairwise(head[1:])) >= 2
    joined = any(c in "_-." for c in head)
    if m.group("d").startswith("0") and not joined:
        return NOT_SECRET  # a numbered user: tester01 (not Baltic_Sea_09)
    if (len(m.group("d")) < 2 and len(head) < 6) or _BRAND.fullmatch(head):
        return NOT_SECRET  # hunter2 needs a long word; iPhone15, eSIM2: a brand's model
    return SHAPED if mixed or joined else NAMED


# The rest of a value the chat cut at a line break: "Mx7#qL" then "9vT2 (the chat sent it
# before I finished typing)": a short token of mixed classes alone at the start of the next
# line (nothing after it, or an aside in parentheses).
_KEY_START = re.compile(r"[\w.\-]+(?:@[\w.\-]+)?[ ]*[=:]")  # (also "bob@x.test:…", a list's row)
_CONTINUATION = re.compile(r"\n(?P<v>[^\s()\[\]]{3,40})(?=[ ]*(?:\n|\Z|\())")


def continuation(text: str, end: int) -> int | None:
    """Where a value ending at ``end`` (a line end) really ends, when the next line holds
    its rest; None when it does not."""
    m = _CONTINUATION.match(text, end)
    if m is None:
        return None
    v = m.group("v")
    classes = (
        any(c.islower() for c in v)
        + any(c.isupper() for c in v)
        + any(c.isdigit() for c in v)
        + any(not c.isalnum() for c in v)
    )
    if classes < 3 or is_non_secret_shape(v.strip(_TRIM)) or v.lower() in dictionary():
        return None
    if _KEY_START.match(v):
        return None  # the next line's "port=587", "API_TOKEN=<…>": a pair of its own
    return int(m.end("v"))


# ---------------------------------------------------------------- one value typed again
def retyped(a: str, b: str, edits: int = 2) -> bool:
    """At most ``edits`` characters apart (insert, delete, replace), not equal, and
    starting alike: one value typed again with a slip or a correction ("Mondschein77" and
    "Mondschein77!", "TUI-BIRD-42" and "tui-bird-42")."""
    if a == b or abs(len(a) - len(b)) > edits or a[:3].lower() != b[:3].lower():
        return False
    if a.lower() == b.lower():
        return True  # caps lock: "TUI-BIRD-42" ⏎ "ugh caps lock. tui-bird-42"
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > edits:
            return False
        previous = current
    return previous[-1] <= edits


#: What ends a sentence for the readings that look no further than the value's sentence.
SENTENCE_STOPS = (". ", "! ", "? ", "\n")


def sentence_bounds(
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` within ``lo:hi``: just after the last
    ``SENTENCE_STOPS`` before ``start`` and at the first one after ``end``."""
    hi = len(text) if hi is None else hi
    for stop in SENTENCE_STOPS:
        lo = max(lo, text.rfind(stop, lo, start) + 1)
        at = text.find(stop, end, hi)
        hi = at if at >= 0 else hi
    return lo, hi


#: A verb's past participle by its shape, the way German, Swiss German and English form it
#: (a closed grammar, not a word list). Shape alone where the shape is distinctive: a
#: separable prefix, then "ge", then "…t" ("gelöscht", "zurückgesetzt"); Swiss, a prefix
#: then "g" ("abglaufe", "agmäldet", "usgschaltet"). Shape and a common word where it is
#: not: "ge…en" ("abgelaufen"; not "gelsenkirchen"), an inseparable prefix ending "t"
#: ("verschlüsselt", "bestätigt"; not "verysecret"), English "-ed" ("deleted", "revoked";
#: not "hardcoded"). Lower case only: a capitalised or
#: mixed word is the shape of a chosen password, a participle in a sentence is written small.
_SEPARABLE = (
    "ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|rein|raus|rück|vor|weg|zu|zurück"
    "|um|über|unter|durch|wieder|zurueck|rueck|ueber|aa|uf|us|ii|zrugg|umme|füre|abe|ufe|na"
)
_PARTICIPLE_GE = re.compile(
    rf"(?:(?:{_SEPARABLE})?ge[a-zäöüß]{{3,}}t"
    rf"|(?:{_SEPARABLE})g(?:[bcdfghjklmnpqrstvwxzäöü])[a-zäöüß]{{2,}}(?:t|e|et|en))"
)
_PARTICIPLE_COMMON = re.compile(
    rf"(?:(?:{_SEPARABLE})?ge[a-zäöüß]{{3,}}en"
    rf"|(?:{_SEPARABLE})?(?:ver|be|er|ent|zer|emp)[a-zäöüß]{{3,}}t|[a-z]{{4,}}ed)"
)


def participle(word: str) -> bool:
    """Is ``word`` (one word, as typed) a verb's past participle by its shape?"""
    if _PARTICIPLE_GE.fullmatch(word) is not None:
        return True
    return _PARTICIPLE_COMMON.fullmatch(word) is not None and word in dictionary()


def talk_of_state(value: str) -> bool:
    """A finding that is a state, not a value: a participle alone ("Session cookie:
    gelöscht") or a participle that opens a clause ("isch abglaufe und es gaht nöd",
    "expired and still locked")."""
    head, _, rest = value.strip().partition(" ")
    head = head.rstrip(".,;:!?")
    if not participle(head):
        return False
    if not rest:
        return True
    nxt = rest.split(" ", 1)[0].strip(".,;:!?").lower()
    return nxt in FUNCTION_WORDS


# The words a mail's closing line opens with ("Gruß, Wiebke", "Best, Ada", "LG Jan")
_SIGN_OFF_WORDS = frozenset(
    """
    gruß grüße gruss grüsse grüßle lg vg mfg regards best cheers thanks thank thx danke
    dankeschön viele beste liebe herzliche freundliche schöne schönen kind warm warmest br
    ciao servus tschüss bye
    """.split()
)


def signs_off(text: str, start: int) -> bool:
    """Does the line at ``start`` close the mail: a closing word ("Gruß, Wiebke Frey",
    "Regards") or, as the text's last line, a name alone ("Aoife Byrne", "Theo")?"""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not line:
        return False
    names = line.split()
    if names[0].strip(",.!").lower() in _SIGN_OFF_WORDS:
        return True
    if end >= 0 and text[end:].strip():
        return False
    return len(names) <= 3 and all(
        n.replace("-", "").isalpha() and n[:1].isupper() and n[1:].replace("-", "").islower()
        for n in names
    )


#: A setting's name glued after a code's or a password's word: how long, how many, how
#: often ("OTP_EXP", "PIN_LENGTH", "otp.ttl"; round 60)
_SETTING_SUFFIX = re.compile(
    r"(?i)[_.\-](?:exp\w*|ttl|timeout|length|len|digits|size|max\w*|min\w*|count|interval"
    r"|period|window|lifetime|validity|freq\w*|retries|attempts|rate\w*)(?![a-z])"
)


def setting_after(text: str, end: int) -> bool:
    """Does a setting's name follow the word ending at ``end`` ("OTP" in "OTP_EXP=6000")?"""
    return text[end : end + 1] in ("_", ".", "-") and _SETTING_SUFFIX.match(text, end) is not None


#: A network device's hardware address: six hex pairs joined by colons or dashes
MAC_ADDRESS = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:])")
