"""Build the public pydantic records from a processed Doc: the one place that does it."""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import GAZETTEER_GROUP
from .schema import DocumentRecord, Entity, Event, Mission

#: labels we emit from doc.ents into records (base-model MISC is kept: unscored, but informative)
NAME_LABELS = ("PER", "ORG", "LOC", "SPACECRAFT", "MISSION", "MISC")


def _entity_source(doc: Doc, start: int, end: int, kb_id: str) -> str:
    group = doc.spans.get(GAZETTEER_GROUP)
    if group is not None:
        for span in group:
            if span.start_char == start and span.end_char == end:
                return "pattern" if span.id_.startswith("pattern:") else "gazetteer"
    return "gazetteer" if kb_id else "model"


def doc_to_record(doc: Doc, doc_id: str | None = None) -> DocumentRecord:
    """Turn a Doc processed by the orbitext pipeline into a :class:`DocumentRecord`."""
    entities: list[Entity] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        entities.append(
            Entity(
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                text=ent.text,
                canonical=ent._.canonical,
                kb_id=ent.kb_id_ or None,
                source=_entity_source(doc, ent.start_char, ent.end_char, ent.kb_id_),
            )
        )
    for item in doc._.orbitext_temporals:
        entities.append(
            Entity(
                start=item["start"],
                end=item["end"],
                label=item["label"],
                text=item["text"],
                value=item.get("value"),
                source="temporal",
            )
        )
    entities.sort(key=lambda e: (e.start, e.end))
    return DocumentRecord(
        id=doc_id,
        date=doc._.orbitext_date,
        anchor=doc._.orbitext_anchor,
        entities=entities,
        events=[Event.model_validate(e) for e in doc._.events],
        missions=[Mission.model_validate(m) for m in doc._.missions],
    )
