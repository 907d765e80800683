"""Demo users and their groups: an administrator, a communications editor and a Latvian
translator. Passwords are fixed development passwords, set only when a user is created."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from clusters.models import CraftSector, Region
from home.models import FooterText
from news.models import NewsCategory
from projects.models import FundingDisclaimer, FundingProgramme, Organisation

COMMUNICATIONS = "Communications"
TRANSLATORS_LV = "Translators – latviešu"
SNIPPET_MODELS = [
    FundingProgramme,
    Organisation,
    FundingDisclaimer,
    NewsCategory,
    CraftSector,
    Region,
    FooterText,
]
# (username, password, superuser, group, email)
USERS = [
    ("admin", "kartu-admin", True, None, "admin@kartu.example"),
    ("editor", "kartu-editor", False, COMMUNICATIONS, "editor@kartu.example"),
    ("translator-lv", "kartu-translator", False, TRANSLATORS_LV, "translator-lv@kartu.example"),
]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return permission("wagtailcore", codename)


def grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def build_groups(lv_home, tally):
    access_admin = permission("wagtailadmin", "access_admin")
    submit_translation = permission("wagtail_localize", "submit_translation")

    communications, created = Group.objects.get_or_create(name=COMMUNICATIONS)
    tally.record("group", created)
    snippet_permissions = [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model),
            codename=f"{action}_{model._meta.model_name}",
        )
        for model in SNIPPET_MODELS
        for action in ("add", "change", "delete")
    ]
    communications.permissions.add(access_admin, submit_translation, *snippet_permissions)
    grant_pages(
        communications,
        Page.get_first_root_node(),
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    )
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in {
        "wagtailimages": ["add_image", "change_image", "choose_image"],
        "wagtaildocs": ["add_document", "change_document", "choose_document"],
    }.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=communications,
                collection=root_collection,
                permission=permission(app_label, codename),
            )

    translators, created = Group.objects.get_or_create(name=TRANSLATORS_LV)
    tally.record("group", created)
    translators.permissions.add(access_admin, submit_translation)
    grant_pages(translators, lv_home, ["change_page", "publish_page"])
    return {COMMUNICATIONS: communications, TRANSLATORS_LV: translators}


def build_users(lv_home, tally):
    groups = build_groups(lv_home, tally)
    user_model = get_user_model()
    logins = []
    for username, password, superuser, group, email in USERS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            create = (
                user_model.objects.create_superuser if superuser else user_model.objects.create_user
            )
            user = create(username=username, email=email, password=password)
            tally.created("user")
        else:
            tally.present("user")
        if group:
            user.groups.add(groups[group])
        logins.append((username, password))
    return logins
