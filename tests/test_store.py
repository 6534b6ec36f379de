"""The SQLite store (orbitext.store): tables, provenance, and the README's queries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orbitext.kb import Linker, merge_records
from orbitext.schema import CrewMember, Event, Mission, Phase
from orbitext.store import connect, write_store
from test_merge import ENTRIES, Article, ms18_articles, single

README = Path(__file__).resolve().parents[1] / "README.md"


def launches() -> list[Article]:
    """Four launches from two sites over two years, each reported once."""
    out = []
    for doc_id, site, date, vehicle in (
        ("l1", "Kourou", "2021-12-25", "James Webb"),
        ("l2", "Kourou", "2022-07-13", "Vega-C"),
        ("l3", "Baïkonour", "2022-09-21", "Soyouz MS-22"),
        ("l4", "Baikonur", "2022-03-18", "Soyouz MS-21"),  # another spelling of the same site
    ):
        a = Article(doc_id, f"Lancement de {vehicle} depuis {site} le {date}.")
        a.ent(vehicle, "SPACECRAFT").ent(site, "LOC").ent(date, "DATE", value=date)
        a.events.append(
            Event(type="LAUNCH", date=date, place=site, spacecraft=[vehicle], trigger=a.span("Lancement"))
        )
        a.missions.append(Mission(spacecraft=[vehicle], launch=Phase(date=date, place=site), events=[0]))
        out.append(a)
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    articles = ms18_articles() + launches()
    records = [a.record() for a in articles]
    pesquet = single(
        "p1",
        "Thomas Pesquet a décollé le 17 novembre 2016 à bord du Soyouz MS-03.",
        ["Thomas Pesquet"],
        ["Soyouz MS-03"],
        "2016-11-17",
        launch_phrase="17 novembre 2016",
    )
    records.append(pesquet)
    linker = Linker(ENTRIES)
    kb = merge_records(records, linker)
    path = tmp_path_factory.mktemp("kb") / "missions.sqlite"
    write_store(path, records, kb, linker)
    write_store(path, records, kb, linker)  # a second write replaces, never duplicates
    texts = {a.id: a.text for a in articles}
    texts["p1"] = "Thomas Pesquet a décollé le 17 novembre 2016 à bord du Soyouz MS-03."
    with connect(path) as conn:
        yield conn, kb, texts


def test_tables_hold_the_archive(db):
    conn, kb, _ = db
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "mentions", "missions", "mission_crew", "events", "mission_sources")
    }
    assert counts["documents"] == 10
    assert counts["missions"] == len(kb.missions) == 6
    assert counts["events"] == len(kb.events)
    assert counts["mentions"] > 30 and counts["mission_sources"] > 20


def test_mentions_share_identities_across_spellings(db):
    conn = db[0]
    rows = conn.execute(
        "SELECT identity, count(DISTINCT doc_id) AS docs FROM mentions WHERE label = 'PER' "
        "AND text IN ('Oleg Novitski', 'Oleg Novitskiy') GROUP BY identity"
    ).fetchall()
    assert [(r["identity"], r["docs"]) for r in rows] == [("Q963226", 5)]


def test_every_source_row_is_a_span_of_its_document(db):
    conn, _, texts = db
    rows = conn.execute(
        'SELECT doc_id, start, "end", text FROM mission_sources UNION ALL '
        'SELECT doc_id, start, "end", text FROM event_sources'
    ).fetchall()
    assert rows
    for row in rows:
        assert row["start"] is not None
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]


def readme_queries() -> dict[str, str]:
    """The SQL blocks of the README's knowledge-base section, by the heading line above each."""
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- section: kb -->", 1)[-1]
    return {m.group(1).strip(): m.group(2) for m in re.finditer(r"-- (.+)\n((?:(?!```).+\n)+)```", section)}


QUERY_PERSON = """
SELECT m.id, m.launch_date, m.landing_date, c.role
FROM missions m JOIN mission_crew c ON c.mission_id = m.id
WHERE c.person IN (SELECT identity FROM mentions WHERE text = :name OR canonical = :name)
   OR c.name = :name
ORDER BY m.launch_date
"""

QUERY_SITE_YEAR = """
SELECT min(place) AS place, substr(date, 1, 4) AS year, count(*) AS launches
FROM events
WHERE type = 'LAUNCH' AND status = 'occurred' AND place IS NOT NULL
GROUP BY place_key, year
ORDER BY place, year
"""

QUERY_CONFLICTS = """
SELECT v.mission_id, v.slot, v.value, v.count, v.rank
FROM mission_values v
JOIN conflicts c ON c.kind = 'mission' AND c.record_id = v.mission_id AND c.slot = v.slot
ORDER BY v.mission_id, v.slot, v.rank
"""


def test_query_missions_of_a_person(db):
    conn = db[0]
    rows = conn.execute(QUERY_PERSON, {"name": "Ioulia Peressild"}).fetchall()
    assert [(r["id"], r["role"]) for r in rows] == [("mission:soyouz-ms-18", "actrice")]
    # a transliteration finds the same journey through the identity of the mentions
    assert len(conn.execute(QUERY_PERSON, {"name": "Oleg Novitskiy"}).fetchall()) == 1


def test_query_launches_by_site_and_year(db):
    rows = [tuple(r) for r in db[0].execute(QUERY_SITE_YEAR).fetchall()]
    assert ("Kourou", "2021", 1) in rows and ("Kourou", "2022", 1) in rows
    site_2022 = [r for r in rows if r[0] in ("Baïkonour", "Baikonur") and r[1] == "2022"]
    assert len(site_2022) == 1 and site_2022[0][2] == 2  # one site whatever the spelling
    assert sum(r[2] for r in rows if r[0] in ("Baïkonour", "Baikonur") and r[1] == "2021") == 1


def test_query_conflicts(db):
    rows = [tuple(r) for r in db[0].execute(QUERY_CONFLICTS).fetchall()]
    assert rows == [
        ("mission:soyouz-ms-18", "landing.date", "2021-10-17", 2, 1),
        ("mission:soyouz-ms-18", "landing.date", "2021-10-16", 1, 2),
    ]


def test_readme_shows_the_tested_queries():
    queries = readme_queries()
    if not queries:
        pytest.skip("README knowledge-base section not written yet")
    normalise = " ".join
    assert {normalise(q.split()) for q in queries.values()} >= {
        normalise(q.split()) for q in (QUERY_PERSON, QUERY_SITE_YEAR, QUERY_CONFLICTS)
    }


def test_crew_roles_and_ages_are_stored(db):
    row = db[0].execute("SELECT role, age FROM mission_crew WHERE name = 'Ioulia Peressild'").fetchone()
    assert tuple(row) == ("actrice", 37)


def test_empty_archive(tmp_path):
    path = tmp_path / "empty.sqlite"
    write_store(path, [], merge_records([]))
    with connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM missions").fetchone()[0] == 0


def test_crew_member_unknown_to_the_gazetteer(tmp_path):
    a = Article("u1", "Le touriste Jean Inconnu a volé sur Soyouz MS-99.")
    a.ent("Jean Inconnu", "PER").ent("Soyouz MS-99", "SPACECRAFT")
    a.missions.append(Mission(crew=[CrewMember(name="Jean Inconnu")], spacecraft=["Soyouz MS-99"]))
    kb = merge_records([a.record()], Linker(ENTRIES))
    path = tmp_path / "u.sqlite"
    write_store(path, [a.record()], kb)
    with connect(path) as conn:
        row = conn.execute("SELECT person, kb_id FROM mission_crew").fetchone()
    assert row["person"].startswith("name:") and row["kb_id"] is None  # a document-local key, no id


def test_sources_refer_to_stored_documents_even_with_repeated_ids(tmp_path):
    one = single("same", "Crew-3 avec Matthias Maurer.", ["Matthias Maurer"], ["Crew-3"])
    two = single("same", "Crew-3 : Matthias Maurer.", ["Matthias Maurer"], ["Crew-3"])
    linker = Linker(ENTRIES)
    kb = merge_records([one, two], linker)
    path = tmp_path / "dup.sqlite"
    write_store(path, [one, two], kb, linker)
    with connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")] == ["same", "same#2"]
        orphans = conn.execute(
            "SELECT count(*) FROM mission_sources WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    assert orphans == 0


def test_every_table_row_points_to_known_records(db):
    conn = db[0]
    for query in (
        "SELECT count(*) FROM mission_sources WHERE doc_id NOT IN (SELECT id FROM documents)",
        "SELECT count(*) FROM event_sources WHERE doc_id NOT IN (SELECT id FROM documents)",
        "SELECT count(*) FROM mission_crew WHERE mission_id NOT IN (SELECT id FROM missions)",
        "SELECT count(*) FROM events WHERE mission_id IS NOT NULL"
        " AND mission_id NOT IN (SELECT id FROM missions)",
        "SELECT count(*) FROM conflicts"
        " WHERE record_id NOT IN (SELECT id FROM missions UNION SELECT id FROM events)",
    ):
        assert conn.execute(query).fetchone()[0] == 0, query
