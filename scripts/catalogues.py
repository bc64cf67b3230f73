"""Compile and check the gettext catalogues without needing GNU msgfmt.

    python scripts/catalogues.py compile   # write every django.mo from its django.po
    python scripts/catalogues.py check     # complete, well-formed, up to date with the sources

"check" extracts the strings again with makemessages (which needs GNU gettext)
in a temporary copy of the project and compares them with the catalogues.
"""

import gettext
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
IGNORED = (".venv", "var", ".git", "node_modules", "__pycache__", "test-artifacts", ".pytest_cache", ".ruff_cache")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]*\}")


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django
    from django.conf import settings

    django.setup()
    return [code for code, _ in settings.LANGUAGES]


def catalogue(code: str, root: Path = ROOT) -> Path:
    return root / "locale" / code / "LC_MESSAGES" / "django.po"


def compile_all() -> int:
    for code in languages():
        po_path = catalogue(code)
        po = polib.pofile(str(po_path))
        mo_path = po_path.with_suffix(".mo")
        po.save_as_mofile(str(mo_path))
        with mo_path.open("rb") as handle:
            gettext.GNUTranslations(handle)  # raises if the file is unreadable
        print(f"compiled {mo_path.relative_to(ROOT)} ({len(po.translated_entries())} strings)")
    return 0


def problems_in(code: str, po: polib.POFile) -> list[str]:
    problems = []
    if "INTEGER" in po.metadata.get("Plural-Forms", "INTEGER"):
        problems.append(f"{code}: the Plural-Forms header is missing")
    for entry in po:
        if entry.obsolete:
            continue
        where = f"{code}: {entry.msgid[:60]!r}"
        if "fuzzy" in entry.flags:
            problems.append(f"{where} is marked fuzzy")
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not all(translations):
            problems.append(f"{where} is not translated")
            continue
        expected = set(PLACEHOLDER.findall(entry.msgid))
        for text in translations:
            if set(PLACEHOLDER.findall(text)) - expected - set(PLACEHOLDER.findall(entry.msgid_plural)):
                problems.append(f"{where} has a placeholder the source does not have")
            if not entry.msgid_plural and set(PLACEHOLDER.findall(text)) != expected:
                problems.append(f"{where} does not keep the placeholders {sorted(expected)}")
    return problems


def extracted_msgids(codes: list[str]) -> dict[str, set]:
    """Run makemessages in a throwaway copy of the project and read what it found."""
    if not shutil.which("xgettext"):
        sys.exit("check: GNU gettext is missing (apt-get install gettext)")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "project"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*IGNORED, "*.mo"))
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "--no-obsolete",
                "--ignore=.venv",
                "--ignore=var",
                *[f"--locale={code}" for code in codes],
            ],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        return {
            code: {(e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue(code, copy))) if not e.obsolete}
            for code in codes
        }


def check_all() -> int:
    codes = languages()
    problems = []
    catalogues = {}
    for code in codes:
        path = catalogue(code)
        if not path.exists():
            problems.append(f"{code}: {path.relative_to(ROOT)} is missing")
            continue
        catalogues[code] = polib.pofile(str(path))
        problems += problems_in(code, catalogues[code])
    for code, wanted in extracted_msgids(list(catalogues)).items():
        have = {(e.msgctxt, e.msgid) for e in catalogues[code] if not e.obsolete}
        for _ctx, msgid in sorted(wanted - have, key=str):
            problems.append(f"{code}: {msgid[:60]!r} is in the sources but not in the catalogue (make messages)")
        for _ctx, msgid in sorted(have - wanted, key=str):
            problems.append(f"{code}: {msgid[:60]!r} is in the catalogue but no longer in the sources")
    for problem in problems:
        print(problem)
    print(f"catalogues: {len(codes)} languages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "compile":
        sys.exit(compile_all())
    if command == "check":
        sys.exit(check_all())
    sys.exit(__doc__)
