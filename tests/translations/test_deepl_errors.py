"""DeepL failures reach the translator as a message, and English targets get a variant
(`translations.patches.deepl_errors`)."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from tests import factories
from translations.patches.deepl_errors import KartuDeepLTranslator


@pytest.fixture
def latvian_translation(admin_client, site_tree, translate):
    """A Lithuanian news post submitted for translation into Latvian, as the admin does it."""
    translate(site_tree.home, "lv")
    translate(site_tree.news_index, "lv", {"Naujienos": "Jaunumi"})
    post = factories.NewsPageFactory(parent=site_tree.news_index, title="Mokymai amatininkams")
    latvian = Locale.objects.get(language_code="lv")
    url = reverse("wagtail_localize:submit_page_translation", args=[post.pk])
    assert admin_client.post(url, {"locales": [latvian.pk]}).status_code == 302
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(post), target_locale=latvian
    )


@pytest.fixture
def deepl_out_of_quota():
    """A local HTTP server answering as DeepL does when the quota is used up (456, not JSON)."""

    class QuotaExceeded(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(456)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"Quota exceeded")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), QuotaExceeded)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v2/translate"
    server.shutdown()


def test_deepl_out_of_quota_tells_the_translator_instead_of_failing(
    admin_client, admin_user, latvian_translation, settings, deepl_out_of_quota
):
    UserProfile.get_for_user(admin_user)
    UserProfile.objects.filter(user=admin_user).update(preferred_language="en")
    latvian = latvian_translation
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.patches.deepl_errors.KartuDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test-key", "API_URL": deepl_out_of_quota},
    }
    url = reverse("wagtail_localize:machine_translate", args=[latvian.pk])
    response = admin_client.post(url + "?next=/admin/", follow=True)
    assert response.status_code == 200
    assert "Machine translation is unavailable right now" in response.content.decode()


def test_deepl_gets_british_english_as_the_target(site_tree):
    translator = KartuDeepLTranslator({"AUTH_KEY": "k"})
    lithuanian, english = (
        Locale.objects.get(language_code="lt"),
        Locale.objects.get(language_code="en"),
    )
    parameters = translator.get_parameters(lithuanian, english, [])
    assert (parameters["source_lang"], parameters["target_lang"]) == ("LT", "EN-GB")
