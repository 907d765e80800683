"""Cache keys: a stored page is keyed by host, path, query and the versions it depends on.

Three kinds of version live in the cache, each a random token (never a counter, so an evicted
version can never come back with an old value and revive stale pages):

- `path`: one per site and URL path; bumping it drops every query-string variant of that path;
- `tree`: one per site and path prefix; bumping `/lt/feeds/` drops every path under it;
- `site`: one per site, and one per site and language: bumping drops every page of the site
  (its settings changed) or of one of its languages (its main menu changed);
- `language`: one per language code, and `*` for all, on every site (shared reference data,
  snippets and locales, show on all of them).

Paths and trees are keyed by site (pagecache/sites.py), so a change on one organisation's site
never purges another's pages at the same address (`/lt/`, `/sitemap.xml`).
"""

import hashlib
import uuid

from django.conf import settings
from django.http import QueryDict
from django.utils.http import urlencode

PREFIX = "pagecache"
ALL_LANGUAGES = "*"


def digest(text):
    # Paths may be long or non-ASCII (Lithuanian slugs): hash them into valid, short keys.
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def path_version_key(site, path):
    return f"{PREFIX}:path:{site}:{digest(path)}"


def tree_version_key(site, prefix):
    return f"{PREFIX}:tree:{site}:{digest(prefix)}"


def site_version_key(site, code=ALL_LANGUAGES):
    return f"{PREFIX}:site:{site}:{code}"


def language_version_key(code):
    return f"{PREFIX}:lang:{code}"


def new_token():
    return uuid.uuid4().hex


def language_of(path):
    """The language code of a prefixed path (`/lv/news/` → `lv`), or None."""
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in {code for code, _name in settings.LANGUAGES} else None


def tree_prefixes(path):
    """`/lt/news/post/` → [`/lt/`, `/lt/news/`, `/lt/news/post/`]; a last segment without a
    trailing slash (`/sitemap.xml`) is a prefix of its own."""
    parts = path.strip("/").split("/")
    prefixes = ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts)) if parts[0]]
    if prefixes and not path.endswith("/"):
        prefixes[-1] = prefixes[-1].rstrip("/")
    return prefixes


def version_keys(site, path):
    """Every version key a response for `path` on `site` (its id, as text) depends on, in a
    fixed order."""
    language = language_of(path)
    keys = [language_version_key(ALL_LANGUAGES), site_version_key(site)]
    if language:
        keys.extend([language_version_key(language), site_version_key(site, language)])
    keys.append(path_version_key(site, path))
    keys.extend(tree_version_key(site, prefix) for prefix in tree_prefixes(path))
    return keys


def normalised_query(query_string):
    """The query string as the view reads it (QueryDict), parameters sorted by name. The sort is
    stable, so repeated names keep their order (`a=1&a=2` is not `a=2&a=1` to a view that
    reads the last value)."""
    query = QueryDict(query_string)
    pairs = [(name, value) for name, values in query.lists() for value in values]
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def page_key(host, path, query, versions):
    text = "\n".join([host, path, query, *versions])
    return f"{PREFIX}:page:{digest(text)}"
