"""Time zones a site can be in: each site shows its events, and sends them to calendars, in its
own time zone (SiteSettings.time_zone), the install's TIME_ZONE unless a site chooses another."""

import functools
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@functools.cache
def known_time_zones():
    """IANA names ("Europe/Vilnius"), from the system's or the tzdata package's database."""
    return frozenset(zoneinfo.available_timezones())


def time_zone_choices():
    """For the settings form: the install's default first, then every known zone."""
    default = _("The install's default (%(zone)s)") % {"zone": settings.TIME_ZONE}
    return [("", default), *((name, name) for name in sorted(known_time_zones()))]


def validate_time_zone(value):
    if value and value not in known_time_zones():
        raise ValidationError(
            _("“%(zone)s” is not a time zone, e.g. Europe/Vilnius."), params={"zone": value}
        )


def zone_named(name):
    """The ZoneInfo of `name`, or of the install's TIME_ZONE when empty or unknown."""
    if name and name in known_time_zones():
        return zoneinfo.ZoneInfo(name)
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)
