"""Forms of the translator features."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages

from translations.status_items import STATUS_LABELS, content_type_choices


class TranslationStatusFilterForm(forms.Form):
    locale = forms.ChoiceField(label=_("Language"), required=False)
    content_type = forms.ChoiceField(label=_("Content type"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        all_choice = [("", _("All"))]
        self.fields["locale"].choices = all_choice + list(get_content_languages().items())
        self.fields["content_type"].choices = all_choice + [
            (label, name.capitalize()) for label, name in content_type_choices()
        ]
        self.fields["status"].choices = all_choice + list(STATUS_LABELS.items())

    def filters(self):
        """Keyword arguments for ``get_translation_status``; an invalid choice filters nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "locale_codes": [data["locale"]] if data.get("locale") else None,
            "content_types": [data["content_type"]] if data.get("content_type") else None,
            "statuses": [data["status"]] if data.get("status") else None,
        }
