"""Issue 14: a long error log is sent whole (`kind: "log"`), redacted to its last line (the
recognizers' per-call bounds would leave the end of a 50 KB text unexamined), stored as one
message, and the bot, which cannot read it, is not asked about it."""

from __future__ import annotations

from chat_server.conversations.long_text import line_slices, redact_long
from tests.core.conftest import Core

CID = "conv-log-1"
LINE = "2025-12-01 12:00:{:02d} ERROR db.pool line {}: connect failed host=10.0.0.{} user=svc"


def long_log() -> str:
    lines = [LINE.format(i % 60, i, i % 250) for i in range(560)]
    lines.append("Caused by: login rejected, password=Hunter2xyz! for user svc")
    lines.append("card on file 4111 1111 1111 1111")
    return "\n".join(lines)


def test_slices_are_whole_lines_and_join_to_the_text() -> None:
    text = long_log() + "\n" + "z" * 2500
    slices = line_slices(text, 1000)
    assert "".join(slices) == text
    assert all(len(s) <= 1000 for s in slices)
    assert all(s.endswith("\n") for s in slices[:-4])


async def test_a_long_log_is_redacted_to_its_last_line() -> None:
    text = long_log()
    assert 40_000 < len(text) <= 50_000
    clean, found = await redact_long(text)
    assert "Hunter2xyz" not in clean and "4111 1111 1111 1111" not in clean
    assert found == ["CREDIT_CARD", "PASSWORD"]
    assert clean.splitlines()[0] == text.splitlines()[0]


async def test_a_log_is_one_message_and_the_bot_is_not_asked(core: Core) -> None:
    message = await core.customer_says(CID, long_log(), kind="log")
    assert message["kind"] == "log" and "Hunter2xyz" not in message["text"]
    assert message["redactions"] == ["CREDIT_CARD", "PASSWORD"]
    assert core.bot.asked == []
    said = core.to_customer(CID, "message")
    assert said[-1].data["author"] == "system"
    assert said[-1].data["buttons"][0]["payload"] == "/request_human"
    stored = await core.service.views.history(CID)
    assert [m.get("kind") for m in stored[0] if m["author"] == "customer"] == ["log"]

    # With an agent it reaches the agent whole, marked as a log.
    anna = await core.agent("Anna")
    await core.customer_says(CID, "please look", payload="/request_human")
    await core.service.accept(CID, anna)
    await core.customer_says(CID, long_log(), kind="log")
    relayed = [e.data for e in core.to_agent(anna.id, "message") if e.data["author"] == "customer"]
    assert relayed[-1]["kind"] == "log" and len(relayed[-1]["text"]) > 40_000
    plain = await core.customer_says(CID, "and a plain line")
    assert "kind" not in plain
