"""After a restore, what every app server keeps in the shared cache (Redis) may show the old
database: cached pages, the site frame's generation, Wagtail's site root paths. Forget them."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Site

from home.shared_cache import bump
from pagecache.purge import Purge


def forget_cached_content():
    ContentType.objects.clear_cache()  # ids of this process's cache may differ from the dump's
    Site.clear_site_root_paths_cache()
    everything = Purge()
    everything.add_language(None)  # every page of every language, and the CDN's if configured
    everything.apply()
    bump()
