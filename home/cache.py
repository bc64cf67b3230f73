"""A Redis cache that shrugs when Redis is down: every call becomes a cache miss.

Django's Redis backend raises on every call while Redis is unreachable, and
Wagtail reads the cache on every page (site root paths): one lost Redis would
take the whole site down. With this backend pages get slower instead, the rate
limit lets people through, and a warning is logged.

It also keeps one Redis client per connection pool: Django's backend makes a new
client for every call, and each new client builds its table of some two hundred
response handlers (about a tenth of a millisecond, several times a page).
"""

import logging

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)
DOWN = (RedisConnectionError, RedisTimeoutError, OSError)


def tolerant(fallback):
    def decorate(method):
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except DOWN as error:
                logger.warning("cache unavailable (%s): %s treated as a miss", type(error).__name__, method.__name__)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        wrapper.__name__ = method.__name__
        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


class ReusedClient(RedisCacheClient):
    """A client per pool, made once: a client holds no connection of its own, so threads can share it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient

    get = tolerant(_default)(RedisCache.get)
    get_many = tolerant({})(RedisCache.get_many)
    set = tolerant(None)(RedisCache.set)
    set_many = tolerant([])(RedisCache.set_many)
    add = tolerant(False)(RedisCache.add)
    touch = tolerant(False)(RedisCache.touch)
    delete = tolerant(False)(RedisCache.delete)
    delete_many = tolerant(None)(RedisCache.delete_many)
    has_key = tolerant(False)(RedisCache.has_key)
    incr = tolerant(None)(RedisCache.incr)
    clear = tolerant(None)(RedisCache.clear)
