"""Countries Kartu's partners come from, as ISO 3166-1 alpha-2 codes with translatable names."""

from django.utils.translation import gettext_lazy as _

COUNTRY_CHOICES = [
    ("BY", _("Belarus")),
    ("DE", _("Germany")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("LT", _("Lithuania")),
    ("LV", _("Latvia")),
    ("MD", _("Moldova")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("RU", _("Russia")),
    ("SE", _("Sweden")),
    ("UA", _("Ukraine")),
]


# The official languages of each country, for the languages a cooperation project owes its
# partners' public (compliance's language rule).
COUNTRY_LANGUAGES = {
    "BY": ("be",),
    "DE": ("de",),
    "DK": ("da",),
    "EE": ("et",),
    "FI": ("fi", "sv"),
    "LT": ("lt",),
    "LV": ("lv",),
    "MD": ("ro",),
    "NO": ("nb", "nn"),
    "PL": ("pl",),
    "RU": ("ru",),
    "SE": ("sv",),
    "UA": ("uk",),
}
