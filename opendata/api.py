"""Wagtail's API v2, read-only, at /api/v2/: pages, images and documents of the request's site.

Private by default, beyond what Wagtail does on its own:
- No authentication at all (no session, no Basic auth): every caller is an anonymous visitor,
  and a visitor who unlocked a password-protected page in their browser still gets only the
  public pages. The answers set no cookie and read none.
- Pages: live, public and not aliases, under the request's site (Wagtail's `?site=` that
  would let a caller read another site is refused, a 400). Member profiles only while a current
  publication consent is recorded for them. Page fields: Wagtail's meta fields and the title
  only (no model declares `api_fields`), so no contact detail, budget or draft text can be
  asked for (`?fields=email` is a 400).
- Images and documents: only those that a page of the pages above uses (Wagtail's reference
  index), outside restricted collections. The whole media library would otherwise list member
  photos and documents nobody has published.
- `?locale=lv` narrows pages to one language (Wagtail's own filter; an unknown code is a 404).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from clusters.models import ClusterMemberPage, PublicationConsent

from .patches.api_find_non_numeric_id import NumericFindId
from .scope import UnknownSite, request_site, site_homes, visible


class AnonymousReadOnly(NumericFindId):
    """Every caller is anonymous; JSON only (no browsable API, which needs sessions)."""

    authentication_classes = []
    permission_classes = []
    renderer_classes = [JSONRenderer]
    http_method_names = ["get", "head", "options"]


def public_pages(request):
    try:
        site = request_site(request)
    except UnknownSite:
        return Page.objects.none()
    pages = visible(Page.objects.all(), site_homes(site))
    consented = PublicationConsent.objects.current().values("member__translation_key")
    members = ContentType.objects.get_for_model(ClusterMemberPage)
    unconsented = Page.objects.filter(content_type=members).exclude(translation_key__in=consented)
    return pages.exclude(pk__in=unconsented.values("pk"))


class PublicPagesAPIViewSet(AnonymousReadOnly, PagesAPIViewSet):
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"site"}

    def get_base_queryset(self):
        return public_pages(self.request)


def used_by_public_pages(request, model):
    """`model` objects (images, documents) that a public page of the site refers to, outside
    restricted collections."""
    page_ids = public_pages(request).annotate(pk_text=Cast("pk", CharField())).values("pk_text")
    used = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=page_ids,
        to_content_type=ContentType.objects.get_for_model(model),
    ).values("to_object_id")
    restricted = Collection.objects.none()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        restricted = restricted | Collection.objects.filter(
            path__startswith=restriction.collection.path
        )
    objects = model.objects.annotate(pk_text=Cast("pk", CharField())).filter(pk_text__in=used)
    return objects.exclude(collection__in=restricted.values("pk")).order_by("id")


class PublicImagesAPIViewSet(AnonymousReadOnly, ImagesAPIViewSet):
    def get_queryset(self):
        return used_by_public_pages(self.request, self.model)


class PublicDocumentsAPIViewSet(AnonymousReadOnly, DocumentsAPIViewSet):
    def get_queryset(self):
        return used_by_public_pages(self.request, self.model)


api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
