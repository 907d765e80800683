"""Finds the addresses the load benchmark measures in a built site and counts each one's SQL
queries, in-process, with the benchmark's settings. Prints one JSON object.

Run by bench/load.py as `python -m bench.probe` with the site's environment (DATABASE_URL,
MEDIA_ROOT, KARTU_PAGE_CACHE, ...). Each address is requested once to warm it (renditions,
the page cache when it is on), then again with the queries counted: with the page cache on,
that second request is the cache hit.
"""

import json
import os
import re
import sys
from collections import Counter

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from django.utils.encoding import iri_to_uri  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from clusters.models import ClusterIndexPage, ClusterMemberPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from news.models.index import NEWS_PER_PAGE  # noqa: E402
from news.models.posts import NewsPageProject  # noqa: E402
from projects.models import ProjectIndexPage, ProjectPage  # noqa: E402

DEEP_PAGE = 400  # the news index page measured as "deep" (the last page when there are fewer)
WORD = re.compile(r"[^\W\d_]{4,}")
HOST = "127.0.0.1"


class ProbeError(Exception):
    pass


def first(queryset, what):
    page = queryset.first()
    if page is None:
        raise ProbeError(f"The built site has no {what} in the default language.")
    return page


def path_of(page):
    return iri_to_uri(page.get_url())


def search_hits(locale, word):
    return Page.objects.live().public().filter(locale=locale).search(word).count()


def pick_words(locale, posts, projects):
    """The word in most news titles, and the word with the fewest hits (but one) among a few
    project acronyms and the rarest title words: generated text has a small vocabulary, an
    acronym is a visitor's typical rare query. Each with its hits; BENCH_COMMON_WORD and
    BENCH_RARE_WORD override the choice."""
    titles = posts.order_by("pk").values_list("title", flat=True)[:500]
    counts = Counter(word for title in titles for word in WORD.findall(title.lower()))
    if not counts:
        raise ProbeError("The news posts' titles have no word to search for.")
    common = os.environ.get("BENCH_COMMON_WORD") or counts.most_common(1)[0][0]
    rare = os.environ.get("BENCH_RARE_WORD")
    if not rare:
        acronyms = projects.exclude(acronym="").order_by("pk").values_list("acronym", flat=True)
        candidates = [*acronyms[:5], *sorted(counts, key=lambda word: (counts[word], word))[:5]]
        hits = {word: search_hits(locale, word) for word in candidates}
        rare = min(candidates, key=lambda word: (hits[word] == 0, hits[word]))
    return {word: search_hits(locale, word) for word in (common, rare)}, common, rare


def directory_facets(members):
    """The craft sector and country most members share: the fullest two-facet listing."""
    pairs = Counter(
        (sector_slug, country)
        for sector_slug, country in members.values_list("craft_sectors__slug", "country")
        if sector_slug
    )
    if not pairs:
        raise ProbeError("No member of the directory has a craft sector.")
    (sector, country), _count = pairs.most_common(1)[0]
    return sector, country


def discover():
    """The benchmark's addresses by label, and facts about the site they come from."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    in_locale = {"locale": locale}
    home = first(HomePage.objects.live().filter(**in_locale), "home page")
    news_index = first(NewsIndexPage.objects.live().filter(**in_locale), "news index")
    posts = NewsPage.objects.child_of(news_index).live().public()
    post_count = posts.count()
    deep = min(DEEP_PAGE, max(1, -(-post_count // NEWS_PER_PAGE)))
    newest = first(posts.order_by("-date", "-pk"), "news post")
    project_index = first(ProjectIndexPage.objects.live().filter(**in_locale), "project index")
    projects = ProjectPage.objects.live().filter(**in_locale)
    # The project with the most news: its page lists the most posts (the worst case).
    busiest = (
        NewsPageProject.objects.filter(project__in=projects)
        .values("project")
        .annotate(posts=Count("pk"))
        .order_by("-posts", "project")
        .first()
    )
    project = projects.get(pk=busiest["project"]) if busiest else first(projects, "project")
    cluster_index = first(ClusterIndexPage.objects.live().filter(**in_locale), "cluster index")
    members = ClusterMemberPage.objects.live().filter(**in_locale)
    member = first(members.order_by("pk"), "cluster member")
    sector, country = directory_facets(members)
    hits, common, rare = pick_words(locale, posts, projects)
    with translation.override(locale.language_code):
        search = reverse("search")
    directory = path_of(cluster_index)
    urls = {
        "home": path_of(home),
        "news index": path_of(news_index),
        "news index, deep page": f"{path_of(news_index)}?page={deep}",
        "news post": path_of(newest),
        "project index": path_of(project_index),
        "project page": path_of(project),
        "directory, two facets": iri_to_uri(f"{directory}?sector={sector}&country={country}"),
        "member profile": path_of(member),
        "search, common word": iri_to_uri(f"{search}?q={common}"),
        "search, rare word": iri_to_uri(f"{search}?q={rare}"),
        "404": f"/{locale.language_code}/bench-no-such-page/",
        "floor": "/floor/",
    }
    facts = {
        "locales": Locale.objects.count(),
        "news posts": NewsPage.objects.live().count(),
        "news posts in the default language": post_count,
        "projects": ProjectPage.objects.live().count(),
        "cluster members": ClusterMemberPage.objects.live().count(),
        "search hits": hits,
    }
    return urls, facts


def count_queries(urls):
    """Each address's status and its queries on the second request (the first warms it)."""
    client = Client(HTTP_HOST=HOST)
    measured = {}
    for label, url in urls.items():
        client.get(url, secure=True)  # production redirects plain HTTP to HTTPS
        client.get(url, secure=True)  # the first view may make settings rows: a new frame
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, secure=True)
        measured[label] = {"status": response.status_code, "queries": len(queries)}
    return measured


def main():
    try:
        urls, facts = discover()
    except ProbeError as error:
        print(f"bench.probe: {error}", file=sys.stderr)
        return 1
    json.dump({"urls": urls, "facts": facts, "pages": count_queries(urls)}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
