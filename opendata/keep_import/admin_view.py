"""The admin's keep.eu import (Import from keep.eu): upload, check (a dry run listing what
would be created or changed, or each row's problem), then import.

Who may use it: whoever may add and publish project pages under the project index of the
site's main language, where imported projects go (Communications, administrators). Imported
projects are new source content, which translators do not write: a translator of the main
language may add pages there, but not publish them, and is refused.
The file is read from the upload and never stored.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from projects.models import ProjectIndexPage

from .forms import KeepImportForm
from .run import import_keep_file


def target_index(site):
    if site is None:
        return None
    return ProjectIndexPage.objects.child_of(site.root_page).order_by("path").first()


def may_import(user, site):
    index = target_index(site)
    if index is None:
        return user.is_superuser
    permissions = index.permissions_for_user(user)
    return permissions.can_add_subpage() and permissions.can_publish_subpage()


class KeepImportView(WagtailAdminTemplateMixin, View):
    template_name = "opendata/admin/keep_import.html"
    page_title = gettext_lazy("Import from keep.eu")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.site = (
            Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        )
        if not may_import(request.user, self.site):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        return self.respond(KeepImportForm(), None)

    def post(self, request):
        form = KeepImportForm(request.POST, request.FILES)
        result = None
        if form.is_valid():
            upload = form.cleaned_data["file"]
            dry_run = request.POST.get("action") != "import"
            result = import_keep_file(
                upload.name, upload.read(), self.site, user=request.user, dry_run=dry_run
            )
            if result.written:
                messages.success(request, _("The file was imported. The projects are drafts."))
            elif not result.ok:
                messages.error(request, _("Nothing was imported: correct the file and try again."))
        return self.respond(form, result)

    def respond(self, form, result):
        context = self.get_context_data(form=form, result=result, index=target_index(self.site))
        return render(self.request, self.template_name, context)
