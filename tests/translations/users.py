"""Users of the admin and what they are shown, for the translator features' tests."""

import json

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.users.models import UserProfile

from news.models import NewsCategory
from translations.roles import translators_group

CODES = ["lt", "lv", "en"]
OTHERS = [(own, other) for own in CODES for other in CODES if other != own]
DENIED = "Sorry, you do not have permission to access this area."


def make_user(username, group, password="x"):
    """A user in `group` (a Group or a group name) who reads the admin in English."""
    if isinstance(group, str):
        group = Group.objects.get(name=group)
    user = get_user_model().objects.create_user(username=username, password=password)
    user.groups.add(group)
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    return user


def translator(login, code):
    """The test client, logged in as a member of the locale's translators' group."""
    return login(f"translator-{code}", translators_group(code))


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_url(name, *args, locale=None):
    url = reverse(NewsCategory.snippet_viewset.get_url_name(name), args=args)
    return f"{url}?locale={locale}" if locale else url


def is_denied(response):
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def translation_editor_title(response):
    """The title of the object wagtail-localize's translation editor was started with, or None
    when the response is not that editor."""
    html = response.content.decode()
    element = BeautifulSoup(html, "html.parser").select_one(".js-translation-editor")
    if element is None:
        return None
    return json.loads(element["data-props"])["object"]["title"]


def form_value(response, form_id, name):
    """The value of field `name` in the form `form_id` of an admin page, or None."""
    form = BeautifulSoup(response.content.decode(), "html.parser").find(id=form_id)
    field = form and form.find(attrs={"name": name})
    return field.get("value") if field else None


def put_string(client, translation, segment, value):
    """What the translation editor's "Save" on one string does: its API call."""
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    boundary = "kartu-boundary"
    return client.put(
        url,
        encode_multipart(boundary, {"value": value}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", boundary),
    )


def assert_editor_shows(response, obj, form_id, field, value):
    """The source object's own edit form (`form_id`, its `field` holding `value`), or
    wagtail-localize's translation editor of a translated one: either way, opened on `obj`."""
    assert response.status_code == 200
    if obj.locale.language_code == "lt":
        assert form_value(response, form_id, field) == value
    else:
        assert translation_editor_title(response) == value
