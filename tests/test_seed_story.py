"""The seed story, told in our own words, must come out as the spec's example records."""

from __future__ import annotations

import pytest

from orbitext import make_doc

SEED_DATE = "2021-10-17"
SEED_TEXT = (
    "Fin de mission pour l'équipage du premier film tourné dans l'espace\n\n"
    "Le vaisseau Soyouz MS-18 a atterri dans la steppe du Kazakhstan le 17 octobre 2021 à 4h36, "
    "a fait savoir l'agence spatiale Roscosmos. L'actrice Ioulia Peressild, 37 ans, le réalisateur "
    "Klim Chipenko, 38 ans, et le cosmonaute Oleg Novitski se trouvaient à son bord.\n\n"
    "L'actrice et le réalisateur avaient décollé le 5 octobre depuis le cosmodrome de Baïkonour "
    "avec le cosmonaute Anton Chkaplerov, pour un séjour de 12 jours à bord de l'ISS."
)


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return nlp(make_doc(nlp, SEED_TEXT, SEED_DATE))


def _by_type(doc, kind: str) -> list[dict]:
    return [e for e in doc._.events if e["type"] == kind]


def test_landing_event_is_the_spec_example(seed_doc):
    landings = _by_type(seed_doc, "LANDING")
    assert len(landings) == 1
    landing = landings[0]
    assert landing["status"] == "occurred"
    assert landing["date"] == "2021-10-17"
    assert landing["time"] == "04:36"
    assert landing["place"] == "Kazakhstan"
    assert landing["destination"] is None
    assert landing["spacecraft"] == ["Soyouz MS-18"]
    assert set(landing["participants"]) == {"Ioulia Peressild", "Klim Chipenko", "Oleg Novitski"}
    assert landing["organizations"] == ["Roscosmos"]


def test_launch_event(seed_doc):
    launches = _by_type(seed_doc, "LAUNCH")
    assert len(launches) == 1
    launch = launches[0]
    assert (launch["status"], launch["date"], launch["place"]) == ("occurred", "2021-10-05", "Baïkonour")
    assert {"Ioulia Peressild", "Klim Chipenko", "Anton Chkaplerov"} <= set(launch["participants"])
    assert launch["destination"] == "ISS"


def test_mission_record_is_the_spec_example(seed_doc):
    assert len(seed_doc._.missions) == 1
    mission = seed_doc._.missions[0]
    crew = {member["name"]: member for member in mission["crew"]}
    assert set(crew) == {"Ioulia Peressild", "Klim Chipenko", "Oleg Novitski", "Anton Chkaplerov"}
    assert (crew["Ioulia Peressild"]["role"], crew["Ioulia Peressild"]["age"]) == ("actrice", 37)
    assert (crew["Klim Chipenko"]["role"], crew["Klim Chipenko"]["age"]) == ("réalisateur", 38)
    assert crew["Oleg Novitski"]["role"] == "cosmonaute"
    assert crew["Anton Chkaplerov"]["role"] == "cosmonaute"
    assert mission["spacecraft"] == ["Soyouz MS-18"]
    assert mission["organizations"] == ["Roscosmos"]
    assert mission["destination"] == "ISS"
    assert mission["duration"] == "P12D"
    assert mission["launch"] == {"date": "2021-10-05", "time": None, "place": "Baïkonour"}
    assert mission["landing"] == {"date": "2021-10-17", "time": "04:36", "place": "Kazakhstan"}
    assert sorted(mission["events"]) == list(range(len(seed_doc._.events)))
