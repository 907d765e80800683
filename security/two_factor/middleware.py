"""Sends a staff member who signed in with a password alone to their second factor."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from . import policy
from .devices import has_second_factor


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware. Works in process_view, where the resolved view is known,
    and looks at the user only on admin addresses: public pages cost nothing more, and an
    anonymous request never reaches the session or the database here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not policy.required() or not policy.is_admin_address(request.path):
            return None
        if policy.is_open_view(request.resolver_match.view_name):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or not policy.is_staff(user):
            return None
        # Like Wagtail's own refusal: the admin's background requests get a 403, not a page.
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            raise PermissionDenied
        step = "verify" if has_second_factor(user) else "enrol"
        return redirect_to_login(request.get_full_path(), reverse(f"kartu_two_factor:{step}"))
