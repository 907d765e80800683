"""Every public page type costs at most 15 SQL queries, and the same with a little or a lot of
content (DESIGN.md "Budgets"). Page cache off: this is the cost of rendering the page.

Where the queries go, on a warm frame cache (`home.shared_cache`; navigation, languages,
settings, footer, funders, view restrictions and breadcrumbs cost none):
- 5 to find the page, whatever its depth (home/routing.py): the Site, the active Locale (Wagtail's
  `localized`), the home page, every page on the path in one query, the specific page;
- then what the page itself shows, one query per list, never per item (explained per type
  below).
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests import factories
from tests.conftest import build_every_page_type, every_page_type_urls
from tests.queries import count_queries

BUDGET = 15

# What each page type spends after the 5 routing queries (4 for the home page itself).
EXPLAINED = {
    "home": "news, projects (with programmes), members (+ sectors), clusters; each list's "
    "images and their renditions; the upcoming events come from the shared cache",
    "news index": "the count and page of posts, their images and renditions, categories, "
    "archive months",
    "news index, upcoming events": "as the news index, filtered (the count is not cached); "
    "when the next event is over comes from the shared cache",
    "news post": "categories, projects and disclaimer, tags, previous/next, the lead image, "
    "the body's images with their renditions",
    "project index": "the count and page of projects with programmes and partners",
    "project page": "partners, disclaimer, news about it, contact, body images",
    "cluster index": "clusters, facet counts (sectors, regions, fixed lists), members page, "
    "sectors, photos and renditions",
    "cluster page": "parent, members, their sectors, photos and renditions",
    "member profile": "sectors, the cluster, the photo, the renditions of every product and "
    "gallery picture in one query",
    "standard page": "nothing more",
    "member directory with filters": "as the cluster index, with the filters applied",
    "member enquiry form": "the path lookup finds no page at `contact/`, so Wagtail walks to the "
    "profile (two queries a level); the photo shown when the page is shared",
    "search results": "promotions, the page of results and its specific pages",
    "open data": "nothing of its own: the files' fields are code, the frame is shared",
    "not found": "the redirect lookup",
}


@pytest.fixture
def site(db):
    pages = build_every_page_type(Page.get_first_root_node())
    return pages, every_page_type_urls(pages, "lt")


def grow(pages, times):
    """Add `times` more of everything a page lists, each with an image of its own (a shared
    image would hide a rendition lookup per picture)."""
    image = factories.wagtail_factories.ImageFactory
    category = factories.NewsCategoryFactory()
    sector = factories.CraftSectorFactory(name="Keramika 2", slug="keramika-2")
    for number in range(times):
        project = factories.ProjectPageFactory(parent=pages["project index"])
        factories.ProjectPartnerFactory(page=project, role="lead")
        # Every post a fair, half of them to come: the event lists grow too.
        fair_day = timezone.now() + datetime.timedelta(days=10 * number - 55)
        post = factories.NewsPageFactory(
            parent=pages["news index"],
            title=f"Amatų mugė {number}",
            lead_image=image(),
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=40 * number),
            event_start=fair_day,
            event_venue="Tauragė",
        )
        post.categories.add(category)
        post.save()
        factories.NewsPageProjectFactory(page=post, project=pages["project page"])
        factories.ClusterMemberPageFactory(
            parent=pages["cluster page"],
            title=f"Puodžius {number}",
            photo=image(),
            craft_sectors=[sector],
        )
    member = pages["member profile"]
    member.products = [
        ("product", {"name": f"Dubuo {n}", "image": image(), "price": "10 €"}) for n in range(times)
    ]
    member.gallery = [("image", {"image": image(), "alt_text": f"Dubuo {n}"}) for n in range(times)]
    member.save_revision().publish()


@pytest.mark.parametrize("name", list(EXPLAINED))
def test_page_type_costs_at_most_fifteen_queries_at_any_size(client, site, name):
    pages, urls = site
    status = 404 if name == "not found" else 200
    small = count_queries(client, urls[name], status=status)
    grow(pages, 12)
    large = count_queries(client, urls[name], status=status)
    assert small <= BUDGET, EXPLAINED[name]
    assert large == small, EXPLAINED[name]
