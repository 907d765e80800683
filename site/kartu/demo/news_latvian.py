"""Five news posts written in Latvian: the Crafts project (Latvia–Russia) and Lielupe's
support for Moldova's regions."""

from datetime import date as D

from . import blocks as b
from .events import event
from .snippets import org_name
from .text import T, same

CRAFTS_COORDINATOR = T(lv="Projekta koordinatore", en="Project coordinator")


def lv_posts(refs):
    disclaimer = refs["disclaimer"]
    return [
        {
            "project": "crafts",
            "date": D(2018, 7, 19),
            "categories": ["project-updates"],
            "image": (
                "News: Crafts first partner meeting",
                "Daugavpils · 2018-07-19",
                "sea",
                "circles",
            ),
            "slug": T(lv="pirma-partneru-tiksanas", en="first-partner-meeting"),
            "title": T(
                lv="Notika projekta “Amatniecība bez robežām” pirmā partneru tikšanās",
                en="First partner meeting of the “Crafts without borders” project",
            ),
            "intro": T(
                lv="Latgales plānošanas reģionā Daugavpilī partneri no Latvijas un Krievijas "
                "pārrunāja projekta mērķus un darbus.",
                en="Partners from Latvia and Russia met at Latgale Planning Region in Daugavpils "
                "to discuss the project's aims and work.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lv="19. jūlijā Daugavpilī notika projekta LV-RU-018 “Amatniecība bez "
                        "robežām” pirmā partneru tikšanās. Tajā piedalījās Latgales plānošanas "
                        "reģions, piecas Latgales pašvaldības un divi partneri no Pleskavas "
                        "apgabala.",
                        en="On 19 July the first partner meeting of project LV-RU-018 “Crafts "
                        "without borders” took place in Daugavpils. Latgale Planning Region, five "
                        "Latgale municipalities and two partners from the Pskov region took part.",
                    ),
                    T(
                        lv="Partneri pārrunāja galvenos projekta mērķus un aktivitātes, kā arī "
                        "jautājumus, kas jāatrisina projekta sākumā.",
                        en="The partners discussed the project's main aims and activities, and the "
                        "questions to be settled at the start.",
                    ),
                ),
                b.quote(
                    T(
                        lv="Novēlu visiem partneriem veiksmīgu kopīgā projekta īstenošanu!",
                        en="I wish all partners success in carrying out our joint project!",
                    ),
                    T(
                        lv="Iveta Maļina-Tabūne, Latgales plānošanas reģiona vadītāja",
                        en="Iveta Maļina-Tabūne, head of Latgale Planning Region",
                    ),
                ),
                b.contact_person(
                    same("Natālija Kurakina"),
                    CRAFTS_COORDINATOR,
                    org_name("latgale-region"),
                    "natalija.kurakina@lpr.gov.lv",
                    same("+371 64624300"),
                ),
                b.funding_disclaimer(disclaimer["lv-ru-latgale"]),
            ],
        },
        {
            "project": "crafts",
            "date": D(2019, 9, 12),
            "categories": ["project-updates"],
            "image": (
                "News: Daugavpils Fortress workshops",
                "Daugavpils · 2019",
                "clay",
                "diamonds",
            ),
            "slug": T(lv="darbnicas-daugavpils-cietoksni", en="workshops-in-daugavpils-fortress"),
            "title": T(
                lv="Daugavpils cietoksnī top keramikas un metālapstrādes darbnīcas",
                en="Ceramics and metalwork workshops take shape in Daugavpils Fortress",
            ),
            "intro": T(
                lv="Bastiona pulverpagrabs kļūs par vietu, kur amatnieki strādā un apmeklētāji "
                "mācās.",
                en="A bastion's powder cellar will become a place where craftspeople work and "
                "visitors learn.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lv="Daugavpils pilsētas dome projekta ietvaros pielāgo cietokšņa 8. "
                        "bastiona pulverpagrabu keramikas un metālapstrādes darbnīcām. Tajās "
                        "notiks radošās darbnīcas un interaktīvas meistarklases gan amatniekiem, "
                        "gan apmeklētājiem.",
                        en="As part of the project, Daugavpils City Council is fitting out the "
                        "powder cellar of Bastion 8 of the fortress for ceramics and metalwork "
                        "workshops. They will host creative workshops and interactive "
                        "masterclasses for craftspeople and visitors alike.",
                    )
                ),
                b.heading(T(lv="Arī citās vietās", en="In other places too")),
                b.paragraph(
                    T(
                        lv="Līdzīgi darbi notiek Lūznavas muižas kalvē, Balvu amatnieku mājā, "
                        "Andrupenes lauku sētā, Raiņa mājā Berķenelē un Porhovas rajonā.",
                        en="Similar work is under way at the Lūznava Manor smithy, the Balvi "
                        "House of Crafts, the Andrupene farmstead, Rainis's house in Berķenele "
                        "and in Porkhov district.",
                    )
                ),
            ],
        },
        {
            "project": "moldova",
            "date": D(2020, 10, 21),
            "categories": ["webinars"],
            "event": event(D(2020, 10, 21), "10:00", "12:00", online=True),
            "image": ("News: Lielupe webinars for Moldova", "Jelgava · 2020", "forest", "stripes"),
            "slug": T(lv="lielupe-vada-vebinarus-moldovai", en="lielupe-webinars-for-moldova"),
            "title": T(
                lv="“Lielupe” vada vebinārus par tūrismu Moldovas kolēģiem",
                en="Lielupe leads webinars on tourism for colleagues in Moldova",
            ),
            "intro": T(
                lv="Lauku partnerība dalās pieredzē, kā veidot un parādīt tūrisma piedāvājumu "
                "reģionā.",
                en="The rural partnership shares how to build and show a region's tourism offer.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lv="Projektā “Atbalsts Moldovas reģionu izaugsmei” Latvijas lauku "
                        "partnerības novadīja 12 vebinārus. Lauku partnerība “Lielupe” vadīja "
                        "divus no tiem: “Tūrisms un tā veicināšanas pasākumi” un “Kā parādīt "
                        "tūrisma iespējas reģionā”.",
                        en="In the project “Support for the growth of Moldova's regions”, Latvian "
                        "rural partnerships gave 12 webinars. The Lielupe rural partnership led "
                        "two of them: “Tourism and how to promote it” and “How to show a region's "
                        "tourism opportunities”.",
                    ),
                    T(
                        lv="Vebināros “Lielupe” balstījās uz savu LEADER sadarbības projektu, kurā "
                        "deviņos Zemgales novados tika veidoti jauni tūrisma piedāvājumi vietējiem "
                        "ražotājiem.",
                        en="In the webinars, Lielupe drew on its own LEADER cooperation project, "
                        "in which new tourism offers were built for local producers in nine "
                        "municipalities of Zemgale.",
                    ),
                ),
                b.facts_table(
                    T(lv="Vebināri skaitļos", en="The webinars in figures"),
                    [
                        (T(lv="Vebināri kopā", en="Webinars in total"), same("12")),
                        (T(lv="Vadīja “Lielupe”", en="Led by Lielupe"), same("2")),
                        (
                            T(lv="Norises laiks", en="When"),
                            T(lv="2020. gada rudens", en="autumn 2020"),
                        ),
                    ],
                ),
            ],
        },
        {
            "project": "moldova",
            "date": D(2020, 11, 26),
            "categories": ["masterclasses"],
            "event": event(D(2020, 11, 26), "11:00", "13:00", online=True),
            "image": ("News: virtual masterclasses", "Jelgava · 2020", "rye", "circles"),
            "slug": T(lv="virtualas-meistarklases", en="virtual-masterclasses"),
            "title": T(
                lv="Virtuālās meistarklases: augu skrubis un skalu grozi",
                en="Virtual masterclasses: a herbal scrub and woodchip baskets",
            ),
            "intro": T(
                lv="Jelgavas novada amatnieki tiešsaistē mācīja Moldovas kolēģiem savu amatu.",
                en="Craftspeople from Jelgava municipality taught their craft to colleagues in "
                "Moldova online.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lv="Dalībniekiem iepriekš tika nosūtīti materiāli, lai meistarklasēs viņi "
                        "varētu strādāt līdzi. No Jelgavas novada notika divas meistarklases: "
                        "zemnieku saimniecība “Dārziņi-2” rādīja, kā pagatavot skrubi no dabīgiem "
                        "augiem, bet Inta Bendrupa vadīja skalu grozu pīšanas darbnīcu.",
                        en="Participants were sent materials in advance so that they could work "
                        "along. Two masterclasses came from Jelgava municipality: the “Dārziņi-2” "
                        "farm showed how to make a scrub from natural plants, and Inta Bendrupa "
                        "led a workshop on weaving baskets from wood chips.",
                    ),
                    T(
                        lv="Tiešsaistes darbnīcās Moldovas uzņēmēji pārņēma Latvijas amatu "
                        "meistaru un mazo ražotāju pieredzi.",
                        en="In the online workshops, Moldovan entrepreneurs learned from Latvian "
                        "master craftspeople and small producers.",
                    ),
                ),
                (
                    "gallery",
                    T(lv="Meistarklasēs", en="At the masterclasses"),
                    [
                        (
                            "Masterclass: herbal scrub",
                            "Dārziņi-2",
                            "forest",
                            "diamonds",
                            T(lv="Skrubis no dabīgiem augiem", en="A scrub from natural plants"),
                        ),
                        (
                            "Masterclass: woodchip baskets",
                            "Inta Bendrupa",
                            "rye",
                            "stripes",
                            T(lv="Skalu grozu pīšana", en="Weaving woodchip baskets"),
                        ),
                    ],
                ),
            ],
        },
        {
            "project": "moldova",
            "date": D(2020, 12, 5),
            "categories": ["fairs", "project-updates"],
            "image": ("News: virtual visit to Latvia", "Jelgava · 2020-12-05", "birch", "waves"),
            "slug": T(lv="virtuala-viesosanas-latvija", en="virtual-visit-to-latvia"),
            "title": T(
                lv="Noslēguma pasākums: Moldovas partneri virtuāli viesojas Latvijā",
                en="Closing event: Moldovan partners pay a virtual visit to Latvia",
            ),
            "intro": T(
                lv="5. decembrī projekta noslēgumā Moldovas lauku partnerības un uzņēmēji "
                "tiešsaistē apmeklēja Latvijas novadus.",
                en="On 5 December, at the close of the project, Moldovan rural partnerships and "
                "entrepreneurs visited Latvian municipalities online.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lv="Lauku partnerības iepriekš sagatavoja video ekskursijas savos novados. "
                        "Jelgavas novadā tapa divas: par Lielplatones muižas “Vešūzi” un veļas "
                        "mazgāšanas tradīcijām muižās 18. un 19. gadsimtā un par biedrības “Novada "
                        "mantojums” iniciatīvu atjaunot Svētes pili.",
                        en="The rural partnerships prepared video tours of their municipalities in "
                        "advance. Two were made in Jelgava municipality: one on the “Vešūzis” "
                        "laundry house of Lielplatone Manor and the laundry traditions of 18th and "
                        "19th century manors, and one on the initiative of the association “Novada "
                        "mantojums” to restore Svēte Palace.",
                    ),
                    T(
                        lv="Pieredzē un iedrošinājumā pārvarēt krīzes radītos izaicinājumus "
                        "dalījās uzņēmumi SIA “ColorPasta” un “LV-Destilāti”.",
                        en="The companies ColorPasta and LV-Destilāti shared their experience and "
                        "encouragement for getting through the challenges of the crisis.",
                    ),
                ),
                b.quote(
                    T(
                        lv="Projekts parādīja, ka radoša pieeja un tehnoloģijas ļauj nodot "
                        "pieredzi kolēģiem citās valstīs arī tad, kad satikties klātienē nav "
                        "iespējams.",
                        en="The project showed that a creative approach and technology let us pass "
                        "on experience to colleagues abroad even when we cannot meet in person.",
                    ),
                    T(lv="Lauku partnerība “Lielupe”", en="Lielupe rural partnership"),
                ),
                b.funding_disclaimer(disclaimer["mfa-lielupe"]),
            ],
        },
    ]
