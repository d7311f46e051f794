"""Round 26, password phrasing: classes read from the v26 red-team misses and false hits
(phone typing, shared logins with PINs, password-manager text), in our own words (EN, DE),
each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from redaction import default_redactor
from redaction.types import CARD_CVC, CARD_EXPIRY
from tests.redaction.helpers import assert_masked_as, redacted
from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged


# --- a noun that ends like an adjective ("-ly", "-ing", "-ling") is the value after "is"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password is family, all small", "family"),
        ("the pw is dumpling", "dumpling"),
        ("mein Passwort ist Frühling", "Frühling"),
        ("mein kennwort ist schmetterling", "schmetterling"),
        ("my password is darling", "darling"),
        ("Passwort ist Liebling, ohne Zahl", "Liebling"),
    ],
)
def test_noun_with_an_adjective_ending_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my password is lovely and long",
        "my password is expiring tomorrow",
        "mein Passwort ist ungültig",
        "the password is working again",
        "your docs say 'password: string (required)' but the API accepts empty",
    ],
)
def test_what_a_password_is_like_unchanged(text: str) -> None:
    _unchanged(text)


# --- "user is x, password y": the pair said with "is", the value ending its sentence
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok so username is office, password admin - I know, bad", "admin"),
        ("Benutzer ist lager, Passwort lagerhaus - ja ich weiß", "lagerhaus"),
        ("Benutzer kasse2, Kennwort demo. Bitte vertraulich behandeln.", "demo"),
        ("login is maria, password test. Can you check?", "test"),
    ],
)
def test_pair_with_is_and_a_plain_word_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Benutzer ist Hans, Passwort falsch. Was tun?",
        "username is anna, password expired. Help",
        "login is maria, password reset - is that normal",
    ],
)
def test_pair_then_a_state_unchanged(text: str) -> None:
    _unchanged(text)


# --- typed on a phone: contractions without the apostrophe are no value, nor a star mask
@pytest.mark.parametrize(
    "text",
    [
        "What was your first car - thats the security question, can I change it?",
        "Name of your first school - whats the point of that question",
        "***REMOVED*** is what your bot printed when I pasted my password",
        "Passwort: ***entfernt*** steht im Export, ist das normal?",
        "password: **redacted** in the log, fine",
    ],
)
def test_phone_contraction_or_star_mask_unchanged(text: str) -> None:
    _unchanged(text)


def test_a_value_between_stars_still_masked() -> None:
    _masked("password: **Bob99x**", "Bob99x")


# --- URLs: anonymous FTP and a docs example are no one's secret
@pytest.mark.parametrize(
    "text",
    [
        "ftp://anonymous:guest@mirror.example.net/pub - can we still pull from that?",
        "ftp://anonymous:anonymous@ftp.example.de/ ging früher, jetzt nicht mehr",
        "the docs example mysql://user:password@db:3306/app fails for me",
        "das Doku-Beispiel: die docs beispiel-URL redis://user:password@cache:6379 geht nicht",
    ],
)
def test_anonymous_ftp_and_docs_example_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ftp://anonymous:Kiefer#77@files.example.org/in", "Kiefer#77"),
        ("ftp://backup:Quelle77@ftp.example.org/pub/", "Quelle77"),
    ],
)
def test_real_ftp_password_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- after a password word: a count, a sample called an example, the next key
@pytest.mark.parametrize(
    "text",
    [
        'the manager says "Exposed password: this password has been seen 12 times in leaks"',
        "Passwort-Check: dieses Passwort wurde 4 mal in Leaks gefunden",
        "app password: wxyz abcd efgh ijkl is the example in the help article, right?",
        "App-Passwort: qrst uvwx abcd efgh ist nur ein Beispiel aus der Hilfe",
        "host=db.example.at user=shop pass= port=3306, pass weiss ich nicht",
    ],
)
def test_count_example_or_next_key_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("host=db.example.at user=shop pass= Wald7!x port=3306", "Wald7!x"),
        ("Kennwort: Wasserfall 3x", "Wasserfall 3x"),
    ],
)
def test_value_beside_those_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- a PIN with what it is for in between, its digits maybe typed one by one
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pin fürs tablet 7 3 1 9", "7 3 1 9"),
        ("Pin von meiner Tochter ihrem Handy 5 5 0 2, falls ihr das braucht", "5 5 0 2"),
        ("Das Muster ist ein L, die PIN dazu 604817", "604817"),
        ("Passwort kennt keiner. PIN vom Kassensystem ist aber 7070", "7070"),
        ("the PIN for my banking app 4 4 1 9", "4 4 1 9"),
    ],
)
def test_pin_after_its_purpose_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "PIN für die Karte 2019 bestellt",
        "die PIN vom Tablet ist 4-stellig",
        "PIN dazu 2 mal falsch eingegeben",
        "What's the PIN for the test kiosk in your tutorial? 0000?",
        "Welche PIN hat das Demo-Gerät im Video? 1234?",
    ],
)
def test_pin_purpose_lookalikes_and_guesses_unchanged(text: str) -> None:
    _unchanged(text)


# --- false hits from lists: a noun naming a reference, a user name judged "richtig:"
@pytest.mark.parametrize(
    "text",
    [
        "Kundennummer 100482 und Rechnung RE-2024-0113, bitte um Storno",
        "Kundennr 20311 und Lieferschein LS-2025-0042 fehlen",
        'Es kommt "Benutzername oder Kennwort falsch". Benutzer ist aber sicher richtig: b.huber',
        "Login failed, but the username is definitely correct: j.doe",
    ],
)
def test_reference_noun_or_judged_user_unchanged(text: str) -> None:
    _unchanged(text)


def test_csv_row_under_its_header_keeps_a_note_cell() -> None:
    _unchanged(
        "Name,Email,Start,Tag,Temp password\n"
        "Mia Roth,mia.roth@example.dev,2026-12-01,LT-1044,(via SMS)\n"
        "how do I import this?"
    )


# --- card details: a vague CVC noun, "r" for "are", the card named in "last four digits"
@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("visa 4111 1111 1111 1111 and the security thing is 737", "737", CARD_CVC),
        ("card 4111 1111 1111 1111 exp 10/28, the 3 digits on the back r 912", "912", CARD_CVC),
        ("die letzten vier Ziffern der Karte sind 9921, Ablauf 11/28", "11/28", CARD_EXPIRY),
        ("the last 4 digits of my card are 9921, expiry 11/28", "11/28", CARD_EXPIRY),
    ],
)
def test_card_details_masked(text: str, value: str, etype: str) -> None:
    assert_masked_as(default_redactor(), text, value, etype)


@pytest.mark.parametrize(
    "text",
    [
        "die letzten vier Ziffern der Kundennummer sind 4312, Ablauf 08/29",
        "the security thing is we r 300 people",
    ],
)
def test_card_detail_lookalikes_unchanged(text: str) -> None:
    _unchanged(text)


# --- a TAN typed small on a phone, a code said to have arrived, Swiss "Zuegangsdate"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("die tan ist 604418, bitte schnell", "604418"),
        ("tan: 3 9 0 2 7 1", "3 9 0 2 7 1"),
        ("Tan 5 5 1 0 8 2, danke", "5 5 1 0 8 2"),
        ("the code just came through 550913", "550913"),
        ("Code kam endlich an 771204", "771204"),
        ("der Code ist grad angekommen 880412", "880412"),
        ("Zuegangsdate sind: kasse@laden-bern.ch und Zopf!Brot21", "Zopf!Brot21"),
    ],
)
def test_phone_typed_codes_and_swiss_list_word_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the tan 2024 collection is sold out",
        "Farbe tan, Artikel 552901",
        "tan 123456789 is the article number",
        "error code came through 500 times",
        "the discount code came in 2023",
    ],
)
def test_colour_tan_and_other_codes_unchanged(text: str) -> None:
    _unchanged(text)


# --- a pause typed between the connector and the value; a note on how letters are typed
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the PIN is - wait - 6 0 4 2 - yes", "6 0 4 2"),
        ("die PIN ist … Moment … 9180", "9180"),
        ("password is ... hmm ... Kiefer#3", "Kiefer#3"),
        ("Its Winter2022 with a capital W", "Winter2022"),
        ("Meerblick7 mit großem M, sonst geht es nicht", "Meerblick7"),
        ("its herbst24 alles klein", "herbst24"),
    ],
)
def test_pause_or_case_note_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "I have an iPhone15 with a capital P",
        "version v2.1 all lowercase",
        "the file report2024.pdf with a capital R",
        "the PIN is - wait - I need to find the letter first",
        "Order AB1234 with a capital A and B",
    ],
)
def test_pause_or_case_note_lookalikes_unchanged(text: str) -> None:
    _unchanged(text)


# --- copied from a password manager: "mail / value" lines, export rows (URL, login, value)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Notiz vom Chef:\nLieferportal – bestellung@holz-maier.de / Brett#Eiche42",
            "Brett#Eiche42",
        ),
        ("Shop admin: ops@tinyshop.io / Cactus*Bloom5", "Cactus*Bloom5"),
        (
            '"Payroll","https://pay.example.com","hr@northpier.org","Tide&Mast88","",""',
            "Tide&Mast88",
        ),
        ("name,url,username,password\nCRM,https://crm.example.de,vertrieb,Fenster22", "Fenster22"),
    ],
)
def test_manager_copies_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "please forward it to anna@example.de / 2024-05-01 latest",
        "cc: anna@example.de / bob@example.org",
        "https://shop.example.com,anna@example.de,2024-05-01",
        "einkauf@holz-maier.de / gleiches wie beim Shop",
    ],
)
def test_manager_copy_lookalikes_unchanged(text: str) -> None:
    _unchanged(text)


# --- a lock's dial numbers after its combination word; a PIN named in brackets after it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("key safe at the back gate, combo 5-22-40", "5-22-40"),
        ("the padlock combination is 12 04 33", "12 04 33"),
        ("Kombination vom Spind: 4-19-33", "4-19-33"),
        ("Sparkasse: 6620 (karten pin)\nNetflix: frag Papa", "6620"),
        ("Handy 2580 (alte PIN), neue weiss ich nicht", "2580"),
    ],
)
def test_lock_combination_and_bracketed_pin_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the combo 3-17-29 meal was cold",
        "lock the combination 12-05-2024 date in the form",
        "key box combo 12:30 pickup",
        "order 4417 (not the pin) arrived",
        "Kundennr. 44170 (keine PIN) bitte prüfen",
    ],
)
def test_combination_and_bracket_lookalikes_unchanged(text: str) -> None:
    _unchanged(text)


# --- 'is literally "password"': the quoted word is the value; a raw WPA key after psk=
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('the shop pw is literally "password" - yes really', "password"),
        ('das WLAN-Passwort ist wirklich "kennwort"', "kennwort"),
        ("mein Passwort ist wirklich „passwort“, peinlich", "passwort"),
        ('the wifi password is literally "password1"', "password1"),
        ('network={\n  ssid="Lager"\n  psk=' + "a1" * 32 + "\n}", "a1" * 32),
        ("wpa_psk: " + "0f" * 32, "0f" * 32),
    ],
)
def test_literal_quote_and_raw_psk_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        'the password is literally "wrong" it says',
        'das Passwort ist echt "falsch" sagt er',
        "the sha256 of the psk file is " + "9f" * 32,
    ],
)
def test_literal_state_and_psk_digest_unchanged(text: str) -> None:
    _unchanged(text)


# --- a second PIN in the sentence, its noun left out
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die PIN fürs Kassenterminal ist 2291, die fürs Lager-Tablet 6604.", "6604"),
        ("the PIN for the till is 1234, the one for the safe is 9876", "9876"),
        ("PIN vom Büro ist 7781, der für die Garage 3390", "3390"),
    ],
)
def test_parallel_pin_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "die PIN fürs Handy ist 5521, die für die Karte 2019 bestellt",
        "the PIN for the till is 1234, the one for the safe is 9876 days old",
    ],
)
def test_parallel_pin_lookalikes_keep_the_number(text: str) -> None:
    out = redacted(text)
    assert "[PASSWORD]" in out and ("2019" in out or "9876" in out), out
