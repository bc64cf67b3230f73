"""What the in-process benchmarks share: output, a request that must succeed, percentiles.

Imports nothing of Django's, so a script can use it before django.setup().
"""

import sys
import time


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def get(client, address: str):
    """A 200 answer, or the run stops naming the status only: a page's content is not printed (it may be personal)."""
    response = client.get(address)
    if response.status_code != 200:
        raise SystemExit(f"{address} answered {response.status_code}")
    return response


def percentile(values: list[float], fraction: float) -> float:
    """The value at ``fraction`` (0.99 for p99) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def time_requests(client, address: str, *, warmup: int, requests: int) -> tuple[list[float], object]:
    """Milliseconds of each of ``requests`` timed requests after ``warmup`` untimed ones, and the last response."""
    for _ in range(warmup):
        get(client, address)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = get(client, address)
        timings.append((time.perf_counter() - started) * 1000)
    return timings, response
