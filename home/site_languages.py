"""Each site answers only in its own languages.

A site's languages are those its home page is translated into (`home.languages`). Wagtail
would serve another language's address with the site root's own content (`.localized` falls
back to the source page), and the views outside the page tree (search, feeds) exist in every
language of the install: on a site without that language both are a 404 here. The bare `/`
is sent to the visitor's language when the site has it, else to the site's own first one.
"""

from django.http import Http404
from django.utils import translation

from .languages import site_languages


class SiteLanguageMiddleware:
    """After LocaleMiddleware, which chose the language and redirects `/` to it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        prefix = translation.get_language_from_path(path)
        if prefix or path == "/":
            codes = site_languages(request)
            if codes and prefix and prefix not in codes:
                raise Http404
            if codes and not prefix and translation.get_language() not in codes:
                translation.activate(codes[0])
                request.LANGUAGE_CODE = codes[0]
        return self.get_response(request)
