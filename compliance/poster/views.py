"""The poster, downloaded from the admin.

Drawn in the request rather than by a task: one A3 page takes about 0.1 s (README
"A3 poster"), less than the round trip of queuing a task and polling for its file."""

from django.http import HttpResponse

from compliance.permissions import editable_project

from .facts import gather
from .layout import build_poster


def poster(request, page_id):
    page = editable_project(request.user, page_id)
    pdf = build_poster(gather(page))
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"poster-{page.slug}-{page.locale.language_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
