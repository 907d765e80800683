"""The twelve Lithuanian members of the crafts cluster, from Tauragė district (fictional)."""

from .member_phrases import BUSINESS, H2, H3, H4, ON_REQUEST, PERSON, UP_TO, place, price_from
from .text import T, same

# (slug, name, type, sectors, region, municipality, country, intro, description,
#  products [(name, description, price)], workshop (title, description, duration, group) or None,
#  languages spoken, open to cooperation)
MEMBERS_LITHUANIA = [
    (
        "jonas-kalvaitis",
        same("Jonas Kalvaitis"),
        PERSON,
        ["metalwork"],
        "taurage",
        place("Skaudvilė"),
        "LT",
        T(
            lt="Kalvis iš Skaudvilės: vartai, žvakidės ir židinio įrankiai.",
            lv="Kalējs no pilsētiņas Skaudvilė: vārti, svečturi un kamīna piederumi.",
            en="A blacksmith from Skaudvilė: gates, candlesticks and fireplace tools.",
        ),
        T(
            lt="Jonas kalvystės išmoko iš senelio ir jau dvidešimt metų dirba kalvėje prie namų. "
            "Kala pagal senus Žemaitijos raštus, bet mielai kuria ir šiuolaikiškus gaminius.",
            lv="Jonas kalēja amatu apguva no vectēva un jau divdesmit gadus strādā kalvē pie savas "
            "mājas. Viņš kaļ pēc senajiem Žemaitijas rakstiem, bet labprāt darina arī mūsdienīgus "
            "izstrādājumus.",
            en="Jonas learned blacksmithing from his grandfather and has worked in the forge next "
            "to his house for twenty years. He forges to old Samogitian patterns but is happy to "
            "make modern pieces too.",
        ),
        [
            (
                T(lt="Kaltinės žvakidės", lv="Kalti svečturi", en="Forged candlesticks"),
                T(
                    lt="Vienetinės žvakidės su augaliniais ornamentais.",
                    lv="Unikāli svečturi ar augu ornamentiem.",
                    en="One-off candlesticks with plant ornaments.",
                ),
                price_from(25),
            ),
            (
                T(
                    lt="Židinio įrankių rinkinys",
                    lv="Kamīna piederumu komplekts",
                    en="Fireplace tool set",
                ),
                T(
                    lt="Žarsteklis, semtuvėlis ir šepetys su stovu.",
                    lv="Kruķis, lāpstiņa un slotiņa ar statīvu.",
                    en="Poker, shovel and brush on a stand.",
                ),
                price_from(120),
            ),
        ],
        (
            T(
                lt="Kalvystės pradžiamokslis",
                lv="Kalēja amata pamati",
                en="Blacksmithing for beginners",
            ),
            T(
                lt="Išsikalkite savo pirmąją pasagą ar kabliuką.",
                lv="Izkaliet savu pirmo pakavu vai āķīti.",
                en="Forge your first horseshoe or hook.",
            ),
            H3,
            UP_TO[6],
        ),
        ["lt", "ru"],
        True,
    ),
    (
        "ruta-audejiene",
        same("Rūta Audėjienė"),
        PERSON,
        ["textiles"],
        "taurage",
        place("Tauragė", lv="Tauraģe"),
        "LT",
        T(
            lt="Audėja, audžianti tautines juostas ir lininius audinius.",
            lv="Audēja, kas auž tautiskās jostas un linu audumus.",
            en="A weaver of traditional sashes and linen.",
        ),
        T(
            lt="Rūta audžia senovinėmis staklėmis, kurias atnaujino pati. Jos juostos puošia "
            "tautinius kostiumus ir Lietuvoje, ir Punsko krašte.",
            lv="Rūta auž senās stellēs, ko pati atjaunojusi. Viņas jostas rotā tautastērpus gan "
            "Lietuvā, gan Punskas pusē.",
            en="Rūta weaves on an old loom that she restored herself. Her sashes adorn folk "
            "costumes both in Lithuania and in the Puńsk area.",
        ),
        [
            (
                T(
                    lt="Austos tautinės juostos",
                    lv="Austas tautiskās jostas",
                    en="Woven folk sashes",
                ),
                T(
                    lt="Rinktinės juostos pagal Tauragės krašto raštus.",
                    lv="Izlases tehnikā austas jostas ar Tauraģes puses rakstiem.",
                    en="Pick-up woven sashes with patterns from the Tauragė area.",
                ),
                price_from(30),
            ),
            (
                T(lt="Lininės staltiesės", lv="Linu galdauti", en="Linen tablecloths"),
                T(
                    lt="Staltiesės iš lietuviško lino, įvairių dydžių.",
                    lv="Galdauti no Lietuvas liniem, dažādos izmēros.",
                    en="Tablecloths of Lithuanian linen, in several sizes.",
                ),
                price_from(60),
            ),
        ],
        (
            T(lt="Juostų audimas", lv="Jostu aušana", en="Sash weaving"),
            T(
                lt="Išmoksite austi paprastą juostelę ant nedidelių staklelių.",
                lv="Iemācīsieties uz nelielām stellītēm noaust vienkāršu jostiņu.",
                en="Learn to weave a simple band on a small loom.",
            ),
            H3,
            UP_TO[10],
        ),
        ["lt", "pl"],
        True,
    ),
    (
        "medzio-rastai",
        T(lt="UAB „Medžio raštai“", lv="UAB „Medžio raštai”", en="Medžio raštai Ltd"),
        BUSINESS,
        ["woodwork"],
        "taurage",
        place("Pagramantis"),
        "LT",
        T(
            lt="Nedidelės dirbtuvės, gaminančios medinius indus ir virtuvės reikmenis.",
            lv="Neliela darbnīca, kas darina koka traukus un virtuves piederumus.",
            en="A small workshop making wooden tableware and kitchenware.",
        ),
        T(
            lt="Dirbtuvėse dirba trys meistrai, naudojantys vietinį ąžuolą, uosį ir beržą. "
            "Kiekvienas gaminys baigiamas rankomis ir padengiamas maistui tinkamu aliejumi.",
            lv="Darbnīcā strādā trīs meistari, kas izmanto vietējo ozolu, osi un bērzu. Katru "
            "izstrādājumu apdarina ar rokām un pārklāj ar pārtikai piemērotu eļļu.",
            en="Three craftsmen work here with local oak, ash and birch. Every piece is finished "
            "by hand and treated with food-safe oil.",
        ),
        [
            (
                T(
                    lt="Drožti mediniai šaukštai",
                    lv="Grebtas koka karotes",
                    en="Carved wooden spoons",
                ),
                T(
                    lt="Šaukštai ir mentelės iš beržo ir obels.",
                    lv="Karotes un lāpstiņas no bērza un ābeles koka.",
                    en="Spoons and spatulas of birch and apple wood.",
                ),
                price_from(8),
            ),
            (
                T(
                    lt="Ąžuoliniai pjaustymo padėklai",
                    lv="Ozolkoka griešanas dēlīši",
                    en="Oak chopping boards",
                ),
                T(
                    lt="Padėklai su išdegintu užsakovo ženklu.",
                    lv="Dēlīši ar iededzinātu pasūtītāja zīmi.",
                    en="Boards with the customer's mark burnt in.",
                ),
                price_from(35),
            ),
        ],
        (
            T(lt="Šaukšto drožimas", lv="Karotes grebšana", en="Spoon carving"),
            T(
                lt="Išsidrožkite šaukštą iš žalios medienos.",
                lv="Izgrebiet karoti no svaigas koksnes.",
                en="Carve a spoon from green wood.",
            ),
            H4,
            UP_TO[10],
        ),
        ["lt", "en", "ru"],
        True,
    ),
    (
        "aldona-puodziuniene",
        same("Aldona Puodžiūnienė"),
        PERSON,
        ["ceramics"],
        "taurage",
        place("Gaurė"),
        "LT",
        T(
            lt="Keramikė, žiedžianti juodosios keramikos indus.",
            lv="Keramiķe, kas virpo melnās keramikas traukus.",
            en="A potter making black-fired ceramics.",
        ),
        T(
            lt="Aldona žiedžia indus ant rato ir degina juos senoviniu būdu, todėl jie įgauna "
            "juodą blizgesį. Jos dirbtuvės atviros lankytojams vasaros savaitgaliais.",
            lv="Aldona virpo traukus uz podnieka ripas un apdedzina tos senā veidā, tāpēc tie "
            "iegūst melnu spīdumu. Vasarā brīvdienās viņas darbnīca ir atvērta apmeklētājiem.",
            en="Aldona throws her pots on the wheel and fires them the traditional way, which "
            "gives them a black sheen. Her workshop is open to visitors at weekends in summer.",
        ),
        [
            (
                T(
                    lt="Juodosios keramikos ąsočiai",
                    lv="Melnās keramikas krūkas",
                    en="Black-fired jugs",
                ),
                T(
                    lt="Ąsočiai pienui ir vandeniui.",
                    lv="Krūkas pienam un ūdenim.",
                    en="Jugs for milk and water.",
                ),
                price_from(40),
            ),
            (
                T(lt="Puodeliai", lv="Krūzes", en="Mugs"),
                T(
                    lt="Glazūruoti puodeliai kasdienai.",
                    lv="Glazētas krūzes ikdienai.",
                    en="Glazed mugs for everyday use.",
                ),
                price_from(12),
            ),
        ],
        (
            T(lt="Žiedimas ant rato", lv="Virpošana uz podnieka ripas", en="Throwing on the wheel"),
            T(
                lt="Pirmasis puodelis ant žiedimo rato, padedant meistrei.",
                lv="Jūsu pirmā krūze uz podnieka ripas meistares vadībā.",
                en="Your first mug on the potter's wheel, with the potter's help.",
            ),
            H2,
            UP_TO[6],
        ),
        ["lt"],
        True,
    ),
    (
        "stiklo-studija-sviesa",
        T(lt="Stiklo studija „Šviesa“", lv="Stikla studija „Šviesa”", en="Šviesa Glass Studio"),
        BUSINESS,
        ["glass"],
        "taurage",
        place("Tauragė", lv="Tauraģe"),
        "LT",
        T(
            lt="Vitražo ir lydyto stiklo studija Tauragėje.",
            lv="Vitrāžu un kausētā stikla studija Tauraģē.",
            en="A stained and fused glass studio in Tauragė.",
        ),
        T(
            lt="Studija kuria vitražus namams ir bažnyčioms, taip pat stiklo papuošalus ir "
            "dovanas. Dirba pagal užsakymus visoje Lietuvoje ir Lenkijoje.",
            lv="Studija darina vitrāžas mājām un baznīcām, kā arī stikla rotaslietas un dāvanas. "
            "Tā pilda pasūtījumus visā Lietuvā un Polijā.",
            en="The studio makes stained glass for homes and churches, as well as glass jewellery "
            "and gifts. It takes orders from all over Lithuania and Poland.",
        ),
        [
            (
                T(lt="Vitražo langai", lv="Vitrāžu logi", en="Stained-glass windows"),
                T(
                    lt="Projektuojami ir gaminami pagal užsakymą.",
                    lv="Projektē un izgatavo pēc pasūtījuma.",
                    en="Designed and made to order.",
                ),
                ON_REQUEST,
            ),
            (
                T(
                    lt="Lydyto stiklo papuošalai",
                    lv="Kausētā stikla rotaslietas",
                    en="Fused-glass jewellery",
                ),
                T(
                    lt="Auskarai ir pakabukai.",
                    lv="Auskari un kuloni.",
                    en="Earrings and pendants.",
                ),
                price_from(15),
            ),
        ],
        (
            T(lt="Tiffany vitražas", lv="Tiffany vitrāža", en="Tiffany stained glass"),
            T(
                lt="Pasigaminkite nedidelę vitražo pakabutę langui.",
                lv="Izgatavojiet nelielu vitrāžas piekariņu savam logam.",
                en="Make a small stained-glass suncatcher for your window.",
            ),
            H4,
            UP_TO[6],
        ),
        ["lt", "en"],
        True,
    ),
    (
        "ukis-bites-kelias",
        T(lt="Ūkis „Bitės kelias“", lv="Saimniecība „Bitės kelias”", en="Bitės kelias farm"),
        BUSINESS,
        ["food"],
        "taurage",
        place("Batakiai"),
        "LT",
        T(
            lt="Šeimos bitininkystės ūkis: medus, vaškas ir bičių duona.",
            lv="Ģimenes biškopības saimniecība: medus, vasks un bišu maize.",
            en="A family beekeeping farm: honey, beeswax and bee bread.",
        ),
        T(
            lt="Ūkis laiko 80 bičių šeimų prie Batakių miškų. Medų sukame patys ir parduodame tik "
            "savo ūkyje surinktą produkciją.",
            lv="Saimniecībā ir 80 bišu saimes pie mežiem netālu no miestiņa Batakiai. Medu sviežam "
            "paši un pārdodam tikai savā saimniecībā iegūto produkciju.",
            en="The farm keeps 80 bee colonies by the Batakiai forests. We extract the honey "
            "ourselves and sell only what our own farm produces.",
        ),
        [
            (
                T(lt="Liepų medus", lv="Liepziedu medus", en="Linden honey"),
                T(
                    lt="Stiklainiai po 250 g ir 500 g.",
                    lv="Burciņas pa 250 g un 500 g.",
                    en="Jars of 250 g and 500 g.",
                ),
                price_from(6),
            ),
            (
                T(lt="Bičių vaško žvakės", lv="Bišu vaska sveces", en="Beeswax candles"),
                T(
                    lt="Rankomis lietos žvakės.",
                    lv="Ar rokām lietas sveces.",
                    en="Hand-poured candles.",
                ),
                price_from(5),
            ),
        ],
        (
            T(lt="Bitininko diena", lv="Diena pie biškopja", en="A day with a beekeeper"),
            T(
                lt="Aplankysite bityną ir išsilydysite vaško žvakę.",
                lv="Apmeklēsiet dravu un izliesiet savu vaska sveci.",
                en="Visit the apiary and pour your own beeswax candle.",
            ),
            H3,
            UP_TO[15],
        ),
        ["lt", "ru"],
        True,
    ),
    (
        "vytautas-stalius",
        same("Vytautas Stalius"),
        PERSON,
        ["woodwork"],
        "taurage",
        place("Žygaičiai"),
        "LT",
        T(
            lt="Stalius, gaminantis baldus iš masyvo medienos.",
            lv="Galdnieks, kas izgatavo mēbeles no masīvkoka.",
            en="A joiner making solid wood furniture.",
        ),
        T(
            lt="Vytautas gamina stalus, suolus ir kraičio skrynias, sujungdamas detales be vinių. "
            "Restauruoja ir senus kaimo baldus.",
            lv="Vytautas izgatavo galdus, solus un pūra lādes, savienojot detaļas bez naglām. Viņš "
            "restaurē arī vecas lauku mēbeles.",
            en="Vytautas makes tables, benches and dowry chests, joining the parts without nails. "
            "He also restores old country furniture.",
        ),
        [
            (
                T(lt="Kraičio skrynios", lv="Pūra lādes", en="Dowry chests"),
                T(
                    lt="Ąžuolinės skrynios su tapytais ornamentais.",
                    lv="Ozolkoka lādes ar gleznotiem ornamentiem.",
                    en="Oak chests with painted ornaments.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Baldų restauravimas", lv="Mēbeļu restaurācija", en="Furniture restoration"),
                T(
                    lt="Senų kaimo baldų atnaujinimas.",
                    lv="Vecu lauku mēbeļu atjaunošana.",
                    en="Renovation of old country furniture.",
                ),
                ON_REQUEST,
            ),
        ],
        None,
        ["lt"],
        False,
    ),
    (
        "irena-vilkiene",
        same("Irena Vilkienė"),
        PERSON,
        ["textiles"],
        "taurage",
        place("Lauksargiai"),
        "LT",
        T(
            lt="Mezgėja, mezganti raštuotas pirštines ir kojines.",
            lv="Adītāja, kas ada rakstainus cimdus un zeķes.",
            en="A knitter of patterned mittens and socks.",
        ),
        T(
            lt="Irena mezga iš vietinių avių vilnos, kurią dažo augalais. Jos pirštinių raštai "
            "perimti iš Tauragės krašto muziejaus rinkinių.",
            lv="Irena ada no vietējo aitu vilnas, ko krāso ar augiem. Viņas cimdu raksti aizgūti "
            "no Tauraģes novada muzeja krājuma.",
            en="Irena knits with wool from local sheep, dyed with plants. The patterns of her "
            "mittens come from the collections of the Tauragė area museum.",
        ),
        [
            (
                T(lt="Raštuotos pirštinės", lv="Rakstaini cimdi", en="Patterned mittens"),
                T(
                    lt="Vilnonės pirštinės su tradiciniais raštais.",
                    lv="Vilnas cimdi ar tradicionāliem rakstiem.",
                    en="Woollen mittens with traditional patterns.",
                ),
                price_from(25),
            ),
            (
                T(lt="Vilnonės kojinės", lv="Vilnas zeķes", en="Woollen socks"),
                T(
                    lt="Šiltos kojinės žiemai.",
                    lv="Siltas zeķes ziemai.",
                    en="Warm socks for winter.",
                ),
                price_from(15),
            ),
        ],
        (
            T(
                lt="Vilnos dažymas augalais",
                lv="Vilnas krāsošana ar augiem",
                en="Dyeing wool with plants",
            ),
            T(
                lt="Išbandysite, kokias spalvas duoda svogūnų lukštai, beržo lapai ir ramunės.",
                lv="Izmēģināsiet, kādas krāsas dod sīpolu mizas, bērza lapas un kumelītes.",
                en="Find out which colours onion skins, birch leaves and chamomile give.",
            ),
            H4,
            UP_TO[10],
        ),
        ["lt", "ru"],
        True,
    ),
    (
        "kepykla-duonos-namai",
        T(lt="Kepykla „Duonos namai“", lv="Maiznīca „Duonos namai”", en="Duonos namai bakery"),
        BUSINESS,
        ["food"],
        "taurage",
        place("Tauragė", lv="Tauraģe"),
        "LT",
        T(
            lt="Kepykla, kepanti ruginę duoną ant ąžuolo lapų.",
            lv="Maiznīca, kas cep rudzu maizi uz ozola lapām.",
            en="A bakery baking rye bread on oak leaves.",
        ),
        T(
            lt="Duoną kepame su raugu, kuris gyvuoja jau daugiau nei trisdešimt metų, malkomis "
            "kūrenamoje krosnyje.",
            lv="Maizi cepam malkas krāsnī ar ieraugu, kas tiek kopts jau vairāk nekā trīsdesmit "
            "gadus.",
            en="We bake with a sourdough starter that has been kept alive for more than thirty "
            "years, in a wood-fired oven.",
        ),
        [
            (
                T(lt="Ruginė duona", lv="Rudzu maize", en="Rye bread"),
                T(lt="Kepalai po 1 kg.", lv="Klaipi pa 1 kg.", en="Loaves of 1 kg."),
                price_from(4),
            ),
            (
                T(lt="Duonos gira", lv="Maizes kvass", en="Bread kvass"),
                T(
                    lt="Natūraliai fermentuota gira vasarai.",
                    lv="Dabīgi raudzēts kvass vasarai.",
                    en="Naturally fermented kvass for summer.",
                ),
                price_from(3),
            ),
        ],
        (
            T(
                lt="Duonos kepimo edukacija",
                lv="Maizes cepšanas nodarbība",
                en="Bread-baking workshop",
            ),
            T(
                lt="Užminkysite tešlą ir išsikepsite savo kepaliuką.",
                lv="Iemīcīsiet mīklu un izcepsiet savu maizes klaipiņu.",
                en="Knead the dough and bake your own small loaf.",
            ),
            H3,
            UP_TO[20],
        ),
        ["lt", "en"],
        True,
    ),
    (
        "dalius-zukauskas",
        same("Dalius Žukauskas"),
        PERSON,
        ["metalwork"],
        "taurage",
        place("Mažonai"),
        "LT",
        T(
            lt="Sidabrakalys, kuriantis papuošalus su gintaru.",
            lv="Sudrabkalis, kas darina rotaslietas ar dzintaru.",
            en="A silversmith making jewellery with amber.",
        ),
        T(
            lt="Dalius kuria papuošalus, įkvėptus archeologinių radinių iš Tauragės apylinkių. "
            "Dirba su sidabru, žalvariu ir Baltijos gintaru.",
            lv="Dalius darina rotaslietas, iedvesmojoties no arheoloģiskajiem atradumiem Tauraģes "
            "apkaimē. Viņš strādā ar sudrabu, misiņu un Baltijas dzintaru.",
            en="Dalius makes jewellery inspired by archaeological finds from around Tauragė. He "
            "works with silver, brass and Baltic amber.",
        ),
        [
            (
                T(lt="Sidabrinės segės", lv="Sudraba saktas", en="Silver brooches"),
                T(
                    lt="Segės pagal baltų papuošalų pavyzdžius.",
                    lv="Saktas pēc senbaltu rotaslietu paraugiem.",
                    en="Brooches modelled on Baltic jewellery.",
                ),
                price_from(45),
            ),
            (
                T(lt="Žiedai su gintaru", lv="Gredzeni ar dzintaru", en="Amber rings"),
                T(
                    lt="Žiedai su nepoliruotu gintaru.",
                    lv="Gredzeni ar nepulētu dzintaru.",
                    en="Rings set with unpolished amber.",
                ),
                price_from(35),
            ),
        ],
        (
            T(
                lt="Žalvarinio žiedo kalimas",
                lv="Misiņa gredzena kalšana",
                en="Forging a brass ring",
            ),
            T(
                lt="Nusikalsite paprastą žalvarinį žiedą.",
                lv="Izkalsiet vienkāršu misiņa gredzenu.",
                en="Forge a simple brass ring.",
            ),
            H2,
            UP_TO[6],
        ),
        ["lt", "pl", "en"],
        True,
    ),
    (
        "molio-ratas",
        T(
            lt="Keramikos dirbtuvės „Molio ratas“",
            lv="Keramikas darbnīca „Molio ratas”",
            en="Molio ratas ceramics workshop",
        ),
        BUSINESS,
        ["ceramics"],
        "taurage",
        place("Skaudvilė"),
        "LT",
        T(
            lt="Keramikos dirbtuvės, kuriančios plyteles ir sodo keramiką.",
            lv="Keramikas darbnīca, kas darina krāsns podiņus un dārza keramiku.",
            en="A ceramics workshop making tiles and garden ceramics.",
        ),
        T(
            lt="Dirbtuvės gamina reljefines plyteles krosnims ir židiniams, taip pat sodo "
            "skulptūras. Dažnai bendradarbiauja su statybininkais, restauruojančiais senus namus.",
            lv="Darbnīca izgatavo reljefa podiņus krāsnīm un kamīniem, kā arī dārza skulptūras. Tā "
            "bieži sadarbojas ar celtniekiem, kas restaurē vecas mājas.",
            en="The workshop makes relief tiles for stoves and fireplaces as well as garden "
            "sculptures. It often works with builders restoring old houses.",
        ),
        [
            (
                T(lt="Krosnių plytelės", lv="Krāsns podiņi", en="Stove tiles"),
                T(
                    lt="Reljefinės plytelės pagal senus pavyzdžius.",
                    lv="Reljefa podiņi pēc seniem paraugiem.",
                    en="Relief tiles based on old designs.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Sodo skulptūros", lv="Dārza skulptūras", en="Garden sculptures"),
                T(
                    lt="Šalčiui atsparios keraminės figūros.",
                    lv="Salizturīgas keramikas figūras.",
                    en="Frost-resistant ceramic figures.",
                ),
                price_from(50),
            ),
        ],
        (
            T(lt="Plytelės lipdymas", lv="Flīzītes veidošana", en="Making a tile"),
            T(
                lt="Išsipjaustysite ir papuošite savo keraminę plytelę.",
                lv="Izgriezīsiet un izrotāsiet savu keramikas flīzīti.",
                en="Cut and decorate your own ceramic tile.",
            ),
            H2,
            UP_TO[15],
        ),
        ["lt", "ru"],
        True,
    ),
    (
        "genovaite-baltrusaitiene",
        same("Genovaitė Baltrušaitienė"),
        PERSON,
        ["food"],
        "taurage",
        place("Gaurė"),
        "LT",
        T(
            lt="Šakočių kepėja, kepanti ant atviros ugnies.",
            lv="Cepēja, kas uz atklātas uguns cep šakoti jeb zaru kūku.",
            en="A baker of šakotis, the spit cake baked over an open fire.",
        ),
        T(
            lt="Genovaitė šakočius kepa daugiau kaip trisdešimt metų pagal mamos receptą: "
            "kiaušiniai, sviestas, miltai ir daug kantrybės. Kepa šventėms ir mugėms.",
            lv="Genovaitė cep šakoti jau vairāk nekā trīsdesmit gadus pēc mātes receptes: olas, "
            "sviests, milti un daudz pacietības. Viņa cep svētkiem un gadatirgiem.",
            en="Genovaitė has baked šakotis for more than thirty years from her mother's recipe: "
            "eggs, butter, flour and a lot of patience. She bakes for celebrations and fairs.",
        ),
        [
            (
                T(lt="Šakotis", lv="Zaru kūka šakotis", en="Šakotis spit cake"),
                T(
                    lt="Šakočiai nuo 30 cm iki 1 m aukščio.",
                    lv="Kūkas no 30 cm līdz 1 m augstas.",
                    en="Cakes from 30 cm to 1 m tall.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Šakočio gabalėliai", lv="Zaru kūkas gabaliņi", en="Šakotis pieces"),
                T(
                    lt="Supakuoti po 300 g, mugėms ir dovanoms.",
                    lv="Iepakoti pa 300 g, gadatirgiem un dāvanām.",
                    en="Packed in 300 g portions, for fairs and gifts.",
                ),
                price_from(7),
            ),
        ],
        (
            T(lt="Šakočio kepimas", lv="Zaru kūkas cepšana", en="Baking šakotis"),
            T(
                lt="Pamatysite, kaip ant iešmo auga šakotis, ir paragausite jo šilto.",
                lv="Redzēsiet, kā uz iesma aug šakotis, un nogaršosiet to vēl siltu.",
                en="Watch a šakotis grow on the spit and taste it warm.",
            ),
            H2,
            UP_TO[20],
        ),
        ["lt", "pl"],
        True,
    ),
]
