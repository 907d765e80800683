"""The evidence pack: every live language of a project page as a visitor sees it, the
compliance result per language and a manifest whose SHA-256 hashes match the files; built by
a task, downloaded only by those who may edit the page."""

import datetime
import hashlib
import io
import json
import os
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from compliance.models import EvidencePack, PackStatus
from tests.compliance_site import DISCLAIMER_LT, DISCLAIMER_LV, bilingual_site
from tests.translations.users import is_denied, make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group


@pytest.fixture
def site(site_tree):
    setup_roles()
    return bilingual_site(site_tree)


@pytest.fixture
def editor(client, site):
    client.force_login(make_user("editor", COMMUNICATIONS))
    return client


@pytest.fixture
def pack(editor, site, django_capture_on_commit_callbacks):
    """A pack the editor requested for the Lithuanian project page, built (immediately, as
    tests run tasks) once the request's transaction committed."""
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("compliance_evidence_packs", args=[site.project.pk]))
    assert response.status_code == 302
    return EvidencePack.objects.get(page=site.project)


def download(client, pack):
    return client.get(reverse("compliance_evidence_download", args=[pack.pk]))


@pytest.fixture
def archive(editor, pack):
    response = download(editor, pack)
    assert response.status_code == 200
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_requested_pack_is_built_and_listed(editor, site, pack):
    assert pack.status == PackStatus.READY, pack.error
    html = editor.get(reverse("compliance_evidence_packs", args=[site.project.pk])).text
    assert reverse("compliance_evidence_download", args=[pack.pk]) in html


def test_pack_has_a_snapshot_per_live_language_with_its_disclaimer(archive):
    lithuanian = archive.read("snapshots/lt.html").decode()
    latvian = archive.read("snapshots/lv.html").decode()
    assert DISCLAIMER_LT in lithuanian
    assert DISCLAIMER_LV in latvian
    assert '<html lang="lv"' in latvian


def test_manifest_hashes_match_the_files(archive):
    manifest = json.loads(archive.read("manifest.json"))
    names = set(archive.namelist()) - {"manifest.json"}
    assert set(manifest["files"]) == names
    for name, digest in manifest["files"].items():
        assert hashlib.sha256(archive.read(name)).hexdigest() == digest
    assert [page["language"] for page in manifest["pages"]] == ["lt", "lv"]
    assert all(page["url"].startswith("http") for page in manifest["pages"])


def test_snapshot_stylesheet_is_in_the_pack(archive):
    html = archive.read("snapshots/lt.html").decode()
    stylesheets = [name for name in archive.namelist() if name.endswith(".css")]
    assert stylesheets
    assert f'href="../{stylesheets[0]}"' in html


def test_pack_holds_the_compliance_result_per_language(archive):
    result = json.loads(archive.read("compliance/lv.json"))
    assert result == {"compliant": True, "findings": []}


def test_pack_names_what_a_page_lacks(editor, site, django_capture_on_commit_callbacks):
    site.project.results = ""
    site.project.end_date = site.project.end_date.replace(year=2020)
    site.project.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("compliance_evidence_packs", args=[site.project.pk]))
    pack = EvidencePack.objects.get(page=site.project)
    with zipfile.ZipFile(pack.file.open("rb")) as archive:
        result = json.loads(archive.read("compliance/lt.json"))
    assert result["compliant"] is False
    assert "results" in [finding["rule"] for finding in result["findings"]]


def test_a_language_no_site_serves_is_left_out_of_the_pack(
    editor, site, django_capture_on_commit_callbacks
):
    site.project_lv.move(Page.get_first_root_node(), pos="last-child")  # under no site
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("compliance_evidence_packs", args=[site.project.pk]))
    pack = EvidencePack.objects.get(page=site.project)
    assert pack.status == PackStatus.READY, pack.error
    with zipfile.ZipFile(pack.file.open("rb")) as archive:
        names = archive.namelist()
    assert "snapshots/lt.html" in names
    assert "snapshots/lv.html" not in names


def test_pack_file_is_not_under_media_url(pack, settings):
    assert not pack.file.path.startswith(str(settings.MEDIA_ROOT))


def test_translator_of_another_language_cannot_download(client, pack):
    client.force_login(make_user("translator", translators_group("lv")))
    assert is_denied(download(client, pack))


def test_translator_of_another_language_cannot_request_one(client, site):
    client.force_login(make_user("translator", translators_group("lv")))
    url = reverse("compliance_evidence_packs", args=[site.project.pk])
    assert is_denied(client.post(url))
    assert not EvidencePack.objects.exists()


def test_admin_user_without_page_rights_cannot_download(client, pack):
    readers = Group.objects.create(name="Readers")
    readers.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_user("reader", readers))
    assert is_denied(download(client, pack))


def test_retention_deletes_only_old_packs_and_their_files(pack, settings):
    old = EvidencePack.objects.create(page=pack.page, status=PackStatus.READY)
    old.file.save("old.zip", ContentFile(b"PK"), save=True)
    old_path = old.file.path
    EvidencePack.objects.filter(pk=old.pk).update(
        created_at=timezone.now()
        - datetime.timedelta(days=settings.KARTU_EVIDENCE_PACK_RETENTION_DAYS + 1)
    )
    call_command("delete_old_evidence_packs", stdout=io.StringIO())
    assert list(EvidencePack.objects.all()) == [pack]
    assert not os.path.exists(old_path)
    assert os.path.exists(pack.file.path)
