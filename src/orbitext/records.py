"""Build the public pydantic records from a processed Doc: the one place that does it."""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import GAZETTEER_GROUP
from .schema import DocumentError, DocumentRecord, Entity, Event, Mission

#: labels we emit from doc.ents into records (base-model MISC is kept: unscored, but informative)
NAME_LABELS = ("PER", "ORG", "LOC", "SPACECRAFT", "MISSION", "MISC")


def _rule_ids(doc: Doc) -> dict[tuple[int, int], str]:
    """(start_char, end_char) -> id of the gazetteer entry or pattern that found the span."""
    ids: dict[tuple[int, int], str] = {}
    for span in doc.spans.get(GAZETTEER_GROUP) or ():
        ids.setdefault((span.start_char, span.end_char), span.id_)  # first hit wins, as it is kept
    return ids


def _entity_source(rule_id: str | None, kb_id: str) -> str:
    if rule_id is not None:
        return "pattern" if rule_id.startswith("pattern:") else "gazetteer"
    return "gazetteer" if kb_id else "model"


def doc_to_record(doc: Doc, doc_id: str | None = None) -> DocumentRecord:
    """Turn a Doc processed by the orbitext pipeline into a :class:`DocumentRecord`."""
    entities: list[Entity] = []
    rule_ids = _rule_ids(doc)
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
                source=_entity_source(rule_ids.get((ent.start_char, ent.end_char)), ent.kb_id_),
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
    failures = doc._.orbitext_errors
    error = None
    if failures:
        # the other components' results are kept; the record says which part is missing and why
        message = "; ".join(f"{f['component']}: {f['type']}: {f['message']}" for f in failures)
        error = DocumentError(type="ComponentError", message=message)
    return DocumentRecord(
        id=doc_id,
        date=doc._.orbitext_date,
        anchor=doc._.orbitext_anchor,
        entities=entities,
        events=[Event.model_validate(e) for e in doc._.events],
        missions=[Mission.model_validate(m) for m in doc._.missions],
        error=error,
    )
