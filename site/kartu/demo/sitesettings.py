"""The default site's contact settings: footer text, email, phone and Facebook page."""

from home.models import SiteSettings

CONTACTS = {
    "email": "info@kartu.example",
    "phone": "+370 000 00 000",
    "facebook_url": "https://www.facebook.com/kartu.example",
}


def build_site_settings(site, footer, tally):
    site_settings = SiteSettings.for_site(site)
    wanted = {"footer_text": footer, **CONTACTS}
    changed = [name for name, value in wanted.items() if getattr(site_settings, name) != value]
    if changed:
        for name in changed:
            setattr(site_settings, name, wanted[name])
        site_settings.save()
        tally.created("site settings: contacts")
    else:
        tally.present("site settings: contacts")
    return site_settings
