"""Makes the local admin account once and prints its login; for development only."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = settings.VAR_DIR / "admin-password.txt"


class Command(BaseCommand):
    help = "Create the development admin account (once) and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("dev_admin is for development only (DEBUG is off).")
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None or not PASSWORD_FILE.exists():
            password = secrets.token_urlsafe(12)
            if user is None:
                User.objects.create_superuser(username, "admin@example.org", password)
            else:
                user.set_password(password)
                user.save()
            PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        password = PASSWORD_FILE.read_text().strip()
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(self.style.SUCCESS(f"Admin: {base}/admin/  user: {username}  password: {password}"))
