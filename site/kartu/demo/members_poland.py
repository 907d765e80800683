"""The twelve Polish members of the crafts cluster, from Puńsk commune (where many Lithuanians
live) and Suwałki county (fictional)."""

from .member_phrases import BUSINESS, DAY, H2, H3, H4, ON_REQUEST, PERSON, UP_TO, place, price_from
from .text import T, same

# (slug, name, type, sectors, region, municipality, country, intro, description,
#  products [(name, description, price)], workshop (title, description, duration, group) or None,
#  languages spoken, open to cooperation)
MEMBERS_POLAND = [
    (
        "jan-kowalczyk",
        same("Jan Kowalczyk"),
        PERSON,
        ["metalwork"],
        "suwalki",
        same("Szypliszki"),
        "PL",
        T(
            lt="Kalvis iš Suvalkų apskrities: tvoros, vartai ir laiptų turėklai.",
            lv="Kalējs no Suvalku apriņķa: žogi, vārti un kāpņu margas.",
            en="A blacksmith from Suwałki county: fences, gates and stair railings.",
        ),
        T(
            lt="Jano kalvė veikia jau trečią kartą šeimoje. Jis kala pagal užsakymus ir mielai "
            "dirba kartu su Lietuvos kalviais.",
            lv="Šī kalve ģimenē pieder jau trešajai paaudzei. Jan strādā pēc pasūtījumiem un "
            "labprāt sadarbojas ar Lietuvas kalējiem.",
            en="Jan's forge is in its third generation in the family. He works to order and is "
            "glad to cooperate with Lithuanian blacksmiths.",
        ),
        [
            (
                T(lt="Kaltiniai vartai", lv="Kalti vārti", en="Wrought-iron gates"),
                T(
                    lt="Vartai ir tvoros pagal individualų projektą.",
                    lv="Vārti un žogi pēc individuāla projekta.",
                    en="Gates and fences to individual designs.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Kaltiniai kabliai", lv="Kalti āķi", en="Forged hooks"),
                T(
                    lt="Kabliai drabužiams ir virtuvės reikmenims.",
                    lv="Āķi drēbēm un virtuves piederumiem.",
                    en="Hooks for clothes and kitchen utensils.",
                ),
                price_from(5),
            ),
        ],
        (
            T(lt="Kalvio diena", lv="Diena kalvē", en="A day at the forge"),
            T(
                lt="Dirbsite kartu su kalviu ir išsikalsite žvakidę.",
                lv="Strādāsiet kopā ar kalēju un izkalsiet svečturi.",
                en="Work alongside the blacksmith and forge a candlestick.",
            ),
            DAY,
            UP_TO[6],
        ),
        ["pl", "en"],
        True,
    ),
    (
        "marija-peciuliene",
        same("Marija Pečiulienė"),
        PERSON,
        ["textiles"],
        "punsk",
        place("Punskas", "Puńsk", lv="Punska"),
        "PL",
        T(
            lt="Punsko audėja, puoselėjanti lietuvių audimo tradicijas Lenkijoje.",
            lv="Audēja no Punskas, kas Polijā kopj lietuviešu aušanas tradīcijas.",
            en="A weaver from Puńsk who keeps Lithuanian weaving traditions alive in Poland.",
        ),
        T(
            lt="Marija audžia lovatieses, rankšluosčius ir juostas, kokias audė jos močiutė. Moko "
            "audimo vaikus Punsko lietuvių mokykloje.",
            lv="Marija auž gultas pārklājus, dvieļus un jostas, kādas auda viņas vecmāmiņa. Viņa "
            "māca bērniem aušanu Punskas lietuviešu skolā.",
            en="Marija weaves bedspreads, towels and sashes like those her grandmother wove. She "
            "teaches weaving to children at the Lithuanian school in Puńsk.",
        ),
        [
            (
                T(lt="Austos lovatiesės", lv="Austi gultas pārklāji", en="Woven bedspreads"),
                T(
                    lt="Dvinytės lovatiesės iš vilnos ir lino.",
                    lv="Divkārtu auduma pārklāji no vilnas un liniem.",
                    en="Double-weave bedspreads of wool and linen.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Rankšluosčiai", lv="Dvieļi", en="Towels"),
                T(
                    lt="Lininiai rankšluosčiai su raštuotais galais.",
                    lv="Linu dvieļi ar rakstainiem galiem.",
                    en="Linen towels with patterned ends.",
                ),
                price_from(20),
            ),
        ],
        (
            T(lt="Audimas vaikams", lv="Aušana bērniem", en="Weaving for children"),
            T(
                lt="Vaikai išsiaudžia apyrankę kortelių audimo būdu.",
                lv="Bērni kartiņu aušanas tehnikā noauž sev aproci.",
                en="Children weave a bracelet on cards.",
            ),
            H2,
            UP_TO[15],
        ),
        ["lt", "pl"],
        True,
    ),
    (
        "stolarnia-dab",
        T(lt="Stalių dirbtuvės „Dąb“", lv="Galdniecība „Dąb”", en="Dąb joinery"),
        BUSINESS,
        ["woodwork"],
        "suwalki",
        same("Jeleniewo"),
        "PL",
        T(
            lt="Stalių dirbtuvės, gaminančios duris, langines ir sodo baldus.",
            lv="Galdniecība, kas izgatavo durvis, logu slēģus un dārza mēbeles.",
            en="A joinery making doors, shutters and garden furniture.",
        ),
        T(
            lt="Šeimos įmonė dirba su ąžuolu ir maumedžiu iš Suvalkų apylinkių miškų. Gamina ir "
            "drožinėtas langines, būdingas šio krašto namams.",
            lv="Ģimenes uzņēmums strādā ar ozolu un lapegli no Suvalku apkaimes mežiem. Tas darina "
            "arī grebtus slēģus, kas raksturīgi šīs puses mājām.",
            en="This family business works with oak and larch from the forests around Suwałki. It "
            "also makes the carved shutters typical of the area's houses.",
        ),
        [
            (
                T(lt="Drožinėtos langinės", lv="Grebti slēģi", en="Carved shutters"),
                T(
                    lt="Langinės pagal senų namų pavyzdžius.",
                    lv="Slēģi pēc veco māju paraugiem.",
                    en="Shutters modelled on those of old houses.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Sodo suolai", lv="Dārza soli", en="Garden benches"),
                T(
                    lt="Orams atsparūs maumedžio suolai.",
                    lv="Laikapstākļiem izturīgi lapegles soli.",
                    en="Weatherproof larch benches.",
                ),
                price_from(180),
            ),
        ],
        None,
        ["pl"],
        True,
    ),
    (
        "pracownia-glina",
        T(
            lt="Keramikos studija „Glina“",
            lv="Keramikas studija „Glina”",
            en="Glina ceramics studio",
        ),
        BUSINESS,
        ["ceramics"],
        "suwalki",
        place("Suvalkai", "Suwałki", lv="Suvalki"),
        "PL",
        T(
            lt="Keramikos studija Suvalkuose: indai, plytelės ir užsiėmimai.",
            lv="Keramikas studija Suvalkos: trauki, flīzes un nodarbības.",
            en="A ceramics studio in Suwałki: tableware, tiles and classes.",
        ),
        T(
            lt="Studijoje dirba dvi keramikės, kuriančios kasdienius indus su mėlynais ežerų "
            "motyvais. Vakarais čia vyksta užsiėmimai suaugusiesiems.",
            lv="Studijā strādā divas keramiķes, kas darina ikdienas traukus ar ziliem ezeru "
            "motīviem. Vakaros šeit notiek nodarbības pieaugušajiem.",
            en="Two potters work at the studio, making everyday tableware with blue lake motifs. "
            "Evening classes for adults are held here.",
        ),
        [
            (
                T(lt="Indų rinkiniai", lv="Trauku komplekti", en="Tableware sets"),
                T(
                    lt="Lėkštės ir dubenys su ežerų motyvais.",
                    lv="Šķīvji un bļodas ar ezeru motīviem.",
                    en="Plates and bowls with lake motifs.",
                ),
                price_from(30),
            ),
            (
                T(lt="Dekoratyvinės plytelės", lv="Dekoratīvas flīzes", en="Decorative tiles"),
                T(
                    lt="Rankomis tapytos plytelės virtuvei.",
                    lv="Ar roku apgleznotas flīzes virtuvei.",
                    en="Hand-painted kitchen tiles.",
                ),
                price_from(10),
            ),
        ],
        (
            T(
                lt="Vakaro keramikos užsiėmimas",
                lv="Vakara keramikas nodarbība",
                en="Evening pottery class",
            ),
            T(
                lt="Nusilipdysite dubenį, kurį vėliau išdegsime.",
                lv="Izveidosiet bļodu, ko mēs pēc tam apdedzināsim.",
                en="Shape a bowl that we will fire for you afterwards.",
            ),
            H3,
            UP_TO[10],
        ),
        ["pl", "en"],
        True,
    ),
    (
        "anna-wisniewska",
        same("Anna Wiśniewska"),
        PERSON,
        ["glass"],
        "suwalki",
        place("Suvalkai", "Suwałki", lv="Suvalki"),
        "PL",
        T(
            lt="Stiklo menininkė, tapanti ant stiklo ir kurianti lydyto stiklo darbus.",
            lv="Stikla māksliniece, kas glezno uz stikla un darina kausētā stikla darbus.",
            en="A glass artist who paints on glass and makes fused-glass pieces.",
        ),
        T(
            lt="Anna tapo ant stiklo liaudies motyvais ir kuria lydyto stiklo lėkštes. Jos darbų "
            "galima įsigyti Suvalkų ir Tauragės mugėse.",
            lv="Anna glezno uz stikla tautas motīvus un darina kausētā stikla šķīvjus. Viņas "
            "darbus var iegādāties gadatirgos Suvalkos un Tauraģē.",
            en="Anna paints folk motifs on glass and makes fused-glass plates. Her work is on "
            "sale at fairs in Suwałki and Tauragė.",
        ),
        [
            (
                T(lt="Tapyba ant stiklo", lv="Gleznas uz stikla", en="Glass paintings"),
                T(
                    lt="Paveikslėliai su šventųjų ir gėlių motyvais.",
                    lv="Glezniņas ar svēto un ziedu motīviem.",
                    en="Pictures of saints and flowers.",
                ),
                price_from(40),
            ),
            (
                T(lt="Lydyto stiklo lėkštės", lv="Kausētā stikla šķīvji", en="Fused-glass plates"),
                T(
                    lt="Dekoratyvinės lėkštės ir padėkliukai.",
                    lv="Dekoratīvi šķīvji un paliktnīši.",
                    en="Decorative plates and coasters.",
                ),
                price_from(18),
            ),
        ],
        (
            T(
                lt="Tapybos ant stiklo pamoka",
                lv="Gleznošanas uz stikla nodarbība",
                en="Glass painting class",
            ),
            T(
                lt="Nutapysite nedidelį paveikslėlį ant stiklo.",
                lv="Uzgleznosiet nelielu glezniņu uz stikla.",
                en="Paint a small picture on glass.",
            ),
            H3,
            UP_TO[10],
        ),
        ["pl", "lt", "en"],
        True,
    ),
    (
        "ukis-vaitku-suris",
        T(lt="Ūkis „Vaitkų sūris“", lv="Saimniecība „Vaitkų sūris”", en="Vaitkų sūris farm"),
        BUSINESS,
        ["food"],
        "punsk",
        place("Punskas", "Puńsk", lv="Punska"),
        "PL",
        T(
            lt="Punsko krašto ūkis, gaminantis lietuviškus sūrius.",
            lv="Saimniecība Punskas pusē, kas gatavo lietuviešu sierus.",
            en="A farm in the Puńsk area making Lithuanian-style cheese.",
        ),
        T(
            lt="Ūkis laiko karves ir pagal šeimos receptą gamina varškės sūrį su kmynais bei "
            "brandintus sūrius. Punsko sūris žinomas abipus sienos.",
            lv="Saimniecībā tur govis un pēc ģimenes receptes gatavo biezpiena sieru ar ķimenēm un "
            "nogatavinātus sierus. Punskas siers ir pazīstams abpus robežas.",
            en="The farm keeps cows and makes curd cheese with caraway and matured cheeses from a "
            "family recipe. Puńsk cheese is known on both sides of the border.",
        ),
        [
            (
                T(
                    lt="Varškės sūris su kmynais",
                    lv="Biezpiena siers ar ķimenēm",
                    en="Curd cheese with caraway",
                ),
                T(
                    lt="Slėgtas sūris, apie 1 kg.",
                    lv="Presēts siers, apmēram 1 kg.",
                    en="Pressed cheese of about 1 kg.",
                ),
                price_from(8),
            ),
            (
                T(lt="Brandintas sūris", lv="Nogatavināts siers", en="Matured cheese"),
                T(
                    lt="Brandinamas ne trumpiau kaip 3 mėnesius.",
                    lv="Nogatavināts vismaz 3 mēnešus.",
                    en="Matured for at least 3 months.",
                ),
                price_from(12),
            ),
        ],
        (
            T(lt="Sūrio gamyba", lv="Siera gatavošana", en="Cheese making"),
            T(
                lt="Pasigaminsite varškės sūrį ir paragausite jo su medumi.",
                lv="Pagatavosiet biezpiena sieru un nogaršosiet to ar medu.",
                en="Make a curd cheese and taste it with honey.",
            ),
            H3,
            UP_TO[15],
        ),
        ["lt", "pl"],
        True,
    ),
    (
        "piotr-nowak",
        same("Piotr Nowak"),
        PERSON,
        ["woodwork"],
        "suwalki",
        same("Raczki"),
        "PL",
        T(
            lt="Drožėjas, kuriantis medines skulptūras ir koplytstulpius.",
            lv="Kokgriezējs, kas darina koka skulptūras un ceļmalas svētnīcas.",
            en="A wood carver making sculptures and wayside shrines.",
        ),
        T(
            lt="Piotras drožia šventųjų figūras, paukščius ir koplytstulpius. Jo darbų yra ir "
            "Lietuvos, ir Lenkijos kaimuose.",
            lv="Piotr grebj svēto figūras, putnus un ceļmalas svētnīcas. Viņa darbi atrodami gan "
            "Lietuvas, gan Polijas ciemos.",
            en="Piotr carves figures of saints, birds and wayside shrines. His work stands in "
            "villages in both Lithuania and Poland.",
        ),
        [
            (
                T(lt="Drožtos figūrėlės", lv="Grebtas figūriņas", en="Carved figures"),
                T(
                    lt="Šventųjų ir paukščių figūrėlės iš liepos.",
                    lv="Svēto un putnu figūriņas no liepas koka.",
                    en="Figures of saints and birds in linden wood.",
                ),
                price_from(30),
            ),
            (
                T(lt="Koplytstulpiai", lv="Ceļmalas svētnīcas", en="Wayside shrines"),
                T(
                    lt="Gaminami pagal užsakymą.",
                    lv="Izgatavo pēc pasūtījuma.",
                    en="Made to order.",
                ),
                ON_REQUEST,
            ),
        ],
        (
            T(lt="Drožybos pradmenys", lv="Kokgriešanas pamati", en="Carving basics"),
            T(
                lt="Išsidrožsite paukštelį iš liepos.",
                lv="Izgrebsiet putniņu no liepas koka.",
                en="Carve a small bird from linden wood.",
            ),
            H4,
            UP_TO[6],
        ),
        ["pl"],
        True,
    ),
    (
        "jadvyga-stankeviciene",
        same("Jadvyga Stankevičienė"),
        PERSON,
        ["textiles"],
        "punsk",
        place("Punskas", "Puńsk", lv="Punska"),
        "PL",
        T(
            lt="Siuvinėtoja ir verbų rišėja iš Punsko krašto.",
            lv="Izšuvēja un Lieldienu verbu sējēja no Punskas puses.",
            en="An embroiderer and Easter palm maker from the Puńsk area.",
        ),
        T(
            lt="Jadvyga siuvinėja lininius rankšluosčius ir staltieses, o prieš Velykas riša "
            "verbas iš džiovintų žolynų. Verbų rišimo tradicija Punsko krašte gyva iki šiol.",
            lv="Jadvyga izšuj linu dvieļus un galdautus, bet pirms Lieldienām sien verbas no "
            "kaltētiem augiem. Verbu siešanas tradīcija Punskas pusē ir dzīva joprojām.",
            en="Jadvyga embroiders linen towels and tablecloths, and before Easter she binds "
            "palms from dried plants. The tradition of Easter palms is still alive in the Puńsk "
            "area.",
        ),
        [
            (
                T(lt="Verbos", lv="Lieldienu verbas", en="Easter palms"),
                T(
                    lt="Verbos iš džiovintų gėlių ir žolynų.",
                    lv="Verbas no kaltētiem ziediem un zālēm.",
                    en="Palms made of dried flowers and grasses.",
                ),
                price_from(10),
            ),
            (
                T(lt="Siuvinėti rankšluosčiai", lv="Izšūti dvieļi", en="Embroidered towels"),
                T(
                    lt="Lininiai rankšluosčiai su baltais siuvinėjimais.",
                    lv="Linu dvieļi ar baltiem izšuvumiem.",
                    en="Linen towels with white embroidery.",
                ),
                price_from(25),
            ),
        ],
        (
            T(lt="Verbų rišimas", lv="Verbu siešana", en="Making Easter palms"),
            T(
                lt="Prieš Velykas kviečiame išsirišti savo verbą.",
                lv="Pirms Lieldienām aicinām sasiet savu verbu.",
                en="Before Easter, come and bind your own palm.",
            ),
            H3,
            UP_TO[15],
        ),
        ["lt", "pl"],
        True,
    ),
    (
        "kowalstwo-iskra",
        T(
            lt="Meninės kalvystės dirbtuvės „Iskra“",
            lv="Mākslinieciskās kalšanas darbnīca „Iskra”",
            en="Iskra art forge",
        ),
        BUSINESS,
        ["metalwork", "glass"],
        "suwalki",
        place("Suvalkai", "Suwałki", lv="Suvalki"),
        "PL",
        T(
            lt="Meninės kalvystės dirbtuvės Suvalkuose.",
            lv="Mākslinieciskās kalšanas darbnīca Suvalkos.",
            en="An art forge in Suwałki.",
        ),
        T(
            lt="Dirbtuvės gamina šviestuvus, turėklus ir iškabas, derindamos kalvystę su stiklu. "
            "Bendradarbiauja su stiklo menininkais iš Lietuvos.",
            lv="Darbnīca izgatavo gaismekļus, margas un izkārtnes, apvienojot kalumus ar stiklu. "
            "Tā sadarbojas ar stikla māksliniekiem no Lietuvas.",
            en="The forge makes lamps, railings and signs, combining ironwork with glass. It "
            "works with glass artists from Lithuania.",
        ),
        [
            (
                T(lt="Kaltiniai šviestuvai", lv="Kalti gaismekļi", en="Wrought-iron lamps"),
                T(
                    lt="Šviestuvai su spalvoto stiklo gaubtais.",
                    lv="Gaismekļi ar krāsaina stikla kupoliem.",
                    en="Lamps with coloured glass shades.",
                ),
                price_from(90),
            ),
            (
                T(lt="Iškabos", lv="Izkārtnes", en="Shop signs"),
                T(
                    lt="Kaltinės iškabos parduotuvėms ir sodyboms.",
                    lv="Kaltas izkārtnes veikaliem un lauku sētām.",
                    en="Forged signs for shops and farmsteads.",
                ),
                ON_REQUEST,
            ),
        ],
        None,
        ["pl", "en"],
        True,
    ),
    (
        "piekarnia-sekacz",
        T(
            lt="Kepykla „Sękacz Suwalski“",
            lv="Maiznīca „Sękacz Suwalski”",
            en="Sękacz Suwalski bakery",
        ),
        BUSINESS,
        ["food"],
        "suwalki",
        place("Suvalkai", "Suwałki", lv="Suvalki"),
        "PL",
        T(
            lt="Kepykla, kepanti sękaczą – lenkišką šakočio giminaitį.",
            lv="Maiznīca, kas cep sękacz – poļu zaru kūku, radniecīgu lietuviešu šakotim.",
            en="A bakery making sękacz, the Polish cousin of šakotis.",
        ),
        T(
            lt="Sękaczas kepamas ant iešmo prie atviros ugnies, kaip ir lietuviškas šakotis. "
            "Kepykla dalyvauja klasterio projektuose, lygindama abiejų šalių receptus.",
            lv="Sękacz tiek cepts uz iesma virs atklātas uguns, tāpat kā lietuviešu šakotis. "
            "Maiznīca piedalās klastera projektos, salīdzinot abu valstu receptes.",
            en="Sękacz is baked on a spit over an open fire, just like the Lithuanian šakotis. "
            "The bakery takes part in cluster projects comparing the recipes of both countries.",
        ),
        [
            (
                T(lt="Sękaczas", lv="Zaru kūka sękacz", en="Sękacz spit cake"),
                T(
                    lt="Įvairių dydžių, su šokoladu arba be jo.",
                    lv="Dažādos izmēros, ar šokolādi vai bez tās.",
                    en="In several sizes, with or without chocolate.",
                ),
                price_from(15),
            ),
            (
                T(lt="Mielinės bandelės", lv="Rauga bulciņas", en="Yeast buns"),
                T(
                    lt="Bandelės su aguonomis ir obuoliais.",
                    lv="Bulciņas ar magonēm un āboliem.",
                    en="Buns with poppy seeds and apple.",
                ),
                price_from(1),
            ),
        ],
        (
            T(
                lt="Du pyragai, viena tradicija",
                lv="Divas kūkas, viena tradīcija",
                en="Two cakes, one tradition",
            ),
            T(
                lt="Kartu su lietuvių kepėjais palyginsime šakotį ir sękaczą.",
                lv="Kopā ar lietuviešu cepējiem salīdzināsim šakoti un sękacz.",
                en="Together with Lithuanian bakers, compare šakotis and sękacz.",
            ),
            H2,
            UP_TO[20],
        ),
        ["pl", "lt"],
        True,
    ),
    (
        "katarzyna-zielinska",
        same("Katarzyna Zielińska"),
        PERSON,
        ["ceramics"],
        "suwalki",
        same("Filipów"),
        "PL",
        T(
            lt="Keramikė, lipdanti švilpynes ir žaislus vaikams.",
            lv="Keramiķe, kas veido māla svilpauniekus un rotaļlietas bērniem.",
            en="A potter making clay whistles and toys for children.",
        ),
        T(
            lt="Katarzyna lipdo molines švilpynes paukščių ir gyvūnų pavidalu, tokias, kokios buvo "
            "parduodamos senuosiuose turguose. Dažnai veda užsiėmimus mokykloms.",
            lv="Katarzyna veido māla svilpauniekus putnu un dzīvnieku veidolā – tādus, kādus "
            "kādreiz pārdeva senajos tirgos. Viņa bieži vada nodarbības skolām.",
            en="Katarzyna makes clay whistles shaped like birds and animals, like those once sold "
            "at old markets. She often runs classes for schools.",
        ),
        [
            (
                T(lt="Molinės švilpynės", lv="Māla svilpaunieki", en="Clay whistles"),
                T(
                    lt="Paukščių ir gyvūnų formos švilpynės.",
                    lv="Svilpaunieki putnu un dzīvnieku formā.",
                    en="Whistles shaped like birds and animals.",
                ),
                price_from(6),
            ),
            (
                T(lt="Moliniai žaislai", lv="Māla rotaļlietas", en="Clay toys"),
                T(
                    lt="Nedideli žaislai, tinkami dovanoms.",
                    lv="Nelielas rotaļlietas, kas labi der dāvanām.",
                    en="Small toys that make good gifts.",
                ),
                price_from(5),
            ),
        ],
        (
            T(lt="Švilpynės lipdymas", lv="Svilpaunieka veidošana", en="Making a clay whistle"),
            T(
                lt="Nusilipdysite švilpynę, kuri tikrai švilpia.",
                lv="Izveidosiet svilpaunieku, kas patiešām svilpj.",
                en="Make a whistle that really whistles.",
            ),
            H2,
            UP_TO[20],
        ),
        ["pl"],
        True,
    ),
    (
        "algirdas-jakubauskas",
        same("Algirdas Jakubauskas"),
        PERSON,
        ["woodwork"],
        "punsk",
        place("Punskas", "Puńsk", lv="Punska"),
        "PL",
        T(
            lt="Kanklių meistras iš Punsko.",
            lv="Kankļu meistars no Punskas.",
            en="A kanklės maker from Puńsk.",
        ),
        T(
            lt="Algirdas gamina kankles – tradicinį lietuvių styginį instrumentą – ir moko jomis "
            "groti. Jo kanklėmis groja ansambliai Lenkijoje ir Lietuvoje.",
            lv="Algirdas izgatavo kankles – tradicionālu lietuviešu stīgu instrumentu, kas "
            "radniecīgs latviešu koklei, – un māca tās spēlēt. Uz viņa kanklēm spēlē ansambļi "
            "Polijā un Lietuvā.",
            en="Algirdas makes kanklės, the traditional Lithuanian zither, and teaches people to "
            "play them. Folk ensembles in Poland and Lithuania play his instruments.",
        ),
        [
            (
                T(lt="Kanklės", lv="Kankles", en="Kanklės zithers"),
                T(
                    lt="Penkių ir devynių stygų kanklės.",
                    lv="Piecu un deviņu stīgu kankles.",
                    en="Kanklės with five or nine strings.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Instrumentų taisymas", lv="Instrumentu labošana", en="Instrument repairs"),
                T(
                    lt="Liaudies instrumentų remontas ir derinimas.",
                    lv="Tautas mūzikas instrumentu remonts un skaņošana.",
                    en="Repair and tuning of folk instruments.",
                ),
                ON_REQUEST,
            ),
        ],
        (
            T(lt="Kanklių pamoka", lv="Kankļu spēles nodarbība", en="Kanklės lesson"),
            T(
                lt="Išmoksite pagroti paprastą liaudies melodiją.",
                lv="Iemācīsieties nospēlēt vienkāršu tautas melodiju.",
                en="Learn to play a simple folk tune.",
            ),
            H2,
            UP_TO[10],
        ),
        ["lt", "pl"],
        True,
    ),
]
