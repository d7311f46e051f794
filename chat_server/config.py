"""Settings, read once from the environment (the contract's variables and defaults).

`Settings(...)` built in code takes exactly what it is given (tests build them so);
`Settings.from_env()` reads the environment with pydantic-settings, holds every value to its
bounds and fails fast with `ConfigError`, whose message names the variable. A variable set to
the empty string counts as unset. Lists (origins, proxies, holidays) are comma-separated.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo

from pydantic import BeforeValidator, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from chat_server.client_address import Network, parse_networks


class ConfigError(ValueError):
    """A variable is missing or malformed; the message names it."""


MIN_SECRET_KEY_CHARS = 32
MAKE_SECRET_HINT = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
ENVS = ("development", "production", "test")


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


class AtLeast:
    """A variable's lower bound, held by `from_env` (code and tests may go below it)."""

    def __init__(self, minimum: float) -> None:
        self.minimum = minimum


def _refuse(message: str) -> PydanticCustomError:
    """A refusal whose message is shown as it is (it names the variable)."""
    return PydanticCustomError("config", message)


def _items(raw: Any) -> Any:
    """A comma-separated variable as a tuple; values given in code pass through."""
    if isinstance(raw, str):
        return tuple(p.strip() for p in raw.split(",") if p.strip())
    return raw


def _holidays(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    days = set()
    for item in _items(raw):
        try:
            days.add(date.fromisoformat(item))
        except ValueError:
            raise _refuse(f"HOLIDAYS must list ISO dates, got {item!r}") from None
    return frozenset(days)


def _networks(raw: Any) -> Any:
    items = _items(raw)
    try:
        parse_networks(items)
    except ValueError as exc:
        raise _refuse(f"TRUSTED_PROXIES: {exc}") from None
    return items


def _origins(raw: Any) -> Any:
    """Origins as browsers send them: scheme://host[:port], no path, no trailing slash."""
    if not isinstance(raw, str):
        return raw
    items = _items(raw)
    for item in items:
        scheme, sep, rest = item.partition("://")
        if scheme not in {"http", "https"} or not sep or not rest or "/" in rest:
            raise _refuse(
                f"AGENT_ORIGINS must list origins like https://support.example.com, got {item!r}"
            )
    return tuple(i.lower() for i in items)


def _cookie_secure(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    value = raw.strip().lower()
    if value not in {"", "auto", "1", "true", "yes", "on", "0", "false", "no", "off"}:
        raise _refuse(f"SESSION_COOKIE_SECURE must be auto, true or false, got {value!r}")
    return None if value in {"", "auto"} else value in {"1", "true", "yes", "on"}


def _choice(name: str, choices: tuple[str, ...], default: str) -> BeforeValidator:
    def check(raw: Any) -> Any:
        value = raw.strip() or default if isinstance(raw, str) else raw
        if value not in choices:
            words = ", ".join(choices[:-1]) + " or " + choices[-1]
            raise _refuse(f"{name} must be {words}, got {value!r}")
        return value

    return BeforeValidator(check)


def _timezone(raw: Any) -> Any:
    try:
        ZoneInfo(raw)
    except Exception:
        raise _refuse(f"TIMEZONE {raw!r} is not a known time zone") from None
    return raw


def _no_trailing_slash(raw: Any) -> Any:
    return raw.rstrip("/") if isinstance(raw, str) else raw


Items = Annotated[tuple[str, ...], NoDecode, BeforeValidator(_items)]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        frozen=True, validate_by_name=True, env_ignore_empty=True, extra="ignore"
    )

    env: Annotated[
        Literal["development", "production", "test"],
        _choice("LIVECHAT_ENV", ENVS, "production"),
        Field(validation_alias="LIVECHAT_ENV"),
    ] = "production"
    redis_url: str = "redis://127.0.0.1:6379/0"
    rasa_url: Annotated[str, BeforeValidator(_no_trailing_slash)] = "http://127.0.0.1:5005"
    rasa_token: str | None = None
    smtp_host: str | None = None
    smtp_port: Annotated[int, AtLeast(1)] = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    # Unset: on exactly when SMTP_USER is set (a login never crosses the network in clear).
    smtp_starttls: bool = False
    inbound_smtp_port: Annotated[int, AtLeast(1)] = 2525
    support_address: str = "support@oneclickactions.com"
    feedback_address: str = "feedback@oneclickactions.com"
    handoff_timeout_s: Annotated[float, AtLeast(0.5)] = 300.0
    agent_max_chats: Annotated[int, AtLeast(1)] = 3
    max_message_chars: Annotated[int, AtLeast(1)] = 2000
    # A pasted error log sent whole (`message` with `kind: "log"`), shown collapsed.
    max_log_chars: Annotated[int, AtLeast(1)] = 50_000
    rate_limit_per_s: Annotated[float, AtLeast(0.01)] = 5.0
    rate_limit_burst: Annotated[int, AtLeast(1)] = 20
    routing: Annotated[
        Literal["manual", "auto"], _choice("ROUTING", ("manual", "auto"), "manual")
    ] = "manual"
    retention_days: Annotated[int, AtLeast(1)] = 90
    timezone: Annotated[str, BeforeValidator(_timezone)] = "Europe/Berlin"
    holidays: Annotated[frozenset[date], NoDecode, BeforeValidator(_holidays)] = frozenset()
    port: Annotated[int, AtLeast(0)] = 8080
    host: str = "0.0.0.0"
    secret_key: str | None = None
    allowed_origins: Items = ()
    # Not in the contract's list but useful to operators and tests.
    agent_grace_s: Annotated[float, AtLeast(0.1)] = 60.0
    # Under the contract's 3 s, so the "talk to a person" offer itself arrives within 3 s.
    bot_timeout_s: Annotated[float, AtLeast(0.1)] = 2.5
    inactivity_close_s: Annotated[float, AtLeast(1.0)] = 1800.0
    node_id: str = ""
    # Reverse proxies whose X-Forwarded-For / Forwarded headers are believed (chat_server.
    # client_address); empty: the peer address is the client's.
    trusted_proxies: Annotated[tuple[str, ...], NoDecode, BeforeValidator(_networks)] = ()
    # How long support stays limited for a signed customer after abuse (policy 3.1), across
    # new conversations.
    abuse_limit_ttl_s: Annotated[float, AtLeast(1.0)] = 86400.0
    # Mail (issue 11): automatic mail per target address and hour, unverified (typed into
    # `contact`, or a mail's From) and portal-verified; the inbound server's size limits.
    mail_unverified_per_hour: Annotated[int, AtLeast(0)] = 3
    mail_verified_per_hour: Annotated[int, AtLeast(0)] = 20
    inbound_max_bytes: Annotated[int, AtLeast(1024)] = 10 * 1024 * 1024
    inbound_max_html_chars: Annotated[int, AtLeast(1000)] = 512_000
    # Sites whose pages may act as a signed-in agent (the console's HTTP API and `/agent`),
    # apart from the widget's ALLOWED_ORIGINS; the server's own origin is always one.
    agent_origins: Annotated[tuple[str, ...], NoDecode, BeforeValidator(_origins)] = ()
    # `/metrics` in production: this bearer token, or a loopback client with no proxy between.
    metrics_token: str | None = None
    # The session cookie's Secure flag: None = production always, else when the request came
    # over TLS (directly or via a trusted proxy); True/False force it.
    cookie_secure: Annotated[
        bool | None,
        BeforeValidator(_cookie_secure),
        Field(validation_alias="SESSION_COOKIE_SECURE"),
    ] = None
    # Above this share of Redis' maxmemory /readyz notes it and the node logs a warning.
    redis_memory_warn_ratio: Annotated[float, AtLeast(0.01)] = 0.8
    # Per-client bounds (issue 11): how long a customer token resumes its conversation, the
    # customer connections one address may hold on a node, `contact`/`ticket` per address and
    # hour (across nodes), bot turns waiting per conversation, messages per history page.
    customer_token_ttl_s: Annotated[int, AtLeast(60)] = 30 * 86400
    max_connections_per_address: Annotated[int, AtLeast(1)] = 50
    mail_actions_per_address_per_hour: Annotated[int, AtLeast(1)] = 10
    bot_turns_queued_max: Annotated[int, AtLeast(1)] = 3
    history_page_size: Annotated[int, AtLeast(10)] = 200
    # Abuse bounds per client address: handoffs (customer's and the bot's) per hour across
    # nodes (each costs agents work and becomes a ticket at its deadline), and messages per
    # second on a node (burst 5x), so fresh connections cannot multiply the per-connection
    # limit; tabs of one conversation share RATE_LIMIT_PER_S/RATE_LIMIT_BURST too.
    handoffs_per_address_per_hour: Annotated[int, AtLeast(1)] = 20
    rate_limit_per_address_per_s: Annotated[float, AtLeast(0.01)] = 20.0

    reads_environment: ClassVar[bool] = False

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Built in code: only what the code passes; `from_env` reads the environment.
        return (env_settings,) if cls.reads_environment else (init_settings,)

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
    def variables(cls) -> dict[str, str]:
        """Every environment variable `from_env` reads, and the field it sets."""
        return {
            str(info.validation_alias or name).upper(): name
            for name, info in cls.model_fields.items()
        }

    @classmethod
    def from_env(cls, *, need_secret: bool = True) -> Settings:
        """Settings from the environment; ``need_secret=False`` for commands that sign
        nothing (``agents``, ``gdpr``, ``bot``): they run without SECRET_KEY."""
        try:
            settings = _FromEnvironment()
        except ValidationError as exc:
            raise ConfigError(_first_problem(exc)) from None
        if need_secret:
            check_secret_key(settings.env, settings.secret_key)
        # A plain Settings (equal to one built in code with the same values).
        return Settings.model_construct(**settings.model_dump())


class _FromEnvironment(Settings):
    """`Settings` read from the environment, each value held to its `AtLeast` bound."""

    reads_environment: ClassVar[bool] = True

    @model_validator(mode="before")
    @classmethod
    def _starttls_follows_login(cls, data: Any) -> Any:
        if isinstance(data, dict) and "smtp_starttls" not in data:
            data = {**data, "smtp_starttls": bool(data.get("smtp_user"))}
        return data

    @field_validator("*", mode="after")
    @classmethod
    def _at_least(cls, value: Any, info: Any) -> Any:
        for bound in cls.model_fields[info.field_name].metadata:
            if isinstance(bound, AtLeast) and value < bound.minimum:
                name = _variable(info.field_name)
                raise _refuse(f"{name} must be at least {bound.minimum}, got {value}")
        return value

    @model_validator(mode="after")
    def _bounds_across_variables(self) -> _FromEnvironment:
        if self.redis_memory_warn_ratio > 1:
            raise _refuse(
                f"REDIS_MEMORY_WARN_RATIO must be at most 1, got {self.redis_memory_warn_ratio}"
            )
        if self.production and self.smtp_user is not None and not self.smtp_starttls:
            raise _refuse(
                "SMTP_STARTTLS is off while SMTP_USER is set: the SMTP login and every mail "
                "would cross the network in clear text; unset SMTP_STARTTLS (or set it true)"
            )
        return self


def _variable(field_or_variable: str) -> str:
    """The environment variable of a field (given by its name or already the variable's)."""
    variables = Settings.variables()
    if field_or_variable.upper() in variables:
        return field_or_variable.upper()
    return next((v for v, f in variables.items() if f == field_or_variable), field_or_variable)


# pydantic's words for a value that is not of the field's type, in the old messages' terms.
_TYPE_WORDS = {
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "bool_parsing": "true or false",
}


def _first_problem(exc: ValidationError) -> str:
    """The first refusal, worded with the variable's name."""
    error = exc.errors(include_url=False)[0]
    if error["type"] == "config":
        return str(error["msg"])
    name = _variable(str(error["loc"][0])) if error["loc"] else "configuration"
    words = _TYPE_WORDS.get(error["type"])
    if words:
        return f"{name} must be {words}, got {error['input']!r}"
    return f"{name}: {error['msg']}"
