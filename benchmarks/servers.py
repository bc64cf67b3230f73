"""The real site under gunicorn, on a throwaway database, for the scripts that measure or demonstrate it.

Used by benchmarks/intake_load.py, benchmarks/pages.py and scripts/two_servers.py:
one place that knows how to make a database, which environment production mode needs
on this machine, and how to start and stop gunicorn without leaving processes behind.
"""

import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
STARTUP_TIMEOUT = 60  # seconds for gunicorn to answer


def sqlite_url(name: str) -> str:
    return f"sqlite:///{VAR / name}"


def postgres_url(name: str) -> str:
    return f"{PG_SERVER}/{name}"


def server_env(database_url: str, *, production: bool = True, redis_url: str = "", **extra: str) -> dict[str, str]:
    """The environment of manage.py and gunicorn: this database, never var/db.sqlite3.

    Production mode as an operator runs it locally: plain HTTP on 127.0.0.1 (no HTTPS
    redirect) and dummy reCAPTCHA keys, which fail quietly here (no internet) and leave
    submissions "unverified", as the site does when Google cannot be reached.
    """
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production" if production else "config.settings.dev",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "RECAPTCHA_PUBLIC_KEY": "benchmark-public-key" if production else "",
            "RECAPTCHA_PRIVATE_KEY": "benchmark-private-key" if production else "",
            "DATABASE_URL": database_url,
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


def manage(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(
        [str(PYTHON), "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {command[0]} failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")
    return done.stdout


def prepare_database(env: dict[str, str], *, demo: bool = True) -> None:
    """Empty the throwaway database of `env`, migrate it and load the demo content."""
    reset_database(env["DATABASE_URL"])
    for command in (["migrate", "--no-input"], ["load_demo"] if demo else None):
        if command:
            print(f"  manage.py {' '.join(command)}", flush=True)
            manage(env, *command)


def reset_database(url: str) -> None:
    """An empty throwaway database at `url`: the SQLite file removed, or the PostgreSQL database made anew."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    else:
        import psycopg
        from psycopg import sql

        server, name = url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            identifier = sql.Identifier(name)
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(identifier))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, log: Path, *, workers: int = 4, threads: int = 8):
    """gunicorn with the repository's config file, on 127.0.0.1:`port`, its output in `log`."""
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(workers)}
    command = [str(GUNICORN), "-c", "config/gunicorn.conf.py", "--threads", str(threads), "--timeout", "60"]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as log_file:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )


def wait_until_up(process: subprocess.Popen, base: str, path: str = "/robots.txt") -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped with exit code {process.returncode}; see its log")
        try:
            with urllib.request.urlopen(base + path, timeout=5) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within {STARTUP_TIMEOUT} s")


def stop_gunicorn(process: subprocess.Popen) -> None:
    """Graceful stop of the master (it stops its workers); the process group as a last resort."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=30)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):  # hanging, or a second Ctrl-C
        os.killpg(process.pid, signal.SIGKILL)  # the group of this gunicorn only (start_new_session)
        process.wait(timeout=10)


@contextmanager
def gunicorn(env: dict[str, str], log: Path, **options):
    """A running gunicorn for the `with` block: yields its base URL; always stopped afterwards."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start_gunicorn(env, port, log, **options)
    try:
        wait_until_up(process, base)
        yield base
    finally:
        stop_gunicorn(process)
