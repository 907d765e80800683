from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    """EU visibility obligations across projects and news (EU-RULES.md, CPR Art. 47, 50 and
    Annex IX): the rules, the editors' report and publish warning, the controller's evidence pack
    and the A3 poster. An app of its own because it reads both floors it checks."""

    name = "compliance"
    verbose_name = _("EU visibility compliance")

    def ready(self):
        from wagtail.signals import page_published

        from .publish_warning import on_page_published

        page_published.connect(on_page_published, dispatch_uid="compliance_publish_warning")
