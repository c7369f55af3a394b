"""Typed, loud readers for settings that come from the environment."""

import ipaddress
import os
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None, *, required=False):
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if required:
        raise ImproperlyConfigured(f"{name} must be set in the environment.")
    return default


def env_bool(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}.") from None


def env_list(name, default=()):
    value = os.environ.get(name, "").strip()
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_networks(name):
    """A comma-separated list of IP addresses or CIDR networks, checked now, as text."""
    networks = []
    for item in env_list(name):
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list IP addresses or networks (10.0.0.0/8, 2001:db8::/32), "
                f"got {item!r}."
            ) from None
    return networks


def env_urls(name):
    """A comma-separated list of ``http(s)://host[:port]`` addresses, checked now."""
    urls = []
    for item in env_list(name):
        parsed = urlsplit(item)
        try:
            parsed.port  # noqa: B018 (raises on a malformed port)
        except ValueError:
            parsed = None
        if (
            parsed is None
            or parsed.scheme not in ("http", "https")
            or not parsed.hostname
            or parsed.path not in ("", "/")
            or parsed.query
            or parsed.username
        ):
            raise ImproperlyConfigured(
                f"{name} must list addresses like http://127.0.0.1:6081 (scheme, host and "
                f"port only), got {item!r}."
            )
        urls.append(item.rstrip("/"))
    return urls


SUPPORTED_DATABASE_ENGINES = {
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
}


def database_from_url(url, *, conn_max_age=600):
    """Parse DATABASE_URL into a Django DATABASES entry, or fail naming the variable."""
    try:
        config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is malformed ({exc}).") from None
    if config.get("ENGINE") not in SUPPORTED_DATABASE_ENGINES:
        raise ImproperlyConfigured(
            f"DATABASE_URL must be a sqlite:// or postgres:// URL, got scheme of {url!r}."
        )
    if config["ENGINE"].endswith("postgresql") and not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL is malformed (no database name).")
    if config["ENGINE"].endswith("sqlite3"):
        # SQLite connections are cheap; WAL lets readers and the worker share the file.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    return config


def base_url(value):
    """BASE_URL as ``scheme://host[:port]``, the one address every public URL is built on.

    Wagtail's Site holds a hostname and a port and derives the scheme from the port (443 is
    https, anything else http), so https must be on 443 and http on another port.
    """
    parsed = urlsplit(value.strip())
    try:
        port = parsed.port
    except ValueError:
        port = -1
    if (
        parsed.scheme not in ("http", "https")
        or not parsed.hostname
        or port == -1
        or parsed.path not in ("", "/")
        or parsed.query
        or parsed.fragment
        or parsed.username
    ):
        raise ImproperlyConfigured(
            f"BASE_URL must look like https://news.example.org or http://127.0.0.1:8000 "
            f"(scheme, host and port only), got {value!r}."
        )
    port = port or (443 if parsed.scheme == "https" else 80)
    if (parsed.scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            f"BASE_URL {value!r}: public addresses use https on port 443 or http on any "
            "other port (Wagtail's Site derives the scheme from the port)."
        )
    host = parsed.hostname
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    default_port = 443 if parsed.scheme == "https" else 80
    return f"{parsed.scheme}://{host}" + ("" if port == default_port else f":{port}")


EMAIL_URL_SCHEMES = {
    "smtp": (False, False),
    "smtp+tls": (True, False),
    "submission": (True, False),
    "smtps": (False, True),
    "smtp+ssl": (False, True),
}


def email_from_url(url):
    """EMAIL_URL (smtp://, smtp+tls://, smtps://, console://, locmem://) as Django settings."""
    parsed = urlsplit(url)
    scheme = parsed.scheme.lower()
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme not in EMAIL_URL_SCHEMES or not parsed.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp+tls://user:password@host:587 "
            "(schemes: smtp, smtp+tls, smtps, console, locmem)."
        )
    use_tls, use_ssl = EMAIL_URL_SCHEMES[scheme]
    try:
        port = parsed.port or (465 if use_ssl else 587 if use_tls else 25)
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL is malformed (bad port).") from None
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname,
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }


def email_from_env():
    """Email settings: EMAIL_URL, else EMAIL_HOST and friends, else the console backend."""
    url = env_str("EMAIL_URL")
    if url:
        return email_from_url(url)
    host = env_str("EMAIL_HOST")
    if not host:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    use_tls, use_ssl = env_bool("EMAIL_USE_TLS", False), env_bool("EMAIL_USE_SSL", False)
    if use_tls and use_ssl:
        raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": host,
        "EMAIL_PORT": env_int("EMAIL_PORT", 465 if use_ssl else 587 if use_tls else 25),
        "EMAIL_HOST_USER": env_str("EMAIL_HOST_USER", ""),
        "EMAIL_HOST_PASSWORD": env_str("EMAIL_HOST_PASSWORD", ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }


# Name readers use in SOCIAL_PROVIDERS -> allauth provider id.
SOCIAL_PROVIDERS = {
    "google": "google",
    "facebook": "facebook",
    "x": "twitter_oauth2",
    "vk": "vk",
    "telegram": "telegram",
}


def social_providers_from_env():
    """Apps and SOCIALACCOUNT_PROVIDERS for the providers listed in SOCIAL_PROVIDERS.

    Each one needs SOCIAL_<NAME>_CLIENT_ID and SOCIAL_<NAME>_SECRET; none is on by default.
    """
    apps, providers = [], {}
    for name in env_list("SOCIAL_PROVIDERS"):
        name = name.lower()
        if name not in SOCIAL_PROVIDERS:
            raise ImproperlyConfigured(
                f"SOCIAL_PROVIDERS: unknown provider {name!r} "
                f"(choose from {', '.join(sorted(SOCIAL_PROVIDERS))})."
            )
        prefix = f"SOCIAL_{name.upper()}_"
        client_id = env_str(prefix + "CLIENT_ID", required=True)
        secret = env_str(prefix + "SECRET", required=True)
        provider_id = SOCIAL_PROVIDERS[name]
        apps.append(f"allauth.socialaccount.providers.{provider_id}")
        providers[provider_id] = {"APPS": [{"client_id": client_id, "secret": secret, "key": ""}]}
    return apps, providers
