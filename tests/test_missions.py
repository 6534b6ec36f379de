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
