import logging

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, transaction
from django.template.response import TemplateResponse
from modelsearch.utils import parse_query_string
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200

logger = logging.getLogger(__name__)


def search(request):
    """Search live pages in the visitor's language only.

    Kartu creates no aliases (no LocaleSynchronization), so the locale filter is enough.
    """
    # NUL bytes are refused by PostgreSQL; a visitor can still type them.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    query_failed = False
    if query:
        # Quotes make phrases; everything else is plain words, so no input is a syntax error.
        _filters, parsed = parse_query_string(query, operator="and")
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(parsed)
        Query.get(query).add_hit()

    try:
        with transaction.atomic():  # a failed search must not break the request's transaction
            page = paginate(results, request.GET.get("page"))
            page.object_list = list(page.object_list)
    except DatabaseError:
        logger.warning("Search failed for query %r", query, exc_info=True)
        query_failed = True
        page = paginate(Page.objects.none(), 1)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "query_failed": query_failed},
    )


def paginate(results, number):
    """A page of results; a missing, malformed or out-of-range number gives page one or the last."""
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
