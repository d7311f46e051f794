"""Round 50 (false hits): a value the message says is a joke or for show, right after it.

- the value, the subject of its clause, said to be for show right after it ("'x' above was
  my dog's name as an example, not a password of anything", "'x' war nur ein Witz meiner
  Kollegin"), or named a joke ("the famous 'x' joke"): no secret's word and no denial
  between (``value_claims._subject_claimed``);
- a sentence after the value pointing back at it as a joke or a meme, opened by an
  interjection ("Nee, das war nur ein Witz", "jk, thats the old meme") and after a blank
  line (``value_claims._POINTS_BACK``, ``_STOP``);
- a serial number under its short label "S/N" (``value_claims._FIELD_LABEL``);
- a document's example whose sentence runs over an abbreviation's full stop ("laut Doku
  … z. B. KEY=…", "the help page shows … as e.g. https://…") and a project's example file
  named by its suffix ("from the Grocy .env.example: …") (``published_values``);
- a value under a signature's key ("sig=") in a message that says it is one request's
  signature (``value_claims._one_request_signature``); a signing secret stays.

Each with a twin: the same shape with a real secret stays masked. Values and names are our
own."""

from __future__ import annotations

import pytest

from redaction import Redactor

# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # the value said to be for show right after it
    "Ah, 'Wombat77' earlier was my dog's name as a sample for the signup bug, not a "
    "password of anything. The form should reject digits in names.",
    "Das Passwort 'Sonnenblume1' war nur ein Witz meiner Kollegin in der Mail, benutzt "
    "hat das niemand.",
    "haha the famous 'letmein' joke from the old forum, our trainee suggested it for the "
    "shared mailbox. we said no. anyway, where are the audit logs?",
    # a sentence pointing back at it as a joke, after an interjection or a blank line
    "Tresor im Lager, Code 4711? Nein, das war nur ein Witz, den echten sage ich nie im "
    "Chat. Aber die Zeitsteuerung im Workflow hängt.",
    "pin is 0000\n\njk, thats the old meme. not sharing the real one here",
    # a serial number under its short label
    "Label on the back of the router: S/N K8W3P9921Z, MAC 00:1B:2C:3D:4E:5F. No password on it.",
    # a document's example after an abbreviation's full stop ("z. B.", "e.g.")
    "Laut eurer Anleitung kommt in die config z. B. SHOP_TOKEN=shp_demo_ABCDEF123456 rein. "
    "Muss das 'demo' weg?",
    "your help article shows a relay path as e.g. https://relay.example.org/in/778812/q8z4k2/ "
    "- is ours built the same way?",
    # a project's example file, by its suffix
    "From the Grocy .env.example: SECRET_KEY=Kq8vT2mZ9xLp4Rw7 — does your connector need it?",
    # one request's signature, said so
    "callback came back as payload=eyJ1c2VyIjoiMTIifQ&sig=9f2c7a1e5b3d8f0a6c4e2b9d7f1a3c5e8b0d"
    "2f4a6c8e1b3d5f7a9c2e4b6d8f0a — sig is the signature of that one request, why does your "
    "step reject it?",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- twins: the same shapes with a real secret stay masked ---------------------------------

MASKED = [
    # a secret's word or a denial between the value and the claim
    ("Ah, 'Wombat77!' earlier was my real password, not an example.", "Wombat77!"),
    ("Das Passwort 'Sonnenblume1' war kein Witz, das ist wirklich unseres.", "Sonnenblume1"),
    # the joke is another value's; this one is the customer's
    ("the old 'letmein' joke aside, our mailbox password is Dachs#4471", "Dachs#4471"),
    # the next sentence is no joke about it
    ("Tresor im Lager, Code 4711. Bitte ändert den nach dem Umzug.", "4711"),
    ("pin is 0000\n\nthats the one on the garage door, please reset it", "0000"),
    # using it undoes the claim
    ("my password is Kranich55, it was a joke at first but I really use it now", "Kranich55"),
    # a password beside the serial number
    ("Label on the router: S/N K8W3P9921Z, WLAN key Moos#Ufer72", "Moos#Ufer72"),
    ("Typenschild: S/N 4QX7M2231 und Passwort Tanne!Berg5", "Tanne!Berg5"),
    # the customer's own config after the abbreviation, and their own copy of the file
    ("In unsere config kommt z. B. SHOP_TOKEN=shp_live_9fK2mQ7xR4tW8zL1 rein.", "9fK2mQ7xR4tW8zL1"),
    (
        "From the Grocy .env.example: SECRET_KEY=Kq8vT2mZ9xLp4Rw7, I use that value in prod",
        "Kq8vT2mZ9xLp4Rw7",
    ),
    ("In our .env.example: SECRET_KEY=Kq8vT2mZ9xLp4Rw7", "Kq8vT2mZ9xLp4Rw7"),
    # the secret a signature is made with
    (
        "signing_secret=4e7a9c1f3b5d8e0a2c6f9b1d3e5a7c0f is the one used for the signature of "
        "this request",
        "4e7a9c1f3b5d8e0a2c6f9b1d3e5a7c0f",
    ),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
