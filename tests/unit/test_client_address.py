"""Which address is the client's behind our reverse proxies (TRUSTED_PROXIES)."""

from __future__ import annotations

import pytest

from chat_server.client_address import UNKNOWN, client_address, parse_networks

PROXY = parse_networks(["10.0.0.0/8", "::1"])


@pytest.mark.parametrize(
    ("peer", "headers", "trusted", "expected"),
    [
        # No trusted proxy configured: headers are the sender's word and are ignored.
        ("203.0.113.9", {"X-Forwarded-For": "1.2.3.4"}, (), "203.0.113.9"),
        # An untrusted peer cannot claim to be someone else.
        ("203.0.113.9", {"X-Forwarded-For": "1.2.3.4"}, PROXY, "203.0.113.9"),
        # Our proxy in front: the address it saw.
        ("10.0.0.2", {"X-Forwarded-For": "198.51.100.7"}, PROXY, "198.51.100.7"),
        # A client forging a first hop: the proxy appends the real one, which wins.
        ("10.0.0.2", {"X-Forwarded-For": "1.1.1.1, 198.51.100.7"}, PROXY, "198.51.100.7"),
        # Two of our proxies in a row.
        ("10.0.0.2", {"X-Forwarded-For": "198.51.100.7, 10.0.0.5"}, PROXY, "198.51.100.7"),
        # RFC 7239, with a quoted IPv6 and port; Forwarded is preferred.
        (
            "::1",
            {"Forwarded": 'for="[2001:db8::17]:4711";proto=https', "X-Forwarded-For": "9.9.9.9"},
            PROXY,
            "2001:db8::17",
        ),
        ("10.0.0.2", {"Forwarded": "for=192.0.2.60:1234;by=10.0.0.2"}, PROXY, "192.0.2.60"),
        # Trusted peer without headers, or with garbage: the peer.
        ("10.0.0.2", {}, PROXY, "10.0.0.2"),
        ("10.0.0.2", {"X-Forwarded-For": "not-an-ip"}, PROXY, "10.0.0.2"),
        (None, {}, PROXY, UNKNOWN),
        ("garbage", {}, PROXY, UNKNOWN),
    ],
)
def test_client_address(
    peer: str | None, headers: dict[str, str], trusted: tuple, expected: str
) -> None:
    assert client_address(peer, headers, trusted) == expected


def test_bad_network_is_named() -> None:
    with pytest.raises(ValueError, match=r"10\.0\.0\.300"):
        parse_networks(["10.0.0.300"])
