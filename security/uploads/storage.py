"""Media in an S3-compatible bucket (django-storages), with documents stored as downloads.

A document object otherwise gets the Content-Type the uploading browser claimed (django-storages
prefers it to one guessed from the name) and no Content-Disposition, so whoever opens its bucket
address directly would see it rendered inline. Each document object is written with the type
from the allow-list and `Content-Disposition: attachment`. S3 cannot store an
X-Content-Type-Options header on an object: that one comes from the serve view (README
"Uploads")."""

import posixpath

from django.utils.http import content_disposition_header
from storages.backends.s3 import S3Storage

from security.uploads.content_types import document_content_type

DOCUMENTS_FOLDER = "documents"  # Wagtail's AbstractDocument.file upload_to


class MediaS3Storage(S3Storage):
    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        folder, filename = posixpath.split(name)
        if posixpath.basename(folder) == DOCUMENTS_FOLDER:
            params["ContentType"] = document_content_type(filename)
            params["ContentDisposition"] = content_disposition_header(True, filename)
        return params
