"""The API's request budget is per client, also when the requests of several clients are
answered at the same moment by the threads of one server process, sharing one throttle."""

import time
from concurrent.futures import ThreadPoolExecutor

from django.core.cache import cache

from broadsheet.api.throttling import ClientRateThrottle
from broadsheet.api.views import api

CLIENTS = 8
BUDGET = 4


class SlowCache:
    """The cache, answering reads after a moment as Redis does over a network, so that the
    threads interleave between reading a client's history and writing it back."""

    def get(self, *args, **kwargs):
        time.sleep(0.01)
        return cache.get(*args, **kwargs)

    def set(self, *args, **kwargs):
        return cache.set(*args, **kwargs)


def test_the_api_shares_one_throttle_between_requests():
    (throttle,) = api.throttle
    assert isinstance(throttle, ClientRateThrottle)


def test_budgets_stay_per_client_when_clients_arrive_together(rf, settings, monkeypatch):
    settings.API_RATE_LIMIT = f"{BUDGET}/m"
    monkeypatch.setattr(ClientRateThrottle, "cache", SlowCache())
    throttle = ClientRateThrottle()

    def one_client(n):
        request = rf.get("/api/v1/editions", REMOTE_ADDR=f"10.0.0.{n}")
        answers = [throttle.allow_request(request) for _ in range(BUDGET + 1)]
        wait = throttle.wait()  # what ninja sends as Retry-After, right after the refusal
        return answers, wait is not None and 0 < wait <= 60

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(one_client, range(1, CLIENTS + 1)))

    assert results == [([True] * BUDGET + [False], True)] * CLIENTS


def test_a_new_x_forwarded_for_per_request_spends_one_budget(client, home, settings):
    settings.API_RATE_LIMIT = f"{BUDGET}/m"
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        client.get("/api/v1/editions", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(BUDGET + 2)
    ]
    assert statuses == [200] * BUDGET + [429, 429]


def test_behind_a_trusted_proxy_each_reader_has_a_budget(client, home, settings):
    settings.API_RATE_LIMIT = f"{BUDGET}/m"
    settings.TRUSTED_PROXY_COUNT = 1

    def get(reader, spoofed="6.6.6.6"):
        return client.get(
            "/api/v1/editions", HTTP_X_FORWARDED_FOR=f"{spoofed}, 198.51.100.{reader}"
        ).status_code

    assert [get(1, spoofed=f"192.0.2.{n}") for n in range(BUDGET + 1)] == [200] * BUDGET + [429]
    assert get(2) == 200  # another reader behind the same proxy is not refused
