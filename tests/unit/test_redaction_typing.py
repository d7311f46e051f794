"""Redacted text by construction: the type checker refuses raw text at every sink."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

# Each line hands raw text to a sink that must only take the redactor's output.
BYPASSES = {
    "message store": "await messages.append('c', author='customer', text=raw)",
    "customer message": (
        "await messages.append_customer('c', 'k', 'e', text=raw, client_id='x', redactions=[])"
    ),
    "agent note": "await messages.add_note('c', {}, raw)",
    "customer name": (
        "await conversations.set_contact('c', email='a@b.c', name=raw, verified=False)"
    ),
    "bot client": "await bot.ask('c', raw, {})",
    "bot metadata": "await bot.ask('c', redact_text(raw), {'customer_name': raw})",
    "mail composer": (
        "base_message(settings, ticket, secret=b'k', subject=raw, text=redact_text(raw), "
        "html_body=redact_text(raw), auto=None)"
    ),
    "concatenation": "await messages.append('c', author='bot', text=redact_text(raw) + raw)",
}

IMPORTS = """\
from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.store.conversations import ConversationStore
from chat_server.store.messages import MessageLog
from chat_server.tickets.outgoing import base_message
from chat_server.tickets.record import Ticket
from redaction import redact_text
"""
SIGNATURE = (
    "async def {name}(messages: MessageLog, conversations: ConversationStore, bot: BotBridge,"
    " settings: Settings, ticket: Ticket, raw: str) -> None:\n"
)
OK = [
    "await messages.append('c', author='bot', text=redact_text(raw))",
    "await conversations.set_contact('c', email='a@b.c', name=redact_text(raw), verified=False)",
    "await bot.ask('c', redact_text(raw), {'customer_name': redact_text(raw)})",
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int], int]:
    """One mypy run over a module with one function per bypass (and one that is fine)."""
    lines = IMPORTS.splitlines()
    where: dict[str, int] = {}
    lines.append(SIGNATURE.format(name="fine").rstrip("\n"))
    lines.extend("    " + ok for ok in OK)
    for i, (sink, call) in enumerate(BYPASSES.items()):
        lines.append(SIGNATURE.format(name=f"bypass_{i}").rstrip("\n"))
        lines.append("    " + call)
        where[sink] = len(lines)  # 1-based line number of the call
    module = tmp_path_factory.mktemp("typing") / "bypass.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err, status = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--follow-imports=silent", str(module)]
    )
    return out + err, where, status


def test_redacted_text_type_checks(checked: tuple[str, dict[str, int], int]) -> None:
    out, where, _ = checked
    first_bypass = min(where.values()) - 1
    early = [
        ln
        for ln in out.splitlines()
        if ":" in ln and ln.split(":")[1].isdigit() and int(ln.split(":")[1]) < first_bypass
    ]
    assert early == [], out


@pytest.mark.parametrize("sink", list(BYPASSES))
def test_raw_text_to_a_sink_fails_type_checking(
    checked: tuple[str, dict[str, int], int], sink: str
) -> None:
    out, where, status = checked
    assert status == 1, out
    assert f"bypass.py:{where[sink]}: error" in out, out


def test_only_redaction_makes_redacted_text() -> None:
    """No module outside redaction/ touches the seal that makes ``Redacted`` values."""
    offenders = []
    for path in ROOT.glob("**/*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in {"redaction", ".venv", "node_modules", "bot"} or "test_redaction_" in (
            path.name
        ):
            continue
        source = path.read_text(encoding="utf-8", errors="replace")
        if "_SEAL" in source or "_seal" in source or "Redacted(" in source:
            offenders.append(str(rel))
    assert offenders == []
