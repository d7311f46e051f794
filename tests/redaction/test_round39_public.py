"""Round 39 (public pastes): a password manager's export row in more of its shapes (the
login and the password before the URL, ";" between the cells, a quoted password holding
the separator, a JDBC URL, cells set apart by blanks), a device's command list whose other
commands' values are no password ("…; MqttClient x; Topic y"), a payment API's "cardCode"
and a form's "Expiration month:" labels; from an older list, a keypad's code with "#" or
"*" and a PIN dictated in Turkish number words. Each has a hard negative twin. Cases in our
own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

POSITIVES = [
    # the login, the password, then the URL (KeePass, Keeper, Netwrix), ";" between cells
    ('CSV-Zeile: "Mail";"kmeier";"Tr4umSchiff";"https://mail.example.org";"note"', "Tr4umSchiff"),
    ("export row: Shop;anna.b;Kiwi7Lager;www.shop-example.de;;", "Kiwi7Lager"),
    # the URL, the login, then a quoted password holding the separator
    ('line: https://forum.example.net,jbauer,"Gx7!,pQ2#rT",,Social', "Gx7!,pQ2#rT"),
    # a JDBC URL, then the user and the password (signs among digits)
    ("config: jdbc:mysql://10.1.2.3:3306/shop,shopuser,77%@#19", "77%@#19"),
    # cells set apart by blanks, a generated password last
    ("forum one: https://forum.example.net/ jbauer Qz8!vR2#kL9$", "Qz8!vR2#kL9$"),
    # a payment API's card code, joined
    ('"payment": {"cardNumber": "4111111111111111", "cardCode": "947"}', "947"),
    ("Password Depot zeigt IDS_CardCode 318 im Kartenfeld", "318"),
    # a form's labels for the expiry's month and year, beside a card
    ("Expiration month: 07\nExpiration year: 2031\nCard: 5500 0000 0000 0004", "2031"),
    # the password's own command keeps its value
    ("Backlog MqttUser dvs; MqttPassword Kx9mPq2z; Topic tasmota_5", "Kx9mPq2z"),
    # from the older list: a keypad's code with its hash or star, a PIN in Turkish words
    ("Der Garagencode ist 5#2281, bitte nicht weitergeben", "5#2281"),
    ("the gate code is *7734# for the delivery", "*7734#"),
    ("my pin is yedi iki sekiz dört, sorry for the spelling", "yedi iki sekiz"),
]

NEGATIVES = [
    # a URI's list of hosts, no login or password
    "mongodb://db1:27017,db2:27017,db3:27017/?replicaSet=rs0 times out",
    "mongodb://[::1]:27017,[fe80::1]:27017,localhost is our seed list",
    # a directory's rows: a name, a city, a website (no sign of a password)
    "partners: Jana,Berlin,https://jana.example and Ole,Kiel,https://ole.example",
    # a list of URLs
    "mirrors: https://a.example/x,https://b.example/y,https://c.example/z",
    # a device's other commands after a password command with no value
    "Backlog TimeZone 99; MqttUser none; MqttPassword none; MqttClient Node_%06X; Topic box42",
    # a gift card's code, a card code said in prose
    "giftCardCode: 5512 was rejected",
    "the gift card code 8812 did not work",
    # a form's label without a value, and a month and year with no card
    "Expiration month: 11 is what the bank letter says about the contract",
    # a service code dialled after a door code's mention, a house number with a hash
    "the door code changed, call *31# for the voicemail",
    "Türcode? Hausnummer 12#3 ist hinten links",
    # Turkish number words that are no code
    "bir iki kelime: the pin letter came today",
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_public_formats_are_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize("text", NEGATIVES)
def test_public_twins_are_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
