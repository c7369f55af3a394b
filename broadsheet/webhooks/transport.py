"""The one HTTP request of a delivery: to an address vetted by ``targets``, never redirected.

The host name is resolved once, every address is checked, and the connection goes to a
checked address with the name in the Host header and in TLS (SNI and certificate), so a DNS
answer that changes between the check and the connection (DNS rebinding) cannot redirect it.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import HTTPError, TimeoutError

from .targets import RefusedTarget, split_target, vetted_addresses

USER_AGENT = "Broadsheet-Webhooks/2"
REFUSED = "refused: private address"


@dataclass
class Outcome:
    """What a try did: ``status`` is the HTTP status when one came back."""

    delivered: bool
    status: int | None = None
    error: str = ""
    retry: bool = True


def _host_header(host, port, scheme):
    name = f"[{host}]" if ":" in host else host
    default = 443 if scheme == "https" else 80
    return name if port == default else f"{name}:{port}"


def _pool(scheme, address, port, host, timeout):
    kwargs = {
        "host": str(address),
        "port": port,
        "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        "retries": False,
        "maxsize": 1,
    }
    if scheme == "https":
        return urllib3.HTTPSConnectionPool(
            **kwargs, cert_reqs="CERT_REQUIRED", server_hostname=host, assert_hostname=host
        )
    return urllib3.HTTPConnectionPool(**kwargs)


def post(url, body, headers):
    """POST ``body`` to ``url`` and say what happened, in words safe to show in the log.

    Errors never carry an address or a system message: the log must not tell an editor
    what is listening inside the network.
    """
    try:
        scheme, host, port = split_target(url)
        addresses = vetted_addresses(host, port)
    except RefusedTarget:
        return Outcome(False, error=REFUSED, retry=False)
    except ValueError:
        return Outcome(False, error="invalid URL", retry=False)
    except (OSError, UnicodeError):
        return Outcome(False, error="DNS lookup failed")
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {**headers, "Host": _host_header(host, port, scheme), "User-Agent": USER_AGENT}
    error = "connection failed"
    for address in addresses:
        pool = _pool(scheme, address, port, host, settings.WEBHOOK_TIMEOUT)
        try:
            response = pool.urlopen(
                "POST",
                path,
                body=body,
                headers=headers,
                redirect=False,
                retries=False,
                assert_same_host=False,
                preload_content=False,
            )
        except urllib3.exceptions.NewConnectionError:
            continue  # refused or unreachable: the next address of the name, as browsers do
        except TimeoutError:
            return Outcome(False, error="timed out")
        except urllib3.exceptions.SSLError:
            return Outcome(False, error="TLS handshake failed")
        except (HTTPError, OSError):
            return Outcome(False, error=error)
        finally:
            pool.close()
        status = response.status
        response.release_conn()
        if 200 <= status < 300:
            return Outcome(True, status=status)
        if 300 <= status < 400:
            return Outcome(False, status=status, error=f"redirect not followed (HTTP {status})")
        return Outcome(False, status=status, error=f"HTTP {status}")
    return Outcome(False, error=error)
