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
            en="A blacksmith from Skaudvilė: gates, candlesticks and fireplace tools.",
        ),
        T(
            lt="Jonas kalvystės išmoko iš senelio ir jau dvidešimt metų dirba kalvėje prie namų. "
            "Kala pagal senus Žemaitijos raštus, bet mielai kuria ir šiuolaikiškus gaminius.",
            en="Jonas learned blacksmithing from his grandfather and has worked in the forge next "
            "to his house for twenty years. He forges to old Samogitian patterns but is happy to "
            "make modern pieces too.",
        ),
        [
            (
                T(lt="Kaltinės žvakidės", en="Forged candlesticks"),
                T(
                    lt="Vienetinės žvakidės su augaliniais ornamentais.",
                    en="One-off candlesticks with plant ornaments.",
                ),
                price_from(25),
            ),
            (
                T(lt="Židinio įrankių rinkinys", en="Fireplace tool set"),
                T(
                    lt="Žarsteklis, semtuvėlis ir šepetys su stovu.",
                    en="Poker, shovel and brush on a stand.",
                ),
                price_from(120),
            ),
        ],
        (
            T(lt="Kalvystės pradžiamokslis", en="Blacksmithing for beginners"),
            T(
                lt="Išsikalkite savo pirmąją pasagą ar kabliuką.",
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
        place("Tauragė"),
        "LT",
        T(
            lt="Audėja, audžianti tautines juostas ir lininius audinius.",
            en="A weaver of traditional sashes and linen.",
        ),
        T(
            lt="Rūta audžia senovinėmis staklėmis, kurias atnaujino pati. Jos juostos puošia "
            "tautinius kostiumus ir Lietuvoje, ir Punsko krašte.",
            en="Rūta weaves on an old loom that she restored herself. Her sashes adorn folk "
            "costumes both in Lithuania and in the Puńsk area.",
        ),
        [
            (
                T(lt="Austos tautinės juostos", en="Woven folk sashes"),
                T(
                    lt="Rinktinės juostos pagal Tauragės krašto raštus.",
                    en="Pick-up woven sashes with patterns from the Tauragė area.",
                ),
                price_from(30),
            ),
            (
                T(lt="Lininės staltiesės", en="Linen tablecloths"),
                T(
                    lt="Staltiesės iš lietuviško lino, įvairių dydžių.",
                    en="Tablecloths of Lithuanian linen, in several sizes.",
                ),
                price_from(60),
            ),
        ],
        (
            T(lt="Juostų audimas", en="Sash weaving"),
            T(
                lt="Išmoksite austi paprastą juostelę ant nedidelių staklelių.",
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
        T(lt="UAB „Medžio raštai“", en="Medžio raštai Ltd"),
        BUSINESS,
        ["woodwork"],
        "taurage",
        place("Pagramantis"),
        "LT",
        T(
            lt="Nedidelės dirbtuvės, gaminančios medinius indus ir virtuvės reikmenis.",
            en="A small workshop making wooden tableware and kitchenware.",
        ),
        T(
            lt="Dirbtuvėse dirba trys meistrai, naudojantys vietinį ąžuolą, uosį ir beržą. "
            "Kiekvienas gaminys baigiamas rankomis ir padengiamas maistui tinkamu aliejumi.",
            en="Three craftsmen work here with local oak, ash and birch. Every piece is finished "
            "by hand and treated with food-safe oil.",
        ),
        [
            (
                T(lt="Drožti mediniai šaukštai", en="Carved wooden spoons"),
                T(
                    lt="Šaukštai ir mentelės iš beržo ir obels.",
                    en="Spoons and spatulas of birch and apple wood.",
                ),
                price_from(8),
            ),
            (
                T(lt="Ąžuoliniai pjaustymo padėklai", en="Oak chopping boards"),
                T(
                    lt="Padėklai su išdegintu užsakovo ženklu.",
                    en="Boards with the customer's mark burnt in.",
                ),
                price_from(35),
            ),
        ],
        (
            T(lt="Šaukšto drožimas", en="Spoon carving"),
            T(lt="Išsidrožkite šaukštą iš žalios medienos.", en="Carve a spoon from green wood."),
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
            en="A potter making black-fired ceramics.",
        ),
        T(
            lt="Aldona žiedžia indus ant rato ir degina juos senoviniu būdu, todėl jie įgauna "
            "juodą blizgesį. Jos dirbtuvės atviros lankytojams vasaros savaitgaliais.",
            en="Aldona throws her pots on the wheel and fires them the traditional way, which "
            "gives them a black sheen. Her workshop is open to visitors at weekends in summer.",
        ),
        [
            (
                T(lt="Juodosios keramikos ąsočiai", en="Black-fired jugs"),
                T(lt="Ąsočiai pienui ir vandeniui.", en="Jugs for milk and water."),
                price_from(40),
            ),
            (
                T(lt="Puodeliai", en="Mugs"),
                T(lt="Glazūruoti puodeliai kasdienai.", en="Glazed mugs for everyday use."),
                price_from(12),
            ),
        ],
        (
            T(lt="Žiedimas ant rato", en="Throwing on the wheel"),
            T(
                lt="Pirmasis puodelis ant žiedimo rato, padedant meistrei.",
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
        T(lt="Stiklo studija „Šviesa“", en="Šviesa Glass Studio"),
        BUSINESS,
        ["glass"],
        "taurage",
        place("Tauragė"),
        "LT",
        T(
            lt="Vitražo ir lydyto stiklo studija Tauragėje.",
            en="A stained and fused glass studio in Tauragė.",
        ),
        T(
            lt="Studija kuria vitražus namams ir bažnyčioms, taip pat stiklo papuošalus ir "
            "dovanas. Dirba pagal užsakymus visoje Lietuvoje ir Lenkijoje.",
            en="The studio makes stained glass for homes and churches, as well as glass jewellery "
            "and gifts. It takes orders from all over Lithuania and Poland.",
        ),
        [
            (
                T(lt="Vitražo langai", en="Stained-glass windows"),
                T(lt="Projektuojami ir gaminami pagal užsakymą.", en="Designed and made to order."),
                ON_REQUEST,
            ),
            (
                T(lt="Lydyto stiklo papuošalai", en="Fused-glass jewellery"),
                T(lt="Auskarai ir pakabukai.", en="Earrings and pendants."),
                price_from(15),
            ),
        ],
        (
            T(lt="Tiffany vitražas", en="Tiffany stained glass"),
            T(
                lt="Pasigaminkite nedidelę vitražo pakabutę langui.",
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
        T(lt="Ūkis „Bitės kelias“", en="Bitės kelias farm"),
        BUSINESS,
        ["food"],
        "taurage",
        place("Batakiai"),
        "LT",
        T(
            lt="Šeimos bitininkystės ūkis: medus, vaškas ir bičių duona.",
            en="A family beekeeping farm: honey, beeswax and bee bread.",
        ),
        T(
            lt="Ūkis laiko 80 bičių šeimų prie Batakių miškų. Medų sukame patys ir parduodame tik "
            "savo ūkyje surinktą produkciją.",
            en="The farm keeps 80 bee colonies by the Batakiai forests. We extract the honey "
            "ourselves and sell only what our own farm produces.",
        ),
        [
            (
                T(lt="Liepų medus", en="Linden honey"),
                T(lt="Stiklainiai po 250 g ir 500 g.", en="Jars of 250 g and 500 g."),
                price_from(6),
            ),
            (
                T(lt="Bičių vaško žvakės", en="Beeswax candles"),
                T(lt="Rankomis lietos žvakės.", en="Hand-poured candles."),
                price_from(5),
            ),
        ],
        (
            T(lt="Bitininko diena", en="A day with a beekeeper"),
            T(
                lt="Aplankysite bityną ir išsilydysite vaško žvakę.",
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
            en="A joiner making solid wood furniture.",
        ),
        T(
            lt="Vytautas gamina stalus, suolus ir kraičio skrynias, sujungdamas detales be vinių. "
            "Restauruoja ir senus kaimo baldus.",
            en="Vytautas makes tables, benches and dowry chests, joining the parts without nails. "
            "He also restores old country furniture.",
        ),
        [
            (
                T(lt="Kraičio skrynios", en="Dowry chests"),
                T(
                    lt="Ąžuolinės skrynios su tapytais ornamentais.",
                    en="Oak chests with painted ornaments.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Baldų restauravimas", en="Furniture restoration"),
                T(lt="Senų kaimo baldų atnaujinimas.", en="Renovation of old country furniture."),
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
            en="A knitter of patterned mittens and socks.",
        ),
        T(
            lt="Irena mezga iš vietinių avių vilnos, kurią dažo augalais. Jos pirštinių raštai "
            "perimti iš Tauragės krašto muziejaus rinkinių.",
            en="Irena knits with wool from local sheep, dyed with plants. The patterns of her "
            "mittens come from the collections of the Tauragė area museum.",
        ),
        [
            (
                T(lt="Raštuotos pirštinės", en="Patterned mittens"),
                T(
                    lt="Vilnonės pirštinės su tradiciniais raštais.",
                    en="Woollen mittens with traditional patterns.",
                ),
                price_from(25),
            ),
            (
                T(lt="Vilnonės kojinės", en="Woollen socks"),
                T(lt="Šiltos kojinės žiemai.", en="Warm socks for winter."),
                price_from(15),
            ),
        ],
        (
            T(lt="Vilnos dažymas augalais", en="Dyeing wool with plants"),
            T(
                lt="Išbandysite, kokias spalvas duoda svogūnų lukštai, beržo lapai ir ramunės.",
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
        T(lt="Kepykla „Duonos namai“", en="Duonos namai bakery"),
        BUSINESS,
        ["food"],
        "taurage",
        place("Tauragė"),
        "LT",
        T(
            lt="Kepykla, kepanti ruginę duoną ant ąžuolo lapų.",
            en="A bakery baking rye bread on oak leaves.",
        ),
        T(
            lt="Duoną kepame su raugu, kuris gyvuoja jau daugiau nei trisdešimt metų, malkomis "
            "kūrenamoje krosnyje.",
            en="We bake with a sourdough starter that has been kept alive for more than thirty "
            "years, in a wood-fired oven.",
        ),
        [
            (
                T(lt="Ruginė duona", en="Rye bread"),
                T(lt="Kepalai po 1 kg.", en="Loaves of 1 kg."),
                price_from(4),
            ),
            (
                T(lt="Duonos gira", en="Bread kvass"),
                T(
                    lt="Natūraliai fermentuota gira vasarai.",
                    en="Naturally fermented kvass for summer.",
                ),
                price_from(3),
            ),
        ],
        (
            T(lt="Duonos kepimo edukacija", en="Bread-baking workshop"),
            T(
                lt="Užminkysite tešlą ir išsikepsite savo kepaliuką.",
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
            en="A silversmith making jewellery with amber.",
        ),
        T(
            lt="Dalius kuria papuošalus, įkvėptus archeologinių radinių iš Tauragės apylinkių. "
            "Dirba su sidabru, žalvariu ir Baltijos gintaru.",
            en="Dalius makes jewellery inspired by archaeological finds from around Tauragė. He "
            "works with silver, brass and Baltic amber.",
        ),
        [
            (
                T(lt="Sidabrinės segės", en="Silver brooches"),
                T(
                    lt="Segės pagal baltų papuošalų pavyzdžius.",
                    en="Brooches modelled on Baltic jewellery.",
                ),
                price_from(45),
            ),
            (
                T(lt="Žiedai su gintaru", en="Amber rings"),
                T(lt="Žiedai su nepoliruotu gintaru.", en="Rings set with unpolished amber."),
                price_from(35),
            ),
        ],
        (
            T(lt="Žalvarinio žiedo kalimas", en="Forging a brass ring"),
            T(lt="Nusikalsite paprastą žalvarinį žiedą.", en="Forge a simple brass ring."),
            H2,
            UP_TO[6],
        ),
        ["lt", "pl", "en"],
        True,
    ),
    (
        "molio-ratas",
        T(lt="Keramikos dirbtuvės „Molio ratas“", en="Molio ratas ceramics workshop"),
        BUSINESS,
        ["ceramics"],
        "taurage",
        place("Skaudvilė"),
        "LT",
        T(
            lt="Keramikos dirbtuvės, kuriančios plyteles ir sodo keramiką.",
            en="A ceramics workshop making tiles and garden ceramics.",
        ),
        T(
            lt="Dirbtuvės gamina reljefines plyteles krosnims ir židiniams, taip pat sodo "
            "skulptūras. Dažnai bendradarbiauja su statybininkais, restauruojančiais senus namus.",
            en="The workshop makes relief tiles for stoves and fireplaces as well as garden "
            "sculptures. It often works with builders restoring old houses.",
        ),
        [
            (
                T(lt="Krosnių plytelės", en="Stove tiles"),
                T(
                    lt="Reljefinės plytelės pagal senus pavyzdžius.",
                    en="Relief tiles based on old designs.",
                ),
                ON_REQUEST,
            ),
            (
                T(lt="Sodo skulptūros", en="Garden sculptures"),
                T(lt="Šalčiui atsparios keraminės figūros.", en="Frost-resistant ceramic figures."),
                price_from(50),
            ),
        ],
        (
            T(lt="Plytelės lipdymas", en="Making a tile"),
            T(
                lt="Išsipjaustysite ir papuošite savo keraminę plytelę.",
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
            en="A baker of šakotis, the spit cake baked over an open fire.",
        ),
        T(
            lt="Genovaitė šakočius kepa daugiau kaip trisdešimt metų pagal mamos receptą: "
            "kiaušiniai, sviestas, miltai ir daug kantrybės. Kepa šventėms ir mugėms.",
            en="Genovaitė has baked šakotis for more than thirty years from her mother's recipe: "
            "eggs, butter, flour and a lot of patience. She bakes for celebrations and fairs.",
        ),
        [
            (
                T(lt="Šakotis", en="Šakotis spit cake"),
                T(lt="Šakočiai nuo 30 cm iki 1 m aukščio.", en="Cakes from 30 cm to 1 m tall."),
                ON_REQUEST,
            ),
            (
                T(lt="Šakočio gabalėliai", en="Šakotis pieces"),
                T(
                    lt="Supakuoti po 300 g, mugėms ir dovanoms.",
                    en="Packed in 300 g portions, for fairs and gifts.",
                ),
                price_from(7),
            ),
        ],
        (
            T(lt="Šakočio kepimas", en="Baking šakotis"),
            T(
                lt="Pamatysite, kaip ant iešmo auga šakotis, ir paragausite jo šilto.",
                en="Watch a šakotis grow on the spit and taste it warm.",
            ),
            H2,
            UP_TO[20],
        ),
        ["lt", "pl"],
        True,
    ),
]
