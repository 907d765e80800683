"""Forms of the translator features."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages

from home.site_trees import site_choices, user_site_ids
from translations.status_items import STATUS_LABELS, content_type_choices


class TranslationStatusFilterForm(forms.Form):
    site = forms.ChoiceField(label=_("Site"), required=False)
    locale = forms.ChoiceField(label=_("Language"), required=False)
    content_type = forms.ChoiceField(label=_("Content type"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        all_choice = [("", _("All"))]
        # An organisation's people are offered their own sites only.
        allowed = user_site_ids(user)
        self.fields["site"].choices = all_choice + [
            choice for choice in site_choices() if allowed is None or int(choice[0]) in allowed
        ]
        self.fields["locale"].choices = all_choice + list(get_content_languages().items())
        self.fields["content_type"].choices = all_choice + [
            (label, name.capitalize()) for label, name in content_type_choices()
        ]
        self.fields["status"].choices = all_choice + list(STATUS_LABELS.items())

    def chosen_site(self):
        """The "Site" filter's value (a site id as text), or None."""
        data = self.cleaned_data if self.is_valid() else {}
        return data.get("site") or None

    def filters(self):
        """Keyword arguments for ``get_translation_status`` (but the sites' pages, which the
        view works out with the user's rights); an invalid choice filters nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "locale_codes": [data["locale"]] if data.get("locale") else None,
            "content_types": [data["content_type"]] if data.get("content_type") else None,
            "statuses": [data["status"]] if data.get("status") else None,
        }
