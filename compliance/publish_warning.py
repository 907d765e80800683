"""A warning for whoever publishes a project page or a news post about a project that fails
an EU visibility rule: what is missing, with the report's link for those who may read it.
Publishing is never blocked (the rules judge what is shown, and a page is better online
with a gap than offline).

Wagtail 8's `after_publish_page` hook runs only in the page editor's publish action; a
workflow approval (the "Communications review" or "Translation review" task) publishes from
the workflow action view without any hook. Wagtail's `page_published` signal fires for both,
so the warning listens to it and answers the request being served (none for scheduled
publishing, which has nobody to tell).
"""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin import messages

from home.shared_cache import current_request
from news.models import NewsPage
from projects.models import ProjectPage

from .permissions import user_can_view_report
from .rules import check_page


def warn_about_findings(request, page):
    """Add the warning to `request` when the page fails a rule; once per page and request."""
    warned = request.__dict__.setdefault("_compliance_warned", set())
    if page.pk in warned:
        return
    warned.add(page.pk)
    findings = check_page(page)
    if not findings:
        return
    text = format_html(
        "{} <ul>{}</ul>",
        _("“%(title)s” is published, but the EU visibility rules ask for more:")
        % {"title": page.title},
        format_html_join("", "<li>{}</li>", ((str(finding.message),) for finding in findings)),
    )
    buttons = None
    user = getattr(request, "user", None)
    if user is not None and user_can_view_report(user):
        buttons = [messages.button(reverse("compliance_report"), _("EU visibility report"))]
    messages.warning(request, text, buttons=buttons)


def on_page_published(sender, instance, **kwargs):
    request = current_request()
    if request is None or not hasattr(request, "_messages"):
        return
    if isinstance(instance, ProjectPage | NewsPage):
        warn_about_findings(request, instance)
