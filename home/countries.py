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
