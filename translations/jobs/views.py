"""Admin views of translation jobs: create from the status report, "My jobs", one job."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translations.jobs.access import may_manage_jobs, visible_jobs
from translations.jobs.completion import finish_complete_items
from translations.jobs.creation import create_jobs, with_subtrees
from translations.jobs.forms import TranslationJobForm, parse_selection
from translations.jobs.links import attach_editor_urls
from translations.jobs.machine import machine_translate_jobs, words_saved_by_job
from translations.jobs.progress import job_rows


class JobCreateView(WagtailAdminTemplateMixin, TemplateView):
    """ "Create job" from the items ticked in the translation status report."""

    template_name = "translations/jobs/create.html"
    page_title = gettext_lazy("Create translation job")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_jobs(request.user):
            return permission_denied(request)
        data = request.POST if request.method == "POST" else request.GET
        self.form = TranslationJobForm(
            request.POST if request.method == "POST" else None,
            selection=data.getlist("items") or data.getlist("item"),
            initial={"items": data.getlist("item")},
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translations_status"), "label": _("Translation status")},
            {"url": "", "label": self.page_title},
        ]

    def post(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.get(request, *args, **kwargs)
        form = self.form
        objects = form.objects
        if form.cleaned_data["include_subpages"]:
            objects = with_subtrees(objects)
        jobs = create_jobs(
            objects,
            form.assignees,
            form.cleaned_data["due_date"],
            form.cleaned_data["note"],
            request.user,
        )
        messages.success(
            request,
            _("%(count)d translation jobs created.") % {"count": len(jobs)}
            if len(jobs) > 1
            else _("The translation job was created."),
        )
        return redirect("translations_jobs")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["objects"] = getattr(self.form, "objects", None) or parse_selection(
            self.form.selection
        )
        return context


class MyJobsView(WagtailAdminTemplateMixin, TemplateView):
    """A translator's jobs, soonest due first (a site manager sees every job)."""

    template_name = "translations/jobs/index.html"
    page_title = gettext_lazy("My jobs")
    header_icon = "tasks"
    paginate_by = 30

    def get_page_title(self):
        return _("Translation jobs") if may_manage_jobs(self.request.user) else _("My jobs")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jobs = visible_jobs(self.request.user)
        if not may_manage_jobs(self.request.user):
            jobs = jobs.filter(assignee=self.request.user)
        page = Paginator(jobs.order_by("completed_at", "due_date", "pk"), self.paginate_by)
        page = page.get_page(self.request.GET.get("p"))
        context.update({"page_obj": page, "jobs": job_rows(page.object_list)})
        return context


class JobView(WagtailAdminTemplateMixin, TemplateView):
    """One job: its items, how far each is, links to the editor; "Send finished items to
    review". 404 for who may not see it (a translator of another language)."""

    template_name = "translations/jobs/detail.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.job = get_object_or_404(visible_jobs(request.user), pk=kwargs["job_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Translation job into %(language)s") % {
            "language": self.job.locale.get_display_name()
        }

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translations_jobs"), "label": _("Translation jobs")},
            {"url": "", "label": self.get_page_title()},
        ]

    def post(self, request, *args, **kwargs):
        items = list(self.job.items.select_related("job", "job__assignee", "content_type"))
        finished = finish_complete_items(items, request.user)
        if finished:
            messages.success(
                request, _("%(count)d items sent to review.") % {"count": len(finished)}
            )
        else:
            messages.warning(request, _("No item is completely translated yet."))
        return HttpResponseRedirect(request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = job_rows([self.job])[0]
        attach_editor_urls(job.item_list, job.locale_id)
        context.update(
            {
                "job": job,
                "items": job.item_list,
                "words_saved": words_saved_by_job([job])[job.pk],
                "may_manage": may_manage_jobs(self.request.user),
            }
        )
        return context


class JobMachineTranslateView(View):
    """ "Machine translate": memory first, then the machine translator, for this job, or (for
    who manages jobs, with `batch`) for every language of the batch it was created with."""

    def post(self, request, job_id):
        job = get_object_or_404(visible_jobs(request.user), pk=job_id)
        jobs = [job]
        if request.POST.get("batch") and may_manage_jobs(request.user):
            jobs = list(visible_jobs(request.user).filter(batch=job.batch))
        machine_translate_jobs.enqueue([each.pk for each in jobs], request.user.pk)
        messages.success(
            request,
            _(
                "Machine translation of %(count)d jobs was requested: the translation memory "
                "first, then the machine translator. The strings appear in the editor once it "
                "has run."
            )
            % {"count": len(jobs)},
        )
        return redirect("translations_job", job.pk)
