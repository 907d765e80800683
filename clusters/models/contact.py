"""A member profile's enquiry form, at an address of its own below the profile (`contact/`),
and the thank-you page after it (`contact/sent/`).

Why not on the profile itself: the form's CSRF token sets a cookie, and the page cache (rightly)
stores no response that sets one, so a form on the profile would make every profile uncacheable
for visitors who never use it. The profile links here instead. These two pages are never
cached, by us or by a CDN (`Cache-Control: no-store, private`), and ask search engines not to
index them.

What protects the form without third parties: Django's CSRF check, a honeypot field, lengths and
an email check (clusters.models.enquiry_form), and rate limits per client address and per
member (home.rate_limit). A refusal shows its reason and stores nothing. An accepted enquiry is
stored and the member is emailed by a background task (clusters.models.enquiry_mail), after
the transaction commits. Nothing here logs what the visitor wrote or their address.
"""

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.client_ip import client_ip
from home.rate_limit import RateLimit

from .enquiries import CooperationEnquiry
from .enquiry_form import EnquiryForm
from .enquiry_mail import notify_member

HOUR, DAY = 3600, 86400


def per_address():
    return RateLimit("enquiry-address", settings.KARTU_ENQUIRIES_PER_ADDRESS_PER_HOUR, HOUR)


def per_member():
    return RateLimit("enquiry-member", settings.KARTU_ENQUIRIES_PER_MEMBER_PER_DAY, DAY)


def rate_limit_refusal(page, request):
    """Count this enquiry against the sender's address and the member (in every language
    together); the reason to refuse it, or None."""
    if not per_address().use(client_ip(request)):
        return _(
            "Your enquiry was not sent: several enquiries have come from your connection in "
            "the last hour. Please try again in an hour."
        )
    if not per_member().use(page.translation_key):
        return _(
            "Your enquiry was not sent: this member has received many enquiries today. "
            "Please try again tomorrow."
        )
    return None


def store(page, form):
    data = form.cleaned_data
    return CooperationEnquiry.objects.create(
        member=page,
        cluster_id=page.get_parent().pk,
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        message=data["message"],
        agreed_to_be_contacted=data["agreed_to_be_contacted"],
        language=get_language(),
    )


def render(request, page, template, context):
    response = TemplateResponse(
        request,
        template,
        {"page": page, "self": page, "request": request, **context},
    )
    add_never_cache_headers(response)
    return response


def enquiry_form(page, request):
    if not page.takes_enquiries:
        raise Http404
    if request.method == "POST":
        form = EnquiryForm(request.POST)
        if form.is_valid():
            refusal = rate_limit_refusal(page, request)
            if refusal is None:
                enquiry = store(page, form)
                transaction.on_commit(lambda: notify_member.enqueue(enquiry.pk))
                return redirect(page.subpage_url("enquiry_sent", request))
            form.add_error(None, refusal)
    elif request.method in ("GET", "HEAD"):
        form = EnquiryForm()
    else:
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return render(
        request,
        page,
        "clusters/member_enquiry.html",
        {
            "form": form,
            "retention_days": settings.KARTU_ENQUIRY_RETENTION_DAYS,
            "profile_url": page.get_url(request),
        },
    )


def enquiry_sent(page, request):
    if not page.takes_enquiries:
        raise Http404
    return render(
        request,
        page,
        "clusters/member_enquiry_sent.html",
        {"profile_url": page.get_url(request)},
    )
