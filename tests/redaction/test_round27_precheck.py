"""Stop 29: the pre-check let a password manager's export row through. The rule
(``password.export_rows``: URL, login, password) needs no word naming its value, and no
pre-check fragment covered it, so ``Redactor()`` skipped the password family and the value
stayed; the soundness test (tests/unit/test_redaction_precheck_families.py) found it with
hypothesis."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.normalize import normalize
from redaction.precheck import PASSWORD, families


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the import made this row: shop.example,https://shop.example/de,tom,Kiesel88",
            "Kiesel88",
        ),
        ('Zeile aus dem Export: "https://bank.example","m.weber","Birke#2024"', "Birke#2024"),
        (
            "from my browser csv: https://news.example,jo.k,larch-Tree-7",
            "larch-Tree-7",
        ),
    ],
)
def test_an_export_row_reaches_the_password_rules(text: str, value: str) -> None:
    assert PASSWORD in families(normalize(text).text)
    assert value not in Redactor().redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "see https://status.example,then retry",
        "links: https://a.example, https://b.example, https://c.example",
    ],
)
def test_urls_in_a_list_are_left(text: str) -> None:
    assert Redactor().redact(text).text == text
