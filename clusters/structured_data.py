"""Schema.org `Person` or `LocalBusiness` for a member profile, `memberOf` its cluster (see
home/structured_data.py). No email or phone: profiles are often natural persons."""

from home.structured_data import absolute_image_url, compact

MEMBER_PHOTO_SPEC = "fill-400x400|format-webp"


def cluster_member(page, request, context):
    region = context.get("region")
    cluster = context.get("cluster")
    is_person = page.is_person
    address = compact(
        {
            "@type": "PostalAddress",
            "addressLocality": page.municipality,
            "addressRegion": region.name if region else None,
            "addressCountry": page.country,
        }
    )
    member_of = None
    if cluster is not None:
        member_of = {"@type": "Organization", "name": cluster.title}
        member_of["url"] = cluster.get_full_url(request)
    return compact(
        {
            "@type": "Person" if is_person else "LocalBusiness",
            "name": page.title,
            "description": page.intro,
            "url": page.get_full_url(request),
            "image": absolute_image_url(request, page.photo, MEMBER_PHOTO_SPEC),
            "address": address,
            "knowsLanguage": page.languages_spoken,
            "sameAs": [url for url in (page.website, page.social_url) if url],
            "memberOf": member_of,
        }
    )
