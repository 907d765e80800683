"""`/sitemap.xml` and `/robots.txt`, outside the language prefixes.

Wagtail's own sitemap lists only the requesting site's tree and no alternates. This one walks
every language's tree of the requesting site (never another organisation's site on the same
install) and gives each page its live translations as `xhtml:link` alternates (hreflang, plus
x-default for the default language's version). Aliases show another language's content, so
they are never listed. Three queries whatever the size of the site: the pages, the sites' root
paths and the locales.
"""

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .languages import site_default_language, site_homes

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def sitemap_pages(request):
    """Every live, public page of the request's site in a configured language, with its
    absolute URL, grouped by translation_key: [(page, url, {language code: url of each live
    translation})]."""
    languages = [code for code, _name in settings.LANGUAGES]
    homes = site_homes(request)
    in_site = Q()
    for home in homes.values():
        in_site |= Q(path__startswith=home.path)
    pages = (
        Page.objects.filter(in_site)
        .live()
        .public()
        .filter(alias_of__isnull=True, depth__gt=1, locale__language_code__in=languages)
        .select_related("locale")
        .order_by("path")
    )
    entries, groups = [], {}
    for page in pages:
        url = page.get_full_url(request)
        if url is None:  # not under any site's root: no address to list
            continue
        code = page.locale.language_code
        groups.setdefault(page.translation_key, {})[code] = url
        entries.append((page, url, groups[page.translation_key]))
    return entries


@require_safe
def sitemap(request):
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    xml = SimplerXMLGenerator(response, "utf-8")
    xml.startDocument()
    xml.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS})
    default = site_default_language(request)
    for page, url, translations in sitemap_pages(request):
        xml.startElement("url", {})
        xml.addQuickElement("loc", url)
        if page.last_published_at:
            xml.addQuickElement("lastmod", page.last_published_at.date().isoformat())
        if len(translations) > 1:
            # Every version names all the others and itself; search engines want it reciprocal.
            for code, _name in settings.LANGUAGES:
                if code in translations:
                    alternate(xml, code, translations[code])
            if default in translations:
                alternate(xml, "x-default", translations[default])
        xml.endElement("url")
    xml.endElement("urlset")
    xml.endDocument()
    return response


def alternate(xml, hreflang, url):
    xml.addQuickElement("xhtml:link", attrs={"rel": "alternate", "hreflang": hreflang, "href": url})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
