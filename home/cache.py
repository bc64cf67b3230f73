"""The Redis client under django-redis: after Redis failed to answer, it is left alone for a moment.

django-redis (``IGNORE_EXCEPTIONS``) turns a Redis that is down, hanging or full into cache
misses, and the short socket timeouts in the settings bound what one call can wait. But a
request makes several cache calls (sessions, Wagtail's site root paths, the page cache, the
site settings, the rate limit), and against a Redis that accepts connections and never
answers each of them would wait the whole timeout again. This client pauses instead: once a
command fails to connect or times out, every command to the same server fails at once for
``PAUSE_SECONDS``, so a request pays one timeout at most, and Redis is tried again when the
pause is over. Errors Redis answers quickly (out of memory) cost nothing and pause nothing.
"""

import time

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

PAUSE_SECONDS = 5.0

# When each server may be tried again, by address: shared by every thread and client of the process.
paused_until: dict[tuple, float] = {}


class PausingRedis(Redis):
    def execute_command(self, *args, **options):
        kwargs = self.connection_pool.connection_kwargs
        server = (kwargs.get("host"), kwargs.get("port"), kwargs.get("path"))
        if time.monotonic() < paused_until.get(server, 0.0):
            raise RedisConnectionError("Redis did not answer a moment ago; not tried again yet")
        try:
            return super().execute_command(*args, **options)
        except (RedisConnectionError, RedisTimeoutError):
            paused_until[server] = time.monotonic() + PAUSE_SECONDS
            raise
