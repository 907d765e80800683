"""Formatting filters: money and rates as each language writes them, phone links, e-mail
addresses hidden from harvesters."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.safestring import mark_safe

from home.languages import active_language

register = template.Library()


# Languages that write the euro sign before the amount.
CURRENCY_SIGN_FIRST = {"en"}


@register.filter
def money(value):
    """An amount in euros as the active language writes it: "58 079,78 €" in Lithuanian,
    "€58,079.78" in English (the EU's English style guide puts the sign first)."""
    if value is None or value == "":
        return ""
    amount = number_format(value, 2, use_l10n=True, force_grouping=True)
    if active_language() in CURRENCY_SIGN_FIRST:
        return "€" + amount
    return amount + "\u00a0€"


@register.filter
def percent(value):
    """A rate in per cent without trailing zeros: "85 %", "77,5 %" ("85%" in English)."""
    if value is None or value == "":
        return ""
    decimals = None
    if isinstance(value, Decimal):
        value = value.normalize()
        decimals = max(0, -value.as_tuple().exponent)
    sign = "%" if active_language() == "en" else "\u00a0%"
    return number_format(value, decimals, use_l10n=True) + sign


@register.filter
def obfuscate_email(address):
    """Write an address as character references: browsers and screen readers show it as usual,
    simple harvesters that grep the source for "@" find nothing."""
    return mark_safe("".join(f"&#{ord(char)};" for char in str(address)))


@register.filter
def tel_href(phone):
    """A `tel:` address: digits and a leading plus only."""
    phone = str(phone or "")
    digits = "".join(char for char in phone if char.isdigit())
    return ("+" if phone.strip().startswith("+") else "") + digits
