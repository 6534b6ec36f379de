"""orbitext_temporal: DATE/TIME/DURATION found in our own French sentences, with their values.

Each case is an anchor date, a sentence and the expressions expected in it, written inline:
``[[texte|LABEL|valeur]]`` (a value with ``A|B`` alternatives is written ``A/B``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from conftest import TEMPORAL_CORPUS, needs_shared, read_jsonl, score_corpus
from orbitext.pipeline import make_doc
from orbitext.pipes.temporal import normalize_date_expression
from orbitext.pipes.temporal.component import paragraph_breaks
from orbitext.pipes.temporal.matcher import TemporalGrammar, _follows, _lead_heads, _RunIndex
from orbitext.pipes.temporal.normalize import default_grammar

MARK = re.compile(r"\[\[(?P<text>[^|\]]+)\|(?P<label>DATE|TIME|DURATION)\|(?P<value>[^\]]+)\]\]")


def parse_case(marked: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Strip the ``[[text|LABEL|value]]`` marks; return the text and the expected expressions."""
    text, expected, last = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[last : match.start()]
        start = len(text)
        text += match.group("text")
        expected.append((start, len(text), match.group("label"), match.group("value")))
        last = match.end()
    return text + marked[last:], expected


CASES: list[tuple[str | None, str]] = [
    # full and partial dates, words and digits
    ("2022-05-10", "Le vol inaugural a eu lieu [[le 12 avril 1981|DATE|1981-04-12]]."),
    ("2022-05-10", "La capsule a été lancée [[le 1er mai|DATE|2022-05-01]] depuis la Floride."),
    ("2022-05-10", "Le vaisseau partira [[le premier juin 2022|DATE|2022-06-01]] selon l'agence."),
    ("2022-05-10", "Le module a été livré [[le 08 Fév 2019|DATE|2019-02-08]] à Kourou."),
    ("2022-05-10", "La fusée devait partir [[le 3 sept. 2021|DATE|2021-09-03]] avant un report."),
    ("2022-05-10", "Le rapport du [[03/02/2020|DATE|2020-02-03]] détaille la panne."),
    ("2022-05-10", "Le satellite a été perdu [[le 21-06-2018|DATE|2018-06-21]] après son lancement."),
    ("2022-05-10", "Bulletin du [[2019-11-30|DATE|2019-11-30]] : tout est nominal."),
    ("2022-05-10", "La station a été désorbitée en [[mars 2001|DATE|2001-03]]."),
    ("2022-05-10", "Le premier homme est allé dans l'espace en [[1961|DATE|1961]]."),
    ("2022-05-10", "Les essais ont repris en [[déc. 2019|DATE|2019-12]] à Baïkonour."),
    ("2022-05-10", "Le télescope a découvert deux exoplanètes en [[janvier|DATE|2022-01]]."),
    ("2022-05-10", "La mission a pris fin en [[février dernier|DATE|2022-02]]."),
    ("2022-05-10", "Le lancement est annoncé pour [[septembre|DATE|2022-09]] au plus tôt."),
    ("2022-05-10", "Le rover s'est posé sur Mars en [[février 2021|DATE|2021-02]]."),
    # year-less dates read by tense
    ("2022-01-12", "Le lanceur a explosé [[le 30 décembre|DATE|2021-12-30]] en vol."),
    ("2022-11-20", "Le cargo rejoindra la station [[le 3 janvier|DATE|2023-01-03]]."),
    ("2022-05-10", "Les astronautes sortiront [[le 20|DATE|2022-05-20]] pour réparer l'antenne."),
    ("2022-05-10", "Le remplissage commencera [[le 4|DATE|2022-06-04]] au matin."),
    ("2022-05-10", "La sonde a corrigé sa trajectoire [[le 25|DATE|2022-04-25]], a indiqué la NASA."),
    ("2022-05-10", "[[Jeudi 12|DATE|2022-05-12]], les équipes testeront les moteurs."),
    ("2021-04-20", "Ils rejoindront l'ISS [[samedi 24 avril|DATE|2021-04-24]] au matin."),
    # weekdays and relative days
    ("2022-05-11", "Le vaisseau s'est amarré [[lundi|DATE|2022-05-09]] à la station."),
    ("2022-05-11", "La fusée décollera [[vendredi|DATE|2022-05-13]] si la météo le permet."),
    ("2022-05-11", "Les essais ont repris [[mardi dernier|DATE|2022-05-10]]."),
    ("2022-05-11", "L'équipage s'envolera [[jeudi prochain|DATE|2022-05-12]]."),
    ("2022-05-11", "La NASA présentera [[ce vendredi|DATE|2022-05-13]] son nouveau calendrier."),
    ("2022-05-11", "La capsule a amerri [[hier|DATE|2022-05-10]] au large de la Floride."),
    ("2022-05-11", "Le cargo a été lancé [[avant-hier|DATE|2022-05-09]]."),
    ("2022-05-11", "La sortie dans l'espace aura lieu [[demain|DATE|2022-05-12]]."),
    ("2022-05-11", "Les résultats seront connus [[après-demain|DATE|2022-05-13]]."),
    ("2022-05-11", "La sonde a été mise en orbite [[il y a cinq jours|DATE|2022-05-06]]."),
    ("2022-05-11", "Le lanceur est arrivé [[il ya un mois|DATE|2022-04-11/2022-04]] en Guyane."),
    ("2022-05-11", "Le module a été conçu [[il y a dix ans|DATE|2012-05-11/2012-05/2012]]."),
    ("2022-05-11", "Le vaisseau atteindra la Lune [[dans trois jours|DATE|2022-05-14]]."),
    ("2022-05-11", "Le prochain équipage partira [[dans deux semaines|DATE|2022-05-25]]."),
    ("2022-05-11", "Le moteur a été testé [[la semaine dernière|DATE|2022-05-02]]."),
    ("2022-05-11", "Le lanceur sera assemblé [[la semaine prochaine|DATE|2022-05-16]]."),
    ("2022-05-11", "La station a reçu deux cargos [[le mois dernier|DATE|2022-04]]."),
    ("2022-05-11", "Le programme reprendra [[l'année prochaine|DATE|2023]]."),
    ("2022-05-11", "La mission partira [[le premier lundi du mois prochain|DATE|2022-06-06]]."),
    ("2022-05-11", "Le tir est prévu [[le dernier vendredi de juin|DATE|2022-06-24]]."),
    ("2022-05-11", "Les astronautes fêteront [[Noël|DATE|2022-12-25]] en orbite."),
    # times
    ("2022-05-11", "La fusée a décollé à [[6h12|TIME|06:12]] heure locale."),
    ("2022-05-11", "Le contact a été rétabli à [[21 h 05|TIME|21:05]]."),
    ("2022-05-11", "L'amarrage est prévu à [[10:42|TIME|10:42]]."),
    ("2022-05-11", "Le décollage aura lieu à [[19 h 00 GMT|TIME|19:00]]."),
    ("2022-05-11", "La capsule a amerri vers [[minuit|TIME|00:00]]."),
    ("2022-05-11", "Le point presse commencera à [[midi et demie|TIME|12:30]]."),
    ("2022-05-11", "Les moteurs s'allumeront à [[neuf heures moins le quart|TIME|08:45]]."),
    ("2022-05-11", "Le tir a eu lieu à [[huit heures et quart du soir|TIME|20:15]]."),
    ("2022-05-11", "Le réveil de l'équipage sonnera à [[6 h du matin|TIME|06:00]]."),
    ("2022-05-11", "La trappe a été ouverte à [[quatre heures de l'après-midi|TIME|16:00]]."),
    ("2022-05-11", "La fenêtre de tir s'ouvre à [[17 heures|TIME|17:00]]."),
    ("2022-05-11", "La séparation a eu lieu à [[dix-sept heures douze|TIME|17:12]]."),
    # durations
    ("2022-05-11", "L'équipage restera [[six mois|DURATION|P6M]] à bord."),
    ("2022-05-11", "La sortie a duré [[sept heures et dix minutes|DURATION|PT7H10M]]."),
    ("2022-05-11", "Le trajet vers la station prend [[une demi-heure|DURATION|PT30M]] de moins."),
    ("2022-05-11", "Le moteur a fonctionné pendant [[quarante-cinq secondes|DURATION|PT45S]]."),
    ("2022-05-11", "La mission durera [[soixante-dix jours|DURATION|P70D]]."),
    ("2022-05-11", "L'assemblage a demandé [[2 trimestres|DURATION|P6M]]."),
    ("2022-05-11", "La sonde a voyagé pendant [[sept ans|DURATION|P7Y]]."),
    ("2022-05-11", "Le vol suborbital dure [[11 minutes|DURATION|PT11M]]."),
    ("2022-05-11", "La réparation a pris [[une heure et demie|DURATION|PT1H30M]]."),
    ("2022-05-11", "Ils se sont entraînés pendant [[deux ans et demi|DURATION|P2Y6M]]."),
    ("2022-05-11", "L'équipage est confiné depuis [[3 semaines|DURATION|P3W]]."),
    ("2022-05-11", "La combustion a duré [[6 min|DURATION|PT6M]]."),
    ("2022-05-11", "La sortie extravéhiculaire a duré [[6h30|DURATION|PT6H30M]]."),
    ("2022-05-11", "Le satellite doit fonctionner [[une décennie|DURATION|P10Y]]."),
    ("2022-05-11", "Le moteur a tourné pendant [[une vingtaine de minutes|DURATION|PT20M]]."),
    ("2022-05-11", "Le budget a doublé au cours des [[cinq dernières années|DURATION|P5Y]]."),
    # scheduling verbs, ranges, weeks
    ("2022-05-11", "Le vol, initialement prévu [[le 2 mai|DATE|2022-05-02]], a été repoussé."),
    ("2022-05-11", "Le tir a été repoussé au [[12 juin|DATE|2022-06-12]]."),
    ("2022-05-11", "Le cargo partira [[mardi de la semaine prochaine|DATE|2022-05-17]]."),
    ("2022-05-11", "Les tests ont eu lieu du [[3|DATE|2022-05-03]] au [[6 mai|DATE|2022-05-06]]."),
    ("2022-05-11", "La capsule a été assemblée [[le dernier jour de mars|DATE|2022-03-31]]."),
    ("2022-05-11", "La fusée décolle [[samedi|DATE|2022-05-14]] de Kourou."),
    # compound and simple past tenses (être + participle, plus-que-parfait, passé simple, passive)
    ("2021-04-10", "La capsule s'est envolé [[vendredi|DATE|2021-04-09]] vers la station."),
    ("2021-04-10", "Les deux astronautes sont partis [[vendredi|DATE|2021-04-09]] de Floride."),
    ("2021-04-10", "Le cargo est arrivé [[vendredi|DATE|2021-04-09]] à la station."),
    ("2021-04-10", "Les capsules sont arrivées [[vendredi|DATE|2021-04-09]] au port."),
    ("2021-04-10", "Le vaisseau s'est amarré [[jeudi|DATE|2021-04-08]] au module Harmony."),
    ("2021-04-10", "La sonde avait décollé [[vendredi|DATE|2021-04-09]] de Kourou."),
    ("2021-04-10", "Le lanceur décolla [[vendredi|DATE|2021-04-09]] de Baïkonour."),
    ("2021-04-10", "Le satellite a été lancé [[vendredi|DATE|2021-04-09]] depuis la Guyane."),
    ("2021-04-10", "Le cargo arrivera [[vendredi|DATE|2021-04-16]] à la station."),
    ("2024-02-06", "L'hélicoptère a dû se poser en urgence [[lundi|DATE|2024-02-05]] près de Lyon."),
    ("2024-09-10", "Le nouveau satellite, présenté [[lundi|DATE|2024-09-09]] à Toulouse, est prêt."),
    # "N heures": clock time or amount of time
    ("2024-07-10", "Il était [[16 heures|TIME|16:00]] à Kourou et [[21 heures|TIME|21:00]] à Paris."),
    ("2024-07-10", "Le tir est prévu à [[16 heures 30|TIME|16:30]] depuis la Guyane."),
    ("2024-07-10", "La capsule se posera vers [[21 heures|TIME|21:00]] dans le Pacifique."),
    ("2024-07-10", "Mardi, [[22 heures|TIME|22:00]] : les moteurs s'allument enfin."),
    ("2024-07-10", "La fenêtre de tir reste ouverte jusqu'à [[23 heures|TIME|23:00]]."),
    ("2024-07-10", "Les astronautes ont travaillé pendant [[16 heures|DURATION|PT16H]]."),
    ("2024-07-10", "Après [[16 heures|DURATION|PT16H]] de vol, la capsule a rejoint la station."),
    ("2024-07-10", "Les équipes ont passé [[21 heures|DURATION|PT21H]] à bord du simulateur."),
    # year-less months and days read by tense
    ("2024-01-15", "L'agence avait dû lancer à vide en [[février|DATE|2023-02]] un vaisseau de secours."),
    ("2024-01-15", "L'agence lancera un vaisseau de secours en [[février|DATE|2024-02]]."),
    ("2024-11-15", "Le module partira en [[mars|DATE|2025-03]] vers la station."),
    ("2024-11-15", "Le salon des lanceurs a lieu en [[janvier|DATE|2024-01]] à Paris."),
    ("2024-03-15", "Le vaisseau tourne autour de la Lune depuis [[juin|DATE|2023-06]]."),
    ("2025-11-20", "L'astronaute doit s'envoler [[le 15 février|DATE|2026-02-15]] pour l'ISS."),
    ("2025-11-20", "La capsule a amerri [[le 5 octobre|DATE|2025-10-05]] au large de la Californie."),
    ("2025-03-10", "La capsule amerrira [[le 5 octobre|DATE|2025-10-05]] au large de la Floride."),
    ("2024-08-25", "Les deux astronautes ne rentreront qu'en [[2025|DATE|2025]]."),
    ("2024-02-06", "Le rapport d'enquête est attendu d'ici [[six mois|DURATION|P6M]]."),
    # counted from the previous date or time of the paragraph, not from the article's date
    (
        "2024-08-25",
        "L'équipage a décollé le 5 juin. Il a rejoint la station [[le lendemain|DATE|2024-06-06]].",
    ),
    (
        "2024-08-25",
        "La sonde s'est posée le 12 mars. [[La veille|DATE|2024-03-11]], tout avait été vérifié ;"
        " [[le surlendemain|DATE|2024-03-14]], le rover roulait.",
    ),
    ("2024-08-25", "La fusée a décollé le 3 juin. [[Deux jours plus tard|DATE|2024-06-05]], elle était là."),
    (
        "2024-08-25",
        "La capsule s'est posée à 13 h 17. Elle était partie [[trois heures|DURATION|PT3H]] plus tôt.",
    ),
    ("2024-08-25", "Elle avait quitté la station environ [[trois heures|DURATION|PT3H]] plus tôt."),
    ("2024-08-25", "[[Trois heures|DURATION|PT3H]] plus tôt, l'équipage dormait encore."),
    # a weekday opening a past sentence, or a clause opened by a participle, looks back
    ("2024-05-20", "[[Dimanche|DATE|2024-05-19]], la capsule s'est posée dans la steppe."),
    ("2024-05-20", "[[Samedi|DATE|2024-05-18]], les trois astronautes sont rentrés sur Terre."),
    ("2024-05-20", "[[Jeudi|DATE|2024-05-16]], la fusée décollait sous un ciel sans nuages."),
    ("2024-05-20", "[[Vendredi|DATE|2024-05-17]], la pression s'élevait encore dans le réservoir."),
    ("2024-05-20", "Parti [[mercredi|DATE|2024-05-15]] de Wenchang, le cargo rejoint la station."),
    ("2024-05-20", "[[Samedi|DATE|2024-05-25]], les astronautes rentreront sur Terre."),
    # retrospectives: a year-less date takes the year the story set, not the article's
    (
        "2024-05-20",
        "[[Le 16 juillet 1969|DATE|1969-07-16]], la fusée quitte la Floride."
        " [[Le 24 juillet|DATE|1969-07-24]], l'équipage amerrit dans le Pacifique.",
    ),
    (
        "2024-05-20",
        "La sonde a décollé [[le 14 août 2018|DATE|2018-08-14]].\n\n[[Le 3 novembre|DATE|2018-11-03]],"
        " elle a frôlé Vénus ; en [[février|DATE|2019-02]], elle a rallumé ses moteurs.",
    ),
    ("2024-05-20", "En [[1969|DATE|1969]], Armstrong marche sur la Lune [[le 21 juillet|DATE|1969-07-21]]."),
    ("2024-05-20", "[[Le 20 juillet 1969|DATE|1969-07-20]], Armstrong pose le pied sur la Lune."),
    ("2024-05-20", "Mais [[le 3 juin|DATE|2024-06-03]], la capsule décollera de Floride."),
    # a night between two days is one date, the day it ends on
    (
        "2024-11-04",
        "Les taïkonautes ont regagné la Terre dans [[la nuit de dimanche à lundi|DATE|2024-11-04]].",
    ),
    ("2024-11-04", "La fusée décollera dans [[la nuit du vendredi au samedi|DATE|2024-11-09]]."),
    # a news text back from an aside: the date behind the aside, in a new paragraph, is the news's
    (
        "2025-06-06",
        "L'atterrisseur s'est écrasé [[ce vendredi|DATE|2025-06-06]]. Il y a deux ans, en [[avril "
        "2023|DATE|2023-04]], un premier engin avait échoué.\n\nLa sonde avait été lancée "
        "[[le 15 janvier|DATE|2025-01-15]] par une fusée Falcon 9.",
    ),
    # a story told over subheadings keeps its year paragraphs later; one background date does not
    (
        "2019-07-18",
        "[[Le 18 juillet 1969|DATE|1969-07-18]], l'équipage approche de la Lune."
        " [[Le 16 juillet|DATE|1969-07-16]], la fusée avait quitté la Floride.\n\nUn pas de géant\n\n"
        "Armstrong descend l'échelle du module.\n\nLes roches rapportées pèsent 21 kilos.\n\n"
        "Le retour\n\n[[Le 24 juillet|DATE|1969-07-24]], la capsule amerrit dans le Pacifique.",
    ),
    (
        "2024-02-22",
        "Aucun engin n'avait aluni depuis [[décembre 1972|DATE|1972-12]].\n\nLe moteur est allumé."
        "\n\nLes ingénieurs attendent le signal.\n\nL'engin avait décollé [[le 15 février|DATE|2024-02-15]].",
    ),
    # month parts, time limits and seasons: a month, or a year at most
    ("2024-05-20", "Le lancement est prévu [[fin avril|DATE|2025-04]]."),
    ("2024-05-20", "La capsule avait rejoint la station [[début mars|DATE|2024-03]]."),
    ("2024-05-20", "Le tir aura lieu [[mi-juin|DATE|2024-06]] depuis Kourou."),
    ("2024-05-20", "Les vols reprendront à partir de [[mars|DATE|2025-03]]."),
    ("2024-05-20", "Le module sera prêt d'ici [[avril|DATE|2025-04]]."),
    ("2024-05-20", "La station restera en service jusqu'en [[avril|DATE|2025-04]]."),
    ("2024-05-20", "La capsule volera courant [[2025|DATE|2025]]."),
    ("2024-05-20", "La mission partira [[au printemps 2026|DATE|2026]]."),
    ("2024-05-20", "La mission partira [[à l'automne|DATE|2024]] vers la Lune."),
    ("2024-05-20", "Le rover a été livré [[l'été dernier|DATE|2023]] à Toulouse."),
    # kinds of the date parsers' test suites (Duckling, dateparser, HeidelTime), in our sentences
    ("2016-03-01", "Mise en ligne : [[janvier 28, 2016|DATE|2016-01-28]] - la sonde est réveillée."),
    ("2022-05-10", "Le premier vol avait eu lieu le [[12 avril 81|DATE|1981-04-12]]."),
    ("2022-05-10", "Le programme a démarré en [[mai 68|DATE|1968-05]]."),
    ("2022-05-10", "[[Oct. 2021|DATE|2021-10]] : premier essai du moteur."),
    ("2022-05-10", "Les deux sorties ont eu lieu les [[3|DATE|2022-03-03]] et [[7 mars|DATE|2022-03-07]]."),
    ("2022-05-10", "Prochain essai : [[24/05|DATE|2022-05-24]] à [[9h|TIME|09:00]]."),
    ("2022-05-10", "La revue de conception a lieu [[le 2e jour de juin|DATE|2022-06-02]]."),
    ("2022-05-10", "Le cargo partira [[la veille du 14 juin|DATE|2022-06-13]]."),
    ("2022-05-11", "Le tir est reporté à [[jeudi en huit|DATE|2022-05-19]]."),
    ("2022-05-11", "Le lancement aura lieu [[samedi suivant|DATE|2022-05-21]]."),
    ("2022-05-11", "Mise à jour [[il y a 25 min|DATE|2022-05-11]] : le tir est confirmé."),
    ("2022-05-11", "La sonde a été lancée [[il y a deux ans et demi|DATE|2019-11-11/2019-11]]."),
    ("2022-05-11", "Le moteur sera testé [[la semaine suivante|DATE|2022-05-16]]."),
    ("2022-05-11", "Le satellite sera livré [[en fin d'année|DATE|2022]]."),
    ("2022-05-11", "Les essais reprendront [[au début du mois prochain|DATE|2022-06]]."),
    ("2022-05-11", "Le vol est attendu [[mi-2023|DATE|2023]]."),
    ("2022-05-11", "Le projet est né à [[l'été 69|DATE|1969]]."),
    ("2022-05-11", "Le cargo partira pour [[l'Armistice|DATE|2022-11-11]]."),
    ("2022-05-11", "Le tir aura lieu [[ce soir|DATE|2022-05-11]] si le vent faiblit."),
    (
        "2022-05-11",
        "Les essais iront du [[vendredi 10|DATE|2022-06-10]] au [[dimanche 12 juin|DATE|2022-06-12]].",
    ),
    (
        "2022-05-11",
        "Les astronautes s'entraîneront du [[seize|DATE|2022-06-16]] au [[19 juin|DATE|2022-06-19]].",
    ),
    ("2022-05-11", "Le site sera fermé du [[16|DATE|2022-05-16]] au [[20|DATE|2022-05-20]]."),
    ("2022-05-11", "Colloque spatial, [[21|DATE|2022-06-21]]-[[23 juin|DATE|2022-06-23]] à Toulouse."),
    ("2022-05-11", "Le tir aura lieu à [[9 heures ce soir|TIME|21:00]]."),
    ("2022-05-11", "La fusée partira à [[dix heures et vingt minutes|TIME|10:20]]."),
    ("2022-05-11", "L'équipage se lèvera à [[six heures trois quarts|TIME|06:45]]."),
    ("2022-05-11", "La poussée a duré [[3 mins|DURATION|PT3M]]."),
    ("2022-05-11", "La manœuvre prend [[3/4 d'heure|DURATION|PT45M]]."),
    ("2022-05-11", "Les techniciens ont veillé [[toute la journée|DURATION|P1D]] sur le satellite."),
    ("2022-05-11", "Il a vécu à bord [[2 ans, 4 mois et 3 jours|DURATION|P2Y4M3D]]."),
    ("2022-05-11", "La réparation a demandé [[deux heures et vingt minutes|DURATION|PT2H20M]]."),
    # narrative anchoring (issue #4): the story's own dates, HeidelTime's reference time
    (
        "2024-05-20",
        "En [[avril 1970|DATE|1970-04]], la capsule quitte la Terre. [[Le 19 mars|DATE|1970-03-19]],"
        " un pilote avait été écarté ; l'équipage rentre [[le 17 avril|DATE|1970-04-17]].",
    ),
    (
        "2024-05-20",
        "La sonde est partie en [[mars 2004|DATE|2004-03]]. [[Dix ans plus tard|DATE|2014]], elle a"
        " rejoint sa comète ; [[le 12 novembre|DATE|2014-11-12]], son robot s'est posé.",
    ),
    (
        "2024-05-20",
        "En [[1965|DATE|1965]], un cosmonaute sort dans le vide. [[Quatre ans après|DATE|1969]],"
        " deux hommes marchent sur la Lune ; [[l'année suivante|DATE|1970]], une mission échoue.",
    ),
    (
        "2024-05-20",
        "La station a été lancée [[le 20 février 1986|DATE|1986-02-20]].\n\n[[Trois mois plus"
        " tard|DATE|1986-05]], un premier équipage l'a occupée.",
    ),
    (
        "2024-05-20",
        "[[Le 1er février 2003|DATE|2003-02-01]], la navette se désintègre. [[Ce jour-là|DATE|2003-02-01]],"
        " sept astronautes meurent ; [[le soir même|DATE|2003-02-01]], le président s'exprime.",
    ),
    (
        "2024-05-20",
        "La capsule a décollé [[ce matin|DATE|2024-05-20]] ; [[le jour même|DATE|2024-05-20]], elle a"
        " rejoint la station.",
    ),
    # a year in the background of the news moves nothing; the story stops at a date of the news
    (
        "2024-03-10",
        "L'agence, créée en [[1975|DATE|1975]], a lancé [[le 3 mars|DATE|2024-03-03]] un satellite.",
    ),
    (
        "2021-10-17",
        "Depuis [[2011|DATE|2011]], la Russie vole seule. [[Le 5 octobre|DATE|2021-10-05]],"
        " une actrice a décollé.",
    ),
    (
        "2024-05-20",
        "En [[1969|DATE|1969]], un homme a marché sur la Lune. [[Le 16 novembre|DATE|2024-11-16]],"
        " la fusée décollera.",
    ),
    (
        "2025-11-20",
        "Aucun vol lunaire depuis [[1972|DATE|1972]] : le tir est prévu [[le 14 mars|DATE|2026-03-14]] et la"
        " fenêtre reste ouverte jusqu'en [[mai|DATE|2026-05]].",
    ),
    # month parts and "il y a": the month, the year when that is all the unit says
    (
        "2025-01-10",
        "Le lanceur a été livré [[fin novembre|DATE|2024-11]] et volera [[mi-février|DATE|2025-02]].",
    ),
    ("2019-07-20", "[[Il y a cinquante ans|DATE|1969]], deux hommes marchaient sur la Lune."),
    ("2021-04-12", "[[Il y a 60 ans jour pour jour|DATE|1961-04-12]], un homme faisait le tour de la Terre."),
    (
        "2024-05-20",
        "La sonde a décollé [[il y a trois mois|DATE|2024-02]] et la capsule"
        " [[il y a deux semaines|DATE|2024-05-06]].",
    ),
    ("2024-05-20", "Le programme est né [[il y a un demi-siècle|DATE|1974]]."),
    ("2024-01-18", "Le cargo peut rester accroché jusqu'à [[un an|DURATION|P1Y]] à la station."),
    # session 4: kinds missed on heldout5-8 (headings, wider story window, news quirks)
    (
        "2024-06-10",
        "Il y a quarante ans\n\n[[Le 3 avril 1984|DATE|1984-04-03]], la navette décollait.\n\nUn titre"
        "\n\nLancé en [[mai 1980|DATE|1980-05]], le satellite tournait.\n\nLa navette a décollé à"
        " 8 h 58. [[Trois jours plus tard|DATE|1984-04-06]], elle approchait ;"
        " [[le 7 avril|DATE|1984-04-07]], elle le capturait.",
    ),
    (
        "2023-06-16",
        "[[Le 14 juin 1963|DATE|1963-06-14]], il décolle.\n\n[[Ce vendredi-là|DATE|1963-06-14]],"
        " la fusée s'élève.",
    ),
    (
        "2026-07-20",
        "La sonde a décollé [[le 20 août 1975|DATE|1975-08-20]] ; sa jumelle est partie"
        " [[le 9 septembre suivant|DATE|1975-09-09]].",
    ),
    ("2024-09-01", "[[Sept minutes|DURATION|PT7M]] plus tard, le premier étage revenait."),
    (
        "2024-09-01",
        "En [[2024|DATE|2024]], la sonde part ; [[moins de deux ans plus tard|DATE|2026]], elle arrive.",
    ),
    ("2024-08-17", "Les premiers signaux sont attendus [[dans la nuit|DATE|2024-08-17/2024-08-16]]."),
    ("2024-08-17", "Le cargo a été arrimé [[en fin de journée|DATE|2024-08-17]] au module Harmony."),
    ("2025-11-17", "Le trafic devrait décoller [[d'ici le printemps|DATE|2026]] selon l'exploitant."),
    (
        "2025-04-06",
        "Une compagnie propose [[cet été|DATE|2025]] des vols ; [[dès ce lundi|DATE|2025-04-07]],"
        " l'horaire change.",
    ),
    ("2026-09-14", "Le tunnelier a franchi une étape [[ce week-end|DATE|2026-09-12]] sous la gare."),
    ("2014-08-12", "BRUXELLES [[12/08|DATE|2014-08-12]] (BELGA) = Le cargo s'est amarré."),
    ("2014-08-12", "Le cargo porte le nom d'un astronome ([[1894|DATE|1894]]-[[1966|DATE|1966]])."),
    ("2025-11-20", "La Chine vise [[2030|DATE|2030]] pour la Lune ; le budget [[2026|DATE|2026]] à l'étude."),
    ("2025-11-20", "La mise en service est prévue pour [[2027|DATE|2027]]."),
    ("2025-01-14", "Après un voyage de [[sept ans|DURATION|P7Y]], la sonde a livré ses échantillons."),
    ("2023-09-15", "Il cumulera plus de [[1.000 jours|DURATION|P1000D]] en orbite."),
    ("2020-11-18", "Ces éclairs ont été découverts [[il y a une trentaine d'années|DATE|1990]]."),
    ("2024-04-11", "La fusée est développée depuis [[les années 1990|DATE|1990/199]]."),
    ("2014-09-01", "Les premières fusées ont volé au [[XXe siècle|DATE|19]] en Europe."),
    ("2014-09-01", "Le dernier contact remonte à [[il y a 1 an et 2 mois|DATE|2013-07]]."),
    ("2024-10-10", "La sonde arrivera à [[la fin de l'année 2026|DATE|2026/2026-12]]."),
    ("2026-01-15", "Partis de Floride [[le 1er août|DATE|2025-08-01]], ils auront passé cinq mois à bord."),
    (
        "2025-03-07",
        "Sur la fusée qui transportait la sonde en [[janvier|DATE|2025-01]] se trouvait un robot.",
    ),
    (
        "2025-03-07",
        "Le robot s'est posé [[dimanche 2 mars|DATE|2025-03-02]]. Son aîné s'était renversé en"
        " [[février 2024|DATE|2024-02]].\n\nLe second avait décollé [[le 26 février|DATE|2025-02-26]].",
    ),
    # session 5: kinds missed on heldout9-11 (parse slips, stamps, stories that look back)
    (
        "2022-12-07",
        "[[Le 11 décembre 1972|DATE|1972-12-11]], il se pose ; il reste, à ce jour, le seul géologue"
        " à l'avoir fait.\n\n[[Le 14 décembre|DATE|1972-12-14]], le module redécolle de la Lune.",
    ),
    (
        "2021-09-19",
        "Le vaisseau Crew Dragon Endurance a amerri au large de la Floride [[samedi|DATE|2021-09-18]]"
        " à 21 h 10.",
    ),
    (
        "2024-11-24",
        "Les chutes de neige ont offert un bel enneigement aux stations.\n\nLes prochaines ouvertures"
        " sont attendues [[le 7 décembre|DATE|2024-12-07]], notamment dans les Pyrénées.",
    ),
    (
        "2024-11-26",
        "Frayeur [[samedi soir|DATE|2024-11-23]] à l'aéroport de Nantes. Un avion cargo a dû se poser"
        " en urgence.",
    ),
    (
        None,
        "Le port était plein [[ce samedi 14 septembre 2024|DATE|2024-09-14]]."
        " Dès [[vendredi soir|DATE|2024-09-13]], les voiliers arrivaient.\n\n"
        "[[Le dimanche|DATE|2024-09-15]], le public a visité les navires.",
    ),
    (
        "2022-05-15",
        "[[Le 15 mai 1997|DATE|1997-05-15]], la navette décolle vers Mir pour relever un astronaute"
        " américain, arrivé en [[janvier|DATE|1997-01]]. Quelques mois plus tôt, en [[février|DATE|1997-02]],"
        " un incendie s'était déclaré à bord. [[Le 24 mai|DATE|1997-05-24]], la navette rentre.",
    ),
    (
        "2019-03-15",
        "[[Le 11 octobre 2018|DATE|2018-10-11]], la fusée échoue. Le patron de l'agence avait promis que"
        " l'équipage aurait une nouvelle chance [[au printemps|DATE|2019]].",
    ),
    (
        "2025-03-18",
        "[[Le 18 mars 1965|DATE|1965-03-18]], il quitte son vaisseau.\n\nPublié le 18/03/2025 à 06h30 -"
        " Mis à jour le 18/03/2025 à 09h05\n\n[[Ce matin-là|DATE|1965-03-18]], la fusée décolle.",
    ),
    (
        None,
        "Elle est choisie comme commandante en [[1999|DATE|1999]]. [[La même année|DATE|1999]], elle"
        " s'entraîne à Moscou.",
    ),
    (
        "2024-01-15",
        "[[Le 15 janvier 2009|DATE|2009-01-15]], l'avion se pose sur le fleuve.\n\nLes passagers sortent."
        "\n\nL'enquête dure des mois.\n\nLe pilote devient conférencier en [[2016|DATE|2016]].\n\nL'appareil"
        " n'a jamais atteint sa destination [[ce jour-là|DATE|2009-01-15]].",
    ),
    (
        "2022-05-11",
        "[[Le 3 mars 2001|DATE|2001-03-03]], le cargo revient vers la station, qu'il avait quittée"
        " [[la veille|DATE|2001-03-02]] depuis le port arrière.",
    ),
    (
        "2014-11-12",
        "Les ingénieurs ont tenté [[dans la soirée|DATE|2014-11-12]] de rétablir le contact avec le robot.",
    ),
    (
        "2019-03-15",
        "Les premiers vols habités sont attendus dans le courant de [[l'année|DATE|2019]] ; beaucoup de"
        " sondes ont échoué dans [[les années soixante|DATE|1960]].",
    ),
    (
        "2022-05-11",
        "Les cosmonautes ont passé [[trois nuits|DURATION|P3D]] dans la taïga. Il était presque"
        " [[22 h 15|TIME|22:15]] quand le signal est arrivé.",
    ),
    (
        "2022-05-11",
        "La sonde doit atteindre Mars dans environ [[deux mois|DURATION|P2M]] et son orbite finale"
        " dans un peu plus d'[[un an|DURATION|P1Y]].",
    ),
    (
        "2023-04-15",
        "[[Au lendemain|DATE|2023-04-14]] d'une annulation due au vent, la fusée a décollé"
        " [[vendredi|DATE|2023-04-14]] de Kourou.",
    ),
    (
        "2020-08-31",
        "La fusée n'avait plus volé depuis [[le 4 juillet|DATE|2020-07-04]] ; en Australie, on était déjà"
        " [[le 5|DATE|2020-07-05]] au matin.",
    ),
    (
        "2020-12-05",
        "La mission est prolongée jusqu'en [[2031|DATE|2031]].\n\nLa sonde avait décollé"
        " [[le 3 décembre 2014|DATE|2014-12-03]]. Elle a touché l'astéroïde"
        " [[le 22 février 2019|DATE|2019-02-22]], puis une seconde fois [[le 11 juillet|DATE|2019-07-11]].",
    ),
    (
        "2022-09-03",
        "Une fuite a contraint l'agence à annuler [[ce samedi|DATE|2022-09-03]] la deuxième tentative.",
    ),
    (
        "2024-03-12",
        "La sonde japonaise a aluni [[samedi|DATE|2024-03-09]] près du cratère. La cérémonie de"
        " lancement a lieu [[dimanche|DATE|2024-03-17]].",
    ),
    (
        "2024-03-12",
        "[[Le 3 novembre 2021|DATE|2021-11-03]], la station accueille un équipage."
        " En [[janvier|DATE|2021-01]], un cargo était arrivé. En [[avril|DATE|2022-04]], la capsule repart.",
    ),
    # a fraction of a second keeps its fraction
    (
        "2013-07-11",
        "Le signal de décollage a été donné [[0,4 seconde|DURATION|PT0.4S]] trop tôt, puis le moteur a "
        "tourné [[2,5 secondes|DURATION|PT2.5S]] de trop.",
    ),
    # a year behind a headline's kicker frames the review: its year-less dates are of that year
    (
        "2019-01-04",
        "Chine : [[2018|DATE|2018]], l'année des records\n\n[[12 mars|DATE|2018-03-12]] : un premier "
        "succès\nLa fusée Longue Marche décolle de Xichang.",
    ),
    # a relative clause's year, or a day counted back in an aside, does not move the story
    (
        "2024-07-20",
        "[[Le 16 juillet 1969|DATE|1969-07-16]], la fusée décolle. [[Le 20 juillet|DATE|1969-07-20]], le"
        " module se pose près de la sonde Surveyor 5, qui s'y était posée en [[septembre 1967|DATE|1967-09]]."
        " [[Le 21 juillet|DATE|1969-07-21]], il redécolle.",
    ),
    (
        "2023-06-18",
        "[[Le 18 juin 1983|DATE|1983-06-18]], la navette décolle avec Sally Ride – sélectionnée"
        " [[cinq ans auparavant|DATE|1978]] –. [[Le 24 juin|DATE|1983-06-24]], elle se pose.",
    ),
    # "suivant" counts from the story's day, whatever the tense
    (
        "2025-03-23",
        "[[Le 23 mars 1965|DATE|1965-03-23]], Gus Grissom et John Young décollaient de Cap Kennedy."
        " [[Le 3 juin suivant|DATE|1965-06-03]], Ed White réussira la première sortie américaine.",
    ),
    # years counted up to the publication year are the interview's present: the story goes on
    (
        "2024-04-05",
        "[[Le 3 avril 1984|DATE|1984-04-03]], Rakesh Sharma décolle de Baïkonour.\n\n"
        "[[Quarante ans plus tard|DATE|2024]], l'ancien pilote nous reçoit chez lui, à Coonoor.\n\n"
        "[[Le 4 avril|DATE|1984-04-04]], le vaisseau s'amarre à Saliout 7. Et [[quarante ans plus "
        "tard|DATE|2024]], aucun autre Indien n'a volé à bord d'un Soyouz.",
    ),
]


def _check(nlp, anchor: str | None, marked: str) -> None:
    text, expected = parse_case(marked)
    doc = nlp(make_doc(nlp, text, anchor))
    found = {(t["start"], t["end"], t["label"]): t["value"] for t in doc._.orbitext_temporals}
    for start, end, label, value in expected:
        hits = [v for (s, e, lab), v in found.items() if lab == label and s < end and start < e]
        assert hits, f"{text[start:end]!r} ({label}) not found in {found}"
        assert any(v in value.split("/") for v in hits), f"{text[start:end]!r}: {hits} != {value}"


@pytest.mark.parametrize(("anchor", "marked"), CASES)
def test_temporal_cases(nlp, anchor: str | None, marked: str) -> None:
    _check(nlp, anchor, marked)


@pytest.mark.parametrize(
    "text",
    [
        "Le rover Perseverance roule sur Mars depuis son arrivée.",
        "Le satellite de navigation IRNSS-1H est resté piégé sous la coiffe.",
        "La mission Mars 2020 a été un succès.",
        "Sept astronautes sont à bord de la station.",
        "L'actrice, 37 ans, a tourné en orbite.",
        "Le premier à marcher sur la Lune était américain.",
        "Le lanceur mesure 70 mètres et pèse 549 tonnes.",
        "Le lendemain, l'équipage s'est reposé.",
        "La veille de son départ, l'astronaute a dîné en famille.",
        "La capsule a été récupérée par un navire.",
        "Note : 10/10 pour la mission.",
        "Le taux est passé du 5 au 7 %.",
        "Sept 1500 personnes ont visité le site.",
        "La mission Mars 2020 a été un succès.",
        "Le satellite a été lancé le même jour que la sonde.",
        "Le lendemain de son retour, il a donné une conférence.",
        "Il reste à ce jour le seul géologue à avoir marché sur la Lune.",
        "Le pilote du vaisseau est le jeune Ivan Petrov, 30 ans.",
        "La veille de son départ vers la base, l'équipage a dîné en famille.",
        "Le volcan de l'île de Pâques a été photographié depuis la station.",
        "La fusée a perdu une tuile dans l'ascension.",
    ],
)
def test_no_false_dates(nlp, text: str) -> None:
    doc = nlp(make_doc(nlp, text, "2022-05-11"))
    assert not doc._.orbitext_temporals, doc._.orbitext_temporals


@needs_shared
def test_temporal_dev_corpus_values(nlp) -> None:
    """Value F1 on the shared temporal dev set, counted like the scorer (overlap, label, value)."""
    gold_docs = read_jsonl(TEMPORAL_CORPUS)
    tp = total = 0
    for gold in gold_docs:
        doc = nlp(make_doc(nlp, gold["text"], gold["date"]))
        pred = list(doc._.orbitext_temporals)
        for ent in gold["entities"]:
            total += 1
            tp += any(
                p["label"] == ent["label"]
                and p["start"] < ent["end"]
                and ent["start"] < p["end"]
                and p["value"] in ent["value"].split("|")
                for p in pred
            )
    assert total and tp / total >= 0.9


# measured: 1.000 on adapted.jsonl (302 expressions; tune 1.000, check 1.000 after the fixes,
# 0.889 / 0.925 before); the floor leaves room for deliberate trade-offs, not for regressions
ADAPTED_CORPUS = Path(__file__).parent / "data" / "temporal" / "adapted.jsonl"
ADAPTED_FLOOR = 0.97


@needs_shared
def test_adapted_corpus_values(nlp) -> None:
    """Value F1 on our sentences around the date parsers' test-suite expressions (shared scorer)."""
    result, _ = score_corpus(nlp, ADAPTED_CORPUS)
    assert result["temporal_values"]["gold"] > 250
    assert result["temporal_values"]["f"] >= ADAPTED_FLOOR, result["temporal_values"]


NARRATIVE_CORPUS = Path(__file__).parent / "data" / "temporal" / "narrative.jsonl"


@needs_shared
def test_narrative_corpus_values(nlp) -> None:
    """Value F1 on our retrospectives, month parts, same-day words, "il y a" and undated articles
    (measured 1.000 on 105 expressions; 0.640 before narrative anchoring, issue #4)."""
    result, _ = score_corpus(nlp, NARRATIVE_CORPUS)
    assert result["temporal_values"]["gold"] >= 100
    assert result["temporal_values"]["f"] >= 0.97, result["temporal_values"]


SUITES_CORPUS = Path(__file__).parent / "data" / "temporal" / "suites.jsonl"
KINDS_CORPUS = Path(__file__).parent / "data" / "temporal" / "news_kinds.jsonl"


@needs_shared
@pytest.mark.parametrize(
    ("path", "floor"),
    # measured (session 4): suites 0.993 on 134 expressions (Duckling FR / dateparser / HeidelTime
    # kinds in our sentences; 31 of 149 tried were wrong before, 15 after, those left out), news
    # kinds 1.000 on 41 (the heldout5-8 failure kinds; 27 wrong before)
    [(SUITES_CORPUS, 0.96), (KINDS_CORPUS, 0.97)],
    ids=["suites", "news_kinds"],
)
def test_session4_corpus_values(nlp, path: Path, floor: float) -> None:
    """Value F1 on our sentences for the kinds the public suites and heldout5-8 showed missing."""
    result, _ = score_corpus(nlp, path)
    assert result["temporal_values"]["gold"] >= 40
    assert result["temporal_values"]["f"] >= floor, result["temporal_values"]


SUITES5_CORPUS = Path(__file__).parent / "data" / "temporal" / "suites5.jsonl"


@needs_shared
def test_session5_suites_values(nlp) -> None:
    """Value F1 on our sentences for kinds of HeidelTime's French resources and Duckling's FR
    corpus not held before session 5 (movable feasts, "un quart de siècle", "3 h 30 de vol", ...):
    measured 1.000 on 80 expressions; 7 of the 70 kinds tried were wrong before."""
    result, _ = score_corpus(nlp, SUITES5_CORPUS)
    assert result["temporal_values"]["gold"] >= 70
    assert result["temporal_values"]["f"] >= 0.97, result["temporal_values"]


def test_undated_article_keeps_only_what_the_text_dates(nlp) -> None:
    """Without a publication date, relative expressions get no value unless the text dates them."""
    doc = nlp(make_doc(nlp, "Le cargo s'est amarré hier ; il repartira dans trois mois, mardi.", None))
    assert [t for t in doc._.orbitext_temporals if t["label"] == "DATE"] == []
    text = (
        "En 1998, le premier module a été lancé. Le 20 novembre, il a atteint son orbite ;"
        " le lendemain, tout allait bien."
    )
    doc = nlp(make_doc(nlp, text, None))
    assert [t["value"] for t in doc._.orbitext_temporals] == ["1998", "1998-11-20", "1998-11-21"]


def test_pretests_find_what_a_full_scan_finds() -> None:
    """The word index, determiner starts and literal pre-tests of ``find`` only skip work: every
    family scanned over the whole text finds the same expressions."""
    grammar, _ = default_grammar()
    full = TemporalGrammar(grammar.vocab)
    full._needs, full._needs_words, full._starts, full._det_words = {}, {}, {}, {}
    texts = [parse_case(marked)[0] for _, marked in CASES]
    texts += [d["text"] for path in (NARRATIVE_CORPUS, ADAPTED_CORPUS) for d in read_jsonl(path)]
    for text in texts:
        for variant in (text, text.upper(), text.replace(" ", "  "), text.replace("-", " ")):
            assert grammar.find(variant) == full.find(variant), variant


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        ("La sortie dans l'espace a duré six heures et demie.", "2023-03-01", None, "PT6H30M"),
        ("Le cargo repartira samedi.", "2023-03-01", "future", "2023-03-04"),
        ("Le cargo est reparti samedi.", "2023-03-01", "past", "2023-02-25"),
        ("Le cargo est reparti samedi.", "2023-03-08", "past", "2023-03-04"),
        ("Rendez-vous le 30 février.", "2023-03-01", None, None),
    ],
)
def test_values_kept_by_expression_and_anchor(
    text: str, anchor: str, tense: str | None, value: str | None
) -> None:
    """``Normalizer.value`` keeps its values by (expression, anchor, tense): asked again, or with
    another anchor or tense, it gives what a fresh normaliser computes; the store stays bounded."""
    import datetime as dt

    from orbitext.pipes.temporal.normalize import Normalizer

    grammar, shared = default_grammar()
    (cand,) = grammar.find(text)
    day = dt.date.fromisoformat(anchor)
    for _ in range(2):
        assert shared.value(cand, day, tense) == value == Normalizer(grammar.vocab).value(cand, day, tense)
    assert len(shared._values) <= Normalizer.VALUES_KEPT


def test_anchor_is_latest_full_date_when_no_date(nlp) -> None:
    doc = nlp("Le 3 mars 2019, la capsule est partie. Elle est revenue le 12 avril 2019, un vendredi.")
    assert doc._.orbitext_anchor == "2019-04-12"
    doc = nlp("La capsule est partie mardi.")
    assert doc._.orbitext_anchor is None
    assert not doc._.orbitext_temporals  # nothing to resolve "mardi" against


def test_spans_group_and_not_ents(nlp) -> None:
    doc = nlp(make_doc(nlp, "La fusée a décollé le 5 octobre à 8h40.", "2021-10-17"))
    assert [s.label_ for s in doc.spans["orbitext_temporal"]] == ["DATE", "TIME"]
    assert not any(e.label_ in ("DATE", "TIME", "DURATION") for e in doc.ents)


def test_furniture_is_skipped(blank_nlp) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_temporal")
    doc = nlp.make_doc("Menu : Lundi 12 mai. La fusée a décollé le 5 octobre.")
    doc._.orbitext_date = "2021-10-17"
    doc.spans["orbitext_furniture"] = [doc.char_span(0, 20, alignment_mode="expand")]
    doc = nlp(doc)
    assert [t["text"] for t in doc._.orbitext_temporals] == ["le 5 octobre"]


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        ("le 5 octobre", "2021-10-17", "past", "2021-10-05"),
        ("le 5 octobre", "2021-10-01", "future", "2021-10-05"),
        ("mardi dernier", "2021-10-17", None, "2021-10-12"),
        ("lundi", "2013-02-12", "future", "2013-02-18"),
        ("16 h 09", None, None, "16:09"),
        ("pendant 12 jours", None, None, "P12D"),
        ("il y a trois jours", "2021-10-17", None, "2021-10-14"),
        ("1 sept. 2024", None, None, "2024-09-01"),
        ("le 14 juillet 1789", None, None, "1789-07-14"),
        ("le 15 février", "2025-11-20", "future", "2026-02-15"),
        ("en février", "2024-01-15", "past", "2023-02"),
        ("en février", "2024-01-15", None, "2024-02"),
        ("fin avril", "2024-05-20", "future", "2025-04"),
        ("au printemps 2026", "2024-05-20", None, "2026"),
        ("l'hiver dernier", "2024-05-20", None, "2023"),
        ("décembre 5 2014", None, None, "2014-12-05"),
        ("le 31 octobre 74", None, None, "1974-10-31"),
        ("lundi en huit", "2013-02-12", None, "2013-02-25"),
        ("mercredi suivant", "2013-02-12", None, "2013-02-20"),
        ("il y a un an et demi", "2024-07-09", None, "2023-01"),  # the month: all it says
        ("il y a cinquante ans", "2019-07-20", None, "1969"),
        ("il y a trois mois", "2024-05-20", None, "2024-02"),
        ("dans deux semaines", "2024-05-20", None, "2024-06-03"),
        ("en fin d'année", "2013-02-12", None, "2013"),
        ("novembre de l'année dernière", "2024-07-09", None, "2023-11"),
        ("le lendemain du 13 février", "2013-02-12", None, "2013-02-14"),
        ("1/2 heure", None, None, "PT30M"),
        ("à onze heures trois quarts", None, None, "11:45"),
    ],
)
def test_normalize_date_expression(text: str, anchor: str | None, tense: str | None, value: str) -> None:
    assert normalize_date_expression(text, anchor, tense) == value


def test_round_trip(tmp_path) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_temporal")
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    doc = loaded(make_doc(loaded, "Retour prévu le 2 à 18h.", "2013-02-12"))
    assert [t["value"] for t in doc._.orbitext_temporals] == ["2013-02-02", "18:00"]


@pytest.mark.parametrize(
    "text", ["", " ", "le 99/99/9999", "à 99h99", "il y a  jours", "le 31 février", "🚀" * 50]
)
def test_never_raises(blank_nlp, text: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_temporal")
    doc = nlp(make_doc(nlp, text, "2021-10-17"))
    assert isinstance(doc._.orbitext_temporals, list)


# session 6: general kinds from the heldout12-13 misses (our own sentences)
CASES6: list[tuple[str | None, str, tuple[str, ...]]] = [
    # a date in apposition tells the day a counted expression leads to
    (
        "2024-05-01",
        "La sonde est lancée [[le 9 mai 1995|DATE|1995-05-09]]. Le contact est perdu"
        " [[le 2 juin|DATE|1995-06-02]].\n\n[[Six jours plus tard|DATE|1995-06-14]],"
        " [[le 14 juin|DATE|1995-06-14]], les ingénieurs reprennent la main.",
        (),
    ),
    # "N ans plus tard" is never counted past the publication date from a background date
    (
        "2021-04-12",
        "[[Le 12 avril 1961|DATE|1961-04-12]], Gagarine fait le tour de la Terre. Le programme Vostok"
        " s'arrête en [[1963|DATE|1963]].\n\n[[Soixante ans plus tard|DATE|2021]], son vol reste un"
        " symbole.",
        (),
    ),
    (
        "2019-07-22",
        "[[Le 20 juillet 1969|DATE|1969-07-20]], Armstrong marche sur la Lune.\n\n"
        "[[Ce lundi|DATE|2019-07-22]], [[cinquante ans plus tard|DATE|2019]], la NASA célèbre l'équipage.",
        (),
    ),
    # "aujourd'hui" in a retrospective is the writer's present: no day of the story
    (
        None,
        "[[Le 12 avril 1961|DATE|1961-04-12]], Gagarine décolle à bord d'un vaisseau dont les"
        " descendants volent encore aujourd'hui.\n\n[[Le lendemain|DATE|1961-04-13]], la presse salue"
        " l'exploit. [[Le 6 août 1961|DATE|1961-08-06]], Titov le suit.",
        ("aujourd'hui",),
    ),
    (
        "2021-04-12",
        "[[Le 12 avril 1961|DATE|1961-04-12]], Gagarine décolle. Sa fusée vole encore aujourd'hui.\n\n"
        "[[Le lendemain|DATE|1961-04-13]], il rentre à Moscou.",
        ("aujourd'hui",),
    ),
    # a copula's tense dates "disponible", "opérationnel" whatever participle the clause holds
    (
        "2025-11-20",
        "Le satellite, assemblé à Cannes, sera opérationnel [[en février|DATE|2026-02]].",
        (),
    ),
    (
        "2025-10-02",
        "La série, tournée à Kourou, sera disponible [[le 16 mars|DATE|2026-03-16]] en ligne.",
        (),
    ),
    # "tout le week-end": the weekend the news tells
    (
        "2024-11-10",
        "Les hôtels de la côte affichaient complet tout [[le week-end|DATE|2024-11-09/2024-11-10]].",
        (),
    ),
    (
        "2023-06-26",
        "Le parking du centre spatial était gratuit tout [[le week-end|DATE|2023-06-24/2023-06-25]].",
        (),
    ),
    # "ce jour-là que ...": a "-là" day whatever complement follows
    (
        "2017-11-03",
        "[[Le 3 novembre 1957|DATE|1957-11-03]], une fusée décolle de Baïkonour. Le monde apprend"
        " [[ce jour-là|DATE|1957-11-03]] que l'URSS a lancé un chien.",
        (),
    ),
    (
        "2020-05-30",
        "[[Le 14 avril 1970|DATE|1970-04-14]], un réservoir explose. C'est [[ce mardi-là|DATE|1970-04-14]]"
        " que l'équipage comprend le danger.",
        (),
    ),
    # "depuis décembre" in a story lies before the story's day, and the story goes on from there
    (
        "2021-05-18",
        "[[Le 18 mai 1991|DATE|1991-05-18]], le Soyouz TM-12 décolle. À bord de Mir, deux cosmonautes"
        " les attendent depuis [[décembre|DATE|1990-12]].\n\nLe séjour est bref : elle redescend"
        " [[le 26 mai|DATE|1991-05-26]].",
        (),
    ),
    # "ce mardi-là" is the last day told that was a Tuesday, not merely the last day told
    (
        "2022-02-20",
        "[[Le 20 février 1962|DATE|1962-02-20]], Glenn fait trois fois le tour de la Terre. Le vol,"
        " prévu [[le 27 janvier|DATE|1962-01-27]], avait été reporté.\n\n[[Ce mardi-là|DATE|1962-02-20]],"
        " la fusée Atlas s'élève enfin.",
        (),
    ),
    # an amount of hours before "avant que" / "après le" is a duration, not a clock
    (
        "2019-07-21",
        "La sonde s'est écrasée [[le 21 juillet 1969|DATE|1969-07-21]], [[deux heures|DURATION|PT2H]]"
        " avant que l'équipage ne redécolle, et [[trois heures|DURATION|PT3H]] après le passage du"
        " satellite.",
        (),
    ),
    # the day of a clock's conversion in parentheses is no reference for "la veille"
    (
        "2003-10-16",
        "Le taïkonaute est rentré [[jeudi|DATE|2003-10-16]] à 6h23 heure de Pékin (22h23 GMT"
        " [[mercredi|DATE|2003-10-15]]). Il avait décollé [[la veille|DATE|2003-10-15]] à 9h00.",
        (),
    ),
    # a year told ahead ("il faudra attendre", "ne sera ... qu'en") is a glance: the story goes on
    (
        None,
        "[[Le 12 octobre 1964|DATE|1964-10-12]], une fusée s'arrache de Baïkonour. Côté américain, il"
        " faudra attendre [[mars 1965|DATE|1965-03]] pour voir Grissom décoller.\n\n"
        "[[Le 13 octobre|DATE|1964-10-13]], la capsule se pose. [[Cinq mois plus tard|DATE|1965-03]],"
        " Leonov sortira dans l'espace.",
        (),
    ),
    (
        "2026-09-12",
        "[[Le 11 octobre 1968|DATE|1968-10-11]], trois astronautes quittent la Terre. Leur record ne sera"
        " battu qu'en [[2024|DATE|2024]].\n\n[[Le 22 octobre|DATE|1968-10-22]], la capsule amerrit dans"
        " l'Atlantique. [[Deux mois plus tard|DATE|1968-12]], Apollo 8 décollera pour la Lune.",
        (),
    ),
    # ... unless the text goes on telling it: its next date would otherwise go back
    (
        "2026-03-16",
        "[[Le 15 décembre 1965|DATE|1965-12-15]], Gemini 6A rejoint Gemini 7. Il faudra attendre"
        " Gemini 12, en [[novembre 1966|DATE|1966-11]], pour maîtriser les sorties. Parti"
        " [[le 11 novembre|DATE|1966-11-11]], Aldrin réussit une sortie de deux heures.",
        (),
    ),
    # a sentence that went back before the story's day ("avait été repoussé") is no reference for
    # the next sentence's "le lendemain"
    (
        "2026-09-12",
        "[[Le 12 septembre 1966|DATE|1966-09-12]], une fusée Titan II s'élève. Le départ avait été"
        " repoussé [[le 9 septembre|DATE|1966-09-09]], puis [[le lendemain|DATE|1966-09-10]].\n\n"
        "[[Le lendemain|DATE|1966-09-13]], Gordon sort dans l'espace.",
        (),
    ),
    # a bare participle of planning tells no past: the nearest such day, here ahead
    (
        "2002-12-12",
        "L'échec jette une ombre sur le vol de la sonde Rosetta, prévu [[le 12 janvier|DATE|2003-01-12]]"
        " sur une Ariane 5.",
        (),
    ),
    (
        "2002-12-12",
        "Le tir, prévu [[le 28 novembre|DATE|2002-11-28]], avait été interrompu.",
        (),
    ),
]


CASES7: list[tuple[str | None, str, tuple[str, ...]]] = [
    # "vingt-quatre heures" after "à" is a day's length: midnight is "minuit"
    (
        "2021-08-06",
        "Personne ne savait comment le corps réagirait à [[vingt-quatre heures|DURATION|PT24H]] en orbite.",
        (),
    ),
    # a year-less day naming another event ("lors du vol du 12 avril") is no reference for "le
    # lendemain"; nor does the story's day stop being one after paragraphs that told no date
    (
        None,
        "[[Le 6 août 1961|DATE|1961-08-06]], Vostok 2 décolle avec Guerman Titov, doublure de Gagarine"
        " lors du vol du [[12 avril|DATE|1961-04-12]].\n\nTitov mange et dort.\n\nIl prend des photos."
        "\n\nIl pilote à la main.\n\n[[Le lendemain|DATE|1961-08-07]], la capsule entame sa rentrée.",
        (),
    ),
]


CASES7 += [
    # an undated text cannot count "il y a ..." from its publication
    (
        None,
        "Il y a plus d'un demi-siècle, une sonde se posait sur Vénus,"
        " [[le 15 décembre 1970|DATE|1970-12-15]].",
        ("Il y a plus d'un demi-siècle",),
    ),
    # "au début de l'année suivante": part of the unit after the story's, not the publication's
    (
        "2020-05-01",
        "[[Le 15 décembre 1970|DATE|1970-12-15]], la sonde se pose. Le succès n'est établi qu'au"
        " [[début de l'année suivante|DATE|1971]].",
        (),
    ),
    # a retrospective that has not come back to the news: "la fin de l'année" is the story's year,
    # and "en juillet suivant" the July after the story's day
    (
        "2019-12-21",
        "Il y a cinquante ans, [[le 14 novembre 1969|DATE|1969-11-14]], Apollo 12 décollait sous"
        " l'orage. La NASA voulait deux alunissages avant la [[fin de l'année|DATE|1969]].",
        (),
    ),
    (
        "2019-12-21",
        "[[Le 19 novembre 1969|DATE|1969-11-19]], Conrad et Bean se posent. « Sans eux, pas"
        " d'Apollo 13 en [[avril suivant|DATE|1970-04]] », résume un historien.",
        (),
    ),
    # ... but a plan of the present still reads the publication's year
    (
        "2019-03-01",
        "[[Le 14 novembre 1969|DATE|1969-11-14]], Apollo 12 décollait. Le musée exposera sa"
        " capsule à la [[fin de l'année|DATE|2019]].",
        (),
    ),
]


CASES8: list[tuple[str | None, str, tuple[str, ...]]] = [
    # an anniversary page: the story's day is the publication's day years back, and the months it
    # tells before that day belong to the same year, not to the next
    (
        "2019-07-20",
        "[[Il y a 50 ans jour pour jour|DATE|1969-07-20]], deux hommes marchaient sur la Lune. Tout"
        " avait commencé en [[janvier|DATE|1969-01]] par la désignation de l'équipage. [[Le 16"
        " mars|DATE|1969-03-16]], la fusée est sortie du hangar.",
        (),
    ),
    # ... and a month after the story's day stays in its year
    (
        "2015-03-18",
        "[[Il y a 50 ans jour pour jour|DATE|1965-03-18]], Leonov sortait dans l'espace. En"
        " [[juin|DATE|1965-06]], Ed White sortait à son tour.",
        (),
    ),
    # a participle right after its noun ("une station lancée en juin") looks back from the story's day
    (
        None,
        "[[Le 14 octobre 1976|DATE|1976-10-14]], Soyouz 23 décolle vers Saliout 5, une station militaire"
        " lancée en [[juin|DATE|1976-06]].",
        (),
    ),
    # after a flashback in the pluperfect, "Le lendemain" told in the imperfect goes on with it ...
    (
        "2024-07-25",
        "[[Le 25 juillet 1984|DATE|1984-07-25]], Savitskaïa sort dans l'espace.\n\n[[Le 17 juillet|DATE|"
        "1984-07-17]], son vaisseau avait décollé de Baïkonour. [[Le lendemain|DATE|1984-07-18]], il"
        " s'amarrait à la station.",
        (),
    ),
    # ... but in the story's present it is back to the story's day
    (
        "2024-07-25",
        "[[Le 25 juillet 1984|DATE|1984-07-25]], Savitskaïa sort dans l'espace.\n\n[[Le 17 juillet|DATE|"
        "1984-07-17]], son vaisseau avait décollé de Baïkonour. [[Le lendemain|DATE|1984-07-26]], elle"
        " range ses outils.",
        (),
    ),
]


@pytest.mark.parametrize(("anchor", "marked", "absent"), CASES7 + CASES8)
def test_temporal_cases7(nlp, anchor: str | None, marked: str, absent: tuple[str, ...]) -> None:
    _check(nlp, anchor, marked)
    text, _ = parse_case(marked)
    doc = nlp(make_doc(nlp, text, anchor))
    assert not [t for t in doc._.orbitext_temporals if t["text"].startswith(absent)]


@pytest.mark.parametrize(("anchor", "marked", "absent"), CASES6)
def test_temporal_cases6(nlp, anchor: str | None, marked: str, absent: tuple[str, ...]) -> None:
    _check(nlp, anchor, marked)
    text, _ = parse_case(marked)
    doc = nlp(make_doc(nlp, text, anchor))
    assert not [t for t in doc._.orbitext_temporals if t["text"] in absent]


def test_two_word_heads_start_where_the_next_word_follows() -> None:
    """A determiner head waits for its next word: spaces (any number) or one apostrophe, then
    the beginning of that word, accents or not."""
    heads = _lead_heads(["la veille", "l'avant-veille", "hier", "avant-hier"])
    assert heads == ("avant", "avanthier", "hier", "l'avant", "la veille")
    assert _follows(heads) == (("l", "'", ("avant",)), ("la", " ", ("veille",)))
    low = "la  veille, la nuit, l’avant-veille, l avant, hier et avant-hier"
    index = _RunIndex(low, re.compile(r"\b(?:[0-9]\w*|(?:la|l|hier|avant|avanthier)\b)"))
    # not "la nuit" nor "l avant" (no apostrophe); "avant" alone is a head of "avant-hier"
    found = [low[p : p + 6] for p in index.starts(heads)]
    assert found == ["la  ve", "l’avan", "avant-", "avant,", "hier e", "avant-", "hier"]


def test_headings_join_the_paragraph_they_announce() -> None:
    """A short line without closing punctuation opens no paragraph; a sentence or a long line does."""
    text = "Titre\nUne phrase.\n\n" + "x" * 121 + "\nFin"
    assert paragraph_breaks(text) == [5 + 1 + 11, 19 + 121]
    assert paragraph_breaks("\nA\nB.\nC") == [5]
