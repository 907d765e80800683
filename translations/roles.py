"""Who may do what in the admin: groups, their permissions and the review workflows.

`setup_roles()` makes the database match this module and reports each change; running it again
changes nothing. It copes with locales whose home page does not exist yet: run it again (or
`load_demo`, which calls it) once they have one.

- "Communications" (staff): every page of every locale (add, edit, publish, lock), every snippet,
  images and documents, submitting content for translation, and the members' records: recording
  publication consents (view, add, change, delete) and following up cooperation enquiries (view,
  change, delete; visitors add them), and the EU visibility report (compliance). Publishing
  directly is theirs to decide; "Submit to Communications review" is offered on source pages.
- "Moderators" (Wagtail's own group, created by its migrations): approves the
  "Communications review" task on the default language's tree.
- A translators' group per configured language: edit and add pages in that locale's tree only
  (page permissions on the locale's home page), and add or change translatable snippets in that
  locale only (enforced by `translations.policy`), and keep the glossary terms into their
  language (`translations.glossary.admin`). Which locale a group translates is data, a
  `TranslatorGroup` row, never its name: `setup_roles` creates the group as "Translators –
  <language>" (named in that language) when the locale has none, and a renamed group stays its
  locale's translators' group. No publish permission: a translator's action is "Submit to
  Translation review". No `submit_translation` either: wagtail-localize's form offers every
  locale, so starting translations stays with Communications.
- "Translation reviewers": approve or reject the "Translation review" task, which every
  non-default locale's home page carries; until a reviewer approves, the translation stays a
  draft. Approving publishes the page as the reviewer, and Wagtail then checks their publish
  permission, so reviewers hold edit and publish rights on the translated trees.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from clusters.models import CooperationEnquiry, PublicationConsent
from translations.models import GlossaryTerm, TranslatorGroup

COMMUNICATIONS = "Communications"
MODERATORS = "Moderators"
REVIEWERS = "Translation reviewers"
TRANSLATION_REVIEW = "Translation review"
COMMUNICATIONS_REVIEW = "Communications review"

COMMUNICATIONS_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
TRANSLATOR_SNIPPET_ACTIONS = ["add", "change"]
# Translators keep the glossary of their own language (`translations.glossary.admin`).
TRANSLATOR_GLOSSARY_ACTIONS = ["add", "change", "delete", "view"]
REVIEWER_PAGE_PERMISSIONS = ["change_page", "publish_page"]
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS: {
        "wagtailimages": ["add_image", "change_image", "choose_image"],
        "wagtaildocs": ["add_document", "change_document", "choose_document"],
    },
    # Translators pick images and documents in the translation editor's overrides.
    "translators": {
        "wagtailimages": ["choose_image"],
        "wagtaildocs": ["choose_document"],
    },
}


def translators_group_name(language_code):
    """'Translators – latviešu': the name `setup_roles` gives a locale's new translators' group
    (the language named in itself, as settings.LANGUAGES has it). Only a default: rights follow
    the `TranslatorGroup` link, so the group may be renamed."""
    return f"Translators – {dict(settings.LANGUAGES)[language_code]}"


def translators_group(language_code):
    """The translators' group of a locale (the first linked, if a site manager linked more), or
    None."""
    link = (
        TranslatorGroup.objects.filter(locale__language_code=language_code)
        .select_related("group")
        .order_by("pk")
        .first()
    )
    return link.group if link else None


def locale_homes():
    """{language code: home page} for each locale whose translation of the default site's home
    page exists. A fresh install (site root is the tree root) has none."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page.depth < 2:
        return {}
    homes = site.root_page.get_translations(inclusive=True).select_related("locale")
    return {page.locale.language_code: page for page in homes}


def snippet_permissions(models, actions):
    wanted = []
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        wanted.extend(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return wanted


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@dataclass
class Report:
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    groups: dict = field(default_factory=dict)
    created_groups: set = field(default_factory=set)

    def change(self, text):
        self.changes.append(text)


class RoleBuilder:
    def __init__(self):
        self.report = Report()

    def group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.report.change(f"created group “{name}”")
            self.report.created_groups.add(name)
        self.report.groups[name] = group
        return group

    def translators_group(self, locale):
        """The locale's translators' group, found by its `TranslatorGroup` link; a group named
        as `translators_group_name` gives it, linked (or created) when the locale has none."""
        group = translators_group(locale.language_code)
        if group is None:
            name = translators_group_name(locale.language_code)
            if TranslatorGroup.objects.filter(group__name=name).exists():
                # A site manager gave another locale's group this name: never take it over.
                name = f"{name} ({locale.language_code})"
            group = self.group(name)
            TranslatorGroup.objects.create(group=group, locale=locale)
            self.report.change(f"“{group.name}” translates {locale.language_code}")
        self.report.groups[group.name] = group
        return group

    def model_permissions(self, group, wanted):
        """Make the group's model-level permissions exactly `wanted`."""
        wanted = set(wanted)
        current = set(group.permissions.all())
        for perm in sorted(wanted - current, key=str):
            self.report.change(f"“{group.name}”: + {perm.content_type.app_label}.{perm.codename}")
        for perm in sorted(current - wanted, key=str):
            self.report.change(f"“{group.name}”: − {perm.content_type.app_label}.{perm.codename}")
        if wanted != current:
            group.permissions.set(wanted)

    def page_permissions(self, group, grants):
        """Make the group's page permissions exactly `grants`: [(page, codename)]."""
        wanted = {(page.pk, permission("wagtailcore", codename).pk) for page, codename in grants}
        titles = {page.pk: page.title for page, _codename in grants}
        existing = GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        )
        for grant in existing:
            if (grant.page_id, grant.permission_id) not in wanted:
                self.report.change(
                    f"“{group.name}”: − {grant.permission.codename} on “{grant.page.title}”"
                )
                grant.delete()
        have = {(grant.page_id, grant.permission_id) for grant in existing}
        for page_id, permission_id in sorted(wanted - have):
            perm = Permission.objects.get(pk=permission_id)
            GroupPagePermission.objects.create(
                group=group, page_id=page_id, permission_id=permission_id
            )
            self.report.change(f"“{group.name}”: + {perm.codename} on “{titles[page_id]}”")

    def collection_permissions(self, group, by_app):
        root = Collection.get_first_root_node()
        for app_label, codenames in by_app.items():
            for codename in codenames:
                _grant, created = GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission(app_label, codename)
                )
                if created:
                    self.report.change(f"“{group.name}”: + {codename} on all collections")

    def workflow(self, name, reviewers, pages):
        """A one-task workflow whose GroupApprovalTask (same name) is approved by `reviewers`
        (a group, or a list of groups), assigned to each of `pages` (a page has at most one
        workflow of its own)."""
        groups = list(reviewers) if isinstance(reviewers, list | tuple) else [reviewers]
        task, created = GroupApprovalTask.objects.get_or_create(name=name)
        if created:
            self.report.change(f"created task “{name}”")
        if not task.active:
            task.active = True
            task.save(update_fields=["active"])
            self.report.change(f"re-enabled task “{name}”")
        if set(task.groups.all()) != set(groups):
            task.groups.set(groups)
            names = "”, “".join(group.name for group in groups)
            self.report.change(f"task “{name}” is approved by “{names}”")
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            self.report.change(f"created workflow “{name}”")
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
            self.report.change(f"re-enabled workflow “{name}”")
        _link, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        if created:
            self.report.change(f"workflow “{name}” runs task “{name}”")
        for page in pages:
            assigned = WorkflowPage.objects.filter(page=page).first()
            if assigned is None or assigned.workflow_id != workflow.pk:
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
                self.report.change(f"workflow “{name}” assigned to “{page.title}”")
        return workflow


@transaction.atomic
def setup_roles():
    """Create or update every group, permission and workflow above; return a Report."""
    builder = RoleBuilder()
    report = builder.report
    access_admin = permission("wagtailadmin", "access_admin")
    submit_translation = permission("wagtail_localize", "submit_translation")
    homes = locale_homes()
    default_code = Locale.get_default().language_code

    communications = builder.group(COMMUNICATIONS)
    builder.model_permissions(
        communications,
        [
            access_admin,
            submit_translation,
            *snippet_permissions(get_snippet_models(), ["add", "change", "delete", "publish"]),
            *snippet_permissions([PublicationConsent], ["view", "add", "change", "delete"]),
            *snippet_permissions([CooperationEnquiry], ["view", "change", "delete"]),
            # The EU visibility report (compliance app, a floor this one does not import).
            permission("compliance", "view_compliancereport"),
        ],
    )
    builder.page_permissions(
        communications,
        [(Page.get_first_root_node(), codename) for codename in COMMUNICATIONS_PAGE_PERMISSIONS],
    )
    builder.collection_permissions(communications, COLLECTION_PERMISSIONS[COMMUNICATIONS])

    moderators = builder.group(MODERATORS)
    if access_admin not in moderators.permissions.all():
        moderators.permissions.add(access_admin)
        report.change(f"“{MODERATORS}”: + wagtailadmin.access_admin")

    reviewers = builder.group(REVIEWERS)
    builder.model_permissions(reviewers, [access_admin])
    # Approving the last task publishes the page as the approver: Wagtail checks that they may.
    builder.page_permissions(
        reviewers,
        [
            (page, codename)
            for code, page in homes.items()
            if code != default_code
            for codename in REVIEWER_PAGE_PERMISSIONS
        ],
    )

    translatable = translatable_snippet_models()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for code, _name in settings.LANGUAGES:
        if code not in locales:
            report.notes.append(
                f"{code}: no locale yet, so it has no translators' group; add the locale under "
                "Settings → Locales and run setup_roles again"
            )
            continue
        translators = builder.translators_group(locales[code])
        builder.model_permissions(
            translators,
            [
                access_admin,
                *snippet_permissions(translatable, TRANSLATOR_SNIPPET_ACTIONS),
                *snippet_permissions([GlossaryTerm], TRANSLATOR_GLOSSARY_ACTIONS),
            ],
        )
        home = homes.get(code)
        if home is None:
            report.notes.append(
                f"{code}: no home page yet, so “{translators.name}” has no pages; "
                "run setup_roles again once it exists"
            )
            grants = []
        else:
            grants = [(home, codename) for codename in TRANSLATOR_PAGE_PERMISSIONS]
        builder.page_permissions(translators, grants)
        builder.collection_permissions(translators, COLLECTION_PERMISSIONS["translators"])

    builder.workflow(
        TRANSLATION_REVIEW,
        reviewers,
        [page for code, page in homes.items() if code != default_code],
    )
    builder.workflow(
        COMMUNICATIONS_REVIEW,
        moderators,
        [homes[default_code]] if default_code in homes else [],
    )
    return report
