"""The admin, too, loads nothing from a third party: no Gravatar for editors' avatars."""

from django.contrib.auth import get_user_model


def test_admin_shows_avatars_without_asking_gravatar(client, db):
    editor = get_user_model().objects.create_superuser(
        "editor", email="editor@kartu.example", password="x"
    )
    client.force_login(editor)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert b"gravatar" not in response.content.lower()
