"""The glossary in the admin: Settings → Glossary, a snippet viewset with CSV export and import.

Who manages which terms: translators manage the terms *into their own language* (a term's
target locale is one of their translators' groups' locales, `translations.policy`); the
Communications group and administrators manage every term. `setup_roles` gives translators the
model rights; this module narrows them to their locales in the listing, the edit and delete
views, the form's choice of target language and the import.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.auth import permission_denied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale
from wagtail.snippets.views.snippets import DeleteView, EditView, IndexView, SnippetViewSet

from translations.glossary.csv_io import COLUMNS, import_csv
from translations.glossary.models import GlossaryTerm
from translations.policy import snippet_locales


def managed_codes(user, action="change"):
    """The target language codes whose terms `user` may `action`; None for every one."""
    return snippet_locales(user, GlossaryTerm, action)


def may_manage(user, locale, action="change"):
    codes = managed_codes(user, action)
    return codes is None or locale.language_code in codes


class GlossaryTermForm(WagtailAdminModelForm):
    """A translator chooses only their own languages as the target."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = managed_codes(self.for_user) if self.for_user else None
        if codes is not None:
            self.fields["target_locale"].queryset = Locale.objects.filter(language_code__in=codes)


class GlossaryIndexView(IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("source_locale", "target_locale")
        codes = managed_codes(self.request.user)
        if codes is not None:
            queryset = queryset.filter(target_locale__language_code__in=codes)
        return queryset

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(
                    _("Import CSV"),
                    url=reverse(GlossaryTerm.snippet_viewset.get_url_name("import")),
                    icon_name="upload",
                )
            )
        return buttons


class OwnLocaleOnly:
    """Edit and delete: a term into another translator's language is not theirs."""

    def get_object(self, queryset=None):
        term = super().get_object(queryset)
        if not may_manage(self.request.user, term.target_locale, self.permission_required):
            raise PermissionDenied
        return term


class GlossaryEditView(OwnLocaleOnly, EditView):
    pass


class GlossaryDeleteView(OwnLocaleOnly, DeleteView):
    pass


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, with the columns of “Download CSV”: %(columns)s. A row for an existing "
            "term (same languages and term) updates it."
        )
        % {"columns": ", ".join(COLUMNS)},
    )


class GlossaryImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "translations/glossary/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Import glossary terms")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not GlossaryTerm.snippet_viewset.permission_policy.user_has_permission(
            request.user, "add"
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        result = import_csv(
            form.cleaned_data["file"].read(), lambda locale: may_manage(self.request.user, locale)
        )
        for line, error in result.errors[:20]:
            messages.error(
                self.request, _("Line %(line)s: %(error)s") % {"line": line, "error": error}
            )
        messages.success(
            self.request,
            _("%(added)s terms added, %(updated)s updated.")
            % {"added": result.added, "updated": result.updated},
        )
        return redirect(GlossaryTerm.snippet_viewset.get_url_name("list"))


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = gettext_lazy("Glossary")
    add_to_settings_menu = True
    index_view_class = GlossaryIndexView
    edit_view_class = GlossaryEditView
    delete_view_class = GlossaryDeleteView
    list_display = ["term", "source_locale", "target_locale", "required_translation", "note"]
    list_filter = ["source_locale", "target_locale", "do_not_translate"]
    search_fields = ["term", "translation", "note"]
    list_export = COLUMNS
    export_headings = {column: column for column in COLUMNS}  # what "Import CSV" reads
    export_filename = "glossary"
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("source_locale"), FieldPanel("target_locale")]),
            FieldPanel("term"),
            FieldPanel("translation"),
            FieldPanel("do_not_translate"),
            FieldPanel("note"),
        ],
        base_form_class=GlossaryTermForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", GlossaryImportView.as_view(), name="import"),
        ]
