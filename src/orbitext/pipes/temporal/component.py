"""orbitext_temporal PLACEHOLDER, to be replaced."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TemporalTagger:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("orbitext_temporal")
def make_temporal(nlp: Language, name: str) -> TemporalTagger:
    return TemporalTagger(nlp, name)
