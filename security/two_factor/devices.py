"""A staff member's second factors, kept by django-otp: one authenticator app (a TOTP device)
and a set of one-time recovery codes (a static device whose tokens are deleted as they are
used)."""

import time
from base64 import b32encode
from binascii import unhexlify

import qrcode
import qrcode.image.svg
from django.db import transaction
from django_otp import device_classes, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex
from wagtail.log_actions import log

RECOVERY_CODE_COUNT = 10
RESET_ACTION = "kartu_security.reset_two_factor"  # in Wagtail's audit log
TOTP_DIGITS = 6  # django-otp's default, what every authenticator app shows


def has_second_factor(user):
    return user_has_device(user, confirmed=True)


def new_secret():
    """A new authenticator key, hex-encoded as TOTPDevice stores it."""
    return random_hex(20)


def secret_for_typing(secret):
    """The key as apps ask for it when typed: base32, in groups of four."""
    encoded = b32encode(unhexlify(secret)).decode()
    return " ".join(encoded[start : start + 4] for start in range(0, len(encoded), 4))


def qr_code_svg(user, secret):
    """The otpauth:// address of the key as an SVG QR code, drawn here: no image service sees
    the secret. A white background so that it scans in the admin's dark theme too."""
    address = TOTPDevice(user=user, key=secret).config_url
    image = qrcode.make(address, image_factory=qrcode.image.svg.SvgPathFillImage)
    return image.to_string(encoding="unicode")


def normalise(code):
    return "".join(code.split()).replace("-", "").lower()


def _matching_totp(secret, code):
    """The TOTP computation `code` matches now (one step of clock drift either way), or None."""
    if not (code.isdigit() and len(code) == TOTP_DIGITS):
        return None
    totp = TOTP(unhexlify(secret))
    totp.time = time.time()
    return totp if totp.verify(int(code), tolerance=1) else None


def confirm_authenticator(user, secret, code):
    """Store the authenticator with `secret` as the user's confirmed device if `code` is one it
    shows now, replacing any earlier one; returns the device, or None. Until then the key lives
    only in the session: no half-made device is ever stored."""
    totp = _matching_totp(secret, normalise(code))
    if totp is None:
        return None
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        # last_t: the code just typed cannot verify again; drift: the phone's clock as found.
        return TOTPDevice.objects.create(
            user=user,
            name="authenticator",
            key=secret,
            confirmed=True,
            last_t=totp.t(),
            drift=totp.drift,
        )


def new_recovery_codes(user):
    """Ten fresh recovery codes in place of any earlier ones; returns them (shown once)."""
    codes = set()
    while len(codes) < RECOVERY_CODE_COUNT:
        codes.add(StaticToken.random_token())
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return sorted(codes)


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def device_for_code(user, code):
    """The device that could accept `code`: six digits are an authenticator code, anything else
    a recovery code. Asking one device only keeps a mistyped code from counting as a failure
    against the other (django-otp's advice)."""
    model = TOTPDevice if code.isdigit() and len(code) == TOTP_DIGITS else StaticDevice
    return model.objects.devices_for_user(user, confirmed=True).first()


def reset_second_factor(user, by=None):
    """Remove every device of the user (they enrol again at their next sign-in), noted in the
    audit log with who did it (None: a command). Returns how many devices were removed."""
    removed = 0
    with transaction.atomic():
        for model in device_classes():
            removed += model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
        log(user, RESET_ACTION, user=by)
    return removed


def has_authenticator(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()
