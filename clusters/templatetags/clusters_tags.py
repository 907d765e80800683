"""Template tags of the clusters: the member directory's teaser and the clusters on the home
page, and the languages a member speaks."""

from django import template
from django.conf import settings

from clusters.models import ClusterIndexPage, ClusterMemberPage, ClusterPage
from clusters.models.members import prepare_member_cards

register = template.Library()

HOME_MEMBER_COUNT = 4


@register.simple_tag
def home_members(home):
    """The newest members a home page shows, how many there are, and the cluster index that
    holds the directory. A fixed number of queries: the count, the members with their
    region, sectors, photos and renditions, and the sectors' and regions' translations."""
    members = home.live_descendants(ClusterMemberPage)
    newest = ClusterMemberPage.for_cards(members).order_by("-first_published_at", "-pk")
    return {
        "members": prepare_member_cards(list(newest[:HOME_MEMBER_COUNT])),
        "count": members.count(),
        "index": home.get_index_page(ClusterIndexPage),
    }


@register.simple_tag
def home_clusters(home):
    """The clusters of a home page's language, by title: one query."""
    return list(home.live_descendants(ClusterPage).order_by("title"))


@register.filter
def language_pairs(codes):
    """(code, name in itself) for each known language code, e.g. ("lv", "latviešu")."""
    names = settings.ALL_LANGUAGES
    return [(code, names[code]) for code in codes or [] if code in names]
