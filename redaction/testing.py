"""Helpers for tests elsewhere: prove that no raw secret reached Redis or a dump."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import regex as re

from redaction.recognizers.card import MIN_DIGITS

# Everything but letters and digits, and JSON escapes (\u200b, \n), removed before looking
# for a card's digits: customers split cards with any space, dash, newline or invisible
# character, and a store may keep them escaped.
_SEPARATORS = re.compile(r"\\u[0-9a-fA-F]{4}|\\[nrt]|[^\w]|_")


def _forms(secret: str) -> list[str]:
    """The raw secret, its JSON-escaped forms, and for card numbers the bare digits."""
    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    forms.add(unicodedata.normalize("NFKC", secret))
    digits = "".join(ch for ch in secret if ch.isdecimal())
    if len(digits) >= MIN_DIGITS:
        forms.add(digits)
    return [f for f in forms if f]


def _hits(value: str, secrets: list[str]) -> list[str]:
    squashed = _SEPARATORS.sub("", value)
    found = []
    for secret in secrets:
        for form in _forms(secret):
            haystack = squashed if form.isdecimal() else value
            if form in haystack:
                found.append(secret)
                break
    return found


def find_raw_secrets_in_text(text: str, secrets: list[str]) -> list[str]:
    """Descriptions of each secret found raw in ``text`` (a log, a mail, a dump)."""
    return [f"text contains {secret!r}" for secret in _hits(text, secrets)]


def _s(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


async def find_raw_secrets(redis_client: Any, secrets: list[str]) -> list[str]:
    """Scan every key of the client's current database for raw secrets.

    Looks in key names and in every value of strings, hashes (fields and values), lists,
    sets, sorted sets (members) and streams (entry fields and values). Works with
    ``decode_responses`` on or off.

    :param redis_client: a ``redis.asyncio.Redis``.
    :param secrets: the raw secrets a test sent (card numbers are also matched by digits).
    :return: one description per place a secret was found; empty when clean.
    """
    found: list[str] = []

    def check(where: str, value: Any) -> None:
        for secret in _hits(_s(value), secrets):
            found.append(f"{where}: {secret!r}")

    async for raw_key in redis_client.scan_iter(count=500):
        key = _s(raw_key)
        check(f"key name {key!r}", key)
        kind = _s(await redis_client.type(raw_key))
        if kind == "string":
            check(f"string {key!r}", await redis_client.get(raw_key))
        elif kind == "hash":
            for field, value in (await redis_client.hgetall(raw_key)).items():
                check(f"hash {key!r} field {_s(field)!r}", f"{_s(field)}\n{_s(value)}")
        elif kind == "list":
            for i, value in enumerate(await redis_client.lrange(raw_key, 0, -1)):
                check(f"list {key!r}[{i}]", value)
        elif kind == "set":
            for value in await redis_client.smembers(raw_key):
                check(f"set {key!r}", value)
        elif kind == "zset":
            for value in await redis_client.zrange(raw_key, 0, -1):
                check(f"zset {key!r}", value)
        elif kind == "stream":
            for entry_id, fields in await redis_client.xrange(raw_key):
                for field, value in fields.items():
                    check(
                        f"stream {key!r} entry {_s(entry_id)} field {_s(field)!r}",
                        f"{_s(field)}\n{_s(value)}",
                    )
        elif kind != "none":  # a type we do not read is a gap, not a pass
            found.append(f"key {key!r} of unscanned type {kind}")
    return found
