"""The learned password stage: a logistic regression over candidate tokens near a password,
login, PIN or Wi-Fi-key word (features in ``redaction.password_features``), its weights in
``redaction/data/password_model.json`` (trained by ``redaction/data/train_password_model.py``).

It adds spans to what the rules in ``password.py`` find (the engine takes the union): the
rules enumerate phrasings; the scorer weighs shape and context together, so a phrasing no
rule names is still judged. Inference is pure Python: a dot product per candidate token.
Adjacent positive tokens on one line make one span (a passphrase, a dictated value).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import password_features as pf
from redaction import words
from redaction.code_values import is_code_value
from redaction.named_values import (
    disowned_example,
    documented,
    names_other,
    placeholder_hinted,
    placeholder_value,
)
from redaction.recognizers.base import SpanRecognizer
from redaction.recognizers.password_near import (
    id_labelled,
    other_command,
    other_label,
    plain_key_value,
)
from redaction.types import PASSWORD

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "password_model.json"
#: Texts longer than this are left to the rules (and their flood guard): a chat message is
#: shorter, and a hostile 2,000-character one must not pay for a second full pass.
MAX_TEXT = 1200
#: At most this many candidate tokens are scored per text (a flood is the rules' guard's).
MAX_CANDIDATES = 80


@dataclass(frozen=True, slots=True)
class PasswordModel:
    """Weights in ``pf.FEATURES`` order and the score a token needs."""

    weights: tuple[float, ...]
    threshold: float
    #: A neighbour of a token at ``threshold`` joins its run from this score on.
    grow: float
    #: The score a token of a text without a password, login, PIN or Wi-Fi word needs
    #: (round 37: reached by a verb of entering, weighed by the "far:" features; few such
    #: passwords to learn from, so their scores stay lower: chosen by leave-one-writer-out).
    #: Unset, no such token is a seed (a score is below 1).
    far_threshold: float = 1.0

    def score(self, features: list[int]) -> float:
        """The probability that the token is (part of) a password, from the indices of
        its active features (every feature is 0 or 1)."""
        w = self.weights
        z = sum(w[i] for i in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PasswordModel:
        features = data["features"]
        if list(features) != list(pf.FEATURES):  # type: ignore[call-overload]
            raise ValueError("password model: its features differ from password_features")
        weights = tuple(float(w) for w in data["weights"])  # type: ignore[attr-defined]
        return cls(
            weights,
            float(data["threshold"]),  # type: ignore[arg-type]
            float(data["grow"]),  # type: ignore[arg-type]
            float(data["far_threshold"]),  # type: ignore[arg-type]
        )


@lru_cache(maxsize=1)
def default_model() -> PasswordModel:
    """The committed model."""
    return load_model(MODEL_PATH)


def load_model(path: Path) -> PasswordModel:
    """A model saved by the training script."""
    return PasswordModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def model_spans(text: str, model: PasswordModel | None = None) -> list[tuple[int, int]]:
    """Spans of the tokens (runs of adjacent tokens) the model scores as a password."""
    if len(text) > MAX_TEXT:
        return []
    model = model or default_model()
    toks, cands, ctx = pf.analyse_lazily(text, MAX_CANDIDATES)
    if ctx is None:
        return []
    # Features cost most of this stage: only shaped tokens can be seeds, so plain words are
    # scored only when a run reaches them.
    candidate = set(cands)
    scores: dict[int, float] = {}

    def score(i: int) -> float:
        if i not in candidate:
            return 0.0
        if i not in scores:
            scores[i] = model.score(pf.active(ctx, i))
        return scores[i]

    # reached by a sign-in word alone (no password word in the text), a program's
    # identifier or a value its label names as something else is no password
    # ("Fehler in Schritt HTTP_Request_2", "(Code L0ck3d)")
    signed_in_only = "pw" not in ctx.kinds
    # a question in talk about a password's quality asks about the customer's own value
    # ("is Hamster#12 strong enough?"): read only when a question would drop a seed
    talk: list[bool] = []

    def asked(i: int) -> bool:
        if not _asked_about(text, toks, i):
            return False
        if ctx.near or pf.sample_look(toks[i].core):
            return True  # ("is pass123 weak?", "is Example-Pass-2025 accepted?")
        if not talk:
            talk.append(pf.talks_about_quality(text, toks))
        return not talk[0]

    threshold = model.threshold if ctx.near else model.far_threshold
    grow = model.grow if ctx.near else model.far_threshold
    seeds = {
        i
        for i in cands
        if pf.shaped(toks[i].core)
        and score(i) >= threshold
        and not asked(i)
        and not (signed_in_only and _named_otherwise(toks, i))
        and (ctx.near or not _named_nearby(toks, i))
    }
    # a run grows from a confident token to its neighbours the model leans towards (the
    # other words of a passphrase, the digits of a dictated value)
    grown = set(seeds)
    for seed in sorted(seeds):
        for step in (-1, 1):
            j = seed + step
            while score(j) >= grow and _adjacent(text, toks, min(j, j - step), max(j, j - step)):
                grown.add(j)
                j += step
    positive = sorted(grown)
    spans: list[tuple[int, int]] = []
    prev = -2
    for i in positive:
        tok = toks[i]
        joined = i == prev + 1 and _adjacent(text, toks, prev, i)
        if joined:
            spans[-1] = (spans[-1][0], tok.core_end)
        else:
            spans.append((tok.core_start, tok.core_end))
        prev = i
    # "das WLAN heißt 'X' und hat kein Passwort": nothing in that sentence is one
    absent = [
        t.core_start
        for t, k in zip(toks, ctx.kinds, strict=True)
        if k == "thing" and pf.absent_password_word(text, t.core_start, t.core_end)
    ]
    # a product with its version (Windows11, Office365) is no password here either, as in
    # the rules (words.is_product): the model has too few of them to learn it from
    public = [m.span() for m in _PUBLIC_PEM.finditer(text)] if "-----BEGIN" in text else []
    low = text.lower() if spans else ""
    disowning = ("xample" in low or "eispiel" in low) and ("not " in low or "nicht " in low)
    # "YourWiFiPassword", a README's "my_rcon_password", a guide's "password: x" (round 40)
    standing_in = bool(spans) and placeholder_hinted(text)
    cue = standing_in and documented(text)
    return [
        s
        for s in spans
        if not any(a <= s[0] and s[1] <= b for a, b in public)
        and not _code(text, *s)
        and not words.is_product(text[s[0] : s[1]])
        and not pf.said_absent(text, s[0], absent)
        and not _USER_NAMED.search(text[max(0, s[0] - 40) : s[0]])
        # '"RFC": x', "VAT: x": the value of a field an abbreviation names (as in the rules)
        and not other_label(text, *s)
        and not other_command(text, s[0])  # "…; MqttClient x; Topic y": another setting's
        and not plain_key_value(text, s[0])  # 'ssid="x"', '+ size = "x"' (round 63)
        and not id_labelled(text, s[0])  # "sn 6LA1234X00599", "product no. 7MD72B" (r63)
        and not names_other(text, *s)  # "request id x", "x (it's our customer id)"
        and not pf.in_server_reply(text, s[0])  # "535 5.7.8 … d9443c01a7336-20b"
        and not (disowning and disowned_example(text, *s))  # "an EXAMPLE, not mine"
        and not (standing_in and placeholder_value(text, *s, cue=cue))
    ]


# a certificate or public key pasted as PEM ("to pin it", "the CA's cert"): its base64
# lines are public, no password
_PUBLIC_PEM = re.compile(
    r"-----BEGIN (?:[A-Z0-9 ]+ )?(?:CERTIFICATE|PUBLIC KEY)-----.*?"
    r"(?:-----END (?:[A-Z0-9 ]+ )?(?:CERTIFICATE|PUBLIC KEY)-----|\Z)",
    re.S,
)
# "my username is X", "Benutzername: X": a user name given as such (as in the rules); not
# "Login: X", which the model rightly reads as a password as often as not
_USER_NAMED = re.compile(
    r"(?i)(?<!\w)(?:user|benutzer|nutzer|login|account|konto)[ _\-]?(?:name|id)"
    r"(?:[ ]+(?:is|ist|lautet|was|war|heißt|heisst))?[ ]*[:=]?[ ]*[\"'„“]?\Z"
)


def _code(text: str, start: int, end: int) -> bool:
    """Code around or in the value: a key=value pair, a template's field, an expression."""
    value = text[start:end]
    if " " not in value and not value.isalpha() and words.secret_shape(value) == words.NOT_SECRET:
        return True  # org.h2.Driver, Error-500x, ROLE:Session: an identifier's or code's shape
    return (
        "{" in value or "}" in value or "=" in value.rstrip("=") or is_code_value(text, start, end)
    )


# words joined by an underscore: a program's name for a step, a field or a constant
_IDENTIFIER = re.compile(r"[^\W\d_]_[^\W\d_]")
# a label right before a value that names it as something else than a password
_OTHER_LABELS = frozenset(
    """
    code fehlercode errorcode error fehler schritt step status build version ticket id ref
    referenz reference nummer number nr
    """.split()
)


def _named_otherwise(toks: list[pf.Token], i: int) -> bool:
    """Token ``i`` is a program's identifier, or the word before it labels it as another
    kind of value ("Code L0ck3d", "step HTTP_Request_2")."""
    return _IDENTIFIER.search(toks[i].core) is not None or (
        i > 0 and toks[i - 1].line == toks[i].line and toks[i - 1].core.lower() in _OTHER_LABELS
    )


# the end of a word that names a value as another kind than a password: "display name",
# "Transaktionscode", "order number", "event", "step"
_NAMING_ENDS = (
    "name", "code", "nummer", "number", "id", "nr", "event", "step", "version", "coupon",
    "voucher", "gutschein",
)  # fmt: skip
# a search field the value was typed into: a search term ("tried X in the search box")
_SEARCH_WORDS = ("search", "such", "page", "seite")
# a record's name glued to its number: "Order12345", "Rechnung2024-17", "Ticket4471"
_RECORD_PREFIX = re.compile(
    r"(?i)(?:order|invoice|ticket|case|ref|bestellung|rechnung|auftrag|vertrag|kunde)[\W_]*\d"
)


def _named_nearby(toks: list[pf.Token], i: int) -> bool:
    """One of the four words before token ``i`` on its line names a value as another
    kind (``_NAMING_ENDS``, ``_OTHER_LABELS``), the token is a record's name and number
    ("Order12345"), or one of the four after is a search field or a page:
    a token a verb of entering reaches is then that value ("changed my display name to X",
    "PayPal versucht (Transaktionscode X)", "tried X in the search box")."""
    line = toks[i].line
    if _RECORD_PREFIX.match(toks[i].core):
        return True
    for j in range(max(0, i - 4), i):
        low = toks[j].core.lower()
        if toks[j].line == line and (low in _OTHER_LABELS or low.endswith(_NAMING_ENDS)):
            return True
    for j in range(i + 1, min(len(toks), i + 5)):
        if toks[j].line == line and toks[j].core.lower().startswith(_SEARCH_WORDS):
            return True
    return False


# the rest of the sentence is a question about the token ("ist Sonnenblume7 noch im
# Angebot?"), unless a colon hands the token over ("Passwort: x ?")
_QUESTION_AFTER = re.compile(r"[^.!?\n:]{0,60}\?")


def _asked_about(text: str, toks: list[pf.Token], i: int) -> bool:
    if "?" not in text or not _QUESTION_AFTER.match(text, toks[i].core_end):
        return False
    return i == 0 or ":" not in text[toks[i - 1].core_end : toks[i].core_start]


def _adjacent(text: str, toks: list[pf.Token], a: int, b: int) -> bool:
    """Tokens ``a`` and ``b = a + 1`` belong to one value: same line, no punctuation that
    separates values between them."""
    return toks[a].line == toks[b].line and not any(
        c in ".!?,;:=()[]{}" for c in text[toks[a].core_end : toks[b].core_start]
    )


#: Literals of the model's own trigger words (``password_features.any_trigger``) that no
#: other recognizer's trigger literal covers, read by the pre-check: "2FA X", "OTP is X",
#: "WLAN: X", "sign-in: X" (round 24; "tan" stays out: a substring of most chat). Every
#: Wi-Fi word of ``password_features.word_kind`` too: "Sommer2024!\nwifi" is a value the
#: model finds by a "wifi" alone (round 33; a property test found the pre-check blind to it).
#: ("network key" needs none: it holds "key", a credential literal.)
PRECHECK_TRIGGERS: tuple[str, ...] = (
    "2fa", "otp", "wlan", "sign-in", "wifi", "wi-fi", "wpa", "netzwerkschl",
)  # fmt: skip


def might_enter(text: str, low: str) -> bool:
    """The learned stage may find something in a text with no trigger literal: it has a
    verb of entering or choosing (``password_features.any_entry``) and a token with a digit,
    a symbol or an inner capital (``password_features.shaped``: every seed has one). The
    pre-check's gate of the stage beside the literals (``precheck.LEARNED``)."""
    return len(text) <= MAX_TEXT and pf.any_entry(low) and pf.has_shaped_token(text)


def might_find(text: str, low: str) -> bool:
    """The learned stage may find something in (normalised) ``text``: its own gate
    (``password_features.may_have_seed``), so the pre-check cannot rule out what the stage
    reads (round 42's scan: "TAN 4 7 1 1 9 3", the stage's PIN and TAN words are no trigger
    literals)."""
    return len(text) <= MAX_TEXT and pf.may_have_seed(text, low)


class PasswordModelRecognizer(SpanRecognizer):
    """Passwords the learned scorer finds (added to ``PasswordRecognizer``'s)."""

    NAME: str = "PasswordModelRecognizer"
    ENTITY = PASSWORD

    def __init__(self, model: PasswordModel | None = None) -> None:
        self._model = model
        super().__init__()

    def load(self) -> None:
        """The weights (a small JSON file), read once per process when the redactor is
        built, not by the first message it redacts."""
        if self._model is None:
            self._model = default_model()

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Password values the model scores above its threshold."""
        return self._results(tuple(model_spans(text, self._model)))
