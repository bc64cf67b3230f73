"""Retries the submission mails that could not be sent (run it every few minutes)."""

from django.core.management.base import BaseCommand

from intake.mail import send_pending_mails


class Command(BaseCommand):
    help = "Retry confirmation and notification mails of submissions that have not gone out yet."

    def handle(self, *args, **options):
        count = send_pending_mails()
        self.stdout.write(f"Tried again for {count} submission(s).")
