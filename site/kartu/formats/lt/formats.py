# Lithuanian groups thousands with a (no-break) space, as the State Commission of the Lithuanian
# Language recommends: "58 079,78 €". Django's own Lithuanian formats use a dot.
from django.conf.locale.lt.formats import *  # noqa: F403

THOUSAND_SEPARATOR = "\u00a0"
