"""reCAPTCHA as a mark for triage, never a wall: Google's answer cannot lose a submission.

django-recaptcha's field catches only HTTPError, so a refused connection or a
timeout would be a 500 (DESIGN.md, "Known traps"). Here every failure becomes
"unverified", and the token itself is never stored.
"""

import logging
from dataclasses import dataclass

from django_recaptcha import client

from django.conf import settings
from django.http import HttpRequest

from home.client_ip import client_ip

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    verified: bool
    note: str


def verify(token: str, request: HttpRequest) -> Result:
    if not settings.RECAPTCHA_PRIVATE_KEY:
        return Result(False, "test mode: no reCAPTCHA keys")
    if not token:
        return Result(False, "no token (JavaScript off or Google unreachable)")
    try:
        answer = client.submit(token, settings.RECAPTCHA_PRIVATE_KEY, remoteip=client_ip(request))
    except Exception as error:  # refused, timed out, bad JSON: the person still gets through
        logger.warning("reCAPTCHA check failed: %s", type(error).__name__)
        return Result(False, f"Google unreachable ({type(error).__name__})"[:100])
    if not answer.is_valid:
        return Result(False, f"refused: {', '.join(answer.error_codes) or 'invalid token'}"[:100])
    score = answer.extra_data.get("score")
    if score is None:
        return Result(False, "no score (test keys?)")
    if float(score) < settings.RECAPTCHA_REQUIRED_SCORE:
        return Result(False, f"low score {float(score):.1f}")
    return Result(True, f"score {float(score):.1f}")
