"""A Redis cache that shrugs when Redis is down: every call becomes a cache miss.

Django's Redis backend raises on every call while Redis is unreachable, and
Wagtail reads the cache on every page (site root paths): one lost Redis would
take the whole site down. With this backend pages get slower instead, the rate
limit lets people through, and a warning is logged.
"""

import logging

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache

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


class TolerantRedisCache(RedisCache):
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
