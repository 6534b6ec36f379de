"""orbitext_missions: journeys linked from events, with crew roles, ages, durations and names."""

from __future__ import annotations

import pytest
import spacy

from orbitext import make_doc
from orbitext.schema import Mission

DATE = "2023-03-15"


def _missions(nlp, text: str, date: str = DATE) -> list[dict]:
    return nlp(make_doc(nlp, text, date))._.missions


# (text, expected number of missions, checks on the first mission)
CASES = [
    (
        "La capsule Crew Dragon a décollé le 2 mars de Cap Canaveral avec à bord l'astronaute "
        "Stephen Bowen et le cosmonaute Andreï Fediaïev. Elle s'est amarrée à l'ISS le lendemain.",
        1,
        {"crew": {"Stephen Bowen": "astronaute", "Andreï Fediaïev": "cosmonaute"}, "destination": "ISS"},
    ),
    (
        "Le milliardaire Jared Isaacman, 38 ans, s'est envolé à bord de la capsule Crew Dragon "
        "pour un séjour de trois jours en orbite.",
        1,
        {"crew": {"Jared Isaacman": "milliardaire"}, "age": ("Jared Isaacman", 38), "duration": "P3D"},
    ),
    (
        "La mission Crew-7 a décollé le 26 août de Cap Canaveral avec l'astronaute danois Andreas Mogensen.",
        1,
        {"name": "Crew-7", "crew": {"Andreas Mogensen": "astronaute danois"}},
    ),
    # two flights of different people are two journeys
    (
        "Youri Gagarine s'est envolé en 1961. Le vol spatial de Valentina Terechkova a suivi en 1963.",
        2,
        {},
    ),
    # "Lancé ..., le vaisseau": the launch and the docking are one journey of the cargo
    (
        "Le cargo Progress MS-29 s'est amarré jeudi à l'ISS. "
        "Lancé mardi par une fusée Soyouz, le vaisseau apporte du fret.",
        1,
        {"destination": "ISS"},
    ),
    ("Le lancement du nouveau téléphone a eu lieu à Paris.", 0, {}),
]


def test_crewed_journey_lands_on_earth_not_on_the_moon(nlp):
    text = (
        "Le 16 juillet 1969, la fusée Saturn V s'élevait du centre spatial Kennedy avec Neil Armstrong, "
        "Buzz Aldrin et Michael Collins. Le module lunaire se posa sur la Lune le 20 juillet 1969. "
        "La capsule amerrit dans le Pacifique le 24 juillet 1969."
    )
    missions = _missions(nlp, text, "2019-07-16")
    assert len(missions) == 1, missions
    assert missions[0]["launch"]["date"] == "1969-07-16"
    assert missions[0]["landing"]["date"] == "1969-07-24"


def test_flights_of_one_launcher_are_separate_missions(nlp):
    text = (
        "Ariane 5 a effectué mercredi son dernier vol depuis Kourou.\n\n"
        "Le 25 décembre 2021, Ariane 5 a lancé le télescope spatial James Webb. "
        "En avril 2023, elle a propulsé la sonde Juice vers Jupiter."
    )
    missions = _missions(nlp, text, "2023-07-06")
    launches = sorted(m["launch"]["date"] for m in missions if m["launch"])
    assert launches == ["2021-12-25", "2023-04", "2023-07-05"], missions


@pytest.mark.parametrize(("text", "count", "checks"), CASES, ids=[c[0][:40] for c in CASES])
def test_mission_table(nlp, text, count, checks):
    missions = _missions(nlp, text)
    assert len(missions) == count, missions
    if not checks:
        return
    mission = missions[0]
    Mission.model_validate(mission)
    crew = {member["name"]: member for member in mission["crew"]}
    for name, role in checks.get("crew", {}).items():
        assert name in crew, crew
        assert crew[name]["role"] == role
    if "age" in checks:
        name, age = checks["age"]
        assert crew[name]["age"] == age
    for slot in ("destination", "duration", "name"):
        if slot in checks:
            assert mission[slot] == checks[slot], (slot, mission)


def test_mission_events_index_the_document_events(nlp):
    doc = nlp(
        make_doc(
            nlp,
            "Le vaisseau Soyouz MS-23 a décollé de Baïkonour le 24 février. "
            "Il s'est amarré à la Station spatiale internationale quelques heures plus tard.",
            DATE,
        )
    )
    assert doc._.missions
    for mission in doc._.missions:
        for index in mission["events"]:
            assert 0 <= index < len(doc._.events)


def test_round_trip(nlp, tmp_path):
    text = "L'astronaute Thomas Pesquet a décollé de Cap Canaveral le 23 avril 2021 vers l'ISS."
    before = _missions(nlp, text)
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again(make_doc(again, text, DATE))._.missions == before


def test_scrubbed_attempt_is_neither_launch_nor_new_journey(nlp):
    text = (
        "La mission Crew-8 a décollé lundi du centre spatial Kennedy à bord d'une fusée Falcon 9. "
        "La capsule Endeavour emporte vers l'ISS les astronautes Matthew Dominick et Jeanette Epps.\n\n"
        "Prévu vendredi, le décollage de la fusée avait été reporté à cause du vent.\n\n"
        "L'amarrage à l'ISS est prévu mardi."
    )
    missions = _missions(nlp, text, "2024-03-04")
    assert len(missions) == 1, missions
    mission = missions[0]
    assert mission["launch"]["date"] == "2024-03-04"
    assert "Endeavour" in mission["spacecraft"]
    events = nlp(make_doc(nlp, text, "2024-03-04"))._.events
    scrubbed = [e for e in events if e["status"] == "cancelled"]
    assert scrubbed and "Falcon 9" in scrubbed[0]["spacecraft"]
    launch = next(e for e in events if e["type"] == "LAUNCH" and e["status"] == "occurred")
    assert "Endeavour" in launch["spacecraft"] and "Jeanette Epps" in launch["participants"]


def test_other_mission_name_keeps_journeys_apart(nlp):
    text = (
        "Les quatre membres de la mission Crew-6 sont rentrés sur Terre lundi à bord de la capsule "
        "Endeavour.\n\nLeurs remplaçants de Crew-7 sont arrivés à la station fin août."
    )
    assert len(_missions(nlp, text, "2023-09-05")) == 2


def test_spacewalk_length_is_not_the_stay(nlp):
    text = (
        "Les astronautes Jasmin Moghbeli et Loral O'Hara ont effectué mercredi une sortie dans l'espace.\n\n"
        "La sortie a commencé à 13 h 05. Elle a duré six heures et 42 minutes."
    )
    for mission in _missions(nlp, text, "2023-11-02"):
        assert mission["duration"] in (None, "P6M"), mission


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Trois taïkonautes ont décollé mardi pour une mission de cinq mois à bord de Tiangong.", "P5M"),
        (
            "Le module Vikram s'est posé sur la Lune mercredi. La mission en surface doit durer 14 jours, "
            "soit une journée lunaire.",
            "P14D",
        ),
    ],
)
def test_stay_duration(nlp, text, duration):
    missions = _missions(nlp, text, "2023-08-24")
    assert missions and missions[0]["duration"] == duration, missions


def test_headline_names_the_journey_not_a_later_mission(nlp):
    text = (
        "Artemis I : la fusée SLS part vers la Lune\n\n"
        "La fusée SLS a décollé mercredi du centre spatial Kennedy avec la capsule Orion.\n\n"
        "Si tout se passe bien, Artemis II emmènera des astronautes autour de la Lune."
    )
    missions = _missions(nlp, text, "2022-11-16")
    assert [m["name"] for m in missions] == ["Artemis I"], missions


def test_launcher_and_payload_told_apart_are_one_journey(nlp):
    text = (
        "La fusée SLS a décollé mercredi du centre spatial Kennedy.\n\n"
        "L'amerrissage de la capsule Orion est prévu le 11 décembre dans le Pacifique."
    )
    missions = _missions(nlp, text, "2022-11-16")
    assert len(missions) == 1, missions
    assert {"SLS", "Orion"} <= set(missions[0]["spacecraft"])
    assert missions[0]["launch"]["date"] == "2022-11-16"


def _first(missions: list[dict]) -> dict:
    assert missions, missions
    return missions[0]


def _crew(mission: dict) -> set[str]:
    return {member["name"] for member in mission["crew"]}


# one row per kind of journey-linking rule: (kind, publication date, text, check on the missions)
JOURNEY_CASES = [
    (
        "launcher-and-capsule-same-day",
        "2023-09-16",
        "La fusée Soyouz-2.1a a décollé vendredi du cosmodrome de Baïkonour. Le vaisseau Soyouz MS-24 "
        "s'est élancé à 17 h 44 avec à son bord les cosmonautes Oleg Kononenko et Nikolaï Tchoub.",
        lambda ms: (
            len(ms) == 1
            and ms[0]["launch"]["time"] == "17:44"
            and ms[0]["launch"]["place"] == "Baïkonour"
            and {"Soyouz-2.1a", "Soyouz MS-24"} <= set(ms[0]["spacecraft"])
        ),
    ),
    (
        "passenger-list-in-another-sentence",
        "2023-03-15",
        "La capsule New Shepard a décollé dimanche du Texas avec à son bord l'homme d'affaires Marc Durand. "
        "La capsule s'est posée dans le désert.\n\n"
        "Les autres passagers étaient Julie Martin et Paul Lefèvre.",
        lambda ms: len(ms) == 1 and _crew(ms[0]) == {"Marc Durand", "Julie Martin", "Paul Lefèvre"},
    ),
    (
        "colon-list-after-capsule",
        "2025-12-10",
        "La mission Artemis II pourrait décoller le 5 février. Quatre astronautes prendront place dans la "
        "capsule Orion : le commandant Reid Wiseman, le pilote Victor Glover, Christina Koch "
        "et Jeremy Hansen.",
        lambda ms: _crew(_first(ms)) == {"Reid Wiseman", "Victor Glover", "Christina Koch", "Jeremy Hansen"},
    ),
    (
        "suborbital-hop-lands-the-same-day",
        "2023-03-15",
        "La capsule New Shepard a décollé dimanche du Texas avec l'astronaute Marc Durand pour un vol "
        "suborbital d'une dizaine de minutes. Elle s'est posée dans le désert.",
        lambda ms: (
            _first(ms)["duration"] == "PT10M"
            and ms[0]["landing"]["date"] == ms[0]["launch"]["date"] == "2023-03-12"
        ),
    ),
    (
        "cargo-flies-nobody",
        "2024-02-17",
        "Le cargo Progress MS-26 s'est amarré samedi au module Zvezda de la Station spatiale internationale. "
        "Il apporte trois tonnes de fret à l'équipage, dont le cosmonaute Oleg Kononenko.",
        lambda ms: _first(ms)["crew"] == [] and ms[0]["destination"] == "Station spatiale internationale",
    ),
    (
        "undocking-names-the-station",
        "2024-08-13",
        "Le cargo Progress MS-25 s'est désamarré mardi de la Station spatiale internationale.",
        lambda ms: _first(ms)["destination"] == "Station spatiale internationale",
    ),
    (
        "station-module-is-not-a-vehicle",
        "2024-01-18",
        "Le cargo Tianzhou-7 s'est amarré jeudi à la station spatiale chinoise Tiangong. "
        "Lancé mercredi de Wenchang, il s'est arrimé au module Tianhe.",
        lambda ms: _first(ms)["destination"] == "Tiangong" and "Tianhe" not in ms[0]["spacecraft"],
    ),
    (
        "unnamed-station-is-the-only-one",
        "2024-04-26",
        "Le vaisseau Shenzhou-18 s'est amarré vendredi à la station avec trois taïkonautes, Ye Guangfu, "
        "Li Cong et Li Guangsu. La Chine exploite la station Tiangong depuis 2022.",
        lambda ms: _first(ms)["destination"] == "Tiangong",
    ),
    (
        "model-and-vehicle-name-are-one-craft",
        "2024-03-04",
        "La capsule Crew Dragon Endeavour a décollé lundi de Cap Canaveral avec l'astronaute "
        "Matthew Dominick. "
        "Elle doit rejoindre l'ISS mardi.",
        lambda ms: len([c for c in _first(ms)["spacecraft"] if c in ("Crew Dragon", "Endeavour")]) == 1,
    ),
    (
        "lander-on-the-moon-is-a-stage",
        "2019-07-20",
        "Le 20 juillet 1969, le module lunaire Eagle se posait dans la mer de la Tranquillité. Le 24 juillet "
        "1969, la capsule Columbia amerrit dans le Pacifique avec Neil Armstrong, Buzz Aldrin "
        "et Michael Collins.",
        lambda ms: (
            len(ms) == 1
            and ms[0]["destination"] == "Lune"
            and ms[0]["landing"]["date"] == "1969-07-24"
            and {"Eagle", "Columbia"} <= set(ms[0]["spacecraft"])
        ),
    ),
    (
        "empty-replacement-vehicle-joins-the-crew",
        "2023-03-28",
        "Les cosmonautes Sergueï Prokopiev et Dmitri Petelin ont atterri mardi au Kazakhstan à bord du "
        "Soyouz MS-23. Ils avaient décollé le 21 septembre 2022 à bord du Soyouz MS-22. Le Soyouz MS-23 "
        "avait été lancé à vide en février pour les ramener.",
        lambda ms: (
            len(ms) == 1
            and ms[0]["launch"]["date"] == "2022-09-21"
            and {"Soyouz MS-22", "Soyouz MS-23"} <= set(ms[0]["spacecraft"])
        ),
    ),
    (
        "two-crews-come-home-together",
        "2025-03-19",
        "La capsule Freedom a amerri mardi dans le golfe du Mexique avec les astronautes Butch Wilmore et "
        "Suni Williams. Le vaisseau Freedom s'était désamarré de l'ISS mardi avec Nick Hague et "
        "Alexandre Gorbounov.",
        lambda ms: len(ms) == 2 and all(m["landing"] and m["landing"]["date"] == "2025-03-18" for m in ms),
    ),
    (
        "named-journey-without-events",
        "2022-06-24",
        "L'astronaute Jean-Loup Chrétien a décollé le 24 juin 1982 de Baïkonour. Quatorze ans plus tard, "
        "Claudie Haigneré deviendra la première Française dans l'espace avec la mission Cassiopée, en août "
        "1996. Elle passera seize jours à bord de Mir.",
        lambda ms: any(
            m["name"] == "Cassiopée" and _crew(m) == {"Claudie Haigneré"} and m["duration"] == "P16D"
            for m in ms
        ),
    ),
    (
        "earlier-journey-named-with-the-same-flyer",
        "2024-09-12",
        "La capsule Crew Dragon a décollé mardi avec le milliardaire Jared Isaacman "
        "pour un vol de cinq jours. "
        "Ce n'est pas son premier voyage : en 2021, Isaacman avait commandé Inspiration4.",
        lambda ms: (
            _first(ms)["name"] is None
            and any(m["name"] == "Inspiration4" and _crew(m) == {"Jared Isaacman"} for m in ms)
        ),
    ),
    (
        "stay-said-after-the-number",
        "2024-04-30",
        "Les taïkonautes Tang Hongbo et Jiang Xinlin ont atterri mardi en Mongolie-Intérieure, "
        "après six mois "
        "en orbite.",
        lambda ms: _first(ms)["duration"] == "P6M",
    ),
    (
        "stay-opening-the-next-sentence",
        "2022-06-24",
        "Le 24 juin 1982, l'astronaute Jean-Loup Chrétien a décollé de Baïkonour à bord du Soyouz T-6. "
        "Pendant huit jours, le Français enchaîne les expériences à bord de la station Saliout 7.",
        lambda ms: _first(ms)["duration"] == "P8D" and ms[0]["destination"] == "Saliout 7",
    ),
    (
        "payload-and-launcher-fly-nobody",
        "2023-07-06",
        "La fusée Ariane 5 a décollé mercredi de Kourou avec le satellite Syracuse 4B. "
        "« Mission accomplie », "
        "a lancé Stéphane Israël, le patron d'Arianespace.",
        lambda ms: _first(ms)["crew"] == [],
    ),
    (
        "landing-told-without-its-crew",
        "2025-03-19",
        "La capsule Freedom a amerri mardi avec Butch Wilmore et Suni Williams. Leur vaisseau Starliner "
        "était rentré sans eux en septembre.",
        lambda ms: all(not m["landing"] or m["landing"]["date"] == "2025-03-18" or not m["crew"] for m in ms),
    ),
]


@pytest.mark.parametrize(("kind", "date", "text", "check"), JOURNEY_CASES, ids=[c[0] for c in JOURNEY_CASES])
def test_journey_rules(nlp, kind, date, text, check):
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)
