"""The consent panel of a member profile's editor: what the recorded consents allow, so that
an editor knows before pressing "Publish" whether the profile can go online."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .consents import PublicationConsent, consent_problem


class ConsentStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "clusters/admin/consent_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            saved = page.pk is not None
            context.update(
                consents=list(PublicationConsent.objects.for_profile(page).current())
                if saved
                else [],
                problem=consent_problem(page) if saved else None,
                record_url=reverse("clusters_publicationconsent_modeladmin_create")
                + (f"?member={page.pk}" if saved else ""),
            )
            return context
