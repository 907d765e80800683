"""The default site's settings: footer text, contacts, disclaimer, legal pages and funders
(content: data/site_settings.yaml)."""

from home.models import SiteSettings, StandardPage

from .snippets import funder_colours
from .text import text


def build_site_settings(content, site, refs, tally):
    spec = content["site_settings"]
    site_settings = SiteSettings.for_site(site)
    legal = StandardPage.objects.child_of(site.root_page)

    def legal_page(name):  # a file of data/pages/
        return legal.get(slug=text(content[f"pages/{name}"]["slug"], "lt")).page_ptr

    wanted = {
        "footer_text": refs["footer"],
        "default_disclaimer": refs["disclaimer"][spec["disclaimer"]],
        "accessibility_statement": legal_page(spec["accessibility_statement"]),
        "privacy_notice": legal_page(spec["privacy_notice"]),
        **spec["contacts"],
    }
    changed = {
        name: value for name, value in wanted.items() if getattr(site_settings, name) != value
    }
    funders = [(kind, refs[kind][key]) for kind, key in funder_colours(content)]
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
