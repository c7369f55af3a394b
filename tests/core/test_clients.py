"""The client behind a request: X-Forwarded-For is believed only through trusted proxies."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from broadsheet.core.clients import client_ip, client_key
from broadsheet.settings.env import env_networks


def request_from(rf, remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.get("/", **extra)


@pytest.mark.parametrize(
    "count, remote, forwarded, expected",
    (
        (0, "203.0.113.7", None, "203.0.113.7"),
        (0, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        (1, "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        (1, "10.0.0.2", "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "10.0.0.2", "6.6.6.6, 198.51.100.1, 192.0.2.50", "198.51.100.1"),
        (2, "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        (1, "10.0.0.2", None, "10.0.0.2"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (1, "10.0.0.2", "198.51.100.1:5060", "198.51.100.1"),
        (1, "10.0.0.2", "[2001:db8::1]:443", "2001:db8::1"),
    ),
    ids=(
        "no proxy: the peer",
        "no proxy: a sent header is ignored",
        "one proxy: the address it saw",
        "one proxy: what the client prepended is ignored",
        "two proxies: the address the outer one saw",
        "fewer entries than proxies: the leftmost, written by a proxy",
        "one proxy, no header: the peer",
        "garbage from the proxy: the peer",
        "port stripped",
        "bracketed IPv6 with port",
    ),
)
def test_client_ip_by_proxy_count(rf, settings, count, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from(rf, remote, forwarded)) == expected


@pytest.mark.parametrize(
    "remote, forwarded, expected",
    (
        ("10.0.0.2", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.1.2.3", "198.51.100.1"),
        ("203.0.113.7", "198.51.100.1", "203.0.113.7"),
        ("10.0.0.2", None, "10.0.0.2"),
    ),
    ids=(
        "through a trusted proxy",
        "through two trusted hops, a spoofed entry ignored",
        "from an untrusted peer the header is ignored",
        "trusted peer without a header",
    ),
)
def test_client_ip_by_trusted_networks(rf, settings, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(request_from(rf, remote, forwarded)) == expected


def test_a_new_forwarded_address_per_request_is_not_a_new_client(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = []
    keys = {
        client_key(request_from(rf, "10.0.0.2", f"192.0.2.{n}, 198.51.100.1")) for n in range(50)
    }
    assert keys == {"198.51.100.1"}


def test_an_ipv6_client_is_keyed_by_its_64(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    one = client_key(request_from(rf, "2001:db8:1:2::1"))
    other = client_key(request_from(rf, "2001:db8:1:2:ffff::9"))
    assert one == other == "2001:db8:1:2::/64"
    assert client_key(request_from(rf, "::ffff:198.51.100.1")) == "198.51.100.1"


def test_no_address_is_an_empty_client(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from(rf, "")) == ""


def test_trusted_proxies_setting_is_checked(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::/32")
    assert env_networks("TRUSTED_PROXIES") == ["10.0.0.0/8", "2001:db8::/32"]
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal")
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        env_networks("TRUSTED_PROXIES")
