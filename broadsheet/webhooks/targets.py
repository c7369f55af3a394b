"""Which addresses a webhook may reach: public ones only, unless the host is allowed by name.

A webhook URL is typed by an editor, and the delivery log shows what happened to each try,
so without this check the sender could be pointed at the machine itself, the cloud metadata
service or the office network, and the log would read like a port scan. The same rule is
applied when the URL is saved and, after resolving the name again, at every delivery.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PUBLIC_ADDRESS_ERROR = _("Webhook URLs must point at a public address.")

# Ranges that embed an IPv4 address in an IPv6 one: the IPv4 address is what gets reached.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# Not "global" in Python's table on every patch release, or not marked at all.
_EXTRA_BLOCKED = (
    ipaddress.ip_network("100.64.0.0/10"),  # carrier-grade NAT
    ipaddress.ip_network("192.0.0.0/24"),  # IETF protocol assignments
    ipaddress.ip_network("192.88.99.0/24"),  # 6to4 relay anycast
    ipaddress.ip_network("198.18.0.0/15"),  # benchmarking
    ipaddress.ip_network("fec0::/10"),  # site-local (deprecated, still routed on some networks)
    ipaddress.ip_network("5f00::/16"),  # segment routing
)


class RefusedTarget(Exception):
    """The URL's host is, or resolves to, an address webhooks may not reach."""


def _embedded_ipv4(address):
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _IPV4_COMPATIBLE or any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public_address(address):
    """True for a globally routable unicast address (IPv4 or IPv6, after unwrapping IPv4)."""
    address = ipaddress.ip_address(address)
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return is_public_address(embedded)
    return not (
        not address.is_global
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or (address.version == 6 and address.is_site_local)
        or any(address in net for net in _EXTRA_BLOCKED)
    )


def is_allowed_host(host):
    """Hosts named in WEBHOOKS_ALLOWED_HOSTS (local development) skip the public-address rule."""
    allowed = {h.strip().lower().strip("[]") for h in settings.WEBHOOKS_ALLOWED_HOSTS if h.strip()}
    return host.lower() in allowed


def split_target(url):
    """``(scheme, host, port)`` of a webhook URL; ValueError when it is not http(s) with a host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL with a host")
    port = parts.port or (443 if scheme == "https" else 80)  # .port raises ValueError if bad
    return scheme, parts.hostname, port


def resolve(host, port):
    """Every address ``host`` resolves to, in the resolver's order (an IP literal: itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    addresses = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def vetted_addresses(host, port):
    """The addresses to connect to, all checked; RefusedTarget if any is not public.

    Every address is checked, not just the first: a name that resolves to one public and one
    private address is refused, so the connection cannot land on the private one.
    Raises OSError (socket.gaierror) when the name does not resolve.
    """
    addresses = resolve(host, port)
    if not addresses:
        raise OSError("no address")
    if not is_allowed_host(host) and not all(is_public_address(a) for a in addresses):
        raise RefusedTarget(host)
    return addresses


def validate_webhook_url(url):
    """Model-field validator: refuse URLs on, or resolving to, non-public addresses.

    A name that does not resolve yet is accepted (the receiver may not be live yet); the
    same check runs again before every delivery.
    """
    try:
        _scheme, host, port = split_target(url)
    except ValueError:
        raise ValidationError(_("Enter an http:// or https:// URL."), code="invalid") from None
    try:
        vetted_addresses(host, port)
    except RefusedTarget:
        raise ValidationError(PUBLIC_ADDRESS_ERROR, code="private_address") from None
    except (OSError, UnicodeError):
        return
