"""Round fourteen of issue 10, the password side: classes of phrasing behind red-team
v14a/v14b's password misses, each written here in several forms of our own (none is a
corpus item), both languages, in both directions: the secret goes, the look-alike stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

VALUES = [
    # a password word glued to its value by an em dash (a phone keyboard's long dash)
    ("pw—Lavender!44 (phone keyboard)", "Lavender!44"),
    ("Kennwort—Seestern.12", "Seestern.12"),
    ("password—Walnut#19 ok?", "Walnut#19"),
    # doubled question marks before the answer
    ("my pw?? its marmalade77 lol", "marmalade77"),
    # a change "from x to y" / "von x auf y": the old value too
    ("I changed the password from tulip2020 to Tulip!2021", "tulip2020"),
    ("Passwort von winter99 auf Sommer!00 geändert", "winter99"),
    ("ich hab das Kennwort von kiefer12 auf Kiefer!13 umgestellt", "kiefer12"),
    ("we switched the wifi password from otter555 to 0tter!556 last week", "otter555"),
    # a phrase then a note on its spaces, a possessive first and all
    ("Passwort ist mein Vater mag Fußball, alles zusammen mit Leerzeichen", "Vater mag Fußball"),
    ("the password is my cat likes tuna - with spaces", "cat likes tuna"),
    ("Das Kennwort lautet Unser Boot heißt Emma – mit Leerzeichen", "Boot heißt Emma"),
    # hedges before the value: "einfach nur", "only"
    ("Mein Passwort ist einfach nur blume, weiß ich", "blume"),
    ("the password is only pineapple, sorry", "pineapple"),
    # a colon after the verb's hedge announces a phrase
    ("Das Kennwort ist jetzt: himbeere mit vanille", "himbeere mit vanille"),
    # reported speech: "sei"
    ("Die Chefin sagt das Kennwort sei Löwenzahn mit kleinem l", "Löwenzahn"),
    ("sie meint, das Passwort sei Drachenfels", "Drachenfels"),
    # after a user name, words and a number ending the line
    ("Login-Daten: Benutzer anke, Passwort Ostsee 2021", "Ostsee 2021"),
    ("user bob, password Harbor 2019", "Harbor 2019"),
    # the real/correct one, a relative clause before the verb
    ("my password: the correct one we set yesterday is kayak9", "kayak9"),
    # "pass" as a field's key is a password word for the follow-up rules
    (
        "pass = ****** is what the screen shows, but the real one I typed in was Sandpiper_42",
        "Sandpiper_42",
    ),
    # "so"/"also"/"namely" after a clause about the password, then the value
    (
        "Ich hab das Kennwort auf das vom Mailkonto gesetzt also Rotkehlchen.Sued, passt das?",
        "Rotkehlchen.Sued",
    ),
    ("I set the password to the one from my email so Kestrel.North, hope ok", "Kestrel.North"),
    # a line naming the password field ends in a colon, the value alone on the next line
    ("Im Kennwort-Feld steht:\nFalke?Regen\nHilft das?", "Falke?Regen"),
    ("In the password-field I see:\nWillow#Creek", "Willow#Creek"),
    # "- role: value" lines under a heading of logins
    ("Logins for the pilot:\n- admin: Coral.Reef.77\n- viewer: maple-leaves", "maple-leaves"),
    ("Logins for the pilot:\n- admin: Coral.Reef.77\n- viewer: maple-leaves", "Coral.Reef.77"),
    ("Zugänge:\n- admin: Kiesel-Strand-4\n- gast: tannenzapfen", "tannenzapfen"),
    ("Zugangsdaten für die Demo:\n* chef: Rotbuche\n* azubi: Hainbuche22", "Rotbuche"),
    # the answer to a security question
    ("my security question answer is Pumpernickel (first school)", "Pumpernickel"),
    ("Antwort auf die Sicherheitsfrage ist Mausi", "Mausi"),
    ("the answer to my security question is Waffles", "Waffles"),
    ("Sicherheitsantwort: Zitronenfalter", "Zitronenfalter"),
    ("Security answer = Hamster, if you need it", "Hamster"),
    # a password manager's CSV export: a quoted cell may hold commas
    ('name,url,username,password\nShop,https://shop.example,anna,"Hallo, Welt!"', "Hallo, Welt!"),
    (
        'title,username,password,notes\nBank,max.m,"Rot, Gelb, Grün!",main\n'
        "Mail,max,Sunset-Pier-9,",
        "Rot, Gelb, Grün!",
    ),
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-14 password phrasing", text, secret)


# guards: what the new rules leave alone (these pass on the old code too; they pin the
# limits of the rules above)
NOT_A_VALUE = [
    # a long dash in prose, a hyphenated compound
    "the password—as I said—never arrived",
    "Der Passwort-Manager ist neu",
    # a change of place, not of value
    "I moved the password from the notebook to the vault",
    # reported speech about a state
    "Er sagt, das Kennwort sei abgelaufen",
    "Das Passwort sei zu kurz, sagt das System",
    # hedges before a state or a reason
    "the password is only valid for one day",
    "das Passwort ist nur für dich, nicht weitergeben",
    # the new one is a place
    "password reset: the new one I got is in my inbox",
    "user bob, password expired 2019",
    # "so" in prose
    "I reset my password so I can log in again",
    "the password expired so WIN11 users must reset",
    "password manager is so slow on iOS16",
    # a field's line whose next line is no value
    "Im Passwort-Feld steht:\nnichts\nist das normal?",
    "Das Passwort-Feld zeigt:\nFehler 401",
    # states under a heading of logins
    "Logins:\n- admin: active\n- guest: disabled",
    # talk about a security answer
    "the security question answer is wrong apparently",
    "die Antwort auf die Sicherheitsfrage ist mir entfallen",
    "the security question answer is in the vault",
    "my security answer is the name of my first dog",
    # an empty CSV cell
    'user,password\nanna,""',
]


@pytest.mark.parametrize("text", NOT_A_VALUE)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
