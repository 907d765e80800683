"""DeepL machine translation that tells the translator when DeepL fails, and asks for British
English.

Gap 1: wagtail-localize's `DeepLTranslator.translate` reads `response.json()["translations"]`
without checking the HTTP status, so a quota (456) or other HTTP error escapes as `KeyError` or
`JSONDecodeError` (a `ValueError`), and a network failure as `RequestException`: the translator
gets a 500. No upstream issue is filed for this (searched the wagtail-localize tracker for DeepL
errors and quota, November 2026). `KartuDeepLTranslator.translate` raises one exception instead,
which `MachineTranslationErrorMiddleware` turns into a message and a redirect back to the editor.

Gap 2: for a locale coded plain `en` (ours), wagtail-localize sends the target `EN`, which DeepL
keeps only for backward compatibility and asks callers to replace with `EN-GB` or `EN-US`
(wagtail-localize#738, closed by passing `en-gb`/`en-us` locale codes through; a plain `en` still
sends `EN`). `TARGET_VARIANTS` picks British English, which suits EU publications, and European
Portuguese.

Delete this module when wagtail-localize's DeepL translator reports HTTP errors as something a
view can show and lets a plain language code choose its variant; then point
WAGTAILLOCALIZE_MACHINE_TRANSLATOR back at `wagtail_localize.machine_translators.deepl
.DeepLTranslator` and drop the middleware from the settings. (`API_URL`, used by the tests to
talk to a local stand-in for DeepL, would go with it.)
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import override
from requests import RequestException
from wagtail.users.models import UserProfile
from wagtail_localize.machine_translators.deepl import DeepLTranslator

# DeepL wants a variant for English targets; British English suits EU publications.
TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT"}


class MachineTranslationFailed(Exception):
    pass


class KartuDeepLTranslator(DeepLTranslator):
    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        variant = TARGET_VARIANTS.get(target_locale.language_code.lower())
        if variant:
            parameters["target_lang"] = variant
        return parameters

    def translate(self, source_locale, target_locale, strings):
        try:
            return super().translate(source_locale, target_locale, strings)
        except (RequestException, KeyError, ValueError) as error:
            raise MachineTranslationFailed(str(error)) from error


class MachineTranslationErrorMiddleware:
    """Turn a failed machine translation into a message on the page the translator was on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MachineTranslationFailed):
            return None
        # Outside Wagtail's views the admin language is not active: use the editor's own.
        language = UserProfile.get_for_user(request.user).get_preferred_language()
        with override(language):
            messages.error(
                request,
                _(
                    "Machine translation is unavailable right now (the service did not answer "
                    "or its quota is used up). Nothing was changed; translate by hand or try "
                    "later."
                ),
            )
        next_url = request.GET.get("next") or request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "/admin/"
        return redirect(next_url)
