"""Submissions leave Wagtail's reference index (Submission.wagtail_reference_index_ignore).

The rows recorded so far would still list and count a project's sign-ups in the page
usage view; this deletes them. Nothing to undo: the index is a cache Wagtail rebuilds.
"""

from django.db import migrations


def forget_submissions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_type = ContentType.objects.filter(app_label="intake", model="submission").first()
    if content_type is None:
        return
    for field in ("content_type", "base_content_type", "to_content_type"):
        ReferenceIndex.objects.filter(**{field: content_type}).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("intake", "0004_triage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forget_submissions, migrations.RunPython.noop, elidable=True)]
