"""Non-space texts give no space names and no events.

- Names borrowed by non-space things ("le restaurant Soyouz", "le bateau Soyouz, un voilier") are no
  SPACECRAFT/MISSION, while the real space uses of the same names stay.
- Texts where "décoller", "lancer", "s'envoler", "fusée" or "capsule" tell no space flight
  (theme-park rides and simulators, games, water rockets and models, flares and fireworks, sports
  metaphors, share prices) give no events; true space sentences, some with the same cue words, keep
  theirs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from orbitext import make_doc

SPACE = ("SPACECRAFT", "MISSION")

# -- names borrowed by non-space things ------------------------------------------------------------
# (sentence, borrowed name, label it must get: ORG for businesses, venues and bands, PER for
# performers, LOC for streets, MISC or nothing for products, boats, animals and artworks; never
# SPACECRAFT/MISSION)
BORROWED = [
    ("La start-up lyonnaise Spoutnik a levé deux millions d'euros mardi.", "Spoutnik", "ORG"),
    ("Le restaurant Soyouz a ouvert ses portes rue Oberkampf.", "Soyouz", "ORG"),
    ("Le groupe de rock Apollo 11 a rempli l'Olympia samedi soir.", "Apollo 11", "ORG"),
    ("Le bateau Soyouz, un voilier de 12 mètres, a rejoint le port de Sète.", "Soyouz", "MISC"),
    ("Soyouz, un voilier de 12 mètres, a rejoint le port de Sète jeudi.", "Soyouz", "MISC"),
    ("La société Spoutnik, une start-up bordelaise, recrute vingt ingénieurs.", "Spoutnik", "ORG"),
    ("Son application de covoiturage, baptisée Apollo, compte déjà 10 000 inscrits.", "Apollo", "MISC"),
    ("Le bar Vostok propose des cocktails à la vodka depuis 2019.", "Vostok", "ORG"),
    ("L'hôtel Gemini 4 a été racheté par un fonds belge.", "Gemini 4", "ORG"),
    ("Le voilier Atlantis a franchi la ligne en tête à La Trinité-sur-Mer.", "Atlantis", "MISC"),
    ("Le trimaran Discovery a chaviré au large de Belle-Île.", "Discovery", "MISC"),
    ("La jument Soyouz a remporté le Prix de Cornulier dimanche.", "Soyouz", "MISC"),
    ("Le chien Spoutnik a été retrouvé par les pompiers du Var.", "Spoutnik", "MISC"),
    ("Le film « Apollo 13 » repasse ce soir sur France 2.", "Apollo 13", "MISC"),
    ("L'entreprise nantaise Ariane 5 vend des fenêtres en aluminium.", "Ariane 5", "ORG"),
    ("La boulangerie Mir a fermé après trente ans d'activité.", "Mir", "ORG"),
    ("Le cinéma Apollo 11 projette des films d'art et d'essai.", "Apollo 11", "ORG"),
    ("La brasserie artisanale Vostok brasse une bière ambrée.", "Vostok", "ORG"),
    ("Le logiciel libre Soyouz gère la paie des petites communes.", "Soyouz", "MISC"),
    ("Le ferry Spoutnik relie Marseille à Ajaccio chaque nuit.", "Spoutnik", "MISC"),
    ("Le spectacle « Vostok 1 » se joue au théâtre du Rond-Point.", "Vostok 1", "MISC"),
    ("Le nouveau scooter électrique Soyouz est vendu 3 000 euros.", "Soyouz", "MISC"),
    ("Le groupe Vostok a sorti son troisième album en mars.", "Vostok", "ORG"),
    ("Le rappeur Apollo 11 sera en concert à Lille samedi.", "Apollo 11", "PER"),
    ("Les riverains de la rue Soyouz se plaignent du bruit.", "Soyouz", "LOC"),
    ("Spoutnik, notre nouvelle boutique de vélos, ouvre lundi à Nantes.", "Spoutnik", "ORG"),
    ("Un voilier baptisé Soyouz a été retrouvé à la dérive au large de Brest.", "Soyouz", "MISC"),
]

# a business that keeps its sense over the whole document
SPREAD = [
    "Le restaurant Soyouz a ouvert lundi. Soyouz sert une cuisine russe revisitée.",
    "Le voilier Spoutnik a quitté Lorient. Spoutnik devrait arriver aux Açores dimanche.",
    "La start-up rennaise Apollo 11 recrute. Apollo 11 compte déjà trente salariés.",
]

# (sentence, space name, label it must keep)
NAME_CONTROLS = [
    ("La fusée Soyouz a décollé de Baïkonour jeudi.", "Soyouz", "SPACECRAFT"),
    (
        "Le vaisseau Soyouz MS-25 s'est amarré à la Station spatiale internationale.",
        "Soyouz MS-25",
        "SPACECRAFT",
    ),
    ("La mission Apollo 11 s'est posée sur la Lune en juillet 1969.", "Apollo 11", "MISSION"),
    ("La navette Atlantis a quitté le pas de tir 39A.", "Atlantis", "SPACECRAFT"),
    ("Le module Columbus a été arrimé à la station en 2008.", "Columbus", "SPACECRAFT"),
    ("Le lanceur Ariane 6 a effectué son premier vol depuis Kourou.", "Ariane 6", "SPACECRAFT"),
    ("La capsule Crew Dragon s'est amarrée à l'ISS dimanche.", "Crew Dragon", "SPACECRAFT"),
    ("Spoutnik 1 a été lancé le 4 octobre 1957 par l'Union soviétique.", "Spoutnik 1", "SPACECRAFT"),
    ("La station Mir a été désorbitée en 2001.", "Mir", "SPACECRAFT"),
    ("Le télescope Hubble a été déployé par la navette Discovery.", "Discovery", "SPACECRAFT"),
    ("Le programme Apollo a coûté plus de 25 milliards de dollars.", "Apollo", "MISSION"),
    ("Youri Gagarine a volé à bord de Vostok 1 le 12 avril 1961.", "Vostok 1", "SPACECRAFT"),
    ("La start-up spatiale a choisi la fusée Ariane 6 pour lancer son satellite.", "Ariane 6", "SPACECRAFT"),
    ("Le film retrace la mission Apollo 13, lancée le 11 avril 1970.", "Apollo 13", "MISSION"),
    ("Le groupe européen a confirmé que le lanceur Vega C volerait en décembre.", "Vega C", "SPACECRAFT"),
    ("Le voilier a croisé la route du cargo Cygnus lors de sa rentrée.", "Cygnus", "SPACECRAFT"),
    (
        "L'astronaute a rejoint l'ISS à bord du vaisseau Soyouz, un appareil russe éprouvé.",
        "Soyouz",
        "SPACECRAFT",
    ),
    ("Le vaisseau Crew Dragon de la société, baptisé Endurance, a décollé.", "Endurance", "SPACECRAFT"),
    ("L'entreprise a construit la capsule Orion, lancée vers la Lune en 2022.", "Orion", "SPACECRAFT"),
    ("Le film raconte l'histoire de la navette Challenger, détruite en 1986.", "Challenger", "SPACECRAFT"),
]


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in nlp(text).ents}


@pytest.mark.parametrize(("text", "name", "label"), BORROWED)
def test_borrowed_name_is_not_space(nlp: Language, text: str, name: str, label: str) -> None:
    got = _labels(nlp, text).get(name)
    assert got not in SPACE
    if label in ("ORG", "PER", "LOC"):
        assert got == label


@pytest.mark.parametrize("text", SPREAD)
def test_borrowed_name_keeps_its_sense(nlp: Language, text: str) -> None:
    assert not [ent.text for ent in nlp(text).ents if ent.label_ in SPACE]


@pytest.mark.parametrize("text", [t for t, _, _ in BORROWED] + SPREAD)
def test_borrowed_name_gives_no_space_participant(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [name for event in doc._.events for name in event["spacecraft"]]


@pytest.mark.parametrize(("text", "name", "label"), NAME_CONTROLS)
def test_space_name_stays(nlp: Language, text: str, name: str, label: str) -> None:
    assert _labels(nlp, text).get(name) == label


# -- no events in non-space settings ---------------------------------------------------------------
# rides, simulators, shows and museums
RIDES = [
    "Au parc Astérix, la nouvelle attraction fait décoller les visiteurs à bord d'une fusée vers la Lune.",
    "Dans ce manège, les enfants s'envolent à bord d'une navette spatiale avant d'atterrir sur une planète.",
    "Au Puy du Fou, le simulateur fait vivre aux spectateurs le décollage d'une fusée depuis Kourou.",
    "Dans la montagne russe du parc, les wagons décollent comme une capsule vers l'ISS.",
    "À la fête foraine, la nacelle en forme de fusée s'envole à vingt mètres avant de redescendre.",
    "Au musée, le simulateur fait monter les visiteurs dans une capsule qui atterrit sur la Lune.",
    "Grâce à la réalité virtuelle, le public décolle en navette et s'amarre à une station orbitale.",
    "Le planétarium de Rennes présente un spectacle où une fusée décolle vers Saturne.",
]

# games, cartoons, toys, school and hobby rockets
GAMES = [
    "Dans le jeu vidéo, le joueur doit faire décoller sa fusée et l'amarrer à une station orbitale.",
    "Ce jeu de société propose aux joueurs de lancer des fusées vers Jupiter.",
    "Dans la série animée, la fusée du héros décolle vers la Lune et se pose dans un cratère.",
    "Dans « Interstellar », la fusée décolle d'une Terre à l'agonie vers un trou noir.",
    "Les élèves du collège ont lancé mercredi des fusées à eau sur le terrain de sport.",
    "Le club de modélisme a fait décoller une fusée qui est montée à 300 mètres.",
    "Les enfants ont construit une fusée en Lego qui a décollé du salon.",
    "Pour la kermesse, les enfants ont fait décoller des fusées en carton.",
    "Le youtubeur a lancé sa fusée artisanale depuis un champ de Beauce, avant qu'elle ne retombe.",
    "Dans la cour de récréation, les élèves ont lancé une fusée à poudre fabriquée en classe.",
]

# flares and fireworks
PYRO = [
    "Le chalutier en perdition a lancé une fusée de détresse avant que l'hélicoptère ne le repère.",
    "Les fusées du feu d'artifice du 14 Juillet ont été lancées depuis le pont.",
    "Les secours ont tiré une fusée éclairante qui s'est envolée au-dessus de la vallée.",
]

# sports metaphors and share prices
FIGURATIVE = [
    "Mbappé, la fusée du PSG, a décollé sur son côté droit avant de tromper le gardien.",
    "L'ailier, véritable fusée, s'est envolé vers le but adverse à la 80e minute du match.",
    "La fusée des Bleus, Antoine Dupont, a décollé sur l'aile gauche pour marquer.",
    "L'action Virgin Galactic s'est envolée de 20 % à la Bourse de New York mardi.",
    "Le cours de SpaceX a décollé sur le marché secondaire après la levée de fonds.",
    "Le titre Rocket Lab s'est envolé de 12 % jeudi à Wall Street.",
    "Après trois minutes de manège, les passagers reviennent sur la terre ferme, un peu étourdis.",
    # a wish, and a figure that takes off or lands, beside a space word
    "« Nous voulions un nom de satellite qui donne envie de décoller », sourit la fondatrice d'Orbitale.",
    "Le décollage des ventes de maquettes de la fusée Ariane 6 a surpris le fabricant.",
    "La banque centrale prépare l'atterrissage en douceur de l'économie après le lancement du satellite.",
]

# no vehicle, no known space traveller, no space place or destination in any event of the text
UNANCHORED = [
    "La course de parapente a été lancée samedi à Saint-Hilaire. Les pilotes Lucas Ferrand et "
    "Inès Moulin ont décollé à 11 h et se sont posés une heure plus tard près du lac.",
    "La brasserie du Mont a lancé mardi sa nouvelle bière, baptisée « Cosmonaute ». Elle doit "
    "atterrir dans les rayons des supermarchés en novembre, selon son fondateur Paul Girard.",
]

NO_EVENT = RIDES + GAMES + PYRO + FIGURATIVE + UNANCHORED

# names borrowed by non-space things: no event and no SPACECRAFT/MISSION
NAMING = [
    "Le restaurant Soyouz a lancé sa carte d'hiver mardi.",
    "Le groupe de rock Apollo 11 s'est envolé pour une tournée au Japon.",
    "Le bateau Soyouz, un voilier de 12 mètres, s'est amarré au port de Sète mercredi.",
    "L'agence de communication Gemini a lancé une campagne pour la SNCF.",
]

# (sentence, event type that must stay, spacecraft it names or None)
EVENT_CONTROLS = [
    # dogs flew, and "Soyouz de Roscosmos" is no horse's name
    (
        "La chienne Laïka a été lancée le 3 novembre 1957 à bord de Spoutnik 2. Le vaisseau Soyouz de "
        "Roscosmos a décollé de Baïkonour en 1967, longtemps après les chiens Belka et Strelka.",
        "LAUNCH",
        "Soyouz",
    ),
    # animals that flew
    (
        "La chienne Laïka a décollé de Baïkonour le 3 novembre 1957 à bord de Spoutnik 2.",
        "LAUNCH",
        "Spoutnik 2",
    ),
    (
        "Le 18 octobre 1963, la chatte Félicette a décollé d'Hammaguir à bord d'une fusée Véronique.",
        "LAUNCH",
        None,
    ),
    # nothing named, but space travellers told by a common noun
    ("Les deux astronautes sortiront dans l'espace mardi pour changer une batterie.", "SPACEWALK", None),
    ("Les trois taïkonautes ont décollé jeudi matin du désert de Gobi.", "LAUNCH", None),
    ("La fusée Ariane 6 a décollé mardi de Kourou avec deux satellites à son bord.", "LAUNCH", "Ariane 6"),
    (
        "Le vaisseau Soyouz MS-24 s'est amarré à l'ISS trois heures après son lancement.",
        "DOCKING",
        "Soyouz MS-24",
    ),
    ("La capsule Orion a amerri dans le Pacifique au terme de la mission Artemis I.", "LANDING", "Orion"),
    ("La sonde japonaise SLIM s'est posée sur la Lune le 19 janvier.", "LANDING", "SLIM"),
    (
        "Entraînés dans un simulateur, les astronautes ont décollé jeudi à bord du vaisseau Shenzhou-17.",
        "LAUNCH",
        "Shenzhou-17",
    ),
    (
        "Le lanceur chinois Longue Marche 5 a été lancé depuis la base de Wenchang dimanche.",
        "LAUNCH",
        "Longue Marche 5",
    ),
    ("La NASA a lancé la sonde Europa Clipper vers Jupiter le 14 octobre.", "LAUNCH", "Europa Clipper"),
    ("Le jeu des dates a fait que la fusée Falcon 9 a décollé juste après le match.", "LAUNCH", "Falcon 9"),
    ("La capsule Starliner s'est amarrée à la Station spatiale internationale.", "DOCKING", "Starliner"),
    ("Le rover Perseverance s'est posé dans le cratère Jezero en février 2021.", "LANDING", "Perseverance"),
    (
        "Libéré de l'attraction terrestre, le vaisseau s'est placé en orbite après son décollage.",
        "LAUNCH",
        None,
    ),
    (
        "Le nouveau joueur chinois du spatial a lancé sa première fusée depuis le désert de Gobi.",
        "LAUNCH",
        None,
    ),
    ("La sonde s'est placée en orbite de Mars après son lancement par une fusée Atlas V.", "LAUNCH", None),
    (
        "L'astronaute Thomas Pesquet s'est envolé vers la Station spatiale internationale vendredi.",
        "LAUNCH",
        None,
    ),
    (
        "Le lanceur Ariane 5 a placé en orbite une maquette de satellite lors de son vol d'essai.",
        "LAUNCH",
        None,
    ),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_in_non_space_setting(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.events == []


@pytest.mark.parametrize("text", NAMING)
def test_borrowed_name_gives_no_event_nor_vehicle(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.events == []
    assert [e.text for e in doc.ents if e.label_ in SPACE] == []


# figurative senses only: a sphere of influence, a line opening, sales taking off; a review of a
# play about astronauts; a rocket-shaped playground; events denied outright
NO_EVENT_DOCS = [
    "Avec son nouveau métro, Saint-Denis entre dans l'orbite de Paris. Le lancement de la ligne 15 "
    "est prévu samedi, et les commerçants espèrent un décollage de leurs ventes.",
    "Depuis 2014, la Biélorussie gravite dans l'orbite de Moscou. Le lancement du nouveau gazoduc "
    "a eu lieu mardi à Minsk.",
    "La compagnie Gravité présente au théâtre des Célestins un spectacle sur deux astronautes en "
    "orbite. La metteuse en scène raconte leur dernière sortie extravéhiculaire, vue depuis la "
    "station. Les comédiens portent le texte avec justesse : pas de décollage tonitruant, mais un "
    "huis clos sur la solitude. Le spectacle se joue au théâtre jusqu'au 3 mars.",
    "La fusée de l'aire de jeux du parc Monplaisir a été réinstallée mardi. Déposée par une grue, "
    "elle s'est posée sur son socle sous les applaudissements. « Elle ne décollera plus », promet "
    "l'adjoint au maire, et les enfants retrouveront son toboggan samedi.",
    "Pas de décollage ni d'atterrissage pour la capsule Soyouz cette année : aucun lancement "
    "n'est inscrit au calendrier de Roscosmos.",
    # animals named after vehicles
    "Hippisme : « Apollo Star » décolle dans la ligne droite. Le hongre de six ans, monté par le "
    "jockey Paul Rivière, s'est imposé dimanche à Longchamp devant « Vostok ».",
    "Le chien « Spoutnik » a été retrouvé mardi. Parti de chez lui samedi, il s'est envolé comme "
    "une fusée à la vue d'un chat, raconte sa maîtresse.",
    "Trot : Apollo des Landes s'envole à Enghien. Le trotteur de sept ans a décollé dans le "
    "dernier virage pour battre Gemini du Moulin. « On l'a lancé au bon moment », dit son driver.",
    "Grand prix de Pornichet : Vostok de la Lande a décollé sur la fin. Le hongre a devancé Mir "
    "des Champs et son entraîneur parle déjà d'une nouvelle mission à Vincennes.",
    "Soyouz des Prés décolle enfin\n\nLe trotteur de cinq ans s'est envolé dans la ligne droite "
    "dimanche à Cagnes-sur-Mer. Son éleveur a baptisé tous ses poulains d'après des vaisseaux : "
    "Apollo de Juin, Spoutnik du Bois.",
    "Spoutnik du Vivier s'envole à Vincennes\n\nLe cheval de l'entraîneur Paul Marchal a gagné "
    "dimanche. Il a décollé dans le dernier tournant. L'atterrissage a été délicat : après la "
    "ligne, Spoutnik du Vivier a refusé de ralentir avant de rejoindre son box.",
    # a comic-book exhibition: the heroes' Moon trip, and the author who imagined it
    "Au musée de la bande dessinée de Bruxelles, le capitaine Haddock décolle pour la Lune. "
    "L'exposition montre les planches des deux albums et les croquis du dessinateur. Le parcours "
    "suit l'intrigue : la fusée s'envole, les héros se posent sur la Lune, puis rentrent sur Terre. "
    "Le dessinateur a imaginé l'alunissage seize ans avant Neil Armstrong.",
    # nobody flew: a denied subject
    "Quarante ans après Rakesh Sharma, aucun autre Indien n'a volé à bord d'un Soyouz.",
    "Depuis Apollo 17, nul équipage ne s'est posé sur la Lune.",
    "Aucune fusée Ariane 6 n'a décollé de Kourou en mars.",
    "Personne n'a décollé de Baïkonour depuis l'accident du Soyouz MS-10.",
]


@pytest.mark.parametrize("text", NO_EVENT_DOCS)
def test_figure_work_play_or_denial_gives_no_event(nlp: Language, text: str) -> None:
    assert nlp(text)._.events == []


def test_play_document_without_space_name(nlp: Language) -> None:
    """A theme-park article: the cue sits in one sentence, the take-off in the next."""
    doc = nlp(
        "Le Futuroscope inaugure samedi sa nouvelle attraction consacrée à la planète rouge.\n\n"
        "Installés dans la cabine, les visiteurs entendent le compte à rebours. La fusée décolle "
        "dans un grondement, puis la capsule se pose en douceur sur Mars."
    )
    assert doc._.events == []


@pytest.mark.parametrize(("text", "kind", "craft"), EVENT_CONTROLS)
def test_space_sentence_keeps_its_event(nlp: Language, text: str, kind: str, craft: str | None) -> None:
    doc = nlp(text)
    events = [e for e in doc._.events if e["type"] == kind]
    assert events, [(e["type"], e["trigger"]["text"]) for e in doc._.events]
    if craft is not None:
        assert any(craft in e["spacecraft"] for e in events)


# articles written in sessions 8 (24) and 9 (30): sport, business, products and animals named after
# spacecraft, culture, aviation, harbours, rides, fireworks... that use space words literally or
# figuratively: no events and no missions on any
NON_SPACE_ARTICLES = [
    json.loads(line)
    for name in ("session8.jsonl", "session9.jsonl")
    for line in (Path(__file__).parent / "data" / "nonspace" / name).read_text("utf-8").splitlines()
    if line.strip()
]
KNOWN_NON_SPACE_FAILURES: set[str] = set()


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(a, marks=pytest.mark.xfail(strict=True)) if a["id"] in KNOWN_NON_SPACE_FAILURES else a
        for a in NON_SPACE_ARTICLES
    ],
    ids=[a["id"] for a in NON_SPACE_ARTICLES],
)
def test_non_space_article_gives_no_event(nlp: Language, article: dict) -> None:
    doc = nlp(make_doc(nlp, article["text"], article["date"]))
    assert doc._.events == []
    assert doc._.missions == []
