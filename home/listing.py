"""One listing mechanism for every filtered list: the news index, the project index, the member
directory and search.

A django-filter `FilterSet` (or, for search, a Django form) parses the query string, one field
per parameter. A value that names nothing (an unknown slug, an id that does not exist, a NUL
byte, a twelve-digit number) is a form error whose message the page shows; `filtered_page` then
lists nothing and `FilteredListingMixin` answers 404, so robots learn the address is missing
while visitors read why. Values are checked before any reaches the database: PostgreSQL refuses
a NUL byte and SQLite an id too large for it, and either would be a 500. The forgiving
paginator pages; templates build their links with Django's `{% querystring %}`.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import slug_unicode_re
from django.utils.translation import gettext_lazy as _

from home.countries import COUNTRY_CHOICES
from home.pagination import KeysFirst, forgiving_page
from home.shared_cache import shared

MAX_ID_DIGITS = 9  # fits every database's integer column


def parse_slug(value, max_length=255):
    """`value` if it could be a slug, else None (a NUL byte, a slash, an overlong string)."""
    return value if len(value) <= max_length and slug_unicode_re.fullmatch(value) else None


def parse_id(value):
    """`value` as a primary key, or None for anything that is not a plausible id."""
    if value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS:
        return int(value)
    return None


def parse_country(value):
    """The ISO 3166 code of a country Kartu knows ("lt" is "LT"), or None."""
    code = value.upper()
    return code if code in dict(COUNTRY_CHOICES) else None


class QueryValueField(forms.Field):
    """One query-string parameter: stripped, and turned by `parse` into what it names.

    An empty value is no filter (None). `parse` returns None for a value that names nothing,
    which becomes the `error` message with the value as `%(<param>)s`. Unlike a CharField, a
    NUL byte gets the same message as any other value that names nothing.
    """

    def __init__(self, *, parse=None, error=None, param="value", **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.parse, self.error, self.param = parse, error, param

    def to_python(self, value):
        return value.strip() if isinstance(value, str) else ""

    def clean(self, value):
        value = self.to_python(value)
        if not value:
            return None
        found = self.parse(value) if self.parse else value
        if found is None:
            raise ValidationError(self.error, code="unknown", params={self.param: value})
        return found


class QueryValueFilter(django_filters.Filter):
    """A FilterSet filter whose value is parsed by a `QueryValueField` (pass `parse`, `error`
    and `param` through) and applied by the FilterSet's `method`."""

    field_class = QueryValueField


class CountryFilter(QueryValueFilter):
    """A partner's or member's country as an ISO 3166 code (any case)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("parse", parse_country)
        kwargs.setdefault("error", _("There is no country “%(value)s”."))
        super().__init__(**kwargs)


def error_messages(form):
    """One message per value that names nothing, in the order of the form's fields."""
    return [
        message
        for errors in form.errors.as_data().values()
        for error in errors
        for message in error
    ]


def active_values(form):
    """The filters a bound form applies: its valid, non-empty values by name."""
    form.errors  # noqa: B018 (validates the form, once)
    return {
        name: value
        for name, value in getattr(form, "cleaned_data", {}).items()
        if value not in (None, "")
    }


class Listing:
    """What a list page shows: a page of items, the filters in use, a message per bad value."""

    def __init__(self, page, active, errors):
        self.page, self.active, self.errors = page, active, errors

    def context(self, name):
        """Template context: the page under `name`, `active_filters` and `filter_errors`."""
        return {name: self.page, "active_filters": self.active, "filter_errors": self.errors}


def filtered_page(
    request, filters, per_page, items=None, prepare=None, count_name=None, keys_first=False
):
    """Bind-and-page: the `Listing` of a bound FilterSet (or form) for `request`.

    `items` are the items to page, already narrowed by the filters; by default a FilterSet's
    `qs`. A form with errors lists nothing. `prepare` is the paginator's (see `forgiving_page`).
    `count_name` names the unfiltered list's length in the shared frame cache (with
    `keys_first`, its keys in order): counting and sorting thousands of posts on every visit to
    an index is the cost that grows with content. `keys_first` pages the keys before the rows
    (see `home.pagination.KeysFirst`).
    """
    form = filters.form if isinstance(filters, django_filters.FilterSet) else filters
    errors = error_messages(form)
    active = active_values(form)
    if errors:
        items = []
    elif items is None:
        items = filters.qs
    count = None
    unfiltered = count_name and not errors and not active
    if keys_first and not errors:
        # Unfiltered, the whole list's keys in order come from the shared cache: the page of
        # a list of 10,000 costs what it costs of a list of 10.
        keys = None
        if unfiltered:
            keys = shared(request, count_name, lambda: list(items.values_list("pk", flat=True)))
        items = KeysFirst(items, keys)
    elif unfiltered:
        count = shared(request, count_name, items.count)
    page = forgiving_page(items, per_page, request.GET.get("page"), prepare, count)
    return Listing(page, active, errors)


class FilteredListingMixin:
    """For Page classes that list items filtered by the query string (their context has
    `filter_errors`, e.g. from `Listing.context`): a value that names nothing is a 404."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Say why on the page (the template shows the messages), and tell robots it is missing.
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 404
        return response
