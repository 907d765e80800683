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
            en="A blacksmith from Suwałki county: fences, gates and stair railings.",
        ),
        T(
            lt="Jano kalvė veikia jau trečią kartą šeimoje. Jis kala pagal užsakymus ir mielai "
            "dirba kartu su Lietuvos kalviais.",
            en="Jan's forge is in its third generation in the family. He works to order and is "
            "glad to cooperate with Lithuanian blacksmiths.",
        ),
        [
            (
                T(lt="Kaltiniai vartai", en="Wrought-iron gates"),
                T(
                    lt="Vartai ir tvoros pagal individualų projektą.",
                    en="Gates and fences to individual designs.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Kaltiniai kabliai", en="Forged hooks"),
                T(
                    lt="Kabliai drabužiams ir virtuvės reikmenims.",
                    en="Hooks for clothes and kitchen utensils.",
                ),
                price_from(5),
            ),
        ],
        (
            T(lt="Kalvio diena", en="A day at the forge"),
            T(
                lt="Dirbsite kartu su kalviu ir išsikalsite žvakidę.",
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
        place("Punskas", "Puńsk"),
        "PL",
        T(
            lt="Punsko audėja, puoselėjanti lietuvių audimo tradicijas Lenkijoje.",
            en="A weaver from Puńsk who keeps Lithuanian weaving traditions alive in Poland.",
        ),
        T(
            lt="Marija audžia lovatieses, rankšluosčius ir juostas, kokias audė jos močiutė. Moko "
            "audimo vaikus Punsko lietuvių mokykloje.",
            en="Marija weaves bedspreads, towels and sashes like those her grandmother wove. She "
            "teaches weaving to children at the Lithuanian school in Puńsk.",
        ),
        [
            (
                T(lt="Austos lovatiesės", en="Woven bedspreads"),
                T(
                    lt="Dvinytės lovatiesės iš vilnos ir lino.",
                    en="Double-weave bedspreads of wool and linen.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Rankšluosčiai", en="Towels"),
                T(
                    lt="Lininiai rankšluosčiai su raštuotais galais.",
                    en="Linen towels with patterned ends.",
                ),
                price_from(20),
            ),
        ],
        (
            T(lt="Audimas vaikams", en="Weaving for children"),
            T(
                lt="Vaikai išsiaudžia apyrankę kortelių audimo būdu.",
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
        T(lt="Stalių dirbtuvės „Dąb“", en="Dąb joinery"),
        BUSINESS,
        ["woodwork"],
        "suwalki",
        same("Jeleniewo"),
        "PL",
        T(
            lt="Stalių dirbtuvės, gaminančios duris, langines ir sodo baldus.",
            en="A joinery making doors, shutters and garden furniture.",
        ),
        T(
            lt="Šeimos įmonė dirba su ąžuolu ir maumedžiu iš Suvalkų apylinkių miškų. Gamina ir "
            "drožinėtas langines, būdingas šio krašto namams.",
            en="This family business works with oak and larch from the forests around Suwałki. It "
            "also makes the carved shutters typical of the area's houses.",
        ),
        [
            (
                T(lt="Drožinėtos langinės", en="Carved shutters"),
                T(
                    lt="Langinės pagal senų namų pavyzdžius.",
                    en="Shutters modelled on those of old houses.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Sodo suolai", en="Garden benches"),
                T(lt="Orams atsparūs maumedžio suolai.", en="Weatherproof larch benches."),
                price_from(180),
            ),
        ],
        None,
        ["pl"],
        True,
    ),
    (
        "pracownia-glina",
        T(lt="Keramikos studija „Glina“", en="Glina ceramics studio"),
        BUSINESS,
        ["ceramics"],
        "suwalki",
        place("Suvalkai", "Suwałki"),
        "PL",
        T(
            lt="Keramikos studija Suvalkuose: indai, plytelės ir užsiėmimai.",
            en="A ceramics studio in Suwałki: tableware, tiles and classes.",
        ),
        T(
            lt="Studijoje dirba dvi keramikės, kuriančios kasdienius indus su mėlynais ežerų "
            "motyvais. Vakarais čia vyksta užsiėmimai suaugusiesiems.",
            en="Two potters work at the studio, making everyday tableware with blue lake motifs. "
            "Evening classes for adults are held here.",
        ),
        [
            (
                T(lt="Indų rinkiniai", en="Tableware sets"),
                T(
                    lt="Lėkštės ir dubenys su ežerų motyvais.",
                    en="Plates and bowls with lake motifs.",
                ),
                price_from(30),
            ),
            (
                T(lt="Dekoratyvinės plytelės", en="Decorative tiles"),
                T(lt="Rankomis tapytos plytelės virtuvei.", en="Hand-painted kitchen tiles."),
                price_from(10),
            ),
        ],
        (
            T(lt="Vakaro keramikos užsiėmimas", en="Evening pottery class"),
            T(
                lt="Nusilipdysite dubenį, kurį vėliau išdegsime.",
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
        place("Suvalkai", "Suwałki"),
        "PL",
        T(
            lt="Stiklo menininkė, tapanti ant stiklo ir kurianti lydyto stiklo darbus.",
            en="A glass artist who paints on glass and makes fused-glass pieces.",
        ),
        T(
            lt="Anna tapo ant stiklo liaudies motyvais ir kuria lydyto stiklo lėkštes. Jos darbų "
            "galima įsigyti Suvalkų ir Tauragės mugėse.",
            en="Anna paints folk motifs on glass and makes fused-glass plates. Her work is on "
            "sale at fairs in Suwałki and Tauragė.",
        ),
        [
            (
                T(lt="Tapyba ant stiklo", en="Glass paintings"),
                T(
                    lt="Paveikslėliai su šventųjų ir gėlių motyvais.",
                    en="Pictures of saints and flowers.",
                ),
                price_from(40),
            ),
            (
                T(lt="Lydyto stiklo lėkštės", en="Fused-glass plates"),
                T(lt="Dekoratyvinės lėkštės ir padėkliukai.", en="Decorative plates and coasters."),
                price_from(18),
            ),
        ],
        (
            T(lt="Tapybos ant stiklo pamoka", en="Glass painting class"),
            T(
                lt="Nutapysite nedidelį paveikslėlį ant stiklo.",
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
        T(lt="Ūkis „Vaitkų sūris“", en="Vaitkų sūris farm"),
        BUSINESS,
        ["food"],
        "punsk",
        place("Punskas", "Puńsk"),
        "PL",
        T(
            lt="Punsko krašto ūkis, gaminantis lietuviškus sūrius.",
            en="A farm in the Puńsk area making Lithuanian-style cheese.",
        ),
        T(
            lt="Ūkis laiko karves ir pagal šeimos receptą gamina varškės sūrį su kmynais bei "
            "brandintus sūrius. Punsko sūris žinomas abipus sienos.",
            en="The farm keeps cows and makes curd cheese with caraway and matured cheeses from a "
            "family recipe. Puńsk cheese is known on both sides of the border.",
        ),
        [
            (
                T(lt="Varškės sūris su kmynais", en="Curd cheese with caraway"),
                T(lt="Slėgtas sūris, apie 1 kg.", en="Pressed cheese of about 1 kg."),
                price_from(8),
            ),
            (
                T(lt="Brandintas sūris", en="Matured cheese"),
                T(
                    lt="Brandinamas ne trumpiau kaip 3 mėnesius.",
                    en="Matured for at least 3 months.",
                ),
                price_from(12),
            ),
        ],
        (
            T(lt="Sūrio gamyba", en="Cheese making"),
            T(
                lt="Pasigaminsite varškės sūrį ir paragausite jo su medumi.",
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
            en="A wood carver making sculptures and wayside shrines.",
        ),
        T(
            lt="Piotras drožia šventųjų figūras, paukščius ir koplytstulpius. Jo darbų yra ir "
            "Lietuvos, ir Lenkijos kaimuose.",
            en="Piotr carves figures of saints, birds and wayside shrines. His work stands in "
            "villages in both Lithuania and Poland.",
        ),
        [
            (
                T(lt="Drožtos figūrėlės", en="Carved figures"),
                T(
                    lt="Šventųjų ir paukščių figūrėlės iš liepos.",
                    en="Figures of saints and birds in linden wood.",
                ),
                price_from(30),
            ),
            (
                T(lt="Koplytstulpiai", en="Wayside shrines"),
                T(lt="Gaminami pagal užsakymą.", en="Made to order."),
                ON_REQUEST,
            ),
        ],
        (
            T(lt="Drožybos pradmenys", en="Carving basics"),
            T(lt="Išsidrožsite paukštelį iš liepos.", en="Carve a small bird from linden wood."),
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
        place("Punskas", "Puńsk"),
        "PL",
        T(
            lt="Siuvinėtoja ir verbų rišėja iš Punsko krašto.",
            en="An embroiderer and Easter palm maker from the Puńsk area.",
        ),
        T(
            lt="Jadvyga siuvinėja lininius rankšluosčius ir staltieses, o prieš Velykas riša "
            "verbas iš džiovintų žolynų. Verbų rišimo tradicija Punsko krašte gyva iki šiol.",
            en="Jadvyga embroiders linen towels and tablecloths, and before Easter she binds "
            "palms from dried plants. The tradition of Easter palms is still alive in the Puńsk "
            "area.",
        ),
        [
            (
                T(lt="Verbos", en="Easter palms"),
                T(
                    lt="Verbos iš džiovintų gėlių ir žolynų.",
                    en="Palms made of dried flowers and grasses.",
                ),
                price_from(10),
            ),
            (
                T(lt="Siuvinėti rankšluosčiai", en="Embroidered towels"),
                T(
                    lt="Lininiai rankšluosčiai su baltais siuvinėjimais.",
                    en="Linen towels with white embroidery.",
                ),
                price_from(25),
            ),
        ],
        (
            T(lt="Verbų rišimas", en="Making Easter palms"),
            T(
                lt="Prieš Velykas kviečiame išsirišti savo verbą.",
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
        T(lt="Meninės kalvystės dirbtuvės „Iskra“", en="Iskra art forge"),
        BUSINESS,
        ["metalwork", "glass"],
        "suwalki",
        place("Suvalkai", "Suwałki"),
        "PL",
        T(lt="Meninės kalvystės dirbtuvės Suvalkuose.", en="An art forge in Suwałki."),
        T(
            lt="Dirbtuvės gamina šviestuvus, turėklus ir iškabas, derindamos kalvystę su stiklu. "
            "Bendradarbiauja su stiklo menininkais iš Lietuvos.",
            en="The forge makes lamps, railings and signs, combining ironwork with glass. It "
            "works with glass artists from Lithuania.",
        ),
        [
            (
                T(lt="Kaltiniai šviestuvai", en="Wrought-iron lamps"),
                T(
                    lt="Šviestuvai su spalvoto stiklo gaubtais.",
                    en="Lamps with coloured glass shades.",
                ),
                price_from(90),
            ),
            (
                T(lt="Iškabos", en="Shop signs"),
                T(
                    lt="Kaltinės iškabos parduotuvėms ir sodyboms.",
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
        T(lt="Kepykla „Sękacz Suwalski“", en="Sękacz Suwalski bakery"),
        BUSINESS,
        ["food"],
        "suwalki",
        place("Suvalkai", "Suwałki"),
        "PL",
        T(
            lt="Kepykla, kepanti sękaczą – lenkišką šakočio giminaitį.",
            en="A bakery making sękacz, the Polish cousin of šakotis.",
        ),
        T(
            lt="Sękaczas kepamas ant iešmo prie atviros ugnies, kaip ir lietuviškas šakotis. "
            "Kepykla dalyvauja klasterio projektuose, lygindama abiejų šalių receptus.",
            en="Sękacz is baked on a spit over an open fire, just like the Lithuanian šakotis. "
            "The bakery takes part in cluster projects comparing the recipes of both countries.",
        ),
        [
            (
                T(lt="Sękaczas", en="Sękacz spit cake"),
                T(
                    lt="Įvairių dydžių, su šokoladu arba be jo.",
                    en="In several sizes, with or without chocolate.",
                ),
                price_from(15),
            ),
            (
                T(lt="Mielinės bandelės", en="Yeast buns"),
                T(lt="Bandelės su aguonomis ir obuoliais.", en="Buns with poppy seeds and apple."),
                price_from(1),
            ),
        ],
        (
            T(lt="Du pyragai, viena tradicija", en="Two cakes, one tradition"),
            T(
                lt="Kartu su lietuvių kepėjais palyginsime šakotį ir sękaczą.",
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
            en="A potter making clay whistles and toys for children.",
        ),
        T(
            lt="Katarzyna lipdo molines švilpynes paukščių ir gyvūnų pavidalu, tokias, kokios buvo "
            "parduodamos senuosiuose turguose. Dažnai veda užsiėmimus mokykloms.",
            en="Katarzyna makes clay whistles shaped like birds and animals, like those once sold "
            "at old markets. She often runs classes for schools.",
        ),
        [
            (
                T(lt="Molinės švilpynės", en="Clay whistles"),
                T(
                    lt="Paukščių ir gyvūnų formos švilpynės.",
                    en="Whistles shaped like birds and animals.",
                ),
                price_from(6),
            ),
            (
                T(lt="Moliniai žaislai", en="Clay toys"),
                T(lt="Nedideli žaislai, tinkami dovanoms.", en="Small toys that make good gifts."),
                price_from(5),
            ),
        ],
        (
            T(lt="Švilpynės lipdymas", en="Making a clay whistle"),
            T(
                lt="Nusilipdysite švilpynę, kuri tikrai švilpia.",
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
        place("Punskas", "Puńsk"),
        "PL",
        T(lt="Kanklių meistras iš Punsko.", en="A kanklės maker from Puńsk."),
        T(
            lt="Algirdas gamina kankles – tradicinį lietuvių styginį instrumentą – ir moko jomis "
            "groti. Jo kanklėmis groja ansambliai Lenkijoje ir Lietuvoje.",
            en="Algirdas makes kanklės, the traditional Lithuanian zither, and teaches people to "
            "play them. Folk ensembles in Poland and Lithuania play his instruments.",
        ),
        [
            (
                T(lt="Kanklės", en="Kanklės zithers"),
                T(lt="Penkių ir devynių stygų kanklės.", en="Kanklės with five or nine strings."),
                ON_REQUEST,
            ),
            (
                T(lt="Instrumentų taisymas", en="Instrument repairs"),
                T(
                    lt="Liaudies instrumentų remontas ir derinimas.",
                    en="Repair and tuning of folk instruments.",
                ),
                ON_REQUEST,
            ),
        ],
        (
            T(lt="Kanklių pamoka", en="Kanklės lesson"),
            T(
                lt="Išmoksite pagroti paprastą liaudies melodiją.",
                en="Learn to play a simple folk tune.",
            ),
            H2,
            UP_TO[10],
        ),
        ["lt", "pl"],
        True,
    ),
]
