"""Generating a large site: projects first (posts relate to them), then members and posts, a
chunk at a time, each chunk in the default language and then in every other one."""

import random
from collections import defaultdict

from projects.models import ProjectPage

from ..tally import Tally
from .frame import build_frame
from .indexing import Indexer
from .members import Members
from .posts import Posts
from .projects import Projects
from .tree import insert_pages
from .writer import Writer

CHUNK = 1000


class Steps:
    """What `generate` reports its progress to: override `start` and `advance` to show it."""

    def start(self, step, total):
        pass

    def advance(self, step, count):
        pass


def generate(news, members, projects, codes=None, configured=(), seed=None, progress=None):
    """Add `news` posts, `members` member profiles and `projects` projects in every language
    of `configured` (narrowed to `codes`); return a Tally of what was made."""
    progress = progress or Steps()
    tally = Tally()
    frame = build_frame(codes, configured, tally)
    writer = Writer(
        random.Random(seed),
        frame.refs["organisation"].values(),
        frame.refs["programme"].values(),
    )
    indexer = Indexer()
    add_pages(Projects(writer, frame), projects, frame, progress, tally, indexer)
    add_pages(Members(writer, frame), members, frame, progress, tally, indexer)
    # Posts relate to the default language's projects, the site's own and the new ones.
    project_pages = list(
        ProjectPage.objects.filter(locale=frame.source, live=True, alias_of__isnull=True)
    )
    add_pages(Posts(writer, frame, project_pages), news, frame, progress, tally, indexer)
    frame.save()
    return tally


def add_pages(builder, count, frame, progress, tally, indexer):
    """Insert `count` pages from `builder` with their translations, and index them."""
    progress.start(builder.kind, count * len(frame.locales))
    for first in range(0, count, CHUNK):
        drafts = [builder.draft() for _ in range(min(CHUNK, count - first))]
        slugs = []
        for locale in frame.locales:
            children = frame.children(builder.kind, locale)
            pages = []
            for index, draft in enumerate(drafts):
                page = builder.page(draft, locale)
                # A translation keeps its source's slug, as wagtail-localize's copy does.
                children.place(page, slugs[index] if slugs else page.title)
                pages.append(page)
            insert_pages(builder.model, pages)
            slugs = slugs or [page.slug for page in pages]
            related = defaultdict(list)
            for draft, page in zip(drafts, pages, strict=True):
                for row in builder.related(draft, page, locale):
                    related[type(row)].append(row)
            for model, rows in related.items():
                model.objects.bulk_create(rows, batch_size=500)
            indexer.add(builder.model, pages)
            progress.advance(builder.kind, len(pages))
        tally.created(f"page: {builder.model.__name__}", len(drafts) * len(frame.locales))
