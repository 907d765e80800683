"""Reading one cell of a keep.eu export: dates, amounts and choices, with the reason in plain
words when a value is not one. Each parser raises ValueError with a translated message."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from home.countries import COUNTRY_CHOICES
from projects.models import PartnerRole
from projects.models.snippets import Fund, OrganisationType, Period

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
FUNDS = {
    "erdf": Fund.ERDF,
    "eni": Fund.ENI,
    "eafrd": Fund.EAFRD,
    "esf+": Fund.ESF_PLUS,
    "esf plus": Fund.ESF_PLUS,
    "": Fund.OTHER,
}
ROLES = {
    "lead": PartnerRole.LEAD,
    "lead partner": PartnerRole.LEAD,
    "lp": PartnerRole.LEAD,
    "partner": PartnerRole.PARTNER,
    "project partner": PartnerRole.PARTNER,
    "pp": PartnerRole.PARTNER,
    "associated": PartnerRole.ASSOCIATED,
    "associated partner": PartnerRole.ASSOCIATED,
}
# keep.eu's legal status wording, and ours.
ORGANISATION_TYPES = {
    **{choice.value: choice for choice in OrganisationType},
    "public": OrganisationType.PUBLIC_BODY,
    "public body": OrganisationType.PUBLIC_BODY,
    "local public authority": OrganisationType.PUBLIC_BODY,
    "regional public authority": OrganisationType.PUBLIC_BODY,
    "national public authority": OrganisationType.PUBLIC_BODY,
    "local action group": OrganisationType.LAG,
    "non-governmental organisation": OrganisationType.NGO,
    "interest groups including ngos": OrganisationType.NGO,
    "private": OrganisationType.BUSINESS,
    "sme": OrganisationType.BUSINESS,
    "enterprise": OrganisationType.BUSINESS,
    "higher education and research": OrganisationType.EDUCATION,
    "education/training centre and school": OrganisationType.EDUCATION,
}
COUNTRY_CODES = {code for code, _name in COUNTRY_CHOICES}
ENGLISH_COUNTRY_NAMES = {
    "belarus": "BY",
    "germany": "DE",
    "denmark": "DK",
    "estonia": "EE",
    "finland": "FI",
    "lithuania": "LT",
    "latvia": "LV",
    "moldova": "MD",
    "norway": "NO",
    "poland": "PL",
    "russia": "RU",
    "russian federation": "RU",
    "sweden": "SE",
    "ukraine": "UA",
}


def text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    value = text(value)
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    raise ValueError(
        _("“%(value)s” is not a date. Write it as 2019-07-01 (year-month-day).") % {"value": value}
    )


def parse_amount(value):
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        cleaned = re.sub(r"[\s\u00a0€]|EUR", "", text(value))
        if "," in cleaned and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")  # a decimal comma: 58079,78
        cleaned = cleaned.replace(",", "")  # thousands separators: 58,079.78
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError(
                _("“%(value)s” is not an amount in euros, e.g. 58079.78.") % {"value": value}
            ) from None
    if amount < 0 or not amount.is_finite() or amount >= Decimal("1e10"):
        raise ValueError(
            _("“%(value)s” is not an amount in euros, e.g. 58079.78.") % {"value": value}
        )
    return amount.quantize(Decimal("0.01"))


def choice(mapping, value, what):
    key = text(value).casefold()
    if key in mapping:
        return mapping[key]
    known = ", ".join(sorted(k for k in mapping if k))
    raise ValueError(
        _("“%(value)s” is not a known %(what)s. Known: %(known)s.")
        % {"value": text(value), "what": what, "known": known}
    )


def parse_period(value):
    cleaned = text(value).replace("–", "-").replace(" ", "")
    periods = {p.value for p in Period if p != Period.OTHER}
    if cleaned in periods:
        return cleaned
    raise ValueError(
        _("“%(value)s” is not a programme period. Known: %(known)s.")
        % {"value": text(value), "known": ", ".join(sorted(periods))}
    )


def parse_country(value):
    cleaned = text(value)
    if cleaned.upper() in COUNTRY_CODES:
        return cleaned.upper()
    if cleaned.casefold() in ENGLISH_COUNTRY_NAMES:
        return ENGLISH_COUNTRY_NAMES[cleaned.casefold()]
    raise ValueError(
        _("“%(value)s” is not a country this site knows. Use a two-letter code: %(codes)s.")
        % {"value": cleaned, "codes": ", ".join(sorted(COUNTRY_CODES))}
    )
