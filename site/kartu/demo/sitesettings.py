"""The default site's settings: footer text, contacts, disclaimer, legal pages and funders."""

from home.models import SiteSettings, StandardPage

from .pages import ACCESSIBILITY, PRIVACY
from .snippets import FUNDERS, SITE_DISCLAIMER

CONTACTS = {
    "email": "info@kartu.example",
    "phone": "+370 000 00 000",
    "facebook_url": "https://www.facebook.com/kartu.example",
}


def build_site_settings(site, refs, tally):
    site_settings = SiteSettings.for_site(site)
    legal = StandardPage.objects.child_of(site.root_page)
    wanted = {
        "footer_text": refs["footer"],
        "default_disclaimer": refs["disclaimer"][SITE_DISCLAIMER],
        "accessibility_statement": legal.get(slug=ACCESSIBILITY["slug"]["lt"]).page_ptr,
        "privacy_notice": legal.get(slug=PRIVACY["slug"]["lt"]).page_ptr,
        **CONTACTS,
    }
    changed = {
        name: value for name, value in wanted.items() if getattr(site_settings, name) != value
    }
    funders = [(kind, refs[kind][key]) for kind, key in FUNDERS]
    chosen = [(item["type"], item["value"]) for item in site_settings.funders.raw_data]
    if chosen != [(kind, obj.pk) for kind, obj in funders]:
        changed["funders"] = funders
    if changed:
        for name, value in changed.items():
            setattr(site_settings, name, value)
        site_settings.save()
        tally.created("site settings: contacts, disclaimer, legal pages and funders")
    else:
        tally.present("site settings: contacts, disclaimer, legal pages and funders")
    return site_settings
