"""Every URL pattern of the site, found by walking Django's URL resolver, as a template to fill:
the fuzz test sends requests to each, the permission matrix checks each admin one.

`Route.template` is the pattern as `%`-format text (Django's own `regex_helper.normalize`, which
`reverse()` uses), so any value can be put in, well-formed or not; the language prefix of
`i18n_patterns` is the parameter `language`.
"""

from dataclasses import dataclass, field

from django.urls import LocalePrefixPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


@dataclass(frozen=True)
class Route:
    template: str  # "/admin/pages/%(page_id)s/edit/", "/%(language)s/search/"
    name: str | None  # "wagtailadmin_pages:edit"; None for an unnamed pattern
    params: tuple
    converters: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self):
        return self.name or self.template

    @property
    def is_admin(self):
        return self.template.startswith(ADMIN_PREFIXES)

    def url(self, values):
        return self.template % {param: values[param] for param in self.params}

    def kind_of(self, param):
        """ "int", "slug", "str", "path" (a converter's name), or "regex" for a regex group."""
        converter = self.converters.get(param)
        if converter is None:
            return "regex"
        return type(converter).__name__.removesuffix("Converter").lower()


def all_routes():
    """Every pattern of the root URLconf, in order (a pattern with optional parts gives a
    route for each form)."""
    routes = []

    def walk(patterns, prefix, namespace):
        for entry in patterns:
            if isinstance(entry.pattern, LocalePrefixPattern):
                regex = "(?P<language>[^/]+)/"
            else:
                regex = entry.pattern.regex.pattern.removeprefix("^")
            if isinstance(entry, URLResolver):
                inner = ":".join(part for part in (namespace, entry.namespace) if part)
                walk(entry.url_patterns, prefix + regex, inner)
                continue
            name = entry.name and ":".join(part for part in (namespace, entry.name) if part)
            converters = dict(getattr(entry.pattern, "converters", {}))
            for template, params in normalize(prefix + regex):
                routes.append(Route("/" + template, name, tuple(params), converters))

    walk(get_resolver().url_patterns, "", "")
    return routes


def public_routes():
    return [route for route in all_routes() if not route.is_admin]


def admin_routes():
    return [route for route in all_routes() if route.is_admin]
