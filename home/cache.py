"""The Redis client under django-redis: after Redis failed to answer, it is left alone for a moment.

django-redis (``IGNORE_EXCEPTIONS``) turns a Redis that is down, hanging or full into cache
misses, and the short socket timeouts in the settings bound what one call can wait. But a
request makes several cache calls (Wagtail's site root paths, the page cache, the
site settings, the rate limit), and against a Redis that accepts connections and never
answers each of them would wait the whole timeout again. This client pauses instead: once a
command fails to connect or times out, every command to the same server fails at once for
``PAUSE_SECONDS``, so a request pays one timeout at most, and Redis is tried again when the
pause is over. Errors Redis answers quickly (out of memory) cost nothing and pause nothing.

django-redis logs every error it ignores, with a traceback, to the logger named by
``DJANGO_REDIS_LOGGER`` (this module's). During an outage that is a traceback per cache call
(and an out-of-memory Redis starts no pause, so every call reaches it): a flood that buries
the rest of the log. django-redis has no knob to bound it, hence a filter on that logger: the
first error is logged, the next ones for ``PAUSE_SECONDS`` are only counted, and the count goes
with the next error logged after that. One process talks to one Redis, so one filter is enough.
"""

import logging
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


class FirstErrorOnly(logging.Filter):
    def __init__(self):
        super().__init__()
        self.quiet_until = 0.0
        self.left_out = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now < self.quiet_until:
            self.left_out += 1
            return False
        self.quiet_until = now + PAUSE_SECONDS
        if self.left_out:
            record.msg, record.args = f"{record.getMessage()} ({self.left_out} more left out before this one)", ()
            self.left_out = 0
        return True


ignored_errors = FirstErrorOnly()
logging.getLogger(__name__).addFilter(ignored_errors)
