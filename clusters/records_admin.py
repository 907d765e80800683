"""The admin's "Members' records" menu (wagtail-modeladmin): publication consents and
cooperation enquiries, operational records that are neither content nor translated.

Each list filters, searches, inspects and exports to CSV and XLSX (modeladmin's `list_export`;
XLSX needs openpyxl). Who sees what follows the model permissions, as modeladmin checks them:
Communications (translations.roles) records consents and follows up enquiries; translators
have neither. Enquiries come only from visitors: nobody adds one here, and only their status
and staff notes are editable.
"""

from django.contrib.admin import SimpleListFilter
from django.utils.translation import gettext_lazy, ngettext, pgettext
from wagtail.admin import messages
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import CreateView, DeleteView, EditView, IndexView

from .models import CooperationEnquiry, PublicationConsent
from .models.consents import ConsentScope
from .patches.modeladmin_history_rights import PermissionCheckedHistoryView


class RecordsIndexView(IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The export, written while the view runs: a CSV export streams after Wagtail has
        switched back from the editor's language, and its headings came out in the site's."""
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if response.streaming:
            response.streaming_content = list(response.streaming_content)
        return response


class ConsentStatusFilter(SimpleListFilter):
    title = gettext_lazy("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("current", pgettext("consent status", "Current")),
            ("withdrawn", pgettext("consent status", "Withdrawn")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "current":
            return queryset.current()
        if self.value() == "withdrawn":
            return queryset.filter(withdrawn_at__isnull=False)
        return queryset


def unpublished_message(request, consent):
    pages = getattr(consent, "unpublished_pages", [])
    if pages:
        messages.warning(
            request,
            ngettext(
                "“%(title)s” is now unpublished (%(count)d page).",
                "“%(title)s” is now unpublished in every language (%(count)d pages).",
                len(pages),
            )
            % {"title": consent.member.title, "count": len(pages)},
        )


class ConsentCreateView(CreateView):
    """Records who recorded the consent; `?member=<page id>` (the button shown when a publish
    is refused) chooses the profile."""

    def get_initial(self):
        initial = super().get_initial()
        member = self.request.GET.get("member", "")
        if member.isdigit():
            initial["member"] = int(member)
        return initial

    def form_valid(self, form):
        form.instance.recorded_by = self.request.user
        response = super().form_valid(form)
        unpublished_message(self.request, self.instance)
        return response


class ConsentEditView(EditView):
    def form_valid(self, form):
        response = super().form_valid(form)
        unpublished_message(self.request, self.instance)
        return response


class ConsentDeleteView(DeleteView):
    def delete_instance(self):
        super().delete_instance()
        unpublished_message(self.request, self.instance)


class PublicationConsentAdmin(ModelAdmin):
    model = PublicationConsent
    menu_label = gettext_lazy("Publication consents")
    menu_icon = "form"
    menu_order = 100
    index_view_class = RecordsIndexView
    create_view_class = ConsentCreateView
    edit_view_class = ConsentEditView
    delete_view_class = ConsentDeleteView
    list_display = ("member", "given_by", "given_at", "method", "scope", "withdrawn_at")
    list_filter = (ConsentStatusFilter, "method", "covers_photos", "covers_contact_details")
    list_select_related = ("member",)
    search_fields = ("given_by", "member__title", "evidence", "notes")
    inspect_view_enabled = True
    history_view_class = PermissionCheckedHistoryView
    list_export = (
        "member",
        "given_by",
        "given_at",
        "method",
        "evidence",
        "scope",
        "withdrawn_at",
        "recorded_by",
        "recorded_at",
    )
    export_filename = "publication-consents"

    @staticmethod
    def scope(consent):
        return ", ".join(str(ConsentScope(scope).label) for scope in sorted(consent.scopes))

    scope.short_description = gettext_lazy("scope")


class RelatedOnlyFilter(SimpleListFilter):
    """The values of a foreign key that some enquiry has, by title (Django's own related
    filters need a Django admin site, which modeladmin has not)."""

    field = ""

    def lookups(self, request, model_admin):
        used = CooperationEnquiry.objects.values(self.field).distinct()
        pages = CooperationEnquiry._meta.get_field(self.field).related_model.objects
        return [(str(page.pk), page.title) for page in pages.filter(pk__in=used).order_by("title")]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(**{f"{self.field}_id": int(value)})
        return queryset


class EnquiryMemberFilter(RelatedOnlyFilter):
    title = gettext_lazy("member")
    parameter_name = "member"
    field = "member"


class EnquiryClusterFilter(RelatedOnlyFilter):
    title = gettext_lazy("cluster")
    parameter_name = "cluster"
    field = "cluster"


class EnquiryPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False


class CooperationEnquiryAdmin(ModelAdmin):
    model = CooperationEnquiry
    menu_label = gettext_lazy("Cooperation enquiries")
    menu_icon = "mail"
    menu_order = 200
    index_view_class = RecordsIndexView
    permission_helper_class = EnquiryPermissionHelper
    list_display = ("received_at", "member", "cluster", "name", "organisation", "status")
    list_filter = ("status", EnquiryMemberFilter, EnquiryClusterFilter)
    list_select_related = ("member", "cluster")
    search_fields = ("name", "email", "organisation", "message", "member__title")
    inspect_view_enabled = True
    history_view_class = PermissionCheckedHistoryView
    inspect_view_fields = [
        "received_at",
        "member",
        "cluster",
        "name",
        "email",
        "organisation",
        "message",
        "agreed_to_be_contacted",
        "language",
        "status",
        "forwarded_at",
        "notes",
    ]
    list_export = (
        "received_at",
        "member",
        "cluster",
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "status",
        "forwarded_at",
    )
    export_filename = "cooperation-enquiries"


class MemberRecordsGroup(ModelAdminGroup):
    menu_label = gettext_lazy("Members' records")
    menu_icon = "group"
    menu_order = 310
    items = (PublicationConsentAdmin, CooperationEnquiryAdmin)
