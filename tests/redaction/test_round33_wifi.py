"""Round 33 (integration): a Wi-Fi word alone opens the password family in the pre-check
(the learned stage finds a value by it), and a network's name with its words apart ("wifi
name ist X") is the SSID, not its key. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", ["Sommerwiese#7\nwifi", "Lagerhalle#2024\nWi-Fi"])
def test_value_by_a_wifi_word_alone(redactor: Redactor, text: str) -> None:
    value = text.split()[0]
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "unser wifi name ist Gartenzwerg_77 aber kein Internet",
        "the network name is Cafe_Gast_5G, which one do I pick?",
    ],
)
def test_network_name_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_name_and_key_in_one_sentence(redactor: Redactor) -> None:
    masked = redactor.redact("the wifi name is Gartenzwerg_77, the wifi password is Kobold!88").text
    assert "Gartenzwerg_77" in masked and "Kobold!88" not in masked
