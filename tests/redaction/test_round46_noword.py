"""Round 46 (passwords no word names): a value the message points at as the one in use
("X <- that's the one I set", "the real one is X", "alt: X / neu: Y" in a message about a
change), asks why it fails ("warum geht X nicht"), says gets one in ("it let me in with X",
"ich komme mit X nicht rein", ``redaction.unnamed_values``), or judges after a comma or an
adverb ("X, isnt working", "X is apparently wrong", "wenn ich X eingebe"; round 23's words
after a value). Each with hard twins: the same wording with an id, an order number, a
version, a product, a digest or a file's name in the value's place. Sentences and values
are our own."""

from __future__ import annotations

import pytest

from redaction import precheck, unnamed_values
from redaction.recognizers.password import _entered_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

MASKED = [
    # (message, the value that must not survive)
    # pointed at as the one set or in use
    ("Wq7!rTz2Lp <- that's the one I set last week, now it fails", "Wq7!rTz2Lp"),
    ("Hafen#Kran9 ^ that's the new one", "Hafen#Kran9"),
    ("**Kompass-Nord-31** | that's the one.", "Kompass-Nord-31"),
    # the new, real or usual one
    ("ok done, new one: Tr4mpolin!e", "Tr4mpolin!e"),
    ("sorry, the real one is Quitte77, the other was a typo", "Quitte77"),
    ("went with my usual one, Marmelade_42, as always", "Marmelade_42"),
    # a rotation by its labels, in a message about a change or a failing sign-in
    ("Hab's geändert. alt: Sandburg5 | neu: Sandburg6", "Sandburg6"),
    ("old: Teekanne#1, new: Teekanne#2 - none of them works", "Teekanne#1"),
    # why it fails or works
    ("warum geht Rennrad2023 nicht", "Rennrad2023"),
    ("wieso ist Wolkenkratzer9 falsch?", "Wolkenkratzer9"),
    ("why does 'Lupine&Moos' work on my phone but not on the laptop?", "Lupine&Moos"),
    # it gets one in
    ("finally it let me in with Kakadu!88, thanks", "Kakadu!88"),
    ("Ich komme mit Saftpresse#4 einfach nicht rein", "Saftpresse#4"),
    # "it" said to be a value with a sign inside it, and its variant after "either … or"
    ("nvm I remember it now, its Kolibri!31 sorry", "Kolibri!31"),
    ("I'm fairly sure it's either Regen*Bogen*5 or Regen*Bogen*6", "Regen*Bogen*6"),
    ("ach so, es ist Birnbaum$Hof, nicht das alte", "Birnbaum$Hof"),
    # judged after a comma or an adverb, or typed in German verb-final order
    ("the one with the year, Wanderer1990, isnt working since the update", "Wanderer1990"),
    ("I can't get in, 'Pinguin#7' is apparently wrong", "Pinguin#7"),
    ("Fliederbusch!3 should work and doesn't", "Fliederbusch!3"),
    ("Wenn ich Gletscher2021 eingebe, kommt nur ein Fehler", "Gletscher2021"),
]

TWINS = [
    # pointed at: a file's name, a version, a digest, an order number, "the one I ordered"
    "report_2291.pdf <- that's the one I sent you",
    "v2.4.1 <- that's the one I use on the server",
    "b7f3a9c2e1 <- that's the one I set as the base commit",
    "Wq7rTz2Lp9 <- that's the one I ordered",
    # the new or real one: a product, an order number, an invoice
    "the new one is iPhone15, arrived today",
    "the new one is ORD-55123",
    "the real one is INV-2024-0042",
    # the new one: an object's id after its prefix
    "the dashboard recreated the hook, new one is wh_7Tq2Rx9Lm4Kd",
    # "it's" a numbered thing, a product with a plus, a discount, a key chord, an address
    "it's room#12 on the second floor",
    "it's Issue#4471 in the tracker",
    "it's Disney+ now, not Netflix",
    "it's Sale50% today only",
    "it's Ctrl+Alt+Del, then the task manager",
    "it's support@example.com",
    "es ist Zimmer#12 im zweiten Stock",
    # labels of a rotation with no change or sign-in spoken of, or versions
    "alt: Tarif2023 | neu: Tarif2024",
    "old: v2.3.1, new: v2.4.0 - none of them works",
    "neu: Sandburg6",
    # why a product, a printer or an order fails
    "warum geht Windows11 nicht",
    "warum geht mein Drucker HP-4711 nicht",
    "wieso ist Bestellung48213 falsch",
    # in with a thing, not a value
    "it let me in finally with my Yubikey5 thank you",
    "ich komme mit Chrome120 nicht rein",
    # judged after a comma: a version, a file, an order, a product, a code in capitals
    "the update v2.3.1, isnt working",
    "invoice_2291.pdf, isnt working",
    "Windows11 isnt working",
    "ticket TK-4471 is apparently wrong",
    "I ordered ABC-1234, isnt working",
]


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_unnamed_value_is_masked(text: str, value: str) -> None:
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
        "the real one is Quitte77",
        "Wq7!rTz2Lp <- that's the one I set",
        "warum geht Rennrad2023 nicht",
        "Ich komme mit Saftpresse#4 nicht rein",
        "alt: Sandburg5 | neu: Sandburg6, hab's geändert",
    ],
)
def test_gate_opens_where_a_form_matches(text: str) -> None:
    assert unnamed_values.might_match(text)
    assert unnamed_values.values(text, _entered_value)


@pytest.mark.parametrize(
    "text", ["see you in a bit", "the new one arrived", "warum geht das nicht", "alt: 12"]
)
def test_gate_stays_shut(text: str) -> None:
    assert not unnamed_values.might_match(text)
