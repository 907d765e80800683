from django.http import Http404
from wagtail import hooks
from wagtail.models import Locale


@hooks.register("before_serve_page")
def refuse_pages_of_another_locale(page, request, serve_args, serve_kwargs):
    """A language prefix whose tree lacks the page would fall back to the default language's
    page: answer 404 instead of serving duplicate content under the wrong `lang`."""
    if page.locale_id != Locale.get_active().pk or page.alias_of_id:
        raise Http404
