"""Synthetic initiatives for benchmarks: never demo content, always marked "[synthetic]".

The pages are written in bulk, straight into the tree (no revisions, no per-page
treebeard inserts, no aliases in other languages), so 5,000 take seconds rather
than an hour. They are live and in the search index unless --no-index is given.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.models import HomePage
from initiatives.models import FocusArea, InitiativeDirectoryPage, InitiativePage, Region, Status

TITLE_PREFIX = "[synthetic]"
SLUG_PREFIX = "synthetic-"
BATCH_SIZE = 500
WORDS = [
    "werk",
    "taal",
    "netwerk",
    "buddy",
    "stage",
    "opleiding",
    "vrijwilligers",
    "coaching",
    "mentor",
    "sollicitatie",
    "ondernemen",
    "inburgering",
    "talent",
    "sport",
    "techniek",
    "zorg",
    "onderwijs",
    "horeca",
    "logistiek",
    "digitaal",
]


def synthetic_pages():
    return InitiativePage.objects.filter(title__startswith=TITLE_PREFIX, slug__startswith=SLUG_PREFIX)


class Command(BaseCommand):
    help = 'Create N synthetic initiatives (marked "[synthetic]") for benchmarks; --delete removes them all.'

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, nargs="?", default=0, help="How many to add.")
        parser.add_argument("--delete", action="store_true", help="Remove every synthetic initiative.")
        parser.add_argument("--seed", type=int, default=4, help="Random seed, for repeatable data.")
        parser.add_argument("--no-index", action="store_true", help="Leave them out of the search index.")

    def handle(self, *args, count: int, delete: bool, seed: int, no_index: bool, **options):
        if delete:
            self.delete()
        elif count > 0:
            self.generate(count, random.Random(seed), index=not no_index)
            # A bulk load changes the tables' shape: refresh the query planner's statistics, as
            # PostgreSQL's autovacuum would later (SQLite never does by itself). Without them
            # SQLite plans the search's full-text join the slow way round.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        else:
            raise CommandError("Give a number of initiatives to create, or --delete.")

    def directory(self) -> InitiativeDirectoryPage:
        locale = Locale.get_default()
        directory = InitiativeDirectoryPage.objects.filter(locale=locale).first()
        if directory:
            return directory
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home is None:
            raise CommandError("There is no home page to put a directory under; run migrate first.")
        directory = InitiativeDirectoryPage(title="Bijzondere initiatieven", slug="bijzondere-initiatieven")
        home.add_child(instance=directory)
        directory.save_revision().publish()
        self.stdout.write(f"created the directory {directory.url_path}")
        return directory

    @transaction.atomic
    def generate(self, count: int, rng: random.Random, *, index: bool) -> None:
        directory = self.directory()
        directory.refresh_from_db()
        locale = directory.locale
        focus = list(FocusArea.objects.filter(locale=locale))
        regions = list(Region.objects.filter(locale=locale))
        statuses = list(Status.objects.filter(locale=locale))
        if not (focus and regions and statuses):
            raise CommandError("The directory's taxonomies are empty; run migrate first.")

        last_child = directory.get_last_child()
        step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
        first_number = synthetic_pages().count() + 1
        content_type = ContentType.objects.get_for_model(InitiativePage)
        now = timezone.now()
        today = datetime.date.today()
        self.stdout.write(f"adding {count} synthetic initiatives under {directory.url_path} ...")

        for start in range(0, count, BATCH_SIZE):
            batch = []
            for offset in range(start, min(start + BATCH_SIZE, count)):
                number = first_number + offset
                step += 1
                title = f"{TITLE_PREFIX} Initiative {number}"
                slug = f"{SLUG_PREFIX}{number}"
                batch.append(
                    InitiativePage(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=Page._get_path(directory.path, directory.depth + 1, step),
                        depth=directory.depth + 1,
                        numchild=0,
                        url_path=f"{directory.url_path}{slug}/",
                        content_type=content_type,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        intro=f"Synthetisch initiatief voor metingen: {' '.join(rng.sample(WORDS, 6))}.",
                        organisation=f"Organisatie {rng.randint(1, 400)}",
                        status=rng.choice(statuses),
                        last_updated=today - datetime.timedelta(days=rng.randint(0, 3 * 365)),
                    )
                )
            pages = self.insert(batch)
            FocusThrough = InitiativePage.focus_areas.through
            RegionThrough = InitiativePage.regions.through
            FocusThrough.objects.bulk_create(
                [
                    FocusThrough(initiativepage_id=page.pk, focusarea_id=term.pk)
                    for page in pages
                    for term in rng.sample(focus, rng.randint(1, 3))
                ]
            )
            RegionThrough.objects.bulk_create(
                [RegionThrough(initiativepage_id=page.pk, region_id=rng.choice(regions).pk) for page in pages]
            )
            if index:
                get_search_backend().add_bulk(InitiativePage, pages)
            self.stdout.write(f"  {start + len(batch)} / {count}")

        Page.objects.filter(pk=directory.pk).update(numchild=F("numchild") + count)
        self.stdout.write(self.style.SUCCESS(f"Added {count} synthetic initiatives."))

    def insert(self, pages: list[InitiativePage]) -> list[InitiativePage]:
        """Insert the Page rows in bulk, then the InitiativePage rows (Django cannot bulk-create both)."""
        parents = Page.objects.bulk_create([Page(**self.page_fields(page)) for page in pages])
        for page, parent in zip(pages, parents, strict=True):
            page.pk = page.page_ptr_id = parent.pk
            page.id = parent.pk
        fields = InitiativePage._meta.local_concrete_fields
        table = connection.ops.quote_name(InitiativePage._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        rows = [
            [field.get_db_prep_save(getattr(page, field.attname), connection) for field in fields] for page in pages
        ]
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608
        return pages

    @staticmethod
    def page_fields(page: InitiativePage) -> dict:
        return {
            field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"
        }

    def delete(self) -> None:
        pages = synthetic_pages()
        total = pages.count()
        self.stdout.write(f"removing {total} synthetic initiatives ...")
        ids = list(pages.values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH_SIZE):
            with transaction.atomic():
                Page.objects.filter(pk__in=ids[start : start + BATCH_SIZE]).delete()
            self.stdout.write(f"  {min(start + BATCH_SIZE, len(ids))} / {total}")
        self.stdout.write(self.style.SUCCESS(f"Removed {total} synthetic initiatives."))
