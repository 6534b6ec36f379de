"""A SQLite store of an archive: documents, entity mentions, merged events and missions, provenance.

Standard library only (``sqlite3``). ``write_store(path, records, kb)`` (re)creates the tables;
users then query the archive with plain SQL (see the README's "Knowledge base" section).

Tables
    documents(id, date, anchor, n_entities, n_events, n_missions)
    mentions(doc_id, start, end, label, text, canonical, kb_id, value, identity)
    missions(id, name, spacecraft, destination, duration, launch_date, launch_time, launch_place,
             landing_date, landing_time, landing_place, n_sources, n_conflicts)   -- best values
    mission_values(mission_id, slot, value, rank, count)        -- every value, best first
    mission_crew(mission_id, person, name, kb_id, role, age, count)
    mission_sources(mission_id, slot, value, doc_id, start, end, text)
    events(id, mission_id, type, status, date, time, place, destination, n_sources, n_conflicts,
           place_key)
    event_values(event_id, slot, value, rank, count)
    event_sources(event_id, slot, value, doc_id, start, end, text)
    conflicts(record_id, kind, slot)                           -- slots whose sources disagree
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from .kb import (
    DocView,
    KnowledgeBase,
    Linker,
    MergedEvent,
    MergedMission,
    default_linker,
    documents,
    iter_values,
)
from .schema import DocumentRecord

SCHEMA = """
DROP TABLE IF EXISTS documents;
DROP TABLE IF EXISTS mentions;
DROP TABLE IF EXISTS missions;
DROP TABLE IF EXISTS mission_values;
DROP TABLE IF EXISTS mission_crew;
DROP TABLE IF EXISTS mission_sources;
DROP TABLE IF EXISTS events;
DROP TABLE IF EXISTS event_values;
DROP TABLE IF EXISTS event_sources;
DROP TABLE IF EXISTS conflicts;

CREATE TABLE documents (
    id TEXT PRIMARY KEY, date TEXT, anchor TEXT,
    n_entities INTEGER, n_events INTEGER, n_missions INTEGER
);
CREATE TABLE mentions (
    doc_id TEXT REFERENCES documents(id), start INTEGER, "end" INTEGER, label TEXT, text TEXT,
    canonical TEXT, kb_id TEXT, value TEXT,
    identity TEXT  -- cross-document key: kb_id, else 'name:' + normalised name
);
CREATE TABLE missions (
    id TEXT PRIMARY KEY, name TEXT, spacecraft TEXT, destination TEXT, duration TEXT,
    launch_date TEXT, launch_time TEXT, launch_place TEXT,
    landing_date TEXT, landing_time TEXT, landing_place TEXT,
    n_sources INTEGER, n_conflicts INTEGER
);
CREATE TABLE mission_values (
    mission_id TEXT REFERENCES missions(id), slot TEXT, value TEXT, rank INTEGER, count INTEGER
);
CREATE TABLE mission_crew (
    mission_id TEXT REFERENCES missions(id), person TEXT, name TEXT, kb_id TEXT,
    role TEXT, age INTEGER, count INTEGER
);
CREATE TABLE mission_sources (
    mission_id TEXT REFERENCES missions(id), slot TEXT, value TEXT,
    doc_id TEXT REFERENCES documents(id), start INTEGER, "end" INTEGER, text TEXT
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, mission_id TEXT REFERENCES missions(id), type TEXT, status TEXT,
    date TEXT, time TEXT, place TEXT, destination TEXT, n_sources INTEGER, n_conflicts INTEGER,
    place_key TEXT  -- identity of the place: Baïkonour and Baikonur share one
);
CREATE TABLE event_values (
    event_id TEXT REFERENCES events(id), slot TEXT, value TEXT, rank INTEGER, count INTEGER
);
CREATE TABLE event_sources (
    event_id TEXT REFERENCES events(id), slot TEXT, value TEXT,
    doc_id TEXT REFERENCES documents(id), start INTEGER, "end" INTEGER, text TEXT
);
CREATE TABLE conflicts (  -- single-valued slots whose sources disagree
    record_id TEXT, kind TEXT, slot TEXT  -- kind: 'mission' or 'event'
);
CREATE INDEX mentions_identity ON mentions(identity);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mission_values_slot ON mission_values(slot, value);
CREATE INDEX mission_crew_person ON mission_crew(person);
CREATE INDEX event_values_slot ON event_values(slot, value);
"""


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _insert_values(
    db: sqlite3.Connection, table: str, owner: str, record: MergedMission | MergedEvent
) -> None:
    ranks: dict[str, int] = {}
    for slot, value in iter_values(record):
        rank = ranks[slot] = ranks.get(slot, 0) + 1
        db.execute(
            f"INSERT INTO {table}_values VALUES (?, ?, ?, ?, ?)",
            (owner, slot, _text(value.value), rank, value.count),
        )
        db.executemany(
            f"INSERT INTO {table}_sources VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(owner, slot, _text(value.value), s.doc_id, s.start, s.end, s.text) for s in value.sources],
        )


def write_store(
    path: str | Path, records: Iterable[DocumentRecord], kb: KnowledgeBase, linker: Linker | None = None
) -> None:
    """(Re)create the SQLite database at ``path`` from document records and their merge.

    ``linker`` must be the one the merge used (the default one unless you passed your own).
    """
    linker = linker or default_linker()
    db = sqlite3.connect(str(path))
    try:
        with db:
            db.executescript(SCHEMA)
            for record, _ in documents(records):  # the same ids as the merge gave them
                assert record.id is not None
                view = DocView(record, linker)
                db.execute(
                    "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        record.id,
                        record.date,
                        record.anchor,
                        len(record.entities),
                        len(record.events),
                        len(record.missions),
                    ),
                )
                db.executemany(
                    "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            record.id,
                            e.start,
                            e.end,
                            e.label,
                            e.text,
                            e.canonical,
                            e.kb_id,
                            e.value,
                            None
                            if e.value is not None
                            else linker.identify(
                                e.canonical or e.text, e.kb_id or view.kb_id(e.text), person=e.label == "PER"
                            ),
                        )
                        for e in record.entities
                    ],
                )
            for mission in kb.missions:
                db.execute(
                    "INSERT INTO missions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        mission.id,
                        _text(mission.best("name")),
                        _text(mission.best("spacecraft")),
                        _text(mission.best("destination")),
                        _text(mission.best("duration")),
                        _text(mission.best("launch.date")),
                        _text(mission.best("launch.time")),
                        _text(mission.best("launch.place")),
                        _text(mission.best("landing.date")),
                        _text(mission.best("landing.time")),
                        _text(mission.best("landing.place")),
                        len(mission.sources),
                        len(mission.conflicts),
                    ),
                )
                _insert_values(db, "mission", mission.id, mission)
                db.executemany(
                    "INSERT INTO conflicts VALUES (?, 'mission', ?)",
                    [(mission.id, c) for c in mission.conflicts],
                )
                db.executemany(
                    "INSERT INTO mission_crew VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            mission.id,
                            c.key,
                            c.name,
                            c.kb_id,
                            _text(c.roles[0].value) if c.roles else None,
                            int(c.ages[0].value) if c.ages else None,
                            c.count,
                        )
                        for c in mission.crew
                    ],
                )
            for event in kb.events:
                db.execute(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        event.id,
                        event.mission,
                        event.type,
                        _text(event.best("status")),
                        _text(event.best("date")),
                        _text(event.best("time")),
                        _text(event.best("place")),
                        _text(event.best("destination")),
                        len(event.sources),
                        len(event.conflicts),
                        event.place[0].key if event.place else None,
                    ),
                )
                _insert_values(db, "event", event.id, event)
                db.executemany(
                    "INSERT INTO conflicts VALUES (?, 'event', ?)", [(event.id, c) for c in event.conflicts]
                )
    finally:
        db.close()


def connect(path: str | Path) -> sqlite3.Connection:
    """Open a store for queries; rows come back as ``sqlite3.Row`` (by name or index)."""
    db = sqlite3.connect(str(path))
    db.row_factory = sqlite3.Row
    return db


__all__ = ["SCHEMA", "connect", "write_store"]
