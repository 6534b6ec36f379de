"""orbitext_furniture: mark page furniture (cookie banners, menus, share prompts, headline lists).

Works line by line: a line that starts with one of the cue patterns of
``models/patterns/furniture.json`` becomes one span of ``doc.spans["orbitext_furniture"]``.
Photo credits are not furniture: they name real people and agencies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import FURNITURE_GROUP
from ...resources import MODELS_DIR


def compile_cues(patterns: list[str]) -> re.Pattern[str] | None:
    """One multiline regex: any cue at the start of a line."""
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^[ \t]*(?:{body})", re.IGNORECASE | re.MULTILINE)


class FurnitureDetector:
    """Find lines of page furniture and store them as spans."""

    def __init__(self, nlp: Language, name: str, *, patterns_path: str) -> None:
        self.name = name
        path = Path(patterns_path) if patterns_path else MODELS_DIR / "patterns" / "furniture.json"
        self.data: dict = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        self._build()

    def _build(self) -> None:
        self.cues = compile_cues(list(self.data.get("line_patterns", [])))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        if self.cues is not None:
            text = doc.text
            last_end = -1
            for m in self.cues.finditer(text):
                start = m.start()
                if start < last_end:
                    continue
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                last_end = end
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(span)
        doc.spans[FURNITURE_GROUP] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the cue patterns with the pipeline."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.data, ensure_ascii=False, indent=1)
        (path / "furniture.json").write_text(data, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FurnitureDetector:
        """Load the cue patterns saved by :meth:`to_disk`."""
        self.data = json.loads((Path(path) / "furniture.json").read_text(encoding="utf-8"))
        self._build()
        return self


@Language.factory("orbitext_furniture", assigns=["doc.spans"], default_config={"patterns_path": ""})
def make_furniture(nlp: Language, name: str, *, patterns_path: str) -> FurnitureDetector:
    """Page-furniture detector; an empty ``patterns_path`` uses the shipped cue list."""
    return FurnitureDetector(nlp, name, patterns_path=patterns_path)
