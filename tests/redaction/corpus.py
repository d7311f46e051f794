"""The tuning corpus: hand-written messages (corpora/handwritten.yaml) plus generated ones.

A message is labelled with the secrets it contains, each as ``(type, value)`` where
``value`` is the exact substring to be masked. Messages without labels are negatives.
Generation is seeded, so the corpus is the same on every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).parent
CORPORA = HERE / "corpora"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Secret:
    type: str
    value: str


@dataclass(frozen=True)
class Labelled:
    text: str
    secrets: tuple[Secret, ...] = field(default_factory=tuple)
    source: str = "generated"
    lang: str = "en"
    #: who wrote it in a conversation: the customer, or the other side ("agent", "bot")
    author: str = "customer"


# ---------------------------------------------------------------- card numbers


def luhn_complete(partial: str) -> str:
    """Append the check digit that makes ``partial`` Luhn-valid."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_fail(digits: str) -> str:
    """``digits`` with the last digit changed so the Luhn check fails."""
    good = luhn_complete(digits[:-1])
    last = (int(good[-1]) + 1 + int(digits[-1]) % 8) % 10
    return digits[:-1] + str(last)


#: (brand, prefixes, lengths, grouping or None for 4-4-4-…)
BRANDS: list[tuple[str, list[str], list[int], tuple[int, ...] | None]] = [
    ("visa", ["4"], [13, 16, 19], None),
    ("mastercard", ["51", "52", "53", "54", "55"], [16], None),
    ("mastercard2", ["2221", "2300", "2500", "2720", "2699"], [16], None),
    ("amex", ["34", "37"], [15], (4, 6, 5)),
    ("discover", ["6011", "644", "649", "65"], [16, 19], None),
    ("jcb", ["3528", "3589", "3550"], [16, 19], None),
    ("diners", ["300", "305", "36", "38", "39"], [14], (4, 6, 4)),
    ("maestro", ["5018", "5020", "6304", "6759", "6761"], [13, 15, 16, 18, 19], None),
    ("unionpay", ["62"], [16, 17, 18, 19], None),
]


def card_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def group(digits: str, sizes: tuple[int, ...] | None) -> list[str]:
    tail = [len(digits) % 4] if len(digits) % 4 else []
    sizes = sizes or tuple([4] * (len(digits) // 4) + tail)
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return out


def irregular(rng: random.Random, digits: str) -> list[str]:
    out, i = [], 0
    while i < len(digits):
        n = rng.randint(2, 6)
        out.append(digits[i : i + n])
        i += n
    return out


FORMATS = [
    "plain",
    "space",
    "dash",
    "dot",
    "double",
    "nbsp",
    "narrow",
    "irregular",
    "spaced_dash",
    "mixed",
]


def format_card(rng: random.Random, digits: str, fmt: str, sizes: tuple[int, ...] | None) -> str:
    groups = irregular(rng, digits) if fmt == "irregular" else group(digits, sizes)
    if fmt == "plain":
        return digits
    sep = {
        "space": " ",
        "dash": "-",
        "dot": ".",
        "double": "  ",
        "nbsp": NBSP,
        "narrow": "\u202f",
        "irregular": " ",
        "spaced_dash": " - ",
    }.get(fmt)
    if sep is not None:
        return sep.join(groups)
    return "".join(
        g + (rng.choice([" ", "-", NBSP]) if k < len(groups) - 1 else "")
        for k, g in enumerate(groups)
    )


CARD_TEMPLATES_EN = [
    "My card number is {card}",
    "Please charge {card} for the upgrade",
    "card: {card}",
    "I paid with {card} on 12.03.2024 but was charged twice",
    "Here you go {card} exp {exp} cvc {cvc}",
    "{card}",
    "The card ({card}) was declined yesterday, order 48213.",
    "Visa {card}, expires {exp}, CVV {cvc}",
    "can you refund to {card}? thanks",
    "number {card}\nexpiry {exp}\nsecurity code {cvc}",
    "use my mastercard {card} valid thru {exp}",
    "cc {card} {exp} {cvc}",
]
CARD_TEMPLATES_DE = [
    "Meine Kartennummer ist {card}",
    "Bitte buchen Sie von {card} ab",
    "Kreditkarte: {card}, gültig bis {exp}, Prüfziffer {cvc}",
    "Ich habe mit der Karte {card} bezahlt, aber die Rechnung 2024-118 ist noch offen",
    "Karte {card} Ablaufdatum {exp} CVC {cvc}",
    "hier die Nummer: {card} – danke!",
    "Die Zahlung mit {card} ist fehlgeschlagen",
    "Kartennr. {card}\nGültig bis: {exp}\nSicherheitscode: {cvc}",
]


def generate_cards(rng: random.Random, n: int) -> list[Labelled]:
    out: list[Labelled] = []
    for k in range(n):
        brand, prefixes, lengths, sizes = BRANDS[k % len(BRANDS)]
        digits = card_number(rng, rng.choice(prefixes), rng.choice(lengths))
        fmt = FORMATS[(k // len(BRANDS) + k) % len(FORMATS)]
        card = format_card(rng, digits, fmt, sizes if len(digits) in (14, 15) else None)
        de = k % 3 == 0
        template = rng.choice(CARD_TEMPLATES_DE if de else CARD_TEMPLATES_EN)
        month = rng.randint(1, 12)
        exp = rng.choice(
            [
                f"{month:02d}/{rng.randint(25, 31)}",
                f"{month:02d}/20{rng.randint(25, 31)}",
                f"{month}/{rng.randint(25, 31)}",
            ]
        )
        cvc = "".join(rng.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
        text = template.format(card=card, exp=exp, cvc=cvc)
        secrets = [Secret("CREDIT_CARD", card)]
        if "{exp}" in template:
            secrets.append(Secret("CARD_EXPIRY", exp))
        if "{cvc}" in template:
            secrets.append(Secret("CARD_CVC", cvc))
        out.append(Labelled(text, tuple(secrets), f"generated:{brand}:{fmt}", "de" if de else "en"))
    return out


# ---------------------------------------------------------------- passwords

_WORDS = [
    "Sommer",
    "Winter",
    "Hund",
    "Katze",
    "Berlin",
    "dragon",
    "monkey",
    "Sonne",
    "blue",
    "Tiger",
    "Apfel",
    "river",
    "Mond",
    "coffee",
    "Haus",
]
_SYMBOLS = "!@#$%&*?_-+"


def password_value(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(_WORDS) + str(rng.randint(1, 2025)) + rng.choice(_SYMBOLS + "")
    if kind == 1:
        alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + _SYMBOLS
        rest = "".join(rng.choice(alphabet) for _ in range(rng.randint(7, 15)))
        return rng.choice("abcdefghXYZ") + rest
    if kind == 2:
        return rng.choice(_WORDS).lower() + rng.choice(["123", "1!", "2024", "_x", "#7"])
    return rng.choice(_WORDS) + rng.choice(_SYMBOLS) + rng.choice(_WORDS) + str(rng.randint(1, 99))


PHRASES = [
    "correct horse battery staple",
    "Mein Hund heißt Bello",
    "ich liebe kaffee",
    "blue river at night",
    "Tor zur Welt 7",
]
USERS = ["anna@example.com", "bob", "m.mueller@firma.de", "jdoe", "kunde4711"]

PASSWORD_TEMPLATES_EN = [
    "my password is {pw}",
    "password: {pw}",
    "pw: {pw}",
    "pass={pw}",
    "Password is {pw} but it does not work",
    "the password for the portal is {pw}",
    "login {user} / {pw}",
    "user {user}, password {pw}",
    "Password:\n{pw}",
    "I changed it, my new password is now {pw}",
    "pwd = {pw}",
    "username {user} password {pw} - please check",
    "my password was {pw} before the reset",
    "PW {pw}",
]
PASSWORD_TEMPLATES_DE = [
    "Mein Passwort ist {pw}",
    "Passwort: {pw}",
    "Kennwort lautet {pw}",
    "Das Passwort für mein Konto: {pw}",
    "Benutzer {user} / {pw}",
    "Zugangsdaten: {user} / {pw}",
    "Passwort\n{pw}",
    "mein neues Kennwort ist {pw}, geht aber nicht",
    "Passwort = {pw}",
]
QUOTED_TEMPLATES = [
    'my password is "{phrase}"',
    "password: '{phrase}'",
    "Mein Passwort lautet „{phrase}“",
    'Kennwort: "{phrase}"',
]
PIN_TEMPLATES = ["my PIN is {pin}", "PIN: {pin}", "Meine PIN lautet {pin}"]


def generate_passwords(rng: random.Random, n: int) -> list[Labelled]:
    out: list[Labelled] = []
    for k in range(n):
        pw = password_value(rng)
        user = rng.choice(USERS)
        bucket = k % 10
        if bucket == 8:
            phrase = rng.choice(PHRASES)
            template = rng.choice(QUOTED_TEMPLATES)
            text, value = template.format(phrase=phrase), phrase
        elif bucket == 9:
            pin = "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 6])))
            template = rng.choice(PIN_TEMPLATES)
            text, value = template.format(pin=pin), pin
        else:
            de = bucket % 2 == 1
            template = rng.choice(PASSWORD_TEMPLATES_DE if de else PASSWORD_TEMPLATES_EN)
            text, value = template.format(pw=pw, user=user), pw
        lang = (
            "de"
            if any(
                w in template for w in ("Passwort", "Kennwort", "Benutzer", "Zugangs", "PIN lautet")
            )
            else "en"
        )
        out.append(Labelled(text, (Secret("PASSWORD", value),), "generated:password", lang))
    return out


# ---------------------------------------------------------------- hard negatives


def order_number(rng: random.Random, length: int) -> str:
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))
    return luhn_fail(digits) if length >= 13 else digits


NEGATIVE_TEMPLATES = [
    "I forgot my password",
    "the password reset mail never arrived",
    "How do I change my password?",
    "Mein Passwort funktioniert nicht mehr",
    "Passwort vergessen, bitte helfen",
    "my password is not accepted since the update",
    "Password is wrong even though I typed it correctly",
    "Das Passwort ist abgelaufen",
    "Can you send me a password reset link?",
    "my ticket is {ticket}, any news?",
    "Status von Ticket {ticket}?",
    "please call me at {phone}",
    "Rufen Sie mich unter {phone} an",
    "My order number is {order}",
    "Bestellnummer {order}, Lieferung fehlt",
    "Invoice {invoice} shows {amount} but I expected less",
    "Rechnung Nr. {invoice} über {amount}",
    "I was charged {amount} on {date}",
    "Am {date} wurden {amount} abgebucht",
    "We use version {version} on Windows {winver}",
    "Nach dem Update auf {version} stürzt die App ab",
    "Tracking: {order}",
    "my customer id is {short}, born {date}",
    "Our IBAN is DE89 3704 0044 0532 0130 00",
    "the meeting is at 10:30 on {date}",
    "I have {short} users and {short2} licenses",
    "The PIN reset did not work",
    "Where do I log in?",
    "login page shows error 500",
    "my account is locked after 3 attempts",
    "Benutzerkonto gesperrt, Ticket {ticket}",
    "I need the passport number field removed",
    "pass the message to billing please",
    "What is your password policy?",
    "Is my password stored encrypted?",
    "Password manager does not autofill",
    "Kundennummer {short}, Vertrag {order}",
    "reference {order} / {short}",
    "order {order} from {date}, {amount}",
]


def generate_negatives(rng: random.Random, n: int) -> list[Labelled]:
    out: list[Labelled] = []
    for k in range(n):
        template = NEGATIVE_TEMPLATES[k % len(NEGATIVE_TEMPLATES)]
        values = {
            "ticket": f"OCA-{rng.randint(1, 999999):06d}",
            "phone": rng.choice(
                [
                    f"+49 151 {rng.randint(1000000, 99999999)}",
                    f"+49 (0) 30 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    f"0{rng.randint(151, 179)} {rng.randint(100, 999)} {rng.randint(100, 9999)}",
                    f"+1 (415) 555-{rng.randint(1000, 9999)}",
                    f"+44 20 7946 {rng.randint(1000, 9999)}",
                    f"+49 89 {rng.randint(1000000, 9999999)}",
                ]
            ),
            "order": order_number(rng, rng.choice([8, 10, 12, 13, 14, 16, 18])),
            "invoice": rng.choice(
                [
                    f"RE-2024-{rng.randint(1, 99999):06d}",
                    order_number(rng, 16),
                    f"INV {order_number(rng, 16)}",
                ]
            ),
            "amount": rng.choice(
                [
                    f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(10, 99)} €",
                    f"${rng.randint(1, 9999)}.{rng.randint(10, 99)}",
                    f"{rng.randint(1, 999)},90 EUR",
                ]
            ),
            "date": rng.choice(
                [
                    f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024",
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2024",
                ]
            ),
            "version": f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 200)}",
            "winver": f"10.0.{rng.randint(10000, 22631)}.{rng.randint(100, 4000)}",
            "short": str(rng.randint(1, 999999)),
            "short2": str(rng.randint(1, 999)),
        }
        de = any(
            w in template
            for w in (
                "Passwort",
                "Rechnung",
                "Rufen",
                "Bestell",
                "Kunden",
                "Benutzer",
                "Status",
                "Nach dem",
                "Am {",
            )
        )
        lang = "de" if de else "en"
        out.append(Labelled(template.format(**values), (), "generated:negative", lang))
    return out


# ---------------------------------------------------------------- loading


def load_file(path: Path | str, source: str = "") -> list[Labelled]:
    """Items of a corpus file: a YAML list (or ``{items: [...]}``) of ``text``, ``lang`` and
    ``secrets: [{type, value}]``; ``secrets: []`` marks a negative."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("items") or []
    return [
        Labelled(
            str(item["text"]),
            tuple(Secret(str(s["type"]), str(s["value"])) for s in item.get("secrets") or []),
            source or Path(path).stem,
            str(item.get("lang", "en")),
        )
        for item in data
    ]


def load_conversations(path: Path | str, source: str = "") -> list[list[Labelled]]:
    """Conversations of a corpus file: a YAML list of items whose ``messages`` are one
    customer's consecutive messages, each ``{text, secrets}`` as in ``load_file`` (a
    secret's value and the words that make it one may sit in different messages), and the
    other side's among them (``from: agent`` or ``bot``)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    name = source or Path(path).stem
    return [
        [
            Labelled(
                str(m["text"]),
                tuple(Secret(str(s["type"]), str(s["value"])) for s in m.get("secrets") or []),
                name,
                str(item.get("lang", "en")),
                str(m.get("from") or "customer"),
            )
            for m in item["messages"]
        ]
        for item in data
    ]


def load_handwritten() -> list[Labelled]:
    return load_file(CORPORA / "handwritten.yaml", "handwritten")


def load_generated(seed: int = 20241125) -> list[Labelled]:
    """180 cards, 120 passwords and 200 negatives, the same on every run."""
    rng = random.Random(seed)
    return generate_cards(rng, 180) + generate_passwords(rng, 120) + generate_negatives(rng, 200)


def load_corpus(seed: int = 20241125) -> list[Labelled]:
    """The tuning corpus: hand-written messages first, then the generated ones."""
    return load_handwritten() + load_generated(seed)
