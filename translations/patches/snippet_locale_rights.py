"""Per-locale rights on wagtail-localize's string, PO and machine-translation endpoints.

Gap: wagtail-localize checks only model-level rights for snippets on these endpoints (its one
`submit_translation` permission is global, and Wagtail's snippet permissions are per model), so
a translator of one language could change another language's snippet translation by calling the
API directly. No upstream issue asks for per-locale translator rights (searched the
wagtail-localize tracker, November 2026; wagtail-localize#108 added the global permission).
Pages need nothing extra: their rights already follow each locale's tree, which the edit views
check.

`SnippetTranslationLocaleMiddleware` asks `translations.policy` before the view runs and answers
403 when the translator may not change the target snippet's locale. Importing this module
registers no hooks.

Delete this module (and its line in MIDDLEWARE) when wagtail-localize checks the target
instance's per-locale rights on these endpoints, for instance through Wagtail's permission
policies, or when Wagtail gains per-locale snippet permissions.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.models import Translation

from translations.policy import may_touch

GUARDED_VIEWS = {
    "wagtail_localize:edit_string_translation",
    "wagtail_localize:edit_override",
    "wagtail_localize:upload_pofile",
    "wagtail_localize:download_pofile",
    "wagtail_localize:machine_translate",
    "wagtail_localize:stop_translation",
}


class SnippetTranslationLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in GUARDED_VIEWS:
            return None
        translation = Translation.objects.filter(pk=view_kwargs.get("translation_id")).first()
        if translation is None or not request.user.is_authenticated:
            return None  # the view itself answers 404 or sends the visitor to log in
        try:
            instance = translation.get_target_instance()
        except translation.source.specific_content_type.model_class().DoesNotExist:
            return None
        if not isinstance(instance, Page) and not may_touch(
            request.user, type(instance), "change", instance.locale
        ):
            raise PermissionDenied
        return None
