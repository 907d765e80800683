"""Reference data: news categories, craft sectors, regions, organisations, funding programmes,
funding disclaimers and the footer text. Each is authored in one language (`lang`) and
translated into the languages its pages appear in."""

from clusters.models import CraftSector, Region
from home.models import FooterText
from news.models import NewsCategory
from projects.models import FundingDisclaimer, FundingProgramme, Organisation
from projects.models.snippets import EmblemStatement, Fund, OrganisationType, Period

from .images import get_or_create_logo
from .text import T, same, text_in


def org_name(key):
    """An organisation's multilingual name, as written below."""
    return ORGANISATIONS[key][1]


CATEGORIES = {
    "trainings": T(lt="Mokymai", lv="Apmācības", en="Trainings"),
    "fairs": T(lt="Mugės ir renginiai", lv="Gadatirgi un pasākumi", en="Fairs and events"),
    "webinars": T(lt="Vebinarai", lv="Vebināri", en="Webinars"),
    "masterclasses": T(lt="Meistriškumo pamokos", lv="Meistarklases", en="Masterclasses"),
    "project-updates": T(lt="Projektų naujienos", lv="Projektu jaunumi", en="Project updates"),
}

SECTORS = {
    "metalwork": T(lt="Metalo apdirbimas", lv="Metālapstrāde", en="Metalwork"),
    "textiles": T(lt="Tekstilė", lv="Tekstilizstrādājumi", en="Textiles"),
    "woodwork": T(lt="Medžio apdirbimas", lv="Kokapstrāde", en="Woodwork"),
    "ceramics": T(lt="Keramika", lv="Keramika", en="Ceramics"),
    "glass": T(lt="Stiklas", lv="Stikls", en="Glass"),
    "food": T(lt="Tradiciniai maisto produktai", lv="Tradicionālā pārtika", en="Traditional food"),
}
# Slugs read the same in every language, so that filter addresses stay stable.
for _slug in [*CATEGORIES, *SECTORS]:
    same(_slug)

REGIONS = {
    "taurage": (T(lt="Tauragės rajonas", lv="Tauraģes rajons", en="Tauragė district"), "LT"),
    "punsk": (T(lt="Punsko valsčius", lv="Punskas pagasts", en="Puńsk commune"), "PL"),
    "suwalki": (T(lt="Suvalkų apskritis", lv="Suvalku apriņķis", en="Suwałki county"), "PL"),
}

ORGANISATIONS = {
    # key: (lang, name, short name, country, town, type, website)
    "taurage-lag": (
        "lt",
        T(
            lt="Tauragės rajono vietos veiklos grupė",
            lv="Tauraģes rajona vietējā rīcības grupa",
            en="Tauragė District Local Action Group",
        ),
        T(lt="Tauragės VVG", lv="Tauraģes VRG", en="Tauragė LAG"),
        "LT",
        T(lt="Tauragė", lv="Tauraģe", en="Tauragė"),
        OrganisationType.LAG,
        "",
    ),
    "punsk": (
        "lt",
        T(lt="Punsko valsčiaus savivaldybė", en="Puńsk Commune (Gmina Puńsk)"),
        T(lt="Punsko valsčius", en="Puńsk commune"),
        "PL",
        T(lt="Punskas", en="Puńsk"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "alytus-lag": (
        "lt",
        T(lt="Alytaus rajono vietos veiklos grupė", en="Alytus District Local Action Group"),
        T(lt="Alytaus rajono VVG", en="Alytus District LAG"),
        "LT",
        T(lt="Alytus", en="Alytus"),
        OrganisationType.LAG,
        "http://alytausrvvg.lt/",
    ),
    "alytus-municipality": (
        "lt",
        T(
            lt="Alytaus rajono savivaldybės administracija",
            lv="Alītas rajona pašvaldības administrācija",
            en="Alytus District Municipality Administration",
        ),
        T(
            lt="Alytaus r. savivaldybė",
            lv="Alītas rajona pašvaldība",
            en="Alytus District Municipality",
        ),
        "LT",
        T(lt="Alytus", lv="Alīta", en="Alytus"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "media-dizajn": (
        "lt",
        same("Media Dizajn"),
        same("Media Dizajn"),
        "PL",
        None,
        OrganisationType.BUSINESS,
        "",
    ),
    "rostock": (
        "lt",
        T(
            lt="Rostoko Hanzos miestas, Miesto plėtros, urbanistikos ir ekonomikos departamentas",
            en="Hanseatic City of Rostock, Department for Urban Development, "
            "Urban Planning and Economy",
        ),
        T(lt="Rostoko Hanzos miestas", en="Hanseatic City of Rostock"),
        "DE",
        T(lt="Rostokas", en="Rostock"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "rietavas-tic": (
        "lt",
        T(
            lt="VšĮ Rietavo turizmo ir verslo informacijos centras",
            en="Rietavas Tourism and Business Information Centre",
        ),
        T(lt="Rietavo TVIC", en="Rietavas TBIC"),
        "LT",
        T(lt="Rietavas", en="Rietavas"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "rietavas-women": (
        "lt",
        T(
            lt="Asociacija Rietavo moterų užimtumo centras",
            en="Association Rietavas Women's Employment Centre",
        ),
        T(lt="Rietavo moterų užimtumo centras", en="Rietavas Women's Employment Centre"),
        "LT",
        T(lt="Rietavas", en="Rietavas"),
        OrganisationType.NGO,
        "",
    ),
    "euroregion-baltic": (
        "lt",
        T(
            lt="Lenkijos savivaldybių asociacija „Euroregion Baltic“",
            en="Association of Polish Communes Euroregion Baltic",
        ),
        same("Euroregion Baltic"),
        "PL",
        T(lt="Elblongas", en="Elbląg"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "kreativum": (
        "lt",
        T(lt="Kreativum mokslo centras", en="Kreativum science centre"),
        same("Kreativum"),
        "SE",
        T(lt="Karlshamnas", en="Karlshamn"),
        OrganisationType.EDUCATION,
        "",
    ),
    "latgale-region": (
        "lv",
        T(lv="Latgales plānošanas reģions", en="Latgale Planning Region"),
        T(lv="Latgales plānošanas reģions", en="Latgale Planning Region"),
        "LV",
        T(lv="Daugavpils", en="Daugavpils"),
        OrganisationType.PUBLIC_BODY,
        "https://lpr.gov.lv/",
    ),
    "daugavpils-city": (
        "lv",
        T(lv="Daugavpils pilsētas dome", en="Daugavpils City Council"),
        T(lv="Daugavpils pilsēta", en="Daugavpils City"),
        "LV",
        T(lv="Daugavpils", en="Daugavpils"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "rezekne": (
        "lv",
        T(lv="Rēzeknes novada pašvaldība", en="Rēzekne Municipality"),
        T(lv="Rēzeknes novads", en="Rēzekne Municipality"),
        "LV",
        T(lv="Rēzekne", en="Rēzekne"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "balvi": (
        "lv",
        T(lv="Balvu novada pašvaldība", en="Balvi Municipality"),
        T(lv="Balvu novads", en="Balvi Municipality"),
        "LV",
        T(lv="Balvi", en="Balvi"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "dagda": (
        "lv",
        T(lv="Dagdas novada pašvaldība", en="Dagda Municipality"),
        T(lv="Dagdas novads", en="Dagda Municipality"),
        "LV",
        T(lv="Dagda", en="Dagda"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "daugavpils-municipality": (
        "lv",
        T(lv="Daugavpils novada pašvaldība", en="Daugavpils Municipality"),
        T(lv="Daugavpils novads", en="Daugavpils Municipality"),
        "LV",
        T(lv="Daugavpils", en="Daugavpils"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "porkhov": (
        "lv",
        T(
            lv="Pleskavas apgabala Porhovas rajona administrācija",
            en="Administration of Porkhov District, Pskov Region",
        ),
        T(lv="Porhovas rajons", en="Porkhov District"),
        "RU",
        T(lv="Porhova", en="Porkhov"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "pskov-fund": (
        "lv",
        T(
            lv="Pleskavas apgabala Garantiju un uzņēmējdarbības attīstības fonds",
            en="Pskov Region Fund for Guarantees and Entrepreneurship Development",
        ),
        T(lv="Pleskavas garantiju fonds", en="Pskov Guarantee Fund"),
        "RU",
        T(lv="Pleskava", en="Pskov"),
        OrganisationType.PUBLIC_BODY,
        "",
    ),
    "rural-forum": (
        "lv",
        T(lv="Biedrība „Latvijas Lauku forums”", en="Latvian Rural Forum"),
        T(lv="Latvijas Lauku forums", en="Latvian Rural Forum"),
        "LV",
        None,
        OrganisationType.NGO,
        "",
    ),
    "lielupe": (
        "lv",
        T(lv="Biedrība „Lauku partnerība Lielupe”", en="Rural Partnership “Lielupe”"),
        T(lv="Lauku partnerība „Lielupe”", en="Lielupe Rural Partnership"),
        "LV",
        T(lv="Jelgava", en="Jelgava"),
        OrganisationType.LAG,
        "https://www.partneribalielupe.lv/",
    ),
    "foreign-ministry": (
        "lv",
        T(lv="Latvijas Republikas Ārlietu ministrija", en="Ministry of Foreign Affairs of Latvia"),
        T(lv="Ārlietu ministrija", en="Ministry of Foreign Affairs"),
        "LV",
        T(lv="Rīga", en="Riga"),
        OrganisationType.PUBLIC_BODY,
        "https://www.mfa.gov.lv/",
    ),
}

PROGRAMMES = {
    # key: (lang, name, short name, period, fund, website, disclaimer wording)
    "lt-pl": (
        "lt",
        T(
            lt="Lietuvos ir Lenkijos bendradarbiavimo per sieną programa 2007–2013",
            lv="Lietuvas–Polijas pārrobežu sadarbības programma 2007–2013",
            en="Lithuania–Poland Cross-border Cooperation Programme 2007–2013",
        ),
        T(
            lt="Lietuva–Lenkija 2007–2013",
            lv="Lietuva–Polija 2007–2013",
            en="Lithuania–Poland 2007–2013",
        ),
        Period.P2007,
        Fund.ERDF,
        "https://www.lt-pl.eu/",
        T(
            lt="Šis tinklalapis parengtas naudojant Europos Sąjungos finansinę paramą. Už jo "
            "turinį atsako {beneficiary}; jokiomis aplinkybėmis negali būti laikoma, kad jis "
            "atspindi Europos Sąjungos nuomonę.",
            lv="Šī tīmekļa vietne ir sagatavota ar Eiropas Savienības finansiālu atbalstu. Par "
            "tās saturu pilnībā atbild {beneficiary}, un to nekādā gadījumā nevar uzskatīt par "
            "Eiropas Savienības nostāju.",
            en="This website has been produced with the financial assistance of the European "
            "Union. Its contents are the sole responsibility of {beneficiary} and can under no "
            "circumstances be regarded as reflecting the position of the European Union.",
        ),
    ),
    "alytus-support": (
        "lt",
        T(
            lt="Alytaus rajono savivaldybės parama bendruomenių iniciatyvoms",
            en="Alytus District Municipality support for community initiatives",
        ),
        T(lt="Alytaus r. savivaldybės parama", en="Alytus District Municipality support"),
        Period.OTHER,
        Fund.NATIONAL,
        "",
        None,
    ),
    "south-baltic": (
        "lt",
        T(
            lt="Interreg V-A Pietų Baltijos bendradarbiavimo per sieną programa 2014–2020",
            lv="Interreg V-A Dienvidbaltijas pārrobežu sadarbības programma 2014–2020",
            en="Interreg V-A South Baltic Cross-border Cooperation Programme 2014–2020",
        ),
        T(
            lt="Interreg V-A Pietų Baltija",
            lv="Interreg V-A Dienvidbaltija",
            en="Interreg V-A South Baltic",
        ),
        Period.P2014,
        Fund.ERDF,
        "https://southbaltic.eu/",
        T(
            lt="Informacija parengta naudojant Europos Sąjungos finansinę paramą. Už šios "
            "informacijos turinį atsako {beneficiary}. Jokiomis aplinkybėmis negali būti "
            "laikoma, kad jis atspindi Europos Sąjungos nuomonę.",
            lv="Šī informācija ir sagatavota ar Eiropas Savienības finansiālu atbalstu. Par tās "
            "saturu pilnībā atbild {beneficiary}, un to nekādā gadījumā nevar uzskatīt par "
            "Eiropas Savienības nostāju.",
            en="This information has been produced with the financial assistance of the "
            "European Union. Its contents are the sole responsibility of {beneficiary} and can "
            "under no circumstances be regarded as reflecting the position of the European Union.",
        ),
    ),
    "lv-ru": (
        "lv",
        T(
            lv="Latvijas–Krievijas pārrobežu sadarbības programma 2014.–2020. gadam",
            en="Latvia–Russia Cross-border Cooperation Programme 2014–2020",
        ),
        T(lv="Latvija–Krievija 2014–2020", en="Latvia–Russia CBC 2014–2020"),
        Period.P2014,
        Fund.ENI,
        "https://www.latruscbc.eu/",
        T(
            lv="Šī publikācija ir sagatavota ar Latvijas–Krievijas pārrobežu sadarbības "
            "programmas 2014.–2020. gadam finansiālu atbalstu. Par tās saturu pilnībā atbild "
            "{beneficiary}, un tā var neatspoguļot Programmas, Programmas dalībvalstu Latvijas "
            "un Krievijas, kā arī Eiropas Savienības viedokli.",
            en="This publication has been produced with the financial assistance of the "
            "Latvia–Russia Cross Border Cooperation Programme 2014–2020. Its contents are the "
            "sole responsibility of {beneficiary} and can under no circumstances be regarded "
            "as reflecting the position of the Programme, its participating countries Latvia "
            "and Russia, or the European Union.",
        ),
    ),
    "mfa-development": (
        "lv",
        T(
            lv="Ārlietu ministrijas attīstības sadarbības budžets",
            en="Development cooperation budget of the Ministry of Foreign Affairs of Latvia",
        ),
        T(lv="ĀM attīstības sadarbība", en="Latvian development cooperation"),
        Period.OTHER,
        Fund.NATIONAL,
        "https://www.mfa.gov.lv/",
        None,
    ),
}

DISCLAIMERS = {
    # key: (lang, title, programme, beneficiary, statement, emblem, emblem wording, fund name)
    "lt-pl-taurage": (
        "lt",
        T(
            lt="Interreg LT–PL: Tauragės VVG",
            lv="Interreg LT–PL: Tauraģes VRG",
            en="Interreg LT–PL: Tauragė LAG",
        ),
        "lt-pl",
        "taurage-lag",
        None,
        True,
        EmblemStatement.EUROPEAN_UNION,
        True,
    ),
    "alytus-municipality": (
        "lt",
        T(lt="Alytaus rajono savivaldybės parama", en="Alytus District Municipality support"),
        None,
        None,
        T(
            lt="Projektą parėmė Alytaus rajono savivaldybės administracija.",
            en="The project was supported by the Alytus District Municipality Administration.",
        ),
        False,
        EmblemStatement.CO_FUNDED,
        False,
    ),
    "south-baltic-rietavas": (
        "lt",
        T(
            lt="Interreg Pietų Baltija: Rietavo moterų užimtumo centras",
            en="Interreg South Baltic: Rietavas Women's Employment Centre",
        ),
        "south-baltic",
        "rietavas-women",
        None,
        True,
        EmblemStatement.EUROPEAN_UNION,
        True,
    ),
    "lv-ru-latgale": (
        "lv",
        T(
            lv="LV–RU Crafts: Latgales plānošanas reģions",
            en="LV–RU Crafts: Latgale Planning Region",
        ),
        "lv-ru",
        "latgale-region",
        None,
        True,
        EmblemStatement.EUROPEAN_UNION,
        False,
    ),
    "mfa-lielupe": (
        "lv",
        T(
            lv="ĀM attīstības sadarbība: Moldova 2020",
            en="MFA development cooperation: Moldova 2020",
        ),
        None,
        None,
        T(
            lv="Projekts saņēmis Latvijas Republikas Ārlietu ministrijas finansējumu 2020. gadā "
            "no attīstības sadarbības budžeta.",
            en="The project received funding from the development cooperation budget of the "
            "Ministry of Foreign Affairs of Latvia in 2020.",
        ),
        False,
        EmblemStatement.CO_FUNDED,
        False,
    ),
}

FOOTER = {
    "organisation_name": T(
        lt="Tauragės rajono vietos veiklos grupė",
        lv="Tauraģes rajona vietējā rīcības grupa",
        en="Tauragė District Local Action Group",
    ),
    "address": T(
        lt="Demonstracinė g. 1\nLT-72001 Tauragė\nLietuva",
        lv="Demonstracinė g. 1\nLT-72001 Tauragė\nLietuva",
        en="Demonstracinė g. 1\nLT-72001 Tauragė\nLithuania",
    ),
    "office_hours": T(
        lt="I–IV 8.00–17.00, V 8.00–15.45",
        lv="P.–C. 8.00–17.00, Pk. 8.00–15.45",
        en="Mon–Thu 8:00–17:00, Fri 8:00–15:45",
    ),
}


# The disclaimer of the whole site: shown at the top of the home page and in every footer.
SITE_DISCLAIMER = "lt-pl-taurage"
# The funders the demo site lists in its footer and on its home page, with their wordmark's
# colour: three programmes and a municipality (settings: "Funders").
FUNDERS = {
    ("programme", "lt-pl"): (0, 51, 153),
    ("programme", "south-baltic"): (0, 110, 120),
    ("programme", "lv-ru"): (120, 40, 90),
    ("organisation", "alytus-municipality"): (150, 70, 20),
}


def _give_logo(obj, kind, key, short_name, tally):
    """Draw the funder's wordmark, once, from its English short name."""
    colour = FUNDERS.get((kind, key))
    if colour is None or obj.logo_id:
        return
    obj.logo = get_or_create_logo(f"Logo: {short_name['en']}", short_name["en"], colour, tally)
    obj.save(update_fields=["logo"])


def _get_or_create(model, tally, kind, locale, lookup, defaults):
    obj, created = model.objects.get_or_create(locale=locale, **lookup, defaults=defaults)
    tally.record(kind, created)
    return obj


def build_snippets(locales, tally):
    """Create the reference data in its source language; return it by kind and key."""
    lt = locales["lt"]
    refs = {"category": {}, "sector": {}, "region": {}, "organisation": {}, "programme": {}}
    for slug, name in CATEGORIES.items():
        refs["category"][slug] = _get_or_create(
            NewsCategory, tally, "snippet: news category", lt, {"slug": slug}, {"name": name["lt"]}
        )
    for slug, name in SECTORS.items():
        refs["sector"][slug] = _get_or_create(
            CraftSector, tally, "snippet: craft sector", lt, {"slug": slug}, {"name": name["lt"]}
        )
    for key, (name, country) in REGIONS.items():
        refs["region"][key] = _get_or_create(
            Region, tally, "snippet: region", lt, {"name": name["lt"]}, {"country": country}
        )
    for key, (lang, name, short, country, town, kind, website) in ORGANISATIONS.items():
        refs["organisation"][key] = _get_or_create(
            Organisation,
            tally,
            "snippet: organisation",
            locales[lang],
            {"name": name[lang]},
            {
                "short_name": short[lang],
                "country": country,
                "town": text_in(town, lang) or "",
                "organisation_type": kind,
                "website": website,
            },
        )
        _give_logo(refs["organisation"][key], "organisation", key, short, tally)
    for key, (lang, name, short, period, fund, website, wording) in PROGRAMMES.items():
        refs["programme"][key] = _get_or_create(
            FundingProgramme,
            tally,
            "snippet: funding programme",
            locales[lang],
            {"name": name[lang]},
            {
                "short_name": short[lang],
                "period": period,
                "fund": fund,
                "website": website,
                "disclaimer_template": text_in(wording, lang) or "",
            },
        )
        _give_logo(refs["programme"][key], "programme", key, short, tally)
    refs["disclaimer"] = {}
    for key, spec in DISCLAIMERS.items():
        lang, title, programme, beneficiary, statement, emblem, wording, fund_name = spec
        refs["disclaimer"][key] = _get_or_create(
            FundingDisclaimer,
            tally,
            "snippet: funding disclaimer",
            locales[lang],
            {"title": title[lang]},
            {
                "programme": refs["programme"].get(programme),
                "beneficiary": refs["organisation"].get(beneficiary),
                "statement": text_in(statement, lang) or "",
                "show_emblem": emblem,
                "emblem_statement": wording,
                "show_fund_name": fund_name,
            },
        )
    refs["footer"] = _get_or_create(
        FooterText,
        tally,
        "snippet: footer text",
        lt,
        {"organisation_name": FOOTER["organisation_name"]["lt"]},
        {"address": FOOTER["address"]["lt"], "office_hours": FOOTER["office_hours"]["lt"]},
    )
    return refs


def snippet_translations(refs, locales):
    """(snippet, target locale) pairs: every snippet into English; the ones Latvian pages
    (news categories, and the craft sectors and regions of the member directory) and the
    Latvian footer use into Latvian too."""
    pairs = []
    for kind in ("category", "sector", "region", "organisation", "programme", "disclaimer"):
        for obj in refs[kind].values():
            pairs.append((obj, locales["en"]))
    for kind in ("category", "sector", "region"):
        for obj in refs[kind].values():
            pairs.append((obj, locales["lv"]))
    # The site's own funders and disclaimer appear on every Latvian page too.
    for kind, key in [*FUNDERS, ("disclaimer", SITE_DISCLAIMER), ("organisation", "taurage-lag")]:
        if kind != "programme" or PROGRAMMES[key][0] != "lv":
            pairs.append((refs[kind][key], locales["lv"]))
    pairs += [(refs["footer"], locales["lv"]), (refs["footer"], locales["en"])]
    return pairs
