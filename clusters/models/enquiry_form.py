"""The cooperation enquiry form a visitor fills in: lengths, an email address, the visitor's
agreement to be contacted, and a honeypot field that people never see (hidden by the style
sheet and from assistive technology) but form-filling robots do."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAME_MAX = 120
ORGANISATION_MAX = 200
MESSAGE_MAX = 2000
MESSAGE_MIN = 10
HONEYPOT = "website"


def single_line(value):
    if not value.isprintable():
        raise ValidationError(
            _("Use letters, numbers and punctuation only, on one line."), code="unprintable"
        )


class EnquiryForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        validators=[single_line],
        error_messages={
            "required": _("Enter your name."),
            "max_length": _("Your name is too long: use at most %(limit_value)d characters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("The member answers you at this address."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address in the form name@example.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        required=False,
        max_length=ORGANISATION_MAX,
        validators=[single_line],
        error_messages={
            "max_length": _(
                "The organisation's name is too long: use at most %(limit_value)d characters."
            )
        },
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    message = forms.CharField(
        label=_("Your message"),
        min_length=MESSAGE_MIN,
        max_length=MESSAGE_MAX,
        help_text=_("What you would like to do together. At most 2,000 characters."),
        error_messages={
            "required": _("Write your message."),
            "min_length": _(
                "Your message is too short: write at least %(limit_value)d characters."
            ),
            "max_length": _(
                "Your message is too long: it has %(show_value)d characters, at most "
                "%(limit_value)d are allowed."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    agreed_to_be_contacted = forms.BooleanField(
        label=_("I agree that the member may contact me by email about this enquiry."),
        error_messages={
            "required": _(
                "Tick the box to agree that the member may contact you: without it they "
                "cannot answer."
            )
        },
    )
    # The honeypot: named like a field robots fill in, left empty by people.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT):
            raise ValidationError(
                _(
                    "Your enquiry was not sent: a field that must stay empty was filled in. "
                    "If you typed in it, empty it and send the form again."
                ),
                code="honeypot",
            )
        return cleaned_data

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]
