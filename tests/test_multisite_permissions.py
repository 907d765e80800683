"""An organisation's people work on their own site only: an editor of site A is denied every
admin view of site B's pages and settings; a translator of site A's Latvian tree cannot touch
site B's Latvian tree. Both sites are made by `add_site`, as a network administrator would."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import ERROR, get_messages
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Site

from home.models import SiteSettings
from tests import factories

PAGE_VIEWS = [
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:add_subpage",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:unpublish",
    "wagtailadmin_pages:move",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:set_privacy",
    # (revisions_index only redirects here)
    "wagtailadmin_pages:history",
]


@pytest.fixture
def network(site_tree, django_capture_on_commit_callbacks, django_user_model):
    """Site A (the default site, Tauragė, lt + lv) and site B (Lielupe, lv + lt), each with a
    standard page in both languages, an editor and a Latvian translator of site A."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "add_site",
            "--hostname",
            "localhost",
            "--name",
            "Taurage",
            "--languages",
            "lt,lv",
            stdout=None,
        )
        call_command(
            "add_site",
            "--hostname",
            "lielupe.localhost",
            "--name",
            "Lielupe",
            "--languages",
            "lv,lt",
            stdout=None,
        )
    lv = Locale.objects.get(language_code="lv")
    site_b = Site.objects.get(hostname="lielupe.localhost")
    b_home = site_b.root_page.specific
    a_lv_home = site_tree.home.get_translation(lv)
    editor = django_user_model.objects.create_user("editor-a", password="x")
    editor.groups.add(Group.objects.get(name="Taurage: editors"))
    translator = django_user_model.objects.create_user("translator-a-lv", password="x")
    translator.groups.add(Group.objects.get(name="Taurage: translators – latviešu"))
    return {
        "site_a": site_tree.site,
        "site_b": site_b,
        "a_page": factories.StandardPageFactory(parent=site_tree.home, title="Apie mus"),
        "a_lv_page": factories.StandardPageFactory(parent=a_lv_home, title="Par mums", locale=lv),
        "b_page": factories.StandardPageFactory(parent=b_home, title="Par mums", locale=lv),
        "b_home": b_home,
        "editor": editor,
        "translator": translator,
    }


def denied(response):
    """403, or back to the dashboard with an error message (Wagtail's way of saying no)."""
    if response.status_code == 403:
        return True
    errors = [m for m in get_messages(response.wsgi_request) if m.level == ERROR]
    return response.status_code == 302 and response["Location"] == "/admin/" and bool(errors)


def settings_url(site):
    SiteSettings.for_site(site)
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


def test_an_editor_of_one_site_is_denied_every_admin_view_of_the_others_pages(client, network):
    client.force_login(network["editor"])
    for view in PAGE_VIEWS:
        for page in [network["b_page"], network["b_home"]]:
            response = client.get(reverse(view, args=[page.pk]))
            assert denied(response), (view, page.title, response.status_code)
        own = client.get(reverse(view, args=[network["a_page"].pk]))
        # Their own site's page: served (add_subpage goes straight to the only page type).
        assert own.status_code in (200, 302) and not denied(own), view


def test_an_editor_of_one_site_is_denied_the_others_settings(client, network):
    client.force_login(network["editor"])
    assert client.get(settings_url(network["site_a"])).status_code == 200
    assert denied(client.get(settings_url(network["site_b"])))
    response = client.post(settings_url(network["site_b"]), {"email": "x@example.org"})
    assert denied(response)
    assert SiteSettings.for_site(network["site_b"]).email == ""


def test_a_translator_of_one_sites_latvian_tree_cannot_touch_the_others(client, network):
    client.force_login(network["translator"])
    own = reverse("wagtailadmin_pages:edit", args=[network["a_lv_page"].pk])
    other = reverse("wagtailadmin_pages:edit", args=[network["b_page"].pk])
    assert client.get(own).status_code == 200
    assert denied(client.get(other))
    response = client.post(other, {"title": "Pārrakstīts", "slug": "par-mums"})
    assert denied(response)
    network["b_page"].refresh_from_db()
    assert network["b_page"].title == "Par mums"
    assert denied(
        client.get(reverse("wagtailadmin_pages:add_subpage", args=[network["b_home"].pk]))
    )


def test_a_new_organisations_editor_sees_only_their_own_site(client, network, django_user_model):
    # The "Done when": one command adds a third organisation; its editor signs in.
    call_command(
        "add_site",
        *["--hostname", "bauska.localhost", "--name", "Bauska", "--languages", "lv"],
        stdout=None,
    )
    editor = django_user_model.objects.create_user("editor-bauska", password="x")
    editor.groups.add(Group.objects.get(name="Bauska: editors"))
    client.force_login(editor)
    explorer = client.get(reverse("wagtailadmin_explore_root"))
    assert explorer.status_code == 302  # straight into their only site's tree
    home = Site.objects.get(hostname="bauska.localhost").root_page
    assert explorer["Location"] == reverse("wagtailadmin_explore", args=[home.pk])
    settings_choices = client.get(reverse("wagtailsettings:edit", args=["home", "sitesettings"]))
    assert settings_choices.status_code == 302  # one site whose settings they may edit
    assert settings_choices["Location"].endswith(f"/{home.get_site().pk}/")
    for other in [network["a_page"], network["b_page"], network["b_home"]]:
        assert denied(client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])))
