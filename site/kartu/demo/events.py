"""When and where the demo's trainings, fairs and webinars took place."""

import datetime
from zoneinfo import ZoneInfo

# Vilnius and Riga share a time zone.
BALTIC = ZoneInfo("Europe/Vilnius")


def event(day, start, end, venue=None, online=False):
    """A post's event on `day` from `start` to `end` ("10:00"), at `venue` (T) or online."""

    def moment(clock):
        hour, minute = map(int, clock.split(":"))
        return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BALTIC)

    return {
        "event_start": moment(start),
        "event_end": moment(end),
        "event_venue": venue or "",
        "event_online": online,
    }
