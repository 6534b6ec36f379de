"""The built-in example: a French dispatch about the Soyouz MS-18 return, written for orbitext."""

from __future__ import annotations

import json

from .resources import model_path

EXAMPLE_FILE = "examples/soyouz_ms18.json"


def example() -> dict:
    """The built-in example document: ``{"id", "text", "date"}``."""
    return json.loads(model_path(EXAMPLE_FILE).read_text(encoding="utf-8"))


def run_demo() -> None:
    """Extract the built-in example and print its entities, events and mission records."""
    from .pipeline import extract

    doc = example()
    record = extract(doc["text"], date=doc["date"], doc_id=doc["id"])
    print(doc["text"])
    print("\n== entities")
    for ent in record.entities:
        extra = ent.value or (ent.canonical if ent.canonical != ent.text else "")
        print(f"  {ent.label:<10} {ent.text}" + (f"  -> {extra}" if extra else ""))
    print("\n== events")
    for event in record.events:
        summary = event.model_dump(mode="json", exclude={"evidence", "trigger"})
        print(" ", json.dumps(summary, ensure_ascii=False))
    print("\n== missions")
    for mission in record.missions:
        print(" ", json.dumps(mission.model_dump(mode="json", exclude={"evidence"}), ensure_ascii=False))
