"""orbitext_furniture: mark page furniture (cookie banners, menus, share prompts, headline lists).

Works line by line: a line that starts with one of the cue patterns of
``models/patterns/furniture.json`` becomes one span of ``doc.spans["orbitext_furniture"]``.
A header such as "À LIRE AUSSI" or "LES PLUS LUS" opens a block: the lines under it, up to
the next blank line, are furniture too. Span labels: ``FURNITURE`` (no entity may come from
it) or ``CAPTION`` (a video caption or live-blog title about the article's own story: events
skip it, its names stay entities). Photo credits are not furniture: they name real people
and agencies.

A few cues mark the line they sit in wherever they are (``anywhere_patterns``: consent banners,
legal footers). Besides the cues, the shape of a line marks it: a menu ("Direct | Replay | Monde | Sport",
"Info  Monde  Economie  Sport"), a lone section label ("ÉCONOMIE"), or a bar made only of
share and consent buttons ("Partager sur Facebook   Partager sur X   Envoyer par mail").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import FURNITURE_GROUP
from ...fastmatch import doc_text, guarded_alternation, line_matches
from ...resources import MODELS_DIR
from ..batching import BatchedPipe


def compile_cues(patterns: list[str]) -> re.Pattern[str] | None:
    """One multiline regex: any cue at the start of a line (a line no cue can open with fails
    on a first-character test, not on a try of each cue)."""
    if not patterns:
        return None
    body = guarded_alternation(patterns, re.IGNORECASE)
    return re.compile(rf"^[ \t]*(?:{body})", re.IGNORECASE | re.MULTILINE)


FURNITURE = "FURNITURE"
CAPTION = "CAPTION"
# a menu item or section label is a few words, never a sentence
MENU_ITEM_WORDS = 4
MENU_ITEM_CHARS = 30
SHAPE_LINE_CHARS = 200  # longer lines are body text (or banners the cues already find)
BANNER_LINE_CHARS = 1500  # a consent banner is one long line, never a whole article
SENTENCE_END = re.compile(r"[.!?…»\"]$")
LETTER = re.compile(r"[^\W\d_]")
BAR_SEPARATOR = re.compile(r"[|·•›>]")


def fold(text: str) -> str:
    """Lower case without accents and with straight apostrophes: menus drop accents at will."""
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


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


class FurnitureDetector(BatchedPipe):
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
        anywhere = list(self.data.get("anywhere_patterns", []))
        # one pass over the text, not one try per line start: these cues sit anywhere in a line
        self.anywhere = (
            re.compile(guarded_alternation(anywhere, re.IGNORECASE), re.IGNORECASE) if anywhere else None
        )
        self.anywhere_keys = [k.lower() for k in self.data.get("anywhere_keywords", [])]
        self.menu_words = {fold(w) for w in self.data.get("menu_words", [])}
        sep = self.data.get("item_separators")
        self.separators = re.compile(sep) if sep else None
        bar = list(self.data.get("bar_words", []))
        # whole words only: "x" is the network, never the x of "xénon"
        self.bar = re.compile(rf"(?<!\w)(?:{'|'.join(bar)})(?!\w)", re.IGNORECASE) if bar else None
        # a bar opens with one of its buttons: a cheap anchored test before the whole-line one
        self.bar_start = re.compile(rf"[\W\d_]*(?:{'|'.join(bar)})(?!\w)", re.IGNORECASE) if bar else None

    def _banner_lines(self, text: str) -> list[tuple[int, int]]:
        """Lines holding an anywhere cue (consent banner, legal footer). The alternation is
        slow over a whole page, so it only runs on the lines that hold one of its keywords."""
        if self.anywhere is None:
            return []
        lowered = text.lower()
        # without keywords, or when a rare letter's lower case is longer (offsets would shift),
        # every line is a candidate
        keys = self.anywhere_keys if len(lowered) == len(text) else []
        candidates = set() if keys else set(_lines(text, 0, len(text)))
        for key in keys:
            pos = lowered.find(key)
            while pos >= 0:
                a = text.rfind("\n", 0, pos) + 1
                b = text.find("\n", pos)
                b = len(text) if b < 0 else b
                candidates.add((a, b))
                pos = lowered.find(key, b)
        return sorted(
            (a, b)
            for a, b in candidates
            if b - a <= BANNER_LINE_CHARS and self.anywhere.search(text, a, b) is not None
        )

    def is_menu(self, line: str) -> bool:
        """A lone section label, or a row of short items of which enough are section labels."""
        if len(line) > SHAPE_LINE_CHARS or self.separators is None:
            return False
        if len(line) <= MENU_ITEM_CHARS and fold(line).strip(" :>|-") in self.menu_words:
            return True
        if BAR_SEPARATOR.search(line) is None and "  " not in line and "\t" not in line:
            return False  # one item: the lone label was the only chance
        items = [i for i in self.separators.split(line) if i.strip()]
        if len(items) < 2 or any(
            len(i) > MENU_ITEM_CHARS or len(i.split()) > MENU_ITEM_WORDS or SENTENCE_END.search(i)
            for i in items
        ):
            return False
        folded = [fold(i).strip(" :>-") for i in items]
        if any(i.startswith(("par ", "by ")) for i in folded):
            return False  # a byline ("Par Léa Martin | Sciences") is body text
        known = sum(i in self.menu_words for i in folded)
        if len(items) == 2 and known == 1:
            # "Source : agences | Sciences" is a label line, "ESPACE | Ariane 6 décolle" a headline
            other = items[0] if folded[1] in self.menu_words else items[1]
            if sum(any(c.isalnum() for c in w) for w in other.split()) > 2:
                return False
        # "|", "·", "•", ">" and "›" never split prose: one section label among such items is
        # enough; runs of spaces may split a pasted table, so half the items must be labels
        pipes = len(BAR_SEPARATOR.findall(line)) >= len(items) - 1
        return known >= 1 and (pipes or (known >= 2 and 2 * known >= len(items)))

    def is_bar(self, line: str) -> bool:
        """A line made only of share buttons, network names and consent buttons."""
        if self.bar is None or len(line) > SHAPE_LINE_CHARS or self.bar_start.match(line) is None:
            return False
        rest, n = self.bar.subn(" ", line)
        return n > 0 and LETTER.search(rest) is None

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
        for a, b in self._banner_lines(text):
            found.append((a, b, FURNITURE))
        for a, b in _lines(text, 0, len(text)):
            line = text[a:b]
            if self.is_bar(line) or self.is_menu(line):
                found.append((a, b, FURNITURE))
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
