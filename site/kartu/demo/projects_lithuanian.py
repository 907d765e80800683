"""The three Lithuanian projects: Tauragė LAG's crafts cluster (Interreg Lithuania–Poland),
Alytus LAG's community gathering (municipal support) and SB Creative Clusters (Interreg South
Baltic). Facts from the seed pages; aims and results in our own words."""

import datetime
from decimal import Decimal

from projects.models import PartnerRole

from . import blocks as b
from .pagetools import rich
from .snippets import org_name
from .text import T, same

PROGRAMME_WEBSITE_LT = T(lt="Programos svetainė", en="Programme website")

TAURAGE = {
    "key": "taurage",
    "lang": "lt",
    "slug": T(lt="amatu-klasterio-kurimas", en="crafts-cluster-taurage-suwalki"),
    "title": T(
        lt="Amatų klasterio kūrimas Tauragės ir Suvalkų regione",
        en="Establishment of a handcrafts cluster in the Tauragė–Suwałki region",
    ),
    "intro": T(
        lt="Tauragės rajono vietos veiklos grupės ir Punsko valsčiaus projektas, suvienijęs po "
        "12 amatininkų ir smulkiųjų gamintojų iš Lietuvos ir Lenkijos.",
        en="A project of Tauragė District Local Action Group and Puńsk Commune that brought "
        "together 12 craftspeople and small producers from each side of the border.",
    ),
    "programme": "lt-pl",
    "disclaimer": "lt-pl-taurage",
    "priority": T(
        lt="Tvarus pasienio regiono vystymasis didinant ekonominę, socialinę ir teritorinę "
        "sanglaudą",
        en="Sustainable development of the border region through economic, social and "
        "territorial cohesion",
    ),
    "total_budget": Decimal("58079.78"),
    "maximum_rate": Decimal("85"),
    "start_date": datetime.date(2014, 4, 1),
    "end_date": datetime.date(2014, 10, 10),
    "partners": [("taurage-lag", PartnerRole.LEAD), ("punsk", PartnerRole.PARTNER)],
    "aims": rich(
        T(
            lt="Pasiūlyti būdus, kaip Tauragės ir Punsko krašto amatininkai bei smulkieji "
            "verslininkai galėtų gaminti didesnės pridėtinės vertės produktus ir paslaugas ir "
            "juos veiksmingai parduoti.",
            en="To show craftspeople and small entrepreneurs of the Tauragė and Puńsk area how to "
            "make products and services of higher added value and how to market them well.",
        ),
        T(
            lt="Sudaryti sąlygas amatininkams bendradarbiauti su socialinio, švietimo, kultūros "
            "ir informacinių technologijų sektorių atstovais, t. y. įkurti amatų klasterį.",
            en="To let craftspeople cooperate with the social, education, culture and information "
            "technology sectors: in other words, to found a crafts cluster.",
        ),
        T(
            lt="Sukurti viešai prieinamą abiejų regionų amatininkų, jų produktų ir paslaugų "
            "duomenų bazę.",
            en="To build a public database of the craftspeople of both regions and of their "
            "products and services.",
        ),
    ),
    "results": rich(
        T(
            lt="Įkurtas Tauragės ir Suvalkų amatų klasteris, kurį sudaro 24 nariai: po 12 iš "
            "Lietuvos ir Lenkijos.",
            en="The Tauragė–Suwałki crafts cluster was founded with 24 members, 12 from Lithuania "
            "and 12 from Poland.",
        ),
        T(
            lt="Surengti mokymai apie bendravimą, verslumą ir bendrų produktų kūrimą; sukurta "
            "svetainė su amatininkų katalogu.",
            en="Trainings on communication, entrepreneurship and joint products were held, and a "
            "website with a directory of craftspeople was created.",
        ),
        T(
            lt="Pasibaigus projektui, klasteris tapo viena iš nuolatinių Tauragės VVG veiklos "
            "krypčių.",
            en="After the project ended, the cluster became one of the permanent activities of "
            "Tauragė LAG.",
        ),
    ),
    "body": lambda refs, images: [
        b.heading(T(lt="Kodėl reikėjo klasterio", en="Why a cluster was needed")),
        b.paragraph(
            T(
                lt="Tauragės regione – vienas didžiausių nedarbo lygių Lietuvoje, jame nėra "
                "didelių įmonių. Panaši padėtis ir Suvalkų regione. Amatai ir nedidelio masto "
                "gamyba čia yra pagrindinis ekonominis potencialas, todėl gyventojai patys kuria "
                "sau darbo vietas.",
                en="The Tauragė region has one of the highest unemployment rates in Lithuania and "
                "no large companies; the situation in the Suwałki region is similar. Crafts and "
                "small-scale production are the main economic potential here, so people create "
                "their own jobs.",
            ),
            T(
                lt="Iki projekto nei Tauragės VVG, nei Punsko valsčius neturėjo viešos duomenų "
                "bazės apie savo krašto amatininkus, o patiems amatininkams trūko žinių ir įgūdžių "
                "bendradarbiauti ir parduoti savo gaminius už regiono ribų.",
                en="Before the project, neither Tauragė LAG nor Puńsk Commune had a public "
                "database of local craftspeople, and the craftspeople themselves lacked the "
                "knowledge and skills to cooperate and to sell their work beyond the region.",
            ),
        ),
        b.image(
            images.get(
                "Crafts cluster: Tauragė and Suwałki", "Tauragė – Suwałki", "amber", "circles"
            ),
            T(
                lt="Amatų klasteris jungia Tauragės ir Suvalkų kraštus",
                en="The crafts cluster links the Tauragė and Suwałki areas",
            ),
        ),
    ],
    "contacts": [
        (
            T(lt="Tauragės VVG administracija", en="Tauragė LAG office"),
            T(lt="Projekto administravimas", en="Project administration"),
            org_name("taurage-lag"),
            "taurage.vvg@example.org",
            same("+370 000 00 001"),
        )
    ],
    "links": [(PROGRAMME_WEBSITE_LT, "https://www.lt-pl.eu/")],
}

ALYTUS = {
    "key": "alytus",
    "lang": "lt",
    "slug": T(lt="bendruomeniu-saskrydis-2019", en="community-gathering-2019"),
    "title": T(
        lt="Alytaus rajono vietos veiklos grupės bendruomenių sąskrydis",
        en="Community gathering of Alytus District Local Action Group",
    ),
    "intro": T(
        lt="Kasmetinis VVG bendruomenių renginys apie bendruomeninį ir socialinį verslą, trumpas "
        "maisto grandines ir sveiką gyvenseną.",
        en="The LAG's annual community event on community and social business, short food "
        "supply chains and healthy living.",
    ),
    "programme": "alytus-support",
    "disclaimer": "alytus-municipality",
    "priority": T(
        lt="Bendruomenių verslumo ir užimtumo skatinimas",
        en="Promoting entrepreneurship and employment in communities",
    ),
    "total_budget": Decimal("3200.00"),
    "start_date": datetime.date(2019, 4, 1),
    "end_date": datetime.date(2019, 10, 31),
    "partners": [("alytus-lag", PartnerRole.LEAD)],
    "aims": rich(
        T(
            lt="Suburti Alytaus rajono bendruomenes, VVG narius ir partnerius renginiui, kuriame "
            "dalijamasi bendruomeninio ir socialinio verslo patirtimi.",
            en="To bring the communities of Alytus district, the LAG's members and partners "
            "together at an event where they share experience of community and social business.",
        ),
        T(
            lt="Skatinti žemės ūkio produkcijos perdirbimą, trumpas maisto grandines, ekologiją ir "
            "sveiką gyvenseną.",
            en="To encourage the processing of farm produce, short food supply chains, ecology "
            "and healthy living.",
        ),
        T(
            lt="Prisidėti prie vietos plėtros strategijos 2015–2020 įgyvendinimo ir Alytaus krašto "
            "tradicijų puoselėjimo.",
            en="To contribute to the local development strategy 2015–2020 and to keeping the "
            "traditions of the Alytus area alive.",
        ),
    ),
    "results": rich(
        T(
            lt="Surengti du mokymų renginiai: „Paverskite savo svajonę verslu!“ ir „Dzūkijos "
            "piliakalnių kelio produktas, jo rinkodara“.",
            en="Two training events were held: “Turn your dream into a business!” and “The "
            "Dzūkija Hillfort Road product and its marketing”.",
        ),
        T(
            lt="Bendruomenės, iš kurių daugiau kaip 30 yra VVG narės, pristatė savo veiklą ir "
            "užmezgė naujų ryšių.",
            en="Communities, more than 30 of which are members of the LAG, presented their work "
            "and made new contacts.",
        ),
    ),
    "body": lambda refs, images: [
        b.paragraph(
            T(
                lt="Alytaus rajono vietos veiklos grupė įkurta 2009 m. kovo 4 d., o 2019 m. "
                "švenčia 10 metų sukaktį. Ji turi 62 narius, o Alytaus rajone veikia daugiau kaip "
                "60 bendruomenių.",
                en="Alytus District Local Action Group was founded on 4 March 2009 and celebrates "
                "its 10th anniversary in 2019. It has 62 members, and more than 60 communities "
                "are active in Alytus district.",
            ),
            T(
                lt="Renginiui paramos paprašyta iš Alytaus rajono savivaldybės, nes vietos plėtros "
                "strategijos lėšų tokiems renginiams nepakanka arba tokios išlaidos nėra tinkamos "
                "finansuoti.",
                en="Support for the event was requested from Alytus District Municipality, "
                "because the local development strategy's funds are not enough for such events, "
                "or such costs are not eligible.",
            ),
        ),
        b.facts_table(
            T(lt="Finansavimas", en="Funding"),
            [
                (T(lt="Finansuotojas", en="Funder"), org_name("alytus-municipality")),
                (
                    T(lt="Biudžetas", en="Budget"),
                    T(
                        lt="3 200 EUR (pavyzdinė suma demonstracinei svetainei)",
                        en="EUR 3,200 (an illustrative figure for this demo site)",
                    ),
                ),
            ],
        ),
    ],
    "contacts": [
        (
            T(lt="Alytaus rajono VVG administracija", en="Alytus District LAG office"),
            T(lt="Renginio organizatoriai", en="Event organisers"),
            org_name("alytus-lag"),
            "alytus.vvg@example.org",
            same("+370 000 00 002"),
        )
    ],
    "links": [
        (
            T(
                lt="VVG vietos plėtros strategija 2015–2020",
                en="The LAG's local development strategy 2015–2020",
            ),
            "http://alytausrvvg.lt/strategija-2015-2020/",
        ),
        (T(lt="VVG nariai", en="Members of the LAG"), "http://alytausrvvg.lt/vvg-nariai/"),
    ],
}

SOUTH_BALTIC = {
    "key": "south-baltic",
    "lang": "lt",
    "slug": same("sb-creative-clusters"),
    "title": T(
        lt="Pietų Baltijos kūrybinis klasteris: kūrybinių klasterių tinklo inicijavimas",
        en="SB Creative Clusters: initiating a network of creative clusters in the South Baltic",
    ),
    "intro": T(
        lt="Keturių Pietų Baltijos vietovių kūrybinių industrijų tinklas: reguliarūs skaitmeniniai "
        "ir gyvi mainai, didesnis kūrėjų matomumas ir geresnė parama.",
        en="A network of the creative industries of four South Baltic localities: regular digital "
        "and face-to-face exchanges, more visibility and better support for creative people.",
    ),
    "acronym": same("SB Creative Clusters"),
    "project_number": same("STHB.05.01.00-32-0142/18-00"),
    "programme": "south-baltic",
    "disclaimer": "south-baltic-rietavas",
    "priority": T(
        lt="Vietos veikėjų bendradarbiavimo gebėjimų stiprinimas Pietų Baltijos regione",
        en="Increasing the cooperation capacity of local actors in the South Baltic area",
    ),
    "total_budget": Decimal("264145.00"),
    "eu_contribution": Decimal("217833.25"),
    "start_date": datetime.date(2020, 1, 1),
    "end_date": datetime.date(2021, 12, 31),
    "partners": [
        ("media-dizajn", PartnerRole.LEAD),
        ("rostock", PartnerRole.PARTNER),
        ("rietavas-tic", PartnerRole.PARTNER),
        ("rietavas-women", PartnerRole.PARTNER),
        ("euroregion-baltic", PartnerRole.PARTNER),
        ("kreativum", PartnerRole.PARTNER),
    ],
    "aims": rich(
        T(
            lt="Sukurti keturių Pietų Baltijos regiono vietovių kūrybinių industrijų veikėjų "
            "tarptautinio bendradarbiavimo tinklą.",
            en="To create an international cooperation network of creative industry actors from "
            "four localities of the South Baltic region.",
        ),
        T(
            lt="Padidinti mažesnių miestų ir kaimo vietovių kūrėjų matomumą ir užtikrinti jiems "
            "geresnę paramą.",
            en="To make creative people in smaller towns and rural areas more visible and to "
            "secure better support for them.",
        ),
        T(
            lt="Parodyti kūrybinio sektoriaus patrauklumą ir sustiprinti jo vietą regiono "
            "ekonomikoje.",
            en="To show the appeal of the creative sector and strengthen its place in the "
            "regional economy.",
        ),
    ),
    "results": rich(
        T(
            lt="Sukurta bendra komunikacijos platforma skaitmeniniams kūrėjų mainams.",
            en="A shared communication platform for digital exchanges between creative people "
            "was set up.",
        ),
        T(
            lt="Surengti metiniai kūrybinių industrijų forumai, kuriuose susitiko visų keturių "
            "vietovių kūrėjai.",
            en="Annual creative industry forums brought together creative people from all four "
            "localities.",
        ),
        T(
            lt="Tinklas atviras naujoms Pietų Baltijos regiono vietovėms.",
            en="The network is open to further localities of the South Baltic region.",
        ),
    ),
    "body": lambda refs, images: [
        b.paragraph(
            T(
                lt="Per pastaruosius dešimtmečius kūrybinių industrijų sektorius sparčiai augo "
                "didžiuosiuose miestuose. Mažesniuose Pietų Baltijos miesteliuose ir kaimo "
                "vietovėse kūrybinės iniciatyvos bando lygiuotis į juos, ir kai kur jau pasiekta "
                "įdomių rezultatų.",
                en="Over recent decades the creative industries have grown fast in big cities. In "
                "the smaller towns and rural areas of the South Baltic region, creative "
                "initiatives are trying to keep pace, and some have achieved interesting results.",
            ),
            T(
                lt="Kad šis procesas vyktų darniai, reikia reguliarių mainų ir dalijimosi "
                "patirtimi, kurie suteiktų veiklai impulsų, matomumo ir žinomumo visame regione. "
                "Taip gimė šio projekto idėja.",
                en="For this to happen in a balanced way, regular exchanges and shared experience "
                "are needed, giving the work impulses, visibility and recognition across the "
                "region. This is how the idea of the project was born.",
            ),
        ),
    ],
    "contacts": [
        (
            same("Aušra Dockevičiūtė"),
            T(lt="Projekto vadovė", en="Project manager"),
            org_name("rietavas-women"),
            "rietavomuc@gmail.com",
            same("+370 67382349"),
        )
    ],
    "links": [(PROGRAMME_WEBSITE_LT, "https://southbaltic.eu/")],
}
