"""Round 57 (false hits): words where a password would stand that say how it is, where it is
or what happened to it, not what it is.

- "grad", "eben", "vorhin": when it was changed ("pw hab ich grad geändert");
- "medium", "Werkseinstellung": a strength meter's verdict, a factory setting's name;
- "wie mündlich besprochen", "wie mündlich vereinbart": how the value is passed on, no passphrase;
- "auf Papier", "auf der Rückseite": where it is written;
- "…, is my password saved?": a question about its state names no value before it;
- "… and five people use it.": a clause with its object after a login, no passphrase;
- "expiring", a serial number after "S/N", a bank code said with "is", a list of
  five-digit postcodes: another thing's word or number;
- a value from a quickstart page or a user guide's sample data is the document's; "can I
  use that" asks, nobody uses it yet; "Beispielcode aus dem Handbuch" names the source;
- "Passwort: geheim, verrat ich doch nicht": a word, then a refusal;
- "client_id=…" where a key would stand is an identifier's pair;
- a key and its empty value in a tab-separated row ("Kennwort⇥(leer)") is no table header;
- 'ota_key: ""' on the line after a password word is the next line's key, not its value;
- "PWD={...}", "SMTP_PASS=#value": an ellipsis and a slot's name, nothing given;
- "ist leer gelassen worden": its state; "Passwort zurücksetzen - …": a process's name;
- a code "im Testmodus" is the test mode's.

Each with a twin: the same shape with a real secret stays masked. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor

NEGATIVES = [
    "pw hab ich grad geändert geht aber nicht seit 5.1",
    "the strength bar says my new password is only 'medium' although it has 14 characters",
    "Das Kennwort vom Drucker ist 'Werkseinstellung', sagt der Hausmeister",
    "Zugang für die Spätschicht:\nBenutzer: spaet-2\nKennwort: wie mündlich besprochen\nDanke",
    "Passwort: wie mündlich vereinbart",
    "Ich hab Oma ein neues Passwort vergeben und es ihr auf Papier gegeben. Klappt jetzt.",
    "Das Gerätekennwort steht auf der Unterseite (PW:). Trotzdem komme ich nicht rein.",
    "what does the grey icon with the key mean, is my password stored?",
    "Our shared Trello login is office@example.org and three people use it. Board id 55120.",
    "my pass is expiring end of month, the gym one. can I renew it?",
    "Gateway: key-7bq2mzk44hd0r9s1vw83yfpxc6ntle05 (from the quickstart page), can I use that?",
    "WLAN-Passwort steht hinten drauf, haben wir sofort geändert. Gerät S/N 4RX9TQ2MW7LZ.",
    "the sync wants the online banking PIN every 90 days, odd? our BLZ is 37040044",
    "our depots' postcodes: 34481, 22770, 81793 — pricing should follow them",
    "I tested with 5555555555554444 from the sample data in your user guide: it passed",
    "Passwort: geheim, verrat ich doch nicht hier 😄",
    "Der Aktivierungscode war 0000, ist aber nur der Beispielcode aus dem Handbuch, oder?",
    "neuer Schlüssel für die Banking-API (figo): client_id=hofer-live-02",
    "Kennwort\t(leer)\nBenutzer\tbaeckerei-ost",
    'secrets.yaml:\nwifi_key: !secret wifi_key\nap_key: ""\nweb_pass: ""\nit never joins',
    "my DSN is Driver=x;Server=db2;UID=rep;PWD={...}; – the password has a brace in it",
    "Das Passwort ist leer gelassen worden aus Versehen, geht das so?",
    'Betreff "Passwort zurücksetzen - Kunden Portal Nord". Ist das echt?',
    "Der Bestätigungscode war 111111 im Testmodus, ist das normal?",
    "Zeile aus der Vorlage:\nSMTP_PASS=#value # Kommentar\nbleibt leer nach dem Import",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_said_how_or_where_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pw hab ich Zaunkönig81 gesetzt, klappt aber nicht", "Zaunkönig81"),
        ("the strength bar says my new password 'Mq7!rT2v' is only medium", "Mq7!rT2v"),
        ("Zugang für die Spätschicht:\nBenutzer: spaet-2\nKennwort: Rk8!mW2q\nDanke", "Rk8!mW2q"),
        ("Passwort auf Linde2027 geändert, geht trotzdem nicht", "Linde2027"),
        ("Wk3!pZ9r is my password, saved in the browser", "Wk3!pZ9r"),
        ("Our shared Trello login is office@example.org and Tq8!vL2x. Board id 55120.", "Tq8!vL2x"),
        ("login is office@example.org and correct horse battery staple", "battery staple"),
        ("the key file is protected with the passphrase brown paper kite 17", "paper kite"),
        ("my pass is Rq7!expiring2", "Rq7!expiring2"),
        ("Gateway: key-7bq2mzk44hd0r9s1vw83yfpxc6ntle05, I use it for the mail step", "key-7bq2"),
        ("WLAN-Passwort: 4RX9-TQ2M-W7LZ, steht hinten drauf", "4RX9-TQ2M-W7LZ"),
        ("the sync wants the online banking PIN every 90 days, it is 3704", "3704"),
        ("card 34481, 22770, 81793 please", "22770"),
        ("my card 5555555555554444 fails in your checkout", "55555555"),
        ("Passwort: Zirbe!47, sag ich sonst niemandem", "Zirbe!47"),
        ("neuer Schlüssel für die Banking-API (figo): client_secret=Hq8vT2mLp9Xw", "Hq8vT2mLp9Xw"),
        ("Kennwort\tHeu!Wagen9\nBenutzer\tbaeckerei-ost", "Heu!Wagen9"),
        ('secrets.yaml:\nwifi_psk: "Fjord!Lamp42"\nota_key: ""', "Fjord!Lamp42"),
        ("Driver=x;Server=db2;UID=rep;PWD={Kx9;w!Tq};", "Kx9;w!Tq"),
        ("Passwort - Sommerwiese2024", "Sommerwiese2024"),
        ("Der Bestätigungscode war 551203, im Testmodus kam nie einer", "551203"),
        ("SMTP_PASS=Heide#2026 # Kommentar", "Heide#2026"),
    ],
)
def test_the_same_shape_with_a_secret_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
