# European projects write English dates the British way: "22 May 2019", not "May 22, 2019".
from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"  # "22 May 2019", the month written out
TIME_FORMAT = "H:i"  # "14:30": programme documents and event notices use the 24-hour clock
