"""The page explorer with a "Translated" column for translators: how much of each translated
page is translated, from `translations.coverage` in bulk (at most four queries per listing,
whatever its length).

Wagtail 8 has no hook that adds a column to the explorer; its documented way is a `PageViewSet`
whose index view the explorer uses for the children of its `parent_models`. `CoveragePageViewSet`
is that viewset for every page (`Page` and its subclasses), registered in
`translations.wagtail_hooks`; its other views are Wagtail's own.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from translations.coverage import coverage_by_key
from translations.jobs.access import may_work_on_jobs


class CoverageColumn(Column):
    cell_template_name = "translations/coverage/cell.html"

    def get_value(self, instance):
        return getattr(instance, "translation_coverage", None)


class CoverageExplorableIndexView(ExplorableIndexView):
    @cached_property
    def shows_coverage(self):
        return may_work_on_jobs(self.request.user)

    @cached_property
    def explorable_columns(self):
        columns = super().explorable_columns
        if not self.shows_coverage:
            return columns
        column = CoverageColumn("translation_coverage", label=_("Translated"), width="10%")
        return [*columns[:-1], column, columns[-1]]

    def get_table(self, object_list):
        if self.shows_coverage:
            pages = list(object_list)
            coverage = coverage_by_key((page.translation_key, page.locale_id) for page in pages)
            for page in pages:
                page.translation_coverage = coverage.get((page.translation_key, page.locale_id))
            object_list = pages
        return super().get_table(object_list)


class CoveragePageViewSet(PageViewSet):
    model = Page
    name = "kartu_pages_with_coverage"
    index_view_class = CoverageExplorableIndexView

    @cached_property
    def parent_models(self):
        return [Page]
