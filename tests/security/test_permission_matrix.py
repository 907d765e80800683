"""Who reaches which admin view: every admin route (Wagtail's, its contrib apps',
wagtail-localize's, modeladmin's, ours, Django's admin), filled with real objects
(`admin_objects`), requested by each role, against a table written down here by hand.

Roles: an anonymous visitor; a Latvian translator (`translations.roles`: edits the Latvian tree
and Latvian snippets, starts no translation, publishes nothing); an editor of the
Communications group (every page and snippet, images and documents, no users, groups, sites,
settings or workflows); the administrator (a superuser). A route about a page or a
translatable snippet is requested for a Lithuanian subject (the source) and a Latvian one.

A new admin route fails `test_every_admin_route_is_in_the_matrix` until it gets a row.
"""

from fnmatch import fnmatch
from http.cookies import SimpleCookie

import polib
import pytest
from django.contrib.messages import ERROR, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, TestCase
from django.test.client import MULTIPART_CONTENT, encode_multipart

from tests.security.admin_objects import admin_urls, build_admin_objects, route_key, subjects
from tests.security.demo_site import built_once
from tests.security.routes import admin_routes

ROLES = ("anonymous", "translator-lv", "editor", "admin")
OUTCOMES = {
    "L": "sent to log in",
    "D": "denied: 403, or back to the dashboard with an error message",
    "K": "served: 2xx, a 400 for the form's content, or a redirect within the admin",
    "G": "gone: 404",
    "-": "not checked (the row says why)",
}

# Routes left out, and why.
SKIPPED = {
    "wagtailadmin_error_test": "Wagtail's /admin/failwhale/ raises on purpose for anyone signed "
    "in, to test error reporting (anonymous visitors are sent to log in: the fuzz test checks)",
}

# route pattern (fnmatch), subject ("" none, "lt" source, "lv" translation), outcome for
# anonymous, translator-lv, editor, admin. The first row that matches decides.
MATRIX = [
    # Signing in, and what the login page needs.
    ("wagtailadmin_login", "", "KKKK"),  # signed in: on to the dashboard
    ("wagtailadmin_logout", "", "LLLL"),  # everyone ends at the login page
    ("wagtailadmin_password_reset*", "", "KKKK"),
    ("wagtailadmin_javascript_catalog", "", "KKKK"),
    ("wagtailadmin_sprite", "", "KKKK"),
    # Django's admin: staff superusers only; the others are sent to its login.
    ("admin:login", "", "KKKK"),
    ("admin:logout", "", "KKKK"),
    ("admin:axes_*_add", "", "LLLD"),  # django-axes' records are read-only
    ("admin:django_tasks_database_dbtaskresult_add", "", "LLLD"),  # tasks are read-only
    ("admin:django_tasks_database_dbtaskresult_delete", "", "LLLD"),
    ("admin:autocomplete", "", "LLLD"),  # no admin of ours has autocomplete fields
    ("admin:view_on_site", "", "LLLG"),  # pages have no get_absolute_url
    ("/django-admin/%(url)s", "", "LLLG"),
    ("admin:*", "", "LLLK"),
    ("/django-admin/*", "", "LLLK"),
    # Pages: a translator edits their language's tree only (Wagtail's explorer and choosers
    # show the whole tree, as the links editors make may point anywhere).
    ("wagtailadmin_explore*", "*", "LKKK"),  # a translator is sent to their own tree
    ("wagtailadmin_choose_page_child", "*", "LKKK"),
    ("wagtailadmin_pages:choose_parent", "", "LKKK"),
    ("wagtailadmin_pages:revisions_index", "*", "LKKK"),  # a redirect to the history
    ("wagtailadmin_pages:convert_alias", "*", "LGGG"),  # neither page is an alias
    ("wagtailadmin_pages:unpublish", "*", "LDKK"),  # publishing rights
    ("wagtailadmin_pages:delete", "*", "LDKK"),  # a translator cannot delete a live page
    ("wagtailadmin_pages:move*", "*", "LDKK"),
    ("wagtailadmin_pages:set_privacy", "*", "LDKK"),
    ("wagtailadmin_pages:set_page_position", "*", "LDKK"),
    ("wagtailadmin_pages:revisions_unschedule", "*", "LDKK"),
    ("wagtailadmin_pages:lock", "*", "LDKK"),
    ("wagtailadmin_pages:unlock", "*", "LDKK"),
    # The page in moderation: only the task's reviewers act (neither role is one).
    ("wagtailadmin_pages:workflow_action", "*", "LDDK"),
    ("wagtailadmin_pages:collect_workflow_action_data", "*", "LDDK"),
    ("wagtailadmin_pages:workflow_preview", "*", "LDDK"),
    # Wagtail asks no permission here; it shows only the workflow's and task's names.
    ("wagtailadmin_pages:confirm_workflow_cancellation", "*", "LKKK"),
    ("wagtailadmin_pages:*", "lt", "LDKK"),  # editing, history, previews, copies, adding
    ("wagtailadmin_pages:*", "lv", "LKKK"),
    ("wagtailadmin_pages:*", "", "LKKK"),  # the page search, a page type's usage
    ("wagtail_bulk_action", "*", "LKKK"),  # the confirmation marks what the user may not touch
    ("wagtailadmin_api:pages:detail", "lt", "LGKK"),  # outside the translator's tree
    ("wagtailadmin_api:pages:action", "lt", "LGKK"),
    ("wagtailadmin_api:pages:action", "lv", "LDKK"),  # a live copy needs the right to publish
    ("wagtailadmin_api:*:find", "*", "LGGG"),  # needs the address to look for
    ("wagtailadmin_api:*", "*", "LKKK"),
    ("wagtailadmin_editing_sessions:ping", "", "LGKK"),  # a page the translator cannot edit
    ("wagtailadmin_editing_sessions:release", "", "LKKK"),  # one's own sessions only
    # wagtail-localize: translators translate; starting or updating translations is
    # Communications'. Turning a translation into an alias needs the right to publish.
    ("wagtail_localize:submit_*", "*", "LDKK"),
    ("wagtail_localize:update_translations", "", "LDKK"),
    ("wagtail_localize:convert_to_alias", "lt", "LDGG"),  # a source page is no translation
    ("wagtail_localize:convert_to_alias", "lv", "LDKK"),
    ("wagtail_localize:preview_translation(translation_id,mode)", "lv", "LGGG"),  # no such mode
    ("wagtail_localize:*", "*", "LKKK"),  # the Latvian translation's editor, reports, APIs
    ("wagtail_modeladmin:javascript_catalog", "", "LKKK"),
    # The glossary: translators keep the terms into their language (the subject is a
    # Lithuanian–Latvian term); Communications and the administrator every term.
    ("wagtailsnippets_translations_glossaryterm:*", "", "LKKK"),
    # Reference data (translatable snippets): a translator adds and changes Latvian ones.
    ("wagtailsnippets:index", "", "LDDD"),  # lists only snippets outside a menu group: none
    ("wagtailsnippets_*:list*", "lt", "LDKK"),  # a translator's listings: their language
    ("wagtailsnippets_*:add", "lv", "LKKK"),
    ("wagtailsnippets_*:edit", "lv", "LKKK"),
    ("wagtailsnippets_*:add", "*", "LDKK"),  # in Lithuanian, the default locale
    ("wagtailsnippets_*:edit", "*", "LDKK"),
    ("wagtailsnippets_*:copy", "*", "LDKK"),  # a copy is made in the default locale
    ("wagtailsnippets_*:delete", "*", "LDKK"),  # translators delete nothing
    ("wagtailsnippets_*", "*", "LKKK"),  # listings, history, usage
    ("wagtailsnippetchoosers_*", "*", "LKKK"),
    # Images and documents: translators only choose them.
    ("wagtail*_chooser:create", "", "LDKK"),
    ("wagtail*_chooser:*", "", "LKKK"),
    ("wagtailimages:url_generator*", "", "LDGG"),  # no image serving view is configured
    # The administrator's upload: the uploader's alone. Wagtail (8.0.1) answers the uploader
    # 500 for a document whose form fails validation ('DocumentForm' has no field 'file').
    ("wagtaildocs:create_multiple_from_uploaded_document", "", "LDD-"),
    ("wagtail*:*upload*", "", "LDDK"),
    ("wagtailimages:*", "", "LDKK"),
    ("wagtaildocs:*", "", "LDKK"),
    # Reports and choosers every admin user has (Wagtail filters what each one sees).
    ("wagtailadmin_reports:locked_pages*", "", "LDKK"),
    ("wagtailadmin_reports:*", "", "LKKK"),
    ("translations_status", "", "LKKK"),  # a translator reads their own languages' status
    # Evidence packs in bulk from the report: the GET is the confirmation; the POST builds
    # packs only for projects the user may edit (tests/test_evidence_pack_bulk.py).
    ("compliance_report_evidence_packs", "", "LDKK"),
    ("compliance_report*", "", "LDKK"),  # EU visibility: Communications, not translators
    # The poster and the evidence pack of the demo's (Lithuanian) project page: whoever may
    # edit the page; a Latvian translator may not.
    ("compliance_poster", "lt", "LDKK"),
    ("compliance_evidence_*", "lt", "LDKK"),
    # Translation jobs: everyone's own queue; creating is for who starts translations; the
    # job is the Latvian translator's. "Keep previous" on the Latvian news post's string.
    ("translations_jobs", "", "LKKK"),
    ("translations_job_create", "", "LDKK"),
    ("translations_job", "", "LKKK"),
    ("translations_job_machine_translate", "", "LKKK"),
    ("translations_keep_previous", "", "LKKK"),
    # The translation memory's "Use this match": whoever may edit the translation's strings
    # (the posted form is empty here: a 400 after the rights are checked).
    ("translations_memory_use", "lv", "LKKK"),
    ("wagtailadmin_workflows:task_chooser*", "", "LKKK"),  # creating one needs the right
    ("wagtailadmin_workflows:task_chosen", "", "LKKK"),
    ("wagtailsearchpromotions:chooser*", "", "LKKK"),
    # Site management: the administrator's alone.
    ("wagtailsettings:preview_on_edit", "", "LDDG"),  # settings have no preview
    ("wagtailadmin_workflows:*", "*", "LDDK"),
    ("wagtailadmin_collections:delete", "", "LGGK"),  # Wagtail lists only what one may delete
    ("wagtailadmin_collections:*", "", "LDDK"),
    ("wagtailusers_*", "", "LDDK"),
    ("wagtailsites:*", "", "LDDK"),
    ("wagtaillocales:*", "", "LDDK"),
    ("wagtailsettings:*", "", "LDDK"),
    # Wagtail (8.0.1) answers a tampered import step 500 (BadSignature has no `message`).
    ("wagtailredirects:process_import", "", "LDD-"),
    ("wagtailredirects:*", "", "LDDK"),
    ("wagtailsearchpromotions:*", "", "LDDK"),
    # Members' records: Communications record consents and follow enquiries up; nobody adds
    # an enquiry (visitors send them); translators see neither.
    ("clusters_cooperationenquiry_modeladmin_create", "", "LDDD"),
    ("clusters_*_modeladmin_*", "", "LDKK"),
    # Open data: the keep.eu import is for those who add and publish project pages.
    ("opendata_keep_import", "", "LDKK"),
    # Two-factor sign-in: each staff member's own pages; a reset is a superuser's.
    ("kartu_two_factor:reset", "", "LDDK"),
    ("kartu_two_factor:*", "", "LKKK"),
    # The rest of the admin's frame: any admin user.
    ("wagtailadmin_block_preview", "", "LGGG"),  # needs a block to preview
    ("/admin//", "", "LGGG"),  # an address the admin does not have
    ("wagtailadmin_*", "", "LKKK"),
    ("/admin/test404/", "", "LKKK"),
]

# Routes that act (GET answers 405), requested as a browser sends them; and the moving of a
# page, whose GET shows a confirmation without asking (the move itself checks).
POSTED = [
    "wagtailadmin_logout",
    "admin:logout",
    "wagtailadmin_pages:lock",
    "wagtailadmin_pages:unlock",
    "wagtailadmin_pages:set_page_position",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_workflows:enable*",
    "wagtailadmin_workflows:remove*",
    "wagtailadmin_api:pages:action",
    "wagtailadmin_editing_sessions:*",
    "wagtail_localize:machine_translate",
    "translations_keep_previous",
    "translations_job_machine_translate",
    "translations_memory_use",
    "wagtail_localize:stop_translation",
    "wagtail_localize:upload_pofile",
    "wagtail*:edit_multiple",
    "wagtail*:delete_multiple",
    "wagtail*:delete_upload_multiple",
    "wagtail*:create_multiple_from_uploaded_*",
    "wagtailredirects:process_import",
]
PUT = ["wagtail_localize:edit_string_translation", "wagtail_localize:edit_override"]


def matching_row(key, subject):
    """The first row of MATRIX about this route and subject, or None."""
    return next(
        (row for row in MATRIX if fnmatch(key, row[0]) and fnmatch(subject, row[1] or "")),
        None,
    )


def targets():
    """(route key, subject) of every admin route, known before the database is."""
    routes = admin_routes()
    return [
        (route_key(route, routes), code)
        for route in routes
        for code in subjects(route)
        if route.label not in SKIPPED
    ]


@pytest.fixture(scope="module")
def admin_site(django_db_setup, django_db_blocker):
    """The demo site, the admin objects, every route's address, and each role's session
    cookie (empty for the anonymous visitor)."""
    with built_once(django_db_blocker) as demo:
        with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
            extra = build_admin_objects(demo)
            cookies = {"anonymous": SimpleCookie()}
            for role in ROLES[1:]:
                client = Client()
                client.force_login(demo.users[role])
                cookies[role] = client.cookies
            urls = admin_urls(demo, extra)
            forms = post_data(demo)
        yield urls, cookies, forms


def post_data(demo):
    """What the acting routes are sent: a form each view accepts, or none."""
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(demo.translation.uuid)}
    return {
        "wagtail_localize:upload_pofile": {"file": SimpleUploadedFile("lv.po", str(po).encode())},
        "wagtaildocs:edit_multiple": {f"doc-{demo.document.pk}-title": "Ataskaita"},
        "wagtailimages:edit_multiple": {f"image-{demo.image.pk}-title": "Puodai"},
        # Unsigned: Wagtail refuses the import step as tampered with (a 400), after the
        # permission check this is about.
        "wagtailredirects:process_import": {"import_file_name": "x", "input_format": "0"},
    }


def request(key, url, cookies, forms):
    """The response to the role whose session `cookies` hold, in a savepoint rolled back
    after it: what one role does never reaches the next."""
    client = Client(raise_request_exception=False)
    client.cookies = SimpleCookie(cookies)
    with transaction.atomic():
        if any(fnmatch(key, pattern) for pattern in PUT):
            body = encode_multipart("x", {"value": "Vertimas"})
            response = client.put(
                url, body, content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "x")
            )
        elif any(fnmatch(key, pattern) for pattern in POSTED):
            data = forms.get(key, {})
            for upload in data.values():
                if hasattr(upload, "seek"):
                    upload.seek(0)
            response = client.post(url, data)
        else:
            response = client.get(url)
        transaction.set_rollback(True)
    return response


def outcome(response, url):
    """The letter of OUTCOMES a response is, or what it is when it is none of them."""
    status = response.status_code
    location = response.get("Location", "")
    if status in (301, 302):
        if location.startswith(("/admin/login/", "/django-admin/login/")):
            return "L"
        errors = [m for m in get_messages(response.wsgi_request) if m.level == ERROR]
        if location == "/admin/" and errors:
            return "D"
        if location.startswith("/lt/") and location.endswith(url):
            return "G"  # a 404 that LocaleMiddleware sends to the default language's prefix
        return "K"
    if status == 403:
        return "D"
    if status == 404:
        return "G"
    if status < 300 or status == 400:
        return "K"
    exc = getattr(response, "exc_info", None)
    return f"{status} {exc[1]!r:.200}" if exc else str(status)


def test_every_admin_route_is_in_the_matrix():
    unclassified = [target for target in targets() if matching_row(*target) is None]
    assert unclassified == [], "add a row to MATRIX (or SKIPPED, saying why)"


def test_every_row_of_the_matrix_decides_for_some_route():
    deciding = {matching_row(*target) for target in targets()}
    assert [row for row in MATRIX if row not in deciding] == []


@pytest.mark.parametrize(("key", "subject"), targets())
def test_each_role_reaches_what_the_matrix_says(admin_site, db, key, subject):
    urls, cookies, forms = admin_site
    url = urls[(key, subject)]
    expected = matching_row(key, subject)[2]
    got = [
        "-" if letter == "-" else outcome(request(key, url, cookies[role], forms), url)
        for role, letter in zip(ROLES, expected, strict=True)
    ]
    assert got == list(expected), f"{url}: {dict(zip(ROLES, got, strict=True))}"
