"""Nine news posts written in Lithuanian: Tauragė's crafts cluster, Alytus LAG's community
gathering and SB Creative Clusters."""

from datetime import date as D

from . import blocks as b
from .events import event
from .snippets import org_name
from .text import T, same

TAURAGE_LAG_OFFICE = T(lt="Tauragės VVG administracija", en="Tauragė LAG office")
SB_MANAGER = T(lt="Projekto vadovė", en="Project manager")
SB_PARTNERS = (
    "media-dizajn",
    "rostock",
    "rietavas-tic",
    "rietavas-women",
    "euroregion-baltic",
    "kreativum",
)


def lt_posts(refs):
    disclaimer = refs["disclaimer"]
    return [
        {
            "project": "taurage",
            "date": D(2014, 4, 15),
            "categories": ["project-updates"],
            "image": ("News: cluster project starts", "Tauragė · Puńsk · 2014", "amber", "circles"),
            "slug": T(lt="prasideda-amatu-klasterio-kurimas", en="crafts-cluster-project-starts"),
            "title": T(
                lt="Prasideda amatų klasterio kūrimas Tauragės ir Suvalkų regione",
                en="Work begins on a crafts cluster for the Tauragė–Suwałki region",
            ),
            "intro": T(
                lt="Tauragės rajono vietos veiklos grupė ir Punsko valsčius pradeda bendrą "
                "projektą amatininkams ir smulkiesiems gamintojams.",
                en="Tauragė District Local Action Group and Puńsk Commune start a joint project "
                "for craftspeople and small producers.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Balandžio 1 d. prasidėjo projektas „Amatų klasterio kūrimas Tauragės "
                        "ir Suvalkų regione“. Jis vykdomas pagal Lietuvos ir Lenkijos "
                        "bendradarbiavimo per sieną programą ir iš dalies finansuojamas Europos "
                        "regioninės plėtros fondo.",
                        en="On 1 April the project “Establishment of a handcrafts cluster in the "
                        "Tauragė–Suwałki region” began. It is carried out under the "
                        "Lithuania–Poland cross-border cooperation programme and part-financed by "
                        "the European Regional Development Fund.",
                    ),
                    T(
                        lt="Projekte dalyvaus po 12 amatininkų ar smulkiųjų verslininkų iš "
                        "Lietuvos ir Lenkijos. Jie mokysis kartu kurti produktus, juos pristatyti "
                        "ir parduoti už savo regiono ribų.",
                        en="Twelve craftspeople or small entrepreneurs from each country will take "
                        "part. Together they will learn to develop products, present them and sell "
                        "them beyond their own region.",
                    ),
                ),
                b.facts_table(
                    T(lt="Projektas trumpai", en="The project in brief"),
                    [
                        (
                            T(lt="Trukmė", en="Duration"),
                            T(lt="2014-04-01 – 2014-10-10", en="1 April – 10 October 2014"),
                        ),
                        (
                            T(lt="Bendra vertė", en="Total value"),
                            T(lt="58 079,78 EUR", en="EUR 58,079.78"),
                        ),
                        (
                            T(lt="ES parama", en="EU support"),
                            T(lt="ne daugiau kaip 85 %", en="up to 85%"),
                        ),
                        (
                            T(lt="Dalyviai", en="Participants"),
                            T(
                                lt="12 amatininkų iš Lietuvos ir 12 iš Lenkijos",
                                en="12 craftspeople from Lithuania and 12 from Poland",
                            ),
                        ),
                    ],
                ),
                b.funding_disclaimer(disclaimer["lt-pl-taurage"]),
            ],
        },
        {
            "project": "taurage",
            "date": D(2014, 6, 12),
            "categories": ["trainings"],
            "image": ("News: training in Puńsk", "Puńsk · 2014", "linen", "stripes"),
            "slug": T(lt="amatininku-mokymai-punske", en="training-for-craftspeople-in-punsk"),
            "title": T(
                lt="Amatininkų mokymai Punske: kaip kurti bendrus produktus",
                en="Training in Puńsk: how craftspeople create joint products",
            ),
            "intro": T(
                lt="Lietuvos ir Lenkijos amatininkai dvi dienas mokėsi rinkodaros ir "
                "bendradarbiavimo.",
                en="Craftspeople from Lithuania and Poland spent two days learning about marketing "
                "and cooperation.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Punske vykusiuose mokymuose dalyvavo klasterio nariai iš abiejų šalių. "
                        "Pirmąją dieną kalbėta apie tai, kaip apskaičiuoti gaminio kainą ir "
                        "papasakoti jo istoriją pirkėjui, antrąją – apie bendrų dovanų rinkinių "
                        "kūrimą.",
                        en="Cluster members from both countries attended the training in Puńsk. "
                        "The first day was about pricing a product and telling its story to "
                        "buyers, the second about putting together joint gift sets.",
                    )
                ),
                b.quote(
                    T(
                        lt="Iki šiol kiekvienas dirbome savo kieme. Dabar matau, kad kartu su "
                        "Tauragės audėja galime pasiūlyti daugiau nei po vieną gaminį.",
                        en="Until now each of us worked in our own yard. Now I see that together "
                        "with a weaver from Tauragė we can offer more than one product each.",
                    ),
                    T(
                        lt="Mokymų dalyvė iš Punsko valsčiaus",
                        en="A participant from Puńsk commune",
                    ),
                ),
                b.heading(T(lt="Kitas žingsnis – mugė", en="Next step: the fair")),
                b.paragraph(
                    T(
                        lt="Mokymuose sukurti rinkiniai bus pristatyti vasaros amatų mugėje "
                        "Tauragėje.",
                        en="The sets created during the training will be presented at the summer "
                        "crafts fair in Tauragė.",
                    )
                ),
                b.contact_person(
                    TAURAGE_LAG_OFFICE,
                    T(lt="Mokymų organizatoriai", en="Training organisers"),
                    org_name("taurage-lag"),
                    "taurage.vvg@example.org",
                    same("+370 000 00 001"),
                ),
            ],
        },
        {
            "project": "taurage",
            "date": D(2014, 8, 23),
            "categories": ["fairs"],
            "event": event(
                D(2014, 8, 23), "10:00", "17:00", venue=T(lt="Tauragė", lv="Tauraģe", en="Tauragė")
            ),
            "image": ("News: crafts fair in Tauragė", "Tauragė · 2014", "rye", "diamonds"),
            "slug": T(lt="amatu-muge-taurageje", en="crafts-fair-in-taurage"),
            "title": T(
                lt="Tauragės ir Punsko amatininkai susitiko amatų mugėje",
                en="Craftspeople from Tauragė and Puńsk meet at a crafts fair",
            ),
            "intro": T(
                lt="Mugėje Tauragėje pirmą kartą pristatyti bendri klasterio narių gaminių "
                "rinkiniai.",
                en="The cluster members' joint product sets were shown for the first time at the "
                "fair in Tauragė.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Rugpjūčio pabaigoje Tauragės centre įsikūrė daugiau kaip dvidešimt "
                        "amatininkų palapinių. Lankytojai galėjo pamatyti, kaip kalamos pasagos, "
                        "audžiamos juostos ir žiedžiami puodai.",
                        en="At the end of August more than twenty craft stalls were set up in the "
                        "centre of Tauragė. Visitors could watch horseshoes being forged, sashes "
                        "woven and pots thrown.",
                    ),
                    T(
                        lt="Daugiausia dėmesio sulaukė bendri rinkiniai: medaus ir vaško žvakių "
                        "dėžutė su lenkų amatininkų keramika bei lininiai rankšluosčiai su medžio "
                        "drožiniais.",
                        en="The joint sets attracted the most attention: a box of honey and "
                        "beeswax candles with ceramics by Polish craftspeople, and linen towels "
                        "with wood carvings.",
                    ),
                ),
                (
                    "gallery",
                    T(lt="Mugės akimirkos", en="Moments from the fair"),
                    [
                        (
                            "Fair: forge",
                            "Tauragė · 2014",
                            "clay",
                            "circles",
                            T(lt="Kalvio palapinė", en="The blacksmith's stall"),
                        ),
                        (
                            "Fair: weaving",
                            "Tauragė · 2014",
                            "linen",
                            "stripes",
                            T(lt="Juostų audimas", en="Sash weaving"),
                        ),
                        (
                            "Fair: pottery",
                            "Tauragė · 2014",
                            "heather",
                            "waves",
                            T(lt="Puodžiaus ratas", en="The potter's wheel"),
                        ),
                    ],
                ),
            ],
        },
        {
            "project": "taurage",
            "date": D(2014, 10, 8),
            "categories": ["project-updates"],
            "image": ("News: cluster founded", "Tauragė – Suwałki", "forest", "circles"),
            "slug": T(lt="amatu-klasteris-ikurtas", en="crafts-cluster-founded"),
            "title": T(
                lt="Amatų klasteris įkurtas: 24 nariai iš Lietuvos ir Lenkijos",
                en="The crafts cluster is founded: 24 members from Lithuania and Poland",
            ),
            "intro": T(
                lt="Projekto pabaigoje amatininkai pasirašė bendradarbiavimo sutartį ir pristatė "
                "bendrą katalogą.",
                en="At the end of the project the craftspeople signed a cooperation agreement and "
                "presented a joint directory.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Spalio pradžioje Tauragėje susirinkę amatininkai ir smulkieji "
                        "gamintojai pasirašė Tauragės ir Suvalkų amatų klasterio bendradarbiavimo "
                        "sutartį.",
                        en="In early October craftspeople and small producers met in Tauragė and "
                        "signed the cooperation agreement of the Tauragė–Suwałki crafts cluster.",
                    ),
                    T(
                        lt="Klasterio narių profiliai, gaminiai ir siūlomos edukacijos skelbiami "
                        "šioje svetainėje. Klasterio veiklą toliau koordinuos Tauragės rajono "
                        "vietos veiklos grupė.",
                        en="The members' profiles, products and workshops are published on this "
                        "website. Tauragė District Local Action Group will continue to coordinate "
                        "the cluster.",
                    ),
                ),
                b.facts_table(
                    T(lt="Klasteris skaičiais", en="The cluster in figures"),
                    [
                        (T(lt="Nariai", en="Members"), same("24")),
                        (
                            T(lt="Amatų sritys", en="Craft sectors"),
                            T(
                                lt="metalas, tekstilė, medis, keramika, stiklas, maistas",
                                en="metal, textiles, wood, ceramics, glass, food",
                            ),
                        ),
                        (
                            T(lt="Šalys", en="Countries"),
                            T(lt="Lietuva ir Lenkija", en="Lithuania and Poland"),
                        ),
                    ],
                ),
            ],
        },
        {
            "project": "alytus",
            "date": D(2019, 3, 4),
            "categories": ["project-updates"],
            "image": ("News: Alytus LAG turns ten", "Alytus · 2009–2019", "sea", "circles"),
            "slug": T(lt="alytaus-vvg-10-metu", en="alytus-lag-turns-ten"),
            "title": T(
                lt="Alytaus rajono VVG švenčia 10 metų sukaktį",
                en="Alytus District LAG celebrates its 10th anniversary",
            ),
            "intro": T(
                lt="Per dešimt metų vietos veiklos grupė išaugo iki 62 narių ir rengia kasmetinį "
                "bendruomenių sąskrydį.",
                en="In ten years the local action group has grown to 62 members, and it holds an "
                "annual gathering of communities.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Alytaus rajono vietos veiklos grupė įkurta 2009 m. kovo 4 d. Nuo 2015 "
                        "m. ji įgyvendina Alytaus rajono ir Birštono savivaldybių kaimiškųjų "
                        "teritorijų bendruomenių inicijuotą vietos plėtros strategiją.",
                        en="Alytus District Local Action Group was founded on 4 March 2009. Since "
                        "2015 it has been implementing the community-led local development "
                        "strategy for the rural areas of Alytus district and Birštonas "
                        "municipalities.",
                    ),
                    T(
                        lt="Jubiliejiniais metais VVG rengia bendruomenių sąskrydį, kuriam paramą "
                        "skyrė Alytaus rajono savivaldybė. Maždaug pusė VVG narių, per 30, yra "
                        "bendruomeninės organizacijos.",
                        en="In its anniversary year the LAG is organising a gathering of "
                        "communities, supported by Alytus District Municipality. About half of the "
                        "LAG's members, more than 30, are community organisations.",
                    ),
                ),
                b.facts_table(
                    T(lt="VVG skaičiais", en="The LAG in figures"),
                    [
                        (
                            T(lt="Įkurta", en="Founded"),
                            T(lt="2009 m. kovo 4 d.", en="4 March 2009"),
                        ),
                        (T(lt="Nariai", en="Members"), same("62")),
                        (
                            T(lt="Bendruomenės rajone", en="Communities in the district"),
                            T(lt="daugiau kaip 60", en="more than 60"),
                        ),
                    ],
                ),
            ],
        },
        {
            "project": "alytus",
            "date": D(2019, 5, 22),
            "categories": ["trainings"],
            "event": event(
                D(2019, 5, 22),
                "10:00",
                "14:00",
                venue=T(
                    lt="Alytaus rajono savivaldybė, Alytus",
                    en="Alytus District Municipality, Alytus",
                ),
            ),
            "image": (
                "News: Turn your dream into a business",
                "Alytus · 2019-05-22",
                "amber",
                "waves",
            ),
            "slug": T(lt="paverskite-savo-svajone-verslu", en="turn-your-dream-into-a-business"),
            "title": T(lt="Paverskite savo svajonę verslu!", en="Turn your dream into a business!"),
            "intro": T(
                lt="Seminaras bendruomenėms apie tai, kaip idėją paversti bendruomeniniu ar "
                "socialiniu verslu.",
                en="A seminar for communities on turning an idea into a community or social "
                "business.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Gegužės 22 d. Alytaus rajono vietos veiklos grupė pakvietė "
                        "bendruomenių atstovus į seminarą „Paverskite savo svajonę verslu!“. Jis "
                        "skirtas tiems, kurie turi idėją, bet dar nežino, nuo ko pradėti.",
                        en="On 22 May Alytus District Local Action Group invited community "
                        "representatives to the seminar “Turn your dream into a business!”. It was "
                        "meant for those who have an idea but do not yet know where to start.",
                    ),
                    T(
                        lt="Dalyviai aptarė, kuo bendruomeninis verslas skiriasi nuo įprasto, "
                        "kaip įvertinti idėjos gyvybingumą ir kur ieškoti paramos pirmiesiems "
                        "žingsniams.",
                        en="Participants discussed how a community business differs from an "
                        "ordinary one, how to test whether an idea is viable and where to find "
                        "support for the first steps.",
                    ),
                ),
                b.call_to_action(
                    T(
                        lt="Norite dalyvauti kitame seminare?",
                        en="Would you like to join the next seminar?",
                    ),
                    T(
                        lt="Užsiregistruokite, ir pranešime, kai bus paskelbta kita data.",
                        en="Register and we will let you know when the next date is announced.",
                    ),
                    T(lt="Registruotis", en="Register"),
                    "https://example.org/registracija",
                ),
                b.funding_disclaimer(disclaimer["alytus-municipality"]),
            ],
        },
        {
            "project": "alytus",
            "date": D(2019, 5, 27),
            "categories": ["trainings"],
            "event": event(
                D(2019, 5, 27),
                "10:00",
                "16:00",
                venue=T(lt="Alytaus rajonas", en="Alytus district"),
            ),
            "image": ("News: Dzūkija hillfort road", "Dzūkija · 2019-05-27", "forest", "waves"),
            "slug": T(
                lt="dzukijos-piliakalniu-kelio-produktas", en="dzukija-hillfort-road-marketing"
            ),
            "title": T(
                lt="Mokymai „Dzūkijos piliakalnių kelio produktas, jo rinkodara“",
                en="Training: “The Dzūkija Hillfort Road product and its marketing”",
            ),
            "intro": T(
                lt="Kaip bendruomenės gali parduoti kelionę piliakalnių keliu kaip bendrą turizmo "
                "produktą.",
                en="How communities can sell a journey along the hillfort road as a joint tourism "
                "product.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Gegužės 27 d. mokymuose kalbėta apie Dzūkijos piliakalnių kelią – "
                        "maršrutą, jungiantį Alytaus krašto piliakalnius, bendruomenių sodybas ir "
                        "vietos gamintojus.",
                        en="The training on 27 May was about the Dzūkija Hillfort Road, a route "
                        "linking the hillforts of the Alytus area with community homesteads and "
                        "local producers.",
                    )
                ),
                b.heading(T(lt="Ko išmokome", en="What we learned")),
                b.paragraph(
                    T(
                        lt="Bendras produktas parduodamas geriau nei pavienės paslaugos, jei turi "
                        "aiškų pavadinimą, vieną kontaktą užsakymams ir nuotraukas, kurias visi "
                        "partneriai gali laisvai naudoti.",
                        en="A joint product sells better than separate services when it has a "
                        "clear name, one contact for bookings and photographs that all partners "
                        "are free to use.",
                    )
                ),
                b.quote(
                    T(
                        lt="Piliakalniai stovi tūkstantį metų. Mums tereikia papasakoti jų "
                        "istoriją taip, kad svečias norėtų pasilikti nakčiai.",
                        en="The hillforts have stood for a thousand years. All we need to do is "
                        "tell their story so that guests want to stay the night.",
                    ),
                    T(lt="Mokymų lektorius", en="The trainer"),
                ),
            ],
        },
        {
            "project": "south-baltic",
            "date": D(2020, 1, 20),
            "categories": ["project-updates"],
            "image": (
                "News: SB Creative Clusters starts",
                "South Baltic · 2020",
                "sea",
                "diamonds",
            ),
            "slug": same("sb-creative-clusters-starts"),
            "title": T(
                lt="Startuoja projektas „Pietų Baltijos kūrybinis klasteris“",
                en="The SB Creative Clusters project gets under way",
            ),
            "intro": T(
                lt="Šeši partneriai iš Lenkijos, Vokietijos, Lietuvos ir Švedijos kuria kūrybinių "
                "industrijų tinklą.",
                en="Six partners from Poland, Germany, Lithuania and Sweden are building a network "
                "of the creative industries.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Sausio 1 d. prasidėjo Interreg V-A Pietų Baltijos programos projektas "
                        "„SB Creative Clusters“. Tarp partnerių – dvi Rietavo organizacijos: "
                        "Rietavo turizmo ir verslo informacijos centras ir Rietavo moterų "
                        "užimtumo centras.",
                        en="On 1 January the Interreg V-A South Baltic project “SB Creative "
                        "Clusters” began. Two organisations from Rietavas are among the partners: "
                        "the Rietavas Tourism and Business Information Centre and the Rietavas "
                        "Women's Employment Centre.",
                    ),
                    T(
                        lt="Per dvejus metus partneriai sukurs bendrą komunikacijos platformą ir "
                        "kasmet rengs forumus, kuriuose susitiks kūrėjai iš visų keturių vietovių.",
                        en="Over two years the partners will build a shared communication "
                        "platform and hold annual forums where creative people from all four "
                        "localities meet.",
                    ),
                ),
                b.partner_list(
                    T(lt="Projekto partneriai", en="Project partners"),
                    [refs["organisation"][key] for key in SB_PARTNERS],
                ),
                b.contact_person(
                    same("Aušra Dockevičiūtė"),
                    SB_MANAGER,
                    org_name("rietavas-women"),
                    "rietavomuc@gmail.com",
                    same("+370 67382349"),
                ),
                b.funding_disclaimer(disclaimer["south-baltic-rietavas"]),
            ],
        },
        {
            "project": "south-baltic",
            "date": D(2021, 3, 10),
            "categories": ["webinars"],
            "image": (
                "News: creative industries webinars",
                "Rietavas · 2021",
                "heather",
                "stripes",
            ),
            "slug": T(lt="kurybiniu-industriju-vebinarai", en="creative-industries-webinars"),
            "title": T(
                lt="Vebinarų ciklas kūrėjams: kaip parduoti internetu",
                en="Webinar series for creative people: selling online",
            ),
            "intro": T(
                lt="Pandemijos metu projekto partneriai mainus perkėlė į internetą.",
                en="During the pandemic the project partners moved their exchanges online.",
            ),
            "body": [
                b.paragraph(
                    T(
                        lt="Kai gyvi susitikimai tapo neįmanomi, projekto partneriai surengė "
                        "vebinarų ciklą kūrėjams iš Lietuvos, Lenkijos, Vokietijos ir Švedijos "
                        "apie elektroninę prekybą, fotografiją ir socialinius tinklus.",
                        en="When meeting in person became impossible, the project partners ran a "
                        "series of webinars for creative people from Lithuania, Poland, Germany "
                        "and Sweden on online selling, photography and social media.",
                    ),
                    T(
                        lt="Vebinarų įrašai ir pristatymai skelbiami bendroje projekto "
                        "komunikacijos platformoje.",
                        en="Recordings and slides of the webinars are published on the project's "
                        "shared communication platform.",
                    ),
                ),
                b.facts_table(
                    T(lt="Vebinarų ciklas", en="The webinar series"),
                    [
                        (
                            T(lt="Temos", en="Topics"),
                            T(
                                lt="elektroninė prekyba, fotografija, socialiniai tinklai",
                                en="online selling, photography, social media",
                            ),
                        ),
                        (
                            T(lt="Formatas", en="Format"),
                            T(
                                lt="nuotoliniai susitikimai anglų kalba",
                                en="online sessions in English",
                            ),
                        ),
                    ],
                ),
            ],
        },
    ]
