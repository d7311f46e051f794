"""Shared assertions for the table-driven recognizer tests, and a slice counter."""

from __future__ import annotations

import re
from collections.abc import Generator

from presidio_analyzer import EntityRecognizer

from redaction import Continuation, Redactor, default_redactor
from redaction import precheck as pc
from redaction.normalize import normalize
from redaction.recognizers import card_details


def found_texts(recognizer: EntityRecognizer, text: str, entity: str | None = None) -> list[str]:
    """The substrings ``recognizer`` reports in ``text`` (optionally of one entity type).

    Like the engine, runs the recognizer on the normalised text and maps spans back.
    """
    norm = normalize(text)
    results = recognizer.analyze(norm.text, recognizer.supported_entities, None)
    spans = [
        norm.span(r.start, r.end)
        for r in sorted(results, key=lambda r: r.start)
        if entity is None or r.entity_type == entity
    ]
    return [text[s:e] for s, e in spans]


def assert_finds(
    recognizer: EntityRecognizer, text: str, expected: list[str], entity: str | None = None
) -> None:
    """``recognizer`` reports exactly ``expected`` (in order) in ``text``; [] for negatives."""
    got = found_texts(recognizer, text, entity)
    assert got == expected, f"{text!r}: expected {expected!r}, got {got!r}"


def assert_secret_gone(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    """Neither ``secret`` nor any of its words of four or more characters survives."""
    out = redactor.redact(text).text
    assert secret not in out, f"{cause}: {text!r} -> {out!r}"
    for word in secret.split():
        if len(word) >= 4:
            assert word not in out, f"{cause}: {word!r} of {secret!r} survived in {out!r}"


def assert_all_gone(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    """No substring of ``gone`` survives the redaction of ``text``."""
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {value!r} survives in {out!r}"


def assert_redacting_twice_changes_nothing(redactor: Redactor, cause: str, text: str) -> None:
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once, cause


def thread(redactor: Redactor, *messages: str) -> list[str]:
    """One customer's consecutive messages as the chat server redacts them (a Continuation)."""
    conversation = Continuation(redactor)
    return [str(conversation.redact(m).text) for m in messages]


def assert_masked_as(redactor: Redactor, text: str, value: str, etype: str) -> None:
    """``value`` is gone from ``text``'s redaction and was found as an ``etype`` span."""
    res = redactor.redact(text)
    assert value not in res.text, res.text
    found = [text[e.start : e.end] for e in res.entities if e.type == etype]
    assert any(value in f or f in value for f in found), (etype, found, res.text)


def stored(redactor: Redactor, *texts: str) -> list[str]:
    """Each message as finally stored: as it arrived, or masked anew by a later one."""
    conversation = Continuation(redactor)
    out: list[str] = []
    for text in texts:
        result = conversation.redact(text)
        for back, again in conversation.amended:
            out[-back] = str(again.text)
        out.append(str(result.text))
    return out


def redacted(text: str) -> str:
    """``text`` as the process-wide redactor masks it."""
    return str(default_redactor().redact_text(text))


def assert_password_masked(text: str, value: str) -> None:
    """``value`` is gone from ``text`` and a password mask stands in the output."""
    out = redacted(text)
    assert value not in out, out
    assert "[PASSWORD]" in out, out


def assert_unchanged(text: str) -> None:
    """``text`` comes through the redactor as it is."""
    assert redacted(text) == text


def assert_message_outcome(
    outputs: list[str], messages: tuple[str, ...], index: int, secret: str | None
) -> None:
    """``outputs[index]`` has lost ``secret``; with no secret, it is ``messages[index]``
    unchanged (the false-hit twin)."""
    if secret is None:
        assert outputs[index] == messages[index], outputs
    else:
        assert secret not in outputs[index], outputs


def families_without_quiet_path(text: str) -> frozenset[str]:
    """``precheck.families`` with the quiet path off (round 44's answer): what the quiet
    path must agree with."""
    saved = pc._EITHER_SCAN
    pc._EITHER_SCAN = re.compile("")  # (finds something in every text)
    try:
        return pc.families(text)
    finally:
        pc._EITHER_SCAN = saved


def expiry_gate_parts(text: str) -> bool:
    """``card_details.gives_expiry_alone`` asked part by part, as the pre-check composed it
    before its scans were shared: what the shared form must answer alike."""
    cd = card_details
    return (
        cd.opens_with_expiry(text)
        or cd._has_printed_label(text)
        or cd._answered_expiry(text)
        or cd._tail_then_expiry(text)
        or cd._card_subject_then_expiry(text)
    )


def most_between_yields(steps: Generator[None, None, object], counter: list[int]) -> int:
    """Run ``steps`` to its end; the most ``counter[0]`` counted between two yields (the
    caller's monkeypatched function counts: the work one slice of ``redact_async`` does)."""
    most = 0
    while True:
        counter[0] = 0
        try:
            next(steps)
        except StopIteration:
            return max(most, counter[0])
        most = max(most, counter[0])
