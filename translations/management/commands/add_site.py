"""`manage.py add_site --hostname lielupe.example --name "Lielupe rural partnership"
--languages lv,en,ru [--port 80]`: one more organisation's site (translations/sites.py)."""

from home.site_setup import SiteCommand
from translations.sites import add_site


class Command(SiteCommand):
    help = (
        "Add an organisation's site: its host name, home pages in its languages (the first is "
        "its source), settings, and its editors', reviewers' and translators' groups. Running "
        "it again changes nothing."
    )

    def make_site(self, hostname, name, codes, port):
        return add_site(hostname, name, codes, port=port)

    def describe(self, report):
        for group in report.groups:
            self.stdout.write(f"  group: {group}")
