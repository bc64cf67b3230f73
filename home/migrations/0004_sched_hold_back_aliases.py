"""Aliases left live by a scheduled publication of their source go offline (home/publication.py)."""

from django.db import migrations


def hold_back_aliases(apps, schema_editor) -> None:
    Page = apps.get_model("wagtailcore", "Page")
    # An alias of an alias follows one step later: repeat until nothing changes (a few rounds at most).
    while Page.objects.filter(alias_of__isnull=False, live=True, alias_of__live=False).update(
        live=False, has_unpublished_changes=True
    ):
        pass


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_organisationsettings_report_initiative_page_and_more"),
    ]

    operations = [migrations.RunPython(hold_back_aliases, migrations.RunPython.noop, elidable=True)]
