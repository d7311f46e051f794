"""The address of the client behind our own reverse proxies.

`X-Forwarded-For` and `Forwarded` are written by whoever sent the request, so they are
believed only for hops that are one of ``TRUSTED_PROXIES``: walking the chain from the
nearest hop outwards, the first address that is not a trusted proxy is the client. With no
trusted proxies configured the peer address is the client, whatever the headers say.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

UNKNOWN = "unknown"


def parse_networks(items: Iterable[str]) -> tuple[Network, ...]:
    """``TRUSTED_PROXIES`` entries (addresses or CIDR ranges); ValueError names a bad one."""
    nets: list[Network] = []
    for item in items:
        try:
            nets.append(ipaddress.ip_network(item.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"not an IP address or network: {item!r}") from exc
    return tuple(nets)


def _address(raw: str) -> Address | None:
    text = raw.strip().strip('"')
    if text.startswith("["):  # "[2001:db8::1]:4711" (Forwarded quotes IPv6 with its port)
        text = text[1 : text.find("]")] if "]" in text else text[1:]
    elif text.count(":") == 1:  # "192.0.2.1:4711"
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _forwarded_chain(headers: Mapping[str, str]) -> list[str]:
    """The hops the proxies reported, client first (RFC 7239 ``for=``, else X-Forwarded-For)."""
    forwarded = headers.get("Forwarded")
    if forwarded:
        hops: list[str] = []
        for element in forwarded.split(","):
            for pair in element.split(";"):
                name, _, value = pair.partition("=")
                if name.strip().lower() == "for":
                    hops.append(value)
        if hops:
            return hops
    xff = headers.get("X-Forwarded-For", "")
    return [hop for hop in xff.split(",") if hop.strip()]


def _trusted(addr: Address, trusted: Sequence[Network]) -> bool:
    return any(addr.version == net.version and addr in net for net in trusted)


def client_address(peer: str | None, headers: Mapping[str, str], trusted: Sequence[Network]) -> str:
    """The client's address as a string (``"unknown"`` when nothing usable was given)."""
    peer_addr = _address(peer) if peer else None
    if peer_addr is None:
        return UNKNOWN
    if not trusted or not _trusted(peer_addr, trusted):
        return str(peer_addr)
    client = peer_addr
    for raw in reversed(_forwarded_chain(headers)):
        hop = _address(raw)
        if hop is None:  # an unparseable hop: stop at the last one we could trust
            break
        client = hop
        if not _trusted(hop, trusted):
            break
    return str(client)
