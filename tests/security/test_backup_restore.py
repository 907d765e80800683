"""Backups that restore (README "Backups"): `manage.py backup`, then `manage.py restore` into a
new, empty database and media folder, brings back a site that serves the same pages. A restore
refuses what is not empty, an archive whose files do not match its manifest and an archive of
newer code, all before it changes anything; and it forgets the pages the cache still holds.

Runs on whichever database the suite uses: PostgreSQL (pg_dump, pg_restore, a new database
made by the test) or SQLite (the online backup API, a new file)."""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
import requests
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Site

from news.models import NewsPage
from pagecache.middleware import HEADER
from tests import factories
from tests.conftest import build_every_page_type, every_page_type_urls
from tests.security.archives import members, rewrite
from tests.security.restore_targets import REPO, new_empty_database, process_environment

pytestmark = pytest.mark.django_db(transaction=True)
HOST = "localhost"  # the default site's hostname in build_every_page_type
MEDIA_URL = re.compile(r"/media/[^\s\"',)]+")


def normalised(html):
    """A page as the next visitor sees it again: without per-response tokens."""
    html = re.sub(r'\bnonce="[^"]*"', 'nonce=""', html)
    return re.sub(r'(name="csrfmiddlewaretoken" value=)"[^"]*"', r'\1""', html)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def small_site(base_tree, media_root):
    """Home, news index and a news post whose lead image is a real file in `media_root`."""
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="pradzia")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": HOST, "root_page": home}
    )
    photo = factories.wagtail_factories.ImageFactory(title="Puodai")
    news_index = factories.NewsIndexPageFactory(parent=home, title="Naujienos")
    news = factories.NewsPageFactory(
        parent=news_index, title="Mokymai amatininkams", lead_image=photo
    )
    return SimpleNamespace(home=home, news=news, photo=photo)


@pytest.fixture
def backup(tmp_path):
    """`backup()`: run `manage.py backup` into `backup.folder`; the archive's path."""
    if connection.vendor == "postgresql" and shutil.which("pg_dump") is None:
        if os.environ.get("CI"):
            pytest.fail("pg_dump is missing: CI needs Debian's postgresql-client")
        pytest.skip("!! NO pg_dump: install postgresql-client; the backup tests did not run")

    def make():
        return Path(call_command("backup", output=make.folder, verbosity=0))

    make.folder = tmp_path / "backups"
    return make


@pytest.fixture
def empty_database_url(tmp_path):
    with new_empty_database(tmp_path) as url:
        yield url


def test_a_restore_into_an_empty_database_and_media_folder_serves_the_same_pages(
    base_tree,
    media_root,
    backup,
    empty_database_url,
    start_server,
    client,
    tmp_path,
):
    urls = every_page_type_urls(build_every_page_type(base_tree), "lt")
    urls |= {"sitemap": "/sitemap.xml", "news feed": "/lt/feeds/news/rss/"}
    # Served once before the backup: the image renditions the pages show exist from now on.
    before = {}
    for name, url in urls.items():
        response = client.get(url, HTTP_HOST=HOST)
        before[name] = (response.status_code, normalised(response.content.decode()))
    archive = backup()
    restored_media = tmp_path / "restored-media"
    environment = process_environment(tmp_path, empty_database_url, restored_media)

    restore = subprocess.run(
        [sys.executable, str(REPO / "manage.py"), "restore", str(archive)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert restore.returncode == 0, restore.stderr

    server = start_server(environment)
    after = {}
    for name, url in urls.items():
        response = requests.get(server + url, headers={"Host": HOST}, timeout=30)
        after[name] = (response.status_code, normalised(response.content.decode()))
    assert after == before
    files = {unquote(url) for _status, html in before.values() for url in MEDIA_URL.findall(html)}
    assert any(url.startswith("/media/images/") for url in files), files  # renditions
    for url in files:
        name = url.removeprefix("/media/")
        assert (restored_media / name).read_bytes() == (media_root / name).read_bytes(), name


def test_the_manifest_lists_every_file_with_its_sha256_the_database_and_its_migrations(
    small_site, backup
):
    contents = members(backup())
    manifest = json.loads(contents.pop("manifest.json"))
    listed = {name: entry["sha256"] for name, entry in manifest["files"].items()}
    assert listed == {name: hashlib.sha256(data).hexdigest() for name, data in contents.items()}
    assert f"media/{small_site.photo.file.name}" in listed
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["database"]["file"] in listed
    assert "0001_initial" in manifest["migrations"]["wagtailcore"]
    assert manifest["media"] == {"included": True, "storage": "local", "files": 1}


def test_only_the_archives_owner_may_read_it(small_site, backup):
    # It holds members' contacts, enquiries and password hashes.
    archive = backup()
    assert archive.stat().st_mode & 0o777 == 0o600
    assert archive.parent.stat().st_mode & 0o777 == 0o700
    assert [path.name for path in archive.parent.iterdir()] == [archive.name]  # no leftovers


def test_a_restore_refuses_a_database_that_is_not_empty(small_site, backup, settings, tmp_path):
    archive = backup()
    NewsPage.objects.filter(pk=small_site.news.pk).update(title="Written after the backup")
    settings.MEDIA_ROOT = str(tmp_path / "empty-media")

    with pytest.raises(CommandError, match="is not empty: it has [0-9]+ tables.*--force"):
        call_command("restore", str(archive), verbosity=0)
    assert NewsPage.objects.get(pk=small_site.news.pk).title == "Written after the backup"
    assert not (tmp_path / "empty-media").exists()


def test_a_restore_refuses_a_media_folder_that_is_not_empty(small_site, backup, settings, tmp_path):
    archive = backup()
    media = tmp_path / "other-media"
    media.mkdir()
    (media / "someone-elses.jpg").write_bytes(b"\xff\xd8")
    settings.MEDIA_ROOT = str(media)
    NewsPage.objects.filter(pk=small_site.news.pk).update(title="Written after the backup")

    with pytest.raises(CommandError, match=f"The media folder {media} is not empty.*--force"):
        call_command("restore", str(archive), verbosity=0)
    assert [path.name for path in media.iterdir()] == ["someone-elses.jpg"]
    assert NewsPage.objects.get(pk=small_site.news.pk).title == "Written after the backup"


def flip_last_byte(data):
    return data[:-1] + bytes([data[-1] ^ 1])


def test_a_tampered_archive_is_refused_before_anything_changes_even_with_force(
    small_site, backup, media_root, tmp_path
):
    archive = backup()
    image = f"media/{small_site.photo.file.name}"
    tampered = rewrite(archive, {image: flip_last_byte}, tmp_path / "tampered.tar")
    NewsPage.objects.filter(pk=small_site.news.pk).update(title="Written after the backup")
    original_image = (media_root / small_site.photo.file.name).read_bytes()

    with pytest.raises(CommandError, match=f"the SHA-256 of {image} does not match"):
        call_command("restore", str(tampered), force=True, verbosity=0)
    assert NewsPage.objects.get(pk=small_site.news.pk).title == "Written after the backup"
    assert (media_root / small_site.photo.file.name).read_bytes() == original_image


def test_an_archive_with_a_file_outside_the_media_folder_is_refused(
    small_site, backup, settings, tmp_path
):
    escape, data = "media/../../escaped.txt", b"written outside the media folder"

    def list_the_escape(manifest):
        manifest = json.loads(manifest)
        digest = hashlib.sha256(data).hexdigest()
        manifest["files"][escape] = {"size": len(data), "sha256": digest}
        return json.dumps(manifest).encode()

    archive = rewrite(
        backup(), {"manifest.json": list_the_escape}, tmp_path / "escape.tar", {escape: data}
    )
    settings.MEDIA_ROOT = str(tmp_path / "deep" / "media")
    with pytest.raises(CommandError, match=r"media/\.\./\.\./escaped.txt is not a file at a safe"):
        call_command("restore", str(archive), force=True, verbosity=0)
    assert not (tmp_path / "escaped.txt").exists()


def test_an_archive_of_newer_code_is_refused_naming_the_migrations_this_code_lacks(
    small_site, backup, tmp_path
):
    def add_a_future_migration(data):
        manifest = json.loads(data)
        manifest["migrations"]["news"].append("9999_from_the_future")
        return json.dumps(manifest).encode()

    newer = rewrite(backup(), {"manifest.json": add_a_future_migration}, tmp_path / "newer.tar")
    with pytest.raises(CommandError, match="newer code.*news.9999_from_the_future"):
        call_command("restore", str(newer), force=True, verbosity=0)


def test_a_forced_restore_brings_back_the_backup_and_forgets_cached_pages(
    small_site, backup, client, settings
):
    settings.KARTU_PAGE_CACHE = True
    news = small_site.news
    archive = backup()
    news.title = "Written after the backup"
    news.save_revision().publish()
    for expected in ["miss", "hit"]:
        response = client.get(news.url)
        assert response.headers[HEADER] == expected
        assert "Written after the backup" in response.text

    call_command("restore", str(archive), force=True, verbosity=0)

    response = client.get(news.url)
    assert response.headers[HEADER] == "miss"
    assert "Mokymai amatininkams" in response.text
    assert "Written after the backup" not in response.text


def test_media_in_a_bucket_stays_out_of_the_archive_and_the_backup_says_where_it_is(
    base_tree, backup, settings
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    settings.AWS_STORAGE_BUCKET_NAME = "kartu-media"
    output = StringIO()
    call_command("backup", output=backup.folder, stdout=output)

    assert "Media: not in this archive, it is in the bucket 'kartu-media'" in output.getvalue()
    (archive,) = backup.folder.glob("kartu-backup-*.tar")
    contents = members(archive)
    assert not [name for name in contents if name.startswith("media/")]
    assert json.loads(contents["manifest.json"])["media"]["included"] is False
