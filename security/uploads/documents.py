"""The document upload form (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail's, with a safe file
name, and messages of our own for a refused type or size.

Wagtail checks the extension allow-list (WAGTAILDOCS_EXTENSIONS) in the document model's
clean(), with Django's message, which Django's Lithuanian catalogue leaves in English; and
when the file field has refused an upload, that clean() checks the empty file left behind
and adds "File extension “” is not allowed" under the real reason (plain Wagtail 8 does this
for a document over the size limit). The field checks the extension first, in the editor's
language, and the form keeps only the field's reason."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm

from security.uploads.filenames import SafeNameMixin, extension_of


class SafeDocumentField(SafeNameMixin, WagtailDocumentField):
    """A document file of an allow-listed type, with a safe name, within
    WAGTAILDOCS_MAX_UPLOAD_SIZE."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The multiple upload page shows this one before sending a file.
        self.error_messages["file_too_large_unknown_size"] = _(
            "This file is too big. Documents can be at most %(max_filesize)s."
        ) % {"max_filesize": self.max_upload_size_text}

    def check_name(self, name):
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
        if allowed and extension_of(name) not in allowed:
            raise ValidationError(
                _(
                    "This type of file is not accepted as a document. Accepted types: "
                    "%(extensions)s."
                )
                % {"extensions": ", ".join(allowed)},
                code="invalid_extension",
            )

    def check_document_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                _(
                    "This file is too big (%(file_size)s). Documents can be at most "
                    "%(max_filesize)s."
                )
                % {"file_size": filesizeformat(f.size), "max_filesize": self.max_upload_size_text},
                code="file_too_large",
            )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (the add and edit views, the multiple upload, the chooser's
    upload tab) with SafeDocumentField as its file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"] = SafeDocumentField.replacing(self.fields["file"])

    def _post_clean(self):
        # Django's hook that runs the model's clean(); see the module docstring.
        refusal = self._errors.get("file")
        refusal = refusal.copy() if refusal else None
        super()._post_clean()
        if refusal:
            self._errors["file"] = refusal
