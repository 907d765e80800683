"""Installs from before FundingSettings keep their site's funding disclaimer and funders: the
data migration copies them from the site settings before home drops the two fields."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Site

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("home", "0007_image_block_decorative"), ("projects", "0005_funding_settings")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_disclaimer_and_funders_move_from_site_settings_to_funding_settings(base_tree):
    # A transactional test before this one may have flushed the default site away.
    site, _created = Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": base_tree}
    )
    old = migrate(BEFORE)
    locale = old.get_model("wagtailcore", "Locale").objects.get(language_code="lt")
    disclaimer = old.get_model("projects", "FundingDisclaimer").objects.create(
        title="Tauragės VVG", statement="Remia ES", locale=locale, translation_key=uuid.uuid4()
    )
    programme = old.get_model("projects", "FundingProgramme").objects.create(
        name="LEADER", period="2014-2020", fund="eafrd", locale=locale, translation_key=uuid.uuid4()
    )
    old.get_model("home", "SiteSettings").objects.create(
        site_id=site.pk,
        default_disclaimer=disclaimer,
        funders=[{"type": "programme", "value": programme.pk, "id": str(uuid.uuid4())}],
        email="info@example.lt",
    )

    executor = MigrationExecutor(connection)
    new = migrate(executor.loader.graph.leaf_nodes())

    funding = new.get_model("projects", "FundingSettings").objects.get(site_id=site.pk)
    assert funding.default_disclaimer_id == disclaimer.pk
    assert [(item["type"], item["value"]) for item in funding.funders.raw_data] == [
        ("programme", programme.pk)
    ]
    assert new.get_model("home", "SiteSettings").objects.get(site_id=site.pk).email == (
        "info@example.lt"
    )
