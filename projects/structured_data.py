"""Schema.org `Project` for a project page: its partners as `member`s and its EU funding as a
`MonetaryGrant` from the programme (see home/structured_data.py)."""

from home.i18n import localized
from home.structured_data import compact


def organisation_node(organisation):
    address = compact(
        {
            "@type": "PostalAddress",
            "addressLocality": organisation.town,
            "addressCountry": organisation.country,
        }
    )
    return compact(
        {
            "@type": "Organization",
            "name": organisation.name,
            "alternateName": organisation.short_name,
            "url": organisation.website,
            "address": address,
        }
    )


def monetary_grant(page, programme):
    """The programme's grant; the amount is the EU contribution in euros, when it is known."""
    amount = None
    if page.eu_contribution is not None:
        amount = {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": float(page.eu_contribution),
        }
    funder = compact(
        {
            "@type": "Organization",
            "name": programme.name,
            "alternateName": programme.short_name,
            "url": programme.website,
        }
    )
    return compact(
        {
            "@type": "MonetaryGrant",
            "name": str(programme.get_fund_display()),
            "identifier": page.project_number,
            "funder": funder,
            "amount": amount,
        }
    )


def project_node(page, request, context):
    partners = context.get("partners") or []
    programme = context.get("programme") or localized(page.programme)
    return compact(
        {
            "@type": "Project",
            "name": page.title,
            "alternateName": page.acronym,
            "identifier": page.project_number,
            "description": page.intro,
            "url": page.get_full_url(request),
            "member": [organisation_node(partner.localized_organisation) for partner in partners],
            "funding": monetary_grant(page, programme),
        }
    )
