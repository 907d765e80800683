"""News posts (content: data/news/lt.yaml and lv.yaml), each built under the news index of the
language it is written in, with the training, fair or webinar it reports on."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Revision

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


def build_post(spec, code, index, categories, projects, refs, images, tally, publish=True):
    """Create one news post, written in language `code`, under that language's news index
    (published, or with `publish=False` a draft)."""
    lead_image = images.picture(spec["image"])
    return get_or_create_page(
        index,
        NewsPage,
        text(spec["slug"], code),
        tally,
        publish=publish,
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


def build_scheduled_post(content, index, categories, projects, refs, images, tally):
    """The post of scheduled.yaml: a draft under the Lithuanian news index whose revision is
    approved to go live tomorrow, as the editor's "Publish" with a future "Go-live date" leaves
    it (Wagtail's publish action keeps such a revision waiting for `publish_scheduled`). Found
    again by its slug; scheduled only once, and never once it is live."""
    spec = content["news/scheduled"]["post"]
    hour, minute = map(int, spec["goes_live_at"].split(":"))
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    go_live_at = datetime.datetime.combine(tomorrow, datetime.time(hour, minute), tzinfo=BALTIC)
    post = build_post(
        {**spec, "date": tomorrow},
        "lt",
        index,
        categories,
        projects,
        refs,
        images,
        tally,
        publish=False,
    )
    waiting = Revision.page_revisions.filter(
        object_id=str(post.pk), approved_go_live_at__isnull=False
    )
    if post.live or waiting.exists():
        tally.present("scheduled post")
        return post
    post.go_live_at = go_live_at
    post.save_revision().publish()
    tally.created("scheduled post")
    return post
