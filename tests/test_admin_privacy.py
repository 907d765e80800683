"""The admin, too, asks nothing of a third party: no Gravatar for editors' avatars, no
upgrade check from the dashboard."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def dashboard(client, db):
    admin = get_user_model().objects.create_superuser(
        "admin", email="admin@kartu.example", password="x"
    )
    client.force_login(admin)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    return response.content.decode().lower()


def test_admin_shows_avatars_without_asking_gravatar(dashboard):
    assert "gravatar" not in dashboard


def test_dashboard_does_not_check_wagtail_releases_online(dashboard):
    assert "w-upgrade" not in dashboard
