"""Which site a request is for, without a query: the page cache keys and purges per site.

An install may serve several organisations' sites (Wagtail's `Site`, one per host name). A
stored page and its versions are namespaced by the site's id, so a change on one site purges
only that site's pages. The id is found from the request's host and port the way Wagtail's
`Site.find_for_request` does (exact host and port, else the host's only site or its default,
else the default site), but from a table of the sites kept in the cache: a hit must not touch
the database. Versions are keyed by site, not by the Host header: a server behind a proxy, or
a second app server on another port, still finds its site's versions and sees every purge.
"""

from django.core.cache import caches
from django.http.request import split_domain_port
from wagtail.models import Site

SITES_KEY = "pagecache:sites"
NO_SITE = "-"


def cache():
    return caches["default"]


def site_table():
    """[(id, hostname, port, is default)] of every site: from the cache, one query to fill it."""
    table = cache().get(SITES_KEY)
    if table is None:
        table = list(Site.objects.values_list("pk", "hostname", "port", "is_default_site"))
        cache().set(SITES_KEY, table, None)
    return table


def forget_sites():
    """A site was added, changed or deleted: read the table again on the next request."""
    cache().delete(SITES_KEY)


def site_key_for(hostname, port, table):
    """The id (as text) of the site serving `hostname:port`, as Wagtail would choose it."""
    same_host = [row for row in table if row[1] == hostname]
    for pk, _hostname, site_port, _default in same_host:
        if str(site_port) == str(port):
            return str(pk)
    if len(same_host) == 1:
        return str(same_host[0][0])
    defaults = [row[0] for row in same_host if row[3]] or [row[0] for row in table if row[3]]
    return str(defaults[0]) if defaults else NO_SITE


def request_site_key(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    return site_key_for(hostname, request.get_port(), site_table())
