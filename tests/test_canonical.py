"""orbitext_canonical: the fullest form of each referent, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def canonicals(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ != "MISC"}


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("Le cosmonaute Oleg Novitski a atterri. Novitski était souriant.", "Novitski", "Oleg Novitski"),
        (
            "L'ISS tourne autour de la Terre. La Station spatiale internationale a 25 ans.",
            "ISS",
            "Station spatiale internationale",
        ),
        (
            "La Station spatiale internationale (ISS) accueille sept astronautes.",
            "ISS",
            "Station spatiale internationale",
        ),
        (
            "L'Agence spatiale canadienne (ASC) a choisi Jeremy Hansen. Hansen volera.",
            "Hansen",
            "Jeremy Hansen",
        ),
        ("La sonde Chang’e 5 a décollé. Chang'e-5 a réussi.", "Chang'e-5", "Chang’e 5"),
        # one designation family, different numbers: different vehicles and missions
        ("La mission Crew-6 est rentrée avant que Crew-7 ne décolle.", "Crew-7", "Crew-7"),
        ("Soyouz MS-22 a été remplacé par Soyouz MS-23.", "Soyouz MS-23", "Soyouz MS-23"),
        (
            "Shenzhou-13 a décollé. Le vaisseau Shenzhou 13 transporte trois taïkonautes.",
            "Shenzhou-13",
            "Shenzhou 13",
        ),
        (
            "Barry « Butch » Wilmore et Sunita « Suni » Williams. Wilmore a parlé.",
            "Wilmore",
            "Barry « Butch » Wilmore",
        ),
        # a region in parentheses is not an acronym of the town before it
        ("La fusée a décollé de Kourou (Guyane) ce matin.", "Guyane", "Guyane"),
        # an acronym and the centre's name are one referent
        (
            "Le Centre spatial Johnson forme les astronautes. Le JSC est à Houston.",
            "JSC",
            "Centre spatial Johnson",
        ),
        # two modules of one family, two named cargo ships: distinct referents
        ("Le module Kvant fut amarré en 1987, Kvant-2 en 1989.", "Kvant-2", "Kvant-2"),
        (
            "L'ATV Jules Verne a précédé l'ATV Johannes Kepler.",
            "Johannes Kepler",
            "Johannes Kepler",
        ),
        # a title is no part of the name: "M. Duval" is the Pierre Duval named before
        (
            "L'homme d'affaires Pierre Duval a payé son billet. M. Duval volera en mai.",
            "Duval",
            "Pierre Duval",
        ),
        # an institution's acronym and its full name, place complements included
        (
            "La Banque centrale des États de l'Afrique de l'Ouest (BCEAO) a relevé son taux.",
            "BCEAO",
            "Banque centrale des États de l'Afrique de l'Ouest",
        ),
    ],
)
def test_canonical(nlp: Language, text: str, mention: str, canonical: str) -> None:
    assert canonicals(nlp, text)[mention] == canonical


def test_ambiguous_surname_stays(nlp: Language) -> None:
    text = "Jeff Bezos et Mark Bezos ont volé ensemble. Bezos a ri."
    doc = nlp(text)
    last = [e for e in doc.ents if e.text == "Bezos"]
    assert last and last[0]._.canonical == "Bezos"


def test_every_name_has_a_canonical(nlp: Language) -> None:
    doc = nlp("Roscosmos et la NASA ont lancé Soyouz MS-25 depuis Baïkonour avec Tracy Dyson.")
    for ent in doc.ents:
        if ent.label_ in {"PER", "ORG", "LOC", "SPACECRAFT", "MISSION"}:
            assert f"{ent.start_char}:{ent.end_char}" in doc._.orbitext_canonicals
