"""CARD_CVC and CARD_EXPIRY: the security code and expiry date typed next to a card.

An expiry or a three-digit number alone is not a secret ("delivered 12/25", "order 123"),
so both are masked only when they sit next to a card number, separated by nothing but
punctuation and label words ("exp 12/25, cvc 123"). A CVC with its own label ("CVV: 123",
"Prüfziffer 123") is masked anywhere.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.card import find_card_spans
from redaction.types import CARD_CVC, CARD_EXPIRY

_FLAGS = re.IGNORECASE

#: Label words for a CVC. Each one contains a literal the pre-check scans for.
CVC_LABELS: tuple[str, ...] = (
    r"cvc2?",
    r"cvv2?",
    r"cid",
    r"csc",
    r"security\s+code",
    r"sicherheitscode",
    r"kartenprüfnummer",
    r"prüfnummer",
    r"prüfziffer",
    r"prüfcode",
    r"card\s+verification(?:\s+(?:code|value|number))?",
)
#: Literals that every match of a CVC label contains (read by the pre-check).
TRIGGERS: tuple[str, ...] = ("cvc", "cvv", "cid", "csc", "security", "sicherheitscode", "prüf",
                             "verification")

_EXP = r"(?<![\d./\-])(?:0?[1-9]|1[0-2])[ ]?[/.\-][ ]?(?:20)?\d{2}(?!\d)"
# Not followed by a currency or a unit: "4111 …, 100 EUR" is an amount.
_CVC = r"(?<!\d)\d{3,4}(?![\d/.,]|\s?(?:€|eur|euro|usd|\$|%|chf))"
_LABEL = rf"(?:{'|'.join(CVC_LABELS)})"
_FILLER_WORDS = (
    r"exp(?:iry|ires|iration)?(?:\s+date)?|valid(?:\s+(?:thru|through|until|till))?|"
    r"gültig(?:\s+bis)?|bis|ablauf(?:datum)?|läuft\s+ab|date|datum|mm/yy|code|and|und|the|"
    r"is|ist|lautet|with|mit|plus|sowie|back|hinten|card|karte|kreditkarte|number|nummer|nr|no|"
) + _LABEL
_FILLER = rf"(?:[\s,;:/()\-–.&+#]|(?<!\w)(?:{_FILLER_WORDS})(?!\w)){{0,16}}?"

_AFTER = re.compile(rf"{_FILLER}(?:(?P<exp>{_EXP})|(?P<cvc>{_CVC}))", _FLAGS)
_BEFORE_EXP = re.compile(rf"(?P<exp>{_EXP})(?={_FILLER}\Z)", _FLAGS)
_LABELLED_CVC = re.compile(
    rf"(?<!\w){_LABEL}(?!\w)[\s:=#\-]*(?:(?:is|ist|lautet|no\.?|nr\.?|number|nummer)[\s:]*)?"
    rf"(?P<cvc>{_CVC})",
    _FLAGS,
)
_LOOKBACK = 40
_MAX_FOLLOWERS = 3


class CardDetailsRecognizer(LocalRecognizer):
    """CVC and expiry next to a card number, and CVCs with their own label."""

    NAME: str = "CardDetailsRecognizer"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[CARD_CVC, CARD_EXPIRY],
            name=self.NAME,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find CVCs and expiry dates; see the module docstring for when they count."""
        found: dict[tuple[int, int], str] = {}
        for start, end in find_card_spans(text):
            pos = end
            for _ in range(_MAX_FOLLOWERS):
                m = _AFTER.match(text, pos)
                if m is None:
                    break
                kind = "exp" if m.group("exp") is not None else "cvc"
                found[m.span(kind)] = CARD_EXPIRY if kind == "exp" else CARD_CVC
                pos = m.end()
            window_start = max(0, start - _LOOKBACK)
            before = _BEFORE_EXP.search(text[window_start:start])
            if before is not None:
                s, e = before.span("exp")
                found[(window_start + s, window_start + e)] = CARD_EXPIRY
        for m in _LABELLED_CVC.finditer(text):
            found[m.span("cvc")] = CARD_CVC
        return [
            RecognizerResult(
                entity_type=etype,
                start=s,
                end=e,
                score=EntityRecognizer.MAX_SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for (s, e), etype in sorted(found.items())
            if etype in entities or not entities
        ]
