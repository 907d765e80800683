"""Schema.org JSON-LD for search engines: one `<script type="application/ld+json">` per page.

This module builds what every page shares (the site owner's `Organization` on the home page, a
`BreadcrumbList` below it) and asks the other apps for their page types' nodes through the
`kartu_structured_data` hook: a function `(page, request, context)` returning a dict or None.
`home` imports no other app; news, projects and clusters register their builders in their
`wagtail_hooks.py`.
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, Site

from .models import HomePage, SiteSettings

HOOK_NAME = "kartu_structured_data"

# The characters that could end the <script> element or open a comment inside it, written as
# JSON escapes instead (as Django's json_script does).
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(nodes):
    """A JSON-LD script element holding `nodes` as one schema.org graph, safe inside HTML."""
    data = {"@context": "https://schema.org", "@graph": nodes}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def compact(node):
    """The node without empty values (schema.org readers prefer a missing property to "")."""
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def absolute_image_url(request, image, spec):
    """The absolute address of a rendition of `image`, or None without an image."""
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def site_organisation(request):
    """The site owner as a schema.org Organization, from the site settings and footer text."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    site_settings = SiteSettings.for_request(request)
    footer_text = site_settings.footer_text.localized if site_settings.footer_text_id else None
    name = (footer_text.organisation_name if footer_text else "") or site.site_name
    if not name:
        return None
    address = None
    if footer_text and footer_text.address:
        lines = [line.strip() for line in footer_text.address.splitlines() if line.strip()]
        address = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
    return compact(
        {
            "@type": "Organization",
            "name": name,
            "url": request.build_absolute_uri("/"),
            "email": site_settings.email,
            "telephone": site_settings.phone,
            "address": address,
            "sameAs": [url for _name, url in site_settings.social_links],
        }
    )


def breadcrumb_list(page, request):
    """Home › … › this page, for every page below a language's home page. One query."""
    if page.depth <= 2:
        return None
    ancestors = page.get_ancestors(inclusive=True).filter(depth__gte=2)
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(ancestors, start=1)
        ],
    }


def page_nodes(page, request, context):
    """Every schema.org node describing `page`: its own (from the apps' hooks), the site owner
    on the home page, the breadcrumb trail below it."""
    if not isinstance(page, Page) or request is None:
        return []
    nodes = []
    if isinstance(page, HomePage):
        nodes.append(site_organisation(request))
    for build in hooks.get_hooks(HOOK_NAME):
        nodes.append(build(page, request, context))
    nodes.append(breadcrumb_list(page, request))
    return [node for node in nodes if node]


def language_code():
    """The active language's code (`lt`), as `inLanguage` wants it."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]
