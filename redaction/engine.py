"""The Presidio analyzer set-up and the ``Redactor`` built on it."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Generator
from typing import cast

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, NlpEngineProvider

from redaction import (
    code_lists,
    defaults_in_use,
    dictated_joins,
    masking,
    published_values,
    record_fields,
    rows,
    sample_cards,
    siblings,
    value_claims,
    value_edges,
    words,
)
from redaction.field_reading import other_field
from redaction.normalize import normalize
from redaction.precheck import FAMILY_OF, families, families_steps
from redaction.recognizers import build_recognizers
from redaction.recognizers.base import run_steps
from redaction.stand_ins import stand_in
from redaction.types import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDENTIAL,
    CREDIT_CARD,
    ENTITY_TYPES,
    PASSWORD,
    Entity,
    Redacted,
    RedactionResult,
    _seal,
)

LANGUAGE = "en"  # the recognizers are bilingual; Presidio wants one language code
SCORE_THRESHOLD = 0.5
#: The types whose findings may be stand-ins (``redaction.stand_ins``).
_STAND_IN_TYPES = frozenset((PASSWORD, CREDENTIAL))
#: The types whose findings the message may claim are no secret (``redaction.value_claims``;
#: a card's number is left to the card readers, whose test cards are labelled both ways).
_CLAIMED_TYPES = frozenset((PASSWORD, CREDENTIAL, CARD_CVC))
#: A card's details: they go with a documented test card (``sample_cards``).
_CARD_DETAIL_TYPES = frozenset((CARD_CVC, CARD_EXPIRY))
#: Texts longer than this are redacted by ``redact_async`` in slices, with the event loop
#: free in between (see bench/redaction.py for the worst case).
INLINE_LIMIT = 512
#: How long (seconds) ``redact_async`` works on before it gives the event loop a turn: the
#: sliced path yields at many fine points, and it awaits only at the first one past this
#: budget (issue 10 allows 5 ms; the longest slices between two yields, single calls such as
#: ``rows.rows`` or a card chain's windows on a hostile text, are under 2 ms; some rules'
#: slices on 2,000 hostile characters reach 3–4 ms on a slow day of this machine, so half a
#: millisecond: a turn costs some 20 µs, and only texts past ``INLINE_LIMIT`` take turns).
TURN_BUDGET = 0.0005
#: Analyses of the masked text before its result stands (one finds nothing new almost
#: always; a second is needed when masking one secret makes its neighbour readable).
MAX_PASSES = 3
#: A line that starts with a quote mark (a mail reply's or a chat client's quote).
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>")


def build_nlp_engine() -> NlpEngine:
    """Presidio's no-op NLP engine: no spaCy model, nothing downloaded, no network."""
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "no_op",
            "models": [{"lang_code": LANGUAGE, "model_name": "no_op"}],
        }
    )
    return provider.create_engine()


class _NoContextEnhancer(ContextAwareEnhancer):  # type: ignore[misc]
    """Skips context-word boosting: our recognizers validate instead (Luhn, stop words)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


def build_analyzer(*, plain: bool = False) -> AnalyzerEngine:
    """An ``AnalyzerEngine`` holding only our recognizers (the email recognizer and its
    tldextract suffix-list fetch are never loaded).

    ``plain=True`` keeps Presidio's defaults (lemma context enhancer): the benchmark's
    baseline.
    """
    registry = RecognizerRegistry(recognizers=build_recognizers(), supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=build_nlp_engine(),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=None if plain else _NoContextEnhancer(),
    )


class Redactor:
    """Masks card numbers (with CVC and expiry), passwords and credentials in text.

    Build one per process (``default_redactor()``); construction sets up Presidio.
    """

    def __init__(self, *, precheck: bool = True) -> None:
        """``precheck=False`` runs the analyzer on every text (tests and benchmarks)."""
        self._analyzer = build_analyzer()
        self._precheck = precheck
        self._entities = list(ENTITY_TYPES)
        self._recognizers: list[tuple[EntityRecognizer, str]] = [
            (r, str(getattr(r, "name", ""))) for r in self._analyzer.registry.recognizers
        ]
        # each recognizer's family (``precheck.families``; None: it always runs)
        self._families: list[str | None] = [FAMILY_OF.get(name) for _, name in self._recognizers]

    @property
    def analyzer(self) -> AnalyzerEngine:
        """The underlying Presidio engine."""
        return self._analyzer

    def analyze(self, text: str) -> list[Entity]:
        """All findings in ``text`` (possibly overlapping), sorted by position.

        Detection runs on the normalised text (``redaction.normalize``); every span is
        mapped back to ``text`` exactly. A finding that overlaps a mask token
        (``[PASSWORD]``, ``•••• •••• •••• 1111``) is none: it was read from the mask.
        """
        return run_steps(self._findings(text, sliced=False))

    def redact(self, text: str) -> RedactionResult:
        """Mask every secret in ``text``.

        :param text: any text: a chat message, an email body, a name, a log line.
        :return: the masked text (``Redacted``) and the replaced findings (offsets in
            ``text``).
        """
        return run_steps(self._redaction(text, sliced=False))

    def redact_text(self, text: str) -> Redacted:
        """Only the masked text of ``redact(text)``."""
        return self.redact(text).text

    async def redact_async(self, text: str) -> RedactionResult:
        """``redact`` for event loops; the same result, but a long text is redacted in
        slices: the sliced path yields between recognizers, between the stages after them,
        and inside the recognizers per trigger, name or value judged. The loop gets a turn
        at the first yield after ``TURN_BUDGET`` of work, so a hostile 2,000-character
        message holds it for about that plus one slice (bench/redaction.py measures it),
        and a rule added between two yields adds to one slice only.

        A text up to ``INLINE_LIMIT`` characters is redacted in one go: it pays no yields."""
        if len(text) <= INLINE_LIMIT:
            return self.redact(text)
        steps = self._redaction(text, sliced=True)
        clock = time.perf_counter
        turn = clock()
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return cast(RedactionResult, done.value)
            # the yield points are many and fine (a new rule between two of them cannot
            # hold the loop long); a turn of the loop only when the budget is spent
            if clock() - turn >= TURN_BUDGET:
                await asyncio.sleep(0)
                turn = clock()

    def _redaction(self, text: str, *, sliced: bool) -> Generator[None, None, RedactionResult]:
        """``redact``, yielding between slices of work when ``sliced``.

        The result is a fixed point: its masked text holds nothing the recognizers find
        outside the masks, so redacting it again changes nothing. Masking can make a
        neighbour readable (a trigger word glued to a card stands alone once the card is
        dots), so the masked text is analysed again and anything new joins the findings,
        mapped back to the original, until nothing new turns up.
        """
        entities = masking.merge((yield from self._findings(text, sliced=sliced)))
        if sliced:
            yield
        if ">" in text and _QUOTED_LINE.search(text) is not None:
            # a reply to a quoted line that asked for a secret ("> what's the PIN?" then
            # "it's 4471"): read as the conversation reads a message after that line
            from redaction.continuation import quoted_answers  # (it imports this module)

            entities = masking.merge(entities + quoted_answers(self, text, entities))
            if sliced:
                yield
        if "?" in text or ":" in text or ">" in text or "uestion" in text or "rage" in text:
            # an exchange retold: "Agent: the code on the back?" ⏎ "Me: 381", "you want the
            # expiry? month 4, year 2029"
            from redaction.retold_turns import retold_answers  # (it imports this module)

            if more := retold_answers(self, text, entities):
                entities = masking.merge(entities + more)
            if sliced:
                yield
        # a list's or a table's column: beside a masked value, or named by a header or a
        # heading (then with nothing masked yet); only a text with a line break or a colon
        # can hold one (tested here: most texts pay no call)
        listed = "\n" in text or ":" in text
        if listed and (more_entities := rows.rows(text, entities)):
            entities = masking.merge(entities + more_entities)
        if sliced:
            yield  # (each stage after the findings is a slice of its own)
        if ("odes" in text or "ODES" in text) and (
            listed_codes := code_lists.named_code_lists(text)
        ):
            # "the recovery codes you gave me: 58213-90471 and 33019-66802" (a clause away)
            entities = masking.merge(entities + listed_codes)
            if sliced:
                yield
        if not entities:
            return RedactionResult(_seal(text), [])
        # a masked password's siblings ("4417 or 9281") before the masked text is read
        # again, so that reading also sees them masked (merged again only when there are
        # some: ``entities`` are merged already)
        if more_entities := siblings.siblings(text, entities):
            entities = masking.merge(entities + more_entities)
        # a dictation's last piece cut off by its mask ("… then the" + "word lamp")
        if more_entities := dictated_joins.joined(text, entities):
            entities = masking.merge(entities + more_entities)
        if sliced:
            yield
        masked = masking.Masked(text, entities)
        for _ in range(MAX_PASSES):
            more = yield from self._findings(masked.text, sliced=sliced)
            if not more:
                break
            entities = masking.merge(entities + [masked.original(e) for e in more])
            if sliced:
                yield
            if listed and (more_entities := rows.rows(text, entities, headings=False)):
                entities = masking.merge(entities + more_entities)
            if sliced:
                yield
            if more_entities := siblings.siblings(text, entities):
                entities = masking.merge(entities + more_entities)
            if sliced:
                yield
            masked = masking.Masked(text, entities)
        return RedactionResult(_seal(masked.text), entities)

    def _findings(self, text: str, *, sliced: bool) -> Generator[None, None, list[Entity]]:
        """``analyze``, yielding between recognizers (and their slices) when ``sliced``."""
        if not text:
            return []
        norm = normalize(text)
        if not self._precheck:
            possible = None
        elif sliced:
            possible = yield from families_steps(norm.text)
        else:
            possible = families(norm.text)
        if possible is not None and not possible:
            return []
        masks = masking.mask_spans(text)
        found = []
        hinted: bool | None = None  # (``published_values.hinted``, read at the first finding)
        claims: bool | None = None  # (``value_claims.may_claim``, read at the first finding)
        tested: bool | None = None  # (``sample_cards.may_name``, read at the first card)
        placed: bool | None = None  # (``sample_cards.may_place``, read at the first card)
        low: str | None = None  # (the text lower-cased, once, for the three gates above)
        documented = False  # a documented test card was dropped: its expiry and code go too
        no_nlp = cast(NlpArtifacts, None)  # (once, not per recognizer: ``cast`` is a call)
        # Our recognizers straight from the registry: the AnalyzerEngine around them adds
        # nothing we use (no NLP, no context enhancement) and costs as much as they do.
        for (recognizer, name), family in zip(self._recognizers, self._families, strict=True):
            if possible is not None and family is not None and family not in possible:
                continue  # the pre-check rules this family out (speed pass 2)
            steps = getattr(recognizer, "analyze_steps", None) if sliced else None
            if sliced:
                yield
            if steps is None:
                results = recognizer.analyze(norm.text, self._entities, no_nlp)
            else:
                results = yield from steps(norm.text, self._entities)
            for r in results:
                if sliced:
                    yield  # (each finding is judged in a slice: a flood of them is long work)
                if r.score < SCORE_THRESHOLD:
                    continue
                if (
                    r.entity_type in _STAND_IN_TYPES
                    and (
                        stand_in(norm.text, r.start, r.end)
                        or other_field(norm.text, r.start, r.end)
                    )
                    # "MYSQL_ROOT_PASSWORD=change-me — we never changed it": in use (r54)
                    and not defaults_in_use.said_in_use_at(norm.text, r.start, r.end)
                ):
                    # "${DB_PASS}", "change-this-token": a value stands for one; "user:",
                    # "Kundennummer 100…", "+49 151 …", "&defaults": another field's
                    continue
                if r.entity_type in _STAND_IN_TYPES:
                    edges = value_edges.bracket_cut(norm.text, r.start, r.end)
                    if edges is None:
                        continue  # "SQLSTATE[28000] …", "::setApiKey('…')": cut from syntax
                    r.start, r.end = edges  # "{AQAA…=}": the brackets wrap the value
                    if words.talk_of_state(norm.text[r.start : r.end]):
                        continue  # "Session cookie: gelöscht", "isch abglaufe und …": a state
                    if record_fields.field_name(norm.text, r.start, r.end):
                        continue  # "…, Aussteller: …", "| timesUsed 14": a record's names
                if hinted is None:
                    hinted = published_values.hinted(norm.text)
                if (
                    hinted
                    and published_values.published(norm.text, r.start, r.end)
                    # "Standardlogin admin / password (steht so im README), nie geändert"
                    and not defaults_in_use.said_in_use_at(norm.text, r.start, r.end)
                ):
                    continue  # "ssh-ed25519 AAAA…", "the docs say 'CVC: 1234'": published
                if r.entity_type == CREDIT_CARD:
                    if tested is None:
                        low = norm.text.lower() if low is None else low
                        tested = sample_cards.may_name(low)
                    if tested and sample_cards.published_test_card(norm.text, r.start, r.end):
                        continue  # "the Stripe docs' test card 4242 4242 4242 4242"
                    if placed is None:
                        low = norm.text.lower() if low is None else low
                        placed = sample_cards.may_place(low)
                    if placed and sample_cards.documented_test_card(norm.text, r.start, r.end):
                        documented = True
                        continue  # "the test card 5451 … cvc 123 exp 11/22 for the sandbox"
                if r.entity_type in _CLAIMED_TYPES:
                    if claims is None:
                        low = norm.text.lower() if low is None else low
                        claims = value_claims.may_claim(low)
                    if claims and value_claims.claimed_no_secret(norm.text, r.start, r.end):
                        continue  # "licence key: …", "5190 is the store number", "e.g. …"
                start, end = norm.span(r.start, r.end)
                if not masks or not masking.touches(masks, start, end):
                    found.append(Entity(r.entity_type, start, end, r.score, name))
        if documented and not any(e.type == CREDIT_CARD for e in found):
            # The expiry and code typed with a documented test card are the docs' too; with
            # another card in the message they may be that card's, and stay.
            found = [e for e in found if e.type not in _CARD_DETAIL_TYPES]
        return sorted(found, key=lambda e: (e.start, e.end, e.type))


_default: Redactor | None = None
_default_lock = threading.Lock()


def default_redactor() -> Redactor:
    """The process-wide ``Redactor``, built on first use (thread-safe)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:  # another thread may have built it while we waited
                _default = Redactor()
    return _default


def redact_text(text: str) -> Redacted:
    """``default_redactor().redact(text).text``: the one way other packages make ``Redacted``."""
    return default_redactor().redact(text).text
