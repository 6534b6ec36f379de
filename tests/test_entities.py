"""orbitext_entities: rule entities merged with the base NER, on sentences written for these tests.

Expected entities are marked inline as ``[text](LABEL)``; a case marked strict must yield no
other scored entity.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language

from orbitext.extensions import GAZETTEER_GROUP

SCORED = {"PER", "ORG", "LOC", "SPACECRAFT", "MISSION"}
MARK = re.compile(r"\[([^\]]+)\]\(([A-Z]+)\)")


def parse(marked: str) -> tuple[str, set[tuple[int, int, str]]]:
    """Plain text and the (start, end, label) triples marked in ``marked``."""
    text, spans, last = [], set(), 0
    offset = 0
    for m in MARK.finditer(marked):
        text.append(marked[last : m.start()])
        offset += m.start() - last
        spans.add((offset, offset + len(m.group(1)), m.group(2)))
        text.append(m.group(1))
        offset += len(m.group(1))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


CASES = [
    # designations, heads stripped, launch site behind "cosmodrome de"
    (
        "Le vaisseau [Soyouz MS-22](SPACECRAFT) a décollé du cosmodrome de [Baïkonour](LOC) au "
        "[Kazakhstan](LOC).",
        True,
    ),
    (
        "La fusée [Falcon 9](SPACECRAFT) de [SpaceX](ORG) a lancé la capsule [Crew Dragon](SPACECRAFT) "
        "vers l'[ISS](SPACECRAFT).",
        True,
    ),
    ("La mission [Crew-7](MISSION) a rejoint la [Station spatiale internationale](SPACECRAFT) hier.", True),
    ("La sonde [Chang'e-6](SPACECRAFT) s'est posée sur la face cachée de la [Lune](LOC).", True),
    ("La sonde [Chang’e 4](SPACECRAFT) fonctionne toujours.", True),
    ("Le lanceur [Ariane 5 ECA](SPACECRAFT) a décollé de [Kourou](LOC), en [Guyane française](LOC).", True),
    ("Le satellite [Galaxy 31](SPACECRAFT) a été mis en orbite par [Arianespace](ORG).", True),
    (
        "L'équipage de l'[Expédition 70](MISSION) prépare la mission [Artemis III](MISSION) de la "
        "[NASA](ORG).",
        True,
    ),
    ("Le contrat a finalement été signé avec [SpaceX](ORG). Il court jusqu'en 2030.", True),
    ("Le télescope [James Webb](SPACECRAFT) a photographié [Jupiter](LOC) et ses anneaux.", True),
    (
        "Une fusée [Longue Marche 2F](SPACECRAFT) a propulsé [Shenzhou-17](SPACECRAFT) vers "
        "[Tiangong](SPACECRAFT).",
        True,
    ),
    ("Le cargo [Tianzhou-6](SPACECRAFT) s'est arrimé à la station [Tiangong](SPACECRAFT).", True),
    ("La navette [Crew Dragon](SPACECRAFT) de [SpaceX](ORG) a amerri au large de la [Floride](LOC).", True),
    ("La sonde [Zorbix](SPACECRAFT) a été lancée hier.", False),
    ("L'avion s'est posé dans l'oblast de [Moscou](LOC).", True),
    ("Les astronautes russes et américains ont salué les ingénieurs japonais.", True),
    ("L'astronaute [Thomas Pesquet](PER) est rentré. [Pesquet](PER) a remercié l'[ESA](ORG).", True),
    (
        "La mission [Axiom Mission 3](MISSION) puis [Ax-4](MISSION) ont été confiées à [Axiom Space](ORG).",
        False,
    ),
    ("Le rover [Perseverance](SPACECRAFT) explore le cratère Jezero sur [Mars](LOC).", False),
    ("La capsule [Orion](SPACECRAFT) a survolé la [Lune](LOC) pendant [Artemis I](MISSION).", True),
    # a media name keeps its capitalised article; the same words in lowercase are no name
    ("Selon [Le Figaro](ORG), la recherche spatiale progresse.", True),
    ("Les progrès de la recherche ont été salués.", True),
    ("Il l'a annoncé sur [X](ORG) ; les rayons X traversent la coque.", True),
    ("La mission [Futura](MISSION) a duré deux cents jours.", False),
    # photo credits: photographers are people, agencies are organisations
    ("La capsule a amerri. (Crédit photo : [NASA](ORG)/[Bill Ingalls](PER))", True),
    # a misspelt first name before a known surname: the fuller written name is the entity
    ("Selon [Dimitriy Rogozine](PER), le vol aura lieu. [Rogozine](PER) a confirmé.", True),
    # nicknames in quotes and hyphenated surnames stay inside one person span
    ('Le commandant [Barry "Butch" Wilmore](PER) et [Sunita "Suni" Williams](PER) sont à bord.', True),
    ("La directrice de lancement [Charlie Blackwell-Thompson](PER) a donné son feu vert.", True),
    ("L'équipage comptait [Al-Neyadi](PER), premier Émirien à séjourner six mois dans l'espace.", False),
    # an interjection opening a quote is no person
    ('"Félicitations à toute l\'équipe", a écrit [Elon Musk](PER).', True),
    ('"Bravo !", a lancé [Bill Nelson](PER). "Merci", a répondu [Thomas Pesquet](PER).', True),
    # Chandrayaan-N is the mission, its lander and rover are the vehicles
    (
        "L'atterrisseur [Vikram](SPACECRAFT) de la mission [Chandrayaan-3](MISSION) a déployé le rover "
        "[Pragyan](SPACECRAFT).",
        True,
    ),
    ("L'[ESA](ORG) a dévoilé la mission [εpsilon](MISSION) de [Sophie Adenot](PER).", True),
    # a capsule's type and its own name are two entities
    (
        "La capsule [Crew Dragon](SPACECRAFT) [Endeavour](SPACECRAFT) a amerri au large de la "
        "[Floride](LOC).",
        True,
    ),
    ("Le vaisseau [Starliner](SPACECRAFT) [Calypso](SPACECRAFT) s'est amarré à l'[ISS](SPACECRAFT).", True),
    # an engine is no vehicle; a description is no name
    ("Les moteurs Raptor et Merlin ont été rallumés sur le lanceur [Falcon 9](SPACECRAFT).", True),
    ("La station spatiale chinoise [Tiangong](SPACECRAFT) accueille trois taïkonautes.", True),
    # ambiguous names need a cue
    ("Le lanceur [Vega](SPACECRAFT) a décollé de [Kourou](LOC).", True),
    ("La capsule [Freedom](SPACECRAFT) a rejoint la station.", True),
    ("[Grace Kelly](PER) a tourné à [Monaco](LOC).", True),
    ("Il a rangé son vélo Freedom au garage.", True),
    # a maker followed by a model number is the aircraft, not the company
    ("Un Airbus A320 de la compagnie [easyJet](ORG) s'est posé en urgence.", True),
    ("Le module de service a été construit par [Airbus](ORG).", True),
    # a photographer alone between credit separators; French départements
    ("La fusée a décollé. (© Photo : [Joel Kowsky](PER) / [NASA](ORG))", True),
    ("[Sophie Adenot](PER) a grandi en [Eure-et-Loir](LOC), puis en [Haute-Garonne](LOC).", True),
    # a sentence-final "X." loses its full stop
    ("Le patron de [SpaceX](ORG) l'a annoncé sur [X](ORG).", True),
    # a name goes on over its serial number or cardinal direction
    ("Le satellite [Pléiades Neo 4](SPACECRAFT) a été placé en orbite par [Arianespace](ORG).", True),
    ("La capsule a amerri dans le [Pacifique Sud](LOC), pas dans l'[Atlantique Nord](LOC).", True),
    ("L'[US Air Force](ORG) surveille les débris tombés sur la [Terre de Feu](LOC).", True),
    (
        "Deux satellites [Galileo FOC 27](SPACECRAFT) ont quitté [Kourou](LOC) à bord d'une "
        "[Ariane 6](SPACECRAFT).",
        True,
    ),
    # a count after a vehicle name is not part of it
    ("Une [Falcon 9](SPACECRAFT) a emporté [Starlink](SPACECRAFT) 22 satellites hier.", False),
    # nicknames in guillemets stay inside the person's name
    ("[Edwin « Buzz » Aldrin](PER) a salué [Michael Collins](PER).", True),
    # roles before names: "de mission" is a complement of the role, not a mission name
    ("La spécialiste de mission [Jessica Meir](PER) a rejoint l'équipage.", True),
    ("Le commandant de mission [Victor Glover](PER) et le pilote [Doug Hurley](PER) sont prêts.", True),
    ("Le chef de mission [Jean Dupuis](PER) l'a confirmé.", False),
    # a vehicle named after a person
    ("Le satellite [Heinrich Hertz](SPACECRAFT) relaiera les communications.", False),
    ("La sonde [Parker](SPACECRAFT) plonge vers le [Soleil](LOC).", True),
]

#: consumer products after a product head are neither companies nor people
PRODUCTS = [
    "La citadine Twingo sera vendue moins cher.",
    "Le modèle Megane E-Tech a été présenté à Paris.",
    "La berline Model 3 reste la plus vendue.",
    "Le smartphone Galaxy a filmé le décollage.",
]


@pytest.mark.parametrize(("marked", "strict"), CASES)
def test_entities(nlp: Language, marked: str, strict: bool) -> None:
    text, expected = parse(marked)
    doc = nlp(text)
    found = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in SCORED}
    assert expected <= found, sorted(found)
    if strict:
        assert found == expected, sorted(found - expected)


@pytest.mark.parametrize(
    "text",
    [
        "Tout Accepter\nRefuser\nParamétrer vos choix",
        "En cliquant sur « Tout Accepter » vous consentez aux cookies.",
        "Crédit d’image : Waouh !",
        "",
        "   \n\n  ",
        "SpaceX.",
        "Chang'e-",
        "satellite A-",
        "Lire aussi\nNewsletter Espace",
        "Espace\nDirection la Lune pour l'équipage.",
        "Recevez nos alertes.\nSciences",
    ],
)
def test_no_spurious_entities_and_no_crash(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for ent in doc.ents:
        assert ent.text.strip() == ent.text
        assert ent.text.lower() not in {
            "accepter",
            "refuser",
            "tout accepter",
            "crédit d’image",
            "waouh",
            "lire",
            "newsletter espace",
            "espace",
            "direction",
            "sciences",
            "recevez",
        }


@pytest.mark.parametrize("text", PRODUCTS)
def test_products_are_not_org_or_per(nlp: Language, text: str) -> None:
    doc = nlp(text)
    head = text.split()[2]
    assert not [e for e in doc.ents if e.text.startswith(head) and e.label_ in ("ORG", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Vega est une étoile de la constellation de la Lyre.",
        "Il a offert son vélo Freedom à sa fille.",
        "Grace Kelly a épousé le prince Rainier.",
    ],
)
def test_ambiguous_names_without_cue(nlp: Language, text: str) -> None:
    assert not [e for e in nlp(text).ents if e.label_ == "SPACECRAFT"]


@pytest.mark.parametrize(
    "furniture",
    [
        "À LIRE AUSSI\n> Le télescope James Webb livre de nouvelles images de Saturne\n"
        "> Une capsule privée revient sur Terre",
        "LES PLUS LUS\n18h45 Une sonde européenne survole Mercure\n17h30 Orages : alerte en Bretagne",
        "Partager : Facebook X WhatsApp E-mail",
        "Partager sur : Facebook  X  LinkedIn  E-mail",
        "Partagez : Facebook Twitter WhatsApp Copier le lien",
        "Partager l’article via Bluesky Threads Messenger",
        "Facebook Twitter LinkedIn Courriel",
        "Sciences\nBonne lecture\nRecevez chaque matin notre lettre Espace\nS'abonner\nMon compte",
        "Espace",
        "Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser Paramétrer",
        "Cookies : en poursuivant, vous acceptez les traceurs. En savoir plus | OK",
    ],
)
def test_no_entity_from_furniture(nlp: Language, furniture: str) -> None:
    text = f"La capsule Orion a survolé la Lune.\n\n{furniture}\n\nFin de l'article."
    doc = nlp(text)
    start = text.index(furniture)
    inside = [e.text for e in doc.ents if start <= e.start_char < start + len(furniture)]
    assert inside == []


def test_kb_ids_and_gazetteer_group(nlp: Language) -> None:
    doc = nlp("Le vaisseau Soyouz MS-24 a quitté l'ISS, selon Roscosmos.")
    ents = {e.text: e for e in doc.ents}
    assert ents["Roscosmos"].kb_id_
    assert ents["ISS"].kb_id_
    group = doc.spans[GAZETTEER_GROUP]
    assert any(s.text == "Soyouz MS-24" and s.id_.startswith("pattern:") for s in group)
    assert all(s.id_ for s in group)


@pytest.mark.parametrize(
    ("text", "name", "qid"),
    [
        # a designation links to the flight's own Wikidata item, whatever its spelling
        ("Le Soyuz MS-18 a quitté Baïkonour vendredi.", "Soyuz MS-18", "Q69637833"),
        ("Le vaisseau Shenzhou 13 s'est amarré à Tiangong.", "Shenzhou 13", "Q106691867"),
        ("Les quatre astronautes de Crew-2 sont rentrés.", "Crew-2", "Q97769209"),
        ("Apollo 11 s'est posé sur la Lune en juillet 1969.", "Apollo 11", "Q43653"),
        ("La navette Challenger a explosé pendant la mission STS-51-L.", "STS-51-L", "Q19050"),
    ],
)
def test_flight_designations_link_to_wikidata(nlp: Language, text: str, name: str, qid: str) -> None:
    ents = {e.text: e for e in nlp(text).ents}
    assert ents[name].kb_id_ == qid


def test_flight_without_wikidata_id_keeps_its_designation_key(nlp: Language) -> None:
    ents = {e.text: e for e in nlp("Le cargo Progress MS-25 s'est désamarré de l'ISS.").ents}
    assert ents["Progress MS-25"].kb_id_.startswith("pattern:")


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("Le Normand a regagné la station mardi soir.", "Normand"),
        ("La Britannique a salué le public après son retour.", "Britannique"),
        ("Les Japonais suivaient le lancement en direct.", "Japonais"),
    ],
)
def test_demonyms_are_no_entities(nlp: Language, text: str, demonym: str) -> None:
    assert demonym not in [e.text for e in nlp(text).ents]


def test_exact_offsets_after_token_split(nlp: Language) -> None:
    text = "La mission chinoise Chang'e-5 a réussi, a confirmé SpaceX."
    doc = nlp(text)
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    names = {e.text for e in doc.ents}
    assert "Chang'e-5" in names and "SpaceX" in names


def test_round_trip(tmp_path, nlp: Language) -> None:
    text = "La fusée Soyouz a décollé de Baïkonour avec Oleg Novitski vers l'ISS."
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")

    def ents(doc):  # noqa: E306
        return [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]

    assert ents(again(text)) == ents(nlp(text))


def test_custom_gazetteer_and_labels(tmp_path) -> None:
    gaz = tmp_path / "gaz.jsonl"
    gaz.write_text(
        '{"id": "sc:zorglub", "label": "SPACECRAFT", "name": "Zorglub-7", "aliases": ["Zorglub"], '
        '"short": [], "type": "probe"}\n',
        encoding="utf-8",
    )
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_entities", config={"gazetteer_paths": [str(gaz)], "labels": ["SPACECRAFT"]})
    doc = nlp("Le module Zorglub-7 et la sonde zorglub volent.")
    expected = [("Zorglub-7", "SPACECRAFT", "sc:zorglub"), ("zorglub", "SPACECRAFT", "sc:zorglub")]
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected
    # the saved pipeline carries its own gazetteer, even when the original file is gone
    nlp.to_disk(tmp_path / "pipe")
    gaz.unlink()
    with pytest.warns(UserWarning, match="not found"):
        again = spacy.load(tmp_path / "pipe")
    doc = again("Le module Zorglub-7 et la sonde zorglub volent.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected
