"""Serving the public forms: spam checks cheapest first, save, then mail after commit.

Whatever fails around a real person's submission (mail, Google, the cache) it is
saved and they get a clear answer; nothing personal reaches logs or URLs.
"""

import logging

from django_ratelimit.core import get_usage

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.debug import sensitive_post_parameters

from home import page_cache
from home.navigation import get_navigation

from . import captcha, mail
from .forms import FormExpired, FormTooFast
from .models import Submission

logger = logging.getLogger(__name__)
SESSION_KEY = "intake_reference"


def private(response: HttpResponse) -> HttpResponse:
    """Form pages carry a CSRF token and personal answers: never cached anywhere."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def over_rate_limit(request: HttpRequest) -> bool:
    """Per-address limit on the shared cache (the address through the proxies: home/client_ip.py).

    If the cache is down, people are let through (``RATELIMIT_FAIL_OPEN``; django-redis makes a
    failing Redis a miss). Nothing else switches the limit off.
    """
    usage = get_usage(
        request, group="intake-forms", key="ip", rate=settings.INTAKE_RATE_LIMIT, method="POST", increment=True
    )
    if usage is None:
        logger.warning("intake rate limit skipped: the cache is unavailable")
        return False
    return usage["should_limit"]


def privacy_url(request: HttpRequest, page) -> str:
    from home.models import OrganisationSettings

    nav = get_navigation(request, page)
    privacy = nav.localized_setting_page(OrganisationSettings.for_request(request).privacy_page_id)
    return privacy.get_url(request) if privacy else ""


def render_form(request: HttpRequest, page, form, *, status: int = 200, expired: bool = False) -> HttpResponse:
    context = page.get_context(request)
    context.update({"form": form, "expired": expired, "recaptcha_site_key": settings.RECAPTCHA_PUBLIC_KEY})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    return private(response)


@sensitive_post_parameters()
def serve_form(request: HttpRequest, page) -> HttpResponse:
    form_class = page.get_form_class()
    initial = {}
    if request.method == "GET" and "project" in request.GET and "project" in form_class.base_fields:
        initial["project"] = request.GET.get("project")
    if request.method != "POST":
        return render_form(request, page, form_class(initial=initial, privacy_url=privacy_url(request, page)))

    if over_rate_limit(request):
        response = TemplateResponse(request, "intake/too_many.html", {"page": page}, status=429)
        response["Retry-After"] = "60"
        return private(response)

    form = form_class(request.POST, privacy_url=privacy_url(request, page))
    if form.is_honeypot_filled:
        return neutral_thanks(request, page)
    if not form.is_valid():
        # Mistakes first: a person who presses Send too soon sees what is missing.
        return render_form(request, page, form, status=400)
    try:
        token = form.check_timing()
    except FormTooFast:
        return neutral_thanks(request, page)
    except FormExpired:
        return render_form(request, page, bind_again(form_class, request, page), status=400, expired=True)

    # A form is good for one submission: sent again (a double click, a bot), it gets the first one's answer.
    submission = Submission.objects.filter(form_token=token).first()
    if submission is None:
        result = captcha.verify(request.POST.get("g-recaptcha-response", ""), request)
        submission = save_submission(page, form, result, token)
    else:
        logger.info("intake: %s sent again, nothing stored", submission)
    request.session[SESSION_KEY] = submission.reference
    return redirect(page.url + page.reverse_subpage("thanks"))


def bind_again(form_class, request: HttpRequest, page):
    """An expired form: keep the answers, give it a new start time, show no field errors yet."""
    data = request.POST.copy()
    fresh = form_class(privacy_url=privacy_url(request, page))
    data["started"] = fresh.initial["started"]
    data["fax_number"] = ""
    form = form_class(data, privacy_url=privacy_url(request, page))
    form._errors = {}  # no errors: the person did nothing wrong
    form.cleaned_data = {}
    return form


def save_submission(page, form, result: "captcha.Result", token: str) -> Submission:
    """Save the form; if the same form (``token``) was saved a moment ago by a post running alongside, that one."""
    cleaned = form.cleaned_data
    try:
        with transaction.atomic():
            submission = Submission.objects.create(
                kind=page.kind,
                locale=page_cache.active_locale(),
                project=cleaned.get("project"),
                name=cleaned.get("name", ""),
                email=cleaned.get("email", ""),
                phone=cleaned.get("phone", ""),
                data=form.answers(),
                consent_version=settings.INTAKE_CONSENT_VERSION,
                consent_given_at=timezone.now(),
                verified=result.verified,
                verification_note=result.note,
                form_token=token,
            )
            transaction.on_commit(lambda: mail.enqueue_after_commit(mail.send_submission_mails, submission.pk))
    except IntegrityError:
        first = Submission.objects.filter(form_token=token).first()
        if first is None:
            raise
        logger.info("intake: %s sent again, nothing stored", first)
        return first
    logger.info("intake: saved %s", submission)  # kind and reference only
    return submission


def neutral_thanks(request: HttpRequest, page) -> HttpResponse:
    """What a bot sees: a thank-you page like a person's, with nothing stored."""
    return private(TemplateResponse(request, "intake/thanks.html", {**page.get_context(request), "reference": None}))


def serve_thanks(request: HttpRequest, page) -> HttpResponse:
    reference = request.session.pop(SESSION_KEY, None)
    if reference is None:
        return redirect(page.url)
    context = page.get_context(request)
    context["reference"] = reference
    return private(TemplateResponse(request, "intake/thanks.html", context))
