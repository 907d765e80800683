"""Consents recorded before consents had a method to choose and a scope keep what they said:
the free-text method becomes the evidence, and they cover the photos and contact details of the
profile they were given for (clusters migration 0006)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Site

from tests import factories
from tests.conftest import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("clusters", "0005_consent_scope_and_evidence")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_free_text_method_becomes_the_evidence_and_the_consent_covers_the_whole_profile(
    base_tree,
):
    # A transactional test before this one may have flushed the default site away.
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": base_tree}
    )
    cluster = factories.ClusterPageFactory(parent=build_site_tree().cluster_index)
    member = factories.ClusterMemberPageFactory(parent=cluster, consent=None)
    old = migrate(BEFORE)
    old.get_model("clusters", "PublicationConsent").objects.create(
        member_id=member.pk,
        given_by="Ona",
        given_at="2014-10-08",
        method="Pasirašyta sutikimo forma klasterio susitikime Tauragėje",
    )

    new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    consent = new.get_model("clusters", "PublicationConsent").objects.get(member_id=member.pk)
    assert (consent.method, consent.evidence) == (
        "other",
        "Pasirašyta sutikimo forma klasterio susitikime Tauragėje",
    )
    assert consent.covers_photos and consent.covers_contact_details
