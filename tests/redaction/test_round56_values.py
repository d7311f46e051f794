"""Round 56 (values missed): a signed JWT after a label that names another thing ("from the
webhook header: eyJ…"), a second key swallowed by the first one's qualifier ("access key id
AKIA… and secret e8Jt… — …"), a one-time code split by one space ("884 1207", "7305 92"),
the second factor named in words ("die Zwei-Faktor-App zeigt 551 203").

And what is no value: a token's format described ("xoxb-11digits-12digits-24chars"), a
service account's "private_key_id" (an identifier, as the labelling policy's ids are;
stop 56's decision), a voucher's four-and-four digits after a code word.

Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor

_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcmRlcl83NzEiLCJpYXQiOjE3MjAwMDAwMDB9."
    "Qm7x2Vb9Lk4Tz8Rw1Nc6Ph3Ys5Jd0Gf7Ua2Ke9Xo4Hs"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"JWT from the proxy header: {_JWT} - still valid?", _JWT),
        (f"the request header: {_JWT}", _JWT),
        (
            "S3 step: access key id AKIAR4EXAMPL3QZ7WD2M and secret "
            "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 — fails with 403",
            "Hq7/vT2kLm9xPb4Rn8Ws1Yc6Zd3Fa0Ge5UiOj7Kt",
        ),
        ("Freigabe-TAN: 6629 041", "6629 041"),
        ("die SMS mit 8814 27 kam zu spät", "8814 27"),
        ("Die Zwei-Faktor-App zeigt 730 118, wird aber abgelehnt", "730 118"),
        ("my two-factor app shows 442 019 and it says invalid", "442 019"),
        ("2fa prints 661 204 but the form wants it without the space", "661 204"),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the Slack step says invalid_auth; my token has the xoxb-11digits-12digits-24chars shape",
        '"private_key_id": "9c1e7a3f5b2d4e6a8c0f1b3d5e7a9c2e4f6b8d0a" - is that the one you need?',
        "der Code hinten auf der Geschenkkarte - voucher 5521 8830 - geht nicht",
        "Die Zwei-Faktor-App zeigt nichts an, seit dem Update",
        "TAN-Verfahren umgestellt am 12.03., Vorgang 4471 22 ist offen",
        "die TAN-Hotline ist 555 1234, da geht keiner ran",
    ],
)
def test_no_value_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Der Kopplungscode für das neue Gateway ist 52-QT-19, gilt 10 Minuten", "52-QT-19"),
        ("Verfallsdatum der neuen Karte ist 11/2028, die Nummer bleibt", "11/2028"),
        ("exp Nov 2027 and the code is 604, the card you have on file", "604"),
        ("Das Sicherheitswort für die telefonische Freigabe ist Kranich. Rufen Sie an?", "Kranich"),
        ("Das Losungswort lautet Kranich", "Kranich"),
    ],
)
def test_a_detail_or_a_code_named_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Der Aktivierungscode auf dem Beipackzettel ist OCA-ACT-5521-3307",
        "Log: Auftragsreferenz 4711-0815-ABCD, die TAN kam nie an",
        "Ablaufdatum der neuen Lizenz ist 09/2027",
        "Kennzeichen M-AB-1234, der Code vom Parkhaus geht nicht",
        "Wo finde ich das Sicherheitswort für die telefonische Freigabe?",
    ],
)
def test_other_codes_and_dates_are_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_wpa_passphrase_takes_the_quoted_key_not_the_network(redactor: Redactor) -> None:
    out = redactor.redact('ran wpa_passphrase "Werkstatt" "blaue Tasse am Fenster" again').text
    assert "blaue Tasse am Fenster" not in out and '"Werkstatt"' in out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('WLAN_PSK="kleiner Hafen 12" in der CI-Env', "kleiner Hafen 12"),
        ("WIFI_PSK=Kx9!hafen", "Kx9!hafen"),
    ],
)
def test_a_pre_shared_key_variable_is_a_password_key(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["our WPA2-PSK setup uses AES", "set WIFI_PSK= in the env"])
def test_the_psk_named_with_no_value_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_the_security_mode_is_no_key(redactor: Redactor) -> None:
    text = "network: TP-Link_8A3F\nsecurity: WPA2-PSK\nchannel 11"
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Sicherheitsfrage 'Lieblingsfarbe?' – Antwort war Ocker. Reicht das?", "Ocker"),
        ('security question "first car?" - the answer is Kadett', "Kadett"),
        ("Stripe webhook secret whsec_Zr72KqLm0XbR4sNw - too short?", "whsec_Zr72KqLm0XbR4sNw"),
        ("Kreditkarte\nNr 3782 822463 10005\nbis 8/27\nPZ 3316", "3316"),
    ],
)
def test_an_answer_or_a_short_label_after_its_question_or_card(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    ["Sicherheitsfrage 'Lieblingsfarbe?' vergessen, Antwort weiß ich nicht mehr", "PZ 4410 Nord"],
)
def test_no_answer_and_no_card_leave_it_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_sim_pin_changed_by_its_keypad_code_is_masked(redactor: Redactor) -> None:
    out = redactor.redact("am Gateway-Handy **04*4417*8830*8830# getippt, seitdem Ruhe").text
    assert "4417" not in out and "8830" not in out
    out = redactor.redact("unblocked it with **05*55190234*2468*2468#").text
    assert "55190234" not in out and "2468" not in out


@pytest.mark.parametrize(
    "text", ["Rufumleitung mit **21*+491701234567# gesetzt", "*#06# zeigt die IMEI"]
)
def test_other_keypad_codes_are_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
