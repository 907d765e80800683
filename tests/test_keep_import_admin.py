"""The admin's keep.eu import: Communications check a file (nothing written) and import it;
problems are listed by line in the editor's language; a translator is refused."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects.models import ProjectPage
from tests.members_records import speaks
from tests.translations.users import is_denied, make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group

FIXTURE = Path(__file__).parent / "data" / "keep_eu_export.csv"
URL = "/admin/keep-import/"


@pytest.fixture
def roles(site_tree):
    setup_roles()


@pytest.fixture
def communications(client, roles):
    client.force_login(make_user("ruta", COMMUNICATIONS))
    return client


def upload(client, action, content=None, name="keep.csv"):
    file = SimpleUploadedFile(name, content or FIXTURE.read_bytes(), content_type="text/csv")
    return client.post(URL, {"file": file, "action": action})


def test_checking_lists_what_would_be_created_and_writes_nothing(communications):
    response = upload(communications, "check")
    page = response.content.decode()
    assert "What the import would do" in page
    assert "Crafts without borders" in page and "Gmina Puńsk" in page
    assert ProjectPage.objects.count() == 0


def test_importing_creates_draft_project_pages(communications):
    response = upload(communications, "import")
    assert "What was imported" in response.content.decode()
    assert sorted(ProjectPage.objects.values_list("project_number", "live")) == [
        ("LT-PL-2014-CRAFTS", False),
        ("LV-RU-018", False),
    ]


def test_a_bad_row_is_named_in_the_editors_language(client, roles):
    user = make_user("ruta", COMMUNICATIONS)
    speaks(user, "lt")
    client.force_login(user)
    content = FIXTURE.read_text(encoding="utf-8").replace("2018-07-01", "liepos 1", 1)
    page = upload(client, "import", content.encode()).content.decode()
    assert "Nieko neimportuota" in page
    assert "<td>4</td>" in page and "liepos 1" in page
    assert ProjectPage.objects.count() == 0


def test_a_file_of_another_type_is_refused_before_it_is_read(communications):
    page = upload(communications, "check", b"GIF89a", name="keep.gif").content.decode()
    assert "Only CSV and Excel (.xlsx) files can be imported" in page


def test_a_translator_is_refused(client, roles):
    client.force_login(make_user("translator", translators_group("lt")))
    assert is_denied(client.get(URL))
    assert is_denied(upload(client, "import"))
    assert ProjectPage.objects.count() == 0


def test_the_menu_offers_the_import_to_communications_only(client, communications, roles):
    menu = communications.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in menu
    client.force_login(make_user("translator", translators_group("lv")))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()
