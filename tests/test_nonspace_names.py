"""Space names borrowed by non-space things ("le restaurant Soyouz", "le bateau Soyouz, un
voilier") are no SPACECRAFT/MISSION, while the real space uses of the same names stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

SPACE = ("SPACECRAFT", "MISSION")

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
SPACE_CONTROLS = [
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


@pytest.mark.parametrize(("text", "name", "label"), SPACE_CONTROLS)
def test_space_name_stays(nlp: Language, text: str, name: str, label: str) -> None:
    assert _labels(nlp, text).get(name) == label
