"""Members' publication consents are records for who may list them (site managers and
Communications), their history too."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from clusters.models import PublicationConsent
from tests import factories
from tests.translations.users import is_denied
from translations.roles import COMMUNICATIONS, REVIEWERS, setup_roles


@pytest.fixture
def consent(site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    member = factories.ClusterMemberPageFactory(parent=cluster, title="Ona Puodžiūtė")
    return PublicationConsent.objects.create(
        member=member, given_by="Ona", given_at=datetime.date(2024, 5, 1)
    )


def history_url(consent):
    return f"/admin/clusters/publicationconsent/history/{consent.pk}/"


def test_a_translation_reviewer_cannot_read_a_consents_history(client, consent):
    setup_roles()
    reviewer = get_user_model().objects.create_user("reviewer", password="x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    client.force_login(reviewer)
    response = client.get(history_url(consent))
    assert is_denied(response)
    assert "Puodžiūtė" not in response.content.decode()


def test_a_site_manager_reads_a_consents_history(client, consent):
    admin = get_user_model().objects.create_superuser("admin", "admin@kartu.example", "x")
    client.force_login(admin)
    response = client.get(history_url(consent))
    assert response.status_code == 200
    assert "Ona Puodžiūtė (2024-05-01)" in response.content.decode()


def test_communications_read_a_consents_history(client, consent):
    setup_roles()
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=COMMUNICATIONS))
    client.force_login(editor)
    assert client.get(history_url(consent)).status_code == 200
