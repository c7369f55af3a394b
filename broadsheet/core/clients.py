"""The address of the client behind a request, for every per-client limit.

``X-Forwarded-For`` is written by whoever sends the request, so it is believed only as far
as the proxies the operator named: ``TRUSTED_PROXY_COUNT`` (how many proxies append to it
in front of the app) or ``TRUSTED_PROXIES`` (their addresses or networks). With neither set,
the client is ``REMOTE_ADDR``.
"""

import ipaddress
from functools import cache

from django.conf import settings

# An IPv6 client usually holds a whole /64; counting each address of it apart would give it
# billions of budgets.
IPV6_CLIENT_PREFIX = 64


def parse_address(value):
    """An IP address from a header value (ports and IPv6 brackets allowed), else None."""
    value = (value or "").strip()
    if value.startswith("["):  # [2001:db8::1]:443
        value = value[1 : value.find("]")] if "]" in value else ""
    elif value.count(":") == 1:  # 203.0.113.9:5060
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


@cache
def _networks(cidrs):
    return tuple(ipaddress.ip_network(cidr, strict=False) for cidr in cidrs)


def _trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's ``ipaddress`` address, or None when the request names no valid one."""
    remote = parse_address(request.META.get("REMOTE_ADDR"))
    forwarded = [
        part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    if networks:
        # Walk back from the nearest hop while it is one of ours; the first that is not is
        # the client (everything to its left was written by the client itself).
        address = remote
        while address is not None and _trusted(address, networks) and forwarded:
            address = parse_address(forwarded.pop())
        return address if address is not None else remote
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0 and forwarded:
        # Each trusted proxy appended the address it saw; fewer entries than proxies means
        # every entry was written by one of them, so the leftmost is still believable.
        address = parse_address(forwarded[-min(count, len(forwarded))])
        return address if address is not None else remote
    return remote


def client_ip(request):
    """The client's address as text ("" when unknown): what per-client limits count by."""
    address = client_address(request)
    return str(address) if address is not None else ""


def client_key(request):
    """``client_ip``, with an IPv6 address widened to its /64: the key of a client's budget."""
    address = client_address(request)
    if address is None:
        return ""
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/{IPV6_CLIENT_PREFIX}", strict=False))
    return str(address)
