"""The default site's settings: footer text, contacts, legal pages and time zone (home's
SiteSettings), and its funding disclaimer and funders (projects' FundingSettings). Content:
data/site_settings.yaml."""

from home.models import SiteSettings, StandardPage
from projects.models import FundingSettings

from .snippets import funder_colours
from .text import text


def _update(settings_object, wanted):
    """Set the fields that differ from `wanted` and save; True when something changed."""
    changed = {
        name: value for name, value in wanted.items() if getattr(settings_object, name) != value
    }
    for name, value in changed.items():
        setattr(settings_object, name, value)
    if changed:
        settings_object.save()
    return bool(changed)


def build_site_settings(content, site, refs, tally):
    spec = content["site_settings"]
    legal = StandardPage.objects.child_of(site.root_page)

    def legal_page(name):  # a file of data/pages/
        return legal.get(slug=text(content[f"pages/{name}"]["slug"], "lt")).page_ptr

    site_settings = SiteSettings.for_site(site)
    changed = _update(
        site_settings,
        {
            "footer_text": refs["footer"],
            "accessibility_statement": legal_page(spec["accessibility_statement"]),
            "privacy_notice": legal_page(spec["privacy_notice"]),
            "time_zone": spec["time_zone"],
            **spec["contacts"],
        },
    )
    funding = FundingSettings.for_site(site)
    funders = [(kind, refs[kind][key]) for kind, key in funder_colours(content)]
    chosen = [(item["type"], item["value"]) for item in funding.funders.raw_data]
    wanted_funding = {"default_disclaimer": refs["disclaimer"][spec["disclaimer"]]}
    if chosen != [(kind, obj.pk) for kind, obj in funders]:
        wanted_funding["funders"] = funders
    changed = _update(funding, wanted_funding) or changed
    if changed:
        tally.created("site settings: contacts, disclaimer, legal pages and funders")
    else:
        tally.present("site settings: contacts, disclaimer, legal pages and funders")
    return site_settings
