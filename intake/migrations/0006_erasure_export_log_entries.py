"""Export log entries written with object_id "-" (Site history turned that into an id: a 500) become one per submission.

The old writer logged an export as one entry about no object, with the ids in its data;
this gives each exported submission its own entry (same time, user, action and data),
as `intake.triage.log_many` now writes them.
"""

import uuid

from django.db import migrations


def split_export_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    Submission = apps.get_model("intake", "Submission")
    content_type = ContentType.objects.filter(app_label="intake", model="submission").first()
    if content_type is None:
        return
    for entry in ModelLogEntry.objects.filter(content_type=content_type).exclude(object_id__regex=r"^[0-9]+$"):
        data = entry.data if isinstance(entry.data, dict) else {}
        pks = [pk for pk in data.get("submissions") or [] if isinstance(pk, int)]
        extra = {key: value for key, value in data.items() if key not in ("submissions", "count")}
        references = dict(Submission.objects.filter(pk__in=pks).values_list("pk", "reference"))
        ModelLogEntry.objects.bulk_create(
            ModelLogEntry(
                content_type=content_type,
                object_id=str(pk),
                label=references.get(pk, f"#{pk}"),
                action=entry.action,
                user_id=entry.user_id,
                data={"submission": pk, "count": len(pks), **extra},
                timestamp=entry.timestamp,
                uuid=entry.uuid or uuid.uuid4(),
            )
            for pk in pks
        )
        entry.delete()  # about no submission: nothing it could point to


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0005_admin_no_reference_index"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(split_export_entries, migrations.RunPython.noop)]
