"""PASSWORD: a secret whose context says it is a password, in English or German.

Presidio has no password recognizer. A password is recognisable by its *context* (a
password word before or after it, a list of credentials, a ``user:pass@host`` URL, a
command-line flag, a ``KEY=value`` line) and by its *shape*, judged by ``redaction.words``
(character classes, length, not a dictionary word, not an e-mail/reference/date/amount/
version/template/null). The stronger the context, the weaker the shape may be:

- explicit connector after a password word (``password: x``, ``password is x``, ``Passwort
  lautet x``, ``password - x``, ``my password? it's x``, with up to six words between:
  ``the password for my banking account is x``, ``the password I set is x``): any word but
  talk about passwords ("wrong", "abgelaufen"); a run of three or more plain words is a
  passphrase (``password is correct horse battery staple``) and is masked whole;
- a value before the password word (``x is my password``, ``x ist mein Passwort``);
- a credential list (``user anna and x``, ``Zugangsdaten: anna / x``, ``u: tess`` then
  ``p: x``): not a dictionary word;
- no connector at all (``pwd kettle77``, the value alone on the next line): a strong shape.

The span reported is the value alone, which is replaced whole. The recognizer runs on
normalised text (``redaction.normalize``): full-width colons, dash and space variants are
already plain ASCII here.
"""

from __future__ import annotations

import re as stdre
from bisect import bisect_left
from collections.abc import Callable, Generator, Iterator
from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import (
    defaults_in_use,
    described_values,
    device_codes,
    german_clauses,
    german_forms,
    kind_values,
    placeholders,
    resend,
    security_answers,
    sentence_reading,
    sentence_values,
    separated_digits,
    situation_values,
    spaced_values,
    unnamed_values,
    word_lists,
    words,
)
from redaction.code_values import is_code_value
from redaction.named_values import (
    disowned_example,
    documented,
    drop_samples,
    names_other,
    placeholder_hinted,
    placeholder_value,
)
from redaction.password_features import (
    TALK,
    absent_password_word,
    in_server_reply,
    keyed_cell,
    said_absent,
)
from redaction.recognizers import code_secrets, tool_formats
from redaction.recognizers.base import SpanRecognizer, ascii_twin, literal_trie
from redaction.recognizers.password_near import (
    ID_LABELS,
    model_named,
    near_spans_steps,
    user_values,
)
from redaction.spoken import as_password_runs, bare_phrase_runs, dictated_runs, spelled_alphabet
from redaction.types import PASSWORD

_I = re.IGNORECASE

# ------------------------------------------------------------------ trigger vocabulary
_EN_DE_PW_WORDS = frozenset(
    """
    password passwords passwort passworte passwörter passwoerter paßwort paßwörter
    kennwort kennwörter kenncode kenncodes
    kennwoerter passwd passcode passcodes passphrase passphrases pw pwd pwds pword p/w
    pswd psw pwort kennw p.w
    pass-phrase pass-word pass-wort pass-code kenn-wort
    codewort geheimwort geheimzahl geheimnummer geheimcode zugangscode zugangspasswort
    sicherheitswort sicherheitskennwort losungswort kundenkennwort
    loginpasswort login-passwort
    master-passwort masterpasswort masterpassword login-password wlan-passwort
    wifi-password wlan-schlüssel netzwerkschlüssel wlan-schluessel netzwerkschluessel
    """.split()
)
#: The password word in the languages of customers who write English or German as a second
#: language (a Turkish "şifre", a Polish "hasło", a Spanish "contraseña" or "clave", a Russian
#: "пароль" or its transliteration "parol"), with the possessive and case endings they are
#: typed with ("şifrem", "hasła", "пароля"): the same trigger as "password".
_FOREIGN_PW_WORDS = frozenset(
    """
    şifre şifrem şifreniz şifremi şifreyi sifre sifrem sifreniz sifremi sifreyi
    hasło hasła haslo hasla contraseña contraseñas contrasena clave claves
    parol parolü parolum parola пароль пароля паролем паролі
    senha heslo hesla jelszó jelszo wachtwoord lösenord losenord salasana lozinka geslo
    parolă parolei parolele parolă parola-mi парола паролата лозинка лозинку лозинке
    κωδικός κωδικό κωδικού κωδικοί κωδικος κωδικο κωδικου συνθηματικό συνθηματικο
    סיסמה סיסמא הסיסמה הסיסמא סיסמתי
    mdp passord adgangskode kodeord parool slaptažodis slaptazodis fjalëkalimi fjalekalimi
    """.split()
)
_PW_WORDS = _EN_DE_PW_WORDS | _FOREIGN_PW_WORDS
#: Password words of other languages written as several words, by their last word: the
#: words before it ("mot de passe", "mật khẩu", "kod dostępu", "código de acceso").
_PHRASE_WORD_LEADS = {
    "passe": "mot de ",
    "khẩu": "mật ",
    "dostępu": "kod ",
    "dostepu": "kod ",
    "acceso": "código de ",
    "المرور": "كلمة ",
    "السر": "كلمة ",
    "عبور": "رمز ",
    "sandi": "kata ",
    "laluan": "kata ",
}
#: The script or language a value is typed in, said between its word and the value ("the
#: password in Arabic numbers ٤٧٢٩١٥", "PIN in griechischen Buchstaben: …"): how it is
#: typed, skipped as "in Großbuchstaben" is after a connector.
_SCRIPT_ASIDE = re.compile(
    r"[ ]+in[ ]+(?:(?:arabic|persian|farsi|hindi|indian|greek|russian|cyrillic|latin|english"
    r"|german|turkish|polish|ukrainian|romanian|eastern|western)|(?:arabisch|persisch|indisch"
    r"|griechisch|russisch|kyrillisch|lateinisch|englisch|deutsch|türkisch|polnisch"
    r"|ukrainisch|rumänisch)(?:en|er|e)?)[ ]+(?:numbers|numerals|digits|letters|characters"
    r"|script|keyboard|zahlen|ziffern|buchstaben|zeichen|schrift|tastatur)(?![^\W\d_])",
    _I,
)
#: The Greek word for a password is the word for a code ("κωδικός"): followed by what the
#: code numbers (an order, a customer, a product, a booking, an invoice, a postcode, a
#: coupon, a tax number), it is that number's name, no password word.
_GREEK_CODE_OF = re.compile(
    r"[ ]+(?:του[ ]+|της[ ]+)?(?:παραγγελ|πελατ|πελάτ|προϊ[οό]ντ|προιοντ|αποστολ|κρατησ|"
    r"κράτησ|τιμολογ|ταχυδρομ|κουπον|εκπτωσ|έκπτωσ|προσφορ|δ[ωώ]ρου|αφμ|συναλλαγ|αποδειξ|"
    r"απόδειξ|παρακολουθ|"
    r"order|customer|product|booking|invoice|tracking)",
    _I,
)
#: Words the trigger loop reads though they are no trigger alone ("Kenn wort", "mot de passe")
_SPLIT_WORD_TAILS = frozenset(("kenn", "kennw", *_PHRASE_WORD_LEADS))
#: A key that may be a password (a Wi-Fi key): only a password-shaped value counts.
_KEY_WORDS = frozenset(
    "schlüssel schluessel schlussel wlan-key wifi-key psk wpa-psk wpa_psk".split()
)
_PIN_WORDS = frozenset("pin pins pincode pin-code pin-nummer pinnummer pin-number".split())
_USER_WORDS = frozenset(
    """
    user username user-name usr login log-in logon benutzer benutzername nutzer nutzername
    account konto kundennummer userid user-id users logins accounts benutzerkonten
    """.split()
)
# the user words that are plurals too, as a list's heading names its users by what they are
# for ("Datenbank-User", "Test-Accounts"; a "Service-Account" is one account's name)
_USERS = frozenset("user users benutzer nutzer accounts logins".split())
_LIST_WORDS = frozenset(
    """
    credentials creds zugangsdaten anmeldedaten logindaten login-daten zugang
    zuegangsdate zuegangsdaten zugangsdate aamäldedate anmäldedate logindate
    """.split()
)


#: Words joined by hyphens only (no key style: "db_password", "smtp.pass", "DB-PASSWORD")
_HYPHEN_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _typos(word: str) -> set[str]:
    """Edit distance one from ``word`` (deletions, transpositions, doublings, swaps)."""
    letters = "abcdefghijklmnopqrstuvwxyz0@"
    out: set[str] = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for c in letters:
            out.add(word[:i] + c + word[i + 1 :])
    return out


# "pasword", "passwrod", "passowrd", "paswort": typed in a hurry, still a password.
_TYPOS = frozenset(
    t
    for w in ("password", "passwort", "kennwort", "passwd")
    for t in _typos(w)
    if len(t) >= (5 if w == "passwd" else 7)
    and t not in words.dictionary()
    and ("pas" in t or "pss" in t or "kenn" in t or "kenw" in t or "ennw" in t)
)
#: "pass phrase", "Pass Wort": the password word in two words (after "pass")
_PASS_TAIL = re.compile(r"[ ](?:phrase|word|wort|code)(?!\w)", _I)
#: "Pa55word", "Passw0rt", "p4ssw0rd": a password word with look-alike digits
_SECRET_TAIL = re.compile(r"[ ](?:phrase|word|wort)(?!\w)", _I)
_LEET = str.maketrans("01345", "oieas")
_LEET_WORDS = frozenset("password passwort kennwort passwd passphrase".split())
#: "P@ssword", "Pa$$wort": look-alike symbols, which split the word for ``_WORD``
_LEET_SYMBOL = re.compile(
    r"(?<![\w@$])p(?=[^\s]{0,3}[@$])[a@4][s$5][s$5](?:w[o0]r[dt]|wd)(?![\w@$])", _I
)
#: A look-alike password word is a trigger only before an explicit connector (as a value
#: it is a weak password: "reset it to P4ssw0rd").
_LEET_CONN = re.compile(r"[ ]*(?:[:=]|(?:is|ist|lautet|was|war|are|sind)(?!\w))", _I)
# a number right after a password word, no connector: "Einmal-Passwort 582913" (not a year,
# a count or a measure: "Passwort 2024 geändert", "password 12345 characters")
_BARE_NUMBER = re.compile(
    r"(?P<v>\d{5,8}|(?!19\d\d|20\d\d)\d{4})(?![ \d.,:/\-]?\d)(?![\w%€$])"
    r"(?![ ]*(?:zeichen|characters?|chars|digits?|stellen|stellig|mal|times|tage|days|"
    r"minuten|minutes|versuche|attempts|euro|eur|usd|dollar|bytes?|bit)(?!\w))",
    _I,
)
#: "wifi key", "WLAN Key", "network key": a key word naming a Wi-Fi password
_NETWORK_BEFORE = re.compile(r"(?<!\w)(?:wi-?fi|wlan|network|netzwerk|wpa[23]?|router)[ ]\Z", _I)
_WPA = frozenset(("WPA", "WPA2", "WPA3"))
_FORWARD_IS = re.compile(r"[ ]*(?::|=|(?:is|ist|lautet)(?!\w))", _I)
# a network named on this line or the one before, as a label: "Network: Cafe-Gast  Key: …"
# (round 38: or a few short label lines above, as a router's sticker or a network's card
# lists them: "Network: HomeNet" / "Security: WPA2-PSK" / "Key: …")
_NETWORK_LABEL = re.compile(
    r"(?<!\w)(?:ssid|wi-?fi|wlan|network|netzwerk)(?:[ _\-]?name)?[ ]*:[^\n]*"
    r"(?:\n[^\n]{0,60}){0,3}\Z",
    _I,
)
# A network device's configuration line (Cisco IOS and its likes): a secret directive, its
# type digit 0 (plain text; 5, 7, 8, 9 are hashes or encodings), then the value: "username
# admin secret 0 x", "enable password 0 x", "key-string 0 x"; an SNMP community is the
# device's read or write password ("snmp-server community x RW", Junos "set snmp community
# x authorization read-only"), its value before an access word or the line's end
_DEVICE_SECRET = re.compile(
    r"(?<![\w\-])(?:(?:password|secret|key-string|key|pre-shared-key|authentication-key|"
    r"passphrase)[ ]+0[ ]+(?P<v>[^\s\"']{1,64})(?=[ ]|\n|\Z)"
    r"|snmp(?:-server)?[ ]+community[ ]+(?P<c>[^\s\"'<>]{1,64})"
    r"(?=[ ]*(?:\n|\Z)|[ ]+(?:r[ow]|view|authorization|version|ipv6|\d+)(?![\w\-])))",
    _I,
)
# A PostgreSQL password file's line (.pgpass, PGPASSFILE): host:port:database:user:password,
# "*" for any field and "\" escaping a colon; the port is digits or "*", the host a name,
# an address, a socket's directory or "*", and the line holds nothing else
_PGPASS_LINE = re.compile(
    r"(?:(?<=\n)|(?<=\A)|(?<=:[ ]))[ \t]*"
    r"(?:\*|::1|[\w.\-/]*[A-Za-z/.][\w.\-/]*):(?:\d{1,5}|\*)"
    r"(?::(?:\*|(?:[^\s:\\]|\\.)+)){2}:(?P<v>(?:[^\n:\\]|\\.)+?)[ \t]*(?=\n|\Z)"
)
# an OpenWrt UCI block's Wi-Fi key: "option key 'x'" below "option ssid"/"option encryption"
_UCI_KEY = re.compile(r"(?<![\w\-])option[ ]+\Z")
_UCI_WIFI = re.compile(r"(?<![\w\-])option[ ]+(?:ssid|encryption)[ ]")
#: a Wi-Fi key compound: "wpa-schlüssel", "wpa2-key", "wlanschluessel", "router-key"
_NETWORK_KEY = re.compile(
    r"(?:wi-?fi|wlan|network|netzwerk|wpa[23]?(?:[\-_]?psk)?|router)[\-_]?(?:schlüssel|schluessel|schlussel|key)"
)
#: What "set it to x" needs (``_SET_IT``), a password word or not.
_SET_IT_LITERALS = (
    "it to",
    "es auf",
    "ihn auf",
    "it from",
    "es von",
    "ihn von",
    "geändert auf",
    "umgestellt auf",
    "gesetzt auf",
    "it back to",
    "es wieder auf",
)
# "use x to get into the admin" (see ``_USE_TO_GET_IN``; "log" is a trigger already)
_GET_IN_LITERALS = ("get in", "sign in", "signin", "sign on", "signon")
# "the new one should be x", "das neue soll x sein" (see ``_NEW_ONE``): pre-check triggers
_NEW_ONE_LITERALS = (
    "new one should",
    "new one shall",
    "new one will",
    "new one must",
    "neue soll",
    "neue muss",
    "neues soll",
    "neues muss",
)
# a ``_QUESTION_TOPIC`` match that ``topic_answer`` reads holds one of these (lower case): a
# strong topic's own, or the answer or security word a weak one needs; pre-check triggers
_TOPIC_LITERALS = (
    # the strong topics
    "maiden",
    "first pet",
    "first dog",
    "first cat",
    "was born",
    "were born",
    "grew up",
    "childhood",
    "geburtsname",
    "dchenname",
    "haustier",
    "kindheit",
    "spitzname",
    # a weak topic counts only with an answer or security word (``_TOPIC_SIGNAL``)
    "answer",
    "antwort",
    "securit",
    "sicherheit",
)
#: A text that says its value is typed apart or spelled: "with spaces", "spelled",
#: "ich buchstabiere"; the words before a run that say whose it is are read this far back.
_SPELL_CUE = stdre.compile(r"spaces|spell|buchstabier")
_SPELL_NAMED_REACH = 40
_SPELL_NAME = stdre.compile(r"(?i)(?<!\w)(?:vor|nach|last[ ]|first[ ]|family[ ])?namen?(?!\w)")
#: Literals every trigger this module reacts to contains (read by the pre-check).
TRIGGERS: tuple[str, ...] = (
    "pas",
    "pss",
    # wg-easy's hasher, a VPN's chap-secrets row (``Finder.server_rows``)
    "wgpw",
    "l2tpd",
    "pptpd",
    # a value typed apart or spelled, said so (see ``_SPELL_CUE``)
    "spaces",
    "spell",
    "buchstabier",
    # the password word in other languages (see _FOREIGN_PW_WORDS)
    "khẩu",
    "dostępu",
    "dostepu",
    "acceso",
    "ifre",
    "hasł",
    "hasl",
    "contrase",
    "clave",
    "parol",
    "парол",
    "лозинк",
    "κωδικ",
    "συνθηματικ",
    "סיסמ",
    "mdp",
    "adgangskode",
    "kodeord",
    "slaptažod",
    "slaptazod",
    "fjalëkalim",
    "fjalekalim",
    "kata sandi",
    "kata laluan",
    "كلمة",
    "رمز",
    "senha",
    "heslo",
    "hesla",
    "jelsz",
    "wachtwoord",
    "senord",
    "salasana",
    "lozinka",
    "geslo",
    "pw",
    "p/w",
    "psw",
    # a SASL triple's mechanism (see ``code_secrets.listed_secrets``)
    "{plain",
    "{:plain",
    "scram",
    "p.w",
    "kenn",
    "kenw",
    "wort",
    "pin",
    "log",
    "user",
    "usr",
    "benutzer",
    "nutzer",
    "account",
    "konto",
    "konten",
    "kunden",
    "cred",
    "zugang",
    "zugäng",
    "anmeld",
    "@",
    "-u",
    "-p",
    "schlüssel",
    "schluessel",
    "schlussel",  # the umlaut left out ("WLAN-Schlussel")
    "psk",
    "redis-cli",
    "ctss",  # PowerShell's alias of ConvertTo-SecureString
    "geheim",
    "memorable",  # a bank's "memorable word" (see _SECURITY_QUESTION)
    # a lock's dial numbers (see ``combinations``): "combo 3-17-29"
    "combo",
    "combination",
    "kombination",
    # how a value's letters are typed (see ``case_noted``): "with a capital S"
    "capital",
    "großem",
    "grossem",
    "alles klein",
    "all lower",
    *_TOPIC_LITERALS,  # a security question named by its topic (see _QUESTION_TOPIC)
    "identified",
    # typing a value: "I typed „x“", "hab „x“ eingegeben" (see _LOGIN_WORD)
    "typed",
    "typing",
    "entered",
    "tried",
    "gegeben",
    "getippt",
    "probiert",
    "versucht",
    "vertipp",  # "vertippt" (see _LOGIN_WORD)
    # password managers (see _LOGIN_WORD): "keepass", "lastpass" hold "pas" already
    "warden",
    "dashlane",
    "keychain",
    # a reset story (see _LOGIN_WORD): "I reset it, the new one is x"
    "reset",
    "zurückgesetzt",
    "zurueckgesetzt",
    *_SET_IT_LITERALS,
    *_NEW_ONE_LITERALS,
    *_GET_IN_LITERALS,
    # other tools' password flags and formats (see _TOOL_SECRETS)
    "ldap",
    "kadmin",
    "radtest",
    "locksettings",
    "on >",
    "{PLAIN}",
    "auth plain",
    "rabbitmqctl",
    "prosodyctl",
    "mosquitto_",
    "mqttx",
    "sudo",
    "base64",  # "echo -n 'user:x' | base64"
    "**0",  # a SIM's PIN changed or unblocked by its keypad code (see _TOOL_SECRETS)
    # the Korean password words (see _KOREAN_GLUED)
    "비밀번호",
    "비번",
    "패스워드",
    "wifi:",
    "wpa",  # "SSID: x" then "WPA2: y" (see _disguised)
    "net use",
    # a password word with look-alike digits (see _LEET): "Pa55word", "P4ssw0rd", "K3nnwort"
    "pa5",
    "p4s",
    "p45",
    "k3nn",
    "p@s",
    "p@$",
    "p@5",
    "pa$",
    "p4$",
    # calls with literal credentials (see _AUTH_CALL, _KEYSTORE_ARG)
    "connection(",
    ".pfx",
    ".p12",
    ".jks",
    ".keystore",
    ".kdbx",
    ".bks",
    "pdo",
    "signin",
    "sign_in",
    "connect(",
)
# Round 20: a value someone says they type or use to get in, with no password word near
# it. "X is what I use", "X. That's what I put in", "X, das nehme ich überall": the
# speaker names the token as what they type (enough on its own)
_WHAT_I_USE = re.compile(
    r"[ ]*(?:[.,;:!]+|[ ][-–—]+)?[ ]*(?:(?:that|this|which|it)(?:['’]s|[ ]+is|[ ]+was)[ ]+"
    r"|(?:is|was)[ ]+)what[ ]+(?:i|we)[ ]+(?:(?:always|usually|normally|still|just|actually|"
    r"also|ever)[ ]+)?(?:use|used|type|typed|put[ ]+in|enter|entered|log[ ]+in[ ]+with)(?!\w)"
    r"|[ ]*,[ ]*(?:das|den|die)[ ]+(?:nehme?|nutze?|verwende|benutze?|tippe?|gebe?)[ ]+ich(?!\w)",
    _I,
)
# "what I typed was X", "this is what i typed >> X <<", "was ich eingebe: X"
_WHAT_I_TYPED = re.compile(
    r"(?<!\w)(?:what[ ]+(?:i|we)[ ]+(?:(?:always|usually|just|actually)[ ]+)?(?:use|used|type"
    r"|typed|put[ ]+in|enter|entered)|was[ ]+ich[ ]+(?:immer[ ]+)?(?:eingebe|eintippe|eingegeben"
    r"|eingetippt|nehme|nutze|verwende))(?!\w)[ ]*(?:(?:is|was|ist|war)(?!\w)[ ]*)?[:>»\-–\"'„“ ]*"
    r"(?P<v>[^\s,;]+)",
    _I,
)
_SIGN_AMONG = re.compile(r"(?=.*\d)(?=.*[^\W\d_])(?=.*[!#$%&*+?@^~§=<>|\\/])")
# a typing verb right before the value: "i type X", "ich geb X ein", "ich tippe X"
_TYPING_CUE = re.compile(
    r"(?i)(?:type|typed|enter|entered|put[ ]+in|tippe?|gebe?|eingebe|tried|try)(?!\w)"
)
# a user word before a pair: "user is a@b.de and …", "Benutzer hans.meier und …"
_PAIR_USER_WORD = re.compile(
    r"(?i)(?:user(?:name)?|benutzer(?:name)?|login)[ ]*(?:is|ist|:)?[ ]+\Z"
)
_FOR_A_THING = re.compile(
    r"(?i)[ ]+(?:for|on|in|with|auf|für|in|mit|im|am)[ ]+(?:the|a|an|my|die|der|das|den|dem|ein"
    r"|eine|einem|meine[mnr]?)(?!\w)"
)
_AND_JOIN = re.compile(r"[ ]*,?[ ]+(?:and|und)[ ]+", _I)
# the user of a pair joined by and/und ("hans.meier und X", "your email and then X"): any
# token of 2-40 word characters, dots, @, + or -; the user word before it or a sign-in
# nearby decides (an e-mail or dotted name only lost "it's your email and then X").
# (``_PAIR_USER`` is the user before a separator, read backwards.)
_JOINED_USER = re.compile(r"\w[\w.@+\-]{1,39}")
_AND_VALUE = re.compile(
    r"(?:(?:underneath|below|then|dann|darunter|also|the[ ]+other[ ]+(?:thing|one)[ ]+(?:is|was)"
    r"|das[ ]+andere[ ]+(?:ist|war)|i[ ]+use|ich[ ]+nutze?|ich[ ]+nehme?)[ ]+)?(?P<v>[^\s,;]+)",
    _I,
)
_PAIR_CONTEXT = re.compile(r"(?i)user|benutzer|log|konto|account|anmeld|meld\w*[ ]+mich")
# "I use X", "I wrote it down as X", "it's always been X", "try X", "ich geb immer X ein",
# "probieren Sie mal X": a token someone types, counted only in a message about getting in
# (``_GETTING_IN``) and when shaped as a password (``_used_value``)
_USE_VALUE = re.compile(
    r"(?<![\w'’])(?:(?:i|we)[ ]+(?:(?:always|usually|normally|still|just|only|also|then|"
    r"even)[ ]+)?(?:use|used|type|typed|enter|entered|put[ ]+in|tried|try|log[ ]+in[ ]+with|"
    r"logged[ ]+in[ ]+with|sign[ ]+in[ ]+with|wrote[ ]+it[ ]+(?:down[ ]+)?as)"
    r"|it(?:['’]s|[ ]+has)[ ]+always[ ]+been"
    r"|(?:(?<![^\n.!?,;:][ ])|(?<=\A))try|probier(?:en|t|e)?(?:[ ]+(?:sie|du|es))?"
    r"|ich[ ]+(?:(?:immer|halt|doch|nur|dann|eigentlich|jetzt|wie[ ]+immer)[ ]+)?"
    r"(?:nehme?|nutze?|verwende|benutze?|tippe?|gebe?)"
    r"|(?:ich|wir)[ ]+(?:wie[ ]+immer|immer|doch|halt|nur)?)"
    r"[ ]+(?:(?:always|just|immer|doch|halt|mal|jetzt|einfach|wie[ ]+immer)[ ]+)?"
    r"(?P<v>[^\s,;]+)",
    _I,
)
# German verb-final: "… obwohl ich wie immer X eingebe", "ich geb immer X ein"
_TYPED_AFTER = re.compile(
    r"[ ]+(?:eingebe|eintippe)(?!\w)",
    _I,
)
# "I use the same as for my email, X", "immer dasselbe: X": the one value someone reuses
_SAME_VALUE = re.compile(
    r"(?<!\w)(?:(?:the[ ]+)?same(?:[ ]+one)?|(?:das[ ]+)?gleiche|dasselbe|das[ ]+selbe)"
    r"(?:[ ]+[^\s.!?:]+){0,16}?[ ]*[:,][ ]+(?P<v>[^\s,;]+)",
    _I,
)
# a user (an address, "first.last") joined by "and"/"und" to a value: "mit hans.meier und
# X an", "user margaret.h and underneath X", "user is a@b.de and the other thing is X"
_USER_AND_VALUE = re.compile(
    r"(?<![\w.@])(?P<user>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?=[\w.]{4})[^\W\d_]+[._][^\W\d_]+\d{0,4})"
    r"[ ]*,?[ ]+(?:and|und)[ ]+(?:(?:underneath|below|then|dann|darunter|also|the[ ]+other"
    r"[ ]+(?:thing|one)[ ]+(?:is|was)|das[ ]+andere[ ]+(?:ist|war)|i[ ]+use|ich[ ]+nutze?|"
    r"ich[ ]+nehme?)[ ]+)?(?P<v>[^\s,;]+)",
    _I,
)
# a message about getting in: signing in, an account, a login page that refuses
_GETTING_IN = re.compile(
    r"(?<!\w)(?:log(?:ging|ged)?[ \-]?(?:in|on)|login|sign(?:ing|ed)?[ \-]?in|locked|get[ ]+in"
    r"|account|portal|konto|anmeld\w*|angemeldet|melde\w*[ ]+mich|einlogg\w*|eingeloggt"
    r"|rein(?:komm|kam|zukomm)\w*|nicht[ ]+(?:mehr[ ]+)?rein|incorrect|won['’]?t[ ]+accept"
    r"|doesn['’]?t[ ]+accept"
    r"|not[ ]+accept|abgelehnt|zugang|falsch|get[ ]+back[ ]+in"
    # a takeover: someone else got in and changed it (round 25)
    r"|hack(?:ed|er)|gehackt|hijacked|compromised|kompromittiert|gekapert|took[ ]+over"
    r"|taken[ ]+over)",
    _I,
)
#: What every round-20 usage rule's match holds, a password word or not: its cue (the
#: pre-check's fragment; ``_USER_AND_VALUE`` needs a sign-in word, a trigger anyway)
_USAGE_FRAGMENT = (
    r"(?<!\w)(?:what[ ]+(?:i|we)|(?:i|we)[ ]+(?:\w+[ ]+)?(?:use|used|type|typed|enter|entered"
    r"|put|tried|try|sign|wrote)|always[ ]+been|try|probier\w*|ich[ ]+(?:\w+[ ]+){0,2}(?:nehme?"
    r"|nutze?|verwende|benutze?|tippe?|gebe?)|(?:nehme?|nutze?|verwende|benutze?|tippe?|gebe?)"
    r"[ ]+ich|eingebe|eintippe|same|gleiche|dasselbe|selbe|meld\w*[ ]+mich)"
    # every value these rules take holds a digit or a sign, on the cue's line: before it
    # ("X is what I use") or after it ("I use X")
    r"(?!\w)(?:(?=[^\n]{0,240}?[\d!#$%&*+?@^~§=])|(?<=[\d!#$%&*+?@^~§=][^\n]{0,120}?\w+))"
)
_USAGE_HINTS = (  # one of them is in every match of ``_USAGE_FRAGMENT`` (lower-cased)
    "what",
    "use",
    "typ",
    "enter",
    "put",
    "tried",
    "try",
    "sign",
    "wrote",
    "been",
    "probier",
    "nehm",
    "nutz",
    "verwend",
    "benutz",
    "tipp",
    "geb",
    "same",
    "gleiche",
    "selbe",
    "meld",
)
_USAGE_CUE = re.compile(_USAGE_FRAGMENT, _I)

# Round 23: a value named by what is done with it, whoever the subject (or none: "typed X",
# "Entered X"), with no password word: typed, entered or signed in with ("I log in with X",
# "kept typing X", "loggin in w/ X", "nach der Eingabe von X", "versuche es mit X"); set or
# changed to ("changed it to X", "got changed to X", "set X"); in German verb-final ("habe X
# eingegeben", "gebe dann X ein", "mit X angemeldet", "komme mit X nicht rein"); or judged
# by a sign-in ("X funktioniert nicht mehr", "X worked yesterday", "X was rejected").
_ENTRY_STRONG = (
    r"(?:log+(?:s|ed|ing|in)?|sign(?:s|ed|ing)?|get|got|getting)[ \-]?(?:in|on)(?:to)?"
    r"[ ]+(?:with|using|via|w/)"
    r"|type[sd]?|typing|enter(?:s|ed|ing)?|put(?:ting)?[ ]+in|paste[sd]?|pasting"
    r"|eingabe[ ]+von|versuch\w*[ ]+(?:es[ ]+)?(?:(?:jetzt|nun|mal|nochmal)[ ]+)?mit"
    r"|probiert[ ]+(?:habe?|hatte)[ ]+ich"
)
_ENTRY_WEAK = (
    r"tr(?:y|ies|ied|ying)|set|chose|picked"
    r"|(?:chang|updat|switch|reset|set)\w*(?:[ ]+(?:it|this|that|mine|them|es|ihn))?"
    r"[ ]+(?:to|as|auf)"
)
_ENTRY_ADVERBS = (
    r"(?:(?:then|just|now|again|always|usually|simply|dann|jetzt|immer|nochmal|mal|einfach|"
    r"wieder)[ ]+"
    # "I typed it slowly: x", "entered it again: x": the value after a colon
    r"|it(?:[ ]+(?:slowly|carefully|again|exactly|twice|like[ ]this))?(?:[ ]+in)?[ ]*:[ ]+)?"
)
# a letter beside a digit (or one sign between them) somewhere in the value: "Sommer24",
# "Harbor-58", "Bund!8" (signs alone are for the password word's rules: with a digit the
# pre-check skips most chat before its scan)
_ENTRY_MIXED = r"(?:[^\W\d_](?:[^\s\w]|_)?\d|\d(?:[^\s\w]|_)?[^\W\d_])"
_ENTRY_VALUE = rf"(?P<v>[^\s,;]*?{_ENTRY_MIXED}[^\s,;]*)"
_ENTRY_BEFORE = stdre.compile(
    rf"(?<![\w'’])(?:(?P<strong>{_ENTRY_STRONG})|{_ENTRY_WEAK})(?!\w)[ ]+{_ENTRY_ADVERBS}"
    rf"{_ENTRY_VALUE}",
    _I,
)
# a verb of typing and a colon, the value after it: "getippt: x", "ich gebe ein: x" (its
# own scan, for texts with a colon: the main scan stays as cheap as it was)
_ENTRY_COLON_VERBS = (
    r"(?:typed|entered|getippt|eingetippt|eingegeben|(?:gebe|tippe|gab|tippte)[ ]+ein)[ ]*:"
)
_ENTRY_COLON = stdre.compile(
    rf"(?<![\w'’])(?P<strong>{_ENTRY_COLON_VERBS})[ ]+{_ENTRY_VALUE}",
    _I,
)
# a quoted token with a space before its closing quote: a value copied with the space
_COPIED_QUOTE = r"[\"'“„‚‘][^\s\"'“”„‚‘’]{4,64}[ ]+[\"'”“’‘]"
_COPIED_SPACE = re.compile(
    r"(?<![^\s(:])[\"'“„‚‘](?P<v>[^\s\"'“”„‚‘’]{4,64})[ ]+[\"'”“’‘](?=[\s,.;:!?)]|\Z)"
)
_SPACE_WORD = re.compile(r"(?i)space|leerzeichen")
_SPACE_REACH = 300
# the sign-in's answer that the value typed is no known user: it was the user name
_USER_REJECTED = stdre.compile(
    r"(?i)(?<![\w-])(?:(?:user(?:[ ]?name)?|benutzer(?:name)?|nutzer(?:name)?|account|konto)"
    r"[ ]+(?:not[ ]+found|unknown|does[ ]?n[o']?t[ ]+exist|nicht[ ]+gefunden|unbekannt"
    r"|existiert[ ]+nicht)|(?:unknown|invalid|no[ ]+such)[ ]+(?:user(?:[ ]?name)?|account)"
    r"|unbekannte[rs]?[ ]+(?:benutzer|nutzer|konto))(?!\w)"
)
_ENTRY_AFTER_WORDS = (
    r"(?:(?:auch|leider|immer|schon|jetzt|mehr|wieder|dann|nie|noch|nicht)[ ]+){0,2}(?:"
    r"eingegeben|eingetippt|getippt|probiert|ausprobiert|versucht|angemeldet|eingeloggt"
    r"|anmelden|einloggen|rein(?:komm\w*|gekommen)?|gesetzt|eingebe|eintippe"
    r"|(?:komm|komme|kam|kamen)(?:[ ]+\w+){0,5}?[ ]+rein"
    r"|ein(?=[ ]*(?:[,.;!?]|\Z|und[ ]|aber[ ]|and[ ]|but[ ]))"
    r"|(?:funktioniert|geht|ging|klappt|klappte)(?:[ ]+(?:auch|leider|immer|schon|jetzt|mehr"
    r"|wieder|seit[ ]+\w+))*[ ]+(?:nicht|nie)"
    r"|works|worked|(?:doesn'?t|does[ ]+not|didn'?t|did[ ]+not|won'?t|no[ ]+longer|stopped)"
    r"[ ]+work\w*"
    # round 46: "X, isnt working", "X should work and doesn't", "X is apparently wrong"
    r"|(?:is|was)(?:n'?t|[ ]+not)[ ]+working|should[ ]+work[ ]+(?:and|but)[ ]+(?:doesn'?t"
    r"|does[ ]+not|won'?t|didn'?t)"
    r"|(?:is|was|gets|got|wird|wurde)[ ]+(?:(?:not|nicht|always|immer|apparently|suddenly"
    r"|still|now|angeblich|plötzlich|jetzt)[ ]+)?(?:rejected|refused"
    r"|declined|accepted|abgelehnt|akzeptiert|angenommen|found|wrong|invalid|incorrect|falsch"
    r"|ungültig|gefunden))(?!\w)"
)
_ENTRY_AFTER = stdre.compile(
    rf"(?<![^\s(\"'„“])(?P<v>[^\s,;(\"'„“]*?{_ENTRY_MIXED}[^\s,;]*),?[ ]+{_ENTRY_AFTER_WORDS}",
    _I,
)
#: The pre-check's form of both (one match each, the same texts): the letter beside a digit
#: first, the cue before it or the words after it looked for only there
_ENTRY_FRAGMENT = (
    rf"{_ENTRY_MIXED}(?:(?<=(?<![\w'’])(?:{_ENTRY_STRONG}|{_ENTRY_WEAK}|{_ENTRY_COLON_VERBS})"
    rf"(?!\w)[ ]+"
    rf"{_ENTRY_ADVERBS}[^\s,;]{{2,64}})|(?=[^\s,;]*,?[ ]+{_ENTRY_AFTER_WORDS}))"
)
# (both in the stdlib's engine: many times faster than ``regex`` at these scans)
# (``_ENTRY_MIXED`` from its digit: the scan tests few places past the first character)
_ENTRY_HINT = stdre.compile(
    r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][^\s\w]\d)|(?<=[^\W\d_]_\d)|(?:[^\s\w]|_)?[^\W\d_])"
)
_ENTRY_HINT_ASCII = stdre.compile(ascii_twin(_ENTRY_HINT.pattern))  # (for an ASCII text)


def _entry_hinted(text: str) -> bool:
    """``_ENTRY_HINT`` matches ``text``."""
    return (_ENTRY_HINT_ASCII if text.isascii() else _ENTRY_HINT).search(text) is not None


# Cheaper tests each form's match passes, for the pre-check's gate: a cue before the value
# holds one of these literals (lower-cased; a case-blind match can also read "İ", "ı" and "ſ"
# as "i" and "s", so only an ASCII text is tested); the words after a value follow its last
# digit, then no digit nor space before the blanks (a scan that starts at a digit, and
# tries each once: a scan that opens with the value's look-behind tests every token).
_ENTRY_CUE_SCAN = stdre.compile(
    literal_trie(
        tuple(
            sorted(
                "log sign get got typ enter put past eingabe versuch probiert try trie set chose"
                " picked chang updat switch".split()
            )
        )
    )
)
_ENTRY_AFTER_GATE = stdre.compile(rf"\d[^\s\d]*[ ]+{_ENTRY_AFTER_WORDS}", _I)


def entry_gate(text: str) -> bool:
    """``_ENTRY_FRAGMENT`` may match ``text``: one of its two forms does (the pre-check's
    test before the fragment's slower scan; most chat has no letter beside a digit)."""
    return _entry_hinted(text) and (
        (
            (not text.isascii() or _ENTRY_CUE_SCAN.search(text.lower()) is not None)
            and _ENTRY_BEFORE.search(text) is not None
        )
        or _ENTRY_AFTER_GATE.search(text) is not None
        or (":" in text and _ENTRY_COLON.search(text) is not None)
    )


# One C-level scan for any of the literals (the same test as ``any(h in low for h in …)``).
_USAGE_HINT_SCAN = stdre.compile(literal_trie(_USAGE_HINTS))
# ``any(lit in low for lit in …)`` of ``set_it_to``'s and ``it_values``' literals, in one scan
_SET_IT_SCAN = stdre.compile(literal_trie(_SET_IT_LITERALS))
_TOPIC_SCAN = stdre.compile(literal_trie(_TOPIC_LITERALS))


def _usage_hinted(text: str, low: str) -> bool:
    """A literal of ``_USAGE_HINTS`` is in ``low`` (``text`` lower-cased): the cheap test
    before ``_USAGE_CUE``'s scan (as the pre-check's; "İ" and "ſ" lower-case apart from
    the case-blind match, so a text holding either is always scanned)."""
    return _USAGE_HINT_SCAN.search(low) is not None or "\u0130" in text or "\u017f" in text


# (round 54) two "user / value" rows of a roster of logins (see ``_login_roster``): a
# lower-case handle, " / " or " | ", a value of five or more, twice within a paragraph's reach
_ROSTER_FRAGMENT = (
    r"[a-z][a-z0-9._\-]{2,39}[ ]+[/|][ ]+[^\s/|,;]{5}[\s\S]{0,300}?[a-z][a-z0-9._\-]{2,39}"
    r"[ ]+[/|][ ]+[^\s/|,;]{5}"
)
#: Regex fragments the pre-check also scans for (short keys such as ``p: x``).
# a built-in admin account's name before " / ": "router admin: admin / x" (see slash_pairs)
_ADMIN_PAIR_FRAGMENT = (
    r"(?<![\w.@\-])(?:admin|administrator|root|sa|postgres|pi|ubuntu|superuser|operator|"
    r"guest|gast)[ ]/[ ]"
)
# (round 41) a user's handle right after a colon, a quote or a dash, then " / "
# (round 54: or a hyphen, "Lohnportal: lohn-admin / x", "Payroll portal: hr-admin / x")
_HANDLE_SLASH_FRAGMENT = (
    r"(?:[:'\"„=][ ]*|[\-–][ ]+)[a-z][a-z0-9]*[._\-][a-z0-9._\-]*[a-z0-9][ ]/[ ]"
)
PRECHECK_PATTERNS: tuple[str, ...] = (
    r"(?<![\w-])(?:p|k)[ ]*[:=]",
    r":(?:\d{1,5}|\*):[^\s:]+:[^\s:]+:",  # a pgpass line host:port:db:user:password
    # scheme://user:pass with no host (see _URL_NO_HOST)
    r"://[\w\-]{1,64}:[^\s/@:\"'<>]{3}",
    # user:pass URL-encoded (see _ENCODED_USERINFO)
    r":[^\s:/@\"'<>%]{0,64}%[0-9A-Fa-f]{2}",
    # a value typed into a form's field (see _INTO_FIELD): "I put x in the field"
    r"(?<!\w)(?:in(?:to)?[ ]+the|ins|in[ ]+das)[ ]+(?:\w+[ ]+)?(?:field|feld|box)(?!\w)",
    # told to use a user and its password (see _USE_PAIR): "pls use admin/x"
    r"(?<!\w)(?:use|try|nimm|probier\w{0,2})[ ]+[a-z][\w.\-]{1,31}[ ]*/",
    _ADMIN_PAIR_FRAGMENT,
    _USAGE_FRAGMENT,
    # round 23's values named by what is done with them (see ``entry_values``)
    _ENTRY_FRAGMENT,
    # two words with a number (see ``variants``: "Pepper1 or pepper1"); the rule's text is
    # at most ``_VARIANT_MAX_TEXT`` long, so the two are at most that far apart
    r"[^\W\d_][\w.\-]{2,}?\d[\s\S]{0,600}?[^\W\d_][\w.\-]{2,}?\d",
    # a password manager's export row, URL, login, password (see ``export_rows``): no word
    # names its value (found by the pre-check's soundness test, stop 29)
    r"https?://[^\",\s]*\"?,\"?[^\",\s]{2,64}\"?,\"?[^\",\s]{4}",
    # the other export rows (see ``_export_row``): a URL, then two cells, or two cells then
    # a URL, parted by "," or ";"; a URL, a login and a password parted by blanks
    r"(?://|www\.)\S*?[,;]\S*?[,;]\S|\S[,;]\"{0,2}(?:[a-z][a-z0-9+.\-]*:)*(?://|www\.)"
    r"|://\S+[ \t]+[^\s\"]{2,64}[ \t]+\S{10}",
    # a value quoted with the space copied after it, a space spoken of (see ``copied_space``)
    rf"(?:space|leerzeichen)[\s\S]{{0,{_SPACE_REACH}}}?{_COPIED_QUOTE}"
    rf"|{_COPIED_QUOTE}[\s\S]{{0,{_SPACE_REACH}}}?(?:space|leerzeichen)",
    # a user's handle, then " / " (see ``_HANDLE_SLASH``: "Kundenkonto: peter.h / x")
    _HANDLE_SLASH_FRAGMENT,
    # two letters said with their case (see ``described_values.cased_runs``)
    described_values.CASED_PAIR_FRAGMENT,
    # a value's recipe from one's own things (see ``described_values.personal_recipe_values``)
    described_values.PERSONAL_RECIPE_PATTERN,
    # a value no word names, pointed at as the one in use (see ``unnamed_values``): a digit
    # or a sign, behind the module's gate (a literal and a digit or sign)
    unnamed_values.FRAGMENT,
    # a value the message's situation tells is a secret (see ``situation_values``): behind
    # the module's gate (a literal, then its forms' own scans)
    situation_values.FRAGMENT,
    # (round 48, appended: the hint lists are keyed by index) a value with spaces a remark
    # on the spaces names, in a text that speaks of a password (see ``spaced_values``), and
    # a code written digit by digit after its naming word (see ``separated_digits``)
    spaced_values.PRECHECK_FRAGMENT,
    separated_digits.PRECHECK_FRAGMENT,
    # (round 49, appended) a device's sign-in code shown on its screen (see ``device_codes``)
    device_codes.PRECHECK_FRAGMENT,
    # (round 54, appended) a roster of logins: two "user / value" rows (see ``_login_roster``)
    _ROSTER_FRAGMENT,
)
#: For some of ``PRECHECK_PATTERNS``: literals one of which every match holds (a case-blind
#: match, so in the lower-cased text): the pre-check tests them before the regex's scan.
PRECHECK_HINTS: dict[str, tuple[str, ...]] = {
    PRECHECK_PATTERNS[0]: (":", "="),
    PRECHECK_PATTERNS[1]: (":",),
    PRECHECK_PATTERNS[2]: ("://",),
    PRECHECK_PATTERNS[3]: ("%",),
    PRECHECK_PATTERNS[4]: ("field", "feld", "box"),
    PRECHECK_PATTERNS[5]: ("/",),
    PRECHECK_PATTERNS[6]: (" / ",),
    _HANDLE_SLASH_FRAGMENT: (" / ",),
    _ROSTER_FRAGMENT: (" / ", " | "),
    PRECHECK_PATTERNS[7]: _USAGE_HINTS,
    PRECHECK_PATTERNS[10]: ("://",),
    PRECHECK_PATTERNS[11]: ("://", "www."),
    PRECHECK_PATTERNS[12]: ("space", "leerzeichen"),
    described_values.CASED_PAIR_FRAGMENT: described_values.CASED_HINTS,
    described_values.PERSONAL_RECIPE_PATTERN: described_values.PERSONAL_RECIPE_HINTS,
    unnamed_values.FRAGMENT: unnamed_values.HINTS,
    situation_values.FRAGMENT: situation_values.HINTS,
    spaced_values.PRECHECK_FRAGMENT: spaced_values.PRECHECK_HINTS,
    separated_digits.PRECHECK_FRAGMENT: separated_digits.NAMED_LITERALS,
}
#: For some of ``PRECHECK_PATTERNS``: the fewest ASCII digits every match of them holds in
#: an ASCII text (most chat has none, and counting them is cheaper than the regex's scan).
PRECHECK_MIN_DIGITS: dict[str, int] = {
    PRECHECK_PATTERNS[8]: 1,
    PRECHECK_PATTERNS[9]: 2,
    separated_digits.PRECHECK_FRAGMENT: 3,  # (the run's cheap test holds three)
}
# In an ASCII text the two words' first digit follows a letter, "_", "." or "-": the first
# digit after a word's letter does (a scan from the digits, before the words' own scan)
_DIGIT_AFTER_WORD = stdre.compile(r"[0-9](?<=[A-Za-z_.\-][0-9])")


def _digit_after_word(text: str) -> bool:
    """The two words with a number may be in ``text`` (see ``_DIGIT_AFTER_WORD``)."""
    return not text.isascii() or _DIGIT_AFTER_WORD.search(text) is not None


#: For some of ``PRECHECK_PATTERNS``: a test true of every text they match, made before the
#: fragment's own (slower) scan.
PRECHECK_GATES: dict[str, Callable[[str], bool]] = {
    PRECHECK_PATTERNS[8]: entry_gate,
    PRECHECK_PATTERNS[9]: _digit_after_word,
    unnamed_values.FRAGMENT: unnamed_values.might_match,
    # the recognizer's own question (its forms with the typed-password shape test), so a
    # form's match on a user name or a product leaves the text quiet
    situation_values.FRAGMENT: lambda text: bool(situation_values.values(text, _entered_value)),
    spaced_values.PRECHECK_FRAGMENT: spaced_values.precheck_gate,
    device_codes.PRECHECK_FRAGMENT: device_codes.precheck_gate,
}


#: Password words that name a number (a code): a bare number after them is the value.
_CODE_WORDS = frozenset("passcode passcodes zugangscode geheimzahl geheimnummer geheimcode".split())

_KEY_PARTS = re.compile(r"[_.\-]|(?<=[a-z])(?=[A-Z])")


#: A message's first word after a key ("CAM_PASSWORD: Required environment variable not
#: set", "DB_PASS: missing value"): a program's error about the setting, not its value.
_MESSAGE_OPENERS = frozenset(
    "required missing invalid empty unset undefined incorrect wrong expired not no".split()
)


def _key_message(value: str, quoted: bool = False) -> bool:
    """Is the value after a setting's key a message about it (several plain words, the first
    one saying the setting is missing, wrong or required), or, unquoted, the field described
    ("LLDAP admin password")?"""
    said = value.split()
    if (
        not quoted
        and 2 <= len(said) <= 4
        and said[-1].lower() in _PW_WORDS
        and all(w.isalpha() for w in said)
        and said[-2].islower()
    ):
        return True  # "LDAP_BINDPW=LLDAP admin password": the field described (round 59)
    return (
        len(said) > 1
        # (a shell's "${CAM_PASSWORD:?message}": the message if the variable is unset)
        and said[0].lstrip("?").lower() in _MESSAGE_OPENERS
        and all(w.isalpha() and w.islower() for w in said[1:])  # (not "Wrong Way Home")
    )


def _key_parts(word: str) -> list[str]:
    """The non-empty parts of ``word`` split by ``_KEY_PARTS``. A lower-case word without
    ``_``, ``.`` or ``-`` (most words: the trigger loop's lower-cased words all) has no
    separator and no lower-to-upper step, so it is its only part: no split is run."""
    if word.islower() and "_" not in word and "." not in word and "-" not in word:
        return [word]
    return [p for p in _KEY_PARTS.split(word) if p]


# 4-8 digits, also typed in pairs or triples ("28 19 44"), not the start of a longer number
_PIN_VALUE = re.compile(
    # (letters glued to its digits are the PIN's too: "PIN: 2468Ab", round 60)
    r"(\d{4,8}(?:[^\W\d_]{1,8}(?!\w))?(?![\d]|[\-/]\d)|\d{2,3}(?:[ ]\d{2,3}){1,3}(?![ ]?\d)"
    r"|\d(?:[ ]\d){3,7}(?![ ]?\d))"
)
# after a PIN word: a short purpose (a preposition, at most two words, the last a noun
# in capitals or a lower-case noun after an article) then four to eight digits ending
# the clause
# a number asked back after a question about a PIN: "… in your video? 1234?"
_GUESSED_PIN = re.compile(r"[ ]*\d{4,8}[ ]*\?")
_PIN_PURPOSE = re.compile(
    r"(?:[ ](?:für|fürs|für's|for|vom|von|zum|zur|of|on|at|am|an|beim|bei)"
    r"(?:[ ](?:the|my|our|den|das|dem|die|der|meine|meinen|meinem|meiner|mein|unser|unsere"
    # (a possessive among the words: "for the team's shared phone")
    r"|unseren|unserem|unserer)(?:[ ][^\W\d_]{2,20}(?:['’]s)?){1,3}"
    r"|(?:[ ][^\W\d_]{2,20}){0,1}[ ][A-ZÄÖÜ][^\W\d_]{1,20}"
    # a contracted article, the noun typed small: "pin fürs handy", "PIN vom tablet"
    r"|(?<=fürs|vom|zum|zur|beim)[ ][^\W\d_]{2,20})"
    r"|[ ](?:dazu|dafür|hierfür|davon))"  # "die PIN dazu 190478"
    # "… ist aber 5050": the verb after the purpose, a particle after it
    r"(?:[ ](?:ist|is|lautet)(?:[ ](?:aber|but|jetzt|now|dann|then|halt|eben))?)?"
    # the digits together or typed one by one on a phone: "8 5 2 0"
    r"[ ]?:?[ ](?P<v>\d{4,8}|\d(?:[ ]\d){3,7})(?=[ ]*(?:[.,;!)\n]|\Z|[–-]|(?:and|und)[ ]))"
)
# "eine PIN gegeben, 739104, die …": the PIN set off by a comma or colon in the same sentence
_PIN_LATER = re.compile(
    r"[^.!?\n\d]{0,40}?[,:][ ]*(?P<v>\d{4,8})(?![\d.,/:]\d)(?=[ ]*(?:[,.;!?)\n]|\Z)|[ ]+[^\d\s])"
)
# a Wi-Fi named earlier in the sentence: "Wifi in the warehouse is X, key is y"
_WIFI_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:wi-?fi|wlan|ssid|hotspot|guest[ ]network|gastnetz(?:werk)?)(?!\w)[^.!?\n]*\Z"
)
# "pin" as a verb: "need to pin it", "you can pin the cert" (a lower-case "pin" between a
# verb's marker and its object, ``words.PIN_VERB``)
_PIN_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:to|can|could|should|must|will|would|please|you|we|i|don't|dont|and|or)[ ]+\Z"
)
_PORTISH = re.compile(r"[\d:.]+")
# a call named for a PIN given its digits as a literal: SetPin("12345") (round 40)
_PIN_ARGUMENT = re.compile(r"\((?P<q>[\"'])(?P<v>\d{4,8})(?P=q)\)")
# a question naming the PIN, then its answer: "… PIN for the tablet? A: 55 19 08"
_PIN_ANSWERED = re.compile(
    r"[^\n?]{0,60}\?[ ]*(?:\n[ ]*)?(?:a|antwort|answer)[ ]*[:.)][ ]*(?=\d)", re.I
)
# "(die alte war x)", "(old one: x)", "(vorher: x)": an aside right after a value
_OLD_ASIDE = re.compile(
    r"[ ]*\([ ]*(?:(?:die|der|das|the|my|mein|meine)[ ]+)?(?:alte|alter|altes|old|previous|"
    r"vorherige|frühere|vorher|bisher|before)(?:[ ]+(?:one|pin|code|password|passwort|kennwort))?"
    r"(?:[ ]+(?:war|was|is|ist|lautete))?[ ]*[:=]?[ ]*(?=[^\s)])",
    re.I,
)


@lru_cache(maxsize=8192)
def _kind(word: str) -> str:
    """Which trigger a lower-case word is ('' when none)."""
    if word in _PW_WORDS or word in _TYPOS:
        return "pw"
    if word == "pass":
        return "pass"
    if word in _PIN_WORDS:
        return "pin"
    if word in _KEY_WORDS:
        return "key"
    # (every network key name opens with w, n or r: one character test spares the regex)
    if word[:1] in "wnr" and _NETWORK_KEY.fullmatch(word):
        return "pw"  # WPA-Schlüssel, wifi-key, WPA2-PSK-Key: a Wi-Fi password by name
    if word in _LIST_WORDS:
        return "list"
    if word in _USER_WORDS:
        return "user"
    # config keys: db_password, smtp.pass, MYSQL_PWD, admin-pw, Support-PIN, PGPASSWORD
    parts = _key_parts(word)
    if len(parts) > 1 and parts[-1].lower() in _PIN_WORDS:
        return "pin"
    if len(parts) > 1 and parts[-1] in _USERS and _HYPHEN_COMPOUND.fullmatch(word):
        return "user"  # "Datenbank-User", "Test-Accounts": users by what they log in to

    if (
        len(parts) > 1
        and parts[-1].lower() == "key"
        and parts[0].lower() in ("ap", "hotspot", "accesspoint")
        and ("_" in word or "." in word)
    ):
        return "pwkey"  # ESPHome's "ap_key": the fallback access point's Wi-Fi password
    if len(parts) > 1 and parts[-1].lower() == "psk" and ("_" in word or "." in word):
        return "pwkey"  # WIFI_PSK, WPA_SUPPLICANT_PSK: a network's pre-shared key (its password)
    if len(parts) > 1 and parts[-1].lower() in _PW_WORDS | {"pass"}:
        if parts[-1].lower() in _PW_WORDS and _HYPHEN_COMPOUND.fullmatch(word):
            return "pw"  # PDF-Passwort, Einmal-Passwort, router-password: a word, not a key
        return "pwkey"
    if (
        len(parts) > 1
        and any(p.lower() in _PW_WORDS | {"pass"} for p in parts[:-1])
        and not any(p.lower() in _KEY_META for p in parts)
    ):
        return "pwkey"  # password_super_secure, adminPasswordProd (not password_length)
    if german_forms.secret_head(word) and (word.isalpha() or _HYPHEN_COMPOUND.fullmatch(word)):
        # initialpasswort, adminpassword, Kartengeheimzahl, Passworter,
        # WLAN-Gastpasswort: a compound names what its head names, in any of its forms
        return "pw"
    if word.endswith(("password", "passwort", "passwd")):
        return "pwkey"
    # (``_glued_pw`` written out for the whole word: a call per cache miss showed in the
    # bench stream's call count, stop 59)
    if word in _PW_DIRECTIVES or (
        word.endswith(("pw", "pwd")) and word[: -2 if word[-1] == "w" else -3] in _PW_OWNERS
    ):
        return "pwkey"  # a config's key glued to "pw": "bindpw", "rootpw", "adminpwd"
    if len(parts) > 1 and parts[-1][-1:] in "wdWD" and _glued_pw(parts[-1].lower()):
        return "pwkey"  # ... as a key's last part: "LDAP_BINDPW" (round 59)
    if word.endswith("pass") and word[:-4] in _PW_OWNERS:
        return "pwkey"  # "$dbpass", "smtppass", "rootpass" (round 40)
    return ""


def _glued_pw(word: str) -> bool:
    """A server's password setting, or an owner glued to "pw"/"pwd" ("bindpw", "dbpwd")."""
    return word in _PW_DIRECTIVES or (
        word.endswith(("pw", "pwd")) and word[: -2 if word[-1] == "w" else -3] in _PW_OWNERS
    )


#: Servers' settings that hold a password under a name of their own (Redis's
#: "requirepass" and "masterauth").
_PW_DIRECTIVES = frozenset(
    # (an SNMP agent's community strings are its passwords: round 61)
    {"requirepass", "masterauth", "rocommunity", "rwcommunity"}
)
#: Whose password a config's key glued to "pw" names ("bindpw", "rootpw", "dbpwd").
_PW_OWNERS = frozenset(
    "bind root admin db user ldap smtp mail master sys ftp sftp sql vnc web api app svc "
    "service proxy wifi wlan "
    # round 41: a mail client's remote and local account (offlineimap's "remotepass"), a
    # mail protocol's, keytool's store and key ("-storepass", "-keypass"), an RPC or game
    # server's console, a vault's
    "remote local imap pop pop3 store key trust rpc rcon vault login auth server client "
    "mysql redis "
    # round 50: a database's own ("DatabasePw", "datenbankpw"; Znuny's Config.pm)
    "database datenbank".split()
)


@lru_cache(maxsize=4096)
def _leet_word(word: str) -> bool:
    """``Pa55word``, ``Passw0rt``: a password word typed with look-alike digits."""
    if not 6 <= len(word) <= 10 or word.isalpha() or not word[:1].isalpha():
        return False
    return word.lower().translate(_LEET) in _LEET_WORDS


def _slips(a: str, b: str) -> int:
    """Edits from ``a`` to ``b`` (insert, delete, replace, swap two neighbours), 3 for more."""
    if abs(len(a) - len(b)) > 2:
        return 3
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


@lru_cache(maxsize=4096)
def _far_typo(word: str) -> bool:
    """Two slips from a password word ("Pasowrt", "Kenwrot"), and no word of its own: a
    password word typed in a hurry, trusted only before a connector and a shaped value."""
    low = word.lower()
    if (
        not 6 <= len(low) <= 10
        or low[:2] not in ("pa", "ke")
        or not low.isalpha()
        or low in _TYPOS
        or low in _PW_WORDS
        or low in words.dictionary()
    ):
        return False
    return any(_slips(low, w) <= 2 for w in ("password", "passwort", "kennwort"))


def _camel_kind(word: str) -> str:
    """``adminPass``, ``rootPass``: a camel-case key ending in "Pass" ("pwkey"); lower
    case, "compass" or "Reisepass" are words. Round 40: a password's hump inside a key,
    more humps after it (``testPasswordOld``, ``myDatabasePwd``; not ``…PasswordHash``)."""
    i = word.rfind("Pass")
    if i > 0 and word[i - 1].islower() and word[i + 4 :] in ("", "word", "wd"):
        return "pwkey"
    if word.endswith(("Pin", "PIN")) and len(word) > 3 and word[-4].islower():
        return "pin"  # "SetPin", "cardPIN": a call or key named for a PIN (round 40)
    m = _CAMEL_PW.search(word)
    if m is not None and not any(h.lower() in _KEY_META for h in _HUMPS.findall(m.group("rest"))):
        return "pwkey"
    return ""


_CAMEL_PW = re.compile(
    r"(?<=[a-z0-9])(?:Pass(?:word|wort|wd)?|Pwd|Kennwort)(?P<rest>(?:[A-Z][a-z0-9]+)*)\Z"
)
_HUMPS = re.compile(r"[A-Z][a-z0-9]+")


@lru_cache(maxsize=8192)
def _near_kind(word: str) -> str:
    """For a word that is no trigger: "context" when it holds a password or credential stem
    (not as an identifier key: credentialId), "login" for a sign-in word, else ''."""
    low = word.lower()
    if _CONTEXT_STEM.search(low):
        last = _key_parts(word)[-1:]
        if last and last[0].lower() in _KEY_META and not _HYPHEN_COMPOUND.fullmatch(word):
            return ""  # a key about a password (password_field), not prose (Kennwort-Feld)
        return "context"
    return "login" if _LOGIN_WORD.fullmatch(low) else ""


@lru_cache(maxsize=8192)
def _word_class(word: str) -> tuple[str, str, bool] | None:
    """What the trigger loop needs of a word, in one cached call (it runs for every word of
    every message that passes the pre-check): its trigger kind, its ``_near_kind`` when it
    is no trigger, and whether it may be a password word in disguise (``_disguised``).
    None for a word the loop reads no further (the most words of a message: r46-speed),
    so it skips it on one test: no trigger, no context, no disguise and not the first half
    of a word typed apart ("Kenn wort"), or the password manager "1Password" by name."""
    kind = _kind(word.lower()) or (
        _camel_kind(word)
        if "Pass" in word or "Pwd" in word or "Kennwort" in word or "Pin" in word or "PIN" in word
        else ""
    )
    if kind:
        return None if word.lower() == "1password" else (kind, "", False)
    disguised = (
        word[0] in "pPkK" and (_leet_word(word) or word in ("key", "Key", "KEY") or _far_typo(word))
    ) or (word[0] in "wWsS" and (word.upper() in _WPA or word.lower() == "secret"))
    near = _near_kind(word)
    if not (near or disguised) and (len(word) > 7 or word.lower() not in _SPLIT_WORD_TAILS):
        return None
    return "", near, disguised


#: Parts of a config key that name something about a password, not the password itself.
_KEY_META = frozenset(
    """
    length len min max policy policies rule rules reset hash hashed salt digest url uri link field
    label hint prompt type mode strength count attempts variable var id file path enabled
    required expiry expires expiration changed change age history regex pattern help text
    message msg error confirm confirmation validation valid invalid check input through thru
    richtlinie richtlinien länge regel regeln anforderung anforderungen feld hinweis
    änderung wechsel vergessen manager
    err expired weak wrong incorrect mismatch locked encryption algorithm cipher
    protected geschützt protection schutz
    speichern merken anzeigen save remember show autofill days tage
    """.split()
)

# Any word holding a password or credential stem is context for ``password_near``.
_CONTEXT_STEM = re.compile(
    r"(?i)passw|paßw|pass(?:phrase|code)|kennw[oö]rt|zugangs(?:daten|code)|zugäng|credential|"
    r"anmeldedaten|logindaten"
)
# Signing in: context enough for a token whose shape alone says password
_LOGIN_WORD = re.compile(
    r"log-?ins?|logon|anmeld\w*|sign-?in|einlogg\w*|eingeloggt|"
    # typing or trying a value: only a token with a symbol among letters and digits counts
    r"typed|typing|entered|tried|eingegeben|eingetippt|getippt|probiert|ausprobiert|versucht|"
    r"vertippt|vertippe|"  # "3x vertippt, richtig wäre: x"
    # a password manager the value was copied from: "straight from bitwarden: x"
    r"bitwarden|vaultwarden|keepass\w*|lastpass|dashlane|keychain|schlüsselbund|"
    # a reset story: "I reset it, the new one is x", "zurückgesetzt, jetzt x"
    r"reset|resetted|zurückgesetzt|zurueckgesetzt"
)
# Two words that say "credentials": "login details", "Zugangs-Infos", "access data"
_CONTEXT_PAIR = re.compile(
    r"(?i)(?<!\w)(?:log[ -]?in|sign[ -]?in|access|account|zugangs?|anmelde|konto)[ -]?"
    r"(?:details|data|daten|infos?|informationen)(?!\w)"
)
# (its second word's stems: in an ASCII text, substring tests of the lower-cased text
# cost less than the case-blind scan, which gets no literal to skip ahead with)
_CONTEXT_PAIR_NOUNS = ("detail", "dat", "info")
_CONTEXT_PAIR_NOUN_SCAN = stdre.compile(literal_trie(_CONTEXT_PAIR_NOUNS))  # (in ``low``)

_WORD = re.compile(r"(?<![\w/])[\w][\w/\-.]*[\w]|(?<![\w/])\w")
# ``_WORD`` for ASCII texts, where the two engines' ``\w`` agree (the stdlib's is faster,
# the more so with the classes spelled in ASCII)
_WORD_ASCII = stdre.compile(ascii_twin(_WORD.pattern))

# ------------------------------------------------------------------ connectors
_FOREIGN_COPULA_PATTERN = (
    r"(?:(?<=has[łl][oa]|hasla|contrase[ñn]as?|clave|senha|parola|heslo)[ ]+(?:to|es|é|je)"
    # Romanian "parola (mea) este x", Greek "ο κωδικός (μου) είναι x", Russian and
    # Bulgarian "пароль это x", "паролата е x"
    r"|(?<=parol[aă]|parola[ ]mea|κωδικ[οό][ςσ]|κωδικ[οό][ςσ][ ]μου|пароль|парола|паролата"
    r"|пароль[ ]мой|мой[ ]пароль)[ ]+(?:este|e|είναι|ειναι|это|є|е))(?!\w)"
)
_FOREIGN_COPULA = re.compile(_FOREIGN_COPULA_PATTERN, _I)
# the possessives that follow the password word in Greek, Romanian and Russian
_POSSESSIVES_AFTER = (" μου", " mea", " мой")
_QUAL = (
    # (a relative clause between commas, maybe after a preposition: "der Halle, in der das
    # Gateway hängt, ist x", "of the hall, where the gateway is, is x"; round 60)
    r"(?:[ ]*\([^()\n]{1,60}\)|[ ]*,[ ]*(?:(?:in|an|auf|bei|mit|für|in[ ]which|at[ ]which)[ ])?"
    r"(?:which|that|who|where|wo|die|den|das|der|dem|welche|welches|welchen)[ ][^,.\n:;?!()]{1,60},"
    r"|[ ]+(?!(?:is|ist|isch|was|war|lautet|lautete|are|sind|wäre|sei|would|"
    r"heißt|heisst)(?!\w))(?>[^\s:=?!,;()\"]{0,59}[^\s:=?!,;()\".])){0,8}?"
)
_NOW = (
    r"(?:(?:now|currently|still|just|simply|actually|jetzt|aktuell|noch|einfach|nun|nur|only|"
    r"again|"
    r"wieder|momentan|gerade|temporarily|vorübergehend|here|hier|unchanged|immer|eigentlich|"
    r"derzeit|inzwischen|mittlerweile|übrigens|btw|by the way|"
    # hedges: "war wohl x", "is probably x", "lautet heuer x", "ist glaube ich x"
    r"wohl|halt|eben|doch|vermutlich|wahrscheinlich|glaube ich|glaub ich|denke ich|heuer|"
    r"probably|maybe|perhaps|i think|i believe|i guess|definitely|really|literally|either|"
    r"entweder|"
    r"exactly|genau|tatsächlich|seit gestern|since yesterday|this year|dieses jahr|"
    r"\w+mal|mehrmals|twice|once|already|bereits|schon|several times|three times|"
    # "lautet nach wie vor x", "war früher x", "is as always x"
    r"nach wie vor|weiterhin|wie immer|wie gehabt|as always|as usual|früher|bisher|vorher|"
    # whose it is: "ist bei mir x", "lautet bei uns noch x" (German: in my, our case)
    r"bei[ ]+(?:mir|uns)|"
    r"ursprünglich|previously|formerly|originally|"
    # how it is typed: "lautet kleingeschrieben x", "is all lowercase: x"
    r"(?:all[ ]+)?(?:in[ ]+)?(?:lower|upper)[ ]?case|all caps|klein[ ]?geschrieben|"
    r"gro(?:ß|ss)[ ]?geschrieben|in (?:klein|gro(?:ß|ss))buchstaben|case[ -]sensitive)"
    r"(?!\w)[ ]*[:,]?[ ]*){0,3}"
)
_CONN = (
    # a quoted key's closing quote ('"password": x'), a subscript's ('cfg["password"] = x')
    r"(?:[\"']\]?)?(?P<conn>"
    r"(?:'|’)s[ ]+"
    r"|[ ]+(?:(?:is|ist|lautet|lauten|are|sind)[ ]+)?(?:as[ ]+follows|wie[ ]+folgt|folgendes|"
    r"folgender|the[ ]+following)[ ]*:[ ]*"
    # "my pw?? its x": doubled question marks before the answer too
    r"|[ ]*\?{1,3}[ ]*(?:(?:it'?s|it is|its|es ist|das ist|es lautet)(?!\w)[ ]*:?[ ]*)?"
    # (not a colon between two digits: "changed 2025-03-10 09:12", a time of the qualifier)
    r"|[ ]*(?::=|->|=>|===|==|(?!(?<=\d):\d)[:=])[ ]*"
    # a dictated or drawn colon: "Passwort Doppelpunkt x", "password colon x", "Passwort → x"
    r"|[ ]+(?:colon|doppelpunkt)[ ]+|[ ]*[→⇒➔➜][ ]*"
    r"|(?<=[\"'])[ ]*,[ ]*(?=[\"'])|[ ]*\([ ]*(?=[\"'])"
    r"|[ ]+-{1,2}[ ]+"
    # the copula of the languages whose password word has one of its own right after it:
    # Polish "hasło to x", Spanish "contraseña es x", Portuguese "senha é x" (``_FOREIGN``)
    rf"|{_FOREIGN_COPULA_PATTERN}[ ]*:?[ ]*"
    # "wrote the password down as x", "typed the password in as x"
    r"|[ ]+(?:down|in)[ ]+as[ ]+"
    r"|[ ]*,[ ]*(?:it'?s|it is|which is|das ist|es ist|nämlich)(?!\w)[ ]*:?[ ]*"
    # "sei": reported speech ("meint, das Kennwort sei x")
    # (and "is" in the languages of the password words of ``_FOREIGN_PW_WORDS``: French
    # "est", Polish "jest", Italian "è", Portuguese "é")
    r"|[ ]+(?:is|was|ist|isch|war|lautet|lautete|are|sind|would be|wäre|sei|heißt|heisst|reads|"
    r"est|jest|è|é|"
    r"has been|had been|got|wurde|"
    r"set to|changed to|geändert auf|auf|remains|bleibt|"
    r"habe ich|hab ich|hatte ich|nutze ich|nehme ich|verwende ich|benutze ich)"
    # "was changed to x", "has been reset to x" (not "was" with the verb as its value)
    # ("Passwort hab ich geändert auf x": the verb after the inverted "hab ich", round 41)
    r"(?!\w)(?:[ ]+(?:changed|set|reset|updated|switched|geändert|geaendert|gesetzt|umgestellt)"
    r"[ ]+(?:to|auf)(?!\w)(?![ ]+(?:wunsch|anraten|anweisung|bitte|empfehlung|"
    r"vorgabe|etwas|irgendwas|something|anything)(?!\w)))?"
    # a colon, or a dash set off by spaces: German pauses before the value with a
    # Gedankenstrich after its verb ("Das Kennwort lautet – x"; every dash is "-" after
    # normalisation), unless a second one closes an aside ("ist – ehrlich gesagt – peinlich")
    r"(?:[ ]*:|(?<=(?:ist|lautet|lautete|war|wäre|heißt|heisst))[ ]+-{1,2}(?=[ ])"
    r"(?![^\n]*?[ ]-{1,2}[ ]))?[ ]*"
    rf"){_NOW}"
    # "Passwort:" and the value alone on a line below, a phrase of a few words too
    # "the password is" ending its line, the value alone on the next one ("ist" then "x")
    r"(?P<nl>(?<=(?::|(?<!\w)(?:is|ist|isch|lautet|was|war|are|sind))[ ]*)(?:\n[ ]*)+"
    r"(?=[^\s=:]+(?:[ ][^\s=:]+){0,4}[ ]*(?:\n|\Z)))?"
)
_FORWARD = re.compile(rf"(?P<qual>{_QUAL}){_CONN}", _I)
# What every ``_CONN`` branch needs somewhere after the word: one of its punctuation marks
# (no case, so the stdlib engine's fast scan is the same test) or a space then the first
# word of a spoken connector (the regex engine and ``_I``, so the same strings match).
# ``_FORWARD`` is the slowest test per password word; most chat sentences ("I forgot my
# password") hold none of these and skip it.
_CONN_MARKS = stdre.compile(r"[:=?,(\-'’→⇒➔➜]")
_CONN_WORDS = re.compile(
    r"[ ](?:"
    + "|".join(
        sorted(
            """is ist isch was war lautet lautete are sind would wäre sei heißt heisst reads has had
            got wurde set changed geändert auf remains bleibt habe hab hatte nutze nehme
            verwende benutze colon doppelpunkt est jest è é""".split()
        )
    )
    + "|down as|in as)",
    _I,
)


#: A part a password is said to start with ("fängt mit x an", "starts with x").
_STARTS_WITH = re.compile(
    r"(?i)(?<!\w)(?P<verb>starts|started|begins|began|fängt|fing|beginnt|begann)[ ]+"
    r"(?:(?:also|auch|immer|wohl|so|jedenfalls)[ ]+)?(?:with|mit)[ ]+"
    r"(?P<v>[^\s,;:.!?()\"'`]{4,40})(?P<an>[ ]+an(?!\w))?"
)
#: What a password's start is made of, not a part of it ("mit einem Großbuchstaben").
_PART_WORDS = frozenset(
    """
    letter letters capital capitals digit digits number numbers symbol symbols space spaces
    character characters char chars upper lower uppercase lowercase whitespace blank dot
    period hyphen dash underscore
    buchstabe buchstaben großbuchstabe großbuchstaben kleinbuchstabe kleinbuchstaben zahl
    zahlen ziffer ziffern sonderzeichen zeichen leerzeichen punkt strich bindestrich
    unterstrich großbuchstaben
    star asterisk hash slash comma colon semicolon quote apostrophe bracket
    stern sternchen raute komma doppelpunkt semikolon schrägstrich ausrufezeichen fragezeichen
    klammer anführungszeichen
    """.split()
)
#: The copulas after which a description of the value may come before it ("is my cat's name x").
_KIND_COPULAS = frozenset("is ist was war lautet".split())
#: The verbs that make a config key the subject of a sentence ("db_password ist x").
_KEY_SAID = frozenset("is ist lautet was war".split())
#: … a key that ends in its password word ("db_password", "SMTP.PASS"; not "Kennwort-Schema").
_KEY_SAID_WORD = re.compile(
    r"[_.](?:password|passwort|passwd|pwd|pw|pass|kennwort|psk)\Z|(?<![\w.])ap[_.]key\Z", _I
)


def _forward(text: str, end: int) -> re.Match[str] | None:
    """``_FORWARD.match(text, end)``, skipped when no connector can follow."""
    # No part of ``_QUAL`` or of a connector's mark or word holds a line break (their
    # classes exclude it, their gaps are spaces), so the connector starts on the word's own
    # line: the gate reads that line, not the rest of a long text (speed pass 5).
    stop = text.find("\n", end)
    if stop < 0:
        stop = len(text)
    if (
        _CONN_MARKS.search(text, end, stop) is None
        and _CONN_WORDS.search(text, end, stop) is None
        # (the copula follows a space: the case-blind lookbehind only for such a word;
        # after a possessive that follows the word: "κωδικός μου είναι", "parola mea este")
        and (
            not text.startswith(" ", end)
            or _FOREIGN_COPULA.match(
                text, end + 4 if text.startswith(_POSSESSIVES_AFTER, end) else end
            )
            is None
        )
    ):
        return None
    return _FORWARD.match(text, end)


_BARE = re.compile(rf"(?:[ ]+|[ ]*\n[ ]*){_NOW}(?=\S)", _I)
# a passive connector ("wurde", "was", "has been", "got") and a participle after the token:
# the token is an adverb ("wurde automatisch vergeben", "was silently reset")
_PASSIVE = re.compile(r"(?i)(?<!\w)(?:wurde|was|been|got)(?!\w)")
# German past participles: "gesetzt", "notiert", "eingegeben"
_PARTICIPLE_FORMS = r"ge\w{3,}(?:t|en)|\w{2,}iert|\w+ge\w{2,}(?:t|en)"
_PARTICIPLE_AFTER = re.compile(
    rf"(?i)[ ]+(?:{_PARTICIPLE_FORMS}|\w{{3,}}ed|eingegeben|vergeben)(?=[\s.,;!?)]|\Z)"
)
# a perfect's auxiliary as the connector ("habe ich", "hatte ich") and a participle as
# the only word after it: the clause's verb ("Kennwort habe ich schon angefordert.")
_PERFECT = re.compile(r"(?i)(?<!\w)(?:habe|hab|hatte)(?!\w)")
_PARTICIPLE = re.compile(rf"(?i)(?:{_PARTICIPLE_FORMS})")
# the participle closing a perfect, also of a verb with an inseparable prefix ("übergeben",
# "erhalten", "verschickt"): in lower case, as German verbs are written (a value is often
# capitalised)
_PERFECT_CLOSE = re.compile(
    rf"(?:{_PARTICIPLE_FORMS}|(?:über|unter|hinter|ver|er|be|ent|emp|zer)[a-zäöüß]{{2,}}(?:t|en))"
)
# a typing or setting verb that closes the clause right after a value
_SET_AFTER = re.compile(
    r"[ ]+(?:eingegeben|eingetippt|getippt|gesetzt|gewählt|gewaehlt|vergeben|festgelegt|"
    r"hinterlegt|eingestellt)(?=[\s.,;!?)]|\Z)",
    _I,
)
_PURPOSE = re.compile(
    r"[ ]+(?:for|für|fuer|to|zu|zum|zur|of|von|vom|on|bei|in|im|i|ich|we|wir|you|du|he|she|"
    r"my|mein|meine|meines|meinem|the|das|des|dem|der|new|neue|neues|current|aktuelle|"
    r"aktuelles|temporary|temporäre|temporäres|initial|default|admin|wifi|wlan)(?!\w)",
    _I,
)
_BEFORE = re.compile(
    r"(?P<val>\S+)[ ]+(?P<verb>is|was|ist|war|as|als|are|sind|would be|wäre|=|will be|wird)[ ]+"
    r"(?:(?:übrigens|btw|also|auch|actually|eigentlich|jetzt|now|still|noch)[ ]+)?"
    r"(?:(?:my|the|our|your|his|her|their|a|an|mein|meine|meinen|das|der|die|ein|unser|"
    r"unsere|dein|ihr|sein|new|neues|neue|neuer|current|aktuelle|aktuelles|old|alte|altes|"
    r"temporary|temporäre|temporäres|initial|default|admin|login|account|wifi|wlan)[ ]+){0,3}"
    r"\Z",
    _I | re.REVERSE,
)
# a preposition right before ``_BEFORE``'s value: "laut Konfiguration ist die Passphrase x",
# "per the docs is the password": the value is its noun, the clause is inverted
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:laut|gemäß|gemäss|zufolge|nach|per|according[ ]+to|as[ ]+per|in|im|bei|beim"
    r"|seit|aus|von|vom)[ ]+(?:(?:dem|der|den|des|the|einem|einer|unserem|unserer)[ ]+)?\Z",
    _I | re.REVERSE,
)
#: the copulas of an inverted clause ("In der App wird mein Passwort als … angezeigt")
_INVERTED_COPULAS = frozenset(
    ("ist", "war", "is", "was", "wird", "wäre", "would be", "will be", "sind", "are")
)
# a subject before the inverted clause's verb ("das ist das Kennwort …"): not inverted
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:das|dies|dieses|es|hier|da|that|this|it|welches|was|wo)[ ]+\Z", _I
)
# what may follow the word without being its value: a preposition, a state, a negation
_INVERTED_STOPS = frozenset(
    """
    für fürs für's vom von beim bei im in am an auf aus mit zu zum zur nach über unter
    nicht kein keine noch schon auch jetzt immer nur wohl doch falsch richtig leer
    """.split()
)
# the inverted German clause: "… ist die Passphrase x – und …": the value right after the
# word, no connector, to its clause's end (round 22)
_INVERTED = re.compile(
    r"(?<!\w)(?:ist|war|lautet|wäre)[ ]+(?:die|das|der|mein|meine|unser|unsere|ihr|ihre)[ ]+"
    r"(?:(?:neue|aktuelle|jetzige|alte)[nrs]?[ ]+)?(?:passphrase|passwort|kennwort|"
    r"wlan-schlüssel|wlan-passwort|schlüssel)[ ]+(?=\S)",
    _I,
)
# a question word right before ``_BEFORE``'s value: the value is what is asked about
_ASKED = re.compile(
    r"(?<!\w)(?:welche[mnrs]?|which|what|whose|wessen|wie|how|was)[ ]+\Z", _I | re.REVERSE
)
_BEFORE_LOOSE = re.compile(
    r"(?P<val>\S+)[ ]+(?:is|ist|isch|was|war)[ ]+(?:[^\W\d_]{1,5}[ ]+){1,2}\Z", _I | re.REVERSE
)
# "X - das ist das Passwort", "X <- that's my password", "X, which is the password"
_BEFORE_CLAUSE = re.compile(
    # (a sentence's end needs a space after it: "pg-intern.firma.local" is one token)
    r"(?:^|(?<=\n)[ ]*|(?<=[.!?:;])[ ]+)(?P<val>\S+)[ ]*(?:-{1,2}|<-|,|:)?[ ]+"
    r"(?:das ist|dies ist|das war|that's|that is|this is|which is|it's|it is|welches|ist)"
    r"(?:[ ]+\S+){0,5}?[ ]*\Z",
    _I | re.REVERSE,
)
# "X — … password", "X <- … Passwort": a value, a dash or arrow, then up to seven words
# of one clause to the password word (``_ANAPHOR`` must point back at the value)
_BEFORE_DASH = re.compile(
    r"(?:^|(?<=[\s(„\"']))(?P<val>[^\s\-<][^\s]*?)[ ]+(?:-{1,2}|<-{1,2})[ ]+"
    r"(?P<clause>(?:[^\s.!?;:]+[ ]+){1,7}?)\Z",
    _I | re.REVERSE,
)
_ANAPHOR = re.compile(
    r"(?<!\w)(?:(?:that|this|it)'s|(?:that|this|it|das|dies|es)[ ]+(?:is|was|ist|war)"
    r"|(?:that|this|it|das|dies|es)[ ]+(?:as|als))[ ]+(?:[^\s.!?;:]+[ ]+){0,3}\Z",
    _I,
)
# the password word ends its noun phrase: not "the password tool", "das Passwort-Feld"
_WORD_ENDS_CLAUSE = re.compile(
    r"[ ]*(?:[,.;:!?)\n]|\Z|[ ](?:for|für|fürs|of|von|vom|on|at|bei|beim|to|zum|zur|and|und|"
    r"in|im|is|ist|was|war)(?!\w))",
    _I,
)
# after the password word in a bracket: a verb, so the bracket says something of its own
_ASIDE_CLAUSE = re.compile(
    r"[ ]+(?:is|ist|are|sind|was|war|were|waren|habe|hab|hatte|haben|have|has|had|wird|werden|"
    r"will|liegt|liegen|steht|stehen|stays|bleibt|bleiben|kann|can|darf|must|muss"
    # or a negation: "Konten (Passwörter natürlich nicht, …)", "(passwords of course not)"
    r"|(?:[^\W\d_]+[ ]+){0,2}(?:nicht|not|none|keine|no)(?=[ ]*[,;.)!])"
    # or where or when it is ("Lindner-Gast (Kennwort an der Theke)", "Praxis-Konto (PW
    # vorige Woche geändert)", round 58)
    r"|an[ ]+der|am|im|beim|bei|auf[ ]+dem|at[ ]+the|on[ ]+the|from[ ]+the|vorige[nrs]?|"
    r"letzte[nrs]?|last|seit|since"
    # or how it gets there ("dump.sql (PGPASSWORD set in the cron env)", "(password via
    # PGPASSFILE)")
    r"|set|gesetzt|via|per|stored|saved|gespeichert|in)(?!\w)",
    _I,
)
# ... or the bracket gives the password its own value ("app_read (Passwort: siehe Keepass)")
# or names a way to sign in ("my machine (password auth)"): neither labels X
#: An aside after a value that calls it a phone's number ("555-0142 (her desk phone)").
_PHONE_ASIDE = re.compile(
    r"[ ]*\((?:[^()\n]{0,30}[ ])?(?:phone|telefon|tel|handy|mobil|mobile|cell|durchwahl|"
    r"extension|ext|fax|call|anrufen)(?!\w)",
    _I,
)
#: Ways of signing in that need no password of the user's to be given ("admin / SSO").
_SIGN_IN_METHODS = frozenset(
    "sso saml saml2 oauth oauth2 oidc openid ldap kerberos ntlm passkey passkeys smartcard "
    "entra azuread".split()
)
#: a verb and its pronoun after a word: the word opens a clause ("Gastzugang gebe ich")
_PRONOUN_CLAUSE = re.compile(r"[ ]+[^\W\d_]+[ ]+(?:ich|wir|du|ihr|i|we|you)(?![\w])", _I)
#: a bracket of several words, an aside ("(app password, 16 chars, generated yesterday)")
_BRACKET_WORDS = re.compile(r"\([^\W\d_]+[ ,]+[^\W\d_]+[^)\n]*\)")
_ASIDE_OWN = re.compile(
    r"[ ]*[:=][ ]*[^\s)]|[ -]+(?:auth|authentication|authentifizierung|login|anmeldung)(?!\w)",
    _I,
)
_BEFORE_PAREN = re.compile(
    r"(?P<val>\S+)[ ]+[(\[][ ]*(?:(?:my|the|mein|das|new|neues)[ ]+)?\Z", _I | re.REVERSE
)
# After a user/list word: the user name, a separator, the password.
_LIST = re.compile(
    r"(?:[ ]+(?:details|daten|data|info|information|name|number|nummer|nr|no|id|admin|"
    r"administrator|root|for|für)(?!\w))?"
    # "creds for the staging tenant are …", "Zugangsdaten für das Portal: …"
    # "login please use admin and …", "Zugang: nimm anna / …"
    r"(?P<mid>(?:[ ]+[^\s:=,;/|.?!]{1,30}+){1,4}?(?=[ ]*[:=]|[ ]+(?:is|ist|are|sind|lautet|"
    r"lauten|use|try|nimm|nutze|verwende|benutze)(?!\w)))?"
    r"[ ]*(?:s[ ]+)?(?:[:=]|is|ist|lautet|are|sind|->|use|try|nimm|nutze|verwende|benutze)?"
    r"[ ]*(?:\n[ ]*)?"
    r"(?P<user>[^\s/|,;:&]{2,64}?)[ ]*"
    r"(?P<sep>/|\||(?<=\S):(?=\S)|,|;|&|\+|[ ]and[ ]|[ ]und[ ]|[ ]*\n)[ ]*"
    r"(?:(?:and|und)[ ]+)?(?:(?:the[ ]+|das[ ]+)?(?:pw|pwd|pass|password|passwort|kennwort|"
    r"p)(?!\w)[ ]*[:=]?[ ]*)?"
    r"(?P<pw>\S+)",
    _I,
)
# a program's camel-case identifier ("superUserPassword"): a key, no word of prose
_CAMEL_KEY = re.compile(r"[a-z]+(?:[A-Z][a-z]+)+")
# a calendar's or a card's field, its key in capitals glued to the value ("UID:7c1e…",
# "DTSTART:20261110T140000Z", round 60)
_GLUED_FIELD = re.compile(r"[A-Z][A-Z\-]{1,20}[:;]\S")
# a configuration block opening after a label (Terraform's 'resource "name" {')
_BLOCK_OPENS = re.compile(r"[ \t]*\{")
# a mail's subject line, quoted or not: its words are no list of credentials (round 60)
_SUBJECT_LINE = re.compile(r"(?i)[ \t>]*(?:betreff|subject|re|aw|fwd?|wg)[ \t]*:")
# what a call's parenthesis opens with: a quoted literal, a name or a closing parenthesis
# ('Password("x")', "Password(value)", "Password()"); "password(s)" is a plural in prose
_CALL_ARGUMENT = re.compile(r"[\"'`]|\)|[A-Za-z_]\w{1,}[.,)(]")
# the user information of an address right before a match: "rtsp://admin:" (no space)
_IN_ADDRESS = re.compile(r"://[^\s/@]*\Z")
# a key's quoted value after it on its line ('PassCmd "pass show mail"', "Host 'imap.x'")
_QUOTED_SETTING = re.compile(r"[ \t]+[\"'][^\"'\n]*[\"'][ \t]*(?:\n|\Z)")
# u: tess  /  p: lighthouse9   (short keys, same line or the next one)
# a label: a word and its colon, the value after a space ("Kontonummer: DE…")
_LABEL_END = re.compile(r"[^\W\d_]+(?:[-_.][^\W\d_]+)*:\Z")
_SHORT_KEYS = re.compile(
    r"(?<![\w-])(?:u|usr|user|l|login|n|name|b|id|account|acct)[ ]*[:=][ ]*\S+[ ,;/|]*"
    r"(?:\n[ ]*|[ ]+)?(?:p|pw|pwd|pass|k|secret)[ ]*[:=][ ]*(?P<pw>\S+)",
    _I,
)
# the same pair with the password first: "p: x\nu: anna", "pw=x user=anna"
_SHORT_KEYS_REVERSED = re.compile(
    r"(?<![\w-])(?:p|pw|pwd|pass)[ ]*[:=][ ]*(?P<pw>\S+)[ ,;/|]*(?:\n[ ]*|[ ]+)"
    r"(?:u|usr|user|l|login|id|account)[ ]*[:=][ ]*\S",
    _I,
)
# scheme://user:pass@host (also protocol-relative: //user:pass@host) and user:pass@host
_URL_USERINFO = re.compile(
    r"(?:(?<![\w.])[a-z][a-z0-9+.\-]*:|(?<![\w.:/]))//(?P<user>[^\s:/@]{0,64}(?:@[^\s:/@]{1,64})?):"
    r"(?P<pw>[^\s/]{1,128})@",
    _I,
)
# a connection URL whose user and password hold spaces (SQLAlchemy and JDBC take them):
# "dbtype://user:pass word + other%3Awords@host/db"; not a host and port followed by prose
_URL_SPACED_USERINFO = re.compile(
    r"(?<![\w.])[a-z][a-z0-9+.\-]*://(?P<user>[^\s:/@.][^\n:/@.]{0,63}?)?:"
    r"(?P<pw>(?!\d+[ ])[^\s:/@][^\n/@]{0,38}[^\s/@])@(?=[\w\-\[][\w.\-\]]*(?:[:/?#\s\"']|\Z))",
    _I,
)
_BARE_USERINFO = re.compile(
    r"(?<![\w@:/.])(?P<user>[\w.\-]{2,32}):(?P<pw>[^\s@:/][^\s:/]{1,62}[^\s@:/])"
    r"@[\w\-]+(?:\.[\w\-]+)*(?![\w@])"
)
# user:pass with URL escapes, as a URL's userinfo is written ("us%3Ar:p%40ss"): the
# password holds one (an escaped "@", ":", "/", "%"); not a path or a host with a port
_ENCODED_USERINFO = re.compile(
    r"(?<![\w%:/@.\-])(?P<user>[\w.\-]{0,64}(?:%[0-9A-Fa-f]{2}[\w.\-]{0,64}){0,4}):"
    r"(?P<pw>[^\s:/@\"'<>%]{0,64}%[0-9A-Fa-f]{2}[^\s:/@\"'<>]{0,64})(?=[\s\"'<>),;]|\Z)"
)
# Go's MySQL DSN: "user:pw@tcp(host:3306)/db", "user:pw@/db", "user:pw@unix(/tmp/s)/db": the
# position names the password, whatever its shape
_DSN_USERINFO = re.compile(
    r"(?<![\w@:/.])(?P<user>[\w.\-]{1,32}):(?P<pw>[^\s@:/()]{1,64})@(?:[a-z]{2,8}\(|/)"
)
# libpq's keyword/value string: "host=db user=app password=x dbname=shop" (any value counts
# among two or more other connection keys)
_LIBPQ_KEYS = re.compile(r"(?<![\w.\-])(?:host|hostaddr|dbname|user|port|sslmode)=\S", _I)
_LIBPQ_PASSWORD = re.compile(r"(?<![\w.\-])password=(?P<pw>[^\s'\"]+)", _I)
# a line of nothing but key=value pairs: "user=app password=x", "  host=db password=y  "
_KEY_VALUE_LINE = re.compile(r"[ \t]*[\w.\-]+=[^\s=]+(?:[ \t]+[\w.\-]+=[^\s=]+)+[ \t]*")
# a URI scheme without "//" before its address: "mailto:anna@x.org" names no user:password
_ADDRESS_SCHEMES = frozenset("mailto sip sips tel xmpp im pres news urn".split())
# scheme://user:pass with no host after it ("sftp://deploy:x"): what follows the colon is
# no port (digits) and no host, so it is the password
_URL_NO_HOST = re.compile(
    r"(?<![\w.])[a-z][a-z0-9+.\-]*://(?P<user>[\w\-]{1,64}):(?P<pw>[^\s/@:\"'<>]{3,64})"
    r"(?=[\s\"'<>),;]|\Z)",
    _I,
)
#: "it's", "es ist" after a password word's colon, before a value with a note on it
_POINTER_AFTER_COLON = re.compile(r"(?i)(?:it's|it’s|it is|its|es ist|das ist)[ ]+")
#: A shell expansion's name before its default: "${PG_PASS:" (then "-changeme}")
_SHELL_DEFAULT = re.compile(r"\$\{\w{1,60}:?\Z")
#: A port, then a JDBC URL's properties after ";" (round 59)
_PORT_PROPS = re.compile(r"\d{1,5};\w+=")
# Oracle's user/password@connect: "jdbc:oracle:thin:u/p@//host:1521/svc", "sqlplus u/p@db",
# the password quoted when it holds an "@"; only after an Oracle client or "thin:", or
# before a host with a port or "//" (not "actions/checkout@v4", "docs/setup@main")
_ORACLE_USERPASS = re.compile(
    r"(?:(?<=thin:)|(?<![\w/.:@\-]))(?P<user>[A-Za-z_][\w$#.]{0,29})/"
    r"(?P<pw>\"[^\"\n]{1,64}\"|[^\s/@\"'{][^\s/@]{0,63})"
    r"@(?P<host>//[\w.\-]+(?::\d{1,5})?|\([ ]*DESCRIPTION|[\w.\-]+(?::\d{1,5})?)(?![\w{])",
    _I,
)
_ORACLE_CLIENT = re.compile(
    r"(?<![\w\-])(?:sqlplus|sqlldr|sqlcl|sql|expdp|impdp|exp|imp|rman|dgmgrl|connect|conn|"
    r"orapwd|tnsping)(?!\w)[^\n]{0,80}\Z|thin:\Z",
    _I,
)
# what every ``_SLASHED_FIELDS`` match that names a password holds: its word by a slash
_SLASHED_PW_HINT = stdre.compile(
    r"(?i)/[ ]?(?:pw|pwd|pass|kennw)|(?:pw|pwd|pass|passwor[dt]|kennwort)[ ]?/"
)
# labels joined by slashes, then as many values joined by slashes: "IP/ID/PW a/b/c",
# "User / Passwort: anna/x"
_SLASHED_FIELDS = re.compile(
    r"(?<![\w/.\-])(?P<labels>[A-Za-z][\w\-.]{0,15}(?:[ ]?/[ ]?[A-Za-z][\w\-.]{0,15}){1,4})"
    r"[ ]*[:=]?[ ]+(?P<values>[^\s/]+(?:/[^\s/]+){1,4})(?=[\s,;!?)]|[.](?!\S)|\Z)"
)
# the Korean password word ("비밀번호", short "비번", "패스워드"), a particle ("은", "는",
# "이", "가") or a colon, then an ASCII value ("비번은Prl23Db#@", "비밀번호: x")
_KOREAN_GLUED = re.compile(
    r"(?:비밀번호|비번|패스워드)(?:은|는|이|가)?[ ]*[:=]?[ ]*(?P<v>[!-~]{4,64})(?=\s|\Z)"
)
# Oracle named on a connect string's line (its error codes, "ORA-01017", anywhere)
_ORACLE_NAMED = re.compile(r"(?<![\w\-])oracle", _I)
# what follows "@" in a ref, not a database: "@v4", "@1.2.0", "@main", "@latest"
_REF_AFTER_AT = re.compile(r"v?\d[\w.\-]*|main|master|latest|head|develop|stable", _I)
# a password among a connection string's key=value pairs ("Server=x;Uid=u;Pwd=913;",
# "…?user=root&password=123"): copied configuration, any value but a null or a reference
# counts, digits only included; SQL Server and ODBC quote a value in braces ("{a;b}}c}")
_CONN_KEY = r"(?:password|passwd|pwd|kennwort|passwort)[ ]*=[ ]*"
# a command's flag given "user:password" (``_Finder._flag_user_pairs``), a user named
# earlier in the sentence (round 40)
_FLAG_USERPASS = re.compile(
    r"(?<!\S)-(?P<flag>[A-Za-z])[ ]+(?P<user>[A-Za-z][\w.\-]{1,31}):(?P<v>[^\s:/\"'`<>$]{3,64})"
    r"(?=[\s,;)]|\Z)"
)
_FLAG_USER_WORD = re.compile(r"(?i)(?<!\w)(?:user|benutzer|nutzer|account|konto)s?(?!\w)")
# a sample's slot for a secret: "myPassword", "my_rcon_password", "my-secret-key"
_MY_SLOT = re.compile(
    r"(?i)my[_\-]?(?:[a-z]+[_\-])?(?:password|passwort|pass|pwd|pin|secret|secret[_\-]?key|token)"
)
_CONN_PAIR = re.compile(
    # ";Pwd=x;" (a value in braces may hold ";": "{a;b}}c}", also inside: "1&2{;}3")
    rf"(?<=;)[ ]*{_CONN_KEY}(?P<pw>\{{(?:[^}}\n]|\}}\}})*\}}(?=[ ]*(?:;|\s|\Z))"
    r"|(?:[^;\s\"'{}<>]|\{[^}\n]*\})+)"
    # "?user=root&password=123"
    rf"|(?<=[?&])[ ]*{_CONN_KEY}(?P<pw2>[^;&\s\"'`#<>]+)"
    # "Password=x;Server=…" at the start of the string
    rf"|(?<![\w.\-]){_CONN_KEY}(?P<pw3>[^;&\s\"'#<>]+)(?=[ ]*;[ ]*[\w.\- ]{{1,30}}=)"
    # comma-separated options (StackExchange.Redis, some drivers): "host:6379,password=x,
    # ssl=true", "…,ssl=true,password=x"
    rf"|(?<=,)[ ]*{_CONN_KEY}(?P<pw4>[^,;&\s\"'#<>]+)(?=[ ]*,[ ]*[\w.\-]{{1,30}}=)"
    rf"|(?<==[^\s,;=]{{1,80}},)[ ]*{_CONN_KEY}(?P<pw5>[^,;&\s\"'#<>]+)(?=[\s\"']|\Z)",
    _I,
)
# curl -u admin:S3cr3t!  --user admin:pw   mysql -u root -pSecret   sshpass -p x
_CLI_USERPASS = re.compile(
    r"(?<!\S)(?:-u|--(?:[a-z]+-)?user|--auth"  # --user, --proxy-user, httpie's --auth
    # curl's "-U" is its --proxy-user: a user and a password as "-u" takes them (round 53)
    r"|(?<=(?<![\w\-])curl[ ][^\n]{0,200})-U)[ =]+"
    r"(?:(?P<q>[\"'])(?P<quser>[^\n:\"']{0,64})(?:(?P=q)?:(?P=q)?)"
    r"(?P<qpw>[^\n\"']*)(?P=q)|(?P<user>[^\s:\"']{0,64}):(?P<pw>[^\s\"']+)"
    # lftp parts the two by a comma: "lftp -u shopftp,Mond%Stern22 ftp.host" (round 51)
    r"|(?<=(?<![\w\-])lftp[ ][^\n]{0,60})(?P<user>[^\s,:\"']{1,64}),(?P<pw>[^\s,\"']+))"
)
# "curl -u user:pass", "-u <user:password>", "--user xxx:yyy": a documentation placeholder
_PLACEHOLDER_WORDS = frozenset(
    "user username usr name login email password pass passwd pwd pw token secret key apikey "
    "api_key test demo foo bar baz example".split()
)
# a host and a port both named by words: "https://user:password@host:port/path", a format
_WORD_PORT = re.compile(r"[^\W\d_]+:[^\W\d_]+(?=[/\s]|\Z)")
# "USER:PASSWORD@HOST": the host of a template is a word in capitals too
_UPPER_HOST = re.compile(r"[A-Z_]+(?![\w.\-])")
# host:8080 read as user:pass, "https://url:8000";@…": a port, not a password
_PORT = re.compile(r"\d{1,5}(?:[\"';,)\]]\S*)?")
# what follows a URL's "@": a host name, an IPv4 address or a bracketed IPv6 one
_HOST_AFTER_AT = re.compile(
    r"(?:\[[0-9A-Fa-f:.]+(?:%[\w.]+)?\]|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)"
    r"(?=[:/?#\s\"'<>),;!]|\.(?:\s|\Z)|\Z)"
)


def _digit_password(text: str, user: str, pw: str, at_end: int) -> bool:
    """ "sftp://upload:7733@10.1.2.3", "redis://:4711@cache": digits between a user name
    and a host are the password, not a port (a port follows a host or an address:
    "https://host.example.com:8443@…", "localhost:8080@…")."""
    return (
        pw.isdigit()
        and "." not in user
        and user.lower() != "localhost"
        and not user.isdigit()
        and _HOST_AFTER_AT.match(text, at_end) is not None
    )


#: a password word right after a plain word: the word says which kind ("app password")
_KIND_OF_PASSWORD_AFTER = re.compile(r"(?i)[ \-](?:password|passwort|kennwort|pw)(?![^\W\d_])")
#: a menu's next step after a word ("Kennwort -> Einstellungen -> Sicherheit")
_MENU_NEXT = re.compile(r"[ ]*(?:->|→|»|›)[ ]*[^\W\d_]")
#: a key ending its line with nothing after its colon, the value's line next
_EMPTY_KEY_LINE = re.compile(r"[:=][ \t]*\n[ \t]*\Z")
#: German's passive auxiliary right before a participle ("wurde übernommen")
_PASSIVE_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:wurde|wurden|wird|werden|worden)[ ]+\Z")
#: a company's legal form right after a name ("Finch & Moore GmbH")
_COMPANY_AFTER = re.compile(r"[ ]+(?:GmbH|AG|KG|OHG|UG|SE|Ltd|Inc|LLC|plc|e\.V\.)(?![^\W\d_])")
#: a setting's switch right after its name ("tls_certcheck off", "auth on,")
_SETTING_SWITCH = re.compile(r"[ \t]+(?:on|off|yes|no|true|false)(?=[ \t]*(?:[,;)\n]|\Z))")
#: a program's setting name: lower-case words joined by underscores
_SNAKE_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
#: two things then a plural verb before the value: it says what both are ("User und
#: Passwort sind frisch aus der Konsole"), a state, not a value
_BOTH_ARE = re.compile(
    r"(?i)(?<![^\W\d_])(?:und|and|&)[ ]+(?:passwor[dt]|kennwort|pw|key|schlüssel)[ ]+"
    r"(?:sind|are|waren|were)[ ]+\Z"
)
#: a PAM stack's line: its module type and control flag before the module and arguments
_PAM_LINE = re.compile(
    r"(?im)^[ \t]*-?(?:auth|account|password|session)[ \t]+(?:requisite|required|sufficient"
    r"|optional|include|substack|\[[^\]\n]{1,60}\])[ \t]+[^\n]*\Z"
)
#: a device's label, then its number: the value is that number ("sn 7LB2291X00412")
_ID_LABEL_START = re.compile(rf"(?i){ID_LABELS}[ ]+\S+\Z")
#: a network interface's name as Linux gives it ("wlp4s0", "enp0s31f6", "eth0", "wlan0")
_NETWORK_INTERFACE = re.compile(
    r"(?:wlp|enp|eno|ens|wwp)\d+s\d+(?:f\d+)?|(?:eth|wlan|wwan)\d"
    # ... or a disk's, and its encrypted mapping's ("nvme0n1p3_crypt", "sda2"; round 63)
    r"|(?:nvme\d+n\d+(?:p\d+)?|sd[a-z]\d*|mmcblk\d+(?:p\d+)?|dm-\d+)(?:_crypt)?"
)


def _misspelt_state(value: str) -> bool:
    """A state word with one letter dropped, doubled or swapped ("forgoten", "expierd")."""
    return (
        len(value) >= 6
        and value not in words.dictionary()
        and any(
            _one_edit(value, word) for word in words.STATE_WORDS if abs(len(word) - len(value)) <= 1
        )
    )


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


#: a value's place taken by the way one signs in ("pass: über SSO", "via Okta"; round 62)
_BY_WAY_OF = re.compile(
    r"(?i:über|via|through|per)[ ]+(?:(?i:the|das|den|die)[ ]+)?[A-Z]"
    # "(uses Google login)", "nutzt Microsoft-Login", "with SSO": a provider's sign-in (r63)
    r"|(?i:uses|using|with|nutzt|mit)[ ]+[A-Z][\w\-]*[ \-](?i:login|sign[ \-]?in|sso|anmeldung)"
    r"(?![^\W\d_])"
)
#: a password's attribute named after the word, its own key ("Password Type: CRYPT")
_ATTRIBUTE_AFTER = re.compile(
    r"(?i)[ \-_]?(?:type|typ|scheme|format|policy|richtlinie|hint|hinweis|flags|encoding"
    r"|algorithm|algorithmus|storage)[ \t]*[:=]"
)
#: a password word negated by its prefix ("--no-password", "prohibit-password")
_NEGATED_WORD = stdre.compile(r"(?i)(?:no|prohibit|without)-[^\W\d_]+\Z")
#: sshd's log before its method ("Failed password for x", "Accepted password for x")
_AUTH_LOG_BEFORE = stdre.compile(r"(?:Failed|Accepted|failed|accepted)[ ]\Z")
_CLI_PASS = re.compile(
    r"(?<!\S)(?:--password|--pass|--passwd|--pwd|-password)(?:[ ]+|=)(?P<pw>[^\s-]\S*)"
    r"|(?<![^\s\"'\[,])-p(?P<glued>[^\s\-]\S{2,})"
    r"|(?<!\S)-p[ ]+(?P<pw2>[^\s\-]\S*)"
    # sqlcmd's, osql's and mosquitto's "-P" is their password (ssh's, scp's and mysql's
    # "-P" a port): read only after those tools (``_UPPER_P_TOOL``), spaced or glued
    r"|(?<!\S)-P[ ]+(?P<upper>[^\s\-]\S*)"
    r"|(?<![^\s\"'\[,])-P(?P<upperglued>[^\s\-]\S{2,})",
)
# Tools whose password flag is nothing else ("sshpass -p", "sqlcmd -P"): the value after it
# is the password whatever it looks like ("sshpass -p 'copper/kettle'"); other tools'
# "-p" may be a port, a profile or a database, so a plain word there is judged (round 53)
_PASSWORD_FLAG_TOOL = ("sshpass", "sqlcmd", "osql", "mcrcon")
# Tools whose "-P" is the password and "-p" a port: sqlcmd, osql and mosquitto's clients
# ("mosquitto_sub -h x -p 8883 -u haus -P Gartenzwerg17", round 60)
_UPPER_P_TOOL = ("sqlcmd", "osql", "mosquitto_pub", "mosquitto_sub", "mosquitto_rr")
# a passphrase of three or more words joined by hyphens or underscores, as a login's "-p"
# value ("docker login -u ci -p correct-horse-battery-staple"): the flag names it the
# password whatever its words (a port, a database or a profile is one word)
_JOINED_PHRASE = re.compile(r"[A-Za-z]{2,}(?:([\-_])[A-Za-z0-9]{2,})(?:\1[A-Za-z0-9]{2,})+")
_CLI_CONTEXT = re.compile(
    # (a command may open a markdown code span: "`sshpass -p …`")
    r"(?<![^\s\"'\[,`])(?:mysql\w*|mariadb|mongo\w*|sshpass|sqlcmd|osql|lftp|smbclient|htpasswd|"
    # (a Minecraft server's RCON client: "-P" its port, "-p" its password; round 61)
    r"mosquitto_(?:pub|sub|rr)|mcrcon)"
    r"(?![^\s\"',\]])"
    r"|(?<!\S)(?:docker|podman|helm|oras|buildah|skopeo)[ ]+(?:registry[ ]+)?login(?!\S)"
    r"|(?<!\S)(?:-u|--username|--user)[ ]+\S+[ ]+\Z",
    _I,
)
# A passphrase of three to six words given right after its word, as a list or a setting
# states it: "… / passphrase lilies and roses forever", "protected with the passphrase
# brown paper envelope 42 and the …", "Passphrase: Elephants Never Forget Their Keys".
# The words close their clause (or an "and the …" goes on about something else); without
# a colon the word must stand after a list's separator or after "with (the)", and the words
# hold no function word but "and" or a preposition between (``_passphrase_words``): "the
# passphrase prompt keeps appearing" is a sentence, not a value.
_PHRASE_WORD = r"(?:[^\W\d_]{2,20}|\d{1,4})"
_PASSPHRASE_WORDS = re.compile(
    r"(?:(?P<colon>(?<![\w\-])pass[ ]?phrase[ ]*:[ ]*)"
    r"|(?:(?<=[/|,;][ ])|(?<![^\W\d_])(?:with|mit)[ ]+(?:(?:the|my|a|der|dem|einer|meiner)[ ]+)?)"
    r"pass[ ]?phrase[ ]+)"
    rf"(?P<v>{_PHRASE_WORD}(?:[ ]{_PHRASE_WORD}){{2,5}}?)"
    r"(?=[ ]*(?:[.,;!?)\n]|\Z|[\-–—][ ])|[ ]+(?:and|und)[ ]+(?:the|die|der|das|it|es|i|ich)(?!\w))",
    _I,
)
# a verb saying how a sign-in went, opening a clause after "with passphrase"
_OUTCOME_VERBS = frozenset(
    "fails failed failing works worked working breaks broke stopped geht ging klappt "
    "klappte scheitert funktioniert".split()
)
# the words a passphrase may hold between its others without being a sentence
_PHRASE_INNER = frozenset("and und under unter over über in on im am of".split())


def _passphrase_words(m: re.Match[str]) -> bool:
    """Whether ``_PASSPHRASE_WORDS``' match is a value: no word a sentence needs (after a
    colon only its first word is judged), not a pointer to where it is."""
    items = m.group("v").lower().split()
    if items[0] in words.STOP_WORDS or items[0] in _POINTER or items[0] in _CLAUSE_START:
        return False
    if items[0] in _OUTCOME_VERBS:
        return False  # "Login with passphrase fails on mobile": what it does (round 58)
    if m.group("colon") is not None:
        return True
    return (
        not any(w in words.STOP_WORDS and w not in _PHRASE_INNER for w in items[1:])
        and items[-1] not in _PHRASE_INNER
    )


# Other tools' password flags and formats, each run only when its literal is in the text:
# a flag naming a password (keytool -storepass x, openssl -passin pass:x, --db-password x;
# not --password-file, --bypass), ldapsearch -w x, zip -P x, 7z -px, echo x | sudo -S,
# a Wi-Fi QR code's P:x;, net user name x
# A phone's keypad codes that change or unblock a SIM's PIN (GSM 02.30): "**04*old*new*new#",
# "**042*…" (PIN2), "**05*PUK*new*new#", "**052*…": each number in them is a PIN or a PUK
_SIM_CODE = r"(?<![\d*])\*\*0(?:4|42|5|52)\*"
_SIM_PART = r"\d{4,8}"
_TOOL_SECRETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(
        ("**0", re.compile(_SIM_CODE + rf"(?:{_SIM_PART}\*){{{n}}}(?P<v>{_SIM_PART})(?=[*#])"))
        for n in range(3)
    ),
    (
        "-",
        re.compile(
            r"(?<![^\s\"'\[,])-{1,2}(?P<flag>[A-Za-z\-]{0,16}?)(?:pass(?:word|wd|phrase|in|out)?|"
            r"pwd)(?:[ ]+|=)(?:pass:)?(?P<v>[^\s\-]\S*)",
            _I,
        ),
    ),
    ("ldap", re.compile(r"(?<!\S)ldap\w+(?:[ ]+\S+){0,12}?[ ]+-w[ ]+(?P<v>[^\s\-]\S*)")),
    # a command's PIN option ("aqbanking-cli request --pin=19k4Tq", round 60)
    ("--pin", re.compile(r"(?<!\S)--pin(?:code)?=(?P<v>[^\s\-]\S*)")),
    # Android's lock screen tool: "locksettings clear --old 135790", "set-pin --old 1234
    # 5678" (the old credential after "--old", the new one after the verb; round 62)
    (
        "locksettings",
        re.compile(
            r"(?<!\S)locksettings[ ]+[\w\-]+(?:[ ]+--user[ ]+\d+)?[ ]+--old[ ]+(?P<v>[^\s\-]\S*)"
        ),
    ),
    # Kerberos' admin client takes its password after -w as ldapsearch does
    (
        "kadmin",
        re.compile(
            r"(?<!\S)kadmin\S*(?:[ ]+\S+){0,12}?[ ]+-w[ ]+(?P<v>[^\s\-]\S*?)(?=[?!,;]?(?:\s|\Z))"
        ),
    ),
    # FreeRADIUS' "radtest [-x] user password server[:port] nas-port secret": the second
    # argument is the user's password (the last, the shared secret, is the credential's)
    (
        "radtest",
        re.compile(
            r"(?<!\S)radtest(?:[ ]+-(?:[x46]|[dtP][ ]+\S+))*[ ]+[^\s\-]\S*[ ]+(?P<v>[^\s\-]\S*)"
            r"(?=[ ]+\S+[ ]+\d+[ ]+\S)"
        ),
    ),
    # the MinIO client's host entry: "mc config host add <alias> <url> <access> <secret>",
    # "mc alias set …" (round 40): the last argument is the secret key, a password by use
    (
        "mc ",
        re.compile(
            r"(?<!\S)mc[ ]+(?:config[ ]+host[ ]+add|alias[ ]+set)[ ]+\S+[ ]+\S+[ ]+[^\s\-]\S*"
            r"[ ]+(?P<v>[^\s\-<$]\S*)"
        ),
    ),
    ("zip", re.compile(r"(?<!\S)(?:zip|unzip)(?:[ ]+\S+){0,8}?[ ]+-P[ ]+(?P<v>\S+)")),
    ("7z", re.compile(r"(?<!\S)(?:7z|7za|7zr)(?:[ ]+\S+){0,8}?[ ]+-p(?P<v>[^\s\-]\S*)")),
    ("rar", re.compile(r"(?<!\S)(?:un)?rar(?:[ ]+\S+){0,8}?[ ]+-p(?P<v>[^\s\-]\S*)")),
    # wg-easy's password hasher: "wgpw 'x'" takes the UI's password (round 58)
    ("wgpw", re.compile(r"(?<!\S)wgpw[ ]+(?P<v>'[^'\n]+'|\"[^\"\n]+\"|[^\s'\"]+)")),
    (
        "sudo",
        re.compile(
            r"(?<!\S)(?:echo|printf)[ ]+(?P<q>[\"']?)(?P<v>[^\s\"'|]+)(?P=q)[ ]*\|[ ]*sudo[ ]+-S"
        ),
    ),
    # "echo 'anna:x' | chpasswd": the user's password after the colon
    (
        "chpasswd",
        re.compile(
            r"(?P<q>[\"']?)[\w.\-]{1,32}:(?P<v>[^\s\"':|]+)(?P=q)[ ]*\|[ ]*(?:sudo[ ]+)?chpasswd"
        ),
    ),
    # "echo -n 'admin:x' | base64": a Basic auth header's user and password being encoded
    (
        "base64",
        re.compile(
            r"(?<![^\s(`])(?:echo|printf)(?:[ ]+-[a-z]{1,3})*[ ]+(?P<q>[\"']?)[\w.@\-]{1,64}:"
            r"(?P<v>[^\s\"':|]+)(?P=q)[ ]*\|[ ]*base64(?!\w)"
        ),
    ),
    # "wpa_passphrase <ssid> <passphrase>": the network's name (maybe quoted), then its key
    (
        "wpa_passphrase",
        re.compile(
            r"(?<!\S)wpa_passphrase[ ]+(?:\"[^\"\n]{1,64}\"|'[^'\n]{1,64}'|[^\s\"']\S{0,63})"
            # (a quoted passphrase may hold spaces: "correct horse battery staple")
            r"[ ]+(?|\"(?P<v>[^\"\n]{8,63})\"|'(?P<v>[^'\n]{8,63})'|[\"']?(?P<v>[^\s\"'<>|]{8,63}))"
        ),
    ),
    ("WIFI:", re.compile(r"WIFI:(?:[^;\n]*;)*?P:(?P<v>(?:\\.|[^;\\\n])+);")),
    # nmcli's setting of a network's key ("802-11-wireless-security.psk: x", its alias
    # "wifi-sec.psk x", as "nmcli -s connection show" prints it or "modify" sets it)
    (
        ".psk",
        re.compile(
            r"(?<![\w\-.])(?:802-11-wireless-security|wireless-security|wifi-sec)\.psk"
            r"(?:[ ]*[:=][ ]*|[ ]+)(?P<v>[^\s\"'<>]\S*|\"[^\"\n]+\"|'[^'\n]+')"
        ),
    ),
    ("net", re.compile(r"(?<!\w)net[ ]+user[ ]+\S+[ ]+(?P<v>[^\s/*]\S*)", _I)),
    # Net-SNMP's USM secrets: snmpwalk's "-A authpass" and "-X privpass", snmpd.conf's
    # "createUser name SHA authpass AES privpass" (round 60; its authentication passphrase
    # right after "SHA" or "MD5" reads as named by a digest, ``names_other``: left)
    (
        "snmp",
        re.compile(
            r"(?<!\S)-[AX][ ]+"
            r"(?|'(?P<v>[^'\n]{1,64})'|\"(?P<v>[^\"\n]{1,64})\"|(?P<v>[^\s\-'\"]\S*))"
        ),
    ),
    (
        "createUser",
        re.compile(
            r"(?<!\w)createUser[ ]+\S+[ ]+(?:MD5|SHA\S*)[ ]+(?:\"[^\"\n]+\"|\S+)[ ]+"
            r"(?:DES|AES\S*)[ ]+(?|\"(?P<v>[^\"\n]{1,64})\"|(?P<v>[^\s\"]\S*))"
        ),
    ),
    # net use [Z:] \\server\share <password> [/user:…]: the password follows the share
    (
        "net",
        re.compile(
            r"(?<!\w)net[ ]+use(?:[ ]+[A-Za-z]:)?[ ]+\\{1,2}[^\s\\]+\S*[ ]+(?P<v>[^\s/*]\S*)",
            _I,
        ),
    ),
    # round 63: a Redis ACL's password after ">" ("user automation on >x ~keys:* +@read",
    # "ACL SETUSER alice on >x"), Dovecot's plain scheme ("user:{PLAIN}x::::::"), maddy's
    # relay login ('auth plain relayuser "x"'), RabbitMQ's and Prosody's user commands, an
    # MQTT client's -P
    (
        "on >",
        re.compile(
            r"(?<![^\s\n])(?:user|(?i:acl[ ]+setuser))[ ]+[^\s>]+(?:[ ]+[^\s>]+)*?[ ]+on"
            r"(?:[ ]+[^\s>]+)*?[ ]+>(?P<v>[^\s]+)"
        ),
    ),
    ("{PLAIN}", re.compile(r"\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?P<v>[^\s:]+)")),
    (
        "auth plain",
        re.compile(r"(?<!\S)auth[ ]+plain[ ]+\S+[ ]+(?|\"(?P<v>[^\"\n]+)\"|(?P<v>[^\s\"]\S*))"),
    ),
    (
        "rabbitmqctl",
        re.compile(
            r"(?<!\S)rabbitmqctl[ ]+(?:add_user|change_password)[ ]+(?:'[^'\n]*'|\"[^\"\n]*\"|\S+)"
            r"[ ]+(?|'(?P<v>[^'\n]+)'|\"(?P<v>[^\"\n]+)\"|(?P<v>[^\s'\"]\S*))"
        ),
    ),
    (
        "prosodyctl",
        re.compile(
            r"(?<!\S)prosodyctl(?:[ ]+--\S+(?:[ ]+[^\s\-]\S*)?)*[ ]+register[ ]+\S+[ ]+\S+"
            r"[ ]+(?|'(?P<v>[^'\n]+)'|\"(?P<v>[^\"\n]+)\"|(?P<v>[^\s'\"]\S*))"
        ),
    ),
    *(
        (
            client,
            re.compile(
                rf"(?<!\S){client}\w*(?:[ ]+\S+){{0,12}}?[ ]+-P[ ]+"
                r"(?|'(?P<v>[^'\n]+)'|\"(?P<v>[^\"\n]+)\"|(?P<v>[^\s\-'\"]\S*))"
            ),
        )
        for client in ("mosquitto_", "mqttx")
    ),
    # Samba's user%password after -U / --user (smbclient, rpcclient, smbmap, net rpc)
    (
        "%",
        re.compile(r"(?<!\S)(?:-U|--user(?:name)?)[ =]+[\"']?[^\s%\"'/:]{1,64}%(?P<v>[^\s\"']+)"),
    ),
)
# Every tool's literal in one scan: most texts hold none, and skip the loop over the tools
_TOOL_NEEDLE_SCAN = stdre.compile(literal_trie(tuple(needle for needle, _ in _TOOL_SECRETS)))
# Fields a format defines as the password and as nothing else (a Wi-Fi QR string's "P:",
# nmcli's "…psk"): their value is the password whatever it looks like ("P:Kettle-Moon-Sauce",
# "P:\"ABCD1234\""); only a template's own word ("P:MyPassword") is spared (round 53)
_SHAPELESS_NEEDLES = frozenset(("WIFI:", ".psk", "**0"))
#: Flag names that end in "pass" but name no password.
_NOT_PASS_FLAGS = ("by", "com", "sur", "tres", "over", "under")
# net use … /user:DOMAIN\\name secret;  ConvertTo-SecureString "x";  auth=("user", "x")
_CODE_SECRETS = re.compile(
    r"(?<![/\w])(?i:/user:)\S+[ ]+(?P<a>[^\s/]\S*)"
    # (its alias ctss too; "-AsPlainText" after it says the literal is the secret itself)
    r"|(?<![\w\-])(?:ConvertTo-SecureString|ctss)[ ]+(?:-String[ ]+)?[\"'](?P<b>[^\"'\n]+)[\"']"
    r"(?P<plain>[ ]+-AsPlainText)?"
    r"|auth[ ]*=[ ]*\([ ]*[\"'][^\"'\n]*[\"'][ ]*,[ ]*[\"'](?P<c>[^\"'\n]+)[\"']"
    # redis-cli -a x (its password flag); <password>x</password>
    r"|(?<![^\s`\"'])redis-cli(?:[ ]+\S+)*?[ ]+(?:-a|--pass)[ ]+(?P<d>\S+)"  # also `redis-cli …`
    # (also with attributes: FileZilla's <Pass encoding="base64">x</Pass> (round 24))
    # (not an element whose attributes say the text is encrypted or hashed)
    # (or named by the short word alone: a device's config export, <PW>x</PW>)
    # (a key glued to "pw" and an SNMP community: <rootpw>x</rootpw>, <rocommunity>: round 61)
    r"|<(?P<tag>[\w\-.:]*(?:pass|pwd|kennwort)[\w\-.]*|[\w\-.:]*pw|psw|r[ow]community)"
    r"(?:[ ](?![^<>\n]*(?:crypt|hash|cipher))[^<>\n]{1,80})?>"
    r"(?P<e>[^<>\n]{1,128})</(?P=tag)>"
    # SQL: CREATE/ALTER USER … IDENTIFIED [WITH plugin] BY 'x'
    r"|(?<!\w)IDENTIFIED[ ]+(?:WITH[ ]+\S+[ ]+)?BY[ ]+(?:PASSWORD[ ]+)?"
    r"(?P<fq>[\"'`])(?P<f>[^\n]{1,128}?)(?P=fq)(?=[ ]*(?:[;,)\n]|\Z|[ ][A-Za-z]))"
    # a setting named after a password with its value beside it: <add key="SmtpPassword"
    # value="x"/>, a plist's <key>PASS</key> then <string>x</string>
    r"|key=[\"'][^\"'\n]*(?:pass|pwd)[^\"'\n]*[\"'][ ]+value=[\"'](?P<g>[^\"'\n]{1,128})[\"']"
    r"|<key>[^<>\n]*(?:pass|pwd)[^<>\n]*</key>\s*<(?P<vt>string|value)>(?P<h>[^<>\n]{1,128})"
    r"</(?P=vt)>"
    # a Kubernetes/compose env entry: "- name: DB_PASSWORD" then "value: x" on the next line
    r"|name:[ ]*[\"']?[\w.\-]*(?:passw(?:or)?d|passwort|passphrase|pwd|kennwort|"
    r"(?<![a-z])pass(?![a-z]))[\w.\-]*[\"']?"  # also DB_PASS, SMTP_PASS_PROD
    r"[ ]*\n[ ]*value:[ ]*(?P<jq>[\"']?)(?P<j>[^\"'\n]{1,128}?)(?P=jq)[ ]*(?=\n|\Z)"
    # a command's named parameter for a secret (round 37): PowerShell's Set-Secret -Secret
    # x, -ClientSecret 'x', --secret x; a literal, not a variable, an expression or a flag
    r"|(?<![^\s(])--?(?:[a-z]*secret|secret(?:value|string|text)?)[ ]+"
    r"(?P<k>\"[^\"\n]{1,128}\"|'[^'\n]{1,128}'|[^\s\-$(\"'@{\[<][^\s]{0,127})"
    # a call's credentials after a user argument: DirectoryEntry(path, "a@b.org", "x")
    r"|[\"'][\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[\"'][ ]*,\s*[\"'](?P<i>[^\"'\n]{3,128})[\"'][ ]*\)",
    _I,
)
# a password in a URL's query: "?user=admin&password=secret" (whatever the word: in a URL
# it was typed into a connection, not into prose)
_QUERY_PASSWORD = re.compile(
    # also a form field on a command line: curl -F 'password=x', -d "pwd=x&…", --data-raw
    r"(?:[?&;]|(?<=(?<!\S)(?:-F|-d|--form|--form-string|--data(?:-raw|-binary|-urlencode)?)"
    r"[ =]+[\"']?))(?:[\w\-]{1,24}\[)?(?P<key>(?:[a-z]{2,12}[_\-]?)?(?:password|passwd|pwd)|pass)"
    r"\]?(?:\[\d*\])?=(?P<pw>[^&;\s#\"'`<>]+)",
    _I,
)
# what a URL's password position holds when it is no value: a template ("<pw>", "${PW}",
# "{{pw}}", "%s"), a mask ("****", "xxx", "••••"), a placeholder in capitals
# ("YOUR_PASSWORD", "REPLACE_WITH_PASSWORD"); another tool's mask word ("REDACTED") is none
# either, whatever the position
_MASK_WORD = re.compile(
    r"(?i)redacted|filtered|masked|censored|obfuscated|sanitized|scrubbed|removed|hidden"
)
_NOT_POSITIONAL = re.compile(r"\A(?:[<{$%\[]|[*•·]+\Z|x+\Z|X+\Z|[A-Z0-9]*_[A-Z0-9_]*\Z)")
# a quoted value in a key/value pair or an argument list that is the password word in
# look-alikes ('"admin_login": "Pa$$w0rd"', 'login("root", "P@ssw0rd1")'): the classic
# default password, whatever the key (a key naming the password is the other rules')
_LEET_VALUE = re.compile(
    r"(?:[:=(,]|=>)[ ]*(?P<q>[\"'])(?P<v>(?=[^\"'\n]{0,12}[@$0-9])p[a@4][s$5][s$5]"
    r"(?:w[o0]r[dt]|wd)[^\s\"']{0,6})(?P=q)",
    _I,
)
# a value in angle brackets is a slot to fill in ("/pass:<5555>", "-p <secret>")
_ANGLED = re.compile(r"<[^<>\s]{1,64}>(?=[\s,;\"')]|\Z)")
# a literal word as a URL's password is still one: postgresql://admin:secret@…, and the
# word "token" in the slot where a git host takes its token ("ci:token@gitlab.example.com")
_URL_WORDS = frozenset("password passwort secret pass passwd pwd token".split())
#: What an anonymous FTP login takes by convention: no one's secret
_ANONYMOUS_PASSWORDS = frozenset("guest anonymous ftp".split())
# a message saying its values are examples: the password word in a URL is a placeholder there
_SAYS_EXAMPLE = re.compile(
    r"(?i)\.env\.(?:example|sample|dist|template)|\bno real (?:values|passwords|data)"
    r"|\b(?:keine|ohne) echten\b|\bplatzhalter|\bplaceholders?\b"
    # the docs' sample, asked about (round 20): "your docs show … as the format", "the README
    # example …", "laut Anleitung", "the docs example …"
    r"|\breadme\b|\b(?:docs|documentation|dokumentation|doku|tutorial|anleitung)[ ]+(?:show|say"
    r"|use|give|list|zeig|sag|nenn|steht|example|beispiel)\w*|\bas[ ]+the[ ]+format\b"
    r"|\bals[ ]+format\b"
    # ... named as their example: "the docs example postgres://…", "Beispiel aus der Doku"
    r"|\b(?:docs?|documentation|dokumentation|doku|tutorial|anleitung)[ ]+(?:examples?|beispiel)\b"
    r"|\bexample[ ]+(?:from|in)[ ]+(?:the|your)[ ]+(?:docs|documentation)\b"
    r"|\bbeispiel[ ]+(?:aus|in)[ ]+der[ ]+(?:doku\w*|dokumentation|anleitung)\b"
)
# an abbreviation ("Kd.-Nr.", "Best.-Nr.", "Tel.") labelling the number after it
# nouns that name an identifier after another noun ("workspace ID", "Kunden Nr", "Run-ID")
_ID_NOUNS = frozenset("id ids nr no. nummer number kennung ref referenz reference".split())
_NUMBER_LABEL = re.compile(r"(?:[A-Za-zÄÖÜäöü]{1,5}\.-?)+")
_SPACE_DIGIT = re.compile(r"[ ]\d")
#: Fields beside a login that hold no secret, named before their own value: "admin / port
#: 445", "user upload01 und Ordner /export/77", "user d.okafor / dept 4412" (round 49).
_OTHER_FIELD_NOUNS = frozenset(
    """
    port ports dept department abteilung ordner folder verzeichnis directory dir pfad path
    raum room zimmer floor etage team gruppe group rolle role share laufwerk drive vlan
    kanal channel projekt project workspace tenant mandant region zone standort filiale
    branch durchwahl extension ext tel telefon phone fax plz zip lagerort lager regal fach
    kostenstelle
    """.split()
)
#: what such a field's value starts with: a number, a path, a drive, or a capitalised name
#: ("Gruppe Regal-Nord-3", "Projekt Matterhorn"), or that value already masked
_FIELD_VALUE_AFTER = re.compile(
    r"[ ]+(?:\d|[/\\~]|[A-Za-z]:\\|[A-ZÄÖÜ][^\W_]{2,}(?!\w)|\[[A-Z_]+\])"
)


#: the word just before a value, a space between
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})[ ]\Z")


def _field_then_value(text: str, token: str, end: int) -> bool:
    """Is ``token`` (ending at ``end``) another field's name, its value after it: "admin /
    port 445", "Benutzer x und Gruppe Regal-Nord-3", "a@b.de / Mandant 22" (round 61)?"""
    return token.lower() in _OTHER_FIELD_NOUNS and _FIELD_VALUE_AFTER.match(text, end) is not None


# the key of a "key=value" token ("password=x" after an address is the next field)
_KEY_OF_PAIR = re.compile(r"[^=:]*(?=[=:])|")
# "pass" as a verb: "pass the id to", "pass it on", "pass this along"
_PASS_VERB = re.compile(r"(?i)[ ]+(?:the|it|this|that|these|them|him|her|on|along)[ ]")
# e-mail / secret pairs in a message about logins: "buero@x.de / Akte!Zeichen44"
_EMAIL_PAIR = re.compile(
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"(?:[ ]*(?:/|\||,|;|[ ]und[ ]|[ ]and[ ])[ ]*|(?P<ws>[ ]+|[ ]*\n[ ]*))"
    r"(?P<pw>\S+)",
    _I,
)
# a field's label opening the next line or clause: "Message-ID:", "Betreff:", "Reply-To:"
# or a setting's key ("OCA_API_TOKEN=<your-token>", "smtp_port=587": a pair of its own)
_NEXT_FIELD_LABEL = re.compile(
    r"[^\W\d_][\w\-]{0,30}:|(?:[A-Z][A-Z0-9_]{2,40}|[a-z][a-z0-9_.\-]{2,40})=\S*"
)
# a user and a password-shaped value joined by a slash, in a message about logins or
# accounts: "main is admin / x and the backup is ops / y", "Shop ist admin / x"
# what may stand before an e-mail that opens a sign-in's two lines: a line start or a colon
_MAIL_LEAD = re.compile(r"(?:^|\n|:)[ ]*\Z")
# a modular-crypt password hash: bcrypt "$2b$12$…", "$argon2id$…", "$6$salt$…"
_CRYPT_HASH = re.compile(r"\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|5|y|7|sha512)\$\S{20,}")
_PAIR_USER = re.compile(r"(?<![^\s(:,;=])\w[\w.@+\-]{1,39}[ ]*\Z", re.REVERSE)
# (a slash inside the value only with another sign of a password: "admin / (H0V!K?/y>3")
_PAIR_VALUE = re.compile(r"[ ]*(?P<pw>[^\s/|,;][^\s|,;]{4,63})(?=[\s,;)]|\Z)")
_PAIR_SEPARATORS = (" / ", " - ", " | ")
#: (round 54) a roster's user: a handle in lower case ("pkowal", "zh-buero", "a.keller")
_ROSTER_USER = re.compile(r"[a-z][a-z0-9._\-]{2,39}")
#: the fewest rows that make a roster of logins
_ROSTER_ROWS = 2
#: how far a roster's next row may start after the last row's value (the pre-check's reach)
_ROSTER_GAP = 300
#: what parts a roster's user from its value
_ROSTER_SEPARATORS = (" / ", " | ")


def _login_roster(text: str) -> bool:
    """Round 54: ``text`` lists logins row by row: two or more "user / value" pairs (or
    "user | value"), each a lower-case handle, the separator between spaces and a value
    shaped as a password with a capital or a sign ("dad = pkowal / Gdansk!1961, mom =
    ekowal / Gdansk!1963", "root | Gr@nite-Moss-6" ⏎ "backup | Gr@nite-Moss-7"). The rows
    say what the values are as a login word would; "node18 / node20", "Berlin / Hamburg"
    and "teacher1 / teacher2" are no such rows (no capital or sign, or no lower-case user)."""
    return any(_roster_rows(text, sep) >= _ROSTER_ROWS for sep in _ROSTER_SEPARATORS)


def _roster_rows(text: str, sep: str) -> int:
    """The most rows of a roster parted by ``sep`` in ``text`` (see ``_login_roster``),
    each row at most ``_ROSTER_GAP`` after the last."""
    rows = 0
    last = -1  # where the last row's value starts
    for who, value in _spaced_pairs(text, sep):
        user, pw = who.group().strip(), value.group("pw").rstrip(".,;:!?)\"'")
        if (
            _ROSTER_USER.fullmatch(user) is not None
            and not pw.islower()
            and "/" not in pw
            and "|" not in pw
            and words.secret_shape(pw) >= words.NAMED
            and not words.secret_like(user)
        ):
            near = last >= 0 and who.start() - last <= _ROSTER_GAP
            rows = rows + 1 if near else 1
            last = value.start("pw")
            if rows >= _ROSTER_ROWS:
                return rows
    return rows


def _spaced_pairs(text: str, sep: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each user and value ``sep`` (spaced) parts in ``text``: "admin / x", "root | x";
    at most ``_MAX_TRIGGERS`` separators read."""
    i = text.find(sep)
    for _ in range(_MAX_TRIGGERS):
        if i < 0:
            return
        value = _PAIR_VALUE.match(text, i + 3)
        who = _PAIR_USER.search(text, max(0, i - 41), i + 1) if value else None
        if value is not None and who is not None:
            yield who, value
        i = text.find(sep, i + 3)


# a built-in admin account's name before " / ": "router admin: admin / x", "root / x"
_ADMIN_PAIR = re.compile(_ADMIN_PAIR_FRAGMENT, _I)
# Round 41: a user's handle (a dot or an underscore among lower-case letters and digits)
# right after a colon, a quote or a dash, then " / ": "Kundenkonto: peter.h / x", "the note:
# 'OCA admin - harlow.admin / x'", "hier: tinaaa_x3 / x"
_HANDLE_SLASH = stdre.compile(_HANDLE_SLASH_FRAGMENT)
# a value typed into a form's field: "I put x in the field", "hab x ins Feld getippt"
_INTO_FIELD = re.compile(
    r"(?<!\w)(?:in(?:to)?[ ]+the|ins|in[ ]+das)[ ]+(?:\w+[ ]+)?(?:field|feld|box)(?!\w)", _I
)
# "use admin/x", "try root / x", "nimm admin/x": a user and its password to use
_USE_PAIR = re.compile(
    r"(?<!\w)(?:use|try|nimm|probier\w{0,2})[ ]+(?P<user>[a-z][\w.\-]{1,31})[ ]*/[ ]*"
    r"(?P<pw>[^\s/]{5,64})(?=[\s]|\Z)",
    _I,
)
# a cell naming a password column: "Password", "Passwort (neu)", "**PW**", "new password"
_HEADER_CELL = re.compile(
    r"[ *_`:\"']*(?:[\w\-]+[ ]+)?(?P<w>[\w\-]+)[ *_`:\"']*(?:\([^()]{0,20}\))?[ ]*"
)


# the cells of a table whose columns are set apart by spaces: runs of two or more spaces
# between cells (words inside a cell one space apart), or single words
_WIDE_CELL = re.compile(r"\S+(?:[ ]\S+)*")
_NARROW_CELL = re.compile(r"\S+")


#: blanks before a quote: a C define's or a cvar's literal, aligned in its column
_BLANKS_TO_QUOTE = re.compile(r"[ \t]{1,40}(?=[\"'])")
_DEFINE_BEFORE = re.compile(r"#define[ \t]+\Z")
#: a key whose value names where a password is kept, not the password
_NAMES_A_FIELD = ("_column", "_col", "_field", "_attr", "_attribute")


def _password_header(cell: str) -> bool:
    m = _HEADER_CELL.fullmatch(cell)
    return m is not None and _kind(m.group("w").lower()) in ("pw", "pwkey", "pass")


# a label element, then the next element's text: <td>Password</td><td>x</td>
_HTML_LABEL = re.compile(
    r">[ ]*(?:[\w\-]+[ ]+)?(?:password|passwort|kennwort|passwd|pwd|pw)[ ]*:?[ ]*</\w+>"
    r"(?:\s*<[^<>\n]{1,60}>){1,3}?(?P<v>[^<>\n]{1,64})</",
    _I,
)
# a call that signs in or connects with literal credentials
_AUTH_CALL = re.compile(
    r"(?P<fn>[\w.$>\-]*(?:(?:auth|login|log_in|signin|sign_in|credential|PDO)\w*[ ]*|connect"
    # (round 38: a call named for the pair it takes, Go's url.UserPassword("u", "x"))
    # (round 40: NATS' UserInfo("u", "x"), a URL's user information as a pair)
    r"(?:ion)?|user[_\-]?pass(?:word|wd)?|userinfo"  # also getConnection(url, "user", "x")
    # (a client named for a PIN, a hump of its own: FinTS3PinTanClient(blz, "u", "x", url))
    r"|(?-i:(?:Pin|PIN)(?![a-z]))\w*))"
    r"\((?P<args>[^()\n]{3,200})\)",
    _I,
)
_CONNECT_NAME = re.compile(r"(?i)connect|pdo")
# a call taking only a user and a password, whose password may be words with blanks
# (round 41: ".basic_auth("Aladdin", "open sesame")", HTTPBasicAuth, UserPassword)
_PHRASE_AUTH_CALL = re.compile(r"(?i)basic_?auth|user_?pass(?:word)?|userinfo\Z")
# a secret's part of a variable in capitals right before its "=" (``code_secrets``)
_ENV_HINT = stdre.compile(r"(?:PASS|PWD|PW|SECRET|TOKEN|_KEY)\w*=")
# the name of a call taking a user and a password, at a password word's end
_USER_PAIR_CALL = re.compile(r"(?i)user[_\-]?pass(?:word|wd)?\Z")
# ... given two arguments, a literal first: ("u", …
_TWO_ARGS = re.compile(r"\([ ]*[\"'][^\"'\n]{0,64}[\"'][ ]*,")
_AUTH_CALL_WORDS = (
    "auth",
    "login",
    "log_in",
    "signin",
    "sign_in",
    "connect(",
    "connection(",
    "credential",
    "pdo",
    "userpass",
    "user_pass",
    "userinfo",
)
# a call given a password key, then its value: setProperty("password", "x"), put('pwd', 'x')
_KEYED_CALL = re.compile(
    r"\([ ]*(?:[\"'][^\"'\n]{0,40}[\"'][ ]*,[ ]*)?(?P<kq>[\"'])(?P<key>[\w.\-]{1,40})(?P=kq)"
    r"[ ]*,[ ]*(?P<q>[\"'])(?P<v>[^\"'\n]{1,128})(?P=q)[ ]*\)"
)
# a keystore or certificate file, then its password: X509Certificate2("c.pfx", "x"),
# KeyStore.load(new FileInputStream("k.jks"), "x".toCharArray()), PyKeePass('db.kdbx', 'x')
_KEYSTORE_FILES = (".pfx", ".p12", ".jks", ".keystore", ".kdbx", ".bks")
_KEYSTORE_ARG = re.compile(
    r"[\"'][^\"'\n]{0,200}\.(?:pfx|p12|jks|keystore|kdbx|bks)[\"'][ ]*\)?[ ]*,[ ]*"
    r"(?:password[ ]*=[ ]*)?(?P<q>[\"'])(?P<v>[^\"'\n]{1,128})(?P=q)",
    _I,
)
# after a password word: "neues ist X", "the new one is X", "Richtig ist: X", "changed it to X"
_FOLLOW_UP = re.compile(
    r"(?<!\w)(?:(?:the[ ]+)?(?:new|old|right|correct|real|actual)(?:[ ]+one)?|(?:das[ ]+)?"
    r"(?:neue|neues|alte|altes|richtige|richtig|korrekte|korrekt|echte|echtes)|richtig)"
    # "the real one I typed in was x", "das echte, das ich eingegeben hab, war x"
    r"(?:[ ]*,?[ ]+(?:(?:that|which|das|den|die)[ ]+)?(?:i|ich|we|wir)(?:[ ]+[^\W\d_]+){1,3}?"
    r"[ ]*,?)?"
    rf"(?:[ ]+(?:is|ist|war|was|lautet)(?!\w)[ ]*:?|[ ]*:)[ ]*{_NOW}"
    r"|(?<!\w)(?:changed|set|reset|updated|switched|geändert|gesetzt|umgestellt)[ ]+(?:it|es|"
    r"him|that)[ ]+(?:to|auf|zu)[ ]+"
    r"|(?<!\w)(?:habe|hab)[ ]+(?:es|ihn|das)[ ]+(?:auf|zu)[ ]+",
    _I,
)
# a code and its connector, the value then a typing note: "the router code is ocean drive
# 77 with spaces" (a password word's clause is read by ``after_password_word``)
_CODE_LEAD = re.compile(
    r"(?<!\w)code(?:[ ]+(?:is|ist|lautet|was|war|now|jetzt|nun))*[ ]*:?[ ]+", _I
)
# Round 41: a value typed in, in a message about a code or a password: "even though I typed
# 3141 like always", "I entered penguinfeet and it said sorry", "hab Elefant eingegeben",
# "i hab den code 883104 eingegeben", "Ich hab die TAN 774 0192 dreimal eingegeben"
_TYPED_VALUE = re.compile(
    r"(?<![\w'’])(?:(?:i|we)[ ]+(?:typed|entered|keyed|punched)(?:[ ]+in)?"
    # a report's label: "Eingegeben: x", "Entered: x" (round 61)
    r"|(?:eingegeben|eingetippt|entered|typed)[ ]*:"
    r"|(?:hab|habe|hatte|haben)(?:[ ]+(?:den|die|das|meinen|meine|mein)[ ]+"
    r"(?:code|pin|tan|passwort|kennwort|pw))?"
    r"(?=[ ]+[^\s,;:]+(?:[ ]\d{3,4})?[ ]+(?:[^\W\d_]{3,12}[ ]+)?"
    r"(?:eingegeben|eingetippt|getippt)(?!\w)))"
    r"[ ]+(?P<v>[^\s,;:]+(?:(?<=\d)[ ]\d{3,4}(?![\w.,]))?)",
    _I,
)
#: the password word naming a sign-in method: "password auth over …", "Passwort-
#: Authentifizierung", "password authentication failed"
_AUTH_METHOD_AFTER = re.compile(r"(?i)[ \-](?:auth|authentication|authentifizierung)(?![\w:=])")
#: the most words an answer's field holds on its line ("Antwort: Das Boot")
_ANSWER_LINE_WORDS = 5


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# what the message must be about: a code, a PIN, a TAN, a keypad or a password
_TYPED_TOPIC = re.compile(
    r"(?<!\w)(?:codes?|pin|tan|keypad|passcode|passwor[dt]\w*|kennwort\w*|pw)(?!\w)", _I
)
# a typed number that is no value: a count, an amount, a measure ("typed 3 times",
# "entered 2024 as the year", "hab 50 Euro eingegeben")
_TYPED_NOT_VALUE = re.compile(
    r"[ ]*(?:times|mal|x|as|als|euro|eur|€|%|dollars?|minutes?|minuten|characters?|zeichen|"
    r"digits?|stellen|ziffern|chars?)(?!\w)",
    _I,
)
# another field named right after a typed value: "10000 in the amount field", "as my zip"
_TYPED_OTHER_FIELD = re.compile(
    r"(?<!\w)(?:amount|betrag|order|bestell\w*|year|jahr|price|preis|quantity|menge|phone|"
    r"telefon\w*|zip|plz|postcode|kundennummer|customer|iban|invoice|rechnung\w*)(?!\w)",
    _I,
)
# words typed that are no value: what or where ("I typed my email", "hab alles eingegeben")
_TYPED_NOT_WORDS = frozenset(
    """
    it them that this everything nothing something anything both all again in my the a an
    es alles nichts etwas beides das den die dem mein meine meinen nochmal wieder ihn sie
    email e-mail mail username benutzername name namen daten details address adresse
    unsinn quatsch mist garbage nonsense rubbish gibberish random zufall oops ups hello hallo
    hi test testing
    """.split()
)
# "support reset it to x" with no password word at all: "it" is the password only when x
# is shaped as one (the literals are pre-check triggers)
_SET_IT = re.compile(
    r"(?<!\w)(?:changed|set|reset|updated|switched|geändert|gesetzt|umgestellt|zurückgesetzt"
    r"|setz|setze|stell|stelle)"
    # "set it back to x", "setz es wieder auf x zurück" (round 39)
    r"[ ]+(?:it|es|ihn)[ ]+(?:(?:back|wieder)[ ]+)?"
    r"(?:(?:from|von)[ ]+(?P<old>[^\s,;]{1,64})[ ]+)?(?:to|auf)[ ]+"
    # "reset it to the default x", "auf das neue x"
    r"(?:(?:the|a|das|den|ein)[ ]+(?:default|new|standard|temporary|neue|neues|temporäre)[ ]+)?"
    r"|(?<!\w)(?:habe|hab|hat|haben)[ ]+(?:es|ihn)[ ]+"
    r"(?:von[ ]+(?P<old>[^\s,;]{1,64})[ ]+)?auf[ ]+"
    # "Hab's geändert auf x": "es" glued to the verb
    r"|(?<!\w)(?:hab|hat)['’]s[ ]+(?:(?:jetzt|nun|grad|gerade|schon)[ ]+)?"
    r"(?:geändert|gesetzt|umgestellt)[ ]+auf[ ]+"
    # the German verb at the clause's end: "wenn ich es auf x setze", "wir haben es dann auf
    # x umgestellt" (the value is the one word between "auf" and the verb)
    r"|(?<!\w)(?:ich|wir|du|er|sie|man)[ ]+(?:(?:habe|hab|haben|hat|hatte|hatten|will|wollte"
    r"|kann|könnte|soll|sollte|muss|werde|würde)[ ]+)?(?:es|ihn)[ ]+"
    r"(?:(?:jetzt|nun|dann|wieder|einfach|gestern|heute|gerade|grad)[ ]+)?auf[ ]+"
    r"(?=[^\s,;]{1,64}[ ]+(?:setze|setzen|setzt|ändere|ändern|änderst|stelle|stellen|umstelle"
    r"|umstellen|gesetzt|geändert|umgestellt|zurücksetze|zurücksetzen|zurückgesetzt)(?!\w))",
    _I,
)
# Round 25: a takeover or reset story names the password by "it" alone: the value it had
# ("I had X before", "mine was X", "es war vorher X"), the value it has now after a change
# ("I reset it, it's now X", "jetzt ist es X"); counted only in such a story (``_IT_STORY``)
_IT_NOW = re.compile(
    r"(?<![\w'’])(?:(?:it['’]?s|it[ ]+is)[ ]+now|now[ ]+(?:it['’]?s|it[ ]+is|its)|its[ ]+now"
    r"|(?:mine|ours)[ ]+(?:was|used[ ]+to[ ]+be)|it[ ]+used[ ]+to[ ]+be|it[ ]+was[ ]+(?:still[ ]+)?"
    r"(?=[^\s,;]+[ ]+(?:before|until|till|previously))|(?:before|previously)[ ]+it[ ]+was"
    r"|(?:vorher|davor|früher|bisher)[ ]+(?:hatte[ ]+ich|war[ ]+es|war['’]?s|war[ ]+meins)"
    r"|ich[ ]+hatte[ ]+(?:vorher|davor|früher|bisher)|meins[ ]+war"
    r"|es[ ]+war[ ]+(?:vorher|davor|früher)"
    r"|(?:jetzt|nun)[ ]+ist[ ]+es|es[ ]+ist[ ]+(?:jetzt|nun))"
    r"[ ]*:?[ ]+(?P<v>[^\s,;]+)",
    _I,
)
# "I had X before", "we had X until the reset": the value inside its cue
_HAD_BEFORE = re.compile(
    r"(?<![\w'’])(?:i|we)[ ]+had[ ]+(?P<v>[^\s,;]+)[ ]+(?:before|until|till|previously)(?!\w)",
    _I,
)
# what makes it a password's story: a change of "it" by someone, a takeover, a sign-in
# (each branch holds a pre-check trigger literal: log, account, konto, reset, "it to", …)
_IT_STORY = stdre.compile(
    r"(?<!\w)(?:log|account|konto|anmeld|zugang|zugäng|reset|zurückgesetzt|zurueckgesetzt)"
    r"|(?:it|es)[ ]+(?:to|auf|from|von)(?!\w)",
    stdre.IGNORECASE,
)
# the pronoun set or changed: "changed it", "reset it", "hat es geändert", "es wurde
# zurückgesetzt", and a takeover ("hacked", "gehackt", "took over")
_IT_CHANGED = stdre.compile(
    r"(?<!\w)(?:(?:changed|reset|set|updated|switched)[ ]+(?:it|mine)"
    r"|(?:es|ihn)[ ]+(?:\w+[ ]+){0,3}?(?:geändert|zurückgesetzt|zurueckgesetzt|gesetzt|umgestellt)"
    r"|(?:it|mine)[ ]+(?:was|got|has[ ]+been)[ ]+(?:changed|reset)"
    r"|hack\w*|gehackt|hijack\w*|kompromittiert|compromised|gekapert"
    r"|(?:took|taken)[ ]+over|übernommen)(?!\w)",
    stdre.IGNORECASE,
)
# trouble getting in, a takeover or a reset: what a word with a number needs besides
# ("I had Plan2024 before, my account was upgraded" stays)
_IT_TROUBLE = re.compile(
    r"(?<!\w)(?:hack(?:ed|er)|gehackt|hijacked|compromised|kompromittiert|gekapert"
    r"|took[ ]+over|taken[ ]+over|locked|gesperrt|reset|zurückgesetzt|zurueckgesetzt"
    r"|can['’]?t[ ]+(?:log|get)|cannot[ ]+(?:log|get)|nicht[ ]+(?:mehr[ ]+)?rein"
    r"|get[ ]+back[ ]+in|incorrect|falsch|abgelehnt|won['’]?t[ ]+accept)(?!\w)",
    _I,
)
_IT_LITERALS = (
    "now",
    "jetzt",
    "nun",
    "mine",
    "meins",
    "before",
    "vorher",
    "davor",
    "früher",
    "bisher",
    "used to",
    "had ",
)
_IT_SCAN = stdre.compile(literal_trie(_IT_LITERALS))  # (``any(lit in low …)``, one scan)

# "un" before a German participle or an English one: how a password is, not what it is
# (round 25: "mein Passwort ist unverändert", "is unverified"; "unicorn", "unterwasser7"
# stay; lower case only: "Unbesetzt" may be a capitalised word chosen)
_NEGATED_STATE = re.compile(
    r"un(?:(?:ge|ver|be|ent|er|zer)[^\W\d_A-ZÄÖÜ]{2,}t|[^\W\d_A-ZÄÖÜ]{3,}(?:ed|iert))"
)
# Round 25: a user and its password the same ("admin/admin", "tester / tester"): the
# second is the password whatever its shape (case kept: "Admin/admin" is no pair); counted
# in a message about logins (``_SAME_STORY``, pre-check trigger literals); not a key's
# value ("c=relaxed/relaxed" in a DKIM header)
_SAME_PAIR = stdre.compile(
    r"(?<![\w.@/:=\-])(?P<u>[^\W\d_][\w.\-]{2,31})(?:/|[ ]/[ ])(?P<v>(?P=u))(?![\w.@/:\-])"
)
_SAME_STORY = stdre.compile(
    r"log|user|usr|account|konto|zugang|zugäng|cred|pas|pw|kenn|benutzer|anmeld|tried|probiert",
    stdre.IGNORECASE,
)
# "Benutzername GH-44821, Passwort ebenfalls GH-44821": the user's value again, said so
_PW_LIKEWISE = re.compile(
    r"(?<!\w)(?:passwor[dt]|kennwort|pw|pwd)[ ]*:?[ ]+(?:is[ ]+|ist[ ]+|lautet[ ]+)?"
    r"(?:ebenfalls|auch|also|too|likewise|genauso|gleich)[ ]*:?[ ]+(?P<v>[^\s,;]+)",
    _I,
)
# (its adverbs: in an ASCII text, substring tests of the lower-cased text are cheaper)
_LIKEWISE_WORDS = ("ebenfalls", "auch", "also", "too", "likewise", "genauso", "gleich")
_LIKEWISE_SCAN = stdre.compile(literal_trie(_LIKEWISE_WORDS))  # (one scan, not a loop)

# a lower-case hex token (a digest or a commit's id when the text says so)
_HEX_DIGEST = stdre.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,128}")
_DIGEST_WORD = stdre.compile(r"hash|sha-?(?:1|256|512)|md5|digest|prüfsumme|checksum")
# key=value pairs in a connection string or query: cut the value at the next pair.
# (a connection string's key may be two words: "User Id=", "Trusted Connection=")
_NEXT_PAIR = re.compile(r"[;&](?=[ ]*[\w.\-]+(?:[ ][\w.\-]+)?[ ]*=)")
_QUOTES = {
    '"': '"',
    "'": "'",
    "“": "”",
    "„": "“",
    "‚": "‘",
    "‘": "’",
    "«": "»",
    "»": "«",
    "`": "`",
    "”": "”",
}
_PHRASE_SUFFIXES = (
    "ed",
    "ing",
    "ly",
    "able",
    "ible",
    "ive",
    "ful",
    "less",
    "ous",
    "lich",
    "ig",
    "bar",
    "los",
    "ung",
    "heit",
    "keit",
)
_CLAUSE_JOINERS = frozenset(
    "and und but aber please pls bitte thanks thank thx danke cheers or oder".split()
)
# A qualifier that talks about the password (a rule, an error, a negation) rather than
# leading to its value.
_TALK = re.compile(
    r"(?<!\w)(?:doesn't|does not|don't|do not|isn't|is not|not|nicht|never|nie|must|muss|"
    r"should|sollte|needs?|requires?|requirements?|rules?|policy|richtlinie|anforderungen|"
    r"meet|erfüllt|error|fehler|message|meldung|says|sagt|too|zu|"
    # a state or a part of the form: "Passwort vergessen - Kundennummer …", "the password
    # field is greyed out"
    r"vergessen|forgot|forgotten|expired|abgelaufen|gesperrt|locked|field|feld|box|button|"
    # a process's name: 'Betreff "Passwort zurücksetzen - AI Assistant Platform"'
    r"zurücksetzen|"
    r"enthält|enthalten|contains?|includes?|beinhaltet|"
    r"dialog|prompt|maske|eingabefeld|"
    # a thing about passwords: "my password manager is 1Password8"
    r"manager|generator|hint|hinweis|length|länge|strength|stärke)(?!\w)",
    _I,
)
# ``_TALK`` for an ASCII string, where both engines read the same words (``_talks``)
_TALK_ASCII = stdre.compile(ascii_twin(_TALK.pattern), stdre.IGNORECASE)


def _talks(qual: str) -> bool:
    """``_TALK`` finds a word of talk about the password in ``qual``."""
    return (_TALK_ASCII if qual.isascii() else _TALK).search(qual) is not None


# a number announced as something else between a PIN word and a number
_NUMBER_WORD = re.compile(
    r"nummer|number|no\.|nr\.|telefon|phone|tel\.|kunden|customer|order|bestell|rechnung|"
    r"invoice|ticket|id(?!\w)",
    _I,
)
# a record's name and the number that follows it ("Kundennr. 1975-4410", "Rechnung
# RE-2024-09")
_RECORD_NAME = re.compile(
    r"(?:kunden|kd|rechnungs?|bestell(?:ungs?)?|auftrags?|vertrags?|vorgangs?|ticket|order|"
    r"invoice|customer)(?:nummer|nr|no|id)?\.?",
    _I,
)
_NUMBER_AFTER = re.compile(r"\.?[ ]+[^\s\d]{0,4}\d")
# a user name right before a password word: "user anna password x", "login: bob pw x"
_USER_BEFORE = re.compile(
    r"(?<!\w)(?:user(?:[ _\-]?name)?|login|benutzer(?:name)?|usr|account|konto)[ ]*[:=]?[ ]*"
    r"(?:(?:is|ist|lautet)[ ]+)?[^\s:=]{2,64}(?:[ ,;]+|[ ,;]*\n[ ]*)\Z",
    _I | re.REVERSE,
)
_NEXT_TOKEN = re.compile(r"[ \-]+(\w+)")
#: a state after a dictionary word that ends its clause ("ist definitiv richtig, ich …")
_JUDGED_NEXT = re.compile(r"[ ]+(\w+)[ ]*(?:[,.;!?)]|\n|\Z)")
#: what a password is said to be: a state, or how simple or hard it is
_JUDGING_WORDS = words.STATE_WORDS | frozenset(
    "einfach kompliziert leicht schwierig simpel schwer komplex".split()
)
_REF_AFTER = re.compile(r"[ ]+(\S+)")
# code that reads the value from the environment or a config at run time
_ENV_READ = re.compile(
    r"(?i)(?<![\w])(?:os\.)?(?:getenv|get_env|environ\.get|env\.get|getproperty|"
    r"system\.getenv|environment\.getenvironmentvariable)[ ]*\("
)
# an adverb before a state word or a participle: "absichtlich leer", "extra weggelassen",
# "currently empty", "deliberately blank"
_STATE_ADVERBS = frozenset(
    """
    absichtlich bewusst extra aktuell derzeit momentan gerade leider komplett völlig ganz
    voll total echt ziemlich sehr super recht eher zu so
    intentionally deliberately purposely currently still unfortunately completely totally
    """.split()
)
# "typed in X for the password", "used X as the new password", "X ins Passwortfeld getippt"
_BEFORE_FOR = re.compile(
    r"(?<!\w)(?:typed|typing|entered|entering|used|using|use|tried|trying|put|gave|"
    r"eingegeben|eingetippt|getippt|probiert|versucht|genutzt|nutze|verwendet|verwende|"
    r"genommen|nehme|gebe|hab|habe)(?:[ ]+(?:in|ein|mal|auch|schon|again|also))?"
    r"[ ]+(?P<val>\S+)[ ]+(?:for|as|into|in|für|als|ins|im)[ ]+"
    r"(?:(?:the|my|our|a|das|mein|meine|dem|den|ein|new|neue|neues)[ ]+){0,2}\Z",
    _I | re.REVERSE,
)
# A verb of typing, choosing or using, the value, then "as"/"als" and the password word:
# "tried zyx as a temp password", "ich benutze tiger six als Passwort", "habe testweise
# !@#$ als Passwort gesetzt". "As (my) password" gives the words between the verb and it
# the password's role, whatever their shape; up to three words, a passphrase's or a word
# and its number ("Sommer 2024!")
_TYPED_AS = re.compile(
    r"(?<!\w)(?:typed|type|entered|enter|used|use|using|tried|try|trying|put|set|chose|choose|"
    r"picked|pick|wrote|nutze|nutzen|benutze|benutzen|verwende|verwenden|nehme|nehmen|habe|"
    r"hab|hatte|haben|steht|stand|tippe|gebe)"
    r"[ ]+(?P<val>[^\s\"'„“”‘’«»]+(?:[ ][^\s\"'„“”‘’«»]+){0,3})[ ]+(?:as|als)[ ]+"
    r"(?:(?:the|my|our|a|an|das|mein|meine|ein|unser|unsere|new|neue|neues|temp|temporary|"
    r"temporäres|test|joke|shared|master|admin|current|aktuelles|login|account)[ ]+){0,3}\Z",
    _I | re.REVERSE,
)
# words after a password word that start the rest of the sentence, not a compound's head
_PHRASE_ENDERS = frozenset("like lol haha xd 😅 please bitte".split())
# adverbs between the verb and the value ("habe testweise x", "steht einfach x")
_TYPED_AS_ADVERB = re.compile(
    r"(?:(?:in|ein|mal|auch|schon|again|also|just|simply|literally|only|nur|einfach|"
    r"testweise|jetzt|now|then|dann|zuerst|first)[ ]+)+",
    _I,
)
# a German participle after the value, before "als": "Hab x genommen als Passwort"
_TYPED_AS_PARTICIPLE = re.compile(rf"[ ]+(?:{_PARTICIPLE_FORMS}|genommen|gewählt)\Z")
# what a value named by ``_TYPED_AS`` must not open with: a determiner, a pronoun or a
# stand-in ("use the same as password", "set it as password", "nehme das als Passwort")
_TYPED_AS_NOT = frozenset(
    """
    the a an my your our his her their its it this that these those same one something
    anything everything nothing der die das den dem des ein eine einen mein meine meinen
    dein deine sein seine ihr ihre unser unsere es dies dieses diese etwas irgendwas alles
    nichts dasselbe dieselbe gleiche selbe what was which welches
    """.split()
)
# "X is what I typed as password", "X ist das, was ich als Passwort eingegeben habe"
_BEFORE_WHAT = re.compile(
    r"(?P<val>\S+)[ ]+(?:is|was|ist|war)[ ]+(?:what|the one|the thing|was|das,?[ ]+was)[ ]+"
    r"(?:\S+[ ]+){1,4}?(?:as|als|for|für|into|in|im)[ ]+"
    r"(?:(?:my|the|our|mein|meine|das|dem|meinem|unser)[ ]+)?\Z",
    _I | re.REVERSE,
)
# pgpass lines: host:port:database:user:password
# (five fields exactly, a colon in the password escaped: "daemon:*:17431:0:99999:7:::" is
# /etc/shadow, not a pgpass line)
# a ~/.pgpass line "host:port:db:user:password", alone on its line or after a label that
# names the file ("in my .pgpass: h:5432:db:u:x", "pgpass entry -> …")
_PGPASS = re.compile(
    r"(?:^[ ]*|(?<=pgpass[^\n:]{0,24}(?::|->|=)[ ]{1,3}))"
    r"[^\s:]+:(?:\d{1,5}|\*):[^\s:]+:[^\s:]+:(?P<pw>(?:\\.|[^\s:\\])+)[ ]*$",
    re.MULTILINE | re.IGNORECASE,
)
# the next pair of a credential list: ", bob / Comet#22"
_PAIR_NEXT = re.compile(
    r"[ ]*[,;][ ]*(?:(?:and|und)[ ]+)?(?:[\w\-]{1,20}[ ]*(?::|=|is|ist)[ ]+)?"  # "backup: "
    r"(?P<user>[^\s/|,;:]{2,64})[ ]*(?:/|\|)[ ]*(?P<pw>\S+)",
    _I,
)
# "so"/"also" leading to a value: "gesetzt also x", "also bitte: x", "so again: x"
# a day said to be the password ("Passwort ist unser Hochzeitstag, also …") and the digits
# of a date that give it ("14061998", "14.06.1998", "0412")
_DAY_NAMED = re.compile(
    r"(?i)(?<![^\W\d_])(?:\w*(?:geburtstag|hochzeitstag|jahrestag|geburtsdatum|datum)"
    r"|birthday|birth[ ]?date|date[ ]of[ ]birth|anniversary|wedding[ ]day|\w*date)(?!\w)"
)
_SECRET_BEFORE_DAY = re.compile(
    r"(?i)(?<![^\W\d_])(?:passw\w*|kennw\w*|pin|pins|pw|pwd|passcode|geheimzahl|code)(?!\w)"
)
_DATE_DIGITS = re.compile(
    r"(?:\d{4}|\d{6}|\d{8}|\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4}))(?![\w/]|\.\d)"
)
# how a password is made: of words, joined by a sign ("besteht aus drei Wörtern mit
# Bindestrich", "three words with dashes"), and the words so joined
_MADE_OF = re.compile(
    r"(?i)(?<![^\W\d_])(?:wörtern|woertern|words|bindestrich\w*|dash(?:es)?|hyphens?"
    r"|unterstrich\w*|underscores?|punkten|dots)(?!\w)"
)
_JOINED_AS_SAID = re.compile(
    r"[^\W\d_]{2,20}(?P<j>[\-_.])[^\W\d_]{2,20}(?:(?P=j)[^\W\d_\d]{1,20})+[!?#*$%&+]?"
    r"(?=[ ]*(?:[,.;:!?)]|\n|\Z))"
)
_MADE_OF_UNITS = re.compile(r"(?i)(?:words|wörter|woerter|worte)[.!]?")
_COUNT_WORDS = frozenset(
    "two three four five six zwei drei vier fünf sechs 2 3 4 5 6 several mehrere".split()
)
_SO_VALUE = re.compile(
    r"(?<!\w)(?:also|so|nämlich|namely|sprich)(?:[ ]+(?:bitte|please|nochmal|again|here))?"
    r"[ ]*:?[ ]+",
    _I,
)
# "mein aktuelles ist", "my new one is": a password named by its adjective alone
_ELLIPTIC = re.compile(
    r"(?<!\w)(?:mein|my|unser|our)[ ]+(?:aktuelles|jetziges|neues|altes|current|new|old)"
    r"(?:[ ]+one)?[ ]+(?:ist|is|was|war|lautet)(?:[ ]+(?:nämlich|also|halt|eben|actually|"
    r"just|einfach))?[ ]*:?[ ]*",
    _I,
)
# round 22: "the new one we set is", "our new one is:", "das neue, das wir gesetzt haben,
# ist" (the value on the same line or alone on one below)
_NEW_ONE = re.compile(
    r"(?<!\w)(?:(?:the|my|our)[ ]+new[ ]+one(?:[ ]+(?:we|i|they|you|he|she|it)[ ]+(?:set|chose|"
    r"picked|created|generated|gave|use|used))?[ ]+(?:is|was)"
    r"|(?:das|mein|unser)[ ]+neue,?(?:[ ]+(?:das|welches)[ ]+(?:wir|ich|er|sie)[ ]+"
    r"(?:gesetzt|gewählt|vergeben|erstellt)[ ]+(?:haben|habe|hat),?)?[ ]+(?:ist|lautet|war))"
    r"[ ]*:?[ ]*(?:\n[ \t]*){0,3}(?=\S)"
    # "the new one should be x", "das neue soll x sein" (round 39)
    r"|(?<!\w)(?:the|my|our)[ ]+new[ ]+(?:one|password|pw)[ ]+(?:should|shall|will|must)[ ]+"
    r"be[ ]+(?P<should>)(?=\S)"
    r"|(?<!\w)(?:(?:das|mein|unser)[ ]+neue|neues)(?:[ ]+(?:passwort|kennwort|pw))?[ ]+"
    r"(?:soll|sollte|muss)[ ]+(?P<sein>)(?=\S)",
    _I,
)
# words ending in a number the new one should be, then a dash or comma: "blue whale 77 -"
_SHOULD_PHRASE = re.compile(
    r"(?P<v>[^\W\d_]{2,20}(?:[ ][^\W\d_]{2,20}){0,3}[ ]\d{1,4})(?=[ ]+[-–—][ ]|[,;]|[ ]*\Z)"
)
# the value between "soll" and "sein": one to four tokens ("soll Frühling 2026 sein")
_SHOULD_SEIN = re.compile(r"(?P<v>[^\s,;]+(?:[ ][^\s,;]+){0,3}?)[ ]+sein(?!\w)")
# a lower-case past participle with the sentence going on after it ("rotated out")
_PAST_GOES_ON = re.compile(r"[a-z]{3,}ed[ ]")
_ELLIPTIC_HINT = re.compile(
    r"(?i)(?:mein|my|unser|our)[ ]+(?:aktuell|jetzig|neu|alt|current|new|old)"
)


def _may_be_elliptic(text: str) -> bool:
    """Plain substring tests that every ``_ELLIPTIC_HINT`` match passes: its first word and
    the space after it in the lower-cased text. The case-blind match also reads "İ" as "i"
    and "ſ" as "s", which ``str.lower`` does not: a text holding either passes."""
    low = text.lower()
    return (
        "my " in low
        or "our " in low
        or "mein " in low
        or "unser " in low
        or "\u0130" in text
        or "\u017f" in text
    )


_CLAUSE_END = re.compile(r"[ ]*(?:[,.;:!?)\n]|\Z|[ ][(\-])")
# "password was the one on the letter, X", "Kennwort ist das vom Zettel – X": the
# password word, a copula, "the one"/"das" and a short description, then a comma or dash
_ONE_DESCRIBED = re.compile(
    r"(?<!\w)(?:password|passwort|kennwort|pw|pwd)[ ]+(?:is|was|ist|war)[ ]+"
    r"(?:the[ ]+one|the[ ]+same[ ]+one|das|der|die)[ ]+(?:[^\s,.!?:;]+[ ]+){0,6}?"
    r"[^\s,.!?:;\-]+[ ]*(?:,|[ ]-{1,2})[ ]*(?=\S)",
    _I,
)
# "… the password is\nthe same as my wifi\nwhich is X": a strong value after "which is"
# a user name the subject of the clause a "richtig:"/"correct:" ends
_USER_SUBJECT = re.compile(
    r"(?i)(?<![\w-])(?:user(?:[ _\-]?name)?|benutzer(?:name)?|nutzer(?:name)?|login|e-?mail"
    r"|account|konto)(?:[ ]+(?:is|ist))(?:[ ]+[^\W\d_]+){0,3}[ ]*\Z"
)
_FOLLOW_UP_STRONG = re.compile(
    r"(?<!\w)(?:which|that|das|welches|and it|und es)[ ]+(?:is|ist|lautet)[ ]*:?[ ]+", _I
)


# What ``_FOLLOW_UP``'s branches need, as substrings of an ASCII text's lower case (for
# ASCII, ``_I`` matches exactly what lower-casing does; other texts are always scanned):
# "new"/"right"/… then a connector or colon, a setting verb then "to"/"auf"/"zu", "hab"
# then "auf"/"zu". The scan costs several microseconds per message with a password word.
_FOLLOW_UP_WORDS = "new old right correct real actual neue alte richtig korrekt echte".split()
_FOLLOW_UP_CONNECTORS = (" is", " war", " was", " lautet", ":")
_SETTING_VERBS = ("changed", "set", "updated", "switched", "umgestellt")
_SETTING_TARGETS = (" to", " auf", " zu")
# each of the four as one scan (``any(w in low for w in …)`` without a Python loop)
_FOLLOW_UP_WORD_SCAN = stdre.compile(literal_trie(tuple(_FOLLOW_UP_WORDS)))
_FOLLOW_UP_CONNECTOR_SCAN = stdre.compile(literal_trie(_FOLLOW_UP_CONNECTORS))
_SETTING_VERB_SCAN = stdre.compile(literal_trie(_SETTING_VERBS))
_SETTING_TARGET_SCAN = stdre.compile(literal_trie(_SETTING_TARGETS))


# a password label at the start of its line: "Kennwort:", "- Neues WLAN-Passwort:"
_FIELD_LABEL_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ ]*)?(?:[^\W\d_][\w\-]*[ ]){0,2}\Z")
# an auxiliary opening a clause about the value ("wird noch nachgereicht", "will be
# sent"), or the writer's own clause ("I'd rather call", "I'll send it")
_AUXILIARY_LEAD = frozenset(
    "wird werden wurde will would is was ist war kommt gets i'd i'll i'm we'll we'd we're".split()
)
# a quoted label's colon and closing quote right after the password word ("'Password:'")
_OPEN_QUOTES = "\"'‘“„‚«»"
# a closing quote and the quotes that may open it
# a quoted sentence a screen shows its reader: this many words, one addressing the reader
# or speaking for the service, this many function words (``quoted``)
_SCREEN_WORDS = 5
_SCREEN_FUNCTION = 3
_ADDRESSING = frozenset("we you your ihr ihre ihren ihnen wir".split())
# A quoted judgement: a hedge or a degree word, then a state ("too simple", "probably
# wrong", "zu einfach", "too similar to the identifier"); or an article and a word that
# stands in for the value without giving it ("das übliche", "the usual")
_JUDGEMENT_LEADS = frozenset(
    """
    too probably maybe possibly likely definitely apparently very not zu wahrscheinlich
    vermutlich vielleicht angeblich bestimmt sehr nicht viel way
    """.split()
)
_JUDGED_QUOTED = frozenset("similar ähnlich common häufig obvious offensichtlich".split())
_STAND_INS = frozenset(
    "usual same übliche gleiche selbe alte immergleiche bekannte default standard".split()
)


# Words quoted right after a bare password word ('Kennwort "Rote Rose 1999"', 'password
# "Tiger Lily Road"'): a writer quotes there to show where a value with spaces starts and
# ends. A quoted sentence says something instead (an error, a rule, a state): a
# negation, an auxiliary or modal, a request, or a state word marks it.
_LABEL_QUOTED_MAX = 6
_QUOTED_SENTENCE_WORDS = frozenset(
    """
    not no never nicht kein keine keinen nie must muss müssen should sollte soll can kann
    cannot can't could könnte doesn't don't didn't isn't wasn't won't is ist are sind was
    war has hat have habe does do did will wird werden wurde please bitte too zu needs
    braucht required erforderlich invalid ungültig incorrect falsch wrong see siehe refer
    check ask frag fragen look schau
    """.split()
)
# "unter dem Kennwort „Hochzeit Meier“": German's booking idiom, the name a group or an
# event is booked under, no secret
_BOOKED_UNDER = re.compile(r"(?<!\w)unter[ ]+(?:dem|das)[ ]+\Z", _I)


# words joined by hyphens or underscores: "Raven-Two-Echo", "blue-Otter-Yearly", "my_secret"
_JOINED = stdre.compile(r"[^\W\d_]+(?:[-_][^\W\d_]+)+")
# the small words of English and German phrasal compounds ("up-to-date", "state-of-the-art",
# "end-to-end", "Mund-zu-Mund"): prose, not a made value
_COMPOUND_LINKS = frozenset("to of the and a an in on by per or zu und an auf von".split())


def _joined_words(core: str) -> bool:
    """Words joined into one token the way a person makes a password and prose does not:
    an underscore between letters; four or more parts, or three with a capital, no phrasal
    compound's small word among them; two parts with a capital after the joiner, the first
    in lower case ("blue-Otter"; "E-Mail", "Wi-Fi", "Rolls-Royce" are written so in prose
    and names)."""
    if _JOINED.fullmatch(core) is None:
        return False
    if "_" in core:
        return any(c.islower() for c in core)  # (not "ADMIN_PASSWORD": a variable's name)
    parts = core.split("-")
    if any(p.lower() in _COMPOUND_LINKS for p in parts):
        return False
    if len(parts) >= 4 or (len(parts) == 3 and not core.islower()):
        return True  # (three in lower case: "one-time-use", "never-to-expire", adjectives)
    return len(parts) == 2 and parts[0].islower() and parts[1][:1].isupper()


def _typed_as_value(value: str) -> bool:
    """The words ``_TYPED_AS`` found before "as password" may be the value: no determiner,
    pronoun or stand-in first, no password word, no function word last; several words
    only with a digit or a sign among them or in lower case ("tiger six", not a product's
    name such as "Face ID")."""
    tokens = value.split()
    cores = [words.trim(t).lower() for t in tokens]
    if not cores[0] or cores[0] in _TYPED_AS_NOT or any(_kind(c) for c in cores):
        return False
    if cores[-1] in words.STOP_WORDS or _descriptive(words.trim(tokens[-1])):
        return False
    if len(tokens) == 1:
        core = words.trim(tokens[0])
        return bool(core) and (not core.isalpha() or core.lower() not in words.STOP_WORDS)
    if any(c in words.FUNCTION_WORDS for c in cores):
        return False
    return any(not t.isalpha() for t in tokens) or value.islower()


def _labelled_quote(tokens: list[str]) -> bool:
    """Quoted words after a bare password word that read as its value, not a sentence."""
    if tokens[-1].endswith(("?", "!", "...", "…")) and not any(c.isdigit() for c in tokens[-1]):
        return False  # a question or an exclamation quoted: what a screen or a person said
    cores = [words.trim(t).lower() for t in tokens]
    labels = [c for c in cores if c.isalpha()]
    if labels and all(c in _BUTTON_WORDS for c in labels):
        return False  # 'password "Show / Hide" toggle': a button's label beside the field
    for core in cores:
        if core in _QUOTED_SENTENCE_WORDS or core in _JUDGING_WORDS:
            return False
        if core.endswith("n't"):
            return False
    return not sentence_reading.quoted_status(" ".join(tokens))


def _quoted_judgement(parts: list[str]) -> bool:
    """Words quoted after a password word say what it is like, not what it is: lower-case
    words only (a passphrase of words stays: "correct horse battery staple")."""
    if not all(words.trim(t).isalpha() and words.trim(t).islower() for t in parts):
        return False
    first, second = words.trim(parts[0]), words.trim(parts[1])
    if first in _JUDGEMENT_LEADS:
        return second in _JUDGING_WORDS or second in _JUDGED_QUOTED
    return len(parts) == 2 and first in _RECIPE_LEADS and second in _STAND_INS


#: German for the state words.STATE_WORDS has as "secret": a value kept, not given
#: a password word in the plural: passwords in general, not one ("Passwörter", "passwords")
_PLURALS = ("wörter", "words", "worte")
_QUOTE_OPENERS = {'"': '"“„', "'": "'‘‚", "”": '“„"', "“": "„", "’": "‘‚'", "«": "»", "»": "«"}
_ALL_QUOTES = "\"'‘’“”„‚«»"
# what a button or link says beside a password word: "Passwort vergessen", "Reset password"
_BUTTON_WORDS = frozenset(
    """forgot forgotten reset change show hide confirm repeat update set new enter your my
    vergessen zurücksetzen ändern anzeigen verbergen bestätigen wiederholen setzen neues neu
    eingeben ihr dein mein""".split()
)
_LABEL_CLOSE = re.compile(r"[ ]*:[\"'’”“‘»«]")
_ASIDE = re.compile(r"[ ]*\([^()\n]{1,60}\)\Z")


def _talking_qual(m: re.Match[str]) -> str:
    """The qualifier that may talk about the password: an aside in brackets before a
    verb of being or a colon is the writer's ("Kennwort (nicht lachen) lautet x",
    "password (not the guest one) is x"), not a rule or state of the password."""
    qual: str = m.group("qual")
    conn = m.group("conn").strip().lower()
    aside = _ASIDE.search(qual) if qual.endswith(")") else None
    if (conn in _PHRASE_VERBS or conn == ":") and aside is not None:
        # also before a colon: "Passwort (bitte nicht lachen): x"; and after whose it is,
        # judged without the aside: "Passwort von Papa (bitte nicht lachen): x" (round 32)
        return qual[: aside.start()]
    return qual


def _may_say_so(text: str) -> bool:
    """False only when ``_SO_VALUE`` cannot match ``text``: in an ASCII text its word
    ("so", "also", "namely", "sprich") is followed by a space or a colon; substring tests
    of the lower-cased text cost less than the case-blind scan."""
    if not text.isascii():
        return True
    return _SO_HINT_SCAN.search(text.lower()) is not None


_SO_HINTS = ("so ", "so:", "namely ", "namely:", "sprich ", "sprich:")
_SO_HINT_SCAN = stdre.compile(literal_trie(_SO_HINTS))  # (one scan, not a loop)


def _may_describe_one(text: str) -> bool:
    """False only when ``_ONE_DESCRIBED`` cannot match ``text``: in an ASCII text its
    password word ends in "word", "wort" or "pw"/"pwd" and a space follows, "the", "das",
    "der" or "die" and a space come later, and a comma or a space and a dash."""
    if not text.isascii():
        return True
    if "," not in text and " -" not in text:
        return False
    low = text.lower()
    return any(w in low for w in _DESCRIBED_HINTS) and any(w in low for w in _DESCRIBED_ONE)


_DESCRIBED_HINTS = ("word ", "wort ", "pw ", "pwd ")
_DESCRIBED_ONE = ("the ", "das ", "der ", "die ")


def _may_follow_up(text: str) -> bool:
    """False only when ``_FOLLOW_UP`` cannot match ``text``."""
    if not text.isascii():
        return True
    low = text.lower()
    target = _SETTING_TARGET_SCAN.search(low) is not None
    return (
        (
            _FOLLOW_UP_WORD_SCAN.search(low) is not None
            and _FOLLOW_UP_CONNECTOR_SCAN.search(low) is not None
        )
        or (target and _SETTING_VERB_SCAN.search(low) is not None)
        or (target and "hab" in low)
    )


def _may_follow_up_strong(text: str) -> bool:
    """False only when ``_FOLLOW_UP_STRONG`` cannot match ``text`` (see above)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in ("which", "that", "das", "welches", "and it", "und es")) and (
        " is" in low or " lautet" in low
    )


# a clause's object pronoun right after a run of words, then the clause ends
_OBJECT_AFTER = re.compile(r"[ ]+(?:it|them|this|that|es|sie|ihn|das)(?=[ ]*(?:[.,;!?\n]|\Z))", _I)
# a line phrase holds no comma and no inner sentence end ("3 Versuche, dann gesperrt")
_PHRASE_STOP = re.compile(r",|[.?;](?=\s)")
# a value asked about: "Passwort x richtig?", "password x correct for the SFTP"
_JUDGED_AFTER = re.compile(
    r"[ ]+(?:(?:still|noch|so|really|wirklich|auch|also)[ ]+)?(?:richtig|korrekt|correct|"
    r"right|wrong|falsch|valid|gültig|ok|okay)(?=[ ]*(?:[?!.,]|\Z|[ ](?:for|für|fuer|de|so)"
    r"(?!\w)))",
    _I,
)
# the password word with digits or signs glued on: "password123", "Passw0rd1!"
_PW_WORD_VALUE = re.compile(
    r"(?<![\w.\-/@$%{])(?:p[a4@][s5$]{2}(?:w|vv)[o0]r[dt]|kennw[o0]rt)"
    # (not the word ending a question: "what is the default password?" (round 24))
    r"(?!\?+!*(?:[\s\"')\]]|\Z))"
    r"(?=[\w\-]*\d|\w*[!@#$%&*?+])[\w!@#$%&*?+\-]{1,12}(?![\w:=(\[{<>.]|[!?.,][\w])",
    _I,
)
# (in an ASCII text lower-cased, what that value needs: the word and a character glued on;
# a stdlib scan that skips ahead to a "p" or a "k", where the case-blind one tries every
# position, and most password words have a space or a colon after them)
_PW_WORD_GLUED = stdre.compile(
    r"(?:p[a4@][s5$]{2}(?:w|vv)[o0]r[dt]|kennw[o0]rt)[a-z0-9_!@#$%&*?+\-]"
)
_TRIED_AFTER = re.compile(r"[ ]+(?:probiert|ausprobiert|versucht|getippt|genommen)(?!\w)", _I)
# what comes before such a value: a typing or trying verb, a connector, a list's joint
_PW_VALUE_CUE = re.compile(
    r"(?:tried|try|trying|typed|typing|entered|used|using|use|is|ist|was|war|are|sind|"
    r"lautet|default|standard|probiert|versucht|nehme|nutze|and|und|or|oder|with|mit|"
    r"[:=,/])[ ]*[\"'„“‚‘]?\Z",
    _I,
)
# state words that a key glued to "=" assigns as its literal value ("password=secret")
_KEYED_LITERALS = frozenset(("secret", "geheim"))
# a password key numbered ("password1", "passwort_2", "pwd2"), before its "=" a key
_NUMBERED_KEY = re.compile(r"(?:password|passwort|kennwort|passwd|pwd|pass)[_\-]?\d", _I)
# a sentence's end, the next one starting in capitals
_NEW_SENTENCE = re.compile(r"[.!?][ ]+(?=[A-ZÄÖÜ])")
_ENDS_IN_NUMBER = re.compile(r"\d+[!?#$%&*+.]*\Z")
_PHRASE_VERBS = frozenset("is ist lautet lautete war was sei".split())
_COMPARISON = frozenset(
    "same gleiche gleich selbe dasselbe derselbe like wie as than als older newer älter neuer "
    "from von vom valid gültig until bis since seit for für before vor after nach in im "
    "characters zeichen digits stellen stellig long lang chars version versions".split()
)
_LEAD_TALK = frozenset(
    "mindestens minimum at least höchstens maximum max min seit since nach after "
    "alle every ab from bis until siehe see check steht liegt im in unter per via wie as".split()
)
# values joined by "and"/"or"/"und"/"oder", a comma or a slash
# values joined by "and"/"or"/"und"/"oder" or a slash (a comma may start another clause);
# after the value the neighbour ends the clause ("… and Windows11 is my OS" starts one)
# (round 23: or one given in place of the other: "typed x instead of y", "mit x statt y",
# "x, then y")
_COORD_AFTER = re.compile(
    r"(?:[ ]*(?:and|or|und|oder|/|instead[ ]+of|rather[ ]+than|statt|anstatt|anstelle[ ]+von)"
    r"|[ ]*,(?:[ ]*(?:and|or|und|oder|then|dann))?)[ ]+(?P<v>[^\s,;]+)"
    r"(?=[ ]*(?:[,;.!?)\n]|\Z|[ ](?:and|or|und|oder)[ ]))",
    _I,
)
# a parallel clause after a found value gives the next one: "… is x and for prod it's y",
# "ist x, und für Produktion ist es y", "is x but downstairs it's y"
_PARALLEL_AFTER = re.compile(
    # (the lead may end in a possessive: "and my colleague Pia's is …", round 48)
    r"[ ]*,?[ ]*(?:and|und|but|aber|while|während|whereas)[ ]+"
    r"(?P<lead>(?:[\w\-]+(?:['’]s?)?[ ]+){0,4}?)"
    r"(?:it'?s|is|was|ist(?:[ ]+es)?|war(?:[ ]+es)?|lautet(?:[ ]+es)?|heißt(?:[ ]+es)?)"
    r"[ ]*:?[ ]+(?P<v>[^\s,;]+)",
    _I,
)
# a value of two to five words that ends its clause (see ``_parallel_phrase``)
_PHRASE_RUN = re.compile(
    r"[^\s,;]+(?:[ ][^\s,;]+){1,4}?(?=[ ]*(?:[,;.!?]?(?:\s*\Z|\n)|[,;.!?][ ]|[ ][—–\-][ ]))"
)
# (a comma too: "tried x, y and z", the list's first items)
_COORD_BEFORE = re.compile(
    r"(?P<v>[^\s,;]+)(?:[ ]and|[ ]or|[ ]und|[ ]oder|[ ]?/|,)[ ]+\Z", _I | re.REVERSE
)
# the value runs on past its commas when a note in brackets says they belong to it:
# "passphrase: Tea at 4, never at 5 (commas included)", "… (mit Kommas)"
_COMMA_NOTE = re.compile(
    r"[^\s,(][^\n(),.!?]{0,60},[^\n().!?]{1,60}?(?=[ ]*\([ ]*(?:"
    r"(?:with|mit|incl\w*|inkl\w*)[ ]+(?:the[ ]+|den[ ]+|allen[ ]+)?(?:commas|kommas|kommata)"
    r"|(?:the[ ]+|die[ ]+)?(?:commas|kommas|kommata)[ ]+(?:included|inklusive|inkl\w*|"
    r"incl\w*|are[ ]+part|gehören|belong|too|auch))(?!\w))",
    _I,
)
# Round 22: two or more spellings of one word with a number in one message ("Pepper1 or
# pepper1", "tried Falcon99, Falcon99!", "Winter2023 and Winter2024"): someone listing
# the variants of a password they tried or half remember. A token: letters, then a number
# (signs and one more word part allowed), so "server01", "Step1" and products stay out
# (``words.secret_shape`` and ``words.is_product`` judge each).
_VARIANT_TOKEN = re.compile(
    r"(?<![\w@/\\.:\-])[^\W\d_][\w.\-]{2,30}?\d{1,6}[!?#$%&*+.]{0,3}(?![\w@/\\:\-])"
)
# after a token's "!" or "?": the sentence goes on in lower case (the sign is the token's)
_SENTENCE_GOES_ON = re.compile(r"[ ]+[a-zäöüß]")
# a token that may be another spelling of a found password: letters, then digits or signs
_RESPELLED_TOKEN = re.compile(
    r"(?<![\w@/\\.:\-])[^\W\d_]{5,40}[!?#$%&*+_\-]{0,3}\d{0,6}[!?#$%&*+.]{0,3}"
    r"(?![\w@/\\:\-])"
)
# digits alone differ ("Winter2023 and Winter2024") only in talk of trying, remembering or
# correcting; a case or a trailing sign alone ("Pepper1 or pepper1") is a password's variant
_VARIANT_TALK = re.compile(
    r"(?i)(?<!\w)(?:tried|try|trying|typed|entered|either|neither|maybe|perhaps|probably|"
    r"remember|forgot|forget|capital|typo|mistyped|old|new|works?|worked|working|accept\w*|"
    r"wrong|locked|probiert|versucht|eingegeben|getippt|vertippt|entweder|vielleicht|"
    r"erinner\w*|vergess\w*|vergessen|groß\w*|klein\w*|alte|neue|geht|ging|falsch|"
    r"gesperrt|keins|beides|sondern|nicht[ ]+sicher|not[ ]+sure"
    # round 47: which of them, which one is stored, wavering between them, one now and not
    # the other ("was it Pretzel9 or Pretzel6?? one of those, which one is stored?")
    r"|which|welche[rsn]?|one[ ]+of[ ]+(?:those|them|these|the[ ]+two)|stored|gespeichert"
    r"|hinterlegt|unsure|unsicher|geschwankt|schwanke\w*|was[ ]+it|war[ ]+es|could[ ]+be"
    r"|könnte|nicht[ ]+mehr|not[ ]+any[ ]?more|no[ ]+longer|instead|statt)(?!\w)"
)
_VARIANT_MAX_TEXT = 600
# an e-mail address, a slash between spaces, a token
_MAIL_SLASH = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ ]+/[ ]+(?P<pw>[^\s/]{6,64})(?=\s|\Z)")


def _export_row(sep: str) -> re.Pattern[str]:
    """A password manager's export row parted by ``sep``: a URL, the login, the password
    (Chrome, Firefox, LastPass: ``https://host,login,password``; a JDBC URL too), or the
    login, the password, then the URL (KeePass, Keeper, Netwrix:
    ``"user";"password";"https://host"``). Each cell bare or in CSV quotes (a quoted
    password may hold the separator, ``""`` a quote), or in doubled quotes (an export
    quoted once more by a script)."""
    s = re.escape(sep)
    url = rf"\"{{0,2}}(?:(?:[a-z][a-z0-9+.\-]*:)+//[^\"\s{s}]*|www\.[\w\-]+\.[^\"\s{s}]+)\"{{0,2}}"
    login = rf"(?:\"{{1,2}}[^\"\s{s}]{{2,64}}\"{{1,2}}|[^\"\s{s}]{{2,64}})"
    pw = (
        rf"(?:\"(?P<qpw>(?:[^\"\s]|\"\"){{4,128}})\"(?!\")|\"\"(?P<dpw>[^\"\s]{{4,128}})\"\""
        rf"|(?P<pw>[^\"\s{s}]{{4,128}}))"
    )
    return re.compile(
        rf"(?i)(?<![^\s{s}:])(?:{url}){s}(?P<user>{login}){s}{pw}(?={s}|\s|\Z)"
        rf"|(?:(?<=[{s}\n])|\A)(?P<login>{login}){s}{pw}{s}(?:{url})(?={s}|\s|\Z)"
    )


_EXPORT_ROWS = {sep: _export_row(sep) for sep in ",;"}
# a quoted export row's e-mail login and the next cell (``Finder.mail_login_rows``)
_MAIL_LOGIN_ROW = re.compile(
    r'(?:(?<=[,\n])|\A)"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+","(?P<pw>[^"\n]{1,64})"(?=,")'
)
# 1Password's export row: its item id (26 of a-z and 0-9) in the first quoted cell
_MANAGER_ID_ROW = re.compile(r'(?m)^"[a-z0-9]{26}","')
_MANAGER_NAMED = re.compile(
    r"(?i)1password|keepass\w*|lastpass|bitwarden|dashlane|enpass|keeper|nordpass|roboform"
)
# "https://host user password" on a line: only a generated password (see ``export_rows``)
_SPACED_EXPORT_ROW = re.compile(
    r"(?i)(?<!\S)https?://\S+[ \t]+[^\s\"]{2,64}[ \t]+(?P<pw>\S{10,128})[ \t]*(?=\n|\Z)"
)


# the 256-bit key wpa_passphrase derives, as a config writes it after "psk="
def _generated(value: str) -> bool:
    """``value`` reads as a generator's output: ten or more characters of all four kinds
    (lower and upper case, digits, signs), ``=`` and ``/`` among them as any other sign
    (``(H0VHb!KSZ1?/y>3hmg=&&v/``), which the shape rules read as a pair or a path."""
    return (
        len(value) >= 10
        and any(c.islower() for c in value)
        and any(c.isupper() for c in value)
        and any(c.isdigit() for c in value)
        and sum(c in words.STRONG_SYMBOLS for c in value) >= 3
        and words.likeness(value) >= words.STRONG
    )


def _export_password(pw: str, *, login_first: bool) -> bool:
    """``pw``, the password cell of an export row, is a value: a token like a password
    (with the URL after it, where a directory's "name,city,website" also stands, one
    with digits, signs or an inner capital), or one of signs among letters or digits
    (``123%@@56``), never a URL or an address."""
    if "://" in pw or pw.lower().startswith("www.") or _EXPORT_MAIL.fullmatch(pw):
        return False
    if _HOST_PORT.match(pw):
        return False  # a URI's list of hosts: "mongodb://h1:27017,h2:27017,h3:27017/?…"
    if words.is_non_secret_shape(pw):
        return False
    like = words.likeness(pw)
    if login_first:
        return like >= words.STRONG
    if like >= words.PLAIN:
        return True
    return (
        len(pw) >= 6
        and sum(c in words.STRONG_SYMBOLS for c in pw) >= 2
        and any(c.isalnum() for c in pw)
    )


_HOST_PORT = re.compile(r"[\w.\-%]+:\d{1,5}(?:[/?,]|\Z)|\[[0-9A-Fa-f:.]+\]")
_EXPORT_MAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


#: a key's line start: "USER.PWD 93167DE7" opens its line (only blanks before the key)
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
#: such a key: parts joined by a dot or an underscore, or in capitals ("USER.PWD",
#: "smtp_pass", "ADMINPW"); not a compound of prose ("Passwort-Hashes (sha512):")
_PARAMETER_KEY = re.compile(r"[\w\-]*[._][\w.\-]*|[A-Z0-9\-]+")
#: the value after such a key: one token ending the line
_KEY_SPACE_VALUE = re.compile(r"[ \t]+(?P<v>[^\s\"'<>{}\[\]]{4,64})[ \t]*(?=\n|\Z)")
#: a server directive's value after its blank ("requirepass 8f3e…", round 58), and the
#: comment mark that makes its line the sample config's example ("# requirepass foobared")
_DIRECTIVE_VALUE = re.compile(r"[ \t]+(?P<v>[^\s\"'<>{}\[\]]{4,64})(?![^\s.,;:!?)])")
_COMMENTED_BEFORE = re.compile(r"(?:#|//|;)[ \t]*\Z")
#: a row of quoted labels, a CSV header ('"Account","Login Name","Password","Web Site"')
_LABEL_ROW = re.compile(r'"[^\W\d_]+(?: [^\W\d_]+){0,2}"(?:[,;]"[^\W\d_]+(?: [^\W\d_]+){0,2}"){2,}')
#: a chap-secrets row: client, the L2TP or PPTP server, the secret, the addresses
_CHAP_ROW = re.compile(
    r"(?m)^[ \t]*(?:\"[^\"\n]*\"|\S+)[ \t]+(?P<s>x?l2tpd|pptpd)[ \t]+"
    r"(?P<v>\"[^\"\n]*\"|[^\s\"]+)(?=[ \t]+(?:\*|[\d.:/a-fA-F]+)[ \t]*$)"
)
#: redis-cli's prompt, then "auth [user] password" ending the line
_CLI_AUTH = re.compile(
    r"(?im)^[\w.\-]+:\d{2,5}>[ \t]*auth[ \t]+(?:[^\s]+[ \t]+)?(?P<v>[^\s]{3,64})[ \t]*$"
)
_RAW_PSK = re.compile(r"[0-9a-fA-F]{64}(?![0-9A-Za-z])")
# ", die fürs Tablet 4711", ", the one for the safe is 9876": the same noun left out
_PARALLEL_PIN = re.compile(
    r"(?i)[ ]*,[ ]+(?:und[ ]+|and[ ]+)?(?:die|der|the[ ]+one|that)[ ]+"
    r"(?:für|fürs|for|vom|von|of|zum|zur|am|an|beim)[ ]+[^\d\n,.;:!?]{2,32}?[ ]+"
    r"(?:(?:is|ist|lautet)[ ]+)?(?P<v>\d{4,8})(?![\d.,:/\-]\d|\d)(?=[ ]*(?:[.,;!)\n]|\Z))"
)
# (round 51) ... or the customer's own one set against it: "works with the temp pin 7720
# but not with my own one 3318", "mit der alten PIN 1234, aber nicht mit meiner neuen 5678"
_OWN_ONE_PIN = re.compile(
    r"(?i)[ ]*,?[ ]+(?:but|and|or|aber|und|oder)[ ]+(?:(?:not|nicht)[ ]+)?(?:(?:with|mit)[ ]+)?"
    r"(?:my|the|our|meine[mnr]?|der|die|dem|unsere[mnr]?)[ ]+"
    r"(?:own|new|old|real|actual|other|eigene[mnr]?|neue[mnr]?|alte[mnr]?|andere[mnr]?)"
    r"(?:[ ]+(?:one|pin|code))?[ ]+(?P<v>\d{4,8})(?![\d.,:/\-]\d|\d)"
    r"(?=[ ]*(?:[.,;!?)\n]|\Z)|[ ]+(?:which|that|i|die|den|das|ich|and|und|but|aber)(?!\w))"
)
_COMBO_HINT = stdre.compile(r"(?i)combo|combination|kombination")


def _combo_hinted(text: str, low: str) -> bool:
    """``_COMBO_HINT`` finds one in ``text`` (``low`` lower-cased): in an ASCII text the same
    test as substring tests of ``low`` (no other character there is a case of these
    letters), a small part of the case-blind scan's cost on every message."""
    if text.isascii():
        return "combo" in low or "combination" in low or "kombination" in low
    return _COMBO_HINT.search(text) is not None


# two or three dial numbers after a combination word: "combo 3-17-29", "Kombination: 12 34 05"
_COMBINATION = re.compile(
    r"(?i)(?<![^\W\d_])(?:combo|combination|kombination|zahlenkombination)"
    r"(?:[ ]+(?:for|für|fürs|vom|von|of|to|zum|zur|am|an)(?:[ ]+[^\W\d_]{2,20}){1,3}?)?"
    r"(?:[ ]+(?:is|ist|lautet|was|war))?[ ]*[:=,]?[ ]*"
    r"(?P<v>\d{1,2}(?:[-–/][ ]?\d{1,2}){2,3}|\d{1,2}(?:[ ]\d{1,2}){2,3})(?![\d\-–/.:]|[ ]\d)"
)
# a lock the combination opens
_LOCK_WORD = re.compile(
    r"(?i)lock|schloss|tresor|safe(?![^\W\d_])|locker|spind|padlock|vorhänge|kasten|box"
)
# how a value's letters are typed: "with a capital S", "mit großem M", "alles klein"
_CASE_NOTE = re.compile(
    r"(?i)[\"')]?[ ]+(?:(?:with|mit)[ ]+(?:(?:a|an|the|einem|einen)[ ]+)?"
    r"(?:capital|big|small|upper[ -]?case|lower[ -]?case|gro(?:ß|ss)(?:em|en)|kleinem|kleinen)"
    r"[ ]+[\"']?[^\W\d_][\"']?(?![^\W\d_])"
    r"|(?:all|alles)[ ]+(?:lower[ -]?case|small|klein|caps|upper[ -]?case|gro(?:ß|ss))"
    r"(?:geschrieben)?(?![^\W\d_]))"
)
# the token right before such a note: letters and digits
_NOTED_TOKEN = re.compile(r"(?<![^\s\"'(])(?=[^\s,;]*[^\W\d_])(?=[^\s,;]*\d)[^\s,;\"')]{4,64}\Z")
# (a letter before a digit, found from the digit: a scan that opens with a class of letters
# tests every character; one that opens with the digit skips ahead to one)
_LETTER_DIGIT = stdre.compile(r"\d(?<=[^\W\d_]\d)")
# round 47: a digit after "_", "." or "-", where a ``_VARIANT_TOKEN``'s number may start too
# ("Baltic-Sea-7 or baltic-sea-7")
_MARK_DIGIT = stdre.compile(r"\d(?<=[_.\-]\d)")

# a negated value, then the one meant: "nicht 0815 sondern 7294", "not x but y"
_NOT_BUT = re.compile(
    r"(?:nicht|not|kein|keine)[ ]+[^\s,;]{1,40}[ ]*,?[ ]*(?:sondern|but)[ ]+"
    r"(?:(?:it'?s|es ist)[ ]+)?(?P<v>\S)",
    _I,
)
# the rest of the sentence after a password word (bounded)
_SENTENCE = re.compile(r"[^.!?\n]{1,100}")
# the rest of a line ending in a colon, then one token alone on the next line
_FIELD_LINE = re.compile(r"[^\n:]{0,40}:[ ]*\n[ ]*(?=[^\s:]+[ ]*(?:\n|\Z))")
_FIELD_HEAD = re.compile(r"[^\n:]{0,40}:[ ]*\n")
# a heading word naming rules or settings for passwords rather than logins
_RULES_WORD = re.compile(
    r"(?i)(?:richtlinien?|policy|policies|regeln|rules|anforderungen|requirements|vorgaben|"
    r"einstellungen|settings)\Z"
)
# "- admin: x" under a heading of logins: a role or user, a colon, one value ending the line
_LOGIN_ITEM = re.compile(r"[ ]*[-*•][ ]*[\w.@+\-]{2,40}[ ]*:[ ]*(?P<v>\S+)[ ]*(?:\n|\Z)")
# the answer to a security question, then a connector: the value follows
_SECURITY_ANSWER = re.compile(
    # (round 51: the German word in an English compound, "Security-Antwort")
    r"(?<!\w)(?:(?:security|secret)[ \-]+(?:question[ ]+)?(?:answer|antwort)"
    r"|answer[ ]+(?:to|for|on)[ ]+"
    r"(?:(?:my|the|our|your)[ ]+)?(?:security|secret)[ ]+question|sicherheitsantwort|"
    r"antwort[ ]+(?:auf|zur|für|fuer)[ ]+(?:(?:die|meine|der|unsere|ihre)[ ]+)?"
    r"sicherheitsfrage|(?:sicherheits|geheim)frage[ ]*-?[ ]*(?:antwort|answer))"
    # (round 51) the account it is on, before an aside: "the security answer on our account
    # (mother's maiden name) should be x"
    r"(?:[ ]+(?:on|for|of|für|fürs|zum|auf)[ ]+(?:our|my|the|this|unserem|meinem|dem)[ ]+"
    r"(?:account|konto|profile?)(?=[ ]*\())?"
    # an aside naming the question: "… security question (mother's maiden name) is x"
    r"(?:[ ]*\([^()\n]{1,60}\))?"
    # the account it is for, before a colon: "Sicherheitsfrage-Antwort fürs Händlerkonto: x"
    r"(?:[ ]+(?:for|on|at|für|fürs|fuer|zum|zur|beim|bei)[ ]+(?:[^\W\d_]+[ ]+){0,2}?"
    r"[^\W\d_][\w\-]*(?=[ ]*:))?"
    # round 47: who set or gave it ("the security answer I set was x", "die
    # Sicherheitsantwort, die ich angegeben habe, ist x"): the one in use
    r"(?:,?[ ]+(?:(?:that|which|die|den)[ ]+)?(?:i|we|ich|wir)[ ]+(?:just[ ]+|damals[ ]+)?"
    r"(?:set|gave|put|chose|picked|used|entered|typed|angegeben|gesetzt|gewählt|eingegeben)"
    r"(?:[ ]+(?:up|in|down|habe|hab|hatte|haben))?,?)?"
    r"(?:[ ]+(?:is|was|ist|war|lautet|would be|should be|wäre|sei)(?!\w)[ ]*:?|[ ]*[:=])[ ]*"
    r"(?:(?:just|simply|einfach|nur)[ ]+)?",
    _I,
)
# (round 51) after the answer's connector, the question restated as a noun and the answer
# after a comma, in capitals: "is my first school, Oakridge Elementary"
_ANSWER_APPOSED = re.compile(
    r"(?:my|the|our|mein(?:e|es)?|der|die|das|unser(?:e|es)?)[ ]+[^\W\d_][^.!?\n:,]{2,40}?,[ ]+"
    r"(?=\p{Lu})",
    _I,
)
# a security question named, its answer later in the sentence ("Sicherheitsfrage war
# Lieblingsessen, Antwort: x", "for the security question '…' I put x"); a bank's
# memorable word, a password of one word ("memorable word 'x'")
# after the answer's connector, the question restated and the answer after it
_ANSWER_RESTATED = re.compile(
    r"(?i)[^.!?\n:]{3,60}?(?:,?[ ]+(?:which|that)[ ]+(?:is|was)|,?[ ]+(?:also|nämlich|und zwar)"
    r"|[ ]*:)[ ]+"
)
_SECURITY_QUESTION = re.compile(
    # (r52-asked: "geheim", the German "secret", as in "Geheimfrage")
    r"(?<!\w)(?:security|secret|sicherheits|geheim)[ ]*-?[ ]*(?:question|frage|abfrage)n?(?!\w)"
    # (not one word with its answer, "Sicherheitsfrage-Antwort": ``_SECURITY_ANSWER``'s)
    r"(?![ ]*-?[ ]*(?:antwort|answer)(?!\w))"
    r"|(?<!\w)(?P<mem>(?:memorable|security|secret)[ ]+(?:word|information)|"
    r"sicherheitswort|geheimwort|merkwort)(?!\w)",
    _I,
)
_ANSWER_LATER = re.compile(
    # (the question may be quoted on the way: "Sicherheitsfrage 'Erstes Haustier?' –
    # Antwort war x")
    r"(?:[\"'„“‘][^\"'„“”‘’\n?]{1,60}\?[\"'“”‘’]|[^.!?\n]){0,100}?(?:"
    # (round 50) or the next sentence opens with the answer, maybe who set it: "Security
    # question reset please. The answer I set was x", "… Die Antwort, die ich gewählt habe,
    # ist x"
    r"[.!?]+[ ]+(?:(?:the|my|die|meine)[ ]+)?(?:answer|antwort)"
    r"(?:,?[ ]+(?:(?:that|which|die)[ ]+)?(?:i|we|ich|wir)[ ]+(?:set|gave|chose|picked|used"
    r"|entered|typed|angegeben|gesetzt|gewählt|eingegeben)(?:[ ]+(?:up|in|habe|hab|hatte))?,?)?"
    r"[ ]+(?:is|was|ist|war|lautet|lautete)(?!\w)[ ]*:?"
    r"|(?<!\w)(?:answer|antwort)(?:[ ]+(?:is|was|ist|war|lautet))?[ ]*[:=]?"
    r"|(?<!\w)(?:i|ich)[ ]+(?:put|used|entered|gave|typed|wrote)(?:[ ]+(?:in|down))?"
    # (r52-asked) the question "answered with" its answer: "Sicherheitsfrage beantwortet mit x"
    r"|(?<!\w)(?:beantwortet|answered|geantwortet)[ ]+(?:mit|with)"
    r"|(?P<colon>:))[ ]+(?:(?:just|simply|einfach|nur)[ ]+)?(?=\S)",
    _I,
)
# the question on its line, the answer on the next: "…: Wie hieß Ihr erstes Haustier?\n
# Antwort: x" (a form's two fields)
_ANSWER_BELOW = re.compile(
    r"[^\n]{0,120}\n[ \t>]*(?:[-*•][ ]*)?(?:answer|antwort|reply)[ ]*[:=][ ]*(?=\S)", _I
)
# a short name as a security answer: up to three words (a title's dot allowed) that end
# the clause
_ANSWER_PHRASE = re.compile(
    r"(?P<v>[^\W\d_][^\s,;.!?(]*(?:\.?[ ][^\W\d_][^\s,;.!?(]*){0,2})"
    # (or a note in brackets after it: "Grandma Rosa's bakery (no apostrophe …)", round 51)
    r"(?=[ ]*(?:[,;!?\n]|\.(?:\s|\Z)|\Z)|[ ]+\()"
)
# after the question given by a colon, its answer: one arrow, a question of two or more
# words before it, maybe "Antwort:" after it (a menu path "A → B → C" has more arrows)
_ANSWER_ARROW = re.compile(
    r"[^\n→⇒]*?\w[ ]+\w[^\n→⇒]*?[ ]*(?:→|⇒|->|=>)[ ]*(?:(?:answer|antwort)[ ]*[:=][ ]*)?"
    r"(?=[^\n→⇒]*(?:\n|\Z))(?=\S)",
    _I,
)
# "answer"/"Antwort" with no connector, and a pronoun after the next word: that word is
# the clause's verb ("die Antwort weiß ich nicht mehr", "the answer I forgot")
_BARE_ANSWER = re.compile(r"(?<!\w)(?:answer|antwort)[ ]+\Z", _I)
_SUBJECT_AFTER = re.compile(r"[ ]+(?:ich|wir|er|sie|du|man|i|we|you|he|she|they)(?!\w)", _I)
# round 22: what the word is for may come first ("security word on my account: x"), and a
# dash may join ("memorable word - it's x")
_MEMORABLE_VALUE = re.compile(
    r"(?:[ ]+(?:on|for|of|at|in|für|bei|zu|von|vom|im|beim)[ ]+(?:[^\W\d_]+[ ]+){0,2}?"
    r"[^\W\d_]+(?=[ ]*[:=]))?"
    # (a copula with a colon after it: "Ihr Sicherheitswort lautet: x", round 35)
    r"[ ]*(?:(?:is|was|ist|war|lautet|lautete)(?:[ ]*:[ ]*|[ ]+)|[:=][ ]*"
    r"|[-–—][ ]+(?:(?:it['’]?s|es[ ]+ist|ist)[ ]+)?)?"
    r"(?=\S)",
    _I,
)
# a date given as the answer ("das Geburtsdatum meiner Oma: 14.07.1931")
_ANSWER_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d./])")
# a security question named by its topic rather than by "security question": the
# mother's maiden name, the first pet, the city of birth, a favourite teacher … (EN, DE),
# then a connector ("answer:", "is", "=", "ist", a closing quote first); ``strong`` topics
# are asked only as security questions, the others ("favourite teacher", "Geburtsort")
# need an answer or security word in the message ("Geburtsort: Graz" is a form's field)
_TOPIC_STRONG = (
    r"(?:(?:mother|mom|mum|mama)(?:'|’)?s[ ]+)?maiden[ ]+name"
    r"|(?:(?:the[ ]+)?name[ ]+of[ ]+(?:my|your|the|his|her)[ ]+)?first[ ]+(?:pet|dog|cat)"
    r"(?:(?:'|’)?s(?:[ ]+name)?)?"
    r"|(?:city|town|place)[ ]+(?:you|i|she|he)[ ]+(?:were|was)[ ]+born(?:[ ]+in)?"
    r"|street[ ]+(?:you|i)[ ]+grew[ ]+up[ ]+(?:on|in)"
    r"|childhood[ ]+(?:best[ ]+)?(?:friend|nickname|hero|street|pet)"
    r"|(?:geburts|mädchen|maedchen)name[ ]+(?:der|meiner|ihrer|deiner|seiner)[ ]+mutter"
    r"|(?:(?:der[ ]+)?name[ ]+(?:meines|des|ihres|deines|seines)[ ]+)?erste[nms]?[ ]+"
    r"haustier(?:e?s)?"
    r"|kindheitsfreund(?:in)?|spitzname[ ]+als[ ]+kind"
)
_TOPIC_WEAK = (
    r"favou?rite[ ]+(?:teacher|food|book|movie|film|band|singer|sports?[ ]+team|team|"
    r"colou?r|animal|dish|place)"
    r"|first[ ]+(?:car|school|teacher|employer|boss|job|concert)"
    r"|lieblings(?:lehrer(?:in)?|essen|buch|film|band|farbe|tier|sänger(?:in)?|verein|"
    r"gericht|ort)"
    r"|grundschule|heimatstadt|geburtsort|geburtsstadt"
    r"|place[ ]+of[ ]+birth|city[ ]+of[ ]+birth|birth[ ]?place|birth[ ]+city"
)
_QUESTION_TOPIC = re.compile(
    rf"(?<!\w)(?:(?P<strong>{_TOPIC_STRONG})|{_TOPIC_WEAK})(?!\w)[\"'’”»)]?", _I
)
_TOPIC_CONN = re.compile(
    # round 22: whose it is ("Geburtsort der Mutter", "maiden name of my mother") and an
    # aside ("(security question)") may follow the topic; a dash or an arrow joins too
    r"(?:[ ]+(?:der|des|meiner|meines|seiner|ihrer|of[ ]+(?:my|the|his|her))[ ]+"
    r"[^\W\d_]{3,}(?=[ ]*(?:[:=(]|[-–—>→]|\Z)))?"
    r"(?:[ ]*\([^()\n]{1,40}\))?"
    # (a comma may set the answer's word off: "… 'Name des ersten Haustiers', die Antwort: x")
    r"(?:,?[ ]+(?:(?:the|my|die|meine|as|als)[ ]+)?(?:security[ ]+answer|answer|"
    r"sicherheitsantwort|antwort))?"
    r"(?:[ ]+(?:is|was|ist|war|lautet|would be|wäre|sei)(?!\w)[ ]*:?"
    r"|[ ]*(?P<key>[:=]|->|→|=>)|[ ]+(?P<dash>[-–—])(?=[ ]))[ ]*"
    # (or asked, then answered: "Q: What is your mother's maiden name? A: x")
    # (the question may stand in quotes: "'Name des ersten Haustiers?' Antwort: x", round 50)
    r"|[ ]*\?[\"'’”»]?[ \t]*\n?[ \t]*(?:a|answer|antwort)[ ]*(?P<key>:)[ ]*"
    r"(?:(?:just|simply|einfach|nur)[ ]+)?(?=\S)",
    _I,
)
_TOPIC_SIGNAL = re.compile(r"(?i)answer|antwort|securit|sicherheit")
# "als Sicherheitsantwort x angegeben", "as my security answer x": the answer named
# first, the value, then the verb closing the clause (or its end)
_AS_ANSWER = re.compile(
    r"(?<!\w)(?:als|as)[ ]+(?:(?:my|the|meine|die)[ ]+)?(?:sicherheitsantwort|"
    r"security[ ]+answer)[ ]+(?=\S)",
    _I,
)
# what every ``_SECURITY_ANSWER`` match holds, in the case forms people type
_SECURITY_HINTS = (
    *("ecurit", "ECURIT", "icherheit", "ICHERHEIT", "ecret", "ECRET"),
    *("eheimfrage", "EHEIMFRAGE"),  # (r52-asked: "Geheimfrage", the German "secret question")
)
_SECURITY_HINT_SCAN = stdre.compile(literal_trie(_SECURITY_HINTS))  # (one scan, not a loop)
_KEYED_AFTER = re.compile(r"[ ]*[:=]")
_SET_TO = re.compile(r"[ ]*(?:to|auf|into|zu)[ ]+", _I)
# "changed the password from x to y", "Kennwort von x auf y geändert": both are values
_FROM_TO = re.compile(r"[ ]*(?:from|von)[ ]+(?P<old>[^\s,;]+)[ ]+(?:to|auf|into|zu)[ ]+", _I)
_SET_VERB = re.compile(
    r"(?<!\w)(?:set|setting|change|changed|changing|reset|update|updated|switch|switched|"
    r"gesetzt|gestellt|geändert|umgestellt|ändern|setzen|stellen|änderte|setzte|stellte)(?!\w)",
    _I,
)
# "… wie immer: x", "…, jetzt: x": a colon later in the sentence, the word before it
# (a sign standing alone between spaces ends no sentence: "is the usual one with !! at the
# end: x")
_COLON_LATER = re.compile(
    r"(?:[^.!?\n:]|(?<=[ ])[.!?]+(?=[ ])){0,80}?(?<!\w)(?P<w>\w+)[ ]*:[ ]+", _I
)
# three or more words joined by hyphens into one token: a passphrase's shape
_HYPHENED_WORDS = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,}){2,}")
# said to be unchanged: the value in use ("nie geändert", "never changed")
_NEVER_CHANGED = re.compile(
    r"(?i)(?<!\w)(?:nie|never|not|nicht|noch[ ]+nie)[ ]+(?:geändert|changed|angepasst)(?!\w)"
)
# the writer's own, quoted, later in the password word's sentence: "— mine is 'x y z'"
_MINE_QUOTED = re.compile(
    r"[^.!?\n]{0,40}?(?<![^\W\d_])(?:mine|meins|meines|meiner)[ ]+(?:is|ist|lautet)[ ]+"
    r"[\"'„“‘](?P<v>[^\"'„“”‘’\n]{3,80})[\"'“”‘’]"
)
_QUOTED_PHRASE_WORDS = 8
# a dotenv line's key from the line's start ("DB_PASSWORD=", "export SMTP_PASS=")
_ENV_KEY_LINE = re.compile(r"[ ]*(?:export[ ]+)?[A-Z][A-Z0-9_]*=")
_ENV_PHRASE_WORDS = 5
# words that start a sentence about the value rather than continue it
_PROSE_WORDS = frozenset(
    "is ist was war are sind because weil but aber if wenn i ich we wir then dann".split()
)
# the password itself as the copula's subject ("geändert, neues lautet", "now it is")
_SUBJECT_WORDS = frozenset(
    """
    neues neue neuer new one das the it es mein meins my jetzt now nun aktuelle aktuelles
    current geändert changed hab habe hat has have ich i und and
    """.split()
)
# the sentence's copula ends its line, the value stands alone on the next one
_COPULA_LINE_END = re.compile(
    r"[^.!?\n:]{0,80}?(?<!\w)(?:lautet|ist|is|heißt|heisst)[ ]*\n[ ]*(?=\S)", _I
)
# Articles and prepositions a passphrase may hold after an explicit connector.
_PHRASE_SYMBOLS = frozenset("& + ＆".split())
# Greetings are function words (never a value on their own in passing), yet an ordinary
# word people pick: a passphrase may start with one, a hedge may lead to one alone.
_GREETINGS = frozenset("hello hallo hi hey servus moin ciao hola salut bonjour".split())
_HEDGED_GREETING = re.compile(
    r"(?P<v>hello|hallo|hi|hey|moin|ciao|hola|salut|bonjour)(?=[ ]*(?:[,.;!)\n]|\Z|[ ][(\-]))",
    _I,
)
_HEDGES = re.compile(r"(?<!\w)(?:just|simply|only|nur|einfach|bloß|bloss)[ ]*:?[ ]*\Z", _I)
_PHRASE_GLUE = frozenset(
    "am im an auf in on at of the der die das dem den des ein eine a und and mit with von "
    "zum zur vom unter über under over to zu um".split()
)
# Verbs that say where something is kept, and the prepositions after them ("steht im
# Tresor", "liegt bei der IT", "is in the vault", "sits on a sticky note").
_WHERE_VERBS = frozenset(
    "steht stehen liegt liegen findet findest befindet hängt klebt is are sits lies stays "
    "lives sind ist".split()
)
_WHERE_PREPOSITIONS = frozenset(
    "im in am an auf bei unter hinter neben beim zum zur on at under behind with inside "
    "within".split()
)
_ARTICLES = frozenset("the a der die das ein eine".split())
# the reader's (or their) own, as a phrase's first word: "auf Ihren Rat hin", "your advice"
_ADDRESSEE = frozenset(
    "ihr ihre ihren ihrem ihrer ihres ihnen euer eure euren eurem eurer deine deinen deinem "
    "deiner your yours".split()
)
# Prepositions that start a phrase about a source or a reason, never a passphrase's first word
_PREPOSITION_LEAD = frozenset(
    "laut lt. gemäß gemaess zufolge wegen aufgrund trotz mangels according per despite".split()
)
# A status is no passphrase: "ist zu kurz sagt das System", "is incorrect according to the
# log": a state word (after an intensifier, or before a source or a reporting verb)
_INTENSIFIERS = frozenset("zu too nicht not schon already noch still so very sehr".split())
_REPORTING = frozenset("sagt says said meint meldet zeigt shows showed steht".split())
# a sign-in, then a user and a value: "log in as anna with x", "einloggen mit anna und x"
_LOGIN_PAIR = re.compile(
    r"(?<!\w)(?:log(?:ging|ged)?[ \-]?in|sign(?:ing|ed)?[ \-]?in|einloggen|anmelden)(?!\w)"
    r"[^.!?\n]{0,40}?(?<![\w.@'’\-])(?P<user>\w[\w.@+\-]{1,39})[ ]+(?:and|with|using|und|mit|/)"
    r"[ ]+(?P<pw>[^\s,;]+)",
    _I,
)
# the place a value is shown, then a colon: "auf dem Router: …", "auf der Rückseite: …"
_PLACE_COLON = re.compile(r"\w+(?:[ ][^\W\d_][\w\-]*){1,2}:[ ]+")
# what every ``_LOGIN_PAIR`` match holds, in the case forms people type
_LOGIN_PAIR_HINTS = ("log", "Log", "LOG", "sign", "Sign", "SIGN", "nmelden", "NMELDEN")
_LOGIN_PAIR_HINT_SCAN = stdre.compile(literal_trie(_LOGIN_PAIR_HINTS))  # (one scan)
# a quoted value of a few words and a number right after the password word
_QUOTED_WORDS_NUMBER = re.compile(r"(?=[^\n]{4,40}\Z)(?:[^\W\d_]+[ ]){1,3}\d+[^\w\s]?")
_CLOSING_QUOTES = frozenset("\"'”’»`")
_OWN_MASKS = ("[PASSWORD]", "[CREDENTIAL]")
# a value, then a comma and how it is typed: "x y z, all lowercase", "x, ohne Zahlen"
_NOTED = re.compile(
    r"(?:(?:das|the)[ ]+(?:wort|word)[ ]+)?(?P<v>[^\s,.!?:;()]+(?:[ ][^\s,.!?:;()]+){0,4})"
    # the note after a comma or a dash ("x y z – mit Leerzeichen")
    r"(?:[ ]*,|[ ]+-)[ ]*"
    r"(?:(?:and|und|all|alles|everything|zusammen|together|aber|but)[ ]+){0,2}"
    r"(?P<note>"
    r"(?:in[ ]+)?(?:lower|upper)[ ]?case|lowercase|all caps|small letters|"
    r"klein(?:[ ]?geschrieben)?|"
    r"gro(?:ß|ss)(?:[ ]?geschrieben)?|case[ -]sensitive|"
    r"(?:no|without|with|ohne|mit|keine?)[ ]+(?:spaces?|leerzeichen|numbers?|digits?|zahlen|"
    r"ziffern|capitals?|gro(?:ß|ss)buchstaben|sonderzeichen|special[ ]+characters?|symbols?|"
    # the signs between the words: "mit Kommas?", "with the dashes", "spaces included"
    r"(?:the[ ]+|den[ ]+)?(?:kommas?|commas?|punkten|dots|bindestrichen|dashes|hyphens))"
    r"|(?:spaces?|leerzeichen|commas?|kommas|dashes|bindestriche)[ ]+(?:included|inklusive"
    r"|dabei|mit|too|auch))"
    # (a second note joined to it: "all lowercase with spaces", round 59)
    r"(?:[ ]+(?:and[ ]+|und[ ]+)?(?:with|mit|without|ohne|no|keine?)[ ]+[^\W\d_]+)?"
    r"(?=[ ]*(?:[.,;!?)]|\n|\Z))",
    _I,
)
_SPACES_NOTE = re.compile(
    r"(?:with|mit)[ ]+(?:the[ ]+|den[ ]+)?(?:spaces?|leerzeichen|kommas?|commas?|bindestrichen"
    r"|dashes|hyphens)|(?:spaces?|leerzeichen)[ ]+(?:included|inklusive|dabei)",
    _I,
)
# where the value will come from or is: "kommt per Post", "see below", "folgt separat"
_POINTER = frozenset(
    """
    per via siehe see kommt kommen comes coming folgt follows separat separately später
    later unten below oben above anbei attached mail e-mail email sms post brief
    ask frag fragen contact kontaktiere kontaktieren
    """.split()
)
# the first word of a clause rather than a value: "is what I use, all lowercase"
_CLAUSE_START = frozenset(
    """
    what which who whom whose how why where when i it that this these those we you he she
    they there was wer wie wo warum wann welche welcher welches ich es das dies wir du ihr
    sie er man the a an der die ein eine my mein meine not nicht kein keine
    """.split()
)
# how a value is made: "enthält Leerzeichen", "contains spaces", "has a space"
_COMPOSITION = re.compile(
    r"(?i)(?<!\w)(?:enthält|enthalten|beinhaltet|contains?|includes?|has|hat)(?!\w)"
    r"(?=(?:[ ]+\w+){0,2}?[ ]+(?:leerzeichen|spaces?|zwischenräume|blanks?)(?!\w))"
)
# the label before a colon names another field: "… ist falsch, Benutzer: x"
_OTHER_LABELS = frozenset(
    """
    user username benutzer benutzername nutzer nutzername login email e-mail mail account
    konto ticket fehler error code nummer number nr id hinweis hint note notiz grund reason
    meldung message status kunde kundennummer server host url link seite page datum date
    """.split()
)
# a password word named rather than used: "the word password", "das Wort „Kennwort“",
# "the term 'passphrase'"; what follows is about the word (a translation, its age)
_MENTION = re.compile(r"(?i)(?<!\w)(?:word|term|wort|begriff|ausdruck)[ ]+[\"'„“‚‘»«]?\Z")
_MENTION_HINT = ("word", "term", "wort", "begriff", "ausdruck")
_MENTION_QUOTES = "\"'„“‚‘»«"


# ---- round 16: a value of several words runs to its clause's end
# how a value is typed, said after it ("x y all lower case", "x y with accents"): not part
# of the value; matched token by token from the clause's end (lower case)
_TAIL_NOTES = tuple(
    tuple(n.split())
    for n in (
        "all lower case|all lowercase|all upper case|all uppercase|in lower case|"
        "in lowercase|lower case|lowercase|upper case|uppercase|all caps|all small|"
        "all one word|one word|as one word|in one word|zusammengeschrieben|"
        "alles zusammen|zusammen|alles klein|kleingeschrieben|klein geschrieben|"
        "alles kleingeschrieben|with accents|with the accents|with spaces|with a space|"
        "with space|with one space|mit einem leerzeichen|"
        "without spaces|mit leerzeichen|ohne leerzeichen|mit akzenten|mit umlauten|"
        # (round 41: the notes ``word_lists.noted_runs`` read, now read here alone)
        "with spaces between|with spaces in between|with a space between|"
        "mit leerzeichen dazwischen|with capitals|with a capital|with capital letters|"
        "mit großbuchstaben|mit grossbuchstaben|"
        "yesterday|today|gestern|heute|i think|glaube ich|glaub ich|please|bitte"
    ).split("|")
)
# a note after a comma, a dash or in brackets that says how the value is typed or that
# corrects it: "(two words, lower case)", ", mit Leerzeichen vor der 4", ", sorry I meant"
_AFTER_NOTE = re.compile(
    r"[ ]*(?:[,;(\-–—][ ]*)?(?:(?:and|und|all|alles|aber|but|also)[ ]+)?(?:"
    r"(?:two|three|four|zwei|drei|vier|\d)[ ]+(?:words|wörter|worte)|"
    r"(?:all[ ]+)?(?:in[ ]+)?(?:lower|upper|small)[ ]?(?:case|letters)|lowercase|uppercase|"
    r"all caps|klein|gro(?:ß|ss)|case[ -]sensitive|(?:as[ ]+)?one[ ]+word|"
    r"(?:no|with|without|ohne|mit|keine?)[ ]+(?:an?[ ]+|einem[ ]+|the[ ]+|den[ ]+)?"
    r"(?:spaces?|leerzeichen|accents?|akzente?n?|umlaute?n?|capitals?|"
    r"gro(?:ß|ss)buchstaben|numbers?|zahlen|ziffern|sonderzeichen|symbols?)|"
    r"(?:sorry|sry|oops|ups|nein|no|äh|ähm|pardon)(?!\w)|i[ ]+mean|ich[ ]+mein)",
    _I,
)
_ENGLISH_PAST = re.compile(r"[a-z]{3,}ed")
# where a clause ends: a comma, a bracket, a line end, a sentence mark before a space or the
# end ("!" stays with the value: "Rosebud 77!"), a dash between spaces
_CLAUSE_STOP = stdre.compile(r"[\n,;()]|[.?!](?=[ \n]|\Z)|(?<=[ ])[-–—](?=[ ])")
# a label of something else in any form ("Benutzernamen:", "usernames:", "Kundennummer:")
_OTHER_LABEL_STEMS = (
    "user nutzer name login konto account mail nummer number ticket kunde customer code pin "
    "host server url link"
).split()
# a clause's subject or question word: even capitalised after a colon it starts talk
_SPEAKER = frozenset(
    "i it we you he she they this that there what which who how why where when ich wir es "
    "du sie er man".split()
)
# a heading naming a login, then a user name and a password on a line each, no labels:
# "Login für den Shop:\nadmin\nOstsee☀️2024"
# a heading naming the user, then the password (round 40)
_USER_THEN_PW = re.compile(
    r"(?i)(?<!\w)(?:user(?:name)?|benutzer(?:name)?|nutzer|login)(?!\w)[^\n]{1,80}?(?<!\w)"
    r"(?:password|passwort|kennwort|pw)(?!\w)"
)
_PAIR_LINE = re.compile(r"[A-Za-z_][\w.\-]*=")
_LOGIN_BLOCK = re.compile(
    r"(?:^|(?<=\n))(?P<head>[^\n:]{0,120}):[ ]*\n[ ]*(?P<u>[^\s:]{2,64})[ ]*\n[ ]*"
    r"(?P<pw>[^\s:]{3,64})[ ]*(?=\n|\Z)"
)
# ... or the heading without its colon, a line of a few words ("login fürs CRM\nanna.koenig
# \nwolkenlos-83"): then the user line must read as a user name (a dot, @ or underscore
# joining lower-case parts) and the password be strongly shaped (``_bare_login_block``)
_LOGIN_BLOCK_BARE = re.compile(
    r"(?:^|(?<=\n))(?P<head>[^\n:]{2,40})\n[ ]*(?P<u>[a-z][a-z0-9\-]*[._@][a-z0-9._@\-]+)[ ]*\n"
    r"[ ]*(?P<pw>[^\s:]{6,64})[ ]*(?=\n|\Z)"
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LOGIN_HEAD = re.compile(
    r"(?i)(?<!\w)(?:log[ -]?in|logins|zugang|zugänge|zugangsdaten|anmeldung|anmeldedaten|"
    r"credentials|creds|account|konto|sign[ -]?in)(?!\w)"
)
_LOGIN_BLOCK_HINTS = (
    "og OG ugang UGANG nmeld NMELD cred CRED ccount CCOUNT onto ONTO ign IGN "
    "utzer user User USER".split()  # (round 40: a heading naming the user, the password)
)
# a correction right after a found value: "x, sorry I meant y", "x – nein, ich meine y",
# "nicht x sondern y"
_CORRECTION = re.compile(
    r"[ ]*[,;.!–\-]*[ ]*(?:(?:sorry|sry|oops|ups|nein|no|äh|ähm|pardon|wait|warte|oh)"
    r"[ ]*[,.!]*[ ]+){0,2}"
    r"(?:i[ ]+meant|i[ ]+mean|meant|ich[ ]+meinte|ich[ ]+meine|ich[ ]+mein|meinte|"
    r"gemeint[ ]+ist|gemeint[ ]+war|sondern|correction)[ ]*:?[ ]*(?P<v>\S)",
    _I,
)
_CORRECTION_HINTS = ("meant", "mean", "mein", "sondern", "correction")
_VAGUE = frozenset(
    """
    something anything nothing everything else etwas irgendwas nichts alles anderes anders
    xxx xxxx xxxxx whatever egal redacted masked maskiert
    """.split()
)
_SPOKEN_COLON = re.compile(r"(?i)colon|doppelpunkt|[→⇒➔➜]")
# after a question mark, a short interjection and a colon: "Na klar: x", "achso ja: x"
_INTERJECTION = re.compile(r"[ ]*(?P<w>[^\W\d_]{1,8}(?:[ ,]+[^\W\d_]{1,8}){0,2})[ ]*:[ ]+")


def _last_token_start(text: str, start: int, end: int) -> int:
    space = text.rfind(" ", start, end)
    return start if space < 0 else space + 1


def _notes_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for note in _TAIL_NOTES:
        by_last.setdefault(note[-1], []).append(note)
    return {last: tuple(notes) for last, notes in by_last.items()}


_TAIL_NOTES_BY_LAST = _notes_by_last_word()


def _strip_tail_notes(cores: list[str]) -> int:
    """How many of ``cores`` remain once typing notes at their end are dropped."""
    n = len(cores)
    stripped = False
    while n:
        if stripped and n > 1 and cores[n - 1] in _NOTE_JOINS:
            n -= 1  # "with space and capital I": two notes joined
            continue
        if n > 2 and len(cores[n - 1]) == 1 and cores[n - 2] in _CASE_NOTE_WORDS:
            n -= 3 if cores[n - 3] in _NOTE_JOINS and n > 3 else 2
            stripped = True  # "… and capital I", "mit großem S": a letter's case noted
            continue
        # only the notes ending in the last word can match (most words end none)
        for note in _TAIL_NOTES_BY_LAST.get(cores[n - 1], ()):
            k = len(note)
            if k < n and tuple(cores[n - k : n]) == note:
                n -= k
                stripped = True
                break
        else:
            return n
    return n


# notes on one letter's case at a value's end ("and capital I", "mit großem S") and the
# words that join two notes
_CASE_NOTE_WORDS = frozenset(
    "capital big small upper lower großem grossem großes grosses großen kleinem kleines".split()
)
_NOTE_JOINS = frozenset("and und with mit".split())


def _mentioned(text: str, start: int) -> bool:
    """Is the password word at ``start`` named rather than used (``_MENTION``)?"""
    i = start - 1
    if i >= 0 and text[i] in _MENTION_QUOTES:
        i -= 1
    if i < 4 or text[i] != " ":
        return False  # cheap exits first: this runs for every password word
    return text[max(0, i - 9) : i].lower().endswith(_MENTION_HINT) and (
        _MENTION.search(text, max(0, start - 24), start) is not None
    )


def _in_url(text: str, start: int, has_url: bool) -> bool:
    """Is the password word at ``start`` inside a URL ("https://x/reset/password/1",
    "http://u@pass:host")? A path or host part, no key; the URL's own password is the
    structured rules' business. ``has_url``: the message holds "://" or "www." at all."""
    if not has_url:
        return False
    # a double quote ends a URL too: '{"url":"jdbc:mysql://h/db","password":"x"}' (JSON
    # without spaces) has its password key after the URL, not inside it
    token_start = max(text.rfind(c, 0, start) for c in ' \n"') + 1
    token = text[token_start:start]
    return "://" in token or token.lower().startswith("www.")


_SENTENCE_END = re.compile(r"[.!?\n]")
# the password word in UI texts of many languages (a translation file's values)
_UI_PASSWORD_WORD = re.compile(
    r"(?i)(?<!\w)(?:pass(?:word|wort|ord|wd)|kennwort|contrase[ñn]a|wachtwoord|adgangskode|"
    r"salasana|has[łl]|senha|parola|heslo|jelsz|kodeord|lozinka|geslo|[şs]ifre|parool|"
    r"l[öo]senord|mot[ ]de[ ]passe|пароль|密码|密碼|パスワード|비밀번호)\w*"
)
# an attribute of a variable as a quoted key's value: "'PASSWORD': url.password,"
_ATTRIBUTE_VALUE = re.compile(r"[a-z_][A-Za-z_]*(?:\.[A-Za-z_]+)+(?=[ ]*(?:[,;})\]]|\n|\Z))")
_MAX_TRIGGERS = 64
#: Triggers judged per slice of ``_Finder.steps`` (about a millisecond of work).
STEP_TRIGGERS = 16  # bounded work per message; more password words than this is a flood
#: Words past the budget handled per slice by ``flood_spans`` (set lookups only).
FLOOD_STEP = 128
#: Tokens after a word past the budget that ``flood_spans`` may mask.
FLOOD_TOKENS = 3
_FLOOD_TOKEN = re.compile(r"\S+")
# an article after "auf": a place ("auf dem Aufkleber"), not a value ("auf Sommer2024")
_PLACE = re.compile(r"(?:dem|der|den|die|das|einem|einer|meinem|meiner|unserem|unserer)(?!\w)", _I)
# nothing but sentence punctuation up to the line's end
_LINE_END = re.compile(r"[.!?]*[ ]*(?:\n|\Z)")
# a sentence ending after a paired value, or an aside after a dash: "demo. Bitte", "admin – I"
_PAIR_END = re.compile(r"(?:[.!]|(?<=[.!]))[ ]+(?=[A-ZÄÖÜ])|[ ]+[–—-][ ]")
# a password word ending its line, the connector starting the next one (a wrapped mail)
_WRAPPED_CONN = re.compile(r"[ ]*\n[ ]*(?:is|ist|lautet|war|was)[ ]*(?:[ ]|\n[ ]*)(?=\S)", _I)
# a value's place holding a note in brackets, small letters only: "(entfernt)", "(see vault)"
_PAREN_NOTE = re.compile(r"\((?:[^\W\d_A-Z][^\W\d_]*,?[ ]?){1,5}\)(?=[\s.,;]|\Z)")
# before a password word: the value is named "as" it ("verwenden wir als Passwort", "use as
# password")
_AS_BEFORE = re.compile(
    r"(?<!\w)(?:als|as)[ ]+(?:(?:unser|unsere|our|my|mein|meine|das|the)[ ]+)?\Z", _I
)
# "<insert password here>", "<Ihr Passwort>": words in angle brackets
_ANGLE_PLACEHOLDER = re.compile(r"<[^\W\d][^<>\n\d]{0,58}[ _\-][^<>\n\d]{0,58}>")
# the same words in any bracket pair: "-u name:[dein Passwort]", "{your password here}"
_BRACKET_PLACEHOLDER = re.compile(
    "|".join(
        rf"{o}[^\W\d][^{o}{c}\n\d]{{0,58}}[ _\-][^{o}{c}\n\d]{{0,58}}{c}"
        for o, c in (("<", ">"), (r"\[", r"\]"), (r"\{", r"\}"), (r"\(", r"\)"))
    )
)
# a count, not a value: "ist 16 Zeichen lang und …", "is at least twelve characters long"
# the rest of a namespaced command after a segment ending in a password word:
# ":blacklist:update" (lower-case segments joined by colons, no space)
_COMMAND_PATH = re.compile(r"(?::[a-z][a-z\-_]+){2,}(?![^\s`'\"),.;])")
# a writer's aside in brackets between the connector and the value: a few words, no
# digits, then the value on the same line
# "is literally …", "ist wirklich …" before a quoted value
_LITERALLY = re.compile(
    r"(?i)(?<![^\W\d_])(?:literally|wirklich|echt|tatsächlich|buchstäblich)[ ]+\Z"
)
_LITERALLY_AT = re.compile(
    r"(?i)(?:literally|wirklich|echt|tatsächlich|buchstäblich)[ ]+(?=[\"'“„‘])"
)
# a pause typed between the connector and the value: "– wait –", "... hmm ...", "– Moment –"
_HESITATION = re.compile(
    r"(?i)[-–—:,.… ]*(?<![^\W\d_])(?:wait|hang[ ]on|hmm+|uh+m?|um+|moment(?:[ ]mal)?|warte|"
    r"äh+m?|öh+m?)(?![^\W\d_])[ ]*[-–—:,.!…]+[ ]*(?=\S)"
)
_ASIDE_BEFORE_VALUE = re.compile(r"\((?=[^()\n\d]*[^\W\d_])[^()\n\d]{2,32}\)[ ]+(?=\S)")
# an approximate number: a measure of the password (its score, its age), not its value
_ROUGHLY = re.compile(
    r"(?:around|about|approximately|approx\.|roughly|circa|ca\.|etwa|ungefähr|rund|"
    r"zirka)[ ]+\d{1,4}(?:[.,]\d+)?(?![\w\-/:.@]|\.\w|[ ]\d)",
    _I,
)
#: a count, then what is counted: "12 Zeichen", "four words"
_COUNT_NUMBER = (
    r"(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[a-zäöü]{3,5}zehn|"
    r"zwanzig|dreißig|vierzig|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]{3,5}teen|twenty|thirty|forty|fifty|sixty)"
)
_COUNT_UNIT = (
    r"(?:zeichen|stellen|stellig|ziffern|buchstaben|sonderzeichen|characters?|chars?|digits?|"
    r"letters?|symbols?|bytes?|bits?|wörter|worte|words?)(?!\w)"
)
_COUNT = re.compile(
    r"(?:(?:mindestens|genau|nur|fast|etwa|ca\.|knapp|über|unter|maximal|höchstens|exactly|"
    r"only|about|almost|over|under|at[ ]+least|at[ ]+most)[ ]+)?"
    + _COUNT_NUMBER
    + r"[ \-]?"
    + _COUNT_UNIT,
    _I,
)
#: a rule's length or make-up where a value would stand: "min. 12 Zeichen", "four random
#: words", "mind. 16 zeichen" (round 61)
_RULE_COUNT = re.compile(
    r"(?:(?:min|max|mind)\.?[ ]*|(?:minimum|maximum|mindestens|höchstens|at[ ]+least)[ ]+)?"
    + _COUNT_NUMBER
    + r"(?:[ ]+[^\W\d_]{3,15}){0,2}?[ \-]?"
    + _COUNT_UNIT,
    _I,
)
# a field's label, its value after it: "… und Auftragsnummer AU-…", "Konto 4711 und Ticketnummer"
_FIELD_LABEL = re.compile(
    r"[^\W\d_]{2,}(?:nummer|number|nr|kennung|datum|adresse|address|bezeichnung|zeichen)", _I
)
# what masks a value on screen: "••••••••", "●●●●", "████"
_MASK_CHARS = frozenset(" •●∙·⋅*…-_.#█▒○◦x")
# runs of symbols (emoji), no letters or digits, ending the line
# a value of ASCII symbols only ending the clause: "!@#$%" (three kinds at least, so no
# "****", "---" or "?!")
_ASCII_SYMBOLS = re.compile(r"[!@#$%^&*+=~|<>\-_/\\]{4,32}(?=[ ]*(?:[\n.,;)]|\Z))")
# a dash opening a note, or a sentence's end and the next one's capital, after a value (not a
# question's mark: "x - or was it y? I'm not sure" is no value of its own)
# (a long dash is two spaces, a hyphen and two spaces once normalised)
_VALUE_ASIDE = re.compile(r"[ ]{2,}-[ ]{2,}|[ ]+--[ ]+|[.!][ ]+(?=[A-ZÄÖÜ])")
_SYMBOL_TOKEN = re.compile(r"(?:[^\w\s]|_){8,64}(?=\s|\Z)")
_SYMBOL_RUN = re.compile(r"(?:[^\w\s]{1,8}(?:[ ]+[^\w\s]{1,8})+|[^\w\s]{3,32})(?=[ ]*(?:\n|\Z))")


_TOKEN = re.compile(r"\S*")
# ``_TOKEN`` in the stdlib's engine (cheaper to call): the regex engine's ``\s`` is Unicode's
# White_Space, these characters exactly (checked over every code point); the stdlib's own
# ``\s`` also holds \x1c-\x1f. (The regex engine reads a negative position from the end.)
_TOKEN_STD = stdre.compile(
    "[^\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*"
)
# a quoted JSON key: '"hinweis":'
_JSON_KEY = re.compile(r"[\"'][^\"'\n]{0,64}[\"'][ ]*:")
_JSON_END = re.compile(r"[,}\]]")

# Round 32, weak values under a strong label. A label right before its value, joined by
# nothing but a colon, "=" or a copula ("Passwort: pwd", "password is 123", "pw ist jetzt
# X"), says "this is the password" so plainly that the value's shape need not: customers
# do use "123", "pwd" or a word. The value must still be one token of letters or digits
# that closes its clause, and none of the words a label is followed by in prose.
_TIGHT_CONN = re.compile(
    r"(?:[\"'][ ]*)?(?::|=|[ ]+(?:is|ist|lautet|war|was)(?:[ ]+(?:jetzt|now|nun|aktuell|"
    # "ist auch lager", "is literally just secret": a hedge between (round 39)
    r"currently|auch|also|literally|just|simply|einfach|nur|echt|still|immer[ ]+noch))*"
    r"[ ]*:?)[ ]*",
    _I,
)
# "Passwort in „Sonnenblume“ geändert", "Kennwort auf Fichte7 gesetzt": the value between
# "in/auf/zu" and the verb that changed the password into it
_CHANGED_INTO = re.compile(
    r"[ ]+(?:in|auf|zu)[ ]+(?:(?P<q>[„“\"'‚‘»«])(?P<qv>[^„“”\"'‚‘’»«\n]{1,40})[“”\"'‘’«»]"
    r"|(?P<v>[^\s,.;:!?„“\"'()]{3,64}))[ ]+(?:geändert|abgeändert|gesetzt|umgestellt)(?!\w)",
    _I,
)
_WEAK_TOKEN = re.compile(r"[^\W_]{3,64}")
# what closes the value's clause: the end of the line or text, a comma or semicolon, a
# sentence's full stop or "!", an aside in brackets or after a dash
_WEAK_END = re.compile(r"[ ]*(?:\n|\Z)|[,;]|[.!](?:[ ]|\n|\Z)|[ ]+[–—-][ ]|[ ]+\(")
# the next word after a bare value ("Passwort 123 für …") that counts it instead
_WEAK_UNIT = re.compile(
    r"[ ]+(?:mal|times|versuche\w*|zeichen|stellen|stellig\w*|ziffern|buchstaben|characters?|"
    r"chars?|digits?|letters?|symbols?|bytes?|bits?|attempts?|tries|tage\w*|days?|stunden|"
    r"hours?|minuten|minutes?|sekunden|seconds?|wochen|weeks?|monate\w*|months?|jahre\w*|"
    r"years?|euro|eur|dollar\w*|prozent|percent|leute|users?|nutzer\w*|accounts?|konten)(?!\w)",
    _I,
)
# a password word given as its own value ("The password is password.", "password pwd")
_ECHO_VALUES = frozenset("password passwort kennwort pwd passwd".split())
# Round 39: a plain word right after a password word goes on with "and it …", "und es …"
_PLAIN_WORD_GOES_ON = re.compile(
    r"[ ]+(?:and|und|but|aber)[ ]+(?:it|it's|its|es|that|das|then|dann|i|ich)(?!\w)|!+(?:[ ]|\Z)",
    _I,
)
# Round 46: … or the clause says the word fails as a password does, with the word as its
# subject ("Passwort Gartenzwerg geht seit dem Update nicht", "password lighthouse doesn't
# work", "Kennwort Sonnenschein wird abgelehnt"); a noun of the password's machinery there
# ("password field doesn't work", "Passwort Feld geht nicht") is in ``_NOT_PLAIN_VALUES``
# … the endings of a noun of an action, which after a password word is the head of a
# compound ("password authentication", "password verification", "Passwort Prüfung"); a
# lower-case English one is none after any label ("has password authentication.")
_ACTION_NOUN_ENDINGS = ("tion", "sion", "ment", "ung", "ance", "ence", "ing", "age")
_ACTION_NOUN_EN = ("tion", "sion", "ment")
_PLAIN_WORD_FAILS = re.compile(
    r"[ ]+(?:(?:also|still|now|again|auch|immer[ ]+noch|noch|jetzt|leider)[ ]+)?"
    r"(?:fails|failed|(?:does|did|will|is)[ ]*n['’]?o?t[ ]+(?:work|working|accepted)(?!\w)"
    r"|won['’]t[ ]+work|not[ ]+working|(?:is|was|gets|got)[ ]+rejected"
    r"|(?:geht|funktioniert|klappt)(?:[ ]+[^\W\d_]+){0,4}?[ ]+nicht"
    r"|wird[ ]+(?:(?:immer|leider|jetzt|nicht|auch)[ ]+)?"
    r"(?:abgelehnt|nicht[ ]+(?:akzeptiert|angenommen))"
    # … or asks to reset it: "password lighthouse please reset", "Kennwort x bitte ändern"
    r"|(?:please|pls|plz|bitte)[ ]+(?:reset|change|unlock|zurücksetzen|ändern|entsperren))"
    r"(?!\w)",
    _I,
)
#: What customers of other languages say of their password in their own words after the
#: label, as "Passwort: vergessen" (forgotten, lost, wrong, expired, don't know), or
#: the thanks they go on with ("my password: Ευχαριστώ πολύ for the help"):
#: Russian/Ukrainian, Polish, Turkish, Romanian, Greek, Spanish, Italian, Portuguese,
#: French. Local to ``_Finder.value`` (``words.STATE_WORDS`` feeds the learned stage).
_FOREIGN_STATES = frozenset(
    """
    забыл забыла забыли забув забула потерял потеряла неверный неправильный неверно
    незнаю сброшен сбросить истек истёк заблокирован
    zapomniałem zapomniałam zapomniane zapomniany błędne błędny nieprawidłowe
    unuttum unutdum unuttu yanlış yanlis hatalı hatali geçersiz gecersiz
    uitat uitată uitata greșită gresita greșit gresit expirat blocat
    ξέχασα ξεχασα λάθος λαθος έληξε ελήξε κλειδωμένος
    olvidé olvide olvidada olvidado incorrecta incorrecto equivocada caducada bloqueada
    dimenticata dimenticato sbagliata sbagliato scaduta bloccato
    esqueci esquecida errada expirada bloqueado
    oublié oubliée perdu incorrect expiré bloqué
    prea foarte слишком очень занадто дуже çok cok bardzo demasiado troppo molto trop très
    muito πολύ πολυ πάρα
    ευχαριστώ ευχαριστω спасибо дякую teşekkürler tesekkurler dziękuję dziekuje
    mulțumesc multumesc gracias grazie obrigado obrigada merci
    """.split()
)
# what follows a password word without being its value (besides the state and function
# words): what the password is for, its parts, a request, a judgement
# a screen's verdict on a password, in a phrase that holds the password word ("system say
# wrong password", "Passwort vergessen Button")
_VERDICTS = (
    frozenset(
        """
        wrong incorrect invalid expired rejected locked blocked forgot forgotten falsch
        ungültig abgelaufen abgelehnt gesperrt vergessen
        """.split()
    )
    | _FOREIGN_STATES
)
_NOT_PLAIN_VALUES = (
    frozenset(
        """
    recovery reminder hint hints protection generator strength complexity change changes
    update expiry expiration history rotation entry input issue issues problem problems
    question questions help request please bitte again nochmal erneut erst first twice
    hash hashes file files list vault store storage login logins account accounts user
    username users reuse sharing share manager managers reset policy field rules tip tips
    änderung eingabe hinweis hinweise wiederherstellung problem frage fragen hilfe
    abfrage schutz sicherheit stärke länge regeln vorgaben anforderungen datei liste
    geheim privat persönlich streng vertraulich anfordern vergeben schicken senden
    nötig notwendig benötigt verlangt gefragt abgefragt eingeben tippen
    good bad great terrible awful weird strange gone fine here there mine yours ours
    itself though tho tbh done fertig erledigt lautet lautete isch heißt heisst kommt folgt
    folgendes follows attempts attempt column combination migration pair pairs paar combo
    private personal confidential needed asked prompted typed entered reused shared
    protected required secret wrong
    feld box prompt dialog page seite screen link form formular button knopf sync autofill
    wechsel check prüfung validation validierung requirement requirements email mail
    """.split()
    )
    | _FOREIGN_STATES
)
_VERB_ENDINGS = ("ed", "ing")
#: A markup tag as a whole token ("</auth-user-pass>", "<br/>"): a file's structure, no value.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w.:\-]*/?>[.,;]?")
# the password words after which a plain word can be the value (English and German ones)
_PLAIN_LABELS = _EN_DE_PW_WORDS | frozenset(("pass",))
# how a password is kept, said after "is": "Mein Passwort ist geheim", "is private"
# what follows the first part of a value described piece by piece
_PLAIN_WORD_PART = re.compile(r"[ ]*,?[ ]*(?:then|dann|plus|\+)(?!\w)", _I)
# a word to get in with: "use x to log in / get into", "log in as user with x" (round 39)
_USE_TO_GET_IN = re.compile(
    r"(?<!\w)use[ ]+(?P<v>[^\W_][\w!#$%&*+?@^~§.\-]{2,40})[ ]+to[ ]+"
    r"(?:log[ ]?(?:in|on|into|onto)|sign[ ]?(?:in|on|into)|get[ ]+(?:in|into))(?!\w)"
    r"|(?<!\w)(?:log|sign)[ ]?in[ ]+as[ ]+[\w.@+\-]{2,64}[ ]+with[ ]+"
    r"(?P<v>[^\W_][\w!#$%&*+?@^~§\-]{2,40})(?=[ ,;.!?]|\Z)",
    _I,
)
# the means of signing in that "use x to log in" names instead of a password
_SIGN_IN_MEANS = frozenset(
    """
    email e-mail mail google apple facebook microsoft github gitlab twitter linkedin amazon
    chrome firefox safari edge browser incognito app phone mobile laptop tablet desktop vpn
    fingerprint biometrics face faceid touchid code codes token tokens otp totp 2fa mfa link
    key keys yubikey authenticator bitwarden 1password lastpass keepass okta duo
    password passwort credentials creds username user account admin root
    """.split()
)
# a user name or an address, not a password: "anna.schmidt", "ops@firma.de"
_LOWER_IDENT_OR_MAIL = re.compile(r"[a-z][a-z0-9]*[._][a-z0-9._]+|\S+@\S+")
_KEPT_SECRET = frozenset(
    "geheim privat vertraulich persönlich private personal confidential".split()
)
# a German participle with its prefix, in lower case: "hinterlegt", "vergeben", "erneuert"
_PREFIX_PARTICIPLE = re.compile(r"(?:ver|be|er|ent|zer|hinter|über|unter|ge)\w{2,}(?:t|en)")
_DE_LABELS = frozenset("passwort kennwort passwörter kennwörter".split())
# a password word used as a label: at the start, after a comma or colon, "with", a user's
# account ("username robin, password x", "mit Passwort x", "altes Konto Passwort x"; not
# "Benutzer Kennwort Verantwortlich", a table's header); round 46: after "has (the)",
# "hat (das)" ("the user has password x", "fred hat das Passwort x")
_LABEL_USE = re.compile(
    r"(?:\A|\n|[,:;(]|(?<!\w)(?:with|mit|and|und|konto|account)"
    r"|(?<!\w)(?:has|had|hat|hatte)(?:[ ]+(?:the|das))?)"
    r"[ ]*\Z",
    _I,
)
# a word "it" was set to: letters, a number glued on or not ("summer", "Hamburg2025")
_SET_WORD = re.compile(r"[^\W\d_]{3,30}\d{0,4}")
# … closed by a request after it: "set it back to summer please", "auf katze zurück"
_SET_WORD_CLOSE = re.compile(r"[ ]+(?:please|pls|plz|bitte|zurück|again|wieder)(?!\w)", _I)
# a message about signing in or a password (what a set word of the language needs)
_SIGN_IN_TALK = re.compile(
    r"(?<!\w)(?:pass(?:wor[dt])?|kennwort|pw|pwd|log[ \-]?in|login|sign[ \-]?in|anmeld\w*"
    r"|einlogg\w*|remember|merken|the[ ]+new[ ]+one|das[ ]+neue)(?!\w)",
    _I,
)
# "ist auch x", "ist also x": the value the same as another's, or concluded
_ALSO_BEFORE = re.compile(r"(?:auch|also)[ ]+(?=\w)", _I)
# chat shorthand a label is answered with when there is no value yet
_NO_VALUE_SHORTHAND = frozenset(
    "idk tbd tba asap lol plz pls thx thanks danke keine nichts weiß weiss unknown dunno "
    "egal same gleich dasselbe selbe".split()
)
# A group of four random characters (a digit in it, or both cases), as an application
# password is printed in groups: "Xk2m Qp9v Lr4t Zn8w Hy3c Bj7s"
_FOUR = r"(?:(?=[A-Za-z]{0,3}\d)|(?=[a-z0-9]{0,3}[A-Z])(?=[A-Z0-9]{0,3}[a-z]))[A-Za-z0-9]{4}"
_FOUR_GROUP = re.compile(_FOUR)
_FOUR_GROUPS_AFTER = re.compile(rf"(?:[ ]{_FOUR}){{3,7}}(?![^\s.,;:!?)\"'])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# what may follow a closing quote (else the quote is inside the value)
_AFTER_QUOTE = frozenset(" \n,;:.!?)]}>/\"'")
# A value fetched from the environment with a literal fallback: the literal is hard-coded
# ("env['DB_PASS'] ?: 'x'", "os.getenv('PW', 'x')", "process.env.PW || 'x'", "${PW:-x}")
_FALLBACK = re.compile(
    r"[A-Za-z_][\w.]*(?:\[[^\]\n]{1,60}\]|\([^()\n]{1,60}\))?[ ]*(?:\?:|\?\?|\|\||or)[ ]*(?=[\"'])"
    r"|[A-Za-z_][\w.]*\([ ]*[\"'][\w.\-]{1,60}[\"'][ ]*,[ ]*(?=[\"'])"
    r"|\$\{[A-Za-z_]\w*:-(?=[^}\s]+\})"
)


def _token_at(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-free token starting at ``pos`` (empty at a space or the end)."""
    m = (_TOKEN_STD if pos >= 0 else _TOKEN).match(text, pos)
    return pos, m.end() if m is not None else pos


def _char_before(text: str, pos: int, skip: str) -> str:
    """The last character before ``pos`` that is not in ``skip`` ('' at the start)."""
    i = pos - 1
    while i >= 0 and text[i] in skip:
        i -= 1
    return text[i] if i >= 0 else ""


_BRACKET_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop sentence punctuation glued to a value (``hunter2.``), keep ``!`` and ``?``."""
    while start < end and text[start] in "(\"'“„‘«[<":
        start += 1
    while end > start and text[end - 1] in ".,;:)]}>\"'“”’»":
        close = text[end - 1]
        if close in _BRACKET_PAIRS and _BRACKET_PAIRS[close] in text[start + 1 : end - 1]:
            break  # "test[123]", "test(abc)": the bracket closes one inside the value
        end -= 1
    return start, end


# pronouns and words written with a capital anywhere in a sentence: no sign of a name
_CAPITAL_ANYWHERE = frozenset({"i", "i'm", "i'll", "i've", "i'd", "sie", "ihr", "ihre", "ihnen"})


def _titled_word(token: str) -> bool:
    """A word of letters that starts with a capital and is no word always written so."""
    return (
        token[:1].isupper()
        and token.isalpha()
        and len(token) >= 2
        and token.lower() not in _CAPITAL_ANYWHERE
        and not token.isupper()
    )


def _status_phrase(cores: list[str]) -> bool:
    """The phrase states how the password is ("zu kurz …", "falsch laut …"), no value."""
    lead = 1 if len(cores) > 1 and cores[0] in _INTENSIFIERS else 0
    if cores[lead] not in words.STATE_WORDS:
        return False
    nxt = cores[lead + 1] if len(cores) > lead + 1 else ""
    return bool(lead) or nxt in _PREPOSITION_LEAD or nxt in _REPORTING


_INSTRUCTION_VERBS = frozenset(
    """
    put enter insert paste type fill replace add write set eintragen einfügen einsetzen
    eingeben ersetzen schreiben hinterlegen
    """.split()
)
_INSTRUCTION_MARKS = frozenset("here hier your yours dein deine ihr ihre euer eure".split())


# participles and auxiliaries after a state word: "leer gelassen worden", "blank left"
_LEFT_SO = frozenset("gelassen worden geblieben wurde ist left kept stayed remained".split())


#: how a password is written or what it equals, said in its value's place: its case
#: ("alles klein", "all lowercase"), another value it repeats ("das gleiche wie beim
#: Login", "the same as for the shop"), the rules it meets ("erfüllt alle Regeln"), what
#: kind it is ("a long passphrase with spaces")
#: a formal address's clause where a value would stand ("WPA-Key: erhalten Sie
#: persönlich im Büro"): a sentence to the reader, no value
_FORMAL_CLAUSE = re.compile(r"[a-zäöü]+(?:en|t)[ ]+Sie(?![\w])")
_SAID_HOW = re.compile(
    r"(?i)(?:(?:alles|all|nur|only|komplett|ganz|completely)[ ]+(?:klein|gro(?:ß|ss)|lower|"
    r"upper|caps|small)\w*(?:[ ]+(?:geschrieben|case|letters|buchstaben))?"
    # (the case said, then its end or more about it: "alles klein waldmeister" gives a value)
    r"(?=[ ]*(?:[,.;!?)]|\Z)|[ ]+(?:mit|with|ohne|without|und|and)(?!\w))"
    r"|(?:(?:das|der|die)[ ]+)?(?:gleiche|selbe)[ ]+(?:[A-ZÄÖÜ][^\W\d_]+[ ]+)?wie|dasselbe[ ]+wie|"
    r"(?:the[ ]+)?same[ ]+as|(?:erfüllt|meets|fulfils|fulfills|entspricht)[ ]+(?:alle|all|den|"
    r"the|die)\b|(?:a|an|ein|eine)[ ]+(?:long|short|random|lange[sr]?|kurze[sr]?|zufällige[sr]?)"
    r"[ ]+(?:pass|sentence|satz|phrase|string|zeichenkette|kennw|passw))"
)


def _said_state(phrase: str) -> bool:
    """An adverb, then a state word or a participle ("absichtlich leer", "extra
    weggelassen", "deliberately blank"): what the password is, not what it says."""
    parts = phrase.split()
    if len(parts) >= 2 and parts[0] in _PROGRESSIVE_STATES:
        return True  # "my pass is expiring 30 Nov": what it is doing (round 59)
    if (
        len(parts) >= 2
        and parts[0].lower() in _SINCE_WORDS
        and _PARTICIPLE.fullmatch(parts[-1].strip(".,;:!?)").lower()) is not None
    ):
        return True  # "(zuletzt Herbst 2024 geändert)": when it was last changed (round 59)
    if len(parts) >= 3 and parts[0].lower() in _COUNT_WORDS and _MADE_OF.search(phrase) is not None:
        return True  # "is three words with dashes", "sind zwei Wörter": how it is made
    if len(parts) == 2 and parts[0].lower() in _COUNT_WORDS and _MADE_OF_UNITS.fullmatch(parts[1]):
        return True  # "Das Passwort sind vier Wörter", "is four words": its count of words
    if (
        len(parts) >= 2
        and parts[0].lower() in _JUDGING_WORDS
        and all(p.lower() in _LEFT_SO for p in parts[1:])
    ):
        return True  # "ist leer gelassen worden", "was left empty": its state, how it came
    if len(parts) != 2 or parts[0].lower() not in _STATE_ADVERBS:
        return False
    last = parts[1].strip(".,;:!?").lower()
    return last in _JUDGING_WORDS or _PARTICIPLE.fullmatch(last) is not None


#: What a password is doing, in the words of a progressive (lower case: "Expiring2026" may
#: be a value)
_PROGRESSIVE_STATES = frozenset(
    "expiring failing pending working loading syncing changing resetting updating".split()
)
#: When it was changed last: "zuletzt im Mai geändert", "last changed in May"
_SINCE_WORDS = frozenset("zuletzt last seit since erst vor".split())


# Round 33: what a password word's "value" says about it rather than gives: a hint with
# most of it masked ("S*****4"), "left blank/empty/null", a task's state ("done."), and
# a comparison about passwords in general ("Passwörter sind sicherer, wenn …")
_MASKED_HINT = re.compile(r"[*•●]{3,}")
_LEFT_STATE = re.compile(
    r"(?i)(?:left|gelassen)[ ]+(?:blank|empty|null|out|unset|leer|frei)(?![\w])"
)
_DONE_WORDS = frozenset("done erledigt fertig gemacht".split())
_POSSESSIVES = frozenset("ours mine yours theirs unsere unserer meins deins eures".split())
_WORD_NEXT = re.compile(r"[ ]+[^\W\d_]{2,}")
_DONE_END = re.compile(r"[ ]*(?:[.!;,]|\n|\Z)")
_PLURAL_LABEL = re.compile(r"(?i)(?:passw(?:ö|oe)rter|kennw(?:ö|oe)rter|passwords)\Z")
_GENERAL_COPULA = re.compile(r"(?i)[ ]+(?:sind|are)[ ]+\Z")


# A value that opens on a run of mask characters alone ("******** steht da nur", "•••• is
# all I see"): the masked field, and words said about it.
_MASK_RUN_FIRST = re.compile(r"[*•●·]{3,}(?:\s|\Z)")


#: how a password differs or stands, said where its value would be
_HOW_IT_IS = frozenset(
    """
    anders different länger longer kürzer shorter stärker stronger sicherer safer komplexer
    ablaufend auslaufend abgelaufen
    """.split()
)


#: how the value will come, said where it would stand
_HOW_IT_COMES = frozenset("kommt folgt comes follows ask frag fragt erfragen".split())
#: a format named right before a value: "im Format …", "in the format", "pattern:"
_FORMAT_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:format|formats|schema|muster|pattern)[ ]*(?:wie|like|:)?[ ]*\Z"
)
#: a space and a word after a value
_WORD_AFTER = re.compile(r"[ ]+[^\W\d_]")
#: where it is kept, said where it would stand ("in 1Password", "im Tresor")
_WHERE_IT_IS = frozenset("in im under unter bei".split())
#: the label's separator, then an aside in brackets before the value found
_ASIDE_BEFORE = re.compile(r"[ ]*[:=]?[ ]*\([^()\n]{1,40}\)[ ]+")


def _status_value(text: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """Is the value found after the password word at ``start:end`` only something said
    about a password (``_MASKED_HINT`` and the patterns after it), not one?"""
    value = text[span[0] : span[1]]
    if _MASKED_HINT.search(value) and sum(c.isalnum() for c in value) <= 2:
        return True  # "S*****4": the hint screen's first and last character
    if _LEFT_STATE.match(text, span[0]):
        return True  # "(left blank, I use SSO)", "was left null by the import"
    word = value.strip(".,;:!?()").lower()
    said = value.split()
    first = said[0] if said else ""
    low = first.strip(".,;!?()").lower()
    if low in _HOW_IT_IS and not first.endswith(":"):
        return True  # "lautet jetzt anders", "ist jetzt länger", "ist ablaufend" (round 61)
    kept_in = said[1][:1] if len(said) > 1 else ""
    if low in _WHERE_IT_IS and (kept_in.isupper() or kept_in.isdigit()):
        return True  # "is in 1Password under …", "liegt im KeePass": where it is kept
    if " " in value and _ASIDE_BEFORE.fullmatch(text, end, span[0]) is not None:
        return True  # "Password: (unchanged) Still 401 …": the aside said it (round 61)
    if word in _POSSESSIVES and _WORD_NEXT.match(text, span[1]):
        return True  # "for api_key and password - ours shows *** instead": a new clause
    if word in _DONE_WORDS and _DONE_END.match(text, span[0] + len(value.rstrip(".,;:!?"))):
        return True  # "set a new password: done."
    return (
        _PLURAL_LABEL.search(text, 0, end) is not None
        and _GENERAL_COPULA.search(text, end, span[0]) is not None
        and value.islower()
        and value.endswith("er")
        and word in words.dictionary()
    )


def _instruction(phrase: str) -> bool:
    """Words telling what to fill in ("put clear text here only for testing", "hier dein
    Passwort eintragen"): a placeholder's text, not a passphrase."""
    parts = [p.strip(".,;:!?()\"'").lower() for p in phrase.split()]
    return (
        len(parts) >= 3
        and any(p in _INSTRUCTION_VERBS for p in parts)
        and any(p in _INSTRUCTION_MARKS for p in parts)
    )


def _stem(token: str) -> str:
    """The letters before a token's number: "Paddington" of "Paddington2024!"."""
    return token.lower().rstrip("!?#$%&*+.,;:_-0123456789")


def _variant(token: str, found: str) -> bool:
    """``token`` is ``found`` with another number ("tried Fenwick01 and Fenwick02"): a
    variant of a found password, tried alongside it."""
    stem = _stem(token)
    return (
        len(stem) >= 4
        and stem == _stem(found)
        and any(c.isdigit() for c in token)
        and words.likeness(token) >= words.STRONG
    )


def _reported(token: str) -> bool:
    """A reporting verb ("sagt", "sagt's", "steht", "says"): the words before it are
    what a form or a person says."""
    low = token.lower().replace("’", "'").strip('.,;:!?"')
    return low.split("'")[0] in _REPORTING


#: Words that join values sent before ("these together are the password", "beides
#: zusammen ist das Passwort"): never a value of their own.
_JOINING = frozenset("together combined zusammen zusammengesetzt both beide beides".split())
#: A pronoun pointing at a value sent before: "the first one was the password", "that one
#: is my pin" (the value is elsewhere, the pronoun is none).
_POINTING_ONE = frozenset("one ones letzteres ersteres letztere erstere latter former".split())
#: Nouns that end like an adjective or participle ("-ly", "-ing", "-ling", "-ed"), common as
#: passwords: after "is" they are the value, not what the password is like.
_INSEPARABLE_PARTICIPLE = re.compile(r"(?:be|ver|er|ent|zer|hinter|emp|miss)[a-zäöüß]{3,}t")
_SUFFIX_NOUNS = frozenset(
    """
    family lily jelly holly molly kelly emily sally billy polly dolly teddy bunny
    spring pudding darling sibling dumpling starling sterling viking offspring
    thanksgiving lightning morning evening wedding
    schmetterling frühling fruehling liebling zwilling lehrling sperling hering häuptling
    hundred seaweed steed creed greed speed hatred
    """.split()
)


def _named_in_address(user: str, word: str) -> bool:
    """Is ``word`` a capitalised name that the login ``user``'s address holds in small
    letters ("anna.berg@x.de" and "Anna")? (Same letters in the same case are a user and its
    password alike: "admin/admin", round 25.)"""
    local = user.partition("@")[0]
    if not (word.isalpha() and word.istitle() and len(word) >= 3) or word in local:
        return False
    return word.lower() in re.split(r"[._\-+]", local.lower())


def _denied_state(value: str) -> bool:
    """A value that opens with a dictionary word denying a state, then a function word
    ("unverändert seit 2022", "unchanged since setup"; not "unlimited power 77"; alone
    after a colon it stays a value, round 25: "Passwort: unverändert")."""
    said = value.split()
    head = said[0].strip(".,;:!?").lower()
    if _NEGATED_STATE.fullmatch(head) is None or words.likeness(head) != words.WORD:
        return False
    return len(said) > 1 and said[1].lower() in words.FUNCTION_WORDS


#: "only" before what a password is made of ("nur Kleinbuchstaben", "only digits")
_ONLY_BEFORE = re.compile(r"(?i)(?<!\w)(?:nur|only|just|lauter|all)[ ]+\Z")


def _made_of(text: str, start: int, end: int) -> bool:
    """A value of the words a password is made of, after "only" ("nur Kleinbuchstaben",
    "only digits and dots"): how it is made, no value (round 60)."""
    if _ONLY_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    said = [words.trim(w).lower() for w in text[start:end].split()]
    return all(w in _PART_WORDS or w in ("und", "and") for w in said)


def _descriptive(core: str) -> bool:
    """A dictionary word shaped like an adjective or participle: talk about a password
    (not an identifier of words: ``should_be_scrubbed``)."""
    if "_" in core:
        return False
    low = core.lower()
    if low in _SUFFIX_NOUNS or low.endswith("fly"):
        return False  # "my pw is butterfly", "Passwort ist Schmetterling": nouns, values
    # the suffix needs a stem before it: "bar" alone is a word, "machbar" an adjective
    suffixed = any(low.endswith(x) and len(low) >= len(x) + 3 for x in _PHRASE_SUFFIXES)
    if suffixed or (low.startswith("ge") and low.endswith(("t", "en"))):
        return True
    # a German participle of a verb with an inseparable prefix, written in lower case (a
    # noun would be capitalised): "ist hinterlegt", "ist verschlüsselt", "ist bestätigt"
    return core.islower() and _INSEPARABLE_PARTICIPLE.fullmatch(low) is not None


#: Nouns naming what a password is made of (a name, a year, a birthday, initials): in a
#: phrase of words after an article or joined by "plus", the phrase is the recipe, not the
#: value ("der Name meines Hundes plus Geburtsjahr", "firstname plus birthday"; round 37).
_RECIPE_NOUNS = frozenset(
    """
    name names firstname lastname surname nickname username birthday birthdate birthyear
    year years initials date vorname nachname spitzname benutzername geburtstag geburtsjahr
    geburtsdatum jahr jahreszahl initialen datum
    """.split()
)
#: German compounds ending in one ("Hundename", "Mädchenname", "Baujahr")
_RECIPE_TAILS = ("name", "namen", "jahr", "datum")
_RECIPE_LEADS = frozenset(
    "the my his her our their der die das den dem des mein meine meines meinem meinen "
    "sein seine seines ihr ihre ihres unser unsere unseres".split()
)
_RECIPE_JOINS = frozenset("plus + and und then dann followed gefolgt with mit &".split())
#: Irregular English participles that say where a value is ("shown in the app")
_WHERE_PARTICIPLES = frozenset(
    "shown written kept stuck hidden given left put taped printed stored saved".split()
)


#: A number written out as placeholders but its last digits ("xxxx-xxxxxx-x0005", "XXXX
#: XXXX XXXX 1234"): a masked card or account, shown so on purpose
_PLACEHOLDER = re.compile(r"(?:[xX*•]{2,}[\-. /]){1,5}[xX*•]{0,6}\d{0,4}")


_NULL_WHERE = _WHERE_PREPOSITIONS | {"from", "for", "aus", "für", "of", "von"}
_RULE_MODALS = frozenset(
    "must cannot can't cant can may should need needs require requires muss müssen darf "
    "dürfen kann können sollte sollten braucht brauchen".split()
)
_SAMPLE_WORDS = frozenset("example sample dummy placeholder beispiel muster platzhalter".split())


def _described_not_given(text: str, start: int, end: int) -> bool:
    """A phrase of words (no digit, no sign but "+") that describes a password instead of
    being one: a recipe naming its parts ("the project name in the portal", "der Hundename
    plus Jahr", "firstname plus birthday"), or a participle saying where it is ("printed on
    the router", "shown in the app"). Passphrases name no such part ("the quick purple
    otter", "Der Hund bellt um Mitternacht") and a recipe's parts are no value."""
    value = text[start:end]
    if " " not in value:
        return _PLACEHOLDER.fullmatch(value) is not None
    if any(c.isdigit() for c in value):
        return False
    tokens = [t.strip("\"'„“”‘’«»,.;:!?()").lower() for t in value.split()]
    if not 2 <= len(tokens) <= 8 or not all(t.isalpha() or t in ("+", "&") for t in tokens):
        return False
    first = tokens[0]
    if words.is_null(first) and tokens[1] in _NULL_WHERE and not _kind(first):
        return True  # "password = NULL in the config": no value, then where it stands
    if _kind(first) == "pw" and tokens[1] in _RULE_MODALS:
        return True  # "'Passwords cannot contain whitespace'": a rule's text, quoted
    if any(t in _SAMPLE_WORDS for t in tokens) and any(_kind(t) == "pw" for t in tokens):
        return True  # "if my password was 'example password'": a sample, named so
    if value[0] == "(" and value[-1] == ")":
        return True  # "pw: (sending separately)": an aside about the value, not the value
    if (
        tokens[1] in _WHERE_PREPOSITIONS
        and len(first) >= 5
        and (
            first in _WHERE_PARTICIPLES
            or first.endswith("ed")
            or (first.startswith("ge") and first.endswith(("t", "en")))
        )
    ):
        return True  # "printed on the router", "gespeichert im Browser": where it is
    nouns = [i for i, t in enumerate(tokens) if t in _RECIPE_NOUNS or t.endswith(_RECIPE_TAILS)]
    if not nouns:
        return False
    for i in nouns:
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after and after not in _RECIPE_JOINS and after not in words.STOP_WORDS:
            if words.likeness(after) >= words.PLAIN:
                return False  # "username jcarter": a label and its value, not a recipe
    return first in _RECIPE_LEADS or any(t in _RECIPE_JOINS for t in tokens[1:])


#: Ordinals: "the second one was my password" points at a message sent before
_ORDINALS = frozenset(
    """
    first second third fourth last previous other next erste zweite dritte vierte letzte
    vorige vorherige andere nächste
    """.split()
)
#: "the one I want to use is a passphrase" (a verb after "to"), "kein plan was mein pass
#: is" (a noun after "no"): the word before "is my password" is no value
_NOT_A_VALUE_BEFORE = frozenset("to zu kein keine keinen no".split())
_DEMONSTRATIVES = frozenset(
    "the this that these those der die das dem den des dies diese dieser dieses jene "
    "jener jenes".split()
)


def _points_back(window: str, offset: int, start: int) -> bool:
    """The dictionary word at ``window[start:]`` (before "war mein Passwort") is a phrase
    pointing at what was sent before, not a value: an ordinal ("das zweite war mein
    Passwort"), a noun after an ordinal or a demonstrative ("that first thing was my
    password"), or after a state word ("falsches Fenster, war mein Passwort"; round 37)."""
    end = start
    while end < len(window) and not window[end].isspace():
        end += 1
    word = window[start:end].strip(".,;:!?\"'").lower()
    if _inflected(word) in _ORDINALS:
        return True
    before = window[:start].rstrip()
    if not before or before[-1] in ".!?\n":
        return False
    prev = before.rsplit(None, 1)[-1].strip("\"'(").lower()
    stem = _inflected(prev)
    return (
        stem in _ORDINALS
        or prev in _DEMONSTRATIVES
        or prev in _NOT_A_VALUE_BEFORE
        or stem in words.STATE_WORDS
    )


def _inflected(word: str) -> str:
    """A German adjective's or ordinal's stem ("zweiten" -> "zweite", "falsches" ->
    "falsch"): the ending dropped when what is left is known."""
    if word in _ORDINALS or word in words.STATE_WORDS:
        return word
    for ending in ("es", "er", "en", "em", "e"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if stem in words.STATE_WORDS:
                return stem
            if stem + "e" in _ORDINALS:
                return stem + "e"
    return word


def _emphasis_only(text: str, start: int, end: int) -> bool:
    """A span whose signs are markdown emphasis only, around a word that is no password: a
    state, function, password or user word in bold or starred ("**required**", "*password"),
    or one word of a longer bold phrase ("**Account → Security**": the markers on one side
    only)."""
    if text[start] not in "*_" and text[end - 1] not in "*_":
        return False
    value = text[start:end]
    core = value.strip("*_\"'“”")
    if not core.isalpha():
        return False
    if core.lower() in words.STOP_WORDS or _kind(core.lower()) in ("pw", "user"):
        return True  # ("*password": a chat's correction of a word, no value)
    # one side only, a bold marker whose partner closes or opens on the same line
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if value.startswith(("**", "__")) and not value.rstrip("\"'“”").endswith(("*", "_")):
        return value[:2] in text[end:line_end]
    if value.rstrip("\"'“”").endswith(("**", "__")) and not value.startswith(("*", "_")):
        return value.rstrip("\"'“”")[-2:] in text[line_start:start]
    return False


# Round 40: a password's key in code or configuration, its connector, then a quoted
# literal: 'password: "secret"', '"pwd": "SECRET"', "'mypasswd' => 'hello'", '#define
# HTTP_PASSWORD "admin"', 'rcon_password "admin"' (a key joined by "_", "." or a hump may
# take its literal after a blank, as C defines and game servers' cvars do). The literal is
# the value whatever word it is; not a null, a state, a template or a slot's name.
_CODE_KEY_BEFORE = re.compile(
    r"(?:(?<![\w.\-])|(?<=\$))(?P<key>[A-Za-z_][\w.\-]{0,60})[\"']?"
    r"(?:[ \t]*(?:=>|:=|[:=])|(?P<sp>(?<![\"'])[ \t]))[ \t]*\Z"
)
#: literal words a config assigns as its password although they name one
_LITERAL_WORDS = frozenset("secret password passwort kennwort passwd pwd pw pass geheim".split())
#: a slot's name in capitals: "WIFI-PASSWORD", "NEW_PASSWORD", "DB_PASS" (no value)
_SLOT_NAME = re.compile(r"[A-Z]+(?:[_\-][A-Z]+)+")
_LITERAL_SHAPE = re.compile(r"[^\s\"'`]{2,64}")


def _names_secret_slot(name: str) -> bool:
    """``WIFI-PASSWORD``, ``MQTT_PASS``: a name in capitals whose last part is a secret's."""
    last = re.split(r"[_\-]", name)[-1].lower()
    return last in _LITERAL_WORDS or last in ("key", "token", "psk")


def _code_literal(text: str, pos: int, inner: str) -> bool:
    """A quoted literal at ``pos`` that a password key assigns (``_CODE_KEY_BEFORE``)."""
    if _LITERAL_SHAPE.fullmatch(inner) is None:
        return False
    low = inner.lower()
    if low not in _LITERAL_WORDS and (
        words.is_null(inner)
        or low in words.STATE_WORDS
        or (len(low) <= 4 and low in words.FUNCTION_WORDS)  # '"the"', '"it"': prose quoted
        or words.is_non_secret_shape(inner)
        or _SLOT_NAME.fullmatch(inner) is not None
    ):
        return False
    if _SLOT_NAME.fullmatch(inner) is not None and "_" in inner:
        return False  # "DB_PASS": a name read elsewhere, not the literal
    m = _CODE_KEY_BEFORE.search(text, max(0, pos - 64), pos)
    if m is None:
        return False
    key = m.group("key")
    kind = _kind(key.lower()) or _camel_kind(key)
    if kind not in ("pw", "pwkey", "pass"):
        return False
    if m.group("sp") is not None:
        # after a blank only a key of code: joined parts ("HTTP_PASSWORD", "rcon_password")
        return kind == "pwkey" and _PARAMETER_KEY.fullmatch(key) is not None
    return True


class _Finder:
    """One message's search; collects ``(start, end)`` spans of password values."""

    #: ``steps`` yields at fine points too (between rules, per span judged): set for a long
    #: text redacted on an event loop; a short one's search runs in one go and pays nothing
    fine = False

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        #: where the cell of the key being read ends (``_cell_bound``): no value beyond it
        self.bound = len(text)

    def add(self, start: int, end: int) -> None:
        if start >= self.bound:
            return  # a later cell's value ("Kennwort: siehe KeePass | Stand: 10/2025")
        if end > self.bound:
            end = self.bound  # "Kennwort: x | Stand: …": the value ends with its cell
        if self.text.startswith(("-", "="), start) and _SHELL_DEFAULT.search(self.text, 0, start):
            start += 1  # "${PG_PASS:-x}": the shell's default is the value, not its operator
        if (
            start > 2
            and self.text[start - 1] in "-="
            and _SHELL_DEFAULT.search(self.text, 0, start - 1)
            and words.likeness(self.text[start:end]) < words.WORD
        ):
            return  # "${PG_PASS:-changeme}": a placeholder word as the default (round 59)
        if end > start:
            if end - start == 4 and _FOUR_GROUP.fullmatch(self.text, start, end):
                # the first of an application password's groups ("Xk2m Qp9v Lr4t Zn8w Hy3c
                # Bj7s", WordPress's six): the value is the whole run (round 35)
                run = _FOUR_GROUPS_AFTER.match(self.text, end)
                end = run.end() if run is not None else end
            self.spans.append((start, end))

    # -------------------------------------------------------------- values
    def quoted(self, pos: int) -> tuple[int, int] | None:
        text = self.text
        if pos >= len(text) or text[pos] not in _QUOTES:
            return None
        close = _QUOTES[text[pos]]
        stop = text.find("\n", pos)
        limit = min(len(text), pos + 130, stop if stop >= 0 else len(text))
        end = text.find(close, pos + 1, limit)
        if end < 0 and close != text[pos]:
            end = text.find(text[pos], pos + 1, limit)
        while end > pos + 1 and end + 1 < limit and text[end + 1] not in _AFTER_QUOTE:
            # "{'adminPass':'TL0E'fN33'}": a quote inside the value, the next one closes it
            nxt = text.find(close, end + 1, limit)
            if nxt < 0:
                break
            end = nxt
        if end == pos + 1:
            return (pos, pos)  # '"password": ""': an empty value, nothing to mask
        if end < pos + 1:
            return None
        inner = text[pos + 1 : end].strip()
        low = inner.lower()
        if low in _URL_WORDS and _char_before(text, pos, " ") == "=":
            return pos + 1, end  # 'EMAIL_PASSWORD = "secret"': code assigns that literal
        if _code_literal(text, pos, inner):
            return pos + 1, end  # 'password: "secret"', '#define HTTP_PASSWORD "admin"'
        if low in words.STOP_WORDS or words.is_non_secret_shape(inner) or len(inner) < 2:
            return (pos, pos)  # a quoted non-secret: handled, nothing to mask
        if _SLOT_NAME.fullmatch(inner) is not None and _names_secret_slot(inner):
            return (pos, pos)  # '"WIFI-PASSWORD"': a template's slot named in capitals
        parts = low.split()
        if 2 <= len(parts) <= 3 and parts[0] in _POINTER and not any(c.isdigit() for c in inner):
            return (pos, pos)  # '"siehe Tresor"', "'see vault'": where it is, quoted
        if len(parts) >= 3 and parts[0] in _VAGUE and not any(c.isdigit() for c in inner):
            # '"irgendwas mit dem Firmennamen"', '"something with my dog\'s name"': how it
            # is made, said vaguely; no value (round 25)
            return (pos, pos)
        if (
            len(parts) >= _SCREEN_WORDS
            and any(words.trim(t) in _ADDRESSING for t in parts)
            and sum(words.trim(t) in words.FUNCTION_WORDS for t in parts) >= _SCREEN_FUNCTION
        ):
            # "'We sent a code to your phone ending in 19'": a screen's sentence to its
            # reader, quoted; no passphrase speaks to anyone in so many small words
            return (pos, pos)
        if 1 < len(parts) <= 6 and _quoted_judgement(parts):
            # "told me my password is 'too simple'", "was 'probably wrong'", "ist „das
            # übliche“": what someone said of it or a stand-in for it, quoted; no value
            return (pos, pos)
        if 1 < len(parts) <= 4 and sentence_reading.quoted_status(inner):
            # 'is "invalid token"', "'Anmeldung fehlgeschlagen'", '"keeps failing"': a
            # screen's status or a sentence quoted, no value
            return (pos, pos)
        if (
            1 < len(parts) <= 3
            and any(_kind(words.trim(t)) in ("pw", "pwkey") for t in parts)
            and all(_kind(words.trim(t)) or words.trim(t) in _BUTTON_WORDS for t in parts)
            and not any(c.isdigit() for c in inner)  # '"my passw0rd"': the word made a value
        ):
            return (pos, pos)  # "'Passwort vergessen'", '"Reset password"': a button's label
        return pos + 1, end

    def value(
        self,
        pos: int,
        need: int,
        *,
        keyed: bool = False,
        hop: bool = True,
        loose: bool = False,
        shouted: bool = False,
    ) -> tuple[int, int] | None:
        """The value starting at ``pos`` if it is password-like enough (``need``).
        ``shouted``: the password word is in capitals, so capitals say nothing about the
        value (``PASSWORT IST FRUEHLING2025`` is no reference such as ``RE2025``)."""
        text = self.text
        if text.startswith(_OWN_MASKS, pos):
            return None  # masked already: nothing to judge
        if text.startswith(("WIFI:", "wifi:"), pos):
            return None  # a Wi-Fi QR string: ``structured`` takes its "P:" field, nothing else
        # every ``_FALLBACK`` branch needs a quote after ``pos`` or starts with "${"
        maybe_fallback = text.startswith("${", pos) or text.find('"', pos) >= 0
        fallback = (
            _FALLBACK.match(text, pos) if maybe_fallback or text.find("'", pos) >= 0 else None
        )
        if fallback is not None:
            pos = fallback.end()
            if text[pos - 1] == "-":  # ${PW:-x}
                return pos, text.index("}", pos)
        q = self.quoted(pos)
        if q is not None:
            return q if q[1] > q[0] else None
        if text.startswith("<", pos) and _ANGLE_PLACEHOLDER.match(text, pos):
            return None  # "Password=<insert password here>": a placeholder in brackets
        start, end = _token_at(text, pos)
        if end <= start:
            return None
        if keyed:
            if text[start] in "{[":
                return None  # '"changePassword": {"adminPass": …}': an object, not a value
            cut = _NEXT_PAIR.search(text, start, end)
            if cut is None and _char_before(text, start, " :=") in ('"', "'"):
                # an unquoted JSON value ends at the next comma or bracket: '"pw":null,"x":1'
                cut = _JSON_END.search(text, start, end)
            if cut is not None:
                end = cut.start()
            elif end - start > 1 and text[end - 1] in ",;" and text.startswith(" ", end):
                end -= 1  # "set X_PASSWORD=yes, where …": the sentence's comma, not the value's
        token = text[start:end]
        if (
            keyed
            and text[start - 1 : start] == " "
            and _NEXT_KEY.fullmatch(token) is not None
            and _char_before(text, start, " ") == "="
        ):
            return None  # "pass= port=21": the value left empty, then the next key's pair
        if token[:1] == "(" and _PAREN_NOTE.match(text, start) is not None:
            return None  # "password = (entfernt)", "pw: (see vault)": a note in brackets
        if _COUNT.match(text, start) is not None:
            return None  # "ist 16 Zeichen lang und enthält ein ß": its length, no value
        if _ROUGHLY.match(text, start) is not None:
            return None  # "its score is around 9", "ist ungefähr 12": a measure, no value
        if token[-1:] == "." and _NUMBER_LABEL.fullmatch(token) and _SPACE_DIGIT.match(text, end):
            return None  # "Kd.-Nr. 30218874", "Tel. 0301…": an abbreviated label, then its number
        if self._says_where(start, end):
            return None  # "Kennwort: liegt im Tresor", "pw: is on the sticky note"
        if text.startswith(" ", end) and token.lower().strip("\"'“„‘(") in _PREPOSITION_LEAD:
            return None  # "ist laut Export leer", "is per the docs": a preposition's phrase
        if token[:1] == "<" and _MARKUP_TAG.fullmatch(token) is not None:
            return None  # "password\n</auth-user-pass>": a markup tag closing a block
        if token.startswith("//") and start > 0 and text[start - 1] == ":":
            return None  # the rest of a URL ("https" read as a key)
        core = words.trim(token)
        if text.startswith(" ", end) and core.lower() in _ADDRESSEE:
            return None  # "geändert auf Ihren Rat hin": the reader's own, a phrase's start
        if words.is_algorithm(core):
            return None  # "gespeichert? (bcrypt/argon2?)": how passwords are hashed, no value
        if "(" in token and _ENV_READ.search(token) is not None:
            return None  # "DB_PASSWORD=os.Getenv(…)", "pw = getenv('PW')": read at run time
        if core.lower() in _STATE_ADVERBS and text.startswith(" ", end):
            after = _NEXT_TOKEN.match(text, end)
            if after is not None and (
                after.group(1).lower() in _JUDGING_WORDS
                or _PARTICIPLE.fullmatch(after.group(1)) is not None
            ):
                return None  # "ist absichtlich leer", "hab ich extra weggelassen": its state
        if text.startswith(" ", end) and core.isalpha() and core.islower() and not keyed:
            after = _JUDGED_NEXT.match(text, end)
            if (
                after is not None
                and after.group(1).lower() in _JUDGING_WORDS
                and words.likeness(core) == words.WORD
            ):
                return None  # "ist definitiv richtig", "is really simple.": a word and a state
        if core.lower() in _KEPT_SECRET and not keyed and not text.startswith(("'", '"'), end):
            return None  # "Mein Passwort ist geheim, ja ich weiß": how it is kept, no value
        if core.lower() in _FOREIGN_STATES and _char_before(text, start, " ") != "=":
            return None  # "Пароль: забыл", "şifre: unuttum": its state, in their words
        if not keyed and core.startswith("un") and _NEGATED_STATE.fullmatch(core) is not None:
            return None  # "ist unverändert", "is unverified": a state denied, no value
        if _HEX_DIGEST.fullmatch(core) is not None and self._names_digest(start, len(core)):
            return None  # a commit's id in "git log", a hash the text names: no password
        level = words.likeness(token)
        if (
            level == words.REJECT
            and keyed
            and core.lower() in _KEYED_LITERALS
            and text[start - 1 : start] == "="
            and (text[start - 2 : start - 1].isalnum() or text[start - 2 : start - 1] in "_-.")
        ):
            level = words.WORD  # "--login-password=secret": the literal a config assigns
        if level == words.REJECT and shouted and core.isupper() and words.is_reference(core):
            level = words.likeness(token.lower())
        if level == words.WORD and _joined_words(core):
            level = words.PLAIN  # "is Raven-Two-Echo just so you can check": made, not prose
        if level == words.WORD and need <= words.PLAIN and not keyed:
            s, e = _trim_span(text, start, end)
            tail = text[e : self._continue(s, e)[1]].strip()
            if tail and not tail.isascii():
                # "ist jetzt krank 🙄": a face after a word is how the writer feels, no
                # part of a value; only signs and numbers make a word a password
                tail = "".join(ch for ch in tail if ch.isascii() or ch.isalnum())
            if sum(ch.isdigit() for ch in tail) >= 3 or (tail and not tail.isdigit()):
                level = words.PLAIN  # "Herbst 2024!": a word and a number make a password
        if (
            level == words.WORD
            and need <= words.WORD
            and (_descriptive(core) or self._continues_sentence(end))
        ):
            level = words.REJECT
        elif (
            level == words.PLAIN
            and core.isalpha()
            and _descriptive(core)
            and self._continues_sentence(end)
        ):
            level = words.REJECT  # "was rotated by job …": a participle in a sentence
        phrase = self._passphrase(start, loose=loose)
        if phrase is not None:
            return phrase
        if level < need:
            if (
                hop
                and token.endswith(":")
                and end < len(text)
                and text[end] == " "
                and not words.is_non_secret_shape(core)  # "password=xxxxx`: msg": a mask
            ):
                return self.value(end + 1, need, keyed=keyed, hop=False)  # "dasselbe: x"
            return None
        s, e = _trim_span(text, start, end)
        return self._continue(s, e)

    def changed_into(self, end: int) -> tuple[int, int] | None:
        """The value a password was changed into ("in „x“ geändert"): quoted, any words
        but a state's; bare, one token with a digit or a sign."""
        m = _CHANGED_INTO.match(self.text, end)
        if m is None:
            return None
        if m.group("q"):
            inner = m.group("qv").strip()
            if (
                not inner
                or inner.lower() in words.STOP_WORDS
                or not any(c.isalnum() for c in inner)
            ):
                return None
            qv: tuple[int, int] = m.span("qv")
            return qv
        if m.group("v").isalpha() or words.likeness(m.group("v")) < words.PLAIN:
            return None  # "auf Deutsch umgestellt", "in Großbuchstaben geändert": a manner
        v: tuple[int, int] = m.span("v")
        return v

    def weak_value(
        self, pos: int, *, bare: bool, label: str, labelled: bool = False
    ) -> tuple[int, int] | None:
        """A short, numeric or word-like value right after a password word (``bare``: with
        nothing between) or its tight connector, which ``value`` finds too weak alone.
        ``labelled``: the bare password word is used as a label (after a comma, a user's
        name, "with"), not as a noun in a clause ("mein Passwort eingebe")."""
        text = self.text
        m = _WEAK_TOKEN.match(text, pos)
        if m is None:
            return None
        span: tuple[int, int] = m.span()
        end = span[1]
        if end < len(text) and not text[end].isspace() and text[end] not in ",;.!(":
            return None  # glued to more signs: a path, an amount, a reference with parts
        core = m.group()
        low = core.lower()
        closed = _WEAK_END.match(text, end) is not None
        if low in words.STOP_WORDS or low in _NO_VALUE_SHORTHAND or low in _FOREIGN_STATES:
            return None
        if core.isdigit():
            # "Passwort ist 123"; bare ("Passwort 123 für …"): not a count, nor a year
            # unless the value closes its clause
            if bare and (_WEAK_UNIT.match(text, end) or (_YEAR.fullmatch(core) and not closed)):
                return None
            if _SPACE_DIGIT.match(text, end) is not None:
                return None  # "0800 123456": a group of a longer number (a phone's)
            if not bare and not closed:
                return None
            return span
        if not core.isalnum():
            return None
        if low in _ECHO_VALUES:
            # "The password is password.", "password pwd": the weakest there is
            if bare and (low == label.lower() or not closed):
                return None
            return span if closed else None
        if len(core) >= 4 and len(set(low)) == 1 and low[0] != "x":
            return span  # "aaaaaaaaa": one key held down (not "xxxx", a mask)
        if words.is_reference(core) and core[:1].isalpha():
            # "kennwort GHIJKL689": capitals and digits read as a ticket's number elsewhere
            return span if closed or bare else None
        if not core.isalpha():
            return None
        if (bare or low in words.dictionary()) and label.lower() not in _PLAIN_LABELS:
            return None  # ("contraseña olvidada": another language's word, its participle)
        if bare or low in words.dictionary():
            # "password sunshine and it says wrong", "pw Lindenstraße, und …", "pass:
            # Charlie": with the password word right before, an ordinary word or a name
            # closing its clause is the value (customers' passwords often are)
            if bare and (not labelled or len(core) < 4):
                return None  # (a bare "password Abc" is too short to say so)
            if core.islower() and (
                low.endswith("ly")  # "my password obviously", "forgot it completely"
                or (bare and label.lower() in _DE_LABELS and low.endswith(("n", "t")))
                or _PREFIX_PARTICIPLE.fullmatch(low) is not None
                or _NEGATED_STATE.fullmatch(low) is not None
            ):
                return None  # "Passwort vergessn,", "ist hinterlegt", "ist unverändert"
            return span if self._plain_word(core, end, closed) else None
        if not closed or words.is_null(core) or words.is_product(core):
            return None
        if core[:1].isupper() and not core[1:].islower():
            return None  # "Password: iCloud", "ist: DSGVO": a name or an abbreviation
        return span  # "Passwort: pwd"-like: a short made-up string, "usr", "ghi"

    def _plain_word(self, core: str, end: int, closed: bool) -> bool:
        """An ordinary word or a name right after a password word (or its tight connector)
        that can be the value: it closes its clause (or "and it …" goes on), and it is none
        of the words that follow a password word without being one ("password reset",
        "Passwort vergessen", "ist geheim", "password please")."""
        text = self.text
        if not closed and _PLAIN_WORD_GOES_ON.match(text, end) is None:
            if _PLAIN_WORD_FAILS.match(text, end) is None:
                return False
            if core.lower().endswith(_ACTION_NOUN_ENDINGS):
                # "password authentication failed", "Passwort-Prüfung" written apart: a
                # noun of an action on the password, the compound's head, no value
                return False
        if text[end - len(core) - 1 : end - len(core)] == "=":
            return False  # "?pass=word": a query's or a config's pair, read by its key
        if _PLAIN_WORD_PART.match(text, end) is not None:
            return False  # "is Orchid, then a dot, then 55": the first of its parts
        low = core.lower()
        if low in words.STOP_WORDS or low in _JUDGING_WORDS or low in _NOT_PLAIN_VALUES:
            return False
        if low.endswith("s") and low[:-1] in _NOT_PLAIN_VALUES:
            return False  # "has password fields.", "password hints": the nouns' plurals
        if core.islower() and low.endswith(_ACTION_NOUN_EN) and len(low) >= 7:
            return False  # "has password authentication.": a noun of an action on it
        if words.is_null(core) or words.is_product(core) or _PARTICIPLE.fullmatch(core):
            return False
        if core[:1].isupper() and not core[1:].islower():
            return False  # "Password: iCloud", "ist: DSGVO": a name or an abbreviation
        # "password expired", "passwords matching": a verb's form, not a value
        return not (core.islower() and low.endswith(_VERB_ENDINGS) and low in words.dictionary())

    def _says_where(self, start: int, end: int) -> bool:
        """A verb of place then a preposition: the value says where the password is kept,
        a sentence rather than a passphrase."""
        if self.text[start:end].lower() not in _WHERE_VERBS or end >= len(self.text):
            return False
        s, e = _token_at(self.text, end + 1)
        return self.text[end] == " " and self.text[s:e].lower() in _WHERE_PREPOSITIONS

    def symbols(self, pos: int) -> tuple[int, int] | None:
        """``mysql_password: 🔑 🔒 🔐 🔓``: a key's value made of symbols (emoji) to the line
        end, which ``words.likeness`` cannot judge (no letters, each too short)."""
        m = _SYMBOL_RUN.match(self.text, pos)
        if m is None or m.group().isascii() or not set(m.group()) - _MASK_CHARS:
            return None  # masks and nulls: "***", "- -", "...", "••••••••"
        return m.start(), m.end()

    def _continues_sentence(self, end: int) -> bool:
        """A dictionary word followed by "than", "for", "since"…: prose, not a password."""
        text = self.text
        if end >= len(text) or text[end] != " " or text[end - 1] in ".,;:!?":
            return False
        s, e = _token_at(text, end + 1)
        nxt = text[s:e].lower().strip(".,;:!?")
        if (
            len(nxt) >= 5
            and nxt.endswith("ly")
            and nxt.isalpha()
            and text.startswith(" ", e)
            and text[s:e].islower()
        ):
            # "is rotated weekly by Vault", "was changed automatically in": an adverb
            # between the participle and the rest of its clause
            s, e = _token_at(text, e + 1)
            nxt = text[s:e].lower().strip(".,;:!?")
        return nxt in words.FUNCTION_WORDS and nxt not in _CLAUSE_JOINERS

    def _passphrase(self, start: int, *, loose: bool = False) -> tuple[int, int] | None:
        """Three to eight plain words in a row: ``correct horse battery staple``; after an
        explicit connector (``loose``) also with articles and prepositions inside (``Die
        Katze sitzt am Fenster 1987``) when the phrase ends the line or sentence."""
        text = self.text
        # Each step to the next word crosses one space (a word is ``_TOKEN``'s run of
        # non-spaces), and a phrase is three words or more: with fewer than two spaces
        # after ``start`` there is none (most values after a password word end the text).
        first = text.find(" ", start)
        if first < 0 or text.find(" ", first + 1) < 0:
            return None
        pos = start
        tokens: list[str] = []
        end = start
        glue = 0
        plain_tokens: list[str] = []  # the phrase before the first glue word
        plain_end = start
        ends: list[int] = []  # where each of ``tokens`` ends in the text
        titled = True  # every word so far starts with a capital or is a number
        took_titled = False  # a capitalised function word was taken as a member
        while len(tokens) < 8:
            s, e = _token_at(text, pos)
            if e <= s:
                break
            token = text[s:e]
            if token in _PHRASE_SYMBOLS and tokens and text.startswith(" ", e):
                # "Salz & Pfeffer 12": a sign joining two words belongs to the phrase
                ns, ne = _token_at(text, e + 1)
                if ne > ns and words.is_plain_word(text[ns:ne]):
                    tokens.append(token)
                    pos = e + 1
                    continue
            greeting = loose and not tokens and token.lower() in _GREETINGS  # "hello world 2 …"
            # "Krabbenbrot 4 Ever", "Over The Moon 7": a function word written with a capital
            # amid a run of capitalised words is one of the run's names, no prose's word
            titled_member = titled and bool(tokens) and _titled_word(token)
            if took_titled and token[:1].islower():
                break  # the title-cased run ends where its capitals do ("… Of Life fails")
            took_titled = took_titled or (titled_member and not words.is_plain_word(token))
            if not words.is_plain_word(token) and not greeting and not titled_member:
                core = token.strip(".,;:!?\"'()").lower()
                if not tokens and token[:1].islower() and core in _WHERE_PREPOSITIONS:
                    break  # "is on the router sticker", "ist im Tresor": where it is kept
                first_article = not tokens and token[:1].isupper() and core in _ARTICLES
                if not loose or (core not in _PHRASE_GLUE and not first_article):
                    break
                if token[-1] in ".,;!?:" or e >= len(text) or text[e] != " ":
                    break
                if not glue:
                    plain_tokens, plain_end = list(tokens), end
                glue += 1
                tokens.append(core)
                ends.append(e)
                pos = e + 1
                continue
            tokens.append(token.strip(".,;:!?\"'()").lower())
            ends.append(e)
            end = e
            titled = titled and not token[:1].islower()
            if token[-1] in ".,;!?:" or e >= len(text) or text[e] != " ":
                break
            if token[-1] in _CLOSING_QUOTES and token[0] not in _QUOTES:
                break  # "it says 'pass: true' in the output": the quote closes the value
            pos = e + 1
        if tokens and _status_phrase(tokens):
            return None  # "is incorrect according to the log": a status, not a phrase
        if any(_kind(t) in ("pw", "pwkey") for t in tokens) and any(t in _VERDICTS for t in tokens):
            # "… and system say wrong password": the screen's verdict on the password in a
            # second language's grammar, not a phrase that is one
            return None
        closed = False
        if glue:
            cut = german_clauses.next_clause_at(text, tokens, ends)
            if (
                cut
                and tokens[cut - 1] not in _PHRASE_GLUE
                and _CASE_NOTE.search(text, start, ends[cut - 1]) is None  # "mit großem S"
            ):
                # "lautet Blauer Himmel über Kiel und das habe ich seit Jahren": "und" with
                # a pronoun or an article opens the next clause, the phrase ends before it
                glue -= sum(t in _PHRASE_GLUE for t in tokens[cut:])
                tokens, end, closed = tokens[:cut], ends[cut - 1], True
        if glue:
            glued = self._glued_phrase(start, end, tokens, glue, closed=closed)
            if glued is not None:
                return glued
            tokens, end = plain_tokens, plain_end
        alpha = [t for t in tokens if t.isalpha()]
        content = [t for t in alpha if t not in words.STATE_WORDS]
        mixed = len(alpha) < len(tokens)
        if len(tokens) >= 3 and len(alpha) >= 2 and len(content) >= (1 if mixed else 2):
            return _trim_span(text, start, end)
        return None

    def _glued_phrase(
        self, start: int, end: int, tokens: list[str], glue: int, *, closed: bool = False
    ) -> tuple[int, int] | None:
        """A phrase with articles and prepositions inside, after an explicit connector: it
        must end its line, sentence or text, or stand before a dash or a bracket
        (``closed``: the next clause was cut off already)."""
        text = self.text
        rest = text[end : end + 3]
        boundary = (
            closed
            or end >= len(text)
            or rest[:1] == "\n"
            or rest[:2] in (" -", " (")
            or text.startswith("  - ", end)  # a long dash, as ``normalize`` spells it
            or (rest[:1] in ".!" and text[end + 1 : end + 2] in ("", "\n"))
        )
        if not boundary or tokens[-1] in _PHRASE_GLUE:
            return None
        content = [
            t for t in tokens if t not in _PHRASE_GLUE and t not in words.STOP_WORDS and t != ""
        ]
        # three words are enough around a German contraction ("Eule am Turm", "Maus im
        # Haus"): it joins two nouns as no English word of a sentence after "is" does
        least = 3 if any(t in german_forms.CONTRACTIONS for t in tokens) else 4
        if len(tokens) < least or len(content) < 2 or glue > len(content):
            return None
        return _trim_span(text, start, end)

    def _continue(self, start: int, end: int) -> tuple[int, int]:
        """``Sommer 2024!``: a short number/symbol group right after the value belongs to it;
        a key read in digit groups of one size runs on (``4711 8821 0093 5566 7720``, how
        routers print their Wi-Fi key)."""
        text = self.text
        group = end - start if text[start:end].isdigit() else 0
        for i in range(8):
            if end >= len(text) or text[end] != " " or text[end - 1] in ".,;:":
                break
            s, e = _token_at(text, end + 1)
            tok = text[s:e].rstrip(".,;")
            if not tok or len(tok) > 8 or any(ch.isalpha() for ch in tok):
                break
            if words.is_non_secret_shape(tok) and not tok.isdigit():
                break
            if not (tok.isdigit() and len(tok) == group):
                if i >= 2:
                    break
                group = 0
            end = s + len(tok)
        return start, end

    def _json_neighbour(self, m: re.Match[str]) -> bool:
        """A comma between quotes that joins a JSON value to the next key
        (``"passwort_zu_schwach","hinweis":``) or follows words after the password word
        (``'--password ***', 'dont_change'``): not a call's argument (``define('PW', 'x')``).
        Also a quoted key's value that is no password (``_no_json_value``)."""
        conn = m.group("conn").strip()
        if not conn.startswith(","):
            return conn.startswith((":", "=")) and self._no_json_value(m)
        if m.group("qual"):
            # (", it is x" after words on the password: a clause of its own, no JSON)
            return not any(c.isalpha() for c in conn)
        return _JSON_KEY.match(self.text, m.end()) is not None

    def _no_json_value(self, m: re.Match[str]) -> bool:
        """A quoted key's value that is UI text, not a password: a translation of the
        password word's message (``"save_password": "Lagre passord"``, ``"passwords_not_equal":
        "Passordene er ikke like."``: words holding a password word in any language, or a
        sentence), or an attribute of a variable (``'PASSWORD': url.password,``)."""
        text, pos = self.text, m.end()
        if m.group("qual") or m.start() >= len(text) or text[m.start()] not in "\"'":
            return False  # not a quoted key ('"password": …', "'PASSWORD': …")
        if pos < len(text) and text[pos] in "\"'":
            close = text.find(text[pos], pos + 1, pos + 200)
            if close < 0 or "\n" in text[pos:close]:
                return False
            tokens = text[pos + 1 : close].split()
            if len(tokens) < 2:
                return False
            if _UI_PASSWORD_WORD.search(text, pos + 1, close):
                return True  # "Lagre passord", "Mot de passe oublié ?"
            return len(tokens) >= 4 and text[close - 1] in ".!?…:"  # a sentence
        return _ATTRIBUTE_VALUE.match(text, pos) is not None

    # -------------------------------------------------------------- rules
    def after_password_word(self, kind: str, start: int, end: int) -> None:
        text = self.text
        if "=?" in text and _in_encoded_word(text, start):
            return  # "=?utf-8?q?Passwort_zur=C3=BCcksetzen?=": a mail subject, encoded
        if text.startswith('","', end) and _in_label_row(text, start):
            return  # '"Account","Login Name","Password","Web Site"': a header's labels
        mine = (
            _MINE_QUOTED.match(text, end)
            if ("mine" in text or "mein" in text) and ("'" in text or '"' in text or "„" in text)
            else None
        )
        quoted = [t.lower().strip(",;:!?") for t in mine.group("v").split()] if mine else []
        if (
            mine is not None
            and 2 <= len(quoted) <= _QUOTED_PHRASE_WORDS
            and not any(t in words.STATE_WORDS for t in quoted)  # "'the same as before'"
            and 2 * sum(t not in words.FUNCTION_WORDS for t in quoted) >= len(quoted)
        ):
            # "asks for a passphrase — mine is 'otter in the kelp forest'": the writer's own
            # value, quoted whole, after the word names its kind
            self.add(*mine.span("v"))
            return
        if text.startswith("::", end):
            return  # "Password::min(8)->…": a class's static call, code about passwords
        if kind == "pw" and _AUTH_METHOD_AFTER.match(text, end) is not None:
            return  # "password auth over port 993 - timeout": a sign-in method (round 61)
        if (
            _TWO_ARGS.match(text, end) is not None
            and _USER_PAIR_CALL.search(text, max(0, start - 6), end) is not None
        ):
            # 'url.UserPassword("u", "x")': the first argument is the user's name
            # (``credential_calls`` takes the password after it)
            return
        if _header_cell(text, start, end):
            return  # '"pass","notes"' over rows: a column's name; ``table_columns`` reads it
        if "\n" in text and kind == "pw":
            form = _FORM_VALUE.match(text, end)
            if (
                form is not None
                and _FIELD_LABEL_START.search(text, max(0, start - 40), start) is not None
                and _form_value(form.group("v"))
            ):
                # a web form copied whole: the label "Password *" on its line, the value
                # typed into it on the next one
                self.add(*form.span("v"))
                return
        if start > 0 and text[start - 1] in _OPEN_QUOTES and _LABEL_CLOSE.match(text, end):
            return  # "the label 'Password:' to 'Kennwort:'": a label's text quoted, no value
        if kind == "pin" and text.startswith(('("', "('"), end):
            arg = _PIN_ARGUMENT.match(text, end)
            if arg is not None:
                self.add(*arg.span("v"))  # 'd.SetPin("12345")': a setter given its PIN
                return
        numeric = kind == "pin" or text[start:end].lower().endswith(("zahl", "passcode"))
        if numeric and text.startswith(" ", end):
            purpose = _PIN_PURPOSE.match(text, end)
            if purpose is not None:
                # "PIN fürs Telefon 2207", "Geheimzahl für den Automaten 6120", "PIN for
                # the side door 4471.": what the PIN is for, then its number (round 24)
                self.add(*purpose.span("v"))
                return
        flag = start >= 1 and text[start - 1] == "-"  # --password x
        if (
            "-" in text[start:end] or (flag and text[start - 2 : start - 1].isalnum())
        ) and _COMMAND_PATH.match(text, end) is not None:
            return  # "bundle-password:blacklist:update": a console command's name (round 24)
        if kind in ("pw", "pass") and text.startswith((" from ", " von "), end):
            if self.changed_from_to(end):
                return
        if kind in ("pw", "pass") and text.startswith(" ", end) and self._quoted_phrase(start, end):
            return
        if text.startswith(" in ", end):
            aside = _SCRIPT_ASIDE.match(text, end)
            if aside is not None:
                end = aside.end()  # "the password in Arabic numbers ٤٧٢٩١٥": how it is typed
        if kind == "pw" and text.startswith((" in ", " auf ", " zu "), end):
            into = self.changed_into(end)
            if into is not None:
                self.add(*into)
                return
        m = _forward(text, end)
        if m is not None and text.startswith(("WIFI:", "wifi:"), m.end()):
            return  # a Wi-Fi QR string: ``structured`` takes its "P:" field, nothing else
        if m is None and text.startswith("\n", end) and kind in ("pw", "pass"):
            # "das\nPasswort\nist x": a mail's wrapped line, the connector on the next one
            wrapped = _WRAPPED_CONN.match(text, end)
            span = self.value(wrapped.end(), words.PLAIN) if wrapped is not None else None
            if (
                span is not None
                and " " not in text[span[0] : span[1]]
                # (not a key's identifier: "key: superUserPassword" ⏎ "Is x supported?")
                and _CAMEL_KEY.fullmatch(text, start, end) is None
            ):
                self.add(*span)
                return
        if m is not None and self._json_neighbour(m):
            m = None  # '"passwort_zu_schwach","hinweis":': a JSON value, then the next key
        if kind == "pass" and m is not None and _PASS_VERB.match(m.group("qual")):
            return  # "can you pass the id to your team? It's x": the verb, not a pass
        if (
            kind == "pwkey"
            and m is not None
            and not m.group("qual")
            and m.group("conn").strip().lower() in _KEY_SAID
            and _KEY_SAID_WORD.search(text, start, end) is not None
        ):
            kind = "pw"  # "db_password ist world": a key named in a sentence, read as its word
        if kind == "pwkey":
            # a config key is only followed by its value: DB_PASSWORD=x, "smtp.pass": "x"
            if m is not None and not m.group("qual") and any(c in m.group("conn") for c in ":=,("):
                span = self.value(m.end(), words.WORD, keyed=True) or self.symbols(m.end())
                if span is not None and not _key_message(
                    text[span[0] : span[1]], text[span[0] - 1 : span[0]] in _QUOTES
                ):
                    self.add(*self._env_line_value(start, m.end(), span))
            elif (
                _LINE_START.search(text, 0, start) is not None
                or (_kind(text[start:end].lower()) == "pwkey" and text[start:end].isalpha())
            ) and _PARAMETER_KEY.fullmatch(text[start:end]):
                # "USER.PWD 93167DE7" on its own line: a parameter list's key, a space, and
                # one shaped value ending the line (a gateway's "KEY value" settings)
                pair = _KEY_SPACE_VALUE.match(text, end)
                if pair is not None and words.likeness(pair.group("v")) >= words.PLAIN:
                    self.add(*pair.span("v"))
            blanks = _BLANKS_TO_QUOTE.match(text, end) if m is None else None
            if (
                blanks is not None
                and blanks.end() - end > 1
                and not _DEFINE_BEFORE.search(text, max(0, start - 12), start)
            ):
                blanks = None  # (aligned by many blanks only in a C header's define)
            if blanks is not None:
                # '#define MQTT_PASSWORD "x"', 'rcon_password "admin"': a joined key, a
                # blank, then its quoted literal (round 40), aligned by blanks (round 61)
                q = self.quoted(blanks.end())
                if (
                    q is not None
                    and q[1] > q[0]
                    and _PARAMETER_KEY.fullmatch(text[start:end])
                    # (not a block's label: 'random_password "basic" { length = 12 }')
                    and _BLOCK_OPENS.match(text, q[1] + 1) is None
                ):
                    self.add(*q)
            elif (m is None or m.group("qual")) and text[start:end].lower() in _PW_DIRECTIVES:
                self.directive_value(start, end)  # ("requirepass x - …": a dash after it)
            return
        if m is not None and kind in ("pin", "pw") and not m.group("qual"):
            # "PIN ist nicht 0815 sondern 7294", "is not x but y": the value after the
            # contrast is the one meant
            contrast = _NOT_BUT.match(text, m.end())
            if contrast is not None:
                vpos = contrast.start("v")
                if kind == "pin" and self.pin(vpos):
                    return
                span = self.value(vpos, words.PLAIN, hop=False) if kind == "pw" else None
                if span is not None:
                    self.add(*span)
                    return
        if m is not None and kind == "pin":
            if "?" in m.group("conn") and _GUESSED_PIN.match(text, m.end()) is not None:
                return  # "what's the pin for the demo account? 1234?": a guess, asked back
            if self.pin(m.end()):
                return  # else "the PIN 1234 default was changed": the value right after
        elif m is not None and _talks(_talking_qual(m)):
            # "password doesn't meet requirements: '…'": talk about one, not a value; but
            # "Kennwort enthält Leerzeichen: x y z" says how the value is made, then gives it
            qual = m.group("qual")
            if (
                m.group("conn").strip() == ":"
                and _COMPOSITION.search(qual)
                and not _talks(_COMPOSITION.sub(" ", qual))
            ):
                described = self.described(m.end(), announced=True)
                if described is not None and " " in text[described[0] : described[1]]:
                    self.add(*described)
                    return
        elif m is not None and m.group("qual") and text[m.start("conn")] == "=":
            pass  # "invalid password for user=jdoe": the '=' is the last word's, a log field
        elif m is not None:
            qual = m.group("qual")
            vpos = m.end()
            if qual and _qual_names_other(qual):
                return  # "pass reset pls 🙏 user is x": the connector is the user word's
            if _ROUGHLY.match(text, vpos) is not None:
                return  # "its score is around 9 per the API": a measure, no value (round 24)
            aside = _ASIDE_BEFORE_VALUE.match(text, vpos) if text.startswith("(", vpos) else None
            if aside is not None:
                vpos = aside.end()  # "is (don't laugh) x", "ist (peinlich) x" (round 24)
            pause = _HESITATION.match(text, vpos)
            if pause is not None:
                vpos = pause.end()  # "is – wait – x", "ist ... Moment ... x"
            lead = _LITERALLY_AT.match(text, vpos)
            qpos = lead.end() if lead is not None else vpos
            literal = (
                _literal_quote(text, qpos)
                if text[qpos : qpos + 1] in _QUOTES
                and (lead is not None or _LITERALLY.search(text, m.start("conn"), vpos))
                else None
            )
            if literal is not None:
                # 'is literally "password"': the quoted word is the value, even that one
                self.add(*literal)
                return
            if not qual and m.group("conn").strip().lower() in _KIND_COPULAS:
                # "is my cats name whiskers", "ist der Name vom Hund: Rocky": what the value
                # is, then the value
                kind_value = kind_values.kind_then_value(text, vpos)
                if kind_value is not None:
                    self.add(*kind_value)
                    return
            if (
                (not qual or (len(qual) <= 32 and _PURPOSE.match(qual) is not None))
                and m.group("conn").strip().lower() in _KIND_COPULAS
                and sentence_values.may_hold(text, vpos, m.group("conn").strip())
            ):
                # "is the moon is made of cheese", "lautet Der Mond ist aufgegangen": a
                # sentence of its own as the value
                sentence = sentence_values.sentence_value(text, vpos, m.group("conn").strip())
                if sentence is not None:
                    self.add(*sentence)
                    return
            if m.group("nl") is not None:
                need = words.PLAIN  # "Password:" then the value alone on the next line
            elif kind == "pass":
                need = words.PLAIN
            elif qual and not _PURPOSE.match(qual):
                need = words.PLAIN
            elif m.group("conn").endswith(" as "):
                need = words.PLAIN  # "wrote the password down as x", not "… as well"
            else:
                need = words.WORD
            conn = m.group("conn")
            keyed = "=" in conn or ":" in conn or _SPOKEN_COLON.search(conn) is not None
            if "=" in conn and text.startswith((";", "&"), vpos):
                return  # "Password=;User Id=…": the field is empty, the next one starts
            if conn.strip().lower() == "auf" and _PLACE.match(text, m.end()):
                # "WLAN-Passwort steht auf dem Aufkleber": a place, not a value; unless a
                # colon ends the place and a shaped value follows ("… dem Router: x")
                shown = _PLACE_COLON.match(text, m.end())
                span = self.value(shown.end(), words.PLAIN) if shown is not None else None
                if span is not None and (
                    " " not in text[span[0] : span[1]] or text[span[0]].isdigit()
                ):
                    self.add(*span)  # a key, or its digit groups; not "ganz unten links"
                return
            # "what is the default password for the agent? the installer …": after a bare
            # question mark a new sentence starts; only a password-shaped token is a value
            question = conn.strip() in ("?", "??", "???")
            if question:
                need = words.STRONG
            # "PW LAUTET: X": a short word shouted with its connector shouts as loudly
            said_upper = text[start:vpos]
            shouted = said_upper.isupper() and sum(c.isalpha() for c in said_upper) >= 6
            if (
                not qual
                and not question
                and conn.strip().rstrip(":").rstrip().lower() in _PHRASE_VERBS
            ):
                noted = self.noted(vpos)
                if noted is not None:
                    # "is blue moon rising, all lowercase", "ist das Wort x, ohne Zahlen"
                    self.add(*noted)
                    return
            pointer = (
                _POINTER_AFTER_COLON.match(text, vpos)
                if not qual and not question and conn.strip() == ":"
                else None
            )
            noted = self.noted(pointer.end()) if pointer is not None else None
            if noted is not None and not _said_state(text[noted[0] : noted[1]]):
                # "password: it's horse battery lamp fog, all lowercase" (round 59)
                self.add(*noted)
                return
            if _MASK_RUN_FIRST.match(text, vpos):
                return  # "passwort: ******** steht da nur": the masked field, then words on it
            # "for the PGP step: x y z", "für KeePass ist ein Satz: x y z": a short purpose
            # between the word and its connector
            purpose = bool(qual) and len(qual) <= 32 and _PURPOSE.match(qual) is not None
            # "has spaces in it: x y z": how the value is made, then the value
            composed = bool(qual) and conn.strip() == ":" and _COMPOSITION.search(qual) is not None
            if (not qual or purpose or composed) and not question:
                # "ist jetzt: x y z": the colon may follow a hedge after the verb
                said = text[m.start("conn") : vpos]
                announced = said.rstrip().endswith(":") and any(c.isalpha() for c in said)
                announced = announced or composed
                described = self.described(vpos, announced=announced)
                if described is None and said.strip() == ":":
                    described = self.field_sentence(start, vpos)
                if described is not None and _talk_phrase(text, *described):
                    described = None  # "ftp passwort: user ist ftp_lager" (joined lines)
                if described is not None and sentence_reading.goes_on(text, vpos, described):
                    return  # "password: keeps failing since monday": prose goes on
                if described is not None and _denied_state(text[described[0] : described[1]]):
                    return  # "Kennwort: unverändert seit 2022": a state denied, since when
                if described is not None:
                    # "ist ein ganzer Satz: x y z", "lautet: x y z", "is my pet + a year: x"
                    self.add(*described)
                    return
            span = self.value(vpos, need, keyed=keyed, loose=not question, shouted=shouted)
            if question and span is not None and " " in text[span[0] : span[1]]:
                span = None
            if question and span is None:
                # "my password? just dragon, all lowercase": a note on how it is typed says
                # the word is the value (round 39)
                span = self.noted(vpos)
            if question and span is None and not text[start:end].lower().endswith(_PLURALS):
                # "the wifi password? blumenwiese": a lone word ending the line answers it
                # (not "ihr speichert Passwörter ungesalzen?? Skandal!": passwords in
                # general asked about, then an outcry)
                lone = self.value(vpos, words.PLAIN, hop=False)
                if (
                    lone is not None
                    and _LINE_END.match(text, lone[1])
                    and not text.startswith("?", lone[1] - 1)
                ):
                    span = lone  # (not "password im Log? Datenschutz?": another question)
            if span is None and keyed and not qual:
                span = self.symbols(vpos)  # "Passwort: 🐱🌵🚀🔥"
            if span is None and (not qual or purpose) and not question:
                sym = _ASCII_SYMBOLS.match(text, vpos)
                if sym is None or len(set(sym.group())) < 3:
                    # a generator's symbols, brackets and quotes among them: a whole token
                    sym = _SYMBOL_TOKEN.match(text, vpos)
                    sym = sym if sym is not None and len(set(sym.group())) >= 6 else None
                if sym is not None and len(set(sym.group())) >= 3:
                    span = sym.span()  # "the password is !@#$%": symbols only, not a mask
            if span is None and not qual and _HEDGES.search(text, m.start("conn"), vpos):
                greeting = _HEDGED_GREETING.match(text, vpos)
                if greeting is not None:
                    span = greeting.span("v")  # "ist einfach nur hallo, ich weiß"
            handled = question or self.quoted(vpos) is not None  # '"password": ""' has one
            phrase = None
            if not qual and not handled and ":" in text[m.start("conn") : vpos]:
                phrase = self.line_phrase(vpos)
            elif not qual and not handled and conn.strip().lower() in _PHRASE_VERBS:
                phrase = self.line_phrase(vpos, numbered=True)  # "ist hallo welt 2023"
            if (
                phrase is None
                and (not qual or purpose)
                and not handled
                and "phrase" in text[start:end].lower()
            ):
                # "passphrase: mein kleiner grüner kaktus"
                phrase = self.sentence_phrase(vpos, keyed=keyed)
            if (
                span is not None
                and _PASSIVE.search(conn)
                and _PARTICIPLE_AFTER.match(text, span[1]) is not None
            ):
                span = None  # "Kennwort wurde automatisch vergeben": an adverb, no value
            if (
                span is not None
                and _PERFECT.search(conn)
                and _PERFECT_CLOSE.fullmatch(text, _last_token_start(text, *span), span[1])
                is not None
                and (
                    _LINE_END.match(text, span[1]) is not None
                    or text.startswith((",", ";", ")"), span[1])
                )
            ):
                # "Kennwort habe ich bereits angefordert.", "… habe ich Ihnen telefonisch
                # durchgegeben, bitte …": the clause's verb closes it, no value
                span = None
                handled = True
            if span is not None and not keyed and words.is_product(text[span[0] : span[1]]):
                span = None  # "my password? it's 1Password generated": a product, no value
            if phrase is not None and (span is None or phrase[1] > span[1]):
                span = phrase  # "Passwort: Mein Hund heißt Bello 2019!", "password: blue sky"
            colonish = keyed or _SPOKEN_COLON.search(conn) is not None
            if question and span is None:
                # "Passwort? Na klar: x", "pw? achso ja: x": an interjection, then the value
                said = _INTERJECTION.match(text, vpos)
                if said is not None and self._interjection(said.group("w")):
                    span = self.clause_value(said.end(), bare=False) or self.value(
                        said.end(), words.WORD, hop=False
                    )
            elif not handled and (not qual or (colonish and _PURPOSE.match(qual))):
                # "is Sunday roast, sorry …", "colon lighthouse keeper 2 0 2 1 all lower case"
                clause = self.clause_value(vpos, bare=False, announced=colonish)
                if clause is not None and (
                    span is None or (clause[0] <= span[0] and clause[1] > span[1])
                ):
                    span = clause
            if (
                span is None
                and not qual
                and not handled
                and kind in ("pw", "pass")
                and _TIGHT_CONN.fullmatch(text, m.start("conn"), vpos) is not None
            ):
                likewise = _ALSO_BEFORE.match(text, vpos)  # "das Passwort ist auch lager"
                span = self.weak_value(
                    likewise.end() if likewise is not None else vpos,
                    bare=False,
                    label=text[start:end],
                )
            if span is not None and self._reported_or_asked(*span):
                return
            if span is not None and sentence_reading.goes_on(text, vpos, span):
                return  # "is expiring next week", "sind erst 30 Tage alt": prose goes on
            if span is not None and _said_state(text[span[0] : span[1]]):
                return  # "ist absichtlich leer", "hab ich extra weggelassen": its state
            if span is not None and _status_value(text, start, end, span):
                return  # "Password: (left blank)", "is S****4 per the hint", "sind sicherer"
            commas = _COMMA_NOTE.match(text, vpos) if keyed and "," in text else None
            if commas is not None and (span is None or span[0] == vpos):
                span = (vpos, commas.end())  # "Tea at 4, never at 5 (commas included)"
            if span is not None and _no_value(text, span[0], span[1]):
                return
            if span is not None and "=" in conn:
                semi = text.find(";", span[0], span[1])
                if semi > span[0] and _NEXT_PAIR.match(text, semi) is not None:
                    span = (span[0], semi)  # "Password=x;User Id=app": the next pair's key
            if span is not None and _COUNT.fullmatch(text, span[0], span[1]) is not None:
                return  # "Das Passwort sind vier Wörter": how long it is, no value
            if span is not None and _JOKING_AFTER.match(text, span[1]) is not None:
                return  # "the password is 12345 (joking)": said in jest, no value
            if (
                span is not None
                and _REFUSED_AFTER.match(text, span[1]) is not None
                and words.likeness(text[span[0] : span[1]]) <= words.WORD
            ):
                return  # "Passwort: geheim, sag ich doch nicht": a word, then the refusal
            if (
                span is not None
                and _PERFECT.search(conn)
                and _perfect_participle(text[span[0] : span[1]].split()[0])
            ):
                return  # "pw hab ich rausgenommen natürlich", "hab ich resettet, kommt …"
            if span is not None and _talk_phrase(text, *span):
                # "Passwort: Passwort vergessen Button geht nicht", "Пароль: забыл"; a
                # value may still stand right after the word ("Password x rejected: …")
                span = None
            if span is not None and _denied_state(text[span[0] : span[1]]):
                return  # "Kennwort: unverändert seit 2022": a state denied, then since when
            if span is not None and _made_of(text, *span):
                return  # "Mein Kennwort: nur Kleinbuchstaben, ich weiß": what it is made of
            if span is not None:
                self.add(*span)
                return
        if kind in ("pw", "pass") and self.later_in_sentence(end, m.end() if m else end):
            return
        b = _BARE.match(text, end)
        if b is None:
            if kind == "pin":
                self.pin_later(end)
            return
        vpos = b.end()
        if kind == "pin":
            if not self.pin(vpos):
                self.pin_later(end)
            return
        if text[start:end].lower() in _CODE_WORDS and self.pin(vpos):
            return  # "passcode 482913", "Geheimzahl 4821": a number right after a code word
        if kind in ("pw", "pass") and not flag:
            # "password tangerine dream (two words, lower case)", "Kennwort Brieföffner 4,
            # mit Leerzeichen vor der 4": a note on the words says they are the value
            clause = self.clause_value(vpos, bare=True)
            if clause is None and "phrase" in text[start:end].lower():
                # "…, passphrase purple elephant dancing": plain words ending the line
                clause = self._passphrase(vpos)
                if clause is not None and _LINE_END.match(text, clause[1]) is None:
                    clause = None
            if clause is not None:
                self.add(*clause)
                return
        if kind == "pw" and not flag:
            num = _BARE_NUMBER.match(text, vpos)
            if num is not None:
                self.add(*num.span("v"))  # "Einmal-Passwort 582913"
                return
        # "UserName snoop PassWord x": right after a user name the pair says enough; so
        # does a typing or setting verb closing the clause after the value ("als Passwort
        # x eingegeben", "Kennwort x gesetzt")
        paired = _USER_BEFORE.search(text, max(0, start - 60), start) is not None
        quoted_set = False
        if not paired and kind == "pw":
            q = self.quoted(vpos) if text[vpos : vpos + 1] in _QUOTES else None
            if q is not None and q[1] > q[0]:
                # 'als Passwort „x y 12“ gewählt': a quoted value the verb closes, spaces
                # and all
                quoted_set = _SET_AFTER.match(text, q[1] + 1) is not None or (
                    _QUOTED_WORDS_NUMBER.fullmatch(text, q[0], q[1]) is not None
                )  # 'das Passwort "Fahrrad 2024" geht nicht': words and a number, quoted
                paired = quoted_set
            else:
                s0, e0 = _token_at(text, vpos)
                paired = e0 > s0 and _SET_AFTER.match(text, e0) is not None
        need = words.WORD if flag else words.PLAIN if paired else words.STRONG
        if not flag and not paired and kind == "pw":
            # "ist das Passwort Rösti-und-Bratwurst richtig?", "is the password Tiger-Lily
            # correct": a value asked about, judged right or wrong after it; a token with a
            # hyphen, digit or sign (not "is the password field correct")
            s0, e0 = _token_at(text, vpos)
            token = text[s0:e0]
            if (
                e0 > s0
                and token[-1:].isalnum()  # not "kein Passwort schicken, richtig?"
                and not token.isalpha()
                and not token.isdigit()
                and _JUDGED_AFTER.match(text, e0) is not None
            ):
                need = words.WORD
        if paired and not quoted_set and need == words.PLAIN:
            s0, e0 = _token_at(text, vpos)
            if e0 > s0 and (
                _LINE_END.match(text, e0) is not None or _PAIR_END.match(text, e0) is not None
            ):
                # "username x" / "password y", the value ending its line; or its sentence
                # ("Benutzer testkunde, Passwort demo. Bitte …"), or an aside after a dash
                need = words.WORD
        span = self.value(vpos, need)
        if span is None and kind == "pw" and not flag:
            span = self.weak_value(
                vpos,
                bare=True,
                label=text[start:end],
                labelled=_LABEL_USE.search(text, max(0, start - 40), start) is not None,
            )
            if (
                span is not None
                and not self._reported_or_asked(*span)
                and not sentence_reading.goes_on(text, end, span)  # "password now expiring"
            ):
                self.add(*span)  # "kennwort GHIJKL689", "Passwort 123 für den Kiosk"
            return
        # "Benutzer anke, Passwort Ostsee 2021": after a user name, words and a number
        # ending the line are one value
        paired_phrase = (
            paired
            and span is not None
            and _QUOTED_WORDS_NUMBER.fullmatch(text, span[0], span[1]) is not None
            and _LINE_END.match(text, span[1]) is not None
        )
        if span is not None and not flag and sentence_reading.goes_on(text, end, span):
            return  # "password still expiring next week": the sentence goes on
        if (
            span is not None
            and "\n" in text[end : span[0]]
            and _KEYED_AFTER.match(text, span[1]) is not None
        ):
            return  # "wifi_key" ⏎ 'ap_key: ""': the next line's key, not this word's value
        if span is not None and (flag or quoted_set or paired_phrase or self._not_phrase(span)):
            if not _log_field(text[span[0] : span[1]]):  # "bad_password attempts=3"
                self.add(*span)

    def _env_line_value(self, key: int, vpos: int, span: tuple[int, int]) -> tuple[int, int]:
        """A dotenv line's whole unquoted value: "DB_PASSWORD=Heide und Moor 7" alone on its
        line is one value of words (dotenv reads to the line's end), not a first word and
        prose; a sentence's words after it ("… is what I use") keep the first word only."""
        text = self.text
        line_start = text.rfind("\n", 0, key) + 1
        line_end = text.find("\n", vpos)
        line_end = len(text) if line_end < 0 else line_end
        if (
            span[0] != vpos
            or text[vpos - 1 : vpos] != "="
            or _ENV_KEY_LINE.fullmatch(text, line_start, vpos) is None
        ):
            return span
        rest = text[vpos:line_end].rstrip()
        tokens = rest.split()
        if (
            not 2 <= len(tokens) <= _ENV_PHRASE_WORDS
            or any(t.lower() in _PROSE_WORDS for t in tokens)
            or any(ch in rest for ch in "=#\"'`.,;:!?")
        ):
            return span
        return vpos, vpos + len(rest)

    def _quoted_phrase(self, start: int, end: int) -> bool:
        """``Passphrase 'x y z'``, ``als Passwort „x y z“``: words in quotes right after a
        passphrase word (or a password word a value is named "as") are the value, whatever
        they say inside (``'meine Katze heißt Luna'``)."""
        text = self.text
        vpos = end + 1
        if vpos >= len(text) or text[vpos] not in _QUOTES:
            return False
        named = (
            "phrase" in text[start:end].lower()
            or _AS_BEFORE.search(text, max(0, start - 24), start) is not None
        )
        q = self.quoted(vpos)
        if q is None or q[1] <= q[0]:
            return False
        inner = text[q[0] : q[1]]
        tokens = inner.split()
        if not 2 <= len(tokens) <= (8 if named else _LABEL_QUOTED_MAX):
            return False
        if any(_kind(words.trim(t).lower()) for t in tokens) and not any(
            c.isdigit() for c in inner
        ):
            return False  # "die Passphrase 'Passwort vergessen'": a label naming one
        if not named and (
            not _labelled_quote(tokens)
            or _BOOKED_UNDER.search(text, max(0, start - 12), start) is not None
        ):
            return False
        self.add(*q)
        return True

    def _reported_or_asked(self, start: int, end: int) -> bool:
        """Words, no password: what a form reports ("Passwort is z'kurz sagt's", "ist
        Pflichtfeld steht da": a reporting verb right after them), or a word asked about
        ("Passwort = Benutzername? Nein"). A password-shaped value stays one."""
        text = self.text
        value = text[start:end]
        if value.endswith("?") and value[:-1].isalpha():
            return True
        if any(words.likeness(t) >= words.STRONG for t in value.split()):
            return False
        if any(_reported(t) for t in value.split()[1:]):
            return True
        nxt = _NEXT_TOKEN.match(text, end)
        return nxt is not None and _reported(nxt.group(1) + text[nxt.end(1) : nxt.end(1) + 2])

    def noted(self, start: int) -> tuple[int, int] | None:
        """After "is"/"ist" a value, a comma and a note on how it is typed ("x y z, all
        lowercase", "das Wort x, ohne Zahlen"): one to five words before the note, not talk
        about the password, not only function words."""
        text = self.text
        m = _NOTED.match(text, start)
        if m is None:
            return None
        value = m.group("v")
        tokens = value.split()
        if _talks(value) or _NUMBER_WORD.search(value):
            return None
        cores = [t.strip("\"'“”„").lower() for t in tokens]
        if any(c in words.STATE_WORDS for c in cores):
            return None
        # (a capitalised word inside the phrase is a noun: "ein Haus am See" holds no "see")
        content = [
            c
            for i, c in enumerate(cores)
            if c not in words.FUNCTION_WORDS or (i and tokens[i].strip("\"'“”„")[:1].isupper())
        ]
        # "ist mein Hund heißt Bello, mit Leerzeichen": a note on spaces says the words,
        # a possessive first and all, are the value
        # (the spaces may be noted after the case: "… - alles klein, mit Leerzeichen")
        stop = _SENTENCE_END.search(text, m.end(), m.end() + 40)
        spaced = len(tokens) >= 3 and (
            _SPACES_NOTE.search(m.group("note")) is not None
            or _SPACES_NOTE.search(text, m.end(), stop.start() if stop else m.end() + 40)
            is not None
        )
        if (cores[0] in _CLAUSE_START and not spaced) or len(content) * 2 < len(cores):
            return None  # "is what I use everywhere, all lowercase": a clause, no value
        if len(tokens) == 1 and words.likeness(value) < words.WORD:
            return None
        s, e = m.span("v")
        return s, e

    def described(self, start: int, *, announced: bool) -> tuple[int, int] | None:
        """The value ending a line after a description and a colon ("ist ein ganzer Satz:
        x y z", "is my birthday backwards + my initials: x"), or right after an announcing
        verb and its colon ("lautet: x y z"): one token that is no dictionary word, a
        quoted phrase, or two to eight words, mostly content words, no comma or sentence
        end, no talk about the password, no other field's label before the colon."""
        text = self.text
        # string operations, no regex: a lazy description and value would backtrack
        line_end = text.find("\n", start, start + 150)
        if line_end < 0:
            if len(text) - start > 150:
                return None
            line_end = len(text)
        line = text[start:line_end].rstrip(" ")
        # the value ends where a dash opens a note or a new sentence starts ("…: welcome to
        # the lake house — all lowercase. Our guests …")
        aside = _VALUE_ASIDE.search(line)
        if (
            aside is not None
            and line.find(":") < aside.start()
            and '"' not in line[: aside.start()]
        ):
            # (not in the description before its colon; not past a quote, a JSON's or a
            # log's: '"apiKey": "" for the node. Did …')
            line = line[: aside.start()]
        desc: str | None = None
        vs = start
        at = line.find(":")
        if 2 <= at <= 60 and line[at + 1 : at + 2] == " ":
            head = line[:at].rstrip(" ")
            if len(head) >= 2 and not any(ch in ".!?=;" for ch in head):
                desc = head
                vs = start + at + 1
                while text[vs] == " ":
                    vs += 1
        if ":" in text[vs : start + len(line)] or not 1 <= start + len(line) - vs <= 80:
            return None
        value = text[vs : start + len(line)]
        if desc is None:
            if not announced:
                return None
        else:
            if announced or _talks(desc) or any(ch.isdigit() or ch in "()[]" for ch in desc):
                return None
            label = desc.split()[-1].lower().strip("\"'()")
            if label in _OTHER_LABELS or label in words.STATE_WORDS:
                return None
            if len(desc.split()) > 7:
                return None
        value = value.rstrip(".!")
        ve = vs + len(value)
        if not value:
            return None
        if len(value) >= 3 and value[0] in "\"'„“‚‘«" and value[-1] in "\"'“”‘’»":
            inner = value[1:-1]
            if inner.strip() and not _talks(inner) and len(inner.split()) <= 8:
                return vs + 1, ve - 1
            return None
        tokens = value.split()
        if len(tokens) == 1:
            if desc is None or words.likeness(value) < words.PLAIN:
                return None
            return vs, ve
        if not 2 <= len(tokens) <= 8 or _PHRASE_STOP.search(value) or _talks(value):
            return None
        if value.endswith("?") or any(ch in "()[]<>{}" for ch in value):
            return None
        cores = [t.lower() for t in tokens]
        if any(c in words.STATE_WORDS for c in cores) or _NUMBER_WORD.search(value):
            return None
        # a capital after a description's colon starts the sentence that is the value ("ist
        # ein Satz: Im Garten blüht …"); in lower case "im"/"ab" lead talk
        sentence = desc is not None and tokens[0][:1].isupper()
        if (
            cores[0][:1].isdigit()
            or (cores[0] in _LEAD_TALK and not sentence)
            or any(c in _POINTER for c in cores)
        ):
            return None  # "expire in: 5 days", "lautet: kommt per Post": a count, a pointer
        content = [c for c in cores if c not in words.FUNCTION_WORDS]
        if len(content) * 2 < len(cores):
            return None
        return vs, ve

    @staticmethod
    def _interjection(said: str) -> bool:
        """Short words before a colon that are no field label or talk ("Na klar", "Eh easy"
        but not "Benutzer", "Hinweis", "Fehler")."""
        low = said.lower().replace(",", " ").split()
        if any(w in _OTHER_LABELS or w in _USER_WORDS or w in _LIST_WORDS for w in low):
            return False
        return not _talks(said) and not _PW_WORDS.intersection(low)

    def clause_value(
        self, start: int, *, bare: bool, announced: bool = False
    ) -> tuple[int, int] | None:
        """Several words after a password word run to their clause's end (a comma, a
        bracket, a dash, a sentence or line end): "is Sunday roast, sorry …", "colon
        lighthouse keeper 2 0 2 1 all lower case", "Kennwort Brieföffner 4, mit Leerzeichen
        …". Typing notes at the end ("all lower case", "with accents") are left out. With no
        connector (``bare``) a note must say the words are the value. The words are no talk
        about the password, no state, no clause of their own, mostly content words."""
        text = self.text
        limit = min(len(text), start + 100)
        stop = _CLAUSE_STOP.search(text, start, limit)
        if stop is not None:
            end = stop.end() if stop.group() == "!" else stop.start()
        elif limit < len(text):
            return None
        else:
            end = len(text)
        value = text[start:end].rstrip()
        tokens = value.split()
        if not 2 <= len(tokens) <= 10:
            return None
        cores = [t.strip("\"'“”„").lower() for t in tokens]
        kept = _strip_tail_notes(cores)
        stripped = kept < len(cores)
        tokens, cores = tokens[:kept], cores[:kept]
        if not 2 <= len(tokens) <= 7 and not (
            stripped and len(tokens) == 1 and words.likeness(tokens[0]) >= words.WORD
        ):
            return None  # "Spécial-Café with accents": one word, typed as noted
        vend = start
        for t in tokens:
            vend = text.index(t, vend) + len(t)
        value = text[start:vend]
        after = text[end:]
        noted = _AFTER_NOTE.match(text, end) is not None if end < len(text) else False
        if bare and not (stripped or noted):
            return None
        if _talks(value) or _NUMBER_WORD.search(value) or _SAYS_EXAMPLE.search(value):
            return None
        if not tokens[0][:1].isalnum() or any(
            (t[-1:] in _CLOSING_QUOTES and "'" not in t[:-1])
            or "@" in t
            or "://" in t
            or "=" in t
            or words.is_null(words.trim(t))
            or words.is_placeholder(words.trim(t))
            for t in tokens
        ):
            return None  # "<your password here>", "NULL in the export", "'pass: true' in …"
        if is_code_value(text, start, start + len(tokens[0])) or any(
            c in "{}();" for t in tokens for c in t
        ):
            return None  # "pass: process.env.SMTP_PASS } })": code, not words
        if any(c in _VAGUE for c in cores):
            return None  # "is something else", "ist etwas anderes"
        if cores[0] in _STATE_ADVERBS and cores[1] in _JUDGING_WORDS:
            return None  # "is voll simpel ich weiß": how it is judged, no value
        if any(_kind(c) in ("pw", "pwkey") for c in cores[1:]):
            return None  # "= Ihr persönliches Kennwort", "is your account password": a description
        if any(c in words.STATE_WORDS or c in _POINTER or c in _FOREIGN_STATES for c in cores):
            return None
        if any(
            c in _COMPARISON and c not in ("for", "für", "in", "im", "vor", "nach") for c in cores
        ):
            return None
        first = cores[0].replace("’", "'")
        if first[:1].isdigit() or ("'" in first and first.split("'")[0] in _CLAUSE_START):
            return None  # "3 Versuche, dann gesperrt", "I'd rather call": a count, a clause
        capital_lead = announced and tokens[0][:1].isupper() and first not in _SPEAKER
        if (first in _LEAD_TALK or first in _CLAUSE_START) and not capital_lead:
            return None
        if first in _PREPOSITION_LEAD or (first in _WHERE_PREPOSITIONS and not capital_lead):
            return None  # "ist gemäß Protokoll unverändert", "is with the admin team"
        if first in words.FUNCTION_WORDS and not capital_lead:
            return None
        if any(_ENGLISH_PAST.fullmatch(c) for c in cores) or (
            len(tokens[-1]) > 6 and _PERFECT_CLOSE.fullmatch(tokens[-1].rstrip(".!"))
        ):
            return None  # "is sent by email", "habe ich Ihnen telefonisch durchgegeben"
        content = [c for c in cores if c not in words.FUNCTION_WORDS]
        if len(content) * 2 < len(cores) or len(content) < min(2, len(cores)):
            return None
        if value.endswith("?") or after.startswith("?"):
            return None
        return _trim_span(text, start, vend)

    def field_sentence(self, label_start: int, start: int) -> tuple[int, int] | None:
        """A form's field line, "Kennwort: Ich mag keine Montage!": the label starts its
        line, so the rest of the line is its value, a sentence of three words or more too
        (not "wird nachgereicht", not what ``described`` rejects as talk or a pointer)."""
        text = self.text
        if _FIELD_LABEL_START.search(text, max(0, label_start - 40), label_start) is None:
            return None
        span = self.described(start, announced=True)
        if span is None:
            return None
        value = text[span[0] : span[1]]
        if "=" in value or ";" in value:
            return None  # "confirmPassword: UITextField! = nil": a declaration, code
        tokens = value.lower().replace("’", "'").split()
        if len(tokens) < 3 or tokens[0] in _AUXILIARY_LEAD:
            return None
        return span

    def line_phrase(self, start: int, *, numbered: bool = False) -> tuple[int, int] | None:
        """After ``password:`` the rest of the line as one value: two or three plain words
        (``blue sky``), or a short sentence ending in a number (``Mein Hund heißt Bello
        2019!``); not talk about the password (a state word, a rule, a comma). After a
        verb (``numbered``: "is", "lautet") only the sentence ending in a number, and not
        a comparison or a time ("is older than 2019", "ist gültig bis 2025")."""
        text = self.text
        line_end = text.find("\n", start, start + 80)
        if line_end < 0:
            line_end = len(text) if len(text) - start <= 80 else -1
        if line_end < 0:
            return None
        rest = text[start:line_end].rstrip()
        tokens = rest.split()
        if not 2 <= len(tokens) <= 8 or _PHRASE_STOP.search(rest):
            return None
        if _talks(rest) or _NUMBER_WORD.search(rest):
            return None
        cores = [t.strip(".,;:!?\"'()").lower() for t in tokens]
        if any(c in words.STATE_WORDS for c in cores):
            return None
        if numbered and any(c in _COMPARISON for c in cores):
            return None
        if not numbered and len(tokens) <= 3 and all(words.is_plain_word(t) for t in tokens):
            return start, start + len(rest)
        alpha = [c for c in cores if c.isalpha()]
        if _ENDS_IN_NUMBER.search(rest) and len(alpha) >= 2 and cores[0] not in _LEAD_TALK:
            return start, start + len(rest)
        return None

    def sentence_phrase(self, start: int, *, keyed: bool = False) -> tuple[int, int] | None:
        """After a passphrase word the rest of the line is a phrase whatever its words
        (``mein kleiner grüner kaktus``): three to eight words, mostly content words (half
        after a colon: ``wir gehen nach Hause``), no comma or inner sentence end, no talk
        about the passphrase (``I will send it``)."""
        text = self.text
        line_end = text.find("\n", start, start + 80)
        if line_end < 0:
            line_end = len(text) if len(text) - start <= 80 else -1
        if line_end < 0:
            return None
        rest = text[start:line_end].rstrip()
        cut = _NEW_SENTENCE.search(rest)
        if cut is not None:
            rest = rest[: cut.start()]  # "… im Keller. Der Export verlangt sie": one sentence
        rest = rest.rstrip(".!")
        tokens = rest.split()
        if not 3 <= len(tokens) <= 8 or _PHRASE_STOP.search(rest) or _talks(rest):
            return None
        cores = [t.strip("\"'()").lower() for t in tokens]
        if any(c in words.STATE_WORDS for c in cores):
            return None
        content = [c for c in cores if c not in words.FUNCTION_WORDS]
        if len(content) * (2 if keyed else 5) < len(cores) * (1 if keyed else 3):
            return None
        return start, start + len(rest)

    def later_in_sentence(self, end: int, vpos: int) -> bool:
        """The value further on in the password word's sentence: after a preposition of a
        setting verb ("set the password to x", "Passwort hab ich auf x gestellt"), or after
        a colon that ends the statement ("ist das gleiche wie immer: x", "hat sich
        geändert, jetzt: x"), not a field of something else ("Ticket: 4711")."""
        text = self.text
        sentence = _SENTENCE.match(text, end)
        stretch = sentence.group() if sentence is not None else ""
        if not stretch:
            return False
        if self._after_adverbial(end, vpos):
            return True
        # "changed the password to x and now it is locked": the connector found later
        # ("is locked") gave no value, the setting verb's "to" right after the word does
        to = _SET_TO.match(text, vpos) or _SET_TO.match(text, end)
        # talk about the password before the value counts, not a state after it ("changed
        # the password to x without telling me, now it is locked")
        if to is not None and _TALK.search(text, end, to.start()):
            return False
        if to is not None and _SET_VERB.search(text, max(0, end - 60), end + len(stretch)):
            span = self.value(to.end(), words.PLAIN, loose=True)
            if span is not None:
                self.add(*span)
                return True
        colon = _COLON_LATER.match(text, end)
        if colon is not None and _TALK.search(_NEVER_CHANGED.sub(" ", colon.group())):
            # ("steht hinten drauf, wir haben es nie geändert: x": the default in use, said)
            return False
        if colon is None and _TALK.search(stretch):
            return False
        if colon is not None and colon.group("w").lower() in words.STOP_WORDS:
            span = self.value(colon.end(), words.PLAIN, loose=True)
            if span is not None:
                self.add(*span)
                return True
        if colon is not None:
            # "the pwd for the NAS is my initials plus my birthday: x", "password same as
            # username but with 2024 at the end: x": a description ends in a colon, then one
            # password-shaped token ends the message, line or sentence
            label = colon.group("w").lower()
            s, e = _token_at(text, colon.end())
            token = text[s:e].rstrip(".!?")
            if (
                label not in _OTHER_LABELS
                and label not in _LIST_WORDS
                and not any(stem in label for stem in _OTHER_LABEL_STEMS)
                and token
                and _LINE_END.match(text, s + len(token)) is not None
                and words.likeness(token) >= words.WORD
                and not words.is_non_secret_shape(token)
            ):
                self.add(*_trim_span(text, s, s + len(token)))
                return True
        said = _COPULA_LINE_END.match(text, end)
        if (
            said is not None
            and not _TALK.search(said.group())
            # only the password itself is the subject: "…, neues lautet", not "the password
            # export is" (an export's digest follows)
            and all(
                w.strip(",;:-–—").lower() in _SUBJECT_WORDS
                for w in said.group().split()[:-1]
                if w.strip(",;:-–—")
            )
        ):
            # "hab das PW geändert, neues lautet" ⏎ "Korb+Ente+Lampe": the sentence's verb
            # ends its line, the next line is one password-shaped token
            s, e = _token_at(text, said.end())
            token = text[s:e]
            if (
                _LINE_END.match(text, e) is not None
                and words.likeness(token) >= words.PLAIN
                and not words.is_non_secret_shape(token)
            ):
                self.add(*_trim_span(text, s, e))
                return True
        return False

    def _after_adverbial(self, end: int, vpos: int) -> bool:
        """``Das Passwort war zu dem Zeitpunkt Fr1tz.Box99, …``: the connector verb, a few
        plain words (when, since when), then a token shaped as a password (a digit or sign
        among letters) closing the clause."""
        text = self.text
        said = text[end:vpos].split()
        if not said or said[0].lower() not in _PHRASE_VERBS:
            return False
        limit = min(len(text), vpos + 80)
        stop = _CLAUSE_STOP.search(text, vpos, limit)
        if stop is None and limit < len(text):
            return False
        clause_end = stop.start() if stop is not None else len(text)
        tokens = text[vpos:clause_end].split()
        if not 2 <= len(tokens) <= 5:
            return False
        *lead, last = tokens
        if any(
            not t.isalpha()
            or t.lower() in _PREPOSITION_LEAD
            or _kind(t.lower())
            # "zu kurz" is talk, "zu dem Zeitpunkt" a time
            or (_TALK.search(t) and not (t.lower() == "zu" and lead[i + 1 : i + 2] == ["dem"]))
            for i, t in enumerate(lead)
        ):
            return False  # "ist laut Admin x": a source; "is for user x": someone else's
        core = words.trim(last)
        classes = (
            any(c.islower() for c in core)
            + any(c.isupper() for c in core)
            + any(c.isdigit() for c in core)
            + any(not c.isalnum() for c in core)
        )
        if words.is_product(last) or not (
            words.secret_shape(last) == words.SHAPED
            or (classes == 4 and words.likeness(last) >= words.STRONG)  # "Fr1tz.Box99"
        ):
            return False
        s = text.rindex(last, vpos, clause_end)
        self.add(*_trim_span(text, s, s + len(last)))
        return True

    def field_line(self, end: int) -> None:
        """ "Im Kennwort-Feld steht:" then the value alone on the next line: a line naming
        the password's field ends in a colon, one password-like token fills the next."""
        m = _FIELD_LINE.match(self.text, end)
        if m is None:
            return
        span = self.value(m.end(), words.PLAIN, hop=False)
        if span is not None and _LINE_END.match(self.text, span[1]) is not None:
            self.add(*span)

    def listed_logins(self, end: int) -> None:
        """ "Logins:" / "Zugänge für den Test:" then a list of "- role: value" lines: each
        value is a password, a plain word included (the heading is its context)."""
        text = self.text
        head = _FIELD_HEAD.match(text, end)
        if head is None or _RULES_WORD.search(text, max(0, end - 16), end) is not None:
            return  # "Kennwortrichtlinie:" then "- Komplexität: aktiviert": settings, no logins
        pos = head.end()
        for _ in range(16):
            item = _LOGIN_ITEM.match(text, pos)
            if item is None:
                return
            span = self.value(item.start("v"), words.WORD, keyed=True, hop=False)
            if span is not None:
                self.add(*span)
            pos = item.end()

    def answer_value(self, pos: int) -> tuple[int, int] | None:
        """A security answer at ``pos``: one word, or a short name of up to three words
        that ends the clause ("Oma Hilde", "blue corvette", "Mr. Whiskers, please …")."""
        span = self.value(pos, words.WORD, hop=False)
        m = _ANSWER_PHRASE.match(self.text, pos)
        if m is None or " " not in m.group("v"):
            return span
        cores = [t.strip(".").lower() for t in m.group("v").split()]
        if any(c in words.STOP_WORDS or _TALK.search(c) for c in cores):
            return span  # "is the name of my dog", "is wrong again": no name
        if span is not None and span[1] > m.end("v"):
            return span
        return m.start("v"), m.end("v")

    def security_answer(self) -> None:
        """ "my security question answer is x", "Antwort auf die Sicherheitsfrage: x": the
        answer to a security question is a password, a plain word included."""
        for m in _SECURITY_ANSWER.finditer(self.text):
            keyed = m.group().rstrip()[-1:] in ":="
            span = self.keyed_answer(m.end(), keyed)
            if span is None and (again := _ANSWER_RESTATED.match(self.text, m.end())):
                # the question named first, then its answer: "… is my mother's maiden
                # name, which is x", "ist der Name von meinem ersten Hund, also x"
                span = self.answer_value(again.end())
            if span is None and (apposed := _ANSWER_APPOSED.match(self.text, m.end())):
                span = self._capital_phrase(apposed.end())
            if span is not None:
                note = self.text.find(" (", span[0], span[1])  # "x (first pet)": a note
                self.add(span[0], note if note >= 0 else span[1])

    def _capital_phrase(self, pos: int) -> tuple[int, int] | None:
        """A name of one to three words at ``pos``, each opening with a capital, that ends
        the clause ("Oakridge Elementary"): an answer set off after the question restated."""
        m = _ANSWER_PHRASE.match(self.text, pos)
        if m is None:
            return None
        parts = m.group("v").split()
        if not all(p[:1].isupper() for p in parts):
            return None
        if any(p.strip(".").lower() in words.STOP_WORDS or _TALK.search(p.lower()) for p in parts):
            return None
        return m.start("v"), m.end("v")

    def keyed_answer(self, pos: int, keyed: bool) -> tuple[int, int] | None:
        """``answer_value``, and after ":"/"=" a phrase to the line end too ("security
        answer = the red house on the hill")."""
        span = self.answer_value(pos)
        if keyed:
            phrase = self.sentence_phrase(pos, keyed=True)
            if phrase is not None and (span is None or phrase[1] > span[1]):
                return phrase
        return span

    def topic_answer(self) -> None:
        """A security question named by its topic ("mother's maiden name answer: x",
        "Name meines ersten Haustiers = x", "Antwort für Lieblingslehrer ist x"): the
        answer is a password, a name included."""
        text = self.text
        signal: bool | None = None
        for t in _QUESTION_TOPIC.finditer(text):
            conn = _TOPIC_CONN.match(text, t.end())
            if conn is None:
                continue
            keyed = conn.group("key") is not None or conn.group("dash") is not None
            if not t.group("strong"):
                if signal is None:
                    signal = _TOPIC_SIGNAL.search(text) is not None
                if not signal:
                    continue  # "my favourite food is pizza": no security question
            span = self.keyed_answer(conn.end(), keyed)
            if span is None:
                continue
            first = text[span[0] : span[1]].split()[0].strip(".,;:!?\"'")
            if not keyed and first.lower() in words.STOP_WORDS:
                continue
            note = text.find(" (", span[0], span[1])
            self.add(span[0], note if note >= 0 else span[1])

    def as_answer(self) -> None:
        """ "als Sicherheitsantwort x angegeben", "as my security answer x": the answer
        named first, the value, then the verb closing the clause (or its end)."""
        text = self.text
        for m in _AS_ANSWER.finditer(text):
            span = self.value(m.end(), words.WORD, hop=False)
            if span is not None and (
                _SET_AFTER.match(text, span[1]) is not None
                or _PARTICIPLE_AFTER.match(text, span[1]) is not None
                or _CLAUSE_END.match(text, span[1]) is not None
            ):
                self.add(*span)

    def password_word_values(self) -> None:
        """The password word itself with digits or signs glued on ("password123",
        "Passw0rd1", "Passwort2024!"), tried, typed or given as the value: a weak password,
        not the word (a key such as "password1=" is followed by its connector)."""
        text = self.text
        users: set[int] | None = None
        if text.isascii() and _PW_WORD_GLUED.search(text.lower()) is None:
            return
        for m in _PW_WORD_VALUE.finditer(text):
            if (
                _PW_VALUE_CUE.search(text, max(0, m.start() - 24), m.start()) is not None
                or _SET_AFTER.match(text, m.end()) is not None
                or _TRIED_AFTER.match(text, m.end()) is not None
            ):
                if users is None:
                    users = user_values(text)
                if m.start() in users:
                    continue  # "Benutzername lautet Passwort123": a user's name (round 25)
                self.add(*m.span())

    def started_with(self, contexts: list[tuple[int, int]]) -> None:
        """ "Das Passwort fängt mit Sonnenschein an", "my password starts with Fx9k": the part
        a password is said to start with is a piece of it (not "mit einem Großbuchstaben",
        "with a dot": how it is made)."""
        text = self.text
        for m in _STARTS_WITH.finditer(text):
            value = m.group("v")
            if m.group("verb").lower() in ("fängt", "fing") and m.group("an") is None:
                continue  # "fängt mit x an": the particle closes the part
            if not any(
                0 <= m.start() - e <= 60 and _SENTENCE_END.search(text, e, m.start()) is None
                for _, e in contexts[:_MAX_TRIGGERS]
            ):
                continue
            low = value.lower()
            if (
                low in words.FUNCTION_WORDS
                or low.rstrip("sn") in _PART_WORDS
                or low in _PART_WORDS
                or words.likeness(value) < words.WORD
            ):
                continue
            self.add(m.start("v"), m.end("v"))

    def security_later(self) -> None:
        """A security question named, then its answer in the same sentence: after
        "Antwort:"/"answer is", after "I put"/"I used" (a word), after a colon only a
        date (a colon may give the question itself: "Sicherheitsfrage: Name des …");
        "memorable word" is followed by its value."""
        text = self.text
        for q in _SECURITY_QUESTION.finditer(text):
            below = _ANSWER_BELOW.match(text, q.end()) if not q.group("mem") else None
            if below is not None:
                # "Sicherheitsfrage: Wie hieß Ihr erstes Haustier?" then "Antwort: x" on
                # the next line: a form's two fields (round 22)
                span = self.keyed_answer(below.end(), True)
                line = _trim_span(text, below.end(), _line_end(text, below.end()))
                if (
                    line[1] > line[0]
                    and text[line[0] - 1] not in "([<"  # "(leider nicht notiert)": an aside
                    and (span is None or span[1] < line[1])
                    and len(text[line[0] : line[1]].split()) <= _ANSWER_LINE_WORDS
                ):
                    span = line  # "Antwort: Das Boot": the field's whole line (round 61)
                if span is not None:
                    self.add(*span)
                continue
            if q.group("mem"):
                m = _MEMORABLE_VALUE.match(text, q.end())
                span = self.value(m.end(), words.WORD, hop=False) if m is not None else None
                if span is not None:
                    self.add(*span)
                continue
            a = _ANSWER_LATER.match(text, q.end())
            if a is None:
                continue
            date = _ANSWER_DATE.match(text, a.end())
            if date is not None:
                self.add(*date.span())
            elif a.group("colon") is not None:
                # "Sicherheitsfrage: Name des ersten Haustiers → x": the colon gives the
                # question, an arrow (or "Antwort:") after it the answer, ending the line
                arrow = _ANSWER_ARROW.match(text, a.end())
                span = self.answer_value(arrow.end()) if arrow is not None else None
                if (
                    span is not None
                    and arrow is not None
                    and not re.search(r"(?i)answer|antwort", arrow.group())
                    and words.likeness(text[span[0] : span[1]].split()[0]) < words.PLAIN
                ):
                    span = None  # "…: Mein Konto → Sicherheit": a menu path, not a name
                if span is not None and _LINE_END.match(text, span[1]) is not None:
                    self.add(*span)
            elif a.group("colon") is None:
                span = self.answer_value(a.end())
                if (
                    span is not None
                    and _BARE_ANSWER.search(text, a.start(), a.end()) is not None
                    and _SUBJECT_AFTER.match(text, span[1]) is not None
                ):
                    span = None  # "die Antwort weiß ich nicht": a verb, its subject after it
                if span is not None:
                    self.add(*span)

    def changed_from_to(self, end: int) -> bool:
        """Right after the password word "from x to y" / "von x auf y" and a setting verb
        in the sentence: the old value and the new one."""
        text = self.text
        changed = _FROM_TO.match(text, end)
        if changed is None:
            return False
        line_end = text.find("\n", end, end + 100)  # the values may hold "!" or "."
        stop = line_end if line_end >= 0 else min(len(text), end + 100)
        if _SET_VERB.search(text, max(0, end - 60), stop) is None:
            return False
        old = self.value(changed.start("old"), words.PLAIN, hop=False)
        new = self.value(changed.end(), words.PLAIN, loose=True)
        if old is None or new is None:
            return False
        self.add(*old)
        self.add(*new)
        return True

    def _not_phrase(self, span: tuple[int, int]) -> bool:
        # A bare passphrase is too easily ordinary prose: keep only one-token values.
        return " " not in self.text[span[0] : span[1]]

    def pin(self, pos: int) -> bool:
        pause = _HESITATION.match(self.text, pos)
        if pause is not None:
            pos = pause.end()  # "the PIN is – wait – 3 8 1 1"
        quote = self.text[pos : pos + 1]
        if quote in ('"', "'"):
            pos += 1  # 'pin = "2468Ab"': the quotes hold it (round 60)
        m = _PIN_VALUE.match(self.text, pos, pos + 16)
        if m is not None and 4 <= sum(ch.isdigit() for ch in m.group(1)) <= 8:
            if quote in ('"', "'") and not self.text.startswith(quote, m.end()):
                return False
            self.add(pos, pos + len(m.group(1)))
            return True
        return False

    def pin_later(self, pos: int) -> None:
        m = _PIN_LATER.match(self.text, pos)
        if m is not None and not _NUMBER_WORD.search(m.group()):
            self.add(*m.span("v"))
        elif m is None:
            qa = _PIN_ANSWERED.match(self.text, pos)  # "Q: what's the PIN …? A: 55 19 08"
            if qa is not None:
                self.pin(qa.end())

    def old_asides(self) -> None:
        """A found value, then an aside giving the one before it: "… 90 21 (die alte war
        1122)", "x (old one: y)": the old value is a secret too."""
        text = self.text
        for _start, end in list(self.spans)[:_MAX_TRIGGERS]:
            m = _OLD_ASIDE.match(text, end)
            if m is None:
                continue
            span = self.value(m.end(), words.PLAIN, hop=False)
            if span is not None and text.startswith(")", span[1]):
                self.add(*span)

    def after_key_word(self, end: int) -> None:
        """A key word names a password ("WLAN-Schlüssel ist x", "der Schluessel: x") only
        when its value is shaped like one (not "der Schlüssel liegt beim Nachbarn")."""
        m = _forward(self.text, end)
        if m is None and self.text.startswith(('PSK "', "PSK '"), end - 3):
            # ipsec.secrets' ': PSK "x"': the quotes hold the pre-shared key, whatever its
            # shape (a passphrase of words too), unless a placeholder (round 58)
            q = self.quoted(end + 1)
            if (
                q is not None
                and q[1] > q[0]
                and not words.is_non_secret_shape(self.text[q[0] : q[1]])
            ):
                self.add(*q)
            return
        if m is None or (m.group("qual") and not _PURPOSE.match(m.group("qual"))):
            return
        q = self.quoted(m.end()) if self.text[m.end() : m.end() + 1] in _QUOTES else None
        psk = self.text[:end].lower().endswith("psk")
        if q is not None and q[1] > q[0] and psk and "=" in m.group("conn"):
            # wpa_supplicant's psk="…": the quotes hold the passphrase, whatever its shape
            # (a WEP-length hex string, a word), unless it is a placeholder or a mask
            if not words.is_non_secret_shape(self.text[q[0] : q[1]]):
                self.add(*q)
            return
        if q is not None and q[1] > q[0]:
            # 'the key is "zielona herbata 9"', 'Schlüssel: "Grüner Tee 7"': the quotes hold
            # the whole value, a few words and a number with the spaces in it
            inner = self.text[q[0] : q[1]]
            if words.secret_like(inner) or _QUOTED_WORDS_NUMBER.fullmatch(inner):
                self.add(*q)
                return
        s, e = _token_at(self.text, m.end())
        raw = _RAW_PSK.match(self.text, s) if psk else None
        if raw is not None:
            self.add(*raw.span())  # wpa_supplicant's "psk=<64 hex digits>": the raw key
            return
        if e > s and words.secret_like(self.text[s:e]):
            self.add(*_trim_span(self.text, s, e))
        elif (
            e > s
            and (
                words.likeness(self.text[s:e]) >= words.PLAIN
                # ("key is pallet-jack-orange": words joined as one passphrase)
                or _HYPHENED_WORDS.fullmatch(words.trim(self.text[s:e])) is not None
            )
            and _WIFI_BEFORE.search(self.text, max(0, end - 120), end) is not None
        ):
            # "Wifi in the warehouse is X, key is lagerhalle-2024-wlan": a network's key is
            # its password, a plain (non-dictionary) token is enough
            self.add(*_trim_span(self.text, s, e))

    def _names_thing(self, end: int) -> bool:
        """The password word ending at ``end`` names a thing about passwords ("password
        reset", "password manager"), not the password."""
        if self.text[end : end + 1] not in (" ", "-"):
            return False
        nxt = _NEXT_TOKEN.match(self.text, end)
        if nxt is None:
            return False
        low = nxt.group(1).lower()
        return low in _KEY_META or _TALK.fullmatch(low) is not None

    def _add_before(self, start: int, end: int) -> None:
        """Add a value found before its password word; a token that closes a quote takes
        the quoted words with it ('it's "blue Fox 7" (the password)', '"a b" as password')."""
        text = self.text
        s, e = _trim_span(text, start, end)
        if _name_labelled(text, s):
            return  # "my wifi name …: x (the password I will not send)": x is the name
        close = text[e : e + 1]
        if (
            close
            and close in _QUOTE_OPENERS
            and s > 0
            and text[s - 1] not in _ALL_QUOTES
            and text[e + 1 : e + 2]
            not in (".", "!", "?")  # "'…'. Ist das Passwort": a new sentence
        ):
            opener = _QUOTE_OPENERS[close]
            line_start = text.rfind("\n", 0, s) + 1
            o = max(text.rfind(q, max(line_start, s - 60), s) for q in opener)
            if (
                o >= 0
                and (o == 0 or text[o - 1] in " \t\n(:[")
                and not any(q in text[o + 1 : s] for q in _ALL_QUOTES)
                and len(text[o + 1 : e].split()) <= 6
            ):
                s = o + 1
        if e > s:
            self.add(s, e)

    def _word_ends_phrase(self, end: int) -> bool:
        """The password word ends its noun phrase: the text, a mark, a function word or a
        participle follows ("as password, rejected", "als Passwort gesetzt"), not the
        compound's head ("as password backend", "als Passwort-Manager")."""
        text = self.text
        if end >= len(text) or text[end] in "\n.,;:!?)":
            return True
        if text[end] != " ":
            return False
        s, e = _token_at(text, end + 1)
        nxt = words.trim(text[s:e])
        return (
            not any(c.isalnum() for c in nxt)  # a dash, a face: the phrase ended
            or nxt.lower() in words.FUNCTION_WORDS
            or _PARTICIPLE.fullmatch(nxt) is not None
            or nxt.lower() in _PHRASE_ENDERS
            or (nxt.islower() and nxt.endswith("ed"))
        )

    def _state_asked(self, end: int) -> bool:
        """A state word follows the password word and its clause asks ("is my password
        saved?", "ist mein Passwort gespeichert?")."""
        text = self.text
        if not text.startswith(" ", end):
            return False
        s, e = _token_at(text, end + 1)
        if words.trim(text[s:e]).rstrip("?!.,").lower() not in words.STATE_WORDS:
            return False
        stop = _SENTENCE_END.search(text, s)
        return stop is not None and stop.group() == "?"

    def before_password_word(self, start: int, end: int) -> None:
        if start == 0:
            return  # every rule below needs a value before the word
        if self.text.startswith(("=", "::"), end):
            return  # "… we use is Password=;…": a key with its own value, no name for one
        if self.text.startswith("(", end) and _CALL_ARGUMENT.match(self.text, end + 1):
            return  # 'shows the struct as Password("…")': a type's or a call's name in code
        window_start = max(0, start - 80)
        window = self.text[window_start:start]
        if self._names_thing(end):
            return  # "we use Windows11 as the password manager host"
        f = _BEFORE_FOR.search(window)
        if f is not None and words.secret_like(f.group("val")):
            # "I typed in kakadu77 for the password", "hab Kiesel55 für das Passwort getippt"
            s, e = f.span("val")
            self._add_before(window_start + s, window_start + e)
            return
        typed = _TYPED_AS.search(window) if " " in window else None
        if typed is not None and self._word_ends_phrase(end):
            s, e = typed.span("val")
            lead = _TYPED_AS_ADVERB.match(window, s, e)
            if lead is not None:
                s = lead.end()  # "habe testweise x als Passwort": the adverb is no part
            aside = window.find(" (", s, e)
            if aside >= 0:
                e = aside  # "entered ___ (three underscores) as": the bracket describes it
            said = _TYPED_AS_PARTICIPLE.search(window, s, e)
            if said is not None:
                e = said.start()  # "Hab x genommen als Passwort": the verb closes the value
            if s < e and _typed_as_value(window[s:e]):
                self._add_before(window_start + s, window_start + e)
                return
        w = _BEFORE_WHAT.search(window)
        if w is not None and words.likeness(w.group("val")) >= words.PLAIN:
            s, e = w.span("val")
            self._add_before(window_start + s, window_start + e)
            return
        m = _BEFORE.search(window)
        if m is None and ("(" in window or "[" in window):  # _BEFORE_PAREN needs a bracket
            m = _BEFORE_PAREN.search(window)
            if m is not None and (
                _ASIDE_CLAUSE.match(self.text, end) is not None
                or _ASIDE_OWN.match(self.text, end) is not None
            ):
                # "bean (the password is in my vault)", "Konfiguration (Passwörter habe ich
                # entfernt)": the bracket is a sentence about a password, not X's label
                return
        if m is not None and _ASKED.search(window, 0, m.start("val")) is not None:
            return  # "Ab welchem Datum ist das neue Passwort Pflicht?": a question's noun
        if (
            m is not None
            and (m.groupdict().get("verb") or "").lower() not in ("as", "als")
            and self._state_asked(end)
        ):
            return  # "…, is my password saved?": a question about its state, no name for X
        if (
            m is not None
            and (m.groupdict().get("verb") or "").lower() in _INVERTED_COPULAS
            and _PREPOSITION_BEFORE.search(window, 0, m.start("val")) is not None
        ):
            return  # "Laut Konfiguration ist die Passphrase …": a preposition's noun (round 22)
        if m is not None:
            s, e = m.span("val")
            token = window[s:e]
            level = words.untagged_likeness(token)  # "!start is pwd": no YAML tag before "is"
            verb = m.groupdict().get("verb") or ""
            need = words.PLAIN if verb.lower() in ("as", "als") else words.WORD
            if level == words.WORD and _descriptive(words.trim(token)):
                return
            if words.trim(token).lower() in _JOINING:
                return  # "both lines together are the password": the pieces sent before
            if token.lower() in _POINTING_ONE:
                return  # "the first one was the password you asked for": points back
            if level == words.WORD and _points_back(window, window_start, s):
                return  # "das zweite war mein Passwort": an earlier message, no value
            if level >= need:
                self._add_before(window_start + s, window_start + e)
                return
        loose = _BEFORE_LOOSE.search(window)
        if loose is not None and words.secret_like(loose.group("val")):
            # "X is mei passwort": any short word for "my" when X is shaped as a password
            s, e = loose.span("val")
            self._add_before(window_start + s, window_start + e)
            return
        c = _BEFORE_CLAUSE.search(window)
        if c is not None and words.likeness(c.group("val")) >= words.STRONG:
            s, e = c.span("val")
            self._add_before(window_start + s, window_start + e)
            return
        d = _BEFORE_DASH.search(window)
        if (
            d is not None
            and _ANAPHOR.search(d.group("clause")) is not None
            and _WORD_ENDS_CLAUSE.match(self.text, end) is not None
        ):
            # "X — that's the pw for …", "for X — I use exactly that as my password": a
            # dash, then a clause pointing back at X and naming it the password (round 24)
            val = d.group("val")
            level = words.likeness(val)
            at = d.start("val")
            opens = (at == 0 and window_start == 0) or (at > 0 and window[at - 1] == "\n")
            if level >= words.STRONG or (
                level == words.PLAIN
                and words.trim(val).isalnum()
                and (opens or len(words.trim(val)) >= 12)
            ):
                s, e = d.span("val")
                self._add_before(window_start + s, window_start + e)

    def after_user_word(self, kind: str, end: int) -> None:
        m = _LIST.match(self.text, end)
        if m is None:
            return
        user = m.group("user")
        if "\n" in m.group("sep") and _SUBJECT_LINE.match(
            self.text, self.text.rfind("\n", 0, end) + 1
        ):
            return  # "Betreff: AW: Zugang Personio" ⏎ "Astrid, …": a mail's subject line
        pair = "=" in user or "=" in m.group("pw").rstrip("=")
        if user[-1:] in ".!?" and "\n" in m.group("sep"):
            return  # "… für das Konto a@b.at." then "Hochachtungsvoll": the sentence ended
        if m.group("sep") == ":" and words.MAC_ADDRESS.match(self.text, m.start("user")):
            return  # "username: CC:22:3D:E3:CE:30": a device's address (round 60)
        if user[:1] in "@>}" or user[:2] == "]@":
            return  # "user@server:repo.git", "<credentials>@host/db": an address, no pair
        if user[:1] == "[" and user[-1:] == "]" and "\n" in m.group("sep"):
            return  # "credentials file:" ⏎ "[default]" ⏎ "aws_…": an INI file's section (round 61)
        if user.lower() in words.STOP_WORDS or user.lower() in _PW_WORDS or pair:
            return  # "error=access_denied&state=xyz": query pairs, not user and password
        if m.group("sep").strip() == ":" and (
            user.lower() in ("id", "name") or user.lower() in _USER_WORDS
        ):
            return  # "test account for the connector:\nID: oca_test": a label and its login
        if words.is_null(user) or "(" in user:
            return  # "WHERE password IS NULL AND …", "crypt(:new_password": SQL, not a pair
        if not m.group("mid") and (
            _kind(words.trim(user).lower()) in ("key", "pw", "pin")
            or words.trim(user).lower() in _CREDENTIAL_NOUNS
        ):
            return  # "Game Server Login Token and steamcmd": the login word names a token
        if m.group("mid") and _CONTEXT_STEM.search(m.group("mid")):
            return  # "users WHERE password IS …": the password word's own statement
        if m.group("sep") == "/" and user.isdigit() and m.group("pw")[:1].isdigit():
            return  # "Kundennummer 10/27/604", "ab 01/25": one number written with slashes
        sep = m.group("sep").strip()
        # an e-mail address names a login; MySQL's quoted 'user'@'host' does not pair
        email = "@" in user and user[:1] not in "'\"`"
        if kind == "user" and sep in {"", ",", ";", "+"} and not email:
            return  # "user bob, the admin": a list only with a clear pair separator
        # "Nutzer k.weber@firma.de, Auftrag …": after a comma a dictionary word starts a clause
        comma = sep == ","
        need = words.WORD if (kind == "list" or email) and not comma else words.PLAIN
        s = m.start("pw")
        label = (
            _LABEL_END.match(m.group("pw")) or _FIELD_LABEL.fullmatch(m.group("pw"))
        ) and self.text.startswith(" ", m.end())
        if _kind(m.group("pw").strip(":=").lower()) or label:
            return  # the next key, not a value ("Number / Kontonummer: DE…": a label)
        if self._names_next_field(m.group("pw"), m.end()):
            return  # "… and workspace ID ws-1", "Kundennr. 88017": the next field's name
        if "\n" in m.group("sep") and _QUOTED_SETTING.match(self.text, m.end()) is not None:
            return  # "User a@b.c" ⏎ 'PassCmd "pass show mail"': the next line's key, quoted value
        if self.text.startswith("(", s) and _BRACKET_WORDS.match(self.text, s) is not None:
            return  # "Password    (app password, 16 chars, …)": an aside where the value stood
        span = self.value(s, need, keyed=True)
        if span is None or (comma and " " in self.text[span[0] : span[1]]):
            return  # "Zugangsdaten stimmen, trotzdem kommt …": a clause after the comma
        said = self.text[span[0] : span[1]].split()
        if len(said) > 1 and any(_kind(words.trim(t).lower()) in ("pw", "pass") for t in said):
            return  # "my user is x and system say wrong password": a clause about it
        if len(said) > 1 and _OBJECT_AFTER.match(self.text, span[1]) is not None:
            return  # "… and five people use it.": a clause with its object, no passphrase
        first = said[0].strip("()[],;.").lower()
        if first in _SIGN_IN_METHODS:
            return  # "Zugang: admin / SSO (Azure AD)": how the user signs in, no password
        if "\n" in m.group("sep") and _named_in_address(user, said[0]):
            return  # "User: anna.berg@x.de" ⏎ "Anna Berg" ⏎ "Einkauf": its owner signs
        if "\n" in m.group("sep") and words.signs_off(self.text, span[0]):
            # "Account: theo@quillhouse.studio" ⏎ "Theo" (round 58), "Aoife Byrne", "Gruß,
            # Wiebke Frey" (round 60): the mail's sign-off
            return
        self.add(*span)
        for _ in range(16):  # the rest of a list: "alice / x, bob / y, carol / z"
            nxt = _PAIR_NEXT.match(self.text, span[1])
            if nxt is None or nxt.group("user").lower() in words.STOP_WORDS:
                break
            span = self.value(nxt.start("pw"), words.PLAIN, keyed=True)
            if span is None:
                break
            self.add(*span)

    def _names_next_field(self, token: str, end: int) -> bool:
        """The token after a list's separator names the next field rather than being a
        value: an abbreviated label before its number ("Kundennr. 88017"), or a noun
        followed by an identifier or password word ("workspace ID ws-1", "Owner password:
        …", "Firma Passwort: …") (round 24)."""
        if token.endswith(".") and _FIELD_LABEL.fullmatch(token[:-1]):
            return _SPACE_DIGIT.match(self.text, end) is not None
        if _field_then_value(self.text, token, end):
            return True  # "admin / port 445", "… und Ordner /export/77": the next field
        if not token[-1:].isalpha() or not self.text.startswith(" ", end):
            return False
        nxt = _NEXT_TOKEN.match(self.text, end)
        if nxt is None:
            return False
        low = nxt.group(1).lower().rstrip(":=")
        if (
            token.isalpha()
            and self.text[end - len(token) - 1 : end - len(token)] == "\n"
            and self.text.startswith(":", nxt.end())
            and nxt.group(1).isalpha()
        ):
            return True  # "login: a@b.c" ⏎ "backup email: …": the next line's label
        if low in _ID_NOUNS or (
            _kind(low) in ("pw", "pin", "pwkey") and self.text.startswith((":", "="), nxt.end())
        ):
            return True
        # "Kundennummer 100482 und Rechnung RE-2024-0113": a noun, then the reference it names
        ref = _REF_AFTER.match(self.text, end)
        return ref is not None and token.isalpha() and words.is_reference(words.trim(ref.group(1)))

    def korean_glued(self) -> None:
        """``비번은Prl23Db#@``: the Korean password word, its topic particle and the value
        typed on without a space (Hangul and ASCII are one word to the trigger scan)."""
        for m in _KOREAN_GLUED.finditer(self.text):
            value = m.group("v")
            if words.likeness(value) >= words.PLAIN and not words.is_non_secret_shape(value):
                self.add(*_trim_span(self.text, *m.span("v")))

    def slashed_fields(self) -> None:
        """Fields named together and given together, both joined by slashes: ``IP/ID/PW
        192.168.0.1/master/x`` (the value in the password word's place)."""
        text = self.text
        for m in _SLASHED_FIELDS.finditer(text):
            labels = [part.strip().lower() for part in m.group("labels").split("/")]
            values = m.group("values").split("/")
            if len(labels) != len(values):
                continue
            places = [i for i, label in enumerate(labels) if _kind(label) in ("pw", "pass")]
            if len(places) != 1:
                continue
            start = m.start("values") + sum(len(v) + 1 for v in values[: places[0]])
            value = values[places[0]]
            if words.likeness(value) >= words.PLAIN and not words.is_non_secret_shape(value):
                self.add(*_trim_span(text, start, start + len(value)))

    def spelled(self, said: list[tuple[int, int]]) -> None:
        """A value typed a character at a time or spelled with a spelling alphabet, after a
        password word or in a text that says it is typed apart or spelled ("I'll type it
        with spaces so your bot doesn't eat it: K e t t l e 7 7 #"); not a user name's or
        an order's spelling ("my user name spelled: a n n a 7")."""
        text = self.text
        after = said[0][0] if said else 0
        for span in (spelled_alphabet(text), None if said else resend.singles(text)):
            if span is None or span[0] < after:
                continue
            before = text[max(0, span[0] - _SPELL_NAMED_REACH) : span[0]]
            if resend.names_other(before) or _SPELL_NAME.search(before) is not None:
                continue
            self.spans.append(span)

    def directive_value(self, start: int, end: int) -> None:
        """``requirepass x`` anywhere in a line ("also ist jetzt requirepass foobared
        aktiv"): a server's setting, a blank, its value whatever its shape; on a commented
        line ("# requirepass foobared") it is the sample config's example (round 58)."""
        text = self.text
        if _COMMENTED_BEFORE.search(text, max(0, start - 4), start) is not None:
            return
        d = _DIRECTIVE_VALUE.match(text, end)
        if d is None:
            return
        core = d.group("v")
        if core.lower() in words.dictionary() or placeholders.names_its_field(core):
            # "is the masterauth setting needed?": the directive named in prose;
            # "requirepass mypassword": the docs' slot
            return
        span = self.value(d.start("v"), words.WORD, keyed=True)
        if span is None and not (
            words.is_placeholder(core) or words.is_null(core) or core.lower() in words.STOP_WORDS
        ):
            span = d.span("v")  # "requirepass 8f3e1c0a…": hex is a hash's shape, not here
        if span is not None:
            self.add(*span)

    def server_rows(self) -> None:
        """A VPN's chap-secrets row (``"anna"  l2tpd  "Birke#2024"  *``: client, server,
        secret, address) and redis-cli's ``127.0.0.1:6379> auth x``: the secret's place in
        the line is fixed, so any value there that is no placeholder (round 58)."""
        text = self.text
        for m in _CHAP_ROW.finditer(text):
            v = m.group("v").strip('"')
            if v and not (words.is_placeholder(v) or words.is_null(v) or v.startswith("<")):
                self.add(*_trim_span(text, *m.span("v")))
        for m in _CLI_AUTH.finditer(text):
            if not (words.is_placeholder(m.group("v")) or m.group("v").isupper()):
                self.add(*m.span("v"))

    def structured(self) -> None:
        text = self.text
        if text.count(":") >= 4:
            for m in _PGPASS_LINE.finditer(text):
                v = m.group("v")
                if v.strip("*") and not words.is_null(v) and not _ANGLED.match(text, m.start("v")):
                    self.add(*m.span("v"))  # (a "*" there is the wildcard of the other fields)
        if "l2tpd" in text or "pptpd" in text or "> auth" in text or "> AUTH" in text:
            self.server_rows()
        if " 0 " in text or "ommunity " in text:
            for m in _DEVICE_SECRET.finditer(text):
                group = "v" if m.group("v") else "c"
                if not words.is_null(m.group(group)) and not _ANGLED.match(text, m.start(group)):
                    self.add(*m.span(group))
        # Each scan runs only when a literal it needs is in the text (the common message
        # has none of them).
        scans = []
        if "@" in text and ":" in text:
            scans = [_URL_USERINFO, _BARE_USERINFO, _DSN_USERINFO]
            for m in _URL_SPACED_USERINFO.finditer(text) if "://" in text else ():
                if " " in m.group("pw") and m.group("user") != "localhost":
                    self.add(*m.span("pw"))
        if "-u" in text or "--auth" in text or ("-U" in text and "curl" in text):
            scans.append(_CLI_USERPASS)
        if " -" in text and ":" in text:
            self._flag_user_pairs()
        for rx in scans:
            for m in rx.finditer(text):
                if rx is _CLI_USERPASS:
                    self._cli_userpass(m)
                    continue
                pw = m.group("pw")
                if _MASK_WORD.fullmatch(pw):
                    continue  # "https://u:REDACTED@host": another tool's mask, no password
                if rx is _URL_USERINFO and pw.endswith(":") and m.group("user").isupper():
                    continue  # "imap://PLAIN:user:@server": a mechanism, a user, no password
                if rx is not _URL_USERINFO and m.group("user").lower() in _ADDRESS_SCHEMES:
                    continue  # "mailto:anna@x.org": a scheme, not a user
                if m.group("user").lower() == "anonymous" and pw.lower() in _ANONYMOUS_PASSWORDS:
                    continue  # "ftp://anonymous:guest@mirror": a public mirror's convention
                if _url_template(m.group("user"), pw):
                    continue  # "redis://[:password]@…", "youruser:yourpass@…": slots to fill
                # In a URL or a DSN the position names the password: "pw", "bar", "p" are
                # passwords there (a template, a mask or a port is none)
                positional = rx is not _BARE_USERINFO and not _NOT_POSITIONAL.search(pw)
                literal = positional or pw.lower() in _URL_WORDS
                if (
                    pw.isupper()
                    and m.group("user").isupper()
                    and _UPPER_HOST.match(text, m.end())
                    and _capital_template(m.group("user"), pw)
                ):
                    continue  # "postgres://USER:PASSWORD@HOST/DB": a template in capitals
                if pw.lower() in _URL_WORDS and (
                    pw.isupper()
                    or m.group("user").startswith("[")  # "mongodb://[username:password@]…"
                    or _SAYS_EXAMPLE.search(text)
                    or _WORD_PORT.match(text, m.end()) is not None
                ):
                    # "admin:PASSWORD@mq", "user:password@…" in a .env.example; a port
                    # named by a word ("https://user:password@host:port/path"): a format
                    continue
                if (words.is_non_secret_shape(pw) and not literal) or (
                    len(pw) < 2 and not positional
                ):
                    continue
                if rx is _BARE_USERINFO and words.likeness(pw) < words.PLAIN and not literal:
                    continue
                if _PORT.fullmatch(pw) and not (
                    rx is _URL_USERINFO and _digit_password(text, m.group("user"), pw, m.end())
                ):
                    continue  # host:port@…: "133.133.133.133:8080@x", "https://url:8000"
                self.add(*m.span("pw"))
        for m in _ENCODED_USERINFO.finditer(text) if "%" in text and ":" in text else ():
            pw = m.group("pw")
            user = m.group("user")
            if not any(c.isalpha() for c in user) or not any(c.isalpha() for c in pw):
                continue  # "10:45%20later": a time
            if not words.is_non_secret_shape(pw):
                self.add(*m.span("pw"))
        if "://" in text:
            for m in _URL_NO_HOST.finditer(text):
                pw = m.group("pw")
                if m.group("user").lower() == "localhost" or pw.isdigit() or _PORT_PROPS.match(pw):
                    continue  # host:port, "sql01:1433;databaseName=…": JDBC's properties
                if words.likeness(pw) >= words.STRONG:  # not a word: "mailto://sales:Anfrage"
                    self.add(*_trim_span(text, *m.span("pw")))
        if "/" in text and "@" in text:
            self._oracle()
        if "(" in text and "," in text:
            low = text.lower()
            if any(w in low for w in _AUTH_CALL_WORDS) or "Pin" in text or "PIN(" in text:
                self.credential_calls()
            if "'," in text or '",' in text:
                self.keyed_calls()
            for m in _KEYSTORE_ARG.finditer(text) if any(f in low for f in _KEYSTORE_FILES) else ():
                v = m.group("v")
                if not words.is_null(v) and not words.is_non_secret_shape(v):
                    self.add(*m.span("v"))
        if "(" in text and ("ncode" in text or "ash" in text or "rypt" in text):
            for found in code_secrets.hashed_literals(text):
                self.add(*found)
        if "," in text and ("{" in text or "(" in text or "[" in text):
            for found in code_secrets.keyword_tuples(text):
                self.add(*found)
            if "[" in text or '"}' in text or '">>' in text:
                for found in code_secrets.listed_secrets(text):
                    self.add(*found)
        if ":\n" in text or "=\n" in text:
            for found in code_secrets.next_line_literals(text):
                self.add(*found)
        if "=" in text and _ENV_HINT.search(text) is not None:
            for found in code_secrets.env_assignments(text):
                self.add(*found)
        if "='" in text or '="' in text or "= '" in text or '= "' in text:
            for found in code_secrets.named_elsewhere(text):
                self.add(*found)
        if text.count("(") > 1 and ('",' in text or "'," in text):
            for found in code_secrets.signature_arguments(text):
                self.add(*found)
        for found in tool_formats.spans(text):
            self.add(*found)
        if "=" in text and (
            ";" in text or "&" in text or "?" in text or ("," in text and ",pass" in text.lower())
        ):
            for m in _CONN_PAIR.finditer(text):
                group = next(
                    g for g in ("pw", "pw2", "pw3", "pw4", "pw5") if m.group(g) is not None
                )
                pw = m.group(group)
                if pw.startswith("{"):
                    inner = pw[1:-1]
                    s, e = (m.start(group) + 1, m.end(group) - 1) if inner else (0, 0)
                else:
                    inner, (s, e) = pw, m.span(group)
                if not inner or words.is_null(inner) or words.is_non_secret_shape(inner):
                    if not (inner.isdigit() and len(inner) >= 3) and (
                        # "…;user id=user;password=password;": the string's field holds
                        # the literal it was given, even the word itself (round 40)
                        group != "pw"
                        or pw.startswith("{")  # "Password={pwd}": a format's slot
                        or inner.lower() not in _LITERAL_WORDS
                    ):
                        continue  # "Pwd=;", "password=${PW}", "pwd=%s"; "password=4711" counts
                elif _MY_SLOT.fullmatch(inner) is not None and _SAYS_EXAMPLE.search(text):
                    continue  # "Pwd=myPassword;" in the README's example string: its slot
                self.add(s, e)
        if "=" in text and " " in text and self._libpq_string():
            for m in _LIBPQ_PASSWORD.finditer(text):
                pw = m.group("pw")
                # the position names the password: "password=secret" there is no placeholder
                literal = pw.lower() in _URL_WORDS
                if (literal or not words.is_null(pw)) and not _NOT_POSITIONAL.search(pw):
                    self.add(*m.span("pw"))
        short_keys = (
            (*_SHORT_KEYS.finditer(text), *_SHORT_KEYS_REVERSED.finditer(text))
            if ":" in text or "=" in text
            else ()
        )
        for m in short_keys:
            if _ANGLED.match(text, m.start("pw")):
                continue  # "/user:<name> /pass:<5555>": the docs' slots, whatever is inside
            span = self.value(m.start("pw"), words.WORD, keyed=True)
            if span is not None and _PHONE_ASIDE.match(text, span[1]) is None:
                self.add(*span)  # (not "p: 555-0142 (her desk phone)": "p" was the phone)
        if "-p" in text or "--pass" in text or "--pw" in text or "-P" in text:  # '"-pX"' too
            for m in _CLI_PASS.finditer(text):
                group = next(g for g in ("pw", "glued", "pw2", "upper", "upperglued") if m.group(g))
                raw_s, raw_e = m.span(group)
                s, e = self._quoted_argument(raw_s, raw_e)
                prog = _CLI_CONTEXT.search(text[max(0, m.start() - 200) : m.start()])  # "-u x -p y"
                mysql = prog is not None and prog.group().lower().startswith(("mysql", "maria"))
                tool = prog is not None and prog.group().lower() in _PASSWORD_FLAG_TOOL
                upper = group in ("upper", "upperglued")
                if upper and (prog is None or prog.group().lower() not in _UPPER_P_TOOL):
                    continue  # "-P" is a port but to sqlcmd, osql and mosquitto's clients
                if group != "pw" and prog is not None and prog.group().lower().startswith("mosq"):
                    tool = upper  # mosquitto's "-p" is its port
                    if not tool:
                        continue
                if group == "pw2" and mysql:
                    continue  # mysql's -p takes its value glued; "-p shopdb" names the database
                if (
                    group != "pw"
                    and not (tool and (group == "pw2" or upper))
                    and (
                        prog is None
                        or (
                            " " not in text[s:e]
                            and words.likeness(text[raw_s:raw_e]) < words.PLAIN
                            and _JOINED_PHRASE.fullmatch(text[raw_s:raw_e]) is None
                            and not (group == "glued" and mysql)  # "mysql -proot": a password
                        )
                        or _PORTISH.fullmatch(text[raw_s:raw_e].rstrip("`'\""))  # "-p 2222`"
                    )
                ):
                    continue
                if (
                    group == "pw"
                    and text[raw_s:raw_e].lower() in words.FUNCTION_WORDS
                    and text[raw_e : raw_e + 1] == " "
                ):
                    continue  # "Using --password via the CLI is insecure": the flag named
                if words.is_non_secret_shape(text[raw_s:raw_e]) or _ANGLE_PLACEHOLDER.match(
                    text, raw_s, raw_e
                ):
                    continue  # also "--password <your-password>": the docs' placeholder
                if _SLOT_NAME.fullmatch(text, s, e) and _names_secret_slot(text[s:e]):
                    continue  # "--password 'NEW_PASSWORD'": the docs' slot (round 40)
                self.add(s, e)
        for needle, rx in _TOOL_SECRETS if _TOOL_NEEDLE_SCAN.search(text) is not None else ():
            for m in rx.finditer(text) if needle in text else ():
                flag = m.groupdict().get("flag") or ""
                v = m.group("v")
                if flag.lower().endswith(_NOT_PASS_FLAGS) or v.startswith(("env:", "file:", "fd:")):
                    continue  # --bypass x; openssl's -passin env:VAR names where it is
                if _SLOT_NAME.fullmatch(v.strip("\"'")) and _names_secret_slot(v.strip("\"'")):
                    continue  # "--password 'NEW_PASSWORD'": the docs' slot (round 40)
                if needle in _SHAPELESS_NEEDLES:
                    inner = v.strip("\"'")
                    if (
                        inner
                        and not words.is_null(inner)
                        and not placeholders.names_its_field(inner)
                    ):
                        s, e = m.span("v")
                        self.add(*((s + 1, e - 1) if inner != v else (s, e)))
                elif words.likeness(v) >= words.PLAIN and not words.is_non_secret_shape(v):
                    self.add(*self._quoted_argument(*m.span("v")))
        for m in _PASSPHRASE_WORDS.finditer(text) if "hrase" in text else ():
            if _passphrase_words(m):
                self.add(*m.span("v"))
        for m in _QUERY_PASSWORD.finditer(text) if "=" in text else ():
            pw = m.group("pw")
            if m.group("key").lower() == "pass" and words.likeness(pw) < words.PLAIN:
                continue  # "?pass=word": "pass" is also a ticket or a pass-through
            if pw.lower() in _URL_WORDS or not words.is_non_secret_shape(pw):
                self.add(*m.span("pw"))
        if text.count(":") >= 4:
            for m in _PGPASS.finditer(text):
                if words.likeness(m.group("pw")) >= words.PLAIN:
                    self.add(*m.span("pw"))
        for m in _LEET_VALUE.finditer(text) if '"' in text or "'" in text else ():
            self.add(*m.span("v"))
        if "@" in text and ("\n" in text or "@" in text.partition(":")[0]):
            self.combo_lines()
        if self.spans:
            self._repeated()
        low = text.lower()
        code = "/user:" in low or "securestring" in low or "ctss" in low or "auth" in text
        code = code or "redis-cli" in text or "</" in text or "DENTIFIED" in text.upper()
        code = code or "value=" in text or "@" in text or "value:" in text
        code = code or ("ecret " in low and "-" in text)
        for m in _CODE_SECRETS.finditer(text) if code else ():
            group = next(g for g in "abcdefghijk" if m.group(g) is not None)
            s, e = self._quoted_argument(*m.span(group))
            # an env entry named after the password holds it, a word included ("sesame")
            need = words.WORD if group in "jk" else words.PLAIN
            if group == "k" and (
                words.is_null(text[s:e].strip("\"'")) or is_code_value(text, s, e)
            ):
                continue  # "-Secret $null", "-Secret (Get-Content x)"
            if group == "b" and m.group("plain") and not m.group("b").startswith("$"):
                self.add(s, e)  # ConvertTo-SecureString "abc" -AsPlainText: said plain
                continue
            if " " in text[s:e] and _instruction(text[s:e]):
                continue  # "<password>put clear text here</password>": what to fill in
            if " " in text[s:e] or words.likeness(m.group(group)) >= need:
                self.add(s, e)  # a quoted phrase is judged whole: 'Apollo 11 moon'
            elif group == "d" and _JOINED_PHRASE.fullmatch(text[s:e].strip("\"'")):
                self.add(s, e)  # redis-cli -a 'moss-lamp-river': the flag names a passphrase

    def combo_lines(self) -> None:
        """Lines of "address:password", one account a line, as a password manager or a
        leak's list writes them ("alice@x.test:Sunflower!19" ⏎ "bob@x.test:Tulip!20"): two
        such lines at least, each value shaped as a password (no path or host: "git@host:
        org/repo.git" is an address), not a label's words ("anna@x.de: Vertrieb"). One such
        line alone when its value is strongly a password's (letters, digits and a sign:
        "r.osei@lumenworks.co:Accra-Lumen-22", an answer to "which e-mail address?")."""
        lines = [m for m in _COMBO_LINE.finditer(self.text)]
        values = [m.span("pw") for m in lines if words.likeness(m.group("pw")) >= words.PLAIN]
        if len(lines) >= 2 and len(values) == len(lines):
            for span in values:
                self.add(*span)
        elif len(lines) == 1 and _COMBO_STRONG.fullmatch(pw := lines[0].group("pw")):
            if words.likeness(pw) >= words.STRONG:
                self.add(*lines[0].span("pw"))

    def _repeated(self) -> None:
        """A password found once is one wherever the message repeats it: a command line
        that names it twice (``curl -u admin:x …/basic-auth/admin/x``), a config that sets
        it in two places. Whole tokens only (not inside a longer word), password-shaped
        values of six characters or more; bounded by ``_MAX_TRIGGERS`` values."""
        text = self.text
        values = {text[s:e] for s, e in self.spans[:_MAX_TRIGGERS] if not is_code_value(text, s, e)}
        for value in values:
            if len(value) < 6 or " " in value or words.likeness(value) < words.PLAIN:
                continue  # (a variable's name is code: "self.auth_password = auth_password")
            i = text.find(value)
            while i >= 0:
                end = i + len(value)
                if not (i > 0 and text[i - 1].isalnum()) and not (
                    end < len(text) and text[end].isalnum()
                ):
                    self.add(i, end)
                i = text.find(value, end)

    def _quoted_argument(self, start: int, end: int) -> tuple[int, int]:
        """A command-line value read to the first space that opens a quote runs to the
        closing quote, spaces and all (``sshpass -p 'Fels 12' …``, ``redis-cli -a "a b"``)."""
        text = self.text
        if text[start] in "'\"" and " " not in text[start:end]:
            q = self.quoted(start)
            if q is not None and q[1] > end - 1 and " " in text[q[0] : q[1]]:
                return q
        return _trim_span(text, start, end)

    def _flag_user_pairs(self) -> None:
        """``./vpn_auth.py -g anna:x`` after "created the VPN user": a command's flag given
        a user and a password joined by a colon, in a sentence about a user (round 40)."""
        text = self.text
        for m in _FLAG_USERPASS.finditer(text):
            v = m.group("v")
            if v.lower() in _PLACEHOLDER_WORDS or m.group("user").lower() in ("http", "https"):
                continue  # "-g user:password": the docs' pair
            if (
                m.group("flag") in "tvpl"
                or _PORTISH.fullmatch(v)
                or words.likeness(v) < words.PLAIN
            ):
                continue  # "-p 8080:80", "-t shop:alpine3", "-g app:latest"
            if words.is_non_secret_shape(v):
                continue
            stop = max(text.rfind(c, 0, m.start()) for c in (". ", "! ", "? ", "\n"))
            if _FLAG_USER_WORD.search(text, max(stop + 1, m.start() - 100), m.start()) is None:
                continue
            self.add(*m.span("v"))

    def _libpq_string(self) -> bool:
        """A libpq keyword/value string: two or more connection keys besides the password,
        or one when the line holds nothing but ``key=value`` pairs (``user=app
        password=x``)."""
        keys = len(_LIBPQ_KEYS.findall(self.text, 0, 2000))
        if keys >= 2:
            return True
        return keys == 1 and any(_KEY_VALUE_LINE.fullmatch(line) for line in self.text.split("\n"))

    def _names_oracle(self, line_start: int, m: re.Match[str]) -> bool:
        """The line of ``m`` names Oracle ("Oracle-Verbindung: hydra/123456@hydra") or the
        text quotes an Oracle error ("ORA-01017"), and the part after "@" is a database's
        name, not a version or a branch ("@v4", "@main")."""
        if _REF_AFTER_AT.fullmatch(m.group("host")) is not None:
            return False
        line_end = self.text.find("\n", m.end())
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return _ORACLE_NAMED.search(line) is not None or "ORA-" in self.text

    def _oracle(self) -> None:
        """``scott/tiger@orcl`` after an Oracle client or ``jdbc:oracle:thin:``, or before a
        host with a port or ``//``."""
        text = self.text
        for m in _ORACLE_USERPASS.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            host = m.group("host")
            client = _ORACLE_CLIENT.search(text, max(line_start, m.start() - 90), m.start())
            if (
                client is None
                and not (host.startswith(("//", "(")) or ":" in host)
                and not self._names_oracle(line_start, m)
            ):
                continue  # "actions/checkout@v4", "feature/login@main": a path and a ref
            pw = m.group("pw")
            s, e = m.span("pw")
            if pw.startswith('"'):
                s, e = s + 1, e - 1
                pw = pw[1:-1]
            if words.is_null(pw) or (words.is_non_secret_shape(pw) and not pw.isdigit()):
                continue  # "u/${PW}@db", "<user>/<password>@host"
            self.add(s, e)

    def _cli_userpass(self, m: re.Match[str]) -> None:
        """``curl -u user:pass``; quoted (``--user "app:Crim$on Tide 9"``); ``-u "key:"``
        (an API key as the user, no password); not a placeholder pair (``user:pass``,
        ``test:test``, ``xxx:yyy``, ``<user:password>``)."""
        quoted = m.group("q") is not None
        user = m.group("quser" if quoted else "user")
        group = "qpw" if quoted else "pw"
        pw = m.group(group)
        if not pw and quoted and words.secret_like(user):
            self.add(*_trim_span(self.text, *m.span("quser")))
            return
        low, user_low = pw.strip("<>{}").lower(), user.strip("<>{}").lower()
        placeholder = (
            # both halves the docs' words ("username:password", "user:token"); a real user's
            # literal word is the password ("svc:token")
            (low in _PLACEHOLDER_WORDS and (not user_low or user_low in _PLACEHOLDER_WORDS))
            or low == user_low
            or len(set(low)) == 1
            or (user.startswith("<") and pw.endswith(">"))
            or _BRACKET_PLACEHOLDER.match(self.text, m.start(group)) is not None
        )
        number = pw.isdigit() and len(pw) >= 3  # "-u admin:123": the position names it
        literal = low in _PLACEHOLDER_WORDS and not pw.startswith(("<", "{"))
        if placeholder or len(pw) < 2:
            return
        if words.is_non_secret_shape(pw.strip("{}")) and not (number or literal):
            return
        self.add(*_trim_span(self.text, *m.span(group)))

    def in_context(self, has_password_word: bool) -> None:
        """Rules that need a password or login word somewhere in the message."""
        text = self.text
        for m in _EMAIL_PAIR.finditer(text) if "@" in text else ():
            if text.endswith("://", 0, m.start()) and text[m.start("pw") - 1] == "/":
                continue  # "https://user@github.com/org/repo.git": an address's user and path
            if text[m.start("pw") - 1] == "/" and _IN_ADDRESS.search(
                text, max(0, m.start() - 200), m.start()
            ):
                continue  # "rtsp://admin:pw@10.1.1.9/cam/main?ch=2": the host, then its path
            # only whitespace between: the value must look like a password on its own
            need = words.STRONG if m.group("ws") is not None else words.PLAIN
            if _kind(m.group("pw").strip(":=,.?!").lower()):
                continue  # "user is a@b.de, Konto gesperrt?": the next field's word
            if m.group("pw").lstrip("<").lower().startswith("mailto:"):
                continue  # "a@b.de <mailto:a@b.de>": a mail client's link to the address
            if self._names_next_field(m.group("pw"), m.end("pw")):
                continue  # "a@b.de, Kundennr. 88017": the next field's name (round 24)
            if _CRYPT_HASH.match(m.group("pw")):
                continue  # "a@b.de | $2y$10$…": the stored hash of a row, no password
            if "\n" in text and _under_header(text, m.start()):
                continue  # a CSV row below its header: the columns say what a cell is
            if m.group("ws") is not None and _NEXT_FIELD_LABEL.fullmatch(m.group("pw")):
                continue  # "To: a@b.de" then "Message-ID: <…>": the next field, its own key
            if "\n" in (m.group("ws") or "") and _GLUED_FIELD.match(m.group("pw")):
                continue  # "ORGANIZER:mailto:a@b.de" ⏎ "UID:7c1e…": an iCalendar's next field
            if "\n" in (m.group("ws") or "") and _QUOTED_SETTING.match(text, m.end("pw")):
                continue  # "User a@b.c" ⏎ 'PassCmd "pass show mail"': the next line's key
            if _kind(_KEY_OF_PAIR.match(m.group("pw")).group().lower()):
                continue  # "user=a@b.de password=[REDACTED]": the next field, judged by its key
            span = self.value(m.start("pw"), need, keyed=True)
            if span is not None and " " in text[span[0] : span[1]] and "/" not in m.group():
                continue  # "anna@x.org and clicked 'forgot password'": prose, not a pair
            if span is not None:
                self.add(*span)
        self.slash_pairs()
        if has_password_word and "\n" in text:
            self.table_columns()
        if has_password_word and "</" in text:
            self.html_cells()
        if not has_password_word:
            self.set_it_to()
        for m in _SO_VALUE.finditer(text) if has_password_word and _may_say_so(text) else ():
            # "… auf das vom Mailkonto gesetzt also x", "so here again: x": a clause about
            # the password, then "so"/"also" and a password-shaped token that ends the
            # clause (not "expired so WIN11 users must reset")
            span = self.value(m.end(), words.STRONG)
            if span is None and text[m.end() : m.end() + 1].isdigit():
                span = self._date_named(m.start(), m.end())
            elif span is None:
                span = self._joined_as_said(m.start(), m.end())
            if (
                span is not None
                and " " not in text[span[0] : span[1]]
                and _CLAUSE_END.match(text, span[1]) is not None
            ):
                self.add(*span)
        described = has_password_word and _may_describe_one(text)
        for m in _ONE_DESCRIBED.finditer(text) if described else ():
            # "the password was the one on the welcome letter, X — never changed": which
            # one it is, then the value itself after a comma or dash (round 24)
            span = self.value(m.end(), words.STRONG, hop=False)
            if (
                span is not None
                and " " not in text[span[0] : span[1]]
                and _CLAUSE_END.match(text, span[1]) is not None
            ):
                self.add(*span)
        if has_password_word and _may_follow_up(text):
            for m in _FOLLOW_UP.finditer(text):
                if _USER_SUBJECT.search(text, max(0, m.start() - 48), m.start()) is not None:
                    continue  # "Benutzer ist aber sicher richtig: a.moser": the user name's
                span = self.value(m.end(), words.PLAIN, loose=True)
                if span is not None and _PAST_GOES_ON.fullmatch(text, span[0], span[1] + 1):
                    continue  # "(old one was rotated out, …)": a verb, its sentence goes on
                if span is not None:
                    self.add(*span)
            for m in _FOLLOW_UP_STRONG.finditer(text) if _may_follow_up_strong(text) else ():
                span = self.value(m.end(), words.STRONG)
                if span is not None and " " not in text[span[0] : span[1]]:
                    self.add(*span)

    def _joined_as_said(self, cue: int, pos: int) -> tuple[int, int] | None:
        """Words joined by a sign given after "also"/"so" when its sentence says the
        password is made so ("Kennwort besteht aus drei Wörtern mit Bindestrich, also
        Apfel-Birne-Kiwi!"): the described shape is the value's evidence."""
        return self._as_described(cue, pos, _JOINED_AS_SAID, _MADE_OF, 100)

    def _date_named(self, cue: int, pos: int) -> tuple[int, int] | None:
        """A date given after "also"/"so" when its sentence says the password is a day
        ("Passwort wäre unser Hochzeitstag, also 14061998", "my pin is my birthday, so
        0412"): then a date's digits are the value."""
        return self._as_described(cue, pos, _DATE_DIGITS, _DAY_NAMED, 80)

    def _as_described(
        self, cue: int, pos: int, value: re.Pattern[str], described: re.Pattern[str], reach: int
    ) -> tuple[int, int] | None:
        """The ``value`` shape at ``pos`` when the sentence before ``cue`` (at most
        ``reach`` characters) names a secret and then ``described`` (what it is made of)."""
        text = self.text
        found = value.match(text, pos)
        if found is None:
            return None
        lo = max(0, cue - reach)
        for stop in ("\n", ". ", "? ", "! "):
            lo = max(lo, text.rfind(stop, lo, cue) + 1)
        said = described.search(text, lo, cue)
        if said is None or _SECRET_BEFORE_DAY.search(text, lo, said.start()) is None:
            return None
        return found.start(), found.end()

    def elliptic(self) -> None:
        """'mein aktuelles ist nämlich "vier Katzen im Schnee"', "my new one is x", in a
        message about a password: the noun left out is the password, the value follows
        (quoted words ending the clause, or one password-like token)."""
        text = self.text
        for m in _ELLIPTIC.finditer(text):
            q = self.quoted(m.end())
            if q is not None and q[1] > q[0]:
                cores = [t.strip(".,!?").lower() for t in text[q[0] : q[1]].split()]
                if (
                    _CLAUSE_END.match(text, q[1] + 1) is not None
                    and not any(c in words.STATE_WORDS or _TALK.search(c) for c in cores)
                    and not all(c in words.STOP_WORDS for c in cores)
                ):
                    self.add(*q)
                continue
            span = self.value(m.end(), words.STRONG)
            if span is not None and _CLAUSE_END.match(text, span[1]) is not None:
                self.add(*span)

    def inverted(self) -> None:
        """ "Laut Konfiguration ist die Passphrase rote Boote auf dem Main – und …": the
        German clause inverted after an adverbial, the value right after the password word
        and running to the clause's end (a dash, a comma)."""
        text = self.text
        for m in _INVERTED.finditer(text):
            if _DEMONSTRATIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "sonnenblume – das ist das Kennwort fürs Banking": it names one
            first = text[m.end() :].split(None, 1)[0].lower()
            if first in _INVERTED_STOPS:
                continue  # "ist das Kennwort fürs Onlinebanking": what it is for
            span = self.clause_value(m.end(), bare=False)
            if span is None:
                span = self.value(m.end(), words.STRONG)
                if span is not None and _CLAUSE_END.match(text, span[1]) is None:
                    span = None
            if span is not None and sentence_reading.goes_on(text, m.end(), span):
                continue  # "ist das Passwort damit wirklich raus?": a question goes on
            if span is not None:
                self.add(*span)

    def new_one_set(self, *, named: bool = True) -> None:
        """ "the new one we set is\n\n    x", "our new one is: x", in a message about a
        password: the new password, left unnamed, its value after "is" on the same line or
        alone on a line below (round 22). Only a value shaped as a password."""
        text = self.text
        for m in _NEW_ONE.finditer(text):
            if m.group("sein") is not None or m.group("should") is not None:
                self._new_one_should(m.end(), german=m.group("sein") is not None, named=named)
                continue
            if not named:
                continue  # "our new one is x" needs a password or sign-in word besides
            s, e = _token_at(text, m.end())
            if e <= s:
                continue
            s, e = _trim_span(text, s, e)
            if "\n" in m.group() and _LINE_END.match(text, e) is None:
                continue  # below "is": the value alone on its line
            if words.secret_shape(text[s:e]) == words.SHAPED:
                self.add(s, e)

    def _new_one_should(self, pos: int, *, german: bool, named: bool) -> None:
        """The value the new password should be: "the new one should be Hamburg2025 pls",
        "blue whale 77 - can you set that", "das neue soll Frühling 2026 sein". A token
        with a digit, a hyphen or a capital (not a state: "should be longer", "soll sicher
        sein"), or words ending in a number."""
        text = self.text
        if german:
            m = _SHOULD_SEIN.match(text, pos)
            if m is None:
                return
            s, e = m.span("v")
        else:
            phrase = _SHOULD_PHRASE.match(text, pos)
            if phrase is not None:
                self.add(*phrase.span("v"))
                return
            s, e = _trim_span(text, *_token_at(text, pos))
            if e <= s or (_WEAK_END.match(text, e) is None and not _SET_WORD_CLOSE.match(text, e)):
                return
        value = text[s:e]
        first = value.split()[0].lower()
        if first in words.STOP_WORDS or first in _JUDGING_WORDS or first in _NOT_PLAIN_VALUES:
            return
        digit = any(c.isdigit() for c in value)
        if not digit and not named:
            return  # with no password or sign-in word, a number is needed
        if not (
            digit
            or _HYPHEN_COMPOUND.fullmatch(value)
            or (" " not in value and value[:1].isupper() and value[1:].islower())
        ):
            return
        if words.is_product(value) or words.is_reference(value) or words.is_null(value):
            return
        self.add(s, e)

    def mail_then_value(self) -> None:
        """ "…: jdoe@x.io" then a password-shaped token alone on the next line: a sign-in's
        two lines, no password word needed (the e-mail opens its line or follows a colon)."""
        text = self.text
        for m in _EMAIL_PAIR.finditer(text):
            if m.group("ws") is None or "\n" not in m.group("ws"):
                continue
            if _MAIL_LEAD.search(text, 0, m.start()) is None:
                continue
            pw = m.group("pw")
            if words.secret_like(pw) and _LINE_END.match(text, m.end("pw")) is not None:
                self.add(*_trim_span(text, *m.span("pw")))

    def mail_slash_value(self) -> None:
        """ "Amazon – einkauf@x.de / Papier!Rolle55": an e-mail address, a slash and a token
        with a sign among letters and digits is a sign-in's pair, no password word needed."""
        text = self.text
        for m in _MAIL_SLASH.finditer(text):
            pw = m.group("pw")
            if _SIGN_AMONG.match(pw) is not None and words.secret_like(pw):
                self.add(*_trim_span(text, *m.span("pw")))

    def export_rows(self) -> None:
        """A password manager's CSV export row: its URL, the login, then the password
        (Chrome, LastPass, Roboform put them in that order), quoted or not."""
        text = self.text
        for sep, row in _EXPORT_ROWS.items():
            if sep not in text:
                continue
            for m in row.finditer(text):
                group = next(g for g in ("pw", "qpw", "dpw") if m.group(g) is not None)
                pw = m.group(group).replace('""', '"')
                user = m.group("user")
                if user is not None and _HOST_PORT.match(user.strip('"')):
                    continue  # a URI's list of hosts: "mongodb://[::1]:27017,h2:27017,h3"
                if user is not None and _NEXT_KEY.match(user) is not None:
                    continue  # "jdbc:…/db;port=1527;user=af29891": a URL's parameters

                if _export_password(pw, login_first=m.group("login") is not None):
                    self.add(*m.span(group))
        for m in _SPACED_EXPORT_ROW.finditer(text):
            if _generated(m.group("pw")):
                self.add(*m.span("pw"))

    def mail_login_rows(self) -> None:
        """A password manager's quoted export row with the login an e-mail address: the
        next cell is the password, words with spaces too ('"…","Billing portal",
        "billing@hofer-gmbh.de","tired walrus eats paper",…'); only in a row that a
        manager wrote (1Password's item id first) or a text that names the manager (round
        58)."""
        text = self.text
        named = _MANAGER_NAMED.search(text) is not None
        for m in _MAIL_LOGIN_ROW.finditer(text):
            if (
                not named
                and _MANAGER_ID_ROW.search(
                    text, m.start() - 200 if m.start() > 200 else 0, m.start()
                )
                is None
            ):
                continue
            pw = m.group("pw")
            if (
                pw.strip()
                and pw.lower() not in ("default", "login", "password", "passwort")
                and "://" not in pw
                and "@" not in pw
                and len(pw.split()) <= 6
                and not words.is_non_secret_shape(pw)
                and not words.is_placeholder(pw)
            ):
                self.add(*m.span("pw"))

    def table_columns(self) -> None:
        """A table or CSV whose header names a password column (``| User | Password |``,
        ``benutzer;passwort``, tab-separated): the cell in that column of each row below
        is a value, a word included (the header is its context)."""
        text = self.text
        lines = text.split("\n")
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        for i, line in enumerate(lines[:-1]):
            sep = next((c for c in "|;," if c in line), "")
            if not sep:
                if " " in line.strip() and len(line) <= 200:
                    self._spaced_table(lines, offsets, i)
                continue
            cells = line.split(sep)
            if len(cells) < 2 or any(len(c) > 40 or len(c.split()) > 4 for c in cells):
                continue  # a sentence with commas, not a header
            col = next((j for j, c in enumerate(cells) if _password_header(c)), -1)
            if col < 0:
                continue
            if keyed_cell(cells[col : col + 1]) or "(" in cells[0]:
                # '"password": "",' of a JSON object: a key and its value; 'modparam("auth_db",
                # "password_column", …)': a call's arguments (round 61)
                continue
            if i and sep == "|" and lines[i - 1].count("|") == line.count("|") >= 3:
                continue  # a row of a table begun above ("| SMTP password | (vault) |"), no header
            for k in range(i + 1, min(len(lines), i + 21)):
                row = _row_cells(lines[k], sep)
                if len(row) != len(cells):
                    break
                cs, ce = row[col]
                cell = lines[k][cs:ce]
                if set(cell.strip()) <= set("-:= "):
                    continue  # a markdown rule "|---|---|"
                start = offsets[k] + cs
                if len(cell) > 2 and cell[0] == cell[-1] == '"' and sep == ",":
                    if not _shown_no_value(cell[1:-1]):
                        self.add(start + 1, start + len(cell) - 1)  # CSV quotes it whole
                    continue
                self._cell(start, start + len(cell))

    def _spaced_table(self, lines: list[str], offsets: list[int], i: int) -> None:
        """A table pasted from a spreadsheet or a wiki, its columns set apart by spaces (a
        tab is a space once normalised): a header with a password column, then at least two
        rows of as many cells; the cell under the password header is a value. Columns are
        runs of two or more spaces apart when the header has such a run, else single words."""
        cell_re = _WIDE_CELL if "  " in lines[i].strip() else _NARROW_CELL
        header = [m.group() for m in cell_re.finditer(lines[i])]
        if not 2 <= len(header) <= 8 or any(len(c) > 30 or len(c.split()) > 3 for c in header):
            return
        cols = [j for j, c in enumerate(header) if _password_header(c)]
        if len(cols) != 1 or (cell_re is _NARROW_CELL and not header[0][:1].isupper()):
            return
        if any(_MASKED_HINT.fullmatch(c) for c in header):
            return  # "FTP-Passwort   ********": a label and its masked value, not a header
        rows = []
        for k in range(i + 1, min(len(lines), i + 21)):
            row = [m.span() for m in cell_re.finditer(lines[k])]
            if len(row) != len(header):
                break
            rows.append((k, row))
        if len(rows) < 2:
            return  # one line below a header of words is as likely a sentence
        for k, row in rows:
            cs, ce = row[cols[0]]
            self._cell(offsets[k] + cs, offsets[k] + ce)

    def _cell(self, start: int, end: int) -> None:
        text = self.text
        s, e = _trim_span(text, start, end)
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        value = text[s:e]
        if self._words_only(value) if " " in value else words.likeness(value) >= words.WORD:
            self.add(s, e)

    @staticmethod
    def _words_only(value: str) -> bool:
        """Two to five words, none of them a function or state word or talk about the
        password, articles and prepositions only inside (``Haus am Meer`` is a passphrase,
        ``per SMS``, ``in Tresor`` or ``(see vault)`` not)."""
        tokens = [words.trim(t).lower() for t in value.split()]
        if not 2 <= len(tokens) <= 5 or tokens[0] in _PHRASE_GLUE or tokens[-1] in _PHRASE_GLUE:
            return False
        if any(t in _WHERE_VERBS or t in words.STATE_WORDS or _TALK.search(t) for t in tokens):
            return False  # "steht im Tresor", "(see vault)"
        return not any(not t or (t in words.STOP_WORDS and t not in _PHRASE_GLUE) for t in tokens)

    def html_cells(self) -> None:
        """``<td>Password</td><td>x</td>``, ``<dt>Kennwort:</dt> <dd>x</dd>``: a label
        element naming a password, then the next element's text."""
        for m in _HTML_LABEL.finditer(self.text):
            v = m.group("v")
            if words.likeness(v.strip()) >= words.WORD or " " in v.strip():
                self._cell(*m.span("v"))

    def credential_calls(self) -> None:
        """``HTTPBasicAuth('anna', 'x')``, ``mysqli_connect('db', 'root', 'x', 'shop')``,
        ``new PDO($dsn, 'root', 'x')``: a call that signs in or connects, its password the
        literal after the user's (the second of two arguments, the third of more)."""
        text = self.text
        for m in _AUTH_CALL.finditer(text):
            args = [a.strip() for a in m.group("args").split(",")]
            index = 2 if len(args) >= 3 else 1 if len(args) == 2 else -1
            if index < 0 or (index == 1 and _CONNECT_NAME.search(m.group("fn"))):
                continue  # connect(host, port): no credentials
            arg, user = args[index], args[index - 1]
            if len(arg) < 3 or arg[0] not in "\"'" or arg[-1] != arg[0]:
                continue  # a variable, not a literal
            if not any(c.isalpha() for c in user):
                continue  # connect("db", "5432", "shop"): a port, then a database
            inner = arg[1:-1]
            literal = (
                inner.lower() in _LITERAL_WORDS
                # ('user', 'password') is a placeholder pair; a variable named user is not
                # (connect(host, user, "pw"), round 41)
                and (user[:1] not in "\"'" or user.strip("\"'").lower() not in _PLACEHOLDER_WORDS)
                and not _SAYS_EXAMPLE.search(text)
            )
            if literal:
                pass  # UserInfo("foo", "secret"): the position names the password (round 40)
            elif not inner or words.is_null(inner) or words.is_non_secret_shape(inner):
                continue
            elif " " in inner and index == 1 and _PHRASE_AUTH_CALL.search(m.group("fn")):
                pass  # basic_auth("Aladdin", "open sesame"): a pair's call, a passphrase
            elif " " in inner or words.likeness(inner) < words.WORD:
                continue  # connect("db", 5432, "x"), connect('…', 'office', 'floor 2')
            at = m.start("args") + m.group("args").index(arg, sum(len(a) for a in args[:index]))
            self.add(at + 1, at + len(arg) - 1)

    def keyed_calls(self) -> None:
        """``props.setProperty("password", "x")``, ``config.set("db", "password", "x")``: a
        call given a password key then a literal: the position names the password, a word
        included (``"secret"``); not a template or a null."""
        text = self.text
        for m in _KEYED_CALL.finditer(text):
            if _kind(m.group("key").lower()) not in ("pw", "pwkey", "pass"):
                continue
            if m.group("key").lower().endswith(_NAMES_A_FIELD):
                continue  # "password_column", "password_field": the value is a name (round 61)
            v = m.group("v")
            literal = v.lower() in _URL_WORDS and not _SAYS_EXAMPLE.search(text)
            if not literal and (words.is_null(v) or words.is_non_secret_shape(v)):
                continue
            self.add(*m.span("v"))

    def slash_pairs(self, *, symbol: bool = False) -> None:
        """``admin / Tide!Pool22``: a user and a password-shaped value, spaced around a
        slash, a dash or a bar, in a message about logins or accounts; with ``symbol``
        (only a built-in admin's name says so) the value must hold a password's sign."""
        text = self.text
        for sep in _PAIR_SEPARATORS:
            for who, value in _spaced_pairs(text, sep):
                if not symbol or any(c in words.STRONG_SYMBOLS for c in value.group("pw")):
                    self._slash_pair(who.group().strip(), value, sep)

    def use_pair(self) -> None:
        """``pls use admin/Snowdrop!19``: told to use a lower-case user and, after a slash,
        a value with a password's symbol among letters and digits (not "use src/main.rs",
        "use TCP/IP", "try npm/yarn")."""
        for m in _USE_PAIR.finditer(self.text):
            pw = m.group("pw").rstrip(".,;:!?)\"'")
            if (
                any(c in words.STRONG_SYMBOLS for c in pw)
                and words.secret_shape(pw) == words.SHAPED
                and not words.secret_like(m.group("user"))
            ):
                self.add(m.start("pw"), m.start("pw") + len(pw))

    def _slash_pair(self, user: str, value: re.Match[str], sep: str) -> None:
        pw = value.group("pw")
        if "/" in pw and not any(c in words.STRONG_SYMBOLS for c in pw.replace("/", "")):
            return  # "anna / src/main.rs", "Chrome / Edge/Firefox": a path or a list
        if _CRYPT_HASH.match(pw):
            return  # "k@x.no | $2b$12$…": a row's stored hash (bcrypt, sha512-crypt), no password
        if sep == " / " and "@" in user[1:-1] and words.likeness(pw) >= words.PLAIN:
            # "Anmeldung mit a@b.de / Sternschnuppe!": an e-mail address names the login
            if (
                _RECORD_NAME.fullmatch(pw) is not None
                and _NUMBER_AFTER.match(self.text, value.end("pw")) is not None
            ):
                return  # "a@b.de / Rechnung RE-2024-0931": a record's name, its number
            if pw.isalpha() and _PRONOUN_CLAUSE.match(self.text, value.end("pw")) is not None:
                return  # "info@x.de / Gastzugang gebe ich gern frei": a clause (round 58)
            if _field_then_value(self.text, pw, value.end("pw")):
                return  # "a@b.de / Mandant 1987": the next field's name and value
            self.add(*_trim_span(self.text, *value.span("pw")))
            return
        # a user name in lower case (and a slash or a bar), or a symbol in the value
        symbol = any(c in words.STRONG_SYMBOLS for c in pw)
        if (user != user.lower() or sep == " - ") and not symbol:
            return  # "Chrome / Edge-v120" names two products, "page - Error-500x" is prose
        # with a slash a lower-case user's word and number is enough ("admin / Kiesel77")
        enough = words.NAMED if sep == " / " and user == user.lower() else words.SHAPED
        if words.secret_like(user):
            return
        if words.secret_shape(pw) < enough and symbol and _generated(pw):
            self.add(*value.span("pw"))  # its brackets and slashes are its own: kept whole
        elif words.secret_shape(pw) >= enough:
            self.add(*_trim_span(self.text, *value.span("pw")))

    def login_pairs(self) -> None:
        """``log in as anna with x``, ``log in with anna and x``: a sign-in, then a user and
        a value joined by "and"/"with" (no password word needed when the value is shaped
        like one and the user is not)."""
        text = self.text
        for m in _LOGIN_PAIR.finditer(text):
            user, pw = m.group("user"), m.group("pw")
            if user.lower() in words.STOP_WORDS or words.secret_like(user):
                continue
            if words.secret_like(pw) and not words.is_product(words.trim(pw)):
                self.add(*_trim_span(text, *m.span("pw")))  # not "with Google and Outlook365"

    def use_to_get_in(self) -> None:
        """Round 39: a word someone is told to get in with, no password word needed: "use
        werder1899 to get into the admin", "can you use pumpkin to log into staging", "log
        in as lena.hoff with kiwi". Not a way of signing in ("use SSO to log in", "use your
        email", "log in as admin with Google")."""
        text = self.text
        for m in _USE_TO_GET_IN.finditer(text):
            s, e = m.span("v")
            core = text[s:e]
            low = core.lower()
            if (
                low in words.STOP_WORDS
                or low in _SIGN_IN_METHODS
                or low in _SIGN_IN_MEANS
                or low in _NOT_PLAIN_VALUES
                or words.is_product(core)
                or words.is_null(core)
                or (core.isupper() and len(core) > 1)
                or _LOWER_IDENT_OR_MAIL.fullmatch(core) is not None
            ):
                continue
            self.add(s, e)

    def usage_values(self) -> Generator[None, None, None]:
        """Round 20: a value someone says they type or use to get in, however far from a
        password word, or with none. Named outright: "X is what I use", "X. That's what I
        put in", "X, das nehme ich überall", "this is what i typed >> X <<", "I always use
        the same for everything: X"; typed: "i type X", "ich geb immer X ein" (a sign among
        letters and digits); in a message about getting in (a login, an account, a
        refusal): "I use X", "I wrote it down as X", "it's always been X", "ich wie immer X
        eingebe"; a pair: "mit hans.meier und X angemeldet", "user is a@b.de and the other
        thing is X". The value must be shaped as a password (``_used_value``): "I use
        Windows11", "try Chrome" stay."""
        text = self.text
        pairs = " and " in text or " und " in text or " And " in text or " Und " in text
        if pairs and ("@" in text or _PAIR_CONTEXT.search(text) is not None):
            getting_in = _GETTING_IN.search(text) is not None
            for i, j in enumerate(_AND_JOIN.finditer(text), 1):
                if i % STEP_TRIGGERS == 0:
                    yield  # ("user anna and kettle77" × 100: one slice of 3.8-5.5 ms)
                head = text[max(0, j.start() - 64) : j.start()].rsplit(None, 1)
                if not head or not _JOINED_USER.fullmatch(head[-1]):
                    continue
                v = _AND_VALUE.match(text, j.end())
                if v is None:
                    continue
                u_start = j.start() - len(head[-1])
                if getting_in or _PAIR_USER_WORD.search(text, max(0, u_start - 12), u_start):
                    self._used(*v.span("v"))
        yield
        low = text.lower()
        if not _usage_hinted(text, low) or _USAGE_CUE.search(text) is None:
            return  # (the pre-check's fragment: nothing below matches without it)
        for m in _TOKEN_RUN.finditer(text) if "what" in low or " ich" in low else ():
            if _WHAT_I_USE.match(text, m.end()):
                self._used(*m.span())
        for m in _WHAT_I_TYPED.finditer(text):
            self._used(*m.span("v"))
        getting_in = _GETTING_IN.search(text) is not None
        for m in _USE_VALUE.finditer(text):
            cue = m.group().lower()
            if cue.startswith(("ich ", "wir ")) and not re.match(
                r"\w+[ ]+(?:\w+[ ]+){0,2}?(?:nehm|nutz|verwend|benutz|tipp|geb)", cue
            ):
                # "ich wie immer X eingebe": only with the separable verb after the value
                if not _TYPED_AFTER.match(text, m.end("v")):
                    continue
            if _FOR_A_THING.match(text, m.end("v")):
                continue  # "Try Chrome_120 for the login page": a tool for a purpose
            typed = _TYPING_CUE.search(cue) is not None
            if getting_in:
                self._used(*m.span("v"))
            elif typed and _SIGN_AMONG.search(m.group("v")) is not None:
                self._used(*m.span("v"))  # "i type X": a sign among letters and digits
        for m in _SAME_VALUE.finditer(text):
            used = re.search(
                r"(?i)(?:use|used|nehme?|nutze?|verwende|benutze?)(?:[ ]+\w+){0,2}[ ]+\Z",
                text[max(0, m.start() - 30) : m.start()],
            )
            if getting_in or used is not None:
                self._used(*m.span("v"))

    def entry_values(self) -> None:
        """Round 23: a value named by what is done with it, with no password word and any
        subject: typed, entered or signed in with ("typed X", "I log in with X", "habe X
        eingegeben", "mit X angemeldet"), set or changed to ("changed it to X"), or judged
        by a sign-in ("X geht nicht mehr", "X worked yesterday"). It must be shaped as a
        password someone types (``_used_value``); after a weak cue (tried, set, changed to)
        a word with a number also needs talk of getting in or of trying (``Windows11`` and
        "changed it to Plan2024" stay)."""
        text = self.text
        talk: bool | None = None
        cued = list(_ENTRY_BEFORE.finditer(text))
        if ":" in text:
            cued += _ENTRY_COLON.finditer(text)
        for m in cued:
            s, e = _trim_span(text, *m.span("v"))
            value = text[s:e]
            if not _entered_value(text, s, value) or _SEARCHED.match(text, e):
                continue
            if m.group("strong") is None and _FOR_A_THING.match(text, e):
                continue  # "Try Chrome_120 for the login page": a tool for a purpose
            if self._user_rejected(e):
                continue  # "I type anna_k_1990 and it says user not found": a user name
            if m.group("strong") is None and words.secret_shape(value) != words.SHAPED:
                if talk is None:
                    talk = (
                        _GETTING_IN.search(text) is not None
                        or _VARIANT_TALK.search(text) is not None
                    )
                if not talk:
                    continue
            self.add(s, e)
        for m in _ENTRY_AFTER.finditer(text):
            s, e = _trim_span(text, *m.span("v"))
            if _entered_value(text, s, text[s:e]):
                self.add(s, e)

    def copied_space(self) -> None:
        """A value quoted with the space copied after it, in a text that speaks of a space
        ("I copied it from my notes: "Lindenbaum3 "", "beim Kopieren "Elbflorenz77 "
        erwischt"): what the customer typed, its trailing space the question."""
        text = self.text
        for m in _COPIED_SPACE.finditer(text):
            if words.likeness(m.group("v")) >= words.STRONG and (
                _SPACE_WORD.search(text, max(0, m.start() - _SPACE_REACH), m.start())
                or _SPACE_WORD.search(text, m.end(), m.end() + _SPACE_REACH)
            ):
                self.add(*m.span("v"))

    def _used(self, start: int, end: int) -> None:
        s, e = _trim_span(self.text, start, end)
        if _used_value(self.text[s:e]) and not self._user_rejected(e):
            self.add(s, e)

    def _user_rejected(self, end: int) -> bool:
        """Does the sign-in answer that the value just typed is no known user ("… and it
        says user not found")? Then it was the user name."""
        text = self.text
        return _USER_REJECTED.search(text, end, min(len(text), end + 80)) is not None

    def date_values(self) -> None:
        """Round 20: a date given as the password: right after the word and its connector
        ("my password is 07/08/1988 my wedding day", "Passwort: 17.06.1978"), or named as a
        day to remember after a colon in a message about the password ("es ist unser
        Hochzeitstag mit Punkt: 17.06.1978"). Not a date a preposition or a state word
        introduces ("expires on 01/02/2026", "seit 01.03.2024 gesperrt")."""
        text = self.text
        for m in _DATE_AS_PASSWORD.finditer(text):
            self.add(*m.span("v"))

    def set_it_to(self) -> None:
        """``support reset it to x`` with no password word: x counts when its shape alone
        says password (``Temp-8831-Kx``, not ``Windows11`` or ``annual billing``)."""
        text = self.text
        low = text.lower()
        if _SET_IT_SCAN.search(low) is None:  # one C-level scan: this runs on every message
            return
        for m in _SET_IT.finditer(text):
            s, e = _token_at(text, m.end())
            if e <= s:
                continue
            new = words.secret_shape(text[s:e])
            old = m.group("old")
            # "changed it from Gingersnap_44 to Gingersnap_45!!", "from Paddington1 to
            # Paddington2024": a shaped new value, or old and new the same word with a
            # number of another length (a password's rotation; a release's number keeps its
            # length: "from node16 to node18", "from Windows10 to Windows11")
            value = text[s:e]
            rotated = (
                old is not None
                and new == words.NAMED
                and words.secret_shape(old) == words.NAMED
                and len(_stem(old)) >= 4
                and _stem(old) == _stem(value)
                and len(old.rstrip(".,;:!?")) != len(value.rstrip(".,;:!?"))
                and not words.is_product(old)
                and not words.is_product(value)
            )
            # "I reset it to Summer2024 and now my account is locked": a word with a number
            # is enough in a message about getting in (round 20)
            named = (
                new == words.NAMED
                and _used_value(words.trim(value))
                and _GETTING_IN.search(text) is not None
            )
            # 'they set it to "summerbreeze!!"' after a takeover: quoted, a word with signs
            quoted = (
                new == words.NOT_SECRET
                and s > 0
                and text[s] in _OPEN_QUOTES
                and any(c in "!#$%&*+?@^~§=" or c.isdigit() for c in value.strip(_ALL_QUOTES))
                and words.likeness(value) >= words.PLAIN
                and _GETTING_IN.search(text) is not None
            )
            # "i changed it to mausi, can you check the login", "set it back to summer
            # please": a lone word closing its clause is the value set (round 39)
            plain = old is None and new != words.SHAPED and self._set_to_word(s, e)
            if new == words.SHAPED or rotated or named or quoted or plain:
                self.add(*_trim_span(text, s, e))
                if old is not None and words.secret_shape(old) != words.NOT_SECRET:
                    self.add(*_trim_span(text, *m.span("old")))
            elif old is not None and (
                words.secret_shape(old) == words.SHAPED
                or (_used_value(words.trim(old)) and _GETTING_IN.search(text) is not None)
            ):
                # "changed it from Harbor!Light5 to something else": the old value alone
                self.add(*_trim_span(text, *m.span("old")))

    def _set_to_word(self, start: int, end: int) -> bool:
        """A word (a year or number glued on or not) that "it" was set to, closing its
        clause. A word of the dictionary or a name needs the message to be about signing
        in or a password ("changed it to english", "set it to Müller" stay)."""
        text = self.text
        s, e = _trim_span(text, start, end)
        core = text[s:e]
        if _SET_WORD.fullmatch(core) is None:
            return False
        if _WEAK_END.match(text, e) is None and _SET_WORD_CLOSE.match(text, e) is None:
            return False
        letters = core.rstrip("0123456789")
        low = letters.lower()
        if low in words.STOP_WORDS or low in _JUDGING_WORDS or low in _NOT_PLAIN_VALUES:
            return False
        if low in _NO_VALUE_SHORTHAND or words.is_null(core) or words.is_product(core):
            return False
        if _PARTICIPLE.fullmatch(letters) or words.is_reference(core):
            return False
        if core.islower() and low not in words.dictionary():
            return True  # "mausi", "ilovemydog", "werder1899": no word of the language
        return _SIGN_IN_TALK.search(text) is not None

    def _names_digest(self, start: int, length: int) -> bool:
        """The text names what a hex token of ``length`` at ``start`` is: a digest of that
        length (MD5, SHA-1, SHA-256, SHA-512) beside a hash word, or a commit's id starting
        a line of "git log" (round 25; "my password is 3f9a2c1b, the commit hook …" stays)."""
        text = self.text
        low = text.lower()
        if length in (32, 40, 64, 128) and _DIGEST_WORD.search(low) is not None:
            return True
        return (
            (7 <= length <= 12 or length == 40)
            and (start == 0 or text[start - 1] == "\n")
            and ("git " in low or "commit" in low)
        )

    def same_pairs(self, password_word: bool) -> None:
        """Round 25: a user and a password that are the same: "admin/admin", "tester /
        tester" in talk of logins, "Benutzername X, Passwort ebenfalls X"."""
        text = self.text
        if "/" in text:
            if _SAME_STORY.search(text) is not None:
                for m in _SAME_PAIR.finditer(text):
                    value = m.group("v")
                    if value.lower() in words.STOP_WORDS or words.is_non_secret_shape(value):
                        continue  # "and/and", "http:http"
                    self.add(*m.span("v"))
        likewise = password_word and (
            not text.isascii() or _LIKEWISE_SCAN.search(text.lower()) is not None
        )
        for m in _PW_LIKEWISE.finditer(text) if likewise else ():
            s, e = _trim_span(text, *m.span("v"))
            value = text[s:e]
            first = text.find(value, 0, m.start())
            if first >= 0 and first in user_values(text):
                self.add(s, e)

    def it_values(self) -> None:
        """Round 25: in a takeover or reset story, the password named by "it" alone: the
        value it had ("I had X before", "mine was X", "vorher hatte ich X") or has now
        ("I reset it, its now X", "jetzt ist es X"). The story needs a change of "it" or a
        takeover (``_IT_CHANGED``) besides a sign-in word; the value must be shaped as one
        someone types (``_used_value``: "it's now Windows11", "v2.14.3" stay)."""
        text = self.text
        low = text.lower()
        if _IT_SCAN.search(low) is None:  # one C-level scan: this runs on every message
            return
        if _IT_STORY.search(text) is None or _IT_CHANGED.search(text) is None:
            return
        users: set[int] | None = None
        trouble: bool | None = None
        for m in (*_IT_NOW.finditer(text), *_HAD_BEFORE.finditer(text)):
            s, e = _trim_span(text, *m.span("v"))
            if not _used_value(text[s:e]):
                continue
            if words.secret_shape(text[s:e]) != words.SHAPED:
                if trouble is None:
                    trouble = _IT_TROUBLE.search(text) is not None
                if not trouble:
                    continue
            if users is None:
                users = user_values(text)
            if s not in users:
                self.add(s, e)

    def parallel_pins(self) -> None:
        """A second PIN in the same sentence with its noun left out: "die PIN fürs Terminal
        ist 0815, die fürs Tablet 4711", "the PIN for the till is 1234, the one for the
        safe 9876"."""
        text = self.text
        for start, end in list(self.spans)[:_MAX_TRIGGERS]:
            if not text[start:end].isdigit():
                continue
            m = _PARALLEL_PIN.match(text, end)
            if m is None and " " in text[end : end + 1]:
                m = _OWN_ONE_PIN.match(text, end)
            if m is not None:
                self.add(*m.span("v"))

    def combinations(self) -> None:
        """A lock's dial numbers after its combination word ("lockbox by the door, combo
        3-17-29", "Zahlenschloss Kombination 12-34-05"), a lock named in the message."""
        text = self.text
        if _LOCK_WORD.search(text) is None:
            return
        for m in _COMBINATION.finditer(text):
            self.add(*m.span("v"))

    def case_noted(self) -> None:
        """A letters-and-digits token with a note on how its letters are typed ("Its
        Summer2023 with a capital S", "herbst24 alles klein"): only a secret is spelled out
        so, no password word needed."""
        text = self.text
        for note in _CASE_NOTE.finditer(text):
            m = _NOTED_TOKEN.search(text, max(0, note.start() - 64), note.start())
            if m is None:
                continue
            token = m.group()
            if words.likeness(token) >= words.PLAIN and not words.is_product(token):
                self.add(*m.span())

    def variants(self) -> None:
        """Round 22: spellings of one password listed together, with no password word
        needed: the same letters before a number in another case or with another sign
        ("Pepper1 or pepper1", "Falcon99, Falcon99!"), or with another number in talk of
        trying or remembering ("tried Winter2023 and Winter2024, neither works"). Each
        must be shaped as a password alone (a word with a number, not a product)."""
        text = self.text
        groups: dict[str, list[tuple[int, int]]] = {}
        for m in _VARIANT_TOKEN.finditer(text):
            token = m.group().rstrip(".")
            stem = _stem(token)
            if len(stem) < 4 or not any(c.isalpha() for c in stem):
                continue
            groups.setdefault(stem, []).append((m.start(), m.start() + len(token)))
        talk: bool | None = None
        users: set[int] | None = None
        for spans in groups.values():
            tokens = {text[s:e] for s, e in spans}
            if len(tokens) < 2:
                continue
            if users is None:
                users = user_values(text)
            if any(s in users for s, _ in spans):
                continue  # "my username is bello2019 not Bello2019": a user name's spellings
            if any(text.startswith("=", e) for _, e in spans):
                continue  # "tokenid1=6 tokenid2=0": keys numbered, their values after (round 61)
            if any(
                words.secret_shape(t) == words.NOT_SECRET or words.is_product(t) for t in tokens
            ):
                continue
            bare = {t.rstrip("!?#$%&*+.") for t in tokens}
            folded = {t.lower() for t in bare}
            if len(folded) > 1:  # another number: only in talk of trying or remembering
                if talk is None:
                    talk = _VARIANT_TALK.search(text) is not None
                if not talk:
                    continue
            for s, e in spans:
                self.add(s, e)

    def respelled(self) -> None:
        """Round 24: a password found once is one in another spelling in the same message,
        its letters the same and only its signs or number changed ("geändert auf
        Zitronenbaum?? weil das alte Zitronenbaum! nicht ging", "now Hummingbird#1960, the
        old one Hummingbird1960"): the other spelling must carry a digit or a sign itself,
        so the bare word ("im Sommer" beside "Sommer2024") stays."""
        text = self.text
        stems: set[str] = set()
        for s, e in self.spans[:_MAX_TRIGGERS]:
            found = text[s:e]
            stem = _stem(found)
            if " " not in found and len(stem) >= 5 and stem.isalpha() and not _kind(stem):
                stems.add(stem)  # (not "password123" beside "a good password?")
        if not stems:
            return
        taken = set(self.spans)
        for m in _RESPELLED_TOKEN.finditer(text):
            token = m.group().rstrip(".,;:")
            span = (m.start(), m.start() + len(token))
            if span in taken or _stem(token) not in stems or token.isalpha():
                continue
            if any(a <= span[0] < b for a, b in taken):
                continue
            if (
                token[:-1].isalpha()
                and token[-1] in "!?"
                and _SENTENCE_GOES_ON.match(text, span[1]) is None
            ):
                continue  # "im Sommer war es Sommer!": the sentence's own mark
            self.add(*span)

    def coordinated(self) -> None:
        """Values joined to a found one: "tried nordlicht77 and Nordlicht77 and X as
        password", "is Sommer2024 or Winter2024" — each neighbour shaped as a password."""
        text = self.text
        for start, end in list(self.spans)[:_MAX_TRIGGERS]:
            pos = end
            for _ in range(4):
                m = _COORD_AFTER.match(text, pos)
                if m is None or not (
                    words.secret_like(m.group("v")) or _variant(m.group("v"), text[start:end])
                ):
                    break
                self.add(*_trim_span(text, *m.span("v")))
                pos = m.end("v")
            m = _PARALLEL_AFTER.match(text, pos)
            if m is not None and " " in text[start:end] and self._parallel_phrase(m):
                # "my password is velvet otter 4 and Jo's is tea kettle 9 — …": a value of
                # words beside one of words runs, as its sibling does, to its clause's end
                continue
            if m is not None and self._parallel_value(m):
                self.add(*_trim_span(text, *m.span("v")))
            pos = start
            found = text[start:end]
            for _ in range(4):
                m = _COORD_BEFORE.search(text, max(0, pos - 80), pos)
                if m is None or not (
                    words.secret_like(m.group("v")) or _variant(m.group("v"), found)
                ):
                    break
                self.add(*_trim_span(text, *m.span("v")))
                pos = m.start("v")

    def login_block(self) -> None:
        """A heading naming a login, then a user name and the password alone on the next
        two lines: the second is the password when it is shaped as one (not "danke"); a
        heading without its colon needs a user name's shape and a password's digits."""
        text = self.text
        for m in _LOGIN_BLOCK.finditer(text):
            head = m.group("head")
            if (len(head) > 40 or _LOGIN_HEAD.search(head) is None) and (
                # "Benutzer in der ersten Zeile, Passwort in der zweiten:" (round 40): a
                # heading that names the user and then the password names both lines
                _USER_THEN_PW.search(head) is None
            ):
                continue
            pw = m.group("pw")
            if _PAIR_LINE.match(pw) is not None:
                continue  # "aws_access_key_id=…" under "[default]": a field of its own
            if _RECORD_NUMBER_NAMED.search(head) and _CONTEXT_STEM.search(head) is None:
                continue  # "Belegnummern für den Admin-Account:": records listed (round 61)
            if m.group("u").count(",") >= 2 and pw.count(",") >= 2:
                continue  # "username,givenname,mail" ⏎ "testUser,Test,…": a CSV (round 60)
            if words.likeness(pw) >= words.WORD and not words.is_non_secret_shape(pw):
                self.add(*_trim_span(text, *m.span("pw")))
        for m in _LOGIN_BLOCK_BARE.finditer(text):
            pw = m.group("pw")
            if _LOGIN_HEAD.search(m.group("head")) is None or not any(c.isdigit() for c in pw):
                continue
            if any(p.lower() in _OTHER_LABELS for p in _LETTER_RUN.findall(pw)):
                continue  # "error-4011", "Ticket#4471": a number named by its own word
            if words.likeness(pw) >= words.STRONG and not (
                words.is_non_secret_shape(pw) or words.is_product(words.trim(pw))
            ):
                self.add(*_trim_span(text, *m.span("pw")))

    def typed_values(self) -> None:
        """A value someone typed in, in a message about a code or a password (``_TYPED_VALUE``):
        a number of four to eight digits, a word with a digit or a sign; a plain word only
        when a password word names what was typed."""
        text = self.text
        topic = _TYPED_TOPIC.search(text)
        if topic is None:
            return
        pw_named = any(
            m.group()[:1] in "pPkK" and m.group().lower() not in ("pin",)
            for m in _TYPED_TOPIC.finditer(text)
        )
        for m in _TYPED_VALUE.finditer(text):
            s, e = _trim_span(text, *m.span("v"))
            v = text[s:e]
            if e <= s or v.lower() in _TYPED_NOT_WORDS or v.lower() in words.STOP_WORDS:
                continue
            if _TYPED_NOT_VALUE.match(text, e) is not None:
                continue  # "typed 3 times", "entered 2024 as the year"
            if _TYPED_OTHER_FIELD.search(text, e, e + 30) is not None:
                continue  # "entered 10000 in the amount field": another field's number
            digits = v.replace(" ", "")
            if digits.isdigit():
                if 4 <= len(digits) <= 8:
                    self.add(s, e)  # "I typed 3141 like always"
                continue
            if words.is_non_secret_shape(v) or "@" in v or "/" in v:
                continue
            like = words.likeness(v)
            if like >= words.STRONG or (like >= words.PLAIN and pw_named and v.isalpha()):
                self.add(s, e)  # "hello123", "penguinfeet" (sudo asked for my password)
            elif (
                pw_named and ":" in m.group() and like >= words.WORD and _JOINED_WORDS.fullmatch(v)
            ):
                self.add(s, e)  # "„falsches Kennwort“. Eingegeben: Käsekuchen-mit-Sahne" (r61)

    def code_noted(self) -> None:
        """Words after "code is", then a note on how they are typed ("the router code is
        ocean drive 77 with spaces"): the note says the words are the value."""
        for m in _CODE_LEAD.finditer(self.text):
            span = self.clause_value(m.end(), bare=True)
            if span is not None:
                self.add(*span)

    def corrected(self) -> None:
        """A correction after a found value gives the value meant: "is Sunday roast, sorry
        I meant sundayroast all one word", "x, nein ich meine y"."""
        text = self.text
        for _start, end in list(self.spans)[:_MAX_TRIGGERS]:
            m = _CORRECTION.match(text, end)
            if m is None:
                continue
            vpos = m.start("v")
            span = self.clause_value(vpos, bare=False) or self.value(vpos, words.PLAIN)
            if span is None:
                s, e = _token_at(text, vpos)
                kept = _strip_tail_notes(text[e:].lower().split()[:4])
                if (
                    e > s
                    and (kept == 0 or _LINE_END.match(text, e))
                    and words.likeness(text[s:e]) >= words.WORD
                ):
                    span = _trim_span(text, s, e)  # "I meant sundayroast all one word"
            if span is not None:
                self.add(*span)

    def _parallel_phrase(self, m: re.Match[str]) -> bool:
        """A parallel clause's value of two to five words ending its clause, beside a found
        value of words (round 48): added, and True; the clause names no user or other
        thing, its words open with no function word and hold no state or password word."""
        lead = m.group("lead").lower().split()
        if any(w in _USER_WORDS or w in _OTHER_LABELS or w in words.STATE_WORDS for w in lead):
            return False
        run = _PHRASE_RUN.match(self.text, m.start("v"))
        if run is None:
            return False
        cores = [w.strip(".,!?#").lower() for w in run.group().split()]
        if (
            cores[0] in words.FUNCTION_WORDS
            or any(c in words.STATE_WORDS or c in _PW_WORDS for c in cores)
            or not any(ch.isdigit() or not ch.isalnum() for ch in run.group().replace(" ", ""))
        ):
            return False
        self.add(*run.span())
        return True

    @staticmethod
    def _parallel_value(m: re.Match[str]) -> bool:
        """The parallel clause's value is password-shaped, and the clause names no user,
        number or other thing ("… and my username is jdoe", "and the ticket is 4411")."""
        lead = m.group("lead").lower().split()
        if any(w in _USER_WORDS or w in _OTHER_LABELS or w in words.STATE_WORDS for w in lead):
            return False
        v = m.group("v").rstrip(".!?)")
        if _HYPHEN_COMPOUND.fullmatch(v) and words.likeness(v) >= words.WORD:
            return True  # "maple-syrup-bottle": words joined as one value
        return words.likeness(v) >= words.PLAIN and not words.is_non_secret_shape(v)

    def _disguised(self, word: str, start: int, end: int) -> str:
        """A password word in disguise: look-alike digits before a connector ("my Pa55word
        is x"), or a Wi-Fi "key" ("the wifi key is x", "WLAN Key: x"; a shaped value only)."""
        if _leet_word(word) and _LEET_CONN.match(self.text, end):
            return "pw"
        if _far_typo(word) and (conn := _LEET_CONN.match(self.text, end)) is not None:
            # "das Pasowrt ist x": two slips make a password word only before a value shaped
            # as a password (a word or a number after it says nothing)
            s, e = _token_at(self.text, conn.end() + 1)
            token = self.text[s:e].rstrip(".,;:!?)")
            return "pw" if e > s and words.likeness(token) >= words.STRONG else ""
        if word in ("key", "Key", "KEY") and _NETWORK_BEFORE.search(
            self.text, max(0, start - 12), start
        ):
            return "pw"  # "WPA2 key: x", "the wifi key is x": a Wi-Fi password by name
        if (
            word in ("key", "Key", "KEY")
            and _FORWARD_IS.match(self.text, end) is not None
            and _WIFI_BEFORE.search(self.text, max(0, start - 120), start) is not None
        ):
            return "key"  # "Wifi … is X, key is y": the network's key, a shaped value only
        if (
            word in ("key", "Key", "KEY")
            and self.text.startswith(" ", end)
            and _WIFI_BEFORE.search(self.text, max(0, start - 120), start) is not None
        ):
            s, e = _token_at(self.text, end + 1)
            token = self.text[s:e]
            if e > s and (words.secret_like(token) or words.likeness(token) >= words.STRONG):
                self.add(*_trim_span(self.text, s, e))  # "wifi is X, key y-z-24": bare key
        if word.lower() == "secret":
            # "my secret word for login is x": a password by another name
            return "pw" if _SECRET_TAIL.match(self.text, end) else ""
        if word.upper() in _WPA and not self.text.startswith(":", end):
            return ""  # "WPA2 ist aktiv": the standard named, no key label
        if (
            word in ("key", "Key", "KEY")
            and _UCI_KEY.search(self.text, max(0, start - 8), start) is not None
            and _UCI_WIFI.search(self.text, max(0, start - 400), start) is not None
        ):
            return "pw"  # "option ssid 'x'" … "option key 'y'": the network's key
        if self.text.startswith(":", end) and _NETWORK_LABEL.search(
            self.text, max(0, start - 200), start
        ):
            return "pw"  # "Network: Cafe  Key: x", "SSID: Praxis\nWPA2: x": the network's key
        return ""

    def run(self) -> list[tuple[int, int]]:
        for _ in self.steps():
            pass
        return self.spans

    def steps(self) -> Generator[None, None, None]:
        """The search in slices: yields after every ``STEP_TRIGGERS`` triggers (so
        ``redact_async`` can free the event loop in between); the spans end up in
        ``self.spans``."""
        text = self.text
        fine = self.fine
        seen = 0
        mentioned_until = 0
        has_url = "://" in text or "www." in text
        password_word = False
        contexts: list[tuple[int, int]] = []
        logins: list[tuple[int, int]] = []  # "login", "Anmeldung": reach for strong shapes
        pins: list[tuple[int, int]] = []  # "PIN", "Geheimzahl": reach for introduced numbers
        flood: list[tuple[int, int]] = []  # triggers past the budget: masked by a cheap rule
        absent: list[int] = []  # "hat kein Passwort": password words saying there is none
        said: list[tuple[int, int]] = []  # password and PIN words: a value may be dictated
        # ... or described by its parts, after a "pass" too ("my pass is Orchid, then a dot")
        described: list[tuple[int, int]] = []
        # (an ASCII text: the stdlib engine finds the same words, faster)
        # (round 62's word tests below run only where their sign is in the text)
        auth_log = "ailed " in text or "ccepted " in text
        keyed = ":" in text or "=" in text
        for m in (_WORD_ASCII if text.isascii() else _WORD).finditer(text):
            word = m.group()
            classed = _word_class(word)
            if classed is None:
                # no trigger, no context, not "Kenn wort": nothing below reads it; or the
                # password manager by name: "stored in 1Password ('Deploy')"
                continue
            kind, near, disguised = classed
            w_start = m.start()
            if kind == "pwkey" and _named_compound(text, word, w_start, m.end()):
                continue  # "the auth-user-pass-stream example": a thing's name, no key
            if (
                auth_log
                and text.startswith(" for ", m.end())
                and _AUTH_LOG_BEFORE.search(text, max(0, w_start - 9), w_start)
            ):
                continue  # sshd's "Failed password for invalid user x": a log's words
            if ("-" in word or text[w_start - 1 : w_start] == "-") and _NEGATED_WORD.search(
                text, max(0, w_start - 9), m.end()
            ):
                continue  # "--no-password", "PermitRootLogin prohibit-password": no value
            if keyed and _ATTRIBUTE_AFTER.match(text, m.end()) is not None:
                continue  # "Password Type:  CRYPT": the password's type, not its value
            if word.lower() == "wpa_passphrase" and text.startswith(" ", m.end()):
                continue  # the command: its network's name, then the key (``_TOOL_SECRETS``)
            if w_start > 0 and text[w_start - 1] in "]•":
                continue  # glued to a mask: part of a word the first pass saw whole
            if w_start > 0 and text[w_start - 1] == "[" and text.startswith("]", m.end()):
                continue  # our own mask, "[CREDENTIAL]": no password context, no trigger
            if disguised:
                kind = self._disguised(word, w_start, m.end())
            if (
                not kind
                and near == "context"
                and word[-1].isdigit()
                and _NUMBERED_KEY.fullmatch(word) is not None
                and text.startswith("=", m.end())
            ):
                kind = "pwkey"  # "password1=…&password2=…": numbered keys of one form
            if not kind and (lead := _PHRASE_WORD_LEADS.get(word.lower())) is not None:
                if text[max(0, w_start - len(lead)) : w_start].lower() == lead:
                    kind = "pw"  # "mot de passe: x", "kod dostępu: x": a password word in words
            if not kind and word.lower() in ("kenn", "kennw"):
                # "Kenn wort: x": the word typed apart, then a connector (round 20)
                tail = _PASS_TAIL.match(text, m.end())
                if tail is not None and _LEET_CONN.match(text, tail.end()) is not None:
                    kind = "pw"
            if not kind:
                if near == "context":
                    contexts.append(m.span())  # Passwortfeld, Zugänge (not credentialId)
                    self.field_line(m.end())
                    self.listed_logins(m.end())
                elif near == "login":
                    logins.append(m.span())
                continue
            w_end = m.end()
            if text.startswith((".:", ".="), w_end):
                w_end += 1  # "P.W.: x", "Pwd.= x": an abbreviation's dot before the connector
            if (
                kind == "pass"
                or (disguised and kind == "pw" and word.lower() == "secret")
                or word.lower() in ("kenn", "kennw")
            ):
                tail = _PASS_TAIL.match(text, w_end)
                if tail is not None:
                    kind, w_end = "pw", tail.end()  # "pass phrase: x"
            if kind == "pw" and word[:1] in "κΚ" and _GREEK_CODE_OF.match(text, w_end) is not None:
                continue  # "κωδικός παραγγελίας 48213": an order's number, no password
            if kind == "pin" and word == "pin" and words.PIN_VERB.match(text, w_end):
                if _PIN_VERB_BEFORE.search(text, max(0, w_start - 12), w_start):
                    continue  # "if you need to pin it": the verb (certificate pinning)
            if kind == "user" and _LOGIN_WORD.fullmatch(m.group().lower()):
                logins.append(m.span())
            if words.MASKED_VALUE.match(text, w_end) is not None:
                continue  # "password: [PASSWORD]": its value is masked, it leads to nothing
            if m.start() < mentioned_until:
                continue  # "the word password in German is Passwort": both only named
            if kind in ("pw", "pass") and absent_password_word(text, m.start(), w_end):
                absent.append(m.start())
                continue  # "heißt 'X' und hat kein Passwort": no value to look for
            if _mentioned(text, m.start()):
                # "the word password in French is …": the word named, not used; so is any
                # password word later in its sentence (a translation)
                stop = _SENTENCE_END.search(text, m.end())
                mentioned_until = stop.start() if stop is not None else len(text)
                continue
            if (
                kind != "pwkey"
                and not text.startswith("=", w_end)
                and _in_url(text, m.start(), has_url)
            ):
                continue  # "http://u@pass:host/reset/password/1": part of an address
            seen += 1
            if seen > _MAX_TRIGGERS:
                flood.append(m.span())
                if len(flood) % FLOOD_STEP == 0:
                    yield
                continue
            if fine or seen % STEP_TRIGGERS == 0:
                yield
            # "pass = ****": "pass" as a field's key names a password as well as "pw" does
            keyed_pass = kind == "pass" and (
                _KEYED_AFTER.match(text, w_end) is not None
                or _header_cell(text, m.start(), w_end)  # a CSV header's "pass" column
            )
            password_word = password_word or kind in ("pw", "pwkey") or keyed_pass
            if kind in ("pw", "pwkey", "list"):
                contexts.append((m.start(), w_end))
            elif kind == "pin":
                pins.append((m.start(), w_end))
            if kind in ("pw", "pin"):
                said.append((m.start(), w_end))
            if kind in ("pw", "pin", "pass"):
                described.append((m.start(), w_end))
            if kind == "pwkey":
                self.after_password_word(kind, m.start(), w_end)
            elif kind == "key":
                self.after_key_word(m.end())
            elif kind in ("pw", "pass", "pin"):
                self.bound = _cell_bound(text, w_end)
                self.after_password_word(kind, m.start(), w_end)
                self.bound = len(text)
                if kind != "pin":
                    self.before_password_word(m.start(), w_end)
            else:
                self.bound = _cell_bound(text, m.end())
                self.after_user_word(kind, m.end())
                self.bound = len(text)
                if kind == "list" or word.lower() in ("logins", "login"):
                    self.listed_logins(m.end())
        for m in _LEET_SYMBOL.finditer(text) if "@" in text or "$" in text else ():
            if seen < _MAX_TRIGGERS and _LEET_CONN.match(text, m.end()):
                seen += 1  # "P@ssword is x", "Pa$$wort: x" (the word split at its symbols)
                password_word = True
                contexts.append(m.span())
                self.after_password_word("pw", m.start(), m.end())
        yield
        self.structured()
        if fine:
            yield
        if "/" in text and _SLASHED_PW_HINT.search(text) is not None:
            self.slashed_fields()
            if fine:
                yield
        if "비" in text or "패" in text:
            self.korean_glued()
            if fine:
                yield
        if _SECURITY_HINT_SCAN.search(text) is not None:
            self.security_answer()  # cheap literals first: few messages name one
            if fine:
                yield
            self.security_later()
            if fine:
                yield
            self.as_answer()
            if fine:
                yield
        elif "emorable" in text or "EMORABLE" in text:
            self.security_later()
            if fine:
                yield
        low = text.lower()
        if _TOPIC_SCAN.search(low) is not None:
            self.topic_answer()  # cheap literals first: a question named by its topic
            if fine:
                yield
        if _LOGIN_PAIR_HINT_SCAN.search(text) is not None:
            self.login_pairs()  # cheap literals first: the scan is for few messages
            if fine:
                yield
        if seen:
            self.in_context(password_word)
            if fine:
                yield
        if said:
            if not fine:
                self.spans.extend(dictated_runs(text, said))  # "kennwort maxi 2000 stern stern"
                self.spans.extend(bare_phrase_runs(text, said))  # "Password Kite Flying 2020"
            else:
                # each password word's values alone (the same spans, in order): a slice each
                for i in range(len(said)):
                    self.spans.extend(dictated_runs(text, said[i : i + 1]))
                    yield
                for i in range(len(said)):
                    self.spans.extend(bare_phrase_runs(text, said[i : i + 1]))
                    yield
            if "als " in text or "Als " in text:
                self.spans.extend(as_password_runs(text, said))  # "als Passwort x bekommen"
                if fine:
                    yield
        if word_lists.might_hold(low):
            # "ist ein Satz: Der Keller ist nass …", "… – das sind vier Wörter"
            self.spans.extend(word_lists.sentence_runs(text))
            self.spans.extend(word_lists.counted_runs(text))
            if fine:
                yield
        if "typed" in low or "entered" in low or "eingegeben" in low or "getippt" in low:
            self.typed_values()  # "wrong code even though I typed 3141", "hab x eingegeben"
        if "code" in low and ("space" in low or "leerzeichen" in low or "capital" in low):
            self.code_noted()  # "the wifi code is ringo starr 64 with spaces"
        if said or _SPELL_CUE.search(low) is not None:
            self.spelled(said)  # "Papa Lima Uhu Martha 4 4", "with spaces: K e t t l e 7 7 #"
            if fine:
                yield
        if text.count("-") >= 3:  # (a C-level count: most messages hold fewer hyphens)
            # "zum Einloggen: Ha-ee-ell-ell-o": a value spelled by its letters' names
            self.spans.extend(described_values.letter_name_runs(text, said))
        if described and described_values.might_assemble(low):
            # "our dog's name Bello then 2019 and an exclamation mark, all one word"
            self.spans.extend(described_values.recipe_pieces(text, described))
        if said and any(hint in low for hint in described_values.HALF_HINTS):
            # "first half: Wolken, second half: Burg#88": a value given in named parts
            self.spans.extend(described_values.half_pieces(text, said))
        if any(hint in low for hint in described_values.CASED_HINTS):
            # "lowercase b, lowercase l, number 4, …": dictated with its cases, no word
            self.spans.extend(described_values.cased_runs(text))
        if any(hint in low for hint in described_values.PERSONAL_RECIPE_HINTS):
            # "Rex1987, my dog's name and the year I was born": made by a recipe, no word
            self.spans.extend(described_values.personal_recipe_values(text))
        if contexts:
            self.password_word_values()
            if fine:
                yield
            if "mit " in text or "with " in text:
                self.started_with(contexts)
                if fine:
                    yield
            if _FULL_DATE.search(text) is not None:
                self.date_values()
                if fine:
                    yield
        if (
            (password_word or contexts)
            and _may_be_elliptic(text)
            and _ELLIPTIC_HINT.search(text) is not None
        ):
            self.elliptic()
            if fine:
                yield
        else:
            self.set_it_to()
            if fine:
                yield
            self.it_values()
            if fine:
                yield
            if (
                "apital" in text
                or "APITAL" in text
                or " mit " in text
                or " all" in text
                or "klein" in text
            ):
                self.case_noted()
                if fine:
                    yield
            if _combo_hinted(text, low):
                self.combinations()
                if fine:
                    yield
            self.same_pairs(password_word)
            if fine:
                yield
            if "@" in text and "\n" in text:
                self.mail_then_value()
                if fine:
                    yield
            if "@" in text and " / " in text:
                self.mail_slash_value()
                if fine:
                    yield
            if ("://" in text or "www." in low) and ("," in text or ";" in text or " " in text):
                self.export_rows()
            if '","' in text and "@" in text:
                self.mail_login_rows()
                if fine:
                    yield
            if logins or "konten" in low:
                self.slash_pairs()  # "Zwei Konten: Shop ist admin / x", "tried admin / x"
                if fine:
                    yield
            elif (text.count(" / ") >= 2 or text.count(" | ") >= 2) and _login_roster(text):
                # "Zürich zh-buero / Rösti&Co2024, Bern be-buero / Aare!Schwimmen5": a
                # roster of logins is one by its rows, no login word needed
                self.slash_pairs()
                if fine:
                    yield
            elif " / " in text and (
                _ADMIN_PAIR.search(text) is not None or _HANDLE_SLASH.search(text) is not None
            ):
                # "router: admin / x!y3", "note: 'OCA admin - harlow.admin / Molar#Mo1ar'"
                # (a sign in the value)
                self.slash_pairs(symbol=True)
                if fine:
                    yield
        if ("new one" in low or "neue" in low) and (
            password_word or contexts or "should be" in low or " soll" in low
        ):
            self.new_one_set(named=bool(password_word or contexts))
            if fine:
                yield
        if password_word and ("ist " in low or "war " in low or "lautet " in low):
            self.inverted()
            if fine:
                yield
        if (password_word or pins) and german_clauses.may_hold(low):
            # "…, weil mein Passwort x ist", "Kennwort wurde von der IT auf x zurückgesetzt":
            # the clause said again in main-clause order and judged as such
            self.spans.extend(
                german_clauses.verb_final_values(text, _names_secret, find_password_spans)
            )
            self.spans.extend(
                german_clauses.bracket_values(text, _names_secret, find_password_spans)
            )
            if fine:
                yield
        if (password_word or pins) and german_clauses.may_hold_perfect(low):
            # "Ich hab als neues Passwort Katze Hund Maus Baum gewählt": a value of several
            # words the perfect's auxiliary and participle bracket
            self.spans.extend(
                german_clauses.perfect_values(text, _names_secret, find_password_spans, TALK)
            )
            if fine:
                yield
        if password_word and ("es ist" in low or "es war" in low or "es laut" in low):
            # "Das Passwort hab ich nicht geändert, es ist weiterhin x": "es" for the
            # password named in the clause before
            self.spans.extend(
                german_clauses.pronoun_values(text, _names_secret, find_password_spans)
            )
            if fine:
                yield
        if "/" in text:
            self.use_pair()
            if fine:
                yield
        if (" to " in text or " with " in text) and ("use " in low or " as " in low):
            self.use_to_get_in()
            if fine:
                yield
        if (" and " in text or " und " in text or " And " in text or " Und " in text) or (
            _usage_hinted(text, low) and _USAGE_CUE.search(text) is not None
        ):
            yield from self.usage_values()
            if fine:
                yield
        if _entry_hinted(text):
            self.entry_values()
            if fine:
                yield
        if unnamed_values.gate(text, low):
            # "X <- that's the one I set", "the real one is X", "warum geht X nicht", "it
            # let me in with X": a value no word names, pointed at as the one in use
            self.spans.extend(unnamed_values.values(text, _entered_value, low))
            if fine:
                yield
        if not fine or situation_values.gate(text, low):
            # a security question's answer, a value beside a login name, a lock's number, a
            # quoted value tried at a sign-in: the situation tells it is a secret (``values``
            # tests the gate itself, or has the pre-check's reading: the gate is asked first
            # only where a step follows)
            self.spans.extend(situation_values.values(text, _entered_value, low))
            if fine:
                yield
        if "space" in low or "leerzeichen" in low:
            self.copied_space()
            if spaced_values.gate(low):
                # "new one is Tangerine  Skies 88 (two spaces between the words)": the
                # words a remark on the spaces names one value (round 48)
                self.spans.extend(spaced_values.values(text))
        if separated_digits.gate(text):
            # "Tresor-Code: 7·3·9·1·4", "Tür-Code 7 3 5 9": a code written as it is pressed,
            # named by a word before it (round 48)
            self.spans.extend(separated_digits.values(text))
        if device_codes.gate(text):
            # "go to example.com/activate and enter WDJB-MJHT": a device's sign-in code
            # (round 49)
            self.spans.extend(device_codes.values(text))
        yield
        if "eld" in text or "box" in text or "ELD" in text:
            # "I put x in the field": a form's field is a sign-in's, its reach the same
            logins.extend(m.span() for m in _INTO_FIELD.finditer(text))
        if seen:
            if not text.isascii() or _CONTEXT_PAIR_NOUN_SCAN.search(low) is not None:
                contexts.extend(m.span() for m in _CONTEXT_PAIR.finditer(text))
            contexts.sort()
        if fine:
            yield  # (on 2,000 hostile characters the scans above and the pairing below
            # made one slice of up to 4.4 ms, against the loop's 5 ms bound)
        nearby = yield from near_spans_steps(
            text, contexts[:_MAX_TRIGGERS], logins[:_MAX_TRIGGERS], pins
        )  # (``run`` takes the yields in its stride)
        if fine:
            yield
        self.spans.extend(s for s in nearby if not absent or not said_absent(text, s[0], absent))
        self.spans = [s for s in self.spans if not is_code_value(text, *s)]  # $X, f(x), "Label"
        if '","' in text:  # 1Password's item id, a row's first cell: no secret
            self.spans = [s for s in self.spans if not _manager_id(text, *s)]
        if "l2tpd" in text or "pptpd" in text:  # a chap-secrets row's server: a daemon
            servers = {m.span("s") for m in _CHAP_ROW.finditer(text)}
            self.spans = [s for s in self.spans if s not in servers]
        if password_word:  # "ist das Gerätepasswort vom Typenschild": which one, no value
            self.spans = [s for s in self.spans if not _names_password(text, *s)]
        if self.spans and ("my" in low or "My" in text) and _SAYS_EXAMPLE.search(text):
            # "Pwd=myPassword;" in the README's sample: the sample's slot, kept (round 40)
            self.spans = [s for s in self.spans if _MY_SLOT.fullmatch(text, *s) is None]
        if fine:
            yield
        if self.spans and fine:
            standing = []
            for s in self.spans:  # (a span's judgement can take half a millisecond)
                yield
                if _not_named_other(text, *s):
                    standing.append(s)
            self.spans = standing
        elif self.spans:  # "request id x", "x (it's our customer id)": named as no secret
            self.spans = [s for s in self.spans if _not_named_other(text, *s)]
        judged = set(self.spans)  # (``names_other`` asked ``is_sample`` about these)
        # Fail closed: what the budget left unjudged is masked by a cheap rule, not let through
        flood.extend(contexts[_MAX_TRIGGERS:])
        flood.extend(logins[_MAX_TRIGGERS:])
        flood.sort()  # flood_spans splits the text between the first and last word once
        for i in range(0, len(flood), FLOOD_STEP):
            yield
            self.spans.extend(flood_spans(text, flood[i : i + FLOOD_STEP]))
        for start, end in list(self.spans) if "\n" in text else ():
            rest = words.continuation(text, end)
            if rest is not None:
                self.spans.append((start, rest))
        if "\n" in text and any(h in text for h in _LOGIN_BLOCK_HINTS):
            self.login_block()
            if fine:
                yield
        if self.spans and any(h in text.lower() for h in _CORRECTION_HINTS):
            self.corrected()
            if fine:
                yield
        if self.spans and "(" in text:
            self.old_asides()
            if fine:
                yield
        if self.spans and (", " in text or " but " in text or " aber " in text):
            self.parallel_pins()
            if fine:
                yield
        if len(text) <= _VARIANT_MAX_TEXT and (
            _LETTER_DIGIT.search(text) is not None or _MARK_DIGIT.search(text) is not None
        ):
            self.variants()
            if fine:
                yield
        if self.spans and len(text) <= _VARIANT_MAX_TEXT:
            self.respelled()
            if fine:
                yield
        if (
            " or " in text
            or " and " in text
            or " oder " in text
            or " und " in text
            or (self.spans and ", " in text)  # "tried: x, y, z" (the list's items)
            or (self.spans and ("statt " in text or " instead " in text or " rather " in text))
        ):
            self.coordinated()
            if fine:
                yield
        elif " but " in text or " aber " in text:
            self.coordinated()  # "is x but downstairs it's y": the parallel clause only
            if fine:
                yield
        if self.spans and "?" in text:
            self.spans = [sp for sp in self.spans if not _judged_example(text, *sp)]
        if self.spans and ("xample" in text or "eispiel" in text):
            # "x is the example in their help", "x ist nur ein Beispiel": a sample
            self.spans = [sp for sp in self.spans if _EXAMPLE_AFTER.match(text, sp[1]) is None]
        if (
            self.spans
            and ("xample" in low or "eispiel" in low)
            and ("not " in low or "nicht " in low)
        ):
            # "something like x — THAT'S AN EXAMPLE, not mine", "Nur als Beispiel, nicht
            # mein echtes: Passwort x": the value disowned as an example
            self.spans = [sp for sp in self.spans if not disowned_example(text, *sp)]
        if self.spans and placeholder_hinted(text):
            # "'NEW_PASSWORD'" in a README's command, "YourWiFiPassword", a guide's famous
            # "password: hunter2": a value that stands for one (round 40)
            cue = documented(text)
            self.spans = [sp for sp in self.spans if not placeholder_value(text, *sp, cue=cue)]
        # the steps above add siblings and variants: samples all the same (what the budget
        # left unjudged stays masked)
        added = [s for s in self.spans if s not in judged]
        if added and not flood:
            kept = set(drop_samples(text, added))
            self.spans = [s for s in self.spans if s in judged or s in kept]
        # a default, weak code or stand-in the message says is in use is the password, whatever
        # the readers above made of it as a sample, a placeholder or a default (round 54)
        self.spans.extend(defaults_in_use.spans(text))  # (it asks might_find first)


#: A line of an account's address and its password glued by a colon ("a@x.test:Tulip!20").
_COMBO_LINE = re.compile(
    r"(?m)^[ \t]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+:(?P<pw>[^\s:/@]{4,64})[ \t]*$"
)
#: A combination line's value with letters, digits and a sign, of a password's length.
_COMBO_STRONG = re.compile(r"(?=.*[^\W\d_])(?=.*\d)(?=.*[^\w\s])\S{8,64}")
#: A row's cells of "key: value" parted by a bar ("Nutzer: x | Kennwort: y | Stand: z").
_CELL_BAR = re.compile(r"[ \t]+\|[ \t]+")


def _cell_bound(text: str, end: int) -> int:
    """Where the cell of a key ending at ``end`` ends, when the key stands in a row of
    "key: value" cells parted by bars: its value is in its own cell, not the next one's
    (a note in the cell, "siehe KeePass", gives no value at all); else the text's end."""
    if "|" not in text:
        return len(text)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    bar = _CELL_BAR.search(text, end, line_end)
    if bar is None or not text.startswith((":", " :", "="), end):
        return len(text)
    return int(bar.start())


def _literal_quote(text: str, pos: int) -> tuple[int, int] | None:
    """The words inside the quote opening at ``pos`` (at most three, on one line), unless
    they say what the password is like ('literally "wrong"')."""
    end = text.find(_QUOTES[text[pos]], pos + 1, pos + 66)
    inner = text[pos + 1 : end] if end > pos + 2 else ""
    if not inner.strip() or "\n" in inner or len(inner.split()) > 3:
        return None
    if any(w.lower() in words.STATE_WORDS for w in inner.split()):
        return None
    return pos + 1, end


#: A cell that stands for a value it does not show: "[hidden]", "<redacted>", "(entfernt)".
_SHOWN_NO_VALUE = re.compile(
    r"(?i)[\[(<{]\s*(?:hidden|redacted|removed|masked|entfernt|versteckt|geschwärzt|"
    r"ausgeblendet|gelöscht|omitted|filtered|secret|private|none|leer|empty)\s*[\])>}]"
)


def _shown_no_value(cell: str) -> bool:
    """A table's cell that holds no value: empty, a run of mask characters ("********"),
    a bracketed stand-in ("[hidden]") or a null word."""
    core = cell.strip()
    return (
        not core
        or set(core) <= _MASK_CHARS
        or _SHOWN_NO_VALUE.fullmatch(core) is not None
        or words.is_null(core)
    )


#: The rest of a form's label line ("Password *", "Kennwort (Pflichtfeld)") and the one
#: token alone on the next line, the field's value.
_FORM_VALUE = re.compile(
    r"[ ]*(?:\*|\((?:required|pflicht|pflichtfeld|erforderlich)\))?[ ]*:?[ ]*\n[ \t]*"
    r"(?P<v>[^\s*:]\S*)[ \t]*(?=\n|\Z)",
    _I,
)


def _form_value(value: str) -> bool:
    """A field's value under its label: shaped as a password, not the next label
    ("Confirm password *") or a button or a check box ("[ ] Keep me signed in")."""
    return (
        ":" not in value  # ("ops:$apr1$…": the next line is a row of its own)
        and not value.endswith("*")
        and value[:1] not in "[(<"
        and (
            words.likeness(value) >= words.PLAIN
            # words joined into one token ("Autumn-Leaves-on-the-Porch"), not one word
            or (words.likeness(value) >= words.WORD and _JOINED_WORDS.fullmatch(value) is not None)
        )
        and not words.is_non_secret_shape(value)
    )


_JOINED_WORDS = re.compile(r"(?=\S{10})[^\W\d_]{2,}(?:[-_.+][^\W\d_]{2,})+")


def _manager_id(text: str, start: int, end: int) -> bool:
    """Is ``start:end`` the item id opening a 1Password export row?"""
    row = start - 1  # the row's opening quote, at its line's start
    return (
        end - start == 26
        and row >= 0
        and (row == 0 or text[row - 1] == "\n")
        and _MANAGER_ID_ROW.match(text, row) is not None
    )


def _in_label_row(text: str, pos: int) -> bool:
    """Is ``pos`` in a run of three or more quoted labels (a CSV header quoted in a
    sentence or on its own line)?"""
    lo = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    return any(
        m.start() <= pos < m.end()
        for m in _LABEL_ROW.finditer(text, lo, len(text) if stop < 0 else stop)
    )


def _header_cell(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` a cell of a table's header, the whole cell (quoted or
    not) between column separators, with a row of as many separators beneath it?"""
    if "\n" not in text:
        return False
    while start > 0 and text[start - 1] in "\"'":
        start -= 1
    while end < len(text) and text[end] in "\"'":
        end += 1
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    if hi < 0:
        return False
    nxt = text.find("\n", hi + 1)
    nxt = len(text) if nxt < 0 else nxt
    before = text[lo:start].rstrip(" ")
    after = text[end:hi].lstrip(" ")
    for sep in ",;\t|":
        if not (before == "" or before.endswith(sep)) or not (after == "" or after.startswith(sep)):
            continue
        cells = text.count(sep, lo, hi)
        if cells >= 1 and text.count(sep, hi + 1, nxt) == cells:
            return True
    return False


def _under_header(text: str, pos: int) -> bool:
    """``pos`` is in a CSV row whose line above has as many commas (two or more): a header
    or another row, whose columns (``table_columns``) decide what each cell is."""
    lo = text.rfind("\n", 0, pos)
    if lo < 0:
        return False
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    above = text.rfind("\n", 0, lo) + 1
    for sep in ",;\t|":  # (a semicolon's CSV, a tab's sheet, a pipe's table alike)
        cells = text.count(sep, lo, hi)
        if cells >= 2 and cells == text.count(sep, above, lo):
            return True
    return False


# a slot's name in a docs template: "yourpass", "your_password", "YourPassword"
_YOUR_SLOT = re.compile(r"(?i)your[_\-]?[a-z]{2,16}")


def _url_template(user: str, pw: str) -> bool:
    """Are a URL's user and password a template's slots, not a login: the optional part in
    brackets ("redis://[:password]@host", "[user:pass]@") or "your…" words both
    ("postgres://youruser:yourpass@your.endpoint")?"""
    if user.startswith("[") and pw.endswith("]"):
        return pw[:-1].lower() in _URL_WORDS or _YOUR_SLOT.fullmatch(pw[:-1]) is not None
    return _YOUR_SLOT.fullmatch(pw) is not None and _YOUR_SLOT.fullmatch(user) is not None


def _capital_template(user: str, pw: str) -> bool:
    """A user and password in capitals that name their slots ("USER:PASSWORD",
    "DB_USER:DB_PASS"), not a mainframe's real ones ("GEORGE:HARRISON")."""
    return any(
        "_" in part or part.lower() in _PLACEHOLDER_WORDS or part.lower() in _URL_WORDS
        for part in (user, pw)
    )


def _row_cells(line: str, sep: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of a table row; a CSV cell in double quotes may
    hold the separator (``anna,"Hallo, Welt!"``, how password managers export)."""
    cells = []
    pos = 0
    while True:
        end = line.find(sep, pos)
        if sep == "," and line.startswith('"', pos):
            close = line.find('"', pos + 1)
            while 0 <= close < len(line) - 1 and line[close + 1] == '"':
                close = line.find('"', close + 2)  # "" is a quote inside the cell
            if close >= 0 and (close + 1 == len(line) or line[close + 1] == ","):
                end = close + 1 if close + 1 < len(line) else -1
        if end < 0:
            cells.append((pos, len(line)))
            return cells
        cells.append((pos, end))
        pos = end + 1


_TOKEN_RUN = re.compile(r"[^\s,;]+")
_REFERENCE_HEAD = re.compile(
    r"(?i)(?:order|bestell|kunde|kdnr|customer|invoice|rechnung|ticket|case|vorgang|ref|id|nr"
    r"|auftrag|tracking|sendung|vertrag|contract|account|konto)[\-_#.]?\d"
)


# typed into a search, not a sign-in: "typed x into the search box", "x in die Suche"
_SEARCHED = re.compile(
    r"(?i)[ ]+(?:in|into|in[ ]+die|ins|im)[ ]+(?:the[ ]+|a[ ]+|die[ ]+|das[ ]+|den[ ]+)?"
    r"(?:\w+[ ]+)?(?:search\w*|such\w*|google|address[ ]+bar|adress\w*|url|browser)"
)
# a label naming what the value is: "Gutscheincode X", "voucher code X", "Kundennummer X"
_LABEL_BEFORE = re.compile(
    r"(?i)(?:code|gutschein|coupon|voucher|promo|rabatt\w*|nummer|number|nr\.?|id|key|token"
    r"|version|modell?|model|tarif|plan)[ ]*:?[ ]+\Z"
)
# an identifier or a key ("evt_WvwT51Zbe0ej9rRDn7QbZmUv"): the credential's rules judge it
_LONG_TOKEN = re.compile(r"[\w\-]{20,}")
# a program's key glued to its value ("access_code=X", "password='X'"): a key's own rule
_IDENT_KEY = re.compile(r"[a-z_][a-z0-9_.\-]*[=:]")


def _entered_value(text: str, start: int, value: str) -> bool:
    """A value that round 23's ``entry_values`` takes: shaped as a password someone types
    (``_used_value``); not in capitals alone (a voucher's or a product's code: "WELCOME10"),
    not named by a label before it ("Gutscheincode X", "version X"), not a program's key and
    value ("access_code=X", a rule of its own) and no long token (an identifier's or a
    credential's)."""
    if value.isupper() or _IDENT_KEY.match(value) or _LONG_TOKEN.fullmatch(value):
        return False
    if _LABEL_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False
    if model_named(text, start, start + len(value)):
        return False  # "same as the sticker: FRITZ!Box 7590": a product and its model
    return _used_value(value)


def _used_value(value: str) -> bool:
    """Shaped as a password someone types: letters mixed with digits or signs or an inner
    capital (``Kaffee2024``, ``Winterberg#7``, ``Kingfisher.Blue``, ``seaside_1974``); not
    a product with its number (``Windows11``), an address, a user name in lower case
    (``anna.schmidt``), a reference or a word."""
    if len(value) < 5 or len(value) > 64 or "@" in value or "[" in value:
        return False
    if _REFERENCE_HEAD.match(value):
        return False  # "Order12345", "Rechnung2024": a number with its label
    if not any(c.isdigit() or c in "!#$%&*+?@^~§=" for c in value):
        return False  # (the pre-check's fragment asks for one on the cue's line)
    if words.secret_like(value):
        return not words.is_product(words.trim(value))
    if not any(c.isdigit() or c in "!#$%&*+?@^~§=" for c in value):
        return False  # (the pre-check's fragment asks for one on the cue's line)
    if words.likeness(value) < words.STRONG or words.is_product(value):
        return False
    if _REFERENCE_HEAD.match(value):
        return False  # "Order12345", "Rechnung2024": a number with its label
    letters = any(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    inner_cap = any(c.isupper() for c in value[1:])
    return letters and (digits >= 2 or inner_cap) and not value.isupper()


# the password word itself with a number or sign ("password123", "Passwort1!")
_WORD_AS_VALUE = re.compile(r"(?i)(?:pass(?:wor[dt])?|kennwort|passw0rd|qwerty)[\d!?.#*]*")
# a question judging a value or calling it an example: "is 'password123' a good password?",
# "Ist „Passwort123“ als Beispiel ernst gemeint?"
_JUDGED = re.compile(
    r"(?i)(?<!\w)(?:good|bad|safe|secure|strong|weak|ok|okay|allowed|example|beispiel|sicher"
    r"|gut|stark|schwach|erlaubt|ernst|unsicher|insecure)(?![\w.])"
)

_QUESTION_MARK = re.compile(r"\?(?:\s|\Z)")
_OWN_BEFORE = re.compile(r"(?i)(?<!\w)(?:my|mine|our|mein\w*|unser\w*|i|ich)(?!\w)")

_FULL_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}")
_DATE_AS_PASSWORD = re.compile(
    r"(?i)(?:(?<!\w)(?:pass(?:wor[dt])?|kennwort|pw|pwd)[ ]*(?:(?:is|ist|lautet|was|war)[ ]*:?|:)"
    r"|(?<!\w)(?:birthday|birth[ ]+date|wedding[ ]+day|anniversary|geburtstag|hochzeitstag"
    r"|jahrestag|geburtsdatum)[^.!?\n:]{0,40}:"
    # "Passwort ist das Geburtsdatum meiner Tochter, also 14.03.2011": the password said
    # to be a day, then the date restated (round 24)
    r"|(?<!\w)(?:pass(?:wor[dt])?|kennwort|pw|pwd|passcode)[ ]+(?:is|ist|was|war)[ ]+"
    r"(?:[^\s.!?:]+[ ]+){0,4}?(?:\w+'s[ ]+)?(?:birthday|birth[ ]+date|wedding[ ]+day|anniversary|"
    r"geburtstag|hochzeitstag|jahrestag|geburtsdatum)[^.!?\n:]{0,40}?"
    r",?[ ]+(?:also|nämlich|namely|i\.e\.|sprich)[ ]*:?)"
    r"[ ]*(?P<v>\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2})(?![\w/\-]|\.\d)"
)


# "has been found 3 times", "wurde 12 mal geleakt": a count in talk about a password
_TIMES = re.compile(r"(?i)(?<!\S)\d{1,6}[ ]*(?:times|mal)(?!\w)")
# "abcd efgh ijkl mnop is the example in their help", "… ist nur ein Beispiel": a sample
_EXAMPLE_AFTER = re.compile(
    r"(?i)[\"'”“]?[ ]+(?:is|was|ist|war)[ ]+(?:(?:just|only|nur)[ ]+)?(?:the|an|das|ein)[ ]+"
    r"(?:\w+[ ]+)?(?:example|beispiel)"
    # "'correcthorse' (example only)", "(nur Beispiel)" (round 61)
    r"|[\"'”“]?[ ]*\((?:(?:just|only|nur)[ ]+)?(?:an[ ]+|ein[ ]+)?(?:example|beispiel|sample)"
    r"(?:[ ]+only)?\)"
)
# "pass= port=21": the value left empty, the next key and its value after it
_NEXT_KEY = re.compile(r"[A-Za-z_][\w.\-]*=\S*")


def _log_field(value: str) -> bool:
    """``key=value`` is a log's field ("attempts=3"), unless the side before the "=" holds
    a sign no key is named with: a sum written as a password ("Scanner+Kopierer=2")."""
    if "=" not in value:
        return False
    left = value.split("=", 1)[0]
    return not (any(ch.isalpha() for ch in left) and any(ch in _SUM_SIGNS for ch in left))


_SUM_SIGNS = frozenset("+&*#!$%")


def _no_value(text: str, start: int, end: int) -> bool:
    """The span after a password word and its connector is no value: a count, or a sample
    the text calls an example."""
    if _TIMES.search(text, start, end) is not None:
        return True
    if _EXAMPLE_AFTER.match(text, end) is not None:
        return True
    return _CALLED.match(text, start, end) is not None  # "pwd: passwordPrompt()": code asks


#: a function called with no argument: code that asks for the value or makes it
_CALLED = re.compile(r"[A-Za-z_$][\w$.]*\(\)(?![\w(])")

#: Words that name the thing a connector after them states, when one ends the words
#: between a password word and its connector: "pass reset pls 🙏 user is x" gives the
#: user, "password and wifi name: x" the name.
_NAME_QUAL_WORDS = _USER_WORDS | frozenset(
    "name names ssid email e-mail mail nickname handle benutzername netzwerkname".split()
)
#: Prepositions that make such a word the password's owner ("password for the admin user
#: is x", "Passwort vom Konto ist x"): then the connector is still the password's.
_OWNER_PREPOSITIONS = frozenset(
    "for of to from on at in with via per für von vom zum zur des beim bei im aus mit über".split()
)


#: What a login word names when one of these follows it: a credential of its own kind
#: ("Login Token", "login code", "Anmelde-Schlüssel"), not a user's name.
_CREDENTIAL_NOUNS = frozenset("token tokens key keys code codes secret link links".split())


def _named_compound(text: str, word: str, start: int, end: int) -> bool:
    """A password word inside a hyphenated name of three or more parts that ends in another
    word, in running text
    (no flag's dashes before it, no connector after it): "the auth-user-pass-stream
    example", "the old-pass-through-mode switch" name a thing; a key's value needs its key used
    as one ("auth-pass-file: x", "--auth-pass-file x")."""
    if "-" not in word or "_" in word or "." in word:
        return False
    parts = word.lower().split("-")
    if len(parts) < 3 or parts[0] in _PW_WORDS or parts[0] == "pass":
        return False  # "Passwort-Meter gibt 5 Punkte für x": a password's thing, in context
    if parts[-1] in _PW_WORDS or parts[-1] == "pass" or not parts[-1].isalpha():
        return False
    if text[start - 1 : start] in ("-", "$", "{", "[", "<", "/"):
        return False
    return text[end : end + 1] in ("", " ", "\n", ",", ".", ")", "`") and not text.startswith(
        (" =", " :"), end
    )


#: A name's label right before a value ("wifi name for the office device you asked: x",
#: "SSID: x", "Benutzername: x"): the value is what the label names, whatever follows.
_NAME_LABEL_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:wi-?fi|wlan|network|netzwerk|user|benutzer|nutzer|account|konto|login"
    r"|display|screen|host|device|geräte?)[ -]?name|ssid|username|user|benutzer|login|e-?mail)"
    r"(?:[ ][^\n:.!?]{0,50})?:[ ]\Z"
)


_SECRET_STEM = re.compile(r"(?i)pass|kennw|(?<!\w)pw|pin(?!\w)|code|schlüssel|key|secret|token")


def _name_labelled(text: str, start: int) -> bool:
    """The value at ``start`` follows a name's label and its colon, with no secret's word
    between them ("Netzwerkname fürs Büro: x"; not "username anna password: x")."""
    if text[start - 2 : start] != ": ":
        return False
    m = _NAME_LABEL_BEFORE.search(text, max(0, start - 70), start)
    if m is None:
        return False
    # no secret's word in the label's line before it either ("Kennwort vom Kunden-Login: x",
    # "Kennwort für den Kerberos-User user01: x" name whose password it is)
    line = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    if _SECRET_STEM.search(text, line, start) is not None:
        return False
    # (nor one typed in a hurry: "user shopbot pasword: x", round 60)
    return not any(w.strip(":=").lower() in _TYPOS for w in text[line:start].split())


#: A mail header's encoded word (RFC 2047): "=?utf-8?q?Passwort_zur=C3=BCcksetzen?="
_ENCODED_WORD = re.compile(r"=\?[\w\-]{1,40}\?[qQbB]\?[^?\s]{0,200}\?=")


def _in_encoded_word(text: str, pos: int) -> bool:
    """Does ``pos`` lie inside an encoded word of a mail header (round 59)?"""
    open_at = text.rfind("=?", max(0, pos - 60), pos)
    if open_at < 0:
        return False
    m = _ENCODED_WORD.match(text, open_at)
    return m is not None and m.end() > pos


def _qual_names_other(qual: str) -> bool:
    """The words between a password word and its connector end with a word naming a user,
    an account or a name, not owned by the password through a preposition: the connector
    states that thing, not the password."""
    parts = [words.trim(p).lower() for p in qual.split()]
    parts = [p for p in parts if p]
    if (
        len(parts) >= 3
        and parts[-3] in _COORDINATORS
        and parts[-2] in _SUBJECT_ARTICLES
        and _kind(parts[-1]) not in ("pw", "pass", "pin")
        and parts[-1] not in _AGES  # "geändert und das neue heißt x": the password again
        and not any(p in _OWNER_PREPOSITIONS for p in parts[:-3])  # "für X und die Y ist"
    ):
        return True  # "Passwort unverändert und der Server heißt x": another subject's verb
    if not parts or parts[-1] not in _NAME_QUAL_WORDS:
        return False
    return not any(p in _OWNER_PREPOSITIONS for p in parts[:-1])


#: A password's age or kind standing for it: "das neue", "the new one"
_AGES = frozenset(
    "neue neues alte altes aktuelle aktuelles temporäre temporäres vorläufige erste zweite "
    "new old current temporary initial first second one".split()
)
#: What joins a second clause with a subject of its own (round 59)
_COORDINATORS = frozenset("und and aber but sowie".split())
_SUBJECT_ARTICLES = frozenset(
    "der die das the mein meine my our unser unsere ihr ihre sein seine its dein deine".split()
)


#: "Forgotten" and its kin in the languages whose password words are read: "Пароль: забыл"
#: says what happened to it, no value (the German and English ones are state words).
_FORGOT_WORDS = frozenset(
    """
    забыл забыла забыли забыт забыто потерял потеряла не неизвестен забув забула
    ξέχασα ξεχασα ξέχασε ξεχάστηκε unuttum unuttu bilmiyorum olvidé olvide olvidado
    olvidada oublié oublie perdu dimenticato dimenticata zapomniałem zapomniałam
    zapomniany esqueci esquecida vergeten
    """.split()
)
#: Thanks in the languages read: a value never opens with one ("my password: Ευχαριστώ
#: πολύ for the help" thanks the agent).
_THANKS_WORDS = frozenset(
    """
    thanks thank thx danke dankeschön merci gracias grazie obrigado obrigada спасибо
    благодарю дякую ευχαριστώ ευχαριστω teşekkürler teşekkür sağol dziękuję dank bedankt
    """.split()
)


#: A value taken back as a joke right after it: "the password is 12345 (joking)".
_JOKING_AFTER = re.compile(
    r"(?i)[ ]*[(\-–,]*[ ]*(?:just[ ]+)?(?:joking|kidding|jk|nur[ ]+spa(?:ß|ss)|spa(?:ß|ss)"
    r"|scherz|war[ ]+ein[ ]+witz)(?!\w)"
)


# a refusal right after a word where the value would stand: "Passwort: geheim, sag ich doch
# nicht im Chat", "password: secret - not telling"
_REFUSED_AFTER = re.compile(
    r"(?i)[ ]*[,;:(\-–—]+[ ]*(?:(?:das|den|es|die)[ ]+)?(?:sag|sage|verrat|verrate|schreib"
    r"|schreibe|geb|gebe|verrat')[ ]+ich[ ]+(?:(?:doch|dir|euch|ihnen|hier|natürlich|sicher"
    r"|bestimmt)[ ]+)*(?:nicht|nie)(?!\w)"
    r"|[ ]*[,;:(\-–—]+[ ]*(?:(?:i|we)[ ]+(?:won't|will[ ]+not|don't|do[ ]+not)[ ]+(?:tell"
    r"|say|share|send|give|post)|not[ ]+telling|nice[ ]+try)(?!\w)"
)


def _perfect_participle(token: str) -> bool:
    """A lower-case German participle opening what follows "hab ich": the clause's verb
    ("rausgenommen", "zurückgesetzt", a loan verb's "resettet"), not a value."""
    core = words.trim(token)
    if not core.isalpha() or not core.islower():
        return False
    return _PERFECT_CLOSE.fullmatch(core) is not None or (len(core) >= 6 and core.endswith("tet"))


def _talk_phrase(text: str, start: int, end: int) -> bool:
    """The value found after a password word's connector is talk about it: a phrase that
    opens with a password word again ("Passwort: Passwort vergessen Button geht nicht",
    the button's label), with thanks, with a user's or a name's word, or a word for
    "forgotten" ("Пароль: забыл")."""
    value = text[start:end]
    first = words.trim(value.split(None, 1)[0]).lower() if value.strip() else ""
    if first in _FORGOT_WORDS:
        return True
    if " " not in value.strip():
        return False
    if first in _THANKS_WORDS and not any(ch.isdigit() for ch in value):
        return True  # (a passphrase of thanks and a year is one: "Ευχαριστώ πολύ 2021")
    if first in _NAME_QUAL_WORDS:
        return True  # (… or a name's word: "Passwort: username ist k.schmidt" gives the user)
    return first in _PW_WORDS or first == "pass"


def _judged_example(text: str, start: int, end: int) -> bool:
    """The value is the password word with a number, named in a question that judges it or
    calls it an example (round 20): a sample under discussion, not someone's secret."""
    if not _WORD_AS_VALUE.fullmatch(text[start:end]):
        return False
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    if text[start - 1 : start] in (":", "=", "/", "@"):
        return False  # a URL's or key's value: "https://user:password@host/?q=1"
    asked = _QUESTION_MARK.search(text, end, end + 121)
    if asked is None or "\n" in text[end : asked.start()]:
        return False
    q = asked.start()
    if _OWN_BEFORE.search(text, lo, start) is not None:
        return False  # "mein Passwort ist Passwort123 – ist das sicher?": their own
    return _JUDGED.search(text, lo, q) is not None


def _names_secret(word: str) -> bool:
    """``word`` is a password or PIN word (for ``german_clauses``: the clause's subject)."""
    return _kind(word.lower()) in ("pw", "pin")


#: A connector right before a value: "is", "ist", a colon (the echo "password: password")
_ECHO_CONNECTOR = re.compile(
    r"(?:[:=]|(?<!\w)(?:is|ist|lautet|war|was|heißt|heisst))[ ]*[\"'„“‚‘»«]?[ ]*\Z", _I
)


def _names_password(text: str, start: int, end: int) -> bool:
    """The span names a German password instead of giving one (no digit in it): a phrase
    holding a secret noun ("das Gerätepasswort vom Typenschild", "der WLAN-Schlüssel von der
    Box"), a compound of a modifier and a secret head alone ("Werkspasswort"), or a bare
    "Passwort"/"Kennwort" that is its clause's subject ("Kennwort ist das Gerätepasswort");
    one right after a connector is the echo "Das Passwort ist Passwort." and stays a value.
    (German nouns only: "demopassword", "this cool password" are values customers and test
    suites use.)"""
    value = text[start:end]
    if any(ch.isdigit() for ch in value):
        return False
    cores = [words.trim(t) for t in value.split()]
    if len(cores) > 1:
        return any(
            c[:1].isupper()
            and (
                german_forms.names_secret(c)
                or ("schl" in c.lower() and _NETWORK_KEY.fullmatch(c.lower()) is not None)
            )
            for c in cores
        )
    core = cores[0] if cores else ""
    if german_forms.names_secret(core):
        return True
    return (
        core.lower() in _DE_LABELS
        and not (start > 0 and text[start - 1] in _OPEN_QUOTES)  # 'ist wirklich "kennwort"'
        and _ECHO_CONNECTOR.search(text, max(0, start - 12), start) is None
    )


def flood_spans(text: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fail closed on a flood: after each password, user or context word past the budget
    (``_MAX_TRIGGERS``), the next ``FLOOD_TOKENS`` tokens on its line are masked unless they
    are function or state words, trigger words or masks. No shape is judged (set lookups
    only, the text split once), so a hostile message costs little, and a value hidden after
    the 65th password word is masked, at the price of masking a few words that were no
    secret."""
    if not triggers:
        return []
    lo = min(end for _, end in triggers)
    hi = min(len(text), max(end for _, end in triggers) + 80)
    tokens = [m.span() for m in _FLOOD_TOKEN.finditer(text, lo, hi)]
    starts = [s for s, _ in tokens]
    out = []
    for _, end in triggers:
        i = bisect_left(starts, end)
        line_end = text.find("\n", end, end + 80)
        limit = line_end if line_end >= 0 else end + 80
        for s, e in tokens[i : i + FLOOD_TOKENS]:
            if s >= limit:
                break
            core = text[s:e].strip(_FLOOD_PUNCT)
            low = core.lower()
            if len(core) < 3 or low in words.STOP_WORDS or _kind(low):
                continue
            if "[" in core or "•" in core:
                continue  # a mask: "[PASSWORD]" (redacting twice changes nothing)
            out.append(_trim_span(text, s, e))
    return out


_FLOOD_PUNCT = "\"'“”„‚‘’«»`()[]{}<>.,;:!?=-/|"


#: A person as the copula's subject right before a value ("er ist Jahrgang 2015", "she
#: was 12 then"): the words say what the person is, not what a password is. ("es", "it",
#: "sie" and "das" can stand for the password or the PIN: "die PIN? sie ist 4471".)
_PERSON_IS = re.compile(
    r"(?i)(?<!\w)(?:(?:er|he|she)[ ]+(?:is|ist|was|war)|(?:they|we|wir)[ ]+(?:are|sind|were"
    r"|waren)|(?:he|she)'s)(?:[ ]+(?:jetzt|now|still|noch|erst|only|nur|gerade|just))?[ ]+\Z"
)


#: bold in a mail turned into text, opening its line: words between single asterisks (a
#: label or a heading; "my password is *Sommer 2024!*" emphasises a value)
_BOLD = re.compile(r"(?m)^[ \t]*\*(?=[^\W\d_])[^*\n]{1,60}(?<=\S)\*(?![*\w])")


def _in_bold(text: str, start: int, end: int) -> bool:
    """Is ``start:end`` inside (or the whole of) a bold run opening its line?"""
    lo = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return any(
        m.start() <= start and end <= m.end()
        for m in _BOLD.finditer(text, lo, len(text) if stop < 0 else stop)
    )


#: a record's number named: "Vorgangsnummer", "Auftrags-Nr.", "ticket number", "order id"
_RECORD_NUMBER_NAMED = re.compile(
    r"(?i)[^\W\d_]{2,}(?:nummern?|-nr\.?)(?![^\W\d_])|(?<![^\W\d_])(?:ticket|order|invoice"
    r"|case|reference|request|tracking)[ ]+(?:numbers?|no\.?|ids?)(?![^\W\d_])"
)
#: a colon and blanks right before a value
_COLON_BEFORE = re.compile(r":[ \t]*\Z")
#: where the clause before a colon starts
_CLAUSE_BREAK = re.compile(r"[,;.!?\n]")


def _record_labelled(text: str, start: int) -> bool:
    """Is the value at ``start`` given after a colon whose clause names a record's number
    and no password ("Vorgangsnummer aus der Mail: …", "the ticket number from the mail:
    …")?"""
    colon = _COLON_BEFORE.search(text, max(0, start - 4), start)
    if colon is None:
        return False
    at = colon.start()
    begin = max(0, at - 48)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, at)]
    clause = text[breaks[-1] if breaks else begin : at]
    return _RECORD_NUMBER_NAMED.search(clause) is not None and _CONTEXT_STEM.search(clause) is None


#: a terminal's prompt for a password that it does not echo, ending its line
_NO_ECHO_PROMPT = re.compile(
    r"(?im)(?:^\[sudo\][ ]password[ ]for[ ]\S+|^enter[ ](?:host[ ])?pass(?:word|phrase)"
    r"(?:[ ]for[ ](?:user[ ])?\S+)?|^password(?:[ ]for[ ]\S+)?|\S+'s[ ]password)[ ]?:[ \t]*\n\Z"
)
#: a shell's prompt: "oca@build01:~$ ", "[oca@agent01 ~]$ ", "root@nas:/srv# "
_SHELL_PROMPT = re.compile(
    r"(?m)^[ \t]*(?:\[?[\w.\-]+@[\w.\-]+(?::?[ ]?[~/][^\s\]$#]*)?\]?[$#](?:[ ]|$)|\$[ ]\S)"
)


@lru_cache(maxsize=16)
def _shell_prompt(text: str) -> tuple[int, int] | None:
    """The first shell prompt's span in ``text``, found once per text (not once per value)."""
    if "$" not in text and "#" not in text:
        return None
    prompt = _SHELL_PROMPT.search(text)
    return None if prompt is None else prompt.span()


def _in_transcript_output(text: str, start: int, end: int) -> bool:
    """Does the value at ``start:end`` stand in a pasted terminal session where it cannot
    have been typed: the line after a prompt the terminal does not echo ("[sudo] password
    for oca:", "Enter password:"), or the shell prompt's own user and host?"""
    prompt = _shell_prompt(text)
    if prompt is None:
        return False
    if "@" in text[start:end] and prompt[0] <= start < prompt[1]:
        return True  # "[oca@agent01 ~]$ mysql …": the prompt's user and host
    line = text.rfind("\n", 0, start) + 1
    if line == 0 or text.rfind("\n", line, start) != -1:
        return False
    previous = text.rfind("\n", 0, line - 1) + 1
    return _NO_ECHO_PROMPT.search(text, previous, line) is not None


def _not_named_other(text: str, start: int, end: int) -> bool:
    """Does the value at ``start:end`` stand: not named as no secret ("request id x", "x
    (it's our customer id)"), not only emphasised, not described but not given, not in a
    server's reply?"""
    if _PERSON_IS.search(text, max(0, start - 30), start) is not None:
        return False  # "Mein Sohn hat Passwort geändert, er ist Jahrgang 2015": what he is
    if _FORMAL_CLAUSE.match(text, start) is not None:
        return False  # "WPA-Key: erhalten Sie persönlich im Büro" (round 58)
    said_how = _SAID_HOW.match(text, start)  # (a value cut short: "alles" of "alles klein")
    if said_how is not None and not any(
        c.isdigit() for c in _COUNT.sub("", text[min(said_how.end(), end) : end])
    ):
        # "alles klein geschrieben", "das gleiche wie beim Login" (round 58); a value may
        # follow the description ("all lowercase: kettle-moon-77")
        return False
    if (text[start : start + 1] == "*" or text[end - 1 : end] == "*") and _in_bold(
        text, start, end
    ):
        return False  # "*Auth:*", "*Harlow Pet Supplies*": a mail's bold, its markup (round 58)
    if _name_labelled(text, start):
        return False  # "my wifi name you asked: x (the password I will not send)"
    if text[start:end].lower() in _HOW_IT_COMES and _WORD_AFTER.match(text, end) is not None:
        return False  # "Kennwort: kommt separat per Post", "p: ask Marta" (round 61)
    if _FORMAT_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False  # "ein App-Passwort, im Format abcd efgh ijkl mnop": a format (round 61)
    if _record_labelled(text, start):
        return False  # "Vorgangsnummer aus der Mail: RST-8KQ2-ZX7W": a record's (round 61)
    value = text[start:end]
    small_word = value.isalpha() and value.islower()  # (asked by three tests below)
    if small_word and _KIND_OF_PASSWORD_AFTER.match(text, end):
        return False  # "pass: (app password, generated in M365)": which kind (round 62)
    if value.isalpha() and _MENU_NEXT.match(text, end) is not None:
        return False  # "Kennwort -> Einstellungen -> Sicherheit": a menu's path (round 62)
    if _EMPTY_KEY_LINE.search(text, max(0, start - 40), start) is not None and (
        sum(w.lower() in words.FUNCTION_WORDS for w in value.split()) >= 2
    ):
        return False  # "Kennwort:" ⏎ "Rückruf bitte unter 030 …": the key left empty
    if small_word and _PASSIVE_BEFORE.search(text, max(0, start - 9), start):
        return False  # "WPA-Key wurde übernommen": what was done with it (round 62)
    if small_word and _misspelt_state(value):
        return False  # "pasword: forgoten": a state word mistyped (round 62)
    if value.isalpha() and _COMPANY_AFTER.match(text, end) is not None:
        return False  # "Account Holder: Finch & Moore GmbH": a company's name
    if value == "machine" and text[start - 1 : start] == "\n":
        return False  # a netrc's next entry ("login x" ⏎ "machine host"), its keyword
    if "_" in value and _SETTING_SWITCH.match(text, end) and _SNAKE_KEY.fullmatch(value):
        return False  # "user x, tls_certcheck off, port 465": a setting's name (round 63)
    if (
        " " in value
        and _BOTH_ARE.search(text, max(0, start - 40), start) is not None
        and any(w.lower() in words.FUNCTION_WORDS for w in value.split())
    ):
        return False  # "User und Passwort sind frisch aus der SES-Konsole" (round 63)
    if _PAM_LINE.search(text, max(0, start - 60), start) is not None:
        return False  # "password requisite pam_pwquality.so retry=3": a PAM stack's (r63)
    if " " in value and _ID_LABEL_START.match(value) is not None:
        return False  # "the label faded, sn 7LB2291X00412": a serial, its label first (r63)
    if _NETWORK_INTERFACE.fullmatch(value) is not None:
        return False  # 'nmcli … ifname "wlp4s0"': a network interface's name
    if _BY_WAY_OF.match(text, start) is not None:
        return False  # "pass: über SSO (Azure AD)", "password: via Okta": how, no value
    if text[start - 2 : start] == "((" and text[end : end + 2] == "))":
        return False  # "password: ((artifactory.password))": Concourse's variable (round 62)
    if _in_transcript_output(text, start, end):
        return False  # "[sudo] password for oca:" ⏎ "Installing …": not echoed (round 61)
    if _RULE_COUNT.match(text, start) is not None and text[start - 1 : start] not in _QUOTES:
        return False  # "Passwort: min. 12 Zeichen", "is four random words": its rule (round 61)
    before = _LAST_WORD.search(text, max(0, start - 16), start)
    if (
        before is not None
        and before.group(1)[0].isupper()
        and before.group(1).lower() in _OTHER_FIELD_NOUNS
        and not any(c in words.STRONG_SYMBOLS for c in text[start:end])
    ):
        return False  # "Benutzer lager2 und Lagerort RegalFach9": that field's value (round 61)
    return (
        not names_other(text, start, end)
        and not _emphasis_only(text, start, end)
        and not _described_not_given(text, start, end)
        and not in_server_reply(text, start)
    )


@lru_cache(maxsize=16)
def find_password_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted unique spans of password values in (normalised) ``text``."""
    spans = set(_Finder(text).run())
    if security_answers.may_name_question(text):
        spans.update(security_answers.answer_spans(text))
    return tuple(sorted(spans))


class PasswordRecognizer(SpanRecognizer):
    """Passwords, passphrases, PINs and credential pairs, judged by context and shape."""

    NAME: str = "PasswordRecognizer"

    ENTITY = PASSWORD

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import, the word list on first use."""
        words.dictionary()

    def validate_result(self, pattern_text: str) -> bool:
        """Would ``pattern_text`` count as a password after ``password:``?"""
        return words.likeness(pattern_text.strip()) >= words.WORD

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Yield ``(start, end)`` of every password value in ``text``."""
        yield from find_password_spans(text)

    def analyze_steps(
        self, text: str, entities: list[str]
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices (see ``_Finder.steps``); returns the same results."""
        finder = _Finder(text)
        finder.fine = True
        yield from finder.steps()
        answers = (
            security_answers.answer_spans(text) if security_answers.may_name_question(text) else []
        )
        return self._results(tuple(sorted(set(finder.spans) | set(answers))))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find password values; spans cover the value only, never the trigger phrase."""
        return self._results(find_password_spans(text))
