"""The default site's settings: footer text, contacts, disclaimer, legal pages and funders."""

from home.models import SiteSettings, StandardPage
from projects.models import FundingSettings

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
        "accessibility_statement": legal.get(slug=ACCESSIBILITY["slug"]["lt"]).page_ptr,
        "privacy_notice": legal.get(slug=PRIVACY["slug"]["lt"]).page_ptr,
        **CONTACTS,
    }
    changed = {
        name: value for name, value in wanted.items() if getattr(site_settings, name) != value
    }
    if changed:
        for name, value in changed.items():
            setattr(site_settings, name, value)
        site_settings.save()
    changed_funding = build_funding_settings(site, refs)
    if changed or changed_funding:
        tally.created("site settings: contacts, disclaimer, legal pages and funders")
    else:
        tally.present("site settings: contacts, disclaimer, legal pages and funders")
    return site_settings


def build_funding_settings(site, refs):
    """The site's disclaimer and funders; True when something changed."""
    funding = FundingSettings.for_site(site)
    disclaimer = refs["disclaimer"][SITE_DISCLAIMER]
    funders = [(kind, refs[kind][key]) for kind, key in FUNDERS]
    chosen = [(item["type"], item["value"]) for item in funding.funders.raw_data]
    if funding.default_disclaimer_id == disclaimer.pk and chosen == [
        (kind, obj.pk) for kind, obj in funders
    ]:
        return False
    funding.default_disclaimer = disclaimer
    funding.funders = funders
    funding.save()
    return True
