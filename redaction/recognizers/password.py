"""PASSWORD: a secret introduced by a password phrase, in English or German.

Presidio has no password recognizer. A password is only recognisable by what precedes it,
so every pattern starts at a trigger word ("password", "Passwort", "Kennwort", "pw", "pass",
"PIN", "login"), and the span reported is the value alone, which is replaced whole. Phrases
*about* a password ("I forgot my password", "password is wrong", "Passwort ist abgelaufen")
are kept: the value after the trigger must not be an ordinary word from a stop list, and a
value without an explicit "is"/":" must look like a secret (digits, symbols, inner capitals).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.types import PASSWORD

_FLAGS = re.IGNORECASE | re.MULTILINE

_PW_WORDS = r"(?:passw(?:or[dt]s?|örter)|kennw(?:ort|örter)|pass(?:code|phrase|wd)|pwd?)"
_PASS = r"pass"
_PIN = r"pin(?:[\s\-]?(?:code|nummer|number))?"
_LOGIN = (
    r"(?:login|log[\s\-]?in|logon|anmeldung|anmeldedaten|zugangsdaten|zugang|credentials|"
    r"user(?:name)?|benutzer(?:name)?|account|konto)"
)
#: Literals every trigger match contains (read by the pre-check): "pass" covers
#: password/passwort/passcode/passphrase/passwd, "pw" covers pw/pwd.
TRIGGERS: tuple[str, ...] = ("pass", "kennw", "pw", "pin", "log", "anmeld", "zugang",
                             "credential", "user", "benutzer", "account", "konto")

# "password for the portal is …", "Passwort für mein Konto: …"
_QUALIFIER = r"(?:\s+(?:for|für|of|von|on|bei|zum|zur|to|in)(?:\s+[^\s:=\"'“„]+){1,3}?)?"
_ASSIGN = r"[ \t]*(?:[:=]|->|=>)\s*"
_VERBAL = (
    r"\s+(?:is|was|ist|war|lautet|lautete|would\s+be|wäre|heißt|heisst)(?!\w)\s*:?\s*"
    r"(?:(?:now|currently|still|just|simply|jetzt|aktuell|noch|immer\s+noch|einfach|nun)"
    r"(?!\w)\s+)?"
)
_QUOTED = r"(?P<q>[\"'“”„‚‘’«»`])(?P<quoted>[^\n\"“”„«»`]{1,100}?)[\"'“”‘’«»`]"
_TOKEN = r"(?P<pw>\S{1,128})"
_VALUE = rf"(?:{_QUOTED}|{_TOKEN})"
_B = r"(?<!\w)"
_E = r"(?!\w)"

PATTERNS: dict[str, str] = {
    "pw_assign": rf"{_B}{_PW_WORDS}{_E}{_QUALIFIER}{_ASSIGN}{_VALUE}",
    "pw_verbal": rf"{_B}{_PW_WORDS}{_E}{_QUALIFIER}{_VERBAL}{_VALUE}",
    # No connector: a value on the same line, or alone on the next one.
    "pw_bare": rf"{_B}{_PW_WORDS}{_E}(?:[ \t]+|[ \t]*\r?\n[ \t]*){_VALUE}",
    "pass_assign": rf"{_B}{_PASS}{_E}{_ASSIGN}{_VALUE}",
    "pin": rf"{_B}{_PIN}{_E}(?:{_ASSIGN}|{_VERBAL}|[ \t]+)(?P<pw>\d{{4,8}})(?!\d)",
    "login": (
        rf"{_B}{_LOGIN}{_E}[ \t]*(?:[:=]|is|ist|lautet)?[ \t]*(?P<user>[^\s/|:,;]{{2,64}})"
        rf"[ \t]*[/|:][ \t]*{_TOKEN}"
    ),
}

# Words that follow a password phrase in talk *about* a password.
STOP_WORDS = frozenset(
    """
    not isn't wasn't doesn't don't can't cannot won't no none nothing never wrong incorrect
    invalid expired correct right too the a an my your his her our their this that it it's its
    these those being been be rejected missing required reset resetting changed change
    changing empty blank working broken locked blocked forgotten forgot lost unknown same
    different new old fine ok okay weak strong short long there here in on at for to with and
    or but also case case-sensitive sent set saved stored accepted valid what which how why
    when where who please help thanks thank hi hello mine yours secret hidden shown
    displayed visible below above attached encrypted hashed updated needed requested
    generated mandatory optional unsafe safe secure insecure compromised leaked stolen hacked
    known only just still now currently simply apparently probably definitely really
    actually somehow always sometimes again anymore any some all every
    because since after before if so as by from of about into via than then
    manager field reset-link link mail email e-mail form page box prompt dialog screen
    policy rules requirements characters chars letters digits symbols numbers length
    is was are were has have had will would should could must may might
    i you he she we they me him us them
    nicht kein keine falsch abgelaufen gesperrt ungültig vergessen korrekt richtig kaputt
    leer weg der die das den dem des mein meine meinen meinem dein deine ein eine einen
    einem zu noch schon jetzt immer auch und oder aber gleich neu neues alt altes geändert
    zurückgesetzt unbekannt sicher unsicher bekannt hier da dort angekommen gekommen nie
    niemals irgendwie leider bitte danke hallo verloren abgelehnt akzeptiert erforderlich
    gültig gespeichert verschlüsselt sichtbar unten oben im in an auf für mit so wie was
    weil dass seit wieder mehr nur sehr zu lang kurz schwach stark ich du er sie es wir ihr
    ist war sind wird wurde hat haben kann muss soll bei von vom zum zur über unter nach
    vor ohne funktioniert geht gilt feld formular seite link manager richtlinie zeichen
    ändern zurücksetzen anmelden login eingeben eingegeben korrekt? stimmt
    [password] [passwort] *** ****
    """.split()
)
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{2,4})?")
_TRAILING_PUNCT = ".,;:)]}>"
_MASKS = ("[PASSWORD]", "[CVC]", "[EXPIRY]", "•")


def _clean_token(value: str) -> str:
    """Drop sentence punctuation glued to the end of a token."""
    stripped = value.rstrip(_TRAILING_PUNCT)
    return stripped or value


def _plausible(value: str, strict: bool) -> bool:
    """Is ``value`` a password rather than talk about one?

    ``strict`` (no "is"/":" between trigger and value) also requires the value to look
    like a secret: digits, symbols or an inner capital letter, and at least five chars.
    """
    # A question mark or exclamation ends the sentence more often than the password.
    core = value.rstrip("?!") or value
    if len(core) < 3 or core.lower() in STOP_WORDS:
        return False
    if not any(ch.isalnum() for ch in value) or set(value) <= set("*•x[]"):
        return False  # already masked or punctuation
    if value.lower().startswith(("http://", "https://", "www.")):
        return False
    if not strict:
        return True
    if len(core) < 5 or _DATE.fullmatch(core):
        return False
    has_digit = any(ch.isdigit() for ch in core)
    has_symbol = any(not ch.isalnum() for ch in core)
    inner_upper = any(ch.isupper() for ch in core[1:])
    if core.isdigit():
        return len(core) >= 6
    return has_digit or has_symbol or inner_upper


class PasswordRecognizer(PatternRecognizer):
    """Passwords, PINs and login/password pairs announced by a trigger phrase."""

    NAME: str = "PasswordRecognizer"

    ENTITY = PASSWORD

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=self.NAME,
            supported_language=supported_language,
            patterns=[Pattern(name, regex, 0.9) for name, regex in PATTERNS.items()],
            global_regex_flags=_FLAGS,
        )
        self._compiled = [(name, re.compile(regex, _FLAGS)) for name, regex in PATTERNS.items()]

    def validate_result(self, pattern_text: str) -> bool:
        """A value counts when it is not an ordinary word (see ``_plausible``)."""
        return _plausible(_clean_token(pattern_text.strip()), strict=False)

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, pattern_name)`` of every password value in ``text``."""
        for name, rx in self._compiled:
            for m in rx.finditer(text):
                quoted = m.group("quoted") if "quoted" in rx.groupindex else None
                if quoted is not None:
                    start, end = m.span("quoted")
                    if text[start:end].strip().lower() in STOP_WORDS:
                        continue
                    yield start, end, name
                    continue
                start = m.start("pw")
                if m.group("pw").startswith(_MASKS):
                    continue  # our own mask: redacting twice changes nothing
                value = _clean_token(m.group("pw"))
                if name == "login":
                    user = m.group("user")
                    strict = "@" not in user  # "login anna@x.de / secret" is clear enough
                else:
                    strict = name == "pw_bare"
                if name == "pin" or _plausible(value, strict):
                    yield start, start + len(value), name

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find password values; spans cover the value only, never the trigger phrase."""
        results = [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=0.9,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, _ in self.spans(text)
        ]
        return PatternRecognizer.remove_duplicates(results)
