"""The open data files: projects (JSON, CSV), partners (CSV), the Art. 49 list of operations
(XLSX) and member profiles (JSON), for the request's site.

Each file is built once per generation of the shared frame cache (home.shared_cache): saving
any page, snippet, consent or setting starts a new one, so a file is never stale and costs a
fixed number of queries when it is rebuilt, whatever the number of projects, and none but the
site lookup until then. They are not in the page cache: Django's LocaleMiddleware marks
addresses outside the language prefixes `Vary: Accept-Language`, which the page cache
(rightly) does not store. Browsers and CDNs may keep them five minutes (`Cache-Control`).
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home.shared_cache import shared

from . import formats
from .members_data import MEMBER_FIELDS, member_rows
from .operations import operations_sheets
from .projects_data import PARTNER_FIELDS, PROJECT_FIELDS, ProjectData
from .scope import UnknownSite, request_site, site_homes, source_language

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
MAX_AGE = 300
CONTENT_TYPES = {
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class BadParameters(Exception):
    pass


def requested_language(request):
    """The `locale` asked for, or None; anything else in the query string is refused."""
    unknown = set(request.GET) - {"locale"}
    if unknown:
        raise BadParameters(
            _("Unknown query parameter: %(names)s. Only “locale” is read.")
            % {"names": ", ".join(sorted(unknown))}
        )
    values = request.GET.getlist("locale")
    if not values:
        return None
    codes = [code for code, _name in settings.LANGUAGES]
    if len(values) > 1 or values[0] not in codes:
        raise BadParameters(
            _("Unknown locale. Use one of: %(codes)s.") % {"codes": ", ".join(codes)}
        )
    return values[0]


def project_data(request, site, language):
    homes = site_homes(site)
    source = source_language(site)
    return ProjectData(request, homes, language or source, source).projects()


def build_projects_json(request, site, language):
    return formats.to_json(project_data(request, site, language))


def build_projects_csv(request, site, language):
    return formats.to_csv(project_data(request, site, language), PROJECT_FIELDS)


def build_partners_csv(request, site, language):
    partners = [p for project in project_data(request, site, language) for p in project["partners"]]
    return formats.to_csv(partners, PARTNER_FIELDS)


def build_operations_xlsx(request, site, language):
    note = [
        f"Published by {site.site_name or site.hostname} under {LICENCE_NAME}: {LICENCE_URL}",
        "Columns follow Regulation (EU) 2021/1060 Art. 49(3); the letter is the point.",
    ]
    return formats.to_xlsx(operations_sheets(project_data(request, site, language), note))


def build_members_json(request, site, language):
    source = source_language(site)
    rows = member_rows(request, site_homes(site), language or source, source)
    return formats.to_json(rows)


FILES = {
    "projects.json": (build_projects_json, "json"),
    "projects.csv": (build_projects_csv, "csv"),
    "partners.csv": (build_partners_csv, "csv"),
    "list-of-operations.xlsx": (build_operations_xlsx, "xlsx"),
    "members.json": (build_members_json, "json"),
}
FIELDS = {
    "projects.json": PROJECT_FIELDS,
    "projects.csv": PROJECT_FIELDS,
    "partners.csv": PARTNER_FIELDS,
    "members.json": MEMBER_FIELDS,
}


def url_name(name):
    """The URL name of the file called `name`: `open_data_projects_json`."""
    return "open_data_" + name.replace(".", "_").replace("-", "_")


def bad_request(message):
    response = HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def open_data_file(request, name):
    build, kind = FILES[name]
    try:
        language = requested_language(request)
        site = request_site(request)
    except BadParameters as refusal:
        return bad_request(str(refusal))
    except UnknownSite:
        return bad_request(_("This address names no site."))
    host = request.get_host()
    body = shared(
        request,
        f"opendata:{site.pk}:{host}:{name}:{language or ''}",
        lambda: build(request, site, language),
    )
    response = HttpResponse(body, content_type=CONTENT_TYPES[kind])
    if kind != "json":
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    # Open data: any site may read it from a script (no cookies are read or sent).
    response["Access-Control-Allow-Origin"] = "*"
    return response
