"""Image filters for the renditions Wagtail writes."""

import re

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


SRCSET = re.compile(r'srcset="([^"]*)"')


@register.filter(is_safe=True)
def unique_srcset(html):
    """`html` with each width named once in its srcset. Wagtail never enlarges an image, so
    for a small original two renditions can have the same width, which HTML does not allow."""

    def dedupe(match):
        seen, candidates = set(), []
        for candidate in match.group(1).split(", "):
            descriptor = candidate.rsplit(" ", 1)[-1]
            if descriptor not in seen:
                seen.add(descriptor)
                candidates.append(candidate)
        return f'srcset="{", ".join(candidates)}"'

    return mark_safe(SRCSET.sub(dedupe, str(html)))
