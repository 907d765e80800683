"""A page as an anonymous visitor sees it, rendered through the real site (middleware, page
cache, templates) by Django's test client, with the stylesheets, scripts and images it links
collected so that the snapshot opens offline from the ZIP."""

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.test import Client

# src="…", href="…", poster="…" and every address of a srcset="…".
ATTRIBUTE = re.compile(r'\b(src|href|poster|srcset)="([^"]*)"')


@dataclass
class Snapshot:
    url: str
    status: int
    html: str
    assets: dict = field(default_factory=dict)  # {path in the ZIP: bytes}


def fetch_page(page):
    """(full URL, status code, HTML) of the live `page`, requested without a session."""
    _site_id, root_url, path = page.get_url_parts()
    parts = urlsplit(root_url)
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    response = Client().get(
        path, HTTP_HOST=parts.netloc, SERVER_PORT=str(port), secure=secure, follow=False
    )
    return root_url + path, response.status_code, response.content.decode()


def asset_bytes(url):
    """(name, bytes) of a static or media file the page links, or None (another site's,
    missing, or an address outside its folder)."""
    try:
        return _asset_bytes(unquote(urlsplit(url).path))
    except (SuspiciousFileOperation, OSError, ValueError):
        return None


def _asset_bytes(path):
    if path.startswith(settings.STATIC_URL):
        name = path[len(settings.STATIC_URL) :]
        found = finders.find(name)
        if found:
            with open(found, "rb") as handle:
                return name, handle.read()
        if staticfiles_storage.exists(name):
            with staticfiles_storage.open(name) as handle:
                return name, handle.read()
    elif path.startswith(settings.MEDIA_URL):
        name = path[len(settings.MEDIA_URL) :]
        if default_storage.exists(name):
            with default_storage.open(name) as handle:
                return name, handle.read()
    return None


def bundle_assets(html, assets):
    """`html` with each static or media address replaced by the copy kept in `assets/`."""

    def local(url):
        found = asset_bytes(url)
        if found is None:
            return url
        name, content = found
        kind = "static" if urlsplit(url).path.startswith(settings.STATIC_URL) else "media"
        zip_path = posixpath.join("assets", kind, posixpath.normpath(name).lstrip("./"))
        assets[zip_path] = content
        return "../" + zip_path  # snapshots sit in snapshots/

    def replace(match):
        attribute, value = match.groups()
        if attribute == "srcset":
            candidates = []
            for candidate in value.split(","):
                url, _space, descriptor = candidate.strip().partition(" ")
                candidates.append(" ".join(filter(None, [local(url), descriptor])))
            value = ", ".join(candidates)
        else:
            value = local(value)
        return f'{attribute}="{value}"'

    return ATTRIBUTE.sub(replace, html)


def take_snapshot(page, taken_at):
    """A Snapshot of the live `page`, dated by a comment after its doctype."""
    url, status, html = fetch_page(page)
    assets = {}
    html = bundle_assets(html, assets)
    note = f"<!-- Kartu evidence pack: {url} as an anonymous visitor saw it at {taken_at} -->"
    doctype, newline, rest = html.partition("\n")
    if doctype.lower().startswith("<!doctype"):
        html = f"{doctype}\n{note}\n{rest}"
    else:
        html = f"{note}\n{html}"
    return Snapshot(url=url, status=status, html=html, assets=assets)
