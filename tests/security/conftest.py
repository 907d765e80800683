import pytest
from wagtail.users.models import UserProfile

from tests.translations.users import make_user


@pytest.fixture
def editor(client, db):
    """The test client, logged in as a member of Wagtail's Editors group;
    `editor.language(code)` sets the admin language the editor chose."""
    user = make_user("editor", "Editors")

    def language(code):
        UserProfile.objects.filter(user=user).update(preferred_language=code)

    client.force_login(user)
    client.language = language
    return client
