"""Round 54 (defaults): a default, stand-in or documented value said to be in use.

Labelling policy (stop 45): a factory default is a password "when the message says a
device or account uses it (masking it is the safe side)". Each reader that drops a weak
code, a default or a stand-in used to drop it whatever the message said; the shared reading
(``redaction.defaults_in_use``) masks such a value where the message says it is still in
use, never changed, or what a script or device runs with.

Corpus items: public-au-118, -123, -146, public-av-166, -168, -177, v53b-279, redteam-v25b
(IPMI), redteam-v52b (Dashboard); the rest are our own paraphrases (EN and DE, other words
and order). Each positive fails on round 53's code; the twins stay unchanged on both.
"""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_unchanged, redacted

IN_USE = [
    # the corpus items
    (
        "Mein Router-Login ist immer noch 12345, ist das wirklich so schlimm?",
        "Mein Router-Login ist immer noch [PASSWORD], ist das wirklich so schlimm?",
    ),
    (
        "The staging login still uses password123, your meter gave it 66 points",
        "The staging login still uses [PASSWORD], your meter gave it 66 points",
    ),
    (
        "our door lock still uses the default admin code 9999 - can your automation text it",
        "our door lock still uses the default admin code [PASSWORD] - can your automation text it",
    ),
    (
        "our init.sh uses -e MYSQL_ROOT_PASSWORD=root and the lab server is reachable",
        "our init.sh uses -e MYSQL_ROOT_PASSWORD=[PASSWORD] and the lab server is reachable",
    ),
    (
        "script has -e MYSQL_ROOT_PASSWORD=change-me --restart unless-stopped — we never "
        "changed it, is that why we got hacked?",
        "script has -e MYSQL_ROOT_PASSWORD=[PASSWORD] --restart unless-stopped — we never "
        "changed it, is that why we got hacked?",
    ),
    (
        "Laut Handbuch ist das Standardpasswort 1234. Bei mir ist es noch so, das Gerät nimmt "
        "1234 immer noch an.",
        "Laut Handbuch ist das Standardpasswort [PASSWORD]. Bei mir ist es noch so, das Gerät "
        "nimmt [PASSWORD] immer noch an.",
    ),
    (
        "The IPMI web UI on our server still has ADMIN/ADMIN, should I change that?",
        "The IPMI web UI on our server still has ADMIN/[PASSWORD], should I change that?",
    ),
    # paraphrases
    (
        "Der Gerätecode 0000 hab ich nie geändert.",
        "Der Gerätecode [PASSWORD] hab ich nie geändert.",
    ),
    (
        "Das Gerät hat immer noch den Standard-Code 0000, den hab ich nie umgestellt.",
        "Das Gerät hat immer noch den Standard-Code [PASSWORD], den hab ich nie umgestellt.",
    ),
    ("the NAS still has root/toor", "the NAS still has root/[PASSWORD]"),
    (
        "Unser Skript nutzt -e POSTGRES_PASSWORD=example, läuft so seit Monaten im Betrieb",
        "Unser Skript nutzt -e POSTGRES_PASSWORD=[PASSWORD], läuft so seit Monaten im Betrieb",
    ),
    (
        "Der Werkslogin war admin / geheim (steht so im Handbuch), den hat bei uns nie jemand "
        "geändert.",
        "Der Werkslogin war admin / [PASSWORD] (steht so im Handbuch), den hat bei uns nie "
        "jemand geändert.",
    ),
]

TWINS = [
    "the default is admin/admin, we changed it",
    "the script template has -e MYSQL_ROOT_PASSWORD=change-me, we replace it in CI from the vault",
    "Laut Handbuch ist das Standardpasswort auf dem Typenschild. Bei mir ist es schon geändert.",
    "does it still use the default?",
    "Does the NAS still have root/toor out of the box?",
    "the docs say login with admin / ChangeMe!2024, we changed that on day one",
    "The manual says the factory password is 1234, is that still the case on the new model?",
    "the login page is still broken after the update",
    "our build still uses node 18.2.0",
    "Unser Skript läuft so seit Monaten, nur der Cronjob hängt noch immer.",
    "Our README example uses DB_PASSWORD=example, replace it before deploying.",
    # a secret's noun inside another word, a sample file not changed
    "Mein PIN-Brief ist immer noch nicht da, obwohl er seit Tagen unterwegs ist.",
    "Ich warte immer noch auf die Passwort-Zurücksetzung.",
    "the config still has password_confirmation enabled, we never changed that setting",
    "mqtt.conf:\nuser = relay\npassword = pass1234\nWe never changed it, it is still the sample "
    "file. Broker refuses us.",
]


@pytest.mark.parametrize(("text", "expected"), IN_USE)
def test_a_default_said_to_be_in_use_is_masked(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", TWINS)
def test_a_default_talked_about_as_one_stays(text: str) -> None:
    assert_unchanged(text)
