"""The embedded SQLite settings let concurrent writers wait their turn instead of failing.

DESIGN.md: with default settings, or WAL alone, most concurrent writers get
"database is locked"; IMMEDIATE transactions, WAL and a busy timeout fix it.
"""

import threading

from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper

WRITERS = 8
WRITES_EACH = 25


def sqlite_connection(path, options) -> DatabaseWrapper:
    config = {**settings.DATABASES["default"], "ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}
    config["OPTIONS"] = options
    config.setdefault("TIME_ZONE", None)
    config.setdefault("CONN_MAX_AGE", 0)
    config.setdefault("CONN_HEALTH_CHECKS", False)
    config.setdefault("AUTOCOMMIT", True)
    config.setdefault("ATOMIC_REQUESTS", False)
    return DatabaseWrapper(config, alias=f"concurrency-{threading.get_ident()}")


def hammer(path, options) -> tuple[int, list[str]]:
    setup = sqlite_connection(path, options)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS hit (id INTEGER PRIMARY KEY, writer INTEGER)")
    setup.close()
    errors: list[str] = []

    def write(writer: int) -> None:
        connection = sqlite_connection(path, options)
        try:
            for _ in range(WRITES_EACH):
                with connection.cursor() as cursor:
                    connection.set_autocommit(False)
                    cursor.execute("SELECT COUNT(*) FROM hit")
                    cursor.execute("INSERT INTO hit (writer) VALUES (%s)", [writer])
                    connection.commit()
                    connection.set_autocommit(True)
        except Exception as error:  # noqa: BLE001 - the test counts every failure
            errors.append(str(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check = sqlite_connection(path, options)
    with check.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM hit")
        rows = cursor.fetchone()[0]
    check.close()
    return rows, errors


def test_project_sqlite_options_lose_no_concurrent_write(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():
        rows, errors = hammer(tmp_path / "busy.sqlite3", settings.SQLITE_OPTIONS)

    assert errors == []
    assert rows == WRITERS * WRITES_EACH
