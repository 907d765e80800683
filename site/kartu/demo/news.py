"""News posts (content: data/news/lt.yaml and lv.yaml), each built under the news index of the
language it is written in, with the training, fair or webinar it reports on."""

import datetime
from zoneinfo import ZoneInfo

from news.models import NewsPage, NewsPageProject

from .blocks import stream
from .pagetools import get_or_create_page
from .text import text

SOURCE_LANGUAGES = ("lt", "lv")
# Vilnius and Riga share a time zone.
BALTIC = ZoneInfo("Europe/Vilnius")


def post_specs(content):
    """(language, post) of every post, Lithuanian ones first."""
    return [(code, spec) for code in SOURCE_LANGUAGES for spec in content[f"news/{code}"]["posts"]]


def event_fields(event, code):
    """A post's event fields: on `day` from `start` to `end` ("10:00"), at `venue` or online."""
    if event is None:
        return {}

    def moment(clock):
        hour, minute = map(int, clock.split(":"))
        return datetime.datetime.combine(event["day"], datetime.time(hour, minute), tzinfo=BALTIC)

    return {
        "event_start": moment(event["start"]),
        "event_end": moment(event["end"]),
        "event_venue": text(event.get("venue"), code) or "",
        "event_online": event.get("online", False),
    }


def build_post(spec, code, index, categories, projects, refs, images, tally):
    """Create one news post, written in language `code`, under that language's news index."""
    lead_image = images.picture(spec["image"])
    return get_or_create_page(
        index,
        NewsPage,
        text(spec["slug"], code),
        tally,
        children={
            "related_projects": [NewsPageProject(project=projects[spec["project"]], sort_order=0)]
        },
        title=text(spec["title"], code),
        date=spec["date"],
        intro=text(spec["intro"], code),
        lead_image=lead_image,
        body=stream(spec["body"], code, refs, images),
        categories=[categories[slug] for slug in spec["categories"]],
        **event_fields(spec.get("event"), code),
    )
