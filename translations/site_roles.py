"""The groups of one organisation's site on a network install, their rights stopping at the
site's own trees (`add_site` makes them; `translations.roles` has the install-wide ones).

- "<site>: editors": add, edit, publish and lock pages on each of the site's home pages (so in
  every language's tree of that site, nowhere else), edit that site's settings only (Wagtail's
  per-site `GroupSitePermission`), and the snippets, images and documents as Communications
  has them: those are the network's shared reference data (programmes, funds, organisations,
  sectors, regions, categories, pictures), one library for every site.
- "<site>: translation reviewers": edit and publish the site's translated trees, and approve
  the site's "<site>: translation review" workflow, which its translated home pages carry (the
  install-wide "Translation reviewers" approve it too when the site was theirs before).
- "<site>: translators – <language>" for each of the site's other languages: add and edit pages
  in that language's tree of that site only, and translate snippets into that language (a
  `TranslatorGroup` link, as for the install-wide translators' groups).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import GroupApprovalTask, GroupSitePermission, WorkflowPage
from wagtail.snippets.models import get_snippet_models

from clusters.models import CooperationEnquiry, PublicationConsent
from translations.models import TranslatorGroup

from .roles import (
    COLLECTION_PERMISSIONS,
    COMMUNICATIONS,
    COMMUNICATIONS_PAGE_PERMISSIONS,
    REVIEWER_PAGE_PERMISSIONS,
    TRANSLATOR_PAGE_PERMISSIONS,
    TRANSLATOR_SNIPPET_ACTIONS,
    RoleBuilder,
    permission,
    snippet_permissions,
    translatable_snippet_models,
)
from .roles import REVIEWERS as INSTALL_REVIEWERS
from .roles import TRANSLATION_REVIEW as INSTALL_TRANSLATION_REVIEW

# Group names, in the install's language of administration (English), like setup_roles'.
EDITORS = "{site}: editors"
REVIEWERS = "{site}: translation reviewers"
TRANSLATORS = "{site}: translators – {language}"
TRANSLATION_REVIEW = "{site}: translation review"


def site_setting_models():
    return [model for model in settings_registry if issubclass(model, BaseSiteSetting)]


class SiteRoleBuilder(RoleBuilder):
    def __init__(self, site, homes):
        super().__init__()
        self.site = site
        self.homes = homes  # {code: home page}, the source language first
        self.source_code = next(iter(homes))

    def names(self, template, **values):
        return template.format(site=self.site.site_name or self.site.hostname, **values)

    def site_permissions(self, group, models, actions):
        """Make the group's per-site permissions on this site exactly `actions` on `models`."""
        wanted = set()
        for model in models:
            content_type = ContentType.objects.get_for_model(model)
            codenames = [f"{action}_{model._meta.model_name}" for action in actions]
            wanted |= set(
                Permission.objects.filter(content_type=content_type, codename__in=codenames)
            )
        existing = GroupSitePermission.objects.filter(group=group, site=self.site)
        for grant in existing:
            if grant.permission not in wanted:
                grant.delete()
                self.report.change(f"“{group.name}”: − {grant.permission.codename}")
        have = {grant.permission for grant in existing}
        for perm in sorted(wanted - have, key=str):
            GroupSitePermission.objects.create(group=group, site=self.site, permission=perm)
            self.report.change(f"“{group.name}”: + {perm.codename} on {self.site.hostname}")

    def site_translators_group(self, code):
        name = self.names(TRANSLATORS, language=dict(settings.LANGUAGES)[code])
        group = self.group(name)
        locale = self.homes[code].locale
        link = TranslatorGroup.objects.filter(group=group).first()
        if link is None:
            TranslatorGroup.objects.create(group=group, locale=locale)
            self.report.change(f"“{name}” translates {code}")
        elif link.locale_id != locale.pk:
            link.locale = locale
            link.save(update_fields=["locale"])
            self.report.change(f"“{name}” translates {code}")
        return group

    def previous_reviewers(self, translated_homes, name):
        """The install-wide "Translation reviewers" when the site's translated trees were theirs
        to review before add_site took the site over (the install's first site, say): giving the
        site its own workflow must not lock out the people who approved its translations."""
        group = Group.objects.filter(name=INSTALL_REVIEWERS).first()
        if group is None:
            return []
        theirs = WorkflowPage.objects.filter(
            page__in=translated_homes, workflow__name=INSTALL_TRANSLATION_REVIEW
        ).exists()
        kept = GroupApprovalTask.objects.filter(name=name, groups=group).exists()
        return [group] if theirs or kept else []

    def build(self):
        access_admin = permission("wagtailadmin", "access_admin")
        submit_translation = permission("wagtail_localize", "submit_translation")
        homes = list(self.homes.values())
        translated = [home for code, home in self.homes.items() if code != self.source_code]

        editors = self.group(self.names(EDITORS))
        self.model_permissions(
            editors,
            [
                access_admin,
                submit_translation,
                *snippet_permissions(get_snippet_models(), ["add", "change", "delete", "publish"]),
                *snippet_permissions([PublicationConsent], ["view", "add", "change", "delete"]),
                *snippet_permissions([CooperationEnquiry], ["view", "change", "delete"]),
                # The EU visibility report (compliance, a floor this one does not import): its
                # rows are this site's pages only (home.site_trees).
                permission("compliance", "view_compliancereport"),
            ],
        )
        self.page_permissions(
            editors,
            [(home, codename) for home in homes for codename in COMMUNICATIONS_PAGE_PERMISSIONS],
        )
        self.site_permissions(editors, site_setting_models(), ["change"])
        self.collection_permissions(editors, COLLECTION_PERMISSIONS[COMMUNICATIONS])

        reviewers = self.group(self.names(REVIEWERS))
        self.model_permissions(reviewers, [access_admin])
        self.page_permissions(
            reviewers,
            [(home, codename) for home in translated for codename in REVIEWER_PAGE_PERMISSIONS],
        )

        translatable = translatable_snippet_models()
        for code, home in self.homes.items():
            if code == self.source_code:
                continue
            translators = self.site_translators_group(code)
            self.model_permissions(
                translators,
                [access_admin, *snippet_permissions(translatable, TRANSLATOR_SNIPPET_ACTIONS)],
            )
            self.page_permissions(
                translators, [(home, codename) for codename in TRANSLATOR_PAGE_PERMISSIONS]
            )
            self.collection_permissions(translators, COLLECTION_PERMISSIONS["translators"])

        if translated:
            name = self.names(TRANSLATION_REVIEW)
            approvers = [reviewers, *self.previous_reviewers(translated, name)]
            self.workflow(name, approvers, translated)
        return self.report
