"""The "Create job" form: what was ticked in the status report, an assignee per language, a due
date and a note."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page, TranslatableMixin

from translations.status_items import target_locales


def parse_selection(values):
    """Source objects from "app_label.model:pk" values; unknown or malformed values are left
    out. One query per model ticked."""
    wanted = {}
    for value in values:
        label, _sep, pk = value.partition(":")
        app_label, _dot, model_name = label.partition(".")
        if pk and model_name:
            wanted.setdefault((app_label, model_name), set()).add(pk)
    objects = []
    for (app_label, model_name), pks in sorted(wanted.items()):
        try:
            model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
        except ContentType.DoesNotExist:
            continue
        if model is None or not issubclass(model, TranslatableMixin):
            continue
        queryset = model._default_manager.all()
        if issubclass(model, Page):
            queryset = Page.objects.filter(alias_of__isnull=True).specific()
        valid = [pk for pk in pks if pk.isdigit()]
        objects.extend(queryset.filter(pk__in=valid))
    return objects


class AssigneeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class TranslationJobForm(forms.Form):
    """One assignee field per language: the languages given an assignee are the job's."""

    items = forms.MultipleChoiceField(widget=forms.MultipleHiddenInput)
    include_subpages = forms.BooleanField(
        label=_("Include the pages below the ticked pages"), required=False
    )
    due_date = forms.DateField(label=_("Due date"), widget=AdminDateInput)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the translators in the job and in their email."),
    )

    def __init__(self, *args, selection, **kwargs):
        super().__init__(*args, **kwargs)
        self.selection = selection
        self.fields["items"].choices = [(value, value) for value in selection]
        self.locales = target_locales()
        users = get_user_model().objects.filter(is_active=True).order_by("username")
        for locale in self.locales:
            self.fields[self.assignee_field(locale)] = AssigneeChoiceField(
                label=locale.get_display_name(),
                queryset=users.filter(groups__translator_group__locale=locale).distinct(),
                required=False,
                empty_label=_("— not in this job —"),
            )

    @staticmethod
    def assignee_field(locale):
        return f"assignee_{locale.language_code}"

    def assignee_fields(self):
        return [self[self.assignee_field(locale)] for locale in self.locales]

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        if due > timezone.localdate() + datetime.timedelta(days=3650):
            raise forms.ValidationError(_("Choose a due date within ten years."))
        return due

    def clean(self):
        cleaned = super().clean()
        self.assignees = [
            (locale, cleaned[self.assignee_field(locale)])
            for locale in self.locales
            if cleaned.get(self.assignee_field(locale))
        ]
        if not self.assignees:
            raise forms.ValidationError(_("Choose a translator for at least one language."))
        self.objects = parse_selection(cleaned.get("items", []))
        if not self.objects:
            raise forms.ValidationError(_("Tick at least one page or snippet in the report."))
        return cleaned
