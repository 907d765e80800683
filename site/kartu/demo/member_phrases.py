"""Phrases the member profiles share (prices, durations, group sizes) and small helpers."""

from clusters.models import MemberType

from .text import T

PERSON, BUSINESS = MemberType.PERSON, MemberType.BUSINESS
ON_REQUEST = T(lt="pagal užsakymą", en="on request")
H2 = T(lt="2 valandos", en="2 hours")
H3 = T(lt="3 valandos", en="3 hours")
H4 = T(lt="4 valandos", en="4 hours")
DAY = T(lt="visa diena", en="a full day")
UP_TO = {n: T(lt=f"iki {n} žmonių", en=f"up to {n} people") for n in (6, 10, 15, 20)}
AT_WORK = T(lt="Darbo akimirka", en="At work")


def price_from(euros):
    return T(lt=f"nuo {euros} €", en=f"from €{euros}")


def place(lt, en=None):
    return T(lt=lt, en=en or lt)
