"""Cross-document merging (orbitext.kb): linking keys, clustering, slot values with their sources."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import DEV_CORPUS, needs_shared, read_jsonl
from orbitext.kb import (
    KnowledgeBase,
    Linker,
    MergedMission,
    dates_compatible,
    iter_values,
    merge_records,
    name_key,
    person_key,
    read_records,
)
from orbitext.schema import CrewMember, DocumentError, DocumentRecord, Entity, Event, Evidence, Mission, Phase

FLIGHTS = Path(__file__).parent / "data" / "flights"

# a small gazetteer of our own, so the unit tests do not move when models/gazetteers grows
ENTRIES = [
    {
        "id": "per:oleg-novitski",
        "name": "Oleg Novitski",
        "aliases": ["Oleg Novitskiy"],
        "short": ["Novitski"],
        "wikidata": "Q963226",
        "type": "astronaut",
    },
    {"id": "sc:soyouz-ms-18", "name": "Soyouz MS-18", "aliases": ["Soyuz MS-18"], "type": "capsule"},
    {"id": "sc:soyouz", "name": "Soyouz", "aliases": ["Soyuz"], "type": "capsule"},
    {"id": "sc:falcon-9", "name": "Falcon 9", "type": "launcher"},
    {"id": "sc:ariane-5", "name": "Ariane 5", "type": "launcher"},
    {"id": "sc:crew-dragon", "name": "Crew Dragon", "type": "capsule"},
    {
        "id": "sc:james-webb",
        "name": "James Webb",
        "aliases": ["télescope spatial James Webb", "JWST"],
        "type": "telescope",
    },
    {"id": "loc:baikonour", "name": "Baïkonour", "aliases": ["Baikonur"], "type": "launch_site"},
    {
        "id": "sc:iss",
        "name": "Station spatiale internationale",
        "aliases": ["ISS"],
        "wikidata": "Q25271",
        "type": "station",
    },
]


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(ENTRIES)


class Article:
    """A hand-written article and the record an ideal extractor would give for it."""

    def __init__(self, doc_id: str, text: str, date: str | None = None) -> None:
        self.id, self.text, self.date = doc_id, text, date
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.missions: list[Mission] = []

    def span(self, surface: str, nth: int = 0) -> Evidence:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(surface, start + 1)
        return Evidence(start=start, end=start + len(surface), text=surface)

    def ent(
        self,
        surface: str,
        label: str,
        canonical: str | None = None,
        kb_id: str | None = None,
        value: str | None = None,
    ) -> Article:
        ev = self.span(surface)
        self.entities.append(
            Entity(
                start=ev.start,
                end=ev.end,
                label=label,
                text=surface,
                canonical=canonical or (None if value else surface),
                kb_id=kb_id,
                value=value,
            )
        )
        return self

    def record(self) -> DocumentRecord:
        return DocumentRecord(
            id=self.id, date=self.date, entities=self.entities, events=self.events, missions=self.missions
        )


def ms18_launch_a() -> Article:
    a = Article(
        "ms18-a",
        "Le Soyouz MS-18 a décollé le 9 avril 2021 de Baïkonour avec Oleg Novitski, "
        "Piotr Doubrov et Mark Vande Hei, vers l'ISS.",
        "2021-04-09",
    )
    a.ent("Soyouz MS-18", "SPACECRAFT", kb_id="sc:soyouz-ms-18").ent(
        "9 avril 2021", "DATE", value="2021-04-09"
    )
    a.ent("Baïkonour", "LOC", kb_id="loc:baikonour").ent("Oleg Novitski", "PER", kb_id="Q963226")
    a.ent("Piotr Doubrov", "PER").ent("Mark Vande Hei", "PER").ent("ISS", "SPACECRAFT", kb_id="Q25271")
    crew = ["Oleg Novitski", "Piotr Doubrov", "Mark Vande Hei"]
    a.events.append(
        Event(
            type="LAUNCH",
            date="2021-04-09",
            place="Baïkonour",
            destination="ISS",
            spacecraft=["Soyouz MS-18"],
            participants=crew,
            trigger=a.span("décollé"),
            evidence={
                "date": [a.span("9 avril 2021")],
                "place": [a.span("Baïkonour")],
                "participants": [a.span(n) for n in crew],
            },
        )
    )
    a.missions.append(
        Mission(
            crew=[CrewMember(name=n) for n in crew],
            spacecraft=["Soyouz MS-18"],
            destination="ISS",
            launch=Phase(date="2021-04-09", place="Baïkonour"),
            events=[0],
            evidence={"launch.date": [a.span("9 avril 2021")]},
        )
    )
    return a


def ms18_launch_b() -> Article:
    # another newspaper, English transliterations, no kb ids from the extractor
    a = Article(
        "ms18-b",
        "Oleg Novitskiy, Pyotr Dubrov et Mark Vande Hei se sont envolés vendredi à bord du "
        "Soyuz MS-18 depuis Baikonur.",
        "2021-04-10",
    )
    a.ent("Oleg Novitskiy", "PER").ent("Pyotr Dubrov", "PER").ent("Mark Vande Hei", "PER")
    a.ent("vendredi", "DATE", value="2021-04-09").ent("Soyuz MS-18", "SPACECRAFT").ent("Baikonur", "LOC")
    crew = ["Oleg Novitskiy", "Pyotr Dubrov", "Mark Vande Hei"]
    a.events.append(
        Event(
            type="LAUNCH",
            date="2021-04-09",
            place="Baikonur",
            spacecraft=["Soyuz MS-18"],
            participants=crew,
            trigger=a.span("envolés"),
        )
    )
    a.missions.append(
        Mission(
            crew=[CrewMember(name=n) for n in crew],
            spacecraft=["Soyuz MS-18"],
            launch=Phase(date="2021-04-09", place="Baikonur"),
            events=[0],
        )
    )
    return a


def ms18_landing(doc_id: str, day: str, director: str, date: str) -> Article:
    text = (
        f"Le Soyouz MS-18 s'est posé le {day} octobre 2021 à 4h36 au Kazakhstan avec Oleg Novitski, "
        f"l'actrice Ioulia Peressild, 37 ans, et le réalisateur {director}, 38 ans. Roscosmos s'en félicite."
    )
    a = Article(doc_id, text, date)
    a.ent("Soyouz MS-18", "SPACECRAFT").ent(f"{day} octobre 2021", "DATE", value=f"2021-10-{day}")
    a.ent("4h36", "TIME", value="04:36").ent("Kazakhstan", "LOC").ent("Oleg Novitski", "PER")
    a.ent("Ioulia Peressild", "PER").ent(director, "PER").ent("Roscosmos", "ORG")
    crew = ["Oleg Novitski", "Ioulia Peressild", director]
    a.events.append(
        Event(
            type="LANDING",
            date=f"2021-10-{day}",
            time="04:36",
            place="Kazakhstan",
            spacecraft=["Soyouz MS-18"],
            participants=crew,
            organizations=["Roscosmos"],
            trigger=a.span("posé"),
        )
    )
    a.missions.append(
        Mission(
            crew=[
                CrewMember(name="Oleg Novitski"),
                CrewMember(name="Ioulia Peressild", role="actrice", age=37),
                CrewMember(name=director, role="réalisateur", age=38),
            ],
            spacecraft=["Soyouz MS-18"],
            organizations=["Roscosmos"],
            landing=Phase(date=f"2021-10-{day}", time="04:36", place="Kazakhstan"),
            events=[0],
            evidence={
                "landing.date": [a.span(f"{day} octobre 2021")],
                "crew.role": [a.span("actrice"), a.span("réalisateur")],
                "crew.age": [a.span("37 ans"), a.span("38 ans")],
            },
        )
    )
    return a


def ms18_articles() -> list[Article]:
    return [
        ms18_launch_a(),
        ms18_launch_b(),
        ms18_landing("ms18-c", "17", "Klim Chipenko", "2021-10-17"),
        ms18_landing("ms18-d", "17", "Klim Shipenko", "2021-10-18"),
        ms18_landing("ms18-e", "16", "Klim Chipenko", "2021-10-18"),  # contradicts the others on the day
    ]


def ms18_corpus() -> list[DocumentRecord]:
    return [a.record() for a in ms18_articles()]


def single(
    doc_id: str,
    text: str,
    crew: list[str],
    spacecraft: list[str] = (),
    launch: str | None = None,
    name: str | None = None,
    launch_phrase: str | None = None,
) -> DocumentRecord:
    """A one-mission article: every name appears in ``text`` as an entity."""
    a = Article(doc_id, text)
    for person in crew:
        a.ent(person, "PER")
    for vehicle in spacecraft:
        a.ent(vehicle, "SPACECRAFT")
    if name:
        a.ent(name, "MISSION")
    if launch and launch_phrase:
        a.ent(launch_phrase, "DATE", value=launch)
    a.missions.append(
        Mission(
            name=name,
            crew=[CrewMember(name=p) for p in crew],
            spacecraft=list(spacecraft),
            launch=Phase(date=launch) if launch else None,
        )
    )
    return a.record()


def assert_traceable(kb: KnowledgeBase, texts: dict[str, str]) -> None:
    """Every value has sources, every source a span, every span the text it claims."""
    for record in [*kb.missions, *kb.events]:
        assert record.sources, record.id
        for slot, value in iter_values(record):
            assert value.count == len({s.doc_id for s in value.sources}) >= 1
            for src in value.sources:
                assert src.doc_id in record.sources, (record.id, slot)
                assert src.start is not None, (record.id, slot, value.value, src.doc_id)
                assert texts[src.doc_id][src.start : src.end] == src.text


# --------------------------------------------------------------------------------------------
# linking keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anton Chkaplerov", "Anton Shkaplerov"),
        ("Oleg Novitski", "Oleg Novitskiy"),
        ("Oleg Novitski", "Oleg Novitsky"),
        ("Ioulia Peressild", "Yulia Peresild"),
        ("Klim Chipenko", "Klim Shipenko"),
        ("Iouri Gagarine", "Yuri Gagarin"),
        ("Piotr Doubrov", "Pyotr Dubrov"),
        ("Alexandre Missourkine", "Aleksandr Misurkin"),
        ("Soyouz MS-18", "Soyuz MS-18"),
        ("Baïkonour", "Baikonur"),
        ("Artemis II", "Artemis 2"),
        ("Chang’e 5", "Chang'e-5"),
        ("THOMAS PESQUET", "Thomas Pesquet"),
    ],
)
def test_name_key_ignores_spelling_variants(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Soyouz MS-18", "Soyouz MS-19"),
        ("Crew-1", "Crew-2"),
        ("Thomas Pesquet", "Thomas Reiter"),
        ("Mars", "Marc"),
    ],
)
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


def test_person_key_drops_middle_names():
    assert person_key("Youri Alekseïevitch Gagarine") == person_key("Iouri Gagarine")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Soyouz MS-18", True),
        ("Shenzhou-13", True),
        ("Crew-2", True),
        ("Apollo 11", True),
        ("Progress MS-17", True),
        ("Artemis II", True),
        ("James Webb", True),
        ("Soyouz", False),
        ("Falcon 9", False),
        ("Ariane 5", False),
        ("Crew Dragon", False),
        ("ISS", False),
    ],
)
def test_designations_identify_one_journey(linker, name, expected):
    assert linker.is_designation(name) is expected


@pytest.mark.parametrize(
    ("a", "b", "days", "expected"),
    [
        ("2021-10-17", "2021-10-16", 1, True),
        ("2021-10-17", "2021-10-14", 1, False),
        ("2021-10", "2021-10-17", 1, True),
        ("2021", "2021-10-17", 1, True),
        ("2020", "2021-10-17", 1, False),
        (None, "2021-10-17", 0, True),
        ("2021-04-09", "2021-10-05", 400, True),
        ("2016-11-17", "2021-04-23", 400, False),
    ],
)
def test_dates_compatible(a, b, days, expected):
    assert dates_compatible(a, b, days) is expected


def test_kb_id_links_names_that_spell_differently(linker):
    one = Article("g1", "Youri Gagarine fut le premier.").ent("Youri Gagarine", "PER", kb_id="Q7327")
    two = Article("g2", "Le cosmonaute Gagarin a volé.").ent("Gagarin", "PER", kb_id="Q7327")
    one.missions.append(Mission(crew=[CrewMember(name="Youri Gagarine")]))
    two.missions.append(Mission(crew=[CrewMember(name="Gagarin")]))
    kb = merge_records([one.record(), two.record()], linker)
    assert len(kb.missions) == 1
    assert kb.missions[0].crew[0].kb_id == "Q7327" and kb.missions[0].crew[0].count == 2


def test_gazetteer_id_and_qid_are_one_identity(linker):
    assert linker.identify("Oleg Novitskiy") == linker.identify("x", kb_id="per:oleg-novitski") == "Q963226"


# --------------------------------------------------------------------------------------------
# merging missions


@pytest.fixture(scope="module")
def ms18(linker) -> tuple[KnowledgeBase, list[Article]]:
    articles = ms18_articles()
    return merge_records([a.record() for a in articles], linker), articles


def test_one_journey_one_mission(ms18):
    kb, articles = ms18
    assert len(kb.missions) == 1
    mission = kb.missions[0]
    assert mission.sources == sorted(a.id for a in articles)
    assert mission.best("spacecraft") in {"Soyouz MS-18", "Soyuz MS-18"}
    assert mission.spacecraft[0].count == 5


def test_crew_is_linked_across_transliterations(ms18):
    mission = ms18[0].missions[0]
    names = {name_key(c.name) for c in mission.crew}
    assert len(mission.crew) == 5, [c.name for c in mission.crew]
    assert names == {
        name_key(n)
        for n in ["Oleg Novitski", "Piotr Doubrov", "Mark Vande Hei", "Ioulia Peressild", "Klim Chipenko"]
    }
    novitski = next(c for c in mission.crew if c.kb_id == "Q963226")
    assert novitski.count == 5 and novitski.name == "Oleg Novitski"  # the most frequent form wins
    actress = next(c for c in mission.crew if c.name == "Ioulia Peressild")
    assert actress.roles[0].value == "actrice" and actress.ages[0].value == 37 and actress.ages[0].count == 3


def test_conflicting_dates_are_kept_best_supported_first(ms18):
    mission = ms18[0].missions[0]
    dates = [(v.value, v.count) for v in mission.landing.date]
    assert dates == [("2021-10-17", 2), ("2021-10-16", 1)]
    assert mission.landing.date[1].sources[0].doc_id == "ms18-e"
    assert "landing.date" in mission.conflicts and "launch.date" not in mission.conflicts
    assert [(v.value, v.count) for v in mission.launch.date] == [("2021-04-09", 2)]


def test_every_value_points_to_a_span(ms18):
    kb, articles = ms18
    assert kb.untraceable() == []
    assert_traceable(kb, {a.id: a.text for a in articles})


def test_the_same_designation_in_another_decade_is_another_journey(linker):
    a = single(
        "a1",
        "Apollo 11 partit le 16 juillet 1969 avec Neil Armstrong.",
        ["Neil Armstrong"],
        ["Apollo 11"],
        "1969-07-16",
        launch_phrase="16 juillet 1969",
    )
    b = single(
        "a2",
        "Une réplique Apollo 11 décollera le 16 juillet 2029.",
        [],
        ["Apollo 11"],
        "2029-07-16",
        launch_phrase="16 juillet 2029",
    )
    assert len(merge_records([a, b], linker).missions) == 2


def test_same_person_different_flights_stay_apart(linker):
    proxima = single(
        "p1",
        "Thomas Pesquet a décollé le 17 novembre 2016 à bord du Soyouz MS-03.",
        ["Thomas Pesquet"],
        ["Soyouz MS-03"],
        "2016-11-17",
        launch_phrase="17 novembre 2016",
    )
    alpha = single(
        "p2",
        "Thomas Pesquet est parti le 23 avril 2021 avec Crew-2.",
        ["Thomas Pesquet"],
        [],
        "2021-04-23",
        name="Crew-2",
        launch_phrase="23 avril 2021",
    )
    alpha2 = single(
        "p3",
        "Crew-2 : Thomas Pesquet et Megan McArthur ont rejoint l'ISS.",
        ["Thomas Pesquet", "Megan McArthur"],
        [],
        None,
        name="Crew-2",
    )
    kb = merge_records([proxima, alpha, alpha2], linker)
    assert sorted(len(m.sources) for m in kb.missions) == [1, 2]
    crew2 = next(m for m in kb.missions if len(m.sources) == 2)
    assert crew2.best("name") == "Crew-2" and crew2.id == "mission:crew-2"


def test_different_designations_never_merge(linker):
    one = single("c1", "Crew-1 avec Shannon Walker.", ["Shannon Walker"], ["Crew-1"])
    two = single("c2", "Crew-2 avec Shannon Walker.", ["Shannon Walker"], ["Crew-2"])
    assert len(merge_records([one, two], linker).missions) == 2


def test_two_missions_of_one_article_stay_two(linker):
    a = Article("d1", "Pesquet raconte ses deux vols, Proxima puis Alpha.")
    a.ent("Pesquet", "PER")
    a.missions = [Mission(crew=[CrewMember(name="Pesquet")]), Mission(crew=[CrewMember(name="Pesquet")])]
    assert len(merge_records([a.record()], linker).missions) == 2


def test_undated_one_person_record_joins_its_journey(linker):
    full = single(
        "b1",
        "Jeff Bezos et Wally Funk ont volé le 20 juillet 2021 sur New Shepard.",
        ["Jeff Bezos", "Wally Funk"],
        ["New Shepard"],
        "2021-07-20",
        launch_phrase="20 juillet 2021",
    )
    weak = single("b2", "Le milliardaire Jeff Bezos était aussi passé par l'espace.", ["Jeff Bezos"])
    kb = merge_records([full, weak], linker)
    assert len(kb.missions) == 1 and kb.missions[0].sources == ["b1", "b2"]


def test_uncrewed_launch_merges_on_vehicle_and_day(linker):
    one = single(
        "w1",
        "Ariane 5 a lancé le James Webb le 25 décembre 2021.",
        [],
        ["Ariane 5", "James Webb"],
        "2021-12-25",
        launch_phrase="25 décembre 2021",
    )
    two = single("w2", "Le JWST est parti de Kourou.", [], ["JWST"])
    other = single(
        "w3",
        "Une autre Ariane 5 a décollé le 30 juillet 2021.",
        [],
        ["Ariane 5"],
        "2021-07-30",
        launch_phrase="30 juillet 2021",
    )
    same_day = single(
        "w4",
        "Décollage d'Ariane 5 le 25 décembre 2021 à Kourou.",
        [],
        ["Ariane 5"],
        "2021-12-25",
        launch_phrase="25 décembre 2021",
    )
    kb = merge_records([one, two, other, same_day], linker)
    assert sorted(m.sources for m in kb.missions) == [["w1", "w2", "w4"], ["w3"]]


# --------------------------------------------------------------------------------------------
# merging events


def test_events_merge_and_link_to_their_mission(ms18):
    kb = ms18[0]
    mission = kb.missions[0]
    by_type = {e.type: e for e in kb.events}
    assert sorted(e.type for e in kb.events) == ["LANDING", "LAUNCH"]
    landing = by_type["LANDING"]
    assert landing.mission == mission.id and landing.id in mission.events
    assert landing.sources == ["ms18-c", "ms18-d", "ms18-e"]
    assert [(v.value, v.count) for v in landing.date] == [("2021-10-17", 2), ("2021-10-16", 1)]
    assert landing.best("time") == "04:36" and landing.time[0].count == 3
    assert (
        by_type["LAUNCH"].best("place") in {"Baïkonour", "Baikonur"} and by_type["LAUNCH"].place[0].count == 2
    )
    assert landing.best("status") == "occurred" and landing.status[0].sources[0].text == "posé"


def test_a_scrubbed_attempt_is_its_own_event(linker):
    records = []
    for doc_id, status, date in (
        ("s1", "cancelled", "2021-04-22"),
        ("s2", "occurred", "2021-04-23"),
        ("s3", "occurred", "2021-04-23"),
    ):
        a = Article(doc_id, f"Le lancement de Crew-2 du {date} ({status}).")
        a.ent("Crew-2", "MISSION").ent(date, "DATE", value=date)
        a.events.append(
            Event(type="LAUNCH", status=status, date=date, spacecraft=["Crew-2"], trigger=a.span("lancement"))
        )
        records.append(a.record())
    kb = merge_records(records, linker)
    assert sorted((e.best("status"), len(e.sources)) for e in kb.events) == [
        ("cancelled", 1),
        ("occurred", 2),
    ]


# --------------------------------------------------------------------------------------------
# input handling and the command line


def test_error_records_are_skipped_and_duplicate_ids_made_unique(linker):
    broken = DocumentRecord(id="x", error=DocumentError(type="InvalidJSON", message="bad"))
    one = single("same", "Crew-3 avec Matthias Maurer.", ["Matthias Maurer"], ["Crew-3"])
    two = single("same", "Crew-3 : Matthias Maurer.", ["Matthias Maurer"], ["Crew-3"])
    kb = merge_records([broken, one, two.model_dump()], linker)
    assert kb.documents == ["same", "same#3"] and kb.missions[0].sources == ["same", "same#3"]


def test_cli_merge_writes_missions_events_and_db(tmp_path):
    from typer.testing import CliRunner

    from orbitext.cli import app

    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(r.model_dump_json() + "\n" for r in ms18_corpus()) + "not json\n", encoding="utf-8"
    )
    out, events, db = tmp_path / "missions.jsonl", tmp_path / "events.jsonl", tmp_path / "kb.sqlite"
    result = CliRunner().invoke(
        app, ["merge", str(records), "-o", str(out), "--events", str(events), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    missions = [MergedMission.model_validate_json(line) for line in out.read_text().splitlines()]
    assert len(missions) == 1 and len(missions[0].sources) == 5
    assert len(events.read_text().splitlines()) == 2
    assert db.exists()
    assert len(list(read_records([records]))) == 5
    packed = tmp_path / "records.jsonl.gz"
    packed.write_bytes(gzip.compress(records.read_bytes()))
    assert len(list(read_records([packed]))) == 5


def test_flight_articles_are_well_formed():
    for path in sorted(FLIGHTS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            assert set(doc) == {"id", "date", "text"} and len(doc["text"]) > 200


# --------------------------------------------------------------------------------------------
# the real pipeline over our own articles (tests/data/flights: one file per journey)

JOURNEYS = {"soyouz-ms18": "Soyouz MS-18", "crew-2": "Crew-2", "shenzhou-13": "Shenzhou-13"}


def _flight_articles() -> list[tuple[str, dict]]:
    return [
        (path.stem, json.loads(line))
        for path in sorted(FLIGHTS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _names(mission: MergedMission) -> set[str]:
    return {name_key(str(v.value)) for v in [*mission.name, *mission.spacecraft]}


def test_pipeline_articles_merge_into_one_mission_per_journey(nlp):
    import orbitext

    articles = _flight_articles()
    journey_of = {doc["id"]: stem for stem, doc in articles}
    texts = {doc["id"]: doc["text"] for _, doc in articles}
    records = [orbitext.extract(doc["text"], doc["date"], doc_id=doc["id"], nlp=nlp) for _, doc in articles]
    assert any(r.missions for r in records)
    kb = merge_records(records, texts=texts)
    assert_traceable(kb, texts)
    for mission in kb.missions:  # never two journeys in one record
        assert len({journey_of[d] for d in mission.sources}) == 1, (mission.id, mission.sources)
    for stem, designation in JOURNEYS.items():
        named = [m for m in kb.missions if name_key(designation) in _names(m)]
        assert len(named) == 1, (stem, [m.id for m in named])
        assert all(journey_of[d] == stem for d in named[0].sources)
        assert len(named[0].sources) >= 2, (stem, named[0].sources)


def duplicate_journeys(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """Pairs of merged missions that look like one journey: a shared designation or mission name,
    or two shared crew members."""
    linker = Linker.from_models()
    pairs = []
    for i, a in enumerate(kb.missions):
        for b in kb.missions[i + 1 :]:
            names_a = {
                name_key(str(v.value))
                for v in [*a.name, *a.spacecraft]
                if linker.is_designation(str(v.value))
            }
            names_b = {
                name_key(str(v.value))
                for v in [*b.name, *b.spacecraft]
                if linker.is_designation(str(v.value))
            }
            crew = {c.key for c in a.crew} & {c.key for c in b.crew}
            # crews fly together more than once (Pesquet and Kimbrough in 2017 and 2021): dates decide
            same_time = all(
                dates_compatible(str(x.value), str(y.value), 3) for x in a.launch.date for y in b.launch.date
            )
            if names_a & names_b or (len(crew) >= 2 and same_time):
                pairs.append((a.id, b.id))
    return pairs


@needs_shared
def test_dev_corpus_and_flights_merge_without_duplicates(nlp):
    import orbitext

    docs = [doc for _, doc in _flight_articles()] + read_jsonl(DEV_CORPUS)
    texts = {doc["id"]: doc["text"] for doc in docs}
    records = [orbitext.extract(doc["text"], doc.get("date"), doc_id=doc["id"], nlp=nlp) for doc in docs]
    kb = merge_records(records, texts=texts)
    assert duplicate_journeys(kb) == []
    assert_traceable(kb, texts)


@pytest.mark.parametrize(
    ("text", "role", "age", "expected_role", "expected_age"),
    [
        (
            "Les cosmonautes russes Anna Kikina et Sergueï Prokopiev, 47 ans.",
            "cosmonaute russe",
            47,
            "cosmonautes russes",
            "47 ans",
        ),
        ("L'actrice Ioulia Peressild, 37 ans, rentre.", "acteur", 37, "actrice", "37 ans"),
    ],
)
def test_roles_and_ages_without_evidence_are_found_in_the_text(
    linker, text, role, age, expected_role, expected_age
):
    person = "Sergueï Prokopiev" if "Prokopiev" in text else "Ioulia Peressild"
    a = Article("r1", text).ent(person, "PER")
    a.missions.append(Mission(crew=[CrewMember(name=person, role=role, age=age)]))
    without = merge_records([a.record()], linker)
    assert without.missions[0].crew[0].roles[0].sources[0].start is None  # no text, no span
    member = merge_records([a.record()], linker, texts={"r1": text}).missions[0].crew[0]
    assert member.roles[0].sources[0].text == expected_role
    assert member.ages[0].sources[0].text == expected_age


HOSTILE = [
    Mission(),  # an empty record
    Mission(name="", crew=[CrewMember(name="")], spacecraft=["", " ", "—"]),
    Mission(crew=[CrewMember(name="???")], events=[7, -1]),  # indices out of range
    Mission(spacecraft=["Soyouz MS-18"], launch=Phase(date="2021-13-45"), landing=Phase(date="hier")),
    Mission(spacecraft=["🚀"], launch=Phase(date="0001-01-01"), landing=Phase(date="9999-12-31")),
]


@pytest.mark.parametrize("mission", HOSTILE)
def test_merge_never_raises_on_odd_records(linker, mission):
    a = Article("h1", "Un texte quelconque.")
    a.missions = [mission, mission]
    a.events = [Event(type="LAUNCH", date="pas une date", spacecraft=["", "Soyouz MS-18"], participants=[""])]
    kb = merge_records([a.record(), a.record(), DocumentRecord()], linker, texts={"h1": a.text})
    assert len(kb.missions) >= 1 and all(m.sources for m in kb.missions)
    KnowledgeBase.model_validate_json(kb.model_dump_json())
