"""End to end: every example of issue 10 through the real chat server and inbound mail.

A real `livechat serve` (Redis, outbox to a real aiosmtpd sink, bot client pointed at a
recording Rasa-shaped HTTP endpoint on loopback) and a real `livechat inbound` process.
The examples go in as chat messages, as the `contact` name, as the portal identity's name,
and as an inbound mail's subject, body and From display name. Afterwards no raw secret
may be anywhere: any Redis key or value, either server's log, any mail caught by the
sink, any request the bot received.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
import redis.asyncio as aioredis
from aiohttp import web

from chat_server.config import Settings
from redaction.testing import find_raw_secrets, find_raw_secrets_in_text
from tests.integration.test_tickets_helpers import SmtpSink, wait_for
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer, free_port, repo_root, wait_for_port
from tests.support.server import TEST_SECRET, ChatServerProcess, signed_identity

# (message as the customer types it, the raw secrets in it)
EXAMPLES: list[tuple[str, list[str]]] = [
    ("The password I set is Hunter2!", ["Hunter2!"]),
    ("my password? it's Hunter22!", ["Hunter22!"]),
    ("password - Hunter23!", ["Hunter23!"]),
    ("password is now: hunter2x", ["hunter2x"]),
    ("password for my online banking account is Sommer2024", ["Sommer2024"]),
    ("password is correct horse battery staple", ["correct horse battery staple"]),
    ("my password is Sommer 2025!", ["Sommer 2025!"]),
    ("password：Fullwidth9", ["Fullwidth9"]),
    ("pasword: Typo4711x", ["Typo4711x"]),
    ("my pass is hunter222", ["hunter222"]),
    ("login anna.k\npwd kettle77", ["kettle77"]),
    ("u: tess\np: lighthouse9", ["lighthouse9"]),
    ("postgres://app:Winter#88@db:5432/main", ["Winter#88"]),
    ("curl -u admin:S3cr3t! https://api.example.com", ["S3cr3t!"]),
    ("card 4111\n1111\n1111\n1111", ["4111\n1111\n1111\n1111"]),
    ("card 5555/5555/5555/4444", ["5555/5555/5555/4444"]),
    ("card 4012_8888_8888_1881", ["4012_8888_8888_1881"]),
    ("card 6011,1111,1111,1117", ["6011,1111,1111,1117"]),
    ("card 3782     822463     10005", ["3782     822463     10005"]),
    ("card 4242\u20034242\u20034242\u20034242", ["4242\u20034242\u20034242\u20034242"]),
    ("card 5105\u30001051\u30000510\u30005100", ["5105\u30001051\u30000510\u30005100"]),
    ("card 4000\u200b0566\u200b5566\u200b5556", ["4000\u200b0566\u200b5566\u200b5556"]),
    ("card 2221\u00ad0000\u00ad0000\u00ad0009", ["2221\u00ad0000\u00ad0000\u00ad0009"]),
    ("card 4111\u22121111\u22121111\u22121111", ["4111\u22121111\u22121111\u22121111"]),
    ("cc4111111111111111", ["4111111111111111"]),
    ("4111 1111 1111 1111123", ["4111 1111 1111 1111"]),
    ("4111 1111 1111 1111/12/26", ["4111 1111 1111 1111"]),
    ("card 5555 5555 5555 4444 code on back is 987", ["5555 5555 5555 4444", "is 987"]),
    ("card 4111 1111 1111 1111 exp Nov 2029", ["4111 1111 1111 1111", "Nov 2029"]),
    ("my api key is sk_live_4eC39HqLyjWDarjtT1zdp7dc", ["sk_live_4eC39HqLyjWDarjtT1zdp7dc"]),
    (
        "token: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        ["ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"],
    ),
]
IDENTITY_NAME = ("Kim pw: Identity#77", ["Identity#77"])
CONTACT_NAME = ("Bob card 4917 6100 0000 0000", ["4917 6100 0000 0000"])
FROM_NAME = ("Eve password: Display!Name9", ["Display!Name9"])
SUBJECT = ("card 3530 1113 3330 0000 declined", ["3530 1113 3330 0000"])

SECRETS = sorted(
    {s for _, ss in EXAMPLES for s in ss}
    | set(IDENTITY_NAME[1] + CONTACT_NAME[1] + FROM_NAME[1] + SUBJECT[1])
)


class RecordingRasa:
    """A Rasa-shaped HTTP endpoint on loopback that records every request it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.port = free_port()
        self._runner: web.AppRunner | None = None

    async def _webhook(self, request: web.Request) -> web.Response:
        self.requests.append(await request.text())
        return web.json_response([{"recipient_id": "x", "text": "Thanks, noted."}])

    async def _status(self, _request: web.Request) -> web.Response:
        return web.json_response({"version": "3.6.0"})

    async def start(self) -> RecordingRasa:
        app = web.Application()
        app.router.add_post("/webhooks/livechat/webhook", self._webhook)
        app.router.add_get("/", self._status)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class InboundProcess:
    """`livechat inbound` as its own process, like in production."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.log_path = Path(tempfile.mkstemp(prefix="livechat-inbound-", suffix=".log")[1])
        self.env = {
            **os.environ,
            **env,
            "INBOUND_SMTP_PORT": str(self.port),
            "HOST": "127.0.0.1",
            "LIVECHAT_ENV": "test",
            "SECRET_KEY": TEST_SECRET,
            "PYTHONUNBUFFERED": "1",
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chat_server.cli", "inbound"],
            cwd=repo_root(),
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, timeout=30, proc=self.proc)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture
async def rig(redis_proc: RedisServer) -> AsyncIterator[dict[str, Any]]:
    sink = await SmtpSink().start()
    rasa = await RecordingRasa().start()
    smtp = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(sink.port), "SMTP_STARTTLS": "false"}
    node = ChatServerProcess(
        redis_proc.url,
        RASA_URL=f"http://127.0.0.1:{rasa.port}",
        HANDOFF_TIMEOUT_S="2",
        RATE_LIMIT_PER_S="1000",
        RATE_LIMIT_BURST="1000",
        LOG_LEVEL="DEBUG",
        **smtp,
    )
    inbound = InboundProcess({"REDIS_URL": redis_proc.url, "LOG_LEVEL": "DEBUG", **smtp})
    node.start()
    inbound.start()
    try:
        yield {"sink": sink, "rasa": rasa, "node": node, "inbound": inbound}
    finally:
        inbound.stop()
        node.stop()
        await rasa.stop()
        await sink.stop()


async def test_no_raw_secret_anywhere(rig: dict[str, Any], redis_client: aioredis.Redis) -> None:
    sink: SmtpSink = rig["sink"]
    rasa: RecordingRasa = rig["rasa"]
    node: ChatServerProcess = rig["node"]
    inbound: InboundProcess = rig["inbound"]

    # 1. A portal customer (identity with a name) types every example, then asks for a
    #    person: nobody is online, so the chat becomes a ticket and its transcript is mailed.
    kim = CustomerClient(node.url)
    await kim.connect(identity=signed_identity("kim@example.com", IDENTITY_NAME[0]))
    for text, _ in EXAMPLES:
        ack = await kim.say(text)
        assert ack.get("ok", True) is not False, ack
    await wait_for(lambda: len(rasa.requests) >= len(EXAMPLES), timeout=20)
    assert (await kim.call("handoff"))["ok"]
    await kim.wait_for("state", lambda s: s["state"] == "ticket", timeout=15)

    # 2. An anonymous customer leaves a contact with a name, then gets a ticket too.
    bob = CustomerClient(node.url)
    await bob.connect()
    await bob.say("I need help with my invoice")
    assert (await bob.call("handoff"))["ok"]
    await bob.wait_for("state", lambda s: s["state"] == "ticket", timeout=15)
    contact = await bob.call("contact", {"email": "bob@example.com", "name": CONTACT_NAME[0]})
    assert contact.get("ok", True) is not False, contact

    # 3. A mail to support: secrets in the subject, the body and the From display name.
    mail = EmailMessage()
    mail["From"] = Address(display_name=FROM_NAME[0], addr_spec="eve@example.org")
    mail["To"] = Settings(env="test").support_address
    mail["Subject"] = SUBJECT[0]
    mail["Message-ID"] = "<e2e-1@example.org>"
    mail.set_content("\n\n".join(text for text, _ in EXAMPLES))
    await aiosmtplib.send(
        mail,
        hostname="127.0.0.1",
        port=inbound.port,
        start_tls=False,
        timeout=10,
        sender="eve@example.org",
        recipients=[mail["To"]],
    )

    # Mails: Kim's and Bob's ticket confirmations and Eve's auto-reply (waited for by whom
    # they go to, not by their count: a customer may get more than one mail first).
    expected = {"kim@example.com", "bob@example.com", "eve@example.org"}

    def recipients() -> set[str]:
        return {a.addr_spec for m in sink.mails for a in m["To"].addresses}

    await wait_for(lambda: expected <= recipients(), timeout=30)
    await kim.close()
    await bob.close()
    await asyncio.sleep(0)

    problems = await find_raw_secrets(redis_client, SECRETS)

    def check(where: str, text: str) -> None:
        problems.extend(f"{where}: {p}" for p in find_raw_secrets_in_text(text, SECRETS))

    for m in sink.mails:
        where = f"mail to {m['To']}"
        check(where, m.as_string())
        check(where, str(m["To"]))
        for part in m.walk():
            if part.get_content_maintype() == "text":
                check(where, str(part.get_content()))
    for body in rasa.requests:
        check("bot request", json.loads(body)["message"])
        check("bot request", body)
    check("chat server log", node.log())
    check("inbound log", inbound.log())
    assert problems == [], "\n".join(problems)

    # The traffic really carried the examples (masked), so the checks above saw them.
    assert any("[PASSWORD]" in json.loads(b)["message"] for b in rasa.requests)
    assert any("••••" in json.loads(b)["message"] for b in rasa.requests)
    assert any("[CREDENTIAL]" in json.loads(b)["message"] for b in rasa.requests)
    names = [json.loads(b)["metadata"].get("customer_name") for b in rasa.requests]
    assert any(n and n.startswith("Kim") for n in names), names
