"""orbitext_paragraph_breaks: a blank line ends a sentence, before the parser cuts sentences.

``fr_core_news_md``'s parser decides where sentences end, and after a heading without a full stop,
a closing quote or a line of page furniture it may run one sentence on into the next paragraph:
"Un miroir mal poli\\n\\nLancé en avril 1990 ..." becomes one sentence whose first word reads as a
name. A paragraph break (whitespace holding two line breaks or more) always ends a sentence in
news text, so this component, placed before the parser, marks the token after it as a sentence
start; spaCy's parser keeps sentence starts set before it. A single line break is left to the
parser: hard-wrapped text breaks lines inside sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from ..batching import BatchedPipe


class ParagraphBreaks(BatchedPipe):
    """Mark the token after each paragraph break as a sentence start."""

    def __init__(self, name: str = "orbitext_paragraph_breaks", min_newlines: int = 2) -> None:
        self.name = name
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1])
        for i in spaces.tolist():
            if doc[i].text.count("\n") >= self.min_newlines and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = True
        return doc

    # nothing to save beyond the config
    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> ParagraphBreaks:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> ParagraphBreaks:
        return self


@Language.factory(
    "orbitext_paragraph_breaks",
    assigns=["token.is_sent_start"],
    default_config={"min_newlines": 2},
)
def make_paragraph_breaks(nlp: Language, name: str, min_newlines: int) -> ParagraphBreaks:
    """Create a :class:`ParagraphBreaks`; put it before the parser (``orbitext.load`` does)."""
    return ParagraphBreaks(name, min_newlines)
