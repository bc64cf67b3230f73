"""Two app servers, one PostgreSQL, one Redis: shows that the site scales out the ordinary Django way.

    .venv/bin/python scripts/two_servers.py        (or: make two-servers)

Starts two gunicorn instances with production settings on different ports against one
throwaway PostgreSQL database (onboard_two_servers) and one Redis database (number 7,
emptied first), then checks, and prints, three things:

  1. a submission sent through server A appears in server B's triage queue;
  2. the forms' rate limit counts the posts to A and B together (INTAKE_RATE_LIMIT=5/m);
  3. a page published in the admin of server A shows at once through server B, although
     B had that page in its page cache (Chromium drives A's page editor).

Exit code 0 when all three hold. Both servers are always stopped.
"""

import re
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import servers  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/7"
DATABASE = "onboard_two_servers"
RATE = 5  # posts per minute and address, across all servers
FORM = "/nl/contact/vraag-stellen/"
PAGE = "/nl/over-ons/"
CHROMIUM = "/usr/bin/chromium"
MIN_FILL_SECONDS = 3.5  # the forms refuse to be sent faster than INTAKE_MIN_FILL_SECONDS (3 s)
REFERENCE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b")


class Client:
    """A visitor with one cookie jar for both servers (cookies belong to the host, not the port).

    The cookies are sent whatever their Secure flag: production mode without TLS on
    127.0.0.1, as an operator tries it locally.
    """

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, url: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers=headers or {})  # noqa: S310 (http URLs of our servers)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read().decode()

    def form(self, url: str) -> dict:
        """The hidden fields of the form at `url` (CSRF token, start time, honeypot)."""
        _status, _headers, html = self.request(url)
        return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def check(label: str, ok: bool, detail: str) -> bool:
    print(f"  [{'ok' if ok else 'FAILED'}] {label}: {detail}", flush=True)
    return ok


def create_users(env: dict) -> None:
    servers.manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User;"
        "User.objects.create_superuser('admin', 'admin@example.org', 'two-servers');"
        "staff = User.objects.create_user('intake', 'intake@example.org', 'two-servers');"
        "staff.groups.add(Group.objects.get(name='Intake staff'))",
    )


def page_id(env: dict, url_path: str) -> int:
    out = servers.manage(
        env, "shell", "-c", f"from wagtail.models import Page; print(Page.objects.get(url_path={url_path!r}).pk)"
    )
    return int(out.strip().splitlines()[-1])


def submission_crosses_servers(a: str, b: str) -> bool:
    visitor = Client()
    fields = visitor.form(a + FORM)
    time.sleep(MIN_FILL_SECONDS)
    answers = {**fields, "name": "Two Servers Test", "email": "two-servers@example.org"}
    answers |= {"topic": "general", "message": "Sent through server A.", "consent": "on"}
    status, headers, _html = visitor.request(a + FORM, answers)
    if status != 302:
        return check("submission through A", False, f"A answered {status}")
    _status, _headers, thanks = visitor.request(a + headers["Location"])
    found = REFERENCE.search(thanks)
    if not found:
        return check("submission through A", False, "no reference code on the thank-you page")
    reference = found.group()

    staff = Client()
    login = staff.form(b + "/admin/login/")
    staff.request(b + "/admin/login/", {**login, "username": "intake", "password": "two-servers"})
    status, _headers, queue = staff.request(b + "/admin/intake/queue/?q=" + reference)
    return check(
        "a submission through A is in B's queue",
        status == 200 and reference in queue,
        f"reference {reference}, B's queue answered {status} and {'lists' if reference in queue else 'lacks'} it",
    )


def rate_limit_is_shared(a: str, b: str) -> bool:
    """One submission went to A already; alternate A and B until the limit answers."""
    visitor = Client()
    statuses = []
    for number in range(RATE + 1):
        server = (b, a)[number % 2]
        fields = visitor.form(server + FORM)
        status, _headers, _html = visitor.request(server + FORM, {**fields, "message": ""})  # invalid on purpose
        statuses.append(("A" if server == a else "B", status))
    counted = [status for _server, status in statuses]
    # The first post of this check is the limit's second: posts 2..5 are answered, the sixth is refused.
    ok = counted[: RATE - 1] == [400] * (RATE - 1) and counted[RATE - 1] == 429
    sequence = ", ".join(f"{server} {status}" for server, status in statuses)
    return check(f"the rate limit of {RATE}/min counts A and B together", ok, sequence)


def publishing_reaches_the_other_server(a: str, b: str, env: dict) -> bool:
    from playwright.sync_api import sync_playwright

    visitor = Client()
    visitor.request(b + PAGE)
    _status, headers, _html = visitor.request(b + PAGE)
    cached_before = headers.get("X-Cache") == "HIT"
    new_title = f"Over ons ({secrets.token_hex(3)})"
    editor_url = a.replace("127.0.0.1", "localhost") + f"/admin/pages/{page_id(env, '/home/over-ons/')}/edit/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(editor_url)  # the login form first, then the editor
        page.fill("#id_username", "admin")
        page.fill("#id_password", "two-servers")
        page.click("button[type=submit]")
        page.fill("#id_title", new_title)
        publish = page.locator("button[name=action-publish]")
        if not publish.is_visible():  # "Publish" sits in the menu next to "Save draft"
            page.locator("footer [aria-label='More actions'], footer .w-dropdown__toggle").first.click()
        publish.click()
        page.wait_for_url("**/admin/pages/**", wait_until="load")
        browser.close()
    _status, headers, html = visitor.request(b + PAGE)
    return check(
        "a page published through A shows through B at once",
        cached_before and new_title in html,
        f"B had it cached: {cached_before}; after publishing, B answers {headers.get('X-Cache')} "
        f"with {'the new' if new_title in html else 'the OLD'} title",
    )


def main() -> int:
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = servers.server_env(servers.postgres_url(DATABASE), redis_url=REDIS_URL, INTAKE_RATE_LIMIT=f"{RATE}/m")
    print(f"database {DATABASE} on PostgreSQL, cache {REDIS_URL}", flush=True)
    servers.prepare_database(env)
    create_users(env)
    redis.Redis.from_url(REDIS_URL).flushdb()  # setting up counted nothing against the checks
    logs = servers.VAR / "two-servers"
    with servers.gunicorn(env, logs / "a.log", workers=2) as a, servers.gunicorn(env, logs / "b.log", workers=2) as b:
        print(f"server A {a}, server B {b} (logs in {logs.relative_to(servers.ROOT)}/)", flush=True)
        results = [
            submission_crosses_servers(a, b),
            rate_limit_is_shared(a, b),
            publishing_reaches_the_other_server(a, b, env),
        ]
    print("all three hold" if all(results) else "NOT all three hold", flush=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
