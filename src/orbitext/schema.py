"""Public output types: what orbitext returns, validated by pydantic v2.

Field names follow ``shared/spec/records.md`` (the evaluation contract); everything
beyond it (evidence spans, kb ids, roles, ages) is extra information for users.
``DocumentRecord.model_json_schema()`` documents the whole output.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EntityLabel = str  # PER, ORG, LOC, SPACECRAFT, MISSION, DATE, TIME, DURATION, MISC...
EventType = Literal["LAUNCH", "LANDING", "DOCKING", "UNDOCKING", "SPACEWALK"]
EventStatus = Literal["occurred", "planned", "cancelled", "failed"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Record):
    """Where a value was read: character offsets into the document text (end exclusive)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(_Record):
    """A named entity or temporal expression."""

    start: int = Field(ge=0, description="offset of the first character")
    end: int = Field(ge=0, description="offset after the last character")
    label: EntityLabel
    text: str
    canonical: str | None = Field(None, description="fullest form of the referent in the document")
    value: str | None = Field(None, description="normalised value of DATE (ISO), TIME (HH:MM), DURATION")
    kb_id: str | None = Field(None, description="gazetteer id of the referent (a Wikidata QID when known)")
    source: str | None = Field(None, description="what found it: 'gazetteer', 'pattern', 'model', 'temporal'")


class Event(_Record):
    """One real-world event of space flight reported by the document."""

    type: EventType
    status: EventStatus = "occurred"
    date: str | None = Field(None, description="ISO YYYY-MM-DD, YYYY-MM or YYYY")
    time: str | None = Field(None, description="HH:MM, 24 h")
    place: str | None = None
    destination: str | None = None
    spacecraft: list[str] = Field(default_factory=list)
    participants: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    trigger: Evidence | None = Field(None, description="the word or phrase that reports the event")
    evidence: dict[str, list[Evidence]] = Field(
        default_factory=dict, description="slot name -> spans its values were read from"
    )


#: the slots of an :class:`Event` after its type, in the order tables and views show them
EVENT_SLOTS = (
    "status",
    "date",
    "time",
    "place",
    "destination",
    "spacecraft",
    "participants",
    "organizations",
)


class CrewMember(_Record):
    name: str
    role: str | None = Field(None, description="as the text puts it: actrice, réalisateur, cosmonaute...")
    age: int | None = Field(None, ge=0, le=130)


class Phase(_Record):
    date: str | None = None
    time: str | None = None
    place: str | None = None


class Mission(_Record):
    """The events of one journey (one crew or one uncrewed vehicle) linked into one record."""

    name: str | None = None
    crew: list[CrewMember] = Field(default_factory=list)
    spacecraft: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    destination: str | None = None
    duration: str | None = Field(None, description="ISO 8601 duration")
    launch: Phase | None = None
    landing: Phase | None = None
    events: list[int] = Field(default_factory=list, description="indices into the document's events")
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class DocumentError(_Record):
    type: str = Field(description="error class, e.g. InvalidJSON, MissingText, InvalidDate")
    message: str
    line: int | None = Field(None, description="1-based input line number, when read from a file")


class DocumentRecord(_Record):
    """Everything orbitext extracts from one document."""

    id: str | None = None
    date: str | None = Field(None, description="publication date the document was read with")
    anchor: str | None = Field(None, description="date relative expressions were resolved against")
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    missions: list[Mission] = Field(default_factory=list)
    error: DocumentError | None = None

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None:
            dt.date.fromisoformat(value)
        return value
