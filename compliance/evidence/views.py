"""The admin's evidence pack views: a page's packs with a button to request a new one, and the
download, both for users who may edit the page. Files are streamed from private storage."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from compliance.permissions import can_edit, editable_project

from .models import EvidencePack, PackStatus
from .tasks import request_pack

SHOWN_PACKS = 20


class EvidencePackIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/evidence/index.html"
    page_title = gettext_lazy("Evidence packs")
    header_icon = "doc-full-inverse"
    http_method_names = ["get", "post"]

    def dispatch(self, request, page_id):
        self.page = editable_project(request.user, page_id)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["packs"] = EvidencePack.objects.filter(page=self.page).select_related(
            "requested_by"
        )[:SHOWN_PACKS]
        context["ready"] = PackStatus.READY
        context["failed"] = PackStatus.FAILED
        return context

    def post(self, request, page_id):
        request_pack(self.page, request.user)
        messages.success(
            request,
            _(
                "The evidence pack is being built. It appears below when ready; "
                "reload this page in a minute."
            ),
        )
        return redirect("compliance_evidence_packs", page_id=self.page.pk)


def download(request, pack_id):
    pack = get_object_or_404(EvidencePack.objects.select_related("page"), pk=pack_id)
    if not can_edit(request.user, pack.page):
        raise PermissionDenied
    if pack.status != PackStatus.READY or not pack.file:
        raise Http404
    try:
        handle = pack.file.open("rb")
    except FileNotFoundError as missing:  # cleaned away by the retention command
        raise Http404 from missing
    return FileResponse(handle, as_attachment=True, filename=pack.file.name.rsplit("/", 1)[-1])
