"""Settings, read once from the environment (the contract's variables and defaults)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from zoneinfo import ZoneInfo

from chat_server.client_address import Network, parse_networks


class ConfigError(ValueError):
    """A variable is missing or malformed; the message names it."""


MIN_SECRET_KEY_CHARS = 32
MAKE_SECRET_HINT = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"


def check_secret_key(env: str, secret: str | None) -> None:
    """Production needs a SECRET_KEY long enough not to be guessed; say how to make one."""
    if env != "production":
        return
    if not secret:
        raise ConfigError(
            "SECRET_KEY is required in production (LIVECHAT_ENV=production); make one with: "
            + MAKE_SECRET_HINT
        )
    if len(secret) < MIN_SECRET_KEY_CHARS:
        raise ConfigError(
            f"SECRET_KEY must have at least {MIN_SECRET_KEY_CHARS} characters in production "
            f"(it has {len(secret)}); make one with: {MAKE_SECRET_HINT}"
        )


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _float(name: str, default: float, minimum: float = 0.0) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _list(name: str) -> list[str]:
    return [p.strip() for p in os.environ.get(name, "").split(",") if p.strip()]


def _networks(name: str) -> tuple[str, ...]:
    items = _list(name)
    try:
        parse_networks(items)
    except ValueError as exc:
        raise ConfigError(f"{name}: {exc}") from exc
    return tuple(items)


def _origins(name: str) -> list[str]:
    """Origins as browsers send them: scheme://host[:port], no path, no trailing slash."""
    items = _list(name)
    for item in items:
        scheme, sep, rest = item.partition("://")
        if scheme not in {"http", "https"} or not sep or not rest or "/" in rest:
            raise ConfigError(
                f"{name} must list origins like https://support.example.com, got {item!r}"
            )
    return [i.lower() for i in items]


@dataclass(frozen=True)
class Settings:
    env: str = "production"
    redis_url: str = "redis://127.0.0.1:6379/0"
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    inbound_smtp_port: int = 2525
    support_address: str = "support@oneclickactions.com"
    feedback_address: str = "feedback@oneclickactions.com"
    handoff_timeout_s: float = 300.0
    agent_max_chats: int = 3
    max_message_chars: int = 2000
    rate_limit_per_s: float = 5.0
    rate_limit_burst: int = 20
    routing: str = "manual"
    retention_days: int = 90
    timezone: str = "Europe/Berlin"
    holidays: frozenset[date] = field(default_factory=frozenset)
    port: int = 8080
    host: str = "0.0.0.0"
    secret_key: str | None = None
    allowed_origins: tuple[str, ...] = ()
    # Not in the contract's list but useful to operators and tests.
    agent_grace_s: float = 60.0
    # Under the contract's 3 s, so the "talk to a person" offer itself arrives within 3 s.
    bot_timeout_s: float = 2.5
    inactivity_close_s: float = 1800.0
    node_id: str = ""
    # Reverse proxies whose X-Forwarded-For / Forwarded headers are believed (chat_server.
    # client_address); empty: the peer address is the client's.
    trusted_proxies: tuple[str, ...] = ()
    # How long support stays limited for a signed customer after abuse (policy 3.1), across
    # new conversations.
    abuse_limit_ttl_s: float = 86400.0
    # Mail (issue 11): automatic mail per target address and hour, unverified (typed into
    # `contact`, or a mail's From) and portal-verified; the inbound server's size limits.
    mail_unverified_per_hour: int = 3
    mail_verified_per_hour: int = 20
    inbound_max_bytes: int = 10 * 1024 * 1024
    inbound_max_html_chars: int = 512_000
    # Sites whose pages may act as a signed-in agent (the console's HTTP API and `/agent`),
    # apart from the widget's ALLOWED_ORIGINS; the server's own origin is always one.
    agent_origins: tuple[str, ...] = ()
    # `/metrics` in production: this bearer token, or a loopback client with no proxy between.
    metrics_token: str | None = None
    # The session cookie's Secure flag: None = production always, else when the request came
    # over TLS (directly or via a trusted proxy); True/False force it.
    cookie_secure: bool | None = None
    # Above this share of Redis' maxmemory /readyz notes it and the node logs a warning.
    redis_memory_warn_ratio: float = 0.8
    # Per-client bounds (issue 11): how long a customer token resumes its conversation, the
    # customer connections one address may hold on a node, `contact`/`ticket` per address and
    # hour (across nodes), bot turns waiting per conversation, messages per history page.
    customer_token_ttl_s: int = 30 * 86400
    max_connections_per_address: int = 50
    mail_actions_per_address_per_hour: int = 10
    bot_turns_queued_max: int = 3
    history_page_size: int = 200
    # Abuse bounds per client address: handoffs (customer's and the bot's) per hour across
    # nodes (each costs agents work and becomes a ticket at its deadline), and messages per
    # second on a node (burst 5x), so fresh connections cannot multiply the per-connection
    # limit; tabs of one conversation share RATE_LIMIT_PER_S/RATE_LIMIT_BURST too.
    handoffs_per_address_per_hour: int = 20
    rate_limit_per_address_per_s: float = 20.0

    @property
    def development(self) -> bool:
        return self.env == "development"

    @property
    def production(self) -> bool:
        return self.env == "production"

    @cached_property
    def trusted_proxy_networks(self) -> tuple[Network, ...]:
        return parse_networks(self.trusted_proxies)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def from_env(cls, *, need_secret: bool = True) -> Settings:
        """Settings from the environment; ``need_secret=False`` for commands that sign
        nothing (``agents``, ``gdpr``, ``bot``): they run without SECRET_KEY."""
        env = os.environ.get("LIVECHAT_ENV", "production").strip() or "production"
        if env not in {"development", "production", "test"}:
            raise ConfigError(f"LIVECHAT_ENV must be development, production or test, got {env!r}")
        routing = os.environ.get("ROUTING", "manual").strip() or "manual"
        if routing not in {"manual", "auto"}:
            raise ConfigError(f"ROUTING must be manual or auto, got {routing!r}")
        holidays: set[date] = set()
        for item in _list("HOLIDAYS"):
            try:
                holidays.add(date.fromisoformat(item))
            except ValueError as exc:
                raise ConfigError(f"HOLIDAYS must list ISO dates, got {item!r}") from exc
        timezone = os.environ.get("TIMEZONE", "Europe/Berlin")
        try:
            ZoneInfo(timezone)
        except Exception as exc:
            raise ConfigError(f"TIMEZONE {timezone!r} is not a known time zone") from exc
        smtp_user = os.environ.get("SMTP_USER") or None
        secret = os.environ.get("SECRET_KEY") or None
        if need_secret:
            check_secret_key(env, secret)
        smtp_starttls = _bool("SMTP_STARTTLS", smtp_user is not None)
        if env == "production" and smtp_user is not None and not smtp_starttls:
            raise ConfigError(
                "SMTP_STARTTLS is off while SMTP_USER is set: the SMTP login and every mail "
                "would cross the network in clear text; unset SMTP_STARTTLS (or set it true)"
            )
        cookie_raw = os.environ.get("SESSION_COOKIE_SECURE", "").strip().lower()
        if cookie_raw not in {"", "auto", "1", "true", "yes", "on", "0", "false", "no", "off"}:
            raise ConfigError(
                f"SESSION_COOKIE_SECURE must be auto, true or false, got {cookie_raw!r}"
            )
        cookie_secure = (
            None if cookie_raw in {"", "auto"} else cookie_raw in {"1", "true", "yes", "on"}
        )
        warn_ratio = _float("REDIS_MEMORY_WARN_RATIO", 0.8, 0.01)
        if warn_ratio > 1:
            raise ConfigError(f"REDIS_MEMORY_WARN_RATIO must be at most 1, got {warn_ratio}")
        return cls(
            env=env,
            redis_url=os.environ.get("REDIS_URL", cls.redis_url),
            rasa_url=os.environ.get("RASA_URL", cls.rasa_url).rstrip("/"),
            rasa_token=os.environ.get("RASA_TOKEN") or None,
            smtp_host=os.environ.get("SMTP_HOST") or None,
            smtp_port=_int("SMTP_PORT", 587, 1),
            smtp_user=smtp_user,
            smtp_password=os.environ.get("SMTP_PASSWORD") or None,
            smtp_starttls=smtp_starttls,
            inbound_smtp_port=_int("INBOUND_SMTP_PORT", 2525, 1),
            support_address=os.environ.get("SUPPORT_ADDRESS", cls.support_address),
            feedback_address=os.environ.get("FEEDBACK_ADDRESS", cls.feedback_address),
            handoff_timeout_s=_float("HANDOFF_TIMEOUT_S", 300.0, 0.5),
            agent_max_chats=_int("AGENT_MAX_CHATS", 3, 1),
            max_message_chars=_int("MAX_MESSAGE_CHARS", 2000, 1),
            rate_limit_per_s=_float("RATE_LIMIT_PER_S", 5.0, 0.01),
            rate_limit_burst=_int("RATE_LIMIT_BURST", 20, 1),
            routing=routing,
            retention_days=_int("RETENTION_DAYS", 90, 1),
            timezone=timezone,
            holidays=frozenset(holidays),
            port=_int("PORT", 8080, 0),
            host=os.environ.get("HOST", "0.0.0.0"),
            secret_key=secret,
            allowed_origins=tuple(_list("ALLOWED_ORIGINS")),
            agent_grace_s=_float("AGENT_GRACE_S", 60.0, 0.1),
            bot_timeout_s=_float("BOT_TIMEOUT_S", 2.5, 0.1),
            inactivity_close_s=_float("INACTIVITY_CLOSE_S", 1800.0, 1.0),
            node_id=os.environ.get("NODE_ID", ""),
            trusted_proxies=_networks("TRUSTED_PROXIES"),
            abuse_limit_ttl_s=_float("ABUSE_LIMIT_TTL_S", 86400.0, 1.0),
            mail_unverified_per_hour=_int("MAIL_UNVERIFIED_PER_HOUR", 3, 0),
            mail_verified_per_hour=_int("MAIL_VERIFIED_PER_HOUR", 20, 0),
            inbound_max_bytes=_int("INBOUND_MAX_BYTES", 10 * 1024 * 1024, 1024),
            inbound_max_html_chars=_int("INBOUND_MAX_HTML_CHARS", 512_000, 1000),
            agent_origins=tuple(_origins("AGENT_ORIGINS")),
            metrics_token=os.environ.get("METRICS_TOKEN") or None,
            cookie_secure=cookie_secure,
            redis_memory_warn_ratio=warn_ratio,
            customer_token_ttl_s=_int("CUSTOMER_TOKEN_TTL_S", 30 * 86400, 60),
            max_connections_per_address=_int("MAX_CONNECTIONS_PER_ADDRESS", 50, 1),
            mail_actions_per_address_per_hour=_int("MAIL_ACTIONS_PER_ADDRESS_PER_HOUR", 10, 1),
            bot_turns_queued_max=_int("BOT_TURNS_QUEUED_MAX", 3, 1),
            history_page_size=_int("HISTORY_PAGE_SIZE", 200, 10),
            handoffs_per_address_per_hour=_int("HANDOFFS_PER_ADDRESS_PER_HOUR", 20, 1),
            rate_limit_per_address_per_s=_float("RATE_LIMIT_PER_ADDRESS_PER_S", 20.0, 0.01),
        )
