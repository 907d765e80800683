"""DeepL machine translation that tells the translator when DeepL fails, instead of a 500.

wagtail-localize's DeepL translator lets a quota or HTTP error escape as KeyError or
JSONDecodeError, and sends the deprecated "EN" target for English. This subclass raises one
exception the middleware below turns into a message and a redirect back to the editor.
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
