"""Schema.org `NewsArticle` for a news post: headline, dates, image, language and the projects
it is about (see home/structured_data.py)."""

from home.structured_data import absolute_image_url, compact, language_code, site_organisation

from .models import NewsPage

# The lead image's rendition on the post itself: already made, so no new image is generated.
ARTICLE_IMAGE_SPEC = "fill-960x540|format-webp"


def news_article(page, request, context):
    if not isinstance(page, NewsPage):
        return None
    url = page.get_full_url(request)
    projects = context.get("related_projects") or []
    categories = context.get("categories") or []
    return compact(
        {
            "@type": "NewsArticle",
            "headline": page.title[:110],
            "description": page.intro,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": page.date.isoformat(),
            "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
            "inLanguage": language_code(),
            "image": absolute_image_url(request, page.lead_image, ARTICLE_IMAGE_SPEC),
            "articleSection": [category.name for category in categories],
            "about": [
                compact(
                    {
                        "@type": "Project",
                        "name": project.title,
                        "alternateName": project.acronym,
                        "url": project.get_full_url(request),
                    }
                )
                for project in projects
            ],
            "publisher": site_organisation(request),
        }
    )
