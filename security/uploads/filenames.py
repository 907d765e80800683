"""Upload names that are safe to store and to send back in a download."""

import os
import re
import unicodedata

from django.core.files.uploadedfile import UploadedFile

# Long enough to recognise a file, short enough that "documents/" or "original_images/", a
# de-duplicating suffix and the extension stay within the file field's 100 characters.
MAX_STEM_LENGTH = 60


def safe_filename(name, fallback="file"):
    """`name` without path parts, control or invisible format characters (bidi overrides
    that disguise an extension among them), leading dots (hidden files) or excess length.

    Letters of every alphabet stay as they are, composed (NFC): Lithuanian, Latvian, Polish
    and Cyrillic names stay readable in the download a visitor saves. Decomposed names, as
    macOS sends them, would otherwise lose their accents in Django's own cleaning, which
    keeps letters but drops combining marks."""
    name = unicodedata.normalize("NFC", str(name))
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = re.sub(r"\s+", "_", name.strip())
    name = re.sub(r"[^-\w.]", "", name)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = re.sub(r"\.{2,}", ".", stem).strip("._-")[:MAX_STEM_LENGTH].rstrip("._-")
    extension = extension.lower()
    return f"{stem or fallback}.{extension}" if extension else (stem or fallback)


def extension_of(name):
    """The extension in lower case, without its dot (empty if there is none)."""
    return os.path.splitext(name)[1].lower()[1:]


class SafeNameMixin:
    """For an upload form field: the uploaded file's name is made safe before any check, so
    that an overlong or odd name is shortened rather than refused, and the checks (and the
    storage) see the name that will be kept."""

    @classmethod
    def replacing(cls, field):
        """This field class in place of Wagtail's `field`, keeping its label and widget (with
        the attributes Wagtail's form gave it)."""
        return cls(
            label=field.label,
            required=field.required,
            widget=field.widget,
            max_length=field.max_length,
        )

    def to_python(self, data):
        if isinstance(data, UploadedFile):
            data.name = safe_filename(data.name)
            self.check_name(data.name)
        return super().to_python(data)

    def check_name(self, name):
        """Refuse a file by its cleaned name, before reading it."""
