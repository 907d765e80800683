"""Installs from before `TranslatorGroup` keep their translators' rights: the data migration
links each group named "Translators – <language>" to its locale."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from translations.models import TranslatorGroup

pytestmark = pytest.mark.django_db

MIGRATION = import_module("translations.migrations.0002_link_existing_translator_groups")


def test_existing_translators_groups_are_linked_to_their_locales_by_name():
    latvian = Group.objects.create(name="Translators – latviešu")
    english = Group.objects.create(name="Translators – English")
    Group.objects.create(name="Latvian proofreaders")

    MIGRATION.link_existing_translator_groups(apps, None)

    links = {link.group: link.locale.language_code for link in TranslatorGroup.objects.all()}
    assert links == {latvian: "lv", english: "en"}


def test_linking_twice_changes_nothing():
    Group.objects.create(name="Translators – polski")
    MIGRATION.link_existing_translator_groups(apps, None)
    MIGRATION.link_existing_translator_groups(apps, None)
    assert TranslatorGroup.objects.count() == 1
