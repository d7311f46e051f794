"""Round 49 (passwords no word names, read from the situation): a security answer after a
dash or given to a quoted question, the login's other part, a lock's code keyed digit by
digit or with what it is for, what a lock or a device takes, a device's unlock, a network's
key in groups off its sticker, a value handed over with a remark on not sending it, a value
typed at a prompt, a personal date used as the code, second-factor backup codes, a handle
and its value parted by a pipe, another's login handed over, "probier mal X", "das alte war
X". Each with a twin of the same shape whose value is no secret. Sentences and values are
our own."""

from __future__ import annotations

import pytest

from redaction import precheck, situation_values, unnamed_values
from redaction.recognizers.password import _entered_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

MASKED = [
    # (message, the value that must not survive)
    # a security answer after a dash behind the quoted question; a question of one's birth
    ("Sicherheitsfrage lautet „erstes Kuscheltier“ – Schnuffel. Geht trotzdem nicht", "Schnuffel"),
    ("Sie haben gefragt, in welcher Stadt ich geboren bin? Bad-Kreuznach.", "Bad-Kreuznach"),
    (
        "answer to 'name of your childhood street' was Rosemary Lane, it says no match",
        "Rosemary Lane",
    ),
    ("Die Antwort auf „Lieblingsbuch“ ist Der Steppenwolf", "Der Steppenwolf"),
    (
        "the question was 'your first school' -> Grundschule am Weiher, still wrong",
        "Grundschule am Weiher",
    ),
    # the login's other part
    ("my login is o.lindqvist, the other bit: Sturmvogel", "Sturmvogel"),
    (
        "Der Benutzer heißt lager2 und das andere ist Kranich?Flug7 (mit Fragezeichen)",
        "Kranich?Flug7",
    ),
    # a lock's code: what it is for, keyed digit by digit, what it takes; a device's unlock
    ("Hoftor für die Lieferanten: 4#8#1#6", "4#8#1#6"),
    ("Garagentor: 9 0 2 6 und dann warten", "9 0 2 6"),
    ("the safe takes 318204 then the green key", "318204"),
    ("tablet unlock is 660417, the charger is in the drawer", "660417"),
    ("our kiosk laptop uses 7342 as the unlock btw", "7342"),
    # a network's key in groups
    ("same as on the modem sticker: 4410-9287-3365", "4410-9287-3365"),
    ("WLAN im Büro: Netz „Praxis_Gast“, Schlüssel 3318 2046 7791 5503", "3318 2046 7791 5503"),
    ("copied it off the router sticker: pQ7x-2Lmw-9Ktz", "pQ7x-2Lmw-9Ktz"),
    # a remark on sending it at all, or on secrecy, then a dash
    ("Eigentlich sollte man das nicht per Mail schicken, aber: Kletter-Rose-5", "Kletter-Rose-5"),
    ("Ich schreib's Ihnen, bitte gleich löschen: Wolkenkratzer&Co", "Wolkenkratzer&Co"),
    ("Verrat es niemandem – Lakritz4ever", "Lakritz4ever"),
    # typed at a prompt
    ("bin eingeloggt, dann tippe ich Murmeltier55 und es kommt ein Fehler", "Murmeltier55"),
    ("the VPN asks and I give it Hafen!Kran2, then nothing", "Hafen!Kran2"),
    ("Anmeldeseite öffnen, Feld 2 mit Eisvogel44 füllen, dann Fehler 502", "Eisvogel44"),
    # a personal date used as the code
    ("my husband used our wedding date 02.09.2004 I believe", "02.09.2004"),
    ("ich glaube es ist unser Jahrestag, also 17041996", "17041996"),
    ("Mein Geburtstag als Code, 1203, müsste doch klappen", "1203"),
    ("she said it's her birthday backwards, so 5891-2190", "5891-2190"),
    # second-factor backup codes
    ("these came when I turned on 2FA: 8kd3-p2xq, m4ve-71rt", "m4ve-71rt"),
    # a handle and its value parted by a pipe
    ("j.novak | Ginster2022! | warehouse app, that one fails", "Ginster2022!"),
    # another's login handed over
    ("Ben is away, he told me to use his: b.keller and Dachs#71", "Dachs#71"),
    # "probier mal X", "nimm einfach X", "das alte war X", "It's X.Y!3"
    ("probier mal Kornblume2016, das hatte er früher immer", "Kornblume2016"),
    ("nimm einfach „Seehund88“, damit komme ich auch überall rein", "Seehund88"),
    ("Das ist nicht mehr gültig, aber das alte war Tulpe_93", "Tulpe_93"),
    ("the agent asked what I enter on the last screen. It's Blau.Wal!8", "Blau.Wal!8"),
]

TWINS = [
    "Sicherheitsfrage lautet „erstes Kuscheltier“ – die weiß ich nicht mehr. Geht trotzdem nicht",
    "Sie haben gefragt, in welche Stadt geliefert wird? Bad-Kreuznach.",
    "answer to 'which depot ships my parcel' was Rosemary Lane, it says no match",
    "Die Antwort auf meine Frage zur Lieferung war der 3. März",
    "my login is o.lindqvist, the other bit: no idea, sorry",
    "Der Benutzer heißt lager2 und der andere heißt lager3 (zwei Lager nebeneinander)",
    "Hoftor für die Lieferanten: Nr. 4, Rampe 8",
    "Garagentor: Einfahrt 9, dann warten",
    "the safe model is SF-3182 then the green key",
    "tablet number is 0660 417, the charger is in the drawer",
    "our kiosk laptop has Windows 11 installed btw",
    "same as on the modem sticker: Speedport Smart 3",
    "WLAN im Büro: Netz „Praxis_Gast“, Router steht am Empfang",
    "copied it off the router sticker: S/N 7PQX-2LMW-0081",
    "Eigentlich sollte man das nicht per Mail schicken, daher rufe ich an.",
    "Ich schreib's Ihnen, bitte gleich löschen: die Datei Wolkenkratzer_Plan.pdf",
    "Verrat es niemandem – unser Laden heißt Lakritz4ever",
    "bin eingeloggt, dann tippe ich Murmeltier in die Suche und es kommt ein Fehler",
    "the VPN asks and I give it nothing, I use a certificate",
    "Anmeldeseite öffnen, Feld 2 leer lassen, dann Fehler 502",
    "my husband opened it on our wedding date 02.09.2004 I believe, it is that old",
    "ich glaube am Jahrestag, also am 17.04., kam die Rechnung",
    "Mein Geburtstag ist der 12.03., passt das für den Gutschein?",
    "she said it's her customer id backwards, so 5891-2190 is not it",
    "these came when I turned on 2FA: the QR code and the app name",
    "j.novak | Hamburg office | warehouse app, that account fails",
    "Ben is away, he told me to use his account b.keller for the report",
    "probier mal Firefox statt Chrome, das hatte er früher immer",
    "nimm einfach „Seehund“ als Kategorie, damit findet man alles",
    "Das ist nicht mehr gültig, das alte war Tulpe Basic",
    "the agent asked what I see on the last screen. It's Blau Theme v8",
    # a sticker that is no router's, a row of a guide's example data
    "Nummer auf dem Mitgliedskarten-Aufkleber: 5512 8830 4471 — ist das meine Karte?",
    "from the setup guide (sample data): mail.muster.de | demo.user@muster.de | Demo456 — keep?",
]


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_value_is_masked(text: str, value: str) -> None:
    assert_password_masked(text, value)


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays(text: str) -> None:
    assert_unchanged(text)


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_precheck_lets_it_through(text: str, value: str) -> None:
    assert precheck.might_contain_secret(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hoftor für die Lieferanten: 4#8#1#6",
        "my login is o.lindqvist, the other bit: Sturmvogel",
        "these came when I turned on 2FA: 8kd3-p2xq, m4ve-71rt",
        "j.novak | Ginster2022! | warehouse app",
        "my husband used our wedding date 02.09.2004 I believe",
    ],
)
def test_situation_form_finds_it(text: str) -> None:
    assert situation_values.might_match(text)
    assert situation_values.values(text, _entered_value)


@pytest.mark.parametrize(
    "text",
    [
        "Verrat es niemandem – Lakritz4ever",
        "Das ist nicht mehr gültig, aber das alte war Tulpe_93",
    ],
)
def test_unnamed_form_finds_it(text: str) -> None:
    assert unnamed_values.values(text, _entered_value)


@pytest.mark.parametrize(
    "text", ["see you later", "the weather is nice today", "ok danke, bis morgen"]
)
def test_gate_stays_shut(text: str) -> None:
    assert not situation_values.might_match(text)
