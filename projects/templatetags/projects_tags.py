"""Template tags of project pages: the funding chart's geometry."""

from decimal import ROUND_HALF_UP, Decimal

from django import template

register = template.Library()

# The chart's drawing area in SVG user units; the bar fills it and scales with the page.
CHART_WIDTH = 100


def _svg_number(value):
    """A length for an SVG attribute: always a dot as decimal mark, whatever the language."""
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"


@register.simple_tag
def funding_chart(page):
    """The EU contribution and the rest of the budget as a stacked bar, or None unless both
    the total budget and the EU contribution are known (and the budget is not zero).

    Returns the amounts, the rate and each segment's x position and width (as strings, so a
    Lithuanian decimal comma never reaches the SVG). No queries.
    """
    total, eu = page.total_budget, page.eu_contribution
    if total is None or eu is None or total <= 0 or eu < 0 or eu > total:
        return None
    eu_width = eu * CHART_WIDTH / total
    rest_width = CHART_WIDTH - eu_width
    return {
        "total": total,
        "eu": eu,
        "rest": total - eu,
        "rate": page.co_financing_rate,
        "width": str(CHART_WIDTH),
        "eu_width": _svg_number(eu_width),
        "rest_x": _svg_number(eu_width),
        "rest_width": _svg_number(rest_width),
    }
