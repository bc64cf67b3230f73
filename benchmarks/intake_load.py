"""Load test of the public intake forms: does every accepted submission reach the database?

A form sent by a refugee or a volunteer must never be lost, also not when many arrive at
once (a class filling in the sign-up form together, a link shared in a group chat). This
script starts the real site under gunicorn (4 workers x 8 threads) on a throwaway database,
fires many valid contact-form posts at exactly the same moment and then counts, straight in
the database, which of them were saved.

    .venv/bin/python benchmarks/intake_load.py [--db sqlite|postgres|both] [--submissions 200] [--concurrency 200]

For each database it
  1. prepares a throwaway database: SQLite in var/bench-intake.sqlite3, or the PostgreSQL
     database onboard_bench on postgres://postgres@127.0.0.1:5432 (dropped and created again),
     both passed as DATABASE_URL (dj-database-url reads sqlite:/// URLs too, and the settings
     still add WAL, IMMEDIATE and the busy timeout), then runs `manage.py migrate` and
     `manage.py load_demo` against it;
  2. starts gunicorn on a free port (log in var/bench-intake-<db>.log);
  3. lets every thread open the Dutch contact form (/nl/contact/vraag-stellen/) with its own
     cookie jar for the CSRF token, waits at a barrier and then posts a valid form with a unique
     message, a correctly signed start time with a one-time token of its own (a form is good for
     one submission) and an empty honeypot;
  4. counts the saved submissions carrying one of the sent messages and prints a table.

Goal: 0 lost (accepted with a 302 but not saved) and 0 server errors (5xx). The exit code
is 0 when the goal is met for every database, 1 otherwise. gunicorn is always stopped.
Only synthetic test data is sent ("Bench Tester 17", bench-17@example.org).
"""

import argparse
import http.cookiejar
import math
import queue
import re
import secrets
import signal
import sqlite3
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from django.core import signing

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import servers  # noqa: E402
from benchmarks.servers import PG_SERVER, VAR  # noqa: E402

SQLITE_FILE = VAR / "bench-intake.sqlite3"
PG_DATABASE = "onboard_bench"

FORM_PATH = "/nl/contact/vraag-stellen/"
TIMESTAMP_SALT = "intake.form-started"  # intake.forms.TIMESTAMP_SALT
STARTED_AGO = 30  # seconds; the server refuses forms younger than INTAKE_MIN_FILL_SECONDS (3 s)
REQUEST_TIMEOUT = 120  # seconds for one request
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken"\s+value="([^"]+)"')


@dataclass
class Outcome:
    """What happened to one post."""

    message: str
    status: int | None = None
    seconds: float | None = None
    error: str | None = None


@dataclass
class Result:
    """One database's run, ready for the table."""

    database: str
    outcomes: list[Outcome]
    saved: set[str]
    wall: float
    log: Path
    log_findings: Counter = field(default_factory=Counter)

    @property
    def sent(self) -> int:
        return len(self.outcomes)

    @property
    def accepted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == 302]

    @property
    def server_errors(self) -> int:
        return sum(1 for o in self.outcomes if o.status is not None and o.status >= 500)

    @property
    def other_statuses(self) -> Counter:
        return Counter(o.status for o in self.outcomes if o.status is not None and o.status != 302 and o.status < 500)

    @property
    def exceptions(self) -> Counter:
        return Counter(o.error for o in self.outcomes if o.status is None)

    @property
    def saved_count(self) -> int:
        return len(self.saved)

    @property
    def lost(self) -> int:
        """Accepted with a 302, so the person saw "thank you", yet not in the database."""
        return sum(1 for o in self.accepted if o.message not in self.saved)

    @property
    def saved_without_302(self) -> int:
        return sum(1 for o in self.outcomes if o.status != 302 and o.message in self.saved)

    @property
    def goal_met(self) -> bool:
        return self.lost == 0 and self.server_errors == 0


# --- The database ---


def server_env(database: str, secret_key: str) -> dict[str, str]:
    """Development settings with DEBUG off: no reCAPTCHA round trip, no rate limit in the way."""
    url = f"sqlite:///{SQLITE_FILE}" if database == "sqlite" else f"{PG_SERVER}/{PG_DATABASE}"
    return servers.server_env(url, production=False, SECRET_KEY=secret_key, INTAKE_RATE_LIMIT="100000/m")


def saved_messages(database: str, sent: set[str]) -> set[str]:
    """The sent messages found in saved submissions, read straight from the database."""
    if database == "sqlite":
        with sqlite3.connect(SQLITE_FILE, timeout=30) as connection:
            rows = connection.execute("SELECT json_extract(data, '$.message') FROM intake_submission").fetchall()
    else:
        with psycopg.connect(f"{PG_SERVER}/{PG_DATABASE}") as connection:
            rows = connection.execute("SELECT data->>'message' FROM intake_submission").fetchall()
    found = [row[0] for row in rows if row[0] in sent]
    if len(found) != len(set(found)):
        print(f"  note: {len(found) - len(set(found))} messages were saved more than once", flush=True)
    return set(found)


# --- The clients ---


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 302 is the answer we measure, not something to follow."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def new_client() -> urllib.request.OpenerDirector:
    """A browser of its own: its own cookie jar, redirects not followed."""
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())


def open_form(client: urllib.request.OpenerDirector, url: str) -> str:
    """GET the form; the csrftoken cookie lands in the client's jar. Returns the hidden CSRF token."""
    with client.open(url, timeout=REQUEST_TIMEOUT) as response:
        page = response.read().decode()
    match = CSRF_INPUT.search(page)
    if response.status != 200 or not match or 'name="message"' not in page:
        raise RuntimeError(f"{url} answered {response.status} without the contact form")
    return match.group(1)


def form_data(number: int, message: str, csrf_token: str, started: str) -> bytes:
    return urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": csrf_token,
            "started": started,
            "fax_number": "",
            "g-recaptcha-response": "",
            "name": f"Bench Tester {number}",
            "email": f"bench-{number}@example.org",
            "topic": "general",
            "message": message,
            "consent": "on",
        }
    ).encode()


def post(client: urllib.request.OpenerDirector, url: str, data: bytes, outcome: Outcome) -> None:
    request = urllib.request.Request(url, data=data, headers={"Referer": url})
    began = time.perf_counter()
    try:
        with client.open(request, timeout=REQUEST_TIMEOUT) as response:
            response.read()
            outcome.status = response.status
    except urllib.error.HTTPError as error:  # 302 (not followed), 4xx and 5xx
        error.read()
        outcome.status = error.code
    except Exception as error:  # refused, reset, timed out: the person got no answer
        outcome.error = type(error).__name__
    outcome.seconds = time.perf_counter() - began


def fire(url: str, messages: list[str], concurrency: int, secret_key: str) -> tuple[list[Outcome], float]:
    """Every thread opens the form, then all post at the same moment. Returns outcomes and wall time."""
    outcomes = [Outcome(message) for message in messages]
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for number in range(len(messages)):
        todo.put(number)
    threads = min(concurrency, len(messages))
    barrier = threading.Barrier(threads + 1)  # + the main thread, which starts the clock
    interrupted = threading.Event()
    signer = signing.TimestampSigner(key=secret_key, salt=TIMESTAMP_SALT, fallback_keys=[])

    def worker() -> None:
        client = new_client()
        failure = ""
        try:
            token: str | None = open_form(client, url)
        except Exception as error:
            token, failure = None, f"GET form: {type(error).__name__}"
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            return
        while not interrupted.is_set():
            try:
                number = todo.get_nowait()
            except queue.Empty:
                return
            outcome = outcomes[number]
            if token is None:
                outcome.error = failure
                continue
            # A start time and one-time token of its own for every post: a form is good for one submission.
            started = signer.sign(f"{int(time.time()) - STARTED_AGO}:{secrets.token_urlsafe(16)}")
            post(client, url, form_data(number, outcome.message, token, started), outcome)

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    try:
        barrier.wait()
        began = time.perf_counter()
        for thread in pool:
            while thread.is_alive():
                thread.join(timeout=0.5)  # short joins keep Ctrl-C working
    except BaseException:  # Ctrl-C: no new posts, so gunicorn can stop quickly
        interrupted.set()
        barrier.abort()
        raise
    return outcomes, time.perf_counter() - began


# --- One database ---


def scan_log(log: Path) -> Counter:
    """Lines in gunicorn's log that explain failures; counted, not printed (they may hold answers)."""
    patterns = {
        "database is locked": "database is locked",
        "Traceback": "Traceback",
        "[CRITICAL] WORKER TIMEOUT": "WORKER TIMEOUT",
        "Internal Server Error": "Internal Server Error",
        "OperationalError": "OperationalError",
        "IntegrityError": "IntegrityError",
        "too many clients": "too many clients",
    }
    found: Counter = Counter()
    for line in log.read_text(errors="replace").splitlines():
        for needle, label in patterns.items():
            if needle in line:
                found[label] += 1
    return found


def run(database: str, submissions: int, concurrency: int) -> Result:
    print(f"\n== {database} ==", flush=True)
    VAR.mkdir(exist_ok=True)
    secret_key = secrets.token_urlsafe(50)
    env = server_env(database, secret_key)
    servers.prepare_database(env)

    port = servers.free_port()
    base = f"http://127.0.0.1:{port}"
    log = VAR / f"bench-intake-{database}.log"
    process = servers.start_gunicorn(env, port, log)
    try:
        servers.wait_until_up(process, base)
        url = base + FORM_PATH
        open_form(new_client(), url)  # the demo's Dutch contact form is there
        run_id = secrets.token_hex(4)
        messages = [f"Load test {run_id}, question {number}: is this saved?" for number in range(submissions)]
        print(f"  {submissions} posts to {FORM_PATH} with {min(concurrency, submissions)} threads", flush=True)
        outcomes, wall = fire(url, messages, concurrency, secret_key)
    finally:
        servers.stop_gunicorn(process)
    return Result(database, outcomes, saved_messages(database, set(messages)), wall, log, scan_log(log))


# --- Report ---


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile; NaN when there is nothing to measure."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def print_table(results: list[Result]) -> None:
    head = (
        "database",
        "sent",
        "302",
        "5xx",
        "other",
        "exceptions",
        "saved",
        "LOST",
        "sent-saved",
        "wall s",
        "subm/s",
        "p50 ms",
        "p99 ms",
    )
    rows = [head]
    for r in results:
        times = [o.seconds * 1000 for o in r.outcomes if o.status is not None and o.seconds is not None]
        rows.append(
            (
                r.database,
                str(r.sent),
                str(len(r.accepted)),
                str(r.server_errors),
                str(sum(r.other_statuses.values())),
                str(sum(r.exceptions.values())),
                str(r.saved_count),
                str(r.lost),
                str(r.sent - r.saved_count),
                f"{r.wall:.2f}",
                f"{r.sent / r.wall:.1f}" if r.wall else "-",
                f"{statistics.median(times):.0f}" if times else "-",
                f"{percentile(times, 0.99):.0f}" if times else "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]

    def line(cells: tuple[str, ...]) -> str:
        # the database name left-aligned, the numbers right-aligned
        padded = [cell.rjust(width) for cell, width in zip(cells, widths, strict=True)]
        padded[0] = cells[0].ljust(widths[0])
        return "  ".join(padded)

    print()
    print(line(rows[0]))
    print("  ".join("-" * width for width in widths))
    for row in rows[1:]:
        print(line(row))
    for r in results:
        details = []
        if r.other_statuses:
            details.append("other statuses " + ", ".join(f"{s}: {n}" for s, n in sorted(r.other_statuses.items())))
        if r.exceptions:
            details.append("exceptions " + ", ".join(f"{e}: {n}" for e, n in r.exceptions.most_common()))
        if r.saved_without_302:
            details.append(f"saved without a 302: {r.saved_without_302}")
        if r.log_findings:
            details.append("log " + ", ".join(f'"{k}" x{n}' for k, n in r.log_findings.most_common()))
        summary = "; ".join(details) if details else "nothing unusual"
        print(f"{r.database}: {summary} (log: {r.log.relative_to(ROOT)})")
    met = all(r.goal_met for r in results)
    print(f"\ngoal: 0 lost, 0 server errors — {'MET' if met else 'NOT MET'}")
    if met and any(r.exceptions or r.other_statuses for r in results):
        print("note: some posts got no 302 (see above): the goal counts lost and 5xx only")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--submissions", type=int, default=200, help="posts per database (default 200)")
    parser.add_argument("--concurrency", type=int, default=200, help="threads posting at once (default 200)")
    args = parser.parse_args(argv)
    if args.submissions < 1 or args.concurrency < 1:
        parser.error("--submissions and --concurrency must be at least 1")
    return args


def stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # runs the finally blocks, so gunicorn is stopped


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results = []
    try:
        for database in databases:
            results.append(run(database, args.submissions, args.concurrency))
    except KeyboardInterrupt:
        print("\ninterrupted; gunicorn is stopped", file=sys.stderr)
        return 130
    print_table(results)
    return 0 if all(r.goal_met for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
