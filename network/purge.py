"""The network home lists other sites' news and projects: when one of them is published,
unpublished, moved or deleted anywhere on the install, the page cache drops the network
sites' pages too (pagecache purges only the changed page's own site)."""

from django.db.models.signals import pre_delete
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import HomePage
from news.models import NewsPage
from pagecache.purge import Purge
from projects.models import ProjectPage

from .models import NetworkHomePage

# What a network home shows: member home pages (their titles name the members), posts, projects.
LISTED = (HomePage, NewsPage, ProjectPage)


def connect():
    for signal in (page_published, page_unpublished, post_page_move, pre_delete):
        signal.connect(listed_page_changed, dispatch_uid="network")


def listed_page_changed(sender, instance, **kwargs):
    if not isinstance(instance, LISTED) or isinstance(instance, NetworkHomePage):
        return
    network_sites = Site.objects.filter(root_page__in=NetworkHomePage.objects.values("pk"))
    site_ids = list(network_sites.values_list("pk", flat=True))
    if not site_ids:  # an install without a network home: nothing to purge, nobody to tell
        return
    purge = Purge()
    for site_id in site_ids:
        purge.add_site(str(site_id))
    purge.schedule()
