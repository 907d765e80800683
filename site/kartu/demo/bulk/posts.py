"""Generated news posts: trainings, fairs, webinars and project updates over many years, some
announcing an event, most about one of the site's projects, each with a lead picture."""

import datetime
import uuid
from types import SimpleNamespace

from news.models import NewsPage, NewsPageProject

from ..news import BALTIC, event_fields
from .tree import live_page
from .writer import body, mark

# Category slugs of the demo's data (snippets/categories.yaml): what an event post is about.
EVENT_CATEGORIES = ("trainings", "fairs", "webinars", "masterclasses")
UPDATES = "project-updates"
FIRST_YEAR = 2012
EVENT_SHARE, PROJECT_SHARE = 0.35, 0.7


class Posts:
    """Drafts news posts and writes them out in each language."""

    kind = "news"
    model = NewsPage

    def __init__(self, writer, frame, projects):
        self.writer, self.frame, self.projects = writer, frame, projects
        self.words = writer.words
        self.categories = frame.refs["category"]
        self.categories_m2m = NewsPage.categories.through

    def draft(self):
        writer, rng = self.writer, self.writer.rng
        date = writer.day(FIRST_YEAR)
        event = None
        slugs = [UPDATES]
        if rng.random() < EVENT_SHARE:
            slug = rng.choice(EVENT_CATEGORIES)
            slugs = [slug] if rng.random() < 0.8 else [slug, UPDATES]
            online = slug == "webinars"
            start = rng.choice(["09:00", "10:00", "11:00", "13:00", "17:00"])
            event = {
                "day": date + datetime.timedelta(days=rng.randint(3, 30)),
                "start": start,
                "end": f"{int(start[:2]) + rng.randint(1, 6):02d}:00",
                "venue": None if online else self.venue(),
                "online": online,
            }
        return SimpleNamespace(
            translation_key=uuid.uuid4(),
            title=writer.pick(self.words["news_titles"]),
            date=date,
            published_at=datetime.datetime.combine(
                date, datetime.time(rng.randint(8, 17), rng.randint(0, 59)), tzinfo=BALTIC
            ),
            intro=" ".join(writer.sentences(self.words["intro_sentences"], 1, 2)),
            body=writer.article(),
            picture=rng.choice(self.frame.pictures),
            event=event,
            categories=[self.categories[slug] for slug in slugs if slug in self.categories],
            project=(
                rng.choice(self.projects)
                if self.projects and rng.random() < PROJECT_SHARE
                else None
            ),
        )

    def venue(self):
        rng = self.writer.rng
        return f"{rng.choice(self.words['venues']).capitalize()}, {rng.choice(self.words['towns'])}"

    def page(self, draft, locale):
        code, source = locale.language_code, self.frame.source.language_code
        event = (
            dict(draft.event, venue=mark(draft.event["venue"], code, source))
            if draft.event
            else None
        )
        return live_page(
            NewsPage,
            mark(draft.title, code, source),
            draft.published_at,
            translation_key=draft.translation_key,
            date=draft.date,
            intro=mark(draft.intro, code, source),
            body=body(draft.body, code, source, draft.picture),
            lead_image=draft.picture,
            **event_fields(event, code),
        )

    def related(self, draft, page, locale):
        """Rows for the categories and the related project, the source language's as
        wagtail-localize leaves them (it copies many-to-many fields and synchronises links to
        pages). Also set on `page` in memory, where the search index reads them."""
        links = [
            NewsPageProject(page_id=page.pk, project=draft.project, sort_order=0)
            for project in [draft.project]
            if project is not None
        ]
        page.categories, page.related_projects, page.tagged_items = draft.categories, links, []
        categories = [
            self.categories_m2m(newspage_id=page.pk, newscategory_id=category.pk)
            for category in draft.categories
        ]
        return categories + links
