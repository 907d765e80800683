"""A machine translator that asks the translation memory before the configured translator.

WAGTAILLOCALIZE_MACHINE_TRANSLATOR names `MemoryFirstTranslator`, with the real translator in
its options (`"TRANSLATOR": {"CLASS": …, "OPTIONS": …}`). Whoever calls it (wagtail-localize's
"Machine translate" button, a translation job) sends the paid service only the strings the
memory cannot fill exactly.

So that the strings the memory fills are recorded as such (`words_saved`), the "Machine
translate" button first runs `fill_exact_matches` (`MemoryFirstMiddleware`, which acts only when
this translator is the configured one); this class then answers any exact match that remains
(a string repeated within the page) and passes the rest on.
"""

from django.utils.module_loading import import_string
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import Translation
from wagtail_localize.strings import StringValue

from translations.memory.fill import fill_exact_matches
from translations.memory.rights import may_edit_translation
from translations.memory.search import exact_matches


class MemoryFirstTranslator(BaseMachineTranslator):
    def __init__(self, options):
        super().__init__(options)
        wrapped = options["TRANSLATOR"]
        self.translator = import_string(wrapped["CLASS"])(wrapped.get("OPTIONS", {}))

    @property
    def display_name(self):
        return self.translator.display_name

    def can_translate(self, source_locale, target_locale):
        return self.translator.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        remembered = exact_matches(
            [string.data for string in strings], source_locale, target_locale
        )
        answers = {
            string: StringValue(remembered[string.data])
            for string in strings
            if string.data in remembered
        }
        rest = [string for string in strings if string.data not in remembered]
        if rest:
            answers.update(self.translator.translate(source_locale, target_locale, rest))
        return answers


class MemoryFirstMiddleware:
    """Before wagtail-localize's "Machine translate" view: fill exact matches from the memory."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is None
            or match.view_name != "wagtail_localize:machine_translate"
            or request.method != "POST"
            or not request.user.is_authenticated
            or not isinstance(get_machine_translator(), MemoryFirstTranslator)
        ):
            return None
        translation = Translation.objects.filter(pk=view_kwargs.get("translation_id")).first()
        if translation is None or not may_edit_translation(request.user, translation):
            return None  # the view answers 404 or 403 itself
        fill_exact_matches(translation, request.user)
        return None
