"""Round three of issue 10: the mechanisms that replace phrasings, each checked on variants
written here (none of them is a corpus item).

- ``words.secret_shape``: how password-like a token is by its shape alone;
- ``password_near``: a password-shaped token anywhere within reach of a password or
  credential word (before or after it, any words between, across lines, tables and lists),
  spelled-out passwords, user names left alone;
- values cut at a line break; structural forms (curl, URLs, redis-cli, XML); credential
  keys, placeholders and names; card groups, CVC labels and expiry months.
"""

from __future__ import annotations

import pytest

from redaction import Redactor, words
from redaction.recognizers.password_near import near_spans

# ------------------------------------------------------------------ shape alone
SHAPES: list[tuple[str, int]] = [
    ("Quill*Harbor7", words.SHAPED),  # symbol
    ("Birke#Ast", words.SHAPED),  # symbol, no digit
    ("p3nc1lcase", words.SHAPED),  # digits inside
    ("Tide_Pool_31", words.SHAPED),  # words joined, number
    ("rAnDoMcAsE5", words.SHAPED),  # case mixed inside
    ("qTrwLpZxmVbnKs", words.SHAPED),  # random mixed case, no digit
    ("b-r-a-m-b-l-e-9", words.SHAPED),  # spelled with hyphens
    ("kettlecorn42", words.NAMED),  # word and number (a product's name looks the same)
    ("Herbstwind2025", words.NAMED),
    ("Windows11", words.NAMED),
    ("OAuth2", words.NOT_SECRET),  # a name with a version digit
    ("iPhone15", words.NOT_SECRET),  # a brand's model
    ("ACME-EU2", words.NOT_SECRET),  # an upper-case code
    ("3Dprinter", words.NOT_SECRET),  # digits first
    ("agent07", words.NOT_SECRET),  # a numbered user
    ("order_item_id", words.NOT_SECRET),  # identifier
    ("auth.service.Client", words.NOT_SECRET),  # dotted identifier
    ("cdn.example.net", words.NOT_SECRET),  # host
    ("settings.local.yaml", words.NOT_SECRET),  # file
    ("--no-prompt", words.NOT_SECRET),  # flag
    ("secret_key=", words.NOT_SECRET),  # an empty key
    ("Fehler:", words.NOT_SECRET),  # a label
    ("${DB_PASS}", words.NOT_SECRET),  # template
    ("$SERVICE_TOKEN", words.NOT_SECRET),  # variable
    ("{placeholder9}", words.NOT_SECRET),  # placeholder
    ("E1234", words.NOT_SECRET),  # error code
    ("0xC000006D", words.NOT_SECRET),  # error code
    ("12Q07", words.NOT_SECRET),  # error code
    ("ops@buildhost", words.NOT_SECRET),  # user@host
    ("@helpdesk", words.NOT_SECRET),  # mention
    ("Ctrl+Shift+Esc", words.NOT_SECRET),  # key combination
    ("open(path", words.NOT_SECRET),  # code
    ("0b2f7c1e-8d3a-4e5f-9a6b-7c8d9e0f1a2b", words.NOT_SECRET),  # UUID
    ("Sonnenschein", words.NOT_SECRET),  # a dictionary word: only with a connector
    ("[PASSWORD]x9!", words.NOT_SECRET),  # already masked
]


@pytest.mark.parametrize(("token", "level"), SHAPES, ids=[s[0] for s in SHAPES])
def test_secret_shape(token: str, level: int) -> None:
    assert words.secret_shape(token) == level


# ------------------------------------------------------------------ proximity
# (class, text, value that must not survive)
NEAR: list[tuple[str, str, str]] = [
    ("words between", "in the password box the browser filled in Quill*Harbor7 for me", "Quill"),
    ("value before the word", "Quill*Harbor7 - that one, the password, right?", "Quill"),
    ("two lines below", "ok the password:\n\none moment\n\nTide_Pool_31", "Tide_Pool_31"),
    ("compound word", "im WLAN-Kennwortfeld steht Birke#Ast, geht aber nicht", "Birke#Ast"),
    ("German plural list word", "Zugänge:\n* hanna - Fluss&Ufer8\n* ole - Fluss&Ufer9", "Ufer9"),
    ("table under a header", "| name | passwort |\n| --- | --- |\n| jo | Mo0n!Li |", "Mo0n"),
    ("CSV under a header", "user,password\nmia,Sand%Burg3\nleo,Sand%Burg4", "Burg4"),
    ("two-word context", "login details: paul // Kraken$Deep7", "Kraken$Deep7"),
    ("old spelling", "das Paßwort war glaube ich Eis?Zapfen4", "Zapfen4"),
    ("word and number", "the password field shows kettlecorn42 when I click the eye", "kettle"),
    (
        "spelled out",
        "password, letter by letter: capital Q, u, i, l, l, then 4 2, then a hash",
        "u, i, l, l",
    ),
    ("spelled out, German", "Kennwort buchstabiert: kleines m, o, o, s, 9, Stern", "o, o, s"),
]

NEAR_NEGATIVES: list[tuple[str, str]] = [
    ("user name given as such", "my username is lars.hansen2024, the password I'll send later"),
    ("user of a pair", "Zugangsdaten: kd48213 / (Passwort kommt per Post)"),
    ("product after a preposition", "since the update to Windows11 my password is rejected"),
    ("product in parentheses", "neues Handy (Galaxy23), muss ich das Passwort neu eingeben?"),
    ("state before a dash", "Passwort vergessen - Kundennummer 48213"),
    ("field state", "the password field is greyed out"),
    ("adverb of count", "Passwort habe ich zweimal neu gesetzt"),
    ("qualifier of the password word", "is my Office365 password the same as the VPN one?"),
    ("error code", "the password dialog says 0xC000006D and E1234, what now?"),
    ("host, file, flag", "password in settings.local.yaml on cdn.example.net, --no-prompt set"),
    ("question about rules", "Does the password need a symbol like ! or # and 12+ chars?"),
    ("mention", "@helpdesk can you reset my password please?"),
    ("keys", "press Ctrl+Shift+Esc, then change password"),
    ("reference", "Passwort: ${DB_PASS} aus der .env, Ticket #48213"),
]


@pytest.mark.parametrize(("kind", "text", "secret"), NEAR, ids=[n[0] for n in NEAR])
def test_password_near_its_word(redactor: Redactor, kind: str, text: str, secret: str) -> None:
    masked = redactor.redact(text).text
    assert secret not in masked, (kind, masked)


@pytest.mark.parametrize(("kind", "text"), NEAR_NEGATIVES, ids=[n[0] for n in NEAR_NEGATIVES])
def test_near_negative_stays(redactor: Redactor, kind: str, text: str) -> None:
    assert redactor.redact(text).text == text, kind


def test_reach_is_bounded() -> None:
    """A password word reaches a few lines, not the whole message."""
    text = "password?\n" + "\n".join(f"line {i}" for i in range(10)) + "\nQuill*Harbor7"
    assert near_spans(text, [(0, 8)]) == []
    assert near_spans("password?\nQuill*Harbor7", [(0, 8)]) == [(10, 23)]


def test_without_a_password_word_nothing_is_near() -> None:
    assert near_spans("build Quill*Harbor7 failed", []) == []


# ------------------------------------------------------------------ other mechanisms
POSITIVES: list[tuple[str, str, str]] = [
    ("hedge after the connector", "das Kennwort war glaube ich Marillenbaum", "Marillenbaum"),
    ("set ... to", "we set the portal password to kieselgrau last week", "kieselgrau"),
    ("setting verb after", 'Kennwort hab ich auf "Moosgrün" gestellt', "Moosgrün"),
    ("colon ending the statement", "Das Passwort ist dasselbe wie immer: wiesenkraut", "wiesen"),
    ("two plain words after a colon", "password: amber falcon\nuser: lee", "falcon"),
    ("sentence ending in a number", "Passwort: Unser Kater heißt Moritz 2016!", "Moritz"),
    ("number after a code word", "my passcode 904417 stopped working", "904417"),
    ("strong shape near a sign-in word", "Anmeldung mit jo.b + Wald%Weg3 geht nicht", "Wald%Weg3"),
    ("values joined before", "tried kiesel77 and Kiesel77 and KIESEL!77 as password", "kiesel77"),
    ("values joined after", "my password is either Kiesel77 or Kiesel78", "Kiesel78"),
    ("value cut at a line break", "pw: Qx7#pL\n8wR (sorry, enter)", "8wR"),
    ("token cut at a line break", "api token: Zk81Lq0Pw3Rt\nYv7Mn2Bx5Cd9\nthanks", "Yv7Mn2Bx5Cd9"),
    ("curl, quoted pair with spaces", 'curl -u "svc:Blue Moon 7" https://x.test', "Blue Moon"),
    ("curl, key as the user", "curl -u 'Kp9vQ2xL7mR4:' https://search.test", "Kp9vQ2xL7mR4"),
    ("literal word in a URL", "mysql://root:secret@10.1.2.3/shop", ":secret@"),
    ("query password", "https://h.test/login?usr=bo&pwd=letmein", "letmein"),
    ("redis-cli -a", "redis-cli -p 6380 -a Rq!77abc ping", "Rq!77abc"),
    ("XML element", "<dbPassword>Fl0ss!e</dbPassword>", "Fl0ss!e"),
    ("pass inside a key", "smtp_pass_prod = Gl4cier#", "Gl4cier#"),
    ("user line, password line", "login maren\npasswort kieselstein", "kieselstein"),
    ("key word, a clause, a colon", "our API key, see why it fails: Zk81Lq0Pw3RtYv7M", "Zk81Lq0P"),
    ("call argument after a key", 'cfg.get("client_secret", "Tz9Qm2Lx8Kw4Rv7N")', "Tz9Qm2Lx8Kw"),
    ("any Authorization scheme", "Authorization: SSWS 00aBcD1234efGH5678ijKL", "00aBcD1234"),
    ("unsigned JWT", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0", "eyJzdWIiOiIx"),
    ("password-shaped value of a key", "api_secret: qq{x}]Zed!", "qq{x}]Zed!"),
    ("CVC label with underscore", "card 4111 1111 1111 1111 cvv_907", "907"),
    ("CVC in JSON", '{"pan":"4111111111111111","cvv":"907"}', "907"),
    ("CVC with an aside", "Prüfziffer (steht hinten): 907 – Karte 4111 1111 1111 1111", "907"),
    ("CVC typed apart", "4111 1111 1111 1111 cvc: 9 0 7", "9 0 7"),
    ("Austrian month", "Karte 4111 1111 1111 1111 gültig bis Jänner 2029", "2029"),
    ("expiry typed with a space", "4111 1111 1111 1111 / 09 28 / 907", "09 28"),
    ("expiry after 'Laufzeit bis'", "Karte 4111 1111 1111 1111, Laufzeit bis 09/2028", "09/2028"),
    ("expiry in JSON", '{"pan":"4111111111111111","expiry":"07/29"}', "07/29"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("set ... to a dictionary word", "remember to change the password to something long"),
    ("colon after a noun", "Passwort zurückgesetzt, Ticket: 48213"),
    ("minimum after a colon", "Passwort: mindestens 12"),
    ("pointer to a ticket", "Passwort: siehe Ticket 4711"),
    ("rule after a colon", "Passwort: 3 Versuche, dann gesperrt"),
    ("word with a number near a sign-in word", "login fails since Sommer2024 update"),
    ("step name near a sign-in word", "Anmeldung klappt nicht: Fehler in Schritt HTTP_Request_2"),
    ("leet code near a sign-in word", 'Beim Anmelden kommt "Konto gesperrt (Code L0ck3d)"'),
    ("query pairs after a sign-in word", "Login with Google shows error=access_denied&state=xyz"),
    ("style qualifier", "the new policy rejects Tr0ub4dor&3-style passwords, right?"),
    ("tech name with a symbol", "my password isn't accepted by the C#/.NET sample"),
    ("abbreviation after a question", "Is the password case-sensitive? e.g. Abc vs abc"),
    ("composition of the password", "Passwort enthält ein & und ein % – macht das Probleme?"),
    ("participle in a sentence", "the password for ops@x.test was rotated by a job"),
    ("clause after a user and a comma", "Reset für Nutzer k.w@firma.de, Auftrag #A-117 offen"),
    ("code word without a number", "the passcode 2FA app shows 6 digits"),
    ("curl placeholder pair", "curl -u user:password https://api.test"),
    ("curl same user and password", "curl --user demo:demo https://api.test"),
    ("URL port", '"http://host:8080";@next'),
    ("mysql -p then a database", "mysql -u app -p inventory, then I type it at the prompt"),
    ("word starting with 'key'", 'keyboard: "Layout_DE_2"'),
    ("bare key with a name", "'sort_key': 'CreatedAt-2.1'"),
    ("provider prefix with a number", "bot_token = 'xoxb-1234567890'"),
    ("provider prefix with words", "xoxp-your-slack-token"),
    ("policy compound", "Passwortrichtlinie: mindestens zehn Zeichen"),
    ("social security number", "my social security number is 219-09-9999"),
    ("printed group of four", "4012-8888-8888-1884 is not a valid test number"),
    ("hyphenated words", "see the API-Beschreibung for the X-Auth-Token header"),
    ("placeholder in a query", "callback?access_token=YOUR_TOKEN_HERE"),
    ("reference holding an URL", "Kennwort: @Vault(Ref=https://kv.test/s/pw)"),
]


@pytest.mark.parametrize(("kind", "text", "secret"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_mechanism_masks_variant(redactor: Redactor, kind: str, text: str, secret: str) -> None:
    masked = redactor.redact(text).text
    assert secret not in masked, (kind, masked)


@pytest.mark.parametrize(("kind", "text"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_mechanism_negative_stays(redactor: Redactor, kind: str, text: str) -> None:
    assert redactor.redact(text).text == text, kind
