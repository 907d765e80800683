"""Turning a translation back into an alias takes the page off the site, so only who may
publish it may do so (`translations.patches.alias_conversion_rights`)."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.translations.users import is_denied, translator
from translations.roles import COMMUNICATIONS

pytestmark = pytest.mark.django_db


def convert(client, page):
    return client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))


def test_a_translator_cannot_turn_their_languages_page_into_an_alias(tree, login):
    page = tree["pages"]["lv"]
    response = convert(translator(login, "lv"), page)
    assert is_denied(response)
    assert Page.objects.get(pk=page.pk).alias_of_id is None


def test_communications_can_turn_a_translation_into_an_alias(tree, login):
    page = tree["pages"]["lv"]
    convert(login("ona", COMMUNICATIONS), page)
    assert Page.objects.get(pk=page.pk).alias_of_id == tree["pages"]["lt"].pk
