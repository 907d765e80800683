"""Schema.org JSON-LD for search engines: one `<script type="application/ld+json">` per page.

Each page class says what describes it in `get_structured_data(request, context)` (BasePage: the
breadcrumb trail; the home page adds the site owner; news posts, projects and member profiles
their own nodes, built by their app's `structured_data.py`). This module holds what they share,
and the `{% structured_data %}` tag writes the result. It imports no model.
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .shared_cache import shared

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


def organisation_node(name, request, site_settings, footer_text):
    """The site owner as a schema.org Organization, from the site settings and footer text."""
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
    """Home › … › this page, for every page below a language's home page. The ancestors come
    from the shared frame cache (one query when content changed); the page itself as it is
    (a preview shows its unsaved title)."""
    if page.depth <= 2:
        return None
    ancestors = [
        *shared(
            request,
            f"ancestors:{page.path}",
            lambda: list(page.get_ancestors().filter(depth__gte=2)),
        ),
        page,
    ]
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


def language_code():
    """The active language's code (`lt`), as `inLanguage` wants it."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]
