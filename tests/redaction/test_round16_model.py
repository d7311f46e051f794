"""Round sixteen of issue 10, the learned password stage: where it stops on a password the
redactor misses (``train_password_model.miss_stage``, counted by ``--score … --misses`` on
held-out corpora without printing their text). Every text is written here, none is a corpus
item."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from redaction import Redactor
from redaction.data import train_password_model as train
from redaction.recognizers import password_model as pm

STAGES: list[tuple[str, str, str]] = [
    # no password, login, PIN or Wi-Fi word at all: the stage never looks
    ("no trigger", "I changed it to Kormoran.8 yesterday", "Kormoran.8"),
    ("no trigger", "ich hab's auf Lindwurm.55 umgestellt", "Lindwurm.55"),
    # a trigger word, but the value lies beyond its reach
    (
        "out of reach",
        "Password question, sorry for the long story first: my nephew set up the laptop "
        "last spring and wrote everything on a card that I lost, later I found Xq7!val on it",
        "Xq7!val",
    ),
    # only plain words: never a seed (left to the rules)
    ("plain words", "my password is lighthouse keeper", "lighthouse keeper"),
    ("plain words", "das Kennwort lautet Gartenschlauch", "Gartenschlauch"),
    # a shaped token, scored below the threshold
    ("scored low", "pw #Falke2021 - with the hash", "#Falke2021"),
    # scored, then dropped by a filter (a product with its version)
    ("filtered", "Passwort: Outlook365", "Outlook365"),
    # the stage masks the value, or part of it
    ("found", "Passwort: Kiwi!Baum42", "Kiwi!Baum42"),
    ("partly found", "Passwort: Kiwi!Baum42 und so weiter Tag", "Kiwi!Baum42 und so weiter Tag"),
]


@pytest.mark.parametrize(("stage", "text", "value"), STAGES)
def test_miss_stage_names_where_the_learned_stage_stops(stage: str, text: str, value: str) -> None:
    assert train.miss_stage(text, value, pm.default_model()) == stage


class _Item:
    def __init__(self, text: str, secrets: list[Any]) -> None:
        self.text = text
        self.secrets = secrets


class _Secret:
    def __init__(self, type_: str, value: str) -> None:
        self.type = type_
        self.value = value


def test_miss_stages_counts_only_the_missed_passwords() -> None:
    items = [
        _Item("Passwort: Kiwi!Baum42", [_Secret("PASSWORD", "Kiwi!Baum42")]),  # masked
        _Item("I changed it to Kormoran.8 yesterday", [_Secret("PASSWORD", "Kormoran.8")]),
        _Item("password lighthouse keeper i guess", [_Secret("PASSWORD", "lighthouse keeper")]),
        _Item("pw #Falke2021 - with the hash", [_Secret("PASSWORD", "#Falke2021")]),
        _Item("Hello, the parcel arrived on Monday", []),  # a negative: not counted
    ]
    stages = train.miss_stages(Redactor(), items, pm.default_model())
    # what the redactor (rules and model) masks is no miss; plain words with no connector
    # after the password word survive the rules
    assert stages == Counter({"plain words": 1, "scored low": 1})
