"""Valid answers and a signed start time for the intake tests (fixtures are in conftest.py)."""

import secrets
import time

from django.core import signing

from intake.forms import TIMESTAMP_SALT


def started(seconds_ago: int = 30) -> str:
    """A start time and one-time token as a form handed out ``seconds_ago`` carries them (a new one each call)."""
    value = f"{int(time.time()) - seconds_ago}:{secrets.token_urlsafe(16)}"
    return signing.TimestampSigner(salt=TIMESTAMP_SALT).sign(value)


SIGN_UP = {
    "name": "Amal Test",
    "phone": "+31 6 00000000",
    "email": "amal@example.org",
    "contact_channel": "whatsapp",
    "municipality": "Den Haag",
    "languages": "Arabisch, Engels",
    "dutch_level": "basic",
    "contact_language": "ar",
    "interpreter": "on",
    "looking_for": ["paid_work", "education"],
    "background": "Ik was boekhouder.",
    "heard_from": "friends",
    "consent": "on",
}

CONTACT = {"name": "Piet Test", "email": "piet@example.org", "topic": "general", "message": "Hoe werkt het?"}

# What tests.factories.SubmissionFactory plants; none of it may leak where it should not be.
PLANTED = ["Planted Person", "planted", "11112222", "Plantdorp", "Planted background story"]


def no_planted_data(text: str) -> bool:
    return not any(value in text for value in PLANTED)
