"""Requests per second and latency of every public page type, with wrk, against gunicorn in production mode.

    .venv/bin/python benchmarks/pages.py [--seconds 10] [--connections 8] [--workers 3]

Needs wrk (Debian: apt-get install wrk). Starts the site with production settings on a
throwaway PostgreSQL database (onboard_bench_pages, demo content) and Redis database 8,
twice: first with the page cache off (PAGE_CACHE_SECONDS=0), then on. In each run it
measures every public page type and, as the ceiling, a static file served by whitenoise.
Goals, as ratios to the static file of the same run: every public page uncached >= 3 %,
cached >= 50 % (form pages and search are never cached: only the first goal applies).
Writes the table and the machine's description to benchmarks/RESULTS.md; exit code 1
when a goal is missed.
"""

import argparse
import os
import platform
import re
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import servers  # noqa: E402

DATABASE = "onboard_bench_pages"
REDIS_URL = "redis://127.0.0.1:6379/8"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
UNCACHED_GOAL = 0.03
CACHED_GOAL = 0.50
# (page type, address, kept in the page cache)
PAGES = [
    ("home", "/nl/", True),
    ("home, Arabic (untranslated alias)", "/ar/", True),
    ("standard page", "/nl/over-ons/", True),
    ("project index", "/nl/projecten/", True),
    ("project page", "/nl/projecten/refugee-on-board/", True),
    ("yearly results", "/nl/projecten/refugee-on-board/2019/", True),
    ("news index", "/nl/nieuws/", True),
    ("news item", "/nl/nieuws/magazine-lessen-uit-twee-projecten/", True),
    ("initiatives directory", "/nl/bijzondere-initiatieven/", True),
    ("directory, 1 filter", "/nl/bijzondere-initiatieven/?focus=work-and-entrepreneurship", False),
    ("initiative page", "/nl/bijzondere-initiatieven/vip/", True),
    ("sign-up form", "/nl/aanmelden/", False),
    ("search", "/nl/search/?q=werk", False),
]


@dataclass
class Measure:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def wrk(url: str, seconds: int, connections: int) -> Measure:
    done = subprocess.run(
        ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    )
    out = done.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\s*:?\s*(\d+)", out))
    return Measure(rps, latency(out, "50%"), latency(out, "99%"), errors)


def latency(out: str, share: str) -> float:
    value, unit = re.search(rf"^\s+{share}\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def static_url(base: str) -> str:
    """The site's stylesheet under its hashed name, as pages link it."""
    with urllib.request.urlopen(base + "/nl/", timeout=30) as response:  # noqa: S310 (our own server)
        html = response.read().decode()
    return base + re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1)


def x_cache(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
        return response.headers.get("X-Cache", "-")


def measure_run(env: dict, label: str, options: argparse.Namespace) -> tuple[Measure, dict[str, Measure]]:
    redis.Redis.from_url(REDIS_URL).flushdb()
    log = servers.VAR / f"bench-pages-{label}.log"
    with servers.gunicorn(env, log, workers=options.workers, threads=1) as base:
        static = static_url(base)
        results = {}
        for name, path, _cached in PAGES:
            x_cache(base + path)  # warm up: the first request fills the page cache (when it is on)
            print(f"  {label:8} {name:38} X-Cache {x_cache(base + path):5}", end=" ", flush=True)
            results[name] = wrk(base + path, options.seconds, options.connections)
            print(f"{results[name].requests_per_second:9.1f} req/s", flush=True)
        ceiling = wrk(static, options.seconds, options.connections)
        print(
            f"  {label:8} {'static file (whitenoise)':38} {'':13}{ceiling.requests_per_second:9.1f} req/s", flush=True
        )
    return ceiling, results


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    postgres = subprocess.run(["psql", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    redis_version = redis.Redis.from_url(REDIS_URL).info()["redis_version"]
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory_kb / 1024 / 1024:.0f} GiB; {platform.platform()}; "
        f"Python {platform.python_version()}; {postgres}; Redis {redis_version}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per address")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument(
        "--workers", type=int, default=3, help="gunicorn worker processes (default 3, as config/gunicorn.conf.py)"
    )
    options = parser.parse_args()

    env = servers.server_env(servers.postgres_url(DATABASE), redis_url=REDIS_URL)
    print(f"database {DATABASE} on PostgreSQL, cache {REDIS_URL}", flush=True)
    servers.prepare_database(env)
    servers.manage(env, "collectstatic", "--no-input", "--verbosity", "0")

    static_off, uncached = measure_run({**env, "PAGE_CACHE_SECONDS": "0"}, "uncached", options)
    static_on, cached = measure_run(env, "cached", options)

    rows, missed = [], []
    for name, path, cacheable in PAGES:
        off, on = uncached[name], cached[name]
        off_ratio = off.requests_per_second / static_off.requests_per_second
        on_ratio = on.requests_per_second / static_on.requests_per_second
        if off_ratio < UNCACHED_GOAL:
            missed.append(f"{name} uncached")
        if cacheable and on_ratio < CACHED_GOAL:
            missed.append(f"{name} cached")
        if off.errors or on.errors:
            missed.append(f"{name}: non-2xx responses or timeouts")
        rows.append(
            f"| {name} | `{path}` | {off.requests_per_second:,.0f} | {off.p50_ms:.1f} | {off.p99_ms:.1f} | "
            f"{off_ratio:.1%} | "
            + (
                f"{on.requests_per_second:,.0f} | {on.p50_ms:.1f} | {on.p99_ms:.1f} | {on_ratio:.1%} |"
                if cacheable
                else "never cached | | | |"
            )
        )
    report = "\n".join(
        [
            "# Benchmark results",
            "",
            "Written by `.venv/bin/python benchmarks/pages.py` (wrk against gunicorn with production",
            "settings, PostgreSQL and Redis on the same machine; demo content). Goals, as ratios to the",
            f"static file of the same run: uncached >= {UNCACHED_GOAL:.0%}, cached >= {CACHED_GOAL:.0%}.",
            "",
            f"- machine: {machine()}",
            f"- gunicorn: {options.workers} sync workers; wrk: 2 threads, {options.connections} connections, "
            f"{options.seconds} s per address",
            f"- static file through whitenoise (the ceiling): {static_off.requests_per_second:,.0f} req/s in the "
            f"uncached run, {static_on.requests_per_second:,.0f} req/s in the cached run "
            f"(p50 {static_on.p50_ms:.1f} ms)",
            "",
            "| page type | address | uncached req/s | p50 ms | p99 ms | of static | cached req/s | p50 ms | p99 ms "
            "| of static |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
            *rows,
            "",
            "Every public page type renders with at most 12 SQL queries: tests/test_query_counts.py,",
            "tests/test_project_query_counts.py and tests/test_initiative_query_counts.py assert it.",
            "",
            f"Goals: {'all met' if not missed else 'MISSED: ' + ', '.join(missed)}.",
            "",
        ]
    )
    RESULTS.write_text(report)
    print("\n" + report)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
