"""The shared Redis cache works, and when Redis is down every call is a miss instead of an error."""

import socket

from django.core.cache.backends.redis import RedisCache

from home.cache import TolerantRedisCache


def cache_at(url: str) -> TolerantRedisCache:
    return TolerantRedisCache(url, {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}})


def test_round_trip_on_the_real_redis():
    cache = cache_at("redis://127.0.0.1:6379/15")
    cache.set("onboard-test", {"a": 1}, 30)

    assert cache.get("onboard-test") == {"a": 1}
    assert cache.add("onboard-counter", 1, 30) in {True, False}
    assert cache.incr("onboard-counter") >= 2
    cache.delete_many(["onboard-test", "onboard-counter"])


def test_one_client_serves_every_call():
    """Django's backend makes a Redis client for every call; this backend keeps the first."""
    cache = cache_at("redis://127.0.0.1:6379/15")
    cache.set("onboard-test", "kept", 30)
    client = cache._cache.get_client(write=True)

    assert cache.get("onboard-test") == "kept"
    assert cache._cache.get_client() is client
    cache.delete("onboard-test")


def test_redis_down_is_a_miss():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cache = cache_at(f"redis://127.0.0.1:{port}/0")

    assert isinstance(cache, RedisCache)
    assert cache.get("x", "fallback") == "fallback"
    assert cache.set("x", 1) is None
    assert cache.add("x", 1) is False
    assert cache.incr("x") is None
    assert cache.get_many(["x"]) == {}
