"""The admin's upload form for a keep.eu export."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .reader import FileRefused, check_file


class KeepImportForm(forms.Form):
    file = forms.FileField(
        label=_("keep.eu export"),
        help_text=_(
            "A CSV (UTF-8) or Excel (.xlsx) file with keep.eu's columns, one row per partner "
            "of a project. Check it first: nothing is written until you import."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            check_file(upload.name, upload.size)
        except FileRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None
        return upload
