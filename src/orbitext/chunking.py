"""Long texts: cut them into pieces spaCy can parse, and merge the pieces' records back.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters by default) and its
parser needs about 1 GB of memory per 100,000 characters, so a longer text is cut into chunks at
paragraph boundaries (else sentence ends, else whitespace, else anywhere) and each chunk's record
is shifted back to offsets in the whole text. Entities and events never span a paragraph break,
so none is lost at a cut.
"""

from __future__ import annotations

import re

from .schema import DocumentRecord, Entity, Event, Evidence, Mission

#: where a cut is best made, best first: blank line, line break, sentence end, any whitespace
_BOUNDARIES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<=[.!?…»])\s+"),
    re.compile(r"\s+"),
)


def _cut_point(text: str, start: int, limit: int) -> int:
    """The offset where the chunk starting at ``start`` (at most ``limit`` long) should end."""
    end = start + limit
    if end >= len(text):
        return len(text)
    # look for a boundary in the second half of the window first, so chunks stay reasonably large
    for floor in (start + limit // 2, start + 1):
        for pattern in _BOUNDARIES:
            best = -1
            for match in pattern.finditer(text, floor, end):
                best = match.end()
            if best > start and best <= end:
                return best
    return end


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, chunk)`` pieces of at most ``max_chars`` characters.

    The chunks concatenated give back ``text`` exactly; each cut falls after a paragraph break
    when one lies in the window, else after a sentence end, else after whitespace.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars: expected a positive integer, got {max_chars!r}")
    if len(text) <= max_chars:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = _cut_point(text, start, max_chars)
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def _shift_evidence(evidence: Evidence | None, offset: int) -> Evidence | None:
    if evidence is None:
        return None
    return evidence.model_copy(update={"start": evidence.start + offset, "end": evidence.end + offset})


def _shift_evidence_map(evidence: dict[str, list[Evidence]], offset: int) -> dict[str, list[Evidence]]:
    return {slot: [_shift_evidence(item, offset) for item in items] for slot, items in evidence.items()}  # type: ignore[misc]


def merge_records(parts: list[tuple[int, DocumentRecord]], doc_id: str | None = None) -> DocumentRecord:
    """Merge the records of the chunks of one text (``(offset, record)`` in text order) into one.

    Entities are shifted to whole-text offsets; events and missions are concatenated with their
    evidence shifted and mission event indices renumbered. The anchor is the caller's date when
    given, else the latest chunk anchor. A chunk error makes the whole record an error.
    """
    for _, part in parts:
        if part.error is not None:
            return DocumentRecord(id=doc_id, date=part.date, error=part.error)
    entities: list[Entity] = []
    events: list[Event] = []
    missions: list[Mission] = []
    anchors = [part.anchor for _, part in parts if part.anchor]
    for offset, part in parts:
        for entity in part.entities:
            entities.append(
                entity.model_copy(update={"start": entity.start + offset, "end": entity.end + offset})
            )
        base = len(events)
        for event in part.events:
            events.append(
                event.model_copy(
                    update={
                        "trigger": _shift_evidence(event.trigger, offset),
                        "evidence": _shift_evidence_map(event.evidence, offset),
                    }
                )
            )
        for mission in part.missions:
            missions.append(
                mission.model_copy(
                    update={
                        "events": [index + base for index in mission.events],
                        "evidence": _shift_evidence_map(mission.evidence, offset),
                    }
                )
            )
    date = parts[0][1].date if parts else None
    return DocumentRecord(
        id=doc_id,
        date=date,
        anchor=date or (max(anchors) if anchors else None),
        entities=entities,
        events=events,
        missions=missions,
    )
