"""Writing checked keep.eu records: programmes and organisations found or added (in the site's
source language), project pages added as drafts or changed through a new draft revision, never
published. A project is found again by its project number (keep.eu's `project_id`, stored as
ProjectPage.project_number), so importing the same file twice changes nothing the second time.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from projects.models import (
    FundingProgramme,
    Organisation,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)

from ..scope import in_site, site_homes

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"


@dataclass
class Action:
    kind: str  # CREATE, UPDATE or UNCHANGED
    what: str  # "project page", "organisation", "programme" (translated)
    label: str
    line: int


class ImportStopped(Exception):
    """A record could not be written; the whole import is rolled back."""

    def __init__(self, line, message):
        super().__init__(message)
        self.line, self.message = line, message


def error_text(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


class Writer:
    def __init__(self, site, user):
        self.site, self.user = site, user
        self.locale = site.root_page.locale
        self.index = ProjectIndexPage.objects.child_of(site.root_page).order_by("path").first()
        self.actions = []
        self.programmes, self.organisations = {}, {}

    def programme(self, record):
        data = record.programme
        key = data["name"].casefold()
        if key not in self.programmes:
            found = [
                p
                for p in FundingProgramme.objects.filter(locale=self.locale)
                if key in (p.name.casefold(), p.short_name.casefold())
            ]
            if found:
                self.programmes[key] = found[0]
            else:
                programme = FundingProgramme(locale=self.locale, **data)
                programme.full_clean()
                programme.save()
                self.actions.append(Action(CREATE, _("programme"), programme.name, record.line))
                self.programmes[key] = programme
        return self.programmes[key]

    def organisation(self, partner):
        key = (partner.name.casefold(), partner.country)
        if key not in self.organisations:
            found = Organisation.objects.filter(
                locale=self.locale, name__iexact=partner.name, country=partner.country
            ).first()
            if found is None:
                found = Organisation(
                    locale=self.locale,
                    name=partner.name,
                    country=partner.country,
                    town=partner.town,
                    organisation_type=partner.organisation_type,
                    website=partner.website,
                )
                found.full_clean()
                found.save()
                self.actions.append(Action(CREATE, _("organisation"), found.name, partner.line))
            self.organisations[key] = found
        return self.organisations[key]

    def existing_page(self, project_id):
        pages = in_site(
            ProjectPage.objects.filter(project_number=project_id), site_homes(self.site)
        )
        pages = sorted(pages.select_related("locale"), key=lambda p: p.locale_id != self.locale.pk)
        return pages[0] if pages else None

    def unique_slug(self, title, project_id):
        taken = set(self.index.get_children().values_list("slug", flat=True))
        base = slugify(title, allow_unicode=True)[:200] or slugify(project_id) or "project"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    def write_project(self, record):
        programme = self.programme(record)
        partners = [(self.organisation(p), p.role) for p in record.partners]
        page = self.existing_page(record.project_id)
        wanted = {**record.fields, "project_number": record.project_id}
        if page is None:
            self.create_page(record, wanted, programme, partners)
            return
        current = page.get_latest_revision_as_object()
        now = [(p.organisation_id, p.role) for p in current.partners.all()]
        same = all(getattr(current, name) == value for name, value in wanted.items())
        if (
            same
            and current.programme_id == programme.pk
            and now == [(o.pk, role) for o, role in partners]
        ):
            self.actions.append(Action(UNCHANGED, _("project page"), current.title, record.line))
            return
        for name, value in wanted.items():
            setattr(current, name, value)
        current.programme = programme
        current.partners = self.partner_rows(partners)
        self.validate(current, record)
        current.save_revision(user=self.user, log_action=True)
        self.actions.append(Action(UPDATE, _("project page"), current.title, record.line))

    def partner_rows(self, partners):
        return [
            ProjectPartner(organisation=organisation, role=role, sort_order=number)
            for number, (organisation, role) in enumerate(partners)
        ]

    def validate(self, page, record):
        try:
            page.full_clean(exclude=["path", "depth", "numchild", "url_path"])
        except ValidationError as error:
            raise ImportStopped(record.line, error_text(error)) from None

    def create_page(self, record, wanted, programme, partners):
        page = ProjectPage(
            locale=self.locale,
            live=False,
            programme=programme,
            slug=self.unique_slug(wanted["title"], record.project_id),
            owner=self.user,
            **wanted,
        )
        page.partners = self.partner_rows(partners)
        try:
            self.index.add_child(instance=page)
        except ValidationError as error:
            raise ImportStopped(record.line, error_text(error)) from None
        page.save_revision(user=self.user, log_action=False)
        log(instance=page, action="wagtail.create", user=self.user)
        self.actions.append(Action(CREATE, _("project page"), page.title, record.line))

    def write(self, records):
        if self.index is None:
            raise ImportStopped(
                1,
                _(
                    "This site has no project index page in its main language: add one, then "
                    "import again."
                ),
            )
        for record in records:
            try:
                self.write_project(record)
            except ValidationError as error:
                raise ImportStopped(record.line, error_text(error)) from None
        return self.actions
