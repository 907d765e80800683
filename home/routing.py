"""Finding the page for a URL in two queries, however deep it sits.

Wagtail walks the tree one level at a time: two queries per level (the child by slug, then its
specific page), so a member profile four levels down costs eight before anything renders. Each
page's `url_path` already spells its whole address, so one query finds every page on the way
and one more loads the specific page. A path through a page that routes sub-paths of its own
(feeds, calendars, routable pages) keeps Wagtail's walk, and so does anything that is not a page
(404); such a page at the end of the path is asked for its own address, as Wagtail's walk does.
"""

from wagtail.models import Page


def routes_itself(page_class):
    return page_class.route is not Page.route


def route_by_url_path(home, request, path_components):
    """Wagtail's RouteResult for `path_components` below `home`, or None when Wagtail's own walk
    must answer (a miss, or a page on the way that routes its own sub-paths)."""
    url_paths = [
        home.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
        for depth in range(1, len(path_components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=url_paths, path__startswith=home.path)
    }
    chain = [found.get(url_path) for url_path in url_paths]
    if None in chain or any(routes_itself(page.specific_class) for page in chain[:-1]):
        return None
    target = chain[-1].specific
    return target.route(request, [])
