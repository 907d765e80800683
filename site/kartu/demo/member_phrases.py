"""Phrases the member profiles share (prices, durations, group sizes) and small helpers."""

from clusters.models import MemberType

from .text import T

PERSON, BUSINESS = MemberType.PERSON, MemberType.BUSINESS
ON_REQUEST = T(lt="pagal užsakymą", lv="pēc pasūtījuma", en="on request")
H2 = T(lt="2 valandos", lv="2 stundas", en="2 hours")
H3 = T(lt="3 valandos", lv="3 stundas", en="3 hours")
H4 = T(lt="4 valandos", lv="4 stundas", en="4 hours")
DAY = T(lt="visa diena", lv="visa diena", en="a full day")
UP_TO = {
    n: T(lt=f"iki {n} žmonių", lv=f"līdz {n} cilvēkiem", en=f"up to {n} people")
    for n in (6, 10, 15, 20)
}
AT_WORK = T(lt="Darbo akimirka", lv="Darba brīdis", en="At work")


def price_from(euros):
    return T(lt=f"nuo {euros} €", lv=f"no {euros} €", en=f"from €{euros}")


def place(lt, en=None, lv=None):
    """A place name: English and Latvian keep the Lithuanian form unless given their own (Latvian
    has its own only for towns it commonly names, such as Tauraģe, Punska and Suvalki)."""
    return T(lt=lt, lv=lv or lt, en=en or lt)
