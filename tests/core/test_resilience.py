"""The circuit breaker, and the Redis cache backend's fallbacks, on a server of its own."""

import time

import pytest
from django.core.cache import caches

from broadsheet.core.resilience import CircuitBreaker, RedisUnavailable, guarded, server_name


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def refused():
    raise ConnectionRefusedError


def test_breaker_skips_redis_for_the_cooldown_then_tries_once():
    clock = Clock()
    breaker = CircuitBreaker("test", cooldown=5, clock=clock)
    calls = []

    def answer():
        calls.append(clock.now)
        return "pong"

    with pytest.raises(RedisUnavailable):
        guarded(breaker, refused)
    assert breaker.is_open
    clock.now += 4.9
    with pytest.raises(RedisUnavailable):
        guarded(breaker, answer)
    assert calls == []  # skipped without calling
    clock.now += 0.2
    assert breaker.allow()  # the one trial
    assert not breaker.allow()  # others keep skipping while it runs
    breaker.succeeded()
    assert guarded(breaker, answer) == "pong"
    assert not breaker.is_open


def test_a_failed_trial_opens_the_breaker_for_another_cooldown():
    clock = Clock()
    breaker = CircuitBreaker("test", cooldown=5, clock=clock)
    with pytest.raises(RedisUnavailable):
        guarded(breaker, refused)
    clock.now += 5
    with pytest.raises(RedisUnavailable):
        guarded(breaker, refused)  # the trial
    clock.now += 4
    assert not breaker.allow()


def test_other_redis_errors_do_not_open_the_breaker():
    import redis

    breaker = CircuitBreaker("test", cooldown=5)

    def wrong_type():
        raise redis.ResponseError("WRONGTYPE")

    with pytest.raises(redis.ResponseError):
        guarded(breaker, wrong_type)
    assert not breaker.is_open


@pytest.mark.parametrize(
    "url, name",
    [
        ("redis://:secret@cache.internal:6380/3", "cache.internal:6380"),
        ("redis://127.0.0.1/0", "127.0.0.1:6379"),
        ("unix:///run/redis.sock?db=1", "/run/redis.sock"),
    ],
    ids=["credentials left out", "default port", "socket"],
)
def test_server_names_carry_no_credentials(url, name):
    assert server_name(url) == name


@pytest.mark.fault
def test_the_cache_acts_as_an_empty_cache_while_redis_is_away(redis_site):
    cache = caches["default"]
    cache.set("kept", "before")
    assert cache.get("kept") == "before"
    redis_site.pause()
    started = time.monotonic()
    assert cache.get("kept", "default") == "default"
    assert cache.get_many(["kept"]) == {}
    assert cache.add("lock", True) is True  # nothing there to refuse it
    cache.set("kept", "during")
    assert cache.has_key("kept") is False
    with pytest.raises(ValueError):
        cache.incr("counter")
    assert cache.ping() is False
    # One timeout, then skipped: far less than one timeout per call.
    assert time.monotonic() - started < 0.6
    redis_site.resume()
    time.sleep(1.1)
    # The write made while away was dropped, and the old value is not served in its place.
    assert cache.get("kept") is None
    cache.set("kept", "after")
    assert cache.get("kept") == "after"
    assert cache.ping() is True
