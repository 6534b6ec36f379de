"""orbitext_furniture: mark page furniture (cookie banners, menus, share prompts, headline lists).

Works line by line: a line that starts with one of the cue patterns of
``models/patterns/furniture.json`` becomes one span of ``doc.spans["orbitext_furniture"]``.
A header such as "À LIRE AUSSI" or "LES PLUS LUS" opens a block: the lines under it, up to
the next blank line, are furniture too. Span labels: ``FURNITURE`` (no entity may come from
it) or ``CAPTION`` (a video caption or live-blog title about the article's own story: events
skip it, its names stay entities). Photo credits are not furniture: they name real people
and agencies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import FURNITURE_GROUP
from ...fastmatch import doc_text
from ...resources import MODELS_DIR


def compile_cues(patterns: list[str]) -> re.Pattern[str] | None:
    """One multiline regex: any cue at the start of a line."""
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"^[ \t]*(?:{body})", re.IGNORECASE | re.MULTILINE)


def line_matches(regex: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``regex.finditer(text)`` for a regex that opens with a multiline ``^``, trying it only at
    the line starts (``re`` would try, and reject, every other position as well)."""
    out = []
    end = 0
    start = 0
    while start >= 0:
        if start >= end:  # finditer goes on after the last match
            m = regex.match(text, start)
            if m is not None:
                out.append(m)
                end = m.end()
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return out


FURNITURE = "FURNITURE"
CAPTION = "CAPTION"


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[start:end]``, stripped, as (start, end) offsets."""
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = stop + 1
    return out


class FurnitureDetector:
    """Find lines of page furniture and store them as spans."""

    def __init__(self, nlp: Language, name: str, *, patterns_path: str) -> None:
        self.name = name
        path = Path(patterns_path) if patterns_path else MODELS_DIR / "patterns" / "furniture.json"
        self.data: dict = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        self._build()

    def _build(self) -> None:
        self.cues = compile_cues(list(self.data.get("line_patterns", [])))
        self.captions = compile_cues(list(self.data.get("caption_patterns", [])))
        self.blocks = compile_cues(list(self.data.get("block_patterns", [])))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text joins every token: built once per document
        # (start, end, label) of whole lines; a block header also takes the lines under it
        found: list[tuple[int, int, str]] = []
        for regex, label, block in (
            (self.blocks, FURNITURE, True),
            (self.cues, FURNITURE, False),
            (self.captions, CAPTION, False),
        ):
            if regex is None:
                continue
            for m in line_matches(regex, text):
                start = m.start()
                end = text.find("\n\n", start) if block else text.find("\n", start)
                found.append((start, len(text) if end < 0 else end, label))
        spans: list[Span] = []
        last_end = -1
        for start, end, label in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < last_end:
                continue
            last_end = end
            for a, b in _lines(text, start, end):
                span = doc.char_span(a, b, label=label, alignment_mode="expand")
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
        return self._load_data(json.loads((Path(path) / "furniture.json").read_text(encoding="utf-8")))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The cue patterns as msgpack (``nlp.to_bytes``, pickling)."""
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> FurnitureDetector:
        """Load the cue patterns written by :meth:`to_bytes`."""
        return self._load_data(srsly.msgpack_loads(bytes_data))

    def _load_data(self, data: dict) -> FurnitureDetector:
        """Replace the cue patterns and recompile them (from_disk and from_bytes)."""
        self.data = data
        self._build()
        return self


@Language.factory("orbitext_furniture", assigns=["doc.spans"], default_config={"patterns_path": ""})
def make_furniture(nlp: Language, name: str, *, patterns_path: str) -> FurnitureDetector:
    """Page-furniture detector; an empty ``patterns_path`` uses the shipped cue list."""
    return FurnitureDetector(nlp, name, patterns_path=patterns_path)
