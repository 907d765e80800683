"""Which organisation's site a page belongs to, and which sites an admin user's rights reach:
the admin's reports (EU visibility, translation status) filter by site with these.

A site's pages are those below its home pages: its root page and the root's translations
(`home.languages`), each the top of one language's tree. A user is scoped to some sites when
every page permission their groups hold lies within those sites' trees (the per-site groups of
`add_site`); a superuser, a user with a permission above every site (the install-wide groups
hold theirs on the tree's root) or a user with no page permission at all is not scoped.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission, Page, Site

from .models import HomePage

# Home pages are the tree root's children (HomePage.parent_page_types): the first two steps of
# a page's path are its home page's path, and so name the site and language tree it is in.
HOME_PATH_LENGTH = 2 * Page.steplen


def home_path(path):
    """The path of the home page whose tree holds the page at `path`."""
    return path[:HOME_PATH_LENGTH]


def site_choices():
    """[(site id as text, name)] of every site, by name: one query."""
    sites = Site.objects.order_by("site_name", "hostname").values_list(
        "pk", "site_name", "hostname"
    )
    return [(str(pk), name or hostname) for pk, name, hostname in sites]


def site_home_paths():
    """{site id: [path of each of its home pages]}: one query."""
    roots = {
        site.root_page.translation_key: site.pk
        for site in Site.objects.select_related("root_page").only(
            "pk", "root_page__translation_key"
        )
    }
    paths = {site_id: [] for site_id in roots.values()}
    homes = HomePage.objects.filter(translation_key__in=roots).values_list(
        "translation_key", "path"
    )
    for translation_key, path in homes:
        paths[roots[translation_key]].append(path)
    return paths


def user_site_ids(user, home_paths=None):
    """The ids of the sites `user` is scoped to, or None for every site (no query for a
    superuser; `home_paths` from `site_home_paths` when already known)."""
    if user is None or user.is_superuser:
        return None
    granted = set(
        GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True)
    )
    if not granted:
        return None
    if home_paths is None:
        home_paths = site_home_paths()
    reached = {
        site_id
        for site_id, paths in home_paths.items()
        for home in paths
        for page in granted
        if home.startswith(page) or page.startswith(home)
    }
    return None if reached == set(home_paths) else reached


def report_site_paths(user, chosen=None):
    """The home page paths whose trees a report shows `user`: the chosen site's (a site id as
    text, from the report's "Site" filter) if they may see it, else every site they are scoped
    to; None when nothing restricts the report."""
    site_id = int(chosen) if chosen and str(chosen).isdigit() else None
    if site_id is None and (user is None or user.is_superuser):
        return None  # no query: nothing restricts the report
    home_paths = site_home_paths()
    allowed = user_site_ids(user, home_paths)
    if site_id in home_paths and (allowed is None or site_id in allowed):
        ids = {site_id}
    elif allowed is None:
        return None
    else:
        ids = allowed
    return [path for site_id in sorted(ids) for path in home_paths[site_id]]


def in_trees(path, home_paths):
    """Whether the page at `path` lies in one of the trees topped by `home_paths`."""
    return any(path.startswith(home) for home in home_paths)


def in_trees_q(home_paths):
    """A filter for the pages of the trees topped by `home_paths` (none when it is empty)."""
    q = Q(pk__in=[])
    for home in home_paths:
        q |= Q(path__startswith=home)
    return q
