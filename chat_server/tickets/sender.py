"""The outbox worker: sends the mail waiting in the outbox (`outbox.Outbox`) over SMTP, with
leases, retries with backoff and a dead letter; any number of nodes may run one."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import aiosmtplib
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from chat_server.config import Settings
from chat_server.tickets.outbox import Outbox

log = logging.getLogger("chat_server.tickets.outbox")


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout_s: float = 30.0


def smtp_target(settings: Settings, timeout_s: float = 30.0) -> SmtpTarget | None:
    """Where mail goes: SMTP_*, else the development mail catcher, else nowhere (held)."""
    if settings.smtp_host:
        return SmtpTarget(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_user,
            settings.smtp_password,
            settings.smtp_starttls,
            timeout_s,
        )
    if settings.development:
        return SmtpTarget("127.0.0.1", 1025, timeout_s=timeout_s)
    return None


async def _quit(smtp: aiosmtplib.SMTP) -> None:
    """Say goodbye politely, but never leave a socket open (also when cancelled)."""
    try:
        async with asyncio.timeout(2.0):
            await smtp.quit()
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        pass
    finally:
        smtp.close()


class _Transient(Exception):
    """Try this mail again later."""


class _Permanent(Exception):
    def __init__(self, code: int, reason: str, address_failed: bool) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code
        self.reason = reason
        self.address_failed = address_failed


PermanentFailure = Callable[[str, str, int, str], Awaitable[None]]


class OutboxWorker:
    """Sends due mail; any number of nodes may run one against the same Redis."""

    def __init__(
        self,
        redis: aioredis.Redis,
        target: SmtpTarget | None,
        *,
        on_permanent_failure: PermanentFailure | None = None,
        poll_s: float = 0.5,
        lease_s: float = 120.0,
        batch: int = 20,
        backoff_base_s: float = 5.0,
        backoff_max_s: float = 900.0,
        give_up_after_s: float = 3 * 86400.0,
    ) -> None:
        self.outbox = Outbox(redis)
        self.target = target
        self.on_permanent_failure = on_permanent_failure
        self.poll_s = poll_s
        # The lease must outlive one send (connect + the SMTP timeout) by a margin.
        self.lease_s = max(lease_s, 2 * (target.timeout_s if target else 0) + 1)
        self.batch = batch
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.give_up_after_s = give_up_after_s
        self.token = uuid.uuid4().hex
        self.sent = 0
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Look at the outbox now instead of at the next poll."""
        self._wake.set()

    def backoff(self, attempts: int) -> float:
        delay = min(self.backoff_max_s, self.backoff_base_s * (2 ** max(0, attempts - 1)))
        # Jitter, so nodes and mails coming back together do not hammer the server at once.
        return float(delay * random.uniform(0.8, 1.2))

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """``run()`` in a task for the duration of the block, cancelled at its end."""
        # Keep a reference so the task is not garbage collected while it runs.
        task = asyncio.create_task(self.run(), name="ticket-outbox")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def run(self) -> None:
        """Loop until cancelled."""
        if self.target is None:
            log.warning("SMTP_HOST is not set: outgoing mail is held in the outbox")
            return
        me = asyncio.current_task()
        while True:
            if me is not None and me.cancelling():
                # A library's wait_for (3.11) swallowed our cancellation: honour it anyway.
                raise asyncio.CancelledError
            try:
                worked = await self.run_once()
            except asyncio.CancelledError:
                raise
            except RedisError as exc:
                log.warning("outbox: redis unavailable (%s)", type(exc).__name__)
                worked = 0
            except Exception:  # the loop must survive anything one batch does
                log.exception("outbox: batch failed")
                worked = 0
            if worked:
                continue
            self._wake.clear()
            # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation
            # that lands as the wait ends, and the worker would never stop.
            try:
                async with asyncio.timeout(self.poll_s):
                    await self._wake.wait()
            except TimeoutError:
                pass

    async def run_once(self) -> int:
        """Claim and send one batch; returns how many mails it handled."""
        assert self.target is not None
        ids = await self.outbox.claim(self.token, limit=self.batch, lease_s=self.lease_s)
        if not ids:
            return 0
        smtp: aiosmtplib.SMTP | None = None
        try:
            for n, mail_id in enumerate(ids):
                item = await self.outbox.load(mail_id)
                if not item or not await self.outbox.renew(mail_id, self.token, self.lease_s):
                    continue  # expired, or another node's lease now
                try:
                    if smtp is None:
                        smtp = await self._connect()
                    await self._send(smtp, item)
                except _Permanent as exc:
                    await self._permanent(mail_id, item, exc)
                    continue
                except _Transient as exc:
                    await self._transient(mail_id, item, str(exc))
                    # The server is unreachable: leave the rest of the batch for later too.
                    for rest in ids[n + 1 :]:
                        rest_item = await self.outbox.load(rest)
                        if rest_item:
                            await self._transient(rest, rest_item, str(exc))
                    if smtp is not None:
                        smtp.close()
                    smtp = None
                    break
                if await self.outbox.done(mail_id, self.token):
                    self.sent += 1
                    log.info(
                        "mail sent",
                        extra={
                            "mail_id": mail_id,
                            "kind": item.get("kind"),
                            "ticket": item.get("number"),
                        },
                    )
        finally:
            if smtp is not None:
                await _quit(smtp)
        return len(ids)

    async def _connect(self) -> aiosmtplib.SMTP:
        t = self.target
        assert t is not None
        smtp = aiosmtplib.SMTP(
            hostname=t.host, port=t.port, timeout=t.timeout_s, start_tls=t.starttls, use_tls=False
        )
        try:
            await smtp.connect()
            if t.username and t.password:
                await smtp.login(t.username, t.password)
        except aiosmtplib.SMTPAuthenticationError as exc:
            # A configuration problem, not the customer's: keep the mail and say so.
            log.error("outbox: SMTP login refused (%s)", exc.code)
            raise _Transient(f"auth {exc.code}") from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise _Transient(type(exc).__name__) from exc
        return smtp

    async def _send(self, smtp: aiosmtplib.SMTP, item: dict[str, str]) -> None:
        raw = item["raw"].encode("utf-8", "surrogateescape")
        if not (item["to"].isascii() and item["from"].isascii()):
            # Our SMTP client speaks plain SMTP (no SMTPUTF8): such an address can never be
            # sent to, so retrying it for days only hides that the customer got nothing.
            raise _Permanent(553, "address is not plain ASCII; cannot be mailed", True)
        try:
            await smtp.sendmail(item["from"], [item["to"]], raw)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients] or [550]
            code = max(codes)
            reason = "; ".join(r.message for r in exc.recipients)
            if code >= 500:
                raise _Permanent(code, reason, address_failed=True) from exc
            raise _Transient(f"rcpt {code}") from exc
        except (aiosmtplib.SMTPSenderRefused, aiosmtplib.SMTPDataError) as exc:
            if exc.code >= 500:
                raise _Permanent(
                    exc.code, exc.message, address_failed=isinstance(exc, aiosmtplib.SMTPDataError)
                ) from exc
            raise _Transient(f"{exc.code}") from exc
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code >= 500:  # any other 5xx (HELO, ...) is final too; not the address's
                raise _Permanent(exc.code, exc.message, address_failed=False) from exc
            raise _Transient(f"{exc.code}") from exc
        except UnicodeEncodeError as exc:
            raise _Permanent(553, "address cannot be encoded for SMTP", True) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise _Transient(type(exc).__name__) from exc

    async def _transient(self, mail_id: str, item: dict[str, str], error: str) -> None:
        attempts = int(item.get("attempts", "0")) + 1
        age = time.time() - float(item.get("created_ts", time.time()))
        if age > self.give_up_after_s:
            await self._permanent(mail_id, item, _Permanent(0, f"gave up: {error}", False))
            return
        await self.outbox.retry(
            mail_id, self.token, time.time() + self.backoff(attempts), attempts, error
        )
        log.info("mail deferred", extra={"mail_id": mail_id, "attempts": attempts, "error": error})

    async def _permanent(self, mail_id: str, item: dict[str, str], exc: _Permanent) -> None:
        if not await self.outbox.dead(mail_id, self.token, str(exc)):
            return
        log.warning(
            "mail failed permanently",
            extra={"mail_id": mail_id, "code": exc.code, "ticket": item.get("number")},
        )
        if exc.address_failed and item.get("number") and self.on_permanent_failure:
            await self.on_permanent_failure(item["number"], item["to"], exc.code, exc.reason)
