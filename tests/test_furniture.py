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
        # Quebec consent banners say "témoins" for cookies
        ("Notre site utilise des témoins pour mesurer l'audience. [OK] [Réglages]", True),
        ("Bienvenue. En poursuivant, vous acceptez notre politique. [Oui] [Paramètres]", True),
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
        # reading time, newsletter sign-off, related-article cues that go on after the cue
        ("Temps de lecture : 4 min", True),
        ("Lecture : 3 min", True),
        ("5 min de lecture", True),
        ("Bonne lecture, et à la semaine prochaine !", True),
        # the publication line stays: an undated page takes its anchor date from it
        ("Publié le 03/02/2026 à 10h12 - Mis à jour le 03/02/2026 à 11h40", False),
        ("Écouter cet article", True),
        ("Suivez-nous sur Instagram", True),
        ("Cet article est réservé aux abonnés.", True),
        ("Retour en haut de page", True),
        ("Thèmes : ISS, NASA, Roscosmos", True),
        ("Thèmes de recherche de l'équipage : biologie et médecine.", False),
        ("Sur le même sujet : la sonde Juice survole la Terre", True),
        ("À lire également : le Cnes recrute des ingénieurs", True),
        ("Se désabonner | Modifier mes préférences", True),
        # cookie banners worded otherwise than "nous utilisons des cookies"
        ("Vos données, vos choix. Nos partenaires et nous stockons des informations.", True),
        ("Cookies : en naviguant sur ce site, vous acceptez leur dépôt. OK", True),
        ("Tout AccepterTout refuserParamétrer vos choix", True),
        ("Le robot a mangé des cookies avec les enfants de Houston.", False),
        # legal footers
        ("© 2026 Les Nouvelles du Ciel - Mentions légales - Contact", True),
        ("Plan du site · CGU · Politique de confidentialité", True),
        ("© 2024 – Tous droits réservés", True),
        ("© ESA / Stephane Corvaja", False),
        ("Photo : Roscosmos / Ivan Timochine", False),
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


@pytest.mark.parametrize("header", ["Ailleurs sur le web", "À lire également", "Sur le même thème"])
def test_other_block_headers(furniture_nlp, header: str) -> None:
    text = f"La sonde a atterri.\n\n{header}\nMars : un rover fête ses dix ans\n\nFin de l'article."
    doc = furniture_nlp(text)
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == [header, "Mars : un rover fête ses dix ans"]


def test_caption_keeps_its_label(furniture_nlp) -> None:
    doc = furniture_nlp("Texte.\nVidéo : la fusée Ariane 6 décolle de Kourou\nFin.")
    assert [s.label_ for s in doc.spans[FURNITURE_GROUP]] == ["CAPTION"]


@pytest.mark.parametrize(
    ("line", "is_furniture"),
    [
        # menus: short items split by "|", "·", "•", or runs of spaces with section labels
        ("Info | Vidéos | Lyon | Villeurbanne | Sport", True),
        ("Nantes · Saint-Nazaire · Faits divers · Culture", True),
        ("ACTUALITÉS   MONDE   ECONOMIE   SPORTS   METEO", True),
        ("Soyouz MS-27  Progress MS-30  Crew-10", False),  # a pasted table, no label
        ("Politique  Société  Santé  Espace", True),
        ("Source : agences | Sciences", True),
        ("Sciences › Espace › Artemis II", True),
        ("Sciences > Espace", True),
        ("MONDE", True),
        ("Économie", True),
        ("Kourou", False),  # a dateline place is body text
        ("ESPACE | La fusée Vega-C retrouve le chemin de l'espace", False),
        ("Espace | Ariane 6 décolle enfin", False),  # a short headline after its kicker
        ("© 2023 ESA / CNES / Arianespace", False),  # a dated photo credit
        ("Houston | Cap Canaveral | Kourou", False),  # places, no section label
        ("Par Léa Martin | Sciences | 12 mars 2026", False),  # a byline is body text
        ("Europe", False),
        ("FRANCE", False),
        ("Jupiter  Saturne  Uranus", False),
        # share bars and consent buttons, whatever the separator
        ("Partager sur Facebook   Partager sur X   Envoyer par e-mail", True),
        ("Partager sur Facebook Partager sur LinkedIn Copier le lien", True),
        ("Partager cet article | Commentaires (12)", True),
        ("Tweeter   Partager   Imprimer", True),
        ("Partager sur Facebook (s'ouvre dans une nouvelle fenêtre)", True),
        ("24 commentaires", True),
        ("Facebook  X  LinkedIn", True),
        ("Accepter et fermer | Personnaliser | Continuer sans accepter", True),
        ("Le vol a été suivi en direct sur Facebook et X par des millions de personnes.", False),
        ("SpaceX a publié la vidéo sur X.", False),
        ("Lire la notice avant de partager le lien", False),
    ],
)
def test_line_shapes(furniture_nlp, line: str, is_furniture: bool) -> None:
    text = f"La fusée a décollé de Kourou.\n{line}\nLa suite de l'article."
    doc = furniture_nlp(text)
    marked = [s.text for s in doc.spans[FURNITURE_GROUP]]
    assert (marked == [line.strip()]) is is_furniture, marked


def test_scraped_page_keeps_its_body(furniture_nlp) -> None:
    """A whole page: the chrome goes, the byline, dateline, headline and body stay."""
    body = [
        "Ariane 6 : un deuxième vol réussi depuis Kourou",
        "Par Léa Martin",
        "KOUROU (AFP) - La fusée européenne Ariane 6 a décollé mardi soir avec le satellite CSO-3.",
        "Les images du décollage ont été partagées sur Facebook par l'Agence spatiale européenne.",
    ]
    chrome = [
        "Accueil | Sciences | Espace | Monde",
        "Temps de lecture : 3 min",
        "Partager sur Facebook  Partager sur X  Copier le lien",
        "Lire aussi : la NASA repousse Artemis III",
        "© 2026 Le Quotidien Spatial - Mentions légales - Cookies",
    ]
    text = "\n".join([chrome[0], body[0], body[1], chrome[1], "", body[2], body[3], "", *chrome[2:]])
    doc = furniture_nlp(text)
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == chrome


def test_shape_rules_survive_bytes_round_trip(furniture_nlp) -> None:
    again = spacy.blank("fr")
    again.add_pipe("orbitext_furniture").from_bytes(furniture_nlp.get_pipe("orbitext_furniture").to_bytes())
    doc = again("Texte.\nMonde | Sport | Culture\nFin.")
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == ["Monde | Sport | Culture"]


def test_banner_found_when_lower_case_shifts_offsets(furniture_nlp) -> None:
    """ "İ" lower-cases to two characters: the banner search must still give the right line."""
    text = "Vol depuis İstanbul.\nCe site utilise des cookies pour mesurer l'audience.\nFin."
    doc = furniture_nlp(text)
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == [
        "Ce site utilise des cookies pour mesurer l'audience."
    ]
