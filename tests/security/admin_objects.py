"""Every admin route with its arguments taken from real objects of the demo site, for the
permission matrix: `admin_urls(demo, extra)` gives {(route key, subject): address}.

A route about a page or a translatable snippet is filled twice, with a Lithuanian subject (the
source language) and a Latvian one (its translation), because a translator's rights depend on
the locale. A route whose parameter this module cannot fill raises `Unfilled`: a new admin URL
must be given its objects here (and its row in the matrix).
"""

import datetime
from types import SimpleNamespace

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag
from wagtail.admin.models import EditingSession
from wagtail.models import Locale, Task, UploadedFile
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource

from clusters.models import CooperationEnquiry, PublicationConsent
from compliance.models import EvidencePack, PackStatus
from translations.glossary.models import GlossaryTerm
from translations.models import StringRevision, TranslationJob

from .routes import admin_routes

LOCALES = ("lt", "lv")  # the source language and a translation
PAGE_PARAMETERS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk", "pk"}
# Routes about a page's workflow: filled with the page that is in moderation.
WORKFLOW_ROUTES = ("wagtailadmin_pages:workflow_", "wagtailadmin_pages:collect_workflow_")
SNIPPET_KEYS = {
    "footertext": "footer text",
    "fundingprogramme": "programme",
    "organisation": "organisation",
    "fundingdisclaimer": "disclaimer",
    "newscategory": "category",
    "craftsector": "sector",
    "region": "region",
}


class Unfilled(Exception):
    """A route parameter the matrix has no object for."""


def build_admin_objects(demo):
    """What the admin routes take beyond the demo site: a page in moderation in each locale
    (the "about" page: the news post stays free to publish), work in progress and records."""
    admin, editor = demo.users["admin"], demo.users["editor"]
    source = TranslationSource.objects.get_for_instance(demo.pages["news post"])
    moderated = {"lt": demo.pages["standard page"], "lv": demo.latvian["standard page"]}
    workflows = {}
    for code, page in moderated.items():
        page.save_revision(user=editor)
        state = page.get_workflow().start(page, editor)
        workflows[code] = (page, state, state.current_task_state)
    access = {"user_agent": "x", "ip_address": "192.0.2.1", "username": "ona", "path_info": "/"}
    latvian = Locale.objects.get(language_code="lv")
    segment = StringSegment.objects.filter(source=source).select_related("string").first()
    return SimpleNamespace(
        # A Latvian translation job of the Latvian translator, and a string of the news post
        # whose Latvian translation needs revision.
        job=TranslationJob.objects.create(
            locale=latvian,
            assignee=demo.users["translator-lv"],
            created_by=editor,
            due_date=datetime.date(2030, 1, 31),
        ),
        revision=StringRevision.objects.create(
            source=source,
            context_id=segment.context_id,
            locale=latvian,
            string_id=segment.string_id,
            previous_source="Ankstesnis tekstas.",
            previous_translation="Iepriekšējais teksts.",
        ),
        workflows=workflows,
        task=Task.objects.get(name="Communications review"),
        source=source,
        string_segment=StringSegment.objects.filter(source=source).first(),
        overridable_segment=OverridableSegment.objects.filter(source=source).first(),
        editing_session=EditingSession.objects.create(
            user=editor,
            content_type=ContentType.objects.get_for_model(demo.pages["news post"]),
            object_id=str(demo.pages["news post"].pk),
            last_seen_at=timezone.now(),
        ),
        uploads={
            model: UploadedFile.objects.create(
                file=ContentFile(b"x", name="upload.txt"),
                uploaded_by_user=admin,
                for_content_type=ContentType.objects.get_for_model(model),
            )
            for model in (type(demo.image), type(demo.document))
        },
        consent=PublicationConsent.objects.create(
            member=demo.pages["member profile"], given_by="Ona", given_at=datetime.date(2024, 5, 1)
        ),
        enquiry=CooperationEnquiry.objects.create(
            member=demo.pages["member profile"],
            name="Jonas",
            email="jonas@example.org",
            message="Ar galėtumėte pagaminti 40 puodelių?",
            agreed_to_be_contacted=True,
        ),
        totp_device=TOTPDevice.objects.create(user=editor, name="Telefonas", confirmed=True),
        static_device=StaticDevice.objects.create(user=editor, name="Atkūrimo kodai"),
        tag=Tag.objects.create(name="amatai", slug="amatai"),
        glossary_term=GlossaryTerm.objects.create(
            source_locale=Locale.objects.get(language_code="lt"),
            term="pagrindinis partneris",
            target_locale=Locale.objects.get(language_code="lv"),
            translation="vadošais partneris",
        ),
        access_attempt=AccessAttempt.objects.create(**access, failures_since_start=1),
        access_log=AccessLog.objects.create(**access),
        access_failure=AccessFailureLog.objects.create(**access),
        task_result=DBTaskResult.objects.create(
            args_kwargs={}, task_path="x", backend_name="default", run_after=timezone.now()
        ),
        evidence_pack=EvidencePack.objects.create(
            page=demo.pages["project page"],
            requested_by=editor,
            status=PackStatus.READY,
            file=ContentFile(b"PK", name="evidence.zip"),
        ),
        password_reset=(
            urlsafe_base64_encode(str(editor.pk).encode()),
            default_token_generator.make_token(editor),
        ),
    )


def subjects(route):
    """The locales a route is filled in: both for a page or a translatable snippet's instance,
    one ("") for anything else."""
    name = route.name or ""
    if "translation_id" in route.params:
        return ("lv",)  # the Latvian translation of a Lithuanian post
    if name.startswith("wagtailadmin_api:pages") or name == "wagtail_bulk_action":
        return LOCALES
    if name.startswith("wagtailadmin_pages:") and PAGE_PARAMETERS & set(route.params):
        return LOCALES
    if name.startswith("compliance_") and route.params:
        return ("lt",)  # the demo's project page, which has no Latvian translation
    if name.startswith("wagtailadmin_explore") and route.params:
        return LOCALES
    if name.startswith("wagtailsnippets_news_newscategory:") or name in (
        "wagtailadmin_workflows:remove",
        "wagtail_localize:submit_page_translation",
        "wagtail_localize:convert_to_alias",
    ):
        return LOCALES
    return ("",)


def django_admin_value(demo, extra, route, param):
    objects = {
        "axes/accessattempt": extra.access_attempt,
        "axes/accesslog": extra.access_log,
        "axes/accessfailurelog": extra.access_failure,
        "wagtaildocs/document": demo.document,
        "wagtailimages/image": demo.image,
        "taggit/tag": extra.tag,
        "django_tasks_database/dbtaskresult": extra.task_result,
        "auth/group": Group.objects.get(name="Communications"),
        "auth/user": demo.users["editor"],
        "otp_totp/totpdevice": extra.totp_device,
        "otp_static/staticdevice": extra.static_device,
    }
    model = next((key for key in objects if f"/{key}/" in route.template), None)
    page = demo.pages["news post"]
    values = {
        # "View on site" (/r/<content type>/<id>/) is about a page.
        "object_id": lambda: objects[model].pk if model else page.pk,
        "pk": lambda: objects[model].pk,  # django-otp's device views (config, QR code)
        "content_type_id": lambda: ContentType.objects.get_for_model(page).pk,
        "id": lambda: demo.users["editor"].pk,
        "app_label": lambda: "auth",
        "url": lambda: "nera/",
    }
    return values[param]()


def object_pk(demo, extra, route, code):
    """The `pk` of a route about one object: which object depends on the route's namespace."""
    name = route.name
    namespace = name.split(":")[0]
    if namespace.endswith("_glossaryterm"):  # not translatable: one term, Lithuanian–Latvian
        return extra.glossary_term.pk
    if namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
        return snippet(demo, namespace.rsplit("_", 1)[1], code).pk
    if namespace == "wagtail_localize":
        return snippet(demo, "newscategory", code).pk
    if name.startswith("wagtailadmin_pages:") or name.startswith("wagtailadmin_api:pages"):
        return page_for(demo, extra, route, code).pk
    if namespace == "wagtailadmin_workflows":  # a workflow's views, and its tasks'
        return extra.task.pk if "task" in name.split(":")[1] else demo.workflow.pk
    objects = {
        "wagtaillocales": lambda: Locale.objects.get(language_code="lv"),
        "wagtailsites": lambda: demo.site,
        "wagtailusers_users": lambda: demo.users["editor"],
        "wagtailusers_groups": lambda: Group.objects.get(name="Communications"),
        "wagtailadmin_collections": lambda: demo.collection,
        "wagtailsettings": lambda: demo.site,
        "wagtailadmin_api:documents": lambda: demo.document,
        "wagtailadmin_api:images": lambda: demo.image,
        "wagtaildocs_chooser": lambda: demo.document,
        "wagtailimages_chooser": lambda: demo.image,
    }
    key = next((key for key in objects if name.startswith(key)), None)
    if key is None:
        raise Unfilled(f"{route.label}: no object for “pk”; add it to admin_objects")
    return objects[key]().pk


def snippet(demo, model_name, code):
    key = SNIPPET_KEYS[model_name]
    return demo.snippets[f"{key} lv"] if code == "lv" else demo.snippets[key]


def page_for(demo, extra, route, code):
    """The page a route is about: the news post, or the page in moderation for a route about
    a page's workflow."""
    code = code or "lt"
    if (route.name or "").startswith(WORKFLOW_ROUTES):
        return extra.workflows[code][0]
    if (route.name or "").startswith("compliance_"):  # the poster and the evidence pack
        return demo.pages["project page"]
    return demo.latvian["news post"] if code == "lv" else demo.pages["news post"]


def value(demo, extra, route, param, code):
    """The value of `param` in `route` for the subject in locale `code`."""
    if route.template.startswith("/django-admin/"):
        return django_admin_value(demo, extra, route, param)
    if param == "pk":
        return object_pk(demo, extra, route, code)
    page = page_for(demo, extra, route, code)
    _page, state, task_state = extra.workflows[code or "lt"]
    by_param = {
        "page_id": lambda: page.pk,
        "page_pk": lambda: page.pk,
        "page_to_move_id": lambda: page.pk,
        "parent_page_id": lambda: page.get_parent().pk,
        "destination_id": lambda: page.get_parent().pk,
        "revision_id": lambda: page.latest_revision.pk,
        "revision_id_a": lambda: "earliest",
        "revision_id_b": lambda: "latest",
        "task_state_id": lambda: task_state.pk,
        "task_id": lambda: task_state.task_id,
        "workflow_state_id": lambda: state.pk,
        "workflow_pk": lambda: demo.workflow.pk,
        "action_name": lambda: "approve" if "workflow" in route.name else "copy",
        "content_type_app_name": lambda: "news",
        "content_type_model_name": lambda: "newspage",
        "collection_id": lambda: demo.collection.pk,
        "document_id": lambda: demo.document.pk,
        "doc_id": lambda: demo.document.pk,
        "image_id": lambda: demo.image.pk,
        "filter_spec": lambda: "fill-80x80",
        # The administrator's upload of an image, or of a document.
        "uploaded_file_id": lambda: (
            extra.uploads[
                type(demo.image) if route.name.startswith("wagtailimages") else type(demo.document)
            ].pk
        ),
        "redirect_id": lambda: demo.redirect.pk,
        "query_id": lambda: demo.query.pk,
        "instance_pk": lambda: (
            (extra.enquiry if "cooperationenquiry" in route.name else extra.consent).pk
        ),
        "user_id": lambda: demo.users["editor"].pk,
        "translation_id": lambda: demo.translation.pk,
        "job_id": lambda: extra.job.pk,
        "string_revision_id": lambda: extra.revision.pk,
        "translation_source_id": lambda: extra.source.pk,
        "string_segment_id": lambda: extra.string_segment.pk,
        "overridable_segment_id": lambda: extra.overridable_segment.pk,
        "mode": lambda: "default",  # no such mode: a page's only one is "" (no URL of its own)
        "session_id": lambda: extra.editing_session.pk,
        "object_id": lambda: demo.pages["news post"].pk,
        "uidb64": lambda: extra.password_reset[0],
        "token": lambda: extra.password_reset[1],
        "action": lambda: "delete",
        "pack_id": lambda: extra.evidence_pack.pk,
    }
    if param in by_param:
        return by_param[param]()
    if param in ("app_label", "app_name", "model_name"):
        return app_and_model(route.name, param)
    raise Unfilled(f"{route.label}: no object for “{param}”; add it to admin_objects.value()")


def app_and_model(name, param):
    """The app and model a route about a model type is shown for."""
    models = {
        "wagtailsettings": ("home", "sitesettings"),
        "wagtailadmin_tag_model_autocomplete": ("taggit", "tag"),
        "wagtailadmin_workflows:add_task": ("wagtailcore", "groupapprovaltask"),
        "wagtail_localize": ("news", "newscategory"),
        "wagtailadmin_editing_sessions:ping": ("wagtailcore", "page"),
        "wagtail_bulk_action": ("wagtailcore", "page"),
    }
    key = next((key for key in models if name.startswith(key)), None)
    app, model = models.get(key, ("news", "newspage"))
    return model if param == "model_name" else app


def query(demo, extra, route, code):
    """The query string some routes need to be about their subject."""
    name = route.name or ""
    if name == "wagtail_bulk_action":  # the pages to act on
        return f"?id={page_for(demo, extra, route, code).pk}"
    if name.startswith("wagtailsnippets_") and name.endswith((":add", ":list", "_results")):
        return f"?locale={code}" if code else ""  # a new snippet in this locale; a listing
    return ""


def route_key(route, routes):
    """The route's name, with its parameters where two routes share the name."""
    shared = sum(1 for other in routes if other.label == route.label) > 1
    return f"{route.label}({','.join(route.params)})" if shared else route.label


def admin_urls(demo, extra):
    """{(route key, subject locale or ""): address} for every admin route."""
    routes = admin_routes()
    urls, unfilled = {}, []
    for route in routes:
        for code in subjects(route):
            try:
                values = {param: value(demo, extra, route, param, code) for param in route.params}
            except Unfilled as error:
                unfilled.append(str(error))
                continue
            address = route.url(values) + query(demo, extra, route, code)
            urls[(route_key(route, routes), code)] = address
    if unfilled:
        raise Unfilled("\n".join(unfilled))
    return urls
