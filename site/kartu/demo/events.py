"""Event posts (content: data/news/events.yaml): the Lielupe webinar series and the fairs,
conference and training of the seeds, dated from the day the demo is loaded so that it always
has events to come, each built under the news index of its language. A moved or cancelled
event is first published as announced and then changed, as an editor would: its calendar
entry keeps its UID and shows a higher SEQUENCE."""

import datetime

from news.models import NewsPage, NewsPageProject
from news.models.events import EventStatus

from .news import event_fields
from .pagetools import get_or_create_page
from .text import text

# A post announces its event three weeks ahead (never later than the day the demo is loaded).
ANNOUNCED_DAYS_BEFORE = 21


def event_specs(content, site=None):
    """(language, spec) of every event post of `site` (None: the Tauragė LAG's, which carry no
    `site`): the webinars (Latvian, online, sharing the series' project, categories, times and
    introduction), then the other events. Each post is built on one site only."""
    data = content["news/events"]
    series = data["webinar_series"]
    shared = {key: series[key] for key in ("project", "categories", "start", "end", "intro")}
    webinars = [("lv", {**shared, **webinar, "online": True}) for webinar in series["webinars"]]
    specs = webinars + [(spec["language"], spec) for spec in data["events"]]
    return [(code, spec) for code, spec in specs if spec.get("site") == site]


def event_on(spec, code, days, today):
    event = {
        "day": today + datetime.timedelta(days=days),
        "start": spec["start"],
        "end": spec["end"],
        "venue": spec.get("venue"),
        "online": spec.get("online", "link" in spec),
    }
    return event_fields(event, code)


def build_event_post(spec, code, index, categories, projects, today, tally):
    """Create one event post in language `code`, or find the one an earlier run made."""
    day = today + datetime.timedelta(days=spec["in_days"])
    first_days = spec.get("moved_from_days", spec["in_days"])
    post = get_or_create_page(
        index,
        NewsPage,
        text(spec["slug"], code),
        tally,
        children={
            "related_projects": [NewsPageProject(project=projects[spec["project"]], sort_order=0)]
        },
        title=text(spec["title"], code),
        date=min(today, day - datetime.timedelta(days=ANNOUNCED_DAYS_BEFORE)),
        intro=text(spec["intro"], code),
        categories=[categories[slug] for slug in spec["categories"]],
        event_url=spec.get("link", ""),
        **event_on(spec, code, first_days, today),
    )
    change = {}
    if "moved_from_days" in spec:
        change = {**event_on(spec, code, spec["in_days"], today), "event_status": "moved"}
    elif spec.get("status") == EventStatus.CANCELLED:
        change = {"event_status": EventStatus.CANCELLED}
    if change and post.event_status == EventStatus.SCHEDULED:
        for name, value in change.items():
            setattr(post, name, value)
        post.save_revision().publish()
    return post
