"""Security headers (README "Security headers"): what browsers are told on public pages, errors,
feeds, the admin, previews, cached pages and with the production settings."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from home.blocks import parse_video_url
from tests.pagecache.conftest import cache_state, warm

REPO = Path(__file__).resolve().parents[1]
CSP = "Content-Security-Policy"
CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only"
# What the public policy must say, beyond sending no inline script or style.
PUBLIC_LOCKS = {
    "default-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def policy(headers, header=CSP):
    """The Content-Security-Policy of a response (or its headers) as {directive: [sources]}."""
    parts = (part.split() for part in headers[header].split(";"))
    return {name: sources for name, *sources in parts}


def permissions(response):
    """The Permissions-Policy as {feature: [allowed origins]}."""
    features = (item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    return {feature: allowed.strip("()").split() for feature, allowed in features}


def assert_public_policy(response):
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert {name: csp.get(name) for name in PUBLIC_LOCKS} == PUBLIC_LOCKS
    assert CSP_REPORT_ONLY not in response


@pytest.mark.django_db
def test_public_page_allows_only_its_own_scripts_and_styles(client, site_tree):
    response = client.get(site_tree.home.url)
    assert response.status_code == 200
    assert_public_policy(response)


@pytest.mark.django_db
def test_missing_page_has_the_public_policy(client, site_tree):
    response = client.get("/lt/no-such-page/")
    assert response.status_code == 404
    assert_public_policy(response)


@pytest.mark.django_db
def test_feed_has_the_public_policy_and_may_not_be_embedded(client, site_tree):
    response = client.get(reverse("news_feed_rss"))
    assert response["Content-Type"].startswith("application/rss+xml")
    assert_public_policy(response)
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera" in permissions(response)


@pytest.mark.django_db
def test_public_page_carries_the_whole_header_set(client, site_tree):
    headers = client.get(site_tree.news_index.url).headers
    assert {
        name: headers.get(name)
        for name in [
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy",
        ]
    } == {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


@pytest.mark.django_db
def test_features_the_site_never_uses_are_denied(client, site_tree):
    features = permissions(client.get(site_tree.home.url))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]:
        assert features[feature] == [], feature


@pytest.mark.django_db
@pytest.mark.parametrize(
    "video", ["https://www.youtube.com/watch?v=abc123", "https://vimeo.com/123456"]
)
def test_video_player_may_load_and_go_full_screen(client, site_tree, video):
    _provider, embed_url = parse_video_url(video)
    player = "{0.scheme}://{0.netloc}".format(urlsplit(embed_url))
    response = client.get(site_tree.home.url)
    assert player in policy(response)["frame-src"]
    assert f'"{player}"' in permissions(response)["fullscreen"]


@pytest.mark.django_db
def test_static_files_may_not_be_embedded_by_other_sites(client):
    response = client.get("/static/js/kartu.js")
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.django_db
def test_images_from_media_storage_on_another_origin_are_allowed(client, site_tree, settings):
    settings.MEDIA_URL = "https://media.example.org/kartu/"
    assert "https://media.example.org" in policy(client.get(site_tree.home.url))["img-src"]


@pytest.mark.django_db
def test_images_from_an_s3_bucket_are_allowed(client, site_tree, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "kartu-media",
                "region_name": "eu-north-1",
                "querystring_auth": False,  # as base.py configures it
            },
        },
    }
    sources = policy(client.get(site_tree.home.url))["img-src"]
    assert any(source.startswith("https://kartu-media.s3") for source in sources), sources


@pytest.mark.django_db
def test_admin_sign_in_has_the_strict_policy(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert CSP_REPORT_ONLY not in response


@pytest.mark.django_db
def test_signed_in_staff_get_the_admin_policy_and_the_strict_one_as_report_only(
    admin_client, site_tree
):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    enforced, reported = policy(response), policy(response, CSP_REPORT_ONLY)
    assert enforced["script-src"] == ["'self'", "'unsafe-inline'"]
    assert enforced["object-src"] == ["'none'"]
    assert reported["script-src"] == ["'self'"]
    assert "'unsafe-eval'" not in response[CSP] + response[CSP_REPORT_ONLY]


@pytest.mark.django_db
def test_preview_has_the_public_policy_framed_by_the_admin_only(admin_client, site_tree):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[site_tree.home.pk]))
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert CSP_REPORT_ONLY not in response


@pytest.mark.django_db
def test_page_from_the_cache_carries_the_headers(client, site_tree, page_cache):
    warm(client, site_tree.home.url)
    response = client.get(site_tree.home.url)
    assert cache_state(response) == "hit"
    assert_public_policy(response)
    assert "camera" in permissions(response)
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


# Asks for /robots.txt, which reads no database, with the production settings.
# robots.txt names the request's site's sitemap (one site among several): the in-memory
# database gets its tables first.
PRODUCTION_REQUEST = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
response = Client().get("/robots.txt", secure=True, HTTP_HOST="kartu.example.org")
print(json.dumps(dict(response.headers)))
"""


def test_production_adds_hsts_with_preload_https_upgrades_and_violation_reports(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kartu.settings.production",
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "site")]),
        "SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789-abcdefghij",
        "ALLOWED_HOSTS": "kartu.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        "STATIC_ROOT": str(tmp_path),
        "CSP_REPORT_URI": "https://errors.example.org/csp",
    }
    env.pop("CACHE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_REQUEST],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.splitlines()[-1])
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    csp = policy(headers)
    assert "upgrade-insecure-requests" in csp
    assert csp["script-src"] == ["'self'"]
    assert csp["report-uri"] == ["https://errors.example.org/csp"]
