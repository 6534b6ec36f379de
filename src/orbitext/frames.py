"""Records as pandas DataFrames: one row per event, mission or entity (pandas is optional)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel
from spacy.tokens import Doc

from .schema import EVENT_SLOTS

if TYPE_CHECKING:  # pandas is an optional extra
    import pandas as pd

Kind = Literal["events", "missions", "entities"]

EVENT_COLUMNS = ["doc_id", "index", "type", *EVENT_SLOTS, "trigger", "trigger_start", "trigger_end"]
MISSION_COLUMNS = [
    "doc_id",
    "index",
    "name",
    "crew",
    "roles",
    "ages",
    "spacecraft",
    "organizations",
    "destination",
    "duration",
    "launch_date",
    "launch_time",
    "launch_place",
    "landing_date",
    "landing_time",
    "landing_place",
    "events",
]
ENTITY_COLUMNS = ["doc_id", "start", "end", "label", "text", "canonical", "value", "kb_id", "source"]

_COLUMNS: dict[str, list[str]] = {
    "events": EVENT_COLUMNS,
    "missions": MISSION_COLUMNS,
    "entities": ENTITY_COLUMNS,
}


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - depends on the install
        raise ImportError(
            "records_to_dataframe needs pandas, which is in the 'notebook' extra: "
            "pip install 'orbitext[notebook]'"
        ) from err
    return pandas


def _as_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict: DocumentRecord, a processed Doc, or a JSON dict (CLI output)."""
    if isinstance(record, Doc):
        from .records import doc_to_record

        record = doc_to_record(record)
    if isinstance(record, BaseModel):
        return record.model_dump(mode="json")
    if isinstance(record, dict):
        return record
    raise TypeError(f"expected a DocumentRecord, a dict or a Doc, got {type(record).__name__}")


def _rows(record: dict[str, Any], kind: str, sep: str | None) -> list[dict[str, Any]]:
    def join(values: list[Any] | None) -> Any:
        values = list(values or [])
        return values if sep is None else sep.join(str(v) for v in values)

    doc_id = record.get("id")
    rows: list[dict[str, Any]] = []
    if kind == "events":
        for index, event in enumerate(record.get("events") or []):
            trigger = event.get("trigger") or {}
            rows.append(
                {
                    "doc_id": doc_id,
                    "index": index,
                    "type": event.get("type"),
                    "status": event.get("status"),
                    "date": event.get("date"),
                    "time": event.get("time"),
                    "place": event.get("place"),
                    "destination": event.get("destination"),
                    "spacecraft": join(event.get("spacecraft")),
                    "participants": join(event.get("participants")),
                    "organizations": join(event.get("organizations")),
                    "trigger": trigger.get("text"),
                    "trigger_start": trigger.get("start"),
                    "trigger_end": trigger.get("end"),
                }
            )
    elif kind == "missions":
        for index, mission in enumerate(record.get("missions") or []):
            crew = mission.get("crew") or []
            launch = mission.get("launch") or {}
            landing = mission.get("landing") or {}
            rows.append(
                {
                    "doc_id": doc_id,
                    "index": index,
                    "name": mission.get("name"),
                    "crew": join([m.get("name") for m in crew]),
                    "roles": join([m.get("role") or "" for m in crew]),
                    "ages": join(["" if m.get("age") is None else m["age"] for m in crew]),
                    "spacecraft": join(mission.get("spacecraft")),
                    "organizations": join(mission.get("organizations")),
                    "destination": mission.get("destination"),
                    "duration": mission.get("duration"),
                    "launch_date": launch.get("date"),
                    "launch_time": launch.get("time"),
                    "launch_place": launch.get("place"),
                    "landing_date": landing.get("date"),
                    "landing_time": landing.get("time"),
                    "landing_place": landing.get("place"),
                    "events": join(mission.get("events")),
                }
            )
    else:
        for ent in record.get("entities") or []:
            rows.append({"doc_id": doc_id, **{key: ent.get(key) for key in ENTITY_COLUMNS[1:]}})
    return rows


def records_to_dataframe(
    records: Any | Iterable[Any], kind: Kind = "events", *, sep: str | None = "; "
) -> pd.DataFrame:
    """One row per event (``kind="events"``), mission or entity of the given records.

    ``records``: a :class:`~orbitext.schema.DocumentRecord`, a processed Doc, a dict read from
    ``orbitext extract`` output, or an iterable of them. List values (spacecraft, crew...) are
    joined with ``sep``; ``sep=None`` keeps them as Python lists. Needs pandas
    (``pip install 'orbitext[notebook]'``).
    """
    if kind not in _COLUMNS:
        raise ValueError(f"kind: expected 'events', 'missions' or 'entities', got {kind!r}")
    pandas = _import_pandas()
    if isinstance(records, (Doc, BaseModel, dict)):
        records = [records]
    rows: list[dict[str, Any]] = []
    for record in records:
        rows.extend(_rows(_as_dict(record), kind, sep))
    return pandas.DataFrame(rows, columns=_COLUMNS[kind])


__all__ = ["records_to_dataframe", "EVENT_COLUMNS", "MISSION_COLUMNS", "ENTITY_COLUMNS"]
