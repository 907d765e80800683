"""Error reports (the email Django sends ADMINS, the DEBUG error page): which form fields and
cookies came, never their values, and no email address or session value anywhere."""

import re

from django.utils.log import AdminEmailHandler
from django.views.debug import SafeExceptionReporterFilter

from security.logs.scrub import scrub

# The request's headers and values that identify the visitor or their session: Django hides
# HTTP_COOKIE but shows the CSRF middleware's CSRF_COOKIE and the visitor's address.
PRIVATE_META = re.compile(r"COOKIE|CSRF|SESSION|REMOTE_ADDR|FORWARDED|REAL_IP", re.I)


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """DEFAULT_EXCEPTION_REPORTER_FILTER. Django hides only the POST fields a view marks with
    @sensitive_post_parameters; an enquiry's text and address are not marked anywhere."""

    def get_post_parameters(self, request):
        post = super().get_post_parameters(request)
        if not post or not self.is_active(request):
            return post
        hidden = post.copy()
        for name in hidden:
            hidden[name] = self.cleansed_substitute
        return hidden

    def get_safe_cookies(self, request):
        if not self.is_active(request):
            return super().get_safe_cookies(request)
        return dict.fromkeys(getattr(request, "COOKIES", {}), self.cleansed_substitute)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if not self.is_active(request):
            return meta
        return {name: self.private_meta(name, value) for name, value in meta.items()}

    def private_meta(self, name, value):
        if PRIVATE_META.search(name):
            return self.cleansed_substitute
        return scrub(value) if isinstance(value, str) else value


class ScrubbedAdminEmailHandler(AdminEmailHandler):
    """Django's error email, scrubbed as a whole before it is sent: the exception's message, the
    query string and the settings dump can all hold an address."""

    def send_mail(self, subject, message, *args, **kwargs):
        if kwargs.get("html_message"):
            kwargs["html_message"] = scrub(kwargs["html_message"])
        super().send_mail(scrub(subject), scrub(message), *args, **kwargs)
