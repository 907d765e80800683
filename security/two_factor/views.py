"""The pages of the second factor: verify a sign-in, enrol an authenticator, see recovery codes
once, and (superusers) reset someone's second factor. In the editor's admin language."""

from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.localization import get_localized_response

from . import devices, policy
from .forms import EnrolForm, SecondFactorForm

SECRET_SESSION_KEY = "kartu_2fa_enrolment_secret"
CODES_SESSION_KEY = "kartu_2fa_new_recovery_codes"


def staff_view(view):
    """Signed in (with a password at least) and staff; rendered in the editor's language."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not policy.is_staff(request.user):
            raise PermissionDenied
        return get_localized_response(view, request, *args, **kwargs)

    return never_cache(require_http_methods(["GET", "POST"])(wrapped))


def next_address(request):
    """Where to go afterwards: `next` if it stays on this site (and leads out of these steps,
    which would send a verified user round in a circle), else the dashboard."""
    address = request.POST.get("next") or request.GET.get("next", "")
    steps = [reverse(f"kartu_two_factor:{step}") for step in ("verify", "enrol", "recovery_codes")]
    if url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) and not urlsplit(address).path.startswith(tuple(steps)):
        return address
    return reverse("wagtailadmin_home")


def go_to(step, next_url):
    return redirect_to_login(next_url, reverse(f"kartu_two_factor:{step}"))


@staff_view
def verify(request):
    user, next_url = request.user, next_address(request)
    if user.is_verified():
        return redirect(next_url)
    if not devices.has_second_factor(user):
        return go_to("enrol", next_url)
    form = SecondFactorForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        if isinstance(form.device, StaticDevice):
            messages.warning(
                request,
                _(
                    "You signed in with a recovery code, which now no longer works. Recovery "
                    "codes left: %(count)s. Make new ones under Account → Two-factor sign-in."
                )
                % {"count": devices.recovery_codes_left(user)},
            )
        return redirect(next_url)
    return render(request, "security/two_factor/verify.html", {"form": form, "next": next_url})


@staff_view
def enrol(request):
    user, next_url = request.user, next_address(request)
    if devices.has_second_factor(user) and not user.is_verified():
        # A new authenticator replaces the old one only for whoever passed the old one.
        return go_to("verify", next_url)
    secret = request.session.setdefault(SECRET_SESSION_KEY, devices.new_secret())
    form = EnrolForm(user, secret, request.POST or None)
    if request.method == "POST" and form.is_valid():
        del request.session[SECRET_SESSION_KEY]
        otp_login(request, form.device)
        request.session[CODES_SESSION_KEY] = devices.new_recovery_codes(user)
        return go_to("recovery_codes", next_url)
    context = {
        "form": form,
        "next": next_url,
        "qr_code": devices.qr_code_svg(user, secret),
        "secret": devices.secret_for_typing(secret),
    }
    return render(request, "security/two_factor/enrol.html", context)


@staff_view
def recovery_codes(request):
    """New recovery codes, shown once: after enrolment, or made anew (POST) by a verified user."""
    next_url = next_address(request)
    if request.method == "POST":
        if not request.user.is_verified():
            return go_to("verify", reverse("kartu_two_factor:manage"))
        request.session[CODES_SESSION_KEY] = devices.new_recovery_codes(request.user)
        return go_to("recovery_codes", next_url)
    codes = request.session.pop(CODES_SESSION_KEY, None)
    if not codes:
        return redirect(next_url)
    context = {"codes": codes, "next": next_url}
    return render(request, "security/two_factor/recovery_codes.html", context)


@staff_view
def manage(request):
    """Account → Two-factor sign-in: what protects the account, new codes, a new phone."""
    user = request.user
    context = {
        "has_authenticator": devices.has_authenticator(user),
        "codes_left": devices.recovery_codes_left(user),
    }
    return render(request, "security/two_factor/manage.html", context)


@staff_view
def reset(request, user_id):
    """A superuser removes someone's second factor (a lost phone and no recovery codes): they
    enrol again at their next sign-in."""
    if not request.user.is_superuser:
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        devices.reset_second_factor(account, by=request.user)
        messages.success(
            request,
            _(
                "Two-factor sign-in of %(user)s was reset: they set it up again at their next "
                "sign-in."
            )
            % {"user": account.get_username()},
        )
        return redirect("wagtailusers_users:index")
    context = {"account": account, "has_second_factor": devices.has_second_factor(account)}
    return render(request, "security/two_factor/reset.html", context)
