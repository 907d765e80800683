"""News posts: fourteen of them, nine written in Lithuanian and five in Latvian (the content
lives in news_lithuanian.py and news_latvian.py)."""

from news.models import NewsPage, NewsPageProject

from . import blocks as b
from .news_latvian import lv_posts
from .news_lithuanian import lt_posts
from .pagetools import get_or_create_page

__all__ = ["build_post", "lt_posts", "lv_posts"]


def body_blocks(body, images):
    """Turn gallery placeholders (which need images) into block builders."""
    blocks = []
    for block in body:
        if isinstance(block, tuple) and block[0] == "gallery":
            _kind, title, pictures = block
            blocks.append(
                b.gallery(
                    title,
                    [
                        (images.get(img_title, caption, palette, motif), text)
                        for img_title, caption, palette, motif, text in pictures
                    ],
                )
            )
        else:
            blocks.append(block)
    return blocks


def build_post(spec, index, code, categories, projects, images, tally):
    """Create one news post under the news index of language `code`."""
    title, caption, palette, motif = spec["image"]
    return get_or_create_page(
        index,
        NewsPage,
        spec["slug"],
        code,
        tally,
        children={
            "related_projects": [NewsPageProject(project=projects[spec["project"]], sort_order=0)]
        },
        title=spec["title"],
        date=spec["date"],
        intro=spec["intro"],
        lead_image=images.get(title, caption, palette, motif),
        body=body_blocks(spec["body"], images),
        categories=[categories[slug] for slug in spec["categories"]],
        **spec.get("event", {}),
    )
