"""Times the triage queue in the admin with 100,000 submissions: server time, p50 and p99, and SQL queries.

    .venv/bin/python benchmarks/triage_queue.py [--db sqlite|postgres] [--count 100000] [--requests 50]

Uses a throwaway database: SQLite in var/bench-triage.sqlite3 (deleted first), or with
--db postgres the database onboard_bench_triage on postgres://postgres@127.0.0.1:5432
(dropped and created again; not onboard_bench, which benchmarks/intake_load.py drops);
never DATABASE_URL, which may hold real people's submissions. It migrates, loads the demo content, adds intake staff and
`manage.py generate_submissions`, and requests the queue through Django's test client
as a superuser (no network, no browser: the time the server spends).

The number of SQL queries of every list is counted with 100 submissions and again with
--count, to show it does not grow. Goal: p50 <= 300 ms for every list scenario, and no
list whose query count grows; the exit code is 1 when the goal is missed.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import servers  # noqa: E402
from benchmarks.measure import get, out, percentile, time_requests  # noqa: E402

VAR = ROOT / "var"
SQLITE_NAME = "bench-triage.sqlite3"
PG_DATABASE = "onboard_bench_triage"
QUEUE = "/admin/intake/queue/"
GOAL_MS = 300
SMALL = 100
STAFF = 5

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument(
    "--db", choices=["sqlite", "postgres"], default="sqlite", help="throwaway database (default sqlite)"
)
parser.add_argument("--count", type=int, default=100_000, help="submissions in the queue (default 100,000)")
parser.add_argument("--requests", type=int, default=50, help="timed requests per scenario (default 50)")
parser.add_argument("--warmup", type=int, default=5, help="untimed requests per scenario first (default 5)")
ARGS = parser.parse_args()

# The test settings: DEBUG off (no query logging), in-memory mail, tasks run at once.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
VAR.mkdir(exist_ok=True)
# Always a throwaway database: the run makes a superuser and synthetic submissions, and must never meet real ones.
DATABASE_URL = servers.sqlite_url(SQLITE_NAME) if ARGS.db == "sqlite" else servers.postgres_url(PG_DATABASE)
servers.reset_database(DATABASE_URL)
os.environ["DATABASE_URL"] = DATABASE_URL

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.users.models import UserProfile  # noqa: E402

from intake.management.commands.generate_submissions import synthetic_submissions  # noqa: E402

# (name, address, counts towards the goal); {reference} is filled in with an existing reference.
SCENARIOS = [
    ("unfiltered", QUEUE, True),
    ("status=new", f"{QUEUE}?status=new", True),
    ("kind=sign_up&locale=ar", f"{QUEUE}?kind=sign_up&locale=ar", True),
    ("age=overdue", f"{QUEUE}?age=overdue", True),
    ("q=<reference>", f"{QUEUE}?q={{reference}}", True),
    ("page 50", f"{QUEUE}?p=50", True),
    # The dashboard panel's "Unassigned" link: four statuses at once.
    (
        "unassigned (dashboard link)",
        f"{QUEUE}?assignee=none&status=new&status=in_review&status=contacted&status=accepted",
        True,
    ),
    ("dashboard /admin/", "/admin/", False),
]
RESULT_COUNT = re.compile(r"\b(\d[\d,]*) (?:submissions?|results?)\b")  # Wagtail's paginator and result count
DEVNULL = open(os.devnull, "w")  # noqa: SIM115


def prepare() -> Client:
    out(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=DEVNULL)
    User = get_user_model()
    staff = Group.objects.get(name="Intake staff")
    for number in range(1, STAFF + 1):
        user, _created = User.objects.get_or_create(
            username=f"bench-staff-{number}",
            defaults={"first_name": "Bench", "last_name": f"Staff {number}", "email": f"staff{number}@example.invalid"},
        )
        user.groups.add(staff)
    admin = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "bench-admin@example.invalid", None
    )
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"  # the admin in English, for the result counts read below
    profile.save()
    out(f"prepared in {time.perf_counter() - started:.0f} s")
    client = Client()
    client.force_login(admin)
    return client


def addresses() -> list[tuple[str, str, bool]]:
    reference = synthetic_submissions().order_by("pk").values_list("reference", flat=True).first()
    return [(name, address.format(reference=reference), goal) for name, address, goal in SCENARIOS]


def count_queries(client: Client) -> dict[str, int]:
    counted = {}
    for name, address, _goal in addresses():
        get(client, address)  # warm the caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            get(client, address)
        counted[name] = len(queries)
    return counted


def results_shown(response) -> str:
    match = RESULT_COUNT.search(re.sub(r"<[^>]+>", " ", response.content.decode()))
    return match.group(1) if match else "-"


def main() -> int:
    client = prepare()
    call_command("generate_submissions", SMALL, stdout=DEVNULL)
    small = count_queries(client)
    started = time.perf_counter()
    call_command("generate_submissions", ARGS.count - SMALL, seed=7, stdout=DEVNULL)
    total = synthetic_submissions().count()
    out(f"generated {total:,} submissions in {time.perf_counter() - started:.0f} s")
    large = count_queries(client)
    out(f"{ARGS.requests} requests per scenario after {ARGS.warmup} untimed ones\n")

    out(f"{'scenario':<30} {'results':>8} {'queries':>8} {'@' + format(SMALL, ','):>8} {'p50 ms':>8} {'p99 ms':>8}")
    goal_met = True
    for name, address, goal in addresses():
        timings, response = time_requests(client, address, warmup=ARGS.warmup, requests=ARGS.requests)
        p50, p99 = statistics.median(timings), percentile(timings, 0.99)
        grows = large[name] > small[name]
        marker = " *" if goal else ""
        flag = "  <- queries grow" if grows else ""
        out(
            f"{name + marker:<30} {results_shown(response):>8} {large[name]:>8} {small[name]:>8} "
            f"{p50:>8.1f} {p99:>8.1f}{flag}"
        )
        if goal and (p50 > GOAL_MS or grows):
            goal_met = False

    out(f"\nqueries: SQL queries per request with {total:,} submissions; @{SMALL}: the same with {SMALL}")
    out(f"* the goal: p50 <= {GOAL_MS} ms and no growing query count -> {'met' if goal_met else 'NOT met'}")
    return 0 if goal_met else 1


if __name__ == "__main__":
    sys.exit(main())
