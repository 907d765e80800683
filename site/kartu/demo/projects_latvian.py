"""The two Latvian projects: Crafts (Latvia–Russia CBC, ENI) and Lielupe's part in supporting
Moldova's regions (Latvian development cooperation). Facts from the seed pages; aims and
results in our own words."""

import datetime
from decimal import Decimal

from projects.models import PartnerRole

from . import blocks as b
from .pagetools import rich
from .snippets import org_name
from .text import T, same

CRAFTS = {
    "key": "crafts",
    "lang": "lv",
    "slug": T(lv="amatnieciba-bez-robezam", en="crafts-without-borders"),
    "title": T(lv="Amatniecība bez robežām", en="Crafts without borders"),
    "intro": T(
        lv="Latgales un Pleskavas apgabala amatnieku sadarbība: jauni kopīgi produkti, darbnīcas "
        "kultūrvēsturiskās vietās un atbalsts uzņēmējdarbības uzsākšanai.",
        en="Cooperation of craftspeople from Latgale and the Pskov region: new joint products, "
        "workshops in heritage sites and support for starting a business.",
    ),
    "acronym": same("Crafts"),
    "project_number": same("LV-RU-018"),
    "programme": "lv-ru",
    "disclaimer": "lv-ru-latgale",
    "total_budget": Decimal("799740.50"),
    "eu_contribution": Decimal("719766.45"),
    "start_date": datetime.date(2018, 7, 1),
    "end_date": datetime.date(2020, 6, 30),
    "partners": [
        ("latgale-region", PartnerRole.LEAD),
        ("daugavpils-city", PartnerRole.PARTNER),
        ("rezekne", PartnerRole.PARTNER),
        ("balvi", PartnerRole.PARTNER),
        ("dagda", PartnerRole.PARTNER),
        ("daugavpils-municipality", PartnerRole.PARTNER),
        ("porkhov", PartnerRole.PARTNER),
        ("pskov-fund", PartnerRole.PARTNER),
    ],
    "aims": rich(
        T(
            lv="Veicināt amatniecības attīstību, radot jaunus kopīgus produktus un pakalpojumus "
            "no vietējiem resursiem un tradicionālajām prasmēm.",
            en="To develop crafts by creating new joint products and services from local "
            "resources and traditional skills.",
        ),
        T(
            lv="Atbalstīt amatniekus uzņēmējdarbības uzsākšanā un attīstīšanā.",
            en="To help craftspeople start and grow their businesses.",
        ),
        T(
            lv="Stiprināt sadarbību metālapstrādē, tekstilizstrādājumu ražošanā, kokapstrādē, "
            "keramikā un stikla apstrādē visā pārrobežu reģionā.",
            en="To strengthen cooperation in metalwork, textiles, woodwork, ceramics and glass "
            "across the border region.",
        ),
    ),
    "results": rich(
        T(
            lv="Daugavpils cietokšņa 8. bastiona pulverpagrabā izveidotas keramikas un "
            "metālapstrādes darbnīcas; attīstīta Lūznavas muižas kalve, Balvu amatnieku māja un "
            "Andrupenes lauku sētas darbnīcas.",
            en="Ceramics and metalwork workshops were set up in the powder cellar of Bastion 8 of "
            "Daugavpils Fortress; the Lūznava Manor smithy, the Balvi House of Crafts and the "
            "Andrupene farmstead workshops were developed.",
        ),
        T(
            lv="Atjaunotas tekstilizstrādājumu radošo darbnīcu telpas Raiņa mājā Berķenelē un "
            "attīstīta amatnieku māja Porhovas rajonā.",
            en="The textile workshop rooms in Rainis's house in Berķenele were renovated, and a "
            "house of crafts was developed in Porkhov district.",
        ),
        T(
            lv="Specializēts amatnieku aprīkojums pieejams 10 vietās Latgales–Pleskavas "
            "pārrobežu reģionā.",
            en="Specialised craft equipment is available in 10 places across the Latgale–Pskov "
            "border region.",
        ),
        T(
            lv="Izveidota kopīga interneta platforma jaunu produktu popularizēšanai un amatnieku "
            "virtuālai sadarbībai.",
            en="A shared online platform promotes new products and lets craftspeople cooperate "
            "virtually.",
        ),
    ),
    "body": lambda refs, images: [
        b.paragraph(
            T(
                lv="Latvijas–Krievijas pārrobežu sadarbības programma 2014.–2020. gadam atbalsta "
                "kopīgas pārrobežu attīstības aktivitātes, lai uzlabotu reģionu konkurētspēju, "
                "izmantojot to potenciālu un atrašanās vietu krustcelēs starp Eiropas Savienību "
                "un Krievijas Federāciju.",
                en="The Latvia–Russia Cross-border Cooperation Programme 2014–2020 supports joint "
                "cross-border development activities that make the regions more competitive by "
                "using their potential and their location at the crossroads between the European "
                "Union and the Russian Federation.",
            )
        ),
        b.heading(T(lv="Pasākumi", en="Activities")),
        b.paragraph(
            T(
                lv="Projektā notiek apmācības amatniekiem par jaunu produktu izstrādi un "
                "uzņēmējdarbību, pārrobežu radošās darbnīcas, amatniecības gadatirgi Latvijā un "
                "Krievijā un starptautiska amatniecības konference.",
                en="The project runs trainings for craftspeople on new products and on business, "
                "cross-border creative workshops, craft fairs in Latvia and Russia and an "
                "international crafts conference.",
            )
        ),
    ],
    "contacts": [
        (
            same("Natālija Kurakina"),
            T(lv="Projekta koordinatore", en="Project coordinator"),
            org_name("latgale-region"),
            "natalija.kurakina@lpr.gov.lv",
            same("+371 64624300"),
        )
    ],
    "links": [
        (T(lv="Programmas tīmekļvietne", en="Programme website"), "https://www.latruscbc.eu/")
    ],
}

MOLDOVA = {
    "key": "moldova",
    "lang": "lv",
    "slug": T(lv="atbalsts-moldovas-regionu-izaugsmei", en="support-for-moldovas-regions"),
    "title": T(
        lv="Atbalsts Moldovas reģionu izaugsmei",
        en="Support for the growth of Moldova's regions",
    ),
    "intro": T(
        lv="Latvijas lauku partnerības dalās pieredzē ar Moldovas vietējām rīcības grupām un "
        "uzņēmējiem, lai ilgtermiņā mazinātu COVID-19 radītās sekas.",
        en="Latvian rural partnerships share their experience with Moldovan local action groups "
        "and entrepreneurs to reduce the long-term effects of COVID-19.",
    ),
    "programme": "mfa-development",
    "disclaimer": "mfa-lielupe",
    "total_budget": Decimal("24000.00"),
    "start_date": datetime.date(2020, 7, 1),
    "end_date": datetime.date(2020, 12, 31),
    "partners": [("rural-forum", PartnerRole.LEAD), ("lielupe", PartnerRole.PARTNER)],
    "aims": rich(
        T(
            lv="Stiprināt vietējās uzņēmējdarbības attīstību Moldovas Ziemeļu reģionā un tā spēju "
            "pielāgoties ārkārtas situācijām.",
            en="To strengthen local business in Moldova's Northern region and its ability to adapt "
            "to emergencies.",
        ),
        T(
            lv="Izveidot digitālo platformu Moldovas mazo un vidējo uzņēmumu, pašvaldību un "
            "Latvijas un Moldovas uzņēmēju sadarbībai.",
            en="To create a digital platform for cooperation between Moldovan small and "
            "medium-sized businesses, municipalities and Latvian and Moldovan entrepreneurs.",
        ),
    ),
    "results": rich(
        T(
            lv="Notika 12 vebināri par Latvijas pieredzi; divus no tiem par tūrismu vadīja lauku "
            "partnerība “Lielupe”.",
            en="Twelve webinars on Latvian experience were held; the Lielupe rural partnership "
            "led two of them, on tourism.",
        ),
        T(
            lv="Moldovas vietējās rīcības grupas izveidoja datu bāzes par vietējiem uzņēmējiem un "
            "rīkoja apmācības par Facebook izmantošanu e-veikalu izveidei.",
            en="Moldovan local action groups built databases of local entrepreneurs and held "
            "trainings on using Facebook to set up online shops.",
        ),
        T(
            lv="Trīs uzņēmēji saņēma īpaši veidotas zīmola grāmatas saziņai ar klientiem.",
            en="Three entrepreneurs received brand books made for them, to communicate better "
            "with customers.",
        ),
    ),
    "body": lambda refs, images: [
        b.paragraph(
            T(
                lv="Projektu vada biedrība “Latvijas Lauku forums” sadarbībā ar lauku partnerībām "
                "visā Latvijā. Moldovā lauku partnerības izveidojušās tikai pēdējo divu gadu laikā "
                "un tagad sāk īstenot LEADER pieeju, tāpēc Latvijas kolēģu pieredze ir īpaši "
                "noderīga.",
                en="The project is led by the Latvian Rural Forum together with rural partnerships "
                "from all over Latvia. In Moldova, rural partnerships were founded only in the "
                "last two years and are now starting to apply the LEADER approach, so the "
                "experience of Latvian colleagues is particularly useful.",
            )
        ),
        b.heading(T(lv="Vebināru tēmas", en="Webinar topics")),
        b.paragraph(
            T(
                lv="Reklāma internetā, klientu vajadzību izzināšana, sadarbības projektu "
                "veidošana, prezentācijas prasmes, projektu ideju radīšana, lauku partnerību "
                "administratīvā vadība, LEADER loma vietējo ražotāju konkurētspējā, vietējo "
                "resursu efektīva izmantošana, starpnozaru sadarbība un bioekonomika.",
                en="Online advertising, finding out what customers need, building cooperation "
                "projects, presentation skills, generating project ideas, running a rural "
                "partnership, the role of LEADER in the competitiveness of local producers, using "
                "local resources efficiently, cross-sector cooperation and the bioeconomy.",
            )
        ),
        b.facts_table(
            T(lv="Finansējums", en="Funding"),
            [
                (T(lv="Finansētājs", en="Funder"), org_name("foreign-ministry")),
                (
                    T(lv="Budžets", en="Budget"),
                    T(
                        lv="24 000 EUR (ilustratīvs skaitlis šai demonstrācijas vietnei)",
                        en="EUR 24,000 (an illustrative figure for this demo site)",
                    ),
                ),
            ],
        ),
    ],
    "contacts": [
        (
            T(lv="Partnerības birojs", en="Partnership office"),
            T(lv="Informācija par projektu", en="Information about the project"),
            org_name("lielupe"),
            "lielupe@partneribalielupe.lv",
            same("+371 26399946"),
        )
    ],
    "links": [
        (
            T(
                lv="Lielupes LEADER sadarbības projekts vietējiem ražotājiem",
                en="Lielupe's LEADER cooperation project for local producers",
            ),
            "https://www.partneribalielupe.lv/index.php/leader-sadarbiba/"
            "atbalsts-vietejo-produktu-razotajiem",
        )
    ],
}
