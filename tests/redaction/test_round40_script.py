"""Round 40 (script): customers who write in other scripts and languages. Their password
word in their own language (Greek "κωδικός", Romanian "parolă", Bulgarian "парола",
French "mdp", Arabic "كلمة المرور"), a value of Greek or Cyrillic letters or with a bullet
typed between its parts, the script a value is typed in said between word and value, a PIN
dictated in their number words (also before the sentence naming it), a card's expiry in
their month names and expiry words, its code after their word for "code", a keypad's code
in their words for a door. Twins: the same words with a number of another kind (an order,
a customer), their words for "forgotten" or "thanks" after the label, names and places.
Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

POSITIVES = [
    # the password word in the customer's language, the value in their script
    ("Ο κωδικός μου είναι Κέρκυρα#2021, δεν δουλεύει", "Κέρκυρα#2021"),
    ("Κωδικός: Ηράκλειο_77 Χρήστης: maria.k", "Ηράκλειο_77"),
    ("νέος κωδικός Σπάρτη!44 παρακαλώ", "Σπάρτη!44"),
    ("Parolă: Sibiu_Cetate7", "Sibiu_Cetate7"),
    ("Парола: Пловдив#1985", "Пловдив#1985"),
    ("mdp: Bordeaux_33!", "Bordeaux_33!"),
    ("كلمة المرور: Yasmin#2020", "Yasmin#2020"),
    ("adgangskode: Aarhus_88", "Aarhus_88"),
    ("kata sandi: Bandung#2019", "Bandung#2019"),
    # their copula after a possessive, a number as the value
    ("Parola mea este 48213", "48213"),
    ("ο κωδικός μου είναι 482193", "482193"),
    ("мой пароль это 551902", "551902"),
    # a bullet typed between a value's parts is the customer's symbol, no mask
    ("Passwort: Linden•Allee•7 (mit den Punkten)", "Linden•Allee•7"),
    # the script the value is typed in, said between the word and the value
    ("here is the password in persian digits ۵۸۲۰۱۹ is that fine?", "۵۸۲۰۱۹"),
    # a PIN dictated in the customer's number words, before or after its word
    ("cztery dwa siedem dziewięć - that is my PIN, sorry for Polish", "cztery dwa siedem dziewięć"),
    ("PIN: четыре семь один ноль", "четыре семь один ноль"),
    ("altı beş dört üç — this is the code for the app", "altı beş dört üç"),
    # a card's expiry in the customer's month names and expiry words
    ("Karta 4111 1111 1111 1111, ważna do stycznia 2028", "stycznia 2028"),
    ("Kart 5500 0000 0000 0004 son kullanma Mart 2029", "Mart 2029"),
    ("Tarjeta 4111 1111 1111 1111 vence ene 2029", "ene 2029"),
    ("Visa 4111111111111111 gültig1128", "1128"),
    # the card's code after the customer's word for "code", or its length said in numbers
    ("card 4111 1111 1111 1111 exp 11/27 cod 512", "512"),
    ("Карта 4111 1111 1111 1111, до 09/27, код 314", "314"),
    ("Amex 3782 822463 10005 exp 04/28, 4 number code 7721", "7721"),
    # a code named by the channel after it; a keypad's code in the customer's words
    ("I got the code from SMS 7KQ2-X9PL but it fails", "7KQ2-X9PL"),
    ("El código de la puerta del garaje es 5812#", "5812#"),
    # a value, then notes on how it is typed joined by "and"
    ("Password Ankara 1923 with space and capital A", "Ankara 1923"),
    # what a PIN is for, with a possessive
    ("The PIN for my wife's old phone 8820, she forgot it", "8820"),
]

NEGATIVES = [
    # the Greek code word naming an order's or a customer's number
    "Κωδικός παραγγελίας: 48213977, πότε έρχεται;",
    "Κωδικός πελάτη: GR-55821",
    "Κωδικός προσφοράς: SUMMER20 δεν δουλεύει",
    # what a customer says of the password in their words: forgotten, thanks
    "Пароль: забыл, что делать?",
    "şifre: unuttum, yardım edin",
    "Hasło: zapomniałem",
    "my password: Ευχαριστώ πολύ for the help, it works now",
    "Parolă nouă nu merge, am uitat parola",
    # a degree word of their language after the copula
    "Parola mea este prea lungă, nu merge",
    # a user's name, then the screen's verdict in a second language's grammar
    "my login is Ankara1923 and app say wrong password.",
    # a button's label after the label
    "Passwort: Passwort vergessen Link kommt nicht",
    # the script talked about, no value
    "the password in arabic numbers is shorter than in latin",
    # number words with no PIN or code named
    "jeden dwa trzy cztery - that is the name of the game",
    # the code words of other languages with a number of another kind, or no value
    "Il codice cliente è 1122#9",
    "el código de la puerta es nuevo, gracias",
    "the code in the email says your order ID ORD-2291 ships soon",
    # an expiry word glued to digits with no card; a code's length with no value
    "Rechnung gültig0826",
    "the 4 number code is on the front of the card",
    # notes on capitals with no value; names and places in other scripts
    "the password change page is broken with capital letters",
    "We drove Kyiv•Lviv•Odesa last summer",
    "Οι πόλεις Πάτρα, Αχαΐα και Θεσσαλονίκη είναι ωραίες",
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_a_secret_in_the_customers_language_or_script_is_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_languages_words_without_a_secret_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
