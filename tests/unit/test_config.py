"""Settings from the environment: the contract's names and defaults, and a bad value fails at
start with a message naming its variable."""

from __future__ import annotations

import os
from datetime import date

import pytest

from chat_server.config import ConfigError, Settings
from chat_server.handoff.sweeper import inactive_scan_interval


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.variables():
        monkeypatch.delenv(name, raising=False)


def from_env(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings.from_env(need_secret=False)


def test_defaults_are_the_contracts(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = from_env(monkeypatch)
    assert settings == Settings()
    assert settings.env == "production" and settings.port == 8080
    assert settings.handoff_timeout_s == 300.0 and settings.routing == "manual"
    assert settings.timezone == "Europe/Berlin" and settings.allowed_origins == ()


def test_values_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = from_env(
        monkeypatch,
        LIVECHAT_ENV=" development ",
        ALLOWED_ORIGINS="https://a.example, http://b.example",
        AGENT_ORIGINS="https://Support.Example",
        HOLIDAYS="2025-12-25,2025-12-26",
        TRUSTED_PROXIES="10.0.0.0/8",
        SESSION_COOKIE_SECURE="yes",
        RASA_URL="http://rasa:5005/",
        SMTP_USER="mailer",
        HANDOFF_TIMEOUT_S="",  # empty: unset
        PORT="9000",
    )
    assert settings.env == "development"
    assert settings.allowed_origins == ("https://a.example", "http://b.example")
    assert settings.agent_origins == ("https://support.example",)
    assert settings.holidays == frozenset({date(2025, 12, 25), date(2025, 12, 26)})
    assert settings.trusted_proxies == ("10.0.0.0/8",)
    assert settings.cookie_secure is True and settings.rasa_url == "http://rasa:5005"
    assert settings.smtp_starttls is True, "on by default when there is a login to protect"
    assert settings.handoff_timeout_s == 300.0 and settings.port == 9000


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PORT": "abc"}, "PORT must be a whole number, got 'abc'"),
        ({"RATE_LIMIT_PER_S": "fast"}, "RATE_LIMIT_PER_S must be a number, got 'fast'"),
        ({"HANDOFF_TIMEOUT_S": "0.1"}, "HANDOFF_TIMEOUT_S must be at least 0.5, got 0.1"),
        ({"RETENTION_DAYS": "0"}, "RETENTION_DAYS must be at least 1, got 0"),
        ({"LIVECHAT_ENV": "staging"}, "LIVECHAT_ENV must be development, production or test"),
        ({"ROUTING": "random"}, "ROUTING must be manual or auto, got 'random'"),
        ({"HOLIDAYS": "2025-12-25,xmas"}, "HOLIDAYS must list ISO dates, got 'xmas'"),
        ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE 'Mars/Olympus' is not a known time zone"),
        ({"TRUSTED_PROXIES": "10.0.0.0/99"}, "TRUSTED_PROXIES:"),
        ({"AGENT_ORIGINS": "https://a.example/"}, "AGENT_ORIGINS must list origins like"),
        ({"SESSION_COOKIE_SECURE": "maybe"}, "SESSION_COOKIE_SECURE must be auto, true or false"),
        ({"REDIS_MEMORY_WARN_RATIO": "1.5"}, "REDIS_MEMORY_WARN_RATIO must be at most 1"),
        ({"SMTP_STARTTLS": "sometimes"}, "SMTP_STARTTLS must be true or false"),
        ({"SMTP_USER": "u", "SMTP_STARTTLS": "false"}, "SMTP_STARTTLS is off while SMTP_USER"),
    ],
)
def test_a_bad_value_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        from_env(monkeypatch, **env)
    assert str(refused.value).startswith(message), str(refused.value)


def test_production_needs_a_long_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "short")
    with pytest.raises(ConfigError, match="SECRET_KEY must have at least 32 characters"):
        Settings.from_env()
    assert Settings.from_env(need_secret=False).secret_key == "short"


def test_settings_built_in_code_ignore_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVECHAT_ENV", "development")
    monkeypatch.setenv("PORT", "abc")
    settings = Settings(inbound_smtp_port=0)  # tests go below the variables' bounds
    assert settings.env == "production" and settings.port == 8080
    assert settings.inbound_smtp_port == 0 and "PORT" in os.environ


@pytest.mark.parametrize(
    ("inactivity_close_s", "scan_s"), [(1800.0, 10.0), (40.0, 10.0), (20.0, 5.0), (1.0, 0.25)]
)
def test_idle_chats_are_looked_for_often_enough_for_the_idle_time(
    inactivity_close_s: float, scan_s: float
) -> None:
    assert inactive_scan_interval(inactivity_close_s) == scan_s
