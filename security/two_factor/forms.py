"""The code a staff member types: to verify a sign-in, and to confirm a new authenticator."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_otp import verify_token

from . import devices

CODE_WIDGET_ATTRS = {
    "autocomplete": "one-time-code",
    "autocapitalize": "off",
    "spellcheck": "false",
    "autofocus": True,
}


class SecondFactorForm(forms.Form):
    """A code from the authenticator app or a recovery code. Wrong codes are throttled by
    django-otp on the device they were tried against (1, 2, 4, 8 … seconds between tries)."""

    code = forms.CharField(
        label=pgettext_lazy("two-factor sign-in", "Code"),
        max_length=32,
        widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS),
        help_text=_("The six digits your authenticator app shows now, or an unused recovery code."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = devices.normalise(self.cleaned_data["code"])
        device = devices.device_for_code(self.user, code)
        if device is None:
            raise forms.ValidationError(self.invalid_message(), code="invalid")
        allowed, details = device.verify_is_allowed()
        if not allowed:
            until = timezone.localtime(details["locked_until"])
            raise forms.ValidationError(
                _(
                    "Too many wrong codes in a row. You can try again at %(time)s; if your "
                    "codes keep failing, ask a site administrator to reset your two-factor "
                    "sign-in."
                ),
                code="throttled",
                params={"time": formats.time_format(until, "H:i:s")},
            )
        # In a transaction with the device locked: two tries at once cannot both pass.
        self.device = verify_token(self.user, device.persistent_id, code)
        if self.device is None:
            raise forms.ValidationError(self.invalid_message(), code="invalid")
        return code

    @staticmethod
    def invalid_message():
        return _(
            "This code is not valid. Enter the code your authenticator app shows now, or an "
            "unused recovery code."
        )


class EnrolForm(forms.Form):
    """The first code of a new authenticator: proves the key reached the app."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=16,
        widget=forms.TextInput(attrs={**CODE_WIDGET_ATTRS, "inputmode": "numeric"}),
        help_text=_("The six digits the app shows for this account now."),
    )

    def __init__(self, user, secret, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.secret = secret
        self.device = None

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device = devices.confirm_authenticator(self.user, self.secret, code)
        if self.device is None:
            raise forms.ValidationError(
                _(
                    "This code does not match. Check that the app shows the account you just "
                    "added, and enter the code it shows now."
                ),
                code="mismatch",
            )
        return code
