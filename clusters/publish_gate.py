"""Telling the editor why a member profile was not published.

The rule itself lives in the publish action (clusters.models.consents.ConsentedPublishAction),
so that it holds however a profile is published. Here, each way an editor publishes gets the
reason as a message instead of an error page:

- The page editor's "Publish" (edit and create views): Wagtail's `before_publish_page` hook runs
  after the changes are saved as a draft revision and before the publish. A refused profile
  comes back to its editor with the reason; nothing is lost. (Wagtail's create view adds a new
  page live before that hook runs: it is made a draft again.)
- "Publish" on pages chosen in the explorer (bulk action): `before_bulk_action` refuses the
  whole action before anything is published, naming every profile concerned.
- Anything else that publishes (the last approval of a workflow, "Publish" in wagtail-localize's
  translation editor): the publish action raises ConsentRequired; a workflow approval is
  undone with it (Wagtail runs it in one transaction) and `ConsentRequiredMiddleware` shows
  the reason on the profile's editor.
"""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.admin import messages
from wagtail.users.models import UserProfile

from .models import ClusterMemberPage, ConsentRequired
from .models.consents import consent_problem


def record_consent_button(page):
    url = reverse("clusters_publicationconsent_modeladmin_create") + f"?member={page.pk}"
    return messages.button(url, _("Record a consent"))


def before_publish_page(request, page):
    """The `before_publish_page` hook: refuse a profile that no current consent covers."""
    if not isinstance(page, ClusterMemberPage):
        return None
    problem = consent_problem(page)
    if problem is None:
        return None
    if request.resolver_match and request.resolver_match.view_name == "wagtailadmin_pages:add":
        page.live = False
        page.has_unpublished_changes = True
        page.save(update_fields=["live", "has_unpublished_changes"], clean=False)
    messages.error(
        request,
        "{} {}".format(problem.reason(), _("Your changes are saved as a draft.")),
        buttons=[record_consent_button(page)],
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def profiles_to_publish(objects, include_descendants):
    """The member profiles a bulk "Publish" would publish, each as its latest revision has it."""
    pages = list(objects)
    if include_descendants:
        for page in list(pages):
            pages.extend(page.get_descendants().not_live().type(ClusterMemberPage))
    profiles = []
    for page in pages:
        page = page.specific
        if isinstance(page, ClusterMemberPage):
            revision = page.get_latest_revision()
            profiles.append(revision.as_object() if revision else page)
    return profiles


def before_bulk_action(request, action_type, objects, action):
    """The `before_bulk_action` hook: refuse a bulk publish that includes a member profile no
    current consent covers; nothing is published."""
    if action_type != "publish" or not getattr(action, "cleaned_form", None):
        return None
    include_descendants = action.cleaned_form.cleaned_data.get("include_descendants", False)
    problems = [
        problem
        for page in profiles_to_publish(objects, include_descendants)
        if (problem := consent_problem(page)) is not None
    ]
    if not problems:
        return None
    reasons = " ".join(problem.reason() for problem in problems)
    messages.error(request, "{} {}".format(_("Nothing was published."), reasons))
    return redirect(action.next_url)


class ConsentRequiredMiddleware:
    """Turn a profile refused publication outside the page editor into a message on the
    profile's editor (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ConsentRequired) or not request.user.is_authenticated:
            return None
        # Outside Wagtail's views the admin language is not active: use the editor's own.
        language = UserProfile.get_for_user(request.user).get_preferred_language()
        with override(language):
            messages.error(
                request,
                "{} {}".format(exception.reason(), _("Nothing was published.")),
                buttons=[record_consent_button(exception.page)],
            )
        edit_url = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The approval dialog of a workflow task posts in the background and goes where
            # its answer says; the message waits there.
            return JsonResponse({"step": "success", "redirect": edit_url})
        return redirect(edit_url)
