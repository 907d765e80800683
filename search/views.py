import logging

from django.apps import apps
from django.db import DatabaseError, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelsearch.utils import parse_query_string
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from home.pagination import forgiving_page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200

# The kinds of result a visitor can narrow a search to (`?type=news`), with the page models
# each covers; "pages" is every other page type (home, standard and index pages, clusters).
RESULT_TYPES = {
    "news": (_("News"), ["news.NewsPage"]),
    "projects": (_("Projects"), ["projects.ProjectPage"]),
    "members": (_("Cluster members"), ["clusters.ClusterMemberPage"]),
    "pages": (_("Other pages"), None),
}

logger = logging.getLogger(__name__)


def _typed_models():
    return {
        key: [apps.get_model(label) for label in labels]
        for key, (_label, labels) in RESULT_TYPES.items()
        if labels
    }


def filter_by_type(pages, result_type):
    """Narrow a page queryset to one result type (None: every type)."""
    typed = _typed_models()
    if result_type is None:
        return pages
    if result_type in typed:
        return pages.type(*typed[result_type])
    return pages.not_type(*(model for models in typed.values() for model in models))


def type_of(page):
    """The result type key of a (specific) page."""
    for key, models in _typed_models().items():
        if isinstance(page, tuple(models)):
            return key
    return "pages"


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
        .type(apps.get_model("news.NewsIndexPage"), apps.get_model("projects.ProjectIndexPage"))
        .specific()
    )
    by_model = {page._meta.label: page for page in pages}
    return by_model.get("news.NewsIndexPage"), by_model.get("projects.ProjectIndexPage")


def search(request):
    """Search live pages in the visitor's language only, optionally of one type.

    Kartu creates no aliases (no LocaleSynchronization), so the locale filter is enough.
    A fixed number of queries however many pages match: the promotions, a count per type,
    the page of results and its specific pages (one per page type on the page).
    """
    # NUL bytes are refused by PostgreSQL; a visitor can still type them.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    requested_type = request.GET.get("type", "").strip()
    # An unknown type (a typo, an old link) is ignored with a message: all types are shown.
    result_type = requested_type if requested_type in RESULT_TYPES else None
    unknown_type = requested_type if requested_type and result_type is None else ""
    locale = Locale.get_active()
    results = Page.objects.none()
    query_failed = False
    promoted = []
    type_counts = []
    news_index = project_index = None
    page = None

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
            page = paginate(results, request.GET.get("page"))
            page.object_list = list(page.object_list)
    except DatabaseError:
        logger.warning("Search failed for query %r", query, exc_info=True)
        query_failed = True
        promoted, type_counts = [], []
        page = paginate(Page.objects.none(), 1)

    for result in page.object_list:
        result.result_type = type_of(result)
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
            "unknown_type": unknown_type,
            "type_counts": type_counts,
            "total_count": sum(count for _key, _label, count in type_counts),
            "news_index": news_index,
            "project_index": project_index,
        },
    )


def paginate(results, number):
    return forgiving_page(results, RESULTS_PER_PAGE, number)
