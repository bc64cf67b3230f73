"""Times the initiatives directory with thousands of initiatives: server time, p50 and p99.

    .venv/bin/python benchmarks/directory.py [--count 5000] [--requests 300]

Uses its own database, var/benchmark.sqlite3 (or DATABASE_URL when set), migrates it,
adds synthetic initiatives until there are --count, then requests the directory through
Django's test client (no network, no browser: the time the server spends) with one
filter and with three filters. The goal is a median (p50) of at most 50 ms.
"""

import argparse
import os
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The test settings: DEBUG off (no query logging), in-memory mail, no HTTPS redirects.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
(ROOT / "var").mkdir(exist_ok=True)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'benchmark.sqlite3'}")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks.measure import out, percentile, time_requests  # noqa: E402
from initiatives.management.commands.generate_initiatives import synthetic_pages  # noqa: E402
from initiatives.models import InitiativeDirectoryPage  # noqa: E402

GOAL_MS = 50
SCENARIOS = [
    # (name, query string of the directory, counts towards the goal)
    ("1 filter", "focus=work-and-entrepreneurship", True),
    ("3 filters", "focus=work-and-entrepreneurship&region=zuid-holland&status=running", True),
    ("no filter", "", False),
    ("3 filters, A-Z, page 3", "focus=education&focus=language&region=utrecht&status=running&sort=title&page=3", False),
    ("search + 1 filter", "q=talent&focus=work-and-entrepreneurship", False),
]


COUNT = re.compile(r'role="status">\s*([\d.,]+)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=5000, help="initiatives in the directory (default 5000)")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per scenario (default 300)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per scenario first (default 20)")
    args = parser.parse_args()

    out(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    missing = args.count - synthetic_pages().count()
    if missing > 0:
        call_command("generate_initiatives", missing, stdout=open(os.devnull, "w"))  # noqa: SIM115
    directory = InitiativeDirectoryPage.objects.filter(locale__language_code="nl").first()
    total = synthetic_pages().count()
    url = directory.url
    out(f"directory: {url} with {total} initiatives; {args.requests} requests per scenario\n")

    client = Client()
    out(f"{'scenario':<26} {'results':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    goal_met = True
    addresses = [(name, f"{url}?{query}" if query else url, counts) for name, query, counts in SCENARIOS]
    # The home page costs what the page frame (menu, language switcher, footer) costs on every page.
    addresses.append(("home page (reference)", directory.get_parent().url, False))
    for name, address, counts in addresses:
        timings, response = time_requests(client, address, warmup=args.warmup, requests=args.requests)
        match = COUNT.search(response.content.decode())
        results = match.group(1) if match else "-"
        p50, p99 = statistics.median(timings), percentile(timings, 0.99)
        marker = " *" if counts else ""
        out(f"{name + marker:<26} {results:>8} {p50:>8.1f} {p99:>8.1f} {max(timings):>8.1f}")
        if counts and p50 > GOAL_MS:
            goal_met = False

    out(f"\n* the goal: p50 <= {GOAL_MS} ms with 1 and with 3 filters -> {'met' if goal_met else 'NOT met'}")
    return 0 if goal_met else 1


if __name__ == "__main__":
    sys.exit(main())
