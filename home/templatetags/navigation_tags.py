"""Template tags of the site frame: navigation, the language switcher, hreflang links and the
footer. Everything that queries keeps its result in the shared frame cache
(`home.shared_cache`), so the frame costs no query at all until someone changes content."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from wagtail.models import Page, Site

from home.i18n import active_locale, localized_by_pk
from home.languages import (
    active_language,
    live_translations,
    locale_codes,
    locale_homes,
    site_default_language,
)
from home.models import SiteSettings
from home.shared_cache import shared

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the active language (None when it has none)."""
    return locale_homes(context.get("request")).get(active_language())


@register.simple_tag(takes_context=True)
def site_name(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def lang_attr(context, obj):
    """` lang="xx"` when a translatable object is shown in a language other than the page's.

    Snippets fall back to their source language when untranslated; WCAG 3.1.2 asks that such a
    passage says which language it is in.
    """
    locale_id = getattr(obj, "locale_id", None)
    code = locale_codes(context.get("request")).get(locale_id)
    if code and code != active_language():
        return format_html(' lang="{}"', code)
    return ""


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """Canonical and hreflang links: every live translation, never an alias, plus x-default."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return {"canonical": "", "alternates": [], "x_default": ""}
    translations = live_translations(request, page)
    # An alias shows another language's content: its canonical is the original page.
    original = translations.get(active_language()) or page
    alternates = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(site_default_language(request))
    return {
        "canonical": original.get_full_url(request),
        "alternates": alternates,
        "x_default": default.get_full_url(request) if default else "",
    }


def _is_own_view(request):
    """True for views outside the page tree that exist in every language (search)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language, named in itself, linking to this page's translation or that language's
    home page (marked so when it is the home page rather than this page)."""
    request = context.get("request")
    page = context.get("page")
    current = active_language()
    translations = live_translations(request, page)
    homes = locale_homes(request)
    languages = []
    for code, name in settings.LANGUAGES:
        target, is_home = None, False
        if code in translations:
            target = translations[code].get_url(request)
        elif not isinstance(page, Page) and _is_own_view(request) and code in homes:
            # A view outside the page tree (search): the same view in that language.
            target = translate_url(request.get_full_path(), code)
        elif code in homes:
            target, is_home = homes[code].get_url(request), True
        if target:
            languages.append(
                {
                    "code": code,
                    "name": name,
                    "url": target,
                    "is_home": is_home,
                    "is_current": code == current,
                }
            )
    return {"languages": languages, "current_language": current}


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The locale home's live children shown in menus: one query per generation."""
    request = context.get("request")
    page = context.get("page")
    home = locale_homes(request).get(active_language())
    if home is None:
        return {"items": []}
    current_path = page.url_path if isinstance(page, Page) else ""
    items = []
    children = shared(
        request,
        f"menu:{home.pk}",
        lambda: list(home.get_children().live().public().in_menu()),
    )
    for child in children:
        is_current = current_path == child.url_path
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "is_current": is_current,
                "is_ancestor": not is_current and current_path.startswith(child.url_path),
            }
        )
    return {"items": items}


def _site_settings(request):
    """The SiteSettings of the request's site, the instance Wagtail caches on the request (the
    home page and the JSON-LD read the same one); None when no Site matches (a 404 for an
    unknown host still needs a footer)."""
    if request is None or Site.find_for_request(request) is None:
        return None
    return SiteSettings.for_request(request)


def _legal_pages(request):
    """The accessibility statement and privacy notice chosen in the site settings, each in the
    active language where translated and live: one query for both."""

    def compute():
        site_settings = _site_settings(request)
        if site_settings is None:
            return []
        chosen = [
            pk
            for pk in (site_settings.accessibility_statement_id, site_settings.privacy_notice_id)
            if pk
        ]
        if not chosen:
            return []
        pages = Page.objects.live().public().filter(alias_of__isnull=True)
        found = localized_by_pk(pages, chosen, active_locale())
        return [found[pk][0] for pk in chosen if pk in found]

    site = Site.find_for_request(request)
    return shared(request, f"legal_pages:{site.pk if site else ''}:{active_language()}", compute)


@register.simple_tag(takes_context=True)
def privacy_notice(context):
    """The privacy notice chosen in the site settings, in the active language where translated
    and live, or None: for the short notice beside a form that collects personal data."""
    request = context.get("request")

    def compute():
        site_settings = _site_settings(request)
        chosen = site_settings.privacy_notice_id if site_settings else None
        if not chosen:
            return None
        pages = Page.objects.live().public().filter(alias_of__isnull=True)
        found = localized_by_pk(pages, [chosen], active_locale())
        return found[chosen][0] if chosen in found else None

    site = Site.find_for_request(request)
    return shared(request, f"privacy_notice:{site.pk if site else ''}:{active_language()}", compute)


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    """The organisation's contact block and legal pages from the site settings. The funding
    disclaimer and funders' logos come from `projects_tags`, loaded by the footer template."""
    request = context.get("request")
    site_settings = _site_settings(request)
    footer_text = site_settings.localized_footer_text(request) if site_settings else None
    return {
        "request": request,
        "page": context.get("page"),
        "site_settings": site_settings,
        "footer_text": footer_text,
        "legal_pages": _legal_pages(request),
        "locale_home": locale_homes(request).get(active_language()),
    }
