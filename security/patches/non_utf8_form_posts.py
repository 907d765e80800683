"""A form POST that names a charset other than UTF-8 gets a 400, not an unhandled exception.

Gap: Django (5.2) refuses an `application/x-www-form-urlencoded` body with another charset by
raising `BadRequest` from `request.POST`, and, unlike for a broken multipart body, leaves the
request able to raise it again. The 400 and 500 error views are wrapped in
`requires_csrf_token`, which reads `request.POST` for the CSRF token on a POST; so each error
view raises the same `BadRequest`, which escapes Django altogether and the server answers 500.
Anyone can send it (`curl -H 'Content-Type: application/x-www-form-urlencoded; charset=utf-16'
-d x=1`), to any address CSRF protects. No upstream ticket was found (searched Django's tracker
for the message, November 2026).

`NonUTF8FormPostMiddleware` answers such a request 400 before anything reads its form: it reads
the body as UTF-8 (what RFC 1866 and Django expect of a form; the error views may then read it)
and raises Django's own `BadRequest`. Delete this module and its line in MIDDLEWARE when
Django's request no longer raises twice for such a body (its `_load_post_and_files` marks the
parse error before raising, as it does for multipart).
"""

from django.core.exceptions import BadRequest

FORM = "application/x-www-form-urlencoded"


class NonUTF8FormPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.content_type == FORM
            and (request.encoding or "utf-8").lower() != "utf-8"
        ):
            request.encoding = "utf-8"
            raise BadRequest("A form must be sent in UTF-8.")
        return self.get_response(request)
