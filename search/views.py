"""The search page: live pages of the site in the visitor's language, narrowed by type, a page
at a time."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.template.response import TemplateResponse
from modelsearch.utils import parse_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from home.i18n import active_locale
from home.languages import in_site
from home.listing import filtered_page
from home.pagination import forgiving_page
from home.visibility import public
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage
from search import hits
from search.filters import RESULT_TYPES, SearchForm, filter_by_type, type_of, type_of_model

RESULTS_PER_PAGE = 10

logger = logging.getLogger(__name__)


def promoted_pages(query, locale, result_type, request):
    """Pages editors promoted for this query (Search promotions), live and in the visitor's
    language, in the editors' order, each with the promotion's description. One query when
    there is none; read-only (Wagtail's `Query.get` would create the query's row)."""
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page__locale=locale,
            page__live=True,
        ).order_by("sort_order")
    )
    if not promotions:
        return []
    pages = site_pages(request).filter(pk__in=[p.page_id for p in promotions])
    pages = {page.pk: page for page in filter_by_type(pages, result_type).specific()}
    result = []
    for promotion in promotions:
        page = pages.get(promotion.page_id)
        if page is not None:
            page.promotion_description = promotion.description
            page.result_type = type_of(page)
            result.append(page)
    return result


def count_by_type(pages, parsed_query):
    """How many of `pages` match, per result type, as [(key, label, count)]: one grouped
    query (the search backend's facet on content type), never a search per type."""
    per_content_type = pages.search(parsed_query, order_by_relevance=False).facet("content_type_id")
    counts = dict.fromkeys(RESULT_TYPES, 0)
    for content_type_id, count in per_content_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()  # cached
        counts[type_of_model(model)] += count
    return [(key, label, counts[key]) for key, (label, _models) in RESULT_TYPES.items()]


class CountedResults:
    """Search results whose number is already known from `count_by_type`: the paginator asks
    for it, and counting again would run the search again."""

    def __init__(self, results, count):
        self.results, self._count = results, count

    def count(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


def site_pages(request):
    """Live, public pages of the request's site in the active language: another
    organisation's pages on the same install are never found here."""
    return in_site(public(Page.objects.live()), request)


def index_pages(locale, request):
    """The news and project index pages of the visitor's language, for the no-results hint."""
    pages = (
        site_pages(request).filter(locale=locale).type(NewsIndexPage, ProjectIndexPage).specific()
    )
    by_model = {type(page): page for page in pages}
    return by_model.get(NewsIndexPage), by_model.get(ProjectIndexPage)


def search(request):
    """Search the live pages of the request's site in the visitor's language only,
    optionally of one type.

    Kartu creates no aliases (no LocaleSynchronization), so the locale filter is enough.
    A fixed number of queries however many pages match: the promotions, the count per type
    (one grouped query), the page of results ranked by the search backend and its specific
    pages (one query per page type on the page). Nothing is written: the search is counted
    for editors in a batch (search.hits).
    """
    form = SearchForm(request.GET)
    form.is_valid()  # never invalid: see search.filters
    query, result_type = form.query, form.result_type
    locale = active_locale()
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
                pages = site_pages(request).filter(locale=locale)
                if request.GET.get("page") in (None, "", "1"):
                    promoted = promoted_pages(query, locale, result_type, request)
                promoted_ids = [promoted_page.pk for promoted_page in promoted]
                if promoted_ids:
                    pages = pages.exclude(pk__in=promoted_ids)
                type_counts = count_by_type(pages, parsed)
                results = CountedResults(
                    filter_by_type(pages, result_type).specific().search(parsed),
                    sum(count for key, _label, count in type_counts if result_type in (None, key)),
                )
            page = filtered_page(
                request, form, RESULTS_PER_PAGE, items=results, prepare=mark_result_types
            ).page
    except DatabaseError:
        logger.warning("Search failed for query %r", query, exc_info=True)
        query_failed = True
        promoted, type_counts = [], []
        page = forgiving_page(Page.objects.none(), RESULTS_PER_PAGE, 1)

    if query and not query_failed:
        hits.search_hits.record(query)
    if query and not page.object_list and not promoted:
        news_index, project_index = index_pages(locale, request)

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
