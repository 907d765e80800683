"""Schema.org `NewsArticle` for a news post: headline, dates, image, language and the projects
it is about; and an `Event` when the post is about a training, fair or webinar (see
home/structured_data.py). `NewsPage.get_structured_data` calls them."""

from django.utils import timezone

from home.models import SiteSettings
from home.structured_data import absolute_image_url, compact, language_code

# The lead image's rendition on the post itself: already made, so no new image is generated.
ARTICLE_IMAGE_SPEC = "fill-960x540|format-webp"


def news_article(page, request, context):
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
            "publisher": SiteSettings.organisation_for_request(request),
        }
    )


# Our event statuses as schema.org's EventStatusType (a moved event: new date or place).
EVENT_STATUS = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "moved": "EventRescheduled",
}


def news_event(page, request, context):
    """Schema.org `Event` for a post that announces or reports a training, fair or webinar."""
    url = page.get_full_url(request)
    places = []
    if page.event_venue:
        places.append({"@type": "Place", "name": page.event_venue, "address": page.event_venue})
    if page.event_online:
        places.append({"@type": "VirtualLocation", "url": page.event_url or url})
    if page.event_online and page.event_venue:
        mode = "MixedEventAttendanceMode"
    elif page.event_online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    return compact(
        {
            "@type": "Event",
            "name": page.title,
            "description": page.intro,
            "url": url,
            "startDate": timezone.localtime(page.event_start).isoformat(),
            "endDate": timezone.localtime(page.event_end).isoformat() if page.event_end else None,
            "eventStatus": f"https://schema.org/{EVENT_STATUS[page.event_status]}",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": places[0] if len(places) == 1 else places,
            "image": absolute_image_url(request, page.lead_image, ARTICLE_IMAGE_SPEC),
            "inLanguage": language_code(),
            "organizer": SiteSettings.organisation_for_request(request),
        }
    )
