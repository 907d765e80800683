"""Pages that change with time as well as with edits (a list of upcoming events changes when
an event is over) tell the page cache how long they hold: `expire_at(request, moment)` while
the page renders. The page is then stored until that moment at most; purges still apply."""

import math

from django.utils import timezone

_ATTRIBUTE = "_pagecache_expires_at"


def expire_at(request, moment):
    """The page for `request` stops being right at `moment` (an aware datetime; None: never).
    The earliest moment a page names wins."""
    if request is None or moment is None:
        return
    current = getattr(request, _ATTRIBUTE, None)
    if current is None or moment < current:
        setattr(request, _ATTRIBUTE, moment)


def seconds_to_keep(request, longest):
    """How long the response to `request` may be stored: `longest`, or less when the page
    named a moment at which it goes stale (0: not at all)."""
    moment = getattr(request, _ATTRIBUTE, None)
    if moment is None:
        return longest
    # Rounded down: a page may leave the cache a little early, never late.
    left = math.floor((moment - timezone.now()).total_seconds())
    return max(0, min(longest, left))
