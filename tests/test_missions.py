"""orbitext_missions: journeys linked from events, with crew roles, ages, durations and names."""

from __future__ import annotations

import pytest
import spacy

from orbitext import make_doc
from orbitext.schema import Mission
from test_events import CREW_CASES

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
    (
        "spacewalk-from-a-shuttle-names-no-station",
        "2024-02-07",
        "Le 3 février 1984, la navette Challenger décolle de Floride avec Bruce McCandless et Robert "
        "Stewart. Le 7 février, McCandless sort de Challenger pour une sortie dans l'espace sans câble."
        "\n\nQuarante ans plus tard, les astronautes de la Station spatiale internationale portent "
        "toujours un sac de secours.",
        lambda ms: all(m["destination"] is None for m in ms),
    ),
]


@pytest.mark.parametrize(("kind", "date", "text", "check"), JOURNEY_CASES, ids=[c[0] for c in JOURNEY_CASES])
def test_journey_rules(nlp, kind, date, text, check):
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)


# blind-set kinds, round 2: (kind, publication date, text, check on the missions)
KIND_CASES = [
    # 1. a duration is a stay or flight length of the journey, never an age, a spacewalk, a transit
    #    or a delay
    (
        "age-before-the-name-is-not-the-stay",
        "2024-10-12",
        "L'astronaute de 43 ans Marc Durand a décollé samedi de Cap Canaveral. Le voyage le mènera "
        "vers l'ISS.",
        lambda ms: _first(ms)["duration"] is None and ms[0]["crew"][0]["age"] == 43,
    ),
    (
        "age-said-with-agé-de-is-not-the-stay",
        "2024-10-12",
        "Âgé de 52 ans, le cosmonaute Ivan Petrov est resté à bord du vaisseau Soyouz MS-26, qui a "
        "décollé samedi de Baïkonour.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "age-said-with-à-is-not-the-stay",
        "2024-10-12",
        "Le milliardaire Paul Martin s'est envolé samedi du Texas à 90 ans à bord de la capsule "
        "New Shepard, pour un court séjour dans l'espace.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "spacewalk-length-is-not-the-stay",
        "2024-10-12",
        "Les cosmonautes Ivan Petrov et Oleg Sidorov, arrivés à l'ISS à bord du Soyouz MS-26, sont "
        "restés dehors lors d'une sortie de 9 heures jeudi.",
        lambda ms: all(m["duration"] is None for m in ms),
    ),
    (
        "transit-hours-before-docking-are-not-the-stay",
        "2024-10-12",
        "Les cosmonautes Ivan Petrov et Oleg Sidorov ont décollé samedi de Baïkonour à bord du Soyouz "
        "MS-26. Après un voyage de trois heures, le vaisseau s'est amarré à l'ISS, où ils séjourneront "
        "six mois.",
        lambda ms: _first(ms)["duration"] == "P6M",
    ),
    (
        "trip-to-the-station-is-not-the-stay",
        "2024-10-12",
        "La capsule Crew Dragon a décollé samedi de Cap Canaveral avec l'astronaute Marc Durand, "
        "pour un voyage de six heures jusqu'à la station.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "flight-hours-to-a-station-are-not-the-stay",
        "2024-10-12",
        "Le vaisseau Soyouz MS-26 a décollé samedi de Baïkonour avec les cosmonautes Ivan Petrov et "
        "Oleg Sidorov. Il s'est amarré à l'ISS dimanche, après un vol de 28 heures.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "postponement-is-not-the-stay",
        "2024-10-12",
        "La capsule Crew Dragon a décollé samedi de Cap Canaveral avec l'astronaute Marc Durand. "
        "Le voyage, reporté de 24 heures à cause du vent, a finalement eu lieu.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "age-after-a-nationality-is-not-the-stay",
        "2024-10-12",
        "Le Japonais de 46 ans Yusaku Tanaka a décollé samedi de Baïkonour à bord du Soyouz MS-26 "
        "pour rester dans l'espace.",
        lambda ms: _first(ms)["duration"] is None,
    ),
    (
        "days-of-travel-to-the-moon-are-not-the-stay",
        "2024-12-10",
        "La capsule Orion a décollé samedi de Floride avec l'astronaute Marc Durand. Après trois jours "
        "de voyage, Orion a atteint l'orbite lunaire. La mission doit durer dix jours.",
        lambda ms: _first(ms)["duration"] == "P10D",
    ),
    (
        "a-probe-cruise-is-its-journey",
        "2024-10-12",
        "La sonde Rosetta a décollé en 2004 de Kourou à bord d'une fusée Ariane. Elle a supporté dix ans "
        "de voyage avant d'atteindre la comète.",
        lambda ms: _first(ms)["duration"] == "P10Y",
    ),
    (
        "stay-after-months-on-board-is-kept",
        "2024-10-12",
        "L'astronaute Marc Durand est revenu samedi sur Terre après six mois à bord de l'ISS. "
        "Sa capsule Crew Dragon a amerri au large de la Floride.",
        lambda ms: _first(ms)["duration"] == "P6M",
    ),
    (
        "suborbital-minutes-are-kept",
        "2024-10-12",
        "La capsule New Shepard a décollé samedi du Texas avec le milliardaire Paul Martin, 90 ans, "
        "pour un vol de onze minutes.",
        lambda ms: _first(ms)["duration"] == "PT11M" and ms[0]["crew"][0]["age"] == 90,
    ),
    # 2. one record per journey
    (
        "probe-and-telescope-on-one-launcher-are-two-journeys",
        "2023-09-07",
        "La fusée H-IIA a décollé jeudi de Tanegashima avec le télescope spatial Euclid et "
        "l'atterrisseur SLIM, qui doit se poser sur la Lune en janvier.",
        lambda ms: (
            len(ms) == 2
            and all(m["launch"]["date"] == "2023-09-07" and "H-IIA" in m["spacecraft"] for m in ms)
            and {tuple(m["spacecraft"]) for m in ms} == {("H-IIA", "SLIM"), ("H-IIA", "Euclid")}
            and next(m for m in ms if "Euclid" in m["spacecraft"])["landing"] is None
        ),
    ),
    (
        "two-satellites-on-one-launcher-are-one-journey",
        "2024-12-05",
        "La fusée Ariane 6 a décollé jeudi de Kourou avec les satellites Syracuse 4B et Galileo L14.",
        lambda ms: len(ms) == 1,
    ),
    (
        "earlier-dated-launch-is-its-own-journey",
        "2024-12-05",
        "La fusée Ariane 6 a décollé jeudi de Kourou avec le satellite CSO-3. Le satellite CSO-1 "
        "avait été lancé en 2018 par une fusée Soyouz.",
        lambda ms: sorted(m["launch"]["date"] for m in ms) == ["2018", "2024-12-05"],
    ),
    # 3. a landing after midnight in "la nuit de lundi à mardi" falls on the second day
    (
        "night-landing-after-midnight-takes-the-second-day",
        "2025-03-18",
        "Les astronautes Butch Wilmore et Suni Williams ont quitté l'ISS lundi à bord de la capsule "
        "Freedom. La capsule a amerri dans la nuit de lundi à mardi, peu après minuit heure de Paris, "
        "au large de la Floride.",
        lambda ms: _first(ms)["landing"]["date"] == "2025-03-18",
    ),
    (
        "night-landing-with-an-early-time-takes-the-second-day",
        "2025-03-18",
        "La capsule Freedom, avec à son bord Butch Wilmore et Suni Williams, a amerri au large de la "
        "Floride à 0 h 57 dans la nuit de lundi à mardi.",
        lambda ms: _first(ms)["landing"]["date"] == "2025-03-18",
    ),
    # 4. vehicles named only to compare are not the journey's
    (
        "vehicle-named-to-compare-is-not-flown",
        "2024-10-12",
        "La capsule Starliner a décollé samedi de Cap Canaveral avec l'astronaute Marc Durand, à la "
        "manière de Crew Dragon avant elle.",
        lambda ms: _first(ms)["spacecraft"] == ["Starliner"],
    ),
    (
        "earlier-flight-of-a-veteran-is-not-this-vehicle",
        "2024-10-09",
        "Le vaisseau Soyouz MS-27 a décollé mardi de Baïkonour avec Ivan Petrov et Oleg Sidorov. Petrov, "
        "vétéran du Soyouz MS-19, commande l'équipage. Le vaisseau s'est amarré mercredi à l'ISS.",
        lambda ms: len(ms) == 1 and "Soyouz MS-19" not in ms[0]["spacecraft"],
    ),
    (
        "station-module-is-where-it-docked",
        "2024-02-17",
        "Le vaisseau Soyouz MS-26 a décollé samedi de Baïkonour avec le cosmonaute Ivan Petrov. Il "
        "s'est amarré dimanche au module Rassvet de l'ISS.",
        lambda ms: "Rassvet" not in _first(ms)["spacecraft"],
    ),
    # 5. cancelled events: a postponed landing is not the landing, a scrubbed launch never the launch
    (
        "postponed-landing-is-not-the-landing",
        "2024-04-06",
        "Le vaisseau Soyouz MS-24 s'est posé samedi au Kazakhstan avec les cosmonautes Oleg Novitski "
        "et Marina Vassilevskaïa. Le retour sur Terre était prévu vendredi, mais il a été reporté en "
        "raison du vent.",
        lambda ms: _first(ms)["landing"]["date"] == "2024-04-06",
    ),
    (
        "cancelled-launch-sets-no-launch",
        "2024-10-12",
        "Le lancement de la fusée H3, prévu samedi à Tanegashima, a été annulé. Aucune nouvelle date "
        "n'a été annoncée.",
        lambda ms: all(m["launch"] is None for m in ms),
    ),
]


@pytest.mark.parametrize(("kind", "date", "text", "check"), KIND_CASES, ids=[c[0] for c in KIND_CASES])
def test_blind_set_kinds(nlp, kind, date, text, check):
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)


def test_compared_vehicle_leaves_the_events_too(nlp):
    text = (
        "La capsule Starliner a décollé samedi de Cap Canaveral avec l'astronaute Marc Durand, "
        "comme Crew Dragon avant elle."
    )
    events = nlp(make_doc(nlp, text, "2024-10-12"))._.events
    assert events and all("Crew Dragon" not in e["spacecraft"] for e in events), events


def test_cancelled_landing_leaves_the_splashdown(nlp):
    # the Moon landing was abandoned: the journey ends with its splashdown
    doc = nlp(
        make_doc(
            nlp,
            "La fusée Saturn V décolle le 11 avril 1970 de Floride avec Jim Lovell, Jack Swigert et Fred "
            "Haise. L'alunissage a été annulé. La capsule Odyssey amerrit le 17 avril 1970 dans le "
            "Pacifique.",
            "2020-04-13",
        )
    )
    landings = [m["landing"] for m in doc._.missions if m["crew"]]
    assert landings and landings[0] and landings[0]["date"] == "1970-04-17", doc._.missions


def test_cached_reads_match_plain_reads(nlp):
    """The speed-ups (entities sorted by sentence once, roles and ages read from string ids, one
    vehicle-kind table per document) give what the plain Span and Token reads give."""
    from orbitext.pipes.events.component import sentences

    text = (
        "La capsule Soyouz MS-24 a décollé le 15 septembre avec le cosmonaute Oleg Kononenko. "
        "L'astronaute américaine Loral O'Hara, 40 ans, était aussi à bord.\n"
        "Après un séjour de six mois, l'équipage est rentré sur Terre à bord de Soyouz."
    )
    doc = nlp(make_doc(nlp, text, DATE))
    linker = nlp.get_pipe("orbitext_missions")
    linker._link(doc)  # leaves its per-document tables in place until __call__ ends
    for sent in sentences(doc):
        inside = [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end]
        expected = [(e.start, e.end, e.label_) for e in inside]
        assert [(e.start, e.end, e.label_) for e in linker._ents_in(doc, sent)] == expected
    linker(doc)  # a fresh call clears the tables
    crew = {c["name"]: c for m in doc._.missions for c in m["crew"]}
    assert crew["Loral O'Hara"]["age"] == 40
    assert crew["Oleg Kononenko"]["role"] == "cosmonaute"


# several crews and journeys in one article (issue #4): the events component's crews survive the
# mission layer (a journey never lends its crew to another crew's flight)
SEVERAL_JOURNEYS = [
    # two flights of one capsule family told with other mission names
    (
        "La capsule Crew Dragon de la mission Crew-10 a décollé vendredi de Floride.\nNick Hague et "
        "Alexandre Gorbounov, de la mission Crew-9, se poseront au large de la Floride mercredi à bord "
        "de leur capsule Crew Dragon.",
        "2025-03-15",
        {"Crew-10": [], "Crew-9": ["Nick Hague", "Alexandre Gorbounov"]},
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CREW_CASES, ids=[c[0][:40] for c in CREW_CASES])
def test_crews_of_several_journeys_with_missions(nlp, text, date, expected):
    events = nlp(make_doc(nlp, text, date))._.events
    assert [(e["type"], e["status"]) for e in events] == [(t, s) for t, s, _ in expected]
    for event, (_, _, slots) in zip(events, expected, strict=True):
        wanted = slots.get("participants")
        if wanted == []:
            assert event["participants"] == [], event
        elif wanted:
            assert set(wanted) <= set(event["participants"]), event
        assert not set(slots.get("not_participants", [])) & set(event["participants"]), event


@pytest.mark.parametrize(("text", "date", "crews"), SEVERAL_JOURNEYS)
def test_named_journeys_keep_their_own_crew(nlp, text, date, crews):
    doc = nlp(make_doc(nlp, text, date))
    by_name = {m["name"]: [c["name"] for c in m["crew"]] for m in doc._.missions if m["events"]}
    assert by_name == crews
    for event in doc._.events:
        if event["type"] == "LAUNCH":
            assert event["participants"] == []


# session 3, journeys that generalise: (kind, publication date, text, check on the missions)
GENERAL_CASES = [
    # a series name and a plain name may name one flight; two numbers of one series never do
    (
        "series-and-plain-name-one-journey",
        "2026-11-10",
        "L'astronaute française Julie Martin est revenue sur Terre mardi au terme de la mission Horizon. "
        "Partie le 2 mai de Floride, Julie Martin avait rejoint la station avec la mission Crew-14.",
        lambda ms: len([m for m in ms if "Julie Martin" in _crew(m)]) == 1,
    ),
    # a launch that carries a station is the station's own journey, flown by nobody
    (
        "station-launch-is-its-own-journey",
        "2020-02-20",
        "Le 20 février 1986, l'URSS lance depuis Baïkonour la station Mir, assemblée module après module.",
        lambda ms: len(ms) == 1 and "Mir" in ms[0]["spacecraft"] and not ms[0]["crew"],
    ),
    (
        "station-visited-stays-destination",
        "2024-11-08",
        "Le cargo Progress MS-29 s'est amarré jeudi à l'ISS.",
        lambda ms: ms and all("ISS" not in m["spacecraft"] for m in ms) and ms[0]["destination"] == "ISS",
    ),
    # the crew going home comes from the station the other crew goes to; a module names its station
    (
        "going-home-crew-comes-from-the-station",
        "2026-04-25",
        "Le vaisseau Shenzhou-30 a décollé samedi de Jiuquan avec trois taïkonautes et s'est amarré au "
        "module Tianhe de la station Tiangong.\nL'équipage de Shenzhou-29, Li Wei, Zhang Hua et Wang Fang, "
        "doit atterrir mercredi en Mongolie-Intérieure.",
        lambda ms: len(ms) == 2 and all(m["destination"] == "Tiangong" for m in ms),
    ),
    # "vétéran de Gemini et d'Apollo 8": flights named to present someone get no record
    (
        "veteran-of-named-flights-flies-no-record",
        "2020-04-11",
        "Le 11 avril 1970, la fusée Saturn V décolle de Floride. À son bord, Marc Durand, vétéran de "
        "Gemini 7 et d'Apollo 9, et Paul Lefèvre.",
        lambda ms: all(m["name"] not in ("Gemini 7", "Apollo 9") for m in ms),
    ),
    # a name dated right where it is said, years away, names an older flight
    (
        "name-dated-years-apart-is-another-flight",
        "2025-06-29",
        "Le 29 juin 1995, la navette Atlantis s'amarre à Mir, une première depuis la mission "
        "Apollo-Soyouz en 1975.",
        lambda ms: len(ms) == 1 and ms[0]["name"] is None,
    ),
    # a year in a relative clause about someone's past does not date the name
    (
        "year-of-a-relative-clause-keeps-the-name",
        "2026-03-15",
        "Une fusée Falcon 9 a décollé vendredi de Floride avec quatre astronautes. Baptisée Crew-15, "
        "la mission est commandée par l'Américaine Julie Martin, qui a déjà séjourné dans l'ISS en 2019.",
        lambda ms: [m["name"] for m in ms if m["launch"]] == ["Crew-15"],
    ),
    # a lede names the flight told just after it; a programme being prepared names none
    (
        "lede-names-the-flight-told-next",
        "2026-08-11",
        "Virgin Galactic a réalisé jeudi son troisième vol commercial, baptisé Galactic 09.\n\n"
        "Jeudi, l'avion-fusée VSS Unity a décollé du Spaceport America avec quatre passagers.",
        lambda ms: len(ms) == 1 and ms[0]["name"] == "Galactic 09",
    ),
    (
        "programme-in-preparation-names-no-flight",
        "2026-09-02",
        "L'ISRO prépare désormais Gaganyaan, son programme de vols habités. La fusée PSLV a décollé "
        "samedi de Sriharikota avec le satellite Aditya-L1.",
        lambda ms: all(m["name"] is None for m in ms),
    ),
    # a called-off launch of another payload, months away, is another journey of the launcher
    (
        "dropped-payload-is-another-journey",
        "2025-01-16",
        "La fusée New Glenn a décollé jeudi de Cap Canaveral pour son premier vol. La sonde ESCAPADE "
        "devait s'envoler en octobre sur New Glenn, mais la NASA a annulé ce lancement.",
        lambda ms: len(ms) == 2 and any("ESCAPADE" in m["spacecraft"] and m["launch"] is None for m in ms),
    ),
    (
        "scrub-of-the-same-payload-stays-one-journey",
        "2022-11-16",
        "Le lancement de la fusée SLS et de la capsule Orion, prévu le 29 août, a été annulé. La fusée SLS "
        "a finalement décollé le 16 novembre avec la capsule Orion.",
        lambda ms: len(ms) == 1 and ms[0]["launch"]["date"] == "2022-11-16",
    ),
    # a landing site beside its body: the journey went to the body
    (
        "site-beside-its-body-names-the-destination",
        "2021-02-19",
        "Le rover Perseverance s'est posé jeudi dans le cratère Jezero, sur Mars.",
        lambda ms: len(ms) == 1 and ms[0]["destination"] == "Mars",
    ),
    # durations: a time since, a phase of the flight and the way there are not the stay
    (
        "time-since-is-not-a-stay",
        "2024-02-22",
        "La sonde Odysseus s'est posée jeudi sur la Lune, le premier alunissage américain depuis plus de "
        "cinquante ans.",
        lambda ms: all(m["duration"] is None for m in ms),
    ),
    (
        "stuck-for-months-aboard-is-a-stay",
        "2025-03-15",
        "Butch Wilmore et Suni Williams, coincés depuis neuf mois dans la Station spatiale internationale, "
        "doivent amerrir mercredi au large de la Floride.",
        lambda ms: [m["duration"] for m in ms] == ["P9M"],
    ),
    (
        "phase-length-is-not-the-flight",
        "2024-02-22",
        "La sonde Odysseus s'est posée jeudi sur la Lune. La descente finale devait durer une douzaine de "
        "minutes.",
        lambda ms: all(m["duration"] is None for m in ms),
    ),
    (
        "way-to-the-station-is-not-the-stay",
        "2025-06-25",
        "La capsule Crew Dragon a décollé mercredi de Floride avec l'astronaute Julie Martin. L'amarrage à "
        "l'ISS est attendu jeudi, après un voyage d'environ 28 heures.",
        lambda ms: all(m["duration"] != "PT28H" for m in ms),
    ),
    # a stay said with another journey's crew or name is theirs
    (
        "stay-said-with-a-crew-is-theirs",
        "2024-04-26",
        "La fusée Longue Marche-2F a décollé jeudi de Jiuquan avec Ye Guangfu, Li Cong et Li Guangsu. "
        "Ils remplacent l'équipage de Shenzhou-17. Tang Hongbo, Tang Shengjie et Jiang Xinlin atterriront "
        "mardi en Mongolie-Intérieure, après six mois en orbite.",
        lambda ms: (
            [m["duration"] for m in ms if "Tang Hongbo" in _crew(m)] == ["P6M"]
            and all(m["duration"] is None for m in ms if "Ye Guangfu" in _crew(m))
        ),
    ),
]


@pytest.mark.parametrize(("kind", "date", "text", "check"), GENERAL_CASES, ids=[c[0] for c in GENERAL_CASES])
def test_general_journey_rules(nlp, kind, date, text, check):
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"crew-9"}, {"crew-10"}, True),
        ({"apollo 13"}, {"apollo 14"}, True),
        ({"sts-51-l"}, {"sts-107"}, True),
        ({"proxima"}, {"alpha"}, True),
        ({"alpha"}, {"crew-2"}, False),
        ({"expédition 65"}, {"crew-3"}, False),
        ({"artemis"}, {"artemis i"}, False),
        ({"crew-2", "alpha"}, {"alpha"}, False),
        (set(), {"crew-2"}, False),
    ],
)
def test_names_apart(a, b, apart):
    from orbitext.pipes.missions.component import MissionLinker

    assert MissionLinker._names_apart(a, b) is apart


def test_same_crew_told_twice_is_one_journey(nlp):
    """A crew of two or more split by a wrong date is one journey; a landing before the crew's
    undocking is not theirs."""
    linker = nlp.get_pipe("orbitext_missions")
    crew = ["Jim Lovell", "Fred Haise", "Jack Swigert"]

    def ev(kind: str, status: str, date: str, people: list[str]) -> dict:
        return {"type": kind, "status": status, "date": date, "participants": people, "spacecraft": []}

    events = [ev("LAUNCH", "occurred", "1970-04-11", crew), ev("LANDING", "occurred", "2020-04-17", crew)]
    assert linker._merge_same_crew(events, [[0], [1]], [set(), set()]) == [[0, 1]]
    pair = ["Nick Hague", "Alexandre Gorbunov"]
    events = [ev("UNDOCKING", "occurred", "2025-03-18", pair), ev("LANDING", "occurred", "2024-09", pair)]
    assert linker._merge_same_crew(events, [[0], [1]], [set(), set()]) == [[0], [1]]
    events = [ev("LAUNCH", "occurred", "2021-04-23", ["Thomas Pesquet"])] * 2
    assert linker._merge_same_crew(events, [[0], [1]], [set(), set()]) == [[0], [1]]


def _by_craft(missions: list[dict], craft: str) -> list[dict]:
    return [m for m in missions if craft in m["spacecraft"]]


# session 3, round 2: journeys of one vehicle, names of programmes, lengths of a probe's way
ROUND2_CASES = [
    # a launcher shared by two launches of other payloads flies two journeys
    (
        "launcher-with-other-payload-is-another-flight",
        "2026-05-20",
        "La fusée Ariane 6 a décollé mardi de Kourou avec le satellite Sentinel-1D.\n\nEn 2027, la fusée "
        "Ariane 6 doit s'envoler de nouveau avec le satellite Galileo L15.",
        lambda ms: (
            len(ms) == 2
            and all(
                len([c for c in m["spacecraft"] if c.startswith(("Sentinel", "Galileo"))]) == 1 for m in ms
            )
        ),
    ),
    (
        "same-payload-told-twice-is-one-flight",
        "2026-05-20",
        "La fusée Ariane 6 a décollé mardi de Kourou avec le satellite Sentinel-1D. Le lancement "
        "d'Ariane 6 et de Sentinel-1D s'est déroulé sans incident.",
        lambda ms: len(ms) == 1,
    ),
    # a crew named in parts with the vehicle's launch and its docking, or its undocking and landing
    (
        "crew-split-between-launch-and-docking",
        "2026-10-03",
        "La capsule Crew Dragon a décollé vendredi de Floride avec l'astronaute française Julie Martin. "
        "Ses coéquipiers Paul Smith, Ana Lopez et Ivan Petrov s'amarreront avec la capsule Crew Dragon "
        "à l'ISS samedi.",
        lambda ms: (
            len([m for m in ms if m["launch"]]) == 1
            and {"Julie Martin", "Paul Smith"} <= _crew([m for m in ms if m["launch"]][0])
        ),
    ),
    (
        "crew-split-between-undocking-and-landing",
        "2026-06-09",
        "Le touriste Marc Durand a amerri lundi au large de la Floride à bord de la capsule Endeavour. "
        "Avec lui, Paul Smith, Ana Lopez et Ivan Petrov avaient quitté l'ISS dimanche à bord "
        "d'Endeavour.",
        lambda ms: len(ms) == 1 and {"Marc Durand", "Ana Lopez"} <= _crew(ms[0]),
    ),
    (
        "crew-with-its-own-arrival-stays-another-journey",
        "2025-03-19",
        "Julie Martin et Paul Smith ont amerri mardi au large de la Floride à bord de la capsule Freedom. "
        "Ana Lopez et Ivan Petrov, arrivés à l'ISS en septembre, avaient quitté la station mardi "
        "à bord de Freedom.",
        lambda ms: not any({"Julie Martin", "Ana Lopez"} <= _crew(m) for m in ms),
    ),
    # a landing told without date nor crew right after a launch ends that launch's journey
    (
        "undated-capsule-landing-ends-the-launch",
        "2025-07-14",
        "La fusée New Shepard a décollé lundi du Texas avec six passagers. La capsule, baptisée RSS "
        "Kármán Line, s'est posée dans le désert.",
        lambda ms: len(ms) == 1 and ms[0]["launch"] is not None and ms[0]["landing"] is not None,
    ),
    (
        "booster-caught-the-day-of-its-launch",
        "2025-03-07",
        "La fusée Starship a décollé jeudi de Boca Chica. Le premier étage Super Heavy a été rattrapé "
        "par les bras de la tour.",
        lambda ms: len(ms) == 1 and (ms[0]["landing"] or {}).get("date") == "2025-03-06",
    ),
    (
        "dated-landing-years-before-is-its-own-journey",
        "2025-03-07",
        "La fusée Falcon 9 a décollé jeudi de Floride avec la sonde Athena. En 2024, la sonde Odysseus "
        "s'était posée sur la Lune.",
        lambda ms: len(_by_craft(ms, "Odysseus")) == 1 and _by_craft(ms, "Odysseus")[0]["launch"] is None,
    ),
    # two journeys never share a name: the later one takes the other name said with it
    (
        "two-journeys-never-share-a-name",
        "2026-04-02",
        "Artemis II : la fusée SLS a décollé mercredi de Floride avec la capsule Orion et quatre "
        "astronautes.\nSi Artemis II se déroule comme prévu, la NASA enchaînera avec Artemis III, qui "
        "doit se poser sur la Lune avec un Starship en 2027.",
        lambda ms: sorted(m["name"] or "" for m in ms) == ["Artemis II", "Artemis III"],
    ),
    # a programme said beside its numbered flights names none of them
    (
        "programme-beside-numbered-flights-names-none",
        "2023-06-16",
        "Le programme Vostok a fait voler six cosmonautes. Le vaisseau Vostok 5 avait décollé le "
        "14 juin 1963 de Baïkonour avec Valeri Bykovski.",
        lambda ms: len(ms) == 1 and ms[0]["name"] is None,
    ),
    (
        "numbered-flight-keeps-its-name",
        "2023-06-16",
        "La mission Crew-7 a décollé samedi de Floride avec l'astronaute danois Andreas Mogensen.",
        lambda ms: [m["name"] for m in ms] == ["Crew-7"],
    ),
    # a lander's touchdown on the Moon is its landing and the Moon its destination
    (
        "lander-touchdown-is-its-landing",
        "2025-03-07",
        "La fusée Falcon 9 a décollé le 15 janvier de Floride et a placé en orbite l'atterrisseur Blue "
        "Ghost. Blue Ghost s'est posé le 2 mars sur la Lune. La société prévoit un autre atterrissage "
        "en juin.",
        lambda ms: any(
            (m["landing"] or {}).get("date") == "2025-03-02" and m["destination"] == "Lune"
            for m in _by_craft(ms, "Blue Ghost")
        ),
    ),
]


@pytest.mark.parametrize(("kind", "date", "text", "check"), ROUND2_CASES, ids=[c[0] for c in ROUND2_CASES])
def test_round2_journey_rules(nlp, kind, date, text, check):
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)


# (text, publication date, expected duration of the one journey with a launch)
ROUND2_DURATIONS = [
    # a probe's way there is its journey's length
    (
        "La sonde Europa Clipper a décollé lundi de Floride. Elle va parcourir 2,9 milliards de "
        "kilomètres en cinq ans et demi avant d'atteindre Jupiter.",
        "2024-10-15",
        "P5Y6M",
    ),
    (
        "La sonde Viking 1 a décollé le 20 août 1975 de Floride. Après dix mois de croisière, elle a "
        "atteint Mars.",
        "2026-07-20",
        "P10M",
    ),
    # the journey said with where it goes
    (
        "La fusée SLS a décollé mercredi de Floride avec la capsule Orion et quatre astronautes pour un "
        "tour de la Lune d'une dizaine de jours.",
        "2026-04-02",
        "P10D",
    ),
    # "de N ans" after a noun no journey is: an age
    (
        "L'astronaute Marc Durand décollera en 2026 de Floride pour une mission d'environ six mois. "
        "Le physicien de 37 ans a été sélectionné en 2022.",
        "2025-11-27",
        "P6M",
    ),
    (
        "La sonde Hera a décollé lundi de Floride vers Dimorphos. Son voyage durera deux ans.",
        "2024-10-10",
        "P2Y",
    ),
]


@pytest.mark.parametrize(("text", "date", "duration"), ROUND2_DURATIONS, ids=[c[2] for c in ROUND2_DURATIONS])
def test_round2_durations(nlp, text, date, duration):
    missions = [m for m in _missions(nlp, text, date) if m["launch"]]
    assert [m["duration"] for m in missions] == [duration], missions


def _named(missions: list[dict]) -> list[str]:
    return [m["name"] for m in missions if m["name"]]


# session 4: kinds of the fresh set (programme names, planned returns, residents, long cruises)
ROUND3_CASES = [
    # a series or a programme said in passing names no journey of the text
    (
        "missions-of-a-series-name-no-journey",
        "2018-02-07",
        "La fusée Falcon Heavy a décollé mardi du pas de tir 39A, d'où partaient les missions Apollo "
        "vers la Lune.",
        lambda ms: len(ms) == 1 and _named(ms) == [],
    ),
    (
        "programmes-of-a-veteran-name-no-journey",
        "2021-04-12",
        "La navette Columbia a décollé le 12 avril 1981 de Floride avec le commandant John Young, "
        "vétéran des programmes Gemini et Apollo, et le pilote Robert Crippen.",
        lambda ms: len(ms) == 1 and _named(ms) == [] and _crew(ms[0]) == {"John Young", "Robert Crippen"},
    ),
    # a return still to come told as "revenir sur Terre" gives no landing site; a past one does
    (
        "planned-return-to-earth-has-no-site",
        "2026-01-14",
        "Le vaisseau Soyouz MS-30 a décollé mardi de Baïkonour avec les cosmonautes Ivan Petrov et Oleg "
        "Sokolov. Le duo doit revenir sur Terre en juin.",
        lambda ms: len(ms) == 1 and ms[0]["landing"] == {"date": "2026-06", "time": None, "place": None},
    ),
    (
        "past-return-to-earth-keeps-the-earth",
        "2024-06-26",
        "La sonde Chang'e-6 est revenue mardi sur Terre avec des échantillons de la Lune.",
        lambda ms: len(ms) == 1 and (ms[0]["landing"] or {}).get("place") == "Terre",
    ),
    # the residents a docking crew joins fly none of its journey
    (
        "residents-joined-at-the-station-are-not-crew",
        "2026-01-14",
        "Le vaisseau Soyouz MS-30 a décollé mercredi de Baïkonour avec Ivan Petrov, Oleg Sokolov et Ana "
        "Lopez. Le vaisseau doit s'amarrer vendredi à la Station spatiale internationale, où les trois "
        "voyageurs rejoindront l'Américain Paul Smith et le Japonais Kenji Sato.",
        lambda ms: len(ms) == 1 and _crew(ms[0]) == {"Ivan Petrov", "Oleg Sokolov", "Ana Lopez"},
    ),
    # the station it docks with says more than the orbit it reached first
    (
        "station-wins-over-the-orbit-reached",
        "2026-01-14",
        "Le vaisseau Soyouz MS-30 a décollé mercredi de Baïkonour avec Ivan Petrov, Oleg Sokolov et Ana "
        "Lopez. Environ neuf minutes après le décollage, le Soyouz a atteint son orbite sans encombre. "
        "Le vaisseau doit s'amarrer vendredi à l'ISS.",
        lambda ms: [m["destination"] for m in ms] == ["ISS"],
    ),
    # a name given to the journey reaches it however far from its events, whatever the tense
    (
        "christened-name-far-from-the-events",
        "2026-01-14",
        "L'astronaute française Julie Martin a décollé mercredi de Baïkonour à bord du vaisseau Soyouz "
        "MS-30. La foule a suivi le lancement sur un écran géant. Le ministre était présent. Les élèves "
        "ont applaudi. Un concert a suivi. La soirée a été longue. La mission de la Française, baptisée "
        "Proxima, doit durer six mois.",
        lambda ms: _named(ms) == ["Proxima"],
    ),
    (
        "christened-name-in-a-future-sentence",
        "2011-07-09",
        "La navette Atlantis a décollé vendredi de Floride avec quatre astronautes. La foule a applaudi. "
        "Le directeur a salué un succès. Pendant cette mission de douze jours, baptisée STS-135, "
        "l'équipage manœuvrera le bras robotique de la station.",
        lambda ms: _named(ms) == ["STS-135"],
    ),
    # a probe's launch and its landing years later are one journey
    (
        "probe-landing-years-after-its-launch",
        "2025-01-14",
        "En octobre 1997, une fusée Titan IV a décollé de Cap Canaveral avec la sonde Huygens. Le 14 "
        "janvier 2005, la sonde Huygens s'est posée sur Titan.",
        lambda ms: (
            len(ms) == 1
            and (ms[0]["launch"] or {}).get("date") == "1997-10"
            and (ms[0]["landing"] or {}).get("date") == "2005-01-14"
        ),
    ),
    # a cargo family stands for the one numbered ship of it the text names
    (
        "cargo-family-is-its-numbered-ship",
        "2014-08-13",
        "Une fusée Ariane 5 a décollé le 29 juillet de Kourou avec un cargo ATV. Le 12 août, l'ATV-5 "
        "s'est amarré à la Station spatiale internationale.",
        lambda ms: len(ms) == 1 and ms[0]["spacecraft"] == ["Ariane 5", "ATV-5"],
    ),
    # a capsule another journey flies is not taken by the journey told beside it
    (
        "capsule-of-another-journey-stays-there",
        "2023-06-16",
        "Le 25 juillet 1984, Svetlana Savitskaïa est devenue la première femme à effectuer une sortie "
        "extravéhiculaire, depuis la station Saliout 7. L'Américaine Sally Ride avait décollé le 18 juin "
        "1983 à bord de la navette Challenger.",
        lambda ms: (
            [m["spacecraft"] for m in ms if "Sally Ride" in _crew(m)] == [["Challenger"]]
            and not any("Challenger" in m["spacecraft"] for m in ms if "Svetlana Savitskaïa" in _crew(m))
        ),
    ),
    # a headline's "vers la Lune" says where the journey told first goes; a sentence that tells
    # two launches binds its body to neither of them by this rule
    (
        "headline-body-is-where-the-first-journey-goes",
        "2028-04-02",
        "Quatre astronautes repartent vers la Lune\n\nLa fusée SLS a décollé mercredi de Floride avec la "
        "capsule Orion et son équipage.",
        lambda ms: [m["destination"] for m in ms] == ["Lune"],
    ),
    (
        "body-of-a-shared-sentence-stays-with-its-payload",
        "2023-07-06",
        "La fusée Ariane 5 a décollé mercredi de Kourou. En 27 ans, elle a notamment emporté le télescope "
        "James Webb, en décembre 2021, et la sonde Juice, vers Jupiter, en avril dernier.",
        lambda ms: [m["destination"] for m in _by_craft(ms, "James Webb")] == [None],
    ),
    # a short cue sentence heads the list that follows; the one journey of a text takes a list
    # told a few sentences further on
    (
        "crew-list-after-a-cue-question-and-further-on",
        "2023-08-11",
        "L'avion spatial VSS Unity a décollé jeudi du Spaceport America avec trois touristes. Il s'est "
        "posé une heure plus tard sur la piste.\n\nLes passagers ? Marie Dubois, une enseignante de 52 "
        "ans, et son fils Paul Dubois, 20 ans, étudiant. Ils avaient gagné leur place lors d'une loterie. "
        "La mère avait longtemps rêvé de ce vol. Le troisième passager, le Canadien Marc Tremblay, 75 ans, "
        "est un ancien pilote.",
        lambda ms: len(ms) == 1 and _crew(ms[0]) == {"Marie Dubois", "Paul Dubois", "Marc Tremblay"},
    ),
    # "Aux commandes, X. À ses côtés, Y et Z": the crew told after the launch
    (
        "crew-told-at-the-controls-and-beside",
        "2023-05-22",
        "La fusée Falcon 9 a décollé dimanche du Centre spatial Kennedy, emportant la capsule Crew Dragon "
        "Freedom. Aux commandes, l'Américaine Jane Porter, 63 ans, ancienne astronaute de la NASA. À ses "
        "côtés, le pilote Tom Baker, un homme d'affaires, et deux Saoudiens : Leila Haddad, biologiste, et "
        "le pilote de chasse Omar Nasser.",
        lambda ms: (
            len(ms) == 1 and _crew(ms[0]) == {"Jane Porter", "Tom Baker", "Leila Haddad", "Omar Nasser"}
        ),
    ),
    # "A son bord, X, Y et Z" heads a list only as the opening words of its sentence
    (
        "crew-listed-after-a-son-bord",
        "2021-06-17",
        "La fusée Longue Marche 2F a décollé jeudi de Jiuquan. Six heures plus tard, la capsule Shenzhou-12 "
        "s'est amarrée au module Tianhe avec le commandant Li Wei.\n\nA son bord, le commandant Li Wei, "
        "56 ans, vétéran de deux missions, Liu Yang, 54 ans, et Chen Dong, 45 ans, dont c'est le premier "
        "vol.",
        lambda ms: len(ms) == 1 and _crew(ms[0]) == {"Li Wei", "Liu Yang", "Chen Dong"},
    ),
    # the orbit told around a body names the body (an orbit insertion is no event of its own: the
    # launch told with it carries the journey)
    (
        "orbit-around-the-moon-is-the-moon",
        "2019-01-04",
        "Lancée le 8 décembre par une fusée Longue Marche 3B, la sonde Chang'e 4 s'est placée en orbite "
        "lunaire le 12 décembre.",
        lambda ms: [m["destination"] for m in ms] == ["Lune"],
    ),
    # a name joining two vehicles named on their own is their mission, not a third vehicle (the
    # two probes are a journey each, both of that mission: one record per payload of a launch)
    (
        "pair-of-vehicles-is-the-mission-name",
        "2025-01-14",
        "Le 15 octobre 1997, une fusée Titan IV s'élance de Cap Canaveral, emportant vers Saturne le "
        "couple Cassini-Huygens : l'orbiteur Cassini et la sonde Huygens.",
        lambda ms: (
            set(_named(ms)) == {"Cassini-Huygens"}
            and len(_named(ms)) == len(ms)
            and not any("Cassini-Huygens" in m["spacecraft"] for m in ms)
        ),
    ),
]


def test_official_alone_with_a_launcher_is_no_crew(nlp):
    """An official told with a bare launcher's flight stays on the ground; beside an astronaut in a
    capsule, the same kind of person flies (Isaacman, Bezos, Branson)."""
    linker = nlp.get_pipe("orbitext_missions")
    linker._doc_craft_types = {"Falcon Heavy": "launcher", "Crew Dragon": "capsule"}
    linker._person_kinds = {"Elon Musk": "official", "Jared Isaacman": "official", "Anna Menon": "astronaut"}
    try:
        musk = [{"name": "Elon Musk"}]
        assert linker._grounded(musk, ["Falcon Heavy"]) == {"Elon Musk"}
        assert linker._grounded(musk, ["Falcon Heavy", "Crew Dragon"]) == set()
        assert (
            linker._grounded([{"name": "Jared Isaacman"}, {"name": "Anna Menon"}], ["Falcon Heavy"]) == set()
        )
        assert linker._grounded(musk, []) == set()
    finally:
        linker._doc_craft_types = {}
        linker._person_kinds = {}


# (text, publication date, expected duration of the one journey with a launch)
ROUND3_DURATIONS = [
    # "dure", lemmatised as the adjective "dur", said of the journey's noun
    (
        "Le 12 avril 1981, la navette Columbia a décollé de Floride avec John Young et Robert Crippen. "
        "La mission STS-1 dure un peu plus de deux jours.",
        "2021-04-12",
        "P2D",
    ),
    # "quelques minutes d'apesanteur" is the weightless part: the flight's length beside it stays
    (
        "Onze minutes de vol, quelques minutes d'apesanteur : la fusée New Shepard a décollé lundi du "
        "Texas avec six passagères.",
        "2025-04-15",
        "PT11M",
    ),
    # "un coup dur" is no stay verb: the years given to a project are not the flight's
    (
        "Un coup dur pour les équipes, qui avaient consacré près de quinze ans au projet : la fusée Vega "
        "a échoué mardi après son décollage de Kourou.",
        "2026-01-14",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "duration"), ROUND3_DURATIONS, ids=[c[2] or "none" for c in ROUND3_DURATIONS]
)
def test_round3_durations(nlp, text, date, duration):
    missions = [m for m in _missions(nlp, text, date) if m["launch"]]
    assert [m["duration"] for m in missions] == [duration], missions


# round 4: general kinds of the blind sets' mission misses, in sentences written for these tests
ROUND4_CASES = [
    # a site the gazetteer puts on another body names the body, not the site
    (
        "site-on-mars-is-mars",
        "2021-02-19",
        "Le rover Perseverance s'est posé jeudi soir dans le cratère Jezero, après sept mois de voyage.",
        lambda ms: [m["destination"] for m in ms] == ["Mars"],
    ),
    # the body said in the landing's sentence, by a periphrasis ...
    (
        "landing-on-the-red-planet-is-mars",
        "2004-01-30",
        "Le robot Opportunity s'est posé samedi sur la planète rouge, trois semaines après son jumeau.",
        lambda ms: [m["destination"] for m in ms] == ["Mars"],
    ),
    # ... or by the word of a landing on the Moon
    (
        "alunissage-is-the-moon",
        "2023-08-21",
        "Le module indien Vikram doit se poser mercredi près du pôle Sud : l'Inde rêve d'un alunissage "
        "réussi.",
        lambda ms: [m["destination"] for m in ms] == ["Lune"],
    ),
    # a capsule's return with lunar samples: the Moon is where it went
    (
        "lunar-samples-back-on-earth",
        "2020-12-17",
        "Aucun pays n'avait rapporté de roches lunaires depuis la sonde Luna 24, dont la capsule "
        "s'était posée en Sibérie en août 1976.",
        lambda ms: [m["destination"] for m in _by_craft(ms, "Luna 24")] == ["Lune"],
    ),
    # a launch that took place and the next one planned months later: two flights of the launcher
    (
        "next-planned-launch-is-another-flight",
        "2011-10-22",
        "La fusée Soyouz a décollé vendredi de Kourou avec deux satellites Galileo. Arianespace prévoit "
        "un nouveau lancement de la Soyouz en décembre, avec le satellite Pléiades.",
        lambda ms: sorted((m["launch"] or {}).get("date") or "" for m in ms) == ["2011-10-21", "2011-12"],
    ),
    # probes sharing a launcher are one journey each, launcher and launch included
    (
        "one-record-per-probe-of-a-launch",
        "2018-05-06",
        "Une fusée Atlas V a décollé samedi de Vandenberg avec la sonde InSight et les deux petites "
        "sondes MarCO-A et MarCO-B, en route vers Mars.",
        lambda ms: (
            sorted(tuple(m["spacecraft"]) for m in ms)
            == [("Atlas V", "InSight"), ("Atlas V", "MarCO-A"), ("Atlas V", "MarCO-B")]
            and {m["launch"]["date"] for m in ms} == {"2018-05-05"}
        ),
    ),
    # a rover rides with the lander that carries it
    (
        "rover-rides-with-its-lander",
        "2022-12-12",
        "Une fusée Falcon 9 a décollé dimanche de Cap Canaveral avec l'atterrisseur Hakuto-R, qui emporte "
        "le rover Rashid vers la Lune.",
        lambda ms: len(ms) == 1 and set(ms[0]["spacecraft"]) == {"Falcon 9", "Hakuto-R", "Rashid"},
    ),
]


# (text, publication date, expected duration of the one journey): the length said as the whole
# flight's ("N jours de mission", "au terme d'un vol d'un peu plus de N jours") or as the time since
# the launch in the landing's sentence; the time since the launch before a docking is no length
ROUND4_DURATIONS = [
    (
        "Après 64 jours de mission, les astronautes Bob Behnken et Doug Hurley ont amerri dimanche dans "
        "le golfe du Mexique à bord de la capsule Crew Dragon.",
        "2020-08-03",
        "P64D",
    ),
    (
        "La navette Atlantis s'est posée samedi au Centre spatial Kennedy, au terme d'un vol d'un peu "
        "plus de neuf jours.",
        "1997-05-25",
        "P9D",
    ),
    (
        "La capsule Crew Dragon Resilience a amerri samedi au large de la Floride, trois jours après son "
        "décollage du Centre spatial Kennedy, avec ses quatre passagers.",
        "2021-09-19",
        "P3D",
    ),
    (
        "La fusée Longue Marche 2F a décollé jeudi de Jiuquan. Environ six heures après le décollage, la "
        "capsule Shenzhou-12 s'est amarrée au module Tianhe.",
        "2021-06-17",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "duration"), ROUND4_DURATIONS, ids=[c[2] or "none" for c in ROUND4_DURATIONS]
)
def test_round4_durations(nlp, text, date, duration):
    assert [m["duration"] for m in _missions(nlp, text, date)] == [duration]


# round 6: names of journeys told in retrospectives, and records with nothing to report
ROUND6_CASES = [
    # a name said again after its journey took it is that journey, not the one told next
    (
        "name-said-again-stays-with-its-journey",
        "2001-10-22",
        "Le 17 août 1996, une fusée Soyouz décolle de Baïkonour avec le vaisseau Soyouz TM-24 et la "
        "Française Claudie André-Deshays, pour la mission Cassiopée. Le vaisseau s'amarre à Mir deux "
        "jours plus tard. Pendant la mission Cassiopée, la chercheuse enchaîne les expériences de "
        "biologie. Le 2 septembre, les cosmonautes Iouri Onoufrienko et Iouri Oussatchev regagnent la "
        "Terre à bord du Soyouz TM-23.",
        lambda ms: (
            [m["name"] for m in _by_craft(ms, "Soyouz TM-24")] == ["Cassiopée"]
            and [m["name"] for m in _by_craft(ms, "Soyouz TM-23")] == [None]
        ),
    ),
    # "N ans après X": a journey taken as a landmark in time, not the one told
    (
        "years-after-a-mission-is-another-journey",
        "2001-10-22",
        "Cinq ans après la mission Cassiopée, Claudie Haigneré repart dans l'espace. Le 21 octobre "
        "2001, le Soyouz TM-33 décolle de Baïkonour avec le commandant Viktor Afanassiev.",
        lambda ms: [m["name"] for m in _by_craft(ms, "Soyouz TM-33")] == [None],
    ),
    (
        "months-after-a-mission-is-another-journey",
        "2023-03-12",
        "Trois mois après la mission Crew-5, la capsule Crew Dragon Endeavour a décollé jeudi de "
        "Floride avec les astronautes Stephen Bowen et Warren Hoburg.",
        lambda ms: [m["name"] for m in ms] == [None],
    ),
    # "la première fois depuis X": X is the last journey of its kind, not this one
    (
        "first-time-since-a-mission-is-another-journey",
        "2022-11-17",
        "C'est la première fois depuis Apollo 17 qu'une fusée part vers la Lune : la fusée SLS a "
        "décollé mercredi de Floride avec la capsule Orion.",
        lambda ms: [m["name"] for m in ms] == [None] and ms[0]["destination"] == "Lune",
    ),
    (
        "first-time-since-the-mission-is-another-journey",
        "2022-11-17",
        "Pour la première fois depuis la mission Apollo 17, un vaisseau conçu pour des astronautes part "
        "vers la Lune : la fusée SLS a décollé mercredi avec la capsule Orion.",
        lambda ms: [m["name"] for m in ms] == [None],
    ),
    # a programme's name ("Apollo", "Artemis") names no one flight of the text
    (
        "programme-names-no-flight",
        "2020-12-02",
        "La sonde chinoise Chang'e 5 s'est posée mardi sur la Lune. Elle doit rapporter des roches, "
        "comme les astronautes d'Apollo l'avaient fait avant elle.",
        lambda ms: [m["name"] for m in ms] == [None],
    ),
    (
        "programme-said-with-a-landing-site",
        "2020-12-02",
        "Le module de Chang'e 5 s'est posé mardi sur la Lune, dans l'océan des Tempêtes, non loin des "
        "sites explorés par Apollo.",
        lambda ms: [m["name"] for m in ms] == [None],
    ),
    (
        "programme-in-a-relative-clause",
        "2019-01-04",
        "L'atterrisseur Chang'e 4 s'est posé jeudi sur la face cachée de la Lune, que les équipages "
        "d'Apollo n'avaient jamais foulée.",
        lambda ms: [m["name"] for m in ms] == [None],
    ),
    # a record with no name, crew, vehicle, launch or landing reports nothing
    (
        "no-record-without-journey-facts",
        "2008-02-08",
        "Un vaisseau s'est amarré samedi au module Harmony. L'amarrage a duré trois heures.",
        lambda ms: all(m["name"] or m["crew"] or m["spacecraft"] or m["launch"] or m["landing"] for m in ms),
    ),
]


# (text, publication date, expected durations): a stay said in a sentence dated with a year written
# out well before the journey's is an earlier stay (someone's past flight); a later year (where a
# planned journey ends), the journey's own year or a vague "il y a trente ans" leave it alone
ROUND6_DURATIONS = [
    (
        "La capsule Crew Dragon Endurance a décollé samedi de Floride avec le Danois Andreas Mogensen. "
        "Pour Mogensen, c'est un retour : il avait passé dix jours dans la station en 2015.",
        "2023-08-27",
        [None],
    ),
    (
        "L'astronaute Sultan al-Neyadi a décollé en mars vers l'ISS. Il succède à Hazza al-Mansouri, "
        "qui avait passé huit jours à bord de l'ISS en 2019.",
        "2023-04-29",
        [None],
    ),
    (
        "La capsule Crew Dragon Endurance a décollé samedi de Floride avec le Danois Andreas Mogensen, "
        "pour un séjour de six mois. En 2015, il avait passé dix jours dans la station.",
        "2023-08-27",
        ["P6M"],
    ),
    (
        "Le 17 août 1996, une fusée Soyouz a décollé de Baïkonour avec la Française Claudie "
        "André-Deshays. En 1996, elle a passé seize jours à bord de Mir.",
        "1996-09-03",
        ["P16D"],
    ),
    (
        "La sonde Europa Clipper a décollé lundi de Floride à bord d'une fusée Falcon Heavy. Elle va "
        "voyager pendant cinq ans et demi avant d'atteindre Jupiter en avril 2030.",
        "2024-10-15",
        ["P5Y6M"],
    ),
    (
        "La fusée Vega a décollé mardi de Kourou avec le satellite Taranis. Taranis devait passer deux "
        "ans en orbite pour observer des phénomènes découverts il y a une trentaine d'années.",
        "2020-11-18",
        ["P2Y"],
    ),
]


ROUND7_CASES = [
    # a flight christened with a name shared by an explorer: a mission when the text gives it
    (
        "christened-eponym-names-the-flight",
        "2002-04-27",
        "Le vaisseau Soyouz TM-34 a décollé jeudi de Baïkonour avec l'Italien Roberto Vittori, dont "
        "le vol a été baptisé Marco Polo, et le Sud-Africain Mark Shuttleworth.",
        lambda ms: [m["name"] for m in _by_craft(ms, "Soyouz TM-34")] == ["Marco Polo"],
    ),
    (
        "mission-head-names-the-flight",
        "2001-10-22",
        "La mission Andromède a commencé dimanche : le Soyouz TM-33 a décollé de Baïkonour avec la "
        "Française Claudie Haigneré et deux cosmonautes russes.",
        lambda ms: [m["name"] for m in _by_craft(ms, "Soyouz TM-33")] == ["Andromède"],
    ),
    # the galaxy of the same name, no mission cue: no name
    (
        "galaxy-is-no-mission-name",
        "2024-02-10",
        "La fusée Falcon 9 a décollé jeudi de Cap Canaveral avec le satellite PACE. Ses caméras ne "
        "verront pas la galaxie d'Andromède, que le télescope Hubble a déjà photographiée.",
        lambda ms: all(m["name"] is None for m in ms),
    ),
    # "trois mois après l'incendie d'Apollo 1": an accident taken as a landmark in time
    (
        "months-after-an-accident-is-another-journey",
        "1967-04-24",
        "Le 23 avril 1967, Vladimir Komarov décolle de Baïkonour à bord de Soyouz 1. Un exploit "
        "attendu, trois mois après l'incendie d'Apollo 1 qui a coûté la vie à trois astronautes.",
        lambda ms: [m["name"] for m in _by_craft(ms, "Soyouz 1")] == [None],
    ),
    (
        "years-after-a-disaster-is-another-journey",
        "1988-10-01",
        "La navette Discovery a décollé jeudi de Cap Canaveral avec cinq astronautes, deux ans et demi "
        "après la catastrophe de la mission STS-51-L, pour la mission STS-26.",
        lambda ms: [m["name"] for m in _by_craft(ms, "Discovery")] == ["STS-26"],
    ),
    # the side boosters come back, the probe flies on: their landing is not the journey's
    (
        "booster-landing-is-not-the-probe-landing",
        "2023-10-14",
        "La fusée Falcon Heavy a décollé vendredi de Cap Canaveral avec la sonde Psyche. Quelques "
        "minutes plus tard, ses deux propulseurs latéraux sont revenus se poser en Floride.",
        lambda ms: [m["landing"] for m in _by_craft(ms, "Psyche")] == [None],
    ),
    (
        "capsule-booster-landing-is-not-the-crew-landing",
        "2024-03-04",
        "La fusée Falcon 9 a décollé dimanche de Floride avec la capsule Crew Dragon et quatre "
        "astronautes. Le premier étage du Falcon 9 est revenu se poser à Cap Canaveral.",
        lambda ms: [m["landing"] for m in _by_craft(ms, "Crew Dragon")] == [None],
    ),
    # the noun heading a list of payloads gives the kind of each: one record per payload
    (
        "listed-payloads-take-the-list-noun",
        "2003-09-28",
        "Une fusée Ariane 5 a décollé samedi de Kourou avec la sonde européenne SMART-1 et deux "
        "satellites de télécommunications, l'indien Insat-3E et l'européen e-Bird.",
        lambda ms: (
            len(ms) == 3
            and all("Ariane 5" in m["spacecraft"] and m["launch"]["place"] == "Kourou" for m in ms)
        ),
    ),
    # an article about one body: a lander whose landing names none set down there too
    (
        "lander-in-a-moon-article-goes-to-the-moon",
        "2025-03-03",
        "La sonde Blue Ghost s'est posée dimanche sur la Lune, dans la mer des Crises. Le sol lunaire y "
        "est plat, et la Lune y reste visible depuis la Terre. En février 2024, le module Odysseus "
        "s'était posé de travers près du pôle Sud.",
        lambda ms: [m["destination"] for m in _by_craft(ms, "Odysseus")] == ["Lune"],
    ),
    (
        "lander-beside-one-martian-landing-goes-nowhere-said",
        "2024-03-01",
        "Le rover Perseverance s'est posé sur Mars le 18 février 2021. Trois ans plus tard, en février "
        "2024, le module Odysseus s'est posé de travers près du pôle Sud.",
        lambda ms: [m["destination"] for m in _by_craft(ms, "Odysseus")] == [None],
    ),
    # a launcher flying alone ends its journey with its own landing
    (
        "launcher-alone-keeps-its-landing",
        "2018-02-07",
        "La fusée Falcon Heavy a décollé mardi de Cap Canaveral pour son premier vol. Ses deux "
        "propulseurs latéraux se sont posés côte à côte en Floride.",
        lambda ms: [bool(m["landing"]) for m in _by_craft(ms, "Falcon Heavy")] == [True],
    ),
]


# (text, publication date, expected durations): no journey lasts mere seconds, and the minutes a
# launcher flew before it was lost are the failure's time, not the journey's length
ROUND7_DURATIONS = [
    (
        "La fusée Spectrum s'est élevée dimanche d'Andøya, en Norvège, mais elle s'est abîmée en mer "
        "après une trentaine de secondes de vol.",
        "2025-03-30",
        [None],
    ),
    (
        "Le lancement du cargo Progress MS-04 a échoué jeudi : la fusée Soyouz-U a été perdue au bout "
        "de six minutes de vol.",
        "2016-12-02",
        [None],
    ),
    (
        "La fusée Vega a échoué mardi : le lanceur a été perdu huit minutes après le décollage de "
        "Kourou, au bout de 480 secondes de vol.",
        "2020-11-18",
        [None],
    ),
    (
        "La capsule New Shepard a décollé mardi du Texas avec six passagers pour un vol de dix minutes.",
        "2021-07-21",
        ["PT10M"],
    ),
    (
        "Le vaisseau Vostok 1 a décollé le 12 avril 1961 de Baïkonour avec Youri Gagarine, pour un vol "
        "de 108 minutes.",
        "1961-04-13",
        ["PT108M"],
    ),
    # "a tourné autour de la Lune pendant deux mois": the time circling a body is the journey's
    (
        "La sonde Luna 10 a décollé le 31 mars 1966 de Baïkonour. Elle a tourné autour de la Lune "
        "pendant deux mois.",
        "1966-06-01",
        ["P2M"],
    ),
    # "mis treize mois à rejoindre la Lune": a probe's way there is its journey, not a crew's
    (
        "La fusée Soyouz-Fregat a décollé lundi de Baïkonour avec la sonde Mars Express. Elle a mis six "
        "mois à rejoindre Mars.",
        "2003-06-03",
        ["P6M"],
    ),
    (
        "Le vaisseau Soyouz MS-25 a décollé jeudi de Baïkonour avec trois astronautes. Il a mis trois "
        "heures à rejoindre la Station spatiale internationale.",
        "2024-03-24",
        [None],
    ),
]

ROUND_DURATIONS = [*ROUND6_DURATIONS, *ROUND7_DURATIONS]


@pytest.mark.parametrize(
    ("text", "date", "durations"), ROUND_DURATIONS, ids=[f"{c[1]}-{c[2][0]}" for c in ROUND_DURATIONS]
)
def test_round_durations(nlp, text, date, durations):
    """The duration tables of rounds 6 and 7."""
    assert [m["duration"] for m in _missions(nlp, text, date)] == durations


ROUND_CASES = [*ROUND3_CASES, *ROUND4_CASES, *ROUND6_CASES, *ROUND7_CASES]


@pytest.mark.parametrize(("kind", "date", "text", "check"), ROUND_CASES, ids=[c[0] for c in ROUND_CASES])
def test_round_journey_rules(nlp, kind, date, text, check):
    """The journey tables of rounds 3, 4, 6 and 7: valid records that pass the row's check."""
    missions = _missions(nlp, text, date)
    for mission in missions:
        Mission.model_validate(mission)
    assert check(missions), (kind, missions)


# (id, publication date, text, expected events as (type, spacecraft, participants) in order):
# the whole pipeline, so the journeys the missions layer joins fill the events' crews
ROUND13_EVENT_CASES = [
    # a dated landing ends the journey of the nearest launch before it, not the flashback told
    # first; the target launched empty ("un étage Agena") flies nobody and is not the capsule
    (
        "landing-joins-nearest-launch-target-flies-nobody",
        "2016-09-12",
        "En juin 1966, lors de Gemini 9, Eugene Cernan était sorti dans l'espace et en était revenu "
        "épuisé.\n\nLa fusée Titan II a décollé de Cap Kennedy le 12 septembre 1966 avec Pete Conrad et "
        "Richard Gordon. Une heure et demie plus tôt, une fusée Atlas avait lancé leur cible, un étage "
        "Agena. La capsule s'est arrimée à l'Agena peu après.\n\nLa capsule a amerri dans l'Atlantique "
        "le 15 septembre.",
        [
            ("SPACEWALK", [], ["Eugene Cernan"]),
            ("LAUNCH", ["Titan II"], ["Pete Conrad", "Richard Gordon"]),
            ("LAUNCH", ["Atlas", "Agena"], []),
            ("DOCKING", ["Agena"], ["Pete Conrad", "Richard Gordon"]),
            ("LANDING", [], ["Pete Conrad", "Richard Gordon"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("kind", "date", "text", "expected"), ROUND13_EVENT_CASES, ids=[c[0] for c in ROUND13_EVENT_CASES]
)
def test_round13_journey_events(nlp, kind, date, text, expected):
    events = nlp(make_doc(nlp, text, date))._.events
    assert [(e["type"], e["spacecraft"], e["participants"]) for e in events] == expected, kind
