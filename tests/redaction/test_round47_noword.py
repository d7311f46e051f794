"""Round 47 (passwords no word names, continued): a value handed over with a remark on its
secrecy ("psst: X", "X – bitte nicht weitersagen", ``redaction.unnamed_values``), a value
said to be reused everywhere ("the same one I use for Spotify, X"), two spellings of one
value with talk of which one is stored (``password.variants``), and a bare "code"'s number
judged by whether it works (``one_time_code``). Each with twins of the same shape holding
an order number, a product, a user name, a city, an error's or a postal code, or a value
with no remark. Sentences and values are our own."""

from __future__ import annotations

import pytest

from redaction import precheck, unnamed_values
from redaction.recognizers.password import _entered_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

MASKED = [
    # (message, the value that must not survive)
    # handed over with a remark on its secrecy, the value after a colon
    ("just between us: Kiwi&Mango44", "Kiwi&Mango44"),
    ("psst: Leuchtkäfer_19, you never saw that", "Leuchtkäfer_19"),
    ("ok pretend you didn't read this: Toaster!Blau7", "Toaster!Blau7"),
    ("Also ganz unter uns → Gießkanne#23", "Gießkanne#23"),
    ("fine, I'll change it right after anyway: Walnuss/9/Baum", "Walnuss/9/Baum"),
    ("Ihr maskiert eh alles, also kann ich's ja schreiben: Schneeflocke_88", "Schneeflocke_88"),
    # ... or before a dash or a bracket and the remark
    ("Harfe!Moos31 – bitte nicht weitersagen", "Harfe!Moos31"),
    ("Tintenfisch_72 (don't tell anyone lol)", "Tintenfisch_72"),
    # said to be reused everywhere
    ("it's the same one I use for Spotify, Krokus#Wiese4", "Krokus#Wiese4"),
    ("Mein Vater hat für alles dasselbe: Dackel1961", "Dackel1961"),
    ("she uses Rosenkohl77 for everything, I told her not to", "Rosenkohl77"),
    # two spellings of one value, which one is stored (a number after a hyphen too)
    ("was it Marzipan3 or Marzipan8? which one did I store", "Marzipan3"),
    ("is it Nord-Wind-5 or nord-wind-5, I can't remember the capitals", "Nord-Wind-5"),
    ("es ist nicht mehr Quelle41, jetzt Quelle42", "Quelle42"),
    # a security answer named with who set or gave it, "Sicherheitsfrage answer"
    ("the security answer I gave was Kastanienallee, it says wrong", "Kastanienallee"),
    ("the security question answer I set was Opa Fritz but it fails", "Opa Fritz"),
    ("die Sicherheitsantwort, die ich angegeben habe, ist Wollmütze", "Wollmütze"),
    ("the Sicherheitsfrage answer is Tante Gerda", "Tante Gerda"),
    # pointed at from the next line
    ("Qz7~Lm!4wR#p\n^ that's the new one", "Qz7~Lm!4wR#p"),
    # a bare code's number judged by whether it works
    ("der Code 604417 funktioniert nicht mehr", "604417"),
    ("is the code 771502 still valid or do I need a new one?", "771502"),
    ("my code 8813 is not accepted since the update", "8813"),
]

TWINS = [
    # a remark on secrecy with no value shaped as a password: a sentence, a city, a product
    "psst: the new office opens in Hamburg next month",
    "just between us: the iPhone15 is overrated",
    "bitte nicht weitersagen – wir ziehen im Mai um",
    "don't share this link with customers yet, thanks",
    # no remark: a value after a colon alone stays to the other rules
    "my order number: ORD-48213",
    "the ticket is Ticket#4471 - please look at it",
    # reused: a user name, a product, an e-mail address
    "I use the same one everywhere: jsmith@example.com",
    "we use iPhone15 for everything in the field team",
    "Ich hab für alles dasselbe Notebook, ein ThinkPad",
    # two spellings of a product or a version, no talk of which is stored
    "Tarif2023 oder Tarif2024, was ist günstiger für uns?",
    "was it v2.3 or v2.4 that fixed it?",
    # a bare code named as another kind, or no judging word
    "Zip code 10115 is not accepted by the address form",
    "error code 5031 doesn't go away after the restart",
    "the discount code 2024 doesn't work in the shop",
    "Code 4711 steht auf der Rechnung",
    "the gift card code 7730 did not work",
    # the word alone beside a product's or an order's number, or with no talk of which
    "Windows oder Windows11, welches ist besser?",
    "we visited Hamburg and Hamburg2 offices last week",
    # a security answer with no value after the clause, a file pointed at from the next line
    "the security answer I forgot, can you reset it?",
    "invoice_7781.pdf\n^ that's the one I sent",
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
        "just between us: Kiwi&Mango44",
        "Harfe!Moos31 – bitte nicht weitersagen",
        "Mein Vater hat für alles dasselbe: Dackel1961",
        "she uses Rosenkohl77 for everything",
    ],
)
def test_gate_opens_where_a_new_form_matches(text: str) -> None:
    assert unnamed_values.might_match(text)
    assert unnamed_values.values(text, _entered_value)


@pytest.mark.parametrize(
    "text", ["psst, see you later", "between us, it was a long day", "für alles dasselbe"]
)
def test_gate_stays_shut(text: str) -> None:
    assert not unnamed_values.might_match(text)
