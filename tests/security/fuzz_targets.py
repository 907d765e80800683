"""Where the fuzz test aims: every route of the URL resolver (`tests.security.routes`), filled
with values that reach deep into its view (every page of the demo site's tree under each
language prefix, real slugs and ids), each with the query parameters its view reads.

A public route with a parameter this module cannot fill fails `public_targets`: a new public
URL must be given its values here, so that the fuzz reaches it.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from clusters.models import ClusterIndexPage, ClusterPage
from clusters.models.filters import DirectoryFilterSet
from home.listing import FilteredListingMixin
from news.models import NewsIndexPage
from news.models.filters import NewsFilterSet
from projects.models import ProjectIndexPage
from projects.models.filters import ProjectFilterSet
from search.filters import SearchForm

from .routes import Route, admin_routes, public_routes

PAGE = ["page"]  # the shared paginator's parameter
# The query parameters each listing page reads: its FilterSet's (or form's), and the page.
LISTING_PARAMETERS = {
    NewsIndexPage: [*NewsFilterSet.base_filters, *PAGE],
    ProjectIndexPage: [*ProjectFilterSet.base_filters, *PAGE],
    ClusterIndexPage: [*DirectoryFilterSet.base_filters, *PAGE],
    ClusterPage: PAGE,
}
SEARCH_PARAMETERS = [*SearchForm.base_fields, *PAGE]
# The open data files read `locale`; the API v2 listings read Wagtail's operations and filters.
OPEN_DATA_PARAMETERS = ("locale",)
API_PARAMETERS = ("locale", "type", "fields", "limit", "offset", "order", "search", "child_of")
API_FIND_PARAMETERS = ("id", "html_path")
# Routes without path parameters that read query parameters.
ROUTE_QUERY_PARAMETERS = {
    **{
        f"open_data_{name}": OPEN_DATA_PARAMETERS
        for name in ["projects_json", "projects_csv", "partners_csv", "members_json"]
    },
    "open_data_list_of_operations_xlsx": OPEN_DATA_PARAMETERS,
    **{
        f"wagtailapi_v2:{kind}:listing": API_PARAMETERS for kind in ["pages", "images", "documents"]
    },
    **{
        f"wagtailapi_v2:{kind}:find": API_FIND_PARAMETERS
        for kind in ["pages", "images", "documents"]
    },
}
# Served by no route: static files (WhiteNoise answers before any route), a media file, and
# what robots probe for.
UNROUTED = [
    "/static/css/kartu.css",
    "/static/js/kartu.js",
    "/static/wagtailadmin/js/core.js",
    "/media/original_images/missing.jpg",
    "/favicon.ico",
    "/.env",
    "/wp-login.php",
    "/",
]

# Prefixes that are no configured language, beside every configured one.
BOGUS_LANGUAGES = ["xx", "LT", "lt-lt", "en-us", "zh-hant", "de", "sv", "x", "123", "_util"]


@dataclass(frozen=True)
class Target:
    route: object  # a routes.Route
    values: dict  # a value for each of the route's parameters, as they go into the path
    parameters: tuple  # query parameters its view reads

    @property
    def path(self):
        return self.route.url(self.values)


def page_parameters(page):
    specific = type(page.specific)
    if issubclass(specific, FilteredListingMixin) and specific not in LISTING_PARAMETERS:
        raise AssertionError(f"{specific.__name__} filters its list: add it to LISTING_PARAMETERS")
    return tuple(LISTING_PARAMETERS.get(specific, ()))


def sub_paths(page):
    """The page's own address, and the fixed addresses it routes below itself (a member's
    `contact/` form): routes with parameters are reached through the page's other values."""
    if not isinstance(page, RoutablePageMixin):
        return [""]
    fixed = [str(route.pattern) for route in page.get_subpage_urls()]
    return ["", *(pattern for pattern in fixed if pattern and "<" not in pattern)]


def page_values():
    """(language prefix, path below it, query parameters) of every page of the tree (aliases
    and drafts too: what a visitor may guess), and of the addresses it routes below itself."""
    found = []
    for page in Page.objects.filter(depth__gt=2).select_related("locale").order_by("path"):
        specific = page.specific
        url = specific.get_url()
        if url is None:
            continue
        code, _slash, below = url.lstrip("/").partition("/")
        parameters = page_parameters(page)
        for sub_path in sub_paths(specific):
            found.append(({"language": code, "_0": below + sub_path}, parameters))
    return found


def route_values(demo):
    """{route name: [(values, query parameters)]}: the demo's objects for each public route."""
    languages = [code for code, _name in settings.LANGUAGES]
    slugs = [
        demo.snippets["category"].slug,
        demo.snippets["category lv"].slug,
        demo.pages["project page"].slug,
    ]
    documents = [demo.document, demo.restricted_document]
    restriction = demo.page_restriction
    every_language = [{"language": code} for code in [*languages, *BOGUS_LANGUAGES]]
    feeds = [{"language": code, "slug": slug} for code in languages for slug in slugs]
    homes = [({"language": code, "_0": ""}, ()) for code in [*languages, *BOGUS_LANGUAGES]]
    api_pages = [
        demo.pages["project page"].pk,
        demo.pages["member profile"].pk,
        demo.latvian["news post"].pk,
        restriction.page_id,
        999999,
    ]
    return {
        "wagtail_serve": [*homes, *page_values()],
        "open_data": [(values, ()) for values in every_language],
        "wagtailapi_v2:pages:detail": [({"pk": pk}, ("fields",)) for pk in api_pages],
        "wagtailapi_v2:images:detail": [({"pk": pk}, ("fields",)) for pk in [demo.image.pk, 0]],
        "wagtailapi_v2:documents:detail": [
            ({"pk": document.pk}, ("fields",)) for document in documents
        ],
        "search": [(values, tuple(SEARCH_PARAMETERS)) for values in every_language],
        "news_feed_rss": [(values, ()) for values in every_language],
        "events_calendar": [(values, ()) for values in every_language],
        "project_events_calendar": [(values, ()) for values in feeds],
        "event_calendar": [
            ({"language": code, "slug": slug}, ())
            for code in languages
            for slug in [demo.pages["news post"].slug, demo.latvian["news post"].slug, "nera"]
        ],
        "news_feed_atom": [(values, ()) for values in every_language],
        **{
            f"{kind}_feed_{form}": [(values, ()) for values in feeds]
            for kind in ["category", "project"]
            for form in ["rss", "atom"]
        },
        "wagtailcore_authenticate_with_password": [
            (
                {
                    "language": code,
                    "page_view_restriction_id": restriction.pk,
                    "page_id": restriction.page_id,
                },
                ("return_url",),
            )
            for code in languages
        ],
        "wagtailcore_login": [(values, ("next",)) for values in every_language],
        "wagtaildocs_serve": [
            ({"_0": document.pk, "_1": document.filename}, ()) for document in documents
        ],
        "wagtaildocs_authenticate_with_password": [
            ({"restriction_id": demo.collection_restriction.pk}, ("return_url",))
        ],
    }


def public_targets(demo):
    """A Target for each public route and each set of values the demo has for it, and the
    addresses no route serves: static files (WhiteNoise, before any route), and what robots
    probe for."""
    values = route_values(demo)
    targets = [Target(Route(path, f"unrouted {path}", ()), {}, ()) for path in UNROUTED]
    for route in public_routes():
        if not route.params:
            targets.append(Target(route, {}, ROUTE_QUERY_PARAMETERS.get(route.name, ())))
            continue
        if route.name not in values:
            raise AssertionError(
                f"{route.label} takes {route.params}: give it values in route_values()"
            )
        for filled, parameters in values[route.name]:
            targets.append(Target(route, filled, parameters))
    return targets


def admin_targets(demo):
    """A Target for each admin route: an anonymous visitor is turned away before any object is
    looked up, so any well-formed values do (the permission matrix uses real objects). The
    pages a visitor may use without logging in (login, password reset, the JavaScript
    catalogues) are among them."""
    well_formed = {"int": 1, "slug": "news", "string": "x", "path": "1", "regex": "1"}
    return [
        Target(route, {param: well_formed[route.kind_of(param)] for param in route.params}, ())
        for route in admin_routes()
    ]
