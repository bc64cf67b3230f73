"""Lighthouse on the main page types, served as in production, with the four category scores.

    .venv/bin/python scripts/lighthouse.py [--languages nl,ar] [--online] [--keep]

1. Makes a throwaway SQLite database (var/lighthouse.sqlite3) with the demo content, collects the
   static files, and starts gunicorn with production settings and the repository's gunicorn config
   (as `make serve` does; plain HTTP on 127.0.0.1, dummy reCAPTCHA keys: see benchmarks/servers.py).
2. Runs Lighthouse (node_modules/.bin/lighthouse, `make install` puts it there) with Debian's Chromium
   (CHROME_PATH, default /usr/bin/chromium) on the home page, a project page, the initiatives
   directory and the sign-up form, in each language asked for. Lighthouse's defaults: a mid-range
   phone on a throttled mobile connection, simulated. Google's reCAPTCHA script is blocked unless
   --online is given: this machine cannot reach Google.
3. Prints performance, accessibility, best practices and SEO per page, and under a score below its
   goal the audits that cost points. Reports (HTML and JSON) go to test-artifacts/lighthouse/.

Goals: accessibility, best practices and SEO 100; performance at least 95. Exit code 0 when every page
meets every goal, 1 otherwise. gunicorn is always stopped. Not part of `make test`: it takes minutes.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import servers  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "test-artifacts" / "lighthouse"
CATEGORIES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# The pages, per language: what the demo content has at these addresses.
PAGES = {
    "home": {"nl": "/nl/", "ar": "/ar/"},
    "project": {"nl": "/nl/projecten/refugee-on-board/", "ar": "/ar/projecten/refugee-on-board/"},
    "directory": {"nl": "/nl/bijzondere-initiatieven/", "ar": "/ar/bijzondere-initiatieven/"},
    "sign-up": {"nl": "/nl/aanmelden/", "ar": "/ar/sign-up-ar/"},
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
# Google's reCAPTCHA script on the form pages: this machine has no internet, so it cannot load. Blocked on
# purpose instead (Lighthouse does not count a request it blocked itself as a console error); --online
# lets it load, on a machine that can reach Google.
RECAPTCHA_URLS = ["https://www.google.com/recaptcha/*", "https://www.gstatic.com/recaptcha/*"]
RUN_TIMEOUT = 240  # seconds for one Lighthouse run
ATTEMPTS = 3


def run_lighthouse(url: str, output: Path, chrome: str, *, online: bool) -> dict:
    """One Lighthouse run; returns its JSON report (also written next to an HTML one)."""
    command = [
        str(LIGHTHOUSE),
        url,
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        "--output=html",
        f"--output-path={output}",
        "--quiet",
    ]
    if not online:
        command += [f"--blocked-url-patterns={pattern}" for pattern in RECAPTCHA_URLS]
    env = {**os.environ, "CHROME_PATH": chrome}
    report = output.with_name(f"{output.name}.report.json")
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
        if done.returncode == 0 and report.exists():
            return json.loads(report.read_text())
        # Now and then Chromium's trace misses the navigation (NO_NAVSTART); a second run records it.
        print(f"    attempt {attempt} failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}", flush=True)
    raise RuntimeError(f"lighthouse failed on {url}:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")


def scores(report: dict) -> dict[str, int]:
    return {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}


def lost_points(report: dict, category: str) -> list[str]:
    """The audits of a category that did not pass, worst first, with Lighthouse's short explanation."""
    audits = report["audits"]
    lost = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if audit["scoreDisplayMode"] in {"notApplicable", "informative", "manual"} or audit["score"] is None:
            continue
        if audit["score"] < 1:
            value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
            lost.append((audit["score"], f"{audit['id']}: {audit['title']}{value} — weight {ref['weight']}"))
            for item in (audit.get("details") or {}).get("items", [])[:3]:
                detail = item.get("description") or item.get("url") or item.get("source", {}).get("url")
                if detail:
                    lost.append((audit["score"], f"    {str(detail)[:160]}"))
    return [text for _score, text in lost]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="nl", help="comma-separated: nl, ar (default nl)")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway database afterwards")
    parser.add_argument("--online", action="store_true", help="let Google's reCAPTCHA script load (needs internet)")
    args = parser.parse_args()
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `make install` (it runs npm ci)", file=sys.stderr)
        return 2
    if not Path(chrome).exists():
        print(f"Chromium is missing at {chrome}: apt-get install chromium, or set CHROME_PATH", file=sys.stderr)
        return 2

    database = servers.VAR / "lighthouse.sqlite3"
    port = servers.free_port()
    base = f"http://127.0.0.1:{port}"
    env = servers.server_env(f"sqlite:///{database}", WAGTAILADMIN_BASE_URL=base)
    print(f"Throwaway database {database.relative_to(ROOT)} with the demo content (production settings)", flush=True)
    servers.prepare_database(env)
    print("  manage.py collectstatic", flush=True)
    servers.manage(env, "collectstatic", "--no-input", "--verbosity", "0")

    if REPORTS.exists():
        shutil.rmtree(REPORTS)
    REPORTS.mkdir(parents=True)
    results = []
    process = servers.start_gunicorn(env, port, servers.VAR / "lighthouse-gunicorn.log", workers=2, threads=4)
    try:
        servers.wait_until_up(process, base)
        print(f"gunicorn on {base}; Lighthouse with {chrome}\n", flush=True)
        for name, addresses in PAGES.items():
            for language in languages:
                path = addresses[language]
                started = time.monotonic()
                report = run_lighthouse(base + path, REPORTS / f"{name}-{language}", chrome, online=args.online)
                results.append((name, language, path, report))
                print(f"  {name} ({language}) {time.monotonic() - started:.0f} s", flush=True)
    finally:
        servers.stop_gunicorn(process)
        if not args.keep:
            for leftover in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
                leftover.unlink(missing_ok=True)

    print()
    header = f"{'page':<12} {'lang':<5} {'path':<36}" + "".join(f"{key:>16}" for key in CATEGORIES)
    print(header)
    print("-" * len(header))
    missed = []
    for name, language, path, report in results:
        page_scores = scores(report)
        print(f"{name:<12} {language:<5} {path:<36}" + "".join(f"{page_scores[key]:>16}" for key in CATEGORIES))
        for key, goal in CATEGORIES.items():
            if page_scores[key] < goal:
                missed.append((name, language, key, page_scores[key], goal, lost_points(report, key)))
    print(f"\nGoals: performance ≥ {CATEGORIES['performance']}, the other three 100.")
    print(f"Reports (HTML and JSON): {REPORTS.relative_to(ROOT)}/")
    if not args.online:
        print("Google's reCAPTCHA script was blocked (no internet here): the sign-up form is measured without it.")
    for name, language, key, score, goal, lost in missed:
        print(f"\n{name} ({language}) {key} {score} < {goal}:")
        for line in lost:
            print(f"  {line}")
    print("\nEvery goal met." if not missed else f"\n{len(missed)} goal(s) missed.")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
