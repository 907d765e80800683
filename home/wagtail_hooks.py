from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .dashboard import AwaitingReviewPanel, MyDraftsPanel, ScheduledPagesPanel
from .languages import active_language, locale_codes
from .models import FooterText
from .reference_data import ReferenceDataGroup, ReferenceDataViewSet


@hooks.register("before_serve_page")
def refuse_pages_of_another_locale(page, request, serve_args, serve_kwargs):
    """A language prefix whose tree lacks the page would fall back to the default language's
    page: answer 404 instead of serving duplicate content under the wrong `lang`."""
    if locale_codes(request).get(page.locale_id) != active_language() or page.alias_of_id:
        raise Http404


class FooterTextViewSet(ReferenceDataViewSet):
    menu_order = 7
    model = FooterText
    icon = "doc-full"
    list_display = ["organisation_name", "locale"]
    list_filter = ["locale"]


register_snippet(ReferenceDataGroup)  # the menu; every app registers its viewsets into it
register_snippet(FooterTextViewSet)


@hooks.register("construct_homepage_panels")
def editors_dashboard(request, panels):
    """What needs the editor's attention first (home.dashboard): Wagtail's "Awaiting your
    review" shortened, "My drafts" in place of "Your most recent edits", scheduled pages."""
    replaced = {"workflow_objects_to_moderate", "recent_edits"}
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in replaced]
    panels += [AwaitingReviewPanel(), MyDraftsPanel(), ScheduledPagesPanel()]
