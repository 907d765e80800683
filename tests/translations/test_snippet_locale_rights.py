"""wagtail-localize's string API keeps to the translator's locale for snippets
(`translations.patches.snippet_locale_rights`)."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.translations.users import put_string, translator

pytestmark = pytest.mark.django_db


def snippet_translation(tree, code):
    source = TranslationSource.objects.get_for_instance(tree["categories"]["lt"])
    translation = Translation.objects.get(
        source=source, target_locale=tree["categories"][code].locale
    )
    return translation, StringSegment.objects.filter(source=source).first()


@pytest.mark.parametrize(("own", "other"), [("lt", "lv"), ("lv", "en"), ("en", "lv")])
def test_translator_cannot_save_strings_of_another_locales_snippet_through_the_api(
    tree, login, own, other
):
    client = translator(login, own)
    translation, segment = snippet_translation(tree, other)

    response = put_string(client, translation, segment, "hijacked")

    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="hijacked").exists()
    target = tree["categories"][other]
    target.refresh_from_db()
    assert target.name != "hijacked"


def test_translator_can_save_strings_of_their_locales_snippet_through_the_api(tree, login):
    client = translator(login, "lv")
    translation, segment = snippet_translation(tree, "lv")

    response = put_string(client, translation, segment, "Apmācības")

    assert response.status_code in (200, 201)
    saved = StringTranslation.objects.get(
        translation_of_id=segment.string_id,
        context_id=segment.context_id,
        locale=translation.target_locale,
    )
    assert saved.data == "Apmācības"
