"""The "Intake staff" group: the only non-superusers who may see refugees' personal data."""

from django.db import migrations

PERMISSIONS = ["view_submission", "change_submission", "export_submission", "erase_submission"]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; this group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name="Intake staff")
    wanted = Permission.objects.filter(content_type__app_label="intake", codename__in=PERMISSIONS)
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*wanted, *admin_access)


def remove_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Intake staff").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0002_submission_permissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
