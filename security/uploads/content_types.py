"""The document types the site accepts, and the Content-Type each is served with.

Settings read this (WAGTAILDOCS_EXTENSIONS and WAGTAILDOCS_CONTENT_TYPES come from one list),
so it imports nothing from Django."""

OCTET_STREAM = "application/octet-stream"


class AllowListedContentTypes(dict):
    """Extension → Content-Type; any other extension (a document uploaded before the
    allow-list, say) is served as an opaque download, never with a type guessed from its
    name. Wagtail asks `WAGTAILDOCS_CONTENT_TYPES.get(extension)` first and guesses only when
    that gives nothing."""

    def get(self, extension, default=None):
        return super().get(str(extension).lower(), OCTET_STREAM)


DOCUMENT_CONTENT_TYPES = AllowListedContentTypes(
    {
        "csv": "text/csv",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text",
        "pdf": "application/pdf",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "rtf": "application/rtf",
        "txt": "text/plain",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip": "application/zip",
    }
)


def document_content_type(name):
    """The Content-Type a document called `name` is served with."""
    extension = name.rpartition(".")[2] if "." in name else ""
    return DOCUMENT_CONTENT_TYPES.get(extension)
