"""The quick benchmark: how list pages scale with content, measured side by side in one run.

Run with `make bench-quick` (or `.venv/bin/python bench/quick.py`); `make bench` is the load
benchmark (bench/load.py). For each list page it builds a site
with a little and with a lot of content in a throwaway test database, renders the page many times
through Django's test client, and prints the median time, the SQL query count, and the ratio
large/small. A ratio near 1.0 means the cost does not grow with content.
"""

import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kartu.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

SMALL, LARGE = 5, 200
REPEATS = 30


def build_site(news_count, member_count):
    from wagtail.models import Page, Site

    from tests import factories

    Page.objects.filter(depth__gt=1).delete()  # also deletes the Site rooted there
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="bench-home")
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    news_index = factories.NewsIndexPageFactory(parent=home)
    project_index = factories.ProjectIndexPageFactory(parent=home)
    cluster_index = factories.ClusterIndexPageFactory(parent=home)
    for _ in range(news_count):  # as many projects as posts
        project = factories.ProjectPageFactory(parent=project_index)
        factories.ProjectPartnerFactory(page=project, role="lead")
    category = factories.NewsCategoryFactory()
    for _ in range(news_count):
        post = factories.NewsPageFactory(parent=news_index)
        post.categories.add(category)
        post.save()
        factories.NewsPageProjectFactory(page=post, project=project)
    cluster = factories.ClusterPageFactory(parent=cluster_index, slug="bench-cluster")
    sector = factories.CraftSectorFactory()
    for _ in range(member_count):
        factories.ClusterMemberPageFactory(parent=cluster, craft_sectors=[sector])
    return {
        "home": "/lt/",
        "news index": "/lt/news/",
        "project index": "/lt/projects/",
        "cluster page": cluster.url,
        "directory": cluster_index.url,
        "filtered dir.": cluster_index.url + f"?sector={sector.slug}&country=LT&q=Craftsperson",
        "search": "/lt/search/?q=Craftsperson",
    }


def measure(client, url):
    client.get(url)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, url
    return statistics.median(timings), len(queries)


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        client = Client()
        results = {}
        for size in (SMALL, LARGE):
            urls = build_site(news_count=size, member_count=size)
            for label, url in urls.items():
                results[(label, size)] = measure(client, url)
        print(f"{'page':<15}{'items':>7}{'median ms':>12}{'queries':>9}   ratio (time, queries)")
        for label in urls:
            small_time, small_queries = results[(label, SMALL)]
            large_time, large_queries = results[(label, LARGE)]
            for size, (seconds, count) in (
                (SMALL, results[(label, SMALL)]),
                (LARGE, results[(label, LARGE)]),
            ):
                print(f"{label:<15}{size:>7}{seconds * 1000:>12.1f}{count:>9}")
            print(
                f"{'':<15}{'':>7}{'':>12}{'':>9}   "
                f"{large_time / small_time:.2f}x, {large_queries / small_queries:.2f}x"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
