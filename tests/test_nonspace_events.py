"""No events in texts where "décoller", "lancer", "s'envoler", "fusée" or "capsule" tell no space
flight: theme-park rides and simulators, games, water rockets and models, flares and fireworks,
sports metaphors, share prices, and names borrowed by non-space things. True space sentences,
some with the same cue words, keep their events."""

from __future__ import annotations

import pytest
from spacy.language import Language

SPACE = ("SPACECRAFT", "MISSION")

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
]

NO_EVENT = RIDES + GAMES + PYRO + FIGURATIVE

# names borrowed by non-space things: no event and no SPACECRAFT/MISSION
NAMING = [
    "Le restaurant Soyouz a lancé sa carte d'hiver mardi.",
    "Le groupe de rock Apollo 11 s'est envolé pour une tournée au Japon.",
    "Le bateau Soyouz, un voilier de 12 mètres, s'est amarré au port de Sète mercredi.",
    "L'agence de communication Gemini a lancé une campagne pour la SNCF.",
]

# (sentence, event type that must stay, spacecraft it names or None)
SPACE_CONTROLS = [
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


# figurative senses only: a sphere of influence, a line opening, sales taking off
FIGURATIVE_DOCS = [
    "Avec son nouveau métro, Saint-Denis entre dans l'orbite de Paris. Le lancement de la ligne 15 "
    "est prévu samedi, et les commerçants espèrent un décollage de leurs ventes.",
    "Depuis 2014, la Biélorussie gravite dans l'orbite de Moscou. Le lancement du nouveau gazoduc "
    "a eu lieu mardi à Minsk.",
]


@pytest.mark.parametrize("text", FIGURATIVE_DOCS)
def test_figurative_orbit_makes_no_space_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.events == []


def test_play_document_without_space_name(nlp: Language) -> None:
    """A theme-park article: the cue sits in one sentence, the take-off in the next."""
    doc = nlp(
        "Le Futuroscope inaugure samedi sa nouvelle attraction consacrée à la planète rouge.\n\n"
        "Installés dans la cabine, les visiteurs entendent le compte à rebours. La fusée décolle "
        "dans un grondement, puis la capsule se pose en douceur sur Mars."
    )
    assert doc._.events == []


@pytest.mark.parametrize(("text", "kind", "craft"), SPACE_CONTROLS)
def test_space_sentence_keeps_its_event(nlp: Language, text: str, kind: str, craft: str | None) -> None:
    doc = nlp(text)
    events = [e for e in doc._.events if e["type"] == kind]
    assert events, [(e["type"], e["trigger"]["text"]) for e in doc._.events]
    if craft is not None:
        assert any(craft in e["spacecraft"] for e in events)
