"""Template tags of the funding domain: the EU emblem, a site's funding disclaimer and funders'
logos, the projects on the home page, and a project page's funding chart and partners."""

import math
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from django import template
from django.utils.html import format_html_join
from wagtail.models import Site

from home.languages import active_language
from home.models import HomePage
from home.shared_cache import shared
from projects.funders import get_funders
from projects.models import FundingSettings, ProjectIndexPage, ProjectPage
from projects.models.index import attach_localized_programmes

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


# The EU emblem's official geometry (Annex IX of Reg. 2021/1060), for a 3:2 flag 540 units high.
# The EU emblem's official geometry (Annex IX of Reg. 2021/1060), for a 3:2 flag 540 units high.
FLAG_HEIGHT = 540

FLAG_WIDTH = FLAG_HEIGHT * 3 // 2

STAR_CIRCLE_RADIUS = FLAG_HEIGHT / 3

STAR_RADIUS = FLAG_HEIGHT / 18

# A regular five-pointed star's inner vertices lie at this fraction of its outer radius.
STAR_INNER_RATIO = math.cos(math.radians(72)) / math.cos(math.radians(36))


@lru_cache(maxsize=1)
def eu_emblem_star_points():
    """Points of the twelve stars, one at each hour of a clock face, each with a point upward:
    ((x, y), ...) per star in flag units, y downward. The poster PDF draws the same stars."""
    centre_x, centre_y = FLAG_WIDTH / 2, FLAG_HEIGHT / 2
    stars = []
    for hour in range(12):
        angle = math.radians(hour * 30)
        star_x = centre_x + STAR_CIRCLE_RADIUS * math.sin(angle)
        star_y = centre_y - STAR_CIRCLE_RADIUS * math.cos(angle)
        points = []
        for vertex in range(10):
            radius = STAR_RADIUS if vertex % 2 == 0 else STAR_RADIUS * STAR_INNER_RATIO
            vertex_angle = math.radians(vertex * 36)
            x = star_x + radius * math.sin(vertex_angle)
            y = star_y - radius * math.cos(vertex_angle)
            points.append((x, y))
        stars.append(tuple(points))
    return tuple(stars)


@lru_cache(maxsize=1)
def _star_polygons():
    return tuple(
        " ".join(f"{x:.2f},{y:.2f}" for x, y in points) for points in eu_emblem_star_points()
    )


@register.simple_tag
def eu_emblem_stars():
    """The emblem's stars as SVG polygons (geometry computed, never copied from a file)."""
    return format_html_join(
        "", '<polygon points="{}"/>', ((points,) for points in _star_polygons())
    )


@register.simple_tag
def eu_emblem_viewbox():
    return f"0 0 {FLAG_WIDTH} {FLAG_HEIGHT}"


@register.filter
def by_country(partners):
    """Partners grouped by their organisation's country, in the order countries first appear."""
    groups = {}
    for partner in partners:
        organisation = getattr(partner, "localized_organisation", partner.organisation)
        groups.setdefault(organisation.get_country_display(), []).append(partner)
    return list(groups.items())


HOME_PROJECT_COUNT = 6


@register.simple_tag
def home_projects(home):
    """The projects a home page shows: featured ones first, then the most recent, each with
    its programme in the active language. Two queries, plus one for the index page link the
    other home sections share."""
    projects = attach_localized_programmes(
        home.live_descendants(ProjectPage)
        .select_related("programme")
        .order_by("-featured", "-start_date", "title")[:HOME_PROJECT_COUNT]
    )
    return {"projects": projects, "index": home.get_index_page(ProjectIndexPage)}


def _funding_settings(request):
    """The request's site's FundingSettings with its disclaimer, from the shared frame cache
    (one query when content changed); None when no Site matches (a 404 for an unknown host
    still has a footer) or none were saved."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return shared(
        request,
        f"funding_settings:{site.pk}",
        lambda: (
            FundingSettings.objects.select_related("default_disclaimer").filter(site=site).first()
        ),
    )


def _funders(request):
    site = Site.find_for_request(request) if request is not None else None
    return shared(
        request,
        f"funders:{site.pk if site else ''}:{active_language()}",
        lambda: get_funders(_funding_settings(request)),
    )


@register.simple_tag(takes_context=True)
def site_funding(context):
    """The site's default funding disclaimer (in the active language) and whether it has funders.

    The home page shows the disclaimer on landing, as the 2014–2020 rules ask; every other page
    in its footer (`footer_disclaimer`, empty on the home page)."""
    request = context.get("request")
    funding_settings = _funding_settings(request)
    disclaimer = None
    if funding_settings is not None and funding_settings.default_disclaimer_id:
        disclaimer = shared(
            request,
            f"site_disclaimer:{funding_settings.pk}:{active_language()}",
            lambda: funding_settings.default_disclaimer.localized,
        )
    on_home_page = isinstance(context.get("page"), HomePage)
    return {
        "disclaimer": disclaimer,
        "footer_disclaimer": None if on_home_page else disclaimer,
        "has_funders": bool(_funders(request)),
    }


@register.inclusion_tag("components/funder_logos.html", takes_context=True)
def funder_logos(context, heading_id, detailed=False):
    """The funders' logos from the funding settings; `detailed` adds each one's fund and period."""
    request = context.get("request")
    return {
        "request": request,
        "funders": _funders(request),
        "heading_id": heading_id,
        "detailed": detailed,
    }
