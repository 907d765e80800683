"""The search page: live pages of the visitor's language, narrowed by type, a page at a time."""

import logging

from django.db import DatabaseError, transaction
from django.template.response import TemplateResponse
from modelsearch.utils import parse_query_string
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from home.listing import filtered_page
from home.pagination import forgiving_page
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage
from search.filters import RESULT_TYPES, SearchForm, filter_by_type, type_of

RESULTS_PER_PAGE = 10

logger = logging.getLogger(__name__)


def promoted_pages(query, locale, result_type):
    """Pages editors promoted for this query (Search promotions), live and in the visitor's
    language, in the editors' order, each with the promotion's description. Two queries."""
    promotions = list(
        query.editors_picks.filter(page__locale=locale, page__live=True).order_by("sort_order")
    )
    if not promotions:
        return []
    pages = Page.objects.live().public().filter(pk__in=[p.page_id for p in promotions])
    pages = {page.pk: page for page in filter_by_type(pages, result_type).specific()}
    result = []
    for promotion in promotions:
        page = pages.get(promotion.page_id)
        if page is not None:
            page.promotion_description = promotion.description
            page.result_type = type_of(page)
            result.append(page)
    return result


def index_pages(locale):
    """The news and project index pages of the visitor's language, for the no-results hint."""
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .type(NewsIndexPage, ProjectIndexPage)
        .specific()
    )
    by_model = {type(page): page for page in pages}
    return by_model.get(NewsIndexPage), by_model.get(ProjectIndexPage)


def search(request):
    """Search live pages in the visitor's language only, optionally of one type.

    Kartu creates no aliases (no LocaleSynchronization), so the locale filter is enough.
    A fixed number of queries however many pages match: the promotions, a count per type,
    the page of results and its specific pages (one per page type on the page).
    """
    form = SearchForm(request.GET)
    form.is_valid()  # never invalid: see search.filters
    query, result_type = form.query, form.result_type
    locale = Locale.get_active()
    results = Page.objects.none()
    query_failed = False
    promoted = []
    type_counts = []
    news_index = project_index = None

    try:
        with transaction.atomic():  # a failed search must not break the request's transaction
            if query:
                # Quotes make phrases; everything else is plain words: no input is a syntax error.
                _filters, parsed = parse_query_string(query, operator="and")
                search_query = Query.get(query)
                search_query.add_hit()
                pages = Page.objects.live().public().filter(locale=locale)
                if request.GET.get("page") in (None, "", "1"):
                    promoted = promoted_pages(search_query, locale, result_type)
                promoted_ids = [promoted_page.pk for promoted_page in promoted]
                if promoted_ids:
                    pages = pages.exclude(pk__in=promoted_ids)
                type_counts = [
                    (key, label, filter_by_type(pages, key).search(parsed).count())
                    for key, (label, _models) in RESULT_TYPES.items()
                ]
                results = filter_by_type(pages, result_type).specific().search(parsed)
            page = filtered_page(
                request, form, RESULTS_PER_PAGE, items=results, prepare=mark_result_types
            ).page
    except DatabaseError:
        logger.warning("Search failed for query %r", query, exc_info=True)
        query_failed = True
        promoted, type_counts = [], []
        page = forgiving_page(Page.objects.none(), RESULTS_PER_PAGE, 1)

    if query and not page.object_list and not promoted:
        news_index, project_index = index_pages(locale)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": page,
            "query_failed": query_failed,
            "promoted_results": promoted,
            "result_type": result_type,
            "unknown_type": form.unknown_type,
            "type_counts": type_counts,
            "total_count": sum(count for _key, _label, count in type_counts),
            "news_index": news_index,
            "project_index": project_index,
        },
    )


def mark_result_types(results):
    """Give each (specific) result its `result_type` key, for its label on the page."""
    for result in results:
        result.result_type = type_of(result)
    return results
