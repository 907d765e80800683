"""Where evidence packs are kept: KARTU_PRIVATE_ROOT, which no URL serves (the admin's
download view checks the user's rights and streams the file)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage():
    return FileSystemStorage(location=settings.KARTU_PRIVATE_ROOT, base_url=None)
