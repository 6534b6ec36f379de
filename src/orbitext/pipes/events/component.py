"""orbitext_events PLACEHOLDER, to be replaced."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("orbitext_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)
