"""What a search address asks for: the query text and the kind of result (`?q=…&type=news`).

A form parses both, as the list pages' FilterSets do (see home.listing). Unlike a list page's
filter, an unknown type is no error: the page says so and shows results of every type.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from clusters.models import ClusterMemberPage
from home.listing import QueryValueField
from news.models import NewsPage
from projects.models import ProjectPage

MAX_QUERY_LENGTH = 200

# The kinds of result a visitor can narrow a search to (`?type=news`), with the page models
# each covers; "pages" is every other page type (home, standard and index pages, clusters).
RESULT_TYPES = {
    "news": (_("News"), [NewsPage]),
    "projects": (_("Projects"), [ProjectPage]),
    "members": (_("Cluster members"), [ClusterMemberPage]),
    "pages": (_("Other pages"), None),
}
TYPED_MODELS = {key: models for key, (_label, models) in RESULT_TYPES.items() if models}


def filter_by_type(pages, result_type):
    """Narrow a page queryset to one result type (None: every type)."""
    if result_type is None:
        return pages
    if result_type in TYPED_MODELS:
        return pages.type(*TYPED_MODELS[result_type])
    return pages.not_type(*(model for models in TYPED_MODELS.values() for model in models))


def type_of_model(model):
    """The result type key of a page model ("pages" for None: a model whose code is gone)."""
    for key, models in TYPED_MODELS.items():
        if model is not None and issubclass(model, tuple(models)):
            return key
    return "pages"


def type_of(page):
    """The result type key of a (specific) page."""
    return type_of_model(type(page))


class SearchTextField(QueryValueField):
    """The words to search for: stripped, without NUL bytes (PostgreSQL refuses them; a
    visitor can still type them), at most MAX_QUERY_LENGTH characters. Never an error."""

    def to_python(self, value):
        return super().to_python(value).replace("\x00", "").strip()[:MAX_QUERY_LENGTH]


class SearchForm(forms.Form):
    """The search query (`q`, "" for none) and result type (`result_type`, None for every
    type; `unknown_type` is what the visitor asked for when it names no type)."""

    q = SearchTextField()
    type = QueryValueField()

    @property
    def query(self):
        return self.cleaned_data.get("q") or ""

    @property
    def result_type(self):
        requested = self.cleaned_data.get("type")
        return requested if requested in RESULT_TYPES else None

    @property
    def unknown_type(self):
        return self.cleaned_data.get("type") if self.result_type is None else None
