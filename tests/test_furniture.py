"""orbitext_furniture: page furniture lines, on texts written for these tests."""

from __future__ import annotations

import pytest
import spacy

from orbitext.extensions import FURNITURE_GROUP


@pytest.fixture(scope="module")
def furniture_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_furniture")
    return nlp


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        ("Tout Accepter", True),
        ("Refuser", True),
        ("Paramétrer vos choix", True),
        ('En cliquant sur "Accepter", vous acceptez le dépôt de cookies.', True),
        ("Suivez Le Journal Spatial sur Telegram", True),
        ("Suivez RT France surTelegram", True),
        ("Vidéo suivante dans 10 secondes", True),
        ("Autres vidéos", True),
        ("Vos réactions doivent respecter nos CGU.", True),
        ("10:15Économie - La Bourse de Paris termine en hausse", True),
        ("Lire aussi : la fusée européenne repoussée", True),
        ("Publicité", True),
        ("Partager", True),
        ("-", True),
        ("Partager : Facebook X WhatsApp E-mail", True),
        ("Partager sur : Facebook  X  LinkedIn  E-mail", True),
        ("Partagez : Facebook Twitter WhatsApp Copier le lien", True),
        ("Partager l’article via Bluesky Threads Messenger", True),
        ("Partage des tâches : l'équipage doit envoyer un rapport", False),
        ("Espace", True),
        ("Bonne lecture !", True),
        ("Recevez notre lettre hebdomadaire", True),
        ("S'abonner", True),
        ("Mon compte", True),
        ("Espace : la NASA prépare un nouveau vol", False),
        ("Direction la Lune pour quatre astronautes", False),
        ("ACCUEIL > SCIENCES > ESPACE", True),
        ("VOS RÉACTIONS (12)", True),
        ("> Une capsule privée revient sur Terre", True),
        ("Les + lus : 1. Canicule en vue | 2. Le PSG s'impose", True),
        ("La fusée Soyouz a décollé de Baïkonour à 9h30.", False),
        ("(Crédit photo : NASA / Joel Kowsky)", False),
        ("Thomas Pesquet a partagé ses photos de la Terre.", False),
    ],
)
def test_lines(furniture_nlp, line: str, is_furniture: bool) -> None:
    text = f"Un article sur l'espace.\n{line}\nLa suite de l'article."
    doc = furniture_nlp(text)
    marked = [s.text for s in doc.spans[FURNITURE_GROUP]]
    assert (marked == [line.strip()]) is is_furniture, marked


def test_empty_and_round_trip(furniture_nlp, tmp_path) -> None:
    empty = furniture_nlp("")
    assert list(empty.spans[FURNITURE_GROUP]) == []
    furniture_nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    text = "Texte.\nAutres vidéos\nFin."
    doc = again(text)
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == ["Autres vidéos"]


def test_header_opens_a_block(furniture_nlp) -> None:
    text = (
        "Le lancement a réussi.\n\nLES PLUS LUS\n18h45 Une sonde survole Mercure\n"
        "17h30 Orages en Bretagne\n\nLa suite de l'article."
    )
    doc = furniture_nlp(text)
    marked = [(s.text, s.label_) for s in doc.spans[FURNITURE_GROUP]]
    assert marked == [
        ("LES PLUS LUS", "FURNITURE"),
        ("18h45 Une sonde survole Mercure", "FURNITURE"),
        ("17h30 Orages en Bretagne", "FURNITURE"),
    ]


def test_caption_keeps_its_label(furniture_nlp) -> None:
    doc = furniture_nlp("Texte.\nVidéo : la fusée Ariane 6 décolle de Kourou\nFin.")
    assert [s.label_ for s in doc.spans[FURNITURE_GROUP]] == ["CAPTION"]
