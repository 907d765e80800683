"""The site frame: the Lithuanian home page, the three indexes and the standard pages, all
translated into Latvian and English; and the default Site pointing at the home page."""

from wagtail.models import Page, Site

from clusters.models import ClusterIndexPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage

from . import blocks as b
from .pagetools import get_or_create_page, root_page
from .text import T, same

HOME = {
    "slug": T(lt="pradzia", lv="sakums", en="home"),
    "title": T(
        lt="Kartu: bendradarbiavimo projektai",
        lv="Kartu: sadarbības projekti",
        en="Kartu: cooperation projects",
    ),
    "intro": T(
        lt="Vietos veiklos grupių ir jų partnerių bendradarbiavimo projektai Lietuvoje, Latvijoje "
        "ir kaimyninėse šalyse: naujienos, projektų faktai ir amatininkų katalogas.",
        lv="Vietējo rīcības grupu un to partneru sadarbības projekti Lietuvā, Latvijā un "
        "kaimiņvalstīs: jaunumi, projektu fakti un amatnieku katalogs.",
        en="Cooperation projects of local action groups and their partners in Lithuania, Latvia "
        "and neighbouring countries: news, project facts and a directory of craftspeople.",
    ),
}

INDEXES = [
    (
        NewsIndexPage,
        T(lt="naujienos", lv="jaunumi", en="news"),
        T(lt="Naujienos", lv="Jaunumi", en="News"),
        T(
            lt="Projektų naujienos, mokymai, mugės ir vebinarai.",
            lv="Projektu jaunumi, apmācības, gadatirgi un vebināri.",
            en="Project news, trainings, fairs and webinars.",
        ),
    ),
    (
        ProjectIndexPage,
        T(lt="projektai", lv="projekti", en="projects"),
        T(lt="Projektai", lv="Projekti", en="Projects"),
        T(
            lt="Bendradarbiavimo projektai: jų tikslai, rezultatai ir finansavimas.",
            lv="Sadarbības projekti: to mērķi, rezultāti un finansējums.",
            en="Cooperation projects: their aims, results and funding.",
        ),
    ),
    (
        ClusterIndexPage,
        T(lt="klasteriai", lv="klasteri", en="clusters"),
        T(lt="Klasteriai", lv="Klasteri", en="Clusters"),
        T(
            lt="Amatininkų ir smulkiųjų gamintojų klasteriai bei jų narių katalogas.",
            lv="Amatnieku un mazo ražotāju klasteri un to dalībnieku katalogs.",
            en="Clusters of craftspeople and small producers, and the directory of their members.",
        ),
    ),
]


def home_body(images):
    return [
        b.heading(
            T(lt="Kartu reiškia „kartu“", lv="Kartu nozīmē “kopā”", en="Kartu means “together”")
        ),
        b.paragraph(
            T(
                lt="Vietos veiklos grupės kaimo vietovėse telkia bendruomenes, savivaldybes ir "
                "verslą. Daug ką jos nuveikia kartu su kaimynais už sienos: kuria amatininkų "
                "klasterius, rengia mokymus, muges ir patirties mainus.",
                lv="Vietējās rīcības grupas lauku apvidos apvieno kopienas, pašvaldības un "
                "uzņēmējus. Daudz ko tās paveic kopā ar kaimiņiem aiz robežas: veido amatnieku "
                "klasterus, rīko apmācības, gadatirgus un pieredzes apmaiņu.",
                en="Local action groups bring together communities, municipalities and businesses "
                "in rural areas. Much of their work is done with neighbours across the border: "
                "they build craft clusters and organise trainings, fairs and exchanges of "
                "experience.",
            ),
            T(
                lt="Šioje svetainėje rasite projektų tikslus ir rezultatus, finansavimo faktus, "
                "naujienas iš renginių ir Tauragės bei Suvalkų krašto amatininkų katalogą.",
                lv="Šajā vietnē atradīsiet projektu mērķus un rezultātus, finansējuma faktus, "
                "jaunumus no pasākumiem un Tauraģes un Suvalku reģiona amatnieku katalogu.",
                en="On this site you will find the aims and results of the projects, their "
                "funding facts, news from events and a directory of craftspeople from the "
                "Tauragė and Suwałki region.",
            ),
        ),
        b.image(
            images.get("Kartu: together across borders", "Kartu", "sea", "waves"),
            T(
                lt="Bendradarbiavimas per sieną: Lietuva, Latvija, Lenkija",
                lv="Pārrobežu sadarbība: Lietuva, Latvija, Polija",
                en="Cooperation across borders: Lithuania, Latvia, Poland",
            ),
        ),
    ]


ABOUT = {
    "slug": T(lt="apie", lv="par-mums", en="about"),
    "title": T(lt="Apie mus", lv="Par mums", en="About us"),
    "intro": T(
        lt="Kas kuria šią svetainę ir kam ji skirta.",
        lv="Kas veido šo vietni un kam tā paredzēta.",
        en="Who makes this site and whom it is for.",
    ),
    "body": [
        b.paragraph(
            T(
                lt="„Kartu“ – tai svetainė organizacijoms, kurios įgyvendina Europos Sąjungos ir "
                "nacionalinių fondų remiamus bendradarbiavimo projektus. Pavadinimas pasako, kaip "
                "dirba vietos veiklos grupės, savivaldybės, amatininkai ir jų partneriai abipus "
                "sienos: kartu.",
                lv="“Kartu” ir vietne organizācijām, kas īsteno Eiropas Savienības un valsts "
                "fondu atbalstītus sadarbības projektus. Lietuviešu vārds “kartu” nozīmē “kopā” – "
                "tieši tā strādā vietējās rīcības grupas, pašvaldības, amatnieki un viņu partneri "
                "abpus robežas.",
                en="“Kartu” is a website for organisations that run cooperation projects supported "
                "by European Union and national funds. The Lithuanian word “kartu” means "
                "“together”, which is how local action groups, municipalities, craftspeople and "
                "their partners work on both sides of the border.",
            ),
            T(
                lt="Šios demonstracinės svetainės turinys paremtas tikrų projektų aprašymais: "
                "Tauragės, Alytaus ir Rietavo organizacijų Lietuvoje, Latgalos planavimo regiono "
                "ir kaimo partnerystės „Lielupė“ Latvijoje. Amatininkų profiliai ir kai kurie "
                "skaičiai yra išgalvoti; tai pažymėta ten, kur taikoma.",
                lv="Šīs demonstrācijas vietnes saturs balstās uz reālu projektu aprakstiem: "
                "Tauraģes, Alītas un Rietavas organizāciju Lietuvā, Latgales plānošanas reģiona "
                "un lauku partnerības “Lielupe” Latvijā. Amatnieku profili un daži skaitļi ir "
                "izdomāti; tas ir norādīts, kur attiecas.",
                en="The content of this demo site is based on descriptions of real projects by "
                "organisations from Tauragė, Alytus and Rietavas in Lithuania and by Latgale "
                "Planning Region and the Lielupe rural partnership in Latvia. The craftspeople's "
                "profiles and some figures are invented; this is noted where it applies.",
            ),
            T(
                lt="Svetainė veikia lietuvių, latvių ir anglų kalbomis. Kiekvieną puslapį verčiame "
                "atskirai, todėl kai kurie puslapiai yra tik viena ar dviem kalbomis.",
                lv="Vietne darbojas lietuviešu, latviešu un angļu valodā. Katru lapu tulkojam "
                "atsevišķi, tāpēc dažas lapas ir pieejamas tikai vienā vai divās valodās.",
                en="The site is available in Lithuanian, Latvian and English. Each page is "
                "translated separately, so some pages exist in only one or two of these languages.",
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "slug": T(lt="prieinamumas", lv="piekluustamiba", en="accessibility"),
    "title": T(
        lt="Pareiškimas dėl prieinamumo",
        lv="Paziņojums par piekļūstamību",
        en="Accessibility statement",
    ),
    "intro": T(
        lt="Kaip ši svetainė atitinka prieinamumo reikalavimus ir kaip pranešti apie kliūtis.",
        lv="Kā šī vietne atbilst piekļūstamības prasībām un kā ziņot par šķēršļiem.",
        en="How this website meets accessibility requirements and how to report barriers.",
    ),
    "body": [
        b.paragraph(
            T(
                lt="Tauragės rajono vietos veiklos grupė siekia, kad ši svetainė būtų prieinama "
                "pagal Direktyvą (ES) 2016/2102. Šis pareiškimas taikomas svetainei „Kartu“.",
                lv="Tauraģes rajona vietējā rīcības grupa apņemas nodrošināt šīs vietnes "
                "piekļūstamību saskaņā ar Direktīvu (ES) 2016/2102. Šis paziņojums attiecas uz "
                "vietni “Kartu”.",
                en="Tauragė District Local Action Group is committed to making this website "
                "accessible in accordance with Directive (EU) 2016/2102. This accessibility "
                "statement applies to the “Kartu” website.",
            )
        ),
        b.heading(T(lt="Atitikties būklė", lv="Atbilstības statuss", en="Compliance status")),
        b.paragraph(
            T(
                lt="Ši svetainė iš dalies atitinka standarto EN 301 549 ir WCAG 2.1 AA lygio "
                "reikalavimus dėl toliau nurodytų neatitikčių.",
                lv="Šī vietne daļēji atbilst standarta EN 301 549 un WCAG 2.1 AA līmeņa prasībām "
                "turpmāk minēto neatbilstību dēļ.",
                en="This website is partially compliant with EN 301 549 and WCAG 2.1 level AA, "
                "due to the non-compliances listed below.",
            )
        ),
        b.heading(
            T(lt="Neprieinamas turinys", lv="Nepiekļūstams saturs", en="Non-accessible content")
        ),
        b.paragraph(
            T(
                lt="Kai kurie seni projektų dokumentai PDF formatu nepritaikyti ekrano "
                "skaitytuvams. Juos pakeisime prieinamomis versijomis, kai tik juos atnaujinsime; "
                "iki tol, paprašius, atsiųsime tekstą kitu formatu.",
                lv="Daži veci projektu dokumenti PDF formātā nav pielāgoti ekrāna lasītājiem. Tos "
                "aizstāsim ar piekļūstamām versijām, tiklīdz tos atjaunināsim; līdz tam pēc "
                "pieprasījuma nosūtīsim tekstu citā formātā.",
                en="Some older project documents in PDF format are not adapted to screen readers. "
                "We will replace them with accessible versions when we update them; until then we "
                "will send their text in another format on request.",
            ),
            T(
                lt="Kai kurie partnerių paskelbti vaizdo įrašai neturi subtitrų; prie kiekvieno "
                "pateikiame santrauką tekstu.",
                lv="Dažiem partneru publicētiem video nav subtitru; pie katra sniedzam teksta "
                "kopsavilkumu.",
                en="Some videos published by partners have no captions; each one comes with a "
                "text summary.",
            ),
        ),
        b.heading(
            T(
                lt="Pareiškimo parengimas",
                lv="Paziņojuma sagatavošana",
                en="Preparation of this statement",
            )
        ),
        b.paragraph(
            T(
                lt="Pareiškimas parengtas 2025 m. sausio 15 d., įvertinus svetainę savarankiškai. "
                "Paskutinį kartą peržiūrėtas 2025 m. sausio 15 d.",
                lv="Paziņojums sagatavots 2025. gada 15. janvārī, pamatojoties uz pašnovērtējumu. "
                "Pēdējo reizi pārskatīts 2025. gada 15. janvārī.",
                en="This statement was prepared on 15 January 2025 on the basis of a "
                "self-assessment. It was last reviewed on 15 January 2025.",
            )
        ),
        b.heading(
            T(
                lt="Atsiliepimai ir kontaktai",
                lv="Atsauksmes un kontaktinformācija",
                en="Feedback and contact information",
            )
        ),
        b.paragraph(
            T(
                lt="Pastebėjote prieinamumo kliūtį arba jums reikia turinio kitu formatu? Rašykite "
                "adresu accessibility@kartu.example. Atsakysime per 10 darbo dienų.",
                lv="Pamanījāt piekļūstamības šķērsli vai jums vajadzīgs saturs citā formātā? "
                "Rakstiet uz accessibility@kartu.example. Atbildēsim 10 darba dienu laikā.",
                en="Have you found an accessibility barrier, or do you need content in another "
                "format? Write to accessibility@kartu.example. We will reply within 10 working "
                "days.",
            )
        ),
        b.heading(
            T(
                lt="Vykdymo užtikrinimo procedūra",
                lv="Izpildes nodrošināšanas procedūra",
                en="Enforcement procedure",
            )
        ),
        b.paragraph(
            T(
                lt="Jei mūsų atsakymas jūsų netenkina, galite kreiptis į savo šalies instituciją, "
                "prižiūrinčią viešojo sektoriaus interneto svetainių prieinamumą. Šių institucijų "
                "sąrašą skelbia Europos Komisija.",
                lv="Ja mūsu atbilde jūs neapmierina, varat vērsties savas valsts iestādē, kas "
                "uzrauga publiskā sektora tīmekļvietņu piekļūstamību. Šo iestāžu sarakstu "
                "publicē Eiropas Komisija.",
                en="If you are not satisfied with our reply, you can contact the body in your "
                "country that monitors the accessibility of public sector websites. The European "
                "Commission publishes the list of these bodies.",
            )
        ),
        b.links(
            T(lt="Nuorodos", lv="Saites", en="Links"),
            [
                (
                    T(
                        lt="Europos Komisija: interneto svetainių prieinamumas",
                        lv="Eiropas Komisija: tīmekļvietņu piekļūstamība",
                        en="European Commission: web accessibility",
                    ),
                    "https://digital-strategy.ec.europa.eu/en/policies/web-accessibility",
                )
            ],
        ),
    ],
}

PRIVACY = {
    "slug": T(lt="privatumas", lv="privatums", en="privacy"),
    "title": T(lt="Privatumo pranešimas", lv="Paziņojums par privātumu", en="Privacy notice"),
    "intro": T(
        lt="Kokius asmens duomenis ir slapukus naudoja ši svetainė ir kodėl.",
        lv="Kādus personas datus un sīkdatnes izmanto šī vietne un kāpēc.",
        en="Which personal data and cookies this website uses, and why.",
    ),
    "body": [
        b.heading(T(lt="Duomenų valdytojas", lv="Pārzinis", en="Controller")),
        b.paragraph(
            T(
                lt="Šios svetainės duomenų valdytojas yra Tauragės rajono vietos veiklos grupė "
                "(demonstracinis adresas: Demonstracinė g. 1, LT-72001 Tauragė). Klausimus apie "
                "asmens duomenis siųskite adresu privacy@kartu.example.",
                lv="Šīs vietnes pārzinis ir Tauraģes rajona vietējā rīcības grupa (demonstrācijas "
                "adrese: Demonstracinė g. 1, LT-72001 Tauragė). Jautājumus par personas datiem "
                "sūtiet uz privacy@kartu.example.",
                en="The controller of this website is Tauragė District Local Action Group (demo "
                "address: Demonstracinė g. 1, LT-72001 Tauragė). Send questions about personal "
                "data to privacy@kartu.example.",
            )
        ),
        b.heading(T(lt="Slapukai", lv="Sīkdatnes", en="Cookies")),
        b.paragraph(
            T(
                lt="Svetainė nenaudoja analitikos, reklamos ar socialinių tinklų slapukų, todėl "
                "sutikimo lango nerodome. Naudojame tik du būtinuosius slapukus.",
                lv="Vietne neizmanto analītikas, reklāmas vai sociālo tīklu sīkdatnes, tāpēc "
                "piekrišanas logu nerādām. Izmantojam tikai divas nepieciešamās sīkdatnes.",
                en="This website uses no analytics, advertising or social media cookies, so we "
                "show no consent banner. We use only two strictly necessary cookies.",
            )
        ),
        b.facts_table(
            T(
                lt="Būtinieji slapukai",
                lv="Nepieciešamās sīkdatnes",
                en="Strictly necessary cookies",
            ),
            [
                (
                    same("sessionid"),
                    T(
                        lt="Prisijungimo sesija, tik svetainės administravimo sąsajoje; ištrinamas "
                        "baigus sesiją arba po 2 savaičių.",
                        lv="Pieteikšanās sesija, tikai vietnes administrēšanas saskarnē; tiek "
                        "dzēsta, beidzot sesiju, vai pēc 2 nedēļām.",
                        en="Keeps editors signed in to the administration interface only; deleted "
                        "when the session ends or after 2 weeks.",
                    ),
                ),
                (
                    same("csrftoken"),
                    T(
                        lt="Apsaugo formas nuo suklastotų užklausų (CSRF); galioja 1 metus.",
                        lv="Aizsargā veidlapas pret viltotiem pieprasījumiem (CSRF); derīga 1 "
                        "gadu.",
                        en="Protects forms against cross-site request forgery (CSRF); kept for "
                        "1 year.",
                    ),
                ),
            ],
        ),
        b.paragraph(
            T(
                lt="Kalba nustatoma pagal adresą (/lt/, /lv/, /en/), o ne slapuku. Vaizdo įrašai "
                "ir žemėlapiai įkeliami tik jums paspaudus.",
                lv="Valoda tiek noteikta pēc adreses (/lt/, /lv/, /en/), nevis ar sīkdatni. Video "
                "un kartes tiek ielādētas tikai pēc jūsu klikšķa.",
                en="The language is set by the address (/lt/, /lv/, /en/), not by a cookie. Videos "
                "and maps load only when you click them.",
            )
        ),
        b.heading(
            T(
                lt="Tikslai ir teisinis pagrindas",
                lv="Nolūki un tiesiskais pamats",
                en="Purposes and legal basis",
            )
        ),
        b.paragraph(
            T(
                lt="Asmens duomenis, kuriuos atsiunčiate el. paštu ar užklausos forma, tvarkome "
                "tik tam, kad atsakytume į jūsų klausimą (BDAR 6 straipsnio 1 dalies f punktas, "
                "teisėtas interesas). Amatininkų profilius skelbiame tik gavę jų sutikimą (BDAR 6 "
                "straipsnio 1 dalies a punktas).",
                lv="Personas datus, ko nosūtāt pa e-pastu vai ar pieprasījuma veidlapu, "
                "apstrādājam tikai, lai atbildētu uz jūsu jautājumu (VDAR 6. panta 1. punkta f) "
                "apakšpunkts, leģitīmās intereses). Amatnieku profilus publicējam tikai ar viņu "
                "piekrišanu (VDAR 6. panta 1. punkta a) apakšpunkts).",
                en="We process the personal data you send us by email or through the enquiry form "
                "only to answer your question (Article 6(1)(f) GDPR, legitimate interests). We "
                "publish craftspeople's profiles only with their consent (Article 6(1)(a) GDPR).",
            )
        ),
        b.heading(T(lt="Saugojimo terminas", lv="Glabāšanas termiņš", en="Retention")),
        b.paragraph(
            T(
                lt="Užklausas saugome 12 mėnesių nuo atsakymo. Amatininko profilį pašaliname, kai "
                "tik jis atšaukia sutikimą.",
                lv="Pieprasījumus glabājam 12 mēnešus pēc atbildes. Amatnieka profilu noņemam, "
                "tiklīdz viņš atsauc piekrišanu.",
                en="We keep enquiries for 12 months after answering them. We remove a "
                "craftsperson's profile as soon as they withdraw their consent.",
            )
        ),
        b.heading(T(lt="Jūsų teisės", lv="Jūsu tiesības", en="Your rights")),
        b.paragraph(
            T(
                lt="Turite teisę susipažinti su savo duomenimis, juos ištaisyti ar ištrinti, "
                "apriboti jų tvarkymą ir nesutikti su tvarkymu. Skundą galite pateikti Valstybinei "
                "duomenų apsaugos inspekcijai (vdai.lrv.lt).",
                lv="Jums ir tiesības piekļūt saviem datiem, tos labot vai dzēst, ierobežot to "
                "apstrādi un iebilst pret apstrādi. Sūdzību varat iesniegt Lietuvas Valsts datu "
                "aizsardzības inspekcijai (vdai.lrv.lt).",
                en="You have the right to access, correct or erase your data, to restrict its "
                "processing and to object to it. You can lodge a complaint with the State Data "
                "Protection Inspectorate of Lithuania (vdai.lrv.lt).",
            )
        ),
    ],
}

STANDARD_PAGES = [(ABOUT, True), (ACCESSIBILITY, False), (PRIVACY, False)]


def build_frame(locales, images, tally):
    """The Lithuanian home page, indexes and standard pages; the Site pointing at them."""
    home = get_or_create_page(
        root_page(),
        HomePage,
        HOME["slug"],
        "lt",
        tally,
        find_by={"locale": locales["lt"]},  # one home page per language
        title=HOME["title"],
        intro=HOME["intro"],
        body=home_body(images),
    )
    set_up_site(home, tally)
    frame = {"home": home}
    for model, slug, title, intro in INDEXES:
        frame[model] = get_or_create_page(
            home, model, slug, "lt", tally, find_by={}, title=title, intro=intro, show_in_menus=True
        )
    frame["standard"] = [
        get_or_create_page(
            home,
            StandardPage,
            spec["slug"],
            "lt",
            tally,
            title=spec["title"],
            intro=spec["intro"],
            body=spec["body"],
            show_in_menus=in_menu,
        )
        for spec, in_menu in STANDARD_PAGES
    ]
    return frame


def set_up_site(home, tally):
    """Point the default Site at the Lithuanian home page; remove Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # Where `make run` serves the demo, so canonical and sitemap addresses work as links.
    wanted = {"hostname": "127.0.0.1", "port": 8000, "site_name": "Kartu", "root_page_id": home.pk}
    if site.pk and all(getattr(site, name) == value for name, value in wanted.items()):
        tally.present("site settings: default site")
    else:
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
        tally.created("site settings: default site")
    welcome = Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page", slug="home"
    ).first()
    if (
        welcome is not None
        and not welcome.get_children().exists()
        and not welcome.sites_rooted_here.exists()
    ):
        welcome.delete()
