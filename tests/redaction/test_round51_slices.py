"""Slices of the card details, the credential scans and the named numbers (stop 52): stop 51's
CI measured 5.17 ms against the 5 ms bound on a 2,000-character flood of path tokens, where a
quiet machine measures 2.4 ms (the credential finder's first scans in one slice); a flood of
"cvc 123 exp 05/27" held 3.2 ms (every labelled expiry judged, and the labels read again
after masking, in one slice each). Each long scan now has a slice of its own and each flood
a yield per few items: the largest slice of any hostile text in the loop-gap tests is about
1.5 ms on a quiet machine (was 4.2)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import regex
from presidio_analyzer import RecognizerResult

from redaction import Redactor
from redaction.recognizers import card_details, credential, named_number
from redaction.recognizers.base import run_steps
from tests.redaction.helpers import most_between_yields

CVC_FLOOD = ("cvc 123 exp 05/27 " * 120)[:1980]
PATH_FLOOD = ("https://x.example/t/Zq81mWk2Lp/ " * 75)[:2000]


class _CountedPattern:
    """A compiled pattern whose ``finditer`` matches are counted (or whose scans are logged)."""

    def __init__(self, pattern: Any, counter: list[int] | None = None, log: Any = None) -> None:
        self.pattern, self.counter, self.log = pattern, counter, log

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if self.log is not None:
            self.log[-1].add(self)
        for m in self.pattern.finditer(*args, **kwargs):
            if self.counter is not None:
                self.counter[0] += 1
            yield m

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_labelled_expiries_are_read_a_few_labels_per_slice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    masked = Redactor().redact_text(CVC_FLOOD)  # ("exp [EXPIRY]": each label fails slowly)
    counter = [0]
    labels = _CountedPattern(card_details._EXP_LABEL_ALONE, counter)
    monkeypatch.setattr(card_details, "_EXP_LABEL_ALONE", labels)
    most = most_between_yields(card_details._labelled_expiry_steps(masked), counter)
    assert 0 < most <= card_details.STEP_LABELS + 1  # (the next label is read, then a yield)


@pytest.mark.parametrize(
    "text",
    [
        CVC_FLOOD,
        "expiry date 05/27, expiry 06/28 and valid thru 07/29; exp. date: 08/30",
        "Ablaufdatum der Karte 09/27 – gültig bis 10/28, Gültigkeitsdatum 11/29",
        "the expiry? it's 03/28 and expires 092027, expiration date is the fourth of 2027",
        "exp exp exp 05/27 expexp 06/28",
    ],
)
def test_labelled_expiries_in_slices_are_the_scans_matches(text: str) -> None:
    for read in (text, Redactor().redact_text(text)):
        whole = [m.span() for m in card_details._LABELLED_EXP.finditer(read)]
        sliced = [m.span() for m in run_steps(card_details._labelled_expiry_steps(read))]
        assert sliced == whole


def test_labelled_expiries_are_judged_a_few_per_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = [0]
    near = card_details._near_cvc

    def counted(starts: list[int], ends: list[int], s: int, e: int) -> bool:
        counter[0] += 1
        return near(starts, ends, s, e)

    monkeypatch.setattr(card_details, "_near_cvc", counted)
    steps = card_details.CardDetailsRecognizer().analyze_steps(CVC_FLOOD, [])
    most = most_between_yields(steps, counter)
    assert 0 < most <= card_details.STEP_EXPIRIES


def test_card_detail_results_are_made_a_few_per_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = [0]

    class Counted(RecognizerResult):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            counter[0] += 1
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(card_details, "RecognizerResult", Counted)
    text = ("cvv 123 " * 250)[:2000]
    most = most_between_yields(
        card_details.CardDetailsRecognizer().analyze_steps(text, []), counter
    )
    assert 0 < most <= card_details.STEP_RESULTS


def test_credential_scans_of_a_flood_each_have_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    # the provider prefixes, the path tokens and the channel tokens: each scans the whole text
    log: list[set[object]] = [set()]
    scans = {}
    for name in ("_PROVIDER", "_PATH_TOKEN", "_CHANNEL_TOKEN", "_BEFORE_KEY"):
        scans[name] = _CountedPattern(getattr(credential, name), log=log)
        monkeypatch.setattr(credential, name, scans[name])
    steps = credential.credential_steps(PATH_FLOOD, fine=True)
    while True:
        try:
            next(steps)
        except StopIteration:
            break
        log.append(set())
    shared = [slice_ for slice_ in log if len(slice_) > 1]
    assert all(any(scan in slice_ for slice_ in log) for scan in scans.values())
    assert not shared


def test_credential_scans_are_one_slice_when_not_fine() -> None:
    # (the whole path, ``redact``, pays no yield it does not need: the same spans)
    whole = run_steps(credential.credential_steps(PATH_FLOOD))
    assert whole == run_steps(credential.credential_steps(PATH_FLOOD, fine=True))
    assert sum(1 for _ in credential.credential_steps(PATH_FLOOD)) < sum(
        1 for _ in credential.credential_steps(PATH_FLOOD, fine=True)
    )


def test_named_numbers_are_found_a_few_names_per_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = [0]
    kind = named_number._kind

    def counted(m: regex.Match[str], text: str) -> str | None:
        counter[0] += 1
        return kind(m, text)

    monkeypatch.setattr(named_number, "_kind", counted)
    text = ("cvv 123 " * 250)[:2000]
    most = most_between_yields(named_number.named_number_steps(text, fine=True), counter)
    assert 0 < most <= named_number._NAMES_PER_SLICE


@pytest.mark.parametrize("text", [CVC_FLOOD, PATH_FLOOD, ("cvv 123 " * 250)[:2000]])
def test_the_floods_are_the_same_sliced_and_whole(text: str) -> None:
    redactor = Redactor()
    result = redactor.redact(text)
    assert result.entities
    assert asyncio.run(redactor.redact_async(text)) == result
